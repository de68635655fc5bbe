"""The exception tree every SDK shares; ``<package>.errors`` adds the carrier's own classes."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

import httpx

from ._record import Value, init_field

#: How much of a raw body an exception keeps (bytes).
BODY_EXCERPT: Final = 2048


# Records, not dataclasses: ``@dataclass`` would compile their methods at every import.
class FieldError(Value):
    """One bad argument: where it is (``items[0].quantity``) and what is wrong."""

    __slots__ = ("path", "message")  # noqa: RUF023 (in __init__'s order)
    __match_args__ = ("path", "message")

    path: str
    message: str

    def __init__(self, path: str, message: str) -> None:
        init_field(self, "path", path)
        init_field(self, "message", message)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


#: No parameters (shared: it cannot change).
_NO_PARAMS: Final[Mapping[str, str]] = MappingProxyType({})


class ErrorDetail(Value):
    """One error the carrier reported, matched against its documented error table."""

    __slots__ = (  # noqa: RUF023 (in __init__'s order)
        "code",
        "message",
        "http_status",
        "description",
        "resolution",
        "params",
    )
    __match_args__ = ("code", "message", "http_status", "description", "resolution", "params")

    code: str | None
    message: str
    http_status: int | None
    description: str
    resolution: str
    params: Mapping[str, str]

    def __init__(
        self,
        code: str | None,
        message: str,
        http_status: int | None = None,
        description: str = "",
        resolution: str = "",
        params: Mapping[str, str] = _NO_PARAMS,
    ) -> None:
        init_field(self, "code", code)
        init_field(self, "message", message)
        init_field(self, "http_status", http_status)
        init_field(self, "description", description)
        init_field(self, "resolution", resolution)
        init_field(self, "params", params)

    @property
    def item(self) -> int | None:
        """The 1-based position of the request item the error is about, when it names one."""
        return _as_int(self.params.get("item"))

    @property
    def total(self) -> int | None:
        """The number of items in the request, when the error names it."""
        return _as_int(self.params.get("total"))


def _as_int(text: str | None) -> int | None:
    # isascii(): "²".isdigit() is True but int() refuses it; 9 digits keeps int() cheap.
    return int(text) if text is not None and text.isascii() and text.isdigit() and len(text) <= 9 else None


class SdkError(Exception):
    """The root of every error this SDK raises."""


class ValidationError(SdkError, ValueError):
    """Arguments that break the spec's rules; nothing was sent.

    Attributes:
        errors: Every bad argument, each with its path and what is wrong.
    """

    def __init__(self, errors: tuple[FieldError, ...]) -> None:
        self.errors = errors
        noun = "argument" if len(errors) == 1 else "arguments"
        super().__init__(f"{len(errors)} invalid {noun}: " + "; ".join(map(str, errors)))


class TransportError(SdkError):
    """The request could not be sent or the answer could not be read."""


class TransportTimeoutError(TransportError):
    """The carrier did not answer in time."""


class BudgetExhaustedError(SdkError):
    """The client-side rate budget (``rate_budget=True``) refused the call; nothing was sent.

    Attributes:
        retry_after: Seconds until the pool has room for one more request.
    """

    def __init__(self, message: str, *, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(message)


class MalformedResponseError(SdkError):
    """The carrier answered with something the SDK cannot read as documented.

    Attributes:
        body: The start of the raw body (``BODY_EXCERPT`` bytes at most).
        http_status: The HTTP status, when known.
        may_have_succeeded: True when a call that changes something got a success status whose body
            could not be read: the carrier may have carried it out (check before sending it again).
    """

    def __init__(self, message: str, *, body: bytes = b"", http_status: int | None = None) -> None:
        self.body = body[:BODY_EXCERPT]
        self.http_status = http_status
        self.may_have_succeeded = False
        super().__init__(message)


class ApiError(SdkError):
    """The carrier reported an error.

    Attributes:
        code: The documented code of the first error, or None when the message is not in the tables.
        message: The carrier's message for the first error.
        http_status: The HTTP status of the response.
        response: The raw HTTP response.
        errors: Every error the response carried, in order.
        payload: What else an enveloped error answer carried (e.g. suggested addresses), if anything.
    """

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        http_status: int | None = None,
        response: httpx.Response | None = None,
        errors: tuple[ErrorDetail, ...] = (),
        retryable: bool | None = None,
    ) -> None:
        self.code = code
        # None: decided by the HTTP status; False: the carrier's answer is final (a SOAP fault).
        self.retryable = retryable
        self.payload: Mapping[str, object] | None = None
        self.message = message
        self.http_status = http_status
        self.response = response
        self.errors = errors
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        label = ", ".join(str(part) for part in (code, f"HTTP {http_status}" if http_status else None) if part)
        super().__init__(f"{message} [{label}]{more}" if label else message + more)


class CarrierWarning(UserWarning):
    """A notice the carrier sent with a successful answer (e.g. a soft rate limit was reached).

    Attributes:
        code: The carrier's code for the notice.
    """

    def __init__(self, message: str, code: str | None = None) -> None:
        self.code = code
        super().__init__(message)


class RateLimitError(ApiError):
    """The carrier refused the request because a rate limit was reached."""


class ErrorClasses:
    """Picks the exception class for an error: by documented code, then code prefix, then HTTP status."""

    def __init__(
        self,
        codes: Mapping[str, type[ApiError]],
        prefixes: tuple[tuple[str, type[ApiError]], ...],
        statuses: Mapping[int, type[ApiError]],
    ) -> None:
        self._codes = codes
        self._prefixes = prefixes
        self._statuses = statuses

    def __call__(self, code: str | None, http_status: int | None) -> type[ApiError]:
        """The most specific exception class for an error code and status.

        A documented code decides first. A status whose class is a RateLimitError comes next: being
        told to slow down (and when to retry) outweighs the kind of fault a code prefix names.
        """
        by_status = self._statuses.get(http_status or 0, ApiError)
        if code is not None:
            known = self._codes.get(code)
            if known is not None:
                return known
            if issubclass(by_status, RateLimitError):
                return by_status
            for prefix, cls in self._prefixes:
                if code.startswith(prefix):
                    return cls
        return by_status
