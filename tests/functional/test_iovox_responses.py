"""Success statuses with bodies that are not the documented document: always MalformedResponseError."""

from __future__ import annotations

import time

import iovox_sdk
import pytest

from .conftest import xml
from .samples import REGION_PAGE, SEED_FULFILLED_RESPONSE, SEED_PENDING_RESPONSE, SIMPLE_ITEM

pytestmark = pytest.mark.anyio

XXE = (
    b'<?xml version="1.0" encoding="utf-8"?>\n'
    b'<!DOCTYPE response [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    b"<response><order_reference>&xxe;</order_reference><order_status>PENDING</order_status></response>"
)

BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + b"".join(
        b'<!ENTITY lol%d "%s">\n'
        % (level, b"".join(b"&lol%s;" % (b"" if level == 1 else b"%d" % (level - 1)) for _ in range(10)))
        for level in range(1, 10)
    )
    + b"]>\n<response><order_reference>&lol9;</order_reference><order_status>PENDING</order_status></response>"
)

MALFORMED_PURCHASE_BODIES = {
    "empty": b"",
    "whitespace": b" \r\n\t",
    "html": b"<!DOCTYPE html><html><body><h1>Welcome</h1></body></html>",
    "html-without-doctype": b"<html><body><h1>Welcome</h1></body></html>",
    "plain-text": b"OK",
    "truncated": SEED_FULFILLED_RESPONSE[: len(SEED_FULFILLED_RESPONSE) // 2],
    "wrong-root": SEED_PENDING_RESPONSE.replace(b"response>", b"order>"),
    "non-integer-country-code": SEED_FULFILLED_RESPONSE.replace(
        b"<country_code>44</country_code>", b"<country_code>4x</country_code>", 1
    ),
    "empty-area-code": SEED_FULFILLED_RESPONSE.replace(b"<area_code>151</area_code>", b"<area_code></area_code>", 1),
    "unknown-order-status": SEED_PENDING_RESPONSE.replace(b"PENDING", b"SHIPPED"),
    "lower-case-order-status": SEED_PENDING_RESPONSE.replace(b"PENDING", b"pending"),
    "missing-order-reference": SEED_PENDING_RESPONSE.replace(
        b"<order_reference>a0d7c5264b34fd6ea36e75a4363adss9</order_reference>", b""
    ),
    "missing-full-voxnumber": SEED_FULFILLED_RESPONSE.replace(b"<full_voxnumber>441512100200</full_voxnumber>", b""),
    "json": b'{"order_reference": "x", "order_status": "PENDING"}',
    "not-utf8": b'<?xml version="1.0" encoding="utf-8"?><response>\xff\xfe</response>',
}


def assert_clean(exc: BaseException) -> None:
    """The SDK's own error, with no lxml/ValueError chained underneath."""
    assert isinstance(exc, iovox_sdk.MalformedResponseError)
    assert isinstance(exc, iovox_sdk.SdkError)
    assert exc.__cause__ is None
    assert exc.__suppress_context__ or exc.__context__ is None


@pytest.mark.parametrize("body", list(MALFORMED_PURCHASE_BODIES.values()), ids=list(MALFORMED_PURCHASE_BODIES))
async def test_malformed_purchase_success_body_raises_malformed_response_error(make_api, body):
    api = make_api(xml(body, status=201))
    with pytest.raises(iovox_sdk.MalformedResponseError) as caught:
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    assert_clean(caught.value)


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<html><body>gateway</body></html>",
        REGION_PAGE[:200],
        REGION_PAGE.replace(b"<current_page>2</current_page>", b"<current_page>two</current_page>"),
        REGION_PAGE.replace(b"<country_code>44</country_code>", b"<country_code>44.0</country_code>"),
        REGION_PAGE.replace(b"<cost>1.50</cost>", b"<cost>cheap</cost>"),
        REGION_PAGE.replace(b"<cost>1.50</cost>", b"<cost>NaN</cost>"),
        REGION_PAGE.replace(b"<require_purchase_info>FALSE<", b"<require_purchase_info>maybe<"),
    ],
    ids=["empty", "html", "truncated", "page-not-int", "country-code-not-int", "cost-not-decimal", "cost-nan", "bool"],
)
async def test_malformed_regions_body_raises_malformed_response_error(make_api, body):
    api = make_api(xml(body))
    with pytest.raises(iovox_sdk.MalformedResponseError) as caught:
        await api.get_voxnumber_regions()
    assert_clean(caught.value)


async def test_malformed_response_error_keeps_status_and_body_excerpt(make_api):
    api = make_api(xml(b"<html>not xml", status=201))
    with pytest.raises(iovox_sdk.MalformedResponseError) as caught:
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    assert caught.value.http_status == 201
    assert caught.value.body == b"<html>not xml"


async def test_malformed_response_error_body_excerpt_is_bounded(make_api):
    api = make_api(xml(b"<response>" + b"x" * 100_000, status=201))
    with pytest.raises(iovox_sdk.MalformedResponseError) as caught:
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    assert len(caught.value.body) <= iovox_sdk.errors.BODY_EXCERPT


async def test_xxe_payload_is_refused_quickly(make_api):
    api = make_api(xml(XXE, status=201))
    started = time.perf_counter()
    with pytest.raises(iovox_sdk.MalformedResponseError) as caught:
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    assert time.perf_counter() - started < 1.0
    assert "root:" not in str(caught.value)
    assert_clean(caught.value)


async def test_billion_laughs_payload_is_refused_quickly(make_api):
    api = make_api(xml(BILLION_LAUGHS, status=201))
    started = time.perf_counter()
    with pytest.raises(iovox_sdk.MalformedResponseError) as caught:
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    assert time.perf_counter() - started < 1.0
    assert_clean(caught.value)


async def test_billion_laughs_in_a_listing_is_refused_quickly(make_api):
    api = make_api(xml(BILLION_LAUGHS.replace(b"<response>", b"<response><current_page>1</current_page>")))
    started = time.perf_counter()
    with pytest.raises(iovox_sdk.MalformedResponseError):
        await api.get_voxnumbers()
    assert time.perf_counter() - started < 1.0


async def test_utf16_xxe_payload_is_refused(make_api):
    body = XXE.replace(b"utf-8", b"utf-16").decode("utf-8").encode("utf-16")
    api = make_api(xml(body, status=201))
    with pytest.raises(iovox_sdk.MalformedResponseError):
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])


async def test_utf16_document_without_dtd_is_read(make_api):
    body = SEED_PENDING_RESPONSE.replace(b"utf-8", b"utf-16").decode("utf-8").encode("utf-16")
    api = make_api(xml(body, status=201))
    result = await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    assert result.order_reference == "a0d7c5264b34fd6ea36e75a4363adss9"


@pytest.mark.parametrize("text", [b"4_4", "\u0664\u0664".encode()])
async def test_country_code_with_non_xml_integer_syntax_is_malformed(make_api, text):
    body = SEED_FULFILLED_RESPONSE.replace(
        b"<country_code>44</country_code>", b"<country_code>" + text + b"</country_code>", 1
    )
    api = make_api(xml(body, status=201))
    with pytest.raises(iovox_sdk.MalformedResponseError):
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
