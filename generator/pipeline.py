"""The whole flow in one place: load -> passes -> render -> format. Writing is the caller's choice."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.ir import ApiSpec, Diagnostic, RenderedFile
from generator.load import discover, load_each
from generator.output.format import format_files
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
    specs: list[ApiSpec] = []
    diagnostics: list[Diagnostic] = []
    for spec, problems in load_each(paths if paths is not None else discover(spec_dir), root):
        diagnostics += problems
        if spec is not None:
            specs.append(run_passes(spec))
    return tuple(specs), tuple(diagnostics)


def build(spec_dir: Path, root: Path, providers: list[str]) -> Build:
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
    chosen = tuple(spec for spec in specs if not providers or spec.provider.name in providers)
    rendered = tuple(file for spec in chosen for file in render_spec(spec))
    return Build(chosen, format_files(rendered), ())
