"""Fixtures for the diff tests: a throwaway git repository holding a copy of the golden specs."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
GOLDEN_SPECS = ROOT / "tests" / "golden" / "specs"


def git(repo: Path, *args: str) -> str:
    command = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", *args]
    return subprocess.run(command, cwd=repo, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository whose first commit holds ``specs/`` (the golden acme spec and its history)."""
    folder = tmp_path / "repo"
    shutil.copytree(GOLDEN_SPECS, folder / "specs")
    git(folder, "init", "-q", "-b", "main")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "specs")
    return folder


@pytest.fixture
def edit() -> Callable[[Path, str, str], None]:
    """Replace ``old`` (which must occur exactly once) by ``new`` in a file."""

    def replace(path: Path, old: str, new: str) -> None:
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    return replace
