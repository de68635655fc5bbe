"""assign_results: what each method returns and how a paged listing is walked."""

from __future__ import annotations

from generator.ir import Model, Paging, ResultPaging, TypeRef
from generator.passes.results import assign_results
from tests import factories as f


def test_a_method_returns_its_response_record_or_nothing() -> None:
    spec = f.spec(f.operation("get", response=TypeRef("Thing")), f.operation("drop"), models=(Model("Thing", "", ()),))
    got, dropped = assign_results(spec).operations
    assert (got.result, dropped.result) == (TypeRef("Thing"), None)


def test_a_soap_array_response_returns_the_list_it_wraps() -> None:
    array = Model("ArrayOfDid", "", (f.field("did", "list", item="Did"),))
    response = Model("GetDidsResponse", "", (f.field("dids", "ArrayOfDid"),))
    op = f.operation("GetDids", response=TypeRef("GetDidsResponse"), result_path=("dids", "did"))
    (done,) = assign_results(f.spec(op, models=(Model("Did", "", ()), array, response))).operations
    assert done.result == TypeRef("list", (TypeRef("Did"),))


def test_paged_listings_know_their_page_argument_and_attributes() -> None:
    page = Model(
        "Page",
        "",
        (f.field("page", "integer"), f.field("pages", "integer"), f.field("items", "list", item="Item")),
        paging=Paging("page", "pages", "items"),
    )
    op = f.operation("list", f.field("page", "integer"), response=TypeRef("Page"), page_param="page")
    (done,) = assign_results(f.spec(op, models=(Model("Item", "", ()), page))).operations
    assert done.paging == ResultPaging("page", "page", "pages", "items", TypeRef("Item"))
