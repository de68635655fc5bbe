"""parse_callback / parse_order_callback on the documented order update.

The callback parser is a plain function of the body your server received: it involves neither Client nor
AsyncClient, so these tests have no sync/async variants.
"""

from __future__ import annotations

import re
import time

import iovox_sdk
import pytest
from iovox_sdk.models import OrderCallback, Voxnumber

from .samples import SEED_CALLBACK_FULFILLED, SEED_CALLBACK_LITERAL, SEED_CALLBACK_PENDING


def test_parse_callback_is_the_order_callback_parser():
    assert iovox_sdk.parse_callback is iovox_sdk.parse_order_callback


def test_seed_literal_callback_is_malformed_because_voxnumbers_is_never_closed():
    with pytest.raises(iovox_sdk.MalformedResponseError) as caught:
        iovox_sdk.parse_callback(SEED_CALLBACK_LITERAL)
    assert caught.value.__cause__ is None
    assert caught.value.body.startswith(b"<?xml")


def test_corrected_fulfilled_callback_parses_into_order_callback():
    callback = iovox_sdk.parse_callback(SEED_CALLBACK_FULFILLED)
    assert isinstance(callback, OrderCallback)
    assert callback.order_reference == "a0d7c5264b34fd6ea36e75a4363adss9"
    assert callback.order_status == "FULFILLED"
    assert callback.voxnumbers == (Voxnumber(country_code=44, area_code=151, full_voxnumber="441512100200"),)
    assert type(callback.voxnumbers[0].country_code) is int


def test_pending_callback_with_some_numbers_parses():
    callback = iovox_sdk.parse_callback(SEED_CALLBACK_PENDING)
    assert callback.order_status == "PENDING"
    assert len(callback.voxnumbers) == 1


def test_pending_callback_without_numbers_parses():
    body = (
        b'<?xml version="1.0" encoding="utf-8"?><order><order_reference>r1</order_reference>'
        b"<order_status>PENDING</order_status><voxnumbers/></order>"
    )
    callback = iovox_sdk.parse_order_callback(body)
    assert (callback.order_reference, callback.order_status, tuple(callback.voxnumbers or ())) == ("r1", "PENDING", ())


def test_callback_placeholder_voxnumber_without_fields_is_malformed():
    body = SEED_CALLBACK_FULFILLED.replace(b"</voxnumbers>", b"<voxnumber>...</voxnumber></voxnumbers>")
    with pytest.raises(iovox_sdk.MalformedResponseError, match="country_code"):
        iovox_sdk.parse_callback(body)


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   \n",
        b"<html><body>hello</body></html>",
        SEED_CALLBACK_FULFILLED.replace(b"<order>", b"<response>").replace(b"</order>", b"</response>"),
        SEED_CALLBACK_FULFILLED[:120],
        SEED_CALLBACK_FULFILLED.replace(b"FULFILLED", b"SHIPPED"),
        SEED_CALLBACK_FULFILLED.replace(b"<country_code>44<", b"<country_code>UK<"),
        SEED_CALLBACK_FULFILLED.replace(b"<order_status>FULFILLED</order_status>", b""),
    ],
    ids=["empty", "blank", "html", "wrong-root", "truncated", "unknown-status", "bad-int", "no-status"],
)
def test_bad_callback_body_raises_malformed_response_error(body):
    with pytest.raises(iovox_sdk.MalformedResponseError) as caught:
        iovox_sdk.parse_callback(body)
    # The body is the callback the carrier posted, not a response to a call of ours.
    assert "the response" not in str(caught.value), caught.value
    assert caught.value.body == body[:2048]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "the callback body is empty"),
        (b"<order", "the callback body is not well-formed XML: "),
        (
            SEED_CALLBACK_FULFILLED.replace(b"<order_status>FULFILLED</order_status>", b""),
            "is missing from the callback body",
        ),
    ],
)
def test_a_bad_callback_body_is_called_the_callback_body(body, message):
    with pytest.raises(iovox_sdk.MalformedResponseError, match=re.escape(message)):
        iovox_sdk.parse_callback(body)


def test_callback_with_external_entity_is_refused():
    body = (
        b'<?xml version="1.0"?><!DOCTYPE order [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b"<order><order_reference>&xxe;</order_reference><order_status>PENDING</order_status></order>"
    )
    started = time.perf_counter()
    with pytest.raises(iovox_sdk.MalformedResponseError):
        iovox_sdk.parse_callback(body)
    assert time.perf_counter() - started < 1.0
