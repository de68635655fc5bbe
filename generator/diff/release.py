"""What ``generate`` asks of the diff: each SDK's version held to its changes since HEAD, its release
history moved forward, and its ``CHANGELOG.md``.

A spec whose files HEAD holds byte for byte is not loaded again. One that differs is loaded on
both sides and compared; its ``sdk_version`` must then have moved as far as the changes need, or
generation stops with a diagnostic at the version line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.diff.changelog import changelog_text
from generator.diff.compare import compare
from generator.diff.history import History, advance, history_text, read_history
from generator.diff.model import Finding
from generator.diff.sources import RELEASES, SourceError, git_set, history_path, same_inputs
from generator.diff.versions import Verdict, verdict
from generator.ir import ApiSpec, Diagnostic, RenderedFile
from generator.load import SourcePosition, load_located
from generator.passes import run_passes

#: Where the release histories live, inside the spec folder.


@dataclass(frozen=True, slots=True)
class HeadSpecs:
    """The spec folder as a git ref (HEAD) has it, copied out of git for comparison."""

    folder: Path
    ref: str
    shown_as: str

    def counterpart(self, spec_dir: Path, path: Path) -> Path | None:
        """The file at the ref matching ``path`` of the working ``spec_dir``, if the ref has it."""
        found = self.folder / path.resolve().relative_to(spec_dir.resolve())
        return found if found.is_file() else None


def head_specs(spec_dir: Path, scratch: Path, ref: str = "HEAD") -> HeadSpecs | None:
    """``spec_dir`` as ``ref`` has it, copied into ``scratch``; None outside git or before the first commit."""
    try:
        found = git_set(spec_dir, ref, scratch)
    except SourceError:
        return None
    return HeadSpecs(found.folder, ref, found.shown_as)


@dataclass(frozen=True, slots=True)
class ReleasePlan:
    """One SDK's release as generate writes it: its history file, its CHANGELOG.md, or why it may not."""

    history: RenderedFile
    changelog: RenderedFile
    diagnostics: tuple[Diagnostic, ...]


def plan_release(spec: ApiSpec, path: Path, spec_dir: Path, head: HeadSpecs | None) -> ReleasePlan:
    """Check ``spec``'s version against HEAD and move its history forward.

    ``spec`` is the working version (passes applied), read from ``path`` in ``spec_dir``.
    """
    package = spec.provider.package
    own = history_path(spec_dir, path)
    shown = _history_display(spec, spec_dir, path)
    history, problems = read_history(own, shown, package)
    head_history = History(package)
    head_version: str | None = None
    findings: tuple[Finding, ...] = ()
    counterpart = head.counterpart(spec_dir, path) if head else None
    if head is not None and counterpart is not None:
        head_history, _ = read_history(history_path(head.folder, counterpart), shown, package)
        head_version, findings, more = _since_head(spec, path, counterpart, head)
        problems += more
    updated = advance(history, head_history, spec.sdk_version, head_version, findings)
    record = RenderedFile(f"{RELEASES}/{own.name}", history_text(updated))
    changelog = RenderedFile(f"{package}/CHANGELOG.md", changelog_text(updated), final=True)
    return ReleasePlan(record, changelog, tuple(problems))


def recorded_changelog(spec_dir: Path, path: Path, spec: ApiSpec) -> str:
    """The ``CHANGELOG.md`` of the history recorded for the spec at ``path`` (its version's alone if none)."""
    history, _ = read_history(history_path(spec_dir, path), path.name, spec.provider.package)
    return changelog_text(advance(history, history, spec.sdk_version, None, ()))


def _history_display(spec: ApiSpec, spec_dir: Path, path: Path) -> str:
    """How diagnostics name the history file: beside the spec folder's name as the spec's own name shows it."""
    inside = path.resolve().relative_to(spec_dir.resolve()).as_posix()
    folder = spec.source[: -len(inside)] if spec.source.endswith(inside) else ""
    return f"{folder}{RELEASES}/{path.stem}.yaml"


def _since_head(
    spec: ApiSpec, path: Path, counterpart: Path, head: HeadSpecs
) -> tuple[str | None, tuple[Finding, ...], list[Diagnostic]]:
    """HEAD's version, the changes since it, and a diagnostic when the version does not cover them.

    A HEAD version that no longer loads (the loader grew stricter) cannot be compared: the working
    spec is then recorded as if it were new.
    """
    if same_inputs(counterpart, path):
        return spec.sdk_version, (), []
    inside = counterpart.relative_to(head.folder).as_posix()
    base = load_located(counterpart, f"{head.shown_as}/{inside}")
    revision = load_located(path, spec.source)
    if base.spec is None or base.sources is None or revision.sources is None:
        return None, (), []
    findings = compare(run_passes(base.spec), base.sources, spec, revision.sources)
    judged = verdict(base.spec.sdk_version, spec.sdk_version, findings)
    problems = [] if judged.ok else [_version_problem(judged, findings, revision.sources.locate(("sdk_version",)))]
    return base.spec.sdk_version, findings, problems


def _version_problem(judged: Verdict, findings: tuple[Finding, ...], where: SourcePosition) -> Diagnostic:
    """The gate's diagnostic, at the version line, naming the first few changes that need the bump."""
    needing = [f for f in findings if f.impact == judged.impact]
    named = "; ".join(f"{f.check.id}: {f.python or f.message}" for f in needing[:3])
    more = f"; and {len(needing) - 3} more" if len(needing) > 3 else ""
    message = f"{judged.problem} ({named}{more})" if named else judged.problem
    hint = f"set sdk_version: {judged.required} (python -m generator diff lists every change)"
    return Diagnostic(where.file, where.line, where.column, "sdk_version", message, hint)
