"""XML writers and readers, one straight-line function per record."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, cast

from ._deadline import check_deadline
from ._request import xml_escape
from ._xmlio import (
    missing_field,
    read_bool,
    read_decimal,
    read_enum,
    read_int,
    read_items,
    read_text,
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
    """Read a Voxnumber from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 3:
        c0, c1, c2 = element
        if c0.tag == "country_code" and c1.tag == "area_code" and c2.tag == "full_voxnumber":
            country_code = (
                int(_t)
                if (_t := c0.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "country_code")
            )
            area_code = (
                int(_t)
                if (_t := c1.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "area_code")
            )
            full_voxnumber = (
                _t if (_t := c2.text) and not _t.isspace() and not len(c2) else read_text(c2, path, "full_voxnumber")
            )
            if country_code is not None and area_code is not None:
                _record = Voxnumber(country_code=country_code, area_code=area_code, full_voxnumber=full_voxnumber)
                return _record
    return _read_voxnumber_by_tag(element, path)


def _read_voxnumber_by_tag(element: Any, path: str) -> Voxnumber:
    """Read a Voxnumber from its children in any order; unknown ones are ignored."""
    country_code: int | None = None
    area_code: int | None = None
    full_voxnumber: str | None = None
    for child in element:
        tag = child.tag
        if tag == "country_code":
            country_code = read_int(child.text, path, "country_code")
        elif tag == "area_code":
            area_code = read_int(child.text, path, "area_code")
        elif tag == "full_voxnumber":
            full_voxnumber = read_text(child, path, "full_voxnumber")
    if country_code is None or area_code is None or full_voxnumber is None:
        raise missing_field(
            path, ("country_code", country_code), ("area_code", area_code), ("full_voxnumber", full_voxnumber)
        )
    return Voxnumber(
        country_code=country_code,
        area_code=area_code,
        full_voxnumber=full_voxnumber,
    )


def read_purchase_result(element: Any, path: str) -> PurchaseResult:
    """Read a PurchaseResult from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 3:
        c0, c1, c2 = element
        if c0.tag == "order_reference" and c1.tag == "order_status" and c2.tag == "voxnumbers":
            order_reference = (
                _t if (_t := c0.text) and not _t.isspace() and not len(c0) else read_text(c0, path, "order_reference")
            )
            order_status = cast("OrderStatus", read_enum(c1.text, ORDER_STATUS_VALUES, path, "order_status"))
            voxnumbers = read_items(c2, "voxnumber", read_voxnumber, path + "/voxnumbers/voxnumber")
            _record = PurchaseResult(order_reference=order_reference, order_status=order_status, voxnumbers=voxnumbers)
            return _record
    return _read_purchase_result_by_tag(element, path)


def _read_purchase_result_by_tag(element: Any, path: str) -> PurchaseResult:
    """Read a PurchaseResult from its children in any order; unknown ones are ignored."""
    order_reference: str | None = None
    order_status: OrderStatus | None = None
    voxnumbers: tuple[Voxnumber, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "order_reference":
            order_reference = read_text(child, path, "order_reference")
        elif tag == "order_status":
            order_status = cast("OrderStatus", read_enum(child.text, ORDER_STATUS_VALUES, path, "order_status"))
        elif tag == "voxnumbers":
            voxnumbers = read_items(child, "voxnumber", read_voxnumber, path + "/voxnumbers/voxnumber")
    if order_reference is None or order_status is None:
        raise missing_field(path, ("order_reference", order_reference), ("order_status", order_status))
    return PurchaseResult(
        order_reference=order_reference,
        order_status=order_status,
        voxnumbers=voxnumbers,
    )


def read_order_callback(element: Any, path: str) -> OrderCallback:
    """Read a OrderCallback from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 3:
        c0, c1, c2 = element
        if c0.tag == "order_reference" and c1.tag == "order_status" and c2.tag == "voxnumbers":
            order_reference = (
                _t if (_t := c0.text) and not _t.isspace() and not len(c0) else read_text(c0, path, "order_reference")
            )
            order_status = cast("OrderStatus", read_enum(c1.text, ORDER_STATUS_VALUES, path, "order_status"))
            voxnumbers = read_items(c2, "voxnumber", read_voxnumber, path + "/voxnumbers/voxnumber")
            _record = OrderCallback(order_reference=order_reference, order_status=order_status, voxnumbers=voxnumbers)
            return _record
    return _read_order_callback_by_tag(element, path)


def _read_order_callback_by_tag(element: Any, path: str) -> OrderCallback:
    """Read a OrderCallback from its children in any order; unknown ones are ignored."""
    order_reference: str | None = None
    order_status: OrderStatus | None = None
    voxnumbers: tuple[Voxnumber, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "order_reference":
            order_reference = read_text(child, path, "order_reference")
        elif tag == "order_status":
            order_status = cast("OrderStatus", read_enum(child.text, ORDER_STATUS_VALUES, path, "order_status"))
        elif tag == "voxnumbers":
            voxnumbers = read_items(child, "voxnumber", read_voxnumber, path + "/voxnumbers/voxnumber")
    if order_reference is None or order_status is None:
        raise missing_field(path, ("order_reference", order_reference), ("order_status", order_status))
    return OrderCallback(
        order_reference=order_reference,
        order_status=order_status,
        voxnumbers=voxnumbers,
    )


def read_region(element: Any, path: str) -> Region:
    """Read a Region from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 7:
        c0, c1, c2, c3, c4, c5, c6 = element
        if (
            c0.tag == "area_code"
            and c1.tag == "country_code"
            and c2.tag == "country_name"
            and c3.tag == "state_name"
            and c4.tag == "city_name"
            and c5.tag == "cost"
            and c6.tag == "require_purchase_info"
        ):
            area_code = (
                int(_t)
                if (_t := c0.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "area_code")
            )
            country_code = (
                int(_t)
                if (_t := c1.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "country_code")
            )
            cost = (
                Decimal(_t)
                if (_t := c5.text) and len(_t) <= 60 and _t.isascii() and _t.replace(".", "", 1).isdigit()
                else read_decimal(_t, path, "cost")
            )
            require_purchase_info = read_bool(c6.text, path, "require_purchase_info")
            _record = Region(
                area_code=area_code,
                country_code=country_code,
                country_name=c2.text or "",
                state_name=c3.text or "",
                city_name=c4.text or "",
                cost=cost,
                require_purchase_info=require_purchase_info,
            )
            return _record
    return _read_region_by_tag(element, path)


def _read_region_by_tag(element: Any, path: str) -> Region:
    """Read a Region from its children in any order; unknown ones are ignored."""
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
            area_code = read_int(child.text, path, "area_code")
        elif tag == "country_code":
            country_code = read_int(child.text, path, "country_code")
        elif tag == "country_name":
            country_name = child.text or ""
        elif tag == "state_name":
            state_name = child.text or ""
        elif tag == "city_name":
            city_name = child.text or ""
        elif tag == "cost":
            cost = read_decimal(child.text, path, "cost")
        elif tag == "require_purchase_info":
            require_purchase_info = read_bool(child.text, path, "require_purchase_info")
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
    """Read a RegionPage from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 4:
        c0, c1, c2, c3 = element
        if c0.tag == "current_page" and c1.tag == "total_pages" and c2.tag == "total_results" and c3.tag == "results":
            current_page = (
                int(_t)
                if (_t := c0.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "current_page")
            )
            total_pages = (
                int(_t)
                if (_t := c1.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "total_pages")
            )
            total_results = (
                int(_t)
                if (_t := c2.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "total_results")
            )
            results = read_items(c3, "result", read_region, path + "/results/result")
            if current_page is not None and total_pages is not None and total_results is not None:
                _record = RegionPage(
                    current_page=current_page, total_pages=total_pages, total_results=total_results, results=results
                )
                return _record
    return _read_region_page_by_tag(element, path)


def _read_region_page_by_tag(element: Any, path: str) -> RegionPage:
    """Read a RegionPage from its children in any order; unknown ones are ignored."""
    current_page: int | None = None
    total_pages: int | None = None
    total_results: int | None = None
    results: tuple[Region, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "current_page":
            current_page = read_int(child.text, path, "current_page")
        elif tag == "total_pages":
            total_pages = read_int(child.text, path, "total_pages")
        elif tag == "total_results":
            total_results = read_int(child.text, path, "total_results")
        elif tag == "results":
            results = read_items(child, "result", read_region, path + "/results/result")
    if current_page is None or total_pages is None or total_results is None:
        raise missing_field(
            path, ("current_page", current_page), ("total_pages", total_pages), ("total_results", total_results)
        )
    return RegionPage(
        current_page=current_page,
        total_pages=total_pages,
        total_results=total_results,
        results=results,
    )


def read_account_voxnumber(element: Any, path: str) -> AccountVoxnumber:
    """Read a AccountVoxnumber from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 8:
        c0, c1, c2, c3, c4, c5, c6, c7 = element
        if (
            c0.tag == "voxnumber"
            and c1.tag == "voxnumber_type"
            and c2.tag == "country_code"
            and c3.tag == "area_code"
            and c4.tag == "voxnumber_country"
            and c5.tag == "voxnumber_city"
            and c6.tag == "assigned_status"
            and c7.tag == "purchase_date"
        ):
            voxnumber = _t if (_t := c0.text) and not _t.isspace() and not len(c0) else read_text(c0, path, "voxnumber")
            voxnumber_type = cast("VoxnumberType", read_enum(c1.text, VOXNUMBER_TYPE_VALUES, path, "voxnumber_type"))
            country_code = (
                int(_t)
                if (_t := c2.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "country_code")
            )
            area_code = (
                int(_t)
                if (_t := c3.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "area_code")
            )
            assigned_status = cast(
                "AssignedStatus", read_enum(c6.text, ASSIGNED_STATUS_VALUES, path, "assigned_status")
            )
            _record = AccountVoxnumber(
                voxnumber=voxnumber,
                voxnumber_type=voxnumber_type,
                country_code=country_code,
                area_code=area_code,
                voxnumber_country=c4.text or "",
                voxnumber_city=c5.text or "",
                assigned_status=assigned_status,
                purchase_date=c7.text or "",
            )
            return _record
    return _read_account_voxnumber_by_tag(element, path)


def _read_account_voxnumber_by_tag(element: Any, path: str) -> AccountVoxnumber:
    """Read a AccountVoxnumber from its children in any order; unknown ones are ignored."""
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
            voxnumber = read_text(child, path, "voxnumber")
        elif tag == "voxnumber_type":
            voxnumber_type = cast("VoxnumberType", read_enum(child.text, VOXNUMBER_TYPE_VALUES, path, "voxnumber_type"))
        elif tag == "country_code":
            country_code = read_int(child.text, path, "country_code")
        elif tag == "area_code":
            area_code = read_int(child.text, path, "area_code")
        elif tag == "voxnumber_country":
            voxnumber_country = child.text or ""
        elif tag == "voxnumber_city":
            voxnumber_city = child.text or ""
        elif tag == "assigned_status":
            assigned_status = cast(
                "AssignedStatus", read_enum(child.text, ASSIGNED_STATUS_VALUES, path, "assigned_status")
            )
        elif tag == "purchase_date":
            purchase_date = child.text or ""
    if voxnumber is None:
        raise missing_field(path, ("voxnumber", voxnumber))
    return AccountVoxnumber(
        voxnumber=voxnumber,
        voxnumber_type=voxnumber_type,
        country_code=country_code,
        area_code=area_code,
        voxnumber_country=voxnumber_country,
        voxnumber_city=voxnumber_city,
        assigned_status=assigned_status,
        purchase_date=purchase_date,
    )


def read_voxnumber_page(element: Any, path: str) -> VoxnumberPage:
    """Read a VoxnumberPage from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 4:
        c0, c1, c2, c3 = element
        if c0.tag == "current_page" and c1.tag == "total_pages" and c2.tag == "total_results" and c3.tag == "results":
            current_page = (
                int(_t)
                if (_t := c0.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "current_page")
            )
            total_pages = (
                int(_t)
                if (_t := c1.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "total_pages")
            )
            total_results = (
                int(_t)
                if (_t := c2.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "total_results")
            )
            results = read_items(c3, "result", read_account_voxnumber, path + "/results/result")
            if current_page is not None and total_pages is not None and total_results is not None:
                _record = VoxnumberPage(
                    current_page=current_page, total_pages=total_pages, total_results=total_results, results=results
                )
                return _record
    return _read_voxnumber_page_by_tag(element, path)


def _read_voxnumber_page_by_tag(element: Any, path: str) -> VoxnumberPage:
    """Read a VoxnumberPage from its children in any order; unknown ones are ignored."""
    current_page: int | None = None
    total_pages: int | None = None
    total_results: int | None = None
    results: tuple[AccountVoxnumber, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "current_page":
            current_page = read_int(child.text, path, "current_page")
        elif tag == "total_pages":
            total_pages = read_int(child.text, path, "total_pages")
        elif tag == "total_results":
            total_results = read_int(child.text, path, "total_results")
        elif tag == "results":
            results = read_items(child, "result", read_account_voxnumber, path + "/results/result")
    if current_page is None or total_pages is None or total_results is None:
        raise missing_field(
            path, ("current_page", current_page), ("total_pages", total_pages), ("total_results", total_results)
        )
    return VoxnumberPage(
        current_page=current_page,
        total_pages=total_pages,
        total_results=total_results,
        results=results,
    )
