"""Skip the whole pipeline when nothing that shapes the output has changed (like make's timestamps,
but by content).

A build record maps a fingerprint of every input (specs, the schema, templates, the generator's own
source and runtime, ruff's version, the providers asked for) to the hashes of the files it produced. When the
record exists and ``generated/`` still holds exactly those files, there is nothing to do.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from generator.output.writer import on_disk

_GENERATOR_DIR = Path(__file__).resolve().parents[1]
_ROOT = _GENERATOR_DIR.parent
_INPUT_DIRS = (_GENERATOR_DIR, _ROOT / "templates", _ROOT / "specs" / "schema")


def fingerprint(spec_paths: list[Path], providers: list[str]) -> str:
    """A hash of everything the generated files depend on."""
    digest = hashlib.sha256()
    try:
        digest.update(version("ruff").encode())
    except PackageNotFoundError:  # pragma: no cover - ruff is a dependency
        digest.update(b"no-ruff")
    digest.update("\0".join(sorted(providers)).encode())
    files = sorted(spec_paths) + sorted(p for d in _INPUT_DIRS for p in d.rglob("*") if _is_input(p))
    for path in files:
        digest.update(str(path.relative_to(_ROOT) if path.is_relative_to(_ROOT) else path).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _is_input(path: Path) -> bool:
    return path.is_file() and "__pycache__" not in path.parts and not path.name.endswith(".pyc")


def record_path(cache_dir: Path, key: str) -> Path:
    """Where the record of one fingerprint lives."""
    return cache_dir / "builds" / f"{key}.json"


def up_to_date(cache_dir: Path, key: str, out: Path, every_package: bool = True) -> int | None:
    """The number of files when ``out`` holds exactly what the recorded build produced; else None.

    With ``every_package``, a package folder the build did not produce also makes it stale.
    """
    try:
        recorded: dict[str, str] = json.loads(record_path(cache_dir, key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    packages = {name.split("/", 1)[0] for name in recorded}
    if every_package and out.is_dir() and {p.parent.name for p in out.glob("*/pyproject.toml")} - packages:
        return None
    present = {
        f"{package}/{inner}": hashlib.sha256(data).hexdigest()
        for package in packages
        for inner, data in on_disk(out / package).items()
    }
    return len(recorded) if present == recorded else None


def remember(cache_dir: Path, key: str, files: dict[str, str]) -> None:
    """Record the hashes of the files a build produced."""
    target = record_path(cache_dir, key)
    target.parent.mkdir(parents=True, exist_ok=True)
    hashes = {path: hashlib.sha256(text.encode("utf-8")).hexdigest() for path, text in sorted(files.items())}
    temporary = target.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(json.dumps(hashes, indent=0, sort_keys=True), encoding="utf-8")
    os.replace(temporary, target)
