"""Parsers for the payloads iovox posts to your server."""

from __future__ import annotations

from iovox_sdk import _xml
from iovox_sdk._xml import expect_root, parse_xml
from iovox_sdk.models import OrderCallback


def parse_order_callback(body: bytes) -> OrderCallback:
    """Parse the order update iovox posts to callback_url.

    Args:
        body: The raw request body your endpoint received.

    Raises:
        MalformedResponseError: The body is not a well-formed OrderCallback.
    """
    root = expect_root(parse_xml(body), "order", body)
    return _xml.read_order_callback(root, "order")


#: The parser of the one callback this carrier sends.
parse_callback = parse_order_callback
