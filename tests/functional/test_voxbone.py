"""The Voxbone VoxAPI SOAP SDK over httpx.MockTransport, each scenario through ``Client`` and ``AsyncClient``.

Self-contained: the samples below are copied from Voxbone's documentation (the seed's request and response
examples, wrapped in SOAP 1.1 envelopes as the server sends them), so nothing here reads ``../shared``;
``tests/conformance/test_voxbone_sdk.py`` replays every sample of the seed itself.

Covered: the SOAP 1.1 wire format (envelope, SOAPAction, Content-Type, element order), typed results (lists for
arrays, records, None for void methods), SOAP Faults and HTTP failures mapped onto the exception tree and the
retry policy, the UserToken (a fresh Key per request and per attempt, swappable hash, the documented test vector),
secrecy of the password, validation before sending, and hostile XML.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import hmac
import logging
import re
import traceback
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest
import voxbone_sdk
from lxml import etree
from voxbone_sdk import errors as E
from voxbone_sdk.client import hmac_sha1_token_hash, new_token_key, sha1_token_hash
from voxbone_sdk.models import (
    DidGroup,
    DidGroupFilter,
    DidsFilter,
    DidType,
    GetAccountBalanceResponse,
    KnownOrderStatus,
    PlaceDidsOrderResponse,
    Protocol,
    PurchaseInfo,
)

from .conftest import Api, Responder, build_api, raising, sequence, xml

pytestmark = pytest.mark.anyio

NS = "http://www.voxbone.com/VoxAPI"
SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"
USERNAME = "login"
PASSWORD = "Pa55-distinct-7c1e"
KEY_FORMAT = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}:\d{12}")
# PROVIDERS.md: password "secret", Key "2011-01-01 00:00:00:000000000000" -> SHA-1(password + key).
VECTOR_PASSWORD = "secret"
VECTOR_KEY = "2011-01-01 00:00:00:000000000000"
VECTOR_SHA1 = "2e80228e1c8599fec75490070b5ff72430abde69"
AUTH_FAULT = "Either your username or password is invalid"

# Samples (from the seed) ----------------------------------------------------------------------------------


def envelope(payload: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<soapenv:Envelope xmlns:soapenv="{SOAP_ENV}" xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body>{payload}</soapenv:Body>'
        "</soapenv:Envelope>"
    ).encode()


def fault(code: str, string: str, detail: str | None = None) -> bytes:
    detail = string if detail is None else detail
    return envelope(
        f"<soapenv:Fault><faultcode>{code}</faultcode><faultstring>{string}</faultstring>"
        f'<detail><ns1:VoxAPIFault xmlns:ns1="{NS}"><ns1:message>{detail}</ns1:message></ns1:VoxAPIFault>'
        "</detail></soapenv:Fault>"
    )


TOKEN_SAMPLE = (
    "<vox:UserToken><vox:Username>login</vox:Username><vox:Key>key</vox:Key><vox:Hash>hash</vox:Hash></vox:UserToken>"
)

GET_DID_GROUP_LIST_REQUEST = f"""<vox:GetDIDGroupList xmlns:vox="{NS}">
{TOKEN_SAMPLE}
<vox:CountryID>225</vox:CountryID>
<vox:Type>GEOGRAPHIC</vox:Type>
<!--Optional:-->
<vox:Filter>
<!--Optional:-->
<vox:HideEmpty>true</vox:HideEmpty>
<!--Optional:-->
<vox:StateID>3</vox:StateID>
</vox:Filter>
</vox:GetDIDGroupList>"""

GET_DID_GROUP_LIST_RESPONSE = f"""<GetDIDGroupListResponse xmlns="{NS}">
<ArrayOfDIDGroups>
<DIDGroup>
<DIDGroupID>5167</DIDGroupID>
<CountryName>UNITED STATES</CountryName>
<CityName>NOGALES</CityName>
<stock>98</stock>
<CountryCode>1</CountryCode>
<AreaCode>520</AreaCode>
<Setup100>700</Setup100>
<Monthly100>600</Monthly100>
<RequirePurchaseInfo>false</RequirePurchaseInfo>
</DIDGroup>
<DIDGroup>
<DIDGroupID>297</DIDGroupID>
<CountryName>UNITED STATES</CountryName>
<CityName>PHOENIX</CityName>
<stock>177</stock>
<CountryCode>1</CountryCode>
<AreaCode>480</AreaCode>
<Setup100>700</Setup100>
<Monthly100>600</Monthly100>
<RequirePurchaseInfo>false</RequirePurchaseInfo>
</DIDGroup>
</ArrayOfDIDGroups>
</GetDIDGroupListResponse>"""

PLACE_DIDS_ORDER_REQUEST = f"""<vox:PlaceDIDsOrder xmlns:vox="{NS}">
{TOKEN_SAMPLE}
<vox:DIDGroupID>5686</vox:DIDGroupID>
<vox:Quantity>1</vox:Quantity>
<vox:AllowAsynchronous>false</vox:AllowAsynchronous>
<!--Optional:-->
<vox:PurchaseInfo>
<vox:Firstname>Vincent</vox:Firstname>
<vox:Lastname>Morsiani</vox:Lastname>
<vox:Company>voxbone</vox:Company>
<vox:Salutation>MR</vox:Salutation>
<vox:Street>a street</vox:Street>
<vox:BuildingNumber>21</vox:BuildingNumber>
<vox:City>Brussels</vox:City>
<vox:ZipCode>12345</vox:ZipCode>
<vox:CountryCodeA2>BE</vox:CountryCodeA2>
</vox:PurchaseInfo>
</vox:PlaceDIDsOrder>"""

PLACE_DIDS_ORDER_RESPONSE = f"""<PlaceDIDsOrderResponse xmlns="{NS}">
<OrderReference>987DS24238</OrderReference>
<Status>FULFILLED</Status>
<ArrayOfDIDs>
<DID>
<DIDsID>88210</DIDsID>
<DID>8080354</DID>
<E164>3228080354</E164>
<Type>GEOGRAPHIC</Type>
<CountryName>BELGIUM</CountryName>
<CountryCode>32</CountryCode>
<CityName>BRUSSELS</CityName>
<AreaCode>2</AreaCode>
<mapping>no forwarding</mapping>
<OrderReference>987DS24238</OrderReference>
<Channels>2</Channels>
<Delivery>BE</Delivery>
<TrunkID>-1</TrunkID>
</DID>
</ArrayOfDIDs>
</PlaceDIDsOrderResponse>"""

MAP_DID_REQUEST = f"""<vox:MapDID xmlns:vox="{NS}">
{TOKEN_SAMPLE}
<vox:ArrayOfDIDsIDs>
<!--1 or more repetitions:-->
<vox:DIDsID>88211</vox:DIDsID>
</vox:ArrayOfDIDsIDs>
<vox:Protocol>SIP</vox:Protocol>
<vox:URI>test@myuri.com</vox:URI>
</vox:MapDID>"""

GET_ACCOUNT_BALANCE_REQUEST = f'<vox:GetAccountBalance xmlns:vox="{NS}">{TOKEN_SAMPLE}</vox:GetAccountBalance>'

GET_ACCOUNT_BALANCE_RESPONSE = f"""<GetAccountBalanceResponse xmlns="{NS}">
<Balance>9999628.53</Balance>
<Threshold>10000.0</Threshold>
<Currency>EUR</Currency>
<IsActive>true</IsActive>
</GetAccountBalanceResponse>"""

PURCHASE_INFO = PurchaseInfo(
    firstname="Vincent",
    lastname="Morsiani",
    company="voxbone",
    salutation="MR",
    street="a street",
    building_number="21",
    city="Brussels",
    zip_code="12345",
    country_code_a2="BE",
)
GROUP_CALL = {"country_id": 225, "type": "GEOGRAPHIC", "filter": DidGroupFilter(hide_empty=True, state_id=3)}
ORDER_CALL = {"did_group_id": 5686, "quantity": 1, "allow_asynchronous": False, "purchase_info": PURCHASE_INFO}
MAP_CALL = {"dids_ids": [88211], "protocol": "SIP", "uri": "test@myuri.com"}


def ok(payload: str) -> Responder:
    return xml(envelope(payload), content_type="text/xml; charset=utf-8")


def void(method: str) -> Responder:
    return ok(f'<{method}Response xmlns="{NS}"/>')


BALANCE_OK = ok(GET_ACCOUNT_BALANCE_RESPONSE)
AUTH_FAILED = xml(fault("soapenv:Server", AUTH_FAULT), status=500, content_type="text/xml; charset=utf-8")
BUSY = xml(b"<html><body><h1>503 Service Unavailable</h1></body></html>", status=503, content_type="text/html")


# Fixtures and helpers -------------------------------------------------------------------------------------


@pytest.fixture
def make_voxbone(mode: str) -> Iterator[Any]:
    """Build a Voxbone Api whose transport answers with ``responder``; injected httpx clients are closed after."""
    opened: list[Any] = []

    def make(responder: Responder, **client_kwargs: Any) -> Api:
        client_kwargs.setdefault("username", USERNAME)
        client_kwargs.setdefault("password", PASSWORD)
        return build_api(voxbone_sdk, mode, responder, opened, **client_kwargs)

    yield make
    for http in opened:
        if isinstance(http, httpx.Client):
            http.close()


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in ("httpx", "httpcore", "voxbone_sdk"):
        caplog.set_level(logging.DEBUG, logger=name)
    caplog.set_level(logging.DEBUG)
    return caplog


def log_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records] + caplog.text.splitlines()


def exception_texts(exc: BaseException) -> list[str]:
    texts = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    return texts + [repr(detail) for detail in getattr(exc, "errors", ())]


_PLAIN = etree.XMLParser(remove_comments=True, resolve_entities=False, no_network=True)


def parse(data: str | bytes) -> Any:
    return etree.fromstring(data.encode("utf-8") if isinstance(data, str) else data, _PLAIN)


def canonical(element: Any, masked: bool = False) -> tuple[Any, ...]:
    """Namespace + local name, attributes, stripped text, children in order; the UserToken's Key and Hash masked."""
    kids = [kid for kid in element if isinstance(kid.tag, str)]
    text = "".join(part.strip() for part in [element.text or "", *(kid.tail or "" for kid in kids)])
    if masked and etree.QName(element).localname in ("Key", "Hash"):
        text = "*"
    inner = element.tag == f"{{{NS}}}UserToken"
    return (element.tag, tuple(sorted(element.attrib.items())), text, tuple(canonical(kid, inner) for kid in kids))


def payload_of(request: httpx.Request) -> Any:
    """The one element inside ``soapenv:Body`` of a request the SDK sent."""
    root = parse(request.content)
    assert root.tag == f"{{{SOAP_ENV}}}Envelope"
    (body,) = root
    assert body.tag == f"{{{SOAP_ENV}}}Body"
    (payload,) = body
    return payload


def token_of(request: httpx.Request) -> tuple[str, str, str]:
    """(Username, Key, Hash) of a request's UserToken."""
    token = payload_of(request).find(f"{{{NS}}}UserToken")
    assert token is not None
    return tuple(token.findtext(f"{{{NS}}}{name}") for name in ("Username", "Key", "Hash"))  # type: ignore[return-value]


def assert_token(request: httpx.Request, password: str = PASSWORD) -> str:
    """The request's Key, after checking its format and that Hash is SHA-1(password + Key)."""
    username, key, digest = token_of(request)
    assert username == USERNAME
    assert KEY_FORMAT.fullmatch(key), key
    assert digest == hashlib.sha1((password + key).encode("utf-8")).hexdigest()
    return key


# The wire format ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "wire", "kwargs", "expected", "responder"),
    [
        (
            "get_did_group_list",
            "GetDIDGroupList",
            GROUP_CALL,
            GET_DID_GROUP_LIST_REQUEST,
            ok(GET_DID_GROUP_LIST_RESPONSE),
        ),
        ("place_dids_order", "PlaceDIDsOrder", ORDER_CALL, PLACE_DIDS_ORDER_REQUEST, ok(PLACE_DIDS_ORDER_RESPONSE)),
        ("map_did", "MapDID", MAP_CALL, MAP_DID_REQUEST, void("MapDID")),
        ("get_account_balance", "GetAccountBalance", {}, GET_ACCOUNT_BALANCE_REQUEST, BALANCE_OK),
    ],
    ids=["GetDIDGroupList", "PlaceDIDsOrder", "MapDID", "GetAccountBalance"],
)
async def test_request_is_the_documented_soap_11_body(make_voxbone, method, wire, kwargs, expected, responder):
    api = make_voxbone(responder)
    await getattr(api, method)(**kwargs)
    (request,) = api.requests
    assert canonical(payload_of(request)) == canonical(parse(expected))
    assert request.method == "POST"
    assert str(request.url) == "https://www.voxbone.com/VoxAPI/services/VoxAPI"
    assert request.headers["SOAPAction"] == f'"{NS}/{wire}"'
    assert request.headers["Content-Type"].split(";")[0] == "text/xml"
    assert_token(request)


async def test_sandbox_base_url_and_text_is_escaped(make_voxbone):
    api = make_voxbone(void("MapDID"), base_url="sandbox")
    await api.map_did(dids_ids=[1, 2, 3], protocol="IAX", uri="a&b<c>@host")
    (request,) = api.requests
    assert str(request.url) == "http://sandbox.voxbone.com/VoxAPI/services/VoxAPI"
    payload = payload_of(request)
    assert [e.text for e in payload.iter(f"{{{NS}}}DIDsID")] == ["1", "2", "3"]
    assert payload.findtext(f"{{{NS}}}URI") == "a&b<c>@host"
    assert payload.findtext(f"{{{NS}}}Protocol") == "IAX"


async def test_optional_records_are_left_out_when_not_given(make_voxbone):
    api = make_voxbone(ok(GET_DID_GROUP_LIST_RESPONSE))
    await api.get_did_group_list(country_id=225, type="TOLLFREE")
    names = [etree.QName(e).localname for e in payload_of(api.last)]
    assert names == ["UserToken", "CountryID", "Type"]


async def test_enum_members_are_accepted_like_their_values(make_voxbone):
    api = make_voxbone(void("MapDID"))
    await api.map_did(dids_ids=[88211], protocol=Protocol.SIP, uri="test@myuri.com")
    assert payload_of(api.requests[0]).findtext(f"{{{NS}}}Protocol") == "SIP"
    prepared = voxbone_sdk._operations.build_get_countries_list(type=DidType.GEOGRAPHIC)
    assert prepared.content == b"<tns:Type>GEOGRAPHIC</tns:Type>"


# Typed results --------------------------------------------------------------------------------------------


async def test_array_response_is_a_tuple_of_records(make_voxbone):
    # One sequence type: a method's list is a tuple, as a record's list field is.
    api = make_voxbone(ok(GET_DID_GROUP_LIST_RESPONSE))
    groups = await api.get_did_group_list(**GROUP_CALL)
    assert type(groups) is tuple
    assert groups[0] == DidGroup(
        did_group_id=5167,
        country_name="UNITED STATES",
        city_name="NOGALES",
        stock=98,
        country_code=1,
        area_code="520",
        setup100=700,
        monthly100=600,
        require_purchase_info=False,
    )
    assert [g.city_name for g in groups] == ["NOGALES", "PHOENIX"]


async def test_single_value_response_is_a_record(make_voxbone):
    api = make_voxbone(BALANCE_OK)
    balance = await api.get_account_balance()
    assert balance == GetAccountBalanceResponse(
        balance=Decimal("9999628.53"), threshold=Decimal("10000.0"), currency="EUR", is_active=True
    )


async def test_order_response_keeps_its_dids(make_voxbone):
    api = make_voxbone(ok(PLACE_DIDS_ORDER_RESPONSE))
    order = await api.place_dids_order(**ORDER_CALL)
    assert isinstance(order, PlaceDidsOrderResponse)
    assert (order.order_reference, order.status) == ("987DS24238", KnownOrderStatus.FULFILLED)
    (did,) = order.dids  # the ArrayOfDIDs wrapper is unwrapped, as in get_dids_info()
    assert type(order.dids) is tuple
    assert (did.dids_id, did.e164, did.type, did.trunk_id) == (88210, "3228080354", DidType.GEOGRAPHIC, -1)


async def test_unknown_order_status_is_kept_as_text(make_voxbone):
    api = make_voxbone(ok(PLACE_DIDS_ORDER_RESPONSE.replace("<Status>FULFILLED", "<Status>PENDING")))
    order = await api.place_dids_order(**ORDER_CALL)
    assert order.status == "PENDING"


@pytest.mark.parametrize(
    ("method", "wire", "kwargs"),
    [
        ("map_did", "MapDID", MAP_CALL),
        ("place_dids_on_trunk", "PlaceDIDsOnTrunk", {"dids_ids": [53867], "trunk_id": 182}),
        ("remove_dids_from_trunk", "RemoveDIDsFromTrunk", {"dids_ids": [53867]}),
        ("update_delivery", "UpdateDelivery", {"delivery_id": 9, "dids_ids": [53867]}),
    ],
)
async def test_void_method_returns_none(make_voxbone, method, wire, kwargs):
    api = make_voxbone(void(wire))
    assert await getattr(api, method)(**kwargs) is None


async def test_wrong_response_element_is_malformed(make_voxbone):
    api = make_voxbone(ok(GET_DID_GROUP_LIST_RESPONSE))
    with pytest.raises(voxbone_sdk.MalformedResponseError):
        await api.get_account_balance()


# Faults and HTTP failures ---------------------------------------------------------------------------------


async def test_authentication_fault_is_an_authentication_error_and_not_retried(make_voxbone):
    api = make_voxbone(sequence(AUTH_FAILED, BALANCE_OK))
    with pytest.raises(E.AuthenticationError) as caught:
        await api.get_account_balance()  # read-only: would be retried if the fault were transient
    exc = caught.value
    assert isinstance(exc, voxbone_sdk.ApiError)
    assert exc.code == "invalid_credentials"
    assert exc.message == AUTH_FAULT
    assert exc.http_status == 500
    assert exc.response is not None and exc.response.status_code == 500
    assert exc.errors[0].params["faultcode"] == "soapenv:Server"
    assert exc.errors[0].message == AUTH_FAULT
    assert len(api.requests) == 1
    assert api.sleeps.delays == []


async def test_unknown_fault_is_an_api_error_coded_by_the_fault_code(make_voxbone):
    body = fault("soapenv:Client", "DIDGroup 99999 does not exist")
    api = make_voxbone(xml(body, status=500, content_type="text/xml"))
    with pytest.raises(voxbone_sdk.ApiError) as caught:
        await api.get_did_group_list(country_id=1, type="GEOGRAPHIC")
    exc = caught.value
    assert type(exc) is E.RequestFaultError  # classified by its fault code
    assert exc.code == "Client"
    assert exc.message == "DIDGroup 99999 does not exist"
    assert exc.errors[0].params["faultcode"] == "soapenv:Client"
    assert len(api.requests) == 1


@pytest.mark.parametrize(
    ("code", "cls"), [("soapenv:Server", E.ServiceFaultError), ("soapenv:Client", E.RequestFaultError)]
)
async def test_an_undocumented_fault_keeps_its_code_and_says_its_fault_string(make_voxbone, code, cls):
    api = make_voxbone(xml(fault(code, "Database unavailable"), status=500, content_type="text/xml"))
    with pytest.raises(cls) as caught:
        await api.get_account_balance()
    assert caught.value.code == code.partition(":")[2] and caught.value.message == "Database unavailable"
    assert str(caught.value).startswith("Database unavailable")


async def test_a_fault_without_a_fault_string_says_its_voxapifault_message(make_voxbone):
    api = make_voxbone(xml(fault("soapenv:Client", "", detail="PurchaseInfo is invalid"), status=500))
    with pytest.raises(E.RequestFaultError) as caught:
        await api.place_dids_order(**ORDER_CALL)
    assert caught.value.message == "PurchaseInfo is invalid"


@pytest.mark.parametrize(("method", "kwargs"), [("place_dids_order", ORDER_CALL), ("get_account_balance", {})])
async def test_a_fault_at_http_200_is_the_services_refusal_not_an_unreadable_answer(make_voxbone, method, kwargs):
    # A receipt that "may have succeeded" would be wrong here: the service said no.
    api = make_voxbone(xml(fault("soapenv:Server", "Not enough DIDs in stock"), status=200, content_type="text/xml"))
    with pytest.raises(E.ServiceFaultError) as caught:
        await getattr(api, method)(**kwargs)
    assert caught.value.message == "Not enough DIDs in stock" and caught.value.http_status == 200
    assert not isinstance(caught.value, voxbone_sdk.MalformedResponseError)
    assert len(api.requests) == 1


async def test_server_fault_is_final_too(make_voxbone):
    api = make_voxbone(xml(fault("soapenv:Server", "Internal error"), status=500, content_type="text/xml"))
    with pytest.raises(voxbone_sdk.ApiError) as caught:
        await api.get_trunk_list()
    assert caught.value.code == "Server"
    assert len(api.requests) == 1


async def test_503_without_fault_is_retried_for_a_read_then_raised_as_server_error(make_voxbone):
    api = make_voxbone(BUSY)
    with pytest.raises(E.ServerError) as caught:
        await api.get_account_balance()
    assert caught.value.http_status == 503
    assert caught.value.errors == ()
    assert len(api.requests) == 3  # the default max_retries of 2
    assert len(api.sleeps.delays) == 2


async def test_503_then_success_returns_the_result(make_voxbone):
    api = make_voxbone(sequence(BUSY, BALANCE_OK))
    assert (await api.get_account_balance()).currency == "EUR"
    assert len(api.requests) == 2


async def test_503_is_not_retried_for_a_mutating_call(make_voxbone):
    api = make_voxbone(sequence(BUSY, ok(PLACE_DIDS_ORDER_RESPONSE)))
    with pytest.raises(E.ServerError):
        await api.place_dids_order(**ORDER_CALL)
    assert len(api.requests) == 1


@pytest.mark.parametrize(
    "body",
    [
        b"<!DOCTYPE html><html><head><title>Maintenance</title></head><body>Back soon<br></body></html>",
        b"<html><body><p>Back soon</p></body></html>",
        b"",
    ],
    ids=["html-doctype", "xhtml", "empty"],
)
async def test_non_soap_200_is_malformed(make_voxbone, body):
    api = make_voxbone(xml(body, content_type="text/html"))
    with pytest.raises(voxbone_sdk.MalformedResponseError) as caught:
        await api.get_account_balance()
    assert caught.value.http_status == 200
    assert caught.value.body == body


# The UserToken --------------------------------------------------------------------------------------------


def test_documented_test_vector():
    assert sha1_token_hash(VECTOR_PASSWORD, VECTOR_KEY) == VECTOR_SHA1
    expected = hmac.new(VECTOR_KEY.encode(), VECTOR_PASSWORD.encode(), hashlib.sha1).hexdigest()
    assert hmac_sha1_token_hash(VECTOR_PASSWORD, VECTOR_KEY) == expected != VECTOR_SHA1


def test_default_key_format():
    keys = {new_token_key() for _ in range(50)}
    assert all(KEY_FORMAT.fullmatch(key) for key in keys)
    assert len(keys) == 50


async def test_wire_hash_follows_the_test_vector(make_voxbone):
    api = make_voxbone(BALANCE_OK, password=VECTOR_PASSWORD, new_key=lambda: VECTOR_KEY)
    await api.get_account_balance()
    assert token_of(api.last) == (USERNAME, VECTOR_KEY, VECTOR_SHA1)


async def test_token_hash_is_swappable(make_voxbone):
    api = make_voxbone(
        BALANCE_OK, password=VECTOR_PASSWORD, new_key=lambda: VECTOR_KEY, token_hash=hmac_sha1_token_hash
    )
    await api.get_account_balance()
    expected = hmac.new(VECTOR_KEY.encode(), VECTOR_PASSWORD.encode(), hashlib.sha1).hexdigest()
    assert token_of(api.last) == (USERNAME, VECTOR_KEY, expected)


async def test_every_call_gets_a_fresh_key(make_voxbone):
    api = make_voxbone(BALANCE_OK)
    await api.get_account_balance()
    await api.get_account_balance()
    keys = [assert_token(request) for request in api.requests]
    assert len(set(keys)) == 2


async def test_every_attempt_of_a_retried_call_gets_a_fresh_key(make_voxbone):
    api = make_voxbone(sequence(BUSY, BUSY, BALANCE_OK))
    await api.get_account_balance()
    keys = [assert_token(request) for request in api.requests]
    assert len(keys) == 3 and len(set(keys)) == 3


async def test_a_mutating_call_retried_before_connecting_gets_a_fresh_key(make_voxbone):
    api = make_voxbone(sequence(raising(httpx.ConnectError), ok(PLACE_DIDS_ORDER_RESPONSE)))
    await api.place_dids_order(**ORDER_CALL)
    keys = [assert_token(request) for request in api.requests]
    assert len(keys) == 2 and keys[0] != keys[1]


MARKED_USER = "acct-user-93f2"


def scenarios() -> dict[str, tuple[Responder, str, dict[str, Any]]]:
    echoed = fault("soapenv:Server", f"Bad password {PASSWORD}")
    return {
        "ok": (BALANCE_OK, "get_account_balance", {}),
        "auth-fault": (AUTH_FAILED, "get_account_balance", {}),
        "fault-echoing-the-password": (xml(echoed, status=500), "get_account_balance", {}),
        "retries-exhausted": (BUSY, "get_account_balance", {}),
        "malformed": (xml(b"<html/>", content_type="text/html"), "get_account_balance", {}),
        "connect-error": (raising(httpx.ConnectError, "refused"), "get_account_balance", {}),
        "validation": (BALANCE_OK, "map_did", {"dids_ids": [], "protocol": "SIP", "uri": PASSWORD}),
    }


def _scenario_params() -> list[Any]:
    return [pytest.param(name) for name in scenarios()]


@pytest.mark.parametrize("scenario", _scenario_params())
async def test_credentials_never_show(make_voxbone, logs, scenario):
    responder, method, kwargs = scenarios()[scenario]
    api = make_voxbone(responder, username=MARKED_USER)
    exc: BaseException | None = None
    try:
        await getattr(api, method)(**kwargs)
    except voxbone_sdk.SdkError as caught:
        exc = caught
    shown = log_lines(logs) + (exception_texts(exc) if exc is not None else [])
    assert not [text for text in [repr(api.client), str(api.client), *shown] if PASSWORD in text]
    assert "password='********'" in repr(api.client)
    # The user name is not a secret (repr shows it, as in every SDK here), but no log line or error needs it.
    assert not [text for text in shown if MARKED_USER in text]
    if scenario not in ("validation", "connect-error"):
        assert any("HTTP Request:" in line for line in log_lines(logs)), "httpx's request line was not captured"
    for request in api.requests:
        assert PASSWORD not in request.content.decode("utf-8"), "only the hash of the password is sent"


async def test_fault_echoing_the_password_is_scrubbed_from_message_and_details(make_voxbone):
    api = make_voxbone(xml(fault("soapenv:Server", f"Bad password {PASSWORD}"), status=500))
    with pytest.raises(voxbone_sdk.ApiError) as caught:
        await api.get_account_balance()
    exc = caught.value
    assert exc.message == "Bad password ********"
    assert PASSWORD not in str(exc)
    assert [detail.message for detail in exc.errors] == ["Bad password ********"]


async def test_bad_password_is_refused_without_echoing_it(mode):
    client_class = voxbone_sdk.Client if mode == "sync" else voxbone_sdk.AsyncClient
    bad = PASSWORD + "\n"
    with pytest.raises(voxbone_sdk.ValidationError) as caught:
        client_class(username=USERNAME, password=bad)
    assert [error.path for error in caught.value.errors] == ["password"]
    assert not [text for text in exception_texts(caught.value) if PASSWORD in text]


# Validation before sending --------------------------------------------------------------------------------


async def refused(api: Api, method: str, **kwargs: Any) -> dict[str, str]:
    """Call ``method`` expecting a ValidationError and no request; return its problems by path."""
    with pytest.raises(voxbone_sdk.ValidationError) as caught:
        await getattr(api, method)(**kwargs)
    assert api.requests == [], "nothing may be sent when the arguments are invalid"
    return {error.path: error.message for error in caught.value.errors}


async def test_missing_required_arguments(make_voxbone):
    api = make_voxbone(BALANCE_OK)
    problems = await refused(api, "get_did_group_list", country_id=None, type=None)
    assert set(problems) == {"country_id", "type"}
    problems = await refused(api, "is_purchase_info_valid", did_group_id=57, purchase_info=None)
    assert set(problems) == {"purchase_info"}
    problems = await refused(api, "map_did", dids_ids=None, protocol="SIP", uri=None)
    assert set(problems) == {"dids_ids", "uri"}
    with pytest.raises(TypeError, match="country_id"):
        await api.get_states_list()  # an omitted keyword is Python's own error, before the SDK runs
    assert api.requests == []


async def test_wrong_types_are_all_reported(make_voxbone):
    api = make_voxbone(ok(PLACE_DIDS_ORDER_RESPONSE))
    problems = await refused(
        api,
        "place_dids_order",
        did_group_id="5686",
        quantity=1.5,
        allow_asynchronous="false",
        purchase_info={"firstname": "Vincent"},
    )
    assert set(problems) == {"did_group_id", "quantity", "allow_asynchronous", "purchase_info"}
    problems = await refused(api, "cancel_did", dids_id=True)
    assert set(problems) == {"dids_id"}
    problems = await refused(api, "get_did_group_list", country_id=1, type="GEOGRAPHIC", filter=DidsFilter())
    assert set(problems) == {"filter"}


async def test_bad_record_fields_are_reported_with_their_path(make_voxbone):
    api = make_voxbone(ok(GET_DID_GROUP_LIST_RESPONSE))
    problems = await refused(
        api,
        "get_did_group_list",
        country_id=1,
        type="GEOGRAPHIC",
        filter=DidGroupFilter(hide_empty="yes", state_id="3"),
    )
    assert set(problems) == {"filter.hide_empty", "filter.state_id"}
    broken = dataclasses.replace(PURCHASE_INFO, firstname=None, city=12)
    problems = await refused(api, "is_purchase_info_valid", did_group_id=57, purchase_info=broken)
    assert set(problems) == {"purchase_info.firstname", "purchase_info.city"}


@pytest.mark.parametrize(
    ("method", "kwargs", "path"),
    [
        ("get_countries_list", {"type": "MOBILE"}, "type"),
        ("get_countries_list", {"type": "geographic"}, "type"),
        ("get_did_group_list", {"country_id": 21, "type": 1}, "type"),
        ("map_did", {"dids_ids": [1], "protocol": "H323", "uri": "a@b"}, "protocol"),
        ("map_did", {"dids_ids": [1], "protocol": DidType.GEOGRAPHIC, "uri": "a@b"}, "protocol"),
    ],
)
async def test_bad_enum_value(make_voxbone, method, kwargs, path):
    api = make_voxbone(BALANCE_OK)
    assert set(await refused(api, method, **kwargs)) == {path}


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [
        ("map_did", {"protocol": "SIP", "uri": "a@b"}),
        ("place_dids_on_trunk", {"trunk_id": 182}),
        ("remove_dids_from_trunk", {}),
        ("update_delivery", {"delivery_id": 9}),
    ],
)
async def test_empty_dids_ids(make_voxbone, method, kwargs):
    api = make_voxbone(BALANCE_OK)
    assert await refused(api, method, dids_ids=[], **kwargs) == {"dids_ids": "must not be empty"}
    problems = await refused(api, method, dids_ids=[1, "2", None, False], **kwargs)
    assert set(problems) == {"dids_ids[1]", "dids_ids[2]", "dids_ids[3]"}
    assert set(await refused(api, method, dids_ids="88211", **kwargs)) == {"dids_ids"}


async def test_unsendable_text_and_bad_call_options(make_voxbone):
    api = make_voxbone(BALANCE_OK)
    assert set(await refused(api, "get_order_status", order_reference="987\x00DS")) == {"order_reference"}
    assert set(await refused(api, "get_account_balance", max_retries=-1)) == {"max_retries"}


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [
        ("get_purchase_info_data", {"country_code_a2": "de", "area_code": "30"}),
        (
            "place_dids_order",
            {**ORDER_CALL, "purchase_info": dataclasses.replace(PURCHASE_INFO, country_code_a2="Belgium")},
        ),
        ("get_dids_info", {"filter": DidsFilter(e164="+3228080355")}),
        ("get_states_list", {"country_id": 2**31}),
    ],
    ids=["country-code-a2", "purchase-info-country", "e164", "xsd-int-range"],
)
async def test_values_the_xsd_rejects_are_refused_before_sending(make_voxbone, method, kwargs):
    api = make_voxbone(BALANCE_OK)
    with contextlib.suppress(voxbone_sdk.SdkError):
        await getattr(api, method)(**kwargs)
    assert api.requests == [], "the SDK sent a request its own XSD rejects"


# Hostile XML ----------------------------------------------------------------------------------------------


@pytest.fixture
def secret_file(tmp_path: Any) -> Any:
    path = tmp_path / "secret.txt"
    path.write_text("TOP-SECRET-4711", encoding="utf-8")
    return path


def hostile_bodies(secret_file: Any) -> dict[str, bytes]:
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE soapenv:Envelope [<!ENTITY xxe SYSTEM "{secret_file.as_uri()}">]>'
        + envelope(GET_ACCOUNT_BALANCE_RESPONSE.replace("EUR", "&xxe;")).decode().split("?>", 1)[1]
    )
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        + envelope(GET_ACCOUNT_BALANCE_RESPONSE.replace("EUR", "&lol3;")).decode().split("?>", 1)[1]
    )
    doctype_only = (
        b'<!DOCTYPE soapenv:Envelope SYSTEM "http://127.0.0.1:9/x.dtd">'
        + envelope(GET_ACCOUNT_BALANCE_RESPONSE).split(b"?>", 1)[1]
    )
    return {
        "xxe": xxe.encode("utf-8"),
        "billion-laughs": laughs.encode("utf-8"),
        "external-dtd": doctype_only,
        "xxe-utf16": xxe.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16"),
    }


@pytest.mark.parametrize("name", ["xxe", "billion-laughs", "external-dtd", "xxe-utf16"])
async def test_doctype_in_a_soap_response_is_malformed(make_voxbone, secret_file, name):
    api = make_voxbone(xml(hostile_bodies(secret_file)[name], content_type="text/xml"))
    with pytest.raises(voxbone_sdk.MalformedResponseError) as caught:
        await api.get_account_balance()
    assert not [text for text in exception_texts(caught.value) if "TOP-SECRET-4711" in text]
    assert len(api.requests) == 1


async def test_the_debug_line_names_the_endpoint_not_an_empty_path(make_voxbone, caplog):
    api = make_voxbone(BALANCE_OK)
    with caplog.at_level(logging.DEBUG, logger="voxbone_sdk"):
        await api.get_account_balance()
    lines = [r.getMessage() for r in caplog.records if "GetAccountBalance" in r.getMessage()]
    assert lines, [r.getMessage() for r in caplog.records]
    assert all("POST  (" not in line for line in lines), lines
    assert lines[0].startswith("POST / (GetAccountBalance): HTTP 200"), lines
