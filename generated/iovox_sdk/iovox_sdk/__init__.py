"""iovox SDK: Buy, list and release iovox VoxNumbers over XML on HTTPS.

Generated from ``specs/iovox.yaml`` by the ``generator`` package; edit the spec, not this file.

Example::

    import iovox_sdk

    with iovox_sdk.Client(username="<username>", secure_key="<secure_key>") as client:
        ...
"""

from iovox_sdk import errors, models
from iovox_sdk._operations import OPERATIONS
from iovox_sdk._runtime import OperationInfo, ParamInfo
from iovox_sdk.callbacks import parse_order_callback, parse_callback
from iovox_sdk.client import BASE_URLS, DEFAULT_TIMEOUT, AsyncClient, Client
from iovox_sdk.errors import (
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
    "parse_order_callback",
    "parse_callback",
]
