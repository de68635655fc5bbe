"""200 async calls across every SDK against a local chaos server: nothing untyped, nothing sent twice, nothing left.

The server (asyncio, on 127.0.0.1, in the test's own event loop) answers each request one of many ways, chosen
by a seeded generator from the call and attempt: the documented success (now or after a delay, with the right
or a wrong content type), headers dripped a byte at a time, a reset (RST) before or in the middle of the answer,
garbage, a gzip bomb, a 5xx or 429 with ``Retry-After``, a body cut short. Each call carries its id in a header
(set by an httpx event hook on the SDK's own client), so the server counts how often each mutating call reached
it. Asserted: every failure is an ``SdkError``; no mutating call reached the server twice; every call ended by
its deadline + 0.5 s; once the clients are closed, no thread and no socket is left.
"""

from __future__ import annotations

import asyncio
import contextvars
import gzip
import os
import random
import socket
import struct
import threading
import time
from collections import Counter
from typing import Any

import anyio
import httpx
import pytest

from .conftest import SDKS, SdkCase

pytestmark = pytest.mark.anyio

CALLS = 200
AT_ONCE = 25
DEADLINE = 1.0
TIMEOUT = 0.4
SEED = 20

CALL: contextvars.ContextVar[str] = contextvars.ContextVar("chaos_call")
BOMB = gzip.compress(b"\0" * (40 * 1024 * 1024), compresslevel=9)  # 40 MiB inflated: past the SDKs' 32 MiB cap
BEHAVIOURS = (
    ("ok", 6),
    ("slow", 2),
    ("drip", 1),
    ("reset", 1),
    ("reset-mid-body", 1),
    ("garbage", 1),
    ("bomb", 1),
    ("retry-5xx", 2),
    ("429", 1),
    ("wrong-type", 1),
    ("cut-short", 1),
)


def _head(status: int, headers: dict[str, str], length: int | None) -> bytes:
    lines = [f"HTTP/1.1 {status} {httpx.codes.get_reason_phrase(status) or 'Status'}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    lines += [f"Content-Length: {length}"] if length is not None else []
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


class ChaosServer:
    """Answers every request in one of ``BEHAVIOURS``; counts the requests of each call id."""

    def __init__(self) -> None:
        self.sent: Counter[str] = Counter()
        self.behaviours: Counter[str] = Counter()
        self._writers: set[asyncio.StreamWriter] = set()
        self._server: asyncio.Server | None = None
        self.url = ""

    async def __aenter__(self) -> ChaosServer:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0, backlog=256)
        self.url = f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        await self._server.wait_closed()
        for _ in range(100):  # the handlers see their connections go and end
            if not self._writers:
                break
            await asyncio.sleep(0.01)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while await self._exchange(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.transport.abort()
            self._writers.discard(writer)

    async def _exchange(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """Serve one request; False once the connection is done."""
        head = await reader.readuntil(b"\r\n\r\n")
        headers = {}
        for line in head.decode("latin-1").split("\r\n")[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        await reader.readexactly(int(headers.get("content-length", "0")))
        sdk_name, method, call_id = headers["x-chaos-call"].split(":")
        self.sent[call_id] += 1
        rng = random.Random(f"{SEED}:{call_id}:{self.sent[call_id]}")
        behaviour = rng.choices([name for name, _ in BEHAVIOURS], [weight for _, weight in BEHAVIOURS])[0]
        self.behaviours[behaviour] += 1
        sdk = next(case for case in SDKS if case.name == sdk_name)
        return await self._answer(behaviour, sdk, method, rng, writer)

    async def _answer(self, behaviour: str, sdk: SdkCase, method: str, rng: random.Random, writer: Any) -> bool:
        status, body = sdk.successes[method]
        content_type = "application/json" if sdk.response_format == "json" else "text/xml; charset=utf-8"
        keep = {"Content-Type": content_type}
        if behaviour == "slow":
            await asyncio.sleep(rng.uniform(0.05, 0.6))
        elif behaviour == "drip":
            for byte in _head(status, keep, len(body)) + body:
                writer.write(bytes([byte]))
                await writer.drain()
                await asyncio.sleep(0.05)
            return False
        elif behaviour in ("reset", "reset-mid-body"):
            if behaviour == "reset-mid-body":
                writer.write(_head(status, keep, len(body) + 10) + body[: len(body) // 2])
                await writer.drain()
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            return False
        elif behaviour == "garbage":
            status, body = rng.choice([200, 500]), os.urandom(rng.randint(0, 3000))
            keep = {"Content-Type": rng.choice(["text/html", content_type, "application/octet-stream"])}
        elif behaviour == "bomb":
            status, body, keep = 200, BOMB, {"Content-Type": content_type, "Content-Encoding": "gzip"}
        elif behaviour in ("retry-5xx", "429"):
            status = 429 if behaviour == "429" else rng.choice([500, 502, 503, 504])
            body = sdk.error_body(status, "Try again later")
            keep = {"Content-Type": content_type, "Retry-After": rng.choice(["0", "1", "120", "soon", "\u00b2"])}
        elif behaviour == "wrong-type":
            keep = {"Content-Type": rng.choice(["text/html", "application/json", "text/plain", "image/png"])}
        elif behaviour == "cut-short":
            writer.write(_head(status, keep, len(body) + 100) + body)
            await writer.drain()
            return False
        if status == 204:
            body = b""
        writer.write(_head(status, keep, len(body)) + body)
        await writer.drain()
        return rng.random() < 0.7  # keep the connection alive, or close it after the answer


def socket_count() -> int:
    """Open sockets of this process."""
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            count += os.readlink(f"/proc/self/fd/{fd}").startswith("socket:")
        except OSError:
            continue
    return count


async def test_chaos_200_calls_leave_nothing_untyped_doubled_or_open() -> None:
    threads_before = set(threading.enumerate())
    sockets_before = socket_count()
    rng = random.Random(SEED)
    plan = []
    for number in range(CALLS):
        sdk = SDKS[number % len(SDKS)]
        method = sdk.mutate if rng.random() < 0.35 else rng.choice(sorted(sdk.calls))
        plan.append((sdk, method, f"c{number}"))
    outcomes: list[tuple[SdkCase, str, str, BaseException | None, float]] = []

    async def set_call(request: httpx.Request) -> None:
        request.headers["X-Chaos-Call"] = CALL.get()

    async with ChaosServer() as server:
        clients = {}
        for sdk in SDKS:
            client = sdk.package.AsyncClient(base_url=server.url, timeout=TIMEOUT, deadline=DEADLINE, **sdk.credentials)
            client._http.event_hooks = {"request": [set_call], "response": []}
            clients[sdk.name] = client
        limiter = anyio.CapacityLimiter(AT_ONCE)

        async def one(sdk: SdkCase, method: str, call_id: str) -> None:
            async with limiter:
                CALL.set(f"{sdk.name}:{method}:{call_id}")
                started = time.monotonic()
                failure: BaseException | None = None
                try:
                    await getattr(clients[sdk.name], method)(**sdk.calls[method])
                except Exception as exc:
                    failure = exc
                outcomes.append((sdk, method, call_id, failure, time.monotonic() - started))

        started = time.monotonic()
        async with anyio.create_task_group() as tasks:
            for sdk, method, call_id in plan:
                tasks.start_soon(one, sdk, method, call_id)
        elapsed = time.monotonic() - started
        for client in clients.values():
            await client.aclose()
    await asyncio.sleep(0.05)

    assert len(outcomes) == CALLS
    untyped = [
        (sdk.name, method, repr(exc))
        for sdk, method, _, exc, _ in outcomes
        if exc is not None and not isinstance(exc, sdk.package.SdkError)
    ]
    assert untyped == [], untyped
    mutating = {call_id for sdk, method, call_id, _, _ in outcomes if method in sdk.mutating}
    doubled = {call_id: server.sent[call_id] for call_id in mutating if server.sent[call_id] > 1}
    assert doubled == {}, doubled
    late = [
        (sdk.name, method, round(seconds, 2)) for sdk, method, _, _, seconds in outcomes if seconds > DEADLINE + 0.5
    ]
    assert late == [], late
    assert set(threading.enumerate()) - threads_before == set()
    assert socket_count() == sockets_before
    # The chaos really happened, and some calls still got through it.
    assert len(server.behaviours) == len(BEHAVIOURS), server.behaviours
    assert sum(exc is None for *_, exc, _ in outcomes) > CALLS // 4
    assert elapsed < 15
