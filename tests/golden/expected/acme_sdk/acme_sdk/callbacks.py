"""Parsers for the payloads Acme Numbers posts to your server."""

from __future__ import annotations

from . import _xml
from ._exceptions import MalformedResponseError
from ._xmlio import expect_root, parse_xml
from .models import Number


def _raw(body: bytes | str) -> bytes:
    raw = body.encode("utf-8") if isinstance(body, str) else body
    if not isinstance(raw, (bytes, bytearray)):
        raise MalformedResponseError(f"a callback body is bytes, not {type(body).__name__}")
    return bytes(raw)


def parse_port_callback(body: bytes | str) -> Number:
    """A port-in finished.

    Args:
        body: The raw request body your endpoint received (bytes; text is encoded as UTF-8).

    Raises:
        MalformedResponseError: The body is not a well-formed Number.
    """
    raw = _raw(body)
    root = expect_root(parse_xml(raw), "number", raw)
    return _xml.read_number(root, "number")


#: The parser of the one callback this carrier sends.
parse_callback = parse_port_callback
