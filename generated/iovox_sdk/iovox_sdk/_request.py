"""What a request is before any transport sees it, how its values are spelled on the wire, and how
large an answer may be."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import Any, ClassVar, Final, TypeVar
from urllib.parse import urlencode

import msgspec

from ._record import Value, init_field, masked_repr
from ._secrets import REDACTED, redact, spellings_of

_V = TypeVar("_V")

#: Responses larger than this are refused before parsing (bytes).
MAX_RESPONSE_BYTES: Final = 32 * 1024 * 1024


class PreparedRequest(msgspec.Struct, frozen=True, gc=False):
    """A validated request, ready for any transport.

    A Struct, not a ``Value``: one is built on every call (two over SOAP), and msgspec builds it in C
    in a fifth of the time; it holds only text, bytes and flags, so the collector need not track it.
    """

    # ``repr`` masks the secrets' wire text (the dataclass this was left the field out).
    __secret_fields__: ClassVar[frozenset[str]] = frozenset({"secrets"})

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
    #: A form or multipart body's fields before encoding, credentials apart (another transport re-encodes them).
    fields: tuple[tuple[str, str], ...] = ()
    #: The wire text of the call's secret arguments (passwords, PINs): hidden wherever the call is shown.
    secrets: tuple[str, ...] = ()

    def __repr__(self) -> str:
        # Wherever the query, content or fields spell a secret: quoted as a value, then in any of the
        # spellings the client's redaction knows (raw, URL-encoded, escaped as XML).
        shown = masked_repr(self)
        for secret in self.secrets:
            if secret:
                shown = shown.replace(repr(secret), f"'{REDACTED}'")
        return redact(shown, spellings_of(self.secrets))


# These classes are Values, not dataclasses: ``@dataclass`` would compile their methods at every import.


class ParamInfo(Value):
    """How one keyword argument maps onto the wire."""

    __slots__ = ("wire_name", "python_name", "required", "location")  # noqa: RUF023 (in __init__'s order)
    __match_args__ = ("wire_name", "python_name", "required", "location")

    wire_name: str
    python_name: str
    required: bool
    location: str

    def __init__(self, wire_name: str, python_name: str, required: bool, location: str) -> None:
        init_field(self, "wire_name", wire_name)
        init_field(self, "python_name", python_name)
        init_field(self, "required", required)
        init_field(self, "location", location)


class OperationInfo(Value):
    """Metadata of one wire operation, as listed in ``OPERATIONS``."""

    __slots__ = (  # noqa: RUF023 (in __init__'s order)
        "wire_name",
        "python_name",
        "http_method",
        "path",
        "params",
        "mutates",
        "success_status",
        "description",
        "rpc",
    )
    __match_args__ = (
        "wire_name",
        "python_name",
        "http_method",
        "path",
        "params",
        "mutates",
        "success_status",
        "description",
        "rpc",
    )

    wire_name: str
    python_name: str
    http_method: str
    path: str
    params: tuple[ParamInfo, ...]
    mutates: bool
    success_status: tuple[int, ...]
    description: str
    #: Also callable over the carrier's SOAP rpc endpoint (a client made with ``protocol="soap"``).
    rpc: bool

    def __init__(
        self,
        wire_name: str,
        python_name: str,
        http_method: str,
        path: str,
        params: tuple[ParamInfo, ...],
        mutates: bool,
        success_status: tuple[int, ...],
        description: str,
        rpc: bool = False,
    ) -> None:
        init_field(self, "wire_name", wire_name)
        init_field(self, "python_name", python_name)
        init_field(self, "http_method", http_method)
        init_field(self, "path", path)
        init_field(self, "params", params)
        init_field(self, "mutates", mutates)
        init_field(self, "success_status", success_status)
        init_field(self, "description", description)
        init_field(self, "rpc", rpc)


def secret_texts(*values: object) -> tuple[str, ...]:
    """The wire text of the secret arguments a call was given (``None`` and empty ones were not sent)."""
    return tuple(str(value) for value in values if value is not None and value != "")


def query_pairs(pairs: Iterable[tuple[str, str | None]]) -> tuple[tuple[str, str], ...]:
    """Drop the parameters that were not given."""
    return tuple([(name, value) for name, value in pairs if value is not None])  # a list: quicker than a generator


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
        # PHP spells the non-finite ones INF, -INF and NAN.
        spelled = {"inf": "INF", "-inf": "-INF", "nan": "NAN"}.get(repr(value), repr(value))
        return f"d:{spelled};"
    if isinstance(value, str):
        return f's:{len(value.encode("utf-8"))}:"{value}";'
    if isinstance(value, (list, tuple)):
        value = dict(enumerate(value))
    if isinstance(value, Mapping):
        body = "".join(php_serialize(key) + php_serialize(item) for key, item in value.items())
        return f"a:{len(value)}:" + "{" + body + "}"
    raise TypeError(f"cannot PHP-serialise {type(value).__name__}")


def xml_escape(text: str) -> str:
    """Escape text for an XML element body."""
    if "&" not in text and "<" not in text and ">" not in text:
        return text  # the common case: three scans cost less than three replace calls
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def enum_text(value: Any) -> str:
    """The wire value of an Enum member, or the value itself when it is already text."""
    return str(value.value) if isinstance(value, Enum) else str(value)
