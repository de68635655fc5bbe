"""One row of the check catalogue, written compactly: categories as words, the rest as strings."""

from __future__ import annotations

from typing import cast

from generator.diff.model import Category, Check, Impact, Level, Section, Surface


def check(
    check_id: str, level: str, impact: str, categories: str, section: str, surface: str, summary: str, example: str
) -> Check:
    """A check; ``categories`` is space-separated (``"sdk wire"``)."""
    return Check(
        check_id,
        cast(Level, level),
        cast(Impact, impact),
        cast(tuple[Category, ...], tuple(categories.split())),
        cast(Section, section),
        cast(Surface, surface),
        summary,
        example,
    )
