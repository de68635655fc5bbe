"""Changelogs in Markdown (Keep a Changelog): a package's ``CHANGELOG.md``, and one section of changes.

Each version lists what was added, changed and removed; a breaking change or warning says so
first and ends with what to do. Reworded descriptions are summed up in one line.
"""

from __future__ import annotations

from generator.diff.catalogue import CHECKS
from generator.diff.history import Change, History, Release
from generator.diff.model import Section

_SECTIONS: tuple[tuple[Section, str], ...] = (("added", "Added"), ("changed", "Changed"), ("removed", "Removed"))
_LEVEL_ORDER = {"breaking": 0, "warning": 1, "info": 2}
_DOCS_NAMES_SHOWN = 6

_INTRO = """\
# Changelog

Every version of `{package}`, newest first. The format follows
[Keep a Changelog](https://keepachangelog.com/en/1.1.0/); versions follow
[Semantic Versioning](https://semver.org/spec/v2.0.0.html): the major part moves when code written
against the previous version can break, the minor part for additions (in 0.x versions, the minor
and patch parts play those roles). Generated from the release history in the spec's repository.
"""


def changelog_text(history: History) -> str:
    """The whole ``CHANGELOG.md`` of a package."""
    parts = [_INTRO.format(package=history.package)]
    for index, release in enumerate(history.releases):
        first = index == len(history.releases) - 1
        parts.append(release_text(release, first=first))
    return "\n".join(parts)


def release_text(release: Release, *, first: bool = False, heading: str = "") -> str:
    """One version's section: ``## [1.2.0]``, its notes, then Added / Changed / Removed."""
    lines = [f"## {heading or f'[{release.version}]'}", ""]
    if release.notes:
        lines += [release.notes.strip(), ""]
    if not release.changes:
        lines += ["First release." if first else "No changes to the API.", ""]
        return "\n".join(lines)
    docs = [c for c in release.changes if c.check == "description-changed"]
    for section, title in _SECTIONS:
        changes = [c for c in release.changes if c.check != "description-changed" and _section(c) == section]
        entries = [_entry(c) for c in sorted(changes, key=lambda c: _LEVEL_ORDER.get(c.level, 2))]
        if section == "changed" and docs:
            entries.append(_docs_entry(docs))
        if entries:
            lines += [f"### {title}", "", *entries, ""]
    return "\n".join(lines)


def _section(change: Change) -> Section:
    found = CHECKS.get(change.check)
    return found.section if found else "changed"


def _entry(change: Change) -> str:
    prefix = {"breaking": "**Breaking:** ", "warning": "**Warning:** "}.get(change.level, "")
    text = f"- {prefix}{_sentence(change.message)}"
    if change.action and change.level != "info":
        text += f" What to do: {change.action.strip().rstrip('.')}."
    return f"{text} (`{change.check}`)"


def _sentence(text: str) -> str:
    text = text.strip()
    return (text[:1].upper() + text[1:]).rstrip(".") + "."


def _docs_entry(docs: list[Change]) -> str:
    names = list(dict.fromkeys(f"`{c.python}`" for c in docs if c.python))
    shown = ", ".join(names[:_DOCS_NAMES_SHOWN])
    if len(names) > _DOCS_NAMES_SHOWN:
        shown += f" and {len(names) - _DOCS_NAMES_SHOWN} more"
    plural = "s" if len(docs) > 1 else ""
    return (
        f"- Reworded {len(docs)} description{plural} (docstrings and documentation): {shown}. (`description-changed`)"
    )
