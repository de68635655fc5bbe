"""Small pure passes over the IR, each ``ApiSpec -> ApiSpec``, run in order by ``run_passes``."""

from __future__ import annotations

from dataclasses import replace

from generator import naming
from generator.ir import ApiSpec, ErrorCode, Field, Model


def assign_python_names(spec: ApiSpec) -> ApiSpec:
    """Give every operation, parameter and field its snake_case Python name."""

    def named(fields: tuple[Field, ...]) -> tuple[Field, ...]:
        # A name the loader already chose (xsdata's, a flattened wrapper's) is kept.
        return tuple(replace(f, python_name=f.python_name or naming.argument_name(f.wire_name)) for f in fields)

    operations = tuple(
        replace(op, python_name=naming.snake_case(op.wire_name), params=named(op.params)) for op in spec.operations
    )
    models = tuple(replace(m, fields=named(m.fields)) for m in spec.models)
    return replace(spec, operations=operations, models=models)


def mark_optional_fields(spec: ApiSpec) -> ApiSpec:
    """Make optional parameters and fields nullable (a record's optional list stays a tuple)."""

    def marked(fields: tuple[Field, ...], keep_lists: bool) -> tuple[Field, ...]:
        return tuple(
            f
            if f.required or (keep_lists and f.type.name == "list")
            else replace(f, type=replace(f.type, nullable=True))
            for f in fields
        )

    # A record's repeated field is an empty tuple when absent; an argument is None when not given.
    return replace(
        spec,
        operations=tuple(replace(op, params=marked(op.params, keep_lists=False)) for op in spec.operations),
        models=tuple(replace(m, fields=marked(m.fields, keep_lists=True)) for m in spec.models),
    )


def assign_error_classes(spec: ApiSpec) -> ApiSpec:
    """Name one exception class per error code when the spec asks for ``per_code`` classes."""
    if spec.provider.error_classes != "per_code":
        return spec

    def classed(rows: tuple[ErrorCode, ...]) -> tuple[ErrorCode, ...]:
        return tuple(replace(row, class_name=naming.error_class_name(row.code)) for row in rows)

    provider = replace(spec.provider, errors=classed(spec.provider.errors))
    operations = tuple(replace(op, errors=classed(op.errors)) for op in spec.operations)
    return replace(spec, provider=provider, operations=operations)


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


PASSES = (assign_python_names, mark_optional_fields, assign_error_classes, order_models)


def run_passes(spec: ApiSpec) -> ApiSpec:
    """Apply every pass in order."""
    for apply in PASSES:
        spec = apply(spec)
    return spec
