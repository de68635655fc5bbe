"""Python spellings of IR types, for annotations in generated code."""

from __future__ import annotations

from collections.abc import Mapping

from generator.ir import ApiSpec, Operation, TypeRef
from generator.render.pyliteral import literal

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


def annotation(type_ref: TypeRef, sequence: str = "tuple", also: Mapping[str, str] | None = None) -> str:
    """The annotation of a value; ``sequence`` is ``tuple`` for models, ``Sequence`` for arguments.

    A type named in ``also`` (an Enum class) also takes what it maps to: ``Kind | str``.
    """
    if type_ref.args:
        inner = annotation(type_ref.args[0], sequence, also)
        text = f"tuple[{inner}, ...]" if sequence == "tuple" else f"Sequence[{inner}]"
    else:
        text = _SCALARS.get(type_ref.name, type_ref.name)
        if also and type_ref.name in also:
            text += " | " + also[type_ref.name]
    return f"{text} | None" if type_ref.nullable else text


def argument_annotation(spec: ApiSpec, type_ref: TypeRef) -> str:
    """A keyword argument's annotation; Enum-class values may also be given as their wire values.

    A closed Enum takes its members or a ``Literal`` of its values, so a type checker catches a
    wrong value as it does for the ``Literal`` enums of other SDKs; an open one (``Known...``)
    takes any string.
    """
    also = {}
    for enum in spec.enums:
        if enum.style == "enum_class":
            also[enum.name] = "Literal[" + ", ".join(literal(value) for value in enum.values) + "]"
        elif enum.style == "open_enum_class":
            also[enum.name] = "str"
    return annotation(type_ref, "Sequence", also)


def result_annotation(spec: ApiSpec, op: Operation) -> str:
    """The return annotation of an operation's method: None, a record, a list, or the envelope's Reply."""
    if op.result is None:
        return "None"
    if spec.provider.envelope is not None:
        # The payload the spec documents, or (it documents none) the answer's tree.
        documented = op.result.name not in ("json", "list")
        return f"Reply[{annotation(op.result)}]" if documented else "Reply[Mapping[str, Any]]"
    return annotation(op.result)  # a list is a tuple, as in every record: one sequence type
