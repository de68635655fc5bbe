"""Python literals: quotes as the formatter writes them, long strings cut into pieces that fit."""

from __future__ import annotations

import ast

from hypothesis import given
from hypothesis import strategies as st

from generator.render.pyliteral import exploded_tuple, fstring, literal, tuple_display


def test_scalars_and_collections() -> None:
    assert literal("a'b") == '"a\'b"'
    assert literal('say "hi"') == "'say \"hi\"'"
    assert literal((200, 201)) == "(200, 201)"
    assert literal((200,)) == "(200,)"
    assert literal(None) == "None" and literal(True) == "True"
    assert literal({"a": [1, "b"]}) == '{"a": [1, "b"]}'


def test_tuples_of_code() -> None:
    assert tuple_display([]) == "()" and tuple_display(["a"]) == "(a,)" and tuple_display(["a", "b"]) == "(a, b)"
    assert exploded_tuple(["a"]) == "(a,)" and exploded_tuple(["a", "b"]) == "(a, b,)"
    assert fstring("x[{i}]") == 'f"x[{i}]"'


def test_long_strings_become_pieces_cut_after_spaces() -> None:
    text = "The endpoint is currently the default endpoint for the account and cannot be removed before another one"
    pieces = literal(text)
    assert pieces.count('" "') == 1 and all(len(piece) <= 74 for piece in pieces.split('" "'))
    assert ast.literal_eval(pieces) == text


@given(st.text(max_size=400))
def test_every_string_reads_back_as_itself(text: str) -> None:
    assert ast.literal_eval(literal(text)) == text
