"""assign_rpc_types: every SOAP element gets the spec's XSD type, or the one its parameter's type implies."""

from __future__ import annotations

from dataclasses import replace

from generator.ir import RpcBinding, RpcElement
from generator.passes.rpc import assign_rpc_types, xsd_type_of
from tests import factories as f

BINDING = RpcBinding("/soap", "urn:acme", "urn:acme", "https://acme.test/schema")


def _with_element(field, xsd_type: str = ""):
    return replace(field, rpc=RpcElement(field.wire_name, xsd_type))


def test_types_come_from_the_parameter_unless_the_spec_gives_one() -> None:
    params = (
        _with_element(f.field("a", "integer")),
        _with_element(f.field("b", "boolean")),
        _with_element(f.field("c", "date")),
        _with_element(f.field("d", "boolean"), "integer"),
        f.field("rest_only"),
    )
    spec = assign_rpc_types(f.spec(f.operation("op", *params, rpc=True), rpc=BINDING))
    assert [p.rpc.xsd_type if p.rpc else None for p in spec.operations[0].params] == [
        "integer",
        "boolean",
        "string",
        "integer",
        None,
    ]


def test_a_spec_without_a_binding_is_left_alone() -> None:
    spec = f.spec(f.operation("op", _with_element(f.field("a", "integer"))))
    assert assign_rpc_types(spec) is spec


def test_enums_and_text_are_strings_numbers_keep_their_type() -> None:
    assert [xsd_type_of(f.field("x", name).type) for name in ("string", "Kind", "decimal", "datetime")] == [
        "string",
        "string",
        "decimal",
        "string",
    ]
