"""Typed records and value sets of the iovox API."""

from __future__ import annotations

from decimal import Decimal
from typing import Final, Literal

from ._record import Record
from ._record import init_field as _set

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


class AdditionalInformation(Record):
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

    __slots__ = ("firstname", "lastname", "company", "street", "building_number", "city", "zipcode")

    firstname: str
    lastname: str
    company: str
    street: str
    building_number: int
    city: str
    zipcode: str

    def __init__(
        self,
        *,
        firstname: str,
        lastname: str,
        company: str,
        street: str,
        building_number: int,
        city: str,
        zipcode: str,
    ) -> None:
        _set(self, "firstname", firstname)
        _set(self, "lastname", lastname)
        _set(self, "company", company)
        _set(self, "street", street)
        _set(self, "building_number", building_number)
        _set(self, "city", city)
        _set(self, "zipcode", zipcode)


class PurchaseItem(Record):
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

    __slots__ = (
        "country_code",
        "area_code",
        "post_code",
        "city_name",
        "number_type",
        "quantity",
        "additional_information",
    )

    country_code: int
    area_code: int | None
    post_code: str | None
    city_name: str | None
    number_type: NumberType
    quantity: int
    additional_information: AdditionalInformation | None

    def __init__(
        self,
        *,
        country_code: int,
        area_code: int | None = None,
        post_code: str | None = None,
        city_name: str | None = None,
        number_type: NumberType,
        quantity: int,
        additional_information: AdditionalInformation | None = None,
    ) -> None:
        _set(self, "country_code", country_code)
        _set(self, "area_code", area_code)
        _set(self, "post_code", post_code)
        _set(self, "city_name", city_name)
        _set(self, "number_type", number_type)
        _set(self, "quantity", quantity)
        _set(self, "additional_information", additional_information)


class Voxnumber(Record):
    """A VoxNumber placed in the account.

    Attributes:
        country_code: The country IDD of the number.
        area_code: The area code of the number.
        full_voxnumber: The full number in E.164 without the plus sign.
    """

    __slots__ = ("country_code", "area_code", "full_voxnumber")

    country_code: int
    area_code: int
    full_voxnumber: str

    def __init__(
        self,
        *,
        country_code: int,
        area_code: int,
        full_voxnumber: str,
    ) -> None:
        _set(self, "country_code", country_code)
        _set(self, "area_code", area_code)
        _set(self, "full_voxnumber", full_voxnumber)


class PurchaseResult(Record):
    """The outcome of a purchase order.

    Attributes:
        order_reference: A reference for the order.
        order_status: PENDING or FULFILLED.
        voxnumbers: The numbers already fulfilled.
    """

    __slots__ = ("order_reference", "order_status", "voxnumbers")

    order_reference: str
    order_status: OrderStatus
    voxnumbers: tuple[Voxnumber, ...]

    def __init__(
        self,
        *,
        order_reference: str,
        order_status: OrderStatus,
        voxnumbers: tuple[Voxnumber, ...] = (),
    ) -> None:
        _set(self, "order_reference", order_reference)
        _set(self, "order_status", order_status)
        _set(self, "voxnumbers", voxnumbers)


class OrderCallback(Record):
    """The order update iovox posts to callback_url.

    Attributes:
        order_reference: A reference for the order.
        order_status: PENDING while more numbers are to come.
        voxnumbers: The numbers fulfilled so far.
    """

    __slots__ = ("order_reference", "order_status", "voxnumbers")

    order_reference: str
    order_status: OrderStatus
    voxnumbers: tuple[Voxnumber, ...]

    def __init__(
        self,
        *,
        order_reference: str,
        order_status: OrderStatus,
        voxnumbers: tuple[Voxnumber, ...] = (),
    ) -> None:
        _set(self, "order_reference", order_reference)
        _set(self, "order_status", order_status)
        _set(self, "voxnumbers", voxnumbers)


class Region(Record):
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

    __slots__ = (
        "area_code",
        "country_code",
        "country_name",
        "state_name",
        "city_name",
        "cost",
        "require_purchase_info",
    )

    area_code: int | None
    country_code: int | None
    country_name: str | None
    state_name: str | None
    city_name: str | None
    cost: Decimal | None
    require_purchase_info: bool | None

    def __init__(
        self,
        *,
        area_code: int | None = None,
        country_code: int | None = None,
        country_name: str | None = None,
        state_name: str | None = None,
        city_name: str | None = None,
        cost: Decimal | None = None,
        require_purchase_info: bool | None = None,
    ) -> None:
        _set(self, "area_code", area_code)
        _set(self, "country_code", country_code)
        _set(self, "country_name", country_name)
        _set(self, "state_name", state_name)
        _set(self, "city_name", city_name)
        _set(self, "cost", cost)
        _set(self, "require_purchase_info", require_purchase_info)


class RegionPage(Record):
    """One page of regions.

    Attributes:
        current_page: The page returned.
        total_pages: How many pages there are.
        total_results: How many regions match.
        results: The regions on this page.
    """

    __slots__ = ("current_page", "total_pages", "total_results", "results")

    current_page: int
    total_pages: int
    total_results: int
    results: tuple[Region, ...]

    def __init__(
        self,
        *,
        current_page: int,
        total_pages: int,
        total_results: int,
        results: tuple[Region, ...] = (),
    ) -> None:
        _set(self, "current_page", current_page)
        _set(self, "total_pages", total_pages)
        _set(self, "total_results", total_results)
        _set(self, "results", results)


class AccountVoxnumber(Record):
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

    __slots__ = (
        "voxnumber",
        "voxnumber_type",
        "country_code",
        "area_code",
        "voxnumber_country",
        "voxnumber_city",
        "assigned_status",
        "purchase_date",
    )

    voxnumber: str
    voxnumber_type: VoxnumberType | None
    country_code: int | None
    area_code: int | None
    voxnumber_country: str | None
    voxnumber_city: str | None
    assigned_status: AssignedStatus | None
    purchase_date: str | None

    def __init__(
        self,
        *,
        voxnumber: str,
        voxnumber_type: VoxnumberType | None = None,
        country_code: int | None = None,
        area_code: int | None = None,
        voxnumber_country: str | None = None,
        voxnumber_city: str | None = None,
        assigned_status: AssignedStatus | None = None,
        purchase_date: str | None = None,
    ) -> None:
        _set(self, "voxnumber", voxnumber)
        _set(self, "voxnumber_type", voxnumber_type)
        _set(self, "country_code", country_code)
        _set(self, "area_code", area_code)
        _set(self, "voxnumber_country", voxnumber_country)
        _set(self, "voxnumber_city", voxnumber_city)
        _set(self, "assigned_status", assigned_status)
        _set(self, "purchase_date", purchase_date)


class VoxnumberPage(Record):
    """One page of the account's VoxNumbers.

    Attributes:
        current_page: The page returned.
        total_pages: How many pages there are.
        total_results: How many numbers match.
        results: The numbers on this page.
    """

    __slots__ = ("current_page", "total_pages", "total_results", "results")

    current_page: int
    total_pages: int
    total_results: int
    results: tuple[AccountVoxnumber, ...]

    def __init__(
        self,
        *,
        current_page: int,
        total_pages: int,
        total_results: int,
        results: tuple[AccountVoxnumber, ...] = (),
    ) -> None:
        _set(self, "current_page", current_page)
        _set(self, "total_pages", total_pages)
        _set(self, "total_results", total_results)
        _set(self, "results", results)


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
