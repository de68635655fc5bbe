"""Format rendered Python with black, remembering results so unchanged files cost nothing."""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from functools import cache
from pathlib import Path

from generator.ir import RenderedFile

LINE_LENGTH = 120


class FormatError(Exception):
    """Black could not parse a rendered file: a template produced invalid Python."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"{path}: generated code is not valid Python: {detail}")
        self.path = path


def format_files(files: tuple[RenderedFile, ...], cache_dir: Path | None) -> tuple[RenderedFile, ...]:
    """Black-format the ``.py`` files; results are cached by the hash of their input."""
    return tuple(_format_one(f, cache_dir) if f.path.endswith(".py") else f for f in files)


def _format_one(file: RenderedFile, cache_dir: Path | None) -> RenderedFile:
    key = hashlib.sha256(f"{_black_version()}\0{LINE_LENGTH}\0{file.text}".encode()).hexdigest()
    cached = cache_dir / key[:2] / key if cache_dir else None
    if cached is not None and cached.is_file():
        return replace(file, text=cached.read_text(encoding="utf-8"))
    text = _black(file.path, file.text)
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, cached)
    return replace(file, text=text)


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
