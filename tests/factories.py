"""Small builders of IR objects for unit tests: only what a test cares about needs saying."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.ir import (
    ApiSpec,
    Constraints,
    Credential,
    EnumType,
    ErrorCode,
    Field,
    Model,
    Operation,
    Provider,
    Rule,
    TypeRef,
)


def provider(**overrides: Any) -> Provider:
    base = Provider(
        name="acme",
        title="Acme",
        description="A test carrier.",
        base_urls=(("production", "https://api.acme.test"),),
        auth_location="query",
        credentials=(),
        response_format="xml",
    )
    return replace(base, **overrides)


def field(
    name: str, type_name: str = "string", *, required: bool = False, item: str | None = None, **constraints: Any
) -> Field:
    type_ref = TypeRef(type_name, (TypeRef(item),)) if item else TypeRef(type_name)
    return Field(name, name, type_ref, f"The {name}.", required=required, constraints=Constraints(**constraints))


def operation(name: str = "getThing", *params: Field, **overrides: Any) -> Operation:
    base = Operation(name, "", "Get a thing.", "GET", "/things", params=params)
    return replace(base, **overrides)


def spec(
    *operations: Operation, models: tuple[Model, ...] = (), enums: tuple[EnumType, ...] = (), **provider_overrides: Any
) -> ApiSpec:
    return ApiSpec("acme.yaml", provider(**provider_overrides), enums, models, (), operations or (operation(),))


def rule(kind: str, *fields: str, condition: str | None = None, equals: Any = None) -> Rule:
    return Rule(kind, fields, condition, equals)


def model(name: str, *fields: Field, **overrides: Any) -> Model:
    return replace(Model(name, f"A {name}.", fields), **overrides)


def enum(name: str, *values: str | int, **overrides: Any) -> EnumType:
    return replace(EnumType(name, f"A {name}.", values), **overrides)


def error(code: str, message: str = "", **overrides: Any) -> ErrorCode:
    return replace(ErrorCode(code, message or code.replace("_", " ")), **overrides)


def credential(name: str, **overrides: Any) -> Credential:
    return replace(Credential(name, name, "", f"The {name}."), **overrides)
