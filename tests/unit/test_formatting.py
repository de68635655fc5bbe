"""Block-wise formatting gives exactly what black gives for the whole file, and caches per block."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import black
import pytest
from black.mode import TargetVersion

from generator import formatting
from generator.formatting import FormatError, format_files, split_blocks
from generator.ir import RenderedFile

ROOT = Path(__file__).resolve().parents[2]
MODE = black.Mode(line_length=formatting.LINE_LENGTH, target_versions={TargetVersion.PY311})


def _function(name: str, lines: int) -> str:
    body = "".join(f"    x{i} = call_something( {i},'text' )\n" for i in range(lines))
    return f"def {name}(a,b):\n    '''Doc.'''\n{body}    return x0\n"


def _class(name: str, methods: int) -> str:
    parts = [f"class {name}:\n    '''A class.'''\n\n    attribute: int = 1\n"]
    for m in range(methods):
        decorator = "    @property\n" if m % 3 == 0 else ""
        body = "".join(f"        y{i} = [ {i}, {i + 1} ]\n" for i in range(25))
        parts.append(f"\n{decorator}    def method_{m}(self):\n{body}        return y0\n")
        if m == 2:
            parts.append("\n    # a comment between methods stays with its neighbours\n")
    return "".join(parts)


MODULE = (
    '"""A module."""\nimport os\n\n\nCONSTANT = 1\n\n\n'
    + "\n\n".join(_function(f"f{i}", 30 + i) for i in range(6))
    + "\n\n"
    + _class("Big", 8)
    + "\n\n\n"
    + "@decorator\n"
    + _function("decorated", 45)
    + "\n\n# trailing comment\nVALUE = f0(1, 2)\n"
)


def test_blocks_cut_at_functions_and_methods() -> None:
    blocks = split_blocks(MODULE)
    assert len(blocks) > 4
    assert any(b.in_class for b in blocks)
    assert "".join(b.source.removeprefix("class _:\n") for b in blocks).replace("\n", "") == MODULE.replace("\n", "")


def test_block_formatting_equals_whole_file_formatting() -> None:
    (formatted,) = format_files((RenderedFile("pkg/module.py", MODULE),), cache_dir=None)
    assert formatted.text == black.format_str(MODULE, mode=MODE)


def test_short_and_empty_modules_stay_whole() -> None:
    files = (RenderedFile("pkg/__init__.py", ""), RenderedFile("pkg/a.py", "x=1\n"), RenderedFile("pkg/r.md", "x=1"))
    assert [f.text for f in format_files(files, cache_dir=None)] == ["", "x = 1\n", "x=1"]


def test_an_edit_reformats_only_its_block(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    format_files((RenderedFile("pkg/module.py", MODULE),), cache_dir=tmp_path)
    formatted: list[str] = []
    real = formatting._black
    monkeypatch.setattr(formatting, "_black", lambda path, text: formatted.append(text) or real(path, text))
    edited = MODULE.replace("x3 = call_something( 3,'text' )", "x3 = call_something( 33,'text' )", 1)
    (result,) = format_files((RenderedFile("pkg/module.py", edited),), cache_dir=tmp_path)
    assert len(formatted) == 1 and "33" in formatted[0]
    assert result.text == black.format_str(edited, mode=MODE)


def test_files_added_while_workers_format_come_back_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tiny thresholds force the pool path: batches leave for workers while files are still added.
    monkeypatch.setattr(formatting, "_PARALLEL_THRESHOLD", 10)
    monkeypatch.setattr(formatting, "_BATCH_LINES", 40)
    monkeypatch.setattr(formatting.os, "cpu_count", lambda: 2)
    modules = [MODULE.replace("CONSTANT = 1", f"CONSTANT = {i}") for i in range(3)]
    with formatting.Formatter(cache_dir=None) as formatter:
        for i, text in enumerate(modules):
            formatter.add((RenderedFile(f"pkg/m{i}.py", text), RenderedFile(f"pkg/m{i}.md", "notes")))
        assert formatter._pool is not None
        result = formatter.finish()
    assert [f.path for f in result] == [p for i in range(3) for p in (f"pkg/m{i}.py", f"pkg/m{i}.md")]
    assert [f.text for f in result[::2]] == [black.format_str(text, mode=MODE) for text in modules]


def test_pruning_keeps_only_the_blocks_of_the_latest_run(tmp_path: Path) -> None:
    format_files((RenderedFile("pkg/module.py", MODULE),), cache_dir=tmp_path)
    before = set(tmp_path.glob("*/*"))
    edited = MODULE.replace("x3 = call_something( 3,'text' )", "x3 = call_something( 33,'text' )", 1)
    with formatting.Formatter(cache_dir=tmp_path) as formatter:
        formatter.add((RenderedFile("pkg/module.py", edited),))
        formatter.finish()
        assert formatter.prune_cache() == 1
    after = set(tmp_path.glob("*/*"))
    assert len(after) == len(before) and len(after - before) == 1
    (again,) = format_files((RenderedFile("pkg/module.py", edited),), cache_dir=tmp_path)
    assert again.text == black.format_str(edited, mode=MODE)


def test_invalid_python_is_reported_against_its_file() -> None:
    broken = MODULE.replace("def f3(a,b):", "def f3(a,b:", 1)
    with pytest.raises(FormatError) as caught:
        format_files((RenderedFile("pkg/module.py", broken),), cache_dir=None)
    assert caught.value.path == "pkg/module.py"


def _is_black_clean(path: Path) -> str | None:
    text = path.read_text(encoding="utf-8")
    return None if black.format_str(text, mode=MODE) == text else str(path.relative_to(ROOT))


def test_black_leaves_every_committed_generated_file_unchanged() -> None:
    # The strongest check that block-wise formatting is exact: whole-file black is a no-op.
    paths = sorted((ROOT / "generated").rglob("*.py"), key=lambda p: -p.stat().st_size)
    with ProcessPoolExecutor(max_workers=2) as pool:
        changed = [name for name in pool.map(_is_black_clean, paths) if name is not None]
    assert not changed, f"black would reformat: {changed}"
