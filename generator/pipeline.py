"""The whole flow in one place: load -> passes -> render -> format. Writing is the caller's choice."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.formatting import Formatter
from generator.ir import ApiSpec, Diagnostic, RenderedFile
from generator.loader import discover, load_each, load_specs
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
    """Load every spec (all must be clean), then render and format the requested providers.

    A spec is rendered and handed to the formatter as soon as it loads, so black runs in worker
    processes while the next spec is still loading. If any spec turns out broken, that work is
    dropped and nothing is returned but the diagnostics.
    """
    specs: list[ApiSpec] = []
    diagnostics: list[Diagnostic] = []
    with Formatter(cache_dir) as formatter:
        for loaded, problems in load_each(discover(spec_dir), root):
            diagnostics += problems
            if loaded is None:
                continue
            spec = run_passes(loaded)
            specs.append(spec)
            if not diagnostics and (not providers or spec.provider.name in providers):
                formatter.add(render_spec(spec))
        if diagnostics:
            return Build(tuple(specs), (), tuple(diagnostics))
        known = {spec.provider.name for spec in specs}
        unknown = [name for name in providers if name not in known]
        if unknown:
            message = f"unknown provider(s): {', '.join(unknown)}"
            hint = "choose from: " + ", ".join(sorted(known))
            return Build(tuple(specs), (), (Diagnostic("<command line>", 1, 1, "", message, hint),))
        chosen = tuple(spec for spec in specs if not providers or spec.provider.name in providers)
        files = formatter.finish()
        if not providers:
            formatter.prune_cache()
        return Build(chosen, files, ())
