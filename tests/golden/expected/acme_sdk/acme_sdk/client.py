"""``Client`` and ``AsyncClient`` for the Acme Numbers API; both share ``_ClientCore``."""

from __future__ import annotations

import datetime as _dt
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
from ._validation import Problems, raise_problems
from .models import (
    Contact,
    Kind,
    Number,
    NumberPage,
)

if TYPE_CHECKING:
    from . import _operations as _ops
else:  # the builders and parsers (the package's largest module) are imported with the first call
    _ops = LazyModule(globals(), "_ops", "._operations", __package__)

#: Where the carrier answers, by name.
BASE_URLS: Final = {"production": "https://api.acme.test/v2", "sandbox": "https://sandbox.acme.test/v2"}

USER_AGENT: Final = "acme_sdk/0.1.0 httpx/" + httpx.__version__
_RE_3F50B249C8: Final = re.compile("^[0-9]{4,8}\\Z")
_RE_7FBC9DB5C2: Final = re.compile("^[a-f0-9]{16}\\Z")


class _ClientCore(ClientCore):
    """What both clients share for this carrier: credentials, URLs, query and headers; no I/O."""

    def __init__(
        self,
        *,
        api_user: str | None = None,
        account_id: str | None = None,
        api_key: str,
        base_url: str,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        deadline: float,
    ) -> None:
        problems: Problems = []
        check_credential(problems, "api_user", api_user, optional=True)
        check_credential(problems, "account_id", account_id, optional=True, pattern=_RE_3F50B249C8)
        check_credential(problems, "api_key", api_key, pattern=_RE_7FBC9DB5C2)
        if api_user is None and account_id is None:
            problems.append(("api_user", "give api_user or account_id"))
        super().__init__(
            base_url=base_url,
            base_urls=BASE_URLS,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            problems=problems,
            secrets=(api_key,),
        )
        self._api_user = api_user
        self._account_id = account_id
        self._api_key = Secret(api_key)

    def __repr__(self) -> str:
        shown = ", ".join(
            (
                f"base_url={self.base_url!r}",
                f"api_user={self._api_user!r}",
                f"account_id={self._account_id!r}",
                "api_key='********'",
            )
        )
        return f"{type(self).__name__}({shown})"

    def _credential_pairs(self) -> tuple[tuple[str, str], ...]:
        # Credentials a rule made optional are sent only when given.
        return query_pairs(
            (
                ("api_user", self._api_user),
                ("account_id", self._account_id),
                ("api_key", self._api_key.reveal()),
            )
        )

    def _query(self, prepared: PreparedRequest) -> httpx.QueryParams:
        if prepared.credentials_in_body:
            return httpx.QueryParams(prepared.query)
        options: list[tuple[str, str]] = []
        return httpx.QueryParams([*self._credential_pairs(), *options, *prepared.query])

    def _headers(self, prepared: PreparedRequest) -> dict[str, str]:
        headers = {"User-Agent": USER_AGENT, "Accept": "application/xml"}
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
    """Client for the Acme Numbers API.

    A fictional carrier used to pin the generator's output.

    Use it as a context manager, or call ``close()`` when done::

        with acme_sdk.Client(api_user="<api_user>", account_id="1234", api_key="0123456789abcdef") as client:
            ...

    Args:
        api_user: The API user.
        account_id: The account number (instead of the user).
        api_key: The API key.
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
        api_user: str | None = None,
        account_id: str | None = None,
        api_key: str,
        base_url: str = "production",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        deadline: float = 60.0,
        rate_budget: bool = False,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_user=api_user,
            account_id=account_id,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        self._open(http_client, RateBudget(_ops.LIMITS) if rate_budget else None)

    def list_numbers(
        self,
        *,
        kind: Kind | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        page: int | None = None,
        pin: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> NumberPage:
        """List numbers.

        Calls ``GET /numbers`` (listNumbers).

        Args:
            kind: Only this kind.
            date_from: From this day.
            date_to: Up to this day.
            page: The page. (at least 1; carrier default: 1)
            pin: The account PIN, where the account has one.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            NumberPage

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_list_numbers(
            kind=kind,
            date_from=date_from,
            date_to=date_to,
            page=page,
            pin=pin,
        )
        return self._call(prepared, _ops.parse_list_numbers, timeout, max_retries, deadline)

    def iter_list_numbers(
        self,
        *,
        kind: Kind | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        pin: str | None = None,
        start_page: int = 1,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Iterator[Number]:
        """Every item of ``list_numbers``, fetching page after page until the last one.

        Takes the same arguments as ``list_numbers`` except ``page``; ``start_page``
        is the first page to fetch. Retries, timeout and deadline apply to each page.
        """
        page_number = start_page
        while True:
            page = self.list_numbers(
                kind=kind,
                date_from=date_from,
                date_to=date_to,
                pin=pin,
                page=page_number,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            )
            yield from page.numbers
            if not page.numbers or page.page >= page.pages:
                return
            page_number = page.page + 1

    def order_number(
        self,
        *,
        account: str,
        contacts: Sequence[Contact],
        express: bool | None = None,
        mode: str | None = None,
        reference: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Number:
        """Order a number for a contact.

        Calls ``POST /accounts/{account}/orders`` (orderNumber); changes state on the carrier.

        Args:
            account: Required. The account.
            contacts: Required. Contacts. (at least 1 item; at most 3 items)
            express: Rush the order.
            mode: create or update.
            reference: Needed to update.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Number

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_number(
            account=account,
            contacts=contacts,
            express=express,
            mode=mode,
            reference=reference,
        )
        return self._call(prepared, _ops.parse_order_number, timeout, max_retries, deadline)

    def release_numbers(
        self,
        *,
        numbers: Sequence[str],
        force: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Release numbers.

        Calls ``DELETE /numbers`` (releaseNumbers); changes state on the carrier.

        Args:
            numbers: Required. Numbers. (at most 10 items; each item matches ``^[0-9]+$``)
            force: Even in use.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_release_numbers(
            numbers=numbers,
            force=force,
        )
        return self._call(prepared, _ops.parse_release_numbers, timeout, max_retries, deadline)

    def send_fax(
        self,
        *,
        to: str,
        document: bytes,
        fine: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Send a fax.

        Calls ``POST /faxes`` (sendFax); changes state on the carrier.

        Args:
            to: Required. Destination number. (matches ``^[0-9]+$``)
            document: Required. The PDF to send.
            fine: Fine resolution.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_send_fax(
            to=to,
            document=document,
            fine=fine,
        )
        return self._call(prepared, _ops.parse_send_fax, timeout, max_retries, deadline)

    def set_note(
        self,
        *,
        note: str,
        tags: Sequence[Kind] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Set the account note.

        Calls ``PUT /notes`` (setNote); changes state on the carrier.

        Args:
            note: Required. The note. (at most 50 characters)
            tags: Tags.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_note(
            note=note,
            tags=tags,
        )
        return self._call(prepared, _ops.parse_set_note, timeout, max_retries, deadline)


class AsyncClient(AsyncAPIClient, _ClientCore):
    """Asynchronous client for the Acme Numbers API.

    A fictional carrier used to pin the generator's output.

    Use it as an async context manager, or call ``aclose()`` when done::

        async with acme_sdk.AsyncClient(api_user="<api_user>", account_id="1234", api_key="0123456789abcdef") as client:
            ...

    Args:
        api_user: The API user.
        account_id: The account number (instead of the user).
        api_key: The API key.
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
        api_user: str | None = None,
        account_id: str | None = None,
        api_key: str,
        base_url: str = "production",
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        deadline: float = 60.0,
        rate_budget: bool = False,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_user=api_user,
            account_id=account_id,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
        )
        self._open(http_client, RateBudget(_ops.LIMITS) if rate_budget else None)

    async def list_numbers(
        self,
        *,
        kind: Kind | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        page: int | None = None,
        pin: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> NumberPage:
        """List numbers.

        Calls ``GET /numbers`` (listNumbers).

        Args:
            kind: Only this kind.
            date_from: From this day.
            date_to: Up to this day.
            page: The page. (at least 1; carrier default: 1)
            pin: The account PIN, where the account has one.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            NumberPage

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_list_numbers(
            kind=kind,
            date_from=date_from,
            date_to=date_to,
            page=page,
            pin=pin,
        )
        return await self._call(prepared, _ops.parse_list_numbers, timeout, max_retries, deadline)

    async def iter_list_numbers(
        self,
        *,
        kind: Kind | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        pin: str | None = None,
        start_page: int = 1,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> AsyncIterator[Number]:
        """Every item of ``list_numbers``, fetching page after page until the last one.

        Takes the same arguments as ``list_numbers`` except ``page``; ``start_page``
        is the first page to fetch. Retries, timeout and deadline apply to each page.
        """
        page_number = start_page
        while True:
            page = await self.list_numbers(
                kind=kind,
                date_from=date_from,
                date_to=date_to,
                pin=pin,
                page=page_number,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            )
            for item in page.numbers:
                yield item
            if not page.numbers or page.page >= page.pages:
                return
            page_number = page.page + 1

    async def order_number(
        self,
        *,
        account: str,
        contacts: Sequence[Contact],
        express: bool | None = None,
        mode: str | None = None,
        reference: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Number:
        """Order a number for a contact.

        Calls ``POST /accounts/{account}/orders`` (orderNumber); changes state on the carrier.

        Args:
            account: Required. The account.
            contacts: Required. Contacts. (at least 1 item; at most 3 items)
            express: Rush the order.
            mode: create or update.
            reference: Needed to update.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            Number

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_order_number(
            account=account,
            contacts=contacts,
            express=express,
            mode=mode,
            reference=reference,
        )
        return await self._call(prepared, _ops.parse_order_number, timeout, max_retries, deadline)

    async def release_numbers(
        self,
        *,
        numbers: Sequence[str],
        force: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Release numbers.

        Calls ``DELETE /numbers`` (releaseNumbers); changes state on the carrier.

        Args:
            numbers: Required. Numbers. (at most 10 items; each item matches ``^[0-9]+$``)
            force: Even in use.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_release_numbers(
            numbers=numbers,
            force=force,
        )
        return await self._call(prepared, _ops.parse_release_numbers, timeout, max_retries, deadline)

    async def send_fax(
        self,
        *,
        to: str,
        document: bytes,
        fine: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Send a fax.

        Calls ``POST /faxes`` (sendFax); changes state on the carrier.

        Args:
            to: Required. Destination number. (matches ``^[0-9]+$``)
            document: Required. The PDF to send.
            fine: Fine resolution.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_send_fax(
            to=to,
            document=document,
            fine=fine,
        )
        return await self._call(prepared, _ops.parse_send_fax, timeout, max_retries, deadline)

    async def set_note(
        self,
        *,
        note: str,
        tags: Sequence[Kind] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Set the account note.

        Calls ``PUT /notes`` (setNote); changes state on the carrier.

        Args:
            note: Required. The note. (at most 50 characters)
            tags: Tags.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_note(
            note=note,
            tags=tags,
        )
        return await self._call(prepared, _ops.parse_set_note, timeout, max_retries, deadline)


__all__ = [
    "BASE_URLS",
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "AsyncClient",
    "Client",
]
