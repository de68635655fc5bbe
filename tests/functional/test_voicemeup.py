"""The VoiceMeUp SDK over httpx.MockTransport, each scenario through ``Client`` and ``AsyncClient``.

Authentication (username or client_user_id plus a secret auth_token), the URL and client options, the same
answer in the JSON and XML output formats, every documented global error code and a few per-operation ones,
carrier warnings, validation before sending, the structured parameter encodings (indexed, brackets, JSON,
PHP serialize, multipart), the client-side hourly budget, webhook parsers and malformed answers.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import traceback
import warnings
from collections.abc import Iterator
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

import httpx
import pytest
import voicemeup_sdk
from voicemeup_sdk import errors as E
from voicemeup_sdk._operations import ERROR_ROWS
from voicemeup_sdk.models import (
    Call,
    CallEndpoint,
    CalleridCondition,
    GetCallsReply,
    GetFundingDetailsReply,
    Message,
    Reply,
    Shift,
)

from .conftest import Api, FakeClock, build_api, raising, sequence, xml
from .voicemeup_samples import (
    ALTERNATE_JSON,
    AUTH_CODES,
    CLIENT_USER_ID,
    DIDS_JSON,
    DIDS_PAYLOAD,
    DIDS_XML,
    OK_JSON,
    OK_XML,
    SEED_GLOBAL,
    SEED_METADATA,
    SEED_SERIALIZED,
    SMS_JSON,
    SMS_MESSAGES,
    SMS_PAYLOAD,
    SMS_XML,
    TOKEN,
    USERNAME,
    WARNING_CODES,
    envelope,
    json_envelope,
)

pytestmark = pytest.mark.anyio

HOST = "clients.voicemeup.com"
SOFT = ("requests_soft_limit_reached", SEED_GLOBAL["requests_soft_limit_reached"])
HARD = ("requests_hard_limit_exceeded", SEED_GLOBAL["requests_hard_limit_exceeded"])
GLOBAL_ROWS = ERROR_ROWS[""]

SMS = {"client_did_id": 77, "destination_number": "5145551234", "message": "Hello & bye"}
FAX_PROFILE = {
    "client_fax_profile_id": 9,
    "friendly_name": "Fax main",
    "local_ident": "ACME",
    "fax_header": "ACME fax",
    "callerid_name": "ACME Inc",
    "callerid_number": "5145551234",
    "email": "fax@example.com",
    "language": "fr",
    "allowed_senders": ["a@example.com", "b@example.com"],
    "page_format": "letter",
    "resolution": "fine",
    "status": "enabled",
}
PEER = {
    "client_peer_id": 31,
    "friendly_name": "Desk phone",
    "host_type": "dynamic",
    "callerid_mode": "global",
    "callerid_type": "rpid",
    "callerid_format": "e164",
    "codecs": ["ulaw", "alaw"],
    "dtmf_mode": "rfc2833",
    "dnis_mode": "auto",
    "dnis_format": "e164",
    "status": "enabled",
}


@pytest.fixture
def make_vmu(mode: str) -> Iterator[Any]:
    """Build a VoiceMeUp Api answering with ``responder``; username/auth_token unless told otherwise."""
    opened: list[Any] = []

    def make(responder: Any = None, **client_kwargs: Any) -> Api:
        if "client_user_id" not in client_kwargs:
            client_kwargs.setdefault("username", USERNAME)
        client_kwargs.setdefault("auth_token", TOKEN)
        return build_api(voicemeup_sdk, mode, responder or ok(), opened, **client_kwargs)

    yield make
    for http in opened:
        if isinstance(http, httpx.Client):
            http.close()


def client_class(mode: str) -> type[Any]:
    return voicemeup_sdk.Client if mode == "sync" else voicemeup_sdk.AsyncClient


def ok(body: bytes = OK_JSON, status: int = 200) -> Any:
    content_type = "application/xml" if body.lstrip().startswith(b"<") else "application/json"
    return xml(body, status=status, content_type=content_type)


def failing(*messages: tuple[str | None, str | None], output_format: str = "json") -> Any:
    """An error answer carrying ``messages`` (one is sent as a single object, several as a list)."""
    found: Any = messages[0] if len(messages) == 1 else list(messages)
    return ok(envelope(output_format, "error", found))


def query(request: httpx.Request) -> dict[str, str]:
    items = request.url.params.multi_items()
    names = [name for name, _ in items]
    assert len(names) == len(set(names)), f"repeated query parameters: {items}"
    return dict(items)


def sent(request: httpx.Request) -> dict[str, str]:
    """The query without the credentials."""
    return {k: v for k, v in query(request).items() if k not in ("username", "client_user_id", "auth_token")}


def multipart(request: httpx.Request) -> list[tuple[str, str | None, bytes]]:
    """Each part of a multipart/form-data body as (name, filename, content)."""
    head = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    assert message.is_multipart()
    return [
        (
            part.get_param("name", header="content-disposition"),
            part.get_filename(),
            part.get_payload(decode=True),
        )
        for part in message.iter_parts()
    ]


def expected_class(code: str) -> type[E.ApiError]:
    """The exception family the spec gives a global code."""
    if code in AUTH_CODES:
        return E.AuthenticationError
    if code == "requests_hard_limit_exceeded":
        return E.RequestsLimitError
    if code.startswith("internal_error"):
        return E.InternalError
    return E.ApiError


# authentication ----------------------------------------------------------------------------------------


async def test_username_and_auth_token_go_in_the_query(make_vmu):
    api = make_vmu()
    await api.get_request_types()
    request = api.last
    assert (request.method, request.url.scheme, request.url.host) == ("GET", "https", HOST)
    assert request.url.path == "/api/v1.1/json/get_request_types"
    assert query(request) == {"username": USERNAME, "auth_token": TOKEN}
    assert request.content == b""


async def test_client_user_id_replaces_username(make_vmu):
    api = make_vmu(client_user_id=CLIENT_USER_ID)
    await api.get_calls(latest_hours=3)
    assert query(api.last) == {"client_user_id": CLIENT_USER_ID, "auth_token": TOKEN, "latest_hours": "3"}


async def test_neither_username_nor_client_user_id_is_refused_before_sending(mode):
    recorder: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: recorder.append(request) or httpx.Response(200))
    http = httpx.Client(transport=transport) if mode == "sync" else httpx.AsyncClient(transport=transport)
    with pytest.raises(voicemeup_sdk.ValidationError) as caught:
        client_class(mode)(auth_token=TOKEN, http_client=http)
    assert [error.path for error in caught.value.errors] == ["username"]
    assert "username or client_user_id" in str(caught.value)
    assert recorder == []
    if mode == "sync":
        http.close()


@pytest.mark.parametrize(
    "bad",
    [
        "5EC7E7C0FFEE5EC7E7C0FFEE5EC7E7C0",  # upper case
        "5ec7e7c0ffee5ec7e7c0ffee5ec7e7",  # 30 characters
        "5ec7e7c0ffee5ec7e7c0ffee5ec7e7c0a",  # 33 characters
        "5ec7e7c0ffee5ec7e7c0ffee5ec7e7zz",  # not hex
        "5ec7e7c0ffee5ec7\n7c0ffee5ec7e7c0",  # a newline
        "",
    ],
    ids=["upper", "short", "long", "not-hex", "newline", "empty"],
)
async def test_bad_auth_token_is_refused_without_echoing_it(mode, logs, bad):
    with pytest.raises(voicemeup_sdk.ValidationError) as caught:
        client_class(mode)(username=USERNAME, auth_token=bad)
    assert [error.path for error in caught.value.errors] == ["auth_token"]
    if bad:
        texts = exception_texts(caught.value) + logs.lines
        assert not [text for text in texts if bad in text or bad.lower() in text.lower()]


@pytest.mark.parametrize("bad", ["12", "123456789", "12a456"])
async def test_client_user_id_must_be_4_to_8_digits(mode, bad):
    with pytest.raises(voicemeup_sdk.ValidationError) as caught:
        client_class(mode)(client_user_id=bad, auth_token=TOKEN)
    assert [error.path for error in caught.value.errors] == ["client_user_id"]


async def test_bad_client_options_are_all_listed(mode):
    with pytest.raises(voicemeup_sdk.ValidationError) as caught:
        client_class(mode)(username=USERNAME, auth_token="nope", output_format="yaml", language="de", currency="GBP")
    assert sorted(error.path for error in caught.value.errors) == [
        "auth_token",
        "currency",
        "language",
        "output_format",
    ]
    assert "nope" not in str(caught.value)


async def test_repr_shows_the_user_but_not_the_token(make_vmu):
    api = make_vmu()
    assert USERNAME in repr(api.client)
    assert "auth_token='********'" in repr(api.client)
    assert TOKEN not in repr(api.client) and TOKEN not in str(api.client)


# URL and client options --------------------------------------------------------------------------------


async def test_output_format_xml_switches_the_path_segment(make_vmu):
    api = make_vmu(ok(OK_XML), output_format="xml")
    reply = await api.get_calls(date_from=dt.date(2024, 3, 1), date_to=dt.date(2024, 3, 31))
    assert reply == Reply(status="success", messages=(), payload=GetCallsReply(calls=()))
    assert api.last.url.path == "/api/v1.1/xml/get_calls"
    assert sent(api.last) == {"date_from": "2024-03-01", "date_to": "2024-03-31"}


async def test_output_format_json_is_the_default_segment(make_vmu):
    api = make_vmu(output_format="json")
    await api.get_calls(latest_hours=1)
    assert api.last.url.path == "/api/v1.1/json/get_calls"


async def test_language_and_currency_options_go_in_the_query(make_vmu):
    api = make_vmu(language="fr", currency="USD")
    await api.get_calls(latest_hours=1)
    assert query(api.last) == {
        "username": USERNAME,
        "auth_token": TOKEN,
        "language": "fr",
        "currency": "USD",
        "latest_hours": "1",
    }


async def test_options_left_out_are_not_sent(make_vmu):
    api = make_vmu()
    await api.get_calls(latest_hours=1)
    assert "language" not in query(api.last) and "currency" not in query(api.last)


async def test_an_operations_own_language_wins_over_the_client_option(make_vmu):
    api = make_vmu(language="en", currency="EUR")
    await api.update_fax_profile(**FAX_PROFILE)
    params = api.last.url.params
    assert params.get_list("language") == ["fr"]
    assert params.get_list("currency") == ["EUR"]
    assert api.last.url.path == "/api/v1.1/json/update_fax_profile"


async def test_client_language_applies_to_the_other_calls_of_the_same_client(make_vmu):
    api = make_vmu(language="fr")
    await api.update_fax_profile(**{**FAX_PROFILE, "language": "en"})
    await api.get_request_types()
    assert api.requests[0].url.params.get_list("language") == ["en"]
    assert api.requests[1].url.params.get_list("language") == ["fr"]


async def test_white_label_base_url(make_vmu):
    api = make_vmu(base_url="https://client.beevox.com", output_format="xml", client_user_id=CLIENT_USER_ID)
    api.recorder.responder = ok(OK_XML)
    await api.get_request_types()
    assert str(api.last.url).startswith("https://client.beevox.com/api/v1.1/xml/get_request_types?")


# output formats ----------------------------------------------------------------------------------------

FORMS = {
    "dids-single-message": (DIDS_JSON, DIDS_XML, (Message("request_completed", "Request completed."),), DIDS_PAYLOAD),
    "sms-message-list": (SMS_JSON, SMS_XML, tuple(Message(c, t) for c, t in SMS_MESSAGES), SMS_PAYLOAD),
}


@pytest.mark.parametrize("case", list(FORMS))
async def test_the_same_answer_in_json_and_xml_is_the_same_reply(make_vmu, case):
    json_body, xml_body, messages, payload = FORMS[case]
    from_json = await make_vmu(ok(json_body)).get_dids(usage_type="default")
    xml_api = make_vmu(ok(xml_body), output_format="xml")
    from_xml = await xml_api.get_dids(usage_type="default")
    assert xml_api.last.url.path == "/api/v1.1/xml/get_dids"
    assert isinstance(from_json, Reply) and isinstance(from_xml, Reply)
    assert from_json == from_xml == Reply(status="success", messages=messages, payload=payload)


@pytest.mark.parametrize("output_format", ["json", "xml"])
@pytest.mark.parametrize("shape", ["object", "list-of-one", "none"])
async def test_message_may_be_one_object_or_a_list(make_vmu, output_format, shape):
    notice = ("request_completed", "Request completed.")
    messages = {"object": notice, "list-of-one": [notice], "none": None}[shape]
    api = make_vmu(ok(envelope(output_format, "success", messages)), output_format=output_format)
    reply = await api.get_request_types()
    assert reply.messages == (() if shape == "none" else (Message(*notice),))


async def test_json_message_whitespace_is_normalised_like_xml(make_vmu):
    api = make_vmu(ok(json_envelope("success", ("request_completed", "  Request\n  completed. "))))
    assert (await api.get_request_types()).messages == (Message("request_completed", "Request completed."),)


# errors ------------------------------------------------------------------------------------------------


def test_the_sdk_knows_every_global_code_of_the_seed():
    rows = {row[0]: row[1] for row in GLOBAL_ROWS}
    assert {code: rows.get(code) for code in SEED_GLOBAL} == SEED_GLOBAL


@pytest.mark.parametrize(("output_format", "text"), [("json", "documented"), ("xml", "bare")])
@pytest.mark.parametrize("row", GLOBAL_ROWS, ids=[row[0] for row in GLOBAL_ROWS])
async def test_every_global_error_code_raises_its_family_with_the_seeds_description(make_vmu, row, output_format, text):
    code, description, _, note, resolution = row
    # "documented": the carrier's text is the seed's; "bare": the message names only the code.
    message = (code, description if text == "documented" else None)
    api = make_vmu(failing(message, output_format=output_format), output_format=output_format, max_retries=0)
    with pytest.raises(E.ApiError) as caught:
        await api.get_calls(latest_hours=1)
    exc = caught.value
    assert type(exc) is expected_class(code)
    assert exc.code == code
    assert exc.message == description == SEED_GLOBAL.get(code, description)
    assert str(exc).startswith(description)
    assert code in str(exc)
    assert exc.http_status == 200
    assert isinstance(exc.response, httpx.Response)
    assert [(d.code, d.message, d.description, d.resolution) for d in exc.errors] == [
        (code, description, note, resolution)
    ]
    assert exc.payload == {}
    assert len(api.requests) == 1


async def test_hard_limit_carries_the_documented_resolution(make_vmu):
    api = make_vmu(failing(HARD), max_retries=0)
    with pytest.raises(E.RequestsLimitError) as caught:
        await api.get_request_types()
    assert isinstance(caught.value, voicemeup_sdk.RateLimitError)
    assert caught.value.errors[0].resolution == "Wait 60 minutes before the next request."


@pytest.mark.parametrize("code", sorted(AUTH_CODES))
async def test_authentication_codes_are_authentication_errors_and_not_retried(make_vmu, code):
    api = make_vmu(failing((code, SEED_GLOBAL[code])))
    with pytest.raises(E.AuthenticationError):
        await api.get_calls(latest_hours=1)
    assert len(api.requests) == 1
    assert api.sleeps.delays == []


@pytest.mark.parametrize(
    "code", ["internal_error-database_error", "internal_error-invalid_argument", "internal_error-x"]
)
async def test_internal_error_codes_are_internal_errors(make_vmu, code):
    api = make_vmu(failing((code, "Oops.")), max_retries=0)
    with pytest.raises(E.InternalError) as caught:
        await api.get_request_types()
    assert caught.value.code == code
    assert caught.value.message == "Oops."


async def test_hard_limit_is_retried_for_a_read_only_call(make_vmu):
    api = make_vmu(sequence(failing(HARD), failing(HARD), ok(DIDS_JSON)))
    reply = await api.get_dids(usage_type="default")
    assert reply.payload == DIDS_PAYLOAD
    assert len(api.requests) == 3
    assert len(api.sleeps.delays) == 2


async def test_hard_limit_gives_up_after_max_retries(make_vmu):
    api = make_vmu(failing(HARD), max_retries=2)
    with pytest.raises(E.RequestsLimitError):
        await api.get_calls(latest_hours=1)
    assert len(api.requests) == 3


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [
        ("queue_sms", SMS),
        ("update_fax_profile", FAX_PROFILE),
        ("update_did", {"client_did_id": 5, "usage_type": "default"}),
    ],
    ids=["queue_sms", "update_fax_profile", "update_did"],
)
async def test_hard_limit_is_not_retried_for_a_mutating_call(make_vmu, method, kwargs):
    api = make_vmu(sequence(failing(HARD), ok()))
    with pytest.raises(E.RequestsLimitError):
        await getattr(api, method)(**kwargs)
    assert len(api.requests) == 1
    assert api.sleeps.delays == []


@pytest.mark.parametrize("output_format", ["json", "xml"])
async def test_soft_limit_on_a_success_is_a_warning_kept_in_the_messages(make_vmu, output_format):
    body = envelope(output_format, "success", [SOFT, ("request_completed", "Done.")])
    api = make_vmu(ok(body), output_format=output_format)
    with pytest.warns(E.CarrierWarning) as record:
        reply = await api.get_calls(latest_hours=1)
    assert reply.status == "success"
    assert reply.messages == (Message(*SOFT), Message("request_completed", "Done."))
    (warning,) = record
    assert isinstance(warning.message, UserWarning)
    assert warning.message.code == "requests_soft_limit_reached"
    assert SOFT[1] in str(warning.message)
    assert len(api.requests) == 1


@pytest.mark.parametrize("output_format", ["json", "xml"])
@pytest.mark.parametrize("code", sorted(WARNING_CODES))
async def test_global_warning_codes_warn_on_a_success(make_vmu, code, output_format):
    notice = (code, SEED_GLOBAL[code])
    api = make_vmu(ok(envelope(output_format, "success", notice)), output_format=output_format)
    with pytest.warns(E.CarrierWarning) as record:
        reply = await api.update_fax_profile(**FAX_PROFILE)
    assert [w.message.code for w in record] == [code]
    assert reply.messages == (Message(*notice),)


async def test_a_success_without_notices_warns_nothing(make_vmu):
    api = make_vmu(ok(DIDS_JSON))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        await api.get_dids(usage_type="default")


async def test_per_operation_warning_last_endpoint_was_deleted(make_vmu):
    text = "The last endpoint was deleted."
    api = make_vmu(ok(json_envelope("success", ("last_endpoint_was_deleted", text))))
    with pytest.warns(E.CarrierWarning) as record:
        reply = await api.delete_e911(client_did_id=12)
    assert record[0].message.code == "last_endpoint_was_deleted"
    assert reply.messages == (Message("last_endpoint_was_deleted", text),)


async def test_soft_limit_beside_an_error_does_not_hide_the_error(make_vmu):
    api = make_vmu(failing(SOFT, ("date_from_invalid", "Date from is invalid.")), max_retries=0)
    with pytest.raises(E.ApiError) as caught:
        await api.get_calls(latest_hours=1)
    assert caught.value.code == "date_from_invalid"


async def test_an_enveloped_error_on_an_http_error_status_maps_by_its_code(make_vmu):
    api = make_vmu(ok(json_envelope("error", ("internal_error-database_error", None)), status=500), max_retries=0)
    with pytest.raises(E.InternalError) as caught:
        await api.get_request_types()
    assert caught.value.code == "internal_error-database_error"
    assert caught.value.message == SEED_GLOBAL["internal_error-database_error"]
    assert caught.value.http_status == 500


async def test_an_enveloped_error_on_http_500_maps_like_on_http_200(make_vmu):
    messages = [SOFT, ("internal_error-database_error", "Database down.")]
    api = make_vmu(ok(json_envelope("error", messages, alternate={"a": "b"}), status=500), max_retries=0)
    with pytest.raises(E.ApiError) as caught:
        await api.get_request_types()
    assert type(caught.value) is E.InternalError
    assert caught.value.code == "internal_error-database_error"
    assert caught.value.payload == {"alternate": {"a": "b"}}


async def test_error_status_without_messages_is_an_api_error(make_vmu):
    api = make_vmu(ok(json_envelope("error")), max_retries=0)
    with pytest.raises(E.ApiError) as caught:
        await api.get_request_types()
    assert type(caught.value) is E.ApiError
    assert caught.value.code is None
    assert "error" in str(caught.value)


async def test_undocumented_code_keeps_its_code_and_text(make_vmu):
    api = make_vmu(failing(("brand_new_problem", "Something new.")), max_retries=0)
    with pytest.raises(E.ApiError) as caught:
        await api.get_request_types()
    assert type(caught.value) is E.ApiError
    assert (caught.value.code, caught.value.message) == ("brand_new_problem", "Something new.")


PER_OPERATION = [
    ("get_calls", {"latest_hours": 1}, "direction_invalid", "Direction is invalid."),
    ("get_calls", {"latest_hours": 1}, "call_hash_invalid", "Call Hash is invalid."),
    ("get_recordings", {"latest_hours": 1}, "call_hash_invalid", "Call hash is invalid."),
    (
        "order_new_dids",
        {"prefix": "514", "quantity": 2},
        "type_invalid",
        'Type must be either "local" or "international".',
    ),
    ("update_peer", PEER, "type_invalid", "The peer protocol is invalid."),
    (
        "order_new_dids",
        {"prefix": "514", "quantity": 2},
        "quantity_invalid",
        "Quantity must be a number above 0 and under 1000.",
    ),
    (
        "dispatch_call",
        {
            "sources": [CallEndpoint(type="number", value="5145551234")],
            "destinations": [CallEndpoint(type="number", value="4385550000")],
        },
        "socket_error",
        "A socket error occured.",
    ),
    ("update_mailbox", {"client_mailbox_id": 4}, "voice_mailboxes_limit_reached", "Voice mailboxes limit is reached."),
    (
        "update_did",
        {"client_did_id": 5, "usage_type": "default"},
        "forward_number_used_by_did",
        "Forward number already in use.",
    ),
]


@pytest.mark.parametrize(("output_format", "text"), [("json", "documented"), ("xml", "bare")])
@pytest.mark.parametrize(
    ("method", "kwargs", "code", "description"), PER_OPERATION, ids=[f"{m}-{c}" for m, _, c, _ in PER_OPERATION]
)
async def test_per_operation_code_maps_with_its_own_description(
    make_vmu, method, kwargs, code, description, output_format, text
):
    message = (code, description if text == "documented" else None)
    api = make_vmu(failing(message, output_format=output_format), output_format=output_format, max_retries=0)
    with pytest.raises(E.ApiError) as caught:
        await getattr(api, method)(**kwargs)
    assert type(caught.value) is E.ApiError
    assert (caught.value.code, caught.value.message) == (code, description)
    assert len(api.requests) == 1


async def test_an_error_keeps_the_payload_beside_it(make_vmu):
    api = make_vmu(ok(ALTERNATE_JSON), max_retries=0)
    with pytest.raises(E.ApiError) as caught:
        await api.check_e911(
            civic_number=1000,
            street="Rue Saint-Denis",
            city="Montreal",
            state_code="QC",
            country_code="CA",
            postal_code="H2X3K8",
        )
    assert caught.value.code == "alternate_address_provided"
    assert caught.value.message == "Alternate Address is Provided."
    assert caught.value.payload == {
        "alternate_addresses": {
            "address": [{"street": "Rue Saint-Denis", "city": "Montreal", "postal_code": "H2X 3K8"}]
        }
    }


# validation before sending -----------------------------------------------------------------------------


async def test_a_string_date_is_refused(make_vmu):
    api = make_vmu()
    with pytest.raises(voicemeup_sdk.ValidationError) as caught:
        await api.get_calls(date_from="2024-03-01", date_to=dt.date(2024, 3, 31))
    assert [(e.path, e.message) for e in caught.value.errors] == [("date_from", "must be a datetime.date")]
    assert api.requests == []


async def test_a_datetime_is_not_a_date(make_vmu):
    api = make_vmu()
    with pytest.raises(voicemeup_sdk.ValidationError) as caught:
        await api.get_calls(date_from=dt.date(2024, 3, 1), date_to=dt.datetime(2024, 3, 31, 12))
    assert [e.path for e in caught.value.errors] == ["date_to"]
    assert api.requests == []


@pytest.mark.parametrize("limit", [0, 1001, -5, True, "25"])
async def test_result_limit_out_of_range_is_refused(make_vmu, limit):
    api = make_vmu()
    with pytest.raises(voicemeup_sdk.ValidationError) as caught:
        await api.get_calls(latest_hours=1, result_limit=limit)
    assert [e.path for e in caught.value.errors] == ["result_limit"]
    assert api.requests == []


@pytest.mark.parametrize("limit", [1, 1000])
async def test_result_limit_bounds_are_accepted(make_vmu, limit):
    api = make_vmu()
    await api.get_calls(latest_hours=1, result_limit=limit)
    assert query(api.last)["result_limit"] == str(limit)


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"date_from": dt.date(2024, 3, 1)}, "date_to"),
        ({"date_to": dt.date(2024, 3, 1)}, "date_from"),
        ({}, "date_from"),  # none of date range, latest_hours, call_hash
    ],
    ids=["from-without-to", "to-without-from", "no-selector"],
)
async def test_get_calls_conditionally_required_parameters(make_vmu, kwargs, path):
    api = make_vmu()
    with pytest.raises(voicemeup_sdk.ValidationError) as caught:
        await api.get_calls(**kwargs)
    assert path in [e.path for e in caught.value.errors]
    assert api.requests == []


UPDATES_WITHOUT_ID = [
    ("update_schedule", {"friendly_name": "Office"}, "client_schedule_id"),
    (
        "update_fax_profile",
        {k: v for k, v in FAX_PROFILE.items() if k != "client_fax_profile_id"},
        "client_fax_profile_id",
    ),
    ("update_callerid_profile", {"friendly_name": "Main", "status": "enabled"}, "client_callerid_profile_id"),
    ("update_mailbox", {"friendly_name": "Reception"}, "client_mailbox_id"),
]


@pytest.mark.parametrize(("method", "kwargs", "path"), UPDATES_WITHOUT_ID, ids=[m for m, _, _ in UPDATES_WITHOUT_ID])
async def test_update_mode_is_the_default_and_needs_the_id(make_vmu, method, kwargs, path):
    api = make_vmu()
    with pytest.raises(voicemeup_sdk.ValidationError) as caught:
        await getattr(api, method)(**kwargs)
    assert [(e.path, e.message) for e in caught.value.errors] == [(path, "is required when mode is 'update'")]
    assert api.requests == []
    with pytest.raises(voicemeup_sdk.ValidationError):
        await getattr(api, method)(**kwargs, mode="update")
    assert api.requests == []


async def test_create_mode_needs_no_id_and_the_default_mode_is_not_sent(make_vmu):
    api = make_vmu()
    await api.update_schedule(friendly_name="Office", mode="create")
    assert sent(api.last) == {"mode": "create", "friendly_name": "Office"}
    await api.update_schedule(friendly_name="Office", client_schedule_id=8)
    assert sent(api.last) == {"client_schedule_id": "8", "friendly_name": "Office"}


async def test_list_membership_rule_needs_the_callback_url(make_vmu):
    api = make_vmu()
    with pytest.raises(voicemeup_sdk.ValidationError) as caught:
        await api.update_fax_profile(**FAX_PROFILE, options=["enable_callback"])
    assert [e.path for e in caught.value.errors] == ["callback_url"]
    assert api.requests == []


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [({"direction": "sideways"}, "direction"), ({"routing_type": ["internal", "teleport"]}, "routing_type[1]")],
    ids=["scalar", "in-a-list"],
)
async def test_bad_enum_value_is_refused_and_named(make_vmu, kwargs, path):
    api = make_vmu()
    with pytest.raises(voicemeup_sdk.ValidationError) as caught:
        await api.get_calls(latest_hours=1, **kwargs)
    ((error_path, message),) = [(e.path, e.message) for e in caught.value.errors]
    assert error_path == path
    assert "must be one of" in message
    assert api.requests == []


async def test_several_problems_are_all_listed(make_vmu):
    api = make_vmu()
    with pytest.raises(voicemeup_sdk.ValidationError) as caught:
        await api.get_calls(date_from="2024-03-01", result_limit=5000, direction="up", latest_hours=0)
    assert sorted(e.path for e in caught.value.errors) == [
        "date_from",
        "date_to",
        "direction",
        "latest_hours",
        "result_limit",
    ]
    assert str(caught.value).startswith("5 invalid arguments")
    assert isinstance(caught.value, ValueError)
    assert api.requests == []


async def test_bad_records_are_refused_field_by_field(make_vmu):
    api = make_vmu()
    with pytest.raises(voicemeup_sdk.ValidationError) as caught:
        await api.update_schedule(
            client_schedule_id=8,
            friendly_name="Office",
            shift=[Shift(status="on", days=2), Shift(status="maybe", days=0)],
        )
    assert sorted(e.path for e in caught.value.errors) == ["shift[1].days", "shift[1].status"]
    assert api.requests == []


# structured parameters ---------------------------------------------------------------------------------


async def test_update_schedule_shifts_are_indexed(make_vmu):
    api = make_vmu()
    await api.update_schedule(
        client_schedule_id=8,
        friendly_name="Office",
        shift=[Shift(status="on", days=2), Shift(status="off", days=5)],
        shift_start_date=dt.date(2024, 4, 22),
    )
    assert sent(api.last) == {
        "client_schedule_id": "8",
        "friendly_name": "Office",
        "shift_start_date": "2024-04-22",
        "shift[0][status]": "on",
        "shift[0][days]": "2",
        "shift[1][status]": "off",
        "shift[1][days]": "5",
    }
    assert "shift%5B0%5D%5Bstatus%5D=on&shift%5B0%5D%5Bdays%5D=2" in str(api.last.url)


async def test_json_typed_business_hours_go_as_json_text(make_vmu):
    api = make_vmu()
    hours = {"month4": {"day22": [{"start": "09:00", "end": "17:00", "open": True}]}}
    await api.update_schedule(client_schedule_id=8, friendly_name="Office", business_hours=hours)
    assert json.loads(query(api.last)["business_hours"]) == hours


async def test_update_did_lists_go_as_bracket_arrays(make_vmu):
    api = make_vmu()
    await api.update_did(
        client_did_id=5,
        usage_type="default",
        options=["enable_forwarding", "enable_voicemail"],
        client_filter_ids=[3, 4],
        client_peer_ids=[31, 32],
        forward_number="5145550000",
        ondemand_recording=True,
    )
    items = api.last.url.params.multi_items()
    assert [value for name, value in items if name == "options[]"] == ["enable_forwarding", "enable_voicemail"]
    assert [value for name, value in items if name == "client_filter_ids[]"] == ["3", "4"]
    assert "options" not in dict(items) and "client_filter_ids" not in dict(items)
    # csv[...] parameters stay one comma-separated value; booleans are 1/0.
    assert dict(items)["client_peer_ids"] == "31,32"
    assert dict(items)["ondemand_recording"] == "1"
    assert "options%5B%5D=enable_forwarding&options%5B%5D=enable_voicemail" in str(api.last.url)


async def test_update_fax_profile_options_are_bracket_arrays_and_csv_senders(make_vmu):
    api = make_vmu()
    await api.update_fax_profile(
        **FAX_PROFILE, options=["enable_callback", "enable_cover_page"], callback_url="https://example.com/fax"
    )
    assert api.last.url.params.get_list("options[]") == ["enable_callback", "enable_cover_page"]
    assert api.last.url.params["allowed_senders"] == "a@example.com,b@example.com"
    assert api.last.url.params["callback_url"] == "https://example.com/fax"


async def test_callerid_conditions_go_as_one_json_array_with_wire_names(make_vmu):
    api = make_vmu()
    await api.update_callerid_profile(
        client_callerid_profile_id=5,
        friendly_name="Main",
        status="enabled",
        purge_conditions=True,
        conditions_data=[
            CalleridCondition(client_callerid_profile_data_id=1234, callerid_name="NewName"),
            CalleridCondition(
                callerid_name="NewCondition",
                client_did_id=12345,
                source_number="514",
                privacy="keep",
                radius_distance=50,
            ),
        ],
    )
    params = api.last.url.params
    assert params.get_list("conditions_data") == [params["conditions_data"]]
    assert not [name for name in params if name.startswith("conditions_data[")]
    assert json.loads(params["conditions_data"]) == [
        {"client_callerid_profile_data_id": 1234, "callerid_name": "NewName"},
        {
            "callerid_name": "NewCondition",
            "client_did_id": 12345,
            "privacy": "keep",
            "radius_distance": 50,
            "source_number": "514",
        },
    ]
    assert params["purge_conditions"] == "1"


async def test_dispatch_call_endpoints_are_indexed_records(make_vmu):
    api = make_vmu()
    await api.dispatch_call(
        sources=[CallEndpoint(type="number", value="5145551234", confirm_required=True)],
        destinations=[CallEndpoint(type="peer", value="sipuser1"), CallEndpoint(type="uri", value="sip:a@b.c")],
    )
    assert sent(api.last) == {
        "sources[0][type]": "number",
        "sources[0][value]": "5145551234",
        "sources[0][confirm_required]": "1",
        "destinations[0][type]": "peer",
        "destinations[0][value]": "sipuser1",
        "destinations[1][type]": "uri",
        "destinations[1][value]": "sip:a@b.c",
    }


@pytest.mark.parametrize(
    ("metadata", "wire"),
    [
        (SEED_METADATA, SEED_SERIALIZED),
        ({"a": 1, "b": [True, None]}, 'a:2:{s:1:"a";i:1;s:1:"b";a:2:{i:0;b:1;i:1;N;}}'),
        ({"ville": "Montréal"}, 'a:1:{s:5:"ville";s:9:"Montréal";}'),
        ({}, "a:0:{}"),
    ],
    ids=["seed-sample", "nested", "utf8-byte-length", "empty"],
)
async def test_serialized_metadata_is_php_serialized(make_vmu, metadata, wire):
    api = make_vmu()
    await api.update_did(client_did_id=5, usage_type="default", serialized_metadata=metadata)
    assert query(api.last)["serialized_metadata"] == wire
    await api.update_peer(**PEER, serialized_metadata=metadata)
    assert query(api.last)["serialized_metadata"] == wire


async def test_unserializable_metadata_is_a_validation_error(make_vmu):
    api = make_vmu()
    with pytest.raises(voicemeup_sdk.ValidationError) as caught:
        await api.update_did(client_did_id=5, usage_type="default", serialized_metadata={"since": dt.date(2024, 1, 1)})
    assert [e.path for e in caught.value.errors] == ["serialized_metadata"]
    assert api.requests == []


async def test_queue_fax_is_a_multipart_post_with_attachment_parts(make_vmu):
    api = make_vmu()
    pdf, tiff = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", b"II*\x00\x08\x00\x00\x00"
    await api.queue_fax(
        destination_number="5145551234",
        client_fax_profile_id=7,
        attachments=[pdf, tiff],
        datetime_scheduled=dt.datetime(2024, 5, 1, 9, 30),
        retry_limit=3,
    )
    request = api.last
    assert request.method == "POST"
    assert request.url.path == "/api/v1.1/json/queue_fax"
    assert query(request) == {"username": USERNAME, "auth_token": TOKEN}
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    parts = multipart(request)
    fields = {name: content.decode() for name, filename, content in parts if filename is None}
    assert fields == {
        "destination_number": "5145551234",
        "client_fax_profile_id": "7",
        "retry_limit": "3",
        "datetime_scheduled": "2024-05-01 09:30:00",
    }
    files = [(name, content) for name, filename, content in parts if filename is not None]
    assert files == [("attachments[]", pdf), ("attachments[]", tiff)]


async def test_queue_fax_needs_at_least_one_attachment(make_vmu):
    api = make_vmu()
    with pytest.raises(voicemeup_sdk.ValidationError) as caught:
        await api.queue_fax(destination_number="5145551234", client_fax_profile_id=7, attachments=[])
    assert [e.path for e in caught.value.errors] == ["attachments"]
    with pytest.raises(voicemeup_sdk.ValidationError) as caught:
        await api.queue_fax(destination_number="5145551234", client_fax_profile_id=7, attachments=["a.pdf"])
    assert [e.path for e in caught.value.errors] == ["attachments[0]"]
    assert api.requests == []


async def test_queue_sms_is_a_post(make_vmu):
    api = make_vmu(ok(SMS_JSON))
    reply = await api.queue_sms(**SMS)
    assert reply.payload == SMS_PAYLOAD
    request = api.last
    assert request.method == "POST"
    assert request.url.path == "/api/v1.1/json/queue_sms"
    assert query(request) == {"username": USERNAME, "auth_token": TOKEN}
    assert {name: content.decode() for name, _, content in multipart(request)} == {
        "client_did_id": "77",
        "destination_number": "5145551234",
        "message": "Hello & bye",
    }


async def test_queue_sms_one_of_rules(make_vmu):
    api = make_vmu()
    with pytest.raises(voicemeup_sdk.ValidationError) as caught:
        await api.queue_sms(destination_number="5145551234")
    assert sorted(e.path for e in caught.value.errors) == ["client_did_id", "message"]
    assert api.requests == []


async def test_update_peer_deprecated_username_is_sent_once_with_client_user_id(make_vmu):
    api = make_vmu(client_user_id=CLIENT_USER_ID)
    await api.update_peer(**PEER, username="sipuser1")
    assert query(api.last)["username"] == "sipuser1"
    assert query(api.last)["client_user_id"] == CLIENT_USER_ID


async def test_update_peer_deprecated_username_clashes_with_the_username_credential(make_vmu):
    api = make_vmu()
    with pytest.raises(voicemeup_sdk.ValidationError) as caught:
        await api.update_peer(**PEER, username="sipuser1")
    assert [e.path for e in caught.value.errors] == ["username"]
    assert api.requests == []


# hourly budget -----------------------------------------------------------------------------------------


def budget_clock(api: Api) -> FakeClock:
    clock = FakeClock()
    api.client._budget._clock = clock.monotonic
    return clock


async def test_queue_sms_budget_refuses_the_601st_call_of_the_hour(make_vmu):
    api = make_vmu(rate_budget=True)
    clock = budget_clock(api)
    for _ in range(600):
        await api.queue_sms(**SMS)
    assert len(api.requests) == 600
    clock.now += 1800
    with pytest.raises(voicemeup_sdk.BudgetExhaustedError) as caught:
        await api.queue_sms(**SMS)
    assert len(api.requests) == 600
    assert caught.value.retry_after == pytest.approx(1800)
    assert "queue_sms" in str(caught.value) and "600" in str(caught.value)
    assert TOKEN not in str(caught.value)
    # Its own pool: the shared pool still has room.
    await api.get_request_types()
    assert len(api.requests) == 601
    # An hour after the first call the window has room again.
    clock.now += 1800
    await api.queue_sms(**SMS)
    assert len(api.requests) == 602


async def test_shared_pool_refuses_the_1201st_call_of_the_hour(make_vmu):
    api = make_vmu(rate_budget=True)
    clock = budget_clock(api)
    for index in range(1200):
        if index % 2:
            await api.get_request_types()
        else:
            await api.get_calls(latest_hours=1)
        clock.now += 1
    assert len(api.requests) == 1200
    for method, kwargs in (
        ("get_calls", {"latest_hours": 1}),
        ("update_did", {"client_did_id": 5, "usage_type": "default"}),
    ):
        with pytest.raises(voicemeup_sdk.BudgetExhaustedError) as caught:
            await getattr(api, method)(**kwargs)
        assert caught.value.retry_after == pytest.approx(3600 - 1200)
    assert len(api.requests) == 1200
    # Request types with their own limit are not in the shared pool.
    await api.queue_sms(**SMS)
    await api.delete_faxes(call_fax_id=[1, 2])
    assert len(api.requests) == 1202
    clock.now += 3600 - 1200
    await api.get_request_types()
    assert len(api.requests) == 1203


async def test_each_retry_attempt_spends_the_budget(make_vmu):
    api = make_vmu(sequence(failing(HARD), ok()), rate_budget=True)
    budget_clock(api)
    await api.get_request_types()
    assert len(api.requests) == 2
    assert len(api.client._budget._sent["shared pool"]) == 2


async def test_without_rate_budget_nothing_is_counted(make_vmu):
    api = make_vmu()
    assert api.client._budget is None
    for _ in range(601):
        await api.queue_sms(**SMS)
    assert len(api.requests) == 601


# webhooks ----------------------------------------------------------------------------------------------

PARSERS = [
    voicemeup_sdk.parse_fax_event_callback,
    voicemeup_sdk.parse_sms_event_callback,
    voicemeup_sdk.parse_call_notify_callback,
]
PARSER_IDS = ["fax_event", "sms_event", "call_notify"]
EVENT = {"event": "on_hangup", "call_hash": "a" * 32, "duration": 42, "details": {"answered": True}}


@pytest.mark.parametrize("parse", PARSERS, ids=PARSER_IDS)
async def test_webhook_parsers_return_the_json_object(parse):
    body = json.dumps(EVENT).encode()
    assert parse(body) == EVENT
    assert parse(body.decode()) == EVENT
    assert parse(bytearray(body)) == EVENT


BAD_WEBHOOKS = {
    "empty": b"",
    "not-json": b"event=on_hangup&duration=42",
    "truncated": b'{"event": "on_hangup", "dur',
    "array": b'[{"event": "on_hangup"}]',
    "string": b'"on_hangup"',
    "number": b"42",
    "null": b"null",
    "xml": b"<event>on_hangup</event>",
    "not-bytes": None,
}


@pytest.mark.parametrize("parse", PARSERS, ids=PARSER_IDS)
@pytest.mark.parametrize("case", list(BAD_WEBHOOKS))
async def test_webhook_parsers_refuse_what_is_not_a_json_object(parse, case):
    with pytest.raises(voicemeup_sdk.MalformedResponseError):
        parse(BAD_WEBHOOKS[case])


# malformed answers -------------------------------------------------------------------------------------

MALFORMED = {
    "html-doctype": (b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"),
    "html-not-xml": (b"<html><body>Maintenance<br></body></html>", "text/html"),
    "html-no-status": (b"<html><body><p>Maintenance</p></body></html>", "text/html"),
    "truncated-json": (b'{"response_details": {"response_status": "succ', "application/json"),
    "json-no-status": (b'{"response_details": {"response_messages": {"message": []}}, "dids": []}', "application/json"),
    "json-no-envelope": (b'{"dids": {"did": []}}', "application/json"),
    "json-status-object": (b'{"response_details": {"response_status": {"a": "b"}}}', "application/json"),
    "json-array": (b'[{"response_details": {"response_status": "success"}}]', "application/json"),
    "json-null": (b"null", "application/json"),
    "empty": (b"", "application/json"),
    "xml-no-status": (b"<response><response_details/><dids/></response>", "application/xml"),
    "xml-truncated": (b"<response><response_details><response_status>success</response_st", "application/xml"),
    "xml-doctype": (
        b'<?xml version="1.0"?><!DOCTYPE response [<!ENTITY s "success">]>'
        b"<response><response_details><response_status>&s;</response_status></response_details></response>",
        "application/xml",
    ),
    "xml-external-dtd": (
        b'<!DOCTYPE response SYSTEM "http://example.com/x.dtd">'
        b"<response><response_details><response_status>success</response_status></response_details></response>",
        "application/xml",
    ),
}


@pytest.mark.parametrize("output_format", ["json", "xml"])
@pytest.mark.parametrize("case", list(MALFORMED))
async def test_malformed_answer_is_a_malformed_response_error(make_vmu, case, output_format):
    body, content_type = MALFORMED[case]
    api = make_vmu(xml(body, content_type=content_type), output_format=output_format)
    with pytest.raises(voicemeup_sdk.MalformedResponseError) as caught:
        await api.get_calls(latest_hours=1)
    assert not isinstance(caught.value, voicemeup_sdk.ApiError)
    assert caught.value.http_status == 200
    assert len(api.requests) == 1  # not retried


async def test_malformed_answer_to_a_mutating_call(make_vmu):
    api = make_vmu(xml(b"<html>maintenance</html>", content_type="text/html"))
    with pytest.raises(voicemeup_sdk.MalformedResponseError):
        await api.queue_sms(**SMS)


# the token never shows ---------------------------------------------------------------------------------


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
    for name in ("httpx", "httpcore", "voicemeup_sdk"):
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


def exception_texts(exc: BaseException) -> list[str]:
    texts = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    texts += [repr(detail) for detail in getattr(exc, "errors", ())]
    response = getattr(exc, "response", None)
    if response is not None:
        texts += [str(response.request.url), repr(response.request.headers)]
    return texts


def scenarios() -> dict[str, tuple[Any, str, dict[str, Any], dict[str, Any]]]:
    """name -> (responder, method, call keywords, client keywords); fresh each time (sequences keep state)."""
    read = ("get_calls", {"latest_hours": 1})
    return {
        "read": (ok(DIDS_JSON), "get_dids", {"usage_type": "default"}, {}),
        "read-xml": (ok(DIDS_XML), "get_dids", {"usage_type": "default"}, {"output_format": "xml"}),
        "client-user-id": (ok(), *read, {"client_user_id": CLIENT_USER_ID}),
        "mutate": (ok(), "update_fax_profile", FAX_PROFILE, {"language": "en"}),
        "multipart": (ok(SMS_JSON), "queue_sms", SMS, {}),
        "soft-limit": (ok(json_envelope("success", SOFT)), *read, {}),
        "auth-error": (failing(("authentication_failed", SEED_GLOBAL["authentication_failed"])), *read, {}),
        "echoed-token": (failing(("auth_username_invalid", f"Token {TOKEN} is invalid.")), *read, {}),
        "hard-limit-then-ok": (sequence(failing(HARD), ok()), *read, {}),
        "hard-limit-out": (failing(HARD), *read, {}),
        "http-503": (xml(b"<html>busy</html>", status=503, content_type="text/html"), *read, {}),
        "malformed": (xml(b"<html>oops<br></html>", content_type="text/html"), *read, {}),
        "connect-error": (raising(httpx.ConnectError, "connection refused"), *read, {}),
        "read-timeout": (raising(httpx.ReadTimeout, "timed out"), "queue_sms", SMS, {}),
        "validation": (ok(), "get_calls", {"date_from": "2024-01-01"}, {}),
    }


SCENARIOS = list(scenarios())


@pytest.mark.parametrize("scenario", SCENARIOS)
async def test_auth_token_never_shows(make_vmu, logs, scenario):
    responder, method, kwargs, client_kwargs = scenarios()[scenario]
    api = make_vmu(responder, **client_kwargs)
    exc: BaseException | None = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", E.CarrierWarning)
        try:
            await getattr(api, method)(**kwargs)
        except voicemeup_sdk.SdkError as caught:
            exc = caught
    assert TOKEN not in repr(api.client) and TOKEN not in str(api.client)
    if exc is not None:
        assert not [text for text in exception_texts(exc) if TOKEN in text.lower()], exception_texts(exc)
    assert not [line for line in logs.lines if TOKEN in line.lower()]
    if scenario == "validation":
        assert api.requests == []
        return
    assert all(query(request)["auth_token"] == TOKEN for request in api.requests), "the token was not sent"
    if scenario not in ("connect-error", "read-timeout"):  # httpx logs a request once answered
        assert any("HTTP Request:" in line and "auth_token=********" in line for line in logs.lines), logs.lines
    if scenario.startswith("hard-limit") or scenario in ("http-503", "connect-error"):
        assert any("retry" in line for line in logs.lines), "the SDK's retry lines were not captured"


# warnings point at the caller --------------------------------------------------------------------------


async def test_carrier_warning_is_attributed_to_the_caller(make_vmu, mode):
    api = make_vmu(ok(json_envelope("success", SOFT)))
    with pytest.warns(E.CarrierWarning) as record:
        result = api.client.get_calls(latest_hours=1)
        if mode == "async":
            result = await result
    assert record[0].filename == __file__


# Typed replies (issue 17, item 3): the payload fields the seed names, the same value from either format.

HASH_A, HASH_B = "a" * 32, "b" * 32


def calls_answer(output_format: str, *calls: dict[str, str]) -> bytes:
    """A get_calls answer holding ``calls`` (JSON: always a list; XML: one element per call)."""
    if output_format == "json":
        body = {"response_details": {"response_status": "success"}, "calls": {"call": list(calls)}}
        return json.dumps(body).encode()
    items = "".join("<call>" + "".join(f"<{k}>{v}</{k}>" for k, v in c.items()) + "</call>" for c in calls)
    return (
        b"<response><response_details><response_status>success</response_status></response_details>"
        + f"<calls>{items}</calls></response>".encode()
    )


@pytest.mark.parametrize("count", [1, 2])
async def test_get_calls_is_the_same_typed_reply_from_json_and_xml(make_vmu, count):
    calls = [{"call_hash": HASH_A, "sip_response_code": "200"}, {"call_hash": HASH_B, "failure_code": "busy"}][:count]
    replies = []
    for output_format in ("json", "xml"):
        api = make_vmu(ok(calls_answer(output_format, *calls)), output_format=output_format)
        replies.append(await api.get_calls(latest_hours=1))
    assert replies[0] == replies[1]
    expected = (Call(call_hash=HASH_A, sip_response_code=200), Call(call_hash=HASH_B, failure_code="busy"))[:count]
    assert replies[0].payload == GetCallsReply(calls=expected)
    assert type(replies[0].payload.calls) is tuple


@pytest.mark.parametrize(
    ("output_format", "where"),
    [
        ("json", r"\$\.calls\.call\[1\]\.sip_response_code: expected an integer"),
        ("xml", "response/calls/call/sip_response_code"),
    ],
)
async def test_a_typed_reply_with_a_value_of_the_wrong_type_is_malformed_and_names_its_path(
    make_vmu, output_format, where
):
    calls = ({"call_hash": HASH_A}, {"call_hash": HASH_B, "sip_response_code": "two hundred"})
    api = make_vmu(ok(calls_answer(output_format, *calls)), output_format=output_format)
    with pytest.raises(voicemeup_sdk.MalformedResponseError, match=where) as caught:
        await api.get_calls(latest_hours=1)
    assert not isinstance(caught.value, voicemeup_sdk.ApiError)


def json_calls(calls: Any) -> bytes:
    """A get_calls answer in JSON whose ``calls`` member is ``calls`` as given."""
    return json.dumps({"response_details": {"response_status": "success"}, "calls": calls}).encode()


# The same answers as the XML form writes them and as a JSON answer may spell them: one call alone
# (not in a list), numbers as numbers or as text, "" and null for empty values.
SAME_ANSWERS = {
    "one call alone": (
        {"call": {"call_hash": HASH_A, "sip_response_code": 486}},
        f"<call><call_hash>{HASH_A}</call_hash><sip_response_code>486</sip_response_code></call>",
        (Call(call_hash=HASH_A, sip_response_code=486),),
    ),
    "numbers as numbers or text": (
        {"call": [{"call_hash": HASH_A, "account_call_limit": 10}, {"call_hash": HASH_B, "account_call_limit": "11"}]},
        f"<call><call_hash>{HASH_A}</call_hash><account_call_limit>10</account_call_limit></call>"
        f"<call><call_hash>{HASH_B}</call_hash><account_call_limit>11</account_call_limit></call>",
        (Call(call_hash=HASH_A, account_call_limit=10), Call(call_hash=HASH_B, account_call_limit=11)),
    ),
    "a number where text is documented": (
        {"call": {"call_hash": 12345, "failure_code": 0}},
        "<call><call_hash>12345</call_hash><failure_code>0</failure_code></call>",
        (Call(call_hash="12345", failure_code="0"),),
    ),
    "empty values": (
        {"call": {"call_hash": HASH_A, "failure_code": None, "sip_response_code": "", "channel_usage_excess": None}},
        f"<call><call_hash>{HASH_A}</call_hash><failure_code/><sip_response_code/><channel_usage_excess/></call>",
        (Call(call_hash=HASH_A, failure_code=""),),
    ),
    "an empty call": ({"call": [""]}, "<call/>", (Call(),)),
    "no call": ({"call": []}, "", ()),
    "no calls element": ("", None, ()),
}


@pytest.mark.parametrize("name", list(SAME_ANSWERS))
async def test_json_and_xml_spellings_of_one_answer_are_one_typed_reply(make_vmu, name):
    calls, xml_calls, expected = SAME_ANSWERS[name]
    from_json = await make_vmu(ok(json_calls(calls))).get_calls(latest_hours=1)
    inner = "" if xml_calls is None else f"<calls>{xml_calls}</calls>"
    xml_body = (
        b"<response><response_details><response_status>success</response_status></response_details>"
        + f"{inner}</response>".encode()
    )
    from_xml = await make_vmu(ok(xml_body), output_format="xml").get_calls(latest_hours=1)
    assert from_json == from_xml
    assert from_json.payload == GetCallsReply(calls=expected)


async def test_a_large_answer_reads_alike_from_json_and_xml(make_vmu):
    # Over 1 MiB: msgspec decodes the calls in pieces; the XML parser is fed in pieces too.
    calls = [
        {"call_hash": f"{i:032x}", "sip_response_code": str(200 + i % 300), "date": "2024-01-01"} for i in range(12_000)
    ]
    json_body = json_calls({"call": calls})
    assert len(json_body) > 1024 * 1024
    from_json = await make_vmu(ok(json_body)).get_calls(latest_hours=1)
    from_xml = await make_vmu(ok(calls_answer("xml", *calls)), output_format="xml").get_calls(latest_hours=1)
    assert from_json == from_xml
    assert (
        len(from_json.payload.calls) == 12_000 and from_json.payload.calls[-1].sip_response_code == 200 + 11_999 % 300
    )


@pytest.mark.parametrize(
    ("calls", "where"),
    [
        ([{"call_hash": HASH_A}], r"^\$\.calls: expected an object holding 'call', got list"),
        ({"call": [{"call_hash": HASH_A}, 7]}, r"^\$\.calls\.call\[1\]: expected an object, got int"),
        ({"call": {"call_hash": {"nested": "x"}}}, r"^\$\.calls\.call\[0\]\.call_hash: expected a string, got dict"),
    ],
    ids=["a bare list", "a call that is a number", "a string that is an object"],
)
async def test_a_json_answer_of_another_shape_is_malformed_and_names_its_path(make_vmu, calls, where):
    api = make_vmu(ok(json_calls(calls)))
    with pytest.raises(voicemeup_sdk.MalformedResponseError, match=where) as caught:
        await api.get_calls(latest_hours=1)
    assert caught.value.http_status == 200 and caught.value.body.startswith(b'{"response_details"')


@pytest.mark.parametrize("output_format", ["json", "xml"])
async def test_get_funding_details_is_typed(make_vmu, output_format):
    fields = {"account_balance": "12.50 CR", "funds_left": "3.00"}
    if output_format == "json":
        body = json.dumps({"response_details": {"response_status": "success"}, **fields}).encode()
    else:
        body = b"<response><response_details><response_status>success</response_status></response_details>"
        body += "".join(f"<{k}>{v}</{k}>" for k, v in fields.items()).encode() + b"</response>"
    api = make_vmu(ok(body), output_format=output_format)
    reply = await api.get_funding_details()
    assert reply.payload == GetFundingDetailsReply(account_balance="12.50 CR", funds_left="3.00")


async def test_an_undocumented_payload_is_the_same_tree_from_json_and_xml_even_for_one_item(make_vmu):
    # The README's promise: the same Reply whatever output_format; a list of one item reads as XML does.
    json_body = json.dumps(
        {"response_details": {"response_status": "success"}, "request_types": {"request_type": [{"name": "get_calls"}]}}
    ).encode()
    xml_body = (
        b"<response><response_details><response_status>success</response_status></response_details>"
        b"<request_types><request_type><name>get_calls</name></request_type></request_types></response>"
    )
    from_json = await make_vmu(ok(json_body)).get_request_types()
    from_xml = await make_vmu(ok(xml_body), output_format="xml").get_request_types()
    assert from_json == from_xml
    assert from_json.payload == {"request_types": {"request_type": {"name": "get_calls"}}}
