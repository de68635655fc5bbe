"""Request builders and response parsers for every operation: pure functions, shared by both clients."""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Final

import httpx

from ._answers import ErrorTable, Row, raise_for_status, with_context, with_mutation_context
from ._budget import Limit
from ._checks import (
    _RE_830D595766,
    _RE_A0A1EE83A3,
    _RE_FBBB81AA72,
    check_sequence_step,
)
from ._jsonio import decode_fast, load_json
from ._lazy import LazyModule, LazyTable
from ._request import (
    OperationInfo,
    ParamInfo,
    PreparedRequest,
    encode_multipart,
    query_pairs,
    secret_texts,
)
from ._rpc import RpcBinding, RpcCall, RpcFaults, rpc_data, rpc_data_from, rpc_json
from ._status_field import StatusField
from ._validation import Problems, check_scalar, raise_problems
from .errors import class_for
from .models import (
    CALL_RECORDING_TYPE_VALUES,
    E911_COUNTRY_VALUES,
    E911_LANGUAGE_VALUES,
    HUNTING_ORDER_VALUES,
    QUEUE_EMPTY_MODE_VALUES,
    SEARCH_TYPE_VALUES,
    TRANSCRIPTION_FORMAT_VALUES,
    VANITY_PREFIX_VALUES,
    VOICEMAIL_FILE_FORMAT_VALUES,
    YES_NO_ONCE_VALUES,
    YES_NO_VALUES,
    AddLNPFileResponse,
    AddLNPPortResponse,
    AddMemberToConferenceResponse,
    AssignDIDvPRIResponse,
    CallRecordingType,
    CancelFaxNumberResponse,
    CreateSubAccountResponse,
    E911AddressTypesResponse,
    E911Country,
    E911InfoResponse,
    E911Language,
    GetAllowedCodecsResponse,
    GetAuthTypesResponse,
    GetBackOrdersResponse,
    GetBalanceManagementResponse,
    GetBalanceResponse,
    GetCallAccountsResponse,
    GetCallbacksResponse,
    GetCallBillingResponse,
    GetCallerIDFilteringResponse,
    GetCallHuntingsResponse,
    GetCallParkingResponse,
    GetCallRecordingResponse,
    GetCallRecordingsResponse,
    GetCallTranscriptionsResponse,
    GetCallTypesResponse,
    GetCarriersResponse,
    GetCDRResponse,
    GetChargesResponse,
    GetClientPackagesResponse,
    GetClientsResponse,
    GetClientThresholdResponse,
    GetConferenceMembersResponse,
    GetConferenceRecordingFileResponse,
    GetConferenceRecordingsResponse,
    GetConferenceResponse,
    GetCountriesResponse,
    GetDepositsResponse,
    GetDeviceTypesResponse,
    GetDIDCountriesResponse,
    GetDIDsCANResponse,
    GetDIDsInfoResponse,
    GetDIDsInternationalGeographicResponse,
    GetDIDsInternationalNationalResponse,
    GetDIDsInternationalTollFreeResponse,
    GetDIDsUSAResponse,
    GetDIDvPRIResponse,
    GetDISAsResponse,
    GetDTMFModesResponse,
    GetEmailToFaxResponse,
    GetFaxFoldersResponse,
    GetFaxMessagePDFResponse,
    GetFaxMessagesResponse,
    GetFaxNumbersInfoResponse,
    GetFaxNumbersPortabilityResponse,
    GetFaxProvincesResponse,
    GetFaxRateCentersCANResponse,
    GetFaxRateCentersUSAResponse,
    GetFaxStatesResponse,
    GetForwardingsResponse,
    GetInternationalTypesResponse,
    GetInvoiceResponse,
    GetIPResponse,
    GetIVRsResponse,
    GetJoinWhenEmptyTypesResponse,
    GetLanguagesResponse,
    GetLNPAttachListResponse,
    GetLNPAttachResponse,
    GetLNPListResponse,
    GetLNPListStatusResponse,
    GetLNPNotesResponse,
    GetLNPStatusResponse,
    GetLocalesResponse,
    GetLocationsResponse,
    GetLockInternationalResponse,
    GetMediaMMSResponse,
    GetMMSResponse,
    GetMusicOnHoldResponse,
    GetNATResponse,
    GetPackagesResponse,
    GetPhonebookGroupsResponse,
    GetPhonebookResponse,
    GetPlayInstructionsResponse,
    GetPortabilityResponse,
    GetProtocolsResponse,
    GetProvincesResponse,
    GetQueuesResponse,
    GetRateCentersCANResponse,
    GetRateCentersUSAResponse,
    GetRatesResponse,
    GetRecordingFileResponse,
    GetRecordingsResponse,
    GetRegistrationStatusResponse,
    GetReportEstimatedHoldTimeResponse,
    GetResellerBalanceResponse,
    GetResellerCDRResponse,
    GetResellerMMSResponse,
    GetResellerSMSResponse,
    GetRingGroupsResponse,
    GetRingStrategiesResponse,
    GetRoutesResponse,
    GetSequencesResponse,
    GetServersInfoResponse,
    GetSIPURIsResponse,
    GetSMSResponse,
    GetStatesResponse,
    GetStaticMembersResponse,
    GetSubAccountsResponse,
    GetTerminationRatesResponse,
    GetTimeConditionsResponse,
    GetTimezonesResponse,
    GetTransactionHistoryResponse,
    GetVoicemailAttachmentFormatsResponse,
    GetVoicemailFoldersResponse,
    GetVoicemailMessageFileResponse,
    GetVoicemailMessagesResponse,
    GetVoicemailSetupsResponse,
    GetVoicemailsResponse,
    GetVoicemailTranscriptionsResponse,
    GetVPRIsResponse,
    HuntingOrder,
    MailFaxMessagePDFResponse,
    OrderFaxNumberResponse,
    QueueEmptyMode,
    RemoveDIDvPRIResponse,
    SearchDIDsCANResponse,
    SearchDIDsUSAResponse,
    SearchFaxAreaCodeCANResponse,
    SearchFaxAreaCodeUSAResponse,
    SearchTollFreeCanUSResponse,
    SearchTollFreeUSAResponse,
    SearchType,
    SearchVanityResponse,
    SendCallRecordingEmailResponse,
    SendMMSResponse,
    SendSMSResponse,
    SequenceStep,
    SetCallbackResponse,
    SetCallerIDFilteringResponse,
    SetCallHuntingResponse,
    SetCallParkingResponse,
    SetConferenceMemberResponse,
    SetConferenceResponse,
    SetDISAResponse,
    SetForwardingResponse,
    SetIVRResponse,
    SetPhonebookGroupResponse,
    SetPhonebookResponse,
    SetQueueResponse,
    SetRecordingResponse,
    SetRingGroupResponse,
    SetSequencesResponse,
    SetSIPURIResponse,
    SetSMSResponse,
    SetStaticMemberResponse,
    SetTimeConditionResponse,
    SignupClientResponse,
    TranscriptionFormat,
    VanityPrefix,
    VoicemailFileFormat,
    YesNo,
    YesNoOnce,
)

if TYPE_CHECKING:
    from . import _json
else:  # the JSON wire types (msgspec Structs) are made with the first answer read, not at import
    _json = LazyModule(globals(), "_json", "._json", __package__)


def _operations() -> dict[str, OperationInfo]:
    return {
        "addCharge": OperationInfo(
            wire_name="addCharge",
            python_name="add_charge",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("client", "client", True, "query"),
                ParamInfo("charge", "charge", True, "query"),
                ParamInfo("description", "description", False, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Add a charge to a reseller client.",
            rpc=True,
        ),
        "addLNPFile": OperationInfo(
            wire_name="addLNPFile",
            python_name="add_lnp_file",
            http_method="POST",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("portid", "portid", True, "body"),
                ParamInfo("file", "file", True, "body"),
            ),
            mutates=True,
            success_status=(200,),
            description="Attach an invoice file to a number port (LNP) order.",
            rpc=True,
        ),
        "addLNPPort": OperationInfo(
            wire_name="addLNPPort",
            python_name="add_lnp_port",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("portType", "port_type", True, "query"),
                ParamInfo("numbers", "numbers", True, "query"),
                ParamInfo("isPartial", "is_partial", False, "query"),
                ParamInfo("locationType", "location_type", False, "query"),
                ParamInfo("isMobile", "is_mobile", False, "query"),
                ParamInfo("pin", "pin", False, "query"),
                ParamInfo("imei", "imei", False, "query"),
                ParamInfo("btn", "btn", False, "query"),
                ParamInfo("services", "services", False, "query"),
                ParamInfo("tfType", "tf_type", False, "query"),
                ParamInfo("statementName", "statement_name", True, "query"),
                ParamInfo("firstName", "first_name", True, "query"),
                ParamInfo("lastName", "last_name", True, "query"),
                ParamInfo("address1", "address1", True, "query"),
                ParamInfo("address2", "address2", False, "query"),
                ParamInfo("city", "city", True, "query"),
                ParamInfo("zip", "zip", True, "query"),
                ParamInfo("state", "state", True, "query"),
                ParamInfo("country", "country", True, "query"),
                ParamInfo("providerName", "provider_name", True, "query"),
                ParamInfo("providerAccount", "provider_account", True, "query"),
                ParamInfo("notes", "notes", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Start a port-in (LNP) process for one or more numbers.",
            rpc=True,
        ),
        "addMemberToConference": OperationInfo(
            wire_name="addMemberToConference",
            python_name="add_member_to_conference",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("member", "member", True, "query"),
                ParamInfo("conference", "conference", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Add a member profile to a conference.",
            rpc=True,
        ),
        "addPayment": OperationInfo(
            wire_name="addPayment",
            python_name="add_payment",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("client", "client", True, "query"),
                ParamInfo("payment", "payment", True, "query"),
                ParamInfo("description", "description", False, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Add a payment to a reseller client.",
            rpc=True,
        ),
        "assignDIDvPRI": OperationInfo(
            wire_name="assignDIDvPRI",
            python_name="assign_did_vpri",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("vpri", "vpri", True, "query"),
                ParamInfo("did", "did", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Assign a per-minute DID to a vPRI (flat-rate DIDs cannot be assigned).",
            rpc=True,
        ),
        "backOrderDIDCAN": OperationInfo(
            wire_name="backOrderDIDCAN",
            python_name="back_order_didcan",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("quantity", "quantity", True, "query"),
                ParamInfo("province", "province", True, "query"),
                ParamInfo("ratecenter", "ratecenter", True, "query"),
                ParamInfo("routing", "routing", True, "query"),
                ParamInfo("failover_busy", "failover_busy", False, "query"),
                ParamInfo("failover_unreachable", "failover_unreachable", False, "query"),
                ParamInfo("failover_noanswer", "failover_noanswer", False, "query"),
                ParamInfo("voicemail", "voicemail", False, "query"),
                ParamInfo("pop", "pop", True, "query"),
                ParamInfo("dialtime", "dialtime", True, "query"),
                ParamInfo("cnam", "cnam", True, "query"),
                ParamInfo("callerid_prefix", "callerid_prefix", False, "query"),
                ParamInfo("note", "note", False, "query"),
                ParamInfo("billing_type", "billing_type", True, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Back-order Canadian DIDs from a rate center and province.",
            rpc=True,
        ),
        "backOrderDIDUSA": OperationInfo(
            wire_name="backOrderDIDUSA",
            python_name="back_order_didusa",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("quantity", "quantity", True, "query"),
                ParamInfo("state", "state", True, "query"),
                ParamInfo("ratecenter", "ratecenter", True, "query"),
                ParamInfo("routing", "routing", True, "query"),
                ParamInfo("failover_busy", "failover_busy", False, "query"),
                ParamInfo("failover_unreachable", "failover_unreachable", False, "query"),
                ParamInfo("failover_noanswer", "failover_noanswer", False, "query"),
                ParamInfo("voicemail", "voicemail", False, "query"),
                ParamInfo("pop", "pop", True, "query"),
                ParamInfo("dialtime", "dialtime", True, "query"),
                ParamInfo("cnam", "cnam", True, "query"),
                ParamInfo("callerid_prefix", "callerid_prefix", False, "query"),
                ParamInfo("note", "note", False, "query"),
                ParamInfo("billing_type", "billing_type", True, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Back-order USA DIDs from a rate center and state.",
            rpc=True,
        ),
        "cancelDID": OperationInfo(
            wire_name="cancelDID",
            python_name="cancel_did",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("cancelcomment", "cancelcomment", False, "query"),
                ParamInfo("portout", "portout", False, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Cancel a DID and remove it from the account.",
            rpc=True,
        ),
        "cancelFaxNumber": OperationInfo(
            wire_name="cancelFaxNumber",
            python_name="cancel_fax_number",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("id", "id", True, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Cancel a fax number and remove it from the account.",
            rpc=True,
        ),
        "connectDID": OperationInfo(
            wire_name="connectDID",
            python_name="connect_did",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("account", "account", True, "query"),
                ParamInfo("monthly", "monthly", True, "query"),
                ParamInfo("setup", "setup", True, "query"),
                ParamInfo("minute", "minute", True, "query"),
                ParamInfo("next_billing", "next_billing", False, "query"),
                ParamInfo("dont_charge_setup", "dont_charge_setup", False, "query"),
                ParamInfo("dont_charge_monthly", "dont_charge_monthly", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Connect a DID to a reseller client's sub account.",
            rpc=True,
        ),
        "connectFAX": OperationInfo(
            wire_name="connectFAX",
            python_name="connect_fax",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("account", "account", True, "query"),
                ParamInfo("monthly", "monthly", True, "query"),
                ParamInfo("setup", "setup", True, "query"),
                ParamInfo("minute", "minute", True, "query"),
                ParamInfo("next_billing", "next_billing", False, "query"),
                ParamInfo("dont_charge_setup", "dont_charge_setup", False, "query"),
                ParamInfo("dont_charge_monthly", "dont_charge_monthly", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Connect a fax DID to a reseller client's sub account.",
            rpc=True,
        ),
        "createSubAccount": OperationInfo(
            wire_name="createSubAccount",
            python_name="create_sub_account",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("username", "username", True, "query"),
                ParamInfo("protocol", "protocol", True, "query"),
                ParamInfo("description", "description", False, "query"),
                ParamInfo("auth_type", "auth_type", True, "query"),
                ParamInfo("password", "password", False, "query"),
                ParamInfo("ip", "ip", False, "query"),
                ParamInfo("device_type", "device_type", True, "query"),
                ParamInfo("callerid_number", "callerid_number", False, "query"),
                ParamInfo("canada_routing", "canada_routing", False, "query"),
                ParamInfo("lock_international", "lock_international", True, "query"),
                ParamInfo("allow225", "allow225", False, "query"),
                ParamInfo("international_route", "international_route", True, "query"),
                ParamInfo("music_on_hold", "music_on_hold", True, "query"),
                ParamInfo("language", "language", False, "query"),
                ParamInfo("allowed_codecs", "allowed_codecs", True, "query"),
                ParamInfo("dtmf_mode", "dtmf_mode", True, "query"),
                ParamInfo("nat", "nat", True, "query"),
                ParamInfo("sip_traffic", "sip_traffic", False, "query"),
                ParamInfo("max_expiry", "max_expiry", False, "query"),
                ParamInfo("rtp_timeout", "rtp_timeout", False, "query"),
                ParamInfo("rtp_hold_timeout", "rtp_hold_timeout", False, "query"),
                ParamInfo("ip_restriction", "ip_restriction", False, "query"),
                ParamInfo("enable_ip_restriction", "enable_ip_restriction", False, "query"),
                ParamInfo("pop_restriction", "pop_restriction", False, "query"),
                ParamInfo("enable_pop_restriction", "enable_pop_restriction", False, "query"),
                ParamInfo("internal_extension", "internal_extension", False, "query"),
                ParamInfo("internal_voicemail", "internal_voicemail", False, "query"),
                ParamInfo("internal_dialtime", "internal_dialtime", False, "query"),
                ParamInfo("reseller_client", "reseller_client", False, "query"),
                ParamInfo("reseller_package", "reseller_package", False, "query"),
                ParamInfo("reseller_nextbilling", "reseller_nextbilling", False, "query"),
                ParamInfo("reseller_chargesetup", "reseller_chargesetup", False, "query"),
                ParamInfo("parking_lot", "parking_lot", False, "query"),
                ParamInfo("send_bye", "send_bye", False, "query"),
                ParamInfo("record_calls", "record_calls", False, "query"),
                ParamInfo("transcribe", "transcribe", False, "query"),
                ParamInfo("transcription_locale", "transcription_locale", False, "query"),
                ParamInfo("transcription_redaction", "transcription_redaction", False, "query"),
                ParamInfo("transcription_summary", "transcription_summary", False, "query"),
                ParamInfo("transcription_sentiment", "transcription_sentiment", False, "query"),
                ParamInfo("transcription_email", "transcription_email", False, "query"),
                ParamInfo("transcription_start_delay", "transcription_start_delay", False, "query"),
                ParamInfo("enable_internal_cnam", "enable_internal_cnam", False, "query"),
                ParamInfo("internal_cnam", "internal_cnam", False, "query"),
                ParamInfo("dialing_mode", "dialing_mode", False, "query"),
                ParamInfo("tfcarrier", "tfcarrier", False, "query"),
                ParamInfo("internal_extension_location", "internal_extension_location", False, "query"),
                ParamInfo("call_pickup_behavior", "call_pickup_behavior", False, "query"),
                ParamInfo("default_e911", "default_e911", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create a sub account.",
            rpc=True,
        ),
        "createVoicemail": OperationInfo(
            wire_name="createVoicemail",
            python_name="create_voicemail",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("digits", "digits", True, "query"),
                ParamInfo("name", "name", True, "query"),
                ParamInfo("password", "password", True, "query"),
                ParamInfo("skip_password", "skip_password", True, "query"),
                ParamInfo("email", "email", False, "query"),
                ParamInfo("attach_message", "attach_message", True, "query"),
                ParamInfo("delete_message", "delete_message", True, "query"),
                ParamInfo("say_time", "say_time", True, "query"),
                ParamInfo("timezone", "timezone", True, "query"),
                ParamInfo("say_callerid", "say_callerid", True, "query"),
                ParamInfo("play_instructions", "play_instructions", True, "query"),
                ParamInfo("language", "language", True, "query"),
                ParamInfo("client", "client", False, "query"),
                ParamInfo("email_attachment_format", "email_attachment_format", False, "query"),
                ParamInfo("unavailable_message_recording", "unavailable_message_recording", False, "query"),
                ParamInfo("transcription", "transcription", False, "query"),
                ParamInfo("transcription_locale", "transcription_locale", False, "query"),
                ParamInfo("transcription_redaction", "transcription_redaction", False, "query"),
                ParamInfo("transcription_sentiment", "transcription_sentiment", False, "query"),
                ParamInfo("transcription_summary", "transcription_summary", False, "query"),
                ParamInfo("transcription_format", "transcription_format", False, "query"),
                ParamInfo("transcription_delay", "transcription_delay", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create a voicemail box.",
            rpc=True,
        ),
        "delCallback": OperationInfo(
            wire_name="delCallback",
            python_name="del_callback",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("callback", "callback", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a callback entry.",
            rpc=True,
        ),
        "delCallerIDFiltering": OperationInfo(
            wire_name="delCallerIDFiltering",
            python_name="del_caller_id_filtering",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("filtering", "filtering", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a caller ID filtering entry.",
            rpc=True,
        ),
        "delCallHunting": OperationInfo(
            wire_name="delCallHunting",
            python_name="del_call_hunting",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("callhunting", "callhunting", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a call hunting entry.",
            rpc=True,
        ),
        "delCallParking": OperationInfo(
            wire_name="delCallParking",
            python_name="del_call_parking",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("callparking", "callparking", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a call parking entry.",
            rpc=True,
        ),
        "delCallRecording": OperationInfo(
            wire_name="delCallRecording",
            python_name="del_call_recording",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("callrecording", "callrecording", True, "query"),
                ParamInfo("account", "account", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Delete a call recording with its audio file and details.",
            rpc=True,
        ),
        "delClient": OperationInfo(
            wire_name="delClient",
            python_name="del_client",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("client", "client", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a reseller client.",
            rpc=True,
        ),
        "delConference": OperationInfo(
            wire_name="delConference",
            python_name="del_conference",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("conference", "conference", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a conference.",
            rpc=True,
        ),
        "delConferenceMember": OperationInfo(
            wire_name="delConferenceMember",
            python_name="del_conference_member",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("member", "member", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a conference member profile.",
            rpc=True,
        ),
        "delDISA": OperationInfo(
            wire_name="delDISA",
            python_name="del_disa",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("disa", "disa", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a DISA entry.",
            rpc=True,
        ),
        "delEmailToFax": OperationInfo(
            wire_name="delEmailToFax",
            python_name="del_email_to_fax",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("id", "id", True, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Delete an email-to-fax configuration.",
            rpc=True,
        ),
        "deleteFaxMessage": OperationInfo(
            wire_name="deleteFaxMessage",
            python_name="delete_fax_message",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("id", "id", True, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Delete a fax message.",
            rpc=True,
        ),
        "deleteMMS": OperationInfo(
            wire_name="deleteMMS",
            python_name="delete_mms",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("id", "id", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete an MMS message.",
            rpc=True,
        ),
        "deleteSMS": OperationInfo(
            wire_name="deleteSMS",
            python_name="delete_sms",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("id", "id", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete an SMS message.",
            rpc=True,
        ),
        "delFaxFolder": OperationInfo(
            wire_name="delFaxFolder",
            python_name="del_fax_folder",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("id", "id", True, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Delete a fax folder.",
            rpc=True,
        ),
        "delForwarding": OperationInfo(
            wire_name="delForwarding",
            python_name="del_forwarding",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("forwarding", "forwarding", False, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a forwarding entry.",
            rpc=True,
        ),
        "delIVR": OperationInfo(
            wire_name="delIVR",
            python_name="del_ivr",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("ivr", "ivr", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete an IVR.",
            rpc=True,
        ),
        "delLocation": OperationInfo(
            wire_name="delLocation",
            python_name="del_location",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("name", "name", True, "query"),
                ParamInfo("id", "id", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Delete an internal extension location.",
        ),
        "delMemberFromConference": OperationInfo(
            wire_name="delMemberFromConference",
            python_name="del_member_from_conference",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("member", "member", True, "query"),
                ParamInfo("conference", "conference", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Remove a member profile from a conference.",
            rpc=True,
        ),
        "delMessages": OperationInfo(
            wire_name="delMessages",
            python_name="del_messages",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("mailbox", "mailbox", True, "query"),
                ParamInfo("folder", "folder", False, "query"),
                ParamInfo("message_num", "message_num", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Delete voicemail messages of a mailbox: all of them, or one message of a folder.",
            rpc=True,
        ),
        "delMusicOnHold": OperationInfo(
            wire_name="delMusicOnHold",
            python_name="del_music_on_hold",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("music_on_hold", "music_on_hold", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a custom music on hold.",
            rpc=True,
        ),
        "delPhonebook": OperationInfo(
            wire_name="delPhonebook",
            python_name="del_phonebook",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("phonebook", "phonebook", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a phonebook entry.",
            rpc=True,
        ),
        "delPhonebookGroup": OperationInfo(
            wire_name="delPhonebookGroup",
            python_name="del_phonebook_group",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("group", "group", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a phonebook group.",
            rpc=True,
        ),
        "delQueue": OperationInfo(
            wire_name="delQueue",
            python_name="del_queue",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("queue", "queue", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a call queue.",
            rpc=True,
        ),
        "delRecording": OperationInfo(
            wire_name="delRecording",
            python_name="del_recording",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("recording", "recording", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a recording.",
            rpc=True,
        ),
        "delRingGroup": OperationInfo(
            wire_name="delRingGroup",
            python_name="del_ring_group",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("ringgroup", "ringgroup", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a ring group.",
            rpc=True,
        ),
        "delSequences": OperationInfo(
            wire_name="delSequences",
            python_name="del_sequences",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("sequence", "sequence", True, "query"),
                ParamInfo("client", "client", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Delete a sequence.",
        ),
        "delSIPURI": OperationInfo(
            wire_name="delSIPURI",
            python_name="del_sipuri",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("sipuri", "sipuri", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a SIP URI.",
            rpc=True,
        ),
        "delStaticMember": OperationInfo(
            wire_name="delStaticMember",
            python_name="del_static_member",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("member", "member", True, "query"),
                ParamInfo("queue", "queue", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Remove a static member from a queue.",
            rpc=True,
        ),
        "delSubAccount": OperationInfo(
            wire_name="delSubAccount",
            python_name="del_sub_account",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("id", "id", False, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a sub account.",
            rpc=True,
        ),
        "delTimeCondition": OperationInfo(
            wire_name="delTimeCondition",
            python_name="del_time_condition",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("timecondition", "timecondition", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a time condition.",
            rpc=True,
        ),
        "delVoicemail": OperationInfo(
            wire_name="delVoicemail",
            python_name="del_voicemail",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("mailbox", "mailbox", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a voicemail box.",
            rpc=True,
        ),
        "e911AddressTypes": OperationInfo(
            wire_name="e911AddressTypes",
            python_name="e911_address_types",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("type", "type", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the e911 address types, or one by code.",
            rpc=True,
        ),
        "e911Cancel": OperationInfo(
            wire_name="e911Cancel",
            python_name="e911_cancel",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("did", "did", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Cancel the e911 service of a DID.",
            rpc=True,
        ),
        "e911Info": OperationInfo(
            wire_name="e911Info",
            python_name="e911_info",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("did", "did", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="Get the e911 information of a DID.",
            rpc=True,
        ),
        "e911Provision": OperationInfo(
            wire_name="e911Provision",
            python_name="e911_provision",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("full_name", "full_name", True, "query"),
                ParamInfo("street_number", "street_number", True, "query"),
                ParamInfo("street_name", "street_name", True, "query"),
                ParamInfo("address_type", "address_type", False, "query"),
                ParamInfo("address_number", "address_number", False, "query"),
                ParamInfo("city", "city", True, "query"),
                ParamInfo("state", "state", True, "query"),
                ParamInfo("country", "country", True, "query"),
                ParamInfo("zip_code", "zip_code", True, "query"),
                ParamInfo("language", "language", True, "query"),
                ParamInfo("email", "email", True, "query"),
                ParamInfo("other_info", "other_info", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Subscribe a DID to the e911 emergency service.",
            rpc=True,
        ),
        "e911ProvisionManually": OperationInfo(
            wire_name="e911ProvisionManually",
            python_name="e911_provision_manually",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("full_name", "full_name", True, "query"),
                ParamInfo("street_number", "street_number", True, "query"),
                ParamInfo("street_name", "street_name", True, "query"),
                ParamInfo("address_type", "address_type", False, "query"),
                ParamInfo("address_number", "address_number", False, "query"),
                ParamInfo("city", "city", True, "query"),
                ParamInfo("state", "state", True, "query"),
                ParamInfo("country", "country", True, "query"),
                ParamInfo("zip_code", "zip_code", True, "query"),
                ParamInfo("language", "language", True, "query"),
                ParamInfo("email", "email", True, "query"),
                ParamInfo("other_info", "other_info", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Subscribe a DID to the e911 service, the address being validated by VoIP.ms staff.",
            rpc=True,
        ),
        "e911Update": OperationInfo(
            wire_name="e911Update",
            python_name="e911_update",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("full_name", "full_name", True, "query"),
                ParamInfo("street_number", "street_number", True, "query"),
                ParamInfo("street_name", "street_name", True, "query"),
                ParamInfo("address_type", "address_type", False, "query"),
                ParamInfo("address_number", "address_number", False, "query"),
                ParamInfo("city", "city", True, "query"),
                ParamInfo("state", "state", True, "query"),
                ParamInfo("country", "country", True, "query"),
                ParamInfo("zip_code", "zip_code", True, "query"),
                ParamInfo("language", "language", True, "query"),
                ParamInfo("email", "email", True, "query"),
                ParamInfo("other_info", "other_info", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Update the e911 subscription of a DID.",
            rpc=True,
        ),
        "e911Validate": OperationInfo(
            wire_name="e911Validate",
            python_name="e911_validate",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("full_name", "full_name", True, "query"),
                ParamInfo("street_number", "street_number", True, "query"),
                ParamInfo("street_name", "street_name", True, "query"),
                ParamInfo("address_type", "address_type", False, "query"),
                ParamInfo("address_number", "address_number", False, "query"),
                ParamInfo("city", "city", True, "query"),
                ParamInfo("state", "state", True, "query"),
                ParamInfo("country", "country", True, "query"),
                ParamInfo("zip_code", "zip_code", True, "query"),
                ParamInfo("language", "language", False, "query"),
                ParamInfo("email", "email", True, "query"),
                ParamInfo("other_info", "other_info", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Validate e911 information before subscribing a DID.",
            rpc=True,
        ),
        "getAllowedCodecs": OperationInfo(
            wire_name="getAllowedCodecs",
            python_name="get_allowed_codecs",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("codec", "codec", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the allowed codecs, or one by code.",
            rpc=True,
        ),
        "getAuthTypes": OperationInfo(
            wire_name="getAuthTypes",
            python_name="get_auth_types",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("type", "type", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the sub account authentication types, or one by code.",
            rpc=True,
        ),
        "getBackOrders": OperationInfo(
            wire_name="getBackOrders",
            python_name="get_back_orders",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("id", "id", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List back-ordered DIDs, or one by ID.",
            rpc=True,
        ),
        "getBalance": OperationInfo(
            wire_name="getBalance",
            python_name="get_balance",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("advanced", "advanced", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="Get the account balance, with call statistics when advanced is set.",
            rpc=True,
        ),
        "getBalanceManagement": OperationInfo(
            wire_name="getBalanceManagement",
            python_name="get_balance_management",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("balance_management", "balance_management", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the balance management options, or one by code.",
            rpc=True,
        ),
        "getCallAccounts": OperationInfo(
            wire_name="getCallAccounts",
            python_name="get_call_accounts",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("client", "client", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the accounts usable as a CDR filter: all of them, or those of one reseller client.",
            rpc=True,
        ),
        "getCallbacks": OperationInfo(
            wire_name="getCallbacks",
            python_name="get_callbacks",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("callback", "callback", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List callback entries, or one by ID.",
            rpc=True,
        ),
        "getCallBilling": OperationInfo(
            wire_name="getCallBilling",
            python_name="get_call_billing",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(),
            mutates=False,
            success_status=(200,),
            description="List the call billing options usable as a CDR filter.",
            rpc=True,
        ),
        "getCallerIDFiltering": OperationInfo(
            wire_name="getCallerIDFiltering",
            python_name="get_caller_id_filtering",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("filtering", "filtering", False, "query"),
                ParamInfo("did", "did", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List caller ID filtering entries, or one by ID.",
            rpc=True,
        ),
        "getCallHuntings": OperationInfo(
            wire_name="getCallHuntings",
            python_name="get_call_huntings",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("callhunting", "callhunting", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List call hunting entries, or one by ID.",
            rpc=True,
        ),
        "getCallParking": OperationInfo(
            wire_name="getCallParking",
            python_name="get_call_parking",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("callparking", "callparking", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List call parking entries, or one by ID.",
            rpc=True,
        ),
        "getCallRecording": OperationInfo(
            wire_name="getCallRecording",
            python_name="get_call_recording",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("callrecording", "callrecording", True, "query"),
                ParamInfo("account", "account", True, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get one call recording with its MP3 file (Base64).",
            rpc=True,
        ),
        "getCallRecordings": OperationInfo(
            wire_name="getCallRecordings",
            python_name="get_call_recordings",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("account", "account", True, "query"),
                ParamInfo("start", "start", False, "query"),
                ParamInfo("length", "length", False, "query"),
                ParamInfo("date_from", "date_from", True, "query"),
                ParamInfo("date_to", "date_to", True, "query"),
                ParamInfo("call_type", "call_type", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the call recordings of an account between two dates.",
            rpc=True,
        ),
        "getCallTranscriptions": OperationInfo(
            wire_name="getCallTranscriptions",
            python_name="get_call_transcriptions",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("account", "account", True, "query"),
                ParamInfo("date_to", "date_to", True, "query"),
                ParamInfo("date_from", "date_from", True, "query"),
                ParamInfo("call_type", "call_type", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the call transcriptions of an account between two dates.",
            rpc=True,
        ),
        "getCallTypes": OperationInfo(
            wire_name="getCallTypes",
            python_name="get_call_types",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("client", "client", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the call types and DIDs usable as a CDR filter, optionally for a reseller client.",
            rpc=True,
        ),
        "getCarriers": OperationInfo(
            wire_name="getCarriers",
            python_name="get_carriers",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("carrier", "carrier", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the carriers for vanity numbers, or one by code.",
            rpc=True,
        ),
        "getCDR": OperationInfo(
            wire_name="getCDR",
            python_name="get_cdr",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("date_from", "date_from", True, "query"),
                ParamInfo("date_to", "date_to", True, "query"),
                ParamInfo("answered", "answered", False, "query"),
                ParamInfo("noanswer", "noanswer", False, "query"),
                ParamInfo("busy", "busy", False, "query"),
                ParamInfo("failed", "failed", False, "query"),
                ParamInfo("timezone", "timezone", True, "query"),
                ParamInfo("calltype", "calltype", False, "query"),
                ParamInfo("callbilling", "callbilling", False, "query"),
                ParamInfo("account", "account", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the call detail records of the account between two dates.",
            rpc=True,
        ),
        "getCharges": OperationInfo(
            wire_name="getCharges",
            python_name="get_charges",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("client", "client", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the charges made to a reseller client.",
            rpc=True,
        ),
        "getClientPackages": OperationInfo(
            wire_name="getClientPackages",
            python_name="get_client_packages",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("client", "client", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the packages of a reseller client.",
            rpc=True,
        ),
        "getClients": OperationInfo(
            wire_name="getClients",
            python_name="get_clients",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("client", "client", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List reseller clients, or one by ID or e-mail.",
            rpc=True,
        ),
        "getClientThreshold": OperationInfo(
            wire_name="getClientThreshold",
            python_name="get_client_threshold",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("client", "client", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="Get the balance threshold settings of a reseller client.",
            rpc=True,
        ),
        "getConference": OperationInfo(
            wire_name="getConference",
            python_name="get_conference",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("conference", "conference", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List conferences, or one by ID.",
            rpc=True,
        ),
        "getConferenceMembers": OperationInfo(
            wire_name="getConferenceMembers",
            python_name="get_conference_members",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("member", "member", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List conference member profiles, or one by ID.",
            rpc=True,
        ),
        "getConferenceRecordingFile": OperationInfo(
            wire_name="getConferenceRecordingFile",
            python_name="get_conference_recording_file",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("conference", "conference", True, "query"),
                ParamInfo("recording", "recording", True, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get a conference recording file (Base64).",
            rpc=True,
        ),
        "getConferenceRecordings": OperationInfo(
            wire_name="getConferenceRecordings",
            python_name="get_conference_recordings",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("conference", "conference", True, "query"),
                ParamInfo("date_from", "date_from", False, "query"),
                ParamInfo("date_to", "date_to", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the recordings of a conference.",
            rpc=True,
        ),
        "getCountries": OperationInfo(
            wire_name="getCountries",
            python_name="get_countries",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("country", "country", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List countries, or one by code.",
            rpc=True,
        ),
        "getDeposits": OperationInfo(
            wire_name="getDeposits",
            python_name="get_deposits",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("client", "client", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the deposits made for a reseller client.",
            rpc=True,
        ),
        "getDeviceTypes": OperationInfo(
            wire_name="getDeviceTypes",
            python_name="get_device_types",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("device_type", "device_type", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the device types, or one by code.",
            rpc=True,
        ),
        "getDIDCountries": OperationInfo(
            wire_name="getDIDCountries",
            python_name="get_did_countries",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("country_id", "country_id", False, "query"),
                ParamInfo("type", "type", True, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the countries offering international DIDs of a type, or one by ID.",
            rpc=True,
        ),
        "getDIDsCAN": OperationInfo(
            wire_name="getDIDsCAN",
            python_name="get_dids_can",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("province", "province", True, "query"),
                ParamInfo("ratecenter", "ratecenter", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List available Canadian DIDs by province and rate center.",
            rpc=True,
        ),
        "getDIDsInfo": OperationInfo(
            wire_name="getDIDsInfo",
            python_name="get_dids_info",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("client", "client", False, "query"),
                ParamInfo("did", "did", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get the DIDs of the account, a reseller client or a sub account, or one DID.",
            rpc=True,
        ),
        "getDIDsInternationalGeographic": OperationInfo(
            wire_name="getDIDsInternationalGeographic",
            python_name="get_dids_international_geographic",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("country_id", "country_id", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="List international geographic DID locations of a country.",
            rpc=True,
        ),
        "getDIDsInternationalNational": OperationInfo(
            wire_name="getDIDsInternationalNational",
            python_name="get_dids_international_national",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("country_id", "country_id", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="List international national DID locations of a country.",
            rpc=True,
        ),
        "getDIDsInternationalTollFree": OperationInfo(
            wire_name="getDIDsInternationalTollFree",
            python_name="get_dids_international_toll_free",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("country_id", "country_id", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="List international toll-free DID locations of a country.",
            rpc=True,
        ),
        "getDIDsUSA": OperationInfo(
            wire_name="getDIDsUSA",
            python_name="get_dids_usa",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("state", "state", True, "query"),
                ParamInfo("ratecenter", "ratecenter", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List available USA DIDs by state and rate center.",
            rpc=True,
        ),
        "getDIDvPRI": OperationInfo(
            wire_name="getDIDvPRI",
            python_name="get_did_vpri",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("vpri", "vpri", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the DIDs assigned to a vPRI.",
            rpc=True,
        ),
        "getDISAs": OperationInfo(
            wire_name="getDISAs",
            python_name="get_disas",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("disa", "disa", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List DISA entries, or one by ID.",
            rpc=True,
        ),
        "getDTMFModes": OperationInfo(
            wire_name="getDTMFModes",
            python_name="get_dtmf_modes",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("dtmf_mode", "dtmf_mode", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the DTMF modes, or one by code.",
            rpc=True,
        ),
        "getEmailToFax": OperationInfo(
            wire_name="getEmailToFax",
            python_name="get_email_to_fax",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("id", "id", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List email-to-fax configurations, or one by ID.",
            rpc=True,
        ),
        "getFaxFolders": OperationInfo(
            wire_name="getFaxFolders",
            python_name="get_fax_folders",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("id", "id", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the fax folders of the account.",
            rpc=True,
        ),
        "getFaxMessagePDF": OperationInfo(
            wire_name="getFaxMessagePDF",
            python_name="get_fax_message_pdf",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("id", "id", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="Get a fax message as a Base64-encoded PDF.",
            rpc=True,
        ),
        "getFaxMessages": OperationInfo(
            wire_name="getFaxMessages",
            python_name="get_fax_messages",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("from", "from_", False, "query"),
                ParamInfo("to", "to", False, "query"),
                ParamInfo("folder", "folder", False, "query"),
                ParamInfo("id", "id", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List fax messages, or one by ID.",
            rpc=True,
        ),
        "getFaxNumbersInfo": OperationInfo(
            wire_name="getFaxNumbersInfo",
            python_name="get_fax_numbers_info",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("did", "did", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the fax numbers of the account, or one number.",
            rpc=True,
        ),
        "getFaxNumbersPortability": OperationInfo(
            wire_name="getFaxNumbersPortability",
            python_name="get_fax_numbers_portability",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("did", "did", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="Tell whether a fax number can be ported to VoIP.ms.",
            rpc=True,
        ),
        "getFaxProvinces": OperationInfo(
            wire_name="getFaxProvinces",
            python_name="get_fax_provinces",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("province", "province", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the Canadian provinces offering fax numbers, or one by code.",
            rpc=True,
        ),
        "getFaxRateCentersCAN": OperationInfo(
            wire_name="getFaxRateCentersCAN",
            python_name="get_fax_rate_centers_can",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("province", "province", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the Canadian fax rate centers of a province.",
            rpc=True,
        ),
        "getFaxRateCentersUSA": OperationInfo(
            wire_name="getFaxRateCentersUSA",
            python_name="get_fax_rate_centers_usa",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("state", "state", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the USA fax rate centers of a state.",
            rpc=True,
        ),
        "getFaxStates": OperationInfo(
            wire_name="getFaxStates",
            python_name="get_fax_states",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("state", "state", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the USA states offering fax numbers, or one by code.",
            rpc=True,
        ),
        "getForwardings": OperationInfo(
            wire_name="getForwardings",
            python_name="get_forwardings",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("forwarding", "forwarding", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List forwarding entries, or one by ID.",
            rpc=True,
        ),
        "getInternationalTypes": OperationInfo(
            wire_name="getInternationalTypes",
            python_name="get_international_types",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("type", "type", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the international DID types, or one by code.",
            rpc=True,
        ),
        "getInvoice": OperationInfo(
            wire_name="getInvoice",
            python_name="get_invoice",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("from", "from_", False, "query"),
                ParamInfo("to", "to", False, "query"),
                ParamInfo("range", "range", False, "query"),
                ParamInfo("type", "type", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get a URL to download the invoice of a period as a PDF file.",
        ),
        "getIP": OperationInfo(
            wire_name="getIP",
            python_name="get_ip",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(),
            mutates=False,
            success_status=(200,),
            description="Get the IP address the API sees for this client (the only call not "
            "checked against the allowed IPs).",
            rpc=True,
        ),
        "getIVRs": OperationInfo(
            wire_name="getIVRs",
            python_name="get_ivrs",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("ivr", "ivr", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List IVRs, or one by ID.",
            rpc=True,
        ),
        "getJoinWhenEmptyTypes": OperationInfo(
            wire_name="getJoinWhenEmptyTypes",
            python_name="get_join_when_empty_types",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("type", "type", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the queue 'join when empty' types, or one by code.",
            rpc=True,
        ),
        "getLanguages": OperationInfo(
            wire_name="getLanguages",
            python_name="get_languages",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("language", "language", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the system languages, or one by code.",
            rpc=True,
        ),
        "getLNPAttach": OperationInfo(
            wire_name="getLNPAttach",
            python_name="get_lnp_attach",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("portid", "portid", True, "query"),
                ParamInfo("attachid", "attachid", True, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get an invoice file attached to a port order.",
            rpc=True,
        ),
        "getLNPAttachList": OperationInfo(
            wire_name="getLNPAttachList",
            python_name="get_lnp_attach_list",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("portid", "portid", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the invoice files attached to a port order.",
            rpc=True,
        ),
        "getLNPDetails": OperationInfo(
            wire_name="getLNPDetails",
            python_name="get_lnp_details",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("portid", "portid", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="Get the details of a port order.",
            rpc=True,
        ),
        "getLNPList": OperationInfo(
            wire_name="getLNPList",
            python_name="get_lnp_list",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("portid", "portid", True, "query"),
                ParamInfo("portStatus", "port_status", False, "query"),
                ParamInfo("startDate", "start_date", False, "query"),
                ParamInfo("endDate", "end_date", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the port orders of the account.",
            rpc=True,
        ),
        "getLNPListStatus": OperationInfo(
            wire_name="getLNPListStatus",
            python_name="get_lnp_list_status",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(),
            mutates=False,
            success_status=(200,),
            description="List the possible statuses of a port order.",
            rpc=True,
        ),
        "getLNPNotes": OperationInfo(
            wire_name="getLNPNotes",
            python_name="get_lnp_notes",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("portid", "portid", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the notes of a port order.",
            rpc=True,
        ),
        "getLNPStatus": OperationInfo(
            wire_name="getLNPStatus",
            python_name="get_lnp_status",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("portid", "portid", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="Get the current status of a port order.",
            rpc=True,
        ),
        "getLocales": OperationInfo(
            wire_name="getLocales",
            python_name="get_locales",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("locale", "locale", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the transcription locales, or one by code.",
            rpc=True,
        ),
        "getLocations": OperationInfo(
            wire_name="getLocations",
            python_name="get_locations",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(),
            mutates=False,
            success_status=(200,),
            description="List the internal extension locations.",
        ),
        "getLockInternational": OperationInfo(
            wire_name="getLockInternational",
            python_name="get_lock_international",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("lock_international", "lock_international", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the international call lock modes, or one by code.",
            rpc=True,
        ),
        "getMediaMMS": OperationInfo(
            wire_name="getMediaMMS",
            python_name="get_media_mms",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("id", "id", False, "query"),
                ParamInfo("media_as_array", "media_as_array", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get the media files of an MMS message.",
            rpc=True,
        ),
        "getMMS": OperationInfo(
            wire_name="getMMS",
            python_name="get_mms",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("mms", "mms", False, "query"),
                ParamInfo("from", "from_", False, "query"),
                ParamInfo("to", "to", False, "query"),
                ParamInfo("type", "type", False, "query"),
                ParamInfo("did", "did", False, "query"),
                ParamInfo("contact", "contact", False, "query"),
                ParamInfo("limit", "limit", False, "query"),
                ParamInfo("timezone", "timezone", False, "query"),
                ParamInfo("all_messages", "all_messages", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List MMS messages by date range, type, DID and contact, or one by ID.",
            rpc=True,
        ),
        "getMusicOnHold": OperationInfo(
            wire_name="getMusicOnHold",
            python_name="get_music_on_hold",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("music_on_hold", "music_on_hold", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List music on hold options, or one by code.",
            rpc=True,
        ),
        "getNAT": OperationInfo(
            wire_name="getNAT",
            python_name="get_nat",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("nat", "nat", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the NAT options, or one by code.",
            rpc=True,
        ),
        "getPackages": OperationInfo(
            wire_name="getPackages",
            python_name="get_packages",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("package", "package", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List reseller packages, or one by ID.",
            rpc=True,
        ),
        "getPhonebook": OperationInfo(
            wire_name="getPhonebook",
            python_name="get_phonebook",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("phonebook", "phonebook", False, "query"),
                ParamInfo("name", "name", False, "query"),
                ParamInfo("group", "group", False, "query"),
                ParamInfo("group_name", "group_name", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List phonebook entries, filtered by name or group, or one by ID.",
            rpc=True,
        ),
        "getPhonebookGroups": OperationInfo(
            wire_name="getPhonebookGroups",
            python_name="get_phonebook_groups",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("name", "name", False, "query"),
                ParamInfo("group", "group", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List phonebook groups, filtered by name, or one by ID.",
            rpc=True,
        ),
        "getPlayInstructions": OperationInfo(
            wire_name="getPlayInstructions",
            python_name="get_play_instructions",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("play_instructions", "play_instructions", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the voicemail play instructions modes, or one by code.",
            rpc=True,
        ),
        "getPortability": OperationInfo(
            wire_name="getPortability",
            python_name="get_portability",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("did", "did", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="Tell whether a number can be ported to VoIP.ms, with the plans available.",
            rpc=True,
        ),
        "getProtocols": OperationInfo(
            wire_name="getProtocols",
            python_name="get_protocols",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("protocol", "protocol", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the sub account protocols, or one by code.",
            rpc=True,
        ),
        "getProvinces": OperationInfo(
            wire_name="getProvinces",
            python_name="get_provinces",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(),
            mutates=False,
            success_status=(200,),
            description="List the Canadian provinces.",
            rpc=True,
        ),
        "getQueues": OperationInfo(
            wire_name="getQueues",
            python_name="get_queues",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("queue", "queue", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List call queues, or one by ID.",
            rpc=True,
        ),
        "getRateCentersCAN": OperationInfo(
            wire_name="getRateCentersCAN",
            python_name="get_rate_centers_can",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("province", "province", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the Canadian rate centers of a province.",
            rpc=True,
        ),
        "getRateCentersUSA": OperationInfo(
            wire_name="getRateCentersUSA",
            python_name="get_rate_centers_usa",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("state", "state", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the USA rate centers of a state.",
            rpc=True,
        ),
        "getRates": OperationInfo(
            wire_name="getRates",
            python_name="get_rates",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("package", "package", True, "query"),
                ParamInfo("query", "query_", True, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Search the rates of a package.",
            rpc=True,
        ),
        "getRecordingFile": OperationInfo(
            wire_name="getRecordingFile",
            python_name="get_recording_file",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("recording", "recording", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="Get a recording file (Base64).",
            rpc=True,
        ),
        "getRecordings": OperationInfo(
            wire_name="getRecordings",
            python_name="get_recordings",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("recording", "recording", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List recordings, or one by ID.",
            rpc=True,
        ),
        "getRegistrationStatus": OperationInfo(
            wire_name="getRegistrationStatus",
            python_name="get_registration_status",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("account", "account", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="Get the SIP registration status of an account.",
            rpc=True,
        ),
        "getReportEstimatedHoldTime": OperationInfo(
            wire_name="getReportEstimatedHoldTime",
            python_name="get_report_estimated_hold_time",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("type", "type", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the queue 'report estimated hold time' types, or one by code.",
            rpc=True,
        ),
        "getResellerBalance": OperationInfo(
            wire_name="getResellerBalance",
            python_name="get_reseller_balance",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("client", "client", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="Get the balance and call statistics of a reseller client (last 30 days and today).",
            rpc=True,
        ),
        "getResellerCDR": OperationInfo(
            wire_name="getResellerCDR",
            python_name="get_reseller_cdr",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("date_from", "date_from", True, "query"),
                ParamInfo("date_to", "date_to", True, "query"),
                ParamInfo("client", "client", True, "query"),
                ParamInfo("answered", "answered", False, "query"),
                ParamInfo("noanswer", "noanswer", False, "query"),
                ParamInfo("busy", "busy", False, "query"),
                ParamInfo("failed", "failed", False, "query"),
                ParamInfo("timezone", "timezone", True, "query"),
                ParamInfo("calltype", "calltype", False, "query"),
                ParamInfo("callbilling", "callbilling", False, "query"),
                ParamInfo("account", "account", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the call detail records of a reseller client between two dates.",
            rpc=True,
        ),
        "getResellerMMS": OperationInfo(
            wire_name="getResellerMMS",
            python_name="get_reseller_mms",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("sms", "sms", False, "query"),
                ParamInfo("client", "client", True, "query"),
                ParamInfo("from", "from_", False, "query"),
                ParamInfo("to", "to", False, "query"),
                ParamInfo("type", "type", False, "query"),
                ParamInfo("did", "did", False, "query"),
                ParamInfo("contact", "contact", False, "query"),
                ParamInfo("limit", "limit", False, "query"),
                ParamInfo("timezone", "timezone", False, "query"),
                ParamInfo("all_messages", "all_messages", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the MMS messages of a reseller client.",
            rpc=True,
        ),
        "getResellerSMS": OperationInfo(
            wire_name="getResellerSMS",
            python_name="get_reseller_sms",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("sms", "sms", False, "query"),
                ParamInfo("client", "client", True, "query"),
                ParamInfo("from", "from_", False, "query"),
                ParamInfo("to", "to", False, "query"),
                ParamInfo("type", "type", False, "query"),
                ParamInfo("did", "did", False, "query"),
                ParamInfo("contact", "contact", False, "query"),
                ParamInfo("limit", "limit", False, "query"),
                ParamInfo("timezone", "timezone", False, "query"),
                ParamInfo("all_messages", "all_messages", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the SMS messages of a reseller client.",
            rpc=True,
        ),
        "getRingGroups": OperationInfo(
            wire_name="getRingGroups",
            python_name="get_ring_groups",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("ring_group", "ring_group", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List ring groups, or one by ID.",
            rpc=True,
        ),
        "getRingStrategies": OperationInfo(
            wire_name="getRingStrategies",
            python_name="get_ring_strategies",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("strategy", "strategy", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the queue ring strategies, or one by code.",
            rpc=True,
        ),
        "getRoutes": OperationInfo(
            wire_name="getRoutes",
            python_name="get_routes",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("route", "route", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the call routes, or one by code.",
            rpc=True,
        ),
        "getSequences": OperationInfo(
            wire_name="getSequences",
            python_name="get_sequences",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("sequence", "sequence", False, "query"),
                ParamInfo("client", "client", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List sequences, or one by ID.",
        ),
        "getServersInfo": OperationInfo(
            wire_name="getServersInfo",
            python_name="get_servers_info",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("server_pop", "server_pop", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the VoIP.ms servers, or one by POP.",
            rpc=True,
        ),
        "getSIPURIs": OperationInfo(
            wire_name="getSIPURIs",
            python_name="get_sipuris",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("sipuri", "sipuri", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List SIP URIs, or one by ID.",
            rpc=True,
        ),
        "getSMS": OperationInfo(
            wire_name="getSMS",
            python_name="get_sms",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("sms", "sms", False, "query"),
                ParamInfo("from", "from_", False, "query"),
                ParamInfo("to", "to", False, "query"),
                ParamInfo("type", "type", False, "query"),
                ParamInfo("did", "did", False, "query"),
                ParamInfo("contact", "contact", False, "query"),
                ParamInfo("limit", "limit", False, "query"),
                ParamInfo("timezone", "timezone", False, "query"),
                ParamInfo("all_messages", "all_messages", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List SMS messages by date range, type, DID and contact, or one by ID.",
            rpc=True,
        ),
        "getStates": OperationInfo(
            wire_name="getStates",
            python_name="get_states",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(),
            mutates=False,
            success_status=(200,),
            description="List the USA states.",
            rpc=True,
        ),
        "getStaticMembers": OperationInfo(
            wire_name="getStaticMembers",
            python_name="get_static_members",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("queue", "queue", True, "query"),
                ParamInfo("member", "member", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the static members of a queue, or one by ID.",
            rpc=True,
        ),
        "getSubAccounts": OperationInfo(
            wire_name="getSubAccounts",
            python_name="get_sub_accounts",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("account", "account", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List sub accounts, those of a reseller client, or one by name.",
            rpc=True,
        ),
        "getTerminationRates": OperationInfo(
            wire_name="getTerminationRates",
            python_name="get_termination_rates",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("query", "query_", True, "query"),
                ParamInfo("route", "route", True, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Search the termination rates of a route.",
            rpc=True,
        ),
        "getTimeConditions": OperationInfo(
            wire_name="getTimeConditions",
            python_name="get_time_conditions",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("timecondition", "timecondition", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List time conditions, or one by ID.",
            rpc=True,
        ),
        "getTimezones": OperationInfo(
            wire_name="getTimezones",
            python_name="get_timezones",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("timezone", "timezone", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the voicemail time zones, or one by code.",
            rpc=True,
        ),
        "getTransactionHistory": OperationInfo(
            wire_name="getTransactionHistory",
            python_name="get_transaction_history",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("date_from", "date_from", True, "query"),
                ParamInfo("date_to", "date_to", True, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the account transactions between two dates.",
            rpc=True,
        ),
        "getVoicemailAttachmentFormats": OperationInfo(
            wire_name="getVoicemailAttachmentFormats",
            python_name="get_voicemail_attachment_formats",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("email_attachment_format", "email_attachment_format", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the voicemail e-mail attachment formats, or one by code.",
            rpc=True,
        ),
        "getVoicemailFolders": OperationInfo(
            wire_name="getVoicemailFolders",
            python_name="get_voicemail_folders",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("folder", "folder", False, "query"),
                ParamInfo("mailbox", "mailbox", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List voicemail folders, or one by name.",
            rpc=True,
        ),
        "getVoicemailMessageFile": OperationInfo(
            wire_name="getVoicemailMessageFile",
            python_name="get_voicemail_message_file",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("mailbox", "mailbox", True, "query"),
                ParamInfo("folder", "folder", True, "query"),
                ParamInfo("message_num", "message_num", True, "query"),
                ParamInfo("format", "format", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get a voicemail message file (Base64).",
            rpc=True,
        ),
        "getVoicemailMessages": OperationInfo(
            wire_name="getVoicemailMessages",
            python_name="get_voicemail_messages",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("mailbox", "mailbox", True, "query"),
                ParamInfo("folder", "folder", False, "query"),
                ParamInfo("date_from", "date_from", False, "query"),
                ParamInfo("date_to", "date_to", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the messages of a mailbox, optionally by folder and date range.",
            rpc=True,
        ),
        "getVoicemails": OperationInfo(
            wire_name="getVoicemails",
            python_name="get_voicemails",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("mailbox", "mailbox", False, "query"),
                ParamInfo("client", "client", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List voicemail boxes, or one by mailbox number.",
            rpc=True,
        ),
        "getVoicemailSetups": OperationInfo(
            wire_name="getVoicemailSetups",
            python_name="get_voicemail_setups",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("voicemailsetup", "voicemailsetup", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the voicemail setup options, or one by code.",
            rpc=True,
        ),
        "getVoicemailTranscriptions": OperationInfo(
            wire_name="getVoicemailTranscriptions",
            python_name="get_voicemail_transcriptions",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("account", "account", False, "query"),
                ParamInfo("mailbox", "mailbox", True, "query"),
                ParamInfo("date_to", "date_to", True, "query"),
                ParamInfo("date_from", "date_from", True, "query"),
                ParamInfo("folder", "folder", True, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the voicemail transcriptions of a mailbox folder between two dates.",
            rpc=True,
        ),
        "getVPRIs": OperationInfo(
            wire_name="getVPRIs",
            python_name="get_vpris",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("vpri", "vpri", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the vPRIs of the account.",
            rpc=True,
        ),
        "mailFaxMessagePDF": OperationInfo(
            wire_name="mailFaxMessagePDF",
            python_name="mail_fax_message_pdf",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("id", "id", True, "query"),
                ParamInfo("email", "email", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="E-mail a fax message as a PDF attachment.",
            rpc=True,
        ),
        "markListenedVoicemailMessage": OperationInfo(
            wire_name="markListenedVoicemailMessage",
            python_name="mark_listened_voicemail_message",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("mailbox", "mailbox", True, "query"),
                ParamInfo("folder", "folder", True, "query"),
                ParamInfo("message_num", "message_num", True, "query"),
                ParamInfo("listened", "listened", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Mark a voicemail message as listened (moved to Old) or not listened (moved to INBOX).",
            rpc=True,
        ),
        "markUrgentVoicemailMessage": OperationInfo(
            wire_name="markUrgentVoicemailMessage",
            python_name="mark_urgent_voicemail_message",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("mailbox", "mailbox", True, "query"),
                ParamInfo("folder", "folder", True, "query"),
                ParamInfo("message_num", "message_num", True, "query"),
                ParamInfo("urgent", "urgent", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Mark a voicemail message as urgent (moved to Urgent) or not urgent (moved to INBOX).",
            rpc=True,
        ),
        "moveFaxMessage": OperationInfo(
            wire_name="moveFaxMessage",
            python_name="move_fax_message",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("fax_id", "fax_id", True, "query"),
                ParamInfo("folder_id", "folder_id", True, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Move a fax message to another folder.",
            rpc=True,
        ),
        "moveFolderVoicemailMessage": OperationInfo(
            wire_name="moveFolderVoicemailMessage",
            python_name="move_folder_voicemail_message",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("mailbox", "mailbox", True, "query"),
                ParamInfo("folder", "folder", True, "query"),
                ParamInfo("message_num", "message_num", True, "query"),
                ParamInfo("new_folder", "new_folder", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Move a voicemail message to another folder.",
            rpc=True,
        ),
        "orderDID": OperationInfo(
            wire_name="orderDID",
            python_name="order_did",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("routing", "routing", True, "query"),
                ParamInfo("failover_busy", "failover_busy", False, "query"),
                ParamInfo("failover_unreachable", "failover_unreachable", False, "query"),
                ParamInfo("failover_noanswer", "failover_noanswer", False, "query"),
                ParamInfo("voicemail", "voicemail", False, "query"),
                ParamInfo("pop", "pop", True, "query"),
                ParamInfo("dialtime", "dialtime", True, "query"),
                ParamInfo("cnam", "cnam", True, "query"),
                ParamInfo("callerid_prefix", "callerid_prefix", False, "query"),
                ParamInfo("note", "note", False, "query"),
                ParamInfo("billing_type", "billing_type", True, "query"),
                ParamInfo("account", "account", False, "query"),
                ParamInfo("monthly", "monthly", False, "query"),
                ParamInfo("setup", "setup", False, "query"),
                ParamInfo("minute", "minute", False, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Order a DID and add it to the account.",
            rpc=True,
        ),
        "orderDIDInternationalGeographic": OperationInfo(
            wire_name="orderDIDInternationalGeographic",
            python_name="order_did_international_geographic",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("location_id", "location_id", True, "query"),
                ParamInfo("quantity", "quantity", True, "query"),
                ParamInfo("routing", "routing", True, "query"),
                ParamInfo("failover_busy", "failover_busy", False, "query"),
                ParamInfo("failover_unreachable", "failover_unreachable", False, "query"),
                ParamInfo("failover_noanswer", "failover_noanswer", False, "query"),
                ParamInfo("voicemail", "voicemail", False, "query"),
                ParamInfo("pop", "pop", True, "query"),
                ParamInfo("dialtime", "dialtime", True, "query"),
                ParamInfo("cnam", "cnam", True, "query"),
                ParamInfo("callerid_prefix", "callerid_prefix", False, "query"),
                ParamInfo("billing_type", "billing_type", True, "query"),
                ParamInfo("note", "note", False, "query"),
                ParamInfo("account", "account", False, "query"),
                ParamInfo("monthly", "monthly", False, "query"),
                ParamInfo("setup", "setup", False, "query"),
                ParamInfo("minute", "minute", False, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Order international geographic DIDs and add them to the account.",
            rpc=True,
        ),
        "orderDIDInternationalNational": OperationInfo(
            wire_name="orderDIDInternationalNational",
            python_name="order_did_international_national",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("location_id", "location_id", True, "query"),
                ParamInfo("quantity", "quantity", True, "query"),
                ParamInfo("routing", "routing", True, "query"),
                ParamInfo("failover_busy", "failover_busy", False, "query"),
                ParamInfo("failover_unreachable", "failover_unreachable", False, "query"),
                ParamInfo("failover_noanswer", "failover_noanswer", False, "query"),
                ParamInfo("voicemail", "voicemail", False, "query"),
                ParamInfo("pop", "pop", True, "query"),
                ParamInfo("dialtime", "dialtime", True, "query"),
                ParamInfo("cnam", "cnam", True, "query"),
                ParamInfo("callerid_prefix", "callerid_prefix", False, "query"),
                ParamInfo("billing_type", "billing_type", True, "query"),
                ParamInfo("note", "note", False, "query"),
                ParamInfo("account", "account", False, "query"),
                ParamInfo("monthly", "monthly", False, "query"),
                ParamInfo("setup", "setup", False, "query"),
                ParamInfo("minute", "minute", False, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Order international national DIDs and add them to the account.",
            rpc=True,
        ),
        "orderDIDInternationalTollFree": OperationInfo(
            wire_name="orderDIDInternationalTollFree",
            python_name="order_did_international_toll_free",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("location_id", "location_id", True, "query"),
                ParamInfo("quantity", "quantity", True, "query"),
                ParamInfo("routing", "routing", True, "query"),
                ParamInfo("failover_busy", "failover_busy", False, "query"),
                ParamInfo("failover_unreachable", "failover_unreachable", False, "query"),
                ParamInfo("failover_noanswer", "failover_noanswer", False, "query"),
                ParamInfo("voicemail", "voicemail", False, "query"),
                ParamInfo("pop", "pop", True, "query"),
                ParamInfo("dialtime", "dialtime", True, "query"),
                ParamInfo("cnam", "cnam", True, "query"),
                ParamInfo("callerid_prefix", "callerid_prefix", False, "query"),
                ParamInfo("note", "note", False, "query"),
                ParamInfo("account", "account", False, "query"),
                ParamInfo("monthly", "monthly", False, "query"),
                ParamInfo("setup", "setup", False, "query"),
                ParamInfo("minute", "minute", False, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Order international toll-free DIDs and add them to the account.",
            rpc=True,
        ),
        "orderDIDVirtual": OperationInfo(
            wire_name="orderDIDVirtual",
            python_name="order_did_virtual",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("digits", "digits", True, "query"),
                ParamInfo("routing", "routing", True, "query"),
                ParamInfo("failover_busy", "failover_busy", False, "query"),
                ParamInfo("failover_unreachable", "failover_unreachable", False, "query"),
                ParamInfo("failover_noanswer", "failover_noanswer", False, "query"),
                ParamInfo("voicemail", "voicemail", False, "query"),
                ParamInfo("pop", "pop", True, "query"),
                ParamInfo("dialtime", "dialtime", True, "query"),
                ParamInfo("cnam", "cnam", True, "query"),
                ParamInfo("callerid_prefix", "callerid_prefix", False, "query"),
                ParamInfo("note", "note", False, "query"),
                ParamInfo("account", "account", False, "query"),
                ParamInfo("monthly", "monthly", False, "query"),
                ParamInfo("setup", "setup", False, "query"),
                ParamInfo("minute", "minute", False, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Order a virtual DID and add it to the account.",
            rpc=True,
        ),
        "orderFaxNumber": OperationInfo(
            wire_name="orderFaxNumber",
            python_name="order_fax_number",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("location", "location", True, "query"),
                ParamInfo("quantity", "quantity", True, "query"),
                ParamInfo("email", "email", False, "query"),
                ParamInfo("email_enable", "email_enable", False, "query"),
                ParamInfo("email_attach_file", "email_attach_file", False, "query"),
                ParamInfo("url_callback", "url_callback", False, "query"),
                ParamInfo("url_callback_enable", "url_callback_enable", False, "query"),
                ParamInfo("url_callback_retry", "url_callback_retry", False, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Order fax numbers and add them to the account.",
            rpc=True,
        ),
        "orderTollFree": OperationInfo(
            wire_name="orderTollFree",
            python_name="order_toll_free",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("routing", "routing", True, "query"),
                ParamInfo("failover_busy", "failover_busy", False, "query"),
                ParamInfo("failover_unreachable", "failover_unreachable", False, "query"),
                ParamInfo("failover_noanswer", "failover_noanswer", False, "query"),
                ParamInfo("voicemail", "voicemail", False, "query"),
                ParamInfo("pop", "pop", True, "query"),
                ParamInfo("dialtime", "dialtime", True, "query"),
                ParamInfo("cnam", "cnam", True, "query"),
                ParamInfo("callerid_prefix", "callerid_prefix", False, "query"),
                ParamInfo("note", "note", False, "query"),
                ParamInfo("account", "account", False, "query"),
                ParamInfo("monthly", "monthly", False, "query"),
                ParamInfo("setup", "setup", False, "query"),
                ParamInfo("minute", "minute", False, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Order a toll-free number and add it to the account.",
            rpc=True,
        ),
        "orderVanity": OperationInfo(
            wire_name="orderVanity",
            python_name="order_vanity",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("routing", "routing", True, "query"),
                ParamInfo("failover_busy", "failover_busy", False, "query"),
                ParamInfo("failover_unreachable", "failover_unreachable", False, "query"),
                ParamInfo("failover_noanswer", "failover_noanswer", False, "query"),
                ParamInfo("voicemail", "voicemail", False, "query"),
                ParamInfo("pop", "pop", True, "query"),
                ParamInfo("dialtime", "dialtime", True, "query"),
                ParamInfo("cnam", "cnam", True, "query"),
                ParamInfo("callerid_prefix", "callerid_prefix", False, "query"),
                ParamInfo("note", "note", False, "query"),
                ParamInfo("carrier", "carrier", True, "query"),
                ParamInfo("account", "account", False, "query"),
                ParamInfo("monthly", "monthly", False, "query"),
                ParamInfo("setup", "setup", False, "query"),
                ParamInfo("minute", "minute", False, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Order a vanity toll-free number and add it to the account.",
            rpc=True,
        ),
        "removeDIDvPRI": OperationInfo(
            wire_name="removeDIDvPRI",
            python_name="remove_did_vpri",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("vpri", "vpri", False, "query"),
                ParamInfo("did", "did", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Remove a DID from a vPRI.",
            rpc=True,
        ),
        "searchDIDsCAN": OperationInfo(
            wire_name="searchDIDsCAN",
            python_name="search_dids_can",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("province", "province", False, "query"),
                ParamInfo("type", "type", True, "query"),
                ParamInfo("query", "query_", True, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Search available Canadian DIDs, optionally in a province.",
            rpc=True,
        ),
        "searchDIDsUSA": OperationInfo(
            wire_name="searchDIDsUSA",
            python_name="search_dids_usa",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("state", "state", False, "query"),
                ParamInfo("type", "type", True, "query"),
                ParamInfo("query", "query_", True, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Search available USA DIDs, optionally in a state.",
            rpc=True,
        ),
        "searchFaxAreaCodeCAN": OperationInfo(
            wire_name="searchFaxAreaCodeCAN",
            python_name="search_fax_area_code_can",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("area_code", "area_code", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="Search Canadian fax rate centers by area code.",
            rpc=True,
        ),
        "searchFaxAreaCodeUSA": OperationInfo(
            wire_name="searchFaxAreaCodeUSA",
            python_name="search_fax_area_code_usa",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("area_code", "area_code", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="Search USA fax rate centers by area code.",
            rpc=True,
        ),
        "searchTollFreeCanUS": OperationInfo(
            wire_name="searchTollFreeCanUS",
            python_name="search_toll_free_can_us",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("type", "type", False, "query"),
                ParamInfo("query", "query_", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Search available USA/Canada toll-free numbers (all of them without criteria).",
            rpc=True,
        ),
        "searchTollFreeUSA": OperationInfo(
            wire_name="searchTollFreeUSA",
            python_name="search_toll_free_usa",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("type", "type", False, "query"),
                ParamInfo("query", "query_", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Search available USA toll-free numbers (all of them without criteria).",
            rpc=True,
        ),
        "searchVanity": OperationInfo(
            wire_name="searchVanity",
            python_name="search_vanity",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("type", "type", True, "query"),
                ParamInfo("query", "query_", True, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Search available vanity toll-free numbers.",
            rpc=True,
        ),
        "sendCallRecordingEmail": OperationInfo(
            wire_name="sendCallRecordingEmail",
            python_name="send_call_recording_email",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("callrecording", "callrecording", True, "query"),
                ParamInfo("account", "account", True, "query"),
                ParamInfo("email", "email", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="E-mail a call recording with its details.",
            rpc=True,
        ),
        "sendFaxMessage": OperationInfo(
            wire_name="sendFaxMessage",
            python_name="send_fax_message",
            http_method="POST",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("to_number", "to_number", True, "body"),
                ParamInfo("from_name", "from_name", True, "body"),
                ParamInfo("from_number", "from_number", True, "body"),
                ParamInfo("send_email_enabled", "send_email_enabled", False, "body"),
                ParamInfo("send_email", "send_email", False, "body"),
                ParamInfo("station_id", "station_id", False, "body"),
                ParamInfo("file", "file", True, "body"),
                ParamInfo("test", "test", False, "body"),
            ),
            mutates=True,
            success_status=(200,),
            description="Send a fax to a number.",
            rpc=True,
        ),
        "sendMMS": OperationInfo(
            wire_name="sendMMS",
            python_name="send_mms",
            http_method="POST",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "body"),
                ParamInfo("dst", "dst", True, "body"),
                ParamInfo("message", "message", True, "body"),
                ParamInfo("media1", "media1", False, "body"),
                ParamInfo("media2", "media2", False, "body"),
                ParamInfo("media3", "media3", False, "body"),
            ),
            mutates=True,
            success_status=(200,),
            description="Send an MMS message.",
            rpc=True,
        ),
        "sendSMS": OperationInfo(
            wire_name="sendSMS",
            python_name="send_sms",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("dst", "dst", True, "query"),
                ParamInfo("message", "message", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Send an SMS message.",
            rpc=True,
        ),
        "sendVoicemailEmail": OperationInfo(
            wire_name="sendVoicemailEmail",
            python_name="send_voicemail_email",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("mailbox", "mailbox", True, "query"),
                ParamInfo("folder", "folder", True, "query"),
                ParamInfo("message_num", "message_num", True, "query"),
                ParamInfo("email_address", "email_address", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="E-mail a voicemail message file.",
            rpc=True,
        ),
        "setCallback": OperationInfo(
            wire_name="setCallback",
            python_name="set_callback",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("callback", "callback", False, "query"),
                ParamInfo("description", "description", True, "query"),
                ParamInfo("number", "number", True, "query"),
                ParamInfo("delay_before", "delay_before", True, "query"),
                ParamInfo("response_timeout", "response_timeout", True, "query"),
                ParamInfo("digit_timeout", "digit_timeout", True, "query"),
                ParamInfo("callerid_number", "callerid_number", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create a callback entry, or update one when callback is given.",
            rpc=True,
        ),
        "setCallerIDFiltering": OperationInfo(
            wire_name="setCallerIDFiltering",
            python_name="set_caller_id_filtering",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("filter", "filter", False, "query"),
                ParamInfo("callerid", "callerid", True, "query"),
                ParamInfo("did", "did", True, "query"),
                ParamInfo("routing", "routing", True, "query"),
                ParamInfo("failover_unreachable", "failover_unreachable", False, "query"),
                ParamInfo("failover_busy", "failover_busy", False, "query"),
                ParamInfo("failover_noanswer", "failover_noanswer", False, "query"),
                ParamInfo("note", "note", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create a caller ID filtering entry, or update one when filter is given.",
            rpc=True,
        ),
        "setCallHunting": OperationInfo(
            wire_name="setCallHunting",
            python_name="set_call_hunting",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("callhunting", "callhunting", False, "query"),
                ParamInfo("description", "description", True, "query"),
                ParamInfo("music", "music", True, "query"),
                ParamInfo("recording", "recording", True, "query"),
                ParamInfo("language", "language", True, "query"),
                ParamInfo("order", "order", True, "query"),
                ParamInfo("members", "members", True, "query"),
                ParamInfo("ring_time", "ring_time", True, "query"),
                ParamInfo("press", "press", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create a call hunting entry, or update one when callhunting is given.",
            rpc=True,
        ),
        "setCallParking": OperationInfo(
            wire_name="setCallParking",
            python_name="set_call_parking",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("callparking", "callparking", False, "query"),
                ParamInfo("name", "name", True, "query"),
                ParamInfo("timeout", "timeout_", True, "query"),
                ParamInfo("music", "music", True, "query"),
                ParamInfo("failover", "failover", True, "query"),
                ParamInfo("language", "language", True, "query"),
                ParamInfo("destination", "destination", True, "query"),
                ParamInfo("delay", "delay", True, "query"),
                ParamInfo("blf_lamps", "blf_lamps", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create a call parking entry, or update one when callparking is given.",
            rpc=True,
        ),
        "setClient": OperationInfo(
            wire_name="setClient",
            python_name="set_client",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("client", "client", True, "query"),
                ParamInfo("email", "email", True, "query"),
                ParamInfo("password", "password", True, "query"),
                ParamInfo("company", "company", False, "query"),
                ParamInfo("firstname", "firstname", True, "query"),
                ParamInfo("lastname", "lastname", True, "query"),
                ParamInfo("address", "address", False, "query"),
                ParamInfo("city", "city", False, "query"),
                ParamInfo("state", "state", False, "query"),
                ParamInfo("country", "country", False, "query"),
                ParamInfo("zip", "zip", False, "query"),
                ParamInfo("phone_number", "phone_number", True, "query"),
                ParamInfo("balance_management", "balance_management", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Update a reseller client.",
            rpc=True,
        ),
        "setClientThreshold": OperationInfo(
            wire_name="setClientThreshold",
            python_name="set_client_threshold",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("client", "client", True, "query"),
                ParamInfo("email", "email", False, "query"),
                ParamInfo("threshold", "threshold", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Set the balance threshold and notification e-mail of a reseller client.",
            rpc=True,
        ),
        "setConference": OperationInfo(
            wire_name="setConference",
            python_name="set_conference",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("conference", "conference", True, "query"),
                ParamInfo("name", "name", True, "query"),
                ParamInfo("description", "description", True, "query"),
                ParamInfo("members", "members", False, "query"),
                ParamInfo("max_members", "max_members", True, "query"),
                ParamInfo("sound_join", "sound_join", False, "query"),
                ParamInfo("sound_leave", "sound_leave", False, "query"),
                ParamInfo("sound_has_joined", "sound_has_joined", False, "query"),
                ParamInfo("sound_has_left", "sound_has_left", False, "query"),
                ParamInfo("sound_kicked", "sound_kicked", False, "query"),
                ParamInfo("sound_muted", "sound_muted", False, "query"),
                ParamInfo("sound_unmuted", "sound_unmuted", False, "query"),
                ParamInfo("sound_only_person", "sound_only_person", False, "query"),
                ParamInfo("sound_only_one", "sound_only_one", False, "query"),
                ParamInfo("sound_there_are", "sound_there_are", False, "query"),
                ParamInfo("sound_other_in_party", "sound_other_in_party", False, "query"),
                ParamInfo("sound_place_into_conference", "sound_place_into_conference", False, "query"),
                ParamInfo("sound_get_pin", "sound_get_pin", False, "query"),
                ParamInfo("sound_invalid_pin", "sound_invalid_pin", False, "query"),
                ParamInfo("sound_locked", "sound_locked", False, "query"),
                ParamInfo("sound_locked_now", "sound_locked_now", False, "query"),
                ParamInfo("sound_unlocked_now", "sound_unlocked_now", False, "query"),
                ParamInfo("sound_error_menu", "sound_error_menu", False, "query"),
                ParamInfo("sound_participants_muted", "sound_participants_muted", False, "query"),
                ParamInfo("sound_participants_unmuted", "sound_participants_unmuted", False, "query"),
                ParamInfo("language", "language", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update a conference.",
            rpc=True,
        ),
        "setConferenceMember": OperationInfo(
            wire_name="setConferenceMember",
            python_name="set_conference_member",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("member", "member", True, "query"),
                ParamInfo("conference", "conference", True, "query"),
                ParamInfo("name", "name", True, "query"),
                ParamInfo("description", "description", False, "query"),
                ParamInfo("pin", "pin", False, "query"),
                ParamInfo("announce_join_leave", "announce_join_leave", False, "query"),
                ParamInfo("admin", "admin", False, "query"),
                ParamInfo("start_muted", "start_muted", False, "query"),
                ParamInfo("announce_user_count", "announce_user_count", False, "query"),
                ParamInfo("announce_only_user", "announce_only_user", False, "query"),
                ParamInfo("moh_when_empty", "moh_when_empty", False, "query"),
                ParamInfo("quiet", "quiet", False, "query"),
                ParamInfo("announcement", "announcement", False, "query"),
                ParamInfo("drop_silence", "drop_silence", False, "query"),
                ParamInfo("talking_threshold", "talking_threshold", False, "query"),
                ParamInfo("silence_threshold", "silence_threshold", False, "query"),
                ParamInfo("talk_detection", "talk_detection", False, "query"),
                ParamInfo("jitter_buffer", "jitter_buffer", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update a conference member profile.",
            rpc=True,
        ),
        "setDIDBillingType": OperationInfo(
            wire_name="setDIDBillingType",
            python_name="set_did_billing_type",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("billing_type", "billing_type", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Change the billing plan of a DID.",
            rpc=True,
        ),
        "setDIDInfo": OperationInfo(
            wire_name="setDIDInfo",
            python_name="set_did_info",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("routing", "routing", True, "query"),
                ParamInfo("failover_busy", "failover_busy", False, "query"),
                ParamInfo("failover_unreachable", "failover_unreachable", False, "query"),
                ParamInfo("failover_noanswer", "failover_noanswer", False, "query"),
                ParamInfo("voicemail", "voicemail", False, "query"),
                ParamInfo("pop", "pop", True, "query"),
                ParamInfo("dialtime", "dialtime", True, "query"),
                ParamInfo("cnam", "cnam", True, "query"),
                ParamInfo("callerid_prefix", "callerid_prefix", False, "query"),
                ParamInfo("note", "note", False, "query"),
                ParamInfo("port_out_pin", "port_out_pin", False, "query"),
                ParamInfo("billing_type", "billing_type", True, "query"),
                ParamInfo("record_calls", "record_calls", False, "query"),
                ParamInfo("inbound_dialing_mode", "inbound_dialing_mode", False, "query"),
                ParamInfo("transcribe", "transcribe", False, "query"),
                ParamInfo("transcription_locale", "transcription_locale", False, "query"),
                ParamInfo("transcription_redaction", "transcription_redaction", False, "query"),
                ParamInfo("transcription_summary", "transcription_summary", False, "query"),
                ParamInfo("transcription_sentiment", "transcription_sentiment", False, "query"),
                ParamInfo("transcription_email", "transcription_email", False, "query"),
                ParamInfo("sms_sipaccount_enabled", "sms_sipaccount_enabled", False, "query"),
                ParamInfo("sms_sipaccount", "sms_sipaccount", False, "query"),
                ParamInfo("transcription_start_delay", "transcription_start_delay", False, "query"),
                ParamInfo("voicemail_threshold", "voicemail_threshold", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Update the settings of a DID.",
            rpc=True,
        ),
        "setDIDPOP": OperationInfo(
            wire_name="setDIDPOP",
            python_name="set_didpop",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("pop", "pop", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Change the point of presence (server) of a DID.",
            rpc=True,
        ),
        "setDIDRouting": OperationInfo(
            wire_name="setDIDRouting",
            python_name="set_did_routing",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("routing", "routing", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Change the main routing of a DID.",
            rpc=True,
        ),
        "setDIDVoicemail": OperationInfo(
            wire_name="setDIDVoicemail",
            python_name="set_did_voicemail",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("voicemail", "voicemail", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Change the voicemail box of a DID.",
            rpc=True,
        ),
        "setDISA": OperationInfo(
            wire_name="setDISA",
            python_name="set_disa",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("disa", "disa", False, "query"),
                ParamInfo("name", "name", True, "query"),
                ParamInfo("pin", "pin", True, "query"),
                ParamInfo("digit_timeout", "digit_timeout", True, "query"),
                ParamInfo("callerid_override", "callerid_override", False, "query"),
                ParamInfo("language", "language", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create a DISA entry, or update one when disa is given.",
            rpc=True,
        ),
        "setEmailToFax": OperationInfo(
            wire_name="setEmailToFax",
            python_name="set_email_to_fax",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("id", "id", False, "query"),
                ParamInfo("enabled", "enabled", False, "query"),
                ParamInfo("auth_email", "auth_email", True, "query"),
                ParamInfo("from_number_id", "from_number_id", True, "query"),
                ParamInfo("security_code_enabled", "security_code_enabled", False, "query"),
                ParamInfo("security_code", "security_code", True, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create an email-to-fax configuration, or update one when id is given.",
            rpc=True,
        ),
        "setFaxFolder": OperationInfo(
            wire_name="setFaxFolder",
            python_name="set_fax_folder",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("id", "id", False, "query"),
                ParamInfo("name", "name", True, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create a fax folder, or update one when id is given.",
            rpc=True,
        ),
        "setFaxNumberEmail": OperationInfo(
            wire_name="setFaxNumberEmail",
            python_name="set_fax_number_email",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("email", "email", False, "query"),
                ParamInfo("email_enable", "email_enable", False, "query"),
                ParamInfo("email_attach_file", "email_attach_file", False, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Update the e-mail notification settings of a fax number.",
            rpc=True,
        ),
        "setFaxNumberInfo": OperationInfo(
            wire_name="setFaxNumberInfo",
            python_name="set_fax_number_info",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("email", "email", False, "query"),
                ParamInfo("email_enable", "email_enable", False, "query"),
                ParamInfo("email_attach_file", "email_attach_file", False, "query"),
                ParamInfo("url_callback", "url_callback", False, "query"),
                ParamInfo("url_callback_enable", "url_callback_enable", False, "query"),
                ParamInfo("url_callback_retry", "url_callback_retry", False, "query"),
                ParamInfo("fax_to_sip_enabled", "fax_to_sip_enabled", False, "query"),
                ParamInfo("fax_to_sip_enabled_account", "fax_to_sip_enabled_account", False, "query"),
                ParamInfo("note", "note", False, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Update the settings of a fax number.",
            rpc=True,
        ),
        "setFaxNumberURLCallback": OperationInfo(
            wire_name="setFaxNumberURLCallback",
            python_name="set_fax_number_url_callback",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("url_callback", "url_callback", False, "query"),
                ParamInfo("url_callback_enable", "url_callback_enable", False, "query"),
                ParamInfo("url_callback_retry", "url_callback_retry", False, "query"),
                ParamInfo("test", "test", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Update the URL callback settings of a fax number.",
            rpc=True,
        ),
        "setForwarding": OperationInfo(
            wire_name="setForwarding",
            python_name="set_forwarding",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("forwarding", "forwarding", False, "query"),
                ParamInfo("phone_number", "phone_number", True, "query"),
                ParamInfo("callerid_override", "callerid_override", False, "query"),
                ParamInfo("description", "description", False, "query"),
                ParamInfo("dtmf_digits", "dtmf_digits", False, "query"),
                ParamInfo("pause", "pause", False, "query"),
                ParamInfo("diversion_header", "diversion_header", False, "query"),
                ParamInfo("attestation_a_enabled", "attestation_a_enabled", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create a forwarding entry, or update one when forwarding is given.",
            rpc=True,
        ),
        "setIVR": OperationInfo(
            wire_name="setIVR",
            python_name="set_ivr",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("ivr", "ivr", False, "query"),
                ParamInfo("name", "name", True, "query"),
                ParamInfo("recording", "recording", True, "query"),
                ParamInfo("timeout", "timeout_", True, "query"),
                ParamInfo("language", "language", True, "query"),
                ParamInfo("voicemailsetup", "voicemailsetup", True, "query"),
                ParamInfo("choices", "choices", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create an IVR, or update one when ivr is given.",
            rpc=True,
        ),
        "setLocation": OperationInfo(
            wire_name="setLocation",
            python_name="set_location",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("name", "name", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Create an internal extension location.",
        ),
        "setMusicOnHold": OperationInfo(
            wire_name="setMusicOnHold",
            python_name="set_music_on_hold",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("name", "name", False, "query"),
                ParamInfo("description", "description", True, "query"),
                ParamInfo("volume", "volume", False, "query"),
                ParamInfo("sort", "sort", False, "query"),
                ParamInfo("recordings", "recordings", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update a custom music on hold from recordings.",
            rpc=True,
        ),
        "setPhonebook": OperationInfo(
            wire_name="setPhonebook",
            python_name="set_phonebook",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("phonebook", "phonebook", False, "query"),
                ParamInfo("speed_dial", "speed_dial", False, "query"),
                ParamInfo("name", "name", True, "query"),
                ParamInfo("number", "number", True, "query"),
                ParamInfo("callerid", "callerid", False, "query"),
                ParamInfo("note", "note", False, "query"),
                ParamInfo("group", "group", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create a phonebook entry, or update one when phonebook is given.",
            rpc=True,
        ),
        "setPhonebookGroup": OperationInfo(
            wire_name="setPhonebookGroup",
            python_name="set_phonebook_group",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("phonebook", "phonebook", False, "query"),
                ParamInfo("group", "group", False, "query"),
                ParamInfo("name", "name", True, "query"),
                ParamInfo("members", "members", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create a phonebook group, or update one and its members when group is given.",
            rpc=True,
        ),
        "setQueue": OperationInfo(
            wire_name="setQueue",
            python_name="set_queue",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("queue", "queue", False, "query"),
                ParamInfo("queue_name", "queue_name", True, "query"),
                ParamInfo("queue_number", "queue_number", True, "query"),
                ParamInfo("queue_language", "queue_language", True, "query"),
                ParamInfo("queue_password", "queue_password", False, "query"),
                ParamInfo("callerid_prefix", "callerid_prefix", False, "query"),
                ParamInfo("join_announcement", "join_announcement", False, "query"),
                ParamInfo("priority_weight", "priority_weight", True, "query"),
                ParamInfo("agent_announcement", "agent_announcement", False, "query"),
                ParamInfo("report_hold_time_agent", "report_hold_time_agent", True, "query"),
                ParamInfo("member_delay", "member_delay", False, "query"),
                ParamInfo("maximum_wait_time", "maximum_wait_time", False, "query"),
                ParamInfo("maximum_callers", "maximum_callers", False, "query"),
                ParamInfo("join_when_empty", "join_when_empty", True, "query"),
                ParamInfo("leave_when_empty", "leave_when_empty", True, "query"),
                ParamInfo("ring_strategy", "ring_strategy", True, "query"),
                ParamInfo("ring_inuse", "ring_inuse", True, "query"),
                ParamInfo("agent_ring_timeout", "agent_ring_timeout", False, "query"),
                ParamInfo("retry_timer", "retry_timer", False, "query"),
                ParamInfo("wrapup_time", "wrapup_time", False, "query"),
                ParamInfo("voice_announcement", "voice_announcement", False, "query"),
                ParamInfo("frequency_announcement", "frequency_announcement", False, "query"),
                ParamInfo("announce_position_frecuency", "announce_position_frecuency", False, "query"),
                ParamInfo("announce_round_seconds", "announce_round_seconds", False, "query"),
                ParamInfo(
                    "if_announce_position_enabled_report_estimated_hold_time",
                    "if_announce_position_enabled_report_estimated_hold_time",
                    False,
                    "query",
                ),
                ParamInfo("thankyou_for_your_patience", "thankyou_for_your_patience", False, "query"),
                ParamInfo("music_on_hold", "music_on_hold", False, "query"),
                ParamInfo("fail_over_routing_timeout", "fail_over_routing_timeout", False, "query"),
                ParamInfo("fail_over_routing_full", "fail_over_routing_full", False, "query"),
                ParamInfo("fail_over_routing_join_empty", "fail_over_routing_join_empty", False, "query"),
                ParamInfo("fail_over_routing_leave_empty", "fail_over_routing_leave_empty", False, "query"),
                ParamInfo("fail_over_routing_join_unavail", "fail_over_routing_join_unavail", False, "query"),
                ParamInfo("fail_over_routing_leave_unavail", "fail_over_routing_leave_unavail", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create a call queue, or update one when queue is given.",
            rpc=True,
        ),
        "setRecording": OperationInfo(
            wire_name="setRecording",
            python_name="set_recording",
            http_method="POST",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("recording", "recording", False, "body"),
                ParamInfo("file", "file", False, "body"),
                ParamInfo("name", "name", False, "body"),
            ),
            mutates=True,
            success_status=(200,),
            description="Upload a recording, or rename or replace one when recording is given.",
            rpc=True,
        ),
        "setRingGroup": OperationInfo(
            wire_name="setRingGroup",
            python_name="set_ring_group",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("ring_group", "ring_group", False, "query"),
                ParamInfo("name", "name", True, "query"),
                ParamInfo("members", "members", True, "query"),
                ParamInfo("voicemail", "voicemail", True, "query"),
                ParamInfo("caller_announcement", "caller_announcement", False, "query"),
                ParamInfo("music_on_hold", "music_on_hold", False, "query"),
                ParamInfo("language", "language", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create a ring group, or update one when ring_group is given.",
            rpc=True,
        ),
        "setSequences": OperationInfo(
            wire_name="setSequences",
            python_name="set_sequences",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("sequence", "sequence", False, "query"),
                ParamInfo("name", "name", True, "query"),
                ParamInfo("steps", "steps", True, "query"),
                ParamInfo("client", "client", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create a sequence, or update one when sequence is given.",
        ),
        "setSIPURI": OperationInfo(
            wire_name="setSIPURI",
            python_name="set_sipuri",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("sipuri", "sipuri", False, "query"),
                ParamInfo("uri", "uri", True, "query"),
                ParamInfo("description", "description", False, "query"),
                ParamInfo("callerid_override", "callerid_override", False, "query"),
                ParamInfo("callerid_e164", "callerid_e164", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create a SIP URI, or update one when sipuri is given.",
            rpc=True,
        ),
        "setSMS": OperationInfo(
            wire_name="setSMS",
            python_name="set_sms",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("did", "did", True, "query"),
                ParamInfo("enable", "enable", True, "query"),
                ParamInfo("email_enabled", "email_enabled", False, "query"),
                ParamInfo("email_address", "email_address", False, "query"),
                ParamInfo("sms_forward_enable", "sms_forward_enable", False, "query"),
                ParamInfo("sms_forward", "sms_forward", False, "query"),
                ParamInfo("url_callback_enable", "url_callback_enable", False, "query"),
                ParamInfo("url_callback", "url_callback", False, "query"),
                ParamInfo("url_callback_retry", "url_callback_retry", False, "query"),
                ParamInfo("webhook_enable", "webhook_enable", False, "query"),
                ParamInfo("webhook", "webhook", False, "query"),
                ParamInfo("dialmode", "dialmode", False, "query"),
                ParamInfo("smpp_enabled", "smpp_enabled", False, "query"),
                ParamInfo("smpp_url", "smpp_url", False, "query"),
                ParamInfo("smpp_user", "smpp_user", False, "query"),
                ParamInfo("smpp_pass", "smpp_pass", False, "query"),
                ParamInfo("sms_sipaccount", "sms_sipaccount", False, "query"),
                ParamInfo("sms_sipaccount_enabled", "sms_sipaccount_enabled", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Enable or disable SMS on a DID and change its SMS settings.",
            rpc=True,
        ),
        "setStaticMember": OperationInfo(
            wire_name="setStaticMember",
            python_name="set_static_member",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("member", "member", False, "query"),
                ParamInfo("queue", "queue", True, "query"),
                ParamInfo("member_name", "member_name", True, "query"),
                ParamInfo("account", "account", False, "query"),
                ParamInfo("priority", "priority", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Add a static member to a queue, or update one when member is given.",
            rpc=True,
        ),
        "setSubAccount": OperationInfo(
            wire_name="setSubAccount",
            python_name="set_sub_account",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("id", "id", True, "query"),
                ParamInfo("description", "description", False, "query"),
                ParamInfo("auth_type", "auth_type", True, "query"),
                ParamInfo("password", "password", False, "query"),
                ParamInfo("ip", "ip", False, "query"),
                ParamInfo("device_type", "device_type", True, "query"),
                ParamInfo("callerid_number", "callerid_number", False, "query"),
                ParamInfo("canada_routing", "canada_routing", False, "query"),
                ParamInfo("lock_international", "lock_international", True, "query"),
                ParamInfo("allow225", "allow225", False, "query"),
                ParamInfo("international_route", "international_route", True, "query"),
                ParamInfo("music_on_hold", "music_on_hold", True, "query"),
                ParamInfo("language", "language", False, "query"),
                ParamInfo("allowed_codecs", "allowed_codecs", True, "query"),
                ParamInfo("dtmf_mode", "dtmf_mode", True, "query"),
                ParamInfo("nat", "nat", True, "query"),
                ParamInfo("sip_traffic", "sip_traffic", False, "query"),
                ParamInfo("max_expiry", "max_expiry", False, "query"),
                ParamInfo("rtp_timeout", "rtp_timeout", False, "query"),
                ParamInfo("rtp_hold_timeout", "rtp_hold_timeout", False, "query"),
                ParamInfo("ip_restriction", "ip_restriction", False, "query"),
                ParamInfo("enable_ip_restriction", "enable_ip_restriction", False, "query"),
                ParamInfo("pop_restriction", "pop_restriction", False, "query"),
                ParamInfo("enable_pop_restriction", "enable_pop_restriction", False, "query"),
                ParamInfo("internal_extension", "internal_extension", False, "query"),
                ParamInfo("internal_voicemail", "internal_voicemail", False, "query"),
                ParamInfo("internal_dialtime", "internal_dialtime", False, "query"),
                ParamInfo("reseller_client", "reseller_client", False, "query"),
                ParamInfo("reseller_package", "reseller_package", False, "query"),
                ParamInfo("reseller_nextbilling", "reseller_nextbilling", False, "query"),
                ParamInfo("reseller_chargesetup", "reseller_chargesetup", False, "query"),
                ParamInfo("parking_lot", "parking_lot", False, "query"),
                ParamInfo("enable_internal_cnam", "enable_internal_cnam", False, "query"),
                ParamInfo("internal_cnam", "internal_cnam", False, "query"),
                ParamInfo("send_bye", "send_bye", False, "query"),
                ParamInfo("record_calls", "record_calls", False, "query"),
                ParamInfo("transcribe", "transcribe", False, "query"),
                ParamInfo("transcription_locale", "transcription_locale", False, "query"),
                ParamInfo("transcription_email", "transcription_email", False, "query"),
                ParamInfo("transcription_start_delay", "transcription_start_delay", False, "query"),
                ParamInfo("dialing_mode", "dialing_mode", False, "query"),
                ParamInfo("tfcarrier", "tfcarrier", False, "query"),
                ParamInfo("internal_extension_location", "internal_extension_location", False, "query"),
                ParamInfo("call_pickup_behavior", "call_pickup_behavior", False, "query"),
                ParamInfo("default_e911", "default_e911", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Update a sub account.",
            rpc=True,
        ),
        "setTimeCondition": OperationInfo(
            wire_name="setTimeCondition",
            python_name="set_time_condition",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("timecondition", "timecondition", False, "query"),
                ParamInfo("name", "name", True, "query"),
                ParamInfo("routing_match", "routing_match", True, "query"),
                ParamInfo("routing_nomatch", "routing_nomatch", True, "query"),
                ParamInfo("starthour", "starthour", True, "query"),
                ParamInfo("startminute", "startminute", True, "query"),
                ParamInfo("endhour", "endhour", True, "query"),
                ParamInfo("endminute", "endminute", True, "query"),
                ParamInfo("weekdaystart", "weekdaystart", True, "query"),
                ParamInfo("weekdayend", "weekdayend", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create a time condition, or update one when timecondition is given.",
            rpc=True,
        ),
        "setVoicemail": OperationInfo(
            wire_name="setVoicemail",
            python_name="set_voicemail",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("mailbox", "mailbox", True, "query"),
                ParamInfo("name", "name", True, "query"),
                ParamInfo("password", "password", True, "query"),
                ParamInfo("skip_password", "skip_password", True, "query"),
                ParamInfo("email", "email", False, "query"),
                ParamInfo("attach_message", "attach_message", True, "query"),
                ParamInfo("delete_message", "delete_message", True, "query"),
                ParamInfo("say_time", "say_time", True, "query"),
                ParamInfo("timezone", "timezone", True, "query"),
                ParamInfo("say_callerid", "say_callerid", True, "query"),
                ParamInfo("play_instructions", "play_instructions", True, "query"),
                ParamInfo("language", "language", True, "query"),
                ParamInfo("client", "client", False, "query"),
                ParamInfo("email_attachment_format", "email_attachment_format", False, "query"),
                ParamInfo("unavailable_message_recording", "unavailable_message_recording", False, "query"),
                ParamInfo("transcription", "transcription", False, "query"),
                ParamInfo("transcription_locale", "transcription_locale", False, "query"),
                ParamInfo("transcription_redaction", "transcription_redaction", False, "query"),
                ParamInfo("transcription_sentiment", "transcription_sentiment", False, "query"),
                ParamInfo("transcription_summary", "transcription_summary", False, "query"),
                ParamInfo("transcription_format", "transcription_format", False, "query"),
                ParamInfo("transcription_delay", "transcription_delay", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Update a voicemail box.",
            rpc=True,
        ),
        "signupClient": OperationInfo(
            wire_name="signupClient",
            python_name="signup_client",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(
                ParamInfo("firstname", "firstname", True, "query"),
                ParamInfo("lastname", "lastname", True, "query"),
                ParamInfo("company", "company", False, "query"),
                ParamInfo("address", "address", True, "query"),
                ParamInfo("city", "city", True, "query"),
                ParamInfo("state", "state", True, "query"),
                ParamInfo("country", "country", True, "query"),
                ParamInfo("zip", "zip", True, "query"),
                ParamInfo("phone_number", "phone_number", True, "query"),
                ParamInfo("email", "email", True, "query"),
                ParamInfo("confirm_email", "confirm_email", True, "query"),
                ParamInfo("password", "password", True, "query"),
                ParamInfo("confirm_password", "confirm_password", True, "query"),
                ParamInfo("activate", "activate", False, "query"),
                ParamInfo("balance_management", "balance_management", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Sign up a new reseller client.",
            rpc=True,
        ),
        "unconnectDID": OperationInfo(
            wire_name="unconnectDID",
            python_name="unconnect_did",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("did", "did", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Disconnect a DID from a reseller client's sub account.",
            rpc=True,
        ),
        "unconnectFAX": OperationInfo(
            wire_name="unconnectFAX",
            python_name="unconnect_fax",
            http_method="GET",
            path="/api/v1/rest.php",
            params=(ParamInfo("did", "did", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Disconnect a fax DID from a reseller client's sub account.",
            rpc=True,
        ),
    }


#: Every wire operation, by wire name (built on first read: most programs never read it).
OPERATIONS: Final[Mapping[str, OperationInfo]] = LazyTable(_operations)

#: Documented error rows per scope ("" is the provider-wide table): code, message, HTTP status,
#: description, resolution.
ERROR_ROWS: Final[Mapping[str, tuple[Row, ...]]] = {
    "": (
        ("account_with_dids", "The Account has DIDs assigned to it.", None, "", ""),
        ("api_limit_exceeded", "API requests limit per minute has been reached", None, "", ""),
        ("api_not_enabled", "API has not been enabled or has been disabled", None, "", ""),
        ("cancel_failed", "The cancellation wasn't completed.", None, "", ""),
        (
            "can_have_only_one_profile_without_pin",
            "The conference can just have one profile member without pin",
            None,
            "",
            "",
        ),
        (
            "conference_member_relation_not_found",
            "There is no relation between the profile member and the conference.",
            None,
            "",
            "",
        ),
        ("did_in_use", "DID Number is already in use", None, "", ""),
        (
            "did_limit_reached",
            "You have reached the maximum number of DID numbers allowed for your "
            "account type. Please contact our team if you have a specific use case "
            "or if you would like to upgrade to a Business account.",
            None,
            "",
            "",
        ),
        ("duplicated_name", "There is already another entry with this name", None, "", ""),
        ("duplicated_pin", "The given pin has been duplicated", None, "", ""),
        ("e911_disabled", "DID e911 service it's not enabled.", None, "", ""),
        ("e911_pending", "DID e911 service has been requested and is in validation process.", None, "", ""),
        ("error_deleting_msg", "Error when deleting message", None, "", ""),
        ("error_moving_msg", "Error when move the voicemail message to folder", None, "", ""),
        ("exceeds_file_size", "The file exceeds the limite size allowed.", None, "", ""),
        ("existing_did", "You can't set a callback to an existing VoIP.ms DID number", None, "", ""),
        ("forwards_exceeded", "Your account is limited to 4 forward entries", None, "", ""),
        ("invalid_account", "This is not a valid account", None, "", ""),
        ("invalid_address", "Address is missing or the format is invalid.", None, "", ""),
        ("invalid_admin", "This is not a valid admin", None, "", ""),
        ("invalid_agent_ring_timeout", "This is not a valid Agent ring time out value", None, "", ""),
        (
            "invalid_allowedcodecs",
            "One of the codecs provided is invalid Format and Values: ulaw;g729;gsm;all",
            None,
            "",
            "",
        ),
        ("invalid_announce_join_leave", 'This is not a valid "Announce join leave"', None, "", ""),
        ("invalid_announce_only_user", 'This is not a valid "Announce only user"', None, "", ""),
        ("invalid_announce_position_frequency", "This is not a valid Announce position frequency", None, "", ""),
        ("invalid_announce_round_seconds", 'This is not a valid "Announce round seconds"', None, "", ""),
        ("invalid_announce_user_count", 'This is not a valid "Announce user count"', None, "", ""),
        ("invalid_area_code", "this is not a valid Area Code.", None, "", ""),
        ("invalid_attachid", "The given ID is invalid or doesn't exist.", None, "", ""),
        ("invalid_attachmessage", "this is not a valid AttachMessage Should be: yes/no", None, "", ""),
        ("invalid_attach_file", "Valid formats: PDF, MS Word, BMP, JPG", None, "", ""),
        ("invalid_authtype", "This is not a valid Auth Type", None, "", ""),
        ("invalid_authtype_h323", "You must select IP Auth to use H.323", None, "", ""),
        ("invalid_authtype_iax2", "You must use User/Password Authentication for IAX2", None, "", ""),
        ("invalid_balancemanagement", "This is not a valid BalanceManagement", None, "", ""),
        ("invalid_base_recording", "This is not a valid recording path", None, "", ""),
        (
            "invalid_billingtype",
            "This is not a valid Billing Type Allowed values: 1 = PerMinute, 2 = Flat",
            None,
            "",
            "",
        ),
        ("invalid_callback", "This is not a valid Callback", None, "", ""),
        ("invalid_callback_enable", "This is not a valid Callback enable value", None, "", ""),
        ("invalid_callback_retry", "This is not a valid Callback retry", None, "", ""),
        ("invalid_callerid", "This is not a valid CallerID", None, "", ""),
        ("invalid_calleridprefix", "This is not a valid CID Prefix, lenght should be less than 20 chars", None, "", ""),
        ("invalid_callerid_override", "This is not a valid CallerID Override", None, "", ""),
        ("invalid_callhunting", "This is not a valid Call Hunting", None, "", ""),
        ("invalid_callparking", "This is not a valid Call Parking", None, "", ""),
        ("invalid_callrecording", "This is not a valid Call recording", None, "", ""),
        ("invalid_call_type", "Call Type is not valid.", None, "", ""),
        ("invalid_canada_routing", "This is not a valid Canada Route", None, "", ""),
        ("invalid_carrier", "This is not a valid Carrier", None, "", ""),
        ("invalid_charge", "This is not a valid Charge", None, "", ""),
        ("invalid_city", "City is missing or the format is invalid.", None, "", ""),
        ("invalid_client", "This is not a valid Client", None, "", ""),
        ("invalid_cnam", "This is not a valid CNAM Should be: 1/0", None, "", ""),
        ("invalid_codec", "This is not a valid Codec", None, "", ""),
        ("invalid_conference", "This is not a valid Conference ID", None, "", ""),
        ("invalid_contact", "This is not a valid Contact Number", None, "", ""),
        (
            "invalid_country",
            "Country is missing or the format is invalid, must be in format ISO "
            "3166-1 alpha-2, example: US, CA, etc. (You can use the values returned "
            "by the method getCountries)",
            None,
            "",
            "",
        ),
        ("invalid_countryid", "This is not a valid Country ID", None, "", ""),
        ("invalid_credentials", "Username or Password is incorrect", None, "", ""),
        ("invalid_date", "This is not a valid date Format is: yyyy-mm-dd", None, "", ""),
        ("invalid_daterange", "Date Range should be 92 days or less", None, "", ""),
        ("invalid_datetime", "This is not a valid datetime Format is: yyyy-mm-dd hh:mm:ss", None, "", ""),
        ("invalid_date_from", 'The "From" date should be prior to the "To" date.', None, "", ""),
        ("invalid_dayrange", "This is not a valid Day Range", None, "", ""),
        ("invalid_delay_before", "This is not a valid DelayBefore", None, "", ""),
        ("invalid_deletemessage", "This is not a valid DeleteMessage Should be: yes/no", None, "", ""),
        ("invalid_description", "This is not a valid Description", None, "", ""),
        ("invalid_destination", "This is not a valid Destination", None, "", ""),
        ("invalid_destination_folder", "This is not a valid Destination Folder", None, "", ""),
        ("invalid_devicetype", "This is not a valid Device Type", None, "", ""),
        ("invalid_dialtime", "This is not a valid Dialtime", None, "", ""),
        ("invalid_did", "This is not a valid DID", None, "", ""),
        ("invalid_digits", "These are not valid DigitsOrderDIDVirtual: Digits must be 3 numbers", None, "", ""),
        ("invalid_digit_timeout", "This is not a valid DigitTimeOut", None, "", ""),
        ("invalid_disa", "This is not a valid DISA", None, "", ""),
        (
            "invalid_diversion_header",
            "This is not a valid Diversion Header. It must be a numeric value, accepting only 0 or 1.",
            None,
            "",
            "",
        ),
        ("invalid_drop_silence", 'This is not a valid "drop silence" value', None, "", ""),
        ("invalid_dst", "This is not a valid Destination Number", None, "", ""),
        ("invalid_dtmfmode", "This is no a valid DTMF Mode", None, "", ""),
        ("invalid_dtmf_digits", "This is no a valid DTMF digit", None, "", ""),
        ("invalid_email", "This is not a valid email or email is already in database", None, "", ""),
        ("invalid_email_attachment_format", "This is not a valid format value", None, "", ""),
        ("invalid_email_enable", "This is not a valid email enable value", None, "", ""),
        ("invalid_enable_ip_restriction", "This is not a valid Enable IP Restriction value", None, "", ""),
        ("invalid_enable_pop_restriction", "This is not a valid Enable POP Restriction value", None, "", ""),
        ("invalid_endhour", "This is not a valid End Hour", None, "", ""),
        ("invalid_endminute", "This is not a valid End Minute", None, "", ""),
        ("invalid_extension", "This is not a valid extension Extension can only contain digits", None, "", ""),
        (
            "invalid_extensions",
            "Extensions cannot be: 098, 211, 311, 411, 4443, 4444, 4747, 511, 711, 811, 822, 911, 988",
            None,
            "",
            "",
        ),
        ("invalid_extension_length", "Extensions should not contain more than 5 digits", None, "", ""),
        ("invalid_extension_prefix", "Extensions cannot start with: 068, 097", None, "", ""),
        ("invalid_failover_header", "This is not a valid failover header Should be: account/vm/fwd/none", None, "", ""),
        ("invalid_fax_id", "This is not a valid Fax Message ID", None, "", ""),
        ("invalid_file", "This is not a valid File", None, "", ""),
        ("invalid_filter", "This is not a valid Filter", None, "", ""),
        ("invalid_firstname", "First name is missing or the format is invalid.", None, "", ""),
        ("invalid_foc_enddate", "Invalid date format, must be: YYYY-mm-dd. Example: 2018-02-22", None, "", ""),
        ("invalid_foc_startdate", "Invalid date format, must be: YYYY-mm-dd. Example: 2018-02-22", None, "", ""),
        ("invalid_folder", "This is not a valid Folder", None, "", ""),
        ("invalid_folder_id", "This is not a valid Fax Folder ID", None, "", ""),
        ("invalid_forwarding", "This is not a valid forwarding", None, "", ""),
        ("invalid_forwarding_did", "Forwarding to the same did is not allowed", None, "", ""),
        ("invalid_forward_enable", "This is not a valid forward enable value", None, "", ""),
        ("invalid_frequency_announcement", "This is not a valid Frequency announce", None, "", ""),
        ("invalid_from_number", "This is not a valid sender number.", None, "", ""),
        ("invalid_fullname", "This is not a valid Full Name", None, "", ""),
        ("invalid_id", "This is not a valid ID", None, "", ""),
        (
            "invalid_if_announce_position_enabled_report_e",
            "This is not a Report estimated hold time type",
            None,
            "",
            "",
        ),
        ("invalid_internaldialtime", "This is not a valid Internal Dialtime Should be: 1 to 60", None, "", ""),
        ("invalid_internalvoicemail", "This is not a valid Internal Voicemail", None, "", ""),
        ("invalid_internationalroute", "This is not a valid International Route", None, "", ""),
        ("invalid_invoice_type", "Invalid invoice type, possible values: 0 = US, 1 = CAN.", None, "", ""),
        ("invalid_ip", "This is an invalid IP", None, "", ""),
        ("invalid_ip_auth", "Do not provide an IP address for User/Pass Authentication", None, "", ""),
        ("invalid_ip_iax2", "Do not provide an IP address for IAX2", None, "", ""),
        ("invalid_ivr", "This is not a valid IVR", None, "", ""),
        ("invalid_jitter_buffer", 'This is not a valid "jitter buffer" value', None, "", ""),
        ("invalid_join_announcement", "This is not a valid 'Join Announcement' Type for a Queue", None, "", ""),
        ("invalid_join_empty_type", "This is not a valid 'JoinWhenEmpty' Type for a Queue", None, "", ""),
        ("invalid_language", "This is not a valid Language Should be: es/en/fr", None, "", ""),
        ("invalid_lastname", "Lastname is missing or the format is invalid.", None, "", ""),
        ("invalid_listened", "This is not a valid Listened value", None, "", ""),
        ("invalid_location", "This is not a valid Location", None, "", ""),
        ("invalid_lockinternational", "This is not a valid Lock International", None, "", ""),
        ("invalid_mailbox", "This is not a valid mailbox", None, "", ""),
        ("invalid_maximum_callers", "This is not a valid maximum callers value", None, "", ""),
        ("invalid_maximum_wait_time", "This is not a valid maximum wait time value", None, "", ""),
        (
            "invalid_max_expiry",
            "This is not a valid Max Expiry (value must be between 60 and 3600 seconds)",
            None,
            "",
            "",
        ),
        ("invalid_member", "This is not a valid Member", None, "", ""),
        ("invalid_member_delay", "This is not a valid Member Delay", None, "", ""),
        ("invalid_message_num", "This is not a valid Voicemail Message Number", None, "", ""),
        ("invalid_method", "This is not a valid Method", None, "", ""),
        ("invalid_minute", "This is not a valid Minute Rate", None, "", ""),
        (
            "invalid_mixed_numbers",
            "Toll-free numbers and local numbers can not be mixed in the same order.",
            None,
            "",
            "",
        ),
        ("invalid_monthly", "This is not a valid Montly Fee", None, "", ""),
        ("invalid_musiconhold", "This is not a valid Music on Hold", None, "", ""),
        ("invalid_name", "This is not a valid name, Alphanumeric Only", None, "", ""),
        ("invalid_nat", "This is not a valid NAT", None, "", ""),
        ("invalid_note", "This is not a valid Note, lenght should be less than 50 chars", None, "", ""),
        ("invalid_number", "This is not a valid Number", None, "", ""),
        (
            "invalid_numbermembers",
            "The element format of multiple data is not correct or it size does not match with other elements",
            None,
            "",
            "",
        ),
        (
            "invalid_number_canadian",
            "You have entered a Canadian number (not valid in this portability process).",
            None,
            "",
            "",
        ),
        ("invalid_number_exist", "The number is already in our network", None, "", ""),
        ("invalid_number_fax", "The Fax number can not be ported into our network", None, "", ""),
        (
            "invalid_number_porttype",
            "You have entered a local number (not valid in this portability process)",
            None,
            "",
            "",
        ),
        ("invalid_number_us", "You have entered a USA number (not valid in this portability process).", None, "", ""),
        ("invalid_order", 'This is not a valid "order" value', None, "", ""),
        ("invalid_package", "This is not a valid Package", None, "", ""),
        (
            "invalid_password",
            "This is not a valid passwordVoicemail: Must be 4 Digits SubAccounts: "
            "More than 6 chars, Must Contain Alphanumeric and !#$%&/()=?*[]_:.,{}+-",
            None,
            "",
            "",
        ),
        ("invalid_password_auth", "Do not provide a Password for IP Authentication", None, "", ""),
        (
            "invalid_password_ilegal_characters",
            "This is not a valid password (Allowed characters: Alphanumeric and ! # "
            "$ % & / ( ) = ? * [ ] _ : . , { } + -)",
            None,
            "",
            "",
        ),
        (
            "invalid_password_lessthan_8characters_long",
            "This is not a valid password (Less than 8 characters long)",
            None,
            "",
            "",
        ),
        (
            "invalid_password_missing_lowercase",
            "This is not a valid password (Missing lower case character)",
            None,
            "",
            "",
        ),
        ("invalid_password_missing_number", "This is not a valid password (Missing a number)", None, "", ""),
        (
            "invalid_password_missing_uppercase",
            "This is not a valid password (Missing upper case character)",
            None,
            "",
            "",
        ),
        ("invalid_pause", "This is not a valid Pause", None, "", ""),
        ("invalid_payment", "This is not a valid Payment", None, "", ""),
        ("invalid_phonebook", "This is not a valid Phonebook", None, "", ""),
        ("invalid_phonenumber", "This is not a valid Phone Number", None, "", ""),
        ("invalid_pin", "This is not a valid PIN", None, "", ""),
        ("invalid_pin_number", "Must provide the account PIN number.", None, "", ""),
        ("invalid_playinstructions", "This is not a valid PlayInstructions Should be: u/su", None, "", ""),
        ("invalid_pop_restriction", "This is not a valid POP Restriction", None, "", ""),
        ("invalid_portingid", "The given ID is invalid or doesn't exist.", None, "", ""),
        ("invalid_porttype", "Must provide a valid port type.", None, "", ""),
        (
            "invalid_port_status",
            "The status code is invalid. (You can use the values returned by the method getListStatus)",
            None,
            "",
            "",
        ),
        ("invalid_priority", "This is not a valid Priority", None, "", ""),
        ("invalid_priority_weight", "This is not valid weight/priority value", None, "", ""),
        ("invalid_protocol", "This is not a valid Protocol", None, "", ""),
        ("invalid_provider_account", "You must provide your account # with the current provider", None, "", ""),
        ("invalid_provider_name", "You must provide the service provider name", None, "", ""),
        ("invalid_province", "This is not a valid Province", None, "", ""),
        ("invalid_quantity", "This is not a valid quantity", None, "", ""),
        ("invalid_query", "This is not a valid Query", None, "", ""),
        ("invalid_queue", "This is not a valid Queue", None, "", ""),
        ("invalid_quiet", 'This is not a valid "quiet" value', None, "", ""),
        ("invalid_recording", "This is not a valid recording", None, "", ""),
        ("invalid_recording_sound_error_menu", '"error menu" is not a valid recording', None, "", ""),
        ("invalid_recording_sound_get_pin", '"get pin" is not a valid recording', None, "", ""),
        ("invalid_recording_sound_has_joined", '"has_joined" is not a valid recording', None, "", ""),
        ("invalid_recording_sound_has_left", '"has_left" is not a valid recording', None, "", ""),
        ("invalid_recording_sound_invalid_pin", '"invalid pin" is not a valid recording', None, "", ""),
        ("invalid_recording_sound_join", '"join" is not a valid recording', None, "", ""),
        ("invalid_recording_sound_kicked", '"kicked" is not a valid recording', None, "", ""),
        ("invalid_recording_sound_leave", '"leave" is not a valid recording', None, "", ""),
        ("invalid_recording_sound_locked", '"locked" is not a valid recording', None, "", ""),
        ("invalid_recording_sound_locked_now", '"locked now" is not a valid recording', None, "", ""),
        ("invalid_recording_sound_muted", '"muted" is not a valid recording', None, "", ""),
        ("invalid_recording_sound_only_one", '"only one" is not a valid recording', None, "", ""),
        ("invalid_recording_sound_only_person", '"only person" is not a valid recording', None, "", ""),
        ("invalid_recording_sound_other_in_party", '"other in party" is not a valid recording', None, "", ""),
        ("invalid_recording_sound_participants_muted", '"participants muted" is not a valid recording', None, "", ""),
        (
            "invalid_recording_sound_participants_unmuted",
            '"participants unmuted" is not a valid recording',
            None,
            "",
            "",
        ),
        (
            "invalid_recording_sound_place_into_conference",
            '"place into conference" is not a valid recording',
            None,
            "",
            "",
        ),
        ("invalid_recording_sound_there_are", '"there are" is not a valid recording', None, "", ""),
        ("invalid_recording_sound_unlocked_now", '"unlocked now" is not a valid recording', None, "", ""),
        ("invalid_recording_sound_unmuted", '"unmuted" is not a valid recording', None, "", ""),
        ("invalid_record_calls", "Record calls is not valid.", None, "", ""),
        ("invalid_report_hold_time_agent", "This is not a valid Report hold time agent", None, "", ""),
        ("invalid_resellerclient", "This is not a valid Reseller Client", None, "", ""),
        (
            "invalid_resellernextbilling",
            "This is not a valid Reseller Next Billing date, date should not be set in the past.",
            None,
            "",
            "",
        ),
        ("invalid_resellerpackage", "This is not a valid Reseller Package", None, "", ""),
        ("invalid_response_timeout", "This is not a valid ResponseTimeOut", None, "", ""),
        ("invalid_retry_timer", "This is not a valid Retry timer", None, "", ""),
        ("invalid_ringgroup", "This is not a valid Ring group", None, "", ""),
        ("invalid_ring_inuse", "This is not a valid Ring in use value", None, "", ""),
        ("invalid_route", "This is not a valid Route", None, "", ""),
        ("invalid_routing_header", "This is not a valid Routing header Should be: account/vm/fwd", None, "", ""),
        (
            "invalid_rtp_hold_timeout",
            "This is not a valid RTP Hold Time Out (value must be between 1 and 3600 seconds)",
            None,
            "",
            "",
        ),
        (
            "invalid_rtp_timeout",
            "This is not a valid RTP Time Out (value must be between 1 and 3600 seconds)",
            None,
            "",
            "",
        ),
        ("invalid_saycallerid", "This is not a valid SayCallerID Should be: yes/no", None, "", ""),
        ("invalid_saytime", "This is not a valid SayTime Should be: yes/no", None, "", ""),
        ("invalid_security_code", "This is not a valid Security Code. Should be alphanumeric.", None, "", ""),
        ("invalid_serverpop", "This is not a valid Server POP", None, "", ""),
        ("invalid_setup", "This is not a valid Setup Fee", None, "", ""),
        ("invalid_silence_threshold", 'This is not a valid "silence threshold" value', None, "", ""),
        ("invalid_sipuri", "This is not a valid SIPURI", None, "", ""),
        ("invalid_sip_traffic", "This is not a valid Encrypted SIP Traffic value", None, "", ""),
        ("invalid_skippassword", "This is not a valid skippassword Should be: 1/0 - or - yes/no", None, "", ""),
        ("invalid_smpp_password", "This is not a valid SMPP Password", None, "", ""),
        ("invalid_smpp_url", "This is not a valid SMPP URL", None, "", ""),
        ("invalid_smpp_username", "This is not a valid SMPP Username", None, "", ""),
        ("invalid_sms", "This is not a valid SMS", None, "", ""),
        ("invalid_sms_forward", "This is not a valid SMS forward", None, "", ""),
        ("invalid_snn", "Must provide the 4 last digits of the SSN.", None, "", ""),
        ("invalid_speed_dial", "This is not a valid Speed Dial", None, "", ""),
        ("invalid_starthour", "This is not a valid Start Hour", None, "", ""),
        ("invalid_startminute", "This is not a valid Start Minute", None, "", ""),
        ("invalid_start_muted", "This is not a valid Start Muted", None, "", ""),
        ("invalid_state", "This is not a valid State", None, "", ""),
        ("invalid_statement_name", "Statement Name is missing or the format is invalid.", None, "", ""),
        ("invalid_strategy", "This is not a valid Ring Strategy", None, "", ""),
        ("invalid_street_name", "This is not a valid Street Name", None, "", ""),
        ("invalid_street_number", "This is not a valid Street Number", None, "", ""),
        ("invalid_talking_threshold", 'This is not a valid "talking threshold" value', None, "", ""),
        ("invalid_talk_detection", "This is not a valid talk detection value", None, "", ""),
        (
            "invalid_tfnumber_porttype",
            "You have entered a toll-free number (not valid in this portability process).",
            None,
            "",
            "",
        ),
        ("invalid_thankyou_for_your_patience", "This is not a valid Thankyou for your patience value", None, "", ""),
        (
            "Invalid_threshold",
            "This is not a valid Threshold Amount. The Threshold Amount should be between 1 and 250",
            None,
            "",
            "",
        ),
        ("invalid_timecondition", "This is not a valid Time Condition", None, "", ""),
        ("invalid_timeout", "This is not a valid timeout", None, "", ""),
        ("invalid_timerange", "This is not a valid Timer Range", None, "", ""),
        (
            "invalid_timezone",
            "This is not a valid TimezoneCDR and resellerCDR: Must be numeric Voicemail: Values from getTimezone",
            None,
            "",
            "",
        ),
        ("invalid_to_number", "This is not a valid destination number", None, "", ""),
        ("invalid_transcription_email", "Transcription email is not valid", None, "", ""),
        ("invalid_transcription_format", "Invalid Transcription Format", None, "", ""),
        ("invalid_transcription_locale", "Transcription locale is not valid.", None, "", ""),
        ("invalid_transcription_redaction", "Invalid Transcription Redaction", None, "", ""),
        ("invalid_transcription_sentiment", "Invalid Transcription Sentiment", None, "", ""),
        ("invalid_transcription_summary", "Invalid Transcription Summary", None, "", ""),
        ("invalid_type", "This is not a valid Type", None, "", ""),
        ("invalid_urgent", "This is not valid urgent value", None, "", ""),
        ("invalid_username", "This is not a valid Username", None, "", ""),
        ("invalid_voicemailsetup", "This is not a valid voicemail", None, "", ""),
        ("invalid_voice_announcement", "This is not a valid Voice announce", None, "", ""),
        ("invalid_weekdayend", "This is not a valid Week End", None, "", ""),
        ("invalid_weekdaystart", "This is not a valid Week Start", None, "", ""),
        ("invalid_wrapup_time", "This is not a valid Wrapup time", None, "", ""),
        ("invalid_zip", "Zip Code is missing or the format is invalid.", None, "", ""),
        ("ip_not_enabled", "This IP is not enabled for API use", None, "", ""),
        (
            "limit_reached",
            "You have reached the maximum number of messages allowed per day. - SMS "
            "limit using the API. - Fax limit applies using any method.",
            None,
            "",
            "",
        ),
        ("location_already_exists", "A location with this name already exists", None, "", ""),
        (
            "location_linked_to_subaccount",
            "This location is in use by one or more sub accounts and cannot be deleted",
            None,
            "",
            "",
        ),
        ("location_not_found", "The specified location could not be found", None, "", ""),
        ("max_phonebook", "Your account is limited to 8 SIP, IAX or SIP URI members", None, "", ""),
        ("members_exceeded", "You have reached the maximum allowed entries for the Phonebook", None, "", ""),
        ("member_already_included", "The member has been included already", None, "", ""),
        ("message_empty", "The SMS Message is empty", None, "", ""),
        ("message_not_found", "The voicemail message was not found", None, "", ""),
        ("method_maintenance", "This API method is under maintenance", None, "", ""),
        ("mismatch_email_confirm", "e-mail confirm does not match with e-mail", None, "", ""),
        ("mismatch_password_confirm", "Pasword confirm does not match with Password", None, "", ""),
        ("missing_account", "Account was not provided", None, "", ""),
        ("missing_address", "Address was not provided", None, "", ""),
        ("missing_agent_ring_timeout", "Agent ring time out was not provided", None, "", ""),
        ("missing_allowedcodecs", "Allowed Codecs were not provided", None, "", ""),
        ("missing_attachmessage", "AttachMessage was not provided", None, "", ""),
        ("missing_authtype", "Auth Type was not provided", None, "", ""),
        ("missing_balancemanagement", "BalanceManagemente was not provided", None, "", ""),
        ("missing_billingtype", "Billing Type was not provided", None, "", ""),
        ("missing_callback", "Callback was not provided", None, "", ""),
        ("missing_callerid", "CallerID was not provided", None, "", ""),
        ("missing_callhunting", "Call hunting was not provided", None, "", ""),
        ("missing_callparking", "Call Parking was not provided", None, "", ""),
        ("missing_callrecording", "Call recording was not provided", None, "", ""),
        ("missing_carrier", "Carrier was not provided", None, "", ""),
        ("missing_charge", "Charge was not provided.", None, "", ""),
        ("missing_choices", "Choices was not provided", None, "", ""),
        ("missing_city", "City was not provided", None, "", ""),
        ("missing_client", "Client was not provided", None, "", ""),
        ("missing_cnam", "CNAM was not provided", None, "", ""),
        ("missing_codec", "Codec was not provided", None, "", ""),
        ("missing_conference", "Conference was not provided", None, "", ""),
        ("missing_country", "Country was not provided", None, "", ""),
        ("missing_countryid", "Country ID was not provided", None, "", ""),
        ("missing_credentials", "Username or Password was not provided", None, "", ""),
        ("missing_datetime", "DateTime value was not provided", None, "", ""),
        ("missing_delay_before", "DelayBefore was not provided", None, "", ""),
        ("missing_deletemessage", "DeleteMessage was not provided", None, "", ""),
        ("missing_description", "Description was not provided", None, "", ""),
        ("missing_devicetype", "Device Type was not provided", None, "", ""),
        ("missing_dialtime", "Dialtime was not provided", None, "", ""),
        ("missing_did", "DID was not provided", None, "", ""),
        ("missing_digits", "Digits were not provided", None, "", ""),
        ("missing_digit_timeout", "DigitTimeOut was not provided", None, "", ""),
        ("missing_disa", "DISA was not provided", None, "", ""),
        ("missing_dtmfmode", "DTMF Mode was not provided", None, "", ""),
        ("missing_email", "e-mail was not provided", None, "", ""),
        ("missing_email_confirm", "e-mail confirm was not provided", None, "", ""),
        ("missing_enable", "Enable was not provided", None, "", ""),
        ("missing_endhour", "End Hour was not provided", None, "", ""),
        ("missing_endminute", "End Minute was not provided", None, "", ""),
        ("missing_failover_busy", "Failover Busy was not provided", None, "", ""),
        ("missing_failover_noanswer", "Failover NoAnswer was not provided", None, "", ""),
        ("missing_failover_unreachable", "Failover Unreachable was not provided", None, "", ""),
        ("missing_file", "File was not provided", None, "", ""),
        ("missing_filter", "Filter was not provided", None, "", ""),
        ("missing_firstname", "Firstname was not provided", None, "", ""),
        ("missing_folder", "folder was not provided", None, "", ""),
        ("missing_forwarding", "Forwarding was not provided", None, "", ""),
        ("missing_from_date", "From date was not provided", None, "", ""),
        ("missing_fullname", "Full Name was not provided", None, "", ""),
        ("missing_id", "ID was not provided", None, "", ""),
        (
            "missing_if_announce_position_enabled_report_e",
            "If announce position enabled report estimated hold time' type was not provided",
            None,
            "",
            "",
        ),
        ("missing_internationalroute", "International Route was not provided", None, "", ""),
        ("missing_ip", "You need to provide an IP if you select IP Authentication Method", None, "", ""),
        ("missing_ip_h323", "You must enter an IP Address for H.323", None, "", ""),
        ("missing_ip_restriction", "IP Restriction was not provided", None, "", ""),
        ("missing_ivr", "IVR was not provided", None, "", ""),
        ("missing_join_when_empty", "JoinWhenEmpty' type was not provided", None, "", ""),
        ("missing_language", "Language was not provided", None, "", ""),
        ("missing_lastname", "Lastname was not provided", None, "", ""),
        ("missing_leave_when_empty", "LeaveWhenEmpty' type was not provided", None, "", ""),
        ("missing_length", "Length was not provided", None, "", ""),
        ("missing_listened", "Listened code was not provided", None, "", ""),
        ("missing_location", "Location was not provided", None, "", ""),
        ("missing_location_name", "Location Name Missing", None, "", ""),
        ("missing_lockinternational", "Lock International was not provided", None, "", ""),
        ("missing_mailbox", "Mailbox was not provided", None, "", ""),
        ("missing_member", "Member was not provided", None, "", ""),
        ("missing_members", "You need at least 1 member to create a ring group", None, "", ""),
        ("missing_message_num", "Voicemail message number was not provided", None, "", ""),
        ("missing_method", "Method must be provided when using the REST/JSON API", None, "", ""),
        ("missing_minute", "Minute Rate was not provided", None, "", ""),
        ("missing_monthly", "Monthly Fee was not provided", None, "", ""),
        ("missing_musiconhold", "Music on Hold was not provided", None, "", ""),
        ("missing_name", "Name was not provided", None, "", ""),
        ("missing_nat", "NAT was not provided", None, "", ""),
        ("missing_number", "Number was not provided", None, "", ""),
        ("missing_numbers", "You must enter at least one valid phone number.", None, "", ""),
        ("missing_package", "Package was not provided", None, "", ""),
        ("missing_params", "Required parameters were not provided", None, "", ""),
        ("missing_password", "Password was not provided", None, "", ""),
        ("missing_password_confirm", "Password Confirm was not provided", None, "", ""),
        ("missing_payment", "Payment was not provided.", None, "", ""),
        ("missing_phonebook", "Phonebook was not provided", None, "", ""),
        ("missing_phonenumber", "Phone Number was not provided", None, "", ""),
        ("missing_pin", "PIN was not provided", None, "", ""),
        ("missing_playinstructions", "PlayInstructions was not provided", None, "", ""),
        ("missing_pop_restriction", "POP Restriction was not provided", None, "", ""),
        ("missing_priority", "Priority was not provided", None, "", ""),
        ("missing_priority_weight", "Priority/Weight was not provided", None, "", ""),
        ("missing_protocol", "Protocol was not provided", None, "", ""),
        ("missing_province", "Province was not provided", None, "", ""),
        ("missing_query", "Query was not provided", None, "", ""),
        ("missing_recording", "Recording was not provided", None, "", ""),
        ("missing_report_hold_time_agent", "Report hold time agent was not provided", None, "", ""),
        ("missing_resellerclient", "Provide a Reseller Client or don't provide a Reseller Package", None, "", ""),
        ("missing_resellerpackage", "Provide a Reseller Package or don't provide a Reseller Client", None, "", ""),
        ("missing_response_timeout", "ResponseTimeOut was not provided", None, "", ""),
        ("missing_ringgroup", "Ring group was not provided", None, "", ""),
        ("missing_ring_inuse", "Ring in use was not provided", None, "", ""),
        ("missing_ring_strategy", "Ring strategy was not provided", None, "", ""),
        ("missing_route", "Route was not provided", None, "", ""),
        ("missing_routing", "Routing was not provided", None, "", ""),
        ("missing_saycallerid", "SayCallerID was not provided", None, "", ""),
        ("missing_saytime", "SayTime was not provided", None, "", ""),
        ("missing_serverpop", "Server POP was not provided", None, "", ""),
        ("missing_setup", "Setup Fee was not provided", None, "", ""),
        ("missing_sipuri", "SIPURI was not provided", None, "", ""),
        ("missing_skippassword", "SkipPassword was not provided", None, "", ""),
        ("missing_sms", "SMS was not provided", None, "", ""),
        ("missing_speed_dial", "Speed Dial was not provided", None, "", ""),
        ("missing_start", "Start date was not provided", None, "", ""),
        ("missing_starthour", "Start Hour was not provided", None, "", ""),
        ("missing_startminute", "Start Minute was not provided", None, "", ""),
        ("missing_state", "State was not provided", None, "", ""),
        ("missing_street_name", "Street Name was not provided", None, "", ""),
        ("missing_street_number", "Street Number was not provided", None, "", ""),
        ("missing_thankyou_for_your_patience", "Thankyou for your patience was not provided", None, "", ""),
        ("missing_timecondition", "Time Condition was not provided", None, "", ""),
        ("missing_timeout", "Timeout was not provided", None, "", ""),
        ("missing_timezone", "Timezone was not provided", None, "", ""),
        ("missing_to_date", "To date was not provided", None, "", ""),
        ("missing_transcription_email", "Transcription email is required.", None, "", ""),
        ("missing_transcription_locale", "Transcription locale is required.", None, "", ""),
        ("missing_type", "Type was not provided", None, "", ""),
        ("missing_urgent", "Urgent code was not provided", None, "", ""),
        ("missing_uri", "URI was not provided", None, "", ""),
        ("missing_username", "Username was not provided", None, "", ""),
        ("missing_voicemailsetup", "Voice mail setup was not provided", None, "", ""),
        ("missing_weekdayend", "Week End was not provide", None, "", ""),
        ("missing_weekdaystart", "Week Start was not provided", None, "", ""),
        ("missing_zip", "Zip Code was not provided", None, "", ""),
        ("moving_fail", "The Fax Message was not moved", None, "", ""),
        ("name_toolong", "The name exceeds character size limit", None, "", ""),
        ("non_sufficient_funds", "Your account does not have sufficient funds to proceed", None, "", ""),
        ("note_toolong", "The note exceeds character size limit", None, "", ""),
        ("no_account", "There are no accounts", None, "", ""),
        ("no_attachments", "Theres no attachments records to show.", None, "", ""),
        ("no_base64file", "File not encoded in base64", None, "", ""),
        ("no_callback", "There are not Callbacks", None, "", ""),
        ("no_callhunting", "There are no Call Huntings", None, "", ""),
        ("no_callparking", "There are no Call Parking", None, "", ""),
        (
            "no_callstatus",
            "No Call Status was provided. One of the following parameters needs to "
            'be set to "1": answered, noanswer, busy, failed',
            None,
            "",
            "",
        ),
        ("no_cdr", "There are no CDR entries for the filter", None, "", ""),
        ("no_change_billingtype", "Imposible change DID billing plan", None, "", ""),
        ("no_client", "There are no Clients", None, "", ""),
        ("no_conference", "There are no Conferences", None, "", ""),
        ("no_did", "There are no DIDs", None, "", ""),
        ("no_disa", "There are no DISAs", None, "", ""),
        ("no_emailtofax", "There are no Email to Fax entries", None, "", ""),
        ("no_filter", "There are no Filters", None, "", ""),
        ("no_folder", "There are no Fax Folders", None, "", ""),
        ("no_forwarding", "There was no Forwarding", None, "", ""),
        ("no_ivr", "There are no ivr", None, "", ""),
        ("no_mailbox", "There are no Mailboxes", None, "", ""),
        ("no_member", "There are no Static Members", None, "", ""),
        ("no_message", "There are no Fax Message(s)", None, "", ""),
        ("no_messages", "There are no Voicemail Message(s)", None, "", ""),
        ("no_numbers", "There are no Fax Numbers", None, "", ""),
        ("no_package", "there are no Packages", None, "", ""),
        ("no_phonebook", "There are no Phonebook entries", None, "", ""),
        ("no_phonebook_group", "There are no Phonebook Groups", None, "", ""),
        (
            "no_provision",
            "E911 service wasn't activated, this response comes with a description of the error.",
            None,
            "",
            "",
        ),
        (
            "no_provision_update",
            "E911 service wasn't updated, this response comes with a description of the error.",
            None,
            "",
            "",
        ),
        ("no_queue", "There are no Queue entries", None, "", ""),
        ("no_rate", "There are no Rates", None, "", ""),
        ("no_recording", "There are no recordings", None, "", ""),
        ("no_ringgroup", "There are no Ring groups", None, "", ""),
        ("no_sequences", "No sequence has been found", None, "", ""),
        ("no_sipuri", "There are no SIP URIs", None, "", ""),
        ("no_sms", "There are no SMS messages", None, "", ""),
        ("no_timecondition", "There are no Time Conditions", None, "", ""),
        ("no_transactions", "There are no transactions", None, "", ""),
        ("no_vpri", "There are no vPRIs", None, "", ""),
        ("order_failed", "The order wasn't completed.", None, "", ""),
        ("problem_sending_mail", "There was a problem sending an email.", None, "", ""),
        ("provider_outofservice", "One of our providers is out of service", None, "", ""),
        ("recording_in_use_caller_id_filtering", "You have a Caller ID Filtering using this Recording", None, "", ""),
        ("recording_in_use_caller_timecondition", "You have a Time Condition using this Recording", None, "", ""),
        ("recording_in_use_did", "You have a DID using this Recording", None, "", ""),
        ("recording_in_use_ivr", "You have an IVR using this Recording", None, "", ""),
        ("recording_in_use_queue", "You have a Calling Queue using this Recording", None, "", ""),
        ("repeated_ip", "You already have a Subaccount using this IP and Protocol", None, "", ""),
        ("reserved_ip", "This is a reserved IP used by VoIP.ms or other Companies", None, "", ""),
        (
            "rtp_timeout_greater_than_rtp_hold_timeout",
            "RTP Time Out can't be greater than RTP Hold Time Out",
            None,
            "",
            "",
        ),
        ("same_did_billingtype", "The Billing Type provided and DID billing type are the same", None, "", ""),
        ("sent_fail", "The Fax Message it wasn't send.", None, "", ""),
        ("sipuri_in_phonebook", "This SIPURI can't be deleted, it is mapped in the phonebook", None, "", ""),
        (
            "sms_apply_regulations",
            "The number was not updated due to SMS regulations, please contact customer service for more information",
            None,
            "",
            "",
        ),
        ("sms_failed", "The SMS message was not sent", None, "", ""),
        ("sms_toolong", "The SMS message exceeds 160 characters", None, "", ""),
        (
            "sms_wait_message",
            "SMS was not (Enabled/Disabled) for this DID, please wait a minute before you try again.",
            None,
            "",
            "",
        ),
        ("tls_error", "Theres was a TLS error, please try later.", None, "", ""),
        ("Unable_to_purchase", "Unable to purchase DIDs", None, "", ""),
        ("unavailable_info", "The information you requested is unavailable at this moment", None, "", ""),
        ("unsifficient_stock", "Theres no sufficient stock to complete the order.", None, "", ""),
        ("used_description", "You already have a record with this Description", None, "", ""),
        ("used_email", "You already have an entry with this Email", None, "", ""),
        ("used_extension", "You already have a subaccount using this extension", None, "", ""),
        ("used_extension_in_location", "You already have a subaccount using extension in this location", None, "", ""),
        ("used_filter", "You already have a record with this Filter", None, "", ""),
        ("used_ip", "There is already another customer using this IP Address", None, "", ""),
        ("used_name", "You already have an entry using this name", None, "", ""),
        ("used_number", "You already have a record with this Number", None, "", ""),
        ("used_password", "This password has been used previously by this account.", None, "", ""),
        ("used_speed_dial", "You have an entry with this Speed Dial", None, "", ""),
        ("used_username", "You already have a subaccount using this Username.", None, "", ""),
        ("weak_password", "This Password is too weak or too common", None, "", ""),
    ),
}

#: How the carrier's error answers read.
ERRORS: Final = StatusField(
    ErrorTable(ERROR_ROWS, class_for),
    frozenset(
        (
            "no_account",
            "no_attachments",
            "no_callback",
            "no_callhunting",
            "no_callparking",
            "no_cdr",
            "no_client",
            "no_conference",
            "no_did",
            "no_disa",
            "no_emailtofax",
            "no_filter",
            "no_folder",
            "no_forwarding",
            "no_ivr",
            "no_mailbox",
            "no_member",
            "no_message",
            "no_messages",
            "no_numbers",
            "no_package",
            "no_phonebook",
            "no_phonebook_group",
            "no_queue",
            "no_rate",
            "no_recording",
            "no_ringgroup",
            "no_sequences",
            "no_sipuri",
            "no_sms",
            "no_timecondition",
            "no_transactions",
            "no_vpri",
        )
    ),
)

#: The SOAP endpoint every operation also answers at, and how its faults read (the same table).
RPC_BINDING: Final = RpcBinding(
    "/api/v1/server.php", "urn:VoIPmsService", "urn:VoIPmsService", "https://voip.ms/api/schema", "params"
)
RPC_ERRORS: Final = RpcFaults(ERRORS.table)

#: The documented rate limits: (pool name, limit, period, operations; none listed = every other operation).
LIMITS: Final[tuple[Limit, ...]] = ()


def pairs_sequence_step(value: SequenceStep) -> list[tuple[str, str]]:
    """The ``[field]`` suffixes and wire texts of a SequenceStep."""
    out: list[tuple[str, str]] = []
    if value.type is not None:
        out.append(("[type]", value.type))
    if value.id is not None:
        out.append(("[id]", value.id))
    if value.codes is not None:
        out.append(("[codes]", value.codes))
    if value.from_ is not None:
        out.append(("[from]", value.from_))
    if value.to is not None:
        out.append(("[to]", value.to))
    if value.msg is not None:
        out.append(("[msg]", value.msg))
    return out


def wire_sequence_step(value: SequenceStep) -> dict[str, object]:
    """A SequenceStep as JSON data keyed by wire names."""
    out: dict[str, object] = {}
    if value.type is not None:
        out["type"] = value.type
    if value.id is not None:
        out["id"] = value.id
    if value.codes is not None:
        out["codes"] = value.codes
    if value.from_ is not None:
        out["from"] = value.from_
    if value.to is not None:
        out["to"] = value.to
    if value.msg is not None:
        out["msg"] = value.msg
    return out


def build_add_charge(
    *,
    client: int,
    charge: Decimal,
    description: str | None = None,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of addCharge and build its request."""
    problems: Problems = []
    check_scalar(problems, client, "client", "integer", required=True)
    check_scalar(problems, charge, "charge", "decimal", required=True)
    check_scalar(problems, description, "description", "string")
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "addCharge"),
            ("client", str(client)),
            ("charge", str(charge)),
            ("description", description),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("addCharge", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_add_charge(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to addCharge into its result, or raise the error it carries."""
    raise_for_status("addCharge", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_add_charge(response, body, data)


@with_mutation_context
def parse_soap_add_charge(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to addCharge into its result, or raise its error or fault."""
    raise_for_status("addCharge", response, body, (200,), RPC_ERRORS)
    return finish_add_charge(response, body, rpc_data(response, body, "addCharge", RPC_ERRORS))


def finish_add_charge(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of addCharge from its answer's data, whichever transport brought it."""
    ERRORS.check_status("addCharge", response, body, data, False)
    return None


def build_add_lnp_file(
    *,
    portid: int,
    file: str,
    credentials: tuple[tuple[str, str], ...] = (),
) -> PreparedRequest:
    """Check the arguments of addLNPFile and build its request."""
    problems: Problems = []
    check_scalar(problems, portid, "portid", "integer", required=True)
    check_scalar(problems, file, "file", "string", required=True)
    raise_problems(problems)
    query = query_pairs(())
    files: tuple[tuple[str, bytes], ...] = ()
    fields = query_pairs(
        (
            ("method", "addLNPFile"),
            ("portid", str(portid)),
            ("file", file),
        )
    )
    content, content_type = encode_multipart((*credentials, *fields), files)
    return PreparedRequest(
        "addLNPFile",
        "POST",
        "/api/v1/rest.php",
        query,
        content=content,
        content_type=content_type,
        mutates=True,
        credentials_in_body=True,
        fields=fields,
    )


@with_mutation_context
def parse_add_lnp_file(response: httpx.Response, body: bytes) -> AddLNPFileResponse:
    """Turn the answer to addLNPFile into its result, or raise the error it carries."""
    raise_for_status("addLNPFile", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.AddLNPFileResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_add_lnp_file(response, body, data)


@with_mutation_context
def parse_soap_add_lnp_file(response: httpx.Response, body: bytes) -> AddLNPFileResponse:
    """Turn the SOAP answer to addLNPFile into its result, or raise its error or fault."""
    raise_for_status("addLNPFile", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "addLNPFile")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.AddLNPFileResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_add_lnp_file(response, body, rpc_data_from(scanned, response, body, "addLNPFile", RPC_ERRORS))


def finish_add_lnp_file(response: httpx.Response, body: bytes, data: dict[str, object]) -> AddLNPFileResponse:
    """The result of addLNPFile from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("addLNPFile", response, body, data, False):
        return _json.read_add_lnp_file_response({}, "$")
    return _json.read_add_lnp_file_response(data, "$")


def build_add_lnp_port(
    *,
    port_type: int,
    numbers: str,
    is_partial: bool | None = None,
    location_type: int | None = None,
    is_mobile: bool | None = None,
    pin: str | None = None,
    imei: str | None = None,
    btn: str | None = None,
    services: str | None = None,
    tf_type: int | None = None,
    statement_name: str,
    first_name: str,
    last_name: str,
    address1: str,
    address2: str | None = None,
    city: str,
    zip: str,
    state: str,
    country: str,
    provider_name: str,
    provider_account: str,
    notes: str | None = None,
) -> PreparedRequest:
    """Check the arguments of addLNPPort and build its request."""
    problems: Problems = []
    check_scalar(problems, port_type, "port_type", "integer", required=True, minimum=1, maximum=5)
    check_scalar(problems, numbers, "numbers", "string", required=True)
    check_scalar(problems, is_partial, "is_partial", "boolean")
    check_scalar(problems, location_type, "location_type", "integer", minimum=0, maximum=1)
    check_scalar(problems, is_mobile, "is_mobile", "boolean")
    check_scalar(problems, pin, "pin", "string")
    check_scalar(problems, imei, "imei", "string")
    check_scalar(problems, btn, "btn", "string")
    check_scalar(problems, services, "services", "string")
    check_scalar(problems, tf_type, "tf_type", "integer")
    check_scalar(problems, statement_name, "statement_name", "string", required=True)
    check_scalar(problems, first_name, "first_name", "string", required=True)
    check_scalar(problems, last_name, "last_name", "string", required=True)
    check_scalar(problems, address1, "address1", "string", required=True)
    check_scalar(problems, address2, "address2", "string")
    check_scalar(problems, city, "city", "string", required=True)
    check_scalar(problems, zip, "zip", "string", required=True)
    check_scalar(problems, state, "state", "string", required=True)
    check_scalar(problems, country, "country", "string", required=True)
    check_scalar(problems, provider_name, "provider_name", "string", required=True)
    check_scalar(problems, provider_account, "provider_account", "string", required=True)
    check_scalar(problems, notes, "notes", "string")
    if is_mobile is True and btn is None:
        problems.append(("btn", "is required when is_mobile is True"))
    if is_mobile is True and services is None:
        problems.append(("services", "is required when is_mobile is True"))
    if port_type == 3 and tf_type is None:
        problems.append(("tf_type", "is required when port_type is 3"))
    if port_type == 2 and is_mobile is True and imei is None:
        problems.append(("imei", "IMEI is required to port Canadian mobile numbers"))
    if port_type == 5 and is_mobile is True and imei is None:
        problems.append(("imei", "IMEI is required to port Canadian mobile numbers"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "addLNPPort"),
            ("portType", str(port_type)),
            ("numbers", numbers),
            ("isPartial", (None if is_partial is None else ("1" if is_partial else "0"))),
            ("locationType", (None if location_type is None else str(location_type))),
            ("isMobile", (None if is_mobile is None else ("1" if is_mobile else "0"))),
            ("pin", pin),
            ("imei", imei),
            ("btn", btn),
            ("services", services),
            ("tfType", (None if tf_type is None else str(tf_type))),
            ("statementName", statement_name),
            ("firstName", first_name),
            ("lastName", last_name),
            ("address1", address1),
            ("address2", address2),
            ("city", city),
            ("zip", zip),
            ("state", state),
            ("country", country),
            ("providerName", provider_name),
            ("providerAccount", provider_account),
            ("notes", notes),
        )
    )
    return PreparedRequest("addLNPPort", "GET", "/api/v1/rest.php", query, mutates=True, secrets=secret_texts(pin))


@with_mutation_context
def parse_add_lnp_port(response: httpx.Response, body: bytes) -> AddLNPPortResponse:
    """Turn the answer to addLNPPort into its result, or raise the error it carries."""
    raise_for_status("addLNPPort", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.AddLNPPortResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_add_lnp_port(response, body, data)


@with_mutation_context
def parse_soap_add_lnp_port(response: httpx.Response, body: bytes) -> AddLNPPortResponse:
    """Turn the SOAP answer to addLNPPort into its result, or raise its error or fault."""
    raise_for_status("addLNPPort", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "addLNPPort")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.AddLNPPortResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_add_lnp_port(response, body, rpc_data_from(scanned, response, body, "addLNPPort", RPC_ERRORS))


def finish_add_lnp_port(response: httpx.Response, body: bytes, data: dict[str, object]) -> AddLNPPortResponse:
    """The result of addLNPPort from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("addLNPPort", response, body, data, False):
        return _json.read_add_lnp_port_response({}, "$")
    return _json.read_add_lnp_port_response(data, "$")


def build_add_member_to_conference(
    *,
    member: int,
    conference: int,
) -> PreparedRequest:
    """Check the arguments of addMemberToConference and build its request."""
    problems: Problems = []
    check_scalar(problems, member, "member", "integer", required=True)
    check_scalar(problems, conference, "conference", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "addMemberToConference"),
            ("member", str(member)),
            ("conference", str(conference)),
        )
    )
    return PreparedRequest("addMemberToConference", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_add_member_to_conference(response: httpx.Response, body: bytes) -> AddMemberToConferenceResponse:
    """Turn the answer to addMemberToConference into its result, or raise the error it carries."""
    raise_for_status("addMemberToConference", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.AddMemberToConferenceResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_add_member_to_conference(response, body, data)


@with_mutation_context
def parse_soap_add_member_to_conference(response: httpx.Response, body: bytes) -> AddMemberToConferenceResponse:
    """Turn the SOAP answer to addMemberToConference into its result, or raise its error or fault."""
    raise_for_status("addMemberToConference", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "addMemberToConference")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.AddMemberToConferenceResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_add_member_to_conference(
        response, body, rpc_data_from(scanned, response, body, "addMemberToConference", RPC_ERRORS)
    )


def finish_add_member_to_conference(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> AddMemberToConferenceResponse:
    """The result of addMemberToConference from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("addMemberToConference", response, body, data, False):
        return _json.read_add_member_to_conference_response({}, "$")
    return _json.read_add_member_to_conference_response(data, "$")


def build_add_payment(
    *,
    client: int,
    payment: Decimal,
    description: str | None = None,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of addPayment and build its request."""
    problems: Problems = []
    check_scalar(problems, client, "client", "integer", required=True)
    check_scalar(problems, payment, "payment", "decimal", required=True)
    check_scalar(problems, description, "description", "string")
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "addPayment"),
            ("client", str(client)),
            ("payment", str(payment)),
            ("description", description),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("addPayment", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_add_payment(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to addPayment into its result, or raise the error it carries."""
    raise_for_status("addPayment", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_add_payment(response, body, data)


@with_mutation_context
def parse_soap_add_payment(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to addPayment into its result, or raise its error or fault."""
    raise_for_status("addPayment", response, body, (200,), RPC_ERRORS)
    return finish_add_payment(response, body, rpc_data(response, body, "addPayment", RPC_ERRORS))


def finish_add_payment(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of addPayment from its answer's data, whichever transport brought it."""
    ERRORS.check_status("addPayment", response, body, data, False)
    return None


def build_assign_did_vpri(
    *,
    vpri: int,
    did: str,
) -> PreparedRequest:
    """Check the arguments of assignDIDvPRI and build its request."""
    problems: Problems = []
    check_scalar(problems, vpri, "vpri", "integer", required=True)
    check_scalar(problems, did, "did", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "assignDIDvPRI"),
            ("vpri", str(vpri)),
            ("did", did),
        )
    )
    return PreparedRequest("assignDIDvPRI", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_assign_did_vpri(response: httpx.Response, body: bytes) -> AssignDIDvPRIResponse:
    """Turn the answer to assignDIDvPRI into its result, or raise the error it carries."""
    raise_for_status("assignDIDvPRI", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_assign_did_vpri(response, body, data)


@with_mutation_context
def parse_soap_assign_did_vpri(response: httpx.Response, body: bytes) -> AssignDIDvPRIResponse:
    """Turn the SOAP answer to assignDIDvPRI into its result, or raise its error or fault."""
    raise_for_status("assignDIDvPRI", response, body, (200,), RPC_ERRORS)
    return finish_assign_did_vpri(response, body, rpc_data(response, body, "assignDIDvPRI", RPC_ERRORS))


def finish_assign_did_vpri(response: httpx.Response, body: bytes, data: dict[str, object]) -> AssignDIDvPRIResponse:
    """The result of assignDIDvPRI from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("assignDIDvPRI", response, body, data, False):
        return _json.read_assign_did_vpri_response({}, "$")
    return _json.read_assign_did_vpri_response(data, "$")


def build_back_order_didcan(
    *,
    quantity: int,
    province: str,
    ratecenter: str,
    routing: str,
    failover_busy: str | None = None,
    failover_unreachable: str | None = None,
    failover_noanswer: str | None = None,
    voicemail: str | None = None,
    pop: int,
    dialtime: int,
    cnam: bool,
    callerid_prefix: str | None = None,
    note: str | None = None,
    billing_type: int,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of backOrderDIDCAN and build its request."""
    problems: Problems = []
    check_scalar(problems, quantity, "quantity", "integer", required=True, minimum=1)
    check_scalar(problems, province, "province", "string", required=True)
    check_scalar(problems, ratecenter, "ratecenter", "string", required=True)
    check_scalar(problems, routing, "routing", "string", required=True)
    check_scalar(problems, failover_busy, "failover_busy", "string")
    check_scalar(problems, failover_unreachable, "failover_unreachable", "string")
    check_scalar(problems, failover_noanswer, "failover_noanswer", "string")
    check_scalar(problems, voicemail, "voicemail", "string")
    check_scalar(problems, pop, "pop", "integer", required=True)
    check_scalar(problems, dialtime, "dialtime", "integer", required=True)
    check_scalar(problems, cnam, "cnam", "boolean", required=True)
    check_scalar(problems, callerid_prefix, "callerid_prefix", "string")
    check_scalar(problems, note, "note", "string")
    check_scalar(problems, billing_type, "billing_type", "integer", required=True, minimum=1, maximum=2)
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "backOrderDIDCAN"),
            ("quantity", str(quantity)),
            ("province", province),
            ("ratecenter", ratecenter),
            ("routing", routing),
            ("failover_busy", failover_busy),
            ("failover_unreachable", failover_unreachable),
            ("failover_noanswer", failover_noanswer),
            ("voicemail", voicemail),
            ("pop", str(pop)),
            ("dialtime", str(dialtime)),
            ("cnam", ("1" if cnam else "0")),
            ("callerid_prefix", callerid_prefix),
            ("note", note),
            ("billing_type", str(billing_type)),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("backOrderDIDCAN", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_back_order_didcan(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to backOrderDIDCAN into its result, or raise the error it carries."""
    raise_for_status("backOrderDIDCAN", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_back_order_didcan(response, body, data)


@with_mutation_context
def parse_soap_back_order_didcan(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to backOrderDIDCAN into its result, or raise its error or fault."""
    raise_for_status("backOrderDIDCAN", response, body, (200,), RPC_ERRORS)
    return finish_back_order_didcan(response, body, rpc_data(response, body, "backOrderDIDCAN", RPC_ERRORS))


def finish_back_order_didcan(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of backOrderDIDCAN from its answer's data, whichever transport brought it."""
    ERRORS.check_status("backOrderDIDCAN", response, body, data, False)
    return None


def build_back_order_didusa(
    *,
    quantity: int,
    state: str,
    ratecenter: str,
    routing: str,
    failover_busy: str | None = None,
    failover_unreachable: str | None = None,
    failover_noanswer: str | None = None,
    voicemail: str | None = None,
    pop: int,
    dialtime: int,
    cnam: bool,
    callerid_prefix: str | None = None,
    note: str | None = None,
    billing_type: int,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of backOrderDIDUSA and build its request."""
    problems: Problems = []
    check_scalar(problems, quantity, "quantity", "integer", required=True, minimum=1)
    check_scalar(problems, state, "state", "string", required=True)
    check_scalar(problems, ratecenter, "ratecenter", "string", required=True)
    check_scalar(problems, routing, "routing", "string", required=True)
    check_scalar(problems, failover_busy, "failover_busy", "string")
    check_scalar(problems, failover_unreachable, "failover_unreachable", "string")
    check_scalar(problems, failover_noanswer, "failover_noanswer", "string")
    check_scalar(problems, voicemail, "voicemail", "string")
    check_scalar(problems, pop, "pop", "integer", required=True)
    check_scalar(problems, dialtime, "dialtime", "integer", required=True)
    check_scalar(problems, cnam, "cnam", "boolean", required=True)
    check_scalar(problems, callerid_prefix, "callerid_prefix", "string")
    check_scalar(problems, note, "note", "string")
    check_scalar(problems, billing_type, "billing_type", "integer", required=True, minimum=1, maximum=2)
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "backOrderDIDUSA"),
            ("quantity", str(quantity)),
            ("state", state),
            ("ratecenter", ratecenter),
            ("routing", routing),
            ("failover_busy", failover_busy),
            ("failover_unreachable", failover_unreachable),
            ("failover_noanswer", failover_noanswer),
            ("voicemail", voicemail),
            ("pop", str(pop)),
            ("dialtime", str(dialtime)),
            ("cnam", ("1" if cnam else "0")),
            ("callerid_prefix", callerid_prefix),
            ("note", note),
            ("billing_type", str(billing_type)),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("backOrderDIDUSA", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_back_order_didusa(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to backOrderDIDUSA into its result, or raise the error it carries."""
    raise_for_status("backOrderDIDUSA", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_back_order_didusa(response, body, data)


@with_mutation_context
def parse_soap_back_order_didusa(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to backOrderDIDUSA into its result, or raise its error or fault."""
    raise_for_status("backOrderDIDUSA", response, body, (200,), RPC_ERRORS)
    return finish_back_order_didusa(response, body, rpc_data(response, body, "backOrderDIDUSA", RPC_ERRORS))


def finish_back_order_didusa(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of backOrderDIDUSA from its answer's data, whichever transport brought it."""
    ERRORS.check_status("backOrderDIDUSA", response, body, data, False)
    return None


def build_cancel_did(
    *,
    did: str,
    cancelcomment: str | None = None,
    portout: bool | None = None,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of cancelDID and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, cancelcomment, "cancelcomment", "string")
    check_scalar(problems, portout, "portout", "boolean")
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "cancelDID"),
            ("did", did),
            ("cancelcomment", cancelcomment),
            ("portout", (None if portout is None else ("1" if portout else "0"))),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("cancelDID", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_cancel_did(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to cancelDID into its result, or raise the error it carries."""
    raise_for_status("cancelDID", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_cancel_did(response, body, data)


@with_mutation_context
def parse_soap_cancel_did(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to cancelDID into its result, or raise its error or fault."""
    raise_for_status("cancelDID", response, body, (200,), RPC_ERRORS)
    return finish_cancel_did(response, body, rpc_data(response, body, "cancelDID", RPC_ERRORS))


def finish_cancel_did(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of cancelDID from its answer's data, whichever transport brought it."""
    ERRORS.check_status("cancelDID", response, body, data, False)
    return None


def build_cancel_fax_number(
    *,
    id: int,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of cancelFaxNumber and build its request."""
    problems: Problems = []
    check_scalar(problems, id, "id", "integer", required=True)
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "cancelFaxNumber"),
            ("id", str(id)),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("cancelFaxNumber", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_cancel_fax_number(response: httpx.Response, body: bytes) -> CancelFaxNumberResponse:
    """Turn the answer to cancelFaxNumber into its result, or raise the error it carries."""
    raise_for_status("cancelFaxNumber", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.CancelFaxNumberResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_cancel_fax_number(response, body, data)


@with_mutation_context
def parse_soap_cancel_fax_number(response: httpx.Response, body: bytes) -> CancelFaxNumberResponse:
    """Turn the SOAP answer to cancelFaxNumber into its result, or raise its error or fault."""
    raise_for_status("cancelFaxNumber", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "cancelFaxNumber")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.CancelFaxNumberResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_cancel_fax_number(
        response, body, rpc_data_from(scanned, response, body, "cancelFaxNumber", RPC_ERRORS)
    )


def finish_cancel_fax_number(response: httpx.Response, body: bytes, data: dict[str, object]) -> CancelFaxNumberResponse:
    """The result of cancelFaxNumber from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("cancelFaxNumber", response, body, data, False):
        return _json.read_cancel_fax_number_response({}, "$")
    return _json.read_cancel_fax_number_response(data, "$")


def build_connect_did(
    *,
    did: str,
    account: str,
    monthly: Decimal,
    setup: Decimal,
    minute: Decimal,
    next_billing: _dt.date | None = None,
    dont_charge_setup: bool | None = None,
    dont_charge_monthly: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of connectDID and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, account, "account", "string", required=True)
    check_scalar(problems, monthly, "monthly", "decimal", required=True)
    check_scalar(problems, setup, "setup", "decimal", required=True)
    check_scalar(problems, minute, "minute", "decimal", required=True)
    check_scalar(problems, next_billing, "next_billing", "date")
    check_scalar(problems, dont_charge_setup, "dont_charge_setup", "boolean")
    check_scalar(problems, dont_charge_monthly, "dont_charge_monthly", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "connectDID"),
            ("did", did),
            ("account", account),
            ("monthly", str(monthly)),
            ("setup", str(setup)),
            ("minute", str(minute)),
            ("next_billing", (None if next_billing is None else next_billing.strftime("%Y-%m-%d"))),
            ("dont_charge_setup", (None if dont_charge_setup is None else ("1" if dont_charge_setup else "0"))),
            ("dont_charge_monthly", (None if dont_charge_monthly is None else ("1" if dont_charge_monthly else "0"))),
        )
    )
    return PreparedRequest("connectDID", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_connect_did(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to connectDID into its result, or raise the error it carries."""
    raise_for_status("connectDID", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_connect_did(response, body, data)


@with_mutation_context
def parse_soap_connect_did(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to connectDID into its result, or raise its error or fault."""
    raise_for_status("connectDID", response, body, (200,), RPC_ERRORS)
    return finish_connect_did(response, body, rpc_data(response, body, "connectDID", RPC_ERRORS))


def finish_connect_did(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of connectDID from its answer's data, whichever transport brought it."""
    ERRORS.check_status("connectDID", response, body, data, False)
    return None


def build_connect_fax(
    *,
    did: str,
    account: str,
    monthly: Decimal,
    setup: Decimal,
    minute: Decimal,
    next_billing: _dt.date | None = None,
    dont_charge_setup: bool | None = None,
    dont_charge_monthly: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of connectFAX and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, account, "account", "string", required=True)
    check_scalar(problems, monthly, "monthly", "decimal", required=True)
    check_scalar(problems, setup, "setup", "decimal", required=True)
    check_scalar(problems, minute, "minute", "decimal", required=True)
    check_scalar(problems, next_billing, "next_billing", "date")
    check_scalar(problems, dont_charge_setup, "dont_charge_setup", "boolean")
    check_scalar(problems, dont_charge_monthly, "dont_charge_monthly", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "connectFAX"),
            ("did", did),
            ("account", account),
            ("monthly", str(monthly)),
            ("setup", str(setup)),
            ("minute", str(minute)),
            ("next_billing", (None if next_billing is None else next_billing.strftime("%Y-%m-%d"))),
            ("dont_charge_setup", (None if dont_charge_setup is None else ("1" if dont_charge_setup else "0"))),
            ("dont_charge_monthly", (None if dont_charge_monthly is None else ("1" if dont_charge_monthly else "0"))),
        )
    )
    return PreparedRequest("connectFAX", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_connect_fax(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to connectFAX into its result, or raise the error it carries."""
    raise_for_status("connectFAX", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_connect_fax(response, body, data)


@with_mutation_context
def parse_soap_connect_fax(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to connectFAX into its result, or raise its error or fault."""
    raise_for_status("connectFAX", response, body, (200,), RPC_ERRORS)
    return finish_connect_fax(response, body, rpc_data(response, body, "connectFAX", RPC_ERRORS))


def finish_connect_fax(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of connectFAX from its answer's data, whichever transport brought it."""
    ERRORS.check_status("connectFAX", response, body, data, False)
    return None


def build_create_sub_account(
    *,
    username: str,
    protocol: int,
    description: str | None = None,
    auth_type: int,
    password: str | None = None,
    ip: str | None = None,
    device_type: int,
    callerid_number: str | None = None,
    canada_routing: str | None = None,
    lock_international: int,
    allow225: bool | None = None,
    international_route: int,
    music_on_hold: str,
    language: str | None = None,
    allowed_codecs: str,
    dtmf_mode: str,
    nat: str,
    sip_traffic: bool | None = None,
    max_expiry: int | None = None,
    rtp_timeout: int | None = None,
    rtp_hold_timeout: int | None = None,
    ip_restriction: str | None = None,
    enable_ip_restriction: bool | None = None,
    pop_restriction: str | None = None,
    enable_pop_restriction: bool | None = None,
    internal_extension: str | None = None,
    internal_voicemail: str | None = None,
    internal_dialtime: str | None = None,
    reseller_client: str | None = None,
    reseller_package: str | None = None,
    reseller_nextbilling: _dt.date | None = None,
    reseller_chargesetup: bool | None = None,
    parking_lot: int | None = None,
    send_bye: bool | None = None,
    record_calls: bool | None = None,
    transcribe: bool | None = None,
    transcription_locale: str | None = None,
    transcription_redaction: YesNo | None = None,
    transcription_summary: YesNo | None = None,
    transcription_sentiment: YesNo | None = None,
    transcription_email: str | None = None,
    transcription_start_delay: int | None = None,
    enable_internal_cnam: bool | None = None,
    internal_cnam: str | None = None,
    dialing_mode: int | None = None,
    tfcarrier: int | None = None,
    internal_extension_location: int | None = None,
    call_pickup_behavior: int | None = None,
    default_e911: str | None = None,
) -> PreparedRequest:
    """Check the arguments of createSubAccount and build its request."""
    problems: Problems = []
    check_scalar(problems, username, "username", "string", required=True)
    check_scalar(problems, protocol, "protocol", "integer", required=True)
    check_scalar(problems, description, "description", "string")
    check_scalar(problems, auth_type, "auth_type", "integer", required=True)
    check_scalar(problems, password, "password", "string")
    check_scalar(problems, ip, "ip", "string")
    check_scalar(problems, device_type, "device_type", "integer", required=True)
    check_scalar(problems, callerid_number, "callerid_number", "string")
    check_scalar(problems, canada_routing, "canada_routing", "string")
    check_scalar(problems, lock_international, "lock_international", "integer", required=True)
    check_scalar(problems, allow225, "allow225", "boolean")
    check_scalar(problems, international_route, "international_route", "integer", required=True)
    check_scalar(problems, music_on_hold, "music_on_hold", "string", required=True)
    check_scalar(problems, language, "language", "string")
    check_scalar(problems, allowed_codecs, "allowed_codecs", "string", required=True)
    check_scalar(problems, dtmf_mode, "dtmf_mode", "string", required=True)
    check_scalar(problems, nat, "nat", "string", required=True)
    check_scalar(problems, sip_traffic, "sip_traffic", "boolean")
    check_scalar(problems, max_expiry, "max_expiry", "integer", minimum=60, maximum=3600)
    check_scalar(problems, rtp_timeout, "rtp_timeout", "integer", minimum=1, maximum=3600)
    check_scalar(problems, rtp_hold_timeout, "rtp_hold_timeout", "integer", minimum=1, maximum=3600)
    check_scalar(problems, ip_restriction, "ip_restriction", "string")
    check_scalar(problems, enable_ip_restriction, "enable_ip_restriction", "boolean")
    check_scalar(problems, pop_restriction, "pop_restriction", "string")
    check_scalar(problems, enable_pop_restriction, "enable_pop_restriction", "boolean")
    check_scalar(problems, internal_extension, "internal_extension", "string")
    check_scalar(problems, internal_voicemail, "internal_voicemail", "string")
    check_scalar(problems, internal_dialtime, "internal_dialtime", "string")
    check_scalar(problems, reseller_client, "reseller_client", "string")
    check_scalar(problems, reseller_package, "reseller_package", "string")
    check_scalar(problems, reseller_nextbilling, "reseller_nextbilling", "date")
    check_scalar(problems, reseller_chargesetup, "reseller_chargesetup", "boolean")
    check_scalar(problems, parking_lot, "parking_lot", "integer")
    check_scalar(problems, send_bye, "send_bye", "boolean")
    check_scalar(problems, record_calls, "record_calls", "boolean")
    check_scalar(problems, transcribe, "transcribe", "boolean")
    check_scalar(problems, transcription_locale, "transcription_locale", "string")
    check_scalar(problems, transcription_redaction, "transcription_redaction", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, transcription_summary, "transcription_summary", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, transcription_sentiment, "transcription_sentiment", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, transcription_email, "transcription_email", "string")
    check_scalar(problems, transcription_start_delay, "transcription_start_delay", "integer", minimum=0, maximum=60)
    check_scalar(problems, enable_internal_cnam, "enable_internal_cnam", "boolean")
    check_scalar(problems, internal_cnam, "internal_cnam", "string")
    check_scalar(problems, dialing_mode, "dialing_mode", "integer", minimum=0, maximum=2)
    check_scalar(problems, tfcarrier, "tfcarrier", "integer", minimum=-1, maximum=2)
    check_scalar(problems, internal_extension_location, "internal_extension_location", "integer")
    check_scalar(problems, call_pickup_behavior, "call_pickup_behavior", "integer", minimum=1, maximum=4)
    check_scalar(problems, default_e911, "default_e911", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "createSubAccount"),
            ("username", username),
            ("protocol", str(protocol)),
            ("description", description),
            ("auth_type", str(auth_type)),
            ("password", password),
            ("ip", ip),
            ("device_type", str(device_type)),
            ("callerid_number", callerid_number),
            ("canada_routing", canada_routing),
            ("lock_international", str(lock_international)),
            ("allow225", (None if allow225 is None else ("1" if allow225 else "0"))),
            ("international_route", str(international_route)),
            ("music_on_hold", music_on_hold),
            ("language", language),
            ("allowed_codecs", allowed_codecs),
            ("dtmf_mode", dtmf_mode),
            ("nat", nat),
            ("sip_traffic", (None if sip_traffic is None else ("1" if sip_traffic else "0"))),
            ("max_expiry", (None if max_expiry is None else str(max_expiry))),
            ("rtp_timeout", (None if rtp_timeout is None else str(rtp_timeout))),
            ("rtp_hold_timeout", (None if rtp_hold_timeout is None else str(rtp_hold_timeout))),
            ("ip_restriction", ip_restriction),
            (
                "enable_ip_restriction",
                (None if enable_ip_restriction is None else ("1" if enable_ip_restriction else "0")),
            ),
            ("pop_restriction", pop_restriction),
            (
                "enable_pop_restriction",
                (None if enable_pop_restriction is None else ("1" if enable_pop_restriction else "0")),
            ),
            ("internal_extension", internal_extension),
            ("internal_voicemail", internal_voicemail),
            ("internal_dialtime", internal_dialtime),
            ("reseller_client", reseller_client),
            ("reseller_package", reseller_package),
            (
                "reseller_nextbilling",
                (None if reseller_nextbilling is None else reseller_nextbilling.strftime("%Y-%m-%d")),
            ),
            (
                "reseller_chargesetup",
                (None if reseller_chargesetup is None else ("1" if reseller_chargesetup else "0")),
            ),
            ("parking_lot", (None if parking_lot is None else str(parking_lot))),
            ("send_bye", (None if send_bye is None else ("1" if send_bye else "0"))),
            ("record_calls", (None if record_calls is None else ("1" if record_calls else "0"))),
            ("transcribe", (None if transcribe is None else ("1" if transcribe else "0"))),
            ("transcription_locale", transcription_locale),
            ("transcription_redaction", (None if transcription_redaction is None else str(transcription_redaction))),
            ("transcription_summary", (None if transcription_summary is None else str(transcription_summary))),
            ("transcription_sentiment", (None if transcription_sentiment is None else str(transcription_sentiment))),
            ("transcription_email", transcription_email),
            (
                "transcription_start_delay",
                (None if transcription_start_delay is None else str(transcription_start_delay)),
            ),
            (
                "enable_internal_cnam",
                (None if enable_internal_cnam is None else ("1" if enable_internal_cnam else "0")),
            ),
            ("internal_cnam", internal_cnam),
            ("dialing_mode", (None if dialing_mode is None else str(dialing_mode))),
            ("tfcarrier", (None if tfcarrier is None else str(tfcarrier))),
            (
                "internal_extension_location",
                (None if internal_extension_location is None else str(internal_extension_location)),
            ),
            ("call_pickup_behavior", (None if call_pickup_behavior is None else str(call_pickup_behavior))),
            ("default_e911", default_e911),
        )
    )
    return PreparedRequest(
        "createSubAccount", "GET", "/api/v1/rest.php", query, mutates=True, secrets=secret_texts(password)
    )


@with_mutation_context
def parse_create_sub_account(response: httpx.Response, body: bytes) -> CreateSubAccountResponse:
    """Turn the answer to createSubAccount into its result, or raise the error it carries."""
    raise_for_status("createSubAccount", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.CreateSubAccountResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_create_sub_account(response, body, data)


@with_mutation_context
def parse_soap_create_sub_account(response: httpx.Response, body: bytes) -> CreateSubAccountResponse:
    """Turn the SOAP answer to createSubAccount into its result, or raise its error or fault."""
    raise_for_status("createSubAccount", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "createSubAccount")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.CreateSubAccountResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_create_sub_account(
        response, body, rpc_data_from(scanned, response, body, "createSubAccount", RPC_ERRORS)
    )


def finish_create_sub_account(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> CreateSubAccountResponse:
    """The result of createSubAccount from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("createSubAccount", response, body, data, False):
        return _json.read_create_sub_account_response({}, "$")
    return _json.read_create_sub_account_response(data, "$")


def build_create_voicemail(
    *,
    digits: str,
    name: str,
    password: str,
    skip_password: bool,
    email: str | None = None,
    attach_message: YesNo,
    delete_message: YesNo,
    say_time: YesNo,
    timezone: str,
    say_callerid: YesNo,
    play_instructions: str,
    language: str,
    client: int | None = None,
    email_attachment_format: str | None = None,
    unavailable_message_recording: str | None = None,
    transcription: YesNo | None = None,
    transcription_locale: str | None = None,
    transcription_redaction: YesNo | None = None,
    transcription_sentiment: YesNo | None = None,
    transcription_summary: YesNo | None = None,
    transcription_format: TranscriptionFormat | None = None,
    transcription_delay: int | None = None,
) -> PreparedRequest:
    """Check the arguments of createVoicemail and build its request."""
    problems: Problems = []
    check_scalar(problems, digits, "digits", "string", required=True, pattern=_RE_FBBB81AA72)
    check_scalar(problems, name, "name", "string", required=True)
    check_scalar(problems, password, "password", "string", required=True)
    check_scalar(problems, skip_password, "skip_password", "boolean", required=True)
    check_scalar(problems, email, "email", "string")
    check_scalar(problems, attach_message, "attach_message", "enum", allowed=YES_NO_VALUES, required=True)
    check_scalar(problems, delete_message, "delete_message", "enum", allowed=YES_NO_VALUES, required=True)
    check_scalar(problems, say_time, "say_time", "enum", allowed=YES_NO_VALUES, required=True)
    check_scalar(problems, timezone, "timezone", "string", required=True)
    check_scalar(problems, say_callerid, "say_callerid", "enum", allowed=YES_NO_VALUES, required=True)
    check_scalar(problems, play_instructions, "play_instructions", "string", required=True)
    check_scalar(problems, language, "language", "string", required=True)
    check_scalar(problems, client, "client", "integer")
    check_scalar(problems, email_attachment_format, "email_attachment_format", "string")
    check_scalar(problems, unavailable_message_recording, "unavailable_message_recording", "string")
    check_scalar(problems, transcription, "transcription", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, transcription_locale, "transcription_locale", "string")
    check_scalar(problems, transcription_redaction, "transcription_redaction", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, transcription_sentiment, "transcription_sentiment", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, transcription_summary, "transcription_summary", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, transcription_format, "transcription_format", "enum", allowed=TRANSCRIPTION_FORMAT_VALUES)
    check_scalar(problems, transcription_delay, "transcription_delay", "integer", minimum=0, maximum=60)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "createVoicemail"),
            ("digits", digits),
            ("name", name),
            ("password", password),
            ("skip_password", ("1" if skip_password else "0")),
            ("email", email),
            ("attach_message", str(attach_message)),
            ("delete_message", str(delete_message)),
            ("say_time", str(say_time)),
            ("timezone", timezone),
            ("say_callerid", str(say_callerid)),
            ("play_instructions", play_instructions),
            ("language", language),
            ("client", (None if client is None else str(client))),
            ("email_attachment_format", email_attachment_format),
            ("unavailable_message_recording", unavailable_message_recording),
            ("transcription", (None if transcription is None else str(transcription))),
            ("transcription_locale", transcription_locale),
            ("transcription_redaction", (None if transcription_redaction is None else str(transcription_redaction))),
            ("transcription_sentiment", (None if transcription_sentiment is None else str(transcription_sentiment))),
            ("transcription_summary", (None if transcription_summary is None else str(transcription_summary))),
            ("transcription_format", (None if transcription_format is None else str(transcription_format))),
            ("transcription_delay", (None if transcription_delay is None else str(transcription_delay))),
        )
    )
    return PreparedRequest(
        "createVoicemail", "GET", "/api/v1/rest.php", query, mutates=True, secrets=secret_texts(password)
    )


@with_mutation_context
def parse_create_voicemail(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to createVoicemail into its result, or raise the error it carries."""
    raise_for_status("createVoicemail", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_create_voicemail(response, body, data)


@with_mutation_context
def parse_soap_create_voicemail(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to createVoicemail into its result, or raise its error or fault."""
    raise_for_status("createVoicemail", response, body, (200,), RPC_ERRORS)
    return finish_create_voicemail(response, body, rpc_data(response, body, "createVoicemail", RPC_ERRORS))


def finish_create_voicemail(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of createVoicemail from its answer's data, whichever transport brought it."""
    ERRORS.check_status("createVoicemail", response, body, data, False)
    return None


def build_del_callback(
    *,
    callback: int,
) -> PreparedRequest:
    """Check the arguments of delCallback and build its request."""
    problems: Problems = []
    check_scalar(problems, callback, "callback", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delCallback"),
            ("callback", str(callback)),
        )
    )
    return PreparedRequest("delCallback", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_callback(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delCallback into its result, or raise the error it carries."""
    raise_for_status("delCallback", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_callback(response, body, data)


@with_mutation_context
def parse_soap_del_callback(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delCallback into its result, or raise its error or fault."""
    raise_for_status("delCallback", response, body, (200,), RPC_ERRORS)
    return finish_del_callback(response, body, rpc_data(response, body, "delCallback", RPC_ERRORS))


def finish_del_callback(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delCallback from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delCallback", response, body, data, False)
    return None


def build_del_caller_id_filtering(
    *,
    filtering: int,
) -> PreparedRequest:
    """Check the arguments of delCallerIDFiltering and build its request."""
    problems: Problems = []
    check_scalar(problems, filtering, "filtering", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delCallerIDFiltering"),
            ("filtering", str(filtering)),
        )
    )
    return PreparedRequest("delCallerIDFiltering", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_caller_id_filtering(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delCallerIDFiltering into its result, or raise the error it carries."""
    raise_for_status("delCallerIDFiltering", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_caller_id_filtering(response, body, data)


@with_mutation_context
def parse_soap_del_caller_id_filtering(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delCallerIDFiltering into its result, or raise its error or fault."""
    raise_for_status("delCallerIDFiltering", response, body, (200,), RPC_ERRORS)
    return finish_del_caller_id_filtering(response, body, rpc_data(response, body, "delCallerIDFiltering", RPC_ERRORS))


def finish_del_caller_id_filtering(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delCallerIDFiltering from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delCallerIDFiltering", response, body, data, False)
    return None


def build_del_call_hunting(
    *,
    callhunting: int,
) -> PreparedRequest:
    """Check the arguments of delCallHunting and build its request."""
    problems: Problems = []
    check_scalar(problems, callhunting, "callhunting", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delCallHunting"),
            ("callhunting", str(callhunting)),
        )
    )
    return PreparedRequest("delCallHunting", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_call_hunting(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delCallHunting into its result, or raise the error it carries."""
    raise_for_status("delCallHunting", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_call_hunting(response, body, data)


@with_mutation_context
def parse_soap_del_call_hunting(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delCallHunting into its result, or raise its error or fault."""
    raise_for_status("delCallHunting", response, body, (200,), RPC_ERRORS)
    return finish_del_call_hunting(response, body, rpc_data(response, body, "delCallHunting", RPC_ERRORS))


def finish_del_call_hunting(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delCallHunting from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delCallHunting", response, body, data, False)
    return None


def build_del_call_parking(
    *,
    callparking: int,
) -> PreparedRequest:
    """Check the arguments of delCallParking and build its request."""
    problems: Problems = []
    check_scalar(problems, callparking, "callparking", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delCallParking"),
            ("callparking", str(callparking)),
        )
    )
    return PreparedRequest("delCallParking", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_call_parking(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delCallParking into its result, or raise the error it carries."""
    raise_for_status("delCallParking", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_call_parking(response, body, data)


@with_mutation_context
def parse_soap_del_call_parking(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delCallParking into its result, or raise its error or fault."""
    raise_for_status("delCallParking", response, body, (200,), RPC_ERRORS)
    return finish_del_call_parking(response, body, rpc_data(response, body, "delCallParking", RPC_ERRORS))


def finish_del_call_parking(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delCallParking from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delCallParking", response, body, data, False)
    return None


def build_del_call_recording(
    *,
    callrecording: str,
    account: str,
) -> PreparedRequest:
    """Check the arguments of delCallRecording and build its request."""
    problems: Problems = []
    check_scalar(problems, callrecording, "callrecording", "string", required=True)
    check_scalar(problems, account, "account", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delCallRecording"),
            ("callrecording", callrecording),
            ("account", account),
        )
    )
    return PreparedRequest("delCallRecording", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_call_recording(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delCallRecording into its result, or raise the error it carries."""
    raise_for_status("delCallRecording", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_call_recording(response, body, data)


@with_mutation_context
def parse_soap_del_call_recording(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delCallRecording into its result, or raise its error or fault."""
    raise_for_status("delCallRecording", response, body, (200,), RPC_ERRORS)
    return finish_del_call_recording(response, body, rpc_data(response, body, "delCallRecording", RPC_ERRORS))


def finish_del_call_recording(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delCallRecording from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delCallRecording", response, body, data, False)
    return None


def build_del_client(
    *,
    client: int,
) -> PreparedRequest:
    """Check the arguments of delClient and build its request."""
    problems: Problems = []
    check_scalar(problems, client, "client", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delClient"),
            ("client", str(client)),
        )
    )
    return PreparedRequest("delClient", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_client(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delClient into its result, or raise the error it carries."""
    raise_for_status("delClient", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_client(response, body, data)


@with_mutation_context
def parse_soap_del_client(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delClient into its result, or raise its error or fault."""
    raise_for_status("delClient", response, body, (200,), RPC_ERRORS)
    return finish_del_client(response, body, rpc_data(response, body, "delClient", RPC_ERRORS))


def finish_del_client(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delClient from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delClient", response, body, data, False)
    return None


def build_del_conference(
    *,
    conference: int,
) -> PreparedRequest:
    """Check the arguments of delConference and build its request."""
    problems: Problems = []
    check_scalar(problems, conference, "conference", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delConference"),
            ("conference", str(conference)),
        )
    )
    return PreparedRequest("delConference", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_conference(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delConference into its result, or raise the error it carries."""
    raise_for_status("delConference", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_conference(response, body, data)


@with_mutation_context
def parse_soap_del_conference(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delConference into its result, or raise its error or fault."""
    raise_for_status("delConference", response, body, (200,), RPC_ERRORS)
    return finish_del_conference(response, body, rpc_data(response, body, "delConference", RPC_ERRORS))


def finish_del_conference(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delConference from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delConference", response, body, data, False)
    return None


def build_del_conference_member(
    *,
    member: int,
) -> PreparedRequest:
    """Check the arguments of delConferenceMember and build its request."""
    problems: Problems = []
    check_scalar(problems, member, "member", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delConferenceMember"),
            ("member", str(member)),
        )
    )
    return PreparedRequest("delConferenceMember", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_conference_member(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delConferenceMember into its result, or raise the error it carries."""
    raise_for_status("delConferenceMember", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_conference_member(response, body, data)


@with_mutation_context
def parse_soap_del_conference_member(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delConferenceMember into its result, or raise its error or fault."""
    raise_for_status("delConferenceMember", response, body, (200,), RPC_ERRORS)
    return finish_del_conference_member(response, body, rpc_data(response, body, "delConferenceMember", RPC_ERRORS))


def finish_del_conference_member(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delConferenceMember from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delConferenceMember", response, body, data, False)
    return None


def build_del_disa(
    *,
    disa: int,
) -> PreparedRequest:
    """Check the arguments of delDISA and build its request."""
    problems: Problems = []
    check_scalar(problems, disa, "disa", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delDISA"),
            ("disa", str(disa)),
        )
    )
    return PreparedRequest("delDISA", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_disa(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delDISA into its result, or raise the error it carries."""
    raise_for_status("delDISA", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_disa(response, body, data)


@with_mutation_context
def parse_soap_del_disa(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delDISA into its result, or raise its error or fault."""
    raise_for_status("delDISA", response, body, (200,), RPC_ERRORS)
    return finish_del_disa(response, body, rpc_data(response, body, "delDISA", RPC_ERRORS))


def finish_del_disa(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delDISA from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delDISA", response, body, data, False)
    return None


def build_del_email_to_fax(
    *,
    id: int,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of delEmailToFax and build its request."""
    problems: Problems = []
    check_scalar(problems, id, "id", "integer", required=True)
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delEmailToFax"),
            ("id", str(id)),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("delEmailToFax", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_email_to_fax(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delEmailToFax into its result, or raise the error it carries."""
    raise_for_status("delEmailToFax", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_email_to_fax(response, body, data)


@with_mutation_context
def parse_soap_del_email_to_fax(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delEmailToFax into its result, or raise its error or fault."""
    raise_for_status("delEmailToFax", response, body, (200,), RPC_ERRORS)
    return finish_del_email_to_fax(response, body, rpc_data(response, body, "delEmailToFax", RPC_ERRORS))


def finish_del_email_to_fax(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delEmailToFax from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delEmailToFax", response, body, data, False)
    return None


def build_delete_fax_message(
    *,
    id: int,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of deleteFaxMessage and build its request."""
    problems: Problems = []
    check_scalar(problems, id, "id", "integer", required=True)
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "deleteFaxMessage"),
            ("id", str(id)),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("deleteFaxMessage", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_delete_fax_message(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to deleteFaxMessage into its result, or raise the error it carries."""
    raise_for_status("deleteFaxMessage", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_delete_fax_message(response, body, data)


@with_mutation_context
def parse_soap_delete_fax_message(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to deleteFaxMessage into its result, or raise its error or fault."""
    raise_for_status("deleteFaxMessage", response, body, (200,), RPC_ERRORS)
    return finish_delete_fax_message(response, body, rpc_data(response, body, "deleteFaxMessage", RPC_ERRORS))


def finish_delete_fax_message(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of deleteFaxMessage from its answer's data, whichever transport brought it."""
    ERRORS.check_status("deleteFaxMessage", response, body, data, False)
    return None


def build_delete_mms(
    *,
    id: int,
) -> PreparedRequest:
    """Check the arguments of deleteMMS and build its request."""
    problems: Problems = []
    check_scalar(problems, id, "id", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "deleteMMS"),
            ("id", str(id)),
        )
    )
    return PreparedRequest("deleteMMS", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_delete_mms(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to deleteMMS into its result, or raise the error it carries."""
    raise_for_status("deleteMMS", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_delete_mms(response, body, data)


@with_mutation_context
def parse_soap_delete_mms(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to deleteMMS into its result, or raise its error or fault."""
    raise_for_status("deleteMMS", response, body, (200,), RPC_ERRORS)
    return finish_delete_mms(response, body, rpc_data(response, body, "deleteMMS", RPC_ERRORS))


def finish_delete_mms(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of deleteMMS from its answer's data, whichever transport brought it."""
    ERRORS.check_status("deleteMMS", response, body, data, False)
    return None


def build_delete_sms(
    *,
    id: int,
) -> PreparedRequest:
    """Check the arguments of deleteSMS and build its request."""
    problems: Problems = []
    check_scalar(problems, id, "id", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "deleteSMS"),
            ("id", str(id)),
        )
    )
    return PreparedRequest("deleteSMS", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_delete_sms(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to deleteSMS into its result, or raise the error it carries."""
    raise_for_status("deleteSMS", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_delete_sms(response, body, data)


@with_mutation_context
def parse_soap_delete_sms(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to deleteSMS into its result, or raise its error or fault."""
    raise_for_status("deleteSMS", response, body, (200,), RPC_ERRORS)
    return finish_delete_sms(response, body, rpc_data(response, body, "deleteSMS", RPC_ERRORS))


def finish_delete_sms(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of deleteSMS from its answer's data, whichever transport brought it."""
    ERRORS.check_status("deleteSMS", response, body, data, False)
    return None


def build_del_fax_folder(
    *,
    id: int,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of delFaxFolder and build its request."""
    problems: Problems = []
    check_scalar(problems, id, "id", "integer", required=True)
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delFaxFolder"),
            ("id", str(id)),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("delFaxFolder", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_fax_folder(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delFaxFolder into its result, or raise the error it carries."""
    raise_for_status("delFaxFolder", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_fax_folder(response, body, data)


@with_mutation_context
def parse_soap_del_fax_folder(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delFaxFolder into its result, or raise its error or fault."""
    raise_for_status("delFaxFolder", response, body, (200,), RPC_ERRORS)
    return finish_del_fax_folder(response, body, rpc_data(response, body, "delFaxFolder", RPC_ERRORS))


def finish_del_fax_folder(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delFaxFolder from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delFaxFolder", response, body, data, False)
    return None


def build_del_forwarding(
    *,
    forwarding: int | None = None,
) -> PreparedRequest:
    """Check the arguments of delForwarding and build its request."""
    problems: Problems = []
    check_scalar(problems, forwarding, "forwarding", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delForwarding"),
            ("forwarding", (None if forwarding is None else str(forwarding))),
        )
    )
    return PreparedRequest("delForwarding", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_forwarding(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delForwarding into its result, or raise the error it carries."""
    raise_for_status("delForwarding", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_forwarding(response, body, data)


@with_mutation_context
def parse_soap_del_forwarding(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delForwarding into its result, or raise its error or fault."""
    raise_for_status("delForwarding", response, body, (200,), RPC_ERRORS)
    return finish_del_forwarding(response, body, rpc_data(response, body, "delForwarding", RPC_ERRORS))


def finish_del_forwarding(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delForwarding from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delForwarding", response, body, data, False)
    return None


def build_del_ivr(
    *,
    ivr: int,
) -> PreparedRequest:
    """Check the arguments of delIVR and build its request."""
    problems: Problems = []
    check_scalar(problems, ivr, "ivr", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delIVR"),
            ("ivr", str(ivr)),
        )
    )
    return PreparedRequest("delIVR", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_ivr(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delIVR into its result, or raise the error it carries."""
    raise_for_status("delIVR", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_ivr(response, body, data)


@with_mutation_context
def parse_soap_del_ivr(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delIVR into its result, or raise its error or fault."""
    raise_for_status("delIVR", response, body, (200,), RPC_ERRORS)
    return finish_del_ivr(response, body, rpc_data(response, body, "delIVR", RPC_ERRORS))


def finish_del_ivr(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delIVR from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delIVR", response, body, data, False)
    return None


def build_del_location(
    *,
    name: str,
    id: str,
) -> PreparedRequest:
    """Check the arguments of delLocation and build its request."""
    problems: Problems = []
    check_scalar(problems, name, "name", "string", required=True)
    check_scalar(problems, id, "id", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delLocation"),
            ("name", name),
            ("id", id),
        )
    )
    return PreparedRequest("delLocation", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_location(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delLocation into its result, or raise the error it carries."""
    raise_for_status("delLocation", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_location(response, body, data)


def finish_del_location(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delLocation from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delLocation", response, body, data, False)
    return None


def build_del_member_from_conference(
    *,
    member: int,
    conference: int | None = None,
) -> PreparedRequest:
    """Check the arguments of delMemberFromConference and build its request."""
    problems: Problems = []
    check_scalar(problems, member, "member", "integer", required=True)
    check_scalar(problems, conference, "conference", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delMemberFromConference"),
            ("member", str(member)),
            ("conference", (None if conference is None else str(conference))),
        )
    )
    return PreparedRequest("delMemberFromConference", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_member_from_conference(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delMemberFromConference into its result, or raise the error it carries."""
    raise_for_status("delMemberFromConference", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_member_from_conference(response, body, data)


@with_mutation_context
def parse_soap_del_member_from_conference(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delMemberFromConference into its result, or raise its error or fault."""
    raise_for_status("delMemberFromConference", response, body, (200,), RPC_ERRORS)
    return finish_del_member_from_conference(
        response, body, rpc_data(response, body, "delMemberFromConference", RPC_ERRORS)
    )


def finish_del_member_from_conference(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delMemberFromConference from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delMemberFromConference", response, body, data, False)
    return None


def build_del_messages(
    *,
    mailbox: int,
    folder: str | None = None,
    message_num: int | None = None,
) -> PreparedRequest:
    """Check the arguments of delMessages and build its request."""
    problems: Problems = []
    check_scalar(problems, mailbox, "mailbox", "integer", required=True)
    check_scalar(problems, folder, "folder", "string")
    check_scalar(problems, message_num, "message_num", "integer")
    if message_num is not None and folder is None:
        problems.append(("folder", "is required when message_num is given"))
    if folder is not None and message_num is None:
        problems.append(("message_num", "is required when folder is given"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delMessages"),
            ("mailbox", str(mailbox)),
            ("folder", folder),
            ("message_num", (None if message_num is None else str(message_num))),
        )
    )
    return PreparedRequest("delMessages", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_messages(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delMessages into its result, or raise the error it carries."""
    raise_for_status("delMessages", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_messages(response, body, data)


@with_mutation_context
def parse_soap_del_messages(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delMessages into its result, or raise its error or fault."""
    raise_for_status("delMessages", response, body, (200,), RPC_ERRORS)
    return finish_del_messages(response, body, rpc_data(response, body, "delMessages", RPC_ERRORS))


def finish_del_messages(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delMessages from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delMessages", response, body, data, False)
    return None


def build_del_music_on_hold(
    *,
    music_on_hold: str,
) -> PreparedRequest:
    """Check the arguments of delMusicOnHold and build its request."""
    problems: Problems = []
    check_scalar(problems, music_on_hold, "music_on_hold", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delMusicOnHold"),
            ("music_on_hold", music_on_hold),
        )
    )
    return PreparedRequest("delMusicOnHold", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_music_on_hold(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delMusicOnHold into its result, or raise the error it carries."""
    raise_for_status("delMusicOnHold", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_music_on_hold(response, body, data)


@with_mutation_context
def parse_soap_del_music_on_hold(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delMusicOnHold into its result, or raise its error or fault."""
    raise_for_status("delMusicOnHold", response, body, (200,), RPC_ERRORS)
    return finish_del_music_on_hold(response, body, rpc_data(response, body, "delMusicOnHold", RPC_ERRORS))


def finish_del_music_on_hold(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delMusicOnHold from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delMusicOnHold", response, body, data, False)
    return None


def build_del_phonebook(
    *,
    phonebook: int,
) -> PreparedRequest:
    """Check the arguments of delPhonebook and build its request."""
    problems: Problems = []
    check_scalar(problems, phonebook, "phonebook", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delPhonebook"),
            ("phonebook", str(phonebook)),
        )
    )
    return PreparedRequest("delPhonebook", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_phonebook(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delPhonebook into its result, or raise the error it carries."""
    raise_for_status("delPhonebook", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_phonebook(response, body, data)


@with_mutation_context
def parse_soap_del_phonebook(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delPhonebook into its result, or raise its error or fault."""
    raise_for_status("delPhonebook", response, body, (200,), RPC_ERRORS)
    return finish_del_phonebook(response, body, rpc_data(response, body, "delPhonebook", RPC_ERRORS))


def finish_del_phonebook(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delPhonebook from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delPhonebook", response, body, data, False)
    return None


def build_del_phonebook_group(
    *,
    group: str,
) -> PreparedRequest:
    """Check the arguments of delPhonebookGroup and build its request."""
    problems: Problems = []
    check_scalar(problems, group, "group", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delPhonebookGroup"),
            ("group", group),
        )
    )
    return PreparedRequest("delPhonebookGroup", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_phonebook_group(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delPhonebookGroup into its result, or raise the error it carries."""
    raise_for_status("delPhonebookGroup", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_phonebook_group(response, body, data)


@with_mutation_context
def parse_soap_del_phonebook_group(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delPhonebookGroup into its result, or raise its error or fault."""
    raise_for_status("delPhonebookGroup", response, body, (200,), RPC_ERRORS)
    return finish_del_phonebook_group(response, body, rpc_data(response, body, "delPhonebookGroup", RPC_ERRORS))


def finish_del_phonebook_group(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delPhonebookGroup from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delPhonebookGroup", response, body, data, False)
    return None


def build_del_queue(
    *,
    queue: int,
) -> PreparedRequest:
    """Check the arguments of delQueue and build its request."""
    problems: Problems = []
    check_scalar(problems, queue, "queue", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delQueue"),
            ("queue", str(queue)),
        )
    )
    return PreparedRequest("delQueue", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_queue(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delQueue into its result, or raise the error it carries."""
    raise_for_status("delQueue", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_queue(response, body, data)


@with_mutation_context
def parse_soap_del_queue(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delQueue into its result, or raise its error or fault."""
    raise_for_status("delQueue", response, body, (200,), RPC_ERRORS)
    return finish_del_queue(response, body, rpc_data(response, body, "delQueue", RPC_ERRORS))


def finish_del_queue(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delQueue from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delQueue", response, body, data, False)
    return None


def build_del_recording(
    *,
    recording: int,
) -> PreparedRequest:
    """Check the arguments of delRecording and build its request."""
    problems: Problems = []
    check_scalar(problems, recording, "recording", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delRecording"),
            ("recording", str(recording)),
        )
    )
    return PreparedRequest("delRecording", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_recording(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delRecording into its result, or raise the error it carries."""
    raise_for_status("delRecording", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_recording(response, body, data)


@with_mutation_context
def parse_soap_del_recording(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delRecording into its result, or raise its error or fault."""
    raise_for_status("delRecording", response, body, (200,), RPC_ERRORS)
    return finish_del_recording(response, body, rpc_data(response, body, "delRecording", RPC_ERRORS))


def finish_del_recording(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delRecording from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delRecording", response, body, data, False)
    return None


def build_del_ring_group(
    *,
    ringgroup: int,
) -> PreparedRequest:
    """Check the arguments of delRingGroup and build its request."""
    problems: Problems = []
    check_scalar(problems, ringgroup, "ringgroup", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delRingGroup"),
            ("ringgroup", str(ringgroup)),
        )
    )
    return PreparedRequest("delRingGroup", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_ring_group(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delRingGroup into its result, or raise the error it carries."""
    raise_for_status("delRingGroup", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_ring_group(response, body, data)


@with_mutation_context
def parse_soap_del_ring_group(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delRingGroup into its result, or raise its error or fault."""
    raise_for_status("delRingGroup", response, body, (200,), RPC_ERRORS)
    return finish_del_ring_group(response, body, rpc_data(response, body, "delRingGroup", RPC_ERRORS))


def finish_del_ring_group(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delRingGroup from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delRingGroup", response, body, data, False)
    return None


def build_del_sequences(
    *,
    sequence: int,
    client: int | None = None,
) -> PreparedRequest:
    """Check the arguments of delSequences and build its request."""
    problems: Problems = []
    check_scalar(problems, sequence, "sequence", "integer", required=True)
    check_scalar(problems, client, "client", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delSequences"),
            ("sequence", str(sequence)),
            ("client", (None if client is None else str(client))),
        )
    )
    return PreparedRequest("delSequences", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_sequences(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delSequences into its result, or raise the error it carries."""
    raise_for_status("delSequences", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_sequences(response, body, data)


def finish_del_sequences(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delSequences from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delSequences", response, body, data, False)
    return None


def build_del_sipuri(
    *,
    sipuri: int,
) -> PreparedRequest:
    """Check the arguments of delSIPURI and build its request."""
    problems: Problems = []
    check_scalar(problems, sipuri, "sipuri", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delSIPURI"),
            ("sipuri", str(sipuri)),
        )
    )
    return PreparedRequest("delSIPURI", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_sipuri(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delSIPURI into its result, or raise the error it carries."""
    raise_for_status("delSIPURI", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_sipuri(response, body, data)


@with_mutation_context
def parse_soap_del_sipuri(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delSIPURI into its result, or raise its error or fault."""
    raise_for_status("delSIPURI", response, body, (200,), RPC_ERRORS)
    return finish_del_sipuri(response, body, rpc_data(response, body, "delSIPURI", RPC_ERRORS))


def finish_del_sipuri(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delSIPURI from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delSIPURI", response, body, data, False)
    return None


def build_del_static_member(
    *,
    member: int,
    queue: int,
) -> PreparedRequest:
    """Check the arguments of delStaticMember and build its request."""
    problems: Problems = []
    check_scalar(problems, member, "member", "integer", required=True)
    check_scalar(problems, queue, "queue", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delStaticMember"),
            ("member", str(member)),
            ("queue", str(queue)),
        )
    )
    return PreparedRequest("delStaticMember", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_static_member(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delStaticMember into its result, or raise the error it carries."""
    raise_for_status("delStaticMember", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_static_member(response, body, data)


@with_mutation_context
def parse_soap_del_static_member(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delStaticMember into its result, or raise its error or fault."""
    raise_for_status("delStaticMember", response, body, (200,), RPC_ERRORS)
    return finish_del_static_member(response, body, rpc_data(response, body, "delStaticMember", RPC_ERRORS))


def finish_del_static_member(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delStaticMember from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delStaticMember", response, body, data, False)
    return None


def build_del_sub_account(
    *,
    id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of delSubAccount and build its request."""
    problems: Problems = []
    check_scalar(problems, id, "id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delSubAccount"),
            ("id", (None if id is None else str(id))),
        )
    )
    return PreparedRequest("delSubAccount", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_sub_account(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delSubAccount into its result, or raise the error it carries."""
    raise_for_status("delSubAccount", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_sub_account(response, body, data)


@with_mutation_context
def parse_soap_del_sub_account(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delSubAccount into its result, or raise its error or fault."""
    raise_for_status("delSubAccount", response, body, (200,), RPC_ERRORS)
    return finish_del_sub_account(response, body, rpc_data(response, body, "delSubAccount", RPC_ERRORS))


def finish_del_sub_account(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delSubAccount from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delSubAccount", response, body, data, False)
    return None


def build_del_time_condition(
    *,
    timecondition: int,
) -> PreparedRequest:
    """Check the arguments of delTimeCondition and build its request."""
    problems: Problems = []
    check_scalar(problems, timecondition, "timecondition", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delTimeCondition"),
            ("timecondition", str(timecondition)),
        )
    )
    return PreparedRequest("delTimeCondition", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_time_condition(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delTimeCondition into its result, or raise the error it carries."""
    raise_for_status("delTimeCondition", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_time_condition(response, body, data)


@with_mutation_context
def parse_soap_del_time_condition(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delTimeCondition into its result, or raise its error or fault."""
    raise_for_status("delTimeCondition", response, body, (200,), RPC_ERRORS)
    return finish_del_time_condition(response, body, rpc_data(response, body, "delTimeCondition", RPC_ERRORS))


def finish_del_time_condition(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delTimeCondition from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delTimeCondition", response, body, data, False)
    return None


def build_del_voicemail(
    *,
    mailbox: int,
) -> PreparedRequest:
    """Check the arguments of delVoicemail and build its request."""
    problems: Problems = []
    check_scalar(problems, mailbox, "mailbox", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "delVoicemail"),
            ("mailbox", str(mailbox)),
        )
    )
    return PreparedRequest("delVoicemail", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_del_voicemail(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to delVoicemail into its result, or raise the error it carries."""
    raise_for_status("delVoicemail", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_del_voicemail(response, body, data)


@with_mutation_context
def parse_soap_del_voicemail(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to delVoicemail into its result, or raise its error or fault."""
    raise_for_status("delVoicemail", response, body, (200,), RPC_ERRORS)
    return finish_del_voicemail(response, body, rpc_data(response, body, "delVoicemail", RPC_ERRORS))


def finish_del_voicemail(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of delVoicemail from its answer's data, whichever transport brought it."""
    ERRORS.check_status("delVoicemail", response, body, data, False)
    return None


def build_e911_address_types(
    *,
    type: str | None = None,
) -> PreparedRequest:
    """Check the arguments of e911AddressTypes and build its request."""
    problems: Problems = []
    check_scalar(problems, type, "type", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "e911AddressTypes"),
            ("type", type),
        )
    )
    return PreparedRequest("e911AddressTypes", "GET", "/api/v1/rest.php", query)


@with_context
def parse_e911_address_types(response: httpx.Response, body: bytes) -> E911AddressTypesResponse:
    """Turn the answer to e911AddressTypes into its result, or raise the error it carries."""
    raise_for_status("e911AddressTypes", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.E911AddressTypesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_e911_address_types(response, body, data)


@with_context
def parse_soap_e911_address_types(response: httpx.Response, body: bytes) -> E911AddressTypesResponse:
    """Turn the SOAP answer to e911AddressTypes into its result, or raise its error or fault."""
    raise_for_status("e911AddressTypes", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "e911AddressTypes")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.E911AddressTypesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_e911_address_types(
        response, body, rpc_data_from(scanned, response, body, "e911AddressTypes", RPC_ERRORS)
    )


def finish_e911_address_types(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> E911AddressTypesResponse:
    """The result of e911AddressTypes from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("e911AddressTypes", response, body, data, True):
        return _json.read_e911_address_types_response({}, "$")
    return _json.read_e911_address_types_response(data, "$")


def build_e911_cancel(
    *,
    did: str,
) -> PreparedRequest:
    """Check the arguments of e911Cancel and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "e911Cancel"),
            ("did", did),
        )
    )
    return PreparedRequest("e911Cancel", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_e911_cancel(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to e911Cancel into its result, or raise the error it carries."""
    raise_for_status("e911Cancel", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_e911_cancel(response, body, data)


@with_mutation_context
def parse_soap_e911_cancel(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to e911Cancel into its result, or raise its error or fault."""
    raise_for_status("e911Cancel", response, body, (200,), RPC_ERRORS)
    return finish_e911_cancel(response, body, rpc_data(response, body, "e911Cancel", RPC_ERRORS))


def finish_e911_cancel(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of e911Cancel from its answer's data, whichever transport brought it."""
    ERRORS.check_status("e911Cancel", response, body, data, False)
    return None


def build_e911_info(
    *,
    did: str,
) -> PreparedRequest:
    """Check the arguments of e911Info and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "e911Info"),
            ("did", did),
        )
    )
    return PreparedRequest("e911Info", "GET", "/api/v1/rest.php", query)


@with_context
def parse_e911_info(response: httpx.Response, body: bytes) -> E911InfoResponse:
    """Turn the answer to e911Info into its result, or raise the error it carries."""
    raise_for_status("e911Info", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.E911InfoResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_e911_info(response, body, data)


@with_context
def parse_soap_e911_info(response: httpx.Response, body: bytes) -> E911InfoResponse:
    """Turn the SOAP answer to e911Info into its result, or raise its error or fault."""
    raise_for_status("e911Info", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "e911Info")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.E911InfoResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_e911_info(response, body, rpc_data_from(scanned, response, body, "e911Info", RPC_ERRORS))


def finish_e911_info(response: httpx.Response, body: bytes, data: dict[str, object]) -> E911InfoResponse:
    """The result of e911Info from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("e911Info", response, body, data, True):
        return _json.read_e911_info_response({}, "$")
    return _json.read_e911_info_response(data, "$")


def build_e911_provision(
    *,
    did: str,
    full_name: str,
    street_number: int,
    street_name: str,
    address_type: str | None = None,
    address_number: int | None = None,
    city: str,
    state: str,
    country: E911Country,
    zip_code: str,
    language: E911Language,
    email: str,
    other_info: str | None = None,
) -> PreparedRequest:
    """Check the arguments of e911Provision and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, full_name, "full_name", "string", required=True)
    check_scalar(problems, street_number, "street_number", "integer", required=True)
    check_scalar(problems, street_name, "street_name", "string", required=True)
    check_scalar(problems, address_type, "address_type", "string")
    check_scalar(problems, address_number, "address_number", "integer")
    check_scalar(problems, city, "city", "string", required=True)
    check_scalar(problems, state, "state", "string", required=True)
    check_scalar(problems, country, "country", "enum", allowed=E911_COUNTRY_VALUES, required=True)
    check_scalar(problems, zip_code, "zip_code", "string", required=True)
    check_scalar(problems, language, "language", "enum", allowed=E911_LANGUAGE_VALUES, required=True)
    check_scalar(problems, email, "email", "string", required=True)
    check_scalar(problems, other_info, "other_info", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "e911Provision"),
            ("did", did),
            ("full_name", full_name),
            ("street_number", str(street_number)),
            ("street_name", street_name),
            ("address_type", address_type),
            ("address_number", (None if address_number is None else str(address_number))),
            ("city", city),
            ("state", state),
            ("country", str(country)),
            ("zip_code", zip_code),
            ("language", str(language)),
            ("email", email),
            ("other_info", other_info),
        )
    )
    return PreparedRequest("e911Provision", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_e911_provision(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to e911Provision into its result, or raise the error it carries."""
    raise_for_status("e911Provision", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_e911_provision(response, body, data)


@with_mutation_context
def parse_soap_e911_provision(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to e911Provision into its result, or raise its error or fault."""
    raise_for_status("e911Provision", response, body, (200,), RPC_ERRORS)
    return finish_e911_provision(response, body, rpc_data(response, body, "e911Provision", RPC_ERRORS))


def finish_e911_provision(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of e911Provision from its answer's data, whichever transport brought it."""
    ERRORS.check_status("e911Provision", response, body, data, False)
    return None


def build_e911_provision_manually(
    *,
    did: str,
    full_name: str,
    street_number: int,
    street_name: str,
    address_type: str | None = None,
    address_number: int | None = None,
    city: str,
    state: str,
    country: E911Country,
    zip_code: str,
    language: E911Language,
    email: str,
    other_info: str | None = None,
) -> PreparedRequest:
    """Check the arguments of e911ProvisionManually and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, full_name, "full_name", "string", required=True)
    check_scalar(problems, street_number, "street_number", "integer", required=True)
    check_scalar(problems, street_name, "street_name", "string", required=True)
    check_scalar(problems, address_type, "address_type", "string")
    check_scalar(problems, address_number, "address_number", "integer")
    check_scalar(problems, city, "city", "string", required=True)
    check_scalar(problems, state, "state", "string", required=True)
    check_scalar(problems, country, "country", "enum", allowed=E911_COUNTRY_VALUES, required=True)
    check_scalar(problems, zip_code, "zip_code", "string", required=True)
    check_scalar(problems, language, "language", "enum", allowed=E911_LANGUAGE_VALUES, required=True)
    check_scalar(problems, email, "email", "string", required=True)
    check_scalar(problems, other_info, "other_info", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "e911ProvisionManually"),
            ("did", did),
            ("full_name", full_name),
            ("street_number", str(street_number)),
            ("street_name", street_name),
            ("address_type", address_type),
            ("address_number", (None if address_number is None else str(address_number))),
            ("city", city),
            ("state", state),
            ("country", str(country)),
            ("zip_code", zip_code),
            ("language", str(language)),
            ("email", email),
            ("other_info", other_info),
        )
    )
    return PreparedRequest("e911ProvisionManually", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_e911_provision_manually(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to e911ProvisionManually into its result, or raise the error it carries."""
    raise_for_status("e911ProvisionManually", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_e911_provision_manually(response, body, data)


@with_mutation_context
def parse_soap_e911_provision_manually(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to e911ProvisionManually into its result, or raise its error or fault."""
    raise_for_status("e911ProvisionManually", response, body, (200,), RPC_ERRORS)
    return finish_e911_provision_manually(response, body, rpc_data(response, body, "e911ProvisionManually", RPC_ERRORS))


def finish_e911_provision_manually(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of e911ProvisionManually from its answer's data, whichever transport brought it."""
    ERRORS.check_status("e911ProvisionManually", response, body, data, False)
    return None


def build_e911_update(
    *,
    did: str,
    full_name: str,
    street_number: int,
    street_name: str,
    address_type: str | None = None,
    address_number: int | None = None,
    city: str,
    state: str,
    country: E911Country,
    zip_code: str,
    language: E911Language,
    email: str,
    other_info: str | None = None,
) -> PreparedRequest:
    """Check the arguments of e911Update and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, full_name, "full_name", "string", required=True)
    check_scalar(problems, street_number, "street_number", "integer", required=True)
    check_scalar(problems, street_name, "street_name", "string", required=True)
    check_scalar(problems, address_type, "address_type", "string")
    check_scalar(problems, address_number, "address_number", "integer")
    check_scalar(problems, city, "city", "string", required=True)
    check_scalar(problems, state, "state", "string", required=True)
    check_scalar(problems, country, "country", "enum", allowed=E911_COUNTRY_VALUES, required=True)
    check_scalar(problems, zip_code, "zip_code", "string", required=True)
    check_scalar(problems, language, "language", "enum", allowed=E911_LANGUAGE_VALUES, required=True)
    check_scalar(problems, email, "email", "string", required=True)
    check_scalar(problems, other_info, "other_info", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "e911Update"),
            ("did", did),
            ("full_name", full_name),
            ("street_number", str(street_number)),
            ("street_name", street_name),
            ("address_type", address_type),
            ("address_number", (None if address_number is None else str(address_number))),
            ("city", city),
            ("state", state),
            ("country", str(country)),
            ("zip_code", zip_code),
            ("language", str(language)),
            ("email", email),
            ("other_info", other_info),
        )
    )
    return PreparedRequest("e911Update", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_e911_update(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to e911Update into its result, or raise the error it carries."""
    raise_for_status("e911Update", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_e911_update(response, body, data)


@with_mutation_context
def parse_soap_e911_update(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to e911Update into its result, or raise its error or fault."""
    raise_for_status("e911Update", response, body, (200,), RPC_ERRORS)
    return finish_e911_update(response, body, rpc_data(response, body, "e911Update", RPC_ERRORS))


def finish_e911_update(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of e911Update from its answer's data, whichever transport brought it."""
    ERRORS.check_status("e911Update", response, body, data, False)
    return None


def build_e911_validate(
    *,
    did: str,
    full_name: str,
    street_number: int,
    street_name: str,
    address_type: str | None = None,
    address_number: int | None = None,
    city: str,
    state: str,
    country: E911Country,
    zip_code: str,
    language: E911Language | None = None,
    email: str,
    other_info: str | None = None,
) -> PreparedRequest:
    """Check the arguments of e911Validate and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, full_name, "full_name", "string", required=True)
    check_scalar(problems, street_number, "street_number", "integer", required=True)
    check_scalar(problems, street_name, "street_name", "string", required=True)
    check_scalar(problems, address_type, "address_type", "string")
    check_scalar(problems, address_number, "address_number", "integer")
    check_scalar(problems, city, "city", "string", required=True)
    check_scalar(problems, state, "state", "string", required=True)
    check_scalar(problems, country, "country", "enum", allowed=E911_COUNTRY_VALUES, required=True)
    check_scalar(problems, zip_code, "zip_code", "string", required=True)
    check_scalar(problems, language, "language", "enum", allowed=E911_LANGUAGE_VALUES)
    check_scalar(problems, email, "email", "string", required=True)
    check_scalar(problems, other_info, "other_info", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "e911Validate"),
            ("did", did),
            ("full_name", full_name),
            ("street_number", str(street_number)),
            ("street_name", street_name),
            ("address_type", address_type),
            ("address_number", (None if address_number is None else str(address_number))),
            ("city", city),
            ("state", state),
            ("country", str(country)),
            ("zip_code", zip_code),
            ("language", (None if language is None else str(language))),
            ("email", email),
            ("other_info", other_info),
        )
    )
    return PreparedRequest("e911Validate", "GET", "/api/v1/rest.php", query)


@with_context
def parse_e911_validate(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to e911Validate into its result, or raise the error it carries."""
    raise_for_status("e911Validate", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_e911_validate(response, body, data)


@with_context
def parse_soap_e911_validate(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to e911Validate into its result, or raise its error or fault."""
    raise_for_status("e911Validate", response, body, (200,), RPC_ERRORS)
    return finish_e911_validate(response, body, rpc_data(response, body, "e911Validate", RPC_ERRORS))


def finish_e911_validate(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of e911Validate from its answer's data, whichever transport brought it."""
    ERRORS.check_status("e911Validate", response, body, data, True)
    return None


def build_get_allowed_codecs(
    *,
    codec: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getAllowedCodecs and build its request."""
    problems: Problems = []
    check_scalar(problems, codec, "codec", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getAllowedCodecs"),
            ("codec", codec),
        )
    )
    return PreparedRequest("getAllowedCodecs", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_allowed_codecs(response: httpx.Response, body: bytes) -> GetAllowedCodecsResponse:
    """Turn the answer to getAllowedCodecs into its result, or raise the error it carries."""
    raise_for_status("getAllowedCodecs", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetAllowedCodecsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_allowed_codecs(response, body, data)


@with_context
def parse_soap_get_allowed_codecs(response: httpx.Response, body: bytes) -> GetAllowedCodecsResponse:
    """Turn the SOAP answer to getAllowedCodecs into its result, or raise its error or fault."""
    raise_for_status("getAllowedCodecs", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getAllowedCodecs")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetAllowedCodecsResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_allowed_codecs(
        response, body, rpc_data_from(scanned, response, body, "getAllowedCodecs", RPC_ERRORS)
    )


def finish_get_allowed_codecs(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetAllowedCodecsResponse:
    """The result of getAllowedCodecs from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getAllowedCodecs", response, body, data, True):
        return _json.read_get_allowed_codecs_response({}, "$")
    return _json.read_get_allowed_codecs_response(data, "$")


def build_get_auth_types(
    *,
    type: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getAuthTypes and build its request."""
    problems: Problems = []
    check_scalar(problems, type, "type", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getAuthTypes"),
            ("type", type),
        )
    )
    return PreparedRequest("getAuthTypes", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_auth_types(response: httpx.Response, body: bytes) -> GetAuthTypesResponse:
    """Turn the answer to getAuthTypes into its result, or raise the error it carries."""
    raise_for_status("getAuthTypes", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetAuthTypesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_auth_types(response, body, data)


@with_context
def parse_soap_get_auth_types(response: httpx.Response, body: bytes) -> GetAuthTypesResponse:
    """Turn the SOAP answer to getAuthTypes into its result, or raise its error or fault."""
    raise_for_status("getAuthTypes", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getAuthTypes")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetAuthTypesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_auth_types(response, body, rpc_data_from(scanned, response, body, "getAuthTypes", RPC_ERRORS))


def finish_get_auth_types(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetAuthTypesResponse:
    """The result of getAuthTypes from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getAuthTypes", response, body, data, True):
        return _json.read_get_auth_types_response({}, "$")
    return _json.read_get_auth_types_response(data, "$")


def build_get_back_orders(
    *,
    id: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getBackOrders and build its request."""
    problems: Problems = []
    check_scalar(problems, id, "id", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getBackOrders"),
            ("id", id),
        )
    )
    return PreparedRequest("getBackOrders", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_back_orders(response: httpx.Response, body: bytes) -> GetBackOrdersResponse:
    """Turn the answer to getBackOrders into its result, or raise the error it carries."""
    raise_for_status("getBackOrders", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetBackOrdersResponseEnvelope, ("order_date",))
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_back_orders(response, body, data)


@with_context
def parse_soap_get_back_orders(response: httpx.Response, body: bytes) -> GetBackOrdersResponse:
    """Turn the SOAP answer to getBackOrders into its result, or raise its error or fault."""
    raise_for_status("getBackOrders", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getBackOrders")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetBackOrdersResponseEnvelope, ("order_date",))
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_back_orders(response, body, rpc_data_from(scanned, response, body, "getBackOrders", RPC_ERRORS))


def finish_get_back_orders(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetBackOrdersResponse:
    """The result of getBackOrders from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getBackOrders", response, body, data, True):
        return _json.read_get_back_orders_response({}, "$")
    return _json.read_get_back_orders_response(data, "$")


def build_get_balance(
    *,
    advanced: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of getBalance and build its request."""
    problems: Problems = []
    check_scalar(problems, advanced, "advanced", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getBalance"),
            ("advanced", (None if advanced is None else ("1" if advanced else "0"))),
        )
    )
    return PreparedRequest("getBalance", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_balance(response: httpx.Response, body: bytes) -> GetBalanceResponse:
    """Turn the answer to getBalance into its result, or raise the error it carries."""
    raise_for_status("getBalance", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetBalanceResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_balance(response, body, data)


@with_context
def parse_soap_get_balance(response: httpx.Response, body: bytes) -> GetBalanceResponse:
    """Turn the SOAP answer to getBalance into its result, or raise its error or fault."""
    raise_for_status("getBalance", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getBalance")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetBalanceResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_balance(response, body, rpc_data_from(scanned, response, body, "getBalance", RPC_ERRORS))


def finish_get_balance(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetBalanceResponse:
    """The result of getBalance from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getBalance", response, body, data, True):
        return _json.read_get_balance_response({}, "$")
    return _json.read_get_balance_response(data, "$")


def build_get_balance_management(
    *,
    balance_management: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getBalanceManagement and build its request."""
    problems: Problems = []
    check_scalar(problems, balance_management, "balance_management", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getBalanceManagement"),
            ("balance_management", balance_management),
        )
    )
    return PreparedRequest("getBalanceManagement", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_balance_management(response: httpx.Response, body: bytes) -> GetBalanceManagementResponse:
    """Turn the answer to getBalanceManagement into its result, or raise the error it carries."""
    raise_for_status("getBalanceManagement", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetBalanceManagementResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_balance_management(response, body, data)


@with_context
def parse_soap_get_balance_management(response: httpx.Response, body: bytes) -> GetBalanceManagementResponse:
    """Turn the SOAP answer to getBalanceManagement into its result, or raise its error or fault."""
    raise_for_status("getBalanceManagement", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getBalanceManagement")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetBalanceManagementResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_balance_management(
        response, body, rpc_data_from(scanned, response, body, "getBalanceManagement", RPC_ERRORS)
    )


def finish_get_balance_management(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetBalanceManagementResponse:
    """The result of getBalanceManagement from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getBalanceManagement", response, body, data, True):
        return _json.read_get_balance_management_response({}, "$")
    return _json.read_get_balance_management_response(data, "$")


def build_get_call_accounts(
    *,
    client: int | None = None,
) -> PreparedRequest:
    """Check the arguments of getCallAccounts and build its request."""
    problems: Problems = []
    check_scalar(problems, client, "client", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getCallAccounts"),
            ("client", (None if client is None else str(client))),
        )
    )
    return PreparedRequest("getCallAccounts", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_call_accounts(response: httpx.Response, body: bytes) -> GetCallAccountsResponse:
    """Turn the answer to getCallAccounts into its result, or raise the error it carries."""
    raise_for_status("getCallAccounts", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetCallAccountsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_call_accounts(response, body, data)


@with_context
def parse_soap_get_call_accounts(response: httpx.Response, body: bytes) -> GetCallAccountsResponse:
    """Turn the SOAP answer to getCallAccounts into its result, or raise its error or fault."""
    raise_for_status("getCallAccounts", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getCallAccounts")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetCallAccountsResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_call_accounts(
        response, body, rpc_data_from(scanned, response, body, "getCallAccounts", RPC_ERRORS)
    )


def finish_get_call_accounts(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetCallAccountsResponse:
    """The result of getCallAccounts from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getCallAccounts", response, body, data, True):
        return _json.read_get_call_accounts_response({}, "$")
    return _json.read_get_call_accounts_response(data, "$")


def build_get_callbacks(
    *,
    callback: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getCallbacks and build its request."""
    problems: Problems = []
    check_scalar(problems, callback, "callback", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getCallbacks"),
            ("callback", callback),
        )
    )
    return PreparedRequest("getCallbacks", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_callbacks(response: httpx.Response, body: bytes) -> GetCallbacksResponse:
    """Turn the answer to getCallbacks into its result, or raise the error it carries."""
    raise_for_status("getCallbacks", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetCallbacksResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_callbacks(response, body, data)


@with_context
def parse_soap_get_callbacks(response: httpx.Response, body: bytes) -> GetCallbacksResponse:
    """Turn the SOAP answer to getCallbacks into its result, or raise its error or fault."""
    raise_for_status("getCallbacks", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getCallbacks")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetCallbacksResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_callbacks(response, body, rpc_data_from(scanned, response, body, "getCallbacks", RPC_ERRORS))


def finish_get_callbacks(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetCallbacksResponse:
    """The result of getCallbacks from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getCallbacks", response, body, data, True):
        return _json.read_get_callbacks_response({}, "$")
    return _json.read_get_callbacks_response(data, "$")


def build_get_call_billing() -> PreparedRequest:
    """Check the arguments of getCallBilling and build its request."""
    problems: Problems = []
    raise_problems(problems)
    query = query_pairs((("method", "getCallBilling"),))
    return PreparedRequest("getCallBilling", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_call_billing(response: httpx.Response, body: bytes) -> GetCallBillingResponse:
    """Turn the answer to getCallBilling into its result, or raise the error it carries."""
    raise_for_status("getCallBilling", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetCallBillingResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_call_billing(response, body, data)


@with_context
def parse_soap_get_call_billing(response: httpx.Response, body: bytes) -> GetCallBillingResponse:
    """Turn the SOAP answer to getCallBilling into its result, or raise its error or fault."""
    raise_for_status("getCallBilling", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getCallBilling")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetCallBillingResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_call_billing(response, body, rpc_data_from(scanned, response, body, "getCallBilling", RPC_ERRORS))


def finish_get_call_billing(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetCallBillingResponse:
    """The result of getCallBilling from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getCallBilling", response, body, data, True):
        return _json.read_get_call_billing_response({}, "$")
    return _json.read_get_call_billing_response(data, "$")


def build_get_caller_id_filtering(
    *,
    filtering: str | None = None,
    did: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getCallerIDFiltering and build its request."""
    problems: Problems = []
    check_scalar(problems, filtering, "filtering", "string")
    check_scalar(problems, did, "did", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getCallerIDFiltering"),
            ("filtering", filtering),
            ("did", did),
        )
    )
    return PreparedRequest("getCallerIDFiltering", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_caller_id_filtering(response: httpx.Response, body: bytes) -> GetCallerIDFilteringResponse:
    """Turn the answer to getCallerIDFiltering into its result, or raise the error it carries."""
    raise_for_status("getCallerIDFiltering", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetCallerIDFilteringResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_caller_id_filtering(response, body, data)


@with_context
def parse_soap_get_caller_id_filtering(response: httpx.Response, body: bytes) -> GetCallerIDFilteringResponse:
    """Turn the SOAP answer to getCallerIDFiltering into its result, or raise its error or fault."""
    raise_for_status("getCallerIDFiltering", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getCallerIDFiltering")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetCallerIDFilteringResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_caller_id_filtering(
        response, body, rpc_data_from(scanned, response, body, "getCallerIDFiltering", RPC_ERRORS)
    )


def finish_get_caller_id_filtering(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetCallerIDFilteringResponse:
    """The result of getCallerIDFiltering from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getCallerIDFiltering", response, body, data, True):
        return _json.read_get_caller_id_filtering_response({}, "$")
    return _json.read_get_caller_id_filtering_response(data, "$")


def build_get_call_huntings(
    *,
    callhunting: int | None = None,
) -> PreparedRequest:
    """Check the arguments of getCallHuntings and build its request."""
    problems: Problems = []
    check_scalar(problems, callhunting, "callhunting", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getCallHuntings"),
            ("callhunting", (None if callhunting is None else str(callhunting))),
        )
    )
    return PreparedRequest("getCallHuntings", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_call_huntings(response: httpx.Response, body: bytes) -> GetCallHuntingsResponse:
    """Turn the answer to getCallHuntings into its result, or raise the error it carries."""
    raise_for_status("getCallHuntings", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetCallHuntingsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_call_huntings(response, body, data)


@with_context
def parse_soap_get_call_huntings(response: httpx.Response, body: bytes) -> GetCallHuntingsResponse:
    """Turn the SOAP answer to getCallHuntings into its result, or raise its error or fault."""
    raise_for_status("getCallHuntings", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getCallHuntings")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetCallHuntingsResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_call_huntings(
        response, body, rpc_data_from(scanned, response, body, "getCallHuntings", RPC_ERRORS)
    )


def finish_get_call_huntings(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetCallHuntingsResponse:
    """The result of getCallHuntings from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getCallHuntings", response, body, data, True):
        return _json.read_get_call_huntings_response({}, "$")
    return _json.read_get_call_huntings_response(data, "$")


def build_get_call_parking(
    *,
    callparking: int | None = None,
) -> PreparedRequest:
    """Check the arguments of getCallParking and build its request."""
    problems: Problems = []
    check_scalar(problems, callparking, "callparking", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getCallParking"),
            ("callparking", (None if callparking is None else str(callparking))),
        )
    )
    return PreparedRequest("getCallParking", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_call_parking(response: httpx.Response, body: bytes) -> GetCallParkingResponse:
    """Turn the answer to getCallParking into its result, or raise the error it carries."""
    raise_for_status("getCallParking", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_call_parking(response, body, data)


@with_context
def parse_soap_get_call_parking(response: httpx.Response, body: bytes) -> GetCallParkingResponse:
    """Turn the SOAP answer to getCallParking into its result, or raise its error or fault."""
    raise_for_status("getCallParking", response, body, (200,), RPC_ERRORS)
    return finish_get_call_parking(response, body, rpc_data(response, body, "getCallParking", RPC_ERRORS))


def finish_get_call_parking(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetCallParkingResponse:
    """The result of getCallParking from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getCallParking", response, body, data, True):
        return _json.read_get_call_parking_response({}, "$")
    return _json.read_get_call_parking_response(data, "$")


def build_get_call_recording(
    *,
    callrecording: str,
    account: str,
) -> PreparedRequest:
    """Check the arguments of getCallRecording and build its request."""
    problems: Problems = []
    check_scalar(problems, callrecording, "callrecording", "string", required=True)
    check_scalar(problems, account, "account", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getCallRecording"),
            ("callrecording", callrecording),
            ("account", account),
        )
    )
    return PreparedRequest("getCallRecording", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_call_recording(response: httpx.Response, body: bytes) -> GetCallRecordingResponse:
    """Turn the answer to getCallRecording into its result, or raise the error it carries."""
    raise_for_status("getCallRecording", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_call_recording(response, body, data)


@with_context
def parse_soap_get_call_recording(response: httpx.Response, body: bytes) -> GetCallRecordingResponse:
    """Turn the SOAP answer to getCallRecording into its result, or raise its error or fault."""
    raise_for_status("getCallRecording", response, body, (200,), RPC_ERRORS)
    return finish_get_call_recording(response, body, rpc_data(response, body, "getCallRecording", RPC_ERRORS))


def finish_get_call_recording(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetCallRecordingResponse:
    """The result of getCallRecording from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getCallRecording", response, body, data, True):
        return _json.read_get_call_recording_response({}, "$")
    return _json.read_get_call_recording_response(data, "$")


def build_get_call_recordings(
    *,
    account: str,
    start: int | None = None,
    length: int | None = None,
    date_from: _dt.date,
    date_to: _dt.date,
    call_type: CallRecordingType | None = None,
) -> PreparedRequest:
    """Check the arguments of getCallRecordings and build its request."""
    problems: Problems = []
    check_scalar(problems, account, "account", "string", required=True)
    check_scalar(problems, start, "start", "integer")
    check_scalar(problems, length, "length", "integer")
    check_scalar(problems, date_from, "date_from", "date", required=True)
    check_scalar(problems, date_to, "date_to", "date", required=True)
    check_scalar(problems, call_type, "call_type", "enum", allowed=CALL_RECORDING_TYPE_VALUES)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getCallRecordings"),
            ("account", account),
            ("start", (None if start is None else str(start))),
            ("length", (None if length is None else str(length))),
            ("date_from", date_from.strftime("%Y-%m-%d")),
            ("date_to", date_to.strftime("%Y-%m-%d")),
            ("call_type", (None if call_type is None else str(call_type))),
        )
    )
    return PreparedRequest("getCallRecordings", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_call_recordings(response: httpx.Response, body: bytes) -> GetCallRecordingsResponse:
    """Turn the answer to getCallRecordings into its result, or raise the error it carries."""
    raise_for_status("getCallRecordings", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetCallRecordingsResponseEnvelope, ("datetime",))
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_call_recordings(response, body, data)


@with_context
def parse_soap_get_call_recordings(response: httpx.Response, body: bytes) -> GetCallRecordingsResponse:
    """Turn the SOAP answer to getCallRecordings into its result, or raise its error or fault."""
    raise_for_status("getCallRecordings", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getCallRecordings")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetCallRecordingsResponseEnvelope, ("datetime",))
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_call_recordings(
        response, body, rpc_data_from(scanned, response, body, "getCallRecordings", RPC_ERRORS)
    )


def finish_get_call_recordings(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetCallRecordingsResponse:
    """The result of getCallRecordings from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getCallRecordings", response, body, data, True):
        return _json.read_get_call_recordings_response({}, "$")
    return _json.read_get_call_recordings_response(data, "$")


def build_get_call_transcriptions(
    *,
    account: str,
    date_to: _dt.date,
    date_from: _dt.date,
    call_type: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getCallTranscriptions and build its request."""
    problems: Problems = []
    check_scalar(problems, account, "account", "string", required=True)
    check_scalar(problems, date_to, "date_to", "date", required=True)
    check_scalar(problems, date_from, "date_from", "date", required=True)
    check_scalar(problems, call_type, "call_type", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getCallTranscriptions"),
            ("account", account),
            ("date_to", date_to.strftime("%Y-%m-%d")),
            ("date_from", date_from.strftime("%Y-%m-%d")),
            ("call_type", call_type),
        )
    )
    return PreparedRequest("getCallTranscriptions", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_call_transcriptions(response: httpx.Response, body: bytes) -> GetCallTranscriptionsResponse:
    """Turn the answer to getCallTranscriptions into its result, or raise the error it carries."""
    raise_for_status("getCallTranscriptions", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetCallTranscriptionsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_call_transcriptions(response, body, data)


@with_context
def parse_soap_get_call_transcriptions(response: httpx.Response, body: bytes) -> GetCallTranscriptionsResponse:
    """Turn the SOAP answer to getCallTranscriptions into its result, or raise its error or fault."""
    raise_for_status("getCallTranscriptions", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getCallTranscriptions")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetCallTranscriptionsResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_call_transcriptions(
        response, body, rpc_data_from(scanned, response, body, "getCallTranscriptions", RPC_ERRORS)
    )


def finish_get_call_transcriptions(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetCallTranscriptionsResponse:
    """The result of getCallTranscriptions from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getCallTranscriptions", response, body, data, True):
        return _json.read_get_call_transcriptions_response({}, "$")
    return _json.read_get_call_transcriptions_response(data, "$")


def build_get_call_types(
    *,
    client: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getCallTypes and build its request."""
    problems: Problems = []
    check_scalar(problems, client, "client", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getCallTypes"),
            ("client", client),
        )
    )
    return PreparedRequest("getCallTypes", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_call_types(response: httpx.Response, body: bytes) -> GetCallTypesResponse:
    """Turn the answer to getCallTypes into its result, or raise the error it carries."""
    raise_for_status("getCallTypes", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetCallTypesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_call_types(response, body, data)


@with_context
def parse_soap_get_call_types(response: httpx.Response, body: bytes) -> GetCallTypesResponse:
    """Turn the SOAP answer to getCallTypes into its result, or raise its error or fault."""
    raise_for_status("getCallTypes", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getCallTypes")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetCallTypesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_call_types(response, body, rpc_data_from(scanned, response, body, "getCallTypes", RPC_ERRORS))


def finish_get_call_types(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetCallTypesResponse:
    """The result of getCallTypes from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getCallTypes", response, body, data, True):
        return _json.read_get_call_types_response({}, "$")
    return _json.read_get_call_types_response(data, "$")


def build_get_carriers(
    *,
    carrier: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getCarriers and build its request."""
    problems: Problems = []
    check_scalar(problems, carrier, "carrier", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getCarriers"),
            ("carrier", carrier),
        )
    )
    return PreparedRequest("getCarriers", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_carriers(response: httpx.Response, body: bytes) -> GetCarriersResponse:
    """Turn the answer to getCarriers into its result, or raise the error it carries."""
    raise_for_status("getCarriers", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetCarriersResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_carriers(response, body, data)


@with_context
def parse_soap_get_carriers(response: httpx.Response, body: bytes) -> GetCarriersResponse:
    """Turn the SOAP answer to getCarriers into its result, or raise its error or fault."""
    raise_for_status("getCarriers", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getCarriers")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetCarriersResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_carriers(response, body, rpc_data_from(scanned, response, body, "getCarriers", RPC_ERRORS))


def finish_get_carriers(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetCarriersResponse:
    """The result of getCarriers from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getCarriers", response, body, data, True):
        return _json.read_get_carriers_response({}, "$")
    return _json.read_get_carriers_response(data, "$")


def build_get_cdr(
    *,
    date_from: _dt.date,
    date_to: _dt.date,
    answered: bool | None = None,
    noanswer: bool | None = None,
    busy: bool | None = None,
    failed: bool | None = None,
    timezone: Decimal,
    calltype: str | None = None,
    callbilling: str | None = None,
    account: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getCDR and build its request."""
    problems: Problems = []
    check_scalar(problems, date_from, "date_from", "date", required=True)
    check_scalar(problems, date_to, "date_to", "date", required=True)
    check_scalar(problems, answered, "answered", "boolean")
    check_scalar(problems, noanswer, "noanswer", "boolean")
    check_scalar(problems, busy, "busy", "boolean")
    check_scalar(problems, failed, "failed", "boolean")
    check_scalar(problems, timezone, "timezone", "decimal", required=True, minimum=-12, maximum=13)
    check_scalar(problems, calltype, "calltype", "string")
    check_scalar(problems, callbilling, "callbilling", "string")
    check_scalar(problems, account, "account", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getCDR"),
            ("date_from", date_from.strftime("%Y-%m-%d")),
            ("date_to", date_to.strftime("%Y-%m-%d")),
            ("answered", (None if answered is None else ("1" if answered else "0"))),
            ("noanswer", (None if noanswer is None else ("1" if noanswer else "0"))),
            ("busy", (None if busy is None else ("1" if busy else "0"))),
            ("failed", (None if failed is None else ("1" if failed else "0"))),
            ("timezone", str(timezone)),
            ("calltype", calltype),
            ("callbilling", callbilling),
            ("account", account),
        )
    )
    return PreparedRequest("getCDR", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_cdr(response: httpx.Response, body: bytes) -> GetCDRResponse:
    """Turn the answer to getCDR into its result, or raise the error it carries."""
    raise_for_status("getCDR", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetCDRResponseEnvelope, ("date",))
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_cdr(response, body, data)


@with_context
def parse_soap_get_cdr(response: httpx.Response, body: bytes) -> GetCDRResponse:
    """Turn the SOAP answer to getCDR into its result, or raise its error or fault."""
    raise_for_status("getCDR", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getCDR")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetCDRResponseEnvelope, ("date",))
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_cdr(response, body, rpc_data_from(scanned, response, body, "getCDR", RPC_ERRORS))


def finish_get_cdr(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetCDRResponse:
    """The result of getCDR from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getCDR", response, body, data, True):
        return _json.read_get_cdr_response({}, "$")
    return _json.read_get_cdr_response(data, "$")


def build_get_charges(
    *,
    client: str,
) -> PreparedRequest:
    """Check the arguments of getCharges and build its request."""
    problems: Problems = []
    check_scalar(problems, client, "client", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getCharges"),
            ("client", client),
        )
    )
    return PreparedRequest("getCharges", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_charges(response: httpx.Response, body: bytes) -> GetChargesResponse:
    """Turn the answer to getCharges into its result, or raise the error it carries."""
    raise_for_status("getCharges", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetChargesResponseEnvelope, ("date",))
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_charges(response, body, data)


@with_context
def parse_soap_get_charges(response: httpx.Response, body: bytes) -> GetChargesResponse:
    """Turn the SOAP answer to getCharges into its result, or raise its error or fault."""
    raise_for_status("getCharges", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getCharges")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetChargesResponseEnvelope, ("date",))
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_charges(response, body, rpc_data_from(scanned, response, body, "getCharges", RPC_ERRORS))


def finish_get_charges(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetChargesResponse:
    """The result of getCharges from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getCharges", response, body, data, True):
        return _json.read_get_charges_response({}, "$")
    return _json.read_get_charges_response(data, "$")


def build_get_client_packages(
    *,
    client: str,
) -> PreparedRequest:
    """Check the arguments of getClientPackages and build its request."""
    problems: Problems = []
    check_scalar(problems, client, "client", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getClientPackages"),
            ("client", client),
        )
    )
    return PreparedRequest("getClientPackages", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_client_packages(response: httpx.Response, body: bytes) -> GetClientPackagesResponse:
    """Turn the answer to getClientPackages into its result, or raise the error it carries."""
    raise_for_status("getClientPackages", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetClientPackagesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_client_packages(response, body, data)


@with_context
def parse_soap_get_client_packages(response: httpx.Response, body: bytes) -> GetClientPackagesResponse:
    """Turn the SOAP answer to getClientPackages into its result, or raise its error or fault."""
    raise_for_status("getClientPackages", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getClientPackages")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetClientPackagesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_client_packages(
        response, body, rpc_data_from(scanned, response, body, "getClientPackages", RPC_ERRORS)
    )


def finish_get_client_packages(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetClientPackagesResponse:
    """The result of getClientPackages from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getClientPackages", response, body, data, True):
        return _json.read_get_client_packages_response({}, "$")
    return _json.read_get_client_packages_response(data, "$")


def build_get_clients(
    *,
    client: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getClients and build its request."""
    problems: Problems = []
    check_scalar(problems, client, "client", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getClients"),
            ("client", client),
        )
    )
    return PreparedRequest("getClients", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_clients(response: httpx.Response, body: bytes) -> GetClientsResponse:
    """Turn the answer to getClients into its result, or raise the error it carries."""
    raise_for_status("getClients", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetClientsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_clients(response, body, data)


@with_context
def parse_soap_get_clients(response: httpx.Response, body: bytes) -> GetClientsResponse:
    """Turn the SOAP answer to getClients into its result, or raise its error or fault."""
    raise_for_status("getClients", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getClients")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetClientsResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_clients(response, body, rpc_data_from(scanned, response, body, "getClients", RPC_ERRORS))


def finish_get_clients(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetClientsResponse:
    """The result of getClients from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getClients", response, body, data, True):
        return _json.read_get_clients_response({}, "$")
    return _json.read_get_clients_response(data, "$")


def build_get_client_threshold(
    *,
    client: str,
) -> PreparedRequest:
    """Check the arguments of getClientThreshold and build its request."""
    problems: Problems = []
    check_scalar(problems, client, "client", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getClientThreshold"),
            ("client", client),
        )
    )
    return PreparedRequest("getClientThreshold", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_client_threshold(response: httpx.Response, body: bytes) -> GetClientThresholdResponse:
    """Turn the answer to getClientThreshold into its result, or raise the error it carries."""
    raise_for_status("getClientThreshold", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetClientThresholdResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_client_threshold(response, body, data)


@with_context
def parse_soap_get_client_threshold(response: httpx.Response, body: bytes) -> GetClientThresholdResponse:
    """Turn the SOAP answer to getClientThreshold into its result, or raise its error or fault."""
    raise_for_status("getClientThreshold", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getClientThreshold")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetClientThresholdResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_client_threshold(
        response, body, rpc_data_from(scanned, response, body, "getClientThreshold", RPC_ERRORS)
    )


def finish_get_client_threshold(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetClientThresholdResponse:
    """The result of getClientThreshold from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getClientThreshold", response, body, data, True):
        return _json.read_get_client_threshold_response({}, "$")
    return _json.read_get_client_threshold_response(data, "$")


def build_get_conference(
    *,
    conference: int | None = None,
) -> PreparedRequest:
    """Check the arguments of getConference and build its request."""
    problems: Problems = []
    check_scalar(problems, conference, "conference", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getConference"),
            ("conference", (None if conference is None else str(conference))),
        )
    )
    return PreparedRequest("getConference", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_conference(response: httpx.Response, body: bytes) -> GetConferenceResponse:
    """Turn the answer to getConference into its result, or raise the error it carries."""
    raise_for_status("getConference", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetConferenceResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_conference(response, body, data)


@with_context
def parse_soap_get_conference(response: httpx.Response, body: bytes) -> GetConferenceResponse:
    """Turn the SOAP answer to getConference into its result, or raise its error or fault."""
    raise_for_status("getConference", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getConference")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetConferenceResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_conference(response, body, rpc_data_from(scanned, response, body, "getConference", RPC_ERRORS))


def finish_get_conference(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetConferenceResponse:
    """The result of getConference from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getConference", response, body, data, True):
        return _json.read_get_conference_response({}, "$")
    return _json.read_get_conference_response(data, "$")


def build_get_conference_members(
    *,
    member: int | None = None,
) -> PreparedRequest:
    """Check the arguments of getConferenceMembers and build its request."""
    problems: Problems = []
    check_scalar(problems, member, "member", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getConferenceMembers"),
            ("member", (None if member is None else str(member))),
        )
    )
    return PreparedRequest("getConferenceMembers", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_conference_members(response: httpx.Response, body: bytes) -> GetConferenceMembersResponse:
    """Turn the answer to getConferenceMembers into its result, or raise the error it carries."""
    raise_for_status("getConferenceMembers", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetConferenceMembersResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_conference_members(response, body, data)


@with_context
def parse_soap_get_conference_members(response: httpx.Response, body: bytes) -> GetConferenceMembersResponse:
    """Turn the SOAP answer to getConferenceMembers into its result, or raise its error or fault."""
    raise_for_status("getConferenceMembers", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getConferenceMembers")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetConferenceMembersResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_conference_members(
        response, body, rpc_data_from(scanned, response, body, "getConferenceMembers", RPC_ERRORS)
    )


def finish_get_conference_members(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetConferenceMembersResponse:
    """The result of getConferenceMembers from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getConferenceMembers", response, body, data, True):
        return _json.read_get_conference_members_response({}, "$")
    return _json.read_get_conference_members_response(data, "$")


def build_get_conference_recording_file(
    *,
    conference: int,
    recording: int,
) -> PreparedRequest:
    """Check the arguments of getConferenceRecordingFile and build its request."""
    problems: Problems = []
    check_scalar(problems, conference, "conference", "integer", required=True)
    check_scalar(problems, recording, "recording", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getConferenceRecordingFile"),
            ("conference", str(conference)),
            ("recording", str(recording)),
        )
    )
    return PreparedRequest("getConferenceRecordingFile", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_conference_recording_file(response: httpx.Response, body: bytes) -> GetConferenceRecordingFileResponse:
    """Turn the answer to getConferenceRecordingFile into its result, or raise the error it carries."""
    raise_for_status("getConferenceRecordingFile", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetConferenceRecordingFileResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_conference_recording_file(response, body, data)


@with_context
def parse_soap_get_conference_recording_file(
    response: httpx.Response, body: bytes
) -> GetConferenceRecordingFileResponse:
    """Turn the SOAP answer to getConferenceRecordingFile into its result, or raise its error or fault."""
    raise_for_status("getConferenceRecordingFile", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getConferenceRecordingFile")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetConferenceRecordingFileResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_conference_recording_file(
        response, body, rpc_data_from(scanned, response, body, "getConferenceRecordingFile", RPC_ERRORS)
    )


def finish_get_conference_recording_file(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetConferenceRecordingFileResponse:
    """The result of getConferenceRecordingFile from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getConferenceRecordingFile", response, body, data, True):
        return _json.read_get_conference_recording_file_response({}, "$")
    return _json.read_get_conference_recording_file_response(data, "$")


def build_get_conference_recordings(
    *,
    conference: int,
    date_from: _dt.date | None = None,
    date_to: _dt.date | None = None,
) -> PreparedRequest:
    """Check the arguments of getConferenceRecordings and build its request."""
    problems: Problems = []
    check_scalar(problems, conference, "conference", "integer", required=True)
    check_scalar(problems, date_from, "date_from", "date")
    check_scalar(problems, date_to, "date_to", "date")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getConferenceRecordings"),
            ("conference", str(conference)),
            ("date_from", (None if date_from is None else date_from.strftime("%Y-%m-%d"))),
            ("date_to", (None if date_to is None else date_to.strftime("%Y-%m-%d"))),
        )
    )
    return PreparedRequest("getConferenceRecordings", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_conference_recordings(response: httpx.Response, body: bytes) -> GetConferenceRecordingsResponse:
    """Turn the answer to getConferenceRecordings into its result, or raise the error it carries."""
    raise_for_status("getConferenceRecordings", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetConferenceRecordingsResponseEnvelope, ("date",))
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_conference_recordings(response, body, data)


@with_context
def parse_soap_get_conference_recordings(response: httpx.Response, body: bytes) -> GetConferenceRecordingsResponse:
    """Turn the SOAP answer to getConferenceRecordings into its result, or raise its error or fault."""
    raise_for_status("getConferenceRecordings", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getConferenceRecordings")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetConferenceRecordingsResponseEnvelope, ("date",))
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_conference_recordings(
        response, body, rpc_data_from(scanned, response, body, "getConferenceRecordings", RPC_ERRORS)
    )


def finish_get_conference_recordings(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetConferenceRecordingsResponse:
    """The result of getConferenceRecordings from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getConferenceRecordings", response, body, data, True):
        return _json.read_get_conference_recordings_response({}, "$")
    return _json.read_get_conference_recordings_response(data, "$")


def build_get_countries(
    *,
    country: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getCountries and build its request."""
    problems: Problems = []
    check_scalar(problems, country, "country", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getCountries"),
            ("country", country),
        )
    )
    return PreparedRequest("getCountries", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_countries(response: httpx.Response, body: bytes) -> GetCountriesResponse:
    """Turn the answer to getCountries into its result, or raise the error it carries."""
    raise_for_status("getCountries", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetCountriesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_countries(response, body, data)


@with_context
def parse_soap_get_countries(response: httpx.Response, body: bytes) -> GetCountriesResponse:
    """Turn the SOAP answer to getCountries into its result, or raise its error or fault."""
    raise_for_status("getCountries", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getCountries")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetCountriesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_countries(response, body, rpc_data_from(scanned, response, body, "getCountries", RPC_ERRORS))


def finish_get_countries(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetCountriesResponse:
    """The result of getCountries from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getCountries", response, body, data, True):
        return _json.read_get_countries_response({}, "$")
    return _json.read_get_countries_response(data, "$")


def build_get_deposits(
    *,
    client: str,
) -> PreparedRequest:
    """Check the arguments of getDeposits and build its request."""
    problems: Problems = []
    check_scalar(problems, client, "client", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getDeposits"),
            ("client", client),
        )
    )
    return PreparedRequest("getDeposits", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_deposits(response: httpx.Response, body: bytes) -> GetDepositsResponse:
    """Turn the answer to getDeposits into its result, or raise the error it carries."""
    raise_for_status("getDeposits", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetDepositsResponseEnvelope, ("date",))
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_deposits(response, body, data)


@with_context
def parse_soap_get_deposits(response: httpx.Response, body: bytes) -> GetDepositsResponse:
    """Turn the SOAP answer to getDeposits into its result, or raise its error or fault."""
    raise_for_status("getDeposits", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getDeposits")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetDepositsResponseEnvelope, ("date",))
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_deposits(response, body, rpc_data_from(scanned, response, body, "getDeposits", RPC_ERRORS))


def finish_get_deposits(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetDepositsResponse:
    """The result of getDeposits from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getDeposits", response, body, data, True):
        return _json.read_get_deposits_response({}, "$")
    return _json.read_get_deposits_response(data, "$")


def build_get_device_types(
    *,
    device_type: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getDeviceTypes and build its request."""
    problems: Problems = []
    check_scalar(problems, device_type, "device_type", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getDeviceTypes"),
            ("device_type", device_type),
        )
    )
    return PreparedRequest("getDeviceTypes", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_device_types(response: httpx.Response, body: bytes) -> GetDeviceTypesResponse:
    """Turn the answer to getDeviceTypes into its result, or raise the error it carries."""
    raise_for_status("getDeviceTypes", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetDeviceTypesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_device_types(response, body, data)


@with_context
def parse_soap_get_device_types(response: httpx.Response, body: bytes) -> GetDeviceTypesResponse:
    """Turn the SOAP answer to getDeviceTypes into its result, or raise its error or fault."""
    raise_for_status("getDeviceTypes", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getDeviceTypes")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetDeviceTypesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_device_types(response, body, rpc_data_from(scanned, response, body, "getDeviceTypes", RPC_ERRORS))


def finish_get_device_types(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetDeviceTypesResponse:
    """The result of getDeviceTypes from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getDeviceTypes", response, body, data, True):
        return _json.read_get_device_types_response({}, "$")
    return _json.read_get_device_types_response(data, "$")


def build_get_did_countries(
    *,
    country_id: str | None = None,
    type: str,
) -> PreparedRequest:
    """Check the arguments of getDIDCountries and build its request."""
    problems: Problems = []
    check_scalar(problems, country_id, "country_id", "string")
    check_scalar(problems, type, "type", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getDIDCountries"),
            ("country_id", country_id),
            ("type", type),
        )
    )
    return PreparedRequest("getDIDCountries", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_did_countries(response: httpx.Response, body: bytes) -> GetDIDCountriesResponse:
    """Turn the answer to getDIDCountries into its result, or raise the error it carries."""
    raise_for_status("getDIDCountries", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetDIDCountriesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_did_countries(response, body, data)


@with_context
def parse_soap_get_did_countries(response: httpx.Response, body: bytes) -> GetDIDCountriesResponse:
    """Turn the SOAP answer to getDIDCountries into its result, or raise its error or fault."""
    raise_for_status("getDIDCountries", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getDIDCountries")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetDIDCountriesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_did_countries(
        response, body, rpc_data_from(scanned, response, body, "getDIDCountries", RPC_ERRORS)
    )


def finish_get_did_countries(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetDIDCountriesResponse:
    """The result of getDIDCountries from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getDIDCountries", response, body, data, True):
        return _json.read_get_did_countries_response({}, "$")
    return _json.read_get_did_countries_response(data, "$")


def build_get_dids_can(
    *,
    province: str,
    ratecenter: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getDIDsCAN and build its request."""
    problems: Problems = []
    check_scalar(problems, province, "province", "string", required=True)
    check_scalar(problems, ratecenter, "ratecenter", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getDIDsCAN"),
            ("province", province),
            ("ratecenter", ratecenter),
        )
    )
    return PreparedRequest("getDIDsCAN", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_dids_can(response: httpx.Response, body: bytes) -> GetDIDsCANResponse:
    """Turn the answer to getDIDsCAN into its result, or raise the error it carries."""
    raise_for_status("getDIDsCAN", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetDIDsCANResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_dids_can(response, body, data)


@with_context
def parse_soap_get_dids_can(response: httpx.Response, body: bytes) -> GetDIDsCANResponse:
    """Turn the SOAP answer to getDIDsCAN into its result, or raise its error or fault."""
    raise_for_status("getDIDsCAN", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getDIDsCAN")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetDIDsCANResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_dids_can(response, body, rpc_data_from(scanned, response, body, "getDIDsCAN", RPC_ERRORS))


def finish_get_dids_can(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetDIDsCANResponse:
    """The result of getDIDsCAN from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getDIDsCAN", response, body, data, True):
        return _json.read_get_dids_can_response({}, "$")
    return _json.read_get_dids_can_response(data, "$")


def build_get_dids_info(
    *,
    client: str | None = None,
    did: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getDIDsInfo and build its request."""
    problems: Problems = []
    check_scalar(problems, client, "client", "string")
    check_scalar(problems, did, "did", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getDIDsInfo"),
            ("client", client),
            ("did", did),
        )
    )
    return PreparedRequest("getDIDsInfo", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_dids_info(response: httpx.Response, body: bytes) -> GetDIDsInfoResponse:
    """Turn the answer to getDIDsInfo into its result, or raise the error it carries."""
    raise_for_status("getDIDsInfo", response, body, (200,), ERRORS)
    envelope = decode_fast(
        body, _json.GetDIDsInfoResponseEnvelope, ("next_billing", "order_date", "reseller_next_billing")
    )
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_dids_info(response, body, data)


@with_context
def parse_soap_get_dids_info(response: httpx.Response, body: bytes) -> GetDIDsInfoResponse:
    """Turn the SOAP answer to getDIDsInfo into its result, or raise its error or fault."""
    raise_for_status("getDIDsInfo", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getDIDsInfo")
    if scanned is not None:
        envelope = decode_fast(
            scanned, _json.GetDIDsInfoResponseEnvelope, ("next_billing", "order_date", "reseller_next_billing")
        )
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_dids_info(response, body, rpc_data_from(scanned, response, body, "getDIDsInfo", RPC_ERRORS))


def finish_get_dids_info(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetDIDsInfoResponse:
    """The result of getDIDsInfo from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getDIDsInfo", response, body, data, True):
        return _json.read_get_dids_info_response({}, "$")
    return _json.read_get_dids_info_response(data, "$")


def build_get_dids_international_geographic(
    *,
    country_id: str,
) -> PreparedRequest:
    """Check the arguments of getDIDsInternationalGeographic and build its request."""
    problems: Problems = []
    check_scalar(problems, country_id, "country_id", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getDIDsInternationalGeographic"),
            ("country_id", country_id),
        )
    )
    return PreparedRequest("getDIDsInternationalGeographic", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_dids_international_geographic(
    response: httpx.Response, body: bytes
) -> GetDIDsInternationalGeographicResponse:
    """Turn the answer to getDIDsInternationalGeographic into its result, or raise the error it carries."""
    raise_for_status("getDIDsInternationalGeographic", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetDIDsInternationalGeographicResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_dids_international_geographic(response, body, data)


@with_context
def parse_soap_get_dids_international_geographic(
    response: httpx.Response, body: bytes
) -> GetDIDsInternationalGeographicResponse:
    """Turn the SOAP answer to getDIDsInternationalGeographic into its result, or raise its error or fault."""
    raise_for_status("getDIDsInternationalGeographic", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getDIDsInternationalGeographic")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetDIDsInternationalGeographicResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_dids_international_geographic(
        response, body, rpc_data_from(scanned, response, body, "getDIDsInternationalGeographic", RPC_ERRORS)
    )


def finish_get_dids_international_geographic(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetDIDsInternationalGeographicResponse:
    """The result of getDIDsInternationalGeographic from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getDIDsInternationalGeographic", response, body, data, True):
        return _json.read_get_dids_international_geographic_response({}, "$")
    return _json.read_get_dids_international_geographic_response(data, "$")


def build_get_dids_international_national(
    *,
    country_id: str,
) -> PreparedRequest:
    """Check the arguments of getDIDsInternationalNational and build its request."""
    problems: Problems = []
    check_scalar(problems, country_id, "country_id", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getDIDsInternationalNational"),
            ("country_id", country_id),
        )
    )
    return PreparedRequest("getDIDsInternationalNational", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_dids_international_national(
    response: httpx.Response, body: bytes
) -> GetDIDsInternationalNationalResponse:
    """Turn the answer to getDIDsInternationalNational into its result, or raise the error it carries."""
    raise_for_status("getDIDsInternationalNational", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetDIDsInternationalNationalResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_dids_international_national(response, body, data)


@with_context
def parse_soap_get_dids_international_national(
    response: httpx.Response, body: bytes
) -> GetDIDsInternationalNationalResponse:
    """Turn the SOAP answer to getDIDsInternationalNational into its result, or raise its error or fault."""
    raise_for_status("getDIDsInternationalNational", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getDIDsInternationalNational")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetDIDsInternationalNationalResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_dids_international_national(
        response, body, rpc_data_from(scanned, response, body, "getDIDsInternationalNational", RPC_ERRORS)
    )


def finish_get_dids_international_national(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetDIDsInternationalNationalResponse:
    """The result of getDIDsInternationalNational from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getDIDsInternationalNational", response, body, data, True):
        return _json.read_get_dids_international_national_response({}, "$")
    return _json.read_get_dids_international_national_response(data, "$")


def build_get_dids_international_toll_free(
    *,
    country_id: str,
) -> PreparedRequest:
    """Check the arguments of getDIDsInternationalTollFree and build its request."""
    problems: Problems = []
    check_scalar(problems, country_id, "country_id", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getDIDsInternationalTollFree"),
            ("country_id", country_id),
        )
    )
    return PreparedRequest("getDIDsInternationalTollFree", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_dids_international_toll_free(
    response: httpx.Response, body: bytes
) -> GetDIDsInternationalTollFreeResponse:
    """Turn the answer to getDIDsInternationalTollFree into its result, or raise the error it carries."""
    raise_for_status("getDIDsInternationalTollFree", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetDIDsInternationalTollFreeResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_dids_international_toll_free(response, body, data)


@with_context
def parse_soap_get_dids_international_toll_free(
    response: httpx.Response, body: bytes
) -> GetDIDsInternationalTollFreeResponse:
    """Turn the SOAP answer to getDIDsInternationalTollFree into its result, or raise its error or fault."""
    raise_for_status("getDIDsInternationalTollFree", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getDIDsInternationalTollFree")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetDIDsInternationalTollFreeResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_dids_international_toll_free(
        response, body, rpc_data_from(scanned, response, body, "getDIDsInternationalTollFree", RPC_ERRORS)
    )


def finish_get_dids_international_toll_free(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetDIDsInternationalTollFreeResponse:
    """The result of getDIDsInternationalTollFree from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getDIDsInternationalTollFree", response, body, data, True):
        return _json.read_get_dids_international_toll_free_response({}, "$")
    return _json.read_get_dids_international_toll_free_response(data, "$")


def build_get_dids_usa(
    *,
    state: str,
    ratecenter: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getDIDsUSA and build its request."""
    problems: Problems = []
    check_scalar(problems, state, "state", "string", required=True)
    check_scalar(problems, ratecenter, "ratecenter", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getDIDsUSA"),
            ("state", state),
            ("ratecenter", ratecenter),
        )
    )
    return PreparedRequest("getDIDsUSA", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_dids_usa(response: httpx.Response, body: bytes) -> GetDIDsUSAResponse:
    """Turn the answer to getDIDsUSA into its result, or raise the error it carries."""
    raise_for_status("getDIDsUSA", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetDIDsUSAResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_dids_usa(response, body, data)


@with_context
def parse_soap_get_dids_usa(response: httpx.Response, body: bytes) -> GetDIDsUSAResponse:
    """Turn the SOAP answer to getDIDsUSA into its result, or raise its error or fault."""
    raise_for_status("getDIDsUSA", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getDIDsUSA")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetDIDsUSAResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_dids_usa(response, body, rpc_data_from(scanned, response, body, "getDIDsUSA", RPC_ERRORS))


def finish_get_dids_usa(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetDIDsUSAResponse:
    """The result of getDIDsUSA from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getDIDsUSA", response, body, data, True):
        return _json.read_get_dids_usa_response({}, "$")
    return _json.read_get_dids_usa_response(data, "$")


def build_get_did_vpri(
    *,
    vpri: str,
) -> PreparedRequest:
    """Check the arguments of getDIDvPRI and build its request."""
    problems: Problems = []
    check_scalar(problems, vpri, "vpri", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getDIDvPRI"),
            ("vpri", vpri),
        )
    )
    return PreparedRequest("getDIDvPRI", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_did_vpri(response: httpx.Response, body: bytes) -> GetDIDvPRIResponse:
    """Turn the answer to getDIDvPRI into its result, or raise the error it carries."""
    raise_for_status("getDIDvPRI", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetDIDvPRIResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_did_vpri(response, body, data)


@with_context
def parse_soap_get_did_vpri(response: httpx.Response, body: bytes) -> GetDIDvPRIResponse:
    """Turn the SOAP answer to getDIDvPRI into its result, or raise its error or fault."""
    raise_for_status("getDIDvPRI", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getDIDvPRI")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetDIDvPRIResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_did_vpri(response, body, rpc_data_from(scanned, response, body, "getDIDvPRI", RPC_ERRORS))


def finish_get_did_vpri(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetDIDvPRIResponse:
    """The result of getDIDvPRI from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getDIDvPRI", response, body, data, True):
        return _json.read_get_did_vpri_response({}, "$")
    return _json.read_get_did_vpri_response(data, "$")


def build_get_disas(
    *,
    disa: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getDISAs and build its request."""
    problems: Problems = []
    check_scalar(problems, disa, "disa", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getDISAs"),
            ("disa", disa),
        )
    )
    return PreparedRequest("getDISAs", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_disas(response: httpx.Response, body: bytes) -> GetDISAsResponse:
    """Turn the answer to getDISAs into its result, or raise the error it carries."""
    raise_for_status("getDISAs", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetDISAsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_disas(response, body, data)


@with_context
def parse_soap_get_disas(response: httpx.Response, body: bytes) -> GetDISAsResponse:
    """Turn the SOAP answer to getDISAs into its result, or raise its error or fault."""
    raise_for_status("getDISAs", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getDISAs")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetDISAsResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_disas(response, body, rpc_data_from(scanned, response, body, "getDISAs", RPC_ERRORS))


def finish_get_disas(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetDISAsResponse:
    """The result of getDISAs from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getDISAs", response, body, data, True):
        return _json.read_get_disas_response({}, "$")
    return _json.read_get_disas_response(data, "$")


def build_get_dtmf_modes(
    *,
    dtmf_mode: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getDTMFModes and build its request."""
    problems: Problems = []
    check_scalar(problems, dtmf_mode, "dtmf_mode", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getDTMFModes"),
            ("dtmf_mode", dtmf_mode),
        )
    )
    return PreparedRequest("getDTMFModes", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_dtmf_modes(response: httpx.Response, body: bytes) -> GetDTMFModesResponse:
    """Turn the answer to getDTMFModes into its result, or raise the error it carries."""
    raise_for_status("getDTMFModes", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetDTMFModesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_dtmf_modes(response, body, data)


@with_context
def parse_soap_get_dtmf_modes(response: httpx.Response, body: bytes) -> GetDTMFModesResponse:
    """Turn the SOAP answer to getDTMFModes into its result, or raise its error or fault."""
    raise_for_status("getDTMFModes", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getDTMFModes")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetDTMFModesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_dtmf_modes(response, body, rpc_data_from(scanned, response, body, "getDTMFModes", RPC_ERRORS))


def finish_get_dtmf_modes(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetDTMFModesResponse:
    """The result of getDTMFModes from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getDTMFModes", response, body, data, True):
        return _json.read_get_dtmf_modes_response({}, "$")
    return _json.read_get_dtmf_modes_response(data, "$")


def build_get_email_to_fax(
    *,
    id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of getEmailToFax and build its request."""
    problems: Problems = []
    check_scalar(problems, id, "id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getEmailToFax"),
            ("id", (None if id is None else str(id))),
        )
    )
    return PreparedRequest("getEmailToFax", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_email_to_fax(response: httpx.Response, body: bytes) -> GetEmailToFaxResponse:
    """Turn the answer to getEmailToFax into its result, or raise the error it carries."""
    raise_for_status("getEmailToFax", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_email_to_fax(response, body, data)


@with_context
def parse_soap_get_email_to_fax(response: httpx.Response, body: bytes) -> GetEmailToFaxResponse:
    """Turn the SOAP answer to getEmailToFax into its result, or raise its error or fault."""
    raise_for_status("getEmailToFax", response, body, (200,), RPC_ERRORS)
    return finish_get_email_to_fax(response, body, rpc_data(response, body, "getEmailToFax", RPC_ERRORS))


def finish_get_email_to_fax(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetEmailToFaxResponse:
    """The result of getEmailToFax from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getEmailToFax", response, body, data, True):
        return _json.read_get_email_to_fax_response({}, "$")
    return _json.read_get_email_to_fax_response(data, "$")


def build_get_fax_folders(
    *,
    id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of getFaxFolders and build its request."""
    problems: Problems = []
    check_scalar(problems, id, "id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getFaxFolders"),
            ("id", (None if id is None else str(id))),
        )
    )
    return PreparedRequest("getFaxFolders", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_fax_folders(response: httpx.Response, body: bytes) -> GetFaxFoldersResponse:
    """Turn the answer to getFaxFolders into its result, or raise the error it carries."""
    raise_for_status("getFaxFolders", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetFaxFoldersResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_fax_folders(response, body, data)


@with_context
def parse_soap_get_fax_folders(response: httpx.Response, body: bytes) -> GetFaxFoldersResponse:
    """Turn the SOAP answer to getFaxFolders into its result, or raise its error or fault."""
    raise_for_status("getFaxFolders", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getFaxFolders")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetFaxFoldersResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_fax_folders(response, body, rpc_data_from(scanned, response, body, "getFaxFolders", RPC_ERRORS))


def finish_get_fax_folders(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetFaxFoldersResponse:
    """The result of getFaxFolders from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getFaxFolders", response, body, data, True):
        return _json.read_get_fax_folders_response({}, "$")
    return _json.read_get_fax_folders_response(data, "$")


def build_get_fax_message_pdf(
    *,
    id: int,
) -> PreparedRequest:
    """Check the arguments of getFaxMessagePDF and build its request."""
    problems: Problems = []
    check_scalar(problems, id, "id", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getFaxMessagePDF"),
            ("id", str(id)),
        )
    )
    return PreparedRequest("getFaxMessagePDF", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_fax_message_pdf(response: httpx.Response, body: bytes) -> GetFaxMessagePDFResponse:
    """Turn the answer to getFaxMessagePDF into its result, or raise the error it carries."""
    raise_for_status("getFaxMessagePDF", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetFaxMessagePDFResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_fax_message_pdf(response, body, data)


@with_context
def parse_soap_get_fax_message_pdf(response: httpx.Response, body: bytes) -> GetFaxMessagePDFResponse:
    """Turn the SOAP answer to getFaxMessagePDF into its result, or raise its error or fault."""
    raise_for_status("getFaxMessagePDF", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getFaxMessagePDF")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetFaxMessagePDFResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_fax_message_pdf(
        response, body, rpc_data_from(scanned, response, body, "getFaxMessagePDF", RPC_ERRORS)
    )


def finish_get_fax_message_pdf(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetFaxMessagePDFResponse:
    """The result of getFaxMessagePDF from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getFaxMessagePDF", response, body, data, True):
        return _json.read_get_fax_message_pdf_response({}, "$")
    return _json.read_get_fax_message_pdf_response(data, "$")


def build_get_fax_messages(
    *,
    from_: _dt.date | None = None,
    to: _dt.date | None = None,
    folder: str | None = None,
    id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of getFaxMessages and build its request."""
    problems: Problems = []
    check_scalar(problems, from_, "from_", "date")
    check_scalar(problems, to, "to", "date")
    check_scalar(problems, folder, "folder", "string")
    check_scalar(problems, id, "id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getFaxMessages"),
            ("from", (None if from_ is None else from_.strftime("%Y-%m-%d"))),
            ("to", (None if to is None else to.strftime("%Y-%m-%d"))),
            ("folder", folder),
            ("id", (None if id is None else str(id))),
        )
    )
    return PreparedRequest("getFaxMessages", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_fax_messages(response: httpx.Response, body: bytes) -> GetFaxMessagesResponse:
    """Turn the answer to getFaxMessages into its result, or raise the error it carries."""
    raise_for_status("getFaxMessages", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetFaxMessagesResponseEnvelope, ("date",))
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_fax_messages(response, body, data)


@with_context
def parse_soap_get_fax_messages(response: httpx.Response, body: bytes) -> GetFaxMessagesResponse:
    """Turn the SOAP answer to getFaxMessages into its result, or raise its error or fault."""
    raise_for_status("getFaxMessages", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getFaxMessages")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetFaxMessagesResponseEnvelope, ("date",))
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_fax_messages(response, body, rpc_data_from(scanned, response, body, "getFaxMessages", RPC_ERRORS))


def finish_get_fax_messages(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetFaxMessagesResponse:
    """The result of getFaxMessages from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getFaxMessages", response, body, data, True):
        return _json.read_get_fax_messages_response({}, "$")
    return _json.read_get_fax_messages_response(data, "$")


def build_get_fax_numbers_info(
    *,
    did: int | None = None,
) -> PreparedRequest:
    """Check the arguments of getFaxNumbersInfo and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getFaxNumbersInfo"),
            ("did", (None if did is None else str(did))),
        )
    )
    return PreparedRequest("getFaxNumbersInfo", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_fax_numbers_info(response: httpx.Response, body: bytes) -> GetFaxNumbersInfoResponse:
    """Turn the answer to getFaxNumbersInfo into its result, or raise the error it carries."""
    raise_for_status("getFaxNumbersInfo", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetFaxNumbersInfoResponseEnvelope, ("reseller_next_billing",))
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_fax_numbers_info(response, body, data)


@with_context
def parse_soap_get_fax_numbers_info(response: httpx.Response, body: bytes) -> GetFaxNumbersInfoResponse:
    """Turn the SOAP answer to getFaxNumbersInfo into its result, or raise its error or fault."""
    raise_for_status("getFaxNumbersInfo", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getFaxNumbersInfo")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetFaxNumbersInfoResponseEnvelope, ("reseller_next_billing",))
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_fax_numbers_info(
        response, body, rpc_data_from(scanned, response, body, "getFaxNumbersInfo", RPC_ERRORS)
    )


def finish_get_fax_numbers_info(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetFaxNumbersInfoResponse:
    """The result of getFaxNumbersInfo from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getFaxNumbersInfo", response, body, data, True):
        return _json.read_get_fax_numbers_info_response({}, "$")
    return _json.read_get_fax_numbers_info_response(data, "$")


def build_get_fax_numbers_portability(
    *,
    did: int,
) -> PreparedRequest:
    """Check the arguments of getFaxNumbersPortability and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getFaxNumbersPortability"),
            ("did", str(did)),
        )
    )
    return PreparedRequest("getFaxNumbersPortability", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_fax_numbers_portability(response: httpx.Response, body: bytes) -> GetFaxNumbersPortabilityResponse:
    """Turn the answer to getFaxNumbersPortability into its result, or raise the error it carries."""
    raise_for_status("getFaxNumbersPortability", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_fax_numbers_portability(response, body, data)


@with_context
def parse_soap_get_fax_numbers_portability(response: httpx.Response, body: bytes) -> GetFaxNumbersPortabilityResponse:
    """Turn the SOAP answer to getFaxNumbersPortability into its result, or raise its error or fault."""
    raise_for_status("getFaxNumbersPortability", response, body, (200,), RPC_ERRORS)
    return finish_get_fax_numbers_portability(
        response, body, rpc_data(response, body, "getFaxNumbersPortability", RPC_ERRORS)
    )


def finish_get_fax_numbers_portability(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetFaxNumbersPortabilityResponse:
    """The result of getFaxNumbersPortability from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getFaxNumbersPortability", response, body, data, True):
        return _json.read_get_fax_numbers_portability_response({}, "$")
    return _json.read_get_fax_numbers_portability_response(data, "$")


def build_get_fax_provinces(
    *,
    province: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getFaxProvinces and build its request."""
    problems: Problems = []
    check_scalar(problems, province, "province", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getFaxProvinces"),
            ("province", province),
        )
    )
    return PreparedRequest("getFaxProvinces", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_fax_provinces(response: httpx.Response, body: bytes) -> GetFaxProvincesResponse:
    """Turn the answer to getFaxProvinces into its result, or raise the error it carries."""
    raise_for_status("getFaxProvinces", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetFaxProvincesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_fax_provinces(response, body, data)


@with_context
def parse_soap_get_fax_provinces(response: httpx.Response, body: bytes) -> GetFaxProvincesResponse:
    """Turn the SOAP answer to getFaxProvinces into its result, or raise its error or fault."""
    raise_for_status("getFaxProvinces", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getFaxProvinces")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetFaxProvincesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_fax_provinces(
        response, body, rpc_data_from(scanned, response, body, "getFaxProvinces", RPC_ERRORS)
    )


def finish_get_fax_provinces(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetFaxProvincesResponse:
    """The result of getFaxProvinces from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getFaxProvinces", response, body, data, True):
        return _json.read_get_fax_provinces_response({}, "$")
    return _json.read_get_fax_provinces_response(data, "$")


def build_get_fax_rate_centers_can(
    *,
    province: str,
) -> PreparedRequest:
    """Check the arguments of getFaxRateCentersCAN and build its request."""
    problems: Problems = []
    check_scalar(problems, province, "province", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getFaxRateCentersCAN"),
            ("province", province),
        )
    )
    return PreparedRequest("getFaxRateCentersCAN", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_fax_rate_centers_can(response: httpx.Response, body: bytes) -> GetFaxRateCentersCANResponse:
    """Turn the answer to getFaxRateCentersCAN into its result, or raise the error it carries."""
    raise_for_status("getFaxRateCentersCAN", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetFaxRateCentersCANResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_fax_rate_centers_can(response, body, data)


@with_context
def parse_soap_get_fax_rate_centers_can(response: httpx.Response, body: bytes) -> GetFaxRateCentersCANResponse:
    """Turn the SOAP answer to getFaxRateCentersCAN into its result, or raise its error or fault."""
    raise_for_status("getFaxRateCentersCAN", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getFaxRateCentersCAN")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetFaxRateCentersCANResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_fax_rate_centers_can(
        response, body, rpc_data_from(scanned, response, body, "getFaxRateCentersCAN", RPC_ERRORS)
    )


def finish_get_fax_rate_centers_can(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetFaxRateCentersCANResponse:
    """The result of getFaxRateCentersCAN from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getFaxRateCentersCAN", response, body, data, True):
        return _json.read_get_fax_rate_centers_can_response({}, "$")
    return _json.read_get_fax_rate_centers_can_response(data, "$")


def build_get_fax_rate_centers_usa(
    *,
    state: str,
) -> PreparedRequest:
    """Check the arguments of getFaxRateCentersUSA and build its request."""
    problems: Problems = []
    check_scalar(problems, state, "state", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getFaxRateCentersUSA"),
            ("state", state),
        )
    )
    return PreparedRequest("getFaxRateCentersUSA", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_fax_rate_centers_usa(response: httpx.Response, body: bytes) -> GetFaxRateCentersUSAResponse:
    """Turn the answer to getFaxRateCentersUSA into its result, or raise the error it carries."""
    raise_for_status("getFaxRateCentersUSA", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetFaxRateCentersUSAResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_fax_rate_centers_usa(response, body, data)


@with_context
def parse_soap_get_fax_rate_centers_usa(response: httpx.Response, body: bytes) -> GetFaxRateCentersUSAResponse:
    """Turn the SOAP answer to getFaxRateCentersUSA into its result, or raise its error or fault."""
    raise_for_status("getFaxRateCentersUSA", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getFaxRateCentersUSA")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetFaxRateCentersUSAResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_fax_rate_centers_usa(
        response, body, rpc_data_from(scanned, response, body, "getFaxRateCentersUSA", RPC_ERRORS)
    )


def finish_get_fax_rate_centers_usa(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetFaxRateCentersUSAResponse:
    """The result of getFaxRateCentersUSA from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getFaxRateCentersUSA", response, body, data, True):
        return _json.read_get_fax_rate_centers_usa_response({}, "$")
    return _json.read_get_fax_rate_centers_usa_response(data, "$")


def build_get_fax_states(
    *,
    state: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getFaxStates and build its request."""
    problems: Problems = []
    check_scalar(problems, state, "state", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getFaxStates"),
            ("state", state),
        )
    )
    return PreparedRequest("getFaxStates", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_fax_states(response: httpx.Response, body: bytes) -> GetFaxStatesResponse:
    """Turn the answer to getFaxStates into its result, or raise the error it carries."""
    raise_for_status("getFaxStates", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetFaxStatesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_fax_states(response, body, data)


@with_context
def parse_soap_get_fax_states(response: httpx.Response, body: bytes) -> GetFaxStatesResponse:
    """Turn the SOAP answer to getFaxStates into its result, or raise its error or fault."""
    raise_for_status("getFaxStates", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getFaxStates")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetFaxStatesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_fax_states(response, body, rpc_data_from(scanned, response, body, "getFaxStates", RPC_ERRORS))


def finish_get_fax_states(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetFaxStatesResponse:
    """The result of getFaxStates from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getFaxStates", response, body, data, True):
        return _json.read_get_fax_states_response({}, "$")
    return _json.read_get_fax_states_response(data, "$")


def build_get_forwardings(
    *,
    forwarding: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getForwardings and build its request."""
    problems: Problems = []
    check_scalar(problems, forwarding, "forwarding", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getForwardings"),
            ("forwarding", forwarding),
        )
    )
    return PreparedRequest("getForwardings", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_forwardings(response: httpx.Response, body: bytes) -> GetForwardingsResponse:
    """Turn the answer to getForwardings into its result, or raise the error it carries."""
    raise_for_status("getForwardings", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetForwardingsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_forwardings(response, body, data)


@with_context
def parse_soap_get_forwardings(response: httpx.Response, body: bytes) -> GetForwardingsResponse:
    """Turn the SOAP answer to getForwardings into its result, or raise its error or fault."""
    raise_for_status("getForwardings", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getForwardings")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetForwardingsResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_forwardings(response, body, rpc_data_from(scanned, response, body, "getForwardings", RPC_ERRORS))


def finish_get_forwardings(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetForwardingsResponse:
    """The result of getForwardings from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getForwardings", response, body, data, True):
        return _json.read_get_forwardings_response({}, "$")
    return _json.read_get_forwardings_response(data, "$")


def build_get_international_types(
    *,
    type: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getInternationalTypes and build its request."""
    problems: Problems = []
    check_scalar(problems, type, "type", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getInternationalTypes"),
            ("type", type),
        )
    )
    return PreparedRequest("getInternationalTypes", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_international_types(response: httpx.Response, body: bytes) -> GetInternationalTypesResponse:
    """Turn the answer to getInternationalTypes into its result, or raise the error it carries."""
    raise_for_status("getInternationalTypes", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetInternationalTypesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_international_types(response, body, data)


@with_context
def parse_soap_get_international_types(response: httpx.Response, body: bytes) -> GetInternationalTypesResponse:
    """Turn the SOAP answer to getInternationalTypes into its result, or raise its error or fault."""
    raise_for_status("getInternationalTypes", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getInternationalTypes")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetInternationalTypesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_international_types(
        response, body, rpc_data_from(scanned, response, body, "getInternationalTypes", RPC_ERRORS)
    )


def finish_get_international_types(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetInternationalTypesResponse:
    """The result of getInternationalTypes from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getInternationalTypes", response, body, data, True):
        return _json.read_get_international_types_response({}, "$")
    return _json.read_get_international_types_response(data, "$")


def build_get_invoice(
    *,
    from_: _dt.date | None = None,
    to: _dt.date | None = None,
    range: int | None = None,
    type: int | None = None,
) -> PreparedRequest:
    """Check the arguments of getInvoice and build its request."""
    problems: Problems = []
    check_scalar(problems, from_, "from_", "date")
    check_scalar(problems, to, "to", "date")
    check_scalar(problems, range, "range", "integer", minimum=1, maximum=6)
    check_scalar(problems, type, "type", "integer", minimum=0, maximum=1)
    if from_ is None and range is None:
        problems.append(("from_", "give from and to, or range"))
    if from_ is not None and to is None:
        problems.append(("to", "is required when from_ is given"))
    if to is not None and from_ is None:
        problems.append(("from_", "is required when to is given"))
    if (
        sum(
            v is not None
            for v in (
                from_,
                range,
            )
        )
        > 1
    ):
        problems.append(("from_", "only one of from_, range may be given"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getInvoice"),
            ("from", (None if from_ is None else from_.strftime("%Y-%m-%d"))),
            ("to", (None if to is None else to.strftime("%Y-%m-%d"))),
            ("range", (None if range is None else str(range))),
            ("type", (None if type is None else str(type))),
        )
    )
    return PreparedRequest("getInvoice", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_invoice(response: httpx.Response, body: bytes) -> GetInvoiceResponse:
    """Turn the answer to getInvoice into its result, or raise the error it carries."""
    raise_for_status("getInvoice", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetInvoiceResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_invoice(response, body, data)


def finish_get_invoice(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetInvoiceResponse:
    """The result of getInvoice from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getInvoice", response, body, data, True):
        return _json.read_get_invoice_response({}, "$")
    return _json.read_get_invoice_response(data, "$")


def build_get_ip() -> PreparedRequest:
    """Check the arguments of getIP and build its request."""
    problems: Problems = []
    raise_problems(problems)
    query = query_pairs((("method", "getIP"),))
    return PreparedRequest("getIP", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_ip(response: httpx.Response, body: bytes) -> GetIPResponse:
    """Turn the answer to getIP into its result, or raise the error it carries."""
    raise_for_status("getIP", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetIPResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_ip(response, body, data)


@with_context
def parse_soap_get_ip(response: httpx.Response, body: bytes) -> GetIPResponse:
    """Turn the SOAP answer to getIP into its result, or raise its error or fault."""
    raise_for_status("getIP", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getIP")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetIPResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_ip(response, body, rpc_data_from(scanned, response, body, "getIP", RPC_ERRORS))


def finish_get_ip(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetIPResponse:
    """The result of getIP from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getIP", response, body, data, True):
        return _json.read_get_ip_response({}, "$")
    return _json.read_get_ip_response(data, "$")


def build_get_ivrs(
    *,
    ivr: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getIVRs and build its request."""
    problems: Problems = []
    check_scalar(problems, ivr, "ivr", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getIVRs"),
            ("ivr", ivr),
        )
    )
    return PreparedRequest("getIVRs", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_ivrs(response: httpx.Response, body: bytes) -> GetIVRsResponse:
    """Turn the answer to getIVRs into its result, or raise the error it carries."""
    raise_for_status("getIVRs", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_ivrs(response, body, data)


@with_context
def parse_soap_get_ivrs(response: httpx.Response, body: bytes) -> GetIVRsResponse:
    """Turn the SOAP answer to getIVRs into its result, or raise its error or fault."""
    raise_for_status("getIVRs", response, body, (200,), RPC_ERRORS)
    return finish_get_ivrs(response, body, rpc_data(response, body, "getIVRs", RPC_ERRORS))


def finish_get_ivrs(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetIVRsResponse:
    """The result of getIVRs from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getIVRs", response, body, data, True):
        return _json.read_get_ivrs_response({}, "$")
    return _json.read_get_ivrs_response(data, "$")


def build_get_join_when_empty_types(
    *,
    type: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getJoinWhenEmptyTypes and build its request."""
    problems: Problems = []
    check_scalar(problems, type, "type", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getJoinWhenEmptyTypes"),
            ("type", type),
        )
    )
    return PreparedRequest("getJoinWhenEmptyTypes", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_join_when_empty_types(response: httpx.Response, body: bytes) -> GetJoinWhenEmptyTypesResponse:
    """Turn the answer to getJoinWhenEmptyTypes into its result, or raise the error it carries."""
    raise_for_status("getJoinWhenEmptyTypes", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetJoinWhenEmptyTypesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_join_when_empty_types(response, body, data)


@with_context
def parse_soap_get_join_when_empty_types(response: httpx.Response, body: bytes) -> GetJoinWhenEmptyTypesResponse:
    """Turn the SOAP answer to getJoinWhenEmptyTypes into its result, or raise its error or fault."""
    raise_for_status("getJoinWhenEmptyTypes", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getJoinWhenEmptyTypes")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetJoinWhenEmptyTypesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_join_when_empty_types(
        response, body, rpc_data_from(scanned, response, body, "getJoinWhenEmptyTypes", RPC_ERRORS)
    )


def finish_get_join_when_empty_types(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetJoinWhenEmptyTypesResponse:
    """The result of getJoinWhenEmptyTypes from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getJoinWhenEmptyTypes", response, body, data, True):
        return _json.read_get_join_when_empty_types_response({}, "$")
    return _json.read_get_join_when_empty_types_response(data, "$")


def build_get_languages(
    *,
    language: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getLanguages and build its request."""
    problems: Problems = []
    check_scalar(problems, language, "language", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getLanguages"),
            ("language", language),
        )
    )
    return PreparedRequest("getLanguages", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_languages(response: httpx.Response, body: bytes) -> GetLanguagesResponse:
    """Turn the answer to getLanguages into its result, or raise the error it carries."""
    raise_for_status("getLanguages", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetLanguagesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_languages(response, body, data)


@with_context
def parse_soap_get_languages(response: httpx.Response, body: bytes) -> GetLanguagesResponse:
    """Turn the SOAP answer to getLanguages into its result, or raise its error or fault."""
    raise_for_status("getLanguages", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getLanguages")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetLanguagesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_languages(response, body, rpc_data_from(scanned, response, body, "getLanguages", RPC_ERRORS))


def finish_get_languages(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetLanguagesResponse:
    """The result of getLanguages from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getLanguages", response, body, data, True):
        return _json.read_get_languages_response({}, "$")
    return _json.read_get_languages_response(data, "$")


def build_get_lnp_attach(
    *,
    portid: int,
    attachid: int,
) -> PreparedRequest:
    """Check the arguments of getLNPAttach and build its request."""
    problems: Problems = []
    check_scalar(problems, portid, "portid", "integer", required=True)
    check_scalar(problems, attachid, "attachid", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getLNPAttach"),
            ("portid", str(portid)),
            ("attachid", str(attachid)),
        )
    )
    return PreparedRequest("getLNPAttach", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_lnp_attach(response: httpx.Response, body: bytes) -> GetLNPAttachResponse:
    """Turn the answer to getLNPAttach into its result, or raise the error it carries."""
    raise_for_status("getLNPAttach", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetLNPAttachResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_lnp_attach(response, body, data)


@with_context
def parse_soap_get_lnp_attach(response: httpx.Response, body: bytes) -> GetLNPAttachResponse:
    """Turn the SOAP answer to getLNPAttach into its result, or raise its error or fault."""
    raise_for_status("getLNPAttach", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getLNPAttach")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetLNPAttachResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_lnp_attach(response, body, rpc_data_from(scanned, response, body, "getLNPAttach", RPC_ERRORS))


def finish_get_lnp_attach(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetLNPAttachResponse:
    """The result of getLNPAttach from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getLNPAttach", response, body, data, True):
        return _json.read_get_lnp_attach_response({}, "$")
    return _json.read_get_lnp_attach_response(data, "$")


def build_get_lnp_attach_list(
    *,
    portid: int,
) -> PreparedRequest:
    """Check the arguments of getLNPAttachList and build its request."""
    problems: Problems = []
    check_scalar(problems, portid, "portid", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getLNPAttachList"),
            ("portid", str(portid)),
        )
    )
    return PreparedRequest("getLNPAttachList", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_lnp_attach_list(response: httpx.Response, body: bytes) -> GetLNPAttachListResponse:
    """Turn the answer to getLNPAttachList into its result, or raise the error it carries."""
    raise_for_status("getLNPAttachList", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetLNPAttachListResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_lnp_attach_list(response, body, data)


@with_context
def parse_soap_get_lnp_attach_list(response: httpx.Response, body: bytes) -> GetLNPAttachListResponse:
    """Turn the SOAP answer to getLNPAttachList into its result, or raise its error or fault."""
    raise_for_status("getLNPAttachList", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getLNPAttachList")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetLNPAttachListResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_lnp_attach_list(
        response, body, rpc_data_from(scanned, response, body, "getLNPAttachList", RPC_ERRORS)
    )


def finish_get_lnp_attach_list(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetLNPAttachListResponse:
    """The result of getLNPAttachList from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getLNPAttachList", response, body, data, True):
        return _json.read_get_lnp_attach_list_response({}, "$")
    return _json.read_get_lnp_attach_list_response(data, "$")


def build_get_lnp_details(
    *,
    portid: int,
) -> PreparedRequest:
    """Check the arguments of getLNPDetails and build its request."""
    problems: Problems = []
    check_scalar(problems, portid, "portid", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getLNPDetails"),
            ("portid", str(portid)),
        )
    )
    return PreparedRequest("getLNPDetails", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_lnp_details(response: httpx.Response, body: bytes) -> object:
    """Turn the answer to getLNPDetails into its result, or raise the error it carries."""
    raise_for_status("getLNPDetails", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_lnp_details(response, body, data)


@with_context
def parse_soap_get_lnp_details(response: httpx.Response, body: bytes) -> object:
    """Turn the SOAP answer to getLNPDetails into its result, or raise its error or fault."""
    raise_for_status("getLNPDetails", response, body, (200,), RPC_ERRORS)
    return finish_get_lnp_details(response, body, rpc_data(response, body, "getLNPDetails", RPC_ERRORS))


def finish_get_lnp_details(response: httpx.Response, body: bytes, data: dict[str, object]) -> object:
    """The result of getLNPDetails from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getLNPDetails", response, body, data, True):
        return {}
    return {key: value for key, value in data.items() if key != "status"}


def build_get_lnp_list(
    *,
    portid: int,
    port_status: str | None = None,
    start_date: _dt.date | None = None,
    end_date: _dt.date | None = None,
) -> PreparedRequest:
    """Check the arguments of getLNPList and build its request."""
    problems: Problems = []
    check_scalar(problems, portid, "portid", "integer", required=True)
    check_scalar(problems, port_status, "port_status", "string")
    check_scalar(problems, start_date, "start_date", "date")
    check_scalar(problems, end_date, "end_date", "date")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getLNPList"),
            ("portid", str(portid)),
            ("portStatus", port_status),
            ("startDate", (None if start_date is None else start_date.strftime("%Y-%m-%d"))),
            ("endDate", (None if end_date is None else end_date.strftime("%Y-%m-%d"))),
        )
    )
    return PreparedRequest("getLNPList", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_lnp_list(response: httpx.Response, body: bytes) -> GetLNPListResponse:
    """Turn the answer to getLNPList into its result, or raise the error it carries."""
    raise_for_status("getLNPList", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetLNPListResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_lnp_list(response, body, data)


@with_context
def parse_soap_get_lnp_list(response: httpx.Response, body: bytes) -> GetLNPListResponse:
    """Turn the SOAP answer to getLNPList into its result, or raise its error or fault."""
    raise_for_status("getLNPList", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getLNPList")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetLNPListResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_lnp_list(response, body, rpc_data_from(scanned, response, body, "getLNPList", RPC_ERRORS))


def finish_get_lnp_list(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetLNPListResponse:
    """The result of getLNPList from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getLNPList", response, body, data, True):
        return _json.read_get_lnp_list_response({}, "$")
    return _json.read_get_lnp_list_response(data, "$")


def build_get_lnp_list_status() -> PreparedRequest:
    """Check the arguments of getLNPListStatus and build its request."""
    problems: Problems = []
    raise_problems(problems)
    query = query_pairs((("method", "getLNPListStatus"),))
    return PreparedRequest("getLNPListStatus", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_lnp_list_status(response: httpx.Response, body: bytes) -> GetLNPListStatusResponse:
    """Turn the answer to getLNPListStatus into its result, or raise the error it carries."""
    raise_for_status("getLNPListStatus", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_lnp_list_status(response, body, data)


@with_context
def parse_soap_get_lnp_list_status(response: httpx.Response, body: bytes) -> GetLNPListStatusResponse:
    """Turn the SOAP answer to getLNPListStatus into its result, or raise its error or fault."""
    raise_for_status("getLNPListStatus", response, body, (200,), RPC_ERRORS)
    return finish_get_lnp_list_status(response, body, rpc_data(response, body, "getLNPListStatus", RPC_ERRORS))


def finish_get_lnp_list_status(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetLNPListStatusResponse:
    """The result of getLNPListStatus from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getLNPListStatus", response, body, data, True):
        return _json.read_get_lnp_list_status_response({}, "$")
    return _json.read_get_lnp_list_status_response(data, "$")


def build_get_lnp_notes(
    *,
    portid: int,
) -> PreparedRequest:
    """Check the arguments of getLNPNotes and build its request."""
    problems: Problems = []
    check_scalar(problems, portid, "portid", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getLNPNotes"),
            ("portid", str(portid)),
        )
    )
    return PreparedRequest("getLNPNotes", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_lnp_notes(response: httpx.Response, body: bytes) -> GetLNPNotesResponse:
    """Turn the answer to getLNPNotes into its result, or raise the error it carries."""
    raise_for_status("getLNPNotes", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetLNPNotesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_lnp_notes(response, body, data)


@with_context
def parse_soap_get_lnp_notes(response: httpx.Response, body: bytes) -> GetLNPNotesResponse:
    """Turn the SOAP answer to getLNPNotes into its result, or raise its error or fault."""
    raise_for_status("getLNPNotes", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getLNPNotes")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetLNPNotesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_lnp_notes(response, body, rpc_data_from(scanned, response, body, "getLNPNotes", RPC_ERRORS))


def finish_get_lnp_notes(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetLNPNotesResponse:
    """The result of getLNPNotes from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getLNPNotes", response, body, data, True):
        return _json.read_get_lnp_notes_response({}, "$")
    return _json.read_get_lnp_notes_response(data, "$")


def build_get_lnp_status(
    *,
    portid: int,
) -> PreparedRequest:
    """Check the arguments of getLNPStatus and build its request."""
    problems: Problems = []
    check_scalar(problems, portid, "portid", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getLNPStatus"),
            ("portid", str(portid)),
        )
    )
    return PreparedRequest("getLNPStatus", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_lnp_status(response: httpx.Response, body: bytes) -> GetLNPStatusResponse:
    """Turn the answer to getLNPStatus into its result, or raise the error it carries."""
    raise_for_status("getLNPStatus", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetLNPStatusResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_lnp_status(response, body, data)


@with_context
def parse_soap_get_lnp_status(response: httpx.Response, body: bytes) -> GetLNPStatusResponse:
    """Turn the SOAP answer to getLNPStatus into its result, or raise its error or fault."""
    raise_for_status("getLNPStatus", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getLNPStatus")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetLNPStatusResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_lnp_status(response, body, rpc_data_from(scanned, response, body, "getLNPStatus", RPC_ERRORS))


def finish_get_lnp_status(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetLNPStatusResponse:
    """The result of getLNPStatus from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getLNPStatus", response, body, data, True):
        return _json.read_get_lnp_status_response({}, "$")
    return _json.read_get_lnp_status_response(data, "$")


def build_get_locales(
    *,
    locale: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getLocales and build its request."""
    problems: Problems = []
    check_scalar(problems, locale, "locale", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getLocales"),
            ("locale", locale),
        )
    )
    return PreparedRequest("getLocales", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_locales(response: httpx.Response, body: bytes) -> GetLocalesResponse:
    """Turn the answer to getLocales into its result, or raise the error it carries."""
    raise_for_status("getLocales", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetLocalesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_locales(response, body, data)


@with_context
def parse_soap_get_locales(response: httpx.Response, body: bytes) -> GetLocalesResponse:
    """Turn the SOAP answer to getLocales into its result, or raise its error or fault."""
    raise_for_status("getLocales", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getLocales")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetLocalesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_locales(response, body, rpc_data_from(scanned, response, body, "getLocales", RPC_ERRORS))


def finish_get_locales(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetLocalesResponse:
    """The result of getLocales from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getLocales", response, body, data, True):
        return _json.read_get_locales_response({}, "$")
    return _json.read_get_locales_response(data, "$")


def build_get_locations() -> PreparedRequest:
    """Check the arguments of getLocations and build its request."""
    problems: Problems = []
    raise_problems(problems)
    query = query_pairs((("method", "getLocations"),))
    return PreparedRequest("getLocations", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_locations(response: httpx.Response, body: bytes) -> GetLocationsResponse:
    """Turn the answer to getLocations into its result, or raise the error it carries."""
    raise_for_status("getLocations", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetLocationsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_locations(response, body, data)


def finish_get_locations(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetLocationsResponse:
    """The result of getLocations from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getLocations", response, body, data, True):
        return _json.read_get_locations_response({}, "$")
    return _json.read_get_locations_response(data, "$")


def build_get_lock_international(
    *,
    lock_international: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getLockInternational and build its request."""
    problems: Problems = []
    check_scalar(problems, lock_international, "lock_international", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getLockInternational"),
            ("lock_international", lock_international),
        )
    )
    return PreparedRequest("getLockInternational", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_lock_international(response: httpx.Response, body: bytes) -> GetLockInternationalResponse:
    """Turn the answer to getLockInternational into its result, or raise the error it carries."""
    raise_for_status("getLockInternational", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetLockInternationalResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_lock_international(response, body, data)


@with_context
def parse_soap_get_lock_international(response: httpx.Response, body: bytes) -> GetLockInternationalResponse:
    """Turn the SOAP answer to getLockInternational into its result, or raise its error or fault."""
    raise_for_status("getLockInternational", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getLockInternational")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetLockInternationalResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_lock_international(
        response, body, rpc_data_from(scanned, response, body, "getLockInternational", RPC_ERRORS)
    )


def finish_get_lock_international(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetLockInternationalResponse:
    """The result of getLockInternational from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getLockInternational", response, body, data, True):
        return _json.read_get_lock_international_response({}, "$")
    return _json.read_get_lock_international_response(data, "$")


def build_get_media_mms(
    *,
    id: int | None = None,
    media_as_array: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of getMediaMMS and build its request."""
    problems: Problems = []
    check_scalar(problems, id, "id", "integer")
    check_scalar(problems, media_as_array, "media_as_array", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getMediaMMS"),
            ("id", (None if id is None else str(id))),
            ("media_as_array", (None if media_as_array is None else ("1" if media_as_array else "0"))),
        )
    )
    return PreparedRequest("getMediaMMS", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_media_mms(response: httpx.Response, body: bytes) -> GetMediaMMSResponse:
    """Turn the answer to getMediaMMS into its result, or raise the error it carries."""
    raise_for_status("getMediaMMS", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_media_mms(response, body, data)


@with_context
def parse_soap_get_media_mms(response: httpx.Response, body: bytes) -> GetMediaMMSResponse:
    """Turn the SOAP answer to getMediaMMS into its result, or raise its error or fault."""
    raise_for_status("getMediaMMS", response, body, (200,), RPC_ERRORS)
    return finish_get_media_mms(response, body, rpc_data(response, body, "getMediaMMS", RPC_ERRORS))


def finish_get_media_mms(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetMediaMMSResponse:
    """The result of getMediaMMS from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getMediaMMS", response, body, data, True):
        return _json.read_get_media_mms_response({}, "$")
    return _json.read_get_media_mms_response(data, "$")


def build_get_mms(
    *,
    mms: int | None = None,
    from_: _dt.date | None = None,
    to: _dt.date | None = None,
    type: int | None = None,
    did: str | None = None,
    contact: str | None = None,
    limit: int | None = None,
    timezone: Decimal | None = None,
    all_messages: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of getMMS and build its request."""
    problems: Problems = []
    check_scalar(problems, mms, "mms", "integer")
    check_scalar(problems, from_, "from_", "date")
    check_scalar(problems, to, "to", "date")
    check_scalar(problems, type, "type", "integer", minimum=0, maximum=1)
    check_scalar(problems, did, "did", "string")
    check_scalar(problems, contact, "contact", "string")
    check_scalar(problems, limit, "limit", "integer", minimum=1)
    check_scalar(problems, timezone, "timezone", "decimal", minimum=-12, maximum=13)
    check_scalar(problems, all_messages, "all_messages", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getMMS"),
            ("mms", (None if mms is None else str(mms))),
            ("from", (None if from_ is None else from_.strftime("%Y-%m-%d"))),
            ("to", (None if to is None else to.strftime("%Y-%m-%d"))),
            ("type", (None if type is None else str(type))),
            ("did", did),
            ("contact", contact),
            ("limit", (None if limit is None else str(limit))),
            ("timezone", (None if timezone is None else str(timezone))),
            ("all_messages", (None if all_messages is None else ("1" if all_messages else "0"))),
        )
    )
    return PreparedRequest("getMMS", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_mms(response: httpx.Response, body: bytes) -> GetMMSResponse:
    """Turn the answer to getMMS into its result, or raise the error it carries."""
    raise_for_status("getMMS", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetMMSResponseEnvelope, ("date",))
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_mms(response, body, data)


@with_context
def parse_soap_get_mms(response: httpx.Response, body: bytes) -> GetMMSResponse:
    """Turn the SOAP answer to getMMS into its result, or raise its error or fault."""
    raise_for_status("getMMS", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getMMS")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetMMSResponseEnvelope, ("date",))
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_mms(response, body, rpc_data_from(scanned, response, body, "getMMS", RPC_ERRORS))


def finish_get_mms(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetMMSResponse:
    """The result of getMMS from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getMMS", response, body, data, True):
        return _json.read_get_mms_response({}, "$")
    return _json.read_get_mms_response(data, "$")


def build_get_music_on_hold(
    *,
    music_on_hold: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getMusicOnHold and build its request."""
    problems: Problems = []
    check_scalar(problems, music_on_hold, "music_on_hold", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getMusicOnHold"),
            ("music_on_hold", music_on_hold),
        )
    )
    return PreparedRequest("getMusicOnHold", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_music_on_hold(response: httpx.Response, body: bytes) -> GetMusicOnHoldResponse:
    """Turn the answer to getMusicOnHold into its result, or raise the error it carries."""
    raise_for_status("getMusicOnHold", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetMusicOnHoldResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_music_on_hold(response, body, data)


@with_context
def parse_soap_get_music_on_hold(response: httpx.Response, body: bytes) -> GetMusicOnHoldResponse:
    """Turn the SOAP answer to getMusicOnHold into its result, or raise its error or fault."""
    raise_for_status("getMusicOnHold", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getMusicOnHold")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetMusicOnHoldResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_music_on_hold(
        response, body, rpc_data_from(scanned, response, body, "getMusicOnHold", RPC_ERRORS)
    )


def finish_get_music_on_hold(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetMusicOnHoldResponse:
    """The result of getMusicOnHold from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getMusicOnHold", response, body, data, True):
        return _json.read_get_music_on_hold_response({}, "$")
    return _json.read_get_music_on_hold_response(data, "$")


def build_get_nat(
    *,
    nat: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getNAT and build its request."""
    problems: Problems = []
    check_scalar(problems, nat, "nat", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getNAT"),
            ("nat", nat),
        )
    )
    return PreparedRequest("getNAT", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_nat(response: httpx.Response, body: bytes) -> GetNATResponse:
    """Turn the answer to getNAT into its result, or raise the error it carries."""
    raise_for_status("getNAT", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetNATResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_nat(response, body, data)


@with_context
def parse_soap_get_nat(response: httpx.Response, body: bytes) -> GetNATResponse:
    """Turn the SOAP answer to getNAT into its result, or raise its error or fault."""
    raise_for_status("getNAT", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getNAT")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetNATResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_nat(response, body, rpc_data_from(scanned, response, body, "getNAT", RPC_ERRORS))


def finish_get_nat(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetNATResponse:
    """The result of getNAT from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getNAT", response, body, data, True):
        return _json.read_get_nat_response({}, "$")
    return _json.read_get_nat_response(data, "$")


def build_get_packages(
    *,
    package: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getPackages and build its request."""
    problems: Problems = []
    check_scalar(problems, package, "package", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getPackages"),
            ("package", package),
        )
    )
    return PreparedRequest("getPackages", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_packages(response: httpx.Response, body: bytes) -> GetPackagesResponse:
    """Turn the answer to getPackages into its result, or raise the error it carries."""
    raise_for_status("getPackages", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetPackagesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_packages(response, body, data)


@with_context
def parse_soap_get_packages(response: httpx.Response, body: bytes) -> GetPackagesResponse:
    """Turn the SOAP answer to getPackages into its result, or raise its error or fault."""
    raise_for_status("getPackages", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getPackages")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetPackagesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_packages(response, body, rpc_data_from(scanned, response, body, "getPackages", RPC_ERRORS))


def finish_get_packages(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetPackagesResponse:
    """The result of getPackages from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getPackages", response, body, data, True):
        return _json.read_get_packages_response({}, "$")
    return _json.read_get_packages_response(data, "$")


def build_get_phonebook(
    *,
    phonebook: str | None = None,
    name: str | None = None,
    group: str | None = None,
    group_name: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getPhonebook and build its request."""
    problems: Problems = []
    check_scalar(problems, phonebook, "phonebook", "string")
    check_scalar(problems, name, "name", "string")
    check_scalar(problems, group, "group", "string")
    check_scalar(problems, group_name, "group_name", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getPhonebook"),
            ("phonebook", phonebook),
            ("name", name),
            ("group", group),
            ("group_name", group_name),
        )
    )
    return PreparedRequest("getPhonebook", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_phonebook(response: httpx.Response, body: bytes) -> GetPhonebookResponse:
    """Turn the answer to getPhonebook into its result, or raise the error it carries."""
    raise_for_status("getPhonebook", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetPhonebookResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_phonebook(response, body, data)


@with_context
def parse_soap_get_phonebook(response: httpx.Response, body: bytes) -> GetPhonebookResponse:
    """Turn the SOAP answer to getPhonebook into its result, or raise its error or fault."""
    raise_for_status("getPhonebook", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getPhonebook")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetPhonebookResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_phonebook(response, body, rpc_data_from(scanned, response, body, "getPhonebook", RPC_ERRORS))


def finish_get_phonebook(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetPhonebookResponse:
    """The result of getPhonebook from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getPhonebook", response, body, data, True):
        return _json.read_get_phonebook_response({}, "$")
    return _json.read_get_phonebook_response(data, "$")


def build_get_phonebook_groups(
    *,
    name: str | None = None,
    group: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getPhonebookGroups and build its request."""
    problems: Problems = []
    check_scalar(problems, name, "name", "string")
    check_scalar(problems, group, "group", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getPhonebookGroups"),
            ("name", name),
            ("group", group),
        )
    )
    return PreparedRequest("getPhonebookGroups", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_phonebook_groups(response: httpx.Response, body: bytes) -> GetPhonebookGroupsResponse:
    """Turn the answer to getPhonebookGroups into its result, or raise the error it carries."""
    raise_for_status("getPhonebookGroups", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetPhonebookGroupsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_phonebook_groups(response, body, data)


@with_context
def parse_soap_get_phonebook_groups(response: httpx.Response, body: bytes) -> GetPhonebookGroupsResponse:
    """Turn the SOAP answer to getPhonebookGroups into its result, or raise its error or fault."""
    raise_for_status("getPhonebookGroups", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getPhonebookGroups")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetPhonebookGroupsResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_phonebook_groups(
        response, body, rpc_data_from(scanned, response, body, "getPhonebookGroups", RPC_ERRORS)
    )


def finish_get_phonebook_groups(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetPhonebookGroupsResponse:
    """The result of getPhonebookGroups from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getPhonebookGroups", response, body, data, True):
        return _json.read_get_phonebook_groups_response({}, "$")
    return _json.read_get_phonebook_groups_response(data, "$")


def build_get_play_instructions(
    *,
    play_instructions: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getPlayInstructions and build its request."""
    problems: Problems = []
    check_scalar(problems, play_instructions, "play_instructions", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getPlayInstructions"),
            ("play_instructions", play_instructions),
        )
    )
    return PreparedRequest("getPlayInstructions", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_play_instructions(response: httpx.Response, body: bytes) -> GetPlayInstructionsResponse:
    """Turn the answer to getPlayInstructions into its result, or raise the error it carries."""
    raise_for_status("getPlayInstructions", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetPlayInstructionsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_play_instructions(response, body, data)


@with_context
def parse_soap_get_play_instructions(response: httpx.Response, body: bytes) -> GetPlayInstructionsResponse:
    """Turn the SOAP answer to getPlayInstructions into its result, or raise its error or fault."""
    raise_for_status("getPlayInstructions", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getPlayInstructions")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetPlayInstructionsResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_play_instructions(
        response, body, rpc_data_from(scanned, response, body, "getPlayInstructions", RPC_ERRORS)
    )


def finish_get_play_instructions(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetPlayInstructionsResponse:
    """The result of getPlayInstructions from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getPlayInstructions", response, body, data, True):
        return _json.read_get_play_instructions_response({}, "$")
    return _json.read_get_play_instructions_response(data, "$")


def build_get_portability(
    *,
    did: str,
) -> PreparedRequest:
    """Check the arguments of getPortability and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getPortability"),
            ("did", did),
        )
    )
    return PreparedRequest("getPortability", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_portability(response: httpx.Response, body: bytes) -> GetPortabilityResponse:
    """Turn the answer to getPortability into its result, or raise the error it carries."""
    raise_for_status("getPortability", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_portability(response, body, data)


@with_context
def parse_soap_get_portability(response: httpx.Response, body: bytes) -> GetPortabilityResponse:
    """Turn the SOAP answer to getPortability into its result, or raise its error or fault."""
    raise_for_status("getPortability", response, body, (200,), RPC_ERRORS)
    return finish_get_portability(response, body, rpc_data(response, body, "getPortability", RPC_ERRORS))


def finish_get_portability(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetPortabilityResponse:
    """The result of getPortability from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getPortability", response, body, data, True):
        return _json.read_get_portability_response({}, "$")
    return _json.read_get_portability_response(data, "$")


def build_get_protocols(
    *,
    protocol: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getProtocols and build its request."""
    problems: Problems = []
    check_scalar(problems, protocol, "protocol", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getProtocols"),
            ("protocol", protocol),
        )
    )
    return PreparedRequest("getProtocols", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_protocols(response: httpx.Response, body: bytes) -> GetProtocolsResponse:
    """Turn the answer to getProtocols into its result, or raise the error it carries."""
    raise_for_status("getProtocols", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetProtocolsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_protocols(response, body, data)


@with_context
def parse_soap_get_protocols(response: httpx.Response, body: bytes) -> GetProtocolsResponse:
    """Turn the SOAP answer to getProtocols into its result, or raise its error or fault."""
    raise_for_status("getProtocols", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getProtocols")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetProtocolsResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_protocols(response, body, rpc_data_from(scanned, response, body, "getProtocols", RPC_ERRORS))


def finish_get_protocols(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetProtocolsResponse:
    """The result of getProtocols from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getProtocols", response, body, data, True):
        return _json.read_get_protocols_response({}, "$")
    return _json.read_get_protocols_response(data, "$")


def build_get_provinces() -> PreparedRequest:
    """Check the arguments of getProvinces and build its request."""
    problems: Problems = []
    raise_problems(problems)
    query = query_pairs((("method", "getProvinces"),))
    return PreparedRequest("getProvinces", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_provinces(response: httpx.Response, body: bytes) -> GetProvincesResponse:
    """Turn the answer to getProvinces into its result, or raise the error it carries."""
    raise_for_status("getProvinces", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetProvincesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_provinces(response, body, data)


@with_context
def parse_soap_get_provinces(response: httpx.Response, body: bytes) -> GetProvincesResponse:
    """Turn the SOAP answer to getProvinces into its result, or raise its error or fault."""
    raise_for_status("getProvinces", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getProvinces")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetProvincesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_provinces(response, body, rpc_data_from(scanned, response, body, "getProvinces", RPC_ERRORS))


def finish_get_provinces(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetProvincesResponse:
    """The result of getProvinces from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getProvinces", response, body, data, True):
        return _json.read_get_provinces_response({}, "$")
    return _json.read_get_provinces_response(data, "$")


def build_get_queues(
    *,
    queue: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getQueues and build its request."""
    problems: Problems = []
    check_scalar(problems, queue, "queue", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getQueues"),
            ("queue", queue),
        )
    )
    return PreparedRequest("getQueues", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_queues(response: httpx.Response, body: bytes) -> GetQueuesResponse:
    """Turn the answer to getQueues into its result, or raise the error it carries."""
    raise_for_status("getQueues", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetQueuesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_queues(response, body, data)


@with_context
def parse_soap_get_queues(response: httpx.Response, body: bytes) -> GetQueuesResponse:
    """Turn the SOAP answer to getQueues into its result, or raise its error or fault."""
    raise_for_status("getQueues", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getQueues")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetQueuesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_queues(response, body, rpc_data_from(scanned, response, body, "getQueues", RPC_ERRORS))


def finish_get_queues(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetQueuesResponse:
    """The result of getQueues from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getQueues", response, body, data, True):
        return _json.read_get_queues_response({}, "$")
    return _json.read_get_queues_response(data, "$")


def build_get_rate_centers_can(
    *,
    province: str,
) -> PreparedRequest:
    """Check the arguments of getRateCentersCAN and build its request."""
    problems: Problems = []
    check_scalar(problems, province, "province", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getRateCentersCAN"),
            ("province", province),
        )
    )
    return PreparedRequest("getRateCentersCAN", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_rate_centers_can(response: httpx.Response, body: bytes) -> GetRateCentersCANResponse:
    """Turn the answer to getRateCentersCAN into its result, or raise the error it carries."""
    raise_for_status("getRateCentersCAN", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetRateCentersCANResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_rate_centers_can(response, body, data)


@with_context
def parse_soap_get_rate_centers_can(response: httpx.Response, body: bytes) -> GetRateCentersCANResponse:
    """Turn the SOAP answer to getRateCentersCAN into its result, or raise its error or fault."""
    raise_for_status("getRateCentersCAN", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getRateCentersCAN")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetRateCentersCANResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_rate_centers_can(
        response, body, rpc_data_from(scanned, response, body, "getRateCentersCAN", RPC_ERRORS)
    )


def finish_get_rate_centers_can(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetRateCentersCANResponse:
    """The result of getRateCentersCAN from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getRateCentersCAN", response, body, data, True):
        return _json.read_get_rate_centers_can_response({}, "$")
    return _json.read_get_rate_centers_can_response(data, "$")


def build_get_rate_centers_usa(
    *,
    state: str,
) -> PreparedRequest:
    """Check the arguments of getRateCentersUSA and build its request."""
    problems: Problems = []
    check_scalar(problems, state, "state", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getRateCentersUSA"),
            ("state", state),
        )
    )
    return PreparedRequest("getRateCentersUSA", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_rate_centers_usa(response: httpx.Response, body: bytes) -> GetRateCentersUSAResponse:
    """Turn the answer to getRateCentersUSA into its result, or raise the error it carries."""
    raise_for_status("getRateCentersUSA", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetRateCentersUSAResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_rate_centers_usa(response, body, data)


@with_context
def parse_soap_get_rate_centers_usa(response: httpx.Response, body: bytes) -> GetRateCentersUSAResponse:
    """Turn the SOAP answer to getRateCentersUSA into its result, or raise its error or fault."""
    raise_for_status("getRateCentersUSA", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getRateCentersUSA")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetRateCentersUSAResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_rate_centers_usa(
        response, body, rpc_data_from(scanned, response, body, "getRateCentersUSA", RPC_ERRORS)
    )


def finish_get_rate_centers_usa(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetRateCentersUSAResponse:
    """The result of getRateCentersUSA from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getRateCentersUSA", response, body, data, True):
        return _json.read_get_rate_centers_usa_response({}, "$")
    return _json.read_get_rate_centers_usa_response(data, "$")


def build_get_rates(
    *,
    package: str,
    query_: str,
) -> PreparedRequest:
    """Check the arguments of getRates and build its request."""
    problems: Problems = []
    check_scalar(problems, package, "package", "string", required=True)
    check_scalar(problems, query_, "query_", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getRates"),
            ("package", package),
            ("query", query_),
        )
    )
    return PreparedRequest("getRates", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_rates(response: httpx.Response, body: bytes) -> GetRatesResponse:
    """Turn the answer to getRates into its result, or raise the error it carries."""
    raise_for_status("getRates", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetRatesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_rates(response, body, data)


@with_context
def parse_soap_get_rates(response: httpx.Response, body: bytes) -> GetRatesResponse:
    """Turn the SOAP answer to getRates into its result, or raise its error or fault."""
    raise_for_status("getRates", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getRates")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetRatesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_rates(response, body, rpc_data_from(scanned, response, body, "getRates", RPC_ERRORS))


def finish_get_rates(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetRatesResponse:
    """The result of getRates from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getRates", response, body, data, True):
        return _json.read_get_rates_response({}, "$")
    return _json.read_get_rates_response(data, "$")


def build_get_recording_file(
    *,
    recording: str,
) -> PreparedRequest:
    """Check the arguments of getRecordingFile and build its request."""
    problems: Problems = []
    check_scalar(problems, recording, "recording", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getRecordingFile"),
            ("recording", recording),
        )
    )
    return PreparedRequest("getRecordingFile", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_recording_file(response: httpx.Response, body: bytes) -> GetRecordingFileResponse:
    """Turn the answer to getRecordingFile into its result, or raise the error it carries."""
    raise_for_status("getRecordingFile", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetRecordingFileResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_recording_file(response, body, data)


@with_context
def parse_soap_get_recording_file(response: httpx.Response, body: bytes) -> GetRecordingFileResponse:
    """Turn the SOAP answer to getRecordingFile into its result, or raise its error or fault."""
    raise_for_status("getRecordingFile", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getRecordingFile")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetRecordingFileResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_recording_file(
        response, body, rpc_data_from(scanned, response, body, "getRecordingFile", RPC_ERRORS)
    )


def finish_get_recording_file(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetRecordingFileResponse:
    """The result of getRecordingFile from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getRecordingFile", response, body, data, True):
        return _json.read_get_recording_file_response({}, "$")
    return _json.read_get_recording_file_response(data, "$")


def build_get_recordings(
    *,
    recording: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getRecordings and build its request."""
    problems: Problems = []
    check_scalar(problems, recording, "recording", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getRecordings"),
            ("recording", recording),
        )
    )
    return PreparedRequest("getRecordings", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_recordings(response: httpx.Response, body: bytes) -> GetRecordingsResponse:
    """Turn the answer to getRecordings into its result, or raise the error it carries."""
    raise_for_status("getRecordings", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetRecordingsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_recordings(response, body, data)


@with_context
def parse_soap_get_recordings(response: httpx.Response, body: bytes) -> GetRecordingsResponse:
    """Turn the SOAP answer to getRecordings into its result, or raise its error or fault."""
    raise_for_status("getRecordings", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getRecordings")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetRecordingsResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_recordings(response, body, rpc_data_from(scanned, response, body, "getRecordings", RPC_ERRORS))


def finish_get_recordings(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetRecordingsResponse:
    """The result of getRecordings from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getRecordings", response, body, data, True):
        return _json.read_get_recordings_response({}, "$")
    return _json.read_get_recordings_response(data, "$")


def build_get_registration_status(
    *,
    account: str,
) -> PreparedRequest:
    """Check the arguments of getRegistrationStatus and build its request."""
    problems: Problems = []
    check_scalar(problems, account, "account", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getRegistrationStatus"),
            ("account", account),
        )
    )
    return PreparedRequest("getRegistrationStatus", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_registration_status(response: httpx.Response, body: bytes) -> GetRegistrationStatusResponse:
    """Turn the answer to getRegistrationStatus into its result, or raise the error it carries."""
    raise_for_status("getRegistrationStatus", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetRegistrationStatusResponseEnvelope, ("register_next",))
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_registration_status(response, body, data)


@with_context
def parse_soap_get_registration_status(response: httpx.Response, body: bytes) -> GetRegistrationStatusResponse:
    """Turn the SOAP answer to getRegistrationStatus into its result, or raise its error or fault."""
    raise_for_status("getRegistrationStatus", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getRegistrationStatus")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetRegistrationStatusResponseEnvelope, ("register_next",))
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_registration_status(
        response, body, rpc_data_from(scanned, response, body, "getRegistrationStatus", RPC_ERRORS)
    )


def finish_get_registration_status(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetRegistrationStatusResponse:
    """The result of getRegistrationStatus from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getRegistrationStatus", response, body, data, True):
        return _json.read_get_registration_status_response({}, "$")
    return _json.read_get_registration_status_response(data, "$")


def build_get_report_estimated_hold_time(
    *,
    type: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getReportEstimatedHoldTime and build its request."""
    problems: Problems = []
    check_scalar(problems, type, "type", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getReportEstimatedHoldTime"),
            ("type", type),
        )
    )
    return PreparedRequest("getReportEstimatedHoldTime", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_report_estimated_hold_time(response: httpx.Response, body: bytes) -> GetReportEstimatedHoldTimeResponse:
    """Turn the answer to getReportEstimatedHoldTime into its result, or raise the error it carries."""
    raise_for_status("getReportEstimatedHoldTime", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetReportEstimatedHoldTimeResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_report_estimated_hold_time(response, body, data)


@with_context
def parse_soap_get_report_estimated_hold_time(
    response: httpx.Response, body: bytes
) -> GetReportEstimatedHoldTimeResponse:
    """Turn the SOAP answer to getReportEstimatedHoldTime into its result, or raise its error or fault."""
    raise_for_status("getReportEstimatedHoldTime", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getReportEstimatedHoldTime")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetReportEstimatedHoldTimeResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_report_estimated_hold_time(
        response, body, rpc_data_from(scanned, response, body, "getReportEstimatedHoldTime", RPC_ERRORS)
    )


def finish_get_report_estimated_hold_time(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetReportEstimatedHoldTimeResponse:
    """The result of getReportEstimatedHoldTime from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getReportEstimatedHoldTime", response, body, data, True):
        return _json.read_get_report_estimated_hold_time_response({}, "$")
    return _json.read_get_report_estimated_hold_time_response(data, "$")


def build_get_reseller_balance(
    *,
    client: str,
) -> PreparedRequest:
    """Check the arguments of getResellerBalance and build its request."""
    problems: Problems = []
    check_scalar(problems, client, "client", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getResellerBalance"),
            ("client", client),
        )
    )
    return PreparedRequest("getResellerBalance", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_reseller_balance(response: httpx.Response, body: bytes) -> GetResellerBalanceResponse:
    """Turn the answer to getResellerBalance into its result, or raise the error it carries."""
    raise_for_status("getResellerBalance", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetResellerBalanceResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_reseller_balance(response, body, data)


@with_context
def parse_soap_get_reseller_balance(response: httpx.Response, body: bytes) -> GetResellerBalanceResponse:
    """Turn the SOAP answer to getResellerBalance into its result, or raise its error or fault."""
    raise_for_status("getResellerBalance", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getResellerBalance")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetResellerBalanceResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_reseller_balance(
        response, body, rpc_data_from(scanned, response, body, "getResellerBalance", RPC_ERRORS)
    )


def finish_get_reseller_balance(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetResellerBalanceResponse:
    """The result of getResellerBalance from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getResellerBalance", response, body, data, True):
        return _json.read_get_reseller_balance_response({}, "$")
    return _json.read_get_reseller_balance_response(data, "$")


def build_get_reseller_cdr(
    *,
    date_from: _dt.date,
    date_to: _dt.date,
    client: int,
    answered: bool | None = None,
    noanswer: bool | None = None,
    busy: bool | None = None,
    failed: bool | None = None,
    timezone: Decimal,
    calltype: str | None = None,
    callbilling: str | None = None,
    account: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getResellerCDR and build its request."""
    problems: Problems = []
    check_scalar(problems, date_from, "date_from", "date", required=True)
    check_scalar(problems, date_to, "date_to", "date", required=True)
    check_scalar(problems, client, "client", "integer", required=True)
    check_scalar(problems, answered, "answered", "boolean")
    check_scalar(problems, noanswer, "noanswer", "boolean")
    check_scalar(problems, busy, "busy", "boolean")
    check_scalar(problems, failed, "failed", "boolean")
    check_scalar(problems, timezone, "timezone", "decimal", required=True, minimum=-12, maximum=13)
    check_scalar(problems, calltype, "calltype", "string")
    check_scalar(problems, callbilling, "callbilling", "string")
    check_scalar(problems, account, "account", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getResellerCDR"),
            ("date_from", date_from.strftime("%Y-%m-%d")),
            ("date_to", date_to.strftime("%Y-%m-%d")),
            ("client", str(client)),
            ("answered", (None if answered is None else ("1" if answered else "0"))),
            ("noanswer", (None if noanswer is None else ("1" if noanswer else "0"))),
            ("busy", (None if busy is None else ("1" if busy else "0"))),
            ("failed", (None if failed is None else ("1" if failed else "0"))),
            ("timezone", str(timezone)),
            ("calltype", calltype),
            ("callbilling", callbilling),
            ("account", account),
        )
    )
    return PreparedRequest("getResellerCDR", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_reseller_cdr(response: httpx.Response, body: bytes) -> GetResellerCDRResponse:
    """Turn the answer to getResellerCDR into its result, or raise the error it carries."""
    raise_for_status("getResellerCDR", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetResellerCDRResponseEnvelope, ("date",))
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_reseller_cdr(response, body, data)


@with_context
def parse_soap_get_reseller_cdr(response: httpx.Response, body: bytes) -> GetResellerCDRResponse:
    """Turn the SOAP answer to getResellerCDR into its result, or raise its error or fault."""
    raise_for_status("getResellerCDR", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getResellerCDR")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetResellerCDRResponseEnvelope, ("date",))
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_reseller_cdr(response, body, rpc_data_from(scanned, response, body, "getResellerCDR", RPC_ERRORS))


def finish_get_reseller_cdr(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetResellerCDRResponse:
    """The result of getResellerCDR from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getResellerCDR", response, body, data, True):
        return _json.read_get_reseller_cdr_response({}, "$")
    return _json.read_get_reseller_cdr_response(data, "$")


def build_get_reseller_mms(
    *,
    sms: int | None = None,
    client: int,
    from_: _dt.date | None = None,
    to: _dt.date | None = None,
    type: int | None = None,
    did: str | None = None,
    contact: str | None = None,
    limit: int | None = None,
    timezone: Decimal | None = None,
    all_messages: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of getResellerMMS and build its request."""
    problems: Problems = []
    check_scalar(problems, sms, "sms", "integer")
    check_scalar(problems, client, "client", "integer", required=True)
    check_scalar(problems, from_, "from_", "date")
    check_scalar(problems, to, "to", "date")
    check_scalar(problems, type, "type", "integer", minimum=0, maximum=1)
    check_scalar(problems, did, "did", "string")
    check_scalar(problems, contact, "contact", "string")
    check_scalar(problems, limit, "limit", "integer", minimum=1)
    check_scalar(problems, timezone, "timezone", "decimal", minimum=-12, maximum=13)
    check_scalar(problems, all_messages, "all_messages", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getResellerMMS"),
            ("sms", (None if sms is None else str(sms))),
            ("client", str(client)),
            ("from", (None if from_ is None else from_.strftime("%Y-%m-%d"))),
            ("to", (None if to is None else to.strftime("%Y-%m-%d"))),
            ("type", (None if type is None else str(type))),
            ("did", did),
            ("contact", contact),
            ("limit", (None if limit is None else str(limit))),
            ("timezone", (None if timezone is None else str(timezone))),
            ("all_messages", (None if all_messages is None else ("1" if all_messages else "0"))),
        )
    )
    return PreparedRequest("getResellerMMS", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_reseller_mms(response: httpx.Response, body: bytes) -> GetResellerMMSResponse:
    """Turn the answer to getResellerMMS into its result, or raise the error it carries."""
    raise_for_status("getResellerMMS", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetResellerMMSResponseEnvelope, ("date",))
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_reseller_mms(response, body, data)


@with_context
def parse_soap_get_reseller_mms(response: httpx.Response, body: bytes) -> GetResellerMMSResponse:
    """Turn the SOAP answer to getResellerMMS into its result, or raise its error or fault."""
    raise_for_status("getResellerMMS", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getResellerMMS")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetResellerMMSResponseEnvelope, ("date",))
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_reseller_mms(response, body, rpc_data_from(scanned, response, body, "getResellerMMS", RPC_ERRORS))


def finish_get_reseller_mms(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetResellerMMSResponse:
    """The result of getResellerMMS from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getResellerMMS", response, body, data, True):
        return _json.read_get_reseller_mms_response({}, "$")
    return _json.read_get_reseller_mms_response(data, "$")


def build_get_reseller_sms(
    *,
    sms: int | None = None,
    client: int,
    from_: _dt.date | None = None,
    to: _dt.date | None = None,
    type: int | None = None,
    did: str | None = None,
    contact: str | None = None,
    limit: int | None = None,
    timezone: Decimal | None = None,
    all_messages: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of getResellerSMS and build its request."""
    problems: Problems = []
    check_scalar(problems, sms, "sms", "integer")
    check_scalar(problems, client, "client", "integer", required=True)
    check_scalar(problems, from_, "from_", "date")
    check_scalar(problems, to, "to", "date")
    check_scalar(problems, type, "type", "integer", minimum=0, maximum=1)
    check_scalar(problems, did, "did", "string")
    check_scalar(problems, contact, "contact", "string")
    check_scalar(problems, limit, "limit", "integer", minimum=1)
    check_scalar(problems, timezone, "timezone", "decimal", minimum=-12, maximum=13)
    check_scalar(problems, all_messages, "all_messages", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getResellerSMS"),
            ("sms", (None if sms is None else str(sms))),
            ("client", str(client)),
            ("from", (None if from_ is None else from_.strftime("%Y-%m-%d"))),
            ("to", (None if to is None else to.strftime("%Y-%m-%d"))),
            ("type", (None if type is None else str(type))),
            ("did", did),
            ("contact", contact),
            ("limit", (None if limit is None else str(limit))),
            ("timezone", (None if timezone is None else str(timezone))),
            ("all_messages", (None if all_messages is None else ("1" if all_messages else "0"))),
        )
    )
    return PreparedRequest("getResellerSMS", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_reseller_sms(response: httpx.Response, body: bytes) -> GetResellerSMSResponse:
    """Turn the answer to getResellerSMS into its result, or raise the error it carries."""
    raise_for_status("getResellerSMS", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetResellerSMSResponseEnvelope, ("date",))
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_reseller_sms(response, body, data)


@with_context
def parse_soap_get_reseller_sms(response: httpx.Response, body: bytes) -> GetResellerSMSResponse:
    """Turn the SOAP answer to getResellerSMS into its result, or raise its error or fault."""
    raise_for_status("getResellerSMS", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getResellerSMS")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetResellerSMSResponseEnvelope, ("date",))
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_reseller_sms(response, body, rpc_data_from(scanned, response, body, "getResellerSMS", RPC_ERRORS))


def finish_get_reseller_sms(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetResellerSMSResponse:
    """The result of getResellerSMS from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getResellerSMS", response, body, data, True):
        return _json.read_get_reseller_sms_response({}, "$")
    return _json.read_get_reseller_sms_response(data, "$")


def build_get_ring_groups(
    *,
    ring_group: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getRingGroups and build its request."""
    problems: Problems = []
    check_scalar(problems, ring_group, "ring_group", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getRingGroups"),
            ("ring_group", ring_group),
        )
    )
    return PreparedRequest("getRingGroups", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_ring_groups(response: httpx.Response, body: bytes) -> GetRingGroupsResponse:
    """Turn the answer to getRingGroups into its result, or raise the error it carries."""
    raise_for_status("getRingGroups", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetRingGroupsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_ring_groups(response, body, data)


@with_context
def parse_soap_get_ring_groups(response: httpx.Response, body: bytes) -> GetRingGroupsResponse:
    """Turn the SOAP answer to getRingGroups into its result, or raise its error or fault."""
    raise_for_status("getRingGroups", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getRingGroups")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetRingGroupsResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_ring_groups(response, body, rpc_data_from(scanned, response, body, "getRingGroups", RPC_ERRORS))


def finish_get_ring_groups(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetRingGroupsResponse:
    """The result of getRingGroups from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getRingGroups", response, body, data, True):
        return _json.read_get_ring_groups_response({}, "$")
    return _json.read_get_ring_groups_response(data, "$")


def build_get_ring_strategies(
    *,
    strategy: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getRingStrategies and build its request."""
    problems: Problems = []
    check_scalar(problems, strategy, "strategy", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getRingStrategies"),
            ("strategy", strategy),
        )
    )
    return PreparedRequest("getRingStrategies", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_ring_strategies(response: httpx.Response, body: bytes) -> GetRingStrategiesResponse:
    """Turn the answer to getRingStrategies into its result, or raise the error it carries."""
    raise_for_status("getRingStrategies", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetRingStrategiesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_ring_strategies(response, body, data)


@with_context
def parse_soap_get_ring_strategies(response: httpx.Response, body: bytes) -> GetRingStrategiesResponse:
    """Turn the SOAP answer to getRingStrategies into its result, or raise its error or fault."""
    raise_for_status("getRingStrategies", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getRingStrategies")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetRingStrategiesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_ring_strategies(
        response, body, rpc_data_from(scanned, response, body, "getRingStrategies", RPC_ERRORS)
    )


def finish_get_ring_strategies(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetRingStrategiesResponse:
    """The result of getRingStrategies from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getRingStrategies", response, body, data, True):
        return _json.read_get_ring_strategies_response({}, "$")
    return _json.read_get_ring_strategies_response(data, "$")


def build_get_routes(
    *,
    route: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getRoutes and build its request."""
    problems: Problems = []
    check_scalar(problems, route, "route", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getRoutes"),
            ("route", route),
        )
    )
    return PreparedRequest("getRoutes", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_routes(response: httpx.Response, body: bytes) -> GetRoutesResponse:
    """Turn the answer to getRoutes into its result, or raise the error it carries."""
    raise_for_status("getRoutes", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetRoutesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_routes(response, body, data)


@with_context
def parse_soap_get_routes(response: httpx.Response, body: bytes) -> GetRoutesResponse:
    """Turn the SOAP answer to getRoutes into its result, or raise its error or fault."""
    raise_for_status("getRoutes", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getRoutes")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetRoutesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_routes(response, body, rpc_data_from(scanned, response, body, "getRoutes", RPC_ERRORS))


def finish_get_routes(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetRoutesResponse:
    """The result of getRoutes from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getRoutes", response, body, data, True):
        return _json.read_get_routes_response({}, "$")
    return _json.read_get_routes_response(data, "$")


def build_get_sequences(
    *,
    sequence: int | None = None,
    client: int | None = None,
) -> PreparedRequest:
    """Check the arguments of getSequences and build its request."""
    problems: Problems = []
    check_scalar(problems, sequence, "sequence", "integer")
    check_scalar(problems, client, "client", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getSequences"),
            ("sequence", (None if sequence is None else str(sequence))),
            ("client", (None if client is None else str(client))),
        )
    )
    return PreparedRequest("getSequences", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_sequences(response: httpx.Response, body: bytes) -> GetSequencesResponse:
    """Turn the answer to getSequences into its result, or raise the error it carries."""
    raise_for_status("getSequences", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_sequences(response, body, data)


def finish_get_sequences(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetSequencesResponse:
    """The result of getSequences from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getSequences", response, body, data, True):
        return _json.read_get_sequences_response({}, "$")
    return _json.read_get_sequences_response(data, "$")


def build_get_servers_info(
    *,
    server_pop: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getServersInfo and build its request."""
    problems: Problems = []
    check_scalar(problems, server_pop, "server_pop", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getServersInfo"),
            ("server_pop", server_pop),
        )
    )
    return PreparedRequest("getServersInfo", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_servers_info(response: httpx.Response, body: bytes) -> GetServersInfoResponse:
    """Turn the answer to getServersInfo into its result, or raise the error it carries."""
    raise_for_status("getServersInfo", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetServersInfoResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_servers_info(response, body, data)


@with_context
def parse_soap_get_servers_info(response: httpx.Response, body: bytes) -> GetServersInfoResponse:
    """Turn the SOAP answer to getServersInfo into its result, or raise its error or fault."""
    raise_for_status("getServersInfo", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getServersInfo")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetServersInfoResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_servers_info(response, body, rpc_data_from(scanned, response, body, "getServersInfo", RPC_ERRORS))


def finish_get_servers_info(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetServersInfoResponse:
    """The result of getServersInfo from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getServersInfo", response, body, data, True):
        return _json.read_get_servers_info_response({}, "$")
    return _json.read_get_servers_info_response(data, "$")


def build_get_sipuris(
    *,
    sipuri: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getSIPURIs and build its request."""
    problems: Problems = []
    check_scalar(problems, sipuri, "sipuri", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getSIPURIs"),
            ("sipuri", sipuri),
        )
    )
    return PreparedRequest("getSIPURIs", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_sipuris(response: httpx.Response, body: bytes) -> GetSIPURIsResponse:
    """Turn the answer to getSIPURIs into its result, or raise the error it carries."""
    raise_for_status("getSIPURIs", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetSIPURIsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_sipuris(response, body, data)


@with_context
def parse_soap_get_sipuris(response: httpx.Response, body: bytes) -> GetSIPURIsResponse:
    """Turn the SOAP answer to getSIPURIs into its result, or raise its error or fault."""
    raise_for_status("getSIPURIs", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getSIPURIs")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetSIPURIsResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_sipuris(response, body, rpc_data_from(scanned, response, body, "getSIPURIs", RPC_ERRORS))


def finish_get_sipuris(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetSIPURIsResponse:
    """The result of getSIPURIs from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getSIPURIs", response, body, data, True):
        return _json.read_get_sipuris_response({}, "$")
    return _json.read_get_sipuris_response(data, "$")


def build_get_sms(
    *,
    sms: int | None = None,
    from_: _dt.date | None = None,
    to: _dt.date | None = None,
    type: int | None = None,
    did: str | None = None,
    contact: str | None = None,
    limit: int | None = None,
    timezone: Decimal | None = None,
    all_messages: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of getSMS and build its request."""
    problems: Problems = []
    check_scalar(problems, sms, "sms", "integer")
    check_scalar(problems, from_, "from_", "date")
    check_scalar(problems, to, "to", "date")
    check_scalar(problems, type, "type", "integer", minimum=0, maximum=1)
    check_scalar(problems, did, "did", "string")
    check_scalar(problems, contact, "contact", "string")
    check_scalar(problems, limit, "limit", "integer", minimum=1)
    check_scalar(problems, timezone, "timezone", "decimal", minimum=-12, maximum=13)
    check_scalar(problems, all_messages, "all_messages", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getSMS"),
            ("sms", (None if sms is None else str(sms))),
            ("from", (None if from_ is None else from_.strftime("%Y-%m-%d"))),
            ("to", (None if to is None else to.strftime("%Y-%m-%d"))),
            ("type", (None if type is None else str(type))),
            ("did", did),
            ("contact", contact),
            ("limit", (None if limit is None else str(limit))),
            ("timezone", (None if timezone is None else str(timezone))),
            ("all_messages", (None if all_messages is None else ("1" if all_messages else "0"))),
        )
    )
    return PreparedRequest("getSMS", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_sms(response: httpx.Response, body: bytes) -> GetSMSResponse:
    """Turn the answer to getSMS into its result, or raise the error it carries."""
    raise_for_status("getSMS", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetSMSResponseEnvelope, ("date",))
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_sms(response, body, data)


@with_context
def parse_soap_get_sms(response: httpx.Response, body: bytes) -> GetSMSResponse:
    """Turn the SOAP answer to getSMS into its result, or raise its error or fault."""
    raise_for_status("getSMS", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getSMS")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetSMSResponseEnvelope, ("date",))
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_sms(response, body, rpc_data_from(scanned, response, body, "getSMS", RPC_ERRORS))


def finish_get_sms(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetSMSResponse:
    """The result of getSMS from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getSMS", response, body, data, True):
        return _json.read_get_sms_response({}, "$")
    return _json.read_get_sms_response(data, "$")


def build_get_states() -> PreparedRequest:
    """Check the arguments of getStates and build its request."""
    problems: Problems = []
    raise_problems(problems)
    query = query_pairs((("method", "getStates"),))
    return PreparedRequest("getStates", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_states(response: httpx.Response, body: bytes) -> GetStatesResponse:
    """Turn the answer to getStates into its result, or raise the error it carries."""
    raise_for_status("getStates", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetStatesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_states(response, body, data)


@with_context
def parse_soap_get_states(response: httpx.Response, body: bytes) -> GetStatesResponse:
    """Turn the SOAP answer to getStates into its result, or raise its error or fault."""
    raise_for_status("getStates", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getStates")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetStatesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_states(response, body, rpc_data_from(scanned, response, body, "getStates", RPC_ERRORS))


def finish_get_states(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetStatesResponse:
    """The result of getStates from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getStates", response, body, data, True):
        return _json.read_get_states_response({}, "$")
    return _json.read_get_states_response(data, "$")


def build_get_static_members(
    *,
    queue: str,
    member: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getStaticMembers and build its request."""
    problems: Problems = []
    check_scalar(problems, queue, "queue", "string", required=True)
    check_scalar(problems, member, "member", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getStaticMembers"),
            ("queue", queue),
            ("member", member),
        )
    )
    return PreparedRequest("getStaticMembers", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_static_members(response: httpx.Response, body: bytes) -> GetStaticMembersResponse:
    """Turn the answer to getStaticMembers into its result, or raise the error it carries."""
    raise_for_status("getStaticMembers", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetStaticMembersResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_static_members(response, body, data)


@with_context
def parse_soap_get_static_members(response: httpx.Response, body: bytes) -> GetStaticMembersResponse:
    """Turn the SOAP answer to getStaticMembers into its result, or raise its error or fault."""
    raise_for_status("getStaticMembers", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getStaticMembers")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetStaticMembersResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_static_members(
        response, body, rpc_data_from(scanned, response, body, "getStaticMembers", RPC_ERRORS)
    )


def finish_get_static_members(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetStaticMembersResponse:
    """The result of getStaticMembers from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getStaticMembers", response, body, data, True):
        return _json.read_get_static_members_response({}, "$")
    return _json.read_get_static_members_response(data, "$")


def build_get_sub_accounts(
    *,
    account: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getSubAccounts and build its request."""
    problems: Problems = []
    check_scalar(problems, account, "account", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getSubAccounts"),
            ("account", account),
        )
    )
    return PreparedRequest("getSubAccounts", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_sub_accounts(response: httpx.Response, body: bytes) -> GetSubAccountsResponse:
    """Turn the answer to getSubAccounts into its result, or raise the error it carries."""
    raise_for_status("getSubAccounts", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetSubAccountsResponseEnvelope, ("reseller_nextbilling",))
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_sub_accounts(response, body, data)


@with_context
def parse_soap_get_sub_accounts(response: httpx.Response, body: bytes) -> GetSubAccountsResponse:
    """Turn the SOAP answer to getSubAccounts into its result, or raise its error or fault."""
    raise_for_status("getSubAccounts", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getSubAccounts")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetSubAccountsResponseEnvelope, ("reseller_nextbilling",))
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_sub_accounts(response, body, rpc_data_from(scanned, response, body, "getSubAccounts", RPC_ERRORS))


def finish_get_sub_accounts(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetSubAccountsResponse:
    """The result of getSubAccounts from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getSubAccounts", response, body, data, True):
        return _json.read_get_sub_accounts_response({}, "$")
    return _json.read_get_sub_accounts_response(data, "$")


def build_get_termination_rates(
    *,
    query_: str,
    route: int,
) -> PreparedRequest:
    """Check the arguments of getTerminationRates and build its request."""
    problems: Problems = []
    check_scalar(problems, query_, "query_", "string", required=True)
    check_scalar(problems, route, "route", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getTerminationRates"),
            ("query", query_),
            ("route", str(route)),
        )
    )
    return PreparedRequest("getTerminationRates", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_termination_rates(response: httpx.Response, body: bytes) -> GetTerminationRatesResponse:
    """Turn the answer to getTerminationRates into its result, or raise the error it carries."""
    raise_for_status("getTerminationRates", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetTerminationRatesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_termination_rates(response, body, data)


@with_context
def parse_soap_get_termination_rates(response: httpx.Response, body: bytes) -> GetTerminationRatesResponse:
    """Turn the SOAP answer to getTerminationRates into its result, or raise its error or fault."""
    raise_for_status("getTerminationRates", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getTerminationRates")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetTerminationRatesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_termination_rates(
        response, body, rpc_data_from(scanned, response, body, "getTerminationRates", RPC_ERRORS)
    )


def finish_get_termination_rates(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetTerminationRatesResponse:
    """The result of getTerminationRates from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getTerminationRates", response, body, data, True):
        return _json.read_get_termination_rates_response({}, "$")
    return _json.read_get_termination_rates_response(data, "$")


def build_get_time_conditions(
    *,
    timecondition: int | None = None,
) -> PreparedRequest:
    """Check the arguments of getTimeConditions and build its request."""
    problems: Problems = []
    check_scalar(problems, timecondition, "timecondition", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getTimeConditions"),
            ("timecondition", (None if timecondition is None else str(timecondition))),
        )
    )
    return PreparedRequest("getTimeConditions", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_time_conditions(response: httpx.Response, body: bytes) -> GetTimeConditionsResponse:
    """Turn the answer to getTimeConditions into its result, or raise the error it carries."""
    raise_for_status("getTimeConditions", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetTimeConditionsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_time_conditions(response, body, data)


@with_context
def parse_soap_get_time_conditions(response: httpx.Response, body: bytes) -> GetTimeConditionsResponse:
    """Turn the SOAP answer to getTimeConditions into its result, or raise its error or fault."""
    raise_for_status("getTimeConditions", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getTimeConditions")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetTimeConditionsResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_time_conditions(
        response, body, rpc_data_from(scanned, response, body, "getTimeConditions", RPC_ERRORS)
    )


def finish_get_time_conditions(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetTimeConditionsResponse:
    """The result of getTimeConditions from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getTimeConditions", response, body, data, True):
        return _json.read_get_time_conditions_response({}, "$")
    return _json.read_get_time_conditions_response(data, "$")


def build_get_timezones(
    *,
    timezone: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getTimezones and build its request."""
    problems: Problems = []
    check_scalar(problems, timezone, "timezone", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getTimezones"),
            ("timezone", timezone),
        )
    )
    return PreparedRequest("getTimezones", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_timezones(response: httpx.Response, body: bytes) -> GetTimezonesResponse:
    """Turn the answer to getTimezones into its result, or raise the error it carries."""
    raise_for_status("getTimezones", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetTimezonesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_timezones(response, body, data)


@with_context
def parse_soap_get_timezones(response: httpx.Response, body: bytes) -> GetTimezonesResponse:
    """Turn the SOAP answer to getTimezones into its result, or raise its error or fault."""
    raise_for_status("getTimezones", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getTimezones")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetTimezonesResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_timezones(response, body, rpc_data_from(scanned, response, body, "getTimezones", RPC_ERRORS))


def finish_get_timezones(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetTimezonesResponse:
    """The result of getTimezones from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getTimezones", response, body, data, True):
        return _json.read_get_timezones_response({}, "$")
    return _json.read_get_timezones_response(data, "$")


def build_get_transaction_history(
    *,
    date_from: _dt.date,
    date_to: _dt.date,
) -> PreparedRequest:
    """Check the arguments of getTransactionHistory and build its request."""
    problems: Problems = []
    check_scalar(problems, date_from, "date_from", "date", required=True)
    check_scalar(problems, date_to, "date_to", "date", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getTransactionHistory"),
            ("date_from", date_from.strftime("%Y-%m-%d")),
            ("date_to", date_to.strftime("%Y-%m-%d")),
        )
    )
    return PreparedRequest("getTransactionHistory", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_transaction_history(response: httpx.Response, body: bytes) -> GetTransactionHistoryResponse:
    """Turn the answer to getTransactionHistory into its result, or raise the error it carries."""
    raise_for_status("getTransactionHistory", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetTransactionHistoryResponseEnvelope, ("date",))
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_transaction_history(response, body, data)


@with_context
def parse_soap_get_transaction_history(response: httpx.Response, body: bytes) -> GetTransactionHistoryResponse:
    """Turn the SOAP answer to getTransactionHistory into its result, or raise its error or fault."""
    raise_for_status("getTransactionHistory", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getTransactionHistory")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetTransactionHistoryResponseEnvelope, ("date",))
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_transaction_history(
        response, body, rpc_data_from(scanned, response, body, "getTransactionHistory", RPC_ERRORS)
    )


def finish_get_transaction_history(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetTransactionHistoryResponse:
    """The result of getTransactionHistory from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getTransactionHistory", response, body, data, True):
        return _json.read_get_transaction_history_response({}, "$")
    return _json.read_get_transaction_history_response(data, "$")


def build_get_voicemail_attachment_formats(
    *,
    email_attachment_format: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getVoicemailAttachmentFormats and build its request."""
    problems: Problems = []
    check_scalar(problems, email_attachment_format, "email_attachment_format", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getVoicemailAttachmentFormats"),
            ("email_attachment_format", email_attachment_format),
        )
    )
    return PreparedRequest("getVoicemailAttachmentFormats", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_voicemail_attachment_formats(
    response: httpx.Response, body: bytes
) -> GetVoicemailAttachmentFormatsResponse:
    """Turn the answer to getVoicemailAttachmentFormats into its result, or raise the error it carries."""
    raise_for_status("getVoicemailAttachmentFormats", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetVoicemailAttachmentFormatsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_voicemail_attachment_formats(response, body, data)


@with_context
def parse_soap_get_voicemail_attachment_formats(
    response: httpx.Response, body: bytes
) -> GetVoicemailAttachmentFormatsResponse:
    """Turn the SOAP answer to getVoicemailAttachmentFormats into its result, or raise its error or fault."""
    raise_for_status("getVoicemailAttachmentFormats", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getVoicemailAttachmentFormats")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetVoicemailAttachmentFormatsResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_voicemail_attachment_formats(
        response, body, rpc_data_from(scanned, response, body, "getVoicemailAttachmentFormats", RPC_ERRORS)
    )


def finish_get_voicemail_attachment_formats(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetVoicemailAttachmentFormatsResponse:
    """The result of getVoicemailAttachmentFormats from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getVoicemailAttachmentFormats", response, body, data, True):
        return _json.read_get_voicemail_attachment_formats_response({}, "$")
    return _json.read_get_voicemail_attachment_formats_response(data, "$")


def build_get_voicemail_folders(
    *,
    folder: str | None = None,
    mailbox: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getVoicemailFolders and build its request."""
    problems: Problems = []
    check_scalar(problems, folder, "folder", "string")
    check_scalar(problems, mailbox, "mailbox", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getVoicemailFolders"),
            ("folder", folder),
            ("mailbox", mailbox),
        )
    )
    return PreparedRequest("getVoicemailFolders", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_voicemail_folders(response: httpx.Response, body: bytes) -> GetVoicemailFoldersResponse:
    """Turn the answer to getVoicemailFolders into its result, or raise the error it carries."""
    raise_for_status("getVoicemailFolders", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetVoicemailFoldersResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_voicemail_folders(response, body, data)


@with_context
def parse_soap_get_voicemail_folders(response: httpx.Response, body: bytes) -> GetVoicemailFoldersResponse:
    """Turn the SOAP answer to getVoicemailFolders into its result, or raise its error or fault."""
    raise_for_status("getVoicemailFolders", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getVoicemailFolders")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetVoicemailFoldersResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_voicemail_folders(
        response, body, rpc_data_from(scanned, response, body, "getVoicemailFolders", RPC_ERRORS)
    )


def finish_get_voicemail_folders(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetVoicemailFoldersResponse:
    """The result of getVoicemailFolders from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getVoicemailFolders", response, body, data, True):
        return _json.read_get_voicemail_folders_response({}, "$")
    return _json.read_get_voicemail_folders_response(data, "$")


def build_get_voicemail_message_file(
    *,
    mailbox: str,
    folder: str,
    message_num: int,
    format: VoicemailFileFormat | None = None,
) -> PreparedRequest:
    """Check the arguments of getVoicemailMessageFile and build its request."""
    problems: Problems = []
    check_scalar(problems, mailbox, "mailbox", "string", required=True)
    check_scalar(problems, folder, "folder", "string", required=True)
    check_scalar(problems, message_num, "message_num", "integer", required=True)
    check_scalar(problems, format, "format", "enum", allowed=VOICEMAIL_FILE_FORMAT_VALUES)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getVoicemailMessageFile"),
            ("mailbox", mailbox),
            ("folder", folder),
            ("message_num", str(message_num)),
            ("format", (None if format is None else str(format))),
        )
    )
    return PreparedRequest("getVoicemailMessageFile", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_voicemail_message_file(response: httpx.Response, body: bytes) -> GetVoicemailMessageFileResponse:
    """Turn the answer to getVoicemailMessageFile into its result, or raise the error it carries."""
    raise_for_status("getVoicemailMessageFile", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetVoicemailMessageFileResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_voicemail_message_file(response, body, data)


@with_context
def parse_soap_get_voicemail_message_file(response: httpx.Response, body: bytes) -> GetVoicemailMessageFileResponse:
    """Turn the SOAP answer to getVoicemailMessageFile into its result, or raise its error or fault."""
    raise_for_status("getVoicemailMessageFile", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getVoicemailMessageFile")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetVoicemailMessageFileResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_voicemail_message_file(
        response, body, rpc_data_from(scanned, response, body, "getVoicemailMessageFile", RPC_ERRORS)
    )


def finish_get_voicemail_message_file(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetVoicemailMessageFileResponse:
    """The result of getVoicemailMessageFile from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getVoicemailMessageFile", response, body, data, True):
        return _json.read_get_voicemail_message_file_response({}, "$")
    return _json.read_get_voicemail_message_file_response(data, "$")


def build_get_voicemail_messages(
    *,
    mailbox: str,
    folder: str | None = None,
    date_from: _dt.date | None = None,
    date_to: _dt.date | None = None,
) -> PreparedRequest:
    """Check the arguments of getVoicemailMessages and build its request."""
    problems: Problems = []
    check_scalar(problems, mailbox, "mailbox", "string", required=True)
    check_scalar(problems, folder, "folder", "string")
    check_scalar(problems, date_from, "date_from", "date")
    check_scalar(problems, date_to, "date_to", "date")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getVoicemailMessages"),
            ("mailbox", mailbox),
            ("folder", folder),
            ("date_from", (None if date_from is None else date_from.strftime("%Y-%m-%d"))),
            ("date_to", (None if date_to is None else date_to.strftime("%Y-%m-%d"))),
        )
    )
    return PreparedRequest("getVoicemailMessages", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_voicemail_messages(response: httpx.Response, body: bytes) -> GetVoicemailMessagesResponse:
    """Turn the answer to getVoicemailMessages into its result, or raise the error it carries."""
    raise_for_status("getVoicemailMessages", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetVoicemailMessagesResponseEnvelope, ("date",))
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_voicemail_messages(response, body, data)


@with_context
def parse_soap_get_voicemail_messages(response: httpx.Response, body: bytes) -> GetVoicemailMessagesResponse:
    """Turn the SOAP answer to getVoicemailMessages into its result, or raise its error or fault."""
    raise_for_status("getVoicemailMessages", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getVoicemailMessages")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetVoicemailMessagesResponseEnvelope, ("date",))
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_voicemail_messages(
        response, body, rpc_data_from(scanned, response, body, "getVoicemailMessages", RPC_ERRORS)
    )


def finish_get_voicemail_messages(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetVoicemailMessagesResponse:
    """The result of getVoicemailMessages from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getVoicemailMessages", response, body, data, True):
        return _json.read_get_voicemail_messages_response({}, "$")
    return _json.read_get_voicemail_messages_response(data, "$")


def build_get_voicemails(
    *,
    mailbox: str | None = None,
    client: int | None = None,
) -> PreparedRequest:
    """Check the arguments of getVoicemails and build its request."""
    problems: Problems = []
    check_scalar(problems, mailbox, "mailbox", "string")
    check_scalar(problems, client, "client", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getVoicemails"),
            ("mailbox", mailbox),
            ("client", (None if client is None else str(client))),
        )
    )
    return PreparedRequest("getVoicemails", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_voicemails(response: httpx.Response, body: bytes) -> GetVoicemailsResponse:
    """Turn the answer to getVoicemails into its result, or raise the error it carries."""
    raise_for_status("getVoicemails", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetVoicemailsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_voicemails(response, body, data)


@with_context
def parse_soap_get_voicemails(response: httpx.Response, body: bytes) -> GetVoicemailsResponse:
    """Turn the SOAP answer to getVoicemails into its result, or raise its error or fault."""
    raise_for_status("getVoicemails", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getVoicemails")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetVoicemailsResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_voicemails(response, body, rpc_data_from(scanned, response, body, "getVoicemails", RPC_ERRORS))


def finish_get_voicemails(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetVoicemailsResponse:
    """The result of getVoicemails from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getVoicemails", response, body, data, True):
        return _json.read_get_voicemails_response({}, "$")
    return _json.read_get_voicemails_response(data, "$")


def build_get_voicemail_setups(
    *,
    voicemailsetup: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getVoicemailSetups and build its request."""
    problems: Problems = []
    check_scalar(problems, voicemailsetup, "voicemailsetup", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getVoicemailSetups"),
            ("voicemailsetup", voicemailsetup),
        )
    )
    return PreparedRequest("getVoicemailSetups", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_voicemail_setups(response: httpx.Response, body: bytes) -> GetVoicemailSetupsResponse:
    """Turn the answer to getVoicemailSetups into its result, or raise the error it carries."""
    raise_for_status("getVoicemailSetups", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetVoicemailSetupsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_voicemail_setups(response, body, data)


@with_context
def parse_soap_get_voicemail_setups(response: httpx.Response, body: bytes) -> GetVoicemailSetupsResponse:
    """Turn the SOAP answer to getVoicemailSetups into its result, or raise its error or fault."""
    raise_for_status("getVoicemailSetups", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getVoicemailSetups")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetVoicemailSetupsResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_voicemail_setups(
        response, body, rpc_data_from(scanned, response, body, "getVoicemailSetups", RPC_ERRORS)
    )


def finish_get_voicemail_setups(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetVoicemailSetupsResponse:
    """The result of getVoicemailSetups from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getVoicemailSetups", response, body, data, True):
        return _json.read_get_voicemail_setups_response({}, "$")
    return _json.read_get_voicemail_setups_response(data, "$")


def build_get_voicemail_transcriptions(
    *,
    account: str | None = None,
    mailbox: str,
    date_to: _dt.date,
    date_from: _dt.date,
    folder: str,
) -> PreparedRequest:
    """Check the arguments of getVoicemailTranscriptions and build its request."""
    problems: Problems = []
    check_scalar(problems, account, "account", "string")
    check_scalar(problems, mailbox, "mailbox", "string", required=True)
    check_scalar(problems, date_to, "date_to", "date", required=True)
    check_scalar(problems, date_from, "date_from", "date", required=True)
    check_scalar(problems, folder, "folder", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getVoicemailTranscriptions"),
            ("account", account),
            ("mailbox", mailbox),
            ("date_to", date_to.strftime("%Y-%m-%d")),
            ("date_from", date_from.strftime("%Y-%m-%d")),
            ("folder", folder),
        )
    )
    return PreparedRequest("getVoicemailTranscriptions", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_voicemail_transcriptions(response: httpx.Response, body: bytes) -> GetVoicemailTranscriptionsResponse:
    """Turn the answer to getVoicemailTranscriptions into its result, or raise the error it carries."""
    raise_for_status("getVoicemailTranscriptions", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetVoicemailTranscriptionsResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_voicemail_transcriptions(response, body, data)


@with_context
def parse_soap_get_voicemail_transcriptions(
    response: httpx.Response, body: bytes
) -> GetVoicemailTranscriptionsResponse:
    """Turn the SOAP answer to getVoicemailTranscriptions into its result, or raise its error or fault."""
    raise_for_status("getVoicemailTranscriptions", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getVoicemailTranscriptions")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetVoicemailTranscriptionsResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_voicemail_transcriptions(
        response, body, rpc_data_from(scanned, response, body, "getVoicemailTranscriptions", RPC_ERRORS)
    )


def finish_get_voicemail_transcriptions(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> GetVoicemailTranscriptionsResponse:
    """The result of getVoicemailTranscriptions from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getVoicemailTranscriptions", response, body, data, True):
        return _json.read_get_voicemail_transcriptions_response({}, "$")
    return _json.read_get_voicemail_transcriptions_response(data, "$")


def build_get_vpris(
    *,
    vpri: int,
) -> PreparedRequest:
    """Check the arguments of getVPRIs and build its request."""
    problems: Problems = []
    check_scalar(problems, vpri, "vpri", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "getVPRIs"),
            ("vpri", str(vpri)),
        )
    )
    return PreparedRequest("getVPRIs", "GET", "/api/v1/rest.php", query)


@with_context
def parse_get_vpris(response: httpx.Response, body: bytes) -> GetVPRIsResponse:
    """Turn the answer to getVPRIs into its result, or raise the error it carries."""
    raise_for_status("getVPRIs", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.GetVPRIsResponseEnvelope, ("next_billing",))
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_get_vpris(response, body, data)


@with_context
def parse_soap_get_vpris(response: httpx.Response, body: bytes) -> GetVPRIsResponse:
    """Turn the SOAP answer to getVPRIs into its result, or raise its error or fault."""
    raise_for_status("getVPRIs", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "getVPRIs")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.GetVPRIsResponseEnvelope, ("next_billing",))
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_get_vpris(response, body, rpc_data_from(scanned, response, body, "getVPRIs", RPC_ERRORS))


def finish_get_vpris(response: httpx.Response, body: bytes, data: dict[str, object]) -> GetVPRIsResponse:
    """The result of getVPRIs from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("getVPRIs", response, body, data, True):
        return _json.read_get_vpris_response({}, "$")
    return _json.read_get_vpris_response(data, "$")


def build_mail_fax_message_pdf(
    *,
    id: int,
    email: str,
) -> PreparedRequest:
    """Check the arguments of mailFaxMessagePDF and build its request."""
    problems: Problems = []
    check_scalar(problems, id, "id", "integer", required=True)
    check_scalar(problems, email, "email", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "mailFaxMessagePDF"),
            ("id", str(id)),
            ("email", email),
        )
    )
    return PreparedRequest("mailFaxMessagePDF", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_mail_fax_message_pdf(response: httpx.Response, body: bytes) -> MailFaxMessagePDFResponse:
    """Turn the answer to mailFaxMessagePDF into its result, or raise the error it carries."""
    raise_for_status("mailFaxMessagePDF", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.MailFaxMessagePDFResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_mail_fax_message_pdf(response, body, data)


@with_mutation_context
def parse_soap_mail_fax_message_pdf(response: httpx.Response, body: bytes) -> MailFaxMessagePDFResponse:
    """Turn the SOAP answer to mailFaxMessagePDF into its result, or raise its error or fault."""
    raise_for_status("mailFaxMessagePDF", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "mailFaxMessagePDF")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.MailFaxMessagePDFResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_mail_fax_message_pdf(
        response, body, rpc_data_from(scanned, response, body, "mailFaxMessagePDF", RPC_ERRORS)
    )


def finish_mail_fax_message_pdf(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> MailFaxMessagePDFResponse:
    """The result of mailFaxMessagePDF from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("mailFaxMessagePDF", response, body, data, False):
        return _json.read_mail_fax_message_pdf_response({}, "$")
    return _json.read_mail_fax_message_pdf_response(data, "$")


def build_mark_listened_voicemail_message(
    *,
    mailbox: str,
    folder: str,
    message_num: int,
    listened: YesNo,
) -> PreparedRequest:
    """Check the arguments of markListenedVoicemailMessage and build its request."""
    problems: Problems = []
    check_scalar(problems, mailbox, "mailbox", "string", required=True)
    check_scalar(problems, folder, "folder", "string", required=True)
    check_scalar(problems, message_num, "message_num", "integer", required=True)
    check_scalar(problems, listened, "listened", "enum", allowed=YES_NO_VALUES, required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "markListenedVoicemailMessage"),
            ("mailbox", mailbox),
            ("folder", folder),
            ("message_num", str(message_num)),
            ("listened", str(listened)),
        )
    )
    return PreparedRequest("markListenedVoicemailMessage", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_mark_listened_voicemail_message(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to markListenedVoicemailMessage into its result, or raise the error it carries."""
    raise_for_status("markListenedVoicemailMessage", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_mark_listened_voicemail_message(response, body, data)


@with_mutation_context
def parse_soap_mark_listened_voicemail_message(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to markListenedVoicemailMessage into its result, or raise its error or fault."""
    raise_for_status("markListenedVoicemailMessage", response, body, (200,), RPC_ERRORS)
    return finish_mark_listened_voicemail_message(
        response, body, rpc_data(response, body, "markListenedVoicemailMessage", RPC_ERRORS)
    )


def finish_mark_listened_voicemail_message(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of markListenedVoicemailMessage from its answer's data, whichever transport brought it."""
    ERRORS.check_status("markListenedVoicemailMessage", response, body, data, False)
    return None


def build_mark_urgent_voicemail_message(
    *,
    mailbox: str,
    folder: str,
    message_num: int,
    urgent: YesNo,
) -> PreparedRequest:
    """Check the arguments of markUrgentVoicemailMessage and build its request."""
    problems: Problems = []
    check_scalar(problems, mailbox, "mailbox", "string", required=True)
    check_scalar(problems, folder, "folder", "string", required=True)
    check_scalar(problems, message_num, "message_num", "integer", required=True)
    check_scalar(problems, urgent, "urgent", "enum", allowed=YES_NO_VALUES, required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "markUrgentVoicemailMessage"),
            ("mailbox", mailbox),
            ("folder", folder),
            ("message_num", str(message_num)),
            ("urgent", str(urgent)),
        )
    )
    return PreparedRequest("markUrgentVoicemailMessage", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_mark_urgent_voicemail_message(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to markUrgentVoicemailMessage into its result, or raise the error it carries."""
    raise_for_status("markUrgentVoicemailMessage", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_mark_urgent_voicemail_message(response, body, data)


@with_mutation_context
def parse_soap_mark_urgent_voicemail_message(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to markUrgentVoicemailMessage into its result, or raise its error or fault."""
    raise_for_status("markUrgentVoicemailMessage", response, body, (200,), RPC_ERRORS)
    return finish_mark_urgent_voicemail_message(
        response, body, rpc_data(response, body, "markUrgentVoicemailMessage", RPC_ERRORS)
    )


def finish_mark_urgent_voicemail_message(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of markUrgentVoicemailMessage from its answer's data, whichever transport brought it."""
    ERRORS.check_status("markUrgentVoicemailMessage", response, body, data, False)
    return None


def build_move_fax_message(
    *,
    fax_id: int,
    folder_id: int,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of moveFaxMessage and build its request."""
    problems: Problems = []
    check_scalar(problems, fax_id, "fax_id", "integer", required=True)
    check_scalar(problems, folder_id, "folder_id", "integer", required=True)
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "moveFaxMessage"),
            ("fax_id", str(fax_id)),
            ("folder_id", str(folder_id)),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("moveFaxMessage", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_move_fax_message(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to moveFaxMessage into its result, or raise the error it carries."""
    raise_for_status("moveFaxMessage", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_move_fax_message(response, body, data)


@with_mutation_context
def parse_soap_move_fax_message(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to moveFaxMessage into its result, or raise its error or fault."""
    raise_for_status("moveFaxMessage", response, body, (200,), RPC_ERRORS)
    return finish_move_fax_message(response, body, rpc_data(response, body, "moveFaxMessage", RPC_ERRORS))


def finish_move_fax_message(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of moveFaxMessage from its answer's data, whichever transport brought it."""
    ERRORS.check_status("moveFaxMessage", response, body, data, False)
    return None


def build_move_folder_voicemail_message(
    *,
    mailbox: str,
    folder: str,
    message_num: int,
    new_folder: str,
) -> PreparedRequest:
    """Check the arguments of moveFolderVoicemailMessage and build its request."""
    problems: Problems = []
    check_scalar(problems, mailbox, "mailbox", "string", required=True)
    check_scalar(problems, folder, "folder", "string", required=True)
    check_scalar(problems, message_num, "message_num", "integer", required=True)
    check_scalar(problems, new_folder, "new_folder", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "moveFolderVoicemailMessage"),
            ("mailbox", mailbox),
            ("folder", folder),
            ("message_num", str(message_num)),
            ("new_folder", new_folder),
        )
    )
    return PreparedRequest("moveFolderVoicemailMessage", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_move_folder_voicemail_message(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to moveFolderVoicemailMessage into its result, or raise the error it carries."""
    raise_for_status("moveFolderVoicemailMessage", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_move_folder_voicemail_message(response, body, data)


@with_mutation_context
def parse_soap_move_folder_voicemail_message(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to moveFolderVoicemailMessage into its result, or raise its error or fault."""
    raise_for_status("moveFolderVoicemailMessage", response, body, (200,), RPC_ERRORS)
    return finish_move_folder_voicemail_message(
        response, body, rpc_data(response, body, "moveFolderVoicemailMessage", RPC_ERRORS)
    )


def finish_move_folder_voicemail_message(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of moveFolderVoicemailMessage from its answer's data, whichever transport brought it."""
    ERRORS.check_status("moveFolderVoicemailMessage", response, body, data, False)
    return None


def build_order_did(
    *,
    did: str,
    routing: str,
    failover_busy: str | None = None,
    failover_unreachable: str | None = None,
    failover_noanswer: str | None = None,
    voicemail: str | None = None,
    pop: int,
    dialtime: int,
    cnam: bool,
    callerid_prefix: str | None = None,
    note: str | None = None,
    billing_type: int,
    account: str | None = None,
    monthly: str | None = None,
    setup: str | None = None,
    minute: str | None = None,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of orderDID and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, routing, "routing", "string", required=True)
    check_scalar(problems, failover_busy, "failover_busy", "string")
    check_scalar(problems, failover_unreachable, "failover_unreachable", "string")
    check_scalar(problems, failover_noanswer, "failover_noanswer", "string")
    check_scalar(problems, voicemail, "voicemail", "string")
    check_scalar(problems, pop, "pop", "integer", required=True)
    check_scalar(problems, dialtime, "dialtime", "integer", required=True)
    check_scalar(problems, cnam, "cnam", "boolean", required=True)
    check_scalar(problems, callerid_prefix, "callerid_prefix", "string")
    check_scalar(problems, note, "note", "string")
    check_scalar(problems, billing_type, "billing_type", "integer", required=True, minimum=1, maximum=2)
    check_scalar(problems, account, "account", "string")
    check_scalar(problems, monthly, "monthly", "string")
    check_scalar(problems, setup, "setup", "string")
    check_scalar(problems, minute, "minute", "string")
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "orderDID"),
            ("did", did),
            ("routing", routing),
            ("failover_busy", failover_busy),
            ("failover_unreachable", failover_unreachable),
            ("failover_noanswer", failover_noanswer),
            ("voicemail", voicemail),
            ("pop", str(pop)),
            ("dialtime", str(dialtime)),
            ("cnam", ("1" if cnam else "0")),
            ("callerid_prefix", callerid_prefix),
            ("note", note),
            ("billing_type", str(billing_type)),
            ("account", account),
            ("monthly", monthly),
            ("setup", setup),
            ("minute", minute),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("orderDID", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_order_did(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to orderDID into its result, or raise the error it carries."""
    raise_for_status("orderDID", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_order_did(response, body, data)


@with_mutation_context
def parse_soap_order_did(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to orderDID into its result, or raise its error or fault."""
    raise_for_status("orderDID", response, body, (200,), RPC_ERRORS)
    return finish_order_did(response, body, rpc_data(response, body, "orderDID", RPC_ERRORS))


def finish_order_did(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of orderDID from its answer's data, whichever transport brought it."""
    ERRORS.check_status("orderDID", response, body, data, False)
    return None


def build_order_did_international_geographic(
    *,
    location_id: str,
    quantity: int,
    routing: str,
    failover_busy: str | None = None,
    failover_unreachable: str | None = None,
    failover_noanswer: str | None = None,
    voicemail: str | None = None,
    pop: int,
    dialtime: int,
    cnam: bool,
    callerid_prefix: str | None = None,
    billing_type: int,
    note: str | None = None,
    account: str | None = None,
    monthly: str | None = None,
    setup: str | None = None,
    minute: str | None = None,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of orderDIDInternationalGeographic and build its request."""
    problems: Problems = []
    check_scalar(problems, location_id, "location_id", "string", required=True)
    check_scalar(problems, quantity, "quantity", "integer", required=True, minimum=1)
    check_scalar(problems, routing, "routing", "string", required=True)
    check_scalar(problems, failover_busy, "failover_busy", "string")
    check_scalar(problems, failover_unreachable, "failover_unreachable", "string")
    check_scalar(problems, failover_noanswer, "failover_noanswer", "string")
    check_scalar(problems, voicemail, "voicemail", "string")
    check_scalar(problems, pop, "pop", "integer", required=True)
    check_scalar(problems, dialtime, "dialtime", "integer", required=True)
    check_scalar(problems, cnam, "cnam", "boolean", required=True)
    check_scalar(problems, callerid_prefix, "callerid_prefix", "string")
    check_scalar(problems, billing_type, "billing_type", "integer", required=True, minimum=1, maximum=2)
    check_scalar(problems, note, "note", "string")
    check_scalar(problems, account, "account", "string")
    check_scalar(problems, monthly, "monthly", "string")
    check_scalar(problems, setup, "setup", "string")
    check_scalar(problems, minute, "minute", "string")
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "orderDIDInternationalGeographic"),
            ("location_id", location_id),
            ("quantity", str(quantity)),
            ("routing", routing),
            ("failover_busy", failover_busy),
            ("failover_unreachable", failover_unreachable),
            ("failover_noanswer", failover_noanswer),
            ("voicemail", voicemail),
            ("pop", str(pop)),
            ("dialtime", str(dialtime)),
            ("cnam", ("1" if cnam else "0")),
            ("callerid_prefix", callerid_prefix),
            ("billing_type", str(billing_type)),
            ("note", note),
            ("account", account),
            ("monthly", monthly),
            ("setup", setup),
            ("minute", minute),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("orderDIDInternationalGeographic", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_order_did_international_geographic(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to orderDIDInternationalGeographic into its result, or raise the error it carries."""
    raise_for_status("orderDIDInternationalGeographic", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_order_did_international_geographic(response, body, data)


@with_mutation_context
def parse_soap_order_did_international_geographic(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to orderDIDInternationalGeographic into its result, or raise its error or fault."""
    raise_for_status("orderDIDInternationalGeographic", response, body, (200,), RPC_ERRORS)
    return finish_order_did_international_geographic(
        response, body, rpc_data(response, body, "orderDIDInternationalGeographic", RPC_ERRORS)
    )


def finish_order_did_international_geographic(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of orderDIDInternationalGeographic from its answer's data, whichever transport brought it."""
    ERRORS.check_status("orderDIDInternationalGeographic", response, body, data, False)
    return None


def build_order_did_international_national(
    *,
    location_id: str,
    quantity: int,
    routing: str,
    failover_busy: str | None = None,
    failover_unreachable: str | None = None,
    failover_noanswer: str | None = None,
    voicemail: str | None = None,
    pop: int,
    dialtime: int,
    cnam: bool,
    callerid_prefix: str | None = None,
    billing_type: int,
    note: str | None = None,
    account: str | None = None,
    monthly: str | None = None,
    setup: str | None = None,
    minute: str | None = None,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of orderDIDInternationalNational and build its request."""
    problems: Problems = []
    check_scalar(problems, location_id, "location_id", "string", required=True)
    check_scalar(problems, quantity, "quantity", "integer", required=True, minimum=1)
    check_scalar(problems, routing, "routing", "string", required=True)
    check_scalar(problems, failover_busy, "failover_busy", "string")
    check_scalar(problems, failover_unreachable, "failover_unreachable", "string")
    check_scalar(problems, failover_noanswer, "failover_noanswer", "string")
    check_scalar(problems, voicemail, "voicemail", "string")
    check_scalar(problems, pop, "pop", "integer", required=True)
    check_scalar(problems, dialtime, "dialtime", "integer", required=True)
    check_scalar(problems, cnam, "cnam", "boolean", required=True)
    check_scalar(problems, callerid_prefix, "callerid_prefix", "string")
    check_scalar(problems, billing_type, "billing_type", "integer", required=True, minimum=1, maximum=2)
    check_scalar(problems, note, "note", "string")
    check_scalar(problems, account, "account", "string")
    check_scalar(problems, monthly, "monthly", "string")
    check_scalar(problems, setup, "setup", "string")
    check_scalar(problems, minute, "minute", "string")
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "orderDIDInternationalNational"),
            ("location_id", location_id),
            ("quantity", str(quantity)),
            ("routing", routing),
            ("failover_busy", failover_busy),
            ("failover_unreachable", failover_unreachable),
            ("failover_noanswer", failover_noanswer),
            ("voicemail", voicemail),
            ("pop", str(pop)),
            ("dialtime", str(dialtime)),
            ("cnam", ("1" if cnam else "0")),
            ("callerid_prefix", callerid_prefix),
            ("billing_type", str(billing_type)),
            ("note", note),
            ("account", account),
            ("monthly", monthly),
            ("setup", setup),
            ("minute", minute),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("orderDIDInternationalNational", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_order_did_international_national(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to orderDIDInternationalNational into its result, or raise the error it carries."""
    raise_for_status("orderDIDInternationalNational", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_order_did_international_national(response, body, data)


@with_mutation_context
def parse_soap_order_did_international_national(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to orderDIDInternationalNational into its result, or raise its error or fault."""
    raise_for_status("orderDIDInternationalNational", response, body, (200,), RPC_ERRORS)
    return finish_order_did_international_national(
        response, body, rpc_data(response, body, "orderDIDInternationalNational", RPC_ERRORS)
    )


def finish_order_did_international_national(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of orderDIDInternationalNational from its answer's data, whichever transport brought it."""
    ERRORS.check_status("orderDIDInternationalNational", response, body, data, False)
    return None


def build_order_did_international_toll_free(
    *,
    location_id: str,
    quantity: int,
    routing: str,
    failover_busy: str | None = None,
    failover_unreachable: str | None = None,
    failover_noanswer: str | None = None,
    voicemail: str | None = None,
    pop: int,
    dialtime: int,
    cnam: bool,
    callerid_prefix: str | None = None,
    note: str | None = None,
    account: str | None = None,
    monthly: str | None = None,
    setup: str | None = None,
    minute: str | None = None,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of orderDIDInternationalTollFree and build its request."""
    problems: Problems = []
    check_scalar(problems, location_id, "location_id", "string", required=True)
    check_scalar(problems, quantity, "quantity", "integer", required=True, minimum=1)
    check_scalar(problems, routing, "routing", "string", required=True)
    check_scalar(problems, failover_busy, "failover_busy", "string")
    check_scalar(problems, failover_unreachable, "failover_unreachable", "string")
    check_scalar(problems, failover_noanswer, "failover_noanswer", "string")
    check_scalar(problems, voicemail, "voicemail", "string")
    check_scalar(problems, pop, "pop", "integer", required=True)
    check_scalar(problems, dialtime, "dialtime", "integer", required=True)
    check_scalar(problems, cnam, "cnam", "boolean", required=True)
    check_scalar(problems, callerid_prefix, "callerid_prefix", "string")
    check_scalar(problems, note, "note", "string")
    check_scalar(problems, account, "account", "string")
    check_scalar(problems, monthly, "monthly", "string")
    check_scalar(problems, setup, "setup", "string")
    check_scalar(problems, minute, "minute", "string")
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "orderDIDInternationalTollFree"),
            ("location_id", location_id),
            ("quantity", str(quantity)),
            ("routing", routing),
            ("failover_busy", failover_busy),
            ("failover_unreachable", failover_unreachable),
            ("failover_noanswer", failover_noanswer),
            ("voicemail", voicemail),
            ("pop", str(pop)),
            ("dialtime", str(dialtime)),
            ("cnam", ("1" if cnam else "0")),
            ("callerid_prefix", callerid_prefix),
            ("note", note),
            ("account", account),
            ("monthly", monthly),
            ("setup", setup),
            ("minute", minute),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("orderDIDInternationalTollFree", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_order_did_international_toll_free(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to orderDIDInternationalTollFree into its result, or raise the error it carries."""
    raise_for_status("orderDIDInternationalTollFree", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_order_did_international_toll_free(response, body, data)


@with_mutation_context
def parse_soap_order_did_international_toll_free(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to orderDIDInternationalTollFree into its result, or raise its error or fault."""
    raise_for_status("orderDIDInternationalTollFree", response, body, (200,), RPC_ERRORS)
    return finish_order_did_international_toll_free(
        response, body, rpc_data(response, body, "orderDIDInternationalTollFree", RPC_ERRORS)
    )


def finish_order_did_international_toll_free(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of orderDIDInternationalTollFree from its answer's data, whichever transport brought it."""
    ERRORS.check_status("orderDIDInternationalTollFree", response, body, data, False)
    return None


def build_order_did_virtual(
    *,
    digits: str,
    routing: str,
    failover_busy: str | None = None,
    failover_unreachable: str | None = None,
    failover_noanswer: str | None = None,
    voicemail: str | None = None,
    pop: int,
    dialtime: int,
    cnam: bool,
    callerid_prefix: str | None = None,
    note: str | None = None,
    account: str | None = None,
    monthly: str | None = None,
    setup: str | None = None,
    minute: str | None = None,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of orderDIDVirtual and build its request."""
    problems: Problems = []
    check_scalar(problems, digits, "digits", "string", required=True, pattern=_RE_830D595766)
    check_scalar(problems, routing, "routing", "string", required=True)
    check_scalar(problems, failover_busy, "failover_busy", "string")
    check_scalar(problems, failover_unreachable, "failover_unreachable", "string")
    check_scalar(problems, failover_noanswer, "failover_noanswer", "string")
    check_scalar(problems, voicemail, "voicemail", "string")
    check_scalar(problems, pop, "pop", "integer", required=True)
    check_scalar(problems, dialtime, "dialtime", "integer", required=True)
    check_scalar(problems, cnam, "cnam", "boolean", required=True)
    check_scalar(problems, callerid_prefix, "callerid_prefix", "string")
    check_scalar(problems, note, "note", "string")
    check_scalar(problems, account, "account", "string")
    check_scalar(problems, monthly, "monthly", "string")
    check_scalar(problems, setup, "setup", "string")
    check_scalar(problems, minute, "minute", "string")
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "orderDIDVirtual"),
            ("digits", digits),
            ("routing", routing),
            ("failover_busy", failover_busy),
            ("failover_unreachable", failover_unreachable),
            ("failover_noanswer", failover_noanswer),
            ("voicemail", voicemail),
            ("pop", str(pop)),
            ("dialtime", str(dialtime)),
            ("cnam", ("1" if cnam else "0")),
            ("callerid_prefix", callerid_prefix),
            ("note", note),
            ("account", account),
            ("monthly", monthly),
            ("setup", setup),
            ("minute", minute),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("orderDIDVirtual", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_order_did_virtual(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to orderDIDVirtual into its result, or raise the error it carries."""
    raise_for_status("orderDIDVirtual", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_order_did_virtual(response, body, data)


@with_mutation_context
def parse_soap_order_did_virtual(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to orderDIDVirtual into its result, or raise its error or fault."""
    raise_for_status("orderDIDVirtual", response, body, (200,), RPC_ERRORS)
    return finish_order_did_virtual(response, body, rpc_data(response, body, "orderDIDVirtual", RPC_ERRORS))


def finish_order_did_virtual(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of orderDIDVirtual from its answer's data, whichever transport brought it."""
    ERRORS.check_status("orderDIDVirtual", response, body, data, False)
    return None


def build_order_fax_number(
    *,
    location: int,
    quantity: int,
    email: str | None = None,
    email_enable: bool | None = None,
    email_attach_file: bool | None = None,
    url_callback: str | None = None,
    url_callback_enable: bool | None = None,
    url_callback_retry: bool | None = None,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of orderFaxNumber and build its request."""
    problems: Problems = []
    check_scalar(problems, location, "location", "integer", required=True)
    check_scalar(problems, quantity, "quantity", "integer", required=True, minimum=1)
    check_scalar(problems, email, "email", "string")
    check_scalar(problems, email_enable, "email_enable", "boolean")
    check_scalar(problems, email_attach_file, "email_attach_file", "boolean")
    check_scalar(problems, url_callback, "url_callback", "string")
    check_scalar(problems, url_callback_enable, "url_callback_enable", "boolean")
    check_scalar(problems, url_callback_retry, "url_callback_retry", "boolean")
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "orderFaxNumber"),
            ("location", str(location)),
            ("quantity", str(quantity)),
            ("email", email),
            ("email_enable", (None if email_enable is None else ("1" if email_enable else "0"))),
            ("email_attach_file", (None if email_attach_file is None else ("1" if email_attach_file else "0"))),
            ("url_callback", url_callback),
            ("url_callback_enable", (None if url_callback_enable is None else ("1" if url_callback_enable else "0"))),
            ("url_callback_retry", (None if url_callback_retry is None else ("1" if url_callback_retry else "0"))),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("orderFaxNumber", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_order_fax_number(response: httpx.Response, body: bytes) -> OrderFaxNumberResponse:
    """Turn the answer to orderFaxNumber into its result, or raise the error it carries."""
    raise_for_status("orderFaxNumber", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.OrderFaxNumberResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_order_fax_number(response, body, data)


@with_mutation_context
def parse_soap_order_fax_number(response: httpx.Response, body: bytes) -> OrderFaxNumberResponse:
    """Turn the SOAP answer to orderFaxNumber into its result, or raise its error or fault."""
    raise_for_status("orderFaxNumber", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "orderFaxNumber")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.OrderFaxNumberResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_order_fax_number(response, body, rpc_data_from(scanned, response, body, "orderFaxNumber", RPC_ERRORS))


def finish_order_fax_number(response: httpx.Response, body: bytes, data: dict[str, object]) -> OrderFaxNumberResponse:
    """The result of orderFaxNumber from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("orderFaxNumber", response, body, data, False):
        return _json.read_order_fax_number_response({}, "$")
    return _json.read_order_fax_number_response(data, "$")


def build_order_toll_free(
    *,
    did: str,
    routing: str,
    failover_busy: str | None = None,
    failover_unreachable: str | None = None,
    failover_noanswer: str | None = None,
    voicemail: str | None = None,
    pop: int,
    dialtime: int,
    cnam: bool,
    callerid_prefix: str | None = None,
    note: str | None = None,
    account: str | None = None,
    monthly: str | None = None,
    setup: str | None = None,
    minute: str | None = None,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of orderTollFree and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, routing, "routing", "string", required=True)
    check_scalar(problems, failover_busy, "failover_busy", "string")
    check_scalar(problems, failover_unreachable, "failover_unreachable", "string")
    check_scalar(problems, failover_noanswer, "failover_noanswer", "string")
    check_scalar(problems, voicemail, "voicemail", "string")
    check_scalar(problems, pop, "pop", "integer", required=True)
    check_scalar(problems, dialtime, "dialtime", "integer", required=True)
    check_scalar(problems, cnam, "cnam", "boolean", required=True)
    check_scalar(problems, callerid_prefix, "callerid_prefix", "string")
    check_scalar(problems, note, "note", "string")
    check_scalar(problems, account, "account", "string")
    check_scalar(problems, monthly, "monthly", "string")
    check_scalar(problems, setup, "setup", "string")
    check_scalar(problems, minute, "minute", "string")
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "orderTollFree"),
            ("did", did),
            ("routing", routing),
            ("failover_busy", failover_busy),
            ("failover_unreachable", failover_unreachable),
            ("failover_noanswer", failover_noanswer),
            ("voicemail", voicemail),
            ("pop", str(pop)),
            ("dialtime", str(dialtime)),
            ("cnam", ("1" if cnam else "0")),
            ("callerid_prefix", callerid_prefix),
            ("note", note),
            ("account", account),
            ("monthly", monthly),
            ("setup", setup),
            ("minute", minute),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("orderTollFree", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_order_toll_free(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to orderTollFree into its result, or raise the error it carries."""
    raise_for_status("orderTollFree", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_order_toll_free(response, body, data)


@with_mutation_context
def parse_soap_order_toll_free(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to orderTollFree into its result, or raise its error or fault."""
    raise_for_status("orderTollFree", response, body, (200,), RPC_ERRORS)
    return finish_order_toll_free(response, body, rpc_data(response, body, "orderTollFree", RPC_ERRORS))


def finish_order_toll_free(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of orderTollFree from its answer's data, whichever transport brought it."""
    ERRORS.check_status("orderTollFree", response, body, data, False)
    return None


def build_order_vanity(
    *,
    did: str,
    routing: str,
    failover_busy: str | None = None,
    failover_unreachable: str | None = None,
    failover_noanswer: str | None = None,
    voicemail: str | None = None,
    pop: int,
    dialtime: int,
    cnam: bool,
    callerid_prefix: str | None = None,
    note: str | None = None,
    carrier: int,
    account: str | None = None,
    monthly: str | None = None,
    setup: str | None = None,
    minute: str | None = None,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of orderVanity and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, routing, "routing", "string", required=True)
    check_scalar(problems, failover_busy, "failover_busy", "string")
    check_scalar(problems, failover_unreachable, "failover_unreachable", "string")
    check_scalar(problems, failover_noanswer, "failover_noanswer", "string")
    check_scalar(problems, voicemail, "voicemail", "string")
    check_scalar(problems, pop, "pop", "integer", required=True)
    check_scalar(problems, dialtime, "dialtime", "integer", required=True)
    check_scalar(problems, cnam, "cnam", "boolean", required=True)
    check_scalar(problems, callerid_prefix, "callerid_prefix", "string")
    check_scalar(problems, note, "note", "string")
    check_scalar(problems, carrier, "carrier", "integer", required=True)
    check_scalar(problems, account, "account", "string")
    check_scalar(problems, monthly, "monthly", "string")
    check_scalar(problems, setup, "setup", "string")
    check_scalar(problems, minute, "minute", "string")
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "orderVanity"),
            ("did", did),
            ("routing", routing),
            ("failover_busy", failover_busy),
            ("failover_unreachable", failover_unreachable),
            ("failover_noanswer", failover_noanswer),
            ("voicemail", voicemail),
            ("pop", str(pop)),
            ("dialtime", str(dialtime)),
            ("cnam", ("1" if cnam else "0")),
            ("callerid_prefix", callerid_prefix),
            ("note", note),
            ("carrier", str(carrier)),
            ("account", account),
            ("monthly", monthly),
            ("setup", setup),
            ("minute", minute),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("orderVanity", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_order_vanity(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to orderVanity into its result, or raise the error it carries."""
    raise_for_status("orderVanity", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_order_vanity(response, body, data)


@with_mutation_context
def parse_soap_order_vanity(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to orderVanity into its result, or raise its error or fault."""
    raise_for_status("orderVanity", response, body, (200,), RPC_ERRORS)
    return finish_order_vanity(response, body, rpc_data(response, body, "orderVanity", RPC_ERRORS))


def finish_order_vanity(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of orderVanity from its answer's data, whichever transport brought it."""
    ERRORS.check_status("orderVanity", response, body, data, False)
    return None


def build_remove_did_vpri(
    *,
    vpri: int | None = None,
    did: str,
) -> PreparedRequest:
    """Check the arguments of removeDIDvPRI and build its request."""
    problems: Problems = []
    check_scalar(problems, vpri, "vpri", "integer")
    check_scalar(problems, did, "did", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "removeDIDvPRI"),
            ("vpri", (None if vpri is None else str(vpri))),
            ("did", did),
        )
    )
    return PreparedRequest("removeDIDvPRI", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_remove_did_vpri(response: httpx.Response, body: bytes) -> RemoveDIDvPRIResponse:
    """Turn the answer to removeDIDvPRI into its result, or raise the error it carries."""
    raise_for_status("removeDIDvPRI", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_remove_did_vpri(response, body, data)


@with_mutation_context
def parse_soap_remove_did_vpri(response: httpx.Response, body: bytes) -> RemoveDIDvPRIResponse:
    """Turn the SOAP answer to removeDIDvPRI into its result, or raise its error or fault."""
    raise_for_status("removeDIDvPRI", response, body, (200,), RPC_ERRORS)
    return finish_remove_did_vpri(response, body, rpc_data(response, body, "removeDIDvPRI", RPC_ERRORS))


def finish_remove_did_vpri(response: httpx.Response, body: bytes, data: dict[str, object]) -> RemoveDIDvPRIResponse:
    """The result of removeDIDvPRI from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("removeDIDvPRI", response, body, data, False):
        return _json.read_remove_did_vpri_response({}, "$")
    return _json.read_remove_did_vpri_response(data, "$")


def build_search_dids_can(
    *,
    province: str | None = None,
    type: SearchType,
    query_: str,
) -> PreparedRequest:
    """Check the arguments of searchDIDsCAN and build its request."""
    problems: Problems = []
    check_scalar(problems, province, "province", "string")
    check_scalar(problems, type, "type", "enum", allowed=SEARCH_TYPE_VALUES, required=True)
    check_scalar(problems, query_, "query_", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "searchDIDsCAN"),
            ("province", province),
            ("type", str(type)),
            ("query", query_),
        )
    )
    return PreparedRequest("searchDIDsCAN", "GET", "/api/v1/rest.php", query)


@with_context
def parse_search_dids_can(response: httpx.Response, body: bytes) -> SearchDIDsCANResponse:
    """Turn the answer to searchDIDsCAN into its result, or raise the error it carries."""
    raise_for_status("searchDIDsCAN", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SearchDIDsCANResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_search_dids_can(response, body, data)


@with_context
def parse_soap_search_dids_can(response: httpx.Response, body: bytes) -> SearchDIDsCANResponse:
    """Turn the SOAP answer to searchDIDsCAN into its result, or raise its error or fault."""
    raise_for_status("searchDIDsCAN", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "searchDIDsCAN")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SearchDIDsCANResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_search_dids_can(response, body, rpc_data_from(scanned, response, body, "searchDIDsCAN", RPC_ERRORS))


def finish_search_dids_can(response: httpx.Response, body: bytes, data: dict[str, object]) -> SearchDIDsCANResponse:
    """The result of searchDIDsCAN from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("searchDIDsCAN", response, body, data, True):
        return _json.read_search_dids_can_response({}, "$")
    return _json.read_search_dids_can_response(data, "$")


def build_search_dids_usa(
    *,
    state: str | None = None,
    type: SearchType,
    query_: str,
) -> PreparedRequest:
    """Check the arguments of searchDIDsUSA and build its request."""
    problems: Problems = []
    check_scalar(problems, state, "state", "string")
    check_scalar(problems, type, "type", "enum", allowed=SEARCH_TYPE_VALUES, required=True)
    check_scalar(problems, query_, "query_", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "searchDIDsUSA"),
            ("state", state),
            ("type", str(type)),
            ("query", query_),
        )
    )
    return PreparedRequest("searchDIDsUSA", "GET", "/api/v1/rest.php", query)


@with_context
def parse_search_dids_usa(response: httpx.Response, body: bytes) -> SearchDIDsUSAResponse:
    """Turn the answer to searchDIDsUSA into its result, or raise the error it carries."""
    raise_for_status("searchDIDsUSA", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SearchDIDsUSAResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_search_dids_usa(response, body, data)


@with_context
def parse_soap_search_dids_usa(response: httpx.Response, body: bytes) -> SearchDIDsUSAResponse:
    """Turn the SOAP answer to searchDIDsUSA into its result, or raise its error or fault."""
    raise_for_status("searchDIDsUSA", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "searchDIDsUSA")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SearchDIDsUSAResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_search_dids_usa(response, body, rpc_data_from(scanned, response, body, "searchDIDsUSA", RPC_ERRORS))


def finish_search_dids_usa(response: httpx.Response, body: bytes, data: dict[str, object]) -> SearchDIDsUSAResponse:
    """The result of searchDIDsUSA from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("searchDIDsUSA", response, body, data, True):
        return _json.read_search_dids_usa_response({}, "$")
    return _json.read_search_dids_usa_response(data, "$")


def build_search_fax_area_code_can(
    *,
    area_code: int,
) -> PreparedRequest:
    """Check the arguments of searchFaxAreaCodeCAN and build its request."""
    problems: Problems = []
    check_scalar(problems, area_code, "area_code", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "searchFaxAreaCodeCAN"),
            ("area_code", str(area_code)),
        )
    )
    return PreparedRequest("searchFaxAreaCodeCAN", "GET", "/api/v1/rest.php", query)


@with_context
def parse_search_fax_area_code_can(response: httpx.Response, body: bytes) -> SearchFaxAreaCodeCANResponse:
    """Turn the answer to searchFaxAreaCodeCAN into its result, or raise the error it carries."""
    raise_for_status("searchFaxAreaCodeCAN", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SearchFaxAreaCodeCANResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_search_fax_area_code_can(response, body, data)


@with_context
def parse_soap_search_fax_area_code_can(response: httpx.Response, body: bytes) -> SearchFaxAreaCodeCANResponse:
    """Turn the SOAP answer to searchFaxAreaCodeCAN into its result, or raise its error or fault."""
    raise_for_status("searchFaxAreaCodeCAN", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "searchFaxAreaCodeCAN")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SearchFaxAreaCodeCANResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_search_fax_area_code_can(
        response, body, rpc_data_from(scanned, response, body, "searchFaxAreaCodeCAN", RPC_ERRORS)
    )


def finish_search_fax_area_code_can(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> SearchFaxAreaCodeCANResponse:
    """The result of searchFaxAreaCodeCAN from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("searchFaxAreaCodeCAN", response, body, data, True):
        return _json.read_search_fax_area_code_can_response({}, "$")
    return _json.read_search_fax_area_code_can_response(data, "$")


def build_search_fax_area_code_usa(
    *,
    area_code: int,
) -> PreparedRequest:
    """Check the arguments of searchFaxAreaCodeUSA and build its request."""
    problems: Problems = []
    check_scalar(problems, area_code, "area_code", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "searchFaxAreaCodeUSA"),
            ("area_code", str(area_code)),
        )
    )
    return PreparedRequest("searchFaxAreaCodeUSA", "GET", "/api/v1/rest.php", query)


@with_context
def parse_search_fax_area_code_usa(response: httpx.Response, body: bytes) -> SearchFaxAreaCodeUSAResponse:
    """Turn the answer to searchFaxAreaCodeUSA into its result, or raise the error it carries."""
    raise_for_status("searchFaxAreaCodeUSA", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SearchFaxAreaCodeUSAResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_search_fax_area_code_usa(response, body, data)


@with_context
def parse_soap_search_fax_area_code_usa(response: httpx.Response, body: bytes) -> SearchFaxAreaCodeUSAResponse:
    """Turn the SOAP answer to searchFaxAreaCodeUSA into its result, or raise its error or fault."""
    raise_for_status("searchFaxAreaCodeUSA", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "searchFaxAreaCodeUSA")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SearchFaxAreaCodeUSAResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_search_fax_area_code_usa(
        response, body, rpc_data_from(scanned, response, body, "searchFaxAreaCodeUSA", RPC_ERRORS)
    )


def finish_search_fax_area_code_usa(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> SearchFaxAreaCodeUSAResponse:
    """The result of searchFaxAreaCodeUSA from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("searchFaxAreaCodeUSA", response, body, data, True):
        return _json.read_search_fax_area_code_usa_response({}, "$")
    return _json.read_search_fax_area_code_usa_response(data, "$")


def build_search_toll_free_can_us(
    *,
    type: SearchType | None = None,
    query_: str | None = None,
) -> PreparedRequest:
    """Check the arguments of searchTollFreeCanUS and build its request."""
    problems: Problems = []
    check_scalar(problems, type, "type", "enum", allowed=SEARCH_TYPE_VALUES)
    check_scalar(problems, query_, "query_", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "searchTollFreeCanUS"),
            ("type", (None if type is None else str(type))),
            ("query", query_),
        )
    )
    return PreparedRequest("searchTollFreeCanUS", "GET", "/api/v1/rest.php", query)


@with_context
def parse_search_toll_free_can_us(response: httpx.Response, body: bytes) -> SearchTollFreeCanUSResponse:
    """Turn the answer to searchTollFreeCanUS into its result, or raise the error it carries."""
    raise_for_status("searchTollFreeCanUS", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SearchTollFreeCanUSResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_search_toll_free_can_us(response, body, data)


@with_context
def parse_soap_search_toll_free_can_us(response: httpx.Response, body: bytes) -> SearchTollFreeCanUSResponse:
    """Turn the SOAP answer to searchTollFreeCanUS into its result, or raise its error or fault."""
    raise_for_status("searchTollFreeCanUS", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "searchTollFreeCanUS")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SearchTollFreeCanUSResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_search_toll_free_can_us(
        response, body, rpc_data_from(scanned, response, body, "searchTollFreeCanUS", RPC_ERRORS)
    )


def finish_search_toll_free_can_us(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> SearchTollFreeCanUSResponse:
    """The result of searchTollFreeCanUS from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("searchTollFreeCanUS", response, body, data, True):
        return _json.read_search_toll_free_can_us_response({}, "$")
    return _json.read_search_toll_free_can_us_response(data, "$")


def build_search_toll_free_usa(
    *,
    type: SearchType | None = None,
    query_: str | None = None,
) -> PreparedRequest:
    """Check the arguments of searchTollFreeUSA and build its request."""
    problems: Problems = []
    check_scalar(problems, type, "type", "enum", allowed=SEARCH_TYPE_VALUES)
    check_scalar(problems, query_, "query_", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "searchTollFreeUSA"),
            ("type", (None if type is None else str(type))),
            ("query", query_),
        )
    )
    return PreparedRequest("searchTollFreeUSA", "GET", "/api/v1/rest.php", query)


@with_context
def parse_search_toll_free_usa(response: httpx.Response, body: bytes) -> SearchTollFreeUSAResponse:
    """Turn the answer to searchTollFreeUSA into its result, or raise the error it carries."""
    raise_for_status("searchTollFreeUSA", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SearchTollFreeUSAResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_search_toll_free_usa(response, body, data)


@with_context
def parse_soap_search_toll_free_usa(response: httpx.Response, body: bytes) -> SearchTollFreeUSAResponse:
    """Turn the SOAP answer to searchTollFreeUSA into its result, or raise its error or fault."""
    raise_for_status("searchTollFreeUSA", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "searchTollFreeUSA")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SearchTollFreeUSAResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_search_toll_free_usa(
        response, body, rpc_data_from(scanned, response, body, "searchTollFreeUSA", RPC_ERRORS)
    )


def finish_search_toll_free_usa(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> SearchTollFreeUSAResponse:
    """The result of searchTollFreeUSA from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("searchTollFreeUSA", response, body, data, True):
        return _json.read_search_toll_free_usa_response({}, "$")
    return _json.read_search_toll_free_usa_response(data, "$")


def build_search_vanity(
    *,
    type: VanityPrefix,
    query_: str,
) -> PreparedRequest:
    """Check the arguments of searchVanity and build its request."""
    problems: Problems = []
    check_scalar(problems, type, "type", "enum", allowed=VANITY_PREFIX_VALUES, required=True)
    check_scalar(problems, query_, "query_", "string", required=True, pattern=_RE_A0A1EE83A3)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "searchVanity"),
            ("type", str(type)),
            ("query", query_),
        )
    )
    return PreparedRequest("searchVanity", "GET", "/api/v1/rest.php", query)


@with_context
def parse_search_vanity(response: httpx.Response, body: bytes) -> SearchVanityResponse:
    """Turn the answer to searchVanity into its result, or raise the error it carries."""
    raise_for_status("searchVanity", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SearchVanityResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_search_vanity(response, body, data)


@with_context
def parse_soap_search_vanity(response: httpx.Response, body: bytes) -> SearchVanityResponse:
    """Turn the SOAP answer to searchVanity into its result, or raise its error or fault."""
    raise_for_status("searchVanity", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "searchVanity")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SearchVanityResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_search_vanity(response, body, rpc_data_from(scanned, response, body, "searchVanity", RPC_ERRORS))


def finish_search_vanity(response: httpx.Response, body: bytes, data: dict[str, object]) -> SearchVanityResponse:
    """The result of searchVanity from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("searchVanity", response, body, data, True):
        return _json.read_search_vanity_response({}, "$")
    return _json.read_search_vanity_response(data, "$")


def build_send_call_recording_email(
    *,
    callrecording: str,
    account: str,
    email: str,
) -> PreparedRequest:
    """Check the arguments of sendCallRecordingEmail and build its request."""
    problems: Problems = []
    check_scalar(problems, callrecording, "callrecording", "string", required=True)
    check_scalar(problems, account, "account", "string", required=True)
    check_scalar(problems, email, "email", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "sendCallRecordingEmail"),
            ("callrecording", callrecording),
            ("account", account),
            ("email", email),
        )
    )
    return PreparedRequest("sendCallRecordingEmail", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_send_call_recording_email(response: httpx.Response, body: bytes) -> SendCallRecordingEmailResponse:
    """Turn the answer to sendCallRecordingEmail into its result, or raise the error it carries."""
    raise_for_status("sendCallRecordingEmail", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SendCallRecordingEmailResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_send_call_recording_email(response, body, data)


@with_mutation_context
def parse_soap_send_call_recording_email(response: httpx.Response, body: bytes) -> SendCallRecordingEmailResponse:
    """Turn the SOAP answer to sendCallRecordingEmail into its result, or raise its error or fault."""
    raise_for_status("sendCallRecordingEmail", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "sendCallRecordingEmail")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SendCallRecordingEmailResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_send_call_recording_email(
        response, body, rpc_data_from(scanned, response, body, "sendCallRecordingEmail", RPC_ERRORS)
    )


def finish_send_call_recording_email(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> SendCallRecordingEmailResponse:
    """The result of sendCallRecordingEmail from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("sendCallRecordingEmail", response, body, data, False):
        return _json.read_send_call_recording_email_response({}, "$")
    return _json.read_send_call_recording_email_response(data, "$")


def build_send_fax_message(
    *,
    to_number: str,
    from_name: str,
    from_number: str,
    send_email_enabled: bool | None = None,
    send_email: str | None = None,
    station_id: str | None = None,
    file: str,
    test: bool | None = None,
    credentials: tuple[tuple[str, str], ...] = (),
) -> PreparedRequest:
    """Check the arguments of sendFaxMessage and build its request."""
    problems: Problems = []
    check_scalar(problems, to_number, "to_number", "string", required=True)
    check_scalar(problems, from_name, "from_name", "string", required=True)
    check_scalar(problems, from_number, "from_number", "string", required=True)
    check_scalar(problems, send_email_enabled, "send_email_enabled", "boolean")
    check_scalar(problems, send_email, "send_email", "string")
    check_scalar(problems, station_id, "station_id", "string")
    check_scalar(problems, file, "file", "string", required=True)
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(())
    files: tuple[tuple[str, bytes], ...] = ()
    fields = query_pairs(
        (
            ("method", "sendFaxMessage"),
            ("to_number", to_number),
            ("from_name", from_name),
            ("from_number", from_number),
            ("send_email_enabled", (None if send_email_enabled is None else ("1" if send_email_enabled else "0"))),
            ("send_email", send_email),
            ("station_id", station_id),
            ("file", file),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    content, content_type = encode_multipart((*credentials, *fields), files)
    return PreparedRequest(
        "sendFaxMessage",
        "POST",
        "/api/v1/rest.php",
        query,
        content=content,
        content_type=content_type,
        mutates=True,
        credentials_in_body=True,
        fields=fields,
    )


@with_mutation_context
def parse_send_fax_message(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to sendFaxMessage into its result, or raise the error it carries."""
    raise_for_status("sendFaxMessage", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_send_fax_message(response, body, data)


@with_mutation_context
def parse_soap_send_fax_message(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to sendFaxMessage into its result, or raise its error or fault."""
    raise_for_status("sendFaxMessage", response, body, (200,), RPC_ERRORS)
    return finish_send_fax_message(response, body, rpc_data(response, body, "sendFaxMessage", RPC_ERRORS))


def finish_send_fax_message(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of sendFaxMessage from its answer's data, whichever transport brought it."""
    ERRORS.check_status("sendFaxMessage", response, body, data, False)
    return None


def build_send_mms(
    *,
    did: str,
    dst: str,
    message: str,
    media1: str | None = None,
    media2: str | None = None,
    media3: str | None = None,
    credentials: tuple[tuple[str, str], ...] = (),
) -> PreparedRequest:
    """Check the arguments of sendMMS and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, dst, "dst", "string", required=True)
    check_scalar(problems, message, "message", "string", required=True, max_length=2048)
    check_scalar(problems, media1, "media1", "string")
    check_scalar(problems, media2, "media2", "string")
    check_scalar(problems, media3, "media3", "string")
    raise_problems(problems)
    query = query_pairs(())
    files: tuple[tuple[str, bytes], ...] = ()
    fields = query_pairs(
        (
            ("method", "sendMMS"),
            ("did", did),
            ("dst", dst),
            ("message", message),
            ("media1", media1),
            ("media2", media2),
            ("media3", media3),
        )
    )
    content, content_type = encode_multipart((*credentials, *fields), files)
    return PreparedRequest(
        "sendMMS",
        "POST",
        "/api/v1/rest.php",
        query,
        content=content,
        content_type=content_type,
        mutates=True,
        credentials_in_body=True,
        fields=fields,
    )


@with_mutation_context
def parse_send_mms(response: httpx.Response, body: bytes) -> SendMMSResponse:
    """Turn the answer to sendMMS into its result, or raise the error it carries."""
    raise_for_status("sendMMS", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SendMMSResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_send_mms(response, body, data)


@with_mutation_context
def parse_soap_send_mms(response: httpx.Response, body: bytes) -> SendMMSResponse:
    """Turn the SOAP answer to sendMMS into its result, or raise its error or fault."""
    raise_for_status("sendMMS", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "sendMMS")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SendMMSResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_send_mms(response, body, rpc_data_from(scanned, response, body, "sendMMS", RPC_ERRORS))


def finish_send_mms(response: httpx.Response, body: bytes, data: dict[str, object]) -> SendMMSResponse:
    """The result of sendMMS from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("sendMMS", response, body, data, False):
        return _json.read_send_mms_response({}, "$")
    return _json.read_send_mms_response(data, "$")


def build_send_sms(
    *,
    did: str,
    dst: str,
    message: str,
) -> PreparedRequest:
    """Check the arguments of sendSMS and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, dst, "dst", "string", required=True)
    check_scalar(problems, message, "message", "string", required=True, max_length=160)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "sendSMS"),
            ("did", did),
            ("dst", dst),
            ("message", message),
        )
    )
    return PreparedRequest("sendSMS", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_send_sms(response: httpx.Response, body: bytes) -> SendSMSResponse:
    """Turn the answer to sendSMS into its result, or raise the error it carries."""
    raise_for_status("sendSMS", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SendSMSResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_send_sms(response, body, data)


@with_mutation_context
def parse_soap_send_sms(response: httpx.Response, body: bytes) -> SendSMSResponse:
    """Turn the SOAP answer to sendSMS into its result, or raise its error or fault."""
    raise_for_status("sendSMS", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "sendSMS")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SendSMSResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_send_sms(response, body, rpc_data_from(scanned, response, body, "sendSMS", RPC_ERRORS))


def finish_send_sms(response: httpx.Response, body: bytes, data: dict[str, object]) -> SendSMSResponse:
    """The result of sendSMS from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("sendSMS", response, body, data, False):
        return _json.read_send_sms_response({}, "$")
    return _json.read_send_sms_response(data, "$")


def build_send_voicemail_email(
    *,
    mailbox: str,
    folder: str,
    message_num: int,
    email_address: str,
) -> PreparedRequest:
    """Check the arguments of sendVoicemailEmail and build its request."""
    problems: Problems = []
    check_scalar(problems, mailbox, "mailbox", "string", required=True)
    check_scalar(problems, folder, "folder", "string", required=True)
    check_scalar(problems, message_num, "message_num", "integer", required=True)
    check_scalar(problems, email_address, "email_address", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "sendVoicemailEmail"),
            ("mailbox", mailbox),
            ("folder", folder),
            ("message_num", str(message_num)),
            ("email_address", email_address),
        )
    )
    return PreparedRequest("sendVoicemailEmail", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_send_voicemail_email(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to sendVoicemailEmail into its result, or raise the error it carries."""
    raise_for_status("sendVoicemailEmail", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_send_voicemail_email(response, body, data)


@with_mutation_context
def parse_soap_send_voicemail_email(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to sendVoicemailEmail into its result, or raise its error or fault."""
    raise_for_status("sendVoicemailEmail", response, body, (200,), RPC_ERRORS)
    return finish_send_voicemail_email(response, body, rpc_data(response, body, "sendVoicemailEmail", RPC_ERRORS))


def finish_send_voicemail_email(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of sendVoicemailEmail from its answer's data, whichever transport brought it."""
    ERRORS.check_status("sendVoicemailEmail", response, body, data, False)
    return None


def build_set_callback(
    *,
    callback: str | None = None,
    description: str,
    number: int,
    delay_before: int,
    response_timeout: int,
    digit_timeout: int,
    callerid_number: str | None = None,
) -> PreparedRequest:
    """Check the arguments of setCallback and build its request."""
    problems: Problems = []
    check_scalar(problems, callback, "callback", "string")
    check_scalar(problems, description, "description", "string", required=True)
    check_scalar(problems, number, "number", "integer", required=True)
    check_scalar(problems, delay_before, "delay_before", "integer", required=True)
    check_scalar(problems, response_timeout, "response_timeout", "integer", required=True)
    check_scalar(problems, digit_timeout, "digit_timeout", "integer", required=True)
    check_scalar(problems, callerid_number, "callerid_number", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setCallback"),
            ("callback", callback),
            ("description", description),
            ("number", str(number)),
            ("delay_before", str(delay_before)),
            ("response_timeout", str(response_timeout)),
            ("digit_timeout", str(digit_timeout)),
            ("callerid_number", callerid_number),
        )
    )
    return PreparedRequest("setCallback", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_callback(response: httpx.Response, body: bytes) -> SetCallbackResponse:
    """Turn the answer to setCallback into its result, or raise the error it carries."""
    raise_for_status("setCallback", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetCallbackResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_callback(response, body, data)


@with_mutation_context
def parse_soap_set_callback(response: httpx.Response, body: bytes) -> SetCallbackResponse:
    """Turn the SOAP answer to setCallback into its result, or raise its error or fault."""
    raise_for_status("setCallback", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "setCallback")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SetCallbackResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_set_callback(response, body, rpc_data_from(scanned, response, body, "setCallback", RPC_ERRORS))


def finish_set_callback(response: httpx.Response, body: bytes, data: dict[str, object]) -> SetCallbackResponse:
    """The result of setCallback from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setCallback", response, body, data, False):
        return _json.read_set_callback_response({}, "$")
    return _json.read_set_callback_response(data, "$")


def build_set_caller_id_filtering(
    *,
    filter: str | None = None,
    callerid: str,
    did: str,
    routing: str,
    failover_unreachable: str | None = None,
    failover_busy: str | None = None,
    failover_noanswer: str | None = None,
    note: str | None = None,
) -> PreparedRequest:
    """Check the arguments of setCallerIDFiltering and build its request."""
    problems: Problems = []
    check_scalar(problems, filter, "filter", "string")
    check_scalar(problems, callerid, "callerid", "string", required=True)
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, routing, "routing", "string", required=True)
    check_scalar(problems, failover_unreachable, "failover_unreachable", "string")
    check_scalar(problems, failover_busy, "failover_busy", "string")
    check_scalar(problems, failover_noanswer, "failover_noanswer", "string")
    check_scalar(problems, note, "note", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setCallerIDFiltering"),
            ("filter", filter),
            ("callerid", callerid),
            ("did", did),
            ("routing", routing),
            ("failover_unreachable", failover_unreachable),
            ("failover_busy", failover_busy),
            ("failover_noanswer", failover_noanswer),
            ("note", note),
        )
    )
    return PreparedRequest("setCallerIDFiltering", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_caller_id_filtering(response: httpx.Response, body: bytes) -> SetCallerIDFilteringResponse:
    """Turn the answer to setCallerIDFiltering into its result, or raise the error it carries."""
    raise_for_status("setCallerIDFiltering", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetCallerIDFilteringResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_caller_id_filtering(response, body, data)


@with_mutation_context
def parse_soap_set_caller_id_filtering(response: httpx.Response, body: bytes) -> SetCallerIDFilteringResponse:
    """Turn the SOAP answer to setCallerIDFiltering into its result, or raise its error or fault."""
    raise_for_status("setCallerIDFiltering", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "setCallerIDFiltering")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SetCallerIDFilteringResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_set_caller_id_filtering(
        response, body, rpc_data_from(scanned, response, body, "setCallerIDFiltering", RPC_ERRORS)
    )


def finish_set_caller_id_filtering(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> SetCallerIDFilteringResponse:
    """The result of setCallerIDFiltering from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setCallerIDFiltering", response, body, data, False):
        return _json.read_set_caller_id_filtering_response({}, "$")
    return _json.read_set_caller_id_filtering_response(data, "$")


def build_set_call_hunting(
    *,
    callhunting: int | None = None,
    description: str,
    music: str,
    recording: str,
    language: str,
    order: HuntingOrder,
    members: str,
    ring_time: str,
    press: str,
) -> PreparedRequest:
    """Check the arguments of setCallHunting and build its request."""
    problems: Problems = []
    check_scalar(problems, callhunting, "callhunting", "integer")
    check_scalar(problems, description, "description", "string", required=True)
    check_scalar(problems, music, "music", "string", required=True)
    check_scalar(problems, recording, "recording", "string", required=True)
    check_scalar(problems, language, "language", "string", required=True)
    check_scalar(problems, order, "order", "enum", allowed=HUNTING_ORDER_VALUES, required=True)
    check_scalar(problems, members, "members", "string", required=True)
    check_scalar(problems, ring_time, "ring_time", "string", required=True)
    check_scalar(problems, press, "press", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setCallHunting"),
            ("callhunting", (None if callhunting is None else str(callhunting))),
            ("description", description),
            ("music", music),
            ("recording", recording),
            ("language", language),
            ("order", str(order)),
            ("members", members),
            ("ring_time", ring_time),
            ("press", press),
        )
    )
    return PreparedRequest("setCallHunting", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_call_hunting(response: httpx.Response, body: bytes) -> SetCallHuntingResponse:
    """Turn the answer to setCallHunting into its result, or raise the error it carries."""
    raise_for_status("setCallHunting", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetCallHuntingResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_call_hunting(response, body, data)


@with_mutation_context
def parse_soap_set_call_hunting(response: httpx.Response, body: bytes) -> SetCallHuntingResponse:
    """Turn the SOAP answer to setCallHunting into its result, or raise its error or fault."""
    raise_for_status("setCallHunting", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "setCallHunting")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SetCallHuntingResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_set_call_hunting(response, body, rpc_data_from(scanned, response, body, "setCallHunting", RPC_ERRORS))


def finish_set_call_hunting(response: httpx.Response, body: bytes, data: dict[str, object]) -> SetCallHuntingResponse:
    """The result of setCallHunting from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setCallHunting", response, body, data, False):
        return _json.read_set_call_hunting_response({}, "$")
    return _json.read_set_call_hunting_response(data, "$")


def build_set_call_parking(
    *,
    callparking: int | None = None,
    name: str,
    timeout_: int,
    music: str,
    failover: str,
    language: str,
    destination: str,
    delay: int,
    blf_lamps: int,
) -> PreparedRequest:
    """Check the arguments of setCallParking and build its request."""
    problems: Problems = []
    check_scalar(problems, callparking, "callparking", "integer")
    check_scalar(problems, name, "name", "string", required=True)
    check_scalar(problems, timeout_, "timeout_", "integer", required=True)
    check_scalar(problems, music, "music", "string", required=True)
    check_scalar(problems, failover, "failover", "string", required=True)
    check_scalar(problems, language, "language", "string", required=True)
    check_scalar(problems, destination, "destination", "string", required=True)
    check_scalar(problems, delay, "delay", "integer", required=True)
    check_scalar(problems, blf_lamps, "blf_lamps", "integer", required=True, minimum=0, maximum=10)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setCallParking"),
            ("callparking", (None if callparking is None else str(callparking))),
            ("name", name),
            ("timeout", str(timeout_)),
            ("music", music),
            ("failover", failover),
            ("language", language),
            ("destination", destination),
            ("delay", str(delay)),
            ("blf_lamps", str(blf_lamps)),
        )
    )
    return PreparedRequest("setCallParking", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_call_parking(response: httpx.Response, body: bytes) -> SetCallParkingResponse:
    """Turn the answer to setCallParking into its result, or raise the error it carries."""
    raise_for_status("setCallParking", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetCallParkingResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_call_parking(response, body, data)


@with_mutation_context
def parse_soap_set_call_parking(response: httpx.Response, body: bytes) -> SetCallParkingResponse:
    """Turn the SOAP answer to setCallParking into its result, or raise its error or fault."""
    raise_for_status("setCallParking", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "setCallParking")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SetCallParkingResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_set_call_parking(response, body, rpc_data_from(scanned, response, body, "setCallParking", RPC_ERRORS))


def finish_set_call_parking(response: httpx.Response, body: bytes, data: dict[str, object]) -> SetCallParkingResponse:
    """The result of setCallParking from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setCallParking", response, body, data, False):
        return _json.read_set_call_parking_response({}, "$")
    return _json.read_set_call_parking_response(data, "$")


def build_set_client(
    *,
    client: int,
    email: str,
    password: str,
    company: str | None = None,
    firstname: str,
    lastname: str,
    address: str | None = None,
    city: str | None = None,
    state: str | None = None,
    country: str | None = None,
    zip: str | None = None,
    phone_number: str,
    balance_management: int | None = None,
) -> PreparedRequest:
    """Check the arguments of setClient and build its request."""
    problems: Problems = []
    check_scalar(problems, client, "client", "integer", required=True)
    check_scalar(problems, email, "email", "string", required=True)
    check_scalar(problems, password, "password", "string", required=True)
    check_scalar(problems, company, "company", "string")
    check_scalar(problems, firstname, "firstname", "string", required=True)
    check_scalar(problems, lastname, "lastname", "string", required=True)
    check_scalar(problems, address, "address", "string")
    check_scalar(problems, city, "city", "string")
    check_scalar(problems, state, "state", "string")
    check_scalar(problems, country, "country", "string")
    check_scalar(problems, zip, "zip", "string")
    check_scalar(problems, phone_number, "phone_number", "string", required=True)
    check_scalar(problems, balance_management, "balance_management", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setClient"),
            ("client", str(client)),
            ("email", email),
            ("password", password),
            ("company", company),
            ("firstname", firstname),
            ("lastname", lastname),
            ("address", address),
            ("city", city),
            ("state", state),
            ("country", country),
            ("zip", zip),
            ("phone_number", phone_number),
            ("balance_management", (None if balance_management is None else str(balance_management))),
        )
    )
    return PreparedRequest("setClient", "GET", "/api/v1/rest.php", query, mutates=True, secrets=secret_texts(password))


@with_mutation_context
def parse_set_client(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to setClient into its result, or raise the error it carries."""
    raise_for_status("setClient", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_client(response, body, data)


@with_mutation_context
def parse_soap_set_client(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to setClient into its result, or raise its error or fault."""
    raise_for_status("setClient", response, body, (200,), RPC_ERRORS)
    return finish_set_client(response, body, rpc_data(response, body, "setClient", RPC_ERRORS))


def finish_set_client(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of setClient from its answer's data, whichever transport brought it."""
    ERRORS.check_status("setClient", response, body, data, False)
    return None


def build_set_client_threshold(
    *,
    client: int,
    email: str | None = None,
    threshold: int,
) -> PreparedRequest:
    """Check the arguments of setClientThreshold and build its request."""
    problems: Problems = []
    check_scalar(problems, client, "client", "integer", required=True)
    check_scalar(problems, email, "email", "string")
    check_scalar(problems, threshold, "threshold", "integer", required=True, minimum=1, maximum=250)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setClientThreshold"),
            ("client", str(client)),
            ("email", email),
            ("threshold", str(threshold)),
        )
    )
    return PreparedRequest("setClientThreshold", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_client_threshold(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to setClientThreshold into its result, or raise the error it carries."""
    raise_for_status("setClientThreshold", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_client_threshold(response, body, data)


@with_mutation_context
def parse_soap_set_client_threshold(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to setClientThreshold into its result, or raise its error or fault."""
    raise_for_status("setClientThreshold", response, body, (200,), RPC_ERRORS)
    return finish_set_client_threshold(response, body, rpc_data(response, body, "setClientThreshold", RPC_ERRORS))


def finish_set_client_threshold(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of setClientThreshold from its answer's data, whichever transport brought it."""
    ERRORS.check_status("setClientThreshold", response, body, data, False)
    return None


def build_set_conference(
    *,
    conference: int,
    name: str,
    description: str,
    members: str | None = None,
    max_members: str,
    sound_join: str | None = None,
    sound_leave: str | None = None,
    sound_has_joined: str | None = None,
    sound_has_left: str | None = None,
    sound_kicked: str | None = None,
    sound_muted: str | None = None,
    sound_unmuted: str | None = None,
    sound_only_person: str | None = None,
    sound_only_one: str | None = None,
    sound_there_are: str | None = None,
    sound_other_in_party: str | None = None,
    sound_place_into_conference: str | None = None,
    sound_get_pin: str | None = None,
    sound_invalid_pin: str | None = None,
    sound_locked: str | None = None,
    sound_locked_now: str | None = None,
    sound_unlocked_now: str | None = None,
    sound_error_menu: str | None = None,
    sound_participants_muted: str | None = None,
    sound_participants_unmuted: str | None = None,
    language: str | None = None,
) -> PreparedRequest:
    """Check the arguments of setConference and build its request."""
    problems: Problems = []
    check_scalar(problems, conference, "conference", "integer", required=True)
    check_scalar(problems, name, "name", "string", required=True)
    check_scalar(problems, description, "description", "string", required=True)
    check_scalar(problems, members, "members", "string")
    check_scalar(problems, max_members, "max_members", "string", required=True)
    check_scalar(problems, sound_join, "sound_join", "string")
    check_scalar(problems, sound_leave, "sound_leave", "string")
    check_scalar(problems, sound_has_joined, "sound_has_joined", "string")
    check_scalar(problems, sound_has_left, "sound_has_left", "string")
    check_scalar(problems, sound_kicked, "sound_kicked", "string")
    check_scalar(problems, sound_muted, "sound_muted", "string")
    check_scalar(problems, sound_unmuted, "sound_unmuted", "string")
    check_scalar(problems, sound_only_person, "sound_only_person", "string")
    check_scalar(problems, sound_only_one, "sound_only_one", "string")
    check_scalar(problems, sound_there_are, "sound_there_are", "string")
    check_scalar(problems, sound_other_in_party, "sound_other_in_party", "string")
    check_scalar(problems, sound_place_into_conference, "sound_place_into_conference", "string")
    check_scalar(problems, sound_get_pin, "sound_get_pin", "string")
    check_scalar(problems, sound_invalid_pin, "sound_invalid_pin", "string")
    check_scalar(problems, sound_locked, "sound_locked", "string")
    check_scalar(problems, sound_locked_now, "sound_locked_now", "string")
    check_scalar(problems, sound_unlocked_now, "sound_unlocked_now", "string")
    check_scalar(problems, sound_error_menu, "sound_error_menu", "string")
    check_scalar(problems, sound_participants_muted, "sound_participants_muted", "string")
    check_scalar(problems, sound_participants_unmuted, "sound_participants_unmuted", "string")
    check_scalar(problems, language, "language", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setConference"),
            ("conference", str(conference)),
            ("name", name),
            ("description", description),
            ("members", members),
            ("max_members", max_members),
            ("sound_join", sound_join),
            ("sound_leave", sound_leave),
            ("sound_has_joined", sound_has_joined),
            ("sound_has_left", sound_has_left),
            ("sound_kicked", sound_kicked),
            ("sound_muted", sound_muted),
            ("sound_unmuted", sound_unmuted),
            ("sound_only_person", sound_only_person),
            ("sound_only_one", sound_only_one),
            ("sound_there_are", sound_there_are),
            ("sound_other_in_party", sound_other_in_party),
            ("sound_place_into_conference", sound_place_into_conference),
            ("sound_get_pin", sound_get_pin),
            ("sound_invalid_pin", sound_invalid_pin),
            ("sound_locked", sound_locked),
            ("sound_locked_now", sound_locked_now),
            ("sound_unlocked_now", sound_unlocked_now),
            ("sound_error_menu", sound_error_menu),
            ("sound_participants_muted", sound_participants_muted),
            ("sound_participants_unmuted", sound_participants_unmuted),
            ("language", language),
        )
    )
    return PreparedRequest("setConference", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_conference(response: httpx.Response, body: bytes) -> SetConferenceResponse:
    """Turn the answer to setConference into its result, or raise the error it carries."""
    raise_for_status("setConference", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetConferenceResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_conference(response, body, data)


@with_mutation_context
def parse_soap_set_conference(response: httpx.Response, body: bytes) -> SetConferenceResponse:
    """Turn the SOAP answer to setConference into its result, or raise its error or fault."""
    raise_for_status("setConference", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "setConference")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SetConferenceResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_set_conference(response, body, rpc_data_from(scanned, response, body, "setConference", RPC_ERRORS))


def finish_set_conference(response: httpx.Response, body: bytes, data: dict[str, object]) -> SetConferenceResponse:
    """The result of setConference from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setConference", response, body, data, False):
        return _json.read_set_conference_response({}, "$")
    return _json.read_set_conference_response(data, "$")


def build_set_conference_member(
    *,
    member: int,
    conference: int,
    name: str,
    description: str | None = None,
    pin: int | None = None,
    announce_join_leave: YesNo | None = None,
    admin: YesNo | None = None,
    start_muted: YesNo | None = None,
    announce_user_count: YesNo | None = None,
    announce_only_user: YesNo | None = None,
    moh_when_empty: str | None = None,
    quiet: YesNo | None = None,
    announcement: int | None = None,
    drop_silence: YesNo | None = None,
    talking_threshold: int | None = None,
    silence_threshold: int | None = None,
    talk_detection: YesNo | None = None,
    jitter_buffer: YesNo | None = None,
) -> PreparedRequest:
    """Check the arguments of setConferenceMember and build its request."""
    problems: Problems = []
    check_scalar(problems, member, "member", "integer", required=True)
    check_scalar(problems, conference, "conference", "integer", required=True)
    check_scalar(problems, name, "name", "string", required=True)
    check_scalar(problems, description, "description", "string")
    check_scalar(problems, pin, "pin", "integer")
    check_scalar(problems, announce_join_leave, "announce_join_leave", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, admin, "admin", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, start_muted, "start_muted", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, announce_user_count, "announce_user_count", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, announce_only_user, "announce_only_user", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, moh_when_empty, "moh_when_empty", "string")
    check_scalar(problems, quiet, "quiet", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, announcement, "announcement", "integer")
    check_scalar(problems, drop_silence, "drop_silence", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, talking_threshold, "talking_threshold", "integer")
    check_scalar(problems, silence_threshold, "silence_threshold", "integer")
    check_scalar(problems, talk_detection, "talk_detection", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, jitter_buffer, "jitter_buffer", "enum", allowed=YES_NO_VALUES)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setConferenceMember"),
            ("member", str(member)),
            ("conference", str(conference)),
            ("name", name),
            ("description", description),
            ("pin", (None if pin is None else str(pin))),
            ("announce_join_leave", (None if announce_join_leave is None else str(announce_join_leave))),
            ("admin", (None if admin is None else str(admin))),
            ("start_muted", (None if start_muted is None else str(start_muted))),
            ("announce_user_count", (None if announce_user_count is None else str(announce_user_count))),
            ("announce_only_user", (None if announce_only_user is None else str(announce_only_user))),
            ("moh_when_empty", moh_when_empty),
            ("quiet", (None if quiet is None else str(quiet))),
            ("announcement", (None if announcement is None else str(announcement))),
            ("drop_silence", (None if drop_silence is None else str(drop_silence))),
            ("talking_threshold", (None if talking_threshold is None else str(talking_threshold))),
            ("silence_threshold", (None if silence_threshold is None else str(silence_threshold))),
            ("talk_detection", (None if talk_detection is None else str(talk_detection))),
            ("jitter_buffer", (None if jitter_buffer is None else str(jitter_buffer))),
        )
    )
    return PreparedRequest(
        "setConferenceMember", "GET", "/api/v1/rest.php", query, mutates=True, secrets=secret_texts(pin)
    )


@with_mutation_context
def parse_set_conference_member(response: httpx.Response, body: bytes) -> SetConferenceMemberResponse:
    """Turn the answer to setConferenceMember into its result, or raise the error it carries."""
    raise_for_status("setConferenceMember", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetConferenceMemberResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_conference_member(response, body, data)


@with_mutation_context
def parse_soap_set_conference_member(response: httpx.Response, body: bytes) -> SetConferenceMemberResponse:
    """Turn the SOAP answer to setConferenceMember into its result, or raise its error or fault."""
    raise_for_status("setConferenceMember", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "setConferenceMember")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SetConferenceMemberResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_set_conference_member(
        response, body, rpc_data_from(scanned, response, body, "setConferenceMember", RPC_ERRORS)
    )


def finish_set_conference_member(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> SetConferenceMemberResponse:
    """The result of setConferenceMember from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setConferenceMember", response, body, data, False):
        return _json.read_set_conference_member_response({}, "$")
    return _json.read_set_conference_member_response(data, "$")


def build_set_did_billing_type(
    *,
    did: str,
    billing_type: int,
) -> PreparedRequest:
    """Check the arguments of setDIDBillingType and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, billing_type, "billing_type", "integer", required=True, minimum=1, maximum=2)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setDIDBillingType"),
            ("did", did),
            ("billing_type", str(billing_type)),
        )
    )
    return PreparedRequest("setDIDBillingType", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_did_billing_type(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to setDIDBillingType into its result, or raise the error it carries."""
    raise_for_status("setDIDBillingType", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_did_billing_type(response, body, data)


@with_mutation_context
def parse_soap_set_did_billing_type(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to setDIDBillingType into its result, or raise its error or fault."""
    raise_for_status("setDIDBillingType", response, body, (200,), RPC_ERRORS)
    return finish_set_did_billing_type(response, body, rpc_data(response, body, "setDIDBillingType", RPC_ERRORS))


def finish_set_did_billing_type(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of setDIDBillingType from its answer's data, whichever transport brought it."""
    ERRORS.check_status("setDIDBillingType", response, body, data, False)
    return None


def build_set_did_info(
    *,
    did: str,
    routing: str,
    failover_busy: str | None = None,
    failover_unreachable: str | None = None,
    failover_noanswer: str | None = None,
    voicemail: str | None = None,
    pop: int,
    dialtime: int,
    cnam: bool,
    callerid_prefix: str | None = None,
    note: str | None = None,
    port_out_pin: int | None = None,
    billing_type: int,
    record_calls: bool | None = None,
    inbound_dialing_mode: int | None = None,
    transcribe: bool | None = None,
    transcription_locale: str | None = None,
    transcription_redaction: YesNo | None = None,
    transcription_summary: YesNo | None = None,
    transcription_sentiment: YesNo | None = None,
    transcription_email: str | None = None,
    sms_sipaccount_enabled: bool | None = None,
    sms_sipaccount: str | None = None,
    transcription_start_delay: int | None = None,
    voicemail_threshold: int | None = None,
) -> PreparedRequest:
    """Check the arguments of setDIDInfo and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, routing, "routing", "string", required=True)
    check_scalar(problems, failover_busy, "failover_busy", "string")
    check_scalar(problems, failover_unreachable, "failover_unreachable", "string")
    check_scalar(problems, failover_noanswer, "failover_noanswer", "string")
    check_scalar(problems, voicemail, "voicemail", "string")
    check_scalar(problems, pop, "pop", "integer", required=True)
    check_scalar(problems, dialtime, "dialtime", "integer", required=True)
    check_scalar(problems, cnam, "cnam", "boolean", required=True)
    check_scalar(problems, callerid_prefix, "callerid_prefix", "string")
    check_scalar(problems, note, "note", "string")
    check_scalar(problems, port_out_pin, "port_out_pin", "integer")
    check_scalar(problems, billing_type, "billing_type", "integer", required=True, minimum=1, maximum=2)
    check_scalar(problems, record_calls, "record_calls", "boolean")
    check_scalar(problems, inbound_dialing_mode, "inbound_dialing_mode", "integer", minimum=0, maximum=1)
    check_scalar(problems, transcribe, "transcribe", "boolean")
    check_scalar(problems, transcription_locale, "transcription_locale", "string")
    check_scalar(problems, transcription_redaction, "transcription_redaction", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, transcription_summary, "transcription_summary", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, transcription_sentiment, "transcription_sentiment", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, transcription_email, "transcription_email", "string")
    check_scalar(problems, sms_sipaccount_enabled, "sms_sipaccount_enabled", "boolean")
    check_scalar(problems, sms_sipaccount, "sms_sipaccount", "string")
    check_scalar(problems, transcription_start_delay, "transcription_start_delay", "integer", minimum=0, maximum=60)
    check_scalar(problems, voicemail_threshold, "voicemail_threshold", "integer", minimum=0, maximum=60)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setDIDInfo"),
            ("did", did),
            ("routing", routing),
            ("failover_busy", failover_busy),
            ("failover_unreachable", failover_unreachable),
            ("failover_noanswer", failover_noanswer),
            ("voicemail", voicemail),
            ("pop", str(pop)),
            ("dialtime", str(dialtime)),
            ("cnam", ("1" if cnam else "0")),
            ("callerid_prefix", callerid_prefix),
            ("note", note),
            ("port_out_pin", (None if port_out_pin is None else str(port_out_pin))),
            ("billing_type", str(billing_type)),
            ("record_calls", (None if record_calls is None else ("1" if record_calls else "0"))),
            ("inbound_dialing_mode", (None if inbound_dialing_mode is None else str(inbound_dialing_mode))),
            ("transcribe", (None if transcribe is None else ("1" if transcribe else "0"))),
            ("transcription_locale", transcription_locale),
            ("transcription_redaction", (None if transcription_redaction is None else str(transcription_redaction))),
            ("transcription_summary", (None if transcription_summary is None else str(transcription_summary))),
            ("transcription_sentiment", (None if transcription_sentiment is None else str(transcription_sentiment))),
            ("transcription_email", transcription_email),
            (
                "sms_sipaccount_enabled",
                (None if sms_sipaccount_enabled is None else ("1" if sms_sipaccount_enabled else "0")),
            ),
            ("sms_sipaccount", sms_sipaccount),
            (
                "transcription_start_delay",
                (None if transcription_start_delay is None else str(transcription_start_delay)),
            ),
            ("voicemail_threshold", (None if voicemail_threshold is None else str(voicemail_threshold))),
        )
    )
    return PreparedRequest(
        "setDIDInfo", "GET", "/api/v1/rest.php", query, mutates=True, secrets=secret_texts(port_out_pin)
    )


@with_mutation_context
def parse_set_did_info(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to setDIDInfo into its result, or raise the error it carries."""
    raise_for_status("setDIDInfo", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_did_info(response, body, data)


@with_mutation_context
def parse_soap_set_did_info(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to setDIDInfo into its result, or raise its error or fault."""
    raise_for_status("setDIDInfo", response, body, (200,), RPC_ERRORS)
    return finish_set_did_info(response, body, rpc_data(response, body, "setDIDInfo", RPC_ERRORS))


def finish_set_did_info(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of setDIDInfo from its answer's data, whichever transport brought it."""
    ERRORS.check_status("setDIDInfo", response, body, data, False)
    return None


def build_set_didpop(
    *,
    did: str,
    pop: int,
) -> PreparedRequest:
    """Check the arguments of setDIDPOP and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, pop, "pop", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setDIDPOP"),
            ("did", did),
            ("pop", str(pop)),
        )
    )
    return PreparedRequest("setDIDPOP", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_didpop(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to setDIDPOP into its result, or raise the error it carries."""
    raise_for_status("setDIDPOP", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_didpop(response, body, data)


@with_mutation_context
def parse_soap_set_didpop(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to setDIDPOP into its result, or raise its error or fault."""
    raise_for_status("setDIDPOP", response, body, (200,), RPC_ERRORS)
    return finish_set_didpop(response, body, rpc_data(response, body, "setDIDPOP", RPC_ERRORS))


def finish_set_didpop(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of setDIDPOP from its answer's data, whichever transport brought it."""
    ERRORS.check_status("setDIDPOP", response, body, data, False)
    return None


def build_set_did_routing(
    *,
    did: str,
    routing: str,
) -> PreparedRequest:
    """Check the arguments of setDIDRouting and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, routing, "routing", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setDIDRouting"),
            ("did", did),
            ("routing", routing),
        )
    )
    return PreparedRequest("setDIDRouting", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_did_routing(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to setDIDRouting into its result, or raise the error it carries."""
    raise_for_status("setDIDRouting", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_did_routing(response, body, data)


@with_mutation_context
def parse_soap_set_did_routing(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to setDIDRouting into its result, or raise its error or fault."""
    raise_for_status("setDIDRouting", response, body, (200,), RPC_ERRORS)
    return finish_set_did_routing(response, body, rpc_data(response, body, "setDIDRouting", RPC_ERRORS))


def finish_set_did_routing(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of setDIDRouting from its answer's data, whichever transport brought it."""
    ERRORS.check_status("setDIDRouting", response, body, data, False)
    return None


def build_set_did_voicemail(
    *,
    did: str,
    voicemail: str | None = None,
) -> PreparedRequest:
    """Check the arguments of setDIDVoicemail and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, voicemail, "voicemail", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setDIDVoicemail"),
            ("did", did),
            ("voicemail", voicemail),
        )
    )
    return PreparedRequest("setDIDVoicemail", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_did_voicemail(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to setDIDVoicemail into its result, or raise the error it carries."""
    raise_for_status("setDIDVoicemail", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_did_voicemail(response, body, data)


@with_mutation_context
def parse_soap_set_did_voicemail(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to setDIDVoicemail into its result, or raise its error or fault."""
    raise_for_status("setDIDVoicemail", response, body, (200,), RPC_ERRORS)
    return finish_set_did_voicemail(response, body, rpc_data(response, body, "setDIDVoicemail", RPC_ERRORS))


def finish_set_did_voicemail(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of setDIDVoicemail from its answer's data, whichever transport brought it."""
    ERRORS.check_status("setDIDVoicemail", response, body, data, False)
    return None


def build_set_disa(
    *,
    disa: str | None = None,
    name: str,
    pin: int,
    digit_timeout: int,
    callerid_override: str | None = None,
    language: str | None = None,
) -> PreparedRequest:
    """Check the arguments of setDISA and build its request."""
    problems: Problems = []
    check_scalar(problems, disa, "disa", "string")
    check_scalar(problems, name, "name", "string", required=True)
    check_scalar(problems, pin, "pin", "integer", required=True)
    check_scalar(problems, digit_timeout, "digit_timeout", "integer", required=True)
    check_scalar(problems, callerid_override, "callerid_override", "string")
    check_scalar(problems, language, "language", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setDISA"),
            ("disa", disa),
            ("name", name),
            ("pin", str(pin)),
            ("digit_timeout", str(digit_timeout)),
            ("callerid_override", callerid_override),
            ("language", language),
        )
    )
    return PreparedRequest("setDISA", "GET", "/api/v1/rest.php", query, mutates=True, secrets=secret_texts(pin))


@with_mutation_context
def parse_set_disa(response: httpx.Response, body: bytes) -> SetDISAResponse:
    """Turn the answer to setDISA into its result, or raise the error it carries."""
    raise_for_status("setDISA", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetDISAResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_disa(response, body, data)


@with_mutation_context
def parse_soap_set_disa(response: httpx.Response, body: bytes) -> SetDISAResponse:
    """Turn the SOAP answer to setDISA into its result, or raise its error or fault."""
    raise_for_status("setDISA", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "setDISA")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SetDISAResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_set_disa(response, body, rpc_data_from(scanned, response, body, "setDISA", RPC_ERRORS))


def finish_set_disa(response: httpx.Response, body: bytes, data: dict[str, object]) -> SetDISAResponse:
    """The result of setDISA from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setDISA", response, body, data, False):
        return _json.read_set_disa_response({}, "$")
    return _json.read_set_disa_response(data, "$")


def build_set_email_to_fax(
    *,
    id: int | None = None,
    enabled: bool | None = None,
    auth_email: str,
    from_number_id: str,
    security_code_enabled: bool | None = None,
    security_code: str,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of setEmailToFax and build its request."""
    problems: Problems = []
    check_scalar(problems, id, "id", "integer")
    check_scalar(problems, enabled, "enabled", "boolean")
    check_scalar(problems, auth_email, "auth_email", "string", required=True)
    check_scalar(problems, from_number_id, "from_number_id", "string", required=True)
    check_scalar(problems, security_code_enabled, "security_code_enabled", "boolean")
    check_scalar(problems, security_code, "security_code", "string", required=True)
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setEmailToFax"),
            ("id", (None if id is None else str(id))),
            ("enabled", (None if enabled is None else ("1" if enabled else "0"))),
            ("auth_email", auth_email),
            ("from_number_id", from_number_id),
            (
                "security_code_enabled",
                (None if security_code_enabled is None else ("1" if security_code_enabled else "0")),
            ),
            ("security_code", security_code),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("setEmailToFax", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_email_to_fax(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to setEmailToFax into its result, or raise the error it carries."""
    raise_for_status("setEmailToFax", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_email_to_fax(response, body, data)


@with_mutation_context
def parse_soap_set_email_to_fax(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to setEmailToFax into its result, or raise its error or fault."""
    raise_for_status("setEmailToFax", response, body, (200,), RPC_ERRORS)
    return finish_set_email_to_fax(response, body, rpc_data(response, body, "setEmailToFax", RPC_ERRORS))


def finish_set_email_to_fax(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of setEmailToFax from its answer's data, whichever transport brought it."""
    ERRORS.check_status("setEmailToFax", response, body, data, False)
    return None


def build_set_fax_folder(
    *,
    id: int | None = None,
    name: str,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of setFaxFolder and build its request."""
    problems: Problems = []
    check_scalar(problems, id, "id", "integer")
    check_scalar(problems, name, "name", "string", required=True)
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setFaxFolder"),
            ("id", (None if id is None else str(id))),
            ("name", name),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("setFaxFolder", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_fax_folder(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to setFaxFolder into its result, or raise the error it carries."""
    raise_for_status("setFaxFolder", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_fax_folder(response, body, data)


@with_mutation_context
def parse_soap_set_fax_folder(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to setFaxFolder into its result, or raise its error or fault."""
    raise_for_status("setFaxFolder", response, body, (200,), RPC_ERRORS)
    return finish_set_fax_folder(response, body, rpc_data(response, body, "setFaxFolder", RPC_ERRORS))


def finish_set_fax_folder(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of setFaxFolder from its answer's data, whichever transport brought it."""
    ERRORS.check_status("setFaxFolder", response, body, data, False)
    return None


def build_set_fax_number_email(
    *,
    did: int,
    email: str | None = None,
    email_enable: bool | None = None,
    email_attach_file: bool | None = None,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of setFaxNumberEmail and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "integer", required=True)
    check_scalar(problems, email, "email", "string")
    check_scalar(problems, email_enable, "email_enable", "boolean")
    check_scalar(problems, email_attach_file, "email_attach_file", "boolean")
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setFaxNumberEmail"),
            ("did", str(did)),
            ("email", email),
            ("email_enable", (None if email_enable is None else ("1" if email_enable else "0"))),
            ("email_attach_file", (None if email_attach_file is None else ("1" if email_attach_file else "0"))),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("setFaxNumberEmail", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_fax_number_email(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to setFaxNumberEmail into its result, or raise the error it carries."""
    raise_for_status("setFaxNumberEmail", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_fax_number_email(response, body, data)


@with_mutation_context
def parse_soap_set_fax_number_email(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to setFaxNumberEmail into its result, or raise its error or fault."""
    raise_for_status("setFaxNumberEmail", response, body, (200,), RPC_ERRORS)
    return finish_set_fax_number_email(response, body, rpc_data(response, body, "setFaxNumberEmail", RPC_ERRORS))


def finish_set_fax_number_email(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of setFaxNumberEmail from its answer's data, whichever transport brought it."""
    ERRORS.check_status("setFaxNumberEmail", response, body, data, False)
    return None


def build_set_fax_number_info(
    *,
    did: int,
    email: str | None = None,
    email_enable: bool | None = None,
    email_attach_file: bool | None = None,
    url_callback: str | None = None,
    url_callback_enable: bool | None = None,
    url_callback_retry: bool | None = None,
    fax_to_sip_enabled: bool | None = None,
    fax_to_sip_enabled_account: str | None = None,
    note: str | None = None,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of setFaxNumberInfo and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "integer", required=True)
    check_scalar(problems, email, "email", "string")
    check_scalar(problems, email_enable, "email_enable", "boolean")
    check_scalar(problems, email_attach_file, "email_attach_file", "boolean")
    check_scalar(problems, url_callback, "url_callback", "string")
    check_scalar(problems, url_callback_enable, "url_callback_enable", "boolean")
    check_scalar(problems, url_callback_retry, "url_callback_retry", "boolean")
    check_scalar(problems, fax_to_sip_enabled, "fax_to_sip_enabled", "boolean")
    check_scalar(problems, fax_to_sip_enabled_account, "fax_to_sip_enabled_account", "string")
    check_scalar(problems, note, "note", "string")
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setFaxNumberInfo"),
            ("did", str(did)),
            ("email", email),
            ("email_enable", (None if email_enable is None else ("1" if email_enable else "0"))),
            ("email_attach_file", (None if email_attach_file is None else ("1" if email_attach_file else "0"))),
            ("url_callback", url_callback),
            ("url_callback_enable", (None if url_callback_enable is None else ("1" if url_callback_enable else "0"))),
            ("url_callback_retry", (None if url_callback_retry is None else ("1" if url_callback_retry else "0"))),
            ("fax_to_sip_enabled", (None if fax_to_sip_enabled is None else ("1" if fax_to_sip_enabled else "0"))),
            ("fax_to_sip_enabled_account", fax_to_sip_enabled_account),
            ("note", note),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("setFaxNumberInfo", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_fax_number_info(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to setFaxNumberInfo into its result, or raise the error it carries."""
    raise_for_status("setFaxNumberInfo", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_fax_number_info(response, body, data)


@with_mutation_context
def parse_soap_set_fax_number_info(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to setFaxNumberInfo into its result, or raise its error or fault."""
    raise_for_status("setFaxNumberInfo", response, body, (200,), RPC_ERRORS)
    return finish_set_fax_number_info(response, body, rpc_data(response, body, "setFaxNumberInfo", RPC_ERRORS))


def finish_set_fax_number_info(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of setFaxNumberInfo from its answer's data, whichever transport brought it."""
    ERRORS.check_status("setFaxNumberInfo", response, body, data, False)
    return None


def build_set_fax_number_url_callback(
    *,
    did: int,
    url_callback: str | None = None,
    url_callback_enable: bool | None = None,
    url_callback_retry: bool | None = None,
    test: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of setFaxNumberURLCallback and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "integer", required=True)
    check_scalar(problems, url_callback, "url_callback", "string")
    check_scalar(problems, url_callback_enable, "url_callback_enable", "boolean")
    check_scalar(problems, url_callback_retry, "url_callback_retry", "boolean")
    check_scalar(problems, test, "test", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setFaxNumberURLCallback"),
            ("did", str(did)),
            ("url_callback", url_callback),
            ("url_callback_enable", (None if url_callback_enable is None else ("1" if url_callback_enable else "0"))),
            ("url_callback_retry", (None if url_callback_retry is None else ("1" if url_callback_retry else "0"))),
            ("test", (None if test is None else ("1" if test else "0"))),
        )
    )
    return PreparedRequest("setFaxNumberURLCallback", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_fax_number_url_callback(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to setFaxNumberURLCallback into its result, or raise the error it carries."""
    raise_for_status("setFaxNumberURLCallback", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_fax_number_url_callback(response, body, data)


@with_mutation_context
def parse_soap_set_fax_number_url_callback(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to setFaxNumberURLCallback into its result, or raise its error or fault."""
    raise_for_status("setFaxNumberURLCallback", response, body, (200,), RPC_ERRORS)
    return finish_set_fax_number_url_callback(
        response, body, rpc_data(response, body, "setFaxNumberURLCallback", RPC_ERRORS)
    )


def finish_set_fax_number_url_callback(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of setFaxNumberURLCallback from its answer's data, whichever transport brought it."""
    ERRORS.check_status("setFaxNumberURLCallback", response, body, data, False)
    return None


def build_set_forwarding(
    *,
    forwarding: str | None = None,
    phone_number: str,
    callerid_override: str | None = None,
    description: str | None = None,
    dtmf_digits: str | None = None,
    pause: Decimal | None = None,
    diversion_header: bool | None = None,
    attestation_a_enabled: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of setForwarding and build its request."""
    problems: Problems = []
    check_scalar(problems, forwarding, "forwarding", "string")
    check_scalar(problems, phone_number, "phone_number", "string", required=True)
    check_scalar(problems, callerid_override, "callerid_override", "string")
    check_scalar(problems, description, "description", "string")
    check_scalar(problems, dtmf_digits, "dtmf_digits", "string")
    check_scalar(problems, pause, "pause", "decimal", minimum=0, maximum=10)
    check_scalar(problems, diversion_header, "diversion_header", "boolean")
    check_scalar(problems, attestation_a_enabled, "attestation_a_enabled", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setForwarding"),
            ("forwarding", forwarding),
            ("phone_number", phone_number),
            ("callerid_override", callerid_override),
            ("description", description),
            ("dtmf_digits", dtmf_digits),
            ("pause", (None if pause is None else str(pause))),
            ("diversion_header", (None if diversion_header is None else ("1" if diversion_header else "0"))),
            (
                "attestation_a_enabled",
                (None if attestation_a_enabled is None else ("1" if attestation_a_enabled else "0")),
            ),
        )
    )
    return PreparedRequest("setForwarding", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_forwarding(response: httpx.Response, body: bytes) -> SetForwardingResponse:
    """Turn the answer to setForwarding into its result, or raise the error it carries."""
    raise_for_status("setForwarding", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetForwardingResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_forwarding(response, body, data)


@with_mutation_context
def parse_soap_set_forwarding(response: httpx.Response, body: bytes) -> SetForwardingResponse:
    """Turn the SOAP answer to setForwarding into its result, or raise its error or fault."""
    raise_for_status("setForwarding", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "setForwarding")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SetForwardingResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_set_forwarding(response, body, rpc_data_from(scanned, response, body, "setForwarding", RPC_ERRORS))


def finish_set_forwarding(response: httpx.Response, body: bytes, data: dict[str, object]) -> SetForwardingResponse:
    """The result of setForwarding from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setForwarding", response, body, data, False):
        return _json.read_set_forwarding_response({}, "$")
    return _json.read_set_forwarding_response(data, "$")


def build_set_ivr(
    *,
    ivr: str | None = None,
    name: str,
    recording: int,
    timeout_: int,
    language: str,
    voicemailsetup: int,
    choices: str,
) -> PreparedRequest:
    """Check the arguments of setIVR and build its request."""
    problems: Problems = []
    check_scalar(problems, ivr, "ivr", "string")
    check_scalar(problems, name, "name", "string", required=True)
    check_scalar(problems, recording, "recording", "integer", required=True)
    check_scalar(problems, timeout_, "timeout_", "integer", required=True)
    check_scalar(problems, language, "language", "string", required=True)
    check_scalar(problems, voicemailsetup, "voicemailsetup", "integer", required=True)
    check_scalar(problems, choices, "choices", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setIVR"),
            ("ivr", ivr),
            ("name", name),
            ("recording", str(recording)),
            ("timeout", str(timeout_)),
            ("language", language),
            ("voicemailsetup", str(voicemailsetup)),
            ("choices", choices),
        )
    )
    return PreparedRequest("setIVR", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_ivr(response: httpx.Response, body: bytes) -> SetIVRResponse:
    """Turn the answer to setIVR into its result, or raise the error it carries."""
    raise_for_status("setIVR", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetIVRResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_ivr(response, body, data)


@with_mutation_context
def parse_soap_set_ivr(response: httpx.Response, body: bytes) -> SetIVRResponse:
    """Turn the SOAP answer to setIVR into its result, or raise its error or fault."""
    raise_for_status("setIVR", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "setIVR")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SetIVRResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_set_ivr(response, body, rpc_data_from(scanned, response, body, "setIVR", RPC_ERRORS))


def finish_set_ivr(response: httpx.Response, body: bytes, data: dict[str, object]) -> SetIVRResponse:
    """The result of setIVR from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setIVR", response, body, data, False):
        return _json.read_set_ivr_response({}, "$")
    return _json.read_set_ivr_response(data, "$")


def build_set_location(
    *,
    name: str,
) -> PreparedRequest:
    """Check the arguments of setLocation and build its request."""
    problems: Problems = []
    check_scalar(problems, name, "name", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setLocation"),
            ("name", name),
        )
    )
    return PreparedRequest("setLocation", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_location(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to setLocation into its result, or raise the error it carries."""
    raise_for_status("setLocation", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_location(response, body, data)


def finish_set_location(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of setLocation from its answer's data, whichever transport brought it."""
    ERRORS.check_status("setLocation", response, body, data, False)
    return None


def build_set_music_on_hold(
    *,
    name: str | None = None,
    description: str,
    volume: bool | None = None,
    sort: str | None = None,
    recordings: str,
) -> PreparedRequest:
    """Check the arguments of setMusicOnHold and build its request."""
    problems: Problems = []
    check_scalar(problems, name, "name", "string")
    check_scalar(problems, description, "description", "string", required=True)
    check_scalar(problems, volume, "volume", "boolean")
    check_scalar(problems, sort, "sort", "string")
    check_scalar(problems, recordings, "recordings", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setMusicOnHold"),
            ("name", name),
            ("description", description),
            ("volume", (None if volume is None else ("1" if volume else "0"))),
            ("sort", sort),
            ("recordings", recordings),
        )
    )
    return PreparedRequest("setMusicOnHold", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_music_on_hold(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to setMusicOnHold into its result, or raise the error it carries."""
    raise_for_status("setMusicOnHold", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_music_on_hold(response, body, data)


@with_mutation_context
def parse_soap_set_music_on_hold(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to setMusicOnHold into its result, or raise its error or fault."""
    raise_for_status("setMusicOnHold", response, body, (200,), RPC_ERRORS)
    return finish_set_music_on_hold(response, body, rpc_data(response, body, "setMusicOnHold", RPC_ERRORS))


def finish_set_music_on_hold(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of setMusicOnHold from its answer's data, whichever transport brought it."""
    ERRORS.check_status("setMusicOnHold", response, body, data, False)
    return None


def build_set_phonebook(
    *,
    phonebook: str | None = None,
    speed_dial: str | None = None,
    name: str,
    number: str,
    callerid: str | None = None,
    note: str | None = None,
    group: int | None = None,
) -> PreparedRequest:
    """Check the arguments of setPhonebook and build its request."""
    problems: Problems = []
    check_scalar(problems, phonebook, "phonebook", "string")
    check_scalar(problems, speed_dial, "speed_dial", "string")
    check_scalar(problems, name, "name", "string", required=True)
    check_scalar(problems, number, "number", "string", required=True)
    check_scalar(problems, callerid, "callerid", "string")
    check_scalar(problems, note, "note", "string")
    check_scalar(problems, group, "group", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setPhonebook"),
            ("phonebook", phonebook),
            ("speed_dial", speed_dial),
            ("name", name),
            ("number", number),
            ("callerid", callerid),
            ("note", note),
            ("group", (None if group is None else str(group))),
        )
    )
    return PreparedRequest("setPhonebook", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_phonebook(response: httpx.Response, body: bytes) -> SetPhonebookResponse:
    """Turn the answer to setPhonebook into its result, or raise the error it carries."""
    raise_for_status("setPhonebook", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetPhonebookResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_phonebook(response, body, data)


@with_mutation_context
def parse_soap_set_phonebook(response: httpx.Response, body: bytes) -> SetPhonebookResponse:
    """Turn the SOAP answer to setPhonebook into its result, or raise its error or fault."""
    raise_for_status("setPhonebook", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "setPhonebook")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SetPhonebookResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_set_phonebook(response, body, rpc_data_from(scanned, response, body, "setPhonebook", RPC_ERRORS))


def finish_set_phonebook(response: httpx.Response, body: bytes, data: dict[str, object]) -> SetPhonebookResponse:
    """The result of setPhonebook from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setPhonebook", response, body, data, False):
        return _json.read_set_phonebook_response({}, "$")
    return _json.read_set_phonebook_response(data, "$")


def build_set_phonebook_group(
    *,
    phonebook: str | None = None,
    group: str | None = None,
    name: str,
    members: str | None = None,
) -> PreparedRequest:
    """Check the arguments of setPhonebookGroup and build its request."""
    problems: Problems = []
    check_scalar(problems, phonebook, "phonebook", "string")
    check_scalar(problems, group, "group", "string")
    check_scalar(problems, name, "name", "string", required=True)
    check_scalar(problems, members, "members", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setPhonebookGroup"),
            ("phonebook", phonebook),
            ("group", group),
            ("name", name),
            ("members", members),
        )
    )
    return PreparedRequest("setPhonebookGroup", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_phonebook_group(response: httpx.Response, body: bytes) -> SetPhonebookGroupResponse:
    """Turn the answer to setPhonebookGroup into its result, or raise the error it carries."""
    raise_for_status("setPhonebookGroup", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetPhonebookGroupResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_phonebook_group(response, body, data)


@with_mutation_context
def parse_soap_set_phonebook_group(response: httpx.Response, body: bytes) -> SetPhonebookGroupResponse:
    """Turn the SOAP answer to setPhonebookGroup into its result, or raise its error or fault."""
    raise_for_status("setPhonebookGroup", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "setPhonebookGroup")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SetPhonebookGroupResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_set_phonebook_group(
        response, body, rpc_data_from(scanned, response, body, "setPhonebookGroup", RPC_ERRORS)
    )


def finish_set_phonebook_group(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> SetPhonebookGroupResponse:
    """The result of setPhonebookGroup from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setPhonebookGroup", response, body, data, False):
        return _json.read_set_phonebook_group_response({}, "$")
    return _json.read_set_phonebook_group_response(data, "$")


def build_set_queue(
    *,
    queue: str | None = None,
    queue_name: str,
    queue_number: int,
    queue_language: str,
    queue_password: str | None = None,
    callerid_prefix: str | None = None,
    join_announcement: str | None = None,
    priority_weight: int,
    agent_announcement: str | None = None,
    report_hold_time_agent: str,
    member_delay: str | None = None,
    maximum_wait_time: str | None = None,
    maximum_callers: str | None = None,
    join_when_empty: str,
    leave_when_empty: QueueEmptyMode,
    ring_strategy: str,
    ring_inuse: YesNo,
    agent_ring_timeout: int | None = None,
    retry_timer: str | None = None,
    wrapup_time: str | None = None,
    voice_announcement: str | None = None,
    frequency_announcement: str | None = None,
    announce_position_frecuency: str | None = None,
    announce_round_seconds: str | None = None,
    if_announce_position_enabled_report_estimated_hold_time: YesNoOnce | None = None,
    thankyou_for_your_patience: YesNo | None = None,
    music_on_hold: str | None = None,
    fail_over_routing_timeout: str | None = None,
    fail_over_routing_full: str | None = None,
    fail_over_routing_join_empty: str | None = None,
    fail_over_routing_leave_empty: str | None = None,
    fail_over_routing_join_unavail: str | None = None,
    fail_over_routing_leave_unavail: str | None = None,
) -> PreparedRequest:
    """Check the arguments of setQueue and build its request."""
    problems: Problems = []
    check_scalar(problems, queue, "queue", "string")
    check_scalar(problems, queue_name, "queue_name", "string", required=True)
    check_scalar(problems, queue_number, "queue_number", "integer", required=True)
    check_scalar(problems, queue_language, "queue_language", "string", required=True)
    check_scalar(problems, queue_password, "queue_password", "string")
    check_scalar(problems, callerid_prefix, "callerid_prefix", "string")
    check_scalar(problems, join_announcement, "join_announcement", "string")
    check_scalar(problems, priority_weight, "priority_weight", "integer", required=True, minimum=1, maximum=60)
    check_scalar(problems, agent_announcement, "agent_announcement", "string")
    check_scalar(problems, report_hold_time_agent, "report_hold_time_agent", "string", required=True)
    check_scalar(problems, member_delay, "member_delay", "string")
    check_scalar(problems, maximum_wait_time, "maximum_wait_time", "string")
    check_scalar(problems, maximum_callers, "maximum_callers", "string")
    check_scalar(problems, join_when_empty, "join_when_empty", "string", required=True)
    check_scalar(problems, leave_when_empty, "leave_when_empty", "enum", allowed=QUEUE_EMPTY_MODE_VALUES, required=True)
    check_scalar(problems, ring_strategy, "ring_strategy", "string", required=True)
    check_scalar(problems, ring_inuse, "ring_inuse", "enum", allowed=YES_NO_VALUES, required=True)
    check_scalar(problems, agent_ring_timeout, "agent_ring_timeout", "integer", minimum=5, maximum=60)
    check_scalar(problems, retry_timer, "retry_timer", "string")
    check_scalar(problems, wrapup_time, "wrapup_time", "string")
    check_scalar(problems, voice_announcement, "voice_announcement", "string")
    check_scalar(problems, frequency_announcement, "frequency_announcement", "string")
    check_scalar(problems, announce_position_frecuency, "announce_position_frecuency", "string")
    check_scalar(problems, announce_round_seconds, "announce_round_seconds", "string")
    check_scalar(
        problems,
        if_announce_position_enabled_report_estimated_hold_time,
        "if_announce_position_enabled_report_estimated_hold_time",
        "enum",
        allowed=YES_NO_ONCE_VALUES,
    )
    check_scalar(problems, thankyou_for_your_patience, "thankyou_for_your_patience", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, music_on_hold, "music_on_hold", "string")
    check_scalar(problems, fail_over_routing_timeout, "fail_over_routing_timeout", "string")
    check_scalar(problems, fail_over_routing_full, "fail_over_routing_full", "string")
    check_scalar(problems, fail_over_routing_join_empty, "fail_over_routing_join_empty", "string")
    check_scalar(problems, fail_over_routing_leave_empty, "fail_over_routing_leave_empty", "string")
    check_scalar(problems, fail_over_routing_join_unavail, "fail_over_routing_join_unavail", "string")
    check_scalar(problems, fail_over_routing_leave_unavail, "fail_over_routing_leave_unavail", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setQueue"),
            ("queue", queue),
            ("queue_name", queue_name),
            ("queue_number", str(queue_number)),
            ("queue_language", queue_language),
            ("queue_password", queue_password),
            ("callerid_prefix", callerid_prefix),
            ("join_announcement", join_announcement),
            ("priority_weight", str(priority_weight)),
            ("agent_announcement", agent_announcement),
            ("report_hold_time_agent", report_hold_time_agent),
            ("member_delay", member_delay),
            ("maximum_wait_time", maximum_wait_time),
            ("maximum_callers", maximum_callers),
            ("join_when_empty", join_when_empty),
            ("leave_when_empty", str(leave_when_empty)),
            ("ring_strategy", ring_strategy),
            ("ring_inuse", str(ring_inuse)),
            ("agent_ring_timeout", (None if agent_ring_timeout is None else str(agent_ring_timeout))),
            ("retry_timer", retry_timer),
            ("wrapup_time", wrapup_time),
            ("voice_announcement", voice_announcement),
            ("frequency_announcement", frequency_announcement),
            ("announce_position_frecuency", announce_position_frecuency),
            ("announce_round_seconds", announce_round_seconds),
            (
                "if_announce_position_enabled_report_estimated_hold_time",
                (
                    None
                    if if_announce_position_enabled_report_estimated_hold_time is None
                    else str(if_announce_position_enabled_report_estimated_hold_time)
                ),
            ),
            (
                "thankyou_for_your_patience",
                (None if thankyou_for_your_patience is None else str(thankyou_for_your_patience)),
            ),
            ("music_on_hold", music_on_hold),
            ("fail_over_routing_timeout", fail_over_routing_timeout),
            ("fail_over_routing_full", fail_over_routing_full),
            ("fail_over_routing_join_empty", fail_over_routing_join_empty),
            ("fail_over_routing_leave_empty", fail_over_routing_leave_empty),
            ("fail_over_routing_join_unavail", fail_over_routing_join_unavail),
            ("fail_over_routing_leave_unavail", fail_over_routing_leave_unavail),
        )
    )
    return PreparedRequest(
        "setQueue", "GET", "/api/v1/rest.php", query, mutates=True, secrets=secret_texts(queue_password)
    )


@with_mutation_context
def parse_set_queue(response: httpx.Response, body: bytes) -> SetQueueResponse:
    """Turn the answer to setQueue into its result, or raise the error it carries."""
    raise_for_status("setQueue", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetQueueResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_queue(response, body, data)


@with_mutation_context
def parse_soap_set_queue(response: httpx.Response, body: bytes) -> SetQueueResponse:
    """Turn the SOAP answer to setQueue into its result, or raise its error or fault."""
    raise_for_status("setQueue", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "setQueue")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SetQueueResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_set_queue(response, body, rpc_data_from(scanned, response, body, "setQueue", RPC_ERRORS))


def finish_set_queue(response: httpx.Response, body: bytes, data: dict[str, object]) -> SetQueueResponse:
    """The result of setQueue from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setQueue", response, body, data, False):
        return _json.read_set_queue_response({}, "$")
    return _json.read_set_queue_response(data, "$")


def build_set_recording(
    *,
    recording: str | None = None,
    file: str | None = None,
    name: str | None = None,
    credentials: tuple[tuple[str, str], ...] = (),
) -> PreparedRequest:
    """Check the arguments of setRecording and build its request."""
    problems: Problems = []
    check_scalar(problems, recording, "recording", "string")
    check_scalar(problems, file, "file", "string")
    check_scalar(problems, name, "name", "string")
    if file is None and recording is None:
        problems.append(("file", "file is required to create a recording"))
    if name is None and recording is None:
        problems.append(("name", "name is required to create a recording"))
    if file is None and name is None:
        problems.append(("file", "one of file, name is required"))
    raise_problems(problems)
    query = query_pairs(())
    files: tuple[tuple[str, bytes], ...] = ()
    fields = query_pairs(
        (
            ("method", "setRecording"),
            ("recording", recording),
            ("file", file),
            ("name", name),
        )
    )
    content, content_type = encode_multipart((*credentials, *fields), files)
    return PreparedRequest(
        "setRecording",
        "POST",
        "/api/v1/rest.php",
        query,
        content=content,
        content_type=content_type,
        mutates=True,
        credentials_in_body=True,
        fields=fields,
    )


@with_mutation_context
def parse_set_recording(response: httpx.Response, body: bytes) -> SetRecordingResponse:
    """Turn the answer to setRecording into its result, or raise the error it carries."""
    raise_for_status("setRecording", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetRecordingResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_recording(response, body, data)


@with_mutation_context
def parse_soap_set_recording(response: httpx.Response, body: bytes) -> SetRecordingResponse:
    """Turn the SOAP answer to setRecording into its result, or raise its error or fault."""
    raise_for_status("setRecording", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "setRecording")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SetRecordingResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_set_recording(response, body, rpc_data_from(scanned, response, body, "setRecording", RPC_ERRORS))


def finish_set_recording(response: httpx.Response, body: bytes, data: dict[str, object]) -> SetRecordingResponse:
    """The result of setRecording from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setRecording", response, body, data, False):
        return _json.read_set_recording_response({}, "$")
    return _json.read_set_recording_response(data, "$")


def build_set_ring_group(
    *,
    ring_group: str | None = None,
    name: str,
    members: str,
    voicemail: str,
    caller_announcement: str | None = None,
    music_on_hold: str | None = None,
    language: str | None = None,
) -> PreparedRequest:
    """Check the arguments of setRingGroup and build its request."""
    problems: Problems = []
    check_scalar(problems, ring_group, "ring_group", "string")
    check_scalar(problems, name, "name", "string", required=True)
    check_scalar(problems, members, "members", "string", required=True)
    check_scalar(problems, voicemail, "voicemail", "string", required=True)
    check_scalar(problems, caller_announcement, "caller_announcement", "string")
    check_scalar(problems, music_on_hold, "music_on_hold", "string")
    check_scalar(problems, language, "language", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setRingGroup"),
            ("ring_group", ring_group),
            ("name", name),
            ("members", members),
            ("voicemail", voicemail),
            ("caller_announcement", caller_announcement),
            ("music_on_hold", music_on_hold),
            ("language", language),
        )
    )
    return PreparedRequest("setRingGroup", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_ring_group(response: httpx.Response, body: bytes) -> SetRingGroupResponse:
    """Turn the answer to setRingGroup into its result, or raise the error it carries."""
    raise_for_status("setRingGroup", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetRingGroupResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_ring_group(response, body, data)


@with_mutation_context
def parse_soap_set_ring_group(response: httpx.Response, body: bytes) -> SetRingGroupResponse:
    """Turn the SOAP answer to setRingGroup into its result, or raise its error or fault."""
    raise_for_status("setRingGroup", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "setRingGroup")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SetRingGroupResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_set_ring_group(response, body, rpc_data_from(scanned, response, body, "setRingGroup", RPC_ERRORS))


def finish_set_ring_group(response: httpx.Response, body: bytes, data: dict[str, object]) -> SetRingGroupResponse:
    """The result of setRingGroup from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setRingGroup", response, body, data, False):
        return _json.read_set_ring_group_response({}, "$")
    return _json.read_set_ring_group_response(data, "$")


def build_set_sequences(
    *,
    sequence: int | None = None,
    name: str,
    steps: Sequence[SequenceStep],
    client: int | None = None,
) -> PreparedRequest:
    """Check the arguments of setSequences and build its request."""
    problems: Problems = []
    check_scalar(problems, sequence, "sequence", "integer")
    check_scalar(problems, name, "name", "string", required=True)
    if steps is None:
        problems.append(("steps", "is required"))
    else:
        if isinstance(steps, (str, bytes)) or not isinstance(steps, (list, tuple)):
            problems.append(("steps", "must be a list or tuple"))
        else:
            if len(steps) < 1:
                problems.append(("steps", "must not be empty"))
            for i1, x1 in enumerate(steps):
                if x1 is None:
                    problems.append((f"steps[{i1}]", "must not be None"))
                else:
                    if not isinstance(x1, SequenceStep):
                        problems.append((f"steps[{i1}]", "must be a SequenceStep"))
                    else:
                        check_sequence_step(x1, f"steps[{i1}]", problems)
    check_scalar(problems, client, "client", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setSequences"),
            ("sequence", (None if sequence is None else str(sequence))),
            ("name", name),
            *(() if steps is None else (("steps", json.dumps([wire_sequence_step(x) for x in steps])),)),
            ("client", (None if client is None else str(client))),
        )
    )
    return PreparedRequest("setSequences", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_sequences(response: httpx.Response, body: bytes) -> SetSequencesResponse:
    """Turn the answer to setSequences into its result, or raise the error it carries."""
    raise_for_status("setSequences", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetSequencesResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_sequences(response, body, data)


def finish_set_sequences(response: httpx.Response, body: bytes, data: dict[str, object]) -> SetSequencesResponse:
    """The result of setSequences from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setSequences", response, body, data, False):
        return _json.read_set_sequences_response({}, "$")
    return _json.read_set_sequences_response(data, "$")


def build_set_sipuri(
    *,
    sipuri: str | None = None,
    uri: str,
    description: str | None = None,
    callerid_override: str | None = None,
    callerid_e164: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of setSIPURI and build its request."""
    problems: Problems = []
    check_scalar(problems, sipuri, "sipuri", "string")
    check_scalar(problems, uri, "uri", "string", required=True)
    check_scalar(problems, description, "description", "string")
    check_scalar(problems, callerid_override, "callerid_override", "string")
    check_scalar(problems, callerid_e164, "callerid_e164", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setSIPURI"),
            ("sipuri", sipuri),
            ("uri", uri),
            ("description", description),
            ("callerid_override", callerid_override),
            ("callerid_e164", (None if callerid_e164 is None else ("1" if callerid_e164 else "0"))),
        )
    )
    return PreparedRequest("setSIPURI", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_sipuri(response: httpx.Response, body: bytes) -> SetSIPURIResponse:
    """Turn the answer to setSIPURI into its result, or raise the error it carries."""
    raise_for_status("setSIPURI", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetSIPURIResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_sipuri(response, body, data)


@with_mutation_context
def parse_soap_set_sipuri(response: httpx.Response, body: bytes) -> SetSIPURIResponse:
    """Turn the SOAP answer to setSIPURI into its result, or raise its error or fault."""
    raise_for_status("setSIPURI", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "setSIPURI")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SetSIPURIResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_set_sipuri(response, body, rpc_data_from(scanned, response, body, "setSIPURI", RPC_ERRORS))


def finish_set_sipuri(response: httpx.Response, body: bytes, data: dict[str, object]) -> SetSIPURIResponse:
    """The result of setSIPURI from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setSIPURI", response, body, data, False):
        return _json.read_set_sipuri_response({}, "$")
    return _json.read_set_sipuri_response(data, "$")


def build_set_sms(
    *,
    did: str,
    enable: bool,
    email_enabled: bool | None = None,
    email_address: str | None = None,
    sms_forward_enable: bool | None = None,
    sms_forward: str | None = None,
    url_callback_enable: bool | None = None,
    url_callback: str | None = None,
    url_callback_retry: bool | None = None,
    webhook_enable: bool | None = None,
    webhook: str | None = None,
    dialmode: int | None = None,
    smpp_enabled: bool | None = None,
    smpp_url: str | None = None,
    smpp_user: str | None = None,
    smpp_pass: str | None = None,
    sms_sipaccount: str | None = None,
    sms_sipaccount_enabled: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of setSMS and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    check_scalar(problems, enable, "enable", "boolean", required=True)
    check_scalar(problems, email_enabled, "email_enabled", "boolean")
    check_scalar(problems, email_address, "email_address", "string")
    check_scalar(problems, sms_forward_enable, "sms_forward_enable", "boolean")
    check_scalar(problems, sms_forward, "sms_forward", "string")
    check_scalar(problems, url_callback_enable, "url_callback_enable", "boolean")
    check_scalar(problems, url_callback, "url_callback", "string")
    check_scalar(problems, url_callback_retry, "url_callback_retry", "boolean")
    check_scalar(problems, webhook_enable, "webhook_enable", "boolean")
    check_scalar(problems, webhook, "webhook", "string")
    check_scalar(problems, dialmode, "dialmode", "integer", minimum=1, maximum=2)
    check_scalar(problems, smpp_enabled, "smpp_enabled", "boolean")
    check_scalar(problems, smpp_url, "smpp_url", "string")
    check_scalar(problems, smpp_user, "smpp_user", "string")
    check_scalar(problems, smpp_pass, "smpp_pass", "string")
    check_scalar(problems, sms_sipaccount, "sms_sipaccount", "string")
    check_scalar(problems, sms_sipaccount_enabled, "sms_sipaccount_enabled", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setSMS"),
            ("did", did),
            ("enable", ("1" if enable else "0")),
            ("email_enabled", (None if email_enabled is None else ("1" if email_enabled else "0"))),
            ("email_address", email_address),
            ("sms_forward_enable", (None if sms_forward_enable is None else ("1" if sms_forward_enable else "0"))),
            ("sms_forward", sms_forward),
            ("url_callback_enable", (None if url_callback_enable is None else ("1" if url_callback_enable else "0"))),
            ("url_callback", url_callback),
            ("url_callback_retry", (None if url_callback_retry is None else ("1" if url_callback_retry else "0"))),
            ("webhook_enable", (None if webhook_enable is None else ("1" if webhook_enable else "0"))),
            ("webhook", webhook),
            ("dialmode", (None if dialmode is None else str(dialmode))),
            ("smpp_enabled", (None if smpp_enabled is None else ("1" if smpp_enabled else "0"))),
            ("smpp_url", smpp_url),
            ("smpp_user", smpp_user),
            ("smpp_pass", smpp_pass),
            ("sms_sipaccount", sms_sipaccount),
            (
                "sms_sipaccount_enabled",
                (None if sms_sipaccount_enabled is None else ("1" if sms_sipaccount_enabled else "0")),
            ),
        )
    )
    return PreparedRequest("setSMS", "GET", "/api/v1/rest.php", query, mutates=True, secrets=secret_texts(smpp_pass))


@with_mutation_context
def parse_set_sms(response: httpx.Response, body: bytes) -> SetSMSResponse:
    """Turn the answer to setSMS into its result, or raise the error it carries."""
    raise_for_status("setSMS", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetSMSResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_sms(response, body, data)


@with_mutation_context
def parse_soap_set_sms(response: httpx.Response, body: bytes) -> SetSMSResponse:
    """Turn the SOAP answer to setSMS into its result, or raise its error or fault."""
    raise_for_status("setSMS", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "setSMS")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SetSMSResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_set_sms(response, body, rpc_data_from(scanned, response, body, "setSMS", RPC_ERRORS))


def finish_set_sms(response: httpx.Response, body: bytes, data: dict[str, object]) -> SetSMSResponse:
    """The result of setSMS from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setSMS", response, body, data, False):
        return _json.read_set_sms_response({}, "$")
    return _json.read_set_sms_response(data, "$")


def build_set_static_member(
    *,
    member: str | None = None,
    queue: int,
    member_name: str,
    account: str | None = None,
    priority: int,
) -> PreparedRequest:
    """Check the arguments of setStaticMember and build its request."""
    problems: Problems = []
    check_scalar(problems, member, "member", "string")
    check_scalar(problems, queue, "queue", "integer", required=True)
    check_scalar(problems, member_name, "member_name", "string", required=True)
    check_scalar(problems, account, "account", "string")
    check_scalar(problems, priority, "priority", "integer", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setStaticMember"),
            ("member", member),
            ("queue", str(queue)),
            ("member_name", member_name),
            ("account", account),
            ("priority", str(priority)),
        )
    )
    return PreparedRequest("setStaticMember", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_static_member(response: httpx.Response, body: bytes) -> SetStaticMemberResponse:
    """Turn the answer to setStaticMember into its result, or raise the error it carries."""
    raise_for_status("setStaticMember", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetStaticMemberResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_static_member(response, body, data)


@with_mutation_context
def parse_soap_set_static_member(response: httpx.Response, body: bytes) -> SetStaticMemberResponse:
    """Turn the SOAP answer to setStaticMember into its result, or raise its error or fault."""
    raise_for_status("setStaticMember", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "setStaticMember")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SetStaticMemberResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_set_static_member(
        response, body, rpc_data_from(scanned, response, body, "setStaticMember", RPC_ERRORS)
    )


def finish_set_static_member(response: httpx.Response, body: bytes, data: dict[str, object]) -> SetStaticMemberResponse:
    """The result of setStaticMember from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setStaticMember", response, body, data, False):
        return _json.read_set_static_member_response({}, "$")
    return _json.read_set_static_member_response(data, "$")


def build_set_sub_account(
    *,
    id: int,
    description: str | None = None,
    auth_type: int,
    password: str | None = None,
    ip: str | None = None,
    device_type: int,
    callerid_number: str | None = None,
    canada_routing: str | None = None,
    lock_international: int,
    allow225: bool | None = None,
    international_route: int,
    music_on_hold: str,
    language: str | None = None,
    allowed_codecs: str,
    dtmf_mode: str,
    nat: str,
    sip_traffic: bool | None = None,
    max_expiry: int | None = None,
    rtp_timeout: int | None = None,
    rtp_hold_timeout: int | None = None,
    ip_restriction: str | None = None,
    enable_ip_restriction: bool | None = None,
    pop_restriction: str | None = None,
    enable_pop_restriction: bool | None = None,
    internal_extension: str | None = None,
    internal_voicemail: str | None = None,
    internal_dialtime: str | None = None,
    reseller_client: str | None = None,
    reseller_package: str | None = None,
    reseller_nextbilling: _dt.date | None = None,
    reseller_chargesetup: bool | None = None,
    parking_lot: int | None = None,
    enable_internal_cnam: bool | None = None,
    internal_cnam: str | None = None,
    send_bye: bool | None = None,
    record_calls: bool | None = None,
    transcribe: bool | None = None,
    transcription_locale: str | None = None,
    transcription_email: str | None = None,
    transcription_start_delay: int | None = None,
    dialing_mode: int | None = None,
    tfcarrier: int | None = None,
    internal_extension_location: int | None = None,
    call_pickup_behavior: int | None = None,
    default_e911: str | None = None,
) -> PreparedRequest:
    """Check the arguments of setSubAccount and build its request."""
    problems: Problems = []
    check_scalar(problems, id, "id", "integer", required=True)
    check_scalar(problems, description, "description", "string")
    check_scalar(problems, auth_type, "auth_type", "integer", required=True)
    check_scalar(problems, password, "password", "string")
    check_scalar(problems, ip, "ip", "string")
    check_scalar(problems, device_type, "device_type", "integer", required=True)
    check_scalar(problems, callerid_number, "callerid_number", "string")
    check_scalar(problems, canada_routing, "canada_routing", "string")
    check_scalar(problems, lock_international, "lock_international", "integer", required=True)
    check_scalar(problems, allow225, "allow225", "boolean")
    check_scalar(problems, international_route, "international_route", "integer", required=True)
    check_scalar(problems, music_on_hold, "music_on_hold", "string", required=True)
    check_scalar(problems, language, "language", "string")
    check_scalar(problems, allowed_codecs, "allowed_codecs", "string", required=True)
    check_scalar(problems, dtmf_mode, "dtmf_mode", "string", required=True)
    check_scalar(problems, nat, "nat", "string", required=True)
    check_scalar(problems, sip_traffic, "sip_traffic", "boolean")
    check_scalar(problems, max_expiry, "max_expiry", "integer", minimum=60, maximum=3600)
    check_scalar(problems, rtp_timeout, "rtp_timeout", "integer", minimum=1, maximum=3600)
    check_scalar(problems, rtp_hold_timeout, "rtp_hold_timeout", "integer", minimum=1, maximum=3600)
    check_scalar(problems, ip_restriction, "ip_restriction", "string")
    check_scalar(problems, enable_ip_restriction, "enable_ip_restriction", "boolean")
    check_scalar(problems, pop_restriction, "pop_restriction", "string")
    check_scalar(problems, enable_pop_restriction, "enable_pop_restriction", "boolean")
    check_scalar(problems, internal_extension, "internal_extension", "string")
    check_scalar(problems, internal_voicemail, "internal_voicemail", "string")
    check_scalar(problems, internal_dialtime, "internal_dialtime", "string")
    check_scalar(problems, reseller_client, "reseller_client", "string")
    check_scalar(problems, reseller_package, "reseller_package", "string")
    check_scalar(problems, reseller_nextbilling, "reseller_nextbilling", "date")
    check_scalar(problems, reseller_chargesetup, "reseller_chargesetup", "boolean")
    check_scalar(problems, parking_lot, "parking_lot", "integer")
    check_scalar(problems, enable_internal_cnam, "enable_internal_cnam", "boolean")
    check_scalar(problems, internal_cnam, "internal_cnam", "string")
    check_scalar(problems, send_bye, "send_bye", "boolean")
    check_scalar(problems, record_calls, "record_calls", "boolean")
    check_scalar(problems, transcribe, "transcribe", "boolean")
    check_scalar(problems, transcription_locale, "transcription_locale", "string")
    check_scalar(problems, transcription_email, "transcription_email", "string")
    check_scalar(problems, transcription_start_delay, "transcription_start_delay", "integer", minimum=0, maximum=60)
    check_scalar(problems, dialing_mode, "dialing_mode", "integer", minimum=0, maximum=2)
    check_scalar(problems, tfcarrier, "tfcarrier", "integer", minimum=-1, maximum=2)
    check_scalar(problems, internal_extension_location, "internal_extension_location", "integer")
    check_scalar(problems, call_pickup_behavior, "call_pickup_behavior", "integer", minimum=1, maximum=4)
    check_scalar(problems, default_e911, "default_e911", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setSubAccount"),
            ("id", str(id)),
            ("description", description),
            ("auth_type", str(auth_type)),
            ("password", password),
            ("ip", ip),
            ("device_type", str(device_type)),
            ("callerid_number", callerid_number),
            ("canada_routing", canada_routing),
            ("lock_international", str(lock_international)),
            ("allow225", (None if allow225 is None else ("1" if allow225 else "0"))),
            ("international_route", str(international_route)),
            ("music_on_hold", music_on_hold),
            ("language", language),
            ("allowed_codecs", allowed_codecs),
            ("dtmf_mode", dtmf_mode),
            ("nat", nat),
            ("sip_traffic", (None if sip_traffic is None else ("1" if sip_traffic else "0"))),
            ("max_expiry", (None if max_expiry is None else str(max_expiry))),
            ("rtp_timeout", (None if rtp_timeout is None else str(rtp_timeout))),
            ("rtp_hold_timeout", (None if rtp_hold_timeout is None else str(rtp_hold_timeout))),
            ("ip_restriction", ip_restriction),
            (
                "enable_ip_restriction",
                (None if enable_ip_restriction is None else ("1" if enable_ip_restriction else "0")),
            ),
            ("pop_restriction", pop_restriction),
            (
                "enable_pop_restriction",
                (None if enable_pop_restriction is None else ("1" if enable_pop_restriction else "0")),
            ),
            ("internal_extension", internal_extension),
            ("internal_voicemail", internal_voicemail),
            ("internal_dialtime", internal_dialtime),
            ("reseller_client", reseller_client),
            ("reseller_package", reseller_package),
            (
                "reseller_nextbilling",
                (None if reseller_nextbilling is None else reseller_nextbilling.strftime("%Y-%m-%d")),
            ),
            (
                "reseller_chargesetup",
                (None if reseller_chargesetup is None else ("1" if reseller_chargesetup else "0")),
            ),
            ("parking_lot", (None if parking_lot is None else str(parking_lot))),
            (
                "enable_internal_cnam",
                (None if enable_internal_cnam is None else ("1" if enable_internal_cnam else "0")),
            ),
            ("internal_cnam", internal_cnam),
            ("send_bye", (None if send_bye is None else ("1" if send_bye else "0"))),
            ("record_calls", (None if record_calls is None else ("1" if record_calls else "0"))),
            ("transcribe", (None if transcribe is None else ("1" if transcribe else "0"))),
            ("transcription_locale", transcription_locale),
            ("transcription_email", transcription_email),
            (
                "transcription_start_delay",
                (None if transcription_start_delay is None else str(transcription_start_delay)),
            ),
            ("dialing_mode", (None if dialing_mode is None else str(dialing_mode))),
            ("tfcarrier", (None if tfcarrier is None else str(tfcarrier))),
            (
                "internal_extension_location",
                (None if internal_extension_location is None else str(internal_extension_location)),
            ),
            ("call_pickup_behavior", (None if call_pickup_behavior is None else str(call_pickup_behavior))),
            ("default_e911", default_e911),
        )
    )
    return PreparedRequest(
        "setSubAccount", "GET", "/api/v1/rest.php", query, mutates=True, secrets=secret_texts(password)
    )


@with_mutation_context
def parse_set_sub_account(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to setSubAccount into its result, or raise the error it carries."""
    raise_for_status("setSubAccount", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_sub_account(response, body, data)


@with_mutation_context
def parse_soap_set_sub_account(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to setSubAccount into its result, or raise its error or fault."""
    raise_for_status("setSubAccount", response, body, (200,), RPC_ERRORS)
    return finish_set_sub_account(response, body, rpc_data(response, body, "setSubAccount", RPC_ERRORS))


def finish_set_sub_account(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of setSubAccount from its answer's data, whichever transport brought it."""
    ERRORS.check_status("setSubAccount", response, body, data, False)
    return None


def build_set_time_condition(
    *,
    timecondition: str | None = None,
    name: str,
    routing_match: str,
    routing_nomatch: str,
    starthour: str,
    startminute: str,
    endhour: str,
    endminute: str,
    weekdaystart: str,
    weekdayend: str,
) -> PreparedRequest:
    """Check the arguments of setTimeCondition and build its request."""
    problems: Problems = []
    check_scalar(problems, timecondition, "timecondition", "string")
    check_scalar(problems, name, "name", "string", required=True)
    check_scalar(problems, routing_match, "routing_match", "string", required=True)
    check_scalar(problems, routing_nomatch, "routing_nomatch", "string", required=True)
    check_scalar(problems, starthour, "starthour", "string", required=True)
    check_scalar(problems, startminute, "startminute", "string", required=True)
    check_scalar(problems, endhour, "endhour", "string", required=True)
    check_scalar(problems, endminute, "endminute", "string", required=True)
    check_scalar(problems, weekdaystart, "weekdaystart", "string", required=True)
    check_scalar(problems, weekdayend, "weekdayend", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setTimeCondition"),
            ("timecondition", timecondition),
            ("name", name),
            ("routing_match", routing_match),
            ("routing_nomatch", routing_nomatch),
            ("starthour", starthour),
            ("startminute", startminute),
            ("endhour", endhour),
            ("endminute", endminute),
            ("weekdaystart", weekdaystart),
            ("weekdayend", weekdayend),
        )
    )
    return PreparedRequest("setTimeCondition", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_set_time_condition(response: httpx.Response, body: bytes) -> SetTimeConditionResponse:
    """Turn the answer to setTimeCondition into its result, or raise the error it carries."""
    raise_for_status("setTimeCondition", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SetTimeConditionResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_time_condition(response, body, data)


@with_mutation_context
def parse_soap_set_time_condition(response: httpx.Response, body: bytes) -> SetTimeConditionResponse:
    """Turn the SOAP answer to setTimeCondition into its result, or raise its error or fault."""
    raise_for_status("setTimeCondition", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "setTimeCondition")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SetTimeConditionResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_set_time_condition(
        response, body, rpc_data_from(scanned, response, body, "setTimeCondition", RPC_ERRORS)
    )


def finish_set_time_condition(
    response: httpx.Response, body: bytes, data: dict[str, object]
) -> SetTimeConditionResponse:
    """The result of setTimeCondition from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("setTimeCondition", response, body, data, False):
        return _json.read_set_time_condition_response({}, "$")
    return _json.read_set_time_condition_response(data, "$")


def build_set_voicemail(
    *,
    mailbox: int,
    name: str,
    password: str,
    skip_password: bool,
    email: str | None = None,
    attach_message: YesNo,
    delete_message: YesNo,
    say_time: YesNo,
    timezone: str,
    say_callerid: YesNo,
    play_instructions: str,
    language: str,
    client: int | None = None,
    email_attachment_format: str | None = None,
    unavailable_message_recording: str | None = None,
    transcription: YesNo | None = None,
    transcription_locale: str | None = None,
    transcription_redaction: YesNo | None = None,
    transcription_sentiment: YesNo | None = None,
    transcription_summary: YesNo | None = None,
    transcription_format: TranscriptionFormat | None = None,
    transcription_delay: int | None = None,
) -> PreparedRequest:
    """Check the arguments of setVoicemail and build its request."""
    problems: Problems = []
    check_scalar(problems, mailbox, "mailbox", "integer", required=True)
    check_scalar(problems, name, "name", "string", required=True)
    check_scalar(problems, password, "password", "string", required=True)
    check_scalar(problems, skip_password, "skip_password", "boolean", required=True)
    check_scalar(problems, email, "email", "string")
    check_scalar(problems, attach_message, "attach_message", "enum", allowed=YES_NO_VALUES, required=True)
    check_scalar(problems, delete_message, "delete_message", "enum", allowed=YES_NO_VALUES, required=True)
    check_scalar(problems, say_time, "say_time", "enum", allowed=YES_NO_VALUES, required=True)
    check_scalar(problems, timezone, "timezone", "string", required=True)
    check_scalar(problems, say_callerid, "say_callerid", "enum", allowed=YES_NO_VALUES, required=True)
    check_scalar(problems, play_instructions, "play_instructions", "string", required=True)
    check_scalar(problems, language, "language", "string", required=True)
    check_scalar(problems, client, "client", "integer")
    check_scalar(problems, email_attachment_format, "email_attachment_format", "string")
    check_scalar(problems, unavailable_message_recording, "unavailable_message_recording", "string")
    check_scalar(problems, transcription, "transcription", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, transcription_locale, "transcription_locale", "string")
    check_scalar(problems, transcription_redaction, "transcription_redaction", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, transcription_sentiment, "transcription_sentiment", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, transcription_summary, "transcription_summary", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, transcription_format, "transcription_format", "enum", allowed=TRANSCRIPTION_FORMAT_VALUES)
    check_scalar(problems, transcription_delay, "transcription_delay", "integer", minimum=0, maximum=60)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "setVoicemail"),
            ("mailbox", str(mailbox)),
            ("name", name),
            ("password", password),
            ("skip_password", ("1" if skip_password else "0")),
            ("email", email),
            ("attach_message", str(attach_message)),
            ("delete_message", str(delete_message)),
            ("say_time", str(say_time)),
            ("timezone", timezone),
            ("say_callerid", str(say_callerid)),
            ("play_instructions", play_instructions),
            ("language", language),
            ("client", (None if client is None else str(client))),
            ("email_attachment_format", email_attachment_format),
            ("unavailable_message_recording", unavailable_message_recording),
            ("transcription", (None if transcription is None else str(transcription))),
            ("transcription_locale", transcription_locale),
            ("transcription_redaction", (None if transcription_redaction is None else str(transcription_redaction))),
            ("transcription_sentiment", (None if transcription_sentiment is None else str(transcription_sentiment))),
            ("transcription_summary", (None if transcription_summary is None else str(transcription_summary))),
            ("transcription_format", (None if transcription_format is None else str(transcription_format))),
            ("transcription_delay", (None if transcription_delay is None else str(transcription_delay))),
        )
    )
    return PreparedRequest(
        "setVoicemail", "GET", "/api/v1/rest.php", query, mutates=True, secrets=secret_texts(password)
    )


@with_mutation_context
def parse_set_voicemail(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to setVoicemail into its result, or raise the error it carries."""
    raise_for_status("setVoicemail", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_set_voicemail(response, body, data)


@with_mutation_context
def parse_soap_set_voicemail(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to setVoicemail into its result, or raise its error or fault."""
    raise_for_status("setVoicemail", response, body, (200,), RPC_ERRORS)
    return finish_set_voicemail(response, body, rpc_data(response, body, "setVoicemail", RPC_ERRORS))


def finish_set_voicemail(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of setVoicemail from its answer's data, whichever transport brought it."""
    ERRORS.check_status("setVoicemail", response, body, data, False)
    return None


def build_signup_client(
    *,
    firstname: str,
    lastname: str,
    company: str | None = None,
    address: str,
    city: str,
    state: str,
    country: str,
    zip: str,
    phone_number: str,
    email: str,
    confirm_email: str,
    password: str,
    confirm_password: str,
    activate: bool | None = None,
    balance_management: int | None = None,
) -> PreparedRequest:
    """Check the arguments of signupClient and build its request."""
    problems: Problems = []
    check_scalar(problems, firstname, "firstname", "string", required=True)
    check_scalar(problems, lastname, "lastname", "string", required=True)
    check_scalar(problems, company, "company", "string")
    check_scalar(problems, address, "address", "string", required=True)
    check_scalar(problems, city, "city", "string", required=True)
    check_scalar(problems, state, "state", "string", required=True)
    check_scalar(problems, country, "country", "string", required=True)
    check_scalar(problems, zip, "zip", "string", required=True)
    check_scalar(problems, phone_number, "phone_number", "string", required=True)
    check_scalar(problems, email, "email", "string", required=True)
    check_scalar(problems, confirm_email, "confirm_email", "string", required=True)
    check_scalar(problems, password, "password", "string", required=True)
    check_scalar(problems, confirm_password, "confirm_password", "string", required=True)
    check_scalar(problems, activate, "activate", "boolean")
    check_scalar(problems, balance_management, "balance_management", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "signupClient"),
            ("firstname", firstname),
            ("lastname", lastname),
            ("company", company),
            ("address", address),
            ("city", city),
            ("state", state),
            ("country", country),
            ("zip", zip),
            ("phone_number", phone_number),
            ("email", email),
            ("confirm_email", confirm_email),
            ("password", password),
            ("confirm_password", confirm_password),
            ("activate", (None if activate is None else ("1" if activate else "0"))),
            ("balance_management", (None if balance_management is None else str(balance_management))),
        )
    )
    return PreparedRequest(
        "signupClient", "GET", "/api/v1/rest.php", query, mutates=True, secrets=secret_texts(password, confirm_password)
    )


@with_mutation_context
def parse_signup_client(response: httpx.Response, body: bytes) -> SignupClientResponse:
    """Turn the answer to signupClient into its result, or raise the error it carries."""
    raise_for_status("signupClient", response, body, (200,), ERRORS)
    envelope = decode_fast(body, _json.SignupClientResponseEnvelope)
    if envelope is not None and envelope.status == "success":
        return envelope.unwrap()
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_signup_client(response, body, data)


@with_mutation_context
def parse_soap_signup_client(response: httpx.Response, body: bytes) -> SignupClientResponse:
    """Turn the SOAP answer to signupClient into its result, or raise its error or fault."""
    raise_for_status("signupClient", response, body, (200,), RPC_ERRORS)
    scanned = rpc_json(body, "signupClient")
    if scanned is not None:
        envelope = decode_fast(scanned, _json.SignupClientResponseEnvelope)
        if envelope is not None and envelope.status == "success":
            return envelope.unwrap()
    return finish_signup_client(response, body, rpc_data_from(scanned, response, body, "signupClient", RPC_ERRORS))


def finish_signup_client(response: httpx.Response, body: bytes, data: dict[str, object]) -> SignupClientResponse:
    """The result of signupClient from its answer's data, whichever transport brought it."""
    if not ERRORS.check_status("signupClient", response, body, data, False):
        return _json.read_signup_client_response({}, "$")
    return _json.read_signup_client_response(data, "$")


def build_unconnect_did(
    *,
    did: str,
) -> PreparedRequest:
    """Check the arguments of unconnectDID and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "unconnectDID"),
            ("did", did),
        )
    )
    return PreparedRequest("unconnectDID", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_unconnect_did(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to unconnectDID into its result, or raise the error it carries."""
    raise_for_status("unconnectDID", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_unconnect_did(response, body, data)


@with_mutation_context
def parse_soap_unconnect_did(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to unconnectDID into its result, or raise its error or fault."""
    raise_for_status("unconnectDID", response, body, (200,), RPC_ERRORS)
    return finish_unconnect_did(response, body, rpc_data(response, body, "unconnectDID", RPC_ERRORS))


def finish_unconnect_did(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of unconnectDID from its answer's data, whichever transport brought it."""
    ERRORS.check_status("unconnectDID", response, body, data, False)
    return None


def build_unconnect_fax(
    *,
    did: str,
) -> PreparedRequest:
    """Check the arguments of unconnectFAX and build its request."""
    problems: Problems = []
    check_scalar(problems, did, "did", "string", required=True)
    raise_problems(problems)
    query = query_pairs(
        (
            ("method", "unconnectFAX"),
            ("did", did),
        )
    )
    return PreparedRequest("unconnectFAX", "GET", "/api/v1/rest.php", query, mutates=True)


@with_mutation_context
def parse_unconnect_fax(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to unconnectFAX into its result, or raise the error it carries."""
    raise_for_status("unconnectFAX", response, body, (200,), ERRORS)
    data = load_json(body, response.status_code, {"status": "success"})
    return finish_unconnect_fax(response, body, data)


@with_mutation_context
def parse_soap_unconnect_fax(response: httpx.Response, body: bytes) -> None:
    """Turn the SOAP answer to unconnectFAX into its result, or raise its error or fault."""
    raise_for_status("unconnectFAX", response, body, (200,), RPC_ERRORS)
    return finish_unconnect_fax(response, body, rpc_data(response, body, "unconnectFAX", RPC_ERRORS))


def finish_unconnect_fax(response: httpx.Response, body: bytes, data: dict[str, object]) -> None:
    """The result of unconnectFAX from its answer's data, whichever transport brought it."""
    ERRORS.check_status("unconnectFAX", response, body, data, False)
    return None


def _rpc_calls() -> dict[str, RpcCall]:
    return {
        "addCharge": RpcCall(
            (
                ("client", "client", "integer"),
                ("charge", "charge", "decimal"),
                ("description", "description", "string"),
                ("test", "test", "boolean"),
            )
        ),
        "addLNPFile": RpcCall(
            (
                ("portid", "portid", "integer"),
                ("file", "file", "string"),
            )
        ),
        "addLNPPort": RpcCall(
            (
                ("portType", "portType", "integer"),
                ("numbers", "numbers", "string"),
                ("isPartial", "isPartial", "integer"),
                ("locationType", "locationType", "integer"),
                ("isMobile", "isMobile", "integer"),
                ("pin", "pin", "string"),
                ("btn", "btn", "string"),
                ("services", "services", "string"),
                ("tfType", "tfType", "integer"),
                ("statementName", "statementName", "string"),
                ("firstName", "firstName", "string"),
                ("lastName", "lastName", "string"),
                ("address1", "address1", "string"),
                ("address2", "address2", "string"),
                ("city", "city", "string"),
                ("zip", "zip", "string"),
                ("state", "state", "string"),
                ("country", "country", "string"),
                ("providerName", "providerName", "string"),
                ("providerAccount", "providerAccount", "string"),
                ("notes", "notes", "string"),
            ),
            rest_only=(("imei", "imei"),),
        ),
        "addMemberToConference": RpcCall(
            (
                ("member", "member", "integer"),
                ("conference", "conference", "integer"),
            )
        ),
        "addPayment": RpcCall(
            (
                ("client", "client", "integer"),
                ("payment", "payment", "decimal"),
                ("description", "description", "string"),
                ("test", "test", "boolean"),
            )
        ),
        "assignDIDvPRI": RpcCall(
            (
                ("vpri", "vpri", "integer"),
                ("did", "did", "string"),
            )
        ),
        "backOrderDIDCAN": RpcCall(
            (
                ("quantity", "quantity", "integer"),
                ("province", "province", "string"),
                ("ratecenter", "ratecenter", "string"),
                ("routing", "routing", "string"),
                ("failover_busy", "failover_busy", "string"),
                ("failover_unreachable", "failover_unreachable", "string"),
                ("failover_noanswer", "failover_noanswer", "string"),
                ("voicemail", "voicemail", "string"),
                ("pop", "pop", "integer"),
                ("dialtime", "dialtime", "integer"),
                ("cnam", "cnam", "integer"),
                ("callerid_prefix", "callerid_prefix", "string"),
                ("note", "note", "string"),
                ("billing_type", "billing_type", "integer"),
                ("test", "test", "boolean"),
            )
        ),
        "backOrderDIDUSA": RpcCall(
            (
                ("quantity", "quantity", "integer"),
                ("state", "state", "string"),
                ("ratecenter", "ratecenter", "string"),
                ("routing", "routing", "string"),
                ("failover_busy", "failover_busy", "string"),
                ("failover_unreachable", "failover_unreachable", "string"),
                ("failover_noanswer", "failover_noanswer", "string"),
                ("voicemail", "voicemail", "string"),
                ("pop", "pop", "integer"),
                ("dialtime", "dialtime", "integer"),
                ("cnam", "cnam", "integer"),
                ("callerid_prefix", "callerid_prefix", "string"),
                ("note", "note", "string"),
                ("billing_type", "billing_type", "integer"),
                ("test", "test", "boolean"),
            )
        ),
        "cancelDID": RpcCall(
            (
                ("did", "did", "string"),
                ("cancelcomment", "cancelcomment", "string"),
                ("portout", "portout", "boolean"),
                ("test", "test", "boolean"),
            )
        ),
        "cancelFaxNumber": RpcCall(
            (
                ("id", "id", "integer"),
                ("test", "test", "integer"),
            )
        ),
        "connectDID": RpcCall(
            (
                ("did", "did", "string"),
                ("account", "account", "string"),
                ("monthly", "monthly", "decimal"),
                ("setup", "setup", "decimal"),
                ("minute", "minute", "decimal"),
                ("next_billing", "next_billing", "string"),
                ("dont_charge_setup", "dont_charge_setup", "decimal"),
                ("dont_charge_monthly", "dont_charge_monthly", "decimal"),
            )
        ),
        "connectFAX": RpcCall(
            (
                ("did", "did", "string"),
                ("account", "account", "string"),
                ("monthly", "monthly", "decimal"),
                ("setup", "setup", "decimal"),
                ("minute", "minute", "decimal"),
                ("next_billing", "next_billing", "string"),
                ("dont_charge_setup", "dont_charge_setup", "decimal"),
                ("dont_charge_monthly", "dont_charge_monthly", "decimal"),
            )
        ),
        "createSubAccount": RpcCall(
            (
                ("username", "username", "string"),
                ("protocol", "protocol", "integer"),
                ("description", "description", "string"),
                ("auth_type", "auth_type", "integer"),
                ("password", "password", "string"),
                ("ip", "ip", "string"),
                ("device_type", "device_type", "integer"),
                ("callerid_number", "callerid_number", "string"),
                ("canada_routing", "canada_routing", "string"),
                ("lock_international", "lock_international", "integer"),
                ("international_route", "international_route", "integer"),
                ("music_on_hold", "music_on_hold", "string"),
                ("language", "language", "string"),
                ("allowed_codecs", "allowed_codecs", "string"),
                ("dtmf_mode", "dtmf_mode", "string"),
                ("nat", "nat", "string"),
                ("sip_traffic", "sip_traffic", "integer"),
                ("max_expiry", "max_expiry", "integer"),
                ("rtp_timeout", "rtp_timeout", "integer"),
                ("rtp_hold_timeout", "rtp_hold_timeout", "integer"),
                ("ip_restriction", "ip_restriction", "string"),
                ("enable_ip_restriction", "enable_ip_restriction", "integer"),
                ("pop_restriction", "pop_restriction", "string"),
                ("enable_pop_restriction", "enable_pop_restriction", "integer"),
                ("internal_extension", "internal_extension", "string"),
                ("internal_voicemail", "internal_voicemail", "string"),
                ("internal_dialtime", "internal_dialtime", "string"),
                ("reseller_client", "reseller_client", "string"),
                ("reseller_package", "reseller_package", "string"),
                ("reseller_nextbilling", "reseller_nextbilling", "string"),
                ("reseller_chargesetup", "reseller_chargesetup", "string"),
                ("send_bye", "send_bye", "integer"),
                ("record_calls", "record_calls", "integer"),
                ("transcribe", "transcribe", "integer"),
                ("transcription_locale", "transcription_locale", "string"),
                ("transcription_email", "transcription_email", "string"),
                ("transcription_start_delay", "transcription_start_delay", "integer"),
                ("enable_internal_cnam", "enable_internal_cnam", "integer"),
                ("internal_cnam", "internal_cnam", "string"),
                ("dialing_mode", "dialing_mode", "integer"),
                ("tfcarrier", "tfcarrier", "integer"),
                ("internal_extension_location", "internal_extension_location", "integer"),
            ),
            rest_only=(
                ("allow225", "allow225"),
                ("parking_lot", "parking_lot"),
                ("transcription_redaction", "transcription_redaction"),
                ("transcription_summary", "transcription_summary"),
                ("transcription_sentiment", "transcription_sentiment"),
                ("call_pickup_behavior", "call_pickup_behavior"),
                ("default_e911", "default_e911"),
            ),
        ),
        "createVoicemail": RpcCall(
            (
                ("digits", "digits", "integer"),
                ("name", "name", "string"),
                ("password", "password", "string"),
                ("skip_password", "skip_password", "string"),
                ("email", "email", "string"),
                ("attach_message", "attach_message", "string"),
                ("delete_message", "delete_message", "string"),
                ("say_time", "say_time", "string"),
                ("timezone", "timezone", "string"),
                ("say_callerid", "say_callerid", "string"),
                ("play_instructions", "play_instructions", "string"),
                ("language", "language", "string"),
                ("email_attachment_format", "email_attachment_format", "string"),
                ("unavailable_message_recording", "unavailable_message_recording", "string"),
                ("transcription", "transcription", "string"),
                ("transcription_locale", "transcription_locale", "string"),
                ("transcription_redaction", "transcription_redaction", "string"),
                ("transcription_sentiment", "transcription_sentiment", "string"),
                ("transcription_summary", "transcription_summary", "string"),
                ("transcription_format", "transcription_format", "string"),
            ),
            rest_only=(
                ("client", "client"),
                ("transcription_delay", "transcription_delay"),
            ),
        ),
        "delCallback": RpcCall((("callback", "callback", "integer"),)),
        "delCallerIDFiltering": RpcCall((("filtering", "filtering", "integer"),)),
        "delCallHunting": RpcCall((("callhunting", "callhunting", "integer"),)),
        "delCallParking": RpcCall((("callparking", "callparking", "integer"),)),
        "delCallRecording": RpcCall(
            (
                ("callrecording", "callrecording", "string"),
                ("account", "account", "string"),
            )
        ),
        "delClient": RpcCall((("client", "client", "integer"),)),
        "delConference": RpcCall((("conference", "conference", "integer"),)),
        "delConferenceMember": RpcCall((("member", "member", "integer"),)),
        "delDISA": RpcCall((("disa", "disa", "integer"),)),
        "delEmailToFax": RpcCall(
            (
                ("id", "id", "integer"),
                ("test", "test", "integer"),
            )
        ),
        "deleteFaxMessage": RpcCall(
            (
                ("id", "id", "integer"),
                ("test", "test", "integer"),
            )
        ),
        "deleteMMS": RpcCall((("id", "id", "integer"),)),
        "deleteSMS": RpcCall((("id", "id", "integer"),)),
        "delFaxFolder": RpcCall(
            (
                ("id", "id", "integer"),
                ("test", "test", "integer"),
            )
        ),
        "delForwarding": RpcCall((("forwarding", "forwarding", "integer"),)),
        "delIVR": RpcCall((("ivr", "ivr", "integer"),)),
        "delMemberFromConference": RpcCall(
            (
                ("member", "member", "integer"),
                ("conference", "conference", "integer"),
            )
        ),
        "delMessages": RpcCall(
            (
                ("mailbox", "mailbox", "integer"),
                ("folder", "folder", "string"),
                ("message_num", "message_num", "integer"),
            )
        ),
        "delMusicOnHold": RpcCall((("music_on_hold", "music_on_hold", "string"),)),
        "delPhonebook": RpcCall((("phonebook", "phonebook", "integer"),)),
        "delPhonebookGroup": RpcCall((("group", "group", "string"),)),
        "delQueue": RpcCall((("queue", "queue", "integer"),)),
        "delRecording": RpcCall((("recording", "recording", "integer"),)),
        "delRingGroup": RpcCall((("ringgroup", "ringgroup", "integer"),)),
        "delSIPURI": RpcCall((("sipuri", "sipuri", "integer"),)),
        "delStaticMember": RpcCall(
            (
                ("member", "member", "integer"),
                ("queue", "queue", "integer"),
            )
        ),
        "delSubAccount": RpcCall((("id", "id", "integer"),)),
        "delTimeCondition": RpcCall((("timecondition", "timecondition", "integer"),)),
        "delVoicemail": RpcCall((("mailbox", "mailbox", "integer"),)),
        "e911AddressTypes": RpcCall((("type", "type", "string"),)),
        "e911Cancel": RpcCall((("did", "did", "string"),)),
        "e911Info": RpcCall((("did", "did", "string"),)),
        "e911Provision": RpcCall(
            (
                ("did", "did", "string"),
                ("full_name", "full_name", "string"),
                ("street_number", "street_number", "integer"),
                ("street_name", "street_name", "string"),
                ("address_type", "address_type", "string"),
                ("address_number", "address_number", "integer"),
                ("city", "city", "string"),
                ("state", "state", "string"),
                ("country", "country", "string"),
                ("zip_code", "zip", "string"),
                ("language", "language", "string"),
                ("other_info", "other_info", "string"),
            )
        ),
        "e911ProvisionManually": RpcCall(
            (
                ("did", "did", "string"),
                ("full_name", "full_name", "string"),
                ("street_number", "street_number", "integer"),
                ("street_name", "street_name", "string"),
                ("address_type", "address_type", "string"),
                ("address_number", "address_number", "integer"),
                ("city", "city", "string"),
                ("state", "state", "string"),
                ("country", "country", "string"),
                ("zip_code", "zip", "string"),
                ("language", "language", "string"),
                ("other_info", "other_info", "string"),
            )
        ),
        "e911Update": RpcCall(
            (
                ("did", "did", "string"),
                ("full_name", "full_name", "string"),
                ("street_number", "street_number", "integer"),
                ("street_name", "street_name", "string"),
                ("address_type", "address_type", "string"),
                ("address_number", "address_number", "integer"),
                ("city", "city", "string"),
                ("state", "state", "string"),
                ("country", "country", "string"),
                ("zip_code", "zip", "string"),
                ("language", "language", "string"),
                ("other_info", "other_info", "string"),
            )
        ),
        "e911Validate": RpcCall(
            (
                ("did", "did", "string"),
                ("full_name", "full_name", "string"),
                ("street_number", "street_number", "integer"),
                ("street_name", "street_name", "string"),
                ("address_type", "address_type", "string"),
                ("address_number", "address_number", "integer"),
                ("city", "city", "string"),
                ("state", "state", "string"),
                ("country", "country", "string"),
                ("zip_code", "zip", "string"),
                ("language", "language", "string"),
                ("other_info", "other_info", "string"),
            )
        ),
        "getAllowedCodecs": RpcCall((("codec", "codec", "string"),)),
        "getAuthTypes": RpcCall((("type", "type", "string"),)),
        "getBackOrders": RpcCall((("id", "id", "string"),)),
        "getBalance": RpcCall((("advanced", "advanced", "boolean"),)),
        "getBalanceManagement": RpcCall((("balance_management", "balance_management", "string"),)),
        "getCallAccounts": RpcCall((), rest_only=(("client", "client"),)),
        "getCallbacks": RpcCall((("callback", "callback", "string"),)),
        "getCallBilling": RpcCall(()),
        "getCallerIDFiltering": RpcCall(
            (
                ("filtering", "filtering", "string"),
                ("did", "did", "string"),
            )
        ),
        "getCallHuntings": RpcCall((("callhunting", "callhunting", "integer"),)),
        "getCallParking": RpcCall((("callparking", "callparking", "integer"),)),
        "getCallRecording": RpcCall(
            (
                ("callrecording", "callrecording", "string"),
                ("account", "account", "string"),
            )
        ),
        "getCallRecordings": RpcCall(
            (
                ("account", "account", "string"),
                ("start", "start", "integer"),
                ("length", "length", "integer"),
                ("date_from", "date_from", "string"),
                ("date_to", "date_to", "string"),
            ),
            rest_only=(("call_type", "call_type"),),
        ),
        "getCallTranscriptions": RpcCall(
            (
                ("account", "account", "string"),
                ("date_to", "date_to", "string"),
                ("date_from", "date_from", "string"),
                ("call_type", "call_type", "string"),
            )
        ),
        "getCallTypes": RpcCall((("client", "client", "string"),)),
        "getCarriers": RpcCall((("carrier", "carrier", "string"),)),
        "getCDR": RpcCall(
            (
                ("date_from", "date_from", "string"),
                ("date_to", "date_to", "string"),
                ("answered", "answered", "boolean"),
                ("noanswer", "noanswer", "boolean"),
                ("busy", "busy", "boolean"),
                ("failed", "failed", "boolean"),
                ("timezone", "timezone", "decimal"),
                ("calltype", "calltype", "string"),
                ("callbilling", "callbilling", "string"),
                ("account", "account", "string"),
            )
        ),
        "getCharges": RpcCall((("client", "client", "string"),)),
        "getClientPackages": RpcCall((("client", "client", "string"),)),
        "getClients": RpcCall((("client", "client", "string"),)),
        "getClientThreshold": RpcCall((("client", "client", "string"),)),
        "getConference": RpcCall((("conference", "conference", "integer"),)),
        "getConferenceMembers": RpcCall((("member", "member", "integer"),)),
        "getConferenceRecordingFile": RpcCall(
            (
                ("conference", "conference", "integer"),
                ("recording", "recording", "integer"),
            )
        ),
        "getConferenceRecordings": RpcCall(
            (
                ("conference", "conference", "integer"),
                ("date_from", "date_from", "string"),
                ("date_to", "date_to", "string"),
            )
        ),
        "getCountries": RpcCall((("country", "country", "string"),)),
        "getDeposits": RpcCall((("client", "client", "string"),)),
        "getDeviceTypes": RpcCall((("device_type", "device_type", "string"),)),
        "getDIDCountries": RpcCall(
            (
                ("country_id", "country_id", "string"),
                ("type", "type", "string"),
            )
        ),
        "getDIDsCAN": RpcCall(
            (
                ("province", "province", "string"),
                ("ratecenter", "ratecenter", "string"),
            )
        ),
        "getDIDsInfo": RpcCall(
            (
                ("client", "client", "string"),
                ("did", "did", "string"),
            )
        ),
        "getDIDsInternationalGeographic": RpcCall((("country_id", "country_id", "string"),)),
        "getDIDsInternationalNational": RpcCall((("country_id", "country_id", "string"),)),
        "getDIDsInternationalTollFree": RpcCall((("country_id", "country_id", "string"),)),
        "getDIDsUSA": RpcCall(
            (
                ("state", "state", "string"),
                ("ratecenter", "ratecenter", "string"),
            )
        ),
        "getDIDvPRI": RpcCall((("vpri", "vpri", "string"),)),
        "getDISAs": RpcCall((("disa", "disa", "string"),)),
        "getDTMFModes": RpcCall((("dtmf_mode", "dtmf_mode", "string"),)),
        "getEmailToFax": RpcCall((("id", "id", "integer"),)),
        "getFaxFolders": RpcCall((("id", "id", "integer"),)),
        "getFaxMessagePDF": RpcCall((("id", "id", "integer"),)),
        "getFaxMessages": RpcCall(
            (
                ("from", "from", "string"),
                ("to", "to", "string"),
                ("folder", "folder", "string"),
                ("id", "id", "integer"),
            )
        ),
        "getFaxNumbersInfo": RpcCall((("did", "did", "integer"),)),
        "getFaxNumbersPortability": RpcCall((("did", "did", "integer"),)),
        "getFaxProvinces": RpcCall((("province", "province", "string"),)),
        "getFaxRateCentersCAN": RpcCall((("province", "province", "string"),)),
        "getFaxRateCentersUSA": RpcCall((("state", "state", "string"),)),
        "getFaxStates": RpcCall((("state", "state", "string"),)),
        "getForwardings": RpcCall((("forwarding", "forwarding", "string"),)),
        "getInternationalTypes": RpcCall((("type", "type", "string"),)),
        "getIP": RpcCall(()),
        "getIVRs": RpcCall((("ivr", "ivr", "string"),)),
        "getJoinWhenEmptyTypes": RpcCall((("type", "type", "string"),)),
        "getLanguages": RpcCall((("language", "language", "string"),)),
        "getLNPAttach": RpcCall((("attachid", "attachid", "integer"),)),
        "getLNPAttachList": RpcCall((("portid", "portid", "integer"),)),
        "getLNPDetails": RpcCall((("portid", "portid", "integer"),)),
        "getLNPList": RpcCall(
            (
                ("portid", "portid", "integer"),
                ("portStatus", "portStatus", "string"),
                ("startDate", "startDate", "string"),
                ("endDate", "endDate", "string"),
            )
        ),
        "getLNPListStatus": RpcCall(()),
        "getLNPNotes": RpcCall((("portid", "portid", "integer"),)),
        "getLNPStatus": RpcCall((("portid", "portid", "integer"),)),
        "getLocales": RpcCall((("locale", "locale", "string"),)),
        "getLockInternational": RpcCall((("lock_international", "lock_international", "string"),)),
        "getMediaMMS": RpcCall(
            (
                ("id", "id", "integer"),
                ("media_as_array", "media_as_array", "integer"),
            )
        ),
        "getMMS": RpcCall(
            (
                ("mms", "mms", "integer"),
                ("from", "from", "string"),
                ("to", "to", "string"),
                ("type", "type", "string"),
                ("did", "did", "string"),
                ("contact", "contact", "string"),
                ("limit", "limit", "string"),
                ("timezone", "timezone", "string"),
                ("all_messages", "all_messages", "integer"),
            )
        ),
        "getMusicOnHold": RpcCall((("music_on_hold", "music_on_hold", "string"),)),
        "getNAT": RpcCall((("nat", "nat", "string"),)),
        "getPackages": RpcCall((("package", "package", "string"),)),
        "getPhonebook": RpcCall(
            (
                ("phonebook", "phonebook", "string"),
                ("name", "name", "string"),
                ("group", "group", "string"),
                ("group_name", "group_name", "string"),
            )
        ),
        "getPhonebookGroups": RpcCall(
            (
                ("name", "name", "string"),
                ("group", "group", "string"),
            )
        ),
        "getPlayInstructions": RpcCall((("play_instructions", "play_instructions", "string"),)),
        "getPortability": RpcCall((("did", "did", "string"),)),
        "getProtocols": RpcCall((("protocol", "protocol", "string"),)),
        "getProvinces": RpcCall(()),
        "getQueues": RpcCall((("queue", "queue", "string"),)),
        "getRateCentersCAN": RpcCall((("province", "province", "string"),)),
        "getRateCentersUSA": RpcCall((("state", "state", "string"),)),
        "getRates": RpcCall(
            (
                ("package", "package", "string"),
                ("query", "query", "string"),
            )
        ),
        "getRecordingFile": RpcCall((("recording", "recording", "string"),)),
        "getRecordings": RpcCall((("recording", "recording", "string"),)),
        "getRegistrationStatus": RpcCall((("account", "account", "string"),)),
        "getReportEstimatedHoldTime": RpcCall((("type", "type", "string"),)),
        "getResellerBalance": RpcCall((("client", "client", "string"),)),
        "getResellerCDR": RpcCall(
            (
                ("date_from", "date_from", "string"),
                ("date_to", "date_to", "string"),
                ("client", "client", "integer"),
                ("answered", "answered", "boolean"),
                ("noanswer", "noanswer", "boolean"),
                ("busy", "busy", "boolean"),
                ("failed", "failed", "boolean"),
                ("timezone", "timezone", "decimal"),
                ("calltype", "calltype", "string"),
                ("callbilling", "callbilling", "string"),
                ("account", "account", "string"),
            )
        ),
        "getResellerMMS": RpcCall(
            (
                ("sms", "mms", "integer"),
                ("client", "client", "integer"),
                ("from", "from", "string"),
                ("to", "to", "string"),
                ("type", "type", "string"),
                ("did", "did", "string"),
                ("contact", "contact", "string"),
                ("limit", "limit", "string"),
                ("timezone", "timezone", "string"),
                ("all_messages", "all_messages", "integer"),
            )
        ),
        "getResellerSMS": RpcCall(
            (
                ("sms", "sms", "integer"),
                ("client", "client", "integer"),
                ("from", "from", "string"),
                ("to", "to", "string"),
                ("type", "type", "string"),
                ("did", "did", "string"),
                ("contact", "contact", "string"),
                ("limit", "limit", "string"),
                ("timezone", "timezone", "string"),
                ("all_messages", "all_messages", "integer"),
            )
        ),
        "getRingGroups": RpcCall((("ring_group", "ring_group", "string"),)),
        "getRingStrategies": RpcCall((("strategy", "strategy", "string"),)),
        "getRoutes": RpcCall((("route", "route", "string"),)),
        "getServersInfo": RpcCall((("server_pop", "server_pop", "string"),)),
        "getSIPURIs": RpcCall((("sipuri", "sipuri", "string"),)),
        "getSMS": RpcCall(
            (
                ("sms", "sms", "integer"),
                ("from", "from", "string"),
                ("to", "to", "string"),
                ("type", "type", "string"),
                ("did", "did", "string"),
                ("contact", "contact", "string"),
                ("limit", "limit", "string"),
                ("timezone", "timezone", "string"),
                ("all_messages", "all_messages", "integer"),
            )
        ),
        "getStates": RpcCall(()),
        "getStaticMembers": RpcCall(
            (
                ("queue", "queue", "string"),
                ("member", "member", "string"),
            )
        ),
        "getSubAccounts": RpcCall((("account", "account", "string"),)),
        "getTerminationRates": RpcCall(
            (
                ("query", "query", "string"),
                ("route", "route", "integer"),
            )
        ),
        "getTimeConditions": RpcCall((("timecondition", "timecondition", "integer"),)),
        "getTimezones": RpcCall((("timezone", "timezone", "string"),)),
        "getTransactionHistory": RpcCall(
            (
                ("date_from", "date_from", "string"),
                ("date_to", "date_to", "string"),
            )
        ),
        "getVoicemailAttachmentFormats": RpcCall((("email_attachment_format", "email_attachment_format", "string"),)),
        "getVoicemailFolders": RpcCall((("folder", "folder", "string"),), rest_only=(("mailbox", "mailbox"),)),
        "getVoicemailMessageFile": RpcCall(
            (
                ("mailbox", "mailbox", "string"),
                ("folder", "folder", "string"),
                ("message_num", "message_num", "integer"),
            ),
            rest_only=(("format", "format"),),
        ),
        "getVoicemailMessages": RpcCall(
            (
                ("mailbox", "mailbox", "string"),
                ("folder", "folder", "string"),
                ("date_from", "date_from", "string"),
                ("date_to", "date_to", "string"),
            )
        ),
        "getVoicemails": RpcCall((("mailbox", "mailbox", "string"),), rest_only=(("client", "client"),)),
        "getVoicemailSetups": RpcCall((("voicemailsetup", "voicemailsetup", "string"),)),
        "getVoicemailTranscriptions": RpcCall(
            (
                ("account", "account", "string"),
                ("mailbox", "mailbox", "string"),
                ("date_to", "date_to", "string"),
                ("date_from", "date_from", "string"),
                ("folder", "folder", "string"),
            )
        ),
        "getVPRIs": RpcCall(()),
        "mailFaxMessagePDF": RpcCall(
            (
                ("id", "id", "integer"),
                ("email", "email", "string"),
            )
        ),
        "markListenedVoicemailMessage": RpcCall(
            (
                ("mailbox", "mailbox", "string"),
                ("folder", "folder", "string"),
                ("message_num", "message_num", "integer"),
                ("listened", "listened", "string"),
            )
        ),
        "markUrgentVoicemailMessage": RpcCall(
            (
                ("mailbox", "mailbox", "string"),
                ("folder", "folder", "string"),
                ("message_num", "message_num", "integer"),
                ("urgent", "urgent", "string"),
            )
        ),
        "moveFaxMessage": RpcCall(
            (
                ("fax_id", "fax_id", "integer"),
                ("folder_id", "folder_id", "integer"),
                ("test", "test", "integer"),
            )
        ),
        "moveFolderVoicemailMessage": RpcCall(
            (
                ("mailbox", "mailbox", "string"),
                ("folder", "folder", "string"),
                ("message_num", "message_num", "integer"),
                ("new_folder", "new_folder", "string"),
            )
        ),
        "orderDID": RpcCall(
            (
                ("did", "did", "string"),
                ("routing", "routing", "string"),
                ("failover_busy", "failover_busy", "string"),
                ("failover_unreachable", "failover_unreachable", "string"),
                ("failover_noanswer", "failover_noanswer", "string"),
                ("voicemail", "voicemail", "string"),
                ("pop", "pop", "integer"),
                ("dialtime", "dialtime", "integer"),
                ("cnam", "cnam", "integer"),
                ("callerid_prefix", "callerid_prefix", "string"),
                ("note", "note", "string"),
                ("billing_type", "billing_type", "integer"),
                ("account", "account", "string"),
                ("monthly", "monthly", "string"),
                ("setup", "setup", "string"),
                ("minute", "minute", "string"),
                ("test", "test", "boolean"),
            )
        ),
        "orderDIDInternationalGeographic": RpcCall(
            (
                ("location_id", "location_id", "string"),
                ("quantity", "quantity", "integer"),
                ("routing", "routing", "string"),
                ("failover_busy", "failover_busy", "string"),
                ("failover_unreachable", "failover_unreachable", "string"),
                ("failover_noanswer", "failover_noanswer", "string"),
                ("voicemail", "voicemail", "string"),
                ("pop", "pop", "integer"),
                ("dialtime", "dialtime", "integer"),
                ("cnam", "cnam", "string"),
                ("callerid_prefix", "callerid_prefix", "string"),
                ("billing_type", "billing_type", "integer"),
                ("note", "note", "string"),
                ("account", "account", "string"),
                ("monthly", "monthly", "string"),
                ("setup", "setup", "string"),
                ("minute", "minute", "string"),
                ("test", "test", "integer"),
            )
        ),
        "orderDIDInternationalNational": RpcCall(
            (
                ("location_id", "location_id", "string"),
                ("quantity", "quantity", "integer"),
                ("routing", "routing", "string"),
                ("failover_busy", "failover_busy", "string"),
                ("failover_unreachable", "failover_unreachable", "string"),
                ("failover_noanswer", "failover_noanswer", "string"),
                ("voicemail", "voicemail", "string"),
                ("pop", "pop", "integer"),
                ("dialtime", "dialtime", "integer"),
                ("cnam", "cnam", "string"),
                ("callerid_prefix", "callerid_prefix", "string"),
                ("billing_type", "billing_type", "integer"),
                ("note", "note", "string"),
                ("account", "account", "string"),
                ("monthly", "monthly", "string"),
                ("setup", "setup", "string"),
                ("minute", "minute", "string"),
                ("test", "test", "integer"),
            )
        ),
        "orderDIDInternationalTollFree": RpcCall(
            (
                ("location_id", "location_id", "string"),
                ("quantity", "quantity", "integer"),
                ("routing", "routing", "string"),
                ("failover_busy", "failover_busy", "string"),
                ("failover_unreachable", "failover_unreachable", "string"),
                ("failover_noanswer", "failover_noanswer", "string"),
                ("voicemail", "voicemail", "string"),
                ("pop", "pop", "integer"),
                ("dialtime", "dialtime", "integer"),
                ("cnam", "cnam", "string"),
                ("callerid_prefix", "callerid_prefix", "string"),
                ("note", "note", "string"),
                ("account", "account", "string"),
                ("monthly", "monthly", "string"),
                ("setup", "setup", "string"),
                ("minute", "minute", "string"),
                ("test", "test", "integer"),
            )
        ),
        "orderDIDVirtual": RpcCall(
            (
                ("digits", "digits", "integer"),
                ("routing", "routing", "string"),
                ("failover_busy", "failover_busy", "string"),
                ("failover_unreachable", "failover_unreachable", "string"),
                ("failover_noanswer", "failover_noanswer", "string"),
                ("voicemail", "voicemail", "string"),
                ("pop", "pop", "integer"),
                ("dialtime", "dialtime", "integer"),
                ("cnam", "cnam", "string"),
                ("callerid_prefix", "callerid_prefix", "string"),
                ("note", "note", "string"),
                ("account", "account", "string"),
                ("monthly", "monthly", "string"),
                ("setup", "setup", "string"),
                ("minute", "minute", "string"),
                ("test", "test", "integer"),
            )
        ),
        "orderFaxNumber": RpcCall(
            (
                ("location", "location", "integer"),
                ("quantity", "quantity", "integer"),
                ("email", "email", "string"),
                ("email_enable", "email_enable", "string"),
                ("email_attach_file", "email_attach_file", "string"),
                ("url_callback", "url_callback", "string"),
                ("url_callback_enable", "url_callback_enable", "string"),
                ("url_callback_retry", "url_callback_retry", "string"),
                ("test", "test", "integer"),
            )
        ),
        "orderTollFree": RpcCall(
            (
                ("did", "did", "string"),
                ("routing", "routing", "string"),
                ("failover_busy", "failover_busy", "string"),
                ("failover_unreachable", "failover_unreachable", "string"),
                ("failover_noanswer", "failover_noanswer", "string"),
                ("voicemail", "voicemail", "string"),
                ("pop", "pop", "integer"),
                ("dialtime", "dialtime", "integer"),
                ("cnam", "cnam", "integer"),
                ("callerid_prefix", "callerid_prefix", "string"),
                ("note", "note", "string"),
                ("account", "account", "string"),
                ("monthly", "monthly", "string"),
                ("setup", "setup", "string"),
                ("minute", "minute", "string"),
                ("test", "test", "boolean"),
            )
        ),
        "orderVanity": RpcCall(
            (
                ("did", "did", "string"),
                ("routing", "routing", "string"),
                ("failover_busy", "failover_busy", "string"),
                ("failover_unreachable", "failover_unreachable", "string"),
                ("failover_noanswer", "failover_noanswer", "string"),
                ("voicemail", "voicemail", "string"),
                ("pop", "pop", "integer"),
                ("dialtime", "dialtime", "integer"),
                ("cnam", "cnam", "integer"),
                ("callerid_prefix", "callerid_prefix", "string"),
                ("note", "note", "string"),
                ("carrier", "carrier", "integer"),
                ("account", "account", "string"),
                ("monthly", "monthly", "string"),
                ("setup", "setup", "string"),
                ("minute", "minute", "string"),
                ("test", "test", "boolean"),
            )
        ),
        "removeDIDvPRI": RpcCall(
            (
                ("vpri", "vpri", "integer"),
                ("did", "did", "string"),
            )
        ),
        "searchDIDsCAN": RpcCall(
            (
                ("province", "province", "string"),
                ("type", "type", "string"),
                ("query", "query", "string"),
            )
        ),
        "searchDIDsUSA": RpcCall(
            (
                ("state", "state", "string"),
                ("type", "type", "string"),
                ("query", "query", "string"),
            )
        ),
        "searchFaxAreaCodeCAN": RpcCall((("area_code", "area_code", "integer"),)),
        "searchFaxAreaCodeUSA": RpcCall((("area_code", "area_code", "integer"),)),
        "searchTollFreeCanUS": RpcCall(
            (
                ("type", "type", "string"),
                ("query", "query", "string"),
            )
        ),
        "searchTollFreeUSA": RpcCall(
            (
                ("type", "type", "string"),
                ("query", "query", "string"),
            )
        ),
        "searchVanity": RpcCall(
            (
                ("type", "type", "string"),
                ("query", "query", "string"),
            )
        ),
        "sendCallRecordingEmail": RpcCall(
            (
                ("callrecording", "callrecording", "string"),
                ("account", "account", "string"),
                ("email", "email", "string"),
            )
        ),
        "sendFaxMessage": RpcCall(
            (
                ("to_number", "to_number", "string"),
                ("from_name", "from_name", "string"),
                ("from_number", "from_number", "string"),
                ("send_email_enabled", "send_email_enabled", "integer"),
                ("send_email", "send_email", "string"),
                ("station_id", "station_id", "string"),
                ("file", "file", "string"),
                ("test", "test", "integer"),
            )
        ),
        "sendMMS": RpcCall(
            (
                ("did", "did", "string"),
                ("dst", "dst", "string"),
                ("message", "message", "string"),
                ("media1", "media1", "string"),
                ("media2", "media2", "string"),
                ("media3", "media3", "string"),
            )
        ),
        "sendSMS": RpcCall(
            (
                ("did", "did", "string"),
                ("dst", "dst", "string"),
                ("message", "message", "string"),
            )
        ),
        "sendVoicemailEmail": RpcCall(
            (
                ("mailbox", "mailbox", "string"),
                ("folder", "folder", "string"),
                ("message_num", "message_num", "integer"),
                ("email_address", "email_address", "string"),
            )
        ),
        "setCallback": RpcCall(
            (
                ("callback", "callback", "string"),
                ("description", "description", "string"),
                ("number", "number", "integer"),
                ("delay_before", "delay_before", "integer"),
                ("response_timeout", "response_timeout", "integer"),
                ("digit_timeout", "digit_timeout", "integer"),
                ("callerid_number", "callerid_number", "string"),
            )
        ),
        "setCallerIDFiltering": RpcCall(
            (
                ("filter", "filter", "string"),
                ("callerid", "callerid", "string"),
                ("did", "did", "string"),
                ("routing", "routing", "string"),
                ("failover_unreachable", "failover_unreachable", "string"),
                ("failover_busy", "failover_busy", "string"),
                ("failover_noanswer", "failover_noanswer", "string"),
                ("note", "note", "string"),
            )
        ),
        "setCallHunting": RpcCall(
            (
                ("callhunting", "callhunting", "integer"),
                ("description", "description", "string"),
                ("music", "music", "string"),
                ("recording", "recording", "string"),
                ("language", "language", "string"),
                ("order", "order", "string"),
                ("members", "members", "string"),
                ("ring_time", "ring_time", "string"),
                ("press", "press", "string"),
            )
        ),
        "setCallParking": RpcCall(
            (
                ("callparking", "callparking", "integer"),
                ("name", "name", "string"),
                ("timeout", "timeout", "integer"),
                ("music", "music", "string"),
                ("failover", "failover", "string"),
                ("language", "language", "string"),
                ("destination", "destination", "string"),
                ("delay", "delay", "integer"),
            )
        ),
        "setClient": RpcCall(
            (
                ("client", "client", "integer"),
                ("email", "email", "string"),
                ("password", "password", "string"),
                ("company", "company", "string"),
                ("firstname", "firstname", "string"),
                ("lastname", "lastname", "string"),
                ("address", "address", "string"),
                ("city", "city", "string"),
                ("state", "state", "string"),
                ("country", "country", "string"),
                ("zip", "zip", "string"),
                ("phone_number", "phone_number", "string"),
                ("balance_management", "balance_management", "integer"),
            )
        ),
        "setClientThreshold": RpcCall(
            (
                ("client", "client", "integer"),
                ("email", "email", "string"),
                ("threshold", "threshold", "integer"),
            )
        ),
        "setConference": RpcCall(
            (
                ("conference", "conference", "integer"),
                ("name", "name", "string"),
                ("description", "description", "string"),
                ("members", "members", "string"),
                ("max_members", "max_members", "string"),
                ("sound_join", "sound_join", "string"),
                ("sound_leave", "sound_leave", "string"),
                ("sound_has_joined", "sound_has_joined", "string"),
                ("sound_has_left", "sound_has_left", "string"),
                ("sound_kicked", "sound_kicked", "string"),
                ("sound_muted", "sound_muted", "string"),
                ("sound_unmuted", "sound_unmuted", "string"),
                ("sound_only_person", "sound_only_person", "string"),
                ("sound_only_one", "sound_only_one", "string"),
                ("sound_there_are", "sound_there_are", "string"),
                ("sound_other_in_party", "sound_other_in_party", "string"),
                ("sound_place_into_conference", "sound_place_into_conference", "string"),
                ("sound_get_pin", "sound_get_pin", "string"),
                ("sound_invalid_pin", "sound_invalid_pin", "string"),
                ("sound_locked", "sound_locked", "string"),
                ("sound_locked_now", "sound_locked_now", "string"),
                ("sound_unlocked_now", "sound_unlocked_now", "string"),
                ("sound_error_menu", "sound_error_menu", "string"),
                ("sound_participants_muted", "sound_participants_muted", "string"),
                ("sound_participants_unmuted", "sound_participants_unmuted", "string"),
                ("language", "language", "string"),
            )
        ),
        "setConferenceMember": RpcCall(
            (
                ("member", "member", "integer"),
                ("conference", "conference", "integer"),
                ("name", "name", "string"),
                ("description", "description", "string"),
                ("pin", "pin", "integer"),
                ("announce_join_leave", "announce_join_leave", "string"),
                ("admin", "admin", "string"),
                ("start_muted", "start_muted", "string"),
                ("announce_user_count", "announce_user_count", "string"),
                ("announce_only_user", "announce_only_user", "string"),
                ("moh_when_empty", "moh_when_empty", "string"),
                ("quiet", "quiet", "string"),
                ("announcement", "announcement", "integer"),
                ("drop_silence", "drop_silence", "string"),
                ("talking_threshold", "talking_threshold", "integer"),
                ("silence_threshold", "silence_threshold", "integer"),
                ("talk_detection", "talk_detection", "string"),
                ("jitter_buffer", "jitter_buffer", "string"),
            )
        ),
        "setDIDBillingType": RpcCall(
            (
                ("did", "did", "string"),
                ("billing_type", "billing_type", "integer"),
            )
        ),
        "setDIDInfo": RpcCall(
            (
                ("did", "did", "string"),
                ("routing", "routing", "string"),
                ("failover_busy", "failover_busy", "string"),
                ("failover_unreachable", "failover_unreachable", "string"),
                ("failover_noanswer", "failover_noanswer", "string"),
                ("voicemail", "voicemail", "string"),
                ("pop", "pop", "integer"),
                ("dialtime", "dialtime", "integer"),
                ("cnam", "cnam", "integer"),
                ("callerid_prefix", "callerid_prefix", "string"),
                ("note", "note", "string"),
                ("port_out_pin", "port_out_pin", "integer"),
                ("billing_type", "billing_type", "integer"),
                ("record_calls", "record_calls", "integer"),
                ("transcribe", "transcribe", "integer"),
                ("transcription_locale", "transcription_locale", "string"),
                ("transcription_email", "transcription_email", "string"),
                ("transcription_start_delay", "transcription_start_delay", "integer"),
                ("voicemail_threshold", "voicemail_threshold", "integer"),
            ),
            rest_only=(
                ("inbound_dialing_mode", "inbound_dialing_mode"),
                ("transcription_redaction", "transcription_redaction"),
                ("transcription_summary", "transcription_summary"),
                ("transcription_sentiment", "transcription_sentiment"),
                ("sms_sipaccount_enabled", "sms_sipaccount_enabled"),
                ("sms_sipaccount", "sms_sipaccount"),
            ),
        ),
        "setDIDPOP": RpcCall(
            (
                ("did", "did", "string"),
                ("pop", "pop", "integer"),
            )
        ),
        "setDIDRouting": RpcCall(
            (
                ("did", "did", "string"),
                ("routing", "routing", "string"),
            )
        ),
        "setDIDVoicemail": RpcCall(
            (
                ("did", "did", "string"),
                ("voicemail", "voicemail", "string"),
            )
        ),
        "setDISA": RpcCall(
            (
                ("disa", "disa", "string"),
                ("name", "name", "string"),
                ("pin", "pin", "integer"),
                ("digit_timeout", "digit_timeout", "integer"),
                ("callerid_override", "callerid_override", "string"),
                ("language", "language", "string"),
            )
        ),
        "setEmailToFax": RpcCall(
            (
                ("id", "id", "integer"),
                ("enabled", "enabled", "integer"),
                ("auth_email", "auth_email", "string"),
                ("from_number_id", "from_number_id", "string"),
                ("security_code_enabled", "security_code_enabled", "integer"),
                ("security_code", "security_code", "string"),
                ("test", "test", "integer"),
            )
        ),
        "setFaxFolder": RpcCall(
            (
                ("id", "id", "integer"),
                ("name", "name", "string"),
                ("test", "test", "integer"),
            )
        ),
        "setFaxNumberEmail": RpcCall(
            (
                ("did", "did", "integer"),
                ("email", "email", "string"),
                ("email_enable", "email_enable", "string"),
                ("email_attach_file", "email_attach_file", "string"),
                ("test", "test", "integer"),
            )
        ),
        "setFaxNumberInfo": RpcCall(
            (
                ("did", "did", "integer"),
                ("email", "email", "string"),
                ("email_enable", "email_enable", "string"),
                ("email_attach_file", "email_attach_file", "string"),
                ("url_callback", "url_callback", "string"),
                ("url_callback_enable", "url_callback_enable", "string"),
                ("url_callback_retry", "url_callback_retry", "string"),
                ("test", "test", "integer"),
            ),
            rest_only=(
                ("fax_to_sip_enabled", "fax_to_sip_enabled"),
                ("fax_to_sip_enabled_account", "fax_to_sip_enabled_account"),
                ("note", "note"),
            ),
        ),
        "setFaxNumberURLCallback": RpcCall(
            (
                ("did", "did", "integer"),
                ("url_callback", "url_callback", "string"),
                ("url_callback_enable", "url_callback_enable", "string"),
                ("url_callback_retry", "url_callback_retry", "string"),
                ("test", "test", "integer"),
            )
        ),
        "setForwarding": RpcCall(
            (
                ("forwarding", "forwarding", "string"),
                ("phone_number", "phone_number", "string"),
                ("callerid_override", "callerid_override", "string"),
                ("description", "description", "string"),
                ("dtmf_digits", "dtmf_digits", "string"),
                ("pause", "pause", "string"),
                ("diversion_header", "diversion_header", "integer"),
            ),
            rest_only=(("attestation_a_enabled", "attestation_a_enabled"),),
        ),
        "setIVR": RpcCall(
            (
                ("ivr", "ivr", "string"),
                ("name", "name", "string"),
                ("recording", "recording", "integer"),
                ("timeout", "timeout", "integer"),
                ("language", "language", "string"),
                ("voicemailsetup", "voicemailsetup", "integer"),
                ("choices", "choices", "string"),
            )
        ),
        "setMusicOnHold": RpcCall(
            (
                ("name", "name", "string"),
                ("description", "description", "string"),
                ("volume", "volume", "string"),
                ("sort", "sort", "string"),
                ("recordings", "recordings", "string"),
            )
        ),
        "setPhonebook": RpcCall(
            (
                ("phonebook", "phonebook", "string"),
                ("speed_dial", "speed_dial", "string"),
                ("name", "name", "string"),
                ("number", "number", "integer"),
                ("callerid", "callerid", "string"),
                ("note", "note", "string"),
                ("group", "group", "integer"),
            )
        ),
        "setPhonebookGroup": RpcCall(
            (
                ("phonebook", "phonebook", "string"),
                ("group", "group", "string"),
                ("name", "name", "string"),
                ("members", "members", "string"),
            )
        ),
        "setQueue": RpcCall(
            (
                ("queue", "queue", "string"),
                ("queue_name", "queue_name", "string"),
                ("queue_number", "queue_number", "integer"),
                ("queue_language", "queue_language", "string"),
                ("queue_password", "queue_password", "string"),
                ("callerid_prefix", "callerid_prefix", "integer"),
                ("join_announcement", "join_announcement", "string"),
                ("priority_weight", "priority_weight", "string"),
                ("agent_announcement", "agent_announcement", "string"),
                ("report_hold_time_agent", "report_hold_time_agent", "string"),
                ("member_delay", "member_delay", "string"),
                ("maximum_wait_time", "maximum_wait_time", "string"),
                ("maximum_callers", "maximum_callers", "string"),
                ("join_when_empty", "join_when_empty", "string"),
                ("leave_when_empty", "leave_when_empty", "string"),
                ("ring_strategy", "ring_strategy", "string"),
                ("ring_inuse", "ring_inuse", "string"),
                ("agent_ring_timeout", "agent_ring_timeout", "integer"),
                ("retry_timer", "retry_timer", "string"),
                ("wrapup_time", "wrapup_time", "string"),
                ("voice_announcement", "voice_announcement", "string"),
                ("frequency_announcement", "frequency_announcement", "string"),
                ("announce_position_frecuency", "announce_position_frecuency", "string"),
                ("announce_round_seconds", "announce_round_seconds", "string"),
                (
                    "if_announce_position_enabled_report_estimated_hold_time",
                    "if_announce_position_enabled_report_estimated_hold_time",
                    "string",
                ),
                ("thankyou_for_your_patience", "thankyou_for_your_patience", "string"),
                ("music_on_hold", "music_on_hold", "string"),
                ("fail_over_routing_timeout", "fail_over_routing_timeout", "string"),
                ("fail_over_routing_full", "fail_over_routing_full", "string"),
                ("fail_over_routing_join_empty", "fail_over_routing_join_empty", "string"),
                ("fail_over_routing_leave_empty", "fail_over_routing_leave_empty", "string"),
                ("fail_over_routing_join_unavail", "fail_over_routing_join_unavail", "string"),
                ("fail_over_routing_leave_unavail", "fail_over_routing_leave_unavail", "string"),
            )
        ),
        "setRecording": RpcCall(
            (
                ("recording", "recording", "string"),
                ("file", "file", "string"),
                ("name", "name", "string"),
            )
        ),
        "setRingGroup": RpcCall(
            (
                ("ring_group", "ring_group", "string"),
                ("name", "name", "string"),
                ("members", "members", "string"),
                ("voicemail", "voicemail", "string"),
                ("caller_announcement", "caller_announcement", "string"),
                ("music_on_hold", "music_on_hold", "string"),
                ("language", "language", "string"),
            )
        ),
        "setSIPURI": RpcCall(
            (
                ("sipuri", "sipuri", "string"),
                ("uri", "uri", "string"),
                ("description", "description", "string"),
                ("callerid_override", "callerid_override", "string"),
                ("callerid_e164", "callerid_e164", "integer"),
            )
        ),
        "setSMS": RpcCall(
            (
                ("did", "did", "string"),
                ("enable", "enable", "string"),
                ("email_enabled", "email_enabled", "string"),
                ("email_address", "email_address", "string"),
                ("sms_forward_enable", "sms_forward_enable", "string"),
                ("sms_forward", "sms_forward", "string"),
                ("url_callback_enable", "url_callback_enable", "string"),
                ("url_callback", "url_callback", "string"),
                ("url_callback_retry", "url_callback_retry", "string"),
                ("sms_sipaccount", "sms_sipaccount", "string"),
                ("sms_sipaccount_enabled", "sms_sipaccount_enabled", "string"),
            ),
            rest_only=(
                ("webhook_enable", "webhook_enable"),
                ("webhook", "webhook"),
                ("dialmode", "dialmode"),
                ("smpp_enabled", "smpp_enabled"),
                ("smpp_url", "smpp_url"),
                ("smpp_user", "smpp_user"),
                ("smpp_pass", "smpp_pass"),
            ),
        ),
        "setStaticMember": RpcCall(
            (
                ("member", "member", "string"),
                ("queue", "queue", "integer"),
                ("member_name", "member_name", "string"),
                ("account", "account", "string"),
                ("priority", "priority", "integer"),
            )
        ),
        "setSubAccount": RpcCall(
            (
                ("id", "id", "integer"),
                ("description", "description", "string"),
                ("auth_type", "auth_type", "integer"),
                ("password", "password", "string"),
                ("ip", "ip", "string"),
                ("device_type", "device_type", "integer"),
                ("callerid_number", "callerid_number", "string"),
                ("canada_routing", "canada_routing", "string"),
                ("lock_international", "lock_international", "integer"),
                ("international_route", "international_route", "integer"),
                ("music_on_hold", "music_on_hold", "string"),
                ("language", "language", "string"),
                ("allowed_codecs", "allowed_codecs", "string"),
                ("dtmf_mode", "dtmf_mode", "string"),
                ("nat", "nat", "string"),
                ("sip_traffic", "sip_traffic", "integer"),
                ("max_expiry", "max_expiry", "integer"),
                ("rtp_timeout", "rtp_timeout", "integer"),
                ("rtp_hold_timeout", "rtp_hold_timeout", "integer"),
                ("ip_restriction", "ip_restriction", "string"),
                ("enable_ip_restriction", "enable_ip_restriction", "integer"),
                ("pop_restriction", "pop_restriction", "string"),
                ("enable_pop_restriction", "enable_pop_restriction", "integer"),
                ("internal_extension", "internal_extension", "string"),
                ("internal_voicemail", "internal_voicemail", "string"),
                ("internal_dialtime", "internal_dialtime", "string"),
                ("reseller_client", "reseller_client", "string"),
                ("reseller_package", "reseller_package", "string"),
                ("reseller_nextbilling", "reseller_nextbilling", "string"),
                ("reseller_chargesetup", "reseller_chargesetup", "string"),
                ("send_bye", "send_bye", "integer"),
                ("record_calls", "record_calls", "integer"),
                ("transcribe", "transcribe", "integer"),
                ("transcription_locale", "transcription_locale", "string"),
                ("transcription_email", "transcription_email", "string"),
                ("transcription_start_delay", "transcription_start_delay", "integer"),
                ("dialing_mode", "dialing_mode", "integer"),
                ("tfcarrier", "tfcarrier", "integer"),
                ("internal_extension_location", "internal_extension_location", "integer"),
                ("default_e911", "default_e911", "string"),
            ),
            rest_only=(
                ("allow225", "allow225"),
                ("parking_lot", "parking_lot"),
                ("enable_internal_cnam", "enable_internal_cnam"),
                ("internal_cnam", "internal_cnam"),
                ("call_pickup_behavior", "call_pickup_behavior"),
            ),
        ),
        "setTimeCondition": RpcCall(
            (
                ("timecondition", "timecondition", "string"),
                ("name", "name", "string"),
                ("routing_match", "routing_match", "string"),
                ("routing_nomatch", "routing_nomatch", "string"),
                ("starthour", "starthour", "string"),
                ("startminute", "startminute", "string"),
                ("endhour", "endhour", "string"),
                ("endminute", "endminute", "string"),
                ("weekdaystart", "weekdaystart", "string"),
                ("weekdayend", "weekdayend", "string"),
            )
        ),
        "setVoicemail": RpcCall(
            (
                ("mailbox", "mailbox", "integer"),
                ("name", "name", "string"),
                ("password", "password", "string"),
                ("skip_password", "skip_password", "string"),
                ("email", "email", "string"),
                ("attach_message", "attach_message", "string"),
                ("delete_message", "delete_message", "string"),
                ("say_time", "say_time", "string"),
                ("timezone", "timezone", "string"),
                ("say_callerid", "say_callerid", "string"),
                ("play_instructions", "play_instructions", "string"),
                ("language", "language", "string"),
                ("email_attachment_format", "email_attachment_format", "string"),
                ("unavailable_message_recording", "unavailable_message_recording", "string"),
                ("transcription", "transcription", "string"),
                ("transcription_locale", "transcription_locale", "string"),
                ("transcription_redaction", "transcription_redaction", "string"),
                ("transcription_sentiment", "transcription_sentiment", "string"),
                ("transcription_summary", "transcription_summary", "string"),
                ("transcription_format", "transcription_format", "string"),
            ),
            rest_only=(
                ("client", "client"),
                ("transcription_delay", "transcription_delay"),
            ),
        ),
        "signupClient": RpcCall(
            (
                ("firstname", "firstname", "string"),
                ("lastname", "lastname", "string"),
                ("company", "company", "string"),
                ("address", "address", "string"),
                ("city", "city", "string"),
                ("state", "state", "string"),
                ("country", "country", "string"),
                ("zip", "zip", "string"),
                ("phone_number", "phone_number", "string"),
                ("email", "email", "string"),
                ("confirm_email", "confirm_email", "string"),
                ("password", "password", "string"),
                ("confirm_password", "confirm_password", "string"),
                ("activate", "activate", "boolean"),
                ("balance_management", "balance_management", "integer"),
            )
        ),
        "unconnectDID": RpcCall((("did", "did", "string"),)),
        "unconnectFAX": RpcCall((("did", "did", "string"),)),
    }


#: How each operation the SOAP endpoint binds travels there (REST-only operations are absent; built on
#: first read, by a client that speaks SOAP).
RPC_CALLS: Final[Mapping[str, RpcCall]] = LazyTable(_rpc_calls)
