"""Typed records and value sets of the Acme Numbers API."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Final, Literal

from ._record import Record

Kind = Literal["LOCAL", "TOLLFREE"]
"""A kind of number."""

KIND_VALUES: Final[frozenset[Kind]] = frozenset({"LOCAL", "TOLLFREE"})


class Contact(Record, kw_only=True):
    """A contact.

    Attributes:
        name: Full name. (at least 1 character; at most 40 characters)
        email: E-mail address. (matches ``^[^@]+@[^@]+$``)
        pin: The contact's portal PIN. (at most 8 characters)
    """

    __secret_fields__ = frozenset({"pin"})

    name: str
    email: str | None = None
    pin: str | None = None


class Number(Record, kw_only=True):
    """A number.

    Attributes:
        dids_id: The id.
        e164: The number.
        monthly100: Monthly price in hundredths.
        rate: Per-minute rate.
        active: Whether it is active.
        since: Since when.
        kinds: Its kinds.
    """

    dids_id: int
    e164: str
    monthly100: int | None = None
    rate: Decimal | None = None
    active: bool | None = None
    since: _dt.date | None = None
    kinds: tuple[Kind, ...] | None = None


class NumberPage(Record, kw_only=True):
    """A page of numbers.

    Attributes:
        page: This page.
        pages: Page count.
        numbers: The numbers.
    """

    page: int
    pages: int
    numbers: tuple[Number, ...] = ()


__all__ = [
    "Contact",
    "Kind",
    "Number",
    "NumberPage",
]
