"""Stage 3, diff: two versions of the specs -> every change, its level and semver impact; SDK versions
and changelogs from them.

Both versions are loaded by the same loader and compared as IRs (operations, arguments, fields,
types, enums, errors, rules, auth, rate limits), never as text. Each change is a ``Finding`` of a
check with a stable ID (``CHECKS``), located in both versions. Two entries use it:

- ``diff_sets``: ``python -m generator diff``, two versions of the spec folder (``git_set`` reads
  one from a git ref without a checkout) -> a ``Report``, printed by one of ``FORMATS``;
- ``plan_release``: ``generate``, one spec against HEAD (``head_specs``) -> its version held to its
  changes, its release history moved forward, and its ``CHANGELOG.md``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# ``compare`` is also a submodule's name: importing that submodule later would rebind the package's
# attribute to the module, so the function is bound here, before anything else can import it.
from generator.diff.compare import compare

if TYPE_CHECKING:
    from generator.diff.catalogue import CHECKS
    from generator.diff.changelog import changelog_text
    from generator.diff.history import History, Release
    from generator.diff.model import LEVELS, Check, Finding
    from generator.diff.release import (
        HeadSpecs,
        ReleasePlan,
        head_specs,
        plan_release,
        recorded_changelog,
    )
    from generator.diff.report import FORMATS
    from generator.diff.run import Report, diff_sets
    from generator.diff.sources import SourceError, SpecSet, blob_ids, file_set, folder_set, git_set, history_path

# Exports load on first use: `generate` with nothing changed needs only ``blob_ids``, and the check
# catalogue and the comparers cost ~100 ms to import.
_HOMES: dict[str, str] = {
    "CHECKS": "catalogue",
    "Check": "model",
    "FORMATS": "report",
    "Finding": "model",
    "HeadSpecs": "release",
    "History": "history",
    "LEVELS": "model",
    "Release": "history",
    "ReleasePlan": "release",
    "Report": "run",
    "SourceError": "sources",
    "SpecSet": "sources",
    "blob_ids": "sources",
    "changelog_text": "changelog",
    "diff_sets": "run",
    "file_set": "sources",
    "folder_set": "sources",
    "git_set": "sources",
    "head_specs": "release",
    "history_path": "sources",
    "plan_release": "release",
    "recorded_changelog": "release",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "CHECKS",
    "FORMATS",
    "LEVELS",
    "Check",
    "Finding",
    "HeadSpecs",
    "History",
    "Release",
    "ReleasePlan",
    "Report",
    "SourceError",
    "SpecSet",
    "blob_ids",
    "changelog_text",
    "compare",
    "diff_sets",
    "file_set",
    "folder_set",
    "git_set",
    "head_specs",
    "history_path",
    "plan_release",
    "recorded_changelog",
]
