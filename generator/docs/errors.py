"""A documented refusal for each operation page: the error row, the class raised, the carrier's answer."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from generator.docs import samples as docs_samples
from generator.ir import ApiSpec, ErrorCode, Operation
from generator.runtime._answers import message_pattern


@dataclass(frozen=True, slots=True)
class ErrorSample:
    """A documented error row, the class the SDK raises for it and the answer the carrier would send."""

    row: ErrorCode
    class_name: str
    http_status: int
    message: str
    content_type: str
    body: str


# --- a sample refusal --------------------------------------------------------------------------------------


def error_sample(spec: ApiSpec, op: Operation) -> ErrorSample | None:
    """A documented error ``op`` may meet, raised at once (never retried), with the carrier's answer.

    The operation's own rows come first, then provider-wide rows naming one of its parameters, then
    the credentials' refusals (which any call may meet), then the rest. None when the carrier's error
    format has no sample writer yet or no row fits.
    """
    own = tuple(reversed(op.errors))  # tables tend to list malformed requests first, refusals last
    rows = own + tuple(
        sorted(spec.provider.errors, key=lambda row: (not names_a_param(row, op), not _refuses_credentials(row)))
    )
    rows = tuple(row for row in rows if _raised_at_once(row, op, spec))
    if spec.provider.error_format == "status_field" and docs_samples.can_mock(spec):
        for row in rows:
            body = json.dumps({"status": row.code}) + "\n"
            return ErrorSample(row, row.raised_as, 200, row.message, "application/json", body)
        return None
    if spec.provider.error_format != "iovox_xml" or not docs_samples.can_mock(spec):
        return None
    # The SDK matches messages against the operation's rows, the global table, then every other operation's.
    order = list(op.errors) + list(spec.provider.errors)
    order += [
        row for other in sorted(spec.operations, key=lambda o: o.wire_name) if other != op for row in other.errors
    ]
    for row in sorted(rows, key=lambda row: (row not in op.errors, "{item}" not in row.message, "{" in row.message)):
        message = re.sub(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", _placeholder_value, row.message)
        first = next(r for r in order if re.fullmatch(message_pattern(r.message), message))
        if first.code == row.code:
            status = row.http_status or 400
            body = f'<errors><error status="{status}">{escape(message)}</error></errors>\n'
            body = '<?xml version="1.0" encoding="utf-8"?>\n' + body
            return ErrorSample(row, row.raised_as, status, message, "application/xml", body)
    return None


def _refuses_credentials(row: ErrorCode) -> bool:
    """Whether the row is an AuthenticationError, by its family or its own class (a per-code class keeps
    its family)."""
    return "AuthenticationError" in (row.family, row.raised_as)


def _raised_at_once(row: ErrorCode, op: Operation, spec: ApiSpec) -> bool:
    """Whether the SDK raises this row straight away: not retried, not read as an empty result."""
    if (row.http_status is not None and not 400 <= row.http_status < 500) or row.http_status == 429:
        return False
    if not op.mutates and row.code in spec.provider.empty_result_codes:
        return False
    family = next((f for f in spec.provider.error_families if f.name == row.family), None)
    return family is None or family.base != "RateLimitError"


def _placeholder_value(match: re.Match[str]) -> str:
    known = {"item": "1", "total": "1", "line": "3", "column": "7", "method": "GET", "region": "Liverpool"}
    return known.get(match.group(1), "example")


def names_a_param(row: ErrorCode, op: Operation) -> bool:
    """Whether an error row's code names one of the operation's parameters (``invalid_did`` and ``did``)."""
    words = set(re.split(r"[^a-z0-9]+", row.code.lower()))
    return any(p.wire_name.lower() in words for p in op.params)
