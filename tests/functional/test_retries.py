"""Retries over httpx.MockTransport, sync and async: which failures are retried, how long the client waits, when it
stops, and that a mutating call is never sent twice once it may have reached the carrier.

Waits are recorded, not slept (``conftest.quiet``); jitter comes from ``random.Random(0)``.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import math
import random
from email.utils import format_datetime

import httpx
import pytest

from .conftest import SDKS, Api, SdkCase, quiet, raising, sequence, xml

pytestmark = pytest.mark.anyio

RETRY_STATUSES = [408, 429, 500, 502, 503, 504]
FINAL_STATUSES = [400, 401, 403, 404, 409, 501]
TIMEOUTS = [httpx.ConnectTimeout, httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout]
NOT_SENT = [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout]
MAYBE_SENT = [httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError]
MUTATING = [pytest.param(case, method, id=f"{case.name}-{method}") for case in SDKS for method in sorted(case.mutating)]


def failing(sdk: SdkCase, status: int, **headers: str):
    """An error response with ``status`` (and headers such as ``retry_after="3"``): the carrier's error
    document, or a gateway's page at the status where the carrier's document is final (a SOAP fault's 500)."""
    if status == sdk.final_status:
        return xml(b"<html><body>Bad gateway</body></html>", status=status, content_type="text/html", **headers)
    return xml(sdk.error_body(status, f"failure {status}"), status=status, **headers)


async def call(api: Api, sdk: SdkCase, method: str | None = None, **options):
    method = method or sdk.read
    return await getattr(api, method)(**sdk.calls[method], **options)


def cap(api: Api, attempt: int) -> float:
    """The longest backoff the client may draw after ``attempt`` attempts (full jitter: uniform up to this)."""
    policy = api.client._retry
    return min(policy.max_backoff, policy.backoff * 2 ** (attempt - 1))


# the SDK's own description ------------------------------------------------------------------------


def test_operations_table_marks_exactly_the_mutating_operations(sdk):
    # A SOAP row covers the operations its endpoint binds.
    operations = [info for info in sdk.package.OPERATIONS.values() if info.rpc or not sdk.rpc]
    assert {info.python_name for info in operations if info.mutates} == sdk.mutating
    assert {info.python_name for info in operations} == set(sdk.calls) == set(sdk.successes)


# read-only calls ----------------------------------------------------------------------------------


@pytest.mark.parametrize("sdk", [case for case in SDKS if case.final_status], ids=lambda case: case.name)
async def test_the_carriers_error_document_at_its_final_status_is_not_retried(sdk, make_sdk_api):
    document = xml(sdk.error_body(sdk.final_status, "Internal error"), status=sdk.final_status)
    api = make_sdk_api(sequence(document, sdk.ok(sdk.read)))
    with pytest.raises(sdk.package.ApiError) as caught:
        await call(api, sdk)
    assert caught.value.http_status == sdk.final_status and caught.value.retryable is False
    assert len(api.requests) == 1


async def test_503_then_success_retries_once_within_the_backoff_cap(sdk, make_sdk_api):
    api = make_sdk_api(sequence(failing(sdk, 503), sdk.ok(sdk.read)))
    await call(api, sdk)
    assert len(api.requests) == 2
    (delay,) = api.sleeps.delays
    assert 0.0 <= delay <= cap(api, 1)


@pytest.mark.parametrize("status", RETRY_STATUSES)
async def test_each_retryable_status_is_retried(sdk, make_sdk_api, status):
    api = make_sdk_api(sequence(failing(sdk, status), sdk.ok(sdk.read)))
    await call(api, sdk)
    assert len(api.requests) == 2
    assert len(api.sleeps.delays) == 1


@pytest.mark.parametrize("status", FINAL_STATUSES)
async def test_non_retryable_status_is_sent_once(sdk, make_sdk_api, status):
    api = make_sdk_api(sequence(failing(sdk, status), sdk.ok(sdk.read)))
    with pytest.raises(sdk.package.ApiError) as caught:
        await call(api, sdk)
    assert caught.value.http_status == status
    assert len(api.requests) == 1
    assert api.sleeps.delays == []


async def test_429_retry_after_seconds_is_waited_exactly(sdk, make_sdk_api):
    api = make_sdk_api(sequence(failing(sdk, 429, retry_after="3"), sdk.ok(sdk.read)))
    await call(api, sdk)
    assert len(api.requests) == 2
    assert api.sleeps.delays == [3.0]


async def test_429_retry_after_http_date_is_waited_until_that_date(sdk, make_sdk_api):
    when = _dt.datetime.now(_dt.UTC) + _dt.timedelta(seconds=10)
    api = make_sdk_api(sequence(failing(sdk, 429, retry_after=format_datetime(when, usegmt=True)), sdk.ok(sdk.read)))
    await call(api, sdk)
    assert len(api.requests) == 2
    (delay,) = api.sleeps.delays
    assert 8.0 < delay <= 10.0


async def test_retry_after_date_in_the_past_retries_at_once(sdk, make_sdk_api):
    api = make_sdk_api(sequence(failing(sdk, 503, retry_after="Wed, 21 Oct 2015 07:28:00 GMT"), sdk.ok(sdk.read)))
    await call(api, sdk)
    assert api.sleeps.delays == [0.0]


async def test_retry_after_at_the_cap_is_honoured(sdk, make_sdk_api):
    api = make_sdk_api(sequence(sdk.ok(sdk.read)))
    limit = api.client._retry.max_retry_after
    api.recorder.responder = sequence(failing(sdk, 429, retry_after=str(int(limit))), sdk.ok(sdk.read))
    await call(api, sdk)
    assert api.sleeps.delays == [limit]


@pytest.mark.parametrize("form", ["seconds", "http-date"])
async def test_retry_after_above_the_cap_is_not_retried(sdk, make_sdk_api, form):
    api = make_sdk_api(sdk.ok(sdk.read))
    too_long = int(api.client._retry.max_retry_after) + 60
    when = _dt.datetime.now(_dt.UTC) + _dt.timedelta(seconds=too_long)
    value = str(too_long) if form == "seconds" else format_datetime(when, usegmt=True)
    api.recorder.responder = sequence(failing(sdk, 429, retry_after=value), sdk.ok(sdk.read))
    with pytest.raises(sdk.package.RateLimitError):
        await call(api, sdk)
    assert len(api.requests) == 1
    assert api.sleeps.delays == []


async def test_gives_up_after_max_retries_plus_one_attempts_raising_the_last_error(sdk, make_sdk_api):
    api = make_sdk_api(sequence(*(failing(sdk, status) for status in (500, 502, 503, 504))))
    assert api.client._retry.max_retries == 2  # the documented default
    with pytest.raises(sdk.package.ApiError) as caught:
        await call(api, sdk)
    assert caught.value.http_status == 503
    assert len(api.requests) == 3
    assert len(api.sleeps.delays) == 2
    assert all(0.0 <= delay <= cap(api, n) for n, delay in enumerate(api.sleeps.delays, start=1))


async def test_per_call_max_retries_raises_the_attempt_count(sdk, make_sdk_api):
    api = make_sdk_api(sequence(*(failing(sdk, status) for status in (500, 502, 503, 504))))
    with pytest.raises(sdk.package.ApiError) as caught:
        await call(api, sdk, max_retries=3)
    assert caught.value.http_status == 504
    assert len(api.requests) == 4


async def test_max_retries_zero_per_call_sends_once(sdk, make_sdk_api):
    api = make_sdk_api(sequence(failing(sdk, 503), sdk.ok(sdk.read)))
    with pytest.raises(sdk.package.ApiError):
        await call(api, sdk, max_retries=0)
    assert len(api.requests) == 1
    assert api.sleeps.delays == []


async def test_max_retries_zero_per_client_sends_once(sdk, make_sdk_api):
    api = make_sdk_api(sequence(failing(sdk, 503), sdk.ok(sdk.read)), max_retries=0)
    with pytest.raises(sdk.package.ApiError):
        await call(api, sdk)
    assert len(api.requests) == 1


async def test_per_call_max_retries_overrides_the_client(sdk, make_sdk_api):
    api = make_sdk_api(sequence(failing(sdk, 503), failing(sdk, 503), sdk.ok(sdk.read)), max_retries=0)
    await call(api, sdk, max_retries=2)
    assert len(api.requests) == 3


@pytest.mark.parametrize("exc_type", [*NOT_SENT, *MAYBE_SENT])
async def test_read_only_call_retries_transport_failures(sdk, make_sdk_api, exc_type):
    api = make_sdk_api(sequence(raising(exc_type), sdk.ok(sdk.read)))
    await call(api, sdk)
    assert len(api.requests) == 2


@pytest.mark.parametrize("exc_type", [httpx.ConnectError, httpx.ReadTimeout])
async def test_read_only_call_gives_up_on_a_persistent_transport_failure(sdk, make_sdk_api, exc_type):
    api = make_sdk_api(raising(exc_type))
    expected = sdk.package.TransportTimeoutError if exc_type in TIMEOUTS else sdk.package.TransportError
    with pytest.raises(expected):
        await call(api, sdk)
    assert len(api.requests) == 3


# mutating calls ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("sdk", "method"), MUTATING)
async def test_a_mutating_call_is_sent_again_only_when_it_cannot_have_left(make_sdk_api, sdk, method):
    """Every failure a mutating call can meet, for each mutating operation: an answer (even a retryable status with
    Retry-After) and a failure after the request may have left end the call at one send; only a failure before
    anything was sent (no connection, no pooled slot) is retried. The scenarios run in one test per operation
    (one event loop, one report listing every scenario that went wrong)."""
    package = sdk.package
    wrong: list[str] = []

    async def expect(label: str, responder, raises: type[Exception] | None, sends: int) -> Exception | None:
        api = make_sdk_api(sequence(responder, sdk.ok(method)))
        got: Exception | None = None
        try:
            await call(api, sdk, method)
        except Exception as exc:  # judged below, with the sends
            got = exc
        typed = got is None if raises is None else isinstance(got, raises)
        if not typed or len(api.requests) != sends or (sends == 1 and api.sleeps.delays):
            wrong.append(f"{label}: got {got!r}, sent {len(api.requests)} time(s), waited {api.sleeps.delays}")
        return got

    for status in RETRY_STATUSES:
        got = await expect(f"HTTP {status}", failing(sdk, status, retry_after="1"), package.ApiError, 1)
        if isinstance(got, package.ApiError) and got.http_status != status:
            wrong.append(f"HTTP {status}: the error says {got.http_status}")
    for exc_type in MAYBE_SENT:
        expected = package.TransportTimeoutError if exc_type in TIMEOUTS else package.TransportError
        await expect(exc_type.__name__, raising(exc_type), expected, 1)
    for exc_type in NOT_SENT:
        await expect(exc_type.__name__, raising(exc_type), None, 2)
    assert wrong == []


async def test_mutating_call_gives_up_on_a_connection_that_never_opens(sdk, make_sdk_api):
    api = make_sdk_api(raising(httpx.ConnectError))
    with pytest.raises(sdk.package.TransportError):
        await call(api, sdk, sdk.mutate)
    assert len(api.requests) == 3


# deadlines ------------------------------------------------------------------------------------------


def clocked(api: Api, clock) -> Api:
    api.sleeps = quiet(api.client, api.mode, clock)
    return api


async def test_per_call_deadline_stops_retries(sdk, make_sdk_api, fake_clock):
    api = clocked(make_sdk_api(failing(sdk, 503, retry_after="2")), fake_clock)
    with pytest.raises(sdk.package.ApiError):
        await call(api, sdk, max_retries=5, deadline=5)
    # Attempts at t=0, 2 and 4; waiting 2 s more would end past the 5 s deadline.
    assert len(api.requests) == 3
    assert api.sleeps.delays == [2.0, 2.0]


async def test_client_deadline_stops_retries(sdk, make_sdk_api, fake_clock):
    api = clocked(make_sdk_api(failing(sdk, 503, retry_after="2"), deadline=5, max_retries=5), fake_clock)
    with pytest.raises(sdk.package.ApiError):
        await call(api, sdk)
    assert len(api.requests) == 3


async def test_per_call_deadline_overrides_the_client(sdk, make_sdk_api, fake_clock):
    api = clocked(make_sdk_api(failing(sdk, 503, retry_after="2"), deadline=5, max_retries=5), fake_clock)
    with pytest.raises(sdk.package.ApiError):
        await call(api, sdk, deadline=60)
    assert len(api.requests) == 6


async def test_deadline_bounds_every_timeout_phase(sdk, make_sdk_api):
    api = make_sdk_api(sdk.ok(sdk.read))
    await call(api, sdk, deadline=2)
    timeouts = api.last.extensions["timeout"]
    assert set(timeouts) == {"connect", "read", "write", "pool"}
    assert all(0 < value <= 2 for value in timeouts.values()), timeouts


@pytest.mark.parametrize(
    "options",
    [{"max_retries": -1}, {"max_retries": 11}, {"max_retries": "2"}, {"deadline": 0}, {"deadline": -1}],
    ids=["retries=-1", "retries=11", "retries-str", "deadline=0", "deadline=-1"],
)
async def test_per_call_retry_options_are_validated_like_the_constructor(sdk, make_sdk_api, options):
    api = make_sdk_api(sdk.ok(sdk.read))
    with pytest.raises(sdk.package.ValidationError):
        await call(api, sdk, **options)
    assert api.requests == []


async def test_per_call_deadline_of_the_wrong_type_is_a_validation_error(sdk, make_sdk_api):
    api = make_sdk_api(sdk.ok(sdk.read))
    with pytest.raises(sdk.package.SdkError):
        await call(api, sdk, deadline="5")


# the retry policy's pure decisions ----------------------------------------------------------------


def test_backoff_uses_full_jitter_up_to_the_cap(sdk):
    retry = importlib.import_module(sdk.name + "._retry")
    policy = retry.RetryPolicy()
    for attempt in (1, 2, 3, 6):
        limit = min(policy.max_backoff, policy.backoff * 2 ** (attempt - 1))
        delays = [retry.next_delay(policy, attempt, 0.0, None, random.Random(seed)) for seed in range(200)]
        if attempt > policy.max_retries:
            assert set(delays) == {None}
            continue
        assert all(0.0 <= delay <= limit for delay in delays)
        assert min(delays) < 0.1 * limit and max(delays) > 0.9 * limit, (attempt, min(delays), max(delays))


def test_backoff_is_capped(sdk):
    retry = importlib.import_module(sdk.name + "._retry")
    policy = retry.RetryPolicy(max_retries=10)
    delays = [retry.next_delay(policy, 10, 0.0, None, random.Random(seed)) for seed in range(100)]
    assert max(delays) <= policy.max_backoff
    assert not any(math.isnan(delay) for delay in delays)


@pytest.mark.parametrize("status", [None, 200, 400])
def test_throttling_error_is_retryable_whatever_its_status_for_read_only_calls(sdk, status):
    retry = importlib.import_module(sdk.name + "._retry")
    throttled = sdk.package.RateLimitError("slow down", http_status=status)
    assert retry.error_retryable(throttled, mutates=False)
    assert not retry.error_retryable(throttled, mutates=True)
