"""Format rendered Python with black, a top-level block at a time, remembering every result.

Black formats about 7,000 lines a second per core here and is the slowest part of a cold run.
Two things keep it small:

* Files are cut into blocks at top-level ``def``/``class`` boundaries, where black's output does
  not depend on the neighbouring code (it always puts two blank lines there). Blocks are formatted
  in parallel, so one large module no longer bounds the run, and are cached by their own text, so
  editing one operation in a spec reformats only the blocks that changed.
* Templates render code black already agrees with; black then makes one pass instead of two.

The result equals formatting each file whole: the suite checks that black leaves every committed
generated file unchanged.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from generator.ir import RenderedFile

LINE_LENGTH = 120

# Below this many lines to format, starting worker processes costs more than it saves.
_PARALLEL_THRESHOLD = 4000
# Work is handed to workers in batches of about this many lines: small enough to balance the
# load, large enough that passing batches between processes stays cheap.
_BATCH_LINES = 1500
# Splitting is only worth it for files long enough to matter; short files stay one block.
_SPLIT_MIN_LINES = 200
_BLOCK_MIN_LINES = 60
_BLOCK_STARTS = ("def ", "async def ", "class ", "@")
_METHOD_STARTS = ("    def ", "    async def ", "    @")
_DEEPER = {0: (" ", "\t"), 1: ("        ",)}
_STAND_IN_CLASS = "class _:\n"


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
    """Black-format the ``.py`` files; each block's result is cached by the hash of its text."""
    blocks = {f.path: split_blocks(f.text) for f in files if f.path.endswith(".py")}
    formatted: dict[str, str] = {}
    misses: dict[str, str] = {}  # block source -> path of a file that has it, for error messages
    for path, file_blocks in blocks.items():
        for block in file_blocks:
            cached = _cache_path(cache_dir, block.source)
            if cached is not None and cached.is_file():
                formatted[block.source] = cached.read_text(encoding="utf-8")
            elif block.source not in formatted:
                misses.setdefault(block.source, path)
    try:
        formatted.update(_format_all(misses))
    except FormatError as exc:
        # Report a block black refuses against its whole file, so the line number black gives
        # matches the rendered module.
        raise _whole_file_error(files, exc.path) from None
    for source in misses:
        _store(_cache_path(cache_dir, source), formatted[source])
    return tuple(
        replace(f, text=join_blocks(blocks[f.path], [b.unwrap(formatted[b.source]) for b in blocks[f.path]]))
        if f.path in blocks
        else f
        for f in files
    )


@dataclass(frozen=True, slots=True)
class Block:
    """A piece of a module that black formats the same alone as in place.

    ``source`` is what black is given: a method is wrapped in a one-line stand-in class so it keeps
    its indentation, and the wrapper line is dropped again from black's answer.
    """

    source: str
    in_class: bool

    def unwrap(self, formatted: str) -> str:
        return formatted.split("\n", 1)[1] if self.in_class else formatted


def split_blocks(text: str) -> list[Block]:
    """Cut a module into blocks at top-level definitions and at the methods of top-level classes.

    A block starts at a ``def``, ``class`` or decorator (at the top level, or one level into a
    class) that follows a blank line after a deeper, non-comment line: the end of the previous
    definition's body. Black always puts exactly two blank lines before such a top-level line and
    one before such a method, so joining the formatted blocks that way gives the same text as
    formatting the module whole. Short modules stay whole.
    """
    lines = text.split("\n")
    if not text.strip():
        return [Block("", False)]
    if len(lines) < _SPLIT_MIN_LINES:
        return [Block(text.rstrip("\n") + "\n", False)]
    blocks: list[Block] = []
    start, start_in_class = 0, False
    in_class = False  # inside the body of a top-level class
    last_code = ""  # the latest non-blank line
    for number, line in enumerate(lines):
        if not line.strip():
            continue
        top_level = not line[0].isspace()
        if top_level and not line.startswith((")", "]", "}")):
            in_class = line.startswith("class ") or (in_class and line.startswith("@"))
        depth = 0 if top_level else 1 if in_class and line.startswith(_METHOD_STARTS) else None
        if (
            depth is not None
            and line.lstrip().startswith(_BLOCK_STARTS)
            and number - start >= _BLOCK_MIN_LINES
            and not lines[number - 1].strip()
            and last_code.startswith(_DEEPER[depth])
            and not last_code.lstrip().startswith("#")
        ):
            blocks.append(_block(lines[start:number], start_in_class))
            start, start_in_class = number, depth == 1
        last_code = line
    blocks.append(_block(lines[start:], start_in_class))
    return blocks


def join_blocks(blocks: list[Block], formatted: list[str]) -> str:
    """The module from its formatted blocks: two blank lines before a top-level block, one before a method."""
    parts: list[str] = []
    for block, text in zip(blocks, formatted, strict=True):
        if parts:
            parts.append("\n" if block.in_class else "\n\n")
        parts.append(text)
    return "".join(parts)


def _block(lines: list[str], in_class: bool) -> Block:
    body = "\n".join(lines).rstrip("\n") + "\n"
    return Block(_STAND_IN_CLASS + body if in_class else body, in_class)


def _format_all(misses: dict[str, str]) -> dict[str, str]:
    texts = list(misses)
    workers = min(len(texts), os.cpu_count() or 1)
    lines = sum(t.count("\n") for t in texts)
    if workers < 2 or lines < _PARALLEL_THRESHOLD:
        return {text: _black(misses[text], text) for text in texts}
    batches = list(_batches(texts))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = pool.map(_black_batch, [[(misses[t], t) for t in batch] for batch in batches])
        return {
            text: out
            for batch, outs in zip(batches, results, strict=True)
            for text, out in zip(batch, outs, strict=True)
        }


def _batches(texts: list[str]) -> Iterator[list[str]]:
    """Group blocks into batches of about ``_BATCH_LINES`` lines, the largest batches first."""
    batches: list[list[str]] = []
    size = 0
    for text in sorted(texts, key=len, reverse=True):
        if not batches or size >= _BATCH_LINES:
            batches.append([])
            size = 0
        batches[-1].append(text)
        size += text.count("\n")
    yield from batches


def _whole_file_error(files: tuple[RenderedFile, ...], path: str) -> FormatError:
    text = next(f.text for f in files if f.path == path)
    try:
        _black(path, text)
    except FormatError as exc:
        return exc
    return FormatError(path, "black rejected a block of this file")


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


def _black_batch(batch: list[tuple[str, str]]) -> list[str]:
    return [_black(path, text) for path, text in batch]


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
