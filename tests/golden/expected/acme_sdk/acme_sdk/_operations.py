"""Request builders and response parsers for every operation: pure functions, shared by both clients."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from decimal import Decimal
import functools
import json
from collections.abc import Callable, Mapping
from functools import cache
from types import MappingProxyType
from typing import Any, Final, TypeVar
from urllib.parse import quote

import httpx
from acme_sdk import _xml
from acme_sdk._runtime import parse_xml
from acme_sdk._xml import expect_root
from acme_sdk._checks import (
    Problems,
    _RE_08AE973C9A,
    _RE_3F50B249C8,
    _RE_59A7982BD8,
    _RE_7FBC9DB5C2,
    check_contact,
)
from acme_sdk._runtime import (
    OperationInfo,
    ParamInfo,
    PreparedRequest,
    check_encodable,
    check_list,
    check_scalar,
    encode_form,
    enum_text,
    indexed_pairs,
    php_serialize,
    encode_multipart,
    query_pairs,
    raise_problems,
    xml_escape,
)
from acme_sdk.errors import BODY_EXCERPT, ApiError, ErrorDetail, MalformedResponseError, class_for
from acme_sdk.models import (
    Contact,
    KIND_VALUES,
    Kind,
    Number,
    NumberPage,
)

#: Every wire operation, by wire name.
OPERATIONS: Final[Mapping[str, OperationInfo]] = MappingProxyType(
    {
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
)

# Documented error rows per scope ("" is the provider-wide table): code, message, message
# pattern, HTTP status, description, resolution. Patterns are compiled on first use.
_ERROR_ROWS: Final[Mapping[str, tuple[tuple[str, str, str, int | None, str, str], ...]]] = {
    "": (
        (
            "missing_number",
            "Number {item} missing",
            "\\s*Number\\ (?P<item>.+?)\\ missing\\.?\\s*",
            400,
            "",
            "Add number {item}.",
        ),
        ("busy", "Try again later", "\\s*Try\\ again\\ later\\.?\\s*", 503, "", ""),
    ),
    "orderNumber": (
        ("sold_out", "Sold out in {region}", "\\s*Sold\\ out\\ in\\ (?P<region>.+?)\\.?\\s*", 409, "Nothing left.", ""),
    ),
}


_MATCHABLE_LENGTH: Final = 400


@cache
def _compiled(scope: str) -> tuple[tuple[re.Pattern[str], str, int | None, str, str], ...]:
    # The operation's own rows first, then the global table, then every other table: carriers
    # sometimes answer with a message documented under another operation.
    order = [scope, ""] + sorted(name for name in _ERROR_ROWS if name not in (scope, ""))
    rows = [row for name in order for row in _ERROR_ROWS.get(name, ())]
    return tuple((re.compile(pattern), code, status, text, fix) for code, _, pattern, status, text, fix in rows)


def match_error(message: str, http_status: int | None, scope: str) -> ErrorDetail:
    """Match a carrier message against the operation's and the global error tables."""
    if len(message) > _MATCHABLE_LENGTH:
        # Documented messages are short; matching a huge one against patterns with several
        # placeholders could take seconds of backtracking.
        return ErrorDetail(None, message, http_status)
    for pattern, code, status, description, resolution in _compiled(scope):
        found = pattern.fullmatch(message)
        if found is not None:
            params = {name: value for name, value in found.groupdict().items() if value is not None}
            resolution = resolution.format_map(_Keep(params))
            return ErrorDetail(code, message, http_status or status, description, resolution, params)
    return ErrorDetail(None, message, http_status)


class _Keep(dict[str, str]):
    """Leave unknown placeholders of a resolution text as they are."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def read_errors(http_status: int, body: bytes, operation: str) -> tuple[ErrorDetail, ...]:
    """The errors of an ``<errors><error status="400">…</error></errors>`` body; () for any other body."""
    try:
        root = parse_xml(body, http_status)
    except MalformedResponseError:
        return ()
    if root.tag != "errors":
        return ()
    details = []
    for element in root:
        if element.tag == "error":
            status = element.get("status")
            code = (
                int(status)
                if status is not None and status.isascii() and status.isdigit() and len(status) == 3
                else http_status
            )
            details.append(match_error((element.text or "").strip(), code, operation))
    return tuple(details)


_P = TypeVar("_P")


def with_context(parse: Callable[[httpx.Response, bytes], _P]) -> Callable[[httpx.Response, bytes], _P]:
    """Make every failure of ``parse`` an SdkError that carries the response's body and status."""

    @functools.wraps(parse)
    def parse_in_context(response: httpx.Response, body: bytes) -> _P:
        try:
            return parse(response, body)
        except MalformedResponseError as exc:
            if not exc.body:
                exc.body = body[:BODY_EXCERPT]
            if exc.http_status is None:
                exc.http_status = response.status_code
            raise
        except (ValueError, ArithmeticError, TypeError, LookupError, AttributeError, RecursionError) as exc:
            # A parser tripping over garbage must never surface as a bare Python error.
            raise MalformedResponseError(
                f"the response could not be read ({type(exc).__name__})", body=body, http_status=response.status_code
            ) from None

    return parse_in_context


def raise_for_status(operation: str, response: httpx.Response, body: bytes, success: tuple[int, ...]) -> None:
    """Raise the right ApiError when the status is not one of the operation's success codes."""
    if response.status_code in success:
        return
    details = read_errors(response.status_code, body, operation)
    if details:
        first = details[0]
        cls = class_for(first.code, response.status_code)
        raise cls(first.message, code=first.code, http_status=response.status_code, response=response, errors=details)
    reason = response.reason_phrase or "error"
    raise class_for(None, response.status_code)(
        f"HTTP {response.status_code} {reason} with no documented error body",
        http_status=response.status_code,
        response=response,
    )


def build_list_numbers(
    *,
    kind: Kind | None = None,
    date_from: _dt.date | None = None,
    date_to: _dt.date | None = None,
    page: int | None = None,
) -> PreparedRequest:
    """Check the arguments of listNumbers and build its request."""
    problems: Problems = []
    check_scalar(problems, kind, "kind", "enum", allowed=KIND_VALUES)
    check_scalar(problems, date_from, "date_from", "date")
    check_scalar(problems, date_to, "date_to", "date")
    check_scalar(problems, page, "page", "integer", minimum=1)
    if date_from is not None and date_to is None:
        problems.append(("date_to", "is required when date_from is given"))
    raise_problems(problems)
    query = query_pairs(
        (
            ("kind", None if kind is None else str(kind)),
            ("dateFrom", None if date_from is None else date_from.strftime("%d/%m/%Y")),
            ("dateTo", None if date_to is None else date_to.strftime("%d/%m/%Y")),
            ("page", None if page is None else str(page)),
        )
    )
    return PreparedRequest("listNumbers", "GET", "/numbers", query)


@with_context
def parse_list_numbers(response: httpx.Response, body: bytes) -> NumberPage:
    """Turn the answer to listNumbers into its result, or raise the error it carries."""
    raise_for_status("listNumbers", response, body, (200,))
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


@with_context
def parse_order_number(response: httpx.Response, body: bytes) -> Number:
    """Turn the answer to orderNumber into its result, or raise the error it carries."""
    raise_for_status("orderNumber", response, body, (201,))
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
            ("force", None if force is None else ("yes" if force else "no")),
        )
    )
    return PreparedRequest("releaseNumbers", "DELETE", "/numbers", query, mutates=True)


@with_context
def parse_release_numbers(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to releaseNumbers into its result, or raise the error it carries."""
    raise_for_status("releaseNumbers", response, body, (204,))
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
                ("fine", None if fine is None else ("1" if fine else "0")),
            )
        ),
        files,
    )
    return PreparedRequest("sendFax", "POST", "/faxes", query, content=content, content_type=content_type, mutates=True)


@with_context
def parse_send_fax(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to sendFax into its result, or raise the error it carries."""
    raise_for_status("sendFax", response, body, (200,))
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
                ("tags", None if tags is None else ",".join(str(x) for x in tags)),
            )
        )
    )
    content_type: str | None = "application/x-www-form-urlencoded"
    return PreparedRequest("setNote", "PUT", "/notes", query, content=content, content_type=content_type, mutates=True)


@with_context
def parse_set_note(response: httpx.Response, body: bytes) -> None:
    """Turn the answer to setNote into its result, or raise the error it carries."""
    raise_for_status("setNote", response, body, (200,))
    return None
