"""Python literals spelled the way black spells them, so rendered code needs no reformatting."""

from __future__ import annotations

from typing import Any


def literal(value: Any) -> str:
    """A Python literal for a string, number, bool, None, or a tuple, list or dict of those.

    Strings use double quotes unless that needs more escapes than single quotes (black's rule).
    """
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, tuple):
        return tuple_display([literal(v) for v in value])
    if isinstance(value, list):
        return f"[{', '.join(literal(v) for v in value)}]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


def tuple_display(items: list[str]) -> str:
    """A tuple of expressions already spelled as code: ``()``, ``(a,)``, ``(a, b)``."""
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


def _string(text: str) -> str:
    if text.count('"') > text.count("'"):
        return repr(text)  # repr picks single quotes here, as black keeps them
    return '"' + "".join(_ESCAPES.get(ch) or repr(ch)[1:-1] for ch in text) + '"'


_ESCAPES = {'"': '\\"', "'": "'"}
