"""Unit tests of ``generator.runtime._fake``: the fake carrier engine over a small hand-made carrier.

Covers routing (method, path, fixed query, a path segment a client option replaces, SOAP bodies
by element), credentials (query and headers, identities and secrets, the SOAP UserToken),
arguments read back and checked by the builder (missing, invalid and unreadable values mapped to
the carrier's codes through the state's templates, with item placeholders), state handlers and
sampled answers, every fault kind, ``calls``, ``reset`` and seeded determinism.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any, ClassVar

import httpx
import pytest

from generator.runtime._exceptions import FieldError, ValidationError
from generator.runtime._fake import FakeCarrier
from generator.runtime._fake_shapes import SOAP_ENV, Op, Record, Shape, Spelling
from generator.runtime._fake_state import Auth, CarrierError, State
from generator.runtime._fake_wire import Format, SoapFormat, StatusFieldFormat, Writer

BASE = "https://api.example.com/rest.php"
AUTH = {"user": "ada", "key": "s3cret"}


def build_order(*, did: Any = None, quantity: Any = None, items: Any = None) -> None:
    """A builder as the SDK renders them: every problem as (path, message)."""
    problems = []
    if did is None:
        problems.append(FieldError("did", "is required"))
    if quantity is not None and not 1 <= quantity <= 9:
        problems.append(FieldError("quantity", "must be between 1 and 9"))
    for index, item in enumerate(items or ()):
        if item.get("name") is None:
            problems.append(FieldError(f"items[{index}].name", "is required"))
    if problems:
        raise ValidationError(tuple(problems))


def build_nothing() -> None:
    return None


ITEM = Record("Item", (Shape("Name", "name", "string", required=True), Shape("Count", "count", "integer")))
RESULT = Record(
    "Result",
    (
        Shape("ref", "ref", "string", required=True),
        Shape("total", "total", "integer", required=True),
        Shape("items", "items", "record", record="Item", container="list"),
    ),
)
OPS = (
    Op(
        "orderDID",
        "order_did",
        "GET",
        "/rest.php",
        build_order,
        fixed_query=(("method", "orderDID"),),
        params=(
            Shape("did", "did", "string", required=True, location="query"),
            Shape("quantity", "quantity", "integer", location="query"),
            Shape("items", "items", "record", record="Item", container="list", location="query", encoding="json"),
        ),
        response=Shape("response", "response", "record", record="Result"),
        mutates=True,
    ),
    Op(
        "getThing",
        "get_thing",
        "GET",
        "/{fmt}/thing",
        build_nothing,
        response=Shape("r", "r", "record", record="Result"),
    ),
)
ROWS = {
    "": (("missing_did", "DID was not provided", None, "", ""), ("bad_auth", "Refused", None, "", "")),
    "orderDID": (
        ("invalid_quantity", "Quantity {item} of {total} is bad", None, "", ""),
        ("sold_out", "Sold out", 200, "", ""),
    ),
}


class Model(State):
    MISSING_CODES = ("missing_{name}",)
    INVALID_CODES = ("invalid_{name}",)
    AUTH_INVALID = "bad_auth"
    UNKNOWN_OPERATION = "missing_did"
    CREDENTIALS: ClassVar[dict[str, str]] = AUTH

    def on_order_did(self, params: dict[str, Any]) -> dict[str, Any]:
        if params["did"] == "000":
            raise CarrierError("sold_out")
        return {"ref": f"R{self.next_id()}", "total": params.get("quantity", 1)}


class Fake(FakeCarrier):
    OPERATIONS = OPS
    RECORDS: ClassVar[Mapping[str, Record]] = {"Item": ITEM, "Result": RESULT}
    ERROR_ROWS = ROWS
    AUTH = Auth("query", (("user", "user"),), (("key", "key"),))
    PATH_OPTIONS = (("{fmt}", "output"),)
    STATE = Model

    def make_format(self) -> Format:
        return StatusFieldFormat(Writer(self.RECORDS, Spelling(), json_text=True))


def get(fake: FakeCarrier, **params: str) -> httpx.Response:
    url = "https://x.example/json/thing" if params.get("method") == "getThing" else BASE
    with fake.http_client() as http:
        return http.get(url, params={**AUTH, **params})


def test_a_routed_call_gets_the_state_models_answer_completed_by_the_record() -> None:
    fake = Fake()
    data = get(fake, method="orderDID", did="555", quantity="3").json()
    assert data == {"status": "success", "ref": "R1001", "total": "3"}
    (call,) = fake.calls("order_did")
    assert call.params == {"did": "555", "quantity": 3} and call.status == 200 and call.error is None


def test_an_unknown_method_answers_the_carriers_code() -> None:
    assert get(Fake(), method="nope").json() == {"status": "missing_did"}


def test_a_missing_argument_gets_the_documented_code() -> None:
    fake = Fake()
    assert get(fake, method="orderDID").json() == {"status": "missing_did"}
    assert fake.calls()[0].error == "missing_did"


def test_a_bad_value_gets_the_invalid_code_and_an_unreadable_one_too() -> None:
    fake = Fake()
    assert get(fake, method="orderDID", did="1", quantity="12").json() == {"status": "invalid_quantity"}
    assert get(fake, method="orderDID", did="1", quantity="many").json() == {"status": "invalid_quantity"}


def test_records_read_from_json_and_nested_problems_use_the_leaf_name() -> None:
    fake = Fake()
    # items[1].name is missing: no documented missing_Name, but the carrier's errors are codes.
    body = get(fake, method="orderDID", did="1", items='[{"Name": "a", "Count": "2"}, {"Count": 1}]').json()
    assert body == {"status": "missing_Name"}
    assert fake.calls()[0].params["items"][0] == {"name": "a", "count": 2}


def test_a_state_model_error_answers_with_its_code() -> None:
    assert get(Fake(), method="orderDID", did="000").json() == {"status": "sold_out"}


def test_wrong_or_missing_credentials_are_refused() -> None:
    fake = Fake()
    with fake.http_client() as http:
        assert http.get(BASE, params={"user": "ada", "key": "nope", "method": "orderDID", "did": "1"}).json() == {
            "status": "bad_auth"
        }
        assert http.get(BASE, params={"method": "orderDID", "did": "1"}).json() == {"status": "bad_auth"}


def test_a_path_option_segment_matches_any_value_and_the_base_url_may_have_a_prefix() -> None:
    fake = Fake()
    with fake.http_client() as http:
        response = http.get("https://x.example/prefix/xml/thing", params=AUTH)
    assert response.json()["status"] == "success"
    assert set(response.json()) == {"status", "ref", "total", "items"}


def test_the_same_seed_gives_the_same_answers_and_reset_forgets_everything() -> None:
    first, second = Fake(seed=7), Fake(seed=7)
    assert get(first, method="getThing").content == get(second, method="getThing").content
    assert get(Fake(seed=8), method="getThing").content != get(Fake(seed=7), method="getThing").content
    first.fail_next("getThing", status=503)
    first.reset()
    assert first.calls() == [] and get(first, method="getThing").status_code == 200


def test_fail_next_answers_documented_codes_statuses_and_retry_after_then_recovers() -> None:
    fake = Fake()
    fake.fail_next("orderDID", code="sold_out", times=2)
    fake.fail_next("order_did", retry_after=3)
    assert get(fake, method="orderDID", did="1").json() == {"status": "sold_out"}
    assert get(fake, method="orderDID", did="1").json() == {"status": "sold_out"}
    throttled = get(fake, method="orderDID", did="1")
    assert throttled.status_code == 429 and throttled.headers["Retry-After"] == "3"
    assert get(fake, method="orderDID", did="1").json()["status"] == "success"


def test_fail_next_refuses_an_undocumented_code() -> None:
    with pytest.raises(ValueError, match="not a documented error code"):
        Fake().fail_next("orderDID", code="made_up")


def test_drop_and_timeout_raise_as_httpx_does_and_delay_waits() -> None:
    fake = Fake()
    fake.fail_next("getThing", drop=True)
    fake.fail_next("getThing", timeout=True)
    fake.fail_next("getThing", delay=0.01)
    with pytest.raises(httpx.RemoteProtocolError):
        get(fake, method="getThing")
    with pytest.raises(httpx.ReadTimeout):
        get(fake, method="getThing")
    assert get(fake, method="getThing").status_code == 200
    assert len(fake.calls("getThing")) == 3


@pytest.mark.anyio
async def test_the_async_transport_answers_the_same() -> None:
    fake = Fake()
    fake.fail_next("getThing", delay=0.01)
    async with fake.async_http_client() as http:
        response = await http.get(BASE, params={**AUTH, "method": "orderDID", "did": "1"})
        assert response.json()["ref"] == "R1001"
        assert (await http.get("https://x.example/json/thing", params=AUTH)).status_code == 200


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# --- SOAP ------------------------------------------------------------------------------------------

NS = "urn:example"


def soap_request(key: str, token_hash: str, inner: str = "<tns:did>5</tns:did>") -> bytes:
    return (
        f'<soapenv:Envelope xmlns:soapenv="{SOAP_ENV}" xmlns:tns="{NS}"><soapenv:Body><tns:Order>'
        f"<tns:UserToken><tns:Username>ada</tns:Username><tns:Key>{key}</tns:Key><tns:Hash>{token_hash}</tns:Hash>"
        f"</tns:UserToken>{inner}</tns:Order></soapenv:Body></soapenv:Envelope>"
    ).encode()


class SoapModel(State):
    MISSING_CODES = ("missing_{name}",)
    AUTH_INVALID = "bad_auth"
    FAULT_DETAIL = "Fault"
    CREDENTIALS: ClassVar[dict[str, str]] = {"username": "ada", "password": "secret"}


class SoapFake(FakeCarrier):
    OPERATIONS = (
        Op(
            "Order",
            "order",
            "POST",
            "",
            build_order,
            xml_root="Order",
            params=(Shape("did", "did", "string", required=True, location="body"),),
            response=Shape("r", "r", "record", record="Result"),
            response_root="OrderResponse",
        ),
    )
    RECORDS: ClassVar[Mapping[str, Record]] = {"Item": ITEM, "Result": RESULT}
    ERROR_ROWS = ROWS
    AUTH = Auth("soap_token", (("username", "username"),), (("password", "password"),))
    STATE = SoapModel

    def make_format(self) -> Format:
        return SoapFormat(Writer(self.RECORDS, Spelling()), namespace=NS, fault_element="Fault")


KEY = "2011-01-01 00:00:00:000000000000"


def post(fake: FakeCarrier, body: bytes) -> httpx.Response:
    with fake.http_client() as http:
        return http.post("https://soap.example/service", content=body, headers={"Content-Type": "text/xml"})


def test_soap_requests_route_by_element_and_the_token_hash_is_checked() -> None:
    good = hashlib.sha1(("secret" + KEY).encode()).hexdigest()
    fake = SoapFake()
    answer = post(fake, soap_request(KEY, good))
    assert answer.status_code == 200 and b'<OrderResponse xmlns="urn:example"><ref>' in answer.content
    refused = post(fake, soap_request(KEY, "0" * 40))
    assert refused.status_code == 500 and b"<faultstring>Refused</faultstring>" in refused.content
    assert b'<Fault xmlns="urn:example"><message>Refused</message></Fault>' in refused.content
    assert post(fake, soap_request("not a key", good)).status_code == 500


def test_a_soap_fault_carries_the_missing_argument_and_the_hash_scheme_is_swappable() -> None:
    fake = SoapFake(token_hash=lambda password, key: "h-" + password + key)
    answer = post(fake, soap_request(KEY, "h-secret" + KEY, inner=""))
    assert answer.status_code == 500 and b"<faultstring>DID was not provided</faultstring>" in answer.content


def test_neither_the_fake_nor_its_calls_show_the_credentials() -> None:
    fake = Fake()
    get(fake, method="orderDID", did="1")
    shown = repr(fake) + repr(fake.calls())
    assert AUTH["key"] not in shown and "calls=1" in shown
