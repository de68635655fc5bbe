"""Decide what each method returns and how a paged listing is walked."""

from __future__ import annotations

from dataclasses import replace

from generator.ir import ApiSpec, Field, Model, Operation, ResultPaging, TypeRef


def assign_results(spec: ApiSpec) -> ApiSpec:
    """Set each operation's ``result`` and, for paged listings, its ``paging``."""
    models = {m.name: m for m in spec.models}
    operations = tuple(replace(op, result=_result(op, models), paging=_paging(op, models)) for op in spec.operations)
    return replace(spec, operations=operations)


def _result(op: Operation, models: dict[str, Model]) -> TypeRef | None:
    """None, the response record, or the list a SOAP ``ArrayOf`` response wraps (``result_path``)."""
    if op.response is None or not op.result_path:
        return op.response
    model = models[op.response.name]
    found: Field | None = None
    for attribute in op.result_path:
        found = next(f for f in model.fields if f.python_name == attribute)
        model = models.get(found.type.item.name, model)
    assert found is not None
    return TypeRef("list", (found.type.item,))


def _paging(op: Operation, models: dict[str, Model]) -> ResultPaging | None:
    if op.page_param is None or op.response is None:
        return None
    model = models[op.response.name]
    assert model.paging is not None  # the loader's checks guarantee it
    names = {f.wire_name: f for f in model.fields}
    items = names[model.paging.items]
    return ResultPaging(
        param=next(p.python_name for p in op.params if p.wire_name == op.page_param),
        page=names[model.paging.page].python_name,
        total_pages=names[model.paging.total_pages].python_name,
        items=items.python_name,
        item=items.type.item,
    )
