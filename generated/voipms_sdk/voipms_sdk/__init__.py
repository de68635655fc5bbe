"""VoIP.ms SDK: Manage VoIP.ms DIDs, sub accounts, SMS, fax, voicemail, e911 and number porting over the REST/JSON API.

Generated from ``specs/voipms.yaml`` by the ``generator`` package; edit the spec, not this file.

Example::

    import voipms_sdk

    with voipms_sdk.Client(api_username="<api_username>", api_password="<api_password>") as client:
        ...
"""

from voipms_sdk import errors, models
from voipms_sdk._operations import OPERATIONS
from voipms_sdk._runtime import OperationInfo, ParamInfo
from voipms_sdk.client import BASE_URLS, DEFAULT_TIMEOUT, AsyncClient, Client
from voipms_sdk.errors import (
    ApiError,
    BudgetExhaustedError,
    MalformedResponseError,
    RateLimitError,
    SdkError,
    TransportError,
    TransportTimeoutError,
    ValidationError,
)

__version__ = "0.1.0"

__all__ = [
    "OPERATIONS",
    "BASE_URLS",
    "DEFAULT_TIMEOUT",
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
