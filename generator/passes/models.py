"""Decide what each record is used for, and the order records are defined in."""

from __future__ import annotations

from dataclasses import replace

from generator.ir import ApiSpec, Model, ModelRole, reachable


def assign_model_roles(spec: ApiSpec) -> ApiSpec:
    """Mark records passed in (they need checks and writers), parsed out (readers), sent inside
    encoded parameters (pair functions) and decodable by msgspec straight from JSON."""
    by_name = {m.name: m for m in spec.models}
    roles: dict[str, set[ModelRole]] = {m.name: set() for m in spec.models}
    inputs = reachable(by_name, [p.type for op in spec.operations for p in op.params])
    outputs = reachable(
        by_name, [op.response for op in spec.operations if op.response] + [c.type for c in spec.callbacks]
    )
    encoded = reachable(by_name, [p.type for op in spec.operations for p in op.params if p.encoding])
    found: tuple[tuple[ModelRole, set[str]], ...] = (("input", inputs), ("output", outputs), ("encoded", encoded))
    for role, names in found:
        for name in names:
            roles[name].add(role)
    if spec.provider.response_format == "json" and spec.provider.envelope is None:
        responses = {op.response.name for op in spec.operations if op.response is not None and not op.response.args}
        for name in responses & set(by_name):
            model = by_name[name]
            if _fast_decodable(model, by_name) and all(f.wire_name != "status" for f in model.fields):
                roles[name].add("fast_json")
    models = tuple(replace(m, roles=frozenset(roles[m.name])) for m in spec.models)
    return replace(spec, models=models)


def _fast_decodable(model: Model, by_name: dict[str, Model]) -> bool:
    """True when msgspec can decode the record's whole tree straight into the dataclasses.

    That needs Python names equal to wire names (msgspec cannot rename dataclass fields) and no
    ``json``, ``csv`` or ``file`` values, which need the generated reader's conversions.
    """
    seen: set[str] = set()
    stack = [model]
    while stack:
        current = stack.pop()
        if current.name in seen:
            continue
        seen.add(current.name)
        for f in current.fields:
            if f.python_name != f.wire_name or f.type.name in ("csv", "json", "file"):
                return False
            if f.type.item.name in ("json", "file"):
                return False
            nested = by_name.get(f.type.item.name)
            if nested is not None:
                stack.append(nested)
    return True


def order_models(spec: ApiSpec) -> ApiSpec:
    """Put each record after the records its fields use, keeping spec order otherwise."""
    by_name = {m.name: m for m in spec.models}
    ordered: list[Model] = []
    placed: set[str] = set()

    def place(model: Model) -> None:
        if model.name in placed:
            return
        placed.add(model.name)
        for f in model.fields:
            used = by_name.get(f.type.item.name)
            if used is not None:
                place(used)
        ordered.append(model)

    for model in spec.models:
        place(model)
    return replace(spec, models=tuple(ordered))
