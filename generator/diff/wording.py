"""How findings spell what changed: Python types, rules and limits, as an SDK user reads them."""

from __future__ import annotations

from generator.ir import Rule, Scalar, TypeRef

_SCALARS = {
    "string": "str",
    "integer": "int",
    "decimal": "Decimal",
    "boolean": "bool",
    "date": "date",
    "datetime": "datetime",
    "file": "bytes",
    "json": "object",
}

# Each limit of a value, as "the values you pass must be ..." ends.
_LIMIT_WORDS = {
    "minimum": "at least {}",
    "maximum": "at most {}",
    "min_length": "at least {} characters long",
    "max_length": "at most {} characters long",
    "min_items": "lists of at least {} items",
    "max_items": "lists of at most {} items",
    "pattern": "matched by {}",
    "item_pattern": "lists whose items are matched by {}",
}


def python_type(type_ref: TypeRef, sequence: str = "Sequence") -> str:
    """The Python spelling of a type (``list`` and ``csv`` values are sequences), ignoring None."""
    if type_ref.args:
        inner = python_type(type_ref.args[0], sequence)
        return f"tuple[{inner}, ...]" if sequence == "tuple" else f"{sequence}[{inner}]"
    return _SCALARS.get(type_ref.name, type_ref.name)


def wire_type(type_ref: TypeRef) -> str:
    """The spec's spelling of a type (``csv[integer]``), ignoring None."""
    if type_ref.args:
        return f"{type_ref.name}[{wire_type(type_ref.args[0])}]"
    return type_ref.name


def code(text: object) -> str:
    """``text`` as inline code."""
    return f"`{text}`"


def literal(value: Scalar | None) -> str:
    """A value as Python writes it."""
    return repr(value)


def limit_text(key: str, value: object) -> str:
    """``maximum``, 100 -> ``at most 100``."""
    shown = code(value) if key in ("pattern", "item_pattern") else str(value)
    return _LIMIT_WORDS[key].format(shown)


def rule_text(rule: Rule) -> str:
    """A rule in words, over wire names."""
    names = ", ".join(code(name) for name in rule.fields)
    if rule.kind == "one_of":
        return f"one of {names} must be given"
    if rule.kind == "exclusive":
        return f"at most one of {names} may be given"
    subject = f"{names} is required"
    if rule.kind == "require_unless":
        return f"{subject} unless {code(rule.condition)} is given"
    if rule.kind == "require_when_not":
        excluded = ", ".join(literal(v) for v in rule.excluded)
        return f"{subject} when {code(rule.condition)} is given and not one of {excluded}"
    if rule.equals is None:
        return f"{subject} when {code(rule.condition)} is given"
    conditions = [(rule.condition, rule.equals), *rule.also]
    return f"{subject} when " + " and ".join(f"{code(name)} is {literal(value)}" for name, value in conditions)
