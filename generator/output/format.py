"""Stage 4, format: rendered Python laid out by ruff (black's style), imports sorted and unused ones dropped.

Ruff also lays out the Python examples of Markdown files (the package README).

Ruff runs once over all files, in a scratch folder outside ``generated/``: ``ruff check --fix``
for the imports, then ``ruff format``. The ``ruff`` wheel pinned in ``pyproject.toml`` provides
the binary, so the output is the same on every machine and Python version.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from pathlib import Path

from generator.ir import RenderedFile
from generator.output.format_cache import formatted_with_cache

LINE_LENGTH = 120

# Settings passed explicitly (--isolated ignores any configuration file), so nothing around the
# output folder can change the result.
_SETTINGS = ("--isolated", "--no-cache", "--target-version", "py311")
# The examples in docstrings (``Example::`` blocks) are laid out too; black leaves docstrings be.
_FORMAT = ("--config", "format.docstring-code-format = true")
# What ``ruff check --fix`` may change: import order (I001) and unused imports (F401).
_FIXES = ("--select", "I001,F401", "--fix", "--exit-zero")


class FormatError(Exception):
    """Ruff could not parse a rendered file: a template or filter produced invalid Python."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(path, detail)
        self.path = path
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.path}: generated code is not valid Python: {self.detail}"


def format_files(files: tuple[RenderedFile, ...]) -> tuple[RenderedFile, ...]:
    """The files with every ``.py`` one formatted, and the Python examples of ``.md`` ones; other files, and
    ``final`` ones, are returned as they are."""
    sources = {f.path: f.text for f in files if f.path.endswith((".py", ".md")) and not f.final}
    formatted = format_sources(sources, LINE_LENGTH, fix_imports=True)
    return tuple(replace(f, text=formatted[f.path]) if f.path in formatted else f for f in files)


def format_sources(sources: Mapping[str, str], line_length: int, fix_imports: bool = False) -> dict[str, str]:
    """Python sources (by relative path) formatted by ruff at ``line_length`` (those formatted before, from
    the cache ``format_cache.keep_formatted`` set, if any)."""
    settings = (*_SETTINGS, *_FORMAT, str(line_length), *(_FIXES if fix_imports else ()))
    return formatted_with_cache(sources, settings, lambda missing: _formatted(missing, line_length, fix_imports))


def _formatted(sources: Mapping[str, str], line_length: int, fix_imports: bool) -> dict[str, str]:
    if not sources:
        return {}
    with tempfile.TemporaryDirectory(prefix="generator-format-") as scratch:
        root = Path(scratch)
        for path, text in sources.items():
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        # Every file by name: ruff then formats each one, whatever a .gitignore or its default
        # excludes (dist/, build/...) around the scratch folder would say of a folder walk.
        names = sorted(sources)
        width = ("--line-length", str(line_length))
        if fix_imports:
            _ruff("check", *_SETTINGS, *width, *_FIXES, "--", *names, cwd=root)
        report = _ruff("format", *_SETTINGS, *_FORMAT, *width, "--", *names, cwd=root)
        _all_formatted(report, len(names))
        return {path: (root / path).read_text(encoding="utf-8") for path in sources}


def _all_formatted(report: str, expected: int) -> None:
    """ruff reports what it did (``3 files reformatted, 81 files left unchanged``): all of them."""
    counted = sum(int(number) for number in re.findall(r"(\d+) files? (?:reformatted|left unchanged)", report))
    if counted != expected:
        raise FormatError("<ruff>", f"ruff formatted {counted} of {expected} files: {report.strip()}")


def _ruff(*args: str, cwd: Path) -> str:
    result = subprocess.run([ruff_binary(), *args], cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise _error(result.stderr or result.stdout)
    return result.stdout + result.stderr


def _error(output: str) -> FormatError:
    """The first file ruff complains about, with its complaint (``error: Failed to parse x.py:3:1: ...``)."""
    for line in output.splitlines():
        _, found, detail = line.partition("Failed to parse ")
        if found:
            where, _, problem = detail.partition(": ")
            path, _, position = where.strip().partition(":")
            line_number, _, column = position.partition(":")
            return FormatError(path, f"line {line_number}, column {column}: {problem.strip()}")
    return FormatError("<ruff>", output.strip() or "ruff failed")


@cache
def ruff_binary() -> str:
    """The ruff executable of the installed ``ruff`` wheel."""
    from ruff import find_ruff_bin

    return str(find_ruff_bin())
