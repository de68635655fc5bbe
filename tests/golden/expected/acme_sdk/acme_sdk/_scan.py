"""Readers of plain XML answers without a tree: one pattern per run of elements, in the documented order.

Each ``scan_<record>(text, start, end)`` reads a record from its element's content, ``text[start:end]``,
or raises ``Declined`` for anything outside the plain form (see ``_scanio``); the readers of ``_xml``
then read the answer from its tree.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final, cast

from ._scanio import (
    Declined,
    after,
    blank,
    close,
    declined,
    element,
    flat_items,
    items,
    opening,
    optional,
    others,
)
from ._xmlio import (
    BOOLEAN_WORDS,
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
    _, _t0, _, _t1, _, _s2, _t2, _, _s3, _t3, _, _s4, _t4, _, _s5, _t5, _, _s6, _t6, _ = found.groups()
    dids_id = int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "DIDsID")
    e164 = _t1 if _t1 and not _t1.isspace() else declined()
    monthly100 = (
        (int(_t2) if _t2 and len(_t2) <= 40 and _t2.isascii() and _t2.isdigit() else read_int(_t2, "", "Monthly100"))
        if _s2
        else None
    )
    rate = (
        (
            Decimal(_t3)
            if _t3 and len(_t3) <= 60 and _t3.isascii() and _t3.replace(".", "", 1).isdigit()
            else read_decimal(_t3, "", "Rate")
        )
        if _s3
        else None
    )
    active = (BOOLEAN_WORDS[_t4] if _t4 in BOOLEAN_WORDS else read_bool(_t4, "", "Active")) if _s4 else None
    since = read_date(_t5, "%d/%m/%Y", "", "Since") if _s5 else None
    kinds = tuple([cast("Kind", read_enum(part, KIND_VALUES, "", "Kinds")) for part in split_csv(_t6)]) if _s6 else None
    if dids_id is None:
        raise Declined
    _record = Number(
        dids_id=dids_id, e164=e164, monthly100=monthly100, rate=rate, active=active, since=since, kinds=kinds
    )
    return _record


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
_NUMBER_PAGE_NUMBERS_LAYOUT: Final = (
    ("DIDsID", True),
    ("E164", True),
    ("Monthly100", False),
    ("Rate", False),
    ("Active", False),
    ("Since", False),
    ("Kinds", False),
)


def _scan_number_page_numbers(text: str, start: int, end: int) -> tuple[Number, ...]:
    """The items of NumberPage's list element, from its content."""
    records: list[Number] = []
    append = records.append
    for _, _t0, _, _t1, _, _s2, _t2, _, _s3, _t3, _, _s4, _t4, _, _s5, _t5, _, _s6, _t6, _, stray in flat_items(
        _NUMBER_PAGE_NUMBERS, "number", _NUMBER_PAGE_NUMBERS_LAYOUT, text, start, end
    ):
        if stray:
            raise Declined
        dids_id = (
            int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "DIDsID")
        )
        e164 = _t1 if _t1 and not _t1.isspace() else declined()
        monthly100 = (
            (
                int(_t2)
                if _t2 and len(_t2) <= 40 and _t2.isascii() and _t2.isdigit()
                else read_int(_t2, "", "Monthly100")
            )
            if _s2
            else None
        )
        rate = (
            (
                Decimal(_t3)
                if _t3 and len(_t3) <= 60 and _t3.isascii() and _t3.replace(".", "", 1).isdigit()
                else read_decimal(_t3, "", "Rate")
            )
            if _s3
            else None
        )
        active = (BOOLEAN_WORDS[_t4] if _t4 in BOOLEAN_WORDS else read_bool(_t4, "", "Active")) if _s4 else None
        since = read_date(_t5, "%d/%m/%Y", "", "Since") if _s5 else None
        kinds = (
            tuple([cast("Kind", read_enum(part, KIND_VALUES, "", "Kinds")) for part in split_csv(_t6)]) if _s6 else None
        )
        if dids_id is None:
            raise Declined
        record = Number(
            dids_id=dids_id, e164=e164, monthly100=monthly100, rate=rate, active=active, since=since, kinds=kinds
        )
        append(record)
    return tuple(records)


def scan_number_page(text: str, start: int, end: int) -> NumberPage:
    """A NumberPage from its element's content, in the plain form (else ``Declined``)."""
    found = _NUMBER_PAGE_0.match(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _, _t1, _ = found.groups()
    inside = found.end()
    ended = close(text, "numbers", inside, end)
    numbers = _scan_number_page_numbers(text, inside, ended)
    found = _NUMBER_PAGE_1.fullmatch(text, after(ended, "numbers"), end)
    if found is None:
        raise Declined
    page = int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "page")
    pages = int(_t1) if _t1 and len(_t1) <= 40 and _t1.isascii() and _t1.isdigit() else read_int(_t1, "", "pages")
    if page is None or pages is None:
        raise Declined
    _record = NumberPage(page=page, pages=pages, numbers=numbers)
    return _record
