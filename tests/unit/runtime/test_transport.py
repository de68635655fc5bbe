"""Unit tests of ``generator.runtime._transport``: network operations bounded by the call's deadline.

Covers ``deadline`` (set, nested, reset on errors, not seen by other threads), ``_bounded``, the
sync and async backend and stream wrappers over recording fakes (every operation clamped to the
time left, each kind of timeout once none is left, everything else delegated) and
``bind_deadline`` (own and mounted transports wrapped once, other transports left alone).
"""

from __future__ import annotations

import ssl
import threading
import time
from typing import Any

import httpcore
import httpx
import pytest

from generator.runtime._deadline import deadline
from generator.runtime._transport import (
    _AsyncBackend,
    _AsyncStream,
    _Backend,
    _bounded,
    _Stream,
    bind_deadline,
)

EXPIRED = "^the call's deadline has passed$"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class FakeStream(httpcore.NetworkStream):
    """Records the timeout each operation was given."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.calls.append(("read", timeout))
        return b"data"

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.calls.append(("write", timeout))

    def close(self) -> None:
        self.calls.append(("close", None))

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        self.calls.append(("start_tls", timeout))
        return self

    def get_extra_info(self, info: str) -> Any:
        return f"info:{info}"


class FakeBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self.stream = FakeStream()
        self.calls: list[tuple[Any, ...]] = []

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        self.calls.append(("connect_tcp", host, port, timeout, local_address, socket_options))
        return self.stream

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        self.calls.append(("connect_unix_socket", path, timeout, socket_options))
        return self.stream

    def sleep(self, seconds: float) -> None:
        self.calls.append(("sleep", seconds))


class FakeAsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.calls.append(("read", timeout))
        return b"data"

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.calls.append(("write", timeout))

    async def aclose(self) -> None:
        self.calls.append(("aclose", None))

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        self.calls.append(("start_tls", timeout))
        return self

    def get_extra_info(self, info: str) -> Any:
        return f"info:{info}"


class FakeAsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self) -> None:
        self.stream = FakeAsyncStream()
        self.calls: list[tuple[Any, ...]] = []

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        self.calls.append(("connect_tcp", host, port, timeout, local_address, socket_options))
        return self.stream

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.AsyncNetworkStream:
        self.calls.append(("connect_unix_socket", path, timeout, socket_options))
        return self.stream

    async def sleep(self, seconds: float) -> None:
        self.calls.append(("sleep", seconds))


def left(value: float | None, most: float) -> bool:
    """Whether a clamped timeout is the time left before a deadline ``most`` seconds away."""
    return value is not None and most - 0.5 < value <= most


# --- deadline, _bounded ------------------------------------------------------------------------


def test_without_a_deadline_timeouts_are_unchanged() -> None:
    assert _bounded(None, httpcore.ReadTimeout) is None
    assert _bounded(30.0, httpcore.ReadTimeout) == 30.0


def test_a_deadline_clamps_timeouts_to_the_time_left() -> None:
    with deadline(time.monotonic() + 10.0):
        assert left(_bounded(None, httpcore.ReadTimeout), 10.0)
        assert left(_bounded(30.0, httpcore.ReadTimeout), 10.0)
        assert _bounded(2.0, httpcore.ReadTimeout) == 2.0
    assert _bounded(None, httpcore.ReadTimeout) is None


@pytest.mark.parametrize("expired", [httpcore.ReadTimeout, httpcore.WriteTimeout, httpcore.ConnectTimeout])
def test_a_passed_deadline_raises_the_kind_of_timeout_asked_for(expired: type[Exception]) -> None:
    with deadline(time.monotonic() - 0.001), pytest.raises(expired, match=EXPIRED):
        _bounded(5.0, expired)


def test_deadlines_nest_and_are_reset_even_on_errors() -> None:
    with deadline(time.monotonic() + 100.0):
        with pytest.raises(RuntimeError), deadline(time.monotonic() + 1.0):
            assert left(_bounded(None, httpcore.ReadTimeout), 1.0)
            raise RuntimeError
        assert left(_bounded(None, httpcore.ReadTimeout), 100.0)
    assert _bounded(None, httpcore.ReadTimeout) is None


def test_a_deadline_is_not_seen_by_other_threads() -> None:
    seen: list[float | None] = []
    with deadline(time.monotonic() + 1.0):
        thread = threading.Thread(target=lambda: seen.append(_bounded(None, httpcore.ReadTimeout)))
        thread.start()
        thread.join()
    assert seen == [None]


# --- sync wrappers -----------------------------------------------------------------------------


def test_backend_clamps_connects_and_wraps_the_stream() -> None:
    fake = FakeBackend()
    backend = _Backend(fake)
    with deadline(time.monotonic() + 3.0):
        stream = backend.connect_tcp("api.x.test", 443, timeout=5.0, local_address="0.0.0.0", socket_options=[1])
        unix = backend.connect_unix_socket("/tmp/s", timeout=1.0, socket_options=None)
    assert isinstance(stream, _Stream) and isinstance(unix, _Stream)
    (name, host, port, timeout, local, options), unix_call = fake.calls
    assert (name, host, port, local, options) == ("connect_tcp", "api.x.test", 443, "0.0.0.0", [1])
    assert left(timeout, 3.0)
    assert unix_call == ("connect_unix_socket", "/tmp/s", 1.0, None)
    backend.sleep(0.25)
    assert fake.calls[-1] == ("sleep", 0.25)


def test_stream_clamps_every_operation_and_delegates_the_rest() -> None:
    fake = FakeStream()
    stream = _Stream(fake)
    with deadline(time.monotonic() + 2.0):
        assert stream.read(10, timeout=30.0) == b"data"
        stream.write(b"x", timeout=None)
        tls = stream.start_tls(ssl.create_default_context(), "api.x.test", timeout=0.5)
    assert isinstance(tls, _Stream)
    assert [name for name, _ in fake.calls] == ["read", "write", "start_tls"]
    assert left(fake.calls[0][1], 2.0) and left(fake.calls[1][1], 2.0) and fake.calls[2][1] == 0.5
    assert stream.get_extra_info("server_addr") == "info:server_addr"
    stream.close()
    assert fake.calls[-1] == ("close", None)


def test_without_a_deadline_the_wrappers_pass_timeouts_through() -> None:
    fake = FakeBackend()
    stream = _Backend(fake).connect_tcp("h", 80, timeout=None)
    stream.read(1, timeout=7.0)
    assert fake.calls[0][3] is None and fake.stream.calls == [("read", 7.0)]


def test_once_the_deadline_has_passed_nothing_reaches_the_network() -> None:
    fake = FakeBackend()
    backend = _Backend(fake)
    stream = _Stream(fake.stream)
    with deadline(time.monotonic() - 1.0):
        with pytest.raises(httpcore.ConnectTimeout, match=EXPIRED):
            backend.connect_tcp("h", 80, timeout=5.0)
        with pytest.raises(httpcore.ConnectTimeout, match=EXPIRED):
            backend.connect_unix_socket("/tmp/s")
        with pytest.raises(httpcore.ReadTimeout, match=EXPIRED):
            stream.read(10, timeout=5.0)
        with pytest.raises(httpcore.WriteTimeout, match=EXPIRED):
            stream.write(b"x", timeout=5.0)
        with pytest.raises(httpcore.ConnectTimeout, match=EXPIRED):
            stream.start_tls(ssl.create_default_context(), "h", timeout=5.0)
    assert fake.calls == [] and fake.stream.calls == []


# --- async wrappers ----------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_backend_and_stream_clamp_and_delegate() -> None:
    fake = FakeAsyncBackend()
    backend = _AsyncBackend(fake)
    with deadline(time.monotonic() + 2.0):
        stream = await backend.connect_tcp("h", 443, timeout=9.0)
        assert isinstance(stream, _AsyncStream)
        assert await stream.read(5, timeout=None) == b"data"
        await stream.write(b"x", timeout=1.0)
        tls = await stream.start_tls(ssl.create_default_context(), "h", timeout=None)
        unix = await backend.connect_unix_socket("/tmp/s", timeout=None)
    assert isinstance(tls, _AsyncStream) and isinstance(unix, _AsyncStream)
    assert left(fake.calls[0][3], 2.0) and left(fake.calls[1][2], 2.0)
    assert [name for name, _ in fake.stream.calls] == ["read", "write", "start_tls"]
    assert left(fake.stream.calls[0][1], 2.0) and fake.stream.calls[1][1] == 1.0
    assert stream.get_extra_info("x") == "info:x"
    await stream.aclose()
    await backend.sleep(0.5)
    assert fake.stream.calls[-1] == ("aclose", None) and fake.calls[-1] == ("sleep", 0.5)


@pytest.mark.anyio
async def test_async_operations_after_the_deadline_time_out_at_once() -> None:
    fake = FakeAsyncBackend()
    stream = _AsyncStream(fake.stream)
    with deadline(time.monotonic() - 1.0):
        with pytest.raises(httpcore.ConnectTimeout, match=EXPIRED):
            await _AsyncBackend(fake).connect_tcp("h", 80)
        with pytest.raises(httpcore.ConnectTimeout, match=EXPIRED):
            await _AsyncBackend(fake).connect_unix_socket("/tmp/s")
        with pytest.raises(httpcore.ReadTimeout, match=EXPIRED):
            await stream.read(1)
        with pytest.raises(httpcore.WriteTimeout, match=EXPIRED):
            await stream.write(b"x")
        with pytest.raises(httpcore.ConnectTimeout, match=EXPIRED):
            await stream.start_tls(ssl.create_default_context())
    assert fake.calls == [] and fake.stream.calls == []


# --- bind_deadline -----------------------------------------------------------------------------


def backend_of(transport: Any) -> Any:
    return transport._pool._network_backend


def test_bind_deadline_wraps_the_clients_transports_once() -> None:
    proxied = httpx.HTTPTransport()
    with httpx.Client(mounts={"http://legacy.x.test": proxied}) as client:
        original = backend_of(client._transport)
        bind_deadline(client)
        wrapped = backend_of(client._transport)
        assert isinstance(wrapped, _Backend) and wrapped._backend is original
        assert isinstance(backend_of(proxied), _Backend)
        bind_deadline(client)
        assert backend_of(client._transport) is wrapped


def test_bind_deadline_leaves_other_transports_alone() -> None:
    mock = httpx.MockTransport(lambda request: httpx.Response(200))
    with httpx.Client(transport=mock) as client:
        bind_deadline(client)
        assert client._transport is mock and not hasattr(mock, "_pool")
        assert client.get("https://x.test/").status_code == 200


@pytest.mark.anyio
async def test_bind_deadline_wraps_async_transports() -> None:
    async with httpx.AsyncClient() as client:
        bind_deadline(client)
        wrapped = backend_of(client._transport)
        assert isinstance(wrapped, _AsyncBackend)
        bind_deadline(client)
        assert backend_of(client._transport) is wrapped
