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
