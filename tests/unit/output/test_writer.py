"""The writer swaps whole packages atomically and leaves the tree untouched on failure."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.ir import RenderedFile
from generator.output import writer


def files(**contents: str) -> list[RenderedFile]:
    return [RenderedFile(path.replace("__", "/"), text) for path, text in contents.items()]


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_writes_then_reports_nothing_changed(tmp_path: Path) -> None:
    wanted = files(pkg__a_py="a\n", pkg__sub__b_py="b\n")
    assert writer.write_packages(tmp_path, wanted) == ["pkg"]
    assert snapshot(tmp_path) == {"pkg/a_py": b"a\n", "pkg/sub/b_py": b"b\n"}
    assert writer.write_packages(tmp_path, wanted) == []
    assert writer.stale_files(tmp_path, wanted) == []


def test_stale_files_lists_changed_missing_and_extra(tmp_path: Path) -> None:
    writer.write_packages(tmp_path, files(pkg__a="1", pkg__b="2", pkg__old="x"))
    assert writer.stale_files(tmp_path, files(pkg__a="1", pkg__b="changed", pkg__new="n")) == [
        "pkg/b",
        "pkg/new",
        "pkg/old",
    ]


def test_caches_are_ignored_and_removed_files_disappear(tmp_path: Path) -> None:
    writer.write_packages(tmp_path, files(pkg__a="1", pkg__gone="x"))
    (tmp_path / "pkg" / "__pycache__").mkdir()
    (tmp_path / "pkg" / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"\0")
    assert writer.stale_files(tmp_path, files(pkg__a="1", pkg__gone="x")) == []
    writer.write_packages(tmp_path, files(pkg__a="1"))
    assert not (tmp_path / "pkg" / "gone").exists()


def test_a_failed_swap_restores_every_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    writer.write_packages(tmp_path, files(one__f="old1", two__f="old2"))
    before = snapshot(tmp_path)
    real_rename = os.rename
    calls = {"n": 0}

    def flaky_rename(src, dst):
        calls["n"] += 1
        if calls["n"] == 3:  # after package one is in place, while swapping package two
            raise OSError("disk full")
        return real_rename(src, dst)

    monkeypatch.setattr(writer.os, "rename", flaky_rename)
    with pytest.raises(OSError, match="disk full"):
        writer.write_packages(tmp_path, files(one__f="new1", two__f="new2"))
    monkeypatch.setattr(writer.os, "rename", real_rename)
    assert snapshot(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one", "two"]
