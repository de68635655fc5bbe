"""Request builders and response parsers for every operation: pure functions, shared by both clients."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final, Literal

import httpx

from . import _scan, _xml
from ._answers import ErrorTable, Row, raise_for_status, with_context, with_mutation_context
from ._budget import Limit
from ._checks import (
    _RE_28C44078CB,
    check_did_group_filter,
    check_dids_filter,
    check_purchase_info,
)
from ._lazy import LazyTable
from ._request import (
    OperationInfo,
    ParamInfo,
    PreparedRequest,
    enum_text,
    query_pairs,
    xml_escape,
)
from ._scanio import scan_soap
from ._soap import SoapFaults, response_element
from ._validation import Problems, check_list, check_scalar, raise_problems
from .errors import class_for
from .models import (
    DID_TYPE_VALUES,
    PROTOCOL_VALUES,
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


def _operations() -> dict[str, OperationInfo]:
    return {
        "GetCountriesList": OperationInfo(
            wire_name="GetCountriesList",
            python_name="get_countries_list",
            http_method="POST",
            path="",
            params=(ParamInfo("Type", "type", True, "body"),),
            mutates=False,
            success_status=(200,),
            description="List the countries covered for a type of DID.",
        ),
        "GetStatesList": OperationInfo(
            wire_name="GetStatesList",
            python_name="get_states_list",
            http_method="POST",
            path="",
            params=(ParamInfo("CountryID", "country_id", True, "body"),),
            mutates=False,
            success_status=(200,),
            description="List the states of a country.",
        ),
        "GetDIDGroupList": OperationInfo(
            wire_name="GetDIDGroupList",
            python_name="get_did_group_list",
            http_method="POST",
            path="",
            params=(
                ParamInfo("CountryID", "country_id", True, "body"),
                ParamInfo("Type", "type", True, "body"),
                ParamInfo("Filter", "filter", False, "body"),
            ),
            mutates=False,
            success_status=(200,),
            description="List the DIDGroups (area codes) of a country.",
        ),
        "PlaceDIDsOrder": OperationInfo(
            wire_name="PlaceDIDsOrder",
            python_name="place_dids_order",
            http_method="POST",
            path="",
            params=(
                ParamInfo("DIDGroupID", "did_group_id", True, "body"),
                ParamInfo("Quantity", "quantity", True, "body"),
                ParamInfo("AllowAsynchronous", "allow_asynchronous", True, "body"),
                ParamInfo("PurchaseInfo", "purchase_info", False, "body"),
            ),
            mutates=True,
            success_status=(200,),
            description="Order DIDs from a DIDGroup.",
        ),
        "GetPurchaseInfoData": OperationInfo(
            wire_name="GetPurchaseInfoData",
            python_name="get_purchase_info_data",
            http_method="POST",
            path="",
            params=(
                ParamInfo("CountryCodeA2", "country_code_a2", True, "body"),
                ParamInfo("AreaCode", "area_code", True, "body"),
            ),
            mutates=False,
            success_status=(200,),
            description="List cities and zip codes for an area code.",
        ),
        "IsPurchaseInfoValid": OperationInfo(
            wire_name="IsPurchaseInfoValid",
            python_name="is_purchase_info_valid",
            http_method="POST",
            path="",
            params=(
                ParamInfo("DIDGroupID", "did_group_id", True, "body"),
                ParamInfo("PurchaseInfo", "purchase_info", True, "body"),
            ),
            mutates=False,
            success_status=(200,),
            description="Check a PurchaseInfo for a DIDGroup.",
        ),
        "CancelDID": OperationInfo(
            wire_name="CancelDID",
            python_name="cancel_did",
            http_method="POST",
            path="",
            params=(ParamInfo("DIDsID", "dids_id", True, "body"),),
            mutates=True,
            success_status=(200,),
            description="Cancel the subscription of a DID.",
        ),
        "MapDID": OperationInfo(
            wire_name="MapDID",
            python_name="map_did",
            http_method="POST",
            path="",
            params=(
                ParamInfo("ArrayOfDIDsIDs", "dids_ids", True, "body"),
                ParamInfo("Protocol", "protocol", True, "body"),
                ParamInfo("URI", "uri", True, "body"),
            ),
            mutates=True,
            success_status=(200,),
            description="Map DIDs to a URI.",
        ),
        "GetDIDsInfo": OperationInfo(
            wire_name="GetDIDsInfo",
            python_name="get_dids_info",
            http_method="POST",
            path="",
            params=(ParamInfo("Filter", "filter", False, "body"),),
            mutates=False,
            success_status=(200,),
            description="Describe the account's DIDs.",
        ),
        "GetTrunkList": OperationInfo(
            wire_name="GetTrunkList",
            python_name="get_trunk_list",
            http_method="POST",
            path="",
            params=(),
            mutates=False,
            success_status=(200,),
            description="List the account's trunks.",
        ),
        "PlaceDIDsOnTrunk": OperationInfo(
            wire_name="PlaceDIDsOnTrunk",
            python_name="place_dids_on_trunk",
            http_method="POST",
            path="",
            params=(
                ParamInfo("ArrayOfDIDsIDs", "dids_ids", True, "body"),
                ParamInfo("TrunkID", "trunk_id", True, "body"),
            ),
            mutates=True,
            success_status=(200,),
            description="Place DIDs on a trunk.",
        ),
        "RemoveDIDsFromTrunk": OperationInfo(
            wire_name="RemoveDIDsFromTrunk",
            python_name="remove_dids_from_trunk",
            http_method="POST",
            path="",
            params=(ParamInfo("ArrayOfDIDsIDs", "dids_ids", True, "body"),),
            mutates=True,
            success_status=(200,),
            description="Take DIDs off their trunk.",
        ),
        "GetPOPList": OperationInfo(
            wire_name="GetPOPList",
            python_name="get_pop_list",
            http_method="POST",
            path="",
            params=(),
            mutates=False,
            success_status=(200,),
            description="List the POPs and their IP addresses.",
        ),
        "UpdateDelivery": OperationInfo(
            wire_name="UpdateDelivery",
            python_name="update_delivery",
            http_method="POST",
            path="",
            params=(
                ParamInfo("DeliveryID", "delivery_id", True, "body"),
                ParamInfo("ArrayOfDIDsIDs", "dids_ids", True, "body"),
            ),
            mutates=True,
            success_status=(200,),
            description="Move DIDs to another POP.",
        ),
        "GetTollfreeCreditPackageList": OperationInfo(
            wire_name="GetTollfreeCreditPackageList",
            python_name="get_tollfree_credit_package_list",
            http_method="POST",
            path="",
            params=(),
            mutates=False,
            success_status=(200,),
            description="List the tollfree credit packages for sale.",
        ),
        "PurchaseTollfreeCredit": OperationInfo(
            wire_name="PurchaseTollfreeCredit",
            python_name="purchase_tollfree_credit",
            http_method="POST",
            path="",
            params=(
                ParamInfo("TollfreeCreditPackageID", "tollfree_credit_package_id", True, "body"),
                ParamInfo("Quantity", "quantity", True, "body"),
            ),
            mutates=True,
            success_status=(200,),
            description="Order tollfree credit packages.",
        ),
        "GetOrderStatus": OperationInfo(
            wire_name="GetOrderStatus",
            python_name="get_order_status",
            http_method="POST",
            path="",
            params=(ParamInfo("OrderReference", "order_reference", True, "body"),),
            mutates=False,
            success_status=(200,),
            description="Check the status of an order.",
        ),
        "GetAccountBalance": OperationInfo(
            wire_name="GetAccountBalance",
            python_name="get_account_balance",
            http_method="POST",
            path="",
            params=(),
            mutates=False,
            success_status=(200,),
            description="Read the prepaid account balance.",
        ),
    }


#: Every wire operation, by wire name (built on first read: most programs never read it).
OPERATIONS: Final[Mapping[str, OperationInfo]] = LazyTable(_operations)

#: Documented error rows per scope ("" is the provider-wide table): code, message, HTTP status,
#: description, resolution.
ERROR_ROWS: Final[Mapping[str, tuple[Row, ...]]] = {
    "": (
        (
            "invalid_credentials",
            "Either your username or password is invalid",
            None,
            "The UserToken did not authenticate.",
            "Check the user name and password, and that the clock that stamps the Key is right.",
        ),
        (
            "invalid_parameter",
            "Invalid parameter: {name}",
            None,
            "A request element is missing or breaks the schema (an InvalidParameter fault).",
            "Send the element the fault names, as the XSD types it.",
        ),
        (
            "insufficient_stock",
            "Not enough DIDs in stock in DID group {group}",
            None,
            "The DID group has fewer DIDs than ordered.",
            "Order fewer, or pick another group from GetDIDGroupList.",
        ),
        (
            "insufficient_balance",
            "Insufficient account balance to place the order",
            None,
            "The prepaid balance does not cover the setup and first monthly fees.",
            "Top up the account.",
        ),
        (
            "unknown_did",
            "Unknown DIDsID {id}",
            None,
            "No DID of the account has this DIDsID.",
            "Take the DIDsID from GetDIDsInfo.",
        ),
        (
            "unknown_order",
            "Unknown order reference {reference}",
            None,
            "No order of the account has this reference.",
            "Take the reference from PlaceDIDsOrder.",
        ),
    ),
}

#: How the carrier's error answers read.
ERRORS: Final = SoapFaults(ErrorTable(ERROR_ROWS, class_for))

#: The documented rate limits: (pool name, limit, period, operations; none listed = every other operation).
LIMITS: Final[tuple[Limit, ...]] = ()


def build_get_countries_list(
    *,
    type: DidType | Literal["GEOGRAPHIC", "TOLLFREE", "NATIONAL"],
) -> PreparedRequest:
    """Check the arguments of GetCountriesList and build its request."""
    problems: Problems = []
    check_scalar(problems, type, "type", "enum", allowed=DID_TYPE_VALUES, required=True)
    raise_problems(problems)
    query = query_pairs(())
    out: list[str] = []
    out.append("<tns:Type>" + xml_escape(enum_text(type)) + "</tns:Type>")
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "text/xml; charset=utf-8"
    return PreparedRequest(
        "GetCountriesList",
        "POST",
        "",
        query,
        content=content,
        content_type=content_type,
        soap_action="http://www.voxbone.com/VoxAPI/GetCountriesList",
        xml_root="GetCountriesList",
    )


@with_context
def parse_get_countries_list(response: httpx.Response, body: bytes) -> tuple[Country, ...]:
    """Turn the answer to GetCountriesList into its result, or raise the error it carries."""
    raise_for_status("GetCountriesList", response, body, (200,), ERRORS)
    result = scan_soap(
        body, "GetCountriesListResponse", "http://www.voxbone.com/VoxAPI", _scan.scan_get_countries_list_response
    )
    if result is None:
        result = _xml.read_get_countries_list_response(
            response_element(
                response, body, "{http://www.voxbone.com/VoxAPI}GetCountriesListResponse", ERRORS, "GetCountriesList"
            ),
            "GetCountriesListResponse",
        )
    return result.countries


def build_get_states_list(
    *,
    country_id: int,
) -> PreparedRequest:
    """Check the arguments of GetStatesList and build its request."""
    problems: Problems = []
    check_scalar(problems, country_id, "country_id", "integer", required=True, minimum=-2147483648, maximum=2147483647)
    raise_problems(problems)
    query = query_pairs(())
    out: list[str] = []
    out.append("<tns:CountryID>" + str(country_id) + "</tns:CountryID>")
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "text/xml; charset=utf-8"
    return PreparedRequest(
        "GetStatesList",
        "POST",
        "",
        query,
        content=content,
        content_type=content_type,
        soap_action="http://www.voxbone.com/VoxAPI/GetStatesList",
        xml_root="GetStatesList",
    )


@with_context
def parse_get_states_list(response: httpx.Response, body: bytes) -> tuple[State, ...]:
    """Turn the answer to GetStatesList into its result, or raise the error it carries."""
    raise_for_status("GetStatesList", response, body, (200,), ERRORS)
    result = scan_soap(
        body, "GetStatesListResponse", "http://www.voxbone.com/VoxAPI", _scan.scan_get_states_list_response
    )
    if result is None:
        result = _xml.read_get_states_list_response(
            response_element(
                response, body, "{http://www.voxbone.com/VoxAPI}GetStatesListResponse", ERRORS, "GetStatesList"
            ),
            "GetStatesListResponse",
        )
    return result.states


def build_get_did_group_list(
    *,
    country_id: int,
    type: DidType | Literal["GEOGRAPHIC", "TOLLFREE", "NATIONAL"],
    filter: DidGroupFilter | None = None,
) -> PreparedRequest:
    """Check the arguments of GetDIDGroupList and build its request."""
    problems: Problems = []
    check_scalar(problems, country_id, "country_id", "integer", required=True, minimum=-2147483648, maximum=2147483647)
    check_scalar(problems, type, "type", "enum", allowed=DID_TYPE_VALUES, required=True)
    if filter is not None:
        if not isinstance(filter, DidGroupFilter):
            problems.append(("filter", "must be a DidGroupFilter"))
        else:
            check_did_group_filter(filter, "filter", problems)
    raise_problems(problems)
    query = query_pairs(())
    out: list[str] = []
    out.append("<tns:CountryID>" + str(country_id) + "</tns:CountryID>")
    out.append("<tns:Type>" + xml_escape(enum_text(type)) + "</tns:Type>")
    if filter is not None:
        out.append("<tns:Filter>")
        _xml.write_did_group_filter(filter, out)
        out.append("</tns:Filter>")
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "text/xml; charset=utf-8"
    return PreparedRequest(
        "GetDIDGroupList",
        "POST",
        "",
        query,
        content=content,
        content_type=content_type,
        soap_action="http://www.voxbone.com/VoxAPI/GetDIDGroupList",
        xml_root="GetDIDGroupList",
    )


@with_context
def parse_get_did_group_list(response: httpx.Response, body: bytes) -> tuple[DidGroup, ...]:
    """Turn the answer to GetDIDGroupList into its result, or raise the error it carries."""
    raise_for_status("GetDIDGroupList", response, body, (200,), ERRORS)
    result = scan_soap(
        body, "GetDIDGroupListResponse", "http://www.voxbone.com/VoxAPI", _scan.scan_get_did_group_list_response
    )
    if result is None:
        result = _xml.read_get_did_group_list_response(
            response_element(
                response, body, "{http://www.voxbone.com/VoxAPI}GetDIDGroupListResponse", ERRORS, "GetDIDGroupList"
            ),
            "GetDIDGroupListResponse",
        )
    return result.did_groups


def build_place_dids_order(
    *,
    did_group_id: int,
    quantity: int,
    allow_asynchronous: bool,
    purchase_info: PurchaseInfo | None = None,
) -> PreparedRequest:
    """Check the arguments of PlaceDIDsOrder and build its request."""
    problems: Problems = []
    check_scalar(
        problems, did_group_id, "did_group_id", "integer", required=True, minimum=-2147483648, maximum=2147483647
    )
    check_scalar(problems, quantity, "quantity", "integer", required=True, minimum=1, maximum=2147483647)
    check_scalar(problems, allow_asynchronous, "allow_asynchronous", "boolean", required=True)
    if purchase_info is not None:
        if not isinstance(purchase_info, PurchaseInfo):
            problems.append(("purchase_info", "must be a PurchaseInfo"))
        else:
            check_purchase_info(purchase_info, "purchase_info", problems)
    raise_problems(problems)
    query = query_pairs(())
    out: list[str] = []
    out.append("<tns:DIDGroupID>" + str(did_group_id) + "</tns:DIDGroupID>")
    out.append("<tns:Quantity>" + str(quantity) + "</tns:Quantity>")
    out.append("<tns:AllowAsynchronous>" + ("true" if allow_asynchronous else "false") + "</tns:AllowAsynchronous>")
    if purchase_info is not None:
        out.append("<tns:PurchaseInfo>")
        _xml.write_purchase_info(purchase_info, out)
        out.append("</tns:PurchaseInfo>")
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "text/xml; charset=utf-8"
    return PreparedRequest(
        "PlaceDIDsOrder",
        "POST",
        "",
        query,
        content=content,
        content_type=content_type,
        mutates=True,
        soap_action="http://www.voxbone.com/VoxAPI/PlaceDIDsOrder",
        xml_root="PlaceDIDsOrder",
    )


@with_mutation_context
def parse_place_dids_order(response: httpx.Response, body: bytes) -> PlaceDidsOrderResponse:
    """Turn the answer to PlaceDIDsOrder into its result, or raise the error it carries."""
    raise_for_status("PlaceDIDsOrder", response, body, (200,), ERRORS)
    result = scan_soap(
        body, "PlaceDIDsOrderResponse", "http://www.voxbone.com/VoxAPI", _scan.scan_place_dids_order_response
    )
    if result is None:
        result = _xml.read_place_dids_order_response(
            response_element(
                response, body, "{http://www.voxbone.com/VoxAPI}PlaceDIDsOrderResponse", ERRORS, "PlaceDIDsOrder"
            ),
            "PlaceDIDsOrderResponse",
        )
    return result


def build_get_purchase_info_data(
    *,
    country_code_a2: str,
    area_code: str,
) -> PreparedRequest:
    """Check the arguments of GetPurchaseInfoData and build its request."""
    problems: Problems = []
    check_scalar(problems, country_code_a2, "country_code_a2", "string", required=True, pattern=_RE_28C44078CB)
    check_scalar(problems, area_code, "area_code", "string", required=True)
    raise_problems(problems)
    query = query_pairs(())
    out: list[str] = []
    out.append("<tns:CountryCodeA2>" + xml_escape(country_code_a2) + "</tns:CountryCodeA2>")
    out.append("<tns:AreaCode>" + xml_escape(area_code) + "</tns:AreaCode>")
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "text/xml; charset=utf-8"
    return PreparedRequest(
        "GetPurchaseInfoData",
        "POST",
        "",
        query,
        content=content,
        content_type=content_type,
        soap_action="http://www.voxbone.com/VoxAPI/GetPurchaseInfoData",
        xml_root="GetPurchaseInfoData",
    )


@with_context
def parse_get_purchase_info_data(response: httpx.Response, body: bytes) -> tuple[PurchaseInfoData, ...]:
    """Turn the answer to GetPurchaseInfoData into its result, or raise the error it carries."""
    raise_for_status("GetPurchaseInfoData", response, body, (200,), ERRORS)
    result = _xml.read_get_purchase_info_data_response(
        response_element(
            response, body, "{http://www.voxbone.com/VoxAPI}GetPurchaseInfoDataResponse", ERRORS, "GetPurchaseInfoData"
        ),
        "GetPurchaseInfoDataResponse",
    )
    return result.purchase_info_data


def build_is_purchase_info_valid(
    *,
    did_group_id: int,
    purchase_info: PurchaseInfo,
) -> PreparedRequest:
    """Check the arguments of IsPurchaseInfoValid and build its request."""
    problems: Problems = []
    check_scalar(
        problems, did_group_id, "did_group_id", "integer", required=True, minimum=-2147483648, maximum=2147483647
    )
    if purchase_info is None:
        problems.append(("purchase_info", "is required"))
    else:
        if not isinstance(purchase_info, PurchaseInfo):
            problems.append(("purchase_info", "must be a PurchaseInfo"))
        else:
            check_purchase_info(purchase_info, "purchase_info", problems)
    raise_problems(problems)
    query = query_pairs(())
    out: list[str] = []
    out.append("<tns:DIDGroupID>" + str(did_group_id) + "</tns:DIDGroupID>")
    out.append("<tns:PurchaseInfo>")
    _xml.write_purchase_info(purchase_info, out)
    out.append("</tns:PurchaseInfo>")
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "text/xml; charset=utf-8"
    return PreparedRequest(
        "IsPurchaseInfoValid",
        "POST",
        "",
        query,
        content=content,
        content_type=content_type,
        soap_action="http://www.voxbone.com/VoxAPI/IsPurchaseInfoValid",
        xml_root="IsPurchaseInfoValid",
    )


@with_context
def parse_is_purchase_info_valid(response: httpx.Response, body: bytes) -> IsPurchaseInfoValidResponse:
    """Turn the answer to IsPurchaseInfoValid into its result, or raise the error it carries."""
    raise_for_status("IsPurchaseInfoValid", response, body, (200,), ERRORS)
    result = scan_soap(
        body, "IsPurchaseInfoValidResponse", "http://www.voxbone.com/VoxAPI", _scan.scan_is_purchase_info_valid_response
    )
    if result is None:
        result = _xml.read_is_purchase_info_valid_response(
            response_element(
                response,
                body,
                "{http://www.voxbone.com/VoxAPI}IsPurchaseInfoValidResponse",
                ERRORS,
                "IsPurchaseInfoValid",
            ),
            "IsPurchaseInfoValidResponse",
        )
    return result


def build_cancel_did(
    *,
    dids_id: int,
) -> PreparedRequest:
    """Check the arguments of CancelDID and build its request."""
    problems: Problems = []
    check_scalar(problems, dids_id, "dids_id", "integer", required=True, minimum=-2147483648, maximum=2147483647)
    raise_problems(problems)
    query = query_pairs(())
    out: list[str] = []
    out.append("<tns:DIDsID>" + str(dids_id) + "</tns:DIDsID>")
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "text/xml; charset=utf-8"
    return PreparedRequest(
        "CancelDID",
        "POST",
        "",
        query,
        content=content,
        content_type=content_type,
        mutates=True,
        soap_action="http://www.voxbone.com/VoxAPI/CancelDID",
        xml_root="CancelDID",
    )


@with_mutation_context
def parse_cancel_did(response: httpx.Response, body: bytes) -> CancelDidResponse:
    """Turn the answer to CancelDID into its result, or raise the error it carries."""
    raise_for_status("CancelDID", response, body, (200,), ERRORS)
    result = scan_soap(body, "CancelDIDResponse", "http://www.voxbone.com/VoxAPI", _scan.scan_cancel_did_response)
    if result is None:
        result = _xml.read_cancel_did_response(
            response_element(response, body, "{http://www.voxbone.com/VoxAPI}CancelDIDResponse", ERRORS, "CancelDID"),
            "CancelDIDResponse",
        )
    return result


def build_map_did(
    *,
    dids_ids: Sequence[int],
    protocol: Protocol | Literal["SIP", "IAX"],
    uri: str,
) -> PreparedRequest:
    """Check the arguments of MapDID and build its request."""
    problems: Problems = []
    check_list(problems, dids_ids, "dids_ids", "integer", required=True, min_items=1)
    check_scalar(problems, protocol, "protocol", "enum", allowed=PROTOCOL_VALUES, required=True)
    check_scalar(problems, uri, "uri", "string", required=True)
    raise_problems(problems)
    query = query_pairs(())
    out: list[str] = []
    out.append("<tns:ArrayOfDIDsIDs>")
    for x in dids_ids:
        out.append("<tns:DIDsID>" + str(x) + "</tns:DIDsID>")
    out.append("</tns:ArrayOfDIDsIDs>")
    out.append("<tns:Protocol>" + xml_escape(enum_text(protocol)) + "</tns:Protocol>")
    out.append("<tns:URI>" + xml_escape(uri) + "</tns:URI>")
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "text/xml; charset=utf-8"
    return PreparedRequest(
        "MapDID",
        "POST",
        "",
        query,
        content=content,
        content_type=content_type,
        mutates=True,
        soap_action="http://www.voxbone.com/VoxAPI/MapDID",
        xml_root="MapDID",
    )


@with_mutation_context
def parse_map_did(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to MapDID into its result, or raise the error it carries."""
    raise_for_status("MapDID", response, body, (200,), ERRORS)
    response_element(response, body, "{http://www.voxbone.com/VoxAPI}MapDIDResponse", ERRORS, "MapDID")
    return None


def build_get_dids_info(
    *,
    filter: DidsFilter | None = None,
) -> PreparedRequest:
    """Check the arguments of GetDIDsInfo and build its request."""
    problems: Problems = []
    if filter is not None:
        if not isinstance(filter, DidsFilter):
            problems.append(("filter", "must be a DidsFilter"))
        else:
            check_dids_filter(filter, "filter", problems)
    raise_problems(problems)
    query = query_pairs(())
    out: list[str] = []
    if filter is not None:
        out.append("<tns:Filter>")
        _xml.write_dids_filter(filter, out)
        out.append("</tns:Filter>")
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "text/xml; charset=utf-8"
    return PreparedRequest(
        "GetDIDsInfo",
        "POST",
        "",
        query,
        content=content,
        content_type=content_type,
        soap_action="http://www.voxbone.com/VoxAPI/GetDIDsInfo",
        xml_root="GetDIDsInfo",
    )


@with_context
def parse_get_dids_info(response: httpx.Response, body: bytes) -> tuple[Did, ...]:
    """Turn the answer to GetDIDsInfo into its result, or raise the error it carries."""
    raise_for_status("GetDIDsInfo", response, body, (200,), ERRORS)
    result = scan_soap(body, "GetDIDsInfoResponse", "http://www.voxbone.com/VoxAPI", _scan.scan_get_dids_info_response)
    if result is None:
        result = _xml.read_get_dids_info_response(
            response_element(
                response, body, "{http://www.voxbone.com/VoxAPI}GetDIDsInfoResponse", ERRORS, "GetDIDsInfo"
            ),
            "GetDIDsInfoResponse",
        )
    return result.dids


def build_get_trunk_list() -> PreparedRequest:
    """Check the arguments of GetTrunkList and build its request."""
    problems: Problems = []
    raise_problems(problems)
    query = query_pairs(())
    out: list[str] = []
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "text/xml; charset=utf-8"
    return PreparedRequest(
        "GetTrunkList",
        "POST",
        "",
        query,
        content=content,
        content_type=content_type,
        soap_action="http://www.voxbone.com/VoxAPI/GetTrunkList",
        xml_root="GetTrunkList",
    )


@with_context
def parse_get_trunk_list(response: httpx.Response, body: bytes) -> tuple[Trunk, ...]:
    """Turn the answer to GetTrunkList into its result, or raise the error it carries."""
    raise_for_status("GetTrunkList", response, body, (200,), ERRORS)
    result = scan_soap(
        body, "GetTrunkListResponse", "http://www.voxbone.com/VoxAPI", _scan.scan_get_trunk_list_response
    )
    if result is None:
        result = _xml.read_get_trunk_list_response(
            response_element(
                response, body, "{http://www.voxbone.com/VoxAPI}GetTrunkListResponse", ERRORS, "GetTrunkList"
            ),
            "GetTrunkListResponse",
        )
    return result.trunks


def build_place_dids_on_trunk(
    *,
    dids_ids: Sequence[int],
    trunk_id: int,
) -> PreparedRequest:
    """Check the arguments of PlaceDIDsOnTrunk and build its request."""
    problems: Problems = []
    check_list(problems, dids_ids, "dids_ids", "integer", required=True, min_items=1)
    check_scalar(problems, trunk_id, "trunk_id", "integer", required=True, minimum=-2147483648, maximum=2147483647)
    raise_problems(problems)
    query = query_pairs(())
    out: list[str] = []
    out.append("<tns:ArrayOfDIDsIDs>")
    for x in dids_ids:
        out.append("<tns:DIDsID>" + str(x) + "</tns:DIDsID>")
    out.append("</tns:ArrayOfDIDsIDs>")
    out.append("<tns:TrunkID>" + str(trunk_id) + "</tns:TrunkID>")
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "text/xml; charset=utf-8"
    return PreparedRequest(
        "PlaceDIDsOnTrunk",
        "POST",
        "",
        query,
        content=content,
        content_type=content_type,
        mutates=True,
        soap_action="http://www.voxbone.com/VoxAPI/PlaceDIDsOnTrunk",
        xml_root="PlaceDIDsOnTrunk",
    )


@with_mutation_context
def parse_place_dids_on_trunk(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to PlaceDIDsOnTrunk into its result, or raise the error it carries."""
    raise_for_status("PlaceDIDsOnTrunk", response, body, (200,), ERRORS)
    response_element(
        response, body, "{http://www.voxbone.com/VoxAPI}PlaceDIDsOnTrunkResponse", ERRORS, "PlaceDIDsOnTrunk"
    )
    return None


def build_remove_dids_from_trunk(
    *,
    dids_ids: Sequence[int],
) -> PreparedRequest:
    """Check the arguments of RemoveDIDsFromTrunk and build its request."""
    problems: Problems = []
    check_list(problems, dids_ids, "dids_ids", "integer", required=True, min_items=1)
    raise_problems(problems)
    query = query_pairs(())
    out: list[str] = []
    out.append("<tns:ArrayOfDIDsIDs>")
    for x in dids_ids:
        out.append("<tns:DIDsID>" + str(x) + "</tns:DIDsID>")
    out.append("</tns:ArrayOfDIDsIDs>")
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "text/xml; charset=utf-8"
    return PreparedRequest(
        "RemoveDIDsFromTrunk",
        "POST",
        "",
        query,
        content=content,
        content_type=content_type,
        mutates=True,
        soap_action="http://www.voxbone.com/VoxAPI/RemoveDIDsFromTrunk",
        xml_root="RemoveDIDsFromTrunk",
    )


@with_mutation_context
def parse_remove_dids_from_trunk(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to RemoveDIDsFromTrunk into its result, or raise the error it carries."""
    raise_for_status("RemoveDIDsFromTrunk", response, body, (200,), ERRORS)
    response_element(
        response, body, "{http://www.voxbone.com/VoxAPI}RemoveDIDsFromTrunkResponse", ERRORS, "RemoveDIDsFromTrunk"
    )
    return None


def build_get_pop_list() -> PreparedRequest:
    """Check the arguments of GetPOPList and build its request."""
    problems: Problems = []
    raise_problems(problems)
    query = query_pairs(())
    out: list[str] = []
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "text/xml; charset=utf-8"
    return PreparedRequest(
        "GetPOPList",
        "POST",
        "",
        query,
        content=content,
        content_type=content_type,
        soap_action="http://www.voxbone.com/VoxAPI/GetPOPList",
        xml_root="GetPOPList",
    )


@with_context
def parse_get_pop_list(response: httpx.Response, body: bytes) -> tuple[Pop, ...]:
    """Turn the answer to GetPOPList into its result, or raise the error it carries."""
    raise_for_status("GetPOPList", response, body, (200,), ERRORS)
    result = scan_soap(body, "GetPOPListResponse", "http://www.voxbone.com/VoxAPI", _scan.scan_get_pop_list_response)
    if result is None:
        result = _xml.read_get_pop_list_response(
            response_element(response, body, "{http://www.voxbone.com/VoxAPI}GetPOPListResponse", ERRORS, "GetPOPList"),
            "GetPOPListResponse",
        )
    return result.pops


def build_update_delivery(
    *,
    delivery_id: int,
    dids_ids: Sequence[int],
) -> PreparedRequest:
    """Check the arguments of UpdateDelivery and build its request."""
    problems: Problems = []
    check_scalar(
        problems, delivery_id, "delivery_id", "integer", required=True, minimum=-2147483648, maximum=2147483647
    )
    check_list(problems, dids_ids, "dids_ids", "integer", required=True, min_items=1)
    raise_problems(problems)
    query = query_pairs(())
    out: list[str] = []
    out.append("<tns:DeliveryID>" + str(delivery_id) + "</tns:DeliveryID>")
    out.append("<tns:ArrayOfDIDsIDs>")
    for x in dids_ids:
        out.append("<tns:DIDsID>" + str(x) + "</tns:DIDsID>")
    out.append("</tns:ArrayOfDIDsIDs>")
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "text/xml; charset=utf-8"
    return PreparedRequest(
        "UpdateDelivery",
        "POST",
        "",
        query,
        content=content,
        content_type=content_type,
        mutates=True,
        soap_action="http://www.voxbone.com/VoxAPI/UpdateDelivery",
        xml_root="UpdateDelivery",
    )


@with_mutation_context
def parse_update_delivery(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to UpdateDelivery into its result, or raise the error it carries."""
    raise_for_status("UpdateDelivery", response, body, (200,), ERRORS)
    response_element(response, body, "{http://www.voxbone.com/VoxAPI}UpdateDeliveryResponse", ERRORS, "UpdateDelivery")
    return None


def build_get_tollfree_credit_package_list() -> PreparedRequest:
    """Check the arguments of GetTollfreeCreditPackageList and build its request."""
    problems: Problems = []
    raise_problems(problems)
    query = query_pairs(())
    out: list[str] = []
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "text/xml; charset=utf-8"
    return PreparedRequest(
        "GetTollfreeCreditPackageList",
        "POST",
        "",
        query,
        content=content,
        content_type=content_type,
        soap_action="http://www.voxbone.com/VoxAPI/GetTollfreeCreditPackageList",
        xml_root="GetTollfreeCreditPackageList",
    )


@with_context
def parse_get_tollfree_credit_package_list(response: httpx.Response, body: bytes) -> tuple[CreditPackage, ...]:
    """Turn the answer to GetTollfreeCreditPackageList into its result, or raise the error it carries."""
    raise_for_status("GetTollfreeCreditPackageList", response, body, (200,), ERRORS)
    result = scan_soap(
        body,
        "GetTollfreeCreditPackageListResponse",
        "http://www.voxbone.com/VoxAPI",
        _scan.scan_get_tollfree_credit_package_list_response,
    )
    if result is None:
        result = _xml.read_get_tollfree_credit_package_list_response(
            response_element(
                response,
                body,
                "{http://www.voxbone.com/VoxAPI}GetTollfreeCreditPackageListResponse",
                ERRORS,
                "GetTollfreeCreditPackageList",
            ),
            "GetTollfreeCreditPackageListResponse",
        )
    return result.tollfree_credit_packages


def build_purchase_tollfree_credit(
    *,
    tollfree_credit_package_id: int,
    quantity: int,
) -> PreparedRequest:
    """Check the arguments of PurchaseTollfreeCredit and build its request."""
    problems: Problems = []
    check_scalar(
        problems,
        tollfree_credit_package_id,
        "tollfree_credit_package_id",
        "integer",
        required=True,
        minimum=-2147483648,
        maximum=2147483647,
    )
    check_scalar(problems, quantity, "quantity", "integer", required=True, minimum=1, maximum=2147483647)
    raise_problems(problems)
    query = query_pairs(())
    out: list[str] = []
    out.append("<tns:TollfreeCreditPackageID>" + str(tollfree_credit_package_id) + "</tns:TollfreeCreditPackageID>")
    out.append("<tns:Quantity>" + str(quantity) + "</tns:Quantity>")
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "text/xml; charset=utf-8"
    return PreparedRequest(
        "PurchaseTollfreeCredit",
        "POST",
        "",
        query,
        content=content,
        content_type=content_type,
        mutates=True,
        soap_action="http://www.voxbone.com/VoxAPI/PurchaseTollfreeCredit",
        xml_root="PurchaseTollfreeCredit",
    )


@with_mutation_context
def parse_purchase_tollfree_credit(response: httpx.Response, body: bytes) -> PurchaseTollfreeCreditResponse:
    """Turn the answer to PurchaseTollfreeCredit into its result, or raise the error it carries."""
    raise_for_status("PurchaseTollfreeCredit", response, body, (200,), ERRORS)
    result = scan_soap(
        body,
        "PurchaseTollfreeCreditResponse",
        "http://www.voxbone.com/VoxAPI",
        _scan.scan_purchase_tollfree_credit_response,
    )
    if result is None:
        result = _xml.read_purchase_tollfree_credit_response(
            response_element(
                response,
                body,
                "{http://www.voxbone.com/VoxAPI}PurchaseTollfreeCreditResponse",
                ERRORS,
                "PurchaseTollfreeCredit",
            ),
            "PurchaseTollfreeCreditResponse",
        )
    return result


def build_get_order_status(
    *,
    order_reference: str,
) -> PreparedRequest:
    """Check the arguments of GetOrderStatus and build its request."""
    problems: Problems = []
    check_scalar(problems, order_reference, "order_reference", "string", required=True)
    raise_problems(problems)
    query = query_pairs(())
    out: list[str] = []
    out.append("<tns:OrderReference>" + xml_escape(order_reference) + "</tns:OrderReference>")
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "text/xml; charset=utf-8"
    return PreparedRequest(
        "GetOrderStatus",
        "POST",
        "",
        query,
        content=content,
        content_type=content_type,
        soap_action="http://www.voxbone.com/VoxAPI/GetOrderStatus",
        xml_root="GetOrderStatus",
    )


@with_context
def parse_get_order_status(response: httpx.Response, body: bytes) -> GetOrderStatusResponse:
    """Turn the answer to GetOrderStatus into its result, or raise the error it carries."""
    raise_for_status("GetOrderStatus", response, body, (200,), ERRORS)
    result = scan_soap(
        body, "GetOrderStatusResponse", "http://www.voxbone.com/VoxAPI", _scan.scan_get_order_status_response
    )
    if result is None:
        result = _xml.read_get_order_status_response(
            response_element(
                response, body, "{http://www.voxbone.com/VoxAPI}GetOrderStatusResponse", ERRORS, "GetOrderStatus"
            ),
            "GetOrderStatusResponse",
        )
    return result


def build_get_account_balance() -> PreparedRequest:
    """Check the arguments of GetAccountBalance and build its request."""
    problems: Problems = []
    raise_problems(problems)
    query = query_pairs(())
    out: list[str] = []
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "text/xml; charset=utf-8"
    return PreparedRequest(
        "GetAccountBalance",
        "POST",
        "",
        query,
        content=content,
        content_type=content_type,
        soap_action="http://www.voxbone.com/VoxAPI/GetAccountBalance",
        xml_root="GetAccountBalance",
    )


@with_context
def parse_get_account_balance(response: httpx.Response, body: bytes) -> GetAccountBalanceResponse:
    """Turn the answer to GetAccountBalance into its result, or raise the error it carries."""
    raise_for_status("GetAccountBalance", response, body, (200,), ERRORS)
    result = scan_soap(
        body, "GetAccountBalanceResponse", "http://www.voxbone.com/VoxAPI", _scan.scan_get_account_balance_response
    )
    if result is None:
        result = _xml.read_get_account_balance_response(
            response_element(
                response, body, "{http://www.voxbone.com/VoxAPI}GetAccountBalanceResponse", ERRORS, "GetAccountBalance"
            ),
            "GetAccountBalanceResponse",
        )
    return result
