"""The whole flow in one place: load -> passes -> render -> format. Writing is the caller's choice."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.formatting import format_files
from generator.ir import ApiSpec, Diagnostic, RenderedFile
from generator.loader import discover, load_specs
from generator.passes import run_passes
from generator.render import render_spec


@dataclass(frozen=True, slots=True)
class Build:
    """What one run produced: the checked specs, their files, and any diagnostics."""

    specs: tuple[ApiSpec, ...]
    files: tuple[RenderedFile, ...]
    diagnostics: tuple[Diagnostic, ...]


def load(
    spec_dir: Path, root: Path, paths: list[Path] | None = None
) -> tuple[tuple[ApiSpec, ...], tuple[Diagnostic, ...]]:
    """Load and check specs (every spec in ``spec_dir`` unless ``paths`` is given), passes applied."""
    result = load_specs(paths if paths is not None else discover(spec_dir), root)
    return tuple(run_passes(spec) for spec in result.specs), result.diagnostics


def build(spec_dir: Path, root: Path, providers: list[str], cache_dir: Path | None) -> Build:
    """Load every spec (all must be clean), then render and format the requested providers."""
    specs, diagnostics = load(spec_dir, root)
    if diagnostics:
        return Build(specs, (), diagnostics)
    known = {spec.provider.name for spec in specs}
    unknown = [name for name in providers if name not in known]
    if unknown:
        message = f"unknown provider(s): {', '.join(unknown)}"
        hint = "choose from: " + ", ".join(sorted(known))
        return Build(specs, (), (Diagnostic("<command line>", 1, 1, "", message, hint),))
    chosen = [spec for spec in specs if not providers or spec.provider.name in providers]
    # One formatting call for every provider, so the work is balanced across all worker processes.
    rendered = tuple(f for spec in chosen for f in render_spec(spec))
    return Build(tuple(chosen), format_files(rendered, cache_dir), ())
