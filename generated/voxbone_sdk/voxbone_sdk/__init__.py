"""Voxbone VoxAPI SDK: Find, order, map and cancel Voxbone DIDs over SOAP 1.1.

Generated from ``specs/voxbone/voxbone.yaml`` by the ``generator`` package; edit the spec, not this file.

Example::

    import voxbone_sdk

    with voxbone_sdk.Client(username="<username>", password="<password>") as client:
        ...
"""

from voxbone_sdk import errors, models
from voxbone_sdk._operations import OPERATIONS
from voxbone_sdk._runtime import OperationInfo, ParamInfo
from voxbone_sdk.client import BASE_URLS, DEFAULT_TIMEOUT, AsyncClient, Client
from voxbone_sdk.errors import (
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
