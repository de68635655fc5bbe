"""``Client`` and ``AsyncClient`` for the iovox API; both share ``_ClientCore``."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Final

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._budget import RateBudget
from ._core import DEFAULT_TIMEOUT, ClientCore, check_credential
from ._lazy import LazyModule
from ._request import PreparedRequest, query_pairs
from ._secrets import Secret
from ._validation import Problems
from .models import (
    AccountVoxnumber,
    AssignedStatus,
    NumberType,
    PurchaseItem,
    PurchaseResult,
    Region,
    RegionField,
    RegionPage,
    VoxnumberPage,
    VoxnumberType,
)

if TYPE_CHECKING:
    from . import _operations as _ops
else:  # the builders and parsers (the package's largest module) are imported with the first call
    _ops = LazyModule(globals(), "_ops", "._operations", __package__)

#: Where the carrier answers, by name.
BASE_URLS: Final = {"production": "https://api.iovox.com:444", "sandbox": "https://sandboxapi.iovox.com:444"}

USER_AGENT: Final = "iovox_sdk/0.1.0 httpx/" + httpx.__version__
_RE_EC87030430: Final = re.compile("^[0-9a-fA-F]{32}\\Z")


class _ClientCore(ClientCore):
    """What both clients share for this carrier: credentials, URLs, query and headers; no I/O."""

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
        problems: Problems = []
        check_credential(problems, "username", username, in_header=True)
        check_credential(problems, "secure_key", secure_key, in_header=True, pattern=_RE_EC87030430)
        super().__init__(
            base_url=base_url,
            base_urls=BASE_URLS,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            problems=problems,
            secrets=(secure_key,),
        )
        self._username = username
        self._secure_key = Secret(secure_key)

    def __repr__(self) -> str:
        shown = ", ".join(
            (
                f"base_url={self.base_url!r}",
                f"username={self._username!r}",
                "secure_key='********'",
            )
        )
        return f"{type(self).__name__}({shown})"

    def _credential_pairs(self) -> tuple[tuple[str, str], ...]:
        # Credentials a rule made optional are sent only when given.
        return query_pairs(
            (
                ("username", self._username),
                ("secureKey", self._secure_key.reveal()),
            )
        )

    def _query(self, prepared: PreparedRequest) -> httpx.QueryParams:
        if prepared.credentials_in_body:
            return httpx.QueryParams(prepared.query)
        options: list[tuple[str, str]] = []
        return httpx.QueryParams([*options, *prepared.query])

    def _headers(self, prepared: PreparedRequest) -> dict[str, str]:
        headers = {"User-Agent": USER_AGENT, "Accept": "application/xml"}
        headers.update(self._credential_pairs())
        if prepared.content_type is not None:
            headers["Content-Type"] = prepared.content_type
        if prepared.soap_action is not None:
            headers["SOAPAction"] = f'"{prepared.soap_action}"'
        return headers


class Client(SyncAPIClient, _ClientCore):
    """Client for the iovox API.

    Buy, list and release iovox VoxNumbers over XML on HTTPS.

    Use it as a context manager, or call ``close()`` when done::

        with iovox_sdk.Client(username="<username>", secure_key="0123456789abcdef0123456789abcdef") as client:
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
        http_client: An ``httpx.Client`` to send requests with (for proxies, custom transports or tests);
            the SDK does not close it.
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
        self._open(http_client, RateBudget(_ops.LIMITS) if rate_budget else None)

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
            callback_url: URL the order updates are posted to, at most 120 characters. (matches ``^https?://``)
            cc_list: E-mail addresses copied on the order.
            dynamic_quantity: When true, buy only what is in stock and amend the quantity to match. (carrier default:
                False)
            items: Required. The numbers to buy. (at least 1 item)
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
        number_type: NumberType | None = None,
        country_code: int | None = None,
        area_code: int | None = None,
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
            area_code: Only this area code. (at least 0)
            req_fields: The fields to return: ac, cc, con, stn, cin, ct. (at least 1 item)
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
        number_type: NumberType | None = None,
        country_code: int | None = None,
        area_code: int | None = None,
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
            yield from page.results
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
            yield from page.results
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
            full_voxnumbers: Required. The numbers to release, E.164 without the plus sign, at most 100. (at least 1
                item; at most 100 items; each item matches ``^[1-9][0-9]{6,14}$``)
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


class AsyncClient(AsyncAPIClient, _ClientCore):
    """Asynchronous client for the iovox API.

    Buy, list and release iovox VoxNumbers over XML on HTTPS.

    Use it as an async context manager, or call ``aclose()`` when done::

        async with iovox_sdk.AsyncClient(
            username="<username>", secure_key="0123456789abcdef0123456789abcdef"
        ) as client:
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
        http_client: An ``httpx.AsyncClient`` to send requests with (for proxies, custom transports or tests);
            the SDK does not close it.
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
        self._open(http_client, RateBudget(_ops.LIMITS) if rate_budget else None)

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
            callback_url: URL the order updates are posted to, at most 120 characters. (matches ``^https?://``)
            cc_list: E-mail addresses copied on the order.
            dynamic_quantity: When true, buy only what is in stock and amend the quantity to match. (carrier default:
                False)
            items: Required. The numbers to buy. (at least 1 item)
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
        number_type: NumberType | None = None,
        country_code: int | None = None,
        area_code: int | None = None,
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
            area_code: Only this area code. (at least 0)
            req_fields: The fields to return: ac, cc, con, stn, cin, ct. (at least 1 item)
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
        number_type: NumberType | None = None,
        country_code: int | None = None,
        area_code: int | None = None,
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
            full_voxnumbers: Required. The numbers to release, E.164 without the plus sign, at most 100. (at least 1
                item; at most 100 items; each item matches ``^[1-9][0-9]{6,14}$``)
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


__all__ = [
    "BASE_URLS",
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "AsyncClient",
    "Client",
]
