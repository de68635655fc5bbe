"""The Voxbone VoxAPI fake's tables, rendered from the spec: records, operations, answers and credentials."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from .. import _operations as _ops
from .. import models as _models
from .._fake_shapes import Op, Record, Shape, Spelling
from .._fake_state import Auth
from .._fake_wire import Format, SoapFormat, Writer

#: Every record type, by name: its fields on the wire and the SDK's model class.
RECORDS: Final[Mapping[str, Record]] = {
    "UserToken": Record(
        "UserToken",
        (
            Shape("Username", "username", "string", required=True),
            Shape("Key", "key", "string", required=True),
            Shape("Hash", "hash", "string", required=True),
        ),
        _models.UserToken,
    ),
    "Country": Record(
        "Country",
        (
            Shape("CountryID", "country_id", "integer", required=True),
            Shape("CountryName", "country_name", "string", required=True),
            Shape("CodeA2", "code_a2", "string", required=True, sample="ZZ"),
            Shape("CountryCode", "country_code", "integer", required=True),
            Shape("HasStates", "has_states", "boolean", required=True),
        ),
        _models.Country,
    ),
    "State": Record(
        "State",
        (
            Shape("StateID", "state_id", "integer", required=True),
            Shape("StateName", "state_name", "string", required=True),
            Shape("CodeA2", "code_a2", "string", required=True),
        ),
        _models.State,
    ),
    "DidGroupFilter": Record(
        "DidGroupFilter",
        (Shape("HideEmpty", "hide_empty", "boolean"), Shape("StateID", "state_id", "integer")),
        _models.DidGroupFilter,
    ),
    "DidGroup": Record(
        "DidGroup",
        (
            Shape("DIDGroupID", "did_group_id", "integer", required=True),
            Shape("CountryName", "country_name", "string", required=True),
            Shape("CityName", "city_name", "string", required=True),
            Shape("stock", "stock", "integer", required=True),
            Shape("CountryCode", "country_code", "integer", required=True),
            Shape("AreaCode", "area_code", "string", required=True),
            Shape("Setup100", "setup100", "integer", required=True),
            Shape("Monthly100", "monthly100", "integer", required=True),
            Shape("RequirePurchaseInfo", "require_purchase_info", "boolean", required=True),
        ),
        _models.DidGroup,
    ),
    "PurchaseInfo": Record(
        "PurchaseInfo",
        (
            Shape("Firstname", "firstname", "string", required=True),
            Shape("Lastname", "lastname", "string", required=True),
            Shape("Company", "company", "string", required=True),
            Shape("Salutation", "salutation", "string", required=True),
            Shape("Street", "street", "string", required=True),
            Shape("BuildingNumber", "building_number", "string", required=True),
            Shape("City", "city", "string", required=True),
            Shape("ZipCode", "zip_code", "string", required=True),
            Shape("CountryCodeA2", "country_code_a2", "string", required=True, sample="ZZ"),
        ),
        _models.PurchaseInfo,
    ),
    "PurchaseInfoData": Record(
        "PurchaseInfoData",
        (Shape("CityName", "city_name", "string", required=True), Shape("Zip", "zip", "string", container="list")),
        _models.PurchaseInfoData,
    ),
    "Did": Record(
        "Did",
        (
            Shape("DIDsID", "dids_id", "integer", required=True),
            Shape("DID", "did", "string", required=True, sample="1"),
            Shape("E164", "e164", "string", required=True, sample="1"),
            Shape("Type", "type", "enum", values=("GEOGRAPHIC", "TOLLFREE", "NATIONAL"), required=True),
            Shape("CountryName", "country_name", "string", required=True),
            Shape("CountryCode", "country_code", "integer", required=True),
            Shape("CityName", "city_name", "string", required=True),
            Shape("AreaCode", "area_code", "string", required=True),
            Shape("mapping", "mapping", "string", required=True),
            Shape("OrderReference", "order_reference", "string", required=True),
            Shape("Channels", "channels", "integer", required=True),
            Shape("Delivery", "delivery", "string", required=True),
            Shape("TrunkID", "trunk_id", "integer", required=True),
        ),
        _models.Did,
    ),
    "DidsFilter": Record(
        "DidsFilter",
        (Shape("E164", "e164", "string", sample="1"), Shape("OrderReference", "order_reference", "string")),
        _models.DidsFilter,
    ),
    "Trunk": Record(
        "Trunk",
        (
            Shape("TrunkID", "trunk_id", "integer", required=True),
            Shape("Zone", "zone", "string", required=True),
            Shape("DIDsOnTrunk", "dids_on_trunk", "integer", required=True),
            Shape("MaximumCapacity", "maximum_capacity", "integer", required=True),
        ),
        _models.Trunk,
    ),
    "Pop": Record(
        "Pop",
        (
            Shape("DeliveryID", "delivery_id", "integer", required=True),
            Shape("Name", "name", "string", required=True),
            Shape("ArrayOfIPs", "ips", "string", container="list", required=True, xml_item="IP"),
        ),
        _models.Pop,
    ),
    "CreditPackage": Record(
        "CreditPackage",
        (
            Shape("TollfreeCreditPackageID", "tollfree_credit_package_id", "integer", required=True),
            Shape("Name", "name", "string", required=True),
            Shape("Price100", "price100", "integer", required=True),
        ),
        _models.CreditPackage,
    ),
    "VoxApiFault": Record("VoxApiFault", (Shape("message", "message", "string"),), _models.VoxApiFault),
    "GetCountriesList": Record(
        "GetCountriesList",
        (
            Shape("UserToken", "user_token", "record", record="UserToken", required=True),
            Shape("Type", "type", "enum", values=("GEOGRAPHIC", "TOLLFREE", "NATIONAL"), required=True),
        ),
        _models.GetCountriesList,
    ),
    "GetCountriesListResponse": Record(
        "GetCountriesListResponse",
        (
            Shape(
                "ArrayOfCountries",
                "countries",
                "record",
                record="Country",
                container="list",
                required=True,
                xml_item="Country",
            ),
        ),
        _models.GetCountriesListResponse,
    ),
    "GetStatesList": Record(
        "GetStatesList",
        (
            Shape("UserToken", "user_token", "record", record="UserToken", required=True),
            Shape("CountryID", "country_id", "integer", required=True),
        ),
        _models.GetStatesList,
    ),
    "GetStatesListResponse": Record(
        "GetStatesListResponse",
        (
            Shape(
                "ArrayOfStates", "states", "record", record="State", container="list", required=True, xml_item="State"
            ),
        ),
        _models.GetStatesListResponse,
    ),
    "GetDidGroupList": Record(
        "GetDidGroupList",
        (
            Shape("UserToken", "user_token", "record", record="UserToken", required=True),
            Shape("CountryID", "country_id", "integer", required=True),
            Shape("Type", "type", "enum", values=("GEOGRAPHIC", "TOLLFREE", "NATIONAL"), required=True),
            Shape("Filter", "filter", "record", record="DidGroupFilter"),
        ),
        _models.GetDidGroupList,
    ),
    "GetDidGroupListResponse": Record(
        "GetDidGroupListResponse",
        (
            Shape(
                "ArrayOfDIDGroups",
                "did_groups",
                "record",
                record="DidGroup",
                container="list",
                required=True,
                xml_item="DIDGroup",
            ),
        ),
        _models.GetDidGroupListResponse,
    ),
    "PlaceDidsOrder": Record(
        "PlaceDidsOrder",
        (
            Shape("UserToken", "user_token", "record", record="UserToken", required=True),
            Shape("DIDGroupID", "did_group_id", "integer", required=True),
            Shape("Quantity", "quantity", "integer", required=True),
            Shape("AllowAsynchronous", "allow_asynchronous", "boolean", required=True),
            Shape("PurchaseInfo", "purchase_info", "record", record="PurchaseInfo"),
        ),
        _models.PlaceDidsOrder,
    ),
    "PlaceDidsOrderResponse": Record(
        "PlaceDidsOrderResponse",
        (
            Shape("OrderReference", "order_reference", "string", required=True),
            Shape("Status", "status", "enum", values=("FULFILLED",), open=True, required=True),
            Shape("ArrayOfDIDs", "dids", "record", record="Did", container="list", required=True, xml_item="DID"),
        ),
        _models.PlaceDidsOrderResponse,
    ),
    "GetPurchaseInfoData": Record(
        "GetPurchaseInfoData",
        (
            Shape("UserToken", "user_token", "record", record="UserToken", required=True),
            Shape("CountryCodeA2", "country_code_a2", "string", required=True, sample="ZZ"),
            Shape("AreaCode", "area_code", "string", required=True),
        ),
        _models.GetPurchaseInfoData,
    ),
    "GetPurchaseInfoDataResponse": Record(
        "GetPurchaseInfoDataResponse",
        (
            Shape(
                "ArrayOfPurchaseInfoData",
                "purchase_info_data",
                "record",
                record="PurchaseInfoData",
                container="list",
                required=True,
                xml_item="PurchaseInfoData",
            ),
        ),
        _models.GetPurchaseInfoDataResponse,
    ),
    "IsPurchaseInfoValid": Record(
        "IsPurchaseInfoValid",
        (
            Shape("UserToken", "user_token", "record", record="UserToken", required=True),
            Shape("DIDGroupID", "did_group_id", "integer", required=True),
            Shape("PurchaseInfo", "purchase_info", "record", record="PurchaseInfo", required=True),
        ),
        _models.IsPurchaseInfoValid,
    ),
    "IsPurchaseInfoValidResponse": Record(
        "IsPurchaseInfoValidResponse",
        (Shape("Status", "status", "enum", values=("VALID",), open=True, required=True),),
        _models.IsPurchaseInfoValidResponse,
    ),
    "CancelDid": Record(
        "CancelDid",
        (
            Shape("UserToken", "user_token", "record", record="UserToken", required=True),
            Shape("DIDsID", "dids_id", "integer", required=True),
        ),
        _models.CancelDid,
    ),
    "CancelDidResponse": Record(
        "CancelDidResponse", (Shape("Canceled", "canceled", "boolean", required=True),), _models.CancelDidResponse
    ),
    "MapDid": Record(
        "MapDid",
        (
            Shape("UserToken", "user_token", "record", record="UserToken", required=True),
            Shape("ArrayOfDIDsIDs", "dids_ids", "integer", container="list", required=True, xml_item="DIDsID"),
            Shape("Protocol", "protocol", "enum", values=("SIP", "IAX"), required=True),
            Shape("URI", "uri", "string", required=True),
        ),
        _models.MapDid,
    ),
    "MapDidResponse": Record("MapDidResponse", (), _models.MapDidResponse),
    "GetDidsInfo": Record(
        "GetDidsInfo",
        (
            Shape("UserToken", "user_token", "record", record="UserToken", required=True),
            Shape("Filter", "filter", "record", record="DidsFilter"),
        ),
        _models.GetDidsInfo,
    ),
    "GetDidsInfoResponse": Record(
        "GetDidsInfoResponse",
        (Shape("ArrayOfDIDs", "dids", "record", record="Did", container="list", required=True, xml_item="DID"),),
        _models.GetDidsInfoResponse,
    ),
    "GetTrunkList": Record(
        "GetTrunkList",
        (Shape("UserToken", "user_token", "record", record="UserToken", required=True),),
        _models.GetTrunkList,
    ),
    "GetTrunkListResponse": Record(
        "GetTrunkListResponse",
        (
            Shape(
                "ArrayOfTrunks", "trunks", "record", record="Trunk", container="list", required=True, xml_item="Trunk"
            ),
        ),
        _models.GetTrunkListResponse,
    ),
    "PlaceDidsOnTrunk": Record(
        "PlaceDidsOnTrunk",
        (
            Shape("UserToken", "user_token", "record", record="UserToken", required=True),
            Shape("ArrayOfDIDsIDs", "dids_ids", "integer", container="list", required=True, xml_item="DIDsID"),
            Shape("TrunkID", "trunk_id", "integer", required=True),
        ),
        _models.PlaceDidsOnTrunk,
    ),
    "PlaceDidsOnTrunkResponse": Record("PlaceDidsOnTrunkResponse", (), _models.PlaceDidsOnTrunkResponse),
    "RemoveDidsFromTrunk": Record(
        "RemoveDidsFromTrunk",
        (
            Shape("UserToken", "user_token", "record", record="UserToken", required=True),
            Shape("ArrayOfDIDsIDs", "dids_ids", "integer", container="list", required=True, xml_item="DIDsID"),
        ),
        _models.RemoveDidsFromTrunk,
    ),
    "RemoveDidsFromTrunkResponse": Record("RemoveDidsFromTrunkResponse", (), _models.RemoveDidsFromTrunkResponse),
    "GetPopList": Record(
        "GetPopList",
        (Shape("UserToken", "user_token", "record", record="UserToken", required=True),),
        _models.GetPopList,
    ),
    "GetPopListResponse": Record(
        "GetPopListResponse",
        (Shape("ArrayOfPOPs", "pops", "record", record="Pop", container="list", required=True, xml_item="POP"),),
        _models.GetPopListResponse,
    ),
    "UpdateDelivery": Record(
        "UpdateDelivery",
        (
            Shape("UserToken", "user_token", "record", record="UserToken", required=True),
            Shape("DeliveryID", "delivery_id", "integer", required=True),
            Shape("ArrayOfDIDsIDs", "dids_ids", "integer", container="list", required=True, xml_item="DIDsID"),
        ),
        _models.UpdateDelivery,
    ),
    "UpdateDeliveryResponse": Record("UpdateDeliveryResponse", (), _models.UpdateDeliveryResponse),
    "GetTollfreeCreditPackageList": Record(
        "GetTollfreeCreditPackageList",
        (Shape("UserToken", "user_token", "record", record="UserToken", required=True),),
        _models.GetTollfreeCreditPackageList,
    ),
    "GetTollfreeCreditPackageListResponse": Record(
        "GetTollfreeCreditPackageListResponse",
        (
            Shape(
                "ArrayOfTollfreeCreditPackages",
                "tollfree_credit_packages",
                "record",
                record="CreditPackage",
                container="list",
                required=True,
                xml_item="CreditPackage",
            ),
        ),
        _models.GetTollfreeCreditPackageListResponse,
    ),
    "PurchaseTollfreeCredit": Record(
        "PurchaseTollfreeCredit",
        (
            Shape("UserToken", "user_token", "record", record="UserToken", required=True),
            Shape("TollfreeCreditPackageID", "tollfree_credit_package_id", "integer", required=True),
            Shape("Quantity", "quantity", "integer", required=True),
        ),
        _models.PurchaseTollfreeCredit,
    ),
    "PurchaseTollfreeCreditResponse": Record(
        "PurchaseTollfreeCreditResponse",
        (
            Shape("OrderReference", "order_reference", "string", required=True),
            Shape("OrderStatus", "order_status", "enum", values=("FULFILLED",), open=True, required=True),
        ),
        _models.PurchaseTollfreeCreditResponse,
    ),
    "GetOrderStatus": Record(
        "GetOrderStatus",
        (
            Shape("UserToken", "user_token", "record", record="UserToken", required=True),
            Shape("OrderReference", "order_reference", "string", required=True),
        ),
        _models.GetOrderStatus,
    ),
    "GetOrderStatusResponse": Record(
        "GetOrderStatusResponse",
        (
            Shape("OrderReference", "order_reference", "string", required=True),
            Shape("Status", "status", "enum", values=("FULFILLED",), open=True, required=True),
        ),
        _models.GetOrderStatusResponse,
    ),
    "GetAccountBalance": Record(
        "GetAccountBalance",
        (Shape("UserToken", "user_token", "record", record="UserToken", required=True),),
        _models.GetAccountBalance,
    ),
    "GetAccountBalanceResponse": Record(
        "GetAccountBalanceResponse",
        (
            Shape("Balance", "balance", "decimal", required=True),
            Shape("Threshold", "threshold", "decimal", required=True),
            Shape("Currency", "currency", "string", required=True),
            Shape("IsActive", "is_active", "boolean", required=True),
        ),
        _models.GetAccountBalanceResponse,
    ),
}

#: Every operation: how it is routed, its parameters, its answer, and the SDK's builder that checks it.
OPERATIONS: Final[tuple[Op, ...]] = (
    Op(
        "GetCountriesList",
        "get_countries_list",
        "POST",
        "",
        _ops.build_get_countries_list,
        fixed_query=(),
        params=(
            Shape(
                "Type", "type", "enum", values=("GEOGRAPHIC", "TOLLFREE", "NATIONAL"), required=True, location="body"
            ),
        ),
        xml_root="GetCountriesList",
        response=Shape("response", "response", "record", record="GetCountriesListResponse"),
        response_root="GetCountriesListResponse",
    ),
    Op(
        "GetStatesList",
        "get_states_list",
        "POST",
        "",
        _ops.build_get_states_list,
        fixed_query=(),
        params=(Shape("CountryID", "country_id", "integer", required=True, location="body"),),
        xml_root="GetStatesList",
        response=Shape("response", "response", "record", record="GetStatesListResponse"),
        response_root="GetStatesListResponse",
    ),
    Op(
        "GetDIDGroupList",
        "get_did_group_list",
        "POST",
        "",
        _ops.build_get_did_group_list,
        fixed_query=(),
        params=(
            Shape("CountryID", "country_id", "integer", required=True, location="body"),
            Shape(
                "Type", "type", "enum", values=("GEOGRAPHIC", "TOLLFREE", "NATIONAL"), required=True, location="body"
            ),
            Shape("Filter", "filter", "record", record="DidGroupFilter", location="body"),
        ),
        xml_root="GetDIDGroupList",
        response=Shape("response", "response", "record", record="GetDidGroupListResponse"),
        response_root="GetDIDGroupListResponse",
    ),
    Op(
        "PlaceDIDsOrder",
        "place_dids_order",
        "POST",
        "",
        _ops.build_place_dids_order,
        fixed_query=(),
        params=(
            Shape("DIDGroupID", "did_group_id", "integer", required=True, location="body"),
            Shape("Quantity", "quantity", "integer", required=True, location="body"),
            Shape("AllowAsynchronous", "allow_asynchronous", "boolean", required=True, location="body"),
            Shape("PurchaseInfo", "purchase_info", "record", record="PurchaseInfo", location="body"),
        ),
        xml_root="PlaceDIDsOrder",
        response=Shape("response", "response", "record", record="PlaceDidsOrderResponse"),
        response_root="PlaceDIDsOrderResponse",
        mutates=True,
    ),
    Op(
        "GetPurchaseInfoData",
        "get_purchase_info_data",
        "POST",
        "",
        _ops.build_get_purchase_info_data,
        fixed_query=(),
        params=(
            Shape("CountryCodeA2", "country_code_a2", "string", required=True, location="body", sample="ZZ"),
            Shape("AreaCode", "area_code", "string", required=True, location="body"),
        ),
        xml_root="GetPurchaseInfoData",
        response=Shape("response", "response", "record", record="GetPurchaseInfoDataResponse"),
        response_root="GetPurchaseInfoDataResponse",
    ),
    Op(
        "IsPurchaseInfoValid",
        "is_purchase_info_valid",
        "POST",
        "",
        _ops.build_is_purchase_info_valid,
        fixed_query=(),
        params=(
            Shape("DIDGroupID", "did_group_id", "integer", required=True, location="body"),
            Shape("PurchaseInfo", "purchase_info", "record", record="PurchaseInfo", required=True, location="body"),
        ),
        xml_root="IsPurchaseInfoValid",
        response=Shape("response", "response", "record", record="IsPurchaseInfoValidResponse"),
        response_root="IsPurchaseInfoValidResponse",
    ),
    Op(
        "CancelDID",
        "cancel_did",
        "POST",
        "",
        _ops.build_cancel_did,
        fixed_query=(),
        params=(Shape("DIDsID", "dids_id", "integer", required=True, location="body"),),
        xml_root="CancelDID",
        response=Shape("response", "response", "record", record="CancelDidResponse"),
        response_root="CancelDIDResponse",
        mutates=True,
    ),
    Op(
        "MapDID",
        "map_did",
        "POST",
        "",
        _ops.build_map_did,
        fixed_query=(),
        params=(
            Shape(
                "ArrayOfDIDsIDs",
                "dids_ids",
                "integer",
                container="list",
                required=True,
                location="body",
                xml_item="DIDsID",
            ),
            Shape("Protocol", "protocol", "enum", values=("SIP", "IAX"), required=True, location="body"),
            Shape("URI", "uri", "string", required=True, location="body"),
        ),
        xml_root="MapDID",
        response_root="MapDIDResponse",
        mutates=True,
    ),
    Op(
        "GetDIDsInfo",
        "get_dids_info",
        "POST",
        "",
        _ops.build_get_dids_info,
        fixed_query=(),
        params=(Shape("Filter", "filter", "record", record="DidsFilter", location="body"),),
        xml_root="GetDIDsInfo",
        response=Shape("response", "response", "record", record="GetDidsInfoResponse"),
        response_root="GetDIDsInfoResponse",
    ),
    Op(
        "GetTrunkList",
        "get_trunk_list",
        "POST",
        "",
        _ops.build_get_trunk_list,
        fixed_query=(),
        params=(),
        xml_root="GetTrunkList",
        response=Shape("response", "response", "record", record="GetTrunkListResponse"),
        response_root="GetTrunkListResponse",
    ),
    Op(
        "PlaceDIDsOnTrunk",
        "place_dids_on_trunk",
        "POST",
        "",
        _ops.build_place_dids_on_trunk,
        fixed_query=(),
        params=(
            Shape(
                "ArrayOfDIDsIDs",
                "dids_ids",
                "integer",
                container="list",
                required=True,
                location="body",
                xml_item="DIDsID",
            ),
            Shape("TrunkID", "trunk_id", "integer", required=True, location="body"),
        ),
        xml_root="PlaceDIDsOnTrunk",
        response_root="PlaceDIDsOnTrunkResponse",
        mutates=True,
    ),
    Op(
        "RemoveDIDsFromTrunk",
        "remove_dids_from_trunk",
        "POST",
        "",
        _ops.build_remove_dids_from_trunk,
        fixed_query=(),
        params=(
            Shape(
                "ArrayOfDIDsIDs",
                "dids_ids",
                "integer",
                container="list",
                required=True,
                location="body",
                xml_item="DIDsID",
            ),
        ),
        xml_root="RemoveDIDsFromTrunk",
        response_root="RemoveDIDsFromTrunkResponse",
        mutates=True,
    ),
    Op(
        "GetPOPList",
        "get_pop_list",
        "POST",
        "",
        _ops.build_get_pop_list,
        fixed_query=(),
        params=(),
        xml_root="GetPOPList",
        response=Shape("response", "response", "record", record="GetPopListResponse"),
        response_root="GetPOPListResponse",
    ),
    Op(
        "UpdateDelivery",
        "update_delivery",
        "POST",
        "",
        _ops.build_update_delivery,
        fixed_query=(),
        params=(
            Shape("DeliveryID", "delivery_id", "integer", required=True, location="body"),
            Shape(
                "ArrayOfDIDsIDs",
                "dids_ids",
                "integer",
                container="list",
                required=True,
                location="body",
                xml_item="DIDsID",
            ),
        ),
        xml_root="UpdateDelivery",
        response_root="UpdateDeliveryResponse",
        mutates=True,
    ),
    Op(
        "GetTollfreeCreditPackageList",
        "get_tollfree_credit_package_list",
        "POST",
        "",
        _ops.build_get_tollfree_credit_package_list,
        fixed_query=(),
        params=(),
        xml_root="GetTollfreeCreditPackageList",
        response=Shape("response", "response", "record", record="GetTollfreeCreditPackageListResponse"),
        response_root="GetTollfreeCreditPackageListResponse",
    ),
    Op(
        "PurchaseTollfreeCredit",
        "purchase_tollfree_credit",
        "POST",
        "",
        _ops.build_purchase_tollfree_credit,
        fixed_query=(),
        params=(
            Shape("TollfreeCreditPackageID", "tollfree_credit_package_id", "integer", required=True, location="body"),
            Shape("Quantity", "quantity", "integer", required=True, location="body"),
        ),
        xml_root="PurchaseTollfreeCredit",
        response=Shape("response", "response", "record", record="PurchaseTollfreeCreditResponse"),
        response_root="PurchaseTollfreeCreditResponse",
        mutates=True,
    ),
    Op(
        "GetOrderStatus",
        "get_order_status",
        "POST",
        "",
        _ops.build_get_order_status,
        fixed_query=(),
        params=(Shape("OrderReference", "order_reference", "string", required=True, location="body"),),
        xml_root="GetOrderStatus",
        response=Shape("response", "response", "record", record="GetOrderStatusResponse"),
        response_root="GetOrderStatusResponse",
    ),
    Op(
        "GetAccountBalance",
        "get_account_balance",
        "POST",
        "",
        _ops.build_get_account_balance,
        fixed_query=(),
        params=(),
        xml_root="GetAccountBalance",
        response=Shape("response", "response", "record", record="GetAccountBalanceResponse"),
        response_root="GetAccountBalanceResponse",
    ),
)

#: How the carrier spells booleans, dates and datetimes.
SPELLING: Final = Spelling(("true", "false"), "%Y-%m-%d", "%Y-%m-%d %H:%M:%S")

#: Where the credentials ride: identities and secrets as (wire name, Python name).
AUTH: Final = Auth("soap_token", (("username", "username"),), (("password", "password"),))

#: Path segments a client option replaces: (segment in the spec's paths, option's wire name).
PATH_OPTIONS: Final[tuple[tuple[str, str], ...]] = ()

WRITER: Final = Writer(RECORDS, SPELLING)
TEXT_WRITER: Final = Writer(RECORDS, SPELLING, json_text=True)


def answer_format(fault_detail: str | None) -> Format:
    """How the carrier answers (``fault_detail``: the SOAP fault's detail element, where there is one)."""
    return SoapFormat(WRITER, namespace="http://www.voxbone.com/VoxAPI", fault_element=fault_detail)
