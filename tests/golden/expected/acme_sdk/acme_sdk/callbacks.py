"""Parsers for the payloads Acme Numbers posts to your server."""

from __future__ import annotations

from . import _xml
from ._answers import read_callback
from ._xmlio import expect_root, parse_xml
from .models import Number


def parse_port_callback(body: bytes | str) -> Number:
    """A port-in finished.

    Args:
        body: The raw request body your endpoint received (bytes; text is encoded as UTF-8).

    Raises:
        MalformedResponseError: The body is not a well-formed Number.
    """
    return read_callback(body, _read_port)


def _read_port(raw: bytes) -> Number:
    root = expect_root(parse_xml(raw), "number", raw)
    return _xml.read_number(root, "number")


#: The parser of the one callback this carrier sends.
parse_callback = parse_port_callback
