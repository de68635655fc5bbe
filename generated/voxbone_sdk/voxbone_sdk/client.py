"""``Client`` and ``AsyncClient`` for the Voxbone VoxAPI API; both share ``_ClientCore``."""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import secrets
import random
import re
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from decimal import Decimal
from typing import Final, TypeVar

import anyio
import httpx

from voxbone_sdk import _operations as _ops
from voxbone_sdk._budget import RateBudget
from voxbone_sdk._logging import logger, scrubbed, secret_filter
from voxbone_sdk._retry import RetryPolicy, error_retryable, next_delay, retry_after, transport_retryable
from voxbone_sdk._runtime import (
    MAX_RESPONSE_BYTES,
    PreparedRequest,
    Secret,
    check_list,
    check_scalar,
    raise_problems,
    xml_escape,
)
from voxbone_sdk.errors import (
    ApiError,
    MalformedResponseError,
    SdkError,
    TransportError,
    TransportTimeoutError,
)

_T = TypeVar("_T")
from voxbone_sdk.models import (
    ArrayOfCountries,
    ArrayOfDidGroups,
    ArrayOfDids,
    ArrayOfDidsIds,
    ArrayOfIps,
    ArrayOfPops,
    ArrayOfPurchaseInfoData,
    ArrayOfStates,
    ArrayOfTollfreeCreditPackages,
    ArrayOfTrunks,
    CancelDid,
    CancelDidResponse,
    Country,
    CreditPackage,
    DID_TYPE_VALUES,
    Did,
    DidGroup,
    DidGroupFilter,
    DidType,
    DidsFilter,
    GetAccountBalance,
    GetAccountBalanceResponse,
    GetCountriesList,
    GetCountriesListResponse,
    GetDidGroupList,
    GetDidGroupListResponse,
    GetDidsInfo,
    GetDidsInfoResponse,
    GetOrderStatus,
    GetOrderStatusResponse,
    GetPopList,
    GetPopListResponse,
    GetPurchaseInfoData,
    GetPurchaseInfoDataResponse,
    GetStatesList,
    GetStatesListResponse,
    GetTollfreeCreditPackageList,
    GetTollfreeCreditPackageListResponse,
    GetTrunkList,
    GetTrunkListResponse,
    IsPurchaseInfoValid,
    IsPurchaseInfoValidResponse,
    KNOWN_ORDER_STATUS_VALUES,
    KNOWN_PURCHASE_INFO_STATUS_VALUES,
    KnownOrderStatus,
    KnownPurchaseInfoStatus,
    MapDid,
    MapDidResponse,
    PROTOCOL_VALUES,
    PlaceDidsOnTrunk,
    PlaceDidsOnTrunkResponse,
    PlaceDidsOrder,
    PlaceDidsOrderResponse,
    Pop,
    Protocol,
    PurchaseInfo,
    PurchaseInfoData,
    PurchaseTollfreeCredit,
    PurchaseTollfreeCreditResponse,
    RemoveDidsFromTrunk,
    RemoveDidsFromTrunkResponse,
    State,
    Trunk,
    UpdateDelivery,
    UpdateDeliveryResponse,
    UserToken,
    VoxApiFault,
)

#: Where the carrier answers, by name.
BASE_URLS: Final = {
    "production": "https://www.voxbone.com/VoxAPI/services/VoxAPI",
    "sandbox": "http://sandbox.voxbone.com/VoxAPI/services/VoxAPI",
}

#: Connect within 5 s; read, write and pool waits within 30 s.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)

# Credentials ride in headers or URLs: a stray newline or NUL would corrupt the request.
_UNSENDABLE: Final = re.compile(r"[\x00-\x1f\x7f]")

USER_AGENT: Final = "voxbone_sdk/0.1.0 httpx/" + httpx.__version__

SOAP_ENV: Final = "http://schemas.xmlsoap.org/soap/envelope/"
NAMESPACE: Final = "http://www.voxbone.com/VoxAPI"


def sha1_token_hash(password: str, key: str) -> str:
    """The UserToken hash: lowercase hex SHA-1 of the password followed by the key."""
    return hashlib.sha1((password + key).encode("utf-8")).hexdigest()


def hmac_sha1_token_hash(password: str, key: str) -> str:
    """The other scheme seen in the wild: lowercase hex HMAC-SHA1 of the password keyed by the key."""
    return hmac.new(key.encode("utf-8"), password.encode("utf-8"), hashlib.sha1).hexdigest()


def new_token_key() -> str:
    """A fresh nonce: the UTC time as ``YYYY-MM-DD HH:MM:SS:`` followed by 12 random digits."""
    return time.strftime("%Y-%m-%d %H:%M:%S:", time.gmtime()) + f"{secrets.randbelow(10**12):012d}"


class _ClientCore:
    """What both clients share: credentials, URLs and headers; no I/O."""

    def __init__(
        self,
        *,
        username: str,
        password: str,
        base_url: str,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        deadline: float,
        token_hash: Callable[[str, str], str],
        new_key: Callable[[], str],
    ) -> None:
        problems: list[tuple[str, str]] = []
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or not 0 <= max_retries <= 10:
            problems.append(("max_retries", "must be an integer from 0 to 10"))
        if not isinstance(deadline, (int, float)) or isinstance(deadline, bool) or not deadline > 0:
            problems.append(("deadline", "must be a positive number of seconds"))
        if not isinstance(username, str) or not username or _UNSENDABLE.search(username):
            problems.append(("username", "must be a non-empty string without control characters"))
        if not isinstance(password, str) or not password or _UNSENDABLE.search(password):
            problems.append(("password", "must be a non-empty string without control characters"))
        base = BASE_URLS.get(base_url, base_url)
        if not base.startswith(("https://", "http://")):
            problems.append(("base_url", "must be one of " + ", ".join(BASE_URLS) + " or an http(s) URL"))
        raise_problems(problems)
        self._username = username
        self._password = Secret(password)
        self.base_url: str = base.rstrip("/")
        self._timeout = DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout)
        self._retry = RetryPolicy(max_retries=max_retries, deadline=float(deadline))
        self._rng = random.Random()
        self._token_hash = token_hash
        self._new_key = new_key
        secret_filter.register(
            self,
            tuple(secret for secret in (password,) if secret is not None),
        )

    def __repr__(self) -> str:
        shown = ", ".join(
            (
                f"base_url={self.base_url!r}",
                f"username={self._username!r}",
                f"password='********'",
            )
        )
        return f"{type(self).__name__}({shown})"

    def _soap_envelope(self, prepared: PreparedRequest) -> bytes:
        """The SOAP request, with a UserToken made for this attempt (a fresh nonce every time)."""
        key = self._new_key()
        token = (
            f"<tns:UserToken><tns:Username>{xml_escape(self._username)}</tns:Username>"
            f"<tns:Key>{xml_escape(key)}</tns:Key>"
            f"<tns:Hash>{xml_escape(self._token_hash(self._password.reveal(), key))}</tns:Hash></tns:UserToken>"
        )
        root = prepared.xml_root
        return (
            (
                f'<?xml version="1.0" encoding="utf-8"?><soapenv:Envelope xmlns:soapenv="{SOAP_ENV}" '
                f'xmlns:tns="{NAMESPACE}"><soapenv:Body><tns:{root}>{token}'
            ).encode()
            + (prepared.content or b"")
            + f"</tns:{root}></soapenv:Body></soapenv:Envelope>".encode()
        )

    def _url(self, prepared: PreparedRequest) -> str:
        return self.base_url + prepared.path

    def _credential_pairs(self) -> tuple[tuple[str, str], ...]:
        pairs: tuple[tuple[str, str | None], ...] = ()
        # Credentials a rule made optional are sent only when given.
        return tuple((name, value) for name, value in pairs if value is not None)

    def _query(self, prepared: PreparedRequest) -> httpx.QueryParams:
        if prepared.credentials_in_body:
            return httpx.QueryParams(prepared.query)
        options: list[tuple[str, str]] = []
        return httpx.QueryParams([*options, *prepared.query])

    def _headers(self, prepared: PreparedRequest) -> dict[str, str]:
        headers = {
            "User-Agent": USER_AGENT,
            "Accept": "application/xml",
        }
        if prepared.content_type is not None:
            headers["Content-Type"] = prepared.content_type
        if prepared.soap_action is not None:
            headers["SOAPAction"] = f'"{prepared.soap_action}"'
        return headers

    def _refuse_clashes(self, prepared: PreparedRequest) -> None:
        """A parameter named like a credential in use would send that name twice; refuse it."""
        return None

    def _policy(self, max_retries: int | None, deadline: float | None) -> RetryPolicy:
        """The client's retry policy with this call's overrides, which are checked like any argument."""
        problems: list[tuple[str, str]] = []
        if max_retries is not None and (
            not isinstance(max_retries, int) or isinstance(max_retries, bool) or not 0 <= max_retries <= 10
        ):
            problems.append(("max_retries", "must be an integer from 0 to 10"))
        if deadline is not None and (
            not isinstance(deadline, (int, float)) or isinstance(deadline, bool) or not deadline > 0
        ):
            problems.append(("deadline", "must be a positive number of seconds"))
        raise_problems(problems)
        return self._retry.with_overrides(max_retries, deadline)

    def _parsed(self, parse: Callable[[httpx.Response, bytes], _T], response: httpx.Response, body: bytes) -> _T:
        """Run a parser (they only raise SdkErrors); strip any secret the carrier echoed into an error."""
        try:
            return parse(response, body)
        except ApiError as exc:
            raise scrubbed(exc, secret_filter.forms_of(self)) from None

    def _timeout_within(self, timeout: float | httpx.Timeout | None, deadline_at: float) -> httpx.Timeout:
        """The call's timeout, no phase of which may outlast the deadline (so a slow drip cannot)."""
        chosen = self._timeout if timeout is None else httpx.Timeout(timeout)
        remaining = max(0.001, deadline_at - time.monotonic())

        def clamp(value: float | None) -> float:
            return remaining if value is None else min(value, remaining)

        return httpx.Timeout(
            connect=clamp(chosen.connect), read=clamp(chosen.read), write=clamp(chosen.write), pool=clamp(chosen.pool)
        )

    @staticmethod
    def _transport_failure(prepared: PreparedRequest, exc: httpx.HTTPError) -> TransportError:
        # The path only: query strings may carry credentials, and httpx messages do not.
        text = f"{prepared.method} {prepared.path} ({prepared.operation}) failed: {type(exc).__name__}: {exc}"
        return TransportTimeoutError(text) if isinstance(exc, httpx.TimeoutException) else TransportError(text)

    @staticmethod
    def _out_of_time(prepared: PreparedRequest, policy: RetryPolicy, attempts: int) -> str:
        return (
            f"{prepared.method} {prepared.path} ({prepared.operation}) ran out of its {policy.deadline:g} s "
            f"deadline after {attempts} attempt(s)"
        )


def read_capped(response: httpx.Response, deadline_at: float) -> bytes:
    """Read the whole body by the deadline, refusing bodies above MAX_RESPONSE_BYTES."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        if time.monotonic() > deadline_at:
            raise httpx.ReadTimeout("the body was still arriving at the call's deadline")
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            raise MalformedResponseError(
                "the response is larger than the SDK accepts", http_status=response.status_code
            )
        chunks.append(chunk)
    return b"".join(chunks)


async def aread_capped(response: httpx.Response, deadline_at: float) -> bytes:
    """Read the whole body asynchronously by the deadline, refusing bodies above MAX_RESPONSE_BYTES."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        if time.monotonic() > deadline_at:
            raise httpx.ReadTimeout("the body was still arriving at the call's deadline")
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            raise MalformedResponseError(
                "the response is larger than the SDK accepts", http_status=response.status_code
            )
        chunks.append(chunk)
    return b"".join(chunks)


class Client(_ClientCore):
    """Client for the Voxbone VoxAPI API.

    Find, order, map and cancel Voxbone DIDs over SOAP 1.1.

    Use it as a context manager, or call ``close()`` when done::

        with voxbone_sdk.Client(username="<username>", password="<password>") as client:
            ...

    Args:
        username: The VoxAPI user name.
        password: The VoxAPI password; only its hash with a fresh nonce is sent.
        base_url: production or sandbox (a name from ``BASE_URLS``) or any URL; production by default.
        timeout: Seconds, or an ``httpx.Timeout``; 5 s to connect and 30 s to read by default.
        max_retries: Retries of a read-only call after a timeout, a throttle or a 5xx (default 2).
            Mutating calls are retried only when the connection never opened.
        deadline: Seconds a whole call may take, retries and waits included (default 60).
        rate_budget: Keep a client-side count of requests against the carrier's documented rate
            limits and refuse a call (``BudgetExhaustedError``, nothing sent) once its pool is spent.
        token_hash: Computes the UserToken ``Hash`` from (password, key); SHA-1 of password + key by
            default, ``hmac_sha1_token_hash`` is the other known scheme.
        new_key: Makes the nonce ``Key`` of each request (``YYYY-MM-DD HH:MM:SS:`` + 12 digits by default).
        http_client: An ``httpx.Client`` to send requests with (for proxies, custom transports or tests); the SDK does not close it.
    """

    def __init__(
        self,
        *,
        username: str,
        password: str,
        base_url: str = "production",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        deadline: float = 60.0,
        rate_budget: bool = False,
        http_client: httpx.Client | None = None,
        token_hash: Callable[[str, str], str] = sha1_token_hash,
        new_key: Callable[[], str] = new_token_key,
    ) -> None:
        super().__init__(
            username=username,
            password=password,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            token_hash=token_hash,
            new_key=new_key,
        )
        self._budget = RateBudget() if rate_budget else None
        self._sleep: Callable[[float], None] = time.sleep
        self._owns_http = http_client is None
        self._http = (
            http_client if http_client is not None else httpx.Client(timeout=self._timeout, follow_redirects=False)
        )

    def close(self) -> None:
        """Close the HTTP connections this client opened (not an injected ``http_client``)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _call(
        self,
        prepared: PreparedRequest,
        parse: Callable[[httpx.Response, bytes], _T],
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        deadline: float | None,
    ) -> _T:
        policy = self._policy(max_retries, deadline)
        self._refuse_clashes(prepared)
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            deadline_at = started + policy.deadline
            if time.monotonic() >= deadline_at:
                raise TransportTimeoutError(self._out_of_time(prepared, policy, attempt - 1))
            asked: float | None = None
            if self._budget is not None:
                self._budget.spend(prepared.operation)
            try:
                response, body = self._attempt(prepared, timeout, deadline_at)
                result = self._parsed(parse, response, body)
            except httpx.HTTPError as exc:
                retryable = transport_retryable(exc, prepared.mutates)
                failure: SdkError = self._transport_failure(prepared, exc)
            except ApiError as exc:
                retryable = error_retryable(exc, prepared.mutates)
                asked = retry_after(exc.response.headers if exc.response is not None else None)
                failure = exc
            else:
                logger.debug(
                    "%s %s (%s): HTTP %s after %d attempt(s)",
                    prepared.method,
                    prepared.path,
                    prepared.operation,
                    response.status_code,
                    attempt,
                )
                return result
            delay = next_delay(policy, attempt, time.monotonic() - started, asked, self._rng) if retryable else None
            if delay is None:
                raise failure
            logger.info(
                "%s %s (%s) failed (%s); retry %d of %d in %.2f s",
                prepared.method,
                prepared.path,
                prepared.operation,
                failure,
                attempt,
                policy.max_retries,
                delay,
            )
            self._sleep(delay)

    def _attempt(
        self, prepared: PreparedRequest, timeout: float | httpx.Timeout | None, deadline_at: float
    ) -> tuple[httpx.Response, bytes]:
        # httpx bounds each read, not the whole exchange: a server dripping its headers could hold
        # the call for ever. The exchange runs in a helper thread that the call stops waiting for
        # at the deadline (the thread ends at httpx's own read timeout).
        outcome: list[tuple[httpx.Response, bytes]] = []
        failure: list[BaseException] = []

        def exchange() -> None:
            try:
                outcome.append(self._exchange(prepared, timeout, deadline_at))
            except BaseException as exc:  # noqa: BLE001 - handed over to the calling thread as is
                failure.append(exc)

        worker = threading.Thread(target=exchange, name="voxbone_sdk-exchange", daemon=True)
        worker.start()
        worker.join(max(0.0, deadline_at - time.monotonic()))
        if worker.is_alive():
            raise httpx.ReadTimeout("no complete answer by the call's deadline")
        if failure:
            raise failure[0]
        return outcome[0]

    def _exchange(
        self, prepared: PreparedRequest, timeout: float | httpx.Timeout | None, deadline_at: float
    ) -> tuple[httpx.Response, bytes]:
        request = self._http.build_request(
            prepared.method,
            self._url(prepared),
            params=self._query(prepared),
            headers=self._headers(prepared),
            content=self._soap_envelope(prepared),
            timeout=self._timeout_within(timeout, deadline_at),
        )
        streamed = self._http.send(request, stream=True, follow_redirects=False)
        try:
            body = read_capped(streamed, deadline_at)
        finally:
            streamed.close()
        # A read response, so that ApiError.response.content works for the caller; its request
        # carries neither credential headers nor credential query values.
        response = httpx.Response(
            streamed.status_code,
            headers=streamed.headers,
            content=body,
            request=httpx.Request(prepared.method, self._url(prepared), params=prepared.query),
            extensions={"http_version": streamed.extensions.get("http_version", b"HTTP/1.1")},
        )
        return response, body

    def get_countries_list(
        self,
        *,
        type: DidType | str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Country]:
        """List the countries covered for a type of DID.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetCountriesList`` (GetCountriesList).

        Args:
            type: Required. Kind of DID whose coverage to list.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            list[Country]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_countries_list(
            type=type,
        )
        return self._call(prepared, _ops.parse_get_countries_list, timeout, max_retries, deadline)

    def get_states_list(
        self,
        *,
        country_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[State]:
        """List the states of a country.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetStatesList`` (GetStatesList).

        Args:
            country_id: Required. Country, from GetCountriesList. (at least -2147483648; at most 2147483647)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            list[State]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_states_list(
            country_id=country_id,
        )
        return self._call(prepared, _ops.parse_get_states_list, timeout, max_retries, deadline)

    def get_did_group_list(
        self,
        *,
        country_id: int,
        type: DidType | str,
        filter: DidGroupFilter | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[DidGroup]:
        """List the DIDGroups (area codes) of a country.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetDIDGroupList`` (GetDIDGroupList).

        Args:
            country_id: Required. Country, from GetCountriesList. (at least -2147483648; at most 2147483647)
            type: Required. Kind of DID.
            filter: Optional filter.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            list[DidGroup]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_did_group_list(
            country_id=country_id,
            type=type,
            filter=filter,
        )
        return self._call(prepared, _ops.parse_get_did_group_list, timeout, max_retries, deadline)

    def place_dids_order(
        self,
        *,
        did_group_id: int,
        quantity: int,
        allow_asynchronous: bool,
        purchase_info: PurchaseInfo | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> PlaceDidsOrderResponse:
        """Order DIDs from a DIDGroup.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/PlaceDIDsOrder`` (PlaceDIDsOrder); changes state on the carrier.

        Args:
            did_group_id: Required. DIDGroup to order from, from GetDIDGroupList. (at least -2147483648; at most 2147483647)
            quantity: Required. How many numbers to order. (at least 1)
            allow_asynchronous: Required. true: place the order even without enough stock; false: reject it then.
            purchase_info: Customer details, required by regulation in some countries.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            PlaceDidsOrderResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_place_dids_order(
            did_group_id=did_group_id,
            quantity=quantity,
            allow_asynchronous=allow_asynchronous,
            purchase_info=purchase_info,
        )
        return self._call(prepared, _ops.parse_place_dids_order, timeout, max_retries, deadline)

    def get_purchase_info_data(
        self,
        *,
        country_code_a2: str,
        area_code: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[PurchaseInfoData]:
        """List cities and zip codes for an area code.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetPurchaseInfoData`` (GetPurchaseInfoData).

        Args:
            country_code_a2: Required. Country, from GetCountriesList. (matches ``^(?:[A-Z]{2})$``)
            area_code: Required. Area code, from GetDIDGroupList.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            list[PurchaseInfoData]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_purchase_info_data(
            country_code_a2=country_code_a2,
            area_code=area_code,
        )
        return self._call(prepared, _ops.parse_get_purchase_info_data, timeout, max_retries, deadline)

    def is_purchase_info_valid(
        self,
        *,
        did_group_id: int,
        purchase_info: PurchaseInfo,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> IsPurchaseInfoValidResponse:
        """Check a PurchaseInfo for a DIDGroup.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/IsPurchaseInfoValid`` (IsPurchaseInfoValid).

        Args:
            did_group_id: Required. DIDGroup the PurchaseInfo is meant for. (at least -2147483648; at most 2147483647)
            purchase_info: Required. Customer details to check.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            IsPurchaseInfoValidResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_is_purchase_info_valid(
            did_group_id=did_group_id,
            purchase_info=purchase_info,
        )
        return self._call(prepared, _ops.parse_is_purchase_info_valid, timeout, max_retries, deadline)

    def cancel_did(
        self,
        *,
        dids_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelDidResponse:
        """Cancel the subscription of a DID.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/CancelDID`` (CancelDID); changes state on the carrier.

        Args:
            dids_id: Required. DID to cancel, from GetDIDsInfo. (at least -2147483648; at most 2147483647)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            CancelDidResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_cancel_did(
            dids_id=dids_id,
        )
        return self._call(prepared, _ops.parse_cancel_did, timeout, max_retries, deadline)

    def map_did(
        self,
        *,
        dids_ids: Sequence[int],
        protocol: Protocol | str,
        uri: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Map DIDs to a URI.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/MapDID`` (MapDID); changes state on the carrier.

        Args:
            dids_ids: Required. DIDs to map. (at least 1 items)
            protocol: Required. Protocol of the URI.
            uri: Required. The URI itself (e.g. user@host).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_map_did(
            dids_ids=dids_ids,
            protocol=protocol,
            uri=uri,
        )
        return self._call(prepared, _ops.parse_map_did, timeout, max_retries, deadline)

    def get_dids_info(
        self,
        *,
        filter: DidsFilter | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Did]:
        """Describe the account's DIDs.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetDIDsInfo`` (GetDIDsInfo).

        Args:
            filter: Optional filter; without it all DIDs are returned.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            list[Did]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_dids_info(
            filter=filter,
        )
        return self._call(prepared, _ops.parse_get_dids_info, timeout, max_retries, deadline)

    def get_trunk_list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Trunk]:
        """List the account's trunks.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetTrunkList`` (GetTrunkList).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            list[Trunk]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_trunk_list()
        return self._call(prepared, _ops.parse_get_trunk_list, timeout, max_retries, deadline)

    def place_dids_on_trunk(
        self,
        *,
        dids_ids: Sequence[int],
        trunk_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Place DIDs on a trunk.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/PlaceDIDsOnTrunk`` (PlaceDIDsOnTrunk); changes state on the carrier.

        Args:
            dids_ids: Required. DIDs to place. (at least 1 items)
            trunk_id: Required. Trunk, from GetTrunkList. (at least -2147483648; at most 2147483647)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_place_dids_on_trunk(
            dids_ids=dids_ids,
            trunk_id=trunk_id,
        )
        return self._call(prepared, _ops.parse_place_dids_on_trunk, timeout, max_retries, deadline)

    def remove_dids_from_trunk(
        self,
        *,
        dids_ids: Sequence[int],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Take DIDs off their trunk.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/RemoveDIDsFromTrunk`` (RemoveDIDsFromTrunk); changes state on the carrier.

        Args:
            dids_ids: Required. DIDs to remove. (at least 1 items)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_remove_dids_from_trunk(
            dids_ids=dids_ids,
        )
        return self._call(prepared, _ops.parse_remove_dids_from_trunk, timeout, max_retries, deadline)

    def get_pop_list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Pop]:
        """List the POPs and their IP addresses.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetPOPList`` (GetPOPList).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            list[Pop]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_pop_list()
        return self._call(prepared, _ops.parse_get_pop_list, timeout, max_retries, deadline)

    def update_delivery(
        self,
        *,
        delivery_id: int,
        dids_ids: Sequence[int],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Move DIDs to another POP.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/UpdateDelivery`` (UpdateDelivery); changes state on the carrier.

        Args:
            delivery_id: Required. Target POP, from GetPOPList. (at least -2147483648; at most 2147483647)
            dids_ids: Required. DIDs to move. (at least 1 items)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_delivery(
            delivery_id=delivery_id,
            dids_ids=dids_ids,
        )
        return self._call(prepared, _ops.parse_update_delivery, timeout, max_retries, deadline)

    def get_tollfree_credit_package_list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[CreditPackage]:
        """List the tollfree credit packages for sale.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetTollfreeCreditPackageList`` (GetTollfreeCreditPackageList).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            list[CreditPackage]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_tollfree_credit_package_list()
        return self._call(prepared, _ops.parse_get_tollfree_credit_package_list, timeout, max_retries, deadline)

    def purchase_tollfree_credit(
        self,
        *,
        tollfree_credit_package_id: int,
        quantity: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> PurchaseTollfreeCreditResponse:
        """Order tollfree credit packages.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/PurchaseTollfreeCredit`` (PurchaseTollfreeCredit); changes state on the carrier.

        Args:
            tollfree_credit_package_id: Required. Package, from GetTollfreeCreditPackageList. (at least -2147483648; at most 2147483647)
            quantity: Required. How many packages to buy. (at least 1)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            PurchaseTollfreeCreditResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_purchase_tollfree_credit(
            tollfree_credit_package_id=tollfree_credit_package_id,
            quantity=quantity,
        )
        return self._call(prepared, _ops.parse_purchase_tollfree_credit, timeout, max_retries, deadline)

    def get_order_status(
        self,
        *,
        order_reference: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetOrderStatusResponse:
        """Check the status of an order.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetOrderStatus`` (GetOrderStatus).

        Args:
            order_reference: Required. Reference of the order.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetOrderStatusResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_order_status(
            order_reference=order_reference,
        )
        return self._call(prepared, _ops.parse_get_order_status, timeout, max_retries, deadline)

    def get_account_balance(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetAccountBalanceResponse:
        """Read the prepaid account balance.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetAccountBalance`` (GetAccountBalance).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetAccountBalanceResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_account_balance()
        return self._call(prepared, _ops.parse_get_account_balance, timeout, max_retries, deadline)


class AsyncClient(_ClientCore):
    """Asynchronous client for the Voxbone VoxAPI API.

    Find, order, map and cancel Voxbone DIDs over SOAP 1.1.

    Use it as an async context manager, or call ``aclose()`` when done::

        async with voxbone_sdk.AsyncClient(username="<username>", password="<password>") as client:
            ...

    Args:
        username: The VoxAPI user name.
        password: The VoxAPI password; only its hash with a fresh nonce is sent.
        base_url: production or sandbox (a name from ``BASE_URLS``) or any URL; production by default.
        timeout: Seconds, or an ``httpx.Timeout``; 5 s to connect and 30 s to read by default.
        max_retries: Retries of a read-only call after a timeout, a throttle or a 5xx (default 2).
            Mutating calls are retried only when the connection never opened.
        deadline: Seconds a whole call may take, retries and waits included (default 60).
        rate_budget: Keep a client-side count of requests against the carrier's documented rate
            limits and refuse a call (``BudgetExhaustedError``, nothing sent) once its pool is spent.
        token_hash: Computes the UserToken ``Hash`` from (password, key); SHA-1 of password + key by
            default, ``hmac_sha1_token_hash`` is the other known scheme.
        new_key: Makes the nonce ``Key`` of each request (``YYYY-MM-DD HH:MM:SS:`` + 12 digits by default).
        http_client: An ``httpx.AsyncClient`` to send requests with (for proxies, custom transports or tests); the SDK does not close it.
    """

    def __init__(
        self,
        *,
        username: str,
        password: str,
        base_url: str = "production",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        deadline: float = 60.0,
        rate_budget: bool = False,
        http_client: httpx.AsyncClient | None = None,
        token_hash: Callable[[str, str], str] = sha1_token_hash,
        new_key: Callable[[], str] = new_token_key,
    ) -> None:
        super().__init__(
            username=username,
            password=password,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            token_hash=token_hash,
            new_key=new_key,
        )
        self._budget = RateBudget() if rate_budget else None
        self._sleep: Callable[[float], Awaitable[None]] = anyio.sleep
        self._owns_http = http_client is None
        self._http = (
            http_client if http_client is not None else httpx.AsyncClient(timeout=self._timeout, follow_redirects=False)
        )

    async def aclose(self) -> None:
        """Close the HTTP connections this client opened (not an injected ``http_client``)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _call(
        self,
        prepared: PreparedRequest,
        parse: Callable[[httpx.Response, bytes], _T],
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        deadline: float | None,
    ) -> _T:
        policy = self._policy(max_retries, deadline)
        self._refuse_clashes(prepared)
        started = time.monotonic()
        attempt = 0
        while True:
            attempt += 1
            deadline_at = started + policy.deadline
            if time.monotonic() >= deadline_at:
                raise TransportTimeoutError(self._out_of_time(prepared, policy, attempt - 1))
            asked: float | None = None
            if self._budget is not None:
                self._budget.spend(prepared.operation)
            try:
                response, body = await self._attempt(prepared, timeout, deadline_at)
                result = self._parsed(parse, response, body)
            except httpx.HTTPError as exc:
                retryable = transport_retryable(exc, prepared.mutates)
                failure: SdkError = self._transport_failure(prepared, exc)
            except ApiError as exc:
                retryable = error_retryable(exc, prepared.mutates)
                asked = retry_after(exc.response.headers if exc.response is not None else None)
                failure = exc
            else:
                logger.debug(
                    "%s %s (%s): HTTP %s after %d attempt(s)",
                    prepared.method,
                    prepared.path,
                    prepared.operation,
                    response.status_code,
                    attempt,
                )
                return result
            delay = next_delay(policy, attempt, time.monotonic() - started, asked, self._rng) if retryable else None
            if delay is None:
                raise failure
            logger.info(
                "%s %s (%s) failed (%s); retry %d of %d in %.2f s",
                prepared.method,
                prepared.path,
                prepared.operation,
                failure,
                attempt,
                policy.max_retries,
                delay,
            )
            await self._sleep(delay)

    async def _attempt(
        self, prepared: PreparedRequest, timeout: float | httpx.Timeout | None, deadline_at: float
    ) -> tuple[httpx.Response, bytes]:
        # The whole exchange, headers included, ends by the deadline however slowly bytes drip.
        try:
            with anyio.fail_after(max(0.0, deadline_at - time.monotonic())):
                return await self._exchange(prepared, timeout, deadline_at)
        except TimeoutError:
            raise httpx.ReadTimeout("no complete answer by the call's deadline") from None

    async def _exchange(
        self, prepared: PreparedRequest, timeout: float | httpx.Timeout | None, deadline_at: float
    ) -> tuple[httpx.Response, bytes]:
        request = self._http.build_request(
            prepared.method,
            self._url(prepared),
            params=self._query(prepared),
            headers=self._headers(prepared),
            content=self._soap_envelope(prepared),
            timeout=self._timeout_within(timeout, deadline_at),
        )
        streamed = await self._http.send(request, stream=True, follow_redirects=False)
        try:
            body = await aread_capped(streamed, deadline_at)
        finally:
            await streamed.aclose()
        # A read response, so that ApiError.response.content works for the caller; its request
        # carries neither credential headers nor credential query values.
        response = httpx.Response(
            streamed.status_code,
            headers=streamed.headers,
            content=body,
            request=httpx.Request(prepared.method, self._url(prepared), params=prepared.query),
            extensions={"http_version": streamed.extensions.get("http_version", b"HTTP/1.1")},
        )
        return response, body

    async def get_countries_list(
        self,
        *,
        type: DidType | str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Country]:
        """List the countries covered for a type of DID.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetCountriesList`` (GetCountriesList).

        Args:
            type: Required. Kind of DID whose coverage to list.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            list[Country]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_countries_list(
            type=type,
        )
        return await self._call(prepared, _ops.parse_get_countries_list, timeout, max_retries, deadline)

    async def get_states_list(
        self,
        *,
        country_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[State]:
        """List the states of a country.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetStatesList`` (GetStatesList).

        Args:
            country_id: Required. Country, from GetCountriesList. (at least -2147483648; at most 2147483647)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            list[State]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_states_list(
            country_id=country_id,
        )
        return await self._call(prepared, _ops.parse_get_states_list, timeout, max_retries, deadline)

    async def get_did_group_list(
        self,
        *,
        country_id: int,
        type: DidType | str,
        filter: DidGroupFilter | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[DidGroup]:
        """List the DIDGroups (area codes) of a country.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetDIDGroupList`` (GetDIDGroupList).

        Args:
            country_id: Required. Country, from GetCountriesList. (at least -2147483648; at most 2147483647)
            type: Required. Kind of DID.
            filter: Optional filter.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            list[DidGroup]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_did_group_list(
            country_id=country_id,
            type=type,
            filter=filter,
        )
        return await self._call(prepared, _ops.parse_get_did_group_list, timeout, max_retries, deadline)

    async def place_dids_order(
        self,
        *,
        did_group_id: int,
        quantity: int,
        allow_asynchronous: bool,
        purchase_info: PurchaseInfo | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> PlaceDidsOrderResponse:
        """Order DIDs from a DIDGroup.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/PlaceDIDsOrder`` (PlaceDIDsOrder); changes state on the carrier.

        Args:
            did_group_id: Required. DIDGroup to order from, from GetDIDGroupList. (at least -2147483648; at most 2147483647)
            quantity: Required. How many numbers to order. (at least 1)
            allow_asynchronous: Required. true: place the order even without enough stock; false: reject it then.
            purchase_info: Customer details, required by regulation in some countries.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            PlaceDidsOrderResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_place_dids_order(
            did_group_id=did_group_id,
            quantity=quantity,
            allow_asynchronous=allow_asynchronous,
            purchase_info=purchase_info,
        )
        return await self._call(prepared, _ops.parse_place_dids_order, timeout, max_retries, deadline)

    async def get_purchase_info_data(
        self,
        *,
        country_code_a2: str,
        area_code: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[PurchaseInfoData]:
        """List cities and zip codes for an area code.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetPurchaseInfoData`` (GetPurchaseInfoData).

        Args:
            country_code_a2: Required. Country, from GetCountriesList. (matches ``^(?:[A-Z]{2})$``)
            area_code: Required. Area code, from GetDIDGroupList.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            list[PurchaseInfoData]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_purchase_info_data(
            country_code_a2=country_code_a2,
            area_code=area_code,
        )
        return await self._call(prepared, _ops.parse_get_purchase_info_data, timeout, max_retries, deadline)

    async def is_purchase_info_valid(
        self,
        *,
        did_group_id: int,
        purchase_info: PurchaseInfo,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> IsPurchaseInfoValidResponse:
        """Check a PurchaseInfo for a DIDGroup.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/IsPurchaseInfoValid`` (IsPurchaseInfoValid).

        Args:
            did_group_id: Required. DIDGroup the PurchaseInfo is meant for. (at least -2147483648; at most 2147483647)
            purchase_info: Required. Customer details to check.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            IsPurchaseInfoValidResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_is_purchase_info_valid(
            did_group_id=did_group_id,
            purchase_info=purchase_info,
        )
        return await self._call(prepared, _ops.parse_is_purchase_info_valid, timeout, max_retries, deadline)

    async def cancel_did(
        self,
        *,
        dids_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelDidResponse:
        """Cancel the subscription of a DID.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/CancelDID`` (CancelDID); changes state on the carrier.

        Args:
            dids_id: Required. DID to cancel, from GetDIDsInfo. (at least -2147483648; at most 2147483647)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            CancelDidResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_cancel_did(
            dids_id=dids_id,
        )
        return await self._call(prepared, _ops.parse_cancel_did, timeout, max_retries, deadline)

    async def map_did(
        self,
        *,
        dids_ids: Sequence[int],
        protocol: Protocol | str,
        uri: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Map DIDs to a URI.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/MapDID`` (MapDID); changes state on the carrier.

        Args:
            dids_ids: Required. DIDs to map. (at least 1 items)
            protocol: Required. Protocol of the URI.
            uri: Required. The URI itself (e.g. user@host).
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_map_did(
            dids_ids=dids_ids,
            protocol=protocol,
            uri=uri,
        )
        return await self._call(prepared, _ops.parse_map_did, timeout, max_retries, deadline)

    async def get_dids_info(
        self,
        *,
        filter: DidsFilter | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Did]:
        """Describe the account's DIDs.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetDIDsInfo`` (GetDIDsInfo).

        Args:
            filter: Optional filter; without it all DIDs are returned.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            list[Did]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_dids_info(
            filter=filter,
        )
        return await self._call(prepared, _ops.parse_get_dids_info, timeout, max_retries, deadline)

    async def get_trunk_list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Trunk]:
        """List the account's trunks.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetTrunkList`` (GetTrunkList).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            list[Trunk]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_trunk_list()
        return await self._call(prepared, _ops.parse_get_trunk_list, timeout, max_retries, deadline)

    async def place_dids_on_trunk(
        self,
        *,
        dids_ids: Sequence[int],
        trunk_id: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Place DIDs on a trunk.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/PlaceDIDsOnTrunk`` (PlaceDIDsOnTrunk); changes state on the carrier.

        Args:
            dids_ids: Required. DIDs to place. (at least 1 items)
            trunk_id: Required. Trunk, from GetTrunkList. (at least -2147483648; at most 2147483647)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_place_dids_on_trunk(
            dids_ids=dids_ids,
            trunk_id=trunk_id,
        )
        return await self._call(prepared, _ops.parse_place_dids_on_trunk, timeout, max_retries, deadline)

    async def remove_dids_from_trunk(
        self,
        *,
        dids_ids: Sequence[int],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Take DIDs off their trunk.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/RemoveDIDsFromTrunk`` (RemoveDIDsFromTrunk); changes state on the carrier.

        Args:
            dids_ids: Required. DIDs to remove. (at least 1 items)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_remove_dids_from_trunk(
            dids_ids=dids_ids,
        )
        return await self._call(prepared, _ops.parse_remove_dids_from_trunk, timeout, max_retries, deadline)

    async def get_pop_list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Pop]:
        """List the POPs and their IP addresses.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetPOPList`` (GetPOPList).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            list[Pop]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_pop_list()
        return await self._call(prepared, _ops.parse_get_pop_list, timeout, max_retries, deadline)

    async def update_delivery(
        self,
        *,
        delivery_id: int,
        dids_ids: Sequence[int],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Move DIDs to another POP.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/UpdateDelivery`` (UpdateDelivery); changes state on the carrier.

        Args:
            delivery_id: Required. Target POP, from GetPOPList. (at least -2147483648; at most 2147483647)
            dids_ids: Required. DIDs to move. (at least 1 items)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_update_delivery(
            delivery_id=delivery_id,
            dids_ids=dids_ids,
        )
        return await self._call(prepared, _ops.parse_update_delivery, timeout, max_retries, deadline)

    async def get_tollfree_credit_package_list(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[CreditPackage]:
        """List the tollfree credit packages for sale.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetTollfreeCreditPackageList`` (GetTollfreeCreditPackageList).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            list[CreditPackage]

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_tollfree_credit_package_list()
        return await self._call(prepared, _ops.parse_get_tollfree_credit_package_list, timeout, max_retries, deadline)

    async def purchase_tollfree_credit(
        self,
        *,
        tollfree_credit_package_id: int,
        quantity: int,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> PurchaseTollfreeCreditResponse:
        """Order tollfree credit packages.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/PurchaseTollfreeCredit`` (PurchaseTollfreeCredit); changes state on the carrier.

        Args:
            tollfree_credit_package_id: Required. Package, from GetTollfreeCreditPackageList. (at least -2147483648; at most 2147483647)
            quantity: Required. How many packages to buy. (at least 1)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            PurchaseTollfreeCreditResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_purchase_tollfree_credit(
            tollfree_credit_package_id=tollfree_credit_package_id,
            quantity=quantity,
        )
        return await self._call(prepared, _ops.parse_purchase_tollfree_credit, timeout, max_retries, deadline)

    async def get_order_status(
        self,
        *,
        order_reference: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetOrderStatusResponse:
        """Check the status of an order.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetOrderStatus`` (GetOrderStatus).

        Args:
            order_reference: Required. Reference of the order.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetOrderStatusResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_order_status(
            order_reference=order_reference,
        )
        return await self._call(prepared, _ops.parse_get_order_status, timeout, max_retries, deadline)

    async def get_account_balance(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetAccountBalanceResponse:
        """Read the prepaid account balance.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetAccountBalance`` (GetAccountBalance).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            GetAccountBalanceResponse

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_account_balance()
        return await self._call(prepared, _ops.parse_get_account_balance, timeout, max_retries, deadline)
