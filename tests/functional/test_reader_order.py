"""Answers whose elements come in another order read as they do in the documented one (issue 18, item 5).

The generated XML readers take a record's children by position when they follow the documented (XSD)
order, and read them by tag otherwise. Each sample is read as documented (no record goes by tag), then
with the children of every record reversed and with an unknown element first in every record (those
go by tag): the results are equal. Errors name the element's path either way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import httpx
import iovox_sdk
import pytest
import voicemeup_sdk
import voxbone_sdk
from iovox_sdk import _operations as iovox
from lxml import etree
from voicemeup_sdk import _operations as voicemeup
from voxbone_sdk import _operations as voxbone

from . import samples
from .conftest import build_api, xml
from .test_voxbone import (
    GET_ACCOUNT_BALANCE_RESPONSE,
    GET_DID_GROUP_LIST_RESPONSE,
    GROUP_CALL,
    NS,
    PLACE_DIDS_ORDER_RESPONSE,
    envelope,
)

pytestmark = pytest.mark.anyio

Parse = Callable[[httpx.Response, bytes], Any]

DID = """<DID><DIDsID>{id}</DIDsID><DID>8080354</DID><E164>3228080354</E164><Type>GEOGRAPHIC</Type>
<CountryName>BELGIUM</CountryName><CountryCode>32</CountryCode><CityName>BRUSSELS</CityName><AreaCode>2</AreaCode>
<mapping>no forwarding</mapping><OrderReference>987DS24238</OrderReference><Channels>{channels}</Channels>
<Delivery>BE</Delivery><TrunkID>-1</TrunkID></DID>"""


def dids_info(*dids: str) -> bytes:
    return envelope(
        f'<GetDIDsInfoResponse xmlns="{NS}"><ArrayOfDIDs>{"".join(dids)}</ArrayOfDIDs></GetDIDsInfoResponse>'
    )


GET_DIDS_INFO = dids_info(DID.format(id=88210, channels=2), DID.format(id=88211, channels=30))

CALLS = (
    b'<?xml version="1.0" encoding="utf-8"?><response><response_details><response_status>success'
    b"</response_status></response_details><calls><call><call_hash>ab12</call_hash><failure_code>0</failure_code>"
    b"<sip_response_code>200</sip_response_code><account_usage_inbound>3</account_usage_inbound></call>"
    b"<call><call_hash>cd34</call_hash><channel_usage_excess>1</channel_usage_excess></call></calls></response>"
)

#: (the SDK, its parser, the answer's HTTP status, the answer as documented)
CASES: dict[str, tuple[ModuleType, Parse, int, bytes]] = {
    "voxbone GetDIDsInfo": (voxbone_sdk, voxbone.parse_get_dids_info, 200, GET_DIDS_INFO),
    "voxbone PlaceDIDsOrder": (voxbone_sdk, voxbone.parse_place_dids_order, 200, envelope(PLACE_DIDS_ORDER_RESPONSE)),
    "voxbone GetDIDGroupList": (
        voxbone_sdk,
        voxbone.parse_get_did_group_list,
        200,
        envelope(GET_DID_GROUP_LIST_RESPONSE),
    ),
    "voxbone GetAccountBalance": (
        voxbone_sdk,
        voxbone.parse_get_account_balance,
        200,
        envelope(GET_ACCOUNT_BALANCE_RESPONSE),
    ),
    "iovox regions": (iovox_sdk, iovox.parse_get_voxnumber_regions, 200, samples.REGION_PAGE),
    "iovox voxnumbers": (iovox_sdk, iovox.parse_get_voxnumbers, 200, samples.VOXNUMBER_PAGE),
    "iovox purchase": (iovox_sdk, iovox.parse_purchase_vox_numbers, 201, samples.SEED_FULFILLED_RESPONSE),
    "voicemeup get_calls": (voicemeup_sdk, voicemeup.parse_get_calls, 200, CALLS),
}

#: Answers where a record leaves out an optional element: that record is read by tag.
SPARSE = frozenset({"iovox regions", "voicemeup get_calls"})


def _records(root: Any) -> Iterator[Any]:
    """The elements of ``root`` that hold a record: children of more than one tag, outside the SOAP envelope.

    A list's wrapper (children of one tag) keeps its order: the order of a list is the answer's.
    """
    for element in root.iter():
        tags = {child.tag for child in element}
        if len(tags) > 1 and not str(element.tag).startswith("{http://schemas.xmlsoap.org/"):
            yield element


def rearranged(body: bytes, how: str) -> bytes:
    """``body`` with the children of every record reversed, or an unknown element put first in every record."""
    root = etree.fromstring(body)
    for element in list(_records(root)):
        if how == "reversed":
            element[:] = list(reversed(element))
        else:
            namespace = etree.QName(element).namespace
            element.insert(0, etree.Element(f"{{{namespace}}}Unknown" if namespace else "Unknown"))
            element[0].text = "not in the schema"
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


@pytest.fixture
def by_tag(monkeypatch: pytest.MonkeyPatch) -> Callable[[ModuleType], list[str]]:
    """A log of the records each SDK's tree readers read by tag (the fallback), kept while the test runs.

    The scan is off: it reads lists of records in any order too (``test_scan``), and would leave the
    tree's readers nothing to read.
    """
    logs: dict[str, list[str]] = {}

    def watch(sdk: ModuleType) -> list[str]:
        if sdk.__name__ not in logs:
            logs[sdk.__name__] = []
            if hasattr(sdk, "_scanio"):
                monkeypatch.setattr(sdk._scanio, "SCAN_LIMIT", -1)
            readers = sdk._xml
            for name in [n for n in vars(readers) if n.startswith("_read_") and n.endswith("_by_tag")]:
                original = getattr(readers, name)

                def counted(element: Any, path: str, original: Any = original, name: str = name) -> Any:
                    logs[sdk.__name__].append(name)
                    return original(element, path)

                monkeypatch.setattr(readers, name, counted)
        return logs[sdk.__name__]

    return watch


@pytest.mark.parametrize("case", CASES)
def test_an_answer_in_any_order_reads_as_the_documented_one(case: str, by_tag: Any) -> None:
    sdk, parse, status, body = CASES[case]
    log = by_tag(sdk)
    documented = parse(httpx.Response(status), body)
    if case not in SPARSE:
        assert log == [], "an answer in the documented order is read by position"
    del log[:]
    for how in ("reversed", "unknown first"):
        other = rearranged(body, how)
        assert other != body
        assert parse(httpx.Response(status), other) == documented, how
    assert log, "the rearranged answers are read by tag"


async def test_a_client_reads_an_answer_in_another_order(mode: str) -> None:
    answer = xml(rearranged(envelope(GET_DID_GROUP_LIST_RESPONSE), "reversed"), content_type="text/xml")
    opened: list[Any] = []
    api = build_api(voxbone_sdk, mode, answer, opened, username="login", password="Pa55-distinct-7c1e")
    try:
        groups = await api.get_did_group_list(**GROUP_CALL)
    finally:
        for http in opened:
            await http.aclose() if isinstance(http, httpx.AsyncClient) else http.close()
    expected = voxbone.parse_get_did_group_list(httpx.Response(200), envelope(GET_DID_GROUP_LIST_RESPONSE))
    assert groups == expected and [g.city_name for g in groups] == ["NOGALES", "PHOENIX"]


DIDS = "GetDIDsInfoResponse/ArrayOfDIDs/DID"
ERRORS: dict[str, tuple[ModuleType, Parse, int, bytes, str]] = {
    "a bad integer": (
        voxbone_sdk,
        voxbone.parse_get_dids_info,
        200,
        dids_info(DID.format(id=1, channels=2), DID.format(id=2, channels="two")),
        f"{DIDS}/Channels: is not an integer",
    ),
    "an empty required integer": (
        voxbone_sdk,
        voxbone.parse_get_dids_info,
        200,
        dids_info(DID.format(id="", channels=2)),
        f"{DIDS}/DIDsID: is missing from the response",
    ),
    "an absent required element": (
        voxbone_sdk,
        voxbone.parse_get_dids_info,
        200,
        dids_info(DID.format(id=1, channels=2).replace("<E164>3228080354</E164>", "")),
        f"{DIDS}/E164: is missing from the response",
    ),
    "a bad enum value": (
        voxbone_sdk,
        voxbone.parse_get_dids_info,
        200,
        dids_info(DID.format(id=1, channels=2).replace("GEOGRAPHIC", "LUNAR")),
        f"{DIDS}/Type: 'LUNAR' is not one of GEOGRAPHIC, TOLLFREE, NATIONAL",
    ),
    "a bad decimal": (
        voxbone_sdk,
        voxbone.parse_get_account_balance,
        200,
        envelope(GET_ACCOUNT_BALANCE_RESPONSE.replace("10000.0", "lots")),
        "GetAccountBalanceResponse/Threshold: is not a decimal number",
    ),
    "an iovox integer": (
        iovox_sdk,
        iovox.parse_get_voxnumber_regions,
        200,
        samples.REGION_PAGE.replace(b"<area_code>151</area_code>", b"<area_code>1x1</area_code>"),
        "response/results/result/area_code: is not an integer",
    ),
    "an iovox boolean": (
        iovox_sdk,
        iovox.parse_get_voxnumber_regions,
        200,
        samples.REGION_PAGE.replace(b"FALSE", b"MAYBE"),
        "response/results/result/require_purchase_info: is not a boolean",
    ),
    "a voicemeup integer": (
        voicemeup_sdk,
        voicemeup.parse_get_calls,
        200,
        CALLS.replace(b">200<", b">OK<"),
        "response/calls/call/sip_response_code: is not an integer",
    ),
}


@pytest.mark.parametrize("case", ERRORS)
@pytest.mark.parametrize("how", ["documented", "reversed"])
def test_errors_name_the_elements_path_in_any_order(case: str, how: str) -> None:
    sdk, parse, status, body, message = ERRORS[case]
    if how == "reversed":
        body = rearranged(body, how)
    with pytest.raises(sdk.MalformedResponseError) as caught:
        parse(httpx.Response(status), body)
    assert str(caught.value) == message
