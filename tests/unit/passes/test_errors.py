"""assign_error_classes and assign_error_families: the exception class of every documented code."""

from __future__ import annotations

from dataclasses import replace

from generator.ir import ErrorCode, ErrorFamily
from generator.passes.errors import assign_error_classes, assign_error_families, family_of
from tests import factories as f


def test_error_classes_only_for_per_code_specs() -> None:
    rows = (ErrorCode("sold_out", "Sold out"), ErrorCode("xml_parse_error", "XML parse error"))
    per_family = f.spec(errors=rows)
    assert assign_error_classes(per_family) is per_family
    per_code = assign_error_classes(f.spec(errors=rows, error_classes="per_code"))
    assert [r.class_name for r in per_code.provider.errors] == ["SoldOutError", "XmlParseError"]


def test_family_prefers_codes_then_prefixes_then_status() -> None:
    families = (
        ErrorFamily("AuthError", "", http_statuses=(401,), codes=("bad_key",)),
        ErrorFamily("MissingError", "", code_prefixes=("missing_",)),
    )
    assert family_of(ErrorCode("bad_key", "", 400), families) == "AuthError"
    assert family_of(ErrorCode("missing_did", "", 401), families) == "MissingError"
    assert family_of(ErrorCode("other", "", 401), families) == "AuthError"
    assert family_of(ErrorCode("slow_down", "", 429), families) == "RateLimitError"
    assert family_of(ErrorCode("other", "", 500), families) == "ApiError"


def test_every_row_gets_its_family_and_each_code_is_listed_once() -> None:
    families = (ErrorFamily("MissingError", "", code_prefixes=("missing_",)),)
    global_rows = (ErrorCode("missing_did", "No DID"), ErrorCode("sold_out", "Sold out"))
    op = f.operation("op", errors=(ErrorCode("missing_did", "No DID here"), ErrorCode("too_many", "Too many")))
    spec = assign_error_families(f.spec(op, errors=global_rows, error_families=families))
    assert [(r.code, r.family) for r in spec.provider.errors] == [
        ("missing_did", "MissingError"),
        ("sold_out", "ApiError"),
    ]
    assert [r.code for r in spec.error_codes] == ["missing_did", "sold_out", "too_many"]
    assert spec.error_codes[0].message == "No DID"  # the provider's table comes first
    assert replace(spec.error_codes[2], class_name="TooManyError").raised_as == "TooManyError"
    assert spec.error_codes[2].raised_as == "ApiError"
