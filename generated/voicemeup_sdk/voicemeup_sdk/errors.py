"""Every exception the VoiceMeUp SDK raises.

::

    SdkError
    ├── ValidationError
    ├── TransportError
    │   └── TransportTimeoutError
    ├── MalformedResponseError
    └── ApiError
        ├── RateLimitError
        │   └── RequestsLimitError
        ├── AuthenticationError
        └── InternalError
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

import httpx

#: How much of a raw body an exception keeps (bytes).
BODY_EXCERPT: Final = 2048


@dataclass(frozen=True, slots=True)
class FieldError:
    """One bad argument: where it is (``items[0].quantity``) and what is wrong."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class ErrorDetail:
    """One error the carrier reported, matched against its documented error table."""

    code: str | None
    message: str
    http_status: int | None = None
    description: str = ""
    resolution: str = ""
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def item(self) -> int | None:
        """The 1-based position of the request item the error is about, when it names one."""
        return _as_int(self.params.get("item"))

    @property
    def total(self) -> int | None:
        """The number of items in the request, when the error names it."""
        return _as_int(self.params.get("total"))


def _as_int(text: str | None) -> int | None:
    # isascii(): "²".isdigit() is True but int() refuses it; 9 digits keeps int() cheap.
    return int(text) if text is not None and text.isascii() and text.isdigit() and len(text) <= 9 else None


class SdkError(Exception):
    """The root of every error this SDK raises."""


class ValidationError(SdkError, ValueError):
    """Arguments that break the spec's rules; nothing was sent.

    Attributes:
        errors: Every bad argument, each with its path and what is wrong.
    """

    def __init__(self, errors: tuple[FieldError, ...]) -> None:
        self.errors = errors
        noun = "argument" if len(errors) == 1 else "arguments"
        super().__init__(f"{len(errors)} invalid {noun}: " + "; ".join(map(str, errors)))


class TransportError(SdkError):
    """The request could not be sent or the answer could not be read."""


class TransportTimeoutError(TransportError):
    """The carrier did not answer in time."""


class BudgetExhaustedError(SdkError):
    """The client-side rate budget (``rate_budget=True``) refused the call; nothing was sent.

    Attributes:
        retry_after: Seconds until the pool has room for one more request.
    """

    def __init__(self, message: str, *, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(message)


class MalformedResponseError(SdkError):
    """The carrier answered with something the SDK cannot read as documented.

    Attributes:
        body: The start of the raw body ({BODY_EXCERPT} bytes at most).
        http_status: The HTTP status, when known.
    """

    def __init__(self, message: str, *, body: bytes = b"", http_status: int | None = None) -> None:
        self.body = body[:BODY_EXCERPT]
        self.http_status = http_status
        super().__init__(message)


class ApiError(SdkError):
    """The carrier reported an error.

    Attributes:
        code: The documented code of the first error, or None when the message is not in the tables.
        message: The carrier's message for the first error.
        http_status: The HTTP status of the response.
        response: The raw HTTP response.
        errors: Every error the response carried, in order.
    """

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        http_status: int | None = None,
        response: httpx.Response | None = None,
        errors: tuple[ErrorDetail, ...] = (),
        retryable: bool | None = None,
    ) -> None:
        self.code = code
        # None: decided by the HTTP status; False: the carrier's answer is final (a SOAP fault).
        self.retryable = retryable
        #: What else the error answer carried (enveloped carriers), e.g. suggested addresses.
        self.payload: Mapping[str, object] | None = None
        self.message = message
        self.http_status = http_status
        self.response = response
        self.errors = errors
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        label = ", ".join(str(part) for part in (code, f"HTTP {http_status}" if http_status else None) if part)
        super().__init__(f"{message} [{label}]{more}" if label else message + more)


class CarrierWarning(UserWarning):
    """A notice the carrier sent with a successful answer (e.g. a soft rate limit was reached).

    Attributes:
        code: The carrier's code for the notice.
    """

    def __init__(self, message: str, code: str | None = None) -> None:
        self.code = code
        super().__init__(message)


class RateLimitError(ApiError):
    """The carrier refused the request because a rate limit was reached."""


class AuthenticationError(ApiError):
    """The credentials are missing or wrong."""


class RequestsLimitError(RateLimitError):
    """The hourly hard limit was exceeded; requests are refused for the next 60 minutes."""


class InternalError(ApiError):
    """The carrier failed internally; retry later."""


#: Exception class for each documented error code.
CODE_CLASSES: Final[Mapping[str, type[ApiError]]] = {
    "auth_username_invalid": AuthenticationError,
    "auth_username_required": AuthenticationError,
    "authentication_failed": AuthenticationError,
    "authentication_token_required": AuthenticationError,
    "requests_soft_limit_reached": ApiError,
    "requests_hard_limit_exceeded": RequestsLimitError,
    "callerid_name_invalid": ApiError,
    "callerid_name_required": ApiError,
    "callerid_number_invalid": ApiError,
    "callerid_number_required": ApiError,
    "callerid_rejection_notice": ApiError,
    "client_account_id_invalid": AuthenticationError,
    "client_account_id_required": AuthenticationError,
    "client_did_id_invalid": ApiError,
    "client_extension_id_invalid": ApiError,
    "client_mailbox_id_invalid": ApiError,
    "client_peer_id_invalid": ApiError,
    "country_id_invalid": ApiError,
    "country_id_required": ApiError,
    "date_from_invalid": ApiError,
    "date_to_invalid": ApiError,
    "email_invalid": ApiError,
    "email_required": ApiError,
    "forward_number_invalid": ApiError,
    "forward_number_required": ApiError,
    "forward_timeout_invalid": ApiError,
    "forward_timeout_required": ApiError,
    "friendly_name_invalid": ApiError,
    "friendly_name_required": ApiError,
    "internal_error-database_error": InternalError,
    "internal_error-invalid_argument": InternalError,
    "language_invalid": ApiError,
    "mailbox_invalid": ApiError,
    "mode_invalid": ApiError,
    "npa_invalid": ApiError,
    "nxx_invalid": ApiError,
    "npa_required": ApiError,
    "nxx_required": ApiError,
    "options_invalid": ApiError,
    "password_invalid": ApiError,
    "password_mismatch": ApiError,
    "password_required": ApiError,
    "peer_required": ApiError,
    "peer_timeout_invalid": ApiError,
    "peer_timeout_required": ApiError,
    "peers_to_ring_limit_reached": ApiError,
    "phone_number_invalid": ApiError,
    "request_type_invalid": ApiError,
    "request_type_not_implemented": ApiError,
    "request_type_required": ApiError,
    "required_parameter_not_found": ApiError,
    "result_limit_invalid": ApiError,
    "result_offset_invalid": ApiError,
    "state_id_invalid": ApiError,
    "status_invalid": ApiError,
    "status_required": ApiError,
    "username_invalid": AuthenticationError,
    "username_required": AuthenticationError,
    "amount_invalid": ApiError,
    "amount_required": ApiError,
    "bank_account_number_invalid": ApiError,
    "bank_account_number_required": ApiError,
    "bank_account_type_invalid": ApiError,
    "bank_account_type_required": ApiError,
    "bank_name_invalid": ApiError,
    "bank_name_required": ApiError,
    "bank_routing_number_invalid": ApiError,
    "bank_routing_number_required": ApiError,
    "billing_contact_not_found": ApiError,
    "credit_card_cvd_invalid": ApiError,
    "credit_card_cvd_required": ApiError,
    "credit_card_expiration_month_invalid": ApiError,
    "credit_card_expiration_month_required": ApiError,
    "credit_card_type_invalid": ApiError,
    "credit_card_type_required": ApiError,
    "credit_card_expiration_year_invalid": ApiError,
    "credit_card_expiration_year_required": ApiError,
    "credit_card_number_invalid": ApiError,
    "credit_card_number_required": ApiError,
    "currency_invalid": ApiError,
    "currency_not_supported": ApiError,
    "currency_required": ApiError,
    "minimum_amount_required": ApiError,
    "payment_attempt_failed": ApiError,
    "payment_denied": ApiError,
    "payment_method_invalid": ApiError,
    "payment_method_required": ApiError,
    "direction_invalid": ApiError,
    "call_hash_invalid": ApiError,
    "call_recording_id_invalid": ApiError,
    "recording_hash_invalid": ApiError,
    "forward_number_used_by_did": ApiError,
    "prefix_required": ApiError,
    "prefix_invalid": ApiError,
    "ratecenter_id_invalid": ApiError,
    "type_invalid": ApiError,
    "quantity_required": ApiError,
    "quantity_invalid": ApiError,
    "prefix_preference_invalid": ApiError,
    "sequential_invalid": ApiError,
    "t38_support_invalid": ApiError,
    "capacity_invalid": ApiError,
    "prefix_not_found": ApiError,
    "ratecenter_id_not_found": ApiError,
    "could_not_send": ApiError,
    "callerid_mode_invalid": ApiError,
    "callerid_mode_required": ApiError,
    "codecs_invalid": ApiError,
    "codecs_required": ApiError,
    "default_ip_invalid": ApiError,
    "dtmf_invalid": ApiError,
    "global_callerid_infos_undefined": ApiError,
    "host_type_invalid": ApiError,
    "host_type_required": ApiError,
    "peer_did_dependency": ApiError,
    "peer_excluded_from_sync": ApiError,
    "peer_exist": ApiError,
    "peers_limit_reached": ApiError,
    "qualify_invalid": ApiError,
    "qualify_required": ApiError,
    "default_mailbox_dependency": ApiError,
    "mailbox_did_dependency": ApiError,
    "passcode_invalid": ApiError,
    "passcode_required": ApiError,
    "voice_mailboxes_limit_reached": ApiError,
    "extension_already_in_use": ApiError,
    "extension_invalid": ApiError,
    "extension_required": ApiError,
    "code_invalid": ApiError,
    "search_parameters_required": ApiError,
    "alternate_address_provided": ApiError,
    "client_endpoint_id_not_found": ApiError,
    "client_peer_id_not_found": ApiError,
    "client_did_id_not_found": ApiError,
    "phone_number_not_found": ApiError,
    "no_e911_endpoint_found": ApiError,
    "civic_number_not_found": ApiError,
    "street_not_found": ApiError,
    "city_not_found": ApiError,
    "state_not_found": ApiError,
    "country_not_found": ApiError,
    "first_name_not_found": ApiError,
    "last_name_not_found": ApiError,
    "postal_code_not_found": ApiError,
    "last_endpoint_was_deleted": ApiError,
    "entry_is_default_endpoint": ApiError,
    "call_issue_id_invalid": ApiError,
    "destination_invalid": ApiError,
    "destination_required": ApiError,
    "destination_type_invalid": ApiError,
    "destination_type_required": ApiError,
    "enable_recording_invalid": ApiError,
    "global_callerid_name_undefined": ApiError,
    "max_retries_invalid": ApiError,
    "retry_delay_invalid": ApiError,
    "socket_error": ApiError,
    "source_invalid": ApiError,
    "source_required": ApiError,
    "source_type_invalid": ApiError,
    "source_type_required": ApiError,
    "wait_time_invalid": ApiError,
}

#: Exception class for a code prefix (``missing_`` -> RequestError), tried in order.
PREFIX_CLASSES: Final[tuple[tuple[str, type[ApiError]], ...]] = (("internal_error", InternalError),)

#: Exception class for an HTTP status when no code is known.
STATUS_CLASSES: Final[Mapping[int, type[ApiError]]] = {
    429: RateLimitError,
}


def class_for(code: str | None, http_status: int | None) -> type[ApiError]:
    """The most specific exception class for an error code and status."""
    if code is not None:
        known = CODE_CLASSES.get(code)
        if known is not None:
            return known
        for prefix, cls in PREFIX_CLASSES:
            if code.startswith(prefix):
                return cls
    return STATUS_CLASSES.get(http_status or 0, ApiError)


__all__ = [
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
    "RequestsLimitError",
    "InternalError",
]
