"""Typed records and value sets of the VoIP.ms API."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Final, Literal

from ._record import Record
from ._record import init_field as _set

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


class AvailableDIDCAN(Record):
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

    __slots__ = (
        "did",
        "ratecenter",
        "province",
        "province_description",
        "perminute_monthly",
        "perminute_minute",
        "perminute_setup",
        "flat_monthly",
        "flat_minute",
        "flat_setup",
        "sms",
    )

    did: str | None
    ratecenter: str | None
    province: str | None
    province_description: str | None
    perminute_monthly: Decimal | None
    perminute_minute: Decimal | None
    perminute_setup: Decimal | None
    flat_monthly: Decimal | None
    flat_minute: Decimal | None
    flat_setup: Decimal | None
    sms: int | None

    def __init__(
        self,
        *,
        did: str | None = None,
        ratecenter: str | None = None,
        province: str | None = None,
        province_description: str | None = None,
        perminute_monthly: Decimal | None = None,
        perminute_minute: Decimal | None = None,
        perminute_setup: Decimal | None = None,
        flat_monthly: Decimal | None = None,
        flat_minute: Decimal | None = None,
        flat_setup: Decimal | None = None,
        sms: int | None = None,
    ) -> None:
        _set(self, "did", did)
        _set(self, "ratecenter", ratecenter)
        _set(self, "province", province)
        _set(self, "province_description", province_description)
        _set(self, "perminute_monthly", perminute_monthly)
        _set(self, "perminute_minute", perminute_minute)
        _set(self, "perminute_setup", perminute_setup)
        _set(self, "flat_monthly", flat_monthly)
        _set(self, "flat_minute", flat_minute)
        _set(self, "flat_setup", flat_setup)
        _set(self, "sms", sms)


class AvailableDIDUSA(Record):
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

    __slots__ = (
        "did",
        "ratecenter",
        "state",
        "state_description",
        "perminute_monthly",
        "perminute_minute",
        "perminute_setup",
        "flat_monthly",
        "flat_minute",
        "flat_setup",
        "has_port_out_pin",
        "sms",
    )

    did: str | None
    ratecenter: str | None
    state: str | None
    state_description: str | None
    perminute_monthly: Decimal | None
    perminute_minute: Decimal | None
    perminute_setup: Decimal | None
    flat_monthly: Decimal | None
    flat_minute: Decimal | None
    flat_setup: Decimal | None
    has_port_out_pin: int | None
    sms: int | None

    def __init__(
        self,
        *,
        did: str | None = None,
        ratecenter: str | None = None,
        state: str | None = None,
        state_description: str | None = None,
        perminute_monthly: Decimal | None = None,
        perminute_minute: Decimal | None = None,
        perminute_setup: Decimal | None = None,
        flat_monthly: Decimal | None = None,
        flat_minute: Decimal | None = None,
        flat_setup: Decimal | None = None,
        has_port_out_pin: int | None = None,
        sms: int | None = None,
    ) -> None:
        _set(self, "did", did)
        _set(self, "ratecenter", ratecenter)
        _set(self, "state", state)
        _set(self, "state_description", state_description)
        _set(self, "perminute_monthly", perminute_monthly)
        _set(self, "perminute_minute", perminute_minute)
        _set(self, "perminute_setup", perminute_setup)
        _set(self, "flat_monthly", flat_monthly)
        _set(self, "flat_minute", flat_minute)
        _set(self, "flat_setup", flat_setup)
        _set(self, "has_port_out_pin", has_port_out_pin)
        _set(self, "sms", sms)


class BackOrder(Record):
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

    __slots__ = (
        "id",
        "description",
        "routing",
        "failover_busy",
        "failover_unreachable",
        "failover_noanswer",
        "voicemail",
        "pop",
        "dialtime",
        "cnam",
        "billing_type",
        "order_date",
    )

    id: int | None
    description: str | None
    routing: str | None
    failover_busy: str | None
    failover_unreachable: str | None
    failover_noanswer: str | None
    voicemail: str | None
    pop: int | None
    dialtime: int | None
    cnam: int | None
    billing_type: int | None
    order_date: _dt.datetime | None

    def __init__(
        self,
        *,
        id: int | None = None,
        description: str | None = None,
        routing: str | None = None,
        failover_busy: str | None = None,
        failover_unreachable: str | None = None,
        failover_noanswer: str | None = None,
        voicemail: str | None = None,
        pop: int | None = None,
        dialtime: int | None = None,
        cnam: int | None = None,
        billing_type: int | None = None,
        order_date: _dt.datetime | None = None,
    ) -> None:
        _set(self, "id", id)
        _set(self, "description", description)
        _set(self, "routing", routing)
        _set(self, "failover_busy", failover_busy)
        _set(self, "failover_unreachable", failover_unreachable)
        _set(self, "failover_noanswer", failover_noanswer)
        _set(self, "voicemail", voicemail)
        _set(self, "pop", pop)
        _set(self, "dialtime", dialtime)
        _set(self, "cnam", cnam)
        _set(self, "billing_type", billing_type)
        _set(self, "order_date", order_date)


class Balance(Record):
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

    __slots__ = (
        "current_balance",
        "spent_total",
        "calls_total",
        "time_total",
        "spent_today",
        "calls_today",
        "time_today",
    )

    current_balance: Decimal | None
    spent_total: Decimal | None
    calls_total: int | None
    time_total: str | None
    spent_today: Decimal | None
    calls_today: int | None
    time_today: str | None

    def __init__(
        self,
        *,
        current_balance: Decimal | None = None,
        spent_total: Decimal | None = None,
        calls_total: int | None = None,
        time_total: str | None = None,
        spent_today: Decimal | None = None,
        calls_today: int | None = None,
        time_today: str | None = None,
    ) -> None:
        _set(self, "current_balance", current_balance)
        _set(self, "spent_total", spent_total)
        _set(self, "calls_total", calls_total)
        _set(self, "time_total", time_total)
        _set(self, "spent_today", spent_today)
        _set(self, "calls_today", calls_today)
        _set(self, "time_today", time_today)


class CallDetailRecord(Record):
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

    __slots__ = (
        "date",
        "callerid",
        "destination",
        "description",
        "account",
        "disposition",
        "duration",
        "seconds",
        "rate",
        "total",
        "uniqueid",
        "destination_type",
        "call_logs",
    )

    date: _dt.datetime | None
    callerid: str | None
    destination: str | None
    description: str | None
    account: str | None
    disposition: str | None
    duration: str | None
    seconds: int | None
    rate: Decimal | None
    total: Decimal | None
    uniqueid: str | None
    destination_type: str | None
    call_logs: str | None

    def __init__(
        self,
        *,
        date: _dt.datetime | None = None,
        callerid: str | None = None,
        destination: str | None = None,
        description: str | None = None,
        account: str | None = None,
        disposition: str | None = None,
        duration: str | None = None,
        seconds: int | None = None,
        rate: Decimal | None = None,
        total: Decimal | None = None,
        uniqueid: str | None = None,
        destination_type: str | None = None,
        call_logs: str | None = None,
    ) -> None:
        _set(self, "date", date)
        _set(self, "callerid", callerid)
        _set(self, "destination", destination)
        _set(self, "description", description)
        _set(self, "account", account)
        _set(self, "disposition", disposition)
        _set(self, "duration", duration)
        _set(self, "seconds", seconds)
        _set(self, "rate", rate)
        _set(self, "total", total)
        _set(self, "uniqueid", uniqueid)
        _set(self, "destination_type", destination_type)
        _set(self, "call_logs", call_logs)


class CallHunting(Record):
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

    __slots__ = (
        "callhunting",
        "description",
        "members",
        "ring_time",
        "order",
        "press",
        "music",
        "recording",
        "language",
    )

    callhunting: int | None
    description: str | None
    members: str | None
    ring_time: str | None
    order: HuntingOrder | None
    press: str | None
    music: str | None
    recording: str | None
    language: str | None

    def __init__(
        self,
        *,
        callhunting: int | None = None,
        description: str | None = None,
        members: str | None = None,
        ring_time: str | None = None,
        order: HuntingOrder | None = None,
        press: str | None = None,
        music: str | None = None,
        recording: str | None = None,
        language: str | None = None,
    ) -> None:
        _set(self, "callhunting", callhunting)
        _set(self, "description", description)
        _set(self, "members", members)
        _set(self, "ring_time", ring_time)
        _set(self, "order", order)
        _set(self, "press", press)
        _set(self, "music", music)
        _set(self, "recording", recording)
        _set(self, "language", language)


class CallParking(Record):
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

    __slots__ = (
        "callparking",
        "name",
        "timeout_",
        "musiconhold",
        "failover",
        "language",
        "destination",
        "delay",
        "blf_lamps",
    )

    callparking: int | None
    name: str | None
    timeout_: int | None
    musiconhold: str | None
    failover: str | None
    language: str | None
    destination: str | None
    delay: int | None
    blf_lamps: int | None

    def __init__(
        self,
        *,
        callparking: int | None = None,
        name: str | None = None,
        timeout_: int | None = None,
        musiconhold: str | None = None,
        failover: str | None = None,
        language: str | None = None,
        destination: str | None = None,
        delay: int | None = None,
        blf_lamps: int | None = None,
    ) -> None:
        _set(self, "callparking", callparking)
        _set(self, "name", name)
        _set(self, "timeout_", timeout_)
        _set(self, "musiconhold", musiconhold)
        _set(self, "failover", failover)
        _set(self, "language", language)
        _set(self, "destination", destination)
        _set(self, "delay", delay)
        _set(self, "blf_lamps", blf_lamps)


class CallRecording(Record):
    """A call recording.

    Attributes:
        callrecording: ID of the call recording.
        datetime: Date and time of the call, naive, in VoIP.ms's local time (the docs name no zone).
        destination: Other party of the call.
        type: Direction of the call (e.g. Incoming).
        subaccount: Sub account of the call.
        duration: Duration (mm:ss).
    """

    __slots__ = ("callrecording", "datetime", "destination", "type", "subaccount", "duration")

    callrecording: str | None
    datetime: _dt.datetime | None
    destination: str | None
    type: str | None
    subaccount: int | None
    duration: str | None

    def __init__(
        self,
        *,
        callrecording: str | None = None,
        datetime: _dt.datetime | None = None,
        destination: str | None = None,
        type: str | None = None,
        subaccount: int | None = None,
        duration: str | None = None,
    ) -> None:
        _set(self, "callrecording", callrecording)
        _set(self, "datetime", datetime)
        _set(self, "destination", destination)
        _set(self, "type", type)
        _set(self, "subaccount", subaccount)
        _set(self, "duration", duration)


class RecognizedPhrase(Record):
    """One phrase of a call transcription.

    Attributes:
        time: Date and time of the phrase.
        duration: Duration of the phrase in seconds.
        speaker: Speaker number.
        phrase: Text of the phrase.
    """

    __slots__ = ("time", "duration", "speaker", "phrase")

    time: str | None
    duration: Decimal | None
    speaker: int | None
    phrase: str | None

    def __init__(
        self,
        *,
        time: str | None = None,
        duration: Decimal | None = None,
        speaker: int | None = None,
        phrase: str | None = None,
    ) -> None:
        _set(self, "time", time)
        _set(self, "duration", duration)
        _set(self, "speaker", speaker)
        _set(self, "phrase", phrase)


class CallTranscription(Record):
    """A call transcription.

    Attributes:
        date: Date and time of the call.
        duration: Duration of the call.
        speakers: Numbers of the speakers.
        locale: Locale of the transcription.
        confidence: Recognition confidence (e.g. 94.18%).
        recognized_phrases: The phrases recognised, in order.
    """

    __slots__ = ("date", "duration", "speakers", "locale", "confidence", "recognized_phrases")

    date: str | None
    duration: str | None
    speakers: tuple[str, ...]
    locale: str | None
    confidence: str | None
    recognized_phrases: tuple[RecognizedPhrase, ...]

    def __init__(
        self,
        *,
        date: str | None = None,
        duration: str | None = None,
        speakers: tuple[str, ...] = (),
        locale: str | None = None,
        confidence: str | None = None,
        recognized_phrases: tuple[RecognizedPhrase, ...] = (),
    ) -> None:
        _set(self, "date", date)
        _set(self, "duration", duration)
        _set(self, "speakers", speakers)
        _set(self, "locale", locale)
        _set(self, "confidence", confidence)
        _set(self, "recognized_phrases", recognized_phrases)


class Callback(Record):
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

    __slots__ = (
        "callback",
        "description",
        "number",
        "delay_before",
        "response_timeout",
        "digit_timeout",
        "callerid_number",
    )

    callback: int | None
    description: str | None
    number: str | None
    delay_before: int | None
    response_timeout: int | None
    digit_timeout: int | None
    callerid_number: str | None

    def __init__(
        self,
        *,
        callback: int | None = None,
        description: str | None = None,
        number: str | None = None,
        delay_before: int | None = None,
        response_timeout: int | None = None,
        digit_timeout: int | None = None,
        callerid_number: str | None = None,
    ) -> None:
        _set(self, "callback", callback)
        _set(self, "description", description)
        _set(self, "number", number)
        _set(self, "delay_before", delay_before)
        _set(self, "response_timeout", response_timeout)
        _set(self, "digit_timeout", digit_timeout)
        _set(self, "callerid_number", callerid_number)


class CallerIDFiltering(Record):
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

    __slots__ = (
        "filtering",
        "callerid",
        "did",
        "routing",
        "failover_unreachable",
        "failover_busy",
        "failover_noanswer",
        "note",
    )

    filtering: int | None
    callerid: str | None
    did: str | None
    routing: str | None
    failover_unreachable: str | None
    failover_busy: str | None
    failover_noanswer: str | None
    note: str | None

    def __init__(
        self,
        *,
        filtering: int | None = None,
        callerid: str | None = None,
        did: str | None = None,
        routing: str | None = None,
        failover_unreachable: str | None = None,
        failover_busy: str | None = None,
        failover_noanswer: str | None = None,
        note: str | None = None,
    ) -> None:
        _set(self, "filtering", filtering)
        _set(self, "callerid", callerid)
        _set(self, "did", did)
        _set(self, "routing", routing)
        _set(self, "failover_unreachable", failover_unreachable)
        _set(self, "failover_busy", failover_busy)
        _set(self, "failover_noanswer", failover_noanswer)
        _set(self, "note", note)


class ResellerClient(Record):
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

    __slots__ = (
        "client",
        "email",
        "password",
        "company",
        "firstname",
        "lastname",
        "address",
        "city",
        "state",
        "country",
        "zip",
        "phone_number",
        "balance_management",
    )
    __secret_fields__ = frozenset({"password"})

    client: int | None
    email: str | None
    password: str | None
    company: str | None
    firstname: str | None
    lastname: str | None
    address: str | None
    city: str | None
    state: str | None
    country: str | None
    zip: str | None
    phone_number: str | None
    balance_management: int | None

    def __init__(
        self,
        *,
        client: int | None = None,
        email: str | None = None,
        password: str | None = None,
        company: str | None = None,
        firstname: str | None = None,
        lastname: str | None = None,
        address: str | None = None,
        city: str | None = None,
        state: str | None = None,
        country: str | None = None,
        zip: str | None = None,
        phone_number: str | None = None,
        balance_management: int | None = None,
    ) -> None:
        _set(self, "client", client)
        _set(self, "email", email)
        _set(self, "password", password)
        _set(self, "company", company)
        _set(self, "firstname", firstname)
        _set(self, "lastname", lastname)
        _set(self, "address", address)
        _set(self, "city", city)
        _set(self, "state", state)
        _set(self, "country", country)
        _set(self, "zip", zip)
        _set(self, "phone_number", phone_number)
        _set(self, "balance_management", balance_management)


class ClientThreshold(Record):
    """Balance threshold settings of a reseller client.

    Attributes:
        threshold: Balance threshold amount.
        email: E-mail address notified below the threshold.
    """

    __slots__ = ("threshold", "email")

    threshold: int | None
    email: str | None

    def __init__(
        self,
        *,
        threshold: int | None = None,
        email: str | None = None,
    ) -> None:
        _set(self, "threshold", threshold)
        _set(self, "email", email)


class ClientTransaction(Record):
    """A charge or deposit of a reseller client.

    Attributes:
        id: ID of the transaction.
        date: Date of the charge or deposit (VoIP.ms's calendar day, no time or zone).
        amount: Amount.
        description: Description.
    """

    __slots__ = ("id", "date", "amount", "description")

    id: int | None
    date: _dt.date | None
    amount: Decimal | None
    description: str | None

    def __init__(
        self,
        *,
        id: int | None = None,
        date: _dt.date | None = None,
        amount: Decimal | None = None,
        description: str | None = None,
    ) -> None:
        _set(self, "id", id)
        _set(self, "date", date)
        _set(self, "amount", amount)
        _set(self, "description", description)


class Conference(Record):
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

    __slots__ = (
        "conference",
        "name",
        "description",
        "max_members",
        "sound_join",
        "sound_leave",
        "sound_has_joined",
        "sound_has_left",
        "sound_kicked",
        "sound_muted",
        "sound_unmuted",
        "sound_only_person",
        "sound_only_one",
        "sound_there_are",
        "sound_other_in_party",
        "sound_place_into_conference",
        "sound_get_pin",
        "sound_invalid_pin",
        "sound_locked",
        "sound_locked_now",
        "sound_unlocked_now",
        "sound_error_menu",
        "sound_participants_muted",
        "sound_participants_unmuted",
        "language",
        "members",
    )

    conference: int | None
    name: str | None
    description: str | None
    max_members: int | None
    sound_join: int | None
    sound_leave: int | None
    sound_has_joined: int | None
    sound_has_left: int | None
    sound_kicked: int | None
    sound_muted: int | None
    sound_unmuted: int | None
    sound_only_person: int | None
    sound_only_one: int | None
    sound_there_are: int | None
    sound_other_in_party: int | None
    sound_place_into_conference: int | None
    sound_get_pin: int | None
    sound_invalid_pin: int | None
    sound_locked: int | None
    sound_locked_now: int | None
    sound_unlocked_now: int | None
    sound_error_menu: int | None
    sound_participants_muted: int | None
    sound_participants_unmuted: int | None
    language: str | None
    members: str | None

    def __init__(
        self,
        *,
        conference: int | None = None,
        name: str | None = None,
        description: str | None = None,
        max_members: int | None = None,
        sound_join: int | None = None,
        sound_leave: int | None = None,
        sound_has_joined: int | None = None,
        sound_has_left: int | None = None,
        sound_kicked: int | None = None,
        sound_muted: int | None = None,
        sound_unmuted: int | None = None,
        sound_only_person: int | None = None,
        sound_only_one: int | None = None,
        sound_there_are: int | None = None,
        sound_other_in_party: int | None = None,
        sound_place_into_conference: int | None = None,
        sound_get_pin: int | None = None,
        sound_invalid_pin: int | None = None,
        sound_locked: int | None = None,
        sound_locked_now: int | None = None,
        sound_unlocked_now: int | None = None,
        sound_error_menu: int | None = None,
        sound_participants_muted: int | None = None,
        sound_participants_unmuted: int | None = None,
        language: str | None = None,
        members: str | None = None,
    ) -> None:
        _set(self, "conference", conference)
        _set(self, "name", name)
        _set(self, "description", description)
        _set(self, "max_members", max_members)
        _set(self, "sound_join", sound_join)
        _set(self, "sound_leave", sound_leave)
        _set(self, "sound_has_joined", sound_has_joined)
        _set(self, "sound_has_left", sound_has_left)
        _set(self, "sound_kicked", sound_kicked)
        _set(self, "sound_muted", sound_muted)
        _set(self, "sound_unmuted", sound_unmuted)
        _set(self, "sound_only_person", sound_only_person)
        _set(self, "sound_only_one", sound_only_one)
        _set(self, "sound_there_are", sound_there_are)
        _set(self, "sound_other_in_party", sound_other_in_party)
        _set(self, "sound_place_into_conference", sound_place_into_conference)
        _set(self, "sound_get_pin", sound_get_pin)
        _set(self, "sound_invalid_pin", sound_invalid_pin)
        _set(self, "sound_locked", sound_locked)
        _set(self, "sound_locked_now", sound_locked_now)
        _set(self, "sound_unlocked_now", sound_unlocked_now)
        _set(self, "sound_error_menu", sound_error_menu)
        _set(self, "sound_participants_muted", sound_participants_muted)
        _set(self, "sound_participants_unmuted", sound_participants_unmuted)
        _set(self, "language", language)
        _set(self, "members", members)


class ConferenceMember(Record):
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

    __slots__ = (
        "member",
        "name",
        "description",
        "pin",
        "announce_join_leave",
        "admin",
        "start_muted",
        "announce_user_count",
        "announce_only_user",
        "moh_when_empty",
        "quiet",
        "announcement",
        "drop_silence",
        "talking_threshold",
        "silence_threshold",
        "talk_detection",
        "jitter_buffer",
    )
    __secret_fields__ = frozenset({"pin"})

    member: int | None
    name: str | None
    description: str | None
    pin: str | None
    announce_join_leave: YesNo | None
    admin: YesNo | None
    start_muted: YesNo | None
    announce_user_count: YesNo | None
    announce_only_user: YesNo | None
    moh_when_empty: str | None
    quiet: YesNo | None
    announcement: int | None
    drop_silence: YesNo | None
    talking_threshold: int | None
    silence_threshold: int | None
    talk_detection: YesNo | None
    jitter_buffer: YesNo | None

    def __init__(
        self,
        *,
        member: int | None = None,
        name: str | None = None,
        description: str | None = None,
        pin: str | None = None,
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
    ) -> None:
        _set(self, "member", member)
        _set(self, "name", name)
        _set(self, "description", description)
        _set(self, "pin", pin)
        _set(self, "announce_join_leave", announce_join_leave)
        _set(self, "admin", admin)
        _set(self, "start_muted", start_muted)
        _set(self, "announce_user_count", announce_user_count)
        _set(self, "announce_only_user", announce_only_user)
        _set(self, "moh_when_empty", moh_when_empty)
        _set(self, "quiet", quiet)
        _set(self, "announcement", announcement)
        _set(self, "drop_silence", drop_silence)
        _set(self, "talking_threshold", talking_threshold)
        _set(self, "silence_threshold", silence_threshold)
        _set(self, "talk_detection", talk_detection)
        _set(self, "jitter_buffer", jitter_buffer)


class ConferenceRecording(Record):
    """A conference recording.

    Attributes:
        did: DID of the conference.
        recording: ID of the conference recording.
        conference: ID of the conference.
        duration: Duration in seconds.
        date: Date and time of the recording, naive, in VoIP.ms's local time (the docs name no zone).
    """

    __slots__ = ("did", "recording", "conference", "duration", "date")

    did: str | None
    recording: int | None
    conference: int | None
    duration: int | None
    date: _dt.datetime | None

    def __init__(
        self,
        *,
        did: str | None = None,
        recording: int | None = None,
        conference: int | None = None,
        duration: int | None = None,
        date: _dt.datetime | None = None,
    ) -> None:
        _set(self, "did", did)
        _set(self, "recording", recording)
        _set(self, "conference", conference)
        _set(self, "duration", duration)
        _set(self, "date", date)


class ConferenceRecordingFile(Record):
    """A conference recording file.

    Attributes:
        recording: ID of the conference recording.
        data: File content, Base64-encoded.
    """

    __slots__ = ("recording", "data")

    recording: int | None
    data: str | None

    def __init__(
        self,
        *,
        recording: int | None = None,
        data: str | None = None,
    ) -> None:
        _set(self, "recording", recording)
        _set(self, "data", data)


class DIDInfo(Record):
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

    __slots__ = (
        "did",
        "description",
        "routing",
        "failover_busy",
        "failover_unreachable",
        "failover_noanswer",
        "voicemail",
        "pop",
        "dialtime",
        "cnam",
        "e911",
        "callerid_prefix",
        "note",
        "port_out_pin",
        "billing_type",
        "next_billing",
        "order_date",
        "reseller_account",
        "reseller_next_billing",
        "reseller_monthly",
        "reseller_minute",
        "reseller_setup",
        "sms_available",
        "sms_enabled",
        "sms_email",
        "sms_email_enabled",
        "sms_forward",
        "sms_forward_enabled",
        "sms_url_callback",
        "sms_url_callback_enabled",
        "sms_url_callback_retry",
        "smpp_enabled",
        "smpp_url",
        "smpp_user",
        "smpp_pass",
        "transcribe",
        "transcription_locale",
        "transcription_redaction",
        "transcription_summary",
        "transcription_sentiment",
        "transcription_email",
    )
    __secret_fields__ = frozenset({"port_out_pin", "smpp_pass"})

    did: str | None
    description: str | None
    routing: str | None
    failover_busy: str | None
    failover_unreachable: str | None
    failover_noanswer: str | None
    voicemail: str | None
    pop: int | None
    dialtime: int | None
    cnam: int | None
    e911: int | None
    callerid_prefix: str | None
    note: str | None
    port_out_pin: str | None
    billing_type: int | None
    next_billing: _dt.date | None
    order_date: _dt.datetime | None
    reseller_account: str | None
    reseller_next_billing: _dt.date | None
    reseller_monthly: Decimal | None
    reseller_minute: Decimal | None
    reseller_setup: Decimal | None
    sms_available: int | None
    sms_enabled: int | None
    sms_email: str | None
    sms_email_enabled: int | None
    sms_forward: str | None
    sms_forward_enabled: int | None
    sms_url_callback: str | None
    sms_url_callback_enabled: int | None
    sms_url_callback_retry: int | None
    smpp_enabled: int | None
    smpp_url: str | None
    smpp_user: str | None
    smpp_pass: str | None
    transcribe: int | None
    transcription_locale: str | None
    transcription_redaction: YesNo | None
    transcription_summary: YesNo | None
    transcription_sentiment: YesNo | None
    transcription_email: str | None

    def __init__(
        self,
        *,
        did: str | None = None,
        description: str | None = None,
        routing: str | None = None,
        failover_busy: str | None = None,
        failover_unreachable: str | None = None,
        failover_noanswer: str | None = None,
        voicemail: str | None = None,
        pop: int | None = None,
        dialtime: int | None = None,
        cnam: int | None = None,
        e911: int | None = None,
        callerid_prefix: str | None = None,
        note: str | None = None,
        port_out_pin: str | None = None,
        billing_type: int | None = None,
        next_billing: _dt.date | None = None,
        order_date: _dt.datetime | None = None,
        reseller_account: str | None = None,
        reseller_next_billing: _dt.date | None = None,
        reseller_monthly: Decimal | None = None,
        reseller_minute: Decimal | None = None,
        reseller_setup: Decimal | None = None,
        sms_available: int | None = None,
        sms_enabled: int | None = None,
        sms_email: str | None = None,
        sms_email_enabled: int | None = None,
        sms_forward: str | None = None,
        sms_forward_enabled: int | None = None,
        sms_url_callback: str | None = None,
        sms_url_callback_enabled: int | None = None,
        sms_url_callback_retry: int | None = None,
        smpp_enabled: int | None = None,
        smpp_url: str | None = None,
        smpp_user: str | None = None,
        smpp_pass: str | None = None,
        transcribe: int | None = None,
        transcription_locale: str | None = None,
        transcription_redaction: YesNo | None = None,
        transcription_summary: YesNo | None = None,
        transcription_sentiment: YesNo | None = None,
        transcription_email: str | None = None,
    ) -> None:
        _set(self, "did", did)
        _set(self, "description", description)
        _set(self, "routing", routing)
        _set(self, "failover_busy", failover_busy)
        _set(self, "failover_unreachable", failover_unreachable)
        _set(self, "failover_noanswer", failover_noanswer)
        _set(self, "voicemail", voicemail)
        _set(self, "pop", pop)
        _set(self, "dialtime", dialtime)
        _set(self, "cnam", cnam)
        _set(self, "e911", e911)
        _set(self, "callerid_prefix", callerid_prefix)
        _set(self, "note", note)
        _set(self, "port_out_pin", port_out_pin)
        _set(self, "billing_type", billing_type)
        _set(self, "next_billing", next_billing)
        _set(self, "order_date", order_date)
        _set(self, "reseller_account", reseller_account)
        _set(self, "reseller_next_billing", reseller_next_billing)
        _set(self, "reseller_monthly", reseller_monthly)
        _set(self, "reseller_minute", reseller_minute)
        _set(self, "reseller_setup", reseller_setup)
        _set(self, "sms_available", sms_available)
        _set(self, "sms_enabled", sms_enabled)
        _set(self, "sms_email", sms_email)
        _set(self, "sms_email_enabled", sms_email_enabled)
        _set(self, "sms_forward", sms_forward)
        _set(self, "sms_forward_enabled", sms_forward_enabled)
        _set(self, "sms_url_callback", sms_url_callback)
        _set(self, "sms_url_callback_enabled", sms_url_callback_enabled)
        _set(self, "sms_url_callback_retry", sms_url_callback_retry)
        _set(self, "smpp_enabled", smpp_enabled)
        _set(self, "smpp_url", smpp_url)
        _set(self, "smpp_user", smpp_user)
        _set(self, "smpp_pass", smpp_pass)
        _set(self, "transcribe", transcribe)
        _set(self, "transcription_locale", transcription_locale)
        _set(self, "transcription_redaction", transcription_redaction)
        _set(self, "transcription_summary", transcription_summary)
        _set(self, "transcription_sentiment", transcription_sentiment)
        _set(self, "transcription_email", transcription_email)


class DISA(Record):
    """A DISA entry.

    Attributes:
        disa: ID of the DISA.
        name: Name of the DISA.
        pin: PIN of the DISA.
        digit_timeout: Seconds allowed between digits.
        callerid_override: Caller ID override.
        language: Language code.
    """

    __slots__ = ("disa", "name", "pin", "digit_timeout", "callerid_override", "language")
    __secret_fields__ = frozenset({"pin"})

    disa: int | None
    name: str | None
    pin: str | None
    digit_timeout: int | None
    callerid_override: str | None
    language: str | None

    def __init__(
        self,
        *,
        disa: int | None = None,
        name: str | None = None,
        pin: str | None = None,
        digit_timeout: int | None = None,
        callerid_override: str | None = None,
        language: str | None = None,
    ) -> None:
        _set(self, "disa", disa)
        _set(self, "name", name)
        _set(self, "pin", pin)
        _set(self, "digit_timeout", digit_timeout)
        _set(self, "callerid_override", callerid_override)
        _set(self, "language", language)


class E911Info(Record):
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

    __slots__ = (
        "did",
        "status",
        "full_name",
        "street_number",
        "street_name",
        "address_type",
        "address_number",
        "city",
        "state",
        "zip_code",
        "country",
        "language",
        "email",
        "other_info",
    )

    did: str | None
    status: str | None
    full_name: str | None
    street_number: str | None
    street_name: str | None
    address_type: str | None
    address_number: str | None
    city: str | None
    state: str | None
    zip_code: str | None
    country: str | None
    language: str | None
    email: str | None
    other_info: str | None

    def __init__(
        self,
        *,
        did: str | None = None,
        status: str | None = None,
        full_name: str | None = None,
        street_number: str | None = None,
        street_name: str | None = None,
        address_type: str | None = None,
        address_number: str | None = None,
        city: str | None = None,
        state: str | None = None,
        zip_code: str | None = None,
        country: str | None = None,
        language: str | None = None,
        email: str | None = None,
        other_info: str | None = None,
    ) -> None:
        _set(self, "did", did)
        _set(self, "status", status)
        _set(self, "full_name", full_name)
        _set(self, "street_number", street_number)
        _set(self, "street_name", street_name)
        _set(self, "address_type", address_type)
        _set(self, "address_number", address_number)
        _set(self, "city", city)
        _set(self, "state", state)
        _set(self, "zip_code", zip_code)
        _set(self, "country", country)
        _set(self, "language", language)
        _set(self, "email", email)
        _set(self, "other_info", other_info)


class EmailToFax(Record):
    """An email-to-fax configuration.

    Attributes:
        id: ID of the configuration.
        enabled: 1 when the configuration is enabled.
        email: E-mail address faxes are sent from.
        security_code: Security code expected in the e-mail subject.
        security_code_enabled: 1 when the security code is required.
        from_: Fax number shown as the sender.
    """

    __slots__ = ("id", "enabled", "email", "security_code", "security_code_enabled", "from_")

    id: str | None
    enabled: int | None
    email: str | None
    security_code: str | None
    security_code_enabled: int | None
    from_: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        enabled: int | None = None,
        email: str | None = None,
        security_code: str | None = None,
        security_code_enabled: int | None = None,
        from_: str | None = None,
    ) -> None:
        _set(self, "id", id)
        _set(self, "enabled", enabled)
        _set(self, "email", email)
        _set(self, "security_code", security_code)
        _set(self, "security_code_enabled", security_code_enabled)
        _set(self, "from_", from_)


class FaxFolder(Record):
    """A fax folder.

    Attributes:
        id: ID of the folder.
        name: Name of the folder.
    """

    __slots__ = ("id", "name")

    id: str | None
    name: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        name: str | None = None,
    ) -> None:
        _set(self, "id", id)
        _set(self, "name", name)


class FaxMessage(Record):
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

    __slots__ = (
        "id",
        "folder",
        "date",
        "callerid",
        "stationid",
        "destination",
        "description",
        "pages",
        "duration",
        "status",
        "rate",
        "total",
        "msg",
    )

    id: str | None
    folder: str | None
    date: _dt.datetime | None
    callerid: str | None
    stationid: str | None
    destination: str | None
    description: str | None
    pages: int | None
    duration: str | None
    status: str | None
    rate: Decimal | None
    total: Decimal | None
    msg: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        folder: str | None = None,
        date: _dt.datetime | None = None,
        callerid: str | None = None,
        stationid: str | None = None,
        destination: str | None = None,
        description: str | None = None,
        pages: int | None = None,
        duration: str | None = None,
        status: str | None = None,
        rate: Decimal | None = None,
        total: Decimal | None = None,
        msg: str | None = None,
    ) -> None:
        _set(self, "id", id)
        _set(self, "folder", folder)
        _set(self, "date", date)
        _set(self, "callerid", callerid)
        _set(self, "stationid", stationid)
        _set(self, "destination", destination)
        _set(self, "description", description)
        _set(self, "pages", pages)
        _set(self, "duration", duration)
        _set(self, "status", status)
        _set(self, "rate", rate)
        _set(self, "total", total)
        _set(self, "msg", msg)


class FaxNumber(Record):
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

    __slots__ = (
        "id",
        "did",
        "description",
        "state",
        "city",
        "country",
        "email_enabled",
        "email",
        "url_enabled",
        "url",
        "retry",
        "attach_file",
        "note",
        "reseller_account",
        "reseller_next_billing",
        "reseller_monthly",
        "reseller_minute",
        "reseller_setup",
        "fax_to_sip_enabled",
        "fax_to_sip_enabled_account",
    )

    id: str | None
    did: str | None
    description: str | None
    state: str | None
    city: str | None
    country: str | None
    email_enabled: int | None
    email: str | None
    url_enabled: int | None
    url: str | None
    retry: int | None
    attach_file: int | None
    note: str | None
    reseller_account: str | None
    reseller_next_billing: _dt.date | None
    reseller_monthly: Decimal | None
    reseller_minute: Decimal | None
    reseller_setup: Decimal | None
    fax_to_sip_enabled: int | None
    fax_to_sip_enabled_account: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        did: str | None = None,
        description: str | None = None,
        state: str | None = None,
        city: str | None = None,
        country: str | None = None,
        email_enabled: int | None = None,
        email: str | None = None,
        url_enabled: int | None = None,
        url: str | None = None,
        retry: int | None = None,
        attach_file: int | None = None,
        note: str | None = None,
        reseller_account: str | None = None,
        reseller_next_billing: _dt.date | None = None,
        reseller_monthly: Decimal | None = None,
        reseller_minute: Decimal | None = None,
        reseller_setup: Decimal | None = None,
        fax_to_sip_enabled: int | None = None,
        fax_to_sip_enabled_account: str | None = None,
    ) -> None:
        _set(self, "id", id)
        _set(self, "did", did)
        _set(self, "description", description)
        _set(self, "state", state)
        _set(self, "city", city)
        _set(self, "country", country)
        _set(self, "email_enabled", email_enabled)
        _set(self, "email", email)
        _set(self, "url_enabled", url_enabled)
        _set(self, "url", url)
        _set(self, "retry", retry)
        _set(self, "attach_file", attach_file)
        _set(self, "note", note)
        _set(self, "reseller_account", reseller_account)
        _set(self, "reseller_next_billing", reseller_next_billing)
        _set(self, "reseller_monthly", reseller_monthly)
        _set(self, "reseller_minute", reseller_minute)
        _set(self, "reseller_setup", reseller_setup)
        _set(self, "fax_to_sip_enabled", fax_to_sip_enabled)
        _set(self, "fax_to_sip_enabled_account", fax_to_sip_enabled_account)


class FaxProvince(Record):
    """A Canadian province offering fax numbers.

    Attributes:
        province: Province code (e.g. AB).
        province_id: Province ID.
        province_name: Province name.
        country_code: Country code (e.g. CAN).
    """

    __slots__ = ("province", "province_id", "province_name", "country_code")

    province: str | None
    province_id: int | None
    province_name: str | None
    country_code: str | None

    def __init__(
        self,
        *,
        province: str | None = None,
        province_id: int | None = None,
        province_name: str | None = None,
        country_code: str | None = None,
    ) -> None:
        _set(self, "province", province)
        _set(self, "province_id", province_id)
        _set(self, "province_name", province_name)
        _set(self, "country_code", country_code)


class FaxRateCenter(Record):
    """A fax rate center and whether it has numbers.

    Attributes:
        location: Location ID, to order with orderFaxNumber.
        area_code: Area code.
        ratecenter: Rate center.
        available: Whether numbers are available.
    """

    __slots__ = ("location", "area_code", "ratecenter", "available")

    location: int | None
    area_code: str | None
    ratecenter: str | None
    available: YesNo | None

    def __init__(
        self,
        *,
        location: int | None = None,
        area_code: str | None = None,
        ratecenter: str | None = None,
        available: YesNo | None = None,
    ) -> None:
        _set(self, "location", location)
        _set(self, "area_code", area_code)
        _set(self, "ratecenter", ratecenter)
        _set(self, "available", available)


class FaxState(Record):
    """A USA state offering fax numbers.

    Attributes:
        state: State code (e.g. AL).
        state_id: State ID.
        state_name: State name.
        country_code: Country code (e.g. CAN).
    """

    __slots__ = ("state", "state_id", "state_name", "country_code")

    state: str | None
    state_id: int | None
    state_name: str | None
    country_code: str | None

    def __init__(
        self,
        *,
        state: str | None = None,
        state_id: int | None = None,
        state_name: str | None = None,
        country_code: str | None = None,
    ) -> None:
        _set(self, "state", state)
        _set(self, "state_id", state_id)
        _set(self, "state_name", state_name)
        _set(self, "country_code", country_code)


class Forwarding(Record):
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

    __slots__ = (
        "forwarding",
        "phone_number",
        "callerid_override",
        "description",
        "dtmf_digits",
        "pause",
        "diversion_header",
    )

    forwarding: int | None
    phone_number: str | None
    callerid_override: str | None
    description: str | None
    dtmf_digits: str | None
    pause: Decimal | None
    diversion_header: int | None

    def __init__(
        self,
        *,
        forwarding: int | None = None,
        phone_number: str | None = None,
        callerid_override: str | None = None,
        description: str | None = None,
        dtmf_digits: str | None = None,
        pause: Decimal | None = None,
        diversion_header: int | None = None,
    ) -> None:
        _set(self, "forwarding", forwarding)
        _set(self, "phone_number", phone_number)
        _set(self, "callerid_override", callerid_override)
        _set(self, "description", description)
        _set(self, "dtmf_digits", dtmf_digits)
        _set(self, "pause", pause)
        _set(self, "diversion_header", diversion_header)


class IVR(Record):
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

    __slots__ = ("ivr", "name", "recording", "timeout_", "language", "voicemailsetup", "choices")

    ivr: int | None
    name: str | None
    recording: int | None
    timeout_: int | None
    language: str | None
    voicemailsetup: int | None
    choices: str | None

    def __init__(
        self,
        *,
        ivr: int | None = None,
        name: str | None = None,
        recording: int | None = None,
        timeout_: int | None = None,
        language: str | None = None,
        voicemailsetup: int | None = None,
        choices: str | None = None,
    ) -> None:
        _set(self, "ivr", ivr)
        _set(self, "name", name)
        _set(self, "recording", recording)
        _set(self, "timeout_", timeout_)
        _set(self, "language", language)
        _set(self, "voicemailsetup", voicemailsetup)
        _set(self, "choices", choices)


class InternationalLocation(Record):
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

    __slots__ = (
        "location_id",
        "location_name",
        "country",
        "area_code",
        "stock",
        "monthly",
        "setup",
        "minute",
        "monthly_per_minute",
        "setup_per_minute",
        "channels",
    )

    location_id: str | None
    location_name: str | None
    country: str | None
    area_code: str | None
    stock: int | None
    monthly: Decimal | None
    setup: Decimal | None
    minute: Decimal | None
    monthly_per_minute: str | None
    setup_per_minute: str | None
    channels: int | None

    def __init__(
        self,
        *,
        location_id: str | None = None,
        location_name: str | None = None,
        country: str | None = None,
        area_code: str | None = None,
        stock: int | None = None,
        monthly: Decimal | None = None,
        setup: Decimal | None = None,
        minute: Decimal | None = None,
        monthly_per_minute: str | None = None,
        setup_per_minute: str | None = None,
        channels: int | None = None,
    ) -> None:
        _set(self, "location_id", location_id)
        _set(self, "location_name", location_name)
        _set(self, "country", country)
        _set(self, "area_code", area_code)
        _set(self, "stock", stock)
        _set(self, "monthly", monthly)
        _set(self, "setup", setup)
        _set(self, "minute", minute)
        _set(self, "monthly_per_minute", monthly_per_minute)
        _set(self, "setup_per_minute", setup_per_minute)
        _set(self, "channels", channels)


class LNPAttachment(Record):
    """A file attached to a port order.

    Attributes:
        attachid: ID of the attachment.
        type: File type (e.g. pdf).
        size: Size in bytes.
    """

    __slots__ = ("attachid", "type", "size")

    attachid: int | None
    type: str | None
    size: int | None

    def __init__(
        self,
        *,
        attachid: int | None = None,
        type: str | None = None,
        size: int | None = None,
    ) -> None:
        _set(self, "attachid", attachid)
        _set(self, "type", type)
        _set(self, "size", size)


class LNPNote(Record):
    """A note of a port order.

    Attributes:
        note: Text of the note.
        date: Date of the note.
        time: Time of the note.
    """

    __slots__ = ("note", "date", "time")

    note: str | None
    date: str | None
    time: str | None

    def __init__(
        self,
        *,
        note: str | None = None,
        date: str | None = None,
        time: str | None = None,
    ) -> None:
        _set(self, "note", note)
        _set(self, "date", date)
        _set(self, "time", time)


class LNPPort(Record):
    """A port (LNP) order.

    Attributes:
        portid: ID of the port order.
        numbers: Numbers being ported, comma-separated.
        foc_date: Firm order commitment date (false when not set).
        status: Status of the port order.
    """

    __slots__ = ("portid", "numbers", "foc_date", "status")

    portid: int | None
    numbers: str | None
    foc_date: str | None
    status: str | None

    def __init__(
        self,
        *,
        portid: int | None = None,
        numbers: str | None = None,
        foc_date: str | None = None,
        status: str | None = None,
    ) -> None:
        _set(self, "portid", portid)
        _set(self, "numbers", numbers)
        _set(self, "foc_date", foc_date)
        _set(self, "status", status)


class MmsMessage(Record):
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

    __slots__ = (
        "id",
        "date",
        "type",
        "did",
        "contact",
        "message",
        "carrier_status",
        "col_media1",
        "col_media2",
        "col_media3",
        "media",
    )

    id: int | None
    date: _dt.datetime | None
    type: int | None
    did: str | None
    contact: str | None
    message: str | None
    carrier_status: str | None
    col_media1: str | None
    col_media2: str | None
    col_media3: str | None
    media: tuple[str, ...]

    def __init__(
        self,
        *,
        id: int | None = None,
        date: _dt.datetime | None = None,
        type: int | None = None,
        did: str | None = None,
        contact: str | None = None,
        message: str | None = None,
        carrier_status: str | None = None,
        col_media1: str | None = None,
        col_media2: str | None = None,
        col_media3: str | None = None,
        media: tuple[str, ...] = (),
    ) -> None:
        _set(self, "id", id)
        _set(self, "date", date)
        _set(self, "type", type)
        _set(self, "did", did)
        _set(self, "contact", contact)
        _set(self, "message", message)
        _set(self, "carrier_status", carrier_status)
        _set(self, "col_media1", col_media1)
        _set(self, "col_media2", col_media2)
        _set(self, "col_media3", col_media3)
        _set(self, "media", media)


class MusicOnHold(Record):
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

    __slots__ = ("value", "description", "recordings", "total", "volume", "sort", "custom")

    value: str | None
    description: str | None
    recordings: str | None
    total: int | None
    volume: str | None
    sort: str | None
    custom: int | None

    def __init__(
        self,
        *,
        value: str | None = None,
        description: str | None = None,
        recordings: str | None = None,
        total: int | None = None,
        volume: str | None = None,
        sort: str | None = None,
        custom: int | None = None,
    ) -> None:
        _set(self, "value", value)
        _set(self, "description", description)
        _set(self, "recordings", recordings)
        _set(self, "total", total)
        _set(self, "volume", volume)
        _set(self, "sort", sort)
        _set(self, "custom", custom)


class Package(Record):
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

    __slots__ = (
        "package",
        "name",
        "markup_fixed",
        "markup_percentage",
        "pulse",
        "international_route",
        "canada_route",
        "monthly_fee",
        "setup_fee",
        "free_minutes",
    )

    package: int | None
    name: str | None
    markup_fixed: Decimal | None
    markup_percentage: int | None
    pulse: int | None
    international_route: int | None
    canada_route: int | None
    monthly_fee: Decimal | None
    setup_fee: Decimal | None
    free_minutes: int | None

    def __init__(
        self,
        *,
        package: int | None = None,
        name: str | None = None,
        markup_fixed: Decimal | None = None,
        markup_percentage: int | None = None,
        pulse: int | None = None,
        international_route: int | None = None,
        canada_route: int | None = None,
        monthly_fee: Decimal | None = None,
        setup_fee: Decimal | None = None,
        free_minutes: int | None = None,
    ) -> None:
        _set(self, "package", package)
        _set(self, "name", name)
        _set(self, "markup_fixed", markup_fixed)
        _set(self, "markup_percentage", markup_percentage)
        _set(self, "pulse", pulse)
        _set(self, "international_route", international_route)
        _set(self, "canada_route", canada_route)
        _set(self, "monthly_fee", monthly_fee)
        _set(self, "setup_fee", setup_fee)
        _set(self, "free_minutes", free_minutes)


class PackageRate(Record):
    """A rate of a package.

    Attributes:
        destination: Destination name (e.g. Canada - 418 Quebec City).
        prefix: Dialling prefix.
        client_increment: Billing increment for the client, in seconds.
        client_rate: Per-minute rate for the client.
        real_increment: Billing increment of the reseller, in seconds.
        real_rate: Per-minute rate of the reseller.
    """

    __slots__ = ("destination", "prefix", "client_increment", "client_rate", "real_increment", "real_rate")

    destination: str | None
    prefix: str | None
    client_increment: int | None
    client_rate: Decimal | None
    real_increment: int | None
    real_rate: Decimal | None

    def __init__(
        self,
        *,
        destination: str | None = None,
        prefix: str | None = None,
        client_increment: int | None = None,
        client_rate: Decimal | None = None,
        real_increment: int | None = None,
        real_rate: Decimal | None = None,
    ) -> None:
        _set(self, "destination", destination)
        _set(self, "prefix", prefix)
        _set(self, "client_increment", client_increment)
        _set(self, "client_rate", client_rate)
        _set(self, "real_increment", real_increment)
        _set(self, "real_rate", real_rate)


class PhonebookEntry(Record):
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

    __slots__ = ("phonebook", "speed_dial", "name", "number", "callerid", "note", "group", "group_name")

    phonebook: int | None
    speed_dial: str | None
    name: str | None
    number: str | None
    callerid: str | None
    note: str | None
    group: int | None
    group_name: str | None

    def __init__(
        self,
        *,
        phonebook: int | None = None,
        speed_dial: str | None = None,
        name: str | None = None,
        number: str | None = None,
        callerid: str | None = None,
        note: str | None = None,
        group: int | None = None,
        group_name: str | None = None,
    ) -> None:
        _set(self, "phonebook", phonebook)
        _set(self, "speed_dial", speed_dial)
        _set(self, "name", name)
        _set(self, "number", number)
        _set(self, "callerid", callerid)
        _set(self, "note", note)
        _set(self, "group", group)
        _set(self, "group_name", group_name)


class PhonebookGroup(Record):
    """A phonebook group.

    Attributes:
        phonebook_group: ID of the phonebook group.
        name: Name of the group.
        members: Phonebook entry IDs, semicolon-separated.
    """

    __slots__ = ("phonebook_group", "name", "members")

    phonebook_group: int | None
    name: str | None
    members: str | None

    def __init__(
        self,
        *,
        phonebook_group: int | None = None,
        name: str | None = None,
        members: str | None = None,
    ) -> None:
        _set(self, "phonebook_group", phonebook_group)
        _set(self, "name", name)
        _set(self, "members", members)


class PortabilityPlan(Record):
    """A plan available for a ported number.

    Attributes:
        title: Name of the plan.
        price_per_month: Monthly fee.
        price_per_min: Per-minute rate.
    """

    __slots__ = ("title", "price_per_month", "price_per_min")

    title: str | None
    price_per_month: Decimal | None
    price_per_min: Decimal | None

    def __init__(
        self,
        *,
        title: str | None = None,
        price_per_month: Decimal | None = None,
        price_per_min: Decimal | None = None,
    ) -> None:
        _set(self, "title", title)
        _set(self, "price_per_month", price_per_month)
        _set(self, "price_per_min", price_per_min)


class Province(Record):
    """A Canadian province.

    Attributes:
        province: Province code (e.g. ON).
        description: Province name.
    """

    __slots__ = ("province", "description")

    province: str | None
    description: str | None

    def __init__(
        self,
        *,
        province: str | None = None,
        description: str | None = None,
    ) -> None:
        _set(self, "province", province)
        _set(self, "description", description)


class Queue(Record):
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

    __slots__ = (
        "queue",
        "queue_name",
        "queue_number",
        "queue_language",
        "queue_password",
        "callerid_prefix",
        "join_announcement",
        "priority_weight",
        "agent_announcement",
        "report_hold_time_agent",
        "member_delay",
        "music_on_hold",
        "maximum_wait_time",
        "maximum_callers",
        "join_when_empty",
        "leave_when_empty",
        "ring_strategy",
        "ring_inuse",
        "agent_ring_timeout",
        "retry_timer",
        "wrapup_time",
        "voice_announcement",
        "frequency_announcement",
        "announce_position_frecuency",
        "announce_round_seconds",
        "if_announce_position_enabled_report_estimated_hold_time",
        "thankyou_for_your_patience",
        "fail_over_routing_timeout",
        "fail_over_routing_full",
        "fail_over_routing_join_empty",
        "fail_over_routing_leave_empty",
        "fail_over_routing_join_unavail",
        "fail_over_routing_leave_unavail",
    )
    __secret_fields__ = frozenset({"queue_password"})

    queue: int | None
    queue_name: str | None
    queue_number: int | None
    queue_language: str | None
    queue_password: str | None
    callerid_prefix: str | None
    join_announcement: str | None
    priority_weight: int | None
    agent_announcement: str | None
    report_hold_time_agent: str | None
    member_delay: str | None
    music_on_hold: str | None
    maximum_wait_time: str | None
    maximum_callers: str | None
    join_when_empty: str | None
    leave_when_empty: QueueEmptyMode | None
    ring_strategy: str | None
    ring_inuse: YesNo | None
    agent_ring_timeout: int | None
    retry_timer: str | None
    wrapup_time: str | None
    voice_announcement: str | None
    frequency_announcement: str | None
    announce_position_frecuency: str | None
    announce_round_seconds: str | None
    if_announce_position_enabled_report_estimated_hold_time: YesNoOnce | None
    thankyou_for_your_patience: YesNo | None
    fail_over_routing_timeout: str | None
    fail_over_routing_full: str | None
    fail_over_routing_join_empty: str | None
    fail_over_routing_leave_empty: str | None
    fail_over_routing_join_unavail: str | None
    fail_over_routing_leave_unavail: str | None

    def __init__(
        self,
        *,
        queue: int | None = None,
        queue_name: str | None = None,
        queue_number: int | None = None,
        queue_language: str | None = None,
        queue_password: str | None = None,
        callerid_prefix: str | None = None,
        join_announcement: str | None = None,
        priority_weight: int | None = None,
        agent_announcement: str | None = None,
        report_hold_time_agent: str | None = None,
        member_delay: str | None = None,
        music_on_hold: str | None = None,
        maximum_wait_time: str | None = None,
        maximum_callers: str | None = None,
        join_when_empty: str | None = None,
        leave_when_empty: QueueEmptyMode | None = None,
        ring_strategy: str | None = None,
        ring_inuse: YesNo | None = None,
        agent_ring_timeout: int | None = None,
        retry_timer: str | None = None,
        wrapup_time: str | None = None,
        voice_announcement: str | None = None,
        frequency_announcement: str | None = None,
        announce_position_frecuency: str | None = None,
        announce_round_seconds: str | None = None,
        if_announce_position_enabled_report_estimated_hold_time: YesNoOnce | None = None,
        thankyou_for_your_patience: YesNo | None = None,
        fail_over_routing_timeout: str | None = None,
        fail_over_routing_full: str | None = None,
        fail_over_routing_join_empty: str | None = None,
        fail_over_routing_leave_empty: str | None = None,
        fail_over_routing_join_unavail: str | None = None,
        fail_over_routing_leave_unavail: str | None = None,
    ) -> None:
        _set(self, "queue", queue)
        _set(self, "queue_name", queue_name)
        _set(self, "queue_number", queue_number)
        _set(self, "queue_language", queue_language)
        _set(self, "queue_password", queue_password)
        _set(self, "callerid_prefix", callerid_prefix)
        _set(self, "join_announcement", join_announcement)
        _set(self, "priority_weight", priority_weight)
        _set(self, "agent_announcement", agent_announcement)
        _set(self, "report_hold_time_agent", report_hold_time_agent)
        _set(self, "member_delay", member_delay)
        _set(self, "music_on_hold", music_on_hold)
        _set(self, "maximum_wait_time", maximum_wait_time)
        _set(self, "maximum_callers", maximum_callers)
        _set(self, "join_when_empty", join_when_empty)
        _set(self, "leave_when_empty", leave_when_empty)
        _set(self, "ring_strategy", ring_strategy)
        _set(self, "ring_inuse", ring_inuse)
        _set(self, "agent_ring_timeout", agent_ring_timeout)
        _set(self, "retry_timer", retry_timer)
        _set(self, "wrapup_time", wrapup_time)
        _set(self, "voice_announcement", voice_announcement)
        _set(self, "frequency_announcement", frequency_announcement)
        _set(self, "announce_position_frecuency", announce_position_frecuency)
        _set(self, "announce_round_seconds", announce_round_seconds)
        _set(
            self,
            "if_announce_position_enabled_report_estimated_hold_time",
            if_announce_position_enabled_report_estimated_hold_time,
        )
        _set(self, "thankyou_for_your_patience", thankyou_for_your_patience)
        _set(self, "fail_over_routing_timeout", fail_over_routing_timeout)
        _set(self, "fail_over_routing_full", fail_over_routing_full)
        _set(self, "fail_over_routing_join_empty", fail_over_routing_join_empty)
        _set(self, "fail_over_routing_leave_empty", fail_over_routing_leave_empty)
        _set(self, "fail_over_routing_join_unavail", fail_over_routing_join_unavail)
        _set(self, "fail_over_routing_leave_unavail", fail_over_routing_leave_unavail)


class RateCenter(Record):
    """A rate center and whether it has numbers.

    Attributes:
        ratecenter: Rate center.
        available: Whether numbers are available.
    """

    __slots__ = ("ratecenter", "available")

    ratecenter: str | None
    available: YesNo | None

    def __init__(
        self,
        *,
        ratecenter: str | None = None,
        available: YesNo | None = None,
    ) -> None:
        _set(self, "ratecenter", ratecenter)
        _set(self, "available", available)


class RecordingFile(Record):
    """A recording file.

    Attributes:
        value: ID of the recording.
        data: File content, Base64-encoded.
    """

    __slots__ = ("value", "data")

    value: int | None
    data: str | None

    def __init__(
        self,
        *,
        value: int | None = None,
        data: str | None = None,
    ) -> None:
        _set(self, "value", value)
        _set(self, "data", data)


class Registration(Record):
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

    __slots__ = (
        "server_name",
        "server_shortname",
        "server_hostname",
        "server_ip",
        "server_country",
        "server_pop",
        "register_ip",
        "register_port",
        "register_next",
        "register_protocol",
        "register_transport",
    )

    server_name: str | None
    server_shortname: str | None
    server_hostname: str | None
    server_ip: str | None
    server_country: str | None
    server_pop: int | None
    register_ip: str | None
    register_port: int | None
    register_next: _dt.datetime | None
    register_protocol: str | None
    register_transport: str | None

    def __init__(
        self,
        *,
        server_name: str | None = None,
        server_shortname: str | None = None,
        server_hostname: str | None = None,
        server_ip: str | None = None,
        server_country: str | None = None,
        server_pop: int | None = None,
        register_ip: str | None = None,
        register_port: int | None = None,
        register_next: _dt.datetime | None = None,
        register_protocol: str | None = None,
        register_transport: str | None = None,
    ) -> None:
        _set(self, "server_name", server_name)
        _set(self, "server_shortname", server_shortname)
        _set(self, "server_hostname", server_hostname)
        _set(self, "server_ip", server_ip)
        _set(self, "server_country", server_country)
        _set(self, "server_pop", server_pop)
        _set(self, "register_ip", register_ip)
        _set(self, "register_port", register_port)
        _set(self, "register_next", register_next)
        _set(self, "register_protocol", register_protocol)
        _set(self, "register_transport", register_transport)


class RingGroup(Record):
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

    __slots__ = ("ring_group", "name", "caller_announcement", "music_on_hold", "language", "members", "voicemail")

    ring_group: int | None
    name: str | None
    caller_announcement: int | None
    music_on_hold: str | None
    language: str | None
    members: str | None
    voicemail: str | None

    def __init__(
        self,
        *,
        ring_group: int | None = None,
        name: str | None = None,
        caller_announcement: int | None = None,
        music_on_hold: str | None = None,
        language: str | None = None,
        members: str | None = None,
        voicemail: str | None = None,
    ) -> None:
        _set(self, "ring_group", ring_group)
        _set(self, "name", name)
        _set(self, "caller_announcement", caller_announcement)
        _set(self, "music_on_hold", music_on_hold)
        _set(self, "language", language)
        _set(self, "members", members)
        _set(self, "voicemail", voicemail)


class SIPURI(Record):
    """A SIP URI.

    Attributes:
        sipuri: ID of the SIP URI.
        uri: SIP URI.
        description: Description of the SIP URI.
        callerid_override: Caller ID override.
        callerid_e164: 1 when the caller ID is sent in E.164 form.
    """

    __slots__ = ("sipuri", "uri", "description", "callerid_override", "callerid_e164")

    sipuri: int | None
    uri: str | None
    description: str | None
    callerid_override: str | None
    callerid_e164: int | None

    def __init__(
        self,
        *,
        sipuri: int | None = None,
        uri: str | None = None,
        description: str | None = None,
        callerid_override: str | None = None,
        callerid_e164: int | None = None,
    ) -> None:
        _set(self, "sipuri", sipuri)
        _set(self, "uri", uri)
        _set(self, "description", description)
        _set(self, "callerid_override", callerid_override)
        _set(self, "callerid_e164", callerid_e164)


class CallSequence(Record):
    """A sequence: named steps (recordings to play, DTMF to send, SMS to send) run in order.

    Attributes:
        sequence: ID of the sequence.
        name: Name of the sequence.
        steps: The steps, as VoIP.ms sends them (a list of objects with a type).
    """

    __slots__ = ("sequence", "name", "steps")

    sequence: int | None
    name: str | None
    steps: object | None

    def __init__(
        self,
        *,
        sequence: int | None = None,
        name: str | None = None,
        steps: object | None = None,
    ) -> None:
        _set(self, "sequence", sequence)
        _set(self, "name", name)
        _set(self, "steps", steps)


class SequenceStep(Record):
    """One step of a sequence: play a recording (rec), send DTMF tones (dtmf) or send an SMS (sms).

    Attributes:
        type: What the step does: rec, dtmf or sms (the kinds the references show).
        id: rec: ID of the recording to play (e.g. 1234).
        codes: dtmf: the digits to send (e.g. 1234).
        from_: sms: the DID the SMS is sent from.
        to: sms: the number the SMS is sent to.
        msg: sms: the message.
    """

    __slots__ = ("type", "id", "codes", "from_", "to", "msg")

    type: str
    id: str | None
    codes: str | None
    from_: str | None
    to: str | None
    msg: str | None

    def __init__(
        self,
        *,
        type: str,
        id: str | None = None,
        codes: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        msg: str | None = None,
    ) -> None:
        _set(self, "type", type)
        _set(self, "id", id)
        _set(self, "codes", codes)
        _set(self, "from_", from_)
        _set(self, "to", to)
        _set(self, "msg", msg)


class Server(Record):
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

    __slots__ = (
        "server_name",
        "server_shortname",
        "server_hostname",
        "server_ip",
        "server_country",
        "server_pop",
        "server_recommended",
    )

    server_name: str | None
    server_shortname: str | None
    server_hostname: str | None
    server_ip: str | None
    server_country: str | None
    server_pop: int | None
    server_recommended: str | None

    def __init__(
        self,
        *,
        server_name: str | None = None,
        server_shortname: str | None = None,
        server_hostname: str | None = None,
        server_ip: str | None = None,
        server_country: str | None = None,
        server_pop: int | None = None,
        server_recommended: str | None = None,
    ) -> None:
        _set(self, "server_name", server_name)
        _set(self, "server_shortname", server_shortname)
        _set(self, "server_hostname", server_hostname)
        _set(self, "server_ip", server_ip)
        _set(self, "server_country", server_country)
        _set(self, "server_pop", server_pop)
        _set(self, "server_recommended", server_recommended)


class SmsMessage(Record):
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

    __slots__ = ("id", "date", "type", "did", "contact", "message", "carrier_status")

    id: int | None
    date: _dt.datetime | None
    type: int | None
    did: str | None
    contact: str | None
    message: str | None
    carrier_status: str | None

    def __init__(
        self,
        *,
        id: int | None = None,
        date: _dt.datetime | None = None,
        type: int | None = None,
        did: str | None = None,
        contact: str | None = None,
        message: str | None = None,
        carrier_status: str | None = None,
    ) -> None:
        _set(self, "id", id)
        _set(self, "date", date)
        _set(self, "type", type)
        _set(self, "did", did)
        _set(self, "contact", contact)
        _set(self, "message", message)
        _set(self, "carrier_status", carrier_status)


class State(Record):
    """A USA state.

    Attributes:
        state: State code (e.g. AL).
        description: State name.
    """

    __slots__ = ("state", "description")

    state: str | None
    description: str | None

    def __init__(
        self,
        *,
        state: str | None = None,
        description: str | None = None,
    ) -> None:
        _set(self, "state", state)
        _set(self, "description", description)


class StaticMember(Record):
    """A static member of a queue.

    Attributes:
        member: ID of the member.
        queue_number: Queue of the member.
        name: Description of the member.
        account: Routing of the member (e.g. SIP/10000_johnsmith).
        priority: Priority for getting calls first.
    """

    __slots__ = ("member", "queue_number", "name", "account", "priority")

    member: int | None
    queue_number: int | None
    name: str | None
    account: str | None
    priority: int | None

    def __init__(
        self,
        *,
        member: int | None = None,
        queue_number: int | None = None,
        name: str | None = None,
        account: str | None = None,
        priority: int | None = None,
    ) -> None:
        _set(self, "member", member)
        _set(self, "queue_number", queue_number)
        _set(self, "name", name)
        _set(self, "account", account)
        _set(self, "priority", priority)


class SubAccount(Record):
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

    __slots__ = (
        "id",
        "account",
        "username",
        "description",
        "protocol",
        "auth_type",
        "password",
        "ip",
        "device_type",
        "callerid_number",
        "canada_routing",
        "lock_international",
        "international_route",
        "music_on_hold",
        "language",
        "allowed_codecs",
        "dtmf_mode",
        "nat",
        "sip_traffic",
        "max_expiry",
        "rtp_timeout",
        "rtp_hold_timeout",
        "ip_restriction",
        "enable_ip_restriction",
        "pop_restriction",
        "enable_pop_restriction",
        "send_bye",
        "record_calls",
        "internal_extension",
        "internal_voicemail",
        "internal_dialtime",
        "reseller_client",
        "reseller_package",
        "reseller_nextbilling",
        "transcribe",
        "transcription_locale",
        "transcription_redaction",
        "transcription_summary",
        "transcription_sentiment",
        "transcription_email",
        "parking_lot",
        "enable_internal_cnam",
        "internal_cnam",
        "tfcarrier",
        "default_e911",
        "call_pickup_behavior",
    )
    __secret_fields__ = frozenset({"password"})

    id: int | None
    account: str | None
    username: str | None
    description: str | None
    protocol: int | None
    auth_type: int | None
    password: str | None
    ip: str | None
    device_type: int | None
    callerid_number: str | None
    canada_routing: int | None
    lock_international: int | None
    international_route: int | None
    music_on_hold: str | None
    language: str | None
    allowed_codecs: str | None
    dtmf_mode: str | None
    nat: str | None
    sip_traffic: int | None
    max_expiry: int | None
    rtp_timeout: int | None
    rtp_hold_timeout: int | None
    ip_restriction: str | None
    enable_ip_restriction: int | None
    pop_restriction: str | None
    enable_pop_restriction: int | None
    send_bye: int | None
    record_calls: int | None
    internal_extension: str | None
    internal_voicemail: str | None
    internal_dialtime: int | None
    reseller_client: str | None
    reseller_package: str | None
    reseller_nextbilling: _dt.date | None
    transcribe: int | None
    transcription_locale: str | None
    transcription_redaction: YesNo | None
    transcription_summary: YesNo | None
    transcription_sentiment: YesNo | None
    transcription_email: str | None
    parking_lot: int | None
    enable_internal_cnam: int | None
    internal_cnam: str | None
    tfcarrier: int | None
    default_e911: str | None
    call_pickup_behavior: str | None

    def __init__(
        self,
        *,
        id: int | None = None,
        account: str | None = None,
        username: str | None = None,
        description: str | None = None,
        protocol: int | None = None,
        auth_type: int | None = None,
        password: str | None = None,
        ip: str | None = None,
        device_type: int | None = None,
        callerid_number: str | None = None,
        canada_routing: int | None = None,
        lock_international: int | None = None,
        international_route: int | None = None,
        music_on_hold: str | None = None,
        language: str | None = None,
        allowed_codecs: str | None = None,
        dtmf_mode: str | None = None,
        nat: str | None = None,
        sip_traffic: int | None = None,
        max_expiry: int | None = None,
        rtp_timeout: int | None = None,
        rtp_hold_timeout: int | None = None,
        ip_restriction: str | None = None,
        enable_ip_restriction: int | None = None,
        pop_restriction: str | None = None,
        enable_pop_restriction: int | None = None,
        send_bye: int | None = None,
        record_calls: int | None = None,
        internal_extension: str | None = None,
        internal_voicemail: str | None = None,
        internal_dialtime: int | None = None,
        reseller_client: str | None = None,
        reseller_package: str | None = None,
        reseller_nextbilling: _dt.date | None = None,
        transcribe: int | None = None,
        transcription_locale: str | None = None,
        transcription_redaction: YesNo | None = None,
        transcription_summary: YesNo | None = None,
        transcription_sentiment: YesNo | None = None,
        transcription_email: str | None = None,
        parking_lot: int | None = None,
        enable_internal_cnam: int | None = None,
        internal_cnam: str | None = None,
        tfcarrier: int | None = None,
        default_e911: str | None = None,
        call_pickup_behavior: str | None = None,
    ) -> None:
        _set(self, "id", id)
        _set(self, "account", account)
        _set(self, "username", username)
        _set(self, "description", description)
        _set(self, "protocol", protocol)
        _set(self, "auth_type", auth_type)
        _set(self, "password", password)
        _set(self, "ip", ip)
        _set(self, "device_type", device_type)
        _set(self, "callerid_number", callerid_number)
        _set(self, "canada_routing", canada_routing)
        _set(self, "lock_international", lock_international)
        _set(self, "international_route", international_route)
        _set(self, "music_on_hold", music_on_hold)
        _set(self, "language", language)
        _set(self, "allowed_codecs", allowed_codecs)
        _set(self, "dtmf_mode", dtmf_mode)
        _set(self, "nat", nat)
        _set(self, "sip_traffic", sip_traffic)
        _set(self, "max_expiry", max_expiry)
        _set(self, "rtp_timeout", rtp_timeout)
        _set(self, "rtp_hold_timeout", rtp_hold_timeout)
        _set(self, "ip_restriction", ip_restriction)
        _set(self, "enable_ip_restriction", enable_ip_restriction)
        _set(self, "pop_restriction", pop_restriction)
        _set(self, "enable_pop_restriction", enable_pop_restriction)
        _set(self, "send_bye", send_bye)
        _set(self, "record_calls", record_calls)
        _set(self, "internal_extension", internal_extension)
        _set(self, "internal_voicemail", internal_voicemail)
        _set(self, "internal_dialtime", internal_dialtime)
        _set(self, "reseller_client", reseller_client)
        _set(self, "reseller_package", reseller_package)
        _set(self, "reseller_nextbilling", reseller_nextbilling)
        _set(self, "transcribe", transcribe)
        _set(self, "transcription_locale", transcription_locale)
        _set(self, "transcription_redaction", transcription_redaction)
        _set(self, "transcription_summary", transcription_summary)
        _set(self, "transcription_sentiment", transcription_sentiment)
        _set(self, "transcription_email", transcription_email)
        _set(self, "parking_lot", parking_lot)
        _set(self, "enable_internal_cnam", enable_internal_cnam)
        _set(self, "internal_cnam", internal_cnam)
        _set(self, "tfcarrier", tfcarrier)
        _set(self, "default_e911", default_e911)
        _set(self, "call_pickup_behavior", call_pickup_behavior)


class TerminationRate(Record):
    """A termination rate.

    Attributes:
        destination: Destination name (e.g. Canada - 204 Manitoba).
        prefix: Dialling prefix.
        increment: Billing increment in seconds.
        rate: Per-minute rate.
    """

    __slots__ = ("destination", "prefix", "increment", "rate")

    destination: str | None
    prefix: str | None
    increment: int | None
    rate: Decimal | None

    def __init__(
        self,
        *,
        destination: str | None = None,
        prefix: str | None = None,
        increment: int | None = None,
        rate: Decimal | None = None,
    ) -> None:
        _set(self, "destination", destination)
        _set(self, "prefix", prefix)
        _set(self, "increment", increment)
        _set(self, "rate", rate)


class TimeCondition(Record):
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

    __slots__ = (
        "timecondition",
        "name",
        "routing_match",
        "routing_nomatch",
        "starthour",
        "startminute",
        "endhour",
        "endminute",
        "weekdaystart",
        "weekdayend",
    )

    timecondition: int | None
    name: str | None
    routing_match: str | None
    routing_nomatch: str | None
    starthour: str | None
    startminute: str | None
    endhour: str | None
    endminute: str | None
    weekdaystart: str | None
    weekdayend: str | None

    def __init__(
        self,
        *,
        timecondition: int | None = None,
        name: str | None = None,
        routing_match: str | None = None,
        routing_nomatch: str | None = None,
        starthour: str | None = None,
        startminute: str | None = None,
        endhour: str | None = None,
        endminute: str | None = None,
        weekdaystart: str | None = None,
        weekdayend: str | None = None,
    ) -> None:
        _set(self, "timecondition", timecondition)
        _set(self, "name", name)
        _set(self, "routing_match", routing_match)
        _set(self, "routing_nomatch", routing_nomatch)
        _set(self, "starthour", starthour)
        _set(self, "startminute", startminute)
        _set(self, "endhour", endhour)
        _set(self, "endminute", endminute)
        _set(self, "weekdaystart", weekdaystart)
        _set(self, "weekdayend", weekdayend)


class TollFreeCanUSNumber(Record):
    """A USA/Canada toll-free number available for order.

    Attributes:
        did: DID number.
        monthly: Monthly fee.
        minute: Per-minute rate.
        setup: Setup fee.
    """

    __slots__ = ("did", "monthly", "minute", "setup")

    did: str | None
    monthly: Decimal | None
    minute: Decimal | None
    setup: Decimal | None

    def __init__(
        self,
        *,
        did: str | None = None,
        monthly: Decimal | None = None,
        minute: Decimal | None = None,
        setup: Decimal | None = None,
    ) -> None:
        _set(self, "did", did)
        _set(self, "monthly", monthly)
        _set(self, "minute", minute)
        _set(self, "setup", setup)


class TollFreeUSANumber(Record):
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

    __slots__ = ("did", "monthly", "minute_usa", "minute_canada", "minute_puertorico", "minute_alaska", "setup")

    did: str | None
    monthly: Decimal | None
    minute_usa: Decimal | None
    minute_canada: Decimal | None
    minute_puertorico: Decimal | None
    minute_alaska: Decimal | None
    setup: Decimal | None

    def __init__(
        self,
        *,
        did: str | None = None,
        monthly: Decimal | None = None,
        minute_usa: Decimal | None = None,
        minute_canada: Decimal | None = None,
        minute_puertorico: Decimal | None = None,
        minute_alaska: Decimal | None = None,
        setup: Decimal | None = None,
    ) -> None:
        _set(self, "did", did)
        _set(self, "monthly", monthly)
        _set(self, "minute_usa", minute_usa)
        _set(self, "minute_canada", minute_canada)
        _set(self, "minute_puertorico", minute_puertorico)
        _set(self, "minute_alaska", minute_alaska)
        _set(self, "setup", setup)


class Transaction(Record):
    """An account transaction.

    Attributes:
        date: Date and time of the transaction, naive, in VoIP.ms's local time (the docs name no zone).
        uniqueid: Unique ID of the transaction.
        type: Type of the transaction.
        description: Description.
        ammount: Amount of the transaction (wire name misspelt by the provider).
    """

    __slots__ = ("date", "uniqueid", "type", "description", "ammount")

    date: _dt.datetime | None
    uniqueid: str | None
    type: str | None
    description: str | None
    ammount: Decimal | None

    def __init__(
        self,
        *,
        date: _dt.datetime | None = None,
        uniqueid: str | None = None,
        type: str | None = None,
        description: str | None = None,
        ammount: Decimal | None = None,
    ) -> None:
        _set(self, "date", date)
        _set(self, "uniqueid", uniqueid)
        _set(self, "type", type)
        _set(self, "description", description)
        _set(self, "ammount", ammount)


class VPRI(Record):
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

    __slots__ = (
        "vpri",
        "name",
        "note",
        "channels",
        "monthly_fee",
        "next_billing",
        "burst_enabled",
        "burst_max_channels",
        "burst_percentage_charge",
    )

    vpri: int | None
    name: str | None
    note: str | None
    channels: int | None
    monthly_fee: Decimal | None
    next_billing: _dt.date | None
    burst_enabled: int | None
    burst_max_channels: int | None
    burst_percentage_charge: int | None

    def __init__(
        self,
        *,
        vpri: int | None = None,
        name: str | None = None,
        note: str | None = None,
        channels: int | None = None,
        monthly_fee: Decimal | None = None,
        next_billing: _dt.date | None = None,
        burst_enabled: int | None = None,
        burst_max_channels: int | None = None,
        burst_percentage_charge: int | None = None,
    ) -> None:
        _set(self, "vpri", vpri)
        _set(self, "name", name)
        _set(self, "note", note)
        _set(self, "channels", channels)
        _set(self, "monthly_fee", monthly_fee)
        _set(self, "next_billing", next_billing)
        _set(self, "burst_enabled", burst_enabled)
        _set(self, "burst_max_channels", burst_max_channels)
        _set(self, "burst_percentage_charge", burst_percentage_charge)


class ValueDescription(Record):
    """One option of a lookup list: a code and its name.

    Attributes:
        value: Code, to pass back as a parameter.
        description: Human-readable name.
    """

    __slots__ = ("value", "description")

    value: str | None
    description: str | None

    def __init__(
        self,
        *,
        value: str | None = None,
        description: str | None = None,
    ) -> None:
        _set(self, "value", value)
        _set(self, "description", description)


class VanityNumber(Record):
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

    __slots__ = (
        "did",
        "monthly_american",
        "monthly_canadian",
        "minute_american_usa",
        "minute_american_canada",
        "minute_canadian",
        "setup_american",
        "setup_canadian",
    )

    did: str | None
    monthly_american: Decimal | None
    monthly_canadian: Decimal | None
    minute_american_usa: Decimal | None
    minute_american_canada: Decimal | None
    minute_canadian: Decimal | None
    setup_american: Decimal | None
    setup_canadian: Decimal | None

    def __init__(
        self,
        *,
        did: str | None = None,
        monthly_american: Decimal | None = None,
        monthly_canadian: Decimal | None = None,
        minute_american_usa: Decimal | None = None,
        minute_american_canada: Decimal | None = None,
        minute_canadian: Decimal | None = None,
        setup_american: Decimal | None = None,
        setup_canadian: Decimal | None = None,
    ) -> None:
        _set(self, "did", did)
        _set(self, "monthly_american", monthly_american)
        _set(self, "monthly_canadian", monthly_canadian)
        _set(self, "minute_american_usa", minute_american_usa)
        _set(self, "minute_american_canada", minute_american_canada)
        _set(self, "minute_canadian", minute_canadian)
        _set(self, "setup_american", setup_american)
        _set(self, "setup_canadian", setup_canadian)


class Voicemail(Record):
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

    __slots__ = (
        "mailbox",
        "name",
        "password",
        "skip_password",
        "email",
        "attach_message",
        "delete_message",
        "say_time",
        "timezone",
        "say_callerid",
        "play_instructions",
        "language",
        "email_attachment_format",
        "unavailable_message_recording",
        "new",
        "urgent",
        "transcription",
        "transcription_locale",
        "transcription_redaction",
        "transcription_sentiment",
        "transcription_summary",
        "transcription_format",
        "transcription_delay",
    )
    __secret_fields__ = frozenset({"password"})

    mailbox: str | None
    name: str | None
    password: str | None
    skip_password: int | None
    email: str | None
    attach_message: YesNo | None
    delete_message: YesNo | None
    say_time: YesNo | None
    timezone: str | None
    say_callerid: YesNo | None
    play_instructions: str | None
    language: str | None
    email_attachment_format: str | None
    unavailable_message_recording: int | None
    new: int | None
    urgent: int | None
    transcription: YesNo | None
    transcription_locale: str | None
    transcription_redaction: YesNo | None
    transcription_sentiment: YesNo | None
    transcription_summary: YesNo | None
    transcription_format: TranscriptionFormat | None
    transcription_delay: int | None

    def __init__(
        self,
        *,
        mailbox: str | None = None,
        name: str | None = None,
        password: str | None = None,
        skip_password: int | None = None,
        email: str | None = None,
        attach_message: YesNo | None = None,
        delete_message: YesNo | None = None,
        say_time: YesNo | None = None,
        timezone: str | None = None,
        say_callerid: YesNo | None = None,
        play_instructions: str | None = None,
        language: str | None = None,
        email_attachment_format: str | None = None,
        unavailable_message_recording: int | None = None,
        new: int | None = None,
        urgent: int | None = None,
        transcription: YesNo | None = None,
        transcription_locale: str | None = None,
        transcription_redaction: YesNo | None = None,
        transcription_sentiment: YesNo | None = None,
        transcription_summary: YesNo | None = None,
        transcription_format: TranscriptionFormat | None = None,
        transcription_delay: int | None = None,
    ) -> None:
        _set(self, "mailbox", mailbox)
        _set(self, "name", name)
        _set(self, "password", password)
        _set(self, "skip_password", skip_password)
        _set(self, "email", email)
        _set(self, "attach_message", attach_message)
        _set(self, "delete_message", delete_message)
        _set(self, "say_time", say_time)
        _set(self, "timezone", timezone)
        _set(self, "say_callerid", say_callerid)
        _set(self, "play_instructions", play_instructions)
        _set(self, "language", language)
        _set(self, "email_attachment_format", email_attachment_format)
        _set(self, "unavailable_message_recording", unavailable_message_recording)
        _set(self, "new", new)
        _set(self, "urgent", urgent)
        _set(self, "transcription", transcription)
        _set(self, "transcription_locale", transcription_locale)
        _set(self, "transcription_redaction", transcription_redaction)
        _set(self, "transcription_sentiment", transcription_sentiment)
        _set(self, "transcription_summary", transcription_summary)
        _set(self, "transcription_format", transcription_format)
        _set(self, "transcription_delay", transcription_delay)


class VoicemailMessage(Record):
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

    __slots__ = ("mailbox", "folder", "message_num", "date", "callerid", "duration", "urgent", "listened")

    mailbox: str | None
    folder: str | None
    message_num: int | None
    date: _dt.datetime | None
    callerid: str | None
    duration: str | None
    urgent: YesNo | None
    listened: YesNo | None

    def __init__(
        self,
        *,
        mailbox: str | None = None,
        folder: str | None = None,
        message_num: int | None = None,
        date: _dt.datetime | None = None,
        callerid: str | None = None,
        duration: str | None = None,
        urgent: YesNo | None = None,
        listened: YesNo | None = None,
    ) -> None:
        _set(self, "mailbox", mailbox)
        _set(self, "folder", folder)
        _set(self, "message_num", message_num)
        _set(self, "date", date)
        _set(self, "callerid", callerid)
        _set(self, "duration", duration)
        _set(self, "urgent", urgent)
        _set(self, "listened", listened)


class VoicemailMessageFile(Record):
    """A voicemail message file.

    Attributes:
        mailbox: Mailbox number.
        folder: Folder name.
        message_num: Number of the message in the folder.
        data: File content, Base64-encoded.
    """

    __slots__ = ("mailbox", "folder", "message_num", "data")

    mailbox: str | None
    folder: str | None
    message_num: int | None
    data: str | None

    def __init__(
        self,
        *,
        mailbox: str | None = None,
        folder: str | None = None,
        message_num: int | None = None,
        data: str | None = None,
    ) -> None:
        _set(self, "mailbox", mailbox)
        _set(self, "folder", folder)
        _set(self, "message_num", message_num)
        _set(self, "data", data)


class VoicemailTranscription(Record):
    """A voicemail transcription.

    Attributes:
        date: Date and time of the message.
        callerid: Caller ID.
        duration: Duration of the message.
        folder: Folder of the message.
        result: Text of the transcription.
    """

    __slots__ = ("date", "callerid", "duration", "folder", "result")

    date: str | None
    callerid: str | None
    duration: str | None
    folder: str | None
    result: str | None

    def __init__(
        self,
        *,
        date: str | None = None,
        callerid: str | None = None,
        duration: str | None = None,
        folder: str | None = None,
        result: str | None = None,
    ) -> None:
        _set(self, "date", date)
        _set(self, "callerid", callerid)
        _set(self, "duration", duration)
        _set(self, "folder", folder)
        _set(self, "result", result)


class AddLNPFileResponse(Record):
    """What addLNPFile returns.

    Attributes:
        attachment: ID of the attachment created.
    """

    __slots__ = ("attachment",)

    attachment: int | None

    def __init__(
        self,
        *,
        attachment: int | None = None,
    ) -> None:
        _set(self, "attachment", attachment)


class AddLNPPortResponse(Record):
    """What addLNPPort returns.

    Attributes:
        port: ID of the port order created.
    """

    __slots__ = ("port",)

    port: int | None

    def __init__(
        self,
        *,
        port: int | None = None,
    ) -> None:
        _set(self, "port", port)


class AddMemberToConferenceResponse(Record):
    """What addMemberToConference returns.

    Attributes:
        member: ID of the member.
    """

    __slots__ = ("member",)

    member: int | None

    def __init__(
        self,
        *,
        member: int | None = None,
    ) -> None:
        _set(self, "member", member)


class AssignDIDvPRIResponse(Record):
    """What assignDIDvPRI returns.

    Attributes:
        vpri: ID of the vPRI.
        did_added: The DID assigned.
        monthly: Monthly fee of the vPRI.
    """

    __slots__ = ("vpri", "did_added", "monthly")

    vpri: int | None
    did_added: str | None
    monthly: Decimal | None

    def __init__(
        self,
        *,
        vpri: int | None = None,
        did_added: str | None = None,
        monthly: Decimal | None = None,
    ) -> None:
        _set(self, "vpri", vpri)
        _set(self, "did_added", did_added)
        _set(self, "monthly", monthly)


class CancelFaxNumberResponse(Record):
    """What cancelFaxNumber returns.

    Attributes:
        deleted_did: The fax number cancelled.
    """

    __slots__ = ("deleted_did",)

    deleted_did: str | None

    def __init__(
        self,
        *,
        deleted_did: str | None = None,
    ) -> None:
        _set(self, "deleted_did", deleted_did)


class CreateSubAccountResponse(Record):
    """What createSubAccount returns.

    Attributes:
        id: ID of the sub account created.
        account: Name of the sub account created (e.g. 100000_VoIP).
    """

    __slots__ = ("id", "account")

    id: int | None
    account: str | None

    def __init__(
        self,
        *,
        id: int | None = None,
        account: str | None = None,
    ) -> None:
        _set(self, "id", id)
        _set(self, "account", account)


class E911AddressTypesResponse(Record):
    """What e911AddressTypes returns.

    Attributes:
        types: The options, each a code and its name.
    """

    __slots__ = ("types",)

    types: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        types: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "types", types)


class E911InfoResponse(Record):
    """What e911Info returns.

    Attributes:
        info: The e911 record of the DID.
    """

    __slots__ = ("info",)

    info: E911Info | None

    def __init__(
        self,
        *,
        info: E911Info | None = None,
    ) -> None:
        _set(self, "info", info)


class GetAllowedCodecsResponse(Record):
    """What getAllowedCodecs returns.

    Attributes:
        allowed_codecs: The options, each a code and its name.
    """

    __slots__ = ("allowed_codecs",)

    allowed_codecs: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        allowed_codecs: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "allowed_codecs", allowed_codecs)


class GetAuthTypesResponse(Record):
    """What getAuthTypes returns.

    Attributes:
        auth_types: The options, each a code and its name.
    """

    __slots__ = ("auth_types",)

    auth_types: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        auth_types: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "auth_types", auth_types)


class GetBackOrdersResponse(Record):
    """What getBackOrders returns.

    Attributes:
        quantity: Number of back orders.
        back_orders: The back orders found.
    """

    __slots__ = ("quantity", "back_orders")

    quantity: int | None
    back_orders: tuple[BackOrder, ...]

    def __init__(
        self,
        *,
        quantity: int | None = None,
        back_orders: tuple[BackOrder, ...] = (),
    ) -> None:
        _set(self, "quantity", quantity)
        _set(self, "back_orders", back_orders)


class GetBalanceManagementResponse(Record):
    """What getBalanceManagement returns.

    Attributes:
        balance_management: The options, each a code and its name.
    """

    __slots__ = ("balance_management",)

    balance_management: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        balance_management: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "balance_management", balance_management)


class GetBalanceResponse(Record):
    """What getBalance returns.

    Attributes:
        balance: Balance, with call statistics when advanced is set.
    """

    __slots__ = ("balance",)

    balance: Balance | None

    def __init__(
        self,
        *,
        balance: Balance | None = None,
    ) -> None:
        _set(self, "balance", balance)


class GetCDRResponse(Record):
    """What getCDR returns.

    Attributes:
        cdr: The call detail records found.
    """

    __slots__ = ("cdr",)

    cdr: tuple[CallDetailRecord, ...]

    def __init__(
        self,
        *,
        cdr: tuple[CallDetailRecord, ...] = (),
    ) -> None:
        _set(self, "cdr", cdr)


class GetCallAccountsResponse(Record):
    """What getCallAccounts returns.

    Attributes:
        accounts: The options, each a code and its name.
    """

    __slots__ = ("accounts",)

    accounts: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        accounts: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "accounts", accounts)


class GetCallBillingResponse(Record):
    """What getCallBilling returns.

    Attributes:
        call_billing: The options, each a code and its name.
    """

    __slots__ = ("call_billing",)

    call_billing: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        call_billing: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "call_billing", call_billing)


class GetCallHuntingsResponse(Record):
    """What getCallHuntings returns.

    Attributes:
        call_hunting: The call hunting entries found.
    """

    __slots__ = ("call_hunting",)

    call_hunting: tuple[CallHunting, ...]

    def __init__(
        self,
        *,
        call_hunting: tuple[CallHunting, ...] = (),
    ) -> None:
        _set(self, "call_hunting", call_hunting)


class GetCallParkingResponse(Record):
    """What getCallParking returns.

    Attributes:
        call_hunting: The call parking entries found.
    """

    __slots__ = ("call_hunting",)

    call_hunting: tuple[CallParking, ...]

    def __init__(
        self,
        *,
        call_hunting: tuple[CallParking, ...] = (),
    ) -> None:
        _set(self, "call_hunting", call_hunting)


class GetCallRecordingResponse(Record):
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

    __slots__ = ("callrecording", "datetime", "destination", "type", "subaccount", "duration", "base64_file")

    callrecording: str | None
    datetime: _dt.datetime | None
    destination: str | None
    type: str | None
    subaccount: int | None
    duration: str | None
    base64_file: str | None

    def __init__(
        self,
        *,
        callrecording: str | None = None,
        datetime: _dt.datetime | None = None,
        destination: str | None = None,
        type: str | None = None,
        subaccount: int | None = None,
        duration: str | None = None,
        base64_file: str | None = None,
    ) -> None:
        _set(self, "callrecording", callrecording)
        _set(self, "datetime", datetime)
        _set(self, "destination", destination)
        _set(self, "type", type)
        _set(self, "subaccount", subaccount)
        _set(self, "duration", duration)
        _set(self, "base64_file", base64_file)


class GetCallRecordingsResponse(Record):
    """What getCallRecordings returns.

    Attributes:
        recordings: The call recordings found.
    """

    __slots__ = ("recordings",)

    recordings: tuple[CallRecording, ...]

    def __init__(
        self,
        *,
        recordings: tuple[CallRecording, ...] = (),
    ) -> None:
        _set(self, "recordings", recordings)


class GetCallTranscriptionsResponse(Record):
    """What getCallTranscriptions returns.

    Attributes:
        transcriptions: The call transcriptions found.
    """

    __slots__ = ("transcriptions",)

    transcriptions: tuple[CallTranscription, ...]

    def __init__(
        self,
        *,
        transcriptions: tuple[CallTranscription, ...] = (),
    ) -> None:
        _set(self, "transcriptions", transcriptions)


class GetCallTypesResponse(Record):
    """What getCallTypes returns.

    Attributes:
        call_types: The options, each a code and its name.
    """

    __slots__ = ("call_types",)

    call_types: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        call_types: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "call_types", call_types)


class GetCallbacksResponse(Record):
    """What getCallbacks returns.

    Attributes:
        callbacks: The callback entries found.
    """

    __slots__ = ("callbacks",)

    callbacks: tuple[Callback, ...]

    def __init__(
        self,
        *,
        callbacks: tuple[Callback, ...] = (),
    ) -> None:
        _set(self, "callbacks", callbacks)


class GetCallerIDFilteringResponse(Record):
    """What getCallerIDFiltering returns.

    Attributes:
        filtering: The caller ID filterings found.
    """

    __slots__ = ("filtering",)

    filtering: tuple[CallerIDFiltering, ...]

    def __init__(
        self,
        *,
        filtering: tuple[CallerIDFiltering, ...] = (),
    ) -> None:
        _set(self, "filtering", filtering)


class GetCarriersResponse(Record):
    """What getCarriers returns.

    Attributes:
        carriers: The options, each a code and its name.
    """

    __slots__ = ("carriers",)

    carriers: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        carriers: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "carriers", carriers)


class GetChargesResponse(Record):
    """What getCharges returns.

    Attributes:
        charges: The transactions found.
    """

    __slots__ = ("charges",)

    charges: tuple[ClientTransaction, ...]

    def __init__(
        self,
        *,
        charges: tuple[ClientTransaction, ...] = (),
    ) -> None:
        _set(self, "charges", charges)


class GetClientPackagesResponse(Record):
    """What getClientPackages returns.

    Attributes:
        packages: The options, each a code and its name.
    """

    __slots__ = ("packages",)

    packages: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        packages: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "packages", packages)


class GetClientThresholdResponse(Record):
    """What getClientThreshold returns.

    Attributes:
        threshold_information: The threshold settings.
    """

    __slots__ = ("threshold_information",)

    threshold_information: ClientThreshold | None

    def __init__(
        self,
        *,
        threshold_information: ClientThreshold | None = None,
    ) -> None:
        _set(self, "threshold_information", threshold_information)


class GetClientsResponse(Record):
    """What getClients returns.

    Attributes:
        clients: The clients found.
    """

    __slots__ = ("clients",)

    clients: tuple[ResellerClient, ...]

    def __init__(
        self,
        *,
        clients: tuple[ResellerClient, ...] = (),
    ) -> None:
        _set(self, "clients", clients)


class GetConferenceMembersResponse(Record):
    """What getConferenceMembers returns.

    Attributes:
        members: The conference members found.
    """

    __slots__ = ("members",)

    members: tuple[ConferenceMember, ...]

    def __init__(
        self,
        *,
        members: tuple[ConferenceMember, ...] = (),
    ) -> None:
        _set(self, "members", members)


class GetConferenceRecordingFileResponse(Record):
    """What getConferenceRecordingFile returns.

    Attributes:
        recording: The conference recording file.
    """

    __slots__ = ("recording",)

    recording: tuple[ConferenceRecordingFile, ...]

    def __init__(
        self,
        *,
        recording: tuple[ConferenceRecordingFile, ...] = (),
    ) -> None:
        _set(self, "recording", recording)


class GetConferenceRecordingsResponse(Record):
    """What getConferenceRecordings returns.

    Attributes:
        recordings: The conference recordings found.
    """

    __slots__ = ("recordings",)

    recordings: tuple[ConferenceRecording, ...]

    def __init__(
        self,
        *,
        recordings: tuple[ConferenceRecording, ...] = (),
    ) -> None:
        _set(self, "recordings", recordings)


class GetConferenceResponse(Record):
    """What getConference returns.

    Attributes:
        conference: The conferences found.
    """

    __slots__ = ("conference",)

    conference: tuple[Conference, ...]

    def __init__(
        self,
        *,
        conference: tuple[Conference, ...] = (),
    ) -> None:
        _set(self, "conference", conference)


class GetCountriesResponse(Record):
    """What getCountries returns.

    Attributes:
        countries: The options, each a code and its name.
    """

    __slots__ = ("countries",)

    countries: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        countries: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "countries", countries)


class GetDIDCountriesResponse(Record):
    """What getDIDCountries returns.

    Attributes:
        countries: The options, each a code and its name.
    """

    __slots__ = ("countries",)

    countries: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        countries: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "countries", countries)


class GetDIDsCANResponse(Record):
    """What getDIDsCAN returns.

    Attributes:
        dids: The available Canadian DIDs found.
    """

    __slots__ = ("dids",)

    dids: tuple[AvailableDIDCAN, ...]

    def __init__(
        self,
        *,
        dids: tuple[AvailableDIDCAN, ...] = (),
    ) -> None:
        _set(self, "dids", dids)


class GetDIDsInfoResponse(Record):
    """What getDIDsInfo returns.

    Attributes:
        dids: The DIDs found.
    """

    __slots__ = ("dids",)

    dids: tuple[DIDInfo, ...]

    def __init__(
        self,
        *,
        dids: tuple[DIDInfo, ...] = (),
    ) -> None:
        _set(self, "dids", dids)


class GetDIDsInternationalGeographicResponse(Record):
    """What getDIDsInternationalGeographic returns.

    Attributes:
        locations: The locations found.
    """

    __slots__ = ("locations",)

    locations: tuple[InternationalLocation, ...]

    def __init__(
        self,
        *,
        locations: tuple[InternationalLocation, ...] = (),
    ) -> None:
        _set(self, "locations", locations)


class GetDIDsInternationalNationalResponse(Record):
    """What getDIDsInternationalNational returns.

    Attributes:
        locations: The locations found.
    """

    __slots__ = ("locations",)

    locations: tuple[InternationalLocation, ...]

    def __init__(
        self,
        *,
        locations: tuple[InternationalLocation, ...] = (),
    ) -> None:
        _set(self, "locations", locations)


class GetDIDsInternationalTollFreeResponse(Record):
    """What getDIDsInternationalTollFree returns.

    Attributes:
        locations: The locations found.
    """

    __slots__ = ("locations",)

    locations: tuple[InternationalLocation, ...]

    def __init__(
        self,
        *,
        locations: tuple[InternationalLocation, ...] = (),
    ) -> None:
        _set(self, "locations", locations)


class GetDIDsUSAResponse(Record):
    """What getDIDsUSA returns.

    Attributes:
        dids: The available USA DIDs found.
    """

    __slots__ = ("dids",)

    dids: tuple[AvailableDIDUSA, ...]

    def __init__(
        self,
        *,
        dids: tuple[AvailableDIDUSA, ...] = (),
    ) -> None:
        _set(self, "dids", dids)


class GetDIDvPRIResponse(Record):
    """What getDIDvPRI returns.

    Attributes:
        dids: DIDs assigned to the vPRI.
    """

    __slots__ = ("dids",)

    dids: tuple[str, ...]

    def __init__(
        self,
        *,
        dids: tuple[str, ...] = (),
    ) -> None:
        _set(self, "dids", dids)


class GetDISAsResponse(Record):
    """What getDISAs returns.

    Attributes:
        disa: The DISAs found.
    """

    __slots__ = ("disa",)

    disa: tuple[DISA, ...]

    def __init__(
        self,
        *,
        disa: tuple[DISA, ...] = (),
    ) -> None:
        _set(self, "disa", disa)


class GetDTMFModesResponse(Record):
    """What getDTMFModes returns.

    Attributes:
        dtmf_modes: The options, each a code and its name.
    """

    __slots__ = ("dtmf_modes",)

    dtmf_modes: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        dtmf_modes: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "dtmf_modes", dtmf_modes)


class GetDepositsResponse(Record):
    """What getDeposits returns.

    Attributes:
        deposits: The transactions found.
    """

    __slots__ = ("deposits",)

    deposits: tuple[ClientTransaction, ...]

    def __init__(
        self,
        *,
        deposits: tuple[ClientTransaction, ...] = (),
    ) -> None:
        _set(self, "deposits", deposits)


class GetDeviceTypesResponse(Record):
    """What getDeviceTypes returns.

    Attributes:
        device_types: The options, each a code and its name.
    """

    __slots__ = ("device_types",)

    device_types: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        device_types: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "device_types", device_types)


class GetEmailToFaxResponse(Record):
    """What getEmailToFax returns.

    Attributes:
        email_to_fax: The email-to-fax configurations found.
    """

    __slots__ = ("email_to_fax",)

    email_to_fax: tuple[EmailToFax, ...]

    def __init__(
        self,
        *,
        email_to_fax: tuple[EmailToFax, ...] = (),
    ) -> None:
        _set(self, "email_to_fax", email_to_fax)


class GetFaxFoldersResponse(Record):
    """What getFaxFolders returns.

    Attributes:
        folders: The fax folders found.
    """

    __slots__ = ("folders",)

    folders: tuple[FaxFolder, ...]

    def __init__(
        self,
        *,
        folders: tuple[FaxFolder, ...] = (),
    ) -> None:
        _set(self, "folders", folders)


class GetFaxMessagePDFResponse(Record):
    """What getFaxMessagePDF returns.

    Attributes:
        message_base64: PDF of the fax, Base64-encoded.
    """

    __slots__ = ("message_base64",)

    message_base64: str | None

    def __init__(
        self,
        *,
        message_base64: str | None = None,
    ) -> None:
        _set(self, "message_base64", message_base64)


class GetFaxMessagesResponse(Record):
    """What getFaxMessages returns.

    Attributes:
        faxes: The fax messages found.
    """

    __slots__ = ("faxes",)

    faxes: tuple[FaxMessage, ...]

    def __init__(
        self,
        *,
        faxes: tuple[FaxMessage, ...] = (),
    ) -> None:
        _set(self, "faxes", faxes)


class GetFaxNumbersInfoResponse(Record):
    """What getFaxNumbersInfo returns.

    Attributes:
        numbers: The fax numbers found.
    """

    __slots__ = ("numbers",)

    numbers: tuple[FaxNumber, ...]

    def __init__(
        self,
        *,
        numbers: tuple[FaxNumber, ...] = (),
    ) -> None:
        _set(self, "numbers", numbers)


class GetFaxNumbersPortabilityResponse(Record):
    """What getFaxNumbersPortability returns.

    Attributes:
        get_fax_numbers_portability: Whether the fax number can be ported.
    """

    __slots__ = ("get_fax_numbers_portability",)

    get_fax_numbers_portability: YesNo | None

    def __init__(
        self,
        *,
        get_fax_numbers_portability: YesNo | None = None,
    ) -> None:
        _set(self, "get_fax_numbers_portability", get_fax_numbers_portability)


class GetFaxProvincesResponse(Record):
    """What getFaxProvinces returns.

    Attributes:
        provinces: The fax provinces found.
    """

    __slots__ = ("provinces",)

    provinces: tuple[FaxProvince, ...]

    def __init__(
        self,
        *,
        provinces: tuple[FaxProvince, ...] = (),
    ) -> None:
        _set(self, "provinces", provinces)


class GetFaxRateCentersCANResponse(Record):
    """What getFaxRateCentersCAN returns.

    Attributes:
        ratecenters: The fax rate centers found.
    """

    __slots__ = ("ratecenters",)

    ratecenters: tuple[FaxRateCenter, ...]

    def __init__(
        self,
        *,
        ratecenters: tuple[FaxRateCenter, ...] = (),
    ) -> None:
        _set(self, "ratecenters", ratecenters)


class GetFaxRateCentersUSAResponse(Record):
    """What getFaxRateCentersUSA returns.

    Attributes:
        ratecenters: The fax rate centers found.
    """

    __slots__ = ("ratecenters",)

    ratecenters: tuple[FaxRateCenter, ...]

    def __init__(
        self,
        *,
        ratecenters: tuple[FaxRateCenter, ...] = (),
    ) -> None:
        _set(self, "ratecenters", ratecenters)


class GetFaxStatesResponse(Record):
    """What getFaxStates returns.

    Attributes:
        states: The fax states found.
    """

    __slots__ = ("states",)

    states: tuple[FaxState, ...]

    def __init__(
        self,
        *,
        states: tuple[FaxState, ...] = (),
    ) -> None:
        _set(self, "states", states)


class GetForwardingsResponse(Record):
    """What getForwardings returns.

    Attributes:
        forwardings: The forwarding entries found.
    """

    __slots__ = ("forwardings",)

    forwardings: tuple[Forwarding, ...]

    def __init__(
        self,
        *,
        forwardings: tuple[Forwarding, ...] = (),
    ) -> None:
        _set(self, "forwardings", forwardings)


class GetInvoiceResponse(Record):
    """What getInvoice returns.

    Attributes:
        url: URL of the invoice's PDF file (the key is assumed: no answer is documented).
    """

    __slots__ = ("url",)

    url: str | None

    def __init__(
        self,
        *,
        url: str | None = None,
    ) -> None:
        _set(self, "url", url)


class GetIPResponse(Record):
    """What getIP returns.

    Attributes:
        ip: IP address the API sees for this client.
    """

    __slots__ = ("ip",)

    ip: str | None

    def __init__(
        self,
        *,
        ip: str | None = None,
    ) -> None:
        _set(self, "ip", ip)


class GetIVRsResponse(Record):
    """What getIVRs returns.

    Attributes:
        ivrs: The IVRs found.
    """

    __slots__ = ("ivrs",)

    ivrs: tuple[IVR, ...]

    def __init__(
        self,
        *,
        ivrs: tuple[IVR, ...] = (),
    ) -> None:
        _set(self, "ivrs", ivrs)


class GetInternationalTypesResponse(Record):
    """What getInternationalTypes returns.

    Attributes:
        types: The options, each a code and its name.
    """

    __slots__ = ("types",)

    types: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        types: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "types", types)


class GetJoinWhenEmptyTypesResponse(Record):
    """What getJoinWhenEmptyTypes returns.

    Attributes:
        types: The options, each a code and its name.
    """

    __slots__ = ("types",)

    types: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        types: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "types", types)


class GetLNPAttachListResponse(Record):
    """What getLNPAttachList returns.

    Attributes:
        list: The attachments found.
    """

    __slots__ = ("list",)

    list: tuple[LNPAttachment, ...]

    def __init__(
        self,
        *,
        list: tuple[LNPAttachment, ...] = (),
    ) -> None:
        _set(self, "list", list)


class GetLNPAttachResponse(Record):
    """What getLNPAttach returns.

    Attributes:
        type: File type (e.g. pdf).
        size: Size in bytes.
        base64: File content, Base64-encoded.
    """

    __slots__ = ("type", "size", "base64")

    type: str | None
    size: int | None
    base64: str | None

    def __init__(
        self,
        *,
        type: str | None = None,
        size: int | None = None,
        base64: str | None = None,
    ) -> None:
        _set(self, "type", type)
        _set(self, "size", size)
        _set(self, "base64", base64)


class GetLNPListResponse(Record):
    """What getLNPList returns.

    Attributes:
        list: The port orders found.
    """

    __slots__ = ("list",)

    list: tuple[LNPPort, ...]

    def __init__(
        self,
        *,
        list: tuple[LNPPort, ...] = (),
    ) -> None:
        _set(self, "list", list)


class GetLNPListStatusResponse(Record):
    """What getLNPListStatus returns.

    Attributes:
        list_status: Status descriptions keyed by status code.
    """

    __slots__ = ("list_status",)

    list_status: object | None

    def __init__(
        self,
        *,
        list_status: object | None = None,
    ) -> None:
        _set(self, "list_status", list_status)


class GetLNPNotesResponse(Record):
    """What getLNPNotes returns.

    Attributes:
        list: The notes found.
    """

    __slots__ = ("list",)

    list: tuple[LNPNote, ...]

    def __init__(
        self,
        *,
        list: tuple[LNPNote, ...] = (),
    ) -> None:
        _set(self, "list", list)


class GetLNPStatusResponse(Record):
    """What getLNPStatus returns.

    Attributes:
        post_status: Status code of the port order.
        post_status_description: Status of the port order, in words.
    """

    __slots__ = ("post_status", "post_status_description")

    post_status: str | None
    post_status_description: str | None

    def __init__(
        self,
        *,
        post_status: str | None = None,
        post_status_description: str | None = None,
    ) -> None:
        _set(self, "post_status", post_status)
        _set(self, "post_status_description", post_status_description)


class GetLanguagesResponse(Record):
    """What getLanguages returns.

    Attributes:
        languages: The options, each a code and its name.
    """

    __slots__ = ("languages",)

    languages: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        languages: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "languages", languages)


class GetLocalesResponse(Record):
    """What getLocales returns.

    Attributes:
        locales: The options, each a code and its name.
    """

    __slots__ = ("locales",)

    locales: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        locales: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "locales", locales)


class GetLocationsResponse(Record):
    """What getLocations returns.

    Attributes:
        locations: Names of the internal extension locations.
    """

    __slots__ = ("locations",)

    locations: tuple[str, ...]

    def __init__(
        self,
        *,
        locations: tuple[str, ...] = (),
    ) -> None:
        _set(self, "locations", locations)


class GetLockInternationalResponse(Record):
    """What getLockInternational returns.

    Attributes:
        lock_international: The options, each a code and its name.
    """

    __slots__ = ("lock_international",)

    lock_international: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        lock_international: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "lock_international", lock_international)


class GetMMSResponse(Record):
    """What getMMS returns.

    Attributes:
        sms: The MMS messages found.
    """

    __slots__ = ("sms",)

    sms: tuple[MmsMessage, ...]

    def __init__(
        self,
        *,
        sms: tuple[MmsMessage, ...] = (),
    ) -> None:
        _set(self, "sms", sms)


class GetMediaMMSResponse(Record):
    """What getMediaMMS returns.

    Attributes:
        id: ID of the message.
        date: Date and time of the message, naive, in VoIP.ms's local time (the docs name no zone).
        media: The media URLs, as an array or an object keyed by position.
    """

    __slots__ = ("id", "date", "media")

    id: int | None
    date: _dt.datetime | None
    media: object | None

    def __init__(
        self,
        *,
        id: int | None = None,
        date: _dt.datetime | None = None,
        media: object | None = None,
    ) -> None:
        _set(self, "id", id)
        _set(self, "date", date)
        _set(self, "media", media)


class GetMusicOnHoldResponse(Record):
    """What getMusicOnHold returns.

    Attributes:
        music_on_hold: The music on hold options found.
    """

    __slots__ = ("music_on_hold",)

    music_on_hold: tuple[MusicOnHold, ...]

    def __init__(
        self,
        *,
        music_on_hold: tuple[MusicOnHold, ...] = (),
    ) -> None:
        _set(self, "music_on_hold", music_on_hold)


class GetNATResponse(Record):
    """What getNAT returns.

    Attributes:
        nat: The options, each a code and its name.
    """

    __slots__ = ("nat",)

    nat: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        nat: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "nat", nat)


class GetPackagesResponse(Record):
    """What getPackages returns.

    Attributes:
        packages: The packages found.
    """

    __slots__ = ("packages",)

    packages: tuple[Package, ...]

    def __init__(
        self,
        *,
        packages: tuple[Package, ...] = (),
    ) -> None:
        _set(self, "packages", packages)


class GetPhonebookGroupsResponse(Record):
    """What getPhonebookGroups returns.

    Attributes:
        phonebooks: The phonebook groups found.
    """

    __slots__ = ("phonebooks",)

    phonebooks: tuple[PhonebookGroup, ...]

    def __init__(
        self,
        *,
        phonebooks: tuple[PhonebookGroup, ...] = (),
    ) -> None:
        _set(self, "phonebooks", phonebooks)


class GetPhonebookResponse(Record):
    """What getPhonebook returns.

    Attributes:
        phonebooks: The phonebook entries found.
    """

    __slots__ = ("phonebooks",)

    phonebooks: tuple[PhonebookEntry, ...]

    def __init__(
        self,
        *,
        phonebooks: tuple[PhonebookEntry, ...] = (),
    ) -> None:
        _set(self, "phonebooks", phonebooks)


class GetPlayInstructionsResponse(Record):
    """What getPlayInstructions returns.

    Attributes:
        play_instructions: The options, each a code and its name.
    """

    __slots__ = ("play_instructions",)

    play_instructions: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        play_instructions: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "play_instructions", play_instructions)


class GetPortabilityResponse(Record):
    """What getPortability returns.

    Attributes:
        portable: Whether the number can be ported.
        sms: Whether SMS can be enabled on the ported number.
        plans: The portability plans found.
    """

    __slots__ = ("portable", "sms", "plans")

    portable: YesNo | None
    sms: YesNo | None
    plans: tuple[PortabilityPlan, ...]

    def __init__(
        self,
        *,
        portable: YesNo | None = None,
        sms: YesNo | None = None,
        plans: tuple[PortabilityPlan, ...] = (),
    ) -> None:
        _set(self, "portable", portable)
        _set(self, "sms", sms)
        _set(self, "plans", plans)


class GetProtocolsResponse(Record):
    """What getProtocols returns.

    Attributes:
        protocols: The options, each a code and its name.
    """

    __slots__ = ("protocols",)

    protocols: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        protocols: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "protocols", protocols)


class GetProvincesResponse(Record):
    """What getProvinces returns.

    Attributes:
        provinces: The provinces found.
    """

    __slots__ = ("provinces",)

    provinces: tuple[Province, ...]

    def __init__(
        self,
        *,
        provinces: tuple[Province, ...] = (),
    ) -> None:
        _set(self, "provinces", provinces)


class GetQueuesResponse(Record):
    """What getQueues returns.

    Attributes:
        queues: The queues found.
    """

    __slots__ = ("queues",)

    queues: tuple[Queue, ...]

    def __init__(
        self,
        *,
        queues: tuple[Queue, ...] = (),
    ) -> None:
        _set(self, "queues", queues)


class GetRateCentersCANResponse(Record):
    """What getRateCentersCAN returns.

    Attributes:
        ratecenters: The rate centers found.
    """

    __slots__ = ("ratecenters",)

    ratecenters: tuple[RateCenter, ...]

    def __init__(
        self,
        *,
        ratecenters: tuple[RateCenter, ...] = (),
    ) -> None:
        _set(self, "ratecenters", ratecenters)


class GetRateCentersUSAResponse(Record):
    """What getRateCentersUSA returns.

    Attributes:
        ratecenters: The rate centers found.
    """

    __slots__ = ("ratecenters",)

    ratecenters: tuple[RateCenter, ...]

    def __init__(
        self,
        *,
        ratecenters: tuple[RateCenter, ...] = (),
    ) -> None:
        _set(self, "ratecenters", ratecenters)


class GetRatesResponse(Record):
    """What getRates returns.

    Attributes:
        rates: The rates found.
    """

    __slots__ = ("rates",)

    rates: tuple[PackageRate, ...]

    def __init__(
        self,
        *,
        rates: tuple[PackageRate, ...] = (),
    ) -> None:
        _set(self, "rates", rates)


class GetRecordingFileResponse(Record):
    """What getRecordingFile returns.

    Attributes:
        recordings: The recording file.
    """

    __slots__ = ("recordings",)

    recordings: tuple[RecordingFile, ...]

    def __init__(
        self,
        *,
        recordings: tuple[RecordingFile, ...] = (),
    ) -> None:
        _set(self, "recordings", recordings)


class GetRecordingsResponse(Record):
    """What getRecordings returns.

    Attributes:
        recordings: The options, each a code and its name.
    """

    __slots__ = ("recordings",)

    recordings: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        recordings: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "recordings", recordings)


class GetRegistrationStatusResponse(Record):
    """What getRegistrationStatus returns.

    Attributes:
        registered: Whether the account is registered.
        rerouted: 1 when the registration was rerouted.
        from_server_pop: POP the registration was rerouted from.
        registrations: The registrations found.
    """

    __slots__ = ("registered", "rerouted", "from_server_pop", "registrations")

    registered: YesNo | None
    rerouted: int | None
    from_server_pop: int | None
    registrations: tuple[Registration, ...]

    def __init__(
        self,
        *,
        registered: YesNo | None = None,
        rerouted: int | None = None,
        from_server_pop: int | None = None,
        registrations: tuple[Registration, ...] = (),
    ) -> None:
        _set(self, "registered", registered)
        _set(self, "rerouted", rerouted)
        _set(self, "from_server_pop", from_server_pop)
        _set(self, "registrations", registrations)


class GetReportEstimatedHoldTimeResponse(Record):
    """What getReportEstimatedHoldTime returns.

    Attributes:
        types: The options, each a code and its name.
    """

    __slots__ = ("types",)

    types: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        types: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "types", types)


class GetResellerBalanceResponse(Record):
    """What getResellerBalance returns.

    Attributes:
        balance: Balance and call statistics of the client.
    """

    __slots__ = ("balance",)

    balance: Balance | None

    def __init__(
        self,
        *,
        balance: Balance | None = None,
    ) -> None:
        _set(self, "balance", balance)


class GetResellerCDRResponse(Record):
    """What getResellerCDR returns.

    Attributes:
        cdr: The call detail records found.
    """

    __slots__ = ("cdr",)

    cdr: tuple[CallDetailRecord, ...]

    def __init__(
        self,
        *,
        cdr: tuple[CallDetailRecord, ...] = (),
    ) -> None:
        _set(self, "cdr", cdr)


class GetResellerMMSResponse(Record):
    """What getResellerMMS returns.

    Attributes:
        sms: The MMS messages found.
    """

    __slots__ = ("sms",)

    sms: tuple[MmsMessage, ...]

    def __init__(
        self,
        *,
        sms: tuple[MmsMessage, ...] = (),
    ) -> None:
        _set(self, "sms", sms)


class GetResellerSMSResponse(Record):
    """What getResellerSMS returns.

    Attributes:
        sms: The SMS messages found.
    """

    __slots__ = ("sms",)

    sms: tuple[SmsMessage, ...]

    def __init__(
        self,
        *,
        sms: tuple[SmsMessage, ...] = (),
    ) -> None:
        _set(self, "sms", sms)


class GetRingGroupsResponse(Record):
    """What getRingGroups returns.

    Attributes:
        ring_groups: The ring groups found.
    """

    __slots__ = ("ring_groups",)

    ring_groups: tuple[RingGroup, ...]

    def __init__(
        self,
        *,
        ring_groups: tuple[RingGroup, ...] = (),
    ) -> None:
        _set(self, "ring_groups", ring_groups)


class GetRingStrategiesResponse(Record):
    """What getRingStrategies returns.

    Attributes:
        strategies: The options, each a code and its name.
    """

    __slots__ = ("strategies",)

    strategies: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        strategies: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "strategies", strategies)


class GetRoutesResponse(Record):
    """What getRoutes returns.

    Attributes:
        routes: The options, each a code and its name.
    """

    __slots__ = ("routes",)

    routes: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        routes: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "routes", routes)


class GetSIPURIsResponse(Record):
    """What getSIPURIs returns.

    Attributes:
        sipuris: The SIP URIs found.
    """

    __slots__ = ("sipuris",)

    sipuris: tuple[SIPURI, ...]

    def __init__(
        self,
        *,
        sipuris: tuple[SIPURI, ...] = (),
    ) -> None:
        _set(self, "sipuris", sipuris)


class GetSMSResponse(Record):
    """What getSMS returns.

    Attributes:
        sms: The SMS messages found.
    """

    __slots__ = ("sms",)

    sms: tuple[SmsMessage, ...]

    def __init__(
        self,
        *,
        sms: tuple[SmsMessage, ...] = (),
    ) -> None:
        _set(self, "sms", sms)


class GetSequencesResponse(Record):
    """What getSequences returns.

    Attributes:
        sequences: The sequences found (the key is assumed: no answer is documented).
    """

    __slots__ = ("sequences",)

    sequences: tuple[CallSequence, ...]

    def __init__(
        self,
        *,
        sequences: tuple[CallSequence, ...] = (),
    ) -> None:
        _set(self, "sequences", sequences)


class GetServersInfoResponse(Record):
    """What getServersInfo returns.

    Attributes:
        servers: The servers found.
    """

    __slots__ = ("servers",)

    servers: tuple[Server, ...]

    def __init__(
        self,
        *,
        servers: tuple[Server, ...] = (),
    ) -> None:
        _set(self, "servers", servers)


class GetStatesResponse(Record):
    """What getStates returns.

    Attributes:
        states: The states found.
    """

    __slots__ = ("states",)

    states: tuple[State, ...]

    def __init__(
        self,
        *,
        states: tuple[State, ...] = (),
    ) -> None:
        _set(self, "states", states)


class GetStaticMembersResponse(Record):
    """What getStaticMembers returns.

    Attributes:
        members: The static members found.
    """

    __slots__ = ("members",)

    members: tuple[StaticMember, ...]

    def __init__(
        self,
        *,
        members: tuple[StaticMember, ...] = (),
    ) -> None:
        _set(self, "members", members)


class GetSubAccountsResponse(Record):
    """What getSubAccounts returns.

    Attributes:
        accounts: The sub accounts found.
    """

    __slots__ = ("accounts",)

    accounts: tuple[SubAccount, ...]

    def __init__(
        self,
        *,
        accounts: tuple[SubAccount, ...] = (),
    ) -> None:
        _set(self, "accounts", accounts)


class GetTerminationRatesResponse(Record):
    """What getTerminationRates returns.

    Attributes:
        route: The route searched.
        rates: The rates found.
    """

    __slots__ = ("route", "rates")

    route: tuple[ValueDescription, ...]
    rates: tuple[TerminationRate, ...]

    def __init__(
        self,
        *,
        route: tuple[ValueDescription, ...] = (),
        rates: tuple[TerminationRate, ...] = (),
    ) -> None:
        _set(self, "route", route)
        _set(self, "rates", rates)


class GetTimeConditionsResponse(Record):
    """What getTimeConditions returns.

    Attributes:
        timecondition: The time conditions found.
    """

    __slots__ = ("timecondition",)

    timecondition: tuple[TimeCondition, ...]

    def __init__(
        self,
        *,
        timecondition: tuple[TimeCondition, ...] = (),
    ) -> None:
        _set(self, "timecondition", timecondition)


class GetTimezonesResponse(Record):
    """What getTimezones returns.

    Attributes:
        timezones: The options, each a code and its name.
    """

    __slots__ = ("timezones",)

    timezones: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        timezones: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "timezones", timezones)


class GetTransactionHistoryResponse(Record):
    """What getTransactionHistory returns.

    Attributes:
        transactions: The transactions found.
    """

    __slots__ = ("transactions",)

    transactions: tuple[Transaction, ...]

    def __init__(
        self,
        *,
        transactions: tuple[Transaction, ...] = (),
    ) -> None:
        _set(self, "transactions", transactions)


class GetVPRIsResponse(Record):
    """What getVPRIs returns.

    Attributes:
        vpri: The vPRIs found.
    """

    __slots__ = ("vpri",)

    vpri: tuple[VPRI, ...]

    def __init__(
        self,
        *,
        vpri: tuple[VPRI, ...] = (),
    ) -> None:
        _set(self, "vpri", vpri)


class GetVoicemailAttachmentFormatsResponse(Record):
    """What getVoicemailAttachmentFormats returns.

    Attributes:
        email_attachment_formats: The options, each a code and its name.
    """

    __slots__ = ("email_attachment_formats",)

    email_attachment_formats: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        email_attachment_formats: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "email_attachment_formats", email_attachment_formats)


class GetVoicemailFoldersResponse(Record):
    """What getVoicemailFolders returns.

    Attributes:
        folders: The options, each a code and its name.
    """

    __slots__ = ("folders",)

    folders: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        folders: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "folders", folders)


class GetVoicemailMessageFileResponse(Record):
    """What getVoicemailMessageFile returns.

    Attributes:
        message: The message file.
    """

    __slots__ = ("message",)

    message: tuple[VoicemailMessageFile, ...]

    def __init__(
        self,
        *,
        message: tuple[VoicemailMessageFile, ...] = (),
    ) -> None:
        _set(self, "message", message)


class GetVoicemailMessagesResponse(Record):
    """What getVoicemailMessages returns.

    Attributes:
        messages: The voicemail messages found.
    """

    __slots__ = ("messages",)

    messages: tuple[VoicemailMessage, ...]

    def __init__(
        self,
        *,
        messages: tuple[VoicemailMessage, ...] = (),
    ) -> None:
        _set(self, "messages", messages)


class GetVoicemailSetupsResponse(Record):
    """What getVoicemailSetups returns.

    Attributes:
        voicemailsetups: The options, each a code and its name.
    """

    __slots__ = ("voicemailsetups",)

    voicemailsetups: tuple[ValueDescription, ...]

    def __init__(
        self,
        *,
        voicemailsetups: tuple[ValueDescription, ...] = (),
    ) -> None:
        _set(self, "voicemailsetups", voicemailsetups)


class GetVoicemailTranscriptionsResponse(Record):
    """What getVoicemailTranscriptions returns.

    Attributes:
        messages: The voicemail transcriptions found.
    """

    __slots__ = ("messages",)

    messages: tuple[VoicemailTranscription, ...]

    def __init__(
        self,
        *,
        messages: tuple[VoicemailTranscription, ...] = (),
    ) -> None:
        _set(self, "messages", messages)


class GetVoicemailsResponse(Record):
    """What getVoicemails returns.

    Attributes:
        voicemails: The voicemails found.
    """

    __slots__ = ("voicemails",)

    voicemails: tuple[Voicemail, ...]

    def __init__(
        self,
        *,
        voicemails: tuple[Voicemail, ...] = (),
    ) -> None:
        _set(self, "voicemails", voicemails)


class MailFaxMessagePDFResponse(Record):
    """What mailFaxMessagePDF returns.

    Attributes:
        message_status: Outcome (e.g. message_sent).
    """

    __slots__ = ("message_status",)

    message_status: str | None

    def __init__(
        self,
        *,
        message_status: str | None = None,
    ) -> None:
        _set(self, "message_status", message_status)


class OrderFaxNumberResponse(Record):
    """What orderFaxNumber returns.

    Attributes:
        dids: Fax numbers ordered.
    """

    __slots__ = ("dids",)

    dids: tuple[str, ...]

    def __init__(
        self,
        *,
        dids: tuple[str, ...] = (),
    ) -> None:
        _set(self, "dids", dids)


class RemoveDIDvPRIResponse(Record):
    """What removeDIDvPRI returns.

    Attributes:
        vpri: ID of the vPRI.
        did_removed: The DID removed.
    """

    __slots__ = ("vpri", "did_removed")

    vpri: int | None
    did_removed: str | None

    def __init__(
        self,
        *,
        vpri: int | None = None,
        did_removed: str | None = None,
    ) -> None:
        _set(self, "vpri", vpri)
        _set(self, "did_removed", did_removed)


class SearchDIDsCANResponse(Record):
    """What searchDIDsCAN returns.

    Attributes:
        dids: The available Canadian DIDs found.
    """

    __slots__ = ("dids",)

    dids: tuple[AvailableDIDCAN, ...]

    def __init__(
        self,
        *,
        dids: tuple[AvailableDIDCAN, ...] = (),
    ) -> None:
        _set(self, "dids", dids)


class SearchDIDsUSAResponse(Record):
    """What searchDIDsUSA returns.

    Attributes:
        dids: The available USA DIDs found.
    """

    __slots__ = ("dids",)

    dids: tuple[AvailableDIDUSA, ...]

    def __init__(
        self,
        *,
        dids: tuple[AvailableDIDUSA, ...] = (),
    ) -> None:
        _set(self, "dids", dids)


class SearchFaxAreaCodeCANResponse(Record):
    """What searchFaxAreaCodeCAN returns.

    Attributes:
        ratecenters: The fax rate centers found.
    """

    __slots__ = ("ratecenters",)

    ratecenters: tuple[FaxRateCenter, ...]

    def __init__(
        self,
        *,
        ratecenters: tuple[FaxRateCenter, ...] = (),
    ) -> None:
        _set(self, "ratecenters", ratecenters)


class SearchFaxAreaCodeUSAResponse(Record):
    """What searchFaxAreaCodeUSA returns.

    Attributes:
        ratecenters: The fax rate centers found.
    """

    __slots__ = ("ratecenters",)

    ratecenters: tuple[FaxRateCenter, ...]

    def __init__(
        self,
        *,
        ratecenters: tuple[FaxRateCenter, ...] = (),
    ) -> None:
        _set(self, "ratecenters", ratecenters)


class SearchTollFreeCanUSResponse(Record):
    """What searchTollFreeCanUS returns.

    Attributes:
        dids: The toll-free numbers found.
    """

    __slots__ = ("dids",)

    dids: tuple[TollFreeCanUSNumber, ...]

    def __init__(
        self,
        *,
        dids: tuple[TollFreeCanUSNumber, ...] = (),
    ) -> None:
        _set(self, "dids", dids)


class SearchTollFreeUSAResponse(Record):
    """What searchTollFreeUSA returns.

    Attributes:
        dids: The toll-free numbers found.
    """

    __slots__ = ("dids",)

    dids: tuple[TollFreeUSANumber, ...]

    def __init__(
        self,
        *,
        dids: tuple[TollFreeUSANumber, ...] = (),
    ) -> None:
        _set(self, "dids", dids)


class SearchVanityResponse(Record):
    """What searchVanity returns.

    Attributes:
        dids: The vanity numbers found.
    """

    __slots__ = ("dids",)

    dids: tuple[VanityNumber, ...]

    def __init__(
        self,
        *,
        dids: tuple[VanityNumber, ...] = (),
    ) -> None:
        _set(self, "dids", dids)


class SendCallRecordingEmailResponse(Record):
    """What sendCallRecordingEmail returns.

    Attributes:
        msg: Confirmation message.
    """

    __slots__ = ("msg",)

    msg: str | None

    def __init__(
        self,
        *,
        msg: str | None = None,
    ) -> None:
        _set(self, "msg", msg)


class SendMMSResponse(Record):
    """What sendMMS returns.

    Attributes:
        mms: ID of the MMS sent.
    """

    __slots__ = ("mms",)

    mms: int | None

    def __init__(
        self,
        *,
        mms: int | None = None,
    ) -> None:
        _set(self, "mms", mms)


class SendSMSResponse(Record):
    """What sendSMS returns.

    Attributes:
        sms: ID of the SMS sent.
    """

    __slots__ = ("sms",)

    sms: int | None

    def __init__(
        self,
        *,
        sms: int | None = None,
    ) -> None:
        _set(self, "sms", sms)


class SetCallHuntingResponse(Record):
    """What setCallHunting returns.

    Attributes:
        call_hunting: ID of the call hunting saved.
    """

    __slots__ = ("call_hunting",)

    call_hunting: int | None

    def __init__(
        self,
        *,
        call_hunting: int | None = None,
    ) -> None:
        _set(self, "call_hunting", call_hunting)


class SetCallParkingResponse(Record):
    """What setCallParking returns.

    Attributes:
        callparking: ID of the call parking.
    """

    __slots__ = ("callparking",)

    callparking: int | None

    def __init__(
        self,
        *,
        callparking: int | None = None,
    ) -> None:
        _set(self, "callparking", callparking)


class SetCallbackResponse(Record):
    """What setCallback returns.

    Attributes:
        callback: ID of the callback.
    """

    __slots__ = ("callback",)

    callback: int | None

    def __init__(
        self,
        *,
        callback: int | None = None,
    ) -> None:
        _set(self, "callback", callback)


class SetCallerIDFilteringResponse(Record):
    """What setCallerIDFiltering returns.

    Attributes:
        filtering: ID of the caller ID filtering.
    """

    __slots__ = ("filtering",)

    filtering: int | None

    def __init__(
        self,
        *,
        filtering: int | None = None,
    ) -> None:
        _set(self, "filtering", filtering)


class SetConferenceMemberResponse(Record):
    """What setConferenceMember returns.

    Attributes:
        member: ID of the member.
    """

    __slots__ = ("member",)

    member: int | None

    def __init__(
        self,
        *,
        member: int | None = None,
    ) -> None:
        _set(self, "member", member)


class SetConferenceResponse(Record):
    """What setConference returns.

    Attributes:
        conference: ID of the conference.
    """

    __slots__ = ("conference",)

    conference: int | None

    def __init__(
        self,
        *,
        conference: int | None = None,
    ) -> None:
        _set(self, "conference", conference)


class SetDISAResponse(Record):
    """What setDISA returns.

    Attributes:
        disa: ID of the DISA.
    """

    __slots__ = ("disa",)

    disa: int | None

    def __init__(
        self,
        *,
        disa: int | None = None,
    ) -> None:
        _set(self, "disa", disa)


class SetForwardingResponse(Record):
    """What setForwarding returns.

    Attributes:
        forwarding: ID of the forwarding.
    """

    __slots__ = ("forwarding",)

    forwarding: int | None

    def __init__(
        self,
        *,
        forwarding: int | None = None,
    ) -> None:
        _set(self, "forwarding", forwarding)


class SetIVRResponse(Record):
    """What setIVR returns.

    Attributes:
        ivr: ID of the IVR.
    """

    __slots__ = ("ivr",)

    ivr: int | None

    def __init__(
        self,
        *,
        ivr: int | None = None,
    ) -> None:
        _set(self, "ivr", ivr)


class SetPhonebookGroupResponse(Record):
    """What setPhonebookGroup returns.

    Attributes:
        group: ID of the phonebook group.
    """

    __slots__ = ("group",)

    group: int | None

    def __init__(
        self,
        *,
        group: int | None = None,
    ) -> None:
        _set(self, "group", group)


class SetPhonebookResponse(Record):
    """What setPhonebook returns.

    Attributes:
        phonebook: ID of the phonebook entry.
    """

    __slots__ = ("phonebook",)

    phonebook: int | None

    def __init__(
        self,
        *,
        phonebook: int | None = None,
    ) -> None:
        _set(self, "phonebook", phonebook)


class SetQueueResponse(Record):
    """What setQueue returns.

    Attributes:
        queue: ID of the queue.
    """

    __slots__ = ("queue",)

    queue: int | None

    def __init__(
        self,
        *,
        queue: int | None = None,
    ) -> None:
        _set(self, "queue", queue)


class SetRecordingResponse(Record):
    """What setRecording returns.

    Attributes:
        recording: ID of the recording.
    """

    __slots__ = ("recording",)

    recording: int | None

    def __init__(
        self,
        *,
        recording: int | None = None,
    ) -> None:
        _set(self, "recording", recording)


class SetRingGroupResponse(Record):
    """What setRingGroup returns.

    Attributes:
        ring_group: ID of the ring group.
    """

    __slots__ = ("ring_group",)

    ring_group: int | None

    def __init__(
        self,
        *,
        ring_group: int | None = None,
    ) -> None:
        _set(self, "ring_group", ring_group)


class SetSequencesResponse(Record):
    """What setSequences returns.

    Attributes:
        sequence: ID of the sequence created or updated.
    """

    __slots__ = ("sequence",)

    sequence: int | None

    def __init__(
        self,
        *,
        sequence: int | None = None,
    ) -> None:
        _set(self, "sequence", sequence)


class SetSIPURIResponse(Record):
    """What setSIPURI returns.

    Attributes:
        sipuri: ID of the SIP URI.
    """

    __slots__ = ("sipuri",)

    sipuri: int | None

    def __init__(
        self,
        *,
        sipuri: int | None = None,
    ) -> None:
        _set(self, "sipuri", sipuri)


class SetSMSResponse(Record):
    """What setSMS returns.

    Attributes:
        sipuri: ID returned by the provider (documented as sipuri).
    """

    __slots__ = ("sipuri",)

    sipuri: int | None

    def __init__(
        self,
        *,
        sipuri: int | None = None,
    ) -> None:
        _set(self, "sipuri", sipuri)


class SetStaticMemberResponse(Record):
    """What setStaticMember returns.

    Attributes:
        member: ID of the member.
    """

    __slots__ = ("member",)

    member: int | None

    def __init__(
        self,
        *,
        member: int | None = None,
    ) -> None:
        _set(self, "member", member)


class SetTimeConditionResponse(Record):
    """What setTimeCondition returns.

    Attributes:
        timecondition: ID of the time condition.
    """

    __slots__ = ("timecondition",)

    timecondition: int | None

    def __init__(
        self,
        *,
        timecondition: int | None = None,
    ) -> None:
        _set(self, "timecondition", timecondition)


class SignupClientResponse(Record):
    """What signupClient returns.

    Attributes:
        client: ID of the reseller client.
    """

    __slots__ = ("client",)

    client: int | None

    def __init__(
        self,
        *,
        client: int | None = None,
    ) -> None:
        _set(self, "client", client)


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
