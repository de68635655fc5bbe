"""Where a SOAP carrier's items are written: its sidecar, its WSDL and its XSD, by IR path.

The WSDL locates operations (their documentation, faults, messages and SOAP actions) and the
target namespace; the XSD locates types, their fields with each field's ``type``, ``minOccurs``
and facets (inline, or in the named simple type the field uses), and enumeration values. An
operation's parameters are the fields of its request element, located there. The sidecar
locates the rest (credentials, errors, ``mutates``) as for any YAML spec.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from generator.ir import ApiSpec
from generator.load.locations import IrPath, SourceMap, SourcePosition, yaml_source_map
from generator.load.yaml_source import YamlDocument

_WSDL = "http://schemas.xmlsoap.org/wsdl/"
_SOAP = "http://schemas.xmlsoap.org/wsdl/soap/"
_XSD = "http://www.w3.org/2001/XMLSchema"

# XSD facets by the IR constraints they become (``length`` sets both bounds).
_FACETS = {
    "pattern": ("pattern",),
    "minLength": ("min_length",),
    "maxLength": ("max_length",),
    "length": ("min_length", "max_length"),
    "minInclusive": ("minimum",),
    "maxInclusive": ("maximum",),
}


class XmlText:
    """An XML file's lines, to turn lxml's line numbers into a start tag's or attribute's line and column.

    lxml gives the line where a start tag ends, and no column; the tag is found by searching back.
    """

    def __init__(self, path: Path, display: str) -> None:
        self.display = display
        self.lines = path.read_text(encoding="utf-8", errors="replace").splitlines()

    def element(self, element: Any) -> SourcePosition:
        """Where ``element``'s start tag begins."""
        end = min(element.sourceline or 1, len(self.lines))
        local = element.tag.split("}")[-1]
        tag = f"<{element.prefix}:{local}" if element.prefix else f"<{local}"
        for number in range(end, max(end - 40, 0), -1):
            column = _tag_column(self.lines[number - 1], tag, element.get("name"))
            if column:
                return SourcePosition(self.display, number, column)
        return SourcePosition(self.display, end, 1)

    def attribute(self, element: Any, name: str) -> SourcePosition:
        """Where ``name="..."`` is written in ``element``'s start tag (the tag itself when it is not)."""
        start = self.element(element)
        for number in range(start.line, max(element.sourceline or 1, start.line) + 1):
            line = self.lines[number - 1]
            found = line.find(f"{name}=", start.column if number == start.line else 0)
            if found >= 0:
                return SourcePosition(self.display, number, found + 1)
        return start


def _tag_column(line: str, tag: str, name: str | None) -> int:
    """The 1-based column of ``tag`` in ``line`` (the one carrying ``name="..."`` if given), or 0."""
    first = 0
    at = line.find(tag)
    while at >= 0:
        after = line[at + len(tag) : at + len(tag) + 1]
        if after in ("", " ", ">", "/", "\t"):
            if name is None or f'name="{name}"' in line[at:].split("<", 2)[1]:
                return at + 1
            first = first or at + 1
        at = line.find(tag, at + 1)
    return first


def soap_source_map(
    doc: YamlDocument,
    wsdl: Any,
    wsdl_text: XmlText,
    xsd: Any,
    xsd_text: XmlText,
    type_names: Mapping[str, str],
    spec: ApiSpec,
) -> SourceMap:
    """The positions of a SOAP spec; ``type_names`` maps XSD names to the IR's type names."""
    types = _xsd_positions(xsd.getroot(), xsd_text, type_names)
    params: dict[IrPath, SourcePosition] = {}
    for op in spec.operations:
        request = type_names.get(op.xml_root or "")
        prefix = ("types", request or "", "fields")
        for path, position in types.items():
            if path[:3] == prefix:
                params[("operations", op.wire_name, "params", *path[3:])] = position
    # The WSDL and XSD locate what they define (each operation among them); the sidecar the rest.
    positions = {**types, **params, **_wsdl_positions(wsdl.getroot(), wsdl_text)}
    for name, extra in (doc.data.get("operations") or {}).items():
        if isinstance(extra, dict) and "description" in extra:
            positions.pop(("operations", name, "description"), None)  # it replaces the WSDL's documentation
    return SourceMap(doc.file, positions, yaml_source_map(doc).document)


def _wsdl_positions(root: Any, text: XmlText) -> dict[IrPath, SourcePosition]:
    found: dict[IrPath, SourcePosition] = {("provider", "xml_namespace"): text.attribute(root, "targetNamespace")}
    port_type = root.find(f"{{{_WSDL}}}portType")
    if port_type is not None:
        found[("operations",)] = text.element(port_type)
    parts = {message.get("name"): message.find(f"{{{_WSDL}}}part") for message in root.iterfind(f"{{{_WSDL}}}message")}
    for op in root.iterfind(f"{{{_WSDL}}}portType/{{{_WSDL}}}operation"):
        path = ("operations", op.get("name", ""))
        found[path] = text.element(op)
        documentation = op.find(f"{{{_WSDL}}}documentation")
        if documentation is not None:
            found[(*path, "description")] = text.element(documentation)
        for fault in op.iterfind(f"{{{_WSDL}}}fault"):
            found[(*path, "faults", fault.get("name", ""))] = text.element(fault)
        for kind, key in (("input", "body"), ("output", "response")):
            message = op.find(f"{{{_WSDL}}}{kind}")
            part = parts.get((message.get("message") or "").split(":")[-1]) if message is not None else None
            if part is not None:
                found[(*path, key)] = found[(*path, key, "xml_root")] = text.attribute(part, "element")
    for op in root.iterfind(f"{{{_WSDL}}}binding/{{{_WSDL}}}operation"):
        action = op.find(f"{{{_SOAP}}}operation")
        if action is not None:
            found[("operations", op.get("name", ""), "soap_action")] = text.attribute(action, "soapAction")
    return found


def _xsd_positions(root: Any, text: XmlText, type_names: Mapping[str, str]) -> dict[IrPath, SourcePosition]:
    simple_types = {node.get("name"): node for node in root.iterfind(f"{{{_XSD}}}simpleType")}
    found: dict[IrPath, SourcePosition] = {}
    for definition in root:
        name = type_names.get(definition.get("name") or "") if isinstance(definition.tag, str) else None
        if name is None or ("types", name) in found:
            continue  # an element typed by a named complex type is that type (located already)
        path = ("types", name)
        found[path] = text.element(definition)
        _locate_documentation(definition, path, text, found)
        for value in definition.iter(f"{{{_XSD}}}enumeration"):
            found[(*path, "enum", value.get("value", ""))] = text.element(value)
        sequence = _body(definition)
        if sequence is not None:  # where a record's fields are listed, for fields added or removed
            listed = sequence.find(f"{{{_XSD}}}sequence")
            found[(*path, "fields")] = text.element(listed if listed is not None else sequence)
        for field in _fields(definition):
            field_name = field.get("name") or (field.get("ref") or "").split(":")[-1]
            _locate_field(field, (*path, "fields", field_name), text, simple_types, found)
    return found


def _body(definition: Any) -> Any:
    """The complex type of a definition: itself, or an element's inline type (None for simple types)."""
    local = definition.tag.split("}")[-1]
    if local == "complexType":
        return definition
    return definition.find(f"{{{_XSD}}}complexType") if local == "element" else None


def _fields(definition: Any) -> Iterator[Any]:
    """The elements and attributes a definition's own complex type declares (not nested types')."""
    body = _body(definition)
    if body is None:
        return
    for node in body.iter(f"{{{_XSD}}}element", f"{{{_XSD}}}attribute"):
        owner = node.getparent()
        while owner is not None and owner.tag != f"{{{_XSD}}}complexType":
            owner = owner.getparent()
        if owner is body:
            yield node


def _locate_field(
    field: Any, path: IrPath, text: XmlText, simple_types: dict[str, Any], found: dict[IrPath, SourcePosition]
) -> None:
    found[path] = text.element(field)
    _locate_documentation(field, path, text, found)
    found[(*path, "required")] = text.attribute(field, "minOccurs")
    found[(*path, "type")] = text.attribute(field, "type") if field.get("type") else text.element(field)
    if field.get("maxOccurs"):
        found[(*path, "type")] = text.attribute(field, "maxOccurs")
    for facet in _facets(field, simple_types):
        for key in _FACETS[facet.tag.split("}")[-1]]:
            found[(*path, key)] = text.element(facet)


def _facets(field: Any, simple_types: dict[str, Any]) -> Iterator[Any]:
    """The facet elements that restrict a field: inline, or along its named simple types' bases."""
    node = field.find(f"{{{_XSD}}}simpleType")
    seen: set[str] = set()
    reference = (field.get("type") or "").split(":")[-1]
    while node is not None or reference in simple_types:
        if node is None:
            seen.add(reference)
            node = simple_types[reference]
        restriction = node.find(f"{{{_XSD}}}restriction")
        if restriction is None:
            return
        for facet in restriction:
            if isinstance(facet.tag, str) and facet.tag.split("}")[-1] in _FACETS:
                yield facet
        reference = (restriction.get("base") or "").split(":")[-1]
        node = None
        if reference in seen:
            return


def _locate_documentation(node: Any, path: IrPath, text: XmlText, found: dict[IrPath, SourcePosition]) -> None:
    documentation = node.find(f"{{{_XSD}}}annotation/{{{_XSD}}}documentation")
    if documentation is not None:
        found[(*path, "description")] = text.element(documentation)
