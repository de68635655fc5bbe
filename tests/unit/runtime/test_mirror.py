"""Unit tests of ``generator.runtime._mirror``: JSON answers read in the XML form's terms, and the XML form's tree.

Covers the ``mirror_*`` readers (a missing key against a null or ``""`` one, numbers as text,
records, csv values, lists in their item containers or one item alone, refusals naming the path),
``one_or_many`` and ``unwrap_all`` (the wire Structs' lists), ``stringified`` and ``xml_to_data``
(attributes, repeated children, ``_content``).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from generator.runtime._deadline import deadline
from generator.runtime._exceptions import MalformedResponseError
from generator.runtime._mirror import (
    ABSENT,
    mirror_csv,
    mirror_list,
    mirror_object,
    mirror_record,
    mirror_str,
    one_or_many,
    stringified,
    unwrap_all,
    xml_to_data,
)


def bad(message: str) -> Any:
    """``pytest.raises`` for a MalformedResponseError with exactly ``message``."""
    return pytest.raises(MalformedResponseError, match=f"^{re.escape(message)}$")


def expired() -> Any:
    return deadline(time.monotonic() - 1)


# --- mirror_object and mirror_record -----------------------------------------------------------


def test_mirror_object_is_the_object_and_an_empty_element_an_empty_one() -> None:
    data = {"a": "1"}
    assert mirror_object(data, "$") is data
    assert mirror_object("", "$") == {} and mirror_object(None, "$") == {}
    with bad("$.calls.call[0]: expected an object, got int"):
        mirror_object(5, "$.calls.call[0]")
    with bad("$.x: expected an object, got list"):
        mirror_object([{}], "$.x")


def test_mirror_object_looks_at_the_deadline() -> None:
    with expired(), pytest.raises(httpx.ReadTimeout):
        mirror_object({}, "$")


def test_mirror_record_is_none_only_when_the_key_is_missing() -> None:
    def reader(value: Any, path: str) -> tuple[Any, str]:
        return mirror_object(value, path), path

    assert mirror_record(ABSENT, "$", "nested", reader) is None
    assert mirror_record("", "$", "nested", reader) == ({}, "$.nested")
    assert mirror_record(None, "$", "nested", reader) == ({}, "$.nested")
    assert mirror_record({"a": 1}, "$", "nested", reader) == ({"a": 1}, "$.nested")


# --- mirror_str and mirror_csv ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [(ABSENT, None), (None, ""), ("", ""), ("x", "x"), (12, "12"), (1.5, "1.5"), (True, "1"), (False, "0")],
)
def test_mirror_str_is_the_element_text(value: Any, expected: str | None) -> None:
    assert mirror_str(value, "$", "k") == expected


@pytest.mark.parametrize(("value", "name"), [({}, "dict"), ([], "list")])
def test_mirror_str_refuses_nested_values(value: Any, name: str) -> None:
    with bad(f"$.calls.call[2].k: expected a string, got {name}"):
        mirror_str(value, "$.calls.call[2]", "k")


def test_mirror_csv_splits_text_and_reads_an_array() -> None:
    assert mirror_csv(ABSENT, "$", "k", int) is None
    assert mirror_csv(None, "$", "k", int) == () and mirror_csv("", "$", "k", int) == ()
    assert mirror_csv("1, 2,3", "$", "k", int) == (1, 2, 3)
    assert mirror_csv(7, "$", "k", int) == (7,)
    assert mirror_csv(["4", "5"], "$", "k", int) == (4, 5)
    with bad("$.k: expected a comma-separated string, got dict"):
        mirror_csv({}, "$", "k", int)


# --- mirror_list ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"call": [{"a": 1}, {"a": 2}]}, [{"a": 1}, {"a": 2}]),
        ({"call": {"a": 1}}, [{"a": 1}]),  # one item alone, as an XML answer cannot tell
        ({"call": ""}, []),
        ({"call": None}, []),
        ({}, []),
        ({"count": "2"}, []),
        ("", []),  # <calls/>
        (None, []),
        (ABSENT, []),
    ],
)
def test_mirror_list_reads_the_items_under_their_item_key(value: Any, expected: list[Any]) -> None:
    assert mirror_list(value, "$", "calls", "call") == expected


def test_mirror_list_of_a_value_that_is_not_a_container_is_malformed() -> None:
    with bad("$.calls: expected an object holding 'call', got list"):
        mirror_list([{"a": 1}], "$", "calls", "call")


@pytest.mark.parametrize(
    ("value", "expected"), [(["a", "b"], ["a", "b"]), ("a", ["a"]), ({"x": 1}, [{"x": 1}]), ("", []), (None, [])]
)
def test_mirror_list_of_a_repeated_element(value: Any, expected: list[Any]) -> None:
    assert mirror_list(value, "$", "did") == expected


# --- the wire Structs' lists ----------------------------------------------------------------------


@dataclass
class Wired:
    n: int

    def unwrap(self) -> str:
        return f"record {self.n}"


def test_one_or_many_is_a_tuple() -> None:
    assert one_or_many([1, 2]) == (1, 2)
    assert one_or_many(3) == (3,)
    assert one_or_many([]) == ()


def test_unwrap_all_unwraps_each_item_or_the_one_alone() -> None:
    assert unwrap_all([Wired(1), Wired(2)]) == ("record 1", "record 2")
    assert unwrap_all(Wired(3)) == ("record 3",)
    many = [Wired(n) for n in range(10_000)]
    assert unwrap_all(many) == tuple(f"record {n}" for n in range(10_000))


def test_unwrap_all_of_many_records_looks_at_the_deadline() -> None:
    with expired(), pytest.raises(httpx.ReadTimeout):
        unwrap_all([Wired(n) for n in range(10_000)])


# --- stringified -------------------------------------------------------------------------------


def test_stringified_spells_scalars_as_an_xml_answer_would() -> None:
    data = {"a": None, "b": True, "c": False, "d": 12, "e": 1.5, "f": ["x", None, 0], "g": {"h": {"i": True}}, "j": ""}
    assert stringified(data) == {
        "a": "",
        "b": "1",
        "c": "0",
        "d": "12",
        "e": "1.5",
        "f": ["x", "", "0"],
        "g": {"h": {"i": "1"}},
        "j": "",
    }
    assert stringified("text") == "text"
    assert stringified(None) == ""


# --- xml_to_data -------------------------------------------------------------------------------


def test_xml_to_data_builds_the_json_tree_without_the_root() -> None:
    body = (
        b'<response status="ok"><balance currency="CAD">12.50</balance>'
        b"<did>1</did><did>2</did><did>3</did><one><x>y</x></one><empty/></response>"
    )
    assert xml_to_data(body, 200) == {
        "status": "ok",
        "balance": {"currency": "CAD", "_content": "12.50"},
        "did": ["1", "2", "3"],
        "one": {"x": "y"},
        "empty": "",
    }


def test_xml_to_data_repeated_records_become_a_list_of_dicts() -> None:
    body = b"<r><m code='a'>first</m><m code='b'/></r>"
    assert xml_to_data(body, 200) == {"m": [{"code": "a", "_content": "first"}, {"code": "b"}]}


def test_xml_to_data_keeps_text_beside_children_as_content() -> None:
    assert xml_to_data(b"<r><a> note <b>1</b></a></r>", 200) == {"a": {"b": "1", "_content": "note"}}


def test_xml_to_data_of_a_root_with_only_text_is_empty() -> None:
    assert xml_to_data(b"<r>just text</r>", 200) == {}
    assert xml_to_data(b"<r/>", 200) == {}


def test_xml_to_data_raises_the_parsers_errors_with_the_status() -> None:
    with pytest.raises(MalformedResponseError, match=r"^the response is not well-formed XML") as caught:
        xml_to_data(b"<r>", 502)
    assert caught.value.http_status == 502
