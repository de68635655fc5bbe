"""Every exception the iovox SDK raises.

::

    SdkError
    ├── ValidationError
    ├── TransportError
    │   └── TransportTimeoutError
    ├── MalformedResponseError
    └── ApiError
        ├── RateLimitError
        ├── RequestError
        │   ├── ApiVersionEmptyError
        │   ├── ApiVersionInvalidError
        │   ├── RequestMethodMustBePostError
        │   ├── PageNumberNotAnIntegerError
        │   ├── XmlEmptyError
        │   ├── XmlParseError
        │   ├── RequestEmptyError
        │   ├── DynamicQuantityInvalidError
        │   ├── CountryCodeEmptyError
        │   ├── AreaCodeEmptyError
        │   ├── NumberTypeEmptyError
        │   ├── QuantityNotAnIntegerError
        │   ├── QuantityOutOfRangeError
        │   ├── NumberTypeInvalidError
        │   ├── FirstnameEmptyError
        │   ├── LastnameEmptyError
        │   ├── CompanyNameEmptyError
        │   ├── StreetEmptyError
        │   ├── BuildingNumberEmptyError
        │   ├── BuildingNumberNotAnIntegerError
        │   ├── CityEmptyError
        │   ├── ZipcodeEmptyError
        │   └── BasketItemNotCorrectError
        ├── AuthenticationError
        └── ServerError
            └── InternalServerError
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

import httpx

#: How much of a raw body an exception keeps (bytes).
BODY_EXCERPT: Final = 2048


@dataclass(frozen=True, slots=True)
class FieldError:
    """One bad argument: where it is (``items[0].quantity``) and what is wrong."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class ErrorDetail:
    """One error the carrier reported, matched against its documented error table."""

    code: str | None
    message: str
    http_status: int | None = None
    description: str = ""
    resolution: str = ""
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def item(self) -> int | None:
        """The 1-based position of the request item the error is about, when it names one."""
        return _as_int(self.params.get("item"))

    @property
    def total(self) -> int | None:
        """The number of items in the request, when the error names it."""
        return _as_int(self.params.get("total"))


def _as_int(text: str | None) -> int | None:
    # isascii(): "²".isdigit() is True but int() refuses it; 9 digits keeps int() cheap.
    return int(text) if text is not None and text.isascii() and text.isdigit() and len(text) <= 9 else None


class SdkError(Exception):
    """The root of every error this SDK raises."""


class ValidationError(SdkError, ValueError):
    """Arguments that break the spec's rules; nothing was sent.

    Attributes:
        errors: Every bad argument, each with its path and what is wrong.
    """

    def __init__(self, errors: tuple[FieldError, ...]) -> None:
        self.errors = errors
        noun = "argument" if len(errors) == 1 else "arguments"
        super().__init__(f"{len(errors)} invalid {noun}: " + "; ".join(map(str, errors)))


class TransportError(SdkError):
    """The request could not be sent or the answer could not be read."""


class TransportTimeoutError(TransportError):
    """The carrier did not answer in time."""


class BudgetExhaustedError(SdkError):
    """The client-side rate budget (``rate_budget=True``) refused the call; nothing was sent.

    Attributes:
        retry_after: Seconds until the pool has room for one more request.
    """

    def __init__(self, message: str, *, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(message)


class MalformedResponseError(SdkError):
    """The carrier answered with something the SDK cannot read as documented.

    Attributes:
        body: The start of the raw body ({BODY_EXCERPT} bytes at most).
        http_status: The HTTP status, when known.
    """

    def __init__(self, message: str, *, body: bytes = b"", http_status: int | None = None) -> None:
        self.body = body[:BODY_EXCERPT]
        self.http_status = http_status
        super().__init__(message)


class ApiError(SdkError):
    """The carrier reported an error.

    Attributes:
        code: The documented code of the first error, or None when the message is not in the tables.
        message: The carrier's message for the first error.
        http_status: The HTTP status of the response.
        response: The raw HTTP response.
        errors: Every error the response carried, in order.
    """

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        http_status: int | None = None,
        response: httpx.Response | None = None,
        errors: tuple[ErrorDetail, ...] = (),
        retryable: bool | None = None,
    ) -> None:
        self.code = code
        # None: decided by the HTTP status; False: the carrier's answer is final (a SOAP fault).
        self.retryable = retryable
        #: What else the error answer carried (enveloped carriers), e.g. suggested addresses.
        self.payload: Mapping[str, object] | None = None
        self.message = message
        self.http_status = http_status
        self.response = response
        self.errors = errors
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        label = ", ".join(str(part) for part in (code, f"HTTP {http_status}" if http_status else None) if part)
        super().__init__(f"{message} [{label}]{more}" if label else message + more)


class CarrierWarning(UserWarning):
    """A notice the carrier sent with a successful answer (e.g. a soft rate limit was reached).

    Attributes:
        code: The carrier's code for the notice.
    """

    def __init__(self, message: str, code: str | None = None) -> None:
        self.code = code
        super().__init__(message)


class RateLimitError(ApiError):
    """The carrier refused the request because a rate limit was reached."""


class RequestError(ApiError):
    """The carrier rejected the request as invalid."""


class AuthenticationError(ApiError):
    """The credentials or the calling IP address were refused."""


class ServerError(ApiError):
    """The carrier or a gateway in front of it failed; retry later."""


class ApiVersionEmptyError(RequestError):
    """API Version Empty

    Resolution: Add a value for the v parameter in the query string.
    """

    code_name: Final = "api_version_empty"


class ApiVersionInvalidError(RequestError):
    """API Version Invalid

    Resolution: Correct the v parameter.
    """

    code_name: Final = "api_version_invalid"


class RequestMethodMustBePostError(RequestError):
    """Request Method must be POST. {method} attempted

    Resolution: Switch request method {method} to POST.
    """

    code_name: Final = "request_method_must_be_post"


class PageNumberNotAnIntegerError(RequestError):
    """Page Number not an integer

    Resolution: Remove non-numerics from page.
    """

    code_name: Final = "page_number_not_an_integer"


class InternalServerError(ServerError):
    """Internal Server Error

    Resolution: Retry later.
    """

    code_name: Final = "internal_server_error"


class XmlEmptyError(RequestError):
    """XML Empty

    Resolution: Add XML to the request body.
    """

    code_name: Final = "xml_empty"


class XmlParseError(RequestError):
    """XML parse error. {error} at line {line}, column {column}

    Resolution: Correct the XML at {error} on line {line}, column {column}.
    """

    code_name: Final = "xml_parse_error"


class RequestEmptyError(RequestError):
    """Request Empty

    Resolution: Add at least one item to the request.
    """

    code_name: Final = "request_empty"


class DynamicQuantityInvalidError(RequestError):
    """Dynamic Quantity {item} of {total} Invalid

    Resolution: Change the dynamic quantity to TRUE or FALSE.
    """

    code_name: Final = "dynamic_quantity_invalid"


class CountryCodeEmptyError(RequestError):
    """Country Code {item} of {total} Empty

    Resolution: Add country_code for item {item} of {total}.
    """

    code_name: Final = "country_code_empty"


class AreaCodeEmptyError(RequestError):
    """Area Code {item} of {total} Empty

    Resolution: Add area_code for item {item} of {total}.
    """

    code_name: Final = "area_code_empty"


class NumberTypeEmptyError(RequestError):
    """Number Type {item} of {total} Empty

    Resolution: Add number_type for item {item} of {total}.
    """

    code_name: Final = "number_type_empty"


class QuantityNotAnIntegerError(RequestError):
    """Quantity {item} of {total} not an integer

    Resolution: Remove non-numerics from quantity.
    """

    code_name: Final = "quantity_not_an_integer"


class QuantityOutOfRangeError(RequestError):
    """Quantity must be between 1 and 250

    Resolution: Correct the quantity parameter.
    """

    code_name: Final = "quantity_out_of_range"


class NumberTypeInvalidError(RequestError):
    """The requested Number Type {item} of {total} is not valid. The valid values are NATIONAL, GEOGRAPHIC, TOLLFREE

    Resolution: Change number_type for item {item} of {total} to NATIONAL, GEOGRAPHIC or TOLLFREE.
    """

    code_name: Final = "number_type_invalid"


class FirstnameEmptyError(RequestError):
    """firstname {item} of {total} Empty

    Resolution: Add the firstname parameter in item {item} of {total}.
    """

    code_name: Final = "firstname_empty"


class LastnameEmptyError(RequestError):
    """lastname {item} of {total} Empty

    Resolution: Add the lastname parameter in item {item} of {total}.
    """

    code_name: Final = "lastname_empty"


class CompanyNameEmptyError(RequestError):
    """Company Name {item} of {total} Empty

    Resolution: Add the company parameter in item {item} of {total}.
    """

    code_name: Final = "company_name_empty"


class StreetEmptyError(RequestError):
    """street {item} of {total} Empty

    Resolution: Add the street parameter in item {item} of {total}.
    """

    code_name: Final = "street_empty"


class BuildingNumberEmptyError(RequestError):
    """building_number {item} of {total} Empty

    Resolution: Add the building_number parameter in item {item} of {total}.
    """

    code_name: Final = "building_number_empty"


class BuildingNumberNotAnIntegerError(RequestError):
    """building_number {item} of {total} not an integer

    Resolution: Correct the building_number parameter in item {item} of {total}.
    """

    code_name: Final = "building_number_not_an_integer"


class CityEmptyError(RequestError):
    """city {item} of {total} Empty

    Resolution: Add the city parameter to item {item} of {total}.
    """

    code_name: Final = "city_empty"


class ZipcodeEmptyError(RequestError):
    """zipcode {item} of {total} Empty

    Resolution: Add the zipcode parameter to item {item} of {total}.
    """

    code_name: Final = "zipcode_empty"


class BasketItemNotCorrectError(RequestError):
    """Basket Item {item} of {total} is not correct.

    Resolution: The number requested in item {item} of {total} does not exist; pick a country_code, area_code and number_type from getVoxnumberRegions.
    """

    code_name: Final = "basket_item_not_correct"


#: Exception class for each documented error code.
CODE_CLASSES: Final[Mapping[str, type[ApiError]]] = {
    "api_version_empty": ApiVersionEmptyError,
    "api_version_invalid": ApiVersionInvalidError,
    "request_method_must_be_post": RequestMethodMustBePostError,
    "page_number_not_an_integer": PageNumberNotAnIntegerError,
    "internal_server_error": InternalServerError,
    "xml_empty": XmlEmptyError,
    "xml_parse_error": XmlParseError,
    "request_empty": RequestEmptyError,
    "dynamic_quantity_invalid": DynamicQuantityInvalidError,
    "country_code_empty": CountryCodeEmptyError,
    "area_code_empty": AreaCodeEmptyError,
    "number_type_empty": NumberTypeEmptyError,
    "quantity_not_an_integer": QuantityNotAnIntegerError,
    "quantity_out_of_range": QuantityOutOfRangeError,
    "number_type_invalid": NumberTypeInvalidError,
    "firstname_empty": FirstnameEmptyError,
    "lastname_empty": LastnameEmptyError,
    "company_name_empty": CompanyNameEmptyError,
    "street_empty": StreetEmptyError,
    "building_number_empty": BuildingNumberEmptyError,
    "building_number_not_an_integer": BuildingNumberNotAnIntegerError,
    "city_empty": CityEmptyError,
    "zipcode_empty": ZipcodeEmptyError,
    "basket_item_not_correct": BasketItemNotCorrectError,
}

#: Exception class for a code prefix (``missing_`` -> RequestError), tried in order.
PREFIX_CLASSES: Final[tuple[tuple[str, type[ApiError]], ...]] = ()

#: Exception class for an HTTP status when no code is known.
STATUS_CLASSES: Final[Mapping[int, type[ApiError]]] = {
    429: RateLimitError,
    400: RequestError,
    401: AuthenticationError,
    403: AuthenticationError,
    500: ServerError,
    502: ServerError,
    503: ServerError,
    504: ServerError,
}


def class_for(code: str | None, http_status: int | None) -> type[ApiError]:
    """The most specific exception class for an error code and status."""
    if code is not None:
        known = CODE_CLASSES.get(code)
        if known is not None:
            return known
        for prefix, cls in PREFIX_CLASSES:
            if code.startswith(prefix):
                return cls
    return STATUS_CLASSES.get(http_status or 0, ApiError)


__all__ = [
    "ApiError",
    "BudgetExhaustedError",
    "CarrierWarning",
    "ErrorDetail",
    "FieldError",
    "MalformedResponseError",
    "RateLimitError",
    "SdkError",
    "TransportError",
    "TransportTimeoutError",
    "ValidationError",
    "RequestError",
    "AuthenticationError",
    "ServerError",
    "ApiVersionEmptyError",
    "ApiVersionInvalidError",
    "RequestMethodMustBePostError",
    "PageNumberNotAnIntegerError",
    "InternalServerError",
    "XmlEmptyError",
    "XmlParseError",
    "RequestEmptyError",
    "DynamicQuantityInvalidError",
    "CountryCodeEmptyError",
    "AreaCodeEmptyError",
    "NumberTypeEmptyError",
    "QuantityNotAnIntegerError",
    "QuantityOutOfRangeError",
    "NumberTypeInvalidError",
    "FirstnameEmptyError",
    "LastnameEmptyError",
    "CompanyNameEmptyError",
    "StreetEmptyError",
    "BuildingNumberEmptyError",
    "BuildingNumberNotAnIntegerError",
    "CityEmptyError",
    "ZipcodeEmptyError",
    "BasketItemNotCorrectError",
]
