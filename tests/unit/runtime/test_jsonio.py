"""Unit tests of ``generator.runtime._jsonio``: JSON bodies, msgspec decoding and the tolerant readers.

Covers ``load_json`` (objects, empty bodies with and without ``empty``, other JSON values,
invalid and oversized bodies), ``decode_fast``, every ``json_*`` reader on the loose values
carriers send (numbers as text, "" for absent, 1/0 for booleans) and on values they cannot read,
and ``join_path``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest

from generator.runtime._exceptions import BODY_EXCERPT, MalformedResponseError
from generator.runtime._jsonio import (
    decode_fast,
    join_path,
    json_bool,
    json_csv,
    json_date,
    json_datetime,
    json_decimal,
    json_enum,
    json_int,
    json_list,
    json_object,
    json_record,
    json_str,
    load_json,
)
from generator.runtime._request import MAX_RESPONSE_BYTES


@dataclass
class Did:
    did: str
    pop: int


def bad(message: str) -> Any:
    """``pytest.raises`` for a MalformedResponseError with exactly ``message``."""
    return pytest.raises(MalformedResponseError, match=f"^{re.escape(message)}$")


# --- load_json ---------------------------------------------------------------------------------


def test_load_json_returns_the_object() -> None:
    assert load_json(b' {"status": "success", "dids": [{"did": "1"}]} ', 200) == {
        "status": "success",
        "dids": [{"did": "1"}],
    }


@pytest.mark.parametrize("body", [b"", b" \n"])
def test_load_json_refuses_an_empty_body_by_default(body: bytes) -> None:
    with bad("the response body is empty") as caught:
        load_json(body, 204)
    assert caught.value.http_status == 204 and caught.value.body == body


def test_load_json_stands_in_a_copy_of_empty_for_an_empty_body() -> None:
    empty = {"status": "success"}
    data = load_json(b"  ", 200, empty)
    assert data == {"status": "success"} and data is not empty
    data["status"] = "changed"
    assert empty == {"status": "success"}
    assert load_json(b'{"a": 1}', 200, empty) == {"a": 1}


@pytest.mark.parametrize(
    ("body", "name"), [(b"[1]", "list"), (b'"x"', "str"), (b"null", "NoneType"), (b"1.5", "float")]
)
def test_load_json_refuses_values_that_are_not_objects(body: bytes, name: str) -> None:
    with bad(f"expected a JSON object, got {name}") as caught:
        load_json(body, 200)
    assert caught.value.body == body and caught.value.http_status == 200


@pytest.mark.parametrize("body", [b"{", b"{'a': 1}", b'{"a": 1,}', b"<html>", b'{"a": 1e400}', b'{"a": NaN}'])
def test_load_json_refuses_invalid_json(body: bytes) -> None:
    with pytest.raises(MalformedResponseError, match=r"^the response is not valid JSON: ") as caught:
        load_json(body, 500)
    assert caught.value.http_status == 500 and caught.value.body == body
    assert caught.value.__suppress_context__ is True


@pytest.mark.parametrize("body", [b"[" * 100_000 + b"]" * 100_000, b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"])
def test_load_json_refuses_absurd_nesting(body: bytes) -> None:
    with bad("the response nests too deep") as caught:
        load_json(body, 200)
    assert caught.value.http_status == 200 and caught.value.body == body[:BODY_EXCERPT]
    assert caught.value.__suppress_context__ is True


def test_load_json_refuses_a_body_over_the_limit() -> None:
    body = b'{"a": "' + b"x" * MAX_RESPONSE_BYTES + b'"}'
    with bad("the response is larger than the SDK accepts") as caught:
        load_json(body, 200, {"status": "success"})
    assert caught.value.body == body[:BODY_EXCERPT]


# --- decode_fast -------------------------------------------------------------------------------


def test_decode_fast_decodes_into_the_target_in_lax_mode() -> None:
    assert decode_fast(b'{"did": "5551234567", "pop": "60", "extra": 1}', Did) == Did("5551234567", 60)
    # A second call reuses the cached decoder and still decodes.
    assert decode_fast(b'{"did": "1", "pop": 2}', Did) == Did("1", 2)


@pytest.mark.parametrize(
    "body", [b"", b"  ", b"{", b'{"did": "1", "pop": ""}', b'{"did": 5, "pop": 1}', b'{"pop": 1}', b"[]"]
)
def test_decode_fast_leaves_what_it_cannot_decode_to_the_tolerant_reader(body: bytes) -> None:
    assert decode_fast(body, Did) is None


def test_decode_fast_leaves_absurd_nesting_to_the_tolerant_reader() -> None:
    assert decode_fast(b'{"did": ' + b"[" * 100_000 + b"]" * 100_000 + b', "pop": 1}', Did) is None


def test_decode_fast_skips_oversized_bodies() -> None:
    body = b'{"did": "' + b"1" * MAX_RESPONSE_BYTES + b'", "pop": 1}'
    assert decode_fast(body, Did) is None


# --- join_path, json_str, json_int -------------------------------------------------------------


def test_join_path() -> None:
    assert join_path("$", "dids") == "$.dids"
    assert join_path("$.dids[0]", "pop") == "$.dids[0].pop"


@pytest.mark.parametrize(("value", "expected"), [(None, None), ("", ""), ("abc", "abc"), (5, "5"), (1.5, "1.5")])
def test_json_str(value: Any, expected: str | None) -> None:
    assert json_str(value, "$", "k") == expected


@pytest.mark.parametrize(("value", "name"), [(True, "bool"), ([], "list"), ({}, "dict")])
def test_json_str_refuses_other_values(value: Any, name: str) -> None:
    with bad(f"$.d.name: expected a string, got {name}"):
        json_str(value, "$.d", "name")


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, None), ("", None), (0, 0), (-7, -7), ("42", 42), (" 12 ", 12), ("+3", 3), ("9" * 40, int("9" * 40))],
)
def test_json_int(value: Any, expected: int | None) -> None:
    assert json_int(value, "$", "k") == expected


@pytest.mark.parametrize(
    ("value", "name"),
    [(True, "bool"), (5.0, "float"), ("1.5", "str"), ("4_4", "str"), ("١٢", "str"), ("9" * 41, "str"), ([], "list")],
)
def test_json_int_refuses_other_values(value: Any, name: str) -> None:
    with bad(f"$.k: expected an integer, got {name}"):
        json_int(value, "$", "k")


# --- json_decimal ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        (3, Decimal("3")),
        (0.1, Decimal("0.1")),
        (1e100, Decimal("1E+100")),
        ("1.50", Decimal("1.50")),
        (" -2.5e3 ", Decimal("-2.5E+3")),
        (".5", Decimal("0.5")),
    ],
)
def test_json_decimal(value: Any, expected: Decimal | None) -> None:
    result = json_decimal(value, "$", "k")
    assert result == expected and str(result) == str(expected)


@pytest.mark.parametrize(
    ("value", "name"), [("NaN", "str"), ("inf", "str"), ("1,5", "str"), ("1" * 61, "str"), (True, "bool"), ({}, "dict")]
)
def test_json_decimal_refuses_what_is_not_a_number(value: Any, name: str) -> None:
    with bad(f"$.k: expected a decimal number, got {name}"):
        json_decimal(value, "$", "k")


@pytest.mark.parametrize(("value", "name"), [(float("inf"), "float"), (float("nan"), "float"), ("1e101", "str")])
def test_json_decimal_refuses_infinite_or_absurd_numbers(value: Any, name: str) -> None:
    with bad(f"$.k: expected a finite number of sensible size, got {name}"):
        json_decimal(value, "$", "k")


# --- json_bool ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        (True, True),
        (False, False),
        ("true", True),
        (" Yes ", True),
        ("1", True),
        (1, True),
        ("FALSE", False),
        ("no", False),
        (0, False),
    ],
)
def test_json_bool(value: Any, expected: bool | None) -> None:
    assert json_bool(value, "$", "k") is expected


@pytest.mark.parametrize(("value", "name"), [(2, "int"), (1.0, "float"), ("y", "str"), ([], "list"), ({}, "dict")])
def test_json_bool_refuses_other_values(value: Any, name: str) -> None:
    with bad(f"$.k: expected a boolean, got {name}"):
        json_bool(value, "$", "k")


def test_json_bool_takes_the_carriers_own_spelling() -> None:
    assert json_bool("Enabled", "$", "k", ("enabled", "disabled")) is True
    assert json_bool("DISABLED", "$", "k", ("enabled", "disabled")) is False
    assert json_bool(1, "$", "k", ("enabled", "disabled")) is True
    with bad("$.k: expected a boolean, got float"):
        json_bool(1.5, "$", "k", ("enabled", "disabled"))


# --- json_date, json_datetime ------------------------------------------------------------------


def test_json_date_and_datetime() -> None:
    assert json_date(" 2024-01-31 ", "%Y-%m-%d", "$", "k") == dt.date(2024, 1, 31)
    assert json_date(20240131, "%Y%m%d", "$", "k") == dt.date(2024, 1, 31)
    assert json_datetime("2024-01-31 08:09:10", "%Y-%m-%d %H:%M:%S", "$", "k") == dt.datetime(2024, 1, 31, 8, 9, 10)
    for reader, fmt in ((json_date, "%Y-%m-%d"), (json_datetime, "%Y-%m-%d %H:%M:%S")):
        assert reader(None, fmt, "$", "k") is None
        assert reader("", fmt, "$", "k") is None


def test_json_date_refuses_other_values() -> None:
    with bad("$.cdr.date: expected a date like %Y-%m-%d, got str") as caught:
        json_date("2024-02-30", "%Y-%m-%d", "$.cdr", "date")
    assert caught.value.__suppress_context__ is True
    with bad("$.k: expected a date like %Y-%m-%d, got int"):
        json_date(5, "%Y-%m-%d", "$", "k")


def test_json_datetime_refuses_other_values() -> None:
    with bad("$.k: expected a date and time like %Y-%m-%d %H:%M, got str"):
        json_datetime("2024-01-31", "%Y-%m-%d %H:%M", "$", "k")


# --- json_enum ---------------------------------------------------------------------------------


def test_json_enum_returns_values_of_the_set() -> None:
    assert json_enum(None, frozenset({"a"}), "$", "k") is None
    assert json_enum("", frozenset({"a"}), "$", "k") is None
    assert json_enum("a", frozenset({"a", "b"}), "$", "k") == "a"
    assert json_enum(5, frozenset({5, 10}), "$", "k") == 5


def test_json_enum_reads_an_integer_member_from_its_text() -> None:
    result = json_enum("10", frozenset({5, 10}), "$", "k")
    assert result == 10 and isinstance(result, int)
    assert json_enum("-5", frozenset({-5}), "$", "k") == -5


@pytest.mark.parametrize(
    ("value", "allowed", "message"),
    [
        ("c", frozenset({"b", "a"}), "$.k: 'c' is not one of a, b"),
        (True, frozenset({1, 2}), "$.k: True is not one of 1, 2"),
        (1.0, frozenset({1, 2}), "$.k: 1.0 is not one of 1, 2"),
        ("3", frozenset({1, 2}), "$.k: '3' is not one of 1, 2"),
        (" 1", frozenset({1, 2}), "$.k: ' 1' is not one of 1, 2"),
        ([1], frozenset({1}), "$.k: [1] is not one of 1"),
    ],
)
def test_json_enum_refuses_other_values(value: Any, allowed: frozenset[Any], message: str) -> None:
    with pytest.raises(MalformedResponseError) as caught:
        json_enum(value, allowed, "$", "k")
    assert str(caught.value) == message


# --- json_list, json_csv, json_record, json_object ---------------------------------------------


def test_json_list() -> None:
    items = [1, 2]
    assert json_list(items, "$", "k") is items
    assert json_list(None, "$", "k") == []
    assert json_list("", "$", "k") == []
    with bad("$.k: expected an array, got dict"):
        json_list({"a": 1}, "$", "k")
    with bad("$.k: expected an array, got str"):
        json_list("a,b", "$", "k")


def test_json_csv_converts_each_item_of_text_or_an_array() -> None:
    assert json_csv("1, 2,,3", "$", "k", int) == (1, 2, 3)
    assert json_csv([1, "2"], "$", "k", int) == (1, 2)
    assert json_csv([], "$", "k", int) == ()
    assert json_csv(None, "$", "k", int) is None
    assert json_csv("", "$", "k", int) is None
    with bad("$.k: expected a comma-separated string, got int"):
        json_csv(5, "$", "k", int)
    with pytest.raises(ValueError, match="invalid literal"):
        json_csv("1,x", "$", "k", int)


def test_json_record_hands_the_nested_path_to_the_reader() -> None:
    seen: list[tuple[Any, str]] = []

    def reader(value: Any, path: str) -> str:
        seen.append((value, path))
        return "read"

    assert json_record({"a": 1}, "$.dids[0]", "pop", reader) == "read"
    assert json_record(None, "$", "k", reader) is None
    assert json_record("", "$", "k", reader) is None
    assert seen == [({"a": 1}, "$.dids[0].pop")]


def test_json_object() -> None:
    data = {"a": 1}
    assert json_object(data, "$") is data
    with bad("$.dids[0]: expected an object, got list"):
        json_object([], "$.dids[0]")


# --- decode_members ------------------------------------------------------------------------------


def test_decode_members_refuses_as_msgspec_would_when_a_record_refuses_its_values() -> None:
    import msgspec

    from generator.runtime._jsonio import decode_members, raw_members

    class Priced(msgspec.Struct, kw_only=True):
        total: Decimal | None = None
        label: str

        def __post_init__(self) -> None:
            if self.total is not None and not self.total.is_finite():
                raise ValueError("total: not finite")

    body = b'{"total": "NaN", "label": "x"}'
    with pytest.raises(msgspec.ValidationError, match="total: not finite"):
        msgspec.json.decode(body, type=Priced, strict=False)
    members = raw_members(body)
    assert members is not None
    with pytest.raises(msgspec.ValidationError, match="total: not finite"):  # not a raw ValueError
        decode_members(members, Priced)
    with pytest.raises(msgspec.ValidationError):  # a required member missing
        decode_members({"total": msgspec.Raw(b'"1"')}, Priced)
    assert decode_members({"total": msgspec.Raw(b'"1.5"'), "label": msgspec.Raw(b'"y"')}, Priced).total == Decimal(
        "1.5"
    )
