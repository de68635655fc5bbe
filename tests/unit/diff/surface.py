"""The machinery of the surface cross-check: spec parts per case, assembled into one base and a revision
per variant, and callers written against the old SDK.

Each case adds its own operations, records, errors, credentials... to a shared spec, so all of a
variant's changes fit in one revision and one ``mypy --strict`` run checks every caller at once.
Cases whose change reaches every ``Client(...)`` call (credentials removed, renamed or now required)
or every result (the envelope) get a variant of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from generator.ir import (
    ApiSpec,
    Callback,
    ClientOption,
    Credential,
    EnumType,
    ErrorCode,
    ErrorFamily,
    Model,
    Operation,
    Provider,
    RateLimit,
    Rule,
)

BASE_URL = "https://api.surface.test"


@dataclass(frozen=True)
class Part:
    """What one case puts into a spec (its base or its revision)."""

    operations: tuple[Operation, ...] = ()
    models: tuple[Model, ...] = ()
    enums: tuple[EnumType, ...] = ()
    errors: tuple[ErrorCode, ...] = ()
    families: tuple[ErrorFamily, ...] = ()
    credentials: tuple[Credential, ...] = ()
    auth_rules: tuple[Rule, ...] = ()
    base_urls: tuple[tuple[str, str], ...] = ()
    options: tuple[ClientOption, ...] = ()
    rate_limits: tuple[RateLimit, ...] = ()
    callbacks: tuple[Callback, ...] = ()
    empty_result_codes: tuple[str, ...] = ()
    provider: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Surface:
    """One check shown on the generated SDK: its spec part before and after, and old code using it.

    ``caller`` is the body of ``use(client)``, written against the old SDK (``{required}`` stands for
    the credentials every ``Client(...)`` needs). A ``type`` claim names a piece of the mypy error
    expected (``error``). A ``runtime`` claim runs ``use`` on a client of a mock carrier answering
    ``answer``, and names the exception the new SDK raises (``raises``; the old one raises none).
    ``fresh`` is new code that only the new SDK accepts: an addition really is there.
    """

    check: str
    base: Part
    revision: Part
    caller: str
    error: str = ""
    raises: str = ""
    answer: str = '{"status": "success"}'
    fresh: str = ""
    variant: str = "a"

    @property
    def slug(self) -> str:
        return self.check.replace("-", "_")


def provider(name: str, parts: list[Part]) -> Provider:
    """The shared carrier: JSON answers with a status field, one token, and every part's pieces."""
    overrides: dict[str, Any] = {}
    for part in parts:
        overrides.update(part.provider)
    base = Provider(
        name=name,
        title="Surface",
        description="The carrier of the surface cross-check.",
        base_urls=(("production", BASE_URL), *(u for p in parts for u in p.base_urls)),
        auth_location="query",
        credentials=(Credential("token", "token", "", "The token."), *(c for p in parts for c in p.credentials)),
        response_format="json",
        error_format="status_field",
        empty_body="success",
        auth_rules=tuple(r for p in parts for r in p.auth_rules),
        client_options=tuple(o for p in parts for o in p.options),
        error_families=tuple(f for p in parts for f in p.families),
        errors=tuple(e for p in parts for e in p.errors),
        empty_result_codes=tuple(c for p in parts for c in p.empty_result_codes),
        rate_limits=tuple(r for p in parts for r in p.rate_limits),
    )
    return replace(base, **overrides)


def assemble(name: str, parts: list[Part]) -> ApiSpec:
    """One spec from every part (plus a ``ping`` operation every caller may use)."""
    ping = Operation("ping", "", "Check the connection.", "GET", "/ping")
    return ApiSpec(
        f"{name}.yaml",
        provider(name, parts),
        tuple(e for p in parts for e in p.enums),
        tuple(m for p in parts for m in p.models),
        tuple(c for p in parts for c in p.callbacks),
        (ping, *(o for p in parts for o in p.operations)),
    )


def required_arguments(spec: ApiSpec) -> str:
    """The keyword arguments every ``Client(...)`` of ``spec`` needs (passes applied), with sample values:
    each required credential, and the first of each ``one_of`` rule's."""
    names = [c.name for c in spec.provider.credentials if not c.optional]
    names += [rule.fields[0] for rule in spec.provider.auth_rules if rule.kind == "one_of"]
    by_name = {c.name: c for c in spec.provider.credentials}
    return ", ".join(f'{by_name[n].python_name}="{sample(by_name[n])}"' for n in dict.fromkeys(names))


def sample(credential: Credential) -> str:
    """A value every pattern of the cases accepts."""
    return "abc" if credential.pattern else "secret"


def caller_module(package: str, body: str, required: str) -> str:
    """A module of code against ``package``: ``use(client)`` runs ``body``; ``run`` runs it on a mock carrier."""
    lines = [
        "from __future__ import annotations",
        "",
        "import httpx",
        "",
        f"import {package} as sdk",
        "",
        "",
        "def use(client: sdk.Client) -> None:",
        *(f"    {line}" for line in body.replace("{required}", required).splitlines()),
        "",
        "",
        "def run(transport: httpx.MockTransport) -> None:",
        f"    use(sdk.Client({required}, http_client=httpx.Client(transport=transport)))",
    ]
    return "\n".join(lines) + "\n"
