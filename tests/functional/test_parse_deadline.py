"""The whole-call deadline covers parsing, and a large answer never blocks the event loop for long.

The answers are big VoiceMeUp envelopes (XML and JSON, 6 MiB: a few hundred ms of parsing on these machines)
served by ``httpx.MockTransport``, so the transport hands them over at once and all the time goes to parsing.
"""

from __future__ import annotations

import gc
import json
import time
from functools import cache

import anyio
import httpx
import pytest
import voicemeup_sdk

from .conftest import VOICEMEUP

pytestmark = pytest.mark.anyio

SIZE = 6 * 1024 * 1024


def _call_xml(index: int) -> str:
    return (
        f"<call><call_hash>{index:032x}</call_hash><date>2024-01-01 00:00:00</date><direction>inbound</direction>"
        f"<source>5551234567</source><destination>5557654321</destination><duration>{index % 600}</duration>"
        "<disposition>ANSWERED</disposition></call>"
    )


@cache
def big_answer(kind: str) -> bytes:
    """A successful get_calls answer of about ``SIZE`` bytes, as XML or JSON."""
    if kind == "xml":
        count = SIZE // len(_call_xml(0))
        calls = "".join(_call_xml(index) for index in range(count))
        return (
            "<response><response_details><response_status>success</response_status></response_details>"
            f"<calls>{calls}</calls></response>"
        ).encode()
    call = {"call_hash": "0" * 32, "date": "2024-01-01 00:00:00", "direction": "inbound", "duration": 60}
    count = SIZE // len(json.dumps(call))
    calls = [dict(call, call_hash=f"{index:032x}", duration=index % 600) for index in range(count)]
    return json.dumps({"response_details": {"response_status": "success"}, "calls": {"call": calls}}).encode()


def _transport(body: bytes) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, content=body))


def _parse_alone(body: bytes) -> float:
    """Seconds the parser alone takes for ``body`` (no deadline)."""
    from voicemeup_sdk import _operations

    response = httpx.Response(200, content=b"", request=httpx.Request("GET", "https://x/"))
    started = time.monotonic()
    _operations.parse_get_calls(response, body)
    return time.monotonic() - started


@pytest.mark.parametrize("kind", ["xml", "json"])
async def test_a_parse_that_would_outlive_the_deadline_is_a_timeout(mode, kind):
    body = big_answer(kind)
    alone = _parse_alone(body)
    deadline = alone / 4
    started = time.monotonic()
    with pytest.raises(voicemeup_sdk.TransportTimeoutError, match="deadline"):
        if mode == "sync":
            http = httpx.Client(transport=_transport(body))
            with voicemeup_sdk.Client(http_client=http, **VOICEMEUP.credentials) as client:
                client.get_calls(latest_hours=1, deadline=deadline)
        else:
            http = httpx.AsyncClient(transport=_transport(body))
            async with voicemeup_sdk.AsyncClient(http_client=http, **VOICEMEUP.credentials) as client:
                await client.get_calls(latest_hours=1, deadline=deadline)
    elapsed = time.monotonic() - started
    assert elapsed < deadline + alone / 4, f"{elapsed:.3f} s for a {deadline:.3f} s deadline (parse: {alone:.3f} s)"


@pytest.mark.parametrize("kind", ["xml", "json"])
async def test_a_large_answer_is_parsed_without_blocking_the_event_loop(kind):
    body = big_answer(kind)
    alone = _parse_alone(body)
    gaps: list[float] = []
    done = anyio.Event()

    async def tick() -> None:
        last = time.monotonic()
        while not done.is_set():
            await anyio.sleep(0.002)
            now = time.monotonic()
            gaps.append(now - last)
            last = now

    http = httpx.AsyncClient(transport=_transport(body))
    # A full collection stops every thread for as long as the whole heap takes to walk (hundreds of ms in
    # a process as big as the test suite's): that pause is the interpreter's, whoever allocates.
    gc.disable()
    try:
        async with (
            voicemeup_sdk.AsyncClient(http_client=http, **VOICEMEUP.credentials) as client,
            anyio.create_task_group() as tasks,
        ):
            tasks.start_soon(tick)
            await anyio.sleep(0.01)
            reply = await client.get_calls(latest_hours=1, deadline=30)
            done.set()
    finally:
        gc.enable()
    assert reply.status == "success"
    # The loop keeps turning: no gap comes near the parse itself (a blocked loop would show one gap of it all).
    stall = max(gaps)
    assert stall < alone / 3, f"the event loop stalled {stall * 1000:.0f} ms (parse alone: {alone * 1000:.0f} ms)"
