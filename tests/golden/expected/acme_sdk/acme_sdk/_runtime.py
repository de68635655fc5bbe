"""Pure helpers shared by every operation of the Acme Numbers SDK: no I/O happens here."""

from __future__ import annotations

import datetime as _dt
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final
from urllib.parse import urlencode

from lxml import etree

from acme_sdk.errors import FieldError, MalformedResponseError, ValidationError

#: Responses larger than this are refused before parsing (bytes).
MAX_RESPONSE_BYTES: Final = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class PreparedRequest:
    """A validated request, ready for any transport."""

    operation: str
    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    content: bytes | None = None
    content_type: str | None = None
    mutates: bool = False


@dataclass(frozen=True, slots=True)
class ParamInfo:
    """How one keyword argument maps onto the wire."""

    wire_name: str
    python_name: str
    required: bool
    location: str


@dataclass(frozen=True, slots=True)
class OperationInfo:
    """Metadata of one wire operation, as listed in ``OPERATIONS``."""

    wire_name: str
    python_name: str
    http_method: str
    path: str
    params: tuple[ParamInfo, ...]
    mutates: bool
    success_status: tuple[int, ...]
    description: str


class Secret:
    """A credential that never shows itself in ``repr``, ``str`` or logs."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The credential itself, for the request that needs it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__


def raise_problems(problems: list[tuple[str, str]]) -> None:
    """Raise one ValidationError naming every bad argument, if there is any."""
    if problems:
        raise ValidationError(tuple(FieldError(path, message) for path, message in problems))


def encode_form(pairs: tuple[tuple[str, str], ...]) -> bytes:
    """An ``application/x-www-form-urlencoded`` body."""
    return urlencode(pairs).encode("ascii")


def encode_multipart(
    pairs: tuple[tuple[str, str], ...], files: tuple[tuple[str, bytes], ...], boundary: str | None = None
) -> tuple[bytes, str]:
    """A ``multipart/form-data`` body and its content type (always multipart, even without files)."""
    boundary = boundary or secrets.token_hex(16)
    out: list[bytes] = []
    for name, value in pairs:
        out.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{_quote(name)}"\r\n\r\n'.encode())
        out.append(value.encode("utf-8") + b"\r\n")
    for name, data in files:
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{_quote(name)}"; filename="{_quote(name)}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        )
        out.append(head.encode() + bytes(data) + b"\r\n")
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out), f"multipart/form-data; boundary={boundary}"


def _quote(name: str) -> str:
    return name.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "").replace("\n", "")


def xml_escape(text: str) -> str:
    """Escape text for an XML element body."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wire_date(value: _dt.date, fmt: str) -> str:
    """Format a date or datetime the way the carrier expects it."""
    return value.strftime(fmt)


def query_pairs(pairs: Iterable[tuple[str, str | None]]) -> tuple[tuple[str, str], ...]:
    """Drop the parameters that were not given."""
    return tuple((name, value) for name, value in pairs if value is not None)


# Hardened parser: no DTD loading, no entity expansion, no network, no giant trees. Documents
# that declare a DOCTYPE at all are refused before parsing (XXE and billion-laughs need one).
_PARSER: Final = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)


def parse_xml(body: bytes, http_status: int | None = None) -> Any:
    """Parse a response body safely into an element; anything odd raises MalformedResponseError."""
    if len(body) > MAX_RESPONSE_BYTES:
        raise MalformedResponseError("the response is larger than the SDK accepts", body=body, http_status=http_status)
    if not body.strip():
        raise MalformedResponseError("the response body is empty", body=body, http_status=http_status)
    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        raise MalformedResponseError(
            "the response declares a DTD, which the SDK refuses", body=body, http_status=http_status
        )
    try:
        root = etree.fromstring(body, _PARSER)
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


def expect_root(root: Any, tag: str, body: bytes) -> Any:
    """Check the document element's name."""
    if root.tag != tag:
        raise MalformedResponseError(f"expected a <{tag}> document, got <{root.tag}>", body=body)
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
    if text is None or not text.strip():
        return None
    # int() alone would also accept "4_4" and non-ASCII digits.
    stripped = text.strip()
    if _INTEGER.fullmatch(stripped) is None:
        raise shape_error(path, "is not an integer")
    return int(stripped)


def read_decimal(text: str | None, path: str) -> Decimal | None:
    """A decimal, or None for an empty value."""
    if text is None or not text.strip():
        return None
    stripped = text.strip()
    if _DECIMAL.fullmatch(stripped) is None:
        raise shape_error(path, "is not a decimal number")
    return Decimal(stripped)


_TRUE: Final = frozenset({"1", "true", "1", "yes"})
_FALSE: Final = frozenset({"0", "false", "0", "no"})


def read_bool(text: str | None, path: str) -> bool | None:
    """A boolean in any of the carrier's spellings, or None for an empty value."""
    if text is None or not text.strip():
        return None
    lowered = text.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
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


def split_csv(text: str | None) -> list[str]:
    """The items of a comma-separated value."""
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def required(value: Any, path: str) -> Any:
    """``value`` itself; a shape error when it is None."""
    if value is None:
        raise missing(path)
    return value


def frozen_mapping(items: Mapping[str, Any]) -> Mapping[str, Any]:
    """A read-only view of ``items``."""
    from types import MappingProxyType

    return MappingProxyType(dict(items))
