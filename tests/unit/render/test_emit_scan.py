"""The scanners' emitter (``generator.render.emit.scan``): which records it scans, the code it writes,
then that code at work against the runtime's ``_scanio``.

The scanners of a small spec are rendered from the package template, formatted as the pipeline does
and executed: a plain answer reads to its records, a list in the order its first item writes too, and
anything outside the plain form raises ``Declined`` (the tree's readers then read the answer).
"""

from __future__ import annotations

import dataclasses
import sys
import types
from decimal import Decimal
from typing import Any

import pytest

from generator.ir import Field, TypeRef
from generator.naming import snake_case
from generator.output.format import LINE_LENGTH, format_sources
from generator.render.emit.scan import ScanEmitter, has_scanners
from generator.render.environment import environment_for
from generator.runtime._exceptions import MalformedResponseError
from generator.runtime._scanio import Declined
from tests import factories as f

OUTPUT = frozenset({"output"})


def field(wire_name: str, type_name: str, **options: Any) -> Field:
    return dataclasses.replace(f.field(wire_name, type_name, **options), python_name=snake_case(wire_name))


def listed(name: str, item: str, xml_item: str) -> Field:
    return dataclasses.replace(field(name, "list", item=item), xml_item=xml_item)


ROW = f.model(
    "Row", field("code", "integer", required=True), field("name", "string"), field("cost", "decimal"), roles=OUTPUT
)
PAGE = f.model("Page", field("total", "integer", required=True), listed("rows", "Row", "row"), roles=OUTPUT)
REPEATING = f.model("Repeating", field("zip", "list", item="string"), roles=OUTPUT)  # no wrapper element
SPEC = f.spec(
    f.operation("getPage", response=TypeRef("Page")),
    f.operation("getRepeating", response=TypeRef("Repeating")),
    models=(ROW, PAGE, REPEATING),
)


def emitter(spec: Any = SPEC) -> ScanEmitter:
    return ScanEmitter(spec)


# --- the code -------------------------------------------------------------------------------------


def test_records_of_text_records_and_wrapped_lists_are_scanned_and_nothing_else() -> None:
    assert emitter().scanned("Page") and emitter().scanned("Row")
    assert not emitter().scanned("Repeating")  # its element repeats: only the tree reads it
    assert [m.name for m in emitter().models(["Page", "Repeating"])] == ["Row", "Page"]
    assert has_scanners(SPEC)


def test_a_carrier_with_a_namespace_or_json_answers_has_no_scanners() -> None:
    assert not has_scanners(
        dataclasses.replace(SPEC, provider=dataclasses.replace(SPEC.provider, xml_namespace="urn:a"))
    )
    assert not has_scanners(
        dataclasses.replace(SPEC, provider=dataclasses.replace(SPEC.provider, response_format="json"))
    )


def test_a_record_reads_in_runs_of_text_elements_ended_by_its_lists() -> None:
    runs = emitter().segments(PAGE)
    assert [([t.wire_name for t in texts], ends.wire_name if ends else None) for texts, ends in runs] == [
        (["total"], "rows"),
        ([], None),
    ]


def test_a_list_of_flat_records_is_read_by_flat_items_with_its_layout() -> None:
    patterns = emitter().patterns(PAGE)
    assert '_PAGE_ROWS_LAYOUT: Final = (("code", True), ("name", False), ("cost", False))' in patterns
    ((name, item, body),) = emitter().lists(PAGE)
    assert (name, item) == ("_scan_page_rows", "Row")
    assert any('flat_items(_PAGE_ROWS, "row", _PAGE_ROWS_LAYOUT, text, start, end)' in line for line in body)


def test_values_convert_as_the_trees_readers_and_a_required_empty_string_declines() -> None:
    name = field("name", "string", required=True)
    row = f.model("Row", name, roles=OUTPUT)
    assert emitter().body(row)[-2:] == [
        "name = _t0 if _t0 and not _t0.isspace() else declined()",
        "_record = Row(name=name)",
    ]
    soap = dataclasses.replace(SPEC.provider, protocol="soap", xml_namespace="urn:a")
    assert 'name = _t0 or ""' in ScanEmitter(dataclasses.replace(SPEC, provider=soap)).body(row)  # an XSD's "" is ""


# --- the code at work -----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    code: int
    name: str | None = None
    cost: Decimal | None = None


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    total: int
    rows: tuple[Row, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Repeating:
    zip: tuple[str, ...] = ()


@pytest.fixture(scope="module")
def scanners() -> Any:
    """The spec's ``_scan`` module, rendered, formatted and imported against the runtime."""
    source = environment_for(SPEC).get_template("package/_scan.py.jinja").render({"spec": SPEC})
    source = format_sources({"_scan.py": source}, LINE_LENGTH, fix_imports=True)["_scan.py"]
    models = types.ModuleType("acme_scan_models")
    models.__dict__.update(Row=Row, Page=Page, Repeating=Repeating)
    sys.modules[models.__name__] = models
    try:
        source = source.replace("from .models import", f"from {models.__name__} import")
        source = source.replace("from ._", "from generator.runtime._")
        module = types.ModuleType("acme_test_scan")
        exec(compile(source, "_scan.py", "exec"), module.__dict__)
    finally:
        del sys.modules[models.__name__]
    return module


def scan(scanners: Any, content: str) -> Page:
    page: Page = scanners.scan_page(content, 0, len(content))
    return page


ROWS = "<row><code>1</code><name>one</name><cost>1.50</cost></row>\n<row><code>2</code><name/></row>"
EXPECTED = Page(total=2, rows=(Row(code=1, name="one", cost=Decimal("1.50")), Row(code=2, name="")))


def test_a_plain_answer_reads_to_its_records(scanners: Any) -> None:
    assert scan(scanners, f"<total>2</total><rows>{ROWS}</rows>") == EXPECTED


def test_a_list_in_another_order_and_unknown_elements_read_the_same(scanners: Any) -> None:
    rows = (
        "<row><cost>1.50</cost><extra>x</extra><name>one</name><code>1</code></row>"
        "<row><extra/><name></name><code>2</code></row>"
    )
    assert scan(scanners, f"<other>y</other><total>2</total><rows>{rows}</rows>") == EXPECTED


@pytest.mark.parametrize(
    "content",
    [
        f"<rows>{ROWS}</rows>",  # the required total missing
        f"<total>2</total><rows>{ROWS.replace('<code>2</code>', '')}</rows>",  # a row's required code missing
        f"<total>2</total><rows>{ROWS.replace('<code>2</code>', '<code>two</code>')}</rows>",  # not an integer
        f"<total>2</total><rows>{ROWS.replace('one', 'o&amp;ne')}</rows>",  # an entity
        "<total>2</total><rows>" + ROWS.replace("<row>", '<row a="1">', 1) + "</rows>",  # an attribute
        f"<total>2</total><rows>{ROWS}<!-- more --></rows>",  # a comment
        f"<total>2</total><rows>{ROWS.replace('</name>', '</nam>', 1)}</rows>",  # a mismatched tag
        f"<total>2</total><rows>{ROWS}</rows><total>3</total>",  # an element twice
    ],
)
def test_anything_outside_the_plain_form_declines(scanners: Any, content: str) -> None:
    # (A value's reader refusing its text declines too: ``scan_document`` lets the tree's readers word it.)
    with pytest.raises((Declined, MalformedResponseError)):
        scan(scanners, content)


def test_a_boolean_is_looked_up_before_read_bool_is_called_unless_the_carrier_spells_its_own() -> None:
    flag = field("flag", "boolean", required=True)
    row = f.model("Row", flag, roles=OUTPUT)
    assert 'flag = BOOLEAN_WORDS[_t0] if _t0 in BOOLEAN_WORDS else read_bool(_t0, "", "flag")' in emitter().body(row)
    own = dataclasses.replace(SPEC, provider=dataclasses.replace(SPEC.provider, booleans=("Y", "N")))
    assert 'flag = read_bool(_t0, "", "flag", spelled=("Y", "N"))' in ScanEmitter(own).body(row)
