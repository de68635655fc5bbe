"""The README's examples run as printed, under 3.11 and 3.13, against fake carriers (tests/readme_examples.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pythons import find_python, project_venv

ROOT = Path(__file__).resolve().parents[2]
RUNNER = ROOT / "tests" / "readme_examples.py"


def interpreter(version: str) -> str:
    if version == "running":
        return sys.executable
    python, reason = find_python(version)
    if python is None:
        pytest.skip(reason)
    venv, reason = project_venv(python)
    if venv is None:
        pytest.skip(reason)
    return str(venv)


@pytest.mark.parametrize("version", ["running", "3.13"])
def test_the_readme_examples_run_as_printed(version: str) -> None:
    # The generated SDKs from the tree itself (the 3.13 venv has the generator installed, not the SDKs).
    sdks = [str(p.parent) for p in sorted((ROOT / "generated").glob("*/pyproject.toml"))]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sdks])}
    done = subprocess.run(
        [interpreter(version), str(RUNNER)], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    ran = [line for line in done.stdout.splitlines() if line.startswith("example ")]
    assert len(ran) >= 5 and all(line.endswith("printed)") for line in ran), done.stdout
