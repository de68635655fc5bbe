"""The JSON runtime's date readers: the carrier's format, RFC 3339 as msgspec reads it, and unset dates."""

from __future__ import annotations

import dataclasses
import datetime as dt

import msgspec
import pytest

from generator.runtime._exceptions import MalformedResponseError
from generator.runtime._jsonio import decode_fast, json_date, json_datetime

DATE = "%Y-%m-%d"
DATETIME = "%Y-%m-%d %H:%M:%S"
UNSET = [None, "", "   ", "0000-00-00", " 0000-00-00 ", "0000-00-00 00:00:00", "0000-00-00T00:00:00"]


@pytest.mark.parametrize("value", UNSET, ids=repr)
def test_unset_dates_are_none(value) -> None:
    assert json_date(value, DATE, "$.dids[0]", "next_billing") is None
    assert json_datetime(value, DATETIME, "$.dids[0]", "order_date") is None


def test_dates_in_the_carrier_format() -> None:
    assert json_date("2014-08-30", DATE, "$", "d") == dt.date(2014, 8, 30)
    assert json_date(" 2014-08-30 ", DATE, "$", "d") == dt.date(2014, 8, 30)
    assert json_date("30/08/2014", "%d/%m/%Y", "$", "d") == dt.date(2014, 8, 30)
    stamp = json_datetime("2014-07-30 15:09:04", DATETIME, "$", "t")
    assert stamp == dt.datetime(2014, 7, 30, 15, 9, 4) and stamp.tzinfo is None


@pytest.mark.parametrize(
    "text", ["2014-07-30 15:09:04", "2014-07-30T15:09:04", "2014-07-30T15:09:04Z", "2014-07-30T15:09:04-04:00"]
)
def test_datetimes_read_as_the_msgspec_fast_path_reads_them(text) -> None:
    fast = msgspec.json.decode(msgspec.json.encode(text), type=dt.datetime, strict=False)
    assert json_datetime(text, DATETIME, "$", "t") == fast
    assert json_datetime(text, DATETIME, "$", "t").tzinfo == fast.tzinfo


def test_an_rfc_3339_date_reads_whatever_the_carrier_format() -> None:
    assert json_date("2014-08-30", "%d/%m/%Y", "$", "d") == dt.date(2014, 8, 30)


BAD = [
    ("2014-02-30", DATE, json_date),
    ("2014-07-30 15:09:04", DATE, json_date),
    ("00-00-0000", DATE, json_date),
    ("0000-00-01", DATE, json_date),
    ("tomorrow", DATE, json_date),
    (20140830, DATE, json_date),
    ("2014-07-30", DATETIME, json_datetime),
    ("2014-07-30 25:00:00", DATETIME, json_datetime),
    ("0000-00-00 00:00:01", DATETIME, json_datetime),
    (True, DATETIME, json_datetime),
]


@pytest.mark.parametrize(("value", "fmt", "reader"), BAD, ids=[repr(v) for v, _, _ in BAD])
def test_anything_else_is_malformed_naming_the_path(value, fmt, reader) -> None:
    with pytest.raises(MalformedResponseError) as caught:
        reader(value, fmt, "$.dids[0]", "next_billing")
    assert str(caught.value).startswith("$.dids[0].next_billing: expected a date")


# --- the fast path's unset dates ----------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Billing:
    next_billing: dt.date | None = None
    note: str | None = None


@pytest.mark.parametrize("separator", [":", ": "])
@pytest.mark.parametrize("unset", ['""', '"0000-00-00"'])
def test_decode_fast_reads_unset_dates_under_the_date_keys_as_none(separator: str, unset: str) -> None:
    body = f'[{{"next_billing"{separator}{unset}, "note"{separator}""}}, {{"next_billing"{separator}"2024-01-31"}}]'
    decoded = decode_fast(body.encode(), list[Billing], ("next_billing",))
    assert decoded == [Billing(None, ""), Billing(dt.date(2024, 1, 31))]


def test_decode_fast_without_the_date_keys_leaves_unset_dates_to_the_tolerant_reader() -> None:
    assert decode_fast(b'[{"next_billing":""}]', list[Billing]) is None


def test_unset_dates_are_not_cleared_inside_strings() -> None:
    # The note's text holds the key and an empty value, escaped as JSON writes it: it must stay text.
    body = b'[{"note":"{\\"next_billing\\":\\"\\"}","next_billing":""}]'
    assert decode_fast(body, list[Billing], ("next_billing",)) == [Billing(None, '{"next_billing":""}')]
