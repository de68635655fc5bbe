"""Every exception the Acme Numbers SDK raises.

::

    SdkError
    ├── ValidationError
    ├── TransportError
    │   └── TransportTimeoutError
    ├── MalformedResponseError
    └── ApiError
        ├── RateLimitError
        ├── RequestError
        └── MissingError
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ._exceptions import (
    BODY_EXCERPT,
    ApiError,
    BudgetExhaustedError,
    CarrierWarning,
    ErrorClasses,
    ErrorDetail,
    FieldError,
    MalformedResponseError,
    RateLimitError,
    SdkError,
    TransportError,
    TransportTimeoutError,
    ValidationError,
)

# The runtime's classes are this package's public errors: they carry the name users import them by.
for _shared in (
    ApiError,
    BudgetExhaustedError,
    CarrierWarning,
    ErrorDetail,
    FieldError,
    MalformedResponseError,
    RateLimitError,
    SdkError,
    TransportError,
    TransportTimeoutError,
    ValidationError,
):
    _shared.__module__ = __name__


class RequestError(ApiError):
    """The request was refused as invalid."""


class MissingError(ApiError):
    """Something required was missing."""


#: Exception class for each documented error code.
CODE_CLASSES: Final[Mapping[str, type[ApiError]]] = {
    "missing_number": MissingError,
    "busy": ApiError,
    "sold_out": ApiError,
}

#: Exception class for a code prefix (``missing_`` -> RequestError), tried in order.
PREFIX_CLASSES: Final[tuple[tuple[str, type[ApiError]], ...]] = (("missing_", MissingError),)

#: Exception class for an HTTP status when no code is known.
STATUS_CLASSES: Final[Mapping[int, type[ApiError]]] = {
    429: RateLimitError,
    400: RequestError,
}

#: The most specific exception class for an error code and HTTP status.
class_for: Final = ErrorClasses(CODE_CLASSES, PREFIX_CLASSES, STATUS_CLASSES)

__all__ = [
    "BODY_EXCERPT",
    "ApiError",
    "BudgetExhaustedError",
    "CarrierWarning",
    "ErrorDetail",
    "FieldError",
    "MalformedResponseError",
    "RateLimitError",
    "SdkError",
    "TransportError",
    "TransportTimeoutError",
    "ValidationError",
    "RequestError",
    "MissingError",
]
