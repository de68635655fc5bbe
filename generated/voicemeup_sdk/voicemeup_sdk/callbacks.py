"""Parsers for the payloads VoiceMeUp posts to your server."""

from __future__ import annotations

from typing import Any

from ._answers import read_callback
from ._jsonio import load_json


def parse_fax_event_callback(body: bytes | str) -> dict[str, Any]:
    """Parse a fax event VoiceMeUp posts to a fax profile's callback_url or backup_url.

    The carrier documents no fields for this payload, so it is returned as the decoded JSON object.

    Args:
        body: The raw request body your endpoint received (bytes; text is encoded as UTF-8).

    Raises:
        MalformedResponseError: The body is not a JSON object.
    """
    return read_callback(body, lambda raw: load_json(raw, None))


def parse_sms_event_callback(body: bytes | str) -> dict[str, Any]:
    """Parse an SMS event VoiceMeUp posts to an SMS profile's or a DID's SMS callback URL.

    The carrier documents no fields for this payload, so it is returned as the decoded JSON object.

    Args:
        body: The raw request body your endpoint received (bytes; text is encoded as UTF-8).

    Raises:
        MalformedResponseError: The body is not a JSON object.
    """
    return read_callback(body, lambda raw: load_json(raw, None))


def parse_call_notify_callback(body: bytes | str) -> dict[str, Any]:
    """Parse a call notification (on_create, on_ring, on_answer, on_hangup, on_test, on_record) posted to
    notify_callback_url.

    The carrier documents no fields for this payload, so it is returned as the decoded JSON object.

    Args:
        body: The raw request body your endpoint received (bytes; text is encoded as UTF-8).

    Raises:
        MalformedResponseError: The body is not a JSON object.
    """
    return read_callback(body, lambda raw: load_json(raw, None))
