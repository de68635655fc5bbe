"""When to retry, and how long to wait: pure decisions shared by both clients.

Read-only operations retry connect failures, timeouts, HTTP 408/429/500/502/503/504 and the
carrier's throttling errors. Mutating operations retry only failures that prove nothing was
sent (the connection never opened), so a retry can never buy the same number twice.
"""

from __future__ import annotations

import datetime as _dt
import random
from email.utils import parsedate_to_datetime
from typing import Final

import httpx

from ._exceptions import ApiError, RateLimitError
from ._record import Value, init_field

#: HTTP statuses that say "try again later" for a read-only call.
RETRY_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})

# Failures raised before a single byte of the request left this process.
_NOT_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


class RetryPolicy(Value):
    """How hard a client tries.

    Attributes:
        max_retries: Retries after the first attempt (0 disables retrying).
        deadline: Seconds a whole call may take, retries and waits included.
        backoff: Base of the exponential backoff, in seconds (full jitter is applied).
        max_backoff: Longest wait between two attempts, in seconds.
        max_retry_after: Longest ``Retry-After`` honoured, in seconds; longer waits are not retried.
    """

    # A Value, not a dataclass: ``@dataclass`` would compile its methods at every import.
    __slots__ = (  # noqa: RUF023 (in __init__'s order)
        "max_retries",
        "deadline",
        "backoff",
        "max_backoff",
        "max_retry_after",
    )
    __match_args__ = ("max_retries", "deadline", "backoff", "max_backoff", "max_retry_after")

    max_retries: int
    deadline: float
    backoff: float
    max_backoff: float
    max_retry_after: float

    def __init__(
        self,
        max_retries: int = 2,
        deadline: float = 60.0,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
        max_retry_after: float = 30.0,
    ) -> None:
        init_field(self, "max_retries", max_retries)
        init_field(self, "deadline", deadline)
        init_field(self, "backoff", backoff)
        init_field(self, "max_backoff", max_backoff)
        init_field(self, "max_retry_after", max_retry_after)

    def with_overrides(self, max_retries: int | None, deadline: float | None) -> RetryPolicy:
        """This policy with the per-call overrides that were given."""
        if max_retries is None and deadline is None:
            return self
        return RetryPolicy(
            max_retries=self.max_retries if max_retries is None else max_retries,
            deadline=self.deadline if deadline is None else deadline,
            backoff=self.backoff,
            max_backoff=self.max_backoff,
            max_retry_after=self.max_retry_after,
        )


def transport_retryable(exc: httpx.HTTPError, mutates: bool) -> bool:
    """Whether a transport failure may be retried for this kind of operation."""
    if isinstance(exc, _NOT_SENT):
        return True
    return not mutates and isinstance(exc, (httpx.TimeoutException, httpx.TransportError))


def error_retryable(exc: ApiError, mutates: bool) -> bool:
    """Whether a carrier error may be retried for this kind of operation."""
    if mutates or exc.retryable is False:
        return False
    return exc.retryable is True or isinstance(exc, RateLimitError) or (exc.http_status or 0) in RETRY_STATUSES


def retry_after(headers: httpx.Headers | None, now: _dt.datetime | None = None) -> float | None:
    """Seconds the server asked us to wait (``Retry-After`` as seconds or an HTTP date), if any."""
    value = headers.get("retry-after") if headers is not None else None
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # "²".isdigit() is True too, and float() refuses it
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None  # not a delay the SDK can read: ordinary backoff
    if when.tzinfo is None:
        when = when.replace(tzinfo=_dt.UTC)
    now = now or _dt.datetime.now(_dt.UTC)
    return max(0.0, (when - now).total_seconds())


def next_delay(
    policy: RetryPolicy, attempt: int, elapsed: float, asked: float | None, rng: random.Random
) -> float | None:
    """Seconds to wait before attempt ``attempt + 1``, or None when the call must give up.

    ``attempt`` counts the attempts made so far (1 after the first), ``elapsed`` the seconds
    spent, ``asked`` the server's ``Retry-After``.
    """
    if attempt > policy.max_retries:
        return None
    if asked is not None:
        if asked > policy.max_retry_after:
            return None
        delay = asked
    else:
        # Full jitter: uniform between 0 and the exponential cap, so clients spread out.
        delay = rng.uniform(0.0, min(policy.max_backoff, policy.backoff * 2 ** (attempt - 1)))
    if elapsed + delay >= policy.deadline:
        return None
    return delay
