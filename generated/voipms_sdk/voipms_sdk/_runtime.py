"""Pure helpers shared by every operation of the VoIP.ms SDK: no I/O happens here."""

from __future__ import annotations

import datetime as _dt
import re
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from enum import Enum
from decimal import Decimal
from typing import Any, Final, TypeVar
from urllib.parse import urlencode

from voipms_sdk.errors import FieldError, MalformedResponseError, ValidationError

_V = TypeVar("_V")
_E = TypeVar("_E", bound=Enum)

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
    credentials_in_body: bool = False
    soap_action: str | None = None
    xml_root: str | None = None


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
            shown = ", ".join(str(v) for v in sorted(allowed, key=str))
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


def indexed_pairs(
    name: str, items: Iterable[_V] | None, pairs: Callable[[_V], list[tuple[str, str]]]
) -> list[tuple[str, str]]:
    """PHP-style indexed array of records: ``name[0][field]=value``, ``name[1][field]=value``..."""
    return [
        (f"{name}[{index}]{suffix}", text) for index, item in enumerate(items or ()) for suffix, text in pairs(item)
    ]


def php_serialize(value: Any) -> str:
    """PHP's ``serialize()`` of JSON-like data (dicts, lists, strings, numbers, booleans, None)."""
    if value is None:
        return "N;"
    if isinstance(value, bool):
        return f"b:{int(value)};"
    if isinstance(value, int):
        return f"i:{value};"
    if isinstance(value, float):
        return f"d:{value!r};"
    if isinstance(value, str):
        return f's:{len(value.encode("utf-8"))}:"{value}";'
    if isinstance(value, (list, tuple)):
        value = dict(enumerate(value))
    if isinstance(value, Mapping):
        body = "".join(php_serialize(key) + php_serialize(item) for key, item in value.items())
        return f"a:{len(value)}:" + "{" + body + "}"
    raise TypeError(f"cannot PHP-serialise {type(value).__name__}")


def check_encodable(problems: list[tuple[str, str]], value: Any, path: str, encode: Callable[[Any], str]) -> None:
    """Append a problem when a free-form value cannot be encoded for the wire (JSON or PHP)."""
    if value is None:
        return
    try:
        encode(value)
    except (TypeError, ValueError, RecursionError):
        problems.append((path, "must be plain data: dicts, lists, strings, numbers, booleans or None"))


def xml_escape(text: str) -> str:
    """Escape text for an XML element body."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def query_pairs(pairs: Iterable[tuple[str, str | None]]) -> tuple[tuple[str, str], ...]:
    """Drop the parameters that were not given."""
    return tuple((name, value) for name, value in pairs if value is not None)


@cache
def _xml_parser() -> Any:
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
        root = etree.fromstring(body, _xml_parser())
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
    if text is None or not text.strip():
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


def enum_text(value: Any) -> str:
    """The wire value of an Enum member, or the value itself when it is already text."""
    return str(value.value) if isinstance(value, Enum) else str(value)


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
