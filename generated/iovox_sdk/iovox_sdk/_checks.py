"""Argument checks, one straight-line function per record a caller passes in."""

from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal
from typing import Final

from iovox_sdk.models import (
    ASSIGNED_STATUS_VALUES,
    AccountVoxnumber,
    AdditionalInformation,
    AssignedStatus,
    NUMBER_TYPE_VALUES,
    NumberType,
    ORDER_STATUS_VALUES,
    OrderCallback,
    OrderStatus,
    PurchaseItem,
    PurchaseResult,
    REGION_FIELD_VALUES,
    REGION_NUMBER_TYPE_VALUES,
    Region,
    RegionField,
    RegionNumberType,
    RegionPage,
    VOXNUMBER_TYPE_VALUES,
    Voxnumber,
    VoxnumberPage,
    VoxnumberType,
)

_RE_08AE973C9A: Final = re.compile("^[0-9]+\\Z")
_RE_25D2B07EE4: Final = re.compile("^https?://")
_RE_44B2F0BC76: Final = re.compile("^[A-Za-z_]+_(ASC|DESC)\\Z")
_RE_58EE797EC5: Final = re.compile("^[1-9][0-9]{6,14}\\Z")
_RE_EC87030430: Final = re.compile("^[0-9a-fA-F]{32}\\Z")
_RE_UNSENDABLE: Final = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ud800-\\udfff\\ufffe\\uffff]")

Problems = list[tuple[str, str]]


def check_additional_information(value: AdditionalInformation, path: str, problems: Problems) -> None:
    """Append every problem of a AdditionalInformation to ``problems``."""
    if value.firstname is None:
        problems.append((path + ".firstname", "firstname Empty"))
    else:
        if not (isinstance(value.firstname, str)):
            problems.append((path + ".firstname", "must be a string"))
        else:
            if _RE_UNSENDABLE.search(value.firstname) is not None:
                problems.append(
                    (path + ".firstname", "contains control characters or unpaired surrogates, which cannot be sent")
                )
            if len(value.firstname) < 1:
                problems.append((path + ".firstname", "firstname Empty"))
    if value.lastname is None:
        problems.append((path + ".lastname", "lastname Empty"))
    else:
        if not (isinstance(value.lastname, str)):
            problems.append((path + ".lastname", "must be a string"))
        else:
            if _RE_UNSENDABLE.search(value.lastname) is not None:
                problems.append(
                    (path + ".lastname", "contains control characters or unpaired surrogates, which cannot be sent")
                )
            if len(value.lastname) < 1:
                problems.append((path + ".lastname", "lastname Empty"))
    if value.company is None:
        problems.append((path + ".company", "Company Name Empty"))
    else:
        if not (isinstance(value.company, str)):
            problems.append((path + ".company", "must be a string"))
        else:
            if _RE_UNSENDABLE.search(value.company) is not None:
                problems.append(
                    (path + ".company", "contains control characters or unpaired surrogates, which cannot be sent")
                )
            if len(value.company) < 1:
                problems.append((path + ".company", "Company Name Empty"))
    if value.street is None:
        problems.append((path + ".street", "street Empty"))
    else:
        if not (isinstance(value.street, str)):
            problems.append((path + ".street", "must be a string"))
        else:
            if _RE_UNSENDABLE.search(value.street) is not None:
                problems.append(
                    (path + ".street", "contains control characters or unpaired surrogates, which cannot be sent")
                )
            if len(value.street) < 1:
                problems.append((path + ".street", "street Empty"))
    if value.building_number is None:
        problems.append((path + ".building_number", "building_number Empty"))
    else:
        if not (isinstance(value.building_number, int) and not isinstance(value.building_number, bool)):
            problems.append((path + ".building_number", "building_number not an integer"))
        else:
            if value.building_number < 0:
                problems.append((path + ".building_number", "building_number not an integer"))
    if value.city is None:
        problems.append((path + ".city", "city Empty"))
    else:
        if not (isinstance(value.city, str)):
            problems.append((path + ".city", "must be a string"))
        else:
            if _RE_UNSENDABLE.search(value.city) is not None:
                problems.append(
                    (path + ".city", "contains control characters or unpaired surrogates, which cannot be sent")
                )
            if len(value.city) < 1:
                problems.append((path + ".city", "city Empty"))
    if value.zipcode is None:
        problems.append((path + ".zipcode", "zipcode Empty"))
    else:
        if not (isinstance(value.zipcode, str)):
            problems.append((path + ".zipcode", "must be a string"))
        else:
            if _RE_UNSENDABLE.search(value.zipcode) is not None:
                problems.append(
                    (path + ".zipcode", "contains control characters or unpaired surrogates, which cannot be sent")
                )
            if len(value.zipcode) < 1:
                problems.append((path + ".zipcode", "zipcode Empty"))
    return None


def check_purchase_item(value: PurchaseItem, path: str, problems: Problems) -> None:
    """Append every problem of a PurchaseItem to ``problems``."""
    if value.country_code is None:
        problems.append((path + ".country_code", "Country Code Empty"))
    else:
        if not (isinstance(value.country_code, int) and not isinstance(value.country_code, bool)):
            problems.append((path + ".country_code", "Country Code not an integer"))
        else:
            if value.country_code < 1:
                problems.append((path + ".country_code", "must be at least 1 (got " + repr(value.country_code) + ")"))
    if value.area_code is not None:
        if not (isinstance(value.area_code, int) and not isinstance(value.area_code, bool)):
            problems.append((path + ".area_code", "must be an integer"))
        else:
            if value.area_code < 0:
                problems.append((path + ".area_code", "must be at least 0 (got " + repr(value.area_code) + ")"))
    if value.post_code is not None:
        if not (isinstance(value.post_code, str)):
            problems.append((path + ".post_code", "must be a string"))
        else:
            if _RE_UNSENDABLE.search(value.post_code) is not None:
                problems.append(
                    (path + ".post_code", "contains control characters or unpaired surrogates, which cannot be sent")
                )
            if len(value.post_code) < 1:
                problems.append((path + ".post_code", "must not be empty"))
    if value.city_name is not None:
        if not (isinstance(value.city_name, str)):
            problems.append((path + ".city_name", "must be a string"))
        else:
            if _RE_UNSENDABLE.search(value.city_name) is not None:
                problems.append(
                    (path + ".city_name", "contains control characters or unpaired surrogates, which cannot be sent")
                )
            if len(value.city_name) < 1:
                problems.append((path + ".city_name", "must not be empty"))
    if value.number_type is None:
        problems.append((path + ".number_type", "Number Type Empty"))
    else:
        if not isinstance(value.number_type, (str,)) or value.number_type not in NUMBER_TYPE_VALUES:
            problems.append(
                (
                    path + ".number_type",
                    "The requested Number Type is not valid. The valid values are NATIONAL, GEOGRAPHIC, TOLLFREE",
                )
            )
    if value.quantity is None:
        problems.append((path + ".quantity", "Quantity not an integer"))
    else:
        if not (isinstance(value.quantity, int) and not isinstance(value.quantity, bool)):
            problems.append((path + ".quantity", "Quantity not an integer"))
        else:
            if value.quantity < 1:
                problems.append((path + ".quantity", "Quantity must be between 1 and 250"))
            if value.quantity > 250:
                problems.append((path + ".quantity", "Quantity must be between 1 and 250"))
    if value.additional_information is not None:
        if not isinstance(value.additional_information, AdditionalInformation):
            problems.append((path + ".additional_information", "must be a AdditionalInformation"))
        else:
            check_additional_information(value.additional_information, path + ".additional_information", problems)
    if value.area_code is None and value.post_code is None:
        problems.append((path + ".area_code", "Area Code Empty (area_code is required unless post_code is given)"))
    return None
