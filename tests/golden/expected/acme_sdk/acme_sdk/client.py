"""``Client`` and ``AsyncClient`` for the Acme Numbers API; both share ``_ClientCore``."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import AsyncIterator, Iterator, Sequence
from decimal import Decimal
from typing import Final

import httpx

from acme_sdk import _operations as _ops
from acme_sdk._runtime import MAX_RESPONSE_BYTES, PreparedRequest, Secret, raise_problems
from acme_sdk.errors import MalformedResponseError, TransportError, TransportTimeoutError
from acme_sdk.models import (
    Contact,
    KIND_VALUES,
    Kind,
    Number,
    NumberPage,
)

#: Where the carrier answers, by name.
BASE_URLS: Final = {"production": "https://api.acme.test/v2", "sandbox": "https://sandbox.acme.test/v2"}

#: Connect within 5 s; read, write and pool waits within 30 s.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)

# Credentials ride in headers or URLs: a stray newline or NUL would corrupt the request.
_UNSENDABLE: Final = re.compile(r"[\x00-\x1f\x7f]")

USER_AGENT: Final = "acme_sdk/0.1.0 httpx/" + httpx.__version__


_RE_7FBC9DB5C2: Final = re.compile("^[a-f0-9]{16}\\Z")


class _ClientCore:
    """What both clients share: credentials, URLs and headers; no I/O."""

    def __init__(
        self,
        *,
        api_user: str,
        api_key: str,
        base_url: str,
        timeout: float | httpx.Timeout | None,
    ) -> None:
        problems: list[tuple[str, str]] = []
        if not isinstance(api_user, str) or not api_user or _UNSENDABLE.search(api_user):
            problems.append(("api_user", "must be a non-empty string without control characters"))
        if not isinstance(api_key, str) or not api_key or _UNSENDABLE.search(api_key):
            problems.append(("api_key", "must be a non-empty string without control characters"))
        elif _RE_7FBC9DB5C2.search(api_key) is None:
            problems.append(("api_key", "must match ^[a-f0-9]{16}$"))
        base = BASE_URLS.get(base_url, base_url)
        if not base.startswith(("https://", "http://")):
            problems.append(("base_url", "must be one of " + ", ".join(BASE_URLS) + " or an http(s) URL"))
        raise_problems(problems)
        self._api_user = api_user
        self._api_key = Secret(api_key)
        self.base_url: str = base.rstrip("/")
        self._timeout = DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout)

    def __repr__(self) -> str:
        shown = ", ".join(
            (
                f"base_url={self.base_url!r}",
                f"api_user={self._api_user!r}",
                f"api_key='********'",
            )
        )
        return f"{type(self).__name__}({shown})"

    def _url(self, prepared: PreparedRequest) -> str:
        return self.base_url + prepared.path

    def _query(self, prepared: PreparedRequest) -> httpx.QueryParams:
        return httpx.QueryParams(
            [
                ("api_user", self._api_user),
                ("api_key", self._api_key.reveal()),
                *prepared.query,
            ]
        )

    def _headers(self, prepared: PreparedRequest) -> dict[str, str]:
        headers = {
            "User-Agent": USER_AGENT,
            "Accept": "application/xml",
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
    """Client for the Acme Numbers API.

    A fictional carrier used to pin the generator's output.

    Use it as a context manager, or call ``close()`` when done::

        with acme_sdk.Client(api_user="<api_user>", api_key="<api_key>") as client:
            ...

    Args:
        api_user: The API user.
        api_key: The API key.
        base_url: production or sandbox (a name from ``BASE_URLS``) or any URL; production by default.
        timeout: Seconds, or an ``httpx.Timeout``; {DEFAULT_TIMEOUT} by default.
        http_client: An ``httpx.Client`` to send requests with (for proxies, custom transports or tests); the SDK does not close it.
    """

    def __init__(
        self,
        *,
        api_user: str,
        api_key: str,
        base_url: str = "production",
        timeout: float | httpx.Timeout | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_user=api_user,
            api_key=api_key,
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

    def list_numbers(
        self,
        *,
        kind: Kind | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        page: int | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> NumberPage:
        """List numbers.

        Calls ``GET /numbers`` (listNumbers).

        Args:
            kind: Only this kind.
            date_from: From this day.
            date_to: Up to this day.
            page: The page. (at least 1; carrier default: 1)
            timeout: Overrides the client's timeout for this call.

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
        )
        response, body = self._send(prepared, timeout)
        return _ops.parse_list_numbers(response, body)

    def iter_list_numbers(
        self,
        *,
        kind: Kind | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        start_page: int = 1,
        timeout: float | httpx.Timeout | None = None,
    ) -> Iterator[Number]:
        """Every item of ``list_numbers``, fetching page after page until the last one.

        Takes the same arguments as ``list_numbers`` except ``page``; ``start_page``
        is the first page to fetch.
        """
        page_number = start_page
        while True:
            page = self.list_numbers(
                kind=kind,
                date_from=date_from,
                date_to=date_to,
                page=page_number,
                timeout=timeout,
            )
            for item in page.numbers:
                yield item
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
    ) -> Number:
        """Order a number for a contact.

        Calls ``POST /accounts/{account}/orders`` (orderNumber); changes state on the carrier.

        Args:
            account: Required. The account.
            contacts: Required. Contacts. (at least 1 items; at most 3 items)
            express: Rush the order.
            mode: create or update.
            reference: Needed to update.
            timeout: Overrides the client's timeout for this call.

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
        response, body = self._send(prepared, timeout)
        return _ops.parse_order_number(response, body)

    def release_numbers(
        self,
        *,
        numbers: Sequence[str],
        force: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Release numbers.

        Calls ``DELETE /numbers`` (releaseNumbers); changes state on the carrier.

        Args:
            numbers: Required. Numbers. (at most 10 items; each item matches ``^[0-9]+$``)
            force: Even in use.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_release_numbers(
            numbers=numbers,
            force=force,
        )
        response, body = self._send(prepared, timeout)
        return _ops.parse_release_numbers(response, body)

    def send_fax(
        self,
        *,
        to: str,
        document: bytes,
        fine: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Send a fax.

        Calls ``POST /faxes`` (sendFax); changes state on the carrier.

        Args:
            to: Required. Destination number. (matches ``^[0-9]+$``)
            document: Required. The PDF to send.
            fine: Fine resolution.
            timeout: Overrides the client's timeout for this call.

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
        response, body = self._send(prepared, timeout)
        return _ops.parse_send_fax(response, body)

    def set_note(
        self,
        *,
        note: str,
        tags: Sequence[Kind] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Set the account note.

        Calls ``PUT /notes`` (setNote); changes state on the carrier.

        Args:
            note: Required. The note. (at most 50 characters)
            tags: Tags.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_note(
            note=note,
            tags=tags,
        )
        response, body = self._send(prepared, timeout)
        return _ops.parse_set_note(response, body)


class AsyncClient(_ClientCore):
    """Asynchronous client for the Acme Numbers API.

    A fictional carrier used to pin the generator's output.

    Use it as an async context manager, or call ``aclose()`` when done::

        async with acme_sdk.AsyncClient(api_user="<api_user>", api_key="<api_key>") as client:
            ...

    Args:
        api_user: The API user.
        api_key: The API key.
        base_url: production or sandbox (a name from ``BASE_URLS``) or any URL; production by default.
        timeout: Seconds, or an ``httpx.Timeout``; {DEFAULT_TIMEOUT} by default.
        http_client: An ``httpx.AsyncClient`` to send requests with (for proxies, custom transports or tests); the SDK does not close it.
    """

    def __init__(
        self,
        *,
        api_user: str,
        api_key: str,
        base_url: str = "production",
        timeout: float | httpx.Timeout | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_user=api_user,
            api_key=api_key,
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

    async def list_numbers(
        self,
        *,
        kind: Kind | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        page: int | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> NumberPage:
        """List numbers.

        Calls ``GET /numbers`` (listNumbers).

        Args:
            kind: Only this kind.
            date_from: From this day.
            date_to: Up to this day.
            page: The page. (at least 1; carrier default: 1)
            timeout: Overrides the client's timeout for this call.

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
        )
        response, body = await self._send(prepared, timeout)
        return _ops.parse_list_numbers(response, body)

    async def iter_list_numbers(
        self,
        *,
        kind: Kind | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        start_page: int = 1,
        timeout: float | httpx.Timeout | None = None,
    ) -> AsyncIterator[Number]:
        """Every item of ``list_numbers``, fetching page after page until the last one.

        Takes the same arguments as ``list_numbers`` except ``page``; ``start_page``
        is the first page to fetch.
        """
        page_number = start_page
        while True:
            page = await self.list_numbers(
                kind=kind,
                date_from=date_from,
                date_to=date_to,
                page=page_number,
                timeout=timeout,
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
    ) -> Number:
        """Order a number for a contact.

        Calls ``POST /accounts/{account}/orders`` (orderNumber); changes state on the carrier.

        Args:
            account: Required. The account.
            contacts: Required. Contacts. (at least 1 items; at most 3 items)
            express: Rush the order.
            mode: create or update.
            reference: Needed to update.
            timeout: Overrides the client's timeout for this call.

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
        response, body = await self._send(prepared, timeout)
        return _ops.parse_order_number(response, body)

    async def release_numbers(
        self,
        *,
        numbers: Sequence[str],
        force: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Release numbers.

        Calls ``DELETE /numbers`` (releaseNumbers); changes state on the carrier.

        Args:
            numbers: Required. Numbers. (at most 10 items; each item matches ``^[0-9]+$``)
            force: Even in use.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_release_numbers(
            numbers=numbers,
            force=force,
        )
        response, body = await self._send(prepared, timeout)
        return _ops.parse_release_numbers(response, body)

    async def send_fax(
        self,
        *,
        to: str,
        document: bytes,
        fine: bool | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Send a fax.

        Calls ``POST /faxes`` (sendFax); changes state on the carrier.

        Args:
            to: Required. Destination number. (matches ``^[0-9]+$``)
            document: Required. The PDF to send.
            fine: Fine resolution.
            timeout: Overrides the client's timeout for this call.

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
        response, body = await self._send(prepared, timeout)
        return _ops.parse_send_fax(response, body)

    async def set_note(
        self,
        *,
        note: str,
        tags: Sequence[Kind] | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> None:
        """Set the account note.

        Calls ``PUT /notes`` (setNote); changes state on the carrier.

        Args:
            note: Required. The note. (at most 50 characters)
            tags: Tags.
            timeout: Overrides the client's timeout for this call.

        Raises:
            ValidationError: An argument breaks the spec; nothing was sent.
            ApiError: The carrier reported an error.
            TransportError: The request could not complete.
        """
        prepared = _ops.build_set_note(
            note=note,
            tags=tags,
        )
        response, body = await self._send(prepared, timeout)
        return _ops.parse_set_note(response, body)
