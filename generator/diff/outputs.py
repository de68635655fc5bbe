"""Values the SDK reads: fields of records the carrier answers with or posts (``response-field-*``).

Looser is breaking here (a field that may be missing is None-able, and old SDKs insist on it);
stricter is information.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.diff.fields import FieldScope, pair_fields
from generator.diff.model import Finding
from generator.diff.wording import code, python_type, wire_type
from generator.ir import Field


def compare_outputs(scope: FieldScope, base: tuple[Field, ...], revision: tuple[Field, ...]) -> Iterator[Finding]:
    """Every change to the fields of one record the SDK reads."""
    pairs, removed, added = pair_fields(base, revision)
    for old in removed:
        action = f"stop reading `{old.python_name}`"
        yield scope.finding("response-field-removed", old, None, (), f"{scope.name(old)} was removed", action)
    for new in added:
        yield scope.finding("response-field-added", None, new, (), f"new {scope.name(new)}")
    for old, new in pairs:
        yield from _changed(scope, old, new)


def _changed(scope: FieldScope, old: Field, new: Field) -> Iterator[Finding]:
    if old.python_name != new.python_name:
        message = f"{scope.name(old)} is now `{new.python_name}` (wire name {code(new.wire_name)})"
        action = f"read `{new.python_name}` instead of `{old.python_name}`"
        yield scope.finding("response-field-python-name-changed", old, new, (), message, action)
    if new.type.nullable and not old.type.nullable:
        message = f"{scope.name(new)} may now be None"
        action = f"handle `{new.python_name}` being None"
        yield scope.finding("response-field-became-optional", old, new, ("required",), message, action)
    elif old.type.nullable and not new.type.nullable:
        yield scope.finding(
            "response-field-became-required", old, new, ("required",), f"{scope.name(new)} is never None now"
        )
    before, after = python_type(old.type, "tuple"), python_type(new.type, "tuple")
    if before != after:
        message = f"{scope.name(new)} holds {code(after)} instead of {code(before)}"
        action = f"read `{new.python_name}` as {code(after)}"
        yield scope.finding("response-field-type-changed", old, new, ("type",), message, action)
    facts: list[tuple[tuple[str, ...], str, object, object]] = [
        ((), "wire name", old.wire_name, new.wire_name),
        (("xml_item",), "XML item element", old.xml_item, new.xml_item),
        (("booleans",), "boolean spelling", old.booleans, new.booleans),
    ]
    if before == after:
        facts.append((("type",), "wire type", wire_type(old.type), wire_type(new.type)))
    for attribute, what, was, now in facts:
        if was != now:
            message = f"{scope.name(new)}: {what} {code(was)} -> {code(now)}"
            action = "upgrade: older SDK versions read it the old way"
            yield scope.finding("response-field-wire-changed", old, new, attribute, message, action)
    if old.description != new.description:
        yield scope.finding(
            "description-changed", old, new, ("description",), f"{scope.name(new)}: description changed"
        )
