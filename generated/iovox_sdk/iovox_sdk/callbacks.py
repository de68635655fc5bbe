"""Parsers for the payloads iovox posts to your server."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy import LazyModule
from .models import OrderCallback

if TYPE_CHECKING:
    from . import _answers, _xml, _xmlio
else:  # the readers are imported with the first callback parsed, not with the SDK
    _answers = LazyModule(globals(), "_answers", "._answers", __package__)
    _xml = LazyModule(globals(), "_xml", "._xml", __package__)
    _xmlio = LazyModule(globals(), "_xmlio", "._xmlio", __package__)


def parse_order_callback(body: bytes | str) -> OrderCallback:
    """Parse the order update iovox posts to callback_url.

    Args:
        body: The raw request body your endpoint received (bytes; text is encoded as UTF-8).

    Raises:
        MalformedResponseError: The body is not a well-formed OrderCallback.
    """
    return _answers.read_callback(body, _read_order)


def _read_order(raw: bytes) -> OrderCallback:
    root = _xmlio.expect_root(_xmlio.parse_xml(raw), "order", raw)
    return _xml.read_order_callback(root, "order")


#: The parser of the one callback this carrier sends.
parse_callback = parse_order_callback
