"""Units of the docs filters and the sample synthesiser, on small factory-built specs."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from generator.docs.filters import (
    cell,
    code,
    constraint_facts,
    error_sample,
    requirement,
    rule_words,
    signature,
    text_literal,
    type_words,
)
from generator.docs.samples import example_arguments, example_fields, sample_for_pattern, sample_xml
from generator.docs.testing import fake_credentials
from generator.ir import EnumType, ErrorCode, Model, Paging, TypeRef
from generator.render.emit.checks import anchored
from tests import factories as f


@pytest.mark.parametrize(
    "pattern",
    ["^https?://", "^[0-9a-fA-F]{32}$", "^[A-Za-z_]+_(ASC|DESC)$", "^[^@]+@[^@]+$", r"^\d{3}-\w+$", "^(?:ab|cd)?x*$"],
)
def test_pattern_samples_match_their_pattern(pattern: str) -> None:
    assert re.search(anchored(pattern), sample_for_pattern(pattern))


def test_cells_escape_html_and_pipes_and_fill_blanks() -> None:
    assert cell("a <b> | c\n d") == r"a &lt;b&gt; \| c d"
    assert cell("") == "—"
    assert code("x`y") == "``x`y``"
    assert text_literal("<a/>\n") == '"""\\\n<a/>\n"""'
    assert text_literal('say "hi"') == repr('say "hi"')


def test_types_in_words_link_named_types() -> None:
    spec = f.spec()
    assert type_words(TypeRef("list", (TypeRef("Item"),)), spec, "../") == "list of [Item](../types.md#Item)"
    assert type_words(TypeRef("csv", (TypeRef("integer"),)), spec) == "comma-separated integer"


def test_constraints_and_enum_values_in_words() -> None:
    spec = f.spec(enums=(EnumType("Kind", "A kind.", ("A", "B")),))
    field = f.field("kind", "Kind")
    assert constraint_facts(field, spec) == ["one of `A`, `B`"]
    limited = f.field("items", "list", item="string", min_items=1, max_items=3, item_pattern="^[0-9]+$")
    assert constraint_facts(limited, spec) == ["at least 1 item", "at most 3 items", "each item matches `^[0-9]+$`"]


def test_rules_in_words() -> None:
    fields = (f.field("areaCode"), f.field("postCode"), f.field("mode"))
    unless = f.rule("require_unless", "areaCode", condition="postCode")
    when = f.rule("require_when", "postCode", condition="mode", equals="update")
    assert rule_words(unless, fields) == "`areaCode` is required unless `postCode` is given"
    assert requirement(fields[1], (when,), fields) == "required when `mode` is `'update'`"
    assert requirement(fields[2], (when,), fields) == "optional"


def test_examples_fill_required_fields_and_what_the_rules_ask_for() -> None:
    fields = (f.field("a"), f.field("b", required=True), f.field("c"), f.field("d"))
    rules = (f.rule("require_when", "c", condition="b"), f.rule("one_of", "d", "a"))
    assert [x.wire_name for x in example_fields(fields, rules)] == ["b", "c", "d"]
    # Nothing required: the first two optional fields, never the page.
    optional = (f.field("page", "integer"), f.field("x"), f.field("y"), f.field("z"))
    assert [x.wire_name for x in example_fields(optional, (), skip="page")] == ["x", "y"]


def test_example_arguments_respect_constraints_and_import_records() -> None:
    item = Model("Item", "An item.", (f.field("quantity", "integer", required=True, minimum=5, maximum=9),))
    op = f.operation(
        "buy",
        f.field("items", "list", item="Item", required=True, min_items=2),
        f.field("callback", required=True, pattern="^https://", max_length=60),
    )
    args = example_arguments(f.spec(op, models=(item,)), op)
    pairs = dict(args.pairs)
    assert pairs["items"] == "[Item(quantity=5), Item(quantity=5)]"
    assert pairs["callback"] == "'https://example.com/callbacks/orders'"
    assert args.package_imports == ("from acme_sdk.models import Item",)


def test_sample_xml_fills_every_field_and_counts_pages() -> None:
    row = Model("Row", "A row.", (f.field("active", "boolean"),))
    page = Model(
        "Page",
        "A page.",
        (f.field("page", "integer"), f.field("pages", "integer"), replace(f.field("rows", "list", item="Row"))),
        paging=Paging("page", "pages", "rows"),
    )
    spec = f.spec(models=(row, page), booleans=("Y", "N"))
    xml = sample_xml(spec, TypeRef("Page"), "response")
    assert "<page>1</page>" in xml and "<pages>1</pages>" in xml
    assert xml.count("<active>Y</active>") == 2


def test_signature_lists_parameters_then_call_options() -> None:
    op = f.operation("getThing", f.field("id", "integer", required=True), f.field("name"), python_name="get_thing")
    text = signature(op, f.spec(op), is_async=True)
    assert text.startswith("async def get_thing(\n    self,\n    *,\n    id: int,\n    name: str = None,")
    assert text.endswith("    deadline: float | None = None,\n) -> None")


def test_error_sample_picks_a_row_the_sdk_maps_back_to_itself() -> None:
    rows = (
        ErrorCode("generic", "Bad {thing}", 400),
        ErrorCode("specific", "Bad item {item} of {total}", 400),
    )
    op = f.operation("buy", errors=rows)
    spec = f.spec(op, error_format="iovox_xml")
    sample = error_sample(spec, op)
    assert sample is not None
    # "Bad item 1 of 1" also matches "Bad {thing}", which the SDK tries first: so the generic row is shown.
    assert sample.row.code == "generic" and sample.class_name == "ApiError"
    as_json = error_sample(replace(spec, provider=replace(spec.provider, error_format="status_field")), op)
    assert as_json is not None and as_json.body == '{"status": "specific"}\n' and as_json.http_status == 200
    assert error_sample(replace(spec, provider=replace(spec.provider, error_format="envelope")), op) is None


def test_error_sample_of_a_call_no_row_names_is_a_credentials_refusal() -> None:
    # Any call may meet a refusal of its credentials; an unrelated row ("the account has DIDs") would mislead.
    rows = (
        ErrorCode("account_with_dids", "The Account has DIDs assigned to it."),
        ErrorCode("invalid_credentials", "Username or Password is incorrect", family="AuthenticationError"),
    )
    op = f.operation("getBalance")
    spec = f.spec(op, error_format="status_field", errors=rows)
    sample = error_sample(spec, op)
    assert sample is not None and sample.row.code == "invalid_credentials"


def test_notice_code_is_the_first_warning_of_the_table() -> None:
    from generator.docs.filters import notice_code

    rows = (
        ErrorCode("bad", "Bad"),
        ErrorCode("soft", "Soft limit", severity="warning"),
        ErrorCode("w2", "W", severity="warning"),
    )
    assert notice_code(replace(f.spec(), error_codes=rows)) == "soft"
    assert notice_code(replace(f.spec(), error_codes=rows[:1])) is None


def test_the_testing_page_gives_the_fake_credentials_its_client_accepts() -> None:
    spec = f.spec(
        credentials=(
            f.credential("key", wire_name="apiKey", python_name="api_key", pattern="^[a-f0-9]{4}$", example="0a1b"),
            f.credential("user", wire_name="username", python_name="username"),
        )
    )
    assert fake_credentials(spec) == '{"apiKey": "0a1b", "username": "<username>"}'
