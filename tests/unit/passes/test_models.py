"""assign_model_roles and order_models: what each record is used for, and where it is defined."""

from __future__ import annotations

from dataclasses import replace

from generator.ir import Envelope, Model, TypeRef
from generator.passes.models import assign_model_roles, order_models
from tests import factories as f


def test_roles_follow_parameters_responses_and_encodings() -> None:
    item = Model("Item", "", (f.field("owner", "Owner"),))
    owner = Model("Owner", "", (f.field("name"),))
    answer = Model("Answer", "", (f.field("id", "integer"),))
    encoded = replace(f.field("extra", "Extra"), encoding="json")
    extra = Model("Extra", "", (f.field("note"),))
    ops = (
        f.operation("put", f.field("item", "Item"), encoded, response=TypeRef("Answer")),
        f.operation("get", response=TypeRef("Answer")),
    )
    spec = assign_model_roles(f.spec(*ops, models=(item, owner, answer, extra), response_format="json"))
    roles = {m.name: m.roles for m in spec.models}
    assert roles == {
        "Item": {"input"},
        "Owner": {"input"},
        "Answer": {"output", "fast_json"},
        "Extra": {"input", "encoded"},
    }


def test_only_records_msgspec_can_decode_as_they_are_take_the_fast_path() -> None:
    renamed = Model("Renamed", "", (replace(f.field("DIDsID", "integer"), python_name="dids_id"),))
    with_status = Model("WithStatus", "", (f.field("status"),))
    ops = (f.operation("a", response=TypeRef("Renamed")), f.operation("b", response=TypeRef("WithStatus")))
    spec = assign_model_roles(f.spec(*ops, models=(renamed, with_status), response_format="json"))
    assert all("fast_json" not in m.roles for m in spec.models)
    xml = assign_model_roles(f.spec(f.operation("c", response=TypeRef("Answer")), models=(Model("Answer", "", ()),)))
    assert xml.models[0].roles == {"output"}


def test_order_models_puts_used_records_first_and_keeps_order_otherwise() -> None:
    page = Model("Page", "A page.", (f.field("items", "list", item="Item"),))
    item = Model("Item", "An item.", (f.field("owner", "Owner"),))
    owner = Model("Owner", "An owner.", (f.field("name"),))
    other = Model("Other", "Unrelated.", (f.field("x"),))
    ordered = order_models(f.spec(models=(page, other, item, owner)))
    assert [m.name for m in ordered.models] == ["Owner", "Item", "Page", "Other"]


def test_an_enveloped_payload_and_every_record_it_holds_take_the_fast_path() -> None:
    envelope = Envelope("details.status", ("ok",))
    call = Model("Call", "", (replace(f.field("Call-Hash"), python_name="call_hash"),))
    page = Model(
        "Page", "", (replace(f.field("calls", "list", item="Call"), xml_item="call"), f.field("owner", "Owner"))
    )
    owner = Model("Owner", "", (f.field("name"),))
    coded = Model("Coded", "", (f.field("codes", "csv", item="integer"), f.field("owner", "Owner")))
    ops = (f.operation("a", response=TypeRef("Page")), f.operation("b", response=TypeRef("Coded")))
    spec = assign_model_roles(
        f.spec(*ops, models=(page, call, owner, coded), response_format="json", envelope=envelope)
    )
    roles = {m.name: m.roles for m in spec.models}
    # Renamed keys are fine (the Structs rename); a csv value only the tolerant reader converts.
    assert roles == {
        "Page": {"output", "fast_json"},
        "Call": {"output", "fast_json"},
        "Owner": {"output", "fast_json"},
        "Coded": {"output"},
    }
