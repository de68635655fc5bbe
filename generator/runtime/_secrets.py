"""Credentials that never show themselves: in ``repr``, in exceptions, or in any log record.

httpx logs every request URL at INFO; when a carrier takes credentials in the query string that
URL holds the password. Each client registers its secrets here, and a filter on the HTTP
libraries' loggers (and the SDK's own) rewrites any record containing one.
"""

from __future__ import annotations

import contextlib
import json
import logging
import weakref
from collections.abc import Iterator
from typing import Final
from urllib.parse import quote, quote_plus

import httpx

from ._exceptions import ApiError

#: The SDK's import name (this module is copied into each package as ``<package>._secrets``).
PACKAGE: Final = __name__.rpartition(".")[0]

#: The SDK's own logger (named after the package): one DEBUG line per attempt, INFO for retries.
logger: Final = logging.getLogger(PACKAGE)

REDACTED: Final = "********"

#: Loggers of the HTTP stack that can print URLs or headers, and the SDK's own. Each by its own name:
#: a logger's filters see only the records logged on it, never its children's (hpack, which HTTP/2
#: brings, logs every header it encodes on "hpack.hpack" and "hpack.table").
HTTP_LOGGERS: Final = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "hpack",
    "hpack.hpack",
    "hpack.table",
    PACKAGE,
)


class Secret:
    """A credential that never shows itself in ``repr``, ``str`` or logs."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The credential itself, for the request that needs it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__


class SecretFilter(logging.Filter):
    """Replace every registered secret (raw or URL-encoded) in a record's message."""

    def __init__(self) -> None:
        super().__init__(f"{PACKAGE}-secrets")
        self._owners: weakref.WeakKeyDictionary[object, tuple[str, ...]] = weakref.WeakKeyDictionary()

    def register(self, owner: object, secrets: tuple[str | None, ...]) -> None:
        """Hide ``secrets`` (None: a credential not given) for as long as ``owner`` (a client) is alive."""
        self._owners[owner] = spellings_of(tuple(secret for secret in secrets if secret))

    def hiding(self, secrets: tuple[str, ...]) -> contextlib.AbstractContextManager[None]:
        """Hide one call's secret arguments while it runs (httpx logs the URL that carries them)."""
        # Most calls have none: they share one do-nothing context instead of a generator each.
        return self._hiding(secrets) if secrets else _NOTHING_TO_HIDE

    @contextlib.contextmanager
    def _hiding(self, secrets: tuple[str, ...]) -> Iterator[None]:
        token = _Call()
        self.register(token, secrets)
        try:
            yield
        finally:
            self._owners.pop(token, None)

    def forms_of(self, owner: object) -> tuple[str, ...]:
        """The spellings of ``owner``'s secrets (kept here, not on the client, so no repr shows them)."""
        return self._owners.get(owner, ())

    def filter(self, record: logging.LogRecord) -> bool:
        # Longest first across every client: one secret may contain another client's.
        forms = tuple(sorted({form for owned in list(self._owners.values()) for form in owned}, key=len, reverse=True))
        if not forms:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a broken record is the caller's bug; never crash logging over it
            return True
        redacted = redact(message, forms)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            # Handlers would format the traceback later, from the live exception: format it now, scrubbed.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, forms)
        return True


_NOTHING_TO_HIDE: Final = contextlib.nullcontext()


class _Call:
    """The owner of one call's secrets while it runs."""

    __slots__ = ("__weakref__",)


def spellings_of(secrets: tuple[str, ...]) -> tuple[str, ...]:
    """Every spelling of ``secrets``, longest first (one may contain another)."""
    return tuple(sorted({form for secret in secrets if secret for form in _spellings(secret)}, key=len, reverse=True))


def _spellings(secret: str) -> tuple[str, ...]:
    """A secret as it may appear in text: itself, URL-encoded both ways, escaped as XML text (a SOAP
    body carries it so, and a fault may echo it so) and as JSON text (an answer may echo it so: PHP's
    json_encode writes "/" as "\\/" and anything past ASCII as "\\u00e9")."""
    escaped = secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    in_json = [json.dumps(secret, ensure_ascii=only_ascii)[1:-1] for only_ascii in (True, False)]
    in_json += [form.replace("/", "\\/") for form in in_json]
    urls: tuple[str, ...]
    try:
        urls = (quote(secret, safe=""), quote_plus(secret))
    except UnicodeEncodeError:  # a lone surrogate cannot be URL-encoded (nor sent: the client refuses it)
        urls = ()
    return tuple(dict.fromkeys((secret, *urls, escaped, *in_json)))


def redact(text: str, forms: tuple[str, ...]) -> str:
    """``text`` with every form of a secret replaced."""
    for form in forms:
        text = text.replace(form, REDACTED)
    return text


def scrub_response(response: httpx.Response, forms: tuple[str, ...], request: httpx.Request) -> httpx.Response:
    """A copy of ``response`` with every form of a secret replaced in its headers and body, for ``request``."""
    if not forms:
        response.request = request
        return response
    spelled = [(form.encode("utf-8"), REDACTED.encode()) for form in forms]

    def scrub(data: bytes) -> bytes:
        for secret, mask in spelled:
            data = data.replace(secret, mask)
        return data

    # Raw bytes, so header values that are not ASCII survive as they came; the length is the new body's.
    headers = [(name, scrub(value)) for name, value in response.headers.raw if name.lower() != b"content-length"]
    return httpx.Response(response.status_code, headers=headers, content=scrub(response.content), request=request)


def scrubbed(exc: ApiError, forms: tuple[str, ...]) -> ApiError:
    """``exc`` with any secret the carrier echoed back removed from its message and details."""
    if not forms:
        return exc
    exc.args = tuple(redact(arg, forms) if isinstance(arg, str) else arg for arg in exc.args)
    exc.message = redact(exc.message, forms)
    exc.code = redact(exc.code, forms) if exc.code is not None else None
    from dataclasses import replace  # an error's path only: not with every SDK import

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
