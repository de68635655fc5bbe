"""Load an HTTP carrier's YAML spec into the IR: read with positions, schema, semantic checks, build."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from generator.ir import (
    WIRE_INTEGER_RANGE,
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
    RpcBinding,
    RpcElement,
    Rule,
)
from generator.load.checks import check_semantics
from generator.load.common import (
    DEFAULT_SDK_VERSION,
    credential,
    digests,
    duplicate_provider,
    error_row,
    family,
    read_fake_state,
)
from generator.load.locations import Located, yaml_source_map
from generator.load.schema import check_schema
from generator.load.types import type_ref
from generator.load.yaml_source import YamlDocument, read_yaml
from generator.timing import Timings

_CONSTRAINT_KEYS = tuple(Constraints.__dataclass_fields__)


def load_http_spec(
    path: Path, display: str, taken: Mapping[str, str], timings: Timings, locate: bool = False
) -> Located:
    """Load one HTTP spec; any problem (syntax, schema, cross-references) means no IR.

    With ``locate``, the result also says where each item of the spec is written.
    """
    with timings.measure("yaml"):
        doc, read_problems = read_yaml(path, display)
    if doc is None:
        return Located(None, read_problems)
    with timings.measure("schema"):
        # A duplicate key still leaves a document (YAML keeps the last entry): it is checked all the same,
        # so that one report lists every problem.
        schema_problems = check_schema(doc)
        problems = read_problems + schema_problems
    with timings.measure("checks"):
        seen = {d.path for d in problems}
        problems += [d for d in _semantic_problems(doc, schema_clean=not schema_problems) if d.path not in seen]
        if problems:
            return Located(None, problems)
        problems = duplicate_provider(doc, taken)
        if problems:
            return Located(None, problems)
        fake_state, fake_files = read_fake_state(path)
        spec = replace(build_spec(doc.data, display), inputs=digests([path, *fake_files]), fake_state=fake_state)
        return Located(spec, [], yaml_source_map(doc) if locate else None)


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
    provider = _provider(data["provider"])
    rpc = provider.rpc is not None
    operations = tuple(_operation(name, op, rpc) for name, op in data["operations"].items())
    version = data.get("sdk_version", DEFAULT_SDK_VERSION)
    return ApiSpec(source, provider, enums, models, callbacks, operations, sdk_version=version)


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
        rpc=_rpc_binding(raw.get("soap")),
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


def _rpc_binding(raw: dict[str, Any] | None) -> RpcBinding | None:
    if raw is None:
        return None
    return RpcBinding(
        raw["path"], raw["namespace"], raw["soap_action"], raw["types_namespace"], raw.get("part", "params")
    )


def _rpc_element(raw: dict[str, Any]) -> RpcElement | None:
    """A parameter's SOAP element: the spec's ``soap`` key, or its own name (the type is derived later)."""
    soap = raw.get("soap", {})
    if soap is False:
        return None
    return RpcElement(soap.get("name", raw["name"]), soap.get("type", ""))


def _field(raw: dict[str, Any], rpc: bool = False) -> Field:
    constraints = Constraints(**{k: raw[k] for k in _CONSTRAINT_KEYS if k in raw})
    if raw["type"] == "integer":
        low, high = WIRE_INTEGER_RANGE
        minimum = low if constraints.minimum is None else constraints.minimum
        constraints = replace(
            constraints, minimum=minimum, maximum=high if constraints.maximum is None else constraints.maximum
        )
    return Field(
        wire_name=raw["name"],
        python_name="",
        type=type_ref(raw["type"]),
        description=raw["description"],
        required=raw.get("required", False),
        default=raw.get("default"),
        constraints=constraints,
        location=raw.get("in"),
        xml_item=raw.get("xml_item"),
        messages=tuple(sorted(raw.get("messages", {}).items())),
        booleans=(raw["booleans"]["true_value"], raw["booleans"]["false_value"]) if "booleans" in raw else None,
        encoding=raw.get("encoding"),
        rpc=_rpc_element(raw) if rpc else None,
        secret=raw.get("secret", False),
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


def _operation(name: str, raw: dict[str, Any], rpc: bool) -> Operation:
    body = raw.get("body", {})
    rpc = rpc and raw.get("soap", True) is not False
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
        params=tuple(_field(p, rpc) for p in raw.get("params", [])),
        rules=tuple(_rule(r) for r in raw.get("rules", [])),
        response=type_ref(response["type"]) if response else None,
        response_xml_root=response.get("xml_root") if response else None,
        errors=tuple(error_row(e) for e in raw.get("errors", [])),
        page_param=raw.get("page_param"),
        query_in_body=body.get("query_in_body", False),
        rpc=rpc,
    )
