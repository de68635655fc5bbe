"""The XSD type of every parameter sent over a SOAP rpc binding."""

from __future__ import annotations

from dataclasses import replace

from generator.ir import ApiSpec, Field, TypeRef

# The XSD built-in type a parameter's own type travels as; dates, enums and the rest are text.
_XSD_TYPES = {"integer": "integer", "decimal": "decimal", "boolean": "boolean"}


def xsd_type_of(type_ref: TypeRef) -> str:
    """The XSD built-in type (local name) a value of ``type_ref`` is declared as by default."""
    return _XSD_TYPES.get(type_ref.name, "string")


def assign_rpc_types(spec: ApiSpec) -> ApiSpec:
    """Give each rpc element the spec's XSD type, or the one its parameter's type implies."""
    if spec.provider.rpc is None:
        return spec

    def typed(field: Field) -> Field:
        if field.rpc is None or field.rpc.xsd_type:
            return field
        return replace(field, rpc=replace(field.rpc, xsd_type=xsd_type_of(field.type)))

    return replace(
        spec, operations=tuple(replace(op, params=tuple(typed(p) for p in op.params)) for op in spec.operations)
    )
