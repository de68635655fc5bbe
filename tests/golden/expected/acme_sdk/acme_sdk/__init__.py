"""Acme Numbers SDK: A fictional carrier used to pin the generator's output.

Generated from ``tests/golden/specs/acme.yaml`` by the ``generator`` package; edit the spec, not this file.

Example::

    import acme_sdk

    with acme_sdk.Client(api_user="<api_user>", account_id="<account_id>", api_key="<api_key>") as client:
        ...
"""

from acme_sdk import errors, models
from acme_sdk._operations import OPERATIONS
from acme_sdk._runtime import OperationInfo, ParamInfo
from acme_sdk.callbacks import parse_port_callback, parse_callback
from acme_sdk.client import BASE_URLS, DEFAULT_TIMEOUT, AsyncClient, Client
from acme_sdk.errors import (
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
    "parse_port_callback",
    "parse_callback",
]
