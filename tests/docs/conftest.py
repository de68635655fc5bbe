"""The documentation site, built once per session with the real command, for iovox and the golden spec."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.ir import ApiSpec
from generator.pipeline import load

ROOT = Path(__file__).resolve().parents[2]

# Which specs each site documents: the real ones, and the golden spec that exercises the format.
SPEC_DIRS = {"specs": ROOT / "specs", "golden": ROOT / "tests" / "golden" / "specs"}


@dataclass(frozen=True)
class Site:
    """One built documentation site and what it was built from."""

    specs: tuple[ApiSpec, ...]
    src: Path
    site: Path
    sdk_path: Path | None
    seconds: float


def run_docs(
    spec_dir: Path, out: Path, src: Path, seed: str = "0", build: bool = True
) -> subprocess.CompletedProcess[str]:
    """``python -m generator docs`` as a user runs it, in a fresh interpreter (``build=False``: sources only)."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    command = [
        sys.executable,
        "-m",
        "generator",
        "--specs",
        str(spec_dir),
        "docs",
        "--out",
        str(out),
        "--src",
        str(src),
    ]
    command += [] if build else ["--no-build"]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env, check=False)


def _build(name: str, tmp: Path) -> Site:
    import time

    spec_dir = SPEC_DIRS[name]
    started = time.monotonic()
    result = run_docs(spec_dir, tmp / "site", tmp / "docs-src")
    seconds = time.monotonic() - started
    assert result.returncode == 0, f"docs build failed:\n{result.stdout}\n{result.stderr}"
    specs, diagnostics = load(spec_dir, ROOT)
    assert not diagnostics
    sdk_path = None
    if name != "specs":
        # The golden spec's SDK is not installed: generate it next to the site so examples can import it.
        generated = subprocess.run(
            [sys.executable, "-m", "generator", "--specs", str(spec_dir), "--out", str(tmp / "sdk"), "generate"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert generated.returncode == 0, generated.stderr
        sdk_path = tmp / "sdk" / specs[0].provider.package
    return Site(specs, tmp / "docs-src", tmp / "site", sdk_path, seconds)


@pytest.fixture(scope="session")
def iovox_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The site for specs/ (today: iovox)."""
    return _build("specs", tmp_path_factory.mktemp("docs-specs"))


@pytest.fixture(scope="session")
def golden_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The site for the golden spec (acme), to show the docs are not iovox-specific."""
    return _build("golden", tmp_path_factory.mktemp("docs-golden"))


@pytest.fixture(params=["specs", "golden"])
def site(request: pytest.FixtureRequest) -> Iterator[Site]:
    """Each site in turn, with its SDK importable."""
    built: Site = request.getfixturevalue("iovox_site" if request.param == "specs" else "golden_site")
    if built.sdk_path is not None:
        sys.path.insert(0, str(built.sdk_path))
    try:
        yield built
    finally:
        if built.sdk_path is not None:
            sys.path.remove(str(built.sdk_path))
