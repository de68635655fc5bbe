"""A diff report as people and tools read it: text, JSON (``report.schema.json``), Markdown, GitHub annotations.

Every format lists the same findings in the same order: most severe first, then by spec and
place. Nothing in them depends on the clock or the machine.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.diff.changelog import release_text
from generator.diff.history import Release, recorded
from generator.diff.model import LEVELS, Finding
from generator.diff.run import Report, SpecDiff
from generator.load import SourcePosition

#: The JSON Schema of ``--format json``; its ``version`` moves only when the shape does.
SCHEMA_FILE = Path(__file__).with_name("report.schema.json")
JSON_VERSION = 1


def counts(report: Report) -> dict[str, int]:
    found = report.findings
    return {level: sum(f.level == level for f in found) for level in LEVELS}


def summary_line(report: Report) -> str:
    """``3 change(s) in 1 spec: 2 breaking, 1 warning, 0 info (3 specs unchanged)``."""
    tally = counts(report)
    levels = ", ".join(f"{n} {level}" for level, n in tally.items())
    return (
        f"{sum(tally.values())} change(s) in {len(report.specs)} spec(s) from {report.base} to {report.revision}:"
        f" {levels} ({len(report.unchanged)} spec(s) unchanged)"
    )


def text(report: Report) -> str:
    """Findings grouped by level, the most severe first, then each spec's version verdict."""
    lines = []
    for level in LEVELS:
        found = [f for f in report.findings if f.level == level]
        if not found:
            continue
        lines.append(f"{level} ({len(found)})")
        for finding in found:
            lines += _text_finding(finding)
    verdicts = [spec for spec in report.specs if spec.verdict is not None]
    if verdicts:
        lines.append("versions")
        lines += [f"  {_verdict_line(spec)}" for spec in verdicts]
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


def _text_finding(finding: Finding) -> list[str]:
    where = finding.revision or finding.base
    categories = ", ".join(finding.check.categories)
    lines = [f"  {where}: {finding.check.id} ({categories}; {finding.impact})", f"    {finding.message}"]
    context = []
    if finding.operations:
        shown = ", ".join(finding.operations[:3]) + (
            f" and {len(finding.operations) - 3} more" if len(finding.operations) > 3 else ""
        )
        context.append(f"affects {shown}")
    if finding.base is not None and finding.revision is not None:
        context.append(f"was {finding.base}")
    if context:
        lines.append("    " + "; ".join(context))
    if finding.action:
        lines.append(f"    what to do: {finding.action}")
    return lines


def _verdict_line(spec: SpecDiff) -> str:
    judged = spec.verdict
    assert judged is not None
    state = "ok" if judged.ok else f"needs at least {judged.required}"
    return f"{spec.package} {judged.base} -> {judged.revision}: {judged.impact} changes, {state}"


def as_json(report: Report) -> str:
    """The documented JSON form (``report.schema.json``), keys in a fixed order."""
    body = {
        "version": JSON_VERSION,
        "base": report.base,
        "revision": report.revision,
        "summary": {**counts(report), "specs_changed": len(report.specs), "specs_unchanged": len(report.unchanged)},
        "specs": [_json_spec(spec) for spec in report.specs],
        "unchanged": list(report.unchanged),
        "findings": [_json_finding(f) for f in report.findings],
    }
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def _json_spec(spec: SpecDiff) -> dict[str, Any]:
    judged = spec.verdict
    version = None
    if judged is not None:
        version = {
            "base": judged.base,
            "revision": judged.revision,
            "impact": judged.impact,
            "required": judged.required,
            "ok": judged.ok,
        }
    return {
        "provider": spec.provider,
        "package": spec.package,
        "base": spec.base,
        "revision": spec.revision,
        "version": version,
    }


def _json_finding(finding: Finding) -> dict[str, Any]:
    check = finding.check
    return {
        "id": check.id,
        "level": check.level,
        "impact": check.impact,
        "categories": list(check.categories),
        "section": check.section,
        "provider": finding.spec,
        "subject": list(finding.subject),
        "operations": list(finding.operations),
        "python": finding.python,
        "message": finding.message,
        "action": finding.action,
        "base": _json_position(finding.base),
        "revision": _json_position(finding.revision),
    }


def _json_position(position: SourcePosition | None) -> dict[str, Any] | None:
    if position is None:
        return None
    return {"file": position.file, "line": position.line, "column": position.column}


def markdown(report: Report) -> str:
    """A changelog section per changed spec: ``## <package> <version>`` with Added / Changed / Removed."""
    parts = []
    for spec in report.specs:
        version = spec.verdict.revision if spec.verdict is not None else ""
        changes = tuple(recorded(f) for f in spec.findings if f.check.id != "sdk-version-not-bumped")
        release = Release(version, changes)
        heading = f"{spec.package} {version}".strip()
        parts.append(release_text(release, heading=heading))
    return "\n".join(parts) if parts else f"No changes from {report.base} to {report.revision}.\n"


_GITHUB_COMMANDS = {"breaking": "error", "warning": "warning", "info": "notice"}


def github(report: Report) -> str:
    """GitHub workflow commands (``::error file=...``): one annotation per finding, at the revision."""
    lines = []
    for finding in report.findings:
        where = finding.revision or finding.base
        assert where is not None
        # A change only the base has (a removed spec) is annotated at its path in the repository.
        file = where.file.removeprefix(f"{report.base}:")
        file, title = _property(file), _property(finding.check.id)
        properties = f"file={file},line={where.line},col={where.column},title={title}"
        message = finding.message + (f" What to do: {finding.action}." if finding.action else "")
        lines.append(f"::{_GITHUB_COMMANDS[finding.level]} {properties}::{_data(message)}")
    lines.append(_data(summary_line(report)))
    return "\n".join(lines) + "\n"


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


FORMATS: dict[str, Callable[[Report], str]] = {"text": text, "json": as_json, "markdown": markdown, "github": github}
