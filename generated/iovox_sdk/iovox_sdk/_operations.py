"""Request builders and response parsers for every operation: pure functions, shared by both clients."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

import httpx

from . import _scan, _xml
from ._answers import ErrorTable, Row, raise_for_status, with_context, with_mutation_context
from ._budget import Limit
from ._checks import (
    _RE_08AE973C9A,
    _RE_25D2B07EE4,
    _RE_44B2F0BC76,
    _RE_58EE797EC5,
    check_purchase_item,
)
from ._lazy import LazyTable
from ._request import (
    OperationInfo,
    ParamInfo,
    PreparedRequest,
    query_pairs,
    xml_escape,
)
from ._scanio import scan_document
from ._validation import Problems, check_list, check_scalar, raise_problems
from ._xml_errors import XmlErrorList
from ._xmlio import expect_root, parse_xml
from .errors import class_for
from .models import (
    ASSIGNED_STATUS_VALUES,
    NUMBER_TYPE_VALUES,
    REGION_FIELD_VALUES,
    VOXNUMBER_TYPE_VALUES,
    AssignedStatus,
    NumberType,
    PurchaseItem,
    PurchaseResult,
    RegionField,
    RegionPage,
    VoxnumberPage,
    VoxnumberType,
)


def _operations() -> dict[str, OperationInfo]:
    return {
        "purchaseVoxNumbers": OperationInfo(
            wire_name="purchaseVoxNumbers",
            python_name="purchase_vox_numbers",
            http_method="POST",
            path="/Purchase",
            params=(
                ParamInfo("callback_url", "callback_url", False, "body"),
                ParamInfo("cc_list", "cc_list", False, "body"),
                ParamInfo("dynamic_quantity", "dynamic_quantity", False, "body"),
                ParamInfo("items", "items", True, "body"),
            ),
            mutates=True,
            success_status=(201,),
            description="Buy one or more VoxNumbers; numbers not fulfilled at once are reported to callback_url.",
        ),
        "getVoxnumberRegions": OperationInfo(
            wire_name="getVoxnumberRegions",
            python_name="get_voxnumber_regions",
            http_method="GET",
            path="/Purchase",
            params=(
                ParamInfo("page", "page", False, "query"),
                ParamInfo("limit", "limit", False, "query"),
                ParamInfo("number_type", "number_type", False, "query"),
                ParamInfo("country_code", "country_code", False, "query"),
                ParamInfo("area_code", "area_code", False, "query"),
                ParamInfo("req_fields", "req_fields", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the regions where VoxNumbers can be bought, one page at a time.",
        ),
        "getVoxnumbers": OperationInfo(
            wire_name="getVoxnumbers",
            python_name="get_voxnumbers",
            http_method="GET",
            path="/Voxnumbers",
            params=(
                ParamInfo("page", "page", False, "query"),
                ParamInfo("limit", "limit", False, "query"),
                ParamInfo("voxnumber", "voxnumber", False, "query"),
                ParamInfo("voxnumber_type", "voxnumber_type", False, "query"),
                ParamInfo("voxnumber_country", "voxnumber_country", False, "query"),
                ParamInfo("voxnumber_city", "voxnumber_city", False, "query"),
                ParamInfo("assigned_status", "assigned_status", False, "query"),
                ParamInfo("order", "order", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the VoxNumbers held by the account, one page at a time.",
        ),
        "deleteVoxnumbersFromAccount": OperationInfo(
            wire_name="deleteVoxnumbersFromAccount",
            python_name="delete_voxnumbers_from_account",
            http_method="DELETE",
            path="/Voxnumbers",
            params=(
                ParamInfo("full_voxnumbers", "full_voxnumbers", True, "query"),
                ParamInfo("rm_if_in_use", "rm_if_in_use", False, "query"),
            ),
            mutates=True,
            success_status=(204,),
            description="Release VoxNumbers from the account.",
        ),
    }


#: Every wire operation, by wire name (built on first read: most programs never read it).
OPERATIONS: Final[Mapping[str, OperationInfo]] = LazyTable(_operations)

#: Documented error rows per scope ("" is the provider-wide table): code, message, HTTP status,
#: description, resolution.
ERROR_ROWS: Final[Mapping[str, tuple[Row, ...]]] = {
    "": (
        ("api_version_empty", "API Version Empty", 400, "", "Add a value for the v parameter in the query string."),
        ("api_version_invalid", "API Version Invalid", 400, "", "Correct the v parameter."),
        (
            "request_method_must_be_post",
            "Request Method must be POST. {method} attempted",
            400,
            "",
            "Switch request method {method} to POST.",
        ),
        ("page_number_not_an_integer", "Page Number not an integer", 400, "", "Remove non-numerics from page."),
        ("internal_server_error", "Internal Server Error", 500, "", "Retry later."),
    ),
    "purchaseVoxNumbers": (
        ("xml_empty", "XML Empty", 400, "", "Add XML to the request body."),
        (
            "xml_parse_error",
            "XML parse error. {error} at line {line}, column {column}",
            400,
            "",
            "Correct the XML at {error} on line {line}, column {column}.",
        ),
        ("request_empty", "Request Empty", 400, "", "Add at least one item to the request."),
        (
            "dynamic_quantity_invalid",
            "Dynamic Quantity {item} of {total} Invalid",
            400,
            "",
            "Change the dynamic quantity to TRUE or FALSE.",
        ),
        (
            "country_code_empty",
            "Country Code {item} of {total} Empty",
            400,
            "",
            "Add country_code for item {item} of {total}.",
        ),
        ("area_code_empty", "Area Code {item} of {total} Empty", 400, "", "Add area_code for item {item} of {total}."),
        (
            "number_type_empty",
            "Number Type {item} of {total} Empty",
            400,
            "",
            "Add number_type for item {item} of {total}.",
        ),
        (
            "quantity_not_an_integer",
            "Quantity {item} of {total} not an integer",
            400,
            "",
            "Remove non-numerics from quantity.",
        ),
        ("quantity_out_of_range", "Quantity must be between 1 and 250", 400, "", "Correct the quantity parameter."),
        (
            "number_type_invalid",
            "The requested Number Type {item} of {total} is not valid. The valid "
            "values are NATIONAL, GEOGRAPHIC, TOLLFREE",
            400,
            "",
            "Change number_type for item {item} of {total} to NATIONAL, GEOGRAPHIC or TOLLFREE.",
        ),
        (
            "firstname_empty",
            "firstname {item} of {total} Empty",
            400,
            "",
            "Add the firstname parameter in item {item} of {total}.",
        ),
        (
            "lastname_empty",
            "lastname {item} of {total} Empty",
            400,
            "",
            "Add the lastname parameter in item {item} of {total}.",
        ),
        (
            "company_name_empty",
            "Company Name {item} of {total} Empty",
            400,
            "",
            "Add the company parameter in item {item} of {total}.",
        ),
        (
            "street_empty",
            "street {item} of {total} Empty",
            400,
            "",
            "Add the street parameter in item {item} of {total}.",
        ),
        (
            "building_number_empty",
            "building_number {item} of {total} Empty",
            400,
            "",
            "Add the building_number parameter in item {item} of {total}.",
        ),
        (
            "building_number_not_an_integer",
            "building_number {item} of {total} not an integer",
            400,
            "",
            "Correct the building_number parameter in item {item} of {total}.",
        ),
        ("city_empty", "city {item} of {total} Empty", 400, "", "Add the city parameter to item {item} of {total}."),
        (
            "zipcode_empty",
            "zipcode {item} of {total} Empty",
            400,
            "",
            "Add the zipcode parameter to item {item} of {total}.",
        ),
        (
            "basket_item_not_correct",
            "Basket Item {item} of {total} is not correct.",
            400,
            "",
            "The number requested in item {item} of {total} does not exist; pick a "
            "country_code, area_code and number_type from getVoxnumberRegions.",
        ),
    ),
}

#: How the carrier's error answers read.
ERRORS: Final = XmlErrorList(ErrorTable(ERROR_ROWS, class_for))

#: The documented rate limits: (pool name, limit, period, operations; none listed = every other operation).
LIMITS: Final[tuple[Limit, ...]] = ()


def build_purchase_vox_numbers(
    *,
    callback_url: str | None = None,
    cc_list: Sequence[str] | None = None,
    dynamic_quantity: bool | None = None,
    items: Sequence[PurchaseItem],
) -> PreparedRequest:
    """Check the arguments of purchaseVoxNumbers and build its request."""
    problems: Problems = []
    check_scalar(
        problems,
        callback_url,
        "callback_url",
        "string",
        max_length=120,
        pattern=_RE_25D2B07EE4,
        messages={
            "length": "callback_url must be at most 120 characters long",
            "pattern": "callback_url must look like http://example.com or "
            "https://user:pass@example.com/path/page?param=value",
        },
    )
    check_list(problems, cc_list, "cc_list", "string")
    check_scalar(
        problems,
        dynamic_quantity,
        "dynamic_quantity",
        "boolean",
        messages={"type": "Dynamic Quantity Invalid (use True or False)"},
    )
    if items is None:
        problems.append(("items", "Request Empty (add at least one item)"))
    else:
        if isinstance(items, (str, bytes)) or not isinstance(items, (list, tuple)):
            problems.append(("items", "must be a list or tuple"))
        else:
            if len(items) < 1:
                problems.append(("items", "Request Empty (add at least one item)"))
            for i1, x1 in enumerate(items):
                if x1 is None:
                    problems.append((f"items[{i1}]", "must not be None"))
                else:
                    if not isinstance(x1, PurchaseItem):
                        problems.append((f"items[{i1}]", "must be a PurchaseItem"))
                    else:
                        check_purchase_item(x1, f"items[{i1}]", problems)
    raise_problems(problems)
    query = query_pairs(
        (
            ("v", "3"),
            ("method", "purchaseVoxNumbers"),
        )
    )
    out: list[str] = ['<?xml version="1.0" encoding="utf-8"?><request>']
    if callback_url is not None:
        out.append("<callback_url>" + xml_escape(callback_url) + "</callback_url>")
    if cc_list is not None:
        out.append("<cc_list>" + xml_escape(",".join(x for x in cc_list)) + "</cc_list>")
    if dynamic_quantity is not None:
        out.append("<dynamic_quantity>" + ("TRUE" if dynamic_quantity else "FALSE") + "</dynamic_quantity>")
    out.append("<items>")
    for x in items:
        out.append("<item>")
        _xml.write_purchase_item(x, out)
        out.append("</item>")
    out.append("</items>")
    out.append("</request>")
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "application/xml; charset=utf-8"
    return PreparedRequest(
        "purchaseVoxNumbers",
        "POST",
        "/Purchase",
        query,
        content=content,
        content_type=content_type,
        mutates=True,
        xml_root="request",
    )


@with_mutation_context
def parse_purchase_vox_numbers(response: httpx.Response, body: bytes) -> PurchaseResult:
    """Turn the answer to purchaseVoxNumbers into its result, or raise the error it carries."""
    raise_for_status("purchaseVoxNumbers", response, body, (201,), ERRORS)
    scanned = scan_document(body, "response", _scan.scan_purchase_result)
    if scanned is not None:
        return scanned
    root = expect_root(parse_xml(body, response.status_code), "response", body)
    return _xml.read_purchase_result(root, "response")


def build_get_voxnumber_regions(
    *,
    page: int | None = None,
    limit: int | None = None,
    number_type: NumberType | None = None,
    country_code: int | None = None,
    area_code: int | None = None,
    req_fields: Sequence[RegionField] | None = None,
) -> PreparedRequest:
    """Check the arguments of getVoxnumberRegions and build its request."""
    problems: Problems = []
    check_scalar(problems, page, "page", "integer", minimum=1)
    check_scalar(problems, limit, "limit", "integer", minimum=1, maximum=20000)
    check_scalar(problems, number_type, "number_type", "enum", allowed=NUMBER_TYPE_VALUES)
    check_scalar(problems, country_code, "country_code", "integer", minimum=1)
    check_scalar(problems, area_code, "area_code", "integer", minimum=0)
    check_list(problems, req_fields, "req_fields", "enum", allowed=REGION_FIELD_VALUES, min_items=1)
    raise_problems(problems)
    query = query_pairs(
        (
            ("v", "3"),
            ("method", "getVoxnumberRegions"),
            ("page", (None if page is None else str(page))),
            ("limit", (None if limit is None else str(limit))),
            ("number_type", (None if number_type is None else str(number_type))),
            ("country_code", (None if country_code is None else str(country_code))),
            ("area_code", (None if area_code is None else str(area_code))),
            ("req_fields", (None if req_fields is None else ",".join(str(x) for x in req_fields))),
        )
    )
    return PreparedRequest("getVoxnumberRegions", "GET", "/Purchase", query)


@with_context
def parse_get_voxnumber_regions(response: httpx.Response, body: bytes) -> RegionPage:
    """Turn the answer to getVoxnumberRegions into its result, or raise the error it carries."""
    raise_for_status("getVoxnumberRegions", response, body, (200,), ERRORS)
    scanned = scan_document(body, "response", _scan.scan_region_page)
    if scanned is not None:
        return scanned
    root = expect_root(parse_xml(body, response.status_code), "response", body)
    return _xml.read_region_page(root, "response")


def build_get_voxnumbers(
    *,
    page: int | None = None,
    limit: int | None = None,
    voxnumber: str | None = None,
    voxnumber_type: VoxnumberType | None = None,
    voxnumber_country: str | None = None,
    voxnumber_city: str | None = None,
    assigned_status: AssignedStatus | None = None,
    order: str | None = None,
) -> PreparedRequest:
    """Check the arguments of getVoxnumbers and build its request."""
    problems: Problems = []
    check_scalar(problems, page, "page", "integer", minimum=1)
    check_scalar(problems, limit, "limit", "integer", minimum=1, maximum=20000)
    check_scalar(problems, voxnumber, "voxnumber", "string", pattern=_RE_08AE973C9A)
    check_scalar(problems, voxnumber_type, "voxnumber_type", "enum", allowed=VOXNUMBER_TYPE_VALUES)
    check_scalar(problems, voxnumber_country, "voxnumber_country", "string")
    check_scalar(problems, voxnumber_city, "voxnumber_city", "string")
    check_scalar(problems, assigned_status, "assigned_status", "enum", allowed=ASSIGNED_STATUS_VALUES)
    check_scalar(problems, order, "order", "string", pattern=_RE_44B2F0BC76)
    raise_problems(problems)
    query = query_pairs(
        (
            ("v", "3"),
            ("method", "getVoxnumbers"),
            ("page", (None if page is None else str(page))),
            ("limit", (None if limit is None else str(limit))),
            ("voxnumber", voxnumber),
            ("voxnumber_type", (None if voxnumber_type is None else str(voxnumber_type))),
            ("voxnumber_country", voxnumber_country),
            ("voxnumber_city", voxnumber_city),
            ("assigned_status", (None if assigned_status is None else str(assigned_status))),
            ("order", order),
        )
    )
    return PreparedRequest("getVoxnumbers", "GET", "/Voxnumbers", query)


@with_context
def parse_get_voxnumbers(response: httpx.Response, body: bytes) -> VoxnumberPage:
    """Turn the answer to getVoxnumbers into its result, or raise the error it carries."""
    raise_for_status("getVoxnumbers", response, body, (200,), ERRORS)
    scanned = scan_document(body, "response", _scan.scan_voxnumber_page)
    if scanned is not None:
        return scanned
    root = expect_root(parse_xml(body, response.status_code), "response", body)
    return _xml.read_voxnumber_page(root, "response")


def build_delete_voxnumbers_from_account(
    *,
    full_voxnumbers: Sequence[str],
    rm_if_in_use: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of deleteVoxnumbersFromAccount and build its request."""
    problems: Problems = []
    check_list(
        problems,
        full_voxnumbers,
        "full_voxnumbers",
        "string",
        required=True,
        min_items=1,
        max_items=100,
        pattern=_RE_58EE797EC5,
    )
    check_scalar(problems, rm_if_in_use, "rm_if_in_use", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("v", "3"),
            ("method", "deleteVoxnumbersFromAccount"),
            ("full_voxnumbers", ",".join(x for x in full_voxnumbers)),
            ("rm_if_in_use", (None if rm_if_in_use is None else ("TRUE" if rm_if_in_use else "FALSE"))),
        )
    )
    return PreparedRequest("deleteVoxnumbersFromAccount", "DELETE", "/Voxnumbers", query, mutates=True)


@with_mutation_context
def parse_delete_voxnumbers_from_account(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to deleteVoxnumbersFromAccount into its result, or raise the error it carries."""
    raise_for_status("deleteVoxnumbersFromAccount", response, body, (204,), ERRORS)
    return None
