"""Lay out bracketed Python the way black would, so rendered code is already in black's shape.

Black still formats every file; code that already has its shape costs black one pass instead of
two. Items are single-line expressions (written on one line whatever their length). When a line
is too long, black breaks it at its last bracket pair:

* a call's arguments (or a subscript's) go on one indented line when they fit there ("hug"),
  else one per line with a trailing comma; a single argument is hugged even when it is too long;
* a literal collection (tuple, list, set, dict) with two or more items, or a one-item tuple, goes
  one item per line with a trailing comma; a single other item is hugged.

``indent`` is the column the statement starts at; the first line of the result carries no
indentation (the template places it), later lines carry their own.
"""

from __future__ import annotations

from collections.abc import Sequence

LINE_LENGTH = 120


def call(indent: int, head: str, args: Sequence[str], suffix: str = "", closing: str = ")") -> str:
    """``head`` (ending with the opening bracket) + args + ``closing`` + ``suffix``."""
    return _layout(indent, head, args, closing, suffix, literal=False)


def collection(
    indent: int,
    head: str,
    items: Sequence[str],
    tail: str,
    suffix: str = "",
    is_tuple: bool = False,
    one_per_line: bool = False,
) -> str:
    """``head`` + items + ``tail`` (brackets included) + ``suffix`` (e.g. ``","``) for a literal collection.

    ``is_tuple`` gives a one-item tuple its comma. ``one_per_line`` puts two or more items on
    their own lines even when they would fit on one (black keeps that, for the trailing comma).
    """
    return _layout(indent, head, items, tail, suffix, literal=True, is_tuple=is_tuple, one_per_line=one_per_line)


def argument(
    indent: int,
    head: str,
    opening: str,
    items: Sequence[str],
    closing: str,
    suffix: str = "",
    is_tuple: bool = False,
    one_per_line: bool = False,
) -> str:
    """``head(`` + one literal collection argument + ``)`` + ``suffix``, e.g. ``frozenset({...})``."""
    inline = opening + ", ".join(items) + ("," if is_tuple and len(items) == 1 else "") + closing
    forced = one_per_line and len(items) > 1
    if not forced:
        one_line = f"{head}{inline}){suffix}"
        if indent + len(one_line) <= LINE_LENGTH:
            return one_line
        if indent + 4 + len(inline) <= LINE_LENGTH:
            return f"{head}\n{' ' * (indent + 4)}{inline}\n{' ' * indent}){suffix}"
    nested = _layout(indent + 4, opening, items, closing, "", literal=True, is_tuple=is_tuple, one_per_line=True)
    return f"{head}\n{' ' * (indent + 4)}{nested}\n{' ' * indent}){suffix}"


def element(indent: int, parts: Sequence[str]) -> str:
    """A tuple ``(parts...)`` as one item of an exploded sequence (the comma after it counts)."""
    return collection(indent, "(", parts, ")", ",", is_tuple=True)[:-1]


def signature(indent: int, head: str, params: Sequence[str], returns: str) -> str:
    """``head(params) -> returns:``: parameters on one line of their own, or one per line, when too long.

    Return annotations with brackets are left on one line: black's choice there depends on more
    than the lengths (it reformats them; that only costs time).
    """
    one_line = f"{head}({', '.join(params)}) -> {returns}:"
    if indent + len(one_line) <= LINE_LENGTH or "[" in returns:
        return one_line
    return call(indent, head + "(", params, f" -> {returns}:")


def fit_call_line(line: str, base: int = 0) -> str:
    """Lay out a line holding one call statement (``name(args)``) that is too long at column ``base``.

    A single tuple argument (``problems.append((path, message))``) is laid out as a collection
    argument. Lines of any other shape are returned unchanged (black will still break them).
    """
    indent = base + len(line) - len(line.lstrip(" "))
    stripped = line.strip()
    opening = stripped.find("(")
    if indent + len(stripped) <= LINE_LENGTH or opening < 1 or not stripped.endswith(")"):
        return line
    head, inner = stripped[: opening + 1], stripped[opening + 1 : -1]
    if not head[:-1].replace(".", "").replace("_", "").isalnum():
        return line
    args = split_top_level(inner)
    if args is None:
        return line
    laid_out = call(indent, head, args)
    if len(args) == 1 and args[0].startswith("(") and args[0].endswith(")"):
        items = split_top_level(args[0][1:-1])
        if items is not None and len(items) > 1:
            laid_out = argument(indent, head, "(", items, ")", is_tuple=True)
    # Later lines carry absolute indentation; the caller adds ``base`` to every line again.
    first, *rest = laid_out.split("\n")
    return "\n".join([" " * (indent - base) + first] + [later[base:] for later in rest])


def split_top_level(text: str) -> list[str] | None:
    """``text`` split at commas outside brackets and strings; None when it is not balanced."""
    parts, depth, start, quote, index = [], 0, 0, "", 0
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth < 0:
                return None
        elif char == "," and depth == 0:
            parts.append(text[start:index].strip())
            start = index + 1
        index += 1
    if depth or quote:
        return None
    last = text[start:].strip()
    return parts + [last] if last else parts


def _layout(
    indent: int,
    head: str,
    items: Sequence[str],
    closing: str,
    suffix: str,
    literal: bool,
    is_tuple: bool = False,
    one_per_line: bool = False,
) -> str:
    joined = ", ".join(items) + ("," if is_tuple and len(items) == 1 else "")
    one_line = f"{head}{joined}{closing}{suffix}"
    if not items or (indent + len(one_line) <= LINE_LENGTH and not (one_per_line and len(items) > 1)):
        return one_line
    inner = " " * (indent + 4)
    hug = len(items) == 1 and not is_tuple
    if not literal and not (one_per_line and len(items) > 1):
        hug = hug or len(inner) + len(joined) <= LINE_LENGTH
    if hug:
        return f"{head}\n{inner}{joined}\n{' ' * indent}{closing}{suffix}"
    lines = "".join(f"{inner}{item},\n" for item in items)
    return f"{head}\n{lines}{' ' * indent}{closing}{suffix}"
