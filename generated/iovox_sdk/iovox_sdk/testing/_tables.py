"""The iovox fake's tables, rendered from the spec: records, operations, answers and credentials."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from .. import _operations as _ops
from .. import models as _models
from .._fake_shapes import Op, Record, Shape, Spelling
from .._fake_state import Auth
from .._fake_wire import Format, Writer, XmlErrors

#: Every record type, by name: its fields on the wire and the SDK's model class.
RECORDS: Final[Mapping[str, Record]] = {
    "AdditionalInformation": Record(
        "AdditionalInformation",
        (
            Shape("firstname", "firstname", "string", required=True),
            Shape("lastname", "lastname", "string", required=True),
            Shape("company", "company", "string", required=True),
            Shape("street", "street", "string", required=True),
            Shape("building_number", "building_number", "integer", required=True),
            Shape("city", "city", "string", required=True),
            Shape("zipcode", "zipcode", "string", required=True),
        ),
        _models.AdditionalInformation,
    ),
    "PurchaseItem": Record(
        "PurchaseItem",
        (
            Shape("country_code", "country_code", "integer", required=True),
            Shape("area_code", "area_code", "integer"),
            Shape("post_code", "post_code", "string"),
            Shape("city_name", "city_name", "string"),
            Shape("number_type", "number_type", "enum", values=("NATIONAL", "GEOGRAPHIC", "TOLLFREE"), required=True),
            Shape("quantity", "quantity", "integer", required=True),
            Shape("additional_information", "additional_information", "record", record="AdditionalInformation"),
        ),
        _models.PurchaseItem,
    ),
    "Voxnumber": Record(
        "Voxnumber",
        (
            Shape("country_code", "country_code", "integer", required=True),
            Shape("area_code", "area_code", "integer", required=True),
            Shape("full_voxnumber", "full_voxnumber", "string", required=True),
        ),
        _models.Voxnumber,
    ),
    "PurchaseResult": Record(
        "PurchaseResult",
        (
            Shape("order_reference", "order_reference", "string", required=True),
            Shape("order_status", "order_status", "enum", values=("PENDING", "FULFILLED"), required=True),
            Shape("voxnumbers", "voxnumbers", "record", record="Voxnumber", container="list", xml_item="voxnumber"),
        ),
        _models.PurchaseResult,
    ),
    "OrderCallback": Record(
        "OrderCallback",
        (
            Shape("order_reference", "order_reference", "string", required=True),
            Shape("order_status", "order_status", "enum", values=("PENDING", "FULFILLED"), required=True),
            Shape("voxnumbers", "voxnumbers", "record", record="Voxnumber", container="list", xml_item="voxnumber"),
        ),
        _models.OrderCallback,
    ),
    "Region": Record(
        "Region",
        (
            Shape("area_code", "area_code", "integer"),
            Shape("country_code", "country_code", "integer"),
            Shape("country_name", "country_name", "string"),
            Shape("state_name", "state_name", "string"),
            Shape("city_name", "city_name", "string"),
            Shape("cost", "cost", "decimal"),
            Shape("require_purchase_info", "require_purchase_info", "boolean"),
        ),
        _models.Region,
    ),
    "RegionPage": Record(
        "RegionPage",
        (
            Shape("current_page", "current_page", "integer", required=True),
            Shape("total_pages", "total_pages", "integer", required=True),
            Shape("total_results", "total_results", "integer", required=True),
            Shape("results", "results", "record", record="Region", container="list", xml_item="result"),
        ),
        _models.RegionPage,
    ),
    "AccountVoxnumber": Record(
        "AccountVoxnumber",
        (
            Shape("voxnumber", "voxnumber", "string", required=True),
            Shape("voxnumber_type", "voxnumber_type", "enum", values=("LOCAL", "NATIONAL")),
            Shape("country_code", "country_code", "integer"),
            Shape("area_code", "area_code", "integer"),
            Shape("voxnumber_country", "voxnumber_country", "string"),
            Shape("voxnumber_city", "voxnumber_city", "string"),
            Shape("assigned_status", "assigned_status", "enum", values=("ASSIGNED", "UNASSIGNED")),
            Shape("purchase_date", "purchase_date", "string"),
        ),
        _models.AccountVoxnumber,
    ),
    "VoxnumberPage": Record(
        "VoxnumberPage",
        (
            Shape("current_page", "current_page", "integer", required=True),
            Shape("total_pages", "total_pages", "integer", required=True),
            Shape("total_results", "total_results", "integer", required=True),
            Shape("results", "results", "record", record="AccountVoxnumber", container="list", xml_item="result"),
        ),
        _models.VoxnumberPage,
    ),
}

#: Every operation: how it is routed, its parameters, its answer, and the SDK's builder that checks it.
OPERATIONS: Final[tuple[Op, ...]] = (
    Op(
        "purchaseVoxNumbers",
        "purchase_vox_numbers",
        "POST",
        "/Purchase",
        _ops.build_purchase_vox_numbers,
        fixed_query=(("v", "3"), ("method", "purchaseVoxNumbers")),
        params=(
            Shape("callback_url", "callback_url", "string", location="body", sample="http://"),
            Shape("cc_list", "cc_list", "string", container="csv", location="body"),
            Shape("dynamic_quantity", "dynamic_quantity", "boolean", location="body"),
            Shape(
                "items",
                "items",
                "record",
                record="PurchaseItem",
                container="list",
                required=True,
                location="body",
                xml_item="item",
            ),
        ),
        body="xml",
        xml_root="request",
        response=Shape("response", "response", "record", record="PurchaseResult"),
        response_root="response",
        success_status=201,
        mutates=True,
    ),
    Op(
        "getVoxnumberRegions",
        "get_voxnumber_regions",
        "GET",
        "/Purchase",
        _ops.build_get_voxnumber_regions,
        fixed_query=(("v", "3"), ("method", "getVoxnumberRegions")),
        params=(
            Shape("page", "page", "integer", location="query"),
            Shape("limit", "limit", "integer", location="query"),
            Shape(
                "number_type", "number_type", "enum", values=("NATIONAL", "GEOGRAPHIC", "TOLLFREE"), location="query"
            ),
            Shape("country_code", "country_code", "integer", location="query"),
            Shape("area_code", "area_code", "integer", location="query"),
            Shape(
                "req_fields",
                "req_fields",
                "enum",
                values=("ac", "cc", "con", "stn", "cin", "ct"),
                container="csv",
                location="query",
            ),
        ),
        response=Shape("response", "response", "record", record="RegionPage"),
        response_root="response",
    ),
    Op(
        "getVoxnumbers",
        "get_voxnumbers",
        "GET",
        "/Voxnumbers",
        _ops.build_get_voxnumbers,
        fixed_query=(("v", "3"), ("method", "getVoxnumbers")),
        params=(
            Shape("page", "page", "integer", location="query"),
            Shape("limit", "limit", "integer", location="query"),
            Shape("voxnumber", "voxnumber", "string", location="query", sample="1"),
            Shape("voxnumber_type", "voxnumber_type", "enum", values=("LOCAL", "NATIONAL"), location="query"),
            Shape("voxnumber_country", "voxnumber_country", "string", location="query"),
            Shape("voxnumber_city", "voxnumber_city", "string", location="query"),
            Shape("assigned_status", "assigned_status", "enum", values=("ASSIGNED", "UNASSIGNED"), location="query"),
            Shape("order", "order", "string", location="query", sample="z_ASC"),
        ),
        response=Shape("response", "response", "record", record="VoxnumberPage"),
        response_root="response",
    ),
    Op(
        "deleteVoxnumbersFromAccount",
        "delete_voxnumbers_from_account",
        "DELETE",
        "/Voxnumbers",
        _ops.build_delete_voxnumbers_from_account,
        fixed_query=(("v", "3"), ("method", "deleteVoxnumbersFromAccount")),
        params=(
            Shape("full_voxnumbers", "full_voxnumbers", "string", container="csv", required=True, location="query"),
            Shape("rm_if_in_use", "rm_if_in_use", "boolean", location="query"),
        ),
        success_status=204,
        mutates=True,
    ),
)

#: How the carrier spells booleans, dates and datetimes.
SPELLING: Final = Spelling(("TRUE", "FALSE"), "%Y-%m-%d", "%Y-%m-%d %H:%M:%S")

#: Where the credentials ride: identities and secrets as (wire name, Python name).
AUTH: Final = Auth("header", (("username", "username"),), (("secureKey", "secure_key"),))

#: Path segments a client option replaces: (segment in the spec's paths, option's wire name).
PATH_OPTIONS: Final[tuple[tuple[str, str], ...]] = ()

WRITER: Final = Writer(RECORDS, SPELLING)
TEXT_WRITER: Final = Writer(RECORDS, SPELLING, json_text=True)


def answer_format(fault_detail: str | None) -> Format:
    """How the carrier answers (``fault_detail``: the SOAP fault's detail element, where there is one)."""
    return XmlErrors(WRITER)
