"""The call path of ``Client`` and ``AsyncClient``: one exchange per attempt, retried by the policy.

Both halves differ only in I/O. The whole-call deadline is enforced in the transport (every
network operation is clamped to the time left, see ``_transport``), so no thread is started per
call and a connection that misses the deadline is closed, not left behind. Parsing runs under the
same deadline (the readers check it between pieces of work). ``AsyncClient`` parses an answer of
more than ``OFFLOAD_BYTES`` in a thread of its own, so that seconds of parsing never block the
event loop; the call still ends by its deadline. The generated classes are
``Client(SyncAPIClient, _ClientCore)`` and ``AsyncClient(AsyncAPIClient, _ClientCore)``.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any, Final, TypeVar

import httpx

from ._body import aread_body, read_body
from ._budget import RateBudget
from ._core import Attempts, ClientCore, Parser
from ._deadline import deadline
from ._exceptions import ApiError
from ._request import PreparedRequest
from ._secrets import secret_filter

_T = TypeVar("_T")
_C = TypeVar("_C", bound="SyncAPIClient")
_A = TypeVar("_A", bound="AsyncAPIClient")


def _bind_deadline(client: httpx.Client | httpx.AsyncClient) -> None:
    # httpcore (which the transport wraps) is imported by the first client httpx builds, not by ``import httpx``.
    from ._transport import bind_deadline

    bind_deadline(client)


#: Answers larger than this are parsed off the event loop (parsing 256 KiB takes up to ~20 ms).
OFFLOAD_BYTES: Final = 256 * 1024


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
        _bind_deadline(self._http)

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
        with secret_filter.hiding(prepared.secrets):  # a with block, not a frame: warnings' stacklevel holds
            while True:
                deadline_at = attempts.next_deadline(prepared)
                if self._budget is not None:
                    self._budget.spend(prepared.operation)
                try:
                    response, body = self._exchange(prepared, timeout, deadline_at)
                    result = self._parse(parse, response, body, deadline_at)
                except (httpx.HTTPError, ApiError) as exc:
                    failure, retryable, asked = self._failure(exc, prepared)
                else:
                    self._log_success(prepared, response, attempts.attempt)
                    return result
                delay = self._retry_delay(prepared, failure, retryable, asked, attempts)
                if delay is None:
                    raise failure  # not to be retried, or out of retries or time: where a traceback ends
                self._sleep(delay)

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

    def _parse(self, parse: Parser[_T], response: httpx.Response, body: bytes, deadline_at: float) -> _T:
        """``_parsed`` by the deadline (the readers look at it between pieces of their work)."""
        with deadline(deadline_at):
            return self._parsed(parse, response, body)


class AsyncAPIClient(ClientCore):
    """The asynchronous half: one ``httpx.AsyncClient``, awaiting between retries."""

    _http: httpx.AsyncClient
    _owns_http: bool
    _budget: RateBudget | None
    _sleep: Callable[[float], Awaitable[None]]

    def _open(self, http_client: httpx.AsyncClient | None, budget: RateBudget | None) -> None:
        import anyio

        self._budget = budget
        self._sleep = anyio.sleep
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient(**self._client_options())
        self._parsing: set[threading.Thread] = set()
        _bind_deadline(self._http)

    async def aclose(self) -> None:
        """Close the HTTP connections this client opened (not an injected ``http_client``).

        A parse still running in its thread (a call ended by its deadline meanwhile) stops at its next
        look at the clock; ``aclose`` waits for it, so the client leaves no thread behind.
        """
        import anyio

        while any(thread.is_alive() for thread in self._parsing):
            await anyio.sleep(0.005)
        self._parsing.clear()
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
        with secret_filter.hiding(prepared.secrets):  # a with block, not a frame: warnings' stacklevel holds
            while True:
                deadline_at = attempts.next_deadline(prepared)
                if self._budget is not None:
                    self._budget.spend(prepared.operation)
                try:
                    response, body = await self._exchange(prepared, timeout, deadline_at)
                    result = await self._parse(parse, response, body, deadline_at)
                except (httpx.HTTPError, ApiError) as exc:
                    failure, retryable, asked = self._failure(exc, prepared)
                else:
                    self._log_success(prepared, response, attempts.attempt)
                    return result
                delay = self._retry_delay(prepared, failure, retryable, asked, attempts)
                if delay is None:
                    raise failure  # not to be retried, or out of retries or time: where a traceback ends
                await self._sleep(delay)

    async def _exchange(
        self, prepared: PreparedRequest, timeout: float | httpx.Timeout | None, deadline_at: float
    ) -> tuple[httpx.Response, bytes]:
        import anyio

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

    async def _parse(self, parse: Parser[_T], response: httpx.Response, body: bytes, deadline_at: float) -> _T:
        """``_parsed`` by the deadline: inline for a small answer, in a thread of its own for a large one.

        The thread sees the call's deadline (its context is the caller's), so it gives up at its next
        check once the deadline has passed; the caller does not wait for that: it ends at the deadline.
        """
        with deadline(deadline_at):
            if len(body) <= OFFLOAD_BYTES:
                return self._parsed(parse, response, body)
            context = contextvars.copy_context()
        import anyio.from_thread
        import anyio.lowlevel

        outcome: list[Any] = []
        finished = anyio.Event()
        token = anyio.lowlevel.current_token()

        def run() -> None:
            try:
                outcome.append(context.run(self._parsed, parse, response, body))
            except BaseException as exc:  # handed to the caller, which raises it in its own task
                outcome.append(exc)
            finally:
                with contextlib.suppress(RuntimeError):  # the event loop has ended: nobody is waiting
                    anyio.from_thread.run_sync(finished.set, token=token)

        worker = threading.Thread(target=run, name="sdk-parse", daemon=True)
        self._parsing = {thread for thread in self._parsing if thread.is_alive()} | {worker}
        worker.start()
        try:
            with anyio.fail_after(max(0.0, deadline_at - time.monotonic())):
                await finished.wait()
        except TimeoutError:
            raise httpx.ReadTimeout("the answer was still being read at the call's deadline") from None
        if isinstance(outcome[0], BaseException):
            raise outcome[0]
        result: _T = outcome[0]
        return result
