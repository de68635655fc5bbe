"""Every exception the VoIP.ms SDK raises.

::

    SdkError
    ├── ValidationError
    ├── TransportError
    │   └── TransportTimeoutError
    ├── MalformedResponseError
    └── ApiError
        ├── RateLimitError
        │   └── ApiLimitExceededError
        ├── AuthenticationError
        └── RequestError
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
    """The credentials were refused, or the API or the client IP is not enabled."""


class ApiLimitExceededError(RateLimitError):
    """The per-minute API request limit was reached; retry later."""


class RequestError(ApiError):
    """A parameter is missing or invalid."""


#: Exception class for each documented error code.
CODE_CLASSES: Final[Mapping[str, type[ApiError]]] = {
    "account_with_dids": ApiError,
    "api_limit_exceeded": ApiLimitExceededError,
    "api_not_enabled": AuthenticationError,
    "cancel_failed": ApiError,
    "can_have_only_one_profile_without_pin": ApiError,
    "conference_member_relation_not_found": ApiError,
    "did_in_use": ApiError,
    "did_limit_reached": ApiError,
    "duplicated_name": ApiError,
    "duplicated_pin": ApiError,
    "e911_disabled": ApiError,
    "e911_pending": ApiError,
    "error_deleting_msg": ApiError,
    "error_moving_msg": ApiError,
    "exceeds_file_size": ApiError,
    "existing_did": ApiError,
    "forwards_exceeded": ApiError,
    "invalid_account": RequestError,
    "invalid_address": RequestError,
    "invalid_admin": RequestError,
    "invalid_agent_ring_timeout": RequestError,
    "invalid_allowedcodecs": RequestError,
    "invalid_announce_join_leave": RequestError,
    "invalid_announce_only_user": RequestError,
    "invalid_announce_position_frequency": RequestError,
    "invalid_announce_round_seconds": RequestError,
    "invalid_announce_user_count": RequestError,
    "invalid_area_code": RequestError,
    "invalid_attachid": RequestError,
    "invalid_attachmessage": RequestError,
    "invalid_attach_file": RequestError,
    "invalid_authtype": RequestError,
    "invalid_authtype_h323": RequestError,
    "invalid_authtype_iax2": RequestError,
    "invalid_balancemanagement": RequestError,
    "invalid_base_recording": RequestError,
    "invalid_billingtype": RequestError,
    "invalid_callback": RequestError,
    "invalid_callback_enable": RequestError,
    "invalid_callback_retry": RequestError,
    "invalid_callerid": RequestError,
    "invalid_calleridprefix": RequestError,
    "invalid_callerid_override": RequestError,
    "invalid_callhunting": RequestError,
    "invalid_callparking": RequestError,
    "invalid_callrecording": RequestError,
    "invalid_call_type": RequestError,
    "invalid_canada_routing": RequestError,
    "invalid_carrier": RequestError,
    "invalid_charge": RequestError,
    "invalid_city": RequestError,
    "invalid_client": RequestError,
    "invalid_cnam": RequestError,
    "invalid_codec": RequestError,
    "invalid_conference": RequestError,
    "invalid_contact": RequestError,
    "invalid_country": RequestError,
    "invalid_countryid": RequestError,
    "invalid_credentials": AuthenticationError,
    "invalid_date": RequestError,
    "invalid_daterange": RequestError,
    "invalid_datetime": RequestError,
    "invalid_date_from": RequestError,
    "invalid_dayrange": RequestError,
    "invalid_delay_before": RequestError,
    "invalid_deletemessage": RequestError,
    "invalid_description": RequestError,
    "invalid_destination": RequestError,
    "invalid_destination_folder": RequestError,
    "invalid_devicetype": RequestError,
    "invalid_dialtime": RequestError,
    "invalid_did": RequestError,
    "invalid_digits": RequestError,
    "invalid_digit_timeout": RequestError,
    "invalid_disa": RequestError,
    "invalid_diversion_header": RequestError,
    "invalid_drop_silence": RequestError,
    "invalid_dst": RequestError,
    "invalid_dtmfmode": RequestError,
    "invalid_dtmf_digits": RequestError,
    "invalid_email": RequestError,
    "invalid_email_attachment_format": RequestError,
    "invalid_email_enable": RequestError,
    "invalid_enable_ip_restriction": RequestError,
    "invalid_enable_pop_restriction": RequestError,
    "invalid_endhour": RequestError,
    "invalid_endminute": RequestError,
    "invalid_extension": RequestError,
    "invalid_extensions": RequestError,
    "invalid_extension_length": RequestError,
    "invalid_extension_prefix": RequestError,
    "invalid_failover_header": RequestError,
    "invalid_fax_id": RequestError,
    "invalid_file": RequestError,
    "invalid_filter": RequestError,
    "invalid_firstname": RequestError,
    "invalid_foc_enddate": RequestError,
    "invalid_foc_startdate": RequestError,
    "invalid_folder": RequestError,
    "invalid_folder_id": RequestError,
    "invalid_forwarding": RequestError,
    "invalid_forwarding_did": RequestError,
    "invalid_forward_enable": RequestError,
    "invalid_frequency_announcement": RequestError,
    "invalid_from_number": RequestError,
    "invalid_fullname": RequestError,
    "invalid_id": RequestError,
    "invalid_if_announce_position_enabled_report_e": RequestError,
    "invalid_internaldialtime": RequestError,
    "invalid_internalvoicemail": RequestError,
    "invalid_internationalroute": RequestError,
    "invalid_invoice_type": RequestError,
    "invalid_ip": RequestError,
    "invalid_ip_auth": RequestError,
    "invalid_ip_iax2": RequestError,
    "invalid_ivr": RequestError,
    "invalid_jitter_buffer": RequestError,
    "invalid_join_announcement": RequestError,
    "invalid_join_empty_type": RequestError,
    "invalid_language": RequestError,
    "invalid_lastname": RequestError,
    "invalid_listened": RequestError,
    "invalid_location": RequestError,
    "invalid_lockinternational": RequestError,
    "invalid_mailbox": RequestError,
    "invalid_maximum_callers": RequestError,
    "invalid_maximum_wait_time": RequestError,
    "invalid_max_expiry": RequestError,
    "invalid_member": RequestError,
    "invalid_member_delay": RequestError,
    "invalid_message_num": RequestError,
    "invalid_method": RequestError,
    "invalid_minute": RequestError,
    "invalid_mixed_numbers": RequestError,
    "invalid_monthly": RequestError,
    "invalid_musiconhold": RequestError,
    "invalid_name": RequestError,
    "invalid_nat": RequestError,
    "invalid_note": RequestError,
    "invalid_number": RequestError,
    "invalid_numbermembers": RequestError,
    "invalid_number_canadian": RequestError,
    "invalid_number_exist": RequestError,
    "invalid_number_fax": RequestError,
    "invalid_number_porttype": RequestError,
    "invalid_number_us": RequestError,
    "invalid_order": RequestError,
    "invalid_package": RequestError,
    "invalid_password": RequestError,
    "invalid_password_auth": RequestError,
    "invalid_password_ilegal_characters": RequestError,
    "invalid_password_lessthan_8characters_long": RequestError,
    "invalid_password_missing_lowercase": RequestError,
    "invalid_password_missing_number": RequestError,
    "invalid_password_missing_uppercase": RequestError,
    "invalid_pause": RequestError,
    "invalid_payment": RequestError,
    "invalid_phonebook": RequestError,
    "invalid_phonenumber": RequestError,
    "invalid_pin": RequestError,
    "invalid_pin_number": RequestError,
    "invalid_playinstructions": RequestError,
    "invalid_pop_restriction": RequestError,
    "invalid_portingid": RequestError,
    "invalid_porttype": RequestError,
    "invalid_port_status": RequestError,
    "invalid_priority": RequestError,
    "invalid_priority_weight": RequestError,
    "invalid_protocol": RequestError,
    "invalid_provider_account": RequestError,
    "invalid_provider_name": RequestError,
    "invalid_province": RequestError,
    "invalid_quantity": RequestError,
    "invalid_query": RequestError,
    "invalid_queue": RequestError,
    "invalid_quiet": RequestError,
    "invalid_recording": RequestError,
    "invalid_recording_sound_error_menu": RequestError,
    "invalid_recording_sound_get_pin": RequestError,
    "invalid_recording_sound_has_joined": RequestError,
    "invalid_recording_sound_has_left": RequestError,
    "invalid_recording_sound_invalid_pin": RequestError,
    "invalid_recording_sound_join": RequestError,
    "invalid_recording_sound_kicked": RequestError,
    "invalid_recording_sound_leave": RequestError,
    "invalid_recording_sound_locked": RequestError,
    "invalid_recording_sound_locked_now": RequestError,
    "invalid_recording_sound_muted": RequestError,
    "invalid_recording_sound_only_one": RequestError,
    "invalid_recording_sound_only_person": RequestError,
    "invalid_recording_sound_other_in_party": RequestError,
    "invalid_recording_sound_participants_muted": RequestError,
    "invalid_recording_sound_participants_unmuted": RequestError,
    "invalid_recording_sound_place_into_conference": RequestError,
    "invalid_recording_sound_there_are": RequestError,
    "invalid_recording_sound_unlocked_now": RequestError,
    "invalid_recording_sound_unmuted": RequestError,
    "invalid_record_calls": RequestError,
    "invalid_report_hold_time_agent": RequestError,
    "invalid_resellerclient": RequestError,
    "invalid_resellernextbilling": RequestError,
    "invalid_resellerpackage": RequestError,
    "invalid_response_timeout": RequestError,
    "invalid_retry_timer": RequestError,
    "invalid_ringgroup": RequestError,
    "invalid_ring_inuse": RequestError,
    "invalid_route": RequestError,
    "invalid_routing_header": RequestError,
    "invalid_rtp_hold_timeout": RequestError,
    "invalid_rtp_timeout": RequestError,
    "invalid_saycallerid": RequestError,
    "invalid_saytime": RequestError,
    "invalid_security_code": RequestError,
    "invalid_serverpop": RequestError,
    "invalid_setup": RequestError,
    "invalid_silence_threshold": RequestError,
    "invalid_sipuri": RequestError,
    "invalid_sip_traffic": RequestError,
    "invalid_skippassword": RequestError,
    "invalid_smpp_password": RequestError,
    "invalid_smpp_url": RequestError,
    "invalid_smpp_username": RequestError,
    "invalid_sms": RequestError,
    "invalid_sms_forward": RequestError,
    "invalid_snn": RequestError,
    "invalid_speed_dial": RequestError,
    "invalid_starthour": RequestError,
    "invalid_startminute": RequestError,
    "invalid_start_muted": RequestError,
    "invalid_state": RequestError,
    "invalid_statement_name": RequestError,
    "invalid_strategy": RequestError,
    "invalid_street_name": RequestError,
    "invalid_street_number": RequestError,
    "invalid_talking_threshold": RequestError,
    "invalid_talk_detection": RequestError,
    "invalid_tfnumber_porttype": RequestError,
    "invalid_thankyou_for_your_patience": RequestError,
    "Invalid_threshold": RequestError,
    "invalid_timecondition": RequestError,
    "invalid_timeout": RequestError,
    "invalid_timerange": RequestError,
    "invalid_timezone": RequestError,
    "invalid_to_number": RequestError,
    "invalid_transcription_email": RequestError,
    "invalid_transcription_format": RequestError,
    "invalid_transcription_locale": RequestError,
    "invalid_transcription_redaction": RequestError,
    "invalid_transcription_sentiment": RequestError,
    "invalid_transcription_summary": RequestError,
    "invalid_type": RequestError,
    "invalid_urgent": RequestError,
    "invalid_username": RequestError,
    "invalid_voicemailsetup": RequestError,
    "invalid_voice_announcement": RequestError,
    "invalid_weekdayend": RequestError,
    "invalid_weekdaystart": RequestError,
    "invalid_wrapup_time": RequestError,
    "invalid_zip": RequestError,
    "ip_not_enabled": AuthenticationError,
    "limit_reached": ApiError,
    "location_already_exists": ApiError,
    "location_linked_to_subaccount": ApiError,
    "location_not_found": ApiError,
    "max_phonebook": ApiError,
    "members_exceeded": ApiError,
    "member_already_included": ApiError,
    "message_empty": ApiError,
    "message_not_found": ApiError,
    "method_maintenance": ApiError,
    "mismatch_email_confirm": ApiError,
    "mismatch_password_confirm": ApiError,
    "missing_account": RequestError,
    "missing_address": RequestError,
    "missing_agent_ring_timeout": RequestError,
    "missing_allowedcodecs": RequestError,
    "missing_attachmessage": RequestError,
    "missing_authtype": RequestError,
    "missing_balancemanagement": RequestError,
    "missing_billingtype": RequestError,
    "missing_callback": RequestError,
    "missing_callerid": RequestError,
    "missing_callhunting": RequestError,
    "missing_callparking": RequestError,
    "missing_callrecording": RequestError,
    "missing_carrier": RequestError,
    "missing_charge": RequestError,
    "missing_choices": RequestError,
    "missing_city": RequestError,
    "missing_client": RequestError,
    "missing_cnam": RequestError,
    "missing_codec": RequestError,
    "missing_conference": RequestError,
    "missing_country": RequestError,
    "missing_countryid": RequestError,
    "missing_credentials": AuthenticationError,
    "missing_datetime": RequestError,
    "missing_delay_before": RequestError,
    "missing_deletemessage": RequestError,
    "missing_description": RequestError,
    "missing_devicetype": RequestError,
    "missing_dialtime": RequestError,
    "missing_did": RequestError,
    "missing_digits": RequestError,
    "missing_digit_timeout": RequestError,
    "missing_disa": RequestError,
    "missing_dtmfmode": RequestError,
    "missing_email": RequestError,
    "missing_email_confirm": RequestError,
    "missing_enable": RequestError,
    "missing_endhour": RequestError,
    "missing_endminute": RequestError,
    "missing_failover_busy": RequestError,
    "missing_failover_noanswer": RequestError,
    "missing_failover_unreachable": RequestError,
    "missing_file": RequestError,
    "missing_filter": RequestError,
    "missing_firstname": RequestError,
    "missing_folder": RequestError,
    "missing_forwarding": RequestError,
    "missing_from_date": RequestError,
    "missing_fullname": RequestError,
    "missing_id": RequestError,
    "missing_if_announce_position_enabled_report_e": RequestError,
    "missing_internationalroute": RequestError,
    "missing_ip": RequestError,
    "missing_ip_h323": RequestError,
    "missing_ip_restriction": RequestError,
    "missing_ivr": RequestError,
    "missing_join_when_empty": RequestError,
    "missing_language": RequestError,
    "missing_lastname": RequestError,
    "missing_leave_when_empty": RequestError,
    "missing_length": RequestError,
    "missing_listened": RequestError,
    "missing_location": RequestError,
    "missing_location_name": RequestError,
    "missing_lockinternational": RequestError,
    "missing_mailbox": RequestError,
    "missing_member": RequestError,
    "missing_members": RequestError,
    "missing_message_num": RequestError,
    "missing_method": RequestError,
    "missing_minute": RequestError,
    "missing_monthly": RequestError,
    "missing_musiconhold": RequestError,
    "missing_name": RequestError,
    "missing_nat": RequestError,
    "missing_number": RequestError,
    "missing_numbers": RequestError,
    "missing_package": RequestError,
    "missing_params": RequestError,
    "missing_password": RequestError,
    "missing_password_confirm": RequestError,
    "missing_payment": RequestError,
    "missing_phonebook": RequestError,
    "missing_phonenumber": RequestError,
    "missing_pin": RequestError,
    "missing_playinstructions": RequestError,
    "missing_pop_restriction": RequestError,
    "missing_priority": RequestError,
    "missing_priority_weight": RequestError,
    "missing_protocol": RequestError,
    "missing_province": RequestError,
    "missing_query": RequestError,
    "missing_recording": RequestError,
    "missing_report_hold_time_agent": RequestError,
    "missing_resellerclient": RequestError,
    "missing_resellerpackage": RequestError,
    "missing_response_timeout": RequestError,
    "missing_ringgroup": RequestError,
    "missing_ring_inuse": RequestError,
    "missing_ring_strategy": RequestError,
    "missing_route": RequestError,
    "missing_routing": RequestError,
    "missing_saycallerid": RequestError,
    "missing_saytime": RequestError,
    "missing_serverpop": RequestError,
    "missing_setup": RequestError,
    "missing_sipuri": RequestError,
    "missing_skippassword": RequestError,
    "missing_sms": RequestError,
    "missing_speed_dial": RequestError,
    "missing_start": RequestError,
    "missing_starthour": RequestError,
    "missing_startminute": RequestError,
    "missing_state": RequestError,
    "missing_street_name": RequestError,
    "missing_street_number": RequestError,
    "missing_thankyou_for_your_patience": RequestError,
    "missing_timecondition": RequestError,
    "missing_timeout": RequestError,
    "missing_timezone": RequestError,
    "missing_to_date": RequestError,
    "missing_transcription_email": RequestError,
    "missing_transcription_locale": RequestError,
    "missing_type": RequestError,
    "missing_urgent": RequestError,
    "missing_uri": RequestError,
    "missing_username": RequestError,
    "missing_voicemailsetup": RequestError,
    "missing_weekdayend": RequestError,
    "missing_weekdaystart": RequestError,
    "missing_zip": RequestError,
    "moving_fail": ApiError,
    "name_toolong": ApiError,
    "non_sufficient_funds": ApiError,
    "note_toolong": ApiError,
    "no_account": ApiError,
    "no_attachments": ApiError,
    "no_base64file": ApiError,
    "no_callback": ApiError,
    "no_callhunting": ApiError,
    "no_callparking": ApiError,
    "no_callstatus": ApiError,
    "no_cdr": ApiError,
    "no_change_billingtype": ApiError,
    "no_client": ApiError,
    "no_conference": ApiError,
    "no_did": ApiError,
    "no_disa": ApiError,
    "no_emailtofax": ApiError,
    "no_filter": ApiError,
    "no_folder": ApiError,
    "no_forwarding": ApiError,
    "no_ivr": ApiError,
    "no_mailbox": ApiError,
    "no_member": ApiError,
    "no_message": ApiError,
    "no_messages": ApiError,
    "no_numbers": ApiError,
    "no_package": ApiError,
    "no_phonebook": ApiError,
    "no_phonebook_group": ApiError,
    "no_provision": ApiError,
    "no_provision_update": ApiError,
    "no_queue": ApiError,
    "no_rate": ApiError,
    "no_recording": ApiError,
    "no_ringgroup": ApiError,
    "no_sequences": ApiError,
    "no_sipuri": ApiError,
    "no_sms": ApiError,
    "no_timecondition": ApiError,
    "no_transactions": ApiError,
    "no_vpri": ApiError,
    "order_failed": ApiError,
    "problem_sending_mail": ApiError,
    "provider_outofservice": ApiError,
    "recording_in_use_caller_id_filtering": ApiError,
    "recording_in_use_caller_timecondition": ApiError,
    "recording_in_use_did": ApiError,
    "recording_in_use_ivr": ApiError,
    "recording_in_use_queue": ApiError,
    "repeated_ip": ApiError,
    "reserved_ip": ApiError,
    "rtp_timeout_greater_than_rtp_hold_timeout": ApiError,
    "same_did_billingtype": ApiError,
    "sent_fail": ApiError,
    "sipuri_in_phonebook": ApiError,
    "sms_apply_regulations": ApiError,
    "sms_failed": ApiError,
    "sms_toolong": ApiError,
    "sms_wait_message": ApiError,
    "tls_error": ApiError,
    "Unable_to_purchase": ApiError,
    "unavailable_info": ApiError,
    "unsifficient_stock": ApiError,
    "used_description": ApiError,
    "used_email": ApiError,
    "used_extension": ApiError,
    "used_extension_in_location": ApiError,
    "used_filter": ApiError,
    "used_ip": ApiError,
    "used_name": ApiError,
    "used_number": ApiError,
    "used_password": ApiError,
    "used_speed_dial": ApiError,
    "used_username": ApiError,
    "weak_password": ApiError,
}

#: Exception class for a code prefix (``missing_`` -> RequestError), tried in order.
PREFIX_CLASSES: Final[tuple[tuple[str, type[ApiError]], ...]] = (
    ("missing_", RequestError),
    ("invalid_", RequestError),
    ("Invalid_", RequestError),
)

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
    "ApiLimitExceededError",
    "RequestError",
]
