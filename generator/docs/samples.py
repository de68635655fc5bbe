"""Plausible sample values for the documentation: example arguments and response bodies.

Everything here is deterministic and derived from the IR alone. Values are checked against the
field's own constraints (lengths, ranges, patterns), so an example never trips the SDK's validation.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from generator.ir import ApiSpec, Constraints, Field, Model, Operation, Rule, TypeRef
from generator.naming import words
from generator.render.emit.checks import anchored
from generator.render.patterns import SampleError, sample_for_pattern

# Text values by a word of the field's wire name; the first keyword found wins. "{n}" numbers items.
_TEXT_BY_WORD: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"email", "mail", "cc"}), "ops@example.com"),
    (frozenset({"url", "uri", "callback", "webhook"}), "https://example.com/callbacks/orders"),
    (frozenset({"reference", "ref"}), "ORD-2024-00{n}"),
    (frozenset({"company"}), "Example Ltd"),
    (frozenset({"firstname", "first"}), "Ada"),
    (frozenset({"lastname", "last", "surname"}), "Lovelace"),
    (frozenset({"street", "address"}), "Dale Street"),
    (frozenset({"city"}), "Liverpool"),
    (frozenset({"state", "province"}), "Merseyside"),
    (frozenset({"country"}), "United Kingdom"),
    (frozenset({"zipcode", "zip", "post", "postcode"}), "L2 2DH"),
    (frozenset({"account"}), "ACC-1001"),
    (frozenset({"note", "comment"}), "Call back after 6 pm"),
    (frozenset({"date", "since", "created"}), "2024-01-15"),
    (frozenset({"area"}), "151"),
    (frozenset({"type", "kind"}), "standard"),
    (frozenset({"status"}), "active"),
    (frozenset({"name"}), "Ada Lovelace"),
    (
        frozenset({"number", "voxnumber", "e164", "did", "phone", "to", "from", "fax", "msisdn"}),
        "44151496000{n}",
    ),
)

# Integers by a word of the wire name; anything else is 1 (then clamped to the field's range).
_INT_BY_WORD: tuple[tuple[frozenset[str], int], ...] = (
    (frozenset({"country"}), 44),
    (frozenset({"area"}), 151),
    (frozenset({"limit", "size"}), 50),
    (frozenset({"building"}), 10),
    (frozenset({"id"}), 1001),
)

# Last words too vague to pick a value by ("city_name" is a city, not a person's name).
_GENERIC = frozenset({"name", "code", "id", "value"})

_SAMPLE_DATE = (2024, 1, 15)
_SAMPLE_TIME = (9, 30, 0)


def _keyed(name: str, table: tuple[tuple[frozenset[str], Any], ...]) -> Any:
    """The value for the first keyword among the name's words, the last word (its noun) first."""
    parts = words(name)
    last = {parts[-1], parts[-1].rstrip("s")} - _GENERIC if parts else set()
    for found in (last, {w.rstrip("s") for w in parts} | set(parts)):
        for keys, value in table:
            if keys & found:
                return value
    return None


# --- values for arguments and bodies -------------------------------------------------------------


def sample_text(field: Field, index: int = 0, pattern: str | None = None) -> str:
    """A string for ``field`` that respects its length and pattern constraints."""
    c = field.constraints
    pattern = pattern if pattern is not None else c.pattern
    keyed = _keyed(field.wire_name, _TEXT_BY_WORD)
    candidates = [str(keyed or "example").replace("{n}", str(index + 1))]
    if pattern:
        candidates.append(sample_for_pattern(pattern))
    for text in candidates:
        if c.min_length is not None and len(text) < c.min_length:
            text = text + "x" * (c.min_length - len(text))
        if c.max_length is not None and len(text) > c.max_length:
            text = text[: c.max_length]
        if not pattern or re.search(anchored(pattern), text):
            return text
    raise SampleError(f"no sample fits {field.wire_name}")


def sample_int(field: Field) -> int:
    """An integer for ``field`` inside its range."""
    value = int(_keyed(field.wire_name, _INT_BY_WORD) or 1)
    c = field.constraints
    if c.minimum is not None:
        value = max(value, int(c.minimum))
    if c.maximum is not None:
        value = min(value, int(c.maximum))
    return value


def enum_values(spec: ApiSpec, name: str) -> tuple[str | int, ...]:
    """The values of the enum ``name``; () when it is not an enum."""
    return next((e.values for e in spec.enums if e.name == name), ())


def model_named(spec: ApiSpec, name: str) -> Model | None:
    """The record type ``name``, if there is one."""
    return next((m for m in spec.models if m.name == name), None)


def example_fields(fields: tuple[Field, ...], rules: tuple[Rule, ...], skip: str | None = None) -> list[Field]:
    """The fields an example fills: the required ones and those the rules then call for, in order.

    With nothing required, the first two optional fields (other than ``skip``) make the example.
    """
    chosen = {f.wire_name for f in fields if f.required}
    if not chosen:
        chosen = {f.wire_name for f in fields if f.wire_name != skip and f.type.name != "file"}
        chosen = {f.wire_name for f in fields if f.wire_name in chosen and len(chosen & _before(fields, f)) < 2}
    defaults = {f.wire_name: f.default for f in fields if f.default is not None}
    for _ in range(2):
        for rule in rules:
            unless = rule.kind == "require_unless" and rule.condition not in chosen
            # A condition also holds through its documented default (the carrier applies it).
            by_default = rule.equals is not None and defaults.get(rule.condition or "") == rule.equals
            when = rule.kind == "require_when" and (rule.condition in chosen or by_default)
            # An example value is never in the excluded list, so a given condition triggers the rule.
            when = when or (rule.kind == "require_when_not" and rule.condition in chosen)
            if unless or when or (rule.kind == "one_of" and not chosen.intersection(rule.fields)):
                chosen.add(rule.fields[0])
    return [f for f in fields if f.wire_name in chosen]


def _before(fields: tuple[Field, ...], field: Field) -> set[str]:
    return {f.wire_name for f in fields[: fields.index(field)]}


@dataclass(frozen=True, slots=True)
class Arguments:
    """Python source for example arguments, the imports they need and the page argument's name."""

    pairs: tuple[tuple[str, str], ...]
    stdlib_imports: tuple[str, ...] = ()
    package_imports: tuple[str, ...] = ()
    page: str | None = None


def example_arguments(spec: ApiSpec, op: Operation) -> Arguments:
    """Keyword arguments (Python source) for a call of ``op`` that passes validation."""
    imports: set[str] = set()
    pairs = tuple(
        (f.python_name, _expression(spec, f, f.type, imports, 0))
        for f in example_fields(op.params, op.rules, op.page_param)
    )
    local = {line for line in imports if line.startswith(f"from {spec.provider.package}.")}
    page = next((p.python_name for p in op.params if p.wire_name == op.page_param), None)
    return Arguments(pairs, tuple(sorted(imports - local)), tuple(sorted(local)), page)


def _expression(spec: ApiSpec, field: Field, type_ref: TypeRef, imports: set[str], index: int) -> str:
    name = type_ref.name
    if name in ("list", "csv"):
        count = max(1, field.constraints.min_items or 1)
        item = TypeRef(type_ref.item.name)
        item_field = _item_field(field)
        return "[" + ", ".join(_expression(spec, item_field, item, imports, i) for i in range(count)) + "]"
    model = model_named(spec, name)
    if model is not None:
        imports.add(f"from {spec.provider.package}.models import {model.name}")
        chosen = example_fields(model.fields, model.rules)
        inner = ", ".join(f"{f.python_name}={_expression(spec, f, f.type, imports, index)}" for f in chosen)
        return f"{model.name}({inner})"
    values = enum_values(spec, name)
    if values:
        return repr(values[index % len(values)])
    if name == "integer":
        return str(sample_int(field))
    if name == "decimal":
        imports.add("from decimal import Decimal")
        return 'Decimal("1.50")'
    if name == "boolean":
        return "True"
    if name == "date":
        imports.add("import datetime")
        return "datetime.date({}, {}, {})".format(*_SAMPLE_DATE)
    if name == "datetime":
        imports.add("import datetime")
        return "datetime.datetime({}, {}, {}, {}, {})".format(*_SAMPLE_DATE, *_SAMPLE_TIME[:2])
    if name == "file":
        return 'b"%PDF-1.4 example document"'
    if name == "json":
        return '{"example": True}'
    return repr(sample_text(field, index))


def _item_field(field: Field) -> Field:
    """The field as seen by each item of a list or csv: the item pattern becomes the pattern."""
    constraints = Constraints(pattern=field.constraints.item_pattern)
    return Field(field.wire_name, field.python_name, field.type.item, field.description, constraints=constraints)


def can_mock(spec: ApiSpec) -> bool:
    """Whether answers can be synthesised for the carrier: XML or JSON bodies, SOAP envelopes included."""
    return spec.provider.response_format in ("xml", "json")


def sample_body(spec: ApiSpec, op: Operation) -> tuple[str, str]:
    """The content type and text of a plausible successful answer to ``op`` (XML or JSON; "" for none)."""
    if spec.provider.response_format == "json":
        value = _json_value(spec, op.response, 0, ()) if op.response is not None else {}
        if spec.provider.error_format == "status_field":
            value = {"status": "success", **(value if isinstance(value, dict) else {"result": value})}
        elif spec.provider.envelope is not None:
            value = {**_enveloped_success(spec), **(value if isinstance(value, dict) else {"result": value})}
        return "application/json", json.dumps(value, indent=2) + "\n"
    if spec.provider.protocol == "soap":
        return "text/xml", sample_soap(spec, op)
    if op.response is None:
        return "application/xml", ""
    return "application/xml", sample_xml(spec, op.response, op.response_xml_root or "response")


def sample_soap(spec: ApiSpec, op: Operation) -> str:
    """A SOAP 1.1 envelope answering ``op``, its response element in the carrier's namespace."""
    root = op.response_xml_root or f"{op.wire_name}Response"
    model = model_named(spec, op.response.name) if op.response is not None else None
    inner = _xml_fields(spec, model, 3, 0, (model.name,)) if model is not None else []
    return (
        "\n".join(
            [
                '<?xml version="1.0" encoding="utf-8"?>',
                '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">',
                "  <soapenv:Body>",
                f'    <{root} xmlns="{spec.provider.xml_namespace}">',
                *inner,
                f"    </{root}>",
                "  </soapenv:Body>",
                "</soapenv:Envelope>",
            ]
        )
        + "\n"
    )


def _enveloped_success(spec: ApiSpec) -> dict[str, Any]:
    """The carrier's envelope around a successful answer (status at its dotted path)."""
    assert spec.provider.envelope is not None
    keys = spec.provider.envelope.status.split(".")
    inner: Any = spec.provider.envelope.success_values[0]
    for key in reversed(keys):
        inner = {key: inner}
    return dict(inner)


def _json_value(spec: ApiSpec, type_ref: TypeRef, index: int, seen: tuple[str, ...]) -> Any:
    model = model_named(spec, type_ref.item.name)
    if type_ref.name == "list":
        return (
            [_json_value(spec, type_ref.item, i, seen) for i in range(2)]
            if model is None or model.name not in seen
            else []
        )
    if model is None:
        field = Field(type_ref.name, type_ref.name, type_ref, "")
        return _wire_text(spec, field, type_ref, index)
    out: dict[str, Any] = {}
    for f in model.fields:
        inner = model_named(spec, f.type.item.name)
        if inner is None:
            out[f.wire_name] = _json_scalar(spec, f, index)
        elif inner.name not in seen:
            value = _json_value(spec, f.type, index, (*seen, model.name))
            # An enveloped carrier's JSON mirrors its XML: a list sits in its wrapper, by item name.
            wrapped = f.xml_item is not None and spec.provider.envelope is not None
            out[f.wire_name] = {f.xml_item: value} if wrapped else value
    return out


def _json_scalar(spec: ApiSpec, field: Field, index: int) -> Any:
    name = field.type.name
    if name == "list":
        return [_json_scalar(spec, _item_field(field), i) for i in range(2)]
    text = _wire_text(spec, field, field.type, index)
    if name == "integer":
        return int(text)
    if name == "boolean":
        return True
    return text


def sample_xml(spec: ApiSpec, type_ref: TypeRef, root: str) -> str:
    """An XML document the SDK's reader for ``type_ref`` accepts, with every field filled."""
    model = model_named(spec, type_ref.name)
    lines = ['<?xml version="1.0" encoding="utf-8"?>']
    if model is None:
        lines.append(f"<{root}/>")
    else:
        lines.append(f"<{root}>")
        lines.extend(_xml_fields(spec, model, 1, 0, (model.name,)))
        lines.append(f"</{root}>")
    return "\n".join(lines) + "\n"


def _xml_fields(spec: ApiSpec, model: Model, depth: int, index: int, seen: tuple[str, ...]) -> list[str]:
    pad = "  " * depth
    counts = {"page": "1", "total_pages": "1", "total_results": "2"}
    paging = {getattr(model.paging, k): v for k, v in counts.items()} if model.paging else {}
    lines: list[str] = []
    for f in model.fields:
        item = model_named(spec, f.type.item.name)
        if item is not None and item.name in seen:
            continue  # a record that contains itself: stop at one level
        if f.type.name == "list" and f.xml_item is None:
            # A repeated element (XSD maxOccurs): the element itself comes twice, no wrapper.
            for i in range(2):
                if item is not None:
                    lines.append(f"{pad}<{f.wire_name}>")
                    lines.extend(_xml_fields(spec, item, depth + 1, i, (*seen, item.name)))
                    lines.append(f"{pad}</{f.wire_name}>")
                else:
                    lines.append(f"{pad}<{f.wire_name}>{escape(_wire_text(spec, f, f.type.item, i))}</{f.wire_name}>")
        elif f.type.name == "list":
            lines.append(f"{pad}<{f.wire_name}>")
            tag = f.xml_item or "item"
            for i in range(2):
                if item is not None:
                    lines.append(f"{pad}  <{tag}>")
                    lines.extend(_xml_fields(spec, item, depth + 2, i, (*seen, item.name)))
                    lines.append(f"{pad}  </{tag}>")
                else:
                    lines.append(f"{pad}  <{tag}>{escape(_wire_text(spec, f, f.type.item, i))}</{tag}>")
            lines.append(f"{pad}</{f.wire_name}>")
        elif item is not None:
            lines.append(f"{pad}<{f.wire_name}>")
            lines.extend(_xml_fields(spec, item, depth + 1, index, (*seen, item.name)))
            lines.append(f"{pad}</{f.wire_name}>")
        else:
            text = paging.get(f.wire_name) or _wire_text(spec, f, f.type, index)
            lines.append(f"{pad}<{f.wire_name}>{escape(text)}</{f.wire_name}>")
    return lines


def _wire_text(spec: ApiSpec, field: Field, type_ref: TypeRef, index: int) -> str:
    """The wire text of a scalar, enum or csv value."""
    name = type_ref.name
    if name == "csv":
        values = enum_values(spec, type_ref.item.name)
        if values:
            return ",".join(str(v) for v in values[:2])
        return ",".join(_wire_text(spec, field, type_ref.item, i) for i in range(2))
    values = enum_values(spec, name)
    if values:
        return str(values[index % len(values)])
    if name == "integer":
        fixed = _keyed(field.wire_name, _INT_BY_WORD) not in (None, 1001)
        return str(sample_int(field) + (0 if fixed else index))
    if name == "decimal":
        return "1.50"
    if name == "boolean":
        return (field.booleans or spec.provider.booleans)[0]
    if name in ("date", "datetime"):
        moment = _dt.datetime(*_SAMPLE_DATE, *_SAMPLE_TIME)
        return moment.strftime(spec.provider.date_format if name == "date" else spec.provider.datetime_format)
    return sample_text(field, index)
