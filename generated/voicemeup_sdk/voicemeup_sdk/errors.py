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
    "RequestsLimitError",
    "InternalError",
]
