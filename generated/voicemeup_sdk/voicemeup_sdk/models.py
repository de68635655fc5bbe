"""Typed records and value sets of the VoiceMeUp API."""

from __future__ import annotations

from typing import Final, Literal

from ._record import Record
from ._reply import Message, Reply

# The envelope's records are this module's (they live in the runtime's _reply).
Message.__module__ = Reply.__module__ = __name__

OutputFormat = Literal["json", "xml"]
"""The format the API answers in."""

OUTPUT_FORMAT_VALUES: Final[frozenset[OutputFormat]] = frozenset({"json", "xml"})

Language = Literal["en", "fr"]
"""A language."""

LANGUAGE_VALUES: Final[frozenset[Language]] = frozenset({"en", "fr"})

Currency = Literal["CAD", "USD", "EUR"]
"""A currency."""

CURRENCY_VALUES: Final[frozenset[Currency]] = frozenset({"CAD", "USD", "EUR"})

Mode = Literal["update", "create"]
"""Whether to update an existing entry or create a new one."""

MODE_VALUES: Final[frozenset[Mode]] = frozenset({"update", "create"})

EnabledStatus = Literal["enabled", "disabled"]
"""Whether the entry is enabled."""

ENABLED_STATUS_VALUES: Final[frozenset[EnabledStatus]] = frozenset({"enabled", "disabled"})

EntityStatus = Literal["enabled", "disabled", "deleted"]
"""The state of an entry."""

ENTITY_STATUS_VALUES: Final[frozenset[EntityStatus]] = frozenset({"enabled", "disabled", "deleted"})

YesNo = Literal["yes", "no"]
"""A yes or no flag as the API spells it."""

YES_NO_VALUES: Final[frozenset[YesNo]] = frozenset({"yes", "no"})

Direction = Literal["inbound", "outbound"]
"""The direction of a call or message."""

DIRECTION_VALUES: Final[frozenset[Direction]] = frozenset({"inbound", "outbound"})

RingTimeout = Literal["disabled", "2", "5", "10", "15", "20", "25", "30", "35", "40", "45", "50", "55"]
"""Seconds to ring before giving up, or disabled."""

RING_TIMEOUT_VALUES: Final[frozenset[RingTimeout]] = frozenset(
    {"disabled", "2", "5", "10", "15", "20", "25", "30", "35", "40", "45", "50", "55"}
)

NotifyTrigger = Literal["on_create", "on_ring", "on_answer", "on_hangup", "on_test", "on_record"]
"""A call event that triggers the notify callback."""

NOTIFY_TRIGGER_VALUES: Final[frozenset[NotifyTrigger]] = frozenset(
    {"on_create", "on_ring", "on_answer", "on_hangup", "on_test", "on_record"}
)

OrganizationType = Literal["personal", "business"]
"""Whether the customer is a person or a business."""

ORGANIZATION_TYPE_VALUES: Final[frozenset[OrganizationType]] = frozenset({"personal", "business"})

E911AddressType = Literal[
    "apartment",
    "basement",
    "building",
    "department",
    "floor",
    "front",
    "hanger",
    "key",
    "lobby",
    "lot",
    "lower",
    "office",
    "penthouse",
    "pier",
    "rear",
    "room",
    "side",
    "slip",
    "space",
    "stop",
    "suite",
    "trailer",
    "unit",
    "upper",
]
"""The kind of unit an address designates."""

E911_ADDRESS_TYPE_VALUES: Final[frozenset[E911AddressType]] = frozenset(
    {
        "apartment",
        "basement",
        "building",
        "department",
        "floor",
        "front",
        "hanger",
        "key",
        "lobby",
        "lot",
        "lower",
        "office",
        "penthouse",
        "pier",
        "rear",
        "room",
        "side",
        "slip",
        "space",
        "stop",
        "suite",
        "trailer",
        "unit",
        "upper",
    }
)

ConfirmOption = Literal["confirm_required", "announce_caller"]
"""Options of a forward to a phone number."""

CONFIRM_OPTION_VALUES: Final[frozenset[ConfirmOption]] = frozenset({"confirm_required", "announce_caller"})

CallRoutingType = Literal[
    "undefined",
    "internal",
    "emergency_call",
    "directory_assistance",
    "international_termination",
    "international_origination",
    "local_termination",
    "local_origination",
    "tollfree_origination",
    "tollfree_termination",
]
"""The routing type of a call."""

CALL_ROUTING_TYPE_VALUES: Final[frozenset[CallRoutingType]] = frozenset(
    {
        "undefined",
        "internal",
        "emergency_call",
        "directory_assistance",
        "international_termination",
        "international_origination",
        "local_termination",
        "local_origination",
        "tollfree_origination",
        "tollfree_termination",
    }
)

RoutingType = Literal[
    "internal",
    "emergency_call",
    "directory_assistance",
    "international_termination",
    "international_origination",
    "local_termination",
    "local_origination",
    "tollfree_origination",
    "tollfree_termination",
    "paypercall_origination",
    "total",
]
"""A routing type of the call statistics."""

ROUTING_TYPE_VALUES: Final[frozenset[RoutingType]] = frozenset(
    {
        "internal",
        "emergency_call",
        "directory_assistance",
        "international_termination",
        "international_origination",
        "local_termination",
        "local_origination",
        "tollfree_origination",
        "tollfree_termination",
        "paypercall_origination",
        "total",
    }
)

MessageType = Literal["sms_inbound", "sms_outbound", "mms_inbound", "mms_outbound", "total"]
"""A message type of the SMS statistics."""

MESSAGE_TYPE_VALUES: Final[frozenset[MessageType]] = frozenset(
    {"sms_inbound", "sms_outbound", "mms_inbound", "mms_outbound", "total"}
)

StorageType = Literal[
    "recordings_size",
    "voicemails_size",
    "medias_size",
    "faxes_size",
    "mms_size",
    "export_size",
    "pbx3cxmedia_size",
    "pbx3cxbackup_size",
    "total",
]
"""A storage type of the storage statistics."""

STORAGE_TYPE_VALUES: Final[frozenset[StorageType]] = frozenset(
    {
        "recordings_size",
        "voicemails_size",
        "medias_size",
        "faxes_size",
        "mms_size",
        "export_size",
        "pbx3cxmedia_size",
        "pbx3cxbackup_size",
        "total",
    }
)

CallDisposition = Literal["answered", "busy", "failed", "no_answer", "cancelled", "denied", "invalid", "unknown"]
"""How a call ended."""

CALL_DISPOSITION_VALUES: Final[frozenset[CallDisposition]] = frozenset(
    {"answered", "busy", "failed", "no_answer", "cancelled", "denied", "invalid", "unknown"}
)

MetadataMode = Literal["yes", "only", "all", "no"]
"""Whether to return metadata: yes, only the metadata, all or no."""

METADATA_MODE_VALUES: Final[frozenset[MetadataMode]] = frozenset({"yes", "only", "all", "no"})

RecordingStatus = Literal["unverified", "verified", "deleted"]
"""The state of a recording."""

RECORDING_STATUS_VALUES: Final[frozenset[RecordingStatus]] = frozenset({"unverified", "verified", "deleted"})

StoredStatus = Literal["enabled", "deleted", "purged"]
"""The state of a stored fax or SMS."""

STORED_STATUS_VALUES: Final[frozenset[StoredStatus]] = frozenset({"enabled", "deleted", "purged"})

TransmissionStatus = Literal["pending", "processing", "completed", "failed", "cancelled", "paused"]
"""The transmission state of a fax or SMS."""

TRANSMISSION_STATUS_VALUES: Final[frozenset[TransmissionStatus]] = frozenset(
    {"pending", "processing", "completed", "failed", "cancelled", "paused"}
)

FaxProfileOption = Literal[
    "inbound_completed_notification",
    "inbound_failed_notification",
    "outbound_completed_notification",
    "outbound_failed_notification",
    "enable_cover_page",
    "enable_inbound_send_attachment",
    "enable_outbound_send_attachment",
    "enable_callback",
]
"""An option of a fax profile."""

FAX_PROFILE_OPTION_VALUES: Final[frozenset[FaxProfileOption]] = frozenset(
    {
        "inbound_completed_notification",
        "inbound_failed_notification",
        "outbound_completed_notification",
        "outbound_failed_notification",
        "enable_cover_page",
        "enable_inbound_send_attachment",
        "enable_outbound_send_attachment",
        "enable_callback",
    }
)

PageFormat = Literal["letter", "legal", "a4"]
"""A paper format."""

PAGE_FORMAT_VALUES: Final[frozenset[PageFormat]] = frozenset({"letter", "legal", "a4"})

FaxResolution = Literal["standard", "fine", "super_fine", "ultra_fine", "color"]
"""A fax resolution (color is listed for fax profiles only)."""

FAX_RESOLUTION_VALUES: Final[frozenset[FaxResolution]] = frozenset(
    {"standard", "fine", "super_fine", "ultra_fine", "color"}
)

DidType = Literal["local", "tollfree", "paypercall", "international", "inum", "shadow", "interexchange"]
"""The kind of a DID."""

DID_TYPE_VALUES: Final[frozenset[DidType]] = frozenset(
    {"local", "tollfree", "paypercall", "international", "inum", "shadow", "interexchange"}
)

DidUsageType = Literal["default", "paging", "parking", "conference", "disa", "uri"]
"""What a DID is used for."""

DID_USAGE_TYPE_VALUES: Final[frozenset[DidUsageType]] = frozenset(
    {"default", "paging", "parking", "conference", "disa", "uri"}
)

DidFilterOption = Literal[
    "enable_ivr",
    "enable_disa",
    "enable_director",
    "enable_fax",
    "enable_peer",
    "enable_forwarding",
    "enable_uri",
    "enable_voicemail",
    "enable_recording",
    "ondemand_recording",
    "announce_monitor",
    "announce_caller",
    "enable_filtering",
    "enable_conference",
    "force_ring_signal",
    "discard_redirect",
    "confirm_required",
    "enable_sms",
    "enable_sms_email_notify",
    "enable_sms_forwarding",
    "enable_sms_callback",
    "enable_sms_callback_retry",
    "enable_queue",
]
"""A DID option get_dids can filter on."""

DID_FILTER_OPTION_VALUES: Final[frozenset[DidFilterOption]] = frozenset(
    {
        "enable_ivr",
        "enable_disa",
        "enable_director",
        "enable_fax",
        "enable_peer",
        "enable_forwarding",
        "enable_uri",
        "enable_voicemail",
        "enable_recording",
        "ondemand_recording",
        "announce_monitor",
        "announce_caller",
        "enable_filtering",
        "enable_conference",
        "force_ring_signal",
        "discard_redirect",
        "confirm_required",
        "enable_sms",
        "enable_sms_email_notify",
        "enable_sms_forwarding",
        "enable_sms_callback",
        "enable_sms_callback_retry",
        "enable_queue",
    }
)

DidOption = Literal[
    "enable_forwarding",
    "enable_voicemail",
    "enable_peer",
    "ondemand_recording",
    "announce_monitor",
    "enable_recording",
    "enable_ivr",
    "enable_fax",
    "announce_caller",
    "enable_sms",
    "enable_sms_email_notify",
    "enable_sms_forwarding",
    "enable_sms_callback",
    "enable_sms_callback_retry",
    "enable_sms_autoreply",
    "enable_uri",
    "enable_georedundancy",
    "force_ring_signal",
    "discard_redirect",
    "confirm_required",
    "enable_filtering",
    "enable_director",
    "enable_notify_callback",
]
"""An option update_did can set."""

DID_OPTION_VALUES: Final[frozenset[DidOption]] = frozenset(
    {
        "enable_forwarding",
        "enable_voicemail",
        "enable_peer",
        "ondemand_recording",
        "announce_monitor",
        "enable_recording",
        "enable_ivr",
        "enable_fax",
        "announce_caller",
        "enable_sms",
        "enable_sms_email_notify",
        "enable_sms_forwarding",
        "enable_sms_callback",
        "enable_sms_callback_retry",
        "enable_sms_autoreply",
        "enable_uri",
        "enable_georedundancy",
        "force_ring_signal",
        "discard_redirect",
        "confirm_required",
        "enable_filtering",
        "enable_director",
        "enable_notify_callback",
    }
)

PeerContactMode = Literal["sequential", "simultaneous", "round_robin"]
"""How the peers of a DID are rung."""

PEER_CONTACT_MODE_VALUES: Final[frozenset[PeerContactMode]] = frozenset({"sequential", "simultaneous", "round_robin"})

NewDidType = Literal["local", "tollfree", "inum", "international"]
"""The kind of inventory DID to list."""

NEW_DID_TYPE_VALUES: Final[frozenset[NewDidType]] = frozenset({"local", "tollfree", "inum", "international"})

NumberPattern = Literal[
    "all_numbers",
    "no_patterns",
    "rare_number",
    "pattern_double_digits",
    "pattern_double_digits_pair",
    "pattern_double_digits_trio",
    "pattern_tripple_digits",
    "pattern_quadruple_digits",
]
"""A pattern of inventory numbers: all_numbers, no_patterns, or a pattern to match."""

NUMBER_PATTERN_VALUES: Final[frozenset[NumberPattern]] = frozenset(
    {
        "all_numbers",
        "no_patterns",
        "rare_number",
        "pattern_double_digits",
        "pattern_double_digits_pair",
        "pattern_double_digits_trio",
        "pattern_tripple_digits",
        "pattern_quadruple_digits",
    }
)

NewDidOrder = Literal["default", "random"]
"""The order of the inventory list."""

NEW_DID_ORDER_VALUES: Final[frozenset[NewDidOrder]] = frozenset({"default", "random"})

OrderDidType = Literal["local", "international"]
"""The kind of DID to order."""

ORDER_DID_TYPE_VALUES: Final[frozenset[OrderDidType]] = frozenset({"local", "international"})

PrefixPreference = Literal["in_ratecenter", "prefix_only"]
"""Whether any number of the ratecenter will do or only the given prefix."""

PREFIX_PREFERENCE_VALUES: Final[frozenset[PrefixPreference]] = frozenset({"in_ratecenter", "prefix_only"})

OrderSequence = Literal["random", "sequential"]
"""Whether ordered numbers are random or sequential."""

ORDER_SEQUENCE_VALUES: Final[frozenset[OrderSequence]] = frozenset({"random", "sequential"})

Capacity = Literal["0", "1-2", "2-5", "5-10", "10-15", "15-25", "25-50", "50+"]
"""Simultaneous calls a number carries at peak usage."""

CAPACITY_VALUES: Final[frozenset[Capacity]] = frozenset({"0", "1-2", "2-5", "5-10", "10-15", "15-25", "25-50", "50+"})

PortRequestStatus = Literal[
    "not_ready",
    "sent_to_staff",
    "approved_by_staff",
    "rejected_by_staff",
    "rejected_by_client",
    "expired",
    "sent_to_provider",
    "cancelled_by_client",
    "tentative_confirm",
    "firm_confirm",
    "rejected_by_provider",
    "completed",
    "modified_by_staff",
]
"""The state of a port request."""

PORT_REQUEST_STATUS_VALUES: Final[frozenset[PortRequestStatus]] = frozenset(
    {
        "not_ready",
        "sent_to_staff",
        "approved_by_staff",
        "rejected_by_staff",
        "rejected_by_client",
        "expired",
        "sent_to_provider",
        "cancelled_by_client",
        "tentative_confirm",
        "firm_confirm",
        "rejected_by_provider",
        "completed",
        "modified_by_staff",
    }
)

PhoneNumberType = Literal["local", "tollfree"]
"""The kind of numbers ported."""

PHONE_NUMBER_TYPE_VALUES: Final[frozenset[PhoneNumberType]] = frozenset({"local", "tollfree"})

PortFeature = Literal["sms", "mms", "t38"]
"""A feature the ported numbers need."""

PORT_FEATURE_VALUES: Final[frozenset[PortFeature]] = frozenset({"sms", "mms", "t38"})

SmsProfileOption = Literal[
    "inbound_completed_notification",
    "outbound_completed_notification",
    "outbound_failed_notification",
    "enable_forwarding",
    "enable_callback",
    "enable_autoreply",
    "enable_callback_retry",
]
"""An option of an SMS profile."""

SMS_PROFILE_OPTION_VALUES: Final[frozenset[SmsProfileOption]] = frozenset(
    {
        "inbound_completed_notification",
        "outbound_completed_notification",
        "outbound_failed_notification",
        "enable_forwarding",
        "enable_callback",
        "enable_autoreply",
        "enable_callback_retry",
    }
)

HostType = Literal["dynamic", "static"]
"""Whether the peer registers or has a static host."""

HOST_TYPE_VALUES: Final[frozenset[HostType]] = frozenset({"dynamic", "static"})

CalleridMode = Literal["global", "privacy", "custom", "device", "smart"]
"""Which caller ID a peer presents."""

CALLERID_MODE_VALUES: Final[frozenset[CalleridMode]] = frozenset({"global", "privacy", "custom", "device", "smart"})

CalleridType = Literal["rpid", "pid", "none"]
"""The SIP header carrying the caller ID."""

CALLERID_TYPE_VALUES: Final[frozenset[CalleridType]] = frozenset({"rpid", "pid", "none"})

CalleridFormat = Literal["e164", "unaltered", "national"]
"""The format of the caller ID number."""

CALLERID_FORMAT_VALUES: Final[frozenset[CalleridFormat]] = frozenset({"e164", "unaltered", "national"})

Transport = Literal["udp", "tcp", "tls"]
"""A SIP transport."""

TRANSPORT_VALUES: Final[frozenset[Transport]] = frozenset({"udp", "tcp", "tls"})

Codec = Literal["g729", "ulaw", "alaw", "g726", "gsm", "ilbc"]
"""An audio codec."""

CODEC_VALUES: Final[frozenset[Codec]] = frozenset({"g729", "ulaw", "alaw", "g726", "gsm", "ilbc"})

DtmfMode = Literal["rfc2833", "inband", "info", "auto"]
"""How DTMF tones are carried."""

DTMF_MODE_VALUES: Final[frozenset[DtmfMode]] = frozenset({"rfc2833", "inband", "info", "auto"})

DnisMode = Literal["auto", "forced", "disabled"]
"""How the dialed number is passed to the peer."""

DNIS_MODE_VALUES: Final[frozenset[DnisMode]] = frozenset({"auto", "forced", "disabled"})

DnisFormat = Literal["national", "e164"]
"""The format of the dialed number passed to the peer."""

DNIS_FORMAT_VALUES: Final[frozenset[DnisFormat]] = frozenset({"national", "e164"})

GreetingMode = Literal["text_to_speech", "existing_file", "post_file"]
"""How the greeting is made: text to speech, an existing media file or an uploaded file."""

GREETING_MODE_VALUES: Final[frozenset[GreetingMode]] = frozenset({"text_to_speech", "existing_file", "post_file"})

MultiTenancyMode = Literal["disabled", "global", "self", "shared"]
"""How a subaccount shares its resources."""

MULTI_TENANCY_MODE_VALUES: Final[frozenset[MultiTenancyMode]] = frozenset({"disabled", "global", "self", "shared"})

ClientProfile = Literal["undefined", "residential_client", "commercial_client", "callcenter_client", "internal"]
"""The kind of customer of a subaccount."""

CLIENT_PROFILE_VALUES: Final[frozenset[ClientProfile]] = frozenset(
    {"undefined", "residential_client", "commercial_client", "callcenter_client", "internal"}
)

SubaccountOption = Literal[
    "subaccount_override_enabled",
    "enable_billing_module",
    "enable_billing_notification",
    "disable_411_access",
    "disable_public_service_access",
]
"""An option of a subaccount."""

SUBACCOUNT_OPTION_VALUES: Final[frozenset[SubaccountOption]] = frozenset(
    {
        "subaccount_override_enabled",
        "enable_billing_module",
        "enable_billing_notification",
        "disable_411_access",
        "disable_public_service_access",
    }
)

AddressType = Literal["billing"]
"""The kind of a subaccount address."""

ADDRESS_TYPE_VALUES: Final[frozenset[AddressType]] = frozenset({"billing"})

DirectorUsageType = Literal["forward", "peer", "sip_uri"]
"""What a call director action does."""

DIRECTOR_USAGE_TYPE_VALUES: Final[frozenset[DirectorUsageType]] = frozenset({"forward", "peer", "sip_uri"})

ListingType = Literal["business", "residential", "government"]
"""The kind of a 411 listing."""

LISTING_TYPE_VALUES: Final[frozenset[ListingType]] = frozenset({"business", "residential", "government"})

ProvisionStatus = Literal["pending", "activated", "rejected", "removed"]
"""The provisioning state of a 411 listing."""

PROVISION_STATUS_VALUES: Final[frozenset[ProvisionStatus]] = frozenset({"pending", "activated", "rejected", "removed"})

ListingStatus = Literal["enabled", "deleted"]
"""The state of a 411 listing."""

LISTING_STATUS_VALUES: Final[frozenset[ListingStatus]] = frozenset({"enabled", "deleted"})

NetworkStatusMode = Literal["latest", "unresolved"]
"""Which network status entries to list."""

NETWORK_STATUS_MODE_VALUES: Final[frozenset[NetworkStatusMode]] = frozenset({"latest", "unresolved"})

EndpointType = Literal["number", "peer", "uri"]
"""The kind of endpoint: a phone number, a peer username or a SIP URI."""

ENDPOINT_TYPE_VALUES: Final[frozenset[EndpointType]] = frozenset({"number", "peer", "uri"})

QueueOption = Literal[
    "enable_resume_abandoned", "enable_tiers_escalation", "enable_escalate_no_agent", "enable_escalate_multiply_delay"
]
"""An option of a queue."""

QUEUE_OPTION_VALUES: Final[frozenset[QueueOption]] = frozenset(
    {"enable_resume_abandoned", "enable_tiers_escalation", "enable_escalate_no_agent", "enable_escalate_multiply_delay"}
)

AgentStatus = Literal["online", "offline", "break", "automatic"]
"""The availability of a queue agent."""

AGENT_STATUS_VALUES: Final[frozenset[AgentStatus]] = frozenset({"online", "offline", "break", "automatic"})

CalleridPrivacy = Literal["enable", "keep", "disable"]
"""Whether to enable, keep or disable caller ID privacy."""

CALLERID_PRIVACY_VALUES: Final[frozenset[CalleridPrivacy]] = frozenset({"enable", "keep", "disable"})

MatchMethod = Literal[
    "local_to_destination",
    "radius_from_destination",
    "source_number_match",
    "destination_number_match",
    "region",
    "source_regexp",
    "destination_regexp",
]
"""How a caller ID profile condition matches a call."""

MATCH_METHOD_VALUES: Final[frozenset[MatchMethod]] = frozenset(
    {
        "local_to_destination",
        "radius_from_destination",
        "source_number_match",
        "destination_number_match",
        "region",
        "source_regexp",
        "destination_regexp",
    }
)

IvrLanguage = Literal["", "en", "fr"]
"""The default language of an IVR; empty for none."""

IVR_LANGUAGE_VALUES: Final[frozenset[IvrLanguage]] = frozenset({"", "en", "fr"})

PreIvrDelay = Literal["2", "5", "10", "15", "20", "25", "30"]
"""Seconds before the pre-IVR extension is rung."""

PRE_IVR_DELAY_VALUES: Final[frozenset[PreIvrDelay]] = frozenset({"2", "5", "10", "15", "20", "25", "30"})

IvrOption = Literal["enable_directory", "disable_moh"]
"""An option of an IVR profile."""

IVR_OPTION_VALUES: Final[frozenset[IvrOption]] = frozenset({"enable_directory", "disable_moh"})

RangeDate = Literal["daily", "weekly", "custom"]
"""How a schedule repeats."""

RANGE_DATE_VALUES: Final[frozenset[RangeDate]] = frozenset({"daily", "weekly", "custom"})

ShiftStatus = Literal["on", "off"]
"""Whether a shift is on or off (the seed lists 'one', its example uses 'on')."""

SHIFT_STATUS_VALUES: Final[frozenset[ShiftStatus]] = frozenset({"on", "off"})

CallWaiting = Literal["active", "inactive"]
"""Whether call waiting is active."""

CALL_WAITING_VALUES: Final[frozenset[CallWaiting]] = frozenset({"active", "inactive"})

CallForwarding = Literal["allow", "disallow"]
"""Whether call forwarding is allowed."""

CALL_FORWARDING_VALUES: Final[frozenset[CallForwarding]] = frozenset({"allow", "disallow"})

ServiceLevel = Literal["1", "2", "3"]
"""A 3CX service level."""

SERVICE_LEVEL_VALUES: Final[frozenset[ServiceLevel]] = frozenset({"1", "2", "3"})

ProductEdition = Literal["Professional", "Standard", "Enterprise", "Startup"]
"""A 3CX product edition."""

PRODUCT_EDITION_VALUES: Final[frozenset[ProductEdition]] = frozenset(
    {"Professional", "Standard", "Enterprise", "Startup"}
)

SimultaneousCalls = Literal["4", "8", "16", "24", "32", "48", "64", "96", "128", "192", "256", "512", "1024"]
"""The simultaneous calls of a 3CX license."""

SIMULTANEOUS_CALLS_VALUES: Final[frozenset[SimultaneousCalls]] = frozenset(
    {"4", "8", "16", "24", "32", "48", "64", "96", "128", "192", "256", "512", "1024"}
)

PbxServerOption = Literal[
    "sync_calls",
    "sync_recording_media",
    "sync_voicemail_media",
    "backup_includes_voicemails",
    "sync_backups",
    "backup_includes_templates",
    "encrypt_backup",
    "auto_renew_ssl",
]
"""An option of a 3CX server."""

PBX_SERVER_OPTION_VALUES: Final[frozenset[PbxServerOption]] = frozenset(
    {
        "sync_calls",
        "sync_recording_media",
        "sync_voicemail_media",
        "backup_includes_voicemails",
        "sync_backups",
        "backup_includes_templates",
        "encrypt_backup",
        "auto_renew_ssl",
    }
)

BackupFrequency = Literal["1_day", "3_day", "1_week", "2_week", "1_month", "3_month"]
"""How often a 3CX server is backed up."""

BACKUP_FREQUENCY_VALUES: Final[frozenset[BackupFrequency]] = frozenset(
    {"1_day", "3_day", "1_week", "2_week", "1_month", "3_month"}
)

BackupRetention = Literal["none", "1_day", "3_day", "1_week", "2_week", "1_month", "3_month"]
"""How long 3CX backups are kept."""

BACKUP_RETENTION_VALUES: Final[frozenset[BackupRetention]] = frozenset(
    {"none", "1_day", "3_day", "1_week", "2_week", "1_month", "3_month"}
)

CallRetention = Literal[
    "none", "1_week", "1_month", "3_month", "6_month", "1_year", "2_year", "3_year", "5_year", "8_year", "10_year"
]
"""How long 3CX calls are kept."""

CALL_RETENTION_VALUES: Final[frozenset[CallRetention]] = frozenset(
    {"none", "1_week", "1_month", "3_month", "6_month", "1_year", "2_year", "3_year", "5_year", "8_year", "10_year"}
)

DnsService = Literal["dns_cloudns", "dns_cf"]
"""The DNS service used to renew the SSL certificate."""

DNS_SERVICE_VALUES: Final[frozenset[DnsService]] = frozenset({"dns_cloudns", "dns_cf"})

DnsAuthType = Literal["account", "subaccount"]
"""Whose DNS credentials are used."""

DNS_AUTH_TYPE_VALUES: Final[frozenset[DnsAuthType]] = frozenset({"account", "subaccount"})

MonitoredService = Literal[
    "system",
    "trunks",
    "services",
    "callflows",
    "sip_test",
    "call_test",
    "system_additional",
    "voicemail",
    "backup",
    "ssl",
]
"""A 3CX service that can be monitored."""

MONITORED_SERVICE_VALUES: Final[frozenset[MonitoredService]] = frozenset(
    {
        "system",
        "trunks",
        "services",
        "callflows",
        "sip_test",
        "call_test",
        "system_additional",
        "voicemail",
        "backup",
        "ssl",
    }
)

AlertType = Literal[
    "connectivity",
    "system",
    "trunks",
    "services",
    "callflows",
    "sip_test",
    "call_test",
    "system_additional",
    "voicemail",
    "backup",
    "ssl",
]
"""A 3CX alert that can be subscribed to."""

ALERT_TYPE_VALUES: Final[frozenset[AlertType]] = frozenset(
    {
        "connectivity",
        "system",
        "trunks",
        "services",
        "callflows",
        "sip_test",
        "call_test",
        "system_additional",
        "voicemail",
        "backup",
        "ssl",
    }
)


class DirectorAction(Record, kw_only=True):
    """One action of a call director profile, sent as action[n][field].

    Attributes:
        usage_type: What the action does: forward, peer or sip_uri.
        offset: When to start the action, in seconds, in steps of 5. (at least 0; at most 115)
        duration: How long the action lasts, in seconds; at most 120 in total. (at least 5)
        client_peer_id: The peer to ring; required for usage_type peer.
        forward_number: The number to forward to; required for usage_type forward. (matches ``^[0-9]+$``)
        sip_uri: The SIP URI to call; required for usage_type sip_uri.
        announce_media_file_id: Forward only: media played to the callee; required with announce_caller.
        send_dtmf: Forward only: DTMF tones to send (0-9, a-d, w, W). (matches ``^[0-9abcdwW]+$``)
        confirm_media_file_id: Forward only: media played when asking the callee to confirm (with confirm_required).
            (carrier default: 0)
        options: Forward only: confirm_required, announce_caller.
        comments: Free comments.
    """

    usage_type: DirectorUsageType
    offset: int
    duration: int
    client_peer_id: int | None = None
    forward_number: str | None = None
    sip_uri: str | None = None
    announce_media_file_id: int | None = None
    send_dtmf: str | None = None
    confirm_media_file_id: int | None = None
    options: tuple[ConfirmOption, ...] = ()
    comments: str | None = None


class CalleridCondition(Record, kw_only=True):
    """One condition of a caller ID profile, sent inside the conditions_data JSON array.

    Attributes:
        client_callerid_profile_data_id: The condition to edit; omit to add a condition.
        callerid_name: Caller ID name to present.
        client_did_id: DID whose number is presented as caller ID.
        callerid_number: Caller ID number to present. (matches ``^[0-9]+$``)
        privacy: Caller ID privacy: enable, keep or disable. (carrier default: keep)
        country_id: A country_id to match.
        state_id: A state_id to match.
        ratecenter_id: A ratecenter_id to match.
        radius_distance: Distance in km from the destination. (at least 10; at most 1000)
        source_number: Source number to match, 1 to 10 digits. (matches ``^[0-9]{1,10}$``)
        source_regexp: Regular expression the source number must match.
        destination_number: Destination number to match, 1 to 10 digits. (matches ``^[0-9]{1,10}$``)
        destination_regexp: Regular expression the destination number must match.
        match_methods: How the condition matches.
        order_index: Priority of the condition.
        comments: Free comments.
    """

    client_callerid_profile_data_id: int | None = None
    callerid_name: str | None = None
    client_did_id: int | None = None
    callerid_number: str | None = None
    privacy: CalleridPrivacy | None = None
    country_id: int | None = None
    state_id: int | None = None
    ratecenter_id: int | None = None
    radius_distance: int | None = None
    source_number: str | None = None
    source_regexp: str | None = None
    destination_number: str | None = None
    destination_regexp: str | None = None
    match_methods: tuple[MatchMethod, ...] | None = None
    order_index: int | None = None
    comments: str | None = None


class Shift(Record, kw_only=True):
    """One shift of a schedule, sent as shift[n][status] and shift[n][days].

    Attributes:
        status: Whether the shift is on or off.
        days: Number of days of the shift. (at least 1)
    """

    status: ShiftStatus
    days: int


class CallEndpoint(Record, kw_only=True):
    """One side of a dispatched call, sent as sources[n][field] or destinations[n][field].

    Attributes:
        type: number, peer or uri.
        value: A phone number of at least 10 digits, a peer username or a SIP URI, as type says.
        callerid_name: Caller ID name; defaults to the call's callerid_name. (at least 3 characters; at most 15
            characters)
        callerid_number: Caller ID number; defaults to the call's callerid_number. (matches ``^[0-9]{10,15}$``)
        language: Language of the default prompts.
        send_dtmf: DTMF sequence to send.
        announce_media_id: Media ID of the announcement.
        announce_media_path: Listed among the endpoint keys but not described by the seed.
        confirm_required: The call must be confirmed to count as answered. (carrier default: False)
        confirm_media_id: Media ID of the call confirmation message.
        confirm_media_path: Listed among the endpoint keys but not described by the seed.
        retries: Number of retries for the call confirmation.
        accept_key: Key to press to accept the call. (carrier default: 1)
        reject_key: Key to press to reject the call. (carrier default: 2)
    """

    type: EndpointType | None = None
    value: str | None = None
    callerid_name: str | None = None
    callerid_number: str | None = None
    language: Language | None = None
    send_dtmf: str | None = None
    announce_media_id: int | None = None
    announce_media_path: str | None = None
    confirm_required: bool | None = None
    confirm_media_id: int | None = None
    confirm_media_path: str | None = None
    retries: int | None = None
    accept_key: int | None = None
    reject_key: int | None = None


class Metadata(Record, kw_only=True):
    """The metadata block of entries returned by get_dids, get_peers, get_mailboxes, get_extensions,
    get_fax_profiles, get_sms_profiles, get_subaccounts and get_port_requests.

    Attributes:
        raw_metadata: The metadata exactly as stored.
        metadata_attributes: The metadata as name-value pairs, when it was given as an array.
    """

    raw_metadata: str | None = None
    metadata_attributes: object | None = None


class Call(Record, kw_only=True):
    """One call of the history; extras=yes adds the usage and failure fields.

    Attributes:
        call_hash: The call's 32-character id; pass it as call_hash to get the calls logged after it.
        failure_code: Why the call failed (extras=yes).
        sip_response_code: The SIP response code of the call (extras=yes).
        account_usage_inbound: Inbound calls of the account at the time (extras=yes).
        account_usage_outbound: Outbound calls of the account at the time (extras=yes).
        account_call_limit: The account's call limit (extras=yes).
        subaccount_usage_inbound: Inbound calls of the subaccount at the time (extras=yes).
        subaccount_usage_outbound: Outbound calls of the subaccount at the time (extras=yes).
        subaccount_call_limit: The subaccount's call limit (extras=yes).
        subaccount_channel_inbound: Inbound channels of the subaccount (extras=yes).
        subaccount_channel_outbound: Outbound channels of the subaccount (extras=yes).
        channel_usage_inbound: Inbound channels in use (extras=yes).
        channel_usage_outbound: Outbound channels in use (extras=yes).
        channel_usage_excess: Channels in use beyond the limit (extras=yes).
    """

    call_hash: str | None = None
    failure_code: str | None = None
    sip_response_code: int | None = None
    account_usage_inbound: int | None = None
    account_usage_outbound: int | None = None
    account_call_limit: int | None = None
    subaccount_usage_inbound: int | None = None
    subaccount_usage_outbound: int | None = None
    subaccount_call_limit: int | None = None
    subaccount_channel_inbound: int | None = None
    subaccount_channel_outbound: int | None = None
    channel_usage_inbound: int | None = None
    channel_usage_outbound: int | None = None
    channel_usage_excess: int | None = None


class GetCallsReply(Record, kw_only=True):
    """The calls of a get_calls answer.

    Attributes:
        calls: The calls found, oldest first.
    """

    calls: tuple[Call, ...] = ()


class GetFundingDetailsReply(Record, kw_only=True):
    """The account's funding details; amounts not followed by 'CR' are negative.

    Attributes:
        account_balance: The account balance, as the carrier writes it ('12.50 CR' is a credit).
        funds_left: The funds left, as the carrier writes it ('12.50 CR' is a credit).
    """

    account_balance: str | None = None
    funds_left: str | None = None


__all__ = [
    "AddressType",
    "AgentStatus",
    "AlertType",
    "BackupFrequency",
    "BackupRetention",
    "Call",
    "CallDisposition",
    "CallEndpoint",
    "CallForwarding",
    "CallRetention",
    "CallRoutingType",
    "CallWaiting",
    "CalleridCondition",
    "CalleridFormat",
    "CalleridMode",
    "CalleridPrivacy",
    "CalleridType",
    "Capacity",
    "ClientProfile",
    "Codec",
    "ConfirmOption",
    "Currency",
    "DidFilterOption",
    "DidOption",
    "DidType",
    "DidUsageType",
    "Direction",
    "DirectorAction",
    "DirectorUsageType",
    "DnisFormat",
    "DnisMode",
    "DnsAuthType",
    "DnsService",
    "DtmfMode",
    "E911AddressType",
    "EnabledStatus",
    "EndpointType",
    "EntityStatus",
    "FaxProfileOption",
    "FaxResolution",
    "GetCallsReply",
    "GetFundingDetailsReply",
    "GreetingMode",
    "HostType",
    "IvrLanguage",
    "IvrOption",
    "Language",
    "ListingStatus",
    "ListingType",
    "MatchMethod",
    "Message",
    "MessageType",
    "Metadata",
    "MetadataMode",
    "Mode",
    "MonitoredService",
    "MultiTenancyMode",
    "NetworkStatusMode",
    "NewDidOrder",
    "NewDidType",
    "NotifyTrigger",
    "NumberPattern",
    "OrderDidType",
    "OrderSequence",
    "OrganizationType",
    "OutputFormat",
    "PageFormat",
    "PbxServerOption",
    "PeerContactMode",
    "PhoneNumberType",
    "PortFeature",
    "PortRequestStatus",
    "PreIvrDelay",
    "PrefixPreference",
    "ProductEdition",
    "ProvisionStatus",
    "QueueOption",
    "RangeDate",
    "RecordingStatus",
    "Reply",
    "RingTimeout",
    "RoutingType",
    "ServiceLevel",
    "Shift",
    "ShiftStatus",
    "SimultaneousCalls",
    "SmsProfileOption",
    "StorageType",
    "StoredStatus",
    "SubaccountOption",
    "TransmissionStatus",
    "Transport",
    "YesNo",
]
