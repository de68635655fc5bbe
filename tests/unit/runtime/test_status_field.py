"""Unit tests of ``generator.runtime._status_field``: ``{"status": "<code>"}`` answers.

Covers ``StatusField.detail`` (documented and undocumented codes, the row's status as a
fallback), ``check_status`` (success, "nothing found" codes for read-only calls, errors, answers
without a usable status) and ``read_errors`` on error, success, non-JSON and odd bodies.
"""

from __future__ import annotations

import httpx
import pytest

from generator.runtime._answers import ErrorTable
from generator.runtime._exceptions import ApiError, ErrorClasses, ErrorDetail, MalformedResponseError
from generator.runtime._status_field import StatusField


class InvalidDidError(ApiError):
    pass


ROWS = {
    "": (
        ("invalid_did", "The DID is invalid", 400, "Not a DID.", "Check the number."),
        ("no_did", "There are no DIDs", None, "Nothing found.", ""),
    ),
}
FIELD = StatusField(ErrorTable(ROWS, ErrorClasses({"invalid_did": InvalidDidError}, (), {})), frozenset({"no_did"}))


def response(status: int = 200, body: bytes = b"") -> httpx.Response:
    return httpx.Response(status, content=body, request=httpx.Request("GET", "https://x.test/api"))


def test_status_field_answers_are_retried_by_status() -> None:
    assert StatusField.retryable is None


# --- detail ------------------------------------------------------------------------------------


def test_detail_of_a_documented_code() -> None:
    assert FIELD.detail("invalid_did", 200) == ErrorDetail(
        "invalid_did", "The DID is invalid", 200, "Not a DID.", "Check the number."
    )
    assert FIELD.detail("invalid_did", None).http_status == 400
    assert FIELD.detail("no_did", None).http_status is None


def test_detail_of_an_undocumented_code() -> None:
    assert FIELD.detail("weird_code", 200) == ErrorDetail("weird_code", "undocumented status 'weird_code'", 200)


# --- check_status ------------------------------------------------------------------------------


def test_check_status_success() -> None:
    assert FIELD.check_status("getDIDsInfo", response(), b"", {"status": "success", "dids": []}, empty_ok=False)


def test_check_status_nothing_found_is_an_empty_result_when_allowed() -> None:
    assert FIELD.check_status("getDIDsInfo", response(), b"", {"status": "no_did"}, empty_ok=True) is False


def test_check_status_nothing_found_is_an_error_otherwise() -> None:
    answer = response()
    with pytest.raises(ApiError) as caught:
        FIELD.check_status("delDID", answer, b"", {"status": "no_did"}, empty_ok=False)
    assert type(caught.value) is ApiError
    assert str(caught.value) == "There are no DIDs [no_did, HTTP 200]"
    assert caught.value.response is answer and caught.value.retryable is None


def test_check_status_raises_the_codes_class_with_its_detail() -> None:
    with pytest.raises(InvalidDidError) as caught:
        FIELD.check_status("getDIDsInfo", response(), b"", {"status": "invalid_did"}, empty_ok=True)
    assert caught.value.errors == (
        ErrorDetail("invalid_did", "The DID is invalid", 200, "Not a DID.", "Check the number."),
    )


@pytest.mark.parametrize("data", [{}, {"status": ""}, {"status": 0}, {"status": None}, {"status": ["success"]}])
def test_check_status_without_a_status_is_malformed(data: dict[str, object]) -> None:
    with pytest.raises(MalformedResponseError, match=r"^the response has no status$") as caught:
        FIELD.check_status("getDIDsInfo", response(201), b"{}", data, empty_ok=True)
    assert caught.value.body == b"{}" and caught.value.http_status == 201


# --- read_errors -------------------------------------------------------------------------------


def test_read_errors_of_a_status_body() -> None:
    body = b'{"status": "invalid_did"}'
    assert FIELD.read_errors(response(500, body), body, "getDIDsInfo") == (
        ErrorDetail("invalid_did", "The DID is invalid", 500, "Not a DID.", "Check the number."),
    )


@pytest.mark.parametrize(
    "body",
    [b'{"status": "success"}', b'{"status": ""}', b'{"status": 500}', b"{}", b"[]", b"", b"<html>502</html>", b"{"],
)
def test_read_errors_of_any_other_body_is_empty(body: bytes) -> None:
    assert FIELD.read_errors(response(502, body), body, "getDIDsInfo") == ()
