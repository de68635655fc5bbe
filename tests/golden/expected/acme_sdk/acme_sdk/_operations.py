"""Request builders and response parsers for every operation: pure functions, shared by both clients."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Final
from urllib.parse import quote

import httpx

from . import _scan, _xml
from ._answers import ErrorTable, Row, raise_for_status, with_context, with_mutation_context
from ._budget import Limit
from ._checks import (
    _RE_08AE973C9A,
    check_contact,
)
from ._lazy import LazyTable
from ._request import (
    OperationInfo,
    ParamInfo,
    PreparedRequest,
    encode_form,
    encode_multipart,
    query_pairs,
    secret_texts,
    xml_escape,
)
from ._scanio import scan_document
from ._validation import Problems, check_list, check_scalar, raise_problems
from ._xml_errors import XmlErrorList
from ._xmlio import expect_root, parse_xml
from .errors import class_for
from .models import (
    KIND_VALUES,
    Contact,
    Kind,
    Number,
    NumberPage,
)


def _operations() -> dict[str, OperationInfo]:
    return {
        "listNumbers": OperationInfo(
            wire_name="listNumbers",
            python_name="list_numbers",
            http_method="GET",
            path="/numbers",
            params=(
                ParamInfo("kind", "kind", False, "query"),
                ParamInfo("dateFrom", "date_from", False, "query"),
                ParamInfo("dateTo", "date_to", False, "query"),
                ParamInfo("page", "page", False, "query"),
                ParamInfo("pin", "pin", False, "query"),
            ),
            mutates=False,
            success_status=(200,),
            description="List numbers.",
        ),
        "orderNumber": OperationInfo(
            wire_name="orderNumber",
            python_name="order_number",
            http_method="POST",
            path="/accounts/{account}/orders",
            params=(
                ParamInfo("account", "account", True, "path"),
                ParamInfo("contacts", "contacts", True, "body"),
                ParamInfo("express", "express", False, "body"),
                ParamInfo("mode", "mode", False, "body"),
                ParamInfo("reference", "reference", False, "body"),
            ),
            mutates=True,
            success_status=(201,),
            description="Order a number for a contact.",
        ),
        "releaseNumbers": OperationInfo(
            wire_name="releaseNumbers",
            python_name="release_numbers",
            http_method="DELETE",
            path="/numbers",
            params=(
                ParamInfo("numbers", "numbers", True, "query"),
                ParamInfo("force", "force", False, "query"),
            ),
            mutates=True,
            success_status=(204,),
            description="Release numbers.",
        ),
        "sendFax": OperationInfo(
            wire_name="sendFax",
            python_name="send_fax",
            http_method="POST",
            path="/faxes",
            params=(
                ParamInfo("to", "to", True, "body"),
                ParamInfo("document", "document", True, "body"),
                ParamInfo("fine", "fine", False, "body"),
            ),
            mutates=True,
            success_status=(200,),
            description="Send a fax.",
        ),
        "setNote": OperationInfo(
            wire_name="setNote",
            python_name="set_note",
            http_method="PUT",
            path="/notes",
            params=(
                ParamInfo("note", "note", True, "body"),
                ParamInfo("tags", "tags", False, "body"),
            ),
            mutates=True,
            success_status=(200,),
            description="Set the account note.",
        ),
    }


#: Every wire operation, by wire name (built on first read: most programs never read it).
OPERATIONS: Final[Mapping[str, OperationInfo]] = LazyTable(_operations)

#: Documented error rows per scope ("" is the provider-wide table): code, message, HTTP status,
#: description, resolution.
ERROR_ROWS: Final[Mapping[str, tuple[Row, ...]]] = {
    "": (
        ("missing_number", "Number {item} missing", 400, "", "Add number {item}."),
        ("busy", "Try again later", 503, "", ""),
    ),
    "orderNumber": (("sold_out", "Sold out in {region}", 409, "Nothing left.", ""),),
}

#: How the carrier's error answers read.
ERRORS: Final = XmlErrorList(ErrorTable(ERROR_ROWS, class_for))

#: The documented rate limits: (pool name, limit, period, operations; none listed = every other operation).
LIMITS: Final[tuple[Limit, ...]] = (
    ("sendFax", 2, "minute", ("sendFax",)),
    ("shared pool", 100, "hour", ()),
)


def build_list_numbers(
    *,
    kind: Kind | None = None,
    date_from: _dt.date | None = None,
    date_to: _dt.date | None = None,
    page: int | None = None,
    pin: str | None = None,
) -> PreparedRequest:
    """Check the arguments of listNumbers and build its request."""
    problems: Problems = []
    check_scalar(problems, kind, "kind", "enum", allowed=KIND_VALUES)
    check_scalar(problems, date_from, "date_from", "date")
    check_scalar(problems, date_to, "date_to", "date")
    check_scalar(problems, page, "page", "integer", minimum=1)
    check_scalar(problems, pin, "pin", "string")
    if date_from is not None and date_to is None:
        problems.append(("date_to", "is required when date_from is given"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("kind", (None if kind is None else str(kind))),
            ("dateFrom", (None if date_from is None else date_from.strftime("%d/%m/%Y"))),
            ("dateTo", (None if date_to is None else date_to.strftime("%d/%m/%Y"))),
            ("page", (None if page is None else str(page))),
            ("pin", pin),
        )
    )
    return PreparedRequest("listNumbers", "GET", "/numbers", query, secrets=secret_texts(pin))


@with_context
def parse_list_numbers(response: httpx.Response, body: bytes) -> NumberPage:
    """Turn the answer to listNumbers into its result, or raise the error it carries."""
    raise_for_status("listNumbers", response, body, (200,), ERRORS)
    scanned = scan_document(body, "page", _scan.scan_number_page)
    if scanned is not None:
        return scanned
    root = expect_root(parse_xml(body, response.status_code), "page", body)
    return _xml.read_number_page(root, "page")


def build_order_number(
    *,
    account: str,
    contacts: Sequence[Contact],
    express: bool | None = None,
    mode: str | None = None,
    reference: str | None = None,
) -> PreparedRequest:
    """Check the arguments of orderNumber and build its request."""
    problems: Problems = []
    check_scalar(problems, account, "account", "string", required=True)
    if contacts is None:
        problems.append(("contacts", "is required"))
    else:
        if isinstance(contacts, (str, bytes)) or not isinstance(contacts, (list, tuple)):
            problems.append(("contacts", "must be a list or tuple"))
        else:
            if len(contacts) < 1:
                problems.append(("contacts", "must not be empty"))
            if len(contacts) > 3:
                problems.append(("contacts", "must have at most 3 items (got " + str(len(contacts)) + ")"))
            for i1, x1 in enumerate(contacts):
                if x1 is None:
                    problems.append((f"contacts[{i1}]", "must not be None"))
                else:
                    if not isinstance(x1, Contact):
                        problems.append((f"contacts[{i1}]", "must be a Contact"))
                    else:
                        check_contact(x1, f"contacts[{i1}]", problems)
    check_scalar(problems, express, "express", "boolean")
    check_scalar(problems, mode, "mode", "string")
    check_scalar(problems, reference, "reference", "string")
    if mode == "update" and reference is None:
        problems.append(("reference", "is required when mode is 'update'"))
    raise_problems(problems)
    query = query_pairs((("action", "order"),))
    out: list[str] = ['<?xml version="1.0" encoding="utf-8"?><order>']
    out.append("<contacts>")
    for x in contacts:
        out.append("<contact>")
        _xml.write_contact(x, out)
        out.append("</contact>")
    out.append("</contacts>")
    if express is not None:
        out.append("<express>" + ("1" if express else "0") + "</express>")
    if mode is not None:
        out.append("<mode>" + xml_escape(mode) + "</mode>")
    if reference is not None:
        out.append("<reference>" + xml_escape(reference) + "</reference>")
    out.append("</order>")
    content: bytes | None = "".join(out).encode("utf-8")
    content_type: str | None = "application/xml; charset=utf-8"
    return PreparedRequest(
        "orderNumber",
        "POST",
        f"/accounts/{quote(str(account), safe='')}/orders",
        query,
        content=content,
        content_type=content_type,
        mutates=True,
        xml_root="order",
    )


@with_mutation_context
def parse_order_number(response: httpx.Response, body: bytes) -> Number:
    """Turn the answer to orderNumber into its result, or raise the error it carries."""
    raise_for_status("orderNumber", response, body, (201,), ERRORS)
    scanned = scan_document(body, "number", _scan.scan_number)
    if scanned is not None:
        return scanned
    root = expect_root(parse_xml(body, response.status_code), "number", body)
    return _xml.read_number(root, "number")


def build_release_numbers(
    *,
    numbers: Sequence[str],
    force: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of releaseNumbers and build its request."""
    problems: Problems = []
    check_list(problems, numbers, "numbers", "string", required=True, max_items=10, pattern=_RE_08AE973C9A)
    check_scalar(problems, force, "force", "boolean")
    raise_problems(problems)
    query = query_pairs(
        (
            ("numbers", ",".join(x for x in numbers)),
            ("force", (None if force is None else ("yes" if force else "no"))),
        )
    )
    return PreparedRequest("releaseNumbers", "DELETE", "/numbers", query, mutates=True)


@with_mutation_context
def parse_release_numbers(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to releaseNumbers into its result, or raise the error it carries."""
    raise_for_status("releaseNumbers", response, body, (204,), ERRORS)
    return None


def build_send_fax(
    *,
    to: str,
    document: bytes,
    fine: bool | None = None,
) -> PreparedRequest:
    """Check the arguments of sendFax and build its request."""
    problems: Problems = []
    check_scalar(problems, to, "to", "string", required=True, pattern=_RE_08AE973C9A)
    check_scalar(problems, document, "document", "file", required=True)
    check_scalar(problems, fine, "fine", "boolean")
    raise_problems(problems)
    query = query_pairs(())
    files: tuple[tuple[str, bytes], ...] = tuple(
        (name, data) for name, data in (("document", document),) if data is not None
    )
    content, content_type = encode_multipart(
        query_pairs(
            (
                ("to", to),
                ("fine", (None if fine is None else ("1" if fine else "0"))),
            )
        ),
        files,
    )
    return PreparedRequest("sendFax", "POST", "/faxes", query, content=content, content_type=content_type, mutates=True)


@with_mutation_context
def parse_send_fax(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to sendFax into its result, or raise the error it carries."""
    raise_for_status("sendFax", response, body, (200,), ERRORS)
    return None


def build_set_note(
    *,
    note: str,
    tags: Sequence[Kind] | None = None,
) -> PreparedRequest:
    """Check the arguments of setNote and build its request."""
    problems: Problems = []
    check_scalar(
        problems,
        note,
        "note",
        "string",
        required=True,
        max_length=50,
        messages={"length": "note_toolong: the note exceeds 50 characters"},
    )
    check_list(problems, tags, "tags", "enum", allowed=KIND_VALUES)
    raise_problems(problems)
    query = query_pairs(())
    content: bytes | None = encode_form(
        query_pairs(
            (
                ("note", note),
                ("tags", (None if tags is None else ",".join(str(x) for x in tags))),
            )
        )
    )
    content_type: str | None = "application/x-www-form-urlencoded"
    return PreparedRequest("setNote", "PUT", "/notes", query, content=content, content_type=content_type, mutates=True)


@with_mutation_context
def parse_set_note(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to setNote into its result, or raise the error it carries."""
    raise_for_status("setNote", response, body, (200,), ERRORS)
    return None
