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
from typing import Final

from ._exceptions import (
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

# The runtime's classes are this package's public errors: they carry the name users import them by.
for _shared in (
    ApiError,
    BudgetExhaustedError,
    CarrierWarning,
    ErrorDetail,
    FieldError,
    MalformedResponseError,
    RateLimitError,
    SdkError,
    TransportError,
    TransportTimeoutError,
    ValidationError,
):
    _shared.__module__ = __name__


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

    Resolution: The number requested in item {item} of {total} does not exist; pick a country_code, area_code and
    number_type from getVoxnumberRegions.
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

#: The most specific exception class for an error code and HTTP status.
class_for: Final = ErrorClasses(CODE_CLASSES, PREFIX_CLASSES, STATUS_CLASSES)

__all__ = [
    "BODY_EXCERPT",
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
