"""Checks on values the SDK reads: each ``response-field-*`` check, from factory specs (looser breaks here)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.ir import Field, TypeRef
from tests import factories as f
from tests.unit.diff.support import Case, check_ids, findings

A = f.field("a", required=True)
B = f.field("b", "integer", required=True)


def read(*fields: Field) -> f.ApiSpec:
    """A spec whose operation answers with a record of ``fields``."""
    return f.spec(f.operation("getThing", response=TypeRef("Thing")), models=(f.model("Thing", *fields),))


CASES = [
    Case("response-field-added", read(A), read(A, B)),
    Case("response-field-removed", read(A, B), read(A)),
    Case("response-field-became-optional", read(B), read(replace(B, required=False))),
    Case("response-field-became-required", read(replace(B, required=False)), read(B)),
    Case("response-field-type-changed", read(B), read(f.field("b", "decimal", required=True))),
    Case("response-field-python-name-changed", read(B), read(replace(B, python_name="bee"))),
    Case("response-field-wire-changed", read(B), read(replace(B, wire_name="B"))),
]


@pytest.mark.parametrize("case", CASES, ids=[c.check for c in CASES])
def test_each_response_check_reports_its_change(case: Case) -> None:
    assert check_ids(case.base, case.revision) == case.expected


def test_a_field_becoming_optional_is_breaking_for_readers_only() -> None:
    (finding,) = findings(read(B), read(replace(B, required=False)))
    assert finding.level == "breaking" and finding.action == "handle `b` being None"
    assert finding.python == "models.Thing.b" and finding.operations == ("getThing",)


def test_an_optional_list_stays_a_tuple_so_its_required_flag_does_not_matter() -> None:
    items = f.field("items", "list", item="string", required=True)
    assert check_ids(read(items), read(replace(items, required=False))) == []


def test_tighter_limits_on_answers_are_not_reported() -> None:
    # The SDK checks what it sends, never what it reads.
    assert check_ids(read(B), read(replace(B, constraints=f.Constraints(maximum=10)))) == []


def test_a_record_used_both_ways_keeps_the_more_severe_reading() -> None:
    both = [f.operation("getThing", f.field("thing", "Thing"), response=TypeRef("Thing"))]
    base = f.spec(*both, models=(f.model("Thing", replace(B, required=False)),))
    revision = f.spec(*both, models=(f.model("Thing", B),))
    (finding,) = findings(base, revision)  # required: breaking for senders, information for readers
    assert finding.check.id == "request-field-became-required"
    (finding,) = findings(revision, base)  # optional: information for senders, breaking for readers
    assert finding.check.id == "response-field-became-optional"
