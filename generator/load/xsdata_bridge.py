"""Run xsdata's code generator in memory: its analysed classes feed the IR, its output is models.py.

xsdata names the model classes and fields; our filters give them the names ``naming`` gives
(``DIDGroupID`` -> ``did_group_id``), so keyword arguments and model attributes agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from generator import naming


@dataclass(frozen=True)
class XsdataRun:
    """xsdata's analysed classes for one XSD, the filters that name them, and the module it renders."""

    classes: tuple[Any, ...]
    filters: Any
    source: str


def run_xsdata(xsd: Path, package: str) -> XsdataRun:
    """Analyse ``xsd`` and render its dataclasses (frozen, slotted, Google docstrings)."""
    return _run(str(xsd.resolve()), xsd.read_bytes(), package)


@cache
def _run(path: str, content: bytes, package: str) -> XsdataRun:
    # `content` is part of the cache key so an edited XSD is analysed again.
    from xsdata.codegen.resolver import DependenciesResolver
    from xsdata.codegen.transformer import ResourceTransformer
    from xsdata.codegen.writer import CodeWriter

    config = _config(package)
    transformer = ResourceTransformer(config=config)
    transformer.process_sources([Path(path).as_uri()])
    classes = transformer.analyze_classes(transformer.classes)
    generator: Any = CodeWriter.from_config(config).generator
    generator.filters = _named_filters(config, classes)
    generator.filters.register(generator.env)
    generator.normalize_packages(classes)
    resolver = DependenciesResolver(registry={c.qname: c.target_module for c in classes})
    # render_module, not render: render() also runs ruff and imports the package from disk.
    sources = [generator.render_module(resolver, cluster) for cluster in generator.group_by_module(classes).values()]
    return XsdataRun(tuple(classes), generator.filters, "\n\n".join(sources))


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
