"""Operation checks: one before/after pair of factory specs per check ID."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.ir import Paging, TypeRef
from tests import factories as f
from tests.unit.diff.support import Case, check_ids, findings

ID = f.field("id", "integer", required=True)
THING = f.model("Thing", f.field("x"))
OTHER = f.model("Other", f.field("x"))
PAGE = f.model(
    "Page",
    f.field("page", "integer", required=True),
    f.field("pages", "integer", required=True),
    f.field("items", "list", item="string"),
    paging=Paging("page", "pages", "items"),
)


def one(**changes: object) -> f.ApiSpec:
    """A spec of one operation ``getThing`` (one required argument), with ``changes`` to it."""
    return f.spec(f.operation("getThing", ID, **changes), models=(THING, OTHER, PAGE))


def paged(page_param: str | None) -> f.ApiSpec:
    page = f.field("page", "integer")
    op = f.operation("listThings", page, response=TypeRef("Page"), page_param=page_param)
    return f.spec(op, models=(PAGE,))


CASES = [
    Case("operation-added", f.spec(f.operation("a")), f.spec(f.operation("a"), f.operation("b"))),
    Case("operation-removed", f.spec(f.operation("a"), f.operation("b")), f.spec(f.operation("a"))),
    Case("operation-renamed", f.spec(f.operation("getThing", ID)), f.spec(f.operation("fetchThing", ID))),
    Case("operation-python-name-changed", one(python_name="get_thing"), one(python_name="fetch_thing")),
    Case("operation-endpoint-changed", one(path="/things"), one(path="/v2/things")),
    Case("operation-encoding-changed", one(body_format="xml"), one(body_format="form")),
    Case("operation-soap-action-changed", one(soap_action="urn:a"), one(soap_action="urn:b")),
    Case("operation-success-status-added", one(success_status=(200,)), one(success_status=(200, 202))),
    Case("operation-success-status-removed", one(success_status=(200, 202)), one(success_status=(200,))),
    Case("operation-no-longer-mutating", one(mutates=True), one(mutates=False)),
    Case("operation-now-mutating", one(mutates=False), one(mutates=True)),
    Case("operation-result-changed", one(response=TypeRef("Thing")), one(response=TypeRef("Other"))),
    Case("operation-result-removed", one(response=TypeRef("Thing")), one()),
    Case("operation-result-added", one(), one(response=TypeRef("Thing"))),
    Case("operation-paging-added", paged(None), paged("page")),
    Case("operation-paging-removed", paged("page"), paged(None)),
    Case("operation-fault-added", one(faults=()), one(faults=("OrderFault",))),
    Case("operation-fault-removed", one(faults=("OrderFault",)), one(faults=())),
    Case("description-changed", one(description="Get a thing."), one(description="Fetch one thing.")),
]


@pytest.mark.parametrize("case", CASES, ids=[c.check for c in CASES])
def test_each_operation_check_reports_its_change(case: Case) -> None:
    assert check_ids(case.base, case.revision) == case.expected


def test_an_unchanged_spec_has_no_findings() -> None:
    assert check_ids(one(), one()) == []


def test_a_renamed_operation_is_compared_under_its_new_name() -> None:
    base = f.spec(f.operation("getThing", ID))
    revision = f.spec(f.operation("fetchThing", ID, description="Fetch a thing."))
    reworded, renamed = sorted(findings(base, revision), key=lambda x: x.check.id)
    assert (renamed.check.id, renamed.subject) == ("operation-renamed", ("operations", "fetchThing"))
    assert reworded.subject == ("operations", "fetchThing", "description")
    assert "call `fetch_thing()` instead" in renamed.action


def test_an_operation_with_other_arguments_is_not_a_rename() -> None:
    base = f.spec(f.operation("getThing", ID))
    revision = f.spec(f.operation("fetchThing", ID, f.field("note")))
    assert check_ids(base, revision) == ["operation-added", "operation-removed"]


def test_twin_operations_are_not_guessed_as_renames() -> None:
    base = f.spec(f.operation("a", ID), f.operation("b", ID))
    revision = f.spec(f.operation("c", ID), f.operation("d", ID))
    assert check_ids(base, revision).count("operation-renamed") == 0


def test_an_operation_finding_names_its_method_and_operation() -> None:
    (finding,) = findings(one(path="/things"), one(path="/v2/things"))
    assert finding.python == "Client.get_thing()" and finding.operations == ("getThing",)
    assert finding.subject == ("operations", "getThing", "path")
    assert "`/things` -> `/v2/things`" in finding.message and finding.action.startswith("upgrade")


def test_paging_findings_name_the_iterator() -> None:
    (finding,) = findings(paged("page"), paged(None))
    assert finding.python == "Client.iter_list_things()"


def test_a_renamed_operation_with_the_same_python_name_is_the_same_method() -> None:
    base = f.spec(replace(f.operation("getDIDsInfo", ID), path="/a"))
    revision = f.spec(replace(f.operation("getDidsInfo", ID), path="/b"))
    assert check_ids(base, revision) == ["operation-endpoint-changed"]
