"""``Client`` and ``AsyncClient`` for the Acme Numbers API; both share ``_ClientCore``."""

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

from acme_sdk import _operations as _ops
from acme_sdk._budget import RateBudget
from acme_sdk._logging import logger, scrubbed, secret_filter
from acme_sdk._retry import RetryPolicy, error_retryable, next_delay, retry_after, transport_retryable
from acme_sdk._runtime import (
    MAX_RESPONSE_BYTES,
    PreparedRequest,
    Secret,
    check_list,
    check_scalar,
    raise_problems,
    xml_escape,
)
from acme_sdk.errors import (
    ApiError,
    MalformedResponseError,
    SdkError,
    TransportError,
    TransportTimeoutError,
)

_T = TypeVar("_T")
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
_RE_3F50B249C8: Final = re.compile("^[0-9]{4,8}\\Z")
_RE_7FBC9DB5C2: Final = re.compile("^[a-f0-9]{16}\\Z")

USER_AGENT: Final = "acme_sdk/0.1.0 httpx/" + httpx.__version__


class _ClientCore:
    """What both clients share: credentials, URLs and headers; no I/O."""

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
        problems: list[tuple[str, str]] = []
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or not 0 <= max_retries <= 10:
            problems.append(("max_retries", "must be an integer from 0 to 10"))
        if not isinstance(deadline, (int, float)) or isinstance(deadline, bool) or not deadline > 0:
            problems.append(("deadline", "must be a positive number of seconds"))
        if api_user is None:
            pass
        elif not isinstance(api_user, str) or not api_user or _UNSENDABLE.search(api_user):
            problems.append(("api_user", "must be a non-empty string without control characters"))
        if account_id is None:
            pass
        elif not isinstance(account_id, str) or not account_id or _UNSENDABLE.search(account_id):
            problems.append(("account_id", "must be a non-empty string without control characters"))
        elif _RE_3F50B249C8.search(account_id) is None:
            problems.append(("account_id", "must match ^[0-9]{4,8}$"))
        if not isinstance(api_key, str) or not api_key or _UNSENDABLE.search(api_key):
            problems.append(("api_key", "must be a non-empty string without control characters"))
        elif _RE_7FBC9DB5C2.search(api_key) is None:
            problems.append(("api_key", "must match ^[a-f0-9]{16}$"))
        if api_user is None and account_id is None:
            problems.append(("api_user", "give api_user or account_id"))
        base = BASE_URLS.get(base_url, base_url)
        if not base.startswith(("https://", "http://")):
            problems.append(("base_url", "must be one of " + ", ".join(BASE_URLS) + " or an http(s) URL"))
        raise_problems(problems)
        self._api_user = api_user
        self._account_id = account_id
        self._api_key = Secret(api_key)
        self.base_url: str = base.rstrip("/")
        self._timeout = DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout)
        self._retry = RetryPolicy(max_retries=max_retries, deadline=float(deadline))
        self._rng = random.Random()
        secret_filter.register(
            self,
            tuple(secret for secret in (api_key,) if secret is not None),
        )

    def __repr__(self) -> str:
        shown = ", ".join(
            (
                f"base_url={self.base_url!r}",
                f"api_user={self._api_user!r}",
                f"account_id={self._account_id!r}",
                f"api_key='********'",
            )
        )
        return f"{type(self).__name__}({shown})"

    def _url(self, prepared: PreparedRequest) -> str:
        return self.base_url + prepared.path

    def _credential_pairs(self) -> tuple[tuple[str, str], ...]:
        pairs: tuple[tuple[str, str | None], ...] = (
            ("api_user", self._api_user),
            ("account_id", self._account_id),
            ("api_key", self._api_key.reveal()),
        )
        # Credentials a rule made optional are sent only when given.
        return tuple((name, value) for name, value in pairs if value is not None)

    def _query(self, prepared: PreparedRequest) -> httpx.QueryParams:
        if prepared.credentials_in_body:
            return httpx.QueryParams(prepared.query)
        options: list[tuple[str, str]] = []
        return httpx.QueryParams([*self._credential_pairs(), *options, *prepared.query])

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
        sent = {name for name, _ in self._credential_pairs()}
        clashes = [name for name, _ in prepared.query if name in sent]
        raise_problems(
            [(name, "has the name of a credential this client sends; authenticate another way") for name in clashes]
        )

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
    """Client for the Acme Numbers API.

    A fictional carrier used to pin the generator's output.

    Use it as a context manager, or call ``close()`` when done::

        with acme_sdk.Client(api_user="<api_user>", account_id="<account_id>", api_key="<api_key>") as client:
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
        http_client: An ``httpx.Client`` to send requests with (for proxies, custom transports or tests); the SDK does not close it.
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

        worker = threading.Thread(target=exchange, name="acme_sdk-exchange", daemon=True)
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

    def list_numbers(
        self,
        *,
        kind: Kind | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        page: int | None = None,
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
        )
        return self._call(prepared, _ops.parse_list_numbers, timeout, max_retries, deadline)

    def iter_list_numbers(
        self,
        *,
        kind: Kind | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
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
            contacts: Required. Contacts. (at least 1 items; at most 3 items)
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


class AsyncClient(_ClientCore):
    """Asynchronous client for the Acme Numbers API.

    A fictional carrier used to pin the generator's output.

    Use it as an async context manager, or call ``aclose()`` when done::

        async with acme_sdk.AsyncClient(api_user="<api_user>", account_id="<account_id>", api_key="<api_key>") as client:
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
        http_client: An ``httpx.AsyncClient`` to send requests with (for proxies, custom transports or tests); the SDK does not close it.
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

    async def list_numbers(
        self,
        *,
        kind: Kind | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
        page: int | None = None,
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
        )
        return await self._call(prepared, _ops.parse_list_numbers, timeout, max_retries, deadline)

    async def iter_list_numbers(
        self,
        *,
        kind: Kind | None = None,
        date_from: _dt.date | None = None,
        date_to: _dt.date | None = None,
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
            contacts: Required. Contacts. (at least 1 items; at most 3 items)
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
