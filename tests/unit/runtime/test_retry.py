"""Unit tests of ``generator.runtime._retry``: when a call is retried and how long it waits.

Covers ``retry_after`` (delay-seconds, HTTP dates before and after ``now``, offsets, garbage,
absent or empty headers), ``next_delay`` (retry budget, the ``Retry-After`` cap, the deadline and
the full-jitter bounds), ``transport_retryable`` and ``error_retryable`` for mutating and
read-only calls, and ``RetryPolicy`` defaults and ``with_overrides``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import httpx
import pytest

from generator.runtime._exceptions import ApiError, RateLimitError
from generator.runtime._retry import (
    RETRY_STATUSES,
    RetryPolicy,
    error_retryable,
    next_delay,
    retry_after,
    transport_retryable,
)

NOW = dt.datetime(2024, 5, 1, 12, 0, 0, tzinfo=dt.UTC)


class RecordingRng(random.Random):
    """A ``random.Random`` whose ``uniform`` returns its upper bound and records every call."""

    def __init__(self) -> None:
        super().__init__(0)
        self.calls: list[tuple[float, float]] = []

    def uniform(self, a: float, b: float) -> float:
        self.calls.append((a, b))
        return b


def headers(value: str) -> httpx.Headers:
    return httpx.Headers({"Retry-After": value})


# --- retry_after -------------------------------------------------------------------------------


def test_retry_after_is_none_without_headers_or_without_the_header() -> None:
    assert retry_after(None) is None
    assert retry_after(httpx.Headers({"Content-Type": "text/xml"})) is None
    assert retry_after(headers("")) is None


@pytest.mark.parametrize(("value", "expected"), [("0", 0.0), ("7", 7.0), (" 120 ", 120.0), ("3600", 3600.0)])
def test_retry_after_reads_delay_seconds(value: str, expected: float) -> None:
    assert retry_after(headers(value), NOW) == expected


def test_retry_after_header_name_is_case_insensitive() -> None:
    assert retry_after(httpx.Headers([("RETRY-AFTER", "5")])) == 5.0


def test_retry_after_http_date_in_the_future_is_the_seconds_until_then() -> None:
    assert retry_after(headers("Wed, 01 May 2024 12:01:30 GMT"), NOW) == 90.0


def test_retry_after_http_date_in_the_past_is_zero() -> None:
    assert retry_after(headers("Wed, 01 May 2024 11:00:00 GMT"), NOW) == 0.0


def test_retry_after_http_date_honours_its_offset() -> None:
    assert retry_after(headers("Wed, 01 May 2024 14:00:10 +0200"), NOW) == 10.0


def test_retry_after_http_date_without_a_zone_is_taken_as_utc() -> None:
    # "-0000" makes email.utils return a naive datetime.
    assert retry_after(headers("Wed, 01 May 2024 12:00:05 -0000"), NOW) == 5.0


def test_retry_after_defaults_now_to_the_current_time() -> None:
    assert retry_after(headers("Thu, 01 Jan 1970 00:00:00 GMT")) == 0.0
    far = retry_after(headers("Fri, 01 Jan 2100 00:00:00 GMT"))
    expected = (dt.datetime(2100, 1, 1, tzinfo=dt.UTC) - dt.datetime.now(dt.UTC)).total_seconds()
    assert far is not None and abs(far - expected) < 5


@pytest.mark.parametrize(
    "value",
    ["soon", "-5", "1.5", "5s", "Mon, 32 Jan 2024 00:00:00 GMT", "Mon, 01 Jan 99999 00:00:00 GMT", "GMT"],
)
def test_retry_after_ignores_values_it_cannot_read(value: str) -> None:
    assert retry_after(headers(value), NOW) is None


# --- next_delay --------------------------------------------------------------------------------


def test_next_delay_gives_up_once_the_retries_are_spent() -> None:
    policy = RetryPolicy(max_retries=2)
    assert next_delay(policy, 2, 0.0, 1.0, random.Random(1)) == 1.0
    assert next_delay(policy, 3, 0.0, 1.0, random.Random(1)) is None
    assert next_delay(RetryPolicy(max_retries=0), 1, 0.0, 1.0, random.Random(1)) is None


def test_next_delay_honours_retry_after_up_to_the_cap() -> None:
    policy = RetryPolicy(max_retry_after=30.0)
    assert next_delay(policy, 1, 0.0, 0.0, random.Random(1)) == 0.0
    assert next_delay(policy, 1, 0.0, 30.0, random.Random(1)) == 30.0
    assert next_delay(policy, 1, 0.0, 30.5, random.Random(1)) is None


def test_next_delay_retry_after_skips_the_jitter() -> None:
    rng = RecordingRng()
    assert next_delay(RetryPolicy(), 1, 0.0, 4.0, rng) == 4.0
    assert rng.calls == []


def test_next_delay_gives_up_when_the_wait_would_reach_the_deadline() -> None:
    policy = RetryPolicy(deadline=10.0)
    assert next_delay(policy, 1, 5.0, 4.9, random.Random(1)) == 4.9
    assert next_delay(policy, 1, 5.0, 5.0, random.Random(1)) is None
    assert next_delay(policy, 1, 10.0, 0.0, random.Random(1)) is None


@pytest.mark.parametrize(("attempt", "cap"), [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 8.0), (6, 8.0), (9, 8.0)])
def test_next_delay_full_jitter_draws_between_zero_and_the_exponential_cap(attempt: int, cap: float) -> None:
    rng = RecordingRng()
    policy = RetryPolicy(max_retries=10, deadline=1000.0)
    assert next_delay(policy, attempt, 0.0, None, rng) == cap
    assert rng.calls == [(0.0, cap)]


def test_next_delay_jitter_is_the_seeded_generators_draw() -> None:
    policy = RetryPolicy(max_retries=5, backoff=1.0, max_backoff=3.0)
    expected = random.Random(42).uniform(0.0, 2.0)
    assert next_delay(policy, 2, 0.0, None, random.Random(42)) == expected
    draws = [next_delay(policy, 4, 0.0, None, random.Random(seed)) for seed in range(200)]
    assert all(d is not None and 0.0 <= d <= 3.0 for d in draws)
    assert len(set(draws)) == 200


def test_next_delay_jittered_wait_past_the_deadline_gives_up() -> None:
    policy = RetryPolicy(deadline=10.0)
    assert next_delay(policy, 1, 9.5, None, RecordingRng()) is None
    assert next_delay(policy, 1, 9.4, None, RecordingRng()) == 0.5


# --- transport_retryable -----------------------------------------------------------------------

NOT_SENT = [httpx.ConnectError("x"), httpx.ConnectTimeout("x"), httpx.PoolTimeout("x"), httpx.UnsupportedProtocol("x")]
MAYBE_SENT = [
    httpx.ReadTimeout("x"),
    httpx.WriteTimeout("x"),
    httpx.ReadError("x"),
    httpx.WriteError("x"),
    httpx.RemoteProtocolError("x"),
    httpx.ProxyError("x"),
]


@pytest.mark.parametrize("exc", NOT_SENT, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("mutates", [False, True])
def test_failures_before_sending_are_retried_for_every_call(exc: httpx.HTTPError, mutates: bool) -> None:
    assert transport_retryable(exc, mutates) is True


@pytest.mark.parametrize("exc", MAYBE_SENT, ids=lambda e: type(e).__name__)
def test_failures_after_sending_are_retried_only_for_read_only_calls(exc: httpx.HTTPError) -> None:
    assert transport_retryable(exc, mutates=False) is True
    assert transport_retryable(exc, mutates=True) is False


@pytest.mark.parametrize("exc", [httpx.DecodingError("x"), httpx.TooManyRedirects("x")], ids=lambda e: type(e).__name__)
def test_non_transport_request_errors_are_never_retried(exc: httpx.HTTPError) -> None:
    assert transport_retryable(exc, mutates=False) is False
    assert transport_retryable(exc, mutates=True) is False


# --- error_retryable ---------------------------------------------------------------------------


def test_retry_statuses_are_the_documented_ones() -> None:
    assert frozenset({408, 429, 500, 502, 503, 504}) == RETRY_STATUSES


@pytest.mark.parametrize("status", sorted(RETRY_STATUSES))
def test_read_only_calls_retry_the_retry_statuses(status: int) -> None:
    assert error_retryable(ApiError("x", http_status=status), mutates=False) is True
    assert error_retryable(ApiError("x", http_status=status), mutates=True) is False


@pytest.mark.parametrize("status", [None, 200, 400, 401, 404, 501, 505])
def test_other_statuses_are_not_retried(status: int | None) -> None:
    assert error_retryable(ApiError("x", http_status=status), mutates=False) is False


def test_rate_limit_errors_are_retried_whatever_their_status() -> None:
    assert error_retryable(RateLimitError("x", http_status=200), mutates=False) is True
    assert error_retryable(RateLimitError("x"), mutates=False) is True
    assert error_retryable(RateLimitError("x", http_status=429), mutates=True) is False


def test_the_errors_own_retryable_flag_wins_over_its_status() -> None:
    assert error_retryable(ApiError("x", http_status=400, retryable=True), mutates=False) is True
    assert error_retryable(ApiError("x", http_status=503, retryable=False), mutates=False) is False
    assert error_retryable(RateLimitError("x", http_status=429, retryable=False), mutates=False) is False
    assert error_retryable(ApiError("x", http_status=400, retryable=True), mutates=True) is False


# --- RetryPolicy -------------------------------------------------------------------------------


def test_retry_policy_defaults() -> None:
    assert RetryPolicy() == RetryPolicy(
        max_retries=2, deadline=60.0, backoff=0.5, max_backoff=8.0, max_retry_after=30.0
    )


def test_with_overrides_without_overrides_is_the_same_policy() -> None:
    policy = RetryPolicy(max_retries=4, deadline=9.0)
    assert policy.with_overrides(None, None) is policy


def test_with_overrides_replaces_only_what_was_given() -> None:
    policy = RetryPolicy(max_retries=4, deadline=9.0, backoff=1.0)
    assert policy.with_overrides(0, None) == RetryPolicy(max_retries=0, deadline=9.0, backoff=1.0)
    assert policy.with_overrides(None, 2.5) == RetryPolicy(max_retries=4, deadline=2.5, backoff=1.0)
    assert policy.with_overrides(7, 1.0) == RetryPolicy(max_retries=7, deadline=1.0, backoff=1.0)
    assert policy == RetryPolicy(max_retries=4, deadline=9.0, backoff=1.0)


def test_retry_policy_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        RetryPolicy().max_retries = 5  # type: ignore[misc]
