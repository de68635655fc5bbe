"""Format rendered Python with black, remembering results so unchanged files cost nothing.

Black formats about 7,000 lines a second here, so a cold run of a large SDK is the slowest part
of generation: misses are formatted in parallel worker processes when there is enough work.
"""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from functools import cache
from pathlib import Path

from generator.ir import RenderedFile

LINE_LENGTH = 120

# Below this many lines to format, starting worker processes costs more than it saves.
_PARALLEL_THRESHOLD = 4000


class FormatError(Exception):
    """Black could not parse a rendered file: a template produced invalid Python."""

    def __init__(self, path: str, detail: str) -> None:
        # Both values go to Exception so the error survives pickling out of a worker process.
        super().__init__(path, detail)
        self.path = path
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.path}: generated code is not valid Python: {self.detail}"


def format_files(files: tuple[RenderedFile, ...], cache_dir: Path | None) -> tuple[RenderedFile, ...]:
    """Black-format the ``.py`` files; results are cached by the hash of their input."""
    done: dict[str, str] = {}
    misses: list[RenderedFile] = []
    for f in files:
        if not f.path.endswith(".py"):
            done[f.path] = f.text
            continue
        cached = _cache_path(cache_dir, f.text)
        if cached is not None and cached.is_file():
            done[f.path] = cached.read_text(encoding="utf-8")
        else:
            misses.append(f)
    for f, text in zip(misses, _format_all(misses), strict=True):
        done[f.path] = text
        _store(_cache_path(cache_dir, f.text), text)
    return tuple(replace(f, text=done[f.path]) for f in files)


def _format_all(files: list[RenderedFile]) -> list[str]:
    workers = min(len(files), os.cpu_count() or 1)
    lines = sum(f.text.count("\n") for f in files)
    if workers < 2 or lines < _PARALLEL_THRESHOLD:
        return [_black(f.path, f.text) for f in files]
    # Largest first, so the longest file does not start last.
    order = sorted(range(len(files)), key=lambda i: -len(files[i].text))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        formatted = pool.map(_black, [files[i].path for i in order], [files[i].text for i in order])
        results = dict(zip(order, formatted, strict=True))
    return [results[i] for i in range(len(files))]


def _cache_path(cache_dir: Path | None, text: str) -> Path | None:
    if cache_dir is None:
        return None
    key = hashlib.sha256(f"{_black_version()}\0{LINE_LENGTH}\0{text}".encode()).hexdigest()
    return cache_dir / key[:2] / key


def _store(cached: Path | None, text: str) -> None:
    if cached is None:
        return
    cached.parent.mkdir(parents=True, exist_ok=True)
    temporary = cached.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, cached)


@cache
def _black_version() -> str:
    from importlib.metadata import version

    return version("black")


def _black(path: str, text: str) -> str:
    # Imported here: black costs ~150 ms to import and is not needed when everything is cached.
    import black
    from black.mode import TargetVersion
    from black.parsing import InvalidInput

    mode = black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY311})
    try:
        return black.format_str(text, mode=mode)
    except InvalidInput as exc:
        raise FormatError(path, str(exc).splitlines()[0]) from None
