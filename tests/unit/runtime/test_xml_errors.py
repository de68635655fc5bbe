"""Unit tests of ``generator.runtime._xml_errors``: ``<errors><error status="...">`` answers.

Covers ``XmlErrorList.read_errors``: each ``<error>`` matched against the documented table,
its ``status`` attribute used only when it is three ASCII digits, other elements skipped, and
an empty result for bodies that are not an ``<errors>`` document.
"""

from __future__ import annotations

import httpx
import pytest

from generator.runtime._answers import ErrorTable
from generator.runtime._exceptions import ApiError, ErrorDetail
from generator.runtime._xml_errors import XmlErrorList

ROWS = {
    "": (("E_AREA", "Invalid area code {code}.", 400, "Unknown area.", "Use one of getVoxnumberRegions for {code}."),),
    "purchaseVoxNumbers": (("E_QTY", "Quantity too high.", 422, "Too many.", ""),),
}
ERRORS = XmlErrorList(ErrorTable(ROWS, lambda code, status: ApiError))


def read(body: bytes, status: int = 400, operation: str = "getVoxnumbers") -> tuple[ErrorDetail, ...]:
    answer = httpx.Response(status, content=body, request=httpx.Request("GET", "https://x.test/"))
    return ERRORS.read_errors(answer, body, operation)


def test_xml_error_lists_are_retried_by_status() -> None:
    assert XmlErrorList.retryable is None


def test_each_error_is_matched_in_order_and_other_elements_are_skipped() -> None:
    body = (
        b"<errors>"
        b'<error status="422">  Invalid area code 151. </error>'
        b"<warning>ignored</warning>"
        b"<error>Something undocumented</error>"
        b"<error/>"
        b"</errors>"
    )
    assert read(body) == (
        ErrorDetail(
            "E_AREA",
            "Invalid area code 151.",
            422,
            "Unknown area.",
            "Use one of getVoxnumberRegions for 151.",
            {"code": "151"},
        ),
        ErrorDetail(None, "Something undocumented", 400),
        ErrorDetail(None, "", 400),
    )


def test_errors_are_matched_in_the_operations_scope() -> None:
    assert read(b"<errors><error>Quantity too high</error></errors>", 400, "purchaseVoxNumbers")[0].code == "E_QTY"
    assert read(b"<errors><error>Quantity too high</error></errors>", 400, "purchaseVoxNumbers")[0].http_status == 400


@pytest.mark.parametrize("status", ["42", "4000", "٤٢٢", "abc", "", " 422"])
def test_a_status_attribute_that_is_not_three_ascii_digits_falls_back_to_the_http_status(status: str) -> None:
    body = f'<errors><error status="{status}">x</error></errors>'.encode()
    assert read(body, 409)[0].http_status == 409


@pytest.mark.parametrize(
    "body",
    [b"", b"<reply><error>x</error></reply>", b"<errors>", b"not xml", b'<errors xmlns="urn:x"><error/></errors>'],
)
def test_other_bodies_hold_no_errors(body: bytes) -> None:
    assert read(body) == ()


def test_an_empty_errors_document_holds_no_errors() -> None:
    assert read(b"<errors/>") == ()
