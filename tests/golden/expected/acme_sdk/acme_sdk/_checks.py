"""Argument checks, one straight-line function per record a caller passes in."""

from __future__ import annotations

import re
from typing import Final

from ._validation import Problems, check_scalar
from .models import (
    Contact,
)

_RE_08AE973C9A: Final = re.compile("^[0-9]+\\Z")
_RE_3F50B249C8: Final = re.compile("^[0-9]{4,8}\\Z")
_RE_59A7982BD8: Final = re.compile("^[^@]+@[^@]+\\Z")
_RE_7FBC9DB5C2: Final = re.compile("^[a-f0-9]{16}\\Z")


def check_contact(value: Contact, path: str, problems: Problems) -> None:
    """Append every problem of a Contact to ``problems``."""
    check_scalar(problems, value.name, path + ".name", "string", required=True, min_length=1, max_length=40)
    check_scalar(problems, value.email, path + ".email", "string", pattern=_RE_59A7982BD8)
    check_scalar(problems, value.pin, path + ".pin", "string", max_length=8)
