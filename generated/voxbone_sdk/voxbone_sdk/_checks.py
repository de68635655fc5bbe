"""Argument checks, one straight-line function per record a caller passes in."""

from __future__ import annotations

import re
from typing import Final

from ._validation import Problems, check_scalar
from .models import (
    DidGroupFilter,
    DidsFilter,
    PurchaseInfo,
)

_RE_11DB83C251: Final = re.compile("^(?:[0-9]+)\\Z")
_RE_28C44078CB: Final = re.compile("^(?:[A-Z]{2})\\Z")


def check_did_group_filter(value: DidGroupFilter, path: str, problems: Problems) -> None:
    """Append every problem of a DidGroupFilter to ``problems``."""
    check_scalar(problems, value.hide_empty, path + ".hide_empty", "boolean")
    check_scalar(problems, value.state_id, path + ".state_id", "integer", minimum=-2147483648, maximum=2147483647)


def check_purchase_info(value: PurchaseInfo, path: str, problems: Problems) -> None:
    """Append every problem of a PurchaseInfo to ``problems``."""
    check_scalar(problems, value.firstname, path + ".firstname", "string", required=True)
    check_scalar(problems, value.lastname, path + ".lastname", "string", required=True)
    check_scalar(problems, value.company, path + ".company", "string", required=True)
    check_scalar(problems, value.salutation, path + ".salutation", "string", required=True)
    check_scalar(problems, value.street, path + ".street", "string", required=True)
    check_scalar(problems, value.building_number, path + ".building_number", "string", required=True)
    check_scalar(problems, value.city, path + ".city", "string", required=True)
    check_scalar(problems, value.zip_code, path + ".zip_code", "string", required=True)
    check_scalar(
        problems, value.country_code_a2, path + ".country_code_a2", "string", required=True, pattern=_RE_28C44078CB
    )


def check_dids_filter(value: DidsFilter, path: str, problems: Problems) -> None:
    """Append every problem of a DidsFilter to ``problems``."""
    check_scalar(problems, value.e164, path + ".e164", "string", pattern=_RE_11DB83C251)
    check_scalar(problems, value.order_reference, path + ".order_reference", "string")
