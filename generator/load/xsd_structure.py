"""Check that the schemas are valid XML Schema, with libxml2's schema compiler, before xsdata reads them.

xsdata assumes a valid schema: an element where XML Schema allows none, or a top-level element
without a name, ends in a ``ParserError`` or ``CodegenError`` that says neither file nor line.
libxml2 (through lxml) compiles the same documents in about a millisecond and names the line
of each mistake. It reads includes and imports through a resolver that serves only the
documents ``load.xsd`` already read and checked, so it opens no file or URL of its own.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from lxml import etree

from generator.ir import Diagnostic
from generator.load.xml_source import XmlDocument
from generator.load.xsd import XSD, SchemaSet

_HINT = "make the schema valid XML Schema (https://www.w3.org/TR/xmlschema-1/)"


class _CheckedOnly(etree.Resolver):
    """Serves libxml2 the checked documents by path, and an empty document for any other location."""

    def __init__(self, documents: dict[Path, bytes]) -> None:
        super().__init__()
        self.documents = documents

    def resolve(self, system_url: str, public_id: str, context: Any) -> Any:  # type: ignore[override]  # lxml-stubs omit context
        path = Path(system_url.removeprefix("file://")).resolve()
        # An empty document fails to parse: the location is reported instead of opened.
        return self.resolve_string(self.documents.get(path, b""), context, base_url=system_url)


def check_structure(schemas: SchemaSet) -> list[Diagnostic]:
    """A diagnostic for each error libxml2's schema compiler finds in the schemas (none when they are valid)."""
    if not schemas.documents:
        return []
    root = schemas.documents[0]
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    parser.resolvers.add(_CheckedOnly({d.path: d.content for d in schemas.documents}))
    tree = etree.fromstring(root.content, parser, base_url=str(root.path))
    try:
        etree.XMLSchema(tree)
    except etree.XMLSchemaParseError as exc:
        by_path = {str(d.path): d for d in schemas.documents}
        problems = [_diagnostic(by_path.get(error.filename or "", root), error) for error in exc.error_log]
        return problems or [root.diagnostic(root.root, f"not a valid XML Schema: {exc}", _HINT)]
    return []


def _diagnostic(document: XmlDocument, error: Any) -> Diagnostic:
    """The error at the element libxml2 names by its line (its message does not say which one)."""
    message = "not valid XML Schema: " + re.sub(r"\{" + re.escape(XSD) + r"\}", "xsd:", error.message.strip())
    element = next((e for e in document.root.iter(etree.Element) if e.sourceline == error.line), None)
    if element is None:
        return Diagnostic(document.file, max(error.line, 1), 1, "", message, _HINT)
    return document.diagnostic(element, message, _HINT)
