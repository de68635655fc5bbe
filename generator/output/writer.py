"""The only stage that touches ``generated/``: compare, then swap whole packages atomically.

A package is written to a staging folder first and renamed into place, so an interrupted run
leaves either the old package or the new one, never a mix. Single files kept beside the specs
(release histories) are replaced one at a time, each by a rename.
"""

from __future__ import annotations

import difflib
import os
import shutil
from collections.abc import Iterable
from pathlib import Path

from generator.ir import RenderedFile

_IGNORED_DIRS = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache", "build", "dist"})
_IGNORED_SUFFIXES = (".pyc", ".pyo")


def group_by_package(files: Iterable[RenderedFile]) -> dict[str, dict[str, str]]:
    """``{package: {path inside package: text}}``."""
    grouped: dict[str, dict[str, str]] = {}
    for f in files:
        package, _, inner = f.path.partition("/")
        grouped.setdefault(package, {})[inner] = f.text
    return grouped


def on_disk(package_dir: Path) -> dict[str, bytes]:
    """The files of a generated package as they are now (caches and build output ignored)."""
    found: dict[str, bytes] = {}
    if not package_dir.is_dir():
        return found
    for dirpath, dirnames, filenames in os.walk(package_dir):
        dirnames[:] = sorted(d for d in dirnames if d not in _IGNORED_DIRS and not d.endswith(".egg-info"))
        for name in filenames:
            if not name.endswith(_IGNORED_SUFFIXES):
                path = Path(dirpath, name)
                found[path.relative_to(package_dir).as_posix()] = path.read_bytes()
    return found


def stale_files(root: Path, files: Iterable[RenderedFile]) -> list[str]:
    """Paths (relative to ``root``) whose content differs from ``files``: changed, missing or extra."""
    stale: list[str] = []
    for package, wanted in sorted(group_by_package(files).items()):
        present = on_disk(root / package)
        for inner in sorted(set(wanted) | set(present)):
            want = wanted.get(inner)
            if want is None or present.get(inner) != want.encode("utf-8"):
                stale.append(f"{package}/{inner}")
    return stale


def stale_single_files(root: Path, files: Iterable[RenderedFile]) -> list[str]:
    """Paths (relative to ``root``) of single files whose content differs from ``files`` or that are missing."""
    stale = []
    for f in files:
        try:
            current = (root / f.path).read_bytes()
        except OSError:
            current = None
        if current != f.text.encode("utf-8"):
            stale.append(f.path)
    return sorted(stale)


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``target`` whole or not at all: a finished copy beside it, renamed into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, target)


def write_single_files(root: Path, files: Iterable[RenderedFile]) -> list[str]:
    """Write each changed file under ``root`` by renaming a finished copy into place; returns their paths."""
    files = list(files)
    changed = stale_single_files(root, files)
    for f in files:
        if f.path in changed:
            write_atomically(root / f.path, f.text.encode("utf-8"))
    return changed


def unified_diff(root: Path, files: Iterable[RenderedFile]) -> str:
    """The unified diff from what ``root`` holds to ``files`` (``a/`` is on disk, ``b/`` would be written)."""
    chunks: list[str] = []
    for package, wanted in sorted(group_by_package(files).items()):
        present = on_disk(root / package)
        for inner in sorted(set(wanted) | set(present)):
            old = present.get(inner)
            new = wanted.get(inner)
            old_text = old.decode("utf-8", "replace") if old is not None else ""
            if new == old_text and old is not None:
                continue
            path = f"{package}/{inner}"
            chunks.extend(
                difflib.unified_diff(
                    old_text.splitlines(keepends=True),
                    (new or "").splitlines(keepends=True),
                    "/dev/null" if old is None else f"a/{path}",
                    "/dev/null" if new is None else f"b/{path}",
                )
            )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in chunks)


def orphan_packages(root: Path, produced: set[str]) -> list[str]:
    """Packages in ``root`` (folders with a pyproject.toml) other than the ``produced`` ones."""
    if not root.is_dir():
        return []
    return sorted(p.parent.name for p in root.glob("*/pyproject.toml") if p.parent.name not in produced)


def remove_packages(root: Path, packages: list[str]) -> None:
    """Delete generated packages no spec produces (renamed away first, so a crash leaves no half)."""
    for package in packages:
        doomed = root / f".removed-{os.getpid()}-{package}"
        os.rename(root / package, doomed)
        shutil.rmtree(doomed, ignore_errors=True)


def write_packages(root: Path, files: Iterable[RenderedFile]) -> list[str]:
    """Bring every package in ``files`` up to date; returns the packages that changed."""
    grouped = group_by_package(files)
    changed = [p for p in sorted(grouped) if stale_files(root, _as_files(p, grouped[p]))]
    if not changed:
        return []
    root.mkdir(parents=True, exist_ok=True)
    staging = root / f".staging-{os.getpid()}"
    backup = root / f".backup-{os.getpid()}"
    try:
        for package in changed:
            for inner, text in grouped[package].items():
                target = staging / package / inner
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(text.encode("utf-8"))
        _swap(root, staging, backup, changed)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(backup, ignore_errors=True)
    return changed


def _as_files(package: str, inner: dict[str, str]) -> list[RenderedFile]:
    return [RenderedFile(f"{package}/{path}", text) for path, text in inner.items()]


def _swap(root: Path, staging: Path, backup: Path, packages: list[str]) -> None:
    """Rename staged packages into place; on failure put back every package already moved."""
    backup.mkdir()
    done: list[str] = []
    try:
        for package in packages:
            current = root / package
            if current.exists():
                os.rename(current, backup / package)
            os.rename(staging / package, current)
            done.append(package)
    except BaseException:
        for package in reversed(done + [p for p in packages if (backup / p).exists() and p not in done]):
            current = root / package
            if (backup / package).exists():
                if current.exists():
                    shutil.rmtree(current)
                os.rename(backup / package, current)
        raise
