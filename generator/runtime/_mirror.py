"""JSON answers that mirror an XML tree: an enveloped carrier's two output formats carry one tree.

VoiceMeUp writes its JSON answers as its XML answers read: a list is ``{"call": [...]}`` (or the one
item alone, ``{"call": {...}}``), a number may come as its text, and ``""`` or ``null`` stand where
the XML form has an empty element. The generated JSON readers of such a carrier read a record
with these helpers (``mirror_*``, beside the ``json_*`` scalar readers), so that the typed result
is the one its XML reader gives for the same answer; ``ABSENT`` tells a missing key (a missing
element: None) from a null one (an empty element: ``""`` for a string).

The untyped side lives here too: ``element_data`` turns an XML element into the JSON form's tree
and ``stringified`` a decoded JSON tree into the XML form's strings, for payloads the spec does
not type.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final, Protocol, TypeVar

from ._deadline import check_deadline
from ._exceptions import MalformedResponseError
from ._xmlio import parse_xml, split_csv

_T = TypeVar("_T")
_T_co = TypeVar("_T_co", covariant=True)


class Wire(Protocol[_T_co]):
    """A record as msgspec decodes it from the JSON form (a Struct), and the record it stands for."""

    def unwrap(self) -> _T_co: ...


class _Absent:
    """The value of a key the answer does not have (``get(key, ABSENT)``)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Final = _Absent()
_EMPTY: Final[dict[str, Any]] = {}
#: How many values a reader walks between two looks at the call's deadline (a few milliseconds of work).
_STRETCH: Final = 4096


def _bad(value: Any, path: str, key: str, expected: str) -> MalformedResponseError:
    return MalformedResponseError(f"{path}.{key}: expected {expected}, got {type(value).__name__}")


def mirror_object(value: Any, path: str) -> dict[str, Any]:
    """A record's JSON object; ``""`` and null are an empty one (the XML form's empty element).

    Each record read looks at the call's deadline once: a large answer is many records.
    """
    check_deadline()
    if type(value) is dict:
        return value
    if value is None or value == "":
        return _EMPTY
    raise MalformedResponseError(f"{path}: expected an object, got {type(value).__name__}")


def mirror_str(value: Any, path: str, key: str) -> str | None:
    """A string as the XML form's element text: absent is None, null ``""``, a number or boolean its text."""
    if type(value) is str:
        return value
    if value is ABSENT:
        return None
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return str(value)
    raise _bad(value, path, key, "a string")


def mirror_record(value: Any, path: str, key: str, reader: Callable[[Any, str], _T]) -> _T | None:
    """A nested record read by ``reader``; absent is None (``""`` and null are an empty record)."""
    if value is ABSENT:
        return None
    return reader(value, f"{path}.{key}")


def mirror_csv(value: Any, path: str, key: str, convert: Callable[[Any], _T]) -> tuple[_T, ...] | None:
    """A comma-separated value converted item by item; absent is None, ``""`` and null no item."""
    if value is ABSENT:
        return None
    if value is None:
        return ()
    if isinstance(value, list):
        return tuple(convert(item) for item in value)
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return tuple(convert(part) for part in split_csv(str(value)))
    raise _bad(value, path, key, "a comma-separated string")


def mirror_list(value: Any, path: str, key: str, item: str | None = None) -> list[Any]:
    """The items of a list: those under ``item`` in the object at ``key`` (``{"call": [...]}``), or
    (``item`` None) the value itself; one item alone stands for a list of one. Absent, ``""`` and
    null are no item.
    """
    if item is not None:
        if value is ABSENT or value is None or value == "":
            return []
        if type(value) is not dict:
            got = type(value).__name__
            raise MalformedResponseError(f"{path}.{key}: expected an object holding {item!r}, got {got}")
        value = value.get(item)
    if value is ABSENT or value is None or value == "":
        return []
    return value if type(value) is list else [value]


def unwrap_all(value: Sequence[Wire[_T]] | Wire[_T]) -> tuple[_T, ...]:
    """The records a list of wire Structs (or one alone) stands for, looking at the call's deadline
    now and then (a large answer is many records)."""
    if not isinstance(value, Sequence):
        return (value.unwrap(),)
    if len(value) <= _STRETCH:
        return tuple(item.unwrap() for item in value)
    out: list[_T] = []
    for start in range(0, len(value), _STRETCH):
        check_deadline()
        out += [item.unwrap() for item in value[start : start + _STRETCH]]
    return tuple(out)


def one_or_many(value: list[_T] | _T) -> tuple[_T, ...]:
    """Values msgspec decoded as a list (or one alone) as the tuple the record holds."""
    if isinstance(value, list):
        return tuple(value)
    return (value,)


def stringified(value: Any) -> Any:
    """JSON scalars as the strings an XML answer would carry ("" for null, "1"/"0" for booleans)."""
    if isinstance(value, dict):
        check_deadline()  # once per object: a large answer has many, each of a few values
        return {key: stringified(item) for key, item in value.items()}
    if isinstance(value, list):
        if len(value) <= _STRETCH:
            return [stringified(item) for item in value]
        out: list[Any] = []
        for start in range(0, len(value), _STRETCH):
            check_deadline()
            out += [stringified(item) for item in value[start : start + _STRETCH]]
        return out
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return value if isinstance(value, str) else str(value)


def xml_to_data(body: bytes, http_status: int | None) -> dict[str, Any]:
    """An XML answer as the JSON form's tree, the document element dropped."""
    data = element_data(parse_xml(body, http_status))
    return data if isinstance(data, dict) else {}


def element_data(element: Any) -> Any:
    """An XML element as the JSON form's tree.

    Attributes and child elements become keys, repeated children a list, an element's own text
    beside attributes ``_content``; an element with neither is its text.
    """
    text = (element.text or "").strip()
    if not len(element) and not element.attrib:
        return text
    check_deadline()  # once per element with children or attributes: leaves are most of a large answer
    data: dict[str, Any] = dict(element.attrib)
    for index, child in enumerate(element):
        if index % _STRETCH == _STRETCH - 1:
            check_deadline()
        add_child(data, child.tag, element_data(child))
    if text:
        data["_content"] = text
    return data


def add_child(data: dict[str, Any], tag: Any, value: Any) -> None:
    """Put a child element's ``value`` under its tag: a second one makes a list."""
    previous = data.get(tag, ABSENT)
    if previous is ABSENT:
        data[tag] = value
    elif type(previous) is list:
        previous.append(value)  # in place: copying the list per repeat made big answers quadratic
    else:
        data[tag] = [previous, value]  # attribute values and elements are never lists
