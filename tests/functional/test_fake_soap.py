"""VoIP.ms's fake over SOAP beside REST: one state for both transports, and the SOAP wire as the real server speaks it.

Flows mix the transports on one fake (an order placed over SOAP is listed over REST, and so on).
On the wire: every bound operation's SOAP answer is exactly its REST answer as PHP's SoapServer
encodes it (``soap_rpc.map_envelope``, the suites' model of the real server); errors are the
``status`` inside the Map; the WSDL's element names map back to the REST parameters; PHP's own
clients' Map-encoded calls are read too; what the WSDL does not bind is PHP's Fault.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

import httpx
import pytest
import voipms_sdk
from voipms_sdk import _operations
from voipms_sdk._rpc import rpc_data, rpc_envelope
from voipms_sdk.testing import FakeCarrier

from .conftest import VOIPMS_SOAP, Api, Recorder
from .soap_rpc import map_envelope

pytestmark = pytest.mark.anyio

ENDPOINT = "https://voip.ms/api/v1/server.php"
ORDER = {"routing": "account:100000_VoIP", "pop": 3, "dialtime": 60, "cnam": True, "billing_type": 1}


def wired(mode: str, fake: FakeCarrier, protocol: str) -> Api:
    options: dict[str, Any] = {"max_retries": 0, "protocol": protocol}
    client = fake.client(**options) if mode == "sync" else fake.async_client(**options)
    return Api(mode, client, Recorder(lambda request: httpx.Response(500)))


async def test_what_one_transport_changes_the_other_sees(mode: str) -> None:
    fake = FakeCarrier(seed=1)
    soap, rest = wired(mode, fake, "soap"), wired(mode, fake, "rest")
    did = (await soap.search_dids_usa(type="starts", query_="212")).dids[0].did
    await soap.order_did(did=did, **ORDER)
    assert [d.did for d in (await rest.get_dids_info()).dids] == [did]
    assert (await rest.get_balance()).balance == (await soap.get_balance()).balance
    sent = await rest.send_sms(did=did, dst="5557654321", message="Hi")
    assert [m.id for m in (await soap.get_sms(did=did)).sms] == [sent.sms]
    await rest.cancel_did(did=did)
    with pytest.raises(voipms_sdk.errors.RequestError) as caught:
        await soap.cancel_did(did=did)
    assert caught.value.code == "invalid_did" and (await soap.get_dids_info()).dids == ()
    (order,) = fake.calls("order_did")
    assert order.params == {"did": did, **ORDER} and order.request.url.path == "/api/v1/server.php"
    assert [c.request.url.path.rpartition("/")[2] for c in fake.calls("cancel_did")] == ["rest.php", "server.php"]


def test_every_soap_answer_is_the_rest_answer_as_phps_soapserver_encodes_it() -> None:
    """Two fakes, one seed, the same calls: each SOAP body is the REST body, Map-encoded."""
    wire_names = {info.python_name: info.wire_name for info in _operations.OPERATIONS.values()}
    bodies: dict[str, list[bytes]] = {"rest": [], "soap": []}
    for protocol, kept in bodies.items():
        fake = FakeCarrier(seed=3)

        def keep(request: httpx.Request, fake: FakeCarrier = fake, kept: list[bytes] = kept) -> httpx.Response:
            response = fake.handle(request)
            kept.append(response.content)
            return response

        http = httpx.Client(transport=httpx.MockTransport(keep))
        with voipms_sdk.Client(**fake.client_arguments(), http_client=http, max_retries=0, protocol=protocol) as client:
            for method, arguments in sorted(VOIPMS_SOAP.calls.items()):
                with contextlib.suppress(voipms_sdk.ApiError):  # an error answer is compared like any other
                    getattr(client, method)(**arguments)
    methods = sorted(VOIPMS_SOAP.calls)
    problems = [
        method
        for method, rest, soap in zip(methods, bodies["rest"], bodies["soap"], strict=True)
        if soap != map_envelope(wire_names[method], json.loads(rest) if rest.strip() else {"status": "success"})
    ]
    assert not problems and len(methods) > 200


# --- on the wire --------------------------------------------------------------------------------------


def envelope(operation: str, content: str = "", **credentials: str) -> bytes:
    """A call as the SDK writes it (the fake's test credentials unless given)."""
    given = {**FakeCarrier.STATE.CREDENTIALS, **credentials}
    return rpc_envelope(_operations.RPC_BINDING, operation, tuple(given.items()), content.encode())


def answer(body: bytes, operation: str) -> dict[str, Any]:
    with FakeCarrier().http_client() as http:
        response = http.post(ENDPOINT, content=body, headers={"Content-Type": "text/xml", "SOAPAction": '"x"'})
    return rpc_data(response, response.content, operation, _operations.RPC_ERRORS)


def test_errors_are_the_status_inside_the_map_as_voipms_answers_them() -> None:
    fake = FakeCarrier()
    with fake.http_client() as http:

        def post(body: bytes) -> httpx.Response:
            return http.post(ENDPOINT, content=body, headers={"Content-Type": "text/xml"})

        missing = post(envelope("orderDID"))
        assert missing.status_code == 200 and missing.content == map_envelope("orderDID", {"status": "missing_did"})
        bad_pop = "".join(f"<{k}>{v}</{k}>" for k, v in {**ORDER, "did": "1", "pop": "x", "cnam": "1"}.items())
        assert post(envelope("orderDID", bad_pop)).content == map_envelope("orderDID", {"status": "invalid_pop"})
        refused = post(envelope("getBalance", api_password="wrong"))
        assert refused.content == map_envelope("getBalance", {"status": "invalid_credentials"})
    with (
        fake.client(protocol="soap", api_password="wrong") as client,
        pytest.raises(voipms_sdk.errors.AuthenticationError) as caught,
    ):
        client.get_balance()
    assert caught.value.code == "invalid_credentials" and caught.value.http_status == 200


@pytest.mark.parametrize("operation", ["getSequences", "setSequences", "delSequences", "getInvoice", "getLocations"])
def test_rest_only_functions_are_phps_procedure_not_present_fault(operation: str) -> None:
    fake = FakeCarrier()
    with fake.http_client() as http:
        response = http.post(ENDPOINT, content=envelope(operation), headers={"Content-Type": "text/xml"})
    assert response.status_code == 500 and fake.calls() == []
    assert f"<faultstring>Procedure '{operation}' not present</faultstring>".encode() in response.content
    with pytest.raises(voipms_sdk.ApiError) as caught:
        rpc_data(response, response.content, operation, _operations.RPC_ERRORS)
    assert caught.value.code == "Server" and caught.value.http_status == 500


def test_the_wsdls_element_names_read_back_as_the_rest_parameters() -> None:
    fake = FakeCarrier()
    calls = VOIPMS_SOAP.calls
    with fake.client(protocol="soap", max_retries=0) as client:
        client.e911_validate(**calls["e911_validate"])
        client.get_reseller_mms(**{**calls["get_reseller_mms"], "sms": 5})
    validate, mms = fake.calls()
    assert b"<zip " in validate.request.content and validate.params["zip_code"] == calls["e911_validate"]["zip_code"]
    assert b"<mms " in mms.request.content and mms.params["sms"] == 5
    assert "email" not in validate.params  # REST-only: required by the SDK, no element to travel in
    assert validate.error is None


def test_phps_own_soapclient_calls_with_a_map_are_read_too() -> None:
    """VoIP.ms's example class (PHP's SoapClient without the WSDL) sends ``params`` as an Apache Map."""
    items = (("api_username", "test@example.com"), ("api_password", "test-api-password"), ("advanced", "1"))
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/'
        'envelope/" xmlns:ns1="urn://voip.ms" xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ns2="http://xml.apache.org/xml-soap">'
        '<SOAP-ENV:Body><ns1:getBalance><params xsi:type="ns2:Map">'
        + "".join(
            f'<item><key xsi:type="xsd:string">{k}</key><value xsi:type="xsd:string">{v}</value></item>'
            for k, v in items
        )
        + "</params></ns1:getBalance></SOAP-ENV:Body></SOAP-ENV:Envelope>"
    ).encode()
    data = answer(body, "getBalance")
    assert data["status"] == "success" and data["balance"]["current_balance"] == "25.00"
