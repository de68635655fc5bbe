"""Parsers for the payloads Acme Numbers posts to your server."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy import LazyModule
from .models import Number

if TYPE_CHECKING:
    from . import _answers, _xml, _xmlio
else:  # the readers are imported with the first callback parsed, not with the SDK
    _answers = LazyModule(globals(), "_answers", "._answers", __package__)
    _xml = LazyModule(globals(), "_xml", "._xml", __package__)
    _xmlio = LazyModule(globals(), "_xmlio", "._xmlio", __package__)


def parse_port_callback(body: bytes | str) -> Number:
    """A port-in finished.

    Args:
        body: The raw request body your endpoint received (bytes; text is encoded as UTF-8).

    Raises:
        MalformedResponseError: The body is not a well-formed Number.
    """
    return _answers.read_callback(body, _read_port)


def _read_port(raw: bytes) -> Number:
    root = _xmlio.expect_root(_xmlio.parse_xml(raw), "number", raw)
    return _xml.read_number(root, "number")


#: The parser of the one callback this carrier sends.
parse_callback = parse_port_callback
