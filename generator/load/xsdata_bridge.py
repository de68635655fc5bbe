"""Run xsdata's code generator in memory: its analysed classes feed the IR, its output is models.py.

xsdata names the model classes and fields; our filters give them the names ``naming`` gives
(``DIDGroupID`` -> ``did_group_id``), so keyword arguments and model attributes agree.

xsdata is handed the schema documents the loader read and checked (``load.xsd``), and opens no
file or URL itself: any other location it asks for is refused and reported.

A field whose type only wraps one repeated element (``ArrayOfDIDs`` holding ``DID``s) becomes
that list itself, as xsdata's wrapper fields (``order.dids``, not ``order.array_of_dids.did``);
the wrapper classes then go.
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
    classes = _unwrap_arrays(transformer.analyze_classes(transformer.classes))
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


def wrapped_item(cls: Any) -> Any:
    """The one repeated element a class only wraps (``ArrayOfDIDs`` -> its ``DID``); None for other classes."""
    if cls is None or cls.is_enumeration or len(cls.attrs) != 1 or cls.extensions:
        return None
    (inner,) = cls.attrs
    return inner if (inner.restrictions.max_occurs or 1) > 1 else None


def _unwrap_arrays(classes: list[Any]) -> list[Any]:
    """Replace each field of a wrapper type by the wrapped list (xsdata's ``wrapper`` fields)."""
    by_qname = {c.qname: c for c in classes}
    unwrapped: set[str] = set()
    for cls in classes:
        for attr in cls.attrs:
            complex_types = [t for t in attr.types if not t.native]
            if len(complex_types) != 1 or (attr.restrictions.max_occurs or 1) > 1:
                continue
            wrapper = by_qname.get(complex_types[0].qname)
            inner = wrapped_item(wrapper)
            if wrapper is None or inner is None:
                continue
            required = (attr.restrictions.min_occurs or 0) >= 1
            attr.wrapper = attr.local_name
            attr.name, attr.local_name, attr.namespace = inner.name, inner.local_name, inner.namespace
            attr.types = [t.clone() for t in inner.types]
            attr.restrictions = inner.restrictions.clone()
            # The wrapper's own occurrence says whether the list must be sent (with one item at least).
            attr.restrictions.min_occurs = 1 if required else 0
            if not attr.help:
                attr.help = inner.help
            unwrapped.add(wrapper.qname)
    referenced = {t.qname for c in classes for a in c.attrs for t in a.types} | {
        e.type.qname for c in classes for e in c.extensions
    }
    return [c for c in classes if c.qname not in unwrapped or c.qname in referenced]


def _named_filters(config: Any, classes: list[Any]) -> Any:
    """xsdata's filters, with our spelling of every class and field name.

    xsdata's own substitutions are regular expressions tried one by one on every name; with one
    per name of the XSD that made rendering the models ~10x slower than this exact lookup. Field
    names are ``naming``'s, keywords escaped and nothing else: xsdata would also rename fields
    that shadow builtins (``type`` -> ``type_value``), which the parameters do not.
    """
    from xsdata.formats.dataclass.filters import Filters
    from xsdata.models.config import ObjectType

    class_names = {cls.name: naming.pascal_case(cls.name) for cls in classes}
    fields: dict[tuple[str, str], str] = {}
    for cls in classes:
        if not cls.is_enumeration:
            for attr in cls.attrs:
                name = _plural(attr.wrapper) if attr.wrapper else naming.snake_case(attr.name)
                fields[(cls.name, attr.name)] = naming.safe_identifier(name)

    class NamedFilters(Filters):
        def apply_substitutions(self, name: str, obj_type: Any) -> str:
            return class_names.get(name, name) if obj_type == ObjectType.CLASS else name

        def field_name(self, name: str, class_name: str) -> str:
            found = fields.get((class_name, name))
            return found if found is not None else super().field_name(name, class_name)

    return NamedFilters(config)


def _plural(wrapper: str) -> str:
    """The Python name of an unwrapped list: its wrapper's name without ``ArrayOf`` (``ArrayOfIPs`` -> ``ips``)."""
    name = naming.snake_case(wrapper.removeprefix("ArrayOf"))
    return name if wrapper.startswith("ArrayOf") or name.endswith("s") else name + "s"


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
