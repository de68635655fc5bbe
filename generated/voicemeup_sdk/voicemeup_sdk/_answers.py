"""Reading carrier answers: the documented error table, the status check, and the guard that turns
any parser failure into a MalformedResponseError."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from functools import cache
from typing import Final, Protocol, TypeVar

import httpx

from ._exceptions import BODY_EXCERPT, ApiError, ErrorDetail, MalformedResponseError

_P = TypeVar("_P")

#: One documented error: code, message (``{placeholders}`` allowed), HTTP status, description, resolution.
Row = tuple[str, str, int | None, str, str]

# Documented messages are short; matching a huge one against patterns with several placeholders
# could take seconds of backtracking.
_MATCHABLE_LENGTH: Final = 400
_PLACEHOLDER: Final = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def message_pattern(message: str) -> str:
    """A documented message with ``{name}`` placeholders as a regex with named groups.

    Carriers vary trailing punctuation and spacing; the pattern tolerates both.
    """
    out, last = [], 0
    seen: set[str] = set()
    for match in _PLACEHOLDER.finditer(message):
        out.append(re.escape(message[last : match.start()]))
        name = match.group(1)
        out.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
        last = match.end()
    out.append(re.escape(message[last:]))
    return r"\s*" + "".join(out).rstrip(r"\.") + r"\.?\s*"


class ErrorTable:
    """A carrier's documented errors by scope (``""`` is the provider-wide table, else an operation).

    Lookups try the operation's own rows first, then the global table, then every other table:
    carriers sometimes answer with a message documented under another operation.
    """

    def __init__(
        self, rows: Mapping[str, tuple[Row, ...]], class_for: Callable[[str | None, int | None], type[ApiError]]
    ):
        self._rows = rows
        self.class_for = class_for
        self._patterns = cache(self._compile)
        self._codes = cache(self._index)

    def _order(self, scope: str) -> list[str]:
        return list(dict.fromkeys([scope, "", *sorted(self._rows)]))

    def _compile(self, scope: str) -> tuple[tuple[re.Pattern[str], Row], ...]:
        return tuple(
            (re.compile(message_pattern(row[1])), row)
            for name in self._order(scope)
            for row in self._rows.get(name, ())
        )

    def _index(self, scope: str) -> Mapping[str, Row]:
        found: dict[str, Row] = {}
        for name in self._order(scope):
            for row in self._rows.get(name, ()):
                found.setdefault(row[0], row)
        return found

    def match(self, message: str, http_status: int | None, scope: str) -> ErrorDetail:
        """The documented error whose message ``message`` is, with its placeholders' values."""
        if len(message) <= _MATCHABLE_LENGTH:
            for pattern, (code, _, status, description, resolution) in self._patterns(scope):
                found = pattern.fullmatch(message)
                if found is not None:
                    params = {name: value for name, value in found.groupdict().items() if value is not None}
                    resolution = resolution.format_map(_Keep(params))
                    return ErrorDetail(code, message, http_status or status, description, resolution, params)
        return ErrorDetail(None, message, http_status)

    def row(self, code: str, scope: str = "") -> Row | None:
        """The documented row of ``code``, if any."""
        return self._codes(scope).get(code)

    def error(
        self,
        details: tuple[ErrorDetail, ...],
        response: httpx.Response,
        *,
        retryable: bool | None = None,
        first: ErrorDetail | None = None,
    ) -> ApiError:
        """The exception for an error answer: the class of the first error's code, every detail attached.

        ``first`` stands in for the first detail when the answer carried none (its status alone says
        it failed).
        """
        first = first or details[0]
        cls = self.class_for(first.code, response.status_code)
        return cls(
            first.message,
            code=first.code,
            http_status=response.status_code,
            response=response,
            errors=details,
            retryable=retryable,
        )


class _Keep(dict[str, str]):
    """Leave unknown placeholders of a resolution text as they are."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class ErrorReader(Protocol):
    """How a carrier's error answers read: every error an answer carries, () for any other body."""

    table: ErrorTable
    #: The HTTP status at which the carrier's error answers are final, never retried (a SOAP fault's
    #: 500); None when the status alone decides.
    final_status: int | None

    def read_errors(self, response: httpx.Response, body: bytes, operation: str) -> tuple[ErrorDetail, ...]: ...


def raise_for_status(
    operation: str, response: httpx.Response, body: bytes, success: tuple[int, ...], errors: ErrorReader
) -> None:
    """Raise the right ApiError when the answer is not a success.

    The operation's documented success codes are not the only ones: any other 2xx that carries no
    error is read as the documented success (a carrier answering 200 where its documentation says
    201 has still bought the numbers; reporting a failure would invite buying them again).
    """
    if response.status_code in success:
        return
    details = errors.read_errors(response, body, operation)
    if details:
        final = errors.final_status is not None and response.status_code == errors.final_status
        raise errors.table.error(details, response, retryable=False if final else None)
    if response.is_success:
        return
    reason = response.reason_phrase or "error"
    raise errors.table.class_for(None, response.status_code)(
        f"HTTP {response.status_code} {reason} with no documented error body",
        http_status=response.status_code,
        response=response,
    )


def with_context(parse: Callable[[httpx.Response, bytes], _P]) -> Callable[[httpx.Response, bytes], _P]:
    """Make every failure of ``parse`` an SdkError that carries the response's body and status."""
    return _in_context(parse, mutates=False)


def with_mutation_context(parse: Callable[[httpx.Response, bytes], _P]) -> Callable[[httpx.Response, bytes], _P]:
    """``with_context`` for a call that changes something (buys, cancels, sends).

    A success status whose body cannot be read still means the carrier may have carried the
    request out: the MalformedResponseError says so (and sets ``may_have_succeeded``), so that
    nobody buys the same numbers twice on the strength of an unreadable receipt.
    """
    return _in_context(parse, mutates=True)


def _in_context(
    parse: Callable[[httpx.Response, bytes], _P], *, mutates: bool
) -> Callable[[httpx.Response, bytes], _P]:
    @functools.wraps(parse)
    def parse_in_context(response: httpx.Response, body: bytes) -> _P:
        try:
            return parse(response, body)
        except MalformedResponseError as exc:
            if not exc.body:
                exc.body = body[:BODY_EXCERPT]
            if exc.http_status is None:
                exc.http_status = response.status_code
            if mutates and response.is_success:
                _may_have_succeeded(exc, response)
            raise
        except (ValueError, ArithmeticError, TypeError, LookupError, AttributeError, RecursionError) as exc:
            # A parser tripping over garbage must never surface as a bare Python error.
            error = MalformedResponseError(
                f"the response could not be read ({type(exc).__name__})", body=body, http_status=response.status_code
            )
            if mutates and response.is_success:
                _may_have_succeeded(error, response)
            raise error from None

    return parse_in_context


def _may_have_succeeded(exc: MalformedResponseError, response: httpx.Response) -> None:
    exc.may_have_succeeded = True
    exc.args = (
        f"{exc.args[0] if exc.args else exc}; the carrier answered HTTP {response.status_code}, a success, so the "
        "request may have gone through (an order placed, a number released): check before sending it again",
        *exc.args[1:],
    )


def read_callback(body: bytes | str, parse: Callable[[bytes], _P]) -> _P:
    """Run a webhook parser on the raw body your endpoint received (text is encoded as UTF-8).

    Every failure is a MalformedResponseError carrying the start of the body: a callback parser
    never surfaces a bare Python error (deep nesting, bad text, a value that does not convert).
    """
    if isinstance(body, str):
        try:
            raw = body.encode("utf-8")
        except UnicodeEncodeError:
            raise MalformedResponseError("the callback body is text that cannot be encoded as UTF-8") from None
    elif isinstance(body, (bytes, bytearray, memoryview)):
        raw = bytes(body)
    else:
        raise MalformedResponseError(f"a callback body is bytes, not {type(body).__name__}")
    try:
        return parse(raw)
    except MalformedResponseError as exc:
        # The readers are shared with carrier answers and word their findings about "the response";
        # here the body is the callback the carrier posted.
        raise MalformedResponseError(_about_callback(str(exc)), body=exc.body or raw) from None
    except (ValueError, ArithmeticError, TypeError, LookupError, AttributeError, RecursionError) as exc:
        raise MalformedResponseError(f"the callback body could not be read ({type(exc).__name__})", body=raw) from None


_RESPONSE: Final = re.compile(r"\bthe response(?: body)?\b")


def _about_callback(message: str) -> str:
    """A reader's message about "the response", said of the callback body instead."""
    return _RESPONSE.sub("the callback body", message)
