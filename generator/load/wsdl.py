"""Check a WSDL against itself and its schemas: every message, part, binding and port names something defined.

The loader reads a WSDL for its operations only (the types come from the one XSD it imports), so
what it would otherwise skip in silence is a diagnostic too: a ``wsdl:import``, or a type defined
inline in ``wsdl:types``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from lxml import etree

from generator.ir import Diagnostic
from generator.load.xml_source import SpecFolder, XmlDocument, read_xml, resolve_location
from generator.load.xsd import WSDL, XSD, Context, SchemaSet, read_schemas, undefined_names
from generator.load.xsd_structure import check_structure
from generator.load.yaml_source import YamlDocument

# (element, attribute) pairs of WSDL 1.1 that name something, and the space they name it in.
_REFERENCES = {
    ("part", "element"): "element",
    ("part", "type"): "type",
    ("input", "message"): "message",
    ("output", "message"): "message",
    ("fault", "message"): "message",
    ("binding", "type"): "portType",
    ("port", "binding"): "binding",
}
_DEFINES = ("message", "portType", "binding")


@dataclass(frozen=True, slots=True)
class OperationElements:
    """The local names of the XSD elements an operation sends and receives."""

    request: str
    response: str


@dataclass(frozen=True, slots=True)
class SoapSources:
    """A SOAP spec's WSDL, its checked schema documents, and what each portType operation sends and receives."""

    wsdl: XmlDocument
    schemas: SchemaSet
    operations: Mapping[str, OperationElements]


def read_soap_sources(doc: YamlDocument, folder: SpecFolder) -> tuple[SoapSources | None, list[Diagnostic]]:
    """The WSDL the sidecar names and its schemas, all local and read without the network; or every problem."""
    wsdl_path, refusal = resolve_location(doc.data["wsdl"], folder.path, folder)
    if refusal is not None:
        return None, [doc.diagnostic(("wsdl",), f"the WSDL {refusal[0]}", refusal[1])]
    assert wsdl_path is not None
    wsdl, problems = read_xml(wsdl_path, folder.display_of(wsdl_path))
    if wsdl is None:
        return None, problems
    schemas, problems = read_schemas(wsdl, folder)
    problems += check_wsdl(wsdl, schemas)
    operations, missing = operation_elements(wsdl)
    problems += missing
    # libxml2's messages for what load.xsd already reported would only repeat them.
    problems = problems or check_structure(schemas)
    if problems:
        return None, problems
    return SoapSources(wsdl, schemas, operations), []


def check_wsdl(wsdl: XmlDocument, schemas: SchemaSet) -> list[Diagnostic]:
    """Every WSDL construct the loader would skip, and every reference to something undefined."""
    single = "keep the whole WSDL in the one file the sidecar names"
    imports = wsdl.root.iter(f"{{{WSDL}}}import")
    problems = [wsdl.diagnostic(element, "wsdl:import is not supported", single) for element in imports]
    for schema in wsdl.root.iterfind(f"{{{WSDL}}}types/{{{XSD}}}schema"):
        for child in schema:
            if isinstance(child.tag, str) and etree.QName(child).localname not in ("import", "include", "annotation"):
                message = f"xsd:{etree.QName(child).localname} inside wsdl:types is not read: types come from the XSD"
                problems.append(wsdl.diagnostic(child, message, "move the definition into the imported XSD"))
    # A schema that could not be read hides its names, but never the WSDL's own; with no schema
    # read at all, every element would be "undefined", so only the WSDL's own names are checked.
    in_schemas, in_wsdl = Context(schemas.names, schemas.incomplete), Context(_wsdl_names(wsdl))
    for element, attribute, space in _references(wsdl):
        if space in _DEFINES:
            problems += undefined_names(wsdl, element, attribute, space, in_wsdl)
        elif schemas.documents:
            problems += undefined_names(wsdl, element, attribute, space, in_schemas)
    return problems


def _references(wsdl: XmlDocument) -> Iterator[tuple[etree._Element, str, str]]:
    """Each (element, attribute, symbol space) of the WSDL that names something."""
    for element in wsdl.root.iter(f"{{{WSDL}}}*"):
        local = etree.QName(element).localname
        for attribute in ("element", "type", "message", "binding"):
            space = _REFERENCES.get((local, attribute))
            if space is not None and element.get(attribute) is not None:
                yield element, attribute, space


def _wsdl_names(wsdl: XmlDocument) -> dict[str, dict[tuple[str | None, str], tuple[XmlDocument, etree._Element]]]:
    namespace = wsdl.root.get("targetNamespace")
    names: dict[str, dict[tuple[str | None, str], tuple[XmlDocument, etree._Element]]] = {}
    for kind in _DEFINES:
        for element in wsdl.root.iterfind(f"{{{WSDL}}}{kind}"):
            if element.get("name") is not None:
                names.setdefault(kind, {})[(namespace, element.get("name") or "")] = (wsdl, element)
    return names


def operation_elements(wsdl: XmlDocument) -> tuple[dict[str, OperationElements], list[Diagnostic]]:
    """What each portType operation sends and receives, or why that cannot be told (document/literal)."""
    operations: dict[str, OperationElements] = {}
    problems: list[Diagnostic] = []
    messages = {m.get("name") or "": m for m in wsdl.root.iterfind(f"{{{WSDL}}}message")}
    for operation in wsdl.root.iterfind(f"{{{WSDL}}}portType/{{{WSDL}}}operation"):
        name = operation.get("name") or ""
        request, response = (
            _message_element(wsdl, operation, kind, messages, problems) for kind in ("input", "output")
        )
        if request and response:
            operations[name] = OperationElements(request, response)
    return operations, problems


def _message_element(
    wsdl: XmlDocument,
    operation: etree._Element,
    kind: str,
    messages: dict[str, etree._Element],
    problems: list[Diagnostic],
) -> str:
    name = operation.get("name")
    reference = operation.find(f"{{{WSDL}}}{kind}")
    if reference is None or not reference.get("message"):
        hint = f'add <wsdl:{kind} message="..."/> naming the message it {"sends" if kind == "input" else "receives"}'
        problems.append(wsdl.diagnostic(operation, f"operation {name} has no {kind} message", hint))
        return ""
    message_name = (reference.get("message") or "").rpartition(":")[2]
    message = messages.get(message_name)
    if message is None:
        return ""  # check_wsdl reports the undefined message
    part = message.find(f"{{{WSDL}}}part")
    if part is None or not part.get("element"):
        hint = 'document/literal: give the message one <wsdl:part name="parameters" element="..."/>'
        problems.append(wsdl.diagnostic(part if part is not None else message, "the message has no element part", hint))
        return ""
    return (part.get("element") or "").rpartition(":")[2]
