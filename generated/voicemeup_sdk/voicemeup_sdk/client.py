"""``Client`` and ``AsyncClient`` for the VoiceMeUp API; both share ``_ClientCore``."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._budget import RateBudget
from ._core import DEFAULT_TIMEOUT, ClientCore, check_credential
from ._lazy import LazyModule
from ._request import PreparedRequest, query_pairs
from ._secrets import Secret
from ._validation import Problems, check_scalar, raise_problems
from .models import (
    CURRENCY_VALUES,
    LANGUAGE_VALUES,
    OUTPUT_FORMAT_VALUES,
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
    Currency,
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
    OutputFormat,
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
    from . import _operations as _ops
else:  # the builders and parsers (the package's largest module) are imported with the first call
    _ops = LazyModule(globals(), "_ops", "._operations", __package__)

#: Where the carrier answers, by name.
BASE_URLS: Final = {"production": "https://clients.voicemeup.com"}

USER_AGENT: Final = "voicemeup_sdk/0.1.0 httpx/" + httpx.__version__
_RE_3F50B249C8: Final = re.compile("^[0-9]{4,8}\\Z")
_RE_AEF5155F1D: Final = re.compile("^[0-9a-f]{32}\\Z")


class _ClientCore(ClientCore):
    """What both clients share for this carrier: credentials, URLs, query and headers; no I/O."""

    def __init__(
        self,
        *,
        username: str | None = None,
        client_user_id: str | None = None,
        auth_token: str,
        base_url: str,
        output_format: OutputFormat | None,
        language: Language | None,
        currency: Currency | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        deadline: float,
    ) -> None:
        problems: Problems = []
        check_credential(problems, "username", username, optional=True)
        check_credential(problems, "client_user_id", client_user_id, optional=True, pattern=_RE_3F50B249C8)
        check_credential(problems, "auth_token", auth_token, pattern=_RE_AEF5155F1D)
        if username is None and client_user_id is None:
            problems.append(("username", "Give username or client_user_id with auth_token."))
        check_scalar(problems, output_format, "output_format", "enum", allowed=OUTPUT_FORMAT_VALUES)
        check_scalar(problems, language, "language", "enum", allowed=LANGUAGE_VALUES)
        check_scalar(problems, currency, "currency", "enum", allowed=CURRENCY_VALUES)
        super().__init__(
            base_url=base_url,
            base_urls=BASE_URLS,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            problems=problems,
            secrets=(auth_token,),
        )
        self._username = username
        self._client_user_id = client_user_id
        self._auth_token = Secret(auth_token)
        # Options sent with every request: query pairs, and path segments to swap.
        self._option_query: tuple[tuple[str, str], ...] = tuple(
            (name, str(value))
            for name, value in (
                ("language", language),
                ("currency", currency),
            )
            if value is not None
        )
        self._segments: tuple[tuple[str, str], ...] = (
            ("/json/", "/" + str(output_format if output_format is not None else "json") + "/"),
        )

    def __repr__(self) -> str:
        shown = ", ".join(
            (
                f"base_url={self.base_url!r}",
                f"username={self._username!r}",
                f"client_user_id={self._client_user_id!r}",
                "auth_token='********'",
            )
        )
        return f"{type(self).__name__}({shown})"

    def _url(self, prepared: PreparedRequest) -> str:
        path = prepared.path
        for segment, chosen in self._segments:
            path = path.replace(segment, chosen, 1)
        return self.base_url + path

    def _credential_pairs(self) -> tuple[tuple[str, str], ...]:
        # Credentials a rule made optional are sent only when given.
        return query_pairs(
            (
                ("username", self._username),
                ("client_user_id", self._client_user_id),
                ("auth_token", self._auth_token.reveal()),
            )
        )

    def _query(self, prepared: PreparedRequest) -> httpx.QueryParams:
        if prepared.credentials_in_body:
            return httpx.QueryParams(prepared.query)
        # An operation's own parameter of the same name (e.g. language) wins over the client option.
        given = {name for name, _ in prepared.query}
        options = [(name, value) for name, value in self._option_query if name not in given]
        return httpx.QueryParams([*self._credential_pairs(), *options, *prepared.query])

    def _headers(self, prepared: PreparedRequest) -> dict[str, str]:
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if prepared.content_type is not None:
            headers["Content-Type"] = prepared.content_type
        if prepared.soap_action is not None:
            headers["SOAPAction"] = f'"{prepared.soap_action}"'
        return headers

    def _refuse_clashes(self, prepared: PreparedRequest) -> None:
        """A parameter named like a credential in use would send that name twice; refuse it."""
        sent = {name for name, _ in self._credential_pairs()}
        clashes = [name for name, _ in prepared.query if name in sent]
        raise_problems(
            [(name, "has the name of a credential this client sends; authenticate another way") for name in clashes]
        )


class Client(SyncAPIClient, _ClientCore):
    """Client for the VoiceMeUp API.

    Manage VoiceMeUp calls, DIDs, faxes, SMS, peers, mailboxes, E911, subaccounts and more through the XML Engine API
    v1.1.

    Use it as a context manager, or call ``close()`` when done::

        with voicemeup_sdk.Client(
            username="<username>", client_user_id="1234", auth_token="0123456789abcdef0123456789abcdef"
        ) as client:
            ...

    Args:
        username: The API user name; give it or client_user_id.
        client_user_id: The API user ID, 4 to 8 digits; give it or username.
        auth_token: The API authentication token, 32 lowercase hexadecimal characters.
        base_url: production (a name from ``BASE_URLS``) or any URL; production by default.
        timeout: Seconds, or an ``httpx.Timeout``; 5 s to connect and 30 s to read by default.
        max_retries: Retries of a read-only call after a timeout, a throttle or a 5xx (default 2).
            Mutating calls are retried only when the connection never opened.
        deadline: Seconds a whole call may take, retries and waits included (default 60).
        output_format: Format of the answers; the path segment after /api/v1.1/. The carrier's default: json.
        language: Language of the messages the API answers. The carrier's default: en.
        currency: Currency of the amounts the API answers. The carrier's default: CAD.
        rate_budget: Keep a client-side count of requests against the carrier's documented rate
            limits and refuse a call (``BudgetExhaustedError``, nothing sent) once its pool is spent.
        http_client: An ``httpx.Client`` to send requests with (for proxies, custom transports or tests);
            the SDK does not close it.
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        client_user_id: str | None = None,
        auth_token: str,
        base_url: str = "production",
        output_format: OutputFormat | None = None,
        language: Language | None = None,
        currency: Currency | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        deadline: float = 60.0,
        rate_budget: bool = False,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            username=username,
            client_user_id=client_user_id,
            auth_token=auth_token,
            base_url=base_url,
            output_format=output_format,
            language=language,
            currency=currency,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        self._open(http_client, RateBudget(_ops.LIMITS) if rate_budget else None)

    def get_request_types(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List every request type available.

        Calls ``GET /api/v1.1/json/get_request_types`` (get_request_types).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_request_types()
        return self._call(prepared, _ops.parse_get_request_types, timeout, max_retries, deadline)

    def get_calls(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[GetCallsReply]:
        """Get the call history: by date range, by the last hours, or the calls logged after a call_hash.

        Calls ``GET /api/v1.1/json/get_calls`` (get_calls).

        Args:
            date_from: First day of the range; needs date_to.
            date_to: Last day of the range; needs date_from.
            latest_hours: Only the calls of the last hours. (at least 1)
            call_hash: Only the calls logged after this call, the last one your previous get_calls returned. (matches
                ``^[A-Za-z0-9]{32}$``)
            unique_id: Deprecated: use call_hash.
            direction: Only inbound or outbound calls.
            routing_type: Only calls of these routing types.
            disposition: Only calls with these dispositions.
            result_limit: Calls to return; the carrier's default is 25 with a date range, 1 with call_hash. (at least
                1; at most 1000)
            result_offset: Calls to skip. (at least 0)
            extras: Also return failure codes, SIP response codes and account, subaccount and channel usage. (carrier
                default: no)
            metadata: Return the call metadata: yes, only, all or no. (carrier default: no)
            routing_details: Return more details about the source and destination. (carrier default: no)
            client_channel_id: Only calls of this channel.
            client_subaccount_id: Only calls of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[GetCallsReply]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_calls(
            date_from=date_from,
            date_to=date_to,
            latest_hours=latest_hours,
            call_hash=call_hash,
            unique_id=unique_id,
            direction=direction,
            routing_type=routing_type,
            disposition=disposition,
            result_limit=result_limit,
            result_offset=result_offset,
            extras=extras,
            metadata=metadata,
            routing_details=routing_details,
            client_channel_id=client_channel_id,
            client_subaccount_id=client_subaccount_id,
        )
        return self._call(prepared, _ops.parse_get_calls, timeout, max_retries, deadline)

    def get_calls_stats(
        self,
        *,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        client_subaccount_ids: Sequence[int] | None = None,
        routing_types: Sequence[RoutingType] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Gather call statistics for a period of at most 12 months.

        Calls ``GET /api/v1.1/json/get_calls_stats`` (get_calls_stats).

        Args:
            date_from: First day; the carrier's default is today.
            date_to: Last day; the carrier's default is today.
            client_subaccount_ids: At most 10 subaccounts; by default the main account and the whole account. (at
                most 10 items)
            routing_types: The routing types wanted.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_calls_stats(
            date_from=date_from,
            date_to=date_to,
            client_subaccount_ids=client_subaccount_ids,
            routing_types=routing_types,
        )
        return self._call(prepared, _ops.parse_get_calls_stats, timeout, max_retries, deadline)

    def get_recordings(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get call recordings.

        Calls ``GET /api/v1.1/json/get_recordings`` (get_recordings).

        Args:
            call_recording_id: A call_recording_id.
            recording_hash: The 36-character unique id of a recording get_recordings returned. (matches
                ``^[A-Za-z0-9-]{36}$``)
            call_hash: The call_hash of a call get_calls returned. (matches ``^[A-Za-z0-9]{32}$``)
            date_from: First day.
            date_to: Last day; needs date_from.
            latest_hours: Only the recordings of the last hours. (at least 1)
            status: Only recordings in these states.
            result_limit: Recordings to return; the carrier's default is 25 with a date range, 1 with call_hash. (at
                least 1; at most 1000)
            result_offset: Recordings to skip. (at least 0)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_recordings(
            call_recording_id=call_recording_id,
            recording_hash=recording_hash,
            call_hash=call_hash,
            date_from=date_from,
            date_to=date_to,
            latest_hours=latest_hours,
            status=status,
            result_limit=result_limit,
            result_offset=result_offset,
        )
        return self._call(prepared, _ops.parse_get_recordings, timeout, max_retries, deadline)

    def delete_recordings(
        self,
        *,
        call_recording_id: Sequence[int] | None = None,
        call_hash: Sequence[str] | None = None,
        date: _dt.date | None = None,
        comments: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete recordings by call_recording_id or call_hash, or every recording before a date.

        Calls ``GET /api/v1.1/json/delete_recordings`` (delete_recordings); changes state on the carrier.

        Args:
            call_recording_id: The recordings to delete.
            call_hash: The calls whose recordings to delete. (each item matches ``^[A-Za-z0-9]{32}$``)
            date: Alone: delete every recording before this date.
            comments: Free comments.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_recordings(
            call_recording_id=call_recording_id,
            call_hash=call_hash,
            date=date,
            comments=comments,
        )
        return self._call(prepared, _ops.parse_delete_recordings, timeout, max_retries, deadline)

    def get_voicemails(
        self,
        *,
        call_voicemail_id: int | None = None,
        client_subaccount_id: int | None = None,
        voicemail_hash: str | None = None,
        result_limit: int | None = None,
        result_offset: int | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get the voicemail messages of the account's mailboxes.

        Calls ``GET /api/v1.1/json/get_voicemails`` (get_voicemails).

        Args:
            call_voicemail_id: A call_voicemail_id.
            client_subaccount_id: Only voicemails of this subaccount.
            voicemail_hash: The unique id of a voicemail get_voicemails returned. (matches ``^[A-Za-z0-9-]{32}$``)
            result_limit: Voicemails to return. (at least 1; at most 1000; carrier default: 25)
            result_offset: Voicemails to skip. (at least 0)
            date_from: First day.
            date_to: Last day.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voicemails(
            call_voicemail_id=call_voicemail_id,
            client_subaccount_id=client_subaccount_id,
            voicemail_hash=voicemail_hash,
            result_limit=result_limit,
            result_offset=result_offset,
            date_from=date_from,
            date_to=date_to,
        )
        return self._call(prepared, _ops.parse_get_voicemails, timeout, max_retries, deadline)

    def delete_voicemails(
        self,
        *,
        call_voicemail_id: Sequence[int] | None = None,
        voicemail_hash: Sequence[str] | None = None,
        date: _dt.date | None = None,
        comments: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete voicemails by call_voicemail_id or voicemail_hash, or every voicemail before a date.

        Calls ``GET /api/v1.1/json/delete_voicemails`` (delete_voicemails); changes state on the carrier.

        Args:
            call_voicemail_id: The voicemails to delete.
            voicemail_hash: The unique ids of the voicemails to delete. (each item matches ``^[A-Za-z0-9-]{32}$``)
            date: Alone: delete every voicemail before this date.
            comments: Free comments.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_voicemails(
            call_voicemail_id=call_voicemail_id,
            voicemail_hash=voicemail_hash,
            date=date,
            comments=comments,
        )
        return self._call(prepared, _ops.parse_delete_voicemails, timeout, max_retries, deadline)

    def get_faxes(
        self,
        *,
        call_fax_id: int | None = None,
        client_fax_profile_id: int | None = None,
        client_subaccount_id: int | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        call_hash: str | None = None,
        status: Sequence[StoredStatus] | None = None,
        transmission_status: Sequence[TransmissionStatus] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get the faxes of the account's virtual fax profiles.

        Calls ``GET /api/v1.1/json/get_faxes`` (get_faxes).

        Args:
            call_fax_id: A call_fax_id.
            client_fax_profile_id: Only faxes of this fax profile.
            client_subaccount_id: Only faxes of this subaccount.
            date_from: First day; needs date_to.
            date_to: Last day; needs date_from.
            call_hash: The call_hash of a call get_calls returned. (matches ``^[A-Za-z0-9]{32}$``)
            status: Only faxes in these states.
            transmission_status: Only faxes in these transmission states.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_faxes(
            call_fax_id=call_fax_id,
            client_fax_profile_id=client_fax_profile_id,
            client_subaccount_id=client_subaccount_id,
            date_from=date_from,
            date_to=date_to,
            call_hash=call_hash,
            status=status,
            transmission_status=transmission_status,
        )
        return self._call(prepared, _ops.parse_get_faxes, timeout, max_retries, deadline)

    def delete_faxes(
        self,
        *,
        call_fax_id: Sequence[int] | None = None,
        call_hash: Sequence[str] | None = None,
        date: _dt.date | None = None,
        comments: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete stored faxes by call_fax_id or call_hash, or every fax of a date.

        Calls ``GET /api/v1.1/json/delete_faxes`` (delete_faxes); changes state on the carrier.

        Args:
            call_fax_id: The faxes to delete.
            call_hash: The calls whose faxes to delete. (each item matches ``^[A-Za-z0-9]{32}$``)
            date: Alone: delete every fax of this date.
            comments: Free comments.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_faxes(
            call_fax_id=call_fax_id,
            call_hash=call_hash,
            date=date,
            comments=comments,
        )
        return self._call(prepared, _ops.parse_delete_faxes, timeout, max_retries, deadline)

    def get_fax_profiles(
        self,
        *,
        client_fax_profile_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one fax profile or all of them.

        Calls ``GET /api/v1.1/json/get_fax_profiles`` (get_fax_profiles).

        Args:
            client_fax_profile_id: A client_fax_profile_id.
            client_subaccount_id: Only fax profiles of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_profiles(
            client_fax_profile_id=client_fax_profile_id,
            client_subaccount_id=client_subaccount_id,
        )
        return self._call(prepared, _ops.parse_get_fax_profiles, timeout, max_retries, deadline)

    def update_fax_profile(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a fax profile.

        Calls ``GET /api/v1.1/json/update_fax_profile`` (update_fax_profile); changes state on the carrier.

        Args:
            mode: Update an existing profile or create one. (carrier default: update)
            client_fax_profile_id: The profile to update; required in mode update.
            client_subaccount_id: The subaccount of the profile. (carrier default: 0)
            friendly_name: Required. Name of the profile. (at least 2 characters; at most 32 characters)
            local_ident: Required. Local identifier of the fax station. (at least 2 characters; at most 20
                characters)
            fax_header: Required. Header printed on sent faxes. (at least 2 characters; at most 20 characters)
            callerid_name: Required. Caller ID name. (at least 3 characters; at most 15 characters)
            callerid_number: Required. Caller ID number, 10 digits. (matches ``^[0-9]{10}$``)
            contact_name: Contact name. (at least 4 characters; at most 60 characters)
            email: Required. Contact email address. (matches ``^[^@\\s]+@[^@\\s]+$``)
            language: Required. Language of the profile.
            allowed_senders: Required. Senders allowed to send faxes through the profile.
            retry_limit: Times to retry sending. (at least 0; carrier default: 2)
            page_format: Required. letter, legal or a4.
            resolution: Required. Fax resolution.
            callback_url: Webhook receiving fax events as JSON; required with option enable_callback. (matches
                ``^https?://``)
            backup_url: Webhook called when callback_url does not respond. (matches ``^https?://``)
            options: Options of the profile.
            status: Required. enabled or disabled.
            comments: Free comments.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_fax_profile(
            mode=mode,
            client_fax_profile_id=client_fax_profile_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            local_ident=local_ident,
            fax_header=fax_header,
            callerid_name=callerid_name,
            callerid_number=callerid_number,
            contact_name=contact_name,
            email=email,
            language=language,
            allowed_senders=allowed_senders,
            retry_limit=retry_limit,
            page_format=page_format,
            resolution=resolution,
            callback_url=callback_url,
            backup_url=backup_url,
            options=options,
            status=status,
            comments=comments,
        )
        return self._call(prepared, _ops.parse_update_fax_profile, timeout, max_retries, deadline)

    def delete_fax_profile(
        self,
        *,
        client_fax_profile_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete a fax profile.

        Calls ``GET /api/v1.1/json/delete_fax_profile`` (delete_fax_profile); changes state on the carrier.

        Args:
            client_fax_profile_id: Required. The profile to delete.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_fax_profile(
            client_fax_profile_id=client_fax_profile_id,
        )
        return self._call(prepared, _ops.parse_delete_fax_profile, timeout, max_retries, deadline)

    def queue_fax(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Send a fax (a POST request with the files attached).

        Calls ``POST /api/v1.1/json/queue_fax`` (queue_fax); changes state on the carrier.

        Args:
            destination_number: Required. The fax number to send to. (matches ``^[0-9]+$``)
            client_fax_profile_id: Required. The fax profile to send from.
            attachments: Required. The files to send. (at least 1 item)
            unique_id: Unique id, seeded with client_fax_profile_id; the carrier's default is the time. (matches
                ``^[A-Za-z0-9]+$``)
            name_from: Sender name; defaults to the profile's contact name.
            email_from: Sender email; defaults to the profile's contact email.
            page_format: Paper format; defaults to the profile's.
            resolution: standard, fine, super_fine or ultra_fine; defaults to the profile's.
            retry_limit: Times to retry; defaults to the profile's. (at least 1; at most 9)
            datetime_scheduled: When to send the fax.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_queue_fax(
            destination_number=destination_number,
            client_fax_profile_id=client_fax_profile_id,
            attachments=attachments,
            unique_id=unique_id,
            name_from=name_from,
            email_from=email_from,
            page_format=page_format,
            resolution=resolution,
            retry_limit=retry_limit,
            datetime_scheduled=datetime_scheduled,
        )
        return self._call(prepared, _ops.parse_queue_fax, timeout, max_retries, deadline)

    def get_dids(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get the details and settings of the account's DIDs; without filters every DID.

        Calls ``GET /api/v1.1/json/get_dids`` (get_dids).

        Args:
            client_did_id: A client_did_id.
            phone_number: A phone number of 10 digits. (matches ``^[0-9]{10}$``)
            npa: NPA area code, 3 digits (local only). (matches ``^[0-9]{3}$``)
            nxx: NXX prefix, 3 digits (local only). (matches ``^[0-9]{3}$``)
            ratecenter_id: A ratecenter_id.
            district: A district.
            state_id: A state_id.
            country_id: A country_id.
            options: Only DIDs having all these options.
            client_peer_id: Only DIDs ringing this peer.
            client_mailbox_id: Only DIDs using this mailbox.
            announce_media_file_id: Only DIDs using this announce media file.
            bridge_uri: Only DIDs bridged to this URI. (at most 240 characters)
            pickup_group_ids: Only DIDs of these pickup groups. (at most 64 characters)
            client_conference_profile_id: Only DIDs using this conference profile.
            client_fax_profile_id: Only DIDs using this fax profile.
            dnis_rewrite: Only DIDs with this DNIS rewrite. (at most 30 characters)
            confirm_media_file_id: Only DIDs using this confirm media file.
            playback_media_file_id: Only DIDs using this playback media file.
            sms_autoreply_message: Only DIDs with this SMS auto-reply. (at most 160 characters)
            recording_notify_recipient_name: Only DIDs with this recording notification recipient name. (at most 255
                characters)
            peer_failover_causes: Only DIDs with these peer failover causes. (at most 240 characters)
            recording_notify_recipient_email: Only DIDs with this recording notification recipient email. (at most
                255 characters)
            type: Only DIDs of this kind.
            usage_type: Required. Only DIDs of this usage (the seed marks it Required).
            sms_dnis_rewrite: Only DIDs with this SMS DNIS rewrite. (at most 30 characters)
            sip_response: Only DIDs answering this SIP response, 3 digits. (matches ``^[0-9]{3}$``)
            exclude_e411_list: Only DIDs excluded (or not) from the 411 list.
            exclude_e911_list: Only DIDs excluded (or not) from the 911 list.
            t38_support: Only DIDs supporting T.38 fax (or not).
            sms_support: Only DIDs supporting SMS (or not).
            mms_support: Only DIDs supporting MMS (or not).
            enable_voicemail: Only DIDs with voicemail enabled (or not).
            ondemand_recording: Only DIDs with on-demand recording enabled (or not).
            enable_fax: Only DIDs with fax enabled (or not).
            client_channel_id: Only DIDs of this channel.
            client_subaccount_id: Only DIDs of this subaccount.
            status: Only DIDs in this state: enabled, deleted or disabled.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_dids(
            client_did_id=client_did_id,
            phone_number=phone_number,
            npa=npa,
            nxx=nxx,
            ratecenter_id=ratecenter_id,
            district=district,
            state_id=state_id,
            country_id=country_id,
            options=options,
            client_peer_id=client_peer_id,
            client_mailbox_id=client_mailbox_id,
            announce_media_file_id=announce_media_file_id,
            bridge_uri=bridge_uri,
            pickup_group_ids=pickup_group_ids,
            client_conference_profile_id=client_conference_profile_id,
            client_fax_profile_id=client_fax_profile_id,
            dnis_rewrite=dnis_rewrite,
            confirm_media_file_id=confirm_media_file_id,
            playback_media_file_id=playback_media_file_id,
            sms_autoreply_message=sms_autoreply_message,
            recording_notify_recipient_name=recording_notify_recipient_name,
            peer_failover_causes=peer_failover_causes,
            recording_notify_recipient_email=recording_notify_recipient_email,
            type=type,
            usage_type=usage_type,
            sms_dnis_rewrite=sms_dnis_rewrite,
            sip_response=sip_response,
            exclude_e411_list=exclude_e411_list,
            exclude_e911_list=exclude_e911_list,
            t38_support=t38_support,
            sms_support=sms_support,
            mms_support=mms_support,
            enable_voicemail=enable_voicemail,
            ondemand_recording=ondemand_recording,
            enable_fax=enable_fax,
            client_channel_id=client_channel_id,
            client_subaccount_id=client_subaccount_id,
            status=status,
        )
        return self._call(prepared, _ops.parse_get_dids, timeout, max_retries, deadline)

    def update_did(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Update the configuration of a DID.

        Calls ``GET /api/v1.1/json/update_did`` (update_did); changes state on the carrier.

        Args:
            preserve_missing_data: Change only the fields given. (carrier default: False)
            client_did_id: The DID to update; or give phone_number.
            phone_number: The DID number to update; or give client_did_id. (matches ``^[0-9]{10}$``)
            friendly_name: Name of the DID. (at least 2 characters; at most 32 characters)
            forward_number: Number calls are forwarded to. (matches ``^[0-9]+$``)
            forward_timeout: Seconds before forwarding.
            send_dtmf: DTMF tones to send (0-9, a-d, w, W). (matches ``^[0-9abcdwW]+$``)
            voice_language: Language of the prompts; defaults to the account's.
            client_mailbox_id: The mailbox of the DID.
            client_ivr_profile_id: The IVR profile of the DID.
            client_fax_profile_id: The fax profile of the DID.
            client_director_profile_id: The call director profile of the DID.
            client_sms_profile_id: The SMS profile of the DID.
            client_peer_ids: The peers to ring.
            peer_timeout: Seconds to ring the peers.
            peer_contact_mode: How the peers are rung.
            client_queue_ids: The queues of the DID.
            bridge_uri: SIP URI to bridge calls to.
            client_conference_profile_id: The conference profile of the DID.
            ondemand_recording: Enable on-demand recording. (carrier default: False)
            dnis_rewrite: DID number presented as the dialed number. (matches ``^[0-9]{10}$``)
            client_filter_ids: The call filters of the DID.
            announce_media_file_id: Media played to the callee before connecting; required with option
                announce_caller. (carrier default: 0)
            monitor_media_file_id: With option announce_monitor, replaces the default 'This call may be recorded'
                prompt. (carrier default: 0)
            confirm_media_file_id: With option confirm_required, played when asking the callee to confirm answering.
                (carrier default: 0)
            callerid_name_rewrite: Caller ID name shown for inbound calls, 3 to 15 characters. (at least 3
                characters; at most 15 characters)
            callerid_number_rewrite: Caller ID number shown for inbound calls, 1 to 20 digits or '+'. (matches
                ``^[0-9+]{1,20}$``)
            sms_notify_email: Address emailed on each SMS; required with option enable_sms_email_notify. (matches
                ``^[^@\\s]+@[^@\\s]+$``)
            sms_forward_number: Number SMS are forwarded to; required with option enable_sms_forwarding. (matches
                ``^[0-9]{10,15}$``)
            sms_callback_url: Webhook receiving SMS as JSON; required with option enable_sms_callback. (matches
                ``^https?://``)
            sms_autoreply_message: Reply sent to every incoming SMS; required with option enable_sms_autoreply. (at
                most 160 characters)
            client_channel_id: The channel of the DID. (carrier default: 0)
            client_subaccount_id: The subaccount of the DID. (carrier default: 0)
            notify_callback_triggers: Call events posted to notify_callback_url; required with option
                enable_notify_callback.
            notify_callback_url: Webhook of call events; it is tested (on_test) and must answer HTTP 200. Required
                with option enable_notify_callback. (matches ``^https?://``)
            simultaneous_calls_limit: Simultaneous calls allowed. (at least 0; at most 255)
            type: The kind of DID.
            usage_type: Required. What the DID is used for.
            recording_notify_recipient_name: Name notified of recordings. (at most 255 characters)
            recording_notify_recipient_email: Email notified of recordings. (at most 255 characters)
            peer_failover_causes: Causes that make the peers fail over. (at most 240 characters)
            pickup_group_ids: Pickup groups of the DID. (at most 64 characters)
            sms_dnis_rewrite: Number presented as the SMS destination. (at most 30 characters)
            exclude_e411_list: Exclude the DID from the 411 list.
            exclude_e911_list: Exclude the DID from the 911 list.
            options: Options of the DID.
            comments: Free comments.
            status: enabled or disabled.
            serialized_metadata: Metadata as name-value pairs, sent PHP-serialized.
            raw_metadata: Metadata returned as given (JSON preferred).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_did(
            preserve_missing_data=preserve_missing_data,
            client_did_id=client_did_id,
            phone_number=phone_number,
            friendly_name=friendly_name,
            forward_number=forward_number,
            forward_timeout=forward_timeout,
            send_dtmf=send_dtmf,
            voice_language=voice_language,
            client_mailbox_id=client_mailbox_id,
            client_ivr_profile_id=client_ivr_profile_id,
            client_fax_profile_id=client_fax_profile_id,
            client_director_profile_id=client_director_profile_id,
            client_sms_profile_id=client_sms_profile_id,
            client_peer_ids=client_peer_ids,
            peer_timeout=peer_timeout,
            peer_contact_mode=peer_contact_mode,
            client_queue_ids=client_queue_ids,
            bridge_uri=bridge_uri,
            client_conference_profile_id=client_conference_profile_id,
            ondemand_recording=ondemand_recording,
            dnis_rewrite=dnis_rewrite,
            client_filter_ids=client_filter_ids,
            announce_media_file_id=announce_media_file_id,
            monitor_media_file_id=monitor_media_file_id,
            confirm_media_file_id=confirm_media_file_id,
            callerid_name_rewrite=callerid_name_rewrite,
            callerid_number_rewrite=callerid_number_rewrite,
            sms_notify_email=sms_notify_email,
            sms_forward_number=sms_forward_number,
            sms_callback_url=sms_callback_url,
            sms_autoreply_message=sms_autoreply_message,
            client_channel_id=client_channel_id,
            client_subaccount_id=client_subaccount_id,
            notify_callback_triggers=notify_callback_triggers,
            notify_callback_url=notify_callback_url,
            simultaneous_calls_limit=simultaneous_calls_limit,
            type=type,
            usage_type=usage_type,
            recording_notify_recipient_name=recording_notify_recipient_name,
            recording_notify_recipient_email=recording_notify_recipient_email,
            peer_failover_causes=peer_failover_causes,
            pickup_group_ids=pickup_group_ids,
            sms_dnis_rewrite=sms_dnis_rewrite,
            exclude_e411_list=exclude_e411_list,
            exclude_e911_list=exclude_e911_list,
            options=options,
            comments=comments,
            status=status,
            serialized_metadata=serialized_metadata,
            raw_metadata=raw_metadata,
        )
        return self._call(prepared, _ops.parse_update_did, timeout, max_retries, deadline)

    def delete_did(
        self,
        *,
        client_did_id: int | None = None,
        phone_number: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete a DID from the account.

        Calls ``GET /api/v1.1/json/delete_did`` (delete_did); changes state on the carrier.

        Args:
            client_did_id: The DID to delete; or give phone_number.
            phone_number: The DID number, 10 digits without space or dash; or give client_did_id. (matches
                ``^[0-9]{10}$``)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_did(
            client_did_id=client_did_id,
            phone_number=phone_number,
        )
        return self._call(prepared, _ops.parse_delete_did, timeout, max_retries, deadline)

    def get_new_dids(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List DIDs of the inventory.

        Calls ``GET /api/v1.1/json/get_new_dids`` (get_new_dids).

        Args:
            type: The kind of DID.
            npa: NPA area code, 3 digits (local only). (matches ``^[0-9]{3}$``)
            nxx: NXX prefix, 3 digits (local only). (matches ``^[0-9]{3}$``)
            ratecenter_id: A ratecenter_id, 6 digits. (matches ``^[0-9]{6}$``)
            district: Part or all of a district name; complete matches come first.
            state_id: A state_id.
            included_patterns: all_numbers, no_patterns, or the number patterns to match. (carrier default:
                all_numbers)
            order: default or random order. (carrier default: default)
            t38_support: Require T.38 fax support.
            sms_support: Require SMS support.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_new_dids(
            type=type,
            npa=npa,
            nxx=nxx,
            ratecenter_id=ratecenter_id,
            district=district,
            state_id=state_id,
            included_patterns=included_patterns,
            order=order,
            t38_support=t38_support,
            sms_support=sms_support,
        )
        return self._call(prepared, _ops.parse_get_new_dids, timeout, max_retries, deadline)

    def activate_new_did(
        self,
        *,
        phone_number: str | None = None,
        did_id: int | None = None,
        skip_notification: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Add a DID of the inventory to the account.

        Calls ``GET /api/v1.1/json/activate_new_did`` (activate_new_did); changes state on the carrier.

        Args:
            phone_number: The number to activate; or give did_id. (matches ``^[0-9]{10,15}$``)
            did_id: The did_id to activate; or give phone_number.
            skip_notification: Skip the new DID email.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_activate_new_did(
            phone_number=phone_number,
            did_id=did_id,
            skip_notification=skip_notification,
        )
        return self._call(prepared, _ops.parse_activate_new_did, timeout, max_retries, deadline)

    def order_new_dids(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Order DIDs of a ratecenter or prefix that the inventory lacks.

        Calls ``GET /api/v1.1/json/order_new_dids`` (order_new_dids); changes state on the carrier.

        Args:
            prefix: A 6-digit NPA/NXX, or an international code with country code and without 011. (matches
                ``^[0-9]+$``)
            ratecenter_id: A 6-digit ratecenter_id; one of its NPA/NXX is picked at random. (matches ``^[0-9]{6}$``)
            type: local or international. (carrier default: local)
            quantity: Required. Numbers to order. (at least 1; at most 999)
            prefix_preference: Any number of the ratecenter, or only the prefix (needs prefix, local only). (carrier
                default: in_ratecenter)
            sequential: Random or sequential numbers. (carrier default: random)
            t38_support: Require T.38 fax support.
            sms_support: Require SMS support.
            mms_support: Require MMS support.
            capacity: Simultaneous calls at peak usage. (carrier default: 1-2)
            comments: Comment shown on the order.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_new_dids(
            prefix=prefix,
            ratecenter_id=ratecenter_id,
            type=type,
            quantity=quantity,
            prefix_preference=prefix_preference,
            sequential=sequential,
            t38_support=t38_support,
            sms_support=sms_support,
            mms_support=mms_support,
            capacity=capacity,
            comments=comments,
        )
        return self._call(prepared, _ops.parse_order_new_dids, timeout, max_retries, deadline)

    def get_port_requests(
        self,
        *,
        port_request_id: str | None = None,
        client_subaccount_id: int | None = None,
        current_owner: str | None = None,
        phone_number: str | None = None,
        status: Sequence[PortRequestStatus] | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one port request or all of them.

        Calls ``GET /api/v1.1/json/get_port_requests`` (get_port_requests).

        Args:
            port_request_id: A port_request_id or a full PON such as PON00000000. (matches
                ``^([0-9]+|PON[0-9]{8})$``)
            client_subaccount_id: Only requests of this subaccount.
            current_owner: Part of the current owner; case and accent insensitive.
            phone_number: A number being ported (numbers to keep or disconnect are not searched). (matches
                ``^[0-9]+$``)
            status: Only requests in these states.
            date_from: First firm date.
            date_to: Last firm date.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_port_requests(
            port_request_id=port_request_id,
            client_subaccount_id=client_subaccount_id,
            current_owner=current_owner,
            phone_number=phone_number,
            status=status,
            date_from=date_from,
            date_to=date_to,
        )
        return self._call(prepared, _ops.parse_get_port_requests, timeout, max_retries, deadline)

    def update_port_request(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a port request; with send_to_staff it is submitted. Files ride in a multipart POST.

        Calls ``POST /api/v1.1/json/update_port_request`` (update_port_request); changes state on the carrier.

        Args:
            mode: Update an existing request or create one. (carrier default: update)
            port_request_id: The request to update; required in mode update.
            client_subaccount_id: The subaccount of the request. (carrier default: 0)
            friendly_name: Name of the request. (at least 2 characters; at most 60 characters)
            phone_number_type: local or tollfree; required to send to staff.
            phone_numbers: The 10-digit numbers to port; required to send to staff. (each item matches
                ``^[0-9]{10}$``)
            phone_numbers_to_keep: The 10-digit numbers the current provider keeps. (each item matches
                ``^[0-9]{10}$``)
            phone_numbers_to_cancel: The 10-digit numbers to cancel. (each item matches ``^[0-9]{10}$``)
            features: Features needed: sms, mms, t38.
            capacity: Simultaneous calls at peak usage; required to send to staff.
            requested_firm_date: Desired port date, 3 to 15 business days ahead; by default as soon as possible.
            organization: The customer's organization; required to send to staff. (at least 2 characters; at most 60
                characters)
            organization_type: personal or business; required to send to staff.
            current_provider: The current provider; required to send to staff. (at least 2 characters; at most 60
                characters)
            current_reseller: The current reseller. (at least 2 characters; at most 60 characters)
            current_reseller_account: The account at the current reseller. (at least 2 characters; at most 60
                characters)
            box_number: Box number of the service address.
            civic_number: Civic number; required to send to staff.
            street: Street; required to send to staff.
            unit_number: Unit number.
            city: City; required to send to staff.
            country_id: A country_id; required to send to staff.
            state_id: A state_id; required when country_id is 38 or 223.
            state_other: The state when country_id is neither 38 nor 223.
            postal_code: Postal code; required to send to staff.
            client_instructions: Instructions for the carrier, such as 'New BTN is 514-xxx-xxxx'.
            is_notify_creation: Open a Kayako ticket as soon as the request is sent to staff. (carrier default:
                False)
            notification_client_user_id: The client_user_id receiving the Kayako notifications; required to send to
                staff. (matches ``^[0-9]{4,8}$``)
            extra_recipients: Extra recipients of the Kayako notifications.
            loa: The letter of authorization.
            bill: A bill of the current provider.
            other: Any other document.
            send_to_staff: Submit the port; more fields become required. (carrier default: False)
            comments: Free comments.
            serialized_metadata: Metadata as name-value pairs, sent PHP-serialized.
            raw_metadata: Metadata returned as given (JSON preferred).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_port_request(
            mode=mode,
            port_request_id=port_request_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            phone_number_type=phone_number_type,
            phone_numbers=phone_numbers,
            phone_numbers_to_keep=phone_numbers_to_keep,
            phone_numbers_to_cancel=phone_numbers_to_cancel,
            features=features,
            capacity=capacity,
            requested_firm_date=requested_firm_date,
            organization=organization,
            organization_type=organization_type,
            current_provider=current_provider,
            current_reseller=current_reseller,
            current_reseller_account=current_reseller_account,
            box_number=box_number,
            civic_number=civic_number,
            street=street,
            unit_number=unit_number,
            city=city,
            country_id=country_id,
            state_id=state_id,
            state_other=state_other,
            postal_code=postal_code,
            client_instructions=client_instructions,
            is_notify_creation=is_notify_creation,
            notification_client_user_id=notification_client_user_id,
            extra_recipients=extra_recipients,
            loa=loa,
            bill=bill,
            other=other,
            send_to_staff=send_to_staff,
            comments=comments,
            serialized_metadata=serialized_metadata,
            raw_metadata=raw_metadata,
        )
        return self._call(prepared, _ops.parse_update_port_request, timeout, max_retries, deadline)

    def lookup_did(
        self,
        *,
        phone_number: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Look up information about a phone number (charges apply).

        Calls ``GET /api/v1.1/json/lookup_did`` (lookup_did).

        Args:
            phone_number: Required. The number to look up. (matches ``^[0-9]{10,15}$``)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_lookup_did(
            phone_number=phone_number,
        )
        return self._call(prepared, _ops.parse_lookup_did, timeout, max_retries, deadline)

    def get_did_areacodes(
        self,
        *,
        npa: str | None = None,
        ratecenter_id: str | None = None,
        country_id: int | None = None,
        state_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get the available area codes; one with npa.

        Calls ``GET /api/v1.1/json/get_did_areacodes`` (get_did_areacodes).

        Args:
            npa: NPA area code, 3 digits. (matches ``^[0-9]{3}$``)
            ratecenter_id: A ratecenter_id, 6 digits. (matches ``^[0-9]{6}$``)
            country_id: A country_id.
            state_id: A state_id.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_did_areacodes(
            npa=npa,
            ratecenter_id=ratecenter_id,
            country_id=country_id,
            state_id=state_id,
        )
        return self._call(prepared, _ops.parse_get_did_areacodes, timeout, max_retries, deadline)

    def get_did_exchanges(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get ratecenter exchanges by area code or prefix, with their portability and availability.

        Calls ``GET /api/v1.1/json/get_did_exchanges`` (get_did_exchanges).

        Args:
            npa: NPA area code, 3 digits. (matches ``^[0-9]{3}$``)
            nxx: NXX prefix, 3 digits. (matches ``^[0-9]{3}$``)
            ratecenter_id: A ratecenter_id, 6 digits. (matches ``^[0-9]{6}$``)
            state_id: A state_id.
            country_id: A country_id.
            portability: Only portable (or non-portable) exchanges; both by default.
            availability: Only available (or unavailable) exchanges; both by default.
            updated_since: Only entries updated since this date.
            result_limit: Entries to return. (at least 1; at most 1000; carrier default: 25)
            result_offset: Entries to skip. (at least 0)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_did_exchanges(
            npa=npa,
            nxx=nxx,
            ratecenter_id=ratecenter_id,
            state_id=state_id,
            country_id=country_id,
            portability=portability,
            availability=availability,
            updated_since=updated_since,
            result_limit=result_limit,
            result_offset=result_offset,
        )
        return self._call(prepared, _ops.parse_get_did_exchanges, timeout, max_retries, deadline)

    def get_ratecenters(
        self,
        *,
        npa: str | None = None,
        nxx: str | None = None,
        ratecenter_id: str | None = None,
        state_id: int | None = None,
        country_id: int | None = None,
        updated_since: _dt.date | None = None,
        result_limit: int | None = None,
        result_offset: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get ratecenters by area code or prefix.

        Calls ``GET /api/v1.1/json/get_ratecenters`` (get_ratecenters).

        Args:
            npa: NPA area code, 3 digits. (matches ``^[0-9]{3}$``)
            nxx: NXX prefix, 3 digits. (matches ``^[0-9]{3}$``)
            ratecenter_id: A ratecenter_id, 6 digits. (matches ``^[0-9]{6}$``)
            state_id: A state_id.
            country_id: A country_id.
            updated_since: Only entries updated since this date.
            result_limit: Entries to return. (at least 1; at most 1000; carrier default: 25)
            result_offset: Entries to skip. (at least 0)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_ratecenters(
            npa=npa,
            nxx=nxx,
            ratecenter_id=ratecenter_id,
            state_id=state_id,
            country_id=country_id,
            updated_since=updated_since,
            result_limit=result_limit,
            result_offset=result_offset,
        )
        return self._call(prepared, _ops.parse_get_ratecenters, timeout, max_retries, deadline)

    def get_sms(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get the SMS of the account's DIDs.

        Calls ``GET /api/v1.1/json/get_sms`` (get_sms).

        Args:
            sms_log_id: An sms_log_id.
            client_subaccount_id: Only SMS of this subaccount.
            sms_hash: The sms_hash of an SMS get_sms returned. (matches ``^[A-Za-z0-9]{32}$``)
            direction: Only inbound or outbound SMS.
            status: Only SMS in these states.
            transmission_status: Only SMS in these transmission states.
            source_number: Only SMS from this number. (matches ``^[0-9]+$``)
            destination_number: Only SMS to this number. (matches ``^[0-9]+$``)
            date_from: First day.
            date_to: Last day.
            result_limit: SMS to return; the carrier's default is 25 with a date range, 1 with sms_hash. (at least 1;
                at most 1000)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_sms(
            sms_log_id=sms_log_id,
            client_subaccount_id=client_subaccount_id,
            sms_hash=sms_hash,
            direction=direction,
            status=status,
            transmission_status=transmission_status,
            source_number=source_number,
            destination_number=destination_number,
            date_from=date_from,
            date_to=date_to,
            result_limit=result_limit,
        )
        return self._call(prepared, _ops.parse_get_sms, timeout, max_retries, deadline)

    def delete_sms(
        self,
        *,
        sms_log_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete an SMS.

        Calls ``GET /api/v1.1/json/delete_sms`` (delete_sms); changes state on the carrier.

        Args:
            sms_log_id: Required. The SMS to delete.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_sms(
            sms_log_id=sms_log_id,
        )
        return self._call(prepared, _ops.parse_delete_sms, timeout, max_retries, deadline)

    def get_sms_stats(
        self,
        *,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        client_subaccount_ids: Sequence[int] | None = None,
        message_types: Sequence[MessageType] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Gather SMS and MMS statistics for a period of at most 12 months.

        Calls ``GET /api/v1.1/json/get_sms_stats`` (get_sms_stats).

        Args:
            date_from: First day; the carrier's default is today.
            date_to: Last day; the carrier's default is today.
            client_subaccount_ids: At most 10 subaccounts; by default the main account and the whole account. (at
                most 10 items)
            message_types: The message types wanted.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_sms_stats(
            date_from=date_from,
            date_to=date_to,
            client_subaccount_ids=client_subaccount_ids,
            message_types=message_types,
        )
        return self._call(prepared, _ops.parse_get_sms_stats, timeout, max_retries, deadline)

    def queue_sms(
        self,
        *,
        client_did_id: int | None = None,
        source_number: str | None = None,
        destination_number: str,
        message: str | None = None,
        attachments: bytes | None = None,
        retry_limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Send an SMS or MMS from a DID with SMS support (a POST request).

        Calls ``POST /api/v1.1/json/queue_sms`` (queue_sms); changes state on the carrier.

        Args:
            client_did_id: The DID to send from; or give source_number.
            source_number: The number to send from; or give client_did_id. (matches ``^[0-9]{10}$``)
            destination_number: Required. The number to send to. (matches ``^[0-9]{10}$``)
            message: The text, up to 1000 characters; it may be split into 160-character SMS. (at most 1000
                characters)
            attachments: One file to send as MMS.
            retry_limit: Times to retry sending. (at least 0; at most 5; carrier default: 0)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_queue_sms(
            client_did_id=client_did_id,
            source_number=source_number,
            destination_number=destination_number,
            message=message,
            attachments=attachments,
            retry_limit=retry_limit,
        )
        return self._call(prepared, _ops.parse_queue_sms, timeout, max_retries, deadline)

    def get_sms_profiles(
        self,
        *,
        client_sms_profile_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one SMS profile or all of them.

        Calls ``GET /api/v1.1/json/get_sms_profiles`` (get_sms_profiles).

        Args:
            client_sms_profile_id: A client_sms_profile_id.
            client_subaccount_id: Only SMS profiles of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_sms_profiles(
            client_sms_profile_id=client_sms_profile_id,
            client_subaccount_id=client_subaccount_id,
        )
        return self._call(prepared, _ops.parse_get_sms_profiles, timeout, max_retries, deadline)

    def update_sms_profile(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update an SMS profile.

        Calls ``GET /api/v1.1/json/update_sms_profile`` (update_sms_profile); changes state on the carrier.

        Args:
            mode: Update an existing profile or create one. (carrier default: update)
            client_sms_profile_id: The profile to update; required in mode update.
            client_subaccount_id: The subaccount of the profile.
            friendly_name: Name of the profile. (at least 2 characters; at most 32 characters)
            language: Language of the profile.
            allowed_senders: Senders allowed to send SMS through the profile.
            notify_name: Name notified of inbound SMS; required with option inbound_completed_notification.
            notify_email: Email notified of inbound SMS; required with option inbound_completed_notification.
            forward_number: Number SMS are forwarded to, 10 digits; required with option enable_forwarding. (matches
                ``^[0-9]{10}$``)
            callback_url: Webhook receiving SMS as JSON; required with option enable_callback. (matches
                ``^https?://``)
            backup_url: Webhook called when callback_url does not respond. (matches ``^https?://``)
            autoreply_message: Reply to incoming SMS; required with option enable_autoreply. (at most 160 characters)
            client_did_id: The DID of the profile.
            options: Required. Options of the profile.
            status: enabled, disabled or deleted.
            comments: Free comments.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_sms_profile(
            mode=mode,
            client_sms_profile_id=client_sms_profile_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            language=language,
            allowed_senders=allowed_senders,
            notify_name=notify_name,
            notify_email=notify_email,
            forward_number=forward_number,
            callback_url=callback_url,
            backup_url=backup_url,
            autoreply_message=autoreply_message,
            client_did_id=client_did_id,
            options=options,
            status=status,
            comments=comments,
        )
        return self._call(prepared, _ops.parse_update_sms_profile, timeout, max_retries, deadline)

    def delete_sms_profile(
        self,
        *,
        client_sms_profile_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete an SMS profile.

        Calls ``GET /api/v1.1/json/delete_sms_profile`` (delete_sms_profile); changes state on the carrier.

        Args:
            client_sms_profile_id: Required. The profile to delete.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_sms_profile(
            client_sms_profile_id=client_sms_profile_id,
        )
        return self._call(prepared, _ops.parse_delete_sms_profile, timeout, max_retries, deadline)

    def get_peers(
        self,
        *,
        client_peer_id: int | None = None,
        client_channel_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one peer or all of them.

        Calls ``GET /api/v1.1/json/get_peers`` (get_peers).

        Args:
            client_peer_id: A client_peer_id.
            client_channel_id: Only peers of this channel.
            client_subaccount_id: Only peers of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_peers(
            client_peer_id=client_peer_id,
            client_channel_id=client_channel_id,
            client_subaccount_id=client_subaccount_id,
        )
        return self._call(prepared, _ops.parse_get_peers, timeout, max_retries, deadline)

    def update_peer(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a peer (SIP account).

        Calls ``GET /api/v1.1/json/update_peer`` (update_peer); changes state on the carrier.

        Args:
            mode: Update an existing peer or create one. (carrier default: update)
            client_peer_id: The peer to update; required in mode update.
            proxy_id: The proxy of the peer; mode create only, where it is required.
            friendly_name: Required. Name of the peer. (at least 2 characters; at most 32 characters)
            host_type: Required. dynamic or static.
            host: IP address of a static peer.
            port: Port of a static peer. (at least 1; at most 65535)
            peer_username: SIP user name; mode create only, where it is required. (at least 6 characters; at most 32
                characters)
            username: Deprecated: use peer_username (this wire name is also the username credential). (at least 6
                characters; at most 32 characters)
            password: SIP password. (at least 6 characters; at most 32 characters)
            callerid_name: Caller ID name. (at least 3 characters; at most 15 characters)
            callerid_number: Caller ID number, 10 digits. (matches ``^[0-9]{10}$``)
            callerid_mode: Required. Which caller ID the peer presents.
            callerid_type: rpid, pid or none; required in mode update.
            callerid_format: e164, unaltered or national; required in mode update.
            client_callerid_profile_id: The caller ID profile; required when callerid_mode is smart.
            transport: udp, tcp or tls; required for a static IP or ACL.
            codecs: The codecs; required in mode update.
            dtmf_mode: How DTMF is carried; required in mode update.
            dnis_mode: How the dialed number is passed; required in mode update. (carrier default: auto)
            dnis_format: national or e164; required in mode update (the seed's default 'auto' is not a listed value).
            force_ring_signal: Force the ring signal. (carrier default: False)
            enable_nat: The peer is behind NAT. (carrier default: False)
            enable_reinvite: Allow re-INVITE. (carrier default: False)
            enable_recording: Record the peer's calls. (carrier default: False)
            ondemand_recording: Enable on-demand recording. (carrier default: False)
            enable_dnis: Deprecated: sets dnis_mode to forced. (carrier default: False)
            enable_notification: Enable notifications. (carrier default: False)
            simultaneous_calls_limit: Simultaneous calls allowed. (at least 0; at most 255)
            enable_auth: Authenticate with auth_username. (carrier default: False)
            auth_username: Authentication user name. (at least 3 characters; at most 32 characters)
            enable_qualify: Qualify the peer. (carrier default: False)
            qualify: Qualify interval in milliseconds. (at least 2000; at most 60000)
            default_ip: Default IP address.
            client_channel_id: The channel of the peer. (carrier default: 0)
            client_subaccount_id: The subaccount of the peer. (carrier default: 0)
            client_filter_ids: The call filters of the peer.
            enable_notify_callback: Post call events to notify_callback_url. (carrier default: False)
            notify_callback_triggers: Call events posted to notify_callback_url.
            notify_callback_url: Webhook of call events; it is tested (on_test) and must answer HTTP 200. (matches
                ``^https?://``)
            register_timeout: Registration timeout in seconds; mode create only. (at least 120; at most 7200)
            progress_timeout: Progress timeout in seconds; mode create only, where it is required. (at least 1; at
                most 10)
            provisioned_endpoint_id: A client_endpoint_id, or 0 default, 1 dynamic, 2 block, 3 unprovisioned. (at
                least 0)
            status: enabled or disabled; required in mode update.
            comments: Free comments.
            serialized_metadata: Metadata as name-value pairs, sent PHP-serialized.
            raw_metadata: Metadata returned as given (JSON preferred).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_peer(
            mode=mode,
            client_peer_id=client_peer_id,
            proxy_id=proxy_id,
            friendly_name=friendly_name,
            host_type=host_type,
            host=host,
            port=port,
            peer_username=peer_username,
            username=username,
            password=password,
            callerid_name=callerid_name,
            callerid_number=callerid_number,
            callerid_mode=callerid_mode,
            callerid_type=callerid_type,
            callerid_format=callerid_format,
            client_callerid_profile_id=client_callerid_profile_id,
            transport=transport,
            codecs=codecs,
            dtmf_mode=dtmf_mode,
            dnis_mode=dnis_mode,
            dnis_format=dnis_format,
            force_ring_signal=force_ring_signal,
            enable_nat=enable_nat,
            enable_reinvite=enable_reinvite,
            enable_recording=enable_recording,
            ondemand_recording=ondemand_recording,
            enable_dnis=enable_dnis,
            enable_notification=enable_notification,
            simultaneous_calls_limit=simultaneous_calls_limit,
            enable_auth=enable_auth,
            auth_username=auth_username,
            enable_qualify=enable_qualify,
            qualify=qualify,
            default_ip=default_ip,
            client_channel_id=client_channel_id,
            client_subaccount_id=client_subaccount_id,
            client_filter_ids=client_filter_ids,
            enable_notify_callback=enable_notify_callback,
            notify_callback_triggers=notify_callback_triggers,
            notify_callback_url=notify_callback_url,
            register_timeout=register_timeout,
            progress_timeout=progress_timeout,
            provisioned_endpoint_id=provisioned_endpoint_id,
            status=status,
            comments=comments,
            serialized_metadata=serialized_metadata,
            raw_metadata=raw_metadata,
        )
        return self._call(prepared, _ops.parse_update_peer, timeout, max_retries, deadline)

    def delete_peer(
        self,
        *,
        client_peer_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete a peer.

        Calls ``GET /api/v1.1/json/delete_peer`` (delete_peer); changes state on the carrier.

        Args:
            client_peer_id: Required. The peer to delete.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_peer(
            client_peer_id=client_peer_id,
        )
        return self._call(prepared, _ops.parse_delete_peer, timeout, max_retries, deadline)

    def get_mailboxes(
        self,
        *,
        client_mailbox_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one voice mailbox or all of them.

        Calls ``GET /api/v1.1/json/get_mailboxes`` (get_mailboxes).

        Args:
            client_mailbox_id: A client_mailbox_id.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_mailboxes(
            client_mailbox_id=client_mailbox_id,
        )
        return self._call(prepared, _ops.parse_get_mailboxes, timeout, max_retries, deadline)

    def update_mailbox(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a voice mailbox.

        Calls ``GET /api/v1.1/json/update_mailbox`` (update_mailbox); changes state on the carrier.

        Args:
            mode: Update an existing mailbox or create one. (carrier default: update)
            client_mailbox_id: The mailbox to update; required in mode update.
            client_subaccount_id: The subaccount of the mailbox. (carrier default: 0)
            friendly_name: Name of the mailbox. (at least 2 characters; at most 32 characters)
            passcode: Passcode, 4 to 12 digits. (matches ``^[0-9]{4,12}$``)
            email: Email address of the mailbox. (matches ``^[^@\\s]+@[^@\\s]+$``)
            enable_mail_notification: Email each new message. (carrier default: False)
            contact_name: Contact name; required with enable_mail_notification. (at least 4 characters; at most 60
                characters)
            enable_peer_notification: Notify peers of new messages. (carrier default: False)
            notification_peers: 1 to 10 peers to notify; required with enable_peer_notification. (at least 1 item; at
                most 10 items)
            notification_duration: Minutes of notification; required when enable_mail_notification and
                enable_peer_notification are set. (at least 5; at most 60)
            status: enabled or disabled.
            comments: Free comments.
            serialized_metadata: Metadata as name-value pairs, sent PHP-serialized.
            raw_metadata: Metadata returned as given (JSON preferred).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_mailbox(
            mode=mode,
            client_mailbox_id=client_mailbox_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            passcode=passcode,
            email=email,
            enable_mail_notification=enable_mail_notification,
            contact_name=contact_name,
            enable_peer_notification=enable_peer_notification,
            notification_peers=notification_peers,
            notification_duration=notification_duration,
            status=status,
            comments=comments,
            serialized_metadata=serialized_metadata,
            raw_metadata=raw_metadata,
        )
        return self._call(prepared, _ops.parse_update_mailbox, timeout, max_retries, deadline)

    def delete_mailbox(
        self,
        *,
        client_mailbox_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete a voice mailbox.

        Calls ``GET /api/v1.1/json/delete_mailbox`` (delete_mailbox); changes state on the carrier.

        Args:
            client_mailbox_id: Required. The mailbox to delete.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_mailbox(
            client_mailbox_id=client_mailbox_id,
        )
        return self._call(prepared, _ops.parse_delete_mailbox, timeout, max_retries, deadline)

    def get_tts_voice_name(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the text-to-speech voice names.

        Calls ``GET /api/v1.1/json/get_tts_voice_name`` (get_tts_voice_name).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_tts_voice_name()
        return self._call(prepared, _ops.parse_get_tts_voice_name, timeout, max_retries, deadline)

    def update_mailbox_greeting(
        self,
        *,
        mode: GreetingMode,
        client_mailbox_id: int,
        friendly_name: str | None = None,
        text: str | None = None,
        voice_name: str | None = None,
        client_media_file_id: int | None = None,
        attachments: bytes | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Set a mailbox greeting from text to speech, an existing media file or an uploaded file (a POST request).

        Calls ``POST /api/v1.1/json/update_mailbox_greeting`` (update_mailbox_greeting); changes state on the
        carrier.

        Args:
            mode: Required. text_to_speech, existing_file or post_file.
            client_mailbox_id: Required. The mailbox to greet for.
            friendly_name: Name of a new media file; by default greeting_mailbox_{client_mailbox_id}. (at least 2
                characters; at most 32 characters)
            text: The text to speak; required in mode text_to_speech.
            voice_name: A text-to-speech voice (see get_tts_voice_name). (carrier default: fr-CA-Standard-A)
            client_media_file_id: The media file to use; required in mode existing_file.
            attachments: The greeting file; required in mode post_file (the seed types it integer).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_mailbox_greeting(
            mode=mode,
            client_mailbox_id=client_mailbox_id,
            friendly_name=friendly_name,
            text=text,
            voice_name=voice_name,
            client_media_file_id=client_media_file_id,
            attachments=attachments,
        )
        return self._call(prepared, _ops.parse_update_mailbox_greeting, timeout, max_retries, deadline)

    def get_extensions(
        self,
        *,
        client_extension_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one extension or all of them.

        Calls ``GET /api/v1.1/json/get_extensions`` (get_extensions).

        Args:
            client_extension_id: A client_extension_id.
            client_subaccount_id: Only extensions of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_extensions(
            client_extension_id=client_extension_id,
            client_subaccount_id=client_subaccount_id,
        )
        return self._call(prepared, _ops.parse_get_extensions, timeout, max_retries, deadline)

    def update_extension(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update an extension.

        Calls ``GET /api/v1.1/json/update_extension`` (update_extension); changes state on the carrier.

        Args:
            mode: Update an existing extension or create one. (carrier default: update)
            client_extension_id: The extension to update; required in mode update.
            extension: The extension number, 1000 to 9999. (at least 1000; at most 9999)
            friendly_name: Name of the extension. (at least 2 characters; at most 32 characters)
            client_peer_ids: The peers to ring.
            peer_timeout: Seconds to ring the peers.
            enable_peer: Ring the peers. (carrier default: False)
            client_queue_ids: The queues of the extension.
            forward_number: Number calls are forwarded to, 10 digits. (matches ``^[0-9]{10}$``)
            forward_timeout: Seconds before forwarding.
            enable_forwarding: Forward calls. (carrier default: False)
            announce_media_file_id: Media played to the callee; required with option announce_caller.
            send_dtmf: DTMF tones to send (0-9, a-d, w, W). (matches ``^[0-9abcdwW]+$``)
            voice_language: Language of the prompts; defaults to the account's.
            confirm_media_file_id: With option confirm_required, played when asking the callee to confirm answering.
            client_mailbox_id: The mailbox of the extension.
            enable_voicemail: Send unanswered calls to the mailbox. (carrier default: False)
            enable_parking: Enable call parking. (carrier default: False)
            options: confirm_required, announce_caller.
            dnis_rewrite: DID number presented as the dialed number. (matches ``^[0-9]{10}$``)
            client_subaccount_id: The subaccount of the extension.
            status: enabled or disabled.
            comments: Free comments.
            serialized_metadata: Metadata as name-value pairs, sent PHP-serialized.
            raw_metadata: Metadata returned as given (JSON preferred).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_extension(
            mode=mode,
            client_extension_id=client_extension_id,
            extension=extension,
            friendly_name=friendly_name,
            client_peer_ids=client_peer_ids,
            peer_timeout=peer_timeout,
            enable_peer=enable_peer,
            client_queue_ids=client_queue_ids,
            forward_number=forward_number,
            forward_timeout=forward_timeout,
            enable_forwarding=enable_forwarding,
            announce_media_file_id=announce_media_file_id,
            send_dtmf=send_dtmf,
            voice_language=voice_language,
            confirm_media_file_id=confirm_media_file_id,
            client_mailbox_id=client_mailbox_id,
            enable_voicemail=enable_voicemail,
            enable_parking=enable_parking,
            options=options,
            dnis_rewrite=dnis_rewrite,
            client_subaccount_id=client_subaccount_id,
            status=status,
            comments=comments,
            serialized_metadata=serialized_metadata,
            raw_metadata=raw_metadata,
        )
        return self._call(prepared, _ops.parse_update_extension, timeout, max_retries, deadline)

    def get_account_details(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get the account details.

        Calls ``GET /api/v1.1/json/get_account_details`` (get_account_details).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_account_details()
        return self._call(prepared, _ops.parse_get_account_details, timeout, max_retries, deadline)

    def get_account_preferences(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get the account preferences and global settings.

        Calls ``GET /api/v1.1/json/get_account_preferences`` (get_account_preferences).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_account_preferences()
        return self._call(prepared, _ops.parse_get_account_preferences, timeout, max_retries, deadline)

    def get_subaccounts(
        self,
        *,
        client_subaccount_id: int | None = None,
        client_brand_id: int | None = None,
        status: Sequence[EntityStatus] | None = None,
        get_associations: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one subaccount or all of them.

        Calls ``GET /api/v1.1/json/get_subaccounts`` (get_subaccounts).

        Args:
            client_subaccount_id: A client_subaccount_id.
            client_brand_id: Only subaccounts of this brand.
            status: Only subaccounts in these states.
            get_associations: Also list the peers, DIDs, extensions and mailboxes of each subaccount. (carrier
                default: False)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_subaccounts(
            client_subaccount_id=client_subaccount_id,
            client_brand_id=client_brand_id,
            status=status,
            get_associations=get_associations,
        )
        return self._call(prepared, _ops.parse_get_subaccounts, timeout, max_retries, deadline)

    def update_subaccount(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a subaccount.

        Calls ``GET /api/v1.1/json/update_subaccount`` (update_subaccount); changes state on the carrier.

        Args:
            mode: Update an existing subaccount or create one. (carrier default: update)
            client_subaccount_id: The subaccount to update; required in mode update.
            client_brand_id: The brand; the default brand when omitted.
            custom_id: Your own identifier of the subaccount.
            friendly_name: Required. Name of the subaccount. (at least 2 characters; at most 32 characters)
            call_limit: Simultaneous calls allowed. (at least 0; at most 999)
            allow_international_call: Allow international calls. (carrier default: no)
            international_call_limit: Simultaneous international calls allowed. (carrier default: 1)
            require_international_nip: Require a NIP for international calls. (carrier default: no)
            international_nip: NIPs for international calls, 6 to 8 digits each. (each item matches ``^[0-9]{6,8}$``)
            multi_tenancy_mode: Required. How the subaccount shares its resources.
            multi_tenancy_subaccount_id: The subaccount shared with; required when multi_tenancy_mode is shared.
            organization: Organization of the subaccount.
            organization_type: personal or business.
            client_profile: The kind of customer. (carrier default: undefined)
            voice_language: Language of the prompts.
            notification_language: Language of the notifications.
            callerid_name: Caller ID name. (at least 3 characters; at most 15 characters)
            callerid_number: Caller ID number, 10 digits. (matches ``^[0-9]{10}$``)
            client_moh_profile_id: The music-on-hold profile.
            default_provisioned_endpoint_id: The default provisioned endpoint (a provisioned client_did_id).
            options: Options of the subaccount.
            status: Required. enabled, disabled or deleted.
            comments: Free comments.
            serialized_metadata: Metadata as name-value pairs, sent PHP-serialized.
            raw_metadata: Metadata returned as given (JSON preferred).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_subaccount(
            mode=mode,
            client_subaccount_id=client_subaccount_id,
            client_brand_id=client_brand_id,
            custom_id=custom_id,
            friendly_name=friendly_name,
            call_limit=call_limit,
            allow_international_call=allow_international_call,
            international_call_limit=international_call_limit,
            require_international_nip=require_international_nip,
            international_nip=international_nip,
            multi_tenancy_mode=multi_tenancy_mode,
            multi_tenancy_subaccount_id=multi_tenancy_subaccount_id,
            organization=organization,
            organization_type=organization_type,
            client_profile=client_profile,
            voice_language=voice_language,
            notification_language=notification_language,
            callerid_name=callerid_name,
            callerid_number=callerid_number,
            client_moh_profile_id=client_moh_profile_id,
            default_provisioned_endpoint_id=default_provisioned_endpoint_id,
            options=options,
            status=status,
            comments=comments,
            serialized_metadata=serialized_metadata,
            raw_metadata=raw_metadata,
        )
        return self._call(prepared, _ops.parse_update_subaccount, timeout, max_retries, deadline)

    def update_subaccount_associations(
        self,
        *,
        client_subaccount_id: int,
        associated_peers: Sequence[int] | None = None,
        associated_dids: Sequence[int] | None = None,
        associated_extensions: Sequence[int] | None = None,
        associated_fax_profiles: Sequence[int] | None = None,
        associated_sms_profiles: Sequence[int] | None = None,
        associated_mailboxes: Sequence[int] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Set the peers, DIDs, extensions, fax and SMS profiles and mailboxes of a subaccount; a list given replaces
        the old one.

        Calls ``GET /api/v1.1/json/update_subaccount_associations`` (update_subaccount_associations); changes state
        on the carrier.

        Args:
            client_subaccount_id: Required. The subaccount.
            associated_peers: The client_peer_ids of the subaccount.
            associated_dids: The client_did_ids of the subaccount.
            associated_extensions: The client_extension_ids of the subaccount.
            associated_fax_profiles: The fax profiles of the subaccount.
            associated_sms_profiles: The SMS profiles of the subaccount.
            associated_mailboxes: The client_mailbox_ids of the subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_subaccount_associations(
            client_subaccount_id=client_subaccount_id,
            associated_peers=associated_peers,
            associated_dids=associated_dids,
            associated_extensions=associated_extensions,
            associated_fax_profiles=associated_fax_profiles,
            associated_sms_profiles=associated_sms_profiles,
            associated_mailboxes=associated_mailboxes,
        )
        return self._call(prepared, _ops.parse_update_subaccount_associations, timeout, max_retries, deadline)

    def update_subaccount_address(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update the billing address of a subaccount.

        Calls ``GET /api/v1.1/json/update_subaccount_address`` (update_subaccount_address); changes state on the
        carrier.

        Args:
            mode: Update an existing address or create one. (carrier default: update)
            client_subaccount_id: Required. The subaccount.
            client_address_id: The address to update; required in mode update.
            type: The kind of address; one billing address per subaccount. (carrier default: billing)
            box_number: Box number.
            civic_number: Required. Civic number.
            street: Required. Street.
            unit_number: Required. Unit number.
            city: Required. City.
            country_id: Required. A country_id.
            state_id: A state_id; required when country_id is 38 or 223.
            state_other: The state when country_id is neither 38 nor 223.
            postal_code: Required. Postal code.
            precision: Address precision (the seed marks it Optionally required without saying when).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_subaccount_address(
            mode=mode,
            client_subaccount_id=client_subaccount_id,
            client_address_id=client_address_id,
            type=type,
            box_number=box_number,
            civic_number=civic_number,
            street=street,
            unit_number=unit_number,
            city=city,
            country_id=country_id,
            state_id=state_id,
            state_other=state_other,
            postal_code=postal_code,
            precision=precision,
        )
        return self._call(prepared, _ops.parse_update_subaccount_address, timeout, max_retries, deadline)

    def get_funding_details(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[GetFundingDetailsReply]:
        """Get the account's funding details and status; amounts without 'CR' are negative.

        Calls ``GET /api/v1.1/json/get_funding_details`` (get_funding_details).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[GetFundingDetailsReply]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_funding_details()
        return self._call(prepared, _ops.parse_get_funding_details, timeout, max_retries, deadline)

    def get_billing_activity(
        self,
        *,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List invoices, payments, credits, returns and refunds; all of them without a date range.

        Calls ``GET /api/v1.1/json/get_billing_activity`` (get_billing_activity).

        Args:
            date_from: First day.
            date_to: Last day.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_billing_activity(
            date_from=date_from,
            date_to=date_to,
        )
        return self._call(prepared, _ops.parse_get_billing_activity, timeout, max_retries, deadline)

    def get_call_director_profiles(
        self,
        *,
        client_director_profile_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one call director profile or all of them.

        Calls ``GET /api/v1.1/json/get_call_director_profiles`` (get_call_director_profiles).

        Args:
            client_director_profile_id: A client_director_profile_id.
            client_subaccount_id: Only profiles of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_director_profiles(
            client_director_profile_id=client_director_profile_id,
            client_subaccount_id=client_subaccount_id,
        )
        return self._call(prepared, _ops.parse_get_call_director_profiles, timeout, max_retries, deadline)

    def update_call_director_profile(
        self,
        *,
        preserve_missing_data: bool | None = None,
        mode: Mode | None = None,
        client_director_profile_id: int | None = None,
        client_subaccount_id: int | None = None,
        friendly_name: str,
        action: Sequence[DirectorAction],
        status: EnabledStatus | None = None,
        comments: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a call director profile.

        Calls ``GET /api/v1.1/json/update_call_director_profile`` (update_call_director_profile); changes state on
        the carrier.

        Args:
            preserve_missing_data: Change only the fields given. (carrier default: False)
            mode: Update an existing profile or create one. (carrier default: update)
            client_director_profile_id: The profile to update; required in mode update.
            client_subaccount_id: The subaccount of the profile.
            friendly_name: Required. Name of the profile. (at least 2 characters; at most 32 characters)
            action: Required. The actions, sent as action[0][usage_type]=forward&action[0][offset]=0... (at least 1
                item)
            status: enabled or disabled.
            comments: Free comments.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_call_director_profile(
            preserve_missing_data=preserve_missing_data,
            mode=mode,
            client_director_profile_id=client_director_profile_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            action=action,
            status=status,
            comments=comments,
        )
        return self._call(prepared, _ops.parse_update_call_director_profile, timeout, max_retries, deadline)

    def delete_call_director_profile(
        self,
        *,
        client_director_profile_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete a call director profile.

        Calls ``GET /api/v1.1/json/delete_call_director_profile`` (delete_call_director_profile); changes state on
        the carrier.

        Args:
            client_director_profile_id: Required. The profile to delete.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_call_director_profile(
            client_director_profile_id=client_director_profile_id,
        )
        return self._call(prepared, _ops.parse_delete_call_director_profile, timeout, max_retries, deadline)

    def get_countries(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the countries with their code and country_id.

        Calls ``GET /api/v1.1/json/get_countries`` (get_countries).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_countries()
        return self._call(prepared, _ops.parse_get_countries, timeout, max_retries, deadline)

    def get_states(
        self,
        *,
        country_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the states or provinces of a country with their code and state_id.

        Calls ``GET /api/v1.1/json/get_states`` (get_states).

        Args:
            country_id: Required. A country_id.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_states(
            country_id=country_id,
        )
        return self._call(prepared, _ops.parse_get_states, timeout, max_retries, deadline)

    def get_issues_types(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the issue types report_call_issue accepts.

        Calls ``GET /api/v1.1/json/get_issues_types`` (get_issues_types).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_issues_types()
        return self._call(prepared, _ops.parse_get_issues_types, timeout, max_retries, deadline)

    def get_rates(
        self,
        *,
        code: str | None = None,
        country_id: int | None = None,
        state_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List destinations and their rates by dialing prefix or country.

        Calls ``GET /api/v1.1/json/get_rates`` (get_rates).

        Args:
            code: A dialing prefix; or give country_id. (matches ``^[0-9]+$``)
            country_id: A country_id; or give code.
            state_id: A state_id.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_rates(
            code=code,
            country_id=country_id,
            state_id=state_id,
        )
        return self._call(prepared, _ops.parse_get_rates, timeout, max_retries, deadline)

    def get_plans(
        self,
        *,
        plan_id: int | None = None,
        plan_groups_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the current plans and their included services.

        Calls ``GET /api/v1.1/json/get_plans`` (get_plans).

        Args:
            plan_id: A plan_id.
            plan_groups_id: A plan group id.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_plans(
            plan_id=plan_id,
            plan_groups_id=plan_groups_id,
        )
        return self._call(prepared, _ops.parse_get_plans, timeout, max_retries, deadline)

    def get_proxies(
        self,
        *,
        proxy_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the available proxies.

        Calls ``GET /api/v1.1/json/get_proxies`` (get_proxies).

        Args:
            proxy_id: A proxy_id.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_proxies(
            proxy_id=proxy_id,
        )
        return self._call(prepared, _ops.parse_get_proxies, timeout, max_retries, deadline)

    def get_e911(
        self,
        *,
        client_did_id: int | None = None,
        phone_number: str | None = None,
        client_endpoint_id: int | None = None,
        client_subaccount_id: int | None = None,
        result_limit: int | None = None,
        result_offset: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get the E911 provisioned addresses: of a DID or endpoint, or all of them.

        Calls ``GET /api/v1.1/json/get_e911`` (get_e911).

        Args:
            client_did_id: A client_did_id.
            phone_number: A phone number, 10 digits without space or dash. (matches ``^[0-9]{10}$``)
            client_endpoint_id: A client_endpoint_id; it wins over the others.
            client_subaccount_id: Only endpoints of this subaccount.
            result_limit: Entries to return. (at least 1; at most 1000; carrier default: 1000)
            result_offset: Entries to skip. (at least 0)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_e911(
            client_did_id=client_did_id,
            phone_number=phone_number,
            client_endpoint_id=client_endpoint_id,
            client_subaccount_id=client_subaccount_id,
            result_limit=result_limit,
            result_offset=result_offset,
        )
        return self._call(prepared, _ops.parse_get_e911, timeout, max_retries, deadline)

    def check_e911(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Check that an address is valid for E911; failures may carry alternate addresses.

        Calls ``GET /api/v1.1/json/check_e911`` (check_e911).

        Args:
            phone_number: A phone number, without space or dash. (matches ``^[0-9]{10}$``)
            civic_number: Required. Civic number.
            street: Required. The exact street name.
            city: Required. The exact city name.
            state_code: A 2-letter state code; or give state_id. (matches ``^[A-Za-z]{2}$``)
            state_id: A state_id; or give state_code.
            country_code: A 2-letter country code; or give country_id. (matches ``^[A-Za-z]{2}$``)
            country_id: A country_id; or give country_code.
            postal_code: Required. Postal code.
            address_type: The kind of unit.
            address_type_number: The unit number.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_check_e911(
            phone_number=phone_number,
            civic_number=civic_number,
            street=street,
            city=city,
            state_code=state_code,
            state_id=state_id,
            country_code=country_code,
            country_id=country_id,
            postal_code=postal_code,
            address_type=address_type,
            address_type_number=address_type_number,
        )
        return self._call(prepared, _ops.parse_check_e911, timeout, max_retries, deadline)

    def associate_e911(
        self,
        *,
        client_did_id: int | None = None,
        phone_number: str | None = None,
        client_endpoint_id: int | None = None,
        client_peer_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Associate a peer with the E911 address of a provisioned DID or endpoint.

        Calls ``GET /api/v1.1/json/associate_e911`` (associate_e911); changes state on the carrier.

        Args:
            client_did_id: A client_did_id.
            phone_number: A phone number, 10 digits without space or dash. (matches ``^[0-9]{10}$``)
            client_endpoint_id: A client_endpoint_id.
            client_peer_id: Required. The peer to associate.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_associate_e911(
            client_did_id=client_did_id,
            phone_number=phone_number,
            client_endpoint_id=client_endpoint_id,
            client_peer_id=client_peer_id,
        )
        return self._call(prepared, _ops.parse_associate_e911, timeout, max_retries, deadline)

    def disassociate_e911(
        self,
        *,
        client_peer_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Remove a peer's E911 association.

        Calls ``GET /api/v1.1/json/disassociate_e911`` (disassociate_e911); changes state on the carrier.

        Args:
            client_peer_id: Required. The peer to disassociate.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_disassociate_e911(
            client_peer_id=client_peer_id,
        )
        return self._call(prepared, _ops.parse_disassociate_e911, timeout, max_retries, deadline)

    def update_e911(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Set the E911 address of a DID; failures may carry alternate addresses.

        Calls ``GET /api/v1.1/json/update_e911`` (update_e911); changes state on the carrier.

        Args:
            phone_number: Required. The DID, 10 digits without space or dash. (matches ``^[0-9]{10}$``)
            first_name: Deprecated: use full_name.
            last_name: Deprecated: use full_name.
            full_name: Required. Name shown to emergency services. (at least 2 characters; at most 32 characters)
            civic_number: Required. Civic number.
            street: Required. The exact street name.
            city: Required. The exact city name.
            state_code: A 2-letter state code; or give state_id. (matches ``^[A-Za-z]{2}$``)
            state_id: A state_id; or give state_code.
            country_code: A 2-letter country code; or give country_id. (matches ``^[A-Za-z]{2}$``)
            country_id: A country_id; or give country_code.
            postal_code: Required. Postal code.
            language: Deprecated: use e911_language.
            e911_language: Language of the E911 record (Canada only); defaults to the account's.
            address_type: The kind of unit.
            address_type_number: The unit number.
            rate_provider_id: A rate_provider_id.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_e911(
            phone_number=phone_number,
            first_name=first_name,
            last_name=last_name,
            full_name=full_name,
            civic_number=civic_number,
            street=street,
            city=city,
            state_code=state_code,
            state_id=state_id,
            country_code=country_code,
            country_id=country_id,
            postal_code=postal_code,
            language=language,
            e911_language=e911_language,
            address_type=address_type,
            address_type_number=address_type_number,
            rate_provider_id=rate_provider_id,
        )
        return self._call(prepared, _ops.parse_update_e911, timeout, max_retries, deadline)

    def delete_e911(
        self,
        *,
        client_did_id: int | None = None,
        phone_number: str | None = None,
        client_endpoint_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete the E911 address of a DID or endpoint and the peer associations using it.

        Calls ``GET /api/v1.1/json/delete_e911`` (delete_e911); changes state on the carrier.

        Args:
            client_did_id: A client_did_id.
            phone_number: A phone number, 10 digits without space or dash. (matches ``^[0-9]{10}$``)
            client_endpoint_id: A client_endpoint_id; it wins over the others.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_e911(
            client_did_id=client_did_id,
            phone_number=phone_number,
            client_endpoint_id=client_endpoint_id,
        )
        return self._call(prepared, _ops.parse_delete_e911, timeout, max_retries, deadline)

    def get_whitepages(
        self,
        *,
        provision_status: Sequence[ProvisionStatus] | None = None,
        status: Sequence[ListingStatus] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the 411 directory listings.

        Calls ``GET /api/v1.1/json/get_whitepages`` (get_whitepages).

        Args:
            provision_status: Only listings in these provisioning states; all by default.
            status: Only listings in these states. (carrier default: enabled)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_whitepages(
            provision_status=provision_status,
            status=status,
        )
        return self._call(prepared, _ops.parse_get_whitepages, timeout, max_retries, deadline)

    def update_whitepages(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Set the 411 directory listing of a number.

        Calls ``GET /api/v1.1/json/update_whitepages`` (update_whitepages); changes state on the carrier.

        Args:
            phone_number: Required. The number, 10 digits without space or dash. (matches ``^[0-9]{10}$``)
            type: Required. business, residential or government.
            sort_word: Required. First word of the listing, 2 to 30 characters; errors call it first_name. (at least
                2 characters; at most 30 characters; matches ``^[\\w '-]+$``)
            sub_word: Required. Rest of the listing, 2 to 106 characters; errors call it last_name. (at least 2
                characters; at most 106 characters; matches ``^[\\w '-]+$``)
            civic_number: Required. Civic number.
            street: Required. The exact street name.
            city: Required. The exact city name.
            state_code: A 2-letter state code; or give state_id. (matches ``^[A-Za-z]{2}$``)
            state_id: A state_id; or give state_code.
            country_code: A 2-letter country code; or give country_id. (matches ``^[A-Za-z]{2}$``)
            country_id: A country_id; or give country_code.
            postal_code: Required. Postal code.
            address_type: The kind of unit.
            address_type_number: The unit number.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_whitepages(
            phone_number=phone_number,
            type=type,
            sort_word=sort_word,
            sub_word=sub_word,
            civic_number=civic_number,
            street=street,
            city=city,
            state_code=state_code,
            state_id=state_id,
            country_code=country_code,
            country_id=country_id,
            postal_code=postal_code,
            address_type=address_type,
            address_type_number=address_type_number,
        )
        return self._call(prepared, _ops.parse_update_whitepages, timeout, max_retries, deadline)

    def delete_whitepages(
        self,
        *,
        client_did_id: int | None = None,
        phone_number: str | None = None,
        client_411_listing_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete a 411 directory listing.

        Calls ``GET /api/v1.1/json/delete_whitepages`` (delete_whitepages); changes state on the carrier.

        Args:
            client_did_id: A client_did_id.
            phone_number: A phone number, 10 digits without space or dash. (matches ``^[0-9]{10}$``)
            client_411_listing_id: A client_411_listing_id; it wins over the others.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_whitepages(
            client_did_id=client_did_id,
            phone_number=phone_number,
            client_411_listing_id=client_411_listing_id,
        )
        return self._call(prepared, _ops.parse_delete_whitepages, timeout, max_retries, deadline)

    def report_call_issue(
        self,
        *,
        call_hash: str,
        issue_type_id: int,
        kayako_ticket_id: str | None = None,
        comments: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Report an issue about a call.

        Calls ``GET /api/v1.1/json/report_call_issue`` (report_call_issue); changes state on the carrier.

        Args:
            call_hash: Required. The call_hash of a call get_calls returned. (matches ``^[A-Za-z0-9]{32}$``)
            issue_type_id: Required. An issue type of get_issues_types.
            kayako_ticket_id: A support ticket, such as AAA-999-99999. (matches ``^[A-Z]{3}-[0-9]{3}-[0-9]{5}$``)
            comments: Free comments.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_report_call_issue(
            call_hash=call_hash,
            issue_type_id=issue_type_id,
            kayako_ticket_id=kayako_ticket_id,
            comments=comments,
        )
        return self._call(prepared, _ops.parse_report_call_issue, timeout, max_retries, deadline)

    def get_call_issues(
        self,
        *,
        call_hash: str,
        call_issue_id: int,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get reported call issues.

        Calls ``GET /api/v1.1/json/get_call_issues`` (get_call_issues).

        Args:
            call_hash: Required. A call_hash (the seed marks it Required, with default NULL). (matches
                ``^[A-Za-z0-9]{32}$``)
            call_issue_id: Required. A call_issue_id (the seed marks it Required, with default NULL).
            client_subaccount_id: Only issues of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_issues(
            call_hash=call_hash,
            call_issue_id=call_issue_id,
            client_subaccount_id=client_subaccount_id,
        )
        return self._call(prepared, _ops.parse_get_call_issues, timeout, max_retries, deadline)

    def get_network_status(
        self,
        *,
        mode: NetworkStatusMode | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List network status entries; the first 5 by default.

        Calls ``GET /api/v1.1/json/get_network_status`` (get_network_status).

        Args:
            mode: latest or unresolved entries. (carrier default: latest)
            limit: Entries to return. (at least 1; carrier default: 5)
            offset: Entries to skip. (at least 0; carrier default: 0)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_network_status(
            mode=mode,
            limit=limit,
            offset=offset,
        )
        return self._call(prepared, _ops.parse_get_network_status, timeout, max_retries, deadline)

    def get_channels(
        self,
        *,
        client_channel_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one channel group or all of them; the system row counts every channel of the plans and services.

        Calls ``GET /api/v1.1/json/get_channels`` (get_channels).

        Args:
            client_channel_id: A client_channel_id.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_channels(
            client_channel_id=client_channel_id,
        )
        return self._call(prepared, _ops.parse_get_channels, timeout, max_retries, deadline)

    def update_channel(
        self,
        *,
        mode: Mode | None = None,
        client_channel_id: int | None = None,
        friendly_name: str,
        quantity_inbound: int,
        quantity_outbound: int,
        quantity_bidirectional: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a channel group.

        Calls ``GET /api/v1.1/json/update_channel`` (update_channel); changes state on the carrier.

        Args:
            mode: Update an existing channel group or create one. (carrier default: update)
            client_channel_id: The channel group to update; required in mode update.
            friendly_name: Required. Name of the channel group. (at least 2 characters; at most 32 characters)
            quantity_inbound: Required. Inbound channels. (at least 0; at most 999)
            quantity_outbound: Required. Outbound channels. (at least 0; at most 999)
            quantity_bidirectional: Required. Bidirectional channels. (at least 0; at most 999)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_channel(
            mode=mode,
            client_channel_id=client_channel_id,
            friendly_name=friendly_name,
            quantity_inbound=quantity_inbound,
            quantity_outbound=quantity_outbound,
            quantity_bidirectional=quantity_bidirectional,
        )
        return self._call(prepared, _ops.parse_update_channel, timeout, max_retries, deadline)

    def delete_channel(
        self,
        *,
        client_channel_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete a channel group.

        Calls ``GET /api/v1.1/json/delete_channel`` (delete_channel); changes state on the carrier.

        Args:
            client_channel_id: Required. The channel group to delete.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_channel(
            client_channel_id=client_channel_id,
        )
        return self._call(prepared, _ops.parse_delete_channel, timeout, max_retries, deadline)

    def dispatch_call(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Connect two endpoints (numbers, peers or SIP URIs) in one call; recordings of 2 seconds or less are
        deleted.

        Calls ``GET /api/v1.1/json/dispatch_call`` (dispatch_call); changes state on the carrier.

        Args:
            client_subaccount_id: The subaccount of the call.
            source_type: Deprecated: use sources[0][type].
            source: Deprecated: use sources[0][value].
            destination_type: Deprecated: use destinations[0][type].
            destination: Deprecated: use destinations[0][value].
            callerid_name: Caller ID name; defaults to the account's. (at least 3 characters; at most 15 characters)
            callerid_number: Caller ID number; defaults to the account's. (matches ``^[0-9]{10}$``)
            enable_recording: Record the call. (carrier default: False)
            wait_time: Seconds to wait for an answer. (at least 5; at most 60; carrier default: 15)
            meta_data: Any data kept with the call and returned by get_calls (serialized data works well).
            sources: The endpoints called first, sent as sources[n][field].
            destinations: The endpoints connected to them, sent as destinations[n][field].
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_dispatch_call(
            client_subaccount_id=client_subaccount_id,
            source_type=source_type,
            source=source,
            destination_type=destination_type,
            destination=destination,
            callerid_name=callerid_name,
            callerid_number=callerid_number,
            enable_recording=enable_recording,
            wait_time=wait_time,
            meta_data=meta_data,
            sources=sources,
            destinations=destinations,
        )
        return self._call(prepared, _ops.parse_dispatch_call, timeout, max_retries, deadline)

    def voicemail_broadcast(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Leave a voicemail message in a destination's mailbox (experimental).

        Calls ``GET /api/v1.1/json/voicemail_broadcast`` (voicemail_broadcast); changes state on the carrier.

        Args:
            destination_number: Required. The number to call, at least 10 digits. (matches ``^[0-9]{10,}$``)
            callerid_name: Caller ID name; defaults to the account's. (at least 3 characters; at most 15 characters)
            callerid_number: Caller ID number, not starting with 1, 800, 888, 877, 866 or 855; defaults to the
                account's. (matches ``^(?!1|800|888|877|866|855)[0-9]{10}$``)
            privacy: Hide the caller ID; needs a valid callerid_number. (carrier default: False)
            enable_recording: Record the call. (carrier default: False)
            wait_time: Seconds to wait for an answer. (at least 5; at most 60; carrier default: 15)
            client_media_file_id: The media file played to the mailbox; required unless media_url is given.
            media_url: URL of a media file to play instead. (matches ``^https?://``)
            voicemail_detect: Start playback when a voicemail tone is detected. (carrier default: True)
            fork_call: Call twice to force the voicemail to pick up and cancel the second call. (carrier default:
                True)
            pre_dtmf: DTMF played once answered, before playback. (matches ``^[0-9A-D#*wW]+$``)
            post_dtmf: DTMF played after playback. (matches ``^[0-9A-D#*wW]+$``)
            dtmf_duration: Duration of the DTMF tones. (at least 100; at most 1500; carrier default: 500)
            notify_callback_triggers: Call events posted to notify_callback_url (on_test is not listed here).
            notify_callback_url: Webhook of call events. (matches ``^https?://``)
            meta_data: Any data kept with the call and returned by get_calls (serialized data, JSON or XML).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_voicemail_broadcast(
            destination_number=destination_number,
            callerid_name=callerid_name,
            callerid_number=callerid_number,
            privacy=privacy,
            enable_recording=enable_recording,
            wait_time=wait_time,
            client_media_file_id=client_media_file_id,
            media_url=media_url,
            voicemail_detect=voicemail_detect,
            fork_call=fork_call,
            pre_dtmf=pre_dtmf,
            post_dtmf=post_dtmf,
            dtmf_duration=dtmf_duration,
            notify_callback_triggers=notify_callback_triggers,
            notify_callback_url=notify_callback_url,
            meta_data=meta_data,
        )
        return self._call(prepared, _ops.parse_voicemail_broadcast, timeout, max_retries, deadline)

    def get_resellers_transactions(
        self,
        *,
        reseller_transaction_id: int | None = None,
        client_subaccount_id: int | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the reseller transactions.

        Calls ``GET /api/v1.1/json/get_resellers_transactions`` (get_resellers_transactions).

        Args:
            reseller_transaction_id: A reseller_transaction_id.
            client_subaccount_id: Only transactions of this subaccount.
            date_from: First date_applied.
            date_to: Last date_applied.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_resellers_transactions(
            reseller_transaction_id=reseller_transaction_id,
            client_subaccount_id=client_subaccount_id,
            date_from=date_from,
            date_to=date_to,
        )
        return self._call(prepared, _ops.parse_get_resellers_transactions, timeout, max_retries, deadline)

    def get_resellers_invoices(
        self,
        *,
        reseller_invoice_id: int | None = None,
        web_key: str | None = None,
        client_subaccount_id: int | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the reseller invoices.

        Calls ``GET /api/v1.1/json/get_resellers_invoices`` (get_resellers_invoices).

        Args:
            reseller_invoice_id: A reseller_invoice_id.
            web_key: The web_key of an invoice.
            client_subaccount_id: Only invoices of this subaccount.
            date_from: First date_applied.
            date_to: Last date_applied.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_resellers_invoices(
            reseller_invoice_id=reseller_invoice_id,
            web_key=web_key,
            client_subaccount_id=client_subaccount_id,
            date_from=date_from,
            date_to=date_to,
        )
        return self._call(prepared, _ops.parse_get_resellers_invoices, timeout, max_retries, deadline)

    def get_queues(
        self,
        *,
        client_queue_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one queue or all of them.

        Calls ``GET /api/v1.1/json/get_queues`` (get_queues).

        Args:
            client_queue_id: A client_queue_id.
            client_subaccount_id: Only queues of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_queues(
            client_queue_id=client_queue_id,
            client_subaccount_id=client_subaccount_id,
        )
        return self._call(prepared, _ops.parse_get_queues, timeout, max_retries, deadline)

    def update_queue(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a call queue.

        Calls ``GET /api/v1.1/json/update_queue`` (update_queue); changes state on the carrier.

        Args:
            mode: Update an existing queue or create one. (carrier default: update)
            client_queue_id: The queue to update; required in mode update.
            client_subaccount_id: The subaccount of the queue. (carrier default: 0)
            friendly_name: Required. Name of the queue. (at least 2 characters; at most 60 characters)
            comments: Free comments.
            client_moh_profile_id: The music-on-hold profile. (carrier default: 0)
            max_wait_time: Longest wait in seconds. (at least 10; at most 7200; carrier default: 300)
            max_wait_time_no_agent: Longest wait in seconds without an agent. (at least 30; at most 600; carrier
                default: 90)
            progressive_ring_delay: Seconds between progressive rings. (at least 5; at most 300; carrier default: 10)
            discard_abandoned_delay: Seconds before an abandoned call is discarded. (at least 300; at most 86400;
                carrier default: 900)
            max_no_agent: Calls accepted without an agent. (at least 0; at most 99; carrier default: 0)
            tier_escalate_delay: Seconds before escalating to the next tier. (at least 30; at most 3600; carrier
                default: 120)
            datetime_suspended_until: The queue is suspended until then.
            agents: The agents of the queue.
            options: Options of the queue.
            status: enabled or disabled.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_queue(
            mode=mode,
            client_queue_id=client_queue_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            comments=comments,
            client_moh_profile_id=client_moh_profile_id,
            max_wait_time=max_wait_time,
            max_wait_time_no_agent=max_wait_time_no_agent,
            progressive_ring_delay=progressive_ring_delay,
            discard_abandoned_delay=discard_abandoned_delay,
            max_no_agent=max_no_agent,
            tier_escalate_delay=tier_escalate_delay,
            datetime_suspended_until=datetime_suspended_until,
            agents=agents,
            options=options,
            status=status,
        )
        return self._call(prepared, _ops.parse_update_queue, timeout, max_retries, deadline)

    def get_queue_agents(
        self,
        *,
        client_queue_agent_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one queue agent or all of them.

        Calls ``GET /api/v1.1/json/get_queue_agents`` (get_queue_agents).

        Args:
            client_queue_agent_id: A client_queue_agent_id.
            client_subaccount_id: Only agents of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_queue_agents(
            client_queue_agent_id=client_queue_agent_id,
            client_subaccount_id=client_subaccount_id,
        )
        return self._call(prepared, _ops.parse_get_queue_agents, timeout, max_retries, deadline)

    def update_queue_agent(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a queue agent.

        Calls ``GET /api/v1.1/json/update_queue_agent`` (update_queue_agent); changes state on the carrier.

        Args:
            mode: Update an existing agent or create one. (carrier default: update)
            client_queue_agent_id: The agent to update; required in mode update.
            client_subaccount_id: The subaccount of the agent. (carrier default: 0)
            friendly_name: Required. Name of the agent. (at least 2 characters; at most 60 characters)
            comments: Free comments.
            client_peer_id: The peer of the agent. (carrier default: 0)
            client_director_profile_id: The call director profile of the agent. (carrier default: 0)
            client_schedule_id: The schedule of the agent.
            ring_delay: Seconds to ring the agent. (at least 5; at most 120; carrier default: 10)
            wrap_up_delay: Seconds after a call before the next. (at least 0; at most 600; carrier default: 15)
            on_busy_delay: Seconds of pause after a busy. (at least 0; at most 3600; carrier default: 120)
            on_reject_delay: Seconds of pause after a rejected call. (at least 0; at most 3600; carrier default: 300)
            on_unanswered_delay: Seconds of pause after an unanswered call. (at least 0; at most 3600; carrier
                default: 30)
            max_unanswered: Unanswered calls allowed. (at least 0; at most 99; carrier default: 0)
            agent_status: Availability of the agent in the queue system.
            status: enabled or disabled.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_queue_agent(
            mode=mode,
            client_queue_agent_id=client_queue_agent_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            comments=comments,
            client_peer_id=client_peer_id,
            client_director_profile_id=client_director_profile_id,
            client_schedule_id=client_schedule_id,
            ring_delay=ring_delay,
            wrap_up_delay=wrap_up_delay,
            on_busy_delay=on_busy_delay,
            on_reject_delay=on_reject_delay,
            on_unanswered_delay=on_unanswered_delay,
            max_unanswered=max_unanswered,
            agent_status=agent_status,
            status=status,
        )
        return self._call(prepared, _ops.parse_update_queue_agent, timeout, max_retries, deadline)

    def get_callerid_profiles(
        self,
        *,
        client_callerid_profile_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one caller ID profile or all of them.

        Calls ``GET /api/v1.1/json/get_callerid_profiles`` (get_callerid_profiles).

        Args:
            client_callerid_profile_id: A client_callerid_profile_id.
            client_subaccount_id: Only profiles of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_callerid_profiles(
            client_callerid_profile_id=client_callerid_profile_id,
            client_subaccount_id=client_subaccount_id,
        )
        return self._call(prepared, _ops.parse_get_callerid_profiles, timeout, max_retries, deadline)

    def update_callerid_profile(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a caller ID profile and its conditions.

        Calls ``GET /api/v1.1/json/update_callerid_profile`` (update_callerid_profile); changes state on the carrier.

        Args:
            mode: Update an existing profile or create one. (carrier default: update)
            client_callerid_profile_id: The profile to update; required in mode update.
            client_subaccount_id: The subaccount of the profile. (carrier default: 0)
            friendly_name: Required. Name of the profile. (at least 2 characters; at most 32 characters)
            callerid_name: Caller ID name. (at least 2 characters; at most 15 characters)
            client_did_ids: The DIDs of the profile.
            default_client_did_id: The default DID.
            callerid_number: Caller ID number, 10 digits. (matches ``^[0-9]{10}$``)
            privacy: enable, keep or disable caller ID privacy.
            status: Required. enabled or disabled.
            comments: Free comments.
            purge_conditions: Remove the conditions not listed in conditions_data.
            conditions_data: The conditions, sent as one JSON array.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_callerid_profile(
            mode=mode,
            client_callerid_profile_id=client_callerid_profile_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            callerid_name=callerid_name,
            client_did_ids=client_did_ids,
            default_client_did_id=default_client_did_id,
            callerid_number=callerid_number,
            privacy=privacy,
            status=status,
            comments=comments,
            purge_conditions=purge_conditions,
            conditions_data=conditions_data,
        )
        return self._call(prepared, _ops.parse_update_callerid_profile, timeout, max_retries, deadline)

    def get_ivr_profiles(
        self,
        *,
        client_ivr_profile_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one IVR profile or all of them.

        Calls ``GET /api/v1.1/json/get_ivr_profiles`` (get_ivr_profiles).

        Args:
            client_ivr_profile_id: A client_ivr_profile_id.
            client_subaccount_id: Only profiles of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_ivr_profiles(
            client_ivr_profile_id=client_ivr_profile_id,
            client_subaccount_id=client_subaccount_id,
        )
        return self._call(prepared, _ops.parse_get_ivr_profiles, timeout, max_retries, deadline)

    def update_ivr_profile(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update an IVR profile.

        Calls ``GET /api/v1.1/json/update_ivr_profile`` (update_ivr_profile); changes state on the carrier.

        Args:
            mode: Update an existing profile or create one. (carrier default: update)
            client_ivr_profile_id: The profile to update; required in mode update.
            client_subaccount_id: The subaccount of the profile. (carrier default: 0)
            friendly_name: Required. Name of the profile. (at least 2 characters; at most 60 characters)
            default_language: Default language: empty, en or fr.
            pre_ivr_extension: A client_extension_id rung before the IVR. (carrier default: 0)
            pre_ivr_delay: Seconds the pre-IVR extension rings. (carrier default: 10)
            client_office_hour_id: The office hours of the profile. (carrier default: 0)
            client_moh_profile_id: The music-on-hold profile. (carrier default: 0)
            options: enable_directory, disable_moh.
            status: Required. enabled or disabled.
            comments: Free comments.
            serialized_metadata: Metadata as name-value pairs, sent PHP-serialized.
            raw_metadata: Metadata returned as given (JSON preferred).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_ivr_profile(
            mode=mode,
            client_ivr_profile_id=client_ivr_profile_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            default_language=default_language,
            pre_ivr_extension=pre_ivr_extension,
            pre_ivr_delay=pre_ivr_delay,
            client_office_hour_id=client_office_hour_id,
            client_moh_profile_id=client_moh_profile_id,
            options=options,
            status=status,
            comments=comments,
            serialized_metadata=serialized_metadata,
            raw_metadata=raw_metadata,
        )
        return self._call(prepared, _ops.parse_update_ivr_profile, timeout, max_retries, deadline)

    def get_schedules(
        self,
        *,
        client_schedule_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one schedule (office hours) or all of them.

        Calls ``GET /api/v1.1/json/get_schedules`` (get_schedules).

        Args:
            client_schedule_id: A client_schedule_id.
            client_subaccount_id: Only schedules of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_schedules(
            client_schedule_id=client_schedule_id,
            client_subaccount_id=client_subaccount_id,
        )
        return self._call(prepared, _ops.parse_get_schedules, timeout, max_retries, deadline)

    def update_schedule(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a schedule.

        Calls ``GET /api/v1.1/json/update_schedule`` (update_schedule); changes state on the carrier.

        Args:
            mode: Update an existing schedule or create one. (carrier default: update)
            client_schedule_id: The schedule to update; required in mode update.
            client_subaccount_id: The subaccount of the schedule. (carrier default: 0)
            friendly_name: Required. Name of the schedule. (at least 2 characters; at most 60 characters)
            comments: Free comments.
            time_zone_id: A time_zone_id; defaults to the account preferences.
            range_date: daily, weekly or custom. (carrier default: daily)
            shift_start_date: First day of the shifts; today by default.
            business_hours: Business hours as JSON; only month-day exceptions for now, such as
                {"month4":{"day22":[...]}}.
            shift: The shifts, sent as shift[0][status]=on&shift[0][days]=2 (a JSON array also works).
            status: enabled or disabled.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_schedule(
            mode=mode,
            client_schedule_id=client_schedule_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            comments=comments,
            time_zone_id=time_zone_id,
            range_date=range_date,
            shift_start_date=shift_start_date,
            business_hours=business_hours,
            shift=shift,
            status=status,
        )
        return self._call(prepared, _ops.parse_update_schedule, timeout, max_retries, deadline)

    def get_storage_stats(
        self,
        *,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        client_subaccount_ids: Sequence[int] | None = None,
        storage_types: Sequence[StorageType] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Gather storage statistics for a period of at most 12 months.

        Calls ``GET /api/v1.1/json/get_storage_stats`` (get_storage_stats).

        Args:
            date_from: First day; the carrier's default is today.
            date_to: Last day; the carrier's default is today.
            client_subaccount_ids: At most 10 subaccounts; by default the main account and the whole account. (at
                most 10 items)
            storage_types: The storage types wanted.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_storage_stats(
            date_from=date_from,
            date_to=date_to,
            client_subaccount_ids=client_subaccount_ids,
            storage_types=storage_types,
        )
        return self._call(prepared, _ops.parse_get_storage_stats, timeout, max_retries, deadline)

    def get_media_files(
        self,
        *,
        client_media_file_id: int | None = None,
        client_media_folder_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get media files.

        Calls ``GET /api/v1.1/json/get_media_files`` (get_media_files).

        Args:
            client_media_file_id: A client_media_file_id.
            client_media_folder_id: Only files of this folder.
            client_subaccount_id: Only files of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_media_files(
            client_media_file_id=client_media_file_id,
            client_media_folder_id=client_media_folder_id,
            client_subaccount_id=client_subaccount_id,
        )
        return self._call(prepared, _ops.parse_get_media_files, timeout, max_retries, deadline)

    def get_devices(
        self,
        *,
        make: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the devices available for autoprovisioning.

        Calls ``GET /api/v1.1/json/get_devices`` (get_devices).

        Args:
            make: Only devices of this make.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_devices(
            make=make,
        )
        return self._call(prepared, _ops.parse_get_devices, timeout, max_retries, deadline)

    def get_device_endpoints(
        self,
        *,
        client_device_endpoint_id: int | None = None,
        client_subaccount_id: int | None = None,
        device_mac: str | None = None,
        device_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one autoprovisioned device endpoint or all of them.

        Calls ``GET /api/v1.1/json/get_device_endpoints`` (get_device_endpoints).

        Args:
            client_device_endpoint_id: A client_device_endpoint_id.
            client_subaccount_id: Only endpoints of this subaccount.
            device_mac: A device MAC address.
            device_id: A device_id.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_device_endpoints(
            client_device_endpoint_id=client_device_endpoint_id,
            client_subaccount_id=client_subaccount_id,
            device_mac=device_mac,
            device_id=device_id,
        )
        return self._call(prepared, _ops.parse_get_device_endpoints, timeout, max_retries, deadline)

    def update_device_endpoint(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update an autoprovisioned device endpoint.

        Calls ``GET /api/v1.1/json/update_device_endpoint`` (update_device_endpoint); changes state on the carrier.

        Args:
            mode: Update an existing endpoint or create one. (carrier default: update)
            client_device_endpoint_id: The endpoint to update; required in mode update.
            client_subaccount_id: The subaccount of the endpoint.
            friendly_name: Name of the endpoint. (at least 2 characters; at most 32 characters)
            device_id: Required. A device_id of get_devices.
            device_name: Name of the device.
            client_peer_ids: The peers, each optionally with a label after '|', such as 1234|Mike Phone. (each item
                matches ``^[0-9]+(\\|.+)?$``)
            client_extension_id: The extension (the seed marks it Optionally required without saying when).
            client_mailbox_id: The mailbox (the seed marks it Optionally required without saying when).
            device_mac: MAC address, AABBCCDDEE or AA:BB:CC:DD:EE.
            serial_number: Serial number of the device.
            timezone_id: A timezone_id.
            admin_password: Administrator password of the device.
            phone_password: User password of the device.
            language: Language of the device.
            is_time_format24_h: Show a 24-hour clock.
            is_vlan_enabled: Use a VLAN (the seed lists this row twice, the second time with allow/disallow).
            vlan: The VLAN ID when VLAN is enabled.
            call_waiting: active or inactive.
            call_forwarding: allow or disallow.
            button_config: The button configuration as JSON, keyed by button number.
            status: enabled, disabled or deleted.
            comments: Free comments.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_device_endpoint(
            mode=mode,
            client_device_endpoint_id=client_device_endpoint_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            device_id=device_id,
            device_name=device_name,
            client_peer_ids=client_peer_ids,
            client_extension_id=client_extension_id,
            client_mailbox_id=client_mailbox_id,
            device_mac=device_mac,
            serial_number=serial_number,
            timezone_id=timezone_id,
            admin_password=admin_password,
            phone_password=phone_password,
            language=language,
            is_time_format24_h=is_time_format24_h,
            is_vlan_enabled=is_vlan_enabled,
            vlan=vlan,
            call_waiting=call_waiting,
            call_forwarding=call_forwarding,
            button_config=button_config,
            status=status,
            comments=comments,
        )
        return self._call(prepared, _ops.parse_update_device_endpoint, timeout, max_retries, deadline)

    def delete_device_endpoint(
        self,
        *,
        client_device_endpoint_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete an autoprovisioned device endpoint.

        Calls ``GET /api/v1.1/json/delete_device_endpoint`` (delete_device_endpoint); changes state on the carrier.

        Args:
            client_device_endpoint_id: Required. The endpoint to delete.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_device_endpoint(
            client_device_endpoint_id=client_device_endpoint_id,
        )
        return self._call(prepared, _ops.parse_delete_device_endpoint, timeout, max_retries, deadline)

    def get_3_cx_servers(
        self,
        *,
        pbx3_cx_server_id: int | None = None,
        client_subaccount_id: int | None = None,
        friendly_name: str | None = None,
        server_fqdn: str | None = None,
        license_key: str | None = None,
        level: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one 3CX server or all of them.

        Calls ``GET /api/v1.1/json/get_3cx_servers`` (get_3cx_servers).

        Args:
            pbx3_cx_server_id: A pbx3cx_server_id.
            client_subaccount_id: Only servers of this subaccount.
            friendly_name: Only servers with this name.
            server_fqdn: Only servers with this FQDN.
            license_key: Only servers with this license key.
            level: Only servers of this service level: 1, 2 or 3. (at least 1; at most 3)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_3_cx_servers(
            pbx3_cx_server_id=pbx3_cx_server_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            server_fqdn=server_fqdn,
            license_key=license_key,
            level=level,
        )
        return self._call(prepared, _ops.parse_get_3_cx_servers, timeout, max_retries, deadline)

    def update_3_cx_server(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a 3CX server.

        Calls ``GET /api/v1.1/json/update_3cx_server`` (update_3cx_server); changes state on the carrier.

        Args:
            mode: Update an existing server or create one. (carrier default: update)
            pbx3_cx_server_id: The server to update; required in mode update.
            client_subaccount_id: The subaccount of the server.
            friendly_name: Required. Name of the server. (at least 2 characters; at most 32 characters)
            server_port: Port of the server. (at least 1; at most 65535; carrier default: 443)
            level: Service level: 1, 2 or 3.
            server_fqdn: FQDN of the server.
            is_connection_allowed: Connect with server_name and server_password for sync and maintenance; needed by
                the sync, backup and SSL options and by monitoring. (carrier default: False)
            server_name: Login name on the server; required with is_connection_allowed.
            server_password: Login password on the server; required with is_connection_allowed.
            enable_fetch_license_expiration: Fetch the license details from the 3CX portal or the server. (carrier
                default: False)
            license_key: The 3CX license key.
            license_expiration: License expiry date.
            product_edition: The 3CX edition.
            product_simultaneous_calls: Simultaneous calls of the license.
            options: Options of the server.
            encrypt_backup_password: Backup encryption password; required with option encrypt_backup.
            backup_frequency: How often to back up. (carrier default: 3_day)
            backup_retention: How long to keep backups. (carrier default: 3_day)
            call_retention: How long to keep calls. (carrier default: 3_year)
            dns_service: DNS service for the SSL certificate.
            auth_type: Whose DNS credentials; required for dns_cloudns.
            auth_id: DNS auth id; required for dns_cloudns.
            auth_password: DNS auth password; required for dns_cloudns.
            certificate_token: Certificate token; required for dns_cf.
            monitoring_status: Enable monitoring.
            subscribed_monitoring: The services monitored.
            alert_status: Enable alerts.
            subscribed_alerts: The alerts sent; their services must be monitored.
            alert_recipients: Email recipients of every alert.
            status: enabled, disabled or deleted.
            comments: Free comments.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_3_cx_server(
            mode=mode,
            pbx3_cx_server_id=pbx3_cx_server_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            server_port=server_port,
            level=level,
            server_fqdn=server_fqdn,
            is_connection_allowed=is_connection_allowed,
            server_name=server_name,
            server_password=server_password,
            enable_fetch_license_expiration=enable_fetch_license_expiration,
            license_key=license_key,
            license_expiration=license_expiration,
            product_edition=product_edition,
            product_simultaneous_calls=product_simultaneous_calls,
            options=options,
            encrypt_backup_password=encrypt_backup_password,
            backup_frequency=backup_frequency,
            backup_retention=backup_retention,
            call_retention=call_retention,
            dns_service=dns_service,
            auth_type=auth_type,
            auth_id=auth_id,
            auth_password=auth_password,
            certificate_token=certificate_token,
            monitoring_status=monitoring_status,
            subscribed_monitoring=subscribed_monitoring,
            alert_status=alert_status,
            subscribed_alerts=subscribed_alerts,
            alert_recipients=alert_recipients,
            status=status,
            comments=comments,
        )
        return self._call(prepared, _ops.parse_update_3_cx_server, timeout, max_retries, deadline)

    def delete_3_cx_server(
        self,
        *,
        pbx3_cx_server_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete a 3CX server.

        Calls ``GET /api/v1.1/json/delete_3cx_server`` (delete_3cx_server); changes state on the carrier.

        Args:
            pbx3_cx_server_id: Required. The server to delete.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_3_cx_server(
            pbx3_cx_server_id=pbx3_cx_server_id,
        )
        return self._call(prepared, _ops.parse_delete_3_cx_server, timeout, max_retries, deadline)


class AsyncClient(AsyncAPIClient, _ClientCore):
    """Asynchronous client for the VoiceMeUp API.

    Manage VoiceMeUp calls, DIDs, faxes, SMS, peers, mailboxes, E911, subaccounts and more through the XML Engine API
    v1.1.

    Use it as an async context manager, or call ``aclose()`` when done::

        async with voicemeup_sdk.AsyncClient(
            username="<username>", client_user_id="1234", auth_token="0123456789abcdef0123456789abcdef"
        ) as client:
            ...

    Args:
        username: The API user name; give it or client_user_id.
        client_user_id: The API user ID, 4 to 8 digits; give it or username.
        auth_token: The API authentication token, 32 lowercase hexadecimal characters.
        base_url: production (a name from ``BASE_URLS``) or any URL; production by default.
        timeout: Seconds, or an ``httpx.Timeout``; 5 s to connect and 30 s to read by default.
        max_retries: Retries of a read-only call after a timeout, a throttle or a 5xx (default 2).
            Mutating calls are retried only when the connection never opened.
        deadline: Seconds a whole call may take, retries and waits included (default 60).
        output_format: Format of the answers; the path segment after /api/v1.1/. The carrier's default: json.
        language: Language of the messages the API answers. The carrier's default: en.
        currency: Currency of the amounts the API answers. The carrier's default: CAD.
        rate_budget: Keep a client-side count of requests against the carrier's documented rate
            limits and refuse a call (``BudgetExhaustedError``, nothing sent) once its pool is spent.
        http_client: An ``httpx.AsyncClient`` to send requests with (for proxies, custom transports or tests);
            the SDK does not close it.
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        client_user_id: str | None = None,
        auth_token: str,
        base_url: str = "production",
        output_format: OutputFormat | None = None,
        language: Language | None = None,
        currency: Currency | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        deadline: float = 60.0,
        rate_budget: bool = False,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            username=username,
            client_user_id=client_user_id,
            auth_token=auth_token,
            base_url=base_url,
            output_format=output_format,
            language=language,
            currency=currency,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        self._open(http_client, RateBudget(_ops.LIMITS) if rate_budget else None)

    async def get_request_types(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List every request type available.

        Calls ``GET /api/v1.1/json/get_request_types`` (get_request_types).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_request_types()
        return await self._call(prepared, _ops.parse_get_request_types, timeout, max_retries, deadline)

    async def get_calls(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[GetCallsReply]:
        """Get the call history: by date range, by the last hours, or the calls logged after a call_hash.

        Calls ``GET /api/v1.1/json/get_calls`` (get_calls).

        Args:
            date_from: First day of the range; needs date_to.
            date_to: Last day of the range; needs date_from.
            latest_hours: Only the calls of the last hours. (at least 1)
            call_hash: Only the calls logged after this call, the last one your previous get_calls returned. (matches
                ``^[A-Za-z0-9]{32}$``)
            unique_id: Deprecated: use call_hash.
            direction: Only inbound or outbound calls.
            routing_type: Only calls of these routing types.
            disposition: Only calls with these dispositions.
            result_limit: Calls to return; the carrier's default is 25 with a date range, 1 with call_hash. (at least
                1; at most 1000)
            result_offset: Calls to skip. (at least 0)
            extras: Also return failure codes, SIP response codes and account, subaccount and channel usage. (carrier
                default: no)
            metadata: Return the call metadata: yes, only, all or no. (carrier default: no)
            routing_details: Return more details about the source and destination. (carrier default: no)
            client_channel_id: Only calls of this channel.
            client_subaccount_id: Only calls of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[GetCallsReply]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_calls(
            date_from=date_from,
            date_to=date_to,
            latest_hours=latest_hours,
            call_hash=call_hash,
            unique_id=unique_id,
            direction=direction,
            routing_type=routing_type,
            disposition=disposition,
            result_limit=result_limit,
            result_offset=result_offset,
            extras=extras,
            metadata=metadata,
            routing_details=routing_details,
            client_channel_id=client_channel_id,
            client_subaccount_id=client_subaccount_id,
        )
        return await self._call(prepared, _ops.parse_get_calls, timeout, max_retries, deadline)

    async def get_calls_stats(
        self,
        *,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        client_subaccount_ids: Sequence[int] | None = None,
        routing_types: Sequence[RoutingType] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Gather call statistics for a period of at most 12 months.

        Calls ``GET /api/v1.1/json/get_calls_stats`` (get_calls_stats).

        Args:
            date_from: First day; the carrier's default is today.
            date_to: Last day; the carrier's default is today.
            client_subaccount_ids: At most 10 subaccounts; by default the main account and the whole account. (at
                most 10 items)
            routing_types: The routing types wanted.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_calls_stats(
            date_from=date_from,
            date_to=date_to,
            client_subaccount_ids=client_subaccount_ids,
            routing_types=routing_types,
        )
        return await self._call(prepared, _ops.parse_get_calls_stats, timeout, max_retries, deadline)

    async def get_recordings(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get call recordings.

        Calls ``GET /api/v1.1/json/get_recordings`` (get_recordings).

        Args:
            call_recording_id: A call_recording_id.
            recording_hash: The 36-character unique id of a recording get_recordings returned. (matches
                ``^[A-Za-z0-9-]{36}$``)
            call_hash: The call_hash of a call get_calls returned. (matches ``^[A-Za-z0-9]{32}$``)
            date_from: First day.
            date_to: Last day; needs date_from.
            latest_hours: Only the recordings of the last hours. (at least 1)
            status: Only recordings in these states.
            result_limit: Recordings to return; the carrier's default is 25 with a date range, 1 with call_hash. (at
                least 1; at most 1000)
            result_offset: Recordings to skip. (at least 0)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_recordings(
            call_recording_id=call_recording_id,
            recording_hash=recording_hash,
            call_hash=call_hash,
            date_from=date_from,
            date_to=date_to,
            latest_hours=latest_hours,
            status=status,
            result_limit=result_limit,
            result_offset=result_offset,
        )
        return await self._call(prepared, _ops.parse_get_recordings, timeout, max_retries, deadline)

    async def delete_recordings(
        self,
        *,
        call_recording_id: Sequence[int] | None = None,
        call_hash: Sequence[str] | None = None,
        date: _dt.date | None = None,
        comments: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete recordings by call_recording_id or call_hash, or every recording before a date.

        Calls ``GET /api/v1.1/json/delete_recordings`` (delete_recordings); changes state on the carrier.

        Args:
            call_recording_id: The recordings to delete.
            call_hash: The calls whose recordings to delete. (each item matches ``^[A-Za-z0-9]{32}$``)
            date: Alone: delete every recording before this date.
            comments: Free comments.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_recordings(
            call_recording_id=call_recording_id,
            call_hash=call_hash,
            date=date,
            comments=comments,
        )
        return await self._call(prepared, _ops.parse_delete_recordings, timeout, max_retries, deadline)

    async def get_voicemails(
        self,
        *,
        call_voicemail_id: int | None = None,
        client_subaccount_id: int | None = None,
        voicemail_hash: str | None = None,
        result_limit: int | None = None,
        result_offset: int | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get the voicemail messages of the account's mailboxes.

        Calls ``GET /api/v1.1/json/get_voicemails`` (get_voicemails).

        Args:
            call_voicemail_id: A call_voicemail_id.
            client_subaccount_id: Only voicemails of this subaccount.
            voicemail_hash: The unique id of a voicemail get_voicemails returned. (matches ``^[A-Za-z0-9-]{32}$``)
            result_limit: Voicemails to return. (at least 1; at most 1000; carrier default: 25)
            result_offset: Voicemails to skip. (at least 0)
            date_from: First day.
            date_to: Last day.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voicemails(
            call_voicemail_id=call_voicemail_id,
            client_subaccount_id=client_subaccount_id,
            voicemail_hash=voicemail_hash,
            result_limit=result_limit,
            result_offset=result_offset,
            date_from=date_from,
            date_to=date_to,
        )
        return await self._call(prepared, _ops.parse_get_voicemails, timeout, max_retries, deadline)

    async def delete_voicemails(
        self,
        *,
        call_voicemail_id: Sequence[int] | None = None,
        voicemail_hash: Sequence[str] | None = None,
        date: _dt.date | None = None,
        comments: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete voicemails by call_voicemail_id or voicemail_hash, or every voicemail before a date.

        Calls ``GET /api/v1.1/json/delete_voicemails`` (delete_voicemails); changes state on the carrier.

        Args:
            call_voicemail_id: The voicemails to delete.
            voicemail_hash: The unique ids of the voicemails to delete. (each item matches ``^[A-Za-z0-9-]{32}$``)
            date: Alone: delete every voicemail before this date.
            comments: Free comments.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_voicemails(
            call_voicemail_id=call_voicemail_id,
            voicemail_hash=voicemail_hash,
            date=date,
            comments=comments,
        )
        return await self._call(prepared, _ops.parse_delete_voicemails, timeout, max_retries, deadline)

    async def get_faxes(
        self,
        *,
        call_fax_id: int | None = None,
        client_fax_profile_id: int | None = None,
        client_subaccount_id: int | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        call_hash: str | None = None,
        status: Sequence[StoredStatus] | None = None,
        transmission_status: Sequence[TransmissionStatus] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get the faxes of the account's virtual fax profiles.

        Calls ``GET /api/v1.1/json/get_faxes`` (get_faxes).

        Args:
            call_fax_id: A call_fax_id.
            client_fax_profile_id: Only faxes of this fax profile.
            client_subaccount_id: Only faxes of this subaccount.
            date_from: First day; needs date_to.
            date_to: Last day; needs date_from.
            call_hash: The call_hash of a call get_calls returned. (matches ``^[A-Za-z0-9]{32}$``)
            status: Only faxes in these states.
            transmission_status: Only faxes in these transmission states.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_faxes(
            call_fax_id=call_fax_id,
            client_fax_profile_id=client_fax_profile_id,
            client_subaccount_id=client_subaccount_id,
            date_from=date_from,
            date_to=date_to,
            call_hash=call_hash,
            status=status,
            transmission_status=transmission_status,
        )
        return await self._call(prepared, _ops.parse_get_faxes, timeout, max_retries, deadline)

    async def delete_faxes(
        self,
        *,
        call_fax_id: Sequence[int] | None = None,
        call_hash: Sequence[str] | None = None,
        date: _dt.date | None = None,
        comments: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete stored faxes by call_fax_id or call_hash, or every fax of a date.

        Calls ``GET /api/v1.1/json/delete_faxes`` (delete_faxes); changes state on the carrier.

        Args:
            call_fax_id: The faxes to delete.
            call_hash: The calls whose faxes to delete. (each item matches ``^[A-Za-z0-9]{32}$``)
            date: Alone: delete every fax of this date.
            comments: Free comments.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_faxes(
            call_fax_id=call_fax_id,
            call_hash=call_hash,
            date=date,
            comments=comments,
        )
        return await self._call(prepared, _ops.parse_delete_faxes, timeout, max_retries, deadline)

    async def get_fax_profiles(
        self,
        *,
        client_fax_profile_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one fax profile or all of them.

        Calls ``GET /api/v1.1/json/get_fax_profiles`` (get_fax_profiles).

        Args:
            client_fax_profile_id: A client_fax_profile_id.
            client_subaccount_id: Only fax profiles of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_profiles(
            client_fax_profile_id=client_fax_profile_id,
            client_subaccount_id=client_subaccount_id,
        )
        return await self._call(prepared, _ops.parse_get_fax_profiles, timeout, max_retries, deadline)

    async def update_fax_profile(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a fax profile.

        Calls ``GET /api/v1.1/json/update_fax_profile`` (update_fax_profile); changes state on the carrier.

        Args:
            mode: Update an existing profile or create one. (carrier default: update)
            client_fax_profile_id: The profile to update; required in mode update.
            client_subaccount_id: The subaccount of the profile. (carrier default: 0)
            friendly_name: Required. Name of the profile. (at least 2 characters; at most 32 characters)
            local_ident: Required. Local identifier of the fax station. (at least 2 characters; at most 20
                characters)
            fax_header: Required. Header printed on sent faxes. (at least 2 characters; at most 20 characters)
            callerid_name: Required. Caller ID name. (at least 3 characters; at most 15 characters)
            callerid_number: Required. Caller ID number, 10 digits. (matches ``^[0-9]{10}$``)
            contact_name: Contact name. (at least 4 characters; at most 60 characters)
            email: Required. Contact email address. (matches ``^[^@\\s]+@[^@\\s]+$``)
            language: Required. Language of the profile.
            allowed_senders: Required. Senders allowed to send faxes through the profile.
            retry_limit: Times to retry sending. (at least 0; carrier default: 2)
            page_format: Required. letter, legal or a4.
            resolution: Required. Fax resolution.
            callback_url: Webhook receiving fax events as JSON; required with option enable_callback. (matches
                ``^https?://``)
            backup_url: Webhook called when callback_url does not respond. (matches ``^https?://``)
            options: Options of the profile.
            status: Required. enabled or disabled.
            comments: Free comments.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_fax_profile(
            mode=mode,
            client_fax_profile_id=client_fax_profile_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            local_ident=local_ident,
            fax_header=fax_header,
            callerid_name=callerid_name,
            callerid_number=callerid_number,
            contact_name=contact_name,
            email=email,
            language=language,
            allowed_senders=allowed_senders,
            retry_limit=retry_limit,
            page_format=page_format,
            resolution=resolution,
            callback_url=callback_url,
            backup_url=backup_url,
            options=options,
            status=status,
            comments=comments,
        )
        return await self._call(prepared, _ops.parse_update_fax_profile, timeout, max_retries, deadline)

    async def delete_fax_profile(
        self,
        *,
        client_fax_profile_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete a fax profile.

        Calls ``GET /api/v1.1/json/delete_fax_profile`` (delete_fax_profile); changes state on the carrier.

        Args:
            client_fax_profile_id: Required. The profile to delete.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_fax_profile(
            client_fax_profile_id=client_fax_profile_id,
        )
        return await self._call(prepared, _ops.parse_delete_fax_profile, timeout, max_retries, deadline)

    async def queue_fax(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Send a fax (a POST request with the files attached).

        Calls ``POST /api/v1.1/json/queue_fax`` (queue_fax); changes state on the carrier.

        Args:
            destination_number: Required. The fax number to send to. (matches ``^[0-9]+$``)
            client_fax_profile_id: Required. The fax profile to send from.
            attachments: Required. The files to send. (at least 1 item)
            unique_id: Unique id, seeded with client_fax_profile_id; the carrier's default is the time. (matches
                ``^[A-Za-z0-9]+$``)
            name_from: Sender name; defaults to the profile's contact name.
            email_from: Sender email; defaults to the profile's contact email.
            page_format: Paper format; defaults to the profile's.
            resolution: standard, fine, super_fine or ultra_fine; defaults to the profile's.
            retry_limit: Times to retry; defaults to the profile's. (at least 1; at most 9)
            datetime_scheduled: When to send the fax.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_queue_fax(
            destination_number=destination_number,
            client_fax_profile_id=client_fax_profile_id,
            attachments=attachments,
            unique_id=unique_id,
            name_from=name_from,
            email_from=email_from,
            page_format=page_format,
            resolution=resolution,
            retry_limit=retry_limit,
            datetime_scheduled=datetime_scheduled,
        )
        return await self._call(prepared, _ops.parse_queue_fax, timeout, max_retries, deadline)

    async def get_dids(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get the details and settings of the account's DIDs; without filters every DID.

        Calls ``GET /api/v1.1/json/get_dids`` (get_dids).

        Args:
            client_did_id: A client_did_id.
            phone_number: A phone number of 10 digits. (matches ``^[0-9]{10}$``)
            npa: NPA area code, 3 digits (local only). (matches ``^[0-9]{3}$``)
            nxx: NXX prefix, 3 digits (local only). (matches ``^[0-9]{3}$``)
            ratecenter_id: A ratecenter_id.
            district: A district.
            state_id: A state_id.
            country_id: A country_id.
            options: Only DIDs having all these options.
            client_peer_id: Only DIDs ringing this peer.
            client_mailbox_id: Only DIDs using this mailbox.
            announce_media_file_id: Only DIDs using this announce media file.
            bridge_uri: Only DIDs bridged to this URI. (at most 240 characters)
            pickup_group_ids: Only DIDs of these pickup groups. (at most 64 characters)
            client_conference_profile_id: Only DIDs using this conference profile.
            client_fax_profile_id: Only DIDs using this fax profile.
            dnis_rewrite: Only DIDs with this DNIS rewrite. (at most 30 characters)
            confirm_media_file_id: Only DIDs using this confirm media file.
            playback_media_file_id: Only DIDs using this playback media file.
            sms_autoreply_message: Only DIDs with this SMS auto-reply. (at most 160 characters)
            recording_notify_recipient_name: Only DIDs with this recording notification recipient name. (at most 255
                characters)
            peer_failover_causes: Only DIDs with these peer failover causes. (at most 240 characters)
            recording_notify_recipient_email: Only DIDs with this recording notification recipient email. (at most
                255 characters)
            type: Only DIDs of this kind.
            usage_type: Required. Only DIDs of this usage (the seed marks it Required).
            sms_dnis_rewrite: Only DIDs with this SMS DNIS rewrite. (at most 30 characters)
            sip_response: Only DIDs answering this SIP response, 3 digits. (matches ``^[0-9]{3}$``)
            exclude_e411_list: Only DIDs excluded (or not) from the 411 list.
            exclude_e911_list: Only DIDs excluded (or not) from the 911 list.
            t38_support: Only DIDs supporting T.38 fax (or not).
            sms_support: Only DIDs supporting SMS (or not).
            mms_support: Only DIDs supporting MMS (or not).
            enable_voicemail: Only DIDs with voicemail enabled (or not).
            ondemand_recording: Only DIDs with on-demand recording enabled (or not).
            enable_fax: Only DIDs with fax enabled (or not).
            client_channel_id: Only DIDs of this channel.
            client_subaccount_id: Only DIDs of this subaccount.
            status: Only DIDs in this state: enabled, deleted or disabled.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_dids(
            client_did_id=client_did_id,
            phone_number=phone_number,
            npa=npa,
            nxx=nxx,
            ratecenter_id=ratecenter_id,
            district=district,
            state_id=state_id,
            country_id=country_id,
            options=options,
            client_peer_id=client_peer_id,
            client_mailbox_id=client_mailbox_id,
            announce_media_file_id=announce_media_file_id,
            bridge_uri=bridge_uri,
            pickup_group_ids=pickup_group_ids,
            client_conference_profile_id=client_conference_profile_id,
            client_fax_profile_id=client_fax_profile_id,
            dnis_rewrite=dnis_rewrite,
            confirm_media_file_id=confirm_media_file_id,
            playback_media_file_id=playback_media_file_id,
            sms_autoreply_message=sms_autoreply_message,
            recording_notify_recipient_name=recording_notify_recipient_name,
            peer_failover_causes=peer_failover_causes,
            recording_notify_recipient_email=recording_notify_recipient_email,
            type=type,
            usage_type=usage_type,
            sms_dnis_rewrite=sms_dnis_rewrite,
            sip_response=sip_response,
            exclude_e411_list=exclude_e411_list,
            exclude_e911_list=exclude_e911_list,
            t38_support=t38_support,
            sms_support=sms_support,
            mms_support=mms_support,
            enable_voicemail=enable_voicemail,
            ondemand_recording=ondemand_recording,
            enable_fax=enable_fax,
            client_channel_id=client_channel_id,
            client_subaccount_id=client_subaccount_id,
            status=status,
        )
        return await self._call(prepared, _ops.parse_get_dids, timeout, max_retries, deadline)

    async def update_did(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Update the configuration of a DID.

        Calls ``GET /api/v1.1/json/update_did`` (update_did); changes state on the carrier.

        Args:
            preserve_missing_data: Change only the fields given. (carrier default: False)
            client_did_id: The DID to update; or give phone_number.
            phone_number: The DID number to update; or give client_did_id. (matches ``^[0-9]{10}$``)
            friendly_name: Name of the DID. (at least 2 characters; at most 32 characters)
            forward_number: Number calls are forwarded to. (matches ``^[0-9]+$``)
            forward_timeout: Seconds before forwarding.
            send_dtmf: DTMF tones to send (0-9, a-d, w, W). (matches ``^[0-9abcdwW]+$``)
            voice_language: Language of the prompts; defaults to the account's.
            client_mailbox_id: The mailbox of the DID.
            client_ivr_profile_id: The IVR profile of the DID.
            client_fax_profile_id: The fax profile of the DID.
            client_director_profile_id: The call director profile of the DID.
            client_sms_profile_id: The SMS profile of the DID.
            client_peer_ids: The peers to ring.
            peer_timeout: Seconds to ring the peers.
            peer_contact_mode: How the peers are rung.
            client_queue_ids: The queues of the DID.
            bridge_uri: SIP URI to bridge calls to.
            client_conference_profile_id: The conference profile of the DID.
            ondemand_recording: Enable on-demand recording. (carrier default: False)
            dnis_rewrite: DID number presented as the dialed number. (matches ``^[0-9]{10}$``)
            client_filter_ids: The call filters of the DID.
            announce_media_file_id: Media played to the callee before connecting; required with option
                announce_caller. (carrier default: 0)
            monitor_media_file_id: With option announce_monitor, replaces the default 'This call may be recorded'
                prompt. (carrier default: 0)
            confirm_media_file_id: With option confirm_required, played when asking the callee to confirm answering.
                (carrier default: 0)
            callerid_name_rewrite: Caller ID name shown for inbound calls, 3 to 15 characters. (at least 3
                characters; at most 15 characters)
            callerid_number_rewrite: Caller ID number shown for inbound calls, 1 to 20 digits or '+'. (matches
                ``^[0-9+]{1,20}$``)
            sms_notify_email: Address emailed on each SMS; required with option enable_sms_email_notify. (matches
                ``^[^@\\s]+@[^@\\s]+$``)
            sms_forward_number: Number SMS are forwarded to; required with option enable_sms_forwarding. (matches
                ``^[0-9]{10,15}$``)
            sms_callback_url: Webhook receiving SMS as JSON; required with option enable_sms_callback. (matches
                ``^https?://``)
            sms_autoreply_message: Reply sent to every incoming SMS; required with option enable_sms_autoreply. (at
                most 160 characters)
            client_channel_id: The channel of the DID. (carrier default: 0)
            client_subaccount_id: The subaccount of the DID. (carrier default: 0)
            notify_callback_triggers: Call events posted to notify_callback_url; required with option
                enable_notify_callback.
            notify_callback_url: Webhook of call events; it is tested (on_test) and must answer HTTP 200. Required
                with option enable_notify_callback. (matches ``^https?://``)
            simultaneous_calls_limit: Simultaneous calls allowed. (at least 0; at most 255)
            type: The kind of DID.
            usage_type: Required. What the DID is used for.
            recording_notify_recipient_name: Name notified of recordings. (at most 255 characters)
            recording_notify_recipient_email: Email notified of recordings. (at most 255 characters)
            peer_failover_causes: Causes that make the peers fail over. (at most 240 characters)
            pickup_group_ids: Pickup groups of the DID. (at most 64 characters)
            sms_dnis_rewrite: Number presented as the SMS destination. (at most 30 characters)
            exclude_e411_list: Exclude the DID from the 411 list.
            exclude_e911_list: Exclude the DID from the 911 list.
            options: Options of the DID.
            comments: Free comments.
            status: enabled or disabled.
            serialized_metadata: Metadata as name-value pairs, sent PHP-serialized.
            raw_metadata: Metadata returned as given (JSON preferred).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_did(
            preserve_missing_data=preserve_missing_data,
            client_did_id=client_did_id,
            phone_number=phone_number,
            friendly_name=friendly_name,
            forward_number=forward_number,
            forward_timeout=forward_timeout,
            send_dtmf=send_dtmf,
            voice_language=voice_language,
            client_mailbox_id=client_mailbox_id,
            client_ivr_profile_id=client_ivr_profile_id,
            client_fax_profile_id=client_fax_profile_id,
            client_director_profile_id=client_director_profile_id,
            client_sms_profile_id=client_sms_profile_id,
            client_peer_ids=client_peer_ids,
            peer_timeout=peer_timeout,
            peer_contact_mode=peer_contact_mode,
            client_queue_ids=client_queue_ids,
            bridge_uri=bridge_uri,
            client_conference_profile_id=client_conference_profile_id,
            ondemand_recording=ondemand_recording,
            dnis_rewrite=dnis_rewrite,
            client_filter_ids=client_filter_ids,
            announce_media_file_id=announce_media_file_id,
            monitor_media_file_id=monitor_media_file_id,
            confirm_media_file_id=confirm_media_file_id,
            callerid_name_rewrite=callerid_name_rewrite,
            callerid_number_rewrite=callerid_number_rewrite,
            sms_notify_email=sms_notify_email,
            sms_forward_number=sms_forward_number,
            sms_callback_url=sms_callback_url,
            sms_autoreply_message=sms_autoreply_message,
            client_channel_id=client_channel_id,
            client_subaccount_id=client_subaccount_id,
            notify_callback_triggers=notify_callback_triggers,
            notify_callback_url=notify_callback_url,
            simultaneous_calls_limit=simultaneous_calls_limit,
            type=type,
            usage_type=usage_type,
            recording_notify_recipient_name=recording_notify_recipient_name,
            recording_notify_recipient_email=recording_notify_recipient_email,
            peer_failover_causes=peer_failover_causes,
            pickup_group_ids=pickup_group_ids,
            sms_dnis_rewrite=sms_dnis_rewrite,
            exclude_e411_list=exclude_e411_list,
            exclude_e911_list=exclude_e911_list,
            options=options,
            comments=comments,
            status=status,
            serialized_metadata=serialized_metadata,
            raw_metadata=raw_metadata,
        )
        return await self._call(prepared, _ops.parse_update_did, timeout, max_retries, deadline)

    async def delete_did(
        self,
        *,
        client_did_id: int | None = None,
        phone_number: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete a DID from the account.

        Calls ``GET /api/v1.1/json/delete_did`` (delete_did); changes state on the carrier.

        Args:
            client_did_id: The DID to delete; or give phone_number.
            phone_number: The DID number, 10 digits without space or dash; or give client_did_id. (matches
                ``^[0-9]{10}$``)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_did(
            client_did_id=client_did_id,
            phone_number=phone_number,
        )
        return await self._call(prepared, _ops.parse_delete_did, timeout, max_retries, deadline)

    async def get_new_dids(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List DIDs of the inventory.

        Calls ``GET /api/v1.1/json/get_new_dids`` (get_new_dids).

        Args:
            type: The kind of DID.
            npa: NPA area code, 3 digits (local only). (matches ``^[0-9]{3}$``)
            nxx: NXX prefix, 3 digits (local only). (matches ``^[0-9]{3}$``)
            ratecenter_id: A ratecenter_id, 6 digits. (matches ``^[0-9]{6}$``)
            district: Part or all of a district name; complete matches come first.
            state_id: A state_id.
            included_patterns: all_numbers, no_patterns, or the number patterns to match. (carrier default:
                all_numbers)
            order: default or random order. (carrier default: default)
            t38_support: Require T.38 fax support.
            sms_support: Require SMS support.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_new_dids(
            type=type,
            npa=npa,
            nxx=nxx,
            ratecenter_id=ratecenter_id,
            district=district,
            state_id=state_id,
            included_patterns=included_patterns,
            order=order,
            t38_support=t38_support,
            sms_support=sms_support,
        )
        return await self._call(prepared, _ops.parse_get_new_dids, timeout, max_retries, deadline)

    async def activate_new_did(
        self,
        *,
        phone_number: str | None = None,
        did_id: int | None = None,
        skip_notification: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Add a DID of the inventory to the account.

        Calls ``GET /api/v1.1/json/activate_new_did`` (activate_new_did); changes state on the carrier.

        Args:
            phone_number: The number to activate; or give did_id. (matches ``^[0-9]{10,15}$``)
            did_id: The did_id to activate; or give phone_number.
            skip_notification: Skip the new DID email.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_activate_new_did(
            phone_number=phone_number,
            did_id=did_id,
            skip_notification=skip_notification,
        )
        return await self._call(prepared, _ops.parse_activate_new_did, timeout, max_retries, deadline)

    async def order_new_dids(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Order DIDs of a ratecenter or prefix that the inventory lacks.

        Calls ``GET /api/v1.1/json/order_new_dids`` (order_new_dids); changes state on the carrier.

        Args:
            prefix: A 6-digit NPA/NXX, or an international code with country code and without 011. (matches
                ``^[0-9]+$``)
            ratecenter_id: A 6-digit ratecenter_id; one of its NPA/NXX is picked at random. (matches ``^[0-9]{6}$``)
            type: local or international. (carrier default: local)
            quantity: Required. Numbers to order. (at least 1; at most 999)
            prefix_preference: Any number of the ratecenter, or only the prefix (needs prefix, local only). (carrier
                default: in_ratecenter)
            sequential: Random or sequential numbers. (carrier default: random)
            t38_support: Require T.38 fax support.
            sms_support: Require SMS support.
            mms_support: Require MMS support.
            capacity: Simultaneous calls at peak usage. (carrier default: 1-2)
            comments: Comment shown on the order.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_new_dids(
            prefix=prefix,
            ratecenter_id=ratecenter_id,
            type=type,
            quantity=quantity,
            prefix_preference=prefix_preference,
            sequential=sequential,
            t38_support=t38_support,
            sms_support=sms_support,
            mms_support=mms_support,
            capacity=capacity,
            comments=comments,
        )
        return await self._call(prepared, _ops.parse_order_new_dids, timeout, max_retries, deadline)

    async def get_port_requests(
        self,
        *,
        port_request_id: str | None = None,
        client_subaccount_id: int | None = None,
        current_owner: str | None = None,
        phone_number: str | None = None,
        status: Sequence[PortRequestStatus] | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one port request or all of them.

        Calls ``GET /api/v1.1/json/get_port_requests`` (get_port_requests).

        Args:
            port_request_id: A port_request_id or a full PON such as PON00000000. (matches
                ``^([0-9]+|PON[0-9]{8})$``)
            client_subaccount_id: Only requests of this subaccount.
            current_owner: Part of the current owner; case and accent insensitive.
            phone_number: A number being ported (numbers to keep or disconnect are not searched). (matches
                ``^[0-9]+$``)
            status: Only requests in these states.
            date_from: First firm date.
            date_to: Last firm date.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_port_requests(
            port_request_id=port_request_id,
            client_subaccount_id=client_subaccount_id,
            current_owner=current_owner,
            phone_number=phone_number,
            status=status,
            date_from=date_from,
            date_to=date_to,
        )
        return await self._call(prepared, _ops.parse_get_port_requests, timeout, max_retries, deadline)

    async def update_port_request(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a port request; with send_to_staff it is submitted. Files ride in a multipart POST.

        Calls ``POST /api/v1.1/json/update_port_request`` (update_port_request); changes state on the carrier.

        Args:
            mode: Update an existing request or create one. (carrier default: update)
            port_request_id: The request to update; required in mode update.
            client_subaccount_id: The subaccount of the request. (carrier default: 0)
            friendly_name: Name of the request. (at least 2 characters; at most 60 characters)
            phone_number_type: local or tollfree; required to send to staff.
            phone_numbers: The 10-digit numbers to port; required to send to staff. (each item matches
                ``^[0-9]{10}$``)
            phone_numbers_to_keep: The 10-digit numbers the current provider keeps. (each item matches
                ``^[0-9]{10}$``)
            phone_numbers_to_cancel: The 10-digit numbers to cancel. (each item matches ``^[0-9]{10}$``)
            features: Features needed: sms, mms, t38.
            capacity: Simultaneous calls at peak usage; required to send to staff.
            requested_firm_date: Desired port date, 3 to 15 business days ahead; by default as soon as possible.
            organization: The customer's organization; required to send to staff. (at least 2 characters; at most 60
                characters)
            organization_type: personal or business; required to send to staff.
            current_provider: The current provider; required to send to staff. (at least 2 characters; at most 60
                characters)
            current_reseller: The current reseller. (at least 2 characters; at most 60 characters)
            current_reseller_account: The account at the current reseller. (at least 2 characters; at most 60
                characters)
            box_number: Box number of the service address.
            civic_number: Civic number; required to send to staff.
            street: Street; required to send to staff.
            unit_number: Unit number.
            city: City; required to send to staff.
            country_id: A country_id; required to send to staff.
            state_id: A state_id; required when country_id is 38 or 223.
            state_other: The state when country_id is neither 38 nor 223.
            postal_code: Postal code; required to send to staff.
            client_instructions: Instructions for the carrier, such as 'New BTN is 514-xxx-xxxx'.
            is_notify_creation: Open a Kayako ticket as soon as the request is sent to staff. (carrier default:
                False)
            notification_client_user_id: The client_user_id receiving the Kayako notifications; required to send to
                staff. (matches ``^[0-9]{4,8}$``)
            extra_recipients: Extra recipients of the Kayako notifications.
            loa: The letter of authorization.
            bill: A bill of the current provider.
            other: Any other document.
            send_to_staff: Submit the port; more fields become required. (carrier default: False)
            comments: Free comments.
            serialized_metadata: Metadata as name-value pairs, sent PHP-serialized.
            raw_metadata: Metadata returned as given (JSON preferred).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_port_request(
            mode=mode,
            port_request_id=port_request_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            phone_number_type=phone_number_type,
            phone_numbers=phone_numbers,
            phone_numbers_to_keep=phone_numbers_to_keep,
            phone_numbers_to_cancel=phone_numbers_to_cancel,
            features=features,
            capacity=capacity,
            requested_firm_date=requested_firm_date,
            organization=organization,
            organization_type=organization_type,
            current_provider=current_provider,
            current_reseller=current_reseller,
            current_reseller_account=current_reseller_account,
            box_number=box_number,
            civic_number=civic_number,
            street=street,
            unit_number=unit_number,
            city=city,
            country_id=country_id,
            state_id=state_id,
            state_other=state_other,
            postal_code=postal_code,
            client_instructions=client_instructions,
            is_notify_creation=is_notify_creation,
            notification_client_user_id=notification_client_user_id,
            extra_recipients=extra_recipients,
            loa=loa,
            bill=bill,
            other=other,
            send_to_staff=send_to_staff,
            comments=comments,
            serialized_metadata=serialized_metadata,
            raw_metadata=raw_metadata,
        )
        return await self._call(prepared, _ops.parse_update_port_request, timeout, max_retries, deadline)

    async def lookup_did(
        self,
        *,
        phone_number: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Look up information about a phone number (charges apply).

        Calls ``GET /api/v1.1/json/lookup_did`` (lookup_did).

        Args:
            phone_number: Required. The number to look up. (matches ``^[0-9]{10,15}$``)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_lookup_did(
            phone_number=phone_number,
        )
        return await self._call(prepared, _ops.parse_lookup_did, timeout, max_retries, deadline)

    async def get_did_areacodes(
        self,
        *,
        npa: str | None = None,
        ratecenter_id: str | None = None,
        country_id: int | None = None,
        state_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get the available area codes; one with npa.

        Calls ``GET /api/v1.1/json/get_did_areacodes`` (get_did_areacodes).

        Args:
            npa: NPA area code, 3 digits. (matches ``^[0-9]{3}$``)
            ratecenter_id: A ratecenter_id, 6 digits. (matches ``^[0-9]{6}$``)
            country_id: A country_id.
            state_id: A state_id.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_did_areacodes(
            npa=npa,
            ratecenter_id=ratecenter_id,
            country_id=country_id,
            state_id=state_id,
        )
        return await self._call(prepared, _ops.parse_get_did_areacodes, timeout, max_retries, deadline)

    async def get_did_exchanges(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get ratecenter exchanges by area code or prefix, with their portability and availability.

        Calls ``GET /api/v1.1/json/get_did_exchanges`` (get_did_exchanges).

        Args:
            npa: NPA area code, 3 digits. (matches ``^[0-9]{3}$``)
            nxx: NXX prefix, 3 digits. (matches ``^[0-9]{3}$``)
            ratecenter_id: A ratecenter_id, 6 digits. (matches ``^[0-9]{6}$``)
            state_id: A state_id.
            country_id: A country_id.
            portability: Only portable (or non-portable) exchanges; both by default.
            availability: Only available (or unavailable) exchanges; both by default.
            updated_since: Only entries updated since this date.
            result_limit: Entries to return. (at least 1; at most 1000; carrier default: 25)
            result_offset: Entries to skip. (at least 0)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_did_exchanges(
            npa=npa,
            nxx=nxx,
            ratecenter_id=ratecenter_id,
            state_id=state_id,
            country_id=country_id,
            portability=portability,
            availability=availability,
            updated_since=updated_since,
            result_limit=result_limit,
            result_offset=result_offset,
        )
        return await self._call(prepared, _ops.parse_get_did_exchanges, timeout, max_retries, deadline)

    async def get_ratecenters(
        self,
        *,
        npa: str | None = None,
        nxx: str | None = None,
        ratecenter_id: str | None = None,
        state_id: int | None = None,
        country_id: int | None = None,
        updated_since: _dt.date | None = None,
        result_limit: int | None = None,
        result_offset: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get ratecenters by area code or prefix.

        Calls ``GET /api/v1.1/json/get_ratecenters`` (get_ratecenters).

        Args:
            npa: NPA area code, 3 digits. (matches ``^[0-9]{3}$``)
            nxx: NXX prefix, 3 digits. (matches ``^[0-9]{3}$``)
            ratecenter_id: A ratecenter_id, 6 digits. (matches ``^[0-9]{6}$``)
            state_id: A state_id.
            country_id: A country_id.
            updated_since: Only entries updated since this date.
            result_limit: Entries to return. (at least 1; at most 1000; carrier default: 25)
            result_offset: Entries to skip. (at least 0)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_ratecenters(
            npa=npa,
            nxx=nxx,
            ratecenter_id=ratecenter_id,
            state_id=state_id,
            country_id=country_id,
            updated_since=updated_since,
            result_limit=result_limit,
            result_offset=result_offset,
        )
        return await self._call(prepared, _ops.parse_get_ratecenters, timeout, max_retries, deadline)

    async def get_sms(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get the SMS of the account's DIDs.

        Calls ``GET /api/v1.1/json/get_sms`` (get_sms).

        Args:
            sms_log_id: An sms_log_id.
            client_subaccount_id: Only SMS of this subaccount.
            sms_hash: The sms_hash of an SMS get_sms returned. (matches ``^[A-Za-z0-9]{32}$``)
            direction: Only inbound or outbound SMS.
            status: Only SMS in these states.
            transmission_status: Only SMS in these transmission states.
            source_number: Only SMS from this number. (matches ``^[0-9]+$``)
            destination_number: Only SMS to this number. (matches ``^[0-9]+$``)
            date_from: First day.
            date_to: Last day.
            result_limit: SMS to return; the carrier's default is 25 with a date range, 1 with sms_hash. (at least 1;
                at most 1000)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_sms(
            sms_log_id=sms_log_id,
            client_subaccount_id=client_subaccount_id,
            sms_hash=sms_hash,
            direction=direction,
            status=status,
            transmission_status=transmission_status,
            source_number=source_number,
            destination_number=destination_number,
            date_from=date_from,
            date_to=date_to,
            result_limit=result_limit,
        )
        return await self._call(prepared, _ops.parse_get_sms, timeout, max_retries, deadline)

    async def delete_sms(
        self,
        *,
        sms_log_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete an SMS.

        Calls ``GET /api/v1.1/json/delete_sms`` (delete_sms); changes state on the carrier.

        Args:
            sms_log_id: Required. The SMS to delete.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_sms(
            sms_log_id=sms_log_id,
        )
        return await self._call(prepared, _ops.parse_delete_sms, timeout, max_retries, deadline)

    async def get_sms_stats(
        self,
        *,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        client_subaccount_ids: Sequence[int] | None = None,
        message_types: Sequence[MessageType] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Gather SMS and MMS statistics for a period of at most 12 months.

        Calls ``GET /api/v1.1/json/get_sms_stats`` (get_sms_stats).

        Args:
            date_from: First day; the carrier's default is today.
            date_to: Last day; the carrier's default is today.
            client_subaccount_ids: At most 10 subaccounts; by default the main account and the whole account. (at
                most 10 items)
            message_types: The message types wanted.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_sms_stats(
            date_from=date_from,
            date_to=date_to,
            client_subaccount_ids=client_subaccount_ids,
            message_types=message_types,
        )
        return await self._call(prepared, _ops.parse_get_sms_stats, timeout, max_retries, deadline)

    async def queue_sms(
        self,
        *,
        client_did_id: int | None = None,
        source_number: str | None = None,
        destination_number: str,
        message: str | None = None,
        attachments: bytes | None = None,
        retry_limit: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Send an SMS or MMS from a DID with SMS support (a POST request).

        Calls ``POST /api/v1.1/json/queue_sms`` (queue_sms); changes state on the carrier.

        Args:
            client_did_id: The DID to send from; or give source_number.
            source_number: The number to send from; or give client_did_id. (matches ``^[0-9]{10}$``)
            destination_number: Required. The number to send to. (matches ``^[0-9]{10}$``)
            message: The text, up to 1000 characters; it may be split into 160-character SMS. (at most 1000
                characters)
            attachments: One file to send as MMS.
            retry_limit: Times to retry sending. (at least 0; at most 5; carrier default: 0)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_queue_sms(
            client_did_id=client_did_id,
            source_number=source_number,
            destination_number=destination_number,
            message=message,
            attachments=attachments,
            retry_limit=retry_limit,
        )
        return await self._call(prepared, _ops.parse_queue_sms, timeout, max_retries, deadline)

    async def get_sms_profiles(
        self,
        *,
        client_sms_profile_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one SMS profile or all of them.

        Calls ``GET /api/v1.1/json/get_sms_profiles`` (get_sms_profiles).

        Args:
            client_sms_profile_id: A client_sms_profile_id.
            client_subaccount_id: Only SMS profiles of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_sms_profiles(
            client_sms_profile_id=client_sms_profile_id,
            client_subaccount_id=client_subaccount_id,
        )
        return await self._call(prepared, _ops.parse_get_sms_profiles, timeout, max_retries, deadline)

    async def update_sms_profile(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update an SMS profile.

        Calls ``GET /api/v1.1/json/update_sms_profile`` (update_sms_profile); changes state on the carrier.

        Args:
            mode: Update an existing profile or create one. (carrier default: update)
            client_sms_profile_id: The profile to update; required in mode update.
            client_subaccount_id: The subaccount of the profile.
            friendly_name: Name of the profile. (at least 2 characters; at most 32 characters)
            language: Language of the profile.
            allowed_senders: Senders allowed to send SMS through the profile.
            notify_name: Name notified of inbound SMS; required with option inbound_completed_notification.
            notify_email: Email notified of inbound SMS; required with option inbound_completed_notification.
            forward_number: Number SMS are forwarded to, 10 digits; required with option enable_forwarding. (matches
                ``^[0-9]{10}$``)
            callback_url: Webhook receiving SMS as JSON; required with option enable_callback. (matches
                ``^https?://``)
            backup_url: Webhook called when callback_url does not respond. (matches ``^https?://``)
            autoreply_message: Reply to incoming SMS; required with option enable_autoreply. (at most 160 characters)
            client_did_id: The DID of the profile.
            options: Required. Options of the profile.
            status: enabled, disabled or deleted.
            comments: Free comments.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_sms_profile(
            mode=mode,
            client_sms_profile_id=client_sms_profile_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            language=language,
            allowed_senders=allowed_senders,
            notify_name=notify_name,
            notify_email=notify_email,
            forward_number=forward_number,
            callback_url=callback_url,
            backup_url=backup_url,
            autoreply_message=autoreply_message,
            client_did_id=client_did_id,
            options=options,
            status=status,
            comments=comments,
        )
        return await self._call(prepared, _ops.parse_update_sms_profile, timeout, max_retries, deadline)

    async def delete_sms_profile(
        self,
        *,
        client_sms_profile_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete an SMS profile.

        Calls ``GET /api/v1.1/json/delete_sms_profile`` (delete_sms_profile); changes state on the carrier.

        Args:
            client_sms_profile_id: Required. The profile to delete.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_sms_profile(
            client_sms_profile_id=client_sms_profile_id,
        )
        return await self._call(prepared, _ops.parse_delete_sms_profile, timeout, max_retries, deadline)

    async def get_peers(
        self,
        *,
        client_peer_id: int | None = None,
        client_channel_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one peer or all of them.

        Calls ``GET /api/v1.1/json/get_peers`` (get_peers).

        Args:
            client_peer_id: A client_peer_id.
            client_channel_id: Only peers of this channel.
            client_subaccount_id: Only peers of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_peers(
            client_peer_id=client_peer_id,
            client_channel_id=client_channel_id,
            client_subaccount_id=client_subaccount_id,
        )
        return await self._call(prepared, _ops.parse_get_peers, timeout, max_retries, deadline)

    async def update_peer(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a peer (SIP account).

        Calls ``GET /api/v1.1/json/update_peer`` (update_peer); changes state on the carrier.

        Args:
            mode: Update an existing peer or create one. (carrier default: update)
            client_peer_id: The peer to update; required in mode update.
            proxy_id: The proxy of the peer; mode create only, where it is required.
            friendly_name: Required. Name of the peer. (at least 2 characters; at most 32 characters)
            host_type: Required. dynamic or static.
            host: IP address of a static peer.
            port: Port of a static peer. (at least 1; at most 65535)
            peer_username: SIP user name; mode create only, where it is required. (at least 6 characters; at most 32
                characters)
            username: Deprecated: use peer_username (this wire name is also the username credential). (at least 6
                characters; at most 32 characters)
            password: SIP password. (at least 6 characters; at most 32 characters)
            callerid_name: Caller ID name. (at least 3 characters; at most 15 characters)
            callerid_number: Caller ID number, 10 digits. (matches ``^[0-9]{10}$``)
            callerid_mode: Required. Which caller ID the peer presents.
            callerid_type: rpid, pid or none; required in mode update.
            callerid_format: e164, unaltered or national; required in mode update.
            client_callerid_profile_id: The caller ID profile; required when callerid_mode is smart.
            transport: udp, tcp or tls; required for a static IP or ACL.
            codecs: The codecs; required in mode update.
            dtmf_mode: How DTMF is carried; required in mode update.
            dnis_mode: How the dialed number is passed; required in mode update. (carrier default: auto)
            dnis_format: national or e164; required in mode update (the seed's default 'auto' is not a listed value).
            force_ring_signal: Force the ring signal. (carrier default: False)
            enable_nat: The peer is behind NAT. (carrier default: False)
            enable_reinvite: Allow re-INVITE. (carrier default: False)
            enable_recording: Record the peer's calls. (carrier default: False)
            ondemand_recording: Enable on-demand recording. (carrier default: False)
            enable_dnis: Deprecated: sets dnis_mode to forced. (carrier default: False)
            enable_notification: Enable notifications. (carrier default: False)
            simultaneous_calls_limit: Simultaneous calls allowed. (at least 0; at most 255)
            enable_auth: Authenticate with auth_username. (carrier default: False)
            auth_username: Authentication user name. (at least 3 characters; at most 32 characters)
            enable_qualify: Qualify the peer. (carrier default: False)
            qualify: Qualify interval in milliseconds. (at least 2000; at most 60000)
            default_ip: Default IP address.
            client_channel_id: The channel of the peer. (carrier default: 0)
            client_subaccount_id: The subaccount of the peer. (carrier default: 0)
            client_filter_ids: The call filters of the peer.
            enable_notify_callback: Post call events to notify_callback_url. (carrier default: False)
            notify_callback_triggers: Call events posted to notify_callback_url.
            notify_callback_url: Webhook of call events; it is tested (on_test) and must answer HTTP 200. (matches
                ``^https?://``)
            register_timeout: Registration timeout in seconds; mode create only. (at least 120; at most 7200)
            progress_timeout: Progress timeout in seconds; mode create only, where it is required. (at least 1; at
                most 10)
            provisioned_endpoint_id: A client_endpoint_id, or 0 default, 1 dynamic, 2 block, 3 unprovisioned. (at
                least 0)
            status: enabled or disabled; required in mode update.
            comments: Free comments.
            serialized_metadata: Metadata as name-value pairs, sent PHP-serialized.
            raw_metadata: Metadata returned as given (JSON preferred).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_peer(
            mode=mode,
            client_peer_id=client_peer_id,
            proxy_id=proxy_id,
            friendly_name=friendly_name,
            host_type=host_type,
            host=host,
            port=port,
            peer_username=peer_username,
            username=username,
            password=password,
            callerid_name=callerid_name,
            callerid_number=callerid_number,
            callerid_mode=callerid_mode,
            callerid_type=callerid_type,
            callerid_format=callerid_format,
            client_callerid_profile_id=client_callerid_profile_id,
            transport=transport,
            codecs=codecs,
            dtmf_mode=dtmf_mode,
            dnis_mode=dnis_mode,
            dnis_format=dnis_format,
            force_ring_signal=force_ring_signal,
            enable_nat=enable_nat,
            enable_reinvite=enable_reinvite,
            enable_recording=enable_recording,
            ondemand_recording=ondemand_recording,
            enable_dnis=enable_dnis,
            enable_notification=enable_notification,
            simultaneous_calls_limit=simultaneous_calls_limit,
            enable_auth=enable_auth,
            auth_username=auth_username,
            enable_qualify=enable_qualify,
            qualify=qualify,
            default_ip=default_ip,
            client_channel_id=client_channel_id,
            client_subaccount_id=client_subaccount_id,
            client_filter_ids=client_filter_ids,
            enable_notify_callback=enable_notify_callback,
            notify_callback_triggers=notify_callback_triggers,
            notify_callback_url=notify_callback_url,
            register_timeout=register_timeout,
            progress_timeout=progress_timeout,
            provisioned_endpoint_id=provisioned_endpoint_id,
            status=status,
            comments=comments,
            serialized_metadata=serialized_metadata,
            raw_metadata=raw_metadata,
        )
        return await self._call(prepared, _ops.parse_update_peer, timeout, max_retries, deadline)

    async def delete_peer(
        self,
        *,
        client_peer_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete a peer.

        Calls ``GET /api/v1.1/json/delete_peer`` (delete_peer); changes state on the carrier.

        Args:
            client_peer_id: Required. The peer to delete.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_peer(
            client_peer_id=client_peer_id,
        )
        return await self._call(prepared, _ops.parse_delete_peer, timeout, max_retries, deadline)

    async def get_mailboxes(
        self,
        *,
        client_mailbox_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one voice mailbox or all of them.

        Calls ``GET /api/v1.1/json/get_mailboxes`` (get_mailboxes).

        Args:
            client_mailbox_id: A client_mailbox_id.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_mailboxes(
            client_mailbox_id=client_mailbox_id,
        )
        return await self._call(prepared, _ops.parse_get_mailboxes, timeout, max_retries, deadline)

    async def update_mailbox(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a voice mailbox.

        Calls ``GET /api/v1.1/json/update_mailbox`` (update_mailbox); changes state on the carrier.

        Args:
            mode: Update an existing mailbox or create one. (carrier default: update)
            client_mailbox_id: The mailbox to update; required in mode update.
            client_subaccount_id: The subaccount of the mailbox. (carrier default: 0)
            friendly_name: Name of the mailbox. (at least 2 characters; at most 32 characters)
            passcode: Passcode, 4 to 12 digits. (matches ``^[0-9]{4,12}$``)
            email: Email address of the mailbox. (matches ``^[^@\\s]+@[^@\\s]+$``)
            enable_mail_notification: Email each new message. (carrier default: False)
            contact_name: Contact name; required with enable_mail_notification. (at least 4 characters; at most 60
                characters)
            enable_peer_notification: Notify peers of new messages. (carrier default: False)
            notification_peers: 1 to 10 peers to notify; required with enable_peer_notification. (at least 1 item; at
                most 10 items)
            notification_duration: Minutes of notification; required when enable_mail_notification and
                enable_peer_notification are set. (at least 5; at most 60)
            status: enabled or disabled.
            comments: Free comments.
            serialized_metadata: Metadata as name-value pairs, sent PHP-serialized.
            raw_metadata: Metadata returned as given (JSON preferred).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_mailbox(
            mode=mode,
            client_mailbox_id=client_mailbox_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            passcode=passcode,
            email=email,
            enable_mail_notification=enable_mail_notification,
            contact_name=contact_name,
            enable_peer_notification=enable_peer_notification,
            notification_peers=notification_peers,
            notification_duration=notification_duration,
            status=status,
            comments=comments,
            serialized_metadata=serialized_metadata,
            raw_metadata=raw_metadata,
        )
        return await self._call(prepared, _ops.parse_update_mailbox, timeout, max_retries, deadline)

    async def delete_mailbox(
        self,
        *,
        client_mailbox_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete a voice mailbox.

        Calls ``GET /api/v1.1/json/delete_mailbox`` (delete_mailbox); changes state on the carrier.

        Args:
            client_mailbox_id: Required. The mailbox to delete.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_mailbox(
            client_mailbox_id=client_mailbox_id,
        )
        return await self._call(prepared, _ops.parse_delete_mailbox, timeout, max_retries, deadline)

    async def get_tts_voice_name(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the text-to-speech voice names.

        Calls ``GET /api/v1.1/json/get_tts_voice_name`` (get_tts_voice_name).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_tts_voice_name()
        return await self._call(prepared, _ops.parse_get_tts_voice_name, timeout, max_retries, deadline)

    async def update_mailbox_greeting(
        self,
        *,
        mode: GreetingMode,
        client_mailbox_id: int,
        friendly_name: str | None = None,
        text: str | None = None,
        voice_name: str | None = None,
        client_media_file_id: int | None = None,
        attachments: bytes | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Set a mailbox greeting from text to speech, an existing media file or an uploaded file (a POST request).

        Calls ``POST /api/v1.1/json/update_mailbox_greeting`` (update_mailbox_greeting); changes state on the
        carrier.

        Args:
            mode: Required. text_to_speech, existing_file or post_file.
            client_mailbox_id: Required. The mailbox to greet for.
            friendly_name: Name of a new media file; by default greeting_mailbox_{client_mailbox_id}. (at least 2
                characters; at most 32 characters)
            text: The text to speak; required in mode text_to_speech.
            voice_name: A text-to-speech voice (see get_tts_voice_name). (carrier default: fr-CA-Standard-A)
            client_media_file_id: The media file to use; required in mode existing_file.
            attachments: The greeting file; required in mode post_file (the seed types it integer).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_mailbox_greeting(
            mode=mode,
            client_mailbox_id=client_mailbox_id,
            friendly_name=friendly_name,
            text=text,
            voice_name=voice_name,
            client_media_file_id=client_media_file_id,
            attachments=attachments,
        )
        return await self._call(prepared, _ops.parse_update_mailbox_greeting, timeout, max_retries, deadline)

    async def get_extensions(
        self,
        *,
        client_extension_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one extension or all of them.

        Calls ``GET /api/v1.1/json/get_extensions`` (get_extensions).

        Args:
            client_extension_id: A client_extension_id.
            client_subaccount_id: Only extensions of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_extensions(
            client_extension_id=client_extension_id,
            client_subaccount_id=client_subaccount_id,
        )
        return await self._call(prepared, _ops.parse_get_extensions, timeout, max_retries, deadline)

    async def update_extension(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update an extension.

        Calls ``GET /api/v1.1/json/update_extension`` (update_extension); changes state on the carrier.

        Args:
            mode: Update an existing extension or create one. (carrier default: update)
            client_extension_id: The extension to update; required in mode update.
            extension: The extension number, 1000 to 9999. (at least 1000; at most 9999)
            friendly_name: Name of the extension. (at least 2 characters; at most 32 characters)
            client_peer_ids: The peers to ring.
            peer_timeout: Seconds to ring the peers.
            enable_peer: Ring the peers. (carrier default: False)
            client_queue_ids: The queues of the extension.
            forward_number: Number calls are forwarded to, 10 digits. (matches ``^[0-9]{10}$``)
            forward_timeout: Seconds before forwarding.
            enable_forwarding: Forward calls. (carrier default: False)
            announce_media_file_id: Media played to the callee; required with option announce_caller.
            send_dtmf: DTMF tones to send (0-9, a-d, w, W). (matches ``^[0-9abcdwW]+$``)
            voice_language: Language of the prompts; defaults to the account's.
            confirm_media_file_id: With option confirm_required, played when asking the callee to confirm answering.
            client_mailbox_id: The mailbox of the extension.
            enable_voicemail: Send unanswered calls to the mailbox. (carrier default: False)
            enable_parking: Enable call parking. (carrier default: False)
            options: confirm_required, announce_caller.
            dnis_rewrite: DID number presented as the dialed number. (matches ``^[0-9]{10}$``)
            client_subaccount_id: The subaccount of the extension.
            status: enabled or disabled.
            comments: Free comments.
            serialized_metadata: Metadata as name-value pairs, sent PHP-serialized.
            raw_metadata: Metadata returned as given (JSON preferred).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_extension(
            mode=mode,
            client_extension_id=client_extension_id,
            extension=extension,
            friendly_name=friendly_name,
            client_peer_ids=client_peer_ids,
            peer_timeout=peer_timeout,
            enable_peer=enable_peer,
            client_queue_ids=client_queue_ids,
            forward_number=forward_number,
            forward_timeout=forward_timeout,
            enable_forwarding=enable_forwarding,
            announce_media_file_id=announce_media_file_id,
            send_dtmf=send_dtmf,
            voice_language=voice_language,
            confirm_media_file_id=confirm_media_file_id,
            client_mailbox_id=client_mailbox_id,
            enable_voicemail=enable_voicemail,
            enable_parking=enable_parking,
            options=options,
            dnis_rewrite=dnis_rewrite,
            client_subaccount_id=client_subaccount_id,
            status=status,
            comments=comments,
            serialized_metadata=serialized_metadata,
            raw_metadata=raw_metadata,
        )
        return await self._call(prepared, _ops.parse_update_extension, timeout, max_retries, deadline)

    async def get_account_details(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get the account details.

        Calls ``GET /api/v1.1/json/get_account_details`` (get_account_details).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_account_details()
        return await self._call(prepared, _ops.parse_get_account_details, timeout, max_retries, deadline)

    async def get_account_preferences(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get the account preferences and global settings.

        Calls ``GET /api/v1.1/json/get_account_preferences`` (get_account_preferences).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_account_preferences()
        return await self._call(prepared, _ops.parse_get_account_preferences, timeout, max_retries, deadline)

    async def get_subaccounts(
        self,
        *,
        client_subaccount_id: int | None = None,
        client_brand_id: int | None = None,
        status: Sequence[EntityStatus] | None = None,
        get_associations: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one subaccount or all of them.

        Calls ``GET /api/v1.1/json/get_subaccounts`` (get_subaccounts).

        Args:
            client_subaccount_id: A client_subaccount_id.
            client_brand_id: Only subaccounts of this brand.
            status: Only subaccounts in these states.
            get_associations: Also list the peers, DIDs, extensions and mailboxes of each subaccount. (carrier
                default: False)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_subaccounts(
            client_subaccount_id=client_subaccount_id,
            client_brand_id=client_brand_id,
            status=status,
            get_associations=get_associations,
        )
        return await self._call(prepared, _ops.parse_get_subaccounts, timeout, max_retries, deadline)

    async def update_subaccount(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a subaccount.

        Calls ``GET /api/v1.1/json/update_subaccount`` (update_subaccount); changes state on the carrier.

        Args:
            mode: Update an existing subaccount or create one. (carrier default: update)
            client_subaccount_id: The subaccount to update; required in mode update.
            client_brand_id: The brand; the default brand when omitted.
            custom_id: Your own identifier of the subaccount.
            friendly_name: Required. Name of the subaccount. (at least 2 characters; at most 32 characters)
            call_limit: Simultaneous calls allowed. (at least 0; at most 999)
            allow_international_call: Allow international calls. (carrier default: no)
            international_call_limit: Simultaneous international calls allowed. (carrier default: 1)
            require_international_nip: Require a NIP for international calls. (carrier default: no)
            international_nip: NIPs for international calls, 6 to 8 digits each. (each item matches ``^[0-9]{6,8}$``)
            multi_tenancy_mode: Required. How the subaccount shares its resources.
            multi_tenancy_subaccount_id: The subaccount shared with; required when multi_tenancy_mode is shared.
            organization: Organization of the subaccount.
            organization_type: personal or business.
            client_profile: The kind of customer. (carrier default: undefined)
            voice_language: Language of the prompts.
            notification_language: Language of the notifications.
            callerid_name: Caller ID name. (at least 3 characters; at most 15 characters)
            callerid_number: Caller ID number, 10 digits. (matches ``^[0-9]{10}$``)
            client_moh_profile_id: The music-on-hold profile.
            default_provisioned_endpoint_id: The default provisioned endpoint (a provisioned client_did_id).
            options: Options of the subaccount.
            status: Required. enabled, disabled or deleted.
            comments: Free comments.
            serialized_metadata: Metadata as name-value pairs, sent PHP-serialized.
            raw_metadata: Metadata returned as given (JSON preferred).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_subaccount(
            mode=mode,
            client_subaccount_id=client_subaccount_id,
            client_brand_id=client_brand_id,
            custom_id=custom_id,
            friendly_name=friendly_name,
            call_limit=call_limit,
            allow_international_call=allow_international_call,
            international_call_limit=international_call_limit,
            require_international_nip=require_international_nip,
            international_nip=international_nip,
            multi_tenancy_mode=multi_tenancy_mode,
            multi_tenancy_subaccount_id=multi_tenancy_subaccount_id,
            organization=organization,
            organization_type=organization_type,
            client_profile=client_profile,
            voice_language=voice_language,
            notification_language=notification_language,
            callerid_name=callerid_name,
            callerid_number=callerid_number,
            client_moh_profile_id=client_moh_profile_id,
            default_provisioned_endpoint_id=default_provisioned_endpoint_id,
            options=options,
            status=status,
            comments=comments,
            serialized_metadata=serialized_metadata,
            raw_metadata=raw_metadata,
        )
        return await self._call(prepared, _ops.parse_update_subaccount, timeout, max_retries, deadline)

    async def update_subaccount_associations(
        self,
        *,
        client_subaccount_id: int,
        associated_peers: Sequence[int] | None = None,
        associated_dids: Sequence[int] | None = None,
        associated_extensions: Sequence[int] | None = None,
        associated_fax_profiles: Sequence[int] | None = None,
        associated_sms_profiles: Sequence[int] | None = None,
        associated_mailboxes: Sequence[int] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Set the peers, DIDs, extensions, fax and SMS profiles and mailboxes of a subaccount; a list given replaces
        the old one.

        Calls ``GET /api/v1.1/json/update_subaccount_associations`` (update_subaccount_associations); changes state
        on the carrier.

        Args:
            client_subaccount_id: Required. The subaccount.
            associated_peers: The client_peer_ids of the subaccount.
            associated_dids: The client_did_ids of the subaccount.
            associated_extensions: The client_extension_ids of the subaccount.
            associated_fax_profiles: The fax profiles of the subaccount.
            associated_sms_profiles: The SMS profiles of the subaccount.
            associated_mailboxes: The client_mailbox_ids of the subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_subaccount_associations(
            client_subaccount_id=client_subaccount_id,
            associated_peers=associated_peers,
            associated_dids=associated_dids,
            associated_extensions=associated_extensions,
            associated_fax_profiles=associated_fax_profiles,
            associated_sms_profiles=associated_sms_profiles,
            associated_mailboxes=associated_mailboxes,
        )
        return await self._call(prepared, _ops.parse_update_subaccount_associations, timeout, max_retries, deadline)

    async def update_subaccount_address(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update the billing address of a subaccount.

        Calls ``GET /api/v1.1/json/update_subaccount_address`` (update_subaccount_address); changes state on the
        carrier.

        Args:
            mode: Update an existing address or create one. (carrier default: update)
            client_subaccount_id: Required. The subaccount.
            client_address_id: The address to update; required in mode update.
            type: The kind of address; one billing address per subaccount. (carrier default: billing)
            box_number: Box number.
            civic_number: Required. Civic number.
            street: Required. Street.
            unit_number: Required. Unit number.
            city: Required. City.
            country_id: Required. A country_id.
            state_id: A state_id; required when country_id is 38 or 223.
            state_other: The state when country_id is neither 38 nor 223.
            postal_code: Required. Postal code.
            precision: Address precision (the seed marks it Optionally required without saying when).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_subaccount_address(
            mode=mode,
            client_subaccount_id=client_subaccount_id,
            client_address_id=client_address_id,
            type=type,
            box_number=box_number,
            civic_number=civic_number,
            street=street,
            unit_number=unit_number,
            city=city,
            country_id=country_id,
            state_id=state_id,
            state_other=state_other,
            postal_code=postal_code,
            precision=precision,
        )
        return await self._call(prepared, _ops.parse_update_subaccount_address, timeout, max_retries, deadline)

    async def get_funding_details(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[GetFundingDetailsReply]:
        """Get the account's funding details and status; amounts without 'CR' are negative.

        Calls ``GET /api/v1.1/json/get_funding_details`` (get_funding_details).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[GetFundingDetailsReply]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_funding_details()
        return await self._call(prepared, _ops.parse_get_funding_details, timeout, max_retries, deadline)

    async def get_billing_activity(
        self,
        *,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List invoices, payments, credits, returns and refunds; all of them without a date range.

        Calls ``GET /api/v1.1/json/get_billing_activity`` (get_billing_activity).

        Args:
            date_from: First day.
            date_to: Last day.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_billing_activity(
            date_from=date_from,
            date_to=date_to,
        )
        return await self._call(prepared, _ops.parse_get_billing_activity, timeout, max_retries, deadline)

    async def get_call_director_profiles(
        self,
        *,
        client_director_profile_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one call director profile or all of them.

        Calls ``GET /api/v1.1/json/get_call_director_profiles`` (get_call_director_profiles).

        Args:
            client_director_profile_id: A client_director_profile_id.
            client_subaccount_id: Only profiles of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_director_profiles(
            client_director_profile_id=client_director_profile_id,
            client_subaccount_id=client_subaccount_id,
        )
        return await self._call(prepared, _ops.parse_get_call_director_profiles, timeout, max_retries, deadline)

    async def update_call_director_profile(
        self,
        *,
        preserve_missing_data: bool | None = None,
        mode: Mode | None = None,
        client_director_profile_id: int | None = None,
        client_subaccount_id: int | None = None,
        friendly_name: str,
        action: Sequence[DirectorAction],
        status: EnabledStatus | None = None,
        comments: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a call director profile.

        Calls ``GET /api/v1.1/json/update_call_director_profile`` (update_call_director_profile); changes state on
        the carrier.

        Args:
            preserve_missing_data: Change only the fields given. (carrier default: False)
            mode: Update an existing profile or create one. (carrier default: update)
            client_director_profile_id: The profile to update; required in mode update.
            client_subaccount_id: The subaccount of the profile.
            friendly_name: Required. Name of the profile. (at least 2 characters; at most 32 characters)
            action: Required. The actions, sent as action[0][usage_type]=forward&action[0][offset]=0... (at least 1
                item)
            status: enabled or disabled.
            comments: Free comments.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_call_director_profile(
            preserve_missing_data=preserve_missing_data,
            mode=mode,
            client_director_profile_id=client_director_profile_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            action=action,
            status=status,
            comments=comments,
        )
        return await self._call(prepared, _ops.parse_update_call_director_profile, timeout, max_retries, deadline)

    async def delete_call_director_profile(
        self,
        *,
        client_director_profile_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete a call director profile.

        Calls ``GET /api/v1.1/json/delete_call_director_profile`` (delete_call_director_profile); changes state on
        the carrier.

        Args:
            client_director_profile_id: Required. The profile to delete.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_call_director_profile(
            client_director_profile_id=client_director_profile_id,
        )
        return await self._call(prepared, _ops.parse_delete_call_director_profile, timeout, max_retries, deadline)

    async def get_countries(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the countries with their code and country_id.

        Calls ``GET /api/v1.1/json/get_countries`` (get_countries).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_countries()
        return await self._call(prepared, _ops.parse_get_countries, timeout, max_retries, deadline)

    async def get_states(
        self,
        *,
        country_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the states or provinces of a country with their code and state_id.

        Calls ``GET /api/v1.1/json/get_states`` (get_states).

        Args:
            country_id: Required. A country_id.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_states(
            country_id=country_id,
        )
        return await self._call(prepared, _ops.parse_get_states, timeout, max_retries, deadline)

    async def get_issues_types(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the issue types report_call_issue accepts.

        Calls ``GET /api/v1.1/json/get_issues_types`` (get_issues_types).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_issues_types()
        return await self._call(prepared, _ops.parse_get_issues_types, timeout, max_retries, deadline)

    async def get_rates(
        self,
        *,
        code: str | None = None,
        country_id: int | None = None,
        state_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List destinations and their rates by dialing prefix or country.

        Calls ``GET /api/v1.1/json/get_rates`` (get_rates).

        Args:
            code: A dialing prefix; or give country_id. (matches ``^[0-9]+$``)
            country_id: A country_id; or give code.
            state_id: A state_id.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_rates(
            code=code,
            country_id=country_id,
            state_id=state_id,
        )
        return await self._call(prepared, _ops.parse_get_rates, timeout, max_retries, deadline)

    async def get_plans(
        self,
        *,
        plan_id: int | None = None,
        plan_groups_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the current plans and their included services.

        Calls ``GET /api/v1.1/json/get_plans`` (get_plans).

        Args:
            plan_id: A plan_id.
            plan_groups_id: A plan group id.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_plans(
            plan_id=plan_id,
            plan_groups_id=plan_groups_id,
        )
        return await self._call(prepared, _ops.parse_get_plans, timeout, max_retries, deadline)

    async def get_proxies(
        self,
        *,
        proxy_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the available proxies.

        Calls ``GET /api/v1.1/json/get_proxies`` (get_proxies).

        Args:
            proxy_id: A proxy_id.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_proxies(
            proxy_id=proxy_id,
        )
        return await self._call(prepared, _ops.parse_get_proxies, timeout, max_retries, deadline)

    async def get_e911(
        self,
        *,
        client_did_id: int | None = None,
        phone_number: str | None = None,
        client_endpoint_id: int | None = None,
        client_subaccount_id: int | None = None,
        result_limit: int | None = None,
        result_offset: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get the E911 provisioned addresses: of a DID or endpoint, or all of them.

        Calls ``GET /api/v1.1/json/get_e911`` (get_e911).

        Args:
            client_did_id: A client_did_id.
            phone_number: A phone number, 10 digits without space or dash. (matches ``^[0-9]{10}$``)
            client_endpoint_id: A client_endpoint_id; it wins over the others.
            client_subaccount_id: Only endpoints of this subaccount.
            result_limit: Entries to return. (at least 1; at most 1000; carrier default: 1000)
            result_offset: Entries to skip. (at least 0)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_e911(
            client_did_id=client_did_id,
            phone_number=phone_number,
            client_endpoint_id=client_endpoint_id,
            client_subaccount_id=client_subaccount_id,
            result_limit=result_limit,
            result_offset=result_offset,
        )
        return await self._call(prepared, _ops.parse_get_e911, timeout, max_retries, deadline)

    async def check_e911(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Check that an address is valid for E911; failures may carry alternate addresses.

        Calls ``GET /api/v1.1/json/check_e911`` (check_e911).

        Args:
            phone_number: A phone number, without space or dash. (matches ``^[0-9]{10}$``)
            civic_number: Required. Civic number.
            street: Required. The exact street name.
            city: Required. The exact city name.
            state_code: A 2-letter state code; or give state_id. (matches ``^[A-Za-z]{2}$``)
            state_id: A state_id; or give state_code.
            country_code: A 2-letter country code; or give country_id. (matches ``^[A-Za-z]{2}$``)
            country_id: A country_id; or give country_code.
            postal_code: Required. Postal code.
            address_type: The kind of unit.
            address_type_number: The unit number.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_check_e911(
            phone_number=phone_number,
            civic_number=civic_number,
            street=street,
            city=city,
            state_code=state_code,
            state_id=state_id,
            country_code=country_code,
            country_id=country_id,
            postal_code=postal_code,
            address_type=address_type,
            address_type_number=address_type_number,
        )
        return await self._call(prepared, _ops.parse_check_e911, timeout, max_retries, deadline)

    async def associate_e911(
        self,
        *,
        client_did_id: int | None = None,
        phone_number: str | None = None,
        client_endpoint_id: int | None = None,
        client_peer_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Associate a peer with the E911 address of a provisioned DID or endpoint.

        Calls ``GET /api/v1.1/json/associate_e911`` (associate_e911); changes state on the carrier.

        Args:
            client_did_id: A client_did_id.
            phone_number: A phone number, 10 digits without space or dash. (matches ``^[0-9]{10}$``)
            client_endpoint_id: A client_endpoint_id.
            client_peer_id: Required. The peer to associate.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_associate_e911(
            client_did_id=client_did_id,
            phone_number=phone_number,
            client_endpoint_id=client_endpoint_id,
            client_peer_id=client_peer_id,
        )
        return await self._call(prepared, _ops.parse_associate_e911, timeout, max_retries, deadline)

    async def disassociate_e911(
        self,
        *,
        client_peer_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Remove a peer's E911 association.

        Calls ``GET /api/v1.1/json/disassociate_e911`` (disassociate_e911); changes state on the carrier.

        Args:
            client_peer_id: Required. The peer to disassociate.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_disassociate_e911(
            client_peer_id=client_peer_id,
        )
        return await self._call(prepared, _ops.parse_disassociate_e911, timeout, max_retries, deadline)

    async def update_e911(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Set the E911 address of a DID; failures may carry alternate addresses.

        Calls ``GET /api/v1.1/json/update_e911`` (update_e911); changes state on the carrier.

        Args:
            phone_number: Required. The DID, 10 digits without space or dash. (matches ``^[0-9]{10}$``)
            first_name: Deprecated: use full_name.
            last_name: Deprecated: use full_name.
            full_name: Required. Name shown to emergency services. (at least 2 characters; at most 32 characters)
            civic_number: Required. Civic number.
            street: Required. The exact street name.
            city: Required. The exact city name.
            state_code: A 2-letter state code; or give state_id. (matches ``^[A-Za-z]{2}$``)
            state_id: A state_id; or give state_code.
            country_code: A 2-letter country code; or give country_id. (matches ``^[A-Za-z]{2}$``)
            country_id: A country_id; or give country_code.
            postal_code: Required. Postal code.
            language: Deprecated: use e911_language.
            e911_language: Language of the E911 record (Canada only); defaults to the account's.
            address_type: The kind of unit.
            address_type_number: The unit number.
            rate_provider_id: A rate_provider_id.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_e911(
            phone_number=phone_number,
            first_name=first_name,
            last_name=last_name,
            full_name=full_name,
            civic_number=civic_number,
            street=street,
            city=city,
            state_code=state_code,
            state_id=state_id,
            country_code=country_code,
            country_id=country_id,
            postal_code=postal_code,
            language=language,
            e911_language=e911_language,
            address_type=address_type,
            address_type_number=address_type_number,
            rate_provider_id=rate_provider_id,
        )
        return await self._call(prepared, _ops.parse_update_e911, timeout, max_retries, deadline)

    async def delete_e911(
        self,
        *,
        client_did_id: int | None = None,
        phone_number: str | None = None,
        client_endpoint_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete the E911 address of a DID or endpoint and the peer associations using it.

        Calls ``GET /api/v1.1/json/delete_e911`` (delete_e911); changes state on the carrier.

        Args:
            client_did_id: A client_did_id.
            phone_number: A phone number, 10 digits without space or dash. (matches ``^[0-9]{10}$``)
            client_endpoint_id: A client_endpoint_id; it wins over the others.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_e911(
            client_did_id=client_did_id,
            phone_number=phone_number,
            client_endpoint_id=client_endpoint_id,
        )
        return await self._call(prepared, _ops.parse_delete_e911, timeout, max_retries, deadline)

    async def get_whitepages(
        self,
        *,
        provision_status: Sequence[ProvisionStatus] | None = None,
        status: Sequence[ListingStatus] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the 411 directory listings.

        Calls ``GET /api/v1.1/json/get_whitepages`` (get_whitepages).

        Args:
            provision_status: Only listings in these provisioning states; all by default.
            status: Only listings in these states. (carrier default: enabled)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_whitepages(
            provision_status=provision_status,
            status=status,
        )
        return await self._call(prepared, _ops.parse_get_whitepages, timeout, max_retries, deadline)

    async def update_whitepages(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Set the 411 directory listing of a number.

        Calls ``GET /api/v1.1/json/update_whitepages`` (update_whitepages); changes state on the carrier.

        Args:
            phone_number: Required. The number, 10 digits without space or dash. (matches ``^[0-9]{10}$``)
            type: Required. business, residential or government.
            sort_word: Required. First word of the listing, 2 to 30 characters; errors call it first_name. (at least
                2 characters; at most 30 characters; matches ``^[\\w '-]+$``)
            sub_word: Required. Rest of the listing, 2 to 106 characters; errors call it last_name. (at least 2
                characters; at most 106 characters; matches ``^[\\w '-]+$``)
            civic_number: Required. Civic number.
            street: Required. The exact street name.
            city: Required. The exact city name.
            state_code: A 2-letter state code; or give state_id. (matches ``^[A-Za-z]{2}$``)
            state_id: A state_id; or give state_code.
            country_code: A 2-letter country code; or give country_id. (matches ``^[A-Za-z]{2}$``)
            country_id: A country_id; or give country_code.
            postal_code: Required. Postal code.
            address_type: The kind of unit.
            address_type_number: The unit number.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_whitepages(
            phone_number=phone_number,
            type=type,
            sort_word=sort_word,
            sub_word=sub_word,
            civic_number=civic_number,
            street=street,
            city=city,
            state_code=state_code,
            state_id=state_id,
            country_code=country_code,
            country_id=country_id,
            postal_code=postal_code,
            address_type=address_type,
            address_type_number=address_type_number,
        )
        return await self._call(prepared, _ops.parse_update_whitepages, timeout, max_retries, deadline)

    async def delete_whitepages(
        self,
        *,
        client_did_id: int | None = None,
        phone_number: str | None = None,
        client_411_listing_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete a 411 directory listing.

        Calls ``GET /api/v1.1/json/delete_whitepages`` (delete_whitepages); changes state on the carrier.

        Args:
            client_did_id: A client_did_id.
            phone_number: A phone number, 10 digits without space or dash. (matches ``^[0-9]{10}$``)
            client_411_listing_id: A client_411_listing_id; it wins over the others.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_whitepages(
            client_did_id=client_did_id,
            phone_number=phone_number,
            client_411_listing_id=client_411_listing_id,
        )
        return await self._call(prepared, _ops.parse_delete_whitepages, timeout, max_retries, deadline)

    async def report_call_issue(
        self,
        *,
        call_hash: str,
        issue_type_id: int,
        kayako_ticket_id: str | None = None,
        comments: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Report an issue about a call.

        Calls ``GET /api/v1.1/json/report_call_issue`` (report_call_issue); changes state on the carrier.

        Args:
            call_hash: Required. The call_hash of a call get_calls returned. (matches ``^[A-Za-z0-9]{32}$``)
            issue_type_id: Required. An issue type of get_issues_types.
            kayako_ticket_id: A support ticket, such as AAA-999-99999. (matches ``^[A-Z]{3}-[0-9]{3}-[0-9]{5}$``)
            comments: Free comments.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_report_call_issue(
            call_hash=call_hash,
            issue_type_id=issue_type_id,
            kayako_ticket_id=kayako_ticket_id,
            comments=comments,
        )
        return await self._call(prepared, _ops.parse_report_call_issue, timeout, max_retries, deadline)

    async def get_call_issues(
        self,
        *,
        call_hash: str,
        call_issue_id: int,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get reported call issues.

        Calls ``GET /api/v1.1/json/get_call_issues`` (get_call_issues).

        Args:
            call_hash: Required. A call_hash (the seed marks it Required, with default NULL). (matches
                ``^[A-Za-z0-9]{32}$``)
            call_issue_id: Required. A call_issue_id (the seed marks it Required, with default NULL).
            client_subaccount_id: Only issues of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_issues(
            call_hash=call_hash,
            call_issue_id=call_issue_id,
            client_subaccount_id=client_subaccount_id,
        )
        return await self._call(prepared, _ops.parse_get_call_issues, timeout, max_retries, deadline)

    async def get_network_status(
        self,
        *,
        mode: NetworkStatusMode | None = None,
        limit: int | None = None,
        offset: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List network status entries; the first 5 by default.

        Calls ``GET /api/v1.1/json/get_network_status`` (get_network_status).

        Args:
            mode: latest or unresolved entries. (carrier default: latest)
            limit: Entries to return. (at least 1; carrier default: 5)
            offset: Entries to skip. (at least 0; carrier default: 0)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_network_status(
            mode=mode,
            limit=limit,
            offset=offset,
        )
        return await self._call(prepared, _ops.parse_get_network_status, timeout, max_retries, deadline)

    async def get_channels(
        self,
        *,
        client_channel_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one channel group or all of them; the system row counts every channel of the plans and services.

        Calls ``GET /api/v1.1/json/get_channels`` (get_channels).

        Args:
            client_channel_id: A client_channel_id.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_channels(
            client_channel_id=client_channel_id,
        )
        return await self._call(prepared, _ops.parse_get_channels, timeout, max_retries, deadline)

    async def update_channel(
        self,
        *,
        mode: Mode | None = None,
        client_channel_id: int | None = None,
        friendly_name: str,
        quantity_inbound: int,
        quantity_outbound: int,
        quantity_bidirectional: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a channel group.

        Calls ``GET /api/v1.1/json/update_channel`` (update_channel); changes state on the carrier.

        Args:
            mode: Update an existing channel group or create one. (carrier default: update)
            client_channel_id: The channel group to update; required in mode update.
            friendly_name: Required. Name of the channel group. (at least 2 characters; at most 32 characters)
            quantity_inbound: Required. Inbound channels. (at least 0; at most 999)
            quantity_outbound: Required. Outbound channels. (at least 0; at most 999)
            quantity_bidirectional: Required. Bidirectional channels. (at least 0; at most 999)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_channel(
            mode=mode,
            client_channel_id=client_channel_id,
            friendly_name=friendly_name,
            quantity_inbound=quantity_inbound,
            quantity_outbound=quantity_outbound,
            quantity_bidirectional=quantity_bidirectional,
        )
        return await self._call(prepared, _ops.parse_update_channel, timeout, max_retries, deadline)

    async def delete_channel(
        self,
        *,
        client_channel_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete a channel group.

        Calls ``GET /api/v1.1/json/delete_channel`` (delete_channel); changes state on the carrier.

        Args:
            client_channel_id: Required. The channel group to delete.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_channel(
            client_channel_id=client_channel_id,
        )
        return await self._call(prepared, _ops.parse_delete_channel, timeout, max_retries, deadline)

    async def dispatch_call(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Connect two endpoints (numbers, peers or SIP URIs) in one call; recordings of 2 seconds or less are
        deleted.

        Calls ``GET /api/v1.1/json/dispatch_call`` (dispatch_call); changes state on the carrier.

        Args:
            client_subaccount_id: The subaccount of the call.
            source_type: Deprecated: use sources[0][type].
            source: Deprecated: use sources[0][value].
            destination_type: Deprecated: use destinations[0][type].
            destination: Deprecated: use destinations[0][value].
            callerid_name: Caller ID name; defaults to the account's. (at least 3 characters; at most 15 characters)
            callerid_number: Caller ID number; defaults to the account's. (matches ``^[0-9]{10}$``)
            enable_recording: Record the call. (carrier default: False)
            wait_time: Seconds to wait for an answer. (at least 5; at most 60; carrier default: 15)
            meta_data: Any data kept with the call and returned by get_calls (serialized data works well).
            sources: The endpoints called first, sent as sources[n][field].
            destinations: The endpoints connected to them, sent as destinations[n][field].
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_dispatch_call(
            client_subaccount_id=client_subaccount_id,
            source_type=source_type,
            source=source,
            destination_type=destination_type,
            destination=destination,
            callerid_name=callerid_name,
            callerid_number=callerid_number,
            enable_recording=enable_recording,
            wait_time=wait_time,
            meta_data=meta_data,
            sources=sources,
            destinations=destinations,
        )
        return await self._call(prepared, _ops.parse_dispatch_call, timeout, max_retries, deadline)

    async def voicemail_broadcast(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Leave a voicemail message in a destination's mailbox (experimental).

        Calls ``GET /api/v1.1/json/voicemail_broadcast`` (voicemail_broadcast); changes state on the carrier.

        Args:
            destination_number: Required. The number to call, at least 10 digits. (matches ``^[0-9]{10,}$``)
            callerid_name: Caller ID name; defaults to the account's. (at least 3 characters; at most 15 characters)
            callerid_number: Caller ID number, not starting with 1, 800, 888, 877, 866 or 855; defaults to the
                account's. (matches ``^(?!1|800|888|877|866|855)[0-9]{10}$``)
            privacy: Hide the caller ID; needs a valid callerid_number. (carrier default: False)
            enable_recording: Record the call. (carrier default: False)
            wait_time: Seconds to wait for an answer. (at least 5; at most 60; carrier default: 15)
            client_media_file_id: The media file played to the mailbox; required unless media_url is given.
            media_url: URL of a media file to play instead. (matches ``^https?://``)
            voicemail_detect: Start playback when a voicemail tone is detected. (carrier default: True)
            fork_call: Call twice to force the voicemail to pick up and cancel the second call. (carrier default:
                True)
            pre_dtmf: DTMF played once answered, before playback. (matches ``^[0-9A-D#*wW]+$``)
            post_dtmf: DTMF played after playback. (matches ``^[0-9A-D#*wW]+$``)
            dtmf_duration: Duration of the DTMF tones. (at least 100; at most 1500; carrier default: 500)
            notify_callback_triggers: Call events posted to notify_callback_url (on_test is not listed here).
            notify_callback_url: Webhook of call events. (matches ``^https?://``)
            meta_data: Any data kept with the call and returned by get_calls (serialized data, JSON or XML).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_voicemail_broadcast(
            destination_number=destination_number,
            callerid_name=callerid_name,
            callerid_number=callerid_number,
            privacy=privacy,
            enable_recording=enable_recording,
            wait_time=wait_time,
            client_media_file_id=client_media_file_id,
            media_url=media_url,
            voicemail_detect=voicemail_detect,
            fork_call=fork_call,
            pre_dtmf=pre_dtmf,
            post_dtmf=post_dtmf,
            dtmf_duration=dtmf_duration,
            notify_callback_triggers=notify_callback_triggers,
            notify_callback_url=notify_callback_url,
            meta_data=meta_data,
        )
        return await self._call(prepared, _ops.parse_voicemail_broadcast, timeout, max_retries, deadline)

    async def get_resellers_transactions(
        self,
        *,
        reseller_transaction_id: int | None = None,
        client_subaccount_id: int | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the reseller transactions.

        Calls ``GET /api/v1.1/json/get_resellers_transactions`` (get_resellers_transactions).

        Args:
            reseller_transaction_id: A reseller_transaction_id.
            client_subaccount_id: Only transactions of this subaccount.
            date_from: First date_applied.
            date_to: Last date_applied.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_resellers_transactions(
            reseller_transaction_id=reseller_transaction_id,
            client_subaccount_id=client_subaccount_id,
            date_from=date_from,
            date_to=date_to,
        )
        return await self._call(prepared, _ops.parse_get_resellers_transactions, timeout, max_retries, deadline)

    async def get_resellers_invoices(
        self,
        *,
        reseller_invoice_id: int | None = None,
        web_key: str | None = None,
        client_subaccount_id: int | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the reseller invoices.

        Calls ``GET /api/v1.1/json/get_resellers_invoices`` (get_resellers_invoices).

        Args:
            reseller_invoice_id: A reseller_invoice_id.
            web_key: The web_key of an invoice.
            client_subaccount_id: Only invoices of this subaccount.
            date_from: First date_applied.
            date_to: Last date_applied.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_resellers_invoices(
            reseller_invoice_id=reseller_invoice_id,
            web_key=web_key,
            client_subaccount_id=client_subaccount_id,
            date_from=date_from,
            date_to=date_to,
        )
        return await self._call(prepared, _ops.parse_get_resellers_invoices, timeout, max_retries, deadline)

    async def get_queues(
        self,
        *,
        client_queue_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one queue or all of them.

        Calls ``GET /api/v1.1/json/get_queues`` (get_queues).

        Args:
            client_queue_id: A client_queue_id.
            client_subaccount_id: Only queues of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_queues(
            client_queue_id=client_queue_id,
            client_subaccount_id=client_subaccount_id,
        )
        return await self._call(prepared, _ops.parse_get_queues, timeout, max_retries, deadline)

    async def update_queue(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a call queue.

        Calls ``GET /api/v1.1/json/update_queue`` (update_queue); changes state on the carrier.

        Args:
            mode: Update an existing queue or create one. (carrier default: update)
            client_queue_id: The queue to update; required in mode update.
            client_subaccount_id: The subaccount of the queue. (carrier default: 0)
            friendly_name: Required. Name of the queue. (at least 2 characters; at most 60 characters)
            comments: Free comments.
            client_moh_profile_id: The music-on-hold profile. (carrier default: 0)
            max_wait_time: Longest wait in seconds. (at least 10; at most 7200; carrier default: 300)
            max_wait_time_no_agent: Longest wait in seconds without an agent. (at least 30; at most 600; carrier
                default: 90)
            progressive_ring_delay: Seconds between progressive rings. (at least 5; at most 300; carrier default: 10)
            discard_abandoned_delay: Seconds before an abandoned call is discarded. (at least 300; at most 86400;
                carrier default: 900)
            max_no_agent: Calls accepted without an agent. (at least 0; at most 99; carrier default: 0)
            tier_escalate_delay: Seconds before escalating to the next tier. (at least 30; at most 3600; carrier
                default: 120)
            datetime_suspended_until: The queue is suspended until then.
            agents: The agents of the queue.
            options: Options of the queue.
            status: enabled or disabled.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_queue(
            mode=mode,
            client_queue_id=client_queue_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            comments=comments,
            client_moh_profile_id=client_moh_profile_id,
            max_wait_time=max_wait_time,
            max_wait_time_no_agent=max_wait_time_no_agent,
            progressive_ring_delay=progressive_ring_delay,
            discard_abandoned_delay=discard_abandoned_delay,
            max_no_agent=max_no_agent,
            tier_escalate_delay=tier_escalate_delay,
            datetime_suspended_until=datetime_suspended_until,
            agents=agents,
            options=options,
            status=status,
        )
        return await self._call(prepared, _ops.parse_update_queue, timeout, max_retries, deadline)

    async def get_queue_agents(
        self,
        *,
        client_queue_agent_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one queue agent or all of them.

        Calls ``GET /api/v1.1/json/get_queue_agents`` (get_queue_agents).

        Args:
            client_queue_agent_id: A client_queue_agent_id.
            client_subaccount_id: Only agents of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_queue_agents(
            client_queue_agent_id=client_queue_agent_id,
            client_subaccount_id=client_subaccount_id,
        )
        return await self._call(prepared, _ops.parse_get_queue_agents, timeout, max_retries, deadline)

    async def update_queue_agent(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a queue agent.

        Calls ``GET /api/v1.1/json/update_queue_agent`` (update_queue_agent); changes state on the carrier.

        Args:
            mode: Update an existing agent or create one. (carrier default: update)
            client_queue_agent_id: The agent to update; required in mode update.
            client_subaccount_id: The subaccount of the agent. (carrier default: 0)
            friendly_name: Required. Name of the agent. (at least 2 characters; at most 60 characters)
            comments: Free comments.
            client_peer_id: The peer of the agent. (carrier default: 0)
            client_director_profile_id: The call director profile of the agent. (carrier default: 0)
            client_schedule_id: The schedule of the agent.
            ring_delay: Seconds to ring the agent. (at least 5; at most 120; carrier default: 10)
            wrap_up_delay: Seconds after a call before the next. (at least 0; at most 600; carrier default: 15)
            on_busy_delay: Seconds of pause after a busy. (at least 0; at most 3600; carrier default: 120)
            on_reject_delay: Seconds of pause after a rejected call. (at least 0; at most 3600; carrier default: 300)
            on_unanswered_delay: Seconds of pause after an unanswered call. (at least 0; at most 3600; carrier
                default: 30)
            max_unanswered: Unanswered calls allowed. (at least 0; at most 99; carrier default: 0)
            agent_status: Availability of the agent in the queue system.
            status: enabled or disabled.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_queue_agent(
            mode=mode,
            client_queue_agent_id=client_queue_agent_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            comments=comments,
            client_peer_id=client_peer_id,
            client_director_profile_id=client_director_profile_id,
            client_schedule_id=client_schedule_id,
            ring_delay=ring_delay,
            wrap_up_delay=wrap_up_delay,
            on_busy_delay=on_busy_delay,
            on_reject_delay=on_reject_delay,
            on_unanswered_delay=on_unanswered_delay,
            max_unanswered=max_unanswered,
            agent_status=agent_status,
            status=status,
        )
        return await self._call(prepared, _ops.parse_update_queue_agent, timeout, max_retries, deadline)

    async def get_callerid_profiles(
        self,
        *,
        client_callerid_profile_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one caller ID profile or all of them.

        Calls ``GET /api/v1.1/json/get_callerid_profiles`` (get_callerid_profiles).

        Args:
            client_callerid_profile_id: A client_callerid_profile_id.
            client_subaccount_id: Only profiles of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_callerid_profiles(
            client_callerid_profile_id=client_callerid_profile_id,
            client_subaccount_id=client_subaccount_id,
        )
        return await self._call(prepared, _ops.parse_get_callerid_profiles, timeout, max_retries, deadline)

    async def update_callerid_profile(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a caller ID profile and its conditions.

        Calls ``GET /api/v1.1/json/update_callerid_profile`` (update_callerid_profile); changes state on the carrier.

        Args:
            mode: Update an existing profile or create one. (carrier default: update)
            client_callerid_profile_id: The profile to update; required in mode update.
            client_subaccount_id: The subaccount of the profile. (carrier default: 0)
            friendly_name: Required. Name of the profile. (at least 2 characters; at most 32 characters)
            callerid_name: Caller ID name. (at least 2 characters; at most 15 characters)
            client_did_ids: The DIDs of the profile.
            default_client_did_id: The default DID.
            callerid_number: Caller ID number, 10 digits. (matches ``^[0-9]{10}$``)
            privacy: enable, keep or disable caller ID privacy.
            status: Required. enabled or disabled.
            comments: Free comments.
            purge_conditions: Remove the conditions not listed in conditions_data.
            conditions_data: The conditions, sent as one JSON array.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_callerid_profile(
            mode=mode,
            client_callerid_profile_id=client_callerid_profile_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            callerid_name=callerid_name,
            client_did_ids=client_did_ids,
            default_client_did_id=default_client_did_id,
            callerid_number=callerid_number,
            privacy=privacy,
            status=status,
            comments=comments,
            purge_conditions=purge_conditions,
            conditions_data=conditions_data,
        )
        return await self._call(prepared, _ops.parse_update_callerid_profile, timeout, max_retries, deadline)

    async def get_ivr_profiles(
        self,
        *,
        client_ivr_profile_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one IVR profile or all of them.

        Calls ``GET /api/v1.1/json/get_ivr_profiles`` (get_ivr_profiles).

        Args:
            client_ivr_profile_id: A client_ivr_profile_id.
            client_subaccount_id: Only profiles of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_ivr_profiles(
            client_ivr_profile_id=client_ivr_profile_id,
            client_subaccount_id=client_subaccount_id,
        )
        return await self._call(prepared, _ops.parse_get_ivr_profiles, timeout, max_retries, deadline)

    async def update_ivr_profile(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update an IVR profile.

        Calls ``GET /api/v1.1/json/update_ivr_profile`` (update_ivr_profile); changes state on the carrier.

        Args:
            mode: Update an existing profile or create one. (carrier default: update)
            client_ivr_profile_id: The profile to update; required in mode update.
            client_subaccount_id: The subaccount of the profile. (carrier default: 0)
            friendly_name: Required. Name of the profile. (at least 2 characters; at most 60 characters)
            default_language: Default language: empty, en or fr.
            pre_ivr_extension: A client_extension_id rung before the IVR. (carrier default: 0)
            pre_ivr_delay: Seconds the pre-IVR extension rings. (carrier default: 10)
            client_office_hour_id: The office hours of the profile. (carrier default: 0)
            client_moh_profile_id: The music-on-hold profile. (carrier default: 0)
            options: enable_directory, disable_moh.
            status: Required. enabled or disabled.
            comments: Free comments.
            serialized_metadata: Metadata as name-value pairs, sent PHP-serialized.
            raw_metadata: Metadata returned as given (JSON preferred).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_ivr_profile(
            mode=mode,
            client_ivr_profile_id=client_ivr_profile_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            default_language=default_language,
            pre_ivr_extension=pre_ivr_extension,
            pre_ivr_delay=pre_ivr_delay,
            client_office_hour_id=client_office_hour_id,
            client_moh_profile_id=client_moh_profile_id,
            options=options,
            status=status,
            comments=comments,
            serialized_metadata=serialized_metadata,
            raw_metadata=raw_metadata,
        )
        return await self._call(prepared, _ops.parse_update_ivr_profile, timeout, max_retries, deadline)

    async def get_schedules(
        self,
        *,
        client_schedule_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one schedule (office hours) or all of them.

        Calls ``GET /api/v1.1/json/get_schedules`` (get_schedules).

        Args:
            client_schedule_id: A client_schedule_id.
            client_subaccount_id: Only schedules of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_schedules(
            client_schedule_id=client_schedule_id,
            client_subaccount_id=client_subaccount_id,
        )
        return await self._call(prepared, _ops.parse_get_schedules, timeout, max_retries, deadline)

    async def update_schedule(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a schedule.

        Calls ``GET /api/v1.1/json/update_schedule`` (update_schedule); changes state on the carrier.

        Args:
            mode: Update an existing schedule or create one. (carrier default: update)
            client_schedule_id: The schedule to update; required in mode update.
            client_subaccount_id: The subaccount of the schedule. (carrier default: 0)
            friendly_name: Required. Name of the schedule. (at least 2 characters; at most 60 characters)
            comments: Free comments.
            time_zone_id: A time_zone_id; defaults to the account preferences.
            range_date: daily, weekly or custom. (carrier default: daily)
            shift_start_date: First day of the shifts; today by default.
            business_hours: Business hours as JSON; only month-day exceptions for now, such as
                {"month4":{"day22":[...]}}.
            shift: The shifts, sent as shift[0][status]=on&shift[0][days]=2 (a JSON array also works).
            status: enabled or disabled.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_schedule(
            mode=mode,
            client_schedule_id=client_schedule_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            comments=comments,
            time_zone_id=time_zone_id,
            range_date=range_date,
            shift_start_date=shift_start_date,
            business_hours=business_hours,
            shift=shift,
            status=status,
        )
        return await self._call(prepared, _ops.parse_update_schedule, timeout, max_retries, deadline)

    async def get_storage_stats(
        self,
        *,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        client_subaccount_ids: Sequence[int] | None = None,
        storage_types: Sequence[StorageType] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Gather storage statistics for a period of at most 12 months.

        Calls ``GET /api/v1.1/json/get_storage_stats`` (get_storage_stats).

        Args:
            date_from: First day; the carrier's default is today.
            date_to: Last day; the carrier's default is today.
            client_subaccount_ids: At most 10 subaccounts; by default the main account and the whole account. (at
                most 10 items)
            storage_types: The storage types wanted.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_storage_stats(
            date_from=date_from,
            date_to=date_to,
            client_subaccount_ids=client_subaccount_ids,
            storage_types=storage_types,
        )
        return await self._call(prepared, _ops.parse_get_storage_stats, timeout, max_retries, deadline)

    async def get_media_files(
        self,
        *,
        client_media_file_id: int | None = None,
        client_media_folder_id: int | None = None,
        client_subaccount_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get media files.

        Calls ``GET /api/v1.1/json/get_media_files`` (get_media_files).

        Args:
            client_media_file_id: A client_media_file_id.
            client_media_folder_id: Only files of this folder.
            client_subaccount_id: Only files of this subaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_media_files(
            client_media_file_id=client_media_file_id,
            client_media_folder_id=client_media_folder_id,
            client_subaccount_id=client_subaccount_id,
        )
        return await self._call(prepared, _ops.parse_get_media_files, timeout, max_retries, deadline)

    async def get_devices(
        self,
        *,
        make: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """List the devices available for autoprovisioning.

        Calls ``GET /api/v1.1/json/get_devices`` (get_devices).

        Args:
            make: Only devices of this make.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_devices(
            make=make,
        )
        return await self._call(prepared, _ops.parse_get_devices, timeout, max_retries, deadline)

    async def get_device_endpoints(
        self,
        *,
        client_device_endpoint_id: int | None = None,
        client_subaccount_id: int | None = None,
        device_mac: str | None = None,
        device_id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one autoprovisioned device endpoint or all of them.

        Calls ``GET /api/v1.1/json/get_device_endpoints`` (get_device_endpoints).

        Args:
            client_device_endpoint_id: A client_device_endpoint_id.
            client_subaccount_id: Only endpoints of this subaccount.
            device_mac: A device MAC address.
            device_id: A device_id.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_device_endpoints(
            client_device_endpoint_id=client_device_endpoint_id,
            client_subaccount_id=client_subaccount_id,
            device_mac=device_mac,
            device_id=device_id,
        )
        return await self._call(prepared, _ops.parse_get_device_endpoints, timeout, max_retries, deadline)

    async def update_device_endpoint(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update an autoprovisioned device endpoint.

        Calls ``GET /api/v1.1/json/update_device_endpoint`` (update_device_endpoint); changes state on the carrier.

        Args:
            mode: Update an existing endpoint or create one. (carrier default: update)
            client_device_endpoint_id: The endpoint to update; required in mode update.
            client_subaccount_id: The subaccount of the endpoint.
            friendly_name: Name of the endpoint. (at least 2 characters; at most 32 characters)
            device_id: Required. A device_id of get_devices.
            device_name: Name of the device.
            client_peer_ids: The peers, each optionally with a label after '|', such as 1234|Mike Phone. (each item
                matches ``^[0-9]+(\\|.+)?$``)
            client_extension_id: The extension (the seed marks it Optionally required without saying when).
            client_mailbox_id: The mailbox (the seed marks it Optionally required without saying when).
            device_mac: MAC address, AABBCCDDEE or AA:BB:CC:DD:EE.
            serial_number: Serial number of the device.
            timezone_id: A timezone_id.
            admin_password: Administrator password of the device.
            phone_password: User password of the device.
            language: Language of the device.
            is_time_format24_h: Show a 24-hour clock.
            is_vlan_enabled: Use a VLAN (the seed lists this row twice, the second time with allow/disallow).
            vlan: The VLAN ID when VLAN is enabled.
            call_waiting: active or inactive.
            call_forwarding: allow or disallow.
            button_config: The button configuration as JSON, keyed by button number.
            status: enabled, disabled or deleted.
            comments: Free comments.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_device_endpoint(
            mode=mode,
            client_device_endpoint_id=client_device_endpoint_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            device_id=device_id,
            device_name=device_name,
            client_peer_ids=client_peer_ids,
            client_extension_id=client_extension_id,
            client_mailbox_id=client_mailbox_id,
            device_mac=device_mac,
            serial_number=serial_number,
            timezone_id=timezone_id,
            admin_password=admin_password,
            phone_password=phone_password,
            language=language,
            is_time_format24_h=is_time_format24_h,
            is_vlan_enabled=is_vlan_enabled,
            vlan=vlan,
            call_waiting=call_waiting,
            call_forwarding=call_forwarding,
            button_config=button_config,
            status=status,
            comments=comments,
        )
        return await self._call(prepared, _ops.parse_update_device_endpoint, timeout, max_retries, deadline)

    async def delete_device_endpoint(
        self,
        *,
        client_device_endpoint_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete an autoprovisioned device endpoint.

        Calls ``GET /api/v1.1/json/delete_device_endpoint`` (delete_device_endpoint); changes state on the carrier.

        Args:
            client_device_endpoint_id: Required. The endpoint to delete.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_device_endpoint(
            client_device_endpoint_id=client_device_endpoint_id,
        )
        return await self._call(prepared, _ops.parse_delete_device_endpoint, timeout, max_retries, deadline)

    async def get_3_cx_servers(
        self,
        *,
        pbx3_cx_server_id: int | None = None,
        client_subaccount_id: int | None = None,
        friendly_name: str | None = None,
        server_fqdn: str | None = None,
        license_key: str | None = None,
        level: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Get one 3CX server or all of them.

        Calls ``GET /api/v1.1/json/get_3cx_servers`` (get_3cx_servers).

        Args:
            pbx3_cx_server_id: A pbx3cx_server_id.
            client_subaccount_id: Only servers of this subaccount.
            friendly_name: Only servers with this name.
            server_fqdn: Only servers with this FQDN.
            license_key: Only servers with this license key.
            level: Only servers of this service level: 1, 2 or 3. (at least 1; at most 3)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_3_cx_servers(
            pbx3_cx_server_id=pbx3_cx_server_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            server_fqdn=server_fqdn,
            license_key=license_key,
            level=level,
        )
        return await self._call(prepared, _ops.parse_get_3_cx_servers, timeout, max_retries, deadline)

    async def update_3_cx_server(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Create or update a 3CX server.

        Calls ``GET /api/v1.1/json/update_3cx_server`` (update_3cx_server); changes state on the carrier.

        Args:
            mode: Update an existing server or create one. (carrier default: update)
            pbx3_cx_server_id: The server to update; required in mode update.
            client_subaccount_id: The subaccount of the server.
            friendly_name: Required. Name of the server. (at least 2 characters; at most 32 characters)
            server_port: Port of the server. (at least 1; at most 65535; carrier default: 443)
            level: Service level: 1, 2 or 3.
            server_fqdn: FQDN of the server.
            is_connection_allowed: Connect with server_name and server_password for sync and maintenance; needed by
                the sync, backup and SSL options and by monitoring. (carrier default: False)
            server_name: Login name on the server; required with is_connection_allowed.
            server_password: Login password on the server; required with is_connection_allowed.
            enable_fetch_license_expiration: Fetch the license details from the 3CX portal or the server. (carrier
                default: False)
            license_key: The 3CX license key.
            license_expiration: License expiry date.
            product_edition: The 3CX edition.
            product_simultaneous_calls: Simultaneous calls of the license.
            options: Options of the server.
            encrypt_backup_password: Backup encryption password; required with option encrypt_backup.
            backup_frequency: How often to back up. (carrier default: 3_day)
            backup_retention: How long to keep backups. (carrier default: 3_day)
            call_retention: How long to keep calls. (carrier default: 3_year)
            dns_service: DNS service for the SSL certificate.
            auth_type: Whose DNS credentials; required for dns_cloudns.
            auth_id: DNS auth id; required for dns_cloudns.
            auth_password: DNS auth password; required for dns_cloudns.
            certificate_token: Certificate token; required for dns_cf.
            monitoring_status: Enable monitoring.
            subscribed_monitoring: The services monitored.
            alert_status: Enable alerts.
            subscribed_alerts: The alerts sent; their services must be monitored.
            alert_recipients: Email recipients of every alert.
            status: enabled, disabled or deleted.
            comments: Free comments.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_3_cx_server(
            mode=mode,
            pbx3_cx_server_id=pbx3_cx_server_id,
            client_subaccount_id=client_subaccount_id,
            friendly_name=friendly_name,
            server_port=server_port,
            level=level,
            server_fqdn=server_fqdn,
            is_connection_allowed=is_connection_allowed,
            server_name=server_name,
            server_password=server_password,
            enable_fetch_license_expiration=enable_fetch_license_expiration,
            license_key=license_key,
            license_expiration=license_expiration,
            product_edition=product_edition,
            product_simultaneous_calls=product_simultaneous_calls,
            options=options,
            encrypt_backup_password=encrypt_backup_password,
            backup_frequency=backup_frequency,
            backup_retention=backup_retention,
            call_retention=call_retention,
            dns_service=dns_service,
            auth_type=auth_type,
            auth_id=auth_id,
            auth_password=auth_password,
            certificate_token=certificate_token,
            monitoring_status=monitoring_status,
            subscribed_monitoring=subscribed_monitoring,
            alert_status=alert_status,
            subscribed_alerts=subscribed_alerts,
            alert_recipients=alert_recipients,
            status=status,
            comments=comments,
        )
        return await self._call(prepared, _ops.parse_update_3_cx_server, timeout, max_retries, deadline)

    async def delete_3_cx_server(
        self,
        *,
        pbx3_cx_server_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Reply[Mapping[str, Any]]:
        """Delete a 3CX server.

        Calls ``GET /api/v1.1/json/delete_3cx_server`` (delete_3cx_server); changes state on the carrier.

        Args:
            pbx3_cx_server_id: Required. The server to delete.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Reply[Mapping[str, Any]]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_3_cx_server(
            pbx3_cx_server_id=pbx3_cx_server_id,
        )
        return await self._call(prepared, _ops.parse_delete_3_cx_server, timeout, max_retries, deadline)


__all__ = [
    "BASE_URLS",
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "AsyncClient",
    "Client",
]
