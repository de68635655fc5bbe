"""Spec authoring: draft the ``types`` of a response from a documented sample payload.

``python -m generator draft-types SAMPLE --name GetCallsReply`` reads a JSON or XML sample (a
seed's "Sample response"), lets datamodel-code-generator infer its record shapes, and prints
them as spec YAML to review and paste into ``types:``. The spec stays the source of truth: the
draft is a starting point (a one-item sample cannot show that a field is a list, and every field
is drafted optional), never read by the generator.

XML samples are read as the JSON form's tree (attributes and child elements become keys, as the
enveloped carriers' JSON answers mirror their XML). A record that only wraps one list
(``<calls><call/>...</calls>``) becomes that list, with ``xml_item`` naming the item element.
"""

from __future__ import annotations

import ast
import json
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import naming

_SCALARS = {"str": "string", "int": "integer", "float": "decimal", "bool": "boolean", "Any": "json"}


@dataclass(frozen=True)
class DraftField:
    """One drafted field: its wire name, spec type expression and list item element."""

    name: str
    type: str
    xml_item: str | None = None


@dataclass(frozen=True)
class DraftType:
    """One drafted record."""

    name: str
    fields: tuple[DraftField, ...]


class DraftError(Exception):
    """The sample cannot be read."""


def sample_tree(path: Path) -> Any:
    """The sample as a JSON tree (an XML sample as its JSON form, the document element dropped)."""
    raw = path.read_bytes()
    if raw.lstrip()[:1] == b"<":
        from generator.runtime._exceptions import MalformedResponseError
        from generator.runtime._mirror import xml_to_data

        try:
            return xml_to_data(raw, None)
        except MalformedResponseError as exc:
            raise DraftError(f"{path}: {exc}") from None
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise DraftError(f"{path}: not JSON or XML: {exc}") from None


def draft_types(tree: Any, name: str) -> tuple[DraftType, ...]:
    """The records of ``tree``, the outermost named ``name``, as datamodel-code-generator infers them."""
    from datamodel_code_generator import generate
    from datamodel_code_generator.enums import DataModelType, InputFileType

    if not isinstance(tree, dict):
        raise DraftError(f"a sample is an object, not {type(tree).__name__}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # its notices about default formatters are not the user's concern
        source = generate(
            json.dumps(tree),
            input_file_type=InputFileType.Json,
            output_model_type=DataModelType.DataclassesDataclass,
            class_name=name,
        )
    assert isinstance(source, str)
    return _unwrapped(_records(source))


def _records(source: str) -> dict[str, list[tuple[str, str]]]:
    """``{class: [(field, annotation)]}`` of the dataclasses datamodel-code-generator wrote."""
    records: dict[str, list[tuple[str, str]]] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef):
            records[node.name] = [
                (item.target.id, ast.unparse(item.annotation))
                for item in node.body
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
            ]
    return records


def _unwrapped(records: dict[str, list[tuple[str, str]]]) -> tuple[DraftType, ...]:
    """Spec records: wrappers of one list become lists with ``xml_item``; classes named as the spec names them."""
    wrappers = {
        cls: fields[0]
        for cls, fields in records.items()
        if len(fields) == 1 and _bare(fields[0][1]).startswith("list[")
    }
    names = {cls: _type_name(cls) for cls in records}
    drafted = []
    for cls, fields in records.items():
        if cls in wrappers and list(records)[-1] != cls:
            continue
        out = []
        for field, annotation in fields:
            bare = _bare(annotation)
            if bare in wrappers:
                item, item_annotation = wrappers[bare]
                out.append(DraftField(field, _type_expr(item_annotation, names), xml_item=item))
            else:
                out.append(DraftField(field, _type_expr(annotation, names)))
        drafted.append(DraftType(names[cls], tuple(out)))
    return tuple(drafted)


def _bare(annotation: str) -> str:
    """An annotation without ``| None`` / ``Optional[...]``."""
    text = annotation.replace(" | None", "")
    return text[len("Optional[") : -1] if text.startswith("Optional[") else text


def _type_name(cls: str) -> str:
    """datamodel-code-generator's ``CallItem`` (an item of a list) is the spec's ``Call``."""
    name = cls.removesuffix("Item") if cls.endswith("Item") and len(cls) > len("Item") else cls
    return naming.pascal_case(name)


def _type_expr(annotation: str, names: dict[str, str]) -> str:
    bare = _bare(annotation)
    if bare.startswith(("list[", "List[")):
        return f"list[{_type_expr(bare[5:-1], names)}]"
    return _SCALARS.get(bare, names.get(bare, "json"))


def as_yaml(types: tuple[DraftType, ...]) -> str:
    """The drafted records as a spec's ``types:`` entries (flow-style fields, to review and describe)."""
    lines = ["# Drafted from a sample: check each type, list and requirement, and describe every field."]
    for record in types:
        lines += [f"{record.name}:", "  description: TODO", "  fields:"]
        for field in record.fields:
            parts = [f"name: {field.name}", f"type: {json.dumps(field.type) if '[' in field.type else field.type}"]
            if field.xml_item:
                parts.append(f"xml_item: {field.xml_item}")
            parts.append("description: TODO")
            lines.append("    - {" + ", ".join(parts) + "}")
    return "\n".join(lines) + "\n"
