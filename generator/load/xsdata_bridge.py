"""Run xsdata's code generator in memory: its analysed classes feed the IR, its output is models.py.

xsdata names the model classes and fields; our filters give them the names ``naming`` gives
(``DIDGroupID`` -> ``did_group_id``), so keyword arguments and model attributes agree.

xsdata is handed the schema documents the loader read and checked (``load.xsd``), and opens no
file or URL itself: any other location it asks for is refused and reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from generator import naming


@dataclass(frozen=True)
class XsdataRun:
    """xsdata's analysed classes for one XSD, the filters that name them, and the module it renders."""

    classes: tuple[Any, ...]
    filters: Any
    source: str
    #: Locations xsdata asked for that were not among the checked documents (nothing was opened).
    refused: tuple[str, ...] = ()


class XsdataError(Exception):
    """xsdata refused the schemas (``load.xsd_structure`` lets few such schemas through)."""


def run_xsdata(documents: tuple[tuple[Path, bytes], ...], package: str) -> XsdataRun:
    """Analyse the schema ``documents`` (the root XSD first) and render their dataclasses.

    The dataclasses are frozen and slotted, with Google docstrings.

    Raises:
        XsdataError: xsdata could not parse or analyse the schemas.
    """
    from xsdata.codegen.exceptions import CodegenError

    try:
        return _run(documents, package)
    except (ValueError, CodegenError) as exc:  # xsdata's parser errors are ValueErrors
        raise XsdataError(getattr(exc, "message", None) or str(exc)) from exc


@cache
def _run(documents: tuple[tuple[Path, bytes], ...], package: str) -> XsdataRun:
    # Every document's content is part of the cache key, so an edited include is analysed again.
    from xsdata.codegen.resolver import DependenciesResolver
    from xsdata.codegen.writer import CodeWriter

    config = _config(package)
    transformer = _checked_resources(config, dict(documents))
    transformer.process_sources([documents[0][0].as_uri()])
    classes = transformer.analyze_classes(transformer.classes)
    generator: Any = CodeWriter.from_config(config).generator
    generator.filters = _named_filters(config, classes)
    generator.filters.register(generator.env)
    generator.normalize_packages(classes)
    resolver = DependenciesResolver(registry={c.qname: c.target_module for c in classes})
    # render_module, not render: render() also runs ruff and imports the package from disk.
    sources = [generator.render_module(resolver, cluster) for cluster in generator.group_by_module(classes).values()]
    return XsdataRun(tuple(classes), generator.filters, "\n\n".join(sources), tuple(transformer.refused))


def _checked_resources(config: Any, documents: dict[Path, bytes]) -> Any:
    """A ResourceTransformer that reads only ``documents`` (and xsdata's own copies of standard schemas)."""
    from xsdata.codegen.transformer import ResourceTransformer
    from xsdata.models.enums import COMMON_SCHEMA_DIR

    bundled = Path(COMMON_SCHEMA_DIR).resolve()

    class CheckedResources(ResourceTransformer):
        __slots__ = ("refused",)
        refused: list[str]

        def load_resource(self, uri: str) -> bytes | None:
            if uri in self.processed:
                return None
            self.processed.append(uri)
            path = _local_path(uri)
            if path is not None and path in documents:
                return documents[path]
            if path is not None and path.is_relative_to(bundled) and path.is_file():
                return path.read_bytes()  # the xsi schema xsdata imports by itself, shipped in its wheel
            self.refused.append(uri)
            return None

    transformer = CheckedResources(config=config)
    transformer.refused = []
    return transformer


def _local_path(uri: str) -> Path | None:
    parts = urlsplit(uri)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        return None
    return Path(url2pathname(parts.path)).resolve()


def _named_filters(config: Any, classes: list[Any]) -> Any:
    """xsdata's filters, with our spelling of every class and field name.

    xsdata's own substitutions are regular expressions tried one by one on every name; with one
    per name of the XSD that made rendering the models ~10x slower than this exact lookup.
    """
    from xsdata.formats.dataclass.filters import Filters
    from xsdata.models.config import ObjectType

    names: dict[Any, dict[str, str]] = {ObjectType.CLASS: {}, ObjectType.FIELD: {}}
    for cls in classes:
        names[ObjectType.CLASS][cls.name] = naming.pascal_case(cls.name)
        if not cls.is_enumeration:
            for attr in cls.attrs:
                names[ObjectType.FIELD][attr.name] = naming.snake_case(attr.name)

    class NamedFilters(Filters):
        def apply_substitutions(self, name: str, obj_type: Any) -> str:
            return names.get(obj_type, {}).get(name, name)

    return NamedFilters(config)


def _config(package: str) -> Any:
    from xsdata.models.config import DocstringStyle, GeneratorConfig, StructureStyle

    config = GeneratorConfig()
    config.output.package = package
    config.output.structure_style = StructureStyle.SINGLE_PACKAGE
    config.output.docstring_style = DocstringStyle.GOOGLE
    config.output.format.frozen = True
    config.output.format.slots = True
    config.output.max_line_length = 120
    return config
