"""YAML with positions: the fast event reader gives exactly what PyYAML's composer and constructor give."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.load.yaml_events import from_events as _from_events
from generator.load.yaml_source import _from_nodes, _Loader, read_yaml

ROOT = Path(__file__).resolve().parents[3]
FILES = sorted([*ROOT.glob("specs/**/*.yaml"), *ROOT.glob("tests/golden/specs/*.yaml")])

SNIPPETS = {
    "scalars": "a: 1\nb: 0x1f\nc: 1_000\nd: 1.5e3\ne: .inf\nf: yes\ng: ~\nh: ''\ni: 2024-01-15\nj: '12'\nk: null\n",
    "nested": "top:\n  - {x: 1, y: [a, b]}\n  - - 1\n    - 2\n  - plain text\nother: |\n  block\n  text\n",
    "anchors": "base: &b {code: x, list: [1, 2]}\nuse: *b\nmore:\n  - *b\n",
    "duplicates": "a: 1\nb: 2\na: 3\nnested: {k: 1, k: 2}\n",
    "empty values": "a:\nb: []\nc: {}\n",
    "unicode": 'name: "caf\\u00e9 \\u2192"\nplain: naïve\n',
}


def both(text: str) -> tuple[object, object]:
    fast = _from_events(_Loader(text), "x.yaml")
    assert fast is not None, "the fast reader gave up"
    slow_doc, slow_problems = _from_nodes(_Loader(text), "x.yaml")
    return (fast[0], fast[1], fast[2]), (slow_doc.data, slow_doc.positions, slow_problems)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_committed_specs_read_the_same_both_ways(path: Path) -> None:
    fast, slow = both(path.read_text(encoding="utf-8"))
    assert fast == slow
    assert fast[0] == yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_edge_cases_read_the_same_both_ways(name: str) -> None:
    fast, slow = both(SNIPPETS[name])
    assert fast == slow


@pytest.mark.parametrize(
    "text", ["a: !!int '3'\n", "base: &b {x: 1}\nuse:\n  <<: *b\n", "a: !!map {x: 1}\n", 'a: ! "123"\n']
)
def test_documents_it_does_not_handle_go_to_pyyaml(tmp_path: Path, text: str) -> None:
    assert _from_events(_Loader(text), "x.yaml") is None
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    doc, _ = read_yaml(path, "spec.yaml")
    assert doc is not None and doc.data == yaml.safe_load(text)


def test_syntax_errors_are_located(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("a: 1\nb: [1, 2\n", encoding="utf-8")
    doc, (problem,) = read_yaml(path, "spec.yaml")
    assert doc is None and problem.message.startswith("YAML syntax error") and problem.line >= 2


def test_a_value_that_looks_like_a_date_and_is_none_is_located(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("a: 1\nwhen: 2024-13-45\n", encoding="utf-8")
    doc, (problem,) = read_yaml(path, "spec.yaml")
    assert doc is None and (problem.line, problem.column) == (2, 7) and "2024-13-45" in problem.message
