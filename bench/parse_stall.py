"""The event loop while an AsyncClient parses a 32 MiB answer, and the deadline over parsing.

For each body (VoiceMeUp XML and JSON envelopes, a VoIP.ms JSON listing; each just under the 32 MiB
cap) it prints, as medians of ``RUNS`` runs in this process:

- the parse alone, on the event loop (the baseline: a blocked loop stalls this long);
- the largest gap between the 2 ms ticks of another task while ``AsyncClient`` makes the call over
  ``httpx.MockTransport``: with the collector on (as users run) and off (the SDK's own share; a full
  collection stops every thread for as long as the heap takes to walk, whoever allocates);
- how late a sync ``Client`` call with a 0.1 s deadline ends (the parse alone takes seconds).

Target: the largest stall under 100 ms.
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx

RUNS = 3
CAP = 32 * 1024 * 1024 - 64 * 1024


def _voicemeup_xml() -> bytes:
    call = (
        "<call><call_hash>{i:032x}</call_hash><date>2024-01-01 00:00:00</date><direction>inbound</direction>"
        "<source>5551234567</source><destination>5557654321</destination><duration>{d}</duration>"
        "<disposition>ANSWERED</disposition><cost>0.0123</cost></call>"
    )
    count = CAP // len(call.format(i=0, d=600))
    calls = "".join(call.format(i=i, d=i % 600) for i in range(count))
    return (
        "<response><response_details><response_status>success</response_status></response_details>"
        f"<calls>{calls}</calls></response>"
    ).encode()


def _voicemeup_json() -> bytes:
    call = {
        "call_hash": "0" * 32,
        "date": "2024-01-01 00:00:00",
        "direction": "inbound",
        "source": "5551234567",
        "destination": "5557654321",
        "duration": 600,
        "disposition": "ANSWERED",
        "cost": 0.0123,
    }
    count = CAP // (len(json.dumps(call)) + 2)
    calls = [dict(call, call_hash=f"{i:032x}", duration=i % 600) for i in range(count)]
    return json.dumps({"response_details": {"response_status": "success"}, "calls": {"call": calls}}).encode()


def _voipms_json() -> bytes:
    did = {
        "did": "5551234567",
        "description": "Main line",
        "routing": "account:100001_VoIP",
        "voicemail": "101",
        "pop": "3",
        "dialtime": "60",
        "cnam": "1",
        "e911": "0",
        "note": "a note",
        "billing_type": "1",
        "next_billing": "2024-02-01",
        "order_date": "2023-01-01 10:00:00",
        "reseller_monthly": "1.50",
        "sms_enabled": "1",
    }
    count = CAP // (len(json.dumps(did)) + 2)
    return json.dumps(
        {"status": "success", "dids": [dict(did, did=str(5550000000 + i)) for i in range(count)]}
    ).encode()


async def _largest_gap(call: Callable[[], Any]) -> float:
    gaps: list[float] = []
    done = asyncio.Event()

    async def tick() -> None:
        last = time.perf_counter()
        while not done.is_set():
            await asyncio.sleep(0.002)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    ticker = asyncio.create_task(tick())
    await asyncio.sleep(0.02)
    await call()
    done.set()
    await ticker
    return max(gaps)


def _case(package: Any, method: str, kwargs: dict[str, Any], credentials: dict[str, str], body: bytes) -> None:
    operations = importlib.import_module(package.__name__ + "._operations")  # loaded with the first call
    parse = getattr(operations, "parse_" + method)
    request = httpx.Request("GET", "https://x.test/")
    answer = httpx.Response(200, content=b"", request=request)

    def transport() -> httpx.MockTransport:
        return httpx.MockTransport(lambda r: httpx.Response(200, content=body))

    async def blocked() -> None:
        parse(answer, body)

    kept: list[Any] = []

    async def offloaded() -> None:
        async with package.AsyncClient(http_client=httpx.AsyncClient(transport=transport()), **credentials) as client:
            # Kept until the ticks stop: freeing a million dicts is the caller's, whenever it drops them.
            kept.append(await getattr(client, method)(**kwargs, deadline=60))

    timeouts: list[bool] = []

    def late_by() -> float:
        with package.Client(http_client=httpx.Client(transport=transport()), **credentials) as client:
            started = time.monotonic()
            try:
                getattr(client, method)(**kwargs, deadline=0.1)
            except package.TransportTimeoutError:
                timeouts.append(True)
            else:
                timeouts.append(False)  # the parse had no piece left to check the clock after
            return time.monotonic() - started - 0.1

    def gaps(call: Callable[[], Any]) -> float:
        stall = asyncio.run(_largest_gap(call))
        kept.clear()
        return stall

    alone = statistics.median(_timed(lambda: parse(answer, body)) for _ in range(RUNS))
    inline = statistics.median(gaps(blocked) for _ in range(RUNS))
    with_gc = statistics.median(gaps(offloaded) for _ in range(RUNS))
    gc.disable()
    try:
        without_gc = statistics.median(gaps(offloaded) for _ in range(RUNS))
    finally:
        gc.enable()
    late = statistics.median(late_by() for _ in range(RUNS))
    kind = "XML" if body.lstrip()[:1] == b"<" else "JSON"
    label = f"{package.__name__}.{method}, {len(body) / 2**20:.1f} MiB of {kind}"
    print(f"  {label}")
    print(f"    parse alone                            {alone * 1000:7.0f} ms")
    print(f"    loop stall, parsed on the loop         {inline * 1000:7.0f} ms  (baseline)")
    for name, stall in (("collector on", with_gc), ("collector off", without_gc)):
        verdict = "ok" if stall < 0.1 else "MISSED"
        print(
            f"    loop stall, AsyncClient, {name:<13} {stall * 1000:7.1f} ms  ({inline / stall:.0f}x less)"
            f"  target < 100 ms  {verdict}"
        )
    how = "with a timeout" if all(timeouts) else f"{timeouts.count(False)} of {RUNS} runs with a result, no timeout"
    print(f"    sync call with a 0.1 s deadline ends {late * 1000:.1f} ms past it, {how} (parse alone: {alone:.1f} s)")


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def bench_parse_stall() -> None:
    import voicemeup_sdk
    import voipms_sdk

    print(f"== a 32 MiB answer: the event loop's largest stall and the deadline (median of {RUNS}) ==")
    voicemeup = {"username": "acme-voice", "auth_token": "5ec7e7c0ffee5ec7e7c0ffee5ec7e7c0"}
    _case(voicemeup_sdk, "get_calls", {"latest_hours": 1}, voicemeup, _voicemeup_xml())
    _case(voicemeup_sdk, "get_calls", {"latest_hours": 1}, voicemeup, _voicemeup_json())
    voipms = {"api_username": "acme@example.com", "api_password": "pw"}
    _case(voipms_sdk, "get_dids_info", {}, voipms, _voipms_json())


if __name__ == "__main__":
    bench_parse_stall()
