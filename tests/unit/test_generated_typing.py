"""Every generated SDK passes ``mypy --strict`` (the acceptance bar for generated code)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = sorted(p.parent for p in (ROOT / "generated").glob("*/pyproject.toml"))


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One mypy cache for the session's runs: the standard library, httpx and lxml are analysed once, not by
    every run (each package's own modules have their own names, and mypy checks every cached file's hash)."""
    return str(tmp_path_factory.mktemp("mypy-cache"))


@pytest.mark.parametrize("package_dir", PACKAGES, ids=[p.name for p in PACKAGES])
def test_generated_package_passes_mypy_strict(package_dir: Path, mypy_cache: str) -> None:
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", mypy_cache, package_dir.name]
    result = subprocess.run(command, cwd=package_dir, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_golden_fixture_package_passes_mypy_strict(tmp_path: Path, mypy_cache: str) -> None:
    # Copied out of tests/ so mypy does not see it under two module names.
    import shutil

    copy = tmp_path / "acme_sdk"
    shutil.copytree(ROOT / "tests" / "golden" / "expected" / "acme_sdk", copy)
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", mypy_cache, "acme_sdk"]
    result = subprocess.run(command, cwd=copy, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_package_builds_a_wheel_on_its_own(tmp_path: Path) -> None:
    package_dir = ROOT / "generated" / "iovox_sdk"
    command = [
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "-q",
        "-w",
        str(tmp_path),
        str(package_dir),
    ]
    subprocess.run(command, check=True, capture_output=True)
    (wheel,) = tmp_path.glob("iovox_sdk-*.whl")
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"iovox_sdk/__init__.py", "iovox_sdk/py.typed", "iovox_sdk/client.py"} <= names
