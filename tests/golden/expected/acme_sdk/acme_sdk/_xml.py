"""XML writers and readers, one straight-line function per record."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any, cast

from ._deadline import check_deadline
from ._request import xml_escape
from ._xmlio import (
    read_bool,
    read_date,
    read_decimal,
    read_enum,
    read_int,
    read_str,
    required,
    split_csv,
)
from .models import (
    KIND_VALUES,
    Contact,
    Kind,
    Number,
    NumberPage,
)


def write_contact(value: Contact, out: list[str]) -> None:
    """Append the child elements of a Contact to ``out``."""
    out.append("<Name>" + xml_escape(value.name) + "</Name>")
    if value.email is not None:
        out.append("<Email>" + xml_escape(value.email) + "</Email>")


def read_number(element: Any, path: str) -> Number:
    """Read a Number from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    dids_id: int | None = None
    e164: str | None = None
    monthly100: int | None = None
    rate: Decimal | None = None
    active: bool | None = None
    since: _dt.date | None = None
    kinds: tuple[Kind, ...] | None = None
    for child in element:
        tag = child.tag
        if tag == "DIDsID":
            dids_id = read_int(child.text, path + "/DIDsID")
        elif tag == "E164":
            e164 = read_str(child.text)
        elif tag == "Monthly100":
            monthly100 = read_int(child.text, path + "/Monthly100")
        elif tag == "Rate":
            rate = read_decimal(child.text, path + "/Rate")
        elif tag == "Active":
            active = read_bool(child.text, path + "/Active")
        elif tag == "Since":
            since = read_date(child.text, "%d/%m/%Y", path + "/Since")
        elif tag == "Kinds":
            kinds = tuple(cast("Kind", read_enum(part, KIND_VALUES, path + "/Kinds")) for part in split_csv(child.text))
    return Number(
        dids_id=required(dids_id, path + "/DIDsID"),
        e164=required(e164, path + "/E164"),
        monthly100=monthly100,
        rate=rate,
        active=active,
        since=since,
        kinds=kinds,
    )


def read_number_page(element: Any, path: str) -> NumberPage:
    """Read a NumberPage from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    page: int | None = None
    pages: int | None = None
    numbers: tuple[Number, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "page":
            page = read_int(child.text, path + "/page")
        elif tag == "pages":
            pages = read_int(child.text, path + "/pages")
        elif tag == "numbers":
            numbers = tuple(read_number(item, path + "/numbers" + "/number") for item in child if item.tag == "number")
    return NumberPage(
        page=required(page, path + "/page"),
        pages=required(pages, path + "/pages"),
        numbers=numbers,
    )
