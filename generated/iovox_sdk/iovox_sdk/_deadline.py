"""The deadline of the SDK call under way, as a context variable (threads and asyncio tasks each see their own).

The transport (``_transport``) clamps every network operation to it; the readers call
``check_deadline`` between pieces of their work (chunks of a large body, elements of a tree), so
a parse that would outlive the deadline ends with a timeout too.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from contextvars import ContextVar

import httpx

_DEADLINE: ContextVar[float | None] = ContextVar("sdk_call_deadline", default=None)


@contextlib.contextmanager
def deadline(at: float) -> Iterator[None]:
    """Bound the network operations made inside the block to end by ``at`` (a ``time.monotonic()``)."""
    token = _DEADLINE.set(at)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check_deadline() -> None:
    """Raise ``httpx.ReadTimeout`` if the SDK call under way has passed its deadline (outside a call: never)."""
    ends = _DEADLINE.get()
    if ends is not None and time.monotonic() > ends:
        raise httpx.ReadTimeout("the answer was still being read at the call's deadline")
