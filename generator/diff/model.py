"""The records of a diff: the kinds of change (checks), and each change found (findings)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from generator.load import IrPath, SourcePosition

#: How bad a change is for someone running the old SDK against the carrier, or upgrading to the new one.
Level = Literal["breaking", "warning", "info"]
#: Which part of the SDK's version the change moves: major when code written against the old SDK
#: breaks, minor for additions and for behaviour the new SDK absorbs, patch for the rest.
Impact = Literal["major", "minor", "patch"]
#: What the change breaks or alters: ``wire`` (the carrier would reject or misread what old code
#: sends, or old code misreads what it answers), ``sdk`` (old Python code no longer type-checks or
#: runs), ``safety`` (retries, idempotency, secrets, rate budgets).
Category = Literal["wire", "sdk", "safety"]
#: The Keep a Changelog section a change is listed under.
Section = Literal["added", "changed", "removed"]
#: What code written against the old SDK meets in the new one: type errors (``mypy --strict``),
#: errors when it runs (validation before sending, unknown names), or nothing.
Surface = Literal["type", "runtime", "none"]

LEVELS: tuple[Level, ...] = ("breaking", "warning", "info")
IMPACTS: tuple[Impact, ...] = ("major", "minor", "patch")


@dataclass(frozen=True, slots=True)
class Check:
    """One kind of change, under an ID that never changes meaning."""

    id: str
    level: Level
    impact: Impact
    categories: tuple[Category, ...]
    section: Section
    surface: Surface
    summary: str
    example: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One change between two versions of a spec, read by one check.

    ``subject`` is the IR path of what changed; ``operations`` the wire operations it affects and
    ``python`` the SDK name it touches; ``action`` says what users of the SDK should do (empty when
    nothing). ``base`` and ``revision`` locate it in each version (the nearest enclosing item when
    it exists on one side only; None for a whole spec added or removed).
    """

    check: Check
    spec: str
    subject: IrPath
    message: str
    action: str
    operations: tuple[str, ...]
    python: str
    base: SourcePosition | None
    revision: SourcePosition | None

    @property
    def level(self) -> Level:
        return self.check.level

    @property
    def impact(self) -> Impact:
        return self.check.impact

    def sort_key(self) -> tuple[int, str, str, int, int, str, IrPath]:
        """Most severe first, then by spec and place in the revision (or the base)."""
        where = self.revision or self.base
        file, line, column = (where.file, where.line, where.column) if where else ("", 0, 0)
        return (LEVELS.index(self.level), self.spec, file, line, column, self.check.id, self.subject)


def most_severe(findings: list[Finding]) -> Finding:
    """The most severe of several readings of one change; the first wins a tie."""
    return min(findings, key=lambda f: LEVELS.index(f.level))
