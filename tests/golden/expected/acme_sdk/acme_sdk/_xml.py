"""XML writers and readers, one straight-line function per record."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any, cast

from ._deadline import check_deadline
from ._request import xml_escape
from ._xmlio import (
    missing_field,
    read_bool,
    read_date,
    read_decimal,
    read_enum,
    read_int,
    read_items,
    read_text,
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
    if value.pin is not None:
        out.append("<Pin>" + xml_escape(value.pin) + "</Pin>")


def read_number(element: Any, path: str) -> Number:
    """Read a Number from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 7:
        c0, c1, c2, c3, c4, c5, c6 = element
        if (
            c0.tag == "DIDsID"
            and c1.tag == "E164"
            and c2.tag == "Monthly100"
            and c3.tag == "Rate"
            and c4.tag == "Active"
            and c5.tag == "Since"
            and c6.tag == "Kinds"
        ):
            dids_id = (
                int(_t)
                if (_t := c0.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "DIDsID")
            )
            e164 = _t if (_t := c1.text) and not _t.isspace() and not len(c1) else read_text(c1, path, "E164")
            monthly100 = (
                int(_t)
                if (_t := c2.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "Monthly100")
            )
            rate = (
                Decimal(_t)
                if (_t := c3.text) and len(_t) <= 60 and _t.isascii() and _t.replace(".", "", 1).isdigit()
                else read_decimal(_t, path, "Rate")
            )
            active = read_bool(c4.text, path, "Active")
            since = read_date(c5.text, "%d/%m/%Y", path, "Since")
            kinds = tuple([cast("Kind", read_enum(part, KIND_VALUES, path, "Kinds")) for part in split_csv(c6.text)])
            if dids_id is not None:
                _record = Number(
                    dids_id=dids_id,
                    e164=e164,
                    monthly100=monthly100,
                    rate=rate,
                    active=active,
                    since=since,
                    kinds=kinds,
                )
                return _record
    return _read_number_by_tag(element, path)


def _read_number_by_tag(element: Any, path: str) -> Number:
    """Read a Number from its children in any order; unknown ones are ignored."""
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
            dids_id = read_int(child.text, path, "DIDsID")
        elif tag == "E164":
            e164 = read_text(child, path, "E164")
        elif tag == "Monthly100":
            monthly100 = read_int(child.text, path, "Monthly100")
        elif tag == "Rate":
            rate = read_decimal(child.text, path, "Rate")
        elif tag == "Active":
            active = read_bool(child.text, path, "Active")
        elif tag == "Since":
            since = read_date(child.text, "%d/%m/%Y", path, "Since")
        elif tag == "Kinds":
            kinds = tuple([cast("Kind", read_enum(part, KIND_VALUES, path, "Kinds")) for part in split_csv(child.text)])
    if dids_id is None or e164 is None:
        raise missing_field(path, ("DIDsID", dids_id), ("E164", e164))
    return Number(
        dids_id=dids_id,
        e164=e164,
        monthly100=monthly100,
        rate=rate,
        active=active,
        since=since,
        kinds=kinds,
    )


def read_number_page(element: Any, path: str) -> NumberPage:
    """Read a NumberPage from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 3:
        c0, c1, c2 = element
        if c0.tag == "page" and c1.tag == "pages" and c2.tag == "numbers":
            page = (
                int(_t)
                if (_t := c0.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "page")
            )
            pages = (
                int(_t)
                if (_t := c1.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "pages")
            )
            numbers = read_items(c2, "number", read_number, path + "/numbers/number")
            if page is not None and pages is not None:
                _record = NumberPage(page=page, pages=pages, numbers=numbers)
                return _record
    return _read_number_page_by_tag(element, path)


def _read_number_page_by_tag(element: Any, path: str) -> NumberPage:
    """Read a NumberPage from its children in any order; unknown ones are ignored."""
    page: int | None = None
    pages: int | None = None
    numbers: tuple[Number, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "page":
            page = read_int(child.text, path, "page")
        elif tag == "pages":
            pages = read_int(child.text, path, "pages")
        elif tag == "numbers":
            numbers = read_items(child, "number", read_number, path + "/numbers/number")
    if page is None or pages is None:
        raise missing_field(path, ("page", page), ("pages", pages))
    return NumberPage(
        page=page,
        pages=pages,
        numbers=numbers,
    )
