"""What a generated module lists: its exports, the names it imports, its tables and trees."""

from __future__ import annotations

from generator import naming
from generator.ir import ApiSpec, ErrorCode, Model, TypeRef, reachable
from generator.render.emit.checks import anchored, collect_patterns


def error_scopes(spec: ApiSpec) -> list[tuple[str, tuple[ErrorCode, ...]]]:
    """Error tables by scope: ``""`` for the provider, then each operation that has rows."""
    scopes = [("", spec.provider.errors)] if spec.provider.errors else []
    return scopes + [(op.wire_name, op.errors) for op in spec.operations if op.errors]


def exception_tree(spec: ApiSpec) -> str:
    """The exception hierarchy drawn for the errors module docstring."""
    children: dict[str, list[str]] = {"ApiError": ["RateLimitError"], "RateLimitError": []}
    for family in spec.provider.error_families:
        children.setdefault(family.base, []).append(family.name)
        children.setdefault(family.name, [])
    for row in spec.error_codes:
        if row.class_name:
            children.setdefault(row.family, []).append(row.class_name)
    lines = [
        "SdkError",
        "├── ValidationError",
        "├── TransportError",
        "│   └── TransportTimeoutError",
        "├── MalformedResponseError",
        "└── ApiError",
    ]

    def draw(name: str, prefix: str) -> None:
        kids = children.get(name, [])
        for index, kid in enumerate(kids):
            last = index == len(kids) - 1
            lines.append(prefix + ("└── " if last else "├── ") + kid)
            draw(kid, prefix + ("    " if last else "│   "))

    draw("ApiError", "    ")
    return "\n".join(lines)


def models_with(spec: ApiSpec, role: str) -> list[Model]:
    """The records that have ``role`` (``input``, ``output``, ``encoded``, ``fast_json``), in order."""
    return [m for m in spec.models if role in m.roles]


def unset_date_keys(spec: ApiSpec, type_name: str) -> tuple[str, ...]:
    """The wire keys that hold a date or datetime wherever they appear in the records of ``type_name``.

    msgspec reads only real dates; the fast path clears an unset one ("", "0000-00-00") under these
    keys before it decodes. A key that also names a field of another type is left out (the tolerant
    reader takes the body then), so that field's "" stays "".
    """
    by_name = {m.name: m for m in spec.models}
    fields = [f for name in sorted(reachable(by_name, [TypeRef(type_name)])) for f in by_name[name].fields]
    dated = {f.wire_name for f in fields if f.type.item.name in ("date", "datetime")}
    other = {f.wire_name for f in fields if f.type.item.name not in ("date", "datetime")}
    return tuple(sorted(dated - other))


def envelope_payloads(spec: ApiSpec) -> list[Model]:
    """The records an enveloped carrier's operations answer as their payload, in spec order."""
    answered = {op.response.name for op in spec.operations if op.response is not None}
    return [m for m in spec.models if m.name in answered]


def mirror_text_keys(spec: ApiSpec, type_name: str) -> tuple[str, ...]:
    """The wire keys of the strings of ``type_name`` and the records it holds.

    In a JSON answer that mirrors XML a null string is ``""`` (an empty element), where msgspec
    reads None: the fast path spells these keys' nulls ``""`` before it decodes.
    """
    by_name = {m.name: m for m in spec.models}
    fields = [f for name in sorted(reachable(by_name, [TypeRef(type_name)])) for f in by_name[name].fields]
    return tuple(sorted({f.wire_name for f in fields if f.type.name == "string"}))


def model_exports(spec: ApiSpec) -> list[str]:
    """The public names of the models module (``__all__``)."""
    envelope = ["Message", "Reply"] if spec.provider.envelope is not None else []
    return sorted([e.name for e in spec.enums] + [m.name for m in spec.models] + envelope)


def model_module_names(spec: ApiSpec) -> list[str]:
    """Every name other modules may import from the models module (unused ones are dropped later)."""
    return sorted(model_exports(spec) + [naming.enum_values_name(e.name) for e in spec.enums])


def checks_module_names(spec: ApiSpec) -> list[str]:
    """The check functions and patterns operation builders use."""
    checkers = [naming.checker_name(m.name) for m in models_with(spec, "input")]
    return sorted(checkers + [name for name, _ in collect_patterns(spec)])


def credential_patterns(spec: ApiSpec) -> list[tuple[str, str]]:
    """The patterns credentials must match, as ``(constant, pattern)``."""
    found = {(naming.pattern_name(c.pattern), anchored(c.pattern)) for c in spec.provider.credentials if c.pattern}
    return sorted(found)


def callback_exports(spec: ApiSpec) -> list[str]:
    """The names the callbacks module exports."""
    names = [f"parse_{cb.name}_callback" for cb in spec.callbacks]
    return names + (["parse_callback"] if len(spec.callbacks) == 1 else [])
