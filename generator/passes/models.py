"""Decide what each record is used for, and the order records are defined in."""

from __future__ import annotations

from dataclasses import replace

from generator.ir import ApiSpec, Model, ModelRole, TypeRef, reachable


def assign_model_roles(spec: ApiSpec) -> ApiSpec:
    """Mark records passed in (they need checks and writers), parsed out (readers), sent inside
    encoded parameters (pair functions) and decodable by msgspec straight from JSON (a status-field
    carrier's whole answer, an enveloped carrier's payload)."""
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
    responses = {op.response.name for op in spec.operations if op.response is not None and not op.response.args}
    for name in sorted(responses & set(by_name)):
        for record in _decoded_by_msgspec(spec, name, by_name):
            roles[record].add("fast_json")
    models = tuple(replace(m, roles=frozenset(roles[m.name])) for m in spec.models)
    return replace(spec, models=models)


def _decoded_by_msgspec(spec: ApiSpec, name: str, by_name: dict[str, Model]) -> set[str]:
    """The records msgspec decodes an answer of the response record ``name`` into, if it can.

    A status-field carrier's answer is decoded whole into the record (``_fast_decodable``); an
    enveloped carrier's payload into a Struct of its JSON form per record of its tree (its lists in
    the XML form's containers), which the generated code turns into the records.
    """
    if spec.provider.json_mirrors_xml:
        tree = reachable(by_name, [TypeRef(name)])
        return tree if all(_converted_by_msgspec(by_name[record]) for record in tree) else set()
    model = by_name[name]
    if spec.provider.response_format != "json" or any(f.wire_name == "status" for f in model.fields):
        return set()
    return {name} if _fast_decodable(model, by_name) else set()


def _converted_by_msgspec(model: Model) -> bool:
    """True when msgspec reads each of the record's values itself (``json``, ``csv`` and ``file`` values
    need the generated reader's conversions)."""
    return all(f.type.name != "csv" and f.type.item.name not in ("json", "file") for f in model.fields)


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
