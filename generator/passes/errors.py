"""Decide the exception class of every documented error code."""

from __future__ import annotations

from dataclasses import replace

from generator import naming
from generator.ir import ApiSpec, ErrorCode, ErrorFamily


def assign_error_classes(spec: ApiSpec) -> ApiSpec:
    """Name one exception class per error code when the spec asks for ``per_code`` classes."""
    if spec.provider.error_classes != "per_code":
        return spec

    def classed(rows: tuple[ErrorCode, ...]) -> tuple[ErrorCode, ...]:
        return tuple(replace(row, class_name=naming.error_class_name(row.code)) for row in rows)

    provider = replace(spec.provider, errors=classed(spec.provider.errors))
    operations = tuple(replace(op, errors=classed(op.errors)) for op in spec.operations)
    return replace(spec, provider=provider, operations=operations)


def family_of(row: ErrorCode, families: tuple[ErrorFamily, ...]) -> str:
    """The family class of an error row: by code or code prefix first, then by HTTP status."""
    for family in families:
        if row.code in family.codes or any(row.code.startswith(p) for p in family.code_prefixes):
            return family.name
    for family in families:
        if row.http_status in family.http_statuses:
            return family.name
    return "RateLimitError" if row.http_status == 429 else "ApiError"


def assign_error_families(spec: ApiSpec) -> ApiSpec:
    """Set each row's family and list every documented code once (the provider's table first)."""
    families = spec.provider.error_families

    def placed(rows: tuple[ErrorCode, ...]) -> tuple[ErrorCode, ...]:
        return tuple(replace(row, family=family_of(row, families)) for row in rows)

    provider = replace(spec.provider, errors=placed(spec.provider.errors))
    operations = tuple(replace(op, errors=placed(op.errors)) for op in spec.operations)
    codes: dict[str, ErrorCode] = {}
    for row in provider.errors + tuple(row for op in operations for row in op.errors):
        codes.setdefault(row.code, row)
    return replace(spec, provider=provider, operations=operations, error_codes=tuple(codes.values()))
