"""Load an HTTP carrier's YAML spec into the IR: read with positions, schema, semantic checks, build."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from generator.ir import (
    ApiSpec,
    Callback,
    ClientOption,
    Constraints,
    Diagnostic,
    EnumType,
    Envelope,
    Field,
    Model,
    Operation,
    Paging,
    Provider,
    RateLimit,
    Rule,
)
from generator.load.checks import check_semantics
from generator.load.common import credential, digests, duplicate_provider, error_row, family, read_fake_state
from generator.load.schema import check_schema
from generator.load.types import type_ref
from generator.load.yaml_source import YamlDocument, read_yaml
from generator.timing import Timings

_CONSTRAINT_KEYS = tuple(Constraints.__dataclass_fields__)


def load_http_spec(
    path: Path, display: str, taken: Mapping[str, str], timings: Timings
) -> tuple[ApiSpec | None, list[Diagnostic]]:
    """Load one HTTP spec; any problem (syntax, schema, cross-references) means no IR."""
    with timings.measure("yaml"):
        doc, problems = read_yaml(path, display)
    if doc is None or problems:
        return None, problems
    with timings.measure("schema"):
        problems = check_schema(doc)
    with timings.measure("checks"):
        seen = {d.path for d in problems}
        problems += [d for d in _semantic_problems(doc, schema_clean=not problems) if d.path not in seen]
        if problems:
            return None, problems
        problems = duplicate_provider(doc, taken)
        if problems:
            return None, problems
        fake_state, fake_files = read_fake_state(path)
        return replace(build_spec(doc.data, display), inputs=digests([path, *fake_files]), fake_state=fake_state), []


def _semantic_problems(doc: YamlDocument, schema_clean: bool) -> list[Diagnostic]:
    """Cross-reference checks; on a document with schema errors they run best-effort.

    Reporting an unknown type next to a misspelt key saves the user a round trip, but the
    checks assume the schema's shapes, so a shape they trip over is simply left to the schema
    diagnostics already collected.
    """
    if schema_clean:
        return check_semantics(doc)
    try:
        return check_semantics(doc)
    except (KeyError, TypeError, AttributeError, IndexError, ValueError):
        return []


def build_spec(data: dict[str, Any], source: str) -> ApiSpec:
    """Turn a checked document into the IR; names are filled in by ``passes``."""
    types: dict[str, Any] = data.get("types") or {}
    enums = tuple(EnumType(n, t["description"], tuple(t["enum"])) for n, t in types.items() if "enum" in t)
    models = tuple(_model(n, t) for n, t in types.items() if "fields" in t)
    callbacks = tuple(
        Callback(name, cb["description"], type_ref(cb["type"]), cb.get("xml_root"), cb.get("format", "xml"))
        for name, cb in (data.get("callbacks") or {}).items()
    )
    operations = tuple(_operation(name, op) for name, op in data["operations"].items())
    return ApiSpec(source, _provider(data["provider"]), enums, models, callbacks, operations)


def _provider(raw: dict[str, Any]) -> Provider:
    booleans = raw.get("booleans", {"true_value": "true", "false_value": "false"})
    return Provider(
        name=raw["name"],
        title=raw["title"],
        description=raw["description"],
        base_urls=tuple(raw["base_urls"].items()),
        auth_location=raw["auth"]["location"],
        credentials=tuple(credential(c) for c in raw["auth"]["credentials"]),
        auth_rules=tuple(_rule(r) for r in raw["auth"].get("rules", [])),
        client_options=tuple(
            ClientOption(
                o["name"],
                "",
                type_ref(o["type"]),
                o["description"],
                o["in"],
                o.get("default"),
                o.get("segment"),
                o.get("role"),
            )
            for o in raw.get("client_options", [])
        ),
        envelope=_envelope(raw.get("envelope")),
        response_format=raw["response_format"],
        booleans=(booleans["true_value"], booleans["false_value"]),
        date_format=raw.get("date_format", "%Y-%m-%d"),
        datetime_format=raw.get("datetime_format", "%Y-%m-%d %H:%M:%S"),
        error_format=raw.get("error_format", "status_field"),
        error_classes=raw.get("error_classes", "per_family"),
        empty_body=raw.get("empty_body", "error"),
        empty_result_codes=tuple(raw.get("empty_result_codes", [])),
        error_families=tuple(family(f) for f in raw.get("error_families", [])),
        errors=tuple(error_row(e) for e in raw.get("errors", [])),
        rate_limits=tuple(
            RateLimit(r["limit"], r["per"], tuple(r.get("operations", [])), r.get("description", ""))
            for r in raw.get("rate_limits", [])
        ),
    )


def _envelope(raw: dict[str, Any] | None) -> Envelope | None:
    if raw is None:
        return None
    return Envelope(
        raw["status"],
        tuple(raw["success_values"]),
        raw.get("messages"),
        raw.get("message_code", "code"),
        raw.get("message_text", "_content"),
    )


def _field(raw: dict[str, Any]) -> Field:
    return Field(
        wire_name=raw["name"],
        python_name="",
        type=type_ref(raw["type"]),
        description=raw["description"],
        required=raw.get("required", False),
        default=raw.get("default"),
        constraints=Constraints(**{k: raw[k] for k in _CONSTRAINT_KEYS if k in raw}),
        location=raw.get("in"),
        xml_item=raw.get("xml_item"),
        messages=tuple(sorted(raw.get("messages", {}).items())),
        booleans=(raw["booleans"]["true_value"], raw["booleans"]["false_value"]) if "booleans" in raw else None,
        encoding=raw.get("encoding"),
    )


def _rule(raw: dict[str, Any]) -> Rule:
    message = raw.get("message")
    if "one_of" in raw:
        return Rule("one_of", tuple(raw["one_of"]), message=message)
    if "exclusive" in raw:
        return Rule("exclusive", tuple(raw["exclusive"]), message=message)
    if "unless" in raw:
        return Rule("require_unless", (raw["require"],), raw["unless"], message=message)
    if "when_not" in raw:
        ((condition, excluded),) = raw["when_not"].items()
        return Rule("require_when_not", (raw["require"],), condition, message=message, excluded=tuple(excluded))
    when = raw["when"]
    if isinstance(when, dict):
        (condition, equals), *also = when.items()
        return Rule("require_when", (raw["require"],), condition, equals, message, tuple(also))
    return Rule("require_when", (raw["require"],), when, message=message)


def _model(name: str, raw: dict[str, Any]) -> Model:
    paging = raw.get("paging")
    return Model(
        name,
        raw["description"],
        tuple(_field(f) for f in raw["fields"]),
        tuple(_rule(r) for r in raw.get("rules", [])),
        Paging(paging["page"], paging["total_pages"], paging["items"], paging.get("total_results")) if paging else None,
    )


def _operation(name: str, raw: dict[str, Any]) -> Operation:
    body = raw.get("body", {})
    response = raw.get("response")
    return Operation(
        wire_name=name,
        python_name="",
        description=raw["description"],
        http_method=raw["http_method"],
        path=raw["path"],
        fixed_query=tuple(raw.get("query", {}).items()),
        mutates=raw.get("mutates", False),
        success_status=tuple(raw.get("success_status", [200])),
        body_format=body.get("format"),
        xml_root=body.get("xml_root"),
        params=tuple(_field(p) for p in raw.get("params", [])),
        rules=tuple(_rule(r) for r in raw.get("rules", [])),
        response=type_ref(response["type"]) if response else None,
        response_xml_root=response.get("xml_root") if response else None,
        errors=tuple(error_row(e) for e in raw.get("errors", [])),
        page_param=raw.get("page_param"),
        query_in_body=body.get("query_in_body", False),
    )
