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
    """The position of every located item of one spec, by IR path; ``file`` is the spec's own file."""

    file: str
    positions: Mapping[IrPath, SourcePosition]

    def locate(self, path: IrPath) -> SourcePosition:
        """The position of ``path``, or of its nearest located ancestor (the file's start at worst)."""
        for end in range(len(path), -1, -1):
            found = self.positions.get(path[:end])
            if found is not None:
                return found
        return SourcePosition(self.file, 1, 1)

    def has(self, path: IrPath) -> bool:
        """True when ``path`` itself is located (not only an ancestor)."""
        return path in self.positions

    def merged(self, more: Mapping[IrPath, SourcePosition]) -> SourceMap:
        """This map with ``more`` added; where both locate a path, ``more`` wins."""
        return SourceMap(self.file, {**self.positions, **more})


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
    """Every position of a YAML document, keyed by IR path instead of YAML path."""
    positions: dict[IrPath, SourcePosition] = {}
    _walk(doc, doc.data, (), (), positions)
    return SourceMap(doc.file, positions)


def _walk(
    doc: YamlDocument,
    node: Any,
    yaml_path: tuple[str | int, ...],
    ir_path: IrPath,
    out: dict[IrPath, SourcePosition],
) -> None:
    found = doc.positions.get(yaml_path)
    if found is not None:
        out.setdefault(ir_path, SourcePosition(doc.file, *found))
    if isinstance(node, dict):
        for key, value in node.items():
            _walk(doc, value, (*yaml_path, str(key)), (*ir_path, str(key)), out)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            _walk(doc, item, (*yaml_path, index), (*ir_path, item_key(item, index)), out)
