"""Conformance of the hand-written Voxbone VoxAPI WSDL/XSD with the provider's documentation.

Every XML request and response sample in the seed document (Voxbone's prose docs) is cut out,
repaired where the documentation itself is broken (see ``EXPECTED_REPAIRS``), and validated
against ``specs/voxbone/voxapi.xsd``. The WSDL is loaded with zeep, offline, and must expose
exactly the 18 documented operations.

The seed lives outside the repository (``../shared/seeds`` relative to the repo root); the
sample-driven tests skip when it is absent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest

xmlschema = pytest.importorskip("xmlschema")
zeep = pytest.importorskip("zeep")
from lxml import etree  # noqa: E402  (zeep depends on lxml)
from zeep.transports import Transport  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[2]
SEED = REPO_ROOT.parent / "shared" / "seeds" / "000_2f1521f95bf60a2e.txt"
XSD = REPO_ROOT / "specs" / "voxbone" / "voxapi.xsd"
WSDL = REPO_ROOT / "specs" / "voxbone" / "voxapi.wsdl"

NS = "http://www.voxbone.com/VoxAPI"
ENDPOINT = "https://www.voxbone.com/VoxAPI/services/VoxAPI"

METHODS = (
    "GetCountriesList",
    "GetStatesList",
    "GetDIDGroupList",
    "PlaceDIDsOrder",
    "GetPurchaseInfoData",
    "IsPurchaseInfoValid",
    "CancelDID",
    "MapDID",
    "GetDIDsInfo",
    "GetTrunkList",
    "PlaceDIDsOnTrunk",
    "RemoveDIDsFromTrunk",
    "GetPOPList",
    "UpdateDelivery",
    "GetTollfreeCreditPackageList",
    "PurchaseTollfreeCredit",
    "GetOrderStatus",
    "GetAccountBalance",
)
# Methods documented as "No Response ( void )": no response sample, an empty <Method>Response.
VOID_METHODS = frozenset({"MapDID", "PlaceDIDsOnTrunk", "RemoveDIDsFromTrunk", "UpdateDelivery"})


# --------------------------------------------------------------------------------------------
# Repairs. The seed's samples are hand-edited docs, and some are not well-formed or not valid
# as printed. Each repair is narrow, and the test asserts it applies to exactly the samples
# listed here: a new defect in the seed fails loudly instead of being fixed or skipped silently.
# --------------------------------------------------------------------------------------------

_ELISION_LINE = re.compile(r"^[ \t]*\.{3,}[ \t]*\r?\n", re.MULTILINE)
_STRAY_SEMICOLON = re.compile(r"^[ \t]*;(?=[ \t]*<)", re.MULTILINE)


def _drop_elisions(name: str, text: str) -> str:
    """Lines holding only '...' / '.....' stand for "more items like the above"."""
    return _ELISION_LINE.sub("", text)


def _drop_stray_semicolon(name: str, text: str) -> str:
    """A ';' typo before a tag would be character data in element-only content."""
    return _STRAY_SEMICOLON.sub("", text)


def _declare_vox_prefix(name: str, text: str) -> str:
    """A request whose root uses the vox: prefix without declaring it (not namespace-well-formed)."""
    root = re.match(r"<vox:(\w+)>", text)
    if root is None:
        return text
    return text.replace(root.group(0), f'<vox:{root.group(1)} xmlns:vox="{NS}">', 1)


def _close_unclosed_array(name: str, text: str) -> str:
    """An '<ArrayOfX>' typed where '</ArrayOfX>' was meant, right before the wrapper's end tag."""
    return re.sub(r"<(ArrayOf\w+)>(\s*</\w+Response>\s*)$", r"</\1>\2", text)


REPAIRS = {
    "elision": _drop_elisions,
    "stray_semicolon": _drop_stray_semicolon,
    "undeclared_vox_prefix": _declare_vox_prefix,
    "unclosed_array": _close_unclosed_array,
}

EXPECTED_REPAIRS: dict[str, set[str]] = {
    # "....." / "..." lines eliding further list items.
    "elision": {
        "GetCountriesListResponse",
        "GetStatesListResponse",
        "GetDIDGroupListResponse",
        "GetPurchaseInfoDataResponse",
        "GetPOPListResponse",
    },
    # ";<!--Optional:-->" just before <vox:Filter>.
    "stray_semicolon": {"GetDIDsInfo"},
    # "<vox:MapDID>" has no xmlns:vox declaration (every other request has one).
    "undeclared_vox_prefix": {"MapDID"},
    # GetStatesListResponse ends with "<ArrayOfStates>" instead of "</ArrayOfStates>".
    "unclosed_array": {"GetStatesListResponse"},
}


@dataclass
class Sample:
    name: str  # root element local name: the method (request) or <Method>Response
    kind: str  # "request" or "response"
    method: str
    raw: str
    text: str = ""
    repairs: list[str] = field(default_factory=list)


def _seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"seed document not available: {SEED}")
    return SEED.read_text(encoding="utf-8")


def extract_samples(seed: str) -> tuple[list[Sample], str]:
    """Cut every top-level sample out of the prose.

    A sample starts at ``<vox:<Method>`` (request) or ``<<Method>Response`` (response) for one of
    the documented methods and ends at the first matching end tag. Returns the samples and the
    seed with them removed, so callers can check no XML was left behind.
    """
    names = "|".join(METHODS)
    start = re.compile(rf"<(?P<qname>(?:vox:(?P<req>{names}))|(?P<resp>(?:{names})Response))(?=[\s>/])")
    samples: list[Sample] = []
    leftover: list[str] = []
    pos = 0
    while True:
        m = start.search(seed, pos)
        if m is None:
            leftover.append(seed[pos:])
            break
        qname = m.group("qname")
        end_tag = f"</{qname}>"
        end = seed.find(end_tag, m.end())
        assert end != -1, f"no {end_tag} after offset {m.start()}"
        end += len(end_tag)
        raw = seed[m.start() : end]
        if m.group("req"):
            samples.append(Sample(m.group("req"), "request", m.group("req"), raw))
        else:
            resp = m.group("resp")
            samples.append(Sample(resp, "response", resp[: -len("Response")], raw))
        leftover.append(seed[pos : m.start()])
        pos = end
    return samples, "".join(leftover)


def repair(sample: Sample) -> Sample:
    text = sample.raw
    for key, fix in REPAIRS.items():
        fixed = fix(sample.name, text)
        if fixed != text:
            sample.repairs.append(key)
            text = fixed
    sample.text = text
    return sample


def _load_samples() -> list[Sample]:
    if not SEED.is_file():
        return []
    samples, _ = extract_samples(SEED.read_text(encoding="utf-8"))
    return [repair(s) for s in samples]


SAMPLES = _load_samples()


@pytest.fixture(scope="module")
def schema():
    return xmlschema.XMLSchema(str(XSD))


class _OfflineTransport(Transport):
    """A zeep transport that fails the test on any attempt to fetch a remote document."""

    def _load_remote_data(self, url):  # pragma: no cover - only reached on a regression
        raise AssertionError(f"zeep tried to fetch {url!r}; the WSDL must load offline")


@pytest.fixture(scope="module")
def client():
    return zeep.Client(wsdl=str(WSDL), transport=_OfflineTransport())


# --------------------------------------------------------------------------------------------
# Extraction sanity (the validation tests must not pass vacuously)
# --------------------------------------------------------------------------------------------


def test_seed_lists_the_18_methods():
    seed = _seed_text()
    listed = re.findall(r"^\d+\. (\w+)$", seed.split("1. GetCountriesList [up]")[0], re.MULTILINE)
    assert tuple(listed) == METHODS


def test_extraction_is_complete():
    seed = _seed_text()
    samples, leftover = extract_samples(seed)
    requests = [s.method for s in samples if s.kind == "request"]
    responses = [s.method for s in samples if s.kind == "response"]
    assert requests == list(METHODS), "one request sample per method, in the documented order"
    assert responses == [m for m in METHODS if m not in VOID_METHODS]
    assert len(samples) == 18 + 14
    # Nothing that looks like an XML tag may be left outside the extracted samples.
    assert re.findall(r"</?[A-Za-z][\w:]*[\s>/]", leftover) == []
    # The void methods are exactly those the seed documents as returning nothing.
    sections = re.split(r"^\d+\. (\w+) \[up\]$", seed, flags=re.MULTILINE)[1:]
    by_method = dict(zip(sections[0::2], sections[1::2], strict=True))
    assert tuple(by_method) == METHODS
    voids = {m for m, body in by_method.items() if "No Response ( void )" in body}
    assert voids == VOID_METHODS
    assert seed.count("No Response ( void )") == len(VOID_METHODS)


def test_repairs_apply_exactly_where_documented():
    _seed_text()  # skips when the seed is absent
    assert len(SAMPLES) == 32, "samples extracted at import time"
    applied: dict[str, set[str]] = {key: set() for key in REPAIRS}
    for s in SAMPLES:
        for key in s.repairs:
            applied[key].add(s.name)
    assert applied == EXPECTED_REPAIRS


@pytest.mark.parametrize("sample", SAMPLES, ids=[f"{s.kind}-{s.name}" for s in SAMPLES])
def test_sample_validates(schema, sample: Sample):
    errors = list(schema.iter_errors(sample.text))
    assert not errors, "\n\n".join(str(e) for e in errors)


@pytest.mark.parametrize("method", sorted(VOID_METHODS))
def test_void_response_is_empty(schema, method):
    schema.validate(f'<{method}Response xmlns="{NS}"/>')
    assert not schema.is_valid(f'<{method}Response xmlns="{NS}"><Status>x</Status></{method}Response>')


def test_schema_rejects_what_it_should(schema):
    """Spot checks that the types are tight where the docs are (enums, ints, order)."""
    token = "<vox:UserToken><vox:Username>u</vox:Username><vox:Key>k</vox:Key><vox:Hash>h</vox:Hash></vox:UserToken>"
    ok = f'<vox:GetCountriesList xmlns:vox="{NS}">{token}<vox:Type>TOLLFREE</vox:Type></vox:GetCountriesList>'
    bad_enum = ok.replace("TOLLFREE", "MOBILE")
    no_token = f'<vox:GetCountriesList xmlns:vox="{NS}"><vox:Type>TOLLFREE</vox:Type></vox:GetCountriesList>'
    assert schema.is_valid(ok)
    assert not schema.is_valid(bad_enum)
    assert not schema.is_valid(no_token)
    map_ok = (
        f'<vox:MapDID xmlns:vox="{NS}">{token}<vox:ArrayOfDIDsIDs><vox:DIDsID>1</vox:DIDsID></vox:ArrayOfDIDsIDs>'
        "<vox:Protocol>IAX</vox:Protocol><vox:URI>a@b</vox:URI></vox:MapDID>"
    )
    assert schema.is_valid(map_ok)
    assert not schema.is_valid(map_ok.replace("IAX", "H323"))
    assert not schema.is_valid(map_ok.replace("<vox:DIDsID>1</vox:DIDsID>", ""))  # 1 or more
    assert not schema.is_valid(map_ok.replace("<vox:DIDsID>1<", "<vox:DIDsID>x<"))
    balance = (
        f'<GetAccountBalanceResponse xmlns="{NS}"><Balance>1.5</Balance><Threshold>0</Threshold>'
        "<Currency>EUR</Currency><IsActive>1</IsActive></GetAccountBalanceResponse>"
    )
    assert schema.is_valid(balance)
    assert not schema.is_valid(balance.replace("<Balance>1.5", "<Balance>lots"))
    # Element order is enforced (xsd:sequence).
    swapped = balance.replace(
        "<Threshold>0</Threshold><Currency>EUR</Currency>", "<Currency>EUR</Currency><Threshold>0</Threshold>"
    )
    assert not schema.is_valid(swapped)


# --------------------------------------------------------------------------------------------
# WSDL
# --------------------------------------------------------------------------------------------


def _only_port(client):
    services = list(client.wsdl.services.values())
    assert len(services) == 1
    ports = list(services[0].ports.values())
    assert len(ports) == 1
    return ports[0]


def test_wsdl_has_exactly_the_18_operations(client):
    port = _only_port(client)
    assert set(port.binding._operations) == set(METHODS)
    assert len(port.binding._operations) == 18
    assert port.binding_options["address"] == ENDPOINT


def test_wsdl_operations_are_document_literal_with_fault(client):
    port = _only_port(client)
    for name, op in port.binding._operations.items():
        assert op.soapaction == f"{NS}/{name}"
        assert op.style == "document"
        assert set(op.faults) == {"VoxAPIFault"}
        assert op.input.body.qname == etree.QName(NS, name)
        assert op.output.body.qname == etree.QName(NS, f"{name}Response")


def test_zeep_parses_response_samples(client):
    """zeep reads every response sample with the types the XSD declares."""
    parsed = {}
    for s in SAMPLES:
        if s.kind != "response":
            continue
        element = client.get_element(f"{{{NS}}}{s.name}")
        parsed[s.name] = element.parse(etree.fromstring(s.text.encode("utf-8")), client.wsdl.types)
    if not parsed:
        pytest.skip("seed not available")
    balance = parsed["GetAccountBalanceResponse"]
    assert balance.Balance == Decimal("9999628.53")
    assert balance.Threshold == Decimal("10000.0")
    assert balance.IsActive is True
    did = parsed["PlaceDIDsOrderResponse"].ArrayOfDIDs.DID[0]
    assert did.TrunkID == -1 and did.DIDsID == 88210 and did.E164 == "3228080354"
    assert parsed["GetCountriesListResponse"].ArrayOfCountries.Country[0].HasStates is False
    assert parsed["GetDIDGroupListResponse"].ArrayOfDIDGroups.DIDGroup[0].Setup100 == 700
    assert len(parsed["GetPOPListResponse"].ArrayOfPOPs.POP[1].ArrayOfIPs.IP) == 4
