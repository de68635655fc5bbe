"""Conditional requirements: a rule added can refuse old calls; one removed only lets more through.

Rules have no names, so two versions' rules are paired by what they say (kind, fields and
condition); only their messages are compared within a pair.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from generator.diff.model import Finding
from generator.diff.side import Pair
from generator.diff.wording import rule_text
from generator.ir import Rule
from generator.load import IrPath


@dataclass(frozen=True, slots=True)
class RuleScope:
    """One list of rules in both versions (an operation's, a record's, or the credentials')."""

    pair: Pair
    base_path: IrPath
    revision_path: IrPath
    owner: str
    operations: tuple[str, ...]
    added_check: str = "request-rule-added"
    removed_check: str = "request-rule-removed"


def _identity(rule: Rule) -> tuple[object, ...]:
    return (rule.kind, rule.fields, rule.condition, rule.equals, rule.also, rule.excluded)


def compare_rules(scope: RuleScope, base: tuple[Rule, ...], revision: tuple[Rule, ...]) -> Iterator[Finding]:
    """Rules added, removed, or reworded."""
    unmatched = dict(enumerate(revision))
    for old_index, old in enumerate(base):
        match = next((i for i, new in unmatched.items() if _identity(new) == _identity(old)), None)
        if match is None:
            message = f"{scope.owner}: rule removed: {rule_text(old)}"
            yield _finding(scope, scope.removed_check, old_index, None, message, "")
            continue
        new = unmatched.pop(match)
        if old.message != new.message:
            message = f"{scope.owner}: the message of rule '{rule_text(new)}' is now {new.message!r}"
            yield _finding(scope, "request-rule-message-changed", old_index, match, message, "")
    for new_index, new in unmatched.items():
        message = f"{scope.owner}: new rule: {rule_text(new)}"
        action = "make sure every call satisfies it"
        yield _finding(scope, scope.added_check, None, new_index, message, action)


def _finding(
    scope: RuleScope, check_id: str, old_index: int | None, new_index: int | None, message: str, action: str
) -> Finding:
    base_at = (*scope.base_path, str(old_index)) if old_index is not None else scope.base_path
    revision_at = (*scope.revision_path, str(new_index)) if new_index is not None else scope.revision_path
    return scope.pair.finding(
        check_id,
        revision_at if new_index is not None else base_at,
        message,
        action=action,
        operations=scope.operations,
        python=scope.owner,
        base_at=base_at,
        revision_at=revision_at,
    )
