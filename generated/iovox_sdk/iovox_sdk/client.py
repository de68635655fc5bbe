"""``Client`` and ``AsyncClient`` for the iovox API; both share ``_ClientCore``."""

from __future__ import annotations

import datetime as _dt
import random
import re
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from decimal import Decimal
from typing import Final, TypeVar

import anyio
import httpx

from iovox_sdk import _operations as _ops
from iovox_sdk._budget import RateBudget
from iovox_sdk._logging import logger, scrubbed, secret_filter
from iovox_sdk._retry import RetryPolicy, error_retryable, next_delay, retry_after, transport_retryable
from iovox_sdk._runtime import (
    MAX_RESPONSE_BYTES,
    PreparedRequest,
    Secret,
    check_list,
    check_scalar,
    raise_problems,
    xml_escape,
)
from iovox_sdk.errors import (
    ApiError,
    MalformedResponseError,
    SdkError,
    TransportError,
    TransportTimeoutError,
)

_T = TypeVar("_T")
from iovox_sdk.models import (
    ASSIGNED_STATUS_VALUES,
    AccountVoxnumber,
    AdditionalInformation,
    AssignedStatus,
    NUMBER_TYPE_VALUES,
    NumberType,
    ORDER_STATUS_VALUES,
    OrderCallback,
    OrderStatus,
    PurchaseItem,
    PurchaseResult,
    REGION_FIELD_VALUES,
    REGION_NUMBER_TYPE_VALUES,
    Region,
    RegionField,
    RegionNumberType,
    RegionPage,
    VOXNUMBER_TYPE_VALUES,
    Voxnumber,
    VoxnumberPage,
    VoxnumberType,
)

#: Where the carrier answers, by name.
BASE_URLS: Final = {"production": "https://api.iovox.com:444", "sandbox": "https://sandboxapi.iovox.com:444"}

#: Connect within 5 s; read, write and pool waits within 30 s.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)

# Credentials ride in headers or URLs: a stray newline or NUL would corrupt the request.
_UNSENDABLE: Final = re.compile(r"[\x00-\x1f\x7f]")
_RE_EC87030430: Final = re.compile("^[0-9a-fA-F]{32}\\Z")

USER_AGENT: Final = "iovox_sdk/0.1.0 httpx/" + httpx.__version__


class _ClientCore:
    """What both clients share: credentials, URLs and headers; no I/O."""

    def __init__(
        self,
        *,
        username: str,
        secure_key: str,
        base_url: str,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        deadline: float,
    ) -> None:
        problems: list[tuple[str, str]] = []
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or not 0 <= max_retries <= 10:
            problems.append(("max_retries", "must be an integer from 0 to 10"))
        if not isinstance(deadline, (int, float)) or isinstance(deadline, bool) or not deadline > 0:
            problems.append(("deadline", "must be a positive number of seconds"))
        if not isinstance(username, str) or not username or _UNSENDABLE.search(username):
            problems.append(("username", "must be a non-empty string without control characters"))
        elif not username.isascii():
            problems.append(("username", "must be ASCII: it travels in an HTTP header"))
        if not isinstance(secure_key, str) or not secure_key or _UNSENDABLE.search(secure_key):
            problems.append(("secure_key", "must be a non-empty string without control characters"))
        elif not secure_key.isascii():
            problems.append(("secure_key", "must be ASCII: it travels in an HTTP header"))
        elif _RE_EC87030430.search(secure_key) is None:
            problems.append(("secure_key", "must match ^[0-9a-fA-F]{32}$"))
        base = BASE_URLS.get(base_url, base_url)
        if not base.startswith(("https://", "http://")):
            problems.append(("base_url", "must be one of " + ", ".join(BASE_URLS) + " or an http(s) URL"))
        raise_problems(problems)
        self._username = username
        self._secure_key = Secret(secure_key)
        self.base_url: str = base.rstrip("/")
        self._timeout = DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout)
        self._retry = RetryPolicy(max_retries=max_retries, deadline=float(deadline))
        self._rng = random.Random()
        secret_filter.register(
            self,
            tuple(secret for secret in (secure_key,) if secret is not None),
        )

    def __repr__(self) -> str:
        shown = ", ".join(
            (
                f"base_url={self.base_url!r}",
                f"username={self._username!r}",
                f"secure_key='********'",
            )
        )
        return f"{type(self).__name__}({shown})"

    def _url(self, prepared: PreparedRequest) -> str:
        return self.base_url + prepared.path

    def _credential_pairs(self) -> tuple[tuple[str, str], ...]:
        pairs: tuple[tuple[str, str | None], ...] = (
            ("username", self._username),
            ("secureKey", self._secure_key.reveal()),
        )
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
        headers.update(self._credential_pairs())
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
    """Client for the iovox API.

    Buy, list and release iovox VoxNumbers over XML on HTTPS.

    Use it as a context manager, or call ``close()`` when done::

        with iovox_sdk.Client(username="<username>", secure_key="<secure_key>") as client:
            ...

    Args:
        username: The iovox account user name.
        secure_key: The 32-hex-digit secure key of the account.
        base_url: production or sandbox (a name from ``BASE_URLS``) or any URL; production by default.
        timeout: Seconds, or an ``httpx.Timeout``; 5 s to connect and 30 s to read by default.
        max_retries: Retries of a read-only call after a timeout, a throttle or a 5xx (default 2).
            Mutating calls are retried only when the connection never opened.
        deadline: Seconds a whole call may take, retries and waits included (default 60).
        rate_budget: Keep a client-side count of requests against the carrier's documented rate
            limits and refuse a call (``BudgetExhaustedError``, nothing sent) once its pool is spent.
        http_client: An ``httpx.Client`` to send requests with (for proxies, custom transports or tests); the SDK does not close it.
    """

    def __init__(
        self,
        *,
        username: str,
        secure_key: str,
        base_url: str = "production",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        deadline: float = 60.0,
        rate_budget: bool = False,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            username=username,
            secure_key=secure_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
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

        worker = threading.Thread(target=exchange, name="iovox_sdk-exchange", daemon=True)
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
            content=prepared.content,
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

    def purchase_vox_numbers(
        self,
        *,
        callback_url: str | None = None,
        cc_list: Sequence[str] | None = None,
        dynamic_quantity: bool | None = None,
        items: Sequence[PurchaseItem],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> PurchaseResult:
        """Buy one or more VoxNumbers; numbers not fulfilled at once are reported to callback_url.

        Calls ``POST /Purchase`` (purchaseVoxNumbers); changes state on the carrier.

        Args:
            callback_url: URL the order updates are posted to, at most 120 characters. (at most 120 characters; matches ``^https?://``)
            cc_list: E-mail addresses copied on the order.
            dynamic_quantity: When true, buy only what is in stock and amend the quantity to match. (carrier default: False)
            items: Required. The numbers to buy. (at least 1 items)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            PurchaseResult

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_purchase_vox_numbers(
            callback_url=callback_url,
            cc_list=cc_list,
            dynamic_quantity=dynamic_quantity,
            items=items,
        )
        return self._call(prepared, _ops.parse_purchase_vox_numbers, timeout, max_retries, deadline)

    def get_voxnumber_regions(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        number_type: RegionNumberType | None = None,
        country_code: int | None = None,
        area_code: str | None = None,
        req_fields: Sequence[RegionField] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> RegionPage:
        """List the regions where VoxNumbers can be bought, one page at a time.

        Calls ``GET /Purchase`` (getVoxnumberRegions).

        Args:
            page: The page to return. (at least 1)
            limit: Regions per page. (at least 1; at most 20000)
            number_type: Only regions offering this kind of number.
            country_code: Only regions of this country IDD. (at least 1)
            area_code: Only this area code. (matches ``^[0-9]+$``)
            req_fields: The fields to return: ac, cc, con, stn, cin, ct. (at least 1 items)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            RegionPage

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voxnumber_regions(
            page=page,
            limit=limit,
            number_type=number_type,
            country_code=country_code,
            area_code=area_code,
            req_fields=req_fields,
        )
        return self._call(prepared, _ops.parse_get_voxnumber_regions, timeout, max_retries, deadline)

    def iter_get_voxnumber_regions(
        self,
        *,
        limit: int | None = None,
        number_type: RegionNumberType | None = None,
        country_code: int | None = None,
        area_code: str | None = None,
        req_fields: Sequence[RegionField] | None = None,
        start_page: int = 1,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Iterator[Region]:
        """Every item of ``get_voxnumber_regions``, fetching page after page until the last one.

        Takes the same arguments as ``get_voxnumber_regions`` except ``page``; ``start_page``
        is the first page to fetch. Retries, timeout and deadline apply to each page.
        """
        page_number = start_page
        while True:
            page = self.get_voxnumber_regions(
                limit=limit,
                number_type=number_type,
                country_code=country_code,
                area_code=area_code,
                req_fields=req_fields,
                page=page_number,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            )
            for item in page.results:
                yield item
            if not page.results or page.current_page >= page.total_pages:
                return
            page_number = page.current_page + 1

    def get_voxnumbers(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        voxnumber: str | None = None,
        voxnumber_type: VoxnumberType | None = None,
        voxnumber_country: str | None = None,
        voxnumber_city: str | None = None,
        assigned_status: AssignedStatus | None = None,
        order: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> VoxnumberPage:
        """List the VoxNumbers held by the account, one page at a time.

        Calls ``GET /Voxnumbers`` (getVoxnumbers).

        Args:
            page: The page to return. (at least 1)
            limit: Numbers per page. (at least 1; at most 20000)
            voxnumber: Only this number. (matches ``^[0-9]+$``)
            voxnumber_type: Only LOCAL or NATIONAL numbers.
            voxnumber_country: Only numbers of this country.
            voxnumber_city: Only numbers of this city.
            assigned_status: Only ASSIGNED or UNASSIGNED numbers.
            order: Sort order, such as vnpd_DESC. (matches ``^[A-Za-z_]+_(ASC|DESC)$``)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            VoxnumberPage

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voxnumbers(
            page=page,
            limit=limit,
            voxnumber=voxnumber,
            voxnumber_type=voxnumber_type,
            voxnumber_country=voxnumber_country,
            voxnumber_city=voxnumber_city,
            assigned_status=assigned_status,
            order=order,
        )
        return self._call(prepared, _ops.parse_get_voxnumbers, timeout, max_retries, deadline)

    def iter_get_voxnumbers(
        self,
        *,
        limit: int | None = None,
        voxnumber: str | None = None,
        voxnumber_type: VoxnumberType | None = None,
        voxnumber_country: str | None = None,
        voxnumber_city: str | None = None,
        assigned_status: AssignedStatus | None = None,
        order: str | None = None,
        start_page: int = 1,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Iterator[AccountVoxnumber]:
        """Every item of ``get_voxnumbers``, fetching page after page until the last one.

        Takes the same arguments as ``get_voxnumbers`` except ``page``; ``start_page``
        is the first page to fetch. Retries, timeout and deadline apply to each page.
        """
        page_number = start_page
        while True:
            page = self.get_voxnumbers(
                limit=limit,
                voxnumber=voxnumber,
                voxnumber_type=voxnumber_type,
                voxnumber_country=voxnumber_country,
                voxnumber_city=voxnumber_city,
                assigned_status=assigned_status,
                order=order,
                page=page_number,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            )
            for item in page.results:
                yield item
            if not page.results or page.current_page >= page.total_pages:
                return
            page_number = page.current_page + 1

    def delete_voxnumbers_from_account(
        self,
        *,
        full_voxnumbers: Sequence[str],
        rm_if_in_use: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Release VoxNumbers from the account.

        Calls ``DELETE /Voxnumbers`` (deleteVoxnumbersFromAccount); changes state on the carrier.

        Args:
            full_voxnumbers: Required. The numbers to release, E.164 without the plus sign, at most 100. (at least 1 items; at most 100 items; each item matches ``^[1-9][0-9]{6,14}$``)
            rm_if_in_use: Release numbers even when they are in use.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_voxnumbers_from_account(
            full_voxnumbers=full_voxnumbers,
            rm_if_in_use=rm_if_in_use,
        )
        return self._call(prepared, _ops.parse_delete_voxnumbers_from_account, timeout, max_retries, deadline)


class AsyncClient(_ClientCore):
    """Asynchronous client for the iovox API.

    Buy, list and release iovox VoxNumbers over XML on HTTPS.

    Use it as an async context manager, or call ``aclose()`` when done::

        async with iovox_sdk.AsyncClient(username="<username>", secure_key="<secure_key>") as client:
            ...

    Args:
        username: The iovox account user name.
        secure_key: The 32-hex-digit secure key of the account.
        base_url: production or sandbox (a name from ``BASE_URLS``) or any URL; production by default.
        timeout: Seconds, or an ``httpx.Timeout``; 5 s to connect and 30 s to read by default.
        max_retries: Retries of a read-only call after a timeout, a throttle or a 5xx (default 2).
            Mutating calls are retried only when the connection never opened.
        deadline: Seconds a whole call may take, retries and waits included (default 60).
        rate_budget: Keep a client-side count of requests against the carrier's documented rate
            limits and refuse a call (``BudgetExhaustedError``, nothing sent) once its pool is spent.
        http_client: An ``httpx.AsyncClient`` to send requests with (for proxies, custom transports or tests); the SDK does not close it.
    """

    def __init__(
        self,
        *,
        username: str,
        secure_key: str,
        base_url: str = "production",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        deadline: float = 60.0,
        rate_budget: bool = False,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            username=username,
            secure_key=secure_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
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
            content=prepared.content,
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

    async def purchase_vox_numbers(
        self,
        *,
        callback_url: str | None = None,
        cc_list: Sequence[str] | None = None,
        dynamic_quantity: bool | None = None,
        items: Sequence[PurchaseItem],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> PurchaseResult:
        """Buy one or more VoxNumbers; numbers not fulfilled at once are reported to callback_url.

        Calls ``POST /Purchase`` (purchaseVoxNumbers); changes state on the carrier.

        Args:
            callback_url: URL the order updates are posted to, at most 120 characters. (at most 120 characters; matches ``^https?://``)
            cc_list: E-mail addresses copied on the order.
            dynamic_quantity: When true, buy only what is in stock and amend the quantity to match. (carrier default: False)
            items: Required. The numbers to buy. (at least 1 items)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            PurchaseResult

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_purchase_vox_numbers(
            callback_url=callback_url,
            cc_list=cc_list,
            dynamic_quantity=dynamic_quantity,
            items=items,
        )
        return await self._call(prepared, _ops.parse_purchase_vox_numbers, timeout, max_retries, deadline)

    async def get_voxnumber_regions(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        number_type: RegionNumberType | None = None,
        country_code: int | None = None,
        area_code: str | None = None,
        req_fields: Sequence[RegionField] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> RegionPage:
        """List the regions where VoxNumbers can be bought, one page at a time.

        Calls ``GET /Purchase`` (getVoxnumberRegions).

        Args:
            page: The page to return. (at least 1)
            limit: Regions per page. (at least 1; at most 20000)
            number_type: Only regions offering this kind of number.
            country_code: Only regions of this country IDD. (at least 1)
            area_code: Only this area code. (matches ``^[0-9]+$``)
            req_fields: The fields to return: ac, cc, con, stn, cin, ct. (at least 1 items)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            RegionPage

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voxnumber_regions(
            page=page,
            limit=limit,
            number_type=number_type,
            country_code=country_code,
            area_code=area_code,
            req_fields=req_fields,
        )
        return await self._call(prepared, _ops.parse_get_voxnumber_regions, timeout, max_retries, deadline)

    async def iter_get_voxnumber_regions(
        self,
        *,
        limit: int | None = None,
        number_type: RegionNumberType | None = None,
        country_code: int | None = None,
        area_code: str | None = None,
        req_fields: Sequence[RegionField] | None = None,
        start_page: int = 1,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> AsyncIterator[Region]:
        """Every item of ``get_voxnumber_regions``, fetching page after page until the last one.

        Takes the same arguments as ``get_voxnumber_regions`` except ``page``; ``start_page``
        is the first page to fetch. Retries, timeout and deadline apply to each page.
        """
        page_number = start_page
        while True:
            page = await self.get_voxnumber_regions(
                limit=limit,
                number_type=number_type,
                country_code=country_code,
                area_code=area_code,
                req_fields=req_fields,
                page=page_number,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            )
            for item in page.results:
                yield item
            if not page.results or page.current_page >= page.total_pages:
                return
            page_number = page.current_page + 1

    async def get_voxnumbers(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        voxnumber: str | None = None,
        voxnumber_type: VoxnumberType | None = None,
        voxnumber_country: str | None = None,
        voxnumber_city: str | None = None,
        assigned_status: AssignedStatus | None = None,
        order: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> VoxnumberPage:
        """List the VoxNumbers held by the account, one page at a time.

        Calls ``GET /Voxnumbers`` (getVoxnumbers).

        Args:
            page: The page to return. (at least 1)
            limit: Numbers per page. (at least 1; at most 20000)
            voxnumber: Only this number. (matches ``^[0-9]+$``)
            voxnumber_type: Only LOCAL or NATIONAL numbers.
            voxnumber_country: Only numbers of this country.
            voxnumber_city: Only numbers of this city.
            assigned_status: Only ASSIGNED or UNASSIGNED numbers.
            order: Sort order, such as vnpd_DESC. (matches ``^[A-Za-z_]+_(ASC|DESC)$``)
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            VoxnumberPage

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_get_voxnumbers(
            page=page,
            limit=limit,
            voxnumber=voxnumber,
            voxnumber_type=voxnumber_type,
            voxnumber_country=voxnumber_country,
            voxnumber_city=voxnumber_city,
            assigned_status=assigned_status,
            order=order,
        )
        return await self._call(prepared, _ops.parse_get_voxnumbers, timeout, max_retries, deadline)

    async def iter_get_voxnumbers(
        self,
        *,
        limit: int | None = None,
        voxnumber: str | None = None,
        voxnumber_type: VoxnumberType | None = None,
        voxnumber_country: str | None = None,
        voxnumber_city: str | None = None,
        assigned_status: AssignedStatus | None = None,
        order: str | None = None,
        start_page: int = 1,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> AsyncIterator[AccountVoxnumber]:
        """Every item of ``get_voxnumbers``, fetching page after page until the last one.

        Takes the same arguments as ``get_voxnumbers`` except ``page``; ``start_page``
        is the first page to fetch. Retries, timeout and deadline apply to each page.
        """
        page_number = start_page
        while True:
            page = await self.get_voxnumbers(
                limit=limit,
                voxnumber=voxnumber,
                voxnumber_type=voxnumber_type,
                voxnumber_country=voxnumber_country,
                voxnumber_city=voxnumber_city,
                assigned_status=assigned_status,
                order=order,
                page=page_number,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            )
            for item in page.results:
                yield item
            if not page.results or page.current_page >= page.total_pages:
                return
            page_number = page.current_page + 1

    async def delete_voxnumbers_from_account(
        self,
        *,
        full_voxnumbers: Sequence[str],
        rm_if_in_use: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Release VoxNumbers from the account.

        Calls ``DELETE /Voxnumbers`` (deleteVoxnumbersFromAccount); changes state on the carrier.

        Args:
            full_voxnumbers: Required. The numbers to release, E.164 without the plus sign, at most 100. (at least 1 items; at most 100 items; each item matches ``^[1-9][0-9]{6,14}$``)
            rm_if_in_use: Release numbers even when they are in use.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_voxnumbers_from_account(
            full_voxnumbers=full_voxnumbers,
            rm_if_in_use=rm_if_in_use,
        )
        return await self._call(prepared, _ops.parse_delete_voxnumbers_from_account, timeout, max_retries, deadline)
