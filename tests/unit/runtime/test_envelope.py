"""Unit tests of ``generator.runtime._envelope``: answers wrapped in a status-and-messages envelope.

Covers ``Envelope.messages`` (one message or several, bare strings, whitespace), ``detail``
(documented codes by operation, fallbacks for missing text or code), ``finish`` on JSON and XML
answers (the same ``Reply``, notices as ``CarrierWarning``, errors raised by code with the payload
kept, answers without a status), typed payloads (``Typed``: the XML reader on the root element,
msgspec's Struct on the JSON members, the tolerant JSON reader when msgspec refuses them), ``read_errors``
and ``open_answer``.
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass
from typing import Any

import httpx
import msgspec
import pytest

from generator.runtime._answers import ErrorTable
from generator.runtime._envelope import Envelope, Message, Reply, Typed, open_answer
from generator.runtime._exceptions import (
    ApiError,
    CarrierWarning,
    ErrorClasses,
    ErrorDetail,
    MalformedResponseError,
    RateLimitError,
)
from generator.runtime._xmlio import PARSE_PIECE


class DidError(ApiError):
    pass


ROWS = {
    "": (
        ("did_invalid", "DID is invalid.", None, "The DID is not on the account.", "List your DIDs."),
        ("requests_hard_limit_exceeded", "Hard limit exceeded.", None, "Locked for 60 minutes.", ""),
        ("soft_limit", "Soft limit reached.", None, "Slow down.", ""),
    ),
    "queue_fax": (("did_invalid", "Fax DID is invalid.", None, "Not a fax DID.", "Enable fax."),),
}
CLASS_FOR = ErrorClasses({"did_invalid": DidError, "requests_hard_limit_exceeded": RateLimitError}, (), {})
ENVELOPE = Envelope(
    ErrorTable(ROWS, CLASS_FOR),
    status=("response_details", "response_status"),
    success=frozenset({"success"}),
    messages=("response_details", "response_messages", "message"),
    message_code="code",
    message_text="_content",
    warning_codes=frozenset({"soft_limit"}),
)


def response(status: int = 200, body: bytes = b"") -> httpx.Response:
    return httpx.Response(status, content=body, request=httpx.Request("POST", "https://x.test/xml/"))


def answer(status: str, messages: Any = None, **payload: Any) -> bytes:
    details: dict[str, Any] = {"response_status": status}
    if messages is not None:
        details["response_messages"] = {"message": messages}
    return json.dumps({"response_details": details, **payload}).encode()


def finish(body: bytes, status: int = 200, operation: str = "get_calls") -> Reply:
    return ENVELOPE.finish(operation, response(status, body), body)


def test_enveloped_errors_are_retried_by_status() -> None:
    assert Envelope.final_status is None and ENVELOPE.final_status is None


# --- messages ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ()),
        ("", ()),
        ({"code": "soft_limit", "_content": "Soft  limit\n reached."}, (Message("soft_limit", "Soft limit reached."),)),
        (
            [{"code": "a", "_content": "one"}, {"code": 7, "_content": "two"}],
            (Message("a", "one"), Message("7", "two")),
        ),
        (["plain text", {"_content": "no code"}], (Message(None, "plain text"), Message(None, "no code"))),
        ([{"code": "a"}, {"code": "b", "_content": None}], (Message("a", ""), Message("b", ""))),
    ],
)
def test_messages_one_or_several(raw: Any, expected: tuple[Message, ...]) -> None:
    data = {"response_details": {"response_status": "success", "response_messages": {"message": raw}}}
    assert ENVELOPE.messages(data) == expected


def test_messages_of_an_answer_without_them() -> None:
    assert ENVELOPE.messages({}) == ()
    assert ENVELOPE.messages({"response_details": "not a dict"}) == ()


def test_an_envelope_without_a_messages_path_has_no_messages() -> None:
    bare = Envelope(
        ENVELOPE.table,
        status=("status",),
        success=frozenset({"ok"}),
        messages=(),
        message_code="code",
        message_text="text",
        warning_codes=frozenset(),
    )
    assert bare.messages({"status": "ok", "message": "hi"}) == ()


# --- detail ------------------------------------------------------------------------------------


def test_detail_of_a_documented_code_prefers_the_operations_row() -> None:
    message = Message("did_invalid", "")
    assert ENVELOPE.detail(message, 200, "get_calls") == ErrorDetail(
        "did_invalid", "DID is invalid.", 200, "The DID is not on the account.", "List your DIDs."
    )
    assert ENVELOPE.detail(message, 200, "queue_fax") == ErrorDetail(
        "did_invalid", "Fax DID is invalid.", 200, "Not a fax DID.", "Enable fax."
    )


def test_detail_keeps_the_carriers_own_text() -> None:
    detail = ENVELOPE.detail(Message("did_invalid", "DID 555 is invalid"), 400, "get_calls")
    assert (detail.message, detail.description) == ("DID 555 is invalid", "The DID is not on the account.")


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (Message("odd_code", "Odd text"), ErrorDetail("odd_code", "Odd text", 400)),
        (Message("odd_code", ""), ErrorDetail("odd_code", "odd_code", 400)),
        (Message(None, "Just text"), ErrorDetail(None, "Just text", 400)),
        (Message(None, ""), ErrorDetail(None, "error", 400)),
    ],
)
def test_detail_of_an_undocumented_message(message: Message, expected: ErrorDetail) -> None:
    assert ENVELOPE.detail(message, 400, "get_calls") == expected


# --- finish: success ---------------------------------------------------------------------------


def test_finish_returns_the_reply_with_the_payload_beside_the_envelope() -> None:
    body = answer("success", calls=[{"id": 1, "answered": True, "note": None}])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        reply = finish(body)
    # In the XML form's terms, as an XML answer would read: a list of one item is that item.
    assert reply == Reply("success", (), {"calls": {"id": "1", "answered": "1", "note": ""}})
    two = finish(answer("success", calls=[{"id": 1}, {"id": 2}]))
    assert two.payload == {"calls": [{"id": "1"}, {"id": "2"}]}


def test_finish_reads_the_xml_form_into_the_same_reply() -> None:
    json_body = answer("success", {"code": "soft_limit", "_content": "Soft limit reached."}, balance="12.50")
    xml_body = (
        b"<response><response_details><response_status>success</response_status>"
        b'<response_messages><message code="soft_limit">Soft limit reached.</message></response_messages>'
        b"</response_details><balance>12.50</balance></response>"
    )
    with pytest.warns(CarrierWarning):
        from_json = finish(json_body)
    with pytest.warns(CarrierWarning):
        from_xml = finish(xml_body)
    assert (
        from_json == from_xml == Reply("success", (Message("soft_limit", "Soft limit reached."),), {"balance": "12.50"})
    )


def test_finish_warns_of_each_notice_on_success() -> None:
    body = answer(
        "success",
        [{"code": "soft_limit", "_content": "Soft limit reached."}, {"code": "info", "_content": "Just so you know"}],
    )
    with pytest.warns(CarrierWarning) as caught:
        reply = finish(body)
    assert [(str(w.message), w.message.code) for w in caught.list] == [
        ("soft_limit: Soft limit reached.", "soft_limit")
    ]
    assert [m.code for m in reply.messages] == ["soft_limit", "info"]


# --- finish: errors ----------------------------------------------------------------------------


def test_finish_raises_the_first_errors_class_with_the_payload_kept() -> None:
    body = answer(
        "error",
        [
            {"code": "soft_limit", "_content": "Soft limit reached."},
            {"code": "did_invalid", "_content": "DID is invalid."},
            {"code": "odd", "_content": "Odd."},
        ],
        suggestions={"did": ["5551234567"]},
    )
    with pytest.raises(DidError) as caught:
        finish(body, 200)
    error = caught.value
    assert str(error) == "DID is invalid. [did_invalid, HTTP 200] (+1 more)"
    assert [detail.code for detail in error.errors] == ["did_invalid", "odd"]
    assert error.payload == {"suggestions": {"did": ["5551234567"]}}
    assert error.retryable is None


def test_finish_treats_notices_as_errors_when_nothing_else_is_said() -> None:
    body = answer("error", {"code": "soft_limit", "_content": "Soft limit reached."})
    with pytest.raises(ApiError) as caught:
        finish(body)
    assert [detail.code for detail in caught.value.errors] == ["soft_limit"]


def test_finish_of_an_error_without_messages_names_the_status() -> None:
    with pytest.raises(ApiError) as caught:
        finish(answer("failure"), 200)
    assert type(caught.value) is ApiError
    # The carrier listed no error: the message says what it did send and no detail is invented.
    assert "status 'failure'" in str(caught.value)
    assert caught.value.errors == ()
    assert caught.value.payload == {}


def test_finish_rate_limit_code_raises_rate_limit_error() -> None:
    with pytest.raises(RateLimitError):
        finish(answer("error", {"code": "requests_hard_limit_exceeded", "_content": ""}))


@pytest.mark.parametrize(
    "body",
    [
        b"{}",
        b'{"response_details": {}}',
        b'{"response_details": "x"}',
        b'{"response_details": {"response_status": {}}}',
    ],
)
def test_finish_without_a_status_is_malformed(body: bytes) -> None:
    with pytest.raises(MalformedResponseError, match=r"^the answer has no status$") as caught:
        finish(body, 200)
    assert caught.value.body == body and caught.value.http_status == 200


def test_finish_of_a_body_that_is_not_json_or_xml_is_malformed() -> None:
    with pytest.raises(MalformedResponseError, match=r"^the response is not valid JSON"):
        finish(b"oops", 500)


# --- read_errors -------------------------------------------------------------------------------


def test_read_errors_raises_an_enveloped_error_as_on_success() -> None:
    body = answer("error", {"code": "did_invalid", "_content": "DID is invalid."}, extra="kept")
    with pytest.raises(DidError) as caught:
        ENVELOPE.read_errors(response(400, body), body, "get_calls")
    assert caught.value.http_status == 400 and caught.value.payload == {"extra": "kept"}


def test_read_errors_of_a_success_envelope_on_an_error_status_returns_its_messages() -> None:
    body = answer("success", [{"code": "soft_limit", "_content": "Soft."}, {"code": "did_invalid", "_content": "Bad."}])
    with pytest.warns(CarrierWarning):
        details = ENVELOPE.read_errors(response(500, body), body, "queue_fax")
    assert details == (ErrorDetail("did_invalid", "Bad.", 500, "Not a fax DID.", "Enable fax."),)


def test_read_errors_of_an_answer_without_status_still_reads_its_messages() -> None:
    body = b'{"response_details": {"response_messages": {"message": {"code": "odd", "_content": "Odd."}}}}'
    assert ENVELOPE.read_errors(response(502, body), body, "get_calls") == (ErrorDetail("odd", "Odd.", 502),)


@pytest.mark.parametrize("body", [b"", b"<html><body>Bad gateway", b"Bad gateway", b"{}"])
def test_read_errors_of_other_bodies_is_empty(body: bytes) -> None:
    assert ENVELOPE.read_errors(response(502, body), body, "get_calls") == ()


# --- open_answer -------------------------------------------------------------------------------


def test_open_answer_picks_the_format_by_the_first_character() -> None:
    xml_answer = open_answer(b'  \n<r><a n="1">x</a><b>2</b><a/></r>', 200)
    assert xml_answer.head(frozenset({"a"})) == {"a": [{"n": "1", "_content": "x"}, ""]}
    assert xml_answer.payload("a") == {"b": "2"}
    json_answer = open_answer(b'{"a": {"n": 1, "b": false}, "c": null}', 200)
    assert json_answer.head(frozenset({"a", "z"})) == {"a": {"n": "1", "b": "0"}}
    assert json_answer.payload("a") == {"c": ""}
    with pytest.raises(MalformedResponseError, match=r"^expected a JSON object, got list$"):
        open_answer(b"[1]", 200).head(frozenset({"a"}))


def test_read_errors_of_a_success_envelope_on_any_2xx_is_empty() -> None:
    # So that raise_for_status lets a 201 success through to the parser, its notices unraised.
    body = answer("success", [{"code": "soft_limit", "_content": "Soft."}, {"code": "info", "_content": "Done."}])
    assert ENVELOPE.read_errors(response(201, body), body, "queue_fax") == ()


# --- typed payloads ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Balance:
    amount: int | None
    note: str | None
    read_by: str


class BalanceWire(msgspec.Struct, kw_only=True, frozen=True):
    amount: int | None = None
    note: str | None = None

    def unwrap(self) -> Balance:
        return Balance(self.amount, self.note, "msgspec")


def read_xml(element: Any, path: str) -> Balance:
    amount, note = element.findtext("amount"), element.findtext("note")
    return Balance(int(amount) if amount else None, note, f"xml at {path}")


def read_json(data: Any, path: str) -> Balance:
    amount, note = data.get("amount"), data.get("note", "-")
    return Balance(int(amount) if amount not in (None, "") else None, "" if note is None else note, f"json at {path}")


TYPED = Typed(read_xml, read_json, BalanceWire, ("note",))


def typed(body: bytes, kind: Typed[Balance] = TYPED) -> Balance:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        reply = ENVELOPE.finish("get_balance", response(200, body), body, kind)
    assert reply.status == "success"
    return reply.payload


def test_a_typed_xml_payload_is_read_from_the_root_element() -> None:
    body = (
        b"<response><response_details><response_status>success</response_status></response_details>"
        b"<amount>12</amount><note>hi</note></response>"
    )
    assert typed(body) == Balance(12, "hi", "xml at response")


def test_a_typed_json_payload_is_decoded_by_msgspec_when_it_can() -> None:
    assert typed(answer("success", amount="12", note="hi")) == Balance(12, "hi", "msgspec")


def test_a_json_null_string_is_the_empty_string_of_the_xml_form() -> None:
    assert typed(answer("success", amount=1, note=None)) == Balance(1, "", "msgspec")
    # A spacing other than the first key's is left to the tolerant reader, which reads it alike.
    odd = b'{"response_details": {"response_status": "success"}, "amount": 1, "note" :  null}'
    assert typed(odd) == Balance(1, "", "json at $")


def test_a_value_msgspec_refuses_goes_to_the_tolerant_reader() -> None:
    assert typed(answer("success", amount="", note="x")) == Balance(None, "x", "json at $")


def test_a_typed_payload_without_a_struct_is_read_by_the_tolerant_reader() -> None:
    assert typed(answer("success", amount=3), Typed(read_xml, read_json)) == Balance(3, "-", "json at $")


def test_a_large_typed_payload_is_decoded_in_pieces_to_the_same_record() -> None:
    note = "n" * (2 * PARSE_PIECE)
    assert typed(answer("success", amount=5, note=note, filler=["x" * 100] * 5000)) == Balance(5, note, "msgspec")


def test_a_typed_answer_with_an_error_status_raises_with_the_tree_as_payload() -> None:
    body = answer("error", {"code": "did_invalid", "_content": "Bad."}, amount=2)
    with pytest.raises(DidError) as caught:
        typed(body)
    assert caught.value.payload == {"amount": "2"}


def test_invalid_json_beside_a_typed_payload_is_malformed() -> None:
    body = b'{"response_details": {"response_status": "success"}, "amount": [1,, 2]}'
    with pytest.raises(MalformedResponseError, match="not valid JSON"):
        typed(body)
