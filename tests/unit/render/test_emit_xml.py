"""The XML readers' emitter (``generator.render.emit.xml``): the code it writes, then that code at work.

The readers of a small spec are rendered from the package template, formatted as the pipeline does,
and executed against the runtime's own ``_xmlio`` and ``_record``: children in the documented order
take the positional path, any other arrangement the reader by tag, and both give the same record;
errors name the element's path either way.
"""

from __future__ import annotations

import dataclasses
import enum
import sys
import types
from decimal import Decimal
from typing import Any

import pytest
from lxml import etree

from generator.ir import Field
from generator.naming import snake_case
from generator.output.format import LINE_LENGTH, format_sources
from generator.render.emit.xml import XmlEmitter
from generator.render.environment import environment_for
from generator.runtime._exceptions import MalformedResponseError
from tests import factories as f

NS = "urn:acme"
OUTPUT = frozenset({"output"})


def field(wire_name: str, type_name: str, **options: Any) -> Field:
    """A field named on the wire as the carrier spells it, in Python as the naming pass would."""
    return dataclasses.replace(f.field(wire_name, type_name, **options), python_name=snake_case(wire_name))


def listed(name: str, item: str, xml_item: str) -> Field:
    """A list field inside a wrapper element of ``xml_item`` children."""
    return dataclasses.replace(field(name, "list", item=item), xml_item=xml_item)


def repeating(name: str, item: str) -> Field:
    """A list field whose own element repeats (no wrapper)."""
    return field(name, "list", item=item)


ITEM = f.model("Item", field("Code", "integer", required=True), roles=OUTPUT)
THING = f.model(
    "Thing",
    field("Id", "integer", required=True),
    field("Name", "string", required=True),
    field("Kind", "Kind", required=True),
    field("Cost", "decimal"),
    field("Active", "boolean"),
    listed("Items", "Item", "Item"),
    listed("Tags", "integer", "Tag"),
    roles=OUTPUT,
)
BAG = f.model("Bag", field("Label", "string"), repeating("Zip", "string"), roles=OUTPUT)
ONE = f.model("One", field("Only", "string", required=True), roles=OUTPUT)
NOTE = f.model("Note", field("Text", "string"), roles=OUTPUT)
KIND = dataclasses.replace(f.enum("Kind", "A", "B"), style="enum_class")
SPEC = f.spec(models=(ITEM, THING, BAG, ONE, NOTE), enums=(KIND,), xml_namespace=NS)


def emitter() -> XmlEmitter:
    return XmlEmitter(SPEC)


# --- the code -------------------------------------------------------------------------------------


def test_a_record_has_a_positional_path_unless_a_field_repeats() -> None:
    assert emitter().positional(THING) and emitter().positional(ONE)
    assert not emitter().positional(BAG)
    assert not emitter().positional(f.model("Empty"))


def test_values_pass_the_records_path_and_the_elements_name_never_a_joined_path() -> None:
    xml = emitter()
    fields = {field.wire_name: field for field in THING.fields}
    assert xml.value(fields["Id"], "c0") == 'read_int(c0.text, path, "Id")'
    assert xml.value(fields["Name"], "c1") == 'read_text(c1, path, "Name")'  # required: filled, and text
    assert xml.value(dataclasses.replace(fields["Name"], required=False), "c1") == 'c1.text or ""'
    soap = XmlEmitter(dataclasses.replace(SPEC, provider=dataclasses.replace(SPEC.provider, protocol="soap")))
    assert (
        soap.value(fields["Name"], "c1") == 'read_text(c1, path, "Name", allow_empty=True)'
    )  # an XSD string may be ""
    assert xml.value(fields["Kind"], "c2") == 'read_enum_class(c2.text, Kind, path, "Kind")'
    assert xml.value(fields["Items"], "c5") == f'read_items(c5, "{{{NS}}}Item", read_item, path + "/Items/Item")'
    assert xml.value(fields["Tags"], "c6") == (
        f'tuple([read_int(item.text, path, "Tags/Tag") for item in c6 if item.tag == "{{{NS}}}Tag"])'
    )


def test_a_carriers_own_boolean_words_go_by_keyword() -> None:
    spec = dataclasses.replace(SPEC, provider=dataclasses.replace(SPEC.provider, booleans=("Y", "N")))
    active = field("Active", "boolean")
    assert XmlEmitter(spec).value(active, "c") == 'read_bool(c.text, path, "Active", spelled=("Y", "N"))'


def test_the_positional_path_checks_each_tag_in_the_fields_order() -> None:
    condition = emitter().in_order(ONE)
    assert condition == f'c0.tag == "{{{NS}}}Only"'
    assert emitter().children(ONE) == "(c0,)" and emitter().children(ITEM) == "(c0,)"
    assert emitter().in_order(THING).count(" and ") == len(THING.fields) - 1


def test_the_positional_path_reads_what_can_fail_first_and_checks_only_what_can_be_none() -> None:
    lines = emitter().positional_body(THING)
    reads = lines[: lines.index("if id is not None:")]
    # In the fields' order: the required Name can fail too (empty, or holding elements).
    assert [line.split(" = ")[0] for line in reads] == ["id", "name", "kind", "cost", "active", "items", "tags"]
    (build,) = [line for line in lines if line.startswith("    _record = ")]
    assert build.startswith("    _record = Thing(id=id, name=name, kind=kind,") and lines[-1] == "    return _record"


def test_the_positional_path_of_a_record_without_numbers_builds_straight_away() -> None:
    assert emitter().positional_body(NOTE) == [
        '_record = Note(text=c0.text or "")',
        "return _record",
    ]
    # A required string can fail: the positional path takes plain text itself and hands anything else to read_text.
    assert emitter().positional_body(ONE)[0] == (
        'only = _t if (_t := c0.text) and not _t.isspace() and not len(c0) else read_text(c0, path, "Only")'
    )


def test_the_reader_by_tag_checks_the_required_fields_once_naming_them_by_wire_name() -> None:
    assert emitter().tag_check(THING) == [
        "if id is None or name is None or kind is None:",
        '    raise missing_field(path, ("Id", id), ("Name", name), ("Kind", kind))',
    ]
    assert emitter().tag_check(BAG) == []


# --- the code at work -----------------------------------------------------------------------------


class Kind(enum.Enum):
    A = "A"
    B = "B"


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    code: int


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Thing:
    id: int
    name: str
    kind: Kind
    cost: Decimal | None = None
    active: bool | None = None
    items: tuple[Item, ...] = ()
    tags: tuple[int, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Bag:
    label: str | None = None
    zip: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class One:
    only: str


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Note:
    text: str | None = None


@pytest.fixture(scope="module")
def readers() -> Any:
    """The spec's ``_xml`` module, rendered, formatted and imported against the runtime."""
    source = environment_for(SPEC).get_template("package/_xml.py.jinja").render({"spec": SPEC})
    source = format_sources({"_xml.py": source}, LINE_LENGTH, fix_imports=True)["_xml.py"]
    models = types.ModuleType("acme_test_models")
    models.__dict__.update(Item=Item, Thing=Thing, Bag=Bag, One=One, Note=Note, Kind=Kind, KIND_VALUES=frozenset())
    sys.modules[models.__name__] = models
    try:
        source = source.replace("from .models import", f"from {models.__name__} import")
        source = source.replace("from ._", "from generator.runtime._")
        module = types.ModuleType("acme_test_xml")
        exec(compile(source, "_xml.py", "exec"), module.__dict__)
    finally:
        del sys.modules[models.__name__]
    return module


def element(xml: str) -> Any:
    return etree.fromstring(xml.replace("<r>", f'<r xmlns="{NS}">'))


IN_ORDER = (
    "<r><Id>7</Id><Name>seven</Name><Kind>B</Kind><Cost>1.50</Cost><Active>true</Active>"
    "<Items><Item><Code>1</Code></Item><Other/><Item><Code>2</Code></Item></Items><Tags><Tag>3</Tag></Tags></r>"
)
EXPECTED = Thing(
    id=7, name="seven", kind=Kind.B, cost=Decimal("1.50"), active=True, items=(Item(code=1), Item(code=2)), tags=(3,)
)


def test_children_in_order_are_read_by_position(readers: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(element: Any, path: str) -> None:
        raise AssertionError("read by tag")

    monkeypatch.setattr(readers, "_read_thing_by_tag", refuse)
    record = readers.read_thing(element(IN_ORDER), "r")
    assert record == EXPECTED and repr(record) == repr(EXPECTED) and type(record) is Thing
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.id = 8


@pytest.mark.parametrize(
    "xml",
    [
        # Reversed; with an unknown element; with an element twice (the last one counts, as before).
        "<r><Tags><Tag>3</Tag></Tags><Items><Item><Code>1</Code></Item><Item><Code>2</Code></Item></Items>"
        "<Active>true</Active><Cost>1.50</Cost><Kind>B</Kind><Name>seven</Name><Id>7</Id></r>",
        IN_ORDER.replace("<Name>", "<Unknown>x</Unknown><Name>"),
        IN_ORDER.replace("<Id>7</Id>", "<Id>6</Id><Id>7</Id>"),
    ],
    ids=["reversed", "unknown element", "repeated element"],
)
def test_any_other_arrangement_reads_the_same_record_by_tag(readers: Any, xml: str) -> None:
    assert readers.read_thing(element(xml), "r") == EXPECTED


def test_absent_optional_fields_are_none(readers: Any) -> None:
    record = readers.read_thing(element("<r><Kind>A</Kind><Id>1</Id><Name>n</Name></r>"), "r")
    assert record == Thing(id=1, name="n", kind=Kind.A)


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        (IN_ORDER.replace("<Id>7</Id>", "<Id></Id>"), "r/Id: is missing from the response"),
        (IN_ORDER.replace("<Id>7</Id>", ""), "r/Id: is missing from the response"),
        (IN_ORDER.replace("<Kind>B</Kind>", ""), "r/Kind: is missing from the response"),
        (IN_ORDER.replace("<Name>seven</Name>", "<Name/>"), "r/Name: is empty"),
        (IN_ORDER.replace("<Name>seven</Name>", "<Name> </Name>"), "r/Name: is empty"),
        (IN_ORDER.replace("<Name>seven</Name>", "<Name><b>7</b></Name>"), "r/Name: holds elements where text belongs"),
        (IN_ORDER.replace("<Id>7</Id>", "<Id>seven</Id>"), "r/Id: is not an integer"),
        (IN_ORDER.replace("<Kind>B</Kind>", "<Kind>C</Kind>"), "r/Kind: 'C' is not one of A, B"),
        (IN_ORDER.replace("<Code>2</Code>", "<Code>x</Code>"), "r/Items/Item/Code: is not an integer"),
        (IN_ORDER.replace("<Code>2</Code>", ""), "r/Items/Item/Code: is missing from the response"),
        (IN_ORDER.replace("<Tag>3</Tag>", "<Tag>x</Tag>"), "r/Tags/Tag: is not an integer"),
    ],
)
@pytest.mark.parametrize("order", ["in order", "reversed"])
def test_errors_name_the_elements_path_whichever_path_reads_it(
    readers: Any, xml: str, message: str, order: str
) -> None:
    root = element(xml)
    if order == "reversed":
        root[:] = list(reversed(root))
    with pytest.raises(MalformedResponseError) as caught:
        readers.read_thing(root, "r")
    assert str(caught.value) == message


def test_of_two_bad_values_the_first_in_the_document_is_named_by_position_as_by_tag(readers: Any) -> None:
    two_bad = element(IN_ORDER.replace("<Kind>B", "<Kind>C").replace("<Cost>1.50", "<Cost>x"))
    messages = []
    for reader in (readers.read_thing, readers._read_thing_by_tag):
        with pytest.raises(MalformedResponseError) as caught:
            reader(two_bad, "r")
        messages.append(str(caught.value))
    assert messages == ["r/Kind: 'C' is not one of A, B"] * 2


@pytest.mark.parametrize(
    "text",
    ["7", "007", "-3", "+3", " 7 ", "", " ", "²", "4_4", "1" * 41, "-" + "1" * 40, "seven", "0x1", "٣"],
)
@pytest.mark.parametrize("where", ["Id", "Cost"])
def test_the_positional_path_s_inlined_numbers_read_as_the_readers_do(readers: Any, where: str, text: str) -> None:
    """Integers and decimals are converted inline on the positional path; every other text goes to the
    reader function, so both paths give the same value or the same error."""
    if where == "Cost":
        text = {"7": "7.25", "007": "0.5", "-3": "-3.5", "+3": "3.", "seven": "1.2.3"}.get(text, text)
    root = element(IN_ORDER.replace("<Id>7</Id>", f"<Id>{text}</Id>") if where == "Id" else IN_ORDER)
    if where == "Cost":
        root = element(IN_ORDER.replace("<Cost>1.50</Cost>", f"<Cost>{text}</Cost>"))
    outcomes = []
    for reader in (readers.read_thing, readers._read_thing_by_tag):
        try:
            outcomes.append(reader(root, "r"))
        except MalformedResponseError as exc:
            outcomes.append(str(exc))
    assert outcomes[0] == outcomes[1]


def test_a_record_whose_element_repeats_is_read_by_tag(readers: Any) -> None:
    bag = readers.read_bag(element("<r><Zip>1000</Zip><Label>L</Label><Zip>1050</Zip></r>"), "r")
    assert bag == Bag(label="L", zip=("1000", "1050"))
    assert not hasattr(readers, "_read_bag_by_tag")


def test_a_record_of_one_field(readers: Any) -> None:
    assert readers.read_one(element("<r><Only>x</Only></r>"), "r") == One(only="x")
    assert readers.read_one(element("<r><Other/><Only>x</Only></r>"), "r") == One(only="x")
    with pytest.raises(MalformedResponseError, match=r"^r/Only: is missing from the response$"):
        readers.read_one(element("<r><Other/></r>"), "r")


def test_the_rendered_readers_name_every_field_of_the_ir() -> None:
    """A model's positional reader passes exactly its fields, in their order."""
    source = environment_for(SPEC).get_template("package/_xml.py.jinja").render({"spec": SPEC})
    names = ("id", "name", "kind", "cost", "active", "items", "tags")
    (build,) = [line.strip() for line in source.splitlines() if line.strip().startswith("_record = Thing(")]
    assert [argument.split("=")[0] for argument in build.removeprefix("_record = Thing(").split(", ")] == list(names)
