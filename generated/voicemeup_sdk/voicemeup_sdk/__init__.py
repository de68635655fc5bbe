"""VoiceMeUp SDK: Manage VoiceMeUp calls, DIDs, faxes, SMS, peers, mailboxes, E911, subaccounts and more through the XML Engine API v1.1.

Generated from ``specs/voicemeup.yaml`` by the ``generator`` package; edit the spec, not this file.

Example::

    import voicemeup_sdk

    with voicemeup_sdk.Client(username="<username>", client_user_id="<client_user_id>", auth_token="<auth_token>") as client:
        ...
"""

from voicemeup_sdk import errors, models
from voicemeup_sdk._operations import OPERATIONS
from voicemeup_sdk._runtime import OperationInfo, ParamInfo
from voicemeup_sdk.callbacks import parse_fax_event_callback, parse_sms_event_callback, parse_call_notify_callback
from voicemeup_sdk.client import BASE_URLS, DEFAULT_TIMEOUT, AsyncClient, Client
from voicemeup_sdk.errors import (
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
    "parse_fax_event_callback",
    "parse_sms_event_callback",
    "parse_call_notify_callback",
]
