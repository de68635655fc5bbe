"""Unit tests of ``generator.runtime._fake_rpc``: a fake carrier's SOAP rpc endpoint beside its REST one.

Over a small hand-made carrier: SOAP calls in the three forms clients send (typed elements as the
SDK writes them, untyped as zeep does, an Apache Map as PHP's SoapClient does without the WSDL)
read into the REST form of the same call and answered from the same state; WSDL element names and
``xsd:boolean`` mapped back; REST-only parameters neither required nor read; errors as the status
inside the Map; PHP's own Faults; injected faults; and the Map encoder against the test suites'
independent model of PHP's answers (``tests/functional/soap_rpc.py``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, ClassVar

import httpx
import pytest

from generator.runtime._answers import ErrorTable
from generator.runtime._exceptions import ApiError, FieldError, ValidationError
from generator.runtime._fake_rpc import RpcFakeCarrier, encode_value, rpc_answer, rpc_arguments
from generator.runtime._fake_shapes import Op, Record, Shape, Spelling
from generator.runtime._fake_state import Auth
from generator.runtime._fake_wire import Format, StatusFieldFormat, Writer
from generator.runtime._rpc import RpcBinding, RpcCall, RpcFaults, decode_value, rpc_data
from generator.runtime._xmlio import parse_xml
from tests.functional.soap_rpc import map_envelope
from tests.unit.runtime.test_fake import BASE, OPS, RESULT, ROWS, Model, get

ENDPOINT = "https://x.example/server.php"
BINDING = RpcBinding("/server.php", "urn:Example", "urn:Example", "https://x.example/schema")


def build_flag(*, on: Any = None, email: Any = None) -> None:
    if email is None:
        raise ValidationError((FieldError("email", "is required"),))


class FlagModel(Model):
    flag: Any = None

    def on_set_flag(self, params: dict[str, Any]) -> None:
        self.flag = params.get("on")


class RpcFake(RpcFakeCarrier):
    OPERATIONS = (
        *OPS,
        Op(
            "setFlag",
            "set_flag",
            "GET",
            "/rest.php",
            build_flag,
            fixed_query=(("method", "setFlag"),),
            params=(
                Shape("on", "on", "boolean", location="query"),
                Shape("email", "email", "string", required=True, location="query"),
            ),
            mutates=True,
        ),
    )
    RECORDS: ClassVar[Mapping[str, Record]] = {"Result": RESULT}
    ERROR_ROWS = ROWS
    AUTH = Auth("query", (("user", "user"),), (("key", "key"),))
    STATE = FlagModel
    RPC_BINDING = BINDING
    # getThing is REST-only (no bound operation); setFlag's email has no element; quantity travels as <qty>.
    RPC_CALLS: ClassVar[Mapping[str, RpcCall]] = {
        "orderDID": RpcCall((("did", "did", "string"), ("quantity", "qty", "integer"))),
        "setFlag": RpcCall((("on", "on", "boolean"),)),
    }
    state: FlagModel

    def make_format(self) -> Format:
        return StatusFieldFormat(Writer(self.RECORDS, Spelling(("1", "0")), json_text=True))


def typed(operation: str, *elements: tuple[str, str, str], user: str = "ada", key: str = "s3cret") -> bytes:
    """A call as the SDK writes it: typed elements inside ``params``, credentials first."""
    fields = "".join(f'<{n} xsi:type="xsd:{t}">{v}</{n}>' for n, t, v in (("user", "string", user), *elements))
    fields += f'<key xsi:type="xsd:string">{key}</key>'
    return (
        '<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xmlns:ns1="urn:Example" xmlns:xsd1="https://x.example/schema"><SOAP-ENV:Body><ns1:{operation}>'
        f'<params xsi:type="xsd1:{operation}Input">{fields}</params></ns1:{operation}></SOAP-ENV:Body>'
        "</SOAP-ENV:Envelope>"
    ).encode()


def post(fake: RpcFakeCarrier, body: bytes, url: str = ENDPOINT) -> httpx.Response:
    with fake.http_client() as http:
        return http.post(url, content=body, headers={"Content-Type": "text/xml", "SOAPAction": '"urn:Example"'})


def data(response: httpx.Response, operation: str) -> dict[str, Any]:
    """The answer as the SDK's client reads it (a Fault raises)."""
    faults = RpcFaults(ErrorTable(ROWS, lambda code, status: ApiError))
    return rpc_data(response, response.content, operation, faults)


def test_a_soap_call_is_answered_from_the_same_state_as_rest() -> None:
    fake = RpcFake()
    answer = post(fake, typed("orderDID", ("did", "string", "555"), ("qty", "integer", "3")))
    assert answer.status_code == 200 and answer.headers["Content-Type"] == "text/xml; charset=utf-8"
    assert data(answer, "orderDID") == {"status": "success", "ref": "R1001", "total": "3"}
    assert get(fake, method="orderDID", did="556").json()["ref"] == "R1002"  # one state, one sequence
    soap, rest = fake.calls("order_did")
    assert soap.params == {"did": "555", "quantity": 3} and rest.params == {"did": "556"}


def test_zeeps_untyped_elements_and_phps_map_read_alike() -> None:
    fake = RpcFake()
    zeep = re.sub(rb' xsi:type="[^"]*"', b"", typed("orderDID", ("did", "string", "555"), ("qty", "integer", "3")))
    php = (
        '<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" '
        'xmlns:ns2="http://xml.apache.org/xml-soap" xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><SOAP-ENV:Body><ns1:orderDID xmlns:ns1="urn://other">'
        '<params xsi:type="ns2:Map">'
        + "".join(
            f'<item><key xsi:type="xsd:string">{k}</key><value xsi:type="xsd:{t}">{v}</value></item>'
            for k, t, v in (
                ("user", "string", "ada"),
                ("key", "string", "s3cret"),
                ("did", "int", "555"),
                ("qty", "int", "3"),
            )
        )
        + "</params></ns1:orderDID></SOAP-ENV:Body></SOAP-ENV:Envelope>"
    ).encode()
    for body in (zeep, php):
        assert data(post(fake, body), "orderDID")["status"] == "success"
    assert [c.params for c in fake.calls()] == [{"did": "555", "quantity": 3}] * 2


def test_wsdl_booleans_read_back_rest_only_parameters_are_not_required_and_undeclared_elements_drop() -> None:
    fake = RpcFake()
    body = typed("setFlag", ("on", "boolean", "true"), ("email", "string", "a@b.c"), ("bogus", "string", "x"))
    assert data(post(fake, body), "setFlag") == {"status": "success"}
    (call,) = fake.calls("setFlag")
    assert call.params == {"on": True} and fake.state.flag is True
    assert get(fake, method="setFlag", on="1").json() == {"status": "missing_email"}  # REST still requires it


def test_element_text_is_kept_as_sent() -> None:
    call = RpcCall((("did", "did", "string"), ("flag", "flag", "boolean")))
    operation = parse_xml(typed("x", ("did", "integer", "007"), ("flag", "boolean", "false")))[0][0]
    assert rpc_arguments(operation, call, ("user", "key")) == [
        ("user", "ada"),
        ("key", "s3cret"),
        ("did", "007"),
        ("flag", "0"),
    ]


def test_errors_travel_as_the_maps_status_at_200() -> None:
    fake = RpcFake()
    refused = post(fake, typed("orderDID", ("did", "string", "1"), key="nope"))
    assert refused.status_code == 200 and data(refused, "orderDID") == {"status": "bad_auth"}
    assert data(post(fake, typed("orderDID")), "orderDID") == {"status": "missing_did"}
    assert data(post(fake, typed("orderDID", ("did", "string", "000"))), "orderDID") == {"status": "sold_out"}
    assert [c.error for c in fake.calls()] == ["bad_auth", "missing_did", "sold_out"]


@pytest.mark.parametrize(
    ("body", "fault_code", "fault_string"),
    [
        (typed("nope"), "SOAP-ENV:Server", "Procedure 'nope' not present"),
        (typed("getThing"), "SOAP-ENV:Server", "Procedure 'getThing' not present"),  # REST-only
        (b"<not xml", "SOAP-ENV:Client", "Bad Request"),
        (
            b'<e:Envelope xmlns:e="http://schemas.xmlsoap.org/soap/envelope/"><e:Body/></e:Envelope>',
            "SOAP-ENV:Client",
            "Bad Request",
        ),
    ],
)
def test_what_php_refuses_itself_is_a_fault_at_500(body: bytes, fault_code: str, fault_string: str) -> None:
    fake = RpcFake()
    answer = post(fake, body)
    assert answer.status_code == 500 and fake.calls() == []
    assert f"<faultcode>{fault_code}</faultcode><faultstring>{fault_string}</faultstring>".encode() in answer.content
    with pytest.raises(ApiError):
        data(answer, "nope")


def test_rest_keeps_its_own_answers_to_what_it_cannot_read() -> None:
    fake = RpcFake()
    with fake.http_client() as http:
        assert http.post(BASE, content=b"<not xml", headers={"Content-Type": "text/xml"}).status_code == 400
    assert get(fake, method="nope").json() == {"status": "missing_did"}


def test_injected_codes_ride_the_map_and_the_rest_are_faults() -> None:
    fake = RpcFake()
    fake.fail_next("orderDID", code="sold_out")
    fake.fail_next("orderDID", message="Service frozen")
    fake.fail_next("orderDID", status=503)
    fake.fail_next("orderDID", retry_after=2)
    body = typed("orderDID", ("did", "string", "5"))
    assert data(post(fake, body), "orderDID") == {"status": "sold_out"}
    frozen = post(fake, body)
    assert frozen.status_code == 500 and b"<faultstring>Service frozen</faultstring>" in frozen.content
    unavailable = post(fake, body)
    assert unavailable.status_code == 503 and b"<faultstring>Service Unavailable</faultstring>" in unavailable.content
    throttled = post(fake, body)
    assert throttled.status_code == 429 and throttled.headers["Retry-After"] == "2"
    assert data(post(fake, body), "orderDID")["status"] == "success"


# --- the Map encoder ---------------------------------------------------------------------------------

SAMPLES = (
    {"status": "success", "n": 3, "ok": True, "price": 1.5, "none": None, "text": "a & b <c>"},
    {"status": "success", "dids": [{"did": "1", "sms": "0"}, {"did": "2", "sms": "1"}], "empty": []},
    {"nested": {"m": {"k": ["x", 1]}}, "5": "numeric key"},
)


@pytest.mark.parametrize("sample", SAMPLES)
def test_answers_are_what_the_suites_model_of_phps_soapserver_writes(sample: dict[str, Any]) -> None:
    assert rpc_answer("urn:VoIPmsService", "getDIDsInfo", sample) == map_envelope("getDIDsInfo", sample)


@pytest.mark.parametrize("sample", SAMPLES)
def test_an_encoded_value_decodes_back(sample: dict[str, Any]) -> None:
    out: list[str] = []
    encode_value(sample, "v", out)
    namespaces = (
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:ns2="http://xml.apache.org/xml-soap" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/"'
    )
    element = parse_xml(f"<r {namespaces}>{''.join(out)}</r>".encode())[0]
    expected = {k: (str(v) if isinstance(v, float) else v) for k, v in sample.items()}
    assert decode_value(element, "$", 0) == expected
