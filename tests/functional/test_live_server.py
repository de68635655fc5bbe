"""The clients against a real HTTP server on 127.0.0.1: resets, slow drips, throttling, silence.

Each test starts a scripted ``LiveServer`` (conftest) on an ephemeral port, points ``base_url`` at it and counts
the requests the server read. Waits here are real; every scenario is bounded by the server's own limits.
"""

from __future__ import annotations

import random
import socket
import time
from typing import Any

import pytest

from .conftest import AsyncSleeps, LiveServer, SdkCase, Sleeps, drip, hang, head, reply, reset_mid_body

pytestmark = pytest.mark.anyio


async def send(mode: str, sdk: SdkCase, url: str, method: str, **options: Any) -> tuple[Any, float]:
    """Call ``method`` on a real client pointed at ``url``; return (its result or the SdkError it raised, seconds).

    ``sleeps=Sleeps()`` (or ``AsyncSleeps()``) records the retry waits instead of sleeping them.
    """
    sleeps = options.pop("sleeps", None)
    client_options = {key: options.pop(key) for key in ("max_retries", "timeout") if key in options}
    kwargs = {**sdk.calls[method], **options}
    started = time.monotonic()
    try:
        if mode == "sync":
            with sdk.package.Client(base_url=url, **sdk.credentials, **client_options) as client:
                client._rng = random.Random(0)
                client._sleep = sleeps or client._sleep
                result = getattr(client, method)(**kwargs)
        else:
            async with sdk.package.AsyncClient(base_url=url, **sdk.credentials, **client_options) as client:
                client._rng = random.Random(0)
                client._sleep = sleeps or client._sleep
                result = await getattr(client, method)(**kwargs)
    except sdk.package.SdkError as exc:
        result = exc
    return result, time.monotonic() - started


def success(sdk: SdkCase, method: str):
    status, body = sdk.successes[method]
    return reply(status, body)


def skip_second_transport(sdk: SdkCase) -> None:
    """Timing scenarios of the transport (drips, waits) once per package: a second transport's row
    (VoIP.ms over SOAP) shares the REST row's call path, and each costs a second of wall time."""
    if sdk.rpc:
        pytest.skip("the same transport as the package's REST row, which runs this scenario")


async def test_connection_reset_mid_body_is_a_transport_error(mode, sdk):
    status, body = sdk.successes[sdk.read]
    with LiveServer([reset_mid_body(status, body, sent=len(body) // 2)]) as server:
        outcome, _ = await send(mode, sdk, server.url, sdk.read, max_retries=0)
    assert isinstance(outcome, sdk.package.TransportError), outcome
    assert not isinstance(outcome, sdk.package.TransportTimeoutError)
    assert len(server.requests) == 1


async def test_connection_reset_mid_body_of_a_read_is_retried(mode, sdk):
    status, body = sdk.successes[sdk.read]
    with LiveServer([reset_mid_body(status, body, sent=len(body) // 2), success(sdk, sdk.read)]) as server:
        outcome, _ = await send(mode, sdk, server.url, sdk.read)
    assert not isinstance(outcome, Exception), outcome
    assert len(server.requests) == 2


async def test_connection_reset_mid_body_of_a_mutating_call_is_not_retried(mode, sdk):
    status, body = sdk.successes[sdk.mutate]
    with LiveServer([reset_mid_body(status, body, sent=len(body) // 2), success(sdk, sdk.mutate)]) as server:
        outcome, _ = await send(mode, sdk, server.url, sdk.mutate)
    assert isinstance(outcome, sdk.package.TransportError), outcome
    assert len(server.requests) == 1


async def test_slow_body_drip_is_cut_at_the_deadline(mode, sdk):
    skip_second_transport(sdk)
    status, body = sdk.successes[sdk.read]
    with LiveServer([drip(body, interval=0.2, limit=4.0, prefix=head(status, len(body)))]) as server:
        outcome, elapsed = await send(mode, sdk, server.url, sdk.read, deadline=1)
    assert isinstance(outcome, sdk.package.TransportTimeoutError), outcome
    assert elapsed < 1.5, f"the call took {elapsed:.2f} s past a 1 s deadline"
    assert len(server.requests) == 1


async def test_slow_header_drip_is_cut_at_the_deadline(mode, sdk):
    skip_second_transport(sdk)
    status, body = sdk.successes[sdk.read]
    with LiveServer([drip(head(status, len(body)) + body, interval=0.2, limit=2.0)]) as server:
        outcome, elapsed = await send(mode, sdk, server.url, sdk.read, deadline=1)
    assert isinstance(outcome, sdk.package.TransportTimeoutError), outcome
    assert elapsed < 1.5, f"the call took {elapsed:.2f} s past a 1 s deadline"


async def test_503_then_success(mode, sdk):
    error = sdk.error_body(503, "Service Unavailable")
    with LiveServer([reply(503, error), success(sdk, sdk.read)]) as server:
        outcome, _ = await send(mode, sdk, server.url, sdk.read)
    assert not isinstance(outcome, Exception), outcome
    assert len(server.requests) == 2


async def test_429_retry_after_one_second_is_waited(mode, sdk):
    skip_second_transport(sdk)
    error = sdk.error_body(429, "Too Many Requests")
    with LiveServer([reply(429, error, {"Retry-After": "1"}), success(sdk, sdk.read)]) as server:
        outcome, elapsed = await send(mode, sdk, server.url, sdk.read)
    assert not isinstance(outcome, Exception), outcome
    assert len(server.requests) == 2
    waited = server.arrivals[1] - server.arrivals[0]
    assert 0.95 <= waited < 2.0, f"the retry came {waited:.2f} s after the 429"
    assert elapsed >= 0.95


async def test_500_with_an_error_body_is_retried_then_raised(mode, sdk):
    # The carrier's own error document (iovox: <errors><error status="500">...</error></errors>; VoIP.ms a
    # status code; VoiceMeUp its envelope; Voxbone a SOAP Fault, which at HTTP 500 is final).
    error = sdk.error_body(500, "Internal Server Error")
    with LiveServer([reply(500, error)]) as server:
        outcome, _ = await send(mode, sdk, server.url, sdk.read, max_retries=1)
    assert isinstance(outcome, sdk.package.ApiError), outcome
    assert outcome.http_status == 500
    assert [("Internal Server Error" in detail.message) for detail in outcome.errors] == [True]
    assert outcome.response is not None and outcome.response.status_code == 500
    assert len(server.requests) == (1 if sdk.final_status == 500 else 2)


async def test_api_error_keeps_the_raw_body_over_a_real_connection(mode, sdk):
    error = sdk.error_body(400, "Something nobody documented")
    with LiveServer([reply(400, error)]) as server:
        outcome, _ = await send(mode, sdk, server.url, sdk.read)
    assert isinstance(outcome, sdk.package.ApiError), outcome
    assert outcome.response.content == error


async def test_mutating_call_to_a_silent_server_times_out_after_one_request(mode, sdk):
    with LiveServer([hang(limit=5.0)]) as server:
        outcome, elapsed = await send(mode, sdk, server.url, sdk.mutate, timeout=0.5)
    assert isinstance(outcome, sdk.package.TransportTimeoutError), outcome
    assert elapsed < 1.5, f"the call took {elapsed:.2f} s with a 0.5 s timeout"
    assert len(server.requests) == 1
    assert server.connections == 1


async def test_mutating_call_to_a_refused_port_is_retried(mode, sdk):
    # A bound socket that does not listen: every connection attempt is refused before anything is sent.
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{closed.getsockname()[1]}"
        sleeps = Sleeps() if mode == "sync" else AsyncSleeps()
        outcome, _ = await send(mode, sdk, url, sdk.mutate, sleeps=sleeps)
    assert isinstance(outcome, sdk.package.TransportError), outcome
    assert "ConnectError" in str(outcome)
    assert len(sleeps.delays) == 2  # three attempts: the default max_retries of 2
