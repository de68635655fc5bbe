"""Python literals for generated code: strings, numbers, tuples, and long strings cut to fit a line."""

from __future__ import annotations

from typing import Any

# A string longer than this is written as pieces (implicit concatenation), each at most _PIECE
# characters: the formatter joins pieces that fit on one line and puts each on its own line otherwise.
_LONG = 80
_PIECE = 72


def literal(value: Any) -> str:
    """A Python literal for a string, number, bool, None, or a tuple, list or dict of those."""
    if isinstance(value, str):
        return _string(value) if len(value) <= _LONG else _pieces(value)
    if isinstance(value, tuple):
        return tuple_display([literal(v) for v in value])
    if isinstance(value, list):
        return f"[{', '.join(literal(v) for v in value)}]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


def fstring(template: str) -> str:
    """An f-string literal of ``template`` (whose ``{...}`` are its replacement fields), on one piece."""
    return "f" + _string(template)


def tuple_display(items: list[str]) -> str:
    """A tuple of expressions already spelled as code: ``()``, ``(a,)``, ``(a, b)``."""
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


def exploded_tuple(items: list[str]) -> str:
    """Like ``tuple_display``, with a trailing comma from two items on: the formatter keeps one item a line."""
    return tuple_display(items) if len(items) < 2 else "(" + ", ".join(items) + ",)"


def _string(text: str) -> str:
    """The formatter's choice of quotes: double, unless that needs more escapes than single."""
    spelled = repr(text)
    if spelled[0] == '"' or text.count('"') > text.count("'"):
        return spelled
    # repr chose single quotes: every ' in the body is escaped as \', and no " is.
    return '"' + spelled[1:-1].replace("\\'", "'").replace('"', '\\"') + '"'


def _pieces(text: str) -> str:
    """``"first part " "second part"``: cut after spaces where possible, never inside a character."""
    pieces: list[str] = []
    while len(text) > _PIECE:
        cut = text.rfind(" ", _PIECE // 2, _PIECE) + 1 or _PIECE
        pieces.append(text[:cut])
        text = text[cut:]
    pieces.append(text)
    return " ".join(_string(piece) for piece in pieces)
