"""Unit tests of ``generator.runtime._validation``: the argument checks every generated builder calls.

Covers ``check_scalar`` for every kind and for enums (``allowed=``), lengths, ranges, patterns
(shown with ``$`` for a trailing ``\\Z``), the spec's own ``messages``, unsendable characters,
and that string values are never echoed; ``check_list`` (type, item counts, None items, commas,
item checks); ``check_encodable``; and ``raise_problems`` raising one ``ValidationError``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from enum import Enum
from typing import Any

import pytest

from generator.runtime._exceptions import FieldError, ValidationError
from generator.runtime._request import php_serialize
from generator.runtime._validation import check_encodable, check_list, check_scalar, raise_problems

SECRET = "hunter2-very-secret"


class Currency(str, Enum):  # noqa: UP042 (a str-mixin Enum, as user code and xsdata write them)
    CAD = "CAD"
    USD = "USD"


class Plain(Enum):
    ONE = 1
    TWO = 2


def scalar(value: Any, kind: str = "string", **options: Any) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    check_scalar(problems, value, "p", kind, **options)
    return problems


def listed(value: Any, kind: str = "string", **options: Any) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    check_list(problems, value, "p", kind, **options)
    return problems


# --- check_scalar: presence and kinds ----------------------------------------------------------


def test_absent_values_are_fine_unless_required() -> None:
    assert scalar(None) == []
    assert scalar(None, required=True) == [("p", "is required")]
    assert scalar(None, required=True, messages={"required": "Give a DID."}) == [("p", "Give a DID.")]


def test_problems_are_appended_to_the_existing_list() -> None:
    problems = [("earlier", "was bad")]
    check_scalar(problems, 5, "later", "string")
    assert problems == [("earlier", "was bad"), ("later", "must be a string")]


@pytest.mark.parametrize(
    ("kind", "good"),
    [
        ("string", ""),
        ("integer", -3),
        ("decimal", Decimal("1.25")),
        ("decimal", 7),
        ("boolean", False),
        ("date", dt.date(2024, 1, 31)),
        ("datetime", dt.datetime(2024, 1, 31, 8, 0)),
        ("file", b"\x00\x01"),
        ("file", bytearray(b"pdf")),
    ],
)
def test_each_kind_accepts_its_type(kind: str, good: Any) -> None:
    assert scalar(good, kind) == []


@pytest.mark.parametrize(
    ("kind", "bad", "message"),
    [
        ("string", 5, "must be a string"),
        ("string", b"bytes", "must be a string"),
        ("integer", True, "must be an integer"),
        ("integer", 5.0, "must be an integer"),
        ("integer", "5", "must be an integer"),
        ("decimal", 1.5, "must be a Decimal or an integer"),
        ("decimal", False, "must be a Decimal or an integer"),
        ("decimal", "1.5", "must be a Decimal or an integer"),
        ("boolean", 1, "must be True or False"),
        ("boolean", "true", "must be True or False"),
        ("date", dt.datetime(2024, 1, 1), "must be a datetime.date"),
        ("date", "2024-01-01", "must be a datetime.date"),
        ("datetime", dt.date(2024, 1, 1), "must be a datetime.datetime"),
        ("file", "text", "must be bytes"),
        ("file", memoryview(b"x"), "must be bytes"),
    ],
)
def test_each_kind_refuses_other_types(kind: str, bad: Any, message: str) -> None:
    assert scalar(bad, kind) == [("p", message)]


def test_a_wrong_type_is_the_only_problem_reported() -> None:
    assert scalar(5, "string", min_length=3, pattern=re.compile(r"^a\Z")) == [("p", "must be a string")]
    assert scalar("5", "integer", minimum=10) == [("p", "must be an integer")]


def test_the_spec_can_word_the_type_problem() -> None:
    assert scalar("x", "integer", messages={"type": "Quantity is a number."}) == [("p", "Quantity is a number.")]


# --- check_scalar: enums -----------------------------------------------------------------------


def test_enum_values_in_the_set_pass_whatever_the_kind() -> None:
    allowed = frozenset({"CAD", "USD"})
    assert scalar("CAD", "enum", allowed=allowed) == []
    assert scalar(Currency.USD, "enum", allowed=allowed) == []
    assert scalar(Plain.ONE, "enum", allowed=frozenset(Plain)) == []
    assert scalar(2, "enum", allowed=frozenset({1, 2})) == []


def test_enum_values_outside_the_set_list_the_choices_sorted() -> None:
    assert scalar(3, "enum", allowed=frozenset({2, 1, 10})) == [("p", "must be one of 1, 10, 2 (got 3)")]
    ((path, message),) = scalar("EUR", "enum", allowed=frozenset({"USD", "CAD"}))
    assert path == "p" and message.startswith("must be one of CAD, USD")


def test_enum_members_and_their_values_are_listed_once_as_wire_values() -> None:
    # An Enum class's check allows the members and the plain values: the message names each value once.
    allowed = frozenset(Currency) | {"CAD", "USD"}
    assert scalar("EUR", "enum", allowed=allowed) == [("p", "must be one of CAD, USD (got 'EUR')")]


@pytest.mark.parametrize("bad", [True, 1.0, Decimal(1), b"1", ("1",)])
def test_enum_refuses_values_of_other_types_even_when_equal(bad: Any) -> None:
    problems = scalar(bad, "enum", allowed=frozenset({1, "1"}))
    assert len(problems) == 1 and problems[0][1].startswith("must be one of 1 (got ")


def test_the_spec_can_word_the_enum_problem() -> None:
    assert scalar("x", "enum", allowed=frozenset({"a"}), messages={"enum": "Pick a or nothing."}) == [
        ("p", "Pick a or nothing.")
    ]


# --- check_scalar: strings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad", ["\x00", "a\x08b", "\x0b", "\x0c", "\x0e", "\x1f", "\ud800", "x\udfff", "\ufffe", "\uffff"]
)
def test_unsendable_characters_are_refused(bad: str) -> None:
    assert scalar(bad) == [("p", "contains control characters or unpaired surrogates, which cannot be sent")]


@pytest.mark.parametrize("good", ["tab\there", "line\nbreak\r\n", "é 漢字 😀", "\x7f", "\ufffd"])
def test_ordinary_text_is_sendable(good: str) -> None:
    assert scalar(good) == []


def test_string_lengths() -> None:
    assert scalar("", min_length=1) == [("p", "must not be empty")]
    assert scalar("ab", min_length=3) == [("p", "must have at least 3 characters")]
    assert scalar("abc", min_length=3, max_length=3) == []
    assert scalar("abcde", max_length=4) == [("p", "must be at most 4 characters (got 5)")]
    # Characters, not bytes or UTF-16 units.
    assert scalar("😀😀", max_length=2) == []


def test_the_spec_can_word_the_length_problem() -> None:
    say = {"length": "Use 2 to 3 letters."}
    assert scalar("a", min_length=2, max_length=3, messages=say) == [("p", "Use 2 to 3 letters.")]
    assert scalar("abcd", min_length=2, max_length=3, messages=say) == [("p", "Use 2 to 3 letters.")]


def test_pattern_shows_a_trailing_backslash_z_as_a_dollar() -> None:
    assert scalar("12a", pattern=re.compile(r"^[0-9]{3}\Z")) == [("p", "must match ^[0-9]{3}$")]
    assert scalar("ftp://x", pattern=re.compile("^https?://")) == [("p", "must match ^https?://")]
    assert scalar("123", pattern=re.compile(r"^[0-9]{3}\Z")) == []


def test_backslash_z_refuses_a_trailing_newline_that_dollar_would_accept() -> None:
    assert scalar("123\n", pattern=re.compile(r"^[0-9]{3}\Z")) == [("p", "must match ^[0-9]{3}$")]


def test_the_spec_can_word_the_pattern_problem() -> None:
    assert scalar("x", pattern=re.compile(r"^\d\Z"), messages={"pattern": "A digit."}) == [("p", "A digit.")]


def test_every_string_problem_is_reported_and_none_echoes_the_value() -> None:
    value = SECRET + "\x00"
    problems = scalar(value, max_length=5, pattern=re.compile(r"^[a-z]+\Z"))
    assert [message for _, message in problems] == [
        "contains control characters or unpaired surrogates, which cannot be sent",
        "must be at most 5 characters (got 20)",
        "must match ^[a-z]+$",
    ]
    assert not any(SECRET in message for _, message in problems)
    assert not any(SECRET in message for _, message in scalar(SECRET, min_length=50))


# --- check_scalar: numbers ---------------------------------------------------------------------


def test_integer_range() -> None:
    assert scalar(0, "integer", minimum=1, maximum=5) == [("p", "must be at least 1 (got 0)")]
    assert scalar(6, "integer", minimum=1, maximum=5) == [("p", "must be at most 5 (got 6)")]
    assert scalar(1, "integer", minimum=1, maximum=5) == []
    assert scalar(5, "integer", minimum=1, maximum=5) == []


def test_an_integer_without_bounds_is_still_a_64_bit_integer() -> None:
    assert scalar(2**63 - 1, "integer") == [] and scalar(-(2**63), "integer") == []
    assert scalar(10**30, "integer") == [("p", f"must be at most {2**63 - 1} (got {10**30})")]
    assert scalar(-(2**63) - 1, "integer") == [("p", f"must be at least {-(2**63)} (got {-(2**63) - 1})")]
    # A bound of the spec's own replaces the wire's on its side only.
    assert scalar(10**30, "integer", minimum=1) == [("p", f"must be at most {2**63 - 1} (got {10**30})")]
    assert scalar(Decimal(10**30), "decimal") == []


def test_decimal_range_shows_the_value() -> None:
    assert scalar(Decimal("-0.01"), "decimal", minimum=0) == [("p", "must be at least 0 (got Decimal('-0.01'))")]
    assert scalar(Decimal("100.5"), "decimal", maximum=100) == [("p", "must be at most 100 (got Decimal('100.5'))")]
    assert scalar(3, "decimal", minimum=0.5, maximum=3.5) == []


def test_the_spec_can_word_the_range_problem() -> None:
    say = {"range": "Quantity must be between 1 and 10."}
    assert scalar(0, "integer", minimum=1, maximum=10, messages=say) == [("p", say["range"])]
    assert scalar(11, "integer", minimum=1, maximum=10, messages=say) == [("p", say["range"])]


def test_ranges_and_lengths_apply_only_to_their_kinds() -> None:
    assert scalar(True, "boolean", minimum=5, min_length=3) == []
    assert scalar("a", "string", minimum=5) == []
    assert scalar(12345, "integer", max_length=2) == []


# --- check_list --------------------------------------------------------------------------------


def test_absent_lists_are_fine_unless_required() -> None:
    assert listed(None) == []
    assert listed(None, required=True) == [("p", "is required")]
    assert listed(None, required=True, messages={"required": "List the DIDs."}) == [("p", "List the DIDs.")]


@pytest.mark.parametrize("bad", ["abc", b"abc", {"a"}, {"a": 1}, 5, iter(["a"])])
def test_only_lists_and_tuples_are_lists(bad: Any) -> None:
    assert listed(bad) == [("p", "must be a list or tuple")]


def test_the_spec_can_word_the_list_type_problem() -> None:
    assert listed("a,b", messages={"type": "Give a list."}) == [("p", "Give a list.")]


def test_item_counts() -> None:
    assert listed([], min_items=1) == [("p", "must not be empty")]
    assert listed(["a"], min_items=2) == [("p", "must have at least 2 items")]
    assert listed(("a", "b", "c"), max_items=2) == [("p", "must have at most 2 items (got 3)")]
    assert listed(("a", "b"), min_items=2, max_items=2) == []
    assert listed([], min_items=1, messages={"items": "One to five."}) == [("p", "One to five.")]


def test_each_item_is_checked_at_its_index() -> None:
    assert listed(["a", None, 3, "d"]) == [("p[1]", "must not be None"), ("p[2]", "must be a string")]
    assert listed([1, "2", True], "integer") == [("p[1]", "must be an integer"), ("p[2]", "must be an integer")]


def test_string_items_must_not_hold_a_comma() -> None:
    assert listed(["a", "b,c"]) == [("p[1]", "must not contain a comma")]
    assert listed(["a\x00,"]) == [
        ("p[0]", "contains control characters or unpaired surrogates, which cannot be sent"),
        ("p[0]", "must not contain a comma"),
    ]


def test_items_are_checked_against_the_enum_and_pattern() -> None:
    assert listed(["USD", "CAD"], "enum", allowed=frozenset({"USD", "CAD"})) == []
    ((path, message),) = listed(["USD", "EUR"], "enum", allowed=frozenset({"USD", "CAD"}))
    assert path == "p[1]" and message.startswith("must be one of CAD, USD")
    assert listed(["12", "1x"], pattern=re.compile(r"^\d+\Z")) == [("p[1]", "must match ^\\d+$")]


def test_list_and_item_problems_are_all_reported_in_order() -> None:
    assert listed(["a,b", 5, "c"], max_items=2) == [
        ("p", "must have at most 2 items (got 3)"),
        ("p[0]", "must not contain a comma"),
        ("p[1]", "must be a string"),
    ]


# --- check_encodable ---------------------------------------------------------------------------


def test_check_encodable_accepts_plain_data_and_none() -> None:
    problems: list[tuple[str, str]] = []
    check_encodable(problems, {"a": [1, "b", None, True, 1.5]}, "extra", json.dumps)
    check_encodable(problems, None, "extra", lambda v: 1 / 0)  # never called for None
    assert problems == []


def _recurse(value: Any) -> str:
    raise RecursionError


@pytest.mark.parametrize(
    ("value", "encode"),
    [
        ({"a": object()}, json.dumps),  # TypeError
        ({1, 2}, php_serialize),  # TypeError
        (float("nan"), lambda v: json.dumps(v, allow_nan=False)),  # ValueError
        ({"a": 1}, _recurse),  # RecursionError
    ],
)
def test_check_encodable_reports_values_the_encoder_refuses(value: Any, encode: Any) -> None:
    problems: list[tuple[str, str]] = []
    check_encodable(problems, value, "extra", encode)
    assert problems == [("extra", "must be plain data: dicts, lists, strings, numbers, booleans or None")]


def test_check_encodable_reports_circular_data() -> None:
    looped: list[Any] = []
    looped.append(looped)
    problems: list[tuple[str, str]] = []
    check_encodable(problems, looped, "extra", json.dumps)
    check_encodable(problems, looped, "other", php_serialize)
    assert [path for path, _ in problems] == ["extra", "other"]


# --- raise_problems ----------------------------------------------------------------------------


def test_raise_problems_does_nothing_without_problems() -> None:
    assert raise_problems([]) is None


def test_raise_problems_names_every_problem_in_one_error() -> None:
    with pytest.raises(ValidationError) as caught:
        raise_problems([("items[0].quantity", "must be at least 1 (got 0)"), ("callback_url", "is required")])
    assert caught.value.errors == (
        FieldError("items[0].quantity", "must be at least 1 (got 0)"),
        FieldError("callback_url", "is required"),
    )
    assert str(caught.value) == (
        "2 invalid arguments: items[0].quantity: must be at least 1 (got 0); callback_url: is required"
    )
    assert isinstance(caught.value, ValueError)


def test_raise_problems_with_one_problem_says_argument() -> None:
    with pytest.raises(ValidationError, match=r"^1 invalid argument: did: is required$"):
        raise_problems([("did", "is required")])
