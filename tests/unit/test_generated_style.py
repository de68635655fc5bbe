"""Generated code keeps the promises of the style: black's layout, lint-clean, runtime copied verbatim."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.load import discover, load_each
from generator.passes import run_passes
from generator.render import RUNTIME_DIR, runtime_modules

ROOT = Path(__file__).resolve().parents[2]
TREES = [ROOT / "generated", ROOT / "tests" / "golden" / "expected"]
PACKAGES = sorted(p.parent for tree in TREES for p in tree.glob("*/pyproject.toml"))
SPEC_DIRS = [ROOT / "specs", ROOT / "tests" / "golden" / "specs"]
RULES = ["--isolated", "--select", "F,E,W,I,B,UP,SIM", "--line-length", "120", "--target-version", "py311"]


def test_black_leaves_every_generated_file_unchanged() -> None:
    command = [sys.executable, "-m", "black", "--check", "--quiet", "--line-length", "120", "--target-version", "py311"]
    result = subprocess.run([*command, *map(str, TREES)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_generated_code_is_lint_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", *RULES, *map(str, TREES)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def needed() -> dict[str, tuple[str, ...]]:
    """Each package's runtime module files, as its spec decides them."""
    out = {}
    for spec_dir in SPEC_DIRS:
        for spec, problems in load_each(discover(spec_dir), ROOT):
            assert spec is not None, problems
            out[spec.provider.package] = tuple(f"{name}.py" for name in runtime_modules(run_passes(spec)))
    return out


@pytest.mark.parametrize("package", PACKAGES, ids=[p.name for p in PACKAGES])
def test_runtime_modules_are_copied_verbatim(package: Path, needed: dict[str, tuple[str, ...]]) -> None:
    copies = sorted((package / package.name).glob("_[a-z]*.py"))
    runtime = {p.name: p.read_bytes() for p in RUNTIME_DIR.glob("_[a-z]*.py")}
    shared = [copy for copy in copies if copy.name in runtime]
    # Exactly the modules its spec needs: none missing, no stale copy of one it no longer needs.
    assert sorted(copy.name for copy in shared) == sorted(needed[package.name])
    for copy in shared:
        assert copy.read_bytes() == runtime[copy.name], f"{copy} differs from generator/runtime/{copy.name}"
