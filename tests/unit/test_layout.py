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


def _joined(parts: list[str]) -> str:
    return ", ".join(parts)


# One-line expressions built from calls, subscripts, collections and comprehensions, nested: the
# shapes generated code is made of. (Operators are left out: black splits at those first.)
leaves = st.one_of(names, strings.map(literal), st.integers(min_value=0).map(str))


def _compound(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    # Conditional expressions only where generated code has them: as arguments and elements.
    conditionals = st.tuples(children, names, children).map(lambda t: f"{t[0]} if {t[1]} else {t[2]}")
    positional = st.one_of(children, conditionals, conditionals.map(lambda x: f"*({x})"))
    arguments = st.lists(st.one_of(positional, st.tuples(names, children).map("=".join)), max_size=5)
    many = st.lists(positional, min_size=2, max_size=5)
    return st.one_of(
        st.tuples(names, arguments).map(lambda t: f"{t[0]}({_joined(t[1])})"),
        st.tuples(names, st.lists(children, min_size=1, max_size=3)).map(lambda t: f"{t[0]}[{_joined(t[1])}]"),
        st.lists(positional, max_size=5).map(lambda xs: f"[{_joined(xs)}]"),
        many.map(lambda xs: f"({_joined(xs)})"),
        positional.map(lambda x: f"({x},)"),
        st.lists(st.tuples(strings.map(literal), children), max_size=4).map(
            lambda kv: "{" + _joined([f"{k}: {v}" for k, v in kv]) + "}"
        ),
        st.tuples(names, children, names, children, st.booleans()).map(
            lambda t: f"{t[0]}({t[1]} for {t[2]} in {t[3]}{' if ' + t[2] if t[4] else ''})"
        ),
    )


expressions = st.recursive(leaves, _compound, max_leaves=14)


@settings(max_examples=500, deadline=None)
@given(indent=indents, name=names, value=expressions)
def test_fit_matches_black(indent: int, name: str, value: str) -> None:
    _stable(indent, layout.fit(indent, f"{name} = {value}"))
    _stable(indent, layout.fit(indent, f"{name}({value})"))
    _stable(indent, layout.fit(indent, f"return {value}"), opener="def f():")


@settings(max_examples=300, deadline=None)
@given(indent=indents, name=names, values=st.lists(expressions, min_size=1, max_size=4))
def test_long_items_are_split_as_black_splits_them(indent: int, name: str, values: list[str]) -> None:
    keywords = [f"{name}_{index}={value}" for index, value in enumerate(values)]
    _stable(indent, layout.call(indent, f"{name}(", keywords))
    _stable(indent, layout.collection(indent, f"{name} = [", values, "]"))


def test_fit_splits_a_long_keyword_argument_at_its_last_brackets() -> None:
    enum = 'json_enum(get("transcription_redaction"), YES_NO_VALUES, path, "transcription_redaction")'
    assert layout.fit(8, f'transcription_redaction=cast("YesNo", {enum})', ",").split("\n") == [
        "transcription_redaction=cast(",
        f'            "YesNo", {enum}',
        "        ),",
    ]
    read = 'read_did_number(item, join_path(path, f"did_numbers[{index}]"))'
    loop = 'for index, item in enumerate(json_list(get("did_numbers")))'
    assert layout.fit(8, f"did_numbers=tuple({read} {loop})", ",").split("\n") == [
        "did_numbers=tuple(",
        f"            {read}",
        f"            {loop}",
        "        ),",
    ]
    # Lines black splits at an operator are left alone.
    assert layout.fit(100, "x = a + f(b, c)") == "x = a + f(b, c)"
