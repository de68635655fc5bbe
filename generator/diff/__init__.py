"""Stage 3, diff: two versions of the specs -> every change, its level and semver impact; SDK versions and changelogs.

Both versions are loaded by the same loader and compared as IRs (operations, arguments, fields,
types, enums, errors, rules, auth, rate limits), never as text. Each change is a ``Finding`` of a
check with a stable ID (``CHECKS``), located in both versions.
"""

from __future__ import annotations

from generator.diff.catalogue import CHECKS
from generator.diff.compare import compare
from generator.diff.model import Check, Finding

__all__ = ["CHECKS", "Check", "Finding", "compare"]
