"""purchaseVoxNumbers on the wire and its documented success bodies."""

from __future__ import annotations

import contextlib
import dataclasses

import iovox_sdk
import pytest
from iovox_sdk.models import PurchaseItem, PurchaseResult, Voxnumber
from lxml import etree

from .conftest import SECURE_KEY, USERNAME, xml
from .samples import (
    SEED_FULFILLED_RESPONSE,
    SEED_PENDING_RESPONSE,
    SEED_PURCHASE_KWARGS,
    SEED_PURCHASE_REQUEST,
    SIMPLE_ITEM,
    canonical_tree,
)

pytestmark = pytest.mark.anyio


def sent_tree(api) -> object:
    return canonical_tree(api.last.content)


async def test_purchase_sends_post_to_purchase_path_with_version_and_method(make_api):
    api = make_api(xml(SEED_PENDING_RESPONSE, status=201))
    await api.purchase_vox_numbers(**SEED_PURCHASE_KWARGS)
    request = api.last
    assert len(api.requests) == 1
    assert request.method == "POST"
    assert request.url.scheme == "https"
    assert request.url.host == "api.iovox.com"
    assert request.url.port == 444
    assert request.url.path == "/Purchase"
    assert list(request.url.params.multi_items()) == [("v", "3"), ("method", "purchaseVoxNumbers")]


async def test_purchase_sends_credentials_in_username_and_securekey_headers(make_api):
    api = make_api(xml(SEED_PENDING_RESPONSE, status=201))
    await api.purchase_vox_numbers(**SEED_PURCHASE_KWARGS)
    assert api.last.headers["username"] == USERNAME
    assert api.last.headers["secureKey"] == SECURE_KEY


async def test_purchase_sends_an_xml_content_type(make_api):
    api = make_api(xml(SEED_PENDING_RESPONSE, status=201))
    await api.purchase_vox_numbers(**SEED_PURCHASE_KWARGS)
    content_type = api.last.headers["Content-Type"]
    assert content_type.split(";")[0].strip() in ("application/xml", "text/xml")
    assert "utf-8" in content_type.lower()


async def test_purchase_body_is_xml_equivalent_to_the_seed_payload(make_api):
    api = make_api(xml(SEED_PENDING_RESPONSE, status=201))
    await api.purchase_vox_numbers(**SEED_PURCHASE_KWARGS)
    assert sent_tree(api) == canonical_tree(SEED_PURCHASE_REQUEST)


async def test_purchase_body_declares_utf8_and_has_request_root(make_api):
    api = make_api(xml(SEED_PENDING_RESPONSE, status=201))
    await api.purchase_vox_numbers(**SEED_PURCHASE_KWARGS)
    assert api.last.content.startswith(b'<?xml version="1.0" encoding="utf-8"?>')
    assert etree.fromstring(api.last.content).tag == "request"


async def test_purchase_body_omits_optional_fields_not_given(make_api):
    api = make_api(xml(SEED_PENDING_RESPONSE, status=201))
    await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    root = etree.fromstring(api.last.content)
    assert [child.tag for child in root] == ["items"]
    item = root.find("items/item")
    assert [child.tag for child in item] == ["country_code", "area_code", "number_type", "quantity"]


async def test_purchase_dynamic_quantity_false_is_sent_as_FALSE(make_api):
    api = make_api(xml(SEED_PENDING_RESPONSE, status=201))
    await api.purchase_vox_numbers(dynamic_quantity=False, items=[SIMPLE_ITEM])
    assert etree.fromstring(api.last.content).findtext("dynamic_quantity") == "FALSE"


async def test_purchase_cc_list_is_joined_with_commas(make_api):
    api = make_api(xml(SEED_PENDING_RESPONSE, status=201))
    await api.purchase_vox_numbers(cc_list=["a@example.com", "b@example.com"], items=[SIMPLE_ITEM])
    assert etree.fromstring(api.last.content).findtext("cc_list") == "a@example.com,b@example.com"


async def test_purchase_items_keep_their_order_and_optional_location_fields(make_api):
    api = make_api(xml(SEED_PENDING_RESPONSE, status=201))
    second = PurchaseItem(country_code=33, post_code="75001", city_name="Paris", number_type="NATIONAL", quantity=250)
    await api.purchase_vox_numbers(items=[SIMPLE_ITEM, second])
    items = etree.fromstring(api.last.content).findall("items/item")
    assert [item.findtext("country_code") for item in items] == ["44", "33"]
    assert [child.tag for child in items[1]] == ["country_code", "post_code", "city_name", "number_type", "quantity"]
    assert items[1].findtext("post_code") == "75001"
    assert items[1].findtext("quantity") == "250"


async def test_purchase_escapes_markup_characters_in_text(make_api):
    api = make_api(xml(SEED_PENDING_RESPONSE, status=201))
    url = "https://user:p%40ss@example.com/cb.php?a=1&b=<2>"
    company = 'Smith & Sons <"Ltd">'
    info = dataclasses.replace(SEED_PURCHASE_KWARGS["items"][0].additional_information, company=company)
    item = dataclasses.replace(SIMPLE_ITEM, additional_information=info)
    await api.purchase_vox_numbers(callback_url=url, items=[item])
    root = etree.fromstring(api.last.content)
    assert root.findtext("callback_url") == url
    assert root.findtext("items/item/additional_information/company") == company


async def test_purchase_sends_non_ascii_text_as_utf8(make_api):
    api = make_api(xml(SEED_PENDING_RESPONSE, status=201))
    info = dataclasses.replace(SEED_PURCHASE_KWARGS["items"][0].additional_information, city="Saint-Nazaire Pénhoët")
    await api.purchase_vox_numbers(items=[dataclasses.replace(SIMPLE_ITEM, additional_information=info)])
    assert "Pénhoët".encode() in api.last.content
    assert etree.fromstring(api.last.content).findtext(".//city") == "Saint-Nazaire Pénhoët"


async def test_purchase_never_sends_a_body_that_is_not_well_formed_xml(make_api):
    api = make_api(xml(SEED_PENDING_RESPONSE, status=201))
    info = dataclasses.replace(SEED_PURCHASE_KWARGS["items"][0].additional_information, firstname="Bas\x0btien")
    with contextlib.suppress(iovox_sdk.ValidationError):  # refusing the value before sending is fine too
        await api.purchase_vox_numbers(items=[dataclasses.replace(SIMPLE_ITEM, additional_information=info)])
    for request in api.requests:
        etree.fromstring(request.content)  # raises XMLSyntaxError on the malformed body


async def test_pending_sample_parses_into_purchase_result(make_api):
    api = make_api(xml(SEED_PENDING_RESPONSE, status=201))
    result = await api.purchase_vox_numbers(**SEED_PURCHASE_KWARGS)
    assert isinstance(result, PurchaseResult)
    assert result.order_reference == "a0d7c5264b34fd6ea36e75a4363adss9"
    assert result.order_status == "PENDING"
    assert result.voxnumbers == ()


async def test_fulfilled_sample_parses_every_voxnumber_with_typed_fields(make_api):
    api = make_api(xml(SEED_FULFILLED_RESPONSE, status=201))
    result = await api.purchase_vox_numbers(**SEED_PURCHASE_KWARGS)
    assert result.order_status == "FULFILLED"
    assert result.voxnumbers == (
        Voxnumber(country_code=44, area_code=151, full_voxnumber="441512100200"),
        Voxnumber(country_code=44, area_code=151, full_voxnumber="441513100200"),
    )
    first = result.voxnumbers[0]
    assert type(first.country_code) is int
    assert type(first.area_code) is int
    assert type(first.full_voxnumber) is str


async def test_purchase_result_without_voxnumbers_element_has_no_numbers(make_api):
    body = SEED_PENDING_RESPONSE.replace(b"<voxnumbers></voxnumbers>", b"")
    api = make_api(xml(body, status=201))
    result = await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    assert not result.voxnumbers


async def test_purchase_ignores_unknown_response_elements(make_api):
    body = SEED_PENDING_RESPONSE.replace(b"<voxnumbers>", b"<extra>new field</extra><voxnumbers>")
    api = make_api(xml(body, status=201))
    result = await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    assert result.order_status == "PENDING"
