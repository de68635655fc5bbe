"""Text inside generated code: docstrings wrapped to the line length, escaped for triple quotes."""

from __future__ import annotations

import textwrap

from generator.ir import Field

#: The line length of generated code (what ruff formats to and what lint checks).
LINE_LENGTH = 120


def docstring_text(text: str) -> str:
    """Text safe inside a triple-quoted docstring, on one line."""
    return " ".join(text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').split())


def doc(text: str, indent: int, start: int | None = None) -> str:
    """A docstring paragraph wrapped to the line length.

    The first line starts at column ``start`` (default: just after an opening ``\"\"\"`` at
    ``indent``); the template puts it there. Later lines are indented to ``indent``. Lines stop 3
    columns short of the limit, where a closing ``\"\"\"`` may follow.
    """
    first = indent + 3 if start is None else start
    text = docstring_text(text)
    if first + len(text) <= LINE_LENGTH - 3:
        return text  # most descriptions fit on their line: no need to wrap
    lines = textwrap.wrap(
        text,
        width=LINE_LENGTH - 3 - indent,
        initial_indent=" " * (first - indent),
        break_long_words=False,
        break_on_hyphens=False,
    )
    if not lines:
        return ""
    return "\n".join([lines[0].lstrip()] + [" " * indent + line for line in lines[1:]])


def doc_arg(text: str, name: str, indent: int) -> str:
    """``name: text`` for an Args or Attributes section at ``indent``, continued 4 columns deeper."""
    body = doc(text, indent + 4, indent + len(name) + 2)
    return f"{name}: {body}"


def field_doc(field: Field) -> str:
    """A field's description followed by its constraints and default, for docstrings.

    A fact the description already states ("at most 160 characters.") is not said twice.
    """
    said = " ".join(field.description.lower().split())
    facts = [fact for fact in constraint_facts(field) if fact.lower() not in said]
    return f"{field.description} ({'; '.join(facts)})" if facts else field.description


# The ranges of the wire's integer types (XSD int, long, unsignedInt...): a bound equal to one of
# them says only "an integer", which the type already says.
_TYPE_MINIMUMS = frozenset({-(2**31), -(2**63)})
_TYPE_MAXIMUMS = frozenset({2**31 - 1, 2**32 - 1, 2**63 - 1, 2**64 - 1})


def is_type_range(key: str, value: float) -> bool:
    """Whether a ``minimum``/``maximum`` is only the range of the wire's integer type."""
    return (key == "minimum" and value in _TYPE_MINIMUMS) or (key == "maximum" and value in _TYPE_MAXIMUMS)


def constraint_facts(field: Field) -> list[str]:
    """Short phrases describing the constraints and default of a field."""
    c = field.constraints
    facts = []
    for key, phrase, noun in (
        ("min_length", "at least", "character"),
        ("max_length", "at most", "character"),
        ("minimum", "at least", ""),
        ("maximum", "at most", ""),
        ("min_items", "at least", "item"),
        ("max_items", "at most", "item"),
    ):
        value = getattr(c, key)
        if value is None or is_type_range(key, value):
            continue
        number = int(value) if isinstance(value, float) and value.is_integer() else value
        counted = f" {noun}{'' if number == 1 else 's'}" if noun else ""
        facts.append(f"{phrase} {number}{counted}")
    if c.pattern:
        facts.append(f"matches ``{c.pattern}``")
    if c.item_pattern:
        facts.append(f"each item matches ``{c.item_pattern}``")
    if field.default is not None:
        facts.append(f"carrier default: {field.default}")
    return facts
