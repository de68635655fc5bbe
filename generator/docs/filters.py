"""Filters of the docs templates: everything a page needs computed, in Markdown.

Registered on the docs' own jinja2 environment (``generator.docs.site.environment``); each takes IR
objects and returns text or small lists, and none touches the disk.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from typing import Any

from generator.docs import samples as docs_samples
from generator.docs import testing as docs_testing
from generator.docs.errors import error_sample, names_a_param
from generator.ir import SCALAR_TYPES, ApiSpec, EnumType, ErrorCode, ErrorFamily, Field, Model, Operation, Rule, TypeRef
from generator.output.format import FormatError, format_files, format_sources
from generator.render import CALL_OPTIONS, pytypes, render_spec
from generator.render.listings import exception_tree
from generator.render.snippets import example_credentials
from generator.render.text import is_type_range

#: Line length of the examples: what a page's code block shows without scrolling.
EXAMPLE_WIDTH = 80

#: Above this many provider-wide error rows, operation pages list only those naming their parameters.
GLOBAL_ROWS_SHOWN = 20

# Scalar type names as the pages say them (the others read as they are).
_WIRE_TYPES = {"datetime": "date and time", "file": "file (bytes)", "json": "JSON value"}


class DocsError(Exception):
    """The site could not be written or built."""


# --- text helpers ------------------------------------------------------------------------------


def cell(text: object) -> str:
    """Plain text made safe for one Markdown table cell (or a paragraph): one line, HTML escaped."""
    value = " ".join(str(text).split())
    return html.escape(value, quote=False).replace("|", "\\|") if value else "—"


def code(text: object) -> str:
    """An inline code span holding ``text`` exactly, safe inside a table cell."""
    value = str(text)
    ticks = "``" if "`" in value else "`"
    pad = " " if value.startswith("`") or value.endswith("`") else ""
    return f"{ticks}{pad}{value}{pad}{ticks}"


def yaml_str(text: str) -> str:
    """A YAML scalar for any string (JSON is YAML)."""
    return json.dumps(text)


class CodeBlocks:
    """The Python examples of one docs build, formatted together by ruff (one run for every page).

    ``add`` (the ``python_block`` filter) keeps a source and leaves a marker in the page; ``resolve``
    puts the formatted sources in place of the markers. A syntax error fails the docs build.
    """

    def __init__(self) -> None:
        self._sources: dict[str, str] = {}

    def add(self, source: str) -> str:
        name = f"example_{len(self._sources)}.py"
        self._sources[name] = source
        return f"\x00{name}\x00"

    def resolve(self, pages: dict[str, str]) -> dict[str, str]:
        try:
            formatted = format_sources(self._sources, EXAMPLE_WIDTH)
        except FormatError as exc:
            source = self._sources.get(exc.path, "")
            raise DocsError(f"an example is not valid Python: {exc.detail}\n{source}") from None
        # A marker may sit indented (a block inside a tab): the example's later lines take that indent.
        marker = re.compile("^([ \t]*)\x00(example_[0-9]+\\.py)\x00", re.MULTILINE)

        def place(match: re.Match[str]) -> str:
            indent = match.group(1)
            lines = formatted[match.group(2)].rstrip("\n").split("\n")
            return "\n".join(indent + line if line else line for line in lines)

        return {path: marker.sub(place, text) for path, text in pages.items()}


def call_args(args: docs_samples.Arguments, iterate: bool = False) -> str:
    """Keyword arguments as they go between a call's parentheses (``iterate``: without the page)."""
    return ", ".join(f"{name}={value}" for name, value in args.pairs if not (iterate and name == args.page))


def text_literal(text: str) -> str:
    """A Python literal for multi-line text, as a readable triple-quoted string when possible."""
    if '"""' in text or "\\" in text or text.endswith('"'):
        return repr(text)
    return '"""\\\n' + text + '"""'


# --- types, constraints and rules in words ------------------------------------------------------


def returned_type(op: Operation, spec: ApiSpec) -> TypeRef | None:
    """The type a method returns (a SOAP array response returns the list it wraps)."""
    return op.result


def type_words(type_ref: TypeRef, spec: ApiSpec, base: str = "") -> str:
    """A type in words, with named types linked to the types page (``base`` leads to it)."""
    name = type_ref.name
    if name == "list":
        return "list of " + type_words(type_ref.item, spec, base)
    if name == "csv":
        return "comma-separated " + type_words(type_ref.item, spec, base)
    if name in SCALAR_TYPES:
        return _WIRE_TYPES.get(name, name)
    return f"[{name}]({base}types.md#{name})"


def constraint_facts(field: Field, spec: ApiSpec) -> list[str]:
    """Markdown phrases for a field's limits, enum values and carrier default."""
    c = field.constraints
    facts = []
    for key, phrase in (
        ("min_length", "at least {} character"),
        ("max_length", "at most {} character"),
        ("minimum", "≥ {}"),
        ("maximum", "≤ {}"),
        ("min_items", "at least {} item"),
        ("max_items", "at most {} item"),
    ):
        value = getattr(c, key)
        if value is not None and not is_type_range(key, value):
            number = int(value) if float(value).is_integer() else value
            plural = "s" if phrase.endswith(("character", "item")) and number != 1 else ""
            facts.append(phrase.format(number) + plural)
    if c.pattern:
        facts.append("matches " + code(c.pattern))
    if c.item_pattern:
        facts.append("each item matches " + code(c.item_pattern))
    values = docs_samples.enum_values(spec, field.type.item.name)
    if values:
        facts.append("one of " + ", ".join(code(v) for v in values))
    if field.default is not None:
        facts.append("carrier default " + code(field.default))
    return facts


def rule_words(rule: Rule, fields: tuple[Field, ...]) -> str:
    """A rule as a sentence about Python names."""
    names = {f.wire_name: f.python_name for f in fields}

    def n(wire: str) -> str:
        return code(names.get(wire, wire))

    first = n(rule.fields[0])
    if rule.kind == "require_unless":
        text = f"{first} is required unless {n(rule.condition or '')} is given"
    elif rule.kind == "require_when" and rule.equals is not None:
        holds = [(rule.condition or "", rule.equals), *rule.also]
        text = f"{first} is required when " + " and ".join(f"{n(w)} is {code(repr(v))}" for w, v in holds)
    elif rule.kind == "require_when_not":
        shown = " or ".join(code(repr(v)) for v in rule.excluded)
        text = f"{first} is required when {n(rule.condition or '')} is given and is not {shown}"
    elif rule.kind == "require_when":
        text = f"{first} is required when {n(rule.condition or '')} is given"
    elif rule.kind == "one_of":
        text = "at least one of " + ", ".join(n(w) for w in rule.fields) + " is required"
    else:
        text = "at most one of " + ", ".join(n(w) for w in rule.fields) + " may be given"
    return text[0].upper() + text[1:] if not text.startswith("`") else text


def requirement(field: Field, rules: tuple[Rule, ...], fields: tuple[Field, ...]) -> str:
    """``required``, ``optional``, or the conditions under which the field becomes required."""
    if field.required:
        return "required"
    names = {f.wire_name: f.python_name for f in fields}
    conditions = []
    for rule in rules:
        if field.wire_name not in rule.fields:
            continue
        if rule.kind in ("require_unless", "require_when", "require_when_not"):
            conditions.append(rule_words(rule, fields).split(" is ", 1)[1])  # "`x` is required unless ..."
        elif rule.kind == "one_of":
            others = [code(names[w]) for w in rule.fields if w != field.wire_name]
            conditions.append("required unless " + " or ".join(others) + " is given")
        else:
            others = [code(names[w]) for w in rule.fields if w != field.wire_name]
            conditions.append("not with " + ", ".join(others))
    return "; ".join(conditions) if conditions else "optional"


# --- signatures, responses and errors ----------------------------------------------------------


def signature(op: Operation, spec: ApiSpec, is_async: bool = False, iterate: bool = False) -> str:
    """The method's signature as the SDK declares it (``iterate`` for ``iter_<method>``)."""
    lines = [
        f"{'async def' if is_async else 'def'} {'iter_' if iterate else ''}{op.python_name}(",
        "    self,",
        "    *,",
    ]
    for p in op.params:
        if iterate and p.wire_name == op.page_param:
            continue
        default = "" if p.required else " = None"
        lines.append(f"    {p.python_name}: {pytypes.argument_annotation(spec, p.type)}{default},")
    if iterate:
        lines.append("    start_page: int = 1,")
    lines.extend(f"    {name}: {annotation} = {default}," for name, annotation, default in CALL_OPTIONS)
    if iterate:
        item = paged_item(op, spec)
        result = f"{'AsyncIterator' if is_async else 'Iterator'}[{item}]"
    else:
        result = pytypes.result_annotation(spec, op)
    return "\n".join(lines) + f"\n) -> {result}"


def paged_item(op: Operation, spec: ApiSpec) -> str:
    """The annotation of one item of a paged operation's listing."""
    if op.paging is None:
        raise DocsError(f"{op.wire_name} has a page_param but its response is not a paged record")
    return pytypes.annotation(op.paging.item)


def response_rows(type_ref: TypeRef, spec: ApiSpec, base: str = "") -> list[dict[str, str]]:
    """Every field of a response record, nested records flattened into dotted Python paths."""
    rows: list[dict[str, str]] = []

    def walk(model: Model, prefix: str, seen: tuple[str, ...]) -> None:
        for f in model.fields:
            path = prefix + f.python_name + ("[]" if f.type.name == "list" else "")
            rows.append(
                {
                    "path": path,
                    "wire": f.wire_name,
                    "type": type_words(f.type, spec, base),
                    "annotation": pytypes.annotation(f.type),
                    "description": f.description,
                    "presence": "always"
                    if f.required
                    else ("may be empty" if f.type.name == "list" else "may be None"),
                }
            )
            inner = docs_samples.model_named(spec, f.type.item.name)
            if inner is not None and inner.name not in seen:
                walk(inner, path + ".", (*seen, inner.name))

    model = docs_samples.model_named(spec, type_ref.item.name)
    if model is not None:
        walk(model, "", (model.name,))
    return rows


def notice_code(spec: ApiSpec) -> str | None:
    """The first code the carrier sends as a notice beside a success (``severity: warning``), if any."""
    return next((row.code for row in spec.error_codes if row.severity == "warning"), None)


def error_class(row: ErrorCode, spec: ApiSpec) -> str:
    """The exception class the SDK raises for an error row."""
    return row.raised_as


def operation_errors(op: Operation, spec: ApiSpec) -> list[tuple[str, ErrorCode]]:
    """The error rows to list on an operation's page, as ``(scope, row)``: its own, then global ones.

    A long global table (over ``GLOBAL_ROWS_SHOWN`` rows) is cut to the rows that name one of the
    operation's parameters; the page links to the full table for the rest.
    """
    rows = spec.provider.errors
    if len(rows) > GLOBAL_ROWS_SHOWN:
        rows = tuple(row for row in rows if names_a_param(row, op))
    return [("this operation", row) for row in op.errors] + [("any operation", row) for row in rows]


def family_match(family: ErrorFamily) -> str:
    """What a family catches, in words."""
    parts = []
    if family.http_statuses:
        parts.append("HTTP " + ", ".join(str(s) for s in family.http_statuses))
    if family.codes:
        parts.append("codes " + ", ".join(code(c) for c in family.codes))
    if family.code_prefixes:
        parts.append("codes starting with " + ", ".join(code(p) for p in family.code_prefixes))
    return "; ".join(parts) or "—"


def wire_query(op: Operation, spec: ApiSpec, query: bool = True) -> str:
    """The request line: method, path and (``query``) fixed query; the action of a SOAP call."""
    if spec.provider.protocol == "soap":
        return f"SOAP {op.soap_action or op.wire_name}"
    fixed = "&".join(f"{k}={v}" for k, v in op.fixed_query) if query else ""
    return f"{op.http_method} {op.path}" + (f"?{fixed}" if fixed else "")


def soap_request(op: Operation, spec: ApiSpec) -> str:
    """How a ``protocol="soap"`` client sends the operation, or why it cannot."""
    binding = spec.provider.rpc
    if binding is None:
        return ""
    if not op.rpc:
        return "REST only: the carrier's WSDL binds no such operation (a SOAP client raises `ValidationError`)"
    return f"`POST {binding.path}`, rpc/encoded `<{op.wire_name}>` in `{binding.namespace}`"


def soap_element(param: Field, spec: ApiSpec) -> str:
    """The parameter's element over SOAP: its name and XSD type, or that it is REST-only."""
    if spec.provider.rpc is None:
        return ""
    if param.rpc is None:
        return "REST only (checked, not sent)" if param.required else "REST only (refused over SOAP)"
    return f"`{param.rpc.name}` (xsd:{param.rpc.xsd_type})"


def rate_limit_scope(operations: tuple[str, ...], spec: ApiSpec) -> str:
    """The operations a rate limit covers, linked, or the shared pool."""
    if not operations:
        return "every other operation (shared pool)"
    by_wire = {op.wire_name: op.python_name for op in spec.operations}
    return ", ".join(f"[`{by_wire.get(w, w)}`](operations/{by_wire.get(w, w)}.md)" for w in operations)


def enums_of(spec: ApiSpec) -> tuple[EnumType, ...]:
    """The spec's enums, sorted by name."""
    return tuple(sorted(spec.enums, key=lambda e: e.name))


def records_of(spec: ApiSpec) -> tuple[Model, ...]:
    """The spec's records, sorted by name."""
    return tuple(sorted(spec.models, key=lambda m: m.name))


def package_readme(spec: ApiSpec) -> str:
    """The package's own README.md, exactly as the generator renders it into ``generated/``."""
    (readme,) = format_files(render_spec(spec, only=frozenset({"README.md"})))
    return readme.text


DOC_FILTERS: dict[str, Callable[..., Any]] = {
    "cell": cell,
    "code": code,
    "yaml_str": yaml_str,
    "text_literal": text_literal,
    "call_args": call_args,
    "type_words": type_words,
    "returned_type": returned_type,
    "constraint_facts": constraint_facts,
    "rule_words": rule_words,
    "requirement": requirement,
    "signature": signature,
    "response_rows": response_rows,
    "error_class": error_class,
    "notice_code": notice_code,
    "operation_errors": operation_errors,
    "family_match": family_match,
    "wire_query": wire_query,
    "soap_request": soap_request,
    "soap_element": soap_element,
    "rate_limit_scope": rate_limit_scope,
    "enums_of": enums_of,
    "records_of": records_of,
    "all_errors": lambda spec: spec.error_codes,
    "exception_tree": exception_tree,
    "example_credentials": example_credentials,
    "example_arguments": docs_samples.example_arguments,
    "sample_body": docs_samples.sample_body,
    "can_mock": docs_samples.can_mock,
    "error_sample": error_sample,
    "paged_item": paged_item,
    "package_readme": package_readme,
    "fake_credentials": docs_testing.fake_credentials,
    "testing_operation": docs_testing.testing_operation,
}
