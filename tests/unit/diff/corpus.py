"""The shape of the real-spec corpus: a check, the spec edits that trigger it, and where it must point.

A case edits copies of the committed specs (``after`` on the revision, ``before`` on the base when
the committed spec cannot be the base) and names a piece of text that the line of the finding's
base position, and the line of its revision position, must hold.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    """Replace ``old`` (found exactly ``count`` times) by ``new`` in ``file`` (the spec itself when empty)."""

    old: str
    new: str
    file: str = ""
    count: int = 1


@dataclass(frozen=True)
class SpecCase:
    """One check triggered by real edits of one spec, with the text its two positions must point at."""

    check: str
    spec: str
    after: tuple[Edit, ...]
    base: str
    revision: str
    before: tuple[Edit, ...] = ()

    @property
    def id(self) -> str:
        return f"{self.check}@{self.spec.split('/')[-1]}"


def case(
    check: str,
    spec: str,
    after: list[tuple[str, str] | Edit],
    base: str,
    revision: str,
    before: list[tuple[str, str] | Edit] | None = None,
) -> SpecCase:
    """A case; edits may be written as ``(old, new)`` pairs on the spec file itself."""

    def edits(items: list[tuple[str, str] | Edit]) -> tuple[Edit, ...]:
        return tuple(item if isinstance(item, Edit) else Edit(*item) for item in items)

    return SpecCase(check, spec, edits(after), base, revision, edits(before or []))
