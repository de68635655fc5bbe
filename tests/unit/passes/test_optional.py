"""mark_optional_fields: what may be left out is nullable; a record's lists stay tuples."""

from __future__ import annotations

from generator.ir import Model
from generator.passes.optional import mark_optional_fields
from tests import factories as f


def test_only_optional_parameters_become_nullable() -> None:
    spec = f.spec(f.operation("op", f.field("a", required=True), f.field("b"), f.field("c", "list", item="string")))
    marked = mark_optional_fields(spec)
    assert [p.type.nullable for p in marked.operations[0].params] == [False, True, True]


def test_a_records_optional_list_stays_a_tuple() -> None:
    model = Model("Page", "", (f.field("items", "list", item="string"), f.field("note")))
    (marked,) = mark_optional_fields(f.spec(models=(model,))).models
    assert [field.type.nullable for field in marked.fields] == [False, True]
