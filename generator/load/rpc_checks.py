"""Checks of a spec's SOAP rpc binding (``provider.soap`` and the ``soap`` keys) a schema cannot express."""

from __future__ import annotations

from typing import Any

from generator.ir import Diagnostic
from generator.load.types import parse_type_expr
from generator.load.yaml_source import YamlDocument

# What one typed element can carry; records, lists, files and free JSON have no rpc/encoded spelling here.
_ELEMENT_TYPES = frozenset({"string", "integer", "decimal", "boolean", "date", "datetime"})


def check_rpc(doc: YamlDocument) -> list[Diagnostic]:
    """Every problem with the spec's SOAP binding: keys without a binding, parameters one element cannot hold."""
    data: dict[str, Any] = doc.data
    provider = data["provider"]
    binding = provider.get("soap")
    enums = {name for name, t in (data.get("types") or {}).items() if "enum" in t}
    found: list[Diagnostic] = []
    if binding is not None and provider.get("error_format", "status_field") != "status_field":
        found.append(
            doc.diagnostic(
                ("provider", "soap"),
                "a SOAP binding needs error_format: status_field (its answers carry the REST answer's status)",
                "use status_field, or remove provider.soap",
            )
        )
    for op_name, op in data["operations"].items():
        if binding is None and "soap" in op:
            found.append(_unbound(doc, ("operations", op_name, "soap")))
        rpc = binding is not None and op.get("soap", True) is not False
        elements: dict[str, str] = {}
        for index, param in enumerate(op.get("params", [])):
            path = ("operations", op_name, "params", index)
            soap = param.get("soap", {})
            if binding is None:
                if "soap" in param:
                    found.append(_unbound(doc, (*path, "soap")))
                continue
            if not rpc or soap is False:
                continue
            container, item = parse_type_expr(param["type"])
            if container is not None or (item not in _ELEMENT_TYPES and item not in enums):
                found.append(
                    doc.diagnostic(
                        (*path, "type"),
                        f"'{param['type']}' cannot travel as one SOAP element",
                        "mark the parameter soap: false (REST-only), or give the operation soap: false",
                    )
                )
            element = soap.get("name", param["name"])
            if element in elements:
                found.append(
                    doc.diagnostic(
                        (*path, "soap"),
                        f"SOAP element '{element}' is also sent for '{elements[element]}'",
                        "give one of them another soap name",
                    )
                )
            elements[element] = param["name"]
    return found


def _unbound(doc: YamlDocument, path: tuple[str | int, ...]) -> Diagnostic:
    return doc.diagnostic(path, "'soap' needs a SOAP binding (provider.soap)", "add provider.soap, or remove this key")
