"""``python -m generator``: generate, check, validate, diff and list the SDKs."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.ir import Diagnostic
    from generator.pipeline import Build

# The pipeline (jinja2, jsonschema, yaml) is imported only when a command needs it, so that
# `generate` with nothing to do answers quickly.

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the process exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    return int(args.run(args))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    _global_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", required=True)

    generate = commands.add_parser("generate", help="regenerate SDKs from the specs")
    generate.add_argument("providers", nargs="*", help="providers to generate (default: all)")
    generate.add_argument(
        "--check", action="store_true", help="change nothing in generated/; exit 1 listing what is stale"
    )
    generate.add_argument(
        "--diff", action="store_true", help="with --check (implied): also print the unified diff of what would change"
    )
    generate.add_argument("--timings", action="store_true", help="print the seconds spent in each stage")
    generate.set_defaults(run=_generate)

    validate = commands.add_parser("validate", help="check specs and report every problem")
    validate.add_argument("paths", nargs="*", type=Path, help="spec files or providers (default: every spec)")
    validate.set_defaults(run=_validate)

    listing = commands.add_parser("list", help="list providers and their operation counts")
    listing.set_defaults(run=_list)

    diff = commands.add_parser("diff", help="report what changed between two versions of the specs and whom it breaks")
    diff.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="BASE and REVISION: two spec folders or two spec files"
    )
    diff.add_argument("--against", metavar="REF", help="git ref whose specs are the base (default: HEAD)")
    diff.add_argument("--format", choices=("text", "json", "markdown", "github"), default="text", help="default: text")
    diff.add_argument(
        "--fail-on",
        choices=("breaking", "warning", "info"),
        help="exit 1 when a change at or above this level is found",
    )
    diff.set_defaults(run=_diff)

    docs = commands.add_parser("docs", help="build the documentation site from the specs")
    docs.add_argument("--out", dest="site_dir", type=Path, default=ROOT / "site", help="site folder (default: site/)")
    docs.add_argument(
        "--src", dest="docs_src", type=Path, default=None, help="Markdown sources (default: build/docs-src/)"
    )
    docs.add_argument("--no-build", action="store_true", help="write the Markdown sources only; skip MkDocs")
    docs.set_defaults(run=_docs)

    draft = commands.add_parser(
        "draft-types", help="draft spec types from a sample response (JSON or XML), with datamodel-code-generator"
    )
    draft.add_argument("sample", type=Path, help="a sample payload, as the carrier documents it")
    draft.add_argument("--name", required=True, help="the name of the outermost record (PascalCase)")
    draft.set_defaults(run=_draft_types)
    # The global options work after the subcommand too (`generate --check --no-cache`). There they
    # default to SUPPRESS, so an option given before the subcommand is not reset by the subparser.
    for command in (generate, validate, listing, diff, docs, draft):
        _global_options(command, suppress=True)
    return parser


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """``--specs``, ``--out``, ``--cache`` and ``--no-cache`` (where the parser has no option of that name)."""
    taken = {option for action in parser._actions for option in action.option_strings}
    options: list[tuple[str, dict[str, Any]]] = [
        ("--specs", {"type": Path, "help": "spec folder (default: specs/)", "default": ROOT / "specs"}),
        ("--out", {"type": Path, "help": "output folder (default: generated/)", "default": ROOT / "generated"}),
        ("--cache", {"type": Path, "help": "build records (default: .cache/)", "default": ROOT / ".cache"}),
        ("--no-cache", {"action": "store_true", "help": "run the whole pipeline even when nothing changed"}),
    ]
    for flag, settings in options:
        if flag in taken:
            continue
        dest = flag[2:].replace("-", "_")
        fallback = settings.pop("default", False)
        parser.add_argument(flag, dest=dest, default=argparse.SUPPRESS if suppress else fallback, **settings)


def _report(diagnostics: tuple[Diagnostic, ...] | list[Diagnostic], outcome: str = "nothing was written") -> None:
    for diagnostic in diagnostics:
        print(diagnostic, file=sys.stderr)
    files = len({d.file for d in diagnostics})
    print(f"{len(diagnostics)} problem(s) in {files} file(s); {outcome}.", file=sys.stderr)


def _generate(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    args.check = args.check or args.diff
    from generator.diff import blob_ids
    from generator.load import discover, display_name
    from generator.output import records
    from generator.output.writer import orphan_packages

    paths = {display_name(path, ROOT): path.resolve() for path in discover(args.specs)}
    # A spec's version is held to its changes since HEAD: the record holds only while HEAD does too.
    head_ids = blob_ids(args.specs)
    # --check is the gate CI relies on: it always runs the whole pipeline, whatever the records say.
    reuse = not (args.no_cache or args.check)
    contexts = {source: _release_context(args.specs, path, head_ids) for source, path in paths.items()}
    reused = records.reusable(args.cache, contexts, args.out, args.providers) if reuse else {}
    produced = {record.package for record in reused.values()}
    if len(reused) == len(paths) and not args.providers and not orphan_packages(args.out, produced):
        print(f"generated {len(paths)} SDK(s) into {_shown(args.out)}: nothing changed")
        return 0
    from generator.diff import head_specs
    from generator.output.format import FormatError
    from generator.pipeline import build

    imported = time.perf_counter() - started
    if reuse:
        from generator.output.format_cache import keep_formatted
        from generator.render.environment import keep_compiled_templates

        keep_compiled_templates(args.cache / "templates")
        keep_formatted(args.cache / "format")
    try:
        with tempfile.TemporaryDirectory(prefix="generator-head-") as scratch:
            result = build(
                args.specs,
                ROOT,
                args.providers,
                workers=os.cpu_count() or 1,
                skip=frozenset(paths[source] for source in reused),
                known={record.provider: source for source, record in reused.items()},
                head=head_specs(args.specs, Path(scratch)) if head_ids is not None else None,
            )
    except FormatError as exc:
        print(f"error: {exc}\n  a template or filter emitted invalid code; nothing was written.", file=sys.stderr)
        return 2
    result.timings.add("imports", imported)
    if result.diagnostics:
        _report(result.diagnostics)
        return 1
    produced |= {provider + "_sdk" for provider, _, _ in result.built}
    orphans = [] if args.providers else orphan_packages(args.out, produced)
    code = _check(args, result, orphans) if args.check else _write(args, result, orphans)
    if code == 0 and not args.no_cache:
        for provider, source, inputs in result.built:
            files = {f.path: f.text for f in result.files if f.path.split("/", 1)[0] == provider + "_sdk"}
            # After the write: the release history it may have moved forward is part of the context.
            context = _release_context(args.specs, paths[source], head_ids)
            records.remember(args.cache, source, provider, inputs, files, context)
    if args.timings:
        print(f"timings: {result.timings.report()}; wall {time.perf_counter() - started:.3f} s", file=sys.stderr)
    return code


def _release_context(spec_dir: Path, path: Path, head_ids: dict[str, str] | None) -> str:
    """What a spec's output depends on besides its own files: their ids at HEAD, and its release history."""
    import hashlib

    from generator.diff import history_path
    from generator.load import inputs_of

    history = history_path(spec_dir, path)
    kept = hashlib.sha256(history.read_bytes()).hexdigest() if history.is_file() else "-"
    if head_ids is None:
        return f"outside git; history={kept}"
    inside = [f.resolve().relative_to(spec_dir.resolve()).as_posix() for f in (*inputs_of(path), history)]
    return " ".join(f"{name}={head_ids.get(name, '-')}" for name in inside) + f"; history={kept}"


def _check(args: argparse.Namespace, result: Build, orphans: list[str]) -> int:
    """``generate --check``: exit 1 listing every file that would change (packages and histories)."""
    from generator.output.writer import stale_files, stale_single_files

    stale = stale_files(args.out, result.files) + [f"{name}/ (no spec produces it)" for name in orphans]
    stale += [f"{_shown(args.specs)}{path}" for path in stale_single_files(args.specs, result.histories)]
    if stale:
        print("generated/ is out of date with specs/; these files would change:", file=sys.stderr)
        for path in stale:
            print(f"  {path}", file=sys.stderr)
        if args.diff:
            from generator.output.writer import unified_diff

            sys.stdout.write(unified_diff(args.out, result.files))
        print("run `make generate` (or python -m generator generate) and commit the result.", file=sys.stderr)
        return 1
    print(f"generated/ is up to date ({len(result.files)} files of {len(result.built)} SDK(s) checked).")
    return 0


def _write(args: argparse.Namespace, result: Build, orphans: list[str]) -> int:
    """Write the packages and release histories that changed."""
    from generator.output.writer import remove_packages, write_packages, write_single_files

    with result.timings.measure("write"):
        changed = write_packages(args.out, result.files)
        remove_packages(args.out, orphans)
        histories = write_single_files(args.specs, result.histories)
    changed += [f"removed {name}" for name in orphans] + [f"{_shown(args.specs)}{path}" for path in histories]
    summary = ", ".join(changed) if changed else "nothing changed"
    print(f"generated {len(result.built)} SDK(s) into {_shown(args.out)}: {summary}")
    return 0


def _validate(args: argparse.Namespace) -> int:
    from generator.pipeline import load

    paths, unknown = _spec_files(args.specs, args.paths)
    if unknown:
        _report(unknown)
        return 1
    specs, diagnostics = load(args.specs, ROOT, paths)
    if diagnostics:
        _report(diagnostics)
        return 1
    for spec in specs:
        print(f"{spec.source}: ok ({len(spec.operations)} operations)")
    return 0


def _spec_files(spec_dir: Path, given: list[Path]) -> tuple[list[Path] | None, list[Diagnostic]]:
    """The spec files ``validate`` checks (None: every one), once each: each given as a file, a SOAP
    spec's folder, or a spec's name (its file's or folder's name under ``spec_dir``); a diagnostic for
    each that is none of these."""
    from generator.ir import Diagnostic
    from generator.load import discover, is_sidecar
    from generator.load.suggest import did_you_mean

    if not given:
        return None, []
    by_name = {(p.parent.name if p.parent != spec_dir else p.stem): p for p in discover(spec_dir)}
    paths: dict[Path, None] = {}
    unknown = []
    for path in given:
        if path.is_dir():
            sidecars = [p for p in sorted(path.glob("*.yaml")) if is_sidecar(p)]
            path = sidecars[0] if sidecars else path  # a folder without one: the loader says what is wrong
        elif not path.exists() and str(path) in by_name:
            path = by_name[str(path)]
        elif not path.exists():
            hint = did_you_mean(str(path), by_name, "give a spec file, or one of: " + ", ".join(sorted(by_name)))
            unknown.append(Diagnostic(str(path), 1, 1, "", "no such spec file or provider", hint))
        paths[path.resolve()] = None
    return list(paths), unknown


def _list(args: argparse.Namespace) -> int:
    from generator.pipeline import load

    specs, diagnostics = load(args.specs, ROOT)
    if diagnostics:
        _report(diagnostics)
        return 1
    for spec in specs:
        mutating = sum(op.mutates for op in spec.operations)
        print(
            f"{spec.provider.name:<12} {spec.provider.package:<16} {len(spec.operations):>4} operations "
            f"({mutating} mutating)  {spec.source}"
        )
    return 0


def _diff(args: argparse.Namespace) -> int:
    import tempfile

    from generator.diff import FORMATS, LEVELS, SourceError, diff_sets, file_set, folder_set, git_set

    if args.paths and (len(args.paths) != 2 or args.against):
        print("error: give BASE and REVISION paths, or --against REF, not both", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="generator-diff-") as scratch:
        try:
            if args.paths:
                if args.paths[0].is_dir() != args.paths[1].is_dir():
                    raise SourceError("BASE and REVISION must both be folders or both be files")
                sets = [folder_set(p, ROOT) if p.is_dir() else file_set(p, ROOT) for p in args.paths]
            else:
                sets = [
                    git_set(args.specs, args.against or "HEAD", Path(scratch)),
                    folder_set(args.specs, ROOT, "working tree"),
                ]
        except SourceError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        report = diff_sets(sets[0], sets[1])
    if report.diagnostics:
        _report(report.diagnostics, "nothing was compared")
        return 2
    sys.stdout.write(FORMATS[args.format](report))
    if args.fail_on is not None:
        worst = LEVELS.index(args.fail_on)
        return int(any(LEVELS.index(f.level) <= worst for f in report.findings))
    return 0


def _docs(args: argparse.Namespace) -> int:
    from generator.diff import recorded_changelog
    from generator.docs import DocsError, build_docs
    from generator.pipeline import load

    specs, diagnostics = load(args.specs, ROOT)
    if diagnostics:
        _report(diagnostics)
        return 1
    src = args.docs_src or ROOT / "build" / "docs-src"
    site = None if args.no_build else args.site_dir
    changelogs = {spec.provider.name: recorded_changelog(args.specs, ROOT / spec.source, spec) for spec in specs}
    try:
        files = build_docs(specs, src, site, changelogs)
    except DocsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    where = f"{_shown(site)} (sources in {_shown(src)})" if site else _shown(src)
    pages = sum(f.path.endswith(".md") for f in files)
    print(f"documented {len(specs)} SDK(s) in {pages} page(s): {where}")
    return 0


def _draft_types(args: argparse.Namespace) -> int:
    from generator.drafting import DraftError, as_yaml, draft_types, sample_tree

    try:
        types = draft_types(sample_tree(args.sample), args.name)
    except (DraftError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(as_yaml(types))
    return 0


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix() + "/"
    except ValueError:
        return str(path)
