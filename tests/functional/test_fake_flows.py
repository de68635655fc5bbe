"""The stateful flows of each SDK's fake, through the SDK's own ``Client`` and ``AsyncClient`` (VoIP.ms's
over both its transports; ``test_fake_soap`` mixes them on one fake).

Per carrier: numbers found, ordered (stock and balance drop by the documented price fields),
listed, changed and cancelled; orders pending until ``advance()`` (iovox's FULFILLED callback in
``fake.callbacks``); SMS sent then listed; the magic values that always fail; requests checked
on the wire with the carrier's documented codes; credentials refused; calls parsed back; seeds.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from typing import Any

import httpx
import iovox_sdk
import pytest
import voicemeup_sdk
import voipms_sdk
import voxbone_sdk
from iovox_sdk.models import PurchaseItem
from voipms_sdk import _pytest_plugin

from .conftest import Api, Recorder

pytestmark = pytest.mark.anyio


def wired(mode: str, fake: Any, **options: Any) -> Api:
    """The SDK client of ``fake``'s package in ``mode``, no retries."""
    client = fake.client(max_retries=0, **options) if mode == "sync" else fake.async_client(max_retries=0, **options)
    return Api(mode, client, Recorder(lambda request: httpx.Response(500)))


# --- VoIP.ms --------------------------------------------------------------------------------------


@pytest.fixture(params=["rest", "soap"])
def protocol(request: pytest.FixtureRequest) -> str:
    """VoIP.ms's two transports: the same flows, the same state model."""
    return str(request.param)


async def test_voipms_search_order_list_route_cancel(mode: str, protocol: str) -> None:
    from voipms_sdk.testing import FakeCarrier

    fake = FakeCarrier(seed=1)
    api = wired(mode, fake, protocol=protocol)
    assert (await api.get_dids_info()).dids == ()  # no_did: an empty account is an empty result
    found = (await api.search_dids_usa(type="starts", query_="212")).dids
    assert len(found) == 5 and all(d.did.startswith("212") for d in found)
    before = (await api.get_balance()).balance.current_balance
    did = found[0].did
    await api.order_did(did=did, routing="account:100000_VoIP", pop=3, dialtime=60, cnam=True, billing_type=1)
    (info,) = (await api.get_dids_info()).dids
    assert info.did == did and info.routing == "account:100000_VoIP"
    fees = found[0].perminute_setup + found[0].perminute_monthly
    assert (await api.get_balance()).balance.current_balance == before - fees
    assert did not in {d.did for d in (await api.search_dids_usa(type="starts", query_="212")).dids}
    await api.set_did_routing(did=did, routing="fwd:1026")
    assert (await api.get_dids_info(did=did)).dids[0].routing == "fwd:1026"
    await api.cancel_did(did=did)
    assert (await api.get_dids_info()).dids == ()
    with pytest.raises(voipms_sdk.errors.RequestError) as caught:
        await api.cancel_did(did=did)
    assert caught.value.code == "invalid_did"
    (call,) = fake.calls("order_did")
    assert call.params == {
        "did": did,
        "routing": "account:100000_VoIP",
        "pop": 3,
        "dialtime": 60,
        "cnam": True,
        "billing_type": 1,
    }


async def test_voipms_sms_sent_appear_in_the_listing(mode: str, protocol: str) -> None:
    from voipms_sdk.testing import FakeCarrier

    fake = FakeCarrier()
    api = wired(mode, fake, protocol=protocol)
    assert (await api.get_sms()).sms == ()
    did = (await api.search_dids_usa(type="starts", query_="213")).dids[0].did
    await api.order_did(did=did, routing="account:100000_VoIP", pop=3, dialtime=60, cnam=False, billing_type=2)
    sent = await api.send_sms(did=did, dst="5557654321", message="Hello")
    (message,) = (await api.get_sms(did=did)).sms
    assert (message.id, message.contact, message.message) == (sent.sms, "5557654321", "Hello")
    await api.delete_sms(id=message.id)
    assert (await api.get_sms()).sms == ()


async def test_voipms_magic_values_always_fail(mode: str, protocol: str) -> None:
    from voipms_sdk.testing import CarrierState, FakeCarrier

    fake = FakeCarrier()
    api = wired(mode, fake, protocol=protocol)
    order = {"routing": "account:100000_VoIP", "pop": 3, "dialtime": 60, "cnam": True, "billing_type": 1}
    with pytest.raises(voipms_sdk.ApiError) as caught:
        await api.order_did(did=CarrierState.MAGIC["did_in_use"], **order)
    assert caught.value.code == "did_in_use"
    assert (await api.search_dids_usa(type="contains", query_=CarrierState.MAGIC["empty_search"])).dids == ()
    fake.state.balance = Decimal("0")
    did = (await api.search_dids_usa(type="starts", query_="212")).dids[0].did
    with pytest.raises(voipms_sdk.ApiError) as caught:
        await api.order_did(did=did, **order)
    assert caught.value.code == "non_sufficient_funds"


def test_voipms_checks_requests_on_the_wire_with_its_documented_codes() -> None:
    from voipms_sdk.testing import FakeCarrier

    fake = FakeCarrier()
    url = "https://voip.ms/api/v1/rest.php"
    auth = fake.credentials
    with fake.http_client() as http:
        assert http.get(url, params={**auth, "method": "orderDID"}).json() == {"status": "missing_did"}
        bad_pop = {
            **auth,
            "method": "orderDID",
            "did": "1",
            "routing": "r",
            "pop": "x",
            "dialtime": "1",
            "cnam": "1",
            "billing_type": "1",
        }
        assert http.get(url, params=bad_pop).json() == {"status": "invalid_pop"}
        assert http.get(url, params={**auth, "method": "noSuchMethod"}).json() == {"status": "invalid_method"}
        refused = {"api_username": auth["api_username"], "api_password": "wrong", "method": "getBalance"}
        assert http.get(url, params=refused).json() == {"status": "invalid_credentials"}
    other = FakeCarrier(credentials={"api_username": "a@example.com", "api_password": "other"})
    with other.client(api_password="nope") as client, pytest.raises(voipms_sdk.errors.AuthenticationError):
        client.get_balance()


def test_voipms_the_same_seed_gives_the_same_numbers() -> None:
    from voipms_sdk.testing import FakeCarrier

    def numbers(seed: int) -> list[str]:
        with FakeCarrier(seed=seed).client() as client:
            return [d.did for d in client.search_dids_usa(type="contains", query_="").dids]

    assert numbers(4) == numbers(4) and numbers(4) != numbers(5)


# --- Voxbone --------------------------------------------------------------------------------------


async def test_voxbone_groups_order_balance_map_cancel(mode: str) -> None:
    from voxbone_sdk.testing import FakeCarrier

    fake = FakeCarrier(seed=2)
    api = wired(mode, fake)
    groups = {g.did_group_id: g for g in await api.get_did_group_list(country_id=21, type="GEOGRAPHIC")}
    group = groups[5167]
    balance = (await api.get_account_balance()).balance
    order = await api.place_dids_order(did_group_id=5167, quantity=2, allow_asynchronous=False)
    assert order.status == voxbone_sdk.models.KnownOrderStatus.FULFILLED and len(order.dids) == 2
    assert (await api.get_account_balance()).balance == balance - Decimal(2 * (group.setup100 + group.monthly100)) / 100
    after = {g.did_group_id: g for g in await api.get_did_group_list(country_id=21, type="GEOGRAPHIC")}
    assert after[5167].stock == group.stock - 2
    dids = await api.get_dids_info()
    assert {d.dids_id for d in dids} == {d.dids_id for d in order.dids}
    first = order.dids[0].dids_id
    await api.map_did(dids_ids=[first], protocol="SIP", uri="sip:ada@example.com")
    await api.place_dids_on_trunk(dids_ids=[first], trunk_id=1)
    assert (await api.get_trunk_list())[0].dids_on_trunk == 1
    assert (await api.cancel_did(dids_id=first)).canceled is True
    assert len(await api.get_dids_info()) == 1
    with pytest.raises(voxbone_sdk.ApiError) as caught:
        await api.cancel_did(dids_id=first)
    assert caught.value.code == "unknown_did" and caught.value.http_status == 500


async def test_voxbone_asynchronous_orders_are_pending_until_advance(mode: str) -> None:
    from voxbone_sdk.testing import FakeCarrier

    fake = FakeCarrier()
    api = wired(mode, fake)
    order = await api.place_dids_order(did_group_id=5168, quantity=1, allow_asynchronous=True)
    assert (await api.get_order_status(order_reference=order.order_reference)).status == "PENDING"
    assert await api.get_dids_info() == ()
    fake.advance()
    status = (await api.get_order_status(order_reference=order.order_reference)).status
    assert status == voxbone_sdk.models.KnownOrderStatus.FULFILLED
    assert len(await api.get_dids_info()) == 1


async def test_voxbone_magic_group_and_empty_balance_fault(mode: str) -> None:
    from voxbone_sdk.testing import CarrierState, FakeCarrier

    fake = FakeCarrier()
    api = wired(mode, fake)
    with pytest.raises(voxbone_sdk.ApiError) as caught:
        await api.place_dids_order(
            did_group_id=CarrierState.MAGIC["no_stock_did_group_id"], quantity=1, allow_asynchronous=False
        )
    assert caught.value.code == "insufficient_stock"
    fake.state.balance = Decimal("0")
    with pytest.raises(voxbone_sdk.ApiError) as caught:
        await api.place_dids_order(did_group_id=5167, quantity=1, allow_asynchronous=False)
    assert caught.value.code == "insufficient_balance"


def test_voxbone_checks_the_user_token_hash_and_takes_the_hmac_scheme_when_told() -> None:
    from voxbone_sdk.client import hmac_sha1_token_hash
    from voxbone_sdk.testing import FakeCarrier

    fake = FakeCarrier()
    with fake.client(max_retries=0, password="wrong") as client, pytest.raises(voxbone_sdk.errors.AuthenticationError):
        client.get_account_balance()
    # A client hashing otherwise than the fake checks: refused at once by fake.client, and by the fake
    # on the wire when built by hand.
    with pytest.raises(ValueError, match=r"FakeCarrier\(token_hash=\.\.\.\)"):
        fake.client(token_hash=hmac_sha1_token_hash)
    with pytest.raises(ValueError, match="UserToken"):
        fake.async_client(token_hash=hmac_sha1_token_hash)
    other = voxbone_sdk.Client(
        **fake.client_arguments() | {"token_hash": hmac_sha1_token_hash}, http_client=fake.http_client(), max_retries=0
    )
    with other as client, pytest.raises(voxbone_sdk.errors.AuthenticationError):
        client.get_account_balance()
    hmac_fake = FakeCarrier(token_hash=hmac_sha1_token_hash)
    for kwargs in ({}, {"token_hash": hmac_sha1_token_hash}):  # the fake's scheme is its clients' by default
        with hmac_fake.client(max_retries=0, **kwargs) as client:
            assert client.get_account_balance().currency == "EUR"
    key = "2011-01-01 00:00:00:000000000000"
    token = hashlib.sha1(("test-password" + key).encode()).hexdigest()
    body = (
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:tns="http://www.voxbone.com/VoxAPI">'
        f"<soapenv:Body><tns:GetStatesList><tns:UserToken><tns:Username>test-user</tns:Username><tns:Key>{key}</tns:Key>"
        f"<tns:Hash>{token}</tns:Hash></tns:UserToken></tns:GetStatesList></soapenv:Body></soapenv:Envelope>"
    )
    with fake.http_client() as http:
        answer = http.post("https://voxbone.example/VoxAPI", content=body, headers={"Content-Type": "text/xml"})
    assert answer.status_code == 500 and b"<faultstring>Invalid parameter: CountryID</faultstring>" in answer.content


# --- iovox ----------------------------------------------------------------------------------------


async def test_iovox_purchase_list_delete_and_the_pending_callback(mode: str) -> None:
    from iovox_sdk.testing import FakeCarrier

    fake = FakeCarrier(seed=3)
    api = wired(mode, fake)
    regions = (await api.get_voxnumber_regions(country_code=44, number_type="GEOGRAPHIC")).results
    assert {r.area_code for r in regions} >= {151, 161}
    now = await api.purchase_vox_numbers(
        items=[PurchaseItem(country_code=44, area_code=151, number_type="GEOGRAPHIC", quantity=2)]
    )
    assert now.order_status == "FULFILLED" and len(now.voxnumbers) == 2
    later = await api.purchase_vox_numbers(
        items=[PurchaseItem(country_code=44, area_code=161, number_type="GEOGRAPHIC", quantity=1)],
        callback_url="https://example.com/iovox/orders",
    )
    assert later.order_status == "PENDING" and later.voxnumbers == () and fake.callbacks == []
    assert (await api.get_voxnumbers()).total_results == 2
    fake.advance()
    (delivery,) = fake.callbacks
    update = iovox_sdk.parse_callback(delivery.body)
    assert delivery.url == "https://example.com/iovox/orders"
    assert (update.order_reference, update.order_status, len(update.voxnumbers)) == (
        later.order_reference,
        "FULFILLED",
        1,
    )
    page = await api.get_voxnumbers(limit=2, page=2)
    assert (page.total_results, page.total_pages, page.current_page, len(page.results)) == (3, 2, 2, 1)
    await api.delete_voxnumbers_from_account(full_voxnumbers=[n.full_voxnumber for n in now.voxnumbers])
    assert (await api.get_voxnumbers()).total_results == 1
    (call,) = fake.calls("purchaseVoxNumbers")[:1]
    assert call.params["items"] == [PurchaseItem(country_code=44, area_code=151, number_type="GEOGRAPHIC", quantity=2)]


async def test_iovox_a_region_without_stock_fails_with_the_documented_item_error(mode: str) -> None:
    from iovox_sdk.testing import CarrierState, FakeCarrier

    fake = FakeCarrier()
    api = wired(mode, fake)
    magic = PurchaseItem(
        country_code=44, area_code=CarrierState.MAGIC["no_stock_area_code"], number_type="GEOGRAPHIC", quantity=1
    )
    good = PurchaseItem(country_code=44, area_code=151, number_type="GEOGRAPHIC", quantity=1)
    with pytest.raises(iovox_sdk.errors.RequestError) as caught:
        await api.purchase_vox_numbers(items=[good, magic])
    (error,) = caught.value.errors
    assert (error.code, error.item, error.total) == ("basket_item_not_correct", 2, 2)
    bought = await api.purchase_vox_numbers(items=[magic], dynamic_quantity=True)
    assert bought.voxnumbers == ()


def test_iovox_checks_request_bodies_with_the_documented_messages() -> None:
    from iovox_sdk.testing import FakeCarrier

    fake = FakeCarrier()
    url = "https://api.iovox.com:444/Purchase?v=3&method=purchaseVoxNumbers"
    headers = {**fake.credentials, "Content-Type": "application/xml"}
    item = (
        "<item><country_code>44</country_code><number_type>GEOGRAPHIC</number_type>"
        "<quantity>{q}</quantity>{extra}</item>"
    )
    with fake.http_client(headers=headers) as http:
        missing_area = http.post(url, content=f"<request><items>{item.format(q=1, extra='')}</items></request>")
        assert missing_area.status_code == 400 and b"Area Code 1 of 1 Empty" in missing_area.content
        twice = item.format(q=1, extra="<area_code>151</area_code>") + item.format(
            q="x", extra="<area_code>151</area_code>"
        )
        not_integer = http.post(url, content=f"<request><items>{twice}</items></request>")
        assert b"Quantity 2 of 2 not an integer" in not_integer.content
        assert b"Request Empty" in http.post(url, content="<request></request>").content
    with fake.http_client(headers={"username": "test-user", "secureKey": "f" * 32}) as http:
        assert http.get("https://api.iovox.com:444/Voxnumbers?v=3&method=getVoxnumbers").status_code == 403


# --- VoiceMeUp ------------------------------------------------------------------------------------


@pytest.mark.parametrize("output_format", ["json", "xml"])
async def test_voicemeup_order_list_delete_and_sms_in_both_formats(mode: str, output_format: str) -> None:
    from voicemeup_sdk.testing import FakeCarrier

    fake = FakeCarrier(seed=4)
    api = wired(mode, fake, output_format=output_format)
    stock = (await api.get_new_dids(npa="514")).payload["new_dids"]["new_did"]
    assert len(stock) == 5
    ordered = (await api.order_new_dids(prefix="514", quantity=1)).payload["dids"]["did"]
    ordered = ordered[0] if isinstance(ordered, list) else ordered  # XML: one element reads as one object
    assert ordered["phone_number"] == stock[0]["phone_number"]
    listed = (await api.get_dids(usage_type="default")).payload["dids"]["did"]
    assert (listed[0] if isinstance(listed, list) else listed)["phone_number"] == ordered["phone_number"]
    await api.delete_did(client_did_id=int(ordered["client_did_id"]))
    assert ordered["phone_number"] not in str((await api.get_dids(usage_type="default")).payload)
    sent = (
        await api.queue_sms(source_number=ordered["phone_number"], destination_number="5145551234", message="Hi")
    ).payload
    logged = (await api.get_sms()).payload["sms_logs"]["sms_log"]
    logged = logged[0] if isinstance(logged, list) else logged
    assert logged["sms_log_id"] == sent["sms_log_id"] and logged["message"] == "Hi"
    with pytest.raises(voicemeup_sdk.ApiError) as caught:
        await api.order_new_dids(prefix="555", quantity=1)
    assert caught.value.code == "prefix_not_found"


def test_voicemeup_checks_requests_and_credentials_on_the_wire() -> None:
    from voicemeup_sdk.testing import FakeCarrier

    fake = FakeCarrier()
    url = "https://clients.voicemeup.com/api/v1.1/json/order_new_dids"
    token = {"auth_token": fake.credentials["auth_token"]}
    with fake.http_client() as http:
        for identity in ({"username": "test-user"}, {"client_user_id": "123456"}):
            answer = http.get(url, params={**identity, **token}).json()
            assert answer["response_details"]["response_messages"]["message"][0]["code"] == "quantity_required"
        refused = http.get(url, params={"username": "test-user", "auth_token": "0" * 32, "quantity": "1"}).json()
        assert refused["response_details"]["response_messages"]["message"][0]["code"] == "authentication_failed"
    with (
        fake.client(max_retries=0, auth_token="f" * 32) as client,
        pytest.raises(voicemeup_sdk.errors.AuthenticationError),
    ):
        client.get_account_details()


# --- the pytest plugin ------------------------------------------------------------------------------

# The plugin's own fixture, as installing the SDK registers it (this module may run where it is not installed).
fake_voipms = _pytest_plugin.fake_voipms


def test_the_plugin_fixture_gives_a_fresh_fake_and_a_wired_client(fake_voipms: Any) -> None:
    fake, client = fake_voipms
    assert client.get_dids_info().dids == () and len(fake.calls("getDIDsInfo")) == 1


def test_every_sdk_registers_its_plugin_as_a_pytest11_entry_point() -> None:
    import tomllib

    from .cases import ROOT

    for name in ("iovox", "voicemeup", "voipms", "voxbone"):
        project = tomllib.loads((ROOT / "generated" / f"{name}_sdk" / "pyproject.toml").read_text())["project"]
        assert project["entry-points"]["pytest11"] == {f"{name}_sdk._pytest_plugin": f"{name}_sdk._pytest_plugin"}
