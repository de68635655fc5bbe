"""Error checks: codes, the exception classes they are raised as, severities and empty-result codes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.ir import ErrorFamily
from tests import factories as f
from tests.unit.diff.support import Case, check_ids, findings

SOLD_OUT = f.error("sold_out", http_status=409)
REQUEST = ErrorFamily("RequestError", "Refused.", codes=("sold_out",))
ORDER = ErrorFamily("OrderError", "Order refused.", codes=("sold_out",))


def errors(*rows: f.ErrorCode, **provider: object) -> f.ApiSpec:
    return f.spec(**{"errors": rows, **provider})


CASES = [
    Case("error-code-added", errors(), errors(SOLD_OUT)),
    Case("error-code-removed", errors(SOLD_OUT), errors()),
    Case(
        "error-code-reclassified",
        errors(SOLD_OUT, error_families=(REQUEST, replace(ORDER, codes=()))),
        errors(SOLD_OUT, error_families=(replace(REQUEST, codes=()), ORDER)),
    ),
    Case(
        "error-code-class-narrowed",
        errors(SOLD_OUT),
        errors(SOLD_OUT, error_families=(REQUEST,)),
        ("error-class-added",),
    ),
    Case("error-class-added", errors(), errors(error_families=(REQUEST,))),
    Case("error-class-removed", errors(error_families=(REQUEST,)), errors()),
    Case(
        "error-class-base-changed",
        errors(error_families=(REQUEST,)),
        errors(error_families=(replace(REQUEST, base="RateLimitError"),)),
    ),
    Case("error-became-warning", errors(SOLD_OUT), errors(replace(SOLD_OUT, severity="warning"))),
    Case("warning-became-error", errors(replace(SOLD_OUT, severity="warning")), errors(SOLD_OUT)),
    Case("error-message-changed", errors(SOLD_OUT), errors(replace(SOLD_OUT, message="Sold out in {region}"))),
    Case("error-http-status-changed", errors(SOLD_OUT), errors(replace(SOLD_OUT, http_status=410))),
    Case("empty-result-code-added", errors(SOLD_OUT), errors(SOLD_OUT, empty_result_codes=("sold_out",))),
    Case("empty-result-code-removed", errors(SOLD_OUT, empty_result_codes=("sold_out",)), errors(SOLD_OUT)),
]


@pytest.mark.parametrize("case", CASES, ids=[c.check for c in CASES])
def test_each_error_check_reports_its_change(case: Case) -> None:
    assert check_ids(case.base, case.revision) == case.expected


def test_per_code_classes_going_away_break_except_clauses() -> None:
    base = errors(SOLD_OUT, error_classes="per_code")
    (finding,) = findings(base, errors(SOLD_OUT))
    assert finding.check.id == "error-class-removed" and finding.python == "errors.SoldOutError"
    assert finding.action == "catch `ApiError` instead"


def test_a_code_of_an_operation_is_located_in_its_row() -> None:
    base = f.spec(f.operation("orderThing"))
    revision = f.spec(f.operation("orderThing", errors=(SOLD_OUT,)))
    (finding,) = findings(base, revision)
    assert finding.subject == ("operations", "orderThing", "errors", "sold_out")
    assert finding.operations == ("orderThing",)


def test_a_reclassified_code_says_which_handler_stops_catching_it() -> None:
    case = CASES[2]
    (finding,) = findings(case.base, case.revision)
    assert "no longer a `RequestError`" in finding.message
    assert finding.action == "catch `OrderError` where you caught `RequestError` for it"
