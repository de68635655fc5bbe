"""The format cache: files ruff laid out before come from it, by content; only the rest go to ruff."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from generator.ir import RenderedFile
from generator.output import format as format_module
from generator.output.format import LINE_LENGTH, format_files, format_sources
from generator.output.format_cache import formatted_with_cache, keep_formatted

SOURCES = {
    "pkg_sdk/pkg_sdk/a.py": "import os\nfrom .b import Y, X\ndef f(a,b):\n    return os.path.join( a,b ), X, Y\n",
    "pkg_sdk/pkg_sdk/b.py": "X=1\nY=2\n",
    "other_sdk/other_sdk/c.py": "import sys\nz=sys.argv\n",
}


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    keep_formatted(tmp_path / "format")
    yield tmp_path / "format"
    keep_formatted(None)


class Counting:
    """A stand-in for ruff that says which files it was given."""

    def __init__(self) -> None:
        self.given: list[set[str]] = []

    def __call__(self, sources: Mapping[str, str]) -> dict[str, str]:
        self.given.append(set(sources))
        return {path: text.upper() for path, text in sources.items()}


def entries(folder: Path) -> set[str]:
    return {f"{p.parent.name}/{p.name}" for p in folder.glob("*/*")}


def test_without_a_folder_every_file_goes_to_ruff() -> None:
    run = Counting()
    assert formatted_with_cache(SOURCES, ("s",), run) == {p: t.upper() for p, t in SOURCES.items()}
    assert formatted_with_cache(SOURCES, ("s",), run) and run.given == [set(SOURCES), set(SOURCES)]


def test_only_files_not_formatted_before_go_to_ruff(folder: Path) -> None:
    run = Counting()
    first = formatted_with_cache(SOURCES, ("s",), run)
    edited = dict(SOURCES, **{"pkg_sdk/pkg_sdk/b.py": "X=3\n"})
    second = formatted_with_cache(edited, ("s",), run)
    assert run.given == [set(SOURCES), {"pkg_sdk/pkg_sdk/b.py"}]
    assert second == dict(first, **{"pkg_sdk/pkg_sdk/b.py": "X=3\n"})
    # Other settings (another ruff version, width or rule set) are other entries.
    formatted_with_cache(edited, ("other",), run)
    assert run.given[-1] == set(SOURCES)


def test_entries_no_file_needs_are_pruned_per_package(folder: Path) -> None:
    run = Counting()
    formatted_with_cache(SOURCES, ("s",), run)
    assert len(entries(folder)) == 3
    formatted_with_cache({"pkg_sdk/pkg_sdk/a.py": "x=1\n"}, ("s",), run)
    # pkg_sdk keeps only what its files need now; other_sdk, not formatted this time, keeps its entry.
    assert sorted(name.split("/")[0] for name in entries(folder)) == ["other_sdk", "pkg_sdk"]


def test_a_cache_that_cannot_be_written_or_read_costs_time_not_the_build(tmp_path: Path) -> None:
    blocker = tmp_path / "format"
    blocker.write_text("a file where the folder should be\n", encoding="utf-8")
    keep_formatted(blocker)
    try:
        run = Counting()
        assert formatted_with_cache(SOURCES, ("s",), run) == {p: t.upper() for p, t in SOURCES.items()}
        assert formatted_with_cache(SOURCES, ("s",), run) and len(run.given) == 2
    finally:
        keep_formatted(None)


def test_a_damaged_entry_is_formatted_again(folder: Path) -> None:
    run = Counting()
    formatted_with_cache(SOURCES, ("s",), run)
    for entry in folder.glob("*/*"):
        entry.write_bytes(b"\xff\xfe not utf-8")
    assert formatted_with_cache(SOURCES, ("s",), run) == {p: t.upper() for p, t in SOURCES.items()}
    assert run.given[-1] == set(SOURCES)


def test_ruffs_output_is_the_same_from_the_cache_and_from_ruff(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = tuple(RenderedFile(path, text) for path, text in SOURCES.items())
    warm = format_files(files)
    keep_formatted(None)
    assert format_files(files) == warm
    keep_formatted(folder)
    # From the cache alone: ruff is not run at all.
    monkeypatch.setattr(format_module, "_ruff", lambda *args, cwd: pytest.fail(f"ruff ran: {args}"))
    assert format_sources(SOURCES, LINE_LENGTH, fix_imports=True) == {f.path: f.text for f in warm}
    assert warm[0].text.startswith("import os\n\nfrom .b import X, Y\n")
