"""Unit tests of ``generator.runtime._exceptions``: the exception tree every SDK shares.

Covers the class hierarchy, ``FieldError`` and ``ValidationError`` text, ``ErrorDetail`` and its
``item``/``total`` (ASCII digits only), ``MalformedResponseError`` body excerpts,
``BudgetExhaustedError``, the ``ApiError`` message and label, ``CarrierWarning`` and
``ErrorClasses`` (documented code, then a rate-limit status, then code prefix, then HTTP status, then
``ApiError``).
"""

from __future__ import annotations

import httpx
import pytest

from generator.runtime._exceptions import (
    BODY_EXCERPT,
    ApiError,
    BudgetExhaustedError,
    CarrierWarning,
    ErrorClasses,
    ErrorDetail,
    FieldError,
    MalformedResponseError,
    RateLimitError,
    SdkError,
    TransportError,
    TransportTimeoutError,
    ValidationError,
)


class AuthError(ApiError):
    pass


class NumberError(ApiError):
    pass


class NumberGoneError(NumberError):
    pass


class ServerError(ApiError):
    pass


CLASSES = ErrorClasses(
    {"auth_failed": AuthError, "no_stock": RateLimitError},
    (("number_gone", NumberGoneError), ("number_", NumberError)),
    {401: AuthError, 500: ServerError},
)


def test_the_exception_tree() -> None:
    assert issubclass(ValidationError, SdkError) and issubclass(ValidationError, ValueError)
    assert issubclass(TransportTimeoutError, TransportError) and issubclass(TransportError, SdkError)
    assert issubclass(MalformedResponseError, SdkError) and issubclass(BudgetExhaustedError, SdkError)
    assert issubclass(RateLimitError, ApiError) and issubclass(ApiError, SdkError)
    assert issubclass(CarrierWarning, UserWarning) and not issubclass(CarrierWarning, SdkError)
    assert BODY_EXCERPT == 2048


# --- FieldError, ValidationError ---------------------------------------------------------------


def test_field_error_text() -> None:
    assert str(FieldError("items[0].quantity", "must be at least 1 (got 0)")) == (
        "items[0].quantity: must be at least 1 (got 0)"
    )


def test_validation_error_counts_and_lists_its_problems() -> None:
    one = ValidationError((FieldError("did", "is required"),))
    assert str(one) == "1 invalid argument: did: is required"
    errors = (FieldError("a", "x"), FieldError("b", "y"), FieldError("c", "z"))
    three = ValidationError(errors)
    assert three.errors is errors
    assert str(three) == "3 invalid arguments: a: x; b: y; c: z"


# --- ErrorDetail -------------------------------------------------------------------------------


def test_error_detail_defaults() -> None:
    detail = ErrorDetail("E1", "boom")
    assert (detail.http_status, detail.description, detail.resolution, dict(detail.params)) == (None, "", "", {})
    assert detail.item is None and detail.total is None


def test_error_detail_item_and_total_from_its_params() -> None:
    detail = ErrorDetail("E1", "Item 3 of 10", params={"item": "3", "total": "10"})
    assert (detail.item, detail.total) == (3, 10)
    assert ErrorDetail(None, "", params={"item": "123456789"}).item == 123456789


@pytest.mark.parametrize("text", ["", "²", "١٢", "-1", "+1", "1.0", " 1", "1234567890", "three"])
def test_error_detail_item_ignores_what_is_not_a_short_ascii_number(text: str) -> None:
    detail = ErrorDetail(None, "m", params={"item": text, "total": text})
    assert detail.item is None and detail.total is None


# --- MalformedResponseError, BudgetExhaustedError ----------------------------------------------


def test_malformed_response_error_keeps_an_excerpt_of_the_body() -> None:
    exc = MalformedResponseError("bad", body=b"x" * (BODY_EXCERPT + 10), http_status=502)
    assert str(exc) == "bad" and exc.body == b"x" * BODY_EXCERPT and exc.http_status == 502
    plain = MalformedResponseError("bad")
    assert plain.body == b"" and plain.http_status is None


def test_budget_exhausted_error_carries_retry_after() -> None:
    exc = BudgetExhaustedError("spent", retry_after=12.5)
    assert str(exc) == "spent" and exc.retry_after == 12.5


# --- ApiError ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "status", "text"),
    [
        ("invalid_did", 400, "Bad DID [invalid_did, HTTP 400]"),
        ("invalid_did", None, "Bad DID [invalid_did]"),
        (None, 503, "Bad DID [HTTP 503]"),
        (None, None, "Bad DID"),
        ("", 0, "Bad DID"),
    ],
)
def test_api_error_label_names_the_code_and_status(code: str | None, status: int | None, text: str) -> None:
    assert str(ApiError("Bad DID", code=code, http_status=status)) == text


def test_api_error_counts_the_further_errors() -> None:
    details = tuple(ErrorDetail(f"E{i}", f"m{i}") for i in range(3))
    assert str(ApiError("m0", code="E0", http_status=400, errors=details)) == "m0 [E0, HTTP 400] (+2 more)"
    assert str(ApiError("m0", errors=details)) == "m0 (+2 more)"
    assert str(ApiError("m0", errors=details[:1])) == "m0"


def test_api_error_attributes() -> None:
    response = httpx.Response(418, request=httpx.Request("GET", "https://x.test/"))
    details = (ErrorDetail("E", "m"),)
    exc = ApiError("m", code="E", http_status=418, response=response, errors=details, retryable=False)
    assert (exc.message, exc.code, exc.http_status, exc.errors, exc.retryable) == ("m", "E", 418, details, False)
    assert exc.response is response and exc.payload is None
    bare = ApiError("m")
    assert (bare.code, bare.http_status, bare.response, bare.errors, bare.retryable) == (None, None, None, (), None)


def test_carrier_warning() -> None:
    warning = CarrierWarning("requests_soft_limit_reached: slow down", "requests_soft_limit_reached")
    assert str(warning) == "requests_soft_limit_reached: slow down"
    assert warning.code == "requests_soft_limit_reached"
    assert CarrierWarning("x").code is None


# --- ErrorClasses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "status", "cls"),
    [
        ("auth_failed", 500, AuthError),  # a documented code wins over everything
        ("no_stock", None, RateLimitError),
        ("number_gone_forever", 400, NumberGoneError),  # prefixes are tried in order
        ("number_invalid", 400, NumberError),
        ("numberx", 500, ServerError),  # no prefix matches: by status
        ("unknown", 401, AuthError),
        (None, 500, ServerError),
        (None, 404, ApiError),
        ("unknown", None, ApiError),
        (None, None, ApiError),
    ],
)
def test_error_classes_pick_the_most_specific_class(code: str | None, status: int | None, cls: type[ApiError]) -> None:
    assert CLASSES(code, status) is cls


def test_error_classes_first_matching_prefix_wins() -> None:
    classes = ErrorClasses({}, (("number_", NumberError), ("number_gone", NumberGoneError)), {})
    assert classes("number_gone", 200) is NumberError


def test_a_rate_limit_status_outweighs_a_code_prefix() -> None:
    # A fault whose code names its kind, answered with 429: the caller must slow down and retry later.
    limited = ErrorClasses({}, (("Server", ServerError),), {429: RateLimitError, 500: ServerError})
    assert limited("Server.busy", 429) is RateLimitError
    assert limited("Server.busy", 500) is ServerError
    assert limited("Server.busy", 400) is ServerError
    # A documented code still decides first.
    assert ErrorClasses({"no_stock": NumberError}, (), {429: RateLimitError})("no_stock", 429) is NumberError
