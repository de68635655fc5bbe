"""Type expressions of the spec format: ``string``, ``Item``, ``list[Item]``, ``csv[integer]``."""

from __future__ import annotations

import re

from generator.ir import TypeRef

_TYPE_EXPR = re.compile(r"^(?:(list|csv)\[)?([A-Za-z][A-Za-z0-9]*)\]?$")


def parse_type_expr(expr: str) -> tuple[str | None, str]:
    """``list[Item]`` -> ``("list", "Item")``; ``integer`` -> ``(None, "integer")``."""
    match = _TYPE_EXPR.match(expr)
    if not match:
        return None, expr
    return match.group(1), match.group(2)


def type_ref(expr: str) -> TypeRef:
    """``list[Item]`` -> ``TypeRef("list", (TypeRef("Item"),))``."""
    container, inner = parse_type_expr(expr)
    return TypeRef(container, (TypeRef(inner),)) if container else TypeRef(inner)
