"""VoIP.ms over SOAP against the provider's own WSDL (``../shared/refs/voipms/server.wsdl``).

The spec's ``provider.soap`` and each parameter's ``soap`` key must say what the WSDL says (endpoint,
binding style, namespaces, element names, order and XSD types); every request the SDK builds over SOAP
is checked element by element against the WSDL's input types (xmlschema validates each value against
its declared XSD type), and compared with the envelope zeep builds from the same WSDL for the same
arguments (element names, order and values; zeep writes no ``xsi:type`` for this rpc/encoded binding,
so those are checked against the WSDL's types instead). Every documented answer, encoded as PHP's
SoapServer would, decodes to the same record as the JSON answer. All skip without ``../shared``.
"""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from functools import cache
from typing import Any

import httpx
import pytest

from tests.conformance import voipms_refs as refs
from tests.conformance.test_voipms_spec import UNREADABLE_SAMPLES, _sample
from tests.functional.cases import example_calls
from tests.functional.soap_rpc import map_envelope

etree = pytest.importorskip("lxml.etree")

WSDL_NS = {
    "w": "http://schemas.xmlsoap.org/wsdl/",
    "soap": "http://schemas.xmlsoap.org/wsdl/soap/",
    "xsd": "http://www.w3.org/2001/XMLSchema",
}
SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"
SEED_ONLY = frozenset({"getSequences", "setSequences", "delSequences", "getInvoice"})
#: What the issue asks zeep to agree on at least (the methods most clients call).
MOST_USED = (
    "getBalance", "getDIDsInfo", "getSubAccounts", "getCDR", "getSMS", "sendSMS", "getMMS", "sendMMS",
    "setDIDInfo", "setDIDRouting", "orderDID", "cancelDID", "getDIDsCAN", "getDIDsUSA", "getRateCentersUSA",
    "getRegistrationStatus", "createSubAccount", "setSubAccount", "getVoicemails", "getVoicemailMessages",
    "sendFaxMessage", "getFaxMessages", "getForwardings", "setForwarding", "e911Provision", "getResellerMMS",
)  # fmt: skip


@pytest.fixture(scope="module")
def wsdl_tree() -> Any:
    return etree.parse(str(refs.need(refs.WSDL)))


@pytest.fixture(scope="module")
def input_types(wsdl_tree) -> dict[str, list[tuple[str, str]]]:
    """Each bound operation's input type: (element, XSD type) in order, credentials included."""
    types = {
        ct.get("name"): [(e.get("name"), e.get("type")) for e in ct.iterfind(".//xsd:element", WSDL_NS)]
        for ct in wsdl_tree.iterfind(".//xsd:complexType", WSDL_NS)
    }
    _, bound = refs.wsdl_operations()
    return {name: types[f"{name}Input"] for name in bound}


@pytest.fixture(scope="module")
def spec():
    return refs.spec()


@pytest.fixture(scope="module")
def sdk():
    return pytest.importorskip("voipms_sdk")


# The binding --------------------------------------------------------------------------------------


def test_the_spec_binding_is_the_wsdls(wsdl_tree, spec):
    binding = spec.provider.rpc
    address = wsdl_tree.find("w:service/w:port/soap:address", WSDL_NS).get("location")
    assert spec.provider.base_urls[0][1] + binding.path == address == "https://voip.ms/api/v1/server.php"
    assert wsdl_tree.find("w:binding/soap:binding", WSDL_NS).get("style") == "rpc"
    bodies = wsdl_tree.findall("w:binding/w:operation/w:input/soap:body", WSDL_NS)
    assert {(b.get("use"), b.get("namespace"), b.get("encodingStyle")) for b in bodies} == {
        ("encoded", binding.namespace, "http://schemas.xmlsoap.org/soap/encoding/")
    }
    actions = {a.get("soapAction") for a in wsdl_tree.iterfind("w:binding/w:operation/soap:operation", WSDL_NS)}
    assert actions == {binding.soap_action}
    assert wsdl_tree.getroot().nsmap["xsd1"] == binding.types_namespace
    parts = {
        p.get("name")
        for p in wsdl_tree.iterfind("w:message[@name]/w:part", WSDL_NS)
        if "Request" in p.getparent().get("name")
    }
    assert parts == {binding.part}
    outputs = {p.get("type") for p in wsdl_tree.iterfind("w:message[@name='arrayResponse']/w:part", WSDL_NS)}
    assert outputs == {"soapenc:Array"}


def test_the_soap_operations_are_exactly_the_bound_ones(spec):
    _, bound = refs.wsdl_operations()
    assert {op.wire_name for op in spec.operations if op.rpc} == set(bound)
    rest_only = {op.wire_name for op in spec.operations if not op.rpc}
    assert rest_only == {"getLocations", "setLocation", "delLocation", *SEED_ONLY}


def test_every_element_is_the_wsdls_in_its_order_and_type(spec, input_types):
    problems = []
    credentials = [c.wire_name for c in spec.provider.credentials]
    for op in spec.operations:
        if not op.rpc:
            continue
        wsdl = input_types[op.wire_name]
        if [name for name, _ in wsdl[:2]] != credentials:
            problems.append(f"{op.wire_name}: credentials are not the first elements")
        want = [(name, xsd.split(":")[1]) for name, xsd in wsdl[2:]]
        got = [(p.rpc.name, p.rpc.xsd_type) for p in op.params if p.rpc is not None]
        if got != want:
            problems.append(f"{op.wire_name}: spec {got} != WSDL {want}")
    refs.fail_with(problems, "operations whose SOAP elements differ from the WSDL's")


def test_renamed_elements_are_the_ones_the_notes_record(spec):
    renamed = {
        (op.wire_name, p.wire_name, p.rpc.name)
        for op in spec.operations
        for p in op.params
        if p.rpc is not None and p.rpc.name != p.wire_name
    }
    assert renamed == {
        ("e911Provision", "zip_code", "zip"),
        ("e911ProvisionManually", "zip_code", "zip"),
        ("e911Update", "zip_code", "zip"),
        ("e911Validate", "zip_code", "zip"),
        ("getResellerMMS", "sms", "mms"),
    }


# Requests -----------------------------------------------------------------------------------------


def full_calls(sdk) -> dict[str, dict[str, Any]]:
    """Arguments for every SOAP operation: the documented example, plus every other SOAP parameter the
    checks accept (so each element of the input type is exercised)."""
    from voipms_sdk import _operations

    calls = example_calls("voipms_sdk")
    extra = _extra_values()
    out = {}
    for wire, call in _operations.RPC_CALLS.items():
        python = sdk.OPERATIONS[wire].python_name
        params = {p.wire_name: p for p in sdk.OPERATIONS[wire].params}
        rest_only = {name for _, name in call.rest_only}
        args = {k: v for k, v in calls[python].items() if k not in rest_only}
        for rest_name, _, xsd_type in call.elements:
            name = params[rest_name].python_name
            if name not in args:
                trial = {**args, name: extra(wire, name, xsd_type)}
                if _valid(sdk, python, trial):
                    args = trial
        out[wire] = args
    return out


def _extra_values():
    from voipms_sdk import _operations, models

    def value(wire: str, name: str, xsd_type: str) -> Any:
        op = next(op for op in refs.spec().operations if op.wire_name == wire)
        param = next(p for p in op.params if p.python_name == name)
        kind = param.type.name
        values = getattr(models, f"{_constant(kind)}_VALUES", None)
        if values:
            return sorted(values)[0]
        if kind == "boolean":
            return False
        if kind == "integer":
            low = param.constraints.minimum
            return int(low) if low is not None else 7
        if kind == "decimal":
            return Decimal("2.25")
        if kind == "date":
            return datetime.date(2024, 2, 29)
        if param.constraints.pattern or xsd_type == "integer":
            return "5551230000"  # digits: the four text parameters the WSDL types xsd:integer
        return "text & <more>"

    assert _operations.RPC_CALLS
    return value


def _constant(type_name: str) -> str:
    from generator.naming import constant_name

    return constant_name(type_name)


def _valid(sdk, method: str, arguments: dict[str, Any]) -> bool:
    from voipms_sdk import _operations

    try:
        getattr(_operations, f"build_{method}")(**arguments)
    except sdk.ValidationError:
        return False
    return True


@cache
def envelopes() -> dict[str, tuple[dict[str, Any], bytes]]:
    """The SOAP request of every bound operation with ``full_calls`` arguments, as the SDK sends it."""
    sdk = pytest.importorskip("voipms_sdk")
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        body = map_envelope(request.content.split(b"<ns1:", 1)[1].split(b">", 1)[0].decode(), {"status": "success"})
        return httpx.Response(200, content=body)

    out = {}
    http = httpx.Client(transport=httpx.MockTransport(record))
    with sdk.Client(api_username="user@example.com", api_password="p&ss<w>", protocol="soap", http_client=http) as c:
        for wire, args in sorted(full_calls(sdk).items()):
            getattr(c, sdk.OPERATIONS[wire].python_name)(**args)
            out[wire] = (args, sent[-1].content)
    http.close()
    return out


def _params_element(envelope: bytes) -> Any:
    root = etree.fromstring(envelope)
    assert root.tag == f"{{{SOAP_ENV}}}Envelope"
    (call,) = root.find(f"{{{SOAP_ENV}}}Body")
    (params,) = call
    return call, params


def test_every_request_is_the_wsdls_input_type(input_types):
    xmlschema = pytest.importorskip("xmlschema")
    types_of = xmlschema.XMLSchema('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>').maps.types
    problems = []
    covered = 0
    for wire, (_, envelope) in sorted(envelopes().items()):
        call, params = _params_element(envelope)
        declared = input_types[wire]
        if call.tag != f"{{urn:VoIPmsService}}{wire}" or params.tag != "params":
            problems.append(f"{wire}: wrapper {call.tag}/{params.tag}")
        if params.get(XSI_TYPE) != f"xsd1:{wire}Input":
            problems.append(f"{wire}: params xsi:type {params.get(XSI_TYPE)}")
        order = [name for name, _ in declared]
        sent = [child.tag for child in params]
        if sent != [name for name in order if name in sent] or sent[:2] != ["api_username", "api_password"]:
            problems.append(f"{wire}: elements {sent} are not in the WSDL's order {order}")
        types = dict(declared)
        for child in params:
            xsd = types.get(child.tag)
            if xsd is None:
                problems.append(f"{wire}.{child.tag}: no such element in {wire}Input")
            elif child.get(XSI_TYPE) != xsd:
                problems.append(f"{wire}.{child.tag}: xsi:type {child.get(XSI_TYPE)} but the WSDL says {xsd}")
            elif not types_of["{http://www.w3.org/2001/XMLSchema}" + xsd.split(":")[1]].is_valid(child.text or ""):
                problems.append(f"{wire}.{child.tag}: {child.text!r} is not a valid {xsd}")
        covered += len(params) - 2
    refs.fail_with(problems, "requests that are not what the WSDL declares")
    assert len(envelopes()) == 219 and covered > 900


@pytest.fixture(scope="module")
def zeep_client():
    zeep = pytest.importorskip("zeep")
    from zeep.transports import Transport

    # zeep resolves soapenc:Array by fetching the SOAP encoding schema: a stub of the one type, offline.
    stub = (
        b'<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        b'targetNamespace="http://schemas.xmlsoap.org/soap/encoding/"><xsd:complexType name="Array">'
        b'<xsd:sequence><xsd:any minOccurs="0" maxOccurs="unbounded" processContents="lax"/></xsd:sequence>'
        b'<xsd:anyAttribute processContents="lax"/></xsd:complexType></xsd:schema>'
    )

    class Offline(Transport):
        def load(self, url: str) -> bytes:
            if url.startswith("http://schemas.xmlsoap.org/soap/encoding"):
                return stub
            if "://" in url:
                raise AssertionError(f"zeep tried to fetch {url!r}")
            return super().load(url)

    return zeep.Client(str(refs.need(refs.WSDL)), transport=Offline())


def _zeep_envelope(zeep_client, wire: str, params: Any) -> Any:
    """zeep's envelope for the values our request carries (typed as zeep expects them)."""
    zeep = pytest.importorskip("zeep")
    input_type = zeep_client.get_type(f"{{https://voip.ms/api/schema}}{wire}Input")
    values: dict[str, Any] = {name: zeep.xsd.SkipValue for name, _ in input_type.elements}
    for child in params:
        xsd = child.get(XSI_TYPE)
        text = child.text or ""
        values[child.tag] = {
            "xsd:integer": int,
            "xsd:decimal": Decimal,
            "xsd:boolean": lambda t: t == "true",
        }.get(xsd, str)(text)
    return zeep_client.create_message(zeep_client.service, wire, params=values)


def _canonical(element: Any) -> list[tuple[str, str]]:
    """(local name, text) of every element below ``params``, in document order."""
    return [
        (etree.QName(child).localname, (child.text or "").strip()) for child in element.iter() if child is not element
    ]


@pytest.mark.parametrize("wire", MOST_USED)
def test_zeep_builds_the_same_request_for_the_most_used_operations(zeep_client, wire):
    _, envelope = envelopes()[wire]
    _, params = _params_element(envelope)
    theirs = _zeep_envelope(zeep_client, wire, params)
    their_call = theirs.find(f"{{{SOAP_ENV}}}Body")[0]
    assert etree.QName(their_call).namespace == "urn:VoIPmsService" and etree.QName(their_call).localname == wire
    (their_params,) = their_call
    assert their_params.tag == "params"
    assert _canonical(params) == _canonical(their_params)


def test_zeep_builds_the_same_request_for_every_operation(zeep_client):
    problems = []
    for wire, (_, envelope) in sorted(envelopes().items()):
        _, params = _params_element(envelope)
        (their_params,) = _zeep_envelope(zeep_client, wire, params).find(f"{{{SOAP_ENV}}}Body")[0]
        if _canonical(params) != _canonical(their_params):
            problems.append(f"{wire}: ours {_canonical(params)} != zeep's {_canonical(their_params)}")
    refs.fail_with(problems, "requests zeep builds differently")


# Answers ------------------------------------------------------------------------------------------


def test_every_documented_answer_decodes_over_soap_as_over_json(sdk):
    from voipms_sdk import _operations

    problems = []
    compared = 0
    for name, shape in sorted(refs.responses()["methods"].items()):
        if name in UNREADABLE_SAMPLES or not sdk.OPERATIONS[name].rpc:
            continue
        data = _sample(shape)
        python = sdk.OPERATIONS[name].python_name
        body = json.dumps(data).encode()
        rest = getattr(_operations, f"parse_{python}")(httpx.Response(200, content=body), body)
        soap_body = map_envelope(name, data)
        soap = getattr(_operations, f"parse_soap_{python}")(httpx.Response(200, content=soap_body), soap_body)
        if soap != rest:
            problems.append(f"{name}: {soap!r} != {rest!r}")
        compared += 1
    refs.fail_with(problems, "answers that decode differently over SOAP")
    assert compared > 140
