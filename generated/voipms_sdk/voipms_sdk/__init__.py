"""VoIP.ms SDK: Manage VoIP.ms DIDs, sub accounts, SMS, fax, voicemail, e911 and number porting over the REST/JSON
API.

Generated from ``specs/voipms.yaml`` by the ``generator`` package; edit the spec, not this file.

Example::

    import voipms_sdk

    with voipms_sdk.Client(api_username="<api_username>", api_password="<api_password>") as client:
        ...
"""

from typing import TYPE_CHECKING

from . import errors, models
from ._core import DEFAULT_TIMEOUT
from ._request import OperationInfo, ParamInfo
from .client import BASE_URLS, AsyncClient, Client
from .errors import (
    ApiError,
    BudgetExhaustedError,
    MalformedResponseError,
    RateLimitError,
    SdkError,
    TransportError,
    TransportTimeoutError,
    ValidationError,
)

# Shown under the name users import them by (the classes live in the runtime's modules).
OperationInfo.__module__ = ParamInfo.__module__ = __name__

if TYPE_CHECKING:
    from ._operations import OPERATIONS
else:
    # Outside type checking only: a module __getattr__ would make type checkers accept any name here.
    def __getattr__(name: str) -> object:
        # OPERATIONS lives with the builders and parsers, which are imported with the first call, not here.
        if name == "OPERATIONS":
            from ._operations import OPERATIONS

            globals()["OPERATIONS"] = OPERATIONS  # later reads are plain attribute lookups
            return OPERATIONS
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted({*globals(), "OPERATIONS"})


__version__ = "0.1.0"

__all__ = [
    "BASE_URLS",
    "DEFAULT_TIMEOUT",
    "OPERATIONS",
    "ApiError",
    "AsyncClient",
    "BudgetExhaustedError",
    "Client",
    "MalformedResponseError",
    "OperationInfo",
    "ParamInfo",
    "RateLimitError",
    "SdkError",
    "TransportError",
    "TransportTimeoutError",
    "ValidationError",
    "errors",
    "models",
]
