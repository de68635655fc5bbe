"""The documentation site: checked specs -> Markdown pages (in memory) -> ``docs-src/`` -> MkDocs -> ``site/``.

Pages come from ``templates/docs/`` through their own jinja2 environment; the computing is done by
the filters below and by ``generator.docs_samples`` (example arguments and sample bodies).
"""

from __future__ import annotations

import contextlib
import html
import json
import os
import shutil
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import black
import jinja2

from generator import docs_samples, pytypes
from generator.filters import all_errors, example_credentials, exception_tree, family_of
from generator.ir import ApiSpec, EnumType, ErrorCode, ErrorFamily, Field, Model, Operation, RenderedFile, Rule, TypeRef
from generator.render import TEMPLATE_DIR, render_spec

#: Keyword options every SDK method takes after its parameters, as in templates/package/client.py.jinja.
CALL_OPTIONS = (
    ("timeout", "float | httpx.Timeout | None", "None"),
    ("max_retries", "int | None", "None"),
    ("deadline", "float | None", "None"),
)

#: Marks the next fenced Python block of a page as runnable (the docs tests execute them).
RUNNABLE = "<!-- runnable -->"

# Fixed build time for MkDocs (sitemap dates), so the site is byte-identical from run to run.
_SOURCE_DATE_EPOCH = "1704067200"

_WIRE_TYPES = {
    "string": "string",
    "integer": "integer",
    "decimal": "decimal",
    "boolean": "boolean",
    "date": "date",
    "datetime": "date and time",
    "file": "file (bytes)",
    "json": "JSON value",
}


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


def python_block(source: str) -> str:
    """Python source formatted like the SDK's own code; a syntax error fails the docs build."""
    try:
        return black.format_str(source, mode=black.Mode(line_length=100)).rstrip("\n")
    except black.InvalidInput as exc:
        raise DocsError(f"an example is not valid Python: {exc}\n{source}") from None


def call_args(args: docs_samples.Arguments, iterate: bool = False) -> str:
    """Keyword arguments as they go between a call's parentheses (``iterate``: without the page)."""
    return ", ".join(f"{name}={value}" for name, value in args.pairs if not (iterate and name == args.page))


def text_literal(text: str) -> str:
    """A Python literal for multi-line text, as a readable triple-quoted string when possible."""
    if '"""' in text or "\\" in text or text.endswith('"'):
        return repr(text)
    return '"""\\\n' + text + '"""'


# --- types, constraints and rules in words ------------------------------------------------------


def type_words(type_ref: TypeRef, spec: ApiSpec, base: str = "") -> str:
    """A type in words, with named types linked to the types page (``base`` leads to it)."""
    name = type_ref.name
    if name == "list":
        return "list of " + type_words(type_ref.item, spec, base)
    if name == "csv":
        return "comma-separated " + type_words(type_ref.item, spec, base)
    if name in _WIRE_TYPES:
        return _WIRE_TYPES[name]
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
        if value is not None:
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
        text = f"{first} is required when {n(rule.condition or '')} is {code(repr(rule.equals))}"
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
        if rule.kind == "require_unless":
            conditions.append(f"required unless {code(names[rule.condition or ''])} is given")
        elif rule.kind == "require_when" and rule.equals is not None:
            conditions.append(f"required when {code(names[rule.condition or ''])} is {code(repr(rule.equals))}")
        elif rule.kind == "require_when":
            conditions.append(f"required when {code(names[rule.condition or ''])} is given")
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
        lines.append(f"    {p.python_name}: {pytypes.argument_annotation(p.type)}{default},")
    if iterate:
        lines.append("    start_page: int = 1,")
    lines.extend(f"    {name}: {annotation} = {default}," for name, annotation, default in CALL_OPTIONS)
    if iterate:
        item = paged_item(op, spec)
        result = f"{'AsyncIterator' if is_async else 'Iterator'}[{item}]"
    else:
        result = "None" if op.response is None else pytypes.annotation(op.response)
    return "\n".join(lines) + f"\n) -> {result}"


def paged_item(op: Operation, spec: ApiSpec) -> str:
    """The annotation of one item of a paged operation's listing."""
    model = docs_samples.model_named(spec, op.response.name if op.response else "")
    if model is None or model.paging is None:
        raise DocsError(f"{op.wire_name} has a page_param but its response is not a paged record")
    items = next(f for f in model.fields if f.wire_name == model.paging.items)
    return pytypes.annotation(items.type.item)


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


def error_class(row: ErrorCode, spec: ApiSpec) -> str:
    """The exception class the SDK raises for an error row."""
    return row.class_name or family_of(row, spec)


def operation_errors(op: Operation, spec: ApiSpec) -> list[tuple[str, ErrorCode]]:
    """The error rows an operation may meet, as ``(scope, row)``: its own, then the global table."""
    return [("this operation", row) for row in op.errors] + [("any operation", row) for row in spec.provider.errors]


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


def wire_query(op: Operation) -> str:
    """The request line: method, path and fixed query."""
    query = "&".join(f"{k}={v}" for k, v in op.fixed_query)
    return f"{op.http_method} {op.path}" + (f"?{query}" if query else "")


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
    return next(f.text for f in render_spec(spec) if f.path == f"{spec.provider.package}/README.md")


DOC_FILTERS: dict[str, Callable[..., Any]] = {
    "cell": cell,
    "code": code,
    "yaml_str": yaml_str,
    "python_block": python_block,
    "text_literal": text_literal,
    "call_args": call_args,
    "type_words": type_words,
    "constraint_facts": constraint_facts,
    "rule_words": rule_words,
    "requirement": requirement,
    "signature": signature,
    "response_rows": response_rows,
    "error_class": error_class,
    "operation_errors": operation_errors,
    "family_match": family_match,
    "wire_query": wire_query,
    "rate_limit_scope": rate_limit_scope,
    "enums_of": enums_of,
    "records_of": records_of,
    "all_errors": all_errors,
    "exception_tree": exception_tree,
    "example_credentials": example_credentials,
    "example_arguments": docs_samples.example_arguments,
    "sample_body": docs_samples.sample_body,
    "error_sample": docs_samples.error_sample,
    "paged_item": paged_item,
    "package_readme": package_readme,
}


# --- render, write, build -------------------------------------------------------------------------


@cache
def environment(template_dir: Path = TEMPLATE_DIR) -> jinja2.Environment:
    """The docs' own jinja2 environment: strict, no autoescape (Markdown), the filters above."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir / "docs")),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(DOC_FILTERS)
    return env


def render_docs(specs: tuple[ApiSpec, ...], env: jinja2.Environment | None = None) -> tuple[RenderedFile, ...]:
    """Every file of the MkDocs project (``mkdocs.yml`` and ``docs/**.md``), in memory."""
    env = env or environment()
    ordered = tuple(sorted(specs, key=lambda s: s.provider.name))
    files = [
        RenderedFile("mkdocs.yml", env.get_template("mkdocs.yml.jinja").render(specs=ordered)),
        RenderedFile("docs/index.md", env.get_template("index.md.jinja").render(specs=ordered)),
        RenderedFile("docs/assets/docs.css", env.get_template("assets/docs.css.jinja").render()),
    ]
    for spec in ordered:
        name = spec.provider.name
        context = {
            "spec": spec,
            "package": spec.provider.package,
            "runnable": RUNNABLE,
            "retry_options": [name for name, _, _ in CALL_OPTIONS if name != "timeout"],
        }
        for target, template in (
            ("index.md", "provider/index.md.jinja"),
            ("types.md", "provider/types.md.jinja"),
            ("errors.md", "provider/errors.md.jinja"),
            ("readme.md", "provider/readme.md.jinja"),
        ):
            files.append(RenderedFile(f"docs/{name}/{target}", env.get_template(template).render(context)))
        for op in spec.operations:
            text = env.get_template("provider/operations/operation.md.jinja").render(context, op=op)
            files.append(RenderedFile(f"docs/{name}/operations/{op.python_name}.md", text))
    return tuple(files)


def write_sources(files: tuple[RenderedFile, ...], src_dir: Path) -> None:
    """Replace ``src_dir`` with the rendered files; refuses a folder that is not a docs source."""
    if src_dir.exists() and any(src_dir.iterdir()) and not (src_dir / "mkdocs.yml").exists():
        raise DocsError(f"{src_dir} is not empty and holds no mkdocs.yml; refusing to replace it")
    shutil.rmtree(src_dir, ignore_errors=True)
    for file in files:
        path = src_dir / file.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(file.text, encoding="utf-8")


@contextlib.contextmanager
def _fixed_build_date() -> Iterator[None]:
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = _SOURCE_DATE_EPOCH
    try:
        yield
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def build_site(src_dir: Path, site_dir: Path) -> None:
    """Run MkDocs (strict: a broken link or anchor fails the build) from ``src_dir`` into ``site_dir``."""
    from mkdocs.commands.build import build  # noqa: PLC0415 - MkDocs is slow to import; only this needs it
    from mkdocs.config import load_config  # noqa: PLC0415
    from mkdocs.exceptions import MkDocsException  # noqa: PLC0415

    try:
        with _fixed_build_date():
            config = load_config(str(src_dir / "mkdocs.yml"), strict=True, site_dir=str(site_dir.resolve()))
            build(config)
    except MkDocsException as exc:
        raise DocsError(f"MkDocs failed: {exc}") from None


def build_docs(specs: tuple[ApiSpec, ...], src_dir: Path, site_dir: Path | None) -> tuple[RenderedFile, ...]:
    """Render the sources, write them to ``src_dir`` and, unless ``site_dir`` is None, build the site."""
    files = render_docs(specs)
    write_sources(files, src_dir)
    if site_dir is not None:
        build_site(src_dir, site_dir)
    return files
