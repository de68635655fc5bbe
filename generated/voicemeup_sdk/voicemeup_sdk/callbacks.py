"""Parsers for the payloads VoiceMeUp posts to your server."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._lazy import LazyModule

if TYPE_CHECKING:
    from . import _answers, _jsonio
else:  # the readers are imported with the first callback parsed, not with the SDK
    _answers = LazyModule(globals(), "_answers", "._answers", __package__)
    _jsonio = LazyModule(globals(), "_jsonio", "._jsonio", __package__)


def parse_fax_event_callback(body: bytes | str) -> dict[str, Any]:
    """Parse a fax event VoiceMeUp posts to a fax profile's callback_url or backup_url.

    The carrier documents no fields for this payload, so it is returned as the decoded JSON object.

    Args:
        body: The raw request body your endpoint received (bytes; text is encoded as UTF-8).

    Raises:
        MalformedResponseError: The body is not a JSON object.
    """
    return _answers.read_callback(body, lambda raw: _jsonio.load_json(raw, None))


def parse_sms_event_callback(body: bytes | str) -> dict[str, Any]:
    """Parse an SMS event VoiceMeUp posts to an SMS profile's or a DID's SMS callback URL.

    The carrier documents no fields for this payload, so it is returned as the decoded JSON object.

    Args:
        body: The raw request body your endpoint received (bytes; text is encoded as UTF-8).

    Raises:
        MalformedResponseError: The body is not a JSON object.
    """
    return _answers.read_callback(body, lambda raw: _jsonio.load_json(raw, None))


def parse_call_notify_callback(body: bytes | str) -> dict[str, Any]:
    """Parse a call notification (on_create, on_ring, on_answer, on_hangup, on_test, on_record) posted to
    notify_callback_url.

    The carrier documents no fields for this payload, so it is returned as the decoded JSON object.

    Args:
        body: The raw request body your endpoint received (bytes; text is encoded as UTF-8).

    Raises:
        MalformedResponseError: The body is not a JSON object.
    """
    return _answers.read_callback(body, lambda raw: _jsonio.load_json(raw, None))
