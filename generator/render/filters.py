"""The filters of one spec's templates: each formats facts the passes computed into code or text.

``SpecFilters(spec).register(env)`` puts them on that spec's jinja2 environment (as xsdata's
``Filters`` class does), so a filter needs no template context and each emitter is built once.
Filters that do not depend on the spec are plain functions (``snippets``, ``listings``, ``text``),
registered by the same call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jinja2

from generator import naming
from generator.ir import ApiSpec, Field, Model, Operation, Provider, Rule, TypeRef
from generator.render import listings, pytypes, snippets
from generator.render.emit.checks import CheckEmitter, collect_patterns
from generator.render.emit.fake import FakeEmitter
from generator.render.emit.form import FormEmitter
from generator.render.emit.json import JsonEmitter
from generator.render.emit.scan import ScanEmitter, answered
from generator.render.emit.wire import WireText
from generator.render.emit.xml import XmlEmitter
from generator.render.pyliteral import exploded_tuple, literal
from generator.render.text import doc, doc_arg, field_doc


class SpecFilters:
    """The filters that need the spec being rendered: annotations and emitted code."""

    def __init__(self, spec: ApiSpec) -> None:
        self.spec = spec
        self._checks = CheckEmitter(spec)
        self._xml = XmlEmitter(spec)
        self._scan = ScanEmitter(spec)
        self._json = JsonEmitter(spec)
        self._form = FormEmitter(spec)
        self._wire = WireText(spec)
        self._fake = FakeEmitter(spec)
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
        "xml_reader_prelude",
        "xml_positional",
        "xml_children",
        "xml_in_order",
        "xml_positional_body",
        "xml_tag_check",
        "xml_constructor_arg",
        "scanned_models",
        "scanned",
        "scan_patterns",
        "scan_lists",
        "scan_body",
        "json_argument",
        "json_wire_models",
        "json_wire_containers",
        "json_wire_field",
        "json_unwrap_lines",
        "json_decimal_check",
        "json_decimals_checked",
        "request_pairs",
        "credential_pairs",
        "option_kind",
        "form_functions",
        "fake_record",
        "fake_operation",
        "fake_tables",
    )

    def fake_record(self, model: Model) -> str:
        """The fake carrier's ``Record(...)`` of a record type."""
        return self._fake.record(model)

    def fake_operation(self, op: Operation) -> str:
        """The fake carrier's ``Op(...)`` of an operation."""
        return self._fake.operation(op)

    def fake_tables(self, provider: Provider) -> dict[str, str]:
        """The fake carrier's provider-wide tables as code: spelling, auth, path options, answer format."""
        return {
            "spelling": self._fake.spelling(),
            "auth": self._fake.auth(),
            "path_options": self._fake.path_options(),
            "format": self._fake.answer_format(),
            "format_class": self._fake.answer_format_class(),
        }

    def scanned_models(self, spec: ApiSpec) -> list[Model]:
        """The records read from plain XML without a tree: the answers' records that can be, and what they hold."""
        return self._scan.models(answered(spec))

    def scanned(self, record: Model | TypeRef) -> bool:
        """True when a record (or an answer's type) has a scanner."""
        return self._scan.scanned(record.name)

    def scan_patterns(self, model: Model) -> list[str]:
        """The module-level patterns of a record's scanner."""
        return self._scan.patterns(model)

    def scan_lists(self, model: Model) -> list[tuple[str, str, list[str]]]:
        """The readers of a record's list elements: (name, item annotation, body lines)."""
        return self._scan.lists(model)

    def scan_body(self, model: Model) -> list[str]:
        """The body of a record's scanner, up to the record built."""
        return self._scan.body(model)

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
        if self.spec.provider.rpc is not None:
            binding = self.spec.provider.rpc.path
            soap = (
                f"Over SOAP, POSTs ``<{op.wire_name}>`` to ``{binding}``."
                if op.rpc
                else "REST only: a SOAP client refuses it."
            )
            lines.append(doc(soap, 8, 8))
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

    def xml_write(self, field: Field, value: str, module: str = "") -> str:
        """Code appending a field's XML to ``out``; ``module`` (``"_xml."``) qualifies record writers."""
        return "\n".join(self._xml.write(field, value, module))

    def xml_read(self, field: Field, child: str) -> str:
        """Code reading a field from the element ``child``, in a reader by tag."""
        return "\n".join(self._xml.read(field, child))

    def xml_tag(self, field: Field) -> str:
        """The tag a reader compares child elements with."""
        return self._xml.tag_in(field.wire_name)

    def xml_reader_prelude(self, model: Model) -> list[str]:
        """Initial locals of a record reader by tag."""
        return self._xml.reader_prelude(model)

    def xml_positional(self, model: Model) -> bool:
        """Whether a record's reader takes children in the documented order by position."""
        return self._xml.positional(model)

    def xml_children(self, model: Model) -> str:
        """The names the positional path unpacks a record's children into."""
        return self._xml.children(model)

    def xml_in_order(self, model: Model) -> str:
        """The condition that the unpacked children come in the documented order."""
        return self._xml.in_order(model)

    def xml_positional_body(self, model: Model) -> list[str]:
        """The positional path once its tags matched: the reads, the check of required values, the build."""
        return self._xml.positional_body(model)

    def xml_tag_check(self, model: Model) -> list[str]:
        """The reader by tag's check of the required fields, before the record's constructor."""
        return self._xml.tag_check(model)

    def xml_constructor_arg(self, field: Field) -> str:
        """The keyword argument the reader by tag passes to the record's constructor."""
        return self._xml.constructor_arg(field)

    def json_argument(self, field: Field) -> str:
        """The keyword argument a JSON reader passes to the record's constructor (read from ``get``).

        A required field that is absent is an error.
        """
        return self._json.argument(field)

    def json_wire_models(self, spec: ApiSpec) -> tuple[Model, ...]:
        """The records msgspec decodes through a wire Struct of their own (the rest are their own)."""
        return self._json.wire_models()

    def json_wire_containers(self, model: Model) -> list[dict[str, str]]:
        """The container Structs of a record's wrapped lists in the JSON form: ``name``, ``field`` (its
        line), ``unwrap`` (its items as the record's tuple) and ``returns`` (that tuple's annotation)."""
        return self._json.wire_containers(model)

    def json_wire_field(self, field: Field, model: Model) -> str:
        """A field of a record's wire Struct (the JSON form msgspec decodes), as its line."""
        return self._json.wire_field(model, field)

    def json_decimal_check(self, model: Model, wire: bool = False) -> list[str]:
        """The ``__post_init__`` lines of a Struct msgspec decodes that holds decimals (none without)."""
        return self._json.decimal_check(model, wire)

    def json_decimals_checked(self, spec: ApiSpec, module: str) -> bool:
        """Whether the module ``models`` or ``_json`` checks decimals (and so imports what that takes)."""
        return self._json.decimal_checked(module)

    def json_unwrap_lines(self, model: Model) -> list[str]:
        """The body of a wire Struct's ``unwrap``."""
        return self._json.unwrap_lines(model)

    def query_value(self, field: Field) -> str:
        """A query parameter's wire text, or None when it was not given."""
        text = self._wire.text(field.type, field.python_name, field.booleans)
        if field.required or text == field.python_name:
            return text
        # Parenthesized: the conditional reads as one value inside its (name, value) pair.
        return f"(None if {field.python_name} is None else {text})"

    def request_pairs(self, op: Operation, location: str, with_credentials: bool = True) -> list[str]:
        """The ``(name, text)`` items an operation sends in its query or body.

        The fixed query rides with the query, or with the body when the carrier wants it there (after
        the credentials, unless ``with_credentials`` is false); files travel apart, in a multipart
        body's file list.
        """
        items: list[str] = []
        if op.query_in_body == (location == "body"):
            if op.query_in_body and with_credentials:
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
    "exploded_tuple": exploded_tuple,
    "doc": doc,
    "doc_arg": doc_arg,
    "field_doc": field_doc,
    "code_tuple": snippets.code_tuple,
    "dict_literal": snippets.dict_literal,
    "example_credentials": snippets.example_credentials,
    "prepared_request_args": snippets.prepared_request_args,
    "file_pairs": snippets.file_pairs,
    "param_infos": snippets.param_infos,
    "error_row": snippets.error_row,
    "soap_result_expr": snippets.soap_result_expr,
    "rpc_binding": snippets.rpc_binding,
    "rpc_call": snippets.rpc_call,
    "error_scopes": listings.error_scopes,
    "exception_tree": listings.exception_tree,
    "models_with": listings.models_with,
    "envelope_payloads": listings.envelope_payloads,
    "mirror_text_keys": listings.mirror_text_keys,
    "unset_date_keys": listings.unset_date_keys,
    "model_exports": listings.model_exports,
    "model_module_names": listings.model_module_names,
    "checks_module_names": listings.checks_module_names,
    "regex_constants": collect_patterns,
    "credential_patterns": listings.credential_patterns,
    "callback_exports": listings.callback_exports,
    "annotation": pytypes.annotation,
    "enum_constant": naming.enum_values_name,
    "checker_name": naming.checker_name,
    "reader_name": naming.reader_name,
    "tag_reader_name": naming.tag_reader_name,
    "scanner_name": naming.scanner_name,
    "payload_name": naming.payload_name,
    "wire_name": naming.wire_name,
    "writer_name": naming.writer_name,
    "builder_name": naming.builder_name,
    "parser_name": naming.parser_name,
    "rpc_parser_name": naming.rpc_parser_name,
    "finisher_name": naming.finisher_name,
    "regex_constant": naming.pattern_name,
}


def filter_names() -> frozenset[str]:
    """The name of every filter the package templates may use."""
    return frozenset(PLAIN_FILTERS) | frozenset(SpecFilters.BOUND)
