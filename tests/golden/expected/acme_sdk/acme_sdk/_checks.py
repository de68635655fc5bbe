"""Argument checks, one straight-line function per record a caller passes in."""

from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal
from typing import Final

from acme_sdk.models import (
    Contact,
    KIND_VALUES,
    Kind,
    Number,
    NumberPage,
)

_RE_08AE973C9A: Final = re.compile("^[0-9]+\\Z")
_RE_59A7982BD8: Final = re.compile("^[^@]+@[^@]+\\Z")
_RE_7FBC9DB5C2: Final = re.compile("^[a-f0-9]{16}\\Z")
_RE_UNSENDABLE: Final = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ud800-\\udfff\\ufffe\\uffff]")

Problems = list[tuple[str, str]]


def check_contact(value: Contact, path: str, problems: Problems) -> None:
    """Append every problem of a Contact to ``problems``."""
    if value.name is None:
        problems.append((path + ".name", "is required"))
    else:
        if not (isinstance(value.name, str)):
            problems.append((path + ".name", "must be a string"))
        else:
            if _RE_UNSENDABLE.search(value.name) is not None:
                problems.append(
                    (path + ".name", "contains control characters or unpaired surrogates, which cannot be sent")
                )
            if len(value.name) < 1:
                problems.append((path + ".name", "must not be empty"))
            if len(value.name) > 40:
                problems.append((path + ".name", "must be at most 40 characters (got " + str(len(value.name)) + ")"))
    if value.email is not None:
        if not (isinstance(value.email, str)):
            problems.append((path + ".email", "must be a string"))
        else:
            if _RE_UNSENDABLE.search(value.email) is not None:
                problems.append(
                    (path + ".email", "contains control characters or unpaired surrogates, which cannot be sent")
                )
            if _RE_59A7982BD8.search(value.email) is None:
                problems.append((path + ".email", "must match ^[^@]+@[^@]+$"))
    return None
