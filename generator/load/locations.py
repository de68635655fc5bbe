"""Where each item of a loaded spec is written: a side table from IR paths to file positions.

The IR itself carries no positions (most stages never need them); a loader asked to locate a spec
also returns its ``SourceMap``. An IR path names an item the way the YAML format nests it, with
names instead of list indexes, so that one path means the same item in two versions of a spec:

    ("operations", "getDIDsInfo", "params", "client", "required")
    ("types", "NumberType", "enum", "GEOGRAPHIC")
    ("provider", "errors", "sold_out")

List items are named by their ``name`` (fields, parameters, credentials, families, options) or
``code`` (error rows); scalar items (enum values, statuses) by their value; anything else (rules,
rate limits) by its index. SOAP carriers use the same paths, located in their WSDL and XSD.
A YAML spec's map translates a path to the document's own path only when it is asked about.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from generator.ir import ApiSpec, Diagnostic

if TYPE_CHECKING:
    from generator.load.yaml_source import YamlDocument  # PyYAML costs ~10 ms to import; generate's fast path avoids it

IrPath = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SourcePosition:
    """A 1-based line and column in a file, as diagnostics name it."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class SourceMap:
    """Where the items of one spec are written, by IR path; ``file`` is the spec's own file.

    ``positions`` are located ahead (a WSDL's and an XSD's items); a YAML ``document`` is searched
    only for the paths asked about (a spec has tens of thousands of positions and a diff needs a
    few). Where both locate a path, ``positions`` wins.
    """

    file: str
    positions: Mapping[IrPath, SourcePosition]
    document: YamlDocument | None = None

    def locate(self, path: IrPath) -> SourcePosition:
        """The position of ``path``, or of its nearest located ancestor (the file's start at worst)."""
        for end in range(len(path), -1, -1):
            found = self.exact(path[:end])
            if found is not None:
                return found
        return SourcePosition(self.file, 1, 1)

    def exact(self, path: IrPath) -> SourcePosition | None:
        """The position of ``path`` itself, if it is located."""
        found = self.positions.get(path)
        if found is not None or self.document is None:
            return found
        yaml_path = _yaml_path(self.document.data, path)
        where = self.document.positions.get(yaml_path) if yaml_path is not None else None
        return SourcePosition(self.document.file, *where) if where else None

    def has(self, path: IrPath) -> bool:
        """True when ``path`` itself is located (not only an ancestor)."""
        return self.exact(path) is not None


def _yaml_path(data: Any, path: IrPath) -> tuple[str | int, ...] | None:
    """The YAML path of an IR path: each list step found by its item's name, code, value or index."""
    found: list[str | int] = []
    node = data
    for step in path:
        if isinstance(node, dict):
            key = step if step in node else next((k for k in node if str(k) == step), None)
            if key is None:
                return None
            found.append(str(key))
            node = node[key]
        elif isinstance(node, list):
            index = next((i for i, item in enumerate(node) if item_key(item, i) == step), None)
            if index is None:
                return None
            found.append(index)
            node = node[index]
        else:
            return None
    return tuple(found)


class Located(NamedTuple):
    """One spec as a loader gives it: the IR (None on any problem), every diagnostic, and where its
    items are written (None unless the loader was asked to locate them)."""

    spec: ApiSpec | None
    diagnostics: list[Diagnostic]
    sources: SourceMap | None = None


def item_key(item: Any, index: int) -> str:
    """The IR path step of a list item: its name, its code, its value, or its index."""
    if isinstance(item, dict):
        for key in ("name", "code"):
            if isinstance(item.get(key), str):
                return str(item[key])
        return str(index)
    if isinstance(item, str | int | float | bool):
        return str(item)
    return str(index)


def yaml_source_map(doc: YamlDocument) -> SourceMap:
    """Where each item of a YAML spec is written (looked up in ``doc`` when asked)."""
    return SourceMap(doc.file, {}, doc)
