"""The recorded release history of an SDK: ``specs/releases/<spec>.yaml``, kept by ``generate``.

One entry per version, newest first, each with the changes the diff found when the spec moved to
that version. ``generate`` owns the ``changes``; ``notes`` are free words of the team, kept as
written. The file is the changelog's source: ``CHANGELOG.md`` is rendered from it alone, so it is
the same on every machine and in every run.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from generator.diff.catalogue import CHECKS
from generator.diff.model import Finding
from generator.diff.versions import parse
from generator.ir import Diagnostic

_HEADER = """\
# Release history of {package}, kept by `python -m generator generate` (see specs/README.md):
# one entry per sdk_version, newest first, with the changes `python -m generator diff` found
# when the spec moved to it. Write your own words under `notes`; generate keeps them.
"""


@dataclass(frozen=True, slots=True)
class Change:
    """One recorded change: the check that found it, what it touched, and what users should do."""

    check: str
    python: str
    message: str
    action: str = ""

    @property
    def level(self) -> str:
        found = CHECKS.get(self.check)
        return found.level if found else "info"


@dataclass(frozen=True, slots=True)
class Release:
    """One version of an SDK and the changes that led to it."""

    version: str
    changes: tuple[Change, ...] = ()
    notes: str = ""


@dataclass(frozen=True, slots=True)
class History:
    """Every recorded version of one SDK, newest first."""

    package: str
    releases: tuple[Release, ...] = ()

    def get(self, version: str) -> Release | None:
        return next((r for r in self.releases if r.version == version), None)


def recorded(finding: Finding) -> Change:
    return Change(finding.check.id, finding.python, finding.message, finding.action)


def advance(
    history: History, head: History, version: str, head_version: str | None, findings: tuple[Finding, ...]
) -> History:
    """The history once the spec is at ``version`` with ``findings`` since HEAD (at ``head_version``).

    A version new since HEAD gets exactly the changes since HEAD; the version HEAD already had
    gains them (its recorded changes are HEAD's, so an edit undone before committing leaves no
    trace). Without a HEAD version there is nothing to compare: the version is only recorded.
    """
    changes = tuple(recorded(f) for f in findings if f.check.id != "sdk-version-not-bumped")
    mine = history.get(version)
    notes = mine.notes if mine else ""
    if head_version is None:
        entry = mine or Release(version)
    elif version == head_version:
        earlier = head.get(version) or mine or Release(version)
        entry = Release(version, _union(earlier.changes, changes), notes or earlier.notes)
    else:
        entry = Release(version, changes, notes)
    others = [r for r in history.releases if r.version != version]
    ordered = sorted([entry, *others], key=lambda r: parse(r.version), reverse=True)
    return replace(history, releases=tuple(ordered))


def _union(first: tuple[Change, ...], second: tuple[Change, ...]) -> tuple[Change, ...]:
    return first + tuple(c for c in second if c not in first)


def read_history(path: Path, display: str, package: str) -> tuple[History, list[Diagnostic]]:
    """The history in ``path`` (empty when the file does not exist), or a diagnostic when it is unreadable."""
    import yaml

    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        releases = tuple(_release(entry) for entry in raw.get("releases") or ())
    except OSError:
        return History(package), []
    except (yaml.YAMLError, AttributeError, KeyError, TypeError, ValueError) as exc:
        hint = "fix the file, or delete it: generate records the current version again"
        return History(package), [Diagnostic(display, 1, 1, "releases", f"unreadable release history: {exc}", hint)]
    return History(package, releases), []


def _release(entry: dict[str, Any]) -> Release:
    changes = tuple(
        Change(str(c["check"]), str(c.get("python", "")), str(c["message"]), str(c.get("action", "")))
        for c in entry.get("changes") or ()
    )
    version = str(entry["version"])
    parse(version)  # a hand-edited version must still be MAJOR.MINOR.PATCH (ValueError otherwise)
    return Release(version, changes, str(entry.get("notes") or ""))


def history_text(history: History) -> str:
    """The file's text: a header, then the entries as YAML (byte-identical for equal histories)."""
    import yaml

    entries: list[dict[str, Any]] = []
    for release in history.releases:
        entry: dict[str, Any] = {"version": release.version}
        if release.notes:
            entry["notes"] = release.notes
        if release.changes:
            entry["changes"] = [_change_data(c) for c in release.changes]
        entries.append(entry)
    body = yaml.safe_dump({"releases": entries}, sort_keys=False, allow_unicode=True, width=100)
    return _HEADER.format(package=history.package) + body


def _change_data(change: Change) -> dict[str, str]:
    data = {"check": change.check, "python": change.python, "message": change.message}
    if change.action:
        data["action"] = change.action
    return data
