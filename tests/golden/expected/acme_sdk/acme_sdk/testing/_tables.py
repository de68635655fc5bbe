"""The Acme Numbers fake's tables, rendered from the spec: records, operations, answers and credentials."""

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
    "Contact": Record(
        "Contact",
        (
            Shape("Name", "name", "string", required=True),
            Shape("Email", "email", "string", sample="a@a"),
            Shape("Pin", "pin", "string"),
        ),
        _models.Contact,
    ),
    "Number": Record(
        "Number",
        (
            Shape("DIDsID", "dids_id", "integer", required=True),
            Shape("E164", "e164", "string", required=True),
            Shape("Monthly100", "monthly100", "integer"),
            Shape("Rate", "rate", "decimal"),
            Shape("Active", "active", "boolean"),
            Shape("Since", "since", "date"),
            Shape("Kinds", "kinds", "enum", values=("LOCAL", "TOLLFREE"), container="csv"),
        ),
        _models.Number,
    ),
    "NumberPage": Record(
        "NumberPage",
        (
            Shape("page", "page", "integer", required=True),
            Shape("pages", "pages", "integer", required=True),
            Shape("numbers", "numbers", "record", record="Number", container="list", xml_item="number"),
        ),
        _models.NumberPage,
    ),
}

#: Every operation: how it is routed, its parameters, its answer, and the SDK's builder that checks it.
OPERATIONS: Final[tuple[Op, ...]] = (
    Op(
        "listNumbers",
        "list_numbers",
        "GET",
        "/numbers",
        _ops.build_list_numbers,
        fixed_query=(),
        params=(
            Shape("kind", "kind", "enum", values=("LOCAL", "TOLLFREE"), location="query"),
            Shape("dateFrom", "date_from", "date", location="query"),
            Shape("dateTo", "date_to", "date", location="query"),
            Shape("page", "page", "integer", location="query"),
            Shape("pin", "pin", "string", location="query"),
        ),
        response=Shape("response", "response", "record", record="NumberPage"),
        response_root="page",
    ),
    Op(
        "orderNumber",
        "order_number",
        "POST",
        "/accounts/{account}/orders",
        _ops.build_order_number,
        fixed_query=(("action", "order"),),
        params=(
            Shape("account", "account", "string", required=True, location="path"),
            Shape(
                "contacts",
                "contacts",
                "record",
                record="Contact",
                container="list",
                required=True,
                location="body",
                xml_item="contact",
            ),
            Shape("express", "express", "boolean", location="body"),
            Shape("mode", "mode", "string", location="body"),
            Shape("reference", "reference", "string", location="body"),
        ),
        body="xml",
        xml_root="order",
        response=Shape("response", "response", "record", record="Number"),
        response_root="number",
        success_status=201,
        mutates=True,
    ),
    Op(
        "releaseNumbers",
        "release_numbers",
        "DELETE",
        "/numbers",
        _ops.build_release_numbers,
        fixed_query=(),
        params=(
            Shape("numbers", "numbers", "string", container="csv", required=True, location="query"),
            Shape("force", "force", "boolean", location="query", booleans=("yes", "no")),
        ),
        success_status=204,
        mutates=True,
    ),
    Op(
        "sendFax",
        "send_fax",
        "POST",
        "/faxes",
        _ops.build_send_fax,
        fixed_query=(),
        params=(
            Shape("to", "to", "string", required=True, location="body", sample="1"),
            Shape("document", "document", "file", required=True, location="body"),
            Shape("fine", "fine", "boolean", location="body"),
        ),
        body="multipart",
        mutates=True,
    ),
    Op(
        "setNote",
        "set_note",
        "PUT",
        "/notes",
        _ops.build_set_note,
        fixed_query=(),
        params=(
            Shape("note", "note", "string", required=True, location="body"),
            Shape("tags", "tags", "enum", values=("LOCAL", "TOLLFREE"), container="csv", location="body"),
        ),
        body="form",
        mutates=True,
    ),
)

#: How the carrier spells booleans, dates and datetimes.
SPELLING: Final = Spelling(("1", "0"), "%d/%m/%Y", "%Y-%m-%d %H:%M:%S")

#: Where the credentials ride: identities and secrets as (wire name, Python name).
AUTH: Final = Auth("query", (("api_user", "api_user"), ("account_id", "account_id")), (("api_key", "api_key"),))

#: Path segments a client option replaces: (segment in the spec's paths, option's wire name).
PATH_OPTIONS: Final[tuple[tuple[str, str], ...]] = ()

WRITER: Final = Writer(RECORDS, SPELLING)
TEXT_WRITER: Final = Writer(RECORDS, SPELLING, json_text=True)


def answer_format(fault_detail: str | None) -> Format:
    """How the carrier answers (``fault_detail``: the SOAP fault's detail element, where there is one)."""
    return XmlErrors(WRITER)
