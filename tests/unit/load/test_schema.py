"""The schema check reads plain ``$ref``s inlined, and reports exactly what the raw schema reports."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import yaml

from generator.load.schema import SCHEMA_FILE, _inline_refs

DEFINITIONS = {
    "name": {"type": "string"},
    "node": {"type": "object", "properties": {"child": {"$ref": "#/$defs/node"}}},
    "pair": {"type": "array", "items": {"$ref": "#/$defs/name"}},
}


def test_plain_references_are_inlined() -> None:
    schema = {"properties": {"a": {"$ref": "#/$defs/pair"}}}
    assert _inline_refs(schema, DEFINITIONS) == {"properties": {"a": {"type": "array", "items": {"type": "string"}}}}


def test_recursive_and_extended_references_stay_references() -> None:
    recursive = {"$ref": "#/$defs/node"}
    extended = {"$ref": "#/$defs/name", "minLength": 1}
    assert _inline_refs(recursive, DEFINITIONS) == recursive
    assert _inline_refs(extended, DEFINITIONS) == extended


def test_inlined_schema_finds_the_same_errors_as_the_raw_one() -> None:
    raw = yaml.safe_load(SCHEMA_FILE.read_text(encoding="utf-8"))
    inlined = _inline_refs(raw, raw["$defs"])
    spec = yaml.safe_load((Path(__file__).resolve().parents[3] / "specs" / "iovox.yaml").read_text(encoding="utf-8"))
    spec["provider"]["name"] = "Not An Identifier"
    spec["operations"]["getVoxnumbers"]["method"] = "FETCH"
    spec["operations"]["getVoxnumbers"]["surprise"] = True
    del spec["spec_version"]

    def found(schema: dict[str, object]) -> list[tuple[tuple[object, ...], object, str]]:
        errors = jsonschema.Draft202012Validator(schema).iter_errors(spec)
        return sorted((tuple(e.absolute_path), e.validator, e.message) for e in errors)

    assert found(inlined) == found(raw)
    assert len(found(raw)) >= 3


def test_values_json_cannot_hold_are_diagnostics_not_tracebacks(write_spec) -> None:
    from generator.load import load_specs

    text = (Path(__file__).resolve().parents[3] / "specs" / "iovox.yaml").read_text(encoding="utf-8")
    text = text.replace("  title: iovox\n", "  title: 2024-01-01\n", 1)
    path = write_spec(text)
    loaded = load_specs([path], path.parent)
    (problem,) = loaded.diagnostics
    assert problem.path == "provider.title" and "date" in problem.message
