"""Parsers for the payloads Acme Numbers posts to your server."""

from __future__ import annotations

from acme_sdk import _xml
from acme_sdk._xml import expect_root, parse_xml
from acme_sdk.models import Number


def parse_port_callback(body: bytes) -> Number:
    """A port-in finished.

    Args:
        body: The raw request body your endpoint received.

    Raises:
        MalformedResponseError: The body is not a well-formed Number.
    """
    root = expect_root(parse_xml(body), "number", body)
    return _xml.read_number(root, "number")


#: The parser of the one callback this carrier sends.
parse_callback = parse_port_callback
