"""SDK versions: ``MAJOR.MINOR.PATCH``, and how far a set of changes must move one.

A major change moves the major part, a minor change the minor part; patch-level changes need
no bump. In ``0.x`` versions (nothing promised yet, as Cargo and npm read them) the minor part
plays the major's role and the patch part the minor's: ``0.3.1`` -> ``0.4.0`` for a breaking change,
``0.3.2`` for an addition.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from generator.diff.model import IMPACTS, Finding, Impact

Version = tuple[int, int, int]


def parse(text: str) -> Version:
    """``"1.4.0"`` -> ``(1, 4, 0)``; the spec schema guarantees the shape."""
    major, minor, patch = (int(part) for part in text.split("."))
    return major, minor, patch


def spelled(version: Version) -> str:
    return ".".join(str(part) for part in version)


def bumped(version: Version, impact: Impact) -> Version:
    """The smallest version after ``version`` that a change of ``impact`` allows (``version`` for a patch)."""
    major, minor, patch = version
    if impact == "patch":
        return version
    if major == 0:
        return (0, minor + 1, 0) if impact == "major" else (0, minor, patch + 1)
    return (major + 1, 0, 0) if impact == "major" else (major, minor + 1, 0)


def highest_impact(findings: Iterable[Finding]) -> Impact:
    """The largest impact among ``findings`` (``patch`` when there are none)."""
    ranks = [IMPACTS.index(f.impact) for f in findings if f.check.id != "sdk-version-not-bumped"]
    return IMPACTS[min(ranks)] if ranks else "patch"


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a spec's new version moved far enough from its old one for the changes between them."""

    base: str
    revision: str
    required: str
    impact: Impact
    ok: bool

    @property
    def problem(self) -> str:
        """Why the version is wrong, in one sentence (empty when it is right)."""
        if self.ok:
            return ""
        if parse(self.revision) < parse(self.base):
            return f"sdk_version went back from {self.base} to {self.revision}"
        since = f"{self.impact} changes since {self.base}"
        return f"sdk_version {self.revision} does not cover {since}: it must be at least {self.required}"


def verdict(base: str, revision: str, findings: Iterable[Finding]) -> Verdict:
    """Judge ``revision`` against ``base`` for ``findings``."""
    impact = highest_impact(findings)
    required = bumped(parse(base), impact)
    ok = parse(revision) >= required
    return Verdict(base, revision, spelled(required), impact, ok)
