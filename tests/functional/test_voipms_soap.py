"""The VoIP.ms SDK over its SOAP transport (``Client(protocol="soap")``), sync and async, over MockTransport.

The same methods, arguments, checks, typed records and exception classes as REST: requests are rpc/encoded
envelopes (credentials first inside ``params``, the WSDL's element names and ``xsi:type``s, optional elements
left out), answers are Apache Maps decoded into the JSON path's records, statuses and faults raise the same
classes; REST-only operations and parameters are refused before anything is sent; the API password never
shows. Also the four seed-only functions over REST.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
import voipms_sdk
from lxml import etree
from voipms_sdk import errors as E
from voipms_sdk.models import GetBalanceResponse, SendMMSResponse, SequenceStep

from .conftest import Api, build_api, sequence
from .soap_rpc import fault, map_envelope
from .voipms_samples import BALANCE, DIDS_INFO, PASSWORD, SEND_MMS, SMS_LIST, USERNAME, answer, status

pytestmark = pytest.mark.anyio

SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"


def soap(operation: str, data: dict[str, Any], code: int = 200) -> Any:
    body = map_envelope(operation, data)
    return lambda request: httpx.Response(code, content=body, headers={"Content-Type": "text/xml; charset=utf-8"})


def faulting(message: str, code: int = 500, fault_code: str = "SOAP-ENV:Server") -> Any:
    body = fault(code, message, fault_code)
    return lambda request: httpx.Response(code, content=body, headers={"Content-Type": "text/xml; charset=utf-8"})


@pytest.fixture
def make_soap(mode: str) -> Iterator[Any]:
    opened: list[Any] = []

    def make(responder: Any, **client_kwargs: Any) -> Api:
        client_kwargs.setdefault("api_username", USERNAME)
        client_kwargs.setdefault("api_password", PASSWORD)
        client_kwargs.setdefault("protocol", "soap")
        return build_api(voipms_sdk, mode, responder, opened, **client_kwargs)

    yield make
    for http in opened:
        if isinstance(http, httpx.Client):
            http.close()


def params_of(request: httpx.Request) -> list[tuple[str, str | None, str]]:
    """(element, xsi:type, text) of every element inside ``params``, in order."""
    root = etree.fromstring(request.content)
    (call,) = root.find(f"{{{SOAP_ENV}}}Body")
    (params,) = call
    return [(child.tag, child.get(XSI_TYPE), child.text or "") for child in params]


# requests ------------------------------------------------------------------------------------------


async def test_a_call_is_one_rpc_envelope_posted_to_server_php(make_soap):
    api = make_soap(soap("getBalance", BALANCE))
    result = await api.get_balance(advanced=True)
    assert isinstance(result, GetBalanceResponse) and result.balance is not None
    assert result.balance.current_balance == Decimal("112.192790")
    request = api.last
    assert request.method == "POST"
    assert str(request.url) == "https://voip.ms/api/v1/server.php"
    assert request.headers["SOAPAction"] == '"urn:VoIPmsService"'
    assert request.headers["Content-Type"] == "text/xml; charset=utf-8"
    root = etree.fromstring(request.content)
    assert root.get(f"{{{SOAP_ENV}}}encodingStyle") == "http://schemas.xmlsoap.org/soap/encoding/"
    (call,) = root.find(f"{{{SOAP_ENV}}}Body")
    assert call.tag == "{urn:VoIPmsService}getBalance"
    (params,) = call
    assert params.tag == "params" and params.get(XSI_TYPE) == "xsd1:getBalanceInput"
    assert params.nsmap["xsd1"] == "https://voip.ms/api/schema"
    assert params_of(request) == [
        ("api_username", "xsd:string", USERNAME),
        ("api_password", "xsd:string", PASSWORD),
        ("advanced", "xsd:boolean", "true"),  # an xsd:boolean element: true/false, not REST's 1/0
    ]


async def test_elements_are_the_wsdls_names_types_and_order_and_unset_ones_are_left_out(make_soap):
    api = make_soap(soap("setDIDInfo", status("success")))
    await api.set_did_info(
        did="5551234567", routing="account:100001_VoIP", pop=5, dialtime=60, cnam=False, billing_type=1
    )
    sent = params_of(api.last)[2:]
    assert sent == [
        ("did", "xsd:string", "5551234567"),
        ("routing", "xsd:string", "account:100001_VoIP"),
        ("pop", "xsd:integer", "5"),
        ("dialtime", "xsd:integer", "60"),
        ("cnam", "xsd:integer", "0"),  # a 1/0 flag the WSDL types xsd:integer stays 1/0
        ("billing_type", "xsd:integer", "1"),
    ]


async def test_e911_sends_zip_as_the_wsdl_names_it_and_no_email_element(make_soap):
    api = make_soap(soap("e911Validate", status("success")))
    await api.e911_validate(
        did="5551234567",
        full_name="Ada Lovelace",
        street_number=10,
        street_name="Main",
        address_type="Apt",
        city="Montreal",
        state="QC",
        country="CA",
        zip_code="H2X 1Y4",
        language="EN",
        email="ops@example.com",
    )
    sent = dict((name, text) for name, _, text in params_of(api.last))
    assert sent["zip"] == "H2X 1Y4" and "zip_code" not in sent
    assert "email" not in sent  # required as for REST, but the WSDL has no element for it


async def test_get_reseller_mms_sends_mms_for_the_sms_argument(make_soap):
    api = make_soap(soap("getResellerMMS", status("no_sms")))
    await api.get_reseller_mms(client=561115, sms=1234)
    sent = {name: text for name, _, text in params_of(api.last)}
    assert sent["mms"] == "1234" and "sms" not in sent


async def test_values_are_escaped(make_soap):
    api = make_soap(soap("sendSMS", {"status": "success", "sms": 23434}))
    await api.send_sms(did="5551234567", dst="5557654321", message="a < b & c > d")
    assert ("message", "xsd:string", "a < b & c > d") in params_of(api.last)
    assert b"a &lt; b &amp; c &gt; d" in api.last.content


async def test_multipart_rest_operations_are_plain_envelopes_over_soap(make_soap):
    api = make_soap(soap("sendMMS", SEND_MMS))
    result = await api.send_mms(did="5551234567", dst="5551234568", message="hi", media1="https://example.com/a.png")
    assert result == SendMMSResponse(mms=23434)
    sent = params_of(api.last)
    assert [name for name, _, _ in sent] == ["api_username", "api_password", "did", "dst", "message", "media1"]
    assert api.last.headers["Content-Type"] == "text/xml; charset=utf-8"


async def test_rest_only_operations_are_refused_before_sending(make_soap):
    api = make_soap(soap("getSequences", status("success")))
    for call, kwargs in (("get_sequences", {}), ("get_locations", {}), ("get_invoice", {"range": 1})):
        with pytest.raises(voipms_sdk.ValidationError, match="REST-only"):
            await getattr(api, call)(**kwargs)
    assert api.requests == []


async def test_a_rest_only_parameter_is_refused_and_nothing_is_sent(make_soap):
    api = make_soap(soap("setSMS", status("success")))
    with pytest.raises(voipms_sdk.ValidationError) as caught:
        await api.set_sms(did="5551234567", enable=True, webhook="https://example.com/hook")
    assert [error.path for error in caught.value.errors] == ["webhook"]
    assert api.requests == []


async def test_text_the_wsdl_types_as_an_integer_is_refused(make_soap):
    api = make_soap(soap("setPhonebook", status("success")))
    with pytest.raises(voipms_sdk.ValidationError, match="integer over SOAP"):
        await api.set_phonebook(speed_dial="1", name="Desk", number="sip:2563")
    assert api.requests == []


async def test_validation_is_the_same_as_rest(make_soap):
    api = make_soap(soap("sendSMS", status("success")))
    with pytest.raises(voipms_sdk.ValidationError) as caught:
        await api.send_sms(did="5551234567", dst="5557654321", message="x" * 161)
    assert [error.path for error in caught.value.errors] == ["message"]
    assert api.requests == []


async def test_protocol_must_be_rest_or_soap():
    with pytest.raises(voipms_sdk.ValidationError, match="protocol"):
        voipms_sdk.Client(api_username=USERNAME, api_password=PASSWORD, protocol="xml-rpc")  # type: ignore[arg-type]


# answers -------------------------------------------------------------------------------------------


async def test_answers_are_the_same_records_as_over_json(make_soap, make_voipms_rest):
    over_soap = await make_soap(soap("getDIDsInfo", DIDS_INFO)).get_dids_info()
    over_rest = await make_voipms_rest(answer(DIDS_INFO)).get_dids_info()
    assert over_soap == over_rest
    assert isinstance(over_soap.dids[0].order_date, dt.datetime)


async def test_no_code_is_an_empty_result(make_soap):
    result = await make_soap(soap("getSMS", status("no_sms"))).get_sms()
    assert result.sms == ()


async def test_sms_listing(make_soap):
    result = await make_soap(soap("getSMS", SMS_LIST)).get_sms()
    assert [message.id for message in result.sms] == [int(item["id"]) for item in SMS_LIST["sms"]]


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        ("invalid_credentials", E.AuthenticationError),
        ("api_limit_exceeded", E.ApiLimitExceededError),
        ("invalid_did", E.RequestError),
        ("limit_reached", E.ApiError),
    ],
)
async def test_a_status_raises_the_same_class_as_over_rest(make_soap, code, cls):
    api = make_soap(soap("sendSMS", status(code)), max_retries=0)
    with pytest.raises(cls) as caught:
        await api.send_sms(did="5551234567", dst="5557654321", message="hi")
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("message", "cls", "code"),
    [
        ("invalid_credentials", E.AuthenticationError, "invalid_credentials"),
        ("API requests limit per minute has been reached", E.ApiLimitExceededError, "api_limit_exceeded"),
        ("Procedure 'nope' not present", E.ApiError, "Server"),
    ],
)
async def test_faults_raise_the_same_classes_and_are_final(make_soap, message, cls, code):
    api = make_soap(faulting(message))
    with pytest.raises(cls) as caught:
        await api.get_dids_info()
    assert caught.value.code == code and caught.value.http_status == 500
    assert caught.value.errors[0].params["faultstring"] == message
    assert len(api.requests) == 1  # a fault at 500 is the service's final answer


async def test_a_fault_at_503_is_retried_for_a_read_only_call(make_soap):
    api = make_soap(sequence(faulting("Service Unavailable", 503), soap("getBalance", BALANCE)))
    assert (await api.get_balance()).balance is not None
    assert len(api.requests) == 2


async def test_a_mutating_call_is_not_resent_after_a_503(make_soap):
    api = make_soap(sequence(faulting("Service Unavailable", 503), soap("sendSMS", status("success"))))
    with pytest.raises(E.ApiError):
        await api.send_sms(did="5551234567", dst="5557654321", message="hi")
    assert len(api.requests) == 1


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"{}",
        b"<not-soap/>",
        map_envelope("getBalance", {"status": "success"}),  # the answer to another operation
        map_envelope("getDIDsInfo", {"status": "success"}).replace(b"ns2:Map", b"ns9:Map"),
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
        b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><l>&b;</l>',
        map_envelope("getDIDsInfo", {"status": "success", "dids": [{"did": {"a": [1]}}]}),
    ],
    ids=["empty", "json", "not-soap", "other-operation", "undeclared-prefix", "xxe", "entities", "wrong-shape"],
)
async def test_malformed_answers_are_malformed_response_errors(make_soap, body):
    api = make_soap(lambda request: httpx.Response(200, content=body))
    with pytest.raises(voipms_sdk.MalformedResponseError):
        await api.get_dids_info()


@pytest.mark.parametrize("value", ["NaN", "Infinity", "1E+999999"])
async def test_a_decimal_that_is_no_amount_of_money_is_malformed(make_soap, value):
    api = make_soap(soap("getBalance", {"status": "success", "balance": {"current_balance": value}}))
    with pytest.raises(voipms_sdk.MalformedResponseError, match="current_balance"):
        await api.get_balance()


@pytest.mark.parametrize("body", [b"<html>proxy ate it</html>", b"", map_envelope("getBalance", {"status": "success"})])
async def test_an_unreadable_success_to_a_mutating_call_may_have_succeeded(make_soap, body):
    # As over REST: the SMS may have gone out, so the error says so rather than invite a second send.
    api = make_soap(lambda request: httpx.Response(200, content=body))
    with pytest.raises(voipms_sdk.MalformedResponseError) as caught:
        await api.send_sms(did="5551234567", dst="5557654321", message="hi")
    assert caught.value.may_have_succeeded is True
    with pytest.raises(voipms_sdk.MalformedResponseError) as read_only:
        await api.get_dids_info()
    assert read_only.value.may_have_succeeded is False


async def test_deep_nesting_is_refused_not_recursed(make_soap):
    deep: Any = "x"
    for _ in range(80):
        deep = {"k": deep}
    api = make_soap(soap("getDIDsInfo", {"status": "success", "dids": deep}))
    with pytest.raises(voipms_sdk.MalformedResponseError, match="nested deeper"):
        await api.get_dids_info()


# secrets -------------------------------------------------------------------------------------------


async def test_the_password_never_shows_in_errors_reprs_or_logs(make_soap, caplog):
    caplog.set_level(logging.DEBUG)
    echo = f"invalid_credentials for {PASSWORD} ({PASSWORD.replace('&', '&amp;')})"
    api = make_soap(faulting(echo))
    with pytest.raises(E.ApiError) as caught:
        await api.get_dids_info()
    shown = " ".join(
        [
            str(caught.value),
            repr(caught.value),
            repr(api.client),
            caught.value.response.text if caught.value.response is not None else "",
            str(caught.value.response.request.url) if caught.value.response is not None else "",
            caplog.text,
            *(str(e.params) for e in caught.value.errors),
        ]
    )
    assert PASSWORD not in shown and "w&amp;rd" not in shown
    assert PASSWORD in api.last.content.decode().replace("&amp;", "&")  # it did travel, in the body only


# the four seed-only functions (REST) ---------------------------------------------------------------


async def test_get_sequences_over_rest(make_voipms_rest):
    body = {"status": "success", "sequences": [{"sequence": "5356", "name": "Morning", "steps": [{"type": "dtmf"}]}]}
    api = make_voipms_rest(answer(body))
    result = await api.get_sequences(sequence=5356, client=561115)
    assert result.sequences[0].sequence == 5356 and result.sequences[0].steps == [{"type": "dtmf"}]
    assert dict(api.last.url.params)["method"] == "getSequences"
    assert dict(api.last.url.params)["sequence"] == "5356"


async def test_no_sequences_is_an_empty_listing(make_voipms_rest):
    assert (await make_voipms_rest(answer(status("no_sequences"))).get_sequences()).sequences == ()


async def test_set_sequences_sends_the_steps_as_one_json_array(make_voipms_rest):
    api = make_voipms_rest(answer({"status": "success", "sequence": "5357"}))
    steps = [SequenceStep(type="rec", id="1234"), SequenceStep(type="sms", from_="5551234567", to="1234", msg="hi")]
    result = await api.set_sequences(name="Morning", steps=steps)
    assert result.sequence == 5357
    sent = dict(api.last.url.params)
    assert sent["method"] == "setSequences" and sent["name"] == "Morning"
    assert json.loads(sent["steps"]) == [
        {"type": "rec", "id": "1234"},
        {"type": "sms", "from": "5551234567", "to": "1234", "msg": "hi"},
    ]


async def test_set_sequences_checks_each_step(make_voipms_rest):
    api = make_voipms_rest(answer(status("success")))
    with pytest.raises(voipms_sdk.ValidationError) as caught:
        await api.set_sequences(name="Morning", steps=[SequenceStep(type="dtmf")])
    assert [error.path for error in caught.value.errors] == ["steps[0].codes"]
    with pytest.raises(voipms_sdk.ValidationError):
        await api.set_sequences(name="Morning", steps=[])
    assert api.requests == []


async def test_del_sequences(make_voipms_rest):
    api = make_voipms_rest(answer(status("success")))
    assert await api.del_sequences(sequence=5356) is None
    assert dict(api.last.url.params)["sequence"] == "5356"
    with pytest.raises(E.RequestError):
        await make_voipms_rest(answer(status("invalid_sequence")), max_retries=0).del_sequences(sequence=1)


async def test_get_invoice_by_dates_or_range(make_voipms_rest):
    api = make_voipms_rest(answer({"status": "success", "url": "https://voip.ms/invoice.pdf"}))
    result = await api.get_invoice(from_=dt.date(2020, 11, 25), to=dt.date(2020, 12, 25), type=1)
    assert result.url == "https://voip.ms/invoice.pdf"
    sent = dict(api.last.url.params)
    assert (sent["from"], sent["to"], sent["type"]) == ("2020-11-25", "2020-12-25", "1")
    await api.get_invoice(range=4)
    assert dict(api.last.url.params)["range"] == "4"


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"from_": dt.date(2020, 1, 1)},
        {"range": 7},
        {"range": 1, "from_": dt.date(2020, 1, 1), "to": dt.date(2021, 1, 1)},
    ],
)
async def test_get_invoice_needs_dates_or_a_range(make_voipms_rest, kwargs):
    api = make_voipms_rest(answer(status("success")))
    with pytest.raises(voipms_sdk.ValidationError):
        await api.get_invoice(**kwargs)
    assert api.requests == []


async def test_an_invalid_invoice_type_is_a_request_error(make_voipms_rest):
    api = make_voipms_rest(answer(status("invalid_invoice_type")), max_retries=0)
    with pytest.raises(E.RequestError, match="0 = US, 1 = CAN"):
        await api.get_invoice(range=1, type=1)


@pytest.fixture
def make_voipms_rest(mode: str) -> Iterator[Any]:
    opened: list[Any] = []

    def make(responder: Any, **client_kwargs: Any) -> Api:
        client_kwargs.setdefault("api_username", USERNAME)
        client_kwargs.setdefault("api_password", PASSWORD)
        return build_api(voipms_sdk, mode, responder, opened, **client_kwargs)

    yield make
    for http in opened:
        if isinstance(http, httpx.Client):
            http.close()
