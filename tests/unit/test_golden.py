"""Golden files: fixture specs render into exactly the committed expected trees.

Refresh the expected trees with ``UPDATE_GOLDEN=1 make test`` after an intended change, and
read the diff before committing it.
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

import pytest

from generator.output.writer import on_disk, stale_files, write_packages
from generator.pipeline import build

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
HINT = "if the change is intended, run: UPDATE_GOLDEN=1 make test (and review the diff)"


def test_fixture_specs_render_to_the_expected_trees(tmp_path: Path) -> None:
    result = build(GOLDEN / "specs", ROOT, [])
    assert result.diagnostics == ()
    expected_root = GOLDEN / "expected"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        shutil.rmtree(expected_root, ignore_errors=True)
        write_packages(expected_root, result.files)
    out = tmp_path / "generated"
    write_packages(out, result.files)
    mismatches = []
    for package in sorted({f.path.split("/")[0] for f in result.files}):
        got, want = on_disk(out / package), on_disk(expected_root / package)
        for name in sorted(set(got) | set(want)):
            if got.get(name) != want.get(name):
                mismatches.append(_diff(f"{package}/{name}", want.get(name, b""), got.get(name, b"")))
    assert not mismatches, "\n".join(mismatches) + "\n" + HINT


def test_committed_generated_tree_equals_a_fresh_generation() -> None:
    result = build(ROOT / "specs", ROOT, [])
    assert result.diagnostics == ()
    stale = stale_files(ROOT / "generated", result.files)
    assert not stale, f"generated/ is stale: {stale}; run `make generate` and commit"


def _diff(name: str, want: bytes, got: bytes) -> str:
    lines = difflib.unified_diff(
        want.decode(errors="replace").splitlines(keepends=True),
        got.decode(errors="replace").splitlines(keepends=True),
        f"expected/{name}",
        f"generated/{name}",
    )
    return "".join(list(lines)[:200])


@pytest.mark.parametrize("seed", ["0", "1", "12345"])
def test_output_is_identical_across_hash_seeds(seed: str, tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "out"
    command = [
        sys.executable,
        "-m",
        "generator",
        "--specs",
        str(GOLDEN / "specs"),
        "--out",
        str(out),
        "--no-cache",
        "generate",
    ]
    subprocess.run(command, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}, check=True, capture_output=True)
    assert on_disk(out / "acme_sdk") == on_disk(GOLDEN / "expected" / "acme_sdk")


def test_the_real_specs_are_identical_under_a_fixed_hash_seed(tmp_path: Path) -> None:
    """The committed SDKs were written under some random seed; seed 0 must give the same bytes."""
    import subprocess
    import sys

    out = tmp_path / "out"
    command = [sys.executable, "-m", "generator", "--out", str(out), "--no-cache", "generate"]
    subprocess.run(command, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": "0"}, check=True, capture_output=True)
    for package in sorted((ROOT / "generated").glob("*/pyproject.toml")):
        assert on_disk(out / package.parent.name) == on_disk(package.parent), package.parent.name
