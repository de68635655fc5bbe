"""Request builders and response parsers for every operation: pure functions, shared by both clients."""

from __future__ import annotations

import datetime as _dt
import functools
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

import httpx

from . import _scan, _xml
from ._answers import ErrorTable, Row, raise_for_status, with_context, with_mutation_context
from ._budget import Limit
from ._checks import (
    _RE_0ADF62BB5C,
    _RE_08AE973C9A,
    _RE_1A059BD149,
    _RE_1AE097C139,
    _RE_1CAD14710D,
    _RE_1CE42F2674,
    _RE_1EBEE98E33,
    _RE_3F50B249C8,
    _RE_6B57E2DAB0,
    _RE_7AA97A4F42,
    _RE_8C3D2D6CE5,
    _RE_17DDC92317,
    _RE_24E1DA2435,
    _RE_25D2B07EE4,
    _RE_31F75A318C,
    _RE_81BDE802C7,
    _RE_163E6F7A24,
    _RE_830D595766,
    _RE_7096AB08A3,
    _RE_8520AF1EFB,
    _RE_84407BE604,
    _RE_649704AFA2,
    _RE_A4F86D523B,
    _RE_B90660B820,
    check_call_endpoint,
    check_callerid_condition,
    check_director_action,
    check_shift,
)
from ._envelope import Envelope, Typed
from ._lazy import LazyModule, LazyTable
from ._request import (
    OperationInfo,
    ParamInfo,
    PreparedRequest,
    encode_multipart,
    indexed_pairs,
    php_serialize,
    query_pairs,
    secret_texts,
)
from ._validation import Problems, check_encodable, check_list, check_scalar, raise_problems
from .errors import class_for
from .models import (
    ADDRESS_TYPE_VALUES,
    AGENT_STATUS_VALUES,
    ALERT_TYPE_VALUES,
    BACKUP_FREQUENCY_VALUES,
    BACKUP_RETENTION_VALUES,
    CALL_DISPOSITION_VALUES,
    CALL_FORWARDING_VALUES,
    CALL_RETENTION_VALUES,
    CALL_ROUTING_TYPE_VALUES,
    CALL_WAITING_VALUES,
    CALLERID_FORMAT_VALUES,
    CALLERID_MODE_VALUES,
    CALLERID_PRIVACY_VALUES,
    CALLERID_TYPE_VALUES,
    CAPACITY_VALUES,
    CLIENT_PROFILE_VALUES,
    CODEC_VALUES,
    CONFIRM_OPTION_VALUES,
    DID_FILTER_OPTION_VALUES,
    DID_OPTION_VALUES,
    DID_TYPE_VALUES,
    DID_USAGE_TYPE_VALUES,
    DIRECTION_VALUES,
    DNIS_FORMAT_VALUES,
    DNIS_MODE_VALUES,
    DNS_AUTH_TYPE_VALUES,
    DNS_SERVICE_VALUES,
    DTMF_MODE_VALUES,
    E911_ADDRESS_TYPE_VALUES,
    ENABLED_STATUS_VALUES,
    ENDPOINT_TYPE_VALUES,
    ENTITY_STATUS_VALUES,
    FAX_PROFILE_OPTION_VALUES,
    FAX_RESOLUTION_VALUES,
    GREETING_MODE_VALUES,
    HOST_TYPE_VALUES,
    IVR_LANGUAGE_VALUES,
    IVR_OPTION_VALUES,
    LANGUAGE_VALUES,
    LISTING_STATUS_VALUES,
    LISTING_TYPE_VALUES,
    MESSAGE_TYPE_VALUES,
    METADATA_MODE_VALUES,
    MODE_VALUES,
    MONITORED_SERVICE_VALUES,
    MULTI_TENANCY_MODE_VALUES,
    NETWORK_STATUS_MODE_VALUES,
    NEW_DID_ORDER_VALUES,
    NEW_DID_TYPE_VALUES,
    NOTIFY_TRIGGER_VALUES,
    NUMBER_PATTERN_VALUES,
    ORDER_DID_TYPE_VALUES,
    ORDER_SEQUENCE_VALUES,
    ORGANIZATION_TYPE_VALUES,
    PAGE_FORMAT_VALUES,
    PBX_SERVER_OPTION_VALUES,
    PEER_CONTACT_MODE_VALUES,
    PHONE_NUMBER_TYPE_VALUES,
    PORT_FEATURE_VALUES,
    PORT_REQUEST_STATUS_VALUES,
    PRE_IVR_DELAY_VALUES,
    PREFIX_PREFERENCE_VALUES,
    PRODUCT_EDITION_VALUES,
    PROVISION_STATUS_VALUES,
    QUEUE_OPTION_VALUES,
    RANGE_DATE_VALUES,
    RECORDING_STATUS_VALUES,
    RING_TIMEOUT_VALUES,
    ROUTING_TYPE_VALUES,
    SERVICE_LEVEL_VALUES,
    SIMULTANEOUS_CALLS_VALUES,
    SMS_PROFILE_OPTION_VALUES,
    STORAGE_TYPE_VALUES,
    STORED_STATUS_VALUES,
    SUBACCOUNT_OPTION_VALUES,
    TRANSMISSION_STATUS_VALUES,
    TRANSPORT_VALUES,
    YES_NO_VALUES,
    AddressType,
    AgentStatus,
    AlertType,
    BackupFrequency,
    BackupRetention,
    CallDisposition,
    CallEndpoint,
    CalleridCondition,
    CalleridFormat,
    CalleridMode,
    CalleridPrivacy,
    CalleridType,
    CallForwarding,
    CallRetention,
    CallRoutingType,
    CallWaiting,
    Capacity,
    ClientProfile,
    Codec,
    ConfirmOption,
    DidFilterOption,
    DidOption,
    DidType,
    DidUsageType,
    Direction,
    DirectorAction,
    DnisFormat,
    DnisMode,
    DnsAuthType,
    DnsService,
    DtmfMode,
    E911AddressType,
    EnabledStatus,
    EndpointType,
    EntityStatus,
    FaxProfileOption,
    FaxResolution,
    GetCallsReply,
    GetFundingDetailsReply,
    GreetingMode,
    HostType,
    IvrLanguage,
    IvrOption,
    Language,
    ListingStatus,
    ListingType,
    MessageType,
    MetadataMode,
    Mode,
    MonitoredService,
    MultiTenancyMode,
    NetworkStatusMode,
    NewDidOrder,
    NewDidType,
    NotifyTrigger,
    NumberPattern,
    OrderDidType,
    OrderSequence,
    OrganizationType,
    PageFormat,
    PbxServerOption,
    PeerContactMode,
    PhoneNumberType,
    PortFeature,
    PortRequestStatus,
    PrefixPreference,
    PreIvrDelay,
    ProductEdition,
    ProvisionStatus,
    QueueOption,
    RangeDate,
    RecordingStatus,
    Reply,
    RingTimeout,
    RoutingType,
    ServiceLevel,
    Shift,
    SimultaneousCalls,
    SmsProfileOption,
    StorageType,
    StoredStatus,
    SubaccountOption,
    TransmissionStatus,
    Transport,
    YesNo,
)

if TYPE_CHECKING:
    from . import _json
else:  # the JSON wire types (msgspec Structs) are made with the first answer read, not at import
    _json = LazyModule(globals(), "_json", "._json", __package__)


def _operations() -> dict[str, OperationInfo]:
    return {
        "get_request_types": OperationInfo(
            wire_name="get_request_types",
            python_name="get_request_types",
            http_method="GET",
            path="/api/v1.1/json/get_request_types",
            params=(),
            mutates=False,
            success_status=(200,),
            description="List every request type available.",
        ),
        "get_calls": OperationInfo(
            wire_name="get_calls",
            python_name="get_calls",
            http_method="GET",
            path="/api/v1.1/json/get_calls",
            params=(
                ParamInfo("date_from", "date_from", False, "query"),
                ParamInfo("date_to", "date_to", False, "query"),
                ParamInfo("latest_hours", "latest_hours", False, "query"),
                ParamInfo("call_hash", "call_hash", False, "query"),
                ParamInfo("unique_id", "unique_id", False, "query"),
                ParamInfo("direction", "direction", False, "query"),
                ParamInfo("routing_type", "routing_type", False, "query"),
                ParamInfo("disposition", "disposition", False, "query"),
                ParamInfo("result_limit", "result_limit", False, "query"),
                ParamInfo("result_offset", "result_offset", False, "query"),
                ParamInfo("extras", "extras", False, "query"),
                ParamInfo("metadata", "metadata", False, "query"),
                ParamInfo("routing_details", "routing_details", False, "query"),
                ParamInfo("client_channel_id", "client_channel_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get the call history: by date range, by the last hours, or the calls "
            "logged after a call_hash.",
        ),
        "get_calls_stats": OperationInfo(
            wire_name="get_calls_stats",
            python_name="get_calls_stats",
            http_method="GET",
            path="/api/v1.1/json/get_calls_stats",
            params=(
                ParamInfo("date_from", "date_from", False, "query"),
                ParamInfo("date_to", "date_to", False, "query"),
                ParamInfo("client_subaccount_ids", "client_subaccount_ids", False, "query"),
                ParamInfo("routing_types", "routing_types", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Gather call statistics for a period of at most 12 months.",
        ),
        "get_recordings": OperationInfo(
            wire_name="get_recordings",
            python_name="get_recordings",
            http_method="GET",
            path="/api/v1.1/json/get_recordings",
            params=(
                ParamInfo("call_recording_id", "call_recording_id", False, "query"),
                ParamInfo("recording_hash", "recording_hash", False, "query"),
                ParamInfo("call_hash", "call_hash", False, "query"),
                ParamInfo("date_from", "date_from", False, "query"),
                ParamInfo("date_to", "date_to", False, "query"),
                ParamInfo("latest_hours", "latest_hours", False, "query"),
                ParamInfo("status", "status", False, "query"),
                ParamInfo("result_limit", "result_limit", False, "query"),
                ParamInfo("result_offset", "result_offset", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get call recordings.",
        ),
        "delete_recordings": OperationInfo(
            wire_name="delete_recordings",
            python_name="delete_recordings",
            http_method="GET",
            path="/api/v1.1/json/delete_recordings",
            params=(
                ParamInfo("call_recording_id", "call_recording_id", False, "query"),
                ParamInfo("call_hash", "call_hash", False, "query"),
                ParamInfo("date", "date", False, "query"),
                ParamInfo("comments", "comments", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Delete recordings by call_recording_id or call_hash, or every recording before a date.",
        ),
        "get_voicemails": OperationInfo(
            wire_name="get_voicemails",
            python_name="get_voicemails",
            http_method="GET",
            path="/api/v1.1/json/get_voicemails",
            params=(
                ParamInfo("call_voicemail_id", "call_voicemail_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("voicemail_hash", "voicemail_hash", False, "query"),
                ParamInfo("result_limit", "result_limit", False, "query"),
                ParamInfo("result_offset", "result_offset", False, "query"),
                ParamInfo("date_from", "date_from", False, "query"),
                ParamInfo("date_to", "date_to", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get the voicemail messages of the account's mailboxes.",
        ),
        "delete_voicemails": OperationInfo(
            wire_name="delete_voicemails",
            python_name="delete_voicemails",
            http_method="GET",
            path="/api/v1.1/json/delete_voicemails",
            params=(
                ParamInfo("call_voicemail_id", "call_voicemail_id", False, "query"),
                ParamInfo("voicemail_hash", "voicemail_hash", False, "query"),
                ParamInfo("date", "date", False, "query"),
                ParamInfo("comments", "comments", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Delete voicemails by call_voicemail_id or voicemail_hash, or every voicemail before a date.",
        ),
        "get_faxes": OperationInfo(
            wire_name="get_faxes",
            python_name="get_faxes",
            http_method="GET",
            path="/api/v1.1/json/get_faxes",
            params=(
                ParamInfo("call_fax_id", "call_fax_id", False, "query"),
                ParamInfo("client_fax_profile_id", "client_fax_profile_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("date_from", "date_from", False, "query"),
                ParamInfo("date_to", "date_to", False, "query"),
                ParamInfo("call_hash", "call_hash", False, "query"),
                ParamInfo("status", "status", False, "query"),
                ParamInfo("transmission_status", "transmission_status", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get the faxes of the account's virtual fax profiles.",
        ),
        "delete_faxes": OperationInfo(
            wire_name="delete_faxes",
            python_name="delete_faxes",
            http_method="GET",
            path="/api/v1.1/json/delete_faxes",
            params=(
                ParamInfo("call_fax_id", "call_fax_id", False, "query"),
                ParamInfo("call_hash", "call_hash", False, "query"),
                ParamInfo("date", "date", False, "query"),
                ParamInfo("comments", "comments", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Delete stored faxes by call_fax_id or call_hash, or every fax of a date.",
        ),
        "get_fax_profiles": OperationInfo(
            wire_name="get_fax_profiles",
            python_name="get_fax_profiles",
            http_method="GET",
            path="/api/v1.1/json/get_fax_profiles",
            params=(
                ParamInfo("client_fax_profile_id", "client_fax_profile_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get one fax profile or all of them.",
        ),
        "update_fax_profile": OperationInfo(
            wire_name="update_fax_profile",
            python_name="update_fax_profile",
            http_method="GET",
            path="/api/v1.1/json/update_fax_profile",
            params=(
                ParamInfo("mode", "mode", False, "query"),
                ParamInfo("client_fax_profile_id", "client_fax_profile_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("friendly_name", "friendly_name", True, "query"),
                ParamInfo("local_ident", "local_ident", True, "query"),
                ParamInfo("fax_header", "fax_header", True, "query"),
                ParamInfo("callerid_name", "callerid_name", True, "query"),
                ParamInfo("callerid_number", "callerid_number", True, "query"),
                ParamInfo("contact_name", "contact_name", False, "query"),
                ParamInfo("email", "email", True, "query"),
                ParamInfo("language", "language", True, "query"),
                ParamInfo("allowed_senders", "allowed_senders", True, "query"),
                ParamInfo("retry_limit", "retry_limit", False, "query"),
                ParamInfo("page_format", "page_format", True, "query"),
                ParamInfo("resolution", "resolution", True, "query"),
                ParamInfo("callback_url", "callback_url", False, "query"),
                ParamInfo("backup_url", "backup_url", False, "query"),
                ParamInfo("options", "options", False, "query"),
                ParamInfo("status", "status", True, "query"),
                ParamInfo("comments", "comments", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update a fax profile.",
        ),
        "delete_fax_profile": OperationInfo(
            wire_name="delete_fax_profile",
            python_name="delete_fax_profile",
            http_method="GET",
            path="/api/v1.1/json/delete_fax_profile",
            params=(ParamInfo("client_fax_profile_id", "client_fax_profile_id", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a fax profile.",
        ),
        "queue_fax": OperationInfo(
            wire_name="queue_fax",
            python_name="queue_fax",
            http_method="POST",
            path="/api/v1.1/json/queue_fax",
            params=(
                ParamInfo("destination_number", "destination_number", True, "body"),
                ParamInfo("client_fax_profile_id", "client_fax_profile_id", True, "body"),
                ParamInfo("attachments", "attachments", True, "body"),
                ParamInfo("unique_id", "unique_id", False, "body"),
                ParamInfo("name_from", "name_from", False, "body"),
                ParamInfo("email_from", "email_from", False, "body"),
                ParamInfo("page_format", "page_format", False, "body"),
                ParamInfo("resolution", "resolution", False, "body"),
                ParamInfo("retry_limit", "retry_limit", False, "body"),
                ParamInfo("datetime_scheduled", "datetime_scheduled", False, "body"),
            ),
            mutates=True,
            success_status=(200,),
            description="Send a fax (a POST request with the files attached).",
        ),
        "get_dids": OperationInfo(
            wire_name="get_dids",
            python_name="get_dids",
            http_method="GET",
            path="/api/v1.1/json/get_dids",
            params=(
                ParamInfo("client_did_id", "client_did_id", False, "query"),
                ParamInfo("phone_number", "phone_number", False, "query"),
                ParamInfo("npa", "npa", False, "query"),
                ParamInfo("nxx", "nxx", False, "query"),
                ParamInfo("ratecenter_id", "ratecenter_id", False, "query"),
                ParamInfo("district", "district", False, "query"),
                ParamInfo("state_id", "state_id", False, "query"),
                ParamInfo("country_id", "country_id", False, "query"),
                ParamInfo("options", "options", False, "query"),
                ParamInfo("client_peer_id", "client_peer_id", False, "query"),
                ParamInfo("client_mailbox_id", "client_mailbox_id", False, "query"),
                ParamInfo("announce_media_file_id", "announce_media_file_id", False, "query"),
                ParamInfo("bridge_uri", "bridge_uri", False, "query"),
                ParamInfo("pickup_group_ids", "pickup_group_ids", False, "query"),
                ParamInfo("client_conference_profile_id", "client_conference_profile_id", False, "query"),
                ParamInfo("client_fax_profile_id", "client_fax_profile_id", False, "query"),
                ParamInfo("dnis_rewrite", "dnis_rewrite", False, "query"),
                ParamInfo("confirm_media_file_id", "confirm_media_file_id", False, "query"),
                ParamInfo("playback_media_file_id", "playback_media_file_id", False, "query"),
                ParamInfo("sms_autoreply_message", "sms_autoreply_message", False, "query"),
                ParamInfo("recording_notify_recipient_name", "recording_notify_recipient_name", False, "query"),
                ParamInfo("peer_failover_causes", "peer_failover_causes", False, "query"),
                ParamInfo("recording_notify_recipient_email", "recording_notify_recipient_email", False, "query"),
                ParamInfo("type", "type", False, "query"),
                ParamInfo("usage_type", "usage_type", True, "query"),
                ParamInfo("sms_dnis_rewrite", "sms_dnis_rewrite", False, "query"),
                ParamInfo("sip_response", "sip_response", False, "query"),
                ParamInfo("exclude_e411_list", "exclude_e411_list", False, "query"),
                ParamInfo("exclude_e911_list", "exclude_e911_list", False, "query"),
                ParamInfo("t38_support", "t38_support", False, "query"),
                ParamInfo("sms_support", "sms_support", False, "query"),
                ParamInfo("mms_support", "mms_support", False, "query"),
                ParamInfo("enable_voicemail", "enable_voicemail", False, "query"),
                ParamInfo("ondemand_recording", "ondemand_recording", False, "query"),
                ParamInfo("enable_fax", "enable_fax", False, "query"),
                ParamInfo("client_channel_id", "client_channel_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("status", "status", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get the details and settings of the account's DIDs; without filters every DID.",
        ),
        "update_did": OperationInfo(
            wire_name="update_did",
            python_name="update_did",
            http_method="GET",
            path="/api/v1.1/json/update_did",
            params=(
                ParamInfo("preserve_missing_data", "preserve_missing_data", False, "query"),
                ParamInfo("client_did_id", "client_did_id", False, "query"),
                ParamInfo("phone_number", "phone_number", False, "query"),
                ParamInfo("friendly_name", "friendly_name", False, "query"),
                ParamInfo("forward_number", "forward_number", False, "query"),
                ParamInfo("forward_timeout", "forward_timeout", False, "query"),
                ParamInfo("send_dtmf", "send_dtmf", False, "query"),
                ParamInfo("voice_language", "voice_language", False, "query"),
                ParamInfo("client_mailbox_id", "client_mailbox_id", False, "query"),
                ParamInfo("client_ivr_profile_id", "client_ivr_profile_id", False, "query"),
                ParamInfo("client_fax_profile_id", "client_fax_profile_id", False, "query"),
                ParamInfo("client_director_profile_id", "client_director_profile_id", False, "query"),
                ParamInfo("client_sms_profile_id", "client_sms_profile_id", False, "query"),
                ParamInfo("client_peer_ids", "client_peer_ids", False, "query"),
                ParamInfo("peer_timeout", "peer_timeout", False, "query"),
                ParamInfo("peer_contact_mode", "peer_contact_mode", False, "query"),
                ParamInfo("client_queue_ids", "client_queue_ids", False, "query"),
                ParamInfo("bridge_uri", "bridge_uri", False, "query"),
                ParamInfo("client_conference_profile_id", "client_conference_profile_id", False, "query"),
                ParamInfo("ondemand_recording", "ondemand_recording", False, "query"),
                ParamInfo("dnis_rewrite", "dnis_rewrite", False, "query"),
                ParamInfo("client_filter_ids", "client_filter_ids", False, "query"),
                ParamInfo("announce_media_file_id", "announce_media_file_id", False, "query"),
                ParamInfo("monitor_media_file_id", "monitor_media_file_id", False, "query"),
                ParamInfo("confirm_media_file_id", "confirm_media_file_id", False, "query"),
                ParamInfo("callerid_name_rewrite", "callerid_name_rewrite", False, "query"),
                ParamInfo("callerid_number_rewrite", "callerid_number_rewrite", False, "query"),
                ParamInfo("sms_notify_email", "sms_notify_email", False, "query"),
                ParamInfo("sms_forward_number", "sms_forward_number", False, "query"),
                ParamInfo("sms_callback_url", "sms_callback_url", False, "query"),
                ParamInfo("sms_autoreply_message", "sms_autoreply_message", False, "query"),
                ParamInfo("client_channel_id", "client_channel_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("notify_callback_triggers", "notify_callback_triggers", False, "query"),
                ParamInfo("notify_callback_url", "notify_callback_url", False, "query"),
                ParamInfo("simultaneous_calls_limit", "simultaneous_calls_limit", False, "query"),
                ParamInfo("type", "type", False, "query"),
                ParamInfo("usage_type", "usage_type", True, "query"),
                ParamInfo("recording_notify_recipient_name", "recording_notify_recipient_name", False, "query"),
                ParamInfo("recording_notify_recipient_email", "recording_notify_recipient_email", False, "query"),
                ParamInfo("peer_failover_causes", "peer_failover_causes", False, "query"),
                ParamInfo("pickup_group_ids", "pickup_group_ids", False, "query"),
                ParamInfo("sms_dnis_rewrite", "sms_dnis_rewrite", False, "query"),
                ParamInfo("exclude_e411_list", "exclude_e411_list", False, "query"),
                ParamInfo("exclude_e911_list", "exclude_e911_list", False, "query"),
                ParamInfo("options", "options", False, "query"),
                ParamInfo("comments", "comments", False, "query"),
                ParamInfo("status", "status", False, "query"),
                ParamInfo("serialized_metadata", "serialized_metadata", False, "query"),
                ParamInfo("raw_metadata", "raw_metadata", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Update the configuration of a DID.",
        ),
        "delete_did": OperationInfo(
            wire_name="delete_did",
            python_name="delete_did",
            http_method="GET",
            path="/api/v1.1/json/delete_did",
            params=(
                ParamInfo("client_did_id", "client_did_id", False, "query"),
                ParamInfo("phone_number", "phone_number", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Delete a DID from the account.",
        ),
        "get_new_dids": OperationInfo(
            wire_name="get_new_dids",
            python_name="get_new_dids",
            http_method="GET",
            path="/api/v1.1/json/get_new_dids",
            params=(
                ParamInfo("type", "type", False, "query"),
                ParamInfo("npa", "npa", False, "query"),
                ParamInfo("nxx", "nxx", False, "query"),
                ParamInfo("ratecenter_id", "ratecenter_id", False, "query"),
                ParamInfo("district", "district", False, "query"),
                ParamInfo("state_id", "state_id", False, "query"),
                ParamInfo("included_patterns", "included_patterns", False, "query"),
                ParamInfo("order", "order", False, "query"),
                ParamInfo("t38_support", "t38_support", False, "query"),
                ParamInfo("sms_support", "sms_support", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List DIDs of the inventory.",
        ),
        "activate_new_did": OperationInfo(
            wire_name="activate_new_did",
            python_name="activate_new_did",
            http_method="GET",
            path="/api/v1.1/json/activate_new_did",
            params=(
                ParamInfo("phone_number", "phone_number", False, "query"),
                ParamInfo("did_id", "did_id", False, "query"),
                ParamInfo("skip_notification", "skip_notification", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Add a DID of the inventory to the account.",
        ),
        "order_new_dids": OperationInfo(
            wire_name="order_new_dids",
            python_name="order_new_dids",
            http_method="GET",
            path="/api/v1.1/json/order_new_dids",
            params=(
                ParamInfo("prefix", "prefix", False, "query"),
                ParamInfo("ratecenter_id", "ratecenter_id", False, "query"),
                ParamInfo("type", "type", False, "query"),
                ParamInfo("quantity", "quantity", True, "query"),
                ParamInfo("prefix_preference", "prefix_preference", False, "query"),
                ParamInfo("sequential", "sequential", False, "query"),
                ParamInfo("t38_support", "t38_support", False, "query"),
                ParamInfo("sms_support", "sms_support", False, "query"),
                ParamInfo("mms_support", "mms_support", False, "query"),
                ParamInfo("capacity", "capacity", False, "query"),
                ParamInfo("comments", "comments", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Order DIDs of a ratecenter or prefix that the inventory lacks.",
        ),
        "get_port_requests": OperationInfo(
            wire_name="get_port_requests",
            python_name="get_port_requests",
            http_method="GET",
            path="/api/v1.1/json/get_port_requests",
            params=(
                ParamInfo("port_request_id", "port_request_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("current_owner", "current_owner", False, "query"),
                ParamInfo("phone_number", "phone_number", False, "query"),
                ParamInfo("status", "status", False, "query"),
                ParamInfo("date_from", "date_from", False, "query"),
                ParamInfo("date_to", "date_to", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get one port request or all of them.",
        ),
        "update_port_request": OperationInfo(
            wire_name="update_port_request",
            python_name="update_port_request",
            http_method="POST",
            path="/api/v1.1/json/update_port_request",
            params=(
                ParamInfo("mode", "mode", False, "body"),
                ParamInfo("port_request_id", "port_request_id", False, "body"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "body"),
                ParamInfo("friendly_name", "friendly_name", False, "body"),
                ParamInfo("phone_number_type", "phone_number_type", False, "body"),
                ParamInfo("phone_numbers", "phone_numbers", False, "body"),
                ParamInfo("phone_numbers_to_keep", "phone_numbers_to_keep", False, "body"),
                ParamInfo("phone_numbers_to_cancel", "phone_numbers_to_cancel", False, "body"),
                ParamInfo("features", "features", False, "body"),
                ParamInfo("capacity", "capacity", False, "body"),
                ParamInfo("requested_firm_date", "requested_firm_date", False, "body"),
                ParamInfo("organization", "organization", False, "body"),
                ParamInfo("organization_type", "organization_type", False, "body"),
                ParamInfo("current_provider", "current_provider", False, "body"),
                ParamInfo("current_reseller", "current_reseller", False, "body"),
                ParamInfo("current_reseller_account", "current_reseller_account", False, "body"),
                ParamInfo("box_number", "box_number", False, "body"),
                ParamInfo("civic_number", "civic_number", False, "body"),
                ParamInfo("street", "street", False, "body"),
                ParamInfo("unit_number", "unit_number", False, "body"),
                ParamInfo("city", "city", False, "body"),
                ParamInfo("country_id", "country_id", False, "body"),
                ParamInfo("state_id", "state_id", False, "body"),
                ParamInfo("state_other", "state_other", False, "body"),
                ParamInfo("postal_code", "postal_code", False, "body"),
                ParamInfo("client_instructions", "client_instructions", False, "body"),
                ParamInfo("is_notify_creation", "is_notify_creation", False, "body"),
                ParamInfo("notification_client_user_id", "notification_client_user_id", False, "body"),
                ParamInfo("extra_recipients", "extra_recipients", False, "body"),
                ParamInfo("loa", "loa", False, "body"),
                ParamInfo("bill", "bill", False, "body"),
                ParamInfo("other", "other", False, "body"),
                ParamInfo("send_to_staff", "send_to_staff", False, "body"),
                ParamInfo("comments", "comments", False, "body"),
                ParamInfo("serialized_metadata", "serialized_metadata", False, "body"),
                ParamInfo("raw_metadata", "raw_metadata", False, "body"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update a port request; with send_to_staff it is submitted. "
            "Files ride in a multipart POST.",
        ),
        "lookup_did": OperationInfo(
            wire_name="lookup_did",
            python_name="lookup_did",
            http_method="GET",
            path="/api/v1.1/json/lookup_did",
            params=(ParamInfo("phone_number", "phone_number", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="Look up information about a phone number (charges apply).",
        ),
        "get_did_areacodes": OperationInfo(
            wire_name="get_did_areacodes",
            python_name="get_did_areacodes",
            http_method="GET",
            path="/api/v1.1/json/get_did_areacodes",
            params=(
                ParamInfo("npa", "npa", False, "query"),
                ParamInfo("ratecenter_id", "ratecenter_id", False, "query"),
                ParamInfo("country_id", "country_id", False, "query"),
                ParamInfo("state_id", "state_id", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get the available area codes; one with npa.",
        ),
        "get_did_exchanges": OperationInfo(
            wire_name="get_did_exchanges",
            python_name="get_did_exchanges",
            http_method="GET",
            path="/api/v1.1/json/get_did_exchanges",
            params=(
                ParamInfo("npa", "npa", False, "query"),
                ParamInfo("nxx", "nxx", False, "query"),
                ParamInfo("ratecenter_id", "ratecenter_id", False, "query"),
                ParamInfo("state_id", "state_id", False, "query"),
                ParamInfo("country_id", "country_id", False, "query"),
                ParamInfo("portability", "portability", False, "query"),
                ParamInfo("availability", "availability", False, "query"),
                ParamInfo("updated_since", "updated_since", False, "query"),
                ParamInfo("result_limit", "result_limit", False, "query"),
                ParamInfo("result_offset", "result_offset", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get ratecenter exchanges by area code or prefix, with their portability and availability.",
        ),
        "get_ratecenters": OperationInfo(
            wire_name="get_ratecenters",
            python_name="get_ratecenters",
            http_method="GET",
            path="/api/v1.1/json/get_ratecenters",
            params=(
                ParamInfo("npa", "npa", False, "query"),
                ParamInfo("nxx", "nxx", False, "query"),
                ParamInfo("ratecenter_id", "ratecenter_id", False, "query"),
                ParamInfo("state_id", "state_id", False, "query"),
                ParamInfo("country_id", "country_id", False, "query"),
                ParamInfo("updated_since", "updated_since", False, "query"),
                ParamInfo("result_limit", "result_limit", False, "query"),
                ParamInfo("result_offset", "result_offset", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get ratecenters by area code or prefix.",
        ),
        "get_sms": OperationInfo(
            wire_name="get_sms",
            python_name="get_sms",
            http_method="GET",
            path="/api/v1.1/json/get_sms",
            params=(
                ParamInfo("sms_log_id", "sms_log_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("sms_hash", "sms_hash", False, "query"),
                ParamInfo("direction", "direction", False, "query"),
                ParamInfo("status", "status", False, "query"),
                ParamInfo("transmission_status", "transmission_status", False, "query"),
                ParamInfo("source_number", "source_number", False, "query"),
                ParamInfo("destination_number", "destination_number", False, "query"),
                ParamInfo("date_from", "date_from", False, "query"),
                ParamInfo("date_to", "date_to", False, "query"),
                ParamInfo("result_limit", "result_limit", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get the SMS of the account's DIDs.",
        ),
        "delete_sms": OperationInfo(
            wire_name="delete_sms",
            python_name="delete_sms",
            http_method="GET",
            path="/api/v1.1/json/delete_sms",
            params=(ParamInfo("sms_log_id", "sms_log_id", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete an SMS.",
        ),
        "get_sms_stats": OperationInfo(
            wire_name="get_sms_stats",
            python_name="get_sms_stats",
            http_method="GET",
            path="/api/v1.1/json/get_sms_stats",
            params=(
                ParamInfo("date_from", "date_from", False, "query"),
                ParamInfo("date_to", "date_to", False, "query"),
                ParamInfo("client_subaccount_ids", "client_subaccount_ids", False, "query"),
                ParamInfo("message_types", "message_types", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Gather SMS and MMS statistics for a period of at most 12 months.",
        ),
        "queue_sms": OperationInfo(
            wire_name="queue_sms",
            python_name="queue_sms",
            http_method="POST",
            path="/api/v1.1/json/queue_sms",
            params=(
                ParamInfo("client_did_id", "client_did_id", False, "body"),
                ParamInfo("source_number", "source_number", False, "body"),
                ParamInfo("destination_number", "destination_number", True, "body"),
                ParamInfo("message", "message", False, "body"),
                ParamInfo("attachments", "attachments", False, "body"),
                ParamInfo("retry_limit", "retry_limit", False, "body"),
            ),
            mutates=True,
            success_status=(200,),
            description="Send an SMS or MMS from a DID with SMS support (a POST request).",
        ),
        "get_sms_profiles": OperationInfo(
            wire_name="get_sms_profiles",
            python_name="get_sms_profiles",
            http_method="GET",
            path="/api/v1.1/json/get_sms_profiles",
            params=(
                ParamInfo("client_sms_profile_id", "client_sms_profile_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get one SMS profile or all of them.",
        ),
        "update_sms_profile": OperationInfo(
            wire_name="update_sms_profile",
            python_name="update_sms_profile",
            http_method="GET",
            path="/api/v1.1/json/update_sms_profile",
            params=(
                ParamInfo("mode", "mode", False, "query"),
                ParamInfo("client_sms_profile_id", "client_sms_profile_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("friendly_name", "friendly_name", False, "query"),
                ParamInfo("language", "language", False, "query"),
                ParamInfo("allowed_senders", "allowed_senders", False, "query"),
                ParamInfo("notify_name", "notify_name", False, "query"),
                ParamInfo("notify_email", "notify_email", False, "query"),
                ParamInfo("forward_number", "forward_number", False, "query"),
                ParamInfo("callback_url", "callback_url", False, "query"),
                ParamInfo("backup_url", "backup_url", False, "query"),
                ParamInfo("autoreply_message", "autoreply_message", False, "query"),
                ParamInfo("client_did_id", "client_did_id", False, "query"),
                ParamInfo("options", "options", True, "query"),
                ParamInfo("status", "status", False, "query"),
                ParamInfo("comments", "comments", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update an SMS profile.",
        ),
        "delete_sms_profile": OperationInfo(
            wire_name="delete_sms_profile",
            python_name="delete_sms_profile",
            http_method="GET",
            path="/api/v1.1/json/delete_sms_profile",
            params=(ParamInfo("client_sms_profile_id", "client_sms_profile_id", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete an SMS profile.",
        ),
        "get_peers": OperationInfo(
            wire_name="get_peers",
            python_name="get_peers",
            http_method="GET",
            path="/api/v1.1/json/get_peers",
            params=(
                ParamInfo("client_peer_id", "client_peer_id", False, "query"),
                ParamInfo("client_channel_id", "client_channel_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get one peer or all of them.",
        ),
        "update_peer": OperationInfo(
            wire_name="update_peer",
            python_name="update_peer",
            http_method="GET",
            path="/api/v1.1/json/update_peer",
            params=(
                ParamInfo("mode", "mode", False, "query"),
                ParamInfo("client_peer_id", "client_peer_id", False, "query"),
                ParamInfo("proxy_id", "proxy_id", False, "query"),
                ParamInfo("friendly_name", "friendly_name", True, "query"),
                ParamInfo("host_type", "host_type", True, "query"),
                ParamInfo("host", "host", False, "query"),
                ParamInfo("port", "port", False, "query"),
                ParamInfo("peer_username", "peer_username", False, "query"),
                ParamInfo("username", "username", False, "query"),
                ParamInfo("password", "password", False, "query"),
                ParamInfo("callerid_name", "callerid_name", False, "query"),
                ParamInfo("callerid_number", "callerid_number", False, "query"),
                ParamInfo("callerid_mode", "callerid_mode", True, "query"),
                ParamInfo("callerid_type", "callerid_type", False, "query"),
                ParamInfo("callerid_format", "callerid_format", False, "query"),
                ParamInfo("client_callerid_profile_id", "client_callerid_profile_id", False, "query"),
                ParamInfo("transport", "transport", False, "query"),
                ParamInfo("codecs", "codecs", False, "query"),
                ParamInfo("dtmf_mode", "dtmf_mode", False, "query"),
                ParamInfo("dnis_mode", "dnis_mode", False, "query"),
                ParamInfo("dnis_format", "dnis_format", False, "query"),
                ParamInfo("force_ring_signal", "force_ring_signal", False, "query"),
                ParamInfo("enable_nat", "enable_nat", False, "query"),
                ParamInfo("enable_reinvite", "enable_reinvite", False, "query"),
                ParamInfo("enable_recording", "enable_recording", False, "query"),
                ParamInfo("ondemand_recording", "ondemand_recording", False, "query"),
                ParamInfo("enable_dnis", "enable_dnis", False, "query"),
                ParamInfo("enable_notification", "enable_notification", False, "query"),
                ParamInfo("simultaneous_calls_limit", "simultaneous_calls_limit", False, "query"),
                ParamInfo("enable_auth", "enable_auth", False, "query"),
                ParamInfo("auth_username", "auth_username", False, "query"),
                ParamInfo("enable_qualify", "enable_qualify", False, "query"),
                ParamInfo("qualify", "qualify", False, "query"),
                ParamInfo("default_ip", "default_ip", False, "query"),
                ParamInfo("client_channel_id", "client_channel_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("client_filter_ids", "client_filter_ids", False, "query"),
                ParamInfo("enable_notify_callback", "enable_notify_callback", False, "query"),
                ParamInfo("notify_callback_triggers", "notify_callback_triggers", False, "query"),
                ParamInfo("notify_callback_url", "notify_callback_url", False, "query"),
                ParamInfo("register_timeout", "register_timeout", False, "query"),
                ParamInfo("progress_timeout", "progress_timeout", False, "query"),
                ParamInfo("provisioned_endpoint_id", "provisioned_endpoint_id", False, "query"),
                ParamInfo("status", "status", False, "query"),
                ParamInfo("comments", "comments", False, "query"),
                ParamInfo("serialized_metadata", "serialized_metadata", False, "query"),
                ParamInfo("raw_metadata", "raw_metadata", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update a peer (SIP account).",
        ),
        "delete_peer": OperationInfo(
            wire_name="delete_peer",
            python_name="delete_peer",
            http_method="GET",
            path="/api/v1.1/json/delete_peer",
            params=(ParamInfo("client_peer_id", "client_peer_id", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a peer.",
        ),
        "get_mailboxes": OperationInfo(
            wire_name="get_mailboxes",
            python_name="get_mailboxes",
            http_method="GET",
            path="/api/v1.1/json/get_mailboxes",
            params=(ParamInfo("client_mailbox_id", "client_mailbox_id", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="Get one voice mailbox or all of them.",
        ),
        "update_mailbox": OperationInfo(
            wire_name="update_mailbox",
            python_name="update_mailbox",
            http_method="GET",
            path="/api/v1.1/json/update_mailbox",
            params=(
                ParamInfo("mode", "mode", False, "query"),
                ParamInfo("client_mailbox_id", "client_mailbox_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("friendly_name", "friendly_name", False, "query"),
                ParamInfo("passcode", "passcode", False, "query"),
                ParamInfo("email", "email", False, "query"),
                ParamInfo("enable_mail_notification", "enable_mail_notification", False, "query"),
                ParamInfo("contact_name", "contact_name", False, "query"),
                ParamInfo("enable_peer_notification", "enable_peer_notification", False, "query"),
                ParamInfo("notification_peers", "notification_peers", False, "query"),
                ParamInfo("notification_duration", "notification_duration", False, "query"),
                ParamInfo("status", "status", False, "query"),
                ParamInfo("comments", "comments", False, "query"),
                ParamInfo("serialized_metadata", "serialized_metadata", False, "query"),
                ParamInfo("raw_metadata", "raw_metadata", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update a voice mailbox.",
        ),
        "delete_mailbox": OperationInfo(
            wire_name="delete_mailbox",
            python_name="delete_mailbox",
            http_method="GET",
            path="/api/v1.1/json/delete_mailbox",
            params=(ParamInfo("client_mailbox_id", "client_mailbox_id", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a voice mailbox.",
        ),
        "get_tts_voice_name": OperationInfo(
            wire_name="get_tts_voice_name",
            python_name="get_tts_voice_name",
            http_method="GET",
            path="/api/v1.1/json/get_tts_voice_name",
            params=(),
            mutates=False,
            success_status=(200,),
            description="List the text-to-speech voice names.",
        ),
        "update_mailbox_greeting": OperationInfo(
            wire_name="update_mailbox_greeting",
            python_name="update_mailbox_greeting",
            http_method="POST",
            path="/api/v1.1/json/update_mailbox_greeting",
            params=(
                ParamInfo("mode", "mode", True, "body"),
                ParamInfo("client_mailbox_id", "client_mailbox_id", True, "body"),
                ParamInfo("friendly_name", "friendly_name", False, "body"),
                ParamInfo("text", "text", False, "body"),
                ParamInfo("voice_name", "voice_name", False, "body"),
                ParamInfo("client_media_file_id", "client_media_file_id", False, "body"),
                ParamInfo("attachments", "attachments", False, "body"),
            ),
            mutates=True,
            success_status=(200,),
            description="Set a mailbox greeting from text to speech, an existing media file or "
            "an uploaded file (a POST request).",
        ),
        "get_extensions": OperationInfo(
            wire_name="get_extensions",
            python_name="get_extensions",
            http_method="GET",
            path="/api/v1.1/json/get_extensions",
            params=(
                ParamInfo("client_extension_id", "client_extension_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get one extension or all of them.",
        ),
        "update_extension": OperationInfo(
            wire_name="update_extension",
            python_name="update_extension",
            http_method="GET",
            path="/api/v1.1/json/update_extension",
            params=(
                ParamInfo("mode", "mode", False, "query"),
                ParamInfo("client_extension_id", "client_extension_id", False, "query"),
                ParamInfo("extension", "extension", False, "query"),
                ParamInfo("friendly_name", "friendly_name", False, "query"),
                ParamInfo("client_peer_ids", "client_peer_ids", False, "query"),
                ParamInfo("peer_timeout", "peer_timeout", False, "query"),
                ParamInfo("enable_peer", "enable_peer", False, "query"),
                ParamInfo("client_queue_ids", "client_queue_ids", False, "query"),
                ParamInfo("forward_number", "forward_number", False, "query"),
                ParamInfo("forward_timeout", "forward_timeout", False, "query"),
                ParamInfo("enable_forwarding", "enable_forwarding", False, "query"),
                ParamInfo("announce_media_file_id", "announce_media_file_id", False, "query"),
                ParamInfo("send_dtmf", "send_dtmf", False, "query"),
                ParamInfo("voice_language", "voice_language", False, "query"),
                ParamInfo("confirm_media_file_id", "confirm_media_file_id", False, "query"),
                ParamInfo("client_mailbox_id", "client_mailbox_id", False, "query"),
                ParamInfo("enable_voicemail", "enable_voicemail", False, "query"),
                ParamInfo("enable_parking", "enable_parking", False, "query"),
                ParamInfo("options", "options", False, "query"),
                ParamInfo("dnis_rewrite", "dnis_rewrite", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("status", "status", False, "query"),
                ParamInfo("comments", "comments", False, "query"),
                ParamInfo("serialized_metadata", "serialized_metadata", False, "query"),
                ParamInfo("raw_metadata", "raw_metadata", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update an extension.",
        ),
        "get_account_details": OperationInfo(
            wire_name="get_account_details",
            python_name="get_account_details",
            http_method="GET",
            path="/api/v1.1/json/get_account_details",
            params=(),
            mutates=False,
            success_status=(200,),
            description="Get the account details.",
        ),
        "get_account_preferences": OperationInfo(
            wire_name="get_account_preferences",
            python_name="get_account_preferences",
            http_method="GET",
            path="/api/v1.1/json/get_account_preferences",
            params=(),
            mutates=False,
            success_status=(200,),
            description="Get the account preferences and global settings.",
        ),
        "get_subaccounts": OperationInfo(
            wire_name="get_subaccounts",
            python_name="get_subaccounts",
            http_method="GET",
            path="/api/v1.1/json/get_subaccounts",
            params=(
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("client_brand_id", "client_brand_id", False, "query"),
                ParamInfo("status", "status", False, "query"),
                ParamInfo("get_associations", "get_associations", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get one subaccount or all of them.",
        ),
        "update_subaccount": OperationInfo(
            wire_name="update_subaccount",
            python_name="update_subaccount",
            http_method="GET",
            path="/api/v1.1/json/update_subaccount",
            params=(
                ParamInfo("mode", "mode", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("client_brand_id", "client_brand_id", False, "query"),
                ParamInfo("custom_id", "custom_id", False, "query"),
                ParamInfo("friendly_name", "friendly_name", True, "query"),
                ParamInfo("call_limit", "call_limit", False, "query"),
                ParamInfo("allow_international_call", "allow_international_call", False, "query"),
                ParamInfo("international_call_limit", "international_call_limit", False, "query"),
                ParamInfo("require_international_nip", "require_international_nip", False, "query"),
                ParamInfo("international_nip", "international_nip", False, "query"),
                ParamInfo("multi_tenancy_mode", "multi_tenancy_mode", True, "query"),
                ParamInfo("multi_tenancy_subaccount_id", "multi_tenancy_subaccount_id", False, "query"),
                ParamInfo("organization", "organization", False, "query"),
                ParamInfo("organization_type", "organization_type", False, "query"),
                ParamInfo("client_profile", "client_profile", False, "query"),
                ParamInfo("voice_language", "voice_language", False, "query"),
                ParamInfo("notification_language", "notification_language", False, "query"),
                ParamInfo("callerid_name", "callerid_name", False, "query"),
                ParamInfo("callerid_number", "callerid_number", False, "query"),
                ParamInfo("client_moh_profile_id", "client_moh_profile_id", False, "query"),
                ParamInfo("default_provisioned_endpoint_id", "default_provisioned_endpoint_id", False, "query"),
                ParamInfo("options", "options", False, "query"),
                ParamInfo("status", "status", True, "query"),
                ParamInfo("comments", "comments", False, "query"),
                ParamInfo("serialized_metadata", "serialized_metadata", False, "query"),
                ParamInfo("raw_metadata", "raw_metadata", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update a subaccount.",
        ),
        "update_subaccount_associations": OperationInfo(
            wire_name="update_subaccount_associations",
            python_name="update_subaccount_associations",
            http_method="GET",
            path="/api/v1.1/json/update_subaccount_associations",
            params=(
                ParamInfo("client_subaccount_id", "client_subaccount_id", True, "query"),
                ParamInfo("associated_peers", "associated_peers", False, "query"),
                ParamInfo("associated_dids", "associated_dids", False, "query"),
                ParamInfo("associated_extensions", "associated_extensions", False, "query"),
                ParamInfo("associated_fax_profiles", "associated_fax_profiles", False, "query"),
                ParamInfo("associated_sms_profiles", "associated_sms_profiles", False, "query"),
                ParamInfo("associated_mailboxes", "associated_mailboxes", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Set the peers, DIDs, extensions, fax and SMS profiles and mailboxes of "
            "a subaccount; a list given replaces the old one.",
        ),
        "update_subaccount_address": OperationInfo(
            wire_name="update_subaccount_address",
            python_name="update_subaccount_address",
            http_method="GET",
            path="/api/v1.1/json/update_subaccount_address",
            params=(
                ParamInfo("mode", "mode", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", True, "query"),
                ParamInfo("client_address_id", "client_address_id", False, "query"),
                ParamInfo("type", "type", False, "query"),
                ParamInfo("box_number", "box_number", False, "query"),
                ParamInfo("civic_number", "civic_number", True, "query"),
                ParamInfo("street", "street", True, "query"),
                ParamInfo("unit_number", "unit_number", True, "query"),
                ParamInfo("city", "city", True, "query"),
                ParamInfo("country_id", "country_id", True, "query"),
                ParamInfo("state_id", "state_id", False, "query"),
                ParamInfo("state_other", "state_other", False, "query"),
                ParamInfo("postal_code", "postal_code", True, "query"),
                ParamInfo("precision", "precision", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update the billing address of a subaccount.",
        ),
        "get_funding_details": OperationInfo(
            wire_name="get_funding_details",
            python_name="get_funding_details",
            http_method="GET",
            path="/api/v1.1/json/get_funding_details",
            params=(),
            mutates=False,
            success_status=(200,),
            description="Get the account's funding details and status; amounts without 'CR' are negative.",
        ),
        "get_billing_activity": OperationInfo(
            wire_name="get_billing_activity",
            python_name="get_billing_activity",
            http_method="GET",
            path="/api/v1.1/json/get_billing_activity",
            params=(
                ParamInfo("date_from", "date_from", False, "query"),
                ParamInfo("date_to", "date_to", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List invoices, payments, credits, returns and refunds; all of them without a date range.",
        ),
        "get_call_director_profiles": OperationInfo(
            wire_name="get_call_director_profiles",
            python_name="get_call_director_profiles",
            http_method="GET",
            path="/api/v1.1/json/get_call_director_profiles",
            params=(
                ParamInfo("client_director_profile_id", "client_director_profile_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get one call director profile or all of them.",
        ),
        "update_call_director_profile": OperationInfo(
            wire_name="update_call_director_profile",
            python_name="update_call_director_profile",
            http_method="GET",
            path="/api/v1.1/json/update_call_director_profile",
            params=(
                ParamInfo("preserve_missing_data", "preserve_missing_data", False, "query"),
                ParamInfo("mode", "mode", False, "query"),
                ParamInfo("client_director_profile_id", "client_director_profile_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("friendly_name", "friendly_name", True, "query"),
                ParamInfo("action", "action", True, "query"),
                ParamInfo("status", "status", False, "query"),
                ParamInfo("comments", "comments", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update a call director profile.",
        ),
        "delete_call_director_profile": OperationInfo(
            wire_name="delete_call_director_profile",
            python_name="delete_call_director_profile",
            http_method="GET",
            path="/api/v1.1/json/delete_call_director_profile",
            params=(ParamInfo("client_director_profile_id", "client_director_profile_id", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a call director profile.",
        ),
        "get_countries": OperationInfo(
            wire_name="get_countries",
            python_name="get_countries",
            http_method="GET",
            path="/api/v1.1/json/get_countries",
            params=(),
            mutates=False,
            success_status=(200,),
            description="List the countries with their code and country_id.",
        ),
        "get_states": OperationInfo(
            wire_name="get_states",
            python_name="get_states",
            http_method="GET",
            path="/api/v1.1/json/get_states",
            params=(ParamInfo("country_id", "country_id", True, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the states or provinces of a country with their code and state_id.",
        ),
        "get_issues_types": OperationInfo(
            wire_name="get_issues_types",
            python_name="get_issues_types",
            http_method="GET",
            path="/api/v1.1/json/get_issues_types",
            params=(),
            mutates=False,
            success_status=(200,),
            description="List the issue types report_call_issue accepts.",
        ),
        "get_rates": OperationInfo(
            wire_name="get_rates",
            python_name="get_rates",
            http_method="GET",
            path="/api/v1.1/json/get_rates",
            params=(
                ParamInfo("code", "code", False, "query"),
                ParamInfo("country_id", "country_id", False, "query"),
                ParamInfo("state_id", "state_id", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List destinations and their rates by dialing prefix or country.",
        ),
        "get_plans": OperationInfo(
            wire_name="get_plans",
            python_name="get_plans",
            http_method="GET",
            path="/api/v1.1/json/get_plans",
            params=(
                ParamInfo("plan_id", "plan_id", False, "query"),
                ParamInfo("plan_groups_id", "plan_groups_id", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the current plans and their included services.",
        ),
        "get_proxies": OperationInfo(
            wire_name="get_proxies",
            python_name="get_proxies",
            http_method="GET",
            path="/api/v1.1/json/get_proxies",
            params=(ParamInfo("proxy_id", "proxy_id", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the available proxies.",
        ),
        "get_e911": OperationInfo(
            wire_name="get_e911",
            python_name="get_e911",
            http_method="GET",
            path="/api/v1.1/json/get_e911",
            params=(
                ParamInfo("client_did_id", "client_did_id", False, "query"),
                ParamInfo("phone_number", "phone_number", False, "query"),
                ParamInfo("client_endpoint_id", "client_endpoint_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("result_limit", "result_limit", False, "query"),
                ParamInfo("result_offset", "result_offset", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get the E911 provisioned addresses: of a DID or endpoint, or all of them.",
        ),
        "check_e911": OperationInfo(
            wire_name="check_e911",
            python_name="check_e911",
            http_method="GET",
            path="/api/v1.1/json/check_e911",
            params=(
                ParamInfo("phone_number", "phone_number", False, "query"),
                ParamInfo("civic_number", "civic_number", True, "query"),
                ParamInfo("street", "street", True, "query"),
                ParamInfo("city", "city", True, "query"),
                ParamInfo("state_code", "state_code", False, "query"),
                ParamInfo("state_id", "state_id", False, "query"),
                ParamInfo("country_code", "country_code", False, "query"),
                ParamInfo("country_id", "country_id", False, "query"),
                ParamInfo("postal_code", "postal_code", True, "query"),
                ParamInfo("address_type", "address_type", False, "query"),
                ParamInfo("address_type_number", "address_type_number", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Check that an address is valid for E911; failures may carry alternate addresses.",
        ),
        "associate_e911": OperationInfo(
            wire_name="associate_e911",
            python_name="associate_e911",
            http_method="GET",
            path="/api/v1.1/json/associate_e911",
            params=(
                ParamInfo("client_did_id", "client_did_id", False, "query"),
                ParamInfo("phone_number", "phone_number", False, "query"),
                ParamInfo("client_endpoint_id", "client_endpoint_id", False, "query"),
                ParamInfo("client_peer_id", "client_peer_id", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Associate a peer with the E911 address of a provisioned DID or endpoint.",
        ),
        "disassociate_e911": OperationInfo(
            wire_name="disassociate_e911",
            python_name="disassociate_e911",
            http_method="GET",
            path="/api/v1.1/json/disassociate_e911",
            params=(ParamInfo("client_peer_id", "client_peer_id", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Remove a peer's E911 association.",
        ),
        "update_e911": OperationInfo(
            wire_name="update_e911",
            python_name="update_e911",
            http_method="GET",
            path="/api/v1.1/json/update_e911",
            params=(
                ParamInfo("phone_number", "phone_number", True, "query"),
                ParamInfo("first_name", "first_name", False, "query"),
                ParamInfo("last_name", "last_name", False, "query"),
                ParamInfo("full_name", "full_name", True, "query"),
                ParamInfo("civic_number", "civic_number", True, "query"),
                ParamInfo("street", "street", True, "query"),
                ParamInfo("city", "city", True, "query"),
                ParamInfo("state_code", "state_code", False, "query"),
                ParamInfo("state_id", "state_id", False, "query"),
                ParamInfo("country_code", "country_code", False, "query"),
                ParamInfo("country_id", "country_id", False, "query"),
                ParamInfo("postal_code", "postal_code", True, "query"),
                ParamInfo("language", "language", False, "query"),
                ParamInfo("e911_language", "e911_language", False, "query"),
                ParamInfo("address_type", "address_type", False, "query"),
                ParamInfo("address_type_number", "address_type_number", False, "query"),
                ParamInfo("rate_provider_id", "rate_provider_id", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Set the E911 address of a DID; failures may carry alternate addresses.",
        ),
        "delete_e911": OperationInfo(
            wire_name="delete_e911",
            python_name="delete_e911",
            http_method="GET",
            path="/api/v1.1/json/delete_e911",
            params=(
                ParamInfo("client_did_id", "client_did_id", False, "query"),
                ParamInfo("phone_number", "phone_number", False, "query"),
                ParamInfo("client_endpoint_id", "client_endpoint_id", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Delete the E911 address of a DID or endpoint and the peer associations using it.",
        ),
        "get_whitepages": OperationInfo(
            wire_name="get_whitepages",
            python_name="get_whitepages",
            http_method="GET",
            path="/api/v1.1/json/get_whitepages",
            params=(
                ParamInfo("provision_status", "provision_status", False, "query"),
                ParamInfo("status", "status", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the 411 directory listings.",
        ),
        "update_whitepages": OperationInfo(
            wire_name="update_whitepages",
            python_name="update_whitepages",
            http_method="GET",
            path="/api/v1.1/json/update_whitepages",
            params=(
                ParamInfo("phone_number", "phone_number", True, "query"),
                ParamInfo("type", "type", True, "query"),
                ParamInfo("sort_word", "sort_word", True, "query"),
                ParamInfo("sub_word", "sub_word", True, "query"),
                ParamInfo("civic_number", "civic_number", True, "query"),
                ParamInfo("street", "street", True, "query"),
                ParamInfo("city", "city", True, "query"),
                ParamInfo("state_code", "state_code", False, "query"),
                ParamInfo("state_id", "state_id", False, "query"),
                ParamInfo("country_code", "country_code", False, "query"),
                ParamInfo("country_id", "country_id", False, "query"),
                ParamInfo("postal_code", "postal_code", True, "query"),
                ParamInfo("address_type", "address_type", False, "query"),
                ParamInfo("address_type_number", "address_type_number", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Set the 411 directory listing of a number.",
        ),
        "delete_whitepages": OperationInfo(
            wire_name="delete_whitepages",
            python_name="delete_whitepages",
            http_method="GET",
            path="/api/v1.1/json/delete_whitepages",
            params=(
                ParamInfo("client_did_id", "client_did_id", False, "query"),
                ParamInfo("phone_number", "phone_number", False, "query"),
                ParamInfo("client_411_listing_id", "client_411_listing_id", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Delete a 411 directory listing.",
        ),
        "report_call_issue": OperationInfo(
            wire_name="report_call_issue",
            python_name="report_call_issue",
            http_method="GET",
            path="/api/v1.1/json/report_call_issue",
            params=(
                ParamInfo("call_hash", "call_hash", True, "query"),
                ParamInfo("issue_type_id", "issue_type_id", True, "query"),
                ParamInfo("kayako_ticket_id", "kayako_ticket_id", False, "query"),
                ParamInfo("comments", "comments", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Report an issue about a call.",
        ),
        "get_call_issues": OperationInfo(
            wire_name="get_call_issues",
            python_name="get_call_issues",
            http_method="GET",
            path="/api/v1.1/json/get_call_issues",
            params=(
                ParamInfo("call_hash", "call_hash", True, "query"),
                ParamInfo("call_issue_id", "call_issue_id", True, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get reported call issues.",
        ),
        "get_network_status": OperationInfo(
            wire_name="get_network_status",
            python_name="get_network_status",
            http_method="GET",
            path="/api/v1.1/json/get_network_status",
            params=(
                ParamInfo("mode", "mode", False, "query"),
                ParamInfo("limit", "limit", False, "query"),
                ParamInfo("offset", "offset", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List network status entries; the first 5 by default.",
        ),
        "get_channels": OperationInfo(
            wire_name="get_channels",
            python_name="get_channels",
            http_method="GET",
            path="/api/v1.1/json/get_channels",
            params=(ParamInfo("client_channel_id", "client_channel_id", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="Get one channel group or all of them; the system row counts every "
            "channel of the plans and services.",
        ),
        "update_channel": OperationInfo(
            wire_name="update_channel",
            python_name="update_channel",
            http_method="GET",
            path="/api/v1.1/json/update_channel",
            params=(
                ParamInfo("mode", "mode", False, "query"),
                ParamInfo("client_channel_id", "client_channel_id", False, "query"),
                ParamInfo("friendly_name", "friendly_name", True, "query"),
                ParamInfo("quantity_inbound", "quantity_inbound", True, "query"),
                ParamInfo("quantity_outbound", "quantity_outbound", True, "query"),
                ParamInfo("quantity_bidirectional", "quantity_bidirectional", True, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update a channel group.",
        ),
        "delete_channel": OperationInfo(
            wire_name="delete_channel",
            python_name="delete_channel",
            http_method="GET",
            path="/api/v1.1/json/delete_channel",
            params=(ParamInfo("client_channel_id", "client_channel_id", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a channel group.",
        ),
        "dispatch_call": OperationInfo(
            wire_name="dispatch_call",
            python_name="dispatch_call",
            http_method="GET",
            path="/api/v1.1/json/dispatch_call",
            params=(
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("source_type", "source_type", False, "query"),
                ParamInfo("source", "source", False, "query"),
                ParamInfo("destination_type", "destination_type", False, "query"),
                ParamInfo("destination", "destination", False, "query"),
                ParamInfo("callerid_name", "callerid_name", False, "query"),
                ParamInfo("callerid_number", "callerid_number", False, "query"),
                ParamInfo("enable_recording", "enable_recording", False, "query"),
                ParamInfo("wait_time", "wait_time", False, "query"),
                ParamInfo("meta_data", "meta_data", False, "query"),
                ParamInfo("sources", "sources", False, "query"),
                ParamInfo("destinations", "destinations", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Connect two endpoints (numbers, peers or SIP URIs) in one call; "
            "recordings of 2 seconds or less are deleted.",
        ),
        "voicemail_broadcast": OperationInfo(
            wire_name="voicemail_broadcast",
            python_name="voicemail_broadcast",
            http_method="GET",
            path="/api/v1.1/json/voicemail_broadcast",
            params=(
                ParamInfo("destination_number", "destination_number", True, "query"),
                ParamInfo("callerid_name", "callerid_name", False, "query"),
                ParamInfo("callerid_number", "callerid_number", False, "query"),
                ParamInfo("privacy", "privacy", False, "query"),
                ParamInfo("enable_recording", "enable_recording", False, "query"),
                ParamInfo("wait_time", "wait_time", False, "query"),
                ParamInfo("client_media_file_id", "client_media_file_id", False, "query"),
                ParamInfo("media_url", "media_url", False, "query"),
                ParamInfo("voicemail_detect", "voicemail_detect", False, "query"),
                ParamInfo("fork_call", "fork_call", False, "query"),
                ParamInfo("pre_dtmf", "pre_dtmf", False, "query"),
                ParamInfo("post_dtmf", "post_dtmf", False, "query"),
                ParamInfo("dtmf_duration", "dtmf_duration", False, "query"),
                ParamInfo("notify_callback_triggers", "notify_callback_triggers", False, "query"),
                ParamInfo("notify_callback_url", "notify_callback_url", False, "query"),
                ParamInfo("meta_data", "meta_data", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Leave a voicemail message in a destination's mailbox (experimental).",
        ),
        "get_resellers_transactions": OperationInfo(
            wire_name="get_resellers_transactions",
            python_name="get_resellers_transactions",
            http_method="GET",
            path="/api/v1.1/json/get_resellers_transactions",
            params=(
                ParamInfo("reseller_transaction_id", "reseller_transaction_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("date_from", "date_from", False, "query"),
                ParamInfo("date_to", "date_to", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the reseller transactions.",
        ),
        "get_resellers_invoices": OperationInfo(
            wire_name="get_resellers_invoices",
            python_name="get_resellers_invoices",
            http_method="GET",
            path="/api/v1.1/json/get_resellers_invoices",
            params=(
                ParamInfo("reseller_invoice_id", "reseller_invoice_id", False, "query"),
                ParamInfo("web_key", "web_key", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("date_from", "date_from", False, "query"),
                ParamInfo("date_to", "date_to", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the reseller invoices.",
        ),
        "get_queues": OperationInfo(
            wire_name="get_queues",
            python_name="get_queues",
            http_method="GET",
            path="/api/v1.1/json/get_queues",
            params=(
                ParamInfo("client_queue_id", "client_queue_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get one queue or all of them.",
        ),
        "update_queue": OperationInfo(
            wire_name="update_queue",
            python_name="update_queue",
            http_method="GET",
            path="/api/v1.1/json/update_queue",
            params=(
                ParamInfo("mode", "mode", False, "query"),
                ParamInfo("client_queue_id", "client_queue_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("friendly_name", "friendly_name", True, "query"),
                ParamInfo("comments", "comments", False, "query"),
                ParamInfo("client_moh_profile_id", "client_moh_profile_id", False, "query"),
                ParamInfo("max_wait_time", "max_wait_time", False, "query"),
                ParamInfo("max_wait_time_no_agent", "max_wait_time_no_agent", False, "query"),
                ParamInfo("progressive_ring_delay", "progressive_ring_delay", False, "query"),
                ParamInfo("discard_abandoned_delay", "discard_abandoned_delay", False, "query"),
                ParamInfo("max_no_agent", "max_no_agent", False, "query"),
                ParamInfo("tier_escalate_delay", "tier_escalate_delay", False, "query"),
                ParamInfo("datetime_suspended_until", "datetime_suspended_until", False, "query"),
                ParamInfo("agents", "agents", False, "query"),
                ParamInfo("options", "options", False, "query"),
                ParamInfo("status", "status", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update a call queue.",
        ),
        "get_queue_agents": OperationInfo(
            wire_name="get_queue_agents",
            python_name="get_queue_agents",
            http_method="GET",
            path="/api/v1.1/json/get_queue_agents",
            params=(
                ParamInfo("client_queue_agent_id", "client_queue_agent_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get one queue agent or all of them.",
        ),
        "update_queue_agent": OperationInfo(
            wire_name="update_queue_agent",
            python_name="update_queue_agent",
            http_method="GET",
            path="/api/v1.1/json/update_queue_agent",
            params=(
                ParamInfo("mode", "mode", False, "query"),
                ParamInfo("client_queue_agent_id", "client_queue_agent_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("friendly_name", "friendly_name", True, "query"),
                ParamInfo("comments", "comments", False, "query"),
                ParamInfo("client_peer_id", "client_peer_id", False, "query"),
                ParamInfo("client_director_profile_id", "client_director_profile_id", False, "query"),
                ParamInfo("client_schedule_id", "client_schedule_id", False, "query"),
                ParamInfo("ring_delay", "ring_delay", False, "query"),
                ParamInfo("wrap_up_delay", "wrap_up_delay", False, "query"),
                ParamInfo("on_busy_delay", "on_busy_delay", False, "query"),
                ParamInfo("on_reject_delay", "on_reject_delay", False, "query"),
                ParamInfo("on_unanswered_delay", "on_unanswered_delay", False, "query"),
                ParamInfo("max_unanswered", "max_unanswered", False, "query"),
                ParamInfo("agent_status", "agent_status", False, "query"),
                ParamInfo("status", "status", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update a queue agent.",
        ),
        "get_callerid_profiles": OperationInfo(
            wire_name="get_callerid_profiles",
            python_name="get_callerid_profiles",
            http_method="GET",
            path="/api/v1.1/json/get_callerid_profiles",
            params=(
                ParamInfo("client_callerid_profile_id", "client_callerid_profile_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get one caller ID profile or all of them.",
        ),
        "update_callerid_profile": OperationInfo(
            wire_name="update_callerid_profile",
            python_name="update_callerid_profile",
            http_method="GET",
            path="/api/v1.1/json/update_callerid_profile",
            params=(
                ParamInfo("mode", "mode", False, "query"),
                ParamInfo("client_callerid_profile_id", "client_callerid_profile_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("friendly_name", "friendly_name", True, "query"),
                ParamInfo("callerid_name", "callerid_name", False, "query"),
                ParamInfo("client_did_ids", "client_did_ids", False, "query"),
                ParamInfo("default_client_did_id", "default_client_did_id", False, "query"),
                ParamInfo("callerid_number", "callerid_number", False, "query"),
                ParamInfo("privacy", "privacy", False, "query"),
                ParamInfo("status", "status", True, "query"),
                ParamInfo("comments", "comments", False, "query"),
                ParamInfo("purge_conditions", "purge_conditions", False, "query"),
                ParamInfo("conditions_data", "conditions_data", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update a caller ID profile and its conditions.",
        ),
        "get_ivr_profiles": OperationInfo(
            wire_name="get_ivr_profiles",
            python_name="get_ivr_profiles",
            http_method="GET",
            path="/api/v1.1/json/get_ivr_profiles",
            params=(
                ParamInfo("client_ivr_profile_id", "client_ivr_profile_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get one IVR profile or all of them.",
        ),
        "update_ivr_profile": OperationInfo(
            wire_name="update_ivr_profile",
            python_name="update_ivr_profile",
            http_method="GET",
            path="/api/v1.1/json/update_ivr_profile",
            params=(
                ParamInfo("mode", "mode", False, "query"),
                ParamInfo("client_ivr_profile_id", "client_ivr_profile_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("friendly_name", "friendly_name", True, "query"),
                ParamInfo("default_language", "default_language", False, "query"),
                ParamInfo("pre_ivr_extension", "pre_ivr_extension", False, "query"),
                ParamInfo("pre_ivr_delay", "pre_ivr_delay", False, "query"),
                ParamInfo("client_office_hour_id", "client_office_hour_id", False, "query"),
                ParamInfo("client_moh_profile_id", "client_moh_profile_id", False, "query"),
                ParamInfo("options", "options", False, "query"),
                ParamInfo("status", "status", True, "query"),
                ParamInfo("comments", "comments", False, "query"),
                ParamInfo("serialized_metadata", "serialized_metadata", False, "query"),
                ParamInfo("raw_metadata", "raw_metadata", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update an IVR profile.",
        ),
        "get_schedules": OperationInfo(
            wire_name="get_schedules",
            python_name="get_schedules",
            http_method="GET",
            path="/api/v1.1/json/get_schedules",
            params=(
                ParamInfo("client_schedule_id", "client_schedule_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get one schedule (office hours) or all of them.",
        ),
        "update_schedule": OperationInfo(
            wire_name="update_schedule",
            python_name="update_schedule",
            http_method="GET",
            path="/api/v1.1/json/update_schedule",
            params=(
                ParamInfo("mode", "mode", False, "query"),
                ParamInfo("client_schedule_id", "client_schedule_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("friendly_name", "friendly_name", True, "query"),
                ParamInfo("comments", "comments", False, "query"),
                ParamInfo("time_zone_id", "time_zone_id", False, "query"),
                ParamInfo("range_date", "range_date", False, "query"),
                ParamInfo("shift_start_date", "shift_start_date", False, "query"),
                ParamInfo("business_hours", "business_hours", False, "query"),
                ParamInfo("shift", "shift", False, "query"),
                ParamInfo("status", "status", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update a schedule.",
        ),
        "get_storage_stats": OperationInfo(
            wire_name="get_storage_stats",
            python_name="get_storage_stats",
            http_method="GET",
            path="/api/v1.1/json/get_storage_stats",
            params=(
                ParamInfo("date_from", "date_from", False, "query"),
                ParamInfo("date_to", "date_to", False, "query"),
                ParamInfo("client_subaccount_ids", "client_subaccount_ids", False, "query"),
                ParamInfo("storage_types", "storage_types", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Gather storage statistics for a period of at most 12 months.",
        ),
        "get_media_files": OperationInfo(
            wire_name="get_media_files",
            python_name="get_media_files",
            http_method="GET",
            path="/api/v1.1/json/get_media_files",
            params=(
                ParamInfo("client_media_file_id", "client_media_file_id", False, "query"),
                ParamInfo("client_media_folder_id", "client_media_folder_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get media files.",
        ),
        "get_devices": OperationInfo(
            wire_name="get_devices",
            python_name="get_devices",
            http_method="GET",
            path="/api/v1.1/json/get_devices",
            params=(ParamInfo("make", "make", False, "query"),),
            mutates=False,
            success_status=(200,),
            description="List the devices available for autoprovisioning.",
        ),
        "get_device_endpoints": OperationInfo(
            wire_name="get_device_endpoints",
            python_name="get_device_endpoints",
            http_method="GET",
            path="/api/v1.1/json/get_device_endpoints",
            params=(
                ParamInfo("client_device_endpoint_id", "client_device_endpoint_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("device_mac", "device_mac", False, "query"),
                ParamInfo("device_id", "device_id", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get one autoprovisioned device endpoint or all of them.",
        ),
        "update_device_endpoint": OperationInfo(
            wire_name="update_device_endpoint",
            python_name="update_device_endpoint",
            http_method="GET",
            path="/api/v1.1/json/update_device_endpoint",
            params=(
                ParamInfo("mode", "mode", False, "query"),
                ParamInfo("client_device_endpoint_id", "client_device_endpoint_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("friendly_name", "friendly_name", False, "query"),
                ParamInfo("device_id", "device_id", True, "query"),
                ParamInfo("device_name", "device_name", False, "query"),
                ParamInfo("client_peer_ids", "client_peer_ids", False, "query"),
                ParamInfo("client_extension_id", "client_extension_id", False, "query"),
                ParamInfo("client_mailbox_id", "client_mailbox_id", False, "query"),
                ParamInfo("device_mac", "device_mac", False, "query"),
                ParamInfo("serial_number", "serial_number", False, "query"),
                ParamInfo("timezone_id", "timezone_id", False, "query"),
                ParamInfo("admin_password", "admin_password", False, "query"),
                ParamInfo("phone_password", "phone_password", False, "query"),
                ParamInfo("language", "language", False, "query"),
                ParamInfo("is_time_format24h", "is_time_format24_h", False, "query"),
                ParamInfo("is_vlan_enabled", "is_vlan_enabled", False, "query"),
                ParamInfo("vlan", "vlan", False, "query"),
                ParamInfo("call_waiting", "call_waiting", False, "query"),
                ParamInfo("call_forwarding", "call_forwarding", False, "query"),
                ParamInfo("button_config", "button_config", False, "query"),
                ParamInfo("status", "status", False, "query"),
                ParamInfo("comments", "comments", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update an autoprovisioned device endpoint.",
        ),
        "delete_device_endpoint": OperationInfo(
            wire_name="delete_device_endpoint",
            python_name="delete_device_endpoint",
            http_method="GET",
            path="/api/v1.1/json/delete_device_endpoint",
            params=(ParamInfo("client_device_endpoint_id", "client_device_endpoint_id", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete an autoprovisioned device endpoint.",
        ),
        "get_3cx_servers": OperationInfo(
            wire_name="get_3cx_servers",
            python_name="get_3_cx_servers",
            http_method="GET",
            path="/api/v1.1/json/get_3cx_servers",
            params=(
                ParamInfo("pbx3cx_server_id", "pbx3_cx_server_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("friendly_name", "friendly_name", False, "query"),
                ParamInfo("server_fqdn", "server_fqdn", False, "query"),
                ParamInfo("license_key", "license_key", False, "query"),
                ParamInfo("level", "level", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="Get one 3CX server or all of them.",
        ),
        "update_3cx_server": OperationInfo(
            wire_name="update_3cx_server",
            python_name="update_3_cx_server",
            http_method="GET",
            path="/api/v1.1/json/update_3cx_server",
            params=(
                ParamInfo("mode", "mode", False, "query"),
                ParamInfo("pbx3cx_server_id", "pbx3_cx_server_id", False, "query"),
                ParamInfo("client_subaccount_id", "client_subaccount_id", False, "query"),
                ParamInfo("friendly_name", "friendly_name", True, "query"),
                ParamInfo("server_port", "server_port", False, "query"),
                ParamInfo("level", "level", False, "query"),
                ParamInfo("server_fqdn", "server_fqdn", False, "query"),
                ParamInfo("is_connection_allowed", "is_connection_allowed", False, "query"),
                ParamInfo("server_name", "server_name", False, "query"),
                ParamInfo("server_password", "server_password", False, "query"),
                ParamInfo("enable_fetch_license_expiration", "enable_fetch_license_expiration", False, "query"),
                ParamInfo("license_key", "license_key", False, "query"),
                ParamInfo("license_expiration", "license_expiration", False, "query"),
                ParamInfo("product_edition", "product_edition", False, "query"),
                ParamInfo("product_simultaneous_calls", "product_simultaneous_calls", False, "query"),
                ParamInfo("options", "options", False, "query"),
                ParamInfo("encrypt_backup_password", "encrypt_backup_password", False, "query"),
                ParamInfo("backup_frequency", "backup_frequency", False, "query"),
                ParamInfo("backup_retention", "backup_retention", False, "query"),
                ParamInfo("call_retention", "call_retention", False, "query"),
                ParamInfo("dns_service", "dns_service", False, "query"),
                ParamInfo("auth_type", "auth_type", False, "query"),
                ParamInfo("auth_id", "auth_id", False, "query"),
                ParamInfo("auth_password", "auth_password", False, "query"),
                ParamInfo("certificate_token", "certificate_token", False, "query"),
                ParamInfo("monitoring_status", "monitoring_status", False, "query"),
                ParamInfo("subscribed_monitoring", "subscribed_monitoring", False, "query"),
                ParamInfo("alert_status", "alert_status", False, "query"),
                ParamInfo("subscribed_alerts", "subscribed_alerts", False, "query"),
                ParamInfo("alert_recipients", "alert_recipients", False, "query"),
                ParamInfo("status", "status", False, "query"),
                ParamInfo("comments", "comments", False, "query"),
            ),
            mutates=True,
            success_status=(200,),
            description="Create or update a 3CX server.",
        ),
        "delete_3cx_server": OperationInfo(
            wire_name="delete_3cx_server",
            python_name="delete_3_cx_server",
            http_method="GET",
            path="/api/v1.1/json/delete_3cx_server",
            params=(ParamInfo("pbx3cx_server_id", "pbx3_cx_server_id", True, "query"),),
            mutates=True,
            success_status=(200,),
            description="Delete a 3CX server.",
        ),
    }


#: Every wire operation, by wire name (built on first read: most programs never read it).
OPERATIONS: Final[Mapping[str, OperationInfo]] = LazyTable(_operations)

#: Documented error rows per scope ("" is the provider-wide table): code, message, HTTP status,
#: description, resolution.
ERROR_ROWS: Final[Mapping[str, tuple[Row, ...]]] = {
    "": (
        ("auth_username_invalid", "Auth username is invalid.", None, "", ""),
        ("auth_username_required", "Auth username is required.", None, "", ""),
        (
            "authentication_failed",
            "Authentication failed. Please verify 'client_account_id' and 'auth_token'.",
            None,
            "",
            "",
        ),
        ("authentication_token_required", "Auth token is required.", None, "", ""),
        (
            "requests_soft_limit_reached",
            "The limit of requests has been reached. Further requests may be denied",
            None,
            "",
            "",
        ),
        (
            "requests_hard_limit_exceeded",
            "The limit of requests allowed has been exceeded. Request is denied.",
            None,
            "",
            "Wait 60 minutes before the next request.",
        ),
        ("callerid_name_invalid", "Caller ID name is invalid.", None, "", ""),
        ("callerid_name_required", "Caller ID name is required.", None, "", ""),
        ("callerid_number_invalid", "Caller ID number is invalid.", None, "", ""),
        ("callerid_number_required", "Caller ID number is required.", None, "", ""),
        ("callerid_rejection_notice", "Some providers might reject toll free Caller ID.", None, "", ""),
        ("client_account_id_invalid", "Client account ID is invalid.", None, "", ""),
        ("client_account_id_required", "Client account ID is required.", None, "", ""),
        ("client_did_id_invalid", "Client DID ID is invalid.", None, "", ""),
        (
            "client_extension_id_invalid",
            "Client account ID is invalid.",
            None,
            "The seed's wording; it is about the client_extension_id.",
            "",
        ),
        ("client_mailbox_id_invalid", "Client mailbox ID is invalid.", None, "", ""),
        ("client_peer_id_invalid", "Client peer ID is invalid.", None, "", ""),
        ("country_id_invalid", "Country ID is invalid.", None, "", ""),
        ("country_id_required", "Country ID is required.", None, "", ""),
        ("date_from_invalid", "Date from is invalid.", None, "", ""),
        ("date_to_invalid", "Date to is invalid.", None, "", ""),
        ("email_invalid", "Email address is invalid.", None, "", ""),
        ("email_required", "Email address is required.", None, "", ""),
        ("forward_number_invalid", "Forward number is invalid.", None, "", ""),
        ("forward_number_required", "Forward number is required.", None, "", ""),
        ("forward_timeout_invalid", "Call forward ring timeout is invalid.", None, "", ""),
        ("forward_timeout_required", "Call forward ring timeout is required.", None, "", ""),
        ("friendly_name_invalid", "Friendly name is invalid.", None, "", ""),
        ("friendly_name_required", "Friendly name is required.", None, "", ""),
        ("internal_error-database_error", "There was an internal error with our database.", None, "", ""),
        ("internal_error-invalid_argument", "Invalid argument.", None, "", ""),
        ("language_invalid", "Language is invalid.", None, "", ""),
        ("mailbox_invalid", "Mailbox is invalid.", None, "", ""),
        ("mode_invalid", "Mode is invalid.", None, "", ""),
        ("npa_invalid", "NPA is invalid.", None, "", ""),
        ("nxx_invalid", "NXX is invalid.", None, "", ""),
        ("npa_required", "NPA is required.", None, "", ""),
        ("nxx_required", "NXX is required.", None, "", ""),
        ("options_invalid", "Options are invalid.", None, "", ""),
        ("password_invalid", "Password is invalid.", None, "", ""),
        ("password_mismatch", "The password verification did not match.", None, "", ""),
        ("password_required", "Password is required.", None, "", ""),
        ("peer_required", "Peer is required.", None, "", ""),
        ("peer_timeout_invalid", "Peer ring timeout is invalid.", None, "", ""),
        ("peer_timeout_required", "Peer ring timeout is required.", None, "", ""),
        ("peers_to_ring_limit_reached", "Please choose a maximum of 5 peers.", None, "", ""),
        ("phone_number_invalid", "Phone number is invalid.", None, "", ""),
        ("request_type_invalid", "Request type is invalid.", None, "", ""),
        ("request_type_not_implemented", "Request type is not implemented.", None, "", ""),
        ("request_type_required", "Request type is required.", None, "", ""),
        ("required_parameter_not_found", "Required parameters missing.", None, "", ""),
        ("result_limit_invalid", "Result limit is invalid.", None, "", ""),
        ("result_offset_invalid", "Result offset is invalid.", None, "", ""),
        ("state_id_invalid", "State ID is invalid.", None, "", ""),
        ("status_invalid", "Status is invalid.", None, "", ""),
        ("status_required", "Status is required.", None, "", ""),
        ("username_invalid", "Username is invalid.", None, "", ""),
        ("username_required", "Username is required.", None, "", ""),
        ("amount_invalid", "Amount is invalid.", None, "Process Payment error.", ""),
        ("amount_required", "Amount is required.", None, "Process Payment error.", ""),
        ("bank_account_number_invalid", "Bank account number is invalid.", None, "Process Payment error.", ""),
        ("bank_account_number_required", "Bank account number is required.", None, "Process Payment error.", ""),
        ("bank_account_type_invalid", "Bank account type is invalid.", None, "Process Payment error.", ""),
        ("bank_account_type_required", "Bank account type is required.", None, "Process Payment error.", ""),
        ("bank_name_invalid", "Bank name is invalid.", None, "Process Payment error.", ""),
        ("bank_name_required", "Bank name is required.", None, "Process Payment error.", ""),
        ("bank_routing_number_invalid", "Bank routing number is invalid.", None, "Process Payment error.", ""),
        ("bank_routing_number_required", "Bank routing number is required.", None, "Process Payment error.", ""),
        (
            "billing_contact_not_found",
            "Account's billing contact could not be found.",
            None,
            "Process Payment error.",
            "",
        ),
        ("credit_card_cvd_invalid", "The credit card CVD number is invalid.", None, "Process Payment error.", ""),
        ("credit_card_cvd_required", "The credit card CVD number is required.", None, "Process Payment error.", ""),
        (
            "credit_card_expiration_month_invalid",
            "The credit card expiration month is invalid.",
            None,
            "Process Payment error.",
            "",
        ),
        (
            "credit_card_expiration_month_required",
            "The credit card expiration month is required.",
            None,
            "Process Payment error.",
            "",
        ),
        ("credit_card_type_invalid", "The credit card type is invalid.", None, "Process Payment error.", ""),
        ("credit_card_type_required", "The credit card type is required.", None, "Process Payment error.", ""),
        (
            "credit_card_expiration_year_invalid",
            "The credit card expiration year is invalid.",
            None,
            "Process Payment error.",
            "",
        ),
        (
            "credit_card_expiration_year_required",
            "The credit card expiration year is required.",
            None,
            "Process Payment error.",
            "",
        ),
        ("credit_card_number_invalid", "The credit card number is invalid.", None, "Process Payment error.", ""),
        ("credit_card_number_required", "The credit card number is required.", None, "Process Payment error.", ""),
        ("currency_invalid", "Currency is invalid.", None, "Process Payment error.", ""),
        (
            "currency_not_supported",
            "Currency is not supported for given type of payment.",
            None,
            "Process Payment error.",
            "",
        ),
        ("currency_required", "Currency is required.", None, "Process Payment error.", ""),
        ("minimum_amount_required", "The minimum amount is not met.", None, "Process Payment error.", ""),
        ("payment_attempt_failed", "Payment attempt has failed.", None, "Process Payment error.", ""),
        ("payment_denied", "Payment denied.", None, "Process Payment error.", ""),
        ("payment_method_invalid", "Payment method is invalid.", None, "Process Payment error.", ""),
        ("payment_method_required", "Payment method is required.", None, "Process Payment error.", ""),
    ),
    "get_calls": (
        ("direction_invalid", "Direction is invalid.", None, "", ""),
        ("call_hash_invalid", "Call Hash is invalid.", None, "", ""),
    ),
    "get_recordings": (
        ("call_hash_invalid", "Call hash is invalid.", None, "", ""),
        ("call_recording_id_invalid", "Call recording id is invalid.", None, "", ""),
        ("recording_hash_invalid", "Recording hash is invalid.", None, "", ""),
    ),
    "update_did": (("forward_number_used_by_did", "Forward number already in use.", None, "", ""),),
    "order_new_dids": (
        ("prefix_required", "No prefix nor ratecenter id was given.", None, "", ""),
        ("prefix_invalid", "Prefix is not valid.", None, "", ""),
        ("ratecenter_id_invalid", "Ratecenter id is not valid.", None, "", ""),
        ("type_invalid", 'Type must be either "local" or "international".', None, "", ""),
        ("quantity_required", "Quantity is required.", None, "", ""),
        ("quantity_invalid", "Quantity must be a number above 0 and under 1000.", None, "", ""),
        ("prefix_preference_invalid", 'Preference must be either "in_ratecenter" or "prefix_only".', None, "", ""),
        ("sequential_invalid", 'Preference must be either "random" or "sequential".', None, "", ""),
        ("t38_support_invalid", 'Preference must be either "optional" or "required".', None, "", ""),
        ("capacity_invalid", 'Preference must be either "1-5", "5-25" or "25+".', None, "", ""),
        ("prefix_not_found", "Could not find the prefix in our database.", None, "", ""),
        ("ratecenter_id_not_found", "Could not find the ratecenter id in our database.", None, "", ""),
        ("could_not_send", "An error occurred while trying to send the request, please contact us.", None, "", ""),
    ),
    "update_peer": (
        ("callerid_mode_invalid", "Caller ID mode is invalid.", None, "", ""),
        ("callerid_mode_required", "Caller ID mode is required.", None, "", ""),
        ("codecs_invalid", "Codecs are invalid.", None, "", ""),
        ("codecs_required", "Codecs are required.", None, "", ""),
        ("default_ip_invalid", "Default IP is invalid.", None, "", ""),
        ("dtmf_invalid", "The dtmf mode is invalid.", None, "", ""),
        ("global_callerid_infos_undefined", "Global caller ID settings are not defined.", None, "", ""),
        ("host_type_invalid", "Host type is invalid.", None, "", ""),
        ("host_type_required", "Host type is required.", None, "", ""),
        ("peer_did_dependency", "You cannot disable this peer because it is associated to a DID number.", None, "", ""),
        (
            "peer_excluded_from_sync",
            "This peer is currently excluded from synchronization and changes will not affect live configuration.",
            None,
            "",
            "",
        ),
        ("peer_exist", "The username is already in use.", None, "", ""),
        ("peers_limit_reached", "Peers limit is reached.", None, "", ""),
        ("qualify_invalid", "Qualify milliseconds are invalid.", None, "", ""),
        ("qualify_required", "Qualify milliseconds are required.", None, "", ""),
        ("type_invalid", "The peer protocol is invalid.", None, "", ""),
    ),
    "update_mailbox": (
        ("default_mailbox_dependency", "You cannot disable this mailbox because it is set as default.", None, "", ""),
        (
            "mailbox_did_dependency",
            "You cannot disable this mailbox because it is associated to a DID number.",
            None,
            "",
            "",
        ),
        ("passcode_invalid", "Passcode is invalid.", None, "", ""),
        ("passcode_required", "Passcode is required.", None, "", ""),
        ("voice_mailboxes_limit_reached", "Voice mailboxes limit is reached.", None, "", ""),
    ),
    "update_extension": (
        ("extension_already_in_use", "Extension is already in use.", None, "", ""),
        ("extension_invalid", "Extension is invalid.", None, "", ""),
        ("extension_required", "Extension is required.", None, "", ""),
    ),
    "get_rates": (
        ("code_invalid", "Code is invalid.", None, "", ""),
        ("search_parameters_required", "Search parameters are required.", None, "", ""),
    ),
    "get_e911": (
        (
            "alternate_address_provided",
            "Alternate Address is Provided.",
            None,
            "The address did not match exactly; the answer carries alternate addresses.",
            "",
        ),
        ("client_endpoint_id_not_found", "Client Endpoint ID Not Found.", None, "", ""),
        ("client_peer_id_not_found", "Client Peer ID Not Found.", None, "", ""),
        ("client_did_id_not_found", "Client DID ID Not Found.", None, "", ""),
        ("phone_number_not_found", "Phone Number Not Foudn.", None, "", ""),
        ("no_e911_endpoint_found", "Number is not provisioned.", None, "", ""),
        ("civic_number_not_found", "Civic number not found.", None, "", ""),
        ("street_not_found", "Street not found.", None, "", ""),
        ("city_not_found", "City not found.", None, "", ""),
        ("state_not_found", "State not found.", None, "", ""),
        ("country_not_found", "Country not found.", None, "", ""),
        ("first_name_not_found", "First name not found.", None, "", ""),
        ("last_name_not_found", "Last name not found.", None, "", ""),
        ("postal_code_not_found", "Postal Code not found.", None, "", ""),
        (
            "last_endpoint_was_deleted",
            "The last endpoint was deleted. Any calls to 911 after this notice and "
            "before another DID is provisionned will be billed an E911 unprovision "
            "fee in your account.",
            None,
            "",
            "",
        ),
        (
            "entry_is_default_endpoint",
            "The endpoint is currently the default endpoint for the account. Set the "
            "default to another one before deleting this one.",
            None,
            "",
            "",
        ),
    ),
    "check_e911": (
        (
            "alternate_address_provided",
            "Alternate Address is Provided.",
            None,
            "The address did not match exactly; the answer carries alternate addresses.",
            "",
        ),
        ("client_endpoint_id_not_found", "Client Endpoint ID Not Found.", None, "", ""),
        ("client_peer_id_not_found", "Client Peer ID Not Found.", None, "", ""),
        ("client_did_id_not_found", "Client DID ID Not Found.", None, "", ""),
        ("phone_number_not_found", "Phone Number Not Foudn.", None, "", ""),
        ("no_e911_endpoint_found", "Number is not provisioned.", None, "", ""),
        ("civic_number_not_found", "Civic number not found.", None, "", ""),
        ("street_not_found", "Street not found.", None, "", ""),
        ("city_not_found", "City not found.", None, "", ""),
        ("state_not_found", "State not found.", None, "", ""),
        ("country_not_found", "Country not found.", None, "", ""),
        ("first_name_not_found", "First name not found.", None, "", ""),
        ("last_name_not_found", "Last name not found.", None, "", ""),
        ("postal_code_not_found", "Postal Code not found.", None, "", ""),
        (
            "last_endpoint_was_deleted",
            "The last endpoint was deleted. Any calls to 911 after this notice and "
            "before another DID is provisionned will be billed an E911 unprovision "
            "fee in your account.",
            None,
            "",
            "",
        ),
        (
            "entry_is_default_endpoint",
            "The endpoint is currently the default endpoint for the account. Set the "
            "default to another one before deleting this one.",
            None,
            "",
            "",
        ),
    ),
    "associate_e911": (
        (
            "alternate_address_provided",
            "Alternate Address is Provided.",
            None,
            "The address did not match exactly; the answer carries alternate addresses.",
            "",
        ),
        ("client_endpoint_id_not_found", "Client Endpoint ID Not Found.", None, "", ""),
        ("client_peer_id_not_found", "Client Peer ID Not Found.", None, "", ""),
        ("client_did_id_not_found", "Client DID ID Not Found.", None, "", ""),
        ("phone_number_not_found", "Phone Number Not Foudn.", None, "", ""),
        ("no_e911_endpoint_found", "Number is not provisioned.", None, "", ""),
        ("civic_number_not_found", "Civic number not found.", None, "", ""),
        ("street_not_found", "Street not found.", None, "", ""),
        ("city_not_found", "City not found.", None, "", ""),
        ("state_not_found", "State not found.", None, "", ""),
        ("country_not_found", "Country not found.", None, "", ""),
        ("first_name_not_found", "First name not found.", None, "", ""),
        ("last_name_not_found", "Last name not found.", None, "", ""),
        ("postal_code_not_found", "Postal Code not found.", None, "", ""),
        (
            "last_endpoint_was_deleted",
            "The last endpoint was deleted. Any calls to 911 after this notice and "
            "before another DID is provisionned will be billed an E911 unprovision "
            "fee in your account.",
            None,
            "",
            "",
        ),
        (
            "entry_is_default_endpoint",
            "The endpoint is currently the default endpoint for the account. Set the "
            "default to another one before deleting this one.",
            None,
            "",
            "",
        ),
    ),
    "disassociate_e911": (
        (
            "alternate_address_provided",
            "Alternate Address is Provided.",
            None,
            "The address did not match exactly; the answer carries alternate addresses.",
            "",
        ),
        ("client_endpoint_id_not_found", "Client Endpoint ID Not Found.", None, "", ""),
        ("client_peer_id_not_found", "Client Peer ID Not Found.", None, "", ""),
        ("client_did_id_not_found", "Client DID ID Not Found.", None, "", ""),
        ("phone_number_not_found", "Phone Number Not Foudn.", None, "", ""),
        ("no_e911_endpoint_found", "Number is not provisioned.", None, "", ""),
        ("civic_number_not_found", "Civic number not found.", None, "", ""),
        ("street_not_found", "Street not found.", None, "", ""),
        ("city_not_found", "City not found.", None, "", ""),
        ("state_not_found", "State not found.", None, "", ""),
        ("country_not_found", "Country not found.", None, "", ""),
        ("first_name_not_found", "First name not found.", None, "", ""),
        ("last_name_not_found", "Last name not found.", None, "", ""),
        ("postal_code_not_found", "Postal Code not found.", None, "", ""),
        (
            "last_endpoint_was_deleted",
            "The last endpoint was deleted. Any calls to 911 after this notice and "
            "before another DID is provisionned will be billed an E911 unprovision "
            "fee in your account.",
            None,
            "",
            "",
        ),
        (
            "entry_is_default_endpoint",
            "The endpoint is currently the default endpoint for the account. Set the "
            "default to another one before deleting this one.",
            None,
            "",
            "",
        ),
    ),
    "update_e911": (
        (
            "alternate_address_provided",
            "Alternate Address is Provided.",
            None,
            "The address did not match exactly; the answer carries alternate addresses.",
            "",
        ),
        ("client_endpoint_id_not_found", "Client Endpoint ID Not Found.", None, "", ""),
        ("client_peer_id_not_found", "Client Peer ID Not Found.", None, "", ""),
        ("client_did_id_not_found", "Client DID ID Not Found.", None, "", ""),
        ("phone_number_not_found", "Phone Number Not Foudn.", None, "", ""),
        ("no_e911_endpoint_found", "Number is not provisioned.", None, "", ""),
        ("civic_number_not_found", "Civic number not found.", None, "", ""),
        ("street_not_found", "Street not found.", None, "", ""),
        ("city_not_found", "City not found.", None, "", ""),
        ("state_not_found", "State not found.", None, "", ""),
        ("country_not_found", "Country not found.", None, "", ""),
        ("first_name_not_found", "First name not found.", None, "", ""),
        ("last_name_not_found", "Last name not found.", None, "", ""),
        ("postal_code_not_found", "Postal Code not found.", None, "", ""),
        (
            "last_endpoint_was_deleted",
            "The last endpoint was deleted. Any calls to 911 after this notice and "
            "before another DID is provisionned will be billed an E911 unprovision "
            "fee in your account.",
            None,
            "",
            "",
        ),
        (
            "entry_is_default_endpoint",
            "The endpoint is currently the default endpoint for the account. Set the "
            "default to another one before deleting this one.",
            None,
            "",
            "",
        ),
    ),
    "delete_e911": (
        (
            "alternate_address_provided",
            "Alternate Address is Provided.",
            None,
            "The address did not match exactly; the answer carries alternate addresses.",
            "",
        ),
        ("client_endpoint_id_not_found", "Client Endpoint ID Not Found.", None, "", ""),
        ("client_peer_id_not_found", "Client Peer ID Not Found.", None, "", ""),
        ("client_did_id_not_found", "Client DID ID Not Found.", None, "", ""),
        ("phone_number_not_found", "Phone Number Not Foudn.", None, "", ""),
        ("no_e911_endpoint_found", "Number is not provisioned.", None, "", ""),
        ("civic_number_not_found", "Civic number not found.", None, "", ""),
        ("street_not_found", "Street not found.", None, "", ""),
        ("city_not_found", "City not found.", None, "", ""),
        ("state_not_found", "State not found.", None, "", ""),
        ("country_not_found", "Country not found.", None, "", ""),
        ("first_name_not_found", "First name not found.", None, "", ""),
        ("last_name_not_found", "Last name not found.", None, "", ""),
        ("postal_code_not_found", "Postal Code not found.", None, "", ""),
        (
            "last_endpoint_was_deleted",
            "The last endpoint was deleted. Any calls to 911 after this notice and "
            "before another DID is provisionned will be billed an E911 unprovision "
            "fee in your account.",
            None,
            "",
            "",
        ),
        (
            "entry_is_default_endpoint",
            "The endpoint is currently the default endpoint for the account. Set the "
            "default to another one before deleting this one.",
            None,
            "",
            "",
        ),
    ),
    "report_call_issue": (
        ("call_hash_invalid", "Call Hash is invalid.", None, "", ""),
        ("call_issue_id_invalid", "Call Issue ID is invalid.", None, "", ""),
    ),
    "dispatch_call": (
        ("destination_invalid", "Destination is invalid.", None, "", ""),
        ("destination_required", "Destination is required.", None, "", ""),
        ("destination_type_invalid", "Destination type is invalid.", None, "", ""),
        ("destination_type_required", "Destination type is required.", None, "", ""),
        ("enable_recording_invalid", "Enable recording value is invalid.", None, "", ""),
        ("global_callerid_name_undefined", "Global caller ID name is not defined.", None, "", ""),
        ("max_retries_invalid", "Maximum retries is invalid.", None, "", ""),
        ("retry_delay_invalid", "Retry delay is invalid.", None, "", ""),
        ("socket_error", "A socket error occured.", None, "", ""),
        ("source_invalid", "Source is invalid.", None, "", ""),
        ("source_required", "Source is required.", None, "", ""),
        ("source_type_invalid", "Source type is invalid.", None, "", ""),
        ("source_type_required", "Source type is required.", None, "", ""),
        ("wait_time_invalid", "Wait time is invalid.", None, "", ""),
    ),
}

#: How the carrier's error answers read.
ERRORS: Final = Envelope(
    ErrorTable(ERROR_ROWS, class_for),
    status=("response_details", "response_status"),
    success=frozenset(("success",)),
    messages=("response_details", "response_messages", "message"),
    message_code="code",
    message_text="_content",
    warning_codes=frozenset(
        (
            "requests_soft_limit_reached",
            "callerid_rejection_notice",
            "peer_excluded_from_sync",
            "last_endpoint_was_deleted",
        )
    ),
)


@functools.cache  # made on first use: its JSON side is msgspec's
def get_calls_reply_payload() -> Typed[GetCallsReply]:
    """How the GetCallsReply payload reads, from either output format."""
    return Typed(
        _xml.read_get_calls_reply,
        _json.read_get_calls_reply,
        _json.GetCallsReplyWire,
        ("call_hash", "failure_code"),
        scan=_scan.scan_get_calls_reply,
    )


@functools.cache  # made on first use: its JSON side is msgspec's
def get_funding_details_reply_payload() -> Typed[GetFundingDetailsReply]:
    """How the GetFundingDetailsReply payload reads, from either output format."""
    return Typed(
        _xml.read_get_funding_details_reply,
        _json.read_get_funding_details_reply,
        _json.GetFundingDetailsReplyWire,
        ("account_balance", "funds_left"),
        scan=_scan.scan_get_funding_details_reply,
    )


#: The documented rate limits: (pool name, limit, period, operations; none listed = every other operation).
LIMITS: Final[tuple[Limit, ...]] = (
    ("delete_faxes", 1500, "hour", ("delete_faxes",)),
    ("delete_recordings", 1500, "hour", ("delete_recordings",)),
    ("delete_voicemails", 1500, "hour", ("delete_voicemails",)),
    ("dispatch_call", 900, "hour", ("dispatch_call",)),
    ("voicemail_broadcast", 900, "hour", ("voicemail_broadcast",)),
    ("queue_fax", 600, "hour", ("queue_fax",)),
    ("queue_sms", 600, "hour", ("queue_sms",)),
    ("shared pool", 1200, "hour", ()),
)


def pairs_director_action(value: DirectorAction) -> list[tuple[str, str]]:
    """The ``[field]`` suffixes and wire texts of a DirectorAction."""
    out: list[tuple[str, str]] = []
    if value.usage_type is not None:
        out.append(("[usage_type]", str(value.usage_type)))
    if value.offset is not None:
        out.append(("[offset]", str(value.offset)))
    if value.duration is not None:
        out.append(("[duration]", str(value.duration)))
    if value.client_peer_id is not None:
        out.append(("[client_peer_id]", str(value.client_peer_id)))
    if value.forward_number is not None:
        out.append(("[forward_number]", value.forward_number))
    if value.sip_uri is not None:
        out.append(("[sip_uri]", value.sip_uri))
    if value.announce_media_file_id is not None:
        out.append(("[announce_media_file_id]", str(value.announce_media_file_id)))
    if value.send_dtmf is not None:
        out.append(("[send_dtmf]", value.send_dtmf))
    if value.confirm_media_file_id is not None:
        out.append(("[confirm_media_file_id]", str(value.confirm_media_file_id)))
    if value.options is not None:
        for j, x in enumerate(value.options):
            out.append((f"[options][{j}]", str(x)))
    if value.comments is not None:
        out.append(("[comments]", value.comments))
    return out


def wire_director_action(value: DirectorAction) -> dict[str, object]:
    """A DirectorAction as JSON data keyed by wire names."""
    out: dict[str, object] = {}
    if value.usage_type is not None:
        out["usage_type"] = str(value.usage_type)
    if value.offset is not None:
        out["offset"] = value.offset
    if value.duration is not None:
        out["duration"] = value.duration
    if value.client_peer_id is not None:
        out["client_peer_id"] = value.client_peer_id
    if value.forward_number is not None:
        out["forward_number"] = value.forward_number
    if value.sip_uri is not None:
        out["sip_uri"] = value.sip_uri
    if value.announce_media_file_id is not None:
        out["announce_media_file_id"] = value.announce_media_file_id
    if value.send_dtmf is not None:
        out["send_dtmf"] = value.send_dtmf
    if value.confirm_media_file_id is not None:
        out["confirm_media_file_id"] = value.confirm_media_file_id
    if value.options is not None:
        out["options"] = [str(x) for x in value.options]
    if value.comments is not None:
        out["comments"] = value.comments
    return out


def pairs_callerid_condition(value: CalleridCondition) -> list[tuple[str, str]]:
    """The ``[field]`` suffixes and wire texts of a CalleridCondition."""
    out: list[tuple[str, str]] = []
    if value.client_callerid_profile_data_id is not None:
        out.append(("[client_callerid_profile_data_id]", str(value.client_callerid_profile_data_id)))
    if value.callerid_name is not None:
        out.append(("[callerid_name]", value.callerid_name))
    if value.client_did_id is not None:
        out.append(("[client_did_id]", str(value.client_did_id)))
    if value.callerid_number is not None:
        out.append(("[callerid_number]", value.callerid_number))
    if value.privacy is not None:
        out.append(("[privacy]", str(value.privacy)))
    if value.country_id is not None:
        out.append(("[country_id]", str(value.country_id)))
    if value.state_id is not None:
        out.append(("[state_id]", str(value.state_id)))
    if value.ratecenter_id is not None:
        out.append(("[ratecenter_id]", str(value.ratecenter_id)))
    if value.radius_distance is not None:
        out.append(("[radius_distance]", str(value.radius_distance)))
    if value.source_number is not None:
        out.append(("[source_number]", value.source_number))
    if value.source_regexp is not None:
        out.append(("[source_regexp]", value.source_regexp))
    if value.destination_number is not None:
        out.append(("[destination_number]", value.destination_number))
    if value.destination_regexp is not None:
        out.append(("[destination_regexp]", value.destination_regexp))
    if value.match_methods is not None:
        out.append(("[match_methods]", ",".join(str(x) for x in value.match_methods)))
    if value.order_index is not None:
        out.append(("[order_index]", str(value.order_index)))
    if value.comments is not None:
        out.append(("[comments]", value.comments))
    return out


def wire_callerid_condition(value: CalleridCondition) -> dict[str, object]:
    """A CalleridCondition as JSON data keyed by wire names."""
    out: dict[str, object] = {}
    if value.client_callerid_profile_data_id is not None:
        out["client_callerid_profile_data_id"] = value.client_callerid_profile_data_id
    if value.callerid_name is not None:
        out["callerid_name"] = value.callerid_name
    if value.client_did_id is not None:
        out["client_did_id"] = value.client_did_id
    if value.callerid_number is not None:
        out["callerid_number"] = value.callerid_number
    if value.privacy is not None:
        out["privacy"] = str(value.privacy)
    if value.country_id is not None:
        out["country_id"] = value.country_id
    if value.state_id is not None:
        out["state_id"] = value.state_id
    if value.ratecenter_id is not None:
        out["ratecenter_id"] = value.ratecenter_id
    if value.radius_distance is not None:
        out["radius_distance"] = value.radius_distance
    if value.source_number is not None:
        out["source_number"] = value.source_number
    if value.source_regexp is not None:
        out["source_regexp"] = value.source_regexp
    if value.destination_number is not None:
        out["destination_number"] = value.destination_number
    if value.destination_regexp is not None:
        out["destination_regexp"] = value.destination_regexp
    if value.match_methods is not None:
        out["match_methods"] = ",".join(str(x) for x in value.match_methods)
    if value.order_index is not None:
        out["order_index"] = value.order_index
    if value.comments is not None:
        out["comments"] = value.comments
    return out


def pairs_shift(value: Shift) -> list[tuple[str, str]]:
    """The ``[field]`` suffixes and wire texts of a Shift."""
    out: list[tuple[str, str]] = []
    if value.status is not None:
        out.append(("[status]", str(value.status)))
    if value.days is not None:
        out.append(("[days]", str(value.days)))
    return out


def wire_shift(value: Shift) -> dict[str, object]:
    """A Shift as JSON data keyed by wire names."""
    out: dict[str, object] = {}
    if value.status is not None:
        out["status"] = str(value.status)
    if value.days is not None:
        out["days"] = value.days
    return out


def pairs_call_endpoint(value: CallEndpoint) -> list[tuple[str, str]]:
    """The ``[field]`` suffixes and wire texts of a CallEndpoint."""
    out: list[tuple[str, str]] = []
    if value.type is not None:
        out.append(("[type]", str(value.type)))
    if value.value is not None:
        out.append(("[value]", value.value))
    if value.callerid_name is not None:
        out.append(("[callerid_name]", value.callerid_name))
    if value.callerid_number is not None:
        out.append(("[callerid_number]", value.callerid_number))
    if value.language is not None:
        out.append(("[language]", str(value.language)))
    if value.send_dtmf is not None:
        out.append(("[send_dtmf]", value.send_dtmf))
    if value.announce_media_id is not None:
        out.append(("[announce_media_id]", str(value.announce_media_id)))
    if value.announce_media_path is not None:
        out.append(("[announce_media_path]", value.announce_media_path))
    if value.confirm_required is not None:
        out.append(("[confirm_required]", ("1" if value.confirm_required else "0")))
    if value.confirm_media_id is not None:
        out.append(("[confirm_media_id]", str(value.confirm_media_id)))
    if value.confirm_media_path is not None:
        out.append(("[confirm_media_path]", value.confirm_media_path))
    if value.retries is not None:
        out.append(("[retries]", str(value.retries)))
    if value.accept_key is not None:
        out.append(("[accept_key]", str(value.accept_key)))
    if value.reject_key is not None:
        out.append(("[reject_key]", str(value.reject_key)))
    return out


def wire_call_endpoint(value: CallEndpoint) -> dict[str, object]:
    """A CallEndpoint as JSON data keyed by wire names."""
    out: dict[str, object] = {}
    if value.type is not None:
        out["type"] = str(value.type)
    if value.value is not None:
        out["value"] = value.value
    if value.callerid_name is not None:
        out["callerid_name"] = value.callerid_name
    if value.callerid_number is not None:
        out["callerid_number"] = value.callerid_number
    if value.language is not None:
        out["language"] = str(value.language)
    if value.send_dtmf is not None:
        out["send_dtmf"] = value.send_dtmf
    if value.announce_media_id is not None:
        out["announce_media_id"] = value.announce_media_id
    if value.announce_media_path is not None:
        out["announce_media_path"] = value.announce_media_path
    if value.confirm_required is not None:
        out["confirm_required"] = value.confirm_required
    if value.confirm_media_id is not None:
        out["confirm_media_id"] = value.confirm_media_id
    if value.confirm_media_path is not None:
        out["confirm_media_path"] = value.confirm_media_path
    if value.retries is not None:
        out["retries"] = value.retries
    if value.accept_key is not None:
        out["accept_key"] = value.accept_key
    if value.reject_key is not None:
        out["reject_key"] = value.reject_key
    return out


def build_get_request_types() -> PreparedRequest:
    """Check the arguments of get_request_types and build its request."""
    problems: Problems = []
    raise_problems(problems)
    query = query_pairs(())
    return PreparedRequest("get_request_types", "GET", "/api/v1.1/json/get_request_types", query)


@with_context
def parse_get_request_types(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_request_types into its result, or raise the error it carries."""
    raise_for_status("get_request_types", response, body, (200,), ERRORS)
    return ERRORS.finish("get_request_types", response, body)


def build_get_calls(
    *,
    date_from: _dt.date | None = None,
    date_to: _dt.date | None = None,
    latest_hours: int | None = None,
    call_hash: str | None = None,
    unique_id: str | None = None,
    direction: Direction | None = None,
    routing_type: Sequence[CallRoutingType] | None = None,
    disposition: Sequence[CallDisposition] | None = None,
    result_limit: int | None = None,
    result_offset: int | None = None,
    extras: YesNo | None = None,
    metadata: MetadataMode | None = None,
    routing_details: YesNo | None = None,
    client_channel_id: int | None = None,
    client_subaccount_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_calls and build its request."""
    problems: Problems = []
    check_scalar(problems, date_from, "date_from", "date")
    check_scalar(problems, date_to, "date_to", "date")
    check_scalar(problems, latest_hours, "latest_hours", "integer", minimum=1)
    check_scalar(problems, call_hash, "call_hash", "string", pattern=_RE_1A059BD149)
    check_scalar(problems, unique_id, "unique_id", "string")
    check_scalar(problems, direction, "direction", "enum", allowed=DIRECTION_VALUES)
    check_list(problems, routing_type, "routing_type", "enum", allowed=CALL_ROUTING_TYPE_VALUES)
    check_list(problems, disposition, "disposition", "enum", allowed=CALL_DISPOSITION_VALUES)
    check_scalar(problems, result_limit, "result_limit", "integer", minimum=1, maximum=1000)
    check_scalar(problems, result_offset, "result_offset", "integer", minimum=0)
    check_scalar(problems, extras, "extras", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, metadata, "metadata", "enum", allowed=METADATA_MODE_VALUES)
    check_scalar(problems, routing_details, "routing_details", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, client_channel_id, "client_channel_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    if date_from is not None and date_to is None:
        problems.append(("date_to", "is required when date_from is given"))
    if date_to is not None and date_from is None:
        problems.append(("date_from", "is required when date_to is given"))
    if date_from is None and latest_hours is None and call_hash is None and unique_id is None:
        problems.append(("date_from", "Give a date range, latest_hours or call_hash."))
    raise_problems(problems)
    query = query_pairs(
        (
            ("date_from", (None if date_from is None else date_from.strftime("%Y-%m-%d"))),
            ("date_to", (None if date_to is None else date_to.strftime("%Y-%m-%d"))),
            ("latest_hours", (None if latest_hours is None else str(latest_hours))),
            ("call_hash", call_hash),
            ("unique_id", unique_id),
            ("direction", (None if direction is None else str(direction))),
            ("routing_type", (None if routing_type is None else ",".join(str(x) for x in routing_type))),
            ("disposition", (None if disposition is None else ",".join(str(x) for x in disposition))),
            ("result_limit", (None if result_limit is None else str(result_limit))),
            ("result_offset", (None if result_offset is None else str(result_offset))),
            ("extras", (None if extras is None else str(extras))),
            ("metadata", (None if metadata is None else str(metadata))),
            ("routing_details", (None if routing_details is None else str(routing_details))),
            ("client_channel_id", (None if client_channel_id is None else str(client_channel_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
        )
    )
    return PreparedRequest("get_calls", "GET", "/api/v1.1/json/get_calls", query)


@with_context
def parse_get_calls(response: httpx.Response, body: bytes) -> Reply[GetCallsReply]:
    """Turn the answer to get_calls into its result, or raise the error it carries."""
    raise_for_status("get_calls", response, body, (200,), ERRORS)
    return ERRORS.finish("get_calls", response, body, get_calls_reply_payload())


def build_get_calls_stats(
    *,
    date_from: _dt.date | None = None,
    date_to: _dt.date | None = None,
    client_subaccount_ids: Sequence[int] | None = None,
    routing_types: Sequence[RoutingType] | None = None,
) -> PreparedRequest:
    """Check the arguments of get_calls_stats and build its request."""
    problems: Problems = []
    check_scalar(problems, date_from, "date_from", "date")
    check_scalar(problems, date_to, "date_to", "date")
    check_list(problems, client_subaccount_ids, "client_subaccount_ids", "integer", max_items=10)
    check_list(problems, routing_types, "routing_types", "enum", allowed=ROUTING_TYPE_VALUES)
    raise_problems(problems)
    query = query_pairs(
        (
            ("date_from", (None if date_from is None else date_from.strftime("%Y-%m-%d"))),
            ("date_to", (None if date_to is None else date_to.strftime("%Y-%m-%d"))),
            (
                "client_subaccount_ids",
                (None if client_subaccount_ids is None else ",".join(str(x) for x in client_subaccount_ids)),
            ),
            ("routing_types", (None if routing_types is None else ",".join(str(x) for x in routing_types))),
        )
    )
    return PreparedRequest("get_calls_stats", "GET", "/api/v1.1/json/get_calls_stats", query)


@with_context
def parse_get_calls_stats(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_calls_stats into its result, or raise the error it carries."""
    raise_for_status("get_calls_stats", response, body, (200,), ERRORS)
    return ERRORS.finish("get_calls_stats", response, body)


def build_get_recordings(
    *,
    call_recording_id: int | None = None,
    recording_hash: str | None = None,
    call_hash: str | None = None,
    date_from: _dt.date | None = None,
    date_to: _dt.date | None = None,
    latest_hours: int | None = None,
    status: Sequence[RecordingStatus] | None = None,
    result_limit: int | None = None,
    result_offset: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_recordings and build its request."""
    problems: Problems = []
    check_scalar(problems, call_recording_id, "call_recording_id", "integer")
    check_scalar(problems, recording_hash, "recording_hash", "string", pattern=_RE_8520AF1EFB)
    check_scalar(problems, call_hash, "call_hash", "string", pattern=_RE_1A059BD149)
    check_scalar(problems, date_from, "date_from", "date")
    check_scalar(problems, date_to, "date_to", "date")
    check_scalar(problems, latest_hours, "latest_hours", "integer", minimum=1)
    check_list(problems, status, "status", "enum", allowed=RECORDING_STATUS_VALUES)
    check_scalar(problems, result_limit, "result_limit", "integer", minimum=1, maximum=1000)
    check_scalar(problems, result_offset, "result_offset", "integer", minimum=0)
    if date_to is not None and date_from is None:
        problems.append(("date_from", "is required when date_to is given"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("call_recording_id", (None if call_recording_id is None else str(call_recording_id))),
            ("recording_hash", recording_hash),
            ("call_hash", call_hash),
            ("date_from", (None if date_from is None else date_from.strftime("%Y-%m-%d"))),
            ("date_to", (None if date_to is None else date_to.strftime("%Y-%m-%d"))),
            ("latest_hours", (None if latest_hours is None else str(latest_hours))),
            ("status", (None if status is None else ",".join(str(x) for x in status))),
            ("result_limit", (None if result_limit is None else str(result_limit))),
            ("result_offset", (None if result_offset is None else str(result_offset))),
        )
    )
    return PreparedRequest("get_recordings", "GET", "/api/v1.1/json/get_recordings", query)


@with_context
def parse_get_recordings(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_recordings into its result, or raise the error it carries."""
    raise_for_status("get_recordings", response, body, (200,), ERRORS)
    return ERRORS.finish("get_recordings", response, body)


def build_delete_recordings(
    *,
    call_recording_id: Sequence[int] | None = None,
    call_hash: Sequence[str] | None = None,
    date: _dt.date | None = None,
    comments: str | None = None,
) -> PreparedRequest:
    """Check the arguments of delete_recordings and build its request."""
    problems: Problems = []
    check_list(problems, call_recording_id, "call_recording_id", "integer")
    check_list(problems, call_hash, "call_hash", "string", pattern=_RE_1A059BD149)
    check_scalar(problems, date, "date", "date")
    check_scalar(problems, comments, "comments", "string")
    if call_recording_id is None and call_hash is None and date is None:
        problems.append(("call_recording_id", "one of call_recording_id, call_hash, date is required"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("call_recording_id", (None if call_recording_id is None else ",".join(str(x) for x in call_recording_id))),
            ("call_hash", (None if call_hash is None else ",".join(x for x in call_hash))),
            ("date", (None if date is None else date.strftime("%Y-%m-%d"))),
            ("comments", comments),
        )
    )
    return PreparedRequest("delete_recordings", "GET", "/api/v1.1/json/delete_recordings", query, mutates=True)


@with_mutation_context
def parse_delete_recordings(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to delete_recordings into its result, or raise the error it carries."""
    raise_for_status("delete_recordings", response, body, (200,), ERRORS)
    return ERRORS.finish("delete_recordings", response, body)


def build_get_voicemails(
    *,
    call_voicemail_id: int | None = None,
    client_subaccount_id: int | None = None,
    voicemail_hash: str | None = None,
    result_limit: int | None = None,
    result_offset: int | None = None,
    date_from: _dt.date | None = None,
    date_to: _dt.date | None = None,
) -> PreparedRequest:
    """Check the arguments of get_voicemails and build its request."""
    problems: Problems = []
    check_scalar(problems, call_voicemail_id, "call_voicemail_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, voicemail_hash, "voicemail_hash", "string", pattern=_RE_7096AB08A3)
    check_scalar(problems, result_limit, "result_limit", "integer", minimum=1, maximum=1000)
    check_scalar(problems, result_offset, "result_offset", "integer", minimum=0)
    check_scalar(problems, date_from, "date_from", "date")
    check_scalar(problems, date_to, "date_to", "date")
    raise_problems(problems)
    query = query_pairs(
        (
            ("call_voicemail_id", (None if call_voicemail_id is None else str(call_voicemail_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("voicemail_hash", voicemail_hash),
            ("result_limit", (None if result_limit is None else str(result_limit))),
            ("result_offset", (None if result_offset is None else str(result_offset))),
            ("date_from", (None if date_from is None else date_from.strftime("%Y-%m-%d"))),
            ("date_to", (None if date_to is None else date_to.strftime("%Y-%m-%d"))),
        )
    )
    return PreparedRequest("get_voicemails", "GET", "/api/v1.1/json/get_voicemails", query)


@with_context
def parse_get_voicemails(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_voicemails into its result, or raise the error it carries."""
    raise_for_status("get_voicemails", response, body, (200,), ERRORS)
    return ERRORS.finish("get_voicemails", response, body)


def build_delete_voicemails(
    *,
    call_voicemail_id: Sequence[int] | None = None,
    voicemail_hash: Sequence[str] | None = None,
    date: _dt.date | None = None,
    comments: str | None = None,
) -> PreparedRequest:
    """Check the arguments of delete_voicemails and build its request."""
    problems: Problems = []
    check_list(problems, call_voicemail_id, "call_voicemail_id", "integer")
    check_list(problems, voicemail_hash, "voicemail_hash", "string", pattern=_RE_7096AB08A3)
    check_scalar(problems, date, "date", "date")
    check_scalar(problems, comments, "comments", "string")
    if call_voicemail_id is None and voicemail_hash is None and date is None:
        problems.append(("call_voicemail_id", "one of call_voicemail_id, voicemail_hash, date is required"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("call_voicemail_id", (None if call_voicemail_id is None else ",".join(str(x) for x in call_voicemail_id))),
            ("voicemail_hash", (None if voicemail_hash is None else ",".join(x for x in voicemail_hash))),
            ("date", (None if date is None else date.strftime("%Y-%m-%d"))),
            ("comments", comments),
        )
    )
    return PreparedRequest("delete_voicemails", "GET", "/api/v1.1/json/delete_voicemails", query, mutates=True)


@with_mutation_context
def parse_delete_voicemails(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to delete_voicemails into its result, or raise the error it carries."""
    raise_for_status("delete_voicemails", response, body, (200,), ERRORS)
    return ERRORS.finish("delete_voicemails", response, body)


def build_get_faxes(
    *,
    call_fax_id: int | None = None,
    client_fax_profile_id: int | None = None,
    client_subaccount_id: int | None = None,
    date_from: _dt.date | None = None,
    date_to: _dt.date | None = None,
    call_hash: str | None = None,
    status: Sequence[StoredStatus] | None = None,
    transmission_status: Sequence[TransmissionStatus] | None = None,
) -> PreparedRequest:
    """Check the arguments of get_faxes and build its request."""
    problems: Problems = []
    check_scalar(problems, call_fax_id, "call_fax_id", "integer")
    check_scalar(problems, client_fax_profile_id, "client_fax_profile_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, date_from, "date_from", "date")
    check_scalar(problems, date_to, "date_to", "date")
    check_scalar(problems, call_hash, "call_hash", "string", pattern=_RE_1A059BD149)
    check_list(problems, status, "status", "enum", allowed=STORED_STATUS_VALUES)
    check_list(problems, transmission_status, "transmission_status", "enum", allowed=TRANSMISSION_STATUS_VALUES)
    if date_from is not None and date_to is None:
        problems.append(("date_to", "is required when date_from is given"))
    if date_to is not None and date_from is None:
        problems.append(("date_from", "is required when date_to is given"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("call_fax_id", (None if call_fax_id is None else str(call_fax_id))),
            ("client_fax_profile_id", (None if client_fax_profile_id is None else str(client_fax_profile_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("date_from", (None if date_from is None else date_from.strftime("%Y-%m-%d"))),
            ("date_to", (None if date_to is None else date_to.strftime("%Y-%m-%d"))),
            ("call_hash", call_hash),
            ("status", (None if status is None else ",".join(str(x) for x in status))),
            (
                "transmission_status",
                (None if transmission_status is None else ",".join(str(x) for x in transmission_status)),
            ),
        )
    )
    return PreparedRequest("get_faxes", "GET", "/api/v1.1/json/get_faxes", query)


@with_context
def parse_get_faxes(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_faxes into its result, or raise the error it carries."""
    raise_for_status("get_faxes", response, body, (200,), ERRORS)
    return ERRORS.finish("get_faxes", response, body)


def build_delete_faxes(
    *,
    call_fax_id: Sequence[int] | None = None,
    call_hash: Sequence[str] | None = None,
    date: _dt.date | None = None,
    comments: str | None = None,
) -> PreparedRequest:
    """Check the arguments of delete_faxes and build its request."""
    problems: Problems = []
    check_list(problems, call_fax_id, "call_fax_id", "integer")
    check_list(problems, call_hash, "call_hash", "string", pattern=_RE_1A059BD149)
    check_scalar(problems, date, "date", "date")
    check_scalar(problems, comments, "comments", "string")
    if call_fax_id is None and call_hash is None and date is None:
        problems.append(("call_fax_id", "one of call_fax_id, call_hash, date is required"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("call_fax_id", (None if call_fax_id is None else ",".join(str(x) for x in call_fax_id))),
            ("call_hash", (None if call_hash is None else ",".join(x for x in call_hash))),
            ("date", (None if date is None else date.strftime("%Y-%m-%d"))),
            ("comments", comments),
        )
    )
    return PreparedRequest("delete_faxes", "GET", "/api/v1.1/json/delete_faxes", query, mutates=True)


@with_mutation_context
def parse_delete_faxes(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to delete_faxes into its result, or raise the error it carries."""
    raise_for_status("delete_faxes", response, body, (200,), ERRORS)
    return ERRORS.finish("delete_faxes", response, body)


def build_get_fax_profiles(
    *,
    client_fax_profile_id: int | None = None,
    client_subaccount_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_fax_profiles and build its request."""
    problems: Problems = []
    check_scalar(problems, client_fax_profile_id, "client_fax_profile_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("client_fax_profile_id", (None if client_fax_profile_id is None else str(client_fax_profile_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
        )
    )
    return PreparedRequest("get_fax_profiles", "GET", "/api/v1.1/json/get_fax_profiles", query)


@with_context
def parse_get_fax_profiles(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_fax_profiles into its result, or raise the error it carries."""
    raise_for_status("get_fax_profiles", response, body, (200,), ERRORS)
    return ERRORS.finish("get_fax_profiles", response, body)


def build_update_fax_profile(
    *,
    mode: Mode | None = None,
    client_fax_profile_id: int | None = None,
    client_subaccount_id: int | None = None,
    friendly_name: str,
    local_ident: str,
    fax_header: str,
    callerid_name: str,
    callerid_number: str,
    contact_name: str | None = None,
    email: str,
    language: Language,
    allowed_senders: Sequence[str],
    retry_limit: int | None = None,
    page_format: PageFormat,
    resolution: FaxResolution,
    callback_url: str | None = None,
    backup_url: str | None = None,
    options: Sequence[FaxProfileOption] | None = None,
    status: EnabledStatus,
    comments: str | None = None,
) -> PreparedRequest:
    """Check the arguments of update_fax_profile and build its request."""
    problems: Problems = []
    check_scalar(problems, mode, "mode", "enum", allowed=MODE_VALUES)
    check_scalar(problems, client_fax_profile_id, "client_fax_profile_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, friendly_name, "friendly_name", "string", required=True, min_length=2, max_length=32)
    check_scalar(problems, local_ident, "local_ident", "string", required=True, min_length=2, max_length=20)
    check_scalar(problems, fax_header, "fax_header", "string", required=True, min_length=2, max_length=20)
    check_scalar(problems, callerid_name, "callerid_name", "string", required=True, min_length=3, max_length=15)
    check_scalar(problems, callerid_number, "callerid_number", "string", required=True, pattern=_RE_84407BE604)
    check_scalar(problems, contact_name, "contact_name", "string", min_length=4, max_length=60)
    check_scalar(problems, email, "email", "string", required=True, pattern=_RE_31F75A318C)
    check_scalar(problems, language, "language", "enum", allowed=LANGUAGE_VALUES, required=True)
    check_list(problems, allowed_senders, "allowed_senders", "string", required=True)
    check_scalar(problems, retry_limit, "retry_limit", "integer", minimum=0)
    check_scalar(problems, page_format, "page_format", "enum", allowed=PAGE_FORMAT_VALUES, required=True)
    check_scalar(problems, resolution, "resolution", "enum", allowed=FAX_RESOLUTION_VALUES, required=True)
    check_scalar(problems, callback_url, "callback_url", "string", pattern=_RE_25D2B07EE4)
    check_scalar(problems, backup_url, "backup_url", "string", pattern=_RE_25D2B07EE4)
    check_list(problems, options, "options", "enum", allowed=FAX_PROFILE_OPTION_VALUES)
    check_scalar(problems, status, "status", "enum", allowed=ENABLED_STATUS_VALUES, required=True)
    check_scalar(problems, comments, "comments", "string")
    if (mode is None or mode == "update") and client_fax_profile_id is None:
        problems.append(("client_fax_profile_id", "is required when mode is 'update'"))
    if "enable_callback" in (options or ()) and callback_url is None:
        problems.append(("callback_url", "is required when options includes 'enable_callback'"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("mode", (None if mode is None else str(mode))),
            ("client_fax_profile_id", (None if client_fax_profile_id is None else str(client_fax_profile_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("friendly_name", friendly_name),
            ("local_ident", local_ident),
            ("fax_header", fax_header),
            ("callerid_name", callerid_name),
            ("callerid_number", callerid_number),
            ("contact_name", contact_name),
            ("email", email),
            ("language", str(language)),
            ("allowed_senders", ",".join(x for x in allowed_senders)),
            ("retry_limit", (None if retry_limit is None else str(retry_limit))),
            ("page_format", str(page_format)),
            ("resolution", str(resolution)),
            ("callback_url", callback_url),
            ("backup_url", backup_url),
            *(("options[]", str(x)) for x in (options or ())),
            ("status", str(status)),
            ("comments", comments),
        )
    )
    return PreparedRequest("update_fax_profile", "GET", "/api/v1.1/json/update_fax_profile", query, mutates=True)


@with_mutation_context
def parse_update_fax_profile(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_fax_profile into its result, or raise the error it carries."""
    raise_for_status("update_fax_profile", response, body, (200,), ERRORS)
    return ERRORS.finish("update_fax_profile", response, body)


def build_delete_fax_profile(
    *,
    client_fax_profile_id: int,
) -> PreparedRequest:
    """Check the arguments of delete_fax_profile and build its request."""
    problems: Problems = []
    check_scalar(problems, client_fax_profile_id, "client_fax_profile_id", "integer", required=True)
    raise_problems(problems)
    query = query_pairs((("client_fax_profile_id", str(client_fax_profile_id)),))
    return PreparedRequest("delete_fax_profile", "GET", "/api/v1.1/json/delete_fax_profile", query, mutates=True)


@with_mutation_context
def parse_delete_fax_profile(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to delete_fax_profile into its result, or raise the error it carries."""
    raise_for_status("delete_fax_profile", response, body, (200,), ERRORS)
    return ERRORS.finish("delete_fax_profile", response, body)


def build_queue_fax(
    *,
    destination_number: str,
    client_fax_profile_id: int,
    attachments: Sequence[bytes],
    unique_id: str | None = None,
    name_from: str | None = None,
    email_from: str | None = None,
    page_format: PageFormat | None = None,
    resolution: FaxResolution | None = None,
    retry_limit: int | None = None,
    datetime_scheduled: _dt.datetime | None = None,
) -> PreparedRequest:
    """Check the arguments of queue_fax and build its request."""
    problems: Problems = []
    check_scalar(problems, destination_number, "destination_number", "string", required=True, pattern=_RE_08AE973C9A)
    check_scalar(problems, client_fax_profile_id, "client_fax_profile_id", "integer", required=True)
    check_list(problems, attachments, "attachments", "file", required=True, min_items=1)
    check_scalar(problems, unique_id, "unique_id", "string", pattern=_RE_A4F86D523B)
    check_scalar(problems, name_from, "name_from", "string")
    check_scalar(problems, email_from, "email_from", "string")
    check_scalar(problems, page_format, "page_format", "enum", allowed=PAGE_FORMAT_VALUES)
    check_scalar(problems, resolution, "resolution", "enum", allowed=FAX_RESOLUTION_VALUES)
    check_scalar(problems, retry_limit, "retry_limit", "integer", minimum=1, maximum=9)
    check_scalar(problems, datetime_scheduled, "datetime_scheduled", "datetime")
    raise_problems(problems)
    query = query_pairs(())
    files: tuple[tuple[str, bytes], ...] = tuple(
        (name, data) for name, data in (*(("attachments[]", item) for item in (attachments or ())),) if data is not None
    )
    content, content_type = encode_multipart(
        query_pairs(
            (
                ("destination_number", destination_number),
                ("client_fax_profile_id", str(client_fax_profile_id)),
                ("unique_id", unique_id),
                ("name_from", name_from),
                ("email_from", email_from),
                ("page_format", (None if page_format is None else str(page_format))),
                ("resolution", (None if resolution is None else str(resolution))),
                ("retry_limit", (None if retry_limit is None else str(retry_limit))),
                (
                    "datetime_scheduled",
                    (None if datetime_scheduled is None else datetime_scheduled.strftime("%Y-%m-%d %H:%M:%S")),
                ),
            )
        ),
        files,
    )
    return PreparedRequest(
        "queue_fax", "POST", "/api/v1.1/json/queue_fax", query, content=content, content_type=content_type, mutates=True
    )


@with_mutation_context
def parse_queue_fax(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to queue_fax into its result, or raise the error it carries."""
    raise_for_status("queue_fax", response, body, (200,), ERRORS)
    return ERRORS.finish("queue_fax", response, body)


def build_get_dids(
    *,
    client_did_id: int | None = None,
    phone_number: str | None = None,
    npa: str | None = None,
    nxx: str | None = None,
    ratecenter_id: int | None = None,
    district: str | None = None,
    state_id: int | None = None,
    country_id: int | None = None,
    options: Sequence[DidFilterOption] | None = None,
    client_peer_id: int | None = None,
    client_mailbox_id: int | None = None,
    announce_media_file_id: int | None = None,
    bridge_uri: str | None = None,
    pickup_group_ids: str | None = None,
    client_conference_profile_id: int | None = None,
    client_fax_profile_id: int | None = None,
    dnis_rewrite: str | None = None,
    confirm_media_file_id: int | None = None,
    playback_media_file_id: int | None = None,
    sms_autoreply_message: str | None = None,
    recording_notify_recipient_name: str | None = None,
    peer_failover_causes: str | None = None,
    recording_notify_recipient_email: str | None = None,
    type: DidType | None = None,
    usage_type: DidUsageType,
    sms_dnis_rewrite: str | None = None,
    sip_response: str | None = None,
    exclude_e411_list: bool | None = None,
    exclude_e911_list: bool | None = None,
    t38_support: bool | None = None,
    sms_support: bool | None = None,
    mms_support: bool | None = None,
    enable_voicemail: bool | None = None,
    ondemand_recording: bool | None = None,
    enable_fax: bool | None = None,
    client_channel_id: int | None = None,
    client_subaccount_id: int | None = None,
    status: EntityStatus | None = None,
) -> PreparedRequest:
    """Check the arguments of get_dids and build its request."""
    problems: Problems = []
    check_scalar(problems, client_did_id, "client_did_id", "integer")
    check_scalar(problems, phone_number, "phone_number", "string", pattern=_RE_84407BE604)
    check_scalar(problems, npa, "npa", "string", pattern=_RE_830D595766)
    check_scalar(problems, nxx, "nxx", "string", pattern=_RE_830D595766)
    check_scalar(problems, ratecenter_id, "ratecenter_id", "integer")
    check_scalar(problems, district, "district", "string")
    check_scalar(problems, state_id, "state_id", "integer")
    check_scalar(problems, country_id, "country_id", "integer")
    check_list(problems, options, "options", "enum", allowed=DID_FILTER_OPTION_VALUES)
    check_scalar(problems, client_peer_id, "client_peer_id", "integer")
    check_scalar(problems, client_mailbox_id, "client_mailbox_id", "integer")
    check_scalar(problems, announce_media_file_id, "announce_media_file_id", "integer")
    check_scalar(problems, bridge_uri, "bridge_uri", "string", max_length=240)
    check_scalar(problems, pickup_group_ids, "pickup_group_ids", "string", max_length=64)
    check_scalar(problems, client_conference_profile_id, "client_conference_profile_id", "integer")
    check_scalar(problems, client_fax_profile_id, "client_fax_profile_id", "integer")
    check_scalar(problems, dnis_rewrite, "dnis_rewrite", "string", max_length=30)
    check_scalar(problems, confirm_media_file_id, "confirm_media_file_id", "integer")
    check_scalar(problems, playback_media_file_id, "playback_media_file_id", "integer")
    check_scalar(problems, sms_autoreply_message, "sms_autoreply_message", "string", max_length=160)
    check_scalar(problems, recording_notify_recipient_name, "recording_notify_recipient_name", "string", max_length=255)
    check_scalar(problems, peer_failover_causes, "peer_failover_causes", "string", max_length=240)
    check_scalar(
        problems, recording_notify_recipient_email, "recording_notify_recipient_email", "string", max_length=255
    )
    check_scalar(problems, type, "type", "enum", allowed=DID_TYPE_VALUES)
    check_scalar(problems, usage_type, "usage_type", "enum", allowed=DID_USAGE_TYPE_VALUES, required=True)
    check_scalar(problems, sms_dnis_rewrite, "sms_dnis_rewrite", "string", max_length=30)
    check_scalar(problems, sip_response, "sip_response", "string", pattern=_RE_830D595766)
    check_scalar(problems, exclude_e411_list, "exclude_e411_list", "boolean")
    check_scalar(problems, exclude_e911_list, "exclude_e911_list", "boolean")
    check_scalar(problems, t38_support, "t38_support", "boolean")
    check_scalar(problems, sms_support, "sms_support", "boolean")
    check_scalar(problems, mms_support, "mms_support", "boolean")
    check_scalar(problems, enable_voicemail, "enable_voicemail", "boolean")
    check_scalar(problems, ondemand_recording, "ondemand_recording", "boolean")
    check_scalar(problems, enable_fax, "enable_fax", "boolean")
    check_scalar(problems, client_channel_id, "client_channel_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, status, "status", "enum", allowed=ENTITY_STATUS_VALUES)
    raise_problems(problems)
    query = query_pairs(
        (
            ("client_did_id", (None if client_did_id is None else str(client_did_id))),
            ("phone_number", phone_number),
            ("npa", npa),
            ("nxx", nxx),
            ("ratecenter_id", (None if ratecenter_id is None else str(ratecenter_id))),
            ("district", district),
            ("state_id", (None if state_id is None else str(state_id))),
            ("country_id", (None if country_id is None else str(country_id))),
            ("options", (None if options is None else ",".join(str(x) for x in options))),
            ("client_peer_id", (None if client_peer_id is None else str(client_peer_id))),
            ("client_mailbox_id", (None if client_mailbox_id is None else str(client_mailbox_id))),
            ("announce_media_file_id", (None if announce_media_file_id is None else str(announce_media_file_id))),
            ("bridge_uri", bridge_uri),
            ("pickup_group_ids", pickup_group_ids),
            (
                "client_conference_profile_id",
                (None if client_conference_profile_id is None else str(client_conference_profile_id)),
            ),
            ("client_fax_profile_id", (None if client_fax_profile_id is None else str(client_fax_profile_id))),
            ("dnis_rewrite", dnis_rewrite),
            ("confirm_media_file_id", (None if confirm_media_file_id is None else str(confirm_media_file_id))),
            ("playback_media_file_id", (None if playback_media_file_id is None else str(playback_media_file_id))),
            ("sms_autoreply_message", sms_autoreply_message),
            ("recording_notify_recipient_name", recording_notify_recipient_name),
            ("peer_failover_causes", peer_failover_causes),
            ("recording_notify_recipient_email", recording_notify_recipient_email),
            ("type", (None if type is None else str(type))),
            ("usage_type", str(usage_type)),
            ("sms_dnis_rewrite", sms_dnis_rewrite),
            ("sip_response", sip_response),
            ("exclude_e411_list", (None if exclude_e411_list is None else ("1" if exclude_e411_list else "0"))),
            ("exclude_e911_list", (None if exclude_e911_list is None else ("1" if exclude_e911_list else "0"))),
            ("t38_support", (None if t38_support is None else ("1" if t38_support else "0"))),
            ("sms_support", (None if sms_support is None else ("1" if sms_support else "0"))),
            ("mms_support", (None if mms_support is None else ("1" if mms_support else "0"))),
            ("enable_voicemail", (None if enable_voicemail is None else ("1" if enable_voicemail else "0"))),
            ("ondemand_recording", (None if ondemand_recording is None else ("1" if ondemand_recording else "0"))),
            ("enable_fax", (None if enable_fax is None else ("1" if enable_fax else "0"))),
            ("client_channel_id", (None if client_channel_id is None else str(client_channel_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("status", (None if status is None else str(status))),
        )
    )
    return PreparedRequest("get_dids", "GET", "/api/v1.1/json/get_dids", query)


@with_context
def parse_get_dids(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_dids into its result, or raise the error it carries."""
    raise_for_status("get_dids", response, body, (200,), ERRORS)
    return ERRORS.finish("get_dids", response, body)


def build_update_did(
    *,
    preserve_missing_data: bool | None = None,
    client_did_id: int | None = None,
    phone_number: str | None = None,
    friendly_name: str | None = None,
    forward_number: str | None = None,
    forward_timeout: RingTimeout | None = None,
    send_dtmf: str | None = None,
    voice_language: Language | None = None,
    client_mailbox_id: int | None = None,
    client_ivr_profile_id: int | None = None,
    client_fax_profile_id: int | None = None,
    client_director_profile_id: int | None = None,
    client_sms_profile_id: int | None = None,
    client_peer_ids: Sequence[int] | None = None,
    peer_timeout: RingTimeout | None = None,
    peer_contact_mode: PeerContactMode | None = None,
    client_queue_ids: Sequence[int] | None = None,
    bridge_uri: str | None = None,
    client_conference_profile_id: int | None = None,
    ondemand_recording: bool | None = None,
    dnis_rewrite: str | None = None,
    client_filter_ids: Sequence[int] | None = None,
    announce_media_file_id: int | None = None,
    monitor_media_file_id: int | None = None,
    confirm_media_file_id: int | None = None,
    callerid_name_rewrite: str | None = None,
    callerid_number_rewrite: str | None = None,
    sms_notify_email: str | None = None,
    sms_forward_number: str | None = None,
    sms_callback_url: str | None = None,
    sms_autoreply_message: str | None = None,
    client_channel_id: int | None = None,
    client_subaccount_id: int | None = None,
    notify_callback_triggers: Sequence[NotifyTrigger] | None = None,
    notify_callback_url: str | None = None,
    simultaneous_calls_limit: int | None = None,
    type: DidType | None = None,
    usage_type: DidUsageType,
    recording_notify_recipient_name: str | None = None,
    recording_notify_recipient_email: str | None = None,
    peer_failover_causes: str | None = None,
    pickup_group_ids: str | None = None,
    sms_dnis_rewrite: str | None = None,
    exclude_e411_list: bool | None = None,
    exclude_e911_list: bool | None = None,
    options: Sequence[DidOption] | None = None,
    comments: str | None = None,
    status: EnabledStatus | None = None,
    serialized_metadata: object | None = None,
    raw_metadata: str | None = None,
) -> PreparedRequest:
    """Check the arguments of update_did and build its request."""
    problems: Problems = []
    check_scalar(problems, preserve_missing_data, "preserve_missing_data", "boolean")
    check_scalar(problems, client_did_id, "client_did_id", "integer")
    check_scalar(problems, phone_number, "phone_number", "string", pattern=_RE_84407BE604)
    check_scalar(problems, friendly_name, "friendly_name", "string", min_length=2, max_length=32)
    check_scalar(problems, forward_number, "forward_number", "string", pattern=_RE_08AE973C9A)
    check_scalar(problems, forward_timeout, "forward_timeout", "enum", allowed=RING_TIMEOUT_VALUES)
    check_scalar(problems, send_dtmf, "send_dtmf", "string", pattern=_RE_0ADF62BB5C)
    check_scalar(problems, voice_language, "voice_language", "enum", allowed=LANGUAGE_VALUES)
    check_scalar(problems, client_mailbox_id, "client_mailbox_id", "integer")
    check_scalar(problems, client_ivr_profile_id, "client_ivr_profile_id", "integer")
    check_scalar(problems, client_fax_profile_id, "client_fax_profile_id", "integer")
    check_scalar(problems, client_director_profile_id, "client_director_profile_id", "integer")
    check_scalar(problems, client_sms_profile_id, "client_sms_profile_id", "integer")
    check_list(problems, client_peer_ids, "client_peer_ids", "integer")
    check_scalar(problems, peer_timeout, "peer_timeout", "enum", allowed=RING_TIMEOUT_VALUES)
    check_scalar(problems, peer_contact_mode, "peer_contact_mode", "enum", allowed=PEER_CONTACT_MODE_VALUES)
    check_list(problems, client_queue_ids, "client_queue_ids", "integer")
    check_scalar(problems, bridge_uri, "bridge_uri", "string")
    check_scalar(problems, client_conference_profile_id, "client_conference_profile_id", "integer")
    check_scalar(problems, ondemand_recording, "ondemand_recording", "boolean")
    check_scalar(problems, dnis_rewrite, "dnis_rewrite", "string", pattern=_RE_84407BE604)
    check_list(problems, client_filter_ids, "client_filter_ids", "integer")
    check_scalar(problems, announce_media_file_id, "announce_media_file_id", "integer")
    check_scalar(problems, monitor_media_file_id, "monitor_media_file_id", "integer")
    check_scalar(problems, confirm_media_file_id, "confirm_media_file_id", "integer")
    check_scalar(problems, callerid_name_rewrite, "callerid_name_rewrite", "string", min_length=3, max_length=15)
    check_scalar(problems, callerid_number_rewrite, "callerid_number_rewrite", "string", pattern=_RE_1CE42F2674)
    check_scalar(problems, sms_notify_email, "sms_notify_email", "string", pattern=_RE_31F75A318C)
    check_scalar(problems, sms_forward_number, "sms_forward_number", "string", pattern=_RE_24E1DA2435)
    check_scalar(problems, sms_callback_url, "sms_callback_url", "string", pattern=_RE_25D2B07EE4)
    check_scalar(problems, sms_autoreply_message, "sms_autoreply_message", "string", max_length=160)
    check_scalar(problems, client_channel_id, "client_channel_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_list(problems, notify_callback_triggers, "notify_callback_triggers", "enum", allowed=NOTIFY_TRIGGER_VALUES)
    check_scalar(problems, notify_callback_url, "notify_callback_url", "string", pattern=_RE_25D2B07EE4)
    check_scalar(problems, simultaneous_calls_limit, "simultaneous_calls_limit", "integer", minimum=0, maximum=255)
    check_scalar(problems, type, "type", "enum", allowed=DID_TYPE_VALUES)
    check_scalar(problems, usage_type, "usage_type", "enum", allowed=DID_USAGE_TYPE_VALUES, required=True)
    check_scalar(problems, recording_notify_recipient_name, "recording_notify_recipient_name", "string", max_length=255)
    check_scalar(
        problems, recording_notify_recipient_email, "recording_notify_recipient_email", "string", max_length=255
    )
    check_scalar(problems, peer_failover_causes, "peer_failover_causes", "string", max_length=240)
    check_scalar(problems, pickup_group_ids, "pickup_group_ids", "string", max_length=64)
    check_scalar(problems, sms_dnis_rewrite, "sms_dnis_rewrite", "string", max_length=30)
    check_scalar(problems, exclude_e411_list, "exclude_e411_list", "boolean")
    check_scalar(problems, exclude_e911_list, "exclude_e911_list", "boolean")
    check_list(problems, options, "options", "enum", allowed=DID_OPTION_VALUES)
    check_scalar(problems, comments, "comments", "string")
    check_scalar(problems, status, "status", "enum", allowed=ENABLED_STATUS_VALUES)
    check_encodable(problems, serialized_metadata, "serialized_metadata", php_serialize)
    check_scalar(problems, raw_metadata, "raw_metadata", "string")
    if client_did_id is None and phone_number is None:
        problems.append(("client_did_id", "one of client_did_id, phone_number is required"))
    if "announce_caller" in (options or ()) and announce_media_file_id is None:
        problems.append(("announce_media_file_id", "is required when options includes 'announce_caller'"))
    if "enable_sms_email_notify" in (options or ()) and sms_notify_email is None:
        problems.append(("sms_notify_email", "is required when options includes 'enable_sms_email_notify'"))
    if "enable_sms_forwarding" in (options or ()) and sms_forward_number is None:
        problems.append(("sms_forward_number", "is required when options includes 'enable_sms_forwarding'"))
    if "enable_sms_callback" in (options or ()) and sms_callback_url is None:
        problems.append(("sms_callback_url", "is required when options includes 'enable_sms_callback'"))
    if "enable_sms_autoreply" in (options or ()) and sms_autoreply_message is None:
        problems.append(("sms_autoreply_message", "is required when options includes 'enable_sms_autoreply'"))
    if "enable_notify_callback" in (options or ()) and notify_callback_triggers is None:
        problems.append(("notify_callback_triggers", "is required when options includes 'enable_notify_callback'"))
    if "enable_notify_callback" in (options or ()) and notify_callback_url is None:
        problems.append(("notify_callback_url", "is required when options includes 'enable_notify_callback'"))
    raise_problems(problems)
    query = query_pairs(
        (
            (
                "preserve_missing_data",
                (None if preserve_missing_data is None else ("1" if preserve_missing_data else "0")),
            ),
            ("client_did_id", (None if client_did_id is None else str(client_did_id))),
            ("phone_number", phone_number),
            ("friendly_name", friendly_name),
            ("forward_number", forward_number),
            ("forward_timeout", (None if forward_timeout is None else str(forward_timeout))),
            ("send_dtmf", send_dtmf),
            ("voice_language", (None if voice_language is None else str(voice_language))),
            ("client_mailbox_id", (None if client_mailbox_id is None else str(client_mailbox_id))),
            ("client_ivr_profile_id", (None if client_ivr_profile_id is None else str(client_ivr_profile_id))),
            ("client_fax_profile_id", (None if client_fax_profile_id is None else str(client_fax_profile_id))),
            (
                "client_director_profile_id",
                (None if client_director_profile_id is None else str(client_director_profile_id)),
            ),
            ("client_sms_profile_id", (None if client_sms_profile_id is None else str(client_sms_profile_id))),
            ("client_peer_ids", (None if client_peer_ids is None else ",".join(str(x) for x in client_peer_ids))),
            ("peer_timeout", (None if peer_timeout is None else str(peer_timeout))),
            ("peer_contact_mode", (None if peer_contact_mode is None else str(peer_contact_mode))),
            ("client_queue_ids", (None if client_queue_ids is None else ",".join(str(x) for x in client_queue_ids))),
            ("bridge_uri", bridge_uri),
            (
                "client_conference_profile_id",
                (None if client_conference_profile_id is None else str(client_conference_profile_id)),
            ),
            ("ondemand_recording", (None if ondemand_recording is None else ("1" if ondemand_recording else "0"))),
            ("dnis_rewrite", dnis_rewrite),
            *(("client_filter_ids[]", str(x)) for x in (client_filter_ids or ())),
            ("announce_media_file_id", (None if announce_media_file_id is None else str(announce_media_file_id))),
            ("monitor_media_file_id", (None if monitor_media_file_id is None else str(monitor_media_file_id))),
            ("confirm_media_file_id", (None if confirm_media_file_id is None else str(confirm_media_file_id))),
            ("callerid_name_rewrite", callerid_name_rewrite),
            ("callerid_number_rewrite", callerid_number_rewrite),
            ("sms_notify_email", sms_notify_email),
            ("sms_forward_number", sms_forward_number),
            ("sms_callback_url", sms_callback_url),
            ("sms_autoreply_message", sms_autoreply_message),
            ("client_channel_id", (None if client_channel_id is None else str(client_channel_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            (
                "notify_callback_triggers",
                (None if notify_callback_triggers is None else ",".join(str(x) for x in notify_callback_triggers)),
            ),
            ("notify_callback_url", notify_callback_url),
            ("simultaneous_calls_limit", (None if simultaneous_calls_limit is None else str(simultaneous_calls_limit))),
            ("type", (None if type is None else str(type))),
            ("usage_type", str(usage_type)),
            ("recording_notify_recipient_name", recording_notify_recipient_name),
            ("recording_notify_recipient_email", recording_notify_recipient_email),
            ("peer_failover_causes", peer_failover_causes),
            ("pickup_group_ids", pickup_group_ids),
            ("sms_dnis_rewrite", sms_dnis_rewrite),
            ("exclude_e411_list", (None if exclude_e411_list is None else ("1" if exclude_e411_list else "0"))),
            ("exclude_e911_list", (None if exclude_e911_list is None else ("1" if exclude_e911_list else "0"))),
            *(("options[]", str(x)) for x in (options or ())),
            ("comments", comments),
            ("status", (None if status is None else str(status))),
            *(() if serialized_metadata is None else (("serialized_metadata", php_serialize(serialized_metadata)),)),
            ("raw_metadata", raw_metadata),
        )
    )
    return PreparedRequest("update_did", "GET", "/api/v1.1/json/update_did", query, mutates=True)


@with_mutation_context
def parse_update_did(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_did into its result, or raise the error it carries."""
    raise_for_status("update_did", response, body, (200,), ERRORS)
    return ERRORS.finish("update_did", response, body)


def build_delete_did(
    *,
    client_did_id: int | None = None,
    phone_number: str | None = None,
) -> PreparedRequest:
    """Check the arguments of delete_did and build its request."""
    problems: Problems = []
    check_scalar(problems, client_did_id, "client_did_id", "integer")
    check_scalar(problems, phone_number, "phone_number", "string", pattern=_RE_84407BE604)
    if client_did_id is None and phone_number is None:
        problems.append(("client_did_id", "one of client_did_id, phone_number is required"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("client_did_id", (None if client_did_id is None else str(client_did_id))),
            ("phone_number", phone_number),
        )
    )
    return PreparedRequest("delete_did", "GET", "/api/v1.1/json/delete_did", query, mutates=True)


@with_mutation_context
def parse_delete_did(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to delete_did into its result, or raise the error it carries."""
    raise_for_status("delete_did", response, body, (200,), ERRORS)
    return ERRORS.finish("delete_did", response, body)


def build_get_new_dids(
    *,
    type: NewDidType | None = None,
    npa: str | None = None,
    nxx: str | None = None,
    ratecenter_id: str | None = None,
    district: str | None = None,
    state_id: int | None = None,
    included_patterns: Sequence[NumberPattern] | None = None,
    order: NewDidOrder | None = None,
    t38_support: bool | None = None,
    sms_support: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of get_new_dids and build its request."""
    problems: Problems = []
    check_scalar(problems, type, "type", "enum", allowed=NEW_DID_TYPE_VALUES)
    check_scalar(problems, npa, "npa", "string", pattern=_RE_830D595766)
    check_scalar(problems, nxx, "nxx", "string", pattern=_RE_830D595766)
    check_scalar(problems, ratecenter_id, "ratecenter_id", "string", pattern=_RE_17DDC92317)
    check_scalar(problems, district, "district", "string")
    check_scalar(problems, state_id, "state_id", "integer")
    check_list(problems, included_patterns, "included_patterns", "enum", allowed=NUMBER_PATTERN_VALUES)
    check_scalar(problems, order, "order", "enum", allowed=NEW_DID_ORDER_VALUES)
    check_scalar(problems, t38_support, "t38_support", "boolean")
    check_scalar(problems, sms_support, "sms_support", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("type", (None if type is None else str(type))),
            ("npa", npa),
            ("nxx", nxx),
            ("ratecenter_id", ratecenter_id),
            ("district", district),
            ("state_id", (None if state_id is None else str(state_id))),
            ("included_patterns", (None if included_patterns is None else ",".join(str(x) for x in included_patterns))),
            ("order", (None if order is None else str(order))),
            ("t38_support", (None if t38_support is None else ("1" if t38_support else "0"))),
            ("sms_support", (None if sms_support is None else ("1" if sms_support else "0"))),
        )
    )
    return PreparedRequest("get_new_dids", "GET", "/api/v1.1/json/get_new_dids", query)


@with_context
def parse_get_new_dids(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_new_dids into its result, or raise the error it carries."""
    raise_for_status("get_new_dids", response, body, (200,), ERRORS)
    return ERRORS.finish("get_new_dids", response, body)


def build_activate_new_did(
    *,
    phone_number: str | None = None,
    did_id: int | None = None,
    skip_notification: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of activate_new_did and build its request."""
    problems: Problems = []
    check_scalar(problems, phone_number, "phone_number", "string", pattern=_RE_24E1DA2435)
    check_scalar(problems, did_id, "did_id", "integer")
    check_scalar(problems, skip_notification, "skip_notification", "boolean")
    if phone_number is None and did_id is None:
        problems.append(("phone_number", "one of phone_number, did_id is required"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("phone_number", phone_number),
            ("did_id", (None if did_id is None else str(did_id))),
            ("skip_notification", (None if skip_notification is None else ("1" if skip_notification else "0"))),
        )
    )
    return PreparedRequest("activate_new_did", "GET", "/api/v1.1/json/activate_new_did", query, mutates=True)


@with_mutation_context
def parse_activate_new_did(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to activate_new_did into its result, or raise the error it carries."""
    raise_for_status("activate_new_did", response, body, (200,), ERRORS)
    return ERRORS.finish("activate_new_did", response, body)


def build_order_new_dids(
    *,
    prefix: str | None = None,
    ratecenter_id: str | None = None,
    type: OrderDidType | None = None,
    quantity: int,
    prefix_preference: PrefixPreference | None = None,
    sequential: OrderSequence | None = None,
    t38_support: bool | None = None,
    sms_support: bool | None = None,
    mms_support: bool | None = None,
    capacity: Capacity | None = None,
    comments: str | None = None,
) -> PreparedRequest:
    """Check the arguments of order_new_dids and build its request."""
    problems: Problems = []
    check_scalar(problems, prefix, "prefix", "string", pattern=_RE_08AE973C9A)
    check_scalar(problems, ratecenter_id, "ratecenter_id", "string", pattern=_RE_17DDC92317)
    check_scalar(problems, type, "type", "enum", allowed=ORDER_DID_TYPE_VALUES)
    check_scalar(problems, quantity, "quantity", "integer", required=True, minimum=1, maximum=999)
    check_scalar(problems, prefix_preference, "prefix_preference", "enum", allowed=PREFIX_PREFERENCE_VALUES)
    check_scalar(problems, sequential, "sequential", "enum", allowed=ORDER_SEQUENCE_VALUES)
    check_scalar(problems, t38_support, "t38_support", "boolean")
    check_scalar(problems, sms_support, "sms_support", "boolean")
    check_scalar(problems, mms_support, "mms_support", "boolean")
    check_scalar(problems, capacity, "capacity", "enum", allowed=CAPACITY_VALUES)
    check_scalar(problems, comments, "comments", "string")
    if prefix is None and ratecenter_id is None:
        problems.append(("prefix", "one of prefix, ratecenter_id is required"))
    if prefix_preference == "prefix_only" and prefix is None:
        problems.append(("prefix", "is required when prefix_preference is 'prefix_only'"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("prefix", prefix),
            ("ratecenter_id", ratecenter_id),
            ("type", (None if type is None else str(type))),
            ("quantity", str(quantity)),
            ("prefix_preference", (None if prefix_preference is None else str(prefix_preference))),
            ("sequential", (None if sequential is None else str(sequential))),
            ("t38_support", (None if t38_support is None else ("1" if t38_support else "0"))),
            ("sms_support", (None if sms_support is None else ("1" if sms_support else "0"))),
            ("mms_support", (None if mms_support is None else ("1" if mms_support else "0"))),
            ("capacity", (None if capacity is None else str(capacity))),
            ("comments", comments),
        )
    )
    return PreparedRequest("order_new_dids", "GET", "/api/v1.1/json/order_new_dids", query, mutates=True)


@with_mutation_context
def parse_order_new_dids(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to order_new_dids into its result, or raise the error it carries."""
    raise_for_status("order_new_dids", response, body, (200,), ERRORS)
    return ERRORS.finish("order_new_dids", response, body)


def build_get_port_requests(
    *,
    port_request_id: str | None = None,
    client_subaccount_id: int | None = None,
    current_owner: str | None = None,
    phone_number: str | None = None,
    status: Sequence[PortRequestStatus] | None = None,
    date_from: _dt.date | None = None,
    date_to: _dt.date | None = None,
) -> PreparedRequest:
    """Check the arguments of get_port_requests and build its request."""
    problems: Problems = []
    check_scalar(problems, port_request_id, "port_request_id", "string", pattern=_RE_649704AFA2)
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, current_owner, "current_owner", "string")
    check_scalar(problems, phone_number, "phone_number", "string", pattern=_RE_08AE973C9A)
    check_list(problems, status, "status", "enum", allowed=PORT_REQUEST_STATUS_VALUES)
    check_scalar(problems, date_from, "date_from", "date")
    check_scalar(problems, date_to, "date_to", "date")
    raise_problems(problems)
    query = query_pairs(
        (
            ("port_request_id", port_request_id),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("current_owner", current_owner),
            ("phone_number", phone_number),
            ("status", (None if status is None else ",".join(str(x) for x in status))),
            ("date_from", (None if date_from is None else date_from.strftime("%Y-%m-%d"))),
            ("date_to", (None if date_to is None else date_to.strftime("%Y-%m-%d"))),
        )
    )
    return PreparedRequest("get_port_requests", "GET", "/api/v1.1/json/get_port_requests", query)


@with_context
def parse_get_port_requests(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_port_requests into its result, or raise the error it carries."""
    raise_for_status("get_port_requests", response, body, (200,), ERRORS)
    return ERRORS.finish("get_port_requests", response, body)


def build_update_port_request(
    *,
    mode: Mode | None = None,
    port_request_id: int | None = None,
    client_subaccount_id: int | None = None,
    friendly_name: str | None = None,
    phone_number_type: PhoneNumberType | None = None,
    phone_numbers: Sequence[str] | None = None,
    phone_numbers_to_keep: Sequence[str] | None = None,
    phone_numbers_to_cancel: Sequence[str] | None = None,
    features: Sequence[PortFeature] | None = None,
    capacity: Sequence[Capacity] | None = None,
    requested_firm_date: _dt.date | None = None,
    organization: str | None = None,
    organization_type: OrganizationType | None = None,
    current_provider: str | None = None,
    current_reseller: str | None = None,
    current_reseller_account: str | None = None,
    box_number: str | None = None,
    civic_number: int | None = None,
    street: str | None = None,
    unit_number: int | None = None,
    city: str | None = None,
    country_id: int | None = None,
    state_id: int | None = None,
    state_other: str | None = None,
    postal_code: str | None = None,
    client_instructions: str | None = None,
    is_notify_creation: bool | None = None,
    notification_client_user_id: str | None = None,
    extra_recipients: Sequence[str] | None = None,
    loa: bytes | None = None,
    bill: bytes | None = None,
    other: bytes | None = None,
    send_to_staff: bool | None = None,
    comments: str | None = None,
    serialized_metadata: object | None = None,
    raw_metadata: str | None = None,
) -> PreparedRequest:
    """Check the arguments of update_port_request and build its request."""
    problems: Problems = []
    check_scalar(problems, mode, "mode", "enum", allowed=MODE_VALUES)
    check_scalar(problems, port_request_id, "port_request_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, friendly_name, "friendly_name", "string", min_length=2, max_length=60)
    check_scalar(problems, phone_number_type, "phone_number_type", "enum", allowed=PHONE_NUMBER_TYPE_VALUES)
    check_list(problems, phone_numbers, "phone_numbers", "string", pattern=_RE_84407BE604)
    check_list(problems, phone_numbers_to_keep, "phone_numbers_to_keep", "string", pattern=_RE_84407BE604)
    check_list(problems, phone_numbers_to_cancel, "phone_numbers_to_cancel", "string", pattern=_RE_84407BE604)
    check_list(problems, features, "features", "enum", allowed=PORT_FEATURE_VALUES)
    check_list(problems, capacity, "capacity", "enum", allowed=CAPACITY_VALUES)
    check_scalar(problems, requested_firm_date, "requested_firm_date", "date")
    check_scalar(problems, organization, "organization", "string", min_length=2, max_length=60)
    check_scalar(problems, organization_type, "organization_type", "enum", allowed=ORGANIZATION_TYPE_VALUES)
    check_scalar(problems, current_provider, "current_provider", "string", min_length=2, max_length=60)
    check_scalar(problems, current_reseller, "current_reseller", "string", min_length=2, max_length=60)
    check_scalar(problems, current_reseller_account, "current_reseller_account", "string", min_length=2, max_length=60)
    check_scalar(problems, box_number, "box_number", "string")
    check_scalar(problems, civic_number, "civic_number", "integer")
    check_scalar(problems, street, "street", "string")
    check_scalar(problems, unit_number, "unit_number", "integer")
    check_scalar(problems, city, "city", "string")
    check_scalar(problems, country_id, "country_id", "integer")
    check_scalar(problems, state_id, "state_id", "integer")
    check_scalar(problems, state_other, "state_other", "string")
    check_scalar(problems, postal_code, "postal_code", "string")
    check_scalar(problems, client_instructions, "client_instructions", "string")
    check_scalar(problems, is_notify_creation, "is_notify_creation", "boolean")
    check_scalar(problems, notification_client_user_id, "notification_client_user_id", "string", pattern=_RE_3F50B249C8)
    check_list(problems, extra_recipients, "extra_recipients", "string")
    check_scalar(problems, loa, "loa", "file")
    check_scalar(problems, bill, "bill", "file")
    check_scalar(problems, other, "other", "file")
    check_scalar(problems, send_to_staff, "send_to_staff", "boolean")
    check_scalar(problems, comments, "comments", "string")
    check_encodable(problems, serialized_metadata, "serialized_metadata", php_serialize)
    check_scalar(problems, raw_metadata, "raw_metadata", "string")
    if (mode is None or mode == "update") and port_request_id is None:
        problems.append(("port_request_id", "is required when mode is 'update'"))
    if send_to_staff is True and phone_number_type is None:
        problems.append(("phone_number_type", "is required when send_to_staff is True"))
    if send_to_staff is True and phone_numbers is None:
        problems.append(("phone_numbers", "is required when send_to_staff is True"))
    if send_to_staff is True and capacity is None:
        problems.append(("capacity", "is required when send_to_staff is True"))
    if send_to_staff is True and organization is None:
        problems.append(("organization", "is required when send_to_staff is True"))
    if send_to_staff is True and organization_type is None:
        problems.append(("organization_type", "is required when send_to_staff is True"))
    if send_to_staff is True and current_provider is None:
        problems.append(("current_provider", "is required when send_to_staff is True"))
    if send_to_staff is True and civic_number is None:
        problems.append(("civic_number", "is required when send_to_staff is True"))
    if send_to_staff is True and street is None:
        problems.append(("street", "is required when send_to_staff is True"))
    if send_to_staff is True and city is None:
        problems.append(("city", "is required when send_to_staff is True"))
    if send_to_staff is True and country_id is None:
        problems.append(("country_id", "is required when send_to_staff is True"))
    if send_to_staff is True and postal_code is None:
        problems.append(("postal_code", "is required when send_to_staff is True"))
    if send_to_staff is True and notification_client_user_id is None:
        problems.append(("notification_client_user_id", "is required when send_to_staff is True"))
    if country_id == 38 and state_id is None:
        problems.append(("state_id", "is required when country_id is 38"))
    if country_id == 223 and state_id is None:
        problems.append(("state_id", "is required when country_id is 223"))
    if country_id is not None and country_id not in (38, 223) and state_other is None:
        problems.append(("state_other", "is required when country_id is given and is not 38 or 223"))
    raise_problems(problems)
    query = query_pairs(())
    files: tuple[tuple[str, bytes], ...] = tuple(
        (name, data) for name, data in (("loa", loa), ("bill", bill), ("other", other)) if data is not None
    )
    content, content_type = encode_multipart(
        query_pairs(
            (
                ("mode", (None if mode is None else str(mode))),
                ("port_request_id", (None if port_request_id is None else str(port_request_id))),
                ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
                ("friendly_name", friendly_name),
                ("phone_number_type", (None if phone_number_type is None else str(phone_number_type))),
                ("phone_numbers", (None if phone_numbers is None else ",".join(x for x in phone_numbers))),
                (
                    "phone_numbers_to_keep",
                    (None if phone_numbers_to_keep is None else ",".join(x for x in phone_numbers_to_keep)),
                ),
                (
                    "phone_numbers_to_cancel",
                    (None if phone_numbers_to_cancel is None else ",".join(x for x in phone_numbers_to_cancel)),
                ),
                ("features", (None if features is None else ",".join(str(x) for x in features))),
                ("capacity", (None if capacity is None else ",".join(str(x) for x in capacity))),
                (
                    "requested_firm_date",
                    (None if requested_firm_date is None else requested_firm_date.strftime("%Y-%m-%d")),
                ),
                ("organization", organization),
                ("organization_type", (None if organization_type is None else str(organization_type))),
                ("current_provider", current_provider),
                ("current_reseller", current_reseller),
                ("current_reseller_account", current_reseller_account),
                ("box_number", box_number),
                ("civic_number", (None if civic_number is None else str(civic_number))),
                ("street", street),
                ("unit_number", (None if unit_number is None else str(unit_number))),
                ("city", city),
                ("country_id", (None if country_id is None else str(country_id))),
                ("state_id", (None if state_id is None else str(state_id))),
                ("state_other", state_other),
                ("postal_code", postal_code),
                ("client_instructions", client_instructions),
                ("is_notify_creation", (None if is_notify_creation is None else ("1" if is_notify_creation else "0"))),
                ("notification_client_user_id", notification_client_user_id),
                ("extra_recipients", (None if extra_recipients is None else ",".join(x for x in extra_recipients))),
                ("send_to_staff", (None if send_to_staff is None else ("1" if send_to_staff else "0"))),
                ("comments", comments),
                *(
                    ()
                    if serialized_metadata is None
                    else (("serialized_metadata", php_serialize(serialized_metadata)),)
                ),
                ("raw_metadata", raw_metadata),
            )
        ),
        files,
    )
    return PreparedRequest(
        "update_port_request",
        "POST",
        "/api/v1.1/json/update_port_request",
        query,
        content=content,
        content_type=content_type,
        mutates=True,
    )


@with_mutation_context
def parse_update_port_request(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_port_request into its result, or raise the error it carries."""
    raise_for_status("update_port_request", response, body, (200,), ERRORS)
    return ERRORS.finish("update_port_request", response, body)


def build_lookup_did(
    *,
    phone_number: str,
) -> PreparedRequest:
    """Check the arguments of lookup_did and build its request."""
    problems: Problems = []
    check_scalar(problems, phone_number, "phone_number", "string", required=True, pattern=_RE_24E1DA2435)
    raise_problems(problems)
    query = query_pairs((("phone_number", phone_number),))
    return PreparedRequest("lookup_did", "GET", "/api/v1.1/json/lookup_did", query)


@with_context
def parse_lookup_did(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to lookup_did into its result, or raise the error it carries."""
    raise_for_status("lookup_did", response, body, (200,), ERRORS)
    return ERRORS.finish("lookup_did", response, body)


def build_get_did_areacodes(
    *,
    npa: str | None = None,
    ratecenter_id: str | None = None,
    country_id: int | None = None,
    state_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_did_areacodes and build its request."""
    problems: Problems = []
    check_scalar(problems, npa, "npa", "string", pattern=_RE_830D595766)
    check_scalar(problems, ratecenter_id, "ratecenter_id", "string", pattern=_RE_17DDC92317)
    check_scalar(problems, country_id, "country_id", "integer")
    check_scalar(problems, state_id, "state_id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("npa", npa),
            ("ratecenter_id", ratecenter_id),
            ("country_id", (None if country_id is None else str(country_id))),
            ("state_id", (None if state_id is None else str(state_id))),
        )
    )
    return PreparedRequest("get_did_areacodes", "GET", "/api/v1.1/json/get_did_areacodes", query)


@with_context
def parse_get_did_areacodes(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_did_areacodes into its result, or raise the error it carries."""
    raise_for_status("get_did_areacodes", response, body, (200,), ERRORS)
    return ERRORS.finish("get_did_areacodes", response, body)


def build_get_did_exchanges(
    *,
    npa: str | None = None,
    nxx: str | None = None,
    ratecenter_id: str | None = None,
    state_id: int | None = None,
    country_id: int | None = None,
    portability: bool | None = None,
    availability: bool | None = None,
    updated_since: _dt.date | None = None,
    result_limit: int | None = None,
    result_offset: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_did_exchanges and build its request."""
    problems: Problems = []
    check_scalar(problems, npa, "npa", "string", pattern=_RE_830D595766)
    check_scalar(problems, nxx, "nxx", "string", pattern=_RE_830D595766)
    check_scalar(problems, ratecenter_id, "ratecenter_id", "string", pattern=_RE_17DDC92317)
    check_scalar(problems, state_id, "state_id", "integer")
    check_scalar(problems, country_id, "country_id", "integer")
    check_scalar(problems, portability, "portability", "boolean")
    check_scalar(problems, availability, "availability", "boolean")
    check_scalar(problems, updated_since, "updated_since", "date")
    check_scalar(problems, result_limit, "result_limit", "integer", minimum=1, maximum=1000)
    check_scalar(problems, result_offset, "result_offset", "integer", minimum=0)
    raise_problems(problems)
    query = query_pairs(
        (
            ("npa", npa),
            ("nxx", nxx),
            ("ratecenter_id", ratecenter_id),
            ("state_id", (None if state_id is None else str(state_id))),
            ("country_id", (None if country_id is None else str(country_id))),
            ("portability", (None if portability is None else ("1" if portability else "0"))),
            ("availability", (None if availability is None else ("1" if availability else "0"))),
            ("updated_since", (None if updated_since is None else updated_since.strftime("%Y-%m-%d"))),
            ("result_limit", (None if result_limit is None else str(result_limit))),
            ("result_offset", (None if result_offset is None else str(result_offset))),
        )
    )
    return PreparedRequest("get_did_exchanges", "GET", "/api/v1.1/json/get_did_exchanges", query)


@with_context
def parse_get_did_exchanges(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_did_exchanges into its result, or raise the error it carries."""
    raise_for_status("get_did_exchanges", response, body, (200,), ERRORS)
    return ERRORS.finish("get_did_exchanges", response, body)


def build_get_ratecenters(
    *,
    npa: str | None = None,
    nxx: str | None = None,
    ratecenter_id: str | None = None,
    state_id: int | None = None,
    country_id: int | None = None,
    updated_since: _dt.date | None = None,
    result_limit: int | None = None,
    result_offset: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_ratecenters and build its request."""
    problems: Problems = []
    check_scalar(problems, npa, "npa", "string", pattern=_RE_830D595766)
    check_scalar(problems, nxx, "nxx", "string", pattern=_RE_830D595766)
    check_scalar(problems, ratecenter_id, "ratecenter_id", "string", pattern=_RE_17DDC92317)
    check_scalar(problems, state_id, "state_id", "integer")
    check_scalar(problems, country_id, "country_id", "integer")
    check_scalar(problems, updated_since, "updated_since", "date")
    check_scalar(problems, result_limit, "result_limit", "integer", minimum=1, maximum=1000)
    check_scalar(problems, result_offset, "result_offset", "integer", minimum=0)
    raise_problems(problems)
    query = query_pairs(
        (
            ("npa", npa),
            ("nxx", nxx),
            ("ratecenter_id", ratecenter_id),
            ("state_id", (None if state_id is None else str(state_id))),
            ("country_id", (None if country_id is None else str(country_id))),
            ("updated_since", (None if updated_since is None else updated_since.strftime("%Y-%m-%d"))),
            ("result_limit", (None if result_limit is None else str(result_limit))),
            ("result_offset", (None if result_offset is None else str(result_offset))),
        )
    )
    return PreparedRequest("get_ratecenters", "GET", "/api/v1.1/json/get_ratecenters", query)


@with_context
def parse_get_ratecenters(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_ratecenters into its result, or raise the error it carries."""
    raise_for_status("get_ratecenters", response, body, (200,), ERRORS)
    return ERRORS.finish("get_ratecenters", response, body)


def build_get_sms(
    *,
    sms_log_id: int | None = None,
    client_subaccount_id: int | None = None,
    sms_hash: str | None = None,
    direction: Direction | None = None,
    status: Sequence[StoredStatus] | None = None,
    transmission_status: Sequence[TransmissionStatus] | None = None,
    source_number: str | None = None,
    destination_number: str | None = None,
    date_from: _dt.date | None = None,
    date_to: _dt.date | None = None,
    result_limit: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_sms and build its request."""
    problems: Problems = []
    check_scalar(problems, sms_log_id, "sms_log_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, sms_hash, "sms_hash", "string", pattern=_RE_1A059BD149)
    check_scalar(problems, direction, "direction", "enum", allowed=DIRECTION_VALUES)
    check_list(problems, status, "status", "enum", allowed=STORED_STATUS_VALUES)
    check_list(problems, transmission_status, "transmission_status", "enum", allowed=TRANSMISSION_STATUS_VALUES)
    check_scalar(problems, source_number, "source_number", "string", pattern=_RE_08AE973C9A)
    check_scalar(problems, destination_number, "destination_number", "string", pattern=_RE_08AE973C9A)
    check_scalar(problems, date_from, "date_from", "date")
    check_scalar(problems, date_to, "date_to", "date")
    check_scalar(problems, result_limit, "result_limit", "integer", minimum=1, maximum=1000)
    raise_problems(problems)
    query = query_pairs(
        (
            ("sms_log_id", (None if sms_log_id is None else str(sms_log_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("sms_hash", sms_hash),
            ("direction", (None if direction is None else str(direction))),
            ("status", (None if status is None else ",".join(str(x) for x in status))),
            (
                "transmission_status",
                (None if transmission_status is None else ",".join(str(x) for x in transmission_status)),
            ),
            ("source_number", source_number),
            ("destination_number", destination_number),
            ("date_from", (None if date_from is None else date_from.strftime("%Y-%m-%d"))),
            ("date_to", (None if date_to is None else date_to.strftime("%Y-%m-%d"))),
            ("result_limit", (None if result_limit is None else str(result_limit))),
        )
    )
    return PreparedRequest("get_sms", "GET", "/api/v1.1/json/get_sms", query)


@with_context
def parse_get_sms(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_sms into its result, or raise the error it carries."""
    raise_for_status("get_sms", response, body, (200,), ERRORS)
    return ERRORS.finish("get_sms", response, body)


def build_delete_sms(
    *,
    sms_log_id: int,
) -> PreparedRequest:
    """Check the arguments of delete_sms and build its request."""
    problems: Problems = []
    check_scalar(problems, sms_log_id, "sms_log_id", "integer", required=True)
    raise_problems(problems)
    query = query_pairs((("sms_log_id", str(sms_log_id)),))
    return PreparedRequest("delete_sms", "GET", "/api/v1.1/json/delete_sms", query, mutates=True)


@with_mutation_context
def parse_delete_sms(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to delete_sms into its result, or raise the error it carries."""
    raise_for_status("delete_sms", response, body, (200,), ERRORS)
    return ERRORS.finish("delete_sms", response, body)


def build_get_sms_stats(
    *,
    date_from: _dt.date | None = None,
    date_to: _dt.date | None = None,
    client_subaccount_ids: Sequence[int] | None = None,
    message_types: Sequence[MessageType] | None = None,
) -> PreparedRequest:
    """Check the arguments of get_sms_stats and build its request."""
    problems: Problems = []
    check_scalar(problems, date_from, "date_from", "date")
    check_scalar(problems, date_to, "date_to", "date")
    check_list(problems, client_subaccount_ids, "client_subaccount_ids", "integer", max_items=10)
    check_list(problems, message_types, "message_types", "enum", allowed=MESSAGE_TYPE_VALUES)
    raise_problems(problems)
    query = query_pairs(
        (
            ("date_from", (None if date_from is None else date_from.strftime("%Y-%m-%d"))),
            ("date_to", (None if date_to is None else date_to.strftime("%Y-%m-%d"))),
            (
                "client_subaccount_ids",
                (None if client_subaccount_ids is None else ",".join(str(x) for x in client_subaccount_ids)),
            ),
            ("message_types", (None if message_types is None else ",".join(str(x) for x in message_types))),
        )
    )
    return PreparedRequest("get_sms_stats", "GET", "/api/v1.1/json/get_sms_stats", query)


@with_context
def parse_get_sms_stats(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_sms_stats into its result, or raise the error it carries."""
    raise_for_status("get_sms_stats", response, body, (200,), ERRORS)
    return ERRORS.finish("get_sms_stats", response, body)


def build_queue_sms(
    *,
    client_did_id: int | None = None,
    source_number: str | None = None,
    destination_number: str,
    message: str | None = None,
    attachments: bytes | None = None,
    retry_limit: int | None = None,
) -> PreparedRequest:
    """Check the arguments of queue_sms and build its request."""
    problems: Problems = []
    check_scalar(problems, client_did_id, "client_did_id", "integer")
    check_scalar(problems, source_number, "source_number", "string", pattern=_RE_84407BE604)
    check_scalar(problems, destination_number, "destination_number", "string", required=True, pattern=_RE_84407BE604)
    check_scalar(problems, message, "message", "string", max_length=1000)
    check_scalar(problems, attachments, "attachments", "file")
    check_scalar(problems, retry_limit, "retry_limit", "integer", minimum=0, maximum=5)
    if client_did_id is None and source_number is None:
        problems.append(("client_did_id", "one of client_did_id, source_number is required"))
    if message is None and attachments is None:
        problems.append(("message", "one of message, attachments is required"))
    raise_problems(problems)
    query = query_pairs(())
    files: tuple[tuple[str, bytes], ...] = tuple(
        (name, data) for name, data in (("attachments", attachments),) if data is not None
    )
    content, content_type = encode_multipart(
        query_pairs(
            (
                ("client_did_id", (None if client_did_id is None else str(client_did_id))),
                ("source_number", source_number),
                ("destination_number", destination_number),
                ("message", message),
                ("retry_limit", (None if retry_limit is None else str(retry_limit))),
            )
        ),
        files,
    )
    return PreparedRequest(
        "queue_sms", "POST", "/api/v1.1/json/queue_sms", query, content=content, content_type=content_type, mutates=True
    )


@with_mutation_context
def parse_queue_sms(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to queue_sms into its result, or raise the error it carries."""
    raise_for_status("queue_sms", response, body, (200,), ERRORS)
    return ERRORS.finish("queue_sms", response, body)


def build_get_sms_profiles(
    *,
    client_sms_profile_id: int | None = None,
    client_subaccount_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_sms_profiles and build its request."""
    problems: Problems = []
    check_scalar(problems, client_sms_profile_id, "client_sms_profile_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("client_sms_profile_id", (None if client_sms_profile_id is None else str(client_sms_profile_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
        )
    )
    return PreparedRequest("get_sms_profiles", "GET", "/api/v1.1/json/get_sms_profiles", query)


@with_context
def parse_get_sms_profiles(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_sms_profiles into its result, or raise the error it carries."""
    raise_for_status("get_sms_profiles", response, body, (200,), ERRORS)
    return ERRORS.finish("get_sms_profiles", response, body)


def build_update_sms_profile(
    *,
    mode: Mode | None = None,
    client_sms_profile_id: int | None = None,
    client_subaccount_id: int | None = None,
    friendly_name: str | None = None,
    language: Language | None = None,
    allowed_senders: Sequence[str] | None = None,
    notify_name: str | None = None,
    notify_email: str | None = None,
    forward_number: str | None = None,
    callback_url: str | None = None,
    backup_url: str | None = None,
    autoreply_message: str | None = None,
    client_did_id: int | None = None,
    options: Sequence[SmsProfileOption],
    status: EntityStatus | None = None,
    comments: str | None = None,
) -> PreparedRequest:
    """Check the arguments of update_sms_profile and build its request."""
    problems: Problems = []
    check_scalar(problems, mode, "mode", "enum", allowed=MODE_VALUES)
    check_scalar(problems, client_sms_profile_id, "client_sms_profile_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, friendly_name, "friendly_name", "string", min_length=2, max_length=32)
    check_scalar(problems, language, "language", "enum", allowed=LANGUAGE_VALUES)
    check_list(problems, allowed_senders, "allowed_senders", "string")
    check_scalar(problems, notify_name, "notify_name", "string")
    check_scalar(problems, notify_email, "notify_email", "string")
    check_scalar(problems, forward_number, "forward_number", "string", pattern=_RE_84407BE604)
    check_scalar(problems, callback_url, "callback_url", "string", pattern=_RE_25D2B07EE4)
    check_scalar(problems, backup_url, "backup_url", "string", pattern=_RE_25D2B07EE4)
    check_scalar(problems, autoreply_message, "autoreply_message", "string", max_length=160)
    check_scalar(problems, client_did_id, "client_did_id", "integer")
    check_list(problems, options, "options", "enum", allowed=SMS_PROFILE_OPTION_VALUES, required=True)
    check_scalar(problems, status, "status", "enum", allowed=ENTITY_STATUS_VALUES)
    check_scalar(problems, comments, "comments", "string")
    if (mode is None or mode == "update") and client_sms_profile_id is None:
        problems.append(("client_sms_profile_id", "is required when mode is 'update'"))
    if "inbound_completed_notification" in (options or ()) and notify_name is None:
        problems.append(("notify_name", "is required when options includes 'inbound_completed_notification'"))
    if "inbound_completed_notification" in (options or ()) and notify_email is None:
        problems.append(("notify_email", "is required when options includes 'inbound_completed_notification'"))
    if "enable_forwarding" in (options or ()) and forward_number is None:
        problems.append(("forward_number", "is required when options includes 'enable_forwarding'"))
    if "enable_callback" in (options or ()) and callback_url is None:
        problems.append(("callback_url", "is required when options includes 'enable_callback'"))
    if "enable_autoreply" in (options or ()) and autoreply_message is None:
        problems.append(("autoreply_message", "is required when options includes 'enable_autoreply'"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("mode", (None if mode is None else str(mode))),
            ("client_sms_profile_id", (None if client_sms_profile_id is None else str(client_sms_profile_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("friendly_name", friendly_name),
            ("language", (None if language is None else str(language))),
            ("allowed_senders", (None if allowed_senders is None else ",".join(x for x in allowed_senders))),
            ("notify_name", notify_name),
            ("notify_email", notify_email),
            ("forward_number", forward_number),
            ("callback_url", callback_url),
            ("backup_url", backup_url),
            ("autoreply_message", autoreply_message),
            ("client_did_id", (None if client_did_id is None else str(client_did_id))),
            ("options", ",".join(str(x) for x in options)),
            ("status", (None if status is None else str(status))),
            ("comments", comments),
        )
    )
    return PreparedRequest("update_sms_profile", "GET", "/api/v1.1/json/update_sms_profile", query, mutates=True)


@with_mutation_context
def parse_update_sms_profile(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_sms_profile into its result, or raise the error it carries."""
    raise_for_status("update_sms_profile", response, body, (200,), ERRORS)
    return ERRORS.finish("update_sms_profile", response, body)


def build_delete_sms_profile(
    *,
    client_sms_profile_id: int,
) -> PreparedRequest:
    """Check the arguments of delete_sms_profile and build its request."""
    problems: Problems = []
    check_scalar(problems, client_sms_profile_id, "client_sms_profile_id", "integer", required=True)
    raise_problems(problems)
    query = query_pairs((("client_sms_profile_id", str(client_sms_profile_id)),))
    return PreparedRequest("delete_sms_profile", "GET", "/api/v1.1/json/delete_sms_profile", query, mutates=True)


@with_mutation_context
def parse_delete_sms_profile(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to delete_sms_profile into its result, or raise the error it carries."""
    raise_for_status("delete_sms_profile", response, body, (200,), ERRORS)
    return ERRORS.finish("delete_sms_profile", response, body)


def build_get_peers(
    *,
    client_peer_id: int | None = None,
    client_channel_id: int | None = None,
    client_subaccount_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_peers and build its request."""
    problems: Problems = []
    check_scalar(problems, client_peer_id, "client_peer_id", "integer")
    check_scalar(problems, client_channel_id, "client_channel_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("client_peer_id", (None if client_peer_id is None else str(client_peer_id))),
            ("client_channel_id", (None if client_channel_id is None else str(client_channel_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
        )
    )
    return PreparedRequest("get_peers", "GET", "/api/v1.1/json/get_peers", query)


@with_context
def parse_get_peers(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_peers into its result, or raise the error it carries."""
    raise_for_status("get_peers", response, body, (200,), ERRORS)
    return ERRORS.finish("get_peers", response, body)


def build_update_peer(
    *,
    mode: Mode | None = None,
    client_peer_id: int | None = None,
    proxy_id: int | None = None,
    friendly_name: str,
    host_type: HostType,
    host: str | None = None,
    port: int | None = None,
    peer_username: str | None = None,
    username: str | None = None,
    password: str | None = None,
    callerid_name: str | None = None,
    callerid_number: str | None = None,
    callerid_mode: CalleridMode,
    callerid_type: CalleridType | None = None,
    callerid_format: CalleridFormat | None = None,
    client_callerid_profile_id: int | None = None,
    transport: Transport | None = None,
    codecs: Sequence[Codec] | None = None,
    dtmf_mode: DtmfMode | None = None,
    dnis_mode: DnisMode | None = None,
    dnis_format: DnisFormat | None = None,
    force_ring_signal: bool | None = None,
    enable_nat: bool | None = None,
    enable_reinvite: bool | None = None,
    enable_recording: bool | None = None,
    ondemand_recording: bool | None = None,
    enable_dnis: bool | None = None,
    enable_notification: bool | None = None,
    simultaneous_calls_limit: int | None = None,
    enable_auth: bool | None = None,
    auth_username: str | None = None,
    enable_qualify: bool | None = None,
    qualify: int | None = None,
    default_ip: str | None = None,
    client_channel_id: int | None = None,
    client_subaccount_id: int | None = None,
    client_filter_ids: Sequence[int] | None = None,
    enable_notify_callback: bool | None = None,
    notify_callback_triggers: Sequence[NotifyTrigger] | None = None,
    notify_callback_url: str | None = None,
    register_timeout: int | None = None,
    progress_timeout: int | None = None,
    provisioned_endpoint_id: int | None = None,
    status: EnabledStatus | None = None,
    comments: str | None = None,
    serialized_metadata: object | None = None,
    raw_metadata: str | None = None,
) -> PreparedRequest:
    """Check the arguments of update_peer and build its request."""
    problems: Problems = []
    check_scalar(problems, mode, "mode", "enum", allowed=MODE_VALUES)
    check_scalar(problems, client_peer_id, "client_peer_id", "integer")
    check_scalar(problems, proxy_id, "proxy_id", "integer")
    check_scalar(problems, friendly_name, "friendly_name", "string", required=True, min_length=2, max_length=32)
    check_scalar(problems, host_type, "host_type", "enum", allowed=HOST_TYPE_VALUES, required=True)
    check_scalar(problems, host, "host", "string")
    check_scalar(problems, port, "port", "integer", minimum=1, maximum=65535)
    check_scalar(problems, peer_username, "peer_username", "string", min_length=6, max_length=32)
    check_scalar(problems, username, "username", "string", min_length=6, max_length=32)
    check_scalar(problems, password, "password", "string", min_length=6, max_length=32)
    check_scalar(problems, callerid_name, "callerid_name", "string", min_length=3, max_length=15)
    check_scalar(problems, callerid_number, "callerid_number", "string", pattern=_RE_84407BE604)
    check_scalar(problems, callerid_mode, "callerid_mode", "enum", allowed=CALLERID_MODE_VALUES, required=True)
    check_scalar(problems, callerid_type, "callerid_type", "enum", allowed=CALLERID_TYPE_VALUES)
    check_scalar(problems, callerid_format, "callerid_format", "enum", allowed=CALLERID_FORMAT_VALUES)
    check_scalar(problems, client_callerid_profile_id, "client_callerid_profile_id", "integer")
    check_scalar(problems, transport, "transport", "enum", allowed=TRANSPORT_VALUES)
    check_list(problems, codecs, "codecs", "enum", allowed=CODEC_VALUES)
    check_scalar(problems, dtmf_mode, "dtmf_mode", "enum", allowed=DTMF_MODE_VALUES)
    check_scalar(problems, dnis_mode, "dnis_mode", "enum", allowed=DNIS_MODE_VALUES)
    check_scalar(problems, dnis_format, "dnis_format", "enum", allowed=DNIS_FORMAT_VALUES)
    check_scalar(problems, force_ring_signal, "force_ring_signal", "boolean")
    check_scalar(problems, enable_nat, "enable_nat", "boolean")
    check_scalar(problems, enable_reinvite, "enable_reinvite", "boolean")
    check_scalar(problems, enable_recording, "enable_recording", "boolean")
    check_scalar(problems, ondemand_recording, "ondemand_recording", "boolean")
    check_scalar(problems, enable_dnis, "enable_dnis", "boolean")
    check_scalar(problems, enable_notification, "enable_notification", "boolean")
    check_scalar(problems, simultaneous_calls_limit, "simultaneous_calls_limit", "integer", minimum=0, maximum=255)
    check_scalar(problems, enable_auth, "enable_auth", "boolean")
    check_scalar(problems, auth_username, "auth_username", "string", min_length=3, max_length=32)
    check_scalar(problems, enable_qualify, "enable_qualify", "boolean")
    check_scalar(problems, qualify, "qualify", "integer", minimum=2000, maximum=60000)
    check_scalar(problems, default_ip, "default_ip", "string")
    check_scalar(problems, client_channel_id, "client_channel_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_list(problems, client_filter_ids, "client_filter_ids", "integer")
    check_scalar(problems, enable_notify_callback, "enable_notify_callback", "boolean")
    check_list(problems, notify_callback_triggers, "notify_callback_triggers", "enum", allowed=NOTIFY_TRIGGER_VALUES)
    check_scalar(problems, notify_callback_url, "notify_callback_url", "string", pattern=_RE_25D2B07EE4)
    check_scalar(problems, register_timeout, "register_timeout", "integer", minimum=120, maximum=7200)
    check_scalar(problems, progress_timeout, "progress_timeout", "integer", minimum=1, maximum=10)
    check_scalar(problems, provisioned_endpoint_id, "provisioned_endpoint_id", "integer", minimum=0)
    check_scalar(problems, status, "status", "enum", allowed=ENABLED_STATUS_VALUES)
    check_scalar(problems, comments, "comments", "string")
    check_encodable(problems, serialized_metadata, "serialized_metadata", php_serialize)
    check_scalar(problems, raw_metadata, "raw_metadata", "string")
    if (mode is None or mode == "update") and client_peer_id is None:
        problems.append(("client_peer_id", "is required when mode is 'update'"))
    if mode == "create" and proxy_id is None:
        problems.append(("proxy_id", "is required when mode is 'create'"))
    if mode == "create" and peer_username is None:
        problems.append(("peer_username", "is required when mode is 'create'"))
    if mode == "create" and progress_timeout is None:
        problems.append(("progress_timeout", "is required when mode is 'create'"))
    if (mode is None or mode == "update") and callerid_type is None:
        problems.append(("callerid_type", "is required when mode is 'update'"))
    if (mode is None or mode == "update") and callerid_format is None:
        problems.append(("callerid_format", "is required when mode is 'update'"))
    if (mode is None or mode == "update") and codecs is None:
        problems.append(("codecs", "is required when mode is 'update'"))
    if (mode is None or mode == "update") and dtmf_mode is None:
        problems.append(("dtmf_mode", "is required when mode is 'update'"))
    if (mode is None or mode == "update") and dnis_mode is None:
        problems.append(("dnis_mode", "is required when mode is 'update'"))
    if (mode is None or mode == "update") and dnis_format is None:
        problems.append(("dnis_format", "is required when mode is 'update'"))
    if (mode is None or mode == "update") and status is None:
        problems.append(("status", "is required when mode is 'update'"))
    if callerid_mode == "smart" and client_callerid_profile_id is None:
        problems.append(("client_callerid_profile_id", "is required when callerid_mode is 'smart'"))
    if host_type == "static" and transport is None:
        problems.append(("transport", "is required when host_type is 'static'"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("mode", (None if mode is None else str(mode))),
            ("client_peer_id", (None if client_peer_id is None else str(client_peer_id))),
            ("proxy_id", (None if proxy_id is None else str(proxy_id))),
            ("friendly_name", friendly_name),
            ("host_type", str(host_type)),
            ("host", host),
            ("port", (None if port is None else str(port))),
            ("peer_username", peer_username),
            ("username", username),
            ("password", password),
            ("callerid_name", callerid_name),
            ("callerid_number", callerid_number),
            ("callerid_mode", str(callerid_mode)),
            ("callerid_type", (None if callerid_type is None else str(callerid_type))),
            ("callerid_format", (None if callerid_format is None else str(callerid_format))),
            (
                "client_callerid_profile_id",
                (None if client_callerid_profile_id is None else str(client_callerid_profile_id)),
            ),
            ("transport", (None if transport is None else str(transport))),
            ("codecs", (None if codecs is None else ",".join(str(x) for x in codecs))),
            ("dtmf_mode", (None if dtmf_mode is None else str(dtmf_mode))),
            ("dnis_mode", (None if dnis_mode is None else str(dnis_mode))),
            ("dnis_format", (None if dnis_format is None else str(dnis_format))),
            ("force_ring_signal", (None if force_ring_signal is None else ("1" if force_ring_signal else "0"))),
            ("enable_nat", (None if enable_nat is None else ("1" if enable_nat else "0"))),
            ("enable_reinvite", (None if enable_reinvite is None else ("1" if enable_reinvite else "0"))),
            ("enable_recording", (None if enable_recording is None else ("1" if enable_recording else "0"))),
            ("ondemand_recording", (None if ondemand_recording is None else ("1" if ondemand_recording else "0"))),
            ("enable_dnis", (None if enable_dnis is None else ("1" if enable_dnis else "0"))),
            ("enable_notification", (None if enable_notification is None else ("1" if enable_notification else "0"))),
            ("simultaneous_calls_limit", (None if simultaneous_calls_limit is None else str(simultaneous_calls_limit))),
            ("enable_auth", (None if enable_auth is None else ("1" if enable_auth else "0"))),
            ("auth_username", auth_username),
            ("enable_qualify", (None if enable_qualify is None else ("1" if enable_qualify else "0"))),
            ("qualify", (None if qualify is None else str(qualify))),
            ("default_ip", default_ip),
            ("client_channel_id", (None if client_channel_id is None else str(client_channel_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            *(("client_filter_ids[]", str(x)) for x in (client_filter_ids or ())),
            (
                "enable_notify_callback",
                (None if enable_notify_callback is None else ("1" if enable_notify_callback else "0")),
            ),
            (
                "notify_callback_triggers",
                (None if notify_callback_triggers is None else ",".join(str(x) for x in notify_callback_triggers)),
            ),
            ("notify_callback_url", notify_callback_url),
            ("register_timeout", (None if register_timeout is None else str(register_timeout))),
            ("progress_timeout", (None if progress_timeout is None else str(progress_timeout))),
            ("provisioned_endpoint_id", (None if provisioned_endpoint_id is None else str(provisioned_endpoint_id))),
            ("status", (None if status is None else str(status))),
            ("comments", comments),
            *(() if serialized_metadata is None else (("serialized_metadata", php_serialize(serialized_metadata)),)),
            ("raw_metadata", raw_metadata),
        )
    )
    return PreparedRequest(
        "update_peer", "GET", "/api/v1.1/json/update_peer", query, mutates=True, secrets=secret_texts(password)
    )


@with_mutation_context
def parse_update_peer(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_peer into its result, or raise the error it carries."""
    raise_for_status("update_peer", response, body, (200,), ERRORS)
    return ERRORS.finish("update_peer", response, body)


def build_delete_peer(
    *,
    client_peer_id: int,
) -> PreparedRequest:
    """Check the arguments of delete_peer and build its request."""
    problems: Problems = []
    check_scalar(problems, client_peer_id, "client_peer_id", "integer", required=True)
    raise_problems(problems)
    query = query_pairs((("client_peer_id", str(client_peer_id)),))
    return PreparedRequest("delete_peer", "GET", "/api/v1.1/json/delete_peer", query, mutates=True)


@with_mutation_context
def parse_delete_peer(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to delete_peer into its result, or raise the error it carries."""
    raise_for_status("delete_peer", response, body, (200,), ERRORS)
    return ERRORS.finish("delete_peer", response, body)


def build_get_mailboxes(
    *,
    client_mailbox_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_mailboxes and build its request."""
    problems: Problems = []
    check_scalar(problems, client_mailbox_id, "client_mailbox_id", "integer")
    raise_problems(problems)
    query = query_pairs((("client_mailbox_id", (None if client_mailbox_id is None else str(client_mailbox_id))),))
    return PreparedRequest("get_mailboxes", "GET", "/api/v1.1/json/get_mailboxes", query)


@with_context
def parse_get_mailboxes(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_mailboxes into its result, or raise the error it carries."""
    raise_for_status("get_mailboxes", response, body, (200,), ERRORS)
    return ERRORS.finish("get_mailboxes", response, body)


def build_update_mailbox(
    *,
    mode: Mode | None = None,
    client_mailbox_id: int | None = None,
    client_subaccount_id: int | None = None,
    friendly_name: str | None = None,
    passcode: str | None = None,
    email: str | None = None,
    enable_mail_notification: bool | None = None,
    contact_name: str | None = None,
    enable_peer_notification: bool | None = None,
    notification_peers: Sequence[int] | None = None,
    notification_duration: int | None = None,
    status: EnabledStatus | None = None,
    comments: str | None = None,
    serialized_metadata: object | None = None,
    raw_metadata: str | None = None,
) -> PreparedRequest:
    """Check the arguments of update_mailbox and build its request."""
    problems: Problems = []
    check_scalar(problems, mode, "mode", "enum", allowed=MODE_VALUES)
    check_scalar(problems, client_mailbox_id, "client_mailbox_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, friendly_name, "friendly_name", "string", min_length=2, max_length=32)
    check_scalar(problems, passcode, "passcode", "string", pattern=_RE_B90660B820)
    check_scalar(problems, email, "email", "string", pattern=_RE_31F75A318C)
    check_scalar(problems, enable_mail_notification, "enable_mail_notification", "boolean")
    check_scalar(problems, contact_name, "contact_name", "string", min_length=4, max_length=60)
    check_scalar(problems, enable_peer_notification, "enable_peer_notification", "boolean")
    check_list(problems, notification_peers, "notification_peers", "integer", min_items=1, max_items=10)
    check_scalar(problems, notification_duration, "notification_duration", "integer", minimum=5, maximum=60)
    check_scalar(problems, status, "status", "enum", allowed=ENABLED_STATUS_VALUES)
    check_scalar(problems, comments, "comments", "string")
    check_encodable(problems, serialized_metadata, "serialized_metadata", php_serialize)
    check_scalar(problems, raw_metadata, "raw_metadata", "string")
    if (mode is None or mode == "update") and client_mailbox_id is None:
        problems.append(("client_mailbox_id", "is required when mode is 'update'"))
    if enable_mail_notification is True and contact_name is None:
        problems.append(("contact_name", "is required when enable_mail_notification is True"))
    if enable_peer_notification is True and notification_peers is None:
        problems.append(("notification_peers", "is required when enable_peer_notification is True"))
    if enable_mail_notification is True and enable_peer_notification is True and notification_duration is None:
        problems.append(
            (
                "notification_duration",
                "is required when enable_mail_notification is True and enable_peer_notification is True",
            )
        )
    raise_problems(problems)
    query = query_pairs(
        (
            ("mode", (None if mode is None else str(mode))),
            ("client_mailbox_id", (None if client_mailbox_id is None else str(client_mailbox_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("friendly_name", friendly_name),
            ("passcode", passcode),
            ("email", email),
            (
                "enable_mail_notification",
                (None if enable_mail_notification is None else ("1" if enable_mail_notification else "0")),
            ),
            ("contact_name", contact_name),
            (
                "enable_peer_notification",
                (None if enable_peer_notification is None else ("1" if enable_peer_notification else "0")),
            ),
            (
                "notification_peers",
                (None if notification_peers is None else ",".join(str(x) for x in notification_peers)),
            ),
            ("notification_duration", (None if notification_duration is None else str(notification_duration))),
            ("status", (None if status is None else str(status))),
            ("comments", comments),
            *(() if serialized_metadata is None else (("serialized_metadata", php_serialize(serialized_metadata)),)),
            ("raw_metadata", raw_metadata),
        )
    )
    return PreparedRequest(
        "update_mailbox", "GET", "/api/v1.1/json/update_mailbox", query, mutates=True, secrets=secret_texts(passcode)
    )


@with_mutation_context
def parse_update_mailbox(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_mailbox into its result, or raise the error it carries."""
    raise_for_status("update_mailbox", response, body, (200,), ERRORS)
    return ERRORS.finish("update_mailbox", response, body)


def build_delete_mailbox(
    *,
    client_mailbox_id: int,
) -> PreparedRequest:
    """Check the arguments of delete_mailbox and build its request."""
    problems: Problems = []
    check_scalar(problems, client_mailbox_id, "client_mailbox_id", "integer", required=True)
    raise_problems(problems)
    query = query_pairs((("client_mailbox_id", str(client_mailbox_id)),))
    return PreparedRequest("delete_mailbox", "GET", "/api/v1.1/json/delete_mailbox", query, mutates=True)


@with_mutation_context
def parse_delete_mailbox(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to delete_mailbox into its result, or raise the error it carries."""
    raise_for_status("delete_mailbox", response, body, (200,), ERRORS)
    return ERRORS.finish("delete_mailbox", response, body)


def build_get_tts_voice_name() -> PreparedRequest:
    """Check the arguments of get_tts_voice_name and build its request."""
    problems: Problems = []
    raise_problems(problems)
    query = query_pairs(())
    return PreparedRequest("get_tts_voice_name", "GET", "/api/v1.1/json/get_tts_voice_name", query)


@with_context
def parse_get_tts_voice_name(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_tts_voice_name into its result, or raise the error it carries."""
    raise_for_status("get_tts_voice_name", response, body, (200,), ERRORS)
    return ERRORS.finish("get_tts_voice_name", response, body)


def build_update_mailbox_greeting(
    *,
    mode: GreetingMode,
    client_mailbox_id: int,
    friendly_name: str | None = None,
    text: str | None = None,
    voice_name: str | None = None,
    client_media_file_id: int | None = None,
    attachments: bytes | None = None,
) -> PreparedRequest:
    """Check the arguments of update_mailbox_greeting and build its request."""
    problems: Problems = []
    check_scalar(problems, mode, "mode", "enum", allowed=GREETING_MODE_VALUES, required=True)
    check_scalar(problems, client_mailbox_id, "client_mailbox_id", "integer", required=True)
    check_scalar(problems, friendly_name, "friendly_name", "string", min_length=2, max_length=32)
    check_scalar(problems, text, "text", "string")
    check_scalar(problems, voice_name, "voice_name", "string")
    check_scalar(problems, client_media_file_id, "client_media_file_id", "integer")
    check_scalar(problems, attachments, "attachments", "file")
    if mode == "text_to_speech" and text is None:
        problems.append(("text", "is required when mode is 'text_to_speech'"))
    if mode == "existing_file" and client_media_file_id is None:
        problems.append(("client_media_file_id", "is required when mode is 'existing_file'"))
    if mode == "post_file" and attachments is None:
        problems.append(("attachments", "is required when mode is 'post_file'"))
    raise_problems(problems)
    query = query_pairs(())
    files: tuple[tuple[str, bytes], ...] = tuple(
        (name, data) for name, data in (("attachments", attachments),) if data is not None
    )
    content, content_type = encode_multipart(
        query_pairs(
            (
                ("mode", str(mode)),
                ("client_mailbox_id", str(client_mailbox_id)),
                ("friendly_name", friendly_name),
                ("text", text),
                ("voice_name", voice_name),
                ("client_media_file_id", (None if client_media_file_id is None else str(client_media_file_id))),
            )
        ),
        files,
    )
    return PreparedRequest(
        "update_mailbox_greeting",
        "POST",
        "/api/v1.1/json/update_mailbox_greeting",
        query,
        content=content,
        content_type=content_type,
        mutates=True,
    )


@with_mutation_context
def parse_update_mailbox_greeting(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_mailbox_greeting into its result, or raise the error it carries."""
    raise_for_status("update_mailbox_greeting", response, body, (200,), ERRORS)
    return ERRORS.finish("update_mailbox_greeting", response, body)


def build_get_extensions(
    *,
    client_extension_id: int | None = None,
    client_subaccount_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_extensions and build its request."""
    problems: Problems = []
    check_scalar(problems, client_extension_id, "client_extension_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("client_extension_id", (None if client_extension_id is None else str(client_extension_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
        )
    )
    return PreparedRequest("get_extensions", "GET", "/api/v1.1/json/get_extensions", query)


@with_context
def parse_get_extensions(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_extensions into its result, or raise the error it carries."""
    raise_for_status("get_extensions", response, body, (200,), ERRORS)
    return ERRORS.finish("get_extensions", response, body)


def build_update_extension(
    *,
    mode: Mode | None = None,
    client_extension_id: int | None = None,
    extension: int | None = None,
    friendly_name: str | None = None,
    client_peer_ids: Sequence[int] | None = None,
    peer_timeout: RingTimeout | None = None,
    enable_peer: bool | None = None,
    client_queue_ids: Sequence[int] | None = None,
    forward_number: str | None = None,
    forward_timeout: RingTimeout | None = None,
    enable_forwarding: bool | None = None,
    announce_media_file_id: int | None = None,
    send_dtmf: str | None = None,
    voice_language: Language | None = None,
    confirm_media_file_id: int | None = None,
    client_mailbox_id: int | None = None,
    enable_voicemail: bool | None = None,
    enable_parking: bool | None = None,
    options: Sequence[ConfirmOption] | None = None,
    dnis_rewrite: str | None = None,
    client_subaccount_id: int | None = None,
    status: EnabledStatus | None = None,
    comments: str | None = None,
    serialized_metadata: object | None = None,
    raw_metadata: str | None = None,
) -> PreparedRequest:
    """Check the arguments of update_extension and build its request."""
    problems: Problems = []
    check_scalar(problems, mode, "mode", "enum", allowed=MODE_VALUES)
    check_scalar(problems, client_extension_id, "client_extension_id", "integer")
    check_scalar(problems, extension, "extension", "integer", minimum=1000, maximum=9999)
    check_scalar(problems, friendly_name, "friendly_name", "string", min_length=2, max_length=32)
    check_list(problems, client_peer_ids, "client_peer_ids", "integer")
    check_scalar(problems, peer_timeout, "peer_timeout", "enum", allowed=RING_TIMEOUT_VALUES)
    check_scalar(problems, enable_peer, "enable_peer", "boolean")
    check_list(problems, client_queue_ids, "client_queue_ids", "integer")
    check_scalar(problems, forward_number, "forward_number", "string", pattern=_RE_84407BE604)
    check_scalar(problems, forward_timeout, "forward_timeout", "enum", allowed=RING_TIMEOUT_VALUES)
    check_scalar(problems, enable_forwarding, "enable_forwarding", "boolean")
    check_scalar(problems, announce_media_file_id, "announce_media_file_id", "integer")
    check_scalar(problems, send_dtmf, "send_dtmf", "string", pattern=_RE_0ADF62BB5C)
    check_scalar(problems, voice_language, "voice_language", "enum", allowed=LANGUAGE_VALUES)
    check_scalar(problems, confirm_media_file_id, "confirm_media_file_id", "integer")
    check_scalar(problems, client_mailbox_id, "client_mailbox_id", "integer")
    check_scalar(problems, enable_voicemail, "enable_voicemail", "boolean")
    check_scalar(problems, enable_parking, "enable_parking", "boolean")
    check_list(problems, options, "options", "enum", allowed=CONFIRM_OPTION_VALUES)
    check_scalar(problems, dnis_rewrite, "dnis_rewrite", "string", pattern=_RE_84407BE604)
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, status, "status", "enum", allowed=ENABLED_STATUS_VALUES)
    check_scalar(problems, comments, "comments", "string")
    check_encodable(problems, serialized_metadata, "serialized_metadata", php_serialize)
    check_scalar(problems, raw_metadata, "raw_metadata", "string")
    if (mode is None or mode == "update") and client_extension_id is None:
        problems.append(("client_extension_id", "is required when mode is 'update'"))
    if "announce_caller" in (options or ()) and announce_media_file_id is None:
        problems.append(("announce_media_file_id", "is required when options includes 'announce_caller'"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("mode", (None if mode is None else str(mode))),
            ("client_extension_id", (None if client_extension_id is None else str(client_extension_id))),
            ("extension", (None if extension is None else str(extension))),
            ("friendly_name", friendly_name),
            *(("client_peer_ids[]", str(x)) for x in (client_peer_ids or ())),
            ("peer_timeout", (None if peer_timeout is None else str(peer_timeout))),
            ("enable_peer", (None if enable_peer is None else ("1" if enable_peer else "0"))),
            ("client_queue_ids", (None if client_queue_ids is None else ",".join(str(x) for x in client_queue_ids))),
            ("forward_number", forward_number),
            ("forward_timeout", (None if forward_timeout is None else str(forward_timeout))),
            ("enable_forwarding", (None if enable_forwarding is None else ("1" if enable_forwarding else "0"))),
            ("announce_media_file_id", (None if announce_media_file_id is None else str(announce_media_file_id))),
            ("send_dtmf", send_dtmf),
            ("voice_language", (None if voice_language is None else str(voice_language))),
            ("confirm_media_file_id", (None if confirm_media_file_id is None else str(confirm_media_file_id))),
            ("client_mailbox_id", (None if client_mailbox_id is None else str(client_mailbox_id))),
            ("enable_voicemail", (None if enable_voicemail is None else ("1" if enable_voicemail else "0"))),
            ("enable_parking", (None if enable_parking is None else ("1" if enable_parking else "0"))),
            *(("options[]", str(x)) for x in (options or ())),
            ("dnis_rewrite", dnis_rewrite),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("status", (None if status is None else str(status))),
            ("comments", comments),
            *(() if serialized_metadata is None else (("serialized_metadata", php_serialize(serialized_metadata)),)),
            ("raw_metadata", raw_metadata),
        )
    )
    return PreparedRequest("update_extension", "GET", "/api/v1.1/json/update_extension", query, mutates=True)


@with_mutation_context
def parse_update_extension(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_extension into its result, or raise the error it carries."""
    raise_for_status("update_extension", response, body, (200,), ERRORS)
    return ERRORS.finish("update_extension", response, body)


def build_get_account_details() -> PreparedRequest:
    """Check the arguments of get_account_details and build its request."""
    problems: Problems = []
    raise_problems(problems)
    query = query_pairs(())
    return PreparedRequest("get_account_details", "GET", "/api/v1.1/json/get_account_details", query)


@with_context
def parse_get_account_details(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_account_details into its result, or raise the error it carries."""
    raise_for_status("get_account_details", response, body, (200,), ERRORS)
    return ERRORS.finish("get_account_details", response, body)


def build_get_account_preferences() -> PreparedRequest:
    """Check the arguments of get_account_preferences and build its request."""
    problems: Problems = []
    raise_problems(problems)
    query = query_pairs(())
    return PreparedRequest("get_account_preferences", "GET", "/api/v1.1/json/get_account_preferences", query)


@with_context
def parse_get_account_preferences(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_account_preferences into its result, or raise the error it carries."""
    raise_for_status("get_account_preferences", response, body, (200,), ERRORS)
    return ERRORS.finish("get_account_preferences", response, body)


def build_get_subaccounts(
    *,
    client_subaccount_id: int | None = None,
    client_brand_id: int | None = None,
    status: Sequence[EntityStatus] | None = None,
    get_associations: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of get_subaccounts and build its request."""
    problems: Problems = []
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, client_brand_id, "client_brand_id", "integer")
    check_list(problems, status, "status", "enum", allowed=ENTITY_STATUS_VALUES)
    check_scalar(problems, get_associations, "get_associations", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("client_brand_id", (None if client_brand_id is None else str(client_brand_id))),
            ("status", (None if status is None else ",".join(str(x) for x in status))),
            ("get_associations", (None if get_associations is None else ("1" if get_associations else "0"))),
        )
    )
    return PreparedRequest("get_subaccounts", "GET", "/api/v1.1/json/get_subaccounts", query)


@with_context
def parse_get_subaccounts(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_subaccounts into its result, or raise the error it carries."""
    raise_for_status("get_subaccounts", response, body, (200,), ERRORS)
    return ERRORS.finish("get_subaccounts", response, body)


def build_update_subaccount(
    *,
    mode: Mode | None = None,
    client_subaccount_id: int | None = None,
    client_brand_id: int | None = None,
    custom_id: str | None = None,
    friendly_name: str,
    call_limit: int | None = None,
    allow_international_call: YesNo | None = None,
    international_call_limit: int | None = None,
    require_international_nip: YesNo | None = None,
    international_nip: Sequence[str] | None = None,
    multi_tenancy_mode: MultiTenancyMode,
    multi_tenancy_subaccount_id: int | None = None,
    organization: str | None = None,
    organization_type: OrganizationType | None = None,
    client_profile: ClientProfile | None = None,
    voice_language: Language | None = None,
    notification_language: Language | None = None,
    callerid_name: str | None = None,
    callerid_number: str | None = None,
    client_moh_profile_id: int | None = None,
    default_provisioned_endpoint_id: int | None = None,
    options: Sequence[SubaccountOption] | None = None,
    status: EntityStatus,
    comments: str | None = None,
    serialized_metadata: object | None = None,
    raw_metadata: str | None = None,
) -> PreparedRequest:
    """Check the arguments of update_subaccount and build its request."""
    problems: Problems = []
    check_scalar(problems, mode, "mode", "enum", allowed=MODE_VALUES)
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, client_brand_id, "client_brand_id", "integer")
    check_scalar(problems, custom_id, "custom_id", "string")
    check_scalar(problems, friendly_name, "friendly_name", "string", required=True, min_length=2, max_length=32)
    check_scalar(problems, call_limit, "call_limit", "integer", minimum=0, maximum=999)
    check_scalar(problems, allow_international_call, "allow_international_call", "enum", allowed=YES_NO_VALUES)
    check_scalar(problems, international_call_limit, "international_call_limit", "integer")
    check_scalar(problems, require_international_nip, "require_international_nip", "enum", allowed=YES_NO_VALUES)
    check_list(problems, international_nip, "international_nip", "string", pattern=_RE_1AE097C139)
    check_scalar(
        problems, multi_tenancy_mode, "multi_tenancy_mode", "enum", allowed=MULTI_TENANCY_MODE_VALUES, required=True
    )
    check_scalar(problems, multi_tenancy_subaccount_id, "multi_tenancy_subaccount_id", "integer")
    check_scalar(problems, organization, "organization", "string")
    check_scalar(problems, organization_type, "organization_type", "enum", allowed=ORGANIZATION_TYPE_VALUES)
    check_scalar(problems, client_profile, "client_profile", "enum", allowed=CLIENT_PROFILE_VALUES)
    check_scalar(problems, voice_language, "voice_language", "enum", allowed=LANGUAGE_VALUES)
    check_scalar(problems, notification_language, "notification_language", "enum", allowed=LANGUAGE_VALUES)
    check_scalar(problems, callerid_name, "callerid_name", "string", min_length=3, max_length=15)
    check_scalar(problems, callerid_number, "callerid_number", "string", pattern=_RE_84407BE604)
    check_scalar(problems, client_moh_profile_id, "client_moh_profile_id", "integer")
    check_scalar(problems, default_provisioned_endpoint_id, "default_provisioned_endpoint_id", "integer")
    check_list(problems, options, "options", "enum", allowed=SUBACCOUNT_OPTION_VALUES)
    check_scalar(problems, status, "status", "enum", allowed=ENTITY_STATUS_VALUES, required=True)
    check_scalar(problems, comments, "comments", "string")
    check_encodable(problems, serialized_metadata, "serialized_metadata", php_serialize)
    check_scalar(problems, raw_metadata, "raw_metadata", "string")
    if (mode is None or mode == "update") and client_subaccount_id is None:
        problems.append(("client_subaccount_id", "is required when mode is 'update'"))
    if multi_tenancy_mode == "shared" and multi_tenancy_subaccount_id is None:
        problems.append(("multi_tenancy_subaccount_id", "is required when multi_tenancy_mode is 'shared'"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("mode", (None if mode is None else str(mode))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("client_brand_id", (None if client_brand_id is None else str(client_brand_id))),
            ("custom_id", custom_id),
            ("friendly_name", friendly_name),
            ("call_limit", (None if call_limit is None else str(call_limit))),
            ("allow_international_call", (None if allow_international_call is None else str(allow_international_call))),
            ("international_call_limit", (None if international_call_limit is None else str(international_call_limit))),
            (
                "require_international_nip",
                (None if require_international_nip is None else str(require_international_nip)),
            ),
            ("international_nip", (None if international_nip is None else ",".join(x for x in international_nip))),
            ("multi_tenancy_mode", str(multi_tenancy_mode)),
            (
                "multi_tenancy_subaccount_id",
                (None if multi_tenancy_subaccount_id is None else str(multi_tenancy_subaccount_id)),
            ),
            ("organization", organization),
            ("organization_type", (None if organization_type is None else str(organization_type))),
            ("client_profile", (None if client_profile is None else str(client_profile))),
            ("voice_language", (None if voice_language is None else str(voice_language))),
            ("notification_language", (None if notification_language is None else str(notification_language))),
            ("callerid_name", callerid_name),
            ("callerid_number", callerid_number),
            ("client_moh_profile_id", (None if client_moh_profile_id is None else str(client_moh_profile_id))),
            (
                "default_provisioned_endpoint_id",
                (None if default_provisioned_endpoint_id is None else str(default_provisioned_endpoint_id)),
            ),
            *(("options[]", str(x)) for x in (options or ())),
            ("status", str(status)),
            ("comments", comments),
            *(() if serialized_metadata is None else (("serialized_metadata", php_serialize(serialized_metadata)),)),
            ("raw_metadata", raw_metadata),
        )
    )
    return PreparedRequest("update_subaccount", "GET", "/api/v1.1/json/update_subaccount", query, mutates=True)


@with_mutation_context
def parse_update_subaccount(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_subaccount into its result, or raise the error it carries."""
    raise_for_status("update_subaccount", response, body, (200,), ERRORS)
    return ERRORS.finish("update_subaccount", response, body)


def build_update_subaccount_associations(
    *,
    client_subaccount_id: int,
    associated_peers: Sequence[int] | None = None,
    associated_dids: Sequence[int] | None = None,
    associated_extensions: Sequence[int] | None = None,
    associated_fax_profiles: Sequence[int] | None = None,
    associated_sms_profiles: Sequence[int] | None = None,
    associated_mailboxes: Sequence[int] | None = None,
) -> PreparedRequest:
    """Check the arguments of update_subaccount_associations and build its request."""
    problems: Problems = []
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer", required=True)
    check_list(problems, associated_peers, "associated_peers", "integer")
    check_list(problems, associated_dids, "associated_dids", "integer")
    check_list(problems, associated_extensions, "associated_extensions", "integer")
    check_list(problems, associated_fax_profiles, "associated_fax_profiles", "integer")
    check_list(problems, associated_sms_profiles, "associated_sms_profiles", "integer")
    check_list(problems, associated_mailboxes, "associated_mailboxes", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("client_subaccount_id", str(client_subaccount_id)),
            ("associated_peers", (None if associated_peers is None else ",".join(str(x) for x in associated_peers))),
            ("associated_dids", (None if associated_dids is None else ",".join(str(x) for x in associated_dids))),
            (
                "associated_extensions",
                (None if associated_extensions is None else ",".join(str(x) for x in associated_extensions)),
            ),
            (
                "associated_fax_profiles",
                (None if associated_fax_profiles is None else ",".join(str(x) for x in associated_fax_profiles)),
            ),
            (
                "associated_sms_profiles",
                (None if associated_sms_profiles is None else ",".join(str(x) for x in associated_sms_profiles)),
            ),
            (
                "associated_mailboxes",
                (None if associated_mailboxes is None else ",".join(str(x) for x in associated_mailboxes)),
            ),
        )
    )
    return PreparedRequest(
        "update_subaccount_associations", "GET", "/api/v1.1/json/update_subaccount_associations", query, mutates=True
    )


@with_mutation_context
def parse_update_subaccount_associations(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_subaccount_associations into its result, or raise the error it carries."""
    raise_for_status("update_subaccount_associations", response, body, (200,), ERRORS)
    return ERRORS.finish("update_subaccount_associations", response, body)


def build_update_subaccount_address(
    *,
    mode: Mode | None = None,
    client_subaccount_id: int,
    client_address_id: int | None = None,
    type: AddressType | None = None,
    box_number: str | None = None,
    civic_number: int,
    street: str,
    unit_number: int,
    city: str,
    country_id: int,
    state_id: int | None = None,
    state_other: str | None = None,
    postal_code: str,
    precision: str | None = None,
) -> PreparedRequest:
    """Check the arguments of update_subaccount_address and build its request."""
    problems: Problems = []
    check_scalar(problems, mode, "mode", "enum", allowed=MODE_VALUES)
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer", required=True)
    check_scalar(problems, client_address_id, "client_address_id", "integer")
    check_scalar(problems, type, "type", "enum", allowed=ADDRESS_TYPE_VALUES)
    check_scalar(problems, box_number, "box_number", "string")
    check_scalar(problems, civic_number, "civic_number", "integer", required=True)
    check_scalar(problems, street, "street", "string", required=True)
    check_scalar(problems, unit_number, "unit_number", "integer", required=True)
    check_scalar(problems, city, "city", "string", required=True)
    check_scalar(problems, country_id, "country_id", "integer", required=True)
    check_scalar(problems, state_id, "state_id", "integer")
    check_scalar(problems, state_other, "state_other", "string")
    check_scalar(problems, postal_code, "postal_code", "string", required=True)
    check_scalar(problems, precision, "precision", "string")
    if (mode is None or mode == "update") and client_address_id is None:
        problems.append(("client_address_id", "is required when mode is 'update'"))
    if country_id == 38 and state_id is None:
        problems.append(("state_id", "is required when country_id is 38"))
    if country_id == 223 and state_id is None:
        problems.append(("state_id", "is required when country_id is 223"))
    if country_id is not None and country_id not in (38, 223) and state_other is None:
        problems.append(("state_other", "is required when country_id is given and is not 38 or 223"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("mode", (None if mode is None else str(mode))),
            ("client_subaccount_id", str(client_subaccount_id)),
            ("client_address_id", (None if client_address_id is None else str(client_address_id))),
            ("type", (None if type is None else str(type))),
            ("box_number", box_number),
            ("civic_number", str(civic_number)),
            ("street", street),
            ("unit_number", str(unit_number)),
            ("city", city),
            ("country_id", str(country_id)),
            ("state_id", (None if state_id is None else str(state_id))),
            ("state_other", state_other),
            ("postal_code", postal_code),
            ("precision", precision),
        )
    )
    return PreparedRequest(
        "update_subaccount_address", "GET", "/api/v1.1/json/update_subaccount_address", query, mutates=True
    )


@with_mutation_context
def parse_update_subaccount_address(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_subaccount_address into its result, or raise the error it carries."""
    raise_for_status("update_subaccount_address", response, body, (200,), ERRORS)
    return ERRORS.finish("update_subaccount_address", response, body)


def build_get_funding_details() -> PreparedRequest:
    """Check the arguments of get_funding_details and build its request."""
    problems: Problems = []
    raise_problems(problems)
    query = query_pairs(())
    return PreparedRequest("get_funding_details", "GET", "/api/v1.1/json/get_funding_details", query)


@with_context
def parse_get_funding_details(response: httpx.Response, body: bytes) -> Reply[GetFundingDetailsReply]:
    """Turn the answer to get_funding_details into its result, or raise the error it carries."""
    raise_for_status("get_funding_details", response, body, (200,), ERRORS)
    return ERRORS.finish("get_funding_details", response, body, get_funding_details_reply_payload())


def build_get_billing_activity(
    *,
    date_from: _dt.date | None = None,
    date_to: _dt.date | None = None,
) -> PreparedRequest:
    """Check the arguments of get_billing_activity and build its request."""
    problems: Problems = []
    check_scalar(problems, date_from, "date_from", "date")
    check_scalar(problems, date_to, "date_to", "date")
    raise_problems(problems)
    query = query_pairs(
        (
            ("date_from", (None if date_from is None else date_from.strftime("%Y-%m-%d"))),
            ("date_to", (None if date_to is None else date_to.strftime("%Y-%m-%d"))),
        )
    )
    return PreparedRequest("get_billing_activity", "GET", "/api/v1.1/json/get_billing_activity", query)


@with_context
def parse_get_billing_activity(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_billing_activity into its result, or raise the error it carries."""
    raise_for_status("get_billing_activity", response, body, (200,), ERRORS)
    return ERRORS.finish("get_billing_activity", response, body)


def build_get_call_director_profiles(
    *,
    client_director_profile_id: int | None = None,
    client_subaccount_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_call_director_profiles and build its request."""
    problems: Problems = []
    check_scalar(problems, client_director_profile_id, "client_director_profile_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            (
                "client_director_profile_id",
                (None if client_director_profile_id is None else str(client_director_profile_id)),
            ),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
        )
    )
    return PreparedRequest("get_call_director_profiles", "GET", "/api/v1.1/json/get_call_director_profiles", query)


@with_context
def parse_get_call_director_profiles(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_call_director_profiles into its result, or raise the error it carries."""
    raise_for_status("get_call_director_profiles", response, body, (200,), ERRORS)
    return ERRORS.finish("get_call_director_profiles", response, body)


def build_update_call_director_profile(
    *,
    preserve_missing_data: bool | None = None,
    mode: Mode | None = None,
    client_director_profile_id: int | None = None,
    client_subaccount_id: int | None = None,
    friendly_name: str,
    action: Sequence[DirectorAction],
    status: EnabledStatus | None = None,
    comments: str | None = None,
) -> PreparedRequest:
    """Check the arguments of update_call_director_profile and build its request."""
    problems: Problems = []
    check_scalar(problems, preserve_missing_data, "preserve_missing_data", "boolean")
    check_scalar(problems, mode, "mode", "enum", allowed=MODE_VALUES)
    check_scalar(problems, client_director_profile_id, "client_director_profile_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, friendly_name, "friendly_name", "string", required=True, min_length=2, max_length=32)
    if action is None:
        problems.append(("action", "is required"))
    else:
        if isinstance(action, (str, bytes)) or not isinstance(action, (list, tuple)):
            problems.append(("action", "must be a list or tuple"))
        else:
            if len(action) < 1:
                problems.append(("action", "must not be empty"))
            for i1, x1 in enumerate(action):
                if x1 is None:
                    problems.append((f"action[{i1}]", "must not be None"))
                else:
                    if not isinstance(x1, DirectorAction):
                        problems.append((f"action[{i1}]", "must be a DirectorAction"))
                    else:
                        check_director_action(x1, f"action[{i1}]", problems)
    check_scalar(problems, status, "status", "enum", allowed=ENABLED_STATUS_VALUES)
    check_scalar(problems, comments, "comments", "string")
    if (mode is None or mode == "update") and client_director_profile_id is None:
        problems.append(("client_director_profile_id", "is required when mode is 'update'"))
    raise_problems(problems)
    query = query_pairs(
        (
            (
                "preserve_missing_data",
                (None if preserve_missing_data is None else ("1" if preserve_missing_data else "0")),
            ),
            ("mode", (None if mode is None else str(mode))),
            (
                "client_director_profile_id",
                (None if client_director_profile_id is None else str(client_director_profile_id)),
            ),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("friendly_name", friendly_name),
            *indexed_pairs("action", action, pairs_director_action),
            ("status", (None if status is None else str(status))),
            ("comments", comments),
        )
    )
    return PreparedRequest(
        "update_call_director_profile", "GET", "/api/v1.1/json/update_call_director_profile", query, mutates=True
    )


@with_mutation_context
def parse_update_call_director_profile(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_call_director_profile into its result, or raise the error it carries."""
    raise_for_status("update_call_director_profile", response, body, (200,), ERRORS)
    return ERRORS.finish("update_call_director_profile", response, body)


def build_delete_call_director_profile(
    *,
    client_director_profile_id: int,
) -> PreparedRequest:
    """Check the arguments of delete_call_director_profile and build its request."""
    problems: Problems = []
    check_scalar(problems, client_director_profile_id, "client_director_profile_id", "integer", required=True)
    raise_problems(problems)
    query = query_pairs((("client_director_profile_id", str(client_director_profile_id)),))
    return PreparedRequest(
        "delete_call_director_profile", "GET", "/api/v1.1/json/delete_call_director_profile", query, mutates=True
    )


@with_mutation_context
def parse_delete_call_director_profile(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to delete_call_director_profile into its result, or raise the error it carries."""
    raise_for_status("delete_call_director_profile", response, body, (200,), ERRORS)
    return ERRORS.finish("delete_call_director_profile", response, body)


def build_get_countries() -> PreparedRequest:
    """Check the arguments of get_countries and build its request."""
    problems: Problems = []
    raise_problems(problems)
    query = query_pairs(())
    return PreparedRequest("get_countries", "GET", "/api/v1.1/json/get_countries", query)


@with_context
def parse_get_countries(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_countries into its result, or raise the error it carries."""
    raise_for_status("get_countries", response, body, (200,), ERRORS)
    return ERRORS.finish("get_countries", response, body)


def build_get_states(
    *,
    country_id: int,
) -> PreparedRequest:
    """Check the arguments of get_states and build its request."""
    problems: Problems = []
    check_scalar(problems, country_id, "country_id", "integer", required=True)
    raise_problems(problems)
    query = query_pairs((("country_id", str(country_id)),))
    return PreparedRequest("get_states", "GET", "/api/v1.1/json/get_states", query)


@with_context
def parse_get_states(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_states into its result, or raise the error it carries."""
    raise_for_status("get_states", response, body, (200,), ERRORS)
    return ERRORS.finish("get_states", response, body)


def build_get_issues_types() -> PreparedRequest:
    """Check the arguments of get_issues_types and build its request."""
    problems: Problems = []
    raise_problems(problems)
    query = query_pairs(())
    return PreparedRequest("get_issues_types", "GET", "/api/v1.1/json/get_issues_types", query)


@with_context
def parse_get_issues_types(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_issues_types into its result, or raise the error it carries."""
    raise_for_status("get_issues_types", response, body, (200,), ERRORS)
    return ERRORS.finish("get_issues_types", response, body)


def build_get_rates(
    *,
    code: str | None = None,
    country_id: int | None = None,
    state_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_rates and build its request."""
    problems: Problems = []
    check_scalar(problems, code, "code", "string", pattern=_RE_08AE973C9A)
    check_scalar(problems, country_id, "country_id", "integer")
    check_scalar(problems, state_id, "state_id", "integer")
    if code is None and country_id is None:
        problems.append(("code", "one of code, country_id is required"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("code", code),
            ("country_id", (None if country_id is None else str(country_id))),
            ("state_id", (None if state_id is None else str(state_id))),
        )
    )
    return PreparedRequest("get_rates", "GET", "/api/v1.1/json/get_rates", query)


@with_context
def parse_get_rates(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_rates into its result, or raise the error it carries."""
    raise_for_status("get_rates", response, body, (200,), ERRORS)
    return ERRORS.finish("get_rates", response, body)


def build_get_plans(
    *,
    plan_id: int | None = None,
    plan_groups_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_plans and build its request."""
    problems: Problems = []
    check_scalar(problems, plan_id, "plan_id", "integer")
    check_scalar(problems, plan_groups_id, "plan_groups_id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("plan_id", (None if plan_id is None else str(plan_id))),
            ("plan_groups_id", (None if plan_groups_id is None else str(plan_groups_id))),
        )
    )
    return PreparedRequest("get_plans", "GET", "/api/v1.1/json/get_plans", query)


@with_context
def parse_get_plans(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_plans into its result, or raise the error it carries."""
    raise_for_status("get_plans", response, body, (200,), ERRORS)
    return ERRORS.finish("get_plans", response, body)


def build_get_proxies(
    *,
    proxy_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_proxies and build its request."""
    problems: Problems = []
    check_scalar(problems, proxy_id, "proxy_id", "integer")
    raise_problems(problems)
    query = query_pairs((("proxy_id", (None if proxy_id is None else str(proxy_id))),))
    return PreparedRequest("get_proxies", "GET", "/api/v1.1/json/get_proxies", query)


@with_context
def parse_get_proxies(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_proxies into its result, or raise the error it carries."""
    raise_for_status("get_proxies", response, body, (200,), ERRORS)
    return ERRORS.finish("get_proxies", response, body)


def build_get_e911(
    *,
    client_did_id: int | None = None,
    phone_number: str | None = None,
    client_endpoint_id: int | None = None,
    client_subaccount_id: int | None = None,
    result_limit: int | None = None,
    result_offset: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_e911 and build its request."""
    problems: Problems = []
    check_scalar(problems, client_did_id, "client_did_id", "integer")
    check_scalar(problems, phone_number, "phone_number", "string", pattern=_RE_84407BE604)
    check_scalar(problems, client_endpoint_id, "client_endpoint_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, result_limit, "result_limit", "integer", minimum=1, maximum=1000)
    check_scalar(problems, result_offset, "result_offset", "integer", minimum=0)
    raise_problems(problems)
    query = query_pairs(
        (
            ("client_did_id", (None if client_did_id is None else str(client_did_id))),
            ("phone_number", phone_number),
            ("client_endpoint_id", (None if client_endpoint_id is None else str(client_endpoint_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("result_limit", (None if result_limit is None else str(result_limit))),
            ("result_offset", (None if result_offset is None else str(result_offset))),
        )
    )
    return PreparedRequest("get_e911", "GET", "/api/v1.1/json/get_e911", query)


@with_context
def parse_get_e911(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_e911 into its result, or raise the error it carries."""
    raise_for_status("get_e911", response, body, (200,), ERRORS)
    return ERRORS.finish("get_e911", response, body)


def build_check_e911(
    *,
    phone_number: str | None = None,
    civic_number: int,
    street: str,
    city: str,
    state_code: str | None = None,
    state_id: int | None = None,
    country_code: str | None = None,
    country_id: int | None = None,
    postal_code: str,
    address_type: E911AddressType | None = None,
    address_type_number: str | None = None,
) -> PreparedRequest:
    """Check the arguments of check_e911 and build its request."""
    problems: Problems = []
    check_scalar(problems, phone_number, "phone_number", "string", pattern=_RE_84407BE604)
    check_scalar(problems, civic_number, "civic_number", "integer", required=True)
    check_scalar(problems, street, "street", "string", required=True)
    check_scalar(problems, city, "city", "string", required=True)
    check_scalar(problems, state_code, "state_code", "string", pattern=_RE_1EBEE98E33)
    check_scalar(problems, state_id, "state_id", "integer")
    check_scalar(problems, country_code, "country_code", "string", pattern=_RE_1EBEE98E33)
    check_scalar(problems, country_id, "country_id", "integer")
    check_scalar(problems, postal_code, "postal_code", "string", required=True)
    check_scalar(problems, address_type, "address_type", "enum", allowed=E911_ADDRESS_TYPE_VALUES)
    check_scalar(problems, address_type_number, "address_type_number", "string")
    if state_code is None and state_id is None:
        problems.append(("state_code", "one of state_code, state_id is required"))
    if country_code is None and country_id is None:
        problems.append(("country_code", "one of country_code, country_id is required"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("phone_number", phone_number),
            ("civic_number", str(civic_number)),
            ("street", street),
            ("city", city),
            ("state_code", state_code),
            ("state_id", (None if state_id is None else str(state_id))),
            ("country_code", country_code),
            ("country_id", (None if country_id is None else str(country_id))),
            ("postal_code", postal_code),
            ("address_type", (None if address_type is None else str(address_type))),
            ("address_type_number", address_type_number),
        )
    )
    return PreparedRequest("check_e911", "GET", "/api/v1.1/json/check_e911", query)


@with_context
def parse_check_e911(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to check_e911 into its result, or raise the error it carries."""
    raise_for_status("check_e911", response, body, (200,), ERRORS)
    return ERRORS.finish("check_e911", response, body)


def build_associate_e911(
    *,
    client_did_id: int | None = None,
    phone_number: str | None = None,
    client_endpoint_id: int | None = None,
    client_peer_id: int,
) -> PreparedRequest:
    """Check the arguments of associate_e911 and build its request."""
    problems: Problems = []
    check_scalar(problems, client_did_id, "client_did_id", "integer")
    check_scalar(problems, phone_number, "phone_number", "string", pattern=_RE_84407BE604)
    check_scalar(problems, client_endpoint_id, "client_endpoint_id", "integer")
    check_scalar(problems, client_peer_id, "client_peer_id", "integer", required=True)
    if client_did_id is None and phone_number is None and client_endpoint_id is None:
        problems.append(("client_did_id", "one of client_did_id, phone_number, client_endpoint_id is required"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("client_did_id", (None if client_did_id is None else str(client_did_id))),
            ("phone_number", phone_number),
            ("client_endpoint_id", (None if client_endpoint_id is None else str(client_endpoint_id))),
            ("client_peer_id", str(client_peer_id)),
        )
    )
    return PreparedRequest("associate_e911", "GET", "/api/v1.1/json/associate_e911", query, mutates=True)


@with_mutation_context
def parse_associate_e911(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to associate_e911 into its result, or raise the error it carries."""
    raise_for_status("associate_e911", response, body, (200,), ERRORS)
    return ERRORS.finish("associate_e911", response, body)


def build_disassociate_e911(
    *,
    client_peer_id: int,
) -> PreparedRequest:
    """Check the arguments of disassociate_e911 and build its request."""
    problems: Problems = []
    check_scalar(problems, client_peer_id, "client_peer_id", "integer", required=True)
    raise_problems(problems)
    query = query_pairs((("client_peer_id", str(client_peer_id)),))
    return PreparedRequest("disassociate_e911", "GET", "/api/v1.1/json/disassociate_e911", query, mutates=True)


@with_mutation_context
def parse_disassociate_e911(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to disassociate_e911 into its result, or raise the error it carries."""
    raise_for_status("disassociate_e911", response, body, (200,), ERRORS)
    return ERRORS.finish("disassociate_e911", response, body)


def build_update_e911(
    *,
    phone_number: str,
    first_name: str | None = None,
    last_name: str | None = None,
    full_name: str,
    civic_number: int,
    street: str,
    city: str,
    state_code: str | None = None,
    state_id: int | None = None,
    country_code: str | None = None,
    country_id: int | None = None,
    postal_code: str,
    language: Language | None = None,
    e911_language: Language | None = None,
    address_type: E911AddressType | None = None,
    address_type_number: str | None = None,
    rate_provider_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of update_e911 and build its request."""
    problems: Problems = []
    check_scalar(problems, phone_number, "phone_number", "string", required=True, pattern=_RE_84407BE604)
    check_scalar(problems, first_name, "first_name", "string")
    check_scalar(problems, last_name, "last_name", "string")
    check_scalar(problems, full_name, "full_name", "string", required=True, min_length=2, max_length=32)
    check_scalar(problems, civic_number, "civic_number", "integer", required=True)
    check_scalar(problems, street, "street", "string", required=True)
    check_scalar(problems, city, "city", "string", required=True)
    check_scalar(problems, state_code, "state_code", "string", pattern=_RE_1EBEE98E33)
    check_scalar(problems, state_id, "state_id", "integer")
    check_scalar(problems, country_code, "country_code", "string", pattern=_RE_1EBEE98E33)
    check_scalar(problems, country_id, "country_id", "integer")
    check_scalar(problems, postal_code, "postal_code", "string", required=True)
    check_scalar(problems, language, "language", "enum", allowed=LANGUAGE_VALUES)
    check_scalar(problems, e911_language, "e911_language", "enum", allowed=LANGUAGE_VALUES)
    check_scalar(problems, address_type, "address_type", "enum", allowed=E911_ADDRESS_TYPE_VALUES)
    check_scalar(problems, address_type_number, "address_type_number", "string")
    check_scalar(problems, rate_provider_id, "rate_provider_id", "integer")
    if state_code is None and state_id is None:
        problems.append(("state_code", "one of state_code, state_id is required"))
    if country_code is None and country_id is None:
        problems.append(("country_code", "one of country_code, country_id is required"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("phone_number", phone_number),
            ("first_name", first_name),
            ("last_name", last_name),
            ("full_name", full_name),
            ("civic_number", str(civic_number)),
            ("street", street),
            ("city", city),
            ("state_code", state_code),
            ("state_id", (None if state_id is None else str(state_id))),
            ("country_code", country_code),
            ("country_id", (None if country_id is None else str(country_id))),
            ("postal_code", postal_code),
            ("language", (None if language is None else str(language))),
            ("e911_language", (None if e911_language is None else str(e911_language))),
            ("address_type", (None if address_type is None else str(address_type))),
            ("address_type_number", address_type_number),
            ("rate_provider_id", (None if rate_provider_id is None else str(rate_provider_id))),
        )
    )
    return PreparedRequest("update_e911", "GET", "/api/v1.1/json/update_e911", query, mutates=True)


@with_mutation_context
def parse_update_e911(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_e911 into its result, or raise the error it carries."""
    raise_for_status("update_e911", response, body, (200,), ERRORS)
    return ERRORS.finish("update_e911", response, body)


def build_delete_e911(
    *,
    client_did_id: int | None = None,
    phone_number: str | None = None,
    client_endpoint_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of delete_e911 and build its request."""
    problems: Problems = []
    check_scalar(problems, client_did_id, "client_did_id", "integer")
    check_scalar(problems, phone_number, "phone_number", "string", pattern=_RE_84407BE604)
    check_scalar(problems, client_endpoint_id, "client_endpoint_id", "integer")
    if client_did_id is None and phone_number is None and client_endpoint_id is None:
        problems.append(("client_did_id", "one of client_did_id, phone_number, client_endpoint_id is required"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("client_did_id", (None if client_did_id is None else str(client_did_id))),
            ("phone_number", phone_number),
            ("client_endpoint_id", (None if client_endpoint_id is None else str(client_endpoint_id))),
        )
    )
    return PreparedRequest("delete_e911", "GET", "/api/v1.1/json/delete_e911", query, mutates=True)


@with_mutation_context
def parse_delete_e911(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to delete_e911 into its result, or raise the error it carries."""
    raise_for_status("delete_e911", response, body, (200,), ERRORS)
    return ERRORS.finish("delete_e911", response, body)


def build_get_whitepages(
    *,
    provision_status: Sequence[ProvisionStatus] | None = None,
    status: Sequence[ListingStatus] | None = None,
) -> PreparedRequest:
    """Check the arguments of get_whitepages and build its request."""
    problems: Problems = []
    check_list(problems, provision_status, "provision_status", "enum", allowed=PROVISION_STATUS_VALUES)
    check_list(problems, status, "status", "enum", allowed=LISTING_STATUS_VALUES)
    raise_problems(problems)
    query = query_pairs(
        (
            ("provision_status", (None if provision_status is None else ",".join(str(x) for x in provision_status))),
            ("status", (None if status is None else ",".join(str(x) for x in status))),
        )
    )
    return PreparedRequest("get_whitepages", "GET", "/api/v1.1/json/get_whitepages", query)


@with_context
def parse_get_whitepages(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_whitepages into its result, or raise the error it carries."""
    raise_for_status("get_whitepages", response, body, (200,), ERRORS)
    return ERRORS.finish("get_whitepages", response, body)


def build_update_whitepages(
    *,
    phone_number: str,
    type: ListingType,
    sort_word: str,
    sub_word: str,
    civic_number: int,
    street: str,
    city: str,
    state_code: str | None = None,
    state_id: int | None = None,
    country_code: str | None = None,
    country_id: int | None = None,
    postal_code: str,
    address_type: E911AddressType | None = None,
    address_type_number: str | None = None,
) -> PreparedRequest:
    """Check the arguments of update_whitepages and build its request."""
    problems: Problems = []
    check_scalar(problems, phone_number, "phone_number", "string", required=True, pattern=_RE_84407BE604)
    check_scalar(problems, type, "type", "enum", allowed=LISTING_TYPE_VALUES, required=True)
    check_scalar(
        problems, sort_word, "sort_word", "string", required=True, min_length=2, max_length=30, pattern=_RE_81BDE802C7
    )
    check_scalar(
        problems, sub_word, "sub_word", "string", required=True, min_length=2, max_length=106, pattern=_RE_81BDE802C7
    )
    check_scalar(problems, civic_number, "civic_number", "integer", required=True)
    check_scalar(problems, street, "street", "string", required=True)
    check_scalar(problems, city, "city", "string", required=True)
    check_scalar(problems, state_code, "state_code", "string", pattern=_RE_1EBEE98E33)
    check_scalar(problems, state_id, "state_id", "integer")
    check_scalar(problems, country_code, "country_code", "string", pattern=_RE_1EBEE98E33)
    check_scalar(problems, country_id, "country_id", "integer")
    check_scalar(problems, postal_code, "postal_code", "string", required=True)
    check_scalar(problems, address_type, "address_type", "enum", allowed=E911_ADDRESS_TYPE_VALUES)
    check_scalar(problems, address_type_number, "address_type_number", "string")
    if state_code is None and state_id is None:
        problems.append(("state_code", "one of state_code, state_id is required"))
    if country_code is None and country_id is None:
        problems.append(("country_code", "one of country_code, country_id is required"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("phone_number", phone_number),
            ("type", str(type)),
            ("sort_word", sort_word),
            ("sub_word", sub_word),
            ("civic_number", str(civic_number)),
            ("street", street),
            ("city", city),
            ("state_code", state_code),
            ("state_id", (None if state_id is None else str(state_id))),
            ("country_code", country_code),
            ("country_id", (None if country_id is None else str(country_id))),
            ("postal_code", postal_code),
            ("address_type", (None if address_type is None else str(address_type))),
            ("address_type_number", address_type_number),
        )
    )
    return PreparedRequest("update_whitepages", "GET", "/api/v1.1/json/update_whitepages", query, mutates=True)


@with_mutation_context
def parse_update_whitepages(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_whitepages into its result, or raise the error it carries."""
    raise_for_status("update_whitepages", response, body, (200,), ERRORS)
    return ERRORS.finish("update_whitepages", response, body)


def build_delete_whitepages(
    *,
    client_did_id: int | None = None,
    phone_number: str | None = None,
    client_411_listing_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of delete_whitepages and build its request."""
    problems: Problems = []
    check_scalar(problems, client_did_id, "client_did_id", "integer")
    check_scalar(problems, phone_number, "phone_number", "string", pattern=_RE_84407BE604)
    check_scalar(problems, client_411_listing_id, "client_411_listing_id", "integer")
    if client_did_id is None and phone_number is None and client_411_listing_id is None:
        problems.append(("client_did_id", "one of client_did_id, phone_number, client_411_listing_id is required"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("client_did_id", (None if client_did_id is None else str(client_did_id))),
            ("phone_number", phone_number),
            ("client_411_listing_id", (None if client_411_listing_id is None else str(client_411_listing_id))),
        )
    )
    return PreparedRequest("delete_whitepages", "GET", "/api/v1.1/json/delete_whitepages", query, mutates=True)


@with_mutation_context
def parse_delete_whitepages(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to delete_whitepages into its result, or raise the error it carries."""
    raise_for_status("delete_whitepages", response, body, (200,), ERRORS)
    return ERRORS.finish("delete_whitepages", response, body)


def build_report_call_issue(
    *,
    call_hash: str,
    issue_type_id: int,
    kayako_ticket_id: str | None = None,
    comments: str | None = None,
) -> PreparedRequest:
    """Check the arguments of report_call_issue and build its request."""
    problems: Problems = []
    check_scalar(problems, call_hash, "call_hash", "string", required=True, pattern=_RE_1A059BD149)
    check_scalar(problems, issue_type_id, "issue_type_id", "integer", required=True)
    check_scalar(problems, kayako_ticket_id, "kayako_ticket_id", "string", pattern=_RE_7AA97A4F42)
    check_scalar(problems, comments, "comments", "string")
    raise_problems(problems)
    query = query_pairs(
        (
            ("call_hash", call_hash),
            ("issue_type_id", str(issue_type_id)),
            ("kayako_ticket_id", kayako_ticket_id),
            ("comments", comments),
        )
    )
    return PreparedRequest("report_call_issue", "GET", "/api/v1.1/json/report_call_issue", query, mutates=True)


@with_mutation_context
def parse_report_call_issue(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to report_call_issue into its result, or raise the error it carries."""
    raise_for_status("report_call_issue", response, body, (200,), ERRORS)
    return ERRORS.finish("report_call_issue", response, body)


def build_get_call_issues(
    *,
    call_hash: str,
    call_issue_id: int,
    client_subaccount_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_call_issues and build its request."""
    problems: Problems = []
    check_scalar(problems, call_hash, "call_hash", "string", required=True, pattern=_RE_1A059BD149)
    check_scalar(problems, call_issue_id, "call_issue_id", "integer", required=True)
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("call_hash", call_hash),
            ("call_issue_id", str(call_issue_id)),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
        )
    )
    return PreparedRequest("get_call_issues", "GET", "/api/v1.1/json/get_call_issues", query)


@with_context
def parse_get_call_issues(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_call_issues into its result, or raise the error it carries."""
    raise_for_status("get_call_issues", response, body, (200,), ERRORS)
    return ERRORS.finish("get_call_issues", response, body)


def build_get_network_status(
    *,
    mode: NetworkStatusMode | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_network_status and build its request."""
    problems: Problems = []
    check_scalar(problems, mode, "mode", "enum", allowed=NETWORK_STATUS_MODE_VALUES)
    check_scalar(problems, limit, "limit", "integer", minimum=1)
    check_scalar(problems, offset, "offset", "integer", minimum=0)
    raise_problems(problems)
    query = query_pairs(
        (
            ("mode", (None if mode is None else str(mode))),
            ("limit", (None if limit is None else str(limit))),
            ("offset", (None if offset is None else str(offset))),
        )
    )
    return PreparedRequest("get_network_status", "GET", "/api/v1.1/json/get_network_status", query)


@with_context
def parse_get_network_status(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_network_status into its result, or raise the error it carries."""
    raise_for_status("get_network_status", response, body, (200,), ERRORS)
    return ERRORS.finish("get_network_status", response, body)


def build_get_channels(
    *,
    client_channel_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_channels and build its request."""
    problems: Problems = []
    check_scalar(problems, client_channel_id, "client_channel_id", "integer")
    raise_problems(problems)
    query = query_pairs((("client_channel_id", (None if client_channel_id is None else str(client_channel_id))),))
    return PreparedRequest("get_channels", "GET", "/api/v1.1/json/get_channels", query)


@with_context
def parse_get_channels(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_channels into its result, or raise the error it carries."""
    raise_for_status("get_channels", response, body, (200,), ERRORS)
    return ERRORS.finish("get_channels", response, body)


def build_update_channel(
    *,
    mode: Mode | None = None,
    client_channel_id: int | None = None,
    friendly_name: str,
    quantity_inbound: int,
    quantity_outbound: int,
    quantity_bidirectional: int,
) -> PreparedRequest:
    """Check the arguments of update_channel and build its request."""
    problems: Problems = []
    check_scalar(problems, mode, "mode", "enum", allowed=MODE_VALUES)
    check_scalar(problems, client_channel_id, "client_channel_id", "integer")
    check_scalar(problems, friendly_name, "friendly_name", "string", required=True, min_length=2, max_length=32)
    check_scalar(problems, quantity_inbound, "quantity_inbound", "integer", required=True, minimum=0, maximum=999)
    check_scalar(problems, quantity_outbound, "quantity_outbound", "integer", required=True, minimum=0, maximum=999)
    check_scalar(
        problems, quantity_bidirectional, "quantity_bidirectional", "integer", required=True, minimum=0, maximum=999
    )
    if (mode is None or mode == "update") and client_channel_id is None:
        problems.append(("client_channel_id", "is required when mode is 'update'"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("mode", (None if mode is None else str(mode))),
            ("client_channel_id", (None if client_channel_id is None else str(client_channel_id))),
            ("friendly_name", friendly_name),
            ("quantity_inbound", str(quantity_inbound)),
            ("quantity_outbound", str(quantity_outbound)),
            ("quantity_bidirectional", str(quantity_bidirectional)),
        )
    )
    return PreparedRequest("update_channel", "GET", "/api/v1.1/json/update_channel", query, mutates=True)


@with_mutation_context
def parse_update_channel(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_channel into its result, or raise the error it carries."""
    raise_for_status("update_channel", response, body, (200,), ERRORS)
    return ERRORS.finish("update_channel", response, body)


def build_delete_channel(
    *,
    client_channel_id: int,
) -> PreparedRequest:
    """Check the arguments of delete_channel and build its request."""
    problems: Problems = []
    check_scalar(problems, client_channel_id, "client_channel_id", "integer", required=True)
    raise_problems(problems)
    query = query_pairs((("client_channel_id", str(client_channel_id)),))
    return PreparedRequest("delete_channel", "GET", "/api/v1.1/json/delete_channel", query, mutates=True)


@with_mutation_context
def parse_delete_channel(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to delete_channel into its result, or raise the error it carries."""
    raise_for_status("delete_channel", response, body, (200,), ERRORS)
    return ERRORS.finish("delete_channel", response, body)


def build_dispatch_call(
    *,
    client_subaccount_id: int | None = None,
    source_type: EndpointType | None = None,
    source: str | None = None,
    destination_type: EndpointType | None = None,
    destination: str | None = None,
    callerid_name: str | None = None,
    callerid_number: str | None = None,
    enable_recording: bool | None = None,
    wait_time: int | None = None,
    meta_data: str | None = None,
    sources: Sequence[CallEndpoint] | None = None,
    destinations: Sequence[CallEndpoint] | None = None,
) -> PreparedRequest:
    """Check the arguments of dispatch_call and build its request."""
    problems: Problems = []
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, source_type, "source_type", "enum", allowed=ENDPOINT_TYPE_VALUES)
    check_scalar(problems, source, "source", "string")
    check_scalar(problems, destination_type, "destination_type", "enum", allowed=ENDPOINT_TYPE_VALUES)
    check_scalar(problems, destination, "destination", "string")
    check_scalar(problems, callerid_name, "callerid_name", "string", min_length=3, max_length=15)
    check_scalar(problems, callerid_number, "callerid_number", "string", pattern=_RE_84407BE604)
    check_scalar(problems, enable_recording, "enable_recording", "boolean")
    check_scalar(problems, wait_time, "wait_time", "integer", minimum=5, maximum=60)
    check_scalar(problems, meta_data, "meta_data", "string")
    if sources is not None:
        if isinstance(sources, (str, bytes)) or not isinstance(sources, (list, tuple)):
            problems.append(("sources", "must be a list or tuple"))
        else:
            for i1, x1 in enumerate(sources):
                if x1 is None:
                    problems.append((f"sources[{i1}]", "must not be None"))
                else:
                    if not isinstance(x1, CallEndpoint):
                        problems.append((f"sources[{i1}]", "must be a CallEndpoint"))
                    else:
                        check_call_endpoint(x1, f"sources[{i1}]", problems)
    if destinations is not None:
        if isinstance(destinations, (str, bytes)) or not isinstance(destinations, (list, tuple)):
            problems.append(("destinations", "must be a list or tuple"))
        else:
            for i1, x1 in enumerate(destinations):
                if x1 is None:
                    problems.append((f"destinations[{i1}]", "must not be None"))
                else:
                    if not isinstance(x1, CallEndpoint):
                        problems.append((f"destinations[{i1}]", "must be a CallEndpoint"))
                    else:
                        check_call_endpoint(x1, f"destinations[{i1}]", problems)
    if sources is None and source is None:
        problems.append(("sources", "one of sources, source is required"))
    if destinations is None and destination is None:
        problems.append(("destinations", "one of destinations, destination is required"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("source_type", (None if source_type is None else str(source_type))),
            ("source", source),
            ("destination_type", (None if destination_type is None else str(destination_type))),
            ("destination", destination),
            ("callerid_name", callerid_name),
            ("callerid_number", callerid_number),
            ("enable_recording", (None if enable_recording is None else ("1" if enable_recording else "0"))),
            ("wait_time", (None if wait_time is None else str(wait_time))),
            ("meta_data", meta_data),
            *indexed_pairs("sources", sources, pairs_call_endpoint),
            *indexed_pairs("destinations", destinations, pairs_call_endpoint),
        )
    )
    return PreparedRequest("dispatch_call", "GET", "/api/v1.1/json/dispatch_call", query, mutates=True)


@with_mutation_context
def parse_dispatch_call(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to dispatch_call into its result, or raise the error it carries."""
    raise_for_status("dispatch_call", response, body, (200,), ERRORS)
    return ERRORS.finish("dispatch_call", response, body)


def build_voicemail_broadcast(
    *,
    destination_number: str,
    callerid_name: str | None = None,
    callerid_number: str | None = None,
    privacy: bool | None = None,
    enable_recording: bool | None = None,
    wait_time: int | None = None,
    client_media_file_id: int | None = None,
    media_url: str | None = None,
    voicemail_detect: bool | None = None,
    fork_call: bool | None = None,
    pre_dtmf: str | None = None,
    post_dtmf: str | None = None,
    dtmf_duration: int | None = None,
    notify_callback_triggers: Sequence[NotifyTrigger] | None = None,
    notify_callback_url: str | None = None,
    meta_data: str | None = None,
) -> PreparedRequest:
    """Check the arguments of voicemail_broadcast and build its request."""
    problems: Problems = []
    check_scalar(problems, destination_number, "destination_number", "string", required=True, pattern=_RE_163E6F7A24)
    check_scalar(problems, callerid_name, "callerid_name", "string", min_length=3, max_length=15)
    check_scalar(problems, callerid_number, "callerid_number", "string", pattern=_RE_8C3D2D6CE5)
    check_scalar(problems, privacy, "privacy", "boolean")
    check_scalar(problems, enable_recording, "enable_recording", "boolean")
    check_scalar(problems, wait_time, "wait_time", "integer", minimum=5, maximum=60)
    check_scalar(problems, client_media_file_id, "client_media_file_id", "integer")
    check_scalar(problems, media_url, "media_url", "string", pattern=_RE_25D2B07EE4)
    check_scalar(problems, voicemail_detect, "voicemail_detect", "boolean")
    check_scalar(problems, fork_call, "fork_call", "boolean")
    check_scalar(problems, pre_dtmf, "pre_dtmf", "string", pattern=_RE_1CAD14710D)
    check_scalar(problems, post_dtmf, "post_dtmf", "string", pattern=_RE_1CAD14710D)
    check_scalar(problems, dtmf_duration, "dtmf_duration", "integer", minimum=100, maximum=1500)
    check_list(problems, notify_callback_triggers, "notify_callback_triggers", "enum", allowed=NOTIFY_TRIGGER_VALUES)
    check_scalar(problems, notify_callback_url, "notify_callback_url", "string", pattern=_RE_25D2B07EE4)
    check_scalar(problems, meta_data, "meta_data", "string")
    if client_media_file_id is None and media_url is None:
        problems.append(("client_media_file_id", "is required unless media_url is given"))
    if notify_callback_triggers is not None and notify_callback_url is None:
        problems.append(("notify_callback_url", "is required when notify_callback_triggers is given"))
    if notify_callback_url is not None and notify_callback_triggers is None:
        problems.append(("notify_callback_triggers", "is required when notify_callback_url is given"))
    if privacy is True and callerid_number is None:
        problems.append(("callerid_number", "is required when privacy is True"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("destination_number", destination_number),
            ("callerid_name", callerid_name),
            ("callerid_number", callerid_number),
            ("privacy", (None if privacy is None else ("1" if privacy else "0"))),
            ("enable_recording", (None if enable_recording is None else ("1" if enable_recording else "0"))),
            ("wait_time", (None if wait_time is None else str(wait_time))),
            ("client_media_file_id", (None if client_media_file_id is None else str(client_media_file_id))),
            ("media_url", media_url),
            ("voicemail_detect", (None if voicemail_detect is None else ("1" if voicemail_detect else "0"))),
            ("fork_call", (None if fork_call is None else ("1" if fork_call else "0"))),
            ("pre_dtmf", pre_dtmf),
            ("post_dtmf", post_dtmf),
            ("dtmf_duration", (None if dtmf_duration is None else str(dtmf_duration))),
            (
                "notify_callback_triggers",
                (None if notify_callback_triggers is None else ",".join(str(x) for x in notify_callback_triggers)),
            ),
            ("notify_callback_url", notify_callback_url),
            ("meta_data", meta_data),
        )
    )
    return PreparedRequest("voicemail_broadcast", "GET", "/api/v1.1/json/voicemail_broadcast", query, mutates=True)


@with_mutation_context
def parse_voicemail_broadcast(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to voicemail_broadcast into its result, or raise the error it carries."""
    raise_for_status("voicemail_broadcast", response, body, (200,), ERRORS)
    return ERRORS.finish("voicemail_broadcast", response, body)


def build_get_resellers_transactions(
    *,
    reseller_transaction_id: int | None = None,
    client_subaccount_id: int | None = None,
    date_from: _dt.date | None = None,
    date_to: _dt.date | None = None,
) -> PreparedRequest:
    """Check the arguments of get_resellers_transactions and build its request."""
    problems: Problems = []
    check_scalar(problems, reseller_transaction_id, "reseller_transaction_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, date_from, "date_from", "date")
    check_scalar(problems, date_to, "date_to", "date")
    raise_problems(problems)
    query = query_pairs(
        (
            ("reseller_transaction_id", (None if reseller_transaction_id is None else str(reseller_transaction_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("date_from", (None if date_from is None else date_from.strftime("%Y-%m-%d"))),
            ("date_to", (None if date_to is None else date_to.strftime("%Y-%m-%d"))),
        )
    )
    return PreparedRequest("get_resellers_transactions", "GET", "/api/v1.1/json/get_resellers_transactions", query)


@with_context
def parse_get_resellers_transactions(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_resellers_transactions into its result, or raise the error it carries."""
    raise_for_status("get_resellers_transactions", response, body, (200,), ERRORS)
    return ERRORS.finish("get_resellers_transactions", response, body)


def build_get_resellers_invoices(
    *,
    reseller_invoice_id: int | None = None,
    web_key: str | None = None,
    client_subaccount_id: int | None = None,
    date_from: _dt.date | None = None,
    date_to: _dt.date | None = None,
) -> PreparedRequest:
    """Check the arguments of get_resellers_invoices and build its request."""
    problems: Problems = []
    check_scalar(problems, reseller_invoice_id, "reseller_invoice_id", "integer")
    check_scalar(problems, web_key, "web_key", "string")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, date_from, "date_from", "date")
    check_scalar(problems, date_to, "date_to", "date")
    raise_problems(problems)
    query = query_pairs(
        (
            ("reseller_invoice_id", (None if reseller_invoice_id is None else str(reseller_invoice_id))),
            ("web_key", web_key),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("date_from", (None if date_from is None else date_from.strftime("%Y-%m-%d"))),
            ("date_to", (None if date_to is None else date_to.strftime("%Y-%m-%d"))),
        )
    )
    return PreparedRequest(
        "get_resellers_invoices", "GET", "/api/v1.1/json/get_resellers_invoices", query, secrets=secret_texts(web_key)
    )


@with_context
def parse_get_resellers_invoices(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_resellers_invoices into its result, or raise the error it carries."""
    raise_for_status("get_resellers_invoices", response, body, (200,), ERRORS)
    return ERRORS.finish("get_resellers_invoices", response, body)


def build_get_queues(
    *,
    client_queue_id: int | None = None,
    client_subaccount_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_queues and build its request."""
    problems: Problems = []
    check_scalar(problems, client_queue_id, "client_queue_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("client_queue_id", (None if client_queue_id is None else str(client_queue_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
        )
    )
    return PreparedRequest("get_queues", "GET", "/api/v1.1/json/get_queues", query)


@with_context
def parse_get_queues(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_queues into its result, or raise the error it carries."""
    raise_for_status("get_queues", response, body, (200,), ERRORS)
    return ERRORS.finish("get_queues", response, body)


def build_update_queue(
    *,
    mode: Mode | None = None,
    client_queue_id: int | None = None,
    client_subaccount_id: int | None = None,
    friendly_name: str,
    comments: str | None = None,
    client_moh_profile_id: int | None = None,
    max_wait_time: int | None = None,
    max_wait_time_no_agent: int | None = None,
    progressive_ring_delay: int | None = None,
    discard_abandoned_delay: int | None = None,
    max_no_agent: int | None = None,
    tier_escalate_delay: int | None = None,
    datetime_suspended_until: _dt.datetime | None = None,
    agents: Sequence[int] | None = None,
    options: Sequence[QueueOption] | None = None,
    status: EnabledStatus | None = None,
) -> PreparedRequest:
    """Check the arguments of update_queue and build its request."""
    problems: Problems = []
    check_scalar(problems, mode, "mode", "enum", allowed=MODE_VALUES)
    check_scalar(problems, client_queue_id, "client_queue_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, friendly_name, "friendly_name", "string", required=True, min_length=2, max_length=60)
    check_scalar(problems, comments, "comments", "string")
    check_scalar(problems, client_moh_profile_id, "client_moh_profile_id", "integer")
    check_scalar(problems, max_wait_time, "max_wait_time", "integer", minimum=10, maximum=7200)
    check_scalar(problems, max_wait_time_no_agent, "max_wait_time_no_agent", "integer", minimum=30, maximum=600)
    check_scalar(problems, progressive_ring_delay, "progressive_ring_delay", "integer", minimum=5, maximum=300)
    check_scalar(problems, discard_abandoned_delay, "discard_abandoned_delay", "integer", minimum=300, maximum=86400)
    check_scalar(problems, max_no_agent, "max_no_agent", "integer", minimum=0, maximum=99)
    check_scalar(problems, tier_escalate_delay, "tier_escalate_delay", "integer", minimum=30, maximum=3600)
    check_scalar(problems, datetime_suspended_until, "datetime_suspended_until", "datetime")
    check_list(problems, agents, "agents", "integer")
    check_list(problems, options, "options", "enum", allowed=QUEUE_OPTION_VALUES)
    check_scalar(problems, status, "status", "enum", allowed=ENABLED_STATUS_VALUES)
    if (mode is None or mode == "update") and client_queue_id is None:
        problems.append(("client_queue_id", "is required when mode is 'update'"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("mode", (None if mode is None else str(mode))),
            ("client_queue_id", (None if client_queue_id is None else str(client_queue_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("friendly_name", friendly_name),
            ("comments", comments),
            ("client_moh_profile_id", (None if client_moh_profile_id is None else str(client_moh_profile_id))),
            ("max_wait_time", (None if max_wait_time is None else str(max_wait_time))),
            ("max_wait_time_no_agent", (None if max_wait_time_no_agent is None else str(max_wait_time_no_agent))),
            ("progressive_ring_delay", (None if progressive_ring_delay is None else str(progressive_ring_delay))),
            ("discard_abandoned_delay", (None if discard_abandoned_delay is None else str(discard_abandoned_delay))),
            ("max_no_agent", (None if max_no_agent is None else str(max_no_agent))),
            ("tier_escalate_delay", (None if tier_escalate_delay is None else str(tier_escalate_delay))),
            (
                "datetime_suspended_until",
                (None if datetime_suspended_until is None else datetime_suspended_until.strftime("%Y-%m-%d %H:%M:%S")),
            ),
            ("agents", (None if agents is None else ",".join(str(x) for x in agents))),
            ("options", (None if options is None else ",".join(str(x) for x in options))),
            ("status", (None if status is None else str(status))),
        )
    )
    return PreparedRequest("update_queue", "GET", "/api/v1.1/json/update_queue", query, mutates=True)


@with_mutation_context
def parse_update_queue(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_queue into its result, or raise the error it carries."""
    raise_for_status("update_queue", response, body, (200,), ERRORS)
    return ERRORS.finish("update_queue", response, body)


def build_get_queue_agents(
    *,
    client_queue_agent_id: int | None = None,
    client_subaccount_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_queue_agents and build its request."""
    problems: Problems = []
    check_scalar(problems, client_queue_agent_id, "client_queue_agent_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("client_queue_agent_id", (None if client_queue_agent_id is None else str(client_queue_agent_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
        )
    )
    return PreparedRequest("get_queue_agents", "GET", "/api/v1.1/json/get_queue_agents", query)


@with_context
def parse_get_queue_agents(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_queue_agents into its result, or raise the error it carries."""
    raise_for_status("get_queue_agents", response, body, (200,), ERRORS)
    return ERRORS.finish("get_queue_agents", response, body)


def build_update_queue_agent(
    *,
    mode: Mode | None = None,
    client_queue_agent_id: int | None = None,
    client_subaccount_id: int | None = None,
    friendly_name: str,
    comments: str | None = None,
    client_peer_id: int | None = None,
    client_director_profile_id: int | None = None,
    client_schedule_id: int | None = None,
    ring_delay: int | None = None,
    wrap_up_delay: int | None = None,
    on_busy_delay: int | None = None,
    on_reject_delay: int | None = None,
    on_unanswered_delay: int | None = None,
    max_unanswered: int | None = None,
    agent_status: AgentStatus | None = None,
    status: EnabledStatus | None = None,
) -> PreparedRequest:
    """Check the arguments of update_queue_agent and build its request."""
    problems: Problems = []
    check_scalar(problems, mode, "mode", "enum", allowed=MODE_VALUES)
    check_scalar(problems, client_queue_agent_id, "client_queue_agent_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, friendly_name, "friendly_name", "string", required=True, min_length=2, max_length=60)
    check_scalar(problems, comments, "comments", "string")
    check_scalar(problems, client_peer_id, "client_peer_id", "integer")
    check_scalar(problems, client_director_profile_id, "client_director_profile_id", "integer")
    check_scalar(problems, client_schedule_id, "client_schedule_id", "integer")
    check_scalar(problems, ring_delay, "ring_delay", "integer", minimum=5, maximum=120)
    check_scalar(problems, wrap_up_delay, "wrap_up_delay", "integer", minimum=0, maximum=600)
    check_scalar(problems, on_busy_delay, "on_busy_delay", "integer", minimum=0, maximum=3600)
    check_scalar(problems, on_reject_delay, "on_reject_delay", "integer", minimum=0, maximum=3600)
    check_scalar(problems, on_unanswered_delay, "on_unanswered_delay", "integer", minimum=0, maximum=3600)
    check_scalar(problems, max_unanswered, "max_unanswered", "integer", minimum=0, maximum=99)
    check_scalar(problems, agent_status, "agent_status", "enum", allowed=AGENT_STATUS_VALUES)
    check_scalar(problems, status, "status", "enum", allowed=ENABLED_STATUS_VALUES)
    if (mode is None or mode == "update") and client_queue_agent_id is None:
        problems.append(("client_queue_agent_id", "is required when mode is 'update'"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("mode", (None if mode is None else str(mode))),
            ("client_queue_agent_id", (None if client_queue_agent_id is None else str(client_queue_agent_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("friendly_name", friendly_name),
            ("comments", comments),
            ("client_peer_id", (None if client_peer_id is None else str(client_peer_id))),
            (
                "client_director_profile_id",
                (None if client_director_profile_id is None else str(client_director_profile_id)),
            ),
            ("client_schedule_id", (None if client_schedule_id is None else str(client_schedule_id))),
            ("ring_delay", (None if ring_delay is None else str(ring_delay))),
            ("wrap_up_delay", (None if wrap_up_delay is None else str(wrap_up_delay))),
            ("on_busy_delay", (None if on_busy_delay is None else str(on_busy_delay))),
            ("on_reject_delay", (None if on_reject_delay is None else str(on_reject_delay))),
            ("on_unanswered_delay", (None if on_unanswered_delay is None else str(on_unanswered_delay))),
            ("max_unanswered", (None if max_unanswered is None else str(max_unanswered))),
            ("agent_status", (None if agent_status is None else str(agent_status))),
            ("status", (None if status is None else str(status))),
        )
    )
    return PreparedRequest("update_queue_agent", "GET", "/api/v1.1/json/update_queue_agent", query, mutates=True)


@with_mutation_context
def parse_update_queue_agent(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_queue_agent into its result, or raise the error it carries."""
    raise_for_status("update_queue_agent", response, body, (200,), ERRORS)
    return ERRORS.finish("update_queue_agent", response, body)


def build_get_callerid_profiles(
    *,
    client_callerid_profile_id: int | None = None,
    client_subaccount_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_callerid_profiles and build its request."""
    problems: Problems = []
    check_scalar(problems, client_callerid_profile_id, "client_callerid_profile_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            (
                "client_callerid_profile_id",
                (None if client_callerid_profile_id is None else str(client_callerid_profile_id)),
            ),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
        )
    )
    return PreparedRequest("get_callerid_profiles", "GET", "/api/v1.1/json/get_callerid_profiles", query)


@with_context
def parse_get_callerid_profiles(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_callerid_profiles into its result, or raise the error it carries."""
    raise_for_status("get_callerid_profiles", response, body, (200,), ERRORS)
    return ERRORS.finish("get_callerid_profiles", response, body)


def build_update_callerid_profile(
    *,
    mode: Mode | None = None,
    client_callerid_profile_id: int | None = None,
    client_subaccount_id: int | None = None,
    friendly_name: str,
    callerid_name: str | None = None,
    client_did_ids: Sequence[int] | None = None,
    default_client_did_id: int | None = None,
    callerid_number: str | None = None,
    privacy: CalleridPrivacy | None = None,
    status: EnabledStatus,
    comments: str | None = None,
    purge_conditions: bool | None = None,
    conditions_data: Sequence[CalleridCondition] | None = None,
) -> PreparedRequest:
    """Check the arguments of update_callerid_profile and build its request."""
    problems: Problems = []
    check_scalar(problems, mode, "mode", "enum", allowed=MODE_VALUES)
    check_scalar(problems, client_callerid_profile_id, "client_callerid_profile_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, friendly_name, "friendly_name", "string", required=True, min_length=2, max_length=32)
    check_scalar(problems, callerid_name, "callerid_name", "string", min_length=2, max_length=15)
    check_list(problems, client_did_ids, "client_did_ids", "integer")
    check_scalar(problems, default_client_did_id, "default_client_did_id", "integer")
    check_scalar(problems, callerid_number, "callerid_number", "string", pattern=_RE_84407BE604)
    check_scalar(problems, privacy, "privacy", "enum", allowed=CALLERID_PRIVACY_VALUES)
    check_scalar(problems, status, "status", "enum", allowed=ENABLED_STATUS_VALUES, required=True)
    check_scalar(problems, comments, "comments", "string")
    check_scalar(problems, purge_conditions, "purge_conditions", "boolean")
    if conditions_data is not None:
        if isinstance(conditions_data, (str, bytes)) or not isinstance(conditions_data, (list, tuple)):
            problems.append(("conditions_data", "must be a list or tuple"))
        else:
            for i1, x1 in enumerate(conditions_data):
                if x1 is None:
                    problems.append((f"conditions_data[{i1}]", "must not be None"))
                else:
                    if not isinstance(x1, CalleridCondition):
                        problems.append((f"conditions_data[{i1}]", "must be a CalleridCondition"))
                    else:
                        check_callerid_condition(x1, f"conditions_data[{i1}]", problems)
    if (mode is None or mode == "update") and client_callerid_profile_id is None:
        problems.append(("client_callerid_profile_id", "is required when mode is 'update'"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("mode", (None if mode is None else str(mode))),
            (
                "client_callerid_profile_id",
                (None if client_callerid_profile_id is None else str(client_callerid_profile_id)),
            ),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("friendly_name", friendly_name),
            ("callerid_name", callerid_name),
            ("client_did_ids", (None if client_did_ids is None else ",".join(str(x) for x in client_did_ids))),
            ("default_client_did_id", (None if default_client_did_id is None else str(default_client_did_id))),
            ("callerid_number", callerid_number),
            ("privacy", (None if privacy is None else str(privacy))),
            ("status", str(status)),
            ("comments", comments),
            ("purge_conditions", (None if purge_conditions is None else ("1" if purge_conditions else "0"))),
            *(
                ()
                if conditions_data is None
                else (("conditions_data", json.dumps([wire_callerid_condition(x) for x in conditions_data])),)
            ),
        )
    )
    return PreparedRequest(
        "update_callerid_profile", "GET", "/api/v1.1/json/update_callerid_profile", query, mutates=True
    )


@with_mutation_context
def parse_update_callerid_profile(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_callerid_profile into its result, or raise the error it carries."""
    raise_for_status("update_callerid_profile", response, body, (200,), ERRORS)
    return ERRORS.finish("update_callerid_profile", response, body)


def build_get_ivr_profiles(
    *,
    client_ivr_profile_id: int | None = None,
    client_subaccount_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_ivr_profiles and build its request."""
    problems: Problems = []
    check_scalar(problems, client_ivr_profile_id, "client_ivr_profile_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("client_ivr_profile_id", (None if client_ivr_profile_id is None else str(client_ivr_profile_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
        )
    )
    return PreparedRequest("get_ivr_profiles", "GET", "/api/v1.1/json/get_ivr_profiles", query)


@with_context
def parse_get_ivr_profiles(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_ivr_profiles into its result, or raise the error it carries."""
    raise_for_status("get_ivr_profiles", response, body, (200,), ERRORS)
    return ERRORS.finish("get_ivr_profiles", response, body)


def build_update_ivr_profile(
    *,
    mode: Mode | None = None,
    client_ivr_profile_id: int | None = None,
    client_subaccount_id: int | None = None,
    friendly_name: str,
    default_language: IvrLanguage | None = None,
    pre_ivr_extension: int | None = None,
    pre_ivr_delay: PreIvrDelay | None = None,
    client_office_hour_id: int | None = None,
    client_moh_profile_id: int | None = None,
    options: Sequence[IvrOption] | None = None,
    status: EnabledStatus,
    comments: str | None = None,
    serialized_metadata: object | None = None,
    raw_metadata: str | None = None,
) -> PreparedRequest:
    """Check the arguments of update_ivr_profile and build its request."""
    problems: Problems = []
    check_scalar(problems, mode, "mode", "enum", allowed=MODE_VALUES)
    check_scalar(problems, client_ivr_profile_id, "client_ivr_profile_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, friendly_name, "friendly_name", "string", required=True, min_length=2, max_length=60)
    check_scalar(problems, default_language, "default_language", "enum", allowed=IVR_LANGUAGE_VALUES)
    check_scalar(problems, pre_ivr_extension, "pre_ivr_extension", "integer")
    check_scalar(problems, pre_ivr_delay, "pre_ivr_delay", "enum", allowed=PRE_IVR_DELAY_VALUES)
    check_scalar(problems, client_office_hour_id, "client_office_hour_id", "integer")
    check_scalar(problems, client_moh_profile_id, "client_moh_profile_id", "integer")
    check_list(problems, options, "options", "enum", allowed=IVR_OPTION_VALUES)
    check_scalar(problems, status, "status", "enum", allowed=ENABLED_STATUS_VALUES, required=True)
    check_scalar(problems, comments, "comments", "string")
    check_encodable(problems, serialized_metadata, "serialized_metadata", php_serialize)
    check_scalar(problems, raw_metadata, "raw_metadata", "string")
    if (mode is None or mode == "update") and client_ivr_profile_id is None:
        problems.append(("client_ivr_profile_id", "is required when mode is 'update'"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("mode", (None if mode is None else str(mode))),
            ("client_ivr_profile_id", (None if client_ivr_profile_id is None else str(client_ivr_profile_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("friendly_name", friendly_name),
            ("default_language", (None if default_language is None else str(default_language))),
            ("pre_ivr_extension", (None if pre_ivr_extension is None else str(pre_ivr_extension))),
            ("pre_ivr_delay", (None if pre_ivr_delay is None else str(pre_ivr_delay))),
            ("client_office_hour_id", (None if client_office_hour_id is None else str(client_office_hour_id))),
            ("client_moh_profile_id", (None if client_moh_profile_id is None else str(client_moh_profile_id))),
            ("options", (None if options is None else ",".join(str(x) for x in options))),
            ("status", str(status)),
            ("comments", comments),
            *(() if serialized_metadata is None else (("serialized_metadata", php_serialize(serialized_metadata)),)),
            ("raw_metadata", raw_metadata),
        )
    )
    return PreparedRequest("update_ivr_profile", "GET", "/api/v1.1/json/update_ivr_profile", query, mutates=True)


@with_mutation_context
def parse_update_ivr_profile(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_ivr_profile into its result, or raise the error it carries."""
    raise_for_status("update_ivr_profile", response, body, (200,), ERRORS)
    return ERRORS.finish("update_ivr_profile", response, body)


def build_get_schedules(
    *,
    client_schedule_id: int | None = None,
    client_subaccount_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_schedules and build its request."""
    problems: Problems = []
    check_scalar(problems, client_schedule_id, "client_schedule_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("client_schedule_id", (None if client_schedule_id is None else str(client_schedule_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
        )
    )
    return PreparedRequest("get_schedules", "GET", "/api/v1.1/json/get_schedules", query)


@with_context
def parse_get_schedules(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_schedules into its result, or raise the error it carries."""
    raise_for_status("get_schedules", response, body, (200,), ERRORS)
    return ERRORS.finish("get_schedules", response, body)


def build_update_schedule(
    *,
    mode: Mode | None = None,
    client_schedule_id: int | None = None,
    client_subaccount_id: int | None = None,
    friendly_name: str,
    comments: str | None = None,
    time_zone_id: int | None = None,
    range_date: RangeDate | None = None,
    shift_start_date: _dt.date | None = None,
    business_hours: object | None = None,
    shift: Sequence[Shift] | None = None,
    status: EnabledStatus | None = None,
) -> PreparedRequest:
    """Check the arguments of update_schedule and build its request."""
    problems: Problems = []
    check_scalar(problems, mode, "mode", "enum", allowed=MODE_VALUES)
    check_scalar(problems, client_schedule_id, "client_schedule_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, friendly_name, "friendly_name", "string", required=True, min_length=2, max_length=60)
    check_scalar(problems, comments, "comments", "string")
    check_scalar(problems, time_zone_id, "time_zone_id", "integer")
    check_scalar(problems, range_date, "range_date", "enum", allowed=RANGE_DATE_VALUES)
    check_scalar(problems, shift_start_date, "shift_start_date", "date")
    check_encodable(problems, business_hours, "business_hours", json.dumps)
    if shift is not None:
        if isinstance(shift, (str, bytes)) or not isinstance(shift, (list, tuple)):
            problems.append(("shift", "must be a list or tuple"))
        else:
            for i1, x1 in enumerate(shift):
                if x1 is None:
                    problems.append((f"shift[{i1}]", "must not be None"))
                else:
                    if not isinstance(x1, Shift):
                        problems.append((f"shift[{i1}]", "must be a Shift"))
                    else:
                        check_shift(x1, f"shift[{i1}]", problems)
    check_scalar(problems, status, "status", "enum", allowed=ENABLED_STATUS_VALUES)
    if (mode is None or mode == "update") and client_schedule_id is None:
        problems.append(("client_schedule_id", "is required when mode is 'update'"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("mode", (None if mode is None else str(mode))),
            ("client_schedule_id", (None if client_schedule_id is None else str(client_schedule_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("friendly_name", friendly_name),
            ("comments", comments),
            ("time_zone_id", (None if time_zone_id is None else str(time_zone_id))),
            ("range_date", (None if range_date is None else str(range_date))),
            ("shift_start_date", (None if shift_start_date is None else shift_start_date.strftime("%Y-%m-%d"))),
            ("business_hours", (None if business_hours is None else json.dumps(business_hours))),
            *indexed_pairs("shift", shift, pairs_shift),
            ("status", (None if status is None else str(status))),
        )
    )
    return PreparedRequest("update_schedule", "GET", "/api/v1.1/json/update_schedule", query, mutates=True)


@with_mutation_context
def parse_update_schedule(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_schedule into its result, or raise the error it carries."""
    raise_for_status("update_schedule", response, body, (200,), ERRORS)
    return ERRORS.finish("update_schedule", response, body)


def build_get_storage_stats(
    *,
    date_from: _dt.date | None = None,
    date_to: _dt.date | None = None,
    client_subaccount_ids: Sequence[int] | None = None,
    storage_types: Sequence[StorageType] | None = None,
) -> PreparedRequest:
    """Check the arguments of get_storage_stats and build its request."""
    problems: Problems = []
    check_scalar(problems, date_from, "date_from", "date")
    check_scalar(problems, date_to, "date_to", "date")
    check_list(problems, client_subaccount_ids, "client_subaccount_ids", "integer", max_items=10)
    check_list(problems, storage_types, "storage_types", "enum", allowed=STORAGE_TYPE_VALUES)
    raise_problems(problems)
    query = query_pairs(
        (
            ("date_from", (None if date_from is None else date_from.strftime("%Y-%m-%d"))),
            ("date_to", (None if date_to is None else date_to.strftime("%Y-%m-%d"))),
            (
                "client_subaccount_ids",
                (None if client_subaccount_ids is None else ",".join(str(x) for x in client_subaccount_ids)),
            ),
            ("storage_types", (None if storage_types is None else ",".join(str(x) for x in storage_types))),
        )
    )
    return PreparedRequest("get_storage_stats", "GET", "/api/v1.1/json/get_storage_stats", query)


@with_context
def parse_get_storage_stats(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_storage_stats into its result, or raise the error it carries."""
    raise_for_status("get_storage_stats", response, body, (200,), ERRORS)
    return ERRORS.finish("get_storage_stats", response, body)


def build_get_media_files(
    *,
    client_media_file_id: int | None = None,
    client_media_folder_id: int | None = None,
    client_subaccount_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_media_files and build its request."""
    problems: Problems = []
    check_scalar(problems, client_media_file_id, "client_media_file_id", "integer")
    check_scalar(problems, client_media_folder_id, "client_media_folder_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            ("client_media_file_id", (None if client_media_file_id is None else str(client_media_file_id))),
            ("client_media_folder_id", (None if client_media_folder_id is None else str(client_media_folder_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
        )
    )
    return PreparedRequest("get_media_files", "GET", "/api/v1.1/json/get_media_files", query)


@with_context
def parse_get_media_files(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_media_files into its result, or raise the error it carries."""
    raise_for_status("get_media_files", response, body, (200,), ERRORS)
    return ERRORS.finish("get_media_files", response, body)


def build_get_devices(
    *,
    make: str | None = None,
) -> PreparedRequest:
    """Check the arguments of get_devices and build its request."""
    problems: Problems = []
    check_scalar(problems, make, "make", "string")
    raise_problems(problems)
    query = query_pairs((("make", make),))
    return PreparedRequest("get_devices", "GET", "/api/v1.1/json/get_devices", query)


@with_context
def parse_get_devices(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_devices into its result, or raise the error it carries."""
    raise_for_status("get_devices", response, body, (200,), ERRORS)
    return ERRORS.finish("get_devices", response, body)


def build_get_device_endpoints(
    *,
    client_device_endpoint_id: int | None = None,
    client_subaccount_id: int | None = None,
    device_mac: str | None = None,
    device_id: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_device_endpoints and build its request."""
    problems: Problems = []
    check_scalar(problems, client_device_endpoint_id, "client_device_endpoint_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, device_mac, "device_mac", "string")
    check_scalar(problems, device_id, "device_id", "integer")
    raise_problems(problems)
    query = query_pairs(
        (
            (
                "client_device_endpoint_id",
                (None if client_device_endpoint_id is None else str(client_device_endpoint_id)),
            ),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("device_mac", device_mac),
            ("device_id", (None if device_id is None else str(device_id))),
        )
    )
    return PreparedRequest("get_device_endpoints", "GET", "/api/v1.1/json/get_device_endpoints", query)


@with_context
def parse_get_device_endpoints(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_device_endpoints into its result, or raise the error it carries."""
    raise_for_status("get_device_endpoints", response, body, (200,), ERRORS)
    return ERRORS.finish("get_device_endpoints", response, body)


def build_update_device_endpoint(
    *,
    mode: Mode | None = None,
    client_device_endpoint_id: int | None = None,
    client_subaccount_id: int | None = None,
    friendly_name: str | None = None,
    device_id: int,
    device_name: str | None = None,
    client_peer_ids: Sequence[str] | None = None,
    client_extension_id: int | None = None,
    client_mailbox_id: int | None = None,
    device_mac: str | None = None,
    serial_number: str | None = None,
    timezone_id: int | None = None,
    admin_password: str | None = None,
    phone_password: str | None = None,
    language: Language | None = None,
    is_time_format24_h: bool | None = None,
    is_vlan_enabled: bool | None = None,
    vlan: int | None = None,
    call_waiting: CallWaiting | None = None,
    call_forwarding: CallForwarding | None = None,
    button_config: object | None = None,
    status: EntityStatus | None = None,
    comments: str | None = None,
) -> PreparedRequest:
    """Check the arguments of update_device_endpoint and build its request."""
    problems: Problems = []
    check_scalar(problems, mode, "mode", "enum", allowed=MODE_VALUES)
    check_scalar(problems, client_device_endpoint_id, "client_device_endpoint_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, friendly_name, "friendly_name", "string", min_length=2, max_length=32)
    check_scalar(problems, device_id, "device_id", "integer", required=True)
    check_scalar(problems, device_name, "device_name", "string")
    check_list(problems, client_peer_ids, "client_peer_ids", "string", pattern=_RE_6B57E2DAB0)
    check_scalar(problems, client_extension_id, "client_extension_id", "integer")
    check_scalar(problems, client_mailbox_id, "client_mailbox_id", "integer")
    check_scalar(problems, device_mac, "device_mac", "string")
    check_scalar(problems, serial_number, "serial_number", "string")
    check_scalar(problems, timezone_id, "timezone_id", "integer")
    check_scalar(problems, admin_password, "admin_password", "string")
    check_scalar(problems, phone_password, "phone_password", "string")
    check_scalar(problems, language, "language", "enum", allowed=LANGUAGE_VALUES)
    check_scalar(problems, is_time_format24_h, "is_time_format24_h", "boolean")
    check_scalar(problems, is_vlan_enabled, "is_vlan_enabled", "boolean")
    check_scalar(problems, vlan, "vlan", "integer")
    check_scalar(problems, call_waiting, "call_waiting", "enum", allowed=CALL_WAITING_VALUES)
    check_scalar(problems, call_forwarding, "call_forwarding", "enum", allowed=CALL_FORWARDING_VALUES)
    check_encodable(problems, button_config, "button_config", json.dumps)
    check_scalar(problems, status, "status", "enum", allowed=ENTITY_STATUS_VALUES)
    check_scalar(problems, comments, "comments", "string")
    if (mode is None or mode == "update") and client_device_endpoint_id is None:
        problems.append(("client_device_endpoint_id", "is required when mode is 'update'"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("mode", (None if mode is None else str(mode))),
            (
                "client_device_endpoint_id",
                (None if client_device_endpoint_id is None else str(client_device_endpoint_id)),
            ),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("friendly_name", friendly_name),
            ("device_id", str(device_id)),
            ("device_name", device_name),
            ("client_peer_ids", (None if client_peer_ids is None else ",".join(x for x in client_peer_ids))),
            ("client_extension_id", (None if client_extension_id is None else str(client_extension_id))),
            ("client_mailbox_id", (None if client_mailbox_id is None else str(client_mailbox_id))),
            ("device_mac", device_mac),
            ("serial_number", serial_number),
            ("timezone_id", (None if timezone_id is None else str(timezone_id))),
            ("admin_password", admin_password),
            ("phone_password", phone_password),
            ("language", (None if language is None else str(language))),
            ("is_time_format24h", (None if is_time_format24_h is None else ("1" if is_time_format24_h else "0"))),
            ("is_vlan_enabled", (None if is_vlan_enabled is None else ("1" if is_vlan_enabled else "0"))),
            ("vlan", (None if vlan is None else str(vlan))),
            ("call_waiting", (None if call_waiting is None else str(call_waiting))),
            ("call_forwarding", (None if call_forwarding is None else str(call_forwarding))),
            ("button_config", (None if button_config is None else json.dumps(button_config))),
            ("status", (None if status is None else str(status))),
            ("comments", comments),
        )
    )
    return PreparedRequest(
        "update_device_endpoint",
        "GET",
        "/api/v1.1/json/update_device_endpoint",
        query,
        mutates=True,
        secrets=secret_texts(admin_password, phone_password),
    )


@with_mutation_context
def parse_update_device_endpoint(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_device_endpoint into its result, or raise the error it carries."""
    raise_for_status("update_device_endpoint", response, body, (200,), ERRORS)
    return ERRORS.finish("update_device_endpoint", response, body)


def build_delete_device_endpoint(
    *,
    client_device_endpoint_id: int,
) -> PreparedRequest:
    """Check the arguments of delete_device_endpoint and build its request."""
    problems: Problems = []
    check_scalar(problems, client_device_endpoint_id, "client_device_endpoint_id", "integer", required=True)
    raise_problems(problems)
    query = query_pairs((("client_device_endpoint_id", str(client_device_endpoint_id)),))
    return PreparedRequest(
        "delete_device_endpoint", "GET", "/api/v1.1/json/delete_device_endpoint", query, mutates=True
    )


@with_mutation_context
def parse_delete_device_endpoint(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to delete_device_endpoint into its result, or raise the error it carries."""
    raise_for_status("delete_device_endpoint", response, body, (200,), ERRORS)
    return ERRORS.finish("delete_device_endpoint", response, body)


def build_get_3_cx_servers(
    *,
    pbx3_cx_server_id: int | None = None,
    client_subaccount_id: int | None = None,
    friendly_name: str | None = None,
    server_fqdn: str | None = None,
    license_key: str | None = None,
    level: int | None = None,
) -> PreparedRequest:
    """Check the arguments of get_3cx_servers and build its request."""
    problems: Problems = []
    check_scalar(problems, pbx3_cx_server_id, "pbx3_cx_server_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, friendly_name, "friendly_name", "string")
    check_scalar(problems, server_fqdn, "server_fqdn", "string")
    check_scalar(problems, license_key, "license_key", "string")
    check_scalar(problems, level, "level", "integer", minimum=1, maximum=3)
    raise_problems(problems)
    query = query_pairs(
        (
            ("pbx3cx_server_id", (None if pbx3_cx_server_id is None else str(pbx3_cx_server_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("friendly_name", friendly_name),
            ("server_fqdn", server_fqdn),
            ("license_key", license_key),
            ("level", (None if level is None else str(level))),
        )
    )
    return PreparedRequest(
        "get_3cx_servers", "GET", "/api/v1.1/json/get_3cx_servers", query, secrets=secret_texts(license_key)
    )


@with_context
def parse_get_3_cx_servers(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to get_3cx_servers into its result, or raise the error it carries."""
    raise_for_status("get_3cx_servers", response, body, (200,), ERRORS)
    return ERRORS.finish("get_3cx_servers", response, body)


def build_update_3_cx_server(
    *,
    mode: Mode | None = None,
    pbx3_cx_server_id: int | None = None,
    client_subaccount_id: int | None = None,
    friendly_name: str,
    server_port: int | None = None,
    level: ServiceLevel | None = None,
    server_fqdn: str | None = None,
    is_connection_allowed: bool | None = None,
    server_name: str | None = None,
    server_password: str | None = None,
    enable_fetch_license_expiration: bool | None = None,
    license_key: str | None = None,
    license_expiration: _dt.date | None = None,
    product_edition: ProductEdition | None = None,
    product_simultaneous_calls: SimultaneousCalls | None = None,
    options: Sequence[PbxServerOption] | None = None,
    encrypt_backup_password: str | None = None,
    backup_frequency: BackupFrequency | None = None,
    backup_retention: BackupRetention | None = None,
    call_retention: CallRetention | None = None,
    dns_service: DnsService | None = None,
    auth_type: DnsAuthType | None = None,
    auth_id: str | None = None,
    auth_password: str | None = None,
    certificate_token: str | None = None,
    monitoring_status: EnabledStatus | None = None,
    subscribed_monitoring: Sequence[MonitoredService] | None = None,
    alert_status: EnabledStatus | None = None,
    subscribed_alerts: Sequence[AlertType] | None = None,
    alert_recipients: Sequence[str] | None = None,
    status: EntityStatus | None = None,
    comments: str | None = None,
) -> PreparedRequest:
    """Check the arguments of update_3cx_server and build its request."""
    problems: Problems = []
    check_scalar(problems, mode, "mode", "enum", allowed=MODE_VALUES)
    check_scalar(problems, pbx3_cx_server_id, "pbx3_cx_server_id", "integer")
    check_scalar(problems, client_subaccount_id, "client_subaccount_id", "integer")
    check_scalar(problems, friendly_name, "friendly_name", "string", required=True, min_length=2, max_length=32)
    check_scalar(problems, server_port, "server_port", "integer", minimum=1, maximum=65535)
    check_scalar(problems, level, "level", "enum", allowed=SERVICE_LEVEL_VALUES)
    check_scalar(problems, server_fqdn, "server_fqdn", "string")
    check_scalar(problems, is_connection_allowed, "is_connection_allowed", "boolean")
    check_scalar(problems, server_name, "server_name", "string")
    check_scalar(problems, server_password, "server_password", "string")
    check_scalar(problems, enable_fetch_license_expiration, "enable_fetch_license_expiration", "boolean")
    check_scalar(problems, license_key, "license_key", "string")
    check_scalar(problems, license_expiration, "license_expiration", "date")
    check_scalar(problems, product_edition, "product_edition", "enum", allowed=PRODUCT_EDITION_VALUES)
    check_scalar(
        problems, product_simultaneous_calls, "product_simultaneous_calls", "enum", allowed=SIMULTANEOUS_CALLS_VALUES
    )
    check_list(problems, options, "options", "enum", allowed=PBX_SERVER_OPTION_VALUES)
    check_scalar(problems, encrypt_backup_password, "encrypt_backup_password", "string")
    check_scalar(problems, backup_frequency, "backup_frequency", "enum", allowed=BACKUP_FREQUENCY_VALUES)
    check_scalar(problems, backup_retention, "backup_retention", "enum", allowed=BACKUP_RETENTION_VALUES)
    check_scalar(problems, call_retention, "call_retention", "enum", allowed=CALL_RETENTION_VALUES)
    check_scalar(problems, dns_service, "dns_service", "enum", allowed=DNS_SERVICE_VALUES)
    check_scalar(problems, auth_type, "auth_type", "enum", allowed=DNS_AUTH_TYPE_VALUES)
    check_scalar(problems, auth_id, "auth_id", "string")
    check_scalar(problems, auth_password, "auth_password", "string")
    check_scalar(problems, certificate_token, "certificate_token", "string")
    check_scalar(problems, monitoring_status, "monitoring_status", "enum", allowed=ENABLED_STATUS_VALUES)
    check_list(problems, subscribed_monitoring, "subscribed_monitoring", "enum", allowed=MONITORED_SERVICE_VALUES)
    check_scalar(problems, alert_status, "alert_status", "enum", allowed=ENABLED_STATUS_VALUES)
    check_list(problems, subscribed_alerts, "subscribed_alerts", "enum", allowed=ALERT_TYPE_VALUES)
    check_list(problems, alert_recipients, "alert_recipients", "string")
    check_scalar(problems, status, "status", "enum", allowed=ENTITY_STATUS_VALUES)
    check_scalar(problems, comments, "comments", "string")
    if (mode is None or mode == "update") and pbx3_cx_server_id is None:
        problems.append(("pbx3_cx_server_id", "is required when mode is 'update'"))
    if is_connection_allowed is True and server_name is None:
        problems.append(("server_name", "is required when is_connection_allowed is True"))
    if is_connection_allowed is True and server_password is None:
        problems.append(("server_password", "is required when is_connection_allowed is True"))
    if "encrypt_backup" in (options or ()) and encrypt_backup_password is None:
        problems.append(("encrypt_backup_password", "is required when options includes 'encrypt_backup'"))
    if dns_service == "dns_cloudns" and auth_type is None:
        problems.append(("auth_type", "is required when dns_service is 'dns_cloudns'"))
    if dns_service == "dns_cloudns" and auth_id is None:
        problems.append(("auth_id", "is required when dns_service is 'dns_cloudns'"))
    if dns_service == "dns_cloudns" and auth_password is None:
        problems.append(("auth_password", "is required when dns_service is 'dns_cloudns'"))
    if dns_service == "dns_cf" and certificate_token is None:
        problems.append(("certificate_token", "is required when dns_service is 'dns_cf'"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("mode", (None if mode is None else str(mode))),
            ("pbx3cx_server_id", (None if pbx3_cx_server_id is None else str(pbx3_cx_server_id))),
            ("client_subaccount_id", (None if client_subaccount_id is None else str(client_subaccount_id))),
            ("friendly_name", friendly_name),
            ("server_port", (None if server_port is None else str(server_port))),
            ("level", (None if level is None else str(level))),
            ("server_fqdn", server_fqdn),
            (
                "is_connection_allowed",
                (None if is_connection_allowed is None else ("1" if is_connection_allowed else "0")),
            ),
            ("server_name", server_name),
            ("server_password", server_password),
            (
                "enable_fetch_license_expiration",
                (
                    None
                    if enable_fetch_license_expiration is None
                    else ("1" if enable_fetch_license_expiration else "0")
                ),
            ),
            ("license_key", license_key),
            ("license_expiration", (None if license_expiration is None else license_expiration.strftime("%Y-%m-%d"))),
            ("product_edition", (None if product_edition is None else str(product_edition))),
            (
                "product_simultaneous_calls",
                (None if product_simultaneous_calls is None else str(product_simultaneous_calls)),
            ),
            ("options", (None if options is None else ",".join(str(x) for x in options))),
            ("encrypt_backup_password", encrypt_backup_password),
            ("backup_frequency", (None if backup_frequency is None else str(backup_frequency))),
            ("backup_retention", (None if backup_retention is None else str(backup_retention))),
            ("call_retention", (None if call_retention is None else str(call_retention))),
            ("dns_service", (None if dns_service is None else str(dns_service))),
            ("auth_type", (None if auth_type is None else str(auth_type))),
            ("auth_id", auth_id),
            ("auth_password", auth_password),
            ("certificate_token", certificate_token),
            ("monitoring_status", (None if monitoring_status is None else str(monitoring_status))),
            (
                "subscribed_monitoring",
                (None if subscribed_monitoring is None else ",".join(str(x) for x in subscribed_monitoring)),
            ),
            ("alert_status", (None if alert_status is None else str(alert_status))),
            ("subscribed_alerts", (None if subscribed_alerts is None else ",".join(str(x) for x in subscribed_alerts))),
            ("alert_recipients", (None if alert_recipients is None else ",".join(x for x in alert_recipients))),
            ("status", (None if status is None else str(status))),
            ("comments", comments),
        )
    )
    return PreparedRequest(
        "update_3cx_server",
        "GET",
        "/api/v1.1/json/update_3cx_server",
        query,
        mutates=True,
        secrets=secret_texts(server_password, license_key, encrypt_backup_password, auth_password, certificate_token),
    )


@with_mutation_context
def parse_update_3_cx_server(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to update_3cx_server into its result, or raise the error it carries."""
    raise_for_status("update_3cx_server", response, body, (200,), ERRORS)
    return ERRORS.finish("update_3cx_server", response, body)


def build_delete_3_cx_server(
    *,
    pbx3_cx_server_id: int,
) -> PreparedRequest:
    """Check the arguments of delete_3cx_server and build its request."""
    problems: Problems = []
    check_scalar(problems, pbx3_cx_server_id, "pbx3_cx_server_id", "integer", required=True)
    raise_problems(problems)
    query = query_pairs((("pbx3cx_server_id", str(pbx3_cx_server_id)),))
    return PreparedRequest("delete_3cx_server", "GET", "/api/v1.1/json/delete_3cx_server", query, mutates=True)


@with_mutation_context
def parse_delete_3_cx_server(response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]:
    """Turn the answer to delete_3cx_server into its result, or raise the error it carries."""
    raise_for_status("delete_3cx_server", response, body, (200,), ERRORS)
    return ERRORS.finish("delete_3cx_server", response, body)
