"""Jinja filters: everything a template needs computed, each small and unit-tested.

Filters that depend on the spec being rendered read ``spec`` from the template context.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from jinja2 import pass_context
from jinja2.runtime import Context

from generator import pytypes
from generator.emit_checks import CheckEmitter, anchored, checker_name, collect_patterns, enum_constant, regex_constant
from generator.emit_form import FormEmitter, encoded_models
from generator.emit_json import JsonEmitter, json_reader_name
from generator.emit_xml import XmlEmitter, reader_name, writer_name
from generator.ir import ApiSpec, ErrorCode, Field, Model, Operation, Provider, Rule, TypeRef

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def py(value: Any) -> str:
    """A Python literal for a string, number, bool, None or tuple."""
    return repr(value)


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


def dict_literal(pairs: tuple[tuple[str, str], ...]) -> str:
    """A dict literal from ordered pairs."""
    return "{" + ", ".join(f"{k!r}: {v!r}" for k, v in pairs) + "}"


def example_credentials(provider: Provider) -> str:
    """Keyword arguments with placeholder credentials, for examples (never real values)."""
    return ", ".join(f'{c.python_name}="<{c.python_name}>"' for c in provider.credentials)


def path_expr(op: Operation) -> str:
    """The request path as a Python expression, quoting path parameters."""
    if "{" not in op.path:
        return repr(op.path)
    names = {p.wire_name: p.python_name for p in op.params if p.location == "path"}
    body = re.sub(r"\{([^{}]+)\}", lambda m: "{quote(str(" + names[m.group(1)] + "), safe='')}", op.path)
    return "f" + repr(body)


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
        lines += ["", "Returns:", f"    {operation_result(context, op)}"]
    lines += [
        "",
        "Raises:",
        "    ValidationError: An argument breaks the spec; nothing was sent.",
        "    ApiError: The carrier reported an error.",
        "    TransportError: The request could not complete.",
    ]
    return "\n".join(lines)


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


def _spec_of(context: Context) -> ApiSpec:
    spec: ApiSpec = context["spec"]
    return spec


_E = TypeVar("_E", CheckEmitter, XmlEmitter, JsonEmitter, FormEmitter)


def _emitter(context: Context, kind: type[_E]) -> _E:
    """The render's one emitter of ``kind`` (render_spec puts them in the context)."""
    emitters: dict[type, object] = context["emitters"]
    found = emitters.get(kind)
    if found is None:
        found = emitters[kind] = kind(_spec_of(context))
    assert isinstance(found, kind)
    return found


@pass_context
def check_field(context: Context, field: Field, value: str, path: str) -> str:
    """Validation code for one field or parameter."""
    return "\n".join(_emitter(context, CheckEmitter).field(field, value, path))


@pass_context
def check_model_rule(context: Context, rule: Rule, model: Model) -> str:
    """Validation code for a record's rule; the record is ``value`` under ``path``."""
    names = {f.wire_name: f.python_name for f in model.fields}
    fields = {f.wire_name: f for f in model.fields}
    return "\n".join(
        _emitter(context, CheckEmitter).rule(
            rule, lambda n: f"value.{names[n]}", lambda n: f"path + {'.' + names[n]!r}", names.__getitem__, fields
        )
    )


@pass_context
def check_operation_rule(context: Context, rule: Rule, op: Operation) -> str:
    """Validation code for an operation's rule; parameters are locals."""
    names = {p.wire_name: p.python_name for p in op.params}
    fields = {p.wire_name: p for p in op.params}
    return "\n".join(
        _emitter(context, CheckEmitter).rule(
            rule, names.__getitem__, lambda n: repr(names[n]), names.__getitem__, fields
        )
    )


@pass_context
def check_credential_rule(context: Context, rule: Rule) -> str:
    """Validation code for a rule over the constructor's credentials (``one_of: [username, user_id]``)."""
    from generator.naming import argument_name

    return "\n".join(
        _emitter(context, CheckEmitter).rule(rule, argument_name, lambda n: repr(argument_name(n)), argument_name)
    )


@pass_context
def xml_write(context: Context, field: Field, value: str, prefix: str = "") -> str:
    """Code appending a field's XML to ``out``; ``prefix`` qualifies writer functions."""
    lines = _emitter(context, XmlEmitter).write(field, value)
    return "\n".join(line.replace("write_", prefix + "write_") if prefix else line for line in lines)


@pass_context
def xml_read(context: Context, field: Field, child: str, path: str) -> str:
    """Code reading a field from the element ``child``."""
    return "\n".join(_emitter(context, XmlEmitter).read(field, child, path))


@pass_context
def xml_tag(context: Context, field: Field) -> str:
    """The tag a reader compares child elements with."""
    return _emitter(context, XmlEmitter).tag_in(field.wire_name)


@pass_context
def xml_constructor_arg(context: Context, field: Field) -> str:
    """The keyword argument a reader passes to the record's constructor."""
    return _emitter(context, XmlEmitter).constructor_arg(field, "path")


@pass_context
def xml_reader_prelude(context: Context, model: Model) -> list[str]:
    """Initial locals of a record reader."""
    return _emitter(context, XmlEmitter).reader_prelude(model)


@pass_context
def query_value(context: Context, field: Field) -> str:
    """A query parameter's wire text, or None when it was not given."""
    text = _emitter(context, XmlEmitter).text(field.type, field.python_name, escape=False, booleans=field.booleans)
    if field.required:
        return text
    return f"None if {field.python_name} is None else {text}"


@pass_context
def paging_of(context: Context, op: Operation) -> dict[str, str] | None:
    """Python names an ``iter_<method>`` needs: page argument, page/count/items attributes, item type."""
    spec = _spec_of(context)
    if op.page_param is None or op.response is None:
        return None
    model = next(m for m in spec.models if m.name == op.response.name)
    assert model.paging is not None  # guaranteed by the loader's checks
    names = {f.wire_name: f for f in model.fields}
    items = names[model.paging.items]
    return {
        "param": next(p.python_name for p in op.params if p.wire_name == op.page_param),
        "page_attr": names[model.paging.page].python_name,
        "total_attr": names[model.paging.total_pages].python_name,
        "items_attr": items.python_name,
        "item_type": pytypes.annotation(items.type.item),
    }


@pass_context
def json_read(context: Context, field: Field, source: str) -> str:
    """An expression reading a field from a JSON object's value ``source``."""
    return _emitter(context, JsonEmitter).read(field, source)


def fast_envelopes(spec: ApiSpec) -> list[Model]:
    """Response records msgspec can decode directly (with the carrier's status beside them)."""
    emitter = JsonEmitter(spec)
    responses = {op.response.name for op in spec.operations if op.response is not None and not op.response.args}
    return [
        m
        for m in spec.models
        if m.name in responses and emitter.fast_decodable(m, spec) and all(f.wire_name != "status" for f in m.fields)
    ]


@pass_context
def operation_result(context: Context, op: Operation) -> str:
    """The return annotation of an operation: None, a record, or (SOAP arrays) a list of records."""
    return result_annotation_for(_spec_of(context), op)


def result_type(spec: ApiSpec, op: Operation) -> TypeRef | None:
    """What a method returns: None, the response record, or the list a SOAP ``ArrayOf`` response wraps."""
    if op.response is None or not op.result_path:
        return op.response
    return TypeRef("list", (_result_field(spec, op).type.item,))


def result_annotation_for(spec: ApiSpec, op: Operation) -> str:
    """The return annotation of an operation's method."""
    found = result_type(spec, op)
    if found is None:
        return "None"
    if spec.provider.envelope is not None:
        return "Reply"
    if found.name == "list":
        return f"list[{pytypes.annotation(found.item)}]"
    return pytypes.annotation(found)


def _result_field(spec: ApiSpec, op: Operation) -> Field:
    assert op.response is not None
    models = {m.name: m for m in spec.models}
    model = models[op.response.name]
    found = None
    for attribute in op.result_path:
        found = next(f for f in model.fields if f.python_name == attribute)
        model = models.get(found.type.item.name, model)
    assert found is not None
    return found


def soap_result_expr(op: Operation) -> str:
    """What a SOAP method returns from the parsed ``result``."""
    if not op.result_path:
        return "result"
    return "list(result." + ".".join(op.result_path) + ")"


@pass_context
def argument_annotation(context: Context, type_ref: TypeRef) -> str:
    """A keyword argument's annotation; Enum-class values may also be given as their wire strings."""
    return pytypes.spec_argument_annotation(_spec_of(context), type_ref)


@pass_context
def encoded_pairs(context: Context, field: Field) -> str:
    """The (name, text) pairs of a parameter with an ``encoding``."""
    return _emitter(context, FormEmitter).encoded_pairs(field)


@pass_context
def form_functions(context: Context, model: Model) -> str:
    """``pairs_<model>`` and ``wire_<model>`` for a record sent inside an encoded parameter."""
    emitter = _emitter(context, FormEmitter)
    return "\n".join(emitter.pairs_function(model) + ["", ""] + emitter.wire_dict_function(model))


@pass_context
def option_kind(context: Context, type_ref: TypeRef) -> str:
    """The ``check_scalar`` arguments naming a client option's kind (and allowed values for enums)."""
    if type_ref.name in {e.name for e in _spec_of(context).enums}:
        return f'"enum", allowed={enum_constant(type_ref.name)}'
    return repr(type_ref.name)


FILTERS: dict[str, Callable[..., Any]] = {
    "py": py,
    "docstring_text": docstring_text,
    "message_regex": message_regex,
    "annotation": pytypes.annotation,
    "argument_annotation": argument_annotation,
    "result_annotation": result_annotation,
    "field_doc": field_doc,
    "dict_literal": dict_literal,
    "example_credentials": example_credentials,
    "path_expr": path_expr,
    "operation_docstring": operation_docstring,
    "family_of": family_of,
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
    "check_field": check_field,
    "check_model_rule": check_model_rule,
    "check_operation_rule": check_operation_rule,
    "check_credential_rule": check_credential_rule,
    "xml_write": xml_write,
    "xml_read": xml_read,
    "xml_reader_prelude": xml_reader_prelude,
    "xml_tag": xml_tag,
    "operation_result": operation_result,
    "soap_result_expr": soap_result_expr,
    "xml_constructor_arg": xml_constructor_arg,
    "query_value": query_value,
    "paging_of": paging_of,
    "json_read": json_read,
    "json_reader_name": json_reader_name,
    "fast_envelopes": fast_envelopes,
    "encoded_pairs": encoded_pairs,
    "option_kind": option_kind,
    "form_functions": form_functions,
    "encoded_models": encoded_models,
}
