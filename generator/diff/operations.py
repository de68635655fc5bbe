"""Operations: added, removed or renamed, and each one's endpoint, encoding, safety, result and arguments."""

from __future__ import annotations

from collections.abc import Iterator

from generator.diff.fields import FieldScope
from generator.diff.inputs import compare_inputs
from generator.diff.model import Finding
from generator.diff.rules import RuleScope, compare_rules
from generator.diff.side import Pair
from generator.diff.wording import code, python_type
from generator.ir import Operation

_UPGRADE = "upgrade: older SDK versions send it the old way"


def compare_operations(pair: Pair) -> Iterator[Finding]:
    """Every change to the operations of a spec."""
    base, revision = pair.base.operations, pair.revision.operations
    removed = [op for name, op in base.items() if name not in revision]
    added = [op for name, op in revision.items() if name not in base]
    matched = [(op, revision[name]) for name, op in base.items() if name in revision]
    for old, new in _pairs(removed, added):
        removed.remove(old)
        added.remove(new)
        matched.append((old, new))
        if old.python_name != new.python_name:
            message = f"`{old.python_name}()` is now `{new.python_name}()` (wire {old.wire_name} -> {new.wire_name})"
            yield _finding(pair, "operation-renamed", old, new, (), message, f"call `{new.python_name}()` instead")
    for old in removed:
        message = f"`{old.python_name}()` was removed (wire operation {old.wire_name})"
        yield _finding(pair, "operation-removed", old, None, (), message, f"stop calling `{old.python_name}()`")
    for new in added:
        yield _finding(pair, "operation-added", None, new, (), f"new method `{new.python_name}()` ({new.wire_name})")
    for old, new in matched:
        yield from _changed(pair, old, new)


def _pairs(removed: list[Operation], added: list[Operation]) -> list[tuple[Operation, Operation]]:
    """Removed and added operations that are one renamed: same method name, or one unique request shape."""
    found = []
    by_python = {op.python_name: op for op in added}
    for old in removed:
        if old.python_name in by_python:
            found.append((old, by_python.pop(old.python_name)))
    left_old = [op for op in removed if all(op is not o for o, _ in found)]
    left_new = list(by_python.values())
    for old in left_old:
        same = [new for new in left_new if _shape(new) == _shape(old)]
        twins = [other for other in left_old if _shape(other) == _shape(old)]
        if len(same) == 1 and len(twins) == 1 and old.params:
            found.append((old, same[0]))
            left_new.remove(same[0])
    return found


def _shape(op: Operation) -> tuple[object, ...]:
    """What a caller sees of an operation besides its name: arguments, their types, and whether it returns."""
    return (tuple((p.wire_name, python_type(p.type), p.required) for p in op.params), op.result is None)


def _finding(
    pair: Pair,
    check_id: str,
    old: Operation | None,
    new: Operation | None,
    attribute: tuple[str, ...],
    message: str,
    action: str = "",
) -> Finding:
    shown = new or old
    assert shown is not None
    method = f"iter_{shown.python_name}" if check_id.startswith("operation-paging") else shown.python_name
    return pair.finding(
        check_id,
        ("operations", shown.wire_name, *attribute),
        message,
        action=action,
        operations=[shown.wire_name],
        python=f"Client.{method}()",
        base_at=("operations", (old or shown).wire_name, *attribute),
    )


def _changed(pair: Pair, old: Operation, new: Operation) -> Iterator[Finding]:
    method = f"`{new.python_name}()`"
    if old.python_name != new.python_name and old.wire_name == new.wire_name:
        message = f"`{old.python_name}()` is now {method}"
        yield _finding(pair, "operation-python-name-changed", old, new, (), message, f"call {method} instead")
    yield from _wire(pair, old, new)
    yield from _safety_and_result(pair, old, new)
    for fault in sorted(set(new.faults) - set(old.faults)):
        message = f"{method} may now fail with the SOAP fault {fault} (raised as ApiError)"
        yield _finding(pair, "operation-fault-added", old, new, ("faults", fault), message, "handle ApiError")
    for fault in sorted(set(old.faults) - set(new.faults)):
        yield _finding(pair, "operation-fault-removed", old, new, ("faults", fault), f"{method}: fault {fault} removed")
    if old.description != new.description:
        yield _finding(pair, "description-changed", old, new, ("description",), f"{method}: description changed")
    operations = (new.wire_name,)
    params = FieldScope(
        pair,
        "param",
        ("operations", old.wire_name, "params"),
        ("operations", new.wire_name, "params"),
        f"{new.python_name}()",
        operations,
    )
    yield from compare_inputs(params, old.params, new.params)
    base_rules, revision_rules = ("operations", old.wire_name, "rules"), ("operations", new.wire_name, "rules")
    yield from compare_rules(RuleScope(pair, base_rules, revision_rules, method, operations), old.rules, new.rules)


def _wire(pair: Pair, old: Operation, new: Operation) -> Iterator[Finding]:
    """Where the request goes and how it and its answer are written."""
    method = f"`{new.python_name}()`"
    facts: list[tuple[str, tuple[str, ...], str, object, object]] = [
        ("operation-endpoint-changed", ("http_method",), "HTTP method", old.http_method, new.http_method),
        ("operation-endpoint-changed", ("path",), "path", old.path, new.path),
        ("operation-endpoint-changed", ("query",), "fixed query", dict(old.fixed_query), dict(new.fixed_query)),
        ("operation-encoding-changed", ("body", "format"), "body format", old.body_format, new.body_format),
        ("operation-encoding-changed", ("body", "xml_root"), "request root element", old.xml_root, new.xml_root),
        (
            "operation-encoding-changed",
            ("body", "query_in_body"),
            "query in body",
            old.query_in_body,
            new.query_in_body,
        ),
        (
            "operation-encoding-changed",
            ("response", "xml_root"),
            "response root element",
            old.response_xml_root,
            new.response_xml_root,
        ),
        ("operation-soap-action-changed", ("soap_action",), "soapAction", old.soap_action, new.soap_action),
    ]
    for check_id, attribute, what, before, after in facts:
        if before != after:
            message = f"{method}: {what} {code(before)} -> {code(after)}"
            yield _finding(pair, check_id, old, new, attribute, message, _UPGRADE)
    for status in sorted(set(new.success_status) - set(old.success_status)):
        message = f"{method}: the carrier may answer success with HTTP {status}"
        yield _finding(
            pair, "operation-success-status-added", old, new, ("success_status", str(status)), message, _UPGRADE
        )
    for status in sorted(set(old.success_status) - set(new.success_status)):
        message = f"{method}: HTTP {status} is no longer a documented success"
        yield _finding(pair, "operation-success-status-removed", old, new, ("success_status",), message)


def _safety_and_result(pair: Pair, old: Operation, new: Operation) -> Iterator[Finding]:
    method = f"`{new.python_name}()`"
    if old.mutates and not new.mutates:
        message = f"{method} no longer changes state: it is now retried after timeouts and 5xx answers"
        action = "make sure a repeated call is harmless"
        yield _finding(pair, "operation-no-longer-mutating", old, new, ("mutates",), message, action)
    elif new.mutates and not old.mutates:
        message = f"{method} now changes state: it is no longer retried once the request may have been sent"
        yield _finding(pair, "operation-now-mutating", old, new, ("mutates",), message)
    before = python_type(old.result, "list") if old.result else None
    after = python_type(new.result, "list") if new.result else None
    if before is not None and after is None:
        message = f"{method} now returns None (was {code(before)})"
        yield _finding(pair, "operation-result-removed", old, new, ("response",), message, "stop using its result")
    elif before is None and after is not None:
        message = f"{method} now returns {code(after)} (was None)"
        yield _finding(pair, "operation-result-added", old, new, ("response",), message)
    elif before != after:
        message = f"{method} returns {code(after)} instead of {code(before)}"
        action = f"read its result as {code(after)}"
        yield _finding(pair, "operation-result-changed", old, new, ("response", "type"), message, action)
    if old.paging is None and new.paging is not None:
        message = f"new `iter_{new.python_name}()` walks every page of {method}"
        yield _finding(pair, "operation-paging-added", old, new, ("page_param",), message)
    elif old.paging is not None and new.paging is None:
        message = f"`iter_{old.python_name}()` was removed ({method} is no longer paged)"
        action = f"page through {method} yourself"
        yield _finding(pair, "operation-paging-removed", old, new, ("page_param",), message, action)
