"""What ``Client`` and ``AsyncClient`` share and no spec decides, with no I/O: argument checks,
the retry policy and deadlines, how a request is built and an answer wrapped, failure messages.

The carrier's own ``_ClientCore`` (generated) adds how a request is addressed (URL, query,
headers, body); ``SyncAPIClient`` and ``AsyncAPIClient`` (``_base_client``) add the I/O.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any, Final, TypeVar

import httpx

from ._body import ACCEPT_ENCODING
from ._exceptions import (
    ApiError,
    FieldError,
    MalformedResponseError,
    SdkError,
    TransportError,
    TransportTimeoutError,
    ValidationError,
)
from ._request import PreparedRequest
from ._retry import RetryPolicy, error_retryable, next_delay, retry_after, transport_retryable
from ._secrets import REDACTED, logger, redact, scrub_response, scrubbed, secret_filter, spellings_of
from ._validation import Problems, raise_problems

_T = TypeVar("_T")

#: Connect within 5 s; read, write and pool waits within 30 s.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)

# Headers that describe the body as it travelled, not as the SDK hands it on.
_ENCODED_FORM: Final = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})

# Credentials ride in headers or URLs: a stray newline or NUL would corrupt the request.
_UNSENDABLE: Final = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")  # controls, and lone surrogates

Parser = Callable[[httpx.Response, bytes], _T]


def check_credential(
    problems: Problems,
    name: str,
    value: object,
    *,
    optional: bool = False,
    in_header: bool = False,
    pattern: re.Pattern[str] | None = None,
) -> None:
    """Append what is wrong with a constructor credential (its value is never shown)."""
    if value is None and optional:
        return
    if not isinstance(value, str) or not value or _UNSENDABLE.search(value):
        problems.append((name, "must be a non-empty string without control characters"))
    elif in_header and not value.isascii():
        problems.append((name, "must be ASCII: it travels in an HTTP header"))
    elif pattern is not None and pattern.search(value) is None:
        shown = pattern.pattern[:-2] + "$" if pattern.pattern.endswith("\\Z") else pattern.pattern
        problems.append((name, f"must match {shown}"))


def _check_retries(problems: Problems, max_retries: object) -> None:
    if not isinstance(max_retries, int) or isinstance(max_retries, bool) or not 0 <= max_retries <= 10:
        problems.append(("max_retries", "must be an integer from 0 to 10"))


def _check_deadline(problems: Problems, deadline: object) -> None:
    if not isinstance(deadline, (int, float)) or isinstance(deadline, bool) or not deadline > 0:
        problems.append(("deadline", "must be a positive number of seconds"))


def _check_timeout(problems: Problems, timeout: object) -> None:
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return
    if not isinstance(timeout, (int, float)) or isinstance(timeout, bool) or not timeout > 0 or timeout != timeout:
        problems.append(("timeout", "must be a positive number of seconds or an httpx.Timeout"))


class ClientCore:
    """What both clients share and no spec decides: the retry policy, deadlines and failure messages.

    Subclasses address requests: ``_url``, ``_query``, ``_headers``, ``_content`` and
    ``_refuse_clashes`` (a parameter that would send a credential's name twice).
    """

    def __init__(
        self,
        *,
        base_url: str,
        base_urls: Mapping[str, str],
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        deadline: float,
        problems: Problems,
        secrets: tuple[str | None, ...],
    ) -> None:
        _check_retries(problems, max_retries)
        _check_deadline(problems, deadline)
        _check_timeout(problems, timeout)
        base = base_urls.get(base_url, base_url) if isinstance(base_url, str) else ""
        if not _is_http_url(base):
            problems.append(("base_url", "must be one of " + ", ".join(base_urls) + " or an http(s) URL"))
        raise_problems(problems)
        self.base_url: str = base.rstrip("/")
        self._timeout = DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout)
        self._retry = RetryPolicy(max_retries=max_retries, deadline=float(deadline))
        self._rng = random.Random()
        secret_filter.register(self, secrets)

    def _url(self, prepared: PreparedRequest) -> str:
        return self.base_url + prepared.path

    def _query(self, prepared: PreparedRequest) -> httpx.QueryParams:
        return httpx.QueryParams(prepared.query)

    def _headers(self, prepared: PreparedRequest) -> dict[str, str]:
        return {}

    def _content(self, prepared: PreparedRequest) -> bytes | None:
        return prepared.content

    def _refuse_clashes(self, prepared: PreparedRequest) -> None:
        return None

    def _policy(
        self, max_retries: int | None, deadline: float | None, timeout: float | httpx.Timeout | None = None
    ) -> RetryPolicy:
        """The client's retry policy with this call's overrides, which are checked like any argument."""
        problems: Problems = []
        if max_retries is not None:
            _check_retries(problems, max_retries)
        if deadline is not None:
            _check_deadline(problems, deadline)
        _check_timeout(problems, timeout)
        raise_problems(problems)
        return self._retry.with_overrides(max_retries, deadline)

    def _client_options(self) -> dict[str, Any]:
        """How the SDK builds its own httpx client (redirects are errors: they could re-send a purchase)."""
        return {"timeout": self._timeout, "follow_redirects": False}

    def _parsed(self, parse: Parser[_T], response: httpx.Response, body: bytes) -> _T:
        """Run a parser (they only raise SdkErrors) and keep no secret on what it raises.

        A carrier may echo a credential anywhere: in its message, in a ``Location`` header (a
        redirect of a query-authenticated call), in an HTML error page. The error is rebuilt with
        every form of every secret replaced, and without the exception it was raised from.
        """
        try:
            return parse(response, body)
        except ApiError as exc:
            forms = self._forms(response.extensions.get("sdk_prepared"))
            if exc.response is not None:
                exc.response = scrub_response(exc.response, forms, self._full_request(response))
            exc.__context__ = None
            raise scrubbed(exc, forms) from None
        except MalformedResponseError as exc:
            forms = self._forms(response.extensions.get("sdk_prepared"))
            exc.body = redact(exc.body.decode("utf-8", "replace"), forms).encode() if forms and exc.body else exc.body
            exc.args = tuple(redact(arg, forms) if isinstance(arg, str) else arg for arg in exc.args)
            exc.__context__ = None
            raise

    def _timeout_within(self, timeout: float | httpx.Timeout | None, deadline_at: float) -> httpx.Timeout:
        """The call's timeout, no phase of which may outlast the deadline (so a slow drip cannot)."""
        chosen = self._timeout if timeout is None else httpx.Timeout(timeout)
        remaining = max(0.001, deadline_at - time.monotonic())

        def clamp(value: float | None) -> float:
            return remaining if value is None else min(value, remaining)

        return httpx.Timeout(
            connect=clamp(chosen.connect), read=clamp(chosen.read), write=clamp(chosen.write), pool=clamp(chosen.pool)
        )

    def _request(
        self, client: httpx.Client | httpx.AsyncClient, prepared: PreparedRequest, timeout: httpx.Timeout
    ) -> httpx.Request:
        """The request of one attempt, built directly: ``client.build_request`` would parse the URL
        twice more to merge a base URL and parameters the SDK never sets on its client."""
        headers = client.headers.copy()  # an injected client's own defaults still go out
        headers.update(self._headers(prepared))
        headers["Accept-Encoding"] = ACCEPT_ENCODING  # what the SDK can decode within its size cap
        query = str(self._query(prepared))  # encoded by httpx's own rules
        url = f"{self._url(prepared)}?{query}" if query else self._url(prepared)
        try:
            return httpx.Request(
                prepared.method,
                url,
                headers=headers,
                content=self._content(prepared),
                extensions={"timeout": timeout.as_dict()},
            )
        except httpx.InvalidURL:
            # Too long a query (httpx refuses URLs past 64 KiB); nothing was sent.
            problem = FieldError(
                prepared.operation, "the request's URL is too long to send; pass fewer or shorter values"
            )
            raise ValidationError((problem,)) from None

    def _answer(self, prepared: PreparedRequest, streamed: httpx.Response, body: bytes) -> httpx.Response:
        """The read answer handed to parsers; its request is the bare URL (no credential in it).

        An error gets the request with its (credential-free) query back, in ``_parsed``.
        """
        # The body is decoded already: without its encoding and encoded length, httpx takes it as it is
        # (and counts its length itself).
        headers = [(name, value) for name, value in streamed.headers.raw if name.lower() not in _ENCODED_FORM]
        response = httpx.Response(
            streamed.status_code,
            headers=headers,
            content=body,
            request=_bare_request(prepared.method, self._url(prepared)),
            extensions={"http_version": streamed.extensions.get("http_version", b"HTTP/1.1")},
        )
        response.extensions["sdk_prepared"] = prepared
        return response

    def _forms(self, prepared: PreparedRequest | None) -> tuple[str, ...]:
        """Every spelling of the client's credentials and of the call's secret arguments, longest first."""
        forms = secret_filter.forms_of(self)
        if prepared is None or not prepared.secrets:
            return forms
        return tuple(sorted({*forms, *spellings_of(prepared.secrets)}, key=len, reverse=True))

    def _full_request(self, response: httpx.Response) -> httpx.Request:
        """The request an answer came from, with the operation's query but none of the credentials
        (and the call's secret arguments masked)."""
        prepared: PreparedRequest | None = response.extensions.get("sdk_prepared")
        if prepared is None:
            return response.request
        query = prepared.query
        if prepared.secrets:
            query = tuple((name, REDACTED if value in prepared.secrets else value) for name, value in query)
        return httpx.Request(prepared.method, self._url(prepared), params=query)

    def _log_success(self, prepared: PreparedRequest, response: httpx.Response, attempt: int) -> None:
        logger.debug(
            "%s %s (%s): HTTP %s after %d attempt(s)",
            prepared.method,
            shown_path(prepared),
            prepared.operation,
            response.status_code,
            attempt,
        )

    def _retry_delay(
        self, prepared: PreparedRequest, failure: SdkError, retryable: bool, asked: float | None, ctx: Attempts
    ) -> float | None:
        """Seconds to wait before the next attempt; None when the call must end with ``failure``."""
        policy = ctx.policy
        delay = next_delay(policy, ctx.attempt, time.monotonic() - ctx.started, asked, self._rng) if retryable else None
        if delay is None:
            return None
        logger.info(
            "%s %s (%s) failed (%s); retry %d of %d in %.2f s",
            prepared.method,
            shown_path(prepared),
            prepared.operation,
            failure,
            ctx.attempt,
            policy.max_retries,
            delay,
        )
        return delay

    def _failure(
        self, exc: httpx.HTTPError | ApiError, prepared: PreparedRequest
    ) -> tuple[SdkError, bool, float | None]:
        """An attempt's failure as (error to raise, may it be retried, seconds the server asked for)."""
        if isinstance(exc, ApiError):
            return (
                exc,
                error_retryable(exc, prepared.mutates),
                retry_after(exc.response.headers if exc.response is not None else None),
            )
        # The path only: query strings may carry credentials; and httpx's own text is scrubbed too.
        text = f"{prepared.method} {shown_path(prepared)} ({prepared.operation}) failed: {type(exc).__name__}: {exc}"
        text = redact(text, self._forms(prepared))
        failure = TransportTimeoutError(text) if isinstance(exc, httpx.TimeoutException) else TransportError(text)
        return failure, transport_retryable(exc, prepared.mutates), None

    @staticmethod
    def _out_of_time(prepared: PreparedRequest, policy: RetryPolicy, attempts: int) -> TransportTimeoutError:
        return TransportTimeoutError(
            f"{prepared.method} {shown_path(prepared)} ({prepared.operation}) ran out of its {policy.deadline:g} s "
            f"deadline after {attempts} attempt(s)"
        )


def shown_path(prepared: PreparedRequest) -> str:
    """The path a log line or error names: a SOAP endpoint's empty path shows as "/", not as nothing."""
    return prepared.path or "/"


class Attempts:
    """The running count of one call's attempts against its policy and deadline."""

    __slots__ = ("attempt", "policy", "started")

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy
        self.started = time.monotonic()
        self.attempt = 0

    def next_deadline(self, prepared: PreparedRequest) -> float:
        """Start one more attempt: the time by which it must end (raises when none is left)."""
        self.attempt += 1
        deadline_at = self.started + self.policy.deadline
        if time.monotonic() >= deadline_at:
            raise ClientCore._out_of_time(prepared, self.policy, self.attempt - 1)
        return deadline_at


@lru_cache(maxsize=512)
def _bare_request(method: str, url: str) -> httpx.Request:
    # Parsing a URL costs tens of microseconds; an operation's URL rarely changes between calls.
    return httpx.Request(method, url)


def _is_http_url(text: str) -> bool:
    if not text.startswith(("https://", "http://")):
        return False
    try:
        return bool(httpx.URL(text).host)
    except httpx.InvalidURL:
        return False
