"""Helpers for the diff tests: compare two factory-built specs, and tables of one case per check."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.diff import Finding, compare
from generator.ir import ApiSpec
from generator.load import SourceMap
from generator.passes import run_passes


def findings(base: ApiSpec, revision: ApiSpec) -> tuple[Finding, ...]:
    """Every finding from ``base`` to ``revision`` (passes applied, positions unknown)."""
    return compare(run_passes(base), SourceMap("base.yaml", {}), run_passes(revision), SourceMap("revision.yaml", {}))


def check_ids(base: ApiSpec, revision: ApiSpec) -> list[str]:
    return sorted(f.check.id for f in findings(base, revision))


@dataclass(frozen=True)
class Case:
    """A spec before and after one change, and every check expected to report it."""

    check: str
    base: ApiSpec
    revision: ApiSpec
    also: tuple[str, ...] = field(default=())

    @property
    def expected(self) -> list[str]:
        return sorted((self.check, *self.also))
