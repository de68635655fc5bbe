"""Python spellings of IR types, for annotations and isinstance checks in generated code."""

from __future__ import annotations

from generator.ir import ApiSpec, Field, Model, Operation, TypeRef

_SCALARS = {
    "string": "str",
    "integer": "int",
    "decimal": "Decimal",
    "boolean": "bool",
    "date": "_dt.date",
    "datetime": "_dt.datetime",
    "file": "bytes",
    "json": "object",
}


def annotation(type_ref: TypeRef, sequence: str = "tuple") -> str:
    """The annotation of a value; ``sequence`` is ``tuple`` for models, ``Sequence`` for arguments."""
    if type_ref.args:
        inner = annotation(type_ref.args[0], sequence)
        text = f"tuple[{inner}, ...]" if sequence == "tuple" else f"Sequence[{inner}]"
    else:
        text = _SCALARS.get(type_ref.name, type_ref.name)
    return f"{text} | None" if type_ref.nullable else text


def argument_annotation(type_ref: TypeRef) -> str:
    """The annotation of a method's keyword argument."""
    return annotation(type_ref, "Sequence")


def spec_argument_annotation(spec: ApiSpec, type_ref: TypeRef) -> str:
    """A keyword argument's annotation; Enum-class values may also be given as their wire strings."""
    text = argument_annotation(type_ref)
    styles = {e.name: e.style for e in spec.enums}
    if styles.get(type_ref.item.name, "literal") != "literal":
        text = text.replace(type_ref.item.name, f"{type_ref.item.name} | str", 1)
    return text


def model_names(spec: ApiSpec) -> frozenset[str]:
    """Names of the record types."""
    return frozenset(m.name for m in spec.models)


def enum_values(spec: ApiSpec) -> dict[str, tuple[str | int, ...]]:
    """Each enum's name and values."""
    return {e.name: e.values for e in spec.enums}


def _reachable(spec: ApiSpec, roots: list[TypeRef]) -> list[Model]:
    by_name = {m.name: m for m in spec.models}
    seen: set[str] = set()
    stack = [r.item.name for r in roots]
    while stack:
        name = stack.pop()
        if name in by_name and name not in seen:
            seen.add(name)
            stack.extend(f.type.item.name for f in by_name[name].fields)
    return [m for m in spec.models if m.name in seen]


def input_models(spec: ApiSpec) -> list[Model]:
    """Records a caller builds and passes in (so they need checks and serialisers)."""
    return _reachable(spec, [p.type for op in spec.operations for p in op.params])


def output_models(spec: ApiSpec) -> list[Model]:
    """Records parsed from responses and callbacks."""
    roots = [op.response for op in spec.operations if op.response] + [cb.type for cb in spec.callbacks]
    return _reachable(spec, roots)


def result_type(spec: ApiSpec, op: Operation) -> TypeRef | None:
    """What a method returns: None, the response record, or the list a SOAP ``ArrayOf`` response wraps."""
    if op.response is None or not op.result_path:
        return op.response
    return TypeRef("list", (_result_field(spec, op).type.item,))


def result_annotation_for(spec: ApiSpec, op: Operation) -> str:
    """The return annotation of an operation's method."""
    found = result_type(spec, op)
    if found is None:
        return "None"
    if spec.provider.envelope is not None:
        return "Reply"
    if found.name == "list":
        return f"list[{annotation(found.item)}]"
    return annotation(found)


def _result_field(spec: ApiSpec, op: Operation) -> Field:
    assert op.response is not None
    models = {m.name: m for m in spec.models}
    model = models[op.response.name]
    found = None
    for attribute in op.result_path:
        found = next(f for f in model.fields if f.python_name == attribute)
        model = models.get(found.type.item.name, model)
    assert found is not None
    return found
