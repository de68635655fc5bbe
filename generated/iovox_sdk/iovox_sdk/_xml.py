"""XML writers and readers, one straight-line function per record."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, cast

from ._deadline import check_deadline
from ._request import xml_escape
from ._xmlio import (
    read_bool,
    read_decimal,
    read_enum,
    read_int,
    read_str,
    required,
)
from .models import (
    ASSIGNED_STATUS_VALUES,
    ORDER_STATUS_VALUES,
    VOXNUMBER_TYPE_VALUES,
    AccountVoxnumber,
    AdditionalInformation,
    AssignedStatus,
    OrderCallback,
    OrderStatus,
    PurchaseItem,
    PurchaseResult,
    Region,
    RegionPage,
    Voxnumber,
    VoxnumberPage,
    VoxnumberType,
)


def write_additional_information(value: AdditionalInformation, out: list[str]) -> None:
    """Append the child elements of a AdditionalInformation to ``out``."""
    out.append("<firstname>" + xml_escape(value.firstname) + "</firstname>")
    out.append("<lastname>" + xml_escape(value.lastname) + "</lastname>")
    out.append("<company>" + xml_escape(value.company) + "</company>")
    out.append("<street>" + xml_escape(value.street) + "</street>")
    out.append("<building_number>" + str(value.building_number) + "</building_number>")
    out.append("<city>" + xml_escape(value.city) + "</city>")
    out.append("<zipcode>" + xml_escape(value.zipcode) + "</zipcode>")


def write_purchase_item(value: PurchaseItem, out: list[str]) -> None:
    """Append the child elements of a PurchaseItem to ``out``."""
    out.append("<country_code>" + str(value.country_code) + "</country_code>")
    if value.area_code is not None:
        out.append("<area_code>" + str(value.area_code) + "</area_code>")
    if value.post_code is not None:
        out.append("<post_code>" + xml_escape(value.post_code) + "</post_code>")
    if value.city_name is not None:
        out.append("<city_name>" + xml_escape(value.city_name) + "</city_name>")
    out.append("<number_type>" + xml_escape(str(value.number_type)) + "</number_type>")
    out.append("<quantity>" + str(value.quantity) + "</quantity>")
    if value.additional_information is not None:
        out.append("<additional_information>")
        write_additional_information(value.additional_information, out)
        out.append("</additional_information>")


def read_voxnumber(element: Any, path: str) -> Voxnumber:
    """Read a Voxnumber from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    country_code: int | None = None
    area_code: int | None = None
    full_voxnumber: str | None = None
    for child in element:
        tag = child.tag
        if tag == "country_code":
            country_code = read_int(child.text, path + "/country_code")
        elif tag == "area_code":
            area_code = read_int(child.text, path + "/area_code")
        elif tag == "full_voxnumber":
            full_voxnumber = read_str(child.text)
    return Voxnumber(
        country_code=required(country_code, path + "/country_code"),
        area_code=required(area_code, path + "/area_code"),
        full_voxnumber=required(full_voxnumber, path + "/full_voxnumber"),
    )


def read_purchase_result(element: Any, path: str) -> PurchaseResult:
    """Read a PurchaseResult from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    order_reference: str | None = None
    order_status: OrderStatus | None = None
    voxnumbers: tuple[Voxnumber, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "order_reference":
            order_reference = read_str(child.text)
        elif tag == "order_status":
            order_status = cast("OrderStatus", read_enum(child.text, ORDER_STATUS_VALUES, path + "/order_status"))
        elif tag == "voxnumbers":
            voxnumbers = tuple(
                read_voxnumber(item, path + "/voxnumbers" + "/voxnumber") for item in child if item.tag == "voxnumber"
            )
    return PurchaseResult(
        order_reference=required(order_reference, path + "/order_reference"),
        order_status=required(order_status, path + "/order_status"),
        voxnumbers=voxnumbers,
    )


def read_order_callback(element: Any, path: str) -> OrderCallback:
    """Read a OrderCallback from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    order_reference: str | None = None
    order_status: OrderStatus | None = None
    voxnumbers: tuple[Voxnumber, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "order_reference":
            order_reference = read_str(child.text)
        elif tag == "order_status":
            order_status = cast("OrderStatus", read_enum(child.text, ORDER_STATUS_VALUES, path + "/order_status"))
        elif tag == "voxnumbers":
            voxnumbers = tuple(
                read_voxnumber(item, path + "/voxnumbers" + "/voxnumber") for item in child if item.tag == "voxnumber"
            )
    return OrderCallback(
        order_reference=required(order_reference, path + "/order_reference"),
        order_status=required(order_status, path + "/order_status"),
        voxnumbers=voxnumbers,
    )


def read_region(element: Any, path: str) -> Region:
    """Read a Region from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    area_code: int | None = None
    country_code: int | None = None
    country_name: str | None = None
    state_name: str | None = None
    city_name: str | None = None
    cost: Decimal | None = None
    require_purchase_info: bool | None = None
    for child in element:
        tag = child.tag
        if tag == "area_code":
            area_code = read_int(child.text, path + "/area_code")
        elif tag == "country_code":
            country_code = read_int(child.text, path + "/country_code")
        elif tag == "country_name":
            country_name = read_str(child.text)
        elif tag == "state_name":
            state_name = read_str(child.text)
        elif tag == "city_name":
            city_name = read_str(child.text)
        elif tag == "cost":
            cost = read_decimal(child.text, path + "/cost")
        elif tag == "require_purchase_info":
            require_purchase_info = read_bool(child.text, path + "/require_purchase_info")
    return Region(
        area_code=area_code,
        country_code=country_code,
        country_name=country_name,
        state_name=state_name,
        city_name=city_name,
        cost=cost,
        require_purchase_info=require_purchase_info,
    )


def read_region_page(element: Any, path: str) -> RegionPage:
    """Read a RegionPage from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    current_page: int | None = None
    total_pages: int | None = None
    total_results: int | None = None
    results: tuple[Region, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "current_page":
            current_page = read_int(child.text, path + "/current_page")
        elif tag == "total_pages":
            total_pages = read_int(child.text, path + "/total_pages")
        elif tag == "total_results":
            total_results = read_int(child.text, path + "/total_results")
        elif tag == "results":
            results = tuple(read_region(item, path + "/results" + "/result") for item in child if item.tag == "result")
    return RegionPage(
        current_page=required(current_page, path + "/current_page"),
        total_pages=required(total_pages, path + "/total_pages"),
        total_results=required(total_results, path + "/total_results"),
        results=results,
    )


def read_account_voxnumber(element: Any, path: str) -> AccountVoxnumber:
    """Read a AccountVoxnumber from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    voxnumber: str | None = None
    voxnumber_type: VoxnumberType | None = None
    country_code: int | None = None
    area_code: int | None = None
    voxnumber_country: str | None = None
    voxnumber_city: str | None = None
    assigned_status: AssignedStatus | None = None
    purchase_date: str | None = None
    for child in element:
        tag = child.tag
        if tag == "voxnumber":
            voxnumber = read_str(child.text)
        elif tag == "voxnumber_type":
            voxnumber_type = cast(
                "VoxnumberType", read_enum(child.text, VOXNUMBER_TYPE_VALUES, path + "/voxnumber_type")
            )
        elif tag == "country_code":
            country_code = read_int(child.text, path + "/country_code")
        elif tag == "area_code":
            area_code = read_int(child.text, path + "/area_code")
        elif tag == "voxnumber_country":
            voxnumber_country = read_str(child.text)
        elif tag == "voxnumber_city":
            voxnumber_city = read_str(child.text)
        elif tag == "assigned_status":
            assigned_status = cast(
                "AssignedStatus", read_enum(child.text, ASSIGNED_STATUS_VALUES, path + "/assigned_status")
            )
        elif tag == "purchase_date":
            purchase_date = read_str(child.text)
    return AccountVoxnumber(
        voxnumber=required(voxnumber, path + "/voxnumber"),
        voxnumber_type=voxnumber_type,
        country_code=country_code,
        area_code=area_code,
        voxnumber_country=voxnumber_country,
        voxnumber_city=voxnumber_city,
        assigned_status=assigned_status,
        purchase_date=purchase_date,
    )


def read_voxnumber_page(element: Any, path: str) -> VoxnumberPage:
    """Read a VoxnumberPage from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    current_page: int | None = None
    total_pages: int | None = None
    total_results: int | None = None
    results: tuple[AccountVoxnumber, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "current_page":
            current_page = read_int(child.text, path + "/current_page")
        elif tag == "total_pages":
            total_pages = read_int(child.text, path + "/total_pages")
        elif tag == "total_results":
            total_results = read_int(child.text, path + "/total_results")
        elif tag == "results":
            results = tuple(
                read_account_voxnumber(item, path + "/results" + "/result") for item in child if item.tag == "result"
            )
    return VoxnumberPage(
        current_page=required(current_page, path + "/current_page"),
        total_pages=required(total_pages, path + "/total_pages"),
        total_results=required(total_results, path + "/total_results"),
        results=results,
    )
