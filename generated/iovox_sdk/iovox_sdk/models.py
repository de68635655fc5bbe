"""Typed records and value sets of the iovox API."""

from __future__ import annotations

from decimal import Decimal
from typing import Final, Literal

from ._record import Record

NumberType = Literal["NATIONAL", "GEOGRAPHIC", "TOLLFREE"]
"""The kind of number to buy."""

NUMBER_TYPE_VALUES: Final[frozenset[NumberType]] = frozenset({"NATIONAL", "GEOGRAPHIC", "TOLLFREE"})

VoxnumberType = Literal["LOCAL", "NATIONAL"]
"""Whether a VoxNumber is local or national."""

VOXNUMBER_TYPE_VALUES: Final[frozenset[VoxnumberType]] = frozenset({"LOCAL", "NATIONAL"})

AssignedStatus = Literal["ASSIGNED", "UNASSIGNED"]
"""Whether a VoxNumber is assigned to a link."""

ASSIGNED_STATUS_VALUES: Final[frozenset[AssignedStatus]] = frozenset({"ASSIGNED", "UNASSIGNED"})

OrderStatus = Literal["PENDING", "FULFILLED"]
"""PENDING until every number of the order is in the account, then FULFILLED."""

ORDER_STATUS_VALUES: Final[frozenset[OrderStatus]] = frozenset({"PENDING", "FULFILLED"})

RegionField = Literal["ac", "cc", "con", "stn", "cin", "ct"]
"""A field getVoxnumberRegions can return."""

REGION_FIELD_VALUES: Final[frozenset[RegionField]] = frozenset({"ac", "cc", "con", "stn", "cin", "ct"})


class AdditionalInformation(Record, kw_only=True):
    """Legal billing contact some countries require before a purchase.

    Attributes:
        firstname: First name of the billing contact. (at least 1 character)
        lastname: Last name of the billing contact. (at least 1 character)
        company: Company name of the billing contact. (at least 1 character)
        street: Street name of the billing contact. (at least 1 character)
        building_number: Building number of the billing contact. (at least 0)
        city: City of the billing contact. (at least 1 character)
        zipcode: Zipcode of the city of the billing contact. (at least 1 character)
    """

    firstname: str
    lastname: str
    company: str
    street: str
    building_number: int
    city: str
    zipcode: str


class PurchaseItem(Record, kw_only=True):
    """One line of a purchase order.

    Attributes:
        country_code: The IDD (international dialling) code of the country. (at least 1)
        area_code: The area code of the region to buy in. (at least 0)
        post_code: The post code of the region to buy in (UK and FR only). (at least 1 character)
        city_name: The city, spelled as getVoxnumberRegions returns it. (at least 1 character)
        number_type: The kind of number to buy.
        quantity: How many numbers to buy. (at least 1; at most 250)
        additional_information: Billing contact the country may require.
    """

    country_code: int
    area_code: int | None = None
    post_code: str | None = None
    city_name: str | None = None
    number_type: NumberType
    quantity: int
    additional_information: AdditionalInformation | None = None


class Voxnumber(Record, kw_only=True):
    """A VoxNumber placed in the account.

    Attributes:
        country_code: The country IDD of the number.
        area_code: The area code of the number.
        full_voxnumber: The full number in E.164 without the plus sign.
    """

    country_code: int
    area_code: int
    full_voxnumber: str


class PurchaseResult(Record, kw_only=True):
    """The outcome of a purchase order.

    Attributes:
        order_reference: A reference for the order.
        order_status: PENDING or FULFILLED.
        voxnumbers: The numbers already fulfilled.
    """

    order_reference: str
    order_status: OrderStatus
    voxnumbers: tuple[Voxnumber, ...] = ()


class OrderCallback(Record, kw_only=True):
    """The order update iovox posts to callback_url.

    Attributes:
        order_reference: A reference for the order.
        order_status: PENDING while more numbers are to come.
        voxnumbers: The numbers fulfilled so far.
    """

    order_reference: str
    order_status: OrderStatus
    voxnumbers: tuple[Voxnumber, ...] = ()


class Region(Record, kw_only=True):
    """A region where VoxNumbers can be bought.

    Attributes:
        area_code: The area code of the region.
        country_code: The IDD of the country.
        country_name: The name of the country.
        state_name: The state, where the country has states.
        city_name: The city of the region.
        cost: The cost of a number in the region.
        require_purchase_info: Whether a purchase needs additional_information.
    """

    area_code: int | None = None
    country_code: int | None = None
    country_name: str | None = None
    state_name: str | None = None
    city_name: str | None = None
    cost: Decimal | None = None
    require_purchase_info: bool | None = None


class RegionPage(Record, kw_only=True):
    """One page of regions.

    Attributes:
        current_page: The page returned.
        total_pages: How many pages there are.
        total_results: How many regions match.
        results: The regions on this page.
    """

    current_page: int
    total_pages: int
    total_results: int
    results: tuple[Region, ...] = ()


class AccountVoxnumber(Record, kw_only=True):
    """A VoxNumber held by the account.

    Attributes:
        voxnumber: The number in E.164 without the plus sign.
        voxnumber_type: LOCAL or NATIONAL.
        country_code: The IDD of the country.
        area_code: The area code of the number.
        voxnumber_country: The country of the number.
        voxnumber_city: The city of the number.
        assigned_status: ASSIGNED or UNASSIGNED.
        purchase_date: When the number was bought.
    """

    voxnumber: str
    voxnumber_type: VoxnumberType | None = None
    country_code: int | None = None
    area_code: int | None = None
    voxnumber_country: str | None = None
    voxnumber_city: str | None = None
    assigned_status: AssignedStatus | None = None
    purchase_date: str | None = None


class VoxnumberPage(Record, kw_only=True):
    """One page of the account's VoxNumbers.

    Attributes:
        current_page: The page returned.
        total_pages: How many pages there are.
        total_results: How many numbers match.
        results: The numbers on this page.
    """

    current_page: int
    total_pages: int
    total_results: int
    results: tuple[AccountVoxnumber, ...] = ()


__all__ = [
    "AccountVoxnumber",
    "AdditionalInformation",
    "AssignedStatus",
    "NumberType",
    "OrderCallback",
    "OrderStatus",
    "PurchaseItem",
    "PurchaseResult",
    "Region",
    "RegionField",
    "RegionPage",
    "Voxnumber",
    "VoxnumberPage",
    "VoxnumberType",
]
