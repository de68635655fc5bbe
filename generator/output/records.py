"""Build records: skip a spec whose output is already in ``generated/`` (like make, by content).

A spec's record is named by a fingerprint of everything its output depends on: the spec's own
files, the generator (its source and runtime, the templates, the spec schemas) and the ruff
version. It holds the provider's name and the hash of each file the spec produced. When the
record exists and ``generated/`` still holds exactly those files, the spec needs no work.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from generator.output.writer import on_disk

_GENERATOR_DIR = Path(__file__).resolve().parents[1]
_ROOT = _GENERATOR_DIR.parent
_INPUT_DIRS = (_GENERATOR_DIR, _ROOT / "templates", _ROOT / "specs" / "schema")


@dataclass(frozen=True, slots=True)
class Record:
    """What one spec produced last time: its provider, its source file, and its files' hashes."""

    provider: str
    source: str
    files: dict[str, str]

    @property
    def package(self) -> str:
        return self.provider + "_sdk"


@cache
def generator_fingerprint() -> str:
    """A hash of the generator itself: its code, templates and schemas, and the formatter's version."""
    digest = hashlib.sha256(_formatter_version().encode())
    for path in sorted(p for d in _INPUT_DIRS for p in d.rglob("*") if _is_input(p)):
        digest.update(path.relative_to(_ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _formatter_version() -> str:
    """The installed ruff's distribution name (``ruff-0.17.6.dist-info``), without importlib.metadata's ~25 ms."""
    import ruff

    found = sorted(p.name for p in Path(ruff.__file__).resolve().parent.parent.glob("ruff-*.dist-info"))
    return found[-1] if found else "ruff"


def spec_key(inputs: list[Path], extra: str = "") -> str:
    """The fingerprint of one spec: its input files (by name and content), ``extra`` (what else the
    output depends on: the files' state at HEAD) and the generator."""
    digest = hashlib.sha256(generator_fingerprint().encode() + b"\0" + extra.encode())
    for path in inputs:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _is_input(path: Path) -> bool:
    return path.is_file() and "__pycache__" not in path.parts and not path.name.endswith(".pyc")


def record_path(cache_dir: Path, key: str) -> Path:
    """Where the record of one fingerprint lives."""
    return cache_dir / "builds" / f"{key}.json"


def recorded(cache_dir: Path, key: str) -> Record | None:
    """The record of ``key``, if there is a readable one."""
    try:
        raw = json.loads(record_path(cache_dir, key).read_text(encoding="utf-8"))
        return Record(str(raw["provider"]), str(raw["source"]), {str(k): str(v) for k, v in raw["files"].items()})
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def on_disk_matches(record: Record, out: Path) -> bool:
    """True when ``out`` holds exactly the files the record lists for its package."""
    present = {
        f"{record.package}/{inner}": hashlib.sha256(data).hexdigest()
        for inner, data in on_disk(out / record.package).items()
    }
    return present == record.files


def remember(cache_dir: Path, key: str, provider: str, source: str, files: dict[str, str]) -> None:
    """Record the hashes of the files a spec produced (written atomically)."""
    target = record_path(cache_dir, key)
    target.parent.mkdir(parents=True, exist_ok=True)
    hashes = {path: hashlib.sha256(text.encode("utf-8")).hexdigest() for path, text in sorted(files.items())}
    body = {"provider": provider, "source": source, "files": hashes}
    temporary = target.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(json.dumps(body, indent=0, sort_keys=True), encoding="utf-8")
    os.replace(temporary, target)
