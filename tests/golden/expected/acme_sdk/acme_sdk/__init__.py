"""Acme Numbers SDK: A fictional carrier used to pin the generator's output.

Generated from ``tests/golden/specs/acme.yaml`` by the ``generator`` package; edit the spec, not this file.

Example::

    import acme_sdk

    with acme_sdk.Client(api_user="<api_user>", account_id="1234", api_key="0123456789abcdef") as client:
        ...
"""

from . import errors, models
from ._core import DEFAULT_TIMEOUT
from ._operations import OPERATIONS
from ._request import OperationInfo, ParamInfo
from .callbacks import parse_callback, parse_port_callback
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
    "parse_port_callback",
    "parse_callback",
]
