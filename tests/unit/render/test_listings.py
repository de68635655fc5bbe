"""Listings the templates iterate over."""

from __future__ import annotations

from generator.ir import Model
from generator.render.listings import unset_date_keys
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
