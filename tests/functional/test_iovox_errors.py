"""Carrier error documents: every documented row, several errors at once, unknown and undocumented errors."""

from __future__ import annotations

import httpx
import iovox_sdk
import pytest
from iovox_sdk import errors as E

from .conftest import SECURE_KEY, xml
from .samples import SIMPLE_ITEM, errors_body

pytestmark = pytest.mark.anyio

# (message as the carrier sends it, class, code, item, total)
PURCHASE_ROWS = [
    ("XML Empty", E.XmlEmptyError, "xml_empty", None, None),
    ("Request Empty", E.RequestEmptyError, "request_empty", None, None),
    ("Dynamic Quantity 1 of 2 Invalid", E.DynamicQuantityInvalidError, "dynamic_quantity_invalid", 1, 2),
    ("Country Code 2 of 3 Empty", E.CountryCodeEmptyError, "country_code_empty", 2, 3),
    ("Area Code 3 of 3 Empty", E.AreaCodeEmptyError, "area_code_empty", 3, 3),
    ("Number Type 1 of 4 Empty", E.NumberTypeEmptyError, "number_type_empty", 1, 4),
    ("Quantity 2 of 2 not an integer", E.QuantityNotAnIntegerError, "quantity_not_an_integer", 2, 2),
    ("Quantity must be between 1 and 250", E.QuantityOutOfRangeError, "quantity_out_of_range", None, None),
    (
        "The requested Number Type 4 of 5 is not valid. The valid values are NATIONAL, GEOGRAPHIC, TOLLFREE",
        E.NumberTypeInvalidError,
        "number_type_invalid",
        4,
        5,
    ),
    ("firstname 1 of 3 Empty", E.FirstnameEmptyError, "firstname_empty", 1, 3),
    ("lastname 2 of 3 Empty", E.LastnameEmptyError, "lastname_empty", 2, 3),
    ("Company Name 3 of 3 Empty", E.CompanyNameEmptyError, "company_name_empty", 3, 3),
    ("street 10 of 12 Empty", E.StreetEmptyError, "street_empty", 10, 12),
    ("building_number 1 of 1 Empty", E.BuildingNumberEmptyError, "building_number_empty", 1, 1),
    (
        "building_number 2 of 7 not an integer",
        E.BuildingNumberNotAnIntegerError,
        "building_number_not_an_integer",
        2,
        7,
    ),
    ("city 5 of 6 Empty", E.CityEmptyError, "city_empty", 5, 6),
    ("zipcode 6 of 6 Empty", E.ZipcodeEmptyError, "zipcode_empty", 6, 6),
    ("Basket Item 2 of 2 is not correct.", E.BasketItemNotCorrectError, "basket_item_not_correct", 2, 2),
]

GLOBAL_ROWS = [
    ("API Version Empty", E.ApiVersionEmptyError, "api_version_empty"),
    ("API Version Invalid", E.ApiVersionInvalidError, "api_version_invalid"),
    ("Request Method must be POST. GET attempted", E.RequestMethodMustBePostError, "request_method_must_be_post"),
    ("Page Number not an integer", E.PageNumberNotAnIntegerError, "page_number_not_an_integer"),
]

ALL_OPERATIONS = {
    "purchase_vox_numbers": {"items": [SIMPLE_ITEM]},
    "get_voxnumber_regions": {},
    "get_voxnumbers": {},
    "delete_voxnumbers_from_account": {"full_voxnumbers": ["441512100200"]},
}


async def call(api, operation: str):
    return await getattr(api, operation)(**ALL_OPERATIONS[operation])


@pytest.mark.parametrize(("message", "cls", "code", "item", "total"), PURCHASE_ROWS, ids=[r[2] for r in PURCHASE_ROWS])
async def test_purchase_error_row_raises_its_own_class(make_api, message, cls, code, item, total):
    api = make_api(xml(errors_body((400, message)), status=400))
    with pytest.raises(cls) as caught:
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    exc = caught.value
    assert isinstance(exc, E.RequestError)
    assert isinstance(exc, iovox_sdk.ApiError)
    assert isinstance(exc, iovox_sdk.SdkError)
    assert exc.code == code
    assert exc.message == message
    assert exc.http_status == 400
    assert isinstance(exc.response, httpx.Response)
    assert exc.response.status_code == 400
    assert len(exc.errors) == 1
    detail = exc.errors[0]
    assert (detail.code, detail.message, detail.http_status) == (code, message, 400)
    assert detail.item == item
    assert detail.total == total
    if item is not None:
        assert type(detail.item) is int and type(detail.total) is int


@pytest.mark.parametrize("operation", list(ALL_OPERATIONS))
@pytest.mark.parametrize(("message", "cls", "code"), GLOBAL_ROWS, ids=[r[2] for r in GLOBAL_ROWS])
async def test_global_error_row_raises_its_own_class_from_every_operation(make_api, operation, message, cls, code):
    api = make_api(xml(errors_body((400, message)), status=400))
    with pytest.raises(cls) as caught:
        await call(api, operation)
    exc = caught.value
    assert isinstance(exc, E.RequestError)
    assert (exc.code, exc.message, exc.http_status) == (code, message, 400)
    assert exc.errors[0].item is None


async def test_request_method_error_captures_the_attempted_method(make_api):
    api = make_api(xml(errors_body((400, "Request Method must be POST. PUT attempted")), status=400))
    with pytest.raises(E.RequestMethodMustBePostError) as caught:
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    assert caught.value.errors[0].params["method"] == "PUT"
    assert "PUT" in caught.value.errors[0].resolution


async def test_xml_parse_error_captures_error_line_and_column(make_api):
    message = "XML parse error. Opening and ending tag mismatch: item and items at line 20, column 12"
    api = make_api(xml(errors_body((400, message)), status=400))
    with pytest.raises(E.XmlParseError) as caught:
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    detail = caught.value.errors[0]
    assert detail.code == "xml_parse_error"
    assert detail.params["error"] == "Opening and ending tag mismatch: item and items"
    assert detail.params["line"] == "20"
    assert detail.params["column"] == "12"


async def test_resolution_names_the_item_position(make_api):
    api = make_api(xml(errors_body((400, "Country Code 2 of 3 Empty")), status=400))
    with pytest.raises(E.CountryCodeEmptyError) as caught:
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    assert caught.value.errors[0].resolution == "Add country_code for item 2 of 3."


@pytest.mark.parametrize("operation", list(ALL_OPERATIONS))
async def test_internal_server_error_raises_internal_server_error(make_api, operation):
    api = make_api(xml(errors_body((500, "Internal Server Error")), status=500))
    with pytest.raises(E.InternalServerError) as caught:
        await call(api, operation)
    exc = caught.value
    assert isinstance(exc, E.ServerError)
    assert not isinstance(exc, E.RequestError)
    assert (exc.code, exc.message, exc.http_status) == ("internal_server_error", "Internal Server Error", 500)


async def test_several_errors_are_all_kept_in_order(make_api):
    body = errors_body(
        (400, "Country Code 1 of 3 Empty"),
        (400, "Quantity 2 of 3 not an integer"),
        (400, "zipcode 3 of 3 Empty"),
    )
    api = make_api(xml(body, status=400))
    with pytest.raises(E.CountryCodeEmptyError) as caught:
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    exc = caught.value
    assert exc.code == "country_code_empty"
    assert [d.code for d in exc.errors] == ["country_code_empty", "quantity_not_an_integer", "zipcode_empty"]
    assert [(d.item, d.total) for d in exc.errors] == [(1, 3), (2, 3), (3, 3)]
    assert [d.message for d in exc.errors] == [
        "Country Code 1 of 3 Empty",
        "Quantity 2 of 3 not an integer",
        "zipcode 3 of 3 Empty",
    ]
    assert "+2 more" in str(exc)


async def test_error_message_whitespace_is_trimmed(make_api):
    api = make_api(xml(errors_body((400, "\n   street 1 of 1 Empty\n  ")), status=400))
    with pytest.raises(E.StreetEmptyError) as caught:
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    assert caught.value.message == "street 1 of 1 Empty"


@pytest.mark.parametrize(("status", "family"), [(400, E.RequestError), (500, E.ServerError)])
async def test_unknown_message_keeps_code_none_and_family_by_status(make_api, status, family):
    api = make_api(xml(errors_body((status, "Something nobody documented")), status=status))
    with pytest.raises(family) as caught:
        await api.get_voxnumbers()
    exc = caught.value
    assert type(exc) is family
    assert exc.code is None
    assert exc.message == "Something nobody documented"
    assert exc.http_status == status
    assert exc.errors[0].code is None
    assert exc.errors[0].item is None


async def test_known_message_is_matched_exactly_not_by_prefix(make_api):
    api = make_api(xml(errors_body((400, "XML Empty and more words")), status=400))
    with pytest.raises(E.RequestError) as caught:
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    assert type(caught.value) is E.RequestError
    assert caught.value.code is None


HTML_502 = b"""<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>
"""


@pytest.mark.parametrize("body", [HTML_502, b"<html><body><h1>502 Bad Gateway</h1><br></body></html>"])
async def test_html_502_raises_an_api_error_without_parser_traceback(make_api, body):
    api = make_api(xml(body, status=502, content_type="text/html"))
    with pytest.raises(iovox_sdk.ApiError) as caught:
        await api.get_voxnumber_regions()
    exc = caught.value
    assert exc.http_status == 502
    assert exc.code is None
    assert exc.errors == ()
    assert exc.__cause__ is None
    assert not isinstance(exc.__context__, (ValueError, SyntaxError))
    assert "502" in str(exc)


async def test_rate_limit_status_raises_rate_limit_error(make_api):
    api = make_api(xml(b"Too Many Requests", status=429, content_type="text/plain"))
    with pytest.raises(iovox_sdk.RateLimitError) as caught:
        await api.get_voxnumbers()
    assert isinstance(caught.value, iovox_sdk.ApiError)
    assert caught.value.http_status == 429


async def test_error_status_with_empty_body_raises_family_by_status(make_api):
    api = make_api(xml(b"", status=400))
    with pytest.raises(E.RequestError) as caught:
        await api.delete_voxnumbers_from_account(full_voxnumbers=["441512100200"])
    assert caught.value.code is None
    assert caught.value.http_status == 400


async def test_errors_document_with_success_status_is_not_a_result(make_api):
    api = make_api(xml(errors_body((400, "API Version Empty")), status=200))
    with pytest.raises(iovox_sdk.SdkError):
        await api.get_voxnumber_regions()


async def test_error_str_never_contains_the_secure_key(make_api):
    api = make_api(xml(errors_body((400, "Country Code 1 of 1 Empty"), (400, "Area Code 1 of 1 Empty")), status=400))
    with pytest.raises(iovox_sdk.ApiError) as caught:
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    assert SECURE_KEY not in str(caught.value)
    assert SECURE_KEY not in repr(caught.value)
    assert SECURE_KEY.lower() not in str(caught.value).lower()
