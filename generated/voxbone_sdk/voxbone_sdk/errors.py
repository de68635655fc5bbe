"""Every exception the Voxbone VoxAPI SDK raises.

::

    SdkError
    ├── ValidationError
    ├── TransportError
    │   └── TransportTimeoutError
    ├── MalformedResponseError
    └── ApiError
        ├── RateLimitError
        ├── AuthenticationError
        ├── ServerError
        ├── RequestFaultError
        └── ServiceFaultError
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


class AuthenticationError(ApiError):
    """The user name or password was refused."""


class ServerError(ApiError):
    """The service or a gateway in front of it failed; retry later."""


class RequestFaultError(ApiError):
    """Voxbone refused the request as sent (a soapenv:Client fault), e.g. an order whose purchase info is invalid;
    the fault string says why. Sending it again as it is fails again."""


class ServiceFaultError(ApiError):
    """Voxbone could not carry the request out (a soapenv:Server fault); the fault string says why."""


#: Exception class for each documented error code.
CODE_CLASSES: Final[Mapping[str, type[ApiError]]] = {
    "invalid_credentials": AuthenticationError,
    "invalid_parameter": ApiError,
    "insufficient_stock": ApiError,
    "insufficient_balance": ApiError,
    "unknown_did": ApiError,
    "unknown_order": ApiError,
}

#: Exception class for a code prefix (``missing_`` -> RequestError), tried in order.
PREFIX_CLASSES: Final[tuple[tuple[str, type[ApiError]], ...]] = (
    ("Client", RequestFaultError),
    ("Server", ServiceFaultError),
)

#: Exception class for an HTTP status when no code is known.
STATUS_CLASSES: Final[Mapping[int, type[ApiError]]] = {
    429: RateLimitError,
    502: ServerError,
    503: ServerError,
    504: ServerError,
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
    "AuthenticationError",
    "ServerError",
    "RequestFaultError",
    "ServiceFaultError",
]
