"""Load a SOAP carrier: its YAML sidecar, its WSDL (operations) and its XSD (through xsdata) into the IR.

The WSDL and XSD are the spec; the sidecar only says what they cannot (base URLs, credentials,
which methods mutate, how faults map to error codes).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

from lxml import etree

from generator import naming
from generator.ir import (
    ApiSpec,
    Constraints,
    Diagnostic,
    EnumStyle,
    EnumType,
    Field,
    Model,
    Operation,
    Provider,
    TypeRef,
)
from generator.load.common import (
    DEFAULT_SDK_VERSION,
    credential,
    digests,
    duplicate_provider,
    error_row,
    family,
    read_fake_state,
)
from generator.load.locations import Located
from generator.load.schema import check_schema
from generator.load.soap_locations import XmlText, soap_source_map
from generator.load.wsdl import OperationElements, SoapSources, read_soap_sources
from generator.load.xml_source import SpecFolder, XmlDocument
from generator.load.xsdata_bridge import XsdataError, XsdataRun, run_xsdata
from generator.load.yaml_source import YamlDocument, read_yaml
from generator.timing import Timings

SIDECAR_SCHEMA = Path(__file__).resolve().parents[2] / "specs" / "schema" / "soap-sidecar.schema.yaml"
_WSDL = "http://schemas.xmlsoap.org/wsdl/"
_SOAP = "http://schemas.xmlsoap.org/wsdl/soap/"

# XSD built-in types by the IR scalar they become.
_SCALARS = {
    "integer": {
        "int",
        "integer",
        "long",
        "short",
        "byte",
        "positiveInteger",
        "nonNegativeInteger",
        "negativeInteger",
        "nonPositiveInteger",
        "unsignedInt",
        "unsignedLong",
        "unsignedShort",
    },
    "decimal": {"decimal", "double", "float"},
    "boolean": {"boolean"},
}


def load_soap_spec(
    path: Path, display: str, taken: Mapping[str, str], timings: Timings, locate: bool = False
) -> Located:
    """Load one sidecar and the WSDL and XSD it names; with ``locate``, where each item is written too."""
    with timings.measure("yaml"):
        doc, read_problems = read_yaml(path, display)
    if doc is None:
        return Located(None, read_problems)
    with timings.measure("schema"):
        # A duplicate key still leaves a document (YAML keeps the last entry): it is checked all the same.
        problems = read_problems + (check_schema(doc, SIDECAR_SCHEMA) or duplicate_provider(doc, taken))
    if problems:
        return Located(None, problems)
    folder = SpecFolder(path.parent.resolve(), str(PurePosixPath(display).parent))
    with timings.measure("checks"):
        sources, problems = read_soap_sources(doc, folder)
        if sources is not None:
            problems = binding_problems(sources.wsdl)
    if sources is None or problems:
        return Located(None, problems)
    root = sources.schemas.documents[0]
    with timings.measure("xsdata"):
        documents = tuple((d.path, d.content) for d in sources.schemas.documents)
        try:
            run = run_xsdata(documents, doc.data["provider"]["name"] + "_sdk.models")
        except XsdataError as exc:
            hint = "make the schema valid XML Schema; xsdata does not say where the problem is"
            return Located(None, [root.diagnostic(root.root, f"xsdata cannot analyse the schemas: {exc}", hint)])
    if run.refused:
        # Unreachable while load.xsd follows every location xsdata follows; it stays so a gap cannot fetch.
        hint = "report this generator bug; name schemas by relative paths meanwhile"
        refused = [root.diagnostic(root.root, f"xsdata asked for {uri}, not checked", hint) for uri in run.refused]
        return Located(None, refused)
    with timings.measure("checks"):
        spec, problems = _build(doc, sources, run)
    if spec is None:
        return Located(None, problems)
    fake_state, fake_files = read_fake_state(path)
    files = [path, sources.wsdl.path, *(d.path for d in sources.schemas.documents), *fake_files]
    spec = replace(spec, inputs=digests(files), fake_state=fake_state)
    if not locate:
        return Located(spec, problems)
    wsdl_text = XmlText(sources.wsdl.path, sources.wsdl.file)
    xsd_text = XmlText(root.path, root.file)
    type_names = {c.qname.split("}")[-1]: run.filters.class_name(c.name) for c in run.classes}
    wsdl, xsd = sources.wsdl.root.getroottree(), root.root.getroottree()
    return Located(spec, problems, soap_source_map(doc, wsdl, wsdl_text, xsd, xsd_text, type_names, spec))


# What the generated client speaks: document/literal wrapped. Anything else would be sent wrongly.
_BINDING_VALUES = (("binding", "style", "document"), ("operation", "style", "document"), ("body", "use", "literal"))


def binding_problems(wsdl: XmlDocument) -> list[Diagnostic]:
    """A diagnostic for each SOAP binding style or body use other than document/literal."""
    problems = []
    for tag, attribute, wanted in _BINDING_VALUES:
        for element in wsdl.root.iter(f"{{{_SOAP}}}{tag}"):
            value = element.get(attribute)
            if value not in (None, wanted):
                message = f'soap:{tag} {attribute}="{value}" is not supported'
                hint = f'the generated client speaks document/literal SOAP: use {attribute}="{wanted}"'
                problems.append(wsdl.diagnostic(element, message, hint, attribute))
    return problems


def _build(doc: YamlDocument, sources: SoapSources, run: XsdataRun) -> tuple[ApiSpec | None, list[Diagnostic]]:
    classes = {c.name: c for c in run.classes}
    names = {c.qname: run.filters.class_name(c.name) for c in run.classes}
    enums = tuple(_enum(c, names, run) for c in run.classes if c.is_enumeration)
    open_enums = {e.name for e in enums if e.style == "open_enum_class"}
    models = tuple(_model(c, names, run, open_enums) for c in run.classes if not c.is_enumeration)
    by_name = {m.name: m for m in models}
    sidecar_ops: dict[str, Any] = doc.data.get("operations") or {}
    root = sources.wsdl.root
    hint = "name an operation of the WSDL's portType"
    problems = [
        doc.diagnostic(("operations", name), f"'{name}' is not an operation of the WSDL", hint)
        for name in sidecar_ops
        if name not in sources.operations
    ]
    operations = []
    for element in root.iterfind(f"{{{_WSDL}}}portType/{{{_WSDL}}}operation"):
        op_name = element.get("name") or ""
        wire = sources.operations[op_name]
        request, response = wire.request, wire.response
        if request not in classes or response not in classes:
            # load.wsdl checks every part's element against the schemas: xsdata must have dropped it.
            message = f"operation {op_name}: xsdata made no class for {request} or {response}"
            problems.append(sources.wsdl.diagnostic(element, message, "report this generator bug"))
            continue
        request_model = by_name[names[classes[request].qname]]
        response_model = by_name[names[classes[response].qname]]
        extra = sidecar_ops.get(op_name) or {}
        operations.append(_operation(element, extra, wire, (request_model, response_model), by_name))
    provider = _provider(doc.data["provider"], root.get("targetNamespace") or "")
    if problems:
        return None, problems
    version = doc.data.get("sdk_version", DEFAULT_SDK_VERSION)
    spec = ApiSpec(
        doc.file, provider, enums, models, (), tuple(operations), models_source=run.source, sdk_version=version
    )
    return spec, []


def _operation(
    element: etree._Element,
    extra: dict[str, Any],
    wire: OperationElements,
    records: tuple[Model, Model],
    models: dict[str, Model],
) -> Operation:
    """One portType operation, given the elements and the records of its request and response."""
    request, response = records
    op_name = element.get("name") or ""
    documentation = element.findtext(f"{{{_WSDL}}}documentation") or op_name
    result_path, result = _result(response, models)
    return Operation(
        wire_name=op_name,
        python_name="",
        description=extra.get("description", " ".join(documentation.split())),
        http_method="POST",
        path="",
        mutates=extra.get("mutates", False),
        params=tuple(_params(request, models)),
        response=TypeRef(response.name) if result is not None else None,
        response_xml_root=wire.response,
        soap_action=_soap_action(element.getroottree().getroot(), op_name),
        result_path=result_path,
        xml_root=wire.request,
        faults=tuple(f.get("name", "") for f in element.iterfind(f"{{{_WSDL}}}fault")),
    )


def _soap_action(root: etree._Element, op_name: str) -> str:
    for operation in root.iterfind(f"{{{_WSDL}}}binding/{{{_WSDL}}}operation"):
        soap = operation.find(f"{{{_SOAP}}}operation")
        if operation.get("name") == op_name and soap is not None and soap.get("soapAction") is not None:
            return soap.get("soapAction") or ""
    return ""


def _enum(cls: Any, names: dict[str, str], run: Any) -> EnumType:
    name = names[cls.qname]
    # An enum that xsdata only ever meets in a union with xs:string is open: other values are kept.
    style: EnumStyle = "open_enum_class" if name.startswith("Known") else "enum_class"
    return EnumType(name, _doc(cls) or name, tuple(a.default for a in cls.attrs), style)


def _doc(obj: Any) -> str:
    return " ".join((obj.help or "").split())


def _type(attr: Any, names: dict[str, str]) -> TypeRef:
    for attr_type in attr.types:
        if not attr_type.native:
            return TypeRef(names[attr_type.qname])
    local = attr.types[0].qname.split("}")[-1]
    scalar = next((kind for kind, members in _SCALARS.items() if local in members), "string")
    return TypeRef(scalar)


# Value ranges of XSD's bounded integer types.
_INT_RANGES = {
    "int": (-(2**31), 2**31 - 1),
    "long": (-(2**63), 2**63 - 1),
    "short": (-(2**15), 2**15 - 1),
    "byte": (-128, 127),
    "unsignedInt": (0, 2**32 - 1),
    "unsignedShort": (0, 2**16 - 1),
    "unsignedLong": (0, 2**64 - 1),
    "positiveInteger": (1, None),
    "nonNegativeInteger": (0, None),
    "negativeInteger": (None, -1),
    "nonPositiveInteger": (None, 0),
}


def _constraints(attr: Any) -> Constraints:
    """The XSD facets of an element as IR constraints (XSD patterns match the whole value)."""
    facets = attr.restrictions
    low_bound, high_bound = _INT_RANGES.get(attr.types[0].qname.split("}")[-1], (None, None))
    low = _number(facets.min_inclusive, low_bound)
    high = _number(facets.max_inclusive, high_bound)
    length = facets.length
    return Constraints(
        min_length=facets.min_length if facets.min_length is not None else length,
        max_length=facets.max_length if facets.max_length is not None else length,
        pattern=f"^(?:{facets.pattern})$" if facets.pattern else None,
        minimum=low,
        maximum=high,
    )


def _number(text: Any, fallback: int | None) -> float | None:
    if text is None:
        return fallback
    value = float(text)
    return int(value) if value.is_integer() else value


def _model(cls: Any, names: dict[str, str], run: Any, open_enums: set[str]) -> Model:
    name = names[cls.qname]
    fields = []
    for attr in cls.attrs:
        item = _type(attr, names)
        repeated = (attr.restrictions.max_occurs or 1) > 1
        required = (attr.restrictions.min_occurs or 0) >= 1
        # An unwrapped ArrayOf (see xsdata_bridge): the wrapper element holds the repeated items.
        wrapped = attr.wrapper is not None
        fields.append(
            Field(
                wire_name=attr.wrapper if wrapped else attr.name,
                python_name=run.filters.field_name(attr.name, cls.name),
                type=TypeRef("list", (item,)) if repeated else item,
                description=_doc(attr) or attr.name,
                required=required and (wrapped or not repeated),
                constraints=_constraints(attr) if not repeated else Constraints(),
                xml_item=attr.name if wrapped else None,
            )
        )
    return Model(name, _doc(cls) or name, tuple(fields))


def _params(request: Model, models: dict[str, Model]) -> list[Field]:
    """The request's fields as keyword arguments (no UserToken); a required list needs one item at least."""
    params = []
    for f in request.fields:
        if f.wire_name == "UserToken":
            continue
        constraints = replace(f.constraints, min_items=1) if f.xml_item is not None and f.required else f.constraints
        python_name = naming.safe_identifier(f.python_name, naming.RESERVED_ARGUMENTS)
        params.append(replace(f, python_name=python_name, location="body", constraints=constraints))
    return params


def _result(response: Model, models: dict[str, Model]) -> tuple[tuple[str, ...], TypeRef | None]:
    """What a method returns: None for a void response, the list an ArrayOf response holds, or the record."""
    if not response.fields:
        return (), None
    if len(response.fields) == 1 and response.fields[0].xml_item is not None:
        only = response.fields[0]
        return (only.python_name,), only.type
    return (), TypeRef(response.name)


def _provider(raw: dict[str, Any], namespace: str) -> Provider:
    return Provider(
        name=raw["name"],
        title=raw["title"],
        description=raw["description"],
        base_urls=tuple(raw["base_urls"].items()),
        auth_location="soap_token",
        credentials=tuple(credential({"wire": c["name"], **c}) for c in raw["auth"]["credentials"]),
        response_format="xml",
        error_format="soap_fault",
        error_classes="per_family",
        error_families=tuple(family(f) for f in raw.get("error_families", [])),
        errors=tuple(error_row(e) for e in raw.get("errors", [])),
        protocol="soap",
        xml_namespace=namespace,
    )
