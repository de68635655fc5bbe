"""Two versions of one spec in, every change out: the checks run over operations, types, errors and the carrier."""

from __future__ import annotations

from generator.diff.errors import compare_errors
from generator.diff.model import Finding
from generator.diff.operations import compare_operations
from generator.diff.provider import compare_provider
from generator.diff.side import Pair, side_of
from generator.diff.types import compare_types
from generator.ir import ApiSpec
from generator.load import SourceMap


def compare(
    base: ApiSpec, base_sources: SourceMap, revision: ApiSpec, revision_sources: SourceMap
) -> tuple[Finding, ...]:
    """Every change from ``base`` to ``revision`` (both with passes applied), most severe first."""
    pair = Pair(side_of(base, base_sources), side_of(revision, revision_sources))
    found = [*compare_operations(pair), *compare_types(pair), *compare_errors(pair), *compare_provider(pair)]
    return tuple(sorted(found, key=Finding.sort_key))
