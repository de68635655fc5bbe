"""Make what may be left out nullable."""

from __future__ import annotations

from dataclasses import replace

from generator.ir import ApiSpec, Field


def mark_optional_fields(spec: ApiSpec) -> ApiSpec:
    """Make optional parameters and fields nullable (a record's optional list stays a tuple).

    A record's repeated field is an empty tuple when absent; an argument is None when not given.
    """

    def marked(fields: tuple[Field, ...], keep_lists: bool) -> tuple[Field, ...]:
        return tuple(
            f
            if f.required or (keep_lists and f.type.name == "list")
            else replace(f, type=replace(f.type, nullable=True))
            for f in fields
        )

    return replace(
        spec,
        operations=tuple(replace(op, params=marked(op.params, keep_lists=False)) for op in spec.operations),
        models=tuple(replace(m, fields=marked(m.fields, keep_lists=True)) for m in spec.models),
    )
