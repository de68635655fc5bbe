"""Unit tests of ``generator.runtime._budget``: the client-side rate budget, on a fake clock.

Covers pools by operation, the shared pool of every other operation, operations without any
pool, the sliding window (a request frees up exactly one period after it was sent), the
``BudgetExhaustedError`` message and ``retry_after``, and each documented period.
"""

from __future__ import annotations

import pytest

from generator.runtime._budget import RateBudget
from generator.runtime._exceptions import BudgetExhaustedError


class FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


LIMITS = (
    ("dispatch_call", 2, "minute", ("dispatch_call",)),
    ("faxes", 1, "hour", ("queue_fax", "delete_faxes")),
    ("shared pool", 3, "minute", ()),
)


def spend(budget: RateBudget, operation: str, times: int) -> None:
    for _ in range(times):
        budget.spend(operation)


def test_each_pool_counts_only_its_operations() -> None:
    clock = FakeClock()
    budget = RateBudget(LIMITS, clock)
    spend(budget, "dispatch_call", 2)
    spend(budget, "get_calls", 3)
    budget.spend("queue_fax")
    with pytest.raises(BudgetExhaustedError) as caught:
        budget.spend("dispatch_call")
    assert str(caught.value) == (
        "dispatch_call: the dispatch_call budget of 2 requests per 60 s is spent; a request frees up in 60 s"
    )
    assert caught.value.retry_after == 60.0


def test_operations_listed_together_share_their_pool() -> None:
    budget = RateBudget(LIMITS, FakeClock())
    budget.spend("queue_fax")
    with pytest.raises(
        BudgetExhaustedError, match=r"^delete_faxes: the faxes budget of 1 requests per 3600 s is spent"
    ):
        budget.spend("delete_faxes")


def test_every_other_operation_draws_on_the_shared_pool() -> None:
    clock = FakeClock()
    budget = RateBudget(LIMITS, clock)
    budget.spend("get_calls")
    clock.now += 10
    budget.spend("get_faxes")
    budget.spend("get_balance")
    with pytest.raises(BudgetExhaustedError) as caught:
        budget.spend("get_calls")
    assert caught.value.retry_after == 50.0
    assert "the shared pool budget of 3 requests per 60 s is spent; a request frees up in 50 s" in str(caught.value)


def test_without_a_shared_pool_other_operations_are_not_counted() -> None:
    budget = RateBudget((("dispatch_call", 1, "second", ("dispatch_call",)),), FakeClock())
    spend(budget, "get_calls", 100)
    budget.spend("dispatch_call")
    with pytest.raises(BudgetExhaustedError):
        budget.spend("dispatch_call")


def test_no_limits_never_refuse() -> None:
    budget = RateBudget((), FakeClock())
    spend(budget, "anything", 1000)


def test_the_window_slides() -> None:
    clock = FakeClock(0.0)
    budget = RateBudget((("p", 2, "minute", ()),), clock)
    budget.spend("a")  # t=0
    clock.now = 30.0
    budget.spend("a")  # t=30
    clock.now = 59.9
    with pytest.raises(BudgetExhaustedError) as caught:
        budget.spend("a")
    assert caught.value.retry_after == pytest.approx(0.1)
    clock.now = 60.0  # the request of t=0 is exactly one period old: it no longer counts
    budget.spend("a")
    with pytest.raises(BudgetExhaustedError) as caught:
        budget.spend("a")
    assert caught.value.retry_after == 30.0
    clock.now = 120.0
    spend(budget, "a", 2)


def test_a_refused_call_is_not_counted() -> None:
    clock = FakeClock(0.0)
    budget = RateBudget((("p", 1, "second", ()),), clock)
    budget.spend("a")
    for _ in range(5):
        with pytest.raises(BudgetExhaustedError):
            budget.spend("a")
    clock.now = 1.0
    budget.spend("a")


@pytest.mark.parametrize(("per", "seconds"), [("second", 1.0), ("minute", 60.0), ("hour", 3600.0), ("day", 86400.0)])
def test_periods(per: str, seconds: float) -> None:
    clock = FakeClock(0.0)
    budget = RateBudget((("p", 1, per, ()),), clock)
    budget.spend("a")
    clock.now = seconds - 0.5
    with pytest.raises(BudgetExhaustedError) as caught:
        budget.spend("a")
    assert caught.value.retry_after == 0.5
    assert f"per {seconds:g} s" in str(caught.value)
    clock.now = seconds
    budget.spend("a")


def test_an_unknown_period_is_refused_when_the_budget_is_built() -> None:
    with pytest.raises(KeyError):
        RateBudget((("p", 1, "fortnight", ()),))


def test_the_default_clock_is_monotonic_time() -> None:
    budget = RateBudget((("p", 1, "day", ()),))
    budget.spend("a")
    with pytest.raises(BudgetExhaustedError) as caught:
        budget.spend("a")
    assert 86399.0 < caught.value.retry_after <= 86400.0
