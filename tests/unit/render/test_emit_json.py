"""JsonEmitter: the JSON readers' expressions, and the wire Structs of a carrier whose JSON mirrors its XML.

The last tests render a small enveloped SDK's records and readers into a package of their own and
hold its three readers of one answer to one record: the XML reader, the tolerant JSON reader and
msgspec's Structs (lists in their item containers or one item alone, renamed keys, nested records).
"""

from __future__ import annotations

import contextlib
import importlib
import json
import shutil
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import msgspec
import pytest
from lxml import etree

from generator.ir import Envelope, Field, Model, TypeRef
from generator.passes import run_passes
from generator.render import RUNTIME_DIR, render_spec, runtime_modules
from generator.render.emit.json import JsonEmitter
from tests import factories as f

ENVELOPE = Envelope("response_details.response_status", ("success",), "response_details.response_messages.message")


def renamed(wire: str, python: str, type_name: str = "string") -> Field:
    return replace(f.field(wire, type_name), python_name=python)


ITEM = f.model("Item", f.field("id", "integer", required=True), f.field("label"))
OWNER = f.model("Owner", f.field("name"), f.field("age", "integer"))
HOLDER = f.model(
    "Holder",
    replace(f.field("items", "list", item="Item"), xml_item="item"),
    f.field("tags", "list", item="string"),
    f.field("owner", "Owner"),
    renamed("Note-Text", "note_text"),
    f.field("count", "integer", required=True),
)


def mirrored_spec(*models: Model, name: str = "mirror") -> Any:
    """An enveloped spec whose one operation answers the first of ``models`` (Holder, Item, Owner by default)."""
    models = models or (HOLDER, ITEM, OWNER)
    spec = f.spec(
        f.operation("get" + models[0].name, response=TypeRef(models[0].name)),
        models=models,
        response_format="json",
        error_format="envelope",
        envelope=ENVELOPE,
        name=name,
    )
    return run_passes(spec)


MIRRORED = JsonEmitter(mirrored_spec())
PLAIN = JsonEmitter(f.spec(models=(HOLDER, ITEM, OWNER), response_format="json"))


# --- the readers' expressions --------------------------------------------------------------------


def test_a_mirrored_string_tells_a_missing_key_from_a_null_one() -> None:
    assert MIRRORED.argument(f.field("label")) == 'label=mirror_str(get("label", ABSENT), path, "label")'
    assert PLAIN.argument(f.field("label")) == 'label=json_str(get("label"), path, "label")'


def test_mirrored_numbers_and_records_read_as_json_does_but_an_empty_record_is_one() -> None:
    assert MIRRORED.argument(f.field("age", "integer")) == 'age=json_int(get("age"), path, "age")'
    record = 'owner=mirror_record(get("owner", ABSENT), path, "owner", read_owner)'
    assert MIRRORED.argument(f.field("owner", "Owner")) == record
    assert PLAIN.argument(f.field("owner", "Owner")) == 'owner=json_record(get("owner"), path, "owner", read_owner)'


def test_a_mirrored_list_reads_the_items_under_its_item_key() -> None:
    wrapped = MIRRORED.argument(HOLDER.fields[0])
    assert 'mirror_list(get("items"), path, "items", "item")' in wrapped
    assert 'read_item(item, join_path(path, f"items.item[{index}]"))' in wrapped
    repeated = MIRRORED.argument(HOLDER.fields[1])
    assert 'mirror_list(get("tags"), path, "tags")' in repeated
    assert 'required(mirror_str(item, path, f"tags[{index}]"), join_path(path, f"tags[{index}]"))' in repeated
    assert 'json_list(get("items"), path, "items")' in PLAIN.argument(HOLDER.fields[0])


def test_a_mirrored_csv_is_none_only_when_missing() -> None:
    field = f.field("codes", "csv", item="integer")
    assert MIRRORED.argument(field).startswith('codes=mirror_csv(get("codes", ABSENT), path, "codes", lambda part:')


def test_a_required_field_is_required_whatever_the_form() -> None:
    assert MIRRORED.argument(f.field("id", "integer", required=True)) == (
        'id=required(json_int(get("id"), path, "id"), join_path(path, "id"))'
    )


# --- the wire Structs ------------------------------------------------------------------------------


def test_wire_fields_are_the_json_forms_types() -> None:
    fields = [MIRRORED.wire_field(HOLDER, field) for field in HOLDER.fields]
    assert fields == [
        "items: _HolderItems | None = None",
        "tags: list[str] | str | None = None",
        "owner: Owner | None = None",  # its own wire form
        'note_text: str | None = msgspec.field(default=None, name="Note-Text")',
        "count: int",
    ]
    assert MIRRORED.wire_field(OWNER, renamed("Full-Name", "full_name")).startswith("full_name: str | None = msgspec")
    required = replace(renamed("Id", "id", "integer"), required=True)
    assert MIRRORED.wire_field(ITEM, required) == 'id: int = msgspec.field(name="Id")'


def test_a_wrapped_list_has_a_container_of_its_items_or_one_alone() -> None:
    assert MIRRORED.wire_containers(HOLDER) == [
        {
            "name": "_HolderItems",
            "field": "item: list[Item] | Item = []",  # decoded straight into records
            "unwrap": "one_or_many(self.item)",
            "returns": "tuple[Item, ...]",
        }
    ]
    odd = f.model("Odd", replace(f.field("rows", "list", item="integer"), xml_item="Row-Item"))
    (container,) = MIRRORED.wire_containers(odd)
    assert container["field"] == 'row_item: list[int] | int = msgspec.field(default_factory=list, name="Row-Item")'
    assert container["unwrap"] == "one_or_many(self.row_item)"


def test_unwrap_gives_the_records_tuples_and_nested_records() -> None:
    assert MIRRORED.unwrap_lines(HOLDER) == [
        "return Holder("
        "items=() if self.items is None else self.items.unwrap(), "
        "tags=() if self.tags is None else one_or_many(self.tags), "
        "owner=self.owner, "  # an Owner already (its own wire form), or None
        "note_text=self.note_text, "
        "count=self.count)"
    ]
    single = f.model("Single", f.field("holder", "Holder", required=True))
    wired = JsonEmitter(mirrored_spec(single, HOLDER, ITEM, OWNER))
    assert wired.unwrap_lines(single) == ["return Single(holder=self.holder.unwrap())"]


def test_a_record_of_its_own_wire_fields_needs_no_wire_struct_but_as_a_payload() -> None:
    # Item and Owner hold only scalars under their own names: msgspec decodes them as themselves.
    assert [m.name for m in MIRRORED.wire_models()] == ["Holder"]
    payload = JsonEmitter(mirrored_spec(OWNER))  # the envelope unwraps a payload's wire Struct
    assert [m.name for m in payload.wire_models()] == ["Owner"]
    renamed_owner = f.model("Owner", renamed("Full-Name", "full_name"))
    holder = f.model("Holder", f.field("owner", "Owner"))
    assert {m.name for m in JsonEmitter(mirrored_spec(holder, renamed_owner)).wire_models()} == {"Holder", "Owner"}


# --- the three readers of a rendered SDK agree ----------------------------------------------------------


@contextlib.contextmanager
def rendered(spec: Any, root: Path) -> Iterator[ModuleType]:
    """``spec``'s records and readers rendered into a package of their own under ``root``, imported."""
    package = spec.provider.package
    folder = root / package
    folder.mkdir()
    (folder / "__init__.py").write_text("")
    wanted = frozenset({"{pkg}/models.py", "{pkg}/_json.py", "{pkg}/_xml.py"})
    for rendered_file in render_spec(spec, only=wanted):
        (root / Path(rendered_file.path).relative_to(package)).write_text(rendered_file.text)
    for module in runtime_modules(spec):
        shutil.copy(RUNTIME_DIR / f"{module}.py", folder / f"{module}.py")
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def mirror(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with rendered(mirrored_spec(), tmp_path_factory.mktemp("mirror")) as package:
        yield package


def xml_form(value: Any, tag: str) -> str:
    """The XML form of a JSON value: an object's keys as child elements, a list repeats its element."""
    if isinstance(value, dict):
        return f"<{tag}>" + "".join(xml_form(item, key) for key, item in value.items()) + f"</{tag}>"
    if isinstance(value, list):
        return "".join(xml_form(item, tag) for item in value)
    return f"<{tag}>{'' if value is None else value}</{tag}>"


def read_three_ways(mirror: ModuleType, payload: dict[str, Any]) -> tuple[Any, Any, Any]:
    json_reader = importlib.import_module(f"{mirror.__name__}._json")
    xml_reader = importlib.import_module(f"{mirror.__name__}._xml")
    body = json.dumps(payload).encode()
    wire = msgspec.json.decode(body, type=json_reader.HolderWire, strict=False).unwrap()
    tolerant = json_reader.read_holder(json.loads(body), "$")
    from_xml = xml_reader.read_holder(etree.fromstring(xml_form(payload, "response")), "response")
    return wire, tolerant, from_xml


PAYLOADS = {
    "lists of two": {
        "items": {"item": [{"id": 1, "label": "a"}, {"id": "2", "label": "b"}]},
        "tags": ["x", "y"],
        "owner": {"name": "Ann", "age": "40"},
        "Note-Text": "hi",
        "count": 3,
    },
    "lists of one": {"items": {"item": {"id": 7}}, "tags": "x", "count": "1"},
    "empty containers": {"items": {"item": []}, "count": 0, "owner": {}},
    "numbers and strings": {"items": {"item": [{"id": 5, "label": ""}]}, "Note-Text": "", "count": 12},
}


@pytest.mark.parametrize("name", list(PAYLOADS))
def test_the_wire_structs_the_tolerant_reader_and_the_xml_reader_read_one_record(mirror: ModuleType, name: str) -> None:
    wire, tolerant, from_xml = read_three_ways(mirror, PAYLOADS[name])
    assert wire == tolerant == from_xml
    assert type(wire.items) is tuple and type(wire.tags) is tuple


def test_what_msgspec_refuses_the_tolerant_reader_reads_as_the_xml_reader_does(mirror: ModuleType) -> None:
    json_reader = importlib.import_module(f"{mirror.__name__}._json")
    payload = {"items": {"item": {"id": 1, "label": 5}}, "owner": "", "Note-Text": None, "count": "4"}
    with pytest.raises(msgspec.ValidationError):
        msgspec.json.decode(json.dumps(payload).encode(), type=json_reader.HolderWire, strict=False)
    record = json_reader.read_holder(payload, "$")
    assert record.items[0].label == "5" and record.note_text == "" and record.owner.name is None


def test_a_malformed_value_names_its_json_path(mirror: ModuleType) -> None:
    MalformedResponseError = importlib.import_module(f"{mirror.__name__}._exceptions").MalformedResponseError
    json_reader = importlib.import_module(f"{mirror.__name__}._json")
    with pytest.raises(MalformedResponseError, match=r"^\$\.items\.item\[1\]\.id: expected an integer"):
        json_reader.read_holder({"items": {"item": [{"id": 1}, {"id": "one"}]}, "count": 1}, "$")
    with pytest.raises(MalformedResponseError, match=r"^\$\.items\.item\[0\]\.id: is missing"):
        json_reader.read_holder({"items": {"item": {"label": "x"}}, "count": 1}, "$")


# --- decimals msgspec would read as numbers that are none ----------------------------------------------

PRICE = f.model("Price", f.field("amount", "decimal"), f.field("currency"))
ANSWER = f.model(
    "Answer", f.field("total", "decimal"), f.field("price", "Price"), f.field("rates", "list", item="decimal")
)


def status_field_spec(response_format: str = "json") -> Any:
    operation = f.operation("getAnswer", response=TypeRef("Answer"))
    spec = f.spec(operation, models=(ANSWER, PRICE), response_format=response_format, error_format="status_field")
    return run_passes(spec)


def refusal(value: str, field: str) -> list[str]:
    return [
        f"if type({value}) is Decimal and not ({value}.is_finite() and abs({value}.adjusted()) <= DECIMAL_LIMIT):",
        f'    refuse_decimal("{field}", {value})',
    ]


def test_each_struct_msgspec_decodes_checks_its_decimals_and_only_those() -> None:
    emitter = JsonEmitter(status_field_spec())
    # The answer is decoded into its Envelope (which holds the answer's own fields), the Price below it
    # into itself: each checks its own decimals, scalars and lists alike; the answer record need not.
    rates = ["for number in self.rates:", *(f"    {line}" for line in refusal("number", "rates"))]
    assert emitter.decimal_check(ANSWER, wire=True) == refusal("self.total", "total") + rates
    assert emitter.decimal_check(ANSWER) == []
    assert emitter.decimal_check(PRICE) == refusal("self.amount", "amount")
    assert emitter.decimal_check(f.model("Plain", f.field("name")), wire=True) == []
    assert emitter.decimal_checked("models") and emitter.decimal_checked("_json")


@pytest.mark.parametrize("text", ["0", "-1.5", "1E+100", "1E-100", "1E+101", "1E-101", "NaN", "sNaN", "-Infinity"])
def test_the_emitted_check_refuses_what_sensible_decimal_refuses(text: str) -> None:
    from decimal import Decimal

    from generator.runtime._record import DECIMAL_LIMIT, refuse_decimal, sensible_decimal

    source = "\n".join(["def check(self):", *(f"    {line}" for line in refusal("self.total", "total"))])
    scope: dict[str, Any] = {"Decimal": Decimal, "DECIMAL_LIMIT": DECIMAL_LIMIT, "refuse_decimal": refuse_decimal}
    exec(source, scope)
    holder = type("Holder", (), {"total": Decimal(text)})()
    if sensible_decimal(Decimal(text)):
        scope["check"](holder)
    else:
        with pytest.raises(ValueError, match=r"^total: "):
            scope["check"](holder)
    for not_a_decimal in (None, 0, "1.5"):  # a record built by hand stays as it was
        holder.total = not_a_decimal
        scope["check"](holder)


RATED = f.model(
    "Rated",
    replace(f.field("rates", "list", item="decimal"), xml_item="rate"),
    f.field("steps", "list", item="decimal"),
    f.field("fee", "decimal"),
)


@pytest.mark.parametrize(
    ("payload", "refused"),
    [
        ({"rates": {"rate": ["1.5", "2"]}, "steps": ["1", "2"], "fee": "0.10"}, None),
        ({"rates": {"rate": "3"}, "steps": "4", "fee": None}, None),
        ({"rates": {"rate": ["1", "NaN"]}}, "rates"),
        ({"rates": {"rate": "Infinity"}}, "rates"),
        ({"steps": ["1", "sNaN"]}, "steps"),
        ({"steps": "1E+999"}, "steps"),
        ({"fee": "NaN"}, "fee"),
    ],
)
def test_a_mirrored_wire_struct_checks_its_decimals_in_lists_containers_and_alone(
    tmp_path: Path, payload: dict[str, Any], refused: str | None
) -> None:
    with rendered(mirrored_spec(RATED, name="rated"), tmp_path) as package:
        wire = importlib.import_module(f"{package.__name__}._json").RatedWire
        if refused is None:
            record = msgspec.json.decode(json.dumps(payload).encode(), type=wire, strict=False).unwrap()
            assert all(type(number).__name__ == "Decimal" for number in record.rates + record.steps)
        else:
            with pytest.raises(msgspec.ValidationError, match=f"{refused}: "):
                msgspec.json.decode(json.dumps(payload).encode(), type=wire, strict=False)


def test_records_no_msgspec_decode_reads_check_no_decimals() -> None:
    emitter = JsonEmitter(status_field_spec(response_format="xml"))
    assert emitter.decimal_check(PRICE) == [] and emitter.decimal_check(ANSWER) == []
    assert not emitter.decimal_checked("models") and not emitter.decimal_checked("_json")


def test_a_filter_of_a_constant_is_the_rendering_specs_not_the_first_compilers(tmp_path: Path) -> None:
    # Every spec shares one compiled template: had jinja folded the constant's filter into it, the spec
    # rendered second would get the first one's answer.
    (tmp_path / "package").mkdir()
    (tmp_path / "package" / "probe.jinja").write_text('{{ "models" | json_decimals_checked("models") }}')
    from generator.render.environment import environment_for

    answers = [
        environment_for(spec, tmp_path).get_template("package/probe.jinja").render()
        for spec in (status_field_spec(), status_field_spec(response_format="xml"), status_field_spec())
    ]
    assert answers == ["True", "False", "True"]
