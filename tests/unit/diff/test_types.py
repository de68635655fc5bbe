"""Named types, enums, rules and webhooks: one factory before/after pair per check, and the direction rules."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.ir import Callback, Rule, TypeRef
from tests import factories as f
from tests.unit.diff.support import Case, check_ids, findings

KIND = f.enum("Kind", "A", "B")
THING = f.model("Thing", f.field("kind", "Kind"))


def sending(*kinds: f.EnumType) -> f.ApiSpec:
    return f.spec(f.operation("getThing", f.field("kind", "Kind")), enums=kinds)


def reading(*kinds: f.EnumType) -> f.ApiSpec:
    return f.spec(f.operation("getThing", response=TypeRef("Thing")), models=(THING,), enums=kinds)


def with_types(*types: f.Model | f.EnumType) -> f.ApiSpec:
    models = tuple(t for t in types if isinstance(t, f.Model))
    enums = tuple(t for t in types if isinstance(t, f.EnumType))
    return f.spec(f.operation("getThing"), models=models, enums=enums)


def with_rules(*rules: Rule) -> f.ApiSpec:
    return f.spec(f.operation("getThing", f.field("a"), f.field("b"), rules=rules))


def with_callbacks(*callbacks: Callback) -> f.ApiSpec:
    return replace(with_types(THING, KIND), callbacks=callbacks)


PORT = Callback("port", "A port finished.", TypeRef("Thing"), "number")
OTHER = f.model("Other", f.field("x"))

CASES = [
    Case("type-added", with_types(), with_types(f.model("Region", f.field("name")))),
    Case("type-removed", with_types(f.model("Region", f.field("name"))), with_types()),
    Case("type-kind-changed", with_types(f.model("Region", f.field("name"))), with_types(f.enum("Region", "EU"))),
    Case("request-enum-value-added", sending(KIND), sending(f.enum("Kind", "A", "B", "C"))),
    Case("request-enum-value-removed", sending(KIND), sending(f.enum("Kind", "A"))),
    Case("response-enum-value-added", reading(KIND), reading(f.enum("Kind", "A", "B", "C"))),
    Case("response-enum-value-removed", reading(KIND), reading(f.enum("Kind", "A"))),
    Case("request-rule-added", with_rules(), with_rules(f.rule("one_of", "a", "b"))),
    Case("request-rule-removed", with_rules(f.rule("exclusive", "a", "b")), with_rules()),
    Case(
        "request-rule-message-changed",
        with_rules(f.rule("one_of", "a", "b")),
        with_rules(replace(f.rule("one_of", "a", "b"), message="give a or b")),
    ),
    Case("callback-added", with_callbacks(), with_callbacks(PORT)),
    Case("callback-removed", with_callbacks(PORT), with_callbacks()),
    Case(
        "callback-type-changed",
        replace(with_types(THING, KIND, OTHER), callbacks=(PORT,)),
        replace(with_types(THING, KIND, OTHER), callbacks=(replace(PORT, type=TypeRef("Other")),)),
    ),
    Case("callback-wire-changed", with_callbacks(PORT), with_callbacks(replace(PORT, xml_root="port"))),
]


@pytest.mark.parametrize("case", CASES, ids=[c.check for c in CASES])
def test_each_type_check_reports_its_change(case: Case) -> None:
    assert check_ids(case.base, case.revision) == case.expected


def test_a_webhook_turned_json_is_parsed_into_a_dict_instead_of_its_record() -> None:
    turned = with_callbacks(replace(PORT, format="json", xml_root=None))
    assert check_ids(with_callbacks(PORT), turned) == [
        "callback-type-changed",
        "callback-wire-changed",
        "callback-wire-changed",
    ]
    (finding,) = [f for f in findings(with_callbacks(PORT), turned) if f.check.id == "callback-type-changed"]
    assert finding.message == "`parse_port_callback()` returns `dict[str, Any]` instead of `Thing`"


def test_an_enum_read_and_sent_reports_a_new_value_as_the_reader_sees_it() -> None:
    both = f.spec(f.operation("getThing", f.field("kind", "Kind"), response=TypeRef("Thing")), models=(THING,))
    (finding,) = findings(replace(both, enums=(KIND,)), replace(both, enums=(f.enum("Kind", "A", "B", "C"),)))
    assert finding.check.id == "response-enum-value-added" and finding.subject == ("types", "Kind", "enum", "C")
    (finding,) = findings(replace(both, enums=(KIND,)), replace(both, enums=(f.enum("Kind", "A"),)))
    assert finding.check.id == "request-enum-value-removed"  # both readings break; the sender's wins the tie


def test_a_type_used_nowhere_reads_as_sent() -> None:
    assert check_ids(with_types(KIND), with_types(f.enum("Kind", "A"))) == ["request-enum-value-removed"]


def test_a_type_finding_lists_the_operations_that_use_it() -> None:
    (finding,) = findings(sending(KIND), sending(f.enum("Kind", "A")))
    assert finding.operations == ("getThing",) and finding.python == "models.Kind"
    assert finding.message == "`models.Kind` lost 'B'"


def test_a_soap_request_wrapper_is_compared_as_arguments_not_as_a_record() -> None:
    op = f.operation("GetThing", soap_action="urn:GetThing", xml_root="GetThing")
    wrapper = f.model("GetThing", f.field("Id", "integer"))
    base = f.spec(replace(op, params=(f.field("Id", "integer"),)), models=(wrapper,))
    revision = f.spec(replace(op, params=()), models=(f.model("GetThing"),))
    assert check_ids(base, revision) == ["request-param-removed"]


def test_rules_are_paired_by_what_they_say_not_by_position() -> None:
    one, two = f.rule("one_of", "a", "b"), f.rule("exclusive", "a", "b")
    assert check_ids(with_rules(one, two), with_rules(two, one)) == []
    (finding,) = findings(with_rules(), with_rules(f.rule("require_when", "a", condition="b", equals="x")))
    assert finding.message == "`get_thing()`: new rule: `a` is required when `b` is 'x'"
