"""Load a SOAP carrier: its YAML sidecar, its WSDL (operations) and its XSD (through xsdata) into the IR.

The WSDL and XSD are the spec; the sidecar only says what they cannot (base URLs, credentials,
which methods mutate, how faults map to error codes).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

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
from generator.load.common import credential, duplicate_provider, error_row, family
from generator.load.schema import check_schema
from generator.load.xsdata_bridge import run_xsdata
from generator.load.yaml_source import YamlDocument, read_yaml
from generator.timing import Timings

SIDECAR_SCHEMA = Path(__file__).resolve().parents[2] / "specs" / "schema" / "soap-sidecar.schema.yaml"
_WSDL = "http://schemas.xmlsoap.org/wsdl/"
_SOAP = "http://schemas.xmlsoap.org/wsdl/soap/"
_XSD = "http://www.w3.org/2001/XMLSchema"

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
    path: Path, display: str, taken: Mapping[str, str], timings: Timings
) -> tuple[ApiSpec | None, list[Diagnostic]]:
    """Load one sidecar and the WSDL and XSD it names."""
    with timings.measure("yaml"):
        doc, problems = read_yaml(path, display)
    if doc is None or problems:
        return None, problems
    with timings.measure("schema"):
        problems = check_schema(doc, SIDECAR_SCHEMA) or duplicate_provider(doc, taken)
    if problems:
        return None, problems
    wsdl_path = path.parent / doc.data["wsdl"]
    try:
        from lxml import etree

        wsdl = etree.parse(str(wsdl_path), etree.XMLParser(resolve_entities=False, no_network=True))
    except (OSError, etree.XMLSyntaxError) as exc:
        return None, [doc.diagnostic(("wsdl",), f"cannot read the WSDL: {exc}", "fix the path or the WSDL's XML")]
    xsd_path, problems = _schema_location(doc, wsdl, wsdl_path)
    if xsd_path is None:
        return None, problems
    with timings.measure("xsdata"):
        run = run_xsdata(xsd_path, doc.data["provider"]["name"] + "_sdk.models")
    with timings.measure("checks"):
        return _build(doc, wsdl, run)


def _schema_location(doc: YamlDocument, wsdl: Any, wsdl_path: Path) -> tuple[Path | None, list[Diagnostic]]:
    locations = wsdl.xpath("//xsd:import/@schemaLocation | //xsd:include/@schemaLocation", namespaces={"xsd": _XSD})
    if len(locations) != 1:
        return None, [
            doc.diagnostic(
                ("wsdl",),
                "the WSDL must import exactly one XSD (schemaLocation)",
                "keep the types in one XSD beside the WSDL",
            )
        ]
    xsd = wsdl_path.parent / locations[0]
    if not xsd.is_file():
        return None, [
            doc.diagnostic(
                ("wsdl",), f"the WSDL imports {locations[0]}, which does not exist", "put the XSD beside the WSDL"
            )
        ]
    return xsd, []


def _build(doc: YamlDocument, wsdl: Any, run: Any) -> tuple[ApiSpec | None, list[Diagnostic]]:
    classes = {c.name: c for c in run.classes}
    names = {c.qname: run.filters.class_name(c.name) for c in run.classes}
    enums = tuple(_enum(c, names, run) for c in run.classes if c.is_enumeration)
    open_enums = {e.name for e in enums if e.style == "open_enum_class"}
    models = tuple(_model(c, names, run, open_enums) for c in run.classes if not c.is_enumeration)
    by_name = {m.name: m for m in models}
    problems: list[Diagnostic] = []
    operations = []
    sidecar_ops: dict[str, Any] = doc.data.get("operations") or {}
    root = wsdl.getroot()
    namespace = root.get("targetNamespace")
    for op_name in sidecar_ops:
        if not root.xpath(f"//wsdl:portType/wsdl:operation[@name='{op_name}']", namespaces={"wsdl": _WSDL}):
            problems.append(
                doc.diagnostic(
                    ("operations", op_name),
                    f"'{op_name}' is not an operation of the WSDL",
                    "name an operation of the WSDL's portType",
                )
            )
    for element in root.iterfind(f"{{{_WSDL}}}portType/{{{_WSDL}}}operation"):
        op_name = element.get("name")
        request, response = (_message_element(root, element, kind) for kind in ("input", "output"))
        if request not in classes or response not in classes:
            problems.append(
                doc.diagnostic(
                    ("wsdl",),
                    f"operation {op_name}: messages name unknown elements",
                    "make each message part reference an element of the XSD",
                )
            )
            continue
        extra = sidecar_ops.get(op_name) or {}
        documentation = element.findtext(f"{{{_WSDL}}}documentation") or op_name
        request_model = by_name[names[classes[request].qname]]
        response_model = by_name[names[classes[response].qname]]
        result_path, result = _result(response_model, by_name)
        operations.append(
            Operation(
                wire_name=op_name,
                python_name="",
                description=extra.get("description", " ".join(documentation.split())),
                http_method="POST",
                path="",
                mutates=extra.get("mutates", False),
                params=tuple(_params(request_model, by_name)),
                response=TypeRef(response_model.name) if result is not None else None,
                response_xml_root=response,
                soap_action=_soap_action(root, op_name),
                result_path=result_path,
                xml_root=request,
            )
        )
    provider = _provider(doc.data["provider"], namespace)
    if problems:
        return None, problems
    return ApiSpec(doc.file, provider, enums, models, (), tuple(operations), models_source=run.source), []


def _message_element(root: Any, operation: Any, kind: str) -> str:
    message = operation.find(f"{{{_WSDL}}}{kind}").get("message").split(":")[-1]
    part = root.find(f"{{{_WSDL}}}message[@name='{message}']/{{{_WSDL}}}part")
    return part.get("element").split(":")[-1] if part is not None else ""


def _soap_action(root: Any, op_name: str) -> str:
    found = root.xpath(
        f"//wsdl:binding/wsdl:operation[@name='{op_name}']/soap:operation/@soapAction",
        namespaces={"wsdl": _WSDL, "soap": _SOAP},
    )
    return str(found[0]) if found else ""


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
