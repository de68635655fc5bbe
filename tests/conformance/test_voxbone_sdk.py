"""Conformance of the generated ``voxbone_sdk`` with the XML samples of Voxbone's documentation (the seed).

* Requests: each documented request sample is replayed through ``Client`` and ``AsyncClient`` with the sample's
  own values (sample elements map to keyword arguments through ``voxbone_sdk.OPERATIONS``); the element the SDK
  puts inside ``soapenv:Body`` must equal the sample (namespaces, local names, text and order; prefixes,
  whitespace and comments aside), its UserToken must carry a fresh, well-formed Key and the SHA-1 Hash, and the
  SOAPAction and Content-Type headers must be SOAP 1.1's.
* Responses: each documented response sample, wrapped in a SOAP envelope as the server sends it, must come back
  as the typed result holding exactly the sample's values (lists for arrays, a record otherwise, None for the
  void methods), and the generated readers must agree with xsdata's own parser on every sample.

The seed lives in ``../shared`` (outside the repository); every test here skips when it is absent.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import typing
from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import Enum
from types import NoneType, UnionType
from typing import Any

import httpx
import pytest
import voxbone_sdk
from lxml import etree
from voxbone_sdk import _xml, models
from voxbone_sdk._soap import SOAP_ENV, sha1_token_hash
from xsdata.formats.dataclass.parsers import XmlParser

from tests.conformance.voxbone_samples import METHODS, NS, PROVIDERS, SAMPLES, SEED, VOID_METHODS, XSD, Sample

pytestmark = [
    pytest.mark.anyio,
    pytest.mark.skipif(not SEED.is_file(), reason=f"seed document not available: {SEED}"),
]

PASSWORD = "pa55-w0rd-for-conformance"
KEY_FORMAT = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}:\d{12}")
TOKEN = f"{{{NS}}}UserToken"

REQUESTS = {s.method: s for s in SAMPLES if s.kind == "request"}
RESPONSES = {s.method: s for s in SAMPLES if s.kind == "response"}
# Operations taking an enum argument: their samples are also replayed with models.DidType / models.Protocol members.
ENUM_METHODS = ("GetCountriesList", "GetDIDGroupList", "MapDID")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return request.param


# XML helpers -------------------------------------------------------------------------------------------------

_PLAIN = etree.XMLParser(remove_comments=True, remove_pis=True, resolve_entities=False, no_network=True)


def parse(text: str | bytes) -> Any:
    return etree.fromstring(text.encode("utf-8") if isinstance(text, str) else text, _PLAIN)


def local(element: Any) -> str:
    return etree.QName(element).localname


def children(element: Any) -> list[Any]:
    return [child for child in element if isinstance(child.tag, str)]


def canonical(element: Any, mask_token: bool = True, masked: bool = False) -> tuple[Any, ...]:
    """Namespace + local name, attributes, stripped text and children in order; prefixes and whitespace aside.

    Inside a UserToken the Key and Hash values are replaced by ``*`` (they change with every request).
    """
    kids = children(element)
    text = "".join(part.strip() for part in [element.text or "", *(kid.tail or "" for kid in kids)])
    if masked and local(element) in ("Key", "Hash"):
        text = "*"
    inner = mask_token and element.tag == TOKEN
    return (
        element.tag,
        tuple(sorted(element.attrib.items())),
        text,
        tuple(canonical(k, mask_token, inner) for k in kids),
    )


def envelope(payload: str) -> bytes:
    """A response as an Axis-style SOAP 1.1 server sends it."""
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<soapenv:Envelope xmlns:soapenv="{SOAP_ENV}" xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soapenv:Body>{payload}</soapenv:Body>'
        "</soapenv:Envelope>"
    ).encode()


def sent_payload(request: httpx.Request) -> Any:
    """The one element inside the request's ``soapenv:Body``."""
    root = parse(request.content)
    assert root.tag == f"{{{SOAP_ENV}}}Envelope"
    body = root.find(f"{{{SOAP_ENV}}}Body")
    assert body is not None, request.content
    (payload,) = children(body)
    return payload


def ok_body(method: str) -> bytes:
    sample = RESPONSES.get(method)
    return envelope(sample.text if sample is not None else f'<{method}Response xmlns="{NS}"/>')


# Sample values -> keyword arguments --------------------------------------------------------------------------


def _options(hint: Any) -> list[Any]:
    if typing.get_origin(hint) in (typing.Union, UnionType):
        return [arg for arg in typing.get_args(hint) if arg is not NoneType]
    return [hint]


def value_of(element: Any, hint: Any, enums: str) -> Any:
    """The Python value a caller passes for ``element``, given the parameter's (or field's) annotation."""
    options = _options(hint)
    enum_classes = [option for option in options if isinstance(option, type) and issubclass(option, Enum)]
    if enum_classes:
        (cls,) = enum_classes
        return cls(element.text.strip()) if enums == "members" else element.text.strip()
    (kind,) = options
    origin = typing.get_origin(kind)
    if origin in (list, tuple, Sequence):
        (item,) = [arg for arg in typing.get_args(kind) if arg is not Ellipsis]
        return [value_of(child, item, enums) for child in children(element)]
    if dataclasses.is_dataclass(kind):
        return record_of(element, kind, enums)
    text = element.text.strip()
    if kind is bool:
        return {"true": True, "1": True, "false": False, "0": False}[text]
    if kind is int:
        return int(text)
    if kind is Decimal:
        return Decimal(text)
    assert kind is str, kind
    return text


def record_of(element: Any, cls: type, enums: str) -> Any:
    """A voxbone_sdk.models record built from the child elements of ``element``, by wire name."""
    hints = typing.get_type_hints(cls)
    by_wire = {f.metadata.get("name", f.name): f for f in dataclasses.fields(cls)}
    values = {}
    for child in children(element):
        found = by_wire[local(child)]  # KeyError: the sample has an element the model does not know
        values[found.name] = value_of(child, hints[found.name], enums)
    return cls(**values)


def call_kwargs(sample: Sample, enums: str = "text") -> dict[str, Any]:
    """The keyword arguments that make the SDK send ``sample``: its elements mapped through OPERATIONS."""
    info = voxbone_sdk.OPERATIONS[sample.method]
    hints = typing.get_type_hints(getattr(voxbone_sdk.Client, info.python_name))
    params = {param.wire_name: param for param in info.params}
    kwargs: dict[str, Any] = {}
    for child in children(parse(sample.text)):
        if child.tag == TOKEN:
            continue
        assert child.tag == f"{{{NS}}}{local(child)}", f"{child.tag} is not in the VoxAPI namespace"
        param = params[local(child)]  # KeyError: the sample has an element the SDK takes no argument for
        kwargs[param.python_name] = value_of(child, hints[param.python_name], enums)
    missing = [p.python_name for p in info.params if p.required and p.python_name not in kwargs]
    assert not missing, f"the sample lacks required arguments {missing}"
    return kwargs


def username_of(sample: Sample) -> str:
    return parse(sample.text).find(f"{TOKEN}/{{{NS}}}Username").text.strip()


# The clients -------------------------------------------------------------------------------------------------


class Harness:
    """One client over httpx.MockTransport that records every request and never really sleeps."""

    def __init__(self, mode: str, respond: Callable[[httpx.Request], httpx.Response], **client_kwargs: Any) -> None:
        self.mode = mode
        self.requests: list[httpx.Request] = []
        self.delays: list[float] = []

        def handler(request: httpx.Request) -> httpx.Response:
            request.read()
            self.requests.append(request)
            return respond(request)

        transport = httpx.MockTransport(handler)
        options = {"username": "login", "password": PASSWORD, **client_kwargs}
        if mode == "sync":
            self.http: httpx.Client | httpx.AsyncClient = httpx.Client(transport=transport)
            self.client: Any = voxbone_sdk.Client(http_client=self.http, **options)
            self.client._sleep = self.delays.append
        else:
            self.http = httpx.AsyncClient(transport=transport)
            self.client = voxbone_sdk.AsyncClient(http_client=self.http, **options)

            async def sleep(seconds: float) -> None:
                self.delays.append(seconds)

            self.client._sleep = sleep

    async def call(self, method: str, **kwargs: Any) -> Any:
        result = getattr(self.client, voxbone_sdk.OPERATIONS[method].python_name)(**kwargs)
        return await result if self.mode == "async" else result

    async def close(self) -> None:
        if isinstance(self.http, httpx.Client):
            self.http.close()
        else:
            await self.http.aclose()


def answer(body: bytes, status: int = 200) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, content=body, headers={"Content-Type": "text/xml; charset=utf-8"})


async def replay(mode: str, sample: Sample, enums: str = "text") -> tuple[httpx.Request, Any]:
    harness = Harness(mode, answer(ok_body(sample.method)), username=username_of(sample))
    try:
        result = await harness.call(sample.method, **call_kwargs(sample, enums))
    finally:
        await harness.close()
    (request,) = harness.requests
    return request, result


# Extraction sanity: the parametrized tests below must not pass vacuously -------------------------------------


def test_every_documented_method_has_a_request_sample_and_every_non_void_one_a_response():
    assert tuple(REQUESTS) == METHODS
    assert set(RESPONSES) == set(METHODS) - VOID_METHODS
    assert set(voxbone_sdk.OPERATIONS) == set(METHODS)


# Requests ----------------------------------------------------------------------------------------------------


def _request_cases() -> list[Any]:
    cases = [pytest.param(method, "text", id=f"{method}-text") for method in METHODS]
    for method in ENUM_METHODS:
        cases.append(pytest.param(method, "members", id=f"{method}-enum-members"))
    return cases


@pytest.mark.parametrize(("method", "enums"), _request_cases())
async def test_request_body_is_the_documented_sample(mode, method, enums):
    sample = REQUESTS[method]
    request, _ = await replay(mode, sample, enums)
    payload = sent_payload(request)
    expected = parse(sample.text)
    assert canonical(payload) == canonical(expected)
    # Nothing but the masked Key and Hash differs from the sample, the user name included.
    assert payload[0].tag == TOKEN, "UserToken comes first, as in every sample"
    assert payload.findtext(f"{TOKEN}/{{{NS}}}Username") == username_of(sample)


@pytest.mark.parametrize("method", METHODS)
async def test_request_carries_a_fresh_token_and_the_soap_11_headers(mode, method):
    request, _ = await replay(mode, REQUESTS[method])
    token = sent_payload(request).find(TOKEN)
    key = token.findtext(f"{{{NS}}}Key")
    assert KEY_FORMAT.fullmatch(key), key
    assert token.findtext(f"{{{NS}}}Hash") == hashlib.sha1((PASSWORD + key).encode("utf-8")).hexdigest()
    assert request.method == "POST"
    assert str(request.url) == voxbone_sdk.BASE_URLS["production"]
    assert request.headers["SOAPAction"] == f'"{NS}/{method}"'
    content_type = request.headers["Content-Type"]
    assert content_type.split(";")[0].strip() == "text/xml"
    assert "charset=utf-8" in content_type.replace(" ", "").lower()
    assert PASSWORD not in request.content.decode("utf-8")


@pytest.fixture(scope="module")
def schema() -> Any:
    xmlschema = pytest.importorskip("xmlschema")
    return xmlschema.XMLSchema(str(XSD))


@pytest.mark.parametrize("method", METHODS)
async def test_request_body_validates_against_the_xsd(mode, method, schema):
    request, _ = await replay(mode, REQUESTS[method])
    errors = list(schema.iter_errors(etree.tostring(sent_payload(request)).decode("utf-8")))
    assert not errors, "\n\n".join(str(e) for e in errors)


# Responses ---------------------------------------------------------------------------------------------------


def model_for(element_name: str) -> type:
    """The xsdata model class of a global element, by its XML name."""
    for value in vars(models).values():
        if isinstance(value, type) and dataclasses.is_dataclass(value):
            meta = getattr(value, "Meta", None)
            if getattr(meta, "name", value.__name__) == element_name:
                return value
    raise AssertionError(f"no model for <{element_name}>")


def unwrapped(record: Any) -> Any:
    """What the client returns for a parsed <XResponse>: the items of a lone ArrayOf* (a tuple), else the record."""
    fields = dataclasses.fields(record)
    if len(fields) == 1 and fields[0].metadata.get("wrapper", "").startswith("ArrayOf"):
        return getattr(record, fields[0].name)
    return record


def assert_holds(value: Any, element: Any, path: str) -> None:
    """``value`` (a record or a scalar) holds exactly what ``element`` says, element by element.

    An unwrapped list (xsdata's ``wrapper`` field) holds the items of its wrapper element.
    """
    if dataclasses.is_dataclass(value):
        fields = {f.metadata.get("wrapper") or f.metadata.get("name", f.name): f for f in dataclasses.fields(value)}
        names = [local(child) for child in children(element)]
        assert set(names) <= set(fields), f"{path}: elements {set(names) - set(fields)} were dropped"
        for wire, found in fields.items():
            matches = [child for child in children(element) if child.tag == f"{{{NS}}}{wire}"]
            held = getattr(value, found.name)
            if found.metadata.get("wrapper"):
                assert len(matches) <= 1, f"{path}/{wire}: {len(matches)} wrapper elements"
                matches = [c for m in matches for c in children(m) if c.tag == f"{{{NS}}}{found.metadata['name']}"]
                wire = f"{wire}/{found.metadata['name']}"
            if isinstance(held, tuple):
                assert len(held) == len(matches), f"{path}/{wire}: {len(held)} items for {len(matches)} elements"
                for n, (item, child) in enumerate(zip(held, matches, strict=True)):
                    assert_holds(item, child, f"{path}/{wire}[{n}]")
            elif held is None:
                assert matches == [], f"{path}/{wire} is in the sample but None in the result"
            else:
                assert len(matches) == 1, f"{path}/{wire}: {len(matches)} elements"
                assert_holds(held, matches[0], f"{path}/{wire}")
        return
    text = element.text or ""
    if isinstance(value, bool):
        assert text.strip() in (("true", "1") if value else ("false", "0")), f"{path}: {value!r} != {text!r}"
    elif isinstance(value, Enum):
        assert value.value == text.strip(), f"{path}: {value!r} != {text!r}"
    elif isinstance(value, int):
        assert value == int(text), f"{path}: {value!r} != {text!r}"
    elif isinstance(value, Decimal):
        assert value == Decimal(text.strip()), f"{path}: {value!r} != {text!r}"
    else:
        assert isinstance(value, str), f"{path}: unexpected {type(value).__name__}"
        assert value == text, f"{path}: {value!r} != {text!r}"


def assert_result_holds_the_sample(result: Any, sample: Sample) -> None:
    root = parse(sample.text)
    if isinstance(result, tuple):
        (array,) = children(root)
        items = children(array)
        assert len(result) == len(items), f"{len(result)} results for {len(items)} documented items"
        for n, (item, element) in enumerate(zip(result, items, strict=True)):
            assert_holds(item, element, f"{sample.name}/{local(array)}[{n}]")
    else:
        assert_holds(result, root, sample.name)


SPOT_CHECKS: dict[str, Callable[[Any], None]] = {}


def spot(method: str) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
    def register(check: Callable[[Any], None]) -> Callable[[Any], None]:
        SPOT_CHECKS[method] = check
        return check

    return register


@spot("GetCountriesList")
def _countries(result: tuple[models.Country]) -> None:
    assert [c.code_a2 for c in result] == ["AR", "AU", "BE", "BR", "BG", "CA"]
    assert result[2] == models.Country(
        country_id=21, country_name="BELGIUM", code_a2="BE", country_code=32, has_states=False
    )


@spot("GetStatesList")
def _states(result: tuple[models.State]) -> None:
    assert len(result) == 5
    assert result[2] == models.State(state_id=3, state_name="Arizona", code_a2="AZ")


@spot("GetDIDGroupList")
def _groups(result: tuple[models.DidGroup]) -> None:
    assert [g.did_group_id for g in result] == [5167, 297, 4879]
    first = result[0]
    assert (first.did_group_id, first.city_name, first.stock, first.setup100) == (5167, "NOGALES", 98, 700)
    assert first == models.DidGroup(
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


@spot("PlaceDIDsOrder")
def _order(result: models.PlaceDidsOrderResponse) -> None:
    assert result.order_reference == "987DS24238"
    assert result.status == models.KnownOrderStatus.FULFILLED
    (did,) = result.dids  # the ArrayOfDIDs wrapper is unwrapped, as in get_dids_info
    assert (did.dids_id, did.did, did.e164, did.trunk_id) == (88210, "8080354", "3228080354", -1)
    assert did.type is models.DidType.GEOGRAPHIC
    assert did.mapping == "no forwarding"


@spot("GetPurchaseInfoData")
def _purchase_info_data(result: tuple[models.PurchaseInfoData]) -> None:
    assert [d.city_name for d in result] == [
        "Königs Wusterhausen, Stadt",
        "Schwanebeck",
        "Schöneiche b. Berlin",
        "Hönow",
    ]
    assert result[0].zip == ("15701", "15702", "15703", "15706", "15707", "15711")


@spot("IsPurchaseInfoValid")
def _valid(result: models.IsPurchaseInfoValidResponse) -> None:
    assert result.status == models.KnownPurchaseInfoStatus.VALID


@spot("CancelDID")
def _cancel(result: models.CancelDidResponse) -> None:
    assert result.canceled is True


@spot("GetDIDsInfo")
def _dids(result: tuple[models.Did]) -> None:
    (did,) = result
    assert (did.dids_id, did.e164, did.mapping, did.delivery) == (88211, "3228080355", "sip:test@myuri.com", "BE")


@spot("GetTrunkList")
def _trunks(result: tuple[models.Trunk, ...]) -> None:
    assert result == (
        models.Trunk(trunk_id=5, zone="A", dids_on_trunk=138, maximum_capacity=30),
        models.Trunk(trunk_id=8, zone="B", dids_on_trunk=51, maximum_capacity=30),
    )


@spot("GetPOPList")
def _pops(result: tuple[models.Pop, ...]) -> None:
    assert [(p.delivery_id, p.name) for p in result] == [(7, "BE"), (9, "US")]
    assert result[1].ips == ("81.201.84.21", "81.201.84.22", "81.201.84.23", "81.201.84.24")


@spot("GetTollfreeCreditPackageList")
def _packages(result: tuple[models.CreditPackage, ...]) -> None:
    assert result == (models.CreditPackage(tollfree_credit_package_id=1, name="voxCredit100", price100=10000),)


@spot("PurchaseTollfreeCredit")
def _credit(result: models.PurchaseTollfreeCreditResponse) -> None:
    assert (result.order_reference, result.order_status) == ("987PC24321", models.KnownOrderStatus.FULFILLED)


@spot("GetOrderStatus")
def _status(result: models.GetOrderStatusResponse) -> None:
    assert (result.order_reference, result.status) == ("987DS24316", models.KnownOrderStatus.FULFILLED)


@spot("GetAccountBalance")
def _balance(result: models.GetAccountBalanceResponse) -> None:
    assert result == models.GetAccountBalanceResponse(
        balance=Decimal("9999628.53"), threshold=Decimal("10000.0"), currency="EUR", is_active=True
    )
    assert str(result.balance) == "9999628.53"


def test_every_response_sample_has_a_spot_check():
    assert set(SPOT_CHECKS) == set(RESPONSES)


@pytest.mark.parametrize("method", [m for m in METHODS if m not in VOID_METHODS])
async def test_response_sample_becomes_the_typed_result(mode, method):
    sample = RESPONSES[method]
    _, result = await replay(mode, REQUESTS[method])
    shape = unwrapped(XmlParser().from_bytes(sample.text.encode("utf-8"), model_for(sample.name)))
    if isinstance(shape, tuple):
        assert type(result) is tuple, f"{method} returns {type(result).__name__}, not a tuple of records"
        assert all(type(item) is type(shape[0]) for item in result)
    else:
        assert type(result) is model_for(sample.name)
    assert_result_holds_the_sample(result, sample)
    SPOT_CHECKS[method](result)


@pytest.mark.parametrize("method", sorted(VOID_METHODS))
async def test_void_method_returns_none(mode, method):
    _, result = await replay(mode, REQUESTS[method])
    assert result is None


@pytest.mark.parametrize("method", [m for m in METHODS if m not in VOID_METHODS])
def test_generated_reader_agrees_with_xsdata(method):
    sample = RESPONSES[method]
    info = voxbone_sdk.OPERATIONS[method]
    reference = XmlParser().from_bytes(sample.text.encode("utf-8"), model_for(sample.name))
    reader = getattr(_xml, f"read_{info.python_name}_response")
    assert reader(parse(sample.text), sample.name) == reference


@pytest.mark.parametrize("method", [m for m in METHODS if m not in VOID_METHODS])
def test_response_parser_agrees_with_xsdata(method):
    """The whole pure parser (envelope, status, unwrapping) against xsdata's reading of the bare sample."""
    sample = RESPONSES[method]
    info = voxbone_sdk.OPERATIONS[method]
    reference = XmlParser().from_bytes(sample.text.encode("utf-8"), model_for(sample.name))
    body = envelope(sample.text)
    parser = getattr(voxbone_sdk._operations, f"parse_{info.python_name}")
    assert parser(httpx.Response(200, content=body), body) == unwrapped(reference)


# PROVIDERS.md ------------------------------------------------------------------------------------------------


def test_token_hash_matches_the_documented_test_vector():
    if not PROVIDERS.is_file():
        pytest.skip(f"not available: {PROVIDERS}")
    text = PROVIDERS.read_text(encoding="utf-8")
    found = re.search(r"password `([^`]+)`, Key `([^`]+)` → SHA-1\(password\+key\) =\s*`([0-9a-f]{40})`", text)
    assert found is not None, "the Voxbone test vector moved in PROVIDERS.md"
    password, key, digest = found.groups()
    assert KEY_FORMAT.fullmatch(key)
    assert sha1_token_hash(password, key) == digest
