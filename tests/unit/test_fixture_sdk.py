"""Drive the golden fixture SDK (acme_sdk): features iovox does not use, over MockTransport."""

from __future__ import annotations

import datetime as _dt
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

FIXTURE = Path(__file__).resolve().parents[1] / "golden" / "expected" / "acme_sdk"


@pytest.fixture(scope="module")
def acme() -> Iterator[object]:
    sys.path.insert(0, str(FIXTURE))
    try:
        import acme_sdk

        yield acme_sdk
    finally:
        sys.path.remove(str(FIXTURE))
        for name in [n for n in sys.modules if n == "acme_sdk" or n.startswith("acme_sdk.")]:
            del sys.modules[name]


def client(acme, handler, **options):
    transport = httpx.MockTransport(handler)
    return acme.Client(
        api_user="me", api_key="0123456789abcdef", http_client=httpx.Client(transport=transport), **options
    )


def test_query_auth_path_parameters_and_xml_body(acme) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, content=b"<number><DIDsID>7</DIDsID><E164>3225</E164><Active>0</Active></number>")

    contact = acme.models.Contact(name="Ann & Bob", email="a@b.c")
    number = client(acme, handler).order_number(account="acct/1", contacts=[contact], express=True)
    assert number.dids_id == 7 and number.active is False and number.kinds is None
    (request,) = seen
    assert request.url.raw_path.startswith(b"/v2/accounts/acct%2F1/orders?")
    assert request.url.params["api_user"] == "me" and request.url.params["action"] == "order"
    assert request.content.endswith(
        b"<contact><Name>Ann &amp; Bob</Name><Email>a@b.c</Email></contact></contacts><express>1</express></order>"
    )


def test_rules_on_operations_and_dates_in_the_carrier_format(acme) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = (
            b"<page><page>1</page><pages>1</pages><numbers><number><DIDsID>1</DIDsID><E164>1</E164>"
            b"<Rate>0.015</Rate><Since>31/12/2023</Since><Kinds>LOCAL,TOLLFREE</Kinds></number></numbers></page>"
        )
        return httpx.Response(200, content=body)

    sdk = client(acme, handler)
    with pytest.raises(acme.ValidationError) as caught:
        sdk.list_numbers(date_from=_dt.date(2024, 1, 1), page=0)
    assert [str(e) for e in caught.value.errors] == [
        "page: must be at least 1 (got 0)",
        "date_to: is required when date_from is given",
    ]
    assert seen == []
    page = sdk.list_numbers(date_from=_dt.date(2024, 1, 1), date_to=_dt.date(2024, 2, 1), kind="LOCAL")
    assert seen[0].url.params["dateFrom"] == "01/01/2024"
    number = page.numbers[0]
    assert (number.rate, number.since, number.kinds) == (
        Decimal("0.015"),
        _dt.date(2023, 12, 31),
        ("LOCAL", "TOLLFREE"),
    )


def test_conditional_rule_with_a_value(acme) -> None:
    sdk = client(acme, lambda request: httpx.Response(500))
    with pytest.raises(acme.ValidationError, match="reference: is required when mode is 'update'"):
        sdk.order_number(account="a", contacts=[acme.models.Contact(name="x")], mode="update")


def test_multipart_and_form_bodies_and_field_booleans(acme) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204 if request.method == "DELETE" else 200)

    sdk = client(acme, handler)
    sdk.send_fax(to="15145550000", document=b"%PDF-1.4", fine=True)
    sdk.set_note(note="hello world", tags=["LOCAL", "TOLLFREE"])
    sdk.release_numbers(numbers=["1", "2"], force=True)
    fax, note, release = seen
    assert fax.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="to"\r\n\r\n15145550000\r\n' in fax.content and b"%PDF-1.4" in fax.content
    assert b'name="fine"\r\n\r\n1\r\n' in fax.content
    assert note.headers["content-type"] == "application/x-www-form-urlencoded"
    assert note.content == b"note=hello+world&tags=LOCAL%2CTOLLFREE"
    assert release.url.params["numbers"] == "1,2" and release.url.params["force"] == "yes"


def test_spec_wording_and_family_by_code_prefix(acme) -> None:
    sdk = client(
        acme,
        lambda request: httpx.Response(400, content=b'<errors><error status="400">Number 2 missing</error></errors>'),
    )
    with pytest.raises(acme.ValidationError, match="note_toolong: the note exceeds 50 characters"):
        sdk.set_note(note="x" * 51)
    with pytest.raises(acme.errors.MissingError) as caught:
        sdk.set_note(note="ok")
    assert caught.value.code == "missing_number" and caught.value.errors[0].item == 2
    assert caught.value.errors[0].resolution == "Add number 2."


def test_credentials_are_checked_without_echoing_them(acme) -> None:
    with pytest.raises(acme.ValidationError) as caught:
        acme.Client(api_user="me", api_key="not-a-hex-key!!")
    assert "not-a-hex-key" not in str(caught.value)
    assert [e.path for e in caught.value.errors] == ["api_key"]


def test_rate_budget_refuses_calls_once_a_pool_is_spent(acme) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204 if request.method == "DELETE" else 200)

    now = [1000.0]
    sdk = client(acme, handler, rate_budget=True)
    sdk._budget._clock = lambda: now[0]
    sdk.send_fax(to="1", document=b"%PDF")
    sdk.send_fax(to="2", document=b"%PDF")
    with pytest.raises(acme.BudgetExhaustedError) as caught:
        sdk.send_fax(to="3", document=b"%PDF")
    assert len(seen) == 2 and 59 <= caught.value.retry_after <= 60
    sdk.release_numbers(numbers=["1"])  # another pool: the shared one still has room
    assert len(seen) == 3
    now[0] += 61  # the window slides: one minute later the fax pool has room again
    sdk.send_fax(to="4", document=b"%PDF")
    assert len(seen) == 4


def test_without_rate_budget_nothing_is_counted(acme) -> None:
    sdk = client(acme, lambda request: httpx.Response(200))
    for number in range(5):
        sdk.send_fax(to=str(number), document=b"%PDF")
    assert sdk._budget is None


def test_credentials_a_rule_makes_optional(acme) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    transport = httpx.MockTransport(handler)
    by_account = acme.Client(
        account_id="123456", api_key="0123456789abcdef", http_client=httpx.Client(transport=transport)
    )
    by_account.release_numbers(numbers=["1"])
    params = seen[0].url.params
    assert params["account_id"] == "123456" and "api_user" not in params and params["api_key"]
    with pytest.raises(acme.ValidationError) as caught:
        acme.Client(api_key="0123456789abcdef")
    assert [str(e) for e in caught.value.errors] == ["api_user: give api_user or account_id"]
    with pytest.raises(acme.ValidationError, match="account_id: must match"):
        acme.Client(account_id="12", api_key="0123456789abcdef")
