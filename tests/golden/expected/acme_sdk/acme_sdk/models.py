"""Typed records and value sets of the Acme Numbers API."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Final, Literal

from ._record import Record
from ._record import init_field as _set

Kind = Literal["LOCAL", "TOLLFREE"]
"""A kind of number."""

KIND_VALUES: Final[frozenset[Kind]] = frozenset({"LOCAL", "TOLLFREE"})


class Contact(Record):
    """A contact.

    Attributes:
        name: Full name. (at least 1 character; at most 40 characters)
        email: E-mail address. (matches ``^[^@]+@[^@]+$``)
        pin: The contact's portal PIN. (at most 8 characters)
    """

    __slots__ = ("name", "email", "pin")
    __secret_fields__ = frozenset({"pin"})

    name: str
    email: str | None
    pin: str | None

    def __init__(
        self,
        *,
        name: str,
        email: str | None = None,
        pin: str | None = None,
    ) -> None:
        _set(self, "name", name)
        _set(self, "email", email)
        _set(self, "pin", pin)


class Number(Record):
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

    __slots__ = ("dids_id", "e164", "monthly100", "rate", "active", "since", "kinds")

    dids_id: int
    e164: str
    monthly100: int | None
    rate: Decimal | None
    active: bool | None
    since: _dt.date | None
    kinds: tuple[Kind, ...] | None

    def __init__(
        self,
        *,
        dids_id: int,
        e164: str,
        monthly100: int | None = None,
        rate: Decimal | None = None,
        active: bool | None = None,
        since: _dt.date | None = None,
        kinds: tuple[Kind, ...] | None = None,
    ) -> None:
        _set(self, "dids_id", dids_id)
        _set(self, "e164", e164)
        _set(self, "monthly100", monthly100)
        _set(self, "rate", rate)
        _set(self, "active", active)
        _set(self, "since", since)
        _set(self, "kinds", kinds)


class NumberPage(Record):
    """A page of numbers.

    Attributes:
        page: This page.
        pages: Page count.
        numbers: The numbers.
    """

    __slots__ = ("page", "pages", "numbers")

    page: int
    pages: int
    numbers: tuple[Number, ...]

    def __init__(
        self,
        *,
        page: int,
        pages: int,
        numbers: tuple[Number, ...] = (),
    ) -> None:
        _set(self, "page", page)
        _set(self, "pages", pages)
        _set(self, "numbers", numbers)


__all__ = [
    "Contact",
    "Kind",
    "Number",
    "NumberPage",
]
