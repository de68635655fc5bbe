"""Argument checks, one straight-line function per record a caller passes in."""

from __future__ import annotations

import re
from typing import Final

from ._validation import Problems, check_scalar
from .models import (
    NUMBER_TYPE_VALUES,
    AdditionalInformation,
    PurchaseItem,
)

_RE_08AE973C9A: Final = re.compile("^[0-9]+\\Z")
_RE_25D2B07EE4: Final = re.compile("^https?://")
_RE_44B2F0BC76: Final = re.compile("^[A-Za-z_]+_(ASC|DESC)\\Z")
_RE_58EE797EC5: Final = re.compile("^[1-9][0-9]{6,14}\\Z")
_RE_EC87030430: Final = re.compile("^[0-9a-fA-F]{32}\\Z")


def check_additional_information(value: AdditionalInformation, path: str, problems: Problems) -> None:
    """Append every problem of a AdditionalInformation to ``problems``."""
    check_scalar(
        problems,
        value.firstname,
        path + ".firstname",
        "string",
        required=True,
        min_length=1,
        messages={"length": "firstname Empty", "required": "firstname Empty"},
    )
    check_scalar(
        problems,
        value.lastname,
        path + ".lastname",
        "string",
        required=True,
        min_length=1,
        messages={"length": "lastname Empty", "required": "lastname Empty"},
    )
    check_scalar(
        problems,
        value.company,
        path + ".company",
        "string",
        required=True,
        min_length=1,
        messages={"length": "Company Name Empty", "required": "Company Name Empty"},
    )
    check_scalar(
        problems,
        value.street,
        path + ".street",
        "string",
        required=True,
        min_length=1,
        messages={"length": "street Empty", "required": "street Empty"},
    )
    check_scalar(
        problems,
        value.building_number,
        path + ".building_number",
        "integer",
        required=True,
        minimum=0,
        messages={
            "range": "building_number not an integer",
            "required": "building_number Empty",
            "type": "building_number not an integer",
        },
    )
    check_scalar(
        problems,
        value.city,
        path + ".city",
        "string",
        required=True,
        min_length=1,
        messages={"length": "city Empty", "required": "city Empty"},
    )
    check_scalar(
        problems,
        value.zipcode,
        path + ".zipcode",
        "string",
        required=True,
        min_length=1,
        messages={"length": "zipcode Empty", "required": "zipcode Empty"},
    )


def check_purchase_item(value: PurchaseItem, path: str, problems: Problems) -> None:
    """Append every problem of a PurchaseItem to ``problems``."""
    check_scalar(
        problems,
        value.country_code,
        path + ".country_code",
        "integer",
        required=True,
        minimum=1,
        messages={"required": "Country Code Empty", "type": "Country Code not an integer"},
    )
    check_scalar(problems, value.area_code, path + ".area_code", "integer", minimum=0)
    check_scalar(problems, value.post_code, path + ".post_code", "string", min_length=1)
    check_scalar(problems, value.city_name, path + ".city_name", "string", min_length=1)
    check_scalar(
        problems,
        value.number_type,
        path + ".number_type",
        "enum",
        allowed=NUMBER_TYPE_VALUES,
        required=True,
        messages={
            "enum": "The requested Number Type is not valid. The valid values are NATIONAL, GEOGRAPHIC, TOLLFREE",
            "required": "Number Type Empty",
        },
    )
    check_scalar(
        problems,
        value.quantity,
        path + ".quantity",
        "integer",
        required=True,
        minimum=1,
        maximum=250,
        messages={
            "range": "Quantity must be between 1 and 250",
            "required": "Quantity not an integer",
            "type": "Quantity not an integer",
        },
    )
    if value.additional_information is not None:
        if not isinstance(value.additional_information, AdditionalInformation):
            problems.append((path + ".additional_information", "must be a AdditionalInformation"))
        else:
            check_additional_information(value.additional_information, path + ".additional_information", problems)
    if value.area_code is None and value.post_code is None:
        problems.append((path + ".area_code", "Area Code Empty (area_code is required unless post_code is given)"))
