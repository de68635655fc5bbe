"""Typed records and value sets of the VoIP.ms API."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Final, Literal

from ._record import DECIMAL_LIMIT, Record, refuse_decimal

YesNo = Literal["yes", "no"]
"""A yes/no setting spelled yes or no on the wire."""

YES_NO_VALUES: Final[frozenset[YesNo]] = frozenset({"yes", "no"})

YesNoOnce = Literal["yes", "no", "once"]
"""Whether to announce the estimated hold time: yes, no or only once."""

YES_NO_ONCE_VALUES: Final[frozenset[YesNoOnce]] = frozenset({"yes", "no", "once"})

QueueEmptyMode = Literal["yes", "no", "strict"]
"""How a queue treats callers when it has no available members."""

QUEUE_EMPTY_MODE_VALUES: Final[frozenset[QueueEmptyMode]] = frozenset({"yes", "no", "strict"})

SearchType = Literal["starts", "contains", "ends"]
"""How a DID search query matches the number."""

SEARCH_TYPE_VALUES: Final[frozenset[SearchType]] = frozenset({"starts", "contains", "ends"})

VanityPrefix = Literal["8**", "800", "833", "844", "855", "866", "877", "888"]
"""Toll-free prefix of a vanity search; 8** searches them all."""

VANITY_PREFIX_VALUES: Final[frozenset[VanityPrefix]] = frozenset(
    {"8**", "800", "833", "844", "855", "866", "877", "888"}
)

TranscriptionFormat = Literal["html", "text"]
"""Format of voicemail transcriptions."""

TRANSCRIPTION_FORMAT_VALUES: Final[frozenset[TranscriptionFormat]] = frozenset({"html", "text"})

CallRecordingType = Literal["all", "incoming", "outgoing"]
"""Which call recordings to list, by the direction of the call."""

CALL_RECORDING_TYPE_VALUES: Final[frozenset[CallRecordingType]] = frozenset({"all", "incoming", "outgoing"})

VoicemailFileFormat = Literal["mp3", "wav", "wav49", "gsm"]
"""Audio format of a voicemail message file."""

VOICEMAIL_FILE_FORMAT_VALUES: Final[frozenset[VoicemailFileFormat]] = frozenset({"mp3", "wav", "wav49", "gsm"})

HuntingOrder = Literal["follow", "random"]
"""Order in which call hunting members are called."""

HUNTING_ORDER_VALUES: Final[frozenset[HuntingOrder]] = frozenset({"follow", "random"})

E911Country = Literal["US", "CA"]
"""Country of an e911 address."""

E911_COUNTRY_VALUES: Final[frozenset[E911Country]] = frozenset({"US", "CA"})

E911Language = Literal["EN", "FR"]
"""Language of an e911 record."""

E911_LANGUAGE_VALUES: Final[frozenset[E911Language]] = frozenset({"EN", "FR"})


class AvailableDIDCAN(Record, kw_only=True):
    """A Canadian DID available for order.

    Attributes:
        did: DID number.
        ratecenter: Rate center.
        province: Province code.
        province_description: Province name.
        perminute_monthly: Monthly fee on the per-minute plan.
        perminute_minute: Per-minute rate on the per-minute plan.
        perminute_setup: Setup fee on the per-minute plan.
        flat_monthly: Monthly fee on the flat plan.
        flat_minute: Per-minute rate on the flat plan.
        flat_setup: Setup fee on the flat plan.
        sms: 1 when the number supports SMS.
    """

    did: str | None = None
    ratecenter: str | None = None
    province: str | None = None
    province_description: str | None = None
    perminute_monthly: Decimal | None = None
    perminute_minute: Decimal | None = None
    perminute_setup: Decimal | None = None
    flat_monthly: Decimal | None = None
    flat_minute: Decimal | None = None
    flat_setup: Decimal | None = None
    sms: int | None = None

    def __post_init__(self) -> None:
        if type(self.perminute_monthly) is Decimal and not (
            self.perminute_monthly.is_finite() and abs(self.perminute_monthly.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("perminute_monthly", self.perminute_monthly)
        if type(self.perminute_minute) is Decimal and not (
            self.perminute_minute.is_finite() and abs(self.perminute_minute.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("perminute_minute", self.perminute_minute)
        if type(self.perminute_setup) is Decimal and not (
            self.perminute_setup.is_finite() and abs(self.perminute_setup.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("perminute_setup", self.perminute_setup)
        if type(self.flat_monthly) is Decimal and not (
            self.flat_monthly.is_finite() and abs(self.flat_monthly.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("flat_monthly", self.flat_monthly)
        if type(self.flat_minute) is Decimal and not (
            self.flat_minute.is_finite() and abs(self.flat_minute.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("flat_minute", self.flat_minute)
        if type(self.flat_setup) is Decimal and not (
            self.flat_setup.is_finite() and abs(self.flat_setup.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("flat_setup", self.flat_setup)


class AvailableDIDUSA(Record, kw_only=True):
    """A USA DID available for order.

    Attributes:
        did: DID number.
        ratecenter: Rate center.
        state: State code.
        state_description: State name.
        perminute_monthly: Monthly fee on the per-minute plan.
        perminute_minute: Per-minute rate on the per-minute plan.
        perminute_setup: Setup fee on the per-minute plan.
        flat_monthly: Monthly fee on the flat plan.
        flat_minute: Per-minute rate on the flat plan.
        flat_setup: Setup fee on the flat plan.
        has_port_out_pin: 1 when the number supports a port-out PIN.
        sms: 1 when the number supports SMS.
    """

    did: str | None = None
    ratecenter: str | None = None
    state: str | None = None
    state_description: str | None = None
    perminute_monthly: Decimal | None = None
    perminute_minute: Decimal | None = None
    perminute_setup: Decimal | None = None
    flat_monthly: Decimal | None = None
    flat_minute: Decimal | None = None
    flat_setup: Decimal | None = None
    has_port_out_pin: int | None = None
    sms: int | None = None

    def __post_init__(self) -> None:
        if type(self.perminute_monthly) is Decimal and not (
            self.perminute_monthly.is_finite() and abs(self.perminute_monthly.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("perminute_monthly", self.perminute_monthly)
        if type(self.perminute_minute) is Decimal and not (
            self.perminute_minute.is_finite() and abs(self.perminute_minute.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("perminute_minute", self.perminute_minute)
        if type(self.perminute_setup) is Decimal and not (
            self.perminute_setup.is_finite() and abs(self.perminute_setup.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("perminute_setup", self.perminute_setup)
        if type(self.flat_monthly) is Decimal and not (
            self.flat_monthly.is_finite() and abs(self.flat_monthly.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("flat_monthly", self.flat_monthly)
        if type(self.flat_minute) is Decimal and not (
            self.flat_minute.is_finite() and abs(self.flat_minute.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("flat_minute", self.flat_minute)
        if type(self.flat_setup) is Decimal and not (
            self.flat_setup.is_finite() and abs(self.flat_setup.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("flat_setup", self.flat_setup)


class BackOrder(Record, kw_only=True):
    """A back-ordered DID.

    Attributes:
        id: ID of the back order.
        description: Description of the back order.
        routing: Main routing (e.g. account:100001_VoIP).
        failover_busy: Routing when busy.
        failover_unreachable: Routing when unreachable.
        failover_noanswer: Routing when not answered.
        voicemail: Voicemail box.
        pop: Point of presence (server POP).
        dialtime: Dial timeout in seconds.
        cnam: 1 when CNAM lookup is enabled.
        billing_type: Billing plan: 1 = per minute, 2 = flat rate.
        order_date: Date and time of the order, naive, in VoIP.ms's local time (the docs name no zone).
    """

    id: int | None = None
    description: str | None = None
    routing: str | None = None
    failover_busy: str | None = None
    failover_unreachable: str | None = None
    failover_noanswer: str | None = None
    voicemail: str | None = None
    pop: int | None = None
    dialtime: int | None = None
    cnam: int | None = None
    billing_type: int | None = None
    order_date: _dt.datetime | None = None


class Balance(Record, kw_only=True):
    """Balance and call statistics.

    Attributes:
        current_balance: Current balance.
        spent_total: Amount spent in the period.
        calls_total: Number of calls in the period.
        time_total: Call time in the period.
        spent_today: Amount spent today.
        calls_today: Number of calls today.
        time_today: Call time today.
    """

    current_balance: Decimal | None = None
    spent_total: Decimal | None = None
    calls_total: int | None = None
    time_total: str | None = None
    spent_today: Decimal | None = None
    calls_today: int | None = None
    time_today: str | None = None

    def __post_init__(self) -> None:
        if type(self.current_balance) is Decimal and not (
            self.current_balance.is_finite() and abs(self.current_balance.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("current_balance", self.current_balance)
        if type(self.spent_total) is Decimal and not (
            self.spent_total.is_finite() and abs(self.spent_total.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("spent_total", self.spent_total)
        if type(self.spent_today) is Decimal and not (
            self.spent_today.is_finite() and abs(self.spent_today.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("spent_today", self.spent_today)


class CallDetailRecord(Record, kw_only=True):
    """One call detail record.

    Attributes:
        date: Date and time of the call, naive, at the UTC offset given as the call's timezone.
        callerid: Caller ID (name and number).
        destination: Destination number.
        description: Description of the call.
        account: Account or sub account (e.g. 100000_VoIP).
        disposition: Outcome of the call (e.g. ANSWERED).
        duration: Duration (hh:mm:ss).
        seconds: Duration in seconds.
        rate: Per-minute rate.
        total: Total charged.
        uniqueid: Unique ID of the call.
        destination_type: Kind of destination (e.g. IN:USA).
        call_logs: Routing log of the call.
    """

    date: _dt.datetime | None = None
    callerid: str | None = None
    destination: str | None = None
    description: str | None = None
    account: str | None = None
    disposition: str | None = None
    duration: str | None = None
    seconds: int | None = None
    rate: Decimal | None = None
    total: Decimal | None = None
    uniqueid: str | None = None
    destination_type: str | None = None
    call_logs: str | None = None

    def __post_init__(self) -> None:
        if type(self.rate) is Decimal and not (self.rate.is_finite() and abs(self.rate.adjusted()) <= DECIMAL_LIMIT):
            refuse_decimal("rate", self.rate)
        if type(self.total) is Decimal and not (self.total.is_finite() and abs(self.total.adjusted()) <= DECIMAL_LIMIT):
            refuse_decimal("total", self.total)


class CallHunting(Record, kw_only=True):
    """A call hunting entry.

    Attributes:
        callhunting: ID of the call hunting.
        description: Description of the call hunting.
        members: Members, semicolon-separated routings.
        ring_time: Ring time of each member, semicolon-separated.
        order: Order in which members are called.
        press: Press-1 setting of each member, semicolon-separated.
        music: Music on hold code.
        recording: Recording code.
        language: Language code.
    """

    callhunting: int | None = None
    description: str | None = None
    members: str | None = None
    ring_time: str | None = None
    order: HuntingOrder | None = None
    press: str | None = None
    music: str | None = None
    recording: str | None = None
    language: str | None = None


class CallParking(Record, kw_only=True):
    """A call parking entry.

    Attributes:
        callparking: ID of the call parking.
        name: Name of the call parking.
        timeout_: Seconds a call stays parked.
        musiconhold: Music on hold code.
        failover: Destination of unanswered parked calls.
        language: Language code.
        destination: Destination called to announce the parked call.
        delay: Seconds before the announce destination is called.
        blf_lamps: Number of BLF lamps, 0 to 10.
    """

    callparking: int | None = None
    name: str | None = None
    timeout_: int | None = None
    musiconhold: str | None = None
    failover: str | None = None
    language: str | None = None
    destination: str | None = None
    delay: int | None = None
    blf_lamps: int | None = None


class CallRecording(Record, kw_only=True):
    """A call recording.

    Attributes:
        callrecording: ID of the call recording.
        datetime: Date and time of the call, naive, in VoIP.ms's local time (the docs name no zone).
        destination: Other party of the call.
        type: Direction of the call (e.g. Incoming).
        subaccount: Sub account of the call.
        duration: Duration (mm:ss).
    """

    callrecording: str | None = None
    datetime: _dt.datetime | None = None
    destination: str | None = None
    type: str | None = None
    subaccount: int | None = None
    duration: str | None = None


class RecognizedPhrase(Record, kw_only=True):
    """One phrase of a call transcription.

    Attributes:
        time: Date and time of the phrase.
        duration: Duration of the phrase in seconds.
        speaker: Speaker number.
        phrase: Text of the phrase.
    """

    time: str | None = None
    duration: Decimal | None = None
    speaker: int | None = None
    phrase: str | None = None

    def __post_init__(self) -> None:
        if type(self.duration) is Decimal and not (
            self.duration.is_finite() and abs(self.duration.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("duration", self.duration)


class CallTranscription(Record, kw_only=True):
    """A call transcription.

    Attributes:
        date: Date and time of the call.
        duration: Duration of the call.
        speakers: Numbers of the speakers.
        locale: Locale of the transcription.
        confidence: Recognition confidence (e.g. 94.18%).
        recognized_phrases: The phrases recognised, in order.
    """

    date: str | None = None
    duration: str | None = None
    speakers: tuple[str, ...] = ()
    locale: str | None = None
    confidence: str | None = None
    recognized_phrases: tuple[RecognizedPhrase, ...] = ()


class Callback(Record, kw_only=True):
    """A callback entry.

    Attributes:
        callback: ID of the callback.
        description: Description of the callback.
        number: Number called back.
        delay_before: Seconds before calling back.
        response_timeout: Seconds before hanging up on incomplete input.
        digit_timeout: Seconds allowed between digits.
        callerid_number: Caller ID number override.
    """

    callback: int | None = None
    description: str | None = None
    number: str | None = None
    delay_before: int | None = None
    response_timeout: int | None = None
    digit_timeout: int | None = None
    callerid_number: str | None = None


class CallerIDFiltering(Record, kw_only=True):
    """A caller ID filtering rule.

    Attributes:
        filtering: ID of the caller ID filtering.
        callerid: Caller ID that triggers the filter.
        did: DIDs the filter applies to.
        routing: Routing when the filter matches.
        failover_unreachable: Routing when unreachable.
        failover_busy: Routing when busy.
        failover_noanswer: Routing when not answered.
        note: Note.
    """

    filtering: int | None = None
    callerid: str | None = None
    did: str | None = None
    routing: str | None = None
    failover_unreachable: str | None = None
    failover_busy: str | None = None
    failover_noanswer: str | None = None
    note: str | None = None


class ResellerClient(Record, kw_only=True):
    """A reseller client.

    Attributes:
        client: ID of the reseller client.
        email: E-mail address of the client.
        password: Password of the client.
        company: Company.
        firstname: First name.
        lastname: Last name.
        address: Street address.
        city: City.
        state: State of the client.
        country: Country of the client.
        zip: ZIP or postal code.
        phone_number: Phone number.
        balance_management: Balance management code.
    """

    __secret_fields__ = frozenset({"password"})

    client: int | None = None
    email: str | None = None
    password: str | None = None
    company: str | None = None
    firstname: str | None = None
    lastname: str | None = None
    address: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    zip: str | None = None
    phone_number: str | None = None
    balance_management: int | None = None


class ClientThreshold(Record, kw_only=True):
    """Balance threshold settings of a reseller client.

    Attributes:
        threshold: Balance threshold amount.
        email: E-mail address notified below the threshold.
    """

    threshold: int | None = None
    email: str | None = None


class ClientTransaction(Record, kw_only=True):
    """A charge or deposit of a reseller client.

    Attributes:
        id: ID of the transaction.
        date: Date of the charge or deposit (VoIP.ms's calendar day, no time or zone).
        amount: Amount.
        description: Description.
    """

    id: int | None = None
    date: _dt.date | None = None
    amount: Decimal | None = None
    description: str | None = None

    def __post_init__(self) -> None:
        if type(self.amount) is Decimal and not (
            self.amount.is_finite() and abs(self.amount.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("amount", self.amount)


class Conference(Record, kw_only=True):
    """A conference.

    Attributes:
        conference: ID of the conference.
        name: Name of the conference.
        description: Description of the conference.
        max_members: Maximum number of members.
        sound_join: Recording played when a member joins (recording ID).
        sound_leave: Recording played when a member leaves (recording ID).
        sound_has_joined: Recording played introducing a member (recording ID).
        sound_has_left: Recording played after a member has left (recording ID).
        sound_kicked: Recording played to a kicked member (recording ID).
        sound_muted: Recording played to a member when muted (recording ID).
        sound_unmuted: Recording played to a member when unmuted (recording ID).
        sound_only_person: Recording played to the only person in the conference (recording ID).
        sound_only_one: Recording played when one other person is in the conference (recording ID).
        sound_there_are: Recording played announcing the member count (recording ID).
        sound_other_in_party: Recording played after the member count ('other in party') (recording ID).
        sound_place_into_conference: Recording played while waiting for a marked user (recording ID).
        sound_get_pin: Recording played prompting for the PIN (recording ID).
        sound_invalid_pin: Recording played after too many invalid PINs (recording ID).
        sound_locked: Recording played to a member joining a locked conference (recording ID).
        sound_locked_now: Recording played to an admin locking the conference (recording ID).
        sound_unlocked_now: Recording played to an admin unlocking the conference (recording ID).
        sound_error_menu: Recording played on a menu error (recording ID).
        sound_participants_muted: Recording played when all non-admins are muted (recording ID).
        sound_participants_unmuted: Recording played when all non-admins are unmuted (recording ID).
        language: Language code.
        members: Member profile IDs, semicolon-separated.
    """

    conference: int | None = None
    name: str | None = None
    description: str | None = None
    max_members: int | None = None
    sound_join: int | None = None
    sound_leave: int | None = None
    sound_has_joined: int | None = None
    sound_has_left: int | None = None
    sound_kicked: int | None = None
    sound_muted: int | None = None
    sound_unmuted: int | None = None
    sound_only_person: int | None = None
    sound_only_one: int | None = None
    sound_there_are: int | None = None
    sound_other_in_party: int | None = None
    sound_place_into_conference: int | None = None
    sound_get_pin: int | None = None
    sound_invalid_pin: int | None = None
    sound_locked: int | None = None
    sound_locked_now: int | None = None
    sound_unlocked_now: int | None = None
    sound_error_menu: int | None = None
    sound_participants_muted: int | None = None
    sound_participants_unmuted: int | None = None
    language: str | None = None
    members: str | None = None


class ConferenceMember(Record, kw_only=True):
    """A conference member profile.

    Attributes:
        member: ID of the member.
        name: Name of the member.
        description: Description of the member.
        pin: PIN of the member.
        announce_join_leave: Whether joins and leaves are announced.
        admin: Whether the member is an admin.
        start_muted: Whether the member starts muted.
        announce_user_count: Whether the member count is announced.
        announce_only_user: Whether the 'only user' announcement plays.
        moh_when_empty: Music on hold when alone in the conference.
        quiet: Whether prompts are silenced.
        announcement: Recording heard by the member on joining.
        drop_silence: Whether silence is dropped.
        talking_threshold: Milliseconds of sound before the member counts as talking.
        silence_threshold: Milliseconds of silence before the audio counts as silent.
        talk_detection: Whether talk detection is shown.
        jitter_buffer: Whether a jitter buffer is used.
    """

    __secret_fields__ = frozenset({"pin"})

    member: int | None = None
    name: str | None = None
    description: str | None = None
    pin: str | None = None
    announce_join_leave: YesNo | None = None
    admin: YesNo | None = None
    start_muted: YesNo | None = None
    announce_user_count: YesNo | None = None
    announce_only_user: YesNo | None = None
    moh_when_empty: str | None = None
    quiet: YesNo | None = None
    announcement: int | None = None
    drop_silence: YesNo | None = None
    talking_threshold: int | None = None
    silence_threshold: int | None = None
    talk_detection: YesNo | None = None
    jitter_buffer: YesNo | None = None


class ConferenceRecording(Record, kw_only=True):
    """A conference recording.

    Attributes:
        did: DID of the conference.
        recording: ID of the conference recording.
        conference: ID of the conference.
        duration: Duration in seconds.
        date: Date and time of the recording, naive, in VoIP.ms's local time (the docs name no zone).
    """

    did: str | None = None
    recording: int | None = None
    conference: int | None = None
    duration: int | None = None
    date: _dt.datetime | None = None


class ConferenceRecordingFile(Record, kw_only=True):
    """A conference recording file.

    Attributes:
        recording: ID of the conference recording.
        data: File content, Base64-encoded.
    """

    recording: int | None = None
    data: str | None = None


class DIDInfo(Record, kw_only=True):
    """A DID of the account with its settings.

    Attributes:
        did: DID number.
        description: Description of the DID.
        routing: Main routing (e.g. account:100001_VoIP).
        failover_busy: Routing when busy.
        failover_unreachable: Routing when unreachable.
        failover_noanswer: Routing when not answered.
        voicemail: Voicemail box of the DID.
        pop: Point of presence (server POP).
        dialtime: Dial timeout in seconds.
        cnam: 1 when CNAM lookup is enabled.
        e911: 1 when e911 is enabled.
        callerid_prefix: Caller ID prefix.
        note: Note.
        port_out_pin: Port-out PIN.
        billing_type: Billing plan: 1 = per minute, 2 = flat rate.
        next_billing: Next billing date (VoIP.ms's calendar day, no time or zone).
        order_date: Date and time of the order, naive, in VoIP.ms's local time (the docs name no zone).
        reseller_account: Reseller sub account the number is connected to.
        reseller_next_billing: Next billing date of the reseller client (VoIP.ms's calendar day, no time or zone).
        reseller_monthly: Monthly fee charged to the reseller client.
        reseller_minute: Per-minute rate charged to the reseller client.
        reseller_setup: Setup fee charged to the reseller client.
        sms_available: 1 when SMS is available on the DID.
        sms_enabled: 1 when SMS is enabled.
        sms_email: E-mail address receiving SMS.
        sms_email_enabled: 1 when SMS are e-mailed.
        sms_forward: Number SMS are forwarded to.
        sms_forward_enabled: 1 when SMS are forwarded.
        sms_url_callback: URL called for each SMS.
        sms_url_callback_enabled: 1 when the SMS URL callback is enabled.
        sms_url_callback_retry: 1 when the SMS URL callback is retried.
        smpp_enabled: 1 when SMPP delivery is enabled.
        smpp_url: SMPP URL.
        smpp_user: SMPP user name.
        smpp_pass: SMPP password.
        transcribe: 1 when calls are transcribed.
        transcription_locale: Transcription locale codes.
        transcription_redaction: Whether transcriptions are redacted.
        transcription_summary: Whether a summary is added.
        transcription_sentiment: Whether sentiment analysis is added.
        transcription_email: E-mail address receiving transcriptions.
    """

    __secret_fields__ = frozenset({"port_out_pin", "smpp_pass"})

    did: str | None = None
    description: str | None = None
    routing: str | None = None
    failover_busy: str | None = None
    failover_unreachable: str | None = None
    failover_noanswer: str | None = None
    voicemail: str | None = None
    pop: int | None = None
    dialtime: int | None = None
    cnam: int | None = None
    e911: int | None = None
    callerid_prefix: str | None = None
    note: str | None = None
    port_out_pin: str | None = None
    billing_type: int | None = None
    next_billing: _dt.date | None = None
    order_date: _dt.datetime | None = None
    reseller_account: str | None = None
    reseller_next_billing: _dt.date | None = None
    reseller_monthly: Decimal | None = None
    reseller_minute: Decimal | None = None
    reseller_setup: Decimal | None = None
    sms_available: int | None = None
    sms_enabled: int | None = None
    sms_email: str | None = None
    sms_email_enabled: int | None = None
    sms_forward: str | None = None
    sms_forward_enabled: int | None = None
    sms_url_callback: str | None = None
    sms_url_callback_enabled: int | None = None
    sms_url_callback_retry: int | None = None
    smpp_enabled: int | None = None
    smpp_url: str | None = None
    smpp_user: str | None = None
    smpp_pass: str | None = None
    transcribe: int | None = None
    transcription_locale: str | None = None
    transcription_redaction: YesNo | None = None
    transcription_summary: YesNo | None = None
    transcription_sentiment: YesNo | None = None
    transcription_email: str | None = None

    def __post_init__(self) -> None:
        if type(self.reseller_monthly) is Decimal and not (
            self.reseller_monthly.is_finite() and abs(self.reseller_monthly.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("reseller_monthly", self.reseller_monthly)
        if type(self.reseller_minute) is Decimal and not (
            self.reseller_minute.is_finite() and abs(self.reseller_minute.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("reseller_minute", self.reseller_minute)
        if type(self.reseller_setup) is Decimal and not (
            self.reseller_setup.is_finite() and abs(self.reseller_setup.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("reseller_setup", self.reseller_setup)


class DISA(Record, kw_only=True):
    """A DISA entry.

    Attributes:
        disa: ID of the DISA.
        name: Name of the DISA.
        pin: PIN of the DISA.
        digit_timeout: Seconds allowed between digits.
        callerid_override: Caller ID override.
        language: Language code.
    """

    __secret_fields__ = frozenset({"pin"})

    disa: int | None = None
    name: str | None = None
    pin: str | None = None
    digit_timeout: int | None = None
    callerid_override: str | None = None
    language: str | None = None


class E911Info(Record, kw_only=True):
    """The e911 record of a DID.

    Attributes:
        did: DID of the e911 record.
        status: Status code of the e911 record.
        full_name: Full name.
        street_number: Street number.
        street_name: Street name.
        address_type: Address type.
        address_number: Address (unit) number.
        city: City.
        state: State or province.
        zip_code: ZIP or postal code.
        country: Country.
        language: Language code.
        email: E-mail address of the e911 record.
        other_info: Additional address information.
    """

    did: str | None = None
    status: str | None = None
    full_name: str | None = None
    street_number: str | None = None
    street_name: str | None = None
    address_type: str | None = None
    address_number: str | None = None
    city: str | None = None
    state: str | None = None
    zip_code: str | None = None
    country: str | None = None
    language: str | None = None
    email: str | None = None
    other_info: str | None = None


class EmailToFax(Record, kw_only=True):
    """An email-to-fax configuration.

    Attributes:
        id: ID of the configuration.
        enabled: 1 when the configuration is enabled.
        email: E-mail address faxes are sent from.
        security_code: Security code expected in the e-mail subject.
        security_code_enabled: 1 when the security code is required.
        from_: Fax number shown as the sender.
    """

    id: str | None = None
    enabled: int | None = None
    email: str | None = None
    security_code: str | None = None
    security_code_enabled: int | None = None
    from_: str | None = None


class FaxFolder(Record, kw_only=True):
    """A fax folder.

    Attributes:
        id: ID of the folder.
        name: Name of the folder.
    """

    id: str | None = None
    name: str | None = None


class FaxMessage(Record, kw_only=True):
    """A fax message.

    Attributes:
        id: ID of the fax message.
        folder: Folder name.
        date: Date and time of the fax, naive, in VoIP.ms's local time (the docs name no zone).
        callerid: Caller ID (name and number).
        stationid: Station ID of the sender.
        destination: Number the fax was sent to.
        description: Description.
        pages: Number of pages.
        duration: Duration.
        status: Outcome of the fax (e.g. SUCCESS).
        rate: Per-minute rate.
        total: Total charged.
        msg: Message from the provider.
    """

    id: str | None = None
    folder: str | None = None
    date: _dt.datetime | None = None
    callerid: str | None = None
    stationid: str | None = None
    destination: str | None = None
    description: str | None = None
    pages: int | None = None
    duration: str | None = None
    status: str | None = None
    rate: Decimal | None = None
    total: Decimal | None = None
    msg: str | None = None

    def __post_init__(self) -> None:
        if type(self.rate) is Decimal and not (self.rate.is_finite() and abs(self.rate.adjusted()) <= DECIMAL_LIMIT):
            refuse_decimal("rate", self.rate)
        if type(self.total) is Decimal and not (self.total.is_finite() and abs(self.total.adjusted()) <= DECIMAL_LIMIT):
            refuse_decimal("total", self.total)


class FaxNumber(Record, kw_only=True):
    """A fax number of the account.

    Attributes:
        id: ID of the fax number.
        did: The fax number.
        description: Description of the number.
        state: State or province code.
        city: City.
        country: Country.
        email_enabled: 1 when e-mail notifications are enabled.
        email: E-mail address notified of incoming faxes.
        url_enabled: 1 when the URL callback is enabled.
        url: Callback URL.
        retry: 1 when the URL callback is retried.
        attach_file: 1 when the fax is attached to notifications.
        note: Note.
        reseller_account: Reseller sub account the number is connected to.
        reseller_next_billing: Next billing date of the reseller client (VoIP.ms's calendar day, no time or zone).
        reseller_monthly: Monthly fee charged to the reseller client.
        reseller_minute: Per-minute rate charged to the reseller client.
        reseller_setup: Setup fee charged to the reseller client.
        fax_to_sip_enabled: 1 when fax to SIP is enabled.
        fax_to_sip_enabled_account: Sub account receiving faxes over SIP.
    """

    id: str | None = None
    did: str | None = None
    description: str | None = None
    state: str | None = None
    city: str | None = None
    country: str | None = None
    email_enabled: int | None = None
    email: str | None = None
    url_enabled: int | None = None
    url: str | None = None
    retry: int | None = None
    attach_file: int | None = None
    note: str | None = None
    reseller_account: str | None = None
    reseller_next_billing: _dt.date | None = None
    reseller_monthly: Decimal | None = None
    reseller_minute: Decimal | None = None
    reseller_setup: Decimal | None = None
    fax_to_sip_enabled: int | None = None
    fax_to_sip_enabled_account: str | None = None

    def __post_init__(self) -> None:
        if type(self.reseller_monthly) is Decimal and not (
            self.reseller_monthly.is_finite() and abs(self.reseller_monthly.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("reseller_monthly", self.reseller_monthly)
        if type(self.reseller_minute) is Decimal and not (
            self.reseller_minute.is_finite() and abs(self.reseller_minute.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("reseller_minute", self.reseller_minute)
        if type(self.reseller_setup) is Decimal and not (
            self.reseller_setup.is_finite() and abs(self.reseller_setup.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("reseller_setup", self.reseller_setup)


class FaxProvince(Record, kw_only=True):
    """A Canadian province offering fax numbers.

    Attributes:
        province: Province code (e.g. AB).
        province_id: Province ID.
        province_name: Province name.
        country_code: Country code (e.g. CAN).
    """

    province: str | None = None
    province_id: int | None = None
    province_name: str | None = None
    country_code: str | None = None


class FaxRateCenter(Record, kw_only=True):
    """A fax rate center and whether it has numbers.

    Attributes:
        location: Location ID, to order with orderFaxNumber.
        area_code: Area code.
        ratecenter: Rate center.
        available: Whether numbers are available.
    """

    location: int | None = None
    area_code: str | None = None
    ratecenter: str | None = None
    available: YesNo | None = None


class FaxState(Record, kw_only=True):
    """A USA state offering fax numbers.

    Attributes:
        state: State code (e.g. AL).
        state_id: State ID.
        state_name: State name.
        country_code: Country code (e.g. CAN).
    """

    state: str | None = None
    state_id: int | None = None
    state_name: str | None = None
    country_code: str | None = None


class Forwarding(Record, kw_only=True):
    """A forwarding entry.

    Attributes:
        forwarding: ID of the forwarding.
        phone_number: Number calls are forwarded to.
        callerid_override: Caller ID override.
        description: Description of the forwarding.
        dtmf_digits: DTMF digits sent on answer.
        pause: Pause in seconds before sending the digits.
        diversion_header: 1 when a Diversion header is added.
    """

    forwarding: int | None = None
    phone_number: str | None = None
    callerid_override: str | None = None
    description: str | None = None
    dtmf_digits: str | None = None
    pause: Decimal | None = None
    diversion_header: int | None = None

    def __post_init__(self) -> None:
        if type(self.pause) is Decimal and not (self.pause.is_finite() and abs(self.pause.adjusted()) <= DECIMAL_LIMIT):
            refuse_decimal("pause", self.pause)


class IVR(Record, kw_only=True):
    """An IVR.

    Attributes:
        ivr: ID of the IVR.
        name: Name of the IVR.
        recording: Recording played.
        timeout_: Seconds allowed to enter a choice.
        language: Language code.
        voicemailsetup: Voicemail setup code.
        choices: Choices, semicolon-separated (e.g. 1=sip:5096;2=fwd:20222).
    """

    ivr: int | None = None
    name: str | None = None
    recording: int | None = None
    timeout_: int | None = None
    language: str | None = None
    voicemailsetup: int | None = None
    choices: str | None = None


class InternationalLocation(Record, kw_only=True):
    """A location offering international DIDs.

    Attributes:
        location_id: Location ID, to order with.
        location_name: Name of the location.
        country: Country name.
        area_code: Area code.
        stock: Numbers in stock.
        monthly: Monthly fee on the flat plan.
        setup: Setup fee.
        minute: Per-minute rate.
        monthly_per_minute: Monthly fee on the per-minute plan.
        setup_per_minute: Setup fee on the per-minute plan.
        channels: Number of channels.
    """

    location_id: str | None = None
    location_name: str | None = None
    country: str | None = None
    area_code: str | None = None
    stock: int | None = None
    monthly: Decimal | None = None
    setup: Decimal | None = None
    minute: Decimal | None = None
    monthly_per_minute: str | None = None
    setup_per_minute: str | None = None
    channels: int | None = None

    def __post_init__(self) -> None:
        if type(self.monthly) is Decimal and not (
            self.monthly.is_finite() and abs(self.monthly.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("monthly", self.monthly)
        if type(self.setup) is Decimal and not (self.setup.is_finite() and abs(self.setup.adjusted()) <= DECIMAL_LIMIT):
            refuse_decimal("setup", self.setup)
        if type(self.minute) is Decimal and not (
            self.minute.is_finite() and abs(self.minute.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("minute", self.minute)


class LNPAttachment(Record, kw_only=True):
    """A file attached to a port order.

    Attributes:
        attachid: ID of the attachment.
        type: File type (e.g. pdf).
        size: Size in bytes.
    """

    attachid: int | None = None
    type: str | None = None
    size: int | None = None


class LNPNote(Record, kw_only=True):
    """A note of a port order.

    Attributes:
        note: Text of the note.
        date: Date of the note.
        time: Time of the note.
    """

    note: str | None = None
    date: str | None = None
    time: str | None = None


class LNPPort(Record, kw_only=True):
    """A port (LNP) order.

    Attributes:
        portid: ID of the port order.
        numbers: Numbers being ported, comma-separated.
        foc_date: Firm order commitment date (false when not set).
        status: Status of the port order.
    """

    portid: int | None = None
    numbers: str | None = None
    foc_date: str | None = None
    status: str | None = None


class MmsMessage(Record, kw_only=True):
    """An MMS message with its media.

    Attributes:
        id: ID of the message.
        date: Date and time of the message, naive, at the UTC offset given as the call's timezone, else in VoIP.ms's
            local time.
        type: Direction: 1 = received, 0 = sent.
        did: DID of the message.
        contact: Number of the other party.
        message: Text of the message.
        carrier_status: Delivery status reported by the carrier.
        col_media1: URL of the first media.
        col_media2: URL of the second media.
        col_media3: URL of the third media.
        media: URLs of the media.
    """

    id: int | None = None
    date: _dt.datetime | None = None
    type: int | None = None
    did: str | None = None
    contact: str | None = None
    message: str | None = None
    carrier_status: str | None = None
    col_media1: str | None = None
    col_media2: str | None = None
    col_media3: str | None = None
    media: tuple[str, ...] = ()


class MusicOnHold(Record, kw_only=True):
    """A music on hold option.

    Attributes:
        value: Code of the music on hold.
        description: Name of the music on hold.
        recordings: Recording IDs, comma-separated.
        total: Number of recordings.
        volume: Volume setting.
        sort: Order of the recordings.
        custom: 1 for a custom music on hold.
    """

    value: str | None = None
    description: str | None = None
    recordings: str | None = None
    total: int | None = None
    volume: str | None = None
    sort: str | None = None
    custom: int | None = None


class Package(Record, kw_only=True):
    """A reseller package.

    Attributes:
        package: ID of the package.
        name: Name of the package.
        markup_fixed: Fixed markup per minute.
        markup_percentage: Markup percentage.
        pulse: Billing increment in seconds.
        international_route: Route code for international calls.
        canada_route: Route code for calls to Canada.
        monthly_fee: Monthly fee.
        setup_fee: Setup fee.
        free_minutes: Free minutes included.
    """

    package: int | None = None
    name: str | None = None
    markup_fixed: Decimal | None = None
    markup_percentage: int | None = None
    pulse: int | None = None
    international_route: int | None = None
    canada_route: int | None = None
    monthly_fee: Decimal | None = None
    setup_fee: Decimal | None = None
    free_minutes: int | None = None

    def __post_init__(self) -> None:
        if type(self.markup_fixed) is Decimal and not (
            self.markup_fixed.is_finite() and abs(self.markup_fixed.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("markup_fixed", self.markup_fixed)
        if type(self.monthly_fee) is Decimal and not (
            self.monthly_fee.is_finite() and abs(self.monthly_fee.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("monthly_fee", self.monthly_fee)
        if type(self.setup_fee) is Decimal and not (
            self.setup_fee.is_finite() and abs(self.setup_fee.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("setup_fee", self.setup_fee)


class PackageRate(Record, kw_only=True):
    """A rate of a package.

    Attributes:
        destination: Destination name (e.g. Canada - 418 Quebec City).
        prefix: Dialling prefix.
        client_increment: Billing increment for the client, in seconds.
        client_rate: Per-minute rate for the client.
        real_increment: Billing increment of the reseller, in seconds.
        real_rate: Per-minute rate of the reseller.
    """

    destination: str | None = None
    prefix: str | None = None
    client_increment: int | None = None
    client_rate: Decimal | None = None
    real_increment: int | None = None
    real_rate: Decimal | None = None

    def __post_init__(self) -> None:
        if type(self.client_rate) is Decimal and not (
            self.client_rate.is_finite() and abs(self.client_rate.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("client_rate", self.client_rate)
        if type(self.real_rate) is Decimal and not (
            self.real_rate.is_finite() and abs(self.real_rate.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("real_rate", self.real_rate)


class PhonebookEntry(Record, kw_only=True):
    """A phonebook entry.

    Attributes:
        phonebook: ID of the phonebook entry.
        speed_dial: Speed dial.
        name: Name of the entry.
        number: Number or SIP address.
        callerid: Caller ID override when dialling via speed dial.
        note: Note.
        group: ID of the phonebook group.
        group_name: Name of the phonebook group.
    """

    phonebook: int | None = None
    speed_dial: str | None = None
    name: str | None = None
    number: str | None = None
    callerid: str | None = None
    note: str | None = None
    group: int | None = None
    group_name: str | None = None


class PhonebookGroup(Record, kw_only=True):
    """A phonebook group.

    Attributes:
        phonebook_group: ID of the phonebook group.
        name: Name of the group.
        members: Phonebook entry IDs, semicolon-separated.
    """

    phonebook_group: int | None = None
    name: str | None = None
    members: str | None = None


class PortabilityPlan(Record, kw_only=True):
    """A plan available for a ported number.

    Attributes:
        title: Name of the plan.
        price_per_month: Monthly fee.
        price_per_min: Per-minute rate.
    """

    title: str | None = None
    price_per_month: Decimal | None = None
    price_per_min: Decimal | None = None


class Province(Record, kw_only=True):
    """A Canadian province.

    Attributes:
        province: Province code (e.g. ON).
        description: Province name.
    """

    province: str | None = None
    description: str | None = None


class Queue(Record, kw_only=True):
    """A call queue.

    Attributes:
        queue: ID of the queue.
        queue_name: Name of the queue.
        queue_number: Number of the queue.
        queue_language: Language code.
        queue_password: Password of the queue.
        callerid_prefix: Caller ID prefix.
        join_announcement: Recording played on joining, or none.
        priority_weight: Priority of the queue.
        agent_announcement: Recording played to the agent, or none.
        report_hold_time_agent: Whether the hold time is reported to the agent.
        member_delay: Delay before the agent is connected, or none.
        music_on_hold: Music on hold code.
        maximum_wait_time: Maximum wait in seconds, or unlimited.
        maximum_callers: Maximum callers, or unlimited.
        join_when_empty: Whether callers join a queue without available members.
        leave_when_empty: Whether callers leave a queue without available members.
        ring_strategy: Ring strategy.
        ring_inuse: Whether members already on a call are rung.
        agent_ring_timeout: Seconds to ring an agent.
        retry_timer: Seconds before retrying all members, or none.
        wrapup_time: Seconds before a free agent gets another call, or none.
        voice_announcement: Periodic announcement recording, or none.
        frequency_announcement: Interval of the periodic announcement in seconds, or none.
        announce_position_frecuency: Interval of the position announcement in seconds, or none.
        announce_round_seconds: Rounding of the announced hold time in seconds, or none.
        if_announce_position_enabled_report_estimated_hold_time: Whether the estimated hold time is announced.
        thankyou_for_your_patience: Whether 'Thank you for your patience' is played.
        fail_over_routing_timeout: Routing when the maximum wait time is reached.
        fail_over_routing_full: Routing when the maximum number of callers is reached.
        fail_over_routing_join_empty: Routing when a call arrives at a queue without members.
        fail_over_routing_leave_empty: Routing when the last member leaves with calls waiting.
        fail_over_routing_join_unavail: Routing when a call arrives and all members are unavailable.
        fail_over_routing_leave_unavail: Routing when all remaining members become unavailable.
    """

    __secret_fields__ = frozenset({"queue_password"})

    queue: int | None = None
    queue_name: str | None = None
    queue_number: int | None = None
    queue_language: str | None = None
    queue_password: str | None = None
    callerid_prefix: str | None = None
    join_announcement: str | None = None
    priority_weight: int | None = None
    agent_announcement: str | None = None
    report_hold_time_agent: str | None = None
    member_delay: str | None = None
    music_on_hold: str | None = None
    maximum_wait_time: str | None = None
    maximum_callers: str | None = None
    join_when_empty: str | None = None
    leave_when_empty: QueueEmptyMode | None = None
    ring_strategy: str | None = None
    ring_inuse: YesNo | None = None
    agent_ring_timeout: int | None = None
    retry_timer: str | None = None
    wrapup_time: str | None = None
    voice_announcement: str | None = None
    frequency_announcement: str | None = None
    announce_position_frecuency: str | None = None
    announce_round_seconds: str | None = None
    if_announce_position_enabled_report_estimated_hold_time: YesNoOnce | None = None
    thankyou_for_your_patience: YesNo | None = None
    fail_over_routing_timeout: str | None = None
    fail_over_routing_full: str | None = None
    fail_over_routing_join_empty: str | None = None
    fail_over_routing_leave_empty: str | None = None
    fail_over_routing_join_unavail: str | None = None
    fail_over_routing_leave_unavail: str | None = None


class RateCenter(Record, kw_only=True):
    """A rate center and whether it has numbers.

    Attributes:
        ratecenter: Rate center.
        available: Whether numbers are available.
    """

    ratecenter: str | None = None
    available: YesNo | None = None


class RecordingFile(Record, kw_only=True):
    """A recording file.

    Attributes:
        value: ID of the recording.
        data: File content, Base64-encoded.
    """

    value: int | None = None
    data: str | None = None


class Registration(Record, kw_only=True):
    """A SIP registration on a server.

    Attributes:
        server_name: Name of the server.
        server_shortname: Short name of the server.
        server_hostname: Host name of the server.
        server_ip: IP address of the server.
        server_country: Country of the server.
        server_pop: POP number of the server.
        register_ip: IP address the device registered from.
        register_port: Port the device registered from.
        register_next: Date and time the registration expires, naive, in VoIP.ms's local time (the docs name no
            zone).
        register_protocol: Protocol of the registration (e.g. SIP).
        register_transport: Transport of the registration (e.g. UDP).
    """

    server_name: str | None = None
    server_shortname: str | None = None
    server_hostname: str | None = None
    server_ip: str | None = None
    server_country: str | None = None
    server_pop: int | None = None
    register_ip: str | None = None
    register_port: int | None = None
    register_next: _dt.datetime | None = None
    register_protocol: str | None = None
    register_transport: str | None = None


class RingGroup(Record, kw_only=True):
    """A ring group.

    Attributes:
        ring_group: ID of the ring group.
        name: Name of the ring group.
        caller_announcement: Caller announcement recording ID.
        music_on_hold: Music on hold code.
        language: Language code.
        members: Members, semicolon-separated routings.
        voicemail: Voicemail box.
    """

    ring_group: int | None = None
    name: str | None = None
    caller_announcement: int | None = None
    music_on_hold: str | None = None
    language: str | None = None
    members: str | None = None
    voicemail: str | None = None


class SIPURI(Record, kw_only=True):
    """A SIP URI.

    Attributes:
        sipuri: ID of the SIP URI.
        uri: SIP URI.
        description: Description of the SIP URI.
        callerid_override: Caller ID override.
        callerid_e164: 1 when the caller ID is sent in E.164 form.
    """

    sipuri: int | None = None
    uri: str | None = None
    description: str | None = None
    callerid_override: str | None = None
    callerid_e164: int | None = None


class CallSequence(Record, kw_only=True):
    """A sequence: named steps (recordings to play, DTMF to send, SMS to send) run in order.

    Attributes:
        sequence: ID of the sequence.
        name: Name of the sequence.
        steps: The steps, as VoIP.ms sends them (a list of objects with a type).
    """

    sequence: int | None = None
    name: str | None = None
    steps: object | None = None


class SequenceStep(Record, kw_only=True):
    """One step of a sequence: play a recording (rec), send DTMF tones (dtmf) or send an SMS (sms).

    Attributes:
        type: What the step does: rec, dtmf or sms (the kinds the references show).
        id: rec: ID of the recording to play (e.g. 1234).
        codes: dtmf: the digits to send (e.g. 1234).
        from_: sms: the DID the SMS is sent from.
        to: sms: the number the SMS is sent to.
        msg: sms: the message.
    """

    type: str
    id: str | None = None
    codes: str | None = None
    from_: str | None = None
    to: str | None = None
    msg: str | None = None


class Server(Record, kw_only=True):
    """A VoIP.ms server.

    Attributes:
        server_name: Name of the server.
        server_shortname: Short name of the server.
        server_hostname: Host name of the server.
        server_ip: IP address of the server.
        server_country: Country of the server.
        server_pop: POP number of the server.
        server_recommended: Whether the server is recommended (Yes/No).
    """

    server_name: str | None = None
    server_shortname: str | None = None
    server_hostname: str | None = None
    server_ip: str | None = None
    server_country: str | None = None
    server_pop: int | None = None
    server_recommended: str | None = None


class SmsMessage(Record, kw_only=True):
    """An SMS message.

    Attributes:
        id: ID of the message.
        date: Date and time of the message, naive, at the UTC offset given as the call's timezone, else in VoIP.ms's
            local time.
        type: Direction: 1 = received, 0 = sent.
        did: DID of the message.
        contact: Number of the other party.
        message: Text of the message.
        carrier_status: Delivery status reported by the carrier.
    """

    id: int | None = None
    date: _dt.datetime | None = None
    type: int | None = None
    did: str | None = None
    contact: str | None = None
    message: str | None = None
    carrier_status: str | None = None


class State(Record, kw_only=True):
    """A USA state.

    Attributes:
        state: State code (e.g. AL).
        description: State name.
    """

    state: str | None = None
    description: str | None = None


class StaticMember(Record, kw_only=True):
    """A static member of a queue.

    Attributes:
        member: ID of the member.
        queue_number: Queue of the member.
        name: Description of the member.
        account: Routing of the member (e.g. SIP/10000_johnsmith).
        priority: Priority for getting calls first.
    """

    member: int | None = None
    queue_number: int | None = None
    name: str | None = None
    account: str | None = None
    priority: int | None = None


class SubAccount(Record, kw_only=True):
    """A sub account with its settings.

    Attributes:
        id: ID of the sub account.
        account: Name of the sub account (e.g. 100000_VoIP).
        username: User name.
        description: Description of the sub account.
        protocol: Protocol code.
        auth_type: Authentication type code.
        password: Password of the sub account.
        ip: IP address, for IP authentication.
        device_type: Device type code.
        callerid_number: Caller ID number override.
        canada_routing: Route code for calls to Canada.
        lock_international: International lock code.
        international_route: Route code for international calls.
        music_on_hold: Music on hold code.
        language: Language code.
        allowed_codecs: Allowed codecs, semicolon-separated.
        dtmf_mode: DTMF mode code.
        nat: NAT mode code.
        sip_traffic: 1 when SIP traffic is encrypted.
        max_expiry: Max registration expiry in seconds.
        rtp_timeout: RTP timeout in seconds.
        rtp_hold_timeout: RTP hold timeout in seconds.
        ip_restriction: IPs, networks or host names allowed to place outgoing calls.
        enable_ip_restriction: 1 when the IP restriction is enabled.
        pop_restriction: POPs allowed to place outgoing calls.
        enable_pop_restriction: 1 when the POP restriction is enabled.
        send_bye: 1 when BYE is sent on transfer.
        record_calls: 1 when calls are recorded.
        internal_extension: Internal extension.
        internal_voicemail: Internal voicemail box.
        internal_dialtime: Internal dial timeout in seconds.
        reseller_client: Reseller client ID.
        reseller_package: Reseller package ID.
        reseller_nextbilling: Next billing date of the reseller client (VoIP.ms's calendar day, no time or zone).
        transcribe: 1 when calls are transcribed.
        transcription_locale: Transcription locale codes.
        transcription_redaction: Whether transcriptions are redacted.
        transcription_summary: Whether a summary is added.
        transcription_sentiment: Whether sentiment analysis is added.
        transcription_email: E-mail address receiving transcriptions.
        parking_lot: ID of the call parking.
        enable_internal_cnam: 1 when the internal caller ID name is enabled.
        internal_cnam: Internal caller ID name.
        tfcarrier: Carrier code for toll-free calls.
        default_e911: Default e911 caller ID.
        call_pickup_behavior: Call pickup behaviour code.
    """

    __secret_fields__ = frozenset({"password"})

    id: int | None = None
    account: str | None = None
    username: str | None = None
    description: str | None = None
    protocol: int | None = None
    auth_type: int | None = None
    password: str | None = None
    ip: str | None = None
    device_type: int | None = None
    callerid_number: str | None = None
    canada_routing: int | None = None
    lock_international: int | None = None
    international_route: int | None = None
    music_on_hold: str | None = None
    language: str | None = None
    allowed_codecs: str | None = None
    dtmf_mode: str | None = None
    nat: str | None = None
    sip_traffic: int | None = None
    max_expiry: int | None = None
    rtp_timeout: int | None = None
    rtp_hold_timeout: int | None = None
    ip_restriction: str | None = None
    enable_ip_restriction: int | None = None
    pop_restriction: str | None = None
    enable_pop_restriction: int | None = None
    send_bye: int | None = None
    record_calls: int | None = None
    internal_extension: str | None = None
    internal_voicemail: str | None = None
    internal_dialtime: int | None = None
    reseller_client: str | None = None
    reseller_package: str | None = None
    reseller_nextbilling: _dt.date | None = None
    transcribe: int | None = None
    transcription_locale: str | None = None
    transcription_redaction: YesNo | None = None
    transcription_summary: YesNo | None = None
    transcription_sentiment: YesNo | None = None
    transcription_email: str | None = None
    parking_lot: int | None = None
    enable_internal_cnam: int | None = None
    internal_cnam: str | None = None
    tfcarrier: int | None = None
    default_e911: str | None = None
    call_pickup_behavior: str | None = None


class TerminationRate(Record, kw_only=True):
    """A termination rate.

    Attributes:
        destination: Destination name (e.g. Canada - 204 Manitoba).
        prefix: Dialling prefix.
        increment: Billing increment in seconds.
        rate: Per-minute rate.
    """

    destination: str | None = None
    prefix: str | None = None
    increment: int | None = None
    rate: Decimal | None = None

    def __post_init__(self) -> None:
        if type(self.rate) is Decimal and not (self.rate.is_finite() and abs(self.rate.adjusted()) <= DECIMAL_LIMIT):
            refuse_decimal("rate", self.rate)


class TimeCondition(Record, kw_only=True):
    """A time condition.

    Attributes:
        timecondition: ID of the time condition.
        name: Name of the time condition.
        routing_match: Routing when the condition matches.
        routing_nomatch: Routing when the condition does not match.
        starthour: Start hours, semicolon-separated.
        startminute: Start minutes, semicolon-separated.
        endhour: End hours, semicolon-separated.
        endminute: End minutes, semicolon-separated.
        weekdaystart: Start week days, semicolon-separated.
        weekdayend: End week days, semicolon-separated.
    """

    timecondition: int | None = None
    name: str | None = None
    routing_match: str | None = None
    routing_nomatch: str | None = None
    starthour: str | None = None
    startminute: str | None = None
    endhour: str | None = None
    endminute: str | None = None
    weekdaystart: str | None = None
    weekdayend: str | None = None


class TollFreeCanUSNumber(Record, kw_only=True):
    """A USA/Canada toll-free number available for order.

    Attributes:
        did: DID number.
        monthly: Monthly fee.
        minute: Per-minute rate.
        setup: Setup fee.
    """

    did: str | None = None
    monthly: Decimal | None = None
    minute: Decimal | None = None
    setup: Decimal | None = None

    def __post_init__(self) -> None:
        if type(self.monthly) is Decimal and not (
            self.monthly.is_finite() and abs(self.monthly.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("monthly", self.monthly)
        if type(self.minute) is Decimal and not (
            self.minute.is_finite() and abs(self.minute.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("minute", self.minute)
        if type(self.setup) is Decimal and not (self.setup.is_finite() and abs(self.setup.adjusted()) <= DECIMAL_LIMIT):
            refuse_decimal("setup", self.setup)


class TollFreeUSANumber(Record, kw_only=True):
    """A USA toll-free number available for order.

    Attributes:
        did: DID number.
        monthly: Monthly fee.
        minute_usa: Per-minute rate from the USA.
        minute_canada: Per-minute rate from Canada.
        minute_puertorico: Per-minute rate from Puerto Rico.
        minute_alaska: Per-minute rate from Alaska.
        setup: Setup fee.
    """

    did: str | None = None
    monthly: Decimal | None = None
    minute_usa: Decimal | None = None
    minute_canada: Decimal | None = None
    minute_puertorico: Decimal | None = None
    minute_alaska: Decimal | None = None
    setup: Decimal | None = None

    def __post_init__(self) -> None:
        if type(self.monthly) is Decimal and not (
            self.monthly.is_finite() and abs(self.monthly.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("monthly", self.monthly)
        if type(self.minute_usa) is Decimal and not (
            self.minute_usa.is_finite() and abs(self.minute_usa.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("minute_usa", self.minute_usa)
        if type(self.minute_canada) is Decimal and not (
            self.minute_canada.is_finite() and abs(self.minute_canada.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("minute_canada", self.minute_canada)
        if type(self.minute_puertorico) is Decimal and not (
            self.minute_puertorico.is_finite() and abs(self.minute_puertorico.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("minute_puertorico", self.minute_puertorico)
        if type(self.minute_alaska) is Decimal and not (
            self.minute_alaska.is_finite() and abs(self.minute_alaska.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("minute_alaska", self.minute_alaska)
        if type(self.setup) is Decimal and not (self.setup.is_finite() and abs(self.setup.adjusted()) <= DECIMAL_LIMIT):
            refuse_decimal("setup", self.setup)


class Transaction(Record, kw_only=True):
    """An account transaction.

    Attributes:
        date: Date and time of the transaction, naive, in VoIP.ms's local time (the docs name no zone).
        uniqueid: Unique ID of the transaction.
        type: Type of the transaction.
        description: Description.
        ammount: Amount of the transaction (wire name misspelt by the provider).
    """

    date: _dt.datetime | None = None
    uniqueid: str | None = None
    type: str | None = None
    description: str | None = None
    ammount: Decimal | None = None

    def __post_init__(self) -> None:
        if type(self.ammount) is Decimal and not (
            self.ammount.is_finite() and abs(self.ammount.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("ammount", self.ammount)


class VPRI(Record, kw_only=True):
    """A vPRI.

    Attributes:
        vpri: ID of the vPRI.
        name: Name of the vPRI.
        note: Note.
        channels: Number of channels.
        monthly_fee: Monthly fee.
        next_billing: Next billing date (VoIP.ms's calendar day, no time or zone).
        burst_enabled: 1 when bursting is enabled.
        burst_max_channels: Maximum channels when bursting.
        burst_percentage_charge: Percentage charged for burst channels.
    """

    vpri: int | None = None
    name: str | None = None
    note: str | None = None
    channels: int | None = None
    monthly_fee: Decimal | None = None
    next_billing: _dt.date | None = None
    burst_enabled: int | None = None
    burst_max_channels: int | None = None
    burst_percentage_charge: int | None = None

    def __post_init__(self) -> None:
        if type(self.monthly_fee) is Decimal and not (
            self.monthly_fee.is_finite() and abs(self.monthly_fee.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("monthly_fee", self.monthly_fee)


class ValueDescription(Record, kw_only=True):
    """One option of a lookup list: a code and its name.

    Attributes:
        value: Code, to pass back as a parameter.
        description: Human-readable name.
    """

    value: str | None = None
    description: str | None = None


class VanityNumber(Record, kw_only=True):
    """A vanity number available for order.

    Attributes:
        did: DID number.
        monthly_american: Monthly fee, American carrier.
        monthly_canadian: Monthly fee, Canadian carrier.
        minute_american_usa: Per-minute rate from the USA, American carrier.
        minute_american_canada: Per-minute rate from Canada, American carrier.
        minute_canadian: Per-minute rate, Canadian carrier.
        setup_american: Setup fee, American carrier.
        setup_canadian: Setup fee, Canadian carrier.
    """

    did: str | None = None
    monthly_american: Decimal | None = None
    monthly_canadian: Decimal | None = None
    minute_american_usa: Decimal | None = None
    minute_american_canada: Decimal | None = None
    minute_canadian: Decimal | None = None
    setup_american: Decimal | None = None
    setup_canadian: Decimal | None = None

    def __post_init__(self) -> None:
        if type(self.monthly_american) is Decimal and not (
            self.monthly_american.is_finite() and abs(self.monthly_american.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("monthly_american", self.monthly_american)
        if type(self.monthly_canadian) is Decimal and not (
            self.monthly_canadian.is_finite() and abs(self.monthly_canadian.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("monthly_canadian", self.monthly_canadian)
        if type(self.minute_american_usa) is Decimal and not (
            self.minute_american_usa.is_finite() and abs(self.minute_american_usa.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("minute_american_usa", self.minute_american_usa)
        if type(self.minute_american_canada) is Decimal and not (
            self.minute_american_canada.is_finite() and abs(self.minute_american_canada.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("minute_american_canada", self.minute_american_canada)
        if type(self.minute_canadian) is Decimal and not (
            self.minute_canadian.is_finite() and abs(self.minute_canadian.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("minute_canadian", self.minute_canadian)
        if type(self.setup_american) is Decimal and not (
            self.setup_american.is_finite() and abs(self.setup_american.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("setup_american", self.setup_american)
        if type(self.setup_canadian) is Decimal and not (
            self.setup_canadian.is_finite() and abs(self.setup_canadian.adjusted()) <= DECIMAL_LIMIT
        ):
            refuse_decimal("setup_canadian", self.setup_canadian)


class Voicemail(Record, kw_only=True):
    """A voicemail box with its settings.

    Attributes:
        mailbox: Mailbox number.
        name: Name of the mailbox.
        password: Password of the mailbox.
        skip_password: 1 when the password prompt is skipped.
        email: E-mail addresses receiving messages.
        attach_message: Whether the audio file is attached to e-mails.
        delete_message: Whether messages are deleted once e-mailed.
        say_time: Whether the time stamp is announced.
        timezone: Time zone of the mailbox.
        say_callerid: Whether the caller ID is announced.
        play_instructions: Play instructions code.
        language: Language code.
        email_attachment_format: E-mail attachment format.
        unavailable_message_recording: Recording for the unavailable message.
        new: Number of new messages.
        urgent: Number of urgent messages.
        transcription: Whether transcription is enabled.
        transcription_locale: Transcription locale codes.
        transcription_redaction: Whether transcriptions are redacted.
        transcription_sentiment: Whether sentiment analysis is added.
        transcription_summary: Whether a summary is added.
        transcription_format: Transcription format.
        transcription_delay: Seconds before transcription starts.
    """

    __secret_fields__ = frozenset({"password"})

    mailbox: str | None = None
    name: str | None = None
    password: str | None = None
    skip_password: int | None = None
    email: str | None = None
    attach_message: YesNo | None = None
    delete_message: YesNo | None = None
    say_time: YesNo | None = None
    timezone: str | None = None
    say_callerid: YesNo | None = None
    play_instructions: str | None = None
    language: str | None = None
    email_attachment_format: str | None = None
    unavailable_message_recording: int | None = None
    new: int | None = None
    urgent: int | None = None
    transcription: YesNo | None = None
    transcription_locale: str | None = None
    transcription_redaction: YesNo | None = None
    transcription_sentiment: YesNo | None = None
    transcription_summary: YesNo | None = None
    transcription_format: TranscriptionFormat | None = None
    transcription_delay: int | None = None


class VoicemailMessage(Record, kw_only=True):
    """A voicemail message.

    Attributes:
        mailbox: Mailbox number.
        folder: Folder name.
        message_num: Number of the message in the folder.
        date: Date and time of the message, naive, in VoIP.ms's local time (the docs name no zone).
        callerid: Caller ID (name and number).
        duration: Duration (hh:mm:ss).
        urgent: Whether the message is urgent.
        listened: Whether the message was listened to.
    """

    mailbox: str | None = None
    folder: str | None = None
    message_num: int | None = None
    date: _dt.datetime | None = None
    callerid: str | None = None
    duration: str | None = None
    urgent: YesNo | None = None
    listened: YesNo | None = None


class VoicemailMessageFile(Record, kw_only=True):
    """A voicemail message file.

    Attributes:
        mailbox: Mailbox number.
        folder: Folder name.
        message_num: Number of the message in the folder.
        data: File content, Base64-encoded.
    """

    mailbox: str | None = None
    folder: str | None = None
    message_num: int | None = None
    data: str | None = None


class VoicemailTranscription(Record, kw_only=True):
    """A voicemail transcription.

    Attributes:
        date: Date and time of the message.
        callerid: Caller ID.
        duration: Duration of the message.
        folder: Folder of the message.
        result: Text of the transcription.
    """

    date: str | None = None
    callerid: str | None = None
    duration: str | None = None
    folder: str | None = None
    result: str | None = None


class AddLNPFileResponse(Record, kw_only=True):
    """What addLNPFile returns.

    Attributes:
        attachment: ID of the attachment created.
    """

    attachment: int | None = None


class AddLNPPortResponse(Record, kw_only=True):
    """What addLNPPort returns.

    Attributes:
        port: ID of the port order created.
    """

    port: int | None = None


class AddMemberToConferenceResponse(Record, kw_only=True):
    """What addMemberToConference returns.

    Attributes:
        member: ID of the member.
    """

    member: int | None = None


class AssignDIDvPRIResponse(Record, kw_only=True):
    """What assignDIDvPRI returns.

    Attributes:
        vpri: ID of the vPRI.
        did_added: The DID assigned.
        monthly: Monthly fee of the vPRI.
    """

    vpri: int | None = None
    did_added: str | None = None
    monthly: Decimal | None = None


class CancelFaxNumberResponse(Record, kw_only=True):
    """What cancelFaxNumber returns.

    Attributes:
        deleted_did: The fax number cancelled.
    """

    deleted_did: str | None = None


class CreateSubAccountResponse(Record, kw_only=True):
    """What createSubAccount returns.

    Attributes:
        id: ID of the sub account created.
        account: Name of the sub account created (e.g. 100000_VoIP).
    """

    id: int | None = None
    account: str | None = None


class E911AddressTypesResponse(Record, kw_only=True):
    """What e911AddressTypes returns.

    Attributes:
        types: The options, each a code and its name.
    """

    types: tuple[ValueDescription, ...] = ()


class E911InfoResponse(Record, kw_only=True):
    """What e911Info returns.

    Attributes:
        info: The e911 record of the DID.
    """

    info: E911Info | None = None


class GetAllowedCodecsResponse(Record, kw_only=True):
    """What getAllowedCodecs returns.

    Attributes:
        allowed_codecs: The options, each a code and its name.
    """

    allowed_codecs: tuple[ValueDescription, ...] = ()


class GetAuthTypesResponse(Record, kw_only=True):
    """What getAuthTypes returns.

    Attributes:
        auth_types: The options, each a code and its name.
    """

    auth_types: tuple[ValueDescription, ...] = ()


class GetBackOrdersResponse(Record, kw_only=True):
    """What getBackOrders returns.

    Attributes:
        quantity: Number of back orders.
        back_orders: The back orders found.
    """

    quantity: int | None = None
    back_orders: tuple[BackOrder, ...] = ()


class GetBalanceManagementResponse(Record, kw_only=True):
    """What getBalanceManagement returns.

    Attributes:
        balance_management: The options, each a code and its name.
    """

    balance_management: tuple[ValueDescription, ...] = ()


class GetBalanceResponse(Record, kw_only=True):
    """What getBalance returns.

    Attributes:
        balance: Balance, with call statistics when advanced is set.
    """

    balance: Balance | None = None


class GetCDRResponse(Record, kw_only=True):
    """What getCDR returns.

    Attributes:
        cdr: The call detail records found.
    """

    cdr: tuple[CallDetailRecord, ...] = ()


class GetCallAccountsResponse(Record, kw_only=True):
    """What getCallAccounts returns.

    Attributes:
        accounts: The options, each a code and its name.
    """

    accounts: tuple[ValueDescription, ...] = ()


class GetCallBillingResponse(Record, kw_only=True):
    """What getCallBilling returns.

    Attributes:
        call_billing: The options, each a code and its name.
    """

    call_billing: tuple[ValueDescription, ...] = ()


class GetCallHuntingsResponse(Record, kw_only=True):
    """What getCallHuntings returns.

    Attributes:
        call_hunting: The call hunting entries found.
    """

    call_hunting: tuple[CallHunting, ...] = ()


class GetCallParkingResponse(Record, kw_only=True):
    """What getCallParking returns.

    Attributes:
        call_hunting: The call parking entries found.
    """

    call_hunting: tuple[CallParking, ...] = ()


class GetCallRecordingResponse(Record, kw_only=True):
    """What getCallRecording returns.

    Attributes:
        callrecording: ID of the call recording.
        datetime: Date and time of the call, naive, in VoIP.ms's local time (the docs name no zone).
        destination: Other party of the call.
        type: Direction of the call (e.g. Incoming).
        subaccount: Sub account of the call.
        duration: Duration (mm:ss).
        base64_file: MP3 file, Base64-encoded.
    """

    callrecording: str | None = None
    datetime: _dt.datetime | None = None
    destination: str | None = None
    type: str | None = None
    subaccount: int | None = None
    duration: str | None = None
    base64_file: str | None = None


class GetCallRecordingsResponse(Record, kw_only=True):
    """What getCallRecordings returns.

    Attributes:
        recordings: The call recordings found.
    """

    recordings: tuple[CallRecording, ...] = ()


class GetCallTranscriptionsResponse(Record, kw_only=True):
    """What getCallTranscriptions returns.

    Attributes:
        transcriptions: The call transcriptions found.
    """

    transcriptions: tuple[CallTranscription, ...] = ()


class GetCallTypesResponse(Record, kw_only=True):
    """What getCallTypes returns.

    Attributes:
        call_types: The options, each a code and its name.
    """

    call_types: tuple[ValueDescription, ...] = ()


class GetCallbacksResponse(Record, kw_only=True):
    """What getCallbacks returns.

    Attributes:
        callbacks: The callback entries found.
    """

    callbacks: tuple[Callback, ...] = ()


class GetCallerIDFilteringResponse(Record, kw_only=True):
    """What getCallerIDFiltering returns.

    Attributes:
        filtering: The caller ID filterings found.
    """

    filtering: tuple[CallerIDFiltering, ...] = ()


class GetCarriersResponse(Record, kw_only=True):
    """What getCarriers returns.

    Attributes:
        carriers: The options, each a code and its name.
    """

    carriers: tuple[ValueDescription, ...] = ()


class GetChargesResponse(Record, kw_only=True):
    """What getCharges returns.

    Attributes:
        charges: The transactions found.
    """

    charges: tuple[ClientTransaction, ...] = ()


class GetClientPackagesResponse(Record, kw_only=True):
    """What getClientPackages returns.

    Attributes:
        packages: The options, each a code and its name.
    """

    packages: tuple[ValueDescription, ...] = ()


class GetClientThresholdResponse(Record, kw_only=True):
    """What getClientThreshold returns.

    Attributes:
        threshold_information: The threshold settings.
    """

    threshold_information: ClientThreshold | None = None


class GetClientsResponse(Record, kw_only=True):
    """What getClients returns.

    Attributes:
        clients: The clients found.
    """

    clients: tuple[ResellerClient, ...] = ()


class GetConferenceMembersResponse(Record, kw_only=True):
    """What getConferenceMembers returns.

    Attributes:
        members: The conference members found.
    """

    members: tuple[ConferenceMember, ...] = ()


class GetConferenceRecordingFileResponse(Record, kw_only=True):
    """What getConferenceRecordingFile returns.

    Attributes:
        recording: The conference recording file.
    """

    recording: tuple[ConferenceRecordingFile, ...] = ()


class GetConferenceRecordingsResponse(Record, kw_only=True):
    """What getConferenceRecordings returns.

    Attributes:
        recordings: The conference recordings found.
    """

    recordings: tuple[ConferenceRecording, ...] = ()


class GetConferenceResponse(Record, kw_only=True):
    """What getConference returns.

    Attributes:
        conference: The conferences found.
    """

    conference: tuple[Conference, ...] = ()


class GetCountriesResponse(Record, kw_only=True):
    """What getCountries returns.

    Attributes:
        countries: The options, each a code and its name.
    """

    countries: tuple[ValueDescription, ...] = ()


class GetDIDCountriesResponse(Record, kw_only=True):
    """What getDIDCountries returns.

    Attributes:
        countries: The options, each a code and its name.
    """

    countries: tuple[ValueDescription, ...] = ()


class GetDIDsCANResponse(Record, kw_only=True):
    """What getDIDsCAN returns.

    Attributes:
        dids: The available Canadian DIDs found.
    """

    dids: tuple[AvailableDIDCAN, ...] = ()


class GetDIDsInfoResponse(Record, kw_only=True):
    """What getDIDsInfo returns.

    Attributes:
        dids: The DIDs found.
    """

    dids: tuple[DIDInfo, ...] = ()


class GetDIDsInternationalGeographicResponse(Record, kw_only=True):
    """What getDIDsInternationalGeographic returns.

    Attributes:
        locations: The locations found.
    """

    locations: tuple[InternationalLocation, ...] = ()


class GetDIDsInternationalNationalResponse(Record, kw_only=True):
    """What getDIDsInternationalNational returns.

    Attributes:
        locations: The locations found.
    """

    locations: tuple[InternationalLocation, ...] = ()


class GetDIDsInternationalTollFreeResponse(Record, kw_only=True):
    """What getDIDsInternationalTollFree returns.

    Attributes:
        locations: The locations found.
    """

    locations: tuple[InternationalLocation, ...] = ()


class GetDIDsUSAResponse(Record, kw_only=True):
    """What getDIDsUSA returns.

    Attributes:
        dids: The available USA DIDs found.
    """

    dids: tuple[AvailableDIDUSA, ...] = ()


class GetDIDvPRIResponse(Record, kw_only=True):
    """What getDIDvPRI returns.

    Attributes:
        dids: DIDs assigned to the vPRI.
    """

    dids: tuple[str, ...] = ()


class GetDISAsResponse(Record, kw_only=True):
    """What getDISAs returns.

    Attributes:
        disa: The DISAs found.
    """

    disa: tuple[DISA, ...] = ()


class GetDTMFModesResponse(Record, kw_only=True):
    """What getDTMFModes returns.

    Attributes:
        dtmf_modes: The options, each a code and its name.
    """

    dtmf_modes: tuple[ValueDescription, ...] = ()


class GetDepositsResponse(Record, kw_only=True):
    """What getDeposits returns.

    Attributes:
        deposits: The transactions found.
    """

    deposits: tuple[ClientTransaction, ...] = ()


class GetDeviceTypesResponse(Record, kw_only=True):
    """What getDeviceTypes returns.

    Attributes:
        device_types: The options, each a code and its name.
    """

    device_types: tuple[ValueDescription, ...] = ()


class GetEmailToFaxResponse(Record, kw_only=True):
    """What getEmailToFax returns.

    Attributes:
        email_to_fax: The email-to-fax configurations found.
    """

    email_to_fax: tuple[EmailToFax, ...] = ()


class GetFaxFoldersResponse(Record, kw_only=True):
    """What getFaxFolders returns.

    Attributes:
        folders: The fax folders found.
    """

    folders: tuple[FaxFolder, ...] = ()


class GetFaxMessagePDFResponse(Record, kw_only=True):
    """What getFaxMessagePDF returns.

    Attributes:
        message_base64: PDF of the fax, Base64-encoded.
    """

    message_base64: str | None = None


class GetFaxMessagesResponse(Record, kw_only=True):
    """What getFaxMessages returns.

    Attributes:
        faxes: The fax messages found.
    """

    faxes: tuple[FaxMessage, ...] = ()


class GetFaxNumbersInfoResponse(Record, kw_only=True):
    """What getFaxNumbersInfo returns.

    Attributes:
        numbers: The fax numbers found.
    """

    numbers: tuple[FaxNumber, ...] = ()


class GetFaxNumbersPortabilityResponse(Record, kw_only=True):
    """What getFaxNumbersPortability returns.

    Attributes:
        get_fax_numbers_portability: Whether the fax number can be ported.
    """

    get_fax_numbers_portability: YesNo | None = None


class GetFaxProvincesResponse(Record, kw_only=True):
    """What getFaxProvinces returns.

    Attributes:
        provinces: The fax provinces found.
    """

    provinces: tuple[FaxProvince, ...] = ()


class GetFaxRateCentersCANResponse(Record, kw_only=True):
    """What getFaxRateCentersCAN returns.

    Attributes:
        ratecenters: The fax rate centers found.
    """

    ratecenters: tuple[FaxRateCenter, ...] = ()


class GetFaxRateCentersUSAResponse(Record, kw_only=True):
    """What getFaxRateCentersUSA returns.

    Attributes:
        ratecenters: The fax rate centers found.
    """

    ratecenters: tuple[FaxRateCenter, ...] = ()


class GetFaxStatesResponse(Record, kw_only=True):
    """What getFaxStates returns.

    Attributes:
        states: The fax states found.
    """

    states: tuple[FaxState, ...] = ()


class GetForwardingsResponse(Record, kw_only=True):
    """What getForwardings returns.

    Attributes:
        forwardings: The forwarding entries found.
    """

    forwardings: tuple[Forwarding, ...] = ()


class GetInvoiceResponse(Record, kw_only=True):
    """What getInvoice returns.

    Attributes:
        url: URL of the invoice's PDF file (the key is assumed: no answer is documented).
    """

    url: str | None = None


class GetIPResponse(Record, kw_only=True):
    """What getIP returns.

    Attributes:
        ip: IP address the API sees for this client.
    """

    ip: str | None = None


class GetIVRsResponse(Record, kw_only=True):
    """What getIVRs returns.

    Attributes:
        ivrs: The IVRs found.
    """

    ivrs: tuple[IVR, ...] = ()


class GetInternationalTypesResponse(Record, kw_only=True):
    """What getInternationalTypes returns.

    Attributes:
        types: The options, each a code and its name.
    """

    types: tuple[ValueDescription, ...] = ()


class GetJoinWhenEmptyTypesResponse(Record, kw_only=True):
    """What getJoinWhenEmptyTypes returns.

    Attributes:
        types: The options, each a code and its name.
    """

    types: tuple[ValueDescription, ...] = ()


class GetLNPAttachListResponse(Record, kw_only=True):
    """What getLNPAttachList returns.

    Attributes:
        list: The attachments found.
    """

    list: tuple[LNPAttachment, ...] = ()


class GetLNPAttachResponse(Record, kw_only=True):
    """What getLNPAttach returns.

    Attributes:
        type: File type (e.g. pdf).
        size: Size in bytes.
        base64: File content, Base64-encoded.
    """

    type: str | None = None
    size: int | None = None
    base64: str | None = None


class GetLNPListResponse(Record, kw_only=True):
    """What getLNPList returns.

    Attributes:
        list: The port orders found.
    """

    list: tuple[LNPPort, ...] = ()


class GetLNPListStatusResponse(Record, kw_only=True):
    """What getLNPListStatus returns.

    Attributes:
        list_status: Status descriptions keyed by status code.
    """

    list_status: object | None = None


class GetLNPNotesResponse(Record, kw_only=True):
    """What getLNPNotes returns.

    Attributes:
        list: The notes found.
    """

    list: tuple[LNPNote, ...] = ()


class GetLNPStatusResponse(Record, kw_only=True):
    """What getLNPStatus returns.

    Attributes:
        post_status: Status code of the port order.
        post_status_description: Status of the port order, in words.
    """

    post_status: str | None = None
    post_status_description: str | None = None


class GetLanguagesResponse(Record, kw_only=True):
    """What getLanguages returns.

    Attributes:
        languages: The options, each a code and its name.
    """

    languages: tuple[ValueDescription, ...] = ()


class GetLocalesResponse(Record, kw_only=True):
    """What getLocales returns.

    Attributes:
        locales: The options, each a code and its name.
    """

    locales: tuple[ValueDescription, ...] = ()


class GetLocationsResponse(Record, kw_only=True):
    """What getLocations returns.

    Attributes:
        locations: Names of the internal extension locations.
    """

    locations: tuple[str, ...] = ()


class GetLockInternationalResponse(Record, kw_only=True):
    """What getLockInternational returns.

    Attributes:
        lock_international: The options, each a code and its name.
    """

    lock_international: tuple[ValueDescription, ...] = ()


class GetMMSResponse(Record, kw_only=True):
    """What getMMS returns.

    Attributes:
        sms: The MMS messages found.
    """

    sms: tuple[MmsMessage, ...] = ()


class GetMediaMMSResponse(Record, kw_only=True):
    """What getMediaMMS returns.

    Attributes:
        id: ID of the message.
        date: Date and time of the message, naive, in VoIP.ms's local time (the docs name no zone).
        media: The media URLs, as an array or an object keyed by position.
    """

    id: int | None = None
    date: _dt.datetime | None = None
    media: object | None = None


class GetMusicOnHoldResponse(Record, kw_only=True):
    """What getMusicOnHold returns.

    Attributes:
        music_on_hold: The music on hold options found.
    """

    music_on_hold: tuple[MusicOnHold, ...] = ()


class GetNATResponse(Record, kw_only=True):
    """What getNAT returns.

    Attributes:
        nat: The options, each a code and its name.
    """

    nat: tuple[ValueDescription, ...] = ()


class GetPackagesResponse(Record, kw_only=True):
    """What getPackages returns.

    Attributes:
        packages: The packages found.
    """

    packages: tuple[Package, ...] = ()


class GetPhonebookGroupsResponse(Record, kw_only=True):
    """What getPhonebookGroups returns.

    Attributes:
        phonebooks: The phonebook groups found.
    """

    phonebooks: tuple[PhonebookGroup, ...] = ()


class GetPhonebookResponse(Record, kw_only=True):
    """What getPhonebook returns.

    Attributes:
        phonebooks: The phonebook entries found.
    """

    phonebooks: tuple[PhonebookEntry, ...] = ()


class GetPlayInstructionsResponse(Record, kw_only=True):
    """What getPlayInstructions returns.

    Attributes:
        play_instructions: The options, each a code and its name.
    """

    play_instructions: tuple[ValueDescription, ...] = ()


class GetPortabilityResponse(Record, kw_only=True):
    """What getPortability returns.

    Attributes:
        portable: Whether the number can be ported.
        sms: Whether SMS can be enabled on the ported number.
        plans: The portability plans found.
    """

    portable: YesNo | None = None
    sms: YesNo | None = None
    plans: tuple[PortabilityPlan, ...] = ()


class GetProtocolsResponse(Record, kw_only=True):
    """What getProtocols returns.

    Attributes:
        protocols: The options, each a code and its name.
    """

    protocols: tuple[ValueDescription, ...] = ()


class GetProvincesResponse(Record, kw_only=True):
    """What getProvinces returns.

    Attributes:
        provinces: The provinces found.
    """

    provinces: tuple[Province, ...] = ()


class GetQueuesResponse(Record, kw_only=True):
    """What getQueues returns.

    Attributes:
        queues: The queues found.
    """

    queues: tuple[Queue, ...] = ()


class GetRateCentersCANResponse(Record, kw_only=True):
    """What getRateCentersCAN returns.

    Attributes:
        ratecenters: The rate centers found.
    """

    ratecenters: tuple[RateCenter, ...] = ()


class GetRateCentersUSAResponse(Record, kw_only=True):
    """What getRateCentersUSA returns.

    Attributes:
        ratecenters: The rate centers found.
    """

    ratecenters: tuple[RateCenter, ...] = ()


class GetRatesResponse(Record, kw_only=True):
    """What getRates returns.

    Attributes:
        rates: The rates found.
    """

    rates: tuple[PackageRate, ...] = ()


class GetRecordingFileResponse(Record, kw_only=True):
    """What getRecordingFile returns.

    Attributes:
        recordings: The recording file.
    """

    recordings: tuple[RecordingFile, ...] = ()


class GetRecordingsResponse(Record, kw_only=True):
    """What getRecordings returns.

    Attributes:
        recordings: The options, each a code and its name.
    """

    recordings: tuple[ValueDescription, ...] = ()


class GetRegistrationStatusResponse(Record, kw_only=True):
    """What getRegistrationStatus returns.

    Attributes:
        registered: Whether the account is registered.
        rerouted: 1 when the registration was rerouted.
        from_server_pop: POP the registration was rerouted from.
        registrations: The registrations found.
    """

    registered: YesNo | None = None
    rerouted: int | None = None
    from_server_pop: int | None = None
    registrations: tuple[Registration, ...] = ()


class GetReportEstimatedHoldTimeResponse(Record, kw_only=True):
    """What getReportEstimatedHoldTime returns.

    Attributes:
        types: The options, each a code and its name.
    """

    types: tuple[ValueDescription, ...] = ()


class GetResellerBalanceResponse(Record, kw_only=True):
    """What getResellerBalance returns.

    Attributes:
        balance: Balance and call statistics of the client.
    """

    balance: Balance | None = None


class GetResellerCDRResponse(Record, kw_only=True):
    """What getResellerCDR returns.

    Attributes:
        cdr: The call detail records found.
    """

    cdr: tuple[CallDetailRecord, ...] = ()


class GetResellerMMSResponse(Record, kw_only=True):
    """What getResellerMMS returns.

    Attributes:
        sms: The MMS messages found.
    """

    sms: tuple[MmsMessage, ...] = ()


class GetResellerSMSResponse(Record, kw_only=True):
    """What getResellerSMS returns.

    Attributes:
        sms: The SMS messages found.
    """

    sms: tuple[SmsMessage, ...] = ()


class GetRingGroupsResponse(Record, kw_only=True):
    """What getRingGroups returns.

    Attributes:
        ring_groups: The ring groups found.
    """

    ring_groups: tuple[RingGroup, ...] = ()


class GetRingStrategiesResponse(Record, kw_only=True):
    """What getRingStrategies returns.

    Attributes:
        strategies: The options, each a code and its name.
    """

    strategies: tuple[ValueDescription, ...] = ()


class GetRoutesResponse(Record, kw_only=True):
    """What getRoutes returns.

    Attributes:
        routes: The options, each a code and its name.
    """

    routes: tuple[ValueDescription, ...] = ()


class GetSIPURIsResponse(Record, kw_only=True):
    """What getSIPURIs returns.

    Attributes:
        sipuris: The SIP URIs found.
    """

    sipuris: tuple[SIPURI, ...] = ()


class GetSMSResponse(Record, kw_only=True):
    """What getSMS returns.

    Attributes:
        sms: The SMS messages found.
    """

    sms: tuple[SmsMessage, ...] = ()


class GetSequencesResponse(Record, kw_only=True):
    """What getSequences returns.

    Attributes:
        sequences: The sequences found (the key is assumed: no answer is documented).
    """

    sequences: tuple[CallSequence, ...] = ()


class GetServersInfoResponse(Record, kw_only=True):
    """What getServersInfo returns.

    Attributes:
        servers: The servers found.
    """

    servers: tuple[Server, ...] = ()


class GetStatesResponse(Record, kw_only=True):
    """What getStates returns.

    Attributes:
        states: The states found.
    """

    states: tuple[State, ...] = ()


class GetStaticMembersResponse(Record, kw_only=True):
    """What getStaticMembers returns.

    Attributes:
        members: The static members found.
    """

    members: tuple[StaticMember, ...] = ()


class GetSubAccountsResponse(Record, kw_only=True):
    """What getSubAccounts returns.

    Attributes:
        accounts: The sub accounts found.
    """

    accounts: tuple[SubAccount, ...] = ()


class GetTerminationRatesResponse(Record, kw_only=True):
    """What getTerminationRates returns.

    Attributes:
        route: The route searched.
        rates: The rates found.
    """

    route: tuple[ValueDescription, ...] = ()
    rates: tuple[TerminationRate, ...] = ()


class GetTimeConditionsResponse(Record, kw_only=True):
    """What getTimeConditions returns.

    Attributes:
        timecondition: The time conditions found.
    """

    timecondition: tuple[TimeCondition, ...] = ()


class GetTimezonesResponse(Record, kw_only=True):
    """What getTimezones returns.

    Attributes:
        timezones: The options, each a code and its name.
    """

    timezones: tuple[ValueDescription, ...] = ()


class GetTransactionHistoryResponse(Record, kw_only=True):
    """What getTransactionHistory returns.

    Attributes:
        transactions: The transactions found.
    """

    transactions: tuple[Transaction, ...] = ()


class GetVPRIsResponse(Record, kw_only=True):
    """What getVPRIs returns.

    Attributes:
        vpri: The vPRIs found.
    """

    vpri: tuple[VPRI, ...] = ()


class GetVoicemailAttachmentFormatsResponse(Record, kw_only=True):
    """What getVoicemailAttachmentFormats returns.

    Attributes:
        email_attachment_formats: The options, each a code and its name.
    """

    email_attachment_formats: tuple[ValueDescription, ...] = ()


class GetVoicemailFoldersResponse(Record, kw_only=True):
    """What getVoicemailFolders returns.

    Attributes:
        folders: The options, each a code and its name.
    """

    folders: tuple[ValueDescription, ...] = ()


class GetVoicemailMessageFileResponse(Record, kw_only=True):
    """What getVoicemailMessageFile returns.

    Attributes:
        message: The message file.
    """

    message: tuple[VoicemailMessageFile, ...] = ()


class GetVoicemailMessagesResponse(Record, kw_only=True):
    """What getVoicemailMessages returns.

    Attributes:
        messages: The voicemail messages found.
    """

    messages: tuple[VoicemailMessage, ...] = ()


class GetVoicemailSetupsResponse(Record, kw_only=True):
    """What getVoicemailSetups returns.

    Attributes:
        voicemailsetups: The options, each a code and its name.
    """

    voicemailsetups: tuple[ValueDescription, ...] = ()


class GetVoicemailTranscriptionsResponse(Record, kw_only=True):
    """What getVoicemailTranscriptions returns.

    Attributes:
        messages: The voicemail transcriptions found.
    """

    messages: tuple[VoicemailTranscription, ...] = ()


class GetVoicemailsResponse(Record, kw_only=True):
    """What getVoicemails returns.

    Attributes:
        voicemails: The voicemails found.
    """

    voicemails: tuple[Voicemail, ...] = ()


class MailFaxMessagePDFResponse(Record, kw_only=True):
    """What mailFaxMessagePDF returns.

    Attributes:
        message_status: Outcome (e.g. message_sent).
    """

    message_status: str | None = None


class OrderFaxNumberResponse(Record, kw_only=True):
    """What orderFaxNumber returns.

    Attributes:
        dids: Fax numbers ordered.
    """

    dids: tuple[str, ...] = ()


class RemoveDIDvPRIResponse(Record, kw_only=True):
    """What removeDIDvPRI returns.

    Attributes:
        vpri: ID of the vPRI.
        did_removed: The DID removed.
    """

    vpri: int | None = None
    did_removed: str | None = None


class SearchDIDsCANResponse(Record, kw_only=True):
    """What searchDIDsCAN returns.

    Attributes:
        dids: The available Canadian DIDs found.
    """

    dids: tuple[AvailableDIDCAN, ...] = ()


class SearchDIDsUSAResponse(Record, kw_only=True):
    """What searchDIDsUSA returns.

    Attributes:
        dids: The available USA DIDs found.
    """

    dids: tuple[AvailableDIDUSA, ...] = ()


class SearchFaxAreaCodeCANResponse(Record, kw_only=True):
    """What searchFaxAreaCodeCAN returns.

    Attributes:
        ratecenters: The fax rate centers found.
    """

    ratecenters: tuple[FaxRateCenter, ...] = ()


class SearchFaxAreaCodeUSAResponse(Record, kw_only=True):
    """What searchFaxAreaCodeUSA returns.

    Attributes:
        ratecenters: The fax rate centers found.
    """

    ratecenters: tuple[FaxRateCenter, ...] = ()


class SearchTollFreeCanUSResponse(Record, kw_only=True):
    """What searchTollFreeCanUS returns.

    Attributes:
        dids: The toll-free numbers found.
    """

    dids: tuple[TollFreeCanUSNumber, ...] = ()


class SearchTollFreeUSAResponse(Record, kw_only=True):
    """What searchTollFreeUSA returns.

    Attributes:
        dids: The toll-free numbers found.
    """

    dids: tuple[TollFreeUSANumber, ...] = ()


class SearchVanityResponse(Record, kw_only=True):
    """What searchVanity returns.

    Attributes:
        dids: The vanity numbers found.
    """

    dids: tuple[VanityNumber, ...] = ()


class SendCallRecordingEmailResponse(Record, kw_only=True):
    """What sendCallRecordingEmail returns.

    Attributes:
        msg: Confirmation message.
    """

    msg: str | None = None


class SendMMSResponse(Record, kw_only=True):
    """What sendMMS returns.

    Attributes:
        mms: ID of the MMS sent.
    """

    mms: int | None = None


class SendSMSResponse(Record, kw_only=True):
    """What sendSMS returns.

    Attributes:
        sms: ID of the SMS sent.
    """

    sms: int | None = None


class SetCallHuntingResponse(Record, kw_only=True):
    """What setCallHunting returns.

    Attributes:
        call_hunting: ID of the call hunting saved.
    """

    call_hunting: int | None = None


class SetCallParkingResponse(Record, kw_only=True):
    """What setCallParking returns.

    Attributes:
        callparking: ID of the call parking.
    """

    callparking: int | None = None


class SetCallbackResponse(Record, kw_only=True):
    """What setCallback returns.

    Attributes:
        callback: ID of the callback.
    """

    callback: int | None = None


class SetCallerIDFilteringResponse(Record, kw_only=True):
    """What setCallerIDFiltering returns.

    Attributes:
        filtering: ID of the caller ID filtering.
    """

    filtering: int | None = None


class SetConferenceMemberResponse(Record, kw_only=True):
    """What setConferenceMember returns.

    Attributes:
        member: ID of the member.
    """

    member: int | None = None


class SetConferenceResponse(Record, kw_only=True):
    """What setConference returns.

    Attributes:
        conference: ID of the conference.
    """

    conference: int | None = None


class SetDISAResponse(Record, kw_only=True):
    """What setDISA returns.

    Attributes:
        disa: ID of the DISA.
    """

    disa: int | None = None


class SetForwardingResponse(Record, kw_only=True):
    """What setForwarding returns.

    Attributes:
        forwarding: ID of the forwarding.
    """

    forwarding: int | None = None


class SetIVRResponse(Record, kw_only=True):
    """What setIVR returns.

    Attributes:
        ivr: ID of the IVR.
    """

    ivr: int | None = None


class SetPhonebookGroupResponse(Record, kw_only=True):
    """What setPhonebookGroup returns.

    Attributes:
        group: ID of the phonebook group.
    """

    group: int | None = None


class SetPhonebookResponse(Record, kw_only=True):
    """What setPhonebook returns.

    Attributes:
        phonebook: ID of the phonebook entry.
    """

    phonebook: int | None = None


class SetQueueResponse(Record, kw_only=True):
    """What setQueue returns.

    Attributes:
        queue: ID of the queue.
    """

    queue: int | None = None


class SetRecordingResponse(Record, kw_only=True):
    """What setRecording returns.

    Attributes:
        recording: ID of the recording.
    """

    recording: int | None = None


class SetRingGroupResponse(Record, kw_only=True):
    """What setRingGroup returns.

    Attributes:
        ring_group: ID of the ring group.
    """

    ring_group: int | None = None


class SetSequencesResponse(Record, kw_only=True):
    """What setSequences returns.

    Attributes:
        sequence: ID of the sequence created or updated.
    """

    sequence: int | None = None


class SetSIPURIResponse(Record, kw_only=True):
    """What setSIPURI returns.

    Attributes:
        sipuri: ID of the SIP URI.
    """

    sipuri: int | None = None


class SetSMSResponse(Record, kw_only=True):
    """What setSMS returns.

    Attributes:
        sipuri: ID returned by the provider (documented as sipuri).
    """

    sipuri: int | None = None


class SetStaticMemberResponse(Record, kw_only=True):
    """What setStaticMember returns.

    Attributes:
        member: ID of the member.
    """

    member: int | None = None


class SetTimeConditionResponse(Record, kw_only=True):
    """What setTimeCondition returns.

    Attributes:
        timecondition: ID of the time condition.
    """

    timecondition: int | None = None


class SignupClientResponse(Record, kw_only=True):
    """What signupClient returns.

    Attributes:
        client: ID of the reseller client.
    """

    client: int | None = None


__all__ = [
    "AddLNPFileResponse",
    "AddLNPPortResponse",
    "AddMemberToConferenceResponse",
    "AssignDIDvPRIResponse",
    "AvailableDIDCAN",
    "AvailableDIDUSA",
    "BackOrder",
    "Balance",
    "CallDetailRecord",
    "CallHunting",
    "CallParking",
    "CallRecording",
    "CallRecordingType",
    "CallSequence",
    "CallTranscription",
    "Callback",
    "CallerIDFiltering",
    "CancelFaxNumberResponse",
    "ClientThreshold",
    "ClientTransaction",
    "Conference",
    "ConferenceMember",
    "ConferenceRecording",
    "ConferenceRecordingFile",
    "CreateSubAccountResponse",
    "DIDInfo",
    "DISA",
    "E911AddressTypesResponse",
    "E911Country",
    "E911Info",
    "E911InfoResponse",
    "E911Language",
    "EmailToFax",
    "FaxFolder",
    "FaxMessage",
    "FaxNumber",
    "FaxProvince",
    "FaxRateCenter",
    "FaxState",
    "Forwarding",
    "GetAllowedCodecsResponse",
    "GetAuthTypesResponse",
    "GetBackOrdersResponse",
    "GetBalanceManagementResponse",
    "GetBalanceResponse",
    "GetCDRResponse",
    "GetCallAccountsResponse",
    "GetCallBillingResponse",
    "GetCallHuntingsResponse",
    "GetCallParkingResponse",
    "GetCallRecordingResponse",
    "GetCallRecordingsResponse",
    "GetCallTranscriptionsResponse",
    "GetCallTypesResponse",
    "GetCallbacksResponse",
    "GetCallerIDFilteringResponse",
    "GetCarriersResponse",
    "GetChargesResponse",
    "GetClientPackagesResponse",
    "GetClientThresholdResponse",
    "GetClientsResponse",
    "GetConferenceMembersResponse",
    "GetConferenceRecordingFileResponse",
    "GetConferenceRecordingsResponse",
    "GetConferenceResponse",
    "GetCountriesResponse",
    "GetDIDCountriesResponse",
    "GetDIDsCANResponse",
    "GetDIDsInfoResponse",
    "GetDIDsInternationalGeographicResponse",
    "GetDIDsInternationalNationalResponse",
    "GetDIDsInternationalTollFreeResponse",
    "GetDIDsUSAResponse",
    "GetDIDvPRIResponse",
    "GetDISAsResponse",
    "GetDTMFModesResponse",
    "GetDepositsResponse",
    "GetDeviceTypesResponse",
    "GetEmailToFaxResponse",
    "GetFaxFoldersResponse",
    "GetFaxMessagePDFResponse",
    "GetFaxMessagesResponse",
    "GetFaxNumbersInfoResponse",
    "GetFaxNumbersPortabilityResponse",
    "GetFaxProvincesResponse",
    "GetFaxRateCentersCANResponse",
    "GetFaxRateCentersUSAResponse",
    "GetFaxStatesResponse",
    "GetForwardingsResponse",
    "GetIPResponse",
    "GetIVRsResponse",
    "GetInternationalTypesResponse",
    "GetInvoiceResponse",
    "GetJoinWhenEmptyTypesResponse",
    "GetLNPAttachListResponse",
    "GetLNPAttachResponse",
    "GetLNPListResponse",
    "GetLNPListStatusResponse",
    "GetLNPNotesResponse",
    "GetLNPStatusResponse",
    "GetLanguagesResponse",
    "GetLocalesResponse",
    "GetLocationsResponse",
    "GetLockInternationalResponse",
    "GetMMSResponse",
    "GetMediaMMSResponse",
    "GetMusicOnHoldResponse",
    "GetNATResponse",
    "GetPackagesResponse",
    "GetPhonebookGroupsResponse",
    "GetPhonebookResponse",
    "GetPlayInstructionsResponse",
    "GetPortabilityResponse",
    "GetProtocolsResponse",
    "GetProvincesResponse",
    "GetQueuesResponse",
    "GetRateCentersCANResponse",
    "GetRateCentersUSAResponse",
    "GetRatesResponse",
    "GetRecordingFileResponse",
    "GetRecordingsResponse",
    "GetRegistrationStatusResponse",
    "GetReportEstimatedHoldTimeResponse",
    "GetResellerBalanceResponse",
    "GetResellerCDRResponse",
    "GetResellerMMSResponse",
    "GetResellerSMSResponse",
    "GetRingGroupsResponse",
    "GetRingStrategiesResponse",
    "GetRoutesResponse",
    "GetSIPURIsResponse",
    "GetSMSResponse",
    "GetSequencesResponse",
    "GetServersInfoResponse",
    "GetStatesResponse",
    "GetStaticMembersResponse",
    "GetSubAccountsResponse",
    "GetTerminationRatesResponse",
    "GetTimeConditionsResponse",
    "GetTimezonesResponse",
    "GetTransactionHistoryResponse",
    "GetVPRIsResponse",
    "GetVoicemailAttachmentFormatsResponse",
    "GetVoicemailFoldersResponse",
    "GetVoicemailMessageFileResponse",
    "GetVoicemailMessagesResponse",
    "GetVoicemailSetupsResponse",
    "GetVoicemailTranscriptionsResponse",
    "GetVoicemailsResponse",
    "HuntingOrder",
    "IVR",
    "InternationalLocation",
    "LNPAttachment",
    "LNPNote",
    "LNPPort",
    "MailFaxMessagePDFResponse",
    "MmsMessage",
    "MusicOnHold",
    "OrderFaxNumberResponse",
    "Package",
    "PackageRate",
    "PhonebookEntry",
    "PhonebookGroup",
    "PortabilityPlan",
    "Province",
    "Queue",
    "QueueEmptyMode",
    "RateCenter",
    "RecognizedPhrase",
    "RecordingFile",
    "Registration",
    "RemoveDIDvPRIResponse",
    "ResellerClient",
    "RingGroup",
    "SIPURI",
    "SearchDIDsCANResponse",
    "SearchDIDsUSAResponse",
    "SearchFaxAreaCodeCANResponse",
    "SearchFaxAreaCodeUSAResponse",
    "SearchTollFreeCanUSResponse",
    "SearchTollFreeUSAResponse",
    "SearchType",
    "SearchVanityResponse",
    "SendCallRecordingEmailResponse",
    "SendMMSResponse",
    "SendSMSResponse",
    "SequenceStep",
    "Server",
    "SetCallHuntingResponse",
    "SetCallParkingResponse",
    "SetCallbackResponse",
    "SetCallerIDFilteringResponse",
    "SetConferenceMemberResponse",
    "SetConferenceResponse",
    "SetDISAResponse",
    "SetForwardingResponse",
    "SetIVRResponse",
    "SetPhonebookGroupResponse",
    "SetPhonebookResponse",
    "SetQueueResponse",
    "SetRecordingResponse",
    "SetRingGroupResponse",
    "SetSIPURIResponse",
    "SetSMSResponse",
    "SetSequencesResponse",
    "SetStaticMemberResponse",
    "SetTimeConditionResponse",
    "SignupClientResponse",
    "SmsMessage",
    "State",
    "StaticMember",
    "SubAccount",
    "TerminationRate",
    "TimeCondition",
    "TollFreeCanUSNumber",
    "TollFreeUSANumber",
    "Transaction",
    "TranscriptionFormat",
    "VPRI",
    "ValueDescription",
    "VanityNumber",
    "VanityPrefix",
    "Voicemail",
    "VoicemailFileFormat",
    "VoicemailMessage",
    "VoicemailMessageFile",
    "VoicemailTranscription",
    "YesNo",
    "YesNoOnce",
]
