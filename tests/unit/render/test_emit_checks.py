"""The emitted validation code is executed here, so every branch is checked by behaviour."""

from __future__ import annotations

import datetime as _dt
import re
from decimal import Decimal
from typing import Any

from generator.ir import EnumType, Field, Model
from generator.naming import pattern_name
from generator.render.emit.checks import CheckEmitter, collect_patterns
from tests import factories as f


def run_checks(field: Field, value: Any, spec=None) -> list[tuple[str, str]]:
    """Execute the check code for ``field`` with ``value`` bound to its name."""
    spec = spec or f.spec(f.operation("op", field))
    code = "\n".join(CheckEmitter(spec).field(field, "value", repr(field.python_name)))
    from generator.runtime._validation import check_list, check_scalar

    namespace: dict[str, Any] = {
        "problems": [],
        "value": value,
        "Decimal": Decimal,
        "_dt": _dt,
        "check_scalar": check_scalar,
        "check_list": check_list,
    }
    namespace.update({name: re.compile(pattern) for name, pattern in collect_patterns(spec)})
    namespace.update({"KIND_VALUES": frozenset({"A", "B"})})
    exec(code, namespace)
    return namespace["problems"]


def test_required_field_missing() -> None:
    assert run_checks(f.field("id", "integer", required=True), None) == [("id", "is required")]


def test_scalars_compile_to_one_line() -> None:
    field = f.field("quantity", "integer", required=True, minimum=1, maximum=250)
    (line,) = CheckEmitter(f.spec(f.operation("op", field))).field(field, "quantity", '"quantity"')
    assert line == 'check_scalar(problems, quantity, "quantity", "integer", required=True, minimum=1, maximum=250)'


def test_the_wire_integer_range_is_left_to_the_runtime() -> None:
    field = f.field("id", "integer", minimum=-(2**63), maximum=2**63 - 1)
    (line,) = CheckEmitter(f.spec(f.operation("op", field))).field(field, "id", '"id"')
    assert line == 'check_scalar(problems, id, "id", "integer")'
    narrowed = f.field("id", "integer", minimum=1, maximum=2**63 - 1)
    (line,) = CheckEmitter(f.spec(f.operation("op", narrowed))).field(narrowed, "id", '"id"')
    assert line == 'check_scalar(problems, id, "id", "integer", minimum=1)'


def test_optional_field_missing_is_fine() -> None:
    assert run_checks(f.field("id", "integer", minimum=1), None) == []


def test_integer_type_and_range() -> None:
    field = f.field("quantity", "integer", minimum=1, maximum=250)
    assert run_checks(field, 5) == []
    assert run_checks(field, True) == [("quantity", "must be an integer")]
    assert run_checks(field, "5") == [("quantity", "must be an integer")]
    assert run_checks(field, 0) == [("quantity", "must be at least 1 (got 0)")]
    assert run_checks(field, 251) == [("quantity", "must be at most 250 (got 251)")]


def test_string_length_and_pattern_never_echo_the_value() -> None:
    field = f.field("pin", "string", min_length=4, max_length=6, pattern=r"^[0-9]+$")
    assert run_checks(field, "1234") == []
    problems = run_checks(field, "s3cr3t-password")
    assert problems == [("pin", "must be at most 6 characters (got 15)"), ("pin", "must match ^[0-9]+$")]
    assert all("s3cr3t" not in message for _, message in problems)
    assert run_checks(field, "12") == [("pin", "must have at least 4 characters")]


def test_spec_wording_replaces_default_messages() -> None:
    field = f.field("quantity", "integer", required=True, minimum=1, maximum=250)
    worded = Field(
        **{
            **{s: getattr(field, s) for s in Field.__slots__},
            "messages": (("range", "Quantity must be between 1 and 250"), ("required", "Quantity Empty")),
        }
    )
    assert run_checks(worded, 0) == [("quantity", "Quantity must be between 1 and 250")]
    assert run_checks(worded, None) == [("quantity", "Quantity Empty")]


def test_decimal_boolean_date_and_datetime() -> None:
    assert run_checks(f.field("amount", "decimal", minimum=0), Decimal("-1")) == [
        ("amount", "must be at least 0 (got Decimal('-1'))")
    ]
    assert run_checks(f.field("flag", "boolean"), 1) == [("flag", "must be True or False")]
    assert run_checks(f.field("day", "date"), _dt.datetime(2024, 1, 1)) == [("day", "must be a datetime.date")]
    assert run_checks(f.field("day", "date"), _dt.date(2024, 1, 1)) == []
    assert run_checks(f.field("at", "datetime"), _dt.date(2024, 1, 1)) == [("at", "must be a datetime.datetime")]


def test_enum_values() -> None:
    spec = f.spec(f.operation("op", f.field("kind", "Kind")), enums=(EnumType("Kind", "K.", ("A", "B")),))
    field = spec.operations[0].params[0]
    assert run_checks(field, "A", spec) == []
    assert run_checks(field, "C", spec) == [("kind", "must be one of A, B (got 'C')")]


def test_lists_check_counts_and_every_item_with_its_index() -> None:
    field = f.field("numbers", "csv", item="string", min_items=1, max_items=2, item_pattern=r"^[0-9]+$")
    assert run_checks(field, ["1", "2"]) == []
    assert run_checks(field, []) == [("numbers", "must not be empty")]
    assert run_checks(field, "123") == [("numbers", "must be a list or tuple")]
    assert run_checks(field, ["1", "x", "3"]) == [
        ("numbers", "must have at most 2 items (got 3)"),
        ("numbers[1]", "must match ^[0-9]+$"),
    ]
    assert run_checks(field, ["1,2"]) == [
        ("numbers[0]", "must match ^[0-9]+$"),
        ("numbers[0]", "must not contain a comma"),
    ]
    assert run_checks(field, [None]) == [("numbers[0]", "must not be None")]


def test_lists_of_scalars_compile_to_one_call_of_check_list() -> None:
    field = f.field("numbers", "csv", item="string", required=True, min_items=1, max_items=2, item_pattern="^[0-9]+$")
    (line,) = CheckEmitter(f.spec(f.operation("op", field))).field(field, "numbers", '"numbers"')
    limits = f"required=True, min_items=1, max_items=2, pattern={pattern_name('^[0-9]+$')}"
    assert line == f'check_list(problems, numbers, "numbers", "string", {limits})'
    assert run_checks(field, None) == [("numbers", "is required")]


def test_list_items_of_an_enum_get_the_enum_message() -> None:
    spec = f.spec(f.operation("op", f.field("kinds", "list", item="Kind")), enums=(EnumType("Kind", "K.", ("A", "B")),))
    field = spec.operations[0].params[0]
    assert run_checks(field, ["A", "B"], spec) == []
    assert run_checks(field, ["A", "C"], spec) == [("kinds[1]", "must be one of A, B (got 'C')")]


def test_lists_of_records_stay_inline() -> None:
    field = f.field("items", "list", item="Item", required=True)
    spec = f.spec(f.operation("op", field), models=(Model("Item", "An item.", (f.field("id", "integer"),)),))
    lines = CheckEmitter(spec).field(field, "items", '"items"')
    assert lines[:2] == ["if items is None:", '    problems.append(("items", "is required"))']
    assert "        for i1, x1 in enumerate(items):" in lines
    assert "                if not isinstance(x1, Item):" in lines


def test_rules() -> None:
    spec = f.spec()
    emitter = CheckEmitter(spec)

    def run(rule, **values: Any) -> list[tuple[str, str]]:
        code = "\n".join(emitter.rule(rule, lambda n: f"v.get({n!r})", repr, str))
        namespace: dict[str, Any] = {"problems": [], "v": values}
        exec(code, namespace)
        return namespace["problems"]

    unless = f.rule("require_unless", "area_code", condition="post_code")
    assert run(unless) == [("area_code", "is required unless post_code is given")]
    assert run(unless, post_code="L1") == [] == run(unless, area_code=151)
    when = f.rule("require_when", "date_to", condition="date_from")
    assert run(when, date_from="2024-01-01") == [("date_to", "is required when date_from is given")]
    assert run(when) == []
    equals = f.rule("require_when", "name", condition="mode", equals="update")
    assert run(equals, mode="update") == [("name", "is required when mode is 'update'")]
    assert run(equals, mode="create") == []
    one_of = f.rule("one_of", "a", "b")
    assert run(one_of) == [("a", "one of a, b is required")] and run(one_of, b=1) == []
    exclusive = f.rule("exclusive", "a", "b")
    assert run(exclusive, a=1, b=2) == [("a", "only one of a, b may be given")] and run(exclusive, a=1) == []


def test_conditions_see_defaults_and_list_membership() -> None:
    from dataclasses import replace

    emitter = CheckEmitter(f.spec())
    mode = replace(f.field("mode"), default="update")
    options = f.field("options", "csv", item="string")
    fields = {"mode": mode, "options": options}

    def run(rule, **values: Any) -> list[tuple[str, str]]:
        code = "\n".join(emitter.rule(rule, lambda n: f"v.get({n!r})", repr, str, fields))
        namespace: dict[str, Any] = {"problems": [], "v": values}
        exec(code, namespace)
        return namespace["problems"]

    by_default = f.rule("require_when", "peer", condition="mode", equals="update")
    assert run(by_default) == [("peer", "is required when mode is 'update'")]  # mode defaults to update
    assert run(by_default, mode="create") == [] == run(by_default, peer="p1")
    contains = f.rule("require_when", "callback_url", condition="options", equals="enable_callback")
    assert run(contains, options=["enable_callback", "x"]) == [
        ("callback_url", "is required when options includes 'enable_callback'")
    ]
    assert run(contains, options=["x"]) == [] == run(contains)


def test_conditions_on_defaults_and_booleans_read_plainly() -> None:
    from dataclasses import replace

    emitter = CheckEmitter(f.spec())
    fields = {
        "mode": replace(f.field("mode"), default="update"),
        "notify": replace(f.field("notify", "boolean"), default=False),
    }

    def emitted(rule) -> list[str]:
        return emitter.rule(rule, lambda n: n, repr, str, fields)

    def run(rule, **values: Any) -> list[tuple[str, str]]:
        namespace: dict[str, Any] = {"problems": [], "mode": None, "notify": None, "peer": None, **values}
        exec("\n".join(emitted(rule)), namespace)
        return namespace["problems"]

    # The default matches: an omitted argument counts, spelled as such.
    matches = f.rule("require_when", "peer", condition="mode", equals="update")
    assert emitted(matches)[0] == 'if (mode is None or mode == "update") and peer is None:'
    # The default differs: an omitted argument can never match, so it is not mentioned.
    differs = f.rule("require_when", "peer", condition="mode", equals="create")
    assert emitted(differs)[0] == 'if mode == "create" and peer is None:'
    assert run(differs) == [] == run(differs, mode="update")
    assert run(differs, mode="create") == [("peer", "is required when mode is 'create'")]
    flag = f.rule("require_when", "peer", condition="notify", equals=True)
    assert emitted(flag)[0] == "if notify is True and peer is None:"
    assert run(flag) == [] == run(flag, notify=False) == run(flag, notify=True, peer="p")
    assert run(flag, notify=True) == [("peer", "is required when notify is True")]
    unset = f.rule("require_when", "peer", condition="notify", equals=False)
    assert run(unset) == [("peer", "is required when notify is False")] == run(unset, notify=False)
    assert run(unset, notify=True) == []


def test_regex_constants_are_stable_names() -> None:
    assert pattern_name("^a$") == pattern_name("^a$") != pattern_name("^b$")
    assert pattern_name("^a$").startswith("_RE_")
