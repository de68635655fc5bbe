"""Text inside generated code: docstrings wrapped to the line length, escaped for triple quotes."""

from __future__ import annotations

import textwrap

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
