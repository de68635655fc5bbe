"""The layouts must be exactly black's: black leaves their output unchanged."""

from __future__ import annotations

import keyword

import black
from black.mode import TargetVersion
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import layout
from generator.pyliteral import literal

MODE = black.Mode(line_length=layout.LINE_LENGTH, target_versions={TargetVersion.PY311})

names = st.from_regex(r"[a-z_][a-z0-9_]{0,40}", fullmatch=True).filter(lambda name: not keyword.iskeyword(name))
strings = st.text(st.characters(codec="ascii", exclude_characters="\r\x0b\x0c\x1c\x1d\x1e"), max_size=110)
atoms = st.one_of(names, strings.map(literal), st.integers().map(str))
items = st.lists(atoms, max_size=8)
indents = st.sampled_from([0, 4, 8, 12, 16])


def _stable(indent: int, statement: str, opener: str = "if x:") -> None:
    # Nest the statement so that it really starts at ``indent``.
    lines = ["    " * level + opener for level in range(indent // 4)]
    source = "\n".join([*lines, " " * indent + statement]) + "\n"
    assert black.format_str(source, mode=MODE) == source


@settings(max_examples=400, deadline=None)
@given(indent=indents, name=names, values=items, one_per_line=st.booleans())
def test_collection_matches_black(indent: int, name: str, values: list[str], one_per_line: bool) -> None:
    _stable(indent, layout.collection(indent, f"{name} = (", values, ")", is_tuple=True, one_per_line=one_per_line))
    _stable(indent, layout.collection(indent, f"{name} = [", values, "]", one_per_line=one_per_line))


@settings(max_examples=400, deadline=None)
@given(indent=indents, name=names, values=items)
def test_call_matches_black(indent: int, name: str, values: list[str]) -> None:
    _stable(indent, layout.call(indent, f"{name}(", values))
    _stable(indent, layout.call(indent, f"x = {name}(", values))
    if values:
        _stable(indent, layout.call(indent, "x: Final = Literal[", values, closing="]"))


@settings(max_examples=400, deadline=None)
@given(indent=indents, name=names, values=items.filter(bool))
def test_collection_argument_matches_black(indent: int, name: str, values: list[str]) -> None:
    _stable(indent, layout.argument(indent, f"{name} = frozenset(", "{", values, "}"))
    _stable(indent, layout.argument(indent, f"{name} = pairs(", "(", values, ")", is_tuple=True, one_per_line=True))


@settings(max_examples=200, deadline=None)
@given(indent=indents, name=names, params=st.lists(names, min_size=1, max_size=6), returns=names)
def test_signature_matches_black(indent: int, name: str, params: list[str], returns: str) -> None:
    typed = [f"{p}: int" for p in params]
    statement = (
        layout.signature(indent, f"def {name}", typed, returns.title() or "X") + "\n" + " " * (indent + 4) + "pass"
    )
    _stable(indent, statement, opener="class C:")


def test_short_forms_stay_on_one_line() -> None:
    assert layout.collection(8, "(", ['"a"'], "),", is_tuple=True) == '("a",),'
    assert layout.call(4, "f(", ["a", "b"]) == "f(a, b)"


def test_long_call_hugs_its_arguments_then_explodes() -> None:
    head = "result = compute_something_long("
    args = ["a" * 45, "b" * 45]
    assert layout.call(4, head, args) == head + "\n        " + ", ".join(args) + "\n    )"
    long_args = ["a" * 70, "b" * 70]
    assert layout.call(4, "f(", long_args) == f"f(\n        {'a' * 70},\n        {'b' * 70},\n    )"
