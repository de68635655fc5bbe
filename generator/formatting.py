"""Format rendered Python with black, a top-level block at a time, remembering every result.

Black formats about 7,000 lines a second per core here and is the slowest part of a cold run.
Two things keep it small:

* Files are cut into blocks at top-level ``def``/``class`` boundaries, where black's output does
  not depend on the neighbouring code (it always puts two blank lines there). Blocks are formatted
  in parallel, so one large module no longer bounds the run, and are cached by their own text, so
  editing one operation in a spec reformats only the blocks that changed.
* Work starts as soon as a spec is rendered (``Formatter.add``), so worker processes run black
  while the next spec is still loading.
* Templates render code black already agrees with; black then makes one pass instead of two.

The result equals formatting each file whole: the suite checks that black leaves every committed
generated file unchanged.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from generator.ir import RenderedFile

LINE_LENGTH = 120

# Below this many lines to format, starting worker processes costs more than it saves.
_PARALLEL_THRESHOLD = 3000
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
    with Formatter(cache_dir) as formatter:
        formatter.add(files)
        return formatter.finish()


class Formatter:
    """Formats rendered files as they arrive, so black runs while the next spec is still loading.

    ``add`` looks every block up in the cache and hands the misses to worker processes in
    batches as soon as there is enough work to be worth a pool; ``finish`` waits for the rest
    and joins the blocks back into files, in the order they were added. Leaving the ``with``
    block early (a broken spec, an error) cancels what has not started.
    """

    def __init__(self, cache_dir: Path | None) -> None:
        self._cache_dir = cache_dir
        self._files: list[RenderedFile] = []
        self._blocks: dict[str, list[Block]] = {}
        self._formatted: dict[str, str] = {}
        self._owner: dict[str, str] = {}  # block source -> path of a file that has it, for errors
        self._pending: deque[tuple[str, int]] = deque()  # block source, its line count
        self._pending_lines = 0
        self._miss_lines = 0
        self._submitted: list[tuple[list[str], Future[list[str]]]] = []
        self._workers = os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Formatter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def add(self, files: Iterable[RenderedFile]) -> None:
        """Queue files; blocks not in the cache may start formatting at once."""
        for file in files:
            self._files.append(file)
            if not file.path.endswith(".py"):
                continue
            blocks = self._blocks[file.path] = split_blocks(file.text)
            for block in blocks:
                self._look_up(block.source, file.path)
        self._dispatch(final=False)

    def finish(self) -> tuple[RenderedFile, ...]:
        """Every file added so far, formatted."""
        self._dispatch(final=True)
        try:
            if self._pending:
                self._formatted.update({text: _black(self._owner[text], text) for text, _ in self._pending})
            for batch, future in self._submitted:
                self._formatted.update(zip(batch, future.result(), strict=True))
        except FormatError as exc:
            # Report a block black refuses against its whole file, so the line number black gives
            # matches the rendered module.
            raise _whole_file_error(self._files, exc.path) from None
        for source in self._owner:
            _store(_cache_path(self._cache_dir, source), self._formatted[source])
        return tuple(self._joined(f) for f in self._files)

    def prune_cache(self) -> int:
        """Delete cached blocks this run did not use; call after formatting every provider.

        Without this, each edit of a spec would leave its old blocks in the cache forever.
        """
        if self._cache_dir is None or not self._cache_dir.is_dir():
            return 0
        used = {_cache_path(self._cache_dir, source) for source in self._formatted}
        # Entries are named by hex digest; anything with a dot is another run's file in the making.
        stale = [entry for entry in self._cache_dir.glob("*/*") if entry.name.isalnum() and entry not in used]
        for entry in stale:
            entry.unlink(missing_ok=True)
        return len(stale)

    def _look_up(self, source: str, path: str) -> None:
        if source in self._formatted or source in self._owner:
            return
        cached = _cache_path(self._cache_dir, source)
        if cached is not None and cached.is_file():
            self._formatted[source] = cached.read_text(encoding="utf-8")
            return
        self._owner[source] = path
        lines = source.count("\n")
        self._pending.append((source, lines))
        self._pending_lines += lines
        self._miss_lines += lines

    def _dispatch(self, final: bool) -> None:
        """Send full batches to the pool, started once the work outweighs starting it."""
        if self._pool is None:
            if self._workers < 2 or self._miss_lines < _PARALLEL_THRESHOLD:
                return
            self._pool = ProcessPoolExecutor(max_workers=self._workers, initializer=_import_black)
        while self._pending and (final or self._pending_lines >= _BATCH_LINES):
            batch = self._take_batch()
            jobs = [(self._owner[text], text) for text in batch]
            self._submitted.append((batch, self._pool.submit(_black_batch, jobs)))

    def _take_batch(self) -> list[str]:
        batch: list[str] = []
        size = 0
        while self._pending and size < _BATCH_LINES:
            text, lines = self._pending.popleft()
            batch.append(text)
            size += lines
        self._pending_lines -= size
        return batch

    def _joined(self, file: RenderedFile) -> RenderedFile:
        blocks = self._blocks.get(file.path)
        if blocks is None:
            return file
        return replace(file, text=join_blocks(blocks, [b.unwrap(self._formatted[b.source]) for b in blocks]))


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


def _whole_file_error(files: list[RenderedFile], path: str) -> FormatError:
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


def _import_black() -> None:
    # Runs first in each worker, while the parent is still loading specs.
    import black  # noqa: F401


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
