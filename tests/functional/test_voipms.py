"""The VoIP.ms SDK over httpx.MockTransport, each scenario through ``Client`` and ``AsyncClient``.

Successes (typed records, tolerant parsing), the wire format (GET query strings with 1/0 booleans; one
multipart POST with method and credentials in the body), every error family, empty results for ``no_*``
codes, malformed answers, validation before sending, and the secrecy of ``api_password``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import traceback
from collections.abc import Iterator
from decimal import Decimal
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest
import voipms_sdk
from voipms_sdk import _json, _jsonio
from voipms_sdk import errors as E
from voipms_sdk.models import DIDInfo, GetBalanceResponse, GetSMSResponse, SendMMSResponse, SendSMSResponse

from .conftest import Api, build_api, raising, sequence
from .voipms_samples import (
    BALANCE,
    DESCRIPTIONS,
    DID_INFO,
    DIDS_INFO,
    DIDS_INFO_LOOSE,
    PASSWORD,
    SEND_MMS,
    SEND_SMS,
    SMS_LIST,
    SUCCESS,
    USERNAME,
    answer,
    status,
)

pytestmark = pytest.mark.anyio

PATH = "/api/v1/rest.php"
ORDER = {
    "did": "5551234567",
    "routing": "account:100001_VoIP",
    "pop": 5,
    "dialtime": 60,
    "cnam": True,
    "billing_type": 1,
}
MMS = {"did": "5551234567", "dst": "5551234568", "message": "hello & bye", "media1": "https://example.com/a.png"}
SECRET_FORMS = (PASSWORD, quote(PASSWORD, safe=""), quote_plus(PASSWORD))


@pytest.fixture
def make_voipms(mode: str) -> Iterator[Any]:
    """Build a VoIP.ms Api whose transport answers with ``responder``; injected httpx clients are closed after."""
    opened: list[Any] = []

    def make(responder: Any, **client_kwargs: Any) -> Api:
        client_kwargs.setdefault("api_username", USERNAME)
        client_kwargs.setdefault("api_password", PASSWORD)
        return build_api(voipms_sdk, mode, responder, opened, **client_kwargs)

    yield make
    for http in opened:
        if isinstance(http, httpx.Client):
            http.close()


def query(request: httpx.Request) -> dict[str, str]:
    params = request.url.params
    assert len(params.keys()) == len(set(params.keys())), f"repeated query parameters: {params}"
    return dict(params)


def multipart_fields(request: httpx.Request) -> dict[str, str]:
    """The fields of a multipart/form-data body, by name."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    assert message.is_multipart()
    return {part.get_param("name", header="content-disposition"): part.get_content() for part in message.iter_parts()}


# successes --------------------------------------------------------------------------------------------


async def test_get_balance(make_voipms):
    api = make_voipms(answer(BALANCE))
    result = await api.get_balance(advanced=True)
    assert isinstance(result, GetBalanceResponse)
    assert result.balance is not None
    assert result.balance.current_balance == Decimal("112.192790")
    assert result.balance.calls_total == 2788
    assert result.balance.time_total == "10:17:48"
    request = api.last
    assert (request.method, request.url.host, request.url.path) == ("GET", "voip.ms", PATH)
    assert query(request) == {
        "api_username": USERNAME,
        "api_password": PASSWORD,
        "method": "getBalance",
        "advanced": "1",
    }
    assert request.content == b""
    assert not voipms_sdk.OPERATIONS["getBalance"].mutates


async def test_get_dids_info_is_typed(make_voipms):
    api = make_voipms(answer(DIDS_INFO))
    result = await api.get_dids_info(did="5551234567")
    (did,) = result.dids
    assert isinstance(did, DIDInfo)
    assert (did.did, did.pop, did.dialtime, did.billing_type) == ("5551234567", 16, 60, 2)
    assert (did.reseller_minute, did.reseller_monthly) == (Decimal("0.01000000"), Decimal("0"))
    assert did.voicemail == "1001" and did.port_out_pin == "1234"
    assert did.transcription_redaction == "no"
    assert did.smpp_user == ""
    assert query(api.last)["did"] == "5551234567"


async def test_get_dids_info_tolerates_loose_values_through_the_fallback_reader(make_voipms):
    body = answer(DIDS_INFO_LOOSE)(httpx.Request("GET", "https://voip.ms")).content
    # The fast msgspec path refuses "" for an integer and a number for a string; the tolerant reader takes over.
    assert _jsonio.decode_fast(body, _json.GetDIDsInfoResponseEnvelope) is None
    api = make_voipms(answer(DIDS_INFO_LOOSE))
    (did,) = (await api.get_dids_info()).dids
    assert did.did == "5551234567"  # a JSON number for a string field
    assert did.voicemail == "1001"
    assert did.pop is None  # "" for an integer field
    assert did.dialtime == 60
    assert did.reseller_monthly == Decimal("3.5")
    assert did.billing_type == 2  # the other fields still parse as usual


async def test_documented_get_dids_info_takes_the_fast_path():
    body = answer(DIDS_INFO)(httpx.Request("GET", "https://voip.ms")).content
    envelope = _jsonio.decode_fast(body, _json.GetDIDsInfoResponseEnvelope)
    assert envelope is not None and envelope.unwrap().dids[0].pop == 16


async def test_dates_and_datetimes_are_typed_and_naive(make_voipms):
    api = make_voipms(answer(DIDS_INFO))
    (did,) = (await api.get_dids_info()).dids
    assert (did.next_billing, did.reseller_next_billing) == (dt.date(2014, 8, 30), dt.date(2014, 8, 30))
    assert did.order_date == dt.datetime(2014, 7, 30, 15, 9, 4)
    assert did.order_date.tzinfo is None
    api = make_voipms(answer(SMS_LIST))
    (sms,) = (await api.get_sms()).sms
    assert sms.date == dt.datetime(2014, 3, 30, 10, 24, 16)


UNSET_DATES = {"zero": ("0000-00-00", "0000-00-00 00:00:00"), "empty": ("", ""), "blank": (" ", " ")}


@pytest.mark.parametrize("case", list(UNSET_DATES))
async def test_unset_dates_are_none_through_the_tolerant_reader(make_voipms, case):
    day, stamp = UNSET_DATES[case]
    body = {**DIDS_INFO, "dids": [{**DID_INFO, "next_billing": day, "reseller_next_billing": day, "order_date": stamp}]}
    raw = answer(body)(httpx.Request("GET", "https://voip.ms")).content
    assert _jsonio.decode_fast(raw, _json.GetDIDsInfoResponseEnvelope) is None  # msgspec refuses these
    api = make_voipms(answer(body))
    (did,) = (await api.get_dids_info()).dids
    assert (did.next_billing, did.reseller_next_billing, did.order_date) == (None, None, None)
    assert did.pop == 16


@pytest.mark.parametrize(("key", "value"), [("next_billing", "2014-02-30"), ("order_date", "30/07/2014 15:09")])
async def test_a_bad_date_is_a_malformed_response_naming_its_path(make_voipms, key, value):
    body = {**DIDS_INFO, "dids": [{**DID_INFO, key: value}]}
    api = make_voipms(answer(body), max_retries=0)
    with pytest.raises(voipms_sdk.MalformedResponseError) as caught:
        await api.get_dids_info()
    assert f"dids[0].{key}: expected a date" in str(caught.value)


async def test_order_did_sends_every_given_parameter_with_1_0_booleans(make_voipms):
    api = make_voipms(answer(SUCCESS))
    assert await api.order_did(**ORDER, test=False, note="main line") is None
    assert voipms_sdk.OPERATIONS["orderDID"].mutates
    request = api.last
    assert request.method == "GET" and request.url.path == PATH
    assert query(request) == {
        "api_username": USERNAME,
        "api_password": PASSWORD,
        "method": "orderDID",
        "did": "5551234567",
        "routing": "account:100001_VoIP",
        "pop": "5",
        "dialtime": "60",
        "cnam": "1",
        "note": "main line",
        "billing_type": "1",
        "test": "0",
    }


async def test_order_did_false_boolean_is_0(make_voipms):
    api = make_voipms(answer(SUCCESS))
    await api.order_did(**{**ORDER, "cnam": False}, test=True)
    assert (query(api.last)["cnam"], query(api.last)["test"]) == ("0", "1")


async def test_send_sms(make_voipms):
    api = make_voipms(answer(SEND_SMS))
    result = await api.send_sms(did="5551234567", dst="5551234568", message="hi & bye")
    assert result == SendSMSResponse(sms=23434)
    assert api.last.method == "GET"
    assert {k: v for k, v in query(api.last).items() if not k.startswith("api_")} == {
        "method": "sendSMS",
        "did": "5551234567",
        "dst": "5551234568",
        "message": "hi & bye",
    }


# errors -----------------------------------------------------------------------------------------------

FAMILIES = [
    ("invalid_credentials", E.AuthenticationError),
    ("missing_credentials", E.AuthenticationError),
    ("api_not_enabled", E.AuthenticationError),
    ("ip_not_enabled", E.AuthenticationError),
    ("api_limit_exceeded", E.ApiLimitExceededError),
    ("missing_did", E.RequestError),
    ("invalid_did", E.RequestError),
    ("invalid_dst", E.RequestError),
    ("Invalid_threshold", E.RequestError),
    ("invalid_password", E.RequestError),
    ("invalid_password_ilegal_characters", E.RequestError),
    ("limit_reached", E.ApiError),
    ("sms_failed", E.ApiError),
]


@pytest.mark.parametrize(("code", "cls"), FAMILIES, ids=[code for code, _ in FAMILIES])
async def test_status_raises_its_family_with_the_documented_description(make_voipms, code, cls):
    api = make_voipms(answer(status(code)), max_retries=0)
    with pytest.raises(E.ApiError) as caught:
        await api.send_sms(did="5551234567", dst="5551234568", message="hi")
    exc = caught.value
    assert type(exc) is cls
    assert exc.code == code
    assert exc.message == DESCRIPTIONS[code]
    assert str(exc).startswith(DESCRIPTIONS[code])
    assert exc.http_status == 200
    assert isinstance(exc.response, httpx.Response)
    assert [(d.code, d.message) for d in exc.errors] == [(code, DESCRIPTIONS[code])]
    assert len(api.requests) == 1


async def test_credential_errors_are_authentication_errors_not_request_errors(make_voipms):
    api = make_voipms(answer(status("invalid_credentials")), max_retries=0)
    with pytest.raises(E.AuthenticationError) as caught:
        await api.get_balance()
    assert not isinstance(caught.value, E.RequestError)


async def test_rate_limit_is_a_rate_limit_error(make_voipms):
    api = make_voipms(answer(status("api_limit_exceeded")), max_retries=0)
    with pytest.raises(voipms_sdk.RateLimitError):
        await api.get_balance()


async def test_undocumented_status_is_an_api_error_with_its_code(make_voipms):
    api = make_voipms(answer(status("brand_new_problem")), max_retries=0)
    with pytest.raises(voipms_sdk.ApiError) as caught:
        await api.get_balance()
    assert type(caught.value) is voipms_sdk.ApiError
    assert caught.value.code == "brand_new_problem"
    assert "brand_new_problem" in str(caught.value)


async def test_read_only_call_retries_the_rate_limit(make_voipms):
    api = make_voipms(
        sequence(answer(status("api_limit_exceeded")), answer(status("api_limit_exceeded")), answer(BALANCE))
    )
    result = await api.get_balance()
    assert result.balance is not None and result.balance.calls_today == 5
    assert len(api.requests) == 3
    assert len(api.sleeps.delays) == 2


async def test_read_only_call_gives_up_after_max_retries(make_voipms):
    api = make_voipms(answer(status("api_limit_exceeded")), max_retries=2)
    with pytest.raises(E.ApiLimitExceededError):
        await api.get_dids_info()
    assert len(api.requests) == 3


async def test_mutating_call_does_not_retry_the_rate_limit(make_voipms):
    api = make_voipms(sequence(answer(status("api_limit_exceeded")), answer(SUCCESS)))
    with pytest.raises(E.ApiLimitExceededError):
        await api.order_did(**ORDER)
    assert len(api.requests) == 1
    assert api.sleeps.delays == []


# empty results ----------------------------------------------------------------------------------------


async def test_no_sms_is_an_empty_list(make_voipms):
    api = make_voipms(answer(status("no_sms")), max_retries=0)
    result = await api.get_sms(from_=dt.date(2014, 3, 1), to=dt.date(2014, 3, 30), type=1, limit=20)
    assert result == GetSMSResponse(sms=())
    assert query(api.last)["from"] == "2014-03-01"
    assert query(api.last)["type"] == "1"


async def test_get_sms_with_messages(make_voipms):
    api = make_voipms(answer(SMS_LIST))
    (sms,) = (await api.get_sms()).sms
    assert (sms.id, sms.type, sms.did, sms.message) == (111120, 0, "8574884828", "hello+john")


async def test_no_did_is_an_empty_listing(make_voipms):
    api = make_voipms(answer(status("no_did")), max_retries=0)
    assert (await api.get_dids_info()).dids == ()


async def test_no_code_raises_for_a_mutating_call(make_voipms):
    api = make_voipms(answer(status("no_forwarding")), max_retries=0)
    with pytest.raises(voipms_sdk.ApiError) as caught:
        await api.del_forwarding(forwarding=18635)
    assert caught.value.code == "no_forwarding"
    assert caught.value.message == DESCRIPTIONS["no_forwarding"]


async def test_no_code_that_reports_a_failure_still_raises_for_a_read_only_call(make_voipms):
    api = make_voipms(answer(status("no_callstatus")), max_retries=0)
    with pytest.raises(voipms_sdk.ApiError) as caught:
        await api.get_cdr(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 1, 31), timezone=Decimal("-5"))
    assert caught.value.code == "no_callstatus"
    assert caught.value.message == DESCRIPTIONS["no_callstatus"]


@pytest.mark.parametrize("body", [b"", b"  \r\n "], ids=["empty", "whitespace"])
async def test_empty_success_body_is_none_for_a_call_without_response(make_voipms, body):
    api = make_voipms(answer(body))
    assert await api.order_did(**ORDER) is None
    assert await api.del_forwarding(forwarding=18635) is None


async def test_empty_success_body_is_an_unset_record_for_a_flat_response(make_voipms):
    api = make_voipms(answer(b""))
    assert await api.send_sms(did="5551234567", dst="5551234568", message="hi") == SendSMSResponse(sms=None)


NESTED_EMPTY = [
    ("get_balance", {}, b"", GetBalanceResponse(balance=None)),
    ("get_balance", {}, b'{"status": "no_client"}', GetBalanceResponse(balance=None)),
    ("get_reseller_balance", {"client": "561115"}, b'{"status": "no_client"}', None),
    ("get_client_threshold", {"client": "561115"}, b'{"status": "no_client"}', None),
    ("e911_info", {"did": "5551234567"}, b"", None),
]


@pytest.mark.parametrize(
    ("method", "kwargs", "body", "expected"), NESTED_EMPTY, ids=[f"{m}-{b!r}" for m, _, b, _ in NESTED_EMPTY]
)
async def test_empty_answer_gives_an_unset_nested_record(make_voipms, method, kwargs, body, expected):
    api = make_voipms(answer(body), max_retries=0)
    result = await getattr(api, method)(**kwargs)
    if expected is not None:
        assert result == expected
    assert all(getattr(result, name) is None for name in result.__dataclass_fields__)


# malformed answers ------------------------------------------------------------------------------------

MALFORMED = {
    "json-array": (b'[{"status": "success"}]', "application/json"),
    "json-string": (b'"success"', "application/json"),
    "json-null": (b"null", "application/json"),
    "html": (b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"),
    "truncated-json": (b'{"status": "success", "balance": {"current_balance": "1.', "application/json"),
    "no-status": (b'{"balance": {"current_balance": "1"}}', "application/json"),
    "wrong-shape": (b'{"status": "success", "balance": ["1"]}', "application/json"),
}


@pytest.mark.parametrize("case", list(MALFORMED))
async def test_malformed_answer_is_a_malformed_response_error(make_voipms, case):
    body, content_type = MALFORMED[case]
    api = make_voipms(answer(body, content_type=content_type), max_retries=0)
    with pytest.raises(voipms_sdk.MalformedResponseError) as caught:
        await api.get_balance()
    assert caught.value.http_status in (200, None)
    assert not isinstance(caught.value, voipms_sdk.ApiError)


@pytest.mark.parametrize("value", ["NaN", "sNaN", "-Infinity", "inf", "1e999999", 1e300])
@pytest.mark.parametrize("listing", [False, True], ids=["record", "listed-record"])
async def test_a_decimal_that_is_no_amount_of_money_is_malformed(make_voipms, value, listing):
    # msgspec's fast path reads these into Decimals; the record refuses them, and the tolerant reader words it.
    if listing:
        did = {"did": "5551234567", "perminute_monthly": value}
        body, call = {"status": "success", "dids": [did]}, ("search_dids_usa", {"type": "starts", "query_": "555"})
    else:
        body, call = {"status": "success", "balance": {"current_balance": value}}, ("get_balance", {})
    api = make_voipms(answer(json.dumps(body).encode()), max_retries=0)
    with pytest.raises(voipms_sdk.MalformedResponseError, match=r"current_balance|perminute_monthly"):
        await getattr(api, call[0])(**call[1])


async def test_a_large_answers_decimal_that_is_no_amount_of_money_is_malformed(make_voipms):
    # Over 1 MiB, msgspec decodes the answer a member at a time: the refusal still reaches the tolerant reader.
    body = {"status": "success", "balance": {"current_balance": "NaN"}, "padding": "x" * 1_200_000}
    api = make_voipms(answer(json.dumps(body).encode()), max_retries=0)
    with pytest.raises(voipms_sdk.MalformedResponseError, match=r"\$\.balance\.current_balance: expected a decimal"):
        await api.get_balance()


async def test_malformed_answer_to_a_call_without_response(make_voipms):
    api = make_voipms(answer(b"<html>maintenance</html>", content_type="text/html"), max_retries=0)
    with pytest.raises(voipms_sdk.MalformedResponseError):
        await api.order_did(**ORDER)


# multipart POST ---------------------------------------------------------------------------------------


async def test_send_mms_is_one_multipart_post_with_credentials_in_the_body(make_voipms):
    api = make_voipms(answer(SEND_MMS))
    result = await api.send_mms(**MMS)
    assert result == SendMMSResponse(mms=23434)
    request = api.last
    assert request.method == "POST"
    assert request.url.path == PATH
    assert request.url.query == b""
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert multipart_fields(request) == {
        "api_username": USERNAME,
        "api_password": PASSWORD,
        "method": "sendMMS",
        "did": "5551234567",
        "dst": "5551234568",
        "message": "hello & bye",
        "media1": "https://example.com/a.png",
    }
    url = str(request.url)
    assert all(form not in url for form in SECRET_FORMS)
    assert "api_password" not in url and USERNAME not in url and quote(USERNAME) not in url


async def test_send_mms_error_is_raised(make_voipms):
    api = make_voipms(answer(status("invalid_dst")), max_retries=0)
    with pytest.raises(E.RequestError) as caught:
        await api.send_mms(**MMS)
    assert caught.value.code == "invalid_dst"


# validation -------------------------------------------------------------------------------------------


async def test_order_did_validation_lists_every_bad_field_and_sends_nothing(make_voipms):
    api = make_voipms(answer(SUCCESS))
    bad = {**ORDER, "did": None, "pop": "5", "cnam": "yes", "billing_type": 3}
    with pytest.raises(voipms_sdk.ValidationError) as caught:
        await api.order_did(**bad)
    paths = [error.path for error in caught.value.errors]
    assert sorted(paths) == ["billing_type", "cnam", "did", "pop"]
    messages = {error.path: error.message for error in caught.value.errors}
    assert "required" in messages["did"]
    assert "integer" in messages["pop"]
    assert isinstance(caught.value, ValueError)
    assert api.requests == []


async def test_search_validation_reports_missing_wrong_type_and_bad_enum_together(make_voipms):
    api = make_voipms(answer(SUCCESS))
    with pytest.raises(voipms_sdk.ValidationError) as caught:
        await api.search_dids_usa(type="anywhere", query_=None, state=5)
    assert sorted(error.path for error in caught.value.errors) == ["query_", "state", "type"]
    enum_message = next(error.message for error in caught.value.errors if error.path == "type")
    assert "anywhere" in enum_message
    assert str(caught.value).startswith("3 invalid arguments")
    assert api.requests == []


async def test_multipart_validation_sends_nothing(make_voipms):
    api = make_voipms(answer(SEND_MMS))
    with pytest.raises(voipms_sdk.ValidationError) as caught:
        await api.send_mms(did="5551234567", dst=None, message="x" * 2049)
    assert sorted(error.path for error in caught.value.errors) == ["dst", "message"]
    assert api.requests == []


# parameters the REST docs name (issue 19) --------------------------------------------------------------

E911 = {
    "did": "5551234567",
    "full_name": "Jane Roe",
    "street_number": 1600,
    "street_name": "Main Street",
    "city": "Springfield",
    "state": "IL",
    "country": "US",
    "zip_code": "62701",
    "language": "EN",
    "email": "jane@example.com",
}
E911_METHODS = ["e911_provision", "e911_provision_manually", "e911_update", "e911_validate"]
PORT = {
    "port_type": 2,
    "numbers": "5552341234",
    "is_mobile": True,
    "btn": "5552341234",
    "services": "none",
    "statement_name": "Acme",
    "first_name": "Jane",
    "last_name": "Roe",
    "address1": "1 Main St",
    "city": "Montreal",
    "zip": "H2X 1Y4",
    "state": "QC",
    "country": "CA",
    "provider_name": "Old Carrier",
    "provider_account": "12345",
}
PORTED = {"status": "success", "portid": "1234"}


def sent(request: httpx.Request) -> dict[str, str]:
    """The query without the credentials and the method."""
    return {k: v for k, v in query(request).items() if k not in ("api_username", "api_password", "method")}


@pytest.mark.parametrize("method", E911_METHODS)
async def test_e911_sends_zip_code_and_email_as_the_rest_docs_name_them(make_voipms, method):
    api = make_voipms(answer(SUCCESS))
    assert await getattr(api, method)(**E911) is None
    params = sent(api.last)
    assert (params["zip_code"], params["email"]) == ("62701", "jane@example.com")
    assert "zip" not in params
    wire = {p.wire_name: p.required for p in voipms_sdk.OPERATIONS[api.last.url.params["method"]].params}
    assert wire["zip_code"] and wire["email"] and "zip" not in wire


@pytest.mark.parametrize("method", E911_METHODS)
@pytest.mark.parametrize("missing", ["email", "zip_code"])
async def test_e911_without_email_or_zip_code_sends_nothing(make_voipms, method, missing):
    api = make_voipms(answer(SUCCESS))
    with pytest.raises(voipms_sdk.ValidationError) as caught:
        await getattr(api, method)(**{**E911, missing: None})
    assert [error.path for error in caught.value.errors] == [missing]
    assert api.requests == []


async def test_get_lnp_attach_sends_portid_and_requires_it(make_voipms):
    api = make_voipms(answer(status("no_attachments")), max_retries=0)
    await api.get_lnp_attach(portid=1234, attachid=567)
    assert sent(api.last) == {"portid": "1234", "attachid": "567"}
    with pytest.raises(voipms_sdk.ValidationError) as caught:
        await api.get_lnp_attach(portid=None, attachid=567)
    assert [error.path for error in caught.value.errors] == ["portid"]
    assert len(api.requests) == 1


async def test_get_call_accounts_takes_a_reseller_client(make_voipms):
    api = make_voipms(answer({"status": "success", "accounts": [{"value": "100000_VoIP", "description": "x"}]}))
    await api.get_call_accounts(client=561115)
    assert sent(api.last) == {"client": "561115"}
    await api.get_call_accounts()
    assert sent(api.last) == {}
    with pytest.raises(voipms_sdk.ValidationError):
        await api.get_call_accounts(client="a reseller")
    assert len(api.requests) == 2


async def test_get_reseller_mms_sends_the_rest_name_sms(make_voipms):
    api = make_voipms(answer(status("no_sms")), max_retries=0)
    await api.get_reseller_mms(client=561115, sms=5853)
    assert sent(api.last) == {"client": "561115", "sms": "5853"}


async def test_add_lnp_port_needs_an_imei_for_canadian_mobile_numbers(make_voipms):
    api = make_voipms(answer(PORTED))
    for port_type in (2, 5):
        with pytest.raises(voipms_sdk.ValidationError) as caught:
            await api.add_lnp_port(**{**PORT, "port_type": port_type})
        assert [error.path for error in caught.value.errors] == ["imei"]
    assert api.requests == []
    await api.add_lnp_port(**{**PORT, "is_mobile": False})  # a Canadian landline: no IMEI
    await api.add_lnp_port(**{**PORT, "port_type": 1})  # a US mobile number: no IMEI
    await api.add_lnp_port(**PORT, imei="490154203237518")
    assert sent(api.last)["imei"] == "490154203237518"
    assert len(api.requests) == 3


NEW_PARAMETERS = [
    ("set_call_parking", {"blf_lamps": 11}, "blf_lamps"),
    ("set_call_parking", {"blf_lamps": None}, "blf_lamps"),
    ("get_voicemail_message_file", {"format": "ogg"}, "format"),
    ("get_call_recordings", {"call_type": "inbound"}, "call_type"),
    ("set_sub_account", {"call_pickup_behavior": 5}, "call_pickup_behavior"),
    ("create_voicemail", {"transcription_delay": 61}, "transcription_delay"),
    ("set_sms", {"dialmode": 0}, "dialmode"),
    ("set_did_info", {"transcription_summary": True}, "transcription_summary"),
]
GOOD = {
    "set_call_parking": {
        "name": "lot",
        "timeout_": 60,  # the parameter "timeout", renamed beside the per-call timeout
        "music": "default",
        "failover": "system:hangup",
        "language": "en",
        "destination": "parker",
        "delay": 5,
        "blf_lamps": 2,
    },
    "get_voicemail_message_file": {"mailbox": "1001", "folder": "INBOX", "message_num": 1, "format": "wav"},
    "get_call_recordings": {
        "account": "100000_VoIP",
        "date_from": dt.date(2024, 1, 1),
        "date_to": dt.date(2024, 1, 31),
        "call_type": "incoming",
    },
    "set_sub_account": {
        "id": 10236,
        "auth_type": 1,
        "device_type": 1,
        "lock_international": 0,
        "international_route": 1,
        "music_on_hold": "default",
        "allowed_codecs": "ulaw",
        "dtmf_mode": "auto",
        "nat": "yes",
        "call_pickup_behavior": 4,
    },
    "create_voicemail": {
        "digits": "01",
        "name": "box",
        "password": "1234",
        "skip_password": False,
        "attach_message": "yes",
        "delete_message": "no",
        "say_time": "no",
        "timezone": "America/Montreal",
        "say_callerid": "no",
        "play_instructions": "u",
        "language": "en",
        "transcription_delay": 60,
    },
    "set_sms": {"did": "5551234567", "enable": True, "dialmode": 2},
    "set_did_info": {**ORDER, "transcription_summary": "yes"},
}


@pytest.mark.parametrize(("method", "bad", "path"), NEW_PARAMETERS, ids=[f"{m}-{p}" for m, _, p in NEW_PARAMETERS])
async def test_new_parameters_are_checked_before_sending(make_voipms, method, bad, path):
    api = make_voipms(answer(status("no_callparking")), max_retries=0)
    with pytest.raises(voipms_sdk.ValidationError) as caught:
        await getattr(api, method)(**{**GOOD[method], **bad})
    assert [error.path for error in caught.value.errors] == [path]
    assert api.requests == []


@pytest.mark.parametrize("method", sorted(GOOD))
async def test_new_parameters_go_on_the_wire(make_voipms, method):
    api = make_voipms(answer(SUCCESS))
    await getattr(api, method)(**GOOD[method])
    (request,) = api.requests
    wire = {p.python_name: p.wire_name for p in voipms_sdk.OPERATIONS[request.url.params["method"]].params}
    params = sent(request)
    assert set(params) == {wire[name] for name in GOOD[method]}


# api_password never shows -----------------------------------------------------------------------------


class Collect(logging.Handler):
    """Keeps every record as formatted text."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[Collect]:
    """Every record at DEBUG from the root, httpx, httpcore and the SDK, via a root handler and caplog."""
    for name in ("httpx", "httpcore", "voipms_sdk"):
        caplog.set_level(logging.DEBUG, logger=name)
    root = logging.getLogger()
    level = root.level
    handler = Collect()
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        handler.lines.extend(caplog.text.splitlines())


def shows_secret(*texts: str) -> list[str]:
    return [text for text in texts if any(form.lower() in text.lower() for form in SECRET_FORMS)]


def exception_texts(exc: BaseException) -> list[str]:
    texts = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    return texts + [repr(detail) for detail in getattr(exc, "errors", ())]


def scenarios() -> dict[str, tuple[Any, str, dict[str, Any]]]:
    """name -> (responder, method, keyword arguments); fresh each time, as ``sequence`` responders keep state."""
    return {
        "read": (answer(BALANCE), "get_balance", {"advanced": True}),
        "mutate": (answer(SUCCESS), "order_did", ORDER),
        "multipart": (answer(SEND_MMS), "send_mms", MMS),
        "auth-error": (answer(status("invalid_credentials")), "get_balance", {}),
        "request-error": (answer(status("invalid_password")), "get_balance", {}),
        "undocumented": (answer(status("who_knows")), "get_balance", {}),
        "rate-limited-then-ok": (
            sequence(answer(status("api_limit_exceeded")), answer(BALANCE)),
            "get_balance",
            {},
        ),
        "rate-limited-out": (answer(status("api_limit_exceeded")), "get_balance", {}),
        "http-503": (answer(b"<html>busy</html>", http_status=503, content_type="text/html"), "get_balance", {}),
        "malformed": (answer(b"<html>oops</html>", content_type="text/html"), "get_balance", {}),
        "multipart-error": (answer(status("invalid_dst")), "send_mms", MMS),
        "connect-error": (raising(httpx.ConnectError, "connection refused"), "get_balance", {}),
        "read-timeout": (raising(httpx.ReadTimeout, "timed out"), "order_did", ORDER),
        "validation": (answer(SUCCESS), "order_did", {**ORDER, "pop": "five"}),
    }


SCENARIOS = list(scenarios())


@pytest.mark.parametrize("scenario", SCENARIOS)
async def test_api_password_never_shows(make_voipms, logs, scenario):
    responder, method, kwargs = scenarios()[scenario]
    api = make_voipms(responder)
    exc: BaseException | None = None
    try:
        await getattr(api, method)(**kwargs)
    except voipms_sdk.SdkError as caught:
        exc = caught
    assert not shows_secret(repr(api.client), str(api.client))
    if exc is not None:
        assert not shows_secret(*exception_texts(exc)), exception_texts(exc)
    assert not shows_secret(*logs.lines), shows_secret(*logs.lines)
    if api.requests:
        sent = [str(r.url) + r.content.decode("utf-8", "replace") for r in api.requests]
        assert any(PASSWORD in text or quote_plus(PASSWORD) in text for text in sent), "the password was not sent"
    if api.requests and scenario not in ("connect-error", "read-timeout"):  # httpx logs a request once answered
        assert any("HTTP Request:" in line for line in logs.lines), "httpx's request line was not captured"
        if method != "send_mms":
            assert any("api_password=********" in line for line in logs.lines), logs.lines
    if scenario.startswith("rate-limited") or scenario in ("http-503", "connect-error"):
        assert any("retry" in line for line in logs.lines), "the SDK's retry lines were not captured"


async def test_repr_shows_the_username_but_not_the_password(make_voipms):
    api = make_voipms(answer(SUCCESS))
    assert USERNAME in repr(api.client)
    assert "api_password='********'" in repr(api.client)


@pytest.mark.parametrize("bad", ["", "pass\nword"], ids=["empty", "newline"])
async def test_bad_password_is_refused_without_echoing_it(mode, logs, bad):
    client_class = voipms_sdk.Client if mode == "sync" else voipms_sdk.AsyncClient
    with pytest.raises(voipms_sdk.ValidationError) as caught:
        client_class(api_username=USERNAME, api_password=bad)
    assert [error.path for error in caught.value.errors] == ["api_password"]
    if bad:
        assert all(bad not in text for text in exception_texts(caught.value))
