"""The schemas of a SOAP spec, read and checked before xsdata sees them.

xsdata papers over what it cannot find: a type no schema defines becomes ``str``, an include
that does not exist is skipped with a log line, and every schemaLocation is opened with urllib,
so an ``http://`` one is fetched over the network. The loader therefore follows each include
and import itself (local files of the spec folder only, parsed by lxml with no network), checks
that every name the schemas use is defined, and hands xsdata exactly the bytes it checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from difflib import get_close_matches
from pathlib import Path

from lxml import etree

from generator.ir import Diagnostic
from generator.load.xml_source import SpecFolder, XmlDocument, read_xml, resolve_location

XSD = "http://www.w3.org/2001/XMLSchema"
WSDL = "http://schemas.xmlsoap.org/wsdl/"
_XML = "http://www.w3.org/XML/1998/namespace"

#: A name in a schema: (namespace, local name).
QName = tuple[str | None, str]
#: Every name the schemas define, by symbol space ("type", "element", ...), with where it is defined.
Names = Mapping[str, Mapping[QName, tuple[XmlDocument, etree._Element]]]

_BUILT_IN_NAMES = """
    anyType anySimpleType anyAtomicType string normalizedString token language Name NCName ID IDREF IDREFS
    ENTITY ENTITIES NMTOKEN NMTOKENS boolean base64Binary hexBinary float double decimal integer
    nonPositiveInteger negativeInteger long int short byte nonNegativeInteger unsignedLong unsignedInt
    unsignedShort unsignedByte positiveInteger duration dayTimeDuration yearMonthDuration dateTime
    dateTimeStamp time date gYearMonth gYear gMonthDay gDay gMonth anyURI QName NOTATION
"""
#: The datatypes XML Schema 1.0 and 1.1 build in (https://www.w3.org/TR/xmlschema11-2/#built-in-datatypes).
BUILT_IN_TYPES = frozenset(_BUILT_IN_NAMES.split())

# Top-level schema children that define a name, by the symbol space they define it in.
_DEFINES = {
    "simpleType": "type",
    "complexType": "type",
    "element": "element",
    "attribute": "attribute",
    "group": "group",
    "attributeGroup": "attributeGroup",
}
# What each XML Schema element names with which attribute: (attribute, symbol space) pairs.
_REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {
    "element": (("type", "type"), ("ref", "element"), ("substitutionGroup", "element")),
    "attribute": (("type", "type"), ("ref", "attribute")),
    "restriction": (("base", "type"),),
    "extension": (("base", "type"),),
    "list": (("itemType", "type"),),
    "union": (("memberTypes", "type"),),
    "group": (("ref", "group"),),
    "attributeGroup": (("ref", "attributeGroup"),),
    "keyref": (("refer", "identity constraint"),),
}
_IDENTITY = ("key", "unique", "keyref")
_SCHEMA_REFERENCES = ("import", "include", "redefine", "override")


@dataclass(frozen=True, slots=True)
class SchemaSet:
    """Every schema document of a spec (the one the WSDL imports first) and every name they define."""

    documents: tuple[XmlDocument, ...]
    names: Names
    #: Namespaces a schema that could not be read would have added to: their names are not checked.
    incomplete: frozenset[str | None] = field(default=frozenset())


@dataclass(frozen=True, slots=True)
class Context:
    """What a reference is checked against: the names defined, and what the check must leave alone."""

    names: Names
    incomplete: frozenset[str | None] = frozenset()
    #: The namespace an unqualified name takes in a chameleon include (None: no namespace).
    chameleon: str | None = None


def read_schemas(wsdl: XmlDocument, folder: SpecFolder) -> tuple[SchemaSet, list[Diagnostic]]:
    """Follow the WSDL's schema import through every include and import, then check every reference."""
    entries = [e for e in _inline_schema_children(wsdl) if e.get("schemaLocation") is not None]
    problems: list[Diagnostic] = []
    if len(entries) != 1:
        # xsdata is given one root XSD: a second one would be left out of the SDK.
        hint = "keep the types in one XSD beside the WSDL, imported by wsdl:types/xsd:schema/xsd:import"
        message = "the WSDL must import exactly one XSD (schemaLocation)"
        problems += [wsdl.diagnostic(where, message, hint) for where in entries[1:] or [wsdl.root]]
    documents: dict[Path, tuple[XmlDocument, str | None]] = {}
    incomplete: set[str | None] = set()
    pending = [(wsdl, entry, _target_namespace(entry)) for entry in entries[:1]]
    while pending:
        origin, reference, including_namespace = pending.pop(0)
        loaded, trouble = _follow(origin, reference, including_namespace, folder, documents)
        problems += trouble
        if loaded is not None:
            document, namespace = loaded
            documents[document.path] = loaded
            pending += [(document, child, namespace) for child in _children(document.root, _SCHEMA_REFERENCES)]
        elif trouble:
            # What the unread schema defines is unknown: its namespace's names are not checked.
            incomplete.add(reference.get("namespace") if _local(reference) == "import" else including_namespace)
    names, duplicates = _definitions(documents.values())
    problems += duplicates
    for document, namespace in documents.values():
        problems += _check_references(document, namespace, names, frozenset(incomplete))
    schemas = SchemaSet(tuple(document for document, _ in documents.values()), names, frozenset(incomplete))
    return schemas, problems


def _inline_schema_children(wsdl: XmlDocument) -> list[etree._Element]:
    found: list[etree._Element] = wsdl.root.findall(f"{{{WSDL}}}types/{{{XSD}}}schema/*")
    return [e for e in found if isinstance(e.tag, str) and etree.QName(e).localname in ("import", "include")]


_Loaded = tuple[XmlDocument, str | None]


def _follow(
    origin: XmlDocument,
    reference: etree._Element,
    including_namespace: str | None,
    folder: SpecFolder,
    seen: Mapping[Path, object],
) -> tuple[_Loaded | None, list[Diagnostic]]:
    """The new document an include or import names, with its namespace (None if not new), and its problems."""
    kind = _local(reference)
    location = reference.get("schemaLocation")
    if location is None:
        if kind == "import":
            return None, []  # a namespace-only import: names used from it are reported as undefined
        hint = 'name the schema file to include: schemaLocation="<file>.xsd"'
        return None, [origin.diagnostic(reference, f"xsd:{kind} has no schemaLocation", hint)]
    path, refusal = resolve_location(location, origin.path.parent, folder)
    if refusal is not None:
        return None, [origin.diagnostic(reference, refusal[0], refusal[1], "schemaLocation")]
    assert path is not None
    if path in seen:
        return None, []
    document, problems = read_xml(path, folder.display_of(path))
    if document is None:
        return None, problems
    return _as_schema(origin, reference, document, including_namespace)


def _as_schema(
    origin: XmlDocument, reference: etree._Element, document: XmlDocument, including_namespace: str | None
) -> tuple[_Loaded | None, list[Diagnostic]]:
    """The document with its effective namespace if it is a schema, and any namespace the reference contradicts.

    A schema whose namespace is not the one the reference expects is still read, in its own
    namespace, so that one mistake gives one diagnostic rather than one per name it defines.
    """
    location = reference.get("schemaLocation")
    if document.root.tag != f"{{{XSD}}}schema":
        message = f"'{location}' is not an XML Schema: its root element is {etree.QName(document.root).localname}"
        hint = "name an .xsd file whose root is xsd:schema"
        return None, [origin.diagnostic(reference, message, hint, "schemaLocation")]
    own = document.root.get("targetNamespace")
    if _local(reference) == "import":
        expected = reference.get("namespace")
        if own == expected:
            return (document, own), []
        message = f"'{location}' has targetNamespace {own!r}, but the import names namespace {expected!r}"
        return (document, own), [origin.diagnostic(reference, message, "make the two namespaces agree", "namespace")]
    if own is not None and own != including_namespace:
        message = f"included '{location}' has targetNamespace {own!r}, not this schema's {including_namespace!r}"
        hint = "include only schemas of the same namespace (or none); use xsd:import for another namespace"
        return (document, own), [origin.diagnostic(reference, message, hint, "schemaLocation")]
    # An include without a targetNamespace takes the including schema's ("chameleon" include).
    return (document, including_namespace), []


def _definitions(documents: Iterable[tuple[XmlDocument, str | None]]) -> tuple[Names, list[Diagnostic]]:
    names: dict[str, dict[QName, tuple[XmlDocument, etree._Element]]] = {}
    problems: list[Diagnostic] = []
    for document, namespace in documents:
        for element, space in _defined_here(document.root):
            name = element.get("name")
            if name is None:
                continue
            first = names.setdefault(space, {}).setdefault((namespace, name), (document, element))
            if first[1] is not element:
                where = f"{first[0].file}:{first[1].sourceline}"
                message = f"{space} '{name}' is defined twice (first at {where})"
                problems.append(document.diagnostic(element, message, "rename or remove one of them", "name"))
    return names, problems


def _defined_here(root: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    for child in root:
        if isinstance(child.tag, str) and child.tag.startswith(f"{{{XSD}}}"):
            space = _DEFINES.get(etree.QName(child).localname)
            if space is not None:
                yield child, space
    for constraint in root.iter(*(f"{{{XSD}}}{kind}" for kind in _IDENTITY)):
        yield constraint, "identity constraint"


def _check_references(
    document: XmlDocument, namespace: str | None, names: Names, incomplete: frozenset[str | None]
) -> list[Diagnostic]:
    problems: list[Diagnostic] = []
    chameleon = document.root.get("targetNamespace") is None
    context = Context(names, incomplete, namespace if chameleon else None)
    skip = len(XSD) + 2  # "{" + XSD + "}"
    for element in document.root.iter(f"{{{XSD}}}*"):
        for attribute, space in _REFERENCES.get(element.tag[skip:], ()):
            if element.get(attribute) is not None:
                problems += undefined_names(document, element, attribute, space, context)
    return problems


def undefined_names(
    document: XmlDocument, element: etree._Element, attribute: str, space: str, context: Context
) -> list[Diagnostic]:
    """A diagnostic for each name in ``element``'s ``attribute`` (a QName or a list) that is not defined."""
    problems = []
    for value in (element.get(attribute) or "").split():
        problem = _undefined(value, element, space, context)
        if problem is not None:
            problems.append(document.diagnostic(element, problem[0], problem[1], attribute))
    return problems


def _undefined(value: str, element: etree._Element, space: str, context: Context) -> tuple[str, str] | None:
    prefix, _, local = value.rpartition(":")
    namespaces = {**element.nsmap, "xml": _XML}
    if prefix and prefix not in namespaces:
        return f"'{value}': the prefix '{prefix}' is not declared", f'declare xmlns:{prefix}="..." or fix the prefix'
    namespace = namespaces.get(prefix or None) or context.chameleon
    if namespace == XSD:
        if space == "type" and local in BUILT_IN_TYPES:
            return None
        close = get_close_matches(local, BUILT_IN_TYPES, 1) if space == "type" else []
        hint = f"did you mean '{_spelled(prefix, close[0])}'?" if close else "use a built-in type such as xsd:string"
        return f"'{value}' is not a built-in XML Schema {space}", hint
    defined = context.names.get(space, {})
    if (namespace, local) in defined or namespace in context.incomplete:
        return None
    close = get_close_matches(local, [name for ns, name in defined if ns == namespace], 1)
    if close:
        return f"{space} '{value}' is not defined", f"did you mean '{_spelled(prefix, close[0])}'?"
    if not any(ns == namespace for spaces in context.names.values() for ns, _ in spaces):
        where = f"in namespace {namespace!r}" if namespace else "without a namespace"
        message = f"{space} '{value}' is not defined: no schema read defines anything {where}"
        return message, "xsd:import that namespace's schema with a local schemaLocation, or fix the prefix"
    hint = f"define the {space} in the XSD or a schema it includes, or fix the name"
    return f"{space} '{value}' is not defined", hint


def _spelled(prefix: str, local: str) -> str:
    return f"{prefix}:{local}" if prefix else local


def _children(root: etree._Element, kinds: tuple[str, ...]) -> list[etree._Element]:
    return [child for child in root if child.tag in {f"{{{XSD}}}{kind}" for kind in kinds}]


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname


def _target_namespace(element: etree._Element) -> str | None:
    parent = element.getparent()
    return parent.get("targetNamespace") if parent is not None else None
