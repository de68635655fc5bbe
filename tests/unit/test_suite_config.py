"""The suite's own configuration: mistakes in tests fail loudly instead of passing as skips."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_an_empty_parametrization_fails_at_collection(tmp_path: Path) -> None:
    test = tmp_path / "test_empty.py"
    test.write_text("import pytest\n\n@pytest.mark.parametrize('x', [])\ndef test_nothing(x):\n    pass\n")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path), str(test)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode != 0, result.stdout
    assert "Empty parameter set" in result.stdout, result.stdout
