"""Arguments the seed's error table rules out are refused before anything reaches the transport."""

from __future__ import annotations

import dataclasses

import httpx
import iovox_sdk
import pytest
from iovox_sdk.models import AdditionalInformation, PurchaseItem

from .conftest import xml
from .samples import REGION_PAGE, SEED_ADDITIONAL_INFORMATION, SEED_PENDING_RESPONSE, SIMPLE_ITEM, VOXNUMBER_PAGE

pytestmark = pytest.mark.anyio


def OK(request: httpx.Request) -> httpx.Response:
    """A successful answer for whichever operation got through (so a missed check shows as DID NOT RAISE)."""
    method = request.url.params["method"]
    if method == "purchaseVoxNumbers":
        return xml(SEED_PENDING_RESPONSE, status=201)(request)
    if method == "deleteVoxnumbersFromAccount":
        return httpx.Response(204)
    return xml(REGION_PAGE if method == "getVoxnumberRegions" else VOXNUMBER_PAGE)(request)


def item(**changes) -> PurchaseItem:
    return dataclasses.replace(SIMPLE_ITEM, **changes)


def info(**changes) -> AdditionalInformation:
    return dataclasses.replace(SEED_ADDITIONAL_INFORMATION, **changes)


async def refused(api, operation: str, **kwargs) -> iovox_sdk.ValidationError:
    """Call ``operation``, expect a ValidationError and that no request reached the transport."""
    with pytest.raises(iovox_sdk.ValidationError) as caught:
        await getattr(api, operation)(**kwargs)
    assert api.requests == [], "a request was sent despite invalid arguments"
    assert isinstance(caught.value, iovox_sdk.SdkError)
    return caught.value


def paths(exc: iovox_sdk.ValidationError) -> list[str]:
    return [error.path for error in exc.errors]


# quantity ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("quantity", [0, -1, 251, 10_000])
async def test_quantity_outside_1_to_250_is_refused(make_api, quantity):
    api = make_api(OK)
    exc = await refused(api, "purchase_vox_numbers", items=[item(quantity=quantity)])
    assert paths(exc) == ["items[0].quantity"]
    assert exc.errors[0].message == "Quantity must be between 1 and 250"


@pytest.mark.parametrize("quantity", ["2", 2.0, True, None])
async def test_quantity_not_an_integer_is_refused(make_api, quantity):
    api = make_api(OK)
    exc = await refused(api, "purchase_vox_numbers", items=[item(quantity=quantity)])
    assert paths(exc) == ["items[0].quantity"]
    assert exc.errors[0].message == "Quantity not an integer"


@pytest.mark.parametrize("quantity", [1, 250])
async def test_quantity_bounds_are_accepted(make_api, quantity):
    api = make_api(OK)
    await api.purchase_vox_numbers(items=[item(quantity=quantity)])
    assert len(api.requests) == 1


# number_type ------------------------------------------------------------------------------------


@pytest.mark.parametrize("number_type", ["MOBILE", "geographic", "", 1])
async def test_bad_number_type_is_refused(make_api, number_type):
    api = make_api(OK)
    exc = await refused(api, "purchase_vox_numbers", items=[item(number_type=number_type)])
    assert paths(exc) == ["items[0].number_type"]
    assert "NATIONAL, GEOGRAPHIC, TOLLFREE" in exc.errors[0].message


async def test_missing_number_type_is_refused(make_api):
    api = make_api(OK)
    exc = await refused(api, "purchase_vox_numbers", items=[item(number_type=None)])
    assert [(e.path, e.message) for e in exc.errors] == [("items[0].number_type", "Number Type Empty")]


async def test_unhashable_number_type_is_a_validation_error(make_api):
    api = make_api(OK)
    await refused(api, "purchase_vox_numbers", items=[item(number_type=["GEOGRAPHIC"])])


async def test_unhashable_req_field_is_a_validation_error(make_api):
    api = make_api(OK)
    await refused(api, "get_voxnumber_regions", req_fields=[["ac"]])


# country_code / area_code / post_code -----------------------------------------------------------


@pytest.mark.parametrize(
    ("country_code", "message"),
    [(None, "Country Code Empty"), ("44", "Country Code not an integer"), (0, "must be at least 1 (got 0)")],
)
async def test_bad_country_code_is_refused(make_api, country_code, message):
    api = make_api(OK)
    exc = await refused(api, "purchase_vox_numbers", items=[item(country_code=country_code)])
    assert [(e.path, e.message) for e in exc.errors] == [("items[0].country_code", message)]


async def test_area_code_missing_without_post_code_is_refused(make_api):
    api = make_api(OK)
    exc = await refused(api, "purchase_vox_numbers", items=[item(area_code=None)])
    assert paths(exc) == ["items[0].area_code"]
    assert exc.errors[0].message.startswith("Area Code Empty")


async def test_post_code_without_area_code_is_accepted(make_api):
    api = make_api(OK)
    await api.purchase_vox_numbers(items=[item(area_code=None, post_code="L1 8JQ")])
    assert len(api.requests) == 1


@pytest.mark.parametrize("area_code", ["151", -1, 1.5])
async def test_bad_area_code_is_refused(make_api, area_code):
    api = make_api(OK)
    exc = await refused(api, "purchase_vox_numbers", items=[item(area_code=area_code)])
    assert paths(exc) == ["items[0].area_code"]


async def test_empty_post_code_is_refused(make_api):
    api = make_api(OK)
    exc = await refused(api, "purchase_vox_numbers", items=[item(area_code=None, post_code="")])
    assert paths(exc) == ["items[0].post_code"]


# additional_information -------------------------------------------------------------------------

INFO_FIELDS = [
    ("firstname", "firstname Empty"),
    ("lastname", "lastname Empty"),
    ("company", "Company Name Empty"),
    ("street", "street Empty"),
    ("city", "city Empty"),
    ("zipcode", "zipcode Empty"),
]


@pytest.mark.parametrize(("field", "message"), INFO_FIELDS + [("building_number", "building_number Empty")])
async def test_missing_additional_information_field_is_refused(make_api, field, message):
    api = make_api(OK)
    bad = item(additional_information=info(**{field: None}))
    exc = await refused(api, "purchase_vox_numbers", items=[bad])
    assert [(e.path, e.message) for e in exc.errors] == [(f"items[0].additional_information.{field}", message)]


@pytest.mark.parametrize(("field", "message"), INFO_FIELDS)
async def test_empty_additional_information_field_is_refused(make_api, field, message):
    api = make_api(OK)
    bad = item(additional_information=info(**{field: ""}))
    exc = await refused(api, "purchase_vox_numbers", items=[bad])
    assert [(e.path, e.message) for e in exc.errors] == [(f"items[0].additional_information.{field}", message)]


@pytest.mark.parametrize("building_number", ["21", 21.0, True, "21a", -1])
async def test_building_number_not_an_integer_is_refused(make_api, building_number):
    api = make_api(OK)
    bad = item(additional_information=info(building_number=building_number))
    exc = await refused(api, "purchase_vox_numbers", items=[bad])
    assert [(e.path, e.message) for e in exc.errors] == [
        ("items[0].additional_information.building_number", "building_number not an integer")
    ]


async def test_additional_information_of_wrong_type_is_refused(make_api):
    api = make_api(OK)
    exc = await refused(api, "purchase_vox_numbers", items=[item(additional_information={"firstname": "Bastien"})])
    assert paths(exc) == ["items[0].additional_information"]


# dynamic_quantity / callback_url / cc_list ------------------------------------------------------


@pytest.mark.parametrize("value", ["TRUE", "true", 1, 0])
async def test_dynamic_quantity_not_a_bool_is_refused(make_api, value):
    api = make_api(OK)
    exc = await refused(api, "purchase_vox_numbers", dynamic_quantity=value, items=[SIMPLE_ITEM])
    assert paths(exc) == ["dynamic_quantity"]
    assert exc.errors[0].message.startswith("Dynamic Quantity Invalid")


async def test_callback_url_over_120_characters_is_refused(make_api):
    api = make_api(OK)
    url = "http://my.company.com/" + "a" * 99  # 121 characters
    assert len(url) == 121
    exc = await refused(api, "purchase_vox_numbers", callback_url=url, items=[SIMPLE_ITEM])
    assert [(e.path, e.message) for e in exc.errors] == [
        ("callback_url", "callback_url must be at most 120 characters long")
    ]


async def test_callback_url_of_exactly_120_characters_is_accepted(make_api):
    api = make_api(OK)
    url = "http://my.company.com/" + "a" * 98
    assert len(url) == 120
    await api.purchase_vox_numbers(callback_url=url, items=[SIMPLE_ITEM])
    assert len(api.requests) == 1


@pytest.mark.parametrize("url", ["my.company.com/cb.php", "ftp://my.company.com/cb", ""])
async def test_callback_url_without_http_scheme_is_refused(make_api, url):
    api = make_api(OK)
    exc = await refused(api, "purchase_vox_numbers", callback_url=url, items=[SIMPLE_ITEM])
    assert paths(exc) == ["callback_url"]


@pytest.mark.parametrize(
    ("cc_list", "path"),
    [("mail@mail.com", "cc_list"), (["a@x.com", "b@x.com,c@x.com"], "cc_list[1]"), ([None], "cc_list[0]")],
)
async def test_bad_cc_list_is_refused(make_api, cc_list, path):
    api = make_api(OK)
    exc = await refused(api, "purchase_vox_numbers", cc_list=cc_list, items=[SIMPLE_ITEM])
    assert paths(exc) == [path]


# items ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("items", [[], ()])
async def test_empty_items_list_is_refused(make_api, items):
    api = make_api(OK)
    exc = await refused(api, "purchase_vox_numbers", items=items)
    assert [(e.path, e.message) for e in exc.errors] == [("items", "Request Empty (add at least one item)")]


async def test_items_none_is_refused(make_api):
    api = make_api(OK)
    exc = await refused(api, "purchase_vox_numbers", items=None)
    assert paths(exc) == ["items"]


async def test_items_omitted_is_refused_without_sending(make_api):
    api = make_api(OK)
    with pytest.raises(TypeError, match="items"):
        await api.purchase_vox_numbers(callback_url="http://my.company.com/cb.php")
    assert api.requests == []


@pytest.mark.parametrize(("items", "path"), [(SIMPLE_ITEM, "items"), ([SIMPLE_ITEM, {"quantity": 1}], "items[1]")])
async def test_items_of_wrong_shape_are_refused(make_api, items, path):
    api = make_api(OK)
    exc = await refused(api, "purchase_vox_numbers", items=items)
    assert paths(exc) == [path]


async def test_every_problem_of_one_call_is_listed_with_its_path(make_api):
    api = make_api(OK)
    items = [
        SIMPLE_ITEM,
        item(quantity=0, number_type="MOBILE"),
        item(area_code=None, additional_information=info(zipcode="", building_number="21")),
    ]
    exc = await refused(
        api,
        "purchase_vox_numbers",
        callback_url="http://x.example/" + "a" * 120,
        dynamic_quantity="TRUE",
        items=items,
    )
    assert sorted(paths(exc)) == sorted(
        [
            "callback_url",
            "dynamic_quantity",
            "items[1].quantity",
            "items[1].number_type",
            "items[2].area_code",
            "items[2].additional_information.zipcode",
            "items[2].additional_information.building_number",
        ]
    )
    for path in paths(exc):
        assert path in str(exc)


# listing operations -----------------------------------------------------------------------------


@pytest.mark.parametrize("limit", [20001, 0, "100"])
async def test_regions_limit_outside_1_to_20000_is_refused(make_api, limit):
    api = make_api(OK)
    exc = await refused(api, "get_voxnumber_regions", limit=limit)
    assert paths(exc) == ["limit"]


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"page": 0}, "page"),
        ({"number_type": "MOBILE"}, "number_type"),
        ({"country_code": "44"}, "country_code"),
        ({"area_code": "15a"}, "area_code"),
        ({"area_code": -1}, "area_code"),
        ({"req_fields": []}, "req_fields"),
        ({"req_fields": "ac,cc"}, "req_fields"),
        ({"req_fields": ["ac", "zz"]}, "req_fields[1]"),
    ],
)
async def test_regions_bad_filter_is_refused(make_api, kwargs, path):
    api = make_api(OK)
    exc = await refused(api, "get_voxnumber_regions", **kwargs)
    assert paths(exc) == [path]


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"limit": 20001}, "limit"),
        ({"page": -1}, "page"),
        ({"voxnumber": "+441512100200"}, "voxnumber"),
        ({"voxnumber_type": "MOBILE"}, "voxnumber_type"),
        ({"assigned_status": "assigned"}, "assigned_status"),
        ({"order": "vnpd"}, "order"),
        ({"voxnumber_city": 5}, "voxnumber_city"),
    ],
)
async def test_voxnumbers_bad_filter_is_refused(make_api, kwargs, path):
    api = make_api(OK)
    exc = await refused(api, "get_voxnumbers", **kwargs)
    assert paths(exc) == [path]


async def test_more_than_100_full_voxnumbers_is_refused(make_api):
    api = make_api(OK)
    numbers = [f"4415121{i:05d}" for i in range(101)]
    exc = await refused(api, "delete_voxnumbers_from_account", full_voxnumbers=numbers)
    assert paths(exc) == ["full_voxnumbers"]


@pytest.mark.parametrize(
    ("numbers", "path"),
    [
        ([], "full_voxnumbers"),
        ("441512100200", "full_voxnumbers"),
        (["+441512100200"], "full_voxnumbers[0]"),
        (["441512100200", "0441512100200"], "full_voxnumbers[1]"),
        (["123"], "full_voxnumbers[0]"),
        ([441512100200], "full_voxnumbers[0]"),
    ],
)
async def test_bad_full_voxnumbers_are_refused(make_api, numbers, path):
    api = make_api(OK)
    exc = await refused(api, "delete_voxnumbers_from_account", full_voxnumbers=numbers)
    assert paths(exc) == [path]


_DELETE = "delete_voxnumbers_from_account"
_NUMBER = "441512100200"


@pytest.mark.parametrize(
    ("operation", "kwargs", "expected"),
    [
        (_DELETE, {"full_voxnumbers": None}, [("full_voxnumbers", "is required")]),
        (_DELETE, {"full_voxnumbers": _NUMBER}, [("full_voxnumbers", "must be a list or tuple")]),
        (_DELETE, {"full_voxnumbers": ()}, [("full_voxnumbers", "must not be empty")]),
        (_DELETE, {"full_voxnumbers": [_NUMBER] * 101}, [("full_voxnumbers", "must have at most 100 items (got 101)")]),
        (_DELETE, {"full_voxnumbers": [_NUMBER, None]}, [("full_voxnumbers[1]", "must not be None")]),
        (_DELETE, {"full_voxnumbers": [int(_NUMBER)]}, [("full_voxnumbers[0]", "must be a string")]),
        (_DELETE, {"full_voxnumbers": ["123"]}, [("full_voxnumbers[0]", "must match ^[1-9][0-9]{6,14}$")]),
        (
            "get_voxnumber_regions",
            {"req_fields": ["ac", "zz"]},
            [("req_fields[1]", "must be one of ac, cc, cin, con, ct, stn (got 'zz')")],
        ),
        (
            "purchase_vox_numbers",
            {"cc_list": ["a@x.com", "b@x.com,c@x.com"], "items": [SIMPLE_ITEM]},
            [("cc_list[1]", "must not contain a comma")],
        ),
        (
            "purchase_vox_numbers",
            {"cc_list": ["a@x.com\x00"], "items": [SIMPLE_ITEM]},
            [("cc_list[0]", "contains control characters or unpaired surrogates, which cannot be sent")],
        ),
    ],
)
async def test_list_arguments_are_refused_with_each_message(make_api, operation, kwargs, expected):
    # Lists of scalars are checked by the runtime's check_list: the messages are part of the API.
    api = make_api(OK)
    exc = await refused(api, operation, **kwargs)
    assert [(error.path, error.message) for error in exc.errors] == expected


async def test_rm_if_in_use_not_a_bool_is_refused(make_api):
    api = make_api(OK)
    exc = await refused(api, "delete_voxnumbers_from_account", full_voxnumbers=["441512100200"], rm_if_in_use="TRUE")
    assert paths(exc) == ["rm_if_in_use"]


async def test_full_voxnumber_with_trailing_newline_is_refused(make_api):
    api = make_api(OK)
    await refused(api, "delete_voxnumbers_from_account", full_voxnumbers=["441512100200\n"])


async def test_region_area_code_with_trailing_newline_is_refused(make_api):
    api = make_api(OK)
    await refused(api, "get_voxnumber_regions", area_code="151\n")


async def test_unencodable_text_is_a_validation_error(make_api):
    api = make_api(OK)
    await refused(api, "purchase_vox_numbers", callback_url="http://x.example/\ud800", items=[SIMPLE_ITEM])
