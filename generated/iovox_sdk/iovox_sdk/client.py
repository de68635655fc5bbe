"""``Client`` and ``AsyncClient`` for the iovox API; both share ``_ClientCore``."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import AsyncIterator, Iterator, Sequence
from decimal import Decimal
from typing import Final

import httpx

from iovox_sdk import _operations as _ops
from iovox_sdk._runtime import MAX_RESPONSE_BYTES, PreparedRequest, Secret, raise_problems
from iovox_sdk.errors import MalformedResponseError, TransportError, TransportTimeoutError
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

USER_AGENT: Final = "iovox_sdk/0.1.0 httpx/" + httpx.__version__


_RE_EC87030430: Final = re.compile("^[0-9a-fA-F]{32}\\Z")


class _ClientCore:
    """What both clients share: credentials, URLs and headers; no I/O."""

    def __init__(
        self,
        *,
        username: str,
        secure_key: str,
        base_url: str,
        timeout: float | httpx.Timeout | None,
    ) -> None:
        problems: list[tuple[str, str]] = []
        if not isinstance(username, str) or not username or _UNSENDABLE.search(username):
            problems.append(("username", "must be a non-empty string without control characters"))
        if not isinstance(secure_key, str) or not secure_key or _UNSENDABLE.search(secure_key):
            problems.append(("secure_key", "must be a non-empty string without control characters"))
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

    def _query(self, prepared: PreparedRequest) -> httpx.QueryParams:
        return httpx.QueryParams(
            [
                *prepared.query,
            ]
        )

    def _headers(self, prepared: PreparedRequest) -> dict[str, str]:
        headers = {
            "User-Agent": USER_AGENT,
            "Accept": "application/xml",
            "username": self._username,
            "secureKey": self._secure_key.reveal(),
        }
        if prepared.content_type is not None:
            headers["Content-Type"] = prepared.content_type
        return headers

    @staticmethod
    def _describe(prepared: PreparedRequest, exc: Exception) -> str:
        # The path only: query strings may carry credentials.
        return f"{prepared.method} {prepared.path} ({prepared.operation}) failed: {type(exc).__name__}: {exc}"


def read_capped(response: httpx.Response) -> bytes:
    """Read the whole body, refusing bodies above MAX_RESPONSE_BYTES."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            raise MalformedResponseError(
                "the response is larger than the SDK accepts", http_status=response.status_code
            )
        chunks.append(chunk)
    return b"".join(chunks)


async def aread_capped(response: httpx.Response) -> bytes:
    """Read the whole body asynchronously, refusing bodies above MAX_RESPONSE_BYTES."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
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
        timeout: Seconds, or an ``httpx.Timeout``; {DEFAULT_TIMEOUT} by default.
        http_client: An ``httpx.Client`` to send requests with (for proxies, custom transports or tests); the SDK does not close it.
    """

    def __init__(
        self,
        *,
        username: str,
        secure_key: str,
        base_url: str = "production",
        timeout: float | httpx.Timeout | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            username=username,
            secure_key=secure_key,
            base_url=base_url,
            timeout=timeout,
        )
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

    def _send(self, prepared: PreparedRequest, timeout: float | httpx.Timeout | None) -> tuple[httpx.Response, bytes]:
        request = self._http.build_request(
            prepared.method,
            self._url(prepared),
            params=self._query(prepared),
            headers=self._headers(prepared),
            content=prepared.content,
            timeout=self._timeout if timeout is None else timeout,
        )
        try:
            response = self._http.send(request, stream=True)
            try:
                body = read_capped(response)
            finally:
                response.close()
        except httpx.TimeoutException as exc:
            raise TransportTimeoutError(self._describe(prepared, exc)) from None
        except httpx.HTTPError as exc:
            raise TransportError(self._describe(prepared, exc)) from None
        return response, body

    def purchase_vox_numbers(
        self,
        *,
        callback_url: str | None = None,
        cc_list: Sequence[str] | None = None,
        dynamic_quantity: bool | None = None,
        items: Sequence[PurchaseItem],
        timeout: float | httpx.Timeout | None = None,
    ) -> PurchaseResult:
        """Buy one or more VoxNumbers; numbers not fulfilled at once are reported to callback_url.

        Calls ``POST /Purchase`` (purchaseVoxNumbers); changes state on the carrier.

        Args:
            callback_url: URL the order updates are posted to, at most 120 characters. (at most 120 characters; matches ``^https?://``)
            cc_list: E-mail addresses copied on the order.
            dynamic_quantity: When true, buy only what is in stock and amend the quantity to match. (carrier default: False)
            items: Required. The numbers to buy. (at least 1 items)
            timeout: Overrides the client's timeout for this call.

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
        response, body = self._send(prepared, timeout)
        return _ops.parse_purchase_vox_numbers(response, body)

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
        response, body = self._send(prepared, timeout)
        return _ops.parse_get_voxnumber_regions(response, body)

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
    ) -> Iterator[Region]:
        """Every item of ``get_voxnumber_regions``, fetching page after page until the last one.

        Takes the same arguments as ``get_voxnumber_regions`` except ``page``; ``start_page``
        is the first page to fetch.
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
        response, body = self._send(prepared, timeout)
        return _ops.parse_get_voxnumbers(response, body)

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
    ) -> Iterator[AccountVoxnumber]:
        """Every item of ``get_voxnumbers``, fetching page after page until the last one.

        Takes the same arguments as ``get_voxnumbers`` except ``page``; ``start_page``
        is the first page to fetch.
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
    ) -> None:
        """Release VoxNumbers from the account.

        Calls ``DELETE /Voxnumbers`` (deleteVoxnumbersFromAccount); changes state on the carrier.

        Args:
            full_voxnumbers: Required. The numbers to release, E.164 without the plus sign, at most 100. (at least 1 items; at most 100 items; each item matches ``^[1-9][0-9]{6,14}$``)
            rm_if_in_use: Release numbers even when they are in use.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_voxnumbers_from_account(
            full_voxnumbers=full_voxnumbers,
            rm_if_in_use=rm_if_in_use,
        )
        response, body = self._send(prepared, timeout)
        return _ops.parse_delete_voxnumbers_from_account(response, body)


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
        timeout: Seconds, or an ``httpx.Timeout``; {DEFAULT_TIMEOUT} by default.
        http_client: An ``httpx.AsyncClient`` to send requests with (for proxies, custom transports or tests); the SDK does not close it.
    """

    def __init__(
        self,
        *,
        username: str,
        secure_key: str,
        base_url: str = "production",
        timeout: float | httpx.Timeout | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            username=username,
            secure_key=secure_key,
            base_url=base_url,
            timeout=timeout,
        )
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

    async def _send(
        self, prepared: PreparedRequest, timeout: float | httpx.Timeout | None
    ) -> tuple[httpx.Response, bytes]:
        request = self._http.build_request(
            prepared.method,
            self._url(prepared),
            params=self._query(prepared),
            headers=self._headers(prepared),
            content=prepared.content,
            timeout=self._timeout if timeout is None else timeout,
        )
        try:
            response = await self._http.send(request, stream=True)
            try:
                body = await aread_capped(response)
            finally:
                await response.aclose()
        except httpx.TimeoutException as exc:
            raise TransportTimeoutError(self._describe(prepared, exc)) from None
        except httpx.HTTPError as exc:
            raise TransportError(self._describe(prepared, exc)) from None
        return response, body

    async def purchase_vox_numbers(
        self,
        *,
        callback_url: str | None = None,
        cc_list: Sequence[str] | None = None,
        dynamic_quantity: bool | None = None,
        items: Sequence[PurchaseItem],
        timeout: float | httpx.Timeout | None = None,
    ) -> PurchaseResult:
        """Buy one or more VoxNumbers; numbers not fulfilled at once are reported to callback_url.

        Calls ``POST /Purchase`` (purchaseVoxNumbers); changes state on the carrier.

        Args:
            callback_url: URL the order updates are posted to, at most 120 characters. (at most 120 characters; matches ``^https?://``)
            cc_list: E-mail addresses copied on the order.
            dynamic_quantity: When true, buy only what is in stock and amend the quantity to match. (carrier default: False)
            items: Required. The numbers to buy. (at least 1 items)
            timeout: Overrides the client's timeout for this call.

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
        response, body = await self._send(prepared, timeout)
        return _ops.parse_purchase_vox_numbers(response, body)

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
        response, body = await self._send(prepared, timeout)
        return _ops.parse_get_voxnumber_regions(response, body)

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
    ) -> AsyncIterator[Region]:
        """Every item of ``get_voxnumber_regions``, fetching page after page until the last one.

        Takes the same arguments as ``get_voxnumber_regions`` except ``page``; ``start_page``
        is the first page to fetch.
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
        response, body = await self._send(prepared, timeout)
        return _ops.parse_get_voxnumbers(response, body)

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
    ) -> AsyncIterator[AccountVoxnumber]:
        """Every item of ``get_voxnumbers``, fetching page after page until the last one.

        Takes the same arguments as ``get_voxnumbers`` except ``page``; ``start_page``
        is the first page to fetch.
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
    ) -> None:
        """Release VoxNumbers from the account.

        Calls ``DELETE /Voxnumbers`` (deleteVoxnumbersFromAccount); changes state on the carrier.

        Args:
            full_voxnumbers: Required. The numbers to release, E.164 without the plus sign, at most 100. (at least 1 items; at most 100 items; each item matches ``^[1-9][0-9]{6,14}$``)
            rm_if_in_use: Release numbers even when they are in use.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_delete_voxnumbers_from_account(
            full_voxnumbers=full_voxnumbers,
            rm_if_in_use=rm_if_in_use,
        )
        response, body = await self._send(prepared, timeout)
        return _ops.parse_delete_voxnumbers_from_account(response, body)
