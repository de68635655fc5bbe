"""A dripping server cannot drain the connection pool: every failed attempt closes its connection.

A local server (127.0.0.1) drips the status line and headers of its answers one byte every 0.1 s until the
test turns it healthy; then it answers at once. Through a pool of ``POOL`` connections, ``DRIPS`` calls fail
by their (short) deadline, each leaving no connection behind, and the next call is served at once.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import anyio
import httpx
import iovox_sdk
import pytest

from .conftest import IOVOX, head

pytestmark = pytest.mark.anyio

DRIPS = 50
POOL = 10
DEADLINE = 0.05


class DripServer:
    """Drips its answers' headers a byte every 0.1 s while ``dripping``; otherwise answers ``body`` at once.

    ``open`` counts the connections the server still holds open, ``served`` the requests answered at once
    to a client still waiting for them.
    """

    def __init__(self, body: bytes) -> None:
        self.dripping = True
        self.body = body
        self.requests = 0
        self.open = 0
        self.served = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._sock = socket.create_server(("127.0.0.1", 0), backlog=128)
        self._sock.settimeout(0.05)
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> DripServer:
        self._start(self._accept)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=5)
        self._sock.close()

    def _start(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            with self._lock:
                self.open += 1
            self._start(self._serve, conn)

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(0.05)
        try:
            while not self._stop.is_set():
                if not self._read_request(conn):
                    return  # the client closed the connection
                with self._lock:
                    self.requests += 1
                    dripping = self.dripping
                    # A request read late, from a call that gave up (and hung up) while the server dripped,
                    # is not served: only one whose client still waits.
                    self.served += not dripping and not _hung_up(conn)
                if dripping:
                    for byte in head(200, len(self.body)):
                        if self._stop.wait(0.1):
                            return
                        conn.sendall(bytes([byte]))  # raises once the client has closed the connection
                else:
                    conn.sendall(head(200, len(self.body)).replace(b"Connection: close", b"X-A: b") + self.body)
        except OSError:
            return
        finally:
            conn.close()
            with self._lock:
                self.open -= 1

    def _read_request(self, conn: socket.socket) -> bool:
        data = b""
        while b"\r\n\r\n" not in data:
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                if self._stop.is_set():
                    return False
                continue
            if not chunk:
                return False
            data += chunk
        return True

    def wait_closed(self, limit: float = 2.0) -> int:
        """The connections still open once every client-side close has reached the server (or ``limit``)."""
        ends = time.monotonic() + limit
        while self.open and time.monotonic() < ends:
            time.sleep(0.01)
        return self.open


def _hung_up(conn: socket.socket) -> bool:
    """True when the client has closed its end: nothing is left to read but the end of the stream."""
    try:
        return conn.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except (BlockingIOError, TimeoutError):
        return False  # connected, nothing more sent: the client waits for its answer
    except OSError:
        return True


@pytest.fixture
def server() -> Iterator[DripServer]:
    status, body = IOVOX.successes[IOVOX.read]
    assert status == 200
    with DripServer(body) as running:
        yield running


def live_connections(http: httpx.Client | httpx.AsyncClient) -> int:
    pool = http._transport._pool  # type: ignore[attr-defined]
    return len(pool.connections)


def test_drip_failed_calls_leave_the_sync_client_serving_at_once(server: DripServer) -> None:
    before = set(threading.enumerate())
    http = httpx.Client(limits=httpx.Limits(max_connections=POOL, max_keepalive_connections=POOL))
    with http, iovox_sdk.Client(base_url=server.url, http_client=http, max_retries=0, **IOVOX.credentials) as client:
        for _ in range(DRIPS):
            started = time.monotonic()
            with pytest.raises(iovox_sdk.TransportTimeoutError):
                client.get_voxnumbers(deadline=DEADLINE)
            assert time.monotonic() - started < DEADLINE + 0.5  # not the seconds the whole drip takes
            assert live_connections(http) == 0  # the failed attempt's connection is closed and out of the pool
        server.dripping = False
        started = time.monotonic()
        page = client.get_voxnumbers(deadline=1.0)
        assert time.monotonic() - started < 0.5
        assert page is not None and server.served == 1
    assert set(threading.enumerate()) - before - set(server._threads) == set()  # no helper thread per call
    assert server.wait_closed() == 0


async def test_drip_failed_calls_leave_the_async_client_serving_at_once(server: DripServer) -> None:
    http = httpx.AsyncClient(limits=httpx.Limits(max_connections=POOL, max_keepalive_connections=POOL))
    async with (
        http,
        iovox_sdk.AsyncClient(base_url=server.url, http_client=http, max_retries=0, **IOVOX.credentials) as client,
    ):
        failures: list[BaseException] = []

        async def fail_once() -> None:
            try:
                await client.get_voxnumbers(deadline=DEADLINE)
            except iovox_sdk.SdkError as exc:
                failures.append(exc)

        for _ in range(DRIPS // POOL):  # a pool's worth at a time
            async with anyio.create_task_group() as tasks:
                for _ in range(POOL):
                    tasks.start_soon(fail_once)
            assert live_connections(http) == 0
        assert len(failures) == DRIPS
        assert all(isinstance(exc, iovox_sdk.TransportTimeoutError) for exc in failures), failures[:3]
        server.dripping = False
        started = time.monotonic()
        page = await client.get_voxnumbers(deadline=1.0)
        assert time.monotonic() - started < 0.5
        assert page is not None and server.served == 1
    assert server.wait_closed() == 0
