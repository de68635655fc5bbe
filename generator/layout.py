"""Lay out bracketed Python the way black would, so rendered code is already in black's shape.

Black still formats every file; code that already has its shape costs black one pass instead of
two. Items are single-line expressions. When a line is too long, black breaks it at its last
bracket pair:

* a call's arguments (or a subscript's) go on one indented line when they fit there ("hug"),
  else one per line with a trailing comma; a single argument is hugged even when it is too long;
* a literal collection (tuple, list, set, dict) with two or more items, or a one-item tuple, goes
  one item per line with a trailing comma; a single other item is hugged.

An item that is itself too long for its own line is split the same way, at its last bracket
pair (``fit``), as black splits the lines it makes. Black splits a line at an operator (``+``,
``and``...) before any bracket; those lines are left as they are, but for comprehensions and
conditional expressions, which ``fit`` splits into their clauses as black does.

``indent`` is the column the statement starts at; the first line of the result carries no
indentation (the template places it), later lines carry their own.
"""

from __future__ import annotations

import io
import keyword
import tokenize
from collections.abc import Sequence
from typing import NamedTuple

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
    inline = opening + _joined(items, is_tuple) + closing
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


def fit_line(line: str, base: int = 0) -> str:
    """``fit`` for one line of emitted code, indented (relative to ``base``) as ``    check_scalar(...)``.

    Later lines carry absolute indentation minus ``base``: the caller indents every line by ``base``.
    """
    indent = base + len(line) - len(line.lstrip(" "))
    first, *rest = fit(indent, line.strip()).split("\n")
    return "\n".join([" " * (indent - base) + first] + [later[base:] for later in rest])


def fit(indent: int, text: str, suffix: str = "", parenthesized: bool = False) -> str:
    """``text`` + ``suffix`` at column ``indent``, split at its last bracket pair when too long.

    ``text`` is one line: an expression, a keyword argument, a dict entry, or a statement ending
    in one (``x = f(...)``, ``return f(...)``). The contents of the brackets are laid out as
    ``call`` or ``collection`` would; a comprehension goes one clause per line, and so does a
    conditional expression, which black wraps in parentheses unless it is alone in some already
    (``parenthesized``). Lines black would split at another operator are returned as they are.
    """
    line = text + suffix
    if indent + len(line) <= LINE_LENGTH or "\n" in text:
        return line
    tokens = _tokens(text)
    if not tokens:
        return line
    if _is_conditional(tokens):
        if parenthesized:
            return _clauses(indent, text, tokens, ("if", "else")) + suffix
        inner = indent + 4
        return f"(\n{' ' * inner}{fit(inner, text, parenthesized=True)}\n{' ' * indent}){suffix}"
    if _comprehension_starts(tokens, 0):
        return _comprehension(indent, text, tokens) + suffix
    if _splits_at_operator(tokens) or tokens[-1].text not in _CLOSING:
        return line
    opening = _opening_of_last(tokens)
    head, body = text[: tokens[opening].end], text[tokens[opening].end : tokens[-1].start].strip()
    trailer = opening > 0 and (tokens[opening - 1].text in _CLOSING or _is_name(tokens[opening - 1]))
    if not body or (indent + len(head) > LINE_LENGTH and any(t.text in _OPENING for t in tokens[:opening])):
        return line  # black would look for a split at earlier brackets that leaves a shorter first line
    closing = tokens[-1].text
    if _comprehension_starts(tokens[opening + 1 : -1], 1):
        return _layout(indent, head, [body], closing, suffix, literal=not trailer)
    items = split_top_level(body)
    if items is None:
        return line
    magic = body.endswith(",")
    is_tuple = magic and not trailer and closing == ")" and len(items) == 1
    if magic and len(items) == 1 and not is_tuple:
        return line  # black explodes a lone item with a trailing comma; we never write one
    return _layout(indent, head, items, closing, suffix, literal=not trailer, is_tuple=is_tuple, one_per_line=magic)


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
    joined = _joined(items, is_tuple)
    one_line = f"{head}{joined}{closing}{suffix}"
    if not items or (indent + len(one_line) <= LINE_LENGTH and not (one_per_line and len(items) > 1)):
        return one_line
    inner = " " * (indent + 4)
    hug = len(items) == 1 and not is_tuple
    if not literal and not (one_per_line and len(items) > 1):
        hug = hug or len(inner) + len(joined) <= LINE_LENGTH
    if hug:
        body = fit(indent + 4, joined, parenthesized=closing == ")") if len(items) == 1 else joined
        return f"{head}\n{inner}{body}\n{' ' * indent}{closing}{suffix}"
    lines = "".join(f"{inner}{fit(indent + 4, item, ',')}\n" for item in items)
    return f"{head}\n{lines}{' ' * indent}{closing}{suffix}"


def _joined(items: Sequence[str], is_tuple: bool) -> str:
    """The items on one line; a one-item tuple keeps its comma."""
    return ", ".join(items) + ("," if is_tuple and len(items) == 1 else "")


class _Token(NamedTuple):
    text: str
    start: int
    end: int
    depth: int  # brackets open around it
    kind: int


_OPENING = frozenset("([{")
_CLOSING = frozenset(")]}")
# Words black may break a line at (boolean and comparison operators, ternaries, comprehensions).
_OPERATOR_WORDS = frozenset({"and", "or", "not", "in", "is", "if", "else", "for", "async", "lambda", "await", "yield"})
_OPERATORS = frozenset({"+", "-", "*", "/", "//", "%", "@", "**", "|", "&", "^", "<<", ">>", "<", ">", ","})
_OPERATORS |= {"==", "!=", "<=", ">=", ":="}
_UNARY = frozenset({"+", "-", "*", "**"})  # signs, and unpacking in calls and displays


def _tokens(text: str) -> list[_Token] | None:
    """The tokens of one line of code with their bracket depth; None when it is not one balanced line."""
    found: list[_Token] = []
    depth = 0
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type in (tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER):
                continue
            if token.start[0] != 1 or token.type in (tokenize.COMMENT, tokenize.INDENT):
                return None
            is_op = token.type == tokenize.OP
            if is_op and token.string in _CLOSING:
                depth -= 1
            found.append(_Token(token.string, token.start[1], token.end[1], depth, token.type))
            if is_op and token.string in _OPENING:
                depth += 1
    except (tokenize.TokenError, SyntaxError):
        return None
    return found if depth == 0 and all(t.depth >= 0 for t in found) and not _has_fstring_parts(found) else None


def _has_fstring_parts(tokens: list[_Token]) -> bool:
    # Python 3.12 tokenizes f-strings into parts; their braces are not brackets. Not handled.
    return any(tokenize.tok_name.get(t.kind, "").startswith("FSTRING") for t in tokens)


def _is_name(token: _Token) -> bool:
    return token.kind == tokenize.NAME and not keyword.iskeyword(token.text)


def _opening_of_last(tokens: list[_Token]) -> int:
    """The index of the bracket the last token (a closing bracket outside any other) closes."""
    return max(i for i, t in enumerate(tokens[:-1]) if t.depth == 0 and t.kind == tokenize.OP and t.text in _OPENING)


def _splits_at_operator(tokens: list[_Token]) -> bool:
    """True when black would split the line at an operator outside brackets, not at a bracket pair.

    A comprehension's clause (``for x, y in ...``, ``if ...``) is split after its keywords.
    """
    outside = [t for t in tokens if t.depth == 0]
    if outside[0].text == "for":
        words = [t.text if t.kind == tokenize.NAME else "" for t in outside]
        outside = outside[words.index("in") + 1 :] if "in" in words else []
    elif outside[0].text == "if":
        outside = outside[1:]
    previous: _Token | None = None
    for token in outside:
        unary = previous is None or (previous.kind == tokenize.OP and previous.text not in _CLOSING)
        if token.kind == tokenize.OP and token.text in _OPERATORS and not (unary and token.text in _UNARY):
            return True
        if token.text in _OPERATOR_WORDS and token.kind == tokenize.NAME and previous is not None:
            return True
        if token.text == "." and previous is not None and previous.text in _CLOSING:
            return True
        if token.kind == tokenize.STRING and previous is not None and previous.kind == tokenize.STRING:
            return True
        previous = token
    return False


def _comprehension_starts(tokens: list[_Token], depth: int) -> bool:
    """True when the tokens are the body of a comprehension (an element, then ``for``)."""
    return any(t.depth == depth and t.text == "for" and t.kind == tokenize.NAME for t in tokens[1:])


def _comprehension(indent: int, text: str, tokens: list[_Token]) -> str:
    """The body of a comprehension, one clause per line (``x``, ``for x in y``, ``if x``), as black splits it.

    Left on one line when it holds a conditional expression, a lambda or an ``async for``.
    """
    if any(t.depth == 0 and t.text in ("else", "async", "lambda") for t in tokens):
        return text
    return _clauses(indent, text, tokens, ("for", "if"))


def _is_conditional(tokens: list[_Token]) -> bool:
    """True for a conditional expression (``a if b else c``) and nothing around it."""
    outside = [t.text for t in tokens if t.depth == 0 and t.kind in (tokenize.NAME, tokenize.OP)]
    words = [word for word in outside if word in ("if", "else", "for", "lambda", "=", ":", ",", ":=")]
    # A statement (``return a if b else c``) or a leading ``not``/``await`` is not handled.
    statement = keyword.iskeyword(tokens[0].text) and tokens[0].text not in ("None", "True", "False")
    return words == ["if", "else"] and not statement


def _clauses(indent: int, text: str, tokens: list[_Token], keywords: tuple[str, ...]) -> str:
    """``text`` cut before each of its ``keywords`` outside brackets, one piece a line, each laid out."""
    cuts = [t.start for t in tokens[1:] if t.depth == 0 and t.text in keywords and t.kind == tokenize.NAME]
    pieces = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return f"\n{' ' * indent}".join(fit(indent, piece) for piece in pieces)
