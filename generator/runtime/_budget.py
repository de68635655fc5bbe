"""A client-side request budget from the carrier's documented rate limits.

When a client is built with ``rate_budget=True``, each attempt spends one request from its
operation's pool before anything is sent; a spent pool refuses the call with
``BudgetExhaustedError`` instead of letting the carrier lock the account out.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Final

from ._exceptions import BudgetExhaustedError

_SECONDS: Final = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0}

#: A documented limit: (pool name, limit, period, operations; none listed = every other operation).
Limit = tuple[str, int, str, tuple[str, ...]]


class RateBudget:
    """Sliding windows of recent requests, one per pool of operations."""

    def __init__(self, limits: tuple[Limit, ...], clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._sent: dict[str, deque[float]] = {name: deque() for name, _, _, _ in limits}
        self._pool_of: dict[str, tuple[str, int, float]] = {}
        self._shared: tuple[str, int, float] | None = None
        for name, limit, per, operations in limits:
            entry = (name, limit, _SECONDS[per])
            for operation in operations:
                self._pool_of[operation] = entry
            if not operations:
                self._shared = entry

    def spend(self, operation: str) -> None:
        """Count one request of ``operation``, or raise when its pool is spent."""
        entry = self._pool_of.get(operation, self._shared)
        if entry is None:
            return
        name, limit, window = entry
        now = self._clock()
        with self._lock:
            sent = self._sent[name]
            while sent and sent[0] <= now - window:
                sent.popleft()
            if len(sent) >= limit:
                wait = sent[0] + window - now
                raise BudgetExhaustedError(
                    f"{operation}: the {name} budget of {limit} requests per {window:g} s is spent; "
                    f"a request frees up in {wait:.0f} s",
                    retry_after=wait,
                )
            sent.append(now)
