"""The whole flow in one place: load -> passes -> diff -> render -> format. Writing is the caller's choice.

Each spec is loaded, passed, held to its version and rendered on its own (``run_spec``), so specs
can run in worker processes side by side; ``build`` merges them, formats every file in one ruff
run and decides whether anything may be written.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from generator.diff import HeadSpecs, plan_release
from generator.ir import ApiSpec, Diagnostic, RenderedFile
from generator.load import discover, display_name, inputs_of, load_each, load_one
from generator.load.yaml_source import read_yaml
from generator.output.format import format_files
from generator.passes import run_passes
from generator.render import render_spec
from generator.render.environment import compile_templates
from generator.timing import Timings


@dataclass(frozen=True, slots=True)
class SpecResult:
    """One spec carried through every stage: its provider, diagnostics, files, release history and timings.

    ``history`` is the spec's release history file, its path relative to the spec folder.
    """

    source: str
    provider: str | None
    diagnostics: tuple[Diagnostic, ...]
    files: tuple[RenderedFile, ...]
    seconds: dict[str, float]
    inputs: tuple[tuple[str, str], ...] = ()
    history: RenderedFile | None = None


@dataclass(frozen=True, slots=True)
class Build:
    """What one run produced: each SDK built (provider, spec source and the inputs it was read from),
    their files, any diagnostics, the time per stage, and the release histories to keep in the spec
    folder."""

    built: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...]
    files: tuple[RenderedFile, ...]
    diagnostics: tuple[Diagnostic, ...]
    timings: Timings
    histories: tuple[RenderedFile, ...] = ()


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


def run_spec(
    path: Path, root: Path, providers: tuple[str, ...], spec_dir: Path, head: HeadSpecs | None = None
) -> SpecResult:
    """Load, check and pass one spec; when its provider is wanted, hold its version to its changes since
    ``head`` (the spec folder at HEAD), move its release history forward and render it."""
    timings = Timings()
    source = display_name(path, root)
    spec, problems = load_one(path, source, timings=timings)
    if spec is None:
        return SpecResult(source, None, tuple(problems), (), timings.seconds)
    with timings.measure("passes"):
        spec = run_passes(spec)
    if providers and spec.provider.name not in providers:
        return SpecResult(source, spec.provider.name, (), (), timings.seconds, spec.inputs)
    with timings.measure("diff"):
        release = plan_release(spec, path, spec_dir, head)
    if release.diagnostics:
        return SpecResult(source, spec.provider.name, release.diagnostics, (), timings.seconds)
    with timings.measure("render"):
        files = (*render_spec(spec), release.changelog)
    return SpecResult(source, spec.provider.name, (), files, timings.seconds, spec.inputs, release.history)


def build(
    spec_dir: Path,
    root: Path,
    providers: list[str],
    *,
    workers: int = 1,
    skip: frozenset[Path] = frozenset(),
    known: dict[str, str] | None = None,
    head: HeadSpecs | None = None,
) -> Build:
    """Carry every spec of ``spec_dir`` through the stages; files only when all of them are clean.

    ``skip`` are spec files whose output is known to be up to date, and ``known`` the providers
    they define (by file); they are not loaded again. With ``workers`` above one, specs run in
    that many processes side by side (forked, where the platform can). ``head`` is the spec
    folder at HEAD, which versions are held to (without it, versions are only recorded).
    """
    timings = Timings()
    paths = [path for path in discover(spec_dir) if path.resolve() not in skip]
    results = _run_all(paths, root, tuple(providers), workers, spec_dir, head)
    for result in results:
        timings.merge(result.seconds)
    diagnostics = [d for result in results for d in result.diagnostics]
    diagnostics += _duplicate_providers(results, known or {}, root)
    if diagnostics:
        return Build((), (), tuple(diagnostics), timings)
    names = {result.provider for result in results if result.provider} | set(known or {})
    unknown = [name for name in providers if name not in names]
    if unknown:
        message = f"unknown provider(s): {', '.join(unknown)}"
        hint = "choose from: " + ", ".join(sorted(names))
        return Build((), (), (Diagnostic("<command line>", 1, 1, "", message, hint),), timings)
    built = tuple(
        (result.provider, result.source, result.inputs) for result in results if result.provider and result.files
    )
    # One ruff run over every spec's files: it spreads them over the cores itself.
    with timings.measure("format"):
        files = format_files(tuple(f for result in results for f in result.files))
    histories = tuple(result.history for result in results if result.history is not None)
    return Build(built, files, (), timings, histories)


def _run_all(
    paths: list[Path], root: Path, providers: tuple[str, ...], workers: int, spec_dir: Path, head: HeadSpecs | None
) -> list[SpecResult]:
    """Each spec's result, in ``paths`` order; the largest specs start first when run side by side."""
    if workers < 2 or len(paths) < 2:
        return [run_spec(path, root, providers, spec_dir, head) for path in paths]
    import multiprocessing  # ~20 ms to import, and only this path needs it
    from concurrent.futures import ProcessPoolExecutor

    if not _can_fork():
        return [run_spec(path, root, providers, spec_dir, head) for path in paths]
    largest_first = sorted(paths, key=lambda p: -sum(f.stat().st_size for f in inputs_of(p)))
    compile_templates()  # once here, instead of once in every worker
    # Forked workers start with the generator already imported; a spawned one would import it again.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=min(workers, len(paths)), mp_context=context) as pool:
        futures = {path: pool.submit(run_spec, path, root, providers, spec_dir, head) for path in largest_first}
        return [futures[path].result() for path in paths]


def _can_fork() -> bool:
    """Fork only where it is safe: on Linux (macOS's system libraries are not fork-safe), and from a
    process with one thread (a forked child holds copies of other threads' locks, never the threads)."""
    import threading

    return sys.platform == "linux" and threading.active_count() == 1


def _duplicate_providers(results: list[SpecResult], known: dict[str, str], root: Path) -> list[Diagnostic]:
    """A diagnostic for each spec whose provider name an earlier spec (or an unchanged one) defines."""
    owners = dict(known)
    problems = []
    for result in results:
        if result.provider is None:
            continue
        if result.provider in owners:
            doc, _ = read_yaml(root / result.source, result.source)
            line, column = doc.locate(("provider", "name")) if doc is not None else (1, 1)
            message = f"provider '{result.provider}' is also defined in {owners[result.provider]}"
            problems.append(
                Diagnostic(
                    result.source, line, column, "provider.name", message, "give each spec its own provider name"
                )
            )
        else:
            owners[result.provider] = result.source
    return problems
