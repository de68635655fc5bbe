"""Sample strings for regular expressions: the shortest text each part of a pattern accepts.

The documentation's examples and the fake carriers' answers both need values a field's pattern
accepts; this is the one place that makes them.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from generator.render.emit.checks import anchored

# The stdlib's own regex parser: sampling a string from a pattern needs the parsed tree.
_sre: Any = importlib.import_module("re._parser")


class SampleError(ValueError):
    """No sample value fits a field's constraints."""


# --- strings from patterns -------------------------------------------------------------------------


def sample_for_pattern(pattern: str) -> str:
    """A short string that ``re.search(pattern, ...)`` accepts (the shortest repetition of each part)."""
    text = _walk(_sre.parse(pattern))
    if re.search(anchored(pattern), text) is None:
        raise SampleError(f"cannot make a sample for the pattern {pattern!r}")
    return text


def _walk(items: Any) -> str:
    out = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "NOT_LITERAL":
            out.append("b" if chr(arg) == "a" else "a")
        elif name == "ANY":
            out.append("a")
        elif name == "IN":
            out.append(_pick_in(arg))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, sub = arg
            out.append(_walk(sub) * low)
        elif name == "SUBPATTERN":
            out.append(_walk(arg[-1]))
        elif name == "BRANCH":
            out.append(_walk(arg[1][0]))
        elif name == "ATOMIC_GROUP":
            out.append(_walk(arg))
    return "".join(out)


def _pick_in(items: Any) -> str:
    negate = bool(items) and str(items[0][0]) == "NEGATE"
    if not negate:
        # Prefer a letter outside a-f: long runs of hex digits look like credentials in the docs.
        for letter in "zZ":
            if any(str(op) == "RANGE" and arg[0] <= ord(letter) <= arg[1] for op, arg in items):
                return letter
        op, arg = items[0]
        if str(op) == "LITERAL":
            return chr(arg)
        if str(op) == "RANGE":
            low, high = arg
            return "1" if low <= ord("1") <= high else chr(low)
        return {"CATEGORY_DIGIT": "1", "CATEGORY_SPACE": " "}.get(str(arg), "a")
    for candidate in "a1A_-.":
        if not any(_in_item(op, arg, candidate) for op, arg in items[1:]):
            return candidate
    return "~"


def _in_item(op: Any, arg: Any, char: str) -> bool:
    if str(op) == "LITERAL":
        return bool(chr(arg) == char)
    if str(op) == "RANGE":
        return bool(arg[0] <= ord(char) <= arg[1])
    classes = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}
    return re.fullmatch(classes.get(str(arg), r"\W"), char) is not None
