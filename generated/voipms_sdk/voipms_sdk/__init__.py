"""VoIP.ms SDK: Manage VoIP.ms DIDs, sub accounts, SMS, fax, voicemail, e911 and number porting over the REST/JSON
API.

Generated from ``specs/voipms.yaml`` by the ``generator`` package; edit the spec, not this file.

Example::

    import voipms_sdk

    with voipms_sdk.Client(api_username="<api_username>", api_password="<api_password>") as client:
        ...
"""

from . import errors, models
from ._core import DEFAULT_TIMEOUT
from ._operations import OPERATIONS
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
