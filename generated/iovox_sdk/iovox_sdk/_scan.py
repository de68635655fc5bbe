"""Readers of plain XML answers without a tree: one pattern per run of elements, in the documented order.

Each ``scan_<record>(text, start, end)`` reads a record from its element's content, ``text[start:end]``,
or raises ``Declined`` for anything outside the plain form (see ``_scanio``); the readers of ``_xml``
then read the answer from its tree.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, cast

from ._scanio import (
    Declined,
    after,
    blank,
    close,
    declined,
    element,
    flat_items,
    items,
    opening,
    optional,
    others,
)
from ._xmlio import (
    BOOLEAN_WORDS,
    read_bool,
    read_decimal,
    read_enum,
    read_int,
)
from .models import (
    ASSIGNED_STATUS_VALUES,
    ORDER_STATUS_VALUES,
    VOXNUMBER_TYPE_VALUES,
    AccountVoxnumber,
    AssignedStatus,
    OrderStatus,
    PurchaseResult,
    Region,
    RegionPage,
    Voxnumber,
    VoxnumberPage,
    VoxnumberType,
)

_VOXNUMBER_TAGS: Final = ("country_code", "area_code", "full_voxnumber")
_VOXNUMBER_0: Final = re.compile(
    others(_VOXNUMBER_TAGS, 0)
    + element("country_code")
    + others(_VOXNUMBER_TAGS, 1)
    + element("area_code")
    + others(_VOXNUMBER_TAGS, 2)
    + element("full_voxnumber")
    + others(_VOXNUMBER_TAGS, 3)
    + blank()
)


def scan_voxnumber(text: str, start: int, end: int) -> Voxnumber:
    """A Voxnumber from its element's content, in the plain form (else ``Declined``)."""
    found = _VOXNUMBER_0.fullmatch(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _, _t1, _, _t2, _ = found.groups()
    country_code = (
        int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "country_code")
    )
    area_code = (
        int(_t1) if _t1 and len(_t1) <= 40 and _t1.isascii() and _t1.isdigit() else read_int(_t1, "", "area_code")
    )
    full_voxnumber = _t2 if _t2 and not _t2.isspace() else declined()
    if country_code is None or area_code is None:
        raise Declined
    _record = Voxnumber(country_code=country_code, area_code=area_code, full_voxnumber=full_voxnumber)
    return _record


_PURCHASE_RESULT_TAGS: Final = ("order_reference", "order_status", "voxnumbers")
_PURCHASE_RESULT_0: Final = re.compile(
    others(_PURCHASE_RESULT_TAGS, 0)
    + element("order_reference")
    + others(_PURCHASE_RESULT_TAGS, 1)
    + element("order_status")
    + others(_PURCHASE_RESULT_TAGS, 2)
    + opening("voxnumbers")
)
_PURCHASE_RESULT_1: Final = re.compile(others(_PURCHASE_RESULT_TAGS, 0) + blank())
_PURCHASE_RESULT_VOXNUMBERS: Final = re.compile(
    items(
        "voxnumber",
        others(_VOXNUMBER_TAGS, 0)
        + element("country_code")
        + others(_VOXNUMBER_TAGS, 1)
        + element("area_code")
        + others(_VOXNUMBER_TAGS, 2)
        + element("full_voxnumber")
        + others(_VOXNUMBER_TAGS, 3),
    )
)
_PURCHASE_RESULT_VOXNUMBERS_LAYOUT: Final = (("country_code", True), ("area_code", True), ("full_voxnumber", True))


def _scan_purchase_result_voxnumbers(text: str, start: int, end: int) -> tuple[Voxnumber, ...]:
    """The items of PurchaseResult's list element, from its content."""
    records: list[Voxnumber] = []
    append = records.append
    for _, _t0, _, _t1, _, _t2, _, stray in flat_items(
        _PURCHASE_RESULT_VOXNUMBERS, "voxnumber", _PURCHASE_RESULT_VOXNUMBERS_LAYOUT, text, start, end
    ):
        if stray:
            raise Declined
        country_code = (
            int(_t0)
            if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit()
            else read_int(_t0, "", "country_code")
        )
        area_code = (
            int(_t1) if _t1 and len(_t1) <= 40 and _t1.isascii() and _t1.isdigit() else read_int(_t1, "", "area_code")
        )
        full_voxnumber = _t2 if _t2 and not _t2.isspace() else declined()
        if country_code is None or area_code is None:
            raise Declined
        record = Voxnumber(country_code=country_code, area_code=area_code, full_voxnumber=full_voxnumber)
        append(record)
    return tuple(records)


def scan_purchase_result(text: str, start: int, end: int) -> PurchaseResult:
    """A PurchaseResult from its element's content, in the plain form (else ``Declined``)."""
    found = _PURCHASE_RESULT_0.match(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _, _t1, _ = found.groups()
    inside = found.end()
    ended = close(text, "voxnumbers", inside, end)
    voxnumbers = _scan_purchase_result_voxnumbers(text, inside, ended)
    found = _PURCHASE_RESULT_1.fullmatch(text, after(ended, "voxnumbers"), end)
    if found is None:
        raise Declined
    order_reference = _t0 if _t0 and not _t0.isspace() else declined()
    order_status = cast("OrderStatus", read_enum(_t1, ORDER_STATUS_VALUES, "", "order_status"))
    _record = PurchaseResult(order_reference=order_reference, order_status=order_status, voxnumbers=voxnumbers)
    return _record


_REGION_TAGS: Final = (
    "area_code",
    "country_code",
    "country_name",
    "state_name",
    "city_name",
    "cost",
    "require_purchase_info",
)
_REGION_0: Final = re.compile(
    others(_REGION_TAGS, 0)
    + optional("area_code")
    + others(_REGION_TAGS, 1)
    + optional("country_code")
    + others(_REGION_TAGS, 2)
    + optional("country_name")
    + others(_REGION_TAGS, 3)
    + optional("state_name")
    + others(_REGION_TAGS, 4)
    + optional("city_name")
    + others(_REGION_TAGS, 5)
    + optional("cost")
    + others(_REGION_TAGS, 6)
    + optional("require_purchase_info")
    + others(_REGION_TAGS, 7)
    + blank()
)


def scan_region(text: str, start: int, end: int) -> Region:
    """A Region from its element's content, in the plain form (else ``Declined``)."""
    found = _REGION_0.fullmatch(text, start, end)
    if found is None:
        raise Declined
    _, _s0, _t0, _, _s1, _t1, _, _s2, _t2, _, _s3, _t3, _, _s4, _t4, _, _s5, _t5, _, _s6, _t6, _ = found.groups()
    area_code = (
        (int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "area_code"))
        if _s0
        else None
    )
    country_code = (
        (int(_t1) if _t1 and len(_t1) <= 40 and _t1.isascii() and _t1.isdigit() else read_int(_t1, "", "country_code"))
        if _s1
        else None
    )
    country_name = (_t2 or "") if _s2 else None
    state_name = (_t3 or "") if _s3 else None
    city_name = (_t4 or "") if _s4 else None
    cost = (
        (
            Decimal(_t5)
            if _t5 and len(_t5) <= 60 and _t5.isascii() and _t5.replace(".", "", 1).isdigit()
            else read_decimal(_t5, "", "cost")
        )
        if _s5
        else None
    )
    require_purchase_info = (
        (BOOLEAN_WORDS[_t6] if _t6 in BOOLEAN_WORDS else read_bool(_t6, "", "require_purchase_info")) if _s6 else None
    )
    _record = Region(
        area_code=area_code,
        country_code=country_code,
        country_name=country_name,
        state_name=state_name,
        city_name=city_name,
        cost=cost,
        require_purchase_info=require_purchase_info,
    )
    return _record


_REGION_PAGE_TAGS: Final = ("current_page", "total_pages", "total_results", "results")
_REGION_PAGE_0: Final = re.compile(
    others(_REGION_PAGE_TAGS, 0)
    + element("current_page")
    + others(_REGION_PAGE_TAGS, 1)
    + element("total_pages")
    + others(_REGION_PAGE_TAGS, 2)
    + element("total_results")
    + others(_REGION_PAGE_TAGS, 3)
    + opening("results")
)
_REGION_PAGE_1: Final = re.compile(others(_REGION_PAGE_TAGS, 0) + blank())
_REGION_PAGE_RESULTS: Final = re.compile(
    items(
        "result",
        others(_REGION_TAGS, 0)
        + optional("area_code")
        + others(_REGION_TAGS, 1)
        + optional("country_code")
        + others(_REGION_TAGS, 2)
        + optional("country_name")
        + others(_REGION_TAGS, 3)
        + optional("state_name")
        + others(_REGION_TAGS, 4)
        + optional("city_name")
        + others(_REGION_TAGS, 5)
        + optional("cost")
        + others(_REGION_TAGS, 6)
        + optional("require_purchase_info")
        + others(_REGION_TAGS, 7),
    )
)
_REGION_PAGE_RESULTS_LAYOUT: Final = (
    ("area_code", False),
    ("country_code", False),
    ("country_name", False),
    ("state_name", False),
    ("city_name", False),
    ("cost", False),
    ("require_purchase_info", False),
)


def _scan_region_page_results(text: str, start: int, end: int) -> tuple[Region, ...]:
    """The items of RegionPage's list element, from its content."""
    records: list[Region] = []
    append = records.append
    for (
        _,
        _s0,
        _t0,
        _,
        _s1,
        _t1,
        _,
        _s2,
        _t2,
        _,
        _s3,
        _t3,
        _,
        _s4,
        _t4,
        _,
        _s5,
        _t5,
        _,
        _s6,
        _t6,
        _,
        stray,
    ) in flat_items(_REGION_PAGE_RESULTS, "result", _REGION_PAGE_RESULTS_LAYOUT, text, start, end):
        if stray:
            raise Declined
        area_code = (
            (int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "area_code"))
            if _s0
            else None
        )
        country_code = (
            (
                int(_t1)
                if _t1 and len(_t1) <= 40 and _t1.isascii() and _t1.isdigit()
                else read_int(_t1, "", "country_code")
            )
            if _s1
            else None
        )
        country_name = (_t2 or "") if _s2 else None
        state_name = (_t3 or "") if _s3 else None
        city_name = (_t4 or "") if _s4 else None
        cost = (
            (
                Decimal(_t5)
                if _t5 and len(_t5) <= 60 and _t5.isascii() and _t5.replace(".", "", 1).isdigit()
                else read_decimal(_t5, "", "cost")
            )
            if _s5
            else None
        )
        require_purchase_info = (
            (BOOLEAN_WORDS[_t6] if _t6 in BOOLEAN_WORDS else read_bool(_t6, "", "require_purchase_info"))
            if _s6
            else None
        )
        record = Region(
            area_code=area_code,
            country_code=country_code,
            country_name=country_name,
            state_name=state_name,
            city_name=city_name,
            cost=cost,
            require_purchase_info=require_purchase_info,
        )
        append(record)
    return tuple(records)


def scan_region_page(text: str, start: int, end: int) -> RegionPage:
    """A RegionPage from its element's content, in the plain form (else ``Declined``)."""
    found = _REGION_PAGE_0.match(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _, _t1, _, _t2, _ = found.groups()
    inside = found.end()
    ended = close(text, "results", inside, end)
    results = _scan_region_page_results(text, inside, ended)
    found = _REGION_PAGE_1.fullmatch(text, after(ended, "results"), end)
    if found is None:
        raise Declined
    current_page = (
        int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "current_page")
    )
    total_pages = (
        int(_t1) if _t1 and len(_t1) <= 40 and _t1.isascii() and _t1.isdigit() else read_int(_t1, "", "total_pages")
    )
    total_results = (
        int(_t2) if _t2 and len(_t2) <= 40 and _t2.isascii() and _t2.isdigit() else read_int(_t2, "", "total_results")
    )
    if current_page is None or total_pages is None or total_results is None:
        raise Declined
    _record = RegionPage(
        current_page=current_page, total_pages=total_pages, total_results=total_results, results=results
    )
    return _record


_ACCOUNT_VOXNUMBER_TAGS: Final = (
    "voxnumber",
    "voxnumber_type",
    "country_code",
    "area_code",
    "voxnumber_country",
    "voxnumber_city",
    "assigned_status",
    "purchase_date",
)
_ACCOUNT_VOXNUMBER_0: Final = re.compile(
    others(_ACCOUNT_VOXNUMBER_TAGS, 0)
    + element("voxnumber")
    + others(_ACCOUNT_VOXNUMBER_TAGS, 1)
    + optional("voxnumber_type")
    + others(_ACCOUNT_VOXNUMBER_TAGS, 2)
    + optional("country_code")
    + others(_ACCOUNT_VOXNUMBER_TAGS, 3)
    + optional("area_code")
    + others(_ACCOUNT_VOXNUMBER_TAGS, 4)
    + optional("voxnumber_country")
    + others(_ACCOUNT_VOXNUMBER_TAGS, 5)
    + optional("voxnumber_city")
    + others(_ACCOUNT_VOXNUMBER_TAGS, 6)
    + optional("assigned_status")
    + others(_ACCOUNT_VOXNUMBER_TAGS, 7)
    + optional("purchase_date")
    + others(_ACCOUNT_VOXNUMBER_TAGS, 8)
    + blank()
)


def scan_account_voxnumber(text: str, start: int, end: int) -> AccountVoxnumber:
    """A AccountVoxnumber from its element's content, in the plain form (else ``Declined``)."""
    found = _ACCOUNT_VOXNUMBER_0.fullmatch(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _, _s1, _t1, _, _s2, _t2, _, _s3, _t3, _, _s4, _t4, _, _s5, _t5, _, _s6, _t6, _, _s7, _t7, _ = (
        found.groups()
    )
    voxnumber = _t0 if _t0 and not _t0.isspace() else declined()
    voxnumber_type = cast("VoxnumberType", read_enum(_t1, VOXNUMBER_TYPE_VALUES, "", "voxnumber_type")) if _s1 else None
    country_code = (
        (int(_t2) if _t2 and len(_t2) <= 40 and _t2.isascii() and _t2.isdigit() else read_int(_t2, "", "country_code"))
        if _s2
        else None
    )
    area_code = (
        (int(_t3) if _t3 and len(_t3) <= 40 and _t3.isascii() and _t3.isdigit() else read_int(_t3, "", "area_code"))
        if _s3
        else None
    )
    voxnumber_country = (_t4 or "") if _s4 else None
    voxnumber_city = (_t5 or "") if _s5 else None
    assigned_status = (
        cast("AssignedStatus", read_enum(_t6, ASSIGNED_STATUS_VALUES, "", "assigned_status")) if _s6 else None
    )
    purchase_date = (_t7 or "") if _s7 else None
    _record = AccountVoxnumber(
        voxnumber=voxnumber,
        voxnumber_type=voxnumber_type,
        country_code=country_code,
        area_code=area_code,
        voxnumber_country=voxnumber_country,
        voxnumber_city=voxnumber_city,
        assigned_status=assigned_status,
        purchase_date=purchase_date,
    )
    return _record


_VOXNUMBER_PAGE_TAGS: Final = ("current_page", "total_pages", "total_results", "results")
_VOXNUMBER_PAGE_0: Final = re.compile(
    others(_VOXNUMBER_PAGE_TAGS, 0)
    + element("current_page")
    + others(_VOXNUMBER_PAGE_TAGS, 1)
    + element("total_pages")
    + others(_VOXNUMBER_PAGE_TAGS, 2)
    + element("total_results")
    + others(_VOXNUMBER_PAGE_TAGS, 3)
    + opening("results")
)
_VOXNUMBER_PAGE_1: Final = re.compile(others(_VOXNUMBER_PAGE_TAGS, 0) + blank())
_VOXNUMBER_PAGE_RESULTS: Final = re.compile(
    items(
        "result",
        others(_ACCOUNT_VOXNUMBER_TAGS, 0)
        + element("voxnumber")
        + others(_ACCOUNT_VOXNUMBER_TAGS, 1)
        + optional("voxnumber_type")
        + others(_ACCOUNT_VOXNUMBER_TAGS, 2)
        + optional("country_code")
        + others(_ACCOUNT_VOXNUMBER_TAGS, 3)
        + optional("area_code")
        + others(_ACCOUNT_VOXNUMBER_TAGS, 4)
        + optional("voxnumber_country")
        + others(_ACCOUNT_VOXNUMBER_TAGS, 5)
        + optional("voxnumber_city")
        + others(_ACCOUNT_VOXNUMBER_TAGS, 6)
        + optional("assigned_status")
        + others(_ACCOUNT_VOXNUMBER_TAGS, 7)
        + optional("purchase_date")
        + others(_ACCOUNT_VOXNUMBER_TAGS, 8),
    )
)
_VOXNUMBER_PAGE_RESULTS_LAYOUT: Final = (
    ("voxnumber", True),
    ("voxnumber_type", False),
    ("country_code", False),
    ("area_code", False),
    ("voxnumber_country", False),
    ("voxnumber_city", False),
    ("assigned_status", False),
    ("purchase_date", False),
)


def _scan_voxnumber_page_results(text: str, start: int, end: int) -> tuple[AccountVoxnumber, ...]:
    """The items of VoxnumberPage's list element, from its content."""
    records: list[AccountVoxnumber] = []
    append = records.append
    for (
        _,
        _t0,
        _,
        _s1,
        _t1,
        _,
        _s2,
        _t2,
        _,
        _s3,
        _t3,
        _,
        _s4,
        _t4,
        _,
        _s5,
        _t5,
        _,
        _s6,
        _t6,
        _,
        _s7,
        _t7,
        _,
        stray,
    ) in flat_items(_VOXNUMBER_PAGE_RESULTS, "result", _VOXNUMBER_PAGE_RESULTS_LAYOUT, text, start, end):
        if stray:
            raise Declined
        voxnumber = _t0 if _t0 and not _t0.isspace() else declined()
        voxnumber_type = (
            cast("VoxnumberType", read_enum(_t1, VOXNUMBER_TYPE_VALUES, "", "voxnumber_type")) if _s1 else None
        )
        country_code = (
            (
                int(_t2)
                if _t2 and len(_t2) <= 40 and _t2.isascii() and _t2.isdigit()
                else read_int(_t2, "", "country_code")
            )
            if _s2
            else None
        )
        area_code = (
            (int(_t3) if _t3 and len(_t3) <= 40 and _t3.isascii() and _t3.isdigit() else read_int(_t3, "", "area_code"))
            if _s3
            else None
        )
        voxnumber_country = (_t4 or "") if _s4 else None
        voxnumber_city = (_t5 or "") if _s5 else None
        assigned_status = (
            cast("AssignedStatus", read_enum(_t6, ASSIGNED_STATUS_VALUES, "", "assigned_status")) if _s6 else None
        )
        purchase_date = (_t7 or "") if _s7 else None
        record = AccountVoxnumber(
            voxnumber=voxnumber,
            voxnumber_type=voxnumber_type,
            country_code=country_code,
            area_code=area_code,
            voxnumber_country=voxnumber_country,
            voxnumber_city=voxnumber_city,
            assigned_status=assigned_status,
            purchase_date=purchase_date,
        )
        append(record)
    return tuple(records)


def scan_voxnumber_page(text: str, start: int, end: int) -> VoxnumberPage:
    """A VoxnumberPage from its element's content, in the plain form (else ``Declined``)."""
    found = _VOXNUMBER_PAGE_0.match(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _, _t1, _, _t2, _ = found.groups()
    inside = found.end()
    ended = close(text, "results", inside, end)
    results = _scan_voxnumber_page_results(text, inside, ended)
    found = _VOXNUMBER_PAGE_1.fullmatch(text, after(ended, "results"), end)
    if found is None:
        raise Declined
    current_page = (
        int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "current_page")
    )
    total_pages = (
        int(_t1) if _t1 and len(_t1) <= 40 and _t1.isascii() and _t1.isdigit() else read_int(_t1, "", "total_pages")
    )
    total_results = (
        int(_t2) if _t2 and len(_t2) <= 40 and _t2.isascii() and _t2.isdigit() else read_int(_t2, "", "total_results")
    )
    if current_page is None or total_pages is None or total_results is None:
        raise Declined
    _record = VoxnumberPage(
        current_page=current_page, total_pages=total_pages, total_results=total_results, results=results
    )
    return _record
