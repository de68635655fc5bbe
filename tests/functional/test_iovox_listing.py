"""getVoxnumberRegions, getVoxnumbers and deleteVoxnumbersFromAccount on the wire."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest
from iovox_sdk.models import AccountVoxnumber, Region, RegionPage, VoxnumberPage

from .conftest import SECURE_KEY, USERNAME, xml
from .samples import EMPTY_PAGE, REGION_PAGE, VOXNUMBER_PAGE

pytestmark = pytest.mark.anyio


def params(request: httpx.Request) -> list[tuple[str, str]]:
    return list(request.url.params.multi_items())


# getVoxnumberRegions ------------------------------------------------------------------------------


async def test_regions_is_a_get_on_purchase_with_version_and_method(make_api):
    api = make_api(xml(REGION_PAGE))
    await api.get_voxnumber_regions()
    assert api.last.method == "GET"
    assert api.last.url.path == "/Purchase"
    assert params(api.last) == [("v", "3"), ("method", "getVoxnumberRegions")]
    assert api.last.content == b""


async def test_regions_sends_credentials_headers(make_api):
    api = make_api(xml(REGION_PAGE))
    await api.get_voxnumber_regions()
    assert api.last.headers["username"] == USERNAME
    assert api.last.headers["secureKey"] == SECURE_KEY


async def test_regions_sends_every_filter_as_query_parameters(make_api):
    api = make_api(xml(REGION_PAGE))
    await api.get_voxnumber_regions(
        page=2, limit=20000, number_type="TOLLFREE", country_code=44, area_code=151, req_fields=["ac", "cc"]
    )
    assert dict(params(api.last)) == {
        "v": "3",
        "method": "getVoxnumberRegions",
        "page": "2",
        "limit": "20000",
        "number_type": "TOLLFREE",
        "country_code": "44",
        "area_code": "151",
        "req_fields": "ac,cc",
    }


async def test_regions_req_fields_accepts_every_documented_field(make_api):
    api = make_api(xml(REGION_PAGE))
    await api.get_voxnumber_regions(req_fields=("ac", "cc", "con", "stn", "cin", "ct"))
    assert api.last.url.params["req_fields"] == "ac,cc,con,stn,cin,ct"


async def test_regions_parses_paging_fields(make_api):
    api = make_api(xml(REGION_PAGE))
    page = await api.get_voxnumber_regions(page=2)
    assert isinstance(page, RegionPage)
    assert (page.current_page, page.total_pages, page.total_results) == (2, 7, 13)
    assert all(type(value) is int for value in (page.current_page, page.total_pages, page.total_results))


async def test_regions_parses_results_with_typed_fields(make_api):
    api = make_api(xml(REGION_PAGE))
    page = await api.get_voxnumber_regions()
    assert len(page.results) == 2
    liverpool, paris = page.results
    assert liverpool == Region(
        area_code=151,
        country_code=44,
        country_name="United Kingdom",
        state_name="",
        city_name="Liverpool",
        cost=Decimal("1.50"),
        require_purchase_info=False,
    )
    assert paris.area_code == 201  # an integer, as the seed types area_code, so it can be passed to a purchase
    assert paris.require_purchase_info is True
    assert paris.cost is None


async def test_regions_empty_page_has_no_results(make_api):
    api = make_api(xml(EMPTY_PAGE))
    page = await api.get_voxnumber_regions()
    assert page.total_results == 0
    assert not page.results


async def test_regions_missing_paging_field_is_malformed(make_api):
    from iovox_sdk import MalformedResponseError

    api = make_api(xml(REGION_PAGE.replace(b"<total_pages>7</total_pages>", b"")))
    with pytest.raises(MalformedResponseError, match="total_pages"):
        await api.get_voxnumber_regions()


# getVoxnumbers ------------------------------------------------------------------------------------


async def test_voxnumbers_is_a_get_on_voxnumbers_with_version_and_method(make_api):
    api = make_api(xml(VOXNUMBER_PAGE))
    await api.get_voxnumbers()
    assert api.last.method == "GET"
    assert api.last.url.path == "/Voxnumbers"
    assert params(api.last) == [("v", "3"), ("method", "getVoxnumbers")]
    assert api.last.headers["secureKey"] == SECURE_KEY


async def test_voxnumbers_sends_every_filter_as_query_parameters(make_api):
    api = make_api(xml(VOXNUMBER_PAGE))
    await api.get_voxnumbers(
        page=3,
        limit=50,
        voxnumber="441512100200",
        voxnumber_type="NATIONAL",
        voxnumber_country="United Kingdom",
        voxnumber_city="Saint Nazaire",
        assigned_status="ASSIGNED",
        order="vnpd_DESC",
    )
    assert dict(params(api.last)) == {
        "v": "3",
        "method": "getVoxnumbers",
        "page": "3",
        "limit": "50",
        "voxnumber": "441512100200",
        "voxnumber_type": "NATIONAL",
        "voxnumber_country": "United Kingdom",
        "voxnumber_city": "Saint Nazaire",
        "assigned_status": "ASSIGNED",
        "order": "vnpd_DESC",
    }


async def test_voxnumbers_parses_paging_and_results(make_api):
    api = make_api(xml(VOXNUMBER_PAGE))
    page = await api.get_voxnumbers()
    assert isinstance(page, VoxnumberPage)
    assert (page.current_page, page.total_pages, page.total_results) == (1, 1, 1)
    assert page.results == (
        AccountVoxnumber(
            voxnumber="441512100200",
            voxnumber_type="LOCAL",
            country_code=44,
            area_code=151,
            voxnumber_country="United Kingdom",
            voxnumber_city="Liverpool",
            assigned_status="UNASSIGNED",
            purchase_date="2011-07-16 10:00:00",
        ),
    )


# deleteVoxnumbersFromAccount ----------------------------------------------------------------------


async def test_delete_is_a_delete_on_voxnumbers_with_comma_list(make_api):
    api = make_api(xml(b"", status=204))
    await api.delete_voxnumbers_from_account(full_voxnumbers=["441512100200", "441513100200"])
    assert api.last.method == "DELETE"
    assert api.last.url.path == "/Voxnumbers"
    assert params(api.last) == [
        ("v", "3"),
        ("method", "deleteVoxnumbersFromAccount"),
        ("full_voxnumbers", "441512100200,441513100200"),
    ]
    assert api.last.headers["username"] == USERNAME
    assert api.last.headers["secureKey"] == SECURE_KEY


@pytest.mark.parametrize(("flag", "wire"), [(True, "TRUE"), (False, "FALSE")])
async def test_delete_rm_if_in_use_is_sent_as_upper_case_boolean(make_api, flag, wire):
    api = make_api(xml(b"", status=204))
    await api.delete_voxnumbers_from_account(full_voxnumbers=["441512100200"], rm_if_in_use=flag)
    assert api.last.url.params["rm_if_in_use"] == wire


async def test_delete_omits_rm_if_in_use_when_not_given(make_api):
    api = make_api(xml(b"", status=204))
    await api.delete_voxnumbers_from_account(full_voxnumbers=["441512100200"])
    assert "rm_if_in_use" not in api.last.url.params


async def test_delete_answering_204_with_empty_body_returns_none(make_api):
    api = make_api(xml(b"", status=204))
    result = await api.delete_voxnumbers_from_account(full_voxnumbers=["441512100200"])
    assert result is None


async def test_delete_accepts_exactly_100_numbers(make_api):
    api = make_api(xml(b"", status=204))
    numbers = [f"4415121{i:05d}" for i in range(100)]
    await api.delete_voxnumbers_from_account(full_voxnumbers=numbers)
    assert api.last.url.params["full_voxnumbers"].split(",") == numbers
