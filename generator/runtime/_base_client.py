"""The call path of ``Client`` and ``AsyncClient``: one exchange per attempt, retried by the policy.

Both halves differ only in I/O. The whole-call deadline is enforced in the transport (every
network operation is clamped to the time left, see ``_transport``), so no thread is started per
call and a connection that misses the deadline is closed, not left behind. The generated classes
are ``Client(SyncAPIClient, _ClientCore)`` and ``AsyncClient(AsyncAPIClient, _ClientCore)``.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import anyio
import httpx

from ._body import aread_body, read_body
from ._budget import RateBudget
from ._core import Attempts, ClientCore, Parser
from ._exceptions import ApiError
from ._request import PreparedRequest
from ._transport import bind_deadline, deadline

_T = TypeVar("_T")
_C = TypeVar("_C", bound="SyncAPIClient")
_A = TypeVar("_A", bound="AsyncAPIClient")


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
        self._http = http_client if http_client is not None else httpx.Client(**self._client_options())
        bind_deadline(self._http)

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
        attempts = Attempts(self._policy(max_retries, deadline, timeout))
        self._refuse_clashes(prepared)
        while True:
            deadline_at = attempts.next_deadline(prepared)
            if self._budget is not None:
                self._budget.spend(prepared.operation)
            try:
                response, body = self._exchange(prepared, timeout, deadline_at)
                result = self._parsed(parse, response, body)
            except (httpx.HTTPError, ApiError) as exc:
                failure, retryable, asked = self._failure(exc, prepared)
            else:
                self._log_success(prepared, response, attempts.attempt)
                return result
            self._sleep(self._retry_delay(prepared, failure, retryable, asked, attempts))

    def _exchange(
        self, prepared: PreparedRequest, timeout: float | httpx.Timeout | None, deadline_at: float
    ) -> tuple[httpx.Response, bytes]:
        request = self._request(self._http, prepared, self._timeout_within(timeout, deadline_at))
        with deadline(deadline_at):
            streamed = self._http.send(request, stream=True, follow_redirects=False)
            try:
                body = read_body(streamed, deadline_at)
            finally:
                streamed.close()
        return self._answer(prepared, streamed, body), body


class AsyncAPIClient(ClientCore):
    """The asynchronous half: one ``httpx.AsyncClient``, awaiting between retries."""

    _http: httpx.AsyncClient
    _owns_http: bool
    _budget: RateBudget | None
    _sleep: Callable[[float], Awaitable[None]]

    def _open(self, http_client: httpx.AsyncClient | None, budget: RateBudget | None) -> None:
        self._budget = budget
        self._sleep = anyio.sleep
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient(**self._client_options())
        bind_deadline(self._http)

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
        attempts = Attempts(self._policy(max_retries, deadline, timeout))
        self._refuse_clashes(prepared)
        while True:
            deadline_at = attempts.next_deadline(prepared)
            if self._budget is not None:
                self._budget.spend(prepared.operation)
            try:
                response, body = await self._exchange(prepared, timeout, deadline_at)
                result = self._parsed(parse, response, body)
            except (httpx.HTTPError, ApiError) as exc:
                failure, retryable, asked = self._failure(exc, prepared)
            else:
                self._log_success(prepared, response, attempts.attempt)
                return result
            await self._sleep(self._retry_delay(prepared, failure, retryable, asked, attempts))

    async def _exchange(
        self, prepared: PreparedRequest, timeout: float | httpx.Timeout | None, deadline_at: float
    ) -> tuple[httpx.Response, bytes]:
        request = self._request(self._http, prepared, self._timeout_within(timeout, deadline_at))
        # The transport bounds httpx's own network I/O; the cancel scope also bounds any other
        # transport an injected client may use.
        try:
            with deadline(deadline_at), anyio.fail_after(max(0.0, deadline_at - time.monotonic())):
                streamed = await self._http.send(request, stream=True, follow_redirects=False)
                try:
                    body = await aread_body(streamed, deadline_at)
                finally:
                    await streamed.aclose()
        except TimeoutError:
            raise httpx.ReadTimeout("no complete answer by the call's deadline") from None
        return self._answer(prepared, streamed, body), body
