"""Listings the templates iterate over."""

from __future__ import annotations

from generator.ir import Model, TypeRef
from generator.render.listings import envelope_payloads, mirror_text_keys, unset_date_keys
from tests import factories as f


def test_unset_date_keys_are_the_date_fields_of_every_record_reached() -> None:
    did = Model("Did", "A DID.", (f.field("next_billing", "date"), f.field("order_date", "datetime"), f.field("did")))
    cdr = Model("Cdr", "A call.", (f.field("date", "date"), f.field("next_billing", "date")))
    page = Model("Page", "A page.", (f.field("dids", "list", item="Did"), f.field("cdr", "Cdr")))
    spec = f.spec(models=(page, did, cdr))
    assert unset_date_keys(spec, "Page") == ("date", "next_billing", "order_date")
    assert unset_date_keys(spec, "Did") == ("next_billing", "order_date")


def test_a_key_that_is_also_text_somewhere_is_left_out() -> None:
    # Cleared as a date it would turn the note's "" into None.
    did = Model("Did", "A DID.", (f.field("date", "date"),))
    note = Model("Note", "A note.", (f.field("date"),))
    page = Model("Page", "A page.", (f.field("did", "Did"), f.field("note", "Note")))
    assert unset_date_keys(f.spec(models=(page, did, note)), "Page") == ()


def test_mirror_text_keys_are_the_string_fields_of_every_record_reached() -> None:
    call = Model("Call", "A call.", (f.field("call_hash"), f.field("duration", "integer"), f.field("note")))
    page = Model("Page", "A page.", (f.field("calls", "list", item="Call"), f.field("title"), f.field("tags", "csv")))
    spec = f.spec(models=(page, call))
    assert mirror_text_keys(spec, "Page") == ("call_hash", "note", "title")
    assert mirror_text_keys(spec, "Call") == ("call_hash", "note")


def test_envelope_payloads_are_the_records_operations_answer() -> None:
    answer, inner, unused = (
        Model("Answer", "", (f.field("inner", "Inner"),)),
        Model("Inner", "", ()),
        Model("X", "", ()),
    )
    ops = (f.operation("a", response=TypeRef("Answer")), f.operation("b", response=TypeRef("json")), f.operation("c"))
    assert envelope_payloads(f.spec(*ops, models=(answer, inner, unused))) == [answer]
