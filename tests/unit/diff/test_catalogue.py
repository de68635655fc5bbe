"""The check catalogue: stable, well-formed IDs whose level, impact and categories agree with each other."""

from __future__ import annotations

import re

import pytest

from generator.diff import CHECKS
from generator.diff.model import IMPACTS, LEVELS
from tests.unit.diff import test_errors, test_inputs, test_operations, test_outputs, test_provider, test_types

FACTORY_CASES = [
    *test_operations.CASES,
    *test_inputs.CASES,
    *test_outputs.CASES,
    *test_types.CASES,
    *test_errors.CASES,
    *test_provider.CASES,
]
# Checks about whole specs and their versions, tested with spec folders in test_run.
SPEC_LEVEL = {"sdk-added", "sdk-removed", "sdk-version-not-bumped"}


def test_every_check_has_a_factory_case() -> None:
    covered = {case.check for case in FACTORY_CASES}
    assert set(CHECKS) - SPEC_LEVEL - covered == set()


@pytest.mark.parametrize("check_id", sorted(CHECKS))
def test_each_check_is_well_formed(check_id: str) -> None:
    check = CHECKS[check_id]
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", check.id) and check.id == check_id
    assert check.level in LEVELS and check.impact in IMPACTS and check.categories
    assert set(check.categories) <= {"wire", "sdk", "safety"} and len(set(check.categories)) == len(check.categories)
    assert check.summary.endswith(".") and check.example


@pytest.mark.parametrize("check_id", sorted(CHECKS))
def test_level_impact_and_surface_agree(check_id: str) -> None:
    check = CHECKS[check_id]
    if check.impact == "major":  # a major bump is only ever needed for a breaking change
        assert check.level == "breaking"
    if check.surface == "type":  # old code that stops type-checking is SDK-breaking, hence major
        assert "sdk" in check.categories and check.impact == "major"
    if check.categories == ("wire",):  # the new SDK absorbs a wire change: old Python code is untouched
        assert check.impact != "major" and check.surface == "none"
    if check.level == "info":
        assert check.surface == "none"


def test_the_catalogue_order_is_stable() -> None:
    ids = list(CHECKS)
    assert ids[:3] == ["sdk-added", "sdk-removed", "sdk-version-not-bumped"]
    assert len(ids) == len(set(ids)) == 112
