"""Jinja filters that emit code: each reads the spec being rendered (and its emitters) from the
template context, so one emitter per kind serves a whole render."""

from __future__ import annotations

from typing import TypeVar

from jinja2 import pass_context
from jinja2.runtime import Context

from generator import layout, pytypes
from generator.emit_checks import CheckEmitter, enum_constant
from generator.emit_form import FormEmitter
from generator.emit_json import JsonEmitter
from generator.emit_xml import XmlEmitter
from generator.ir import ApiSpec, Field, Model, Operation, Provider, Rule, TypeRef
from generator.pyliteral import literal


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
    return _placed(_emitter(context, CheckEmitter).field(field, value, path), 4)


@pass_context
def check_model_rule(context: Context, rule: Rule, model: Model) -> str:
    """Validation code for a record's rule; the record is ``value`` under ``path``."""
    names = {f.wire_name: f.python_name for f in model.fields}
    fields = {f.wire_name: f for f in model.fields}
    return _placed(
        _emitter(context, CheckEmitter).rule(
            rule,
            lambda n: f"value.{names[n]}",
            lambda n: f"path + {literal('.' + names[n])}",
            names.__getitem__,
            fields,
        ),
        4,
    )


@pass_context
def check_operation_rule(context: Context, rule: Rule, op: Operation) -> str:
    """Validation code for an operation's rule; parameters are locals."""
    names = {p.wire_name: p.python_name for p in op.params}
    fields = {p.wire_name: p for p in op.params}
    return _placed(
        _emitter(context, CheckEmitter).rule(
            rule, names.__getitem__, lambda n: literal(names[n]), names.__getitem__, fields
        ),
        4,
    )


@pass_context
def check_credential_rule(context: Context, rule: Rule) -> str:
    """Validation code for a rule over the constructor's credentials (``one_of: [username, user_id]``)."""
    from generator.naming import argument_name

    return _placed(
        _emitter(context, CheckEmitter).rule(rule, argument_name, lambda n: literal(argument_name(n)), argument_name), 8
    )


def _placed(lines: list[str], base: int) -> str:
    """Emitted code that the template indents by ``base``, long lines already laid out as black would."""
    return "\n".join(layout.fit_line(line, base) for line in lines)


@pass_context
def xml_write(context: Context, field: Field, value: str, prefix: str = "") -> str:
    """Code appending a field's XML to ``out``; ``prefix`` qualifies writer functions."""
    lines = _emitter(context, XmlEmitter).write(field, value)
    return _placed([line.replace("write_", prefix + "write_") if prefix else line for line in lines], 4)


@pass_context
def xml_read(context: Context, field: Field, child: str, path: str) -> str:
    """Code reading a field from the element ``child`` (the template indents it by 12)."""
    return _placed(_emitter(context, XmlEmitter).read(field, child, path), 12)


@pass_context
def xml_tag(context: Context, field: Field) -> str:
    """The tag a reader compares child elements with."""
    return _emitter(context, XmlEmitter).tag_in(field.wire_name)


@pass_context
def xml_constructor_arg(context: Context, field: Field) -> str:
    """The keyword argument a reader passes to the record's constructor, with its comma (at column 8)."""
    return layout.fit(8, _emitter(context, XmlEmitter).constructor_arg(field, "path"), ",")


@pass_context
def xml_reader_prelude(context: Context, model: Model) -> list[str]:
    """Initial locals of a record reader."""
    return _emitter(context, XmlEmitter).reader_prelude(model)


@pass_context
def query_value(context: Context, field: Field) -> str:
    """A query parameter's wire text, or None when it was not given."""
    text = _emitter(context, XmlEmitter).text(field.type, field.python_name, escape=False, booleans=field.booleans)
    if field.required or text == field.python_name:
        return text
    return f"None if {field.python_name} is None else {text}"


@pass_context
def request_pairs(context: Context, op: Operation, location: str, indent: int) -> list[str]:
    """The items of the ``(name, text)`` tuple an operation sends in its query or body, laid out for ``indent``.

    The fixed query rides with the query, or with the body when the carrier wants it there (after the
    credentials); files travel apart, in a multipart body's file list.
    """
    items: list[str] = []
    if op.query_in_body == (location == "body"):
        if op.query_in_body:
            items.append("*credentials")
        items += [layout.element(indent, [literal(k), literal(v)]) for k, v in op.fixed_query]
    for p in op.params:
        if p.location != location or (op.body_format == "multipart" and p.type.item.name == "file"):
            continue
        if p.encoding:
            items.append("*" + encoded_pairs(context, p))
        else:
            items.append(layout.element(indent, [literal(p.wire_name), query_value(context, p)]))
    return items


@pass_context
def credential_pairs(context: Context, provider: Provider, indent: int) -> list[str]:
    """The ``(wire name, value)`` items a client sends its credentials as, laid out for ``indent``.

    None when they travel elsewhere (a SOAP UserToken). A secret a rule made optional is revealed
    only when given.
    """
    if provider.auth_location not in ("query", "header"):
        return []
    optional: set[str] = context["optional_credentials"]
    items = []
    for credential in provider.credentials:
        value = f"self._{credential.python_name}"
        if credential.secret and credential.python_name in optional:
            value = f"{value}.reveal() if {value} is not None else None"
        elif credential.secret:
            value += ".reveal()"
        items.append(layout.element(indent, [literal(credential.wire_name), value]))
    return items


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
def json_argument(context: Context, field: Field) -> str:
    """The keyword argument a JSON reader passes to the record's constructor, with its comma (at column 8).

    The value is read from ``get(<wire name>)``; a required field that is absent is an error.
    """
    key = literal(field.wire_name)
    value = _emitter(context, JsonEmitter).read(field, f"get({key})")
    if field.required:
        value = f"required({value}, join_path(path, {key}))"
    return layout.fit(8, f"{field.python_name}={value}", ",")


@pass_context
def operation_result(context: Context, op: Operation) -> str:
    """The return annotation of an operation: None, a record, or (SOAP arrays) a list of records."""
    return pytypes.result_annotation_for(_spec_of(context), op)


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
    return literal(type_ref.name)
