"""Logging that never shows a credential, including the records httpx and httpcore emit.

httpx logs every request URL at INFO; when a carrier takes credentials in the query string that
URL holds the password. Each client registers its secrets here, and a filter on the HTTP
libraries' loggers rewrites any record containing one.
"""

from __future__ import annotations

import logging
import weakref
from typing import Final
from dataclasses import replace
from urllib.parse import quote, quote_plus

from voicemeup_sdk.errors import ApiError

#: The SDK's own logger: one DEBUG line per attempt, INFO for retries.
logger: Final = logging.getLogger("voicemeup_sdk")

REDACTED: Final = "********"

#: Loggers of the HTTP stack that can print URLs or headers.
HTTP_LOGGERS: Final = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "hpack",
    "voicemeup_sdk",
)


class SecretFilter(logging.Filter):
    """Replace every registered secret (raw or URL-encoded) in a record's message."""

    def __init__(self) -> None:
        super().__init__("voicemeup_sdk-secrets")
        self._owners: weakref.WeakKeyDictionary[object, tuple[str, ...]] = weakref.WeakKeyDictionary()

    def register(self, owner: object, secrets: tuple[str, ...]) -> None:
        """Hide ``secrets`` for as long as ``owner`` (a client) is alive."""
        forms = {form for secret in secrets if secret for form in (secret, quote(secret, safe=""), quote_plus(secret))}
        self._owners[owner] = tuple(sorted(forms, key=len, reverse=True))

    def forms_of(self, owner: object) -> tuple[str, ...]:
        """The spellings of ``owner``'s secrets (kept here, not on the client, so no repr shows them)."""
        return self._owners.get(owner, ())

    def filter(self, record: logging.LogRecord) -> bool:
        forms = [form for owned in list(self._owners.values()) for form in owned]
        if not forms:
            return True
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken record is the caller's bug; never crash logging over it
            return True
        redacted = message
        for form in forms:
            redacted = redacted.replace(form, REDACTED)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def redact(text: str, forms: tuple[str, ...]) -> str:
    """``text`` with every form of a secret replaced."""
    for form in forms:
        text = text.replace(form, REDACTED)
    return text


def scrubbed(exc: ApiError, forms: tuple[str, ...]) -> ApiError:
    """``exc`` with any secret the carrier echoed back removed from its message and details."""
    if not forms:
        return exc
    exc.args = tuple(redact(arg, forms) if isinstance(arg, str) else arg for arg in exc.args)
    exc.message = redact(exc.message, forms)
    exc.code = redact(exc.code, forms) if exc.code is not None else None
    exc.errors = tuple(
        replace(
            detail,
            code=redact(detail.code, forms) if detail.code is not None else None,
            message=redact(detail.message, forms),
            params={key: redact(value, forms) for key, value in detail.params.items()},
        )
        for detail in exc.errors
    )
    return exc


secret_filter: Final = SecretFilter()
for _name in HTTP_LOGGERS:
    logging.getLogger(_name).addFilter(secret_filter)
