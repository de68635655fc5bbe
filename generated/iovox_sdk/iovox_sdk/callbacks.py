"""Parsers for the payloads iovox posts to your server."""

from __future__ import annotations

from . import _xml
from ._answers import read_callback
from ._xmlio import expect_root, parse_xml
from .models import OrderCallback


def parse_order_callback(body: bytes | str) -> OrderCallback:
    """Parse the order update iovox posts to callback_url.

    Args:
        body: The raw request body your endpoint received (bytes; text is encoded as UTF-8).

    Raises:
        MalformedResponseError: The body is not a well-formed OrderCallback.
    """
    return read_callback(body, _read_order)


def _read_order(raw: bytes) -> OrderCallback:
    root = expect_root(parse_xml(raw), "order", raw)
    return _xml.read_order_callback(root, "order")


#: The parser of the one callback this carrier sends.
parse_callback = parse_order_callback
