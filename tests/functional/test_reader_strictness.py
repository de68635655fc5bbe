"""Readers refuse answers that do not have the documented shape where it matters (issue 17, item 11).

A required field that is absent or empty, or a scalar that arrives as nested elements, is a
MalformedResponseError naming the path: a record of empty strings and Nones would pass for data.
An XSD's required string may be empty (``minOccurs`` says present, not filled): there only elements
inside a string are refused.
"""

from __future__ import annotations

import httpx
import iovox_sdk
import pytest
from iovox_sdk import _operations

PAGE = (
    b"<response><current_page>1</current_page><total_pages>1</total_pages><total_results>1</total_results>"
    b"<results><result>%s</result></results></response>"
)
PURCHASE = b"<response><order_reference>%s</order_reference><order_status>PENDING</order_status></response>"


def test_an_absent_required_field_names_its_path() -> None:
    # Passes today: the voxnumber is what an account listing is for (required in the spec).
    body = PAGE % b"<voxnumber_type>LOCAL</voxnumber_type>"
    with pytest.raises(iovox_sdk.MalformedResponseError, match=r"result\b.*voxnumber: is missing"):
        _operations.parse_get_voxnumbers(httpx.Response(200), body)


def test_a_scalar_that_arrives_as_nested_elements_is_malformed() -> None:
    body = PAGE % b"<voxnumber><number>441512100200</number></voxnumber>"
    with pytest.raises(iovox_sdk.MalformedResponseError, match="voxnumber"):
        _operations.parse_get_voxnumbers(httpx.Response(200), body)


@pytest.mark.parametrize("value", [b"", b"   "], ids=["empty", "blank"])
def test_an_empty_required_string_is_malformed(value: bytes) -> None:
    with pytest.raises(iovox_sdk.MalformedResponseError, match="response/order_reference"):
        _operations.parse_purchase_vox_numbers(httpx.Response(201), PURCHASE % value)


def test_a_required_string_with_element_children_is_malformed() -> None:
    with pytest.raises(iovox_sdk.MalformedResponseError, match="response/order_reference"):
        _operations.parse_purchase_vox_numbers(httpx.Response(201), PURCHASE % b"<ref>a0d7</ref>")
