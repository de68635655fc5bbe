"""Each pass is a pure ApiSpec -> ApiSpec function, tested on small factory-built specs."""

from __future__ import annotations

from dataclasses import replace

from generator import passes
from generator.ir import ErrorCode, Model, TypeRef
from tests import factories as f


def unnamed(field):
    """A field as the HTTP loader makes it: no Python name yet."""
    return replace(field, python_name="")


def test_assign_python_names_names_operations_params_and_fields() -> None:
    model = Model("Item", "An item.", (unnamed(f.field("DIDsID", "integer")),))
    spec = f.spec(
        f.operation("getDIDsInfo", unnamed(f.field("CountryID", "integer")), unnamed(f.field("from"))),
        models=(model,),
    )
    named = passes.assign_python_names(spec)
    assert named.operations[0].python_name == "get_dids_info"
    assert [p.python_name for p in named.operations[0].params] == ["country_id", "from_"]
    assert named.models[0].fields[0].python_name == "dids_id"
    assert [p.wire_name for p in named.operations[0].params] == ["CountryID", "from"]
    assert spec.operations[0].python_name == ""  # the input is untouched


def test_assign_python_names_keeps_names_the_loader_chose() -> None:
    kept = f.field("Type", "string")  # xsdata named it, e.g. "type_value"
    kept = replace(kept, python_name="type_value")
    named = passes.assign_python_names(f.spec(f.operation("op", kept)))
    assert named.operations[0].params[0].python_name == "type_value"


def test_mark_optional_fields_makes_only_optional_types_nullable() -> None:
    spec = f.spec(f.operation("op", f.field("a", required=True), f.field("b")))
    marked = passes.mark_optional_fields(spec)
    assert [p.type.nullable for p in marked.operations[0].params] == [False, True]


def test_assign_error_classes_only_for_per_code_specs() -> None:
    rows = (ErrorCode("sold_out", "Sold out"), ErrorCode("xml_parse_error", "XML parse error"))
    per_family = f.spec(errors=rows)
    assert passes.assign_error_classes(per_family) is per_family
    per_code = passes.assign_error_classes(f.spec(errors=rows, error_classes="per_code"))
    assert [r.class_name for r in per_code.provider.errors] == ["SoldOutError", "XmlParseError"]


def test_order_models_puts_used_records_first_and_keeps_order_otherwise() -> None:
    page = Model("Page", "A page.", (f.field("items", "list", item="Item"),))
    item = Model("Item", "An item.", (f.field("owner", "Owner"),))
    owner = Model("Owner", "An owner.", (f.field("name"),))
    other = Model("Other", "Unrelated.", (f.field("x"),))
    ordered = passes.order_models(f.spec(models=(page, other, item, owner)))
    assert [m.name for m in ordered.models] == ["Owner", "Item", "Page", "Other"]


def test_run_passes_applies_every_pass() -> None:
    spec = f.spec(f.operation("getThing", unnamed(f.field("CountryID", "integer"))))
    done = passes.run_passes(spec)
    param = done.operations[0].params[0]
    assert (param.python_name, param.type) == ("country_id", TypeRef("integer", nullable=True))
    assert passes.run_passes(replace(done)) == done  # idempotent
