"""Argument checks shared by every generated check function: each appends ``(path, message)``.

String values are never echoed in messages: a string may be a password.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, Final

from ._exceptions import FieldError, ValidationError

#: Where checks collect what is wrong: (path, message) pairs.
Problems = list[tuple[str, str]]


def raise_problems(problems: Problems) -> None:
    """Raise one ValidationError naming every bad argument, if there is any."""
    if problems:
        raise ValidationError(tuple(FieldError(path, message) for path, message in problems))


# A signed 64-bit integer: the widest an integer argument may be (the spec may narrow it).
_INT64_MIN: Final = -(2**63)
_INT64_MAX: Final = 2**63 - 1
_UNSENDABLE: Final = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ud800-\\udfff\\ufffe\\uffff]")
_KINDS: Final[Mapping[str, tuple[Callable[[Any], bool], str]]] = {
    "string": (lambda v: isinstance(v, str), "must be a string"),
    "integer": (lambda v: isinstance(v, int) and not isinstance(v, bool), "must be an integer"),
    "decimal": (lambda v: isinstance(v, (Decimal, int)) and not isinstance(v, bool), "must be a Decimal or an integer"),
    "boolean": (lambda v: isinstance(v, bool), "must be True or False"),
    "date": (lambda v: isinstance(v, _dt.date) and not isinstance(v, _dt.datetime), "must be a datetime.date"),
    "datetime": (lambda v: isinstance(v, _dt.datetime), "must be a datetime.datetime"),
    "file": (lambda v: isinstance(v, (bytes, bytearray)), "must be bytes"),
}


def check_scalar(
    problems: list[tuple[str, str]],
    value: Any,
    path: str,
    kind: str,
    *,
    required: bool = False,
    allowed: frozenset[Any] | None = None,
    min_length: int | None = None,
    max_length: int | None = None,
    minimum: int | float | None = None,
    maximum: int | float | None = None,
    pattern: re.Pattern[str] | None = None,
    messages: Mapping[str, str] | None = None,
) -> None:
    """Append every problem of one scalar argument; the spec's own wording wins where it has one.

    String values are never echoed: a string may be a password.
    """
    say = messages or {}
    if value is None:
        if required:
            problems.append((path, say.get("required", "is required")))
        return
    if allowed is not None:
        if not isinstance(value, (str, int, Enum)) or isinstance(value, bool) or value not in allowed:
            # An Enum's members are allowed beside their values: name each wire value once.
            shown = ", ".join(sorted({str(v.value if isinstance(v, Enum) else v) for v in allowed}))
            problems.append((path, say.get("enum", f"must be one of {shown} (got {value!r})")))
        return
    accepts, noun = _KINDS[kind]
    if not accepts(value):
        problems.append((path, say.get("type", noun)))
        return
    if kind == "string":
        if _UNSENDABLE.search(value) is not None:
            problems.append((path, "contains control characters or unpaired surrogates, which cannot be sent"))
        if min_length is not None and len(value) < min_length:
            default = "must not be empty" if min_length == 1 else f"must have at least {min_length} characters"
            problems.append((path, say.get("length", default)))
        if max_length is not None and len(value) > max_length:
            problems.append((path, say.get("length", f"must be at most {max_length} characters (got {len(value)})")))
        if pattern is not None and pattern.search(value) is None:
            shown = pattern.pattern[:-2] + "$" if pattern.pattern.endswith("\\Z") else pattern.pattern
            problems.append((path, say.get("pattern", f"must match {shown}")))
    elif kind in ("integer", "decimal"):
        if isinstance(value, Decimal) and not value.is_finite():
            # NaN and infinities compare with nothing a carrier accepts (and NaN raises on comparing).
            problems.append((path, say.get("type", "must be a finite number")))
            return
        if kind == "integer":
            # No carrier keeps more than a signed 64-bit integer: that is every integer's widest range.
            minimum = _INT64_MIN if minimum is None else minimum
            maximum = _INT64_MAX if maximum is None else maximum
        if minimum is not None and value < minimum:
            problems.append((path, say.get("range", f"must be at least {minimum} (got {value!r})")))
        if maximum is not None and value > maximum:
            problems.append((path, say.get("range", f"must be at most {maximum} (got {value!r})")))


def check_list(
    problems: list[tuple[str, str]],
    value: Any,
    path: str,
    kind: str,
    *,
    required: bool = False,
    min_items: int | None = None,
    max_items: int | None = None,
    allowed: frozenset[Any] | None = None,
    pattern: re.Pattern[str] | None = None,
    messages: Mapping[str, str] | None = None,
) -> None:
    """Append every problem of a list of scalars, then of each item (at ``path[index]``) as ``check_scalar`` does.

    A string item must not contain a comma either: where a list is sent comma-separated, it would
    turn into two items.
    """
    say = messages or {}
    if value is None:
        if required:
            problems.append((path, say.get("required", "is required")))
        return
    # A string is a sequence of characters: accepting one here would send each letter as an item.
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        problems.append((path, say.get("type", "must be a list or tuple")))
        return
    if min_items is not None and len(value) < min_items:
        default = "must not be empty" if min_items == 1 else f"must have at least {min_items} items"
        problems.append((path, say.get("items", default)))
    if max_items is not None and len(value) > max_items:
        problems.append((path, say.get("items", f"must have at most {max_items} items (got {len(value)})")))
    for index, item in enumerate(value):
        item_path = f"{path}[{index}]"
        if item is None:
            problems.append((item_path, "must not be None"))
            continue
        check_scalar(problems, item, item_path, kind, allowed=allowed, pattern=pattern, messages=say)
        if kind == "string" and isinstance(item, str) and "," in item:
            problems.append((item_path, "must not contain a comma"))


def check_encodable(problems: list[tuple[str, str]], value: Any, path: str, encode: Callable[[Any], str]) -> None:
    """Append a problem when a free-form value cannot be encoded for the wire (JSON or PHP)."""
    if value is None:
        return
    try:
        encode(value)
    except (TypeError, ValueError, RecursionError):
        problems.append((path, "must be plain data: dicts, lists, strings, numbers, booleans or None"))
