"""Template filters: small functions with exact expected outputs."""

from __future__ import annotations

import dataclasses
import re

from generator import filters
from generator.ir import Credential, ErrorCode, ErrorFamily, TypeRef
from generator.pytypes import annotation, argument_annotation
from tests import factories as f


def test_py_and_docstring_text() -> None:
    assert filters.py("a'b") == '"a\'b"'
    assert filters.py((200, 201)) == "(200, 201)"
    assert filters.docstring_text('Say """hi"""\n  and \\ go') == 'Say \\"\\"\\"hi\\"\\"\\" and \\\\ go'


def test_message_regex_captures_placeholders_and_tolerates_punctuation() -> None:
    pattern = re.compile(filters.message_regex("Country Code {item} of {total} Empty"))
    found = pattern.fullmatch("Country Code 2 of 3 Empty.")
    assert found is not None and found.groupdict() == {"item": "2", "total": "3"}
    assert pattern.fullmatch("Area Code 2 of 3 Empty") is None
    literal = re.compile(filters.message_regex("Quantity must be between 1 and 250"))
    assert literal.fullmatch(" Quantity must be between 1 and 250 ")
    repeated = re.compile(filters.message_regex("{x} and {x}"))
    assert repeated.fullmatch("a and a") and not repeated.fullmatch("a and b")


def test_annotations() -> None:
    assert annotation(TypeRef("list", (TypeRef("Item"),))) == "tuple[Item, ...]"
    assert argument_annotation(TypeRef("csv", (TypeRef("string"),), nullable=True)) == "Sequence[str] | None"
    assert annotation(TypeRef("date", nullable=True)) == "_dt.date | None"
    assert annotation(TypeRef("decimal")) == "Decimal"
    assert filters.result_annotation(None) == "None"


def test_field_doc_lists_constraints_and_default() -> None:
    field = f.field("quantity", "integer", minimum=1, maximum=250.0)
    assert filters.field_doc(field) == "The quantity. (at least 1; at most 250)"


def test_path_expr_quotes_path_parameters() -> None:
    op = f.operation("getThing", replace_location(f.field("id"), "path"), path="/things/{id}/x")
    assert filters.path_expr(op) == "f\"/things/{quote(str(id), safe='')}/x\""
    assert filters.path_expr(f.operation()) == '"/things"'


def test_prepared_request_args_leave_defaults_out() -> None:
    assert filters.prepared_request_args(f.operation()) == ['"getThing"', '"GET"', '"/things"', "query"]
    changes = f.operation("PutThing", body_format="form", mutates=True, query_in_body=True)
    assert filters.prepared_request_args(changes)[4:] == [
        "content=content",
        "content_type=content_type",
        "mutates=True",
        "credentials_in_body=True",
    ]
    soap = f.operation("GetThing", soap_action="urn:GetThing", xml_root="GetThing")
    assert filters.prepared_request_args(soap)[4:] == [
        "content=content",
        "content_type=content_type",
        'soap_action="urn:GetThing"',
        'xml_root="GetThing"',
    ]


def replace_location(field, location):
    from dataclasses import replace

    return replace(field, location=location)


def test_example_credentials_use_placeholders_only() -> None:
    provider = f.provider(credentials=(Credential("secureKey", "secure_key", "Key.", secret=True),))
    assert filters.example_credentials(provider) == 'secure_key="<secure_key>"'


def test_family_of_prefers_codes_then_prefixes_then_status() -> None:
    spec = f.spec(
        error_families=(
            ErrorFamily("AuthenticationError", "Auth.", codes=("missing_credentials",)),
            ErrorFamily("RequestError", "Bad.", code_prefixes=("missing_", "invalid_")),
            ErrorFamily("ServerError", "Server.", http_statuses=(500, 502)),
        )
    )
    assert filters.family_of(ErrorCode("missing_credentials", "m"), spec) == "AuthenticationError"
    assert filters.family_of(ErrorCode("missing_did", "m"), spec) == "RequestError"
    assert filters.family_of(ErrorCode("boom", "m", 500), spec) == "ServerError"
    assert filters.family_of(ErrorCode("slow_down", "m", 429), spec) == "RateLimitError"
    assert filters.family_of(ErrorCode("other", "m"), spec) == "ApiError"


def test_exception_tree_draws_families_and_code_classes() -> None:
    spec = f.spec(
        error_families=(ErrorFamily("RequestError", "Bad.", http_statuses=(400,)),),
        errors=(ErrorCode("sold_out", "Sold out", 400, class_name="SoldOutError"),),
    )
    assert filters.exception_tree(spec).splitlines()[-4:] == [
        "└── ApiError",
        "    ├── RateLimitError",
        "    └── RequestError",
        "        └── SoldOutError",
    ]


def test_error_scopes_and_all_errors() -> None:
    op = f.operation("buy", errors=(ErrorCode("sold_out", "Sold out"),))
    spec = f.spec(op, errors=(ErrorCode("busy", "Busy"),))
    assert [scope for scope, _ in filters.error_scopes(spec)] == ["", "buy"]
    assert [row.code for row in filters.all_errors(spec)] == ["busy", "sold_out"]


def _black_keeps(source: str) -> bool:
    import black
    from black.mode import TargetVersion

    mode = black.Mode(line_length=120, target_versions={TargetVersion.PY311})
    return black.format_str(source, mode=mode) == source


def test_laid_out_filters_write_what_black_would() -> None:
    spec = f.spec(f.operation("getThing"))
    long_message = "The thing you asked for is not available in this region; ask again later or elsewhere"
    rows = [ErrorCode("short", "Short"), ErrorCode("not_available_in_region", long_message, 400, "Why", "Fix")]
    # Rows sit at column 8, as in the generated _ERROR_ROWS = {scope: (rows...)}.
    table = (
        'ROWS = {\n    "": (\n' + "".join(f"        {filters.error_row(row, spec)},\n" for row in rows) + "    ),\n}\n"
    )
    assert _black_keeps(table)
    names = [f'"value_{i:02d}_with_a_long_name"' for i in range(8)]
    assert _black_keeps(filters.set_argument(names, 0, "VALUES: Final = frozenset(") + "\n")
    assert _black_keeps(filters.layout_call(names, 0, "Kind = Literal[", "", "]") + "\n")
    head = "def parse_a_very_long_operation_name_indeed"
    returns = "AVeryLongOperationNameIndeedResponseWithMore"
    params = ["response: httpx.Response", "body: bytes"]
    assert _black_keeps(filters.signature(returns, 0, head, params) + "\n    pass\n")
    assert _black_keeps("tuple_of_secrets = " + filters.secrets_tuple(["password"]) + "\n")


def test_prefix_classes_base_urls_and_files_are_laid_out_as_black_would() -> None:
    head = "PREFIX_CLASSES: Final[tuple[tuple[str, type[ApiError]], ...]] = ("
    missing = ErrorFamily("RequestError", "Bad request.", code_prefixes=("missing_",))
    auth = ErrorFamily("AuthenticationError", "Refused.", code_prefixes=("auth_", "login_"))
    assert filters.prefix_classes((missing, auth)) == [
        '("missing_", RequestError)',
        '("auth_", AuthenticationError)',
        '("login_", AuthenticationError)',
    ]
    for families in ((), (missing,), (missing, auth)):
        items = filters.prefix_classes(families)
        assert _black_keeps(filters.layout_collection(items, 0, head, ")", "", True, True) + "\n")
    urls = (
        ("production", "https://www.example.com/VoxAPI/services/VoxAPI"),
        ("sandbox", "http://sandbox.example.com/"),
    )
    assert _black_keeps(filters.dict_literal(urls, 0, "BASE_URLS: Final = ") + "\n")
    assert filters.dict_literal(urls[1:], 0, "URLS = ") == 'URLS = {"sandbox": "http://sandbox.example.com/"}'
    one = f.operation("sendFax", dataclasses.replace(f.field("document", "file"), location="body"))
    assert filters.file_pairs(one) == '(("document", document),)'
    pages = dataclasses.replace(f.field("pages", "list", item="file"), location="body")
    two = dataclasses.replace(one, params=(*one.params, pages, f.field("note")))
    assert filters.file_pairs(two) == '(("document", document), *(("pages[]", item) for item in (pages or ())))'


def test_layout_line_splits_what_black_splits() -> None:
    message = 'f"expected <GetTollfreeCreditPackageListResponse>, got <{element.tag}>"'
    line = f"raise MalformedResponseError({message}, body=body)"
    assert filters.layout_line(line, 12) == (
        f"raise MalformedResponseError(\n                {message}, body=body\n            )"
    )
    assert filters.layout_line("return x", 8) == "return x"
