"""Reading XML answers: one hardened parser, and the scalar readers the generated XML readers call.

Values arrive as element text; each reader turns it into its Python type or raises a
MalformedResponseError naming the element's path. lxml is imported on first use.
"""

from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, Final, TypeVar

from ._deadline import check_deadline
from ._exceptions import MalformedResponseError
from ._request import MAX_RESPONSE_BYTES

_V = TypeVar("_V")
_E = TypeVar("_E", bound=Enum)


#: Bodies larger than this are parsed a piece of this size at a time, checking the call's deadline between pieces.
PARSE_PIECE: Final = 256 * 1024


def _new_parser() -> Any:
    # Imported on first use: SDKs that only read JSON may not have lxml installed.
    from lxml import etree

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
    from lxml import etree

    if len(body) > MAX_RESPONSE_BYTES:
        raise MalformedResponseError("the response is larger than the SDK accepts", body=body, http_status=http_status)
    if not body.strip():
        raise MalformedResponseError("the response body is empty", body=body, http_status=http_status)
    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        raise MalformedResponseError(
            "the response declares a DTD, which the SDK refuses", body=body, http_status=http_status
        )
    try:
        root = etree.fromstring(body, _xml_parser()) if len(body) <= PARSE_PIECE else _parse_in_pieces(body)
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


_INTEGER: Final = re.compile(r"[+-]?[0-9]+", re.ASCII)
_DECIMAL: Final = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?", re.ASCII)


def read_str(text: str | None) -> str:
    """Element text, empty when the element is empty."""
    return text or ""


def read_int(text: str | None, path: str) -> int | None:
    """An integer, or None for an empty value."""
    if text is None:
        return None
    if text.isdigit() and text.isascii() and len(text) <= 40:
        return int(text)  # the common case first: plain digits, as most answers write them
    if not text.strip():
        return None
    # int() alone would also accept "4_4" and non-ASCII digits.
    stripped = text.strip()
    if _INTEGER.fullmatch(stripped) is None or len(stripped) > 40:
        raise shape_error(path, "is not an integer")
    return int(stripped)


def read_decimal(text: str | None, path: str) -> Decimal | None:
    """A decimal, or None for an empty value."""
    if text is None or not text.strip():
        return None
    stripped = text.strip()
    if _DECIMAL.fullmatch(stripped) is None or len(stripped) > 60:
        raise shape_error(path, "is not a decimal number")
    value = Decimal(stripped)
    if not value.is_finite() or abs(value.adjusted()) > 100:
        raise shape_error(path, "is out of range")
    return value


#: Spellings of true and false every reader accepts (in any case); a carrier may add its own.
TRUE_WORDS: Final = frozenset({"true", "1", "yes"})
FALSE_WORDS: Final = frozenset({"false", "0", "no"})


def read_bool(text: str | None, path: str, spelled: tuple[str, str] | None = None) -> bool | None:
    """A boolean, or None for an empty value; ``spelled`` is the carrier's own (true, false) pair."""
    if text is None or not text.strip():
        return None
    lowered = text.strip().lower()
    if lowered in TRUE_WORDS or (spelled is not None and lowered == spelled[0].lower()):
        return True
    if lowered in FALSE_WORDS or (spelled is not None and lowered == spelled[1].lower()):
        return False
    raise shape_error(path, "is not a boolean")


def read_date(text: str | None, fmt: str, path: str) -> _dt.date | None:
    """A date, or None for an empty value."""
    if text is None or not text.strip():
        return None
    try:
        return _dt.datetime.strptime(text.strip(), fmt).date()
    except ValueError:
        raise shape_error(path, "is not a date") from None


def read_datetime(text: str | None, fmt: str, path: str) -> _dt.datetime | None:
    """A datetime, or None for an empty value."""
    if text is None or not text.strip():
        return None
    try:
        return _dt.datetime.strptime(text.strip(), fmt)
    except ValueError:
        raise shape_error(path, "is not a date and time") from None


def read_enum(text: str | None, allowed: frozenset[Any], path: str) -> Any:
    """A value of a closed set; an unknown value is a shape error, not a silent string."""
    value = (text or "").strip()
    if value not in allowed:
        raise shape_error(path, f"{value!r} is not one of {', '.join(sorted(map(str, allowed)))}")
    return value


def read_enum_class(text: str | None, cls: type[_E], path: str) -> _E:
    """A member of an Enum class by its wire value; an unknown value is a shape error."""
    value = (text or "").strip()
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(str(member.value) for member in cls)
        raise shape_error(path, f"{value!r} is not one of {allowed}") from None


def read_open_enum(text: str | None, cls: type[_E]) -> _E | str:
    """A member of an open Enum by its wire value, or the text itself for a value it does not list."""
    value = (text or "").strip()
    try:
        return cls(value)
    except ValueError:
        return value


def split_csv(text: str | None) -> list[str]:
    """The items of a comma-separated value."""
    return [part.strip() for part in (text or "").split(",") if part.strip()]


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
