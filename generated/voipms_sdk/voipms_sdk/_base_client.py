"""The call path ``Client`` and ``AsyncClient`` share: checks, retries, deadlines and the exchange.

``ClientCore`` is pure (no I/O): what the carrier's own ``_ClientCore`` adds is how a request is
addressed (URL, query, headers, body). ``SyncAPIClient`` and ``AsyncAPIClient`` differ only in
I/O. The generated classes are ``Client(SyncAPIClient, _ClientCore)`` and its async twin.
"""

from __future__ import annotations

import random
import re
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Final, TypeVar

import anyio
import httpx

from ._budget import RateBudget
from ._exceptions import ApiError, MalformedResponseError, SdkError, TransportError, TransportTimeoutError
from ._request import MAX_RESPONSE_BYTES, PreparedRequest
from ._retry import RetryPolicy, error_retryable, next_delay, retry_after, transport_retryable
from ._secrets import logger, scrubbed, secret_filter
from ._validation import Problems, raise_problems

_T = TypeVar("_T")

#: Connect within 5 s; read, write and pool waits within 30 s.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)

# Credentials ride in headers or URLs: a stray newline or NUL would corrupt the request.
_UNSENDABLE: Final = re.compile(r"[\x00-\x1f\x7f]")

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
        base = base_urls.get(base_url, base_url) if isinstance(base_url, str) else ""
        if not base.startswith(("https://", "http://")):
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

    def _policy(self, max_retries: int | None, deadline: float | None) -> RetryPolicy:
        """The client's retry policy with this call's overrides, which are checked like any argument."""
        problems: Problems = []
        if max_retries is not None:
            _check_retries(problems, max_retries)
        if deadline is not None:
            _check_deadline(problems, deadline)
        raise_problems(problems)
        return self._retry.with_overrides(max_retries, deadline)

    def _parsed(self, parse: Parser[_T], response: httpx.Response, body: bytes) -> _T:
        """Run a parser (they only raise SdkErrors); strip any secret the carrier echoed into an error."""
        try:
            return parse(response, body)
        except ApiError as exc:
            raise scrubbed(exc, secret_filter.forms_of(self)) from None

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
        return client.build_request(
            prepared.method,
            self._url(prepared),
            params=self._query(prepared),
            headers=self._headers(prepared),
            content=self._content(prepared),
            timeout=timeout,
        )

    def _read_response(self, prepared: PreparedRequest, streamed: httpx.Response, body: bytes) -> httpx.Response:
        # A read response, so that ApiError.response.content works for the caller; its request
        # carries neither credential headers nor credential query values.
        return httpx.Response(
            streamed.status_code,
            headers=streamed.headers,
            content=body,
            request=httpx.Request(prepared.method, self._url(prepared), params=prepared.query),
            extensions={"http_version": streamed.extensions.get("http_version", b"HTTP/1.1")},
        )

    def _log_success(self, prepared: PreparedRequest, response: httpx.Response, attempt: int) -> None:
        logger.debug(
            "%s %s (%s): HTTP %s after %d attempt(s)",
            prepared.method,
            prepared.path,
            prepared.operation,
            response.status_code,
            attempt,
        )

    def _retry_delay(
        self, prepared: PreparedRequest, failure: SdkError, retryable: bool, asked: float | None, ctx: _Attempts
    ) -> float:
        """Seconds to wait before the next attempt; raises ``failure`` when the call must end."""
        policy = ctx.policy
        delay = next_delay(policy, ctx.attempt, time.monotonic() - ctx.started, asked, self._rng) if retryable else None
        if delay is None:
            raise failure
        logger.info(
            "%s %s (%s) failed (%s); retry %d of %d in %.2f s",
            prepared.method,
            prepared.path,
            prepared.operation,
            failure,
            ctx.attempt,
            policy.max_retries,
            delay,
        )
        return delay

    @staticmethod
    def _transport_failure(prepared: PreparedRequest, exc: httpx.HTTPError) -> TransportError:
        # The path only: query strings may carry credentials, and httpx messages do not.
        text = f"{prepared.method} {prepared.path} ({prepared.operation}) failed: {type(exc).__name__}: {exc}"
        return TransportTimeoutError(text) if isinstance(exc, httpx.TimeoutException) else TransportError(text)

    @staticmethod
    def _out_of_time(prepared: PreparedRequest, policy: RetryPolicy, attempts: int) -> TransportTimeoutError:
        return TransportTimeoutError(
            f"{prepared.method} {prepared.path} ({prepared.operation}) ran out of its {policy.deadline:g} s "
            f"deadline after {attempts} attempt(s)"
        )


class _Attempts:
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


def _failure(exc: httpx.HTTPError | ApiError, prepared: PreparedRequest) -> tuple[SdkError, bool, float | None]:
    """An attempt's failure as (error to raise, may it be retried, seconds the server asked for)."""
    if isinstance(exc, httpx.HTTPError):
        return ClientCore._transport_failure(prepared, exc), transport_retryable(exc, prepared.mutates), None
    asked = retry_after(exc.response.headers if exc.response is not None else None)
    return exc, error_retryable(exc, prepared.mutates), asked


class SyncAPIClient(ClientCore):
    """The blocking half: one ``httpx.Client``, sleeping between retries."""

    _http: httpx.Client
    _owns_http: bool
    _budget: RateBudget | None
    _sleep: Callable[[float], None]

    def _open(self, http_client: httpx.Client | None, budget: RateBudget | None) -> None:
        self._budget = budget
        self._sleep = time.sleep
        self._owns_http = http_client is None
        self._http = (
            http_client if http_client is not None else httpx.Client(timeout=self._timeout, follow_redirects=False)
        )

    def close(self) -> None:
        """Close the HTTP connections this client opened (not an injected ``http_client``)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: _C) -> _C:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _call(
        self,
        prepared: PreparedRequest,
        parse: Parser[_T],
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        deadline: float | None,
    ) -> _T:
        attempts = _Attempts(self._policy(max_retries, deadline))
        self._refuse_clashes(prepared)
        while True:
            deadline_at = attempts.next_deadline(prepared)
            if self._budget is not None:
                self._budget.spend(prepared.operation)
            try:
                response, body = self._attempt(prepared, timeout, deadline_at)
                result = self._parsed(parse, response, body)
            except (httpx.HTTPError, ApiError) as exc:
                failure, retryable, asked = _failure(exc, prepared)
            else:
                self._log_success(prepared, response, attempts.attempt)
                return result
            self._sleep(self._retry_delay(prepared, failure, retryable, asked, attempts))

    def _attempt(
        self, prepared: PreparedRequest, timeout: float | httpx.Timeout | None, deadline_at: float
    ) -> tuple[httpx.Response, bytes]:
        # httpx bounds each read, not the whole exchange: a server dripping its headers could hold
        # the call for ever. The exchange runs in a helper thread that the call stops waiting for
        # at the deadline (the thread ends at httpx's own read timeout).
        outcome: list[tuple[httpx.Response, bytes]] = []
        failure: list[BaseException] = []

        def exchange() -> None:
            try:
                outcome.append(self._exchange(prepared, timeout, deadline_at))
            except BaseException as exc:  # handed over to the calling thread as is
                failure.append(exc)

        worker = threading.Thread(target=exchange, name=f"{type(self).__module__}-exchange", daemon=True)
        worker.start()
        worker.join(max(0.0, deadline_at - time.monotonic()))
        if worker.is_alive():
            raise httpx.ReadTimeout("no complete answer by the call's deadline")
        if failure:
            raise failure[0]
        return outcome[0]

    def _exchange(
        self, prepared: PreparedRequest, timeout: float | httpx.Timeout | None, deadline_at: float
    ) -> tuple[httpx.Response, bytes]:
        request = self._request(self._http, prepared, self._timeout_within(timeout, deadline_at))
        streamed = self._http.send(request, stream=True, follow_redirects=False)
        try:
            body = read_capped(streamed, deadline_at)
        finally:
            streamed.close()
        return self._read_response(prepared, streamed, body), body


class AsyncAPIClient(ClientCore):
    """The asynchronous half: one ``httpx.AsyncClient``; the whole exchange is bounded by the deadline."""

    _http: httpx.AsyncClient
    _owns_http: bool
    _budget: RateBudget | None
    _sleep: Callable[[float], Awaitable[None]]

    def _open(self, http_client: httpx.AsyncClient | None, budget: RateBudget | None) -> None:
        self._budget = budget
        self._sleep = anyio.sleep
        self._owns_http = http_client is None
        self._http = (
            http_client if http_client is not None else httpx.AsyncClient(timeout=self._timeout, follow_redirects=False)
        )

    async def aclose(self) -> None:
        """Close the HTTP connections this client opened (not an injected ``http_client``)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: _A) -> _A:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _call(
        self,
        prepared: PreparedRequest,
        parse: Parser[_T],
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        deadline: float | None,
    ) -> _T:
        attempts = _Attempts(self._policy(max_retries, deadline))
        self._refuse_clashes(prepared)
        while True:
            deadline_at = attempts.next_deadline(prepared)
            if self._budget is not None:
                self._budget.spend(prepared.operation)
            try:
                response, body = await self._attempt(prepared, timeout, deadline_at)
                result = self._parsed(parse, response, body)
            except (httpx.HTTPError, ApiError) as exc:
                failure, retryable, asked = _failure(exc, prepared)
            else:
                self._log_success(prepared, response, attempts.attempt)
                return result
            await self._sleep(self._retry_delay(prepared, failure, retryable, asked, attempts))

    async def _attempt(
        self, prepared: PreparedRequest, timeout: float | httpx.Timeout | None, deadline_at: float
    ) -> tuple[httpx.Response, bytes]:
        # The whole exchange, headers included, ends by the deadline however slowly bytes drip.
        try:
            with anyio.fail_after(max(0.0, deadline_at - time.monotonic())):
                return await self._exchange(prepared, timeout, deadline_at)
        except TimeoutError:
            raise httpx.ReadTimeout("no complete answer by the call's deadline") from None

    async def _exchange(
        self, prepared: PreparedRequest, timeout: float | httpx.Timeout | None, deadline_at: float
    ) -> tuple[httpx.Response, bytes]:
        request = self._request(self._http, prepared, self._timeout_within(timeout, deadline_at))
        streamed = await self._http.send(request, stream=True, follow_redirects=False)
        try:
            body = await aread_capped(streamed, deadline_at)
        finally:
            await streamed.aclose()
        return self._read_response(prepared, streamed, body), body


_C = TypeVar("_C", bound=SyncAPIClient)
_A = TypeVar("_A", bound=AsyncAPIClient)


def read_capped(response: httpx.Response, deadline_at: float) -> bytes:
    """Read the whole body by the deadline, refusing bodies above MAX_RESPONSE_BYTES."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        if time.monotonic() > deadline_at:
            raise httpx.ReadTimeout("the body was still arriving at the call's deadline")
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            raise MalformedResponseError(
                "the response is larger than the SDK accepts", http_status=response.status_code
            )
        chunks.append(chunk)
    return b"".join(chunks)


async def aread_capped(response: httpx.Response, deadline_at: float) -> bytes:
    """Read the whole body asynchronously by the deadline, refusing bodies above MAX_RESPONSE_BYTES."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        if time.monotonic() > deadline_at:
            raise httpx.ReadTimeout("the body was still arriving at the call's deadline")
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            raise MalformedResponseError(
                "the response is larger than the SDK accepts", http_status=response.status_code
            )
        chunks.append(chunk)
    return b"".join(chunks)
