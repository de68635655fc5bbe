"""Named types and webhooks: records and enums, read in the direction the SDK uses them.

A record the SDK sends is compared as a request (stricter is breaking), one it reads as a response
(looser is breaking); a type used both ways gets both readings and each change keeps the more
severe one. An enum's values follow the same rule. A type used nowhere reads as sent: user code
may still build it.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.diff.fields import FieldScope
from generator.diff.inputs import compare_inputs
from generator.diff.model import Finding, most_severe
from generator.diff.outputs import compare_outputs
from generator.diff.rules import RuleScope, compare_rules
from generator.diff.side import Direction, Pair
from generator.diff.wording import code
from generator.ir import Callback, EnumType, Model


def compare_types(pair: Pair) -> Iterator[Finding]:
    """Every change to the named types and webhook payloads of a spec."""
    wrappers = pair.base.wrappers | pair.revision.wrappers
    base: dict[str, Model | EnumType] = {**pair.base.models, **pair.base.enums}
    revision: dict[str, Model | EnumType] = {**pair.revision.models, **pair.revision.enums}
    for name in wrappers:
        base.pop(name, None)
        revision.pop(name, None)
    for name in sorted(base.keys() - revision.keys()):
        message = f"`models.{name}` was removed"
        yield _finding(pair, "type-removed", name, (), message, f"stop using `models.{name}`")
    for name in sorted(revision.keys() - base.keys()):
        yield _finding(pair, "type-added", name, (), f"new type `models.{name}`")
    for name in sorted(base.keys() & revision.keys()):
        old, new = base[name], revision[name]
        if isinstance(old, Model) and isinstance(new, Model):
            yield from _records(pair, old, new)
        elif isinstance(old, EnumType) and isinstance(new, EnumType):
            yield from _enums(pair, old, new)
        else:
            message = f"`models.{name}` changed from {_kind(old)} to {_kind(new)}"
            yield _finding(pair, "type-kind-changed", name, (), message, f"use `models.{name}` as {_kind(new)}")
    yield from _callbacks(pair)


def _kind(value: Model | EnumType) -> str:
    return "a record" if isinstance(value, Model) else "an enum"


def _finding(
    pair: Pair, check_id: str, name: str, attribute: tuple[str, ...], message: str, action: str = ""
) -> Finding:
    return pair.finding(
        check_id,
        ("types", name, *attribute),
        message,
        action=action,
        operations=pair.type_users(name),
        python=f"models.{name}",
    )


def _directions(pair: Pair, name: str) -> list[Direction]:
    """How the SDK uses a type in either version: sent first (it wins a tie), then read."""
    used = pair.base.directions.get(name, frozenset()) | pair.revision.directions.get(name, frozenset())
    return [d for d in ("request", "response") if d in used] or ["request"]


def _records(pair: Pair, old: Model, new: Model) -> Iterator[Finding]:
    path = ("types", new.name, "fields")
    scope = FieldScope(pair, "field", path, path, f"models.{new.name}", pair.type_users(new.name))
    readings: dict[tuple[str, ...], list[Finding]] = {}
    for direction in _directions(pair, new.name):
        compare = compare_inputs if direction == "request" else compare_outputs
        for finding in compare(scope, old.fields, new.fields):
            readings.setdefault(finding.subject, []).append(finding)
    yield from (most_severe(found) for found in readings.values())
    rules = ("types", new.name, "rules")
    yield from compare_rules(
        RuleScope(pair, rules, rules, f"`models.{new.name}`", scope.operations), old.rules, new.rules
    )
    if old.description != new.description:
        yield _finding(
            pair, "description-changed", new.name, ("description",), f"`models.{new.name}`: description changed"
        )


def _enums(pair: Pair, old: EnumType, new: EnumType) -> Iterator[Finding]:
    name = new.name
    directions = _directions(pair, name)
    for value in [v for v in old.values if v not in new.values]:
        readings = [
            _finding(pair, f"{d}-enum-value-removed", name, ("enum", str(value)), f"`models.{name}` lost {value!r}",
                     f"stop using {value!r}" if d == "request" else f"stop comparing with {value!r}")
            for d in directions
        ]  # fmt: skip
        yield most_severe(readings)
    for value in [v for v in new.values if v not in old.values]:
        readings = [
            _finding(pair, f"{d}-enum-value-added", name, ("enum", str(value)), f"`models.{name}` gained {value!r}",
                     "" if d == "request" else f"handle {value!r} where you read `models.{name}`")
            for d in directions
        ]  # fmt: skip
        yield most_severe(readings)
    if old.description != new.description:
        yield _finding(pair, "description-changed", name, ("description",), f"`models.{name}`: description changed")


def _callbacks(pair: Pair) -> Iterator[Finding]:
    base = {c.name: c for c in pair.base.spec.callbacks}
    revision = {c.name: c for c in pair.revision.spec.callbacks}
    for name in sorted(base.keys() | revision.keys()):
        old, new = base.get(name), revision.get(name)
        path, python = ("callbacks", name), f"parse_{name}_callback()"
        if new is None:
            message, action = f"`{python}` was removed", f"stop calling `{python}`"
            yield pair.finding("callback-removed", path, message, action=action, python=python)
        elif old is None:
            yield pair.finding("callback-added", path, f"new `{python}`", python=python)
        else:
            yield from _callback_changed(pair, old, new)


def _callback_changed(pair: Pair, old: Callback, new: Callback) -> Iterator[Finding]:
    path, python = ("callbacks", new.name), f"parse_{new.name}_callback()"
    parsed, parsed_now = _parsed_as(old), _parsed_as(new)
    if parsed != parsed_now:
        message = f"`{python}` returns {code(parsed_now)} instead of {code(parsed)}"
        action = f"read it as {code(parsed_now)}"
        yield pair.finding("callback-type-changed", (*path, "type"), message, action=action, python=python)
    for key, before, after in (("format", old.format, new.format), ("xml_root", old.xml_root, new.xml_root)):
        if before != after:
            message = f"`{python}`: {key} {code(before)} -> {code(after)}"
            action = "upgrade to read the new payloads"
            yield pair.finding("callback-wire-changed", (*path, key), message, action=action, python=python)
    if old.description != new.description:
        message = f"`{python}`: description changed"
        yield pair.finding("description-changed", (*path, "description"), message, python=python)


def _parsed_as(callback: Callback) -> str:
    """What a webhook's parse function returns: its record for XML, the decoded object for JSON."""
    return callback.type.name if callback.format == "xml" else "dict[str, Any]"
