"""Typed records from data already decoded (a SOAP answer's Map), as ``decode_fast`` reads JSON text.

msgspec converts the answer's dicts and lists into the generated Structs in C, in lax mode (the
carrier's "1" for an integer), about 3x faster than the tolerant reader; anything it refuses goes to
that reader, which words the error. A long list is converted a batch at a time, checking the call's
deadline between batches, so a 32 MiB answer never holds the GIL in one call.
"""

from __future__ import annotations

import typing
from typing import TYPE_CHECKING, Any, Final, TypeVar

from ._deadline import check_deadline
from ._jsonio import struct_fields
from ._lazy import LazyModule

if TYPE_CHECKING:
    import msgspec
else:  # imported with the first answer read, not with the SDK
    msgspec = LazyModule(globals(), "msgspec", "msgspec")

_T = TypeVar("_T")

#: Items converted in one msgspec call (a thousand VoIP.ms DIDs take ~15 ms).
CONVERT_BATCH: Final = 1000
_UNSET_DATES: Final = frozenset({"", "0000-00-00", "0000-00-00 00:00:00", "0000-00-00T00:00:00"})


def convert_fast(data: dict[str, Any], target: type[_T], dates: tuple[str, ...] = ()) -> _T | None:
    """``data`` converted into the Struct ``target``, or None when only the tolerant reader can read it.

    ``dates`` are the keys that hold only dates: an unset one ("", "0000-00-00"), which msgspec
    refuses, is set to None for a second try (VoIP.ms leaves most reseller dates unset).
    """
    try:
        return _struct(data, target)
    except (msgspec.ValidationError, RecursionError):
        if not dates:
            return None
    _clear_unset_dates(data, dates)
    try:
        return _struct(data, target)
    except (msgspec.ValidationError, RecursionError):
        return None


def _struct(data: dict[str, Any], target: type[_T]) -> _T:
    """The envelope member by member, so that its long lists go in batches (as one call would convert it)."""
    values: dict[str, Any] = {}
    for field in struct_fields(target):
        if field.encode_name in data:
            values[field.name] = _value(data[field.encode_name], field.type)
    try:
        return target(**values)
    except TypeError as exc:  # a required member is missing
        raise msgspec.ValidationError(str(exc)) from None


def _value(value: Any, target: Any) -> Any:
    arm = _sequence_arm(target) if type(value) is list and len(value) > CONVERT_BATCH else None
    if arm is None:
        return msgspec.convert(value, target, strict=False)
    items = typing.cast(Any, list)[typing.get_args(arm)[0]]
    out: list[Any] = []
    for start in range(0, len(value), CONVERT_BATCH):
        check_deadline()
        out.extend(msgspec.convert(value[start : start + CONVERT_BATCH], items, strict=False))
    return tuple(out) if typing.get_origin(arm) is tuple else out


def _sequence_arm(target: Any) -> Any:
    """The ``list[X]`` or ``tuple[X, ...]`` that ``target`` is or has as a union arm; None for any other."""
    origin = typing.get_origin(target)
    for option in (target,) if origin in (list, tuple) else typing.get_args(target):
        origin, args = typing.get_origin(option), typing.get_args(option)
        if origin is list or (origin is tuple and args[1:] == (...,)):
            return option
    return None


def _clear_unset_dates(data: dict[str, Any], dates: tuple[str, ...]) -> None:
    """Each unset date under one of ``dates`` set to None in place, in the envelope and in the records of
    its lists (where VoIP.ms puts them; one deeper is left to the tolerant reader, which reads both as unset)."""
    _clear_record(data, dates)
    for member in data.values():
        if type(member) is list:
            for record in member:
                if type(record) is dict:
                    _clear_record(record, dates)


def _clear_record(record: dict[str, Any], dates: tuple[str, ...]) -> None:
    for key in dates:
        value = record.get(key)
        if type(value) is str and value in _UNSET_DATES:
            record[key] = None
