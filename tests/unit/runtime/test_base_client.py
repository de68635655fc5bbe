"""Unit tests of ``generator.runtime._base_client``: the call path of both clients.

Drives ``SyncAPIClient`` and ``AsyncAPIClient`` through a tiny carrier subclass, over
``httpx.MockTransport`` and, for the deadline, over a local server that drips its answer:
success, retries and their waits, ``Retry-After``, mutating calls, transport failures,
per-call overrides, deadlines, the rate budget, secrets kept out of errors and logs, the
deadline-bound transport installed by ``_open``, and closing only what the client opened.
"""

from __future__ import annotations

import logging
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import anyio
import httpx
import pytest

from generator.runtime._base_client import AsyncAPIClient, SyncAPIClient
from generator.runtime._budget import RateBudget
from generator.runtime._exceptions import (
    ApiError,
    BudgetExhaustedError,
    FieldError,
    MalformedResponseError,
    TransportError,
    TransportTimeoutError,
    ValidationError,
)
from generator.runtime._request import PreparedRequest
from generator.runtime._transport import _AsyncBackend, _Backend

BASE_URLS = {"production": "https://api.x.test/v1/"}
SECRET = "s3cr3t-pw"
GET_DIDS = PreparedRequest("get_dids", "GET", "/dids", (("limit", "5"),))
BUY_DID = PreparedRequest("buy_did", "POST", "/dids", (), content=b"did=1", mutates=True)

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def drip_url() -> Iterator[str]:
    """A local HTTP server that drips its answer, 8 bytes every 40 ms (about 0.25 s in all)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.05)
    stop = threading.Event()

    def drip(conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                answer = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"
                for start in range(0, len(answer), 8):
                    if stop.is_set():
                        return
                    conn.sendall(answer[start : start + 8])
                    time.sleep(0.04)
            except OSError:
                return

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            threading.Thread(target=drip, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join()
    server.close()


def parse(response: httpx.Response, body: bytes) -> bytes:
    """A parser: the body on 200, else an ApiError carrying the body as its message."""
    if response.status_code != 200:
        raise ApiError(f"refused: {body.decode()}", http_status=response.status_code, response=response)
    return body


class Recorder:
    """A MockTransport handler answering from a script, recording every request it gets."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


class Client(SyncAPIClient):
    """The smallest carrier client: a password in the query string and the operation in a header."""

    def __init__(
        self,
        handler: Handler | None,
        *,
        max_retries: int = 2,
        deadline: float = 10.0,
        budget: RateBudget | None = None,
        timeout: float | httpx.Timeout | None = None,
        base_url: str = "production",
    ) -> None:
        super().__init__(
            base_url=base_url,
            base_urls=BASE_URLS,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            problems=[],
            secrets=(SECRET,),
        )
        self._open(None if handler is None else httpx.Client(transport=httpx.MockTransport(handler)), budget)
        self.sleeps: list[float] = []
        self._sleep = self.sleeps.append
        self._rng = random.Random(7)

    def _query(self, prepared: PreparedRequest) -> httpx.QueryParams:
        return httpx.QueryParams([("password", SECRET), *prepared.query])

    def _headers(self, prepared: PreparedRequest) -> dict[str, str]:
        return {"X-Operation": prepared.operation}


class AsyncClient(AsyncAPIClient):
    """The async twin of ``Client``."""

    def __init__(
        self,
        handler: Any,
        *,
        max_retries: int = 2,
        deadline: float = 10.0,
        budget: RateBudget | None = None,
        base_url: str = "production",
    ) -> None:
        super().__init__(
            base_url=base_url,
            base_urls=BASE_URLS,
            timeout=None,
            max_retries=max_retries,
            deadline=deadline,
            problems=[],
            secrets=(SECRET,),
        )
        self._open(None if handler is None else httpx.AsyncClient(transport=httpx.MockTransport(handler)), budget)
        self.sleeps: list[float] = []
        self._rng = random.Random(7)

        async def sleep(seconds: float) -> None:
            self.sleeps.append(seconds)

        self._sleep = sleep

    def _query(self, prepared: PreparedRequest) -> httpx.QueryParams:
        return httpx.QueryParams([("password", SECRET), *prepared.query])


def ok(body: bytes = b"fine", **kwargs: Any) -> httpx.Response:
    return httpx.Response(200, content=body, **kwargs)


def unavailable(retry_after: str | None = None) -> httpx.Response:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx.Response(503, content=b"busy", headers=headers)


def first_jitter(seed: int = 7, cap: float = 0.5) -> float:
    return random.Random(seed).uniform(0.0, cap)


# --- SyncAPIClient: success --------------------------------------------------------------------


def test_a_successful_call_sends_the_addressed_request_once(caplog: pytest.LogCaptureFixture) -> None:
    handler = Recorder(ok(b"<ok/>", headers={"X-Reply": "1"}))
    seen: list[httpx.Response] = []

    def keep(response: httpx.Response, body: bytes) -> bytes:
        seen.append(response)
        return body

    with caplog.at_level(logging.DEBUG, logger="generator.runtime"):
        assert Client(handler)._call(GET_DIDS, keep, None, None, None) == b"<ok/>"
    (request,) = handler.requests
    assert (request.method, request.url.path) == ("GET", "/v1/dids")
    assert request.url.params == httpx.QueryParams([("password", SECRET), ("limit", "5")])
    assert request.headers["X-Operation"] == "get_dids"
    assert request.headers["Accept-Encoding"] == "gzip, deflate"
    (response,) = seen
    assert response.content == b"<ok/>" and response.headers["X-Reply"] == "1" and response.http_version == "HTTP/1.1"
    # The response handed to the parser carries no credential: its request is the bare URL.
    assert str(response.request.url) == "https://api.x.test/v1/dids"
    messages = [r.getMessage() for r in caplog.records if r.name == "generator.runtime"]
    assert messages == ["GET /dids (get_dids): HTTP 200 after 1 attempt(s)"]


def test_the_request_body_is_sent() -> None:
    handler = Recorder(ok())
    Client(handler)._call(BUY_DID, parse, None, None, None)
    assert handler.requests[0].content == b"did=1" and handler.requests[0].method == "POST"


def test_refused_clashes_stop_the_call_before_sending() -> None:
    class Clashing(Client):
        def _refuse_clashes(self, prepared: PreparedRequest) -> None:
            raise ValidationError((FieldError("password", "clashes"),))

    handler = Recorder(ok())
    with pytest.raises(ValidationError):
        Clashing(handler)._call(GET_DIDS, parse, None, None, None)
    assert handler.requests == []


def test_invalid_per_call_overrides_send_nothing() -> None:
    handler = Recorder(ok())
    with pytest.raises(ValidationError, match=r"^1 invalid argument: deadline: "):
        Client(handler)._call(GET_DIDS, parse, None, None, 0)
    assert handler.requests == []


# --- SyncAPIClient: retries --------------------------------------------------------------------


def test_a_read_only_call_retries_a_503_after_a_jittered_wait(caplog: pytest.LogCaptureFixture) -> None:
    handler = Recorder(unavailable(), ok(b"done"))
    client = Client(handler)
    with caplog.at_level(logging.INFO, logger="generator.runtime"):
        assert client._call(GET_DIDS, parse, None, None, None) == b"done"
    assert len(handler.requests) == 2
    assert client.sleeps == [first_jitter()]
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO and r.name == "generator.runtime"]
    assert messages == [
        f"GET /dids (get_dids) failed (refused: busy [HTTP 503]); retry 1 of 2 in {first_jitter():.2f} s"
    ]


def test_retry_after_sets_the_wait() -> None:
    client = Client(Recorder(unavailable("3"), unavailable("0"), ok()))
    client._call(GET_DIDS, parse, None, None, None)
    assert client.sleeps == [3.0, 0.0]


def test_the_last_failure_is_raised_once_the_retries_are_spent() -> None:
    handler = Recorder(unavailable("1"))
    client = Client(handler, max_retries=2)
    with pytest.raises(ApiError, match=r"^refused: busy \[HTTP 503\]$"):
        client._call(GET_DIDS, parse, None, None, None)
    assert len(handler.requests) == 3 and client.sleeps == [1.0, 1.0]


def test_per_call_max_retries_overrides_the_client() -> None:
    handler = Recorder(unavailable("1"))
    with pytest.raises(ApiError):
        Client(handler, max_retries=5)._call(GET_DIDS, parse, None, 0, None)
    assert len(handler.requests) == 1


def test_a_retry_after_over_the_cap_ends_the_call() -> None:
    handler = Recorder(unavailable("31"), ok())
    client = Client(handler)
    with pytest.raises(ApiError):
        client._call(GET_DIDS, parse, None, None, None)
    assert len(handler.requests) == 1 and client.sleeps == []


def test_a_wait_past_the_deadline_ends_the_call() -> None:
    handler = Recorder(unavailable("5"), ok())
    with pytest.raises(ApiError):
        Client(handler, deadline=4.0)._call(GET_DIDS, parse, None, None, None)
    assert len(handler.requests) == 1


def test_errors_that_are_not_retryable_end_the_call() -> None:
    handler = Recorder(httpx.Response(400, content=b"bad"), ok())
    with pytest.raises(ApiError, match=r"^refused: bad \[HTTP 400\]$"):
        Client(handler)._call(GET_DIDS, parse, None, None, None)
    assert len(handler.requests) == 1


def test_a_mutating_call_does_not_retry_a_carrier_error() -> None:
    handler = Recorder(unavailable("0"), ok())
    with pytest.raises(ApiError):
        Client(handler)._call(BUY_DID, parse, None, None, None)
    assert len(handler.requests) == 1


def test_a_mutating_call_retries_when_the_connection_never_opened() -> None:
    handler = Recorder(httpx.ConnectError("refused"), ok(b"bought"))
    client = Client(handler)
    assert client._call(BUY_DID, parse, None, None, None) == b"bought"
    assert len(handler.requests) == 2 and client.sleeps == [first_jitter()]


def test_a_mutating_call_does_not_retry_a_read_timeout() -> None:
    handler = Recorder(httpx.ReadTimeout("slow"), ok())
    with pytest.raises(TransportTimeoutError, match=r"^POST /dids \(buy_did\) failed: ReadTimeout: slow$"):
        Client(handler)._call(BUY_DID, parse, None, None, None)
    assert len(handler.requests) == 1


def test_transport_failures_are_mapped_without_the_query() -> None:
    handler = Recorder(httpx.RemoteProtocolError("peer closed"))
    client = Client(handler, max_retries=1)
    with pytest.raises(TransportError) as caught:
        client._call(GET_DIDS, parse, None, None, None)
    assert type(caught.value) is TransportError
    assert str(caught.value) == "GET /dids (get_dids) failed: RemoteProtocolError: peer closed"
    assert len(handler.requests) == 2


def test_malformed_answers_are_not_retried() -> None:
    def broken(response: httpx.Response, body: bytes) -> bytes:
        raise MalformedResponseError("unreadable")

    handler = Recorder(ok())
    with pytest.raises(MalformedResponseError, match=r"^unreadable$"):
        Client(handler)._call(GET_DIDS, broken, None, None, None)
    assert len(handler.requests) == 1


def test_other_failures_of_the_exchange_reach_the_caller_unchanged() -> None:
    handler = Recorder(KeyError("handler bug"))
    with pytest.raises(KeyError, match="handler bug"):
        Client(handler)._call(GET_DIDS, parse, None, None, None)


# --- SyncAPIClient: deadlines ------------------------------------------------------------------


def test_a_dripping_answer_ends_at_the_deadline(drip_url: str) -> None:
    # Every read comes well within httpx's own 30 s read timeout; only the call's deadline ends it.
    client = Client(None, base_url=drip_url, max_retries=3, deadline=0.1)
    started = time.monotonic()
    with client, pytest.raises(TransportTimeoutError, match=r"^GET /dids \(get_dids\) failed: ReadTimeout: "):
        client._call(GET_DIDS, parse, None, None, None)
    assert time.monotonic() - started < 1.0


def test_a_dripping_answer_is_read_whole_within_a_long_enough_deadline(drip_url: str) -> None:
    # Outside a call the deadline-bound transport changes nothing: the same client still works.
    with Client(None, base_url=drip_url, deadline=10.0) as client:
        assert client._call(GET_DIDS, parse, 5.0, None, None) == b"ok"


def test_no_attempt_starts_after_the_deadline() -> None:
    handler = Recorder(unavailable("0"))
    client = Client(handler, deadline=0.2)
    client._sleep = lambda seconds: time.sleep(0.21)  # oversleeps the 0 s Retry-After past the deadline
    with pytest.raises(TransportTimeoutError) as caught:
        client._call(GET_DIDS, parse, None, None, None)
    assert str(caught.value) == "GET /dids (get_dids) ran out of its 0.2 s deadline after 1 attempt(s)"
    assert len(handler.requests) == 1


# --- SyncAPIClient: budget, secrets, closing ---------------------------------------------------


def test_a_spent_budget_refuses_the_call_before_sending() -> None:
    handler = Recorder(ok())
    client = Client(handler, budget=RateBudget((("get_dids", 1, "day", ("get_dids",)),)))
    client._call(GET_DIDS, parse, None, None, None)
    with pytest.raises(BudgetExhaustedError):
        client._call(GET_DIDS, parse, None, None, None)
    assert len(handler.requests) == 1


def test_every_retry_spends_from_the_budget() -> None:
    handler = Recorder(unavailable("0"))
    client = Client(handler, max_retries=5, budget=RateBudget((("all", 2, "hour", ()),)))
    with pytest.raises(BudgetExhaustedError, match=r"^get_dids: the all budget of 2 requests per 3600 s is spent"):
        client._call(GET_DIDS, parse, None, None, None)
    assert len(handler.requests) == 2


def test_secrets_echoed_by_the_carrier_are_scrubbed_from_errors() -> None:
    handler = Recorder(httpx.Response(401, content=f"bad password {SECRET}".encode()))
    with pytest.raises(ApiError) as caught:
        Client(handler)._call(GET_DIDS, parse, None, None, None)
    assert str(caught.value) == "refused: bad password ******** [HTTP 401]"
    assert caught.value.message == "refused: bad password ********"
    assert caught.value.response is not None
    assert caught.value.response.content == b"bad password ********"
    assert str(caught.value.response.request.url) == "https://api.x.test/v1/dids?limit=5"


def test_httpx_logs_never_show_the_password(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        Client(Recorder(unavailable("0"), ok()))._call(GET_DIDS, parse, None, None, None)
    assert SECRET not in caplog.text
    assert "password=********" in caplog.text


def test_closing_closes_only_the_clients_own_http_client() -> None:
    injected = Client(Recorder(ok()))
    with injected as entered:
        assert entered is injected
    assert injected._http.is_closed is False
    owned = Client(None)
    with owned:
        assert owned._http.is_closed is False
    assert owned._http.is_closed is True


def test_open_binds_the_deadline_to_the_clients_own_transport() -> None:
    with Client(None) as client:
        assert isinstance(client._http._transport._pool._network_backend, _Backend)  # type: ignore[attr-defined]
    injected = httpx.Client()
    Client(None)._open(injected, None)
    assert isinstance(injected._transport._pool._network_backend, _Backend)  # type: ignore[attr-defined]
    injected.close()


# --- AsyncAPIClient ----------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_success_and_retry() -> None:
    handler = Recorder(unavailable(), ok(b"done"))
    client = AsyncClient(handler)
    assert await client._call(GET_DIDS, parse, None, None, None) == b"done"
    assert client.sleeps == [first_jitter()]
    assert [r.url.params["password"] for r in handler.requests] == [SECRET, SECRET]


@pytest.mark.anyio
async def test_async_mutating_call_is_not_retried_after_sending() -> None:
    handler = Recorder(httpx.WriteError("broken pipe"), ok())
    with pytest.raises(TransportError, match=r"^POST /dids \(buy_did\) failed: WriteError: broken pipe$"):
        await AsyncClient(handler)._call(BUY_DID, parse, None, None, None)
    assert len(handler.requests) == 1


@pytest.mark.anyio
async def test_async_slow_exchange_ends_at_the_deadline() -> None:
    async def slow(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(1.0)
        return ok()

    started = time.monotonic()
    with pytest.raises(TransportTimeoutError) as caught:
        await AsyncClient(slow, deadline=0.1)._call(GET_DIDS, parse, None, None, None)
    assert time.monotonic() - started < 0.9
    assert str(caught.value) == "GET /dids (get_dids) failed: ReadTimeout: no complete answer by the call's deadline"


@pytest.mark.anyio
async def test_async_dripping_answer_ends_at_the_deadline(drip_url: str) -> None:
    client = AsyncClient(None, base_url=drip_url, max_retries=3, deadline=0.1)
    started = time.monotonic()
    async with client:
        with pytest.raises(TransportTimeoutError, match=r"^GET /dids \(get_dids\) failed: ReadTimeout: "):
            await client._call(GET_DIDS, parse, None, None, None)
    assert time.monotonic() - started < 1.0


@pytest.mark.anyio
async def test_async_open_binds_the_deadline_to_the_clients_own_transport() -> None:
    async with AsyncClient(None) as client:
        assert isinstance(client._http._transport._pool._network_backend, _AsyncBackend)  # type: ignore[attr-defined]


@pytest.mark.anyio
async def test_async_budget_and_scrubbing() -> None:
    handler = Recorder(httpx.Response(403, content=SECRET.encode()))
    client = AsyncClient(handler, budget=RateBudget((("p", 1, "day", ()),)))
    with pytest.raises(ApiError, match=r"^refused: \*\*\*\*\*\*\*\* \[HTTP 403\]$"):
        await client._call(GET_DIDS, parse, None, None, None)
    with pytest.raises(BudgetExhaustedError):
        await client._call(GET_DIDS, parse, None, None, None)
    assert len(handler.requests) == 1


@pytest.mark.anyio
async def test_async_closing_closes_only_the_clients_own_http_client() -> None:
    injected = AsyncClient(Recorder(ok()))
    async with injected as entered:
        assert entered is injected
    assert injected._http.is_closed is False
    owned = AsyncClient(None)
    async with owned:
        assert owned._http.is_closed is False
    assert owned._http.is_closed is True
