"""Python spellings of IR types, for annotations in generated code."""

from __future__ import annotations

from generator.ir import ApiSpec, Operation, TypeRef

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


def annotation(type_ref: TypeRef, sequence: str = "tuple", loose: frozenset[str] = frozenset()) -> str:
    """The annotation of a value; ``sequence`` is ``tuple`` for models, ``Sequence`` for arguments.

    A name in ``loose`` (an Enum class) also takes its wire strings: ``Kind | str``.
    """
    if type_ref.args:
        inner = annotation(type_ref.args[0], sequence, loose)
        text = f"tuple[{inner}, ...]" if sequence == "tuple" else f"Sequence[{inner}]"
    else:
        text = _SCALARS.get(type_ref.name, type_ref.name)
        if type_ref.name in loose:
            text += " | str"
    return f"{text} | None" if type_ref.nullable else text


def argument_annotation(spec: ApiSpec, type_ref: TypeRef) -> str:
    """A keyword argument's annotation; Enum-class values may also be given as their wire strings."""
    return annotation(type_ref, "Sequence", frozenset(e.name for e in spec.enums if e.style != "literal"))


def result_annotation(spec: ApiSpec, op: Operation) -> str:
    """The return annotation of an operation's method: None, a record, a list, or the envelope's Reply."""
    if op.result is None:
        return "None"
    if spec.provider.envelope is not None:
        return "Reply"
    if op.result.name == "list":
        return f"list[{annotation(op.result.item)}]"
    return annotation(op.result)
