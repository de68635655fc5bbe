"""JSON readers, one straight-line function per record, and msgspec fast paths where they fit."""

from __future__ import annotations

from typing import Any, cast

import msgspec

from ._jsonio import (
    join_path,
    json_date,
    json_datetime,
    json_decimal,
    json_enum,
    json_int,
    json_list,
    json_object,
    json_record,
    json_str,
)
from ._xmlio import required
from .models import (
    DISA,
    HUNTING_ORDER_VALUES,
    IVR,
    QUEUE_EMPTY_MODE_VALUES,
    SIPURI,
    TRANSCRIPTION_FORMAT_VALUES,
    VPRI,
    YES_NO_ONCE_VALUES,
    YES_NO_VALUES,
    AddLNPFileResponse,
    AddLNPPortResponse,
    AddMemberToConferenceResponse,
    AssignDIDvPRIResponse,
    AvailableDIDCAN,
    AvailableDIDUSA,
    BackOrder,
    Balance,
    Callback,
    CallDetailRecord,
    CallerIDFiltering,
    CallHunting,
    CallParking,
    CallRecording,
    CallSequence,
    CallTranscription,
    CancelFaxNumberResponse,
    ClientThreshold,
    ClientTransaction,
    Conference,
    ConferenceMember,
    ConferenceRecording,
    ConferenceRecordingFile,
    CreateSubAccountResponse,
    DIDInfo,
    E911AddressTypesResponse,
    E911Info,
    E911InfoResponse,
    EmailToFax,
    FaxFolder,
    FaxMessage,
    FaxNumber,
    FaxProvince,
    FaxRateCenter,
    FaxState,
    Forwarding,
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
    InternationalLocation,
    LNPAttachment,
    LNPNote,
    LNPPort,
    MailFaxMessagePDFResponse,
    MmsMessage,
    MusicOnHold,
    OrderFaxNumberResponse,
    Package,
    PackageRate,
    PhonebookEntry,
    PhonebookGroup,
    PortabilityPlan,
    Province,
    Queue,
    QueueEmptyMode,
    RateCenter,
    RecognizedPhrase,
    RecordingFile,
    Registration,
    RemoveDIDvPRIResponse,
    ResellerClient,
    RingGroup,
    SearchDIDsCANResponse,
    SearchDIDsUSAResponse,
    SearchFaxAreaCodeCANResponse,
    SearchFaxAreaCodeUSAResponse,
    SearchTollFreeCanUSResponse,
    SearchTollFreeUSAResponse,
    SearchVanityResponse,
    SendCallRecordingEmailResponse,
    SendMMSResponse,
    SendSMSResponse,
    Server,
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
    SmsMessage,
    State,
    StaticMember,
    SubAccount,
    TerminationRate,
    TimeCondition,
    TollFreeCanUSNumber,
    TollFreeUSANumber,
    Transaction,
    TranscriptionFormat,
    ValueDescription,
    VanityNumber,
    Voicemail,
    VoicemailMessage,
    VoicemailMessageFile,
    VoicemailTranscription,
    YesNo,
    YesNoOnce,
)


def read_available_didcan(data: Any, path: str) -> AvailableDIDCAN:
    """Read a AvailableDIDCAN; unknown keys are ignored."""
    get = json_object(data, path).get
    return AvailableDIDCAN(
        did=json_str(get("did"), path, "did"),
        ratecenter=json_str(get("ratecenter"), path, "ratecenter"),
        province=json_str(get("province"), path, "province"),
        province_description=json_str(get("province_description"), path, "province_description"),
        perminute_monthly=json_decimal(get("perminute_monthly"), path, "perminute_monthly"),
        perminute_minute=json_decimal(get("perminute_minute"), path, "perminute_minute"),
        perminute_setup=json_decimal(get("perminute_setup"), path, "perminute_setup"),
        flat_monthly=json_decimal(get("flat_monthly"), path, "flat_monthly"),
        flat_minute=json_decimal(get("flat_minute"), path, "flat_minute"),
        flat_setup=json_decimal(get("flat_setup"), path, "flat_setup"),
        sms=json_int(get("sms"), path, "sms"),
    )


def read_available_didusa(data: Any, path: str) -> AvailableDIDUSA:
    """Read a AvailableDIDUSA; unknown keys are ignored."""
    get = json_object(data, path).get
    return AvailableDIDUSA(
        did=json_str(get("did"), path, "did"),
        ratecenter=json_str(get("ratecenter"), path, "ratecenter"),
        state=json_str(get("state"), path, "state"),
        state_description=json_str(get("state_description"), path, "state_description"),
        perminute_monthly=json_decimal(get("perminute_monthly"), path, "perminute_monthly"),
        perminute_minute=json_decimal(get("perminute_minute"), path, "perminute_minute"),
        perminute_setup=json_decimal(get("perminute_setup"), path, "perminute_setup"),
        flat_monthly=json_decimal(get("flat_monthly"), path, "flat_monthly"),
        flat_minute=json_decimal(get("flat_minute"), path, "flat_minute"),
        flat_setup=json_decimal(get("flat_setup"), path, "flat_setup"),
        has_port_out_pin=json_int(get("has_port_out_pin"), path, "has_port_out_pin"),
        sms=json_int(get("sms"), path, "sms"),
    )


def read_back_order(data: Any, path: str) -> BackOrder:
    """Read a BackOrder; unknown keys are ignored."""
    get = json_object(data, path).get
    return BackOrder(
        id=json_int(get("id"), path, "id"),
        description=json_str(get("description"), path, "description"),
        routing=json_str(get("routing"), path, "routing"),
        failover_busy=json_str(get("failover_busy"), path, "failover_busy"),
        failover_unreachable=json_str(get("failover_unreachable"), path, "failover_unreachable"),
        failover_noanswer=json_str(get("failover_noanswer"), path, "failover_noanswer"),
        voicemail=json_str(get("voicemail"), path, "voicemail"),
        pop=json_int(get("pop"), path, "pop"),
        dialtime=json_int(get("dialtime"), path, "dialtime"),
        cnam=json_int(get("cnam"), path, "cnam"),
        billing_type=json_int(get("billing_type"), path, "billing_type"),
        order_date=json_datetime(get("order_date"), "%Y-%m-%d %H:%M:%S", path, "order_date"),
    )


def read_balance(data: Any, path: str) -> Balance:
    """Read a Balance; unknown keys are ignored."""
    get = json_object(data, path).get
    return Balance(
        current_balance=json_decimal(get("current_balance"), path, "current_balance"),
        spent_total=json_decimal(get("spent_total"), path, "spent_total"),
        calls_total=json_int(get("calls_total"), path, "calls_total"),
        time_total=json_str(get("time_total"), path, "time_total"),
        spent_today=json_decimal(get("spent_today"), path, "spent_today"),
        calls_today=json_int(get("calls_today"), path, "calls_today"),
        time_today=json_str(get("time_today"), path, "time_today"),
    )


def read_call_detail_record(data: Any, path: str) -> CallDetailRecord:
    """Read a CallDetailRecord; unknown keys are ignored."""
    get = json_object(data, path).get
    return CallDetailRecord(
        date=json_datetime(get("date"), "%Y-%m-%d %H:%M:%S", path, "date"),
        callerid=json_str(get("callerid"), path, "callerid"),
        destination=json_str(get("destination"), path, "destination"),
        description=json_str(get("description"), path, "description"),
        account=json_str(get("account"), path, "account"),
        disposition=json_str(get("disposition"), path, "disposition"),
        duration=json_str(get("duration"), path, "duration"),
        seconds=json_int(get("seconds"), path, "seconds"),
        rate=json_decimal(get("rate"), path, "rate"),
        total=json_decimal(get("total"), path, "total"),
        uniqueid=json_str(get("uniqueid"), path, "uniqueid"),
        destination_type=json_str(get("destination_type"), path, "destination_type"),
        call_logs=json_str(get("call_logs"), path, "call_logs"),
    )


def read_call_hunting(data: Any, path: str) -> CallHunting:
    """Read a CallHunting; unknown keys are ignored."""
    get = json_object(data, path).get
    return CallHunting(
        callhunting=json_int(get("callhunting"), path, "callhunting"),
        description=json_str(get("description"), path, "description"),
        members=json_str(get("members"), path, "members"),
        ring_time=json_str(get("ring_time"), path, "ring_time"),
        order=cast("HuntingOrder", json_enum(get("order"), HUNTING_ORDER_VALUES, path, "order")),
        press=json_str(get("press"), path, "press"),
        music=json_str(get("music"), path, "music"),
        recording=json_str(get("recording"), path, "recording"),
        language=json_str(get("language"), path, "language"),
    )


def read_call_parking(data: Any, path: str) -> CallParking:
    """Read a CallParking; unknown keys are ignored."""
    get = json_object(data, path).get
    return CallParking(
        callparking=json_int(get("callparking"), path, "callparking"),
        name=json_str(get("name"), path, "name"),
        timeout_=json_int(get("timeout"), path, "timeout"),
        musiconhold=json_str(get("musiconhold"), path, "musiconhold"),
        failover=json_str(get("failover"), path, "failover"),
        language=json_str(get("language"), path, "language"),
        destination=json_str(get("destination"), path, "destination"),
        delay=json_int(get("delay"), path, "delay"),
        blf_lamps=json_int(get("blf_lamps"), path, "blf_lamps"),
    )


def read_call_recording(data: Any, path: str) -> CallRecording:
    """Read a CallRecording; unknown keys are ignored."""
    get = json_object(data, path).get
    return CallRecording(
        callrecording=json_str(get("callrecording"), path, "callrecording"),
        datetime=json_datetime(get("datetime"), "%Y-%m-%d %H:%M:%S", path, "datetime"),
        destination=json_str(get("destination"), path, "destination"),
        type=json_str(get("type"), path, "type"),
        subaccount=json_int(get("subaccount"), path, "subaccount"),
        duration=json_str(get("duration"), path, "duration"),
    )


def read_recognized_phrase(data: Any, path: str) -> RecognizedPhrase:
    """Read a RecognizedPhrase; unknown keys are ignored."""
    get = json_object(data, path).get
    return RecognizedPhrase(
        time=json_str(get("time"), path, "time"),
        duration=json_decimal(get("duration"), path, "duration"),
        speaker=json_int(get("speaker"), path, "speaker"),
        phrase=json_str(get("phrase"), path, "phrase"),
    )


def read_call_transcription(data: Any, path: str) -> CallTranscription:
    """Read a CallTranscription; unknown keys are ignored."""
    get = json_object(data, path).get
    return CallTranscription(
        date=json_str(get("date"), path, "date"),
        duration=json_str(get("duration"), path, "duration"),
        speakers=tuple(
            required(json_str(item, path, f"speakers[{index}]"), join_path(path, f"speakers[{index}]"))
            for index, item in enumerate(json_list(get("speakers"), path, "speakers"))
        ),
        locale=json_str(get("locale"), path, "locale"),
        confidence=json_str(get("confidence"), path, "confidence"),
        recognized_phrases=tuple(
            read_recognized_phrase(item, join_path(path, f"recognized_phrases[{index}]"))
            for index, item in enumerate(json_list(get("recognized_phrases"), path, "recognized_phrases"))
        ),
    )


def read_callback(data: Any, path: str) -> Callback:
    """Read a Callback; unknown keys are ignored."""
    get = json_object(data, path).get
    return Callback(
        callback=json_int(get("callback"), path, "callback"),
        description=json_str(get("description"), path, "description"),
        number=json_str(get("number"), path, "number"),
        delay_before=json_int(get("delay_before"), path, "delay_before"),
        response_timeout=json_int(get("response_timeout"), path, "response_timeout"),
        digit_timeout=json_int(get("digit_timeout"), path, "digit_timeout"),
        callerid_number=json_str(get("callerid_number"), path, "callerid_number"),
    )


def read_caller_id_filtering(data: Any, path: str) -> CallerIDFiltering:
    """Read a CallerIDFiltering; unknown keys are ignored."""
    get = json_object(data, path).get
    return CallerIDFiltering(
        filtering=json_int(get("filtering"), path, "filtering"),
        callerid=json_str(get("callerid"), path, "callerid"),
        did=json_str(get("did"), path, "did"),
        routing=json_str(get("routing"), path, "routing"),
        failover_unreachable=json_str(get("failover_unreachable"), path, "failover_unreachable"),
        failover_busy=json_str(get("failover_busy"), path, "failover_busy"),
        failover_noanswer=json_str(get("failover_noanswer"), path, "failover_noanswer"),
        note=json_str(get("note"), path, "note"),
    )


def read_reseller_client(data: Any, path: str) -> ResellerClient:
    """Read a ResellerClient; unknown keys are ignored."""
    get = json_object(data, path).get
    return ResellerClient(
        client=json_int(get("client"), path, "client"),
        email=json_str(get("email"), path, "email"),
        password=json_str(get("password"), path, "password"),
        company=json_str(get("company"), path, "company"),
        firstname=json_str(get("firstname"), path, "firstname"),
        lastname=json_str(get("lastname"), path, "lastname"),
        address=json_str(get("address"), path, "address"),
        city=json_str(get("city"), path, "city"),
        state=json_str(get("state"), path, "state"),
        country=json_str(get("country"), path, "country"),
        zip=json_str(get("zip"), path, "zip"),
        phone_number=json_str(get("phone_number"), path, "phone_number"),
        balance_management=json_int(get("balance_management"), path, "balance_management"),
    )


def read_client_threshold(data: Any, path: str) -> ClientThreshold:
    """Read a ClientThreshold; unknown keys are ignored."""
    get = json_object(data, path).get
    return ClientThreshold(
        threshold=json_int(get("threshold"), path, "threshold"),
        email=json_str(get("email"), path, "email"),
    )


def read_client_transaction(data: Any, path: str) -> ClientTransaction:
    """Read a ClientTransaction; unknown keys are ignored."""
    get = json_object(data, path).get
    return ClientTransaction(
        id=json_int(get("id"), path, "id"),
        date=json_date(get("date"), "%Y-%m-%d", path, "date"),
        amount=json_decimal(get("amount"), path, "amount"),
        description=json_str(get("description"), path, "description"),
    )


def read_conference(data: Any, path: str) -> Conference:
    """Read a Conference; unknown keys are ignored."""
    get = json_object(data, path).get
    return Conference(
        conference=json_int(get("conference"), path, "conference"),
        name=json_str(get("name"), path, "name"),
        description=json_str(get("description"), path, "description"),
        max_members=json_int(get("max_members"), path, "max_members"),
        sound_join=json_int(get("sound_join"), path, "sound_join"),
        sound_leave=json_int(get("sound_leave"), path, "sound_leave"),
        sound_has_joined=json_int(get("sound_has_joined"), path, "sound_has_joined"),
        sound_has_left=json_int(get("sound_has_left"), path, "sound_has_left"),
        sound_kicked=json_int(get("sound_kicked"), path, "sound_kicked"),
        sound_muted=json_int(get("sound_muted"), path, "sound_muted"),
        sound_unmuted=json_int(get("sound_unmuted"), path, "sound_unmuted"),
        sound_only_person=json_int(get("sound_only_person"), path, "sound_only_person"),
        sound_only_one=json_int(get("sound_only_one"), path, "sound_only_one"),
        sound_there_are=json_int(get("sound_there_are"), path, "sound_there_are"),
        sound_other_in_party=json_int(get("sound_other_in_party"), path, "sound_other_in_party"),
        sound_place_into_conference=json_int(get("sound_place_into_conference"), path, "sound_place_into_conference"),
        sound_get_pin=json_int(get("sound_get_pin"), path, "sound_get_pin"),
        sound_invalid_pin=json_int(get("sound_invalid_pin"), path, "sound_invalid_pin"),
        sound_locked=json_int(get("sound_locked"), path, "sound_locked"),
        sound_locked_now=json_int(get("sound_locked_now"), path, "sound_locked_now"),
        sound_unlocked_now=json_int(get("sound_unlocked_now"), path, "sound_unlocked_now"),
        sound_error_menu=json_int(get("sound_error_menu"), path, "sound_error_menu"),
        sound_participants_muted=json_int(get("sound_participants_muted"), path, "sound_participants_muted"),
        sound_participants_unmuted=json_int(get("sound_participants_unmuted"), path, "sound_participants_unmuted"),
        language=json_str(get("language"), path, "language"),
        members=json_str(get("members"), path, "members"),
    )


def read_conference_member(data: Any, path: str) -> ConferenceMember:
    """Read a ConferenceMember; unknown keys are ignored."""
    get = json_object(data, path).get
    return ConferenceMember(
        member=json_int(get("member"), path, "member"),
        name=json_str(get("name"), path, "name"),
        description=json_str(get("description"), path, "description"),
        pin=json_str(get("pin"), path, "pin"),
        announce_join_leave=cast(
            "YesNo", json_enum(get("announce_join_leave"), YES_NO_VALUES, path, "announce_join_leave")
        ),
        admin=cast("YesNo", json_enum(get("admin"), YES_NO_VALUES, path, "admin")),
        start_muted=cast("YesNo", json_enum(get("start_muted"), YES_NO_VALUES, path, "start_muted")),
        announce_user_count=cast(
            "YesNo", json_enum(get("announce_user_count"), YES_NO_VALUES, path, "announce_user_count")
        ),
        announce_only_user=cast(
            "YesNo", json_enum(get("announce_only_user"), YES_NO_VALUES, path, "announce_only_user")
        ),
        moh_when_empty=json_str(get("moh_when_empty"), path, "moh_when_empty"),
        quiet=cast("YesNo", json_enum(get("quiet"), YES_NO_VALUES, path, "quiet")),
        announcement=json_int(get("announcement"), path, "announcement"),
        drop_silence=cast("YesNo", json_enum(get("drop_silence"), YES_NO_VALUES, path, "drop_silence")),
        talking_threshold=json_int(get("talking_threshold"), path, "talking_threshold"),
        silence_threshold=json_int(get("silence_threshold"), path, "silence_threshold"),
        talk_detection=cast("YesNo", json_enum(get("talk_detection"), YES_NO_VALUES, path, "talk_detection")),
        jitter_buffer=cast("YesNo", json_enum(get("jitter_buffer"), YES_NO_VALUES, path, "jitter_buffer")),
    )


def read_conference_recording(data: Any, path: str) -> ConferenceRecording:
    """Read a ConferenceRecording; unknown keys are ignored."""
    get = json_object(data, path).get
    return ConferenceRecording(
        did=json_str(get("did"), path, "did"),
        recording=json_int(get("recording"), path, "recording"),
        conference=json_int(get("conference"), path, "conference"),
        duration=json_int(get("duration"), path, "duration"),
        date=json_datetime(get("date"), "%Y-%m-%d %H:%M:%S", path, "date"),
    )


def read_conference_recording_file(data: Any, path: str) -> ConferenceRecordingFile:
    """Read a ConferenceRecordingFile; unknown keys are ignored."""
    get = json_object(data, path).get
    return ConferenceRecordingFile(
        recording=json_int(get("recording"), path, "recording"),
        data=json_str(get("data"), path, "data"),
    )


def read_did_info(data: Any, path: str) -> DIDInfo:
    """Read a DIDInfo; unknown keys are ignored."""
    get = json_object(data, path).get
    return DIDInfo(
        did=json_str(get("did"), path, "did"),
        description=json_str(get("description"), path, "description"),
        routing=json_str(get("routing"), path, "routing"),
        failover_busy=json_str(get("failover_busy"), path, "failover_busy"),
        failover_unreachable=json_str(get("failover_unreachable"), path, "failover_unreachable"),
        failover_noanswer=json_str(get("failover_noanswer"), path, "failover_noanswer"),
        voicemail=json_str(get("voicemail"), path, "voicemail"),
        pop=json_int(get("pop"), path, "pop"),
        dialtime=json_int(get("dialtime"), path, "dialtime"),
        cnam=json_int(get("cnam"), path, "cnam"),
        e911=json_int(get("e911"), path, "e911"),
        callerid_prefix=json_str(get("callerid_prefix"), path, "callerid_prefix"),
        note=json_str(get("note"), path, "note"),
        port_out_pin=json_str(get("port_out_pin"), path, "port_out_pin"),
        billing_type=json_int(get("billing_type"), path, "billing_type"),
        next_billing=json_date(get("next_billing"), "%Y-%m-%d", path, "next_billing"),
        order_date=json_datetime(get("order_date"), "%Y-%m-%d %H:%M:%S", path, "order_date"),
        reseller_account=json_str(get("reseller_account"), path, "reseller_account"),
        reseller_next_billing=json_date(get("reseller_next_billing"), "%Y-%m-%d", path, "reseller_next_billing"),
        reseller_monthly=json_decimal(get("reseller_monthly"), path, "reseller_monthly"),
        reseller_minute=json_decimal(get("reseller_minute"), path, "reseller_minute"),
        reseller_setup=json_decimal(get("reseller_setup"), path, "reseller_setup"),
        sms_available=json_int(get("sms_available"), path, "sms_available"),
        sms_enabled=json_int(get("sms_enabled"), path, "sms_enabled"),
        sms_email=json_str(get("sms_email"), path, "sms_email"),
        sms_email_enabled=json_int(get("sms_email_enabled"), path, "sms_email_enabled"),
        sms_forward=json_str(get("sms_forward"), path, "sms_forward"),
        sms_forward_enabled=json_int(get("sms_forward_enabled"), path, "sms_forward_enabled"),
        sms_url_callback=json_str(get("sms_url_callback"), path, "sms_url_callback"),
        sms_url_callback_enabled=json_int(get("sms_url_callback_enabled"), path, "sms_url_callback_enabled"),
        sms_url_callback_retry=json_int(get("sms_url_callback_retry"), path, "sms_url_callback_retry"),
        smpp_enabled=json_int(get("smpp_enabled"), path, "smpp_enabled"),
        smpp_url=json_str(get("smpp_url"), path, "smpp_url"),
        smpp_user=json_str(get("smpp_user"), path, "smpp_user"),
        smpp_pass=json_str(get("smpp_pass"), path, "smpp_pass"),
        transcribe=json_int(get("transcribe"), path, "transcribe"),
        transcription_locale=json_str(get("transcription_locale"), path, "transcription_locale"),
        transcription_redaction=cast(
            "YesNo", json_enum(get("transcription_redaction"), YES_NO_VALUES, path, "transcription_redaction")
        ),
        transcription_summary=cast(
            "YesNo", json_enum(get("transcription_summary"), YES_NO_VALUES, path, "transcription_summary")
        ),
        transcription_sentiment=cast(
            "YesNo", json_enum(get("transcription_sentiment"), YES_NO_VALUES, path, "transcription_sentiment")
        ),
        transcription_email=json_str(get("transcription_email"), path, "transcription_email"),
    )


def read_disa(data: Any, path: str) -> DISA:
    """Read a DISA; unknown keys are ignored."""
    get = json_object(data, path).get
    return DISA(
        disa=json_int(get("disa"), path, "disa"),
        name=json_str(get("name"), path, "name"),
        pin=json_str(get("pin"), path, "pin"),
        digit_timeout=json_int(get("digit_timeout"), path, "digit_timeout"),
        callerid_override=json_str(get("callerid_override"), path, "callerid_override"),
        language=json_str(get("language"), path, "language"),
    )


def read_e911_info(data: Any, path: str) -> E911Info:
    """Read a E911Info; unknown keys are ignored."""
    get = json_object(data, path).get
    return E911Info(
        did=json_str(get("did"), path, "did"),
        status=json_str(get("status"), path, "status"),
        full_name=json_str(get("full_name"), path, "full_name"),
        street_number=json_str(get("street_number"), path, "street_number"),
        street_name=json_str(get("street_name"), path, "street_name"),
        address_type=json_str(get("address_type"), path, "address_type"),
        address_number=json_str(get("address_number"), path, "address_number"),
        city=json_str(get("city"), path, "city"),
        state=json_str(get("state"), path, "state"),
        zip_code=json_str(get("zip_code"), path, "zip_code"),
        country=json_str(get("country"), path, "country"),
        language=json_str(get("language"), path, "language"),
        email=json_str(get("email"), path, "email"),
        other_info=json_str(get("other_info"), path, "other_info"),
    )


def read_email_to_fax(data: Any, path: str) -> EmailToFax:
    """Read a EmailToFax; unknown keys are ignored."""
    get = json_object(data, path).get
    return EmailToFax(
        id=json_str(get("id"), path, "id"),
        enabled=json_int(get("enabled"), path, "enabled"),
        email=json_str(get("email"), path, "email"),
        security_code=json_str(get("security_code"), path, "security_code"),
        security_code_enabled=json_int(get("security_code_enabled"), path, "security_code_enabled"),
        from_=json_str(get("from"), path, "from"),
    )


def read_fax_folder(data: Any, path: str) -> FaxFolder:
    """Read a FaxFolder; unknown keys are ignored."""
    get = json_object(data, path).get
    return FaxFolder(
        id=json_str(get("id"), path, "id"),
        name=json_str(get("name"), path, "name"),
    )


def read_fax_message(data: Any, path: str) -> FaxMessage:
    """Read a FaxMessage; unknown keys are ignored."""
    get = json_object(data, path).get
    return FaxMessage(
        id=json_str(get("id"), path, "id"),
        folder=json_str(get("folder"), path, "folder"),
        date=json_datetime(get("date"), "%Y-%m-%d %H:%M:%S", path, "date"),
        callerid=json_str(get("callerid"), path, "callerid"),
        stationid=json_str(get("stationid"), path, "stationid"),
        destination=json_str(get("destination"), path, "destination"),
        description=json_str(get("description"), path, "description"),
        pages=json_int(get("pages"), path, "pages"),
        duration=json_str(get("duration"), path, "duration"),
        status=json_str(get("status"), path, "status"),
        rate=json_decimal(get("rate"), path, "rate"),
        total=json_decimal(get("total"), path, "total"),
        msg=json_str(get("msg"), path, "msg"),
    )


def read_fax_number(data: Any, path: str) -> FaxNumber:
    """Read a FaxNumber; unknown keys are ignored."""
    get = json_object(data, path).get
    return FaxNumber(
        id=json_str(get("id"), path, "id"),
        did=json_str(get("did"), path, "did"),
        description=json_str(get("description"), path, "description"),
        state=json_str(get("state"), path, "state"),
        city=json_str(get("city"), path, "city"),
        country=json_str(get("country"), path, "country"),
        email_enabled=json_int(get("email_enabled"), path, "email_enabled"),
        email=json_str(get("email"), path, "email"),
        url_enabled=json_int(get("url_enabled"), path, "url_enabled"),
        url=json_str(get("url"), path, "url"),
        retry=json_int(get("retry"), path, "retry"),
        attach_file=json_int(get("attach_file"), path, "attach_file"),
        note=json_str(get("note"), path, "note"),
        reseller_account=json_str(get("reseller_account"), path, "reseller_account"),
        reseller_next_billing=json_date(get("reseller_next_billing"), "%Y-%m-%d", path, "reseller_next_billing"),
        reseller_monthly=json_decimal(get("reseller_monthly"), path, "reseller_monthly"),
        reseller_minute=json_decimal(get("reseller_minute"), path, "reseller_minute"),
        reseller_setup=json_decimal(get("reseller_setup"), path, "reseller_setup"),
        fax_to_sip_enabled=json_int(get("fax_to_sip_enabled"), path, "fax_to_sip_enabled"),
        fax_to_sip_enabled_account=json_str(get("fax_to_sip_enabled_account"), path, "fax_to_sip_enabled_account"),
    )


def read_fax_province(data: Any, path: str) -> FaxProvince:
    """Read a FaxProvince; unknown keys are ignored."""
    get = json_object(data, path).get
    return FaxProvince(
        province=json_str(get("province"), path, "province"),
        province_id=json_int(get("province_id"), path, "province_id"),
        province_name=json_str(get("province_name"), path, "province_name"),
        country_code=json_str(get("country_code"), path, "country_code"),
    )


def read_fax_rate_center(data: Any, path: str) -> FaxRateCenter:
    """Read a FaxRateCenter; unknown keys are ignored."""
    get = json_object(data, path).get
    return FaxRateCenter(
        location=json_int(get("location"), path, "location"),
        area_code=json_str(get("area_code"), path, "area_code"),
        ratecenter=json_str(get("ratecenter"), path, "ratecenter"),
        available=cast("YesNo", json_enum(get("available"), YES_NO_VALUES, path, "available")),
    )


def read_fax_state(data: Any, path: str) -> FaxState:
    """Read a FaxState; unknown keys are ignored."""
    get = json_object(data, path).get
    return FaxState(
        state=json_str(get("state"), path, "state"),
        state_id=json_int(get("state_id"), path, "state_id"),
        state_name=json_str(get("state_name"), path, "state_name"),
        country_code=json_str(get("country_code"), path, "country_code"),
    )


def read_forwarding(data: Any, path: str) -> Forwarding:
    """Read a Forwarding; unknown keys are ignored."""
    get = json_object(data, path).get
    return Forwarding(
        forwarding=json_int(get("forwarding"), path, "forwarding"),
        phone_number=json_str(get("phone_number"), path, "phone_number"),
        callerid_override=json_str(get("callerid_override"), path, "callerid_override"),
        description=json_str(get("description"), path, "description"),
        dtmf_digits=json_str(get("dtmf_digits"), path, "dtmf_digits"),
        pause=json_decimal(get("pause"), path, "pause"),
        diversion_header=json_int(get("diversion_header"), path, "diversion_header"),
    )


def read_ivr(data: Any, path: str) -> IVR:
    """Read a IVR; unknown keys are ignored."""
    get = json_object(data, path).get
    return IVR(
        ivr=json_int(get("ivr"), path, "ivr"),
        name=json_str(get("name"), path, "name"),
        recording=json_int(get("recording"), path, "recording"),
        timeout_=json_int(get("timeout"), path, "timeout"),
        language=json_str(get("language"), path, "language"),
        voicemailsetup=json_int(get("voicemailsetup"), path, "voicemailsetup"),
        choices=json_str(get("choices"), path, "choices"),
    )


def read_international_location(data: Any, path: str) -> InternationalLocation:
    """Read a InternationalLocation; unknown keys are ignored."""
    get = json_object(data, path).get
    return InternationalLocation(
        location_id=json_str(get("location_id"), path, "location_id"),
        location_name=json_str(get("location_name"), path, "location_name"),
        country=json_str(get("country"), path, "country"),
        area_code=json_str(get("area_code"), path, "area_code"),
        stock=json_int(get("stock"), path, "stock"),
        monthly=json_decimal(get("monthly"), path, "monthly"),
        setup=json_decimal(get("setup"), path, "setup"),
        minute=json_decimal(get("minute"), path, "minute"),
        monthly_per_minute=json_str(get("monthly_per_minute"), path, "monthly_per_minute"),
        setup_per_minute=json_str(get("setup_per_minute"), path, "setup_per_minute"),
        channels=json_int(get("channels"), path, "channels"),
    )


def read_lnp_attachment(data: Any, path: str) -> LNPAttachment:
    """Read a LNPAttachment; unknown keys are ignored."""
    get = json_object(data, path).get
    return LNPAttachment(
        attachid=json_int(get("attachid"), path, "attachid"),
        type=json_str(get("type"), path, "type"),
        size=json_int(get("size"), path, "size"),
    )


def read_lnp_note(data: Any, path: str) -> LNPNote:
    """Read a LNPNote; unknown keys are ignored."""
    get = json_object(data, path).get
    return LNPNote(
        note=json_str(get("note"), path, "note"),
        date=json_str(get("date"), path, "date"),
        time=json_str(get("time"), path, "time"),
    )


def read_lnp_port(data: Any, path: str) -> LNPPort:
    """Read a LNPPort; unknown keys are ignored."""
    get = json_object(data, path).get
    return LNPPort(
        portid=json_int(get("portid"), path, "portid"),
        numbers=json_str(get("numbers"), path, "numbers"),
        foc_date=json_str(get("foc_date"), path, "foc_date"),
        status=json_str(get("status"), path, "status"),
    )


def read_mms_message(data: Any, path: str) -> MmsMessage:
    """Read a MmsMessage; unknown keys are ignored."""
    get = json_object(data, path).get
    return MmsMessage(
        id=json_int(get("id"), path, "id"),
        date=json_datetime(get("date"), "%Y-%m-%d %H:%M:%S", path, "date"),
        type=json_int(get("type"), path, "type"),
        did=json_str(get("did"), path, "did"),
        contact=json_str(get("contact"), path, "contact"),
        message=json_str(get("message"), path, "message"),
        carrier_status=json_str(get("carrier_status"), path, "carrier_status"),
        col_media1=json_str(get("col_media1"), path, "col_media1"),
        col_media2=json_str(get("col_media2"), path, "col_media2"),
        col_media3=json_str(get("col_media3"), path, "col_media3"),
        media=tuple(
            required(json_str(item, path, f"media[{index}]"), join_path(path, f"media[{index}]"))
            for index, item in enumerate(json_list(get("media"), path, "media"))
        ),
    )


def read_music_on_hold(data: Any, path: str) -> MusicOnHold:
    """Read a MusicOnHold; unknown keys are ignored."""
    get = json_object(data, path).get
    return MusicOnHold(
        value=json_str(get("value"), path, "value"),
        description=json_str(get("description"), path, "description"),
        recordings=json_str(get("recordings"), path, "recordings"),
        total=json_int(get("total"), path, "total"),
        volume=json_str(get("volume"), path, "volume"),
        sort=json_str(get("sort"), path, "sort"),
        custom=json_int(get("custom"), path, "custom"),
    )


def read_package(data: Any, path: str) -> Package:
    """Read a Package; unknown keys are ignored."""
    get = json_object(data, path).get
    return Package(
        package=json_int(get("package"), path, "package"),
        name=json_str(get("name"), path, "name"),
        markup_fixed=json_decimal(get("markup_fixed"), path, "markup_fixed"),
        markup_percentage=json_int(get("markup_percentage"), path, "markup_percentage"),
        pulse=json_int(get("pulse"), path, "pulse"),
        international_route=json_int(get("international_route"), path, "international_route"),
        canada_route=json_int(get("canada_route"), path, "canada_route"),
        monthly_fee=json_decimal(get("monthly_fee"), path, "monthly_fee"),
        setup_fee=json_decimal(get("setup_fee"), path, "setup_fee"),
        free_minutes=json_int(get("free_minutes"), path, "free_minutes"),
    )


def read_package_rate(data: Any, path: str) -> PackageRate:
    """Read a PackageRate; unknown keys are ignored."""
    get = json_object(data, path).get
    return PackageRate(
        destination=json_str(get("destination"), path, "destination"),
        prefix=json_str(get("prefix"), path, "prefix"),
        client_increment=json_int(get("client_increment"), path, "client_increment"),
        client_rate=json_decimal(get("client_rate"), path, "client_rate"),
        real_increment=json_int(get("real_increment"), path, "real_increment"),
        real_rate=json_decimal(get("real_rate"), path, "real_rate"),
    )


def read_phonebook_entry(data: Any, path: str) -> PhonebookEntry:
    """Read a PhonebookEntry; unknown keys are ignored."""
    get = json_object(data, path).get
    return PhonebookEntry(
        phonebook=json_int(get("phonebook"), path, "phonebook"),
        speed_dial=json_str(get("speed_dial"), path, "speed_dial"),
        name=json_str(get("name"), path, "name"),
        number=json_str(get("number"), path, "number"),
        callerid=json_str(get("callerid"), path, "callerid"),
        note=json_str(get("note"), path, "note"),
        group=json_int(get("group"), path, "group"),
        group_name=json_str(get("group_name"), path, "group_name"),
    )


def read_phonebook_group(data: Any, path: str) -> PhonebookGroup:
    """Read a PhonebookGroup; unknown keys are ignored."""
    get = json_object(data, path).get
    return PhonebookGroup(
        phonebook_group=json_int(get("phonebook_group"), path, "phonebook_group"),
        name=json_str(get("name"), path, "name"),
        members=json_str(get("members"), path, "members"),
    )


def read_portability_plan(data: Any, path: str) -> PortabilityPlan:
    """Read a PortabilityPlan; unknown keys are ignored."""
    get = json_object(data, path).get
    return PortabilityPlan(
        title=json_str(get("title"), path, "title"),
        price_per_month=json_decimal(get("pricePerMonth"), path, "pricePerMonth"),
        price_per_min=json_decimal(get("pricePerMin"), path, "pricePerMin"),
    )


def read_province(data: Any, path: str) -> Province:
    """Read a Province; unknown keys are ignored."""
    get = json_object(data, path).get
    return Province(
        province=json_str(get("province"), path, "province"),
        description=json_str(get("description"), path, "description"),
    )


def read_queue(data: Any, path: str) -> Queue:
    """Read a Queue; unknown keys are ignored."""
    get = json_object(data, path).get
    return Queue(
        queue=json_int(get("queue"), path, "queue"),
        queue_name=json_str(get("queue_name"), path, "queue_name"),
        queue_number=json_int(get("queue_number"), path, "queue_number"),
        queue_language=json_str(get("queue_language"), path, "queue_language"),
        queue_password=json_str(get("queue_password"), path, "queue_password"),
        callerid_prefix=json_str(get("callerid_prefix"), path, "callerid_prefix"),
        join_announcement=json_str(get("join_announcement"), path, "join_announcement"),
        priority_weight=json_int(get("priority_weight"), path, "priority_weight"),
        agent_announcement=json_str(get("agent_announcement"), path, "agent_announcement"),
        report_hold_time_agent=json_str(get("report_hold_time_agent"), path, "report_hold_time_agent"),
        member_delay=json_str(get("member_delay"), path, "member_delay"),
        music_on_hold=json_str(get("music_on_hold"), path, "music_on_hold"),
        maximum_wait_time=json_str(get("maximum_wait_time"), path, "maximum_wait_time"),
        maximum_callers=json_str(get("maximum_callers"), path, "maximum_callers"),
        join_when_empty=json_str(get("join_when_empty"), path, "join_when_empty"),
        leave_when_empty=cast(
            "QueueEmptyMode", json_enum(get("leave_when_empty"), QUEUE_EMPTY_MODE_VALUES, path, "leave_when_empty")
        ),
        ring_strategy=json_str(get("ring_strategy"), path, "ring_strategy"),
        ring_inuse=cast("YesNo", json_enum(get("ring_inuse"), YES_NO_VALUES, path, "ring_inuse")),
        agent_ring_timeout=json_int(get("agent_ring_timeout"), path, "agent_ring_timeout"),
        retry_timer=json_str(get("retry_timer"), path, "retry_timer"),
        wrapup_time=json_str(get("wrapup_time"), path, "wrapup_time"),
        voice_announcement=json_str(get("voice_announcement"), path, "voice_announcement"),
        frequency_announcement=json_str(get("frequency_announcement"), path, "frequency_announcement"),
        announce_position_frecuency=json_str(get("announce_position_frecuency"), path, "announce_position_frecuency"),
        announce_round_seconds=json_str(get("announce_round_seconds"), path, "announce_round_seconds"),
        if_announce_position_enabled_report_estimated_hold_time=cast(
            "YesNoOnce",
            json_enum(
                get("if_announce_position_enabled_report_estimated_hold_time"),
                YES_NO_ONCE_VALUES,
                path,
                "if_announce_position_enabled_report_estimated_hold_time",
            ),
        ),
        thankyou_for_your_patience=cast(
            "YesNo", json_enum(get("thankyou_for_your_patience"), YES_NO_VALUES, path, "thankyou_for_your_patience")
        ),
        fail_over_routing_timeout=json_str(get("fail_over_routing_timeout"), path, "fail_over_routing_timeout"),
        fail_over_routing_full=json_str(get("fail_over_routing_full"), path, "fail_over_routing_full"),
        fail_over_routing_join_empty=json_str(
            get("fail_over_routing_join_empty"), path, "fail_over_routing_join_empty"
        ),
        fail_over_routing_leave_empty=json_str(
            get("fail_over_routing_leave_empty"), path, "fail_over_routing_leave_empty"
        ),
        fail_over_routing_join_unavail=json_str(
            get("fail_over_routing_join_unavail"), path, "fail_over_routing_join_unavail"
        ),
        fail_over_routing_leave_unavail=json_str(
            get("fail_over_routing_leave_unavail"), path, "fail_over_routing_leave_unavail"
        ),
    )


def read_rate_center(data: Any, path: str) -> RateCenter:
    """Read a RateCenter; unknown keys are ignored."""
    get = json_object(data, path).get
    return RateCenter(
        ratecenter=json_str(get("ratecenter"), path, "ratecenter"),
        available=cast("YesNo", json_enum(get("available"), YES_NO_VALUES, path, "available")),
    )


def read_recording_file(data: Any, path: str) -> RecordingFile:
    """Read a RecordingFile; unknown keys are ignored."""
    get = json_object(data, path).get
    return RecordingFile(
        value=json_int(get("value"), path, "value"),
        data=json_str(get("data"), path, "data"),
    )


def read_registration(data: Any, path: str) -> Registration:
    """Read a Registration; unknown keys are ignored."""
    get = json_object(data, path).get
    return Registration(
        server_name=json_str(get("server_name"), path, "server_name"),
        server_shortname=json_str(get("server_shortname"), path, "server_shortname"),
        server_hostname=json_str(get("server_hostname"), path, "server_hostname"),
        server_ip=json_str(get("server_ip"), path, "server_ip"),
        server_country=json_str(get("server_country"), path, "server_country"),
        server_pop=json_int(get("server_pop"), path, "server_pop"),
        register_ip=json_str(get("register_ip"), path, "register_ip"),
        register_port=json_int(get("register_port"), path, "register_port"),
        register_next=json_datetime(get("register_next"), "%Y-%m-%d %H:%M:%S", path, "register_next"),
        register_protocol=json_str(get("register_protocol"), path, "register_protocol"),
        register_transport=json_str(get("register_transport"), path, "register_transport"),
    )


def read_ring_group(data: Any, path: str) -> RingGroup:
    """Read a RingGroup; unknown keys are ignored."""
    get = json_object(data, path).get
    return RingGroup(
        ring_group=json_int(get("ring_group"), path, "ring_group"),
        name=json_str(get("name"), path, "name"),
        caller_announcement=json_int(get("caller_announcement"), path, "caller_announcement"),
        music_on_hold=json_str(get("music_on_hold"), path, "music_on_hold"),
        language=json_str(get("language"), path, "language"),
        members=json_str(get("members"), path, "members"),
        voicemail=json_str(get("voicemail"), path, "voicemail"),
    )


def read_sipuri(data: Any, path: str) -> SIPURI:
    """Read a SIPURI; unknown keys are ignored."""
    get = json_object(data, path).get
    return SIPURI(
        sipuri=json_int(get("sipuri"), path, "sipuri"),
        uri=json_str(get("uri"), path, "uri"),
        description=json_str(get("description"), path, "description"),
        callerid_override=json_str(get("callerid_override"), path, "callerid_override"),
        callerid_e164=json_int(get("callerid_e164"), path, "callerid_e164"),
    )


def read_call_sequence(data: Any, path: str) -> CallSequence:
    """Read a CallSequence; unknown keys are ignored."""
    get = json_object(data, path).get
    return CallSequence(
        sequence=json_int(get("sequence"), path, "sequence"),
        name=json_str(get("name"), path, "name"),
        steps=get("steps"),
    )


def read_server(data: Any, path: str) -> Server:
    """Read a Server; unknown keys are ignored."""
    get = json_object(data, path).get
    return Server(
        server_name=json_str(get("server_name"), path, "server_name"),
        server_shortname=json_str(get("server_shortname"), path, "server_shortname"),
        server_hostname=json_str(get("server_hostname"), path, "server_hostname"),
        server_ip=json_str(get("server_ip"), path, "server_ip"),
        server_country=json_str(get("server_country"), path, "server_country"),
        server_pop=json_int(get("server_pop"), path, "server_pop"),
        server_recommended=json_str(get("server_recommended"), path, "server_recommended"),
    )


def read_sms_message(data: Any, path: str) -> SmsMessage:
    """Read a SmsMessage; unknown keys are ignored."""
    get = json_object(data, path).get
    return SmsMessage(
        id=json_int(get("id"), path, "id"),
        date=json_datetime(get("date"), "%Y-%m-%d %H:%M:%S", path, "date"),
        type=json_int(get("type"), path, "type"),
        did=json_str(get("did"), path, "did"),
        contact=json_str(get("contact"), path, "contact"),
        message=json_str(get("message"), path, "message"),
        carrier_status=json_str(get("carrier_status"), path, "carrier_status"),
    )


def read_state(data: Any, path: str) -> State:
    """Read a State; unknown keys are ignored."""
    get = json_object(data, path).get
    return State(
        state=json_str(get("state"), path, "state"),
        description=json_str(get("description"), path, "description"),
    )


def read_static_member(data: Any, path: str) -> StaticMember:
    """Read a StaticMember; unknown keys are ignored."""
    get = json_object(data, path).get
    return StaticMember(
        member=json_int(get("member"), path, "member"),
        queue_number=json_int(get("queue_number"), path, "queue_number"),
        name=json_str(get("name"), path, "name"),
        account=json_str(get("account"), path, "account"),
        priority=json_int(get("priority"), path, "priority"),
    )


def read_sub_account(data: Any, path: str) -> SubAccount:
    """Read a SubAccount; unknown keys are ignored."""
    get = json_object(data, path).get
    return SubAccount(
        id=json_int(get("id"), path, "id"),
        account=json_str(get("account"), path, "account"),
        username=json_str(get("username"), path, "username"),
        description=json_str(get("description"), path, "description"),
        protocol=json_int(get("protocol"), path, "protocol"),
        auth_type=json_int(get("auth_type"), path, "auth_type"),
        password=json_str(get("password"), path, "password"),
        ip=json_str(get("ip"), path, "ip"),
        device_type=json_int(get("device_type"), path, "device_type"),
        callerid_number=json_str(get("callerid_number"), path, "callerid_number"),
        canada_routing=json_int(get("canada_routing"), path, "canada_routing"),
        lock_international=json_int(get("lock_international"), path, "lock_international"),
        international_route=json_int(get("international_route"), path, "international_route"),
        music_on_hold=json_str(get("music_on_hold"), path, "music_on_hold"),
        language=json_str(get("language"), path, "language"),
        allowed_codecs=json_str(get("allowed_codecs"), path, "allowed_codecs"),
        dtmf_mode=json_str(get("dtmf_mode"), path, "dtmf_mode"),
        nat=json_str(get("nat"), path, "nat"),
        sip_traffic=json_int(get("sip_traffic"), path, "sip_traffic"),
        max_expiry=json_int(get("max_expiry"), path, "max_expiry"),
        rtp_timeout=json_int(get("rtp_timeout"), path, "rtp_timeout"),
        rtp_hold_timeout=json_int(get("rtp_hold_timeout"), path, "rtp_hold_timeout"),
        ip_restriction=json_str(get("ip_restriction"), path, "ip_restriction"),
        enable_ip_restriction=json_int(get("enable_ip_restriction"), path, "enable_ip_restriction"),
        pop_restriction=json_str(get("pop_restriction"), path, "pop_restriction"),
        enable_pop_restriction=json_int(get("enable_pop_restriction"), path, "enable_pop_restriction"),
        send_bye=json_int(get("send_bye"), path, "send_bye"),
        record_calls=json_int(get("record_calls"), path, "record_calls"),
        internal_extension=json_str(get("internal_extension"), path, "internal_extension"),
        internal_voicemail=json_str(get("internal_voicemail"), path, "internal_voicemail"),
        internal_dialtime=json_int(get("internal_dialtime"), path, "internal_dialtime"),
        reseller_client=json_str(get("reseller_client"), path, "reseller_client"),
        reseller_package=json_str(get("reseller_package"), path, "reseller_package"),
        reseller_nextbilling=json_date(get("reseller_nextbilling"), "%Y-%m-%d", path, "reseller_nextbilling"),
        transcribe=json_int(get("transcribe"), path, "transcribe"),
        transcription_locale=json_str(get("transcription_locale"), path, "transcription_locale"),
        transcription_redaction=cast(
            "YesNo", json_enum(get("transcription_redaction"), YES_NO_VALUES, path, "transcription_redaction")
        ),
        transcription_summary=cast(
            "YesNo", json_enum(get("transcription_summary"), YES_NO_VALUES, path, "transcription_summary")
        ),
        transcription_sentiment=cast(
            "YesNo", json_enum(get("transcription_sentiment"), YES_NO_VALUES, path, "transcription_sentiment")
        ),
        transcription_email=json_str(get("transcription_email"), path, "transcription_email"),
        parking_lot=json_int(get("parking_lot"), path, "parking_lot"),
        enable_internal_cnam=json_int(get("enable_internal_cnam"), path, "enable_internal_cnam"),
        internal_cnam=json_str(get("internal_cnam"), path, "internal_cnam"),
        tfcarrier=json_int(get("tfcarrier"), path, "tfcarrier"),
        default_e911=json_str(get("default_e911"), path, "default_e911"),
        call_pickup_behavior=json_str(get("call_pickup_behavior"), path, "call_pickup_behavior"),
    )


def read_termination_rate(data: Any, path: str) -> TerminationRate:
    """Read a TerminationRate; unknown keys are ignored."""
    get = json_object(data, path).get
    return TerminationRate(
        destination=json_str(get("destination"), path, "destination"),
        prefix=json_str(get("prefix"), path, "prefix"),
        increment=json_int(get("increment"), path, "increment"),
        rate=json_decimal(get("rate"), path, "rate"),
    )


def read_time_condition(data: Any, path: str) -> TimeCondition:
    """Read a TimeCondition; unknown keys are ignored."""
    get = json_object(data, path).get
    return TimeCondition(
        timecondition=json_int(get("timecondition"), path, "timecondition"),
        name=json_str(get("name"), path, "name"),
        routing_match=json_str(get("routing_match"), path, "routing_match"),
        routing_nomatch=json_str(get("routing_nomatch"), path, "routing_nomatch"),
        starthour=json_str(get("starthour"), path, "starthour"),
        startminute=json_str(get("startminute"), path, "startminute"),
        endhour=json_str(get("endhour"), path, "endhour"),
        endminute=json_str(get("endminute"), path, "endminute"),
        weekdaystart=json_str(get("weekdaystart"), path, "weekdaystart"),
        weekdayend=json_str(get("weekdayend"), path, "weekdayend"),
    )


def read_toll_free_can_us_number(data: Any, path: str) -> TollFreeCanUSNumber:
    """Read a TollFreeCanUSNumber; unknown keys are ignored."""
    get = json_object(data, path).get
    return TollFreeCanUSNumber(
        did=json_str(get("did"), path, "did"),
        monthly=json_decimal(get("monthly"), path, "monthly"),
        minute=json_decimal(get("minute"), path, "minute"),
        setup=json_decimal(get("setup"), path, "setup"),
    )


def read_toll_free_usa_number(data: Any, path: str) -> TollFreeUSANumber:
    """Read a TollFreeUSANumber; unknown keys are ignored."""
    get = json_object(data, path).get
    return TollFreeUSANumber(
        did=json_str(get("did"), path, "did"),
        monthly=json_decimal(get("monthly"), path, "monthly"),
        minute_usa=json_decimal(get("minute_usa"), path, "minute_usa"),
        minute_canada=json_decimal(get("minute_canada"), path, "minute_canada"),
        minute_puertorico=json_decimal(get("minute_puertorico"), path, "minute_puertorico"),
        minute_alaska=json_decimal(get("minute_alaska"), path, "minute_alaska"),
        setup=json_decimal(get("setup"), path, "setup"),
    )


def read_transaction(data: Any, path: str) -> Transaction:
    """Read a Transaction; unknown keys are ignored."""
    get = json_object(data, path).get
    return Transaction(
        date=json_datetime(get("date"), "%Y-%m-%d %H:%M:%S", path, "date"),
        uniqueid=json_str(get("uniqueid"), path, "uniqueid"),
        type=json_str(get("type"), path, "type"),
        description=json_str(get("description"), path, "description"),
        ammount=json_decimal(get("ammount"), path, "ammount"),
    )


def read_vpri(data: Any, path: str) -> VPRI:
    """Read a VPRI; unknown keys are ignored."""
    get = json_object(data, path).get
    return VPRI(
        vpri=json_int(get("vpri"), path, "vpri"),
        name=json_str(get("name"), path, "name"),
        note=json_str(get("note"), path, "note"),
        channels=json_int(get("channels"), path, "channels"),
        monthly_fee=json_decimal(get("monthly_fee"), path, "monthly_fee"),
        next_billing=json_date(get("next_billing"), "%Y-%m-%d", path, "next_billing"),
        burst_enabled=json_int(get("burst_enabled"), path, "burst_enabled"),
        burst_max_channels=json_int(get("burst_max_channels"), path, "burst_max_channels"),
        burst_percentage_charge=json_int(get("burst_percentage_charge"), path, "burst_percentage_charge"),
    )


def read_value_description(data: Any, path: str) -> ValueDescription:
    """Read a ValueDescription; unknown keys are ignored."""
    get = json_object(data, path).get
    return ValueDescription(
        value=json_str(get("value"), path, "value"),
        description=json_str(get("description"), path, "description"),
    )


def read_vanity_number(data: Any, path: str) -> VanityNumber:
    """Read a VanityNumber; unknown keys are ignored."""
    get = json_object(data, path).get
    return VanityNumber(
        did=json_str(get("did"), path, "did"),
        monthly_american=json_decimal(get("monthly_american"), path, "monthly_american"),
        monthly_canadian=json_decimal(get("monthly_canadian"), path, "monthly_canadian"),
        minute_american_usa=json_decimal(get("minute_american_usa"), path, "minute_american_usa"),
        minute_american_canada=json_decimal(get("minute_american_canada"), path, "minute_american_canada"),
        minute_canadian=json_decimal(get("minute_canadian"), path, "minute_canadian"),
        setup_american=json_decimal(get("setup_american"), path, "setup_american"),
        setup_canadian=json_decimal(get("setup_canadian"), path, "setup_canadian"),
    )


def read_voicemail(data: Any, path: str) -> Voicemail:
    """Read a Voicemail; unknown keys are ignored."""
    get = json_object(data, path).get
    return Voicemail(
        mailbox=json_str(get("mailbox"), path, "mailbox"),
        name=json_str(get("name"), path, "name"),
        password=json_str(get("password"), path, "password"),
        skip_password=json_int(get("skip_password"), path, "skip_password"),
        email=json_str(get("email"), path, "email"),
        attach_message=cast("YesNo", json_enum(get("attach_message"), YES_NO_VALUES, path, "attach_message")),
        delete_message=cast("YesNo", json_enum(get("delete_message"), YES_NO_VALUES, path, "delete_message")),
        say_time=cast("YesNo", json_enum(get("say_time"), YES_NO_VALUES, path, "say_time")),
        timezone=json_str(get("timezone"), path, "timezone"),
        say_callerid=cast("YesNo", json_enum(get("say_callerid"), YES_NO_VALUES, path, "say_callerid")),
        play_instructions=json_str(get("play_instructions"), path, "play_instructions"),
        language=json_str(get("language"), path, "language"),
        email_attachment_format=json_str(get("email_attachment_format"), path, "email_attachment_format"),
        unavailable_message_recording=json_int(
            get("unavailable_message_recording"), path, "unavailable_message_recording"
        ),
        new=json_int(get("new"), path, "new"),
        urgent=json_int(get("urgent"), path, "urgent"),
        transcription=cast("YesNo", json_enum(get("transcription"), YES_NO_VALUES, path, "transcription")),
        transcription_locale=json_str(get("transcription_locale"), path, "transcription_locale"),
        transcription_redaction=cast(
            "YesNo", json_enum(get("transcription_redaction"), YES_NO_VALUES, path, "transcription_redaction")
        ),
        transcription_sentiment=cast(
            "YesNo", json_enum(get("transcription_sentiment"), YES_NO_VALUES, path, "transcription_sentiment")
        ),
        transcription_summary=cast(
            "YesNo", json_enum(get("transcription_summary"), YES_NO_VALUES, path, "transcription_summary")
        ),
        transcription_format=cast(
            "TranscriptionFormat",
            json_enum(get("transcription_format"), TRANSCRIPTION_FORMAT_VALUES, path, "transcription_format"),
        ),
        transcription_delay=json_int(get("transcription_delay"), path, "transcription_delay"),
    )


def read_voicemail_message(data: Any, path: str) -> VoicemailMessage:
    """Read a VoicemailMessage; unknown keys are ignored."""
    get = json_object(data, path).get
    return VoicemailMessage(
        mailbox=json_str(get("mailbox"), path, "mailbox"),
        folder=json_str(get("folder"), path, "folder"),
        message_num=json_int(get("message_num"), path, "message_num"),
        date=json_datetime(get("date"), "%Y-%m-%d %H:%M:%S", path, "date"),
        callerid=json_str(get("callerid"), path, "callerid"),
        duration=json_str(get("duration"), path, "duration"),
        urgent=cast("YesNo", json_enum(get("urgent"), YES_NO_VALUES, path, "urgent")),
        listened=cast("YesNo", json_enum(get("listened"), YES_NO_VALUES, path, "listened")),
    )


def read_voicemail_message_file(data: Any, path: str) -> VoicemailMessageFile:
    """Read a VoicemailMessageFile; unknown keys are ignored."""
    get = json_object(data, path).get
    return VoicemailMessageFile(
        mailbox=json_str(get("mailbox"), path, "mailbox"),
        folder=json_str(get("folder"), path, "folder"),
        message_num=json_int(get("message_num"), path, "message_num"),
        data=json_str(get("data"), path, "data"),
    )


def read_voicemail_transcription(data: Any, path: str) -> VoicemailTranscription:
    """Read a VoicemailTranscription; unknown keys are ignored."""
    get = json_object(data, path).get
    return VoicemailTranscription(
        date=json_str(get("date"), path, "date"),
        callerid=json_str(get("callerid"), path, "callerid"),
        duration=json_str(get("duration"), path, "duration"),
        folder=json_str(get("folder"), path, "folder"),
        result=json_str(get("result"), path, "result"),
    )


def read_add_lnp_file_response(data: Any, path: str) -> AddLNPFileResponse:
    """Read a AddLNPFileResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return AddLNPFileResponse(
        attachment=json_int(get("attachment"), path, "attachment"),
    )


def read_add_lnp_port_response(data: Any, path: str) -> AddLNPPortResponse:
    """Read a AddLNPPortResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return AddLNPPortResponse(
        port=json_int(get("port"), path, "port"),
    )


def read_add_member_to_conference_response(data: Any, path: str) -> AddMemberToConferenceResponse:
    """Read a AddMemberToConferenceResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return AddMemberToConferenceResponse(
        member=json_int(get("member"), path, "member"),
    )


def read_assign_did_vpri_response(data: Any, path: str) -> AssignDIDvPRIResponse:
    """Read a AssignDIDvPRIResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return AssignDIDvPRIResponse(
        vpri=json_int(get("vpri"), path, "vpri"),
        did_added=json_str(get("DIDAdded"), path, "DIDAdded"),
        monthly=json_decimal(get("monthly"), path, "monthly"),
    )


def read_cancel_fax_number_response(data: Any, path: str) -> CancelFaxNumberResponse:
    """Read a CancelFaxNumberResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return CancelFaxNumberResponse(
        deleted_did=json_str(get("deleted_did"), path, "deleted_did"),
    )


def read_create_sub_account_response(data: Any, path: str) -> CreateSubAccountResponse:
    """Read a CreateSubAccountResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return CreateSubAccountResponse(
        id=json_int(get("id"), path, "id"),
        account=json_str(get("account"), path, "account"),
    )


def read_e911_address_types_response(data: Any, path: str) -> E911AddressTypesResponse:
    """Read a E911AddressTypesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return E911AddressTypesResponse(
        types=tuple(
            read_value_description(item, join_path(path, f"types[{index}]"))
            for index, item in enumerate(json_list(get("types"), path, "types"))
        ),
    )


def read_e911_info_response(data: Any, path: str) -> E911InfoResponse:
    """Read a E911InfoResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return E911InfoResponse(
        info=json_record(get("info"), path, "info", read_e911_info),
    )


def read_get_allowed_codecs_response(data: Any, path: str) -> GetAllowedCodecsResponse:
    """Read a GetAllowedCodecsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetAllowedCodecsResponse(
        allowed_codecs=tuple(
            read_value_description(item, join_path(path, f"allowed_codecs[{index}]"))
            for index, item in enumerate(json_list(get("allowed_codecs"), path, "allowed_codecs"))
        ),
    )


def read_get_auth_types_response(data: Any, path: str) -> GetAuthTypesResponse:
    """Read a GetAuthTypesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetAuthTypesResponse(
        auth_types=tuple(
            read_value_description(item, join_path(path, f"auth_types[{index}]"))
            for index, item in enumerate(json_list(get("auth_types"), path, "auth_types"))
        ),
    )


def read_get_back_orders_response(data: Any, path: str) -> GetBackOrdersResponse:
    """Read a GetBackOrdersResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetBackOrdersResponse(
        quantity=json_int(get("quantity"), path, "quantity"),
        back_orders=tuple(
            read_back_order(item, join_path(path, f"back_orders[{index}]"))
            for index, item in enumerate(json_list(get("back_orders"), path, "back_orders"))
        ),
    )


def read_get_balance_management_response(data: Any, path: str) -> GetBalanceManagementResponse:
    """Read a GetBalanceManagementResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetBalanceManagementResponse(
        balance_management=tuple(
            read_value_description(item, join_path(path, f"balance_management[{index}]"))
            for index, item in enumerate(json_list(get("balance_management"), path, "balance_management"))
        ),
    )


def read_get_balance_response(data: Any, path: str) -> GetBalanceResponse:
    """Read a GetBalanceResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetBalanceResponse(
        balance=json_record(get("balance"), path, "balance", read_balance),
    )


def read_get_cdr_response(data: Any, path: str) -> GetCDRResponse:
    """Read a GetCDRResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetCDRResponse(
        cdr=tuple(
            read_call_detail_record(item, join_path(path, f"cdr[{index}]"))
            for index, item in enumerate(json_list(get("cdr"), path, "cdr"))
        ),
    )


def read_get_call_accounts_response(data: Any, path: str) -> GetCallAccountsResponse:
    """Read a GetCallAccountsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetCallAccountsResponse(
        accounts=tuple(
            read_value_description(item, join_path(path, f"accounts[{index}]"))
            for index, item in enumerate(json_list(get("accounts"), path, "accounts"))
        ),
    )


def read_get_call_billing_response(data: Any, path: str) -> GetCallBillingResponse:
    """Read a GetCallBillingResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetCallBillingResponse(
        call_billing=tuple(
            read_value_description(item, join_path(path, f"call_billing[{index}]"))
            for index, item in enumerate(json_list(get("call_billing"), path, "call_billing"))
        ),
    )


def read_get_call_huntings_response(data: Any, path: str) -> GetCallHuntingsResponse:
    """Read a GetCallHuntingsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetCallHuntingsResponse(
        call_hunting=tuple(
            read_call_hunting(item, join_path(path, f"call_hunting[{index}]"))
            for index, item in enumerate(json_list(get("call_hunting"), path, "call_hunting"))
        ),
    )


def read_get_call_parking_response(data: Any, path: str) -> GetCallParkingResponse:
    """Read a GetCallParkingResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetCallParkingResponse(
        call_hunting=tuple(
            read_call_parking(item, join_path(path, f"call_hunting[{index}]"))
            for index, item in enumerate(json_list(get("call_hunting"), path, "call_hunting"))
        ),
    )


def read_get_call_recording_response(data: Any, path: str) -> GetCallRecordingResponse:
    """Read a GetCallRecordingResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetCallRecordingResponse(
        callrecording=json_str(get("callrecording"), path, "callrecording"),
        datetime=json_datetime(get("datetime"), "%Y-%m-%d %H:%M:%S", path, "datetime"),
        destination=json_str(get("destination"), path, "destination"),
        type=json_str(get("type"), path, "type"),
        subaccount=json_int(get("subaccount"), path, "subaccount"),
        duration=json_str(get("duration"), path, "duration"),
        base64_file=json_str(get("base64file"), path, "base64file"),
    )


def read_get_call_recordings_response(data: Any, path: str) -> GetCallRecordingsResponse:
    """Read a GetCallRecordingsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetCallRecordingsResponse(
        recordings=tuple(
            read_call_recording(item, join_path(path, f"recordings[{index}]"))
            for index, item in enumerate(json_list(get("recordings"), path, "recordings"))
        ),
    )


def read_get_call_transcriptions_response(data: Any, path: str) -> GetCallTranscriptionsResponse:
    """Read a GetCallTranscriptionsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetCallTranscriptionsResponse(
        transcriptions=tuple(
            read_call_transcription(item, join_path(path, f"transcriptions[{index}]"))
            for index, item in enumerate(json_list(get("transcriptions"), path, "transcriptions"))
        ),
    )


def read_get_call_types_response(data: Any, path: str) -> GetCallTypesResponse:
    """Read a GetCallTypesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetCallTypesResponse(
        call_types=tuple(
            read_value_description(item, join_path(path, f"call_types[{index}]"))
            for index, item in enumerate(json_list(get("call_types"), path, "call_types"))
        ),
    )


def read_get_callbacks_response(data: Any, path: str) -> GetCallbacksResponse:
    """Read a GetCallbacksResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetCallbacksResponse(
        callbacks=tuple(
            read_callback(item, join_path(path, f"callbacks[{index}]"))
            for index, item in enumerate(json_list(get("callbacks"), path, "callbacks"))
        ),
    )


def read_get_caller_id_filtering_response(data: Any, path: str) -> GetCallerIDFilteringResponse:
    """Read a GetCallerIDFilteringResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetCallerIDFilteringResponse(
        filtering=tuple(
            read_caller_id_filtering(item, join_path(path, f"filtering[{index}]"))
            for index, item in enumerate(json_list(get("filtering"), path, "filtering"))
        ),
    )


def read_get_carriers_response(data: Any, path: str) -> GetCarriersResponse:
    """Read a GetCarriersResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetCarriersResponse(
        carriers=tuple(
            read_value_description(item, join_path(path, f"carriers[{index}]"))
            for index, item in enumerate(json_list(get("carriers"), path, "carriers"))
        ),
    )


def read_get_charges_response(data: Any, path: str) -> GetChargesResponse:
    """Read a GetChargesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetChargesResponse(
        charges=tuple(
            read_client_transaction(item, join_path(path, f"charges[{index}]"))
            for index, item in enumerate(json_list(get("charges"), path, "charges"))
        ),
    )


def read_get_client_packages_response(data: Any, path: str) -> GetClientPackagesResponse:
    """Read a GetClientPackagesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetClientPackagesResponse(
        packages=tuple(
            read_value_description(item, join_path(path, f"packages[{index}]"))
            for index, item in enumerate(json_list(get("packages"), path, "packages"))
        ),
    )


def read_get_client_threshold_response(data: Any, path: str) -> GetClientThresholdResponse:
    """Read a GetClientThresholdResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetClientThresholdResponse(
        threshold_information=json_record(
            get("threshold_information"), path, "threshold_information", read_client_threshold
        ),
    )


def read_get_clients_response(data: Any, path: str) -> GetClientsResponse:
    """Read a GetClientsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetClientsResponse(
        clients=tuple(
            read_reseller_client(item, join_path(path, f"clients[{index}]"))
            for index, item in enumerate(json_list(get("clients"), path, "clients"))
        ),
    )


def read_get_conference_members_response(data: Any, path: str) -> GetConferenceMembersResponse:
    """Read a GetConferenceMembersResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetConferenceMembersResponse(
        members=tuple(
            read_conference_member(item, join_path(path, f"members[{index}]"))
            for index, item in enumerate(json_list(get("members"), path, "members"))
        ),
    )


def read_get_conference_recording_file_response(data: Any, path: str) -> GetConferenceRecordingFileResponse:
    """Read a GetConferenceRecordingFileResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetConferenceRecordingFileResponse(
        recording=tuple(
            read_conference_recording_file(item, join_path(path, f"recording[{index}]"))
            for index, item in enumerate(json_list(get("recording"), path, "recording"))
        ),
    )


def read_get_conference_recordings_response(data: Any, path: str) -> GetConferenceRecordingsResponse:
    """Read a GetConferenceRecordingsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetConferenceRecordingsResponse(
        recordings=tuple(
            read_conference_recording(item, join_path(path, f"recordings[{index}]"))
            for index, item in enumerate(json_list(get("recordings"), path, "recordings"))
        ),
    )


def read_get_conference_response(data: Any, path: str) -> GetConferenceResponse:
    """Read a GetConferenceResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetConferenceResponse(
        conference=tuple(
            read_conference(item, join_path(path, f"conference[{index}]"))
            for index, item in enumerate(json_list(get("conference"), path, "conference"))
        ),
    )


def read_get_countries_response(data: Any, path: str) -> GetCountriesResponse:
    """Read a GetCountriesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetCountriesResponse(
        countries=tuple(
            read_value_description(item, join_path(path, f"countries[{index}]"))
            for index, item in enumerate(json_list(get("countries"), path, "countries"))
        ),
    )


def read_get_did_countries_response(data: Any, path: str) -> GetDIDCountriesResponse:
    """Read a GetDIDCountriesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetDIDCountriesResponse(
        countries=tuple(
            read_value_description(item, join_path(path, f"countries[{index}]"))
            for index, item in enumerate(json_list(get("countries"), path, "countries"))
        ),
    )


def read_get_dids_can_response(data: Any, path: str) -> GetDIDsCANResponse:
    """Read a GetDIDsCANResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetDIDsCANResponse(
        dids=tuple(
            read_available_didcan(item, join_path(path, f"dids[{index}]"))
            for index, item in enumerate(json_list(get("dids"), path, "dids"))
        ),
    )


def read_get_dids_info_response(data: Any, path: str) -> GetDIDsInfoResponse:
    """Read a GetDIDsInfoResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetDIDsInfoResponse(
        dids=tuple(
            read_did_info(item, join_path(path, f"dids[{index}]"))
            for index, item in enumerate(json_list(get("dids"), path, "dids"))
        ),
    )


def read_get_dids_international_geographic_response(data: Any, path: str) -> GetDIDsInternationalGeographicResponse:
    """Read a GetDIDsInternationalGeographicResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetDIDsInternationalGeographicResponse(
        locations=tuple(
            read_international_location(item, join_path(path, f"locations[{index}]"))
            for index, item in enumerate(json_list(get("locations"), path, "locations"))
        ),
    )


def read_get_dids_international_national_response(data: Any, path: str) -> GetDIDsInternationalNationalResponse:
    """Read a GetDIDsInternationalNationalResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetDIDsInternationalNationalResponse(
        locations=tuple(
            read_international_location(item, join_path(path, f"locations[{index}]"))
            for index, item in enumerate(json_list(get("locations"), path, "locations"))
        ),
    )


def read_get_dids_international_toll_free_response(data: Any, path: str) -> GetDIDsInternationalTollFreeResponse:
    """Read a GetDIDsInternationalTollFreeResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetDIDsInternationalTollFreeResponse(
        locations=tuple(
            read_international_location(item, join_path(path, f"locations[{index}]"))
            for index, item in enumerate(json_list(get("locations"), path, "locations"))
        ),
    )


def read_get_dids_usa_response(data: Any, path: str) -> GetDIDsUSAResponse:
    """Read a GetDIDsUSAResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetDIDsUSAResponse(
        dids=tuple(
            read_available_didusa(item, join_path(path, f"dids[{index}]"))
            for index, item in enumerate(json_list(get("dids"), path, "dids"))
        ),
    )


def read_get_did_vpri_response(data: Any, path: str) -> GetDIDvPRIResponse:
    """Read a GetDIDvPRIResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetDIDvPRIResponse(
        dids=tuple(
            required(json_str(item, path, f"dids[{index}]"), join_path(path, f"dids[{index}]"))
            for index, item in enumerate(json_list(get("dids"), path, "dids"))
        ),
    )


def read_get_disas_response(data: Any, path: str) -> GetDISAsResponse:
    """Read a GetDISAsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetDISAsResponse(
        disa=tuple(
            read_disa(item, join_path(path, f"disa[{index}]"))
            for index, item in enumerate(json_list(get("disa"), path, "disa"))
        ),
    )


def read_get_dtmf_modes_response(data: Any, path: str) -> GetDTMFModesResponse:
    """Read a GetDTMFModesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetDTMFModesResponse(
        dtmf_modes=tuple(
            read_value_description(item, join_path(path, f"dtmf_modes[{index}]"))
            for index, item in enumerate(json_list(get("dtmf_modes"), path, "dtmf_modes"))
        ),
    )


def read_get_deposits_response(data: Any, path: str) -> GetDepositsResponse:
    """Read a GetDepositsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetDepositsResponse(
        deposits=tuple(
            read_client_transaction(item, join_path(path, f"deposits[{index}]"))
            for index, item in enumerate(json_list(get("deposits"), path, "deposits"))
        ),
    )


def read_get_device_types_response(data: Any, path: str) -> GetDeviceTypesResponse:
    """Read a GetDeviceTypesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetDeviceTypesResponse(
        device_types=tuple(
            read_value_description(item, join_path(path, f"device_types[{index}]"))
            for index, item in enumerate(json_list(get("device_types"), path, "device_types"))
        ),
    )


def read_get_email_to_fax_response(data: Any, path: str) -> GetEmailToFaxResponse:
    """Read a GetEmailToFaxResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetEmailToFaxResponse(
        email_to_fax=tuple(
            read_email_to_fax(item, join_path(path, f"emailToFax[{index}]"))
            for index, item in enumerate(json_list(get("emailToFax"), path, "emailToFax"))
        ),
    )


def read_get_fax_folders_response(data: Any, path: str) -> GetFaxFoldersResponse:
    """Read a GetFaxFoldersResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetFaxFoldersResponse(
        folders=tuple(
            read_fax_folder(item, join_path(path, f"folders[{index}]"))
            for index, item in enumerate(json_list(get("folders"), path, "folders"))
        ),
    )


def read_get_fax_message_pdf_response(data: Any, path: str) -> GetFaxMessagePDFResponse:
    """Read a GetFaxMessagePDFResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetFaxMessagePDFResponse(
        message_base64=json_str(get("message_base64"), path, "message_base64"),
    )


def read_get_fax_messages_response(data: Any, path: str) -> GetFaxMessagesResponse:
    """Read a GetFaxMessagesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetFaxMessagesResponse(
        faxes=tuple(
            read_fax_message(item, join_path(path, f"faxes[{index}]"))
            for index, item in enumerate(json_list(get("faxes"), path, "faxes"))
        ),
    )


def read_get_fax_numbers_info_response(data: Any, path: str) -> GetFaxNumbersInfoResponse:
    """Read a GetFaxNumbersInfoResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetFaxNumbersInfoResponse(
        numbers=tuple(
            read_fax_number(item, join_path(path, f"numbers[{index}]"))
            for index, item in enumerate(json_list(get("numbers"), path, "numbers"))
        ),
    )


def read_get_fax_numbers_portability_response(data: Any, path: str) -> GetFaxNumbersPortabilityResponse:
    """Read a GetFaxNumbersPortabilityResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetFaxNumbersPortabilityResponse(
        get_fax_numbers_portability=cast(
            "YesNo", json_enum(get("getFaxNumbersPortability"), YES_NO_VALUES, path, "getFaxNumbersPortability")
        ),
    )


def read_get_fax_provinces_response(data: Any, path: str) -> GetFaxProvincesResponse:
    """Read a GetFaxProvincesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetFaxProvincesResponse(
        provinces=tuple(
            read_fax_province(item, join_path(path, f"provinces[{index}]"))
            for index, item in enumerate(json_list(get("provinces"), path, "provinces"))
        ),
    )


def read_get_fax_rate_centers_can_response(data: Any, path: str) -> GetFaxRateCentersCANResponse:
    """Read a GetFaxRateCentersCANResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetFaxRateCentersCANResponse(
        ratecenters=tuple(
            read_fax_rate_center(item, join_path(path, f"ratecenters[{index}]"))
            for index, item in enumerate(json_list(get("ratecenters"), path, "ratecenters"))
        ),
    )


def read_get_fax_rate_centers_usa_response(data: Any, path: str) -> GetFaxRateCentersUSAResponse:
    """Read a GetFaxRateCentersUSAResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetFaxRateCentersUSAResponse(
        ratecenters=tuple(
            read_fax_rate_center(item, join_path(path, f"ratecenters[{index}]"))
            for index, item in enumerate(json_list(get("ratecenters"), path, "ratecenters"))
        ),
    )


def read_get_fax_states_response(data: Any, path: str) -> GetFaxStatesResponse:
    """Read a GetFaxStatesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetFaxStatesResponse(
        states=tuple(
            read_fax_state(item, join_path(path, f"states[{index}]"))
            for index, item in enumerate(json_list(get("states"), path, "states"))
        ),
    )


def read_get_forwardings_response(data: Any, path: str) -> GetForwardingsResponse:
    """Read a GetForwardingsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetForwardingsResponse(
        forwardings=tuple(
            read_forwarding(item, join_path(path, f"forwardings[{index}]"))
            for index, item in enumerate(json_list(get("forwardings"), path, "forwardings"))
        ),
    )


def read_get_invoice_response(data: Any, path: str) -> GetInvoiceResponse:
    """Read a GetInvoiceResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetInvoiceResponse(
        url=json_str(get("url"), path, "url"),
    )


def read_get_ip_response(data: Any, path: str) -> GetIPResponse:
    """Read a GetIPResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetIPResponse(
        ip=json_str(get("ip"), path, "ip"),
    )


def read_get_ivrs_response(data: Any, path: str) -> GetIVRsResponse:
    """Read a GetIVRsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetIVRsResponse(
        ivrs=tuple(
            read_ivr(item, join_path(path, f"ivrs[{index}]"))
            for index, item in enumerate(json_list(get("ivrs"), path, "ivrs"))
        ),
    )


def read_get_international_types_response(data: Any, path: str) -> GetInternationalTypesResponse:
    """Read a GetInternationalTypesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetInternationalTypesResponse(
        types=tuple(
            read_value_description(item, join_path(path, f"types[{index}]"))
            for index, item in enumerate(json_list(get("types"), path, "types"))
        ),
    )


def read_get_join_when_empty_types_response(data: Any, path: str) -> GetJoinWhenEmptyTypesResponse:
    """Read a GetJoinWhenEmptyTypesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetJoinWhenEmptyTypesResponse(
        types=tuple(
            read_value_description(item, join_path(path, f"types[{index}]"))
            for index, item in enumerate(json_list(get("types"), path, "types"))
        ),
    )


def read_get_lnp_attach_list_response(data: Any, path: str) -> GetLNPAttachListResponse:
    """Read a GetLNPAttachListResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetLNPAttachListResponse(
        list=tuple(
            read_lnp_attachment(item, join_path(path, f"list[{index}]"))
            for index, item in enumerate(json_list(get("list"), path, "list"))
        ),
    )


def read_get_lnp_attach_response(data: Any, path: str) -> GetLNPAttachResponse:
    """Read a GetLNPAttachResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetLNPAttachResponse(
        type=json_str(get("type"), path, "type"),
        size=json_int(get("size"), path, "size"),
        base64=json_str(get("base64"), path, "base64"),
    )


def read_get_lnp_list_response(data: Any, path: str) -> GetLNPListResponse:
    """Read a GetLNPListResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetLNPListResponse(
        list=tuple(
            read_lnp_port(item, join_path(path, f"list[{index}]"))
            for index, item in enumerate(json_list(get("list"), path, "list"))
        ),
    )


def read_get_lnp_list_status_response(data: Any, path: str) -> GetLNPListStatusResponse:
    """Read a GetLNPListStatusResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetLNPListStatusResponse(
        list_status=get("list_status"),
    )


def read_get_lnp_notes_response(data: Any, path: str) -> GetLNPNotesResponse:
    """Read a GetLNPNotesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetLNPNotesResponse(
        list=tuple(
            read_lnp_note(item, join_path(path, f"list[{index}]"))
            for index, item in enumerate(json_list(get("list"), path, "list"))
        ),
    )


def read_get_lnp_status_response(data: Any, path: str) -> GetLNPStatusResponse:
    """Read a GetLNPStatusResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetLNPStatusResponse(
        post_status=json_str(get("post_status"), path, "post_status"),
        post_status_description=json_str(get("post_status_description"), path, "post_status_description"),
    )


def read_get_languages_response(data: Any, path: str) -> GetLanguagesResponse:
    """Read a GetLanguagesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetLanguagesResponse(
        languages=tuple(
            read_value_description(item, join_path(path, f"languages[{index}]"))
            for index, item in enumerate(json_list(get("languages"), path, "languages"))
        ),
    )


def read_get_locales_response(data: Any, path: str) -> GetLocalesResponse:
    """Read a GetLocalesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetLocalesResponse(
        locales=tuple(
            read_value_description(item, join_path(path, f"locales[{index}]"))
            for index, item in enumerate(json_list(get("locales"), path, "locales"))
        ),
    )


def read_get_locations_response(data: Any, path: str) -> GetLocationsResponse:
    """Read a GetLocationsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetLocationsResponse(
        locations=tuple(
            required(json_str(item, path, f"locations[{index}]"), join_path(path, f"locations[{index}]"))
            for index, item in enumerate(json_list(get("locations"), path, "locations"))
        ),
    )


def read_get_lock_international_response(data: Any, path: str) -> GetLockInternationalResponse:
    """Read a GetLockInternationalResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetLockInternationalResponse(
        lock_international=tuple(
            read_value_description(item, join_path(path, f"lock_international[{index}]"))
            for index, item in enumerate(json_list(get("lock_international"), path, "lock_international"))
        ),
    )


def read_get_mms_response(data: Any, path: str) -> GetMMSResponse:
    """Read a GetMMSResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetMMSResponse(
        sms=tuple(
            read_mms_message(item, join_path(path, f"sms[{index}]"))
            for index, item in enumerate(json_list(get("sms"), path, "sms"))
        ),
    )


def read_get_media_mms_response(data: Any, path: str) -> GetMediaMMSResponse:
    """Read a GetMediaMMSResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetMediaMMSResponse(
        id=json_int(get("id"), path, "id"),
        date=json_datetime(get("date"), "%Y-%m-%d %H:%M:%S", path, "date"),
        media=get("media"),
    )


def read_get_music_on_hold_response(data: Any, path: str) -> GetMusicOnHoldResponse:
    """Read a GetMusicOnHoldResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetMusicOnHoldResponse(
        music_on_hold=tuple(
            read_music_on_hold(item, join_path(path, f"music_on_hold[{index}]"))
            for index, item in enumerate(json_list(get("music_on_hold"), path, "music_on_hold"))
        ),
    )


def read_get_nat_response(data: Any, path: str) -> GetNATResponse:
    """Read a GetNATResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetNATResponse(
        nat=tuple(
            read_value_description(item, join_path(path, f"nat[{index}]"))
            for index, item in enumerate(json_list(get("nat"), path, "nat"))
        ),
    )


def read_get_packages_response(data: Any, path: str) -> GetPackagesResponse:
    """Read a GetPackagesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetPackagesResponse(
        packages=tuple(
            read_package(item, join_path(path, f"packages[{index}]"))
            for index, item in enumerate(json_list(get("packages"), path, "packages"))
        ),
    )


def read_get_phonebook_groups_response(data: Any, path: str) -> GetPhonebookGroupsResponse:
    """Read a GetPhonebookGroupsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetPhonebookGroupsResponse(
        phonebooks=tuple(
            read_phonebook_group(item, join_path(path, f"phonebooks[{index}]"))
            for index, item in enumerate(json_list(get("phonebooks"), path, "phonebooks"))
        ),
    )


def read_get_phonebook_response(data: Any, path: str) -> GetPhonebookResponse:
    """Read a GetPhonebookResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetPhonebookResponse(
        phonebooks=tuple(
            read_phonebook_entry(item, join_path(path, f"phonebooks[{index}]"))
            for index, item in enumerate(json_list(get("phonebooks"), path, "phonebooks"))
        ),
    )


def read_get_play_instructions_response(data: Any, path: str) -> GetPlayInstructionsResponse:
    """Read a GetPlayInstructionsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetPlayInstructionsResponse(
        play_instructions=tuple(
            read_value_description(item, join_path(path, f"play_instructions[{index}]"))
            for index, item in enumerate(json_list(get("play_instructions"), path, "play_instructions"))
        ),
    )


def read_get_portability_response(data: Any, path: str) -> GetPortabilityResponse:
    """Read a GetPortabilityResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetPortabilityResponse(
        portable=cast("YesNo", json_enum(get("portable"), YES_NO_VALUES, path, "portable")),
        sms=cast("YesNo", json_enum(get("sms"), YES_NO_VALUES, path, "sms")),
        plans=tuple(
            read_portability_plan(item, join_path(path, f"plans[{index}]"))
            for index, item in enumerate(json_list(get("plans"), path, "plans"))
        ),
    )


def read_get_protocols_response(data: Any, path: str) -> GetProtocolsResponse:
    """Read a GetProtocolsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetProtocolsResponse(
        protocols=tuple(
            read_value_description(item, join_path(path, f"protocols[{index}]"))
            for index, item in enumerate(json_list(get("protocols"), path, "protocols"))
        ),
    )


def read_get_provinces_response(data: Any, path: str) -> GetProvincesResponse:
    """Read a GetProvincesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetProvincesResponse(
        provinces=tuple(
            read_province(item, join_path(path, f"provinces[{index}]"))
            for index, item in enumerate(json_list(get("provinces"), path, "provinces"))
        ),
    )


def read_get_queues_response(data: Any, path: str) -> GetQueuesResponse:
    """Read a GetQueuesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetQueuesResponse(
        queues=tuple(
            read_queue(item, join_path(path, f"queues[{index}]"))
            for index, item in enumerate(json_list(get("queues"), path, "queues"))
        ),
    )


def read_get_rate_centers_can_response(data: Any, path: str) -> GetRateCentersCANResponse:
    """Read a GetRateCentersCANResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetRateCentersCANResponse(
        ratecenters=tuple(
            read_rate_center(item, join_path(path, f"ratecenters[{index}]"))
            for index, item in enumerate(json_list(get("ratecenters"), path, "ratecenters"))
        ),
    )


def read_get_rate_centers_usa_response(data: Any, path: str) -> GetRateCentersUSAResponse:
    """Read a GetRateCentersUSAResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetRateCentersUSAResponse(
        ratecenters=tuple(
            read_rate_center(item, join_path(path, f"ratecenters[{index}]"))
            for index, item in enumerate(json_list(get("ratecenters"), path, "ratecenters"))
        ),
    )


def read_get_rates_response(data: Any, path: str) -> GetRatesResponse:
    """Read a GetRatesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetRatesResponse(
        rates=tuple(
            read_package_rate(item, join_path(path, f"rates[{index}]"))
            for index, item in enumerate(json_list(get("rates"), path, "rates"))
        ),
    )


def read_get_recording_file_response(data: Any, path: str) -> GetRecordingFileResponse:
    """Read a GetRecordingFileResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetRecordingFileResponse(
        recordings=tuple(
            read_recording_file(item, join_path(path, f"recordings[{index}]"))
            for index, item in enumerate(json_list(get("recordings"), path, "recordings"))
        ),
    )


def read_get_recordings_response(data: Any, path: str) -> GetRecordingsResponse:
    """Read a GetRecordingsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetRecordingsResponse(
        recordings=tuple(
            read_value_description(item, join_path(path, f"recordings[{index}]"))
            for index, item in enumerate(json_list(get("recordings"), path, "recordings"))
        ),
    )


def read_get_registration_status_response(data: Any, path: str) -> GetRegistrationStatusResponse:
    """Read a GetRegistrationStatusResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetRegistrationStatusResponse(
        registered=cast("YesNo", json_enum(get("registered"), YES_NO_VALUES, path, "registered")),
        rerouted=json_int(get("rerouted"), path, "rerouted"),
        from_server_pop=json_int(get("from_server_pop"), path, "from_server_pop"),
        registrations=tuple(
            read_registration(item, join_path(path, f"registrations[{index}]"))
            for index, item in enumerate(json_list(get("registrations"), path, "registrations"))
        ),
    )


def read_get_report_estimated_hold_time_response(data: Any, path: str) -> GetReportEstimatedHoldTimeResponse:
    """Read a GetReportEstimatedHoldTimeResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetReportEstimatedHoldTimeResponse(
        types=tuple(
            read_value_description(item, join_path(path, f"types[{index}]"))
            for index, item in enumerate(json_list(get("types"), path, "types"))
        ),
    )


def read_get_reseller_balance_response(data: Any, path: str) -> GetResellerBalanceResponse:
    """Read a GetResellerBalanceResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetResellerBalanceResponse(
        balance=json_record(get("balance"), path, "balance", read_balance),
    )


def read_get_reseller_cdr_response(data: Any, path: str) -> GetResellerCDRResponse:
    """Read a GetResellerCDRResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetResellerCDRResponse(
        cdr=tuple(
            read_call_detail_record(item, join_path(path, f"cdr[{index}]"))
            for index, item in enumerate(json_list(get("cdr"), path, "cdr"))
        ),
    )


def read_get_reseller_mms_response(data: Any, path: str) -> GetResellerMMSResponse:
    """Read a GetResellerMMSResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetResellerMMSResponse(
        sms=tuple(
            read_mms_message(item, join_path(path, f"sms[{index}]"))
            for index, item in enumerate(json_list(get("sms"), path, "sms"))
        ),
    )


def read_get_reseller_sms_response(data: Any, path: str) -> GetResellerSMSResponse:
    """Read a GetResellerSMSResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetResellerSMSResponse(
        sms=tuple(
            read_sms_message(item, join_path(path, f"sms[{index}]"))
            for index, item in enumerate(json_list(get("sms"), path, "sms"))
        ),
    )


def read_get_ring_groups_response(data: Any, path: str) -> GetRingGroupsResponse:
    """Read a GetRingGroupsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetRingGroupsResponse(
        ring_groups=tuple(
            read_ring_group(item, join_path(path, f"ring_groups[{index}]"))
            for index, item in enumerate(json_list(get("ring_groups"), path, "ring_groups"))
        ),
    )


def read_get_ring_strategies_response(data: Any, path: str) -> GetRingStrategiesResponse:
    """Read a GetRingStrategiesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetRingStrategiesResponse(
        strategies=tuple(
            read_value_description(item, join_path(path, f"strategies[{index}]"))
            for index, item in enumerate(json_list(get("strategies"), path, "strategies"))
        ),
    )


def read_get_routes_response(data: Any, path: str) -> GetRoutesResponse:
    """Read a GetRoutesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetRoutesResponse(
        routes=tuple(
            read_value_description(item, join_path(path, f"routes[{index}]"))
            for index, item in enumerate(json_list(get("routes"), path, "routes"))
        ),
    )


def read_get_sipuris_response(data: Any, path: str) -> GetSIPURIsResponse:
    """Read a GetSIPURIsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetSIPURIsResponse(
        sipuris=tuple(
            read_sipuri(item, join_path(path, f"sipuris[{index}]"))
            for index, item in enumerate(json_list(get("sipuris"), path, "sipuris"))
        ),
    )


def read_get_sms_response(data: Any, path: str) -> GetSMSResponse:
    """Read a GetSMSResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetSMSResponse(
        sms=tuple(
            read_sms_message(item, join_path(path, f"sms[{index}]"))
            for index, item in enumerate(json_list(get("sms"), path, "sms"))
        ),
    )


def read_get_sequences_response(data: Any, path: str) -> GetSequencesResponse:
    """Read a GetSequencesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetSequencesResponse(
        sequences=tuple(
            read_call_sequence(item, join_path(path, f"sequences[{index}]"))
            for index, item in enumerate(json_list(get("sequences"), path, "sequences"))
        ),
    )


def read_get_servers_info_response(data: Any, path: str) -> GetServersInfoResponse:
    """Read a GetServersInfoResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetServersInfoResponse(
        servers=tuple(
            read_server(item, join_path(path, f"servers[{index}]"))
            for index, item in enumerate(json_list(get("servers"), path, "servers"))
        ),
    )


def read_get_states_response(data: Any, path: str) -> GetStatesResponse:
    """Read a GetStatesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetStatesResponse(
        states=tuple(
            read_state(item, join_path(path, f"states[{index}]"))
            for index, item in enumerate(json_list(get("states"), path, "states"))
        ),
    )


def read_get_static_members_response(data: Any, path: str) -> GetStaticMembersResponse:
    """Read a GetStaticMembersResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetStaticMembersResponse(
        members=tuple(
            read_static_member(item, join_path(path, f"members[{index}]"))
            for index, item in enumerate(json_list(get("members"), path, "members"))
        ),
    )


def read_get_sub_accounts_response(data: Any, path: str) -> GetSubAccountsResponse:
    """Read a GetSubAccountsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetSubAccountsResponse(
        accounts=tuple(
            read_sub_account(item, join_path(path, f"accounts[{index}]"))
            for index, item in enumerate(json_list(get("accounts"), path, "accounts"))
        ),
    )


def read_get_termination_rates_response(data: Any, path: str) -> GetTerminationRatesResponse:
    """Read a GetTerminationRatesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetTerminationRatesResponse(
        route=tuple(
            read_value_description(item, join_path(path, f"route[{index}]"))
            for index, item in enumerate(json_list(get("route"), path, "route"))
        ),
        rates=tuple(
            read_termination_rate(item, join_path(path, f"rates[{index}]"))
            for index, item in enumerate(json_list(get("rates"), path, "rates"))
        ),
    )


def read_get_time_conditions_response(data: Any, path: str) -> GetTimeConditionsResponse:
    """Read a GetTimeConditionsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetTimeConditionsResponse(
        timecondition=tuple(
            read_time_condition(item, join_path(path, f"timecondition[{index}]"))
            for index, item in enumerate(json_list(get("timecondition"), path, "timecondition"))
        ),
    )


def read_get_timezones_response(data: Any, path: str) -> GetTimezonesResponse:
    """Read a GetTimezonesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetTimezonesResponse(
        timezones=tuple(
            read_value_description(item, join_path(path, f"timezones[{index}]"))
            for index, item in enumerate(json_list(get("timezones"), path, "timezones"))
        ),
    )


def read_get_transaction_history_response(data: Any, path: str) -> GetTransactionHistoryResponse:
    """Read a GetTransactionHistoryResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetTransactionHistoryResponse(
        transactions=tuple(
            read_transaction(item, join_path(path, f"transactions[{index}]"))
            for index, item in enumerate(json_list(get("transactions"), path, "transactions"))
        ),
    )


def read_get_vpris_response(data: Any, path: str) -> GetVPRIsResponse:
    """Read a GetVPRIsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetVPRIsResponse(
        vpri=tuple(
            read_vpri(item, join_path(path, f"vpri[{index}]"))
            for index, item in enumerate(json_list(get("vpri"), path, "vpri"))
        ),
    )


def read_get_voicemail_attachment_formats_response(data: Any, path: str) -> GetVoicemailAttachmentFormatsResponse:
    """Read a GetVoicemailAttachmentFormatsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetVoicemailAttachmentFormatsResponse(
        email_attachment_formats=tuple(
            read_value_description(item, join_path(path, f"email_attachment_formats[{index}]"))
            for index, item in enumerate(json_list(get("email_attachment_formats"), path, "email_attachment_formats"))
        ),
    )


def read_get_voicemail_folders_response(data: Any, path: str) -> GetVoicemailFoldersResponse:
    """Read a GetVoicemailFoldersResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetVoicemailFoldersResponse(
        folders=tuple(
            read_value_description(item, join_path(path, f"folders[{index}]"))
            for index, item in enumerate(json_list(get("folders"), path, "folders"))
        ),
    )


def read_get_voicemail_message_file_response(data: Any, path: str) -> GetVoicemailMessageFileResponse:
    """Read a GetVoicemailMessageFileResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetVoicemailMessageFileResponse(
        message=tuple(
            read_voicemail_message_file(item, join_path(path, f"message[{index}]"))
            for index, item in enumerate(json_list(get("message"), path, "message"))
        ),
    )


def read_get_voicemail_messages_response(data: Any, path: str) -> GetVoicemailMessagesResponse:
    """Read a GetVoicemailMessagesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetVoicemailMessagesResponse(
        messages=tuple(
            read_voicemail_message(item, join_path(path, f"messages[{index}]"))
            for index, item in enumerate(json_list(get("messages"), path, "messages"))
        ),
    )


def read_get_voicemail_setups_response(data: Any, path: str) -> GetVoicemailSetupsResponse:
    """Read a GetVoicemailSetupsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetVoicemailSetupsResponse(
        voicemailsetups=tuple(
            read_value_description(item, join_path(path, f"voicemailsetups[{index}]"))
            for index, item in enumerate(json_list(get("voicemailsetups"), path, "voicemailsetups"))
        ),
    )


def read_get_voicemail_transcriptions_response(data: Any, path: str) -> GetVoicemailTranscriptionsResponse:
    """Read a GetVoicemailTranscriptionsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetVoicemailTranscriptionsResponse(
        messages=tuple(
            read_voicemail_transcription(item, join_path(path, f"messages[{index}]"))
            for index, item in enumerate(json_list(get("messages"), path, "messages"))
        ),
    )


def read_get_voicemails_response(data: Any, path: str) -> GetVoicemailsResponse:
    """Read a GetVoicemailsResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return GetVoicemailsResponse(
        voicemails=tuple(
            read_voicemail(item, join_path(path, f"voicemails[{index}]"))
            for index, item in enumerate(json_list(get("voicemails"), path, "voicemails"))
        ),
    )


def read_mail_fax_message_pdf_response(data: Any, path: str) -> MailFaxMessagePDFResponse:
    """Read a MailFaxMessagePDFResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return MailFaxMessagePDFResponse(
        message_status=json_str(get("message_status"), path, "message_status"),
    )


def read_order_fax_number_response(data: Any, path: str) -> OrderFaxNumberResponse:
    """Read a OrderFaxNumberResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return OrderFaxNumberResponse(
        dids=tuple(
            required(json_str(item, path, f"dids[{index}]"), join_path(path, f"dids[{index}]"))
            for index, item in enumerate(json_list(get("dids"), path, "dids"))
        ),
    )


def read_remove_did_vpri_response(data: Any, path: str) -> RemoveDIDvPRIResponse:
    """Read a RemoveDIDvPRIResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return RemoveDIDvPRIResponse(
        vpri=json_int(get("vpri"), path, "vpri"),
        did_removed=json_str(get("DIDRemoved"), path, "DIDRemoved"),
    )


def read_search_dids_can_response(data: Any, path: str) -> SearchDIDsCANResponse:
    """Read a SearchDIDsCANResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SearchDIDsCANResponse(
        dids=tuple(
            read_available_didcan(item, join_path(path, f"dids[{index}]"))
            for index, item in enumerate(json_list(get("dids"), path, "dids"))
        ),
    )


def read_search_dids_usa_response(data: Any, path: str) -> SearchDIDsUSAResponse:
    """Read a SearchDIDsUSAResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SearchDIDsUSAResponse(
        dids=tuple(
            read_available_didusa(item, join_path(path, f"dids[{index}]"))
            for index, item in enumerate(json_list(get("dids"), path, "dids"))
        ),
    )


def read_search_fax_area_code_can_response(data: Any, path: str) -> SearchFaxAreaCodeCANResponse:
    """Read a SearchFaxAreaCodeCANResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SearchFaxAreaCodeCANResponse(
        ratecenters=tuple(
            read_fax_rate_center(item, join_path(path, f"ratecenters[{index}]"))
            for index, item in enumerate(json_list(get("ratecenters"), path, "ratecenters"))
        ),
    )


def read_search_fax_area_code_usa_response(data: Any, path: str) -> SearchFaxAreaCodeUSAResponse:
    """Read a SearchFaxAreaCodeUSAResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SearchFaxAreaCodeUSAResponse(
        ratecenters=tuple(
            read_fax_rate_center(item, join_path(path, f"ratecenters[{index}]"))
            for index, item in enumerate(json_list(get("ratecenters"), path, "ratecenters"))
        ),
    )


def read_search_toll_free_can_us_response(data: Any, path: str) -> SearchTollFreeCanUSResponse:
    """Read a SearchTollFreeCanUSResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SearchTollFreeCanUSResponse(
        dids=tuple(
            read_toll_free_can_us_number(item, join_path(path, f"dids[{index}]"))
            for index, item in enumerate(json_list(get("dids"), path, "dids"))
        ),
    )


def read_search_toll_free_usa_response(data: Any, path: str) -> SearchTollFreeUSAResponse:
    """Read a SearchTollFreeUSAResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SearchTollFreeUSAResponse(
        dids=tuple(
            read_toll_free_usa_number(item, join_path(path, f"dids[{index}]"))
            for index, item in enumerate(json_list(get("dids"), path, "dids"))
        ),
    )


def read_search_vanity_response(data: Any, path: str) -> SearchVanityResponse:
    """Read a SearchVanityResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SearchVanityResponse(
        dids=tuple(
            read_vanity_number(item, join_path(path, f"dids[{index}]"))
            for index, item in enumerate(json_list(get("dids"), path, "dids"))
        ),
    )


def read_send_call_recording_email_response(data: Any, path: str) -> SendCallRecordingEmailResponse:
    """Read a SendCallRecordingEmailResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SendCallRecordingEmailResponse(
        msg=json_str(get("msg"), path, "msg"),
    )


def read_send_mms_response(data: Any, path: str) -> SendMMSResponse:
    """Read a SendMMSResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SendMMSResponse(
        mms=json_int(get("mms"), path, "mms"),
    )


def read_send_sms_response(data: Any, path: str) -> SendSMSResponse:
    """Read a SendSMSResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SendSMSResponse(
        sms=json_int(get("sms"), path, "sms"),
    )


def read_set_call_hunting_response(data: Any, path: str) -> SetCallHuntingResponse:
    """Read a SetCallHuntingResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetCallHuntingResponse(
        call_hunting=json_int(get("call_hunting"), path, "call_hunting"),
    )


def read_set_call_parking_response(data: Any, path: str) -> SetCallParkingResponse:
    """Read a SetCallParkingResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetCallParkingResponse(
        callparking=json_int(get("callparking"), path, "callparking"),
    )


def read_set_callback_response(data: Any, path: str) -> SetCallbackResponse:
    """Read a SetCallbackResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetCallbackResponse(
        callback=json_int(get("callback"), path, "callback"),
    )


def read_set_caller_id_filtering_response(data: Any, path: str) -> SetCallerIDFilteringResponse:
    """Read a SetCallerIDFilteringResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetCallerIDFilteringResponse(
        filtering=json_int(get("filtering"), path, "filtering"),
    )


def read_set_conference_member_response(data: Any, path: str) -> SetConferenceMemberResponse:
    """Read a SetConferenceMemberResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetConferenceMemberResponse(
        member=json_int(get("member"), path, "member"),
    )


def read_set_conference_response(data: Any, path: str) -> SetConferenceResponse:
    """Read a SetConferenceResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetConferenceResponse(
        conference=json_int(get("conference"), path, "conference"),
    )


def read_set_disa_response(data: Any, path: str) -> SetDISAResponse:
    """Read a SetDISAResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetDISAResponse(
        disa=json_int(get("disa"), path, "disa"),
    )


def read_set_forwarding_response(data: Any, path: str) -> SetForwardingResponse:
    """Read a SetForwardingResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetForwardingResponse(
        forwarding=json_int(get("forwarding"), path, "forwarding"),
    )


def read_set_ivr_response(data: Any, path: str) -> SetIVRResponse:
    """Read a SetIVRResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetIVRResponse(
        ivr=json_int(get("ivr"), path, "ivr"),
    )


def read_set_phonebook_group_response(data: Any, path: str) -> SetPhonebookGroupResponse:
    """Read a SetPhonebookGroupResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetPhonebookGroupResponse(
        group=json_int(get("group"), path, "group"),
    )


def read_set_phonebook_response(data: Any, path: str) -> SetPhonebookResponse:
    """Read a SetPhonebookResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetPhonebookResponse(
        phonebook=json_int(get("phonebook"), path, "phonebook"),
    )


def read_set_queue_response(data: Any, path: str) -> SetQueueResponse:
    """Read a SetQueueResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetQueueResponse(
        queue=json_int(get("queue"), path, "queue"),
    )


def read_set_recording_response(data: Any, path: str) -> SetRecordingResponse:
    """Read a SetRecordingResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetRecordingResponse(
        recording=json_int(get("recording"), path, "recording"),
    )


def read_set_ring_group_response(data: Any, path: str) -> SetRingGroupResponse:
    """Read a SetRingGroupResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetRingGroupResponse(
        ring_group=json_int(get("ring_group"), path, "ring_group"),
    )


def read_set_sequences_response(data: Any, path: str) -> SetSequencesResponse:
    """Read a SetSequencesResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetSequencesResponse(
        sequence=json_int(get("sequence"), path, "sequence"),
    )


def read_set_sipuri_response(data: Any, path: str) -> SetSIPURIResponse:
    """Read a SetSIPURIResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetSIPURIResponse(
        sipuri=json_int(get("sipuri"), path, "sipuri"),
    )


def read_set_sms_response(data: Any, path: str) -> SetSMSResponse:
    """Read a SetSMSResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetSMSResponse(
        sipuri=json_int(get("sipuri"), path, "sipuri"),
    )


def read_set_static_member_response(data: Any, path: str) -> SetStaticMemberResponse:
    """Read a SetStaticMemberResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetStaticMemberResponse(
        member=json_int(get("member"), path, "member"),
    )


def read_set_time_condition_response(data: Any, path: str) -> SetTimeConditionResponse:
    """Read a SetTimeConditionResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SetTimeConditionResponse(
        timecondition=json_int(get("timecondition"), path, "timecondition"),
    )


def read_signup_client_response(data: Any, path: str) -> SignupClientResponse:
    """Read a SignupClientResponse; unknown keys are ignored."""
    get = json_object(data, path).get
    return SignupClientResponse(
        client=json_int(get("client"), path, "client"),
    )


class AddLNPFileResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The AddLNPFileResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    attachment: int | None = None

    def unwrap(self) -> AddLNPFileResponse:
        """The record without the envelope."""
        return AddLNPFileResponse(
            attachment=self.attachment,
        )


class AddLNPPortResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The AddLNPPortResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    port: int | None = None

    def unwrap(self) -> AddLNPPortResponse:
        """The record without the envelope."""
        return AddLNPPortResponse(
            port=self.port,
        )


class AddMemberToConferenceResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The AddMemberToConferenceResponse record with the status beside it, as the carrier sends it (a Struct: cheap
    to define)."""

    status: str | None = None
    member: int | None = None

    def unwrap(self) -> AddMemberToConferenceResponse:
        """The record without the envelope."""
        return AddMemberToConferenceResponse(
            member=self.member,
        )


class CancelFaxNumberResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The CancelFaxNumberResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    deleted_did: str | None = None

    def unwrap(self) -> CancelFaxNumberResponse:
        """The record without the envelope."""
        return CancelFaxNumberResponse(
            deleted_did=self.deleted_did,
        )


class CreateSubAccountResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The CreateSubAccountResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    id: int | None = None
    account: str | None = None

    def unwrap(self) -> CreateSubAccountResponse:
        """The record without the envelope."""
        return CreateSubAccountResponse(
            id=self.id,
            account=self.account,
        )


class E911AddressTypesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The E911AddressTypesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    types: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> E911AddressTypesResponse:
        """The record without the envelope."""
        return E911AddressTypesResponse(
            types=self.types,
        )


class E911InfoResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The E911InfoResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    info: E911Info | None = None

    def unwrap(self) -> E911InfoResponse:
        """The record without the envelope."""
        return E911InfoResponse(
            info=self.info,
        )


class GetAllowedCodecsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetAllowedCodecsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    allowed_codecs: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetAllowedCodecsResponse:
        """The record without the envelope."""
        return GetAllowedCodecsResponse(
            allowed_codecs=self.allowed_codecs,
        )


class GetAuthTypesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetAuthTypesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    auth_types: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetAuthTypesResponse:
        """The record without the envelope."""
        return GetAuthTypesResponse(
            auth_types=self.auth_types,
        )


class GetBackOrdersResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetBackOrdersResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    quantity: int | None = None
    back_orders: tuple[BackOrder, ...] = ()

    def unwrap(self) -> GetBackOrdersResponse:
        """The record without the envelope."""
        return GetBackOrdersResponse(
            quantity=self.quantity,
            back_orders=self.back_orders,
        )


class GetBalanceManagementResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetBalanceManagementResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    balance_management: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetBalanceManagementResponse:
        """The record without the envelope."""
        return GetBalanceManagementResponse(
            balance_management=self.balance_management,
        )


class GetBalanceResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetBalanceResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    balance: Balance | None = None

    def unwrap(self) -> GetBalanceResponse:
        """The record without the envelope."""
        return GetBalanceResponse(
            balance=self.balance,
        )


class GetCDRResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetCDRResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    cdr: tuple[CallDetailRecord, ...] = ()

    def unwrap(self) -> GetCDRResponse:
        """The record without the envelope."""
        return GetCDRResponse(
            cdr=self.cdr,
        )


class GetCallAccountsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetCallAccountsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    accounts: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetCallAccountsResponse:
        """The record without the envelope."""
        return GetCallAccountsResponse(
            accounts=self.accounts,
        )


class GetCallBillingResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetCallBillingResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    call_billing: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetCallBillingResponse:
        """The record without the envelope."""
        return GetCallBillingResponse(
            call_billing=self.call_billing,
        )


class GetCallHuntingsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetCallHuntingsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    call_hunting: tuple[CallHunting, ...] = ()

    def unwrap(self) -> GetCallHuntingsResponse:
        """The record without the envelope."""
        return GetCallHuntingsResponse(
            call_hunting=self.call_hunting,
        )


class GetCallRecordingsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetCallRecordingsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    recordings: tuple[CallRecording, ...] = ()

    def unwrap(self) -> GetCallRecordingsResponse:
        """The record without the envelope."""
        return GetCallRecordingsResponse(
            recordings=self.recordings,
        )


class GetCallTranscriptionsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetCallTranscriptionsResponse record with the status beside it, as the carrier sends it (a Struct: cheap
    to define)."""

    status: str | None = None
    transcriptions: tuple[CallTranscription, ...] = ()

    def unwrap(self) -> GetCallTranscriptionsResponse:
        """The record without the envelope."""
        return GetCallTranscriptionsResponse(
            transcriptions=self.transcriptions,
        )


class GetCallTypesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetCallTypesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    call_types: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetCallTypesResponse:
        """The record without the envelope."""
        return GetCallTypesResponse(
            call_types=self.call_types,
        )


class GetCallbacksResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetCallbacksResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    callbacks: tuple[Callback, ...] = ()

    def unwrap(self) -> GetCallbacksResponse:
        """The record without the envelope."""
        return GetCallbacksResponse(
            callbacks=self.callbacks,
        )


class GetCallerIDFilteringResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetCallerIDFilteringResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    filtering: tuple[CallerIDFiltering, ...] = ()

    def unwrap(self) -> GetCallerIDFilteringResponse:
        """The record without the envelope."""
        return GetCallerIDFilteringResponse(
            filtering=self.filtering,
        )


class GetCarriersResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetCarriersResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    carriers: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetCarriersResponse:
        """The record without the envelope."""
        return GetCarriersResponse(
            carriers=self.carriers,
        )


class GetChargesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetChargesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    charges: tuple[ClientTransaction, ...] = ()

    def unwrap(self) -> GetChargesResponse:
        """The record without the envelope."""
        return GetChargesResponse(
            charges=self.charges,
        )


class GetClientPackagesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetClientPackagesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    packages: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetClientPackagesResponse:
        """The record without the envelope."""
        return GetClientPackagesResponse(
            packages=self.packages,
        )


class GetClientThresholdResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetClientThresholdResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    threshold_information: ClientThreshold | None = None

    def unwrap(self) -> GetClientThresholdResponse:
        """The record without the envelope."""
        return GetClientThresholdResponse(
            threshold_information=self.threshold_information,
        )


class GetClientsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetClientsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    clients: tuple[ResellerClient, ...] = ()

    def unwrap(self) -> GetClientsResponse:
        """The record without the envelope."""
        return GetClientsResponse(
            clients=self.clients,
        )


class GetConferenceMembersResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetConferenceMembersResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    members: tuple[ConferenceMember, ...] = ()

    def unwrap(self) -> GetConferenceMembersResponse:
        """The record without the envelope."""
        return GetConferenceMembersResponse(
            members=self.members,
        )


class GetConferenceRecordingFileResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetConferenceRecordingFileResponse record with the status beside it, as the carrier sends it (a Struct:
    cheap to define)."""

    status: str | None = None
    recording: tuple[ConferenceRecordingFile, ...] = ()

    def unwrap(self) -> GetConferenceRecordingFileResponse:
        """The record without the envelope."""
        return GetConferenceRecordingFileResponse(
            recording=self.recording,
        )


class GetConferenceRecordingsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetConferenceRecordingsResponse record with the status beside it, as the carrier sends it (a Struct: cheap
    to define)."""

    status: str | None = None
    recordings: tuple[ConferenceRecording, ...] = ()

    def unwrap(self) -> GetConferenceRecordingsResponse:
        """The record without the envelope."""
        return GetConferenceRecordingsResponse(
            recordings=self.recordings,
        )


class GetConferenceResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetConferenceResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    conference: tuple[Conference, ...] = ()

    def unwrap(self) -> GetConferenceResponse:
        """The record without the envelope."""
        return GetConferenceResponse(
            conference=self.conference,
        )


class GetCountriesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetCountriesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    countries: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetCountriesResponse:
        """The record without the envelope."""
        return GetCountriesResponse(
            countries=self.countries,
        )


class GetDIDCountriesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetDIDCountriesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    countries: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetDIDCountriesResponse:
        """The record without the envelope."""
        return GetDIDCountriesResponse(
            countries=self.countries,
        )


class GetDIDsCANResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetDIDsCANResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    dids: tuple[AvailableDIDCAN, ...] = ()

    def unwrap(self) -> GetDIDsCANResponse:
        """The record without the envelope."""
        return GetDIDsCANResponse(
            dids=self.dids,
        )


class GetDIDsInfoResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetDIDsInfoResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    dids: tuple[DIDInfo, ...] = ()

    def unwrap(self) -> GetDIDsInfoResponse:
        """The record without the envelope."""
        return GetDIDsInfoResponse(
            dids=self.dids,
        )


class GetDIDsInternationalGeographicResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetDIDsInternationalGeographicResponse record with the status beside it, as the carrier sends it (a
    Struct: cheap to define)."""

    status: str | None = None
    locations: tuple[InternationalLocation, ...] = ()

    def unwrap(self) -> GetDIDsInternationalGeographicResponse:
        """The record without the envelope."""
        return GetDIDsInternationalGeographicResponse(
            locations=self.locations,
        )


class GetDIDsInternationalNationalResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetDIDsInternationalNationalResponse record with the status beside it, as the carrier sends it (a Struct:
    cheap to define)."""

    status: str | None = None
    locations: tuple[InternationalLocation, ...] = ()

    def unwrap(self) -> GetDIDsInternationalNationalResponse:
        """The record without the envelope."""
        return GetDIDsInternationalNationalResponse(
            locations=self.locations,
        )


class GetDIDsInternationalTollFreeResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetDIDsInternationalTollFreeResponse record with the status beside it, as the carrier sends it (a Struct:
    cheap to define)."""

    status: str | None = None
    locations: tuple[InternationalLocation, ...] = ()

    def unwrap(self) -> GetDIDsInternationalTollFreeResponse:
        """The record without the envelope."""
        return GetDIDsInternationalTollFreeResponse(
            locations=self.locations,
        )


class GetDIDsUSAResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetDIDsUSAResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    dids: tuple[AvailableDIDUSA, ...] = ()

    def unwrap(self) -> GetDIDsUSAResponse:
        """The record without the envelope."""
        return GetDIDsUSAResponse(
            dids=self.dids,
        )


class GetDIDvPRIResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetDIDvPRIResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    dids: tuple[str, ...] = ()

    def unwrap(self) -> GetDIDvPRIResponse:
        """The record without the envelope."""
        return GetDIDvPRIResponse(
            dids=self.dids,
        )


class GetDISAsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetDISAsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    disa: tuple[DISA, ...] = ()

    def unwrap(self) -> GetDISAsResponse:
        """The record without the envelope."""
        return GetDISAsResponse(
            disa=self.disa,
        )


class GetDTMFModesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetDTMFModesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    dtmf_modes: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetDTMFModesResponse:
        """The record without the envelope."""
        return GetDTMFModesResponse(
            dtmf_modes=self.dtmf_modes,
        )


class GetDepositsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetDepositsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    deposits: tuple[ClientTransaction, ...] = ()

    def unwrap(self) -> GetDepositsResponse:
        """The record without the envelope."""
        return GetDepositsResponse(
            deposits=self.deposits,
        )


class GetDeviceTypesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetDeviceTypesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    device_types: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetDeviceTypesResponse:
        """The record without the envelope."""
        return GetDeviceTypesResponse(
            device_types=self.device_types,
        )


class GetFaxFoldersResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetFaxFoldersResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    folders: tuple[FaxFolder, ...] = ()

    def unwrap(self) -> GetFaxFoldersResponse:
        """The record without the envelope."""
        return GetFaxFoldersResponse(
            folders=self.folders,
        )


class GetFaxMessagePDFResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetFaxMessagePDFResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    message_base64: str | None = None

    def unwrap(self) -> GetFaxMessagePDFResponse:
        """The record without the envelope."""
        return GetFaxMessagePDFResponse(
            message_base64=self.message_base64,
        )


class GetFaxMessagesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetFaxMessagesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    faxes: tuple[FaxMessage, ...] = ()

    def unwrap(self) -> GetFaxMessagesResponse:
        """The record without the envelope."""
        return GetFaxMessagesResponse(
            faxes=self.faxes,
        )


class GetFaxNumbersInfoResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetFaxNumbersInfoResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    numbers: tuple[FaxNumber, ...] = ()

    def unwrap(self) -> GetFaxNumbersInfoResponse:
        """The record without the envelope."""
        return GetFaxNumbersInfoResponse(
            numbers=self.numbers,
        )


class GetFaxProvincesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetFaxProvincesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    provinces: tuple[FaxProvince, ...] = ()

    def unwrap(self) -> GetFaxProvincesResponse:
        """The record without the envelope."""
        return GetFaxProvincesResponse(
            provinces=self.provinces,
        )


class GetFaxRateCentersCANResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetFaxRateCentersCANResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    ratecenters: tuple[FaxRateCenter, ...] = ()

    def unwrap(self) -> GetFaxRateCentersCANResponse:
        """The record without the envelope."""
        return GetFaxRateCentersCANResponse(
            ratecenters=self.ratecenters,
        )


class GetFaxRateCentersUSAResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetFaxRateCentersUSAResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    ratecenters: tuple[FaxRateCenter, ...] = ()

    def unwrap(self) -> GetFaxRateCentersUSAResponse:
        """The record without the envelope."""
        return GetFaxRateCentersUSAResponse(
            ratecenters=self.ratecenters,
        )


class GetFaxStatesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetFaxStatesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    states: tuple[FaxState, ...] = ()

    def unwrap(self) -> GetFaxStatesResponse:
        """The record without the envelope."""
        return GetFaxStatesResponse(
            states=self.states,
        )


class GetForwardingsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetForwardingsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    forwardings: tuple[Forwarding, ...] = ()

    def unwrap(self) -> GetForwardingsResponse:
        """The record without the envelope."""
        return GetForwardingsResponse(
            forwardings=self.forwardings,
        )


class GetInvoiceResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetInvoiceResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    url: str | None = None

    def unwrap(self) -> GetInvoiceResponse:
        """The record without the envelope."""
        return GetInvoiceResponse(
            url=self.url,
        )


class GetIPResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetIPResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    ip: str | None = None

    def unwrap(self) -> GetIPResponse:
        """The record without the envelope."""
        return GetIPResponse(
            ip=self.ip,
        )


class GetInternationalTypesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetInternationalTypesResponse record with the status beside it, as the carrier sends it (a Struct: cheap
    to define)."""

    status: str | None = None
    types: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetInternationalTypesResponse:
        """The record without the envelope."""
        return GetInternationalTypesResponse(
            types=self.types,
        )


class GetJoinWhenEmptyTypesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetJoinWhenEmptyTypesResponse record with the status beside it, as the carrier sends it (a Struct: cheap
    to define)."""

    status: str | None = None
    types: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetJoinWhenEmptyTypesResponse:
        """The record without the envelope."""
        return GetJoinWhenEmptyTypesResponse(
            types=self.types,
        )


class GetLNPAttachListResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetLNPAttachListResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    list: tuple[LNPAttachment, ...] = ()

    def unwrap(self) -> GetLNPAttachListResponse:
        """The record without the envelope."""
        return GetLNPAttachListResponse(
            list=self.list,
        )


class GetLNPAttachResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetLNPAttachResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    type: str | None = None
    size: int | None = None
    base64: str | None = None

    def unwrap(self) -> GetLNPAttachResponse:
        """The record without the envelope."""
        return GetLNPAttachResponse(
            type=self.type,
            size=self.size,
            base64=self.base64,
        )


class GetLNPListResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetLNPListResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    list: tuple[LNPPort, ...] = ()

    def unwrap(self) -> GetLNPListResponse:
        """The record without the envelope."""
        return GetLNPListResponse(
            list=self.list,
        )


class GetLNPNotesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetLNPNotesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    list: tuple[LNPNote, ...] = ()

    def unwrap(self) -> GetLNPNotesResponse:
        """The record without the envelope."""
        return GetLNPNotesResponse(
            list=self.list,
        )


class GetLNPStatusResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetLNPStatusResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    post_status: str | None = None
    post_status_description: str | None = None

    def unwrap(self) -> GetLNPStatusResponse:
        """The record without the envelope."""
        return GetLNPStatusResponse(
            post_status=self.post_status,
            post_status_description=self.post_status_description,
        )


class GetLanguagesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetLanguagesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    languages: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetLanguagesResponse:
        """The record without the envelope."""
        return GetLanguagesResponse(
            languages=self.languages,
        )


class GetLocalesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetLocalesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    locales: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetLocalesResponse:
        """The record without the envelope."""
        return GetLocalesResponse(
            locales=self.locales,
        )


class GetLocationsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetLocationsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    locations: tuple[str, ...] = ()

    def unwrap(self) -> GetLocationsResponse:
        """The record without the envelope."""
        return GetLocationsResponse(
            locations=self.locations,
        )


class GetLockInternationalResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetLockInternationalResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    lock_international: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetLockInternationalResponse:
        """The record without the envelope."""
        return GetLockInternationalResponse(
            lock_international=self.lock_international,
        )


class GetMMSResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetMMSResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    sms: tuple[MmsMessage, ...] = ()

    def unwrap(self) -> GetMMSResponse:
        """The record without the envelope."""
        return GetMMSResponse(
            sms=self.sms,
        )


class GetMusicOnHoldResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetMusicOnHoldResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    music_on_hold: tuple[MusicOnHold, ...] = ()

    def unwrap(self) -> GetMusicOnHoldResponse:
        """The record without the envelope."""
        return GetMusicOnHoldResponse(
            music_on_hold=self.music_on_hold,
        )


class GetNATResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetNATResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    nat: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetNATResponse:
        """The record without the envelope."""
        return GetNATResponse(
            nat=self.nat,
        )


class GetPackagesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetPackagesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    packages: tuple[Package, ...] = ()

    def unwrap(self) -> GetPackagesResponse:
        """The record without the envelope."""
        return GetPackagesResponse(
            packages=self.packages,
        )


class GetPhonebookGroupsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetPhonebookGroupsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    phonebooks: tuple[PhonebookGroup, ...] = ()

    def unwrap(self) -> GetPhonebookGroupsResponse:
        """The record without the envelope."""
        return GetPhonebookGroupsResponse(
            phonebooks=self.phonebooks,
        )


class GetPhonebookResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetPhonebookResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    phonebooks: tuple[PhonebookEntry, ...] = ()

    def unwrap(self) -> GetPhonebookResponse:
        """The record without the envelope."""
        return GetPhonebookResponse(
            phonebooks=self.phonebooks,
        )


class GetPlayInstructionsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetPlayInstructionsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    play_instructions: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetPlayInstructionsResponse:
        """The record without the envelope."""
        return GetPlayInstructionsResponse(
            play_instructions=self.play_instructions,
        )


class GetProtocolsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetProtocolsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    protocols: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetProtocolsResponse:
        """The record without the envelope."""
        return GetProtocolsResponse(
            protocols=self.protocols,
        )


class GetProvincesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetProvincesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    provinces: tuple[Province, ...] = ()

    def unwrap(self) -> GetProvincesResponse:
        """The record without the envelope."""
        return GetProvincesResponse(
            provinces=self.provinces,
        )


class GetQueuesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetQueuesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    queues: tuple[Queue, ...] = ()

    def unwrap(self) -> GetQueuesResponse:
        """The record without the envelope."""
        return GetQueuesResponse(
            queues=self.queues,
        )


class GetRateCentersCANResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetRateCentersCANResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    ratecenters: tuple[RateCenter, ...] = ()

    def unwrap(self) -> GetRateCentersCANResponse:
        """The record without the envelope."""
        return GetRateCentersCANResponse(
            ratecenters=self.ratecenters,
        )


class GetRateCentersUSAResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetRateCentersUSAResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    ratecenters: tuple[RateCenter, ...] = ()

    def unwrap(self) -> GetRateCentersUSAResponse:
        """The record without the envelope."""
        return GetRateCentersUSAResponse(
            ratecenters=self.ratecenters,
        )


class GetRatesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetRatesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    rates: tuple[PackageRate, ...] = ()

    def unwrap(self) -> GetRatesResponse:
        """The record without the envelope."""
        return GetRatesResponse(
            rates=self.rates,
        )


class GetRecordingFileResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetRecordingFileResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    recordings: tuple[RecordingFile, ...] = ()

    def unwrap(self) -> GetRecordingFileResponse:
        """The record without the envelope."""
        return GetRecordingFileResponse(
            recordings=self.recordings,
        )


class GetRecordingsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetRecordingsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    recordings: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetRecordingsResponse:
        """The record without the envelope."""
        return GetRecordingsResponse(
            recordings=self.recordings,
        )


class GetRegistrationStatusResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetRegistrationStatusResponse record with the status beside it, as the carrier sends it (a Struct: cheap
    to define)."""

    status: str | None = None
    registered: YesNo | None = None
    rerouted: int | None = None
    from_server_pop: int | None = None
    registrations: tuple[Registration, ...] = ()

    def unwrap(self) -> GetRegistrationStatusResponse:
        """The record without the envelope."""
        return GetRegistrationStatusResponse(
            registered=self.registered,
            rerouted=self.rerouted,
            from_server_pop=self.from_server_pop,
            registrations=self.registrations,
        )


class GetReportEstimatedHoldTimeResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetReportEstimatedHoldTimeResponse record with the status beside it, as the carrier sends it (a Struct:
    cheap to define)."""

    status: str | None = None
    types: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetReportEstimatedHoldTimeResponse:
        """The record without the envelope."""
        return GetReportEstimatedHoldTimeResponse(
            types=self.types,
        )


class GetResellerBalanceResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetResellerBalanceResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    balance: Balance | None = None

    def unwrap(self) -> GetResellerBalanceResponse:
        """The record without the envelope."""
        return GetResellerBalanceResponse(
            balance=self.balance,
        )


class GetResellerCDRResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetResellerCDRResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    cdr: tuple[CallDetailRecord, ...] = ()

    def unwrap(self) -> GetResellerCDRResponse:
        """The record without the envelope."""
        return GetResellerCDRResponse(
            cdr=self.cdr,
        )


class GetResellerMMSResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetResellerMMSResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    sms: tuple[MmsMessage, ...] = ()

    def unwrap(self) -> GetResellerMMSResponse:
        """The record without the envelope."""
        return GetResellerMMSResponse(
            sms=self.sms,
        )


class GetResellerSMSResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetResellerSMSResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    sms: tuple[SmsMessage, ...] = ()

    def unwrap(self) -> GetResellerSMSResponse:
        """The record without the envelope."""
        return GetResellerSMSResponse(
            sms=self.sms,
        )


class GetRingGroupsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetRingGroupsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    ring_groups: tuple[RingGroup, ...] = ()

    def unwrap(self) -> GetRingGroupsResponse:
        """The record without the envelope."""
        return GetRingGroupsResponse(
            ring_groups=self.ring_groups,
        )


class GetRingStrategiesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetRingStrategiesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    strategies: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetRingStrategiesResponse:
        """The record without the envelope."""
        return GetRingStrategiesResponse(
            strategies=self.strategies,
        )


class GetRoutesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetRoutesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    routes: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetRoutesResponse:
        """The record without the envelope."""
        return GetRoutesResponse(
            routes=self.routes,
        )


class GetSIPURIsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetSIPURIsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    sipuris: tuple[SIPURI, ...] = ()

    def unwrap(self) -> GetSIPURIsResponse:
        """The record without the envelope."""
        return GetSIPURIsResponse(
            sipuris=self.sipuris,
        )


class GetSMSResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetSMSResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    sms: tuple[SmsMessage, ...] = ()

    def unwrap(self) -> GetSMSResponse:
        """The record without the envelope."""
        return GetSMSResponse(
            sms=self.sms,
        )


class GetServersInfoResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetServersInfoResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    servers: tuple[Server, ...] = ()

    def unwrap(self) -> GetServersInfoResponse:
        """The record without the envelope."""
        return GetServersInfoResponse(
            servers=self.servers,
        )


class GetStatesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetStatesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    states: tuple[State, ...] = ()

    def unwrap(self) -> GetStatesResponse:
        """The record without the envelope."""
        return GetStatesResponse(
            states=self.states,
        )


class GetStaticMembersResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetStaticMembersResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    members: tuple[StaticMember, ...] = ()

    def unwrap(self) -> GetStaticMembersResponse:
        """The record without the envelope."""
        return GetStaticMembersResponse(
            members=self.members,
        )


class GetSubAccountsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetSubAccountsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    accounts: tuple[SubAccount, ...] = ()

    def unwrap(self) -> GetSubAccountsResponse:
        """The record without the envelope."""
        return GetSubAccountsResponse(
            accounts=self.accounts,
        )


class GetTerminationRatesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetTerminationRatesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    route: tuple[ValueDescription, ...] = ()
    rates: tuple[TerminationRate, ...] = ()

    def unwrap(self) -> GetTerminationRatesResponse:
        """The record without the envelope."""
        return GetTerminationRatesResponse(
            route=self.route,
            rates=self.rates,
        )


class GetTimeConditionsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetTimeConditionsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    timecondition: tuple[TimeCondition, ...] = ()

    def unwrap(self) -> GetTimeConditionsResponse:
        """The record without the envelope."""
        return GetTimeConditionsResponse(
            timecondition=self.timecondition,
        )


class GetTimezonesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetTimezonesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    timezones: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetTimezonesResponse:
        """The record without the envelope."""
        return GetTimezonesResponse(
            timezones=self.timezones,
        )


class GetTransactionHistoryResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetTransactionHistoryResponse record with the status beside it, as the carrier sends it (a Struct: cheap
    to define)."""

    status: str | None = None
    transactions: tuple[Transaction, ...] = ()

    def unwrap(self) -> GetTransactionHistoryResponse:
        """The record without the envelope."""
        return GetTransactionHistoryResponse(
            transactions=self.transactions,
        )


class GetVPRIsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetVPRIsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    vpri: tuple[VPRI, ...] = ()

    def unwrap(self) -> GetVPRIsResponse:
        """The record without the envelope."""
        return GetVPRIsResponse(
            vpri=self.vpri,
        )


class GetVoicemailAttachmentFormatsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetVoicemailAttachmentFormatsResponse record with the status beside it, as the carrier sends it (a Struct:
    cheap to define)."""

    status: str | None = None
    email_attachment_formats: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetVoicemailAttachmentFormatsResponse:
        """The record without the envelope."""
        return GetVoicemailAttachmentFormatsResponse(
            email_attachment_formats=self.email_attachment_formats,
        )


class GetVoicemailFoldersResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetVoicemailFoldersResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    folders: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetVoicemailFoldersResponse:
        """The record without the envelope."""
        return GetVoicemailFoldersResponse(
            folders=self.folders,
        )


class GetVoicemailMessageFileResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetVoicemailMessageFileResponse record with the status beside it, as the carrier sends it (a Struct: cheap
    to define)."""

    status: str | None = None
    message: tuple[VoicemailMessageFile, ...] = ()

    def unwrap(self) -> GetVoicemailMessageFileResponse:
        """The record without the envelope."""
        return GetVoicemailMessageFileResponse(
            message=self.message,
        )


class GetVoicemailMessagesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetVoicemailMessagesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    messages: tuple[VoicemailMessage, ...] = ()

    def unwrap(self) -> GetVoicemailMessagesResponse:
        """The record without the envelope."""
        return GetVoicemailMessagesResponse(
            messages=self.messages,
        )


class GetVoicemailSetupsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetVoicemailSetupsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    voicemailsetups: tuple[ValueDescription, ...] = ()

    def unwrap(self) -> GetVoicemailSetupsResponse:
        """The record without the envelope."""
        return GetVoicemailSetupsResponse(
            voicemailsetups=self.voicemailsetups,
        )


class GetVoicemailTranscriptionsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetVoicemailTranscriptionsResponse record with the status beside it, as the carrier sends it (a Struct:
    cheap to define)."""

    status: str | None = None
    messages: tuple[VoicemailTranscription, ...] = ()

    def unwrap(self) -> GetVoicemailTranscriptionsResponse:
        """The record without the envelope."""
        return GetVoicemailTranscriptionsResponse(
            messages=self.messages,
        )


class GetVoicemailsResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The GetVoicemailsResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    voicemails: tuple[Voicemail, ...] = ()

    def unwrap(self) -> GetVoicemailsResponse:
        """The record without the envelope."""
        return GetVoicemailsResponse(
            voicemails=self.voicemails,
        )


class MailFaxMessagePDFResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The MailFaxMessagePDFResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    message_status: str | None = None

    def unwrap(self) -> MailFaxMessagePDFResponse:
        """The record without the envelope."""
        return MailFaxMessagePDFResponse(
            message_status=self.message_status,
        )


class OrderFaxNumberResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The OrderFaxNumberResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    dids: tuple[str, ...] = ()

    def unwrap(self) -> OrderFaxNumberResponse:
        """The record without the envelope."""
        return OrderFaxNumberResponse(
            dids=self.dids,
        )


class SearchDIDsCANResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SearchDIDsCANResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    dids: tuple[AvailableDIDCAN, ...] = ()

    def unwrap(self) -> SearchDIDsCANResponse:
        """The record without the envelope."""
        return SearchDIDsCANResponse(
            dids=self.dids,
        )


class SearchDIDsUSAResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SearchDIDsUSAResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    dids: tuple[AvailableDIDUSA, ...] = ()

    def unwrap(self) -> SearchDIDsUSAResponse:
        """The record without the envelope."""
        return SearchDIDsUSAResponse(
            dids=self.dids,
        )


class SearchFaxAreaCodeCANResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SearchFaxAreaCodeCANResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    ratecenters: tuple[FaxRateCenter, ...] = ()

    def unwrap(self) -> SearchFaxAreaCodeCANResponse:
        """The record without the envelope."""
        return SearchFaxAreaCodeCANResponse(
            ratecenters=self.ratecenters,
        )


class SearchFaxAreaCodeUSAResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SearchFaxAreaCodeUSAResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    ratecenters: tuple[FaxRateCenter, ...] = ()

    def unwrap(self) -> SearchFaxAreaCodeUSAResponse:
        """The record without the envelope."""
        return SearchFaxAreaCodeUSAResponse(
            ratecenters=self.ratecenters,
        )


class SearchTollFreeCanUSResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SearchTollFreeCanUSResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    dids: tuple[TollFreeCanUSNumber, ...] = ()

    def unwrap(self) -> SearchTollFreeCanUSResponse:
        """The record without the envelope."""
        return SearchTollFreeCanUSResponse(
            dids=self.dids,
        )


class SearchTollFreeUSAResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SearchTollFreeUSAResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    dids: tuple[TollFreeUSANumber, ...] = ()

    def unwrap(self) -> SearchTollFreeUSAResponse:
        """The record without the envelope."""
        return SearchTollFreeUSAResponse(
            dids=self.dids,
        )


class SearchVanityResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SearchVanityResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    dids: tuple[VanityNumber, ...] = ()

    def unwrap(self) -> SearchVanityResponse:
        """The record without the envelope."""
        return SearchVanityResponse(
            dids=self.dids,
        )


class SendCallRecordingEmailResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SendCallRecordingEmailResponse record with the status beside it, as the carrier sends it (a Struct: cheap
    to define)."""

    status: str | None = None
    msg: str | None = None

    def unwrap(self) -> SendCallRecordingEmailResponse:
        """The record without the envelope."""
        return SendCallRecordingEmailResponse(
            msg=self.msg,
        )


class SendMMSResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SendMMSResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    mms: int | None = None

    def unwrap(self) -> SendMMSResponse:
        """The record without the envelope."""
        return SendMMSResponse(
            mms=self.mms,
        )


class SendSMSResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SendSMSResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    sms: int | None = None

    def unwrap(self) -> SendSMSResponse:
        """The record without the envelope."""
        return SendSMSResponse(
            sms=self.sms,
        )


class SetCallHuntingResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetCallHuntingResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    call_hunting: int | None = None

    def unwrap(self) -> SetCallHuntingResponse:
        """The record without the envelope."""
        return SetCallHuntingResponse(
            call_hunting=self.call_hunting,
        )


class SetCallParkingResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetCallParkingResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    callparking: int | None = None

    def unwrap(self) -> SetCallParkingResponse:
        """The record without the envelope."""
        return SetCallParkingResponse(
            callparking=self.callparking,
        )


class SetCallbackResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetCallbackResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    callback: int | None = None

    def unwrap(self) -> SetCallbackResponse:
        """The record without the envelope."""
        return SetCallbackResponse(
            callback=self.callback,
        )


class SetCallerIDFilteringResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetCallerIDFilteringResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    filtering: int | None = None

    def unwrap(self) -> SetCallerIDFilteringResponse:
        """The record without the envelope."""
        return SetCallerIDFilteringResponse(
            filtering=self.filtering,
        )


class SetConferenceMemberResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetConferenceMemberResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    member: int | None = None

    def unwrap(self) -> SetConferenceMemberResponse:
        """The record without the envelope."""
        return SetConferenceMemberResponse(
            member=self.member,
        )


class SetConferenceResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetConferenceResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    conference: int | None = None

    def unwrap(self) -> SetConferenceResponse:
        """The record without the envelope."""
        return SetConferenceResponse(
            conference=self.conference,
        )


class SetDISAResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetDISAResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    disa: int | None = None

    def unwrap(self) -> SetDISAResponse:
        """The record without the envelope."""
        return SetDISAResponse(
            disa=self.disa,
        )


class SetForwardingResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetForwardingResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    forwarding: int | None = None

    def unwrap(self) -> SetForwardingResponse:
        """The record without the envelope."""
        return SetForwardingResponse(
            forwarding=self.forwarding,
        )


class SetIVRResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetIVRResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    ivr: int | None = None

    def unwrap(self) -> SetIVRResponse:
        """The record without the envelope."""
        return SetIVRResponse(
            ivr=self.ivr,
        )


class SetPhonebookGroupResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetPhonebookGroupResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    group: int | None = None

    def unwrap(self) -> SetPhonebookGroupResponse:
        """The record without the envelope."""
        return SetPhonebookGroupResponse(
            group=self.group,
        )


class SetPhonebookResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetPhonebookResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    phonebook: int | None = None

    def unwrap(self) -> SetPhonebookResponse:
        """The record without the envelope."""
        return SetPhonebookResponse(
            phonebook=self.phonebook,
        )


class SetQueueResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetQueueResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    queue: int | None = None

    def unwrap(self) -> SetQueueResponse:
        """The record without the envelope."""
        return SetQueueResponse(
            queue=self.queue,
        )


class SetRecordingResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetRecordingResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    recording: int | None = None

    def unwrap(self) -> SetRecordingResponse:
        """The record without the envelope."""
        return SetRecordingResponse(
            recording=self.recording,
        )


class SetRingGroupResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetRingGroupResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    ring_group: int | None = None

    def unwrap(self) -> SetRingGroupResponse:
        """The record without the envelope."""
        return SetRingGroupResponse(
            ring_group=self.ring_group,
        )


class SetSequencesResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetSequencesResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    sequence: int | None = None

    def unwrap(self) -> SetSequencesResponse:
        """The record without the envelope."""
        return SetSequencesResponse(
            sequence=self.sequence,
        )


class SetSIPURIResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetSIPURIResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    sipuri: int | None = None

    def unwrap(self) -> SetSIPURIResponse:
        """The record without the envelope."""
        return SetSIPURIResponse(
            sipuri=self.sipuri,
        )


class SetSMSResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetSMSResponse record with the status beside it, as the carrier sends it (a Struct: cheap to define)."""

    status: str | None = None
    sipuri: int | None = None

    def unwrap(self) -> SetSMSResponse:
        """The record without the envelope."""
        return SetSMSResponse(
            sipuri=self.sipuri,
        )


class SetStaticMemberResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetStaticMemberResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    member: int | None = None

    def unwrap(self) -> SetStaticMemberResponse:
        """The record without the envelope."""
        return SetStaticMemberResponse(
            member=self.member,
        )


class SetTimeConditionResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SetTimeConditionResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    timecondition: int | None = None

    def unwrap(self) -> SetTimeConditionResponse:
        """The record without the envelope."""
        return SetTimeConditionResponse(
            timecondition=self.timecondition,
        )


class SignupClientResponseEnvelope(msgspec.Struct, kw_only=True, frozen=True):
    """The SignupClientResponse record with the status beside it, as the carrier sends it (a Struct: cheap to
    define)."""

    status: str | None = None
    client: int | None = None

    def unwrap(self) -> SignupClientResponse:
        """The record without the envelope."""
        return SignupClientResponse(
            client=self.client,
        )
