"""The filters of one spec's templates: each formats facts the passes computed into code or text.

``SpecFilters(spec).register(env)`` puts them on that spec's jinja2 environment (as xsdata's
``Filters`` class does), so a filter needs no template context and each emitter is built once.
Filters that do not depend on the spec are plain functions, registered by the same call.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import jinja2

from generator import naming
from generator.ir import ApiSpec, ErrorCode, Field, Model, Operation, Provider, Rule, TypeRef
from generator.render import pytypes
from generator.render.emit.checks import CheckEmitter, anchored, collect_patterns
from generator.render.emit.form import FormEmitter
from generator.render.emit.json import JsonEmitter
from generator.render.emit.wire import WireText
from generator.render.emit.xml import XmlEmitter
from generator.render.pyliteral import exploded_tuple, fstring, literal, tuple_display
from generator.render.text import doc, doc_arg, docstring_text


def field_doc(field: Field) -> str:
    """A field's description followed by its constraints and default, for docstrings."""
    facts = constraint_facts(field)
    return f"{field.description} ({'; '.join(facts)})" if facts else field.description


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
    return facts


def dict_literal(pairs: tuple[tuple[str, str], ...]) -> str:
    """A dict literal from ordered pairs."""
    return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in pairs) + "}"


def code_tuple(names: Iterable[str]) -> str:
    """A tuple of expressions (``(a, b)``, ``(a,)``, ``()``)."""
    return tuple_display(list(names))


def example_credentials(provider: Provider) -> str:
    """Keyword arguments with placeholder credentials, for examples (never real values)."""
    return ", ".join(f'{c.python_name}="<{c.python_name}>"' for c in provider.credentials)


def path_expr(op: Operation) -> str:
    """The request path as a Python expression, quoting path parameters."""
    if "{" not in op.path:
        return literal(op.path)
    names = {p.wire_name: p.python_name for p in op.params if p.location == "path"}
    return fstring(re.sub(r"\{([^{}]+)\}", lambda m: "{quote(str(" + names[m.group(1)] + "), safe='')}", op.path))


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


def file_pairs(op: Operation) -> str:
    """The ``(name, bytes)`` pairs a multipart request uploads; a file that is not given is left out.

    A list of files sends one ``name[]`` pair per file.
    """
    pairs = [
        f"*(({literal(p.wire_name + '[]')}, item) for item in ({p.python_name} or ()))"
        if p.type.name == "list"
        else f"({literal(p.wire_name)}, {p.python_name})"
        for p in op.params
        if p.location == "body" and p.type.item.name == "file"
    ]
    if not pairs:
        return "()"
    return f"tuple((name, data) for name, data in {tuple_display(pairs)} if data is not None)"


def param_infos(op: Operation) -> str:
    """The tuple of ``ParamInfo(...)`` of an operation's metadata."""
    infos = [
        f"ParamInfo({literal(p.wire_name)}, {literal(p.python_name)}, {p.required}, {literal(p.location)})"
        for p in op.params
    ]
    return exploded_tuple(infos)


def error_row(row: ErrorCode) -> str:
    """One documented error as the tables hold it: code, message, HTTP status, description, resolution."""
    return literal((row.code, row.message, row.http_status, row.description, row.resolution))


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
    for row in spec.error_codes:
        if row.class_name:
            children.setdefault(row.family, []).append(row.class_name)
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


def models_with(spec: ApiSpec, role: str) -> list[Model]:
    """The records that have ``role`` (``input``, ``output``, ``encoded``, ``fast_json``), in order."""
    return [m for m in spec.models if role in m.roles]


def model_exports(spec: ApiSpec) -> list[str]:
    """The public names of the models module (``__all__``)."""
    envelope = ["Message", "Reply"] if spec.provider.envelope is not None else []
    return sorted([e.name for e in spec.enums] + [m.name for m in spec.models] + envelope)


def model_module_names(spec: ApiSpec) -> list[str]:
    """Every name other modules may import from the models module (unused ones are dropped later)."""
    return sorted(model_exports(spec) + [naming.enum_values_name(e.name) for e in spec.enums])


def checks_module_names(spec: ApiSpec) -> list[str]:
    """The check functions and patterns operation builders use."""
    checkers = [naming.checker_name(m.name) for m in models_with(spec, "input")]
    return sorted(checkers + [name for name, _ in collect_patterns(spec)])


def credential_patterns(spec: ApiSpec) -> list[tuple[str, str]]:
    """The patterns credentials must match, as ``(constant, pattern)``."""
    found = {(naming.pattern_name(c.pattern), anchored(c.pattern)) for c in spec.provider.credentials if c.pattern}
    return sorted(found)


def callback_exports(spec: ApiSpec) -> list[str]:
    """The names the callbacks module exports."""
    names = [f"parse_{cb.name}_callback" for cb in spec.callbacks]
    return names + (["parse_callback"] if len(spec.callbacks) == 1 else [])


def soap_result_expr(op: Operation) -> str:
    """What a SOAP method returns from the parsed ``result``."""
    if not op.result_path:
        return "result"
    return "list(result." + ".".join(op.result_path) + ")"


class SpecFilters:
    """The filters that need the spec being rendered: annotations and emitted code."""

    def __init__(self, spec: ApiSpec) -> None:
        self.spec = spec
        self._checks = CheckEmitter(spec)
        self._xml = XmlEmitter(spec)
        self._json = JsonEmitter(spec)
        self._form = FormEmitter(spec)
        self._wire = WireText(spec)
        self._enums = {e.name for e in spec.enums}

    #: The methods that are filters (each by its own name).
    BOUND = (
        "argument_annotation",
        "operation_result",
        "operation_docstring",
        "check_field",
        "check_model_rule",
        "check_operation_rule",
        "check_credential_rule",
        "xml_write",
        "xml_read",
        "xml_tag",
        "xml_constructor_arg",
        "xml_reader_prelude",
        "json_argument",
        "request_pairs",
        "credential_pairs",
        "option_kind",
        "form_functions",
    )

    def register(self, env: jinja2.Environment) -> None:
        """Put every filter on ``env``."""
        env.filters.update(PLAIN_FILTERS)
        env.filters.update({name: getattr(self, name) for name in self.BOUND})

    def argument_annotation(self, type_ref: TypeRef) -> str:
        """A keyword argument's annotation; Enum-class values may also be given as their wire strings."""
        return pytypes.argument_annotation(self.spec, type_ref)

    def operation_result(self, op: Operation) -> str:
        """The return annotation of an operation's method."""
        return pytypes.result_annotation(self.spec, op)

    def operation_docstring(self, op: Operation) -> str:
        """Summary, Args, Returns and Raises of an SDK method, for a docstring at column 8.

        Lines after the first are relative to column 8 (the template indents them).
        """
        lines = [doc(op.description, 8), ""]
        effect = "; changes state on the carrier" if op.mutates else ""
        where = f"SOAP action ``{op.soap_action}``" if op.soap_action else f"``{op.http_method} {op.path}``"
        lines.append(doc(f"Calls {where} ({op.wire_name}){effect}.", 8, 8))
        lines += ["", "Args:"]
        for p in op.params:
            required = "Required. " if p.required else ""
            lines.append("    " + doc_arg(required + field_doc(p), p.python_name, 12))
        lines.append("    timeout: Overrides the client's timeout for this call.")
        lines.append("    max_retries: Overrides the client's retry budget for this call.")
        lines.append("    deadline: Overrides the client's deadline (seconds, retries included) for this call.")
        if op.result is not None:
            lines += ["", "Returns:", f"    {self.operation_result(op)}"]
        lines += [
            "",
            "Raises:",
            "    ValidationError: An argument breaks the spec; nothing was sent.",
            "    ApiError: The carrier reported an error.",
            "    TransportError: The request could not complete.",
        ]
        return "\n".join(lines).replace("\n" + " " * 8, "\n")

    def check_field(self, field: Field, value: str, path: str) -> str:
        """Validation code for one field or parameter."""
        return "\n".join(self._checks.field(field, value, path))

    def check_model_rule(self, rule: Rule, model: Model) -> str:
        """Validation code for a record's rule; the record is ``value`` under ``path``."""
        names = {f.wire_name: f.python_name for f in model.fields}
        fields = {f.wire_name: f for f in model.fields}
        lines = self._checks.rule(
            rule,
            lambda n: f"value.{names[n]}",
            lambda n: f"path + {literal('.' + names[n])}",
            names.__getitem__,
            fields,
        )
        return "\n".join(lines)

    def check_operation_rule(self, rule: Rule, op: Operation) -> str:
        """Validation code for an operation's rule; parameters are locals."""
        names = {p.wire_name: p.python_name for p in op.params}
        fields = {p.wire_name: p for p in op.params}
        lines = self._checks.rule(rule, names.__getitem__, lambda n: literal(names[n]), names.__getitem__, fields)
        return "\n".join(lines)

    def check_credential_rule(self, rule: Rule) -> str:
        """Validation code for a rule over the constructor's credentials (``one_of: [username, user_id]``)."""
        names = {c.name: c.python_name for c in self.spec.provider.credentials}
        lines = self._checks.rule(rule, names.__getitem__, lambda n: literal(names[n]), names.__getitem__)
        return "\n".join(lines)

    def xml_write(self, field: Field, value: str, prefix: str = "") -> str:
        """Code appending a field's XML to ``out``; ``prefix`` qualifies writer functions."""
        lines = self._xml.write(field, value)
        return "\n".join(line.replace("write_", prefix + "write_") if prefix else line for line in lines)

    def xml_read(self, field: Field, child: str, path: str) -> str:
        """Code reading a field from the element ``child``."""
        return "\n".join(self._xml.read(field, child, path))

    def xml_tag(self, field: Field) -> str:
        """The tag a reader compares child elements with."""
        return self._xml.tag_in(field.wire_name)

    def xml_constructor_arg(self, field: Field) -> str:
        """The keyword argument a reader passes to the record's constructor."""
        return self._xml.constructor_arg(field, "path")

    def xml_reader_prelude(self, model: Model) -> list[str]:
        """Initial locals of a record reader."""
        return self._xml.reader_prelude(model)

    def json_argument(self, field: Field) -> str:
        """The keyword argument a JSON reader passes to the record's constructor (read from ``get``).

        A required field that is absent is an error.
        """
        key = literal(field.wire_name)
        value = self._json.read(field, f"get({key})")
        if field.required:
            value = f"required({value}, join_path(path, {key}))"
        return f"{field.python_name}={value}"

    def query_value(self, field: Field) -> str:
        """A query parameter's wire text, or None when it was not given."""
        text = self._wire.text(field.type, field.python_name, field.booleans)
        if field.required or text == field.python_name:
            return text
        conditional = f"None if {field.python_name} is None else {text}"
        # Black wraps a conditional expression it has to split in parentheses, ruff does not: written
        # with them, a long one comes out the same from both.
        return f"({conditional})" if len(conditional) > 80 else conditional

    def request_pairs(self, op: Operation, location: str) -> list[str]:
        """The ``(name, text)`` items an operation sends in its query or body.

        The fixed query rides with the query, or with the body when the carrier wants it there (after
        the credentials); files travel apart, in a multipart body's file list.
        """
        items: list[str] = []
        if op.query_in_body == (location == "body"):
            if op.query_in_body:
                items.append("*credentials")
            items += [literal((k, v)) for k, v in op.fixed_query]
        for p in op.params:
            if p.location != location or (op.body_format == "multipart" and p.type.item.name == "file"):
                continue
            if p.encoding:
                items.append("*" + self._form.encoded_pairs(p))
            else:
                items.append(f"({literal(p.wire_name)}, {self.query_value(p)})")
        return items

    def credential_pairs(self, provider: Provider) -> list[str]:
        """The ``(wire name, value)`` items a client sends its credentials as; none for a SOAP UserToken.

        A secret a rule made optional is revealed only when given.
        """
        if provider.auth_location not in ("query", "header"):
            return []
        items = []
        for credential in provider.credentials:
            value = f"self._{credential.python_name}"
            if credential.secret and credential.optional:
                value = f"{value}.reveal() if {value} is not None else None"
            elif credential.secret:
                value += ".reveal()"
            items.append(f"({literal(credential.wire_name)}, {value})")
        return items

    def option_kind(self, type_ref: TypeRef) -> str:
        """The ``check_scalar`` arguments naming a client option's kind (and allowed values for enums)."""
        if type_ref.name in self._enums:
            return f'"enum", allowed={naming.enum_values_name(type_ref.name)}'
        return literal(type_ref.name)

    def form_functions(self, model: Model) -> str:
        """``pairs_<model>`` and ``wire_<model>`` for a record sent inside an encoded parameter."""
        return "\n".join(self._form.pairs_function(model) + ["", ""] + self._form.wire_dict_function(model))


#: The filters that need no spec, by name.
PLAIN_FILTERS: dict[str, Callable[..., Any]] = {
    "py": literal,
    "tuple": tuple,
    "code_tuple": code_tuple,
    "exploded_tuple": exploded_tuple,
    "doc": doc,
    "doc_arg": doc_arg,
    "docstring_text": docstring_text,
    "field_doc": field_doc,
    "dict_literal": dict_literal,
    "example_credentials": example_credentials,
    "prepared_request_args": prepared_request_args,
    "file_pairs": file_pairs,
    "param_infos": param_infos,
    "error_row": error_row,
    "error_scopes": error_scopes,
    "exception_tree": exception_tree,
    "models_with": models_with,
    "model_exports": model_exports,
    "model_module_names": model_module_names,
    "checks_module_names": checks_module_names,
    "regex_constants": collect_patterns,
    "credential_patterns": credential_patterns,
    "callback_exports": callback_exports,
    "soap_result_expr": soap_result_expr,
    "annotation": pytypes.annotation,
    "enum_constant": naming.enum_values_name,
    "checker_name": naming.checker_name,
    "reader_name": naming.reader_name,
    "writer_name": naming.writer_name,
    "builder_name": naming.builder_name,
    "parser_name": naming.parser_name,
    "regex_constant": naming.pattern_name,
}


def filter_names() -> frozenset[str]:
    """The name of every filter the package templates may use."""
    return frozenset(PLAIN_FILTERS) | frozenset(SpecFilters.BOUND)
