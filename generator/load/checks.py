"""Checks a JSON Schema cannot express: references, names, defaults and ranges that must agree.

They run on the raw document (after the schema check passed) so every finding keeps its position.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from generator import naming
from generator.ir import SCALAR_TYPES, Diagnostic
from generator.load.rpc_checks import check_rpc
from generator.load.suggest import did_you_mean
from generator.load.types import parse_type_expr
from generator.load.yaml_events import DocPath
from generator.load.yaml_source import YamlDocument

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_PATH_PARAM = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def check_semantics(doc: YamlDocument) -> list[Diagnostic]:
    """Every cross-reference and consistency problem in a schema-valid document."""
    data: dict[str, Any] = doc.data
    types: dict[str, Any] = data.get("types") or {}
    found: list[Diagnostic] = []
    for name, type_def in types.items():
        if name in naming.RESERVED_TYPE_NAMES:
            found.append(
                doc.diagnostic(
                    ("types", name),
                    f"type name '{name}' is used by the generated code",
                    f"rename it, e.g. to '{data['provider']['name'].capitalize()}{name}'",
                )
            )
        for field_index, field in enumerate(type_def.get("fields", [])):
            found += _check_field(doc, ("types", name, "fields", field_index), field, types)
        found += _check_names(doc, ("types", name, "fields"), type_def.get("fields", []), naming.field_name)
        found += _check_rules(doc, ("types", name, "rules"), type_def.get("rules", []), type_def.get("fields", []))
        found += _check_paging(doc, ("types", name, "paging"), type_def)
    operation_names: dict[str, str] = {}
    for op_name, op in data["operations"].items():
        found += _check_operation(doc, op_name, op, types)
        python_name = naming.snake_case(op_name)
        if python_name in operation_names:
            found.append(
                doc.diagnostic(
                    ("operations", op_name),
                    f"method name '{python_name}' is also made from '{operation_names[python_name]}'",
                    "rename one of the operations",
                )
            )
        operation_names[python_name] = op_name
    for index, option in enumerate(data["provider"].get("client_options", [])):
        found += _check_type_ref(doc, ("provider", "client_options", index, "type"), option["type"], types)
    for index, limit in enumerate(data["provider"].get("rate_limits", [])):
        for op_index, op_name in enumerate(limit.get("operations", [])):
            if op_name not in data["operations"]:
                found.append(
                    doc.diagnostic(
                        ("provider", "rate_limits", index, "operations", op_index),
                        f"unknown operation '{op_name}'",
                        "name an operation of this spec",
                    )
                )
    for name, callback in (data.get("callbacks") or {}).items():
        if callback["type"] != "json" and _record(types, callback["type"]) is None:
            found.append(
                doc.diagnostic(
                    ("callbacks", name, "type"),
                    f"'{callback['type']}' is not a record type",
                    "name a type under 'types' that has 'fields'",
                )
            )
    found += _check_errors(doc, data)
    credential_names = {c["name"] for c in data["provider"]["auth"]["credentials"]}
    for index, rule in enumerate(data["provider"]["auth"].get("rules", [])):
        for name in rule.get("one_of", []) + rule.get("exclusive", []):
            if name not in credential_names:
                found.append(
                    doc.diagnostic(
                        ("provider", "auth", "rules", index),
                        f"rule names unknown credential '{name}'",
                        "use one of: " + ", ".join(sorted(credential_names)),
                    )
                )
    for index, credential in enumerate(data["provider"]["auth"]["credentials"]):
        found += _check_regex(doc, ("provider", "auth", "credentials", index, "pattern"), credential.get("pattern"))
        found += check_credential_example(doc, ("provider", "auth", "credentials", index), credential)
    return found + check_rpc(doc)


def check_credential_example(doc: YamlDocument, path: DocPath, credential: dict[str, Any]) -> list[Diagnostic]:
    """A credential with a pattern needs an ``example`` that matches it: the examples pass it as printed."""
    pattern, example = credential.get("pattern"), credential.get("example")
    if pattern is None:
        return []
    try:
        matches = example is not None and re.search(pattern, example) is not None
    except re.error:
        return []  # reported by _check_regex
    if matches:
        return []
    if example is None:
        return [
            doc.diagnostic(
                path,
                f"credential '{credential['name']}' has a pattern but no example",
                f"add an example value that matches {pattern} (the documentation's examples pass it as printed)",
            )
        ]
    return [
        doc.diagnostic(
            path + ("example",),
            f"example {example!r} does not match the credential's pattern {pattern}",
            "write an obviously made-up value that the SDK accepts",
        )
    ]


def _check_regex(doc: YamlDocument, path: DocPath, pattern: str | None) -> list[Diagnostic]:
    if pattern is None:
        return []
    try:
        re.compile(pattern)
    except re.error as exc:
        return [doc.diagnostic(path, f"invalid regular expression: {exc}", "write a Python regular expression")]
    return []


def _record(types: dict[str, Any], name: str) -> dict[str, Any] | None:
    type_def = types.get(name)
    return type_def if type_def is not None and "fields" in type_def else None


def _check_operation(doc: YamlDocument, op_name: str, op: dict[str, Any], types: dict[str, Any]) -> list[Diagnostic]:
    base: DocPath = ("operations", op_name)
    params = op.get("params", [])
    found: list[Diagnostic] = []
    for index, param in enumerate(params):
        found += _check_field(doc, base + ("params", index), param, types)
    found += _check_names(doc, base + ("params",), params, naming.argument_name)
    found += _check_rules(doc, base + ("rules",), op.get("rules", []), params)
    in_body = [p["name"] for p in params if p["in"] == "body"]
    if in_body and "body" not in op:
        found.append(
            doc.diagnostic(
                base + ("params",),
                f"parameters {', '.join(in_body)} go in the body, but the operation has no 'body'",
                "add body: {format: xml, xml_root: request} or similar",
            )
        )
    body_format = op.get("body", {}).get("format")
    for index, param in enumerate(params):
        found += _check_placement(doc, base + ("params", index), param, body_format, types)
    if op.get("body", {}).get("query_in_body") and body_format not in ("form", "multipart"):
        found.append(
            doc.diagnostic(
                base + ("body", "query_in_body"),
                "query_in_body needs a form or multipart body",
                "set body.format to form or multipart",
            )
        )
    if body_format == "xml" and "xml_root" not in op["body"]:
        found.append(doc.diagnostic(base + ("body",), "an XML body needs its root element", "add xml_root"))
    declared = {p["name"] for p in params if p["in"] == "path"}
    used = set(_PATH_PARAM.findall(op["path"]))
    for missing in sorted(used - declared):
        found.append(
            doc.diagnostic(
                base + ("path",),
                f"path placeholder '{{{missing}}}' has no parameter",
                f"add a parameter named {missing} with in: path",
            )
        )
    for index, param in enumerate(params):
        if param["in"] == "path" and param["name"] not in used:
            found.append(
                doc.diagnostic(
                    base + ("params", index, "in"),
                    f"'{param['name']}' is not in the path",
                    f"put {{{param['name']}}} in the path or change 'in'",
                )
            )
    if "response" in op:
        found += _check_type_ref(doc, base + ("response", "type"), op["response"]["type"], types)
    if "page_param" in op:
        found += _check_page_param(doc, base, op, types)
    return found


def _check_page_param(doc: YamlDocument, base: DocPath, op: dict[str, Any], types: dict[str, Any]) -> list[Diagnostic]:
    """A paged operation names an integer parameter and answers a record with ``paging``."""
    params = {p["name"]: p for p in op.get("params", [])}
    param = params.get(op["page_param"])
    response_type = op.get("response", {}).get("type", "")
    response = _record(types, response_type)
    if param is None or param["type"] != "integer":
        return [
            doc.diagnostic(
                base + ("page_param",),
                f"'{op['page_param']}' is not an integer parameter",
                "name the integer parameter that selects the page",
            )
        ]
    container, inner = parse_type_expr(response_type) if response_type else (None, "")
    if container is None and inner and inner not in SCALAR_TYPES and inner not in types:
        return []  # an unknown type, which its own diagnostic names: what it lacks would only mislead
    if response is None or "paging" not in response:
        return [
            doc.diagnostic(
                base + ("page_param",),
                "the response type has no 'paging'",
                "add paging: {page, total_pages, items} to the response record",
            )
        ]
    return []


def _check_placement(
    doc: YamlDocument, path: DocPath, param: dict[str, Any], body_format: str | None, types: dict[str, Any]
) -> list[Diagnostic]:
    """Structured values need an XML body; files need a multipart body."""
    container, inner = parse_type_expr(param["type"])
    where = "an XML body" if param["in"] == "body" and body_format == "xml" else f"a {param['in']} parameter"
    structured = container == "list" or _record(types, inner) is not None
    if structured and where != "an XML body" and "encoding" not in param:
        hint = "use csv[...], give an encoding (brackets, indexed, json), or put it in a body with format: xml"
        return [doc.diagnostic(path + ("type",), f"{param['type']} cannot be sent as {where}", hint)]
    if "encoding" in param and not (structured or inner == "json"):
        return [
            doc.diagnostic(
                path + ("encoding",),
                "an encoding applies to lists, records and json values",
                "drop it, or change the type",
            )
        ]
    if inner == "file" and not (param["in"] == "body" and body_format == "multipart"):
        hint = "put file parameters in a body with format: multipart"
        return [doc.diagnostic(path + ("type",), f"a file cannot be sent as {where}", hint)]
    return []


def _check_field(doc: YamlDocument, path: DocPath, field: dict[str, Any], types: dict[str, Any]) -> list[Diagnostic]:
    found = _check_type_ref(doc, path + ("type",), field["type"], types)
    container, inner = parse_type_expr(field["type"])
    for key in ("pattern", "item_pattern"):
        found += _check_regex(doc, path + (key,), field.get(key))
    for low, high in (("min_length", "max_length"), ("minimum", "maximum"), ("min_items", "max_items")):
        if low in field and high in field and field[low] > field[high]:
            found.append(
                doc.diagnostic(
                    path + (low,), f"{low} {field[low]} is above {high} {field[high]}", f"make {low} at most {high}"
                )
            )
    if container is None and any(k in field for k in ("min_items", "max_items", "item_pattern", "xml_item")):
        found.append(
            doc.diagnostic(
                path + ("type",),
                "item constraints need a list[...] or csv[...] type",
                "change the type or drop min_items/max_items/item_pattern/xml_item",
            )
        )
    if container == "csv" and _record(types, inner) is not None:
        found.append(doc.diagnostic(path + ("type",), f"csv[{inner}] cannot hold records", "use list[...] for records"))
    if "default" in field:
        found += _check_default(doc, path + ("default",), field, types)
    return found


def _check_type_ref(doc: YamlDocument, path: DocPath, expr: str, types: dict[str, Any]) -> list[Diagnostic]:
    _, inner = parse_type_expr(expr)
    if inner in SCALAR_TYPES or inner in types:
        return []
    known = ", ".join(sorted(SCALAR_TYPES | set(types)))
    hint = did_you_mean(inner, SCALAR_TYPES | set(types), f"define it under 'types' or use one of: {known}")
    return [doc.diagnostic(path, f"unknown type '{inner}'", hint)]


_DEFAULT_TYPES: dict[str, type | tuple[type, ...]] = {
    "integer": int,
    "boolean": bool,
    "decimal": (int, float),
    "string": str,
}


def _check_default(doc: YamlDocument, path: DocPath, field: dict[str, Any], types: dict[str, Any]) -> list[Diagnostic]:
    container, inner = parse_type_expr(field["type"])
    value = field["default"]
    expected = _DEFAULT_TYPES.get(inner)
    wrong = expected is not None and (
        isinstance(value, bool) != (inner == "boolean") or not isinstance(value, expected)
    )
    if container is None and wrong:
        return [doc.diagnostic(path, f"default {value!r} is not a {inner}", f"write a {inner} value")]
    enum = types.get(inner, {}).get("enum")
    if enum is not None and container is None and value not in enum:
        return [
            doc.diagnostic(path, f"default {value!r} is not in {inner}", "use one of: " + ", ".join(map(str, enum)))
        ]
    return []


def _check_names(
    doc: YamlDocument, path: DocPath, fields: list[dict[str, Any]], python_name_of: Callable[[str], str]
) -> Iterator[Diagnostic]:
    seen: dict[str, str] = {}
    for index, field in enumerate(fields):
        python_name = python_name_of(field["name"])
        if python_name in seen:
            yield doc.diagnostic(
                path + (index, "name"),
                f"'{field['name']}' and '{seen[python_name]}' both become the Python name '{python_name}'",
                "rename one of them",
            )
        seen[python_name] = field["name"]


def _check_rules(
    doc: YamlDocument, path: DocPath, rules: list[dict[str, Any]], fields: list[dict[str, Any]]
) -> Iterator[Diagnostic]:
    names = {f["name"] for f in fields}
    for index, rule in enumerate(rules):
        when = rule.get("when")
        mentioned = [("require", rule.get("require")), ("unless", rule.get("unless"))]
        mentioned += [("when", name) for name in ([when] if isinstance(when, str) else list(when or {}))]
        mentioned += [("when_not", name) for name in rule.get("when_not", {})]
        mentioned += [("one_of", n) for n in rule.get("one_of", [])] + [
            ("exclusive", n) for n in rule.get("exclusive", [])
        ]
        for key, name in mentioned:
            if name is not None and name not in names:
                yield doc.diagnostic(
                    path + (index, key), f"rule names unknown field '{name}'", "use one of: " + ", ".join(sorted(names))
                )


def _check_paging(doc: YamlDocument, path: DocPath, type_def: dict[str, Any]) -> Iterator[Diagnostic]:
    names = {f["name"] for f in type_def.get("fields", [])}
    for key, name in (type_def.get("paging") or {}).items():
        if name not in names:
            yield doc.diagnostic(
                path + (key,), f"paging names unknown field '{name}'", "use one of: " + ", ".join(sorted(names))
            )


def _check_errors(doc: YamlDocument, data: dict[str, Any]) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    codes: dict[str, DocPath] = {}
    tables: list[tuple[DocPath, list[dict[str, Any]]]] = [(("provider", "errors"), data["provider"].get("errors", []))]
    tables += [(("operations", name, "errors"), op.get("errors", [])) for name, op in data["operations"].items()]
    global_codes = {e["code"] for e in data["provider"].get("errors", [])}
    for base, rows in tables:
        local: set[str] = set()
        for index, row in enumerate(rows):
            path = base + (index,)
            if row["code"] in local or (base[0] == "operations" and row["code"] in global_codes):
                found.append(
                    doc.diagnostic(
                        path + ("code",),
                        f"error code '{row['code']}' is listed twice",
                        "give each error row its own code",
                    )
                )
            local.add(row["code"])
            codes.setdefault(row["code"], path)
            for placeholder in _PLACEHOLDER.findall(row["message"]):
                # Empty braces ("{}", "{ }") cannot be placeholders: they are the carrier's own text.
                if placeholder.strip() and not placeholder.isidentifier():
                    found.append(
                        doc.diagnostic(
                            path + ("message",),
                            f"placeholder '{{{placeholder}}}' is not a name",
                            "write placeholders as {item}, {total}, {name}",
                        )
                    )
    for index, code in enumerate(data["provider"].get("empty_result_codes", [])):
        if code not in codes:
            found.append(
                doc.diagnostic(
                    ("provider", "empty_result_codes", index),
                    f"unknown error code '{code}'",
                    "list codes from provider.errors",
                )
            )
    for index, family in enumerate(data["provider"].get("error_families", [])):
        for code_index, code in enumerate(family["match"].get("codes", [])):
            if code not in codes:
                found.append(
                    doc.diagnostic(
                        ("provider", "error_families", index, "match", "codes", code_index),
                        f"unknown error code '{code}'",
                        "list codes from an error table",
                    )
                )
    return found
