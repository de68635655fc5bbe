"""Unit tests of ``generator.runtime._rpc``: SOAP rpc/encoded requests, Apache Map answers and faults.

``rpc_request`` (elements in the call's order, unset ones left out, booleans, integers, escaping, REST-only
refusals, multipart fields), ``rpc_envelope`` (exact bytes), ``decode_value`` (every encoding PHP writes, and
what is refused), ``rpc_data`` (wrapper checks, faults) and ``RpcFaults`` (codes, messages, unknown faults).
"""

from __future__ import annotations

import httpx
import pytest

from generator.runtime._answers import ErrorTable
from generator.runtime._exceptions import ApiError, MalformedResponseError, ValidationError
from generator.runtime._request import PreparedRequest
from generator.runtime._rpc import RpcBinding, RpcCall, RpcFaults, decode_value, rpc_data, rpc_envelope, rpc_request
from generator.runtime._xmlio import parse_xml
from tests.functional.soap_rpc import encoded, fault, map_envelope

BINDING = RpcBinding("/api/v1/server.php", "urn:VoIPmsService", "urn:VoIPmsService", "https://voip.ms/api/schema")
CALL = RpcCall(
    (("did", "did", "string"), ("zip_code", "zip", "string"), ("flag", "flag", "boolean"), ("pop", "pop", "integer")),
    rest_only=(("webhook", "webhook"),),
)
ROWS = {"": (("invalid_did", "This is not a valid DID", None, "", ""), ("no_did", "No DID found", None, "", ""))}


class Unknown(ApiError):
    pass


def table() -> ErrorTable:
    return ErrorTable(ROWS, lambda code, status: Unknown)


def prepared(*query: tuple[str, str], fields: tuple[tuple[str, str], ...] = ()) -> PreparedRequest:
    return PreparedRequest(
        "setThing", "GET", "/api/v1/rest.php", (("method", "setThing"), *query), fields=fields, mutates=True
    )


def test_a_request_is_the_given_elements_in_the_calls_order() -> None:
    soap = rpc_request(prepared(("pop", "5"), ("did", "5551234567"), ("flag", "1")), BINDING, CALL)
    assert (soap.method, soap.path, soap.query, soap.mutates) == ("POST", "/api/v1/server.php", (), True)
    assert (soap.soap_action, soap.xml_root, soap.credentials_in_body) == ("urn:VoIPmsService", "setThing", True)
    assert soap.content == (
        b'<did xsi:type="xsd:string">5551234567</did><flag xsi:type="xsd:boolean">true</flag>'
        b'<pop xsi:type="xsd:integer">5</pop>'
    )


def test_renamed_elements_escaping_and_multipart_fields() -> None:
    soap = rpc_request(prepared(fields=(("zip_code", "H2X <1&2>"), ("flag", "0"))), BINDING, CALL)
    assert (
        soap.content == b'<zip xsi:type="xsd:string">H2X &lt;1&amp;2&gt;</zip><flag xsi:type="xsd:boolean">false</flag>'
    )


def test_rest_only_parameters_and_operations_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        rpc_request(prepared(("webhook", "https://x"), ("pop", "five")), BINDING, CALL)
    assert [e.path for e in caught.value.errors] == ["webhook"]
    with pytest.raises(ValidationError) as caught:
        rpc_request(prepared(("pop", "sip:1")), BINDING, CALL)
    assert [e.path for e in caught.value.errors] == ["pop"]
    with pytest.raises(ValidationError, match="REST-only"):
        rpc_request(prepared(), BINDING, None)


def test_the_envelope_puts_credentials_first_inside_params() -> None:
    body = rpc_envelope(BINDING, "getBalance", (("api_username", "u"), ("api_password", "p&<")), b"<x/>")
    assert body.endswith(
        b'<SOAP-ENV:Body><ns1:getBalance><params xsi:type="xsd1:getBalanceInput">'
        b'<api_username xsi:type="xsd:string">u</api_username><api_password xsi:type="xsd:string">p&amp;&lt;'
        b"</api_password><x/></params></ns1:getBalance></SOAP-ENV:Body></SOAP-ENV:Envelope>"
    )
    root = parse_xml(body)
    assert root.nsmap["ns1"] == "urn:VoIPmsService" and root.nsmap["xsd1"] == "https://voip.ms/api/schema"


def _value(xml: str):
    wrapped = map_envelope("x", {}).replace(b"<return", b"<r>" + xml.encode() + b"</r><return", 1)
    element = parse_xml(wrapped).find(".//r")[0]
    return decode_value(element, "$", 0)


@pytest.mark.parametrize(
    ("data"),
    [
        {"status": "success", "n": 3, "ok": True, "price": 1.5, "none": None, "text": "a & b"},
        {"list": [{"a": "1"}, {"a": "2"}], "empty": [], "nested": {"m": {"k": ["x", 1]}}},
        {"5": "numeric key"},
    ],
)
def test_php_encodings_decode_to_the_json_form(data) -> None:
    expected = {k: (str(v) if isinstance(v, float) else v) for k, v in data.items()}
    assert _value(encoded(data)) == expected


def test_structs_and_untyped_values() -> None:
    assert _value('<v><a>1</a><b xsi:type="xsd:int">2</b></v>') == {"a": "1", "b": 2}
    assert _value("<v>plain</v>") == "plain"
    assert _value('<v xsi:type="xsd:boolean">0</v>') is False


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        ('<v xsi:type="xsd:int">x</v>', "not an integer"),
        ('<v xsi:type="xsd:boolean">maybe</v>', "not a boolean"),
        ('<v xsi:type="xsd:base64Binary">AA==</v>', "unsupported xsi:type"),
        ('<v xsi:type="nope:Map"/>', "undeclared prefix"),
        ('<v href="#id1"/>', "multi-reference"),
        ('<v xsi:type="ns2:Map"><item><key>k</key></item></v>', "one <key> and one <value>"),
        ('<v xsi:type="ns2:Map"><item><key xsi:type="xsd:boolean">true</key><value/></item></v>', "Map key"),
        ('<v xsi:type="xsd:string"><child/></v>', "cannot hold elements"),
    ],
)
def test_what_php_does_not_write_is_malformed(xml, message) -> None:
    with pytest.raises(MalformedResponseError, match=message):
        _value(xml)


def test_rpc_data_checks_the_wrapper_and_the_return_value() -> None:
    faults = RpcFaults(table())
    body = map_envelope("getDIDsInfo", {"status": "success"})
    assert rpc_data(httpx.Response(200, content=body), body, "getDIDsInfo", faults) == {"status": "success"}
    with pytest.raises(MalformedResponseError, match="expected <getBalanceResponse>"):
        rpc_data(httpx.Response(200, content=body), body, "getBalance", faults)
    listing = map_envelope("getDIDsInfo", {"status": "success"}).replace(
        b'xsi:type="ns2:Map"', b'xsi:type="SOAP-ENC:Array"', 1
    )
    with pytest.raises(MalformedResponseError, match="not a Map"):
        rpc_data(httpx.Response(200, content=listing), listing, "getDIDsInfo", faults)


def test_a_fault_in_a_200_answer_raises_too() -> None:
    body = fault(200, "invalid_did")
    with pytest.raises(Unknown) as caught:
        rpc_data(httpx.Response(200, content=body), body, "getDIDsInfo", RpcFaults(table()))
    assert caught.value.code == "invalid_did" and caught.value.retryable is False


@pytest.mark.parametrize(
    ("message", "code", "text"),
    [
        ("invalid_did", "invalid_did", "This is not a valid DID"),  # the status code itself
        ("This is not a valid DID.", "invalid_did", "This is not a valid DID."),  # a documented message
        ("Procedure 'x' not present", "Server", "Procedure 'x' not present"),  # undocumented: the fault code
    ],
)
def test_faults_read_against_the_same_table(message, code, text) -> None:
    body = fault(500, message)
    (detail,) = RpcFaults(table()).read_errors(httpx.Response(500, content=body), body, "getDIDsInfo")
    assert (detail.code, detail.message, detail.http_status) == (code, text, 500)
    assert detail.params["faultstring"] == message


def test_a_body_that_is_no_fault_reads_as_none() -> None:
    faults = RpcFaults(table())
    for body in (b"", b"<x/>", map_envelope("getDIDsInfo", {"status": "success"})):
        assert faults.read_errors(httpx.Response(500, content=body), body, "getDIDsInfo") == ()
    assert RpcFaults.final_status == 500
