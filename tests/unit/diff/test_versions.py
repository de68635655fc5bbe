"""SDK versions: how far each impact moves one, in 1.x and in 0.x, and the verdict on a spec's version."""

from __future__ import annotations

import pytest

from generator.diff.versions import bumped, parse, verdict
from tests import factories as f
from tests.unit.diff.support import findings


@pytest.mark.parametrize(
    ("version", "impact", "needed"),
    [
        ("1.4.2", "major", "2.0.0"),
        ("1.4.2", "minor", "1.5.0"),
        ("1.4.2", "patch", "1.4.2"),
        ("0.3.1", "major", "0.4.0"),
        ("0.3.1", "minor", "0.3.2"),
        ("0.3.1", "patch", "0.3.1"),
    ],
)
def test_each_impact_needs_its_bump(version: str, impact: str, needed: str) -> None:
    assert bumped(parse(version), impact) == parse(needed)  # type: ignore[arg-type]


def test_a_breaking_change_needs_a_new_major_version() -> None:
    removed = findings(f.spec(f.operation("a"), f.operation("b")), f.spec(f.operation("a")))
    assert not verdict("1.4.0", "1.5.0", removed).ok
    judged = verdict("1.4.0", "1.5.0", removed)
    assert (judged.impact, judged.required) == ("major", "2.0.0")
    assert judged.problem == "sdk_version 1.5.0 does not cover major changes since 1.4.0: it must be at least 2.0.0"
    assert verdict("1.4.0", "2.0.0", removed).ok and verdict("1.4.0", "3.0.0", removed).ok


def test_an_addition_needs_a_new_minor_version_and_a_patch_needs_none() -> None:
    added = findings(f.spec(f.operation("a")), f.spec(f.operation("a"), f.operation("b")))
    assert not verdict("1.4.0", "1.4.1", added).ok and verdict("1.4.0", "1.5.0", added).ok
    reworded = findings(f.spec(f.operation("a")), f.spec(f.operation("a", description="Reworded.")))
    assert verdict("1.4.0", "1.4.0", reworded).ok


def test_a_version_may_not_go_back() -> None:
    judged = verdict("1.4.0", "1.3.9", ())
    assert not judged.ok and judged.problem == "sdk_version went back from 1.4.0 to 1.3.9"


def test_versions_compare_as_numbers() -> None:
    assert parse("0.10.0") > parse("0.9.3")
