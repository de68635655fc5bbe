"""Checks on values the SDK sends: each ``request-param-*`` and ``request-field-*`` check, from factory specs.

Every change is tried on a method argument and on a field of a record passed in (the same
rules hold for both; only the check's prefix differs).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.ir import Field
from tests import factories as f
from tests.unit.diff.support import Case, check_ids, findings

A = f.field("a")
B = f.field("b", "integer")


def sent(kind: str, *fields: Field) -> f.ApiSpec:
    """A spec whose operation sends ``fields``: as arguments (``param``) or inside a record (``field``)."""
    if kind == "param":
        return f.spec(f.operation("getThing", *fields))
    item = f.field("item", "Item", required=True)
    return f.spec(f.operation("putThing", item), models=(f.model("Item", *fields),))


def cases(kind: str) -> list[Case]:
    p = f"request-{kind}"
    changed = [
        ("added", [A], [A, B]),
        ("added-required", [A], [A, replace(B, required=True)]),
        ("removed", [A, B], [A]),
        ("became-required", [B], [replace(B, required=True)]),
        ("became-optional", [replace(B, required=True)], [B]),
        ("type-changed", [B], [f.field("b", "string")]),
        ("python-name-changed", [B], [replace(B, python_name="bee")]),
        ("wire-changed", [B], [replace(B, encoding="json")]),
        ("default-changed", [replace(B, default=10)], [replace(B, default=50)]),
        ("constraint-tightened", [f.field("b", "integer", maximum=250)], [f.field("b", "integer", maximum=100)]),
        ("constraint-loosened", [f.field("b", "integer", maximum=100)], [f.field("b", "integer", maximum=250)]),
        ("pattern-changed", [f.field("b", pattern="^[0-9]+$")], [f.field("b", pattern="^[0-9]{4}$")]),
        ("no-longer-secret", [replace(B, secret=True)], [B]),
        ("now-secret", [B], [replace(B, secret=True)]),
    ]
    return [Case(f"{p}-{suffix}", sent(kind, *before), sent(kind, *after)) for suffix, before, after in changed]


CASES = cases("param") + cases("field")


@pytest.mark.parametrize("case", CASES, ids=[c.check for c in CASES])
def test_each_input_check_reports_its_change(case: Case) -> None:
    assert check_ids(case.base, case.revision) == case.expected


@pytest.mark.parametrize(
    ("key", "before", "after", "verdict"),
    [
        ("minimum", None, 1, "tightened"),
        ("minimum", 1, 0, "loosened"),
        ("maximum", 10, None, "loosened"),
        ("min_length", 1, 2, "tightened"),
        ("max_length", 50, 40, "tightened"),
        ("min_items", 2, 1, "loosened"),
        ("max_items", None, 3, "tightened"),
        ("pattern", None, "^a", "tightened"),
        ("pattern", "^a", None, "loosened"),
        ("item_pattern", "^a", "^b", "pattern-changed"),
    ],
)
def test_each_limit_narrows_or_widens_the_right_way(key: str, before: object, after: object, verdict: str) -> None:
    old = sent("param", f.field("b", **({key: before} if before is not None else {})))
    new = sent("param", f.field("b", **({key: after} if after is not None else {})))
    expected = (
        "request-param-pattern-changed" if verdict == "pattern-changed" else f"request-param-constraint-{verdict}"
    )
    assert check_ids(old, new) == [expected]


def test_a_finding_names_the_argument_its_method_and_what_to_do() -> None:
    (finding,) = findings(sent("param", A, B), sent("param", A))
    assert finding.python == "get_thing(b=)" and finding.operations == ("getThing",)
    assert finding.message == "argument `b` of `get_thing()` was removed"
    assert finding.action == "stop passing `b=`"
    assert finding.subject == ("operations", "getThing", "params", "b")


def test_a_record_field_names_its_record_and_the_operations_that_send_it() -> None:
    (finding,) = findings(sent("field", B), sent("field", replace(B, required=True)))
    assert finding.python == "models.Item.b" and finding.operations == ("putThing",)
    assert finding.subject == ("types", "Item", "fields", "b", "required")


def test_a_wire_rename_keeping_the_python_name_is_a_wire_change_only() -> None:
    renamed = replace(B, wire_name="B")
    assert check_ids(sent("param", B), sent("param", renamed)) == ["request-param-wire-changed"]


def test_csv_and_list_are_the_same_python_type_but_not_the_same_wire() -> None:
    before = sent("param", f.field("ids", "csv", item="integer"))
    after = sent("param", f.field("ids", "list", item="integer"))
    (finding,) = findings(before, after)
    assert finding.check.id == "request-param-wire-changed" and "wire type" in finding.message
