"""Give everything the spec names its Python name (the spelling rules live in ``generator.naming``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from generator import naming
from generator.ir import ApiSpec, Field


def assign_python_names(spec: ApiSpec) -> ApiSpec:
    """Name every operation, parameter, field, credential and client option.

    A name the loader already chose is kept: SOAP models are written by xsdata, whose attribute
    names the keyword arguments must match. A credential that an ``auth`` rule names is optional.
    """

    def named(fields: tuple[Field, ...], name: Callable[[str], str]) -> tuple[Field, ...]:
        return tuple(replace(f, python_name=f.python_name or name(f.wire_name)) for f in fields)

    provider = spec.provider
    in_rules = {name for rule in provider.auth_rules for name in rule.fields}
    credentials = tuple(
        replace(c, python_name=c.python_name or naming.argument_name(c.name), optional=c.name in in_rules)
        for c in provider.credentials
    )
    options = tuple(
        replace(o, python_name=o.python_name or naming.argument_name(o.wire_name)) for o in provider.client_options
    )
    operations = tuple(
        replace(
            op,
            python_name=op.python_name or naming.snake_case(op.wire_name),
            params=named(op.params, naming.argument_name),
        )
        for op in spec.operations
    )
    models = tuple(replace(m, fields=named(m.fields, naming.field_name)) for m in spec.models)
    provider = replace(provider, credentials=credentials, client_options=options)
    return replace(spec, provider=provider, operations=operations, models=models)
