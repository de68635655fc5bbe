"""``Client`` and ``AsyncClient`` for the VoIP.ms API; both share ``_ClientCore``."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Literal, TypeVar

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._budget import RateBudget
from ._core import DEFAULT_TIMEOUT, ClientCore, Parser, check_credential
from ._lazy import LazyModule
from ._request import PreparedRequest, query_pairs
from ._secrets import Secret
from ._validation import Problems, raise_problems
from .models import (
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
    from . import _operations as _ops
    from . import _rpc
else:  # the builders and parsers (the package's largest module) are imported with the first call
    _ops = LazyModule(globals(), "_ops", "._operations", __package__)
    _rpc = LazyModule(globals(), "_rpc", "._rpc", __package__)  # the SOAP envelopes too (the parsers need them)

#: Where the carrier answers, by name.
BASE_URLS: Final = {"production": "https://voip.ms"}

USER_AGENT: Final = "voipms_sdk/0.1.0 httpx/" + httpx.__version__

_T = TypeVar("_T")


class _ClientCore(ClientCore):
    """What both clients share for this carrier: credentials, URLs, query and headers; no I/O."""

    def __init__(
        self,
        *,
        api_username: str,
        api_password: str,
        base_url: str,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        deadline: float,
        protocol: str,
    ) -> None:
        problems: Problems = []
        if protocol not in ("rest", "soap"):
            problems.append(("protocol", "must be 'rest' or 'soap'"))
        check_credential(problems, "api_username", api_username)
        check_credential(problems, "api_password", api_password)
        super().__init__(
            base_url=base_url,
            base_urls=BASE_URLS,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            problems=problems,
            secrets=(api_password,),
        )
        self._api_username = api_username
        self._api_password = Secret(api_password)
        self.protocol: Final = protocol

    def __repr__(self) -> str:
        shown = ", ".join(
            (
                f"base_url={self.base_url!r}",
                f"protocol={self.protocol!r}",
                f"api_username={self._api_username!r}",
                "api_password='********'",
            )
        )
        return f"{type(self).__name__}({shown})"

    def _over(
        self, prepared: PreparedRequest, rest: Parser[_T], soap: Parser[_T]
    ) -> tuple[PreparedRequest, Parser[_T]]:
        """The request and parser of this client's protocol (the REST request was checked either way)."""
        if self.protocol == "soap":
            return _rpc.rpc_request(prepared, _ops.RPC_BINDING, _ops.RPC_CALLS.get(prepared.operation)), soap
        return prepared, rest

    def _rest_only(self, prepared: PreparedRequest) -> PreparedRequest:
        """A REST-only operation's request; a SOAP client refuses it before anything is sent."""
        if self.protocol == "soap":
            _rpc.rpc_request(prepared, _ops.RPC_BINDING, None)
        return prepared

    def _content(self, prepared: PreparedRequest) -> bytes | None:
        """A SOAP request gets its envelope, credentials first, for each attempt; REST bodies go as built."""
        if prepared.soap_action is None:
            return prepared.content
        return _rpc.rpc_envelope(
            _ops.RPC_BINDING, prepared.operation, self._credential_pairs(), prepared.content or b""
        )

    def _credential_pairs(self) -> tuple[tuple[str, str], ...]:
        # Credentials a rule made optional are sent only when given.
        return query_pairs(
            (
                ("api_username", self._api_username),
                ("api_password", self._api_password.reveal()),
            )
        )

    def _query(self, prepared: PreparedRequest) -> httpx.QueryParams:
        if prepared.credentials_in_body:
            return httpx.QueryParams(prepared.query)
        options: list[tuple[str, str]] = []
        return httpx.QueryParams([*self._credential_pairs(), *options, *prepared.query])

    def _headers(self, prepared: PreparedRequest) -> dict[str, str]:
        accept = "text/xml" if prepared.soap_action is not None else "application/json"
        headers = {"User-Agent": USER_AGENT, "Accept": accept}
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
    """Client for the VoIP.ms API.

    Manage VoIP.ms DIDs, sub accounts, SMS, fax, voicemail, e911 and number porting over the REST/JSON API.

    Use it as a context manager, or call ``close()`` when done::

        with voipms_sdk.Client(api_username="<api_username>", api_password="<api_password>") as client:
            ...

    Args:
        api_username: E-mail address used to log in to the VoIP.ms portal.
        api_password: API password set in the portal's API configuration (not the login password).
        base_url: production (a name from ``BASE_URLS``) or any URL; production by default.
        timeout: Seconds, or an ``httpx.Timeout``; 5 s to connect and 30 s to read by default.
        max_retries: Retries of a read-only call after a timeout, a throttle or a 5xx (default 2).
            Mutating calls are retried only when the connection never opened.
        deadline: Seconds a whole call may take, retries and waits included (default 60).
        rate_budget: Keep a client-side count of requests against the carrier's documented rate
            limits and refuse a call (``BudgetExhaustedError``, nothing sent) once its pool is spent.
        protocol: ``"rest"`` (the default) calls the REST/JSON API; ``"soap"`` calls the same
            operations over SOAP (/api/v1/server.php), with the same arguments, checks,
            results and errors. REST-only operations and parameters raise ValidationError there.
        http_client: An ``httpx.Client`` to send requests with (for proxies, custom transports or tests);
            the SDK does not close it.
    """

    def __init__(
        self,
        *,
        api_username: str,
        api_password: str,
        base_url: str = "production",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        deadline: float = 60.0,
        rate_budget: bool = False,
        http_client: httpx.Client | None = None,
        protocol: Literal["rest", "soap"] = "rest",
    ) -> None:
        super().__init__(
            api_username=api_username,
            api_password=api_password,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            protocol=protocol,
        )
        self._open(http_client, RateBudget(_ops.LIMITS) if rate_budget else None)

    def add_charge(
        self,
        *,
        client: int,
        charge: Decimal,
        description: str | None = None,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Add a charge to a reseller client.

        Calls ``GET /api/v1/rest.php`` (addCharge); changes state on the carrier.
        Over SOAP, POSTs ``<addCharge>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 561115).
            charge: Required. Amount debited from the client (e.g. 4.99).
            description: Description of the charge.
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_add_charge(
            client=client,
            charge=charge,
            description=description,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_add_charge, _ops.parse_soap_add_charge), timeout, max_retries, deadline
        )

    def add_lnp_file(
        self,
        *,
        portid: int,
        file: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> AddLNPFileResponse:
        """Attach an invoice file to a number port (LNP) order.

        Calls ``POST /api/v1/rest.php`` (addLNPFile); changes state on the carrier.
        Over SOAP, POSTs ``<addLNPFile>`` to ``/api/v1/server.php``.

        Args:
            portid: Required. ID of the port order.
            file: Required. Invoice file, Base64-encoded.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            AddLNPFileResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_add_lnp_file(
            portid=portid,
            file=file,
            credentials=self._credential_pairs(),
        )
        return self._call(
            *self._over(prepared, _ops.parse_add_lnp_file, _ops.parse_soap_add_lnp_file), timeout, max_retries, deadline
        )

    def add_lnp_port(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> AddLNPPortResponse:
        """Start a port-in (LNP) process for one or more numbers.

        Calls ``GET /api/v1/rest.php`` (addLNPPort); changes state on the carrier.
        Over SOAP, POSTs ``<addLNPPort>`` to ``/api/v1/server.php``.

        Args:
            port_type: Required. Kind of numbers: 1 = US local, 2 = Canadian local, 3 = US/CA toll free, 4 = US fax,
                5 = Canadian fax. (at least 1; at most 5)
            numbers: Required. Numbers to port, comma-separated (e.g. 5552341234,5552341233).
            is_partial: Some numbers stay with the current carrier (list all numbers to port anyway). (carrier
                default: False)
            location_type: Location type: 1 = business, 0 = residential. (at least 0; at most 1; carrier default: 0)
            is_mobile: All the numbers are mobile numbers. (carrier default: False)
            pin: PIN of the account at the current carrier.
            imei: IMEI of the phone, for mobile numbers ported from Canada (dial *#06# to see it).
            btn: Billing telephone number at the current carrier (required for mobile numbers).
            services: All services remaining with the current carrier (required for mobile numbers).
            tf_type: Toll-free carrier (required for portType 3): 1 = American, US callers only; 2 = American, US and
                Canadian callers; 3 = Canadian.
            statement_name: Required. Company name on the statement (business numbers).
            first_name: Required. Customer first name as on the losing carrier's customer service record.
            last_name: Required. Customer last name as on the losing carrier's customer service record.
            address1: Required. Customer address as on the losing carrier's customer service record.
            address2: Additional address information (e.g. Suite 343).
            city: Required. City as on the losing carrier's customer service record.
            zip: Required. ZIP or postal code as on the losing carrier's customer service record.
            state: Required. State or province as on the losing carrier's customer service record.
            country: Required. Country as on the losing carrier's customer service record.
            provider_name: Required. Name of the current service provider.
            provider_account: Required. Account number with the current service provider.
            notes: Additional information about the port.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            AddLNPPortResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_add_lnp_port(
            port_type=port_type,
            numbers=numbers,
            is_partial=is_partial,
            location_type=location_type,
            is_mobile=is_mobile,
            pin=pin,
            imei=imei,
            btn=btn,
            services=services,
            tf_type=tf_type,
            statement_name=statement_name,
            first_name=first_name,
            last_name=last_name,
            address1=address1,
            address2=address2,
            city=city,
            zip=zip,
            state=state,
            country=country,
            provider_name=provider_name,
            provider_account=provider_account,
            notes=notes,
        )
        return self._call(
            *self._over(prepared, _ops.parse_add_lnp_port, _ops.parse_soap_add_lnp_port), timeout, max_retries, deadline
        )

    def add_member_to_conference(
        self,
        *,
        member: int,
        conference: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> AddMemberToConferenceResponse:
        """Add a member profile to a conference.

        Calls ``GET /api/v1/rest.php`` (addMemberToConference); changes state on the carrier.
        Over SOAP, POSTs ``<addMemberToConference>`` to ``/api/v1/server.php``.

        Args:
            member: Required. ID of the member profile (e.g. 6547).
            conference: Required. ID of the conference (e.g. 234).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            AddMemberToConferenceResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_add_member_to_conference(
            member=member,
            conference=conference,
        )
        return self._call(
            *self._over(prepared, _ops.parse_add_member_to_conference, _ops.parse_soap_add_member_to_conference),
            timeout,
            max_retries,
            deadline,
        )

    def add_payment(
        self,
        *,
        client: int,
        payment: Decimal,
        description: str | None = None,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Add a payment to a reseller client.

        Calls ``GET /api/v1/rest.php`` (addPayment); changes state on the carrier.
        Over SOAP, POSTs ``<addPayment>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 561115).
            payment: Required. Amount credited to the client (e.g. 4.99).
            description: Description of the payment.
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_add_payment(
            client=client,
            payment=payment,
            description=description,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_add_payment, _ops.parse_soap_add_payment), timeout, max_retries, deadline
        )

    def assign_did_vpri(
        self,
        *,
        vpri: int,
        did: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> AssignDIDvPRIResponse:
        """Assign a per-minute DID to a vPRI (flat-rate DIDs cannot be assigned).

        Calls ``GET /api/v1/rest.php`` (assignDIDvPRI); changes state on the carrier.
        Over SOAP, POSTs ``<assignDIDvPRI>`` to ``/api/v1/server.php``.

        Args:
            vpri: Required. ID of the vPRI.
            did: Required. DID to assign to the vPRI.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            AssignDIDvPRIResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_assign_did_vpri(
            vpri=vpri,
            did=did,
        )
        return self._call(
            *self._over(prepared, _ops.parse_assign_did_vpri, _ops.parse_soap_assign_did_vpri),
            timeout,
            max_retries,
            deadline,
        )

    def back_order_didcan(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Back-order Canadian DIDs from a rate center and province.

        Calls ``GET /api/v1/rest.php`` (backOrderDIDCAN); changes state on the carrier.
        Over SOAP, POSTs ``<backOrderDIDCAN>`` to ``/api/v1/server.php``.

        Args:
            quantity: Required. Number of numbers to order (e.g. 3). (at least 1)
            province: Required. Canadian province (values from getProvinces).
            ratecenter: Required. Canadian rate center (values from getRateCentersCAN).
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID (e.g. 101).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            note: Free-text note.
            billing_type: Required. Billing plan: 1 = per minute, 2 = flat rate. (at least 1; at most 2)
            test: Test mode: validate the order without placing it (orders cannot be undone).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_back_order_didcan(
            quantity=quantity,
            province=province,
            ratecenter=ratecenter,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            note=note,
            billing_type=billing_type,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_back_order_didcan, _ops.parse_soap_back_order_didcan),
            timeout,
            max_retries,
            deadline,
        )

    def back_order_didusa(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Back-order USA DIDs from a rate center and state.

        Calls ``GET /api/v1/rest.php`` (backOrderDIDUSA); changes state on the carrier.
        Over SOAP, POSTs ``<backOrderDIDUSA>`` to ``/api/v1/server.php``.

        Args:
            quantity: Required. Number of numbers to order (e.g. 3). (at least 1)
            state: Required. USA state (values from getStates).
            ratecenter: Required. USA rate center (values from getRateCentersUSA).
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID (e.g. 101).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            note: Free-text note.
            billing_type: Required. Billing plan: 1 = per minute, 2 = flat rate. (at least 1; at most 2)
            test: Test mode: validate the order without placing it (orders cannot be undone).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_back_order_didusa(
            quantity=quantity,
            state=state,
            ratecenter=ratecenter,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            note=note,
            billing_type=billing_type,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_back_order_didusa, _ops.parse_soap_back_order_didusa),
            timeout,
            max_retries,
            deadline,
        )

    def cancel_did(
        self,
        *,
        did: str,
        cancelcomment: str | None = None,
        portout: bool | None = None,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Cancel a DID and remove it from the account.

        Calls ``GET /api/v1/rest.php`` (cancelDID); changes state on the carrier.
        Over SOAP, POSTs ``<cancelDID>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to cancel (e.g. 5551234567).
            cancelcomment: Reason for the cancellation.
            portout: The DID is being ported out.
            test: Test mode: validate the cancellation without making it.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_cancel_did(
            did=did,
            cancelcomment=cancelcomment,
            portout=portout,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_cancel_did, _ops.parse_soap_cancel_did), timeout, max_retries, deadline
        )

    def cancel_fax_number(
        self,
        *,
        id: int,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelFaxNumberResponse:
        """Cancel a fax number and remove it from the account.

        Calls ``GET /api/v1/rest.php`` (cancelFaxNumber); changes state on the carrier.
        Over SOAP, POSTs ``<cancelFaxNumber>`` to ``/api/v1/server.php``.

        Args:
            id: Required. ID of the fax number (e.g. 923).
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            CancelFaxNumberResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_cancel_fax_number(
            id=id,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_cancel_fax_number, _ops.parse_soap_cancel_fax_number),
            timeout,
            max_retries,
            deadline,
        )

    def connect_did(
        self,
        *,
        did: str,
        account: str,
        monthly: Decimal,
        setup: Decimal,
        minute: Decimal,
        next_billing: _dt.date | None = None,
        dont_charge_setup: bool | None = None,
        dont_charge_monthly: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Connect a DID to a reseller client's sub account.

        Calls ``GET /api/v1/rest.php`` (connectDID); changes state on the carrier.
        Over SOAP, POSTs ``<connectDID>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to connect (e.g. 5551234567).
            account: Required. Reseller client sub account (e.g. 100001_VoIP).
            monthly: Required. Monthly fee charged to the reseller client (e.g. 3.50).
            setup: Required. Setup fee charged to the reseller client (e.g. 1.99).
            minute: Required. Per-minute rate charged to the reseller client (e.g. 0.03).
            next_billing: Next billing date.
            dont_charge_setup: Do not charge the setup fee on connect.
            dont_charge_monthly: Do not charge the monthly fee on connect.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_connect_did(
            did=did,
            account=account,
            monthly=monthly,
            setup=setup,
            minute=minute,
            next_billing=next_billing,
            dont_charge_setup=dont_charge_setup,
            dont_charge_monthly=dont_charge_monthly,
        )
        return self._call(
            *self._over(prepared, _ops.parse_connect_did, _ops.parse_soap_connect_did), timeout, max_retries, deadline
        )

    def connect_fax(
        self,
        *,
        did: str,
        account: str,
        monthly: Decimal,
        setup: Decimal,
        minute: Decimal,
        next_billing: _dt.date | None = None,
        dont_charge_setup: bool | None = None,
        dont_charge_monthly: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Connect a fax DID to a reseller client's sub account.

        Calls ``GET /api/v1/rest.php`` (connectFAX); changes state on the carrier.
        Over SOAP, POSTs ``<connectFAX>`` to ``/api/v1/server.php``.

        Args:
            did: Required. Fax DID to connect (e.g. 5551234567).
            account: Required. Reseller client sub account (e.g. 100001_VoIP).
            monthly: Required. Monthly fee charged to the reseller client (e.g. 3.50).
            setup: Required. Setup fee charged to the reseller client (e.g. 1.99).
            minute: Required. Per-minute rate charged to the reseller client (e.g. 0.03).
            next_billing: Next billing date.
            dont_charge_setup: Do not charge the setup fee on connect.
            dont_charge_monthly: Do not charge the monthly fee on connect.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_connect_fax(
            did=did,
            account=account,
            monthly=monthly,
            setup=setup,
            minute=minute,
            next_billing=next_billing,
            dont_charge_setup=dont_charge_setup,
            dont_charge_monthly=dont_charge_monthly,
        )
        return self._call(
            *self._over(prepared, _ops.parse_connect_fax, _ops.parse_soap_connect_fax), timeout, max_retries, deadline
        )

    def create_sub_account(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CreateSubAccountResponse:
        """Create a sub account.

        Calls ``GET /api/v1/rest.php`` (createSubAccount); changes state on the carrier.
        Over SOAP, POSTs ``<createSubAccount>`` to ``/api/v1/server.php``.

        Args:
            username: Required. Username of the sub account (e.g. VoIP).
            protocol: Required. Protocol code (values from getProtocols).
            description: Description of the sub account.
            auth_type: Required. Authentication type code (values from getAuthTypes).
            password: Password, for user/password authentication.
            ip: IP address, for IP authentication.
            device_type: Required. Device type code (values from getDeviceTypes).
            callerid_number: Caller ID number override.
            canada_routing: Route code for calls to Canada (values from getRoutes).
            lock_international: Required. International lock code (values from getLockInternational).
            allow225: Calls to *225 announce the balance of the account (else they are rejected).
            international_route: Required. Route code for international calls (values from getRoutes).
            music_on_hold: Required. Music on hold code (values from getMusicOnHold).
            language: Language of system messages (values from getLanguages).
            allowed_codecs: Required. Allowed codecs, semicolon-separated (values from getAllowedCodecs, e.g.
                ulaw;g729;gsm).
            dtmf_mode: Required. DTMF mode code (values from getDTMFModes).
            nat: Required. NAT mode code (values from getNAT).
            sip_traffic: Encrypt SIP traffic.
            max_expiry: Max registration expiry in seconds, 60 to 3600. (at least 60; at most 3600)
            rtp_timeout: RTP timeout in seconds, 1 to 3600. (at least 1; at most 3600)
            rtp_hold_timeout: RTP hold timeout in seconds, 1 to 3600. (at least 1; at most 3600)
            ip_restriction: Comma-separated IPs, networks (CIDR) or host names allowed to place outgoing calls.
            enable_ip_restriction: Enable the IP restriction.
            pop_restriction: Comma-separated POPs allowed to place outgoing calls (values from getServersInfo).
            enable_pop_restriction: Enable the POP restriction.
            internal_extension: Internal extension (e.g. 1 creates 101).
            internal_voicemail: Internal voicemail box (e.g. 101).
            internal_dialtime: Internal dial timeout in seconds (1 to 60).
            reseller_client: Reseller client ID (e.g. 561115).
            reseller_package: Reseller package ID (e.g. 92364).
            reseller_nextbilling: Next billing date of the reseller client.
            reseller_chargesetup: Charge the package setup fee on save.
            parking_lot: ID of a call parking (e.g. 323).
            send_bye: Send BYE on successful transfer.
            record_calls: Record calls.
            transcribe: Enable call transcription.
            transcription_locale: Transcription locale codes, comma-separated, up to 10 (values from getLocales).
            transcription_redaction: Redact transcriptions.
            transcription_summary: Add a summary to transcriptions.
            transcription_sentiment: Add sentiment analysis to transcriptions.
            transcription_email: E-mail address receiving call transcriptions.
            transcription_start_delay: Seconds before transcription starts, 0 to 60 in steps of 5. (at least 0; at
                most 60)
            enable_internal_cnam: Enable the internal caller ID name.
            internal_cnam: Internal caller ID name.
            dialing_mode: Outgoing dialing mode: 0 = main account setting, 1 = E164, 2 = NANPA. (at least 0; at most
                2)
            tfcarrier: Carrier for toll-free calls: -1 = main account setting, 0 = server default, 1 = US, 2 =
                Canadian. (at least -1; at most 2)
            internal_extension_location: Location group of the internal extension (values from getLocations).
            call_pickup_behavior: Call pickup: 1 = can pick up and be picked up, 2 = can pick up only, 3 = can be
                picked up only, 4 = neither. (at least 1; at most 4)
            default_e911: Default e911 caller ID.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            CreateSubAccountResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_create_sub_account(
            username=username,
            protocol=protocol,
            description=description,
            auth_type=auth_type,
            password=password,
            ip=ip,
            device_type=device_type,
            callerid_number=callerid_number,
            canada_routing=canada_routing,
            lock_international=lock_international,
            allow225=allow225,
            international_route=international_route,
            music_on_hold=music_on_hold,
            language=language,
            allowed_codecs=allowed_codecs,
            dtmf_mode=dtmf_mode,
            nat=nat,
            sip_traffic=sip_traffic,
            max_expiry=max_expiry,
            rtp_timeout=rtp_timeout,
            rtp_hold_timeout=rtp_hold_timeout,
            ip_restriction=ip_restriction,
            enable_ip_restriction=enable_ip_restriction,
            pop_restriction=pop_restriction,
            enable_pop_restriction=enable_pop_restriction,
            internal_extension=internal_extension,
            internal_voicemail=internal_voicemail,
            internal_dialtime=internal_dialtime,
            reseller_client=reseller_client,
            reseller_package=reseller_package,
            reseller_nextbilling=reseller_nextbilling,
            reseller_chargesetup=reseller_chargesetup,
            parking_lot=parking_lot,
            send_bye=send_bye,
            record_calls=record_calls,
            transcribe=transcribe,
            transcription_locale=transcription_locale,
            transcription_redaction=transcription_redaction,
            transcription_summary=transcription_summary,
            transcription_sentiment=transcription_sentiment,
            transcription_email=transcription_email,
            transcription_start_delay=transcription_start_delay,
            enable_internal_cnam=enable_internal_cnam,
            internal_cnam=internal_cnam,
            dialing_mode=dialing_mode,
            tfcarrier=tfcarrier,
            internal_extension_location=internal_extension_location,
            call_pickup_behavior=call_pickup_behavior,
            default_e911=default_e911,
        )
        return self._call(
            *self._over(prepared, _ops.parse_create_sub_account, _ops.parse_soap_create_sub_account),
            timeout,
            max_retries,
            deadline,
        )

    def create_voicemail(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Create a voicemail box.

        Calls ``GET /api/v1/rest.php`` (createVoicemail); changes state on the carrier.
        Over SOAP, POSTs ``<createVoicemail>`` to ``/api/v1/server.php``.

        Args:
            digits: Required. Mailbox digits, 1 to 10 (e.g. 01). (matches ``^[0-9]{1,10}$``)
            name: Required. Name of the mailbox.
            password: Required. Password of the mailbox.
            skip_password: Required. Skip the password prompt.
            email: E-mail addresses receiving messages, comma-separated.
            attach_message: Required. Attach the audio file to the e-mail.
            delete_message: Required. Delete messages once e-mailed.
            say_time: Required. Announce the time stamp.
            timezone: Required. Time zone of the mailbox (values from getTimezones).
            say_callerid: Required. Announce the caller ID.
            play_instructions: Required. Play instructions code (values from getPlayInstructions).
            language: Required. Language code (values from getLanguages).
            client: ID of the reseller client the mailbox belongs to (e.g. 561115).
            email_attachment_format: E-mail attachment format (values from getVoicemailAttachmentFormats).
            unavailable_message_recording: Recording for the unavailable message (values from getRecordings).
            transcription: Enable voicemail transcription.
            transcription_locale: Transcription locale codes, comma-separated, up to 10 (values from getLocales).
            transcription_redaction: Redact transcriptions.
            transcription_sentiment: Add sentiment analysis to transcriptions.
            transcription_summary: Add a summary to transcriptions.
            transcription_format: Transcription format.
            transcription_delay: Seconds before transcription starts: 0, or 5 to 60 in steps of 5; omitted, the
                current value stays. (at least 0; at most 60)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_create_voicemail(
            digits=digits,
            name=name,
            password=password,
            skip_password=skip_password,
            email=email,
            attach_message=attach_message,
            delete_message=delete_message,
            say_time=say_time,
            timezone=timezone,
            say_callerid=say_callerid,
            play_instructions=play_instructions,
            language=language,
            client=client,
            email_attachment_format=email_attachment_format,
            unavailable_message_recording=unavailable_message_recording,
            transcription=transcription,
            transcription_locale=transcription_locale,
            transcription_redaction=transcription_redaction,
            transcription_sentiment=transcription_sentiment,
            transcription_summary=transcription_summary,
            transcription_format=transcription_format,
            transcription_delay=transcription_delay,
        )
        return self._call(
            *self._over(prepared, _ops.parse_create_voicemail, _ops.parse_soap_create_voicemail),
            timeout,
            max_retries,
            deadline,
        )

    def del_callback(
        self,
        *,
        callback: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a callback entry.

        Calls ``GET /api/v1/rest.php`` (delCallback); changes state on the carrier.
        Over SOAP, POSTs ``<delCallback>`` to ``/api/v1/server.php``.

        Args:
            callback: Required. ID of the callback (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_callback(
            callback=callback,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_callback, _ops.parse_soap_del_callback), timeout, max_retries, deadline
        )

    def del_caller_id_filtering(
        self,
        *,
        filtering: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a caller ID filtering entry.

        Calls ``GET /api/v1/rest.php`` (delCallerIDFiltering); changes state on the carrier.
        Over SOAP, POSTs ``<delCallerIDFiltering>`` to ``/api/v1/server.php``.

        Args:
            filtering: Required. ID of the caller ID filtering (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_caller_id_filtering(
            filtering=filtering,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_caller_id_filtering, _ops.parse_soap_del_caller_id_filtering),
            timeout,
            max_retries,
            deadline,
        )

    def del_call_hunting(
        self,
        *,
        callhunting: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a call hunting entry.

        Calls ``GET /api/v1/rest.php`` (delCallHunting); changes state on the carrier.
        Over SOAP, POSTs ``<delCallHunting>`` to ``/api/v1/server.php``.

        Args:
            callhunting: Required. ID of the call hunting (e.g. 323).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_call_hunting(
            callhunting=callhunting,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_call_hunting, _ops.parse_soap_del_call_hunting),
            timeout,
            max_retries,
            deadline,
        )

    def del_call_parking(
        self,
        *,
        callparking: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a call parking entry.

        Calls ``GET /api/v1/rest.php`` (delCallParking); changes state on the carrier.
        Over SOAP, POSTs ``<delCallParking>`` to ``/api/v1/server.php``.

        Args:
            callparking: Required. ID of the call parking (e.g. 323).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_call_parking(
            callparking=callparking,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_call_parking, _ops.parse_soap_del_call_parking),
            timeout,
            max_retries,
            deadline,
        )

    def del_call_recording(
        self,
        *,
        callrecording: str,
        account: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a call recording with its audio file and details.

        Calls ``GET /api/v1/rest.php`` (delCallRecording); changes state on the carrier.
        Over SOAP, POSTs ``<delCallRecording>`` to ``/api/v1/server.php``.

        Args:
            callrecording: Required. Call recording ID (values from getCallRecordings).
            account: Required. Account of the recording (values from getCallAccounts).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_call_recording(
            callrecording=callrecording,
            account=account,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_call_recording, _ops.parse_soap_del_call_recording),
            timeout,
            max_retries,
            deadline,
        )

    def del_client(
        self,
        *,
        client: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a reseller client.

        Calls ``GET /api/v1/rest.php`` (delClient); changes state on the carrier.
        Over SOAP, POSTs ``<delClient>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 1998).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_client(
            client=client,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_client, _ops.parse_soap_del_client), timeout, max_retries, deadline
        )

    def del_conference(
        self,
        *,
        conference: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a conference.

        Calls ``GET /api/v1/rest.php`` (delConference); changes state on the carrier.
        Over SOAP, POSTs ``<delConference>`` to ``/api/v1/server.php``.

        Args:
            conference: Required. ID of the conference (e.g. 737).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_conference(
            conference=conference,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_conference, _ops.parse_soap_del_conference),
            timeout,
            max_retries,
            deadline,
        )

    def del_conference_member(
        self,
        *,
        member: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a conference member profile.

        Calls ``GET /api/v1/rest.php`` (delConferenceMember); changes state on the carrier.
        Over SOAP, POSTs ``<delConferenceMember>`` to ``/api/v1/server.php``.

        Args:
            member: Required. ID of the member profile (e.g. 737).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_conference_member(
            member=member,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_conference_member, _ops.parse_soap_del_conference_member),
            timeout,
            max_retries,
            deadline,
        )

    def del_disa(
        self,
        *,
        disa: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a DISA entry.

        Calls ``GET /api/v1/rest.php`` (delDISA); changes state on the carrier.
        Over SOAP, POSTs ``<delDISA>`` to ``/api/v1/server.php``.

        Args:
            disa: Required. ID of the DISA (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_disa(
            disa=disa,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_disa, _ops.parse_soap_del_disa), timeout, max_retries, deadline
        )

    def del_email_to_fax(
        self,
        *,
        id: int,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete an email-to-fax configuration.

        Calls ``GET /api/v1/rest.php`` (delEmailToFax); changes state on the carrier.
        Over SOAP, POSTs ``<delEmailToFax>`` to ``/api/v1/server.php``.

        Args:
            id: Required. ID of the email-to-fax configuration (e.g. 923).
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_email_to_fax(
            id=id,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_email_to_fax, _ops.parse_soap_del_email_to_fax),
            timeout,
            max_retries,
            deadline,
        )

    def delete_fax_message(
        self,
        *,
        id: int,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a fax message.

        Calls ``GET /api/v1/rest.php`` (deleteFaxMessage); changes state on the carrier.
        Over SOAP, POSTs ``<deleteFaxMessage>`` to ``/api/v1/server.php``.

        Args:
            id: Required. ID of the fax message (e.g. 923).
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_fax_message(
            id=id,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_delete_fax_message, _ops.parse_soap_delete_fax_message),
            timeout,
            max_retries,
            deadline,
        )

    def delete_mms(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete an MMS message.

        Calls ``GET /api/v1/rest.php`` (deleteMMS); changes state on the carrier.
        Over SOAP, POSTs ``<deleteMMS>`` to ``/api/v1/server.php``.

        Args:
            id: Required. ID of the MMS (e.g. 1918).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_mms(
            id=id,
        )
        return self._call(
            *self._over(prepared, _ops.parse_delete_mms, _ops.parse_soap_delete_mms), timeout, max_retries, deadline
        )

    def delete_sms(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete an SMS message.

        Calls ``GET /api/v1/rest.php`` (deleteSMS); changes state on the carrier.
        Over SOAP, POSTs ``<deleteSMS>`` to ``/api/v1/server.php``.

        Args:
            id: Required. ID of the SMS (e.g. 1918).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_sms(
            id=id,
        )
        return self._call(
            *self._over(prepared, _ops.parse_delete_sms, _ops.parse_soap_delete_sms), timeout, max_retries, deadline
        )

    def del_fax_folder(
        self,
        *,
        id: int,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a fax folder.

        Calls ``GET /api/v1/rest.php`` (delFaxFolder); changes state on the carrier.
        Over SOAP, POSTs ``<delFaxFolder>`` to ``/api/v1/server.php``.

        Args:
            id: Required. ID of the fax folder (e.g. 923).
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_fax_folder(
            id=id,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_fax_folder, _ops.parse_soap_del_fax_folder),
            timeout,
            max_retries,
            deadline,
        )

    def del_forwarding(
        self,
        *,
        forwarding: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a forwarding entry.

        Calls ``GET /api/v1/rest.php`` (delForwarding); changes state on the carrier.
        Over SOAP, POSTs ``<delForwarding>`` to ``/api/v1/server.php``.

        Args:
            forwarding: ID of the forwarding (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_forwarding(
            forwarding=forwarding,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_forwarding, _ops.parse_soap_del_forwarding),
            timeout,
            max_retries,
            deadline,
        )

    def del_ivr(
        self,
        *,
        ivr: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete an IVR.

        Calls ``GET /api/v1/rest.php`` (delIVR); changes state on the carrier.
        Over SOAP, POSTs ``<delIVR>`` to ``/api/v1/server.php``.

        Args:
            ivr: Required. ID of the IVR (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_ivr(
            ivr=ivr,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_ivr, _ops.parse_soap_del_ivr), timeout, max_retries, deadline
        )

    def del_location(
        self,
        *,
        name: str,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete an internal extension location.

        Calls ``GET /api/v1/rest.php`` (delLocation); changes state on the carrier.
        REST only: a SOAP client refuses it.

        Args:
            name: Required. Name of the location (values from getLocations).
            id: Required. ID of the location (values from getLocations).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_location(
            name=name,
            id=id,
        )
        return self._call(self._rest_only(prepared), _ops.parse_del_location, timeout, max_retries, deadline)

    def del_member_from_conference(
        self,
        *,
        member: int,
        conference: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Remove a member profile from a conference.

        Calls ``GET /api/v1/rest.php`` (delMemberFromConference); changes state on the carrier.
        Over SOAP, POSTs ``<delMemberFromConference>`` to ``/api/v1/server.php``.

        Args:
            member: Required. ID of the member profile (e.g. 101).
            conference: ID of the conference (e.g. 3829).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_member_from_conference(
            member=member,
            conference=conference,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_member_from_conference, _ops.parse_soap_del_member_from_conference),
            timeout,
            max_retries,
            deadline,
        )

    def del_messages(
        self,
        *,
        mailbox: int,
        folder: str | None = None,
        message_num: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete voicemail messages of a mailbox: all of them, or one message of a folder.

        Calls ``GET /api/v1/rest.php`` (delMessages); changes state on the carrier.
        Over SOAP, POSTs ``<delMessages>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Required. Mailbox number (e.g. 1001).
            folder: Folder of the message to delete (e.g. INBOX); requires message_num.
            message_num: Number of the message to delete (e.g. 1); requires folder.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_messages(
            mailbox=mailbox,
            folder=folder,
            message_num=message_num,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_messages, _ops.parse_soap_del_messages), timeout, max_retries, deadline
        )

    def del_music_on_hold(
        self,
        *,
        music_on_hold: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a custom music on hold.

        Calls ``GET /api/v1/rest.php`` (delMusicOnHold); changes state on the carrier.
        Over SOAP, POSTs ``<delMusicOnHold>`` to ``/api/v1/server.php``.

        Args:
            music_on_hold: Required. Name of the custom music on hold (values from getMusicOnHold).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_music_on_hold(
            music_on_hold=music_on_hold,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_music_on_hold, _ops.parse_soap_del_music_on_hold),
            timeout,
            max_retries,
            deadline,
        )

    def del_phonebook(
        self,
        *,
        phonebook: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a phonebook entry.

        Calls ``GET /api/v1/rest.php`` (delPhonebook); changes state on the carrier.
        Over SOAP, POSTs ``<delPhonebook>`` to ``/api/v1/server.php``.

        Args:
            phonebook: Required. ID of the phonebook entry (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_phonebook(
            phonebook=phonebook,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_phonebook, _ops.parse_soap_del_phonebook),
            timeout,
            max_retries,
            deadline,
        )

    def del_phonebook_group(
        self,
        *,
        group: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a phonebook group.

        Calls ``GET /api/v1/rest.php`` (delPhonebookGroup); changes state on the carrier.
        Over SOAP, POSTs ``<delPhonebookGroup>`` to ``/api/v1/server.php``.

        Args:
            group: Required. ID of the phonebook group.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_phonebook_group(
            group=group,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_phonebook_group, _ops.parse_soap_del_phonebook_group),
            timeout,
            max_retries,
            deadline,
        )

    def del_queue(
        self,
        *,
        queue: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a call queue.

        Calls ``GET /api/v1/rest.php`` (delQueue); changes state on the carrier.
        Over SOAP, POSTs ``<delQueue>`` to ``/api/v1/server.php``.

        Args:
            queue: Required. ID of the queue (e.g. 13183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_queue(
            queue=queue,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_queue, _ops.parse_soap_del_queue), timeout, max_retries, deadline
        )

    def del_recording(
        self,
        *,
        recording: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a recording.

        Calls ``GET /api/v1/rest.php`` (delRecording); changes state on the carrier.
        Over SOAP, POSTs ``<delRecording>`` to ``/api/v1/server.php``.

        Args:
            recording: Required. ID of the recording (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_recording(
            recording=recording,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_recording, _ops.parse_soap_del_recording),
            timeout,
            max_retries,
            deadline,
        )

    def del_ring_group(
        self,
        *,
        ringgroup: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a ring group.

        Calls ``GET /api/v1/rest.php`` (delRingGroup); changes state on the carrier.
        Over SOAP, POSTs ``<delRingGroup>`` to ``/api/v1/server.php``.

        Args:
            ringgroup: Required. ID of the ring group (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_ring_group(
            ringgroup=ringgroup,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_ring_group, _ops.parse_soap_del_ring_group),
            timeout,
            max_retries,
            deadline,
        )

    def del_sequences(
        self,
        *,
        sequence: int,
        client: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a sequence.

        Calls ``GET /api/v1/rest.php`` (delSequences); changes state on the carrier.
        REST only: a SOAP client refuses it.

        Args:
            sequence: Required. ID of the sequence (e.g. 5356).
            client: Reseller client ID whose sequence it is (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_sequences(
            sequence=sequence,
            client=client,
        )
        return self._call(self._rest_only(prepared), _ops.parse_del_sequences, timeout, max_retries, deadline)

    def del_sipuri(
        self,
        *,
        sipuri: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a SIP URI.

        Calls ``GET /api/v1/rest.php`` (delSIPURI); changes state on the carrier.
        Over SOAP, POSTs ``<delSIPURI>`` to ``/api/v1/server.php``.

        Args:
            sipuri: Required. ID of the SIP URI (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_sipuri(
            sipuri=sipuri,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_sipuri, _ops.parse_soap_del_sipuri), timeout, max_retries, deadline
        )

    def del_static_member(
        self,
        *,
        member: int,
        queue: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Remove a static member from a queue.

        Calls ``GET /api/v1/rest.php`` (delStaticMember); changes state on the carrier.
        Over SOAP, POSTs ``<delStaticMember>`` to ``/api/v1/server.php``.

        Args:
            member: Required. ID of the static member (e.g. 1918).
            queue: Required. ID of the queue (e.g. 27183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_static_member(
            member=member,
            queue=queue,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_static_member, _ops.parse_soap_del_static_member),
            timeout,
            max_retries,
            deadline,
        )

    def del_sub_account(
        self,
        *,
        id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a sub account.

        Calls ``GET /api/v1/rest.php`` (delSubAccount); changes state on the carrier.
        Over SOAP, POSTs ``<delSubAccount>`` to ``/api/v1/server.php``.

        Args:
            id: ID of the sub account (e.g. 99785).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_sub_account(
            id=id,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_sub_account, _ops.parse_soap_del_sub_account),
            timeout,
            max_retries,
            deadline,
        )

    def del_time_condition(
        self,
        *,
        timecondition: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a time condition.

        Calls ``GET /api/v1/rest.php`` (delTimeCondition); changes state on the carrier.
        Over SOAP, POSTs ``<delTimeCondition>`` to ``/api/v1/server.php``.

        Args:
            timecondition: Required. ID of the time condition (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_time_condition(
            timecondition=timecondition,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_time_condition, _ops.parse_soap_del_time_condition),
            timeout,
            max_retries,
            deadline,
        )

    def del_voicemail(
        self,
        *,
        mailbox: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a voicemail box.

        Calls ``GET /api/v1/rest.php`` (delVoicemail); changes state on the carrier.
        Over SOAP, POSTs ``<delVoicemail>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Required. Mailbox number (e.g. 1001).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_voicemail(
            mailbox=mailbox,
        )
        return self._call(
            *self._over(prepared, _ops.parse_del_voicemail, _ops.parse_soap_del_voicemail),
            timeout,
            max_retries,
            deadline,
        )

    def e911_address_types(
        self,
        *,
        type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> E911AddressTypesResponse:
        """List the e911 address types, or one by code.

        Calls ``GET /api/v1/rest.php`` (e911AddressTypes).
        Over SOAP, POSTs ``<e911AddressTypes>`` to ``/api/v1/server.php``.

        Args:
            type: Code of one address type (e.g. Apartment).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            E911AddressTypesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_e911_address_types(
            type=type,
        )
        return self._call(
            *self._over(prepared, _ops.parse_e911_address_types, _ops.parse_soap_e911_address_types),
            timeout,
            max_retries,
            deadline,
        )

    def e911_cancel(
        self,
        *,
        did: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Cancel the e911 service of a DID.

        Calls ``GET /api/v1/rest.php`` (e911Cancel); changes state on the carrier.
        Over SOAP, POSTs ``<e911Cancel>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID whose e911 service to cancel.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_e911_cancel(
            did=did,
        )
        return self._call(
            *self._over(prepared, _ops.parse_e911_cancel, _ops.parse_soap_e911_cancel), timeout, max_retries, deadline
        )

    def e911_info(
        self,
        *,
        did: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> E911InfoResponse:
        """Get the e911 information of a DID.

        Calls ``GET /api/v1/rest.php`` (e911Info).
        Over SOAP, POSTs ``<e911Info>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID with e911 enabled or in process.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            E911InfoResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_e911_info(
            did=did,
        )
        return self._call(
            *self._over(prepared, _ops.parse_e911_info, _ops.parse_soap_e911_info), timeout, max_retries, deadline
        )

    def e911_provision(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Subscribe a DID to the e911 emergency service.

        Calls ``GET /api/v1/rest.php`` (e911Provision); changes state on the carrier.
        Over SOAP, POSTs ``<e911Provision>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID the e911 service applies to.
            full_name: Required. Full name of the subscriber.
            street_number: Required. Street number.
            street_name: Required. Street name.
            address_type: Address type (values from e911AddressTypes).
            address_number: Address (unit) number.
            city: Required. City.
            state: Required. State or province.
            country: Required. Country: US or CA.
            zip_code: Required. ZIP or postal code (the WSDL names it zip).
            language: Required. Language of the e911 record, EN or FR (Canadian addresses only).
            email: Required. E-mail address of the e911 record.
            other_info: Additional address information (Canadian addresses only).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_e911_provision(
            did=did,
            full_name=full_name,
            street_number=street_number,
            street_name=street_name,
            address_type=address_type,
            address_number=address_number,
            city=city,
            state=state,
            country=country,
            zip_code=zip_code,
            language=language,
            email=email,
            other_info=other_info,
        )
        return self._call(
            *self._over(prepared, _ops.parse_e911_provision, _ops.parse_soap_e911_provision),
            timeout,
            max_retries,
            deadline,
        )

    def e911_provision_manually(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Subscribe a DID to the e911 service, the address being validated by VoIP.ms staff.

        Calls ``GET /api/v1/rest.php`` (e911ProvisionManually); changes state on the carrier.
        Over SOAP, POSTs ``<e911ProvisionManually>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID the e911 service applies to.
            full_name: Required. Full name of the subscriber.
            street_number: Required. Street number.
            street_name: Required. Street name.
            address_type: Address type (values from e911AddressTypes).
            address_number: Address (unit) number.
            city: Required. City.
            state: Required. State or province.
            country: Required. Country: US or CA.
            zip_code: Required. ZIP or postal code (the WSDL names it zip).
            language: Required. Language of the e911 record, EN or FR (Canadian addresses only).
            email: Required. E-mail address of the e911 record.
            other_info: Additional address information (Canadian addresses only).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_e911_provision_manually(
            did=did,
            full_name=full_name,
            street_number=street_number,
            street_name=street_name,
            address_type=address_type,
            address_number=address_number,
            city=city,
            state=state,
            country=country,
            zip_code=zip_code,
            language=language,
            email=email,
            other_info=other_info,
        )
        return self._call(
            *self._over(prepared, _ops.parse_e911_provision_manually, _ops.parse_soap_e911_provision_manually),
            timeout,
            max_retries,
            deadline,
        )

    def e911_update(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update the e911 subscription of a DID.

        Calls ``GET /api/v1/rest.php`` (e911Update); changes state on the carrier.
        Over SOAP, POSTs ``<e911Update>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID the e911 service applies to.
            full_name: Required. Full name of the subscriber.
            street_number: Required. Street number.
            street_name: Required. Street name.
            address_type: Address type (values from e911AddressTypes).
            address_number: Address (unit) number.
            city: Required. City.
            state: Required. State or province.
            country: Required. Country: US or CA.
            zip_code: Required. ZIP or postal code (the WSDL names it zip).
            language: Required. Language of the e911 record, EN or FR (Canadian addresses only).
            email: Required. E-mail address of the e911 record.
            other_info: Additional address information (Canadian addresses only).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_e911_update(
            did=did,
            full_name=full_name,
            street_number=street_number,
            street_name=street_name,
            address_type=address_type,
            address_number=address_number,
            city=city,
            state=state,
            country=country,
            zip_code=zip_code,
            language=language,
            email=email,
            other_info=other_info,
        )
        return self._call(
            *self._over(prepared, _ops.parse_e911_update, _ops.parse_soap_e911_update), timeout, max_retries, deadline
        )

    def e911_validate(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Validate e911 information before subscribing a DID.

        Calls ``GET /api/v1/rest.php`` (e911Validate).
        Over SOAP, POSTs ``<e911Validate>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID the e911 service applies to.
            full_name: Required. Full name of the subscriber.
            street_number: Required. Street number.
            street_name: Required. Street name.
            address_type: Address type (values from e911AddressTypes).
            address_number: Address (unit) number.
            city: Required. City.
            state: Required. State or province.
            country: Required. Country: US or CA.
            zip_code: Required. ZIP or postal code (the WSDL names it zip).
            language: Language of the e911 record, EN or FR (Canadian addresses only).
            email: Required. E-mail address of the e911 record.
            other_info: Additional address information (Canadian addresses only).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_e911_validate(
            did=did,
            full_name=full_name,
            street_number=street_number,
            street_name=street_name,
            address_type=address_type,
            address_number=address_number,
            city=city,
            state=state,
            country=country,
            zip_code=zip_code,
            language=language,
            email=email,
            other_info=other_info,
        )
        return self._call(
            *self._over(prepared, _ops.parse_e911_validate, _ops.parse_soap_e911_validate),
            timeout,
            max_retries,
            deadline,
        )

    def get_allowed_codecs(
        self,
        *,
        codec: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetAllowedCodecsResponse:
        """List the allowed codecs, or one by code.

        Calls ``GET /api/v1/rest.php`` (getAllowedCodecs).
        Over SOAP, POSTs ``<getAllowedCodecs>`` to ``/api/v1/server.php``.

        Args:
            codec: Code of one codec (e.g. ulaw).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetAllowedCodecsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_allowed_codecs(
            codec=codec,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_allowed_codecs, _ops.parse_soap_get_allowed_codecs),
            timeout,
            max_retries,
            deadline,
        )

    def get_auth_types(
        self,
        *,
        type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetAuthTypesResponse:
        """List the sub account authentication types, or one by code.

        Calls ``GET /api/v1/rest.php`` (getAuthTypes).
        Over SOAP, POSTs ``<getAuthTypes>`` to ``/api/v1/server.php``.

        Args:
            type: Code of one authentication type (e.g. 2).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetAuthTypesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_auth_types(
            type=type,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_auth_types, _ops.parse_soap_get_auth_types),
            timeout,
            max_retries,
            deadline,
        )

    def get_back_orders(
        self,
        *,
        id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetBackOrdersResponse:
        """List back-ordered DIDs, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getBackOrders).
        Over SOAP, POSTs ``<getBackOrders>`` to ``/api/v1/server.php``.

        Args:
            id: ID of one back order.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetBackOrdersResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_back_orders(
            id=id,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_back_orders, _ops.parse_soap_get_back_orders),
            timeout,
            max_retries,
            deadline,
        )

    def get_balance(
        self,
        *,
        advanced: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetBalanceResponse:
        """Get the account balance, with call statistics when advanced is set.

        Calls ``GET /api/v1/rest.php`` (getBalance).
        Over SOAP, POSTs ``<getBalance>`` to ``/api/v1/server.php``.

        Args:
            advanced: Include call statistics.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetBalanceResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_balance(
            advanced=advanced,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_balance, _ops.parse_soap_get_balance), timeout, max_retries, deadline
        )

    def get_balance_management(
        self,
        *,
        balance_management: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetBalanceManagementResponse:
        """List the balance management options, or one by code.

        Calls ``GET /api/v1/rest.php`` (getBalanceManagement).
        Over SOAP, POSTs ``<getBalanceManagement>`` to ``/api/v1/server.php``.

        Args:
            balance_management: Code of one balance management option (e.g. 1).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetBalanceManagementResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_balance_management(
            balance_management=balance_management,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_balance_management, _ops.parse_soap_get_balance_management),
            timeout,
            max_retries,
            deadline,
        )

    def get_call_accounts(
        self,
        *,
        client: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallAccountsResponse:
        """List the accounts usable as a CDR filter: all of them, or those of one reseller client.

        Calls ``GET /api/v1/rest.php`` (getCallAccounts).
        Over SOAP, POSTs ``<getCallAccounts>`` to ``/api/v1/server.php``.

        Args:
            client: ID of a reseller client, to list only its accounts (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallAccountsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_accounts(
            client=client,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_call_accounts, _ops.parse_soap_get_call_accounts),
            timeout,
            max_retries,
            deadline,
        )

    def get_callbacks(
        self,
        *,
        callback: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallbacksResponse:
        """List callback entries, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getCallbacks).
        Over SOAP, POSTs ``<getCallbacks>`` to ``/api/v1/server.php``.

        Args:
            callback: ID of one callback (e.g. 2359).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallbacksResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_callbacks(
            callback=callback,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_callbacks, _ops.parse_soap_get_callbacks),
            timeout,
            max_retries,
            deadline,
        )

    def get_call_billing(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallBillingResponse:
        """List the call billing options usable as a CDR filter.

        Calls ``GET /api/v1/rest.php`` (getCallBilling).
        Over SOAP, POSTs ``<getCallBilling>`` to ``/api/v1/server.php``.

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallBillingResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_billing()
        return self._call(
            *self._over(prepared, _ops.parse_get_call_billing, _ops.parse_soap_get_call_billing),
            timeout,
            max_retries,
            deadline,
        )

    def get_caller_id_filtering(
        self,
        *,
        filtering: str | None = None,
        did: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallerIDFilteringResponse:
        """List caller ID filtering entries, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getCallerIDFiltering).
        Over SOAP, POSTs ``<getCallerIDFiltering>`` to ``/api/v1/server.php``.

        Args:
            filtering: ID of one caller ID filtering (e.g. 18915).
            did: Only filterings of this DID (e.g. 5551234567).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallerIDFilteringResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_caller_id_filtering(
            filtering=filtering,
            did=did,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_caller_id_filtering, _ops.parse_soap_get_caller_id_filtering),
            timeout,
            max_retries,
            deadline,
        )

    def get_call_huntings(
        self,
        *,
        callhunting: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallHuntingsResponse:
        """List call hunting entries, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getCallHuntings).
        Over SOAP, POSTs ``<getCallHuntings>`` to ``/api/v1/server.php``.

        Args:
            callhunting: ID of one call hunting (e.g. 323).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallHuntingsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_huntings(
            callhunting=callhunting,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_call_huntings, _ops.parse_soap_get_call_huntings),
            timeout,
            max_retries,
            deadline,
        )

    def get_call_parking(
        self,
        *,
        callparking: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallParkingResponse:
        """List call parking entries, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getCallParking).
        Over SOAP, POSTs ``<getCallParking>`` to ``/api/v1/server.php``.

        Args:
            callparking: ID of one call parking (e.g. 737).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallParkingResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_parking(
            callparking=callparking,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_call_parking, _ops.parse_soap_get_call_parking),
            timeout,
            max_retries,
            deadline,
        )

    def get_call_recording(
        self,
        *,
        callrecording: str,
        account: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallRecordingResponse:
        """Get one call recording with its MP3 file (Base64).

        Calls ``GET /api/v1/rest.php`` (getCallRecording).
        Over SOAP, POSTs ``<getCallRecording>`` to ``/api/v1/server.php``.

        Args:
            callrecording: Required. Call recording ID (values from getCallRecordings).
            account: Required. Account of the recording (values from getCallRecordings).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallRecordingResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_recording(
            callrecording=callrecording,
            account=account,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_call_recording, _ops.parse_soap_get_call_recording),
            timeout,
            max_retries,
            deadline,
        )

    def get_call_recordings(
        self,
        *,
        account: str,
        start: int | None = None,
        length: int | None = None,
        date_from: _dt.date,
        date_to: _dt.date,
        call_type: CallRecordingType | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallRecordingsResponse:
        """List the call recordings of an account between two dates.

        Calls ``GET /api/v1/rest.php`` (getCallRecordings).
        Over SOAP, POSTs ``<getCallRecordings>`` to ``/api/v1/server.php``.

        Args:
            account: Required. Account (values from getCallAccounts).
            start: Number of records to skip, for paging.
            length: Number of records to return.
            date_from: Required. Start date (YYYY-MM-DD).
            date_to: Required. End date (YYYY-MM-DD).
            call_type: Only incoming or outgoing calls, or all.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallRecordingsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_recordings(
            account=account,
            start=start,
            length=length,
            date_from=date_from,
            date_to=date_to,
            call_type=call_type,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_call_recordings, _ops.parse_soap_get_call_recordings),
            timeout,
            max_retries,
            deadline,
        )

    def get_call_transcriptions(
        self,
        *,
        account: str,
        date_to: _dt.date,
        date_from: _dt.date,
        call_type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallTranscriptionsResponse:
        """List the call transcriptions of an account between two dates.

        Calls ``GET /api/v1/rest.php`` (getCallTranscriptions).
        Over SOAP, POSTs ``<getCallTranscriptions>`` to ``/api/v1/server.php``.

        Args:
            account: Required. Account (e.g. 100001_VoIP).
            date_to: Required. End date (YYYY-MM-DD).
            date_from: Required. Start date (YYYY-MM-DD).
            call_type: Call type filter (values from getCallTypes).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallTranscriptionsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_transcriptions(
            account=account,
            date_to=date_to,
            date_from=date_from,
            call_type=call_type,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_call_transcriptions, _ops.parse_soap_get_call_transcriptions),
            timeout,
            max_retries,
            deadline,
        )

    def get_call_types(
        self,
        *,
        client: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallTypesResponse:
        """List the call types and DIDs usable as a CDR filter, optionally for a reseller client.

        Calls ``GET /api/v1/rest.php`` (getCallTypes).
        Over SOAP, POSTs ``<getCallTypes>`` to ``/api/v1/server.php``.

        Args:
            client: ID of a reseller client, to list its DIDs (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallTypesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_types(
            client=client,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_call_types, _ops.parse_soap_get_call_types),
            timeout,
            max_retries,
            deadline,
        )

    def get_carriers(
        self,
        *,
        carrier: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCarriersResponse:
        """List the carriers for vanity numbers, or one by code.

        Calls ``GET /api/v1/rest.php`` (getCarriers).
        Over SOAP, POSTs ``<getCarriers>`` to ``/api/v1/server.php``.

        Args:
            carrier: Code of one carrier (e.g. 2).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCarriersResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_carriers(
            carrier=carrier,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_carriers, _ops.parse_soap_get_carriers), timeout, max_retries, deadline
        )

    def get_cdr(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCDRResponse:
        """List the call detail records of the account between two dates.

        Calls ``GET /api/v1/rest.php`` (getCDR).
        Over SOAP, POSTs ``<getCDR>`` to ``/api/v1/server.php``.

        Args:
            date_from: Required. Start date (YYYY-MM-DD).
            date_to: Required. End date (YYYY-MM-DD).
            answered: Include answered calls.
            noanswer: Include unanswered calls.
            busy: Include busy calls.
            failed: Include failed calls.
            timezone: Required. Time zone offset for the call times, -12 to 13. (at least -12; at most 13)
            calltype: Call type filter (values from getCallTypes).
            callbilling: Call billing filter (values from getCallBilling).
            account: Account filter (values from getCallAccounts).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCDRResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_cdr(
            date_from=date_from,
            date_to=date_to,
            answered=answered,
            noanswer=noanswer,
            busy=busy,
            failed=failed,
            timezone=timezone,
            calltype=calltype,
            callbilling=callbilling,
            account=account,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_cdr, _ops.parse_soap_get_cdr), timeout, max_retries, deadline
        )

    def get_charges(
        self,
        *,
        client: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetChargesResponse:
        """List the charges made to a reseller client.

        Calls ``GET /api/v1/rest.php`` (getCharges).
        Over SOAP, POSTs ``<getCharges>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetChargesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_charges(
            client=client,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_charges, _ops.parse_soap_get_charges), timeout, max_retries, deadline
        )

    def get_client_packages(
        self,
        *,
        client: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetClientPackagesResponse:
        """List the packages of a reseller client.

        Calls ``GET /api/v1/rest.php`` (getClientPackages).
        Over SOAP, POSTs ``<getClientPackages>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetClientPackagesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_client_packages(
            client=client,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_client_packages, _ops.parse_soap_get_client_packages),
            timeout,
            max_retries,
            deadline,
        )

    def get_clients(
        self,
        *,
        client: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetClientsResponse:
        """List reseller clients, or one by ID or e-mail.

        Calls ``GET /api/v1/rest.php`` (getClients).
        Over SOAP, POSTs ``<getClients>`` to ``/api/v1/server.php``.

        Args:
            client: ID or e-mail of one reseller client (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetClientsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_clients(
            client=client,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_clients, _ops.parse_soap_get_clients), timeout, max_retries, deadline
        )

    def get_client_threshold(
        self,
        *,
        client: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetClientThresholdResponse:
        """Get the balance threshold settings of a reseller client.

        Calls ``GET /api/v1/rest.php`` (getClientThreshold).
        Over SOAP, POSTs ``<getClientThreshold>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetClientThresholdResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_client_threshold(
            client=client,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_client_threshold, _ops.parse_soap_get_client_threshold),
            timeout,
            max_retries,
            deadline,
        )

    def get_conference(
        self,
        *,
        conference: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetConferenceResponse:
        """List conferences, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getConference).
        Over SOAP, POSTs ``<getConference>`` to ``/api/v1/server.php``.

        Args:
            conference: ID of one conference (e.g. 1599).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetConferenceResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_conference(
            conference=conference,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_conference, _ops.parse_soap_get_conference),
            timeout,
            max_retries,
            deadline,
        )

    def get_conference_members(
        self,
        *,
        member: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetConferenceMembersResponse:
        """List conference member profiles, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getConferenceMembers).
        Over SOAP, POSTs ``<getConferenceMembers>`` to ``/api/v1/server.php``.

        Args:
            member: ID of one member profile (e.g. 1599).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetConferenceMembersResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_conference_members(
            member=member,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_conference_members, _ops.parse_soap_get_conference_members),
            timeout,
            max_retries,
            deadline,
        )

    def get_conference_recording_file(
        self,
        *,
        conference: int,
        recording: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetConferenceRecordingFileResponse:
        """Get a conference recording file (Base64).

        Calls ``GET /api/v1/rest.php`` (getConferenceRecordingFile).
        Over SOAP, POSTs ``<getConferenceRecordingFile>`` to ``/api/v1/server.php``.

        Args:
            conference: Required. ID of the conference (e.g. 5356).
            recording: Required. ID of the conference recording (e.g. 1543338379).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetConferenceRecordingFileResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_conference_recording_file(
            conference=conference,
            recording=recording,
        )
        return self._call(
            *self._over(
                prepared, _ops.parse_get_conference_recording_file, _ops.parse_soap_get_conference_recording_file
            ),
            timeout,
            max_retries,
            deadline,
        )

    def get_conference_recordings(
        self,
        *,
        conference: int,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetConferenceRecordingsResponse:
        """List the recordings of a conference.

        Calls ``GET /api/v1/rest.php`` (getConferenceRecordings).
        Over SOAP, POSTs ``<getConferenceRecordings>`` to ``/api/v1/server.php``.

        Args:
            conference: Required. ID of the conference (e.g. 5356).
            date_from: Start date (YYYY-MM-DD).
            date_to: End date (YYYY-MM-DD).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetConferenceRecordingsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_conference_recordings(
            conference=conference,
            date_from=date_from,
            date_to=date_to,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_conference_recordings, _ops.parse_soap_get_conference_recordings),
            timeout,
            max_retries,
            deadline,
        )

    def get_countries(
        self,
        *,
        country: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCountriesResponse:
        """List countries, or one by code.

        Calls ``GET /api/v1/rest.php`` (getCountries).
        Over SOAP, POSTs ``<getCountries>`` to ``/api/v1/server.php``.

        Args:
            country: Code of one country (e.g. CA).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCountriesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_countries(
            country=country,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_countries, _ops.parse_soap_get_countries),
            timeout,
            max_retries,
            deadline,
        )

    def get_deposits(
        self,
        *,
        client: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDepositsResponse:
        """List the deposits made for a reseller client.

        Calls ``GET /api/v1/rest.php`` (getDeposits).
        Over SOAP, POSTs ``<getDeposits>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDepositsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_deposits(
            client=client,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_deposits, _ops.parse_soap_get_deposits), timeout, max_retries, deadline
        )

    def get_device_types(
        self,
        *,
        device_type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDeviceTypesResponse:
        """List the device types, or one by code.

        Calls ``GET /api/v1/rest.php`` (getDeviceTypes).
        Over SOAP, POSTs ``<getDeviceTypes>`` to ``/api/v1/server.php``.

        Args:
            device_type: Code of one device type (e.g. 1).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDeviceTypesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_device_types(
            device_type=device_type,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_device_types, _ops.parse_soap_get_device_types),
            timeout,
            max_retries,
            deadline,
        )

    def get_did_countries(
        self,
        *,
        country_id: str | None = None,
        type: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDIDCountriesResponse:
        """List the countries offering international DIDs of a type, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getDIDCountries).
        Over SOAP, POSTs ``<getDIDCountries>`` to ``/api/v1/server.php``.

        Args:
            country_id: ID of one country (e.g. 205).
            type: Required. Type of international DID (values from getInternationalTypes).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDIDCountriesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_did_countries(
            country_id=country_id,
            type=type,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_did_countries, _ops.parse_soap_get_did_countries),
            timeout,
            max_retries,
            deadline,
        )

    def get_dids_can(
        self,
        *,
        province: str,
        ratecenter: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDIDsCANResponse:
        """List available Canadian DIDs by province and rate center.

        Calls ``GET /api/v1/rest.php`` (getDIDsCAN).
        Over SOAP, POSTs ``<getDIDsCAN>`` to ``/api/v1/server.php``.

        Args:
            province: Required. Canadian province (values from getProvinces).
            ratecenter: Canadian rate center (values from getRateCentersCAN).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDIDsCANResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_dids_can(
            province=province,
            ratecenter=ratecenter,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_dids_can, _ops.parse_soap_get_dids_can), timeout, max_retries, deadline
        )

    def get_dids_info(
        self,
        *,
        client: str | None = None,
        did: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDIDsInfoResponse:
        """Get the DIDs of the account, a reseller client or a sub account, or one DID.

        Calls ``GET /api/v1/rest.php`` (getDIDsInfo).
        Over SOAP, POSTs ``<getDIDsInfo>`` to ``/api/v1/server.php``.

        Args:
            client: Reseller client ID (e.g. 561115) or sub account (e.g. 100001_VoIP) whose DIDs to return.
            did: Only this DID (e.g. 5551234567).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDIDsInfoResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_dids_info(
            client=client,
            did=did,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_dids_info, _ops.parse_soap_get_dids_info),
            timeout,
            max_retries,
            deadline,
        )

    def get_dids_international_geographic(
        self,
        *,
        country_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDIDsInternationalGeographicResponse:
        """List international geographic DID locations of a country.

        Calls ``GET /api/v1/rest.php`` (getDIDsInternationalGeographic).
        Over SOAP, POSTs ``<getDIDsInternationalGeographic>`` to ``/api/v1/server.php``.

        Args:
            country_id: Required. ID of the country (values from getDIDCountries).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDIDsInternationalGeographicResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_dids_international_geographic(
            country_id=country_id,
        )
        return self._call(
            *self._over(
                prepared,
                _ops.parse_get_dids_international_geographic,
                _ops.parse_soap_get_dids_international_geographic,
            ),
            timeout,
            max_retries,
            deadline,
        )

    def get_dids_international_national(
        self,
        *,
        country_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDIDsInternationalNationalResponse:
        """List international national DID locations of a country.

        Calls ``GET /api/v1/rest.php`` (getDIDsInternationalNational).
        Over SOAP, POSTs ``<getDIDsInternationalNational>`` to ``/api/v1/server.php``.

        Args:
            country_id: Required. ID of the country (values from getDIDCountries).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDIDsInternationalNationalResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_dids_international_national(
            country_id=country_id,
        )
        return self._call(
            *self._over(
                prepared, _ops.parse_get_dids_international_national, _ops.parse_soap_get_dids_international_national
            ),
            timeout,
            max_retries,
            deadline,
        )

    def get_dids_international_toll_free(
        self,
        *,
        country_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDIDsInternationalTollFreeResponse:
        """List international toll-free DID locations of a country.

        Calls ``GET /api/v1/rest.php`` (getDIDsInternationalTollFree).
        Over SOAP, POSTs ``<getDIDsInternationalTollFree>`` to ``/api/v1/server.php``.

        Args:
            country_id: Required. ID of the country (values from getDIDCountries).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDIDsInternationalTollFreeResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_dids_international_toll_free(
            country_id=country_id,
        )
        return self._call(
            *self._over(
                prepared, _ops.parse_get_dids_international_toll_free, _ops.parse_soap_get_dids_international_toll_free
            ),
            timeout,
            max_retries,
            deadline,
        )

    def get_dids_usa(
        self,
        *,
        state: str,
        ratecenter: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDIDsUSAResponse:
        """List available USA DIDs by state and rate center.

        Calls ``GET /api/v1/rest.php`` (getDIDsUSA).
        Over SOAP, POSTs ``<getDIDsUSA>`` to ``/api/v1/server.php``.

        Args:
            state: Required. USA state (values from getStates).
            ratecenter: USA rate center (values from getRateCentersUSA).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDIDsUSAResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_dids_usa(
            state=state,
            ratecenter=ratecenter,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_dids_usa, _ops.parse_soap_get_dids_usa), timeout, max_retries, deadline
        )

    def get_did_vpri(
        self,
        *,
        vpri: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDIDvPRIResponse:
        """List the DIDs assigned to a vPRI.

        Calls ``GET /api/v1/rest.php`` (getDIDvPRI).
        Over SOAP, POSTs ``<getDIDvPRI>`` to ``/api/v1/server.php``.

        Args:
            vpri: Required. ID of the vPRI.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDIDvPRIResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_did_vpri(
            vpri=vpri,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_did_vpri, _ops.parse_soap_get_did_vpri), timeout, max_retries, deadline
        )

    def get_disas(
        self,
        *,
        disa: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDISAsResponse:
        """List DISA entries, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getDISAs).
        Over SOAP, POSTs ``<getDISAs>`` to ``/api/v1/server.php``.

        Args:
            disa: ID of one DISA (e.g. 2114).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDISAsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_disas(
            disa=disa,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_disas, _ops.parse_soap_get_disas), timeout, max_retries, deadline
        )

    def get_dtmf_modes(
        self,
        *,
        dtmf_mode: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDTMFModesResponse:
        """List the DTMF modes, or one by code.

        Calls ``GET /api/v1/rest.php`` (getDTMFModes).
        Over SOAP, POSTs ``<getDTMFModes>`` to ``/api/v1/server.php``.

        Args:
            dtmf_mode: Code of one DTMF mode (e.g. inband).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDTMFModesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_dtmf_modes(
            dtmf_mode=dtmf_mode,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_dtmf_modes, _ops.parse_soap_get_dtmf_modes),
            timeout,
            max_retries,
            deadline,
        )

    def get_email_to_fax(
        self,
        *,
        id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetEmailToFaxResponse:
        """List email-to-fax configurations, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getEmailToFax).
        Over SOAP, POSTs ``<getEmailToFax>`` to ``/api/v1/server.php``.

        Args:
            id: ID of one email-to-fax configuration (undocumented).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetEmailToFaxResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_email_to_fax(
            id=id,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_email_to_fax, _ops.parse_soap_get_email_to_fax),
            timeout,
            max_retries,
            deadline,
        )

    def get_fax_folders(
        self,
        *,
        id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetFaxFoldersResponse:
        """List the fax folders of the account.

        Calls ``GET /api/v1/rest.php`` (getFaxFolders).
        Over SOAP, POSTs ``<getFaxFolders>`` to ``/api/v1/server.php``.

        Args:
            id: ID of one fax folder (undocumented).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetFaxFoldersResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_folders(
            id=id,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_fax_folders, _ops.parse_soap_get_fax_folders),
            timeout,
            max_retries,
            deadline,
        )

    def get_fax_message_pdf(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetFaxMessagePDFResponse:
        """Get a fax message as a Base64-encoded PDF.

        Calls ``GET /api/v1/rest.php`` (getFaxMessagePDF).
        Over SOAP, POSTs ``<getFaxMessagePDF>`` to ``/api/v1/server.php``.

        Args:
            id: Required. ID of the fax message (values from getFaxMessages).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetFaxMessagePDFResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_message_pdf(
            id=id,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_fax_message_pdf, _ops.parse_soap_get_fax_message_pdf),
            timeout,
            max_retries,
            deadline,
        )

    def get_fax_messages(
        self,
        *,
        from_: _dt.date | None = None,
        to: _dt.date | None = None,
        folder: str | None = None,
        id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetFaxMessagesResponse:
        """List fax messages, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getFaxMessages).
        Over SOAP, POSTs ``<getFaxMessages>`` to ``/api/v1/server.php``.

        Args:
            from_: Start date (YYYY-MM-DD); default today.
            to: End date (YYYY-MM-DD); default today.
            folder: Fax folder name (e.g. SENT); default all. (carrier default: ALL)
            id: ID of one fax message (e.g. 23434).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetFaxMessagesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_messages(
            from_=from_,
            to=to,
            folder=folder,
            id=id,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_fax_messages, _ops.parse_soap_get_fax_messages),
            timeout,
            max_retries,
            deadline,
        )

    def get_fax_numbers_info(
        self,
        *,
        did: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetFaxNumbersInfoResponse:
        """List the fax numbers of the account, or one number.

        Calls ``GET /api/v1/rest.php`` (getFaxNumbersInfo).
        Over SOAP, POSTs ``<getFaxNumbersInfo>`` to ``/api/v1/server.php``.

        Args:
            did: Only this fax number.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetFaxNumbersInfoResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_numbers_info(
            did=did,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_fax_numbers_info, _ops.parse_soap_get_fax_numbers_info),
            timeout,
            max_retries,
            deadline,
        )

    def get_fax_numbers_portability(
        self,
        *,
        did: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetFaxNumbersPortabilityResponse:
        """Tell whether a fax number can be ported to VoIP.ms.

        Calls ``GET /api/v1/rest.php`` (getFaxNumbersPortability).
        Over SOAP, POSTs ``<getFaxNumbersPortability>`` to ``/api/v1/server.php``.

        Args:
            did: Required. Number to check (e.g. 5552341234).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetFaxNumbersPortabilityResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_numbers_portability(
            did=did,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_fax_numbers_portability, _ops.parse_soap_get_fax_numbers_portability),
            timeout,
            max_retries,
            deadline,
        )

    def get_fax_provinces(
        self,
        *,
        province: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetFaxProvincesResponse:
        """List the Canadian provinces offering fax numbers, or one by code.

        Calls ``GET /api/v1/rest.php`` (getFaxProvinces).
        Over SOAP, POSTs ``<getFaxProvinces>`` to ``/api/v1/server.php``.

        Args:
            province: Code of one province (e.g. AB).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetFaxProvincesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_provinces(
            province=province,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_fax_provinces, _ops.parse_soap_get_fax_provinces),
            timeout,
            max_retries,
            deadline,
        )

    def get_fax_rate_centers_can(
        self,
        *,
        province: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetFaxRateCentersCANResponse:
        """List the Canadian fax rate centers of a province.

        Calls ``GET /api/v1/rest.php`` (getFaxRateCentersCAN).
        Over SOAP, POSTs ``<getFaxRateCentersCAN>`` to ``/api/v1/server.php``.

        Args:
            province: Required. Two-letter province code (e.g. AB).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetFaxRateCentersCANResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_rate_centers_can(
            province=province,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_fax_rate_centers_can, _ops.parse_soap_get_fax_rate_centers_can),
            timeout,
            max_retries,
            deadline,
        )

    def get_fax_rate_centers_usa(
        self,
        *,
        state: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetFaxRateCentersUSAResponse:
        """List the USA fax rate centers of a state.

        Calls ``GET /api/v1/rest.php`` (getFaxRateCentersUSA).
        Over SOAP, POSTs ``<getFaxRateCentersUSA>`` to ``/api/v1/server.php``.

        Args:
            state: Required. Two-letter state code (e.g. AL).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetFaxRateCentersUSAResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_rate_centers_usa(
            state=state,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_fax_rate_centers_usa, _ops.parse_soap_get_fax_rate_centers_usa),
            timeout,
            max_retries,
            deadline,
        )

    def get_fax_states(
        self,
        *,
        state: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetFaxStatesResponse:
        """List the USA states offering fax numbers, or one by code.

        Calls ``GET /api/v1/rest.php`` (getFaxStates).
        Over SOAP, POSTs ``<getFaxStates>`` to ``/api/v1/server.php``.

        Args:
            state: Code of one state (e.g. AL).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetFaxStatesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_states(
            state=state,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_fax_states, _ops.parse_soap_get_fax_states),
            timeout,
            max_retries,
            deadline,
        )

    def get_forwardings(
        self,
        *,
        forwarding: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetForwardingsResponse:
        """List forwarding entries, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getForwardings).
        Over SOAP, POSTs ``<getForwardings>`` to ``/api/v1/server.php``.

        Args:
            forwarding: ID of one forwarding (e.g. 18635).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetForwardingsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_forwardings(
            forwarding=forwarding,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_forwardings, _ops.parse_soap_get_forwardings),
            timeout,
            max_retries,
            deadline,
        )

    def get_international_types(
        self,
        *,
        type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetInternationalTypesResponse:
        """List the international DID types, or one by code.

        Calls ``GET /api/v1/rest.php`` (getInternationalTypes).
        Over SOAP, POSTs ``<getInternationalTypes>`` to ``/api/v1/server.php``.

        Args:
            type: Code of one international type (e.g. NATIONAL).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetInternationalTypesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_international_types(
            type=type,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_international_types, _ops.parse_soap_get_international_types),
            timeout,
            max_retries,
            deadline,
        )

    def get_invoice(
        self,
        *,
        from_: _dt.date | None = None,
        to: _dt.date | None = None,
        range: int | None = None,
        type: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetInvoiceResponse:
        """Get a URL to download the invoice of a period as a PDF file.

        Calls ``GET /api/v1/rest.php`` (getInvoice).
        REST only: a SOAP client refuses it.

        Args:
            from_: First day of the invoice (e.g. 2020-11-25).
            to: Last day of the invoice (e.g. 2020-12-25).
            range: A predefined period instead of from and to: 1 last month, 2 last 2 months, 3 last 3 months, 4
                current month, 5 last week, 6 current week. (at least 1; at most 6)
            type: Which invoice: 0 US, 1 Canada. (at least 0; at most 1)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetInvoiceResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_invoice(
            from_=from_,
            to=to,
            range=range,
            type=type,
        )
        return self._call(self._rest_only(prepared), _ops.parse_get_invoice, timeout, max_retries, deadline)

    def get_ip(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetIPResponse:
        """Get the IP address the API sees for this client (the only call not checked against the allowed IPs).

        Calls ``GET /api/v1/rest.php`` (getIP).
        Over SOAP, POSTs ``<getIP>`` to ``/api/v1/server.php``.

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetIPResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_ip()
        return self._call(
            *self._over(prepared, _ops.parse_get_ip, _ops.parse_soap_get_ip), timeout, max_retries, deadline
        )

    def get_ivrs(
        self,
        *,
        ivr: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetIVRsResponse:
        """List IVRs, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getIVRs).
        Over SOAP, POSTs ``<getIVRs>`` to ``/api/v1/server.php``.

        Args:
            ivr: ID of one IVR (e.g. 4636).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetIVRsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_ivrs(
            ivr=ivr,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_ivrs, _ops.parse_soap_get_ivrs), timeout, max_retries, deadline
        )

    def get_join_when_empty_types(
        self,
        *,
        type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetJoinWhenEmptyTypesResponse:
        """List the queue 'join when empty' types, or one by code.

        Calls ``GET /api/v1/rest.php`` (getJoinWhenEmptyTypes).
        Over SOAP, POSTs ``<getJoinWhenEmptyTypes>`` to ``/api/v1/server.php``.

        Args:
            type: Code of one type (e.g. yes).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetJoinWhenEmptyTypesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_join_when_empty_types(
            type=type,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_join_when_empty_types, _ops.parse_soap_get_join_when_empty_types),
            timeout,
            max_retries,
            deadline,
        )

    def get_languages(
        self,
        *,
        language: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLanguagesResponse:
        """List the system languages, or one by code.

        Calls ``GET /api/v1/rest.php`` (getLanguages).
        Over SOAP, POSTs ``<getLanguages>`` to ``/api/v1/server.php``.

        Args:
            language: Code of one language (e.g. en).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLanguagesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_languages(
            language=language,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_languages, _ops.parse_soap_get_languages),
            timeout,
            max_retries,
            deadline,
        )

    def get_lnp_attach(
        self,
        *,
        portid: int,
        attachid: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLNPAttachResponse:
        """Get an invoice file attached to a port order.

        Calls ``GET /api/v1/rest.php`` (getLNPAttach).
        Over SOAP, POSTs ``<getLNPAttach>`` to ``/api/v1/server.php``.

        Args:
            portid: Required. ID of the port order.
            attachid: Required. ID of the attached invoice.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLNPAttachResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_lnp_attach(
            portid=portid,
            attachid=attachid,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_lnp_attach, _ops.parse_soap_get_lnp_attach),
            timeout,
            max_retries,
            deadline,
        )

    def get_lnp_attach_list(
        self,
        *,
        portid: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLNPAttachListResponse:
        """List the invoice files attached to a port order.

        Calls ``GET /api/v1/rest.php`` (getLNPAttachList).
        Over SOAP, POSTs ``<getLNPAttachList>`` to ``/api/v1/server.php``.

        Args:
            portid: Required. ID of the port order.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLNPAttachListResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_lnp_attach_list(
            portid=portid,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_lnp_attach_list, _ops.parse_soap_get_lnp_attach_list),
            timeout,
            max_retries,
            deadline,
        )

    def get_lnp_details(
        self,
        *,
        portid: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> object:
        """Get the details of a port order.

        Calls ``GET /api/v1/rest.php`` (getLNPDetails).
        Over SOAP, POSTs ``<getLNPDetails>`` to ``/api/v1/server.php``.

        Args:
            portid: Required. ID of the port order.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            object

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_lnp_details(
            portid=portid,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_lnp_details, _ops.parse_soap_get_lnp_details),
            timeout,
            max_retries,
            deadline,
        )

    def get_lnp_list(
        self,
        *,
        portid: int,
        port_status: str | None = None,
        start_date: _dt.date | None = None,
        end_date: _dt.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLNPListResponse:
        """List the port orders of the account.

        Calls ``GET /api/v1/rest.php`` (getLNPList).
        Over SOAP, POSTs ``<getLNPList>`` to ``/api/v1/server.php``.

        Args:
            portid: Required. ID of the port order.
            port_status: Only ports with this status (values from getLNPListStatus).
            start_date: Start date for filtering ports.
            end_date: End date for filtering ports.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLNPListResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_lnp_list(
            portid=portid,
            port_status=port_status,
            start_date=start_date,
            end_date=end_date,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_lnp_list, _ops.parse_soap_get_lnp_list), timeout, max_retries, deadline
        )

    def get_lnp_list_status(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLNPListStatusResponse:
        """List the possible statuses of a port order.

        Calls ``GET /api/v1/rest.php`` (getLNPListStatus).
        Over SOAP, POSTs ``<getLNPListStatus>`` to ``/api/v1/server.php``.

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLNPListStatusResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_lnp_list_status()
        return self._call(
            *self._over(prepared, _ops.parse_get_lnp_list_status, _ops.parse_soap_get_lnp_list_status),
            timeout,
            max_retries,
            deadline,
        )

    def get_lnp_notes(
        self,
        *,
        portid: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLNPNotesResponse:
        """List the notes of a port order.

        Calls ``GET /api/v1/rest.php`` (getLNPNotes).
        Over SOAP, POSTs ``<getLNPNotes>`` to ``/api/v1/server.php``.

        Args:
            portid: Required. ID of the port order.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLNPNotesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_lnp_notes(
            portid=portid,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_lnp_notes, _ops.parse_soap_get_lnp_notes),
            timeout,
            max_retries,
            deadline,
        )

    def get_lnp_status(
        self,
        *,
        portid: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLNPStatusResponse:
        """Get the current status of a port order.

        Calls ``GET /api/v1/rest.php`` (getLNPStatus).
        Over SOAP, POSTs ``<getLNPStatus>`` to ``/api/v1/server.php``.

        Args:
            portid: Required. ID of the port order.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLNPStatusResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_lnp_status(
            portid=portid,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_lnp_status, _ops.parse_soap_get_lnp_status),
            timeout,
            max_retries,
            deadline,
        )

    def get_locales(
        self,
        *,
        locale: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLocalesResponse:
        """List the transcription locales, or one by code.

        Calls ``GET /api/v1/rest.php`` (getLocales).
        Over SOAP, POSTs ``<getLocales>`` to ``/api/v1/server.php``.

        Args:
            locale: Code of one locale (e.g. en-US).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLocalesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_locales(
            locale=locale,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_locales, _ops.parse_soap_get_locales), timeout, max_retries, deadline
        )

    def get_locations(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLocationsResponse:
        """List the internal extension locations.

        Calls ``GET /api/v1/rest.php`` (getLocations).
        REST only: a SOAP client refuses it.

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLocationsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_locations()
        return self._call(self._rest_only(prepared), _ops.parse_get_locations, timeout, max_retries, deadline)

    def get_lock_international(
        self,
        *,
        lock_international: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLockInternationalResponse:
        """List the international call lock modes, or one by code.

        Calls ``GET /api/v1/rest.php`` (getLockInternational).
        Over SOAP, POSTs ``<getLockInternational>`` to ``/api/v1/server.php``.

        Args:
            lock_international: Code of one lock mode (e.g. 1).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLockInternationalResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_lock_international(
            lock_international=lock_international,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_lock_international, _ops.parse_soap_get_lock_international),
            timeout,
            max_retries,
            deadline,
        )

    def get_media_mms(
        self,
        *,
        id: int | None = None,
        media_as_array: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetMediaMMSResponse:
        """Get the media files of an MMS message.

        Calls ``GET /api/v1/rest.php`` (getMediaMMS).
        Over SOAP, POSTs ``<getMediaMMS>`` to ``/api/v1/server.php``.

        Args:
            id: ID of the MMS (e.g. 1918).
            media_as_array: Return the media as a JSON array instead of an object. (carrier default: False)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetMediaMMSResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_media_mms(
            id=id,
            media_as_array=media_as_array,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_media_mms, _ops.parse_soap_get_media_mms),
            timeout,
            max_retries,
            deadline,
        )

    def get_mms(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetMMSResponse:
        """List MMS messages by date range, type, DID and contact, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getMMS).
        Over SOAP, POSTs ``<getMMS>`` to ``/api/v1/server.php``.

        Args:
            mms: ID of one MMS (e.g. 1918).
            from_: Start date (YYYY-MM-DD); default today.
            to: End date (YYYY-MM-DD); default today.
            type: Message direction: 1 = received, 0 = sent. (at least 0; at most 1)
            did: Only messages of this DID (e.g. 5551234567).
            contact: Only messages with this contact number (e.g. 5551234567).
            limit: Maximum number of records to return. (at least 1; carrier default: 50)
            timezone: Time zone offset for the dates, -12 to 13. (at least -12; at most 13)
            all_messages: Return SMS and MMS together (the message ID must then be 0).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetMMSResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_mms(
            mms=mms,
            from_=from_,
            to=to,
            type=type,
            did=did,
            contact=contact,
            limit=limit,
            timezone=timezone,
            all_messages=all_messages,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_mms, _ops.parse_soap_get_mms), timeout, max_retries, deadline
        )

    def get_music_on_hold(
        self,
        *,
        music_on_hold: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetMusicOnHoldResponse:
        """List music on hold options, or one by code.

        Calls ``GET /api/v1/rest.php`` (getMusicOnHold).
        Over SOAP, POSTs ``<getMusicOnHold>`` to ``/api/v1/server.php``.

        Args:
            music_on_hold: Code of one music on hold (e.g. jazz).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetMusicOnHoldResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_music_on_hold(
            music_on_hold=music_on_hold,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_music_on_hold, _ops.parse_soap_get_music_on_hold),
            timeout,
            max_retries,
            deadline,
        )

    def get_nat(
        self,
        *,
        nat: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetNATResponse:
        """List the NAT options, or one by code.

        Calls ``GET /api/v1/rest.php`` (getNAT).
        Over SOAP, POSTs ``<getNAT>`` to ``/api/v1/server.php``.

        Args:
            nat: Code of one NAT option (e.g. route).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetNATResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_nat(
            nat=nat,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_nat, _ops.parse_soap_get_nat), timeout, max_retries, deadline
        )

    def get_packages(
        self,
        *,
        package: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetPackagesResponse:
        """List reseller packages, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getPackages).
        Over SOAP, POSTs ``<getPackages>`` to ``/api/v1/server.php``.

        Args:
            package: ID of one package (e.g. 8378).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetPackagesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_packages(
            package=package,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_packages, _ops.parse_soap_get_packages), timeout, max_retries, deadline
        )

    def get_phonebook(
        self,
        *,
        phonebook: str | None = None,
        name: str | None = None,
        group: str | None = None,
        group_name: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetPhonebookResponse:
        """List phonebook entries, filtered by name or group, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getPhonebook).
        Over SOAP, POSTs ``<getPhonebook>`` to ``/api/v1/server.php``.

        Args:
            phonebook: ID of one phonebook entry (e.g. 32207).
            name: Only entries whose name matches (e.g. jane).
            group: Only entries of this group ID.
            group_name: Only entries of this group name.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetPhonebookResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_phonebook(
            phonebook=phonebook,
            name=name,
            group=group,
            group_name=group_name,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_phonebook, _ops.parse_soap_get_phonebook),
            timeout,
            max_retries,
            deadline,
        )

    def get_phonebook_groups(
        self,
        *,
        name: str | None = None,
        group: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetPhonebookGroupsResponse:
        """List phonebook groups, filtered by name, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getPhonebookGroups).
        Over SOAP, POSTs ``<getPhonebookGroups>`` to ``/api/v1/server.php``.

        Args:
            name: Only groups whose name matches.
            group: ID of one group.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetPhonebookGroupsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_phonebook_groups(
            name=name,
            group=group,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_phonebook_groups, _ops.parse_soap_get_phonebook_groups),
            timeout,
            max_retries,
            deadline,
        )

    def get_play_instructions(
        self,
        *,
        play_instructions: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetPlayInstructionsResponse:
        """List the voicemail play instructions modes, or one by code.

        Calls ``GET /api/v1/rest.php`` (getPlayInstructions).
        Over SOAP, POSTs ``<getPlayInstructions>`` to ``/api/v1/server.php``.

        Args:
            play_instructions: Code of one play instructions mode (e.g. u).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetPlayInstructionsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_play_instructions(
            play_instructions=play_instructions,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_play_instructions, _ops.parse_soap_get_play_instructions),
            timeout,
            max_retries,
            deadline,
        )

    def get_portability(
        self,
        *,
        did: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetPortabilityResponse:
        """Tell whether a number can be ported to VoIP.ms, with the plans available.

        Calls ``GET /api/v1/rest.php`` (getPortability).
        Over SOAP, POSTs ``<getPortability>`` to ``/api/v1/server.php``.

        Args:
            did: Required. Number to check (e.g. 5552341234).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetPortabilityResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_portability(
            did=did,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_portability, _ops.parse_soap_get_portability),
            timeout,
            max_retries,
            deadline,
        )

    def get_protocols(
        self,
        *,
        protocol: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetProtocolsResponse:
        """List the sub account protocols, or one by code.

        Calls ``GET /api/v1/rest.php`` (getProtocols).
        Over SOAP, POSTs ``<getProtocols>`` to ``/api/v1/server.php``.

        Args:
            protocol: Code of one protocol (e.g. 3).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetProtocolsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_protocols(
            protocol=protocol,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_protocols, _ops.parse_soap_get_protocols),
            timeout,
            max_retries,
            deadline,
        )

    def get_provinces(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetProvincesResponse:
        """List the Canadian provinces.

        Calls ``GET /api/v1/rest.php`` (getProvinces).
        Over SOAP, POSTs ``<getProvinces>`` to ``/api/v1/server.php``.

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetProvincesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_provinces()
        return self._call(
            *self._over(prepared, _ops.parse_get_provinces, _ops.parse_soap_get_provinces),
            timeout,
            max_retries,
            deadline,
        )

    def get_queues(
        self,
        *,
        queue: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetQueuesResponse:
        """List call queues, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getQueues).
        Over SOAP, POSTs ``<getQueues>`` to ``/api/v1/server.php``.

        Args:
            queue: ID of one queue (e.g. 4764).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetQueuesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_queues(
            queue=queue,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_queues, _ops.parse_soap_get_queues), timeout, max_retries, deadline
        )

    def get_rate_centers_can(
        self,
        *,
        province: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetRateCentersCANResponse:
        """List the Canadian rate centers of a province.

        Calls ``GET /api/v1/rest.php`` (getRateCentersCAN).
        Over SOAP, POSTs ``<getRateCentersCAN>`` to ``/api/v1/server.php``.

        Args:
            province: Required. Canadian province (values from getProvinces).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetRateCentersCANResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_rate_centers_can(
            province=province,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_rate_centers_can, _ops.parse_soap_get_rate_centers_can),
            timeout,
            max_retries,
            deadline,
        )

    def get_rate_centers_usa(
        self,
        *,
        state: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetRateCentersUSAResponse:
        """List the USA rate centers of a state.

        Calls ``GET /api/v1/rest.php`` (getRateCentersUSA).
        Over SOAP, POSTs ``<getRateCentersUSA>`` to ``/api/v1/server.php``.

        Args:
            state: Required. USA state (values from getStates).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetRateCentersUSAResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_rate_centers_usa(
            state=state,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_rate_centers_usa, _ops.parse_soap_get_rate_centers_usa),
            timeout,
            max_retries,
            deadline,
        )

    def get_rates(
        self,
        *,
        package: str,
        query_: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetRatesResponse:
        """Search the rates of a package.

        Calls ``GET /api/v1/rest.php`` (getRates).
        Over SOAP, POSTs ``<getRates>`` to ``/api/v1/server.php``.

        Args:
            package: Required. ID of the package (e.g. 92364).
            query_: Required. Search term (e.g. Canada).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetRatesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_rates(
            package=package,
            query_=query_,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_rates, _ops.parse_soap_get_rates), timeout, max_retries, deadline
        )

    def get_recording_file(
        self,
        *,
        recording: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetRecordingFileResponse:
        """Get a recording file (Base64).

        Calls ``GET /api/v1/rest.php`` (getRecordingFile).
        Over SOAP, POSTs ``<getRecordingFile>`` to ``/api/v1/server.php``.

        Args:
            recording: Required. ID of the recording (e.g. 7567).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetRecordingFileResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_recording_file(
            recording=recording,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_recording_file, _ops.parse_soap_get_recording_file),
            timeout,
            max_retries,
            deadline,
        )

    def get_recordings(
        self,
        *,
        recording: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetRecordingsResponse:
        """List recordings, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getRecordings).
        Over SOAP, POSTs ``<getRecordings>`` to ``/api/v1/server.php``.

        Args:
            recording: ID of one recording (e.g. 7567).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetRecordingsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_recordings(
            recording=recording,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_recordings, _ops.parse_soap_get_recordings),
            timeout,
            max_retries,
            deadline,
        )

    def get_registration_status(
        self,
        *,
        account: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetRegistrationStatusResponse:
        """Get the SIP registration status of an account.

        Calls ``GET /api/v1/rest.php`` (getRegistrationStatus).
        Over SOAP, POSTs ``<getRegistrationStatus>`` to ``/api/v1/server.php``.

        Args:
            account: Required. Account (e.g. 100001_VoIP).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetRegistrationStatusResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_registration_status(
            account=account,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_registration_status, _ops.parse_soap_get_registration_status),
            timeout,
            max_retries,
            deadline,
        )

    def get_report_estimated_hold_time(
        self,
        *,
        type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetReportEstimatedHoldTimeResponse:
        """List the queue 'report estimated hold time' types, or one by code.

        Calls ``GET /api/v1/rest.php`` (getReportEstimatedHoldTime).
        Over SOAP, POSTs ``<getReportEstimatedHoldTime>`` to ``/api/v1/server.php``.

        Args:
            type: Code of one type (e.g. yes).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetReportEstimatedHoldTimeResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_report_estimated_hold_time(
            type=type,
        )
        return self._call(
            *self._over(
                prepared, _ops.parse_get_report_estimated_hold_time, _ops.parse_soap_get_report_estimated_hold_time
            ),
            timeout,
            max_retries,
            deadline,
        )

    def get_reseller_balance(
        self,
        *,
        client: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetResellerBalanceResponse:
        """Get the balance and call statistics of a reseller client (last 30 days and today).

        Calls ``GET /api/v1/rest.php`` (getResellerBalance).
        Over SOAP, POSTs ``<getResellerBalance>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetResellerBalanceResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_reseller_balance(
            client=client,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_reseller_balance, _ops.parse_soap_get_reseller_balance),
            timeout,
            max_retries,
            deadline,
        )

    def get_reseller_cdr(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetResellerCDRResponse:
        """List the call detail records of a reseller client between two dates.

        Calls ``GET /api/v1/rest.php`` (getResellerCDR).
        Over SOAP, POSTs ``<getResellerCDR>`` to ``/api/v1/server.php``.

        Args:
            date_from: Required. Start date (YYYY-MM-DD).
            date_to: Required. End date (YYYY-MM-DD).
            client: Required. ID of the reseller client (e.g. 561115).
            answered: Include answered calls.
            noanswer: Include unanswered calls.
            busy: Include busy calls.
            failed: Include failed calls.
            timezone: Required. Time zone offset for the call times, -12 to 13. (at least -12; at most 13)
            calltype: Call type filter (values from getCallTypes).
            callbilling: Call billing filter (values from getCallBilling).
            account: Account filter (values from getCallAccounts).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetResellerCDRResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_reseller_cdr(
            date_from=date_from,
            date_to=date_to,
            client=client,
            answered=answered,
            noanswer=noanswer,
            busy=busy,
            failed=failed,
            timezone=timezone,
            calltype=calltype,
            callbilling=callbilling,
            account=account,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_reseller_cdr, _ops.parse_soap_get_reseller_cdr),
            timeout,
            max_retries,
            deadline,
        )

    def get_reseller_mms(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetResellerMMSResponse:
        """List the MMS messages of a reseller client.

        Calls ``GET /api/v1/rest.php`` (getResellerMMS).
        Over SOAP, POSTs ``<getResellerMMS>`` to ``/api/v1/server.php``.

        Args:
            sms: ID of one MMS (the REST docs name it sms, the WSDL mms).
            client: Required. ID of the reseller client (e.g. 561115).
            from_: Start date (YYYY-MM-DD); default today.
            to: End date (YYYY-MM-DD); default today.
            type: Message direction: 1 = received, 0 = sent. (at least 0; at most 1)
            did: Only messages of this DID (e.g. 5551234567).
            contact: Only messages with this contact number (e.g. 5551234567).
            limit: Maximum number of records to return. (at least 1; carrier default: 50)
            timezone: Time zone offset for the dates, -12 to 13. (at least -12; at most 13)
            all_messages: Return SMS and MMS together (the message ID must then be 0).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetResellerMMSResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_reseller_mms(
            sms=sms,
            client=client,
            from_=from_,
            to=to,
            type=type,
            did=did,
            contact=contact,
            limit=limit,
            timezone=timezone,
            all_messages=all_messages,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_reseller_mms, _ops.parse_soap_get_reseller_mms),
            timeout,
            max_retries,
            deadline,
        )

    def get_reseller_sms(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetResellerSMSResponse:
        """List the SMS messages of a reseller client.

        Calls ``GET /api/v1/rest.php`` (getResellerSMS).
        Over SOAP, POSTs ``<getResellerSMS>`` to ``/api/v1/server.php``.

        Args:
            sms: ID of one SMS (e.g. 5853).
            client: Required. ID of the reseller client (e.g. 561115).
            from_: Start date (YYYY-MM-DD); default today.
            to: End date (YYYY-MM-DD); default today.
            type: Message direction: 1 = received, 0 = sent. (at least 0; at most 1)
            did: Only messages of this DID (e.g. 5551234567).
            contact: Only messages with this contact number (e.g. 5551234567).
            limit: Maximum number of records to return. (at least 1; carrier default: 50)
            timezone: Time zone offset for the dates, -12 to 13. (at least -12; at most 13)
            all_messages: Return SMS and MMS together (the message ID must then be 0).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetResellerSMSResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_reseller_sms(
            sms=sms,
            client=client,
            from_=from_,
            to=to,
            type=type,
            did=did,
            contact=contact,
            limit=limit,
            timezone=timezone,
            all_messages=all_messages,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_reseller_sms, _ops.parse_soap_get_reseller_sms),
            timeout,
            max_retries,
            deadline,
        )

    def get_ring_groups(
        self,
        *,
        ring_group: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetRingGroupsResponse:
        """List ring groups, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getRingGroups).
        Over SOAP, POSTs ``<getRingGroups>`` to ``/api/v1/server.php``.

        Args:
            ring_group: ID of one ring group (e.g. 4768).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetRingGroupsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_ring_groups(
            ring_group=ring_group,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_ring_groups, _ops.parse_soap_get_ring_groups),
            timeout,
            max_retries,
            deadline,
        )

    def get_ring_strategies(
        self,
        *,
        strategy: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetRingStrategiesResponse:
        """List the queue ring strategies, or one by code.

        Calls ``GET /api/v1/rest.php`` (getRingStrategies).
        Over SOAP, POSTs ``<getRingStrategies>`` to ``/api/v1/server.php``.

        Args:
            strategy: Code of one ring strategy (e.g. rrmemory).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetRingStrategiesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_ring_strategies(
            strategy=strategy,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_ring_strategies, _ops.parse_soap_get_ring_strategies),
            timeout,
            max_retries,
            deadline,
        )

    def get_routes(
        self,
        *,
        route: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetRoutesResponse:
        """List the call routes, or one by code.

        Calls ``GET /api/v1/rest.php`` (getRoutes).
        Over SOAP, POSTs ``<getRoutes>`` to ``/api/v1/server.php``.

        Args:
            route: Code of one route (e.g. 2).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetRoutesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_routes(
            route=route,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_routes, _ops.parse_soap_get_routes), timeout, max_retries, deadline
        )

    def get_sequences(
        self,
        *,
        sequence: int | None = None,
        client: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetSequencesResponse:
        """List sequences, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getSequences).
        REST only: a SOAP client refuses it.

        Args:
            sequence: ID of one sequence (e.g. 5356).
            client: Reseller client ID whose sequences to list (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetSequencesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_sequences(
            sequence=sequence,
            client=client,
        )
        return self._call(self._rest_only(prepared), _ops.parse_get_sequences, timeout, max_retries, deadline)

    def get_servers_info(
        self,
        *,
        server_pop: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetServersInfoResponse:
        """List the VoIP.ms servers, or one by POP.

        Calls ``GET /api/v1/rest.php`` (getServersInfo).
        Over SOAP, POSTs ``<getServersInfo>`` to ``/api/v1/server.php``.

        Args:
            server_pop: POP of one server (e.g. 1).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetServersInfoResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_servers_info(
            server_pop=server_pop,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_servers_info, _ops.parse_soap_get_servers_info),
            timeout,
            max_retries,
            deadline,
        )

    def get_sipuris(
        self,
        *,
        sipuri: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetSIPURIsResponse:
        """List SIP URIs, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getSIPURIs).
        Over SOAP, POSTs ``<getSIPURIs>`` to ``/api/v1/server.php``.

        Args:
            sipuri: ID of one SIP URI (e.g. 6199).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetSIPURIsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_sipuris(
            sipuri=sipuri,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_sipuris, _ops.parse_soap_get_sipuris), timeout, max_retries, deadline
        )

    def get_sms(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetSMSResponse:
        """List SMS messages by date range, type, DID and contact, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getSMS).
        Over SOAP, POSTs ``<getSMS>`` to ``/api/v1/server.php``.

        Args:
            sms: ID of one SMS (e.g. 5853).
            from_: Start date (YYYY-MM-DD); default today.
            to: End date (YYYY-MM-DD); default today.
            type: Message direction: 1 = received, 0 = sent. (at least 0; at most 1)
            did: Only messages of this DID (e.g. 5551234567).
            contact: Only messages with this contact number (e.g. 5551234567).
            limit: Maximum number of records to return. (at least 1; carrier default: 50)
            timezone: Time zone offset for the dates, -12 to 13. (at least -12; at most 13)
            all_messages: Return SMS and MMS together (the message ID must then be 0).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetSMSResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_sms(
            sms=sms,
            from_=from_,
            to=to,
            type=type,
            did=did,
            contact=contact,
            limit=limit,
            timezone=timezone,
            all_messages=all_messages,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_sms, _ops.parse_soap_get_sms), timeout, max_retries, deadline
        )

    def get_states(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetStatesResponse:
        """List the USA states.

        Calls ``GET /api/v1/rest.php`` (getStates).
        Over SOAP, POSTs ``<getStates>`` to ``/api/v1/server.php``.

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetStatesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_states()
        return self._call(
            *self._over(prepared, _ops.parse_get_states, _ops.parse_soap_get_states), timeout, max_retries, deadline
        )

    def get_static_members(
        self,
        *,
        queue: str,
        member: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetStaticMembersResponse:
        """List the static members of a queue, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getStaticMembers).
        Over SOAP, POSTs ``<getStaticMembers>`` to ``/api/v1/server.php``.

        Args:
            queue: Required. ID of the queue (e.g. 4136).
            member: ID of one static member of the queue (e.g. 163).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetStaticMembersResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_static_members(
            queue=queue,
            member=member,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_static_members, _ops.parse_soap_get_static_members),
            timeout,
            max_retries,
            deadline,
        )

    def get_sub_accounts(
        self,
        *,
        account: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetSubAccountsResponse:
        """List sub accounts, those of a reseller client, or one by name.

        Calls ``GET /api/v1/rest.php`` (getSubAccounts).
        Over SOAP, POSTs ``<getSubAccounts>`` to ``/api/v1/server.php``.

        Args:
            account: Sub account (e.g. 100000_VoIP) or reseller client ID (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetSubAccountsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_sub_accounts(
            account=account,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_sub_accounts, _ops.parse_soap_get_sub_accounts),
            timeout,
            max_retries,
            deadline,
        )

    def get_termination_rates(
        self,
        *,
        query_: str,
        route: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetTerminationRatesResponse:
        """Search the termination rates of a route.

        Calls ``GET /api/v1/rest.php`` (getTerminationRates).
        Over SOAP, POSTs ``<getTerminationRates>`` to ``/api/v1/server.php``.

        Args:
            query_: Required. Search term (e.g. Canada).
            route: Required. Route code (values from getRoutes, e.g. 2).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetTerminationRatesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_termination_rates(
            query_=query_,
            route=route,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_termination_rates, _ops.parse_soap_get_termination_rates),
            timeout,
            max_retries,
            deadline,
        )

    def get_time_conditions(
        self,
        *,
        timecondition: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetTimeConditionsResponse:
        """List time conditions, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getTimeConditions).
        Over SOAP, POSTs ``<getTimeConditions>`` to ``/api/v1/server.php``.

        Args:
            timecondition: ID of one time condition (e.g. 1830).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetTimeConditionsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_time_conditions(
            timecondition=timecondition,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_time_conditions, _ops.parse_soap_get_time_conditions),
            timeout,
            max_retries,
            deadline,
        )

    def get_timezones(
        self,
        *,
        timezone: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetTimezonesResponse:
        """List the voicemail time zones, or one by code.

        Calls ``GET /api/v1/rest.php`` (getTimezones).
        Over SOAP, POSTs ``<getTimezones>`` to ``/api/v1/server.php``.

        Args:
            timezone: Code of one time zone (e.g. America/Buenos_Aires).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetTimezonesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_timezones(
            timezone=timezone,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_timezones, _ops.parse_soap_get_timezones),
            timeout,
            max_retries,
            deadline,
        )

    def get_transaction_history(
        self,
        *,
        date_from: _dt.date,
        date_to: _dt.date,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetTransactionHistoryResponse:
        """List the account transactions between two dates.

        Calls ``GET /api/v1/rest.php`` (getTransactionHistory).
        Over SOAP, POSTs ``<getTransactionHistory>`` to ``/api/v1/server.php``.

        Args:
            date_from: Required. Start date (YYYY-MM-DD).
            date_to: Required. End date (YYYY-MM-DD).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetTransactionHistoryResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_transaction_history(
            date_from=date_from,
            date_to=date_to,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_transaction_history, _ops.parse_soap_get_transaction_history),
            timeout,
            max_retries,
            deadline,
        )

    def get_voicemail_attachment_formats(
        self,
        *,
        email_attachment_format: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetVoicemailAttachmentFormatsResponse:
        """List the voicemail e-mail attachment formats, or one by code.

        Calls ``GET /api/v1/rest.php`` (getVoicemailAttachmentFormats).
        Over SOAP, POSTs ``<getVoicemailAttachmentFormats>`` to ``/api/v1/server.php``.

        Args:
            email_attachment_format: Code of one attachment format (e.g. wav49).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetVoicemailAttachmentFormatsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voicemail_attachment_formats(
            email_attachment_format=email_attachment_format,
        )
        return self._call(
            *self._over(
                prepared, _ops.parse_get_voicemail_attachment_formats, _ops.parse_soap_get_voicemail_attachment_formats
            ),
            timeout,
            max_retries,
            deadline,
        )

    def get_voicemail_folders(
        self,
        *,
        folder: str | None = None,
        mailbox: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetVoicemailFoldersResponse:
        """List voicemail folders, or one by name.

        Calls ``GET /api/v1/rest.php`` (getVoicemailFolders).
        Over SOAP, POSTs ``<getVoicemailFolders>`` to ``/api/v1/server.php``.

        Args:
            folder: Name of one folder (e.g. INBOX).
            mailbox: Mailbox whose folders to list (e.g. 1001); omitted, the default folders.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetVoicemailFoldersResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voicemail_folders(
            folder=folder,
            mailbox=mailbox,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_voicemail_folders, _ops.parse_soap_get_voicemail_folders),
            timeout,
            max_retries,
            deadline,
        )

    def get_voicemail_message_file(
        self,
        *,
        mailbox: str,
        folder: str,
        message_num: int,
        format: VoicemailFileFormat | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetVoicemailMessageFileResponse:
        """Get a voicemail message file (Base64).

        Calls ``GET /api/v1/rest.php`` (getVoicemailMessageFile).
        Over SOAP, POSTs ``<getVoicemailMessageFile>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Required. Mailbox number (e.g. 1001).
            folder: Required. Folder name (e.g. INBOX; values from getVoicemailFolders).
            message_num: Required. Number of the message in the folder (e.g. 1).
            format: Audio format of the file. (carrier default: mp3)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetVoicemailMessageFileResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voicemail_message_file(
            mailbox=mailbox,
            folder=folder,
            message_num=message_num,
            format=format,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_voicemail_message_file, _ops.parse_soap_get_voicemail_message_file),
            timeout,
            max_retries,
            deadline,
        )

    def get_voicemail_messages(
        self,
        *,
        mailbox: str,
        folder: str | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetVoicemailMessagesResponse:
        """List the messages of a mailbox, optionally by folder and date range.

        Calls ``GET /api/v1/rest.php`` (getVoicemailMessages).
        Over SOAP, POSTs ``<getVoicemailMessages>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Required. Mailbox number (e.g. 1001).
            folder: Folder name (e.g. INBOX; values from getVoicemailFolders).
            date_from: Start date (YYYY-MM-DD).
            date_to: End date (YYYY-MM-DD).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetVoicemailMessagesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voicemail_messages(
            mailbox=mailbox,
            folder=folder,
            date_from=date_from,
            date_to=date_to,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_voicemail_messages, _ops.parse_soap_get_voicemail_messages),
            timeout,
            max_retries,
            deadline,
        )

    def get_voicemails(
        self,
        *,
        mailbox: str | None = None,
        client: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetVoicemailsResponse:
        """List voicemail boxes, or one by mailbox number.

        Calls ``GET /api/v1/rest.php`` (getVoicemails).
        Over SOAP, POSTs ``<getVoicemails>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Mailbox number of one voicemail box (e.g. 1001).
            client: ID of a reseller client, to list only its mailboxes (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetVoicemailsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voicemails(
            mailbox=mailbox,
            client=client,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_voicemails, _ops.parse_soap_get_voicemails),
            timeout,
            max_retries,
            deadline,
        )

    def get_voicemail_setups(
        self,
        *,
        voicemailsetup: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetVoicemailSetupsResponse:
        """List the voicemail setup options, or one by code.

        Calls ``GET /api/v1/rest.php`` (getVoicemailSetups).
        Over SOAP, POSTs ``<getVoicemailSetups>`` to ``/api/v1/server.php``.

        Args:
            voicemailsetup: Code of one voicemail setup (e.g. 2).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetVoicemailSetupsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voicemail_setups(
            voicemailsetup=voicemailsetup,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_voicemail_setups, _ops.parse_soap_get_voicemail_setups),
            timeout,
            max_retries,
            deadline,
        )

    def get_voicemail_transcriptions(
        self,
        *,
        account: str | None = None,
        mailbox: str,
        date_to: _dt.date,
        date_from: _dt.date,
        folder: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetVoicemailTranscriptionsResponse:
        """List the voicemail transcriptions of a mailbox folder between two dates.

        Calls ``GET /api/v1/rest.php`` (getVoicemailTranscriptions).
        Over SOAP, POSTs ``<getVoicemailTranscriptions>`` to ``/api/v1/server.php``.

        Args:
            account: Account owning the mailbox (e.g. 100001_VoIP).
            mailbox: Required. Mailbox number (e.g. 1001).
            date_to: Required. End date (YYYY-MM-DD).
            date_from: Required. Start date (YYYY-MM-DD).
            folder: Required. Folder name (e.g. INBOX; values from getVoicemailFolders).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetVoicemailTranscriptionsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voicemail_transcriptions(
            account=account,
            mailbox=mailbox,
            date_to=date_to,
            date_from=date_from,
            folder=folder,
        )
        return self._call(
            *self._over(
                prepared, _ops.parse_get_voicemail_transcriptions, _ops.parse_soap_get_voicemail_transcriptions
            ),
            timeout,
            max_retries,
            deadline,
        )

    def get_vpris(
        self,
        *,
        vpri: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetVPRIsResponse:
        """List the vPRIs of the account.

        Calls ``GET /api/v1/rest.php`` (getVPRIs).
        Over SOAP, POSTs ``<getVPRIs>`` to ``/api/v1/server.php``.

        Args:
            vpri: Required. ID of one vPRI (e.g. 1001).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetVPRIsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_vpris(
            vpri=vpri,
        )
        return self._call(
            *self._over(prepared, _ops.parse_get_vpris, _ops.parse_soap_get_vpris), timeout, max_retries, deadline
        )

    def mail_fax_message_pdf(
        self,
        *,
        id: int,
        email: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> MailFaxMessagePDFResponse:
        """E-mail a fax message as a PDF attachment.

        Calls ``GET /api/v1/rest.php`` (mailFaxMessagePDF); changes state on the carrier.
        Over SOAP, POSTs ``<mailFaxMessagePDF>`` to ``/api/v1/server.php``.

        Args:
            id: Required. ID of the fax message (values from getFaxMessages).
            email: Required. Destination e-mail address.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            MailFaxMessagePDFResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_mail_fax_message_pdf(
            id=id,
            email=email,
        )
        return self._call(
            *self._over(prepared, _ops.parse_mail_fax_message_pdf, _ops.parse_soap_mail_fax_message_pdf),
            timeout,
            max_retries,
            deadline,
        )

    def mark_listened_voicemail_message(
        self,
        *,
        mailbox: str,
        folder: str,
        message_num: int,
        listened: YesNo,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Mark a voicemail message as listened (moved to Old) or not listened (moved to INBOX).

        Calls ``GET /api/v1/rest.php`` (markListenedVoicemailMessage); changes state on the carrier.
        Over SOAP, POSTs ``<markListenedVoicemailMessage>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Required. Mailbox number (e.g. 1001).
            folder: Required. Folder name (e.g. INBOX; values from getVoicemailFolders).
            message_num: Required. Number of the message in the folder (e.g. 1).
            listened: Required. yes marks the message listened, no marks it not listened.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_mark_listened_voicemail_message(
            mailbox=mailbox,
            folder=folder,
            message_num=message_num,
            listened=listened,
        )
        return self._call(
            *self._over(
                prepared, _ops.parse_mark_listened_voicemail_message, _ops.parse_soap_mark_listened_voicemail_message
            ),
            timeout,
            max_retries,
            deadline,
        )

    def mark_urgent_voicemail_message(
        self,
        *,
        mailbox: str,
        folder: str,
        message_num: int,
        urgent: YesNo,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Mark a voicemail message as urgent (moved to Urgent) or not urgent (moved to INBOX).

        Calls ``GET /api/v1/rest.php`` (markUrgentVoicemailMessage); changes state on the carrier.
        Over SOAP, POSTs ``<markUrgentVoicemailMessage>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Required. Mailbox number (e.g. 1001).
            folder: Required. Folder name (e.g. INBOX; values from getVoicemailFolders).
            message_num: Required. Number of the message in the folder (e.g. 1).
            urgent: Required. yes marks the message urgent, no removes the mark.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_mark_urgent_voicemail_message(
            mailbox=mailbox,
            folder=folder,
            message_num=message_num,
            urgent=urgent,
        )
        return self._call(
            *self._over(
                prepared, _ops.parse_mark_urgent_voicemail_message, _ops.parse_soap_mark_urgent_voicemail_message
            ),
            timeout,
            max_retries,
            deadline,
        )

    def move_fax_message(
        self,
        *,
        fax_id: int,
        folder_id: int,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Move a fax message to another folder.

        Calls ``GET /api/v1/rest.php`` (moveFaxMessage); changes state on the carrier.
        Over SOAP, POSTs ``<moveFaxMessage>`` to ``/api/v1/server.php``.

        Args:
            fax_id: Required. ID of the fax message (values from getFaxMessages).
            folder_id: Required. ID of the destination folder (values from getFaxFolders).
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_move_fax_message(
            fax_id=fax_id,
            folder_id=folder_id,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_move_fax_message, _ops.parse_soap_move_fax_message),
            timeout,
            max_retries,
            deadline,
        )

    def move_folder_voicemail_message(
        self,
        *,
        mailbox: str,
        folder: str,
        message_num: int,
        new_folder: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Move a voicemail message to another folder.

        Calls ``GET /api/v1/rest.php`` (moveFolderVoicemailMessage); changes state on the carrier.
        Over SOAP, POSTs ``<moveFolderVoicemailMessage>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Required. Mailbox number (e.g. 1001).
            folder: Required. Folder name (e.g. INBOX; values from getVoicemailFolders).
            message_num: Required. Number of the message in the folder (e.g. 1).
            new_folder: Required. Destination folder (e.g. Urgent; values from getVoicemailFolders).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_move_folder_voicemail_message(
            mailbox=mailbox,
            folder=folder,
            message_num=message_num,
            new_folder=new_folder,
        )
        return self._call(
            *self._over(
                prepared, _ops.parse_move_folder_voicemail_message, _ops.parse_soap_move_folder_voicemail_message
            ),
            timeout,
            max_retries,
            deadline,
        )

    def order_did(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Order a DID and add it to the account.

        Calls ``GET /api/v1/rest.php`` (orderDID); changes state on the carrier.
        Over SOAP, POSTs ``<orderDID>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to order (e.g. 5552223333).
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID (e.g. 101).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            note: Free-text note.
            billing_type: Required. Billing plan: 1 = per minute, 2 = flat rate. (at least 1; at most 2)
            account: Reseller sub account (e.g. 100001_VoIP).
            monthly: Monthly fee charged to the reseller client (e.g. 3.50).
            setup: Setup fee charged to the reseller client (e.g. 1.99).
            minute: Per-minute rate charged to the reseller client (e.g. 0.03).
            test: Test mode: validate the order without placing it (orders cannot be undone).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_did(
            did=did,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            note=note,
            billing_type=billing_type,
            account=account,
            monthly=monthly,
            setup=setup,
            minute=minute,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_order_did, _ops.parse_soap_order_did), timeout, max_retries, deadline
        )

    def order_did_international_geographic(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Order international geographic DIDs and add them to the account.

        Calls ``GET /api/v1/rest.php`` (orderDIDInternationalGeographic); changes state on the carrier.
        Over SOAP, POSTs ``<orderDIDInternationalGeographic>`` to ``/api/v1/server.php``.

        Args:
            location_id: Required. ID of the location (values from getDIDsInternationalGeographic).
            quantity: Required. Number of numbers to order (e.g. 3). (at least 1)
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID (e.g. 101).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            billing_type: Required. Billing plan: 1 = per minute, 2 = flat rate. (at least 1; at most 2)
            note: Free-text note.
            account: Reseller sub account (e.g. 100001_VoIP).
            monthly: Monthly fee charged to the reseller client (e.g. 3.50).
            setup: Setup fee charged to the reseller client (e.g. 1.99).
            minute: Per-minute rate charged to the reseller client (e.g. 0.03).
            test: Test mode: validate the order without placing it (orders cannot be undone).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_did_international_geographic(
            location_id=location_id,
            quantity=quantity,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            billing_type=billing_type,
            note=note,
            account=account,
            monthly=monthly,
            setup=setup,
            minute=minute,
            test=test,
        )
        return self._call(
            *self._over(
                prepared,
                _ops.parse_order_did_international_geographic,
                _ops.parse_soap_order_did_international_geographic,
            ),
            timeout,
            max_retries,
            deadline,
        )

    def order_did_international_national(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Order international national DIDs and add them to the account.

        Calls ``GET /api/v1/rest.php`` (orderDIDInternationalNational); changes state on the carrier.
        Over SOAP, POSTs ``<orderDIDInternationalNational>`` to ``/api/v1/server.php``.

        Args:
            location_id: Required. ID of the location (values from getDIDsInternationalNational).
            quantity: Required. Number of numbers to order (e.g. 3). (at least 1)
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID (e.g. 101).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            billing_type: Required. Billing plan: 1 = per minute, 2 = flat rate. (at least 1; at most 2)
            note: Free-text note.
            account: Reseller sub account (e.g. 100001_VoIP).
            monthly: Monthly fee charged to the reseller client (e.g. 3.50).
            setup: Setup fee charged to the reseller client (e.g. 1.99).
            minute: Per-minute rate charged to the reseller client (e.g. 0.03).
            test: Test mode: validate the order without placing it (orders cannot be undone).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_did_international_national(
            location_id=location_id,
            quantity=quantity,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            billing_type=billing_type,
            note=note,
            account=account,
            monthly=monthly,
            setup=setup,
            minute=minute,
            test=test,
        )
        return self._call(
            *self._over(
                prepared, _ops.parse_order_did_international_national, _ops.parse_soap_order_did_international_national
            ),
            timeout,
            max_retries,
            deadline,
        )

    def order_did_international_toll_free(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Order international toll-free DIDs and add them to the account.

        Calls ``GET /api/v1/rest.php`` (orderDIDInternationalTollFree); changes state on the carrier.
        Over SOAP, POSTs ``<orderDIDInternationalTollFree>`` to ``/api/v1/server.php``.

        Args:
            location_id: Required. ID of the location (values from getDIDsInternationalTollFree).
            quantity: Required. Number of numbers to order (e.g. 3). (at least 1)
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID (e.g. 101).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            note: Free-text note.
            account: Reseller sub account (e.g. 100001_VoIP).
            monthly: Monthly fee charged to the reseller client (e.g. 3.50).
            setup: Setup fee charged to the reseller client (e.g. 1.99).
            minute: Per-minute rate charged to the reseller client (e.g. 0.03).
            test: Test mode: validate the order without placing it (orders cannot be undone).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_did_international_toll_free(
            location_id=location_id,
            quantity=quantity,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            note=note,
            account=account,
            monthly=monthly,
            setup=setup,
            minute=minute,
            test=test,
        )
        return self._call(
            *self._over(
                prepared,
                _ops.parse_order_did_international_toll_free,
                _ops.parse_soap_order_did_international_toll_free,
            ),
            timeout,
            max_retries,
            deadline,
        )

    def order_did_virtual(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Order a virtual DID and add it to the account.

        Calls ``GET /api/v1/rest.php`` (orderDIDVirtual); changes state on the carrier.
        Over SOAP, POSTs ``<orderDIDVirtual>`` to ``/api/v1/server.php``.

        Args:
            digits: Required. Three digits of the new virtual DID (e.g. 001). (matches ``^[0-9]{3}$``)
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID (e.g. 101).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            note: Free-text note.
            account: Reseller sub account (e.g. 100001_VoIP).
            monthly: Monthly fee charged to the reseller client (e.g. 3.50).
            setup: Setup fee charged to the reseller client (e.g. 1.99).
            minute: Per-minute rate charged to the reseller client (e.g. 0.03).
            test: Test mode: validate the order without placing it (orders cannot be undone).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_did_virtual(
            digits=digits,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            note=note,
            account=account,
            monthly=monthly,
            setup=setup,
            minute=minute,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_order_did_virtual, _ops.parse_soap_order_did_virtual),
            timeout,
            max_retries,
            deadline,
        )

    def order_fax_number(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OrderFaxNumberResponse:
        """Order fax numbers and add them to the account.

        Calls ``GET /api/v1/rest.php`` (orderFaxNumber); changes state on the carrier.
        Over SOAP, POSTs ``<orderFaxNumber>`` to ``/api/v1/server.php``.

        Args:
            location: Required. Location ID (values from getFaxRateCentersCAN or getFaxRateCentersUSA).
            quantity: Required. Number of fax numbers to order (e.g. 3). (at least 1)
            email: E-mail address notified of incoming faxes.
            email_enable: Send e-mail notifications. (carrier default: False)
            email_attach_file: Attach the fax as a PDF to the notifications. (carrier default: False)
            url_callback: URL receiving a POST for each incoming fax.
            url_callback_enable: Enable the URL callback. (carrier default: False)
            url_callback_retry: Retry the URL callback until it answers ok.
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            OrderFaxNumberResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_fax_number(
            location=location,
            quantity=quantity,
            email=email,
            email_enable=email_enable,
            email_attach_file=email_attach_file,
            url_callback=url_callback,
            url_callback_enable=url_callback_enable,
            url_callback_retry=url_callback_retry,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_order_fax_number, _ops.parse_soap_order_fax_number),
            timeout,
            max_retries,
            deadline,
        )

    def order_toll_free(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Order a toll-free number and add it to the account.

        Calls ``GET /api/v1/rest.php`` (orderTollFree); changes state on the carrier.
        Over SOAP, POSTs ``<orderTollFree>`` to ``/api/v1/server.php``.

        Args:
            did: Required. Toll-free number to order (e.g. 8772223333).
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID (e.g. 101).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            note: Free-text note.
            account: Reseller sub account (e.g. 100001_VoIP).
            monthly: Monthly fee charged to the reseller client (e.g. 3.50).
            setup: Setup fee charged to the reseller client (e.g. 1.99).
            minute: Per-minute rate charged to the reseller client (e.g. 0.03).
            test: Test mode: validate the order without placing it (orders cannot be undone).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_toll_free(
            did=did,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            note=note,
            account=account,
            monthly=monthly,
            setup=setup,
            minute=minute,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_order_toll_free, _ops.parse_soap_order_toll_free),
            timeout,
            max_retries,
            deadline,
        )

    def order_vanity(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Order a vanity toll-free number and add it to the account.

        Calls ``GET /api/v1/rest.php`` (orderVanity); changes state on the carrier.
        Over SOAP, POSTs ``<orderVanity>`` to ``/api/v1/server.php``.

        Args:
            did: Required. Vanity number to order (e.g. 8772223333).
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID (e.g. 101).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            note: Free-text note.
            carrier: Required. Carrier code (values from getCarriers).
            account: Reseller sub account (e.g. 100001_VoIP).
            monthly: Monthly fee charged to the reseller client (e.g. 3.50).
            setup: Setup fee charged to the reseller client (e.g. 1.99).
            minute: Per-minute rate charged to the reseller client (e.g. 0.03).
            test: Test mode: validate the order without placing it (orders cannot be undone).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_vanity(
            did=did,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            note=note,
            carrier=carrier,
            account=account,
            monthly=monthly,
            setup=setup,
            minute=minute,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_order_vanity, _ops.parse_soap_order_vanity), timeout, max_retries, deadline
        )

    def remove_did_vpri(
        self,
        *,
        vpri: int | None = None,
        did: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> RemoveDIDvPRIResponse:
        """Remove a DID from a vPRI.

        Calls ``GET /api/v1/rest.php`` (removeDIDvPRI); changes state on the carrier.
        Over SOAP, POSTs ``<removeDIDvPRI>`` to ``/api/v1/server.php``.

        Args:
            vpri: ID of the vPRI.
            did: Required. DID to remove from the vPRI.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            RemoveDIDvPRIResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_remove_did_vpri(
            vpri=vpri,
            did=did,
        )
        return self._call(
            *self._over(prepared, _ops.parse_remove_did_vpri, _ops.parse_soap_remove_did_vpri),
            timeout,
            max_retries,
            deadline,
        )

    def search_dids_can(
        self,
        *,
        province: str | None = None,
        type: SearchType,
        query_: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SearchDIDsCANResponse:
        """Search available Canadian DIDs, optionally in a province.

        Calls ``GET /api/v1/rest.php`` (searchDIDsCAN).
        Over SOAP, POSTs ``<searchDIDsCAN>`` to ``/api/v1/server.php``.

        Args:
            province: Canadian province (values from getProvinces).
            type: Required. How the query matches the number.
            query_: Required. Digits or letters to search for (e.g. JOHN, 555, 123ABC).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SearchDIDsCANResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_search_dids_can(
            province=province,
            type=type,
            query_=query_,
        )
        return self._call(
            *self._over(prepared, _ops.parse_search_dids_can, _ops.parse_soap_search_dids_can),
            timeout,
            max_retries,
            deadline,
        )

    def search_dids_usa(
        self,
        *,
        state: str | None = None,
        type: SearchType,
        query_: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SearchDIDsUSAResponse:
        """Search available USA DIDs, optionally in a state.

        Calls ``GET /api/v1/rest.php`` (searchDIDsUSA).
        Over SOAP, POSTs ``<searchDIDsUSA>`` to ``/api/v1/server.php``.

        Args:
            state: USA state (values from getStates).
            type: Required. How the query matches the number.
            query_: Required. Digits or letters to search for (e.g. JOHN, 555, 123ABC).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SearchDIDsUSAResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_search_dids_usa(
            state=state,
            type=type,
            query_=query_,
        )
        return self._call(
            *self._over(prepared, _ops.parse_search_dids_usa, _ops.parse_soap_search_dids_usa),
            timeout,
            max_retries,
            deadline,
        )

    def search_fax_area_code_can(
        self,
        *,
        area_code: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SearchFaxAreaCodeCANResponse:
        """Search Canadian fax rate centers by area code.

        Calls ``GET /api/v1/rest.php`` (searchFaxAreaCodeCAN).
        Over SOAP, POSTs ``<searchFaxAreaCodeCAN>`` to ``/api/v1/server.php``.

        Args:
            area_code: Required. Area code to search (values from getFaxRateCentersCAN).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SearchFaxAreaCodeCANResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_search_fax_area_code_can(
            area_code=area_code,
        )
        return self._call(
            *self._over(prepared, _ops.parse_search_fax_area_code_can, _ops.parse_soap_search_fax_area_code_can),
            timeout,
            max_retries,
            deadline,
        )

    def search_fax_area_code_usa(
        self,
        *,
        area_code: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SearchFaxAreaCodeUSAResponse:
        """Search USA fax rate centers by area code.

        Calls ``GET /api/v1/rest.php`` (searchFaxAreaCodeUSA).
        Over SOAP, POSTs ``<searchFaxAreaCodeUSA>`` to ``/api/v1/server.php``.

        Args:
            area_code: Required. Area code to search (values from getFaxRateCentersUSA).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SearchFaxAreaCodeUSAResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_search_fax_area_code_usa(
            area_code=area_code,
        )
        return self._call(
            *self._over(prepared, _ops.parse_search_fax_area_code_usa, _ops.parse_soap_search_fax_area_code_usa),
            timeout,
            max_retries,
            deadline,
        )

    def search_toll_free_can_us(
        self,
        *,
        type: SearchType | None = None,
        query_: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SearchTollFreeCanUSResponse:
        """Search available USA/Canada toll-free numbers (all of them without criteria).

        Calls ``GET /api/v1/rest.php`` (searchTollFreeCanUS).
        Over SOAP, POSTs ``<searchTollFreeCanUS>`` to ``/api/v1/server.php``.

        Args:
            type: How the query matches the number.
            query_: Digits or letters to search for (e.g. JOHN, 555, 123ABC).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SearchTollFreeCanUSResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_search_toll_free_can_us(
            type=type,
            query_=query_,
        )
        return self._call(
            *self._over(prepared, _ops.parse_search_toll_free_can_us, _ops.parse_soap_search_toll_free_can_us),
            timeout,
            max_retries,
            deadline,
        )

    def search_toll_free_usa(
        self,
        *,
        type: SearchType | None = None,
        query_: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SearchTollFreeUSAResponse:
        """Search available USA toll-free numbers (all of them without criteria).

        Calls ``GET /api/v1/rest.php`` (searchTollFreeUSA).
        Over SOAP, POSTs ``<searchTollFreeUSA>`` to ``/api/v1/server.php``.

        Args:
            type: How the query matches the number.
            query_: Digits or letters to search for (e.g. JOHN, 555, 123ABC).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SearchTollFreeUSAResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_search_toll_free_usa(
            type=type,
            query_=query_,
        )
        return self._call(
            *self._over(prepared, _ops.parse_search_toll_free_usa, _ops.parse_soap_search_toll_free_usa),
            timeout,
            max_retries,
            deadline,
        )

    def search_vanity(
        self,
        *,
        type: VanityPrefix,
        query_: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SearchVanityResponse:
        """Search available vanity toll-free numbers.

        Calls ``GET /api/v1/rest.php`` (searchVanity).
        Over SOAP, POSTs ``<searchVanity>`` to ``/api/v1/server.php``.

        Args:
            type: Required. Toll-free prefix to search (8** for any).
            query_: Required. Seven-character pattern, * for any character (e.g. ***JHON, **555**). (matches
                ``^[A-Za-z0-9*]{7}$``)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SearchVanityResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_search_vanity(
            type=type,
            query_=query_,
        )
        return self._call(
            *self._over(prepared, _ops.parse_search_vanity, _ops.parse_soap_search_vanity),
            timeout,
            max_retries,
            deadline,
        )

    def send_call_recording_email(
        self,
        *,
        callrecording: str,
        account: str,
        email: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SendCallRecordingEmailResponse:
        """E-mail a call recording with its details.

        Calls ``GET /api/v1/rest.php`` (sendCallRecordingEmail); changes state on the carrier.
        Over SOAP, POSTs ``<sendCallRecordingEmail>`` to ``/api/v1/server.php``.

        Args:
            callrecording: Required. Call recording ID (values from getCallRecordings).
            account: Required. Account of the recording (values from getCallAccounts).
            email: Required. Destination e-mail address.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SendCallRecordingEmailResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_send_call_recording_email(
            callrecording=callrecording,
            account=account,
            email=email,
        )
        return self._call(
            *self._over(prepared, _ops.parse_send_call_recording_email, _ops.parse_soap_send_call_recording_email),
            timeout,
            max_retries,
            deadline,
        )

    def send_fax_message(
        self,
        *,
        to_number: str,
        from_name: str,
        from_number: str,
        send_email_enabled: bool | None = None,
        send_email: str | None = None,
        station_id: str | None = None,
        file: str,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Send a fax to a number.

        Calls ``POST /api/v1/rest.php`` (sendFaxMessage); changes state on the carrier.
        Over SOAP, POSTs ``<sendFaxMessage>`` to ``/api/v1/server.php``.

        Args:
            to_number: Required. Destination number (e.g. 5552341234).
            from_name: Required. Name of the sender.
            from_number: Required. Fax number of the sender.
            send_email_enabled: E-mail a copy of the fax to send_email. (carrier default: False)
            send_email: E-mail address receiving a copy of the fax.
            station_id: Word identifying the sending equipment or department.
            file: Required. Document, Base64-encoded: pdf, txt, jpg, gif, png or tif.
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_send_fax_message(
            to_number=to_number,
            from_name=from_name,
            from_number=from_number,
            send_email_enabled=send_email_enabled,
            send_email=send_email,
            station_id=station_id,
            file=file,
            test=test,
            credentials=self._credential_pairs(),
        )
        return self._call(
            *self._over(prepared, _ops.parse_send_fax_message, _ops.parse_soap_send_fax_message),
            timeout,
            max_retries,
            deadline,
        )

    def send_mms(
        self,
        *,
        did: str,
        dst: str,
        message: str,
        media1: str | None = None,
        media2: str | None = None,
        media3: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SendMMSResponse:
        """Send an MMS message.

        Calls ``POST /api/v1/rest.php`` (sendMMS); changes state on the carrier.
        Over SOAP, POSTs ``<sendMMS>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID sending the message (e.g. 5551234567).
            dst: Required. Destination number (e.g. 5551234568).
            message: Required. Text of the message, at most 2048 characters.
            media1: First media: a URL or a Base64 data URI (data:image/png;base64,...).
            media2: Second media: a URL or a Base64 data URI.
            media3: Third media: a URL or a Base64 data URI.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SendMMSResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_send_mms(
            did=did,
            dst=dst,
            message=message,
            media1=media1,
            media2=media2,
            media3=media3,
            credentials=self._credential_pairs(),
        )
        return self._call(
            *self._over(prepared, _ops.parse_send_mms, _ops.parse_soap_send_mms), timeout, max_retries, deadline
        )

    def send_sms(
        self,
        *,
        did: str,
        dst: str,
        message: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SendSMSResponse:
        """Send an SMS message.

        Calls ``GET /api/v1/rest.php`` (sendSMS); changes state on the carrier.
        Over SOAP, POSTs ``<sendSMS>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID sending the message (e.g. 5551234567).
            dst: Required. Destination number (e.g. 5551234568).
            message: Required. Text of the message, at most 160 characters.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SendSMSResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_send_sms(
            did=did,
            dst=dst,
            message=message,
        )
        return self._call(
            *self._over(prepared, _ops.parse_send_sms, _ops.parse_soap_send_sms), timeout, max_retries, deadline
        )

    def send_voicemail_email(
        self,
        *,
        mailbox: str,
        folder: str,
        message_num: int,
        email_address: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """E-mail a voicemail message file.

        Calls ``GET /api/v1/rest.php`` (sendVoicemailEmail); changes state on the carrier.
        Over SOAP, POSTs ``<sendVoicemailEmail>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Required. Mailbox number (e.g. 1001).
            folder: Required. Folder name (e.g. INBOX; values from getVoicemailFolders).
            message_num: Required. Number of the message in the folder (e.g. 1).
            email_address: Required. Destination e-mail address.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_send_voicemail_email(
            mailbox=mailbox,
            folder=folder,
            message_num=message_num,
            email_address=email_address,
        )
        return self._call(
            *self._over(prepared, _ops.parse_send_voicemail_email, _ops.parse_soap_send_voicemail_email),
            timeout,
            max_retries,
            deadline,
        )

    def set_callback(
        self,
        *,
        callback: str | None = None,
        description: str,
        number: int,
        delay_before: int,
        response_timeout: int,
        digit_timeout: int,
        callerid_number: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetCallbackResponse:
        """Create a callback entry, or update one when callback is given.

        Calls ``GET /api/v1/rest.php`` (setCallback); changes state on the carrier.
        Over SOAP, POSTs ``<setCallback>`` to ``/api/v1/server.php``.

        Args:
            callback: ID of the callback to update (e.g. 2359); omit to create one.
            description: Required. Description of the callback.
            number: Required. Number called back.
            delay_before: Required. Seconds to wait before calling back.
            response_timeout: Required. Seconds before hanging up on incomplete input.
            digit_timeout: Required. Seconds allowed between digits.
            callerid_number: Caller ID override for the callback.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetCallbackResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_callback(
            callback=callback,
            description=description,
            number=number,
            delay_before=delay_before,
            response_timeout=response_timeout,
            digit_timeout=digit_timeout,
            callerid_number=callerid_number,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_callback, _ops.parse_soap_set_callback), timeout, max_retries, deadline
        )

    def set_caller_id_filtering(
        self,
        *,
        filter: str | None = None,
        callerid: str,
        did: str,
        routing: str,
        failover_unreachable: str | None = None,
        failover_busy: str | None = None,
        failover_noanswer: str | None = None,
        note: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetCallerIDFilteringResponse:
        """Create a caller ID filtering entry, or update one when filter is given.

        Calls ``GET /api/v1/rest.php`` (setCallerIDFiltering); changes state on the carrier.
        Over SOAP, POSTs ``<setCallerIDFiltering>`` to ``/api/v1/server.php``.

        Args:
            filter: ID of the filtering to update (e.g. 18915); omit to create one.
            callerid: Required. Caller ID that triggers the filter (NPANXXXXXX, 0 = anonymous, i =
                non-North-American, s/sb/sc = STIR/SHAKEN level, p or p:GROUP = phonebook).
            did: Required. DIDs the filter applies to (all, or a DID).
            routing: Required. Routing when the filter matches (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo
                or none:).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_busy: Routing when busy (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            note: Note for the filtering.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetCallerIDFilteringResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_caller_id_filtering(
            filter=filter,
            callerid=callerid,
            did=did,
            routing=routing,
            failover_unreachable=failover_unreachable,
            failover_busy=failover_busy,
            failover_noanswer=failover_noanswer,
            note=note,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_caller_id_filtering, _ops.parse_soap_set_caller_id_filtering),
            timeout,
            max_retries,
            deadline,
        )

    def set_call_hunting(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetCallHuntingResponse:
        """Create a call hunting entry, or update one when callhunting is given.

        Calls ``GET /api/v1/rest.php`` (setCallHunting); changes state on the carrier.
        Over SOAP, POSTs ``<setCallHunting>`` to ``/api/v1/server.php``.

        Args:
            callhunting: ID of the call hunting to update (e.g. 235); omit to create one.
            description: Required. Description of the call hunting.
            music: Required. Music on hold code (values from getMusicOnHold).
            recording: Required. Recording (values from getRecordings).
            language: Required. Language code (values from getLanguages).
            order: Required. Order in which members are called.
            members: Required. Members, semicolon-separated routings (e.g. account:100001;fwd:16006).
            ring_time: Required. Ring time of each member in seconds, semicolon-separated, one per member.
            press: Required. Whether each member must press 1 to take the call, semicolon-separated, one per member.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetCallHuntingResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_call_hunting(
            callhunting=callhunting,
            description=description,
            music=music,
            recording=recording,
            language=language,
            order=order,
            members=members,
            ring_time=ring_time,
            press=press,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_call_hunting, _ops.parse_soap_set_call_hunting),
            timeout,
            max_retries,
            deadline,
        )

    def set_call_parking(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetCallParkingResponse:
        """Create a call parking entry, or update one when callparking is given.

        Calls ``GET /api/v1/rest.php`` (setCallParking); changes state on the carrier.
        Over SOAP, POSTs ``<setCallParking>`` to ``/api/v1/server.php``.

        Args:
            callparking: ID of the call parking to update (e.g. 235); omit to create one.
            name: Required. Name of the call parking.
            timeout_: Required. Seconds a call stays parked before going to the failover.
            music: Required. Music on hold code (values from getMusicOnHold).
            failover: Required. Destination of unanswered parked calls: callback, system:hangup or vm:MAILBOX.
            language: Required. Language code (values from getLanguages).
            destination: Required. Destination called to announce the parked call: parker, the main account or a sub
                account.
            delay: Required. Seconds before the announce destination is called.
            blf_lamps: Required. Number of BLF lamps of the parking lot, 0 to 10. (at least 0; at most 10)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetCallParkingResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_call_parking(
            callparking=callparking,
            name=name,
            timeout_=timeout_,
            music=music,
            failover=failover,
            language=language,
            destination=destination,
            delay=delay,
            blf_lamps=blf_lamps,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_call_parking, _ops.parse_soap_set_call_parking),
            timeout,
            max_retries,
            deadline,
        )

    def set_client(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a reseller client.

        Calls ``GET /api/v1/rest.php`` (setClient); changes state on the carrier.
        Over SOAP, POSTs ``<setClient>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 561115).
            email: Required. E-mail address of the client.
            password: Required. Password of the client.
            company: Company of the client.
            firstname: Required. First name of the client.
            lastname: Required. Last name of the client.
            address: Address of the client.
            city: City of the client.
            state: State of the client.
            country: Country of the client (values from getCountries).
            zip: ZIP or postal code of the client.
            phone_number: Required. Phone number of the client.
            balance_management: Balance management code (values from getBalanceManagement).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_client(
            client=client,
            email=email,
            password=password,
            company=company,
            firstname=firstname,
            lastname=lastname,
            address=address,
            city=city,
            state=state,
            country=country,
            zip=zip,
            phone_number=phone_number,
            balance_management=balance_management,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_client, _ops.parse_soap_set_client), timeout, max_retries, deadline
        )

    def set_client_threshold(
        self,
        *,
        client: int,
        email: str | None = None,
        threshold: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Set the balance threshold and notification e-mail of a reseller client.

        Calls ``GET /api/v1/rest.php`` (setClientThreshold); changes state on the carrier.
        Over SOAP, POSTs ``<setClientThreshold>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 561115).
            email: E-mail address notified when the balance falls below the threshold.
            threshold: Required. Threshold amount, 1 to 250 (e.g. 10). (at least 1; at most 250)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_client_threshold(
            client=client,
            email=email,
            threshold=threshold,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_client_threshold, _ops.parse_soap_set_client_threshold),
            timeout,
            max_retries,
            deadline,
        )

    def set_conference(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetConferenceResponse:
        """Create or update a conference.

        Calls ``GET /api/v1/rest.php`` (setConference); changes state on the carrier.
        Over SOAP, POSTs ``<setConference>`` to ``/api/v1/server.php``.

        Args:
            conference: Required. ID of the conference (e.g. 5356).
            name: Required. Name of the conference.
            description: Required. Description of the conference.
            members: Member profile IDs, semicolon-separated (e.g. 30;31;32).
            max_members: Required. Maximum number of members.
            sound_join: Recording played when a member joins (values from getRecordings).
            sound_leave: Recording played when a member leaves (values from getRecordings).
            sound_has_joined: Recording played introducing a member (values from getRecordings).
            sound_has_left: Recording played after a member has left (values from getRecordings).
            sound_kicked: Recording played to a kicked member (values from getRecordings).
            sound_muted: Recording played to a member when muted (values from getRecordings).
            sound_unmuted: Recording played to a member when unmuted (values from getRecordings).
            sound_only_person: Recording played to the only person in the conference (values from getRecordings).
            sound_only_one: Recording played when one other person is in the conference (values from getRecordings).
            sound_there_are: Recording played announcing the member count (values from getRecordings).
            sound_other_in_party: Recording played after the member count ('other in party') (values from
                getRecordings).
            sound_place_into_conference: Recording played while waiting for a marked user (values from
                getRecordings).
            sound_get_pin: Recording played prompting for the PIN (values from getRecordings).
            sound_invalid_pin: Recording played after too many invalid PINs (values from getRecordings).
            sound_locked: Recording played to a member joining a locked conference (values from getRecordings).
            sound_locked_now: Recording played to an admin locking the conference (values from getRecordings).
            sound_unlocked_now: Recording played to an admin unlocking the conference (values from getRecordings).
            sound_error_menu: Recording played on a menu error (values from getRecordings).
            sound_participants_muted: Recording played when all non-admins are muted (values from getRecordings).
            sound_participants_unmuted: Recording played when all non-admins are unmuted (values from getRecordings).
            language: Language code (values from getLanguages).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetConferenceResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_conference(
            conference=conference,
            name=name,
            description=description,
            members=members,
            max_members=max_members,
            sound_join=sound_join,
            sound_leave=sound_leave,
            sound_has_joined=sound_has_joined,
            sound_has_left=sound_has_left,
            sound_kicked=sound_kicked,
            sound_muted=sound_muted,
            sound_unmuted=sound_unmuted,
            sound_only_person=sound_only_person,
            sound_only_one=sound_only_one,
            sound_there_are=sound_there_are,
            sound_other_in_party=sound_other_in_party,
            sound_place_into_conference=sound_place_into_conference,
            sound_get_pin=sound_get_pin,
            sound_invalid_pin=sound_invalid_pin,
            sound_locked=sound_locked,
            sound_locked_now=sound_locked_now,
            sound_unlocked_now=sound_unlocked_now,
            sound_error_menu=sound_error_menu,
            sound_participants_muted=sound_participants_muted,
            sound_participants_unmuted=sound_participants_unmuted,
            language=language,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_conference, _ops.parse_soap_set_conference),
            timeout,
            max_retries,
            deadline,
        )

    def set_conference_member(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetConferenceMemberResponse:
        """Create or update a conference member profile.

        Calls ``GET /api/v1/rest.php`` (setConferenceMember); changes state on the carrier.
        Over SOAP, POSTs ``<setConferenceMember>`` to ``/api/v1/server.php``.

        Args:
            member: Required. ID of the member profile (e.g. 5356).
            conference: Required. ID of the conference (e.g. 5356).
            name: Required. Name of the member.
            description: Description of the member.
            pin: PIN of the member.
            announce_join_leave: Play the join/leave announcement.
            admin: Make the member an admin.
            start_muted: Start muted.
            announce_user_count: Announce the member count on joining.
            announce_only_user: Play the 'only user' announcement in an empty conference.
            moh_when_empty: Music on hold when alone in the conference (values from getMusicOnHold).
            quiet: Do not play enter/leave prompts and introductions.
            announcement: Recording heard by the member on joining (values from getRecordings).
            drop_silence: Drop silence from the conference audio.
            talking_threshold: Milliseconds of sound before the member counts as talking (100 to 250 in steps of 20,
                or 250).
            silence_threshold: Milliseconds of silence before the audio counts as silent (2000 to 3000 in steps of
                100).
            talk_detection: Show talk start/stop notifications on the dashboard.
            jitter_buffer: Use a jitter buffer on the member's audio.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetConferenceMemberResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_conference_member(
            member=member,
            conference=conference,
            name=name,
            description=description,
            pin=pin,
            announce_join_leave=announce_join_leave,
            admin=admin,
            start_muted=start_muted,
            announce_user_count=announce_user_count,
            announce_only_user=announce_only_user,
            moh_when_empty=moh_when_empty,
            quiet=quiet,
            announcement=announcement,
            drop_silence=drop_silence,
            talking_threshold=talking_threshold,
            silence_threshold=silence_threshold,
            talk_detection=talk_detection,
            jitter_buffer=jitter_buffer,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_conference_member, _ops.parse_soap_set_conference_member),
            timeout,
            max_retries,
            deadline,
        )

    def set_did_billing_type(
        self,
        *,
        did: str,
        billing_type: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Change the billing plan of a DID.

        Calls ``GET /api/v1/rest.php`` (setDIDBillingType); changes state on the carrier.
        Over SOAP, POSTs ``<setDIDBillingType>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to change.
            billing_type: Required. Billing plan: 1 = per minute, 2 = flat rate. (at least 1; at most 2)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_did_billing_type(
            did=did,
            billing_type=billing_type,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_did_billing_type, _ops.parse_soap_set_did_billing_type),
            timeout,
            max_retries,
            deadline,
        )

    def set_did_info(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update the settings of a DID.

        Calls ``GET /api/v1/rest.php`` (setDIDInfo); changes state on the carrier.
        Over SOAP, POSTs ``<setDIDInfo>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to update (e.g. 5551234567).
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID.
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            note: Free-text note.
            port_out_pin: Port-out PIN protecting the number against unauthorised port-out (selected US numbers).
            billing_type: Required. Billing plan: 1 = per minute, 2 = flat rate. (at least 1; at most 2)
            record_calls: Record calls.
            inbound_dialing_mode: Dialing mode of inbound calls: 0 = NANPA, 1 = E164. (at least 0; at most 1)
            transcribe: Enable call transcription.
            transcription_locale: Transcription locale codes, comma-separated, up to 10 (values from getLocales).
            transcription_redaction: Redact transcriptions.
            transcription_summary: Add a summary to transcriptions.
            transcription_sentiment: Add sentiment analysis to transcriptions.
            transcription_email: E-mail address receiving call transcriptions.
            sms_sipaccount_enabled: Deliver received SMS messages to sms_sipaccount.
            sms_sipaccount: SIP account or sub account receiving the SMS messages.
            transcription_start_delay: Seconds before transcription starts, 0 to 60 in steps of 5. (at least 0; at
                most 60)
            voicemail_threshold: Voicemail threshold in seconds, 0 to 60 in steps of 5. (at least 0; at most 60)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_did_info(
            did=did,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            note=note,
            port_out_pin=port_out_pin,
            billing_type=billing_type,
            record_calls=record_calls,
            inbound_dialing_mode=inbound_dialing_mode,
            transcribe=transcribe,
            transcription_locale=transcription_locale,
            transcription_redaction=transcription_redaction,
            transcription_summary=transcription_summary,
            transcription_sentiment=transcription_sentiment,
            transcription_email=transcription_email,
            sms_sipaccount_enabled=sms_sipaccount_enabled,
            sms_sipaccount=sms_sipaccount,
            transcription_start_delay=transcription_start_delay,
            voicemail_threshold=voicemail_threshold,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_did_info, _ops.parse_soap_set_did_info), timeout, max_retries, deadline
        )

    def set_didpop(
        self,
        *,
        did: str,
        pop: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Change the point of presence (server) of a DID.

        Calls ``GET /api/v1/rest.php`` (setDIDPOP); changes state on the carrier.
        Over SOAP, POSTs ``<setDIDPOP>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to update (e.g. 5551234567).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_didpop(
            did=did,
            pop=pop,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_didpop, _ops.parse_soap_set_didpop), timeout, max_retries, deadline
        )

    def set_did_routing(
        self,
        *,
        did: str,
        routing: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Change the main routing of a DID.

        Calls ``GET /api/v1/rest.php`` (setDIDRouting); changes state on the carrier.
        Over SOAP, POSTs ``<setDIDRouting>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to update (e.g. 5551234567).
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_did_routing(
            did=did,
            routing=routing,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_did_routing, _ops.parse_soap_set_did_routing),
            timeout,
            max_retries,
            deadline,
        )

    def set_did_voicemail(
        self,
        *,
        did: str,
        voicemail: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Change the voicemail box of a DID.

        Calls ``GET /api/v1/rest.php`` (setDIDVoicemail); changes state on the carrier.
        Over SOAP, POSTs ``<setDIDVoicemail>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to update (e.g. 5551234567).
            voicemail: Mailbox for the DID.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_did_voicemail(
            did=did,
            voicemail=voicemail,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_did_voicemail, _ops.parse_soap_set_did_voicemail),
            timeout,
            max_retries,
            deadline,
        )

    def set_disa(
        self,
        *,
        disa: str | None = None,
        name: str,
        pin: int,
        digit_timeout: int,
        callerid_override: str | None = None,
        language: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetDISAResponse:
        """Create a DISA entry, or update one when disa is given.

        Calls ``GET /api/v1/rest.php`` (setDISA); changes state on the carrier.
        Over SOAP, POSTs ``<setDISA>`` to ``/api/v1/server.php``.

        Args:
            disa: ID of the DISA to update (e.g. 2114); omit to create one.
            name: Required. Name of the DISA.
            pin: Required. PIN of the DISA.
            digit_timeout: Required. Seconds allowed between digits.
            callerid_override: Caller ID override.
            language: Language: en, fr or es.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetDISAResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_disa(
            disa=disa,
            name=name,
            pin=pin,
            digit_timeout=digit_timeout,
            callerid_override=callerid_override,
            language=language,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_disa, _ops.parse_soap_set_disa), timeout, max_retries, deadline
        )

    def set_email_to_fax(
        self,
        *,
        id: int | None = None,
        enabled: bool | None = None,
        auth_email: str,
        from_number_id: str,
        security_code_enabled: bool | None = None,
        security_code: str,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Create an email-to-fax configuration, or update one when id is given.

        Calls ``GET /api/v1/rest.php`` (setEmailToFax); changes state on the carrier.
        Over SOAP, POSTs ``<setEmailToFax>`` to ``/api/v1/server.php``.

        Args:
            id: ID of the configuration to update (values from getEmailToFax); omit to create one.
            enabled: Send faxes for e-mails received from auth_email.
            auth_email: Required. E-mail address the faxes are sent from.
            from_number_id: Required. Fax number shown as the sender (values from getFaxNumbersInfo).
            security_code_enabled: Require the security code in the e-mail subject.
            security_code: Required. Alphanumeric security code.
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_email_to_fax(
            id=id,
            enabled=enabled,
            auth_email=auth_email,
            from_number_id=from_number_id,
            security_code_enabled=security_code_enabled,
            security_code=security_code,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_email_to_fax, _ops.parse_soap_set_email_to_fax),
            timeout,
            max_retries,
            deadline,
        )

    def set_fax_folder(
        self,
        *,
        id: int | None = None,
        name: str,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Create a fax folder, or update one when id is given.

        Calls ``GET /api/v1/rest.php`` (setFaxFolder); changes state on the carrier.
        Over SOAP, POSTs ``<setFaxFolder>`` to ``/api/v1/server.php``.

        Args:
            id: ID of the folder to update (values from getFaxFolders); omit to create one.
            name: Required. Name of the folder (e.g. FAMILY).
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_fax_folder(
            id=id,
            name=name,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_fax_folder, _ops.parse_soap_set_fax_folder),
            timeout,
            max_retries,
            deadline,
        )

    def set_fax_number_email(
        self,
        *,
        did: int,
        email: str | None = None,
        email_enable: bool | None = None,
        email_attach_file: bool | None = None,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update the e-mail notification settings of a fax number.

        Calls ``GET /api/v1/rest.php`` (setFaxNumberEmail); changes state on the carrier.
        Over SOAP, POSTs ``<setFaxNumberEmail>`` to ``/api/v1/server.php``.

        Args:
            did: Required. Fax number to update (e.g. 5552341234).
            email: E-mail address notified of incoming faxes.
            email_enable: Send e-mail notifications. (carrier default: False)
            email_attach_file: Attach the fax as a PDF to the notifications. (carrier default: False)
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_fax_number_email(
            did=did,
            email=email,
            email_enable=email_enable,
            email_attach_file=email_attach_file,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_fax_number_email, _ops.parse_soap_set_fax_number_email),
            timeout,
            max_retries,
            deadline,
        )

    def set_fax_number_info(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update the settings of a fax number.

        Calls ``GET /api/v1/rest.php`` (setFaxNumberInfo); changes state on the carrier.
        Over SOAP, POSTs ``<setFaxNumberInfo>`` to ``/api/v1/server.php``.

        Args:
            did: Required. Fax number to update (e.g. 5552341234).
            email: E-mail address notified of incoming faxes.
            email_enable: Send e-mail notifications. (carrier default: False)
            email_attach_file: Attach the fax as a PDF to the notifications. (carrier default: False)
            url_callback: URL receiving a POST for each incoming fax.
            url_callback_enable: Enable the URL callback. (carrier default: False)
            url_callback_retry: Retry the URL callback until it answers ok.
            fax_to_sip_enabled: Deliver received faxes to a SIP sub account. (carrier default: False)
            fax_to_sip_enabled_account: Sub account receiving the faxes (values from getSubAccounts).
            note: Free-text note.
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_fax_number_info(
            did=did,
            email=email,
            email_enable=email_enable,
            email_attach_file=email_attach_file,
            url_callback=url_callback,
            url_callback_enable=url_callback_enable,
            url_callback_retry=url_callback_retry,
            fax_to_sip_enabled=fax_to_sip_enabled,
            fax_to_sip_enabled_account=fax_to_sip_enabled_account,
            note=note,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_fax_number_info, _ops.parse_soap_set_fax_number_info),
            timeout,
            max_retries,
            deadline,
        )

    def set_fax_number_url_callback(
        self,
        *,
        did: int,
        url_callback: str | None = None,
        url_callback_enable: bool | None = None,
        url_callback_retry: bool | None = None,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update the URL callback settings of a fax number.

        Calls ``GET /api/v1/rest.php`` (setFaxNumberURLCallback); changes state on the carrier.
        Over SOAP, POSTs ``<setFaxNumberURLCallback>`` to ``/api/v1/server.php``.

        Args:
            did: Required. Fax number to update (e.g. 5552341234).
            url_callback: URL receiving a POST for each incoming fax.
            url_callback_enable: Enable the URL callback. (carrier default: False)
            url_callback_retry: Retry the URL callback until it answers ok.
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_fax_number_url_callback(
            did=did,
            url_callback=url_callback,
            url_callback_enable=url_callback_enable,
            url_callback_retry=url_callback_retry,
            test=test,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_fax_number_url_callback, _ops.parse_soap_set_fax_number_url_callback),
            timeout,
            max_retries,
            deadline,
        )

    def set_forwarding(
        self,
        *,
        forwarding: str | None = None,
        phone_number: str,
        callerid_override: str | None = None,
        description: str | None = None,
        dtmf_digits: str | None = None,
        pause: Decimal | None = None,
        diversion_header: bool | None = None,
        attestation_a_enabled: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetForwardingResponse:
        """Create a forwarding entry, or update one when forwarding is given.

        Calls ``GET /api/v1/rest.php`` (setForwarding); changes state on the carrier.
        Over SOAP, POSTs ``<setForwarding>`` to ``/api/v1/server.php``.

        Args:
            forwarding: ID of the forwarding to update (e.g. 19183); omit to create one.
            phone_number: Required. Number calls are forwarded to.
            callerid_override: Caller ID override.
            description: Description of the forwarding.
            dtmf_digits: DTMF digits sent when the call is answered.
            pause: Pause in seconds before sending the digits, 0 to 10 in steps of 0.5 (e.g. 1.5). (at least 0; at
                most 10)
            diversion_header: Add a Diversion header to forwarded calls.
            attestation_a_enabled: Send forwarded calls with STIR/SHAKEN attestation A.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetForwardingResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_forwarding(
            forwarding=forwarding,
            phone_number=phone_number,
            callerid_override=callerid_override,
            description=description,
            dtmf_digits=dtmf_digits,
            pause=pause,
            diversion_header=diversion_header,
            attestation_a_enabled=attestation_a_enabled,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_forwarding, _ops.parse_soap_set_forwarding),
            timeout,
            max_retries,
            deadline,
        )

    def set_ivr(
        self,
        *,
        ivr: str | None = None,
        name: str,
        recording: int,
        timeout_: int,
        language: str,
        voicemailsetup: int,
        choices: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetIVRResponse:
        """Create an IVR, or update one when ivr is given.

        Calls ``GET /api/v1/rest.php`` (setIVR); changes state on the carrier.
        Over SOAP, POSTs ``<setIVR>`` to ``/api/v1/server.php``.

        Args:
            ivr: ID of the IVR to update (e.g. 4636); omit to create one.
            name: Required. Name of the IVR.
            recording: Required. Recording played (values from getRecordings).
            timeout_: Required. Seconds allowed to enter a choice after the recording.
            language: Required. Language code (values from getLanguages).
            voicemailsetup: Required. Voicemail setup (values from getVoicemailSetups).
            choices: Required. Choices, semicolon-separated (e.g. 1=sip:5096;2=fwd:20222).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetIVRResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_ivr(
            ivr=ivr,
            name=name,
            recording=recording,
            timeout_=timeout_,
            language=language,
            voicemailsetup=voicemailsetup,
            choices=choices,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_ivr, _ops.parse_soap_set_ivr), timeout, max_retries, deadline
        )

    def set_location(
        self,
        *,
        name: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Create an internal extension location.

        Calls ``GET /api/v1/rest.php`` (setLocation); changes state on the carrier.
        REST only: a SOAP client refuses it.

        Args:
            name: Required. Name of the location (e.g. Location1).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_location(
            name=name,
        )
        return self._call(self._rest_only(prepared), _ops.parse_set_location, timeout, max_retries, deadline)

    def set_music_on_hold(
        self,
        *,
        name: str | None = None,
        description: str,
        volume: bool | None = None,
        sort: str | None = None,
        recordings: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Create or update a custom music on hold from recordings.

        Calls ``GET /api/v1/rest.php`` (setMusicOnHold); changes state on the carrier.
        Over SOAP, POSTs ``<setMusicOnHold>`` to ``/api/v1/server.php``.

        Args:
            name: Name of the music on hold to update (values from getMusicOnHold); omit to create one.
            description: Required. Description of the music on hold.
            volume: Play at quiet volume.
            sort: Order of the recordings (e.g. alpha, random).
            recordings: Required. Recording IDs, comma-separated (values from getRecordings, e.g. 1234,1235).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_music_on_hold(
            name=name,
            description=description,
            volume=volume,
            sort=sort,
            recordings=recordings,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_music_on_hold, _ops.parse_soap_set_music_on_hold),
            timeout,
            max_retries,
            deadline,
        )

    def set_phonebook(
        self,
        *,
        phonebook: str | None = None,
        speed_dial: str | None = None,
        name: str,
        number: str,
        callerid: str | None = None,
        note: str | None = None,
        group: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetPhonebookResponse:
        """Create a phonebook entry, or update one when phonebook is given.

        Calls ``GET /api/v1/rest.php`` (setPhonebook); changes state on the carrier.
        Over SOAP, POSTs ``<setPhonebook>`` to ``/api/v1/server.php``.

        Args:
            phonebook: ID of the entry to update (e.g. 32207); omit to create one.
            speed_dial: Speed dial of the entry.
            name: Required. Name of the entry.
            number: Required. Number or SIP address of the entry (e.g. 5552223333 or sip:2563).
            callerid: Caller ID override when dialling via speed dial.
            note: Note for the entry.
            group: ID of the phonebook group.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetPhonebookResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_phonebook(
            phonebook=phonebook,
            speed_dial=speed_dial,
            name=name,
            number=number,
            callerid=callerid,
            note=note,
            group=group,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_phonebook, _ops.parse_soap_set_phonebook),
            timeout,
            max_retries,
            deadline,
        )

    def set_phonebook_group(
        self,
        *,
        phonebook: str | None = None,
        group: str | None = None,
        name: str,
        members: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetPhonebookGroupResponse:
        """Create a phonebook group, or update one and its members when group is given.

        Calls ``GET /api/v1/rest.php`` (setPhonebookGroup); changes state on the carrier.
        Over SOAP, POSTs ``<setPhonebookGroup>`` to ``/api/v1/server.php``.

        Args:
            phonebook: Phonebook entry ID (undocumented; members takes the entry list).
            group: ID of the group to update (e.g. 32207); omit to create one.
            name: Required. Name of the group.
            members: Phonebook entry IDs in the group, semicolon-separated.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetPhonebookGroupResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_phonebook_group(
            phonebook=phonebook,
            group=group,
            name=name,
            members=members,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_phonebook_group, _ops.parse_soap_set_phonebook_group),
            timeout,
            max_retries,
            deadline,
        )

    def set_queue(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetQueueResponse:
        """Create a call queue, or update one when queue is given.

        Calls ``GET /api/v1/rest.php`` (setQueue); changes state on the carrier.
        Over SOAP, POSTs ``<setQueue>`` to ``/api/v1/server.php``.

        Args:
            queue: ID of the queue to update (e.g. 32208); omit to create one.
            queue_name: Required. Name of the queue.
            queue_number: Required. Number of the queue.
            queue_language: Required. Language code (values from getLanguages).
            queue_password: Password of the queue.
            callerid_prefix: Caller ID prefix.
            join_announcement: Recording played on joining (values from getRecordings, or none).
            priority_weight: Required. Priority of the queue, 1 to 60. (at least 1; at most 60)
            agent_announcement: Recording played to the agent (values from getRecordings, or none).
            report_hold_time_agent: Required. Report the hold time to the agent (values from
                getReportEstimatedHoldTime).
            member_delay: Delay before the agent is connected, 1 to 15 seconds, or none.
            maximum_wait_time: Maximum wait in queue, in seconds (multiples of 30 up to 1200), or unlimited.
            maximum_callers: Maximum callers, 1 to 60, or unlimited.
            join_when_empty: Required. Whether callers join a queue without available members (values from
                getJoinWhenEmptyTypes: yes, no, strict).
            leave_when_empty: Required. Whether callers leave a queue without available members: yes, no or strict.
            ring_strategy: Required. Ring strategy (values from getRingStrategies).
            ring_inuse: Required. Ring members already on a call.
            agent_ring_timeout: Seconds to ring an agent, 5 to 60. (at least 5; at most 60)
            retry_timer: Seconds before retrying all members, 5 to 60, or none.
            wrapup_time: Seconds before a free agent gets another call, 1 to 60, or none.
            voice_announcement: Periodic announcement recording (values from getRecordings, or none).
            frequency_announcement: Interval of the periodic announcement in seconds (multiples of 15 up to 1200), or
                none.
            announce_position_frecuency: Interval of the position announcement in seconds (multiples of 15 up to
                1200), or none.
            announce_round_seconds: Round the announced hold time to this many seconds (1 to 60), or none.
            if_announce_position_enabled_report_estimated_hold_time: Include the estimated hold time in position
                announcements.
            thankyou_for_your_patience: Say 'Thank you for your patience' after the position announcement.
            music_on_hold: Music on hold code (values from getMusicOnHold).
            fail_over_routing_timeout: Routing when the maximum wait time is reached.
            fail_over_routing_full: Routing when the maximum number of callers is reached.
            fail_over_routing_join_empty: Routing when a call arrives at a queue without members (join_when_empty =
                no).
            fail_over_routing_leave_empty: Routing when the last member leaves with calls waiting (leave_when_empty =
                yes).
            fail_over_routing_join_unavail: Routing when a call arrives and all members are unavailable.
            fail_over_routing_leave_unavail: Routing when all remaining members become unavailable.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetQueueResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_queue(
            queue=queue,
            queue_name=queue_name,
            queue_number=queue_number,
            queue_language=queue_language,
            queue_password=queue_password,
            callerid_prefix=callerid_prefix,
            join_announcement=join_announcement,
            priority_weight=priority_weight,
            agent_announcement=agent_announcement,
            report_hold_time_agent=report_hold_time_agent,
            member_delay=member_delay,
            maximum_wait_time=maximum_wait_time,
            maximum_callers=maximum_callers,
            join_when_empty=join_when_empty,
            leave_when_empty=leave_when_empty,
            ring_strategy=ring_strategy,
            ring_inuse=ring_inuse,
            agent_ring_timeout=agent_ring_timeout,
            retry_timer=retry_timer,
            wrapup_time=wrapup_time,
            voice_announcement=voice_announcement,
            frequency_announcement=frequency_announcement,
            announce_position_frecuency=announce_position_frecuency,
            announce_round_seconds=announce_round_seconds,
            if_announce_position_enabled_report_estimated_hold_time=if_announce_position_enabled_report_estimated_hold_time,
            thankyou_for_your_patience=thankyou_for_your_patience,
            music_on_hold=music_on_hold,
            fail_over_routing_timeout=fail_over_routing_timeout,
            fail_over_routing_full=fail_over_routing_full,
            fail_over_routing_join_empty=fail_over_routing_join_empty,
            fail_over_routing_leave_empty=fail_over_routing_leave_empty,
            fail_over_routing_join_unavail=fail_over_routing_join_unavail,
            fail_over_routing_leave_unavail=fail_over_routing_leave_unavail,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_queue, _ops.parse_soap_set_queue), timeout, max_retries, deadline
        )

    def set_recording(
        self,
        *,
        recording: str | None = None,
        file: str | None = None,
        name: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetRecordingResponse:
        """Upload a recording, or rename or replace one when recording is given.

        Calls ``POST /api/v1/rest.php`` (setRecording); changes state on the carrier.
        Over SOAP, POSTs ``<setRecording>`` to ``/api/v1/server.php``.

        Args:
            recording: ID of the recording to update (e.g. 33221); omit to create one.
            file: Audio file, Base64-encoded; with recording, replaces the file.
            name: Name of the recording (e.g. recording1); with recording, renames it.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetRecordingResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_recording(
            recording=recording,
            file=file,
            name=name,
            credentials=self._credential_pairs(),
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_recording, _ops.parse_soap_set_recording),
            timeout,
            max_retries,
            deadline,
        )

    def set_ring_group(
        self,
        *,
        ring_group: str | None = None,
        name: str,
        members: str,
        voicemail: str,
        caller_announcement: str | None = None,
        music_on_hold: str | None = None,
        language: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetRingGroupResponse:
        """Create a ring group, or update one when ring_group is given.

        Calls ``GET /api/v1/rest.php`` (setRingGroup); changes state on the carrier.
        Over SOAP, POSTs ``<setRingGroup>`` to ``/api/v1/server.php``.

        Args:
            ring_group: ID of the ring group to update (e.g. 4768); omit to create one.
            name: Required. Name of the ring group.
            members: Required. Members, semicolon-separated, each routing[,ring seconds,press1] (e.g.
                account:100001,25,0;fwd:16006).
            voicemail: Required. Voicemail box (values from getVoicemails).
            caller_announcement: Caller announcement recording (values from getRecordings).
            music_on_hold: Music on hold code (values from getMusicOnHold).
            language: Language code (values from getLanguages).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetRingGroupResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_ring_group(
            ring_group=ring_group,
            name=name,
            members=members,
            voicemail=voicemail,
            caller_announcement=caller_announcement,
            music_on_hold=music_on_hold,
            language=language,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_ring_group, _ops.parse_soap_set_ring_group),
            timeout,
            max_retries,
            deadline,
        )

    def set_sequences(
        self,
        *,
        sequence: int | None = None,
        name: str,
        steps: Sequence[SequenceStep],
        client: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetSequencesResponse:
        """Create a sequence, or update one when sequence is given.

        Calls ``GET /api/v1/rest.php`` (setSequences); changes state on the carrier.
        REST only: a SOAP client refuses it.

        Args:
            sequence: ID of the sequence to update (e.g. 5356); omit to create one.
            name: Required. Name of the sequence.
            steps: Required. The steps, in order, sent as one JSON array. (at least 1 item)
            client: Reseller client ID the sequence belongs to (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetSequencesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_sequences(
            sequence=sequence,
            name=name,
            steps=steps,
            client=client,
        )
        return self._call(self._rest_only(prepared), _ops.parse_set_sequences, timeout, max_retries, deadline)

    def set_sipuri(
        self,
        *,
        sipuri: str | None = None,
        uri: str,
        description: str | None = None,
        callerid_override: str | None = None,
        callerid_e164: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetSIPURIResponse:
        """Create a SIP URI, or update one when sipuri is given.

        Calls ``GET /api/v1/rest.php`` (setSIPURI); changes state on the carrier.
        Over SOAP, POSTs ``<setSIPURI>`` to ``/api/v1/server.php``.

        Args:
            sipuri: ID of the SIP URI to update (e.g. 6199); omit to create one.
            uri: Required. SIP URI (e.g. user@example.com).
            description: Description of the SIP URI.
            callerid_override: Caller ID number override used with this SIP URI.
            callerid_e164: Send the caller ID in E.164 form.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetSIPURIResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_sipuri(
            sipuri=sipuri,
            uri=uri,
            description=description,
            callerid_override=callerid_override,
            callerid_e164=callerid_e164,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_sipuri, _ops.parse_soap_set_sipuri), timeout, max_retries, deadline
        )

    def set_sms(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetSMSResponse:
        """Enable or disable SMS on a DID and change its SMS settings.

        Calls ``GET /api/v1/rest.php`` (setSMS); changes state on the carrier.
        Over SOAP, POSTs ``<setSMS>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to update (e.g. 5551234567).
            enable: Required. Enable SMS on the DID.
            email_enabled: E-mail received messages to email_address.
            email_address: E-mail address receiving the messages.
            sms_forward_enable: Forward received messages to sms_forward.
            sms_forward: Number received messages are forwarded to (e.g. 5551234567).
            url_callback_enable: Send a GET request to url_callback for each received message.
            url_callback: Callback URL; {FROM}, {TO} and {MESSAGE} are replaced (e.g.
                http://example.com/sms.php?to={TO}&from={FROM}&message={MESSAGE}).
            url_callback_retry: Retry the callback every 30 minutes until the page answers ok.
            webhook_enable: POST received SMS and MMS messages to webhook.
            webhook: Webhook URL of a 3CX or PortSIP PBX receiving the messages.
            dialmode: Number format of sent messages: 1 = NANPA (10 digits), 2 = E164 (+1). (at least 1; at most 2)
            smpp_enabled: Deliver received messages to smpp_url.
            smpp_url: SMPP URL receiving the messages (smpp:// or ssmpp://, with user, password and port).
            smpp_user: SMPP user name.
            smpp_pass: SMPP password.
            sms_sipaccount: SIP account or sub account receiving the messages.
            sms_sipaccount_enabled: Deliver received messages to sms_sipaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetSMSResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_sms(
            did=did,
            enable=enable,
            email_enabled=email_enabled,
            email_address=email_address,
            sms_forward_enable=sms_forward_enable,
            sms_forward=sms_forward,
            url_callback_enable=url_callback_enable,
            url_callback=url_callback,
            url_callback_retry=url_callback_retry,
            webhook_enable=webhook_enable,
            webhook=webhook,
            dialmode=dialmode,
            smpp_enabled=smpp_enabled,
            smpp_url=smpp_url,
            smpp_user=smpp_user,
            smpp_pass=smpp_pass,
            sms_sipaccount=sms_sipaccount,
            sms_sipaccount_enabled=sms_sipaccount_enabled,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_sms, _ops.parse_soap_set_sms), timeout, max_retries, deadline
        )

    def set_static_member(
        self,
        *,
        member: str | None = None,
        queue: int,
        member_name: str,
        account: str | None = None,
        priority: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetStaticMemberResponse:
        """Add a static member to a queue, or update one when member is given.

        Calls ``GET /api/v1/rest.php`` (setStaticMember); changes state on the carrier.
        Over SOAP, POSTs ``<setStaticMember>`` to ``/api/v1/server.php``.

        Args:
            member: ID of the member to update (e.g. 619); omit to create one.
            queue: Required. ID of the queue.
            member_name: Required. Description of the member.
            account: Sub account receiving the calls (values from getSubAccounts).
            priority: Required. Priority for getting calls first (e.g. 0).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetStaticMemberResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_static_member(
            member=member,
            queue=queue,
            member_name=member_name,
            account=account,
            priority=priority,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_static_member, _ops.parse_soap_set_static_member),
            timeout,
            max_retries,
            deadline,
        )

    def set_sub_account(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a sub account.

        Calls ``GET /api/v1/rest.php`` (setSubAccount); changes state on the carrier.
        Over SOAP, POSTs ``<setSubAccount>`` to ``/api/v1/server.php``.

        Args:
            id: Required. ID of the sub account (e.g. 10236).
            description: Description of the sub account.
            auth_type: Required. Authentication type code (values from getAuthTypes).
            password: Password, for user/password authentication.
            ip: IP address, for IP authentication.
            device_type: Required. Device type code (values from getDeviceTypes).
            callerid_number: Caller ID number override.
            canada_routing: Route code for calls to Canada (values from getRoutes).
            lock_international: Required. International lock code (values from getLockInternational).
            allow225: Calls to *225 announce the balance of the account (else they are rejected).
            international_route: Required. Route code for international calls (values from getRoutes).
            music_on_hold: Required. Music on hold code (values from getMusicOnHold).
            language: Language of system messages (values from getLanguages).
            allowed_codecs: Required. Allowed codecs, semicolon-separated (values from getAllowedCodecs, e.g.
                ulaw;g729;gsm).
            dtmf_mode: Required. DTMF mode code (values from getDTMFModes).
            nat: Required. NAT mode code (values from getNAT).
            sip_traffic: Encrypt SIP traffic.
            max_expiry: Max registration expiry in seconds, 60 to 3600. (at least 60; at most 3600)
            rtp_timeout: RTP timeout in seconds, 1 to 3600. (at least 1; at most 3600)
            rtp_hold_timeout: RTP hold timeout in seconds, 1 to 3600. (at least 1; at most 3600)
            ip_restriction: Comma-separated IPs, networks (CIDR) or host names allowed to place outgoing calls.
            enable_ip_restriction: Enable the IP restriction.
            pop_restriction: Comma-separated POPs allowed to place outgoing calls (values from getServersInfo).
            enable_pop_restriction: Enable the POP restriction.
            internal_extension: Internal extension (e.g. 1 creates 101).
            internal_voicemail: Internal voicemail box (e.g. 101).
            internal_dialtime: Internal dial timeout in seconds (1 to 60).
            reseller_client: Reseller client ID (e.g. 561115).
            reseller_package: Reseller package ID (e.g. 92364).
            reseller_nextbilling: Next billing date of the reseller client.
            reseller_chargesetup: Charge the package setup fee on save.
            parking_lot: ID of a call parking (e.g. 323).
            enable_internal_cnam: Enable the internal caller ID name.
            internal_cnam: Internal caller ID name.
            send_bye: Send BYE on successful transfer.
            record_calls: Record calls.
            transcribe: Enable call transcription.
            transcription_locale: Transcription locale codes, comma-separated, up to 10 (values from getLocales).
            transcription_email: E-mail address receiving call transcriptions.
            transcription_start_delay: Seconds before transcription starts, 0 to 60 in steps of 5. (at least 0; at
                most 60)
            dialing_mode: Outgoing dialing mode: 0 = main account setting, 1 = E164, 2 = NANPA. (at least 0; at most
                2)
            tfcarrier: Carrier for toll-free calls: -1 = main account setting, 0 = server default, 1 = US, 2 =
                Canadian. (at least -1; at most 2)
            internal_extension_location: Location group of the internal extension (values from getLocations).
            call_pickup_behavior: Call pickup: 1 = can pick up and be picked up, 2 = can pick up only, 3 = can be
                picked up only, 4 = neither. (at least 1; at most 4)
            default_e911: Default e911 caller ID.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_sub_account(
            id=id,
            description=description,
            auth_type=auth_type,
            password=password,
            ip=ip,
            device_type=device_type,
            callerid_number=callerid_number,
            canada_routing=canada_routing,
            lock_international=lock_international,
            allow225=allow225,
            international_route=international_route,
            music_on_hold=music_on_hold,
            language=language,
            allowed_codecs=allowed_codecs,
            dtmf_mode=dtmf_mode,
            nat=nat,
            sip_traffic=sip_traffic,
            max_expiry=max_expiry,
            rtp_timeout=rtp_timeout,
            rtp_hold_timeout=rtp_hold_timeout,
            ip_restriction=ip_restriction,
            enable_ip_restriction=enable_ip_restriction,
            pop_restriction=pop_restriction,
            enable_pop_restriction=enable_pop_restriction,
            internal_extension=internal_extension,
            internal_voicemail=internal_voicemail,
            internal_dialtime=internal_dialtime,
            reseller_client=reseller_client,
            reseller_package=reseller_package,
            reseller_nextbilling=reseller_nextbilling,
            reseller_chargesetup=reseller_chargesetup,
            parking_lot=parking_lot,
            enable_internal_cnam=enable_internal_cnam,
            internal_cnam=internal_cnam,
            send_bye=send_bye,
            record_calls=record_calls,
            transcribe=transcribe,
            transcription_locale=transcription_locale,
            transcription_email=transcription_email,
            transcription_start_delay=transcription_start_delay,
            dialing_mode=dialing_mode,
            tfcarrier=tfcarrier,
            internal_extension_location=internal_extension_location,
            call_pickup_behavior=call_pickup_behavior,
            default_e911=default_e911,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_sub_account, _ops.parse_soap_set_sub_account),
            timeout,
            max_retries,
            deadline,
        )

    def set_time_condition(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetTimeConditionResponse:
        """Create a time condition, or update one when timecondition is given.

        Calls ``GET /api/v1/rest.php`` (setTimeCondition); changes state on the carrier.
        Over SOAP, POSTs ``<setTimeCondition>`` to ``/api/v1/server.php``.

        Args:
            timecondition: ID of the time condition to update (e.g. 1830); omit to create one.
            name: Required. Name of the time condition.
            routing_match: Required. Routing when the condition matches.
            routing_nomatch: Required. Routing when the condition does not match.
            starthour: Required. Start hours, semicolon-separated (e.g. 8;8).
            startminute: Required. Start minutes, semicolon-separated (e.g. 0;0).
            endhour: Required. End hours, semicolon-separated (e.g. 16;12).
            endminute: Required. End minutes, semicolon-separated (e.g. 0;0).
            weekdaystart: Required. Start week days, semicolon-separated (e.g. mon;sat).
            weekdayend: Required. End week days, semicolon-separated (e.g. fri;sat).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetTimeConditionResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_time_condition(
            timecondition=timecondition,
            name=name,
            routing_match=routing_match,
            routing_nomatch=routing_nomatch,
            starthour=starthour,
            startminute=startminute,
            endhour=endhour,
            endminute=endminute,
            weekdaystart=weekdaystart,
            weekdayend=weekdayend,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_time_condition, _ops.parse_soap_set_time_condition),
            timeout,
            max_retries,
            deadline,
        )

    def set_voicemail(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a voicemail box.

        Calls ``GET /api/v1/rest.php`` (setVoicemail); changes state on the carrier.
        Over SOAP, POSTs ``<setVoicemail>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Required. Mailbox number (e.g. 1001).
            name: Required. Name of the mailbox.
            password: Required. Password of the mailbox.
            skip_password: Required. Skip the password prompt.
            email: E-mail addresses receiving messages, comma-separated.
            attach_message: Required. Attach the audio file to the e-mail.
            delete_message: Required. Delete messages once e-mailed.
            say_time: Required. Announce the time stamp.
            timezone: Required. Time zone of the mailbox (values from getTimezones).
            say_callerid: Required. Announce the caller ID.
            play_instructions: Required. Play instructions code (values from getPlayInstructions).
            language: Required. Language code (values from getLanguages).
            client: ID of the reseller client the mailbox belongs to (e.g. 561115).
            email_attachment_format: E-mail attachment format (values from getVoicemailAttachmentFormats).
            unavailable_message_recording: Recording for the unavailable message (values from getRecordings).
            transcription: Enable voicemail transcription.
            transcription_locale: Transcription locale codes, comma-separated, up to 10 (values from getLocales).
            transcription_redaction: Redact transcriptions.
            transcription_sentiment: Add sentiment analysis to transcriptions.
            transcription_summary: Add a summary to transcriptions.
            transcription_format: Transcription format.
            transcription_delay: Seconds before transcription starts: 0, or 5 to 60 in steps of 5; omitted, the
                current value stays. (at least 0; at most 60)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_voicemail(
            mailbox=mailbox,
            name=name,
            password=password,
            skip_password=skip_password,
            email=email,
            attach_message=attach_message,
            delete_message=delete_message,
            say_time=say_time,
            timezone=timezone,
            say_callerid=say_callerid,
            play_instructions=play_instructions,
            language=language,
            client=client,
            email_attachment_format=email_attachment_format,
            unavailable_message_recording=unavailable_message_recording,
            transcription=transcription,
            transcription_locale=transcription_locale,
            transcription_redaction=transcription_redaction,
            transcription_sentiment=transcription_sentiment,
            transcription_summary=transcription_summary,
            transcription_format=transcription_format,
            transcription_delay=transcription_delay,
        )
        return self._call(
            *self._over(prepared, _ops.parse_set_voicemail, _ops.parse_soap_set_voicemail),
            timeout,
            max_retries,
            deadline,
        )

    def signup_client(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SignupClientResponse:
        """Sign up a new reseller client.

        Calls ``GET /api/v1/rest.php`` (signupClient); changes state on the carrier.
        Over SOAP, POSTs ``<signupClient>`` to ``/api/v1/server.php``.

        Args:
            firstname: Required. First name of the client.
            lastname: Required. Last name of the client.
            company: Company of the client.
            address: Required. Address of the client.
            city: Required. City of the client.
            state: Required. State of the client.
            country: Required. Country of the client (values from getCountries).
            zip: Required. ZIP or postal code of the client.
            phone_number: Required. Phone number of the client.
            email: Required. E-mail address of the client.
            confirm_email: Required. E-mail address again, for confirmation.
            password: Required. Password of the client.
            confirm_password: Required. Password again, for confirmation.
            activate: Activate the client.
            balance_management: Balance management code (values from getBalanceManagement).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SignupClientResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_signup_client(
            firstname=firstname,
            lastname=lastname,
            company=company,
            address=address,
            city=city,
            state=state,
            country=country,
            zip=zip,
            phone_number=phone_number,
            email=email,
            confirm_email=confirm_email,
            password=password,
            confirm_password=confirm_password,
            activate=activate,
            balance_management=balance_management,
        )
        return self._call(
            *self._over(prepared, _ops.parse_signup_client, _ops.parse_soap_signup_client),
            timeout,
            max_retries,
            deadline,
        )

    def unconnect_did(
        self,
        *,
        did: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Disconnect a DID from a reseller client's sub account.

        Calls ``GET /api/v1/rest.php`` (unconnectDID); changes state on the carrier.
        Over SOAP, POSTs ``<unconnectDID>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to disconnect (e.g. 5551234567).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_unconnect_did(
            did=did,
        )
        return self._call(
            *self._over(prepared, _ops.parse_unconnect_did, _ops.parse_soap_unconnect_did),
            timeout,
            max_retries,
            deadline,
        )

    def unconnect_fax(
        self,
        *,
        did: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Disconnect a fax DID from a reseller client's sub account.

        Calls ``GET /api/v1/rest.php`` (unconnectFAX); changes state on the carrier.
        Over SOAP, POSTs ``<unconnectFAX>`` to ``/api/v1/server.php``.

        Args:
            did: Required. Fax DID to disconnect (e.g. 5551234567).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_unconnect_fax(
            did=did,
        )
        return self._call(
            *self._over(prepared, _ops.parse_unconnect_fax, _ops.parse_soap_unconnect_fax),
            timeout,
            max_retries,
            deadline,
        )


class AsyncClient(AsyncAPIClient, _ClientCore):
    """Asynchronous client for the VoIP.ms API.

    Manage VoIP.ms DIDs, sub accounts, SMS, fax, voicemail, e911 and number porting over the REST/JSON API.

    Use it as an async context manager, or call ``aclose()`` when done::

        async with voipms_sdk.AsyncClient(api_username="<api_username>", api_password="<api_password>") as client:
            ...

    Args:
        api_username: E-mail address used to log in to the VoIP.ms portal.
        api_password: API password set in the portal's API configuration (not the login password).
        base_url: production (a name from ``BASE_URLS``) or any URL; production by default.
        timeout: Seconds, or an ``httpx.Timeout``; 5 s to connect and 30 s to read by default.
        max_retries: Retries of a read-only call after a timeout, a throttle or a 5xx (default 2).
            Mutating calls are retried only when the connection never opened.
        deadline: Seconds a whole call may take, retries and waits included (default 60).
        rate_budget: Keep a client-side count of requests against the carrier's documented rate
            limits and refuse a call (``BudgetExhaustedError``, nothing sent) once its pool is spent.
        protocol: ``"rest"`` (the default) calls the REST/JSON API; ``"soap"`` calls the same
            operations over SOAP (/api/v1/server.php), with the same arguments, checks,
            results and errors. REST-only operations and parameters raise ValidationError there.
        http_client: An ``httpx.AsyncClient`` to send requests with (for proxies, custom transports or tests);
            the SDK does not close it.
    """

    def __init__(
        self,
        *,
        api_username: str,
        api_password: str,
        base_url: str = "production",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        deadline: float = 60.0,
        rate_budget: bool = False,
        http_client: httpx.AsyncClient | None = None,
        protocol: Literal["rest", "soap"] = "rest",
    ) -> None:
        super().__init__(
            api_username=api_username,
            api_password=api_password,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            protocol=protocol,
        )
        self._open(http_client, RateBudget(_ops.LIMITS) if rate_budget else None)

    async def add_charge(
        self,
        *,
        client: int,
        charge: Decimal,
        description: str | None = None,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Add a charge to a reseller client.

        Calls ``GET /api/v1/rest.php`` (addCharge); changes state on the carrier.
        Over SOAP, POSTs ``<addCharge>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 561115).
            charge: Required. Amount debited from the client (e.g. 4.99).
            description: Description of the charge.
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_add_charge(
            client=client,
            charge=charge,
            description=description,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_add_charge, _ops.parse_soap_add_charge), timeout, max_retries, deadline
        )

    async def add_lnp_file(
        self,
        *,
        portid: int,
        file: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> AddLNPFileResponse:
        """Attach an invoice file to a number port (LNP) order.

        Calls ``POST /api/v1/rest.php`` (addLNPFile); changes state on the carrier.
        Over SOAP, POSTs ``<addLNPFile>`` to ``/api/v1/server.php``.

        Args:
            portid: Required. ID of the port order.
            file: Required. Invoice file, Base64-encoded.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            AddLNPFileResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_add_lnp_file(
            portid=portid,
            file=file,
            credentials=self._credential_pairs(),
        )
        return await self._call(
            *self._over(prepared, _ops.parse_add_lnp_file, _ops.parse_soap_add_lnp_file), timeout, max_retries, deadline
        )

    async def add_lnp_port(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> AddLNPPortResponse:
        """Start a port-in (LNP) process for one or more numbers.

        Calls ``GET /api/v1/rest.php`` (addLNPPort); changes state on the carrier.
        Over SOAP, POSTs ``<addLNPPort>`` to ``/api/v1/server.php``.

        Args:
            port_type: Required. Kind of numbers: 1 = US local, 2 = Canadian local, 3 = US/CA toll free, 4 = US fax,
                5 = Canadian fax. (at least 1; at most 5)
            numbers: Required. Numbers to port, comma-separated (e.g. 5552341234,5552341233).
            is_partial: Some numbers stay with the current carrier (list all numbers to port anyway). (carrier
                default: False)
            location_type: Location type: 1 = business, 0 = residential. (at least 0; at most 1; carrier default: 0)
            is_mobile: All the numbers are mobile numbers. (carrier default: False)
            pin: PIN of the account at the current carrier.
            imei: IMEI of the phone, for mobile numbers ported from Canada (dial *#06# to see it).
            btn: Billing telephone number at the current carrier (required for mobile numbers).
            services: All services remaining with the current carrier (required for mobile numbers).
            tf_type: Toll-free carrier (required for portType 3): 1 = American, US callers only; 2 = American, US and
                Canadian callers; 3 = Canadian.
            statement_name: Required. Company name on the statement (business numbers).
            first_name: Required. Customer first name as on the losing carrier's customer service record.
            last_name: Required. Customer last name as on the losing carrier's customer service record.
            address1: Required. Customer address as on the losing carrier's customer service record.
            address2: Additional address information (e.g. Suite 343).
            city: Required. City as on the losing carrier's customer service record.
            zip: Required. ZIP or postal code as on the losing carrier's customer service record.
            state: Required. State or province as on the losing carrier's customer service record.
            country: Required. Country as on the losing carrier's customer service record.
            provider_name: Required. Name of the current service provider.
            provider_account: Required. Account number with the current service provider.
            notes: Additional information about the port.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            AddLNPPortResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_add_lnp_port(
            port_type=port_type,
            numbers=numbers,
            is_partial=is_partial,
            location_type=location_type,
            is_mobile=is_mobile,
            pin=pin,
            imei=imei,
            btn=btn,
            services=services,
            tf_type=tf_type,
            statement_name=statement_name,
            first_name=first_name,
            last_name=last_name,
            address1=address1,
            address2=address2,
            city=city,
            zip=zip,
            state=state,
            country=country,
            provider_name=provider_name,
            provider_account=provider_account,
            notes=notes,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_add_lnp_port, _ops.parse_soap_add_lnp_port), timeout, max_retries, deadline
        )

    async def add_member_to_conference(
        self,
        *,
        member: int,
        conference: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> AddMemberToConferenceResponse:
        """Add a member profile to a conference.

        Calls ``GET /api/v1/rest.php`` (addMemberToConference); changes state on the carrier.
        Over SOAP, POSTs ``<addMemberToConference>`` to ``/api/v1/server.php``.

        Args:
            member: Required. ID of the member profile (e.g. 6547).
            conference: Required. ID of the conference (e.g. 234).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            AddMemberToConferenceResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_add_member_to_conference(
            member=member,
            conference=conference,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_add_member_to_conference, _ops.parse_soap_add_member_to_conference),
            timeout,
            max_retries,
            deadline,
        )

    async def add_payment(
        self,
        *,
        client: int,
        payment: Decimal,
        description: str | None = None,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Add a payment to a reseller client.

        Calls ``GET /api/v1/rest.php`` (addPayment); changes state on the carrier.
        Over SOAP, POSTs ``<addPayment>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 561115).
            payment: Required. Amount credited to the client (e.g. 4.99).
            description: Description of the payment.
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_add_payment(
            client=client,
            payment=payment,
            description=description,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_add_payment, _ops.parse_soap_add_payment), timeout, max_retries, deadline
        )

    async def assign_did_vpri(
        self,
        *,
        vpri: int,
        did: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> AssignDIDvPRIResponse:
        """Assign a per-minute DID to a vPRI (flat-rate DIDs cannot be assigned).

        Calls ``GET /api/v1/rest.php`` (assignDIDvPRI); changes state on the carrier.
        Over SOAP, POSTs ``<assignDIDvPRI>`` to ``/api/v1/server.php``.

        Args:
            vpri: Required. ID of the vPRI.
            did: Required. DID to assign to the vPRI.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            AssignDIDvPRIResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_assign_did_vpri(
            vpri=vpri,
            did=did,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_assign_did_vpri, _ops.parse_soap_assign_did_vpri),
            timeout,
            max_retries,
            deadline,
        )

    async def back_order_didcan(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Back-order Canadian DIDs from a rate center and province.

        Calls ``GET /api/v1/rest.php`` (backOrderDIDCAN); changes state on the carrier.
        Over SOAP, POSTs ``<backOrderDIDCAN>`` to ``/api/v1/server.php``.

        Args:
            quantity: Required. Number of numbers to order (e.g. 3). (at least 1)
            province: Required. Canadian province (values from getProvinces).
            ratecenter: Required. Canadian rate center (values from getRateCentersCAN).
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID (e.g. 101).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            note: Free-text note.
            billing_type: Required. Billing plan: 1 = per minute, 2 = flat rate. (at least 1; at most 2)
            test: Test mode: validate the order without placing it (orders cannot be undone).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_back_order_didcan(
            quantity=quantity,
            province=province,
            ratecenter=ratecenter,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            note=note,
            billing_type=billing_type,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_back_order_didcan, _ops.parse_soap_back_order_didcan),
            timeout,
            max_retries,
            deadline,
        )

    async def back_order_didusa(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Back-order USA DIDs from a rate center and state.

        Calls ``GET /api/v1/rest.php`` (backOrderDIDUSA); changes state on the carrier.
        Over SOAP, POSTs ``<backOrderDIDUSA>`` to ``/api/v1/server.php``.

        Args:
            quantity: Required. Number of numbers to order (e.g. 3). (at least 1)
            state: Required. USA state (values from getStates).
            ratecenter: Required. USA rate center (values from getRateCentersUSA).
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID (e.g. 101).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            note: Free-text note.
            billing_type: Required. Billing plan: 1 = per minute, 2 = flat rate. (at least 1; at most 2)
            test: Test mode: validate the order without placing it (orders cannot be undone).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_back_order_didusa(
            quantity=quantity,
            state=state,
            ratecenter=ratecenter,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            note=note,
            billing_type=billing_type,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_back_order_didusa, _ops.parse_soap_back_order_didusa),
            timeout,
            max_retries,
            deadline,
        )

    async def cancel_did(
        self,
        *,
        did: str,
        cancelcomment: str | None = None,
        portout: bool | None = None,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Cancel a DID and remove it from the account.

        Calls ``GET /api/v1/rest.php`` (cancelDID); changes state on the carrier.
        Over SOAP, POSTs ``<cancelDID>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to cancel (e.g. 5551234567).
            cancelcomment: Reason for the cancellation.
            portout: The DID is being ported out.
            test: Test mode: validate the cancellation without making it.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_cancel_did(
            did=did,
            cancelcomment=cancelcomment,
            portout=portout,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_cancel_did, _ops.parse_soap_cancel_did), timeout, max_retries, deadline
        )

    async def cancel_fax_number(
        self,
        *,
        id: int,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelFaxNumberResponse:
        """Cancel a fax number and remove it from the account.

        Calls ``GET /api/v1/rest.php`` (cancelFaxNumber); changes state on the carrier.
        Over SOAP, POSTs ``<cancelFaxNumber>`` to ``/api/v1/server.php``.

        Args:
            id: Required. ID of the fax number (e.g. 923).
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            CancelFaxNumberResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_cancel_fax_number(
            id=id,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_cancel_fax_number, _ops.parse_soap_cancel_fax_number),
            timeout,
            max_retries,
            deadline,
        )

    async def connect_did(
        self,
        *,
        did: str,
        account: str,
        monthly: Decimal,
        setup: Decimal,
        minute: Decimal,
        next_billing: _dt.date | None = None,
        dont_charge_setup: bool | None = None,
        dont_charge_monthly: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Connect a DID to a reseller client's sub account.

        Calls ``GET /api/v1/rest.php`` (connectDID); changes state on the carrier.
        Over SOAP, POSTs ``<connectDID>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to connect (e.g. 5551234567).
            account: Required. Reseller client sub account (e.g. 100001_VoIP).
            monthly: Required. Monthly fee charged to the reseller client (e.g. 3.50).
            setup: Required. Setup fee charged to the reseller client (e.g. 1.99).
            minute: Required. Per-minute rate charged to the reseller client (e.g. 0.03).
            next_billing: Next billing date.
            dont_charge_setup: Do not charge the setup fee on connect.
            dont_charge_monthly: Do not charge the monthly fee on connect.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_connect_did(
            did=did,
            account=account,
            monthly=monthly,
            setup=setup,
            minute=minute,
            next_billing=next_billing,
            dont_charge_setup=dont_charge_setup,
            dont_charge_monthly=dont_charge_monthly,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_connect_did, _ops.parse_soap_connect_did), timeout, max_retries, deadline
        )

    async def connect_fax(
        self,
        *,
        did: str,
        account: str,
        monthly: Decimal,
        setup: Decimal,
        minute: Decimal,
        next_billing: _dt.date | None = None,
        dont_charge_setup: bool | None = None,
        dont_charge_monthly: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Connect a fax DID to a reseller client's sub account.

        Calls ``GET /api/v1/rest.php`` (connectFAX); changes state on the carrier.
        Over SOAP, POSTs ``<connectFAX>`` to ``/api/v1/server.php``.

        Args:
            did: Required. Fax DID to connect (e.g. 5551234567).
            account: Required. Reseller client sub account (e.g. 100001_VoIP).
            monthly: Required. Monthly fee charged to the reseller client (e.g. 3.50).
            setup: Required. Setup fee charged to the reseller client (e.g. 1.99).
            minute: Required. Per-minute rate charged to the reseller client (e.g. 0.03).
            next_billing: Next billing date.
            dont_charge_setup: Do not charge the setup fee on connect.
            dont_charge_monthly: Do not charge the monthly fee on connect.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_connect_fax(
            did=did,
            account=account,
            monthly=monthly,
            setup=setup,
            minute=minute,
            next_billing=next_billing,
            dont_charge_setup=dont_charge_setup,
            dont_charge_monthly=dont_charge_monthly,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_connect_fax, _ops.parse_soap_connect_fax), timeout, max_retries, deadline
        )

    async def create_sub_account(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CreateSubAccountResponse:
        """Create a sub account.

        Calls ``GET /api/v1/rest.php`` (createSubAccount); changes state on the carrier.
        Over SOAP, POSTs ``<createSubAccount>`` to ``/api/v1/server.php``.

        Args:
            username: Required. Username of the sub account (e.g. VoIP).
            protocol: Required. Protocol code (values from getProtocols).
            description: Description of the sub account.
            auth_type: Required. Authentication type code (values from getAuthTypes).
            password: Password, for user/password authentication.
            ip: IP address, for IP authentication.
            device_type: Required. Device type code (values from getDeviceTypes).
            callerid_number: Caller ID number override.
            canada_routing: Route code for calls to Canada (values from getRoutes).
            lock_international: Required. International lock code (values from getLockInternational).
            allow225: Calls to *225 announce the balance of the account (else they are rejected).
            international_route: Required. Route code for international calls (values from getRoutes).
            music_on_hold: Required. Music on hold code (values from getMusicOnHold).
            language: Language of system messages (values from getLanguages).
            allowed_codecs: Required. Allowed codecs, semicolon-separated (values from getAllowedCodecs, e.g.
                ulaw;g729;gsm).
            dtmf_mode: Required. DTMF mode code (values from getDTMFModes).
            nat: Required. NAT mode code (values from getNAT).
            sip_traffic: Encrypt SIP traffic.
            max_expiry: Max registration expiry in seconds, 60 to 3600. (at least 60; at most 3600)
            rtp_timeout: RTP timeout in seconds, 1 to 3600. (at least 1; at most 3600)
            rtp_hold_timeout: RTP hold timeout in seconds, 1 to 3600. (at least 1; at most 3600)
            ip_restriction: Comma-separated IPs, networks (CIDR) or host names allowed to place outgoing calls.
            enable_ip_restriction: Enable the IP restriction.
            pop_restriction: Comma-separated POPs allowed to place outgoing calls (values from getServersInfo).
            enable_pop_restriction: Enable the POP restriction.
            internal_extension: Internal extension (e.g. 1 creates 101).
            internal_voicemail: Internal voicemail box (e.g. 101).
            internal_dialtime: Internal dial timeout in seconds (1 to 60).
            reseller_client: Reseller client ID (e.g. 561115).
            reseller_package: Reseller package ID (e.g. 92364).
            reseller_nextbilling: Next billing date of the reseller client.
            reseller_chargesetup: Charge the package setup fee on save.
            parking_lot: ID of a call parking (e.g. 323).
            send_bye: Send BYE on successful transfer.
            record_calls: Record calls.
            transcribe: Enable call transcription.
            transcription_locale: Transcription locale codes, comma-separated, up to 10 (values from getLocales).
            transcription_redaction: Redact transcriptions.
            transcription_summary: Add a summary to transcriptions.
            transcription_sentiment: Add sentiment analysis to transcriptions.
            transcription_email: E-mail address receiving call transcriptions.
            transcription_start_delay: Seconds before transcription starts, 0 to 60 in steps of 5. (at least 0; at
                most 60)
            enable_internal_cnam: Enable the internal caller ID name.
            internal_cnam: Internal caller ID name.
            dialing_mode: Outgoing dialing mode: 0 = main account setting, 1 = E164, 2 = NANPA. (at least 0; at most
                2)
            tfcarrier: Carrier for toll-free calls: -1 = main account setting, 0 = server default, 1 = US, 2 =
                Canadian. (at least -1; at most 2)
            internal_extension_location: Location group of the internal extension (values from getLocations).
            call_pickup_behavior: Call pickup: 1 = can pick up and be picked up, 2 = can pick up only, 3 = can be
                picked up only, 4 = neither. (at least 1; at most 4)
            default_e911: Default e911 caller ID.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            CreateSubAccountResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_create_sub_account(
            username=username,
            protocol=protocol,
            description=description,
            auth_type=auth_type,
            password=password,
            ip=ip,
            device_type=device_type,
            callerid_number=callerid_number,
            canada_routing=canada_routing,
            lock_international=lock_international,
            allow225=allow225,
            international_route=international_route,
            music_on_hold=music_on_hold,
            language=language,
            allowed_codecs=allowed_codecs,
            dtmf_mode=dtmf_mode,
            nat=nat,
            sip_traffic=sip_traffic,
            max_expiry=max_expiry,
            rtp_timeout=rtp_timeout,
            rtp_hold_timeout=rtp_hold_timeout,
            ip_restriction=ip_restriction,
            enable_ip_restriction=enable_ip_restriction,
            pop_restriction=pop_restriction,
            enable_pop_restriction=enable_pop_restriction,
            internal_extension=internal_extension,
            internal_voicemail=internal_voicemail,
            internal_dialtime=internal_dialtime,
            reseller_client=reseller_client,
            reseller_package=reseller_package,
            reseller_nextbilling=reseller_nextbilling,
            reseller_chargesetup=reseller_chargesetup,
            parking_lot=parking_lot,
            send_bye=send_bye,
            record_calls=record_calls,
            transcribe=transcribe,
            transcription_locale=transcription_locale,
            transcription_redaction=transcription_redaction,
            transcription_summary=transcription_summary,
            transcription_sentiment=transcription_sentiment,
            transcription_email=transcription_email,
            transcription_start_delay=transcription_start_delay,
            enable_internal_cnam=enable_internal_cnam,
            internal_cnam=internal_cnam,
            dialing_mode=dialing_mode,
            tfcarrier=tfcarrier,
            internal_extension_location=internal_extension_location,
            call_pickup_behavior=call_pickup_behavior,
            default_e911=default_e911,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_create_sub_account, _ops.parse_soap_create_sub_account),
            timeout,
            max_retries,
            deadline,
        )

    async def create_voicemail(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Create a voicemail box.

        Calls ``GET /api/v1/rest.php`` (createVoicemail); changes state on the carrier.
        Over SOAP, POSTs ``<createVoicemail>`` to ``/api/v1/server.php``.

        Args:
            digits: Required. Mailbox digits, 1 to 10 (e.g. 01). (matches ``^[0-9]{1,10}$``)
            name: Required. Name of the mailbox.
            password: Required. Password of the mailbox.
            skip_password: Required. Skip the password prompt.
            email: E-mail addresses receiving messages, comma-separated.
            attach_message: Required. Attach the audio file to the e-mail.
            delete_message: Required. Delete messages once e-mailed.
            say_time: Required. Announce the time stamp.
            timezone: Required. Time zone of the mailbox (values from getTimezones).
            say_callerid: Required. Announce the caller ID.
            play_instructions: Required. Play instructions code (values from getPlayInstructions).
            language: Required. Language code (values from getLanguages).
            client: ID of the reseller client the mailbox belongs to (e.g. 561115).
            email_attachment_format: E-mail attachment format (values from getVoicemailAttachmentFormats).
            unavailable_message_recording: Recording for the unavailable message (values from getRecordings).
            transcription: Enable voicemail transcription.
            transcription_locale: Transcription locale codes, comma-separated, up to 10 (values from getLocales).
            transcription_redaction: Redact transcriptions.
            transcription_sentiment: Add sentiment analysis to transcriptions.
            transcription_summary: Add a summary to transcriptions.
            transcription_format: Transcription format.
            transcription_delay: Seconds before transcription starts: 0, or 5 to 60 in steps of 5; omitted, the
                current value stays. (at least 0; at most 60)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_create_voicemail(
            digits=digits,
            name=name,
            password=password,
            skip_password=skip_password,
            email=email,
            attach_message=attach_message,
            delete_message=delete_message,
            say_time=say_time,
            timezone=timezone,
            say_callerid=say_callerid,
            play_instructions=play_instructions,
            language=language,
            client=client,
            email_attachment_format=email_attachment_format,
            unavailable_message_recording=unavailable_message_recording,
            transcription=transcription,
            transcription_locale=transcription_locale,
            transcription_redaction=transcription_redaction,
            transcription_sentiment=transcription_sentiment,
            transcription_summary=transcription_summary,
            transcription_format=transcription_format,
            transcription_delay=transcription_delay,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_create_voicemail, _ops.parse_soap_create_voicemail),
            timeout,
            max_retries,
            deadline,
        )

    async def del_callback(
        self,
        *,
        callback: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a callback entry.

        Calls ``GET /api/v1/rest.php`` (delCallback); changes state on the carrier.
        Over SOAP, POSTs ``<delCallback>`` to ``/api/v1/server.php``.

        Args:
            callback: Required. ID of the callback (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_callback(
            callback=callback,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_callback, _ops.parse_soap_del_callback), timeout, max_retries, deadline
        )

    async def del_caller_id_filtering(
        self,
        *,
        filtering: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a caller ID filtering entry.

        Calls ``GET /api/v1/rest.php`` (delCallerIDFiltering); changes state on the carrier.
        Over SOAP, POSTs ``<delCallerIDFiltering>`` to ``/api/v1/server.php``.

        Args:
            filtering: Required. ID of the caller ID filtering (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_caller_id_filtering(
            filtering=filtering,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_caller_id_filtering, _ops.parse_soap_del_caller_id_filtering),
            timeout,
            max_retries,
            deadline,
        )

    async def del_call_hunting(
        self,
        *,
        callhunting: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a call hunting entry.

        Calls ``GET /api/v1/rest.php`` (delCallHunting); changes state on the carrier.
        Over SOAP, POSTs ``<delCallHunting>`` to ``/api/v1/server.php``.

        Args:
            callhunting: Required. ID of the call hunting (e.g. 323).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_call_hunting(
            callhunting=callhunting,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_call_hunting, _ops.parse_soap_del_call_hunting),
            timeout,
            max_retries,
            deadline,
        )

    async def del_call_parking(
        self,
        *,
        callparking: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a call parking entry.

        Calls ``GET /api/v1/rest.php`` (delCallParking); changes state on the carrier.
        Over SOAP, POSTs ``<delCallParking>`` to ``/api/v1/server.php``.

        Args:
            callparking: Required. ID of the call parking (e.g. 323).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_call_parking(
            callparking=callparking,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_call_parking, _ops.parse_soap_del_call_parking),
            timeout,
            max_retries,
            deadline,
        )

    async def del_call_recording(
        self,
        *,
        callrecording: str,
        account: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a call recording with its audio file and details.

        Calls ``GET /api/v1/rest.php`` (delCallRecording); changes state on the carrier.
        Over SOAP, POSTs ``<delCallRecording>`` to ``/api/v1/server.php``.

        Args:
            callrecording: Required. Call recording ID (values from getCallRecordings).
            account: Required. Account of the recording (values from getCallAccounts).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_call_recording(
            callrecording=callrecording,
            account=account,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_call_recording, _ops.parse_soap_del_call_recording),
            timeout,
            max_retries,
            deadline,
        )

    async def del_client(
        self,
        *,
        client: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a reseller client.

        Calls ``GET /api/v1/rest.php`` (delClient); changes state on the carrier.
        Over SOAP, POSTs ``<delClient>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 1998).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_client(
            client=client,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_client, _ops.parse_soap_del_client), timeout, max_retries, deadline
        )

    async def del_conference(
        self,
        *,
        conference: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a conference.

        Calls ``GET /api/v1/rest.php`` (delConference); changes state on the carrier.
        Over SOAP, POSTs ``<delConference>`` to ``/api/v1/server.php``.

        Args:
            conference: Required. ID of the conference (e.g. 737).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_conference(
            conference=conference,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_conference, _ops.parse_soap_del_conference),
            timeout,
            max_retries,
            deadline,
        )

    async def del_conference_member(
        self,
        *,
        member: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a conference member profile.

        Calls ``GET /api/v1/rest.php`` (delConferenceMember); changes state on the carrier.
        Over SOAP, POSTs ``<delConferenceMember>`` to ``/api/v1/server.php``.

        Args:
            member: Required. ID of the member profile (e.g. 737).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_conference_member(
            member=member,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_conference_member, _ops.parse_soap_del_conference_member),
            timeout,
            max_retries,
            deadline,
        )

    async def del_disa(
        self,
        *,
        disa: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a DISA entry.

        Calls ``GET /api/v1/rest.php`` (delDISA); changes state on the carrier.
        Over SOAP, POSTs ``<delDISA>`` to ``/api/v1/server.php``.

        Args:
            disa: Required. ID of the DISA (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_disa(
            disa=disa,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_disa, _ops.parse_soap_del_disa), timeout, max_retries, deadline
        )

    async def del_email_to_fax(
        self,
        *,
        id: int,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete an email-to-fax configuration.

        Calls ``GET /api/v1/rest.php`` (delEmailToFax); changes state on the carrier.
        Over SOAP, POSTs ``<delEmailToFax>`` to ``/api/v1/server.php``.

        Args:
            id: Required. ID of the email-to-fax configuration (e.g. 923).
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_email_to_fax(
            id=id,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_email_to_fax, _ops.parse_soap_del_email_to_fax),
            timeout,
            max_retries,
            deadline,
        )

    async def delete_fax_message(
        self,
        *,
        id: int,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a fax message.

        Calls ``GET /api/v1/rest.php`` (deleteFaxMessage); changes state on the carrier.
        Over SOAP, POSTs ``<deleteFaxMessage>`` to ``/api/v1/server.php``.

        Args:
            id: Required. ID of the fax message (e.g. 923).
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_fax_message(
            id=id,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_delete_fax_message, _ops.parse_soap_delete_fax_message),
            timeout,
            max_retries,
            deadline,
        )

    async def delete_mms(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete an MMS message.

        Calls ``GET /api/v1/rest.php`` (deleteMMS); changes state on the carrier.
        Over SOAP, POSTs ``<deleteMMS>`` to ``/api/v1/server.php``.

        Args:
            id: Required. ID of the MMS (e.g. 1918).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_mms(
            id=id,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_delete_mms, _ops.parse_soap_delete_mms), timeout, max_retries, deadline
        )

    async def delete_sms(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete an SMS message.

        Calls ``GET /api/v1/rest.php`` (deleteSMS); changes state on the carrier.
        Over SOAP, POSTs ``<deleteSMS>`` to ``/api/v1/server.php``.

        Args:
            id: Required. ID of the SMS (e.g. 1918).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_sms(
            id=id,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_delete_sms, _ops.parse_soap_delete_sms), timeout, max_retries, deadline
        )

    async def del_fax_folder(
        self,
        *,
        id: int,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a fax folder.

        Calls ``GET /api/v1/rest.php`` (delFaxFolder); changes state on the carrier.
        Over SOAP, POSTs ``<delFaxFolder>`` to ``/api/v1/server.php``.

        Args:
            id: Required. ID of the fax folder (e.g. 923).
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_fax_folder(
            id=id,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_fax_folder, _ops.parse_soap_del_fax_folder),
            timeout,
            max_retries,
            deadline,
        )

    async def del_forwarding(
        self,
        *,
        forwarding: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a forwarding entry.

        Calls ``GET /api/v1/rest.php`` (delForwarding); changes state on the carrier.
        Over SOAP, POSTs ``<delForwarding>`` to ``/api/v1/server.php``.

        Args:
            forwarding: ID of the forwarding (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_forwarding(
            forwarding=forwarding,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_forwarding, _ops.parse_soap_del_forwarding),
            timeout,
            max_retries,
            deadline,
        )

    async def del_ivr(
        self,
        *,
        ivr: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete an IVR.

        Calls ``GET /api/v1/rest.php`` (delIVR); changes state on the carrier.
        Over SOAP, POSTs ``<delIVR>`` to ``/api/v1/server.php``.

        Args:
            ivr: Required. ID of the IVR (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_ivr(
            ivr=ivr,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_ivr, _ops.parse_soap_del_ivr), timeout, max_retries, deadline
        )

    async def del_location(
        self,
        *,
        name: str,
        id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete an internal extension location.

        Calls ``GET /api/v1/rest.php`` (delLocation); changes state on the carrier.
        REST only: a SOAP client refuses it.

        Args:
            name: Required. Name of the location (values from getLocations).
            id: Required. ID of the location (values from getLocations).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_location(
            name=name,
            id=id,
        )
        return await self._call(self._rest_only(prepared), _ops.parse_del_location, timeout, max_retries, deadline)

    async def del_member_from_conference(
        self,
        *,
        member: int,
        conference: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Remove a member profile from a conference.

        Calls ``GET /api/v1/rest.php`` (delMemberFromConference); changes state on the carrier.
        Over SOAP, POSTs ``<delMemberFromConference>`` to ``/api/v1/server.php``.

        Args:
            member: Required. ID of the member profile (e.g. 101).
            conference: ID of the conference (e.g. 3829).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_member_from_conference(
            member=member,
            conference=conference,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_member_from_conference, _ops.parse_soap_del_member_from_conference),
            timeout,
            max_retries,
            deadline,
        )

    async def del_messages(
        self,
        *,
        mailbox: int,
        folder: str | None = None,
        message_num: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete voicemail messages of a mailbox: all of them, or one message of a folder.

        Calls ``GET /api/v1/rest.php`` (delMessages); changes state on the carrier.
        Over SOAP, POSTs ``<delMessages>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Required. Mailbox number (e.g. 1001).
            folder: Folder of the message to delete (e.g. INBOX); requires message_num.
            message_num: Number of the message to delete (e.g. 1); requires folder.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_messages(
            mailbox=mailbox,
            folder=folder,
            message_num=message_num,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_messages, _ops.parse_soap_del_messages), timeout, max_retries, deadline
        )

    async def del_music_on_hold(
        self,
        *,
        music_on_hold: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a custom music on hold.

        Calls ``GET /api/v1/rest.php`` (delMusicOnHold); changes state on the carrier.
        Over SOAP, POSTs ``<delMusicOnHold>`` to ``/api/v1/server.php``.

        Args:
            music_on_hold: Required. Name of the custom music on hold (values from getMusicOnHold).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_music_on_hold(
            music_on_hold=music_on_hold,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_music_on_hold, _ops.parse_soap_del_music_on_hold),
            timeout,
            max_retries,
            deadline,
        )

    async def del_phonebook(
        self,
        *,
        phonebook: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a phonebook entry.

        Calls ``GET /api/v1/rest.php`` (delPhonebook); changes state on the carrier.
        Over SOAP, POSTs ``<delPhonebook>`` to ``/api/v1/server.php``.

        Args:
            phonebook: Required. ID of the phonebook entry (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_phonebook(
            phonebook=phonebook,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_phonebook, _ops.parse_soap_del_phonebook),
            timeout,
            max_retries,
            deadline,
        )

    async def del_phonebook_group(
        self,
        *,
        group: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a phonebook group.

        Calls ``GET /api/v1/rest.php`` (delPhonebookGroup); changes state on the carrier.
        Over SOAP, POSTs ``<delPhonebookGroup>`` to ``/api/v1/server.php``.

        Args:
            group: Required. ID of the phonebook group.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_phonebook_group(
            group=group,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_phonebook_group, _ops.parse_soap_del_phonebook_group),
            timeout,
            max_retries,
            deadline,
        )

    async def del_queue(
        self,
        *,
        queue: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a call queue.

        Calls ``GET /api/v1/rest.php`` (delQueue); changes state on the carrier.
        Over SOAP, POSTs ``<delQueue>`` to ``/api/v1/server.php``.

        Args:
            queue: Required. ID of the queue (e.g. 13183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_queue(
            queue=queue,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_queue, _ops.parse_soap_del_queue), timeout, max_retries, deadline
        )

    async def del_recording(
        self,
        *,
        recording: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a recording.

        Calls ``GET /api/v1/rest.php`` (delRecording); changes state on the carrier.
        Over SOAP, POSTs ``<delRecording>`` to ``/api/v1/server.php``.

        Args:
            recording: Required. ID of the recording (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_recording(
            recording=recording,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_recording, _ops.parse_soap_del_recording),
            timeout,
            max_retries,
            deadline,
        )

    async def del_ring_group(
        self,
        *,
        ringgroup: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a ring group.

        Calls ``GET /api/v1/rest.php`` (delRingGroup); changes state on the carrier.
        Over SOAP, POSTs ``<delRingGroup>`` to ``/api/v1/server.php``.

        Args:
            ringgroup: Required. ID of the ring group (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_ring_group(
            ringgroup=ringgroup,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_ring_group, _ops.parse_soap_del_ring_group),
            timeout,
            max_retries,
            deadline,
        )

    async def del_sequences(
        self,
        *,
        sequence: int,
        client: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a sequence.

        Calls ``GET /api/v1/rest.php`` (delSequences); changes state on the carrier.
        REST only: a SOAP client refuses it.

        Args:
            sequence: Required. ID of the sequence (e.g. 5356).
            client: Reseller client ID whose sequence it is (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_sequences(
            sequence=sequence,
            client=client,
        )
        return await self._call(self._rest_only(prepared), _ops.parse_del_sequences, timeout, max_retries, deadline)

    async def del_sipuri(
        self,
        *,
        sipuri: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a SIP URI.

        Calls ``GET /api/v1/rest.php`` (delSIPURI); changes state on the carrier.
        Over SOAP, POSTs ``<delSIPURI>`` to ``/api/v1/server.php``.

        Args:
            sipuri: Required. ID of the SIP URI (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_sipuri(
            sipuri=sipuri,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_sipuri, _ops.parse_soap_del_sipuri), timeout, max_retries, deadline
        )

    async def del_static_member(
        self,
        *,
        member: int,
        queue: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Remove a static member from a queue.

        Calls ``GET /api/v1/rest.php`` (delStaticMember); changes state on the carrier.
        Over SOAP, POSTs ``<delStaticMember>`` to ``/api/v1/server.php``.

        Args:
            member: Required. ID of the static member (e.g. 1918).
            queue: Required. ID of the queue (e.g. 27183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_static_member(
            member=member,
            queue=queue,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_static_member, _ops.parse_soap_del_static_member),
            timeout,
            max_retries,
            deadline,
        )

    async def del_sub_account(
        self,
        *,
        id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a sub account.

        Calls ``GET /api/v1/rest.php`` (delSubAccount); changes state on the carrier.
        Over SOAP, POSTs ``<delSubAccount>`` to ``/api/v1/server.php``.

        Args:
            id: ID of the sub account (e.g. 99785).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_sub_account(
            id=id,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_sub_account, _ops.parse_soap_del_sub_account),
            timeout,
            max_retries,
            deadline,
        )

    async def del_time_condition(
        self,
        *,
        timecondition: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a time condition.

        Calls ``GET /api/v1/rest.php`` (delTimeCondition); changes state on the carrier.
        Over SOAP, POSTs ``<delTimeCondition>`` to ``/api/v1/server.php``.

        Args:
            timecondition: Required. ID of the time condition (e.g. 19183).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_time_condition(
            timecondition=timecondition,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_time_condition, _ops.parse_soap_del_time_condition),
            timeout,
            max_retries,
            deadline,
        )

    async def del_voicemail(
        self,
        *,
        mailbox: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a voicemail box.

        Calls ``GET /api/v1/rest.php`` (delVoicemail); changes state on the carrier.
        Over SOAP, POSTs ``<delVoicemail>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Required. Mailbox number (e.g. 1001).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_del_voicemail(
            mailbox=mailbox,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_del_voicemail, _ops.parse_soap_del_voicemail),
            timeout,
            max_retries,
            deadline,
        )

    async def e911_address_types(
        self,
        *,
        type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> E911AddressTypesResponse:
        """List the e911 address types, or one by code.

        Calls ``GET /api/v1/rest.php`` (e911AddressTypes).
        Over SOAP, POSTs ``<e911AddressTypes>`` to ``/api/v1/server.php``.

        Args:
            type: Code of one address type (e.g. Apartment).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            E911AddressTypesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_e911_address_types(
            type=type,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_e911_address_types, _ops.parse_soap_e911_address_types),
            timeout,
            max_retries,
            deadline,
        )

    async def e911_cancel(
        self,
        *,
        did: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Cancel the e911 service of a DID.

        Calls ``GET /api/v1/rest.php`` (e911Cancel); changes state on the carrier.
        Over SOAP, POSTs ``<e911Cancel>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID whose e911 service to cancel.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_e911_cancel(
            did=did,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_e911_cancel, _ops.parse_soap_e911_cancel), timeout, max_retries, deadline
        )

    async def e911_info(
        self,
        *,
        did: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> E911InfoResponse:
        """Get the e911 information of a DID.

        Calls ``GET /api/v1/rest.php`` (e911Info).
        Over SOAP, POSTs ``<e911Info>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID with e911 enabled or in process.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            E911InfoResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_e911_info(
            did=did,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_e911_info, _ops.parse_soap_e911_info), timeout, max_retries, deadline
        )

    async def e911_provision(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Subscribe a DID to the e911 emergency service.

        Calls ``GET /api/v1/rest.php`` (e911Provision); changes state on the carrier.
        Over SOAP, POSTs ``<e911Provision>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID the e911 service applies to.
            full_name: Required. Full name of the subscriber.
            street_number: Required. Street number.
            street_name: Required. Street name.
            address_type: Address type (values from e911AddressTypes).
            address_number: Address (unit) number.
            city: Required. City.
            state: Required. State or province.
            country: Required. Country: US or CA.
            zip_code: Required. ZIP or postal code (the WSDL names it zip).
            language: Required. Language of the e911 record, EN or FR (Canadian addresses only).
            email: Required. E-mail address of the e911 record.
            other_info: Additional address information (Canadian addresses only).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_e911_provision(
            did=did,
            full_name=full_name,
            street_number=street_number,
            street_name=street_name,
            address_type=address_type,
            address_number=address_number,
            city=city,
            state=state,
            country=country,
            zip_code=zip_code,
            language=language,
            email=email,
            other_info=other_info,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_e911_provision, _ops.parse_soap_e911_provision),
            timeout,
            max_retries,
            deadline,
        )

    async def e911_provision_manually(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Subscribe a DID to the e911 service, the address being validated by VoIP.ms staff.

        Calls ``GET /api/v1/rest.php`` (e911ProvisionManually); changes state on the carrier.
        Over SOAP, POSTs ``<e911ProvisionManually>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID the e911 service applies to.
            full_name: Required. Full name of the subscriber.
            street_number: Required. Street number.
            street_name: Required. Street name.
            address_type: Address type (values from e911AddressTypes).
            address_number: Address (unit) number.
            city: Required. City.
            state: Required. State or province.
            country: Required. Country: US or CA.
            zip_code: Required. ZIP or postal code (the WSDL names it zip).
            language: Required. Language of the e911 record, EN or FR (Canadian addresses only).
            email: Required. E-mail address of the e911 record.
            other_info: Additional address information (Canadian addresses only).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_e911_provision_manually(
            did=did,
            full_name=full_name,
            street_number=street_number,
            street_name=street_name,
            address_type=address_type,
            address_number=address_number,
            city=city,
            state=state,
            country=country,
            zip_code=zip_code,
            language=language,
            email=email,
            other_info=other_info,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_e911_provision_manually, _ops.parse_soap_e911_provision_manually),
            timeout,
            max_retries,
            deadline,
        )

    async def e911_update(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update the e911 subscription of a DID.

        Calls ``GET /api/v1/rest.php`` (e911Update); changes state on the carrier.
        Over SOAP, POSTs ``<e911Update>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID the e911 service applies to.
            full_name: Required. Full name of the subscriber.
            street_number: Required. Street number.
            street_name: Required. Street name.
            address_type: Address type (values from e911AddressTypes).
            address_number: Address (unit) number.
            city: Required. City.
            state: Required. State or province.
            country: Required. Country: US or CA.
            zip_code: Required. ZIP or postal code (the WSDL names it zip).
            language: Required. Language of the e911 record, EN or FR (Canadian addresses only).
            email: Required. E-mail address of the e911 record.
            other_info: Additional address information (Canadian addresses only).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_e911_update(
            did=did,
            full_name=full_name,
            street_number=street_number,
            street_name=street_name,
            address_type=address_type,
            address_number=address_number,
            city=city,
            state=state,
            country=country,
            zip_code=zip_code,
            language=language,
            email=email,
            other_info=other_info,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_e911_update, _ops.parse_soap_e911_update), timeout, max_retries, deadline
        )

    async def e911_validate(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Validate e911 information before subscribing a DID.

        Calls ``GET /api/v1/rest.php`` (e911Validate).
        Over SOAP, POSTs ``<e911Validate>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID the e911 service applies to.
            full_name: Required. Full name of the subscriber.
            street_number: Required. Street number.
            street_name: Required. Street name.
            address_type: Address type (values from e911AddressTypes).
            address_number: Address (unit) number.
            city: Required. City.
            state: Required. State or province.
            country: Required. Country: US or CA.
            zip_code: Required. ZIP or postal code (the WSDL names it zip).
            language: Language of the e911 record, EN or FR (Canadian addresses only).
            email: Required. E-mail address of the e911 record.
            other_info: Additional address information (Canadian addresses only).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_e911_validate(
            did=did,
            full_name=full_name,
            street_number=street_number,
            street_name=street_name,
            address_type=address_type,
            address_number=address_number,
            city=city,
            state=state,
            country=country,
            zip_code=zip_code,
            language=language,
            email=email,
            other_info=other_info,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_e911_validate, _ops.parse_soap_e911_validate),
            timeout,
            max_retries,
            deadline,
        )

    async def get_allowed_codecs(
        self,
        *,
        codec: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetAllowedCodecsResponse:
        """List the allowed codecs, or one by code.

        Calls ``GET /api/v1/rest.php`` (getAllowedCodecs).
        Over SOAP, POSTs ``<getAllowedCodecs>`` to ``/api/v1/server.php``.

        Args:
            codec: Code of one codec (e.g. ulaw).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetAllowedCodecsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_allowed_codecs(
            codec=codec,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_allowed_codecs, _ops.parse_soap_get_allowed_codecs),
            timeout,
            max_retries,
            deadline,
        )

    async def get_auth_types(
        self,
        *,
        type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetAuthTypesResponse:
        """List the sub account authentication types, or one by code.

        Calls ``GET /api/v1/rest.php`` (getAuthTypes).
        Over SOAP, POSTs ``<getAuthTypes>`` to ``/api/v1/server.php``.

        Args:
            type: Code of one authentication type (e.g. 2).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetAuthTypesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_auth_types(
            type=type,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_auth_types, _ops.parse_soap_get_auth_types),
            timeout,
            max_retries,
            deadline,
        )

    async def get_back_orders(
        self,
        *,
        id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetBackOrdersResponse:
        """List back-ordered DIDs, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getBackOrders).
        Over SOAP, POSTs ``<getBackOrders>`` to ``/api/v1/server.php``.

        Args:
            id: ID of one back order.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetBackOrdersResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_back_orders(
            id=id,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_back_orders, _ops.parse_soap_get_back_orders),
            timeout,
            max_retries,
            deadline,
        )

    async def get_balance(
        self,
        *,
        advanced: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetBalanceResponse:
        """Get the account balance, with call statistics when advanced is set.

        Calls ``GET /api/v1/rest.php`` (getBalance).
        Over SOAP, POSTs ``<getBalance>`` to ``/api/v1/server.php``.

        Args:
            advanced: Include call statistics.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetBalanceResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_balance(
            advanced=advanced,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_balance, _ops.parse_soap_get_balance), timeout, max_retries, deadline
        )

    async def get_balance_management(
        self,
        *,
        balance_management: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetBalanceManagementResponse:
        """List the balance management options, or one by code.

        Calls ``GET /api/v1/rest.php`` (getBalanceManagement).
        Over SOAP, POSTs ``<getBalanceManagement>`` to ``/api/v1/server.php``.

        Args:
            balance_management: Code of one balance management option (e.g. 1).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetBalanceManagementResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_balance_management(
            balance_management=balance_management,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_balance_management, _ops.parse_soap_get_balance_management),
            timeout,
            max_retries,
            deadline,
        )

    async def get_call_accounts(
        self,
        *,
        client: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallAccountsResponse:
        """List the accounts usable as a CDR filter: all of them, or those of one reseller client.

        Calls ``GET /api/v1/rest.php`` (getCallAccounts).
        Over SOAP, POSTs ``<getCallAccounts>`` to ``/api/v1/server.php``.

        Args:
            client: ID of a reseller client, to list only its accounts (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallAccountsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_accounts(
            client=client,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_call_accounts, _ops.parse_soap_get_call_accounts),
            timeout,
            max_retries,
            deadline,
        )

    async def get_callbacks(
        self,
        *,
        callback: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallbacksResponse:
        """List callback entries, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getCallbacks).
        Over SOAP, POSTs ``<getCallbacks>`` to ``/api/v1/server.php``.

        Args:
            callback: ID of one callback (e.g. 2359).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallbacksResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_callbacks(
            callback=callback,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_callbacks, _ops.parse_soap_get_callbacks),
            timeout,
            max_retries,
            deadline,
        )

    async def get_call_billing(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallBillingResponse:
        """List the call billing options usable as a CDR filter.

        Calls ``GET /api/v1/rest.php`` (getCallBilling).
        Over SOAP, POSTs ``<getCallBilling>`` to ``/api/v1/server.php``.

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallBillingResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_billing()
        return await self._call(
            *self._over(prepared, _ops.parse_get_call_billing, _ops.parse_soap_get_call_billing),
            timeout,
            max_retries,
            deadline,
        )

    async def get_caller_id_filtering(
        self,
        *,
        filtering: str | None = None,
        did: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallerIDFilteringResponse:
        """List caller ID filtering entries, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getCallerIDFiltering).
        Over SOAP, POSTs ``<getCallerIDFiltering>`` to ``/api/v1/server.php``.

        Args:
            filtering: ID of one caller ID filtering (e.g. 18915).
            did: Only filterings of this DID (e.g. 5551234567).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallerIDFilteringResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_caller_id_filtering(
            filtering=filtering,
            did=did,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_caller_id_filtering, _ops.parse_soap_get_caller_id_filtering),
            timeout,
            max_retries,
            deadline,
        )

    async def get_call_huntings(
        self,
        *,
        callhunting: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallHuntingsResponse:
        """List call hunting entries, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getCallHuntings).
        Over SOAP, POSTs ``<getCallHuntings>`` to ``/api/v1/server.php``.

        Args:
            callhunting: ID of one call hunting (e.g. 323).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallHuntingsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_huntings(
            callhunting=callhunting,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_call_huntings, _ops.parse_soap_get_call_huntings),
            timeout,
            max_retries,
            deadline,
        )

    async def get_call_parking(
        self,
        *,
        callparking: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallParkingResponse:
        """List call parking entries, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getCallParking).
        Over SOAP, POSTs ``<getCallParking>`` to ``/api/v1/server.php``.

        Args:
            callparking: ID of one call parking (e.g. 737).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallParkingResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_parking(
            callparking=callparking,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_call_parking, _ops.parse_soap_get_call_parking),
            timeout,
            max_retries,
            deadline,
        )

    async def get_call_recording(
        self,
        *,
        callrecording: str,
        account: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallRecordingResponse:
        """Get one call recording with its MP3 file (Base64).

        Calls ``GET /api/v1/rest.php`` (getCallRecording).
        Over SOAP, POSTs ``<getCallRecording>`` to ``/api/v1/server.php``.

        Args:
            callrecording: Required. Call recording ID (values from getCallRecordings).
            account: Required. Account of the recording (values from getCallRecordings).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallRecordingResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_recording(
            callrecording=callrecording,
            account=account,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_call_recording, _ops.parse_soap_get_call_recording),
            timeout,
            max_retries,
            deadline,
        )

    async def get_call_recordings(
        self,
        *,
        account: str,
        start: int | None = None,
        length: int | None = None,
        date_from: _dt.date,
        date_to: _dt.date,
        call_type: CallRecordingType | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallRecordingsResponse:
        """List the call recordings of an account between two dates.

        Calls ``GET /api/v1/rest.php`` (getCallRecordings).
        Over SOAP, POSTs ``<getCallRecordings>`` to ``/api/v1/server.php``.

        Args:
            account: Required. Account (values from getCallAccounts).
            start: Number of records to skip, for paging.
            length: Number of records to return.
            date_from: Required. Start date (YYYY-MM-DD).
            date_to: Required. End date (YYYY-MM-DD).
            call_type: Only incoming or outgoing calls, or all.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallRecordingsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_recordings(
            account=account,
            start=start,
            length=length,
            date_from=date_from,
            date_to=date_to,
            call_type=call_type,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_call_recordings, _ops.parse_soap_get_call_recordings),
            timeout,
            max_retries,
            deadline,
        )

    async def get_call_transcriptions(
        self,
        *,
        account: str,
        date_to: _dt.date,
        date_from: _dt.date,
        call_type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallTranscriptionsResponse:
        """List the call transcriptions of an account between two dates.

        Calls ``GET /api/v1/rest.php`` (getCallTranscriptions).
        Over SOAP, POSTs ``<getCallTranscriptions>`` to ``/api/v1/server.php``.

        Args:
            account: Required. Account (e.g. 100001_VoIP).
            date_to: Required. End date (YYYY-MM-DD).
            date_from: Required. Start date (YYYY-MM-DD).
            call_type: Call type filter (values from getCallTypes).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallTranscriptionsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_transcriptions(
            account=account,
            date_to=date_to,
            date_from=date_from,
            call_type=call_type,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_call_transcriptions, _ops.parse_soap_get_call_transcriptions),
            timeout,
            max_retries,
            deadline,
        )

    async def get_call_types(
        self,
        *,
        client: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCallTypesResponse:
        """List the call types and DIDs usable as a CDR filter, optionally for a reseller client.

        Calls ``GET /api/v1/rest.php`` (getCallTypes).
        Over SOAP, POSTs ``<getCallTypes>`` to ``/api/v1/server.php``.

        Args:
            client: ID of a reseller client, to list its DIDs (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCallTypesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_call_types(
            client=client,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_call_types, _ops.parse_soap_get_call_types),
            timeout,
            max_retries,
            deadline,
        )

    async def get_carriers(
        self,
        *,
        carrier: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCarriersResponse:
        """List the carriers for vanity numbers, or one by code.

        Calls ``GET /api/v1/rest.php`` (getCarriers).
        Over SOAP, POSTs ``<getCarriers>`` to ``/api/v1/server.php``.

        Args:
            carrier: Code of one carrier (e.g. 2).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCarriersResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_carriers(
            carrier=carrier,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_carriers, _ops.parse_soap_get_carriers), timeout, max_retries, deadline
        )

    async def get_cdr(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCDRResponse:
        """List the call detail records of the account between two dates.

        Calls ``GET /api/v1/rest.php`` (getCDR).
        Over SOAP, POSTs ``<getCDR>`` to ``/api/v1/server.php``.

        Args:
            date_from: Required. Start date (YYYY-MM-DD).
            date_to: Required. End date (YYYY-MM-DD).
            answered: Include answered calls.
            noanswer: Include unanswered calls.
            busy: Include busy calls.
            failed: Include failed calls.
            timezone: Required. Time zone offset for the call times, -12 to 13. (at least -12; at most 13)
            calltype: Call type filter (values from getCallTypes).
            callbilling: Call billing filter (values from getCallBilling).
            account: Account filter (values from getCallAccounts).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCDRResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_cdr(
            date_from=date_from,
            date_to=date_to,
            answered=answered,
            noanswer=noanswer,
            busy=busy,
            failed=failed,
            timezone=timezone,
            calltype=calltype,
            callbilling=callbilling,
            account=account,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_cdr, _ops.parse_soap_get_cdr), timeout, max_retries, deadline
        )

    async def get_charges(
        self,
        *,
        client: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetChargesResponse:
        """List the charges made to a reseller client.

        Calls ``GET /api/v1/rest.php`` (getCharges).
        Over SOAP, POSTs ``<getCharges>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetChargesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_charges(
            client=client,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_charges, _ops.parse_soap_get_charges), timeout, max_retries, deadline
        )

    async def get_client_packages(
        self,
        *,
        client: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetClientPackagesResponse:
        """List the packages of a reseller client.

        Calls ``GET /api/v1/rest.php`` (getClientPackages).
        Over SOAP, POSTs ``<getClientPackages>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetClientPackagesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_client_packages(
            client=client,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_client_packages, _ops.parse_soap_get_client_packages),
            timeout,
            max_retries,
            deadline,
        )

    async def get_clients(
        self,
        *,
        client: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetClientsResponse:
        """List reseller clients, or one by ID or e-mail.

        Calls ``GET /api/v1/rest.php`` (getClients).
        Over SOAP, POSTs ``<getClients>`` to ``/api/v1/server.php``.

        Args:
            client: ID or e-mail of one reseller client (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetClientsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_clients(
            client=client,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_clients, _ops.parse_soap_get_clients), timeout, max_retries, deadline
        )

    async def get_client_threshold(
        self,
        *,
        client: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetClientThresholdResponse:
        """Get the balance threshold settings of a reseller client.

        Calls ``GET /api/v1/rest.php`` (getClientThreshold).
        Over SOAP, POSTs ``<getClientThreshold>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetClientThresholdResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_client_threshold(
            client=client,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_client_threshold, _ops.parse_soap_get_client_threshold),
            timeout,
            max_retries,
            deadline,
        )

    async def get_conference(
        self,
        *,
        conference: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetConferenceResponse:
        """List conferences, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getConference).
        Over SOAP, POSTs ``<getConference>`` to ``/api/v1/server.php``.

        Args:
            conference: ID of one conference (e.g. 1599).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetConferenceResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_conference(
            conference=conference,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_conference, _ops.parse_soap_get_conference),
            timeout,
            max_retries,
            deadline,
        )

    async def get_conference_members(
        self,
        *,
        member: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetConferenceMembersResponse:
        """List conference member profiles, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getConferenceMembers).
        Over SOAP, POSTs ``<getConferenceMembers>`` to ``/api/v1/server.php``.

        Args:
            member: ID of one member profile (e.g. 1599).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetConferenceMembersResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_conference_members(
            member=member,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_conference_members, _ops.parse_soap_get_conference_members),
            timeout,
            max_retries,
            deadline,
        )

    async def get_conference_recording_file(
        self,
        *,
        conference: int,
        recording: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetConferenceRecordingFileResponse:
        """Get a conference recording file (Base64).

        Calls ``GET /api/v1/rest.php`` (getConferenceRecordingFile).
        Over SOAP, POSTs ``<getConferenceRecordingFile>`` to ``/api/v1/server.php``.

        Args:
            conference: Required. ID of the conference (e.g. 5356).
            recording: Required. ID of the conference recording (e.g. 1543338379).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetConferenceRecordingFileResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_conference_recording_file(
            conference=conference,
            recording=recording,
        )
        return await self._call(
            *self._over(
                prepared, _ops.parse_get_conference_recording_file, _ops.parse_soap_get_conference_recording_file
            ),
            timeout,
            max_retries,
            deadline,
        )

    async def get_conference_recordings(
        self,
        *,
        conference: int,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetConferenceRecordingsResponse:
        """List the recordings of a conference.

        Calls ``GET /api/v1/rest.php`` (getConferenceRecordings).
        Over SOAP, POSTs ``<getConferenceRecordings>`` to ``/api/v1/server.php``.

        Args:
            conference: Required. ID of the conference (e.g. 5356).
            date_from: Start date (YYYY-MM-DD).
            date_to: End date (YYYY-MM-DD).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetConferenceRecordingsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_conference_recordings(
            conference=conference,
            date_from=date_from,
            date_to=date_to,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_conference_recordings, _ops.parse_soap_get_conference_recordings),
            timeout,
            max_retries,
            deadline,
        )

    async def get_countries(
        self,
        *,
        country: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCountriesResponse:
        """List countries, or one by code.

        Calls ``GET /api/v1/rest.php`` (getCountries).
        Over SOAP, POSTs ``<getCountries>`` to ``/api/v1/server.php``.

        Args:
            country: Code of one country (e.g. CA).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetCountriesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_countries(
            country=country,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_countries, _ops.parse_soap_get_countries),
            timeout,
            max_retries,
            deadline,
        )

    async def get_deposits(
        self,
        *,
        client: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDepositsResponse:
        """List the deposits made for a reseller client.

        Calls ``GET /api/v1/rest.php`` (getDeposits).
        Over SOAP, POSTs ``<getDeposits>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDepositsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_deposits(
            client=client,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_deposits, _ops.parse_soap_get_deposits), timeout, max_retries, deadline
        )

    async def get_device_types(
        self,
        *,
        device_type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDeviceTypesResponse:
        """List the device types, or one by code.

        Calls ``GET /api/v1/rest.php`` (getDeviceTypes).
        Over SOAP, POSTs ``<getDeviceTypes>`` to ``/api/v1/server.php``.

        Args:
            device_type: Code of one device type (e.g. 1).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDeviceTypesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_device_types(
            device_type=device_type,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_device_types, _ops.parse_soap_get_device_types),
            timeout,
            max_retries,
            deadline,
        )

    async def get_did_countries(
        self,
        *,
        country_id: str | None = None,
        type: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDIDCountriesResponse:
        """List the countries offering international DIDs of a type, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getDIDCountries).
        Over SOAP, POSTs ``<getDIDCountries>`` to ``/api/v1/server.php``.

        Args:
            country_id: ID of one country (e.g. 205).
            type: Required. Type of international DID (values from getInternationalTypes).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDIDCountriesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_did_countries(
            country_id=country_id,
            type=type,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_did_countries, _ops.parse_soap_get_did_countries),
            timeout,
            max_retries,
            deadline,
        )

    async def get_dids_can(
        self,
        *,
        province: str,
        ratecenter: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDIDsCANResponse:
        """List available Canadian DIDs by province and rate center.

        Calls ``GET /api/v1/rest.php`` (getDIDsCAN).
        Over SOAP, POSTs ``<getDIDsCAN>`` to ``/api/v1/server.php``.

        Args:
            province: Required. Canadian province (values from getProvinces).
            ratecenter: Canadian rate center (values from getRateCentersCAN).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDIDsCANResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_dids_can(
            province=province,
            ratecenter=ratecenter,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_dids_can, _ops.parse_soap_get_dids_can), timeout, max_retries, deadline
        )

    async def get_dids_info(
        self,
        *,
        client: str | None = None,
        did: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDIDsInfoResponse:
        """Get the DIDs of the account, a reseller client or a sub account, or one DID.

        Calls ``GET /api/v1/rest.php`` (getDIDsInfo).
        Over SOAP, POSTs ``<getDIDsInfo>`` to ``/api/v1/server.php``.

        Args:
            client: Reseller client ID (e.g. 561115) or sub account (e.g. 100001_VoIP) whose DIDs to return.
            did: Only this DID (e.g. 5551234567).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDIDsInfoResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_dids_info(
            client=client,
            did=did,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_dids_info, _ops.parse_soap_get_dids_info),
            timeout,
            max_retries,
            deadline,
        )

    async def get_dids_international_geographic(
        self,
        *,
        country_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDIDsInternationalGeographicResponse:
        """List international geographic DID locations of a country.

        Calls ``GET /api/v1/rest.php`` (getDIDsInternationalGeographic).
        Over SOAP, POSTs ``<getDIDsInternationalGeographic>`` to ``/api/v1/server.php``.

        Args:
            country_id: Required. ID of the country (values from getDIDCountries).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDIDsInternationalGeographicResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_dids_international_geographic(
            country_id=country_id,
        )
        return await self._call(
            *self._over(
                prepared,
                _ops.parse_get_dids_international_geographic,
                _ops.parse_soap_get_dids_international_geographic,
            ),
            timeout,
            max_retries,
            deadline,
        )

    async def get_dids_international_national(
        self,
        *,
        country_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDIDsInternationalNationalResponse:
        """List international national DID locations of a country.

        Calls ``GET /api/v1/rest.php`` (getDIDsInternationalNational).
        Over SOAP, POSTs ``<getDIDsInternationalNational>`` to ``/api/v1/server.php``.

        Args:
            country_id: Required. ID of the country (values from getDIDCountries).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDIDsInternationalNationalResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_dids_international_national(
            country_id=country_id,
        )
        return await self._call(
            *self._over(
                prepared, _ops.parse_get_dids_international_national, _ops.parse_soap_get_dids_international_national
            ),
            timeout,
            max_retries,
            deadline,
        )

    async def get_dids_international_toll_free(
        self,
        *,
        country_id: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDIDsInternationalTollFreeResponse:
        """List international toll-free DID locations of a country.

        Calls ``GET /api/v1/rest.php`` (getDIDsInternationalTollFree).
        Over SOAP, POSTs ``<getDIDsInternationalTollFree>`` to ``/api/v1/server.php``.

        Args:
            country_id: Required. ID of the country (values from getDIDCountries).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDIDsInternationalTollFreeResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_dids_international_toll_free(
            country_id=country_id,
        )
        return await self._call(
            *self._over(
                prepared, _ops.parse_get_dids_international_toll_free, _ops.parse_soap_get_dids_international_toll_free
            ),
            timeout,
            max_retries,
            deadline,
        )

    async def get_dids_usa(
        self,
        *,
        state: str,
        ratecenter: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDIDsUSAResponse:
        """List available USA DIDs by state and rate center.

        Calls ``GET /api/v1/rest.php`` (getDIDsUSA).
        Over SOAP, POSTs ``<getDIDsUSA>`` to ``/api/v1/server.php``.

        Args:
            state: Required. USA state (values from getStates).
            ratecenter: USA rate center (values from getRateCentersUSA).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDIDsUSAResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_dids_usa(
            state=state,
            ratecenter=ratecenter,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_dids_usa, _ops.parse_soap_get_dids_usa), timeout, max_retries, deadline
        )

    async def get_did_vpri(
        self,
        *,
        vpri: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDIDvPRIResponse:
        """List the DIDs assigned to a vPRI.

        Calls ``GET /api/v1/rest.php`` (getDIDvPRI).
        Over SOAP, POSTs ``<getDIDvPRI>`` to ``/api/v1/server.php``.

        Args:
            vpri: Required. ID of the vPRI.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDIDvPRIResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_did_vpri(
            vpri=vpri,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_did_vpri, _ops.parse_soap_get_did_vpri), timeout, max_retries, deadline
        )

    async def get_disas(
        self,
        *,
        disa: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDISAsResponse:
        """List DISA entries, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getDISAs).
        Over SOAP, POSTs ``<getDISAs>`` to ``/api/v1/server.php``.

        Args:
            disa: ID of one DISA (e.g. 2114).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDISAsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_disas(
            disa=disa,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_disas, _ops.parse_soap_get_disas), timeout, max_retries, deadline
        )

    async def get_dtmf_modes(
        self,
        *,
        dtmf_mode: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDTMFModesResponse:
        """List the DTMF modes, or one by code.

        Calls ``GET /api/v1/rest.php`` (getDTMFModes).
        Over SOAP, POSTs ``<getDTMFModes>`` to ``/api/v1/server.php``.

        Args:
            dtmf_mode: Code of one DTMF mode (e.g. inband).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetDTMFModesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_dtmf_modes(
            dtmf_mode=dtmf_mode,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_dtmf_modes, _ops.parse_soap_get_dtmf_modes),
            timeout,
            max_retries,
            deadline,
        )

    async def get_email_to_fax(
        self,
        *,
        id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetEmailToFaxResponse:
        """List email-to-fax configurations, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getEmailToFax).
        Over SOAP, POSTs ``<getEmailToFax>`` to ``/api/v1/server.php``.

        Args:
            id: ID of one email-to-fax configuration (undocumented).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetEmailToFaxResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_email_to_fax(
            id=id,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_email_to_fax, _ops.parse_soap_get_email_to_fax),
            timeout,
            max_retries,
            deadline,
        )

    async def get_fax_folders(
        self,
        *,
        id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetFaxFoldersResponse:
        """List the fax folders of the account.

        Calls ``GET /api/v1/rest.php`` (getFaxFolders).
        Over SOAP, POSTs ``<getFaxFolders>`` to ``/api/v1/server.php``.

        Args:
            id: ID of one fax folder (undocumented).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetFaxFoldersResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_folders(
            id=id,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_fax_folders, _ops.parse_soap_get_fax_folders),
            timeout,
            max_retries,
            deadline,
        )

    async def get_fax_message_pdf(
        self,
        *,
        id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetFaxMessagePDFResponse:
        """Get a fax message as a Base64-encoded PDF.

        Calls ``GET /api/v1/rest.php`` (getFaxMessagePDF).
        Over SOAP, POSTs ``<getFaxMessagePDF>`` to ``/api/v1/server.php``.

        Args:
            id: Required. ID of the fax message (values from getFaxMessages).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetFaxMessagePDFResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_message_pdf(
            id=id,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_fax_message_pdf, _ops.parse_soap_get_fax_message_pdf),
            timeout,
            max_retries,
            deadline,
        )

    async def get_fax_messages(
        self,
        *,
        from_: _dt.date | None = None,
        to: _dt.date | None = None,
        folder: str | None = None,
        id: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetFaxMessagesResponse:
        """List fax messages, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getFaxMessages).
        Over SOAP, POSTs ``<getFaxMessages>`` to ``/api/v1/server.php``.

        Args:
            from_: Start date (YYYY-MM-DD); default today.
            to: End date (YYYY-MM-DD); default today.
            folder: Fax folder name (e.g. SENT); default all. (carrier default: ALL)
            id: ID of one fax message (e.g. 23434).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetFaxMessagesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_messages(
            from_=from_,
            to=to,
            folder=folder,
            id=id,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_fax_messages, _ops.parse_soap_get_fax_messages),
            timeout,
            max_retries,
            deadline,
        )

    async def get_fax_numbers_info(
        self,
        *,
        did: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetFaxNumbersInfoResponse:
        """List the fax numbers of the account, or one number.

        Calls ``GET /api/v1/rest.php`` (getFaxNumbersInfo).
        Over SOAP, POSTs ``<getFaxNumbersInfo>`` to ``/api/v1/server.php``.

        Args:
            did: Only this fax number.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetFaxNumbersInfoResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_numbers_info(
            did=did,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_fax_numbers_info, _ops.parse_soap_get_fax_numbers_info),
            timeout,
            max_retries,
            deadline,
        )

    async def get_fax_numbers_portability(
        self,
        *,
        did: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetFaxNumbersPortabilityResponse:
        """Tell whether a fax number can be ported to VoIP.ms.

        Calls ``GET /api/v1/rest.php`` (getFaxNumbersPortability).
        Over SOAP, POSTs ``<getFaxNumbersPortability>`` to ``/api/v1/server.php``.

        Args:
            did: Required. Number to check (e.g. 5552341234).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetFaxNumbersPortabilityResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_numbers_portability(
            did=did,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_fax_numbers_portability, _ops.parse_soap_get_fax_numbers_portability),
            timeout,
            max_retries,
            deadline,
        )

    async def get_fax_provinces(
        self,
        *,
        province: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetFaxProvincesResponse:
        """List the Canadian provinces offering fax numbers, or one by code.

        Calls ``GET /api/v1/rest.php`` (getFaxProvinces).
        Over SOAP, POSTs ``<getFaxProvinces>`` to ``/api/v1/server.php``.

        Args:
            province: Code of one province (e.g. AB).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetFaxProvincesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_provinces(
            province=province,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_fax_provinces, _ops.parse_soap_get_fax_provinces),
            timeout,
            max_retries,
            deadline,
        )

    async def get_fax_rate_centers_can(
        self,
        *,
        province: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetFaxRateCentersCANResponse:
        """List the Canadian fax rate centers of a province.

        Calls ``GET /api/v1/rest.php`` (getFaxRateCentersCAN).
        Over SOAP, POSTs ``<getFaxRateCentersCAN>`` to ``/api/v1/server.php``.

        Args:
            province: Required. Two-letter province code (e.g. AB).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetFaxRateCentersCANResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_rate_centers_can(
            province=province,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_fax_rate_centers_can, _ops.parse_soap_get_fax_rate_centers_can),
            timeout,
            max_retries,
            deadline,
        )

    async def get_fax_rate_centers_usa(
        self,
        *,
        state: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetFaxRateCentersUSAResponse:
        """List the USA fax rate centers of a state.

        Calls ``GET /api/v1/rest.php`` (getFaxRateCentersUSA).
        Over SOAP, POSTs ``<getFaxRateCentersUSA>`` to ``/api/v1/server.php``.

        Args:
            state: Required. Two-letter state code (e.g. AL).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetFaxRateCentersUSAResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_rate_centers_usa(
            state=state,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_fax_rate_centers_usa, _ops.parse_soap_get_fax_rate_centers_usa),
            timeout,
            max_retries,
            deadline,
        )

    async def get_fax_states(
        self,
        *,
        state: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetFaxStatesResponse:
        """List the USA states offering fax numbers, or one by code.

        Calls ``GET /api/v1/rest.php`` (getFaxStates).
        Over SOAP, POSTs ``<getFaxStates>`` to ``/api/v1/server.php``.

        Args:
            state: Code of one state (e.g. AL).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetFaxStatesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_fax_states(
            state=state,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_fax_states, _ops.parse_soap_get_fax_states),
            timeout,
            max_retries,
            deadline,
        )

    async def get_forwardings(
        self,
        *,
        forwarding: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetForwardingsResponse:
        """List forwarding entries, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getForwardings).
        Over SOAP, POSTs ``<getForwardings>`` to ``/api/v1/server.php``.

        Args:
            forwarding: ID of one forwarding (e.g. 18635).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetForwardingsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_forwardings(
            forwarding=forwarding,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_forwardings, _ops.parse_soap_get_forwardings),
            timeout,
            max_retries,
            deadline,
        )

    async def get_international_types(
        self,
        *,
        type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetInternationalTypesResponse:
        """List the international DID types, or one by code.

        Calls ``GET /api/v1/rest.php`` (getInternationalTypes).
        Over SOAP, POSTs ``<getInternationalTypes>`` to ``/api/v1/server.php``.

        Args:
            type: Code of one international type (e.g. NATIONAL).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetInternationalTypesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_international_types(
            type=type,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_international_types, _ops.parse_soap_get_international_types),
            timeout,
            max_retries,
            deadline,
        )

    async def get_invoice(
        self,
        *,
        from_: _dt.date | None = None,
        to: _dt.date | None = None,
        range: int | None = None,
        type: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetInvoiceResponse:
        """Get a URL to download the invoice of a period as a PDF file.

        Calls ``GET /api/v1/rest.php`` (getInvoice).
        REST only: a SOAP client refuses it.

        Args:
            from_: First day of the invoice (e.g. 2020-11-25).
            to: Last day of the invoice (e.g. 2020-12-25).
            range: A predefined period instead of from and to: 1 last month, 2 last 2 months, 3 last 3 months, 4
                current month, 5 last week, 6 current week. (at least 1; at most 6)
            type: Which invoice: 0 US, 1 Canada. (at least 0; at most 1)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetInvoiceResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_invoice(
            from_=from_,
            to=to,
            range=range,
            type=type,
        )
        return await self._call(self._rest_only(prepared), _ops.parse_get_invoice, timeout, max_retries, deadline)

    async def get_ip(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetIPResponse:
        """Get the IP address the API sees for this client (the only call not checked against the allowed IPs).

        Calls ``GET /api/v1/rest.php`` (getIP).
        Over SOAP, POSTs ``<getIP>`` to ``/api/v1/server.php``.

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetIPResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_ip()
        return await self._call(
            *self._over(prepared, _ops.parse_get_ip, _ops.parse_soap_get_ip), timeout, max_retries, deadline
        )

    async def get_ivrs(
        self,
        *,
        ivr: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetIVRsResponse:
        """List IVRs, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getIVRs).
        Over SOAP, POSTs ``<getIVRs>`` to ``/api/v1/server.php``.

        Args:
            ivr: ID of one IVR (e.g. 4636).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetIVRsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_ivrs(
            ivr=ivr,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_ivrs, _ops.parse_soap_get_ivrs), timeout, max_retries, deadline
        )

    async def get_join_when_empty_types(
        self,
        *,
        type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetJoinWhenEmptyTypesResponse:
        """List the queue 'join when empty' types, or one by code.

        Calls ``GET /api/v1/rest.php`` (getJoinWhenEmptyTypes).
        Over SOAP, POSTs ``<getJoinWhenEmptyTypes>`` to ``/api/v1/server.php``.

        Args:
            type: Code of one type (e.g. yes).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetJoinWhenEmptyTypesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_join_when_empty_types(
            type=type,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_join_when_empty_types, _ops.parse_soap_get_join_when_empty_types),
            timeout,
            max_retries,
            deadline,
        )

    async def get_languages(
        self,
        *,
        language: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLanguagesResponse:
        """List the system languages, or one by code.

        Calls ``GET /api/v1/rest.php`` (getLanguages).
        Over SOAP, POSTs ``<getLanguages>`` to ``/api/v1/server.php``.

        Args:
            language: Code of one language (e.g. en).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLanguagesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_languages(
            language=language,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_languages, _ops.parse_soap_get_languages),
            timeout,
            max_retries,
            deadline,
        )

    async def get_lnp_attach(
        self,
        *,
        portid: int,
        attachid: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLNPAttachResponse:
        """Get an invoice file attached to a port order.

        Calls ``GET /api/v1/rest.php`` (getLNPAttach).
        Over SOAP, POSTs ``<getLNPAttach>`` to ``/api/v1/server.php``.

        Args:
            portid: Required. ID of the port order.
            attachid: Required. ID of the attached invoice.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLNPAttachResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_lnp_attach(
            portid=portid,
            attachid=attachid,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_lnp_attach, _ops.parse_soap_get_lnp_attach),
            timeout,
            max_retries,
            deadline,
        )

    async def get_lnp_attach_list(
        self,
        *,
        portid: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLNPAttachListResponse:
        """List the invoice files attached to a port order.

        Calls ``GET /api/v1/rest.php`` (getLNPAttachList).
        Over SOAP, POSTs ``<getLNPAttachList>`` to ``/api/v1/server.php``.

        Args:
            portid: Required. ID of the port order.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLNPAttachListResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_lnp_attach_list(
            portid=portid,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_lnp_attach_list, _ops.parse_soap_get_lnp_attach_list),
            timeout,
            max_retries,
            deadline,
        )

    async def get_lnp_details(
        self,
        *,
        portid: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> object:
        """Get the details of a port order.

        Calls ``GET /api/v1/rest.php`` (getLNPDetails).
        Over SOAP, POSTs ``<getLNPDetails>`` to ``/api/v1/server.php``.

        Args:
            portid: Required. ID of the port order.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            object

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_lnp_details(
            portid=portid,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_lnp_details, _ops.parse_soap_get_lnp_details),
            timeout,
            max_retries,
            deadline,
        )

    async def get_lnp_list(
        self,
        *,
        portid: int,
        port_status: str | None = None,
        start_date: _dt.date | None = None,
        end_date: _dt.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLNPListResponse:
        """List the port orders of the account.

        Calls ``GET /api/v1/rest.php`` (getLNPList).
        Over SOAP, POSTs ``<getLNPList>`` to ``/api/v1/server.php``.

        Args:
            portid: Required. ID of the port order.
            port_status: Only ports with this status (values from getLNPListStatus).
            start_date: Start date for filtering ports.
            end_date: End date for filtering ports.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLNPListResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_lnp_list(
            portid=portid,
            port_status=port_status,
            start_date=start_date,
            end_date=end_date,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_lnp_list, _ops.parse_soap_get_lnp_list), timeout, max_retries, deadline
        )

    async def get_lnp_list_status(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLNPListStatusResponse:
        """List the possible statuses of a port order.

        Calls ``GET /api/v1/rest.php`` (getLNPListStatus).
        Over SOAP, POSTs ``<getLNPListStatus>`` to ``/api/v1/server.php``.

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLNPListStatusResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_lnp_list_status()
        return await self._call(
            *self._over(prepared, _ops.parse_get_lnp_list_status, _ops.parse_soap_get_lnp_list_status),
            timeout,
            max_retries,
            deadline,
        )

    async def get_lnp_notes(
        self,
        *,
        portid: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLNPNotesResponse:
        """List the notes of a port order.

        Calls ``GET /api/v1/rest.php`` (getLNPNotes).
        Over SOAP, POSTs ``<getLNPNotes>`` to ``/api/v1/server.php``.

        Args:
            portid: Required. ID of the port order.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLNPNotesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_lnp_notes(
            portid=portid,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_lnp_notes, _ops.parse_soap_get_lnp_notes),
            timeout,
            max_retries,
            deadline,
        )

    async def get_lnp_status(
        self,
        *,
        portid: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLNPStatusResponse:
        """Get the current status of a port order.

        Calls ``GET /api/v1/rest.php`` (getLNPStatus).
        Over SOAP, POSTs ``<getLNPStatus>`` to ``/api/v1/server.php``.

        Args:
            portid: Required. ID of the port order.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLNPStatusResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_lnp_status(
            portid=portid,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_lnp_status, _ops.parse_soap_get_lnp_status),
            timeout,
            max_retries,
            deadline,
        )

    async def get_locales(
        self,
        *,
        locale: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLocalesResponse:
        """List the transcription locales, or one by code.

        Calls ``GET /api/v1/rest.php`` (getLocales).
        Over SOAP, POSTs ``<getLocales>`` to ``/api/v1/server.php``.

        Args:
            locale: Code of one locale (e.g. en-US).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLocalesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_locales(
            locale=locale,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_locales, _ops.parse_soap_get_locales), timeout, max_retries, deadline
        )

    async def get_locations(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLocationsResponse:
        """List the internal extension locations.

        Calls ``GET /api/v1/rest.php`` (getLocations).
        REST only: a SOAP client refuses it.

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLocationsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_locations()
        return await self._call(self._rest_only(prepared), _ops.parse_get_locations, timeout, max_retries, deadline)

    async def get_lock_international(
        self,
        *,
        lock_international: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetLockInternationalResponse:
        """List the international call lock modes, or one by code.

        Calls ``GET /api/v1/rest.php`` (getLockInternational).
        Over SOAP, POSTs ``<getLockInternational>`` to ``/api/v1/server.php``.

        Args:
            lock_international: Code of one lock mode (e.g. 1).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetLockInternationalResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_lock_international(
            lock_international=lock_international,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_lock_international, _ops.parse_soap_get_lock_international),
            timeout,
            max_retries,
            deadline,
        )

    async def get_media_mms(
        self,
        *,
        id: int | None = None,
        media_as_array: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetMediaMMSResponse:
        """Get the media files of an MMS message.

        Calls ``GET /api/v1/rest.php`` (getMediaMMS).
        Over SOAP, POSTs ``<getMediaMMS>`` to ``/api/v1/server.php``.

        Args:
            id: ID of the MMS (e.g. 1918).
            media_as_array: Return the media as a JSON array instead of an object. (carrier default: False)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetMediaMMSResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_media_mms(
            id=id,
            media_as_array=media_as_array,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_media_mms, _ops.parse_soap_get_media_mms),
            timeout,
            max_retries,
            deadline,
        )

    async def get_mms(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetMMSResponse:
        """List MMS messages by date range, type, DID and contact, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getMMS).
        Over SOAP, POSTs ``<getMMS>`` to ``/api/v1/server.php``.

        Args:
            mms: ID of one MMS (e.g. 1918).
            from_: Start date (YYYY-MM-DD); default today.
            to: End date (YYYY-MM-DD); default today.
            type: Message direction: 1 = received, 0 = sent. (at least 0; at most 1)
            did: Only messages of this DID (e.g. 5551234567).
            contact: Only messages with this contact number (e.g. 5551234567).
            limit: Maximum number of records to return. (at least 1; carrier default: 50)
            timezone: Time zone offset for the dates, -12 to 13. (at least -12; at most 13)
            all_messages: Return SMS and MMS together (the message ID must then be 0).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetMMSResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_mms(
            mms=mms,
            from_=from_,
            to=to,
            type=type,
            did=did,
            contact=contact,
            limit=limit,
            timezone=timezone,
            all_messages=all_messages,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_mms, _ops.parse_soap_get_mms), timeout, max_retries, deadline
        )

    async def get_music_on_hold(
        self,
        *,
        music_on_hold: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetMusicOnHoldResponse:
        """List music on hold options, or one by code.

        Calls ``GET /api/v1/rest.php`` (getMusicOnHold).
        Over SOAP, POSTs ``<getMusicOnHold>`` to ``/api/v1/server.php``.

        Args:
            music_on_hold: Code of one music on hold (e.g. jazz).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetMusicOnHoldResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_music_on_hold(
            music_on_hold=music_on_hold,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_music_on_hold, _ops.parse_soap_get_music_on_hold),
            timeout,
            max_retries,
            deadline,
        )

    async def get_nat(
        self,
        *,
        nat: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetNATResponse:
        """List the NAT options, or one by code.

        Calls ``GET /api/v1/rest.php`` (getNAT).
        Over SOAP, POSTs ``<getNAT>`` to ``/api/v1/server.php``.

        Args:
            nat: Code of one NAT option (e.g. route).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetNATResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_nat(
            nat=nat,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_nat, _ops.parse_soap_get_nat), timeout, max_retries, deadline
        )

    async def get_packages(
        self,
        *,
        package: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetPackagesResponse:
        """List reseller packages, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getPackages).
        Over SOAP, POSTs ``<getPackages>`` to ``/api/v1/server.php``.

        Args:
            package: ID of one package (e.g. 8378).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetPackagesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_packages(
            package=package,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_packages, _ops.parse_soap_get_packages), timeout, max_retries, deadline
        )

    async def get_phonebook(
        self,
        *,
        phonebook: str | None = None,
        name: str | None = None,
        group: str | None = None,
        group_name: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetPhonebookResponse:
        """List phonebook entries, filtered by name or group, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getPhonebook).
        Over SOAP, POSTs ``<getPhonebook>`` to ``/api/v1/server.php``.

        Args:
            phonebook: ID of one phonebook entry (e.g. 32207).
            name: Only entries whose name matches (e.g. jane).
            group: Only entries of this group ID.
            group_name: Only entries of this group name.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetPhonebookResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_phonebook(
            phonebook=phonebook,
            name=name,
            group=group,
            group_name=group_name,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_phonebook, _ops.parse_soap_get_phonebook),
            timeout,
            max_retries,
            deadline,
        )

    async def get_phonebook_groups(
        self,
        *,
        name: str | None = None,
        group: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetPhonebookGroupsResponse:
        """List phonebook groups, filtered by name, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getPhonebookGroups).
        Over SOAP, POSTs ``<getPhonebookGroups>`` to ``/api/v1/server.php``.

        Args:
            name: Only groups whose name matches.
            group: ID of one group.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetPhonebookGroupsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_phonebook_groups(
            name=name,
            group=group,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_phonebook_groups, _ops.parse_soap_get_phonebook_groups),
            timeout,
            max_retries,
            deadline,
        )

    async def get_play_instructions(
        self,
        *,
        play_instructions: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetPlayInstructionsResponse:
        """List the voicemail play instructions modes, or one by code.

        Calls ``GET /api/v1/rest.php`` (getPlayInstructions).
        Over SOAP, POSTs ``<getPlayInstructions>`` to ``/api/v1/server.php``.

        Args:
            play_instructions: Code of one play instructions mode (e.g. u).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetPlayInstructionsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_play_instructions(
            play_instructions=play_instructions,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_play_instructions, _ops.parse_soap_get_play_instructions),
            timeout,
            max_retries,
            deadline,
        )

    async def get_portability(
        self,
        *,
        did: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetPortabilityResponse:
        """Tell whether a number can be ported to VoIP.ms, with the plans available.

        Calls ``GET /api/v1/rest.php`` (getPortability).
        Over SOAP, POSTs ``<getPortability>`` to ``/api/v1/server.php``.

        Args:
            did: Required. Number to check (e.g. 5552341234).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetPortabilityResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_portability(
            did=did,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_portability, _ops.parse_soap_get_portability),
            timeout,
            max_retries,
            deadline,
        )

    async def get_protocols(
        self,
        *,
        protocol: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetProtocolsResponse:
        """List the sub account protocols, or one by code.

        Calls ``GET /api/v1/rest.php`` (getProtocols).
        Over SOAP, POSTs ``<getProtocols>`` to ``/api/v1/server.php``.

        Args:
            protocol: Code of one protocol (e.g. 3).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetProtocolsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_protocols(
            protocol=protocol,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_protocols, _ops.parse_soap_get_protocols),
            timeout,
            max_retries,
            deadline,
        )

    async def get_provinces(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetProvincesResponse:
        """List the Canadian provinces.

        Calls ``GET /api/v1/rest.php`` (getProvinces).
        Over SOAP, POSTs ``<getProvinces>`` to ``/api/v1/server.php``.

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetProvincesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_provinces()
        return await self._call(
            *self._over(prepared, _ops.parse_get_provinces, _ops.parse_soap_get_provinces),
            timeout,
            max_retries,
            deadline,
        )

    async def get_queues(
        self,
        *,
        queue: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetQueuesResponse:
        """List call queues, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getQueues).
        Over SOAP, POSTs ``<getQueues>`` to ``/api/v1/server.php``.

        Args:
            queue: ID of one queue (e.g. 4764).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetQueuesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_queues(
            queue=queue,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_queues, _ops.parse_soap_get_queues), timeout, max_retries, deadline
        )

    async def get_rate_centers_can(
        self,
        *,
        province: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetRateCentersCANResponse:
        """List the Canadian rate centers of a province.

        Calls ``GET /api/v1/rest.php`` (getRateCentersCAN).
        Over SOAP, POSTs ``<getRateCentersCAN>`` to ``/api/v1/server.php``.

        Args:
            province: Required. Canadian province (values from getProvinces).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetRateCentersCANResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_rate_centers_can(
            province=province,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_rate_centers_can, _ops.parse_soap_get_rate_centers_can),
            timeout,
            max_retries,
            deadline,
        )

    async def get_rate_centers_usa(
        self,
        *,
        state: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetRateCentersUSAResponse:
        """List the USA rate centers of a state.

        Calls ``GET /api/v1/rest.php`` (getRateCentersUSA).
        Over SOAP, POSTs ``<getRateCentersUSA>`` to ``/api/v1/server.php``.

        Args:
            state: Required. USA state (values from getStates).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetRateCentersUSAResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_rate_centers_usa(
            state=state,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_rate_centers_usa, _ops.parse_soap_get_rate_centers_usa),
            timeout,
            max_retries,
            deadline,
        )

    async def get_rates(
        self,
        *,
        package: str,
        query_: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetRatesResponse:
        """Search the rates of a package.

        Calls ``GET /api/v1/rest.php`` (getRates).
        Over SOAP, POSTs ``<getRates>`` to ``/api/v1/server.php``.

        Args:
            package: Required. ID of the package (e.g. 92364).
            query_: Required. Search term (e.g. Canada).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetRatesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_rates(
            package=package,
            query_=query_,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_rates, _ops.parse_soap_get_rates), timeout, max_retries, deadline
        )

    async def get_recording_file(
        self,
        *,
        recording: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetRecordingFileResponse:
        """Get a recording file (Base64).

        Calls ``GET /api/v1/rest.php`` (getRecordingFile).
        Over SOAP, POSTs ``<getRecordingFile>`` to ``/api/v1/server.php``.

        Args:
            recording: Required. ID of the recording (e.g. 7567).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetRecordingFileResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_recording_file(
            recording=recording,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_recording_file, _ops.parse_soap_get_recording_file),
            timeout,
            max_retries,
            deadline,
        )

    async def get_recordings(
        self,
        *,
        recording: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetRecordingsResponse:
        """List recordings, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getRecordings).
        Over SOAP, POSTs ``<getRecordings>`` to ``/api/v1/server.php``.

        Args:
            recording: ID of one recording (e.g. 7567).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetRecordingsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_recordings(
            recording=recording,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_recordings, _ops.parse_soap_get_recordings),
            timeout,
            max_retries,
            deadline,
        )

    async def get_registration_status(
        self,
        *,
        account: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetRegistrationStatusResponse:
        """Get the SIP registration status of an account.

        Calls ``GET /api/v1/rest.php`` (getRegistrationStatus).
        Over SOAP, POSTs ``<getRegistrationStatus>`` to ``/api/v1/server.php``.

        Args:
            account: Required. Account (e.g. 100001_VoIP).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetRegistrationStatusResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_registration_status(
            account=account,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_registration_status, _ops.parse_soap_get_registration_status),
            timeout,
            max_retries,
            deadline,
        )

    async def get_report_estimated_hold_time(
        self,
        *,
        type: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetReportEstimatedHoldTimeResponse:
        """List the queue 'report estimated hold time' types, or one by code.

        Calls ``GET /api/v1/rest.php`` (getReportEstimatedHoldTime).
        Over SOAP, POSTs ``<getReportEstimatedHoldTime>`` to ``/api/v1/server.php``.

        Args:
            type: Code of one type (e.g. yes).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetReportEstimatedHoldTimeResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_report_estimated_hold_time(
            type=type,
        )
        return await self._call(
            *self._over(
                prepared, _ops.parse_get_report_estimated_hold_time, _ops.parse_soap_get_report_estimated_hold_time
            ),
            timeout,
            max_retries,
            deadline,
        )

    async def get_reseller_balance(
        self,
        *,
        client: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetResellerBalanceResponse:
        """Get the balance and call statistics of a reseller client (last 30 days and today).

        Calls ``GET /api/v1/rest.php`` (getResellerBalance).
        Over SOAP, POSTs ``<getResellerBalance>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetResellerBalanceResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_reseller_balance(
            client=client,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_reseller_balance, _ops.parse_soap_get_reseller_balance),
            timeout,
            max_retries,
            deadline,
        )

    async def get_reseller_cdr(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetResellerCDRResponse:
        """List the call detail records of a reseller client between two dates.

        Calls ``GET /api/v1/rest.php`` (getResellerCDR).
        Over SOAP, POSTs ``<getResellerCDR>`` to ``/api/v1/server.php``.

        Args:
            date_from: Required. Start date (YYYY-MM-DD).
            date_to: Required. End date (YYYY-MM-DD).
            client: Required. ID of the reseller client (e.g. 561115).
            answered: Include answered calls.
            noanswer: Include unanswered calls.
            busy: Include busy calls.
            failed: Include failed calls.
            timezone: Required. Time zone offset for the call times, -12 to 13. (at least -12; at most 13)
            calltype: Call type filter (values from getCallTypes).
            callbilling: Call billing filter (values from getCallBilling).
            account: Account filter (values from getCallAccounts).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetResellerCDRResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_reseller_cdr(
            date_from=date_from,
            date_to=date_to,
            client=client,
            answered=answered,
            noanswer=noanswer,
            busy=busy,
            failed=failed,
            timezone=timezone,
            calltype=calltype,
            callbilling=callbilling,
            account=account,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_reseller_cdr, _ops.parse_soap_get_reseller_cdr),
            timeout,
            max_retries,
            deadline,
        )

    async def get_reseller_mms(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetResellerMMSResponse:
        """List the MMS messages of a reseller client.

        Calls ``GET /api/v1/rest.php`` (getResellerMMS).
        Over SOAP, POSTs ``<getResellerMMS>`` to ``/api/v1/server.php``.

        Args:
            sms: ID of one MMS (the REST docs name it sms, the WSDL mms).
            client: Required. ID of the reseller client (e.g. 561115).
            from_: Start date (YYYY-MM-DD); default today.
            to: End date (YYYY-MM-DD); default today.
            type: Message direction: 1 = received, 0 = sent. (at least 0; at most 1)
            did: Only messages of this DID (e.g. 5551234567).
            contact: Only messages with this contact number (e.g. 5551234567).
            limit: Maximum number of records to return. (at least 1; carrier default: 50)
            timezone: Time zone offset for the dates, -12 to 13. (at least -12; at most 13)
            all_messages: Return SMS and MMS together (the message ID must then be 0).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetResellerMMSResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_reseller_mms(
            sms=sms,
            client=client,
            from_=from_,
            to=to,
            type=type,
            did=did,
            contact=contact,
            limit=limit,
            timezone=timezone,
            all_messages=all_messages,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_reseller_mms, _ops.parse_soap_get_reseller_mms),
            timeout,
            max_retries,
            deadline,
        )

    async def get_reseller_sms(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetResellerSMSResponse:
        """List the SMS messages of a reseller client.

        Calls ``GET /api/v1/rest.php`` (getResellerSMS).
        Over SOAP, POSTs ``<getResellerSMS>`` to ``/api/v1/server.php``.

        Args:
            sms: ID of one SMS (e.g. 5853).
            client: Required. ID of the reseller client (e.g. 561115).
            from_: Start date (YYYY-MM-DD); default today.
            to: End date (YYYY-MM-DD); default today.
            type: Message direction: 1 = received, 0 = sent. (at least 0; at most 1)
            did: Only messages of this DID (e.g. 5551234567).
            contact: Only messages with this contact number (e.g. 5551234567).
            limit: Maximum number of records to return. (at least 1; carrier default: 50)
            timezone: Time zone offset for the dates, -12 to 13. (at least -12; at most 13)
            all_messages: Return SMS and MMS together (the message ID must then be 0).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetResellerSMSResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_reseller_sms(
            sms=sms,
            client=client,
            from_=from_,
            to=to,
            type=type,
            did=did,
            contact=contact,
            limit=limit,
            timezone=timezone,
            all_messages=all_messages,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_reseller_sms, _ops.parse_soap_get_reseller_sms),
            timeout,
            max_retries,
            deadline,
        )

    async def get_ring_groups(
        self,
        *,
        ring_group: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetRingGroupsResponse:
        """List ring groups, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getRingGroups).
        Over SOAP, POSTs ``<getRingGroups>`` to ``/api/v1/server.php``.

        Args:
            ring_group: ID of one ring group (e.g. 4768).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetRingGroupsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_ring_groups(
            ring_group=ring_group,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_ring_groups, _ops.parse_soap_get_ring_groups),
            timeout,
            max_retries,
            deadline,
        )

    async def get_ring_strategies(
        self,
        *,
        strategy: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetRingStrategiesResponse:
        """List the queue ring strategies, or one by code.

        Calls ``GET /api/v1/rest.php`` (getRingStrategies).
        Over SOAP, POSTs ``<getRingStrategies>`` to ``/api/v1/server.php``.

        Args:
            strategy: Code of one ring strategy (e.g. rrmemory).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetRingStrategiesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_ring_strategies(
            strategy=strategy,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_ring_strategies, _ops.parse_soap_get_ring_strategies),
            timeout,
            max_retries,
            deadline,
        )

    async def get_routes(
        self,
        *,
        route: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetRoutesResponse:
        """List the call routes, or one by code.

        Calls ``GET /api/v1/rest.php`` (getRoutes).
        Over SOAP, POSTs ``<getRoutes>`` to ``/api/v1/server.php``.

        Args:
            route: Code of one route (e.g. 2).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetRoutesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_routes(
            route=route,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_routes, _ops.parse_soap_get_routes), timeout, max_retries, deadline
        )

    async def get_sequences(
        self,
        *,
        sequence: int | None = None,
        client: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetSequencesResponse:
        """List sequences, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getSequences).
        REST only: a SOAP client refuses it.

        Args:
            sequence: ID of one sequence (e.g. 5356).
            client: Reseller client ID whose sequences to list (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetSequencesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_sequences(
            sequence=sequence,
            client=client,
        )
        return await self._call(self._rest_only(prepared), _ops.parse_get_sequences, timeout, max_retries, deadline)

    async def get_servers_info(
        self,
        *,
        server_pop: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetServersInfoResponse:
        """List the VoIP.ms servers, or one by POP.

        Calls ``GET /api/v1/rest.php`` (getServersInfo).
        Over SOAP, POSTs ``<getServersInfo>`` to ``/api/v1/server.php``.

        Args:
            server_pop: POP of one server (e.g. 1).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetServersInfoResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_servers_info(
            server_pop=server_pop,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_servers_info, _ops.parse_soap_get_servers_info),
            timeout,
            max_retries,
            deadline,
        )

    async def get_sipuris(
        self,
        *,
        sipuri: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetSIPURIsResponse:
        """List SIP URIs, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getSIPURIs).
        Over SOAP, POSTs ``<getSIPURIs>`` to ``/api/v1/server.php``.

        Args:
            sipuri: ID of one SIP URI (e.g. 6199).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetSIPURIsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_sipuris(
            sipuri=sipuri,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_sipuris, _ops.parse_soap_get_sipuris), timeout, max_retries, deadline
        )

    async def get_sms(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetSMSResponse:
        """List SMS messages by date range, type, DID and contact, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getSMS).
        Over SOAP, POSTs ``<getSMS>`` to ``/api/v1/server.php``.

        Args:
            sms: ID of one SMS (e.g. 5853).
            from_: Start date (YYYY-MM-DD); default today.
            to: End date (YYYY-MM-DD); default today.
            type: Message direction: 1 = received, 0 = sent. (at least 0; at most 1)
            did: Only messages of this DID (e.g. 5551234567).
            contact: Only messages with this contact number (e.g. 5551234567).
            limit: Maximum number of records to return. (at least 1; carrier default: 50)
            timezone: Time zone offset for the dates, -12 to 13. (at least -12; at most 13)
            all_messages: Return SMS and MMS together (the message ID must then be 0).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetSMSResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_sms(
            sms=sms,
            from_=from_,
            to=to,
            type=type,
            did=did,
            contact=contact,
            limit=limit,
            timezone=timezone,
            all_messages=all_messages,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_sms, _ops.parse_soap_get_sms), timeout, max_retries, deadline
        )

    async def get_states(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetStatesResponse:
        """List the USA states.

        Calls ``GET /api/v1/rest.php`` (getStates).
        Over SOAP, POSTs ``<getStates>`` to ``/api/v1/server.php``.

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetStatesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_states()
        return await self._call(
            *self._over(prepared, _ops.parse_get_states, _ops.parse_soap_get_states), timeout, max_retries, deadline
        )

    async def get_static_members(
        self,
        *,
        queue: str,
        member: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetStaticMembersResponse:
        """List the static members of a queue, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getStaticMembers).
        Over SOAP, POSTs ``<getStaticMembers>`` to ``/api/v1/server.php``.

        Args:
            queue: Required. ID of the queue (e.g. 4136).
            member: ID of one static member of the queue (e.g. 163).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetStaticMembersResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_static_members(
            queue=queue,
            member=member,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_static_members, _ops.parse_soap_get_static_members),
            timeout,
            max_retries,
            deadline,
        )

    async def get_sub_accounts(
        self,
        *,
        account: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetSubAccountsResponse:
        """List sub accounts, those of a reseller client, or one by name.

        Calls ``GET /api/v1/rest.php`` (getSubAccounts).
        Over SOAP, POSTs ``<getSubAccounts>`` to ``/api/v1/server.php``.

        Args:
            account: Sub account (e.g. 100000_VoIP) or reseller client ID (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetSubAccountsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_sub_accounts(
            account=account,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_sub_accounts, _ops.parse_soap_get_sub_accounts),
            timeout,
            max_retries,
            deadline,
        )

    async def get_termination_rates(
        self,
        *,
        query_: str,
        route: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetTerminationRatesResponse:
        """Search the termination rates of a route.

        Calls ``GET /api/v1/rest.php`` (getTerminationRates).
        Over SOAP, POSTs ``<getTerminationRates>`` to ``/api/v1/server.php``.

        Args:
            query_: Required. Search term (e.g. Canada).
            route: Required. Route code (values from getRoutes, e.g. 2).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetTerminationRatesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_termination_rates(
            query_=query_,
            route=route,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_termination_rates, _ops.parse_soap_get_termination_rates),
            timeout,
            max_retries,
            deadline,
        )

    async def get_time_conditions(
        self,
        *,
        timecondition: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetTimeConditionsResponse:
        """List time conditions, or one by ID.

        Calls ``GET /api/v1/rest.php`` (getTimeConditions).
        Over SOAP, POSTs ``<getTimeConditions>`` to ``/api/v1/server.php``.

        Args:
            timecondition: ID of one time condition (e.g. 1830).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetTimeConditionsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_time_conditions(
            timecondition=timecondition,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_time_conditions, _ops.parse_soap_get_time_conditions),
            timeout,
            max_retries,
            deadline,
        )

    async def get_timezones(
        self,
        *,
        timezone: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetTimezonesResponse:
        """List the voicemail time zones, or one by code.

        Calls ``GET /api/v1/rest.php`` (getTimezones).
        Over SOAP, POSTs ``<getTimezones>`` to ``/api/v1/server.php``.

        Args:
            timezone: Code of one time zone (e.g. America/Buenos_Aires).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetTimezonesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_timezones(
            timezone=timezone,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_timezones, _ops.parse_soap_get_timezones),
            timeout,
            max_retries,
            deadline,
        )

    async def get_transaction_history(
        self,
        *,
        date_from: _dt.date,
        date_to: _dt.date,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetTransactionHistoryResponse:
        """List the account transactions between two dates.

        Calls ``GET /api/v1/rest.php`` (getTransactionHistory).
        Over SOAP, POSTs ``<getTransactionHistory>`` to ``/api/v1/server.php``.

        Args:
            date_from: Required. Start date (YYYY-MM-DD).
            date_to: Required. End date (YYYY-MM-DD).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetTransactionHistoryResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_transaction_history(
            date_from=date_from,
            date_to=date_to,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_transaction_history, _ops.parse_soap_get_transaction_history),
            timeout,
            max_retries,
            deadline,
        )

    async def get_voicemail_attachment_formats(
        self,
        *,
        email_attachment_format: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetVoicemailAttachmentFormatsResponse:
        """List the voicemail e-mail attachment formats, or one by code.

        Calls ``GET /api/v1/rest.php`` (getVoicemailAttachmentFormats).
        Over SOAP, POSTs ``<getVoicemailAttachmentFormats>`` to ``/api/v1/server.php``.

        Args:
            email_attachment_format: Code of one attachment format (e.g. wav49).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetVoicemailAttachmentFormatsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voicemail_attachment_formats(
            email_attachment_format=email_attachment_format,
        )
        return await self._call(
            *self._over(
                prepared, _ops.parse_get_voicemail_attachment_formats, _ops.parse_soap_get_voicemail_attachment_formats
            ),
            timeout,
            max_retries,
            deadline,
        )

    async def get_voicemail_folders(
        self,
        *,
        folder: str | None = None,
        mailbox: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetVoicemailFoldersResponse:
        """List voicemail folders, or one by name.

        Calls ``GET /api/v1/rest.php`` (getVoicemailFolders).
        Over SOAP, POSTs ``<getVoicemailFolders>`` to ``/api/v1/server.php``.

        Args:
            folder: Name of one folder (e.g. INBOX).
            mailbox: Mailbox whose folders to list (e.g. 1001); omitted, the default folders.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetVoicemailFoldersResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voicemail_folders(
            folder=folder,
            mailbox=mailbox,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_voicemail_folders, _ops.parse_soap_get_voicemail_folders),
            timeout,
            max_retries,
            deadline,
        )

    async def get_voicemail_message_file(
        self,
        *,
        mailbox: str,
        folder: str,
        message_num: int,
        format: VoicemailFileFormat | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetVoicemailMessageFileResponse:
        """Get a voicemail message file (Base64).

        Calls ``GET /api/v1/rest.php`` (getVoicemailMessageFile).
        Over SOAP, POSTs ``<getVoicemailMessageFile>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Required. Mailbox number (e.g. 1001).
            folder: Required. Folder name (e.g. INBOX; values from getVoicemailFolders).
            message_num: Required. Number of the message in the folder (e.g. 1).
            format: Audio format of the file. (carrier default: mp3)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetVoicemailMessageFileResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voicemail_message_file(
            mailbox=mailbox,
            folder=folder,
            message_num=message_num,
            format=format,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_voicemail_message_file, _ops.parse_soap_get_voicemail_message_file),
            timeout,
            max_retries,
            deadline,
        )

    async def get_voicemail_messages(
        self,
        *,
        mailbox: str,
        folder: str | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetVoicemailMessagesResponse:
        """List the messages of a mailbox, optionally by folder and date range.

        Calls ``GET /api/v1/rest.php`` (getVoicemailMessages).
        Over SOAP, POSTs ``<getVoicemailMessages>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Required. Mailbox number (e.g. 1001).
            folder: Folder name (e.g. INBOX; values from getVoicemailFolders).
            date_from: Start date (YYYY-MM-DD).
            date_to: End date (YYYY-MM-DD).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetVoicemailMessagesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voicemail_messages(
            mailbox=mailbox,
            folder=folder,
            date_from=date_from,
            date_to=date_to,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_voicemail_messages, _ops.parse_soap_get_voicemail_messages),
            timeout,
            max_retries,
            deadline,
        )

    async def get_voicemails(
        self,
        *,
        mailbox: str | None = None,
        client: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetVoicemailsResponse:
        """List voicemail boxes, or one by mailbox number.

        Calls ``GET /api/v1/rest.php`` (getVoicemails).
        Over SOAP, POSTs ``<getVoicemails>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Mailbox number of one voicemail box (e.g. 1001).
            client: ID of a reseller client, to list only its mailboxes (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetVoicemailsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voicemails(
            mailbox=mailbox,
            client=client,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_voicemails, _ops.parse_soap_get_voicemails),
            timeout,
            max_retries,
            deadline,
        )

    async def get_voicemail_setups(
        self,
        *,
        voicemailsetup: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetVoicemailSetupsResponse:
        """List the voicemail setup options, or one by code.

        Calls ``GET /api/v1/rest.php`` (getVoicemailSetups).
        Over SOAP, POSTs ``<getVoicemailSetups>`` to ``/api/v1/server.php``.

        Args:
            voicemailsetup: Code of one voicemail setup (e.g. 2).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetVoicemailSetupsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voicemail_setups(
            voicemailsetup=voicemailsetup,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_voicemail_setups, _ops.parse_soap_get_voicemail_setups),
            timeout,
            max_retries,
            deadline,
        )

    async def get_voicemail_transcriptions(
        self,
        *,
        account: str | None = None,
        mailbox: str,
        date_to: _dt.date,
        date_from: _dt.date,
        folder: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetVoicemailTranscriptionsResponse:
        """List the voicemail transcriptions of a mailbox folder between two dates.

        Calls ``GET /api/v1/rest.php`` (getVoicemailTranscriptions).
        Over SOAP, POSTs ``<getVoicemailTranscriptions>`` to ``/api/v1/server.php``.

        Args:
            account: Account owning the mailbox (e.g. 100001_VoIP).
            mailbox: Required. Mailbox number (e.g. 1001).
            date_to: Required. End date (YYYY-MM-DD).
            date_from: Required. Start date (YYYY-MM-DD).
            folder: Required. Folder name (e.g. INBOX; values from getVoicemailFolders).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetVoicemailTranscriptionsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voicemail_transcriptions(
            account=account,
            mailbox=mailbox,
            date_to=date_to,
            date_from=date_from,
            folder=folder,
        )
        return await self._call(
            *self._over(
                prepared, _ops.parse_get_voicemail_transcriptions, _ops.parse_soap_get_voicemail_transcriptions
            ),
            timeout,
            max_retries,
            deadline,
        )

    async def get_vpris(
        self,
        *,
        vpri: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetVPRIsResponse:
        """List the vPRIs of the account.

        Calls ``GET /api/v1/rest.php`` (getVPRIs).
        Over SOAP, POSTs ``<getVPRIs>`` to ``/api/v1/server.php``.

        Args:
            vpri: Required. ID of one vPRI (e.g. 1001).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetVPRIsResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_vpris(
            vpri=vpri,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_get_vpris, _ops.parse_soap_get_vpris), timeout, max_retries, deadline
        )

    async def mail_fax_message_pdf(
        self,
        *,
        id: int,
        email: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> MailFaxMessagePDFResponse:
        """E-mail a fax message as a PDF attachment.

        Calls ``GET /api/v1/rest.php`` (mailFaxMessagePDF); changes state on the carrier.
        Over SOAP, POSTs ``<mailFaxMessagePDF>`` to ``/api/v1/server.php``.

        Args:
            id: Required. ID of the fax message (values from getFaxMessages).
            email: Required. Destination e-mail address.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            MailFaxMessagePDFResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_mail_fax_message_pdf(
            id=id,
            email=email,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_mail_fax_message_pdf, _ops.parse_soap_mail_fax_message_pdf),
            timeout,
            max_retries,
            deadline,
        )

    async def mark_listened_voicemail_message(
        self,
        *,
        mailbox: str,
        folder: str,
        message_num: int,
        listened: YesNo,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Mark a voicemail message as listened (moved to Old) or not listened (moved to INBOX).

        Calls ``GET /api/v1/rest.php`` (markListenedVoicemailMessage); changes state on the carrier.
        Over SOAP, POSTs ``<markListenedVoicemailMessage>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Required. Mailbox number (e.g. 1001).
            folder: Required. Folder name (e.g. INBOX; values from getVoicemailFolders).
            message_num: Required. Number of the message in the folder (e.g. 1).
            listened: Required. yes marks the message listened, no marks it not listened.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_mark_listened_voicemail_message(
            mailbox=mailbox,
            folder=folder,
            message_num=message_num,
            listened=listened,
        )
        return await self._call(
            *self._over(
                prepared, _ops.parse_mark_listened_voicemail_message, _ops.parse_soap_mark_listened_voicemail_message
            ),
            timeout,
            max_retries,
            deadline,
        )

    async def mark_urgent_voicemail_message(
        self,
        *,
        mailbox: str,
        folder: str,
        message_num: int,
        urgent: YesNo,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Mark a voicemail message as urgent (moved to Urgent) or not urgent (moved to INBOX).

        Calls ``GET /api/v1/rest.php`` (markUrgentVoicemailMessage); changes state on the carrier.
        Over SOAP, POSTs ``<markUrgentVoicemailMessage>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Required. Mailbox number (e.g. 1001).
            folder: Required. Folder name (e.g. INBOX; values from getVoicemailFolders).
            message_num: Required. Number of the message in the folder (e.g. 1).
            urgent: Required. yes marks the message urgent, no removes the mark.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_mark_urgent_voicemail_message(
            mailbox=mailbox,
            folder=folder,
            message_num=message_num,
            urgent=urgent,
        )
        return await self._call(
            *self._over(
                prepared, _ops.parse_mark_urgent_voicemail_message, _ops.parse_soap_mark_urgent_voicemail_message
            ),
            timeout,
            max_retries,
            deadline,
        )

    async def move_fax_message(
        self,
        *,
        fax_id: int,
        folder_id: int,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Move a fax message to another folder.

        Calls ``GET /api/v1/rest.php`` (moveFaxMessage); changes state on the carrier.
        Over SOAP, POSTs ``<moveFaxMessage>`` to ``/api/v1/server.php``.

        Args:
            fax_id: Required. ID of the fax message (values from getFaxMessages).
            folder_id: Required. ID of the destination folder (values from getFaxFolders).
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_move_fax_message(
            fax_id=fax_id,
            folder_id=folder_id,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_move_fax_message, _ops.parse_soap_move_fax_message),
            timeout,
            max_retries,
            deadline,
        )

    async def move_folder_voicemail_message(
        self,
        *,
        mailbox: str,
        folder: str,
        message_num: int,
        new_folder: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Move a voicemail message to another folder.

        Calls ``GET /api/v1/rest.php`` (moveFolderVoicemailMessage); changes state on the carrier.
        Over SOAP, POSTs ``<moveFolderVoicemailMessage>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Required. Mailbox number (e.g. 1001).
            folder: Required. Folder name (e.g. INBOX; values from getVoicemailFolders).
            message_num: Required. Number of the message in the folder (e.g. 1).
            new_folder: Required. Destination folder (e.g. Urgent; values from getVoicemailFolders).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_move_folder_voicemail_message(
            mailbox=mailbox,
            folder=folder,
            message_num=message_num,
            new_folder=new_folder,
        )
        return await self._call(
            *self._over(
                prepared, _ops.parse_move_folder_voicemail_message, _ops.parse_soap_move_folder_voicemail_message
            ),
            timeout,
            max_retries,
            deadline,
        )

    async def order_did(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Order a DID and add it to the account.

        Calls ``GET /api/v1/rest.php`` (orderDID); changes state on the carrier.
        Over SOAP, POSTs ``<orderDID>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to order (e.g. 5552223333).
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID (e.g. 101).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            note: Free-text note.
            billing_type: Required. Billing plan: 1 = per minute, 2 = flat rate. (at least 1; at most 2)
            account: Reseller sub account (e.g. 100001_VoIP).
            monthly: Monthly fee charged to the reseller client (e.g. 3.50).
            setup: Setup fee charged to the reseller client (e.g. 1.99).
            minute: Per-minute rate charged to the reseller client (e.g. 0.03).
            test: Test mode: validate the order without placing it (orders cannot be undone).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_did(
            did=did,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            note=note,
            billing_type=billing_type,
            account=account,
            monthly=monthly,
            setup=setup,
            minute=minute,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_order_did, _ops.parse_soap_order_did), timeout, max_retries, deadline
        )

    async def order_did_international_geographic(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Order international geographic DIDs and add them to the account.

        Calls ``GET /api/v1/rest.php`` (orderDIDInternationalGeographic); changes state on the carrier.
        Over SOAP, POSTs ``<orderDIDInternationalGeographic>`` to ``/api/v1/server.php``.

        Args:
            location_id: Required. ID of the location (values from getDIDsInternationalGeographic).
            quantity: Required. Number of numbers to order (e.g. 3). (at least 1)
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID (e.g. 101).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            billing_type: Required. Billing plan: 1 = per minute, 2 = flat rate. (at least 1; at most 2)
            note: Free-text note.
            account: Reseller sub account (e.g. 100001_VoIP).
            monthly: Monthly fee charged to the reseller client (e.g. 3.50).
            setup: Setup fee charged to the reseller client (e.g. 1.99).
            minute: Per-minute rate charged to the reseller client (e.g. 0.03).
            test: Test mode: validate the order without placing it (orders cannot be undone).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_did_international_geographic(
            location_id=location_id,
            quantity=quantity,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            billing_type=billing_type,
            note=note,
            account=account,
            monthly=monthly,
            setup=setup,
            minute=minute,
            test=test,
        )
        return await self._call(
            *self._over(
                prepared,
                _ops.parse_order_did_international_geographic,
                _ops.parse_soap_order_did_international_geographic,
            ),
            timeout,
            max_retries,
            deadline,
        )

    async def order_did_international_national(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Order international national DIDs and add them to the account.

        Calls ``GET /api/v1/rest.php`` (orderDIDInternationalNational); changes state on the carrier.
        Over SOAP, POSTs ``<orderDIDInternationalNational>`` to ``/api/v1/server.php``.

        Args:
            location_id: Required. ID of the location (values from getDIDsInternationalNational).
            quantity: Required. Number of numbers to order (e.g. 3). (at least 1)
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID (e.g. 101).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            billing_type: Required. Billing plan: 1 = per minute, 2 = flat rate. (at least 1; at most 2)
            note: Free-text note.
            account: Reseller sub account (e.g. 100001_VoIP).
            monthly: Monthly fee charged to the reseller client (e.g. 3.50).
            setup: Setup fee charged to the reseller client (e.g. 1.99).
            minute: Per-minute rate charged to the reseller client (e.g. 0.03).
            test: Test mode: validate the order without placing it (orders cannot be undone).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_did_international_national(
            location_id=location_id,
            quantity=quantity,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            billing_type=billing_type,
            note=note,
            account=account,
            monthly=monthly,
            setup=setup,
            minute=minute,
            test=test,
        )
        return await self._call(
            *self._over(
                prepared, _ops.parse_order_did_international_national, _ops.parse_soap_order_did_international_national
            ),
            timeout,
            max_retries,
            deadline,
        )

    async def order_did_international_toll_free(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Order international toll-free DIDs and add them to the account.

        Calls ``GET /api/v1/rest.php`` (orderDIDInternationalTollFree); changes state on the carrier.
        Over SOAP, POSTs ``<orderDIDInternationalTollFree>`` to ``/api/v1/server.php``.

        Args:
            location_id: Required. ID of the location (values from getDIDsInternationalTollFree).
            quantity: Required. Number of numbers to order (e.g. 3). (at least 1)
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID (e.g. 101).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            note: Free-text note.
            account: Reseller sub account (e.g. 100001_VoIP).
            monthly: Monthly fee charged to the reseller client (e.g. 3.50).
            setup: Setup fee charged to the reseller client (e.g. 1.99).
            minute: Per-minute rate charged to the reseller client (e.g. 0.03).
            test: Test mode: validate the order without placing it (orders cannot be undone).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_did_international_toll_free(
            location_id=location_id,
            quantity=quantity,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            note=note,
            account=account,
            monthly=monthly,
            setup=setup,
            minute=minute,
            test=test,
        )
        return await self._call(
            *self._over(
                prepared,
                _ops.parse_order_did_international_toll_free,
                _ops.parse_soap_order_did_international_toll_free,
            ),
            timeout,
            max_retries,
            deadline,
        )

    async def order_did_virtual(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Order a virtual DID and add it to the account.

        Calls ``GET /api/v1/rest.php`` (orderDIDVirtual); changes state on the carrier.
        Over SOAP, POSTs ``<orderDIDVirtual>`` to ``/api/v1/server.php``.

        Args:
            digits: Required. Three digits of the new virtual DID (e.g. 001). (matches ``^[0-9]{3}$``)
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID (e.g. 101).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            note: Free-text note.
            account: Reseller sub account (e.g. 100001_VoIP).
            monthly: Monthly fee charged to the reseller client (e.g. 3.50).
            setup: Setup fee charged to the reseller client (e.g. 1.99).
            minute: Per-minute rate charged to the reseller client (e.g. 0.03).
            test: Test mode: validate the order without placing it (orders cannot be undone).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_did_virtual(
            digits=digits,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            note=note,
            account=account,
            monthly=monthly,
            setup=setup,
            minute=minute,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_order_did_virtual, _ops.parse_soap_order_did_virtual),
            timeout,
            max_retries,
            deadline,
        )

    async def order_fax_number(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OrderFaxNumberResponse:
        """Order fax numbers and add them to the account.

        Calls ``GET /api/v1/rest.php`` (orderFaxNumber); changes state on the carrier.
        Over SOAP, POSTs ``<orderFaxNumber>`` to ``/api/v1/server.php``.

        Args:
            location: Required. Location ID (values from getFaxRateCentersCAN or getFaxRateCentersUSA).
            quantity: Required. Number of fax numbers to order (e.g. 3). (at least 1)
            email: E-mail address notified of incoming faxes.
            email_enable: Send e-mail notifications. (carrier default: False)
            email_attach_file: Attach the fax as a PDF to the notifications. (carrier default: False)
            url_callback: URL receiving a POST for each incoming fax.
            url_callback_enable: Enable the URL callback. (carrier default: False)
            url_callback_retry: Retry the URL callback until it answers ok.
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            OrderFaxNumberResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_fax_number(
            location=location,
            quantity=quantity,
            email=email,
            email_enable=email_enable,
            email_attach_file=email_attach_file,
            url_callback=url_callback,
            url_callback_enable=url_callback_enable,
            url_callback_retry=url_callback_retry,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_order_fax_number, _ops.parse_soap_order_fax_number),
            timeout,
            max_retries,
            deadline,
        )

    async def order_toll_free(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Order a toll-free number and add it to the account.

        Calls ``GET /api/v1/rest.php`` (orderTollFree); changes state on the carrier.
        Over SOAP, POSTs ``<orderTollFree>`` to ``/api/v1/server.php``.

        Args:
            did: Required. Toll-free number to order (e.g. 8772223333).
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID (e.g. 101).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            note: Free-text note.
            account: Reseller sub account (e.g. 100001_VoIP).
            monthly: Monthly fee charged to the reseller client (e.g. 3.50).
            setup: Setup fee charged to the reseller client (e.g. 1.99).
            minute: Per-minute rate charged to the reseller client (e.g. 0.03).
            test: Test mode: validate the order without placing it (orders cannot be undone).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_toll_free(
            did=did,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            note=note,
            account=account,
            monthly=monthly,
            setup=setup,
            minute=minute,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_order_toll_free, _ops.parse_soap_order_toll_free),
            timeout,
            max_retries,
            deadline,
        )

    async def order_vanity(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Order a vanity toll-free number and add it to the account.

        Calls ``GET /api/v1/rest.php`` (orderVanity); changes state on the carrier.
        Over SOAP, POSTs ``<orderVanity>`` to ``/api/v1/server.php``.

        Args:
            did: Required. Vanity number to order (e.g. 8772223333).
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID (e.g. 101).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            note: Free-text note.
            carrier: Required. Carrier code (values from getCarriers).
            account: Reseller sub account (e.g. 100001_VoIP).
            monthly: Monthly fee charged to the reseller client (e.g. 3.50).
            setup: Setup fee charged to the reseller client (e.g. 1.99).
            minute: Per-minute rate charged to the reseller client (e.g. 0.03).
            test: Test mode: validate the order without placing it (orders cannot be undone).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_vanity(
            did=did,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            note=note,
            carrier=carrier,
            account=account,
            monthly=monthly,
            setup=setup,
            minute=minute,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_order_vanity, _ops.parse_soap_order_vanity), timeout, max_retries, deadline
        )

    async def remove_did_vpri(
        self,
        *,
        vpri: int | None = None,
        did: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> RemoveDIDvPRIResponse:
        """Remove a DID from a vPRI.

        Calls ``GET /api/v1/rest.php`` (removeDIDvPRI); changes state on the carrier.
        Over SOAP, POSTs ``<removeDIDvPRI>`` to ``/api/v1/server.php``.

        Args:
            vpri: ID of the vPRI.
            did: Required. DID to remove from the vPRI.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            RemoveDIDvPRIResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_remove_did_vpri(
            vpri=vpri,
            did=did,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_remove_did_vpri, _ops.parse_soap_remove_did_vpri),
            timeout,
            max_retries,
            deadline,
        )

    async def search_dids_can(
        self,
        *,
        province: str | None = None,
        type: SearchType,
        query_: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SearchDIDsCANResponse:
        """Search available Canadian DIDs, optionally in a province.

        Calls ``GET /api/v1/rest.php`` (searchDIDsCAN).
        Over SOAP, POSTs ``<searchDIDsCAN>`` to ``/api/v1/server.php``.

        Args:
            province: Canadian province (values from getProvinces).
            type: Required. How the query matches the number.
            query_: Required. Digits or letters to search for (e.g. JOHN, 555, 123ABC).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SearchDIDsCANResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_search_dids_can(
            province=province,
            type=type,
            query_=query_,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_search_dids_can, _ops.parse_soap_search_dids_can),
            timeout,
            max_retries,
            deadline,
        )

    async def search_dids_usa(
        self,
        *,
        state: str | None = None,
        type: SearchType,
        query_: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SearchDIDsUSAResponse:
        """Search available USA DIDs, optionally in a state.

        Calls ``GET /api/v1/rest.php`` (searchDIDsUSA).
        Over SOAP, POSTs ``<searchDIDsUSA>`` to ``/api/v1/server.php``.

        Args:
            state: USA state (values from getStates).
            type: Required. How the query matches the number.
            query_: Required. Digits or letters to search for (e.g. JOHN, 555, 123ABC).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SearchDIDsUSAResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_search_dids_usa(
            state=state,
            type=type,
            query_=query_,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_search_dids_usa, _ops.parse_soap_search_dids_usa),
            timeout,
            max_retries,
            deadline,
        )

    async def search_fax_area_code_can(
        self,
        *,
        area_code: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SearchFaxAreaCodeCANResponse:
        """Search Canadian fax rate centers by area code.

        Calls ``GET /api/v1/rest.php`` (searchFaxAreaCodeCAN).
        Over SOAP, POSTs ``<searchFaxAreaCodeCAN>`` to ``/api/v1/server.php``.

        Args:
            area_code: Required. Area code to search (values from getFaxRateCentersCAN).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SearchFaxAreaCodeCANResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_search_fax_area_code_can(
            area_code=area_code,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_search_fax_area_code_can, _ops.parse_soap_search_fax_area_code_can),
            timeout,
            max_retries,
            deadline,
        )

    async def search_fax_area_code_usa(
        self,
        *,
        area_code: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SearchFaxAreaCodeUSAResponse:
        """Search USA fax rate centers by area code.

        Calls ``GET /api/v1/rest.php`` (searchFaxAreaCodeUSA).
        Over SOAP, POSTs ``<searchFaxAreaCodeUSA>`` to ``/api/v1/server.php``.

        Args:
            area_code: Required. Area code to search (values from getFaxRateCentersUSA).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SearchFaxAreaCodeUSAResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_search_fax_area_code_usa(
            area_code=area_code,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_search_fax_area_code_usa, _ops.parse_soap_search_fax_area_code_usa),
            timeout,
            max_retries,
            deadline,
        )

    async def search_toll_free_can_us(
        self,
        *,
        type: SearchType | None = None,
        query_: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SearchTollFreeCanUSResponse:
        """Search available USA/Canada toll-free numbers (all of them without criteria).

        Calls ``GET /api/v1/rest.php`` (searchTollFreeCanUS).
        Over SOAP, POSTs ``<searchTollFreeCanUS>`` to ``/api/v1/server.php``.

        Args:
            type: How the query matches the number.
            query_: Digits or letters to search for (e.g. JOHN, 555, 123ABC).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SearchTollFreeCanUSResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_search_toll_free_can_us(
            type=type,
            query_=query_,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_search_toll_free_can_us, _ops.parse_soap_search_toll_free_can_us),
            timeout,
            max_retries,
            deadline,
        )

    async def search_toll_free_usa(
        self,
        *,
        type: SearchType | None = None,
        query_: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SearchTollFreeUSAResponse:
        """Search available USA toll-free numbers (all of them without criteria).

        Calls ``GET /api/v1/rest.php`` (searchTollFreeUSA).
        Over SOAP, POSTs ``<searchTollFreeUSA>`` to ``/api/v1/server.php``.

        Args:
            type: How the query matches the number.
            query_: Digits or letters to search for (e.g. JOHN, 555, 123ABC).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SearchTollFreeUSAResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_search_toll_free_usa(
            type=type,
            query_=query_,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_search_toll_free_usa, _ops.parse_soap_search_toll_free_usa),
            timeout,
            max_retries,
            deadline,
        )

    async def search_vanity(
        self,
        *,
        type: VanityPrefix,
        query_: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SearchVanityResponse:
        """Search available vanity toll-free numbers.

        Calls ``GET /api/v1/rest.php`` (searchVanity).
        Over SOAP, POSTs ``<searchVanity>`` to ``/api/v1/server.php``.

        Args:
            type: Required. Toll-free prefix to search (8** for any).
            query_: Required. Seven-character pattern, * for any character (e.g. ***JHON, **555**). (matches
                ``^[A-Za-z0-9*]{7}$``)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SearchVanityResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_search_vanity(
            type=type,
            query_=query_,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_search_vanity, _ops.parse_soap_search_vanity),
            timeout,
            max_retries,
            deadline,
        )

    async def send_call_recording_email(
        self,
        *,
        callrecording: str,
        account: str,
        email: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SendCallRecordingEmailResponse:
        """E-mail a call recording with its details.

        Calls ``GET /api/v1/rest.php`` (sendCallRecordingEmail); changes state on the carrier.
        Over SOAP, POSTs ``<sendCallRecordingEmail>`` to ``/api/v1/server.php``.

        Args:
            callrecording: Required. Call recording ID (values from getCallRecordings).
            account: Required. Account of the recording (values from getCallAccounts).
            email: Required. Destination e-mail address.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SendCallRecordingEmailResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_send_call_recording_email(
            callrecording=callrecording,
            account=account,
            email=email,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_send_call_recording_email, _ops.parse_soap_send_call_recording_email),
            timeout,
            max_retries,
            deadline,
        )

    async def send_fax_message(
        self,
        *,
        to_number: str,
        from_name: str,
        from_number: str,
        send_email_enabled: bool | None = None,
        send_email: str | None = None,
        station_id: str | None = None,
        file: str,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Send a fax to a number.

        Calls ``POST /api/v1/rest.php`` (sendFaxMessage); changes state on the carrier.
        Over SOAP, POSTs ``<sendFaxMessage>`` to ``/api/v1/server.php``.

        Args:
            to_number: Required. Destination number (e.g. 5552341234).
            from_name: Required. Name of the sender.
            from_number: Required. Fax number of the sender.
            send_email_enabled: E-mail a copy of the fax to send_email. (carrier default: False)
            send_email: E-mail address receiving a copy of the fax.
            station_id: Word identifying the sending equipment or department.
            file: Required. Document, Base64-encoded: pdf, txt, jpg, gif, png or tif.
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_send_fax_message(
            to_number=to_number,
            from_name=from_name,
            from_number=from_number,
            send_email_enabled=send_email_enabled,
            send_email=send_email,
            station_id=station_id,
            file=file,
            test=test,
            credentials=self._credential_pairs(),
        )
        return await self._call(
            *self._over(prepared, _ops.parse_send_fax_message, _ops.parse_soap_send_fax_message),
            timeout,
            max_retries,
            deadline,
        )

    async def send_mms(
        self,
        *,
        did: str,
        dst: str,
        message: str,
        media1: str | None = None,
        media2: str | None = None,
        media3: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SendMMSResponse:
        """Send an MMS message.

        Calls ``POST /api/v1/rest.php`` (sendMMS); changes state on the carrier.
        Over SOAP, POSTs ``<sendMMS>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID sending the message (e.g. 5551234567).
            dst: Required. Destination number (e.g. 5551234568).
            message: Required. Text of the message, at most 2048 characters.
            media1: First media: a URL or a Base64 data URI (data:image/png;base64,...).
            media2: Second media: a URL or a Base64 data URI.
            media3: Third media: a URL or a Base64 data URI.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SendMMSResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_send_mms(
            did=did,
            dst=dst,
            message=message,
            media1=media1,
            media2=media2,
            media3=media3,
            credentials=self._credential_pairs(),
        )
        return await self._call(
            *self._over(prepared, _ops.parse_send_mms, _ops.parse_soap_send_mms), timeout, max_retries, deadline
        )

    async def send_sms(
        self,
        *,
        did: str,
        dst: str,
        message: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SendSMSResponse:
        """Send an SMS message.

        Calls ``GET /api/v1/rest.php`` (sendSMS); changes state on the carrier.
        Over SOAP, POSTs ``<sendSMS>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID sending the message (e.g. 5551234567).
            dst: Required. Destination number (e.g. 5551234568).
            message: Required. Text of the message, at most 160 characters.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SendSMSResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_send_sms(
            did=did,
            dst=dst,
            message=message,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_send_sms, _ops.parse_soap_send_sms), timeout, max_retries, deadline
        )

    async def send_voicemail_email(
        self,
        *,
        mailbox: str,
        folder: str,
        message_num: int,
        email_address: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """E-mail a voicemail message file.

        Calls ``GET /api/v1/rest.php`` (sendVoicemailEmail); changes state on the carrier.
        Over SOAP, POSTs ``<sendVoicemailEmail>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Required. Mailbox number (e.g. 1001).
            folder: Required. Folder name (e.g. INBOX; values from getVoicemailFolders).
            message_num: Required. Number of the message in the folder (e.g. 1).
            email_address: Required. Destination e-mail address.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_send_voicemail_email(
            mailbox=mailbox,
            folder=folder,
            message_num=message_num,
            email_address=email_address,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_send_voicemail_email, _ops.parse_soap_send_voicemail_email),
            timeout,
            max_retries,
            deadline,
        )

    async def set_callback(
        self,
        *,
        callback: str | None = None,
        description: str,
        number: int,
        delay_before: int,
        response_timeout: int,
        digit_timeout: int,
        callerid_number: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetCallbackResponse:
        """Create a callback entry, or update one when callback is given.

        Calls ``GET /api/v1/rest.php`` (setCallback); changes state on the carrier.
        Over SOAP, POSTs ``<setCallback>`` to ``/api/v1/server.php``.

        Args:
            callback: ID of the callback to update (e.g. 2359); omit to create one.
            description: Required. Description of the callback.
            number: Required. Number called back.
            delay_before: Required. Seconds to wait before calling back.
            response_timeout: Required. Seconds before hanging up on incomplete input.
            digit_timeout: Required. Seconds allowed between digits.
            callerid_number: Caller ID override for the callback.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetCallbackResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_callback(
            callback=callback,
            description=description,
            number=number,
            delay_before=delay_before,
            response_timeout=response_timeout,
            digit_timeout=digit_timeout,
            callerid_number=callerid_number,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_callback, _ops.parse_soap_set_callback), timeout, max_retries, deadline
        )

    async def set_caller_id_filtering(
        self,
        *,
        filter: str | None = None,
        callerid: str,
        did: str,
        routing: str,
        failover_unreachable: str | None = None,
        failover_busy: str | None = None,
        failover_noanswer: str | None = None,
        note: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetCallerIDFilteringResponse:
        """Create a caller ID filtering entry, or update one when filter is given.

        Calls ``GET /api/v1/rest.php`` (setCallerIDFiltering); changes state on the carrier.
        Over SOAP, POSTs ``<setCallerIDFiltering>`` to ``/api/v1/server.php``.

        Args:
            filter: ID of the filtering to update (e.g. 18915); omit to create one.
            callerid: Required. Caller ID that triggers the filter (NPANXXXXXX, 0 = anonymous, i =
                non-North-American, s/sb/sc = STIR/SHAKEN level, p or p:GROUP = phonebook).
            did: Required. DIDs the filter applies to (all, or a DID).
            routing: Required. Routing when the filter matches (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo
                or none:).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_busy: Routing when busy (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            note: Note for the filtering.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetCallerIDFilteringResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_caller_id_filtering(
            filter=filter,
            callerid=callerid,
            did=did,
            routing=routing,
            failover_unreachable=failover_unreachable,
            failover_busy=failover_busy,
            failover_noanswer=failover_noanswer,
            note=note,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_caller_id_filtering, _ops.parse_soap_set_caller_id_filtering),
            timeout,
            max_retries,
            deadline,
        )

    async def set_call_hunting(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetCallHuntingResponse:
        """Create a call hunting entry, or update one when callhunting is given.

        Calls ``GET /api/v1/rest.php`` (setCallHunting); changes state on the carrier.
        Over SOAP, POSTs ``<setCallHunting>`` to ``/api/v1/server.php``.

        Args:
            callhunting: ID of the call hunting to update (e.g. 235); omit to create one.
            description: Required. Description of the call hunting.
            music: Required. Music on hold code (values from getMusicOnHold).
            recording: Required. Recording (values from getRecordings).
            language: Required. Language code (values from getLanguages).
            order: Required. Order in which members are called.
            members: Required. Members, semicolon-separated routings (e.g. account:100001;fwd:16006).
            ring_time: Required. Ring time of each member in seconds, semicolon-separated, one per member.
            press: Required. Whether each member must press 1 to take the call, semicolon-separated, one per member.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetCallHuntingResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_call_hunting(
            callhunting=callhunting,
            description=description,
            music=music,
            recording=recording,
            language=language,
            order=order,
            members=members,
            ring_time=ring_time,
            press=press,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_call_hunting, _ops.parse_soap_set_call_hunting),
            timeout,
            max_retries,
            deadline,
        )

    async def set_call_parking(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetCallParkingResponse:
        """Create a call parking entry, or update one when callparking is given.

        Calls ``GET /api/v1/rest.php`` (setCallParking); changes state on the carrier.
        Over SOAP, POSTs ``<setCallParking>`` to ``/api/v1/server.php``.

        Args:
            callparking: ID of the call parking to update (e.g. 235); omit to create one.
            name: Required. Name of the call parking.
            timeout_: Required. Seconds a call stays parked before going to the failover.
            music: Required. Music on hold code (values from getMusicOnHold).
            failover: Required. Destination of unanswered parked calls: callback, system:hangup or vm:MAILBOX.
            language: Required. Language code (values from getLanguages).
            destination: Required. Destination called to announce the parked call: parker, the main account or a sub
                account.
            delay: Required. Seconds before the announce destination is called.
            blf_lamps: Required. Number of BLF lamps of the parking lot, 0 to 10. (at least 0; at most 10)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetCallParkingResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_call_parking(
            callparking=callparking,
            name=name,
            timeout_=timeout_,
            music=music,
            failover=failover,
            language=language,
            destination=destination,
            delay=delay,
            blf_lamps=blf_lamps,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_call_parking, _ops.parse_soap_set_call_parking),
            timeout,
            max_retries,
            deadline,
        )

    async def set_client(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a reseller client.

        Calls ``GET /api/v1/rest.php`` (setClient); changes state on the carrier.
        Over SOAP, POSTs ``<setClient>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 561115).
            email: Required. E-mail address of the client.
            password: Required. Password of the client.
            company: Company of the client.
            firstname: Required. First name of the client.
            lastname: Required. Last name of the client.
            address: Address of the client.
            city: City of the client.
            state: State of the client.
            country: Country of the client (values from getCountries).
            zip: ZIP or postal code of the client.
            phone_number: Required. Phone number of the client.
            balance_management: Balance management code (values from getBalanceManagement).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_client(
            client=client,
            email=email,
            password=password,
            company=company,
            firstname=firstname,
            lastname=lastname,
            address=address,
            city=city,
            state=state,
            country=country,
            zip=zip,
            phone_number=phone_number,
            balance_management=balance_management,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_client, _ops.parse_soap_set_client), timeout, max_retries, deadline
        )

    async def set_client_threshold(
        self,
        *,
        client: int,
        email: str | None = None,
        threshold: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Set the balance threshold and notification e-mail of a reseller client.

        Calls ``GET /api/v1/rest.php`` (setClientThreshold); changes state on the carrier.
        Over SOAP, POSTs ``<setClientThreshold>`` to ``/api/v1/server.php``.

        Args:
            client: Required. ID of the reseller client (e.g. 561115).
            email: E-mail address notified when the balance falls below the threshold.
            threshold: Required. Threshold amount, 1 to 250 (e.g. 10). (at least 1; at most 250)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_client_threshold(
            client=client,
            email=email,
            threshold=threshold,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_client_threshold, _ops.parse_soap_set_client_threshold),
            timeout,
            max_retries,
            deadline,
        )

    async def set_conference(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetConferenceResponse:
        """Create or update a conference.

        Calls ``GET /api/v1/rest.php`` (setConference); changes state on the carrier.
        Over SOAP, POSTs ``<setConference>`` to ``/api/v1/server.php``.

        Args:
            conference: Required. ID of the conference (e.g. 5356).
            name: Required. Name of the conference.
            description: Required. Description of the conference.
            members: Member profile IDs, semicolon-separated (e.g. 30;31;32).
            max_members: Required. Maximum number of members.
            sound_join: Recording played when a member joins (values from getRecordings).
            sound_leave: Recording played when a member leaves (values from getRecordings).
            sound_has_joined: Recording played introducing a member (values from getRecordings).
            sound_has_left: Recording played after a member has left (values from getRecordings).
            sound_kicked: Recording played to a kicked member (values from getRecordings).
            sound_muted: Recording played to a member when muted (values from getRecordings).
            sound_unmuted: Recording played to a member when unmuted (values from getRecordings).
            sound_only_person: Recording played to the only person in the conference (values from getRecordings).
            sound_only_one: Recording played when one other person is in the conference (values from getRecordings).
            sound_there_are: Recording played announcing the member count (values from getRecordings).
            sound_other_in_party: Recording played after the member count ('other in party') (values from
                getRecordings).
            sound_place_into_conference: Recording played while waiting for a marked user (values from
                getRecordings).
            sound_get_pin: Recording played prompting for the PIN (values from getRecordings).
            sound_invalid_pin: Recording played after too many invalid PINs (values from getRecordings).
            sound_locked: Recording played to a member joining a locked conference (values from getRecordings).
            sound_locked_now: Recording played to an admin locking the conference (values from getRecordings).
            sound_unlocked_now: Recording played to an admin unlocking the conference (values from getRecordings).
            sound_error_menu: Recording played on a menu error (values from getRecordings).
            sound_participants_muted: Recording played when all non-admins are muted (values from getRecordings).
            sound_participants_unmuted: Recording played when all non-admins are unmuted (values from getRecordings).
            language: Language code (values from getLanguages).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetConferenceResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_conference(
            conference=conference,
            name=name,
            description=description,
            members=members,
            max_members=max_members,
            sound_join=sound_join,
            sound_leave=sound_leave,
            sound_has_joined=sound_has_joined,
            sound_has_left=sound_has_left,
            sound_kicked=sound_kicked,
            sound_muted=sound_muted,
            sound_unmuted=sound_unmuted,
            sound_only_person=sound_only_person,
            sound_only_one=sound_only_one,
            sound_there_are=sound_there_are,
            sound_other_in_party=sound_other_in_party,
            sound_place_into_conference=sound_place_into_conference,
            sound_get_pin=sound_get_pin,
            sound_invalid_pin=sound_invalid_pin,
            sound_locked=sound_locked,
            sound_locked_now=sound_locked_now,
            sound_unlocked_now=sound_unlocked_now,
            sound_error_menu=sound_error_menu,
            sound_participants_muted=sound_participants_muted,
            sound_participants_unmuted=sound_participants_unmuted,
            language=language,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_conference, _ops.parse_soap_set_conference),
            timeout,
            max_retries,
            deadline,
        )

    async def set_conference_member(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetConferenceMemberResponse:
        """Create or update a conference member profile.

        Calls ``GET /api/v1/rest.php`` (setConferenceMember); changes state on the carrier.
        Over SOAP, POSTs ``<setConferenceMember>`` to ``/api/v1/server.php``.

        Args:
            member: Required. ID of the member profile (e.g. 5356).
            conference: Required. ID of the conference (e.g. 5356).
            name: Required. Name of the member.
            description: Description of the member.
            pin: PIN of the member.
            announce_join_leave: Play the join/leave announcement.
            admin: Make the member an admin.
            start_muted: Start muted.
            announce_user_count: Announce the member count on joining.
            announce_only_user: Play the 'only user' announcement in an empty conference.
            moh_when_empty: Music on hold when alone in the conference (values from getMusicOnHold).
            quiet: Do not play enter/leave prompts and introductions.
            announcement: Recording heard by the member on joining (values from getRecordings).
            drop_silence: Drop silence from the conference audio.
            talking_threshold: Milliseconds of sound before the member counts as talking (100 to 250 in steps of 20,
                or 250).
            silence_threshold: Milliseconds of silence before the audio counts as silent (2000 to 3000 in steps of
                100).
            talk_detection: Show talk start/stop notifications on the dashboard.
            jitter_buffer: Use a jitter buffer on the member's audio.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetConferenceMemberResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_conference_member(
            member=member,
            conference=conference,
            name=name,
            description=description,
            pin=pin,
            announce_join_leave=announce_join_leave,
            admin=admin,
            start_muted=start_muted,
            announce_user_count=announce_user_count,
            announce_only_user=announce_only_user,
            moh_when_empty=moh_when_empty,
            quiet=quiet,
            announcement=announcement,
            drop_silence=drop_silence,
            talking_threshold=talking_threshold,
            silence_threshold=silence_threshold,
            talk_detection=talk_detection,
            jitter_buffer=jitter_buffer,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_conference_member, _ops.parse_soap_set_conference_member),
            timeout,
            max_retries,
            deadline,
        )

    async def set_did_billing_type(
        self,
        *,
        did: str,
        billing_type: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Change the billing plan of a DID.

        Calls ``GET /api/v1/rest.php`` (setDIDBillingType); changes state on the carrier.
        Over SOAP, POSTs ``<setDIDBillingType>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to change.
            billing_type: Required. Billing plan: 1 = per minute, 2 = flat rate. (at least 1; at most 2)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_did_billing_type(
            did=did,
            billing_type=billing_type,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_did_billing_type, _ops.parse_soap_set_did_billing_type),
            timeout,
            max_retries,
            deadline,
        )

    async def set_did_info(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update the settings of a DID.

        Calls ``GET /api/v1/rest.php`` (setDIDInfo); changes state on the carrier.
        Over SOAP, POSTs ``<setDIDInfo>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to update (e.g. 5551234567).
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            failover_busy: Routing when busy (same format as routing).
            failover_unreachable: Routing when unreachable (same format as routing).
            failover_noanswer: Routing when not answered (same format as routing).
            voicemail: Voicemail box of the DID.
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            dialtime: Required. Dial timeout in seconds (e.g. 60).
            cnam: Required. Enable CNAM caller-name lookup.
            callerid_prefix: Caller ID prefix shown on incoming calls.
            note: Free-text note.
            port_out_pin: Port-out PIN protecting the number against unauthorised port-out (selected US numbers).
            billing_type: Required. Billing plan: 1 = per minute, 2 = flat rate. (at least 1; at most 2)
            record_calls: Record calls.
            inbound_dialing_mode: Dialing mode of inbound calls: 0 = NANPA, 1 = E164. (at least 0; at most 1)
            transcribe: Enable call transcription.
            transcription_locale: Transcription locale codes, comma-separated, up to 10 (values from getLocales).
            transcription_redaction: Redact transcriptions.
            transcription_summary: Add a summary to transcriptions.
            transcription_sentiment: Add sentiment analysis to transcriptions.
            transcription_email: E-mail address receiving call transcriptions.
            sms_sipaccount_enabled: Deliver received SMS messages to sms_sipaccount.
            sms_sipaccount: SIP account or sub account receiving the SMS messages.
            transcription_start_delay: Seconds before transcription starts, 0 to 60 in steps of 5. (at least 0; at
                most 60)
            voicemail_threshold: Voicemail threshold in seconds, 0 to 60 in steps of 5. (at least 0; at most 60)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_did_info(
            did=did,
            routing=routing,
            failover_busy=failover_busy,
            failover_unreachable=failover_unreachable,
            failover_noanswer=failover_noanswer,
            voicemail=voicemail,
            pop=pop,
            dialtime=dialtime,
            cnam=cnam,
            callerid_prefix=callerid_prefix,
            note=note,
            port_out_pin=port_out_pin,
            billing_type=billing_type,
            record_calls=record_calls,
            inbound_dialing_mode=inbound_dialing_mode,
            transcribe=transcribe,
            transcription_locale=transcription_locale,
            transcription_redaction=transcription_redaction,
            transcription_summary=transcription_summary,
            transcription_sentiment=transcription_sentiment,
            transcription_email=transcription_email,
            sms_sipaccount_enabled=sms_sipaccount_enabled,
            sms_sipaccount=sms_sipaccount,
            transcription_start_delay=transcription_start_delay,
            voicemail_threshold=voicemail_threshold,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_did_info, _ops.parse_soap_set_did_info), timeout, max_retries, deadline
        )

    async def set_didpop(
        self,
        *,
        did: str,
        pop: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Change the point of presence (server) of a DID.

        Calls ``GET /api/v1/rest.php`` (setDIDPOP); changes state on the carrier.
        Over SOAP, POSTs ``<setDIDPOP>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to update (e.g. 5551234567).
            pop: Required. Point of presence (server_pop from getServersInfo, e.g. 5).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_didpop(
            did=did,
            pop=pop,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_didpop, _ops.parse_soap_set_didpop), timeout, max_retries, deadline
        )

    async def set_did_routing(
        self,
        *,
        did: str,
        routing: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Change the main routing of a DID.

        Calls ``GET /api/v1/rest.php`` (setDIDRouting); changes state on the carrier.
        Over SOAP, POSTs ``<setDIDRouting>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to update (e.g. 5551234567).
            routing: Required. Main routing of the DID (e.g. account:100001_VoIP, fwd:1026, vm:101, sys:echo or
                none:).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_did_routing(
            did=did,
            routing=routing,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_did_routing, _ops.parse_soap_set_did_routing),
            timeout,
            max_retries,
            deadline,
        )

    async def set_did_voicemail(
        self,
        *,
        did: str,
        voicemail: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Change the voicemail box of a DID.

        Calls ``GET /api/v1/rest.php`` (setDIDVoicemail); changes state on the carrier.
        Over SOAP, POSTs ``<setDIDVoicemail>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to update (e.g. 5551234567).
            voicemail: Mailbox for the DID.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_did_voicemail(
            did=did,
            voicemail=voicemail,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_did_voicemail, _ops.parse_soap_set_did_voicemail),
            timeout,
            max_retries,
            deadline,
        )

    async def set_disa(
        self,
        *,
        disa: str | None = None,
        name: str,
        pin: int,
        digit_timeout: int,
        callerid_override: str | None = None,
        language: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetDISAResponse:
        """Create a DISA entry, or update one when disa is given.

        Calls ``GET /api/v1/rest.php`` (setDISA); changes state on the carrier.
        Over SOAP, POSTs ``<setDISA>`` to ``/api/v1/server.php``.

        Args:
            disa: ID of the DISA to update (e.g. 2114); omit to create one.
            name: Required. Name of the DISA.
            pin: Required. PIN of the DISA.
            digit_timeout: Required. Seconds allowed between digits.
            callerid_override: Caller ID override.
            language: Language: en, fr or es.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetDISAResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_disa(
            disa=disa,
            name=name,
            pin=pin,
            digit_timeout=digit_timeout,
            callerid_override=callerid_override,
            language=language,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_disa, _ops.parse_soap_set_disa), timeout, max_retries, deadline
        )

    async def set_email_to_fax(
        self,
        *,
        id: int | None = None,
        enabled: bool | None = None,
        auth_email: str,
        from_number_id: str,
        security_code_enabled: bool | None = None,
        security_code: str,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Create an email-to-fax configuration, or update one when id is given.

        Calls ``GET /api/v1/rest.php`` (setEmailToFax); changes state on the carrier.
        Over SOAP, POSTs ``<setEmailToFax>`` to ``/api/v1/server.php``.

        Args:
            id: ID of the configuration to update (values from getEmailToFax); omit to create one.
            enabled: Send faxes for e-mails received from auth_email.
            auth_email: Required. E-mail address the faxes are sent from.
            from_number_id: Required. Fax number shown as the sender (values from getFaxNumbersInfo).
            security_code_enabled: Require the security code in the e-mail subject.
            security_code: Required. Alphanumeric security code.
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_email_to_fax(
            id=id,
            enabled=enabled,
            auth_email=auth_email,
            from_number_id=from_number_id,
            security_code_enabled=security_code_enabled,
            security_code=security_code,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_email_to_fax, _ops.parse_soap_set_email_to_fax),
            timeout,
            max_retries,
            deadline,
        )

    async def set_fax_folder(
        self,
        *,
        id: int | None = None,
        name: str,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Create a fax folder, or update one when id is given.

        Calls ``GET /api/v1/rest.php`` (setFaxFolder); changes state on the carrier.
        Over SOAP, POSTs ``<setFaxFolder>`` to ``/api/v1/server.php``.

        Args:
            id: ID of the folder to update (values from getFaxFolders); omit to create one.
            name: Required. Name of the folder (e.g. FAMILY).
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_fax_folder(
            id=id,
            name=name,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_fax_folder, _ops.parse_soap_set_fax_folder),
            timeout,
            max_retries,
            deadline,
        )

    async def set_fax_number_email(
        self,
        *,
        did: int,
        email: str | None = None,
        email_enable: bool | None = None,
        email_attach_file: bool | None = None,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update the e-mail notification settings of a fax number.

        Calls ``GET /api/v1/rest.php`` (setFaxNumberEmail); changes state on the carrier.
        Over SOAP, POSTs ``<setFaxNumberEmail>`` to ``/api/v1/server.php``.

        Args:
            did: Required. Fax number to update (e.g. 5552341234).
            email: E-mail address notified of incoming faxes.
            email_enable: Send e-mail notifications. (carrier default: False)
            email_attach_file: Attach the fax as a PDF to the notifications. (carrier default: False)
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_fax_number_email(
            did=did,
            email=email,
            email_enable=email_enable,
            email_attach_file=email_attach_file,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_fax_number_email, _ops.parse_soap_set_fax_number_email),
            timeout,
            max_retries,
            deadline,
        )

    async def set_fax_number_info(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update the settings of a fax number.

        Calls ``GET /api/v1/rest.php`` (setFaxNumberInfo); changes state on the carrier.
        Over SOAP, POSTs ``<setFaxNumberInfo>`` to ``/api/v1/server.php``.

        Args:
            did: Required. Fax number to update (e.g. 5552341234).
            email: E-mail address notified of incoming faxes.
            email_enable: Send e-mail notifications. (carrier default: False)
            email_attach_file: Attach the fax as a PDF to the notifications. (carrier default: False)
            url_callback: URL receiving a POST for each incoming fax.
            url_callback_enable: Enable the URL callback. (carrier default: False)
            url_callback_retry: Retry the URL callback until it answers ok.
            fax_to_sip_enabled: Deliver received faxes to a SIP sub account. (carrier default: False)
            fax_to_sip_enabled_account: Sub account receiving the faxes (values from getSubAccounts).
            note: Free-text note.
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_fax_number_info(
            did=did,
            email=email,
            email_enable=email_enable,
            email_attach_file=email_attach_file,
            url_callback=url_callback,
            url_callback_enable=url_callback_enable,
            url_callback_retry=url_callback_retry,
            fax_to_sip_enabled=fax_to_sip_enabled,
            fax_to_sip_enabled_account=fax_to_sip_enabled_account,
            note=note,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_fax_number_info, _ops.parse_soap_set_fax_number_info),
            timeout,
            max_retries,
            deadline,
        )

    async def set_fax_number_url_callback(
        self,
        *,
        did: int,
        url_callback: str | None = None,
        url_callback_enable: bool | None = None,
        url_callback_retry: bool | None = None,
        test: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update the URL callback settings of a fax number.

        Calls ``GET /api/v1/rest.php`` (setFaxNumberURLCallback); changes state on the carrier.
        Over SOAP, POSTs ``<setFaxNumberURLCallback>`` to ``/api/v1/server.php``.

        Args:
            did: Required. Fax number to update (e.g. 5552341234).
            url_callback: URL receiving a POST for each incoming fax.
            url_callback_enable: Enable the URL callback. (carrier default: False)
            url_callback_retry: Retry the URL callback until it answers ok.
            test: Test mode: validate the request without making any change.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_fax_number_url_callback(
            did=did,
            url_callback=url_callback,
            url_callback_enable=url_callback_enable,
            url_callback_retry=url_callback_retry,
            test=test,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_fax_number_url_callback, _ops.parse_soap_set_fax_number_url_callback),
            timeout,
            max_retries,
            deadline,
        )

    async def set_forwarding(
        self,
        *,
        forwarding: str | None = None,
        phone_number: str,
        callerid_override: str | None = None,
        description: str | None = None,
        dtmf_digits: str | None = None,
        pause: Decimal | None = None,
        diversion_header: bool | None = None,
        attestation_a_enabled: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetForwardingResponse:
        """Create a forwarding entry, or update one when forwarding is given.

        Calls ``GET /api/v1/rest.php`` (setForwarding); changes state on the carrier.
        Over SOAP, POSTs ``<setForwarding>`` to ``/api/v1/server.php``.

        Args:
            forwarding: ID of the forwarding to update (e.g. 19183); omit to create one.
            phone_number: Required. Number calls are forwarded to.
            callerid_override: Caller ID override.
            description: Description of the forwarding.
            dtmf_digits: DTMF digits sent when the call is answered.
            pause: Pause in seconds before sending the digits, 0 to 10 in steps of 0.5 (e.g. 1.5). (at least 0; at
                most 10)
            diversion_header: Add a Diversion header to forwarded calls.
            attestation_a_enabled: Send forwarded calls with STIR/SHAKEN attestation A.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetForwardingResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_forwarding(
            forwarding=forwarding,
            phone_number=phone_number,
            callerid_override=callerid_override,
            description=description,
            dtmf_digits=dtmf_digits,
            pause=pause,
            diversion_header=diversion_header,
            attestation_a_enabled=attestation_a_enabled,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_forwarding, _ops.parse_soap_set_forwarding),
            timeout,
            max_retries,
            deadline,
        )

    async def set_ivr(
        self,
        *,
        ivr: str | None = None,
        name: str,
        recording: int,
        timeout_: int,
        language: str,
        voicemailsetup: int,
        choices: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetIVRResponse:
        """Create an IVR, or update one when ivr is given.

        Calls ``GET /api/v1/rest.php`` (setIVR); changes state on the carrier.
        Over SOAP, POSTs ``<setIVR>`` to ``/api/v1/server.php``.

        Args:
            ivr: ID of the IVR to update (e.g. 4636); omit to create one.
            name: Required. Name of the IVR.
            recording: Required. Recording played (values from getRecordings).
            timeout_: Required. Seconds allowed to enter a choice after the recording.
            language: Required. Language code (values from getLanguages).
            voicemailsetup: Required. Voicemail setup (values from getVoicemailSetups).
            choices: Required. Choices, semicolon-separated (e.g. 1=sip:5096;2=fwd:20222).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetIVRResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_ivr(
            ivr=ivr,
            name=name,
            recording=recording,
            timeout_=timeout_,
            language=language,
            voicemailsetup=voicemailsetup,
            choices=choices,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_ivr, _ops.parse_soap_set_ivr), timeout, max_retries, deadline
        )

    async def set_location(
        self,
        *,
        name: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Create an internal extension location.

        Calls ``GET /api/v1/rest.php`` (setLocation); changes state on the carrier.
        REST only: a SOAP client refuses it.

        Args:
            name: Required. Name of the location (e.g. Location1).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_location(
            name=name,
        )
        return await self._call(self._rest_only(prepared), _ops.parse_set_location, timeout, max_retries, deadline)

    async def set_music_on_hold(
        self,
        *,
        name: str | None = None,
        description: str,
        volume: bool | None = None,
        sort: str | None = None,
        recordings: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Create or update a custom music on hold from recordings.

        Calls ``GET /api/v1/rest.php`` (setMusicOnHold); changes state on the carrier.
        Over SOAP, POSTs ``<setMusicOnHold>`` to ``/api/v1/server.php``.

        Args:
            name: Name of the music on hold to update (values from getMusicOnHold); omit to create one.
            description: Required. Description of the music on hold.
            volume: Play at quiet volume.
            sort: Order of the recordings (e.g. alpha, random).
            recordings: Required. Recording IDs, comma-separated (values from getRecordings, e.g. 1234,1235).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_music_on_hold(
            name=name,
            description=description,
            volume=volume,
            sort=sort,
            recordings=recordings,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_music_on_hold, _ops.parse_soap_set_music_on_hold),
            timeout,
            max_retries,
            deadline,
        )

    async def set_phonebook(
        self,
        *,
        phonebook: str | None = None,
        speed_dial: str | None = None,
        name: str,
        number: str,
        callerid: str | None = None,
        note: str | None = None,
        group: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetPhonebookResponse:
        """Create a phonebook entry, or update one when phonebook is given.

        Calls ``GET /api/v1/rest.php`` (setPhonebook); changes state on the carrier.
        Over SOAP, POSTs ``<setPhonebook>`` to ``/api/v1/server.php``.

        Args:
            phonebook: ID of the entry to update (e.g. 32207); omit to create one.
            speed_dial: Speed dial of the entry.
            name: Required. Name of the entry.
            number: Required. Number or SIP address of the entry (e.g. 5552223333 or sip:2563).
            callerid: Caller ID override when dialling via speed dial.
            note: Note for the entry.
            group: ID of the phonebook group.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetPhonebookResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_phonebook(
            phonebook=phonebook,
            speed_dial=speed_dial,
            name=name,
            number=number,
            callerid=callerid,
            note=note,
            group=group,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_phonebook, _ops.parse_soap_set_phonebook),
            timeout,
            max_retries,
            deadline,
        )

    async def set_phonebook_group(
        self,
        *,
        phonebook: str | None = None,
        group: str | None = None,
        name: str,
        members: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetPhonebookGroupResponse:
        """Create a phonebook group, or update one and its members when group is given.

        Calls ``GET /api/v1/rest.php`` (setPhonebookGroup); changes state on the carrier.
        Over SOAP, POSTs ``<setPhonebookGroup>`` to ``/api/v1/server.php``.

        Args:
            phonebook: Phonebook entry ID (undocumented; members takes the entry list).
            group: ID of the group to update (e.g. 32207); omit to create one.
            name: Required. Name of the group.
            members: Phonebook entry IDs in the group, semicolon-separated.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetPhonebookGroupResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_phonebook_group(
            phonebook=phonebook,
            group=group,
            name=name,
            members=members,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_phonebook_group, _ops.parse_soap_set_phonebook_group),
            timeout,
            max_retries,
            deadline,
        )

    async def set_queue(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetQueueResponse:
        """Create a call queue, or update one when queue is given.

        Calls ``GET /api/v1/rest.php`` (setQueue); changes state on the carrier.
        Over SOAP, POSTs ``<setQueue>`` to ``/api/v1/server.php``.

        Args:
            queue: ID of the queue to update (e.g. 32208); omit to create one.
            queue_name: Required. Name of the queue.
            queue_number: Required. Number of the queue.
            queue_language: Required. Language code (values from getLanguages).
            queue_password: Password of the queue.
            callerid_prefix: Caller ID prefix.
            join_announcement: Recording played on joining (values from getRecordings, or none).
            priority_weight: Required. Priority of the queue, 1 to 60. (at least 1; at most 60)
            agent_announcement: Recording played to the agent (values from getRecordings, or none).
            report_hold_time_agent: Required. Report the hold time to the agent (values from
                getReportEstimatedHoldTime).
            member_delay: Delay before the agent is connected, 1 to 15 seconds, or none.
            maximum_wait_time: Maximum wait in queue, in seconds (multiples of 30 up to 1200), or unlimited.
            maximum_callers: Maximum callers, 1 to 60, or unlimited.
            join_when_empty: Required. Whether callers join a queue without available members (values from
                getJoinWhenEmptyTypes: yes, no, strict).
            leave_when_empty: Required. Whether callers leave a queue without available members: yes, no or strict.
            ring_strategy: Required. Ring strategy (values from getRingStrategies).
            ring_inuse: Required. Ring members already on a call.
            agent_ring_timeout: Seconds to ring an agent, 5 to 60. (at least 5; at most 60)
            retry_timer: Seconds before retrying all members, 5 to 60, or none.
            wrapup_time: Seconds before a free agent gets another call, 1 to 60, or none.
            voice_announcement: Periodic announcement recording (values from getRecordings, or none).
            frequency_announcement: Interval of the periodic announcement in seconds (multiples of 15 up to 1200), or
                none.
            announce_position_frecuency: Interval of the position announcement in seconds (multiples of 15 up to
                1200), or none.
            announce_round_seconds: Round the announced hold time to this many seconds (1 to 60), or none.
            if_announce_position_enabled_report_estimated_hold_time: Include the estimated hold time in position
                announcements.
            thankyou_for_your_patience: Say 'Thank you for your patience' after the position announcement.
            music_on_hold: Music on hold code (values from getMusicOnHold).
            fail_over_routing_timeout: Routing when the maximum wait time is reached.
            fail_over_routing_full: Routing when the maximum number of callers is reached.
            fail_over_routing_join_empty: Routing when a call arrives at a queue without members (join_when_empty =
                no).
            fail_over_routing_leave_empty: Routing when the last member leaves with calls waiting (leave_when_empty =
                yes).
            fail_over_routing_join_unavail: Routing when a call arrives and all members are unavailable.
            fail_over_routing_leave_unavail: Routing when all remaining members become unavailable.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetQueueResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_queue(
            queue=queue,
            queue_name=queue_name,
            queue_number=queue_number,
            queue_language=queue_language,
            queue_password=queue_password,
            callerid_prefix=callerid_prefix,
            join_announcement=join_announcement,
            priority_weight=priority_weight,
            agent_announcement=agent_announcement,
            report_hold_time_agent=report_hold_time_agent,
            member_delay=member_delay,
            maximum_wait_time=maximum_wait_time,
            maximum_callers=maximum_callers,
            join_when_empty=join_when_empty,
            leave_when_empty=leave_when_empty,
            ring_strategy=ring_strategy,
            ring_inuse=ring_inuse,
            agent_ring_timeout=agent_ring_timeout,
            retry_timer=retry_timer,
            wrapup_time=wrapup_time,
            voice_announcement=voice_announcement,
            frequency_announcement=frequency_announcement,
            announce_position_frecuency=announce_position_frecuency,
            announce_round_seconds=announce_round_seconds,
            if_announce_position_enabled_report_estimated_hold_time=if_announce_position_enabled_report_estimated_hold_time,
            thankyou_for_your_patience=thankyou_for_your_patience,
            music_on_hold=music_on_hold,
            fail_over_routing_timeout=fail_over_routing_timeout,
            fail_over_routing_full=fail_over_routing_full,
            fail_over_routing_join_empty=fail_over_routing_join_empty,
            fail_over_routing_leave_empty=fail_over_routing_leave_empty,
            fail_over_routing_join_unavail=fail_over_routing_join_unavail,
            fail_over_routing_leave_unavail=fail_over_routing_leave_unavail,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_queue, _ops.parse_soap_set_queue), timeout, max_retries, deadline
        )

    async def set_recording(
        self,
        *,
        recording: str | None = None,
        file: str | None = None,
        name: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetRecordingResponse:
        """Upload a recording, or rename or replace one when recording is given.

        Calls ``POST /api/v1/rest.php`` (setRecording); changes state on the carrier.
        Over SOAP, POSTs ``<setRecording>`` to ``/api/v1/server.php``.

        Args:
            recording: ID of the recording to update (e.g. 33221); omit to create one.
            file: Audio file, Base64-encoded; with recording, replaces the file.
            name: Name of the recording (e.g. recording1); with recording, renames it.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetRecordingResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_recording(
            recording=recording,
            file=file,
            name=name,
            credentials=self._credential_pairs(),
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_recording, _ops.parse_soap_set_recording),
            timeout,
            max_retries,
            deadline,
        )

    async def set_ring_group(
        self,
        *,
        ring_group: str | None = None,
        name: str,
        members: str,
        voicemail: str,
        caller_announcement: str | None = None,
        music_on_hold: str | None = None,
        language: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetRingGroupResponse:
        """Create a ring group, or update one when ring_group is given.

        Calls ``GET /api/v1/rest.php`` (setRingGroup); changes state on the carrier.
        Over SOAP, POSTs ``<setRingGroup>`` to ``/api/v1/server.php``.

        Args:
            ring_group: ID of the ring group to update (e.g. 4768); omit to create one.
            name: Required. Name of the ring group.
            members: Required. Members, semicolon-separated, each routing[,ring seconds,press1] (e.g.
                account:100001,25,0;fwd:16006).
            voicemail: Required. Voicemail box (values from getVoicemails).
            caller_announcement: Caller announcement recording (values from getRecordings).
            music_on_hold: Music on hold code (values from getMusicOnHold).
            language: Language code (values from getLanguages).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetRingGroupResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_ring_group(
            ring_group=ring_group,
            name=name,
            members=members,
            voicemail=voicemail,
            caller_announcement=caller_announcement,
            music_on_hold=music_on_hold,
            language=language,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_ring_group, _ops.parse_soap_set_ring_group),
            timeout,
            max_retries,
            deadline,
        )

    async def set_sequences(
        self,
        *,
        sequence: int | None = None,
        name: str,
        steps: Sequence[SequenceStep],
        client: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetSequencesResponse:
        """Create a sequence, or update one when sequence is given.

        Calls ``GET /api/v1/rest.php`` (setSequences); changes state on the carrier.
        REST only: a SOAP client refuses it.

        Args:
            sequence: ID of the sequence to update (e.g. 5356); omit to create one.
            name: Required. Name of the sequence.
            steps: Required. The steps, in order, sent as one JSON array. (at least 1 item)
            client: Reseller client ID the sequence belongs to (e.g. 561115).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetSequencesResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_sequences(
            sequence=sequence,
            name=name,
            steps=steps,
            client=client,
        )
        return await self._call(self._rest_only(prepared), _ops.parse_set_sequences, timeout, max_retries, deadline)

    async def set_sipuri(
        self,
        *,
        sipuri: str | None = None,
        uri: str,
        description: str | None = None,
        callerid_override: str | None = None,
        callerid_e164: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetSIPURIResponse:
        """Create a SIP URI, or update one when sipuri is given.

        Calls ``GET /api/v1/rest.php`` (setSIPURI); changes state on the carrier.
        Over SOAP, POSTs ``<setSIPURI>`` to ``/api/v1/server.php``.

        Args:
            sipuri: ID of the SIP URI to update (e.g. 6199); omit to create one.
            uri: Required. SIP URI (e.g. user@example.com).
            description: Description of the SIP URI.
            callerid_override: Caller ID number override used with this SIP URI.
            callerid_e164: Send the caller ID in E.164 form.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetSIPURIResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_sipuri(
            sipuri=sipuri,
            uri=uri,
            description=description,
            callerid_override=callerid_override,
            callerid_e164=callerid_e164,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_sipuri, _ops.parse_soap_set_sipuri), timeout, max_retries, deadline
        )

    async def set_sms(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetSMSResponse:
        """Enable or disable SMS on a DID and change its SMS settings.

        Calls ``GET /api/v1/rest.php`` (setSMS); changes state on the carrier.
        Over SOAP, POSTs ``<setSMS>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to update (e.g. 5551234567).
            enable: Required. Enable SMS on the DID.
            email_enabled: E-mail received messages to email_address.
            email_address: E-mail address receiving the messages.
            sms_forward_enable: Forward received messages to sms_forward.
            sms_forward: Number received messages are forwarded to (e.g. 5551234567).
            url_callback_enable: Send a GET request to url_callback for each received message.
            url_callback: Callback URL; {FROM}, {TO} and {MESSAGE} are replaced (e.g.
                http://example.com/sms.php?to={TO}&from={FROM}&message={MESSAGE}).
            url_callback_retry: Retry the callback every 30 minutes until the page answers ok.
            webhook_enable: POST received SMS and MMS messages to webhook.
            webhook: Webhook URL of a 3CX or PortSIP PBX receiving the messages.
            dialmode: Number format of sent messages: 1 = NANPA (10 digits), 2 = E164 (+1). (at least 1; at most 2)
            smpp_enabled: Deliver received messages to smpp_url.
            smpp_url: SMPP URL receiving the messages (smpp:// or ssmpp://, with user, password and port).
            smpp_user: SMPP user name.
            smpp_pass: SMPP password.
            sms_sipaccount: SIP account or sub account receiving the messages.
            sms_sipaccount_enabled: Deliver received messages to sms_sipaccount.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetSMSResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_sms(
            did=did,
            enable=enable,
            email_enabled=email_enabled,
            email_address=email_address,
            sms_forward_enable=sms_forward_enable,
            sms_forward=sms_forward,
            url_callback_enable=url_callback_enable,
            url_callback=url_callback,
            url_callback_retry=url_callback_retry,
            webhook_enable=webhook_enable,
            webhook=webhook,
            dialmode=dialmode,
            smpp_enabled=smpp_enabled,
            smpp_url=smpp_url,
            smpp_user=smpp_user,
            smpp_pass=smpp_pass,
            sms_sipaccount=sms_sipaccount,
            sms_sipaccount_enabled=sms_sipaccount_enabled,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_sms, _ops.parse_soap_set_sms), timeout, max_retries, deadline
        )

    async def set_static_member(
        self,
        *,
        member: str | None = None,
        queue: int,
        member_name: str,
        account: str | None = None,
        priority: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetStaticMemberResponse:
        """Add a static member to a queue, or update one when member is given.

        Calls ``GET /api/v1/rest.php`` (setStaticMember); changes state on the carrier.
        Over SOAP, POSTs ``<setStaticMember>`` to ``/api/v1/server.php``.

        Args:
            member: ID of the member to update (e.g. 619); omit to create one.
            queue: Required. ID of the queue.
            member_name: Required. Description of the member.
            account: Sub account receiving the calls (values from getSubAccounts).
            priority: Required. Priority for getting calls first (e.g. 0).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetStaticMemberResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_static_member(
            member=member,
            queue=queue,
            member_name=member_name,
            account=account,
            priority=priority,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_static_member, _ops.parse_soap_set_static_member),
            timeout,
            max_retries,
            deadline,
        )

    async def set_sub_account(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a sub account.

        Calls ``GET /api/v1/rest.php`` (setSubAccount); changes state on the carrier.
        Over SOAP, POSTs ``<setSubAccount>`` to ``/api/v1/server.php``.

        Args:
            id: Required. ID of the sub account (e.g. 10236).
            description: Description of the sub account.
            auth_type: Required. Authentication type code (values from getAuthTypes).
            password: Password, for user/password authentication.
            ip: IP address, for IP authentication.
            device_type: Required. Device type code (values from getDeviceTypes).
            callerid_number: Caller ID number override.
            canada_routing: Route code for calls to Canada (values from getRoutes).
            lock_international: Required. International lock code (values from getLockInternational).
            allow225: Calls to *225 announce the balance of the account (else they are rejected).
            international_route: Required. Route code for international calls (values from getRoutes).
            music_on_hold: Required. Music on hold code (values from getMusicOnHold).
            language: Language of system messages (values from getLanguages).
            allowed_codecs: Required. Allowed codecs, semicolon-separated (values from getAllowedCodecs, e.g.
                ulaw;g729;gsm).
            dtmf_mode: Required. DTMF mode code (values from getDTMFModes).
            nat: Required. NAT mode code (values from getNAT).
            sip_traffic: Encrypt SIP traffic.
            max_expiry: Max registration expiry in seconds, 60 to 3600. (at least 60; at most 3600)
            rtp_timeout: RTP timeout in seconds, 1 to 3600. (at least 1; at most 3600)
            rtp_hold_timeout: RTP hold timeout in seconds, 1 to 3600. (at least 1; at most 3600)
            ip_restriction: Comma-separated IPs, networks (CIDR) or host names allowed to place outgoing calls.
            enable_ip_restriction: Enable the IP restriction.
            pop_restriction: Comma-separated POPs allowed to place outgoing calls (values from getServersInfo).
            enable_pop_restriction: Enable the POP restriction.
            internal_extension: Internal extension (e.g. 1 creates 101).
            internal_voicemail: Internal voicemail box (e.g. 101).
            internal_dialtime: Internal dial timeout in seconds (1 to 60).
            reseller_client: Reseller client ID (e.g. 561115).
            reseller_package: Reseller package ID (e.g. 92364).
            reseller_nextbilling: Next billing date of the reseller client.
            reseller_chargesetup: Charge the package setup fee on save.
            parking_lot: ID of a call parking (e.g. 323).
            enable_internal_cnam: Enable the internal caller ID name.
            internal_cnam: Internal caller ID name.
            send_bye: Send BYE on successful transfer.
            record_calls: Record calls.
            transcribe: Enable call transcription.
            transcription_locale: Transcription locale codes, comma-separated, up to 10 (values from getLocales).
            transcription_email: E-mail address receiving call transcriptions.
            transcription_start_delay: Seconds before transcription starts, 0 to 60 in steps of 5. (at least 0; at
                most 60)
            dialing_mode: Outgoing dialing mode: 0 = main account setting, 1 = E164, 2 = NANPA. (at least 0; at most
                2)
            tfcarrier: Carrier for toll-free calls: -1 = main account setting, 0 = server default, 1 = US, 2 =
                Canadian. (at least -1; at most 2)
            internal_extension_location: Location group of the internal extension (values from getLocations).
            call_pickup_behavior: Call pickup: 1 = can pick up and be picked up, 2 = can pick up only, 3 = can be
                picked up only, 4 = neither. (at least 1; at most 4)
            default_e911: Default e911 caller ID.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_sub_account(
            id=id,
            description=description,
            auth_type=auth_type,
            password=password,
            ip=ip,
            device_type=device_type,
            callerid_number=callerid_number,
            canada_routing=canada_routing,
            lock_international=lock_international,
            allow225=allow225,
            international_route=international_route,
            music_on_hold=music_on_hold,
            language=language,
            allowed_codecs=allowed_codecs,
            dtmf_mode=dtmf_mode,
            nat=nat,
            sip_traffic=sip_traffic,
            max_expiry=max_expiry,
            rtp_timeout=rtp_timeout,
            rtp_hold_timeout=rtp_hold_timeout,
            ip_restriction=ip_restriction,
            enable_ip_restriction=enable_ip_restriction,
            pop_restriction=pop_restriction,
            enable_pop_restriction=enable_pop_restriction,
            internal_extension=internal_extension,
            internal_voicemail=internal_voicemail,
            internal_dialtime=internal_dialtime,
            reseller_client=reseller_client,
            reseller_package=reseller_package,
            reseller_nextbilling=reseller_nextbilling,
            reseller_chargesetup=reseller_chargesetup,
            parking_lot=parking_lot,
            enable_internal_cnam=enable_internal_cnam,
            internal_cnam=internal_cnam,
            send_bye=send_bye,
            record_calls=record_calls,
            transcribe=transcribe,
            transcription_locale=transcription_locale,
            transcription_email=transcription_email,
            transcription_start_delay=transcription_start_delay,
            dialing_mode=dialing_mode,
            tfcarrier=tfcarrier,
            internal_extension_location=internal_extension_location,
            call_pickup_behavior=call_pickup_behavior,
            default_e911=default_e911,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_sub_account, _ops.parse_soap_set_sub_account),
            timeout,
            max_retries,
            deadline,
        )

    async def set_time_condition(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SetTimeConditionResponse:
        """Create a time condition, or update one when timecondition is given.

        Calls ``GET /api/v1/rest.php`` (setTimeCondition); changes state on the carrier.
        Over SOAP, POSTs ``<setTimeCondition>`` to ``/api/v1/server.php``.

        Args:
            timecondition: ID of the time condition to update (e.g. 1830); omit to create one.
            name: Required. Name of the time condition.
            routing_match: Required. Routing when the condition matches.
            routing_nomatch: Required. Routing when the condition does not match.
            starthour: Required. Start hours, semicolon-separated (e.g. 8;8).
            startminute: Required. Start minutes, semicolon-separated (e.g. 0;0).
            endhour: Required. End hours, semicolon-separated (e.g. 16;12).
            endminute: Required. End minutes, semicolon-separated (e.g. 0;0).
            weekdaystart: Required. Start week days, semicolon-separated (e.g. mon;sat).
            weekdayend: Required. End week days, semicolon-separated (e.g. fri;sat).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SetTimeConditionResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_time_condition(
            timecondition=timecondition,
            name=name,
            routing_match=routing_match,
            routing_nomatch=routing_nomatch,
            starthour=starthour,
            startminute=startminute,
            endhour=endhour,
            endminute=endminute,
            weekdaystart=weekdaystart,
            weekdayend=weekdayend,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_time_condition, _ops.parse_soap_set_time_condition),
            timeout,
            max_retries,
            deadline,
        )

    async def set_voicemail(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Update a voicemail box.

        Calls ``GET /api/v1/rest.php`` (setVoicemail); changes state on the carrier.
        Over SOAP, POSTs ``<setVoicemail>`` to ``/api/v1/server.php``.

        Args:
            mailbox: Required. Mailbox number (e.g. 1001).
            name: Required. Name of the mailbox.
            password: Required. Password of the mailbox.
            skip_password: Required. Skip the password prompt.
            email: E-mail addresses receiving messages, comma-separated.
            attach_message: Required. Attach the audio file to the e-mail.
            delete_message: Required. Delete messages once e-mailed.
            say_time: Required. Announce the time stamp.
            timezone: Required. Time zone of the mailbox (values from getTimezones).
            say_callerid: Required. Announce the caller ID.
            play_instructions: Required. Play instructions code (values from getPlayInstructions).
            language: Required. Language code (values from getLanguages).
            client: ID of the reseller client the mailbox belongs to (e.g. 561115).
            email_attachment_format: E-mail attachment format (values from getVoicemailAttachmentFormats).
            unavailable_message_recording: Recording for the unavailable message (values from getRecordings).
            transcription: Enable voicemail transcription.
            transcription_locale: Transcription locale codes, comma-separated, up to 10 (values from getLocales).
            transcription_redaction: Redact transcriptions.
            transcription_sentiment: Add sentiment analysis to transcriptions.
            transcription_summary: Add a summary to transcriptions.
            transcription_format: Transcription format.
            transcription_delay: Seconds before transcription starts: 0, or 5 to 60 in steps of 5; omitted, the
                current value stays. (at least 0; at most 60)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_voicemail(
            mailbox=mailbox,
            name=name,
            password=password,
            skip_password=skip_password,
            email=email,
            attach_message=attach_message,
            delete_message=delete_message,
            say_time=say_time,
            timezone=timezone,
            say_callerid=say_callerid,
            play_instructions=play_instructions,
            language=language,
            client=client,
            email_attachment_format=email_attachment_format,
            unavailable_message_recording=unavailable_message_recording,
            transcription=transcription,
            transcription_locale=transcription_locale,
            transcription_redaction=transcription_redaction,
            transcription_sentiment=transcription_sentiment,
            transcription_summary=transcription_summary,
            transcription_format=transcription_format,
            transcription_delay=transcription_delay,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_set_voicemail, _ops.parse_soap_set_voicemail),
            timeout,
            max_retries,
            deadline,
        )

    async def signup_client(
        self,
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
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> SignupClientResponse:
        """Sign up a new reseller client.

        Calls ``GET /api/v1/rest.php`` (signupClient); changes state on the carrier.
        Over SOAP, POSTs ``<signupClient>`` to ``/api/v1/server.php``.

        Args:
            firstname: Required. First name of the client.
            lastname: Required. Last name of the client.
            company: Company of the client.
            address: Required. Address of the client.
            city: Required. City of the client.
            state: Required. State of the client.
            country: Required. Country of the client (values from getCountries).
            zip: Required. ZIP or postal code of the client.
            phone_number: Required. Phone number of the client.
            email: Required. E-mail address of the client.
            confirm_email: Required. E-mail address again, for confirmation.
            password: Required. Password of the client.
            confirm_password: Required. Password again, for confirmation.
            activate: Activate the client.
            balance_management: Balance management code (values from getBalanceManagement).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            SignupClientResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_signup_client(
            firstname=firstname,
            lastname=lastname,
            company=company,
            address=address,
            city=city,
            state=state,
            country=country,
            zip=zip,
            phone_number=phone_number,
            email=email,
            confirm_email=confirm_email,
            password=password,
            confirm_password=confirm_password,
            activate=activate,
            balance_management=balance_management,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_signup_client, _ops.parse_soap_signup_client),
            timeout,
            max_retries,
            deadline,
        )

    async def unconnect_did(
        self,
        *,
        did: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Disconnect a DID from a reseller client's sub account.

        Calls ``GET /api/v1/rest.php`` (unconnectDID); changes state on the carrier.
        Over SOAP, POSTs ``<unconnectDID>`` to ``/api/v1/server.php``.

        Args:
            did: Required. DID to disconnect (e.g. 5551234567).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_unconnect_did(
            did=did,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_unconnect_did, _ops.parse_soap_unconnect_did),
            timeout,
            max_retries,
            deadline,
        )

    async def unconnect_fax(
        self,
        *,
        did: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Disconnect a fax DID from a reseller client's sub account.

        Calls ``GET /api/v1/rest.php`` (unconnectFAX); changes state on the carrier.
        Over SOAP, POSTs ``<unconnectFAX>`` to ``/api/v1/server.php``.

        Args:
            did: Required. Fax DID to disconnect (e.g. 5551234567).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_unconnect_fax(
            did=did,
        )
        return await self._call(
            *self._over(prepared, _ops.parse_unconnect_fax, _ops.parse_soap_unconnect_fax),
            timeout,
            max_retries,
            deadline,
        )


__all__ = [
    "BASE_URLS",
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "AsyncClient",
    "Client",
]
