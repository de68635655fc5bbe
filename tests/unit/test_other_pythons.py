"""Output is byte-identical under every supported Python: the golden and determinism checks under 3.13.

Python 3.12 made ``type`` a soft keyword; a generator that asked the running interpreter which
words are keywords renamed ``type=`` parameters to ``type_=`` there. These tests run the real
command under 3.13 (the suite itself runs under 3.11) and compare against the committed trees.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from generator.output.writer import on_disk
from tests.pythons import find_python, project_venv

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture(scope="module")
def python313() -> Path:
    python, reason = find_python("3.13")
    if python is None:
        pytest.skip(reason)
    interpreter, reason = project_venv(python)
    if interpreter is None:
        pytest.skip(reason)
    return interpreter


def generate(python: Path, specs: Path, out: Path, seed: str) -> None:
    command = [str(python), "-m", "generator", "--specs", str(specs), "--out", str(out), "--no-cache", "generate"]
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def differing(got: Path, want: Path) -> list[str]:
    packages = sorted(p.parent.name for p in want.glob("*/pyproject.toml"))
    problems = []
    for package in packages:
        have, expected = on_disk(got / package), on_disk(want / package)
        problems += [
            f"{package}/{name}" for name in sorted(set(have) | set(expected)) if have.get(name) != expected.get(name)
        ]
    return problems


def test_the_interpreter_is_313(python313: Path) -> None:
    ran = subprocess.run(
        [str(python313), "-c", "import sys, keyword; print(sys.version_info[:2], 'type' in keyword.softkwlist)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert ran.stdout.strip() == "(3, 13) True"


@pytest.mark.parametrize("seed", ["0", "4242"])
def test_golden_specs_render_the_same_under_313(python313: Path, tmp_path: Path, seed: str) -> None:
    generate(python313, GOLDEN / "specs", tmp_path, seed)
    assert differing(tmp_path, GOLDEN / "expected") == [], "3.13 output differs from tests/golden/expected"


def test_the_real_specs_render_the_committed_tree_under_313(python313: Path, tmp_path: Path) -> None:
    generate(python313, ROOT / "specs", tmp_path, "7")
    assert differing(tmp_path, ROOT / "generated") == [], "3.13 output differs from generated/"
