"""Other Pythons the project supports, and a cached venv of the project for each.

Generated output must be byte-identical on every supported Python (``requires-python >=3.11``),
so some tests also run the generator under 3.13. That needs the interpreter (found on PATH, or
in pyenv's versions folder when the pyenv shim is not set up to run it) and the project
installed for it: a venv built once under ``.cache/`` and reused while ``pyproject.toml`` stays
the same, so the suite pays for it once.
"""

from __future__ import annotations

import glob
import hashlib
import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache"


def find_python(version: str) -> tuple[Path | None, str]:
    """The interpreter for ``version`` ("3.13") and, when there is none, why."""
    candidates = [shutil.which(f"python{version}")]
    candidates += sorted(glob.glob(os.path.expanduser(f"~/.pyenv/versions/{version}*/bin/python{version}")))
    tried: list[str] = []
    for candidate in filter(None, candidates):
        # A pyenv shim exists on PATH even when no version it knows is selected: it then answers
        # "command not found", so only an interpreter that runs counts.
        try:
            ran = subprocess.run(
                [candidate, "-c", "import sys; print(sys.version_info[:2])"],
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            )
        except OSError as exc:
            tried.append(f"{candidate} ({exc})")
            continue
        major, minor = version.split(".")
        if ran.returncode == 0 and ran.stdout.strip() == f"({major}, {minor})":
            return Path(candidate), ""
        tried.append(f"{candidate} (exit {ran.returncode})")
    detail = "; tried " + ", ".join(tried) if tried else ""
    return None, f"python{version} is not installed (not on PATH, not in ~/.pyenv/versions){detail}"


def project_venv(python: Path) -> tuple[Path | None, str]:
    """A venv of ``python`` with the project installed (editable), built once per ``pyproject.toml``.

    Returns the venv's interpreter, or None and the reason the venv could not be built.
    """
    key = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + str(python.resolve()).encode()).hexdigest()[:12]
    venv = CACHE / f"venv-{python.name}-{key}"
    interpreter = venv / "bin" / "python"
    if (venv / ".installed").exists():
        return interpreter, ""
    CACHE.mkdir(exist_ok=True)
    for old in CACHE.glob(f"venv-{python.name}-*"):
        shutil.rmtree(old, ignore_errors=True)
    staging = CACHE / f".staging-venv-{python.name}-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    steps = [
        [str(python), "-m", "venv", str(staging)],
        # --no-compile: byte-compiling every installed package is a third of the install; the suite compiles
        # what it imports, once, into its bytecode cache (`make test`).
        [str(staging / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-compile", "-e", str(ROOT)]
        + ["--config-settings", "editable_mode=compat"],
    ]
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True, check=False, cwd=ROOT)
        if done.returncode != 0:
            shutil.rmtree(staging, ignore_errors=True)
            return None, f"could not install the project for {python}: {(done.stderr or done.stdout)[-800:]}"
    # Staged, then renamed: an interrupted build is never taken for a complete one. (Only `python -m`
    # is used from it, so the staging path in its scripts' shebangs does not matter.)
    os.rename(staging, venv)
    (venv / ".installed").touch()
    return interpreter, ""
