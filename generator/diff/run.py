"""Diff two versions of the specs: pair the spec files, load the changed ones on both sides, compare them.

A spec read from the same bytes on both sides is not loaded at all (nothing can differ); every
other spec is loaded by the same loader on both sides, and a side that does not load gives its
diagnostics instead of findings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.diff.catalogue import CHECKS
from generator.diff.compare import compare
from generator.diff.model import Finding
from generator.diff.sources import SpecSet, same_inputs
from generator.diff.versions import Verdict, verdict
from generator.ir import ApiSpec, Diagnostic
from generator.load import SourceMap, SourcePosition, load_located
from generator.passes import run_passes


@dataclass(frozen=True, slots=True)
class SpecDiff:
    """One spec compared: how each version is shown, its package, the version verdict and the findings."""

    base: str | None
    revision: str | None
    provider: str
    verdict: Verdict | None
    findings: tuple[Finding, ...]

    @property
    def package(self) -> str:
        return f"{self.provider}_sdk"


@dataclass(frozen=True, slots=True)
class Report:
    """A whole diff: the two versions' labels, each changed spec, the unchanged ones, and load problems."""

    base: str
    revision: str
    specs: tuple[SpecDiff, ...]
    unchanged: tuple[str, ...]
    diagnostics: tuple[Diagnostic, ...]

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(sorted((f for s in self.specs for f in s.findings), key=Finding.sort_key))


def diff_sets(base: SpecSet, revision: SpecSet) -> Report:
    """Compare every spec of ``base`` with its counterpart in ``revision``."""
    specs: list[SpecDiff] = []
    unchanged: list[str] = []
    problems: list[Diagnostic] = []
    for key in sorted(base.specs.keys() | revision.specs.keys()):
        old, new = base.specs.get(key), revision.specs.get(key)
        if old is not None and new is not None and same_inputs(old, new):
            unchanged.append(revision.display_of(key))
            continue
        before = _load(old, base.display_of(key)) if old else None
        after = _load(new, revision.display_of(key)) if new else None
        if isinstance(before, list) or isinstance(after, list):
            problems += [d for side in (before, after) if isinstance(side, list) for d in side]
            continue
        specs.append(_spec_diff(key, base, revision, before, after))
    return Report(base.label, revision.label, tuple(specs), tuple(unchanged), tuple(problems))


Loaded = tuple[ApiSpec, SourceMap]


def _load(path: Path, display: str) -> Loaded | list[Diagnostic]:
    located = load_located(path, display)
    if located.spec is None or located.sources is None:
        return located.diagnostics
    return run_passes(located.spec), located.sources


def _spec_diff(key: str, base: SpecSet, revision: SpecSet, old: Loaded | None, new: Loaded | None) -> SpecDiff:
    if old is None:
        assert new is not None
        spec = new[0]
        where = SourcePosition(revision.display_of(key), 1, 1)
        message = f"new SDK `{spec.provider.package}` ({len(spec.operations)} operations)"
        added = Finding(
            CHECKS["sdk-added"], spec.provider.name, (), message, "", (), spec.provider.package, None, where
        )
        return SpecDiff(None, revision.display_of(key), spec.provider.name, None, (added,))
    if new is None:
        spec = old[0]
        where = SourcePosition(base.display_of(key), 1, 1)
        message = f"the SDK `{spec.provider.package}` is no longer generated"
        action = f"stop depending on `{spec.provider.package}`"
        gone = Finding(
            CHECKS["sdk-removed"], spec.provider.name, (), message, action, (), spec.provider.package, where, None
        )
        return SpecDiff(base.display_of(key), None, spec.provider.name, None, (gone,))
    findings = compare(old[0], old[1], new[0], new[1])
    judged = verdict(old[0].sdk_version, new[0].sdk_version, findings)
    if not judged.ok:
        findings = (*findings, version_finding(judged, new[0].provider.name, old[1], new[1]))
    findings = tuple(sorted(findings, key=Finding.sort_key))
    return SpecDiff(base.display_of(key), revision.display_of(key), new[0].provider.name, judged, findings)


def version_finding(judged: Verdict, provider: str, base: SourceMap, revision: SourceMap) -> Finding:
    """The ``sdk-version-not-bumped`` finding of a verdict that failed, at both versions' version lines."""
    action = f"set `sdk_version: {judged.required}` in the spec"
    return Finding(
        CHECKS["sdk-version-not-bumped"],
        provider,
        ("sdk_version",),
        judged.problem,
        action,
        (),
        f"{provider}_sdk.__version__",
        base.locate(("sdk_version",)),
        revision.locate(("sdk_version",)),
    )
