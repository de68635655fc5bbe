"""Values the SDK sends: method arguments and fields of records passed in (``request-param-*``, ``request-field-*``).

Stricter is breaking here (the carrier, or the SDK's own validation, refuses what old code
sends); looser is information.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.diff.fields import FieldScope, pair_fields
from generator.diff.model import Finding
from generator.diff.wording import code, limit_text, literal, python_type, wire_type
from generator.ir import Field

_LOWER_BOUNDS = ("minimum", "min_length", "min_items")
_UPPER_BOUNDS = ("maximum", "max_length", "max_items")
_PATTERNS = ("pattern", "item_pattern")


def compare_inputs(scope: FieldScope, base: tuple[Field, ...], revision: tuple[Field, ...]) -> Iterator[Finding]:
    """Every change to the fields of one list of values the SDK sends."""
    prefix = f"request-{scope.kind}"
    pairs, removed, added = pair_fields(base, revision)
    for old in removed:
        message = f"{scope.name(old)} was removed"
        action = f"stop passing `{old.python_name}=`"
        yield scope.finding(f"{prefix}-removed", old, None, (), message, action)
    for new in added:
        if new.required:
            action = f"pass `{new.python_name}=` ({python_type(new.type)}) wherever you use `{scope.owner}`"
            yield scope.finding(f"{prefix}-added-required", None, new, (), f"new required {scope.name(new)}", action)
        else:
            yield scope.finding(f"{prefix}-added", None, new, (), f"new optional {scope.name(new)}")
    for old, new in pairs:
        yield from _changed(scope, prefix, old, new)


def _changed(scope: FieldScope, prefix: str, old: Field, new: Field) -> Iterator[Finding]:
    if old.python_name != new.python_name:
        message = f"{scope.name(old)} is now `{new.python_name}` (wire name {code(new.wire_name)})"
        action = f"rename `{old.python_name}=` to `{new.python_name}=`"
        yield scope.finding(f"{prefix}-python-name-changed", old, new, (), message, action)
    if old.required != new.required:
        if new.required:
            action = f"pass `{new.python_name}=` wherever you use `{scope.owner}`"
            yield scope.finding(
                f"{prefix}-became-required", old, new, ("required",), f"{scope.name(new)} is now required", action
            )
        else:
            yield scope.finding(
                f"{prefix}-became-optional", old, new, ("required",), f"{scope.name(new)} is now optional"
            )
    if python_type(old.type) != python_type(new.type):
        message = f"{scope.name(new)} takes {code(python_type(new.type))} instead of {code(python_type(old.type))}"
        action = f"pass `{new.python_name}` as {code(python_type(new.type))}"
        yield scope.finding(f"{prefix}-type-changed", old, new, ("type",), message, action)
    yield from _wire_changes(scope, prefix, old, new)
    if old.default != new.default:
        message = (
            f"the carrier's default for {scope.name(new)} is now {literal(new.default)} (was {literal(old.default)})"
        )
        action = (
            f"pass `{new.python_name}={old.default!r}` to keep the old behaviour" if old.default is not None else ""
        )
        yield scope.finding(f"{prefix}-default-changed", old, new, ("default",), message, action)
    if old.secret != new.secret:
        yield _secrecy(scope, prefix, old, new)
    yield from _limits(scope, prefix, old, new)
    if old.description != new.description:
        yield scope.finding(
            "description-changed", old, new, ("description",), f"{scope.name(new)}: description changed"
        )


def _secrecy(scope: FieldScope, prefix: str, old: Field, new: Field) -> Finding:
    if new.secret:
        message = f"{scope.name(new)} is now secret: hidden from logs, errors and repr"
        return scope.finding(f"{prefix}-now-secret", old, new, ("secret",), message)
    message = f"{scope.name(new)} is no longer secret: its value shows in logs, errors and repr"
    action = "mark it `secret: true` again unless it is no password, PIN or key"
    return scope.finding(f"{prefix}-no-longer-secret", old, new, ("secret",), message, action)


def _wire_changes(scope: FieldScope, prefix: str, old: Field, new: Field) -> Iterator[Finding]:
    """How the value travels, when its Python side stays the same."""
    upgrade = "upgrade: older SDK versions send it the old way"
    facts: list[tuple[tuple[str, ...], str, object, object]] = [
        ((), "wire name", old.wire_name, new.wire_name),
        (("in",), "location", old.location, new.location),
        (("encoding",), "encoding", old.encoding, new.encoding),
        (("booleans",), "boolean spelling", old.booleans, new.booleans),
        (("xml_item",), "XML item element", old.xml_item, new.xml_item),
    ]
    if python_type(old.type) == python_type(new.type):
        facts.append((("type",), "wire type", wire_type(old.type), wire_type(new.type)))
    for attribute, what, before, after in facts:
        if before != after:
            message = f"{scope.name(new)}: {what} {_shown(before)} -> {_shown(after)}"
            yield scope.finding(f"{prefix}-wire-changed", old, new, attribute, message, upgrade)


def _shown(value: object) -> str:
    if isinstance(value, tuple):
        return "/".join(code(v) for v in value)
    return code(value) if value is not None else "none"


def _limits(scope: FieldScope, prefix: str, old: Field, new: Field) -> Iterator[Finding]:
    """A finding for each limit that narrowed, widened, or (a pattern) changed."""
    for key in (*_LOWER_BOUNDS, *_UPPER_BOUNDS, *_PATTERNS):
        before, after = getattr(old.constraints, key), getattr(new.constraints, key)
        if before == after:
            continue
        verdict = _verdict(key, before, after)
        was = limit_text(key, before) if before is not None else "no limit"
        now = limit_text(key, after) if after is not None else "no limit"
        message = f"{scope.name(new)} must now be {now} (was {was})"
        action = f"check that the values you pass for `{new.python_name}` are {now}" if verdict != "loosened" else ""
        check = f"{prefix}-pattern-changed" if verdict == "changed" else f"{prefix}-constraint-{verdict}"
        message = message if after is not None else f"{scope.name(new)}: no longer {was}"
        yield scope.finding(check, old, new, (key,), message, action)


def _verdict(key: str, before: object, after: object) -> str:
    """``tightened``, ``loosened`` or (two different patterns) ``changed``."""
    if after is None:
        return "loosened"
    if before is None:
        return "tightened"
    if key in _PATTERNS:
        return "changed"
    assert isinstance(before, int | float) and isinstance(after, int | float)
    narrower = after > before if key in _LOWER_BOUNDS else after < before
    return "tightened" if narrower else "loosened"
