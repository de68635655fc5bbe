"""Reading XML answers: one hardened parser, and the scalar readers the generated XML readers call.

Values arrive as element text; each reader turns it into its Python type or raises a
MalformedResponseError naming the element's path. lxml is imported with the first answer parsed.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any, Final, TypeVar

from ._deadline import check_deadline
from ._exceptions import MalformedResponseError
from ._lazy import LazyModule
from ._record import sensible_decimal
from ._request import MAX_RESPONSE_BYTES

if TYPE_CHECKING:
    from lxml import etree
else:  # imported with the first answer parsed: SDKs that only read JSON may not have lxml installed
    etree = LazyModule(globals(), "etree", "lxml.etree")

_V = TypeVar("_V")
_E = TypeVar("_E", bound=Enum)


#: Bodies larger than this are parsed a piece of this size at a time, checking the call's deadline between pieces.
PARSE_PIECE: Final = 256 * 1024
#: Bodies up to this size are parsed in one call: a fed parser costs ~15% more, and lxml parses a MiB in
#: about 10 ms, well inside any deadline's slack.
_PARSE_AT_ONCE: Final = 4 * PARSE_PIECE


def _new_parser() -> Any:
    # Hardened: no DTD loading, no entity expansion, no network access, no giant trees.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


@cache
def _xml_parser() -> Any:
    # lxml parsers may be shared between threads for fromstring(); a fed parser holds state and is never shared.
    return _new_parser()


def _parse_in_pieces(body: bytes) -> Any:
    """``etree.fromstring`` a piece at a time (lxml releases the GIL while it parses each one)."""
    parser = _new_parser()
    view = memoryview(body)
    for start in range(0, len(body), PARSE_PIECE):
        check_deadline()
        parser.feed(bytes(view[start : start + PARSE_PIECE]))
    return parser.close()


def parse_xml(body: bytes, http_status: int | None = None) -> Any:
    """Parse an XML body safely into its root element; anything odd raises MalformedResponseError.

    Documents that declare a DOCTYPE at all are refused (XXE and billion laughs need one).
    """
    if len(body) > MAX_RESPONSE_BYTES:
        raise MalformedResponseError("the response is larger than the SDK accepts", body=body, http_status=http_status)
    if not body or body.isspace():  # (strip() would copy a large body to find out)
        raise MalformedResponseError("the response body is empty", body=body, http_status=http_status)
    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        raise MalformedResponseError(
            "the response declares a DTD, which the SDK refuses", body=body, http_status=http_status
        )
    try:
        root = etree.fromstring(body, _xml_parser()) if len(body) <= _PARSE_AT_ONCE else _parse_in_pieces(body)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise MalformedResponseError(
            f"the response is not well-formed XML: {exc}", body=body, http_status=http_status
        ) from None
    # The byte scan above misses a DOCTYPE in UTF-16 or UTF-32; the parsed tree does not.
    docinfo: Any = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise MalformedResponseError(
            "the response declares a DTD, which the SDK refuses", body=body, http_status=http_status
        )
    return root


def shape_error(path: str, problem: str) -> MalformedResponseError:
    """An error about one value of a response that does not fit the documented shape."""
    return MalformedResponseError(f"{path}: {problem}")


def missing(path: str) -> MalformedResponseError:
    """A required element or key is absent from the response."""
    return shape_error(path, "is missing from the response")


def missing_field(path: str, *fields: tuple[str, object]) -> MalformedResponseError:
    """``missing`` for the first of a record's required ``(wire name, value)`` pairs whose value is None.

    Readers check a record's required fields in one condition and call this only when it fails.
    """
    name = next(name for name, value in fields if value is None)
    return missing(f"{path}/{name}")


def _at(path: str, name: str | None) -> str:
    # Readers pass the record's path and the element's name, joined here only for an error.
    return path if name is None else f"{path}/{name}"


_INTEGER: Final = re.compile(r"[+-]?[0-9]+", re.ASCII)
_DECIMAL: Final = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?", re.ASCII)


def read_text(element: Any, path: str, name: str, allow_empty: bool = False) -> str:
    """A required string element's text. One that holds elements, or (unless ``allow_empty``: an XSD
    string may be empty) is empty or blank, is malformed: a record of empty strings passes for data."""
    text: str | None = element.text
    if len(element):
        raise shape_error(_at(path, name), "holds elements where text belongs")
    if not text or text.isspace():
        if allow_empty:
            return text or ""
        raise shape_error(_at(path, name), "is empty")
    return text


def read_int(text: str | None, path: str, name: str | None = None) -> int | None:
    """An integer, or None for an empty value; errors name ``path/name`` (``path`` without a name)."""
    # The common cases first: a short run of ASCII digits, perhaps after a minus, nothing around it
    # (isdigit alone would take "²").
    if text and len(text) <= 40 and text.isascii() and (text.isdigit() or (text[0] == "-" and text[1:].isdigit())):
        return int(text)
    if text is None or not text.strip():
        return None
    # int() alone would also accept "4_4" and non-ASCII digits.
    stripped = text.strip()
    if _INTEGER.fullmatch(stripped) is None or len(stripped) > 40:
        raise shape_error(_at(path, name), "is not an integer")
    return int(stripped)


def read_decimal(text: str | None, path: str, name: str | None = None) -> Decimal | None:
    """A decimal, or None for an empty value."""
    # The common case first: ASCII digits with at most one point, nothing around them (in range, being short).
    if text and len(text) <= 60 and text.isascii() and text.replace(".", "", 1).isdigit():
        return Decimal(text)
    if text is None:
        return None
    stripped = text.strip()
    if not stripped:
        return None
    # Decimal() alone would also accept "1_0", "NaN" and non-ASCII digits.
    if _DECIMAL.fullmatch(stripped) is None or len(stripped) > 60:
        raise shape_error(_at(path, name), "is not a decimal number")
    value = Decimal(stripped)
    if not sensible_decimal(value):
        raise shape_error(_at(path, name), "is out of range")
    return value


#: Spellings of true and false every reader accepts (in any case); a carrier may add its own.
TRUE_WORDS: Final = frozenset({"true", "1", "yes"})
FALSE_WORDS: Final = frozenset({"false", "0", "no"})
#: The usual spellings of those words, as ``read_bool`` reads them: the scanners look a value up here
#: before calling it (a call per value costs ~5x the lookup).
BOOLEAN_WORDS: Final = {
    spelling: value
    for words, value in ((TRUE_WORDS, True), (FALSE_WORDS, False))
    for word in words
    for spelling in (word, word.upper(), word.capitalize())
}


def read_bool(
    text: str | None, path: str, name: str | None = None, *, spelled: tuple[str, str] | None = None
) -> bool | None:
    """A boolean, or None for an empty value; ``spelled`` is the carrier's own (true, false) pair."""
    if text is None:
        return None
    lowered = text.strip().lower()
    if not lowered:
        return None
    if lowered in TRUE_WORDS or (spelled is not None and lowered == spelled[0].lower()):
        return True
    if lowered in FALSE_WORDS or (spelled is not None and lowered == spelled[1].lower()):
        return False
    raise shape_error(_at(path, name), "is not a boolean")


def read_date(text: str | None, fmt: str, path: str, name: str | None = None) -> _dt.date | None:
    """A date, or None for an empty value."""
    if text is None or not text.strip():
        return None
    try:
        return _dt.datetime.strptime(text.strip(), fmt).date()
    except ValueError:
        raise shape_error(_at(path, name), "is not a date") from None


def read_datetime(text: str | None, fmt: str, path: str, name: str | None = None) -> _dt.datetime | None:
    """A datetime, or None for an empty value."""
    if text is None or not text.strip():
        return None
    try:
        return _dt.datetime.strptime(text.strip(), fmt)
    except ValueError:
        raise shape_error(_at(path, name), "is not a date and time") from None


def read_enum(text: str | None, allowed: frozenset[Any], path: str, name: str | None = None) -> Any:
    """A value of a closed set; an unknown value is a shape error, not a silent string."""
    value = (text or "").strip()
    if value not in allowed:
        raise shape_error(_at(path, name), f"{value!r} is not one of {', '.join(sorted(map(str, allowed)))}")
    return value


def read_enum_class(text: str | None, cls: type[_E], path: str, name: str | None = None) -> _E:
    """A member of an Enum class by its wire value; an unknown value is a shape error."""
    value = (text or "").strip()
    # The table Enum's own lookup starts with, without the two Python frames of cls(value) (a quarter
    # of a record's reading time); cls(value) still decides what the table lacks (``_missing_``).
    member = cls._value2member_map_.get(value)
    if member is not None:
        return member  # type: ignore[return-value]  # typeshed types the table's members as Enum
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(str(member.value) for member in cls)
        raise shape_error(_at(path, name), f"{value!r} is not one of {allowed}") from None


def read_open_enum(text: str | None, cls: type[_E]) -> _E | str:
    """A member of an open Enum by its wire value, or the text itself for a value it does not list."""
    value = (text or "").strip()
    member = cls._value2member_map_.get(value)
    if member is not None:
        return member  # type: ignore[return-value]  # as in read_enum_class
    try:
        return cls(value)
    except ValueError:
        return value


def split_csv(text: str | None) -> list[str]:
    """The items of a comma-separated value."""
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def read_items(element: Any, tag: str, read: Callable[[Any, str], _V], path: str) -> tuple[_V, ...]:
    """The records of a list's wrapper element: each child named ``tag``, read by ``read`` (others ignored).

    Every item is read at the same ``path`` (the wrapper's path and the item's name), joined once.
    """
    return tuple([read(item, path) for item in element if item.tag == tag])


def required(value: _V | None, path: str) -> _V:
    """``value`` itself; a shape error when it is None."""
    if value is None:
        raise missing(path)
    return value


def expect_root(root: Any, tag: str, body: bytes) -> Any:
    """Check the document element's name."""
    if root.tag != tag:
        raise MalformedResponseError(f"expected a <{tag}> document, got <{root.tag}>", body=body)
    return root
