"""Filters that need no spec (snippets, listings, text): small functions with exact expected outputs."""

from __future__ import annotations

import dataclasses

from generator.ir import Credential, ErrorCode, ErrorFamily
from generator.render import listings, snippets, text
from tests import factories as f


def test_field_doc_lists_constraints_and_default() -> None:
    field = f.field("quantity", "integer", minimum=1, maximum=250.0)
    assert text.field_doc(field) == "The quantity. (at least 1; at most 250)"


def test_path_expr_quotes_path_parameters() -> None:
    op = f.operation("getThing", dataclasses.replace(f.field("id"), location="path"), path="/things/{id}/x")
    assert snippets.path_expr(op) == "f\"/things/{quote(str(id), safe='')}/x\""
    assert snippets.path_expr(f.operation()) == '"/things"'


def test_prepared_request_args_leave_defaults_out() -> None:
    assert snippets.prepared_request_args(f.operation()) == ['"getThing"', '"GET"', '"/things"', "query"]
    changes = f.operation("PutThing", body_format="form", mutates=True, query_in_body=True)
    assert snippets.prepared_request_args(changes)[4:] == [
        "content=content",
        "content_type=content_type",
        "mutates=True",
        "credentials_in_body=True",
    ]
    soap = f.operation("GetThing", soap_action="urn:GetThing", xml_root="GetThing")
    assert snippets.prepared_request_args(soap)[4:] == [
        "content=content",
        "content_type=content_type",
        'soap_action="urn:GetThing"',
        'xml_root="GetThing"',
    ]


def test_example_credentials_are_the_specs_examples_or_placeholders() -> None:
    plain = Credential("username", "username", "username", "User.")
    keyed = Credential(
        "secureKey", "secureKey", "secure_key", "Key.", secret=True, pattern="^[0-9a-f]{4}$", example="0a1b"
    )
    assert snippets.example_credentials(f.provider(credentials=(plain, keyed))) == (
        'username="<username>", secure_key="0a1b"'
    )


def test_exception_tree_draws_families_and_code_classes() -> None:
    spec = f.spec(error_families=(ErrorFamily("RequestError", "Bad.", http_statuses=(400,)),))
    row = ErrorCode("sold_out", "Sold out", 400, class_name="SoldOutError", family="RequestError")
    spec = dataclasses.replace(spec, error_codes=(row,))
    assert listings.exception_tree(spec).splitlines()[-4:] == [
        "└── ApiError",
        "    ├── RateLimitError",
        "    └── RequestError",
        "        └── SoldOutError",
    ]


def test_error_scopes_and_rows() -> None:
    op = f.operation("buy", errors=(ErrorCode("sold_out", "Sold out"),))
    spec = f.spec(op, errors=(ErrorCode("busy", "Busy", 503, "Try later.", "Wait."),))
    assert [scope for scope, _ in listings.error_scopes(spec)] == ["", "buy"]
    assert snippets.error_row(spec.provider.errors[0]) == '("busy", "Busy", 503, "Try later.", "Wait.")'


def test_dicts_tuples_and_file_pairs() -> None:
    urls = (("production", "https://www.example.com/"), ("sandbox", "http://sandbox.example.com/"))
    assert (
        snippets.dict_literal(urls)
        == '{"production": "https://www.example.com/", "sandbox": "http://sandbox.example.com/"}'
    )
    assert snippets.code_tuple(["a"]) == "(a,)" and snippets.code_tuple([]) == "()"
    one = f.operation("sendFax", dataclasses.replace(f.field("document", "file"), location="body"))
    assert snippets.file_pairs(one) == (
        'tuple((name, data) for name, data in (("document", document),) if data is not None)'
    )
    pages = dataclasses.replace(f.field("pages", "list", item="file"), location="body")
    two = dataclasses.replace(one, params=(*one.params, pages, f.field("note")))
    assert snippets.file_pairs(two) == (
        "tuple((name, data) for name, data in "
        '(("document", document), *(("pages[]", item) for item in (pages or ()))) if data is not None)'
    )
    assert snippets.file_pairs(f.operation()) == "()"


def test_soap_results_unwrap_array_wrappers() -> None:
    assert snippets.soap_result_expr(f.operation()) == "result"
    # The tuple the record holds, as it is: one sequence type for method results and record fields.
    assert snippets.soap_result_expr(f.operation(result_path=("dids",))) == "result.dids"


def test_prepared_request_args_hand_the_secret_arguments_over() -> None:
    op = f.operation("SetThing", f.field("name"), f.field("pin"), f.field("key"))
    op = dataclasses.replace(
        op,
        params=tuple(
            p if p.wire_name == "name" else dataclasses.replace(p, secret=True, python_name=p.wire_name)
            for p in op.params
        ),
    )
    assert snippets.prepared_request_args(op)[-1] == "secrets=secret_texts(pin, key)"
    assert not any(arg.startswith("secrets=") for arg in snippets.prepared_request_args(f.operation()))
