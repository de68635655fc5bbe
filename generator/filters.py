"""Jinja filters: everything a template needs computed, each small and unit-tested.

Filters that depend on the spec being rendered read ``spec`` from the template context.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context

from generator import code_filters as code
from generator import layout, pytypes
from generator.emit_checks import anchored, checker_name, collect_patterns, enum_constant, regex_constant
from generator.emit_form import encoded_models
from generator.emit_json import JsonEmitter, json_reader_name
from generator.emit_xml import reader_name, writer_name
from generator.ir import ApiSpec, ErrorCode, ErrorFamily, Field, Model, Operation, Provider, TypeRef
from generator.pyliteral import literal, tuple_display

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def py(value: Any) -> str:
    """A Python literal for a string, number, bool, None or tuple."""
    return literal(value)


def docstring_text(text: str) -> str:
    """Text safe inside a triple-quoted docstring, on one line."""
    return " ".join(text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').split())


def message_regex(message: str) -> str:
    """A carrier message with ``{name}`` placeholders as a regex with named groups."""
    out, last = [], 0
    seen: set[str] = set()
    for match in _PLACEHOLDER.finditer(message):
        out.append(re.escape(message[last : match.start()]))
        name = match.group(1)
        out.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
        last = match.end()
    out.append(re.escape(message[last:]))
    # Carriers vary trailing punctuation and spacing; tolerate both.
    return r"\s*" + "".join(out).rstrip(r"\.") + r"\.?\s*"


def result_annotation(type_ref: TypeRef | None) -> str:
    """The return annotation of an operation."""
    return "None" if type_ref is None else pytypes.annotation(type_ref)


def field_doc(field: Field) -> str:
    """A field's description followed by its constraints, for docstrings."""
    text = docstring_text(field.description)
    facts = constraint_facts(field)
    return f"{text} ({'; '.join(facts)})" if facts else text


def constraint_facts(field: Field) -> list[str]:
    """Short phrases describing the constraints and default of a field."""
    c = field.constraints
    facts = []
    for key, phrase in (
        ("min_length", "at least {} characters"),
        ("max_length", "at most {} characters"),
        ("minimum", "at least {}"),
        ("maximum", "at most {}"),
        ("min_items", "at least {} items"),
        ("max_items", "at most {} items"),
    ):
        value = getattr(c, key)
        if value is not None:
            facts.append(phrase.format(int(value) if isinstance(value, float) and value.is_integer() else value))
    if c.pattern:
        facts.append(f"matches ``{c.pattern}``")
    if c.item_pattern:
        facts.append(f"each item matches ``{c.item_pattern}``")
    if field.default is not None:
        facts.append(f"carrier default: {field.default}")
    return [docstring_text(fact) for fact in facts]


def dict_literal(pairs: tuple[tuple[str, str], ...], indent: int, head: str) -> str:
    """``head`` + a dict literal from ordered pairs, laid out as black would."""
    return layout.collection(indent, head + "{", [f"{literal(k)}: {literal(v)}" for k, v in pairs], "}")


def example_credentials(provider: Provider) -> str:
    """Keyword arguments with placeholder credentials, for examples (never real values)."""
    return ", ".join(f'{c.python_name}="<{c.python_name}>"' for c in provider.credentials)


def path_expr(op: Operation) -> str:
    """The request path as a Python expression, quoting path parameters."""
    if "{" not in op.path:
        return literal(op.path)
    names = {p.wire_name: p.python_name for p in op.params if p.location == "path"}
    body = re.sub(r"\{([^{}]+)\}", lambda m: "{quote(str(" + names[m.group(1)] + "), safe='')}", op.path)
    return "f" + literal(body)


def prepared_request_args(op: Operation) -> list[str]:
    """The arguments of an operation's ``PreparedRequest``; fields left at their default are left out."""
    args = [literal(op.wire_name), literal(op.http_method), path_expr(op), "query"]
    if op.body_format is not None or op.soap_action is not None:
        args += ["content=content", "content_type=content_type"]
    if op.mutates:
        args.append("mutates=True")
    if op.query_in_body:
        args.append("credentials_in_body=True")
    if op.soap_action is not None:
        args.append(f"soap_action={literal(op.soap_action)}")
    if op.xml_root is not None:
        args.append(f"xml_root={literal(op.xml_root)}")
    return args


@pass_context
def operation_docstring(context: Context, op: Operation) -> str:
    """Summary, Args, Returns and Raises of an SDK method."""
    lines = [docstring_text(op.description), ""]
    effect = "; changes state on the carrier" if op.mutates else ""
    where = f"SOAP action ``{op.soap_action}``" if op.soap_action else f"``{op.http_method} {op.path}``"
    lines.append(f"Calls {where} ({op.wire_name}){effect}.")
    lines += ["", "Args:"]
    for p in op.params:
        required = "Required. " if p.required else ""
        lines.append(f"    {p.python_name}: {required}{field_doc(p)}")
    lines.append("    timeout: Overrides the client's timeout for this call.")
    lines.append("    max_retries: Overrides the client's retry budget for this call.")
    lines.append("    deadline: Overrides the client's deadline (seconds, retries included) for this call.")
    if op.response is not None:
        lines += ["", "Returns:", f"    {pytypes.result_annotation_for(context['spec'], op)}"]
    lines += [
        "",
        "Raises:",
        "    ValidationError: An argument breaks the spec; nothing was sent.",
        "    ApiError: The carrier reported an error.",
        "    TransportError: The request could not complete.",
    ]
    return "\n".join(lines)


def file_pairs(op: Operation) -> str:
    """The tuple of ``(name, bytes)`` pairs a multipart request uploads (None where a file is not given).

    A list of files sends one ``name[]`` pair per file.
    """
    pairs = [
        f"*(({literal(p.wire_name + '[]')}, item) for item in ({p.python_name} or ()))"
        if p.type.name == "list"
        else f"({literal(p.wire_name)}, {p.python_name})"
        for p in op.params
        if p.location == "body" and p.type.item.name == "file"
    ]
    return tuple_display(pairs)


def param_infos(op: Operation) -> list[str]:
    """The ``ParamInfo(...)`` items of an operation's metadata, each laid out for its line."""
    return [
        layout.call(
            16, "ParamInfo(", [literal(p.wire_name), literal(p.python_name), str(p.required), literal(p.location)], ","
        )[:-1]
        for p in op.params
    ]


def error_row(row: ErrorCode, spec: ApiSpec) -> str:
    """One documented error as the tuple the error tables hold: code, message, pattern, status, text, fix."""
    pattern = message_regex(row.message) if spec.provider.error_format != "status_field" else ""
    parts = [row.code, row.message, pattern, row.http_status, row.description, row.resolution]
    return layout.element(8, [literal(part) for part in parts])


# Template-facing spellings of generator.layout (the value being filtered comes first).


def signature(returns: str, indent: int, head: str, params: list[str]) -> str:
    """``head(params) -> returns:`` laid out as black would."""
    return layout.signature(indent, head, params, returns)


def tuple_argument(items: list[str], indent: int, head: str, suffix: str = "") -> str:
    """``head(`` + a tuple of ``items`` + ``)``, as in ``query_pairs((...))``.

    Two or more items are always one per line: the trailing comma keeps black from joining them,
    which keeps requests with many parameters readable.
    """
    return layout.argument(indent, head, "(", items, ")", suffix, is_tuple=True, one_per_line=True)


def set_argument(items: list[str], indent: int, head: str) -> str:
    """``head({items})`` laid out as black would, as in ``frozenset({...})``."""
    return layout.argument(indent, head, "{", items, "}")


def layout_collection(
    items: list[str],
    indent: int,
    head: str,
    tail: str,
    suffix: str = "",
    is_tuple: bool = False,
    one_per_line: bool = False,
) -> str:
    """A literal collection laid out as black would (see ``layout.collection``)."""
    return layout.collection(indent, head, items, tail, suffix, is_tuple, one_per_line)


def layout_call(args: list[str], indent: int, head: str, suffix: str = "", closing: str = ")") -> str:
    """A call (or subscript) laid out as black would (see ``layout.call``)."""
    return layout.call(indent, head, args, suffix, closing)


def layout_line(text: str, indent: int, suffix: str = "") -> str:
    """One line of code (a call, ``x = f(...)``, ``raise E(...)``...) laid out as black would (see ``layout.fit``)."""
    return layout.fit(indent, text, suffix)


def secrets_tuple(names: list[str]) -> str:
    """The expression registering a client's secrets with the log filter."""
    return layout.call(12, "tuple(", [f"secret for secret in {tuple_display(names)} if secret is not None"])


def prefix_classes(families: tuple[ErrorFamily, ...]) -> list[str]:
    """The ``(code prefix, family class)`` items of ``PREFIX_CLASSES``, in the order they are tried."""
    return [f"({literal(prefix)}, {family.name})" for family in families for prefix in family.code_prefixes]


def family_of(row: ErrorCode, spec: ApiSpec) -> str:
    """The family exception class an error row belongs to."""
    for family in spec.provider.error_families:
        if row.code in family.codes or any(row.code.startswith(p) for p in family.code_prefixes):
            return family.name
    for family in spec.provider.error_families:
        if row.http_status in family.http_statuses:
            return family.name
    return "RateLimitError" if row.http_status == 429 else "ApiError"


def all_errors(spec: ApiSpec) -> list[ErrorCode]:
    """Every error row, global first, each code once."""
    seen: dict[str, ErrorCode] = {}
    for row in spec.provider.errors + tuple(r for op in spec.operations for r in op.errors):
        seen.setdefault(row.code, row)
    return list(seen.values())


def error_scopes(spec: ApiSpec) -> list[tuple[str, tuple[ErrorCode, ...]]]:
    """Error tables by scope: ``""`` for the provider, then each operation that has rows."""
    scopes = [("", spec.provider.errors)] if spec.provider.errors else []
    return scopes + [(op.wire_name, op.errors) for op in spec.operations if op.errors]


def exception_tree(spec: ApiSpec) -> str:
    """The exception hierarchy drawn for the errors module docstring."""
    children: dict[str, list[str]] = {"ApiError": ["RateLimitError"], "RateLimitError": []}
    for family in spec.provider.error_families:
        children.setdefault(family.base, []).append(family.name)
        children.setdefault(family.name, [])
    for row in all_errors(spec):
        if row.class_name:
            children.setdefault(family_of(row, spec), []).append(row.class_name)
    lines = [
        "SdkError",
        "├── ValidationError",
        "├── TransportError",
        "│   └── TransportTimeoutError",
        "├── MalformedResponseError",
        "└── ApiError",
    ]

    def draw(name: str, prefix: str) -> None:
        kids = children.get(name, [])
        for index, kid in enumerate(kids):
            last = index == len(kids) - 1
            lines.append(prefix + ("└── " if last else "├── ") + kid)
            draw(kid, prefix + ("    " if last else "│   "))

    draw("ApiError", "    ")
    return "\n".join(lines)


def model_module_names(spec: ApiSpec) -> list[str]:
    """Every public name of the models module."""
    envelope = ["Message", "Reply"] if spec.provider.envelope is not None else []
    return sorted(
        [e.name for e in spec.enums]
        + [enum_constant(e.name) for e in spec.enums]
        + [m.name for m in spec.models]
        + envelope
    )


def checks_module_names(spec: ApiSpec) -> list[str]:
    """The check functions and patterns operation builders use."""
    return sorted([checker_name(m.name) for m in pytypes.input_models(spec)] + [c for c, _ in regex_constants(spec)])


def regex_constants(spec: ApiSpec) -> list[tuple[str, str]]:
    """The patterns of parameters and fields, as ``(constant, pattern)``."""
    return collect_patterns(spec)


def credential_patterns(spec: ApiSpec) -> list[tuple[str, str]]:
    """The patterns credentials must match, as ``(constant, pattern)``."""
    return sorted({(regex_constant(c.pattern), anchored(c.pattern)) for c in spec.provider.credentials if c.pattern})


def callback_exports(spec: ApiSpec) -> list[str]:
    """The names the callbacks module exports."""
    names = [f"parse_{cb.name}_callback" for cb in spec.callbacks]
    return names + (["parse_callback"] if len(spec.callbacks) == 1 else [])


def fast_envelopes(spec: ApiSpec) -> list[Model]:
    """Response records msgspec can decode directly (with the carrier's status beside them)."""
    emitter = JsonEmitter(spec)
    responses = {op.response.name for op in spec.operations if op.response is not None and not op.response.args}
    return [
        m
        for m in spec.models
        if m.name in responses and emitter.fast_decodable(m, spec) and all(f.wire_name != "status" for f in m.fields)
    ]


def soap_result_expr(op: Operation) -> str:
    """What a SOAP method returns from the parsed ``result``."""
    if not op.result_path:
        return "result"
    return "list(result." + ".".join(op.result_path) + ")"


FILTERS: dict[str, Callable[..., Any]] = {
    "py": py,
    "docstring_text": docstring_text,
    "message_regex": message_regex,
    "annotation": pytypes.annotation,
    "argument_annotation": code.argument_annotation,
    "result_annotation": result_annotation,
    "field_doc": field_doc,
    "dict_literal": dict_literal,
    "example_credentials": example_credentials,
    "path_expr": path_expr,
    "prepared_request_args": prepared_request_args,
    "operation_docstring": operation_docstring,
    "family_of": family_of,
    "prefix_classes": prefix_classes,
    "secrets_tuple": secrets_tuple,
    "param_infos": param_infos,
    "file_pairs": file_pairs,
    "error_row": error_row,
    "error_scopes": error_scopes,
    "exception_tree": exception_tree,
    "model_module_names": model_module_names,
    "checks_module_names": checks_module_names,
    "regex_constants": regex_constants,
    "credential_patterns": credential_patterns,
    "callback_exports": callback_exports,
    "input_models": pytypes.input_models,
    "output_models": pytypes.output_models,
    "enum_constant": enum_constant,
    "checker_name": checker_name,
    "regex_constant": regex_constant,
    "reader_name": reader_name,
    "writer_name": writer_name,
    "check_field": code.check_field,
    "check_model_rule": code.check_model_rule,
    "check_operation_rule": code.check_operation_rule,
    "check_credential_rule": code.check_credential_rule,
    "xml_write": code.xml_write,
    "xml_read": code.xml_read,
    "xml_reader_prelude": code.xml_reader_prelude,
    "xml_tag": code.xml_tag,
    "operation_result": code.operation_result,
    "soap_result_expr": soap_result_expr,
    "xml_constructor_arg": code.xml_constructor_arg,
    "query_value": code.query_value,
    "request_pairs": code.request_pairs,
    "tuple_argument": tuple_argument,
    "signature": signature,
    "set_argument": set_argument,
    "layout_collection": layout_collection,
    "layout_call": layout_call,
    "layout_line": layout_line,
    "paging_of": code.paging_of,
    "credential_pairs": code.credential_pairs,
    "json_argument": code.json_argument,
    "json_reader_name": json_reader_name,
    "fast_envelopes": fast_envelopes,
    "encoded_pairs": code.encoded_pairs,
    "option_kind": code.option_kind,
    "form_functions": code.form_functions,
    "encoded_models": encoded_models,
}
