"""Errors: documented codes, the exception classes they are raised as, and codes that mean 'nothing found'.

What matters to old code is which ``except`` clauses still catch a code: a code raised as a
subclass of its old class is still caught (narrowed); one moved to another branch is not.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.diff.model import Finding
from generator.diff.side import BASE_CLASSES, Pair
from generator.diff.wording import code
from generator.ir import ErrorCode
from generator.load import IrPath


def compare_errors(pair: Pair) -> Iterator[Finding]:
    """Every change to error codes, exception classes and empty-result codes."""
    yield from _classes(pair)
    base, revision = pair.base.error_rows, pair.revision.error_rows
    for name in sorted(base.keys() - revision.keys()):
        path, row = base[name]
        yield _finding(pair, "error-code-removed", path, path, row, f"error code {code(name)} is no longer documented")
    for name in sorted(revision.keys() - base.keys()):
        path, row = revision[name]
        message = f"new error code {code(name)}, raised as `{row.raised_as}`"
        yield _finding(pair, "error-code-added", path, path, row, message)
    for name in sorted(base.keys() & revision.keys()):
        (base_path, old), (path, new) = base[name], revision[name]
        yield from _changed(pair, base_path, path, old, new)
    yield from _empty_results(pair)


def _finding(
    pair: Pair, check_id: str, base_path: IrPath, path: IrPath, row: ErrorCode, message: str, action: str = ""
) -> Finding:
    operations = [path[1]] if path[0] == "operations" else []
    return pair.finding(
        check_id,
        path,
        message,
        action=action,
        operations=operations,
        python=f"errors.{row.raised_as}",
        base_at=base_path,
    )


def _changed(pair: Pair, base_path: IrPath, path: IrPath, old: ErrorCode, new: ErrorCode) -> Iterator[Finding]:
    name = code(new.code)
    before, after = pair.base.ancestors(old.raised_as), pair.revision.ancestors(new.raised_as)
    # A class the SDK no longer has is reported once, as removed; only live classes count here.
    lost = [c for c in before if c not in after and c in pair.revision.class_parents]
    if lost:
        message = f"error code {name} is now raised as `{new.raised_as}`, no longer a `{lost[0]}`"
        action = f"catch `{new.raised_as}` where you caught `{lost[0]}` for it"
        yield _finding(pair, "error-code-reclassified", base_path, path, new, message, action)
    elif set(after) > set(before):
        message = f"error code {name} is now raised as `{new.raised_as}`, a subclass of `{old.raised_as}`"
        yield _finding(pair, "error-code-class-narrowed", base_path, path, new, message)
    if old.severity != new.severity:
        if new.severity == "warning":
            message = f"error code {name} is now a notice: successful answers with it issue a CarrierWarning"
            yield _finding(pair, "error-became-warning", base_path, path, new, message, "check your warning filters")
        else:
            message = f"notice {name} is now an error code: no more CarrierWarning for it, and failures may raise it"
            action = f"stop filtering CarrierWarning {name}; catch `{new.raised_as}` where failures carry it"
            yield _finding(pair, "warning-became-error", base_path, path, new, message, action)
    if old.message != new.message:
        message = f"error code {name}: the carrier's message is now {new.message!r}"
        yield _finding(pair, "error-message-changed", (*base_path, "message"), (*path, "message"), new, message)
    if old.http_status != new.http_status:
        message = f"error code {name}: HTTP status {old.http_status} -> {new.http_status}"
        yield _finding(
            pair, "error-http-status-changed", (*base_path, "http_status"), (*path, "http_status"), new, message
        )
    for key in ("description", "resolution"):
        if getattr(old, key) != getattr(new, key):
            message = f"error code {name}: {key} changed"
            yield _finding(pair, "description-changed", (*base_path, key), (*path, key), new, message)


def _classes(pair: Pair) -> Iterator[Finding]:
    """Exception classes removed, added, or (families) moved under another base."""
    base, revision = pair.base.class_parents, pair.revision.class_parents
    for name in sorted(base.keys() - revision.keys()):
        message = f"exception class `errors.{name}` was removed"
        action = f"catch `{pair.base.ancestors(name)[1]}` instead"
        yield _class_finding(pair, "error-class-removed", name, message, action)
    for name in sorted(revision.keys() - base.keys()):
        yield _class_finding(pair, "error-class-added", name, f"new exception class `errors.{name}`")
    families = {f.name for f in pair.revision.spec.provider.error_families}
    for name in sorted((base.keys() & revision.keys() & families) - BASE_CLASSES.keys()):
        if base[name] != revision[name]:
            message = f"`errors.{name}` now derives from `{revision[name]}` (was `{base[name]}`)"
            action = f"catch `errors.{name}` itself where you relied on `{base[name]}`"
            yield _class_finding(pair, "error-class-base-changed", name, message, action)


def _class_finding(pair: Pair, check_id: str, name: str, message: str, action: str = "") -> Finding:
    path = _class_path(pair, name)
    return pair.finding(check_id, path, message, action=action, python=f"errors.{name}")


def _class_path(pair: Pair, name: str) -> IrPath:
    """A family's entry, or the row of the code a per-code class is named after."""
    for side in (pair.revision, pair.base):
        if any(f.name == name for f in side.spec.provider.error_families):
            return ("provider", "error_families", name)
        for path, row in side.error_rows.values():
            if row.class_name == name:
                return path
    return ("provider", "error_families", name)


def _empty_results(pair: Pair) -> Iterator[Finding]:
    base = set(pair.base.spec.provider.empty_result_codes)
    revision = set(pair.revision.spec.provider.empty_result_codes)
    for name in sorted(base - revision):
        message = f"error code {code(name)} no longer means 'nothing found': read-only calls raise it"
        path = ("provider", "empty_result_codes", name)
        yield pair.finding("empty-result-code-removed", path, message, action=f"catch the error for {code(name)}")
    for name in sorted(revision - base):
        message = f"error code {code(name)} now means 'nothing found': read-only calls return an empty result"
        path = ("provider", "empty_result_codes", name)
        yield pair.finding("empty-result-code-added", path, message, action="expect empty results where it raised")
