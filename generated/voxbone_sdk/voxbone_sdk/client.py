"""``Client`` and ``AsyncClient`` for the Voxbone VoxAPI API; both share ``_ClientCore``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final, Literal

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._budget import RateBudget
from ._core import DEFAULT_TIMEOUT, ClientCore, check_credential
from ._lazy import LazyModule
from ._request import PreparedRequest, query_pairs
from ._secrets import Secret
from ._soap import envelope, hmac_sha1_token_hash, new_token_key, sha1_token_hash
from ._validation import Problems
from .models import (
    CancelDidResponse,
    Country,
    CreditPackage,
    Did,
    DidGroup,
    DidGroupFilter,
    DidsFilter,
    DidType,
    GetAccountBalanceResponse,
    GetOrderStatusResponse,
    IsPurchaseInfoValidResponse,
    PlaceDidsOrderResponse,
    Pop,
    Protocol,
    PurchaseInfo,
    PurchaseInfoData,
    PurchaseTollfreeCreditResponse,
    State,
    Trunk,
)

if TYPE_CHECKING:
    from . import _operations as _ops
else:  # the builders and parsers (the package's largest module) are imported with the first call
    _ops = LazyModule(globals(), "_ops", "._operations", __package__)

#: Where the carrier answers, by name.
BASE_URLS: Final = {
    "production": "https://www.voxbone.com/VoxAPI/services/VoxAPI",
    "sandbox": "http://sandbox.voxbone.com/VoxAPI/services/VoxAPI",
}

USER_AGENT: Final = "voxbone_sdk/0.1.0 httpx/" + httpx.__version__


class _ClientCore(ClientCore):
    """What both clients share for this carrier: credentials, URLs, query and headers; no I/O."""

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
        problems: Problems = []
        check_credential(problems, "username", username)
        check_credential(problems, "password", password)
        super().__init__(
            base_url=base_url,
            base_urls=BASE_URLS,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            problems=problems,
            secrets=(password,),
        )
        self._username = username
        self._password = Secret(password)
        self._token_hash = token_hash
        self._new_key = new_key

    def __repr__(self) -> str:
        shown = ", ".join(
            (
                f"base_url={self.base_url!r}",
                f"username={self._username!r}",
                "password='********'",
            )
        )
        return f"{type(self).__name__}({shown})"

    def _content(self, prepared: PreparedRequest) -> bytes:
        """The SOAP request, with a UserToken made for this attempt (a fresh nonce every time)."""
        key = self._new_key()
        token_hash = self._token_hash(self._password.reveal(), key)
        if prepared.xml_root is None:  # every SOAP operation names its element: a generator bug
            raise TypeError("a SOAP request without its request element")
        return envelope(
            "http://www.voxbone.com/VoxAPI", prepared.xml_root, self._username, key, token_hash, prepared.content
        )

    def _credential_pairs(self) -> tuple[tuple[str, str], ...]:
        # Credentials a rule made optional are sent only when given.
        return query_pairs(())

    def _query(self, prepared: PreparedRequest) -> httpx.QueryParams:
        if prepared.credentials_in_body:
            return httpx.QueryParams(prepared.query)
        options: list[tuple[str, str]] = []
        return httpx.QueryParams([*options, *prepared.query])

    def _headers(self, prepared: PreparedRequest) -> dict[str, str]:
        headers = {"User-Agent": USER_AGENT, "Accept": "application/xml"}
        if prepared.content_type is not None:
            headers["Content-Type"] = prepared.content_type
        if prepared.soap_action is not None:
            headers["SOAPAction"] = f'"{prepared.soap_action}"'
        return headers


class Client(SyncAPIClient, _ClientCore):
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
        http_client: An ``httpx.Client`` to send requests with (for proxies, custom transports or tests);
            the SDK does not close it.
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
        self._open(http_client, RateBudget(_ops.LIMITS) if rate_budget else None)

    def get_countries_list(
        self,
        *,
        type: DidType | Literal["GEOGRAPHIC", "TOLLFREE", "NATIONAL"],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> tuple[Country, ...]:
        """List the countries covered for a type of DID.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetCountriesList`` (GetCountriesList).

        Args:
            type: Required. Kind of DID whose coverage to list.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            tuple[Country, ...]

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
    ) -> tuple[State, ...]:
        """List the states of a country.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetStatesList`` (GetStatesList).

        Args:
            country_id: Required. Country, from GetCountriesList.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            tuple[State, ...]

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
        type: DidType | Literal["GEOGRAPHIC", "TOLLFREE", "NATIONAL"],
        filter: DidGroupFilter | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> tuple[DidGroup, ...]:
        """List the DIDGroups (area codes) of a country.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetDIDGroupList`` (GetDIDGroupList).

        Args:
            country_id: Required. Country, from GetCountriesList.
            type: Required. Kind of DID.
            filter: Optional filter.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            tuple[DidGroup, ...]

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

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/PlaceDIDsOrder`` (PlaceDIDsOrder); changes state on the
        carrier.

        Args:
            did_group_id: Required. DIDGroup to order from, from GetDIDGroupList.
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
    ) -> tuple[PurchaseInfoData, ...]:
        """List cities and zip codes for an area code.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetPurchaseInfoData`` (GetPurchaseInfoData).

        Args:
            country_code_a2: Required. Country, from GetCountriesList. (matches ``^(?:[A-Z]{2})$``)
            area_code: Required. Area code, from GetDIDGroupList.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            tuple[PurchaseInfoData, ...]

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
            did_group_id: Required. DIDGroup the PurchaseInfo is meant for.
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
            dids_id: Required. DID to cancel, from GetDIDsInfo.
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
        protocol: Protocol | Literal["SIP", "IAX"],
        uri: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Map DIDs to a URI.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/MapDID`` (MapDID); changes state on the carrier.

        Args:
            dids_ids: Required. DIDs to map. (at least 1 item)
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
    ) -> tuple[Did, ...]:
        """Describe the account's DIDs.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetDIDsInfo`` (GetDIDsInfo).

        Args:
            filter: Optional filter; without it all DIDs are returned.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            tuple[Did, ...]

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
    ) -> tuple[Trunk, ...]:
        """List the account's trunks.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetTrunkList`` (GetTrunkList).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            tuple[Trunk, ...]

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

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/PlaceDIDsOnTrunk`` (PlaceDIDsOnTrunk); changes state on the
        carrier.

        Args:
            dids_ids: Required. DIDs to place. (at least 1 item)
            trunk_id: Required. Trunk, from GetTrunkList.
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

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/RemoveDIDsFromTrunk`` (RemoveDIDsFromTrunk); changes state
        on the carrier.

        Args:
            dids_ids: Required. DIDs to remove. (at least 1 item)
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
    ) -> tuple[Pop, ...]:
        """List the POPs and their IP addresses.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetPOPList`` (GetPOPList).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            tuple[Pop, ...]

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

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/UpdateDelivery`` (UpdateDelivery); changes state on the
        carrier.

        Args:
            delivery_id: Required. Target POP, from GetPOPList.
            dids_ids: Required. DIDs to move. (at least 1 item)
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
    ) -> tuple[CreditPackage, ...]:
        """List the tollfree credit packages for sale.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetTollfreeCreditPackageList``
        (GetTollfreeCreditPackageList).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            tuple[CreditPackage, ...]

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

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/PurchaseTollfreeCredit`` (PurchaseTollfreeCredit); changes
        state on the carrier.

        Args:
            tollfree_credit_package_id: Required. Package, from GetTollfreeCreditPackageList.
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


class AsyncClient(AsyncAPIClient, _ClientCore):
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
        http_client: An ``httpx.AsyncClient`` to send requests with (for proxies, custom transports or tests);
            the SDK does not close it.
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
        self._open(http_client, RateBudget(_ops.LIMITS) if rate_budget else None)

    async def get_countries_list(
        self,
        *,
        type: DidType | Literal["GEOGRAPHIC", "TOLLFREE", "NATIONAL"],
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> tuple[Country, ...]:
        """List the countries covered for a type of DID.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetCountriesList`` (GetCountriesList).

        Args:
            type: Required. Kind of DID whose coverage to list.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            tuple[Country, ...]

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
    ) -> tuple[State, ...]:
        """List the states of a country.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetStatesList`` (GetStatesList).

        Args:
            country_id: Required. Country, from GetCountriesList.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            tuple[State, ...]

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
        type: DidType | Literal["GEOGRAPHIC", "TOLLFREE", "NATIONAL"],
        filter: DidGroupFilter | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> tuple[DidGroup, ...]:
        """List the DIDGroups (area codes) of a country.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetDIDGroupList`` (GetDIDGroupList).

        Args:
            country_id: Required. Country, from GetCountriesList.
            type: Required. Kind of DID.
            filter: Optional filter.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            tuple[DidGroup, ...]

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

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/PlaceDIDsOrder`` (PlaceDIDsOrder); changes state on the
        carrier.

        Args:
            did_group_id: Required. DIDGroup to order from, from GetDIDGroupList.
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
    ) -> tuple[PurchaseInfoData, ...]:
        """List cities and zip codes for an area code.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetPurchaseInfoData`` (GetPurchaseInfoData).

        Args:
            country_code_a2: Required. Country, from GetCountriesList. (matches ``^(?:[A-Z]{2})$``)
            area_code: Required. Area code, from GetDIDGroupList.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            tuple[PurchaseInfoData, ...]

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
            did_group_id: Required. DIDGroup the PurchaseInfo is meant for.
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
            dids_id: Required. DID to cancel, from GetDIDsInfo.
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
        protocol: Protocol | Literal["SIP", "IAX"],
        uri: str,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Map DIDs to a URI.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/MapDID`` (MapDID); changes state on the carrier.

        Args:
            dids_ids: Required. DIDs to map. (at least 1 item)
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
    ) -> tuple[Did, ...]:
        """Describe the account's DIDs.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetDIDsInfo`` (GetDIDsInfo).

        Args:
            filter: Optional filter; without it all DIDs are returned.
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            tuple[Did, ...]

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
    ) -> tuple[Trunk, ...]:
        """List the account's trunks.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetTrunkList`` (GetTrunkList).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            tuple[Trunk, ...]

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

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/PlaceDIDsOnTrunk`` (PlaceDIDsOnTrunk); changes state on the
        carrier.

        Args:
            dids_ids: Required. DIDs to place. (at least 1 item)
            trunk_id: Required. Trunk, from GetTrunkList.
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

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/RemoveDIDsFromTrunk`` (RemoveDIDsFromTrunk); changes state
        on the carrier.

        Args:
            dids_ids: Required. DIDs to remove. (at least 1 item)
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
    ) -> tuple[Pop, ...]:
        """List the POPs and their IP addresses.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetPOPList`` (GetPOPList).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            tuple[Pop, ...]

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

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/UpdateDelivery`` (UpdateDelivery); changes state on the
        carrier.

        Args:
            delivery_id: Required. Target POP, from GetPOPList.
            dids_ids: Required. DIDs to move. (at least 1 item)
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
    ) -> tuple[CreditPackage, ...]:
        """List the tollfree credit packages for sale.

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/GetTollfreeCreditPackageList``
        (GetTollfreeCreditPackageList).

        Args:
            timeout: Overrides the client's timeout for this call.
            max_retries: Overrides the client's retry budget for this call.
            deadline: Overrides the client's deadline (seconds, retries included) for this call.

        Returns:
            tuple[CreditPackage, ...]

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

        Calls SOAP action ``http://www.voxbone.com/VoxAPI/PurchaseTollfreeCredit`` (PurchaseTollfreeCredit); changes
        state on the carrier.

        Args:
            tollfree_credit_package_id: Required. Package, from GetTollfreeCreditPackageList.
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


__all__ = [
    "BASE_URLS",
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "AsyncClient",
    "Client",
    "hmac_sha1_token_hash",
    "new_token_key",
    "sha1_token_hash",
]
