"""Unit tests of ``generator.runtime._answers``: documented error tables, the status check, the parse guard.

Covers ``message_pattern`` (placeholders, repeated placeholders, regex characters, trailing
punctuation and spacing), ``ErrorTable.match``/``row``/``error`` (scope order: the operation,
then the global table, then every other table by name; long messages are not matched;
resolutions filled in), ``raise_for_status`` (success, documented and undocumented error
bodies), ``with_context`` (every parser failure becomes a ``MalformedResponseError``) and
``read_callback`` (webhook bodies as bytes or text, and the same guard).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import httpx
import pytest

from generator.runtime._answers import (
    ErrorTable,
    message_pattern,
    raise_for_status,
    read_callback,
    with_context,
    with_mutation_context,
)
from generator.runtime._exceptions import (
    BODY_EXCERPT,
    ApiError,
    ErrorClasses,
    ErrorDetail,
    MalformedResponseError,
    RateLimitError,
)


class InvalidDidError(ApiError):
    pass


class StockError(ApiError):
    pass


class ServerError(ApiError):
    pass


CLASS_FOR = ErrorClasses(
    {"E_OP": InvalidDidError, "E_LIMIT": RateLimitError}, (("E_STOCK", StockError),), {500: ServerError}
)

ROWS = {
    "": (
        ("E_GLOBAL", "Invalid DID {did}.", 400, "The DID is wrong.", "Check {did} and {other}."),
        ("E_LIMIT", "Too many requests", 429, "Slow down.", ""),
        ("DUP", "Duplicate global", 400, "global", ""),
    ),
    "get_dids": (
        ("E_OP", "Invalid DID {did}.", None, "Not one of your DIDs.", "List them first."),
        ("DUP", "Duplicate in operation", 409, "operation", ""),
    ),
    "buy": (("E_STOCK_BUY", "Out of stock.", 409, "buy", ""),),
    "another": (("E_STOCK_ANOTHER", "Out of stock.", 410, "another", ""),),
}
TABLE = ErrorTable(ROWS, CLASS_FOR)


def response(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, content=body, headers=headers, request=httpx.Request("GET", "https://x.test/"))


def matches(message: str, text: str) -> dict[str, str] | None:
    found = re.fullmatch(message_pattern(message), text)
    return None if found is None else found.groupdict()


# --- message_pattern ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Invalid DID.", "Invalid DID", "  Invalid DID.\n", "Invalid DID "])
def test_message_pattern_tolerates_trailing_punctuation_and_spacing(text: str) -> None:
    assert matches("Invalid DID.", text) == {}
    assert matches("Invalid DID", text) == {}


@pytest.mark.parametrize("text", ["Invalid DIDs.", "Invalid DID!", "Invalid DID..", "invalid DID.", "Invalid"])
def test_message_pattern_matches_nothing_else(text: str) -> None:
    assert matches("Invalid DID.", text) is None


def test_message_pattern_strips_every_trailing_dot() -> None:
    assert matches("Please wait...", "Please wait") == {}
    assert matches("Please wait...", "Please wait.") == {}


def test_message_pattern_captures_placeholders() -> None:
    message = "Item {item} of {total} is invalid: {reason}."
    assert matches(message, "Item 3 of 10 is invalid: bad area code.") == {
        "item": "3",
        "total": "10",
        "reason": "bad area code",
    }
    assert matches(message, "Item  of 10 is invalid: x") is None


def test_message_pattern_repeated_placeholders_must_repeat_the_value() -> None:
    message = "DID {did} is not {did}"
    assert matches(message, "DID 555 is not 555") == {"did": "555"}
    assert matches(message, "DID 555 is not 556") is None


def test_message_pattern_escapes_regex_characters_and_odd_braces() -> None:
    message = "Limit (per hour) reached: 5+ [x]? {0} { spaced } $^|*"
    assert matches(message, message) == {}
    assert matches(message, "Limit per hour reached: 55 x 0") is None


def test_message_pattern_placeholder_at_the_end_keeps_its_dot_optional() -> None:
    assert matches("Unknown country {code}.", "Unknown country 44.") == {"code": "44"}
    assert matches("Unknown country {code}.", "Unknown country 44") == {"code": "44"}


# --- ErrorTable.match --------------------------------------------------------------------------


def test_match_prefers_the_operations_own_rows() -> None:
    detail = TABLE.match("Invalid DID 5551234567.", None, "get_dids")
    assert detail == ErrorDetail(
        "E_OP", "Invalid DID 5551234567.", None, "Not one of your DIDs.", "List them first.", {"did": "5551234567"}
    )


def test_match_falls_back_to_the_global_table_and_fills_the_resolution() -> None:
    detail = TABLE.match("Invalid DID 555", 200, "buy")
    assert (detail.code, detail.http_status, detail.description) == ("E_GLOBAL", 200, "The DID is wrong.")
    assert detail.params == {"did": "555"}
    # Unknown placeholders of a resolution stay as they are.
    assert detail.resolution == "Check 555 and {other}."


def test_match_uses_the_rows_status_when_the_response_has_none() -> None:
    assert TABLE.match("Invalid DID 5", None, "buy").http_status == 400
    assert TABLE.match("Invalid DID 5", 502, "buy").http_status == 502


def test_match_then_tries_the_other_tables_by_name() -> None:
    assert TABLE.match("Out of stock", None, "buy").code == "E_STOCK_BUY"
    other = TABLE.match("Out of stock.", None, "get_dids")
    assert (other.code, other.http_status, other.description) == ("E_STOCK_ANOTHER", 410, "another")


def test_match_of_an_undocumented_message_keeps_the_message_and_status() -> None:
    assert TABLE.match("Something odd", 418, "get_dids") == ErrorDetail(None, "Something odd", 418)


def test_match_does_not_try_patterns_on_long_messages() -> None:
    fits = "Invalid DID " + "5" * (400 - len("Invalid DID "))
    assert len(fits) == 400 and TABLE.match(fits, None, "buy").code == "E_GLOBAL"
    too_long = fits + "5"
    assert TABLE.match(too_long, None, "buy") == ErrorDetail(None, too_long, None)


def test_match_in_an_unknown_scope_uses_the_global_table_first() -> None:
    assert TABLE.match("Invalid DID 5", None, "no_such_operation").code == "E_GLOBAL"


# --- ErrorTable.row ----------------------------------------------------------------------------


def test_row_by_code_in_scope_order() -> None:
    assert TABLE.row("DUP", "get_dids") == ("DUP", "Duplicate in operation", 409, "operation", "")
    assert TABLE.row("DUP") == ("DUP", "Duplicate global", 400, "global", "")
    assert TABLE.row("DUP", "buy") == ("DUP", "Duplicate global", 400, "global", "")
    assert TABLE.row("E_STOCK_BUY") == ("E_STOCK_BUY", "Out of stock.", 409, "buy", "")
    assert TABLE.row("nope", "get_dids") is None
    assert TABLE.row("") is None


# --- ErrorTable.error --------------------------------------------------------------------------


def test_error_builds_the_class_of_the_first_code_with_every_detail() -> None:
    answer = response(400)
    details = (ErrorDetail("E_OP", "Invalid DID 5."), ErrorDetail("E_GLOBAL", "Invalid DID 6."))
    exc = TABLE.error(details, answer, retryable=False)
    assert type(exc) is InvalidDidError
    assert (exc.message, exc.code, exc.http_status, exc.errors, exc.retryable) == (
        "Invalid DID 5.",
        "E_OP",
        400,
        details,
        False,
    )
    assert exc.response is answer
    assert str(exc) == "Invalid DID 5. [E_OP, HTTP 400] (+1 more)"


def test_error_class_follows_prefixes_and_statuses() -> None:
    assert type(TABLE.error((ErrorDetail("E_STOCK_BUY", "m"),), response(409))) is StockError
    assert type(TABLE.error((ErrorDetail(None, "m"),), response(500))) is ServerError
    assert type(TABLE.error((ErrorDetail(None, "m"),), response(404))) is ApiError
    assert TABLE.error((ErrorDetail(None, "m"),), response(404)).retryable is None


# --- raise_for_status --------------------------------------------------------------------------


class FakeReader:
    """An ErrorReader that answers with fixed details and records what it was asked."""

    def __init__(self, details: tuple[ErrorDetail, ...], final_status: int | None = None) -> None:
        self.table = TABLE
        self.final_status = final_status
        self.details = details
        self.calls: list[tuple[int, bytes, str]] = []

    def read_errors(self, response: httpx.Response, body: bytes, operation: str) -> tuple[ErrorDetail, ...]:
        self.calls.append((response.status_code, body, operation))
        return self.details


def test_raise_for_status_accepts_the_success_codes_without_reading_the_body() -> None:
    reader = FakeReader((ErrorDetail("E_OP", "m"),))
    assert raise_for_status("get_dids", response(201), b"x", (200, 201), reader) is None
    assert reader.calls == []


def test_raise_for_status_raises_the_documented_error() -> None:
    reader = FakeReader((ErrorDetail("E_LIMIT", "Too many requests", 429),))
    answer = response(429)
    with pytest.raises(RateLimitError) as caught:
        raise_for_status("get_dids", answer, b"<errors/>", (200,), reader)
    assert reader.calls == [(429, b"<errors/>", "get_dids")]
    assert caught.value.code == "E_LIMIT" and caught.value.retryable is None
    assert caught.value.errors == reader.details and caught.value.response is answer


@pytest.mark.parametrize(("status", "retryable"), [(500, False), (503, None), (429, None)])
def test_raise_for_status_marks_errors_at_the_readers_final_status_as_final(
    status: int, retryable: bool | None
) -> None:
    reader = FakeReader((ErrorDetail("E_OP", "Invalid DID 5."),), final_status=500)
    with pytest.raises(InvalidDidError) as caught:
        raise_for_status("get_dids", response(status), b"", (200,), reader)
    assert caught.value.retryable is retryable


@pytest.mark.parametrize(
    ("status", "cls", "text"),
    [
        (503, ApiError, "HTTP 503 Service Unavailable with no documented error body [HTTP 503]"),
        (500, ServerError, "HTTP 500 Internal Server Error with no documented error body [HTTP 500]"),
        (599, ApiError, "HTTP 599 error with no documented error body [HTTP 599]"),
        (302, ApiError, "HTTP 302 Found with no documented error body [HTTP 302]"),
    ],
)
def test_raise_for_status_without_a_documented_body(status: int, cls: type[ApiError], text: str) -> None:
    answer = response(status, b"<html>oops</html>")
    with pytest.raises(ApiError) as caught:
        raise_for_status("get_dids", answer, b"<html>oops</html>", (201,), FakeReader(()))
    assert type(caught.value) is cls and str(caught.value) == text
    assert caught.value.code is None and caught.value.http_status == status and caught.value.response is answer
    assert caught.value.errors == ()


@pytest.mark.parametrize("status", [200, 202, 204, 299])
def test_any_2xx_without_an_error_is_a_success_left_to_the_parser(status: int) -> None:
    # A carrier answering 200 where its documentation says 201 has still bought the numbers.
    reader = FakeReader(())
    assert raise_for_status("purchase", response(status, b"<response/>"), b"<response/>", (201,), reader) is None
    assert reader.calls == [(status, b"<response/>", "purchase")]


def test_a_2xx_that_carries_a_documented_error_still_raises_it() -> None:
    reader = FakeReader((ErrorDetail("E_OP", "Invalid DID"),))
    with pytest.raises(InvalidDidError):
        raise_for_status("purchase", response(200, b"<errors/>"), b"<errors/>", (201,), reader)


def test_with_mutation_context_says_a_2xx_it_cannot_read_may_have_gone_through() -> None:
    def parse_order(response: httpx.Response, body: bytes) -> str:
        raise MalformedResponseError("the response is not well-formed XML")

    with pytest.raises(MalformedResponseError) as caught:
        with_mutation_context(parse_order)(response(200), b"<resp")
    assert caught.value.may_have_succeeded is True
    assert str(caught.value).startswith("the response is not well-formed XML; the carrier answered HTTP 200")
    assert "may have gone through" in str(caught.value) and "check before sending it again" in str(caught.value)
    assert caught.value.http_status == 200 and caught.value.body == b"<resp"

    def parse_garbage(response: httpx.Response, body: bytes) -> str:
        raise KeyError("x")

    with pytest.raises(MalformedResponseError, match="may have gone through") as garbage:
        with_mutation_context(parse_garbage)(response(201), b"?")
    assert garbage.value.may_have_succeeded is True


@pytest.mark.parametrize(
    ("guard", "status"), [(with_context, 200), (with_mutation_context, 500), (with_mutation_context, 302)]
)
def test_only_a_mutation_with_a_success_status_may_have_gone_through(guard, status: int) -> None:
    def parse(response: httpx.Response, body: bytes) -> str:
        raise MalformedResponseError("bad")

    with pytest.raises(MalformedResponseError) as caught:
        guard(parse)(response(status), b"x")
    assert str(caught.value) == "bad" and caught.value.may_have_succeeded is False


# --- with_context ------------------------------------------------------------------------------


def test_with_context_returns_what_the_parser_returns_and_keeps_its_name() -> None:
    def parse_balance(response: httpx.Response, body: bytes) -> str:
        return body.decode() + str(response.status_code)

    guarded = with_context(parse_balance)
    assert guarded(response(200), b"ok") == "ok200"
    assert guarded.__name__ == "parse_balance"


def test_with_context_fills_in_the_body_and_status_of_a_shape_error() -> None:
    body = b"y" * (BODY_EXCERPT + 1)

    def parse(response: httpx.Response, body: bytes) -> None:
        raise MalformedResponseError("reply.x: is missing from the response")

    with pytest.raises(MalformedResponseError, match=r"^reply\.x: is missing from the response$") as caught:
        with_context(parse)(response(200), body)
    assert caught.value.body == body[:BODY_EXCERPT] and caught.value.http_status == 200


def test_with_context_keeps_a_body_and_status_that_are_already_there() -> None:
    def parse(response: httpx.Response, body: bytes) -> None:
        raise MalformedResponseError("inner", body=b"inner body", http_status=502)

    with pytest.raises(MalformedResponseError) as caught:
        with_context(parse)(response(200), b"outer body")
    assert (caught.value.body, caught.value.http_status) == (b"inner body", 502)


def _raiser(exc: BaseException) -> Callable[[httpx.Response, bytes], None]:
    def parse(response: httpx.Response, body: bytes) -> None:
        raise exc

    return parse


@pytest.mark.parametrize(
    "exc",
    [
        ValueError("x"),
        UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"),
        ZeroDivisionError(),
        OverflowError(),
        TypeError("x"),
        KeyError("k"),
        IndexError(),
        AttributeError("a"),
        RecursionError(),
    ],
    ids=lambda e: type(e).__name__,
)
def test_with_context_turns_parser_failures_into_malformed_response_errors(exc: BaseException) -> None:
    with pytest.raises(MalformedResponseError) as caught:
        with_context(_raiser(exc))(response(203), b"garbage")
    assert str(caught.value) == f"the response could not be read ({type(exc).__name__})"
    assert (caught.value.body, caught.value.http_status) == (b"garbage", 203)
    assert caught.value.__suppress_context__ is True


def test_with_context_lets_carrier_errors_through() -> None:
    error = ApiError("Invalid DID", code="E_OP")
    with pytest.raises(ApiError) as caught:
        with_context(_raiser(error))(response(400), b"x")
    assert caught.value is error


# --- read_callback -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body", [b"<event/>", "<event/>", bytearray(b"<event/>"), memoryview(b"<event/>")], ids=lambda b: type(b).__name__
)
def test_read_callback_hands_the_parser_bytes(body: object) -> None:
    seen: list[object] = []

    def parse(raw: bytes) -> str:
        seen.append(raw)
        return "event"

    assert read_callback(body, parse) == "event"  # type: ignore[arg-type]
    assert seen == [b"<event/>"] and type(seen[0]) is bytes


def test_read_callback_encodes_text_as_utf8() -> None:
    assert read_callback("café", lambda raw: raw) == b"caf\xc3\xa9"


def test_read_callback_refuses_text_it_cannot_encode() -> None:
    with pytest.raises(MalformedResponseError, match=r"^the callback body is text that cannot be encoded as UTF-8$"):
        read_callback("\ud800", lambda raw: raw)


@pytest.mark.parametrize(("body", "name"), [(None, "NoneType"), (5, "int"), ({"a": 1}, "dict")])
def test_read_callback_refuses_bodies_that_are_not_bytes_or_text(body: object, name: str) -> None:
    with pytest.raises(MalformedResponseError, match=f"^a callback body is bytes, not {name}$"):
        read_callback(body, lambda raw: raw)  # type: ignore[arg-type]


def test_read_callback_fills_in_the_body_of_a_shape_error() -> None:
    def parse(raw: bytes) -> None:
        raise MalformedResponseError("event.id: is missing from the response")

    body = b"z" * (BODY_EXCERPT + 5)
    with pytest.raises(MalformedResponseError, match=r"^event\.id: is missing") as caught:
        read_callback(body, parse)
    assert caught.value.body == body[:BODY_EXCERPT] and caught.value.http_status is None

    def parse_with_body(raw: bytes) -> None:
        raise MalformedResponseError("inner", body=b"inner")

    with pytest.raises(MalformedResponseError) as caught:
        read_callback(b"outer", parse_with_body)
    assert caught.value.body == b"inner"


@pytest.mark.parametrize(
    "exc", [ValueError("x"), ZeroDivisionError(), TypeError(), KeyError("k"), AttributeError(), RecursionError()]
)
def test_read_callback_turns_parser_failures_into_malformed_response_errors(exc: BaseException) -> None:
    def parse(raw: bytes) -> None:
        raise exc

    with pytest.raises(MalformedResponseError) as caught:
        read_callback(b"{}", parse)
    assert str(caught.value) == f"the callback body could not be read ({type(exc).__name__})"
    assert caught.value.body == b"{}" and caught.value.__suppress_context__ is True
