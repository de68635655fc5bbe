"""What a fake carrier knows of a spec: the shapes of operations, parameters and records, as tables.

Each SDK's ``testing/_tables.py`` is rendered from the spec into these records; the fake engine
(``_fake``) reads requests and writes answers through them, so nothing here names a carrier.

Values inside the fake are *trees*: dicts keyed by wire names, lists, and Python scalars
(``str``, ``int``, ``Decimal``, ``bool``, ``date``, ``datetime``, ``bytes``). ``read_value`` turns
wire text into a tree value; ``text_of`` spells a scalar as the carrier does; ``sample_tree``
invents a plausible, deterministic answer where the state model gives none.
"""

from __future__ import annotations

import datetime as _dt
import json
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, Final

#: The SOAP 1.1 envelope namespace (``_soap`` is only copied into SOAP SDKs; the fake reads SOAP in any).
SOAP_ENV: Final = "http://schemas.xmlsoap.org/soap/envelope/"

#: Scalar kinds a field may have (besides ``enum`` and ``record``).
SCALARS: Final = frozenset({"string", "integer", "decimal", "boolean", "date", "datetime", "file", "json"})


@dataclass(frozen=True, slots=True)
class Shape:
    """One parameter or record field on the wire.

    ``kind`` is a scalar kind, ``enum`` (``values`` lists the wire values; ``open`` accepts any
    text) or ``record`` (``record`` names it); ``container`` is ``list`` (repeated elements or a
    JSON array), ``csv`` (one comma-separated text) or ``None``.
    """

    wire: str
    python: str
    kind: str
    container: str | None = None
    record: str | None = None
    values: tuple[str | int, ...] = ()
    open: bool = False
    required: bool = False
    location: str | None = None
    xml_item: str | None = None
    booleans: tuple[str, str] | None = None
    encoding: str | None = None
    sample: str | None = None


@dataclass(frozen=True, slots=True)
class Record:
    """A record type: its fields, and the SDK's model class requests are parsed back into."""

    name: str
    fields: tuple[Shape, ...]
    model: Callable[..., Any] | None = None


@dataclass(frozen=True, slots=True)
class Op:
    """One wire operation as the fake routes, checks and answers it.

    ``build`` is the SDK's own request builder: the fake calls it with the arguments it read off
    the wire, so a request is checked by exactly the validators the SDK runs before sending.
    """

    wire: str
    python: str
    method: str
    path: str
    build: Callable[..., Any]
    fixed_query: tuple[tuple[str, str], ...] = ()
    body: str | None = None
    xml_root: str | None = None
    params: tuple[Shape, ...] = ()
    response: Shape | None = None
    response_root: str | None = None
    success_status: int = 200
    mutates: bool = False
    query_in_body: bool = False


@dataclass(frozen=True, slots=True)
class Spelling:
    """How the carrier spells scalars: booleans (true, false) and the date and datetime formats."""

    booleans: tuple[str, str] = ("true", "false")
    date_format: str = "%Y-%m-%d"
    datetime_format: str = "%Y-%m-%d %H:%M:%S"


class BadValue(ValueError):
    """A wire text that is not a value of its field's kind."""


def read_scalar(shape: Shape, text: Any, spelling: Spelling) -> Any:
    """One wire value (text, or JSON data, or bytes for a file) as its Python value."""
    kind = shape.kind
    if kind == "file":
        return text if isinstance(text, bytes) else str(text).encode("utf-8")
    if kind == "json":
        return text
    if not isinstance(text, (str, int, float, bool)) or isinstance(text, float):
        if kind == "decimal" and isinstance(text, float):
            return Decimal(repr(text))
        raise BadValue(f"{shape.wire}: not a {kind}")
    text = str(text)
    try:
        if kind == "integer":
            if not text.strip().lstrip("-").isdigit():
                raise BadValue(f"{shape.wire}: not an integer")
            return int(text)
        if kind == "decimal":
            return Decimal(text)
        if kind == "boolean":
            true, false = shape.booleans or spelling.booleans
            lowered = text.lower()
            if lowered in (true.lower(), "true", "1"):
                return True
            if lowered in (false.lower(), "false", "0"):
                return False
            raise BadValue(f"{shape.wire}: not a boolean")
        if kind == "date":
            return _dt.datetime.strptime(text, spelling.date_format).date()
        if kind == "datetime":
            return _dt.datetime.strptime(text, spelling.datetime_format)
    except (ValueError, InvalidOperation):
        raise BadValue(f"{shape.wire}: not a {kind}") from None
    if kind == "enum" and all(isinstance(v, int) for v in shape.values) and shape.values and text.isdigit():
        return int(text)
    return text


def text_of(shape: Shape, value: Any, spelling: Spelling) -> str:
    """A Python scalar as the carrier spells it on the wire."""
    kind = type(value)
    if kind is str:
        return value  # type: ignore[no-any-return]
    if kind is int or kind is Decimal:
        return str(value)
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, bool):
        true, false = shape.booleans or spelling.booleans
        return true if value else false
    if isinstance(value, _dt.datetime):
        return value.strftime(spelling.datetime_format)
    if isinstance(value, _dt.date):
        return value.strftime(spelling.date_format)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, (dict, list)):
        return json.dumps(value, sort_keys=True, default=str)
    return str(value)


def to_model(record: Record, values: Mapping[str, Any]) -> Any:
    """A record read off the wire (wire-keyed) as the SDK's model, fields it lacks set to None.

    Left-out fields become None rather than a constructor error, so the SDK's checks report them
    as the carrier would (``items[0].quantity: is required``).
    """
    kwargs = {f.python: values.get(f.wire) for f in record.fields}
    if record.model is None:
        return kwargs
    try:
        return record.model(**kwargs)
    except (TypeError, ValueError):
        return kwargs


def from_model(record: Record, value: Any, records: Mapping[str, Record]) -> dict[str, Any]:
    """An SDK model (or a python-keyed dict) as a wire-keyed tree."""
    out: dict[str, Any] = {}
    for f in record.fields:
        item = value.get(f.python) if isinstance(value, Mapping) else getattr(value, f.python, None)
        if item is None:
            continue
        inner = records.get(f.record or "") if f.kind == "record" else None
        if inner is not None:
            out[f.wire] = (
                [from_model(inner, x, records) for x in item] if f.container else from_model(inner, item, records)
            )
        else:
            out[f.wire] = list(item) if f.container and isinstance(item, (list, tuple)) else item
    return out


class Sampler:
    """Plausible answers for a record where the state model says nothing: deterministic per seed."""

    def __init__(self, records: Mapping[str, Record], rng: random.Random) -> None:
        self._records = records
        self._rng = rng

    def value(self, shape: Shape, depth: int = 0) -> Any:
        """A value for one field (one item for a list, unless the nesting is deep)."""
        one = self._one(shape, depth)
        if shape.container is not None:
            return [] if one is None else [one]
        return one

    def _one(self, shape: Shape, depth: int) -> Any:
        kind = shape.kind
        if kind == "record":
            record = self._records.get(shape.record or "")
            if record is None or depth > 4:
                return None
            return self.tree(record, depth + 1)
        if kind == "enum":
            return shape.values[0] if shape.values else "x"
        if kind == "integer":
            return self._rng.randint(1, 999)
        if kind == "decimal":
            return Decimal(self._rng.randint(100, 9999)) / 100
        if kind == "boolean":
            return False
        if kind == "date":
            return _dt.date(2024, 1, 15)
        if kind == "datetime":
            return _dt.datetime(2024, 1, 15, 9, 30, 0)
        if kind == "json":
            return {}
        if kind == "file":
            return b"%PDF-1.4"
        if shape.sample is not None:
            return shape.sample
        return f"{shape.wire.lower()}-{self._rng.randint(1, 999)}"

    def tree(self, record: Record, depth: int = 0) -> dict[str, Any]:
        """Every field of a record, sampled (a list gets one item)."""
        out: dict[str, Any] = {}
        for f in record.fields:
            value = self.value(f, depth)
            if value is not None:
                out[f.wire] = value
        return out

    def complete(self, record: Record, tree: Mapping[str, Any], depth: int = 0) -> dict[str, Any]:
        """``tree`` with every required field it lacks sampled, records inside it completed too."""
        out = dict(tree)
        for f in record.fields:
            if f.wire not in out:
                if f.required:
                    out[f.wire] = self.value(f, depth)
                continue
            value = out[f.wire]
            if f.container == "list" and not isinstance(value, (list, tuple)):
                # A state model bug, not a carrier answer: say which field instead of writing garbage.
                raise TypeError(f"the state model answered {type(value).__name__} for the list field {f.wire!r}")
            inner = self._records.get(f.record or "") if f.kind == "record" else None
            if inner is None or depth > 8:
                continue
            if isinstance(value, list):
                out[f.wire] = [self.complete(inner, x, depth + 1) if isinstance(x, Mapping) else x for x in value]
            elif isinstance(value, Mapping):
                out[f.wire] = self.complete(inner, value, depth + 1)
        return out
