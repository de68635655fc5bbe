"""Read a WSDL or XSD document without touching the network, and point diagnostics into it.

lxml gives each element only the line where its start tag *ends*; a diagnostic should point at
the attribute at fault. So only when a diagnostic is made is the document read once more by
expat, which reports where each start tag begins, and the attribute is found from there.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit
from xml.parsers import expat

from lxml import etree

from generator.ir import Diagnostic


@dataclass(frozen=True, slots=True)
class XmlDocument:
    """A parsed WSDL or XSD file, shown in diagnostics as ``file`` (its path relative to the repo)."""

    file: str
    path: Path
    content: bytes
    root: etree._Element

    def diagnostic(self, element: etree._Element, message: str, hint: str = "", attribute: str = "") -> Diagnostic:
        """A diagnostic pointing at ``element`` (at its ``attribute`` when given) in this document."""
        line, column = _position(self, element, attribute)
        return Diagnostic(self.file, line, column, element_path(element, attribute), message, hint)


@dataclass(frozen=True, slots=True)
class SpecFolder:
    """The folder of a SOAP spec (the sidecar's): every file the spec reads must be inside it."""

    path: Path
    #: How diagnostics name the folder (e.g. ``specs/voxbone``).
    display: str

    def display_of(self, path: Path) -> str:
        """How diagnostics name a file of the folder."""
        return str(PurePosixPath(self.display) / path.relative_to(self.path).as_posix())


def resolve_location(location: str, base: Path, folder: SpecFolder) -> tuple[Path | None, tuple[str, str] | None]:
    """The local file a location names (relative to ``base``), or why it is refused: (message, hint).

    Only a relative path to a file inside the spec folder is accepted. Anything else would be
    fetched (a URL), or would make the spec depend on a file its build record does not cover.
    """
    parts = urlsplit(location)
    keep = f"save the file in {folder.display}/ and name it by a path relative to this file"
    if parts.scheme or parts.netloc:
        return None, (f"'{location}' is not a local file: the generator never fetches anything over the network", keep)
    if parts.query or parts.fragment:
        return None, (f"'{location}' has a query or fragment; a spec names its files by plain relative paths", keep)
    if location.startswith(("/", "\\")):
        return None, (f"'{location}' is an absolute path; a spec names its files by paths relative to itself", keep)
    path = (base / unquote(parts.path)).resolve()
    if not path.is_relative_to(folder.path):
        return None, (f"'{location}' is outside the spec folder {folder.display}", keep)
    if not path.is_file():
        hint = "fix the path (it is relative to this file) or add the file"
        return None, (f"'{location}' does not exist (looked for {folder.display_of(path)})", hint)
    return path, None


def read_xml(path: Path, display: str) -> tuple[XmlDocument | None, list[Diagnostic]]:
    """Parse ``path``; when it cannot be read or is not well-formed XML, no document and one diagnostic."""
    try:
        content = path.read_bytes()
    except OSError as exc:
        return None, [Diagnostic(display, 1, 1, "", f"cannot read the file: {exc.strerror or exc}")]
    try:
        # No network, no DTD, no entity expansion: a spec file is read as the bytes it holds.
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (exc.lineno or 1, 1)
        fix = "correct the XML at this position"
        message = re.sub(r", line \d+, column \d+$", "", exc.msg)  # the position is the diagnostic's own
        return None, [Diagnostic(display, max(line, 1), max(column, 1), "", f"XML syntax error: {message}", fix)]
    return XmlDocument(display, path, content, root), []


def element_path(element: etree._Element, attribute: str = "") -> str:
    """An XPath-like location: ``/xsd:schema/xsd:complexType[@name='Country']/xsd:sequence/...``."""
    steps = []
    node: etree._Element | None = element
    while node is not None:
        steps.append(_step(node))
        node = node.getparent()
    path = "/" + "/".join(reversed(steps))
    return f"{path}/@{attribute}" if attribute else path


def _step(node: etree._Element) -> str:
    qname = etree.QName(node)
    step = f"{node.prefix}:{qname.localname}" if node.prefix else qname.localname
    name = node.get("name")
    if name is not None:
        return f"{step}[@name='{name}']"
    parent = node.getparent()
    if parent is None:
        return step
    same = [sibling for sibling in parent if sibling.tag == node.tag]
    return f"{step}[{same.index(node) + 1}]" if len(same) > 1 else step


def _position(doc: XmlDocument, element: etree._Element, attribute: str) -> tuple[int, int]:
    starts = _start_tags(doc.content)
    index = next((i for i, node in enumerate(doc.root.iter(etree.Element)) if node is element), None)
    if index is None or index >= len(starts):
        # expat and lxml disagree about the elements (or expat refused the file): the line is still right.
        line = element.sourceline
        return (line if isinstance(line, int) else 1), 1
    offset = starts[index]
    if attribute:
        end = doc.content.find(b">", offset)
        found = re.compile(rb"[\s]" + re.escape(attribute.encode()) + rb"\s*=").search(doc.content, offset, end)
        offset = found.start() + 1 if found else offset
    return _line_column(doc.content, offset)


@lru_cache(maxsize=32)
def _start_tags(content: bytes) -> tuple[int, ...]:
    """The byte offset of every start tag, in document order."""
    parser = expat.ParserCreate()
    offsets: list[int] = []
    parser.StartElementHandler = lambda name, attributes: offsets.append(parser.CurrentByteIndex)
    try:
        parser.Parse(content, True)
    except expat.ExpatError:
        return ()
    return tuple(offsets)


def _line_column(content: bytes, offset: int) -> tuple[int, int]:
    line_starts = _line_starts(content)
    line = bisect_right(line_starts, offset)
    start = line_starts[line - 1]
    return line, len(content[start:offset].decode("utf-8", "replace")) + 1


@lru_cache(maxsize=32)
def _line_starts(content: bytes) -> tuple[int, ...]:
    return (0, *(match.end() for match in re.finditer(rb"\n", content)))
