"""The two versions of one spec as the checks read them, and the one way a finding is made."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from generator import naming
from generator.diff.catalogue import CHECKS
from generator.diff.model import Finding
from generator.ir import ApiSpec, EnumType, ErrorCode, Model, Operation, TypeRef
from generator.load import IrPath, SourceMap

Direction = Literal["request", "response"]

#: The exception classes every SDK defines, each with its parent (the rest come from the spec).
BASE_CLASSES = {"ApiError": "SdkError", "RateLimitError": "ApiError", "SdkError": ""}


@dataclass(frozen=True, slots=True)
class Side:
    """One version of a spec (passes applied), where its items are written, and lookups over it.

    ``directions`` says, for each named type, whether the SDK sends it (reachable from a parameter)
    and whether it reads it (reachable from a response or a webhook payload); ``users`` are the wire
    operations whose requests or answers reach it. ``wrappers`` are the records of SOAP request
    elements, whose fields are the operations' arguments (compared as such, not as records).
    """

    spec: ApiSpec
    sources: SourceMap
    operations: dict[str, Operation]
    models: dict[str, Model]
    enums: dict[str, EnumType]
    directions: dict[str, frozenset[Direction]]
    error_rows: dict[str, tuple[IrPath, ErrorCode]]
    class_parents: dict[str, str]
    users: dict[str, frozenset[str]]
    wrappers: frozenset[str]

    def ancestors(self, class_name: str) -> tuple[str, ...]:
        """``class_name`` and the exception classes above it, nearest first."""
        chain = []
        while class_name and class_name not in chain:
            chain.append(class_name)
            class_name = self.class_parents.get(class_name, "ApiError" if class_name != "SdkError" else "")
        return tuple(chain)


def side_of(spec: ApiSpec, sources: SourceMap) -> Side:
    """Index one version of a spec for the checks."""
    models = {m.name: m for m in spec.models}
    sent = _reachable(models, [p.type for op in spec.operations for p in op.params])
    read = _reachable(models, [op.response for op in spec.operations if op.response] + [c.type for c in spec.callbacks])
    directions: dict[str, frozenset[Direction]] = {}
    for name in [*models, *(e.name for e in spec.enums)]:
        found: list[Direction] = []
        if name in sent:
            found.append("request")
        if name in read:
            found.append("response")
        directions[name] = frozenset(found)
    users: dict[str, set[str]] = {}
    for op in spec.operations:
        for name in _reachable(models, [p.type for p in op.params] + ([op.response] if op.response else [])):
            users.setdefault(name, set()).add(op.wire_name)
    return Side(
        spec,
        sources,
        {op.wire_name: op for op in spec.operations},
        models,
        {e.name: e for e in spec.enums},
        directions,
        _error_rows(spec),
        _class_parents(spec),
        {name: frozenset(ops) for name, ops in users.items()},
        frozenset(
            naming.pascal_case(op.xml_root) for op in spec.operations if op.soap_action is not None and op.xml_root
        ),
    )


def _reachable(models: dict[str, Model], roots: Iterable[TypeRef]) -> set[str]:
    """The type names (records and enums) reachable from ``roots`` through record fields."""
    seen: set[str] = set()
    stack = [root.item.name for root in roots]
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        if name in models:
            stack.extend(f.type.item.name for f in models[name].fields)
    return seen


def _error_rows(spec: ApiSpec) -> dict[str, tuple[IrPath, ErrorCode]]:
    """Each documented code's first row (the provider's table first) and the IR path of that row."""
    rows: dict[str, tuple[IrPath, ErrorCode]] = {}
    for row in spec.provider.errors:
        rows.setdefault(row.code, (("provider", "errors", row.code), row))
    for op in spec.operations:
        for row in op.errors:
            rows.setdefault(row.code, (("operations", op.wire_name, "errors", row.code), row))
    return rows


def _class_parents(spec: ApiSpec) -> dict[str, str]:
    """Every exception class of the SDK with its parent: the base tree, the families, per-code classes."""
    parents = dict(BASE_CLASSES)
    for family in spec.provider.error_families:
        parents[family.name] = family.base
    for row in (*spec.provider.errors, *(r for op in spec.operations for r in op.errors)):
        if row.class_name:
            parents.setdefault(row.class_name, row.family)
    return parents


@dataclass(frozen=True, slots=True)
class Pair:
    """The base and revision of one spec, and the one way a finding is made from them."""

    base: Side
    revision: Side

    def finding(
        self,
        check_id: str,
        subject: IrPath,
        message: str,
        *,
        action: str = "",
        operations: Iterable[str] = (),
        python: str = "",
        base_at: IrPath | None = None,
        revision_at: IrPath | None = None,
    ) -> Finding:
        """A finding of ``check_id`` about ``subject``, located in both versions.

        ``base_at`` and ``revision_at`` locate it elsewhere than ``subject`` (a renamed item is at
        its old path in the base and its new one in the revision).
        """
        return Finding(
            CHECKS[check_id],
            self.revision.spec.provider.name,
            subject,
            message,
            action,
            tuple(sorted(set(operations))),
            python,
            self.base.sources.locate(base_at or subject),
            self.revision.sources.locate(revision_at or subject),
        )

    def type_users(self, type_name: str) -> tuple[str, ...]:
        """The operations that reach ``type_name`` in either version."""
        empty: frozenset[str] = frozenset()
        return tuple(sorted(self.base.users.get(type_name, empty) | self.revision.users.get(type_name, empty)))
