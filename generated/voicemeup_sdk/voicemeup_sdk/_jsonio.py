"""Reading JSON answers: msgspec decoding, and the tolerant scalar readers generated readers call.

A body is first decoded by msgspec straight into the dataclasses (lax mode turns "60" into 60).
When the carrier sends something msgspec will not take ("" for a number, a number for a
string), the generated reader takes over: it accepts the carrier's loose spellings and names the
JSON path of anything it cannot read. Either way a large body is decoded a piece at a time, the
call's deadline checked between pieces (``load_json`` untyped, ``decode_typed`` into the types).
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, TypeVar

from ._deadline import check_deadline
from ._exceptions import MalformedResponseError
from ._lazy import LazyModule
from ._record import sensible_decimal
from ._request import MAX_RESPONSE_BYTES
from ._xmlio import FALSE_WORDS, PARSE_PIECE, TRUE_WORDS, split_csv

if TYPE_CHECKING:
    import msgspec
else:  # imported with the first answer read, not with the SDK (msgspec's own import is its largest share)
    msgspec = LazyModule(globals(), "msgspec", "msgspec")

_T = TypeVar("_T")
_INTEGER: Final = re.compile(r"[+-]?[0-9]+", re.ASCII)
_DECIMAL: Final = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?", re.ASCII)
#: MySQL's "zero date", which carriers send for a date that was never set.
_ZERO_DATE: Final = re.compile(r"0000-00-00(?:[ T]00:00:00)?", re.ASCII)
#: Carrier formats whose exact shape ``fromisoformat`` reads as ``strptime`` would.
_ISO_SHAPES: Final = {
    "%Y-%m-%d": re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII),
    "%Y-%m-%d %H:%M:%S": re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}", re.ASCII),
    "%Y-%m-%dT%H:%M:%S": re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}", re.ASCII),
}
_UNSET_DATES: Final = (b'""', b'"0000-00-00"', b'"0000-00-00 00:00:00"', b'"0000-00-00T00:00:00"')
#: A typed decode holds the GIL ~35 ms a MiB; up to this size one call is the fastest way (a large
#: answer is split into pieces of ``PARSE_PIECE``, checking the deadline between them).
_TYPED_AT_ONCE: Final = 4 * PARSE_PIECE


@functools.cache
def _untyped() -> msgspec.json.Decoder[Any]:
    return msgspec.json.Decoder()


@functools.cache
def _raw_object() -> msgspec.json.Decoder[dict[str, msgspec.Raw]]:
    return msgspec.json.Decoder(dict[str, msgspec.Raw])


@functools.cache
def _raw_array() -> msgspec.json.Decoder[list[msgspec.Raw]]:
    return msgspec.json.Decoder(list[msgspec.Raw])


def load_json(body: bytes, http_status: int | None, empty: dict[str, Any] | None = None) -> dict[str, Any]:
    """The JSON object of a body; ``empty`` stands in for an empty body when the carrier allows one."""
    if len(body) > MAX_RESPONSE_BYTES:
        raise MalformedResponseError("the response is larger than the SDK accepts", body=body, http_status=http_status)
    if not body.strip():
        if empty is not None:
            return dict(empty)
        raise MalformedResponseError("the response body is empty", body=body, http_status=http_status)
    try:
        data = _untyped().decode(body) if len(body) <= PARSE_PIECE else _decode_in_pieces(body)
    except msgspec.DecodeError as exc:
        raise MalformedResponseError(
            f"the response is not valid JSON: {exc}", body=body, http_status=http_status
        ) from None
    except RecursionError:  # msgspec's answer to nesting thousands deep
        raise MalformedResponseError("the response nests too deep", body=body, http_status=http_status) from None
    if not isinstance(data, dict):
        raise MalformedResponseError(
            f"expected a JSON object, got {type(data).__name__}", body=body, http_status=http_status
        )
    return data


def _decode_in_pieces(data: bytes | msgspec.Raw) -> Any:
    """A large document decoded a piece at a time, checking the call's deadline between pieces.

    One msgspec call over 32 MiB holds the GIL (and the deadline) for a third of a second; skipping
    over a value (``msgspec.Raw``) costs a tenth of decoding it, so objects and arrays are split into
    their members and the members decoded in batches of about ``PARSE_PIECE`` bytes.
    """
    check_deadline()
    if len(data) <= PARSE_PIECE:
        return _untyped().decode(data)
    first = bytes(memoryview(data)[:64]).lstrip()[:1]
    if first == b"{":
        return {key: _decode_in_pieces(value) for key, value in _raw_object().decode(data).items()}
    if first != b"[":
        return _untyped().decode(data)  # one huge string or number: nothing to split
    return _in_batches(data, _untyped().decode, _decode_in_pieces, PARSE_PIECE)


def _in_batches(
    data: bytes | msgspec.Raw,
    batch: Callable[[bytes], list[Any]],
    alone: Callable[[msgspec.Raw], Any],
    large: int,
) -> list[Any]:
    """A JSON array's items, decoded by ``batch`` (a JSON array of them) about ``PARSE_PIECE`` bytes at a
    time, the call's deadline checked between batches; an item over ``large`` bytes by ``alone``."""
    raws: list[msgspec.Raw] = _raw_array().decode(data)
    if raws and max(map(len, raws)) <= large:
        # No item needs decoding alone: batches of as many items as fit PARSE_PIECE on average
        # (a loop over 50,000 small items would cost more than decoding them).
        step = max(1, PARSE_PIECE * len(raws) // len(data))
        items: list[Any] = []
        for start in range(0, len(raws), step):
            check_deadline()
            items += batch(b"[" + b",".join(raws[start : start + step]) + b"]")
        return items
    items = []
    pending: list[msgspec.Raw] = []
    size = 0
    for item in [*raws, None]:
        if pending and (item is None or size + len(item) > PARSE_PIECE):
            check_deadline()
            items += batch(b"[" + b",".join(pending) + b"]")
            pending, size = [], 0
        if item is not None and len(item) > large:
            items.append(alone(item))
        elif item is not None:
            pending.append(item)
            size += len(item) + 1
    return items


# Decoders are built on first use: inspecting 100+ envelope types would slow the import.
_DECODERS: Final[dict[Any, msgspec.json.Decoder[Any]]] = {}
_FIELDS: Final[dict[type, tuple[msgspec.structs.FieldInfo, ...]]] = {}


def _decoder(target: Any) -> msgspec.json.Decoder[Any]:
    decoder = _DECODERS.get(target)
    if decoder is None:
        decoder = _DECODERS[target] = msgspec.json.Decoder(target, strict=False)
    return decoder


def decode_fast(body: bytes, target: type[_T], dates: tuple[str, ...] = ()) -> _T | None:
    """``body`` decoded straight into ``target``, or None when only the tolerant reader can read it.

    ``dates`` are the keys that hold only dates in ``target``: an unset one ("", "0000-00-00"),
    which msgspec refuses, is read as null on a second try instead of sending the whole body to
    the tolerant reader (VoIP.ms leaves most reseller dates unset).
    """
    if not body.strip() or len(body) > MAX_RESPONSE_BYTES:
        return None
    for attempt in (body, _clear_unset_dates(body, dates) if dates else body):
        try:
            result: _T = decode_typed(attempt, target)
        except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):
            if attempt is body and dates:
                continue
            return None  # the tolerant reader will say what is wrong
        return result
    return None


def decode_typed(data: bytes | msgspec.Raw, target: Any) -> Any:
    """``data`` decoded into ``target`` in lax mode, as one msgspec call would (its value, or its error).

    A document over ``_TYPED_AT_ONCE`` is decoded a piece at a time, checking the call's deadline
    between pieces: one typed call over 32 MiB holds the GIL (and the deadline) for a second. A Struct
    is split into its members, each decoded into its field's type; a list into its items, decoded in
    batches of about ``PARSE_PIECE`` bytes (``list[X] | X`` and ``X | None`` by the arm the value's
    shape picks).
    """
    if len(data) <= _TYPED_AT_ONCE:
        return _decoder(target).decode(data)
    check_deadline()
    arm = _arm(target, bytes(memoryview(data)[:64]).lstrip()[:1])
    if arm is None:
        return _decoder(target).decode(data)  # a huge string, or a shape the type refuses: msgspec says which
    origin = typing.get_origin(arm)
    if origin is None:
        return decode_members(_raw_object().decode(data), arm)
    items = _decode_items(data, typing.get_args(arm)[0])
    return tuple(items) if origin is tuple else items


def _arm(target: Any, first: bytes) -> Any:
    """The Struct or variadic list type of ``target`` (or of its union) that a value opening with ``first`` is."""
    union = typing.get_origin(target) in (types.UnionType, typing.Union)
    for option in typing.get_args(target) if union else (target,):
        if first == b"{" and isinstance(option, type) and issubclass(option, msgspec.Struct):
            return option
        origin, args = typing.get_origin(option), typing.get_args(option)
        if first == b"[" and (origin is list or (origin is tuple and args[1:] == (...,))):
            return option
    return None


def _decode_items(data: bytes | msgspec.Raw, item: Any) -> list[Any]:
    """A JSON array's items decoded into ``item``, a batch of about ``PARSE_PIECE`` bytes at a time."""
    return _in_batches(data, _decoder(list[item]).decode, lambda raw: decode_typed(raw, item), _TYPED_AT_ONCE)


def struct_fields(target: type[Any]) -> tuple[msgspec.structs.FieldInfo, ...]:
    """The fields of the Struct ``target``, read once (``msgspec.structs.fields`` evaluates the annotations
    on every call: ~0.3 ms an envelope)."""
    fields = _FIELDS.get(target)
    if fields is None:
        fields = _FIELDS[target] = msgspec.structs.fields(typing.cast("type[msgspec.Struct]", target))
    return fields


def decode_members(members: Mapping[str, msgspec.Raw], target: type[_T]) -> _T:
    """The Struct ``target`` from the raw members of its JSON object, each decoded into its field's type
    (unknown ones skipped, absent ones left to their defaults), as msgspec decodes the whole object."""
    values: dict[str, Any] = {}
    for field in struct_fields(target):
        raw = members.get(field.encode_name)
        if raw is not None:
            values[field.name] = decode_typed(raw, field.type)
    try:
        return target(**values)
    except (TypeError, ValueError) as exc:  # a required member is missing, or __post_init__ refused a value
        raise msgspec.ValidationError(str(exc)) from None


def raw_members(body: bytes) -> dict[str, msgspec.Raw] | None:
    """The members of the JSON object ``body`` is, undecoded; None when it is not one msgspec can split
    (``load_json`` says why)."""
    if not body.strip() or len(body) > MAX_RESPONSE_BYTES:
        return None
    try:
        return _raw_object().decode(body)
    except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):
        return None


def respelled(body: bytes, keys: tuple[str, ...], values: tuple[bytes, ...], replacement: bytes) -> bytes:
    """``"key":value`` as ``"key":replacement``, for each of ``keys`` and ``values`` (JSON texts).

    Only the spacing of the body's first key is matched, none or one space after the colon (what
    PHP's json_encode and Python's json.dumps write). The pattern cannot match inside a JSON
    string, where every quote is escaped.
    """
    # Each scan of a big body counts: the spacing is read off the first key.
    colon = b'": ' if body[body.find(b'":') + 2 : body.find(b'":') + 3] == b" " else b'":'
    for key in keys:
        check_deadline()
        name = b'"' + key.encode() + colon
        if name in body:
            for value in values:
                body = body.replace(name + value, name + replacement)
    return body


def _clear_unset_dates(body: bytes, keys: tuple[str, ...]) -> bytes:
    """``"key":""`` and ``"key":"0000-00-00"`` (and its datetime forms) as ``"key":null``; any other
    spacing than the first key's is left to the tolerant reader."""
    values = _UNSET_DATES if b'"0000-00-00' in body else _UNSET_DATES[:1]  # zero dates looked for once
    return respelled(body, keys, values, b"null")


def join_path(path: str, key: str) -> str:
    """``$.dids`` + ``pop`` -> ``$.dids.pop``."""
    return f"{path}.{key}"


def _bad(value: Any, path: str, key: str, expected: str) -> MalformedResponseError:
    return MalformedResponseError(f"{join_path(path, key)}: expected {expected}, got {type(value).__name__}")


def json_str(value: Any, path: str, key: str) -> str | None:
    """A string; numbers become their text."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise _bad(value, path, key, "a string")


def json_int(value: Any, path: str, key: str) -> int | None:
    """An integer, also from its decimal text; "" is None."""
    if value is None or value == "":
        return None
    if type(value) is str and value.isascii() and value.isdigit() and len(value) <= 40:
        return int(value)  # the common case first: VoIP.ms sends every number as its text
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _INTEGER.fullmatch(value.strip()) and len(value) <= 40:
        return int(value)
    raise _bad(value, path, key, "an integer")


def json_decimal(value: Any, path: str, key: str) -> Decimal | None:
    """A decimal from a number or its text; "" is None."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        result = Decimal(str(value))
    elif isinstance(value, str) and len(value) <= 60 and _DECIMAL.fullmatch(value.strip()):
        result = Decimal(value.strip())
    else:
        raise _bad(value, path, key, "a decimal number")
    if not sensible_decimal(result):
        raise _bad(value, path, key, "a finite number of sensible size")
    return result


def json_bool(value: Any, path: str, key: str, spelled: tuple[str, str] | None = None) -> bool | None:
    """A boolean; "" is None; ``spelled`` is the carrier's own (true, false) pair of words."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower() if isinstance(value, (str, int)) else None
    if text in TRUE_WORDS or (spelled is not None and text == spelled[0].lower()):
        return True
    if text in FALSE_WORDS or (spelled is not None and text == spelled[1].lower()):
        return False
    raise _bad(value, path, key, "a boolean")


def _unset_date(value: Any) -> bool:
    """True for "", blanks and the all-zero date ("0000-00-00", "0000-00-00 00:00:00"): no date is set."""
    if value is None:
        return True
    text = value.strip() if isinstance(value, str) else None
    return text is not None and (not text or _ZERO_DATE.fullmatch(text) is not None)


def json_date(value: Any, fmt: str, path: str, key: str) -> _dt.date | None:
    """A date in the carrier's format (or RFC 3339, as msgspec reads it); "" and "0000-00-00" are None."""
    if _unset_date(value):
        return None
    text = str(value).strip()
    try:
        if fmt in _ISO_SHAPES and _ISO_SHAPES[fmt].fullmatch(text):
            return _dt.date.fromisoformat(text)  # ~10x strptime; same result for this exact shape
        return _dt.datetime.strptime(text, fmt).date()
    except ValueError:
        pass
    try:
        # The msgspec fast path reads RFC 3339 dates whatever the format; the tolerant path must agree.
        return msgspec.convert(text, _dt.date)
    except msgspec.ValidationError:
        raise _bad(value, path, key, f"a date like {fmt}") from None


def json_datetime(value: Any, fmt: str, path: str, key: str) -> _dt.datetime | None:
    """A date and time in the carrier's format (or RFC 3339, as msgspec reads it); "" and zero dates are None."""
    if _unset_date(value):
        return None
    text = str(value).strip()
    try:
        if fmt in _ISO_SHAPES and _ISO_SHAPES[fmt].fullmatch(text):
            return _dt.datetime.fromisoformat(text)
        return _dt.datetime.strptime(text, fmt)
    except ValueError:
        pass
    try:
        return msgspec.convert(text, _dt.datetime)
    except msgspec.ValidationError:
        raise _bad(value, path, key, f"a date and time like {fmt}") from None


def json_enum(value: Any, allowed: frozenset[Any], path: str, key: str) -> Any:
    """A value of a closed set; "" is None, an unknown value is malformed."""
    if value is None or value == "":
        return None
    if isinstance(value, (str, int)) and not isinstance(value, bool) and value in allowed:
        return value
    if isinstance(value, str) and _INTEGER.fullmatch(value) and int(value) in allowed:
        return int(value)
    shown = ", ".join(sorted(map(str, allowed)))
    raise MalformedResponseError(f"{join_path(path, key)}: {value!r} is not one of {shown}")


def json_list(value: Any, path: str, key: str) -> list[Any]:
    """A JSON array; absent or "" is empty."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return value
    raise _bad(value, path, key, "an array")


def json_csv(value: Any, path: str, key: str, convert: Callable[[Any], _T]) -> tuple[_T, ...] | None:
    """A comma-separated value (or an array) converted item by item."""
    if value is None or value == "":
        return None
    if isinstance(value, list):
        return tuple(convert(item) for item in value)
    if isinstance(value, str):
        return tuple(convert(part) for part in split_csv(value))
    raise _bad(value, path, key, "a comma-separated string")


def json_record(value: Any, path: str, key: str, reader: Callable[[Any, str], _T]) -> _T | None:
    """A nested record read by ``reader``; absent or "" is None."""
    if value is None or value == "":
        return None
    return reader(value, join_path(path, key))


def json_object(value: Any, path: str) -> dict[str, Any]:
    """A record's JSON object; each record read looks at the call's deadline once (a large answer is many)."""
    check_deadline()
    if not isinstance(value, dict):
        raise MalformedResponseError(f"{path}: expected an object, got {type(value).__name__}")
    return value
