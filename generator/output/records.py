"""Build records: skip a spec whose output is already in ``generated/`` (like make, by content).

After a spec is built, its record keeps what the output depended on: the SHA-256 of every file
the loader read for it, a fingerprint of the generator (its code, runtime, templates and schemas,
and the versions of the libraries that decide the output), its release context (the spec's files
at HEAD and its release history: its version is held to the changes since HEAD, its CHANGELOG
written from the history) and the hash of each file it produced. A later run skips the spec when
all of these still hold and ``generated/`` holds those files.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from generator.output.writer import on_disk, write_atomically

_GENERATOR_DIR = Path(__file__).resolve().parents[1]
_ROOT = _GENERATOR_DIR.parent
_INPUT_DIRS = (_GENERATOR_DIR, _ROOT / "templates", _ROOT / "specs" / "schema")
# The libraries whose version can change the output, or whether a spec is valid at all.
_LIBRARIES = ("ruff", "xsdata", "jinja2", "yaml", "jsonschema", "jsonschema_rs", "lxml")


@dataclass(frozen=True, slots=True)
class Record:
    """What one spec produced last time, and from what."""

    provider: str
    generator: str
    inputs: dict[str, str]
    files: dict[str, str]
    context: str

    @property
    def package(self) -> str:
        return self.provider + "_sdk"

    def inputs_hold(self, context: str) -> bool:
        """True when the generator, the release context and every file the spec was read from are as recorded."""
        if self.generator != generator_fingerprint() or self.context != context:
            return False
        for path, digest in self.inputs.items():
            try:
                if hashlib.sha256(Path(path).read_bytes()).hexdigest() != digest:
                    return False
            except OSError:
                return False
        return True

    def holds(self, out: Path, context: str) -> bool:
        """True when the inputs hold and ``out`` has exactly the files the spec produced."""
        if not self.inputs_hold(context):
            return False
        present = {
            f"{self.package}/{inner}": hashlib.sha256(data).hexdigest()
            for inner, data in on_disk(out / self.package).items()
        }
        return present == self.files


@cache
def generator_fingerprint() -> str:
    """A hash of the generator itself and of the versions of the libraries that shape its output."""
    digest = hashlib.sha256(f"{sys.version_info[:2]}".encode())
    for name in _LIBRARIES:
        digest.update(distribution(name).encode() + b"\0")
    for path in sorted(p for d in _INPUT_DIRS for p in d.rglob("*") if _is_input(p)):
        digest.update(path.relative_to(_ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def distribution(module: str) -> str:
    """The installed distribution of ``module`` as its ``*.dist-info`` name (without importing it, and
    without importlib.metadata's ~25 ms)."""
    found = find_spec(module)
    if found is None or found.origin is None:
        return f"{module}: missing"
    site = Path(found.origin).resolve().parent.parent
    prefix = {"yaml": "pyyaml"}.get(module, module) + "-"  # dist-info names are lowercase, "_" for "-"
    names = sorted(p.name for p in site.glob("*.dist-info") if p.name.lower().startswith(prefix))
    return names[-1] if names else f"{module}: {found.origin}"


def _is_input(path: Path) -> bool:
    return path.is_file() and "__pycache__" not in path.parts and not path.name.endswith(".pyc")


def record_path(cache_dir: Path, source: str) -> Path:
    """Where the record of a spec (by its source file) lives."""
    return cache_dir / "builds" / f"{hashlib.sha256(source.encode()).hexdigest()}.json"


def recorded(cache_dir: Path, source: str) -> Record | None:
    """The record of the spec read from ``source``, if there is a readable one."""
    try:
        raw = json.loads(record_path(cache_dir, source).read_text(encoding="utf-8"))
        return Record(
            str(raw["provider"]),
            str(raw["generator"]),
            {str(k): str(v) for k, v in raw["inputs"].items()},
            {str(k): str(v) for k, v in raw["files"].items()},
            str(raw["context"]),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def remember(
    cache_dir: Path,
    source: str,
    provider: str,
    inputs: tuple[tuple[str, str], ...],
    files: dict[str, str],
    context: str,
) -> None:
    """Record what a spec was built from and the hashes of the files it produced (written atomically)."""
    body = {
        "provider": provider,
        "generator": generator_fingerprint(),
        "inputs": dict(inputs),
        "files": {path: hashlib.sha256(text.encode("utf-8")).hexdigest() for path, text in sorted(files.items())},
        "context": context,
    }
    write_atomically(record_path(cache_dir, source), json.dumps(body, indent=0, sort_keys=True).encode("utf-8"))


def reusable(cache_dir: Path, contexts: dict[str, str], out: Path, providers: list[str]) -> dict[str, Record]:
    """The specs (by source, with their release context) that need no work: their record still holds.

    A spec whose provider was not asked for needs only to be known clean, which its record says
    (its files need not be in ``out``).
    """
    found = {}
    for source, context in contexts.items():
        record = recorded(cache_dir, source)
        if record is None:
            continue
        unwanted = bool(providers) and record.provider not in providers
        if record.inputs_hold(context) if unwanted else record.holds(out, context):
            found[source] = record
    return found
