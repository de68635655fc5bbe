"""Seconds spent per stage of a run, for ``generate --timings`` and the benchmarks.

A run's stages add their time to one ``Timings``; worker processes return theirs to be merged.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

#: The stages reported, in pipeline order.
STAGES = ("imports", "yaml", "schema", "checks", "xsdata", "passes", "render", "format", "write")


class Timings:
    """Seconds by stage name; ``measure`` adds to a stage."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def measure(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(stage, time.perf_counter() - started)

    def add(self, stage: str, seconds: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + seconds

    def merge(self, other: dict[str, float]) -> None:
        for stage, seconds in other.items():
            self.add(stage, seconds)

    def report(self) -> str:
        """``yaml 0.071 s, schema 0.004 s, ...`` in pipeline order (CPU-seconds summed over processes)."""
        order = [s for s in STAGES if s in self.seconds] + sorted(set(self.seconds) - set(STAGES))
        return ", ".join(f"{stage} {self.seconds[stage]:.3f} s" for stage in order)
