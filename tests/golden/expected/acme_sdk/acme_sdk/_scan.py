"""Readers of plain XML answers without a tree: one pattern per run of elements, in the documented order.

Each ``scan_<record>(text, start, end)`` reads a record from its element's content, ``text[start:end]``,
or raises ``Declined`` for anything outside the plain form (see ``_scanio``); the readers of ``_xml``
then read the answer from its tree.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, cast

from ._record import slot_setters
from ._scanio import (
    Declined,
    after,
    blank,
    close,
    declined,
    element,
    items,
    opening,
    optional,
    others,
)
from ._xmlio import (
    read_bool,
    read_date,
    read_decimal,
    read_enum,
    read_int,
    split_csv,
)
from .models import (
    KIND_VALUES,
    Kind,
    Number,
    NumberPage,
)

_NUMBER_SLOTS: Final = slot_setters(Number, ("dids_id", "e164", "monthly100", "rate", "active", "since", "kinds"))
_NUMBER_TAGS: Final = ("DIDsID", "E164", "Monthly100", "Rate", "Active", "Since", "Kinds")
_NUMBER_0: Final = re.compile(
    others(_NUMBER_TAGS, 0)
    + element("DIDsID")
    + others(_NUMBER_TAGS, 1)
    + element("E164")
    + others(_NUMBER_TAGS, 2)
    + optional("Monthly100")
    + others(_NUMBER_TAGS, 3)
    + optional("Rate")
    + others(_NUMBER_TAGS, 4)
    + optional("Active")
    + others(_NUMBER_TAGS, 5)
    + optional("Since")
    + others(_NUMBER_TAGS, 6)
    + optional("Kinds")
    + others(_NUMBER_TAGS, 7)
    + blank()
)


def scan_number(text: str, start: int, end: int) -> Number:
    """A Number from its element's content, in the plain form (else ``Declined``)."""
    found = _NUMBER_0.fullmatch(text, start, end)
    if found is None:
        raise Declined
    (
        _,
        dids_id_text,
        _,
        e164_text,
        _,
        monthly100_seen,
        monthly100_text,
        _,
        rate_seen,
        rate_text,
        _,
        active_seen,
        active_text,
        _,
        since_seen,
        since_text,
        _,
        kinds_seen,
        kinds_text,
        _,
    ) = found.groups()
    _set_dids_id, _set_e164, _set_monthly100, _set_rate, _set_active, _set_since, _set_kinds = _NUMBER_SLOTS
    dids_id = (
        int(dids_id_text)
        if dids_id_text and len(dids_id_text) <= 40 and dids_id_text.isascii() and dids_id_text.isdigit()
        else read_int(dids_id_text, "", "DIDsID")
    )
    e164 = e164_text if e164_text and not e164_text.isspace() else declined()
    monthly100 = (
        (
            int(monthly100_text)
            if monthly100_text
            and len(monthly100_text) <= 40
            and monthly100_text.isascii()
            and monthly100_text.isdigit()
            else read_int(monthly100_text, "", "Monthly100")
        )
        if monthly100_seen
        else None
    )
    rate = (
        (
            Decimal(rate_text)
            if rate_text and len(rate_text) <= 60 and rate_text.isascii() and rate_text.replace(".", "", 1).isdigit()
            else read_decimal(rate_text, "", "Rate")
        )
        if rate_seen
        else None
    )
    active = read_bool(active_text, "", "Active") if active_seen else None
    since = read_date(since_text, "%d/%m/%Y", "", "Since") if since_seen else None
    kinds = (
        tuple([cast("Kind", read_enum(part, KIND_VALUES, "", "Kinds")) for part in split_csv(kinds_text)])
        if kinds_seen
        else None
    )
    if dids_id is None:
        raise Declined
    _record = object.__new__(Number)
    _set_dids_id(_record, dids_id)
    _set_e164(_record, e164)
    _set_monthly100(_record, monthly100)
    _set_rate(_record, rate)
    _set_active(_record, active)
    _set_since(_record, since)
    _set_kinds(_record, kinds)
    return _record


_NUMBER_PAGE_SLOTS: Final = slot_setters(NumberPage, ("page", "pages", "numbers"))
_NUMBER_PAGE_TAGS: Final = ("page", "pages", "numbers")
_NUMBER_PAGE_0: Final = re.compile(
    others(_NUMBER_PAGE_TAGS, 0)
    + element("page")
    + others(_NUMBER_PAGE_TAGS, 1)
    + element("pages")
    + others(_NUMBER_PAGE_TAGS, 2)
    + opening("numbers")
)
_NUMBER_PAGE_1: Final = re.compile(others(_NUMBER_PAGE_TAGS, 0) + blank())
_NUMBER_PAGE_NUMBERS: Final = re.compile(
    items(
        "number",
        others(_NUMBER_TAGS, 0)
        + element("DIDsID")
        + others(_NUMBER_TAGS, 1)
        + element("E164")
        + others(_NUMBER_TAGS, 2)
        + optional("Monthly100")
        + others(_NUMBER_TAGS, 3)
        + optional("Rate")
        + others(_NUMBER_TAGS, 4)
        + optional("Active")
        + others(_NUMBER_TAGS, 5)
        + optional("Since")
        + others(_NUMBER_TAGS, 6)
        + optional("Kinds")
        + others(_NUMBER_TAGS, 7),
    )
)


def _scan_number_page_numbers(text: str, start: int, end: int) -> tuple[Number, ...]:
    """The items of NumberPage's list element, from its content."""
    records: list[Number] = []
    append = records.append
    _set_dids_id, _set_e164, _set_monthly100, _set_rate, _set_active, _set_since, _set_kinds = _NUMBER_SLOTS
    for (
        _,
        dids_id_text,
        _,
        e164_text,
        _,
        monthly100_seen,
        monthly100_text,
        _,
        rate_seen,
        rate_text,
        _,
        active_seen,
        active_text,
        _,
        since_seen,
        since_text,
        _,
        kinds_seen,
        kinds_text,
        _,
        stray,
    ) in _NUMBER_PAGE_NUMBERS.findall(text, start, end):
        if stray:
            raise Declined
        dids_id = (
            int(dids_id_text)
            if dids_id_text and len(dids_id_text) <= 40 and dids_id_text.isascii() and dids_id_text.isdigit()
            else read_int(dids_id_text, "", "DIDsID")
        )
        e164 = e164_text if e164_text and not e164_text.isspace() else declined()
        monthly100 = (
            (
                int(monthly100_text)
                if monthly100_text
                and len(monthly100_text) <= 40
                and monthly100_text.isascii()
                and monthly100_text.isdigit()
                else read_int(monthly100_text, "", "Monthly100")
            )
            if monthly100_seen
            else None
        )
        rate = (
            (
                Decimal(rate_text)
                if rate_text
                and len(rate_text) <= 60
                and rate_text.isascii()
                and rate_text.replace(".", "", 1).isdigit()
                else read_decimal(rate_text, "", "Rate")
            )
            if rate_seen
            else None
        )
        active = read_bool(active_text, "", "Active") if active_seen else None
        since = read_date(since_text, "%d/%m/%Y", "", "Since") if since_seen else None
        kinds = (
            tuple([cast("Kind", read_enum(part, KIND_VALUES, "", "Kinds")) for part in split_csv(kinds_text)])
            if kinds_seen
            else None
        )
        if dids_id is None:
            raise Declined
        record = object.__new__(Number)
        _set_dids_id(record, dids_id)
        _set_e164(record, e164)
        _set_monthly100(record, monthly100)
        _set_rate(record, rate)
        _set_active(record, active)
        _set_since(record, since)
        _set_kinds(record, kinds)
        append(record)
    return tuple(records)


def scan_number_page(text: str, start: int, end: int) -> NumberPage:
    """A NumberPage from its element's content, in the plain form (else ``Declined``)."""
    found = _NUMBER_PAGE_0.match(text, start, end)
    if found is None:
        raise Declined
    _, page_text, _, pages_text, _ = found.groups()
    inside = found.end()
    ended = close(text, "numbers", inside, end)
    numbers = _scan_number_page_numbers(text, inside, ended)
    found = _NUMBER_PAGE_1.fullmatch(text, after(ended, "numbers"), end)
    if found is None:
        raise Declined
    _set_page, _set_pages, _set_numbers = _NUMBER_PAGE_SLOTS
    page = (
        int(page_text)
        if page_text and len(page_text) <= 40 and page_text.isascii() and page_text.isdigit()
        else read_int(page_text, "", "page")
    )
    pages = (
        int(pages_text)
        if pages_text and len(pages_text) <= 40 and pages_text.isascii() and pages_text.isdigit()
        else read_int(pages_text, "", "pages")
    )
    if page is None or pages is None:
        raise Declined
    _record = object.__new__(NumberPage)
    _set_page(_record, page)
    _set_pages(_record, pages)
    _set_numbers(_record, numbers)
    return _record
