"""A bad argument, as the carrier answers it: the code its state model's templates name, with placeholders.

The SDK's own builder finds what is wrong (its ``ValidationError`` paths: ``items[1].quantity``);
this module finds the field's wire name, item position and value at that path, and the first of
the carrier's templates (``missing_{name}``, ``{name}_required``...) that names a documented code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from ._answers import Row
from ._exceptions import ValidationError
from ._fake_shapes import Op

if TYPE_CHECKING:
    from ._fake import FakeCarrier

_INDEX: Final = re.compile(r"\[(\d+)\]")
_PLACEHOLDER: Final = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

#: (documented code, or None where the carrier's errors are only text; placeholders; the SDK's message)
Problem = tuple[str | None, dict[str, str], str]


def first_problem(
    fake: FakeCarrier, op: Op, kwargs: dict[str, Any], unreadable: list[str], unsent: frozenset[str] = frozenset()
) -> Problem | None:
    """The first bad argument of a call: one that did not read, else the first the SDK's builder reports.

    ``unsent`` names the parameters the request's transport has no place for (REST-only ones over
    SOAP): what the builder says of them is not the caller's mistake.
    """
    if unreadable:
        return _code_for(fake, op, unreadable[0], kwargs, "malformed", "cannot be read")
    try:
        op.build(**kwargs)
    except ValidationError as exc:
        for error in exc.errors:
            if _INDEX.sub("", error.path.split(".")[0]) not in unsent:
                return _code_for(fake, op, error.path, kwargs, None, error.message)
    return None


def _code_for(fake: FakeCarrier, op: Op, path: str, kwargs: dict[str, Any], kind: str | None, message: str) -> Problem:
    state = fake.STATE
    wire, index, value = locate(fake, op, path, kwargs)
    placeholders = {"item": str(index + 1), "total": str(_total(kwargs, path)), "name": wire}
    if kind is None:
        kind = "missing" if value is None else "invalid"
    templates = {
        "missing": state.MISSING_CODES,
        "invalid": state.INVALID_CODES,
        "malformed": state.MALFORMED_CODES or state.INVALID_CODES,
    }[kind]
    candidates = [state.PARAM_CODES[wire]] if kind == "missing" and wire in state.PARAM_CODES else []
    for template in (*candidates, *templates):
        code = template.format(name=wire, lower=wire.lower())
        if documented_row(fake.ERROR_ROWS, op.wire, code) is not None:
            return code, placeholders, message
    if fake.format.codes_on_wire and templates:
        # Not in the spec's tables, but named as the carrier names its codes.
        return templates[0].format(name=wire, lower=wire.lower()), placeholders, message
    return None, placeholders, f"{wire} {message}"


def locate(fake: FakeCarrier, op: Op, path: str, kwargs: dict[str, Any]) -> tuple[str, int, Any]:
    """The wire name of the field a problem path ends at, its item index, and the value there."""
    parts = path.split(".")
    head = _INDEX.sub("", parts[0])
    shape = next((s for s in op.params if s.python == head), None)
    value: Any = kwargs.get(head)
    index = 0
    wire = shape.wire if shape is not None else head
    for depth, part in enumerate(parts):
        name = _INDEX.sub("", part)
        if depth:
            record = fake.RECORDS.get(shape.record or "") if shape is not None else None
            shape = next((f for f in record.fields if f.python == name), None) if record else None
            wire = shape.wire if shape is not None else name
            value = value.get(name) if isinstance(value, Mapping) else getattr(value, name, None)
        for found in _INDEX.findall(part):
            index = int(found)
            value = value[index] if isinstance(value, (list, tuple)) and index < len(value) else None
    return wire, index, value


def documented_row(rows: Mapping[str, tuple[Row, ...]], scope: str, code: str) -> Row | None:
    """The row of ``code``: the operation's own table first, then the provider's, then any other."""
    for name in (scope, "", *sorted(rows)):
        for row in rows.get(name, ()):
            if row[0] == code:
                return row
    return None


def fill(message: str, placeholders: Mapping[str, str]) -> str:
    """A documented message with its ``{placeholders}`` filled (an item position not known is 1)."""
    return _PLACEHOLDER.sub(
        lambda m: placeholders.get(m.group(1), "1" if m.group(1) in ("item", "total") else "x"), message
    )


def _total(kwargs: Mapping[str, Any], path: str) -> int:
    value = kwargs.get(_INDEX.sub("", path.split(".")[0]))
    return len(value) if isinstance(value, (list, tuple)) and value else 1
