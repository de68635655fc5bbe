"""What ruff made of a rendered file before, by the file's content: an edit to one operation of a
spec re-renders its whole SDK, but changes two of its files, and ruff need only lay out those.

An entry is named by the SHA-256 of everything ruff's output depends on: its version and settings,
the file's path (import sorting reads it) and its rendered text. Entries live in one folder per
package and are kept only while they are in use: after a package is formatted, the entries it no
longer needs are removed, so the cache holds about one copy of the formatted output. It is a cache:
deleting it only costs time. ``generate --check`` never reads it.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

from generator.output.writer import write_atomically

#: Set by ``keep_formatted``; None keeps nothing (each run formats every file).
_folder: Path | None = None


def keep_formatted(folder: Path | None) -> None:
    """Keep formatted files in ``folder`` from now on (None: stop keeping them)."""
    global _folder
    _folder = folder


def formatted_with_cache(
    sources: Mapping[str, str], settings: tuple[str, ...], run: Callable[[Mapping[str, str]], dict[str, str]]
) -> dict[str, str]:
    """``run(sources)``, with the files formatted before taken from the cache instead of ruff."""
    folder = _folder
    if folder is None:
        return run(sources)
    keys = {path: _key(path, text, settings) for path, text in sources.items()}
    known = {path: found for path in sources if (found := _read(folder / _entry(path, keys[path]))) is not None}
    fresh = run({path: text for path, text in sources.items() if path not in known})
    for path, text in fresh.items():
        _write(folder / _entry(path, keys[path]), text)
    _prune(folder, {_entry(path, key) for path, key in keys.items()})
    return {path: known[path] if path in known else fresh[path] for path in sources}


def _key(path: str, text: str, settings: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for part in (_ruff_version(), *settings, path, text):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def _entry(path: str, key: str) -> str:
    """Where a file's entry lives: under its package, the top folder of its path."""
    return f"{path.split('/', 1)[0]}/{key}"


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _write(path: Path, text: str) -> None:
    """Written whole or not at all (a run killed halfway leaves no half entry), and never an error."""
    with contextlib.suppress(OSError):  # a cache that cannot be written costs time, not the build
        write_atomically(path, text.encode("utf-8"))


def _prune(folder: Path, used: set[str]) -> None:
    """Remove the entries of the packages just formatted that none of their files needs any more."""
    for package in {entry.split("/", 1)[0] for entry in used}:
        try:
            stale = [p for p in (folder / package).iterdir() if f"{package}/{p.name}" not in used]
        except OSError:
            continue
        for path in stale:
            with contextlib.suppress(OSError):
                path.unlink()


@cache
def _ruff_version() -> str:
    from generator.output.records import distribution  # as build records name it: no importlib.metadata

    return distribution("ruff")
