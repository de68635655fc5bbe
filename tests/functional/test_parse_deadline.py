"""The whole-call deadline covers parsing, and a large answer never blocks the event loop for long.

The answers are big VoiceMeUp envelopes (XML and JSON) and a big VoIP.ms listing (JSON, read by msgspec
straight into the records), 6 MiB each: a few hundred ms of parsing on these machines, served by
``httpx.MockTransport``, so the transport hands them over at once and all the time goes to parsing.
"""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from types import ModuleType
from typing import Any

import anyio
import httpx
import pytest
import voicemeup_sdk
import voipms_sdk

from .conftest import VOICEMEUP, VOIPMS, SdkCase

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


def _did(index: int) -> dict[str, str]:
    return {"did": str(5550000000 + index), "description": "Main line", "routing": "account:100001_VoIP", "pop": "3"}


@cache
def big_listing() -> bytes:
    """A successful VoIP.ms get_dids_info answer of about ``SIZE`` bytes (every value as text, as VoIP.ms writes)."""
    count = SIZE // len(json.dumps(_did(0)))
    return json.dumps({"status": "success", "dids": [_did(index) for index in range(count)]}).encode()


#: name -> (SDK case, method, arguments, answer)
CASES: dict[str, tuple[SdkCase, str, dict[str, Any], Any]] = {
    "voicemeup-xml": (VOICEMEUP, "get_calls", {"latest_hours": 1}, lambda: big_answer("xml")),
    "voicemeup-json": (VOICEMEUP, "get_calls", {"latest_hours": 1}, lambda: big_answer("json")),
    "voipms-json": (VOIPMS, "get_dids_info", {}, big_listing),
}


def _transport(body: bytes) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, content=body))


def _package(case: SdkCase) -> ModuleType:
    return voicemeup_sdk if case is VOICEMEUP else voipms_sdk


_WARM: set[tuple[str, str]] = set()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic collection inside: a full one stops every thread for as long as the whole heap takes to walk
    (hundreds of ms in a process as big as the test suite's), whoever allocates; that pause is the interpreter's."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _parse_alone(case: SdkCase, method: str, body: bytes) -> float:
    """Seconds the parser alone takes for ``body`` (no deadline), once warm (the first parse of a process also
    imports the readers and builds their decoders) and with the collector paused."""
    parse = getattr(case.module("_operations"), "parse_" + method)
    response = httpx.Response(200, content=b"", request=httpx.Request("GET", "https://x/"))
    if (case.name, method) not in _WARM:
        parse(response, body)
        _WARM.add((case.name, method))
    with _collector_paused():
        started = time.monotonic()
        parse(response, body)
        return time.monotonic() - started


@pytest.mark.parametrize("name", list(CASES))
async def test_a_parse_that_would_outlive_the_deadline_is_a_timeout(mode, name):
    case, method, arguments, answer = CASES[name]
    body, package = answer(), _package(case)
    alone = _parse_alone(case, method, body)
    deadline = alone / 4
    # The best of three calls: on a shared machine any one of them may lose the CPU for a while.
    elapsed = []
    for _ in range(3):
        started = time.monotonic()
        with _collector_paused():
            try:
                if mode == "sync":
                    http = httpx.Client(transport=_transport(body))
                    with package.Client(http_client=http, **case.credentials) as client:
                        getattr(client, method)(**arguments, deadline=deadline)
                else:
                    http = httpx.AsyncClient(transport=_transport(body))
                    async with package.AsyncClient(http_client=http, **case.credentials) as client:
                        await getattr(client, method)(**arguments, deadline=deadline)
            except package.TransportTimeoutError as exc:
                assert "deadline" in str(exc)
            else:
                took = time.monotonic() - started
                pytest.fail(f"the call returned after {took:.3f} s, deadline {deadline:.3f} s (parse: {alone:.3f} s)")
        elapsed.append(time.monotonic() - started)
        if elapsed[-1] < deadline + alone / 2:
            break
    # Well before the parse would have ended: past the deadline by at most one step the parse cannot
    # stop inside (for JSON, msgspec's skim of the answer into its items: a third of the parse).
    shown = ", ".join(f"{seconds:.3f}" for seconds in elapsed)
    assert min(elapsed) < deadline + alone / 2, f"{shown} s for a {deadline:.3f} s deadline (parse: {alone:.3f} s)"


@pytest.mark.parametrize("name", list(CASES))
async def test_a_large_answer_is_parsed_without_blocking_the_event_loop(name):
    case, method, arguments, answer = CASES[name]
    body, package = answer(), _package(case)
    alone = _parse_alone(case, method, body)
    # The loop keeps turning: no gap comes near the parse itself (a blocked loop would show one gap of it
    # all). The largest is the one msgspec call that skims a JSON answer into its items (``msgspec.Raw``):
    # a third of the parse, now that decoding them is as fast. The best of three calls: on a shared
    # machine any one of them may lose the CPU for a while.
    stalls = []
    for _ in range(3):
        stalls.append(await _largest_stall(package, case, method, arguments, body))
        if stalls[-1] < alone / 2:
            break
    shown = ", ".join(f"{seconds * 1000:.0f}" for seconds in stalls)
    assert min(stalls) < alone / 2, f"the event loop stalled {shown} ms (parse alone: {alone * 1000:.0f} ms)"


async def _largest_stall(package: ModuleType, case: SdkCase, method: str, arguments: Any, body: bytes) -> float:
    """The longest the event loop went without turning while one call read ``body``."""
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
    with _collector_paused():
        async with (
            package.AsyncClient(http_client=http, **case.credentials) as client,
            anyio.create_task_group() as tasks,
        ):
            tasks.start_soon(tick)
            await anyio.sleep(0.01)
            reply = await getattr(client, method)(**arguments, deadline=30)
            done.set()
    assert reply.status == "success" if case is VOICEMEUP else len(reply.dids) > 10_000
    return max(gaps)


def test_the_large_listing_is_read_by_msgspec_in_pieces_to_the_records_of_one_call():
    from voipms_sdk import _json, _jsonio

    body = big_listing()
    whole = _jsonio._decoder(_json.GetDIDsInfoResponseEnvelope).decode(body)
    assert _jsonio.decode_fast(body, _json.GetDIDsInfoResponseEnvelope) == whole
    assert whole.dids[-1].did == str(5550000000 + len(whole.dids) - 1)
