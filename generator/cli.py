"""``python -m generator``: generate, check, validate and list the SDKs."""

from __future__ import annotations

import argparse
import os
import sys
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
    validate.add_argument("paths", nargs="*", type=Path, help="spec files (default: every spec)")
    validate.set_defaults(run=_validate)

    listing = commands.add_parser("list", help="list providers and their operation counts")
    listing.set_defaults(run=_list)

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
    for command in (generate, validate, listing, docs, draft):
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


def _report(diagnostics: tuple[Diagnostic, ...] | list[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        print(diagnostic, file=sys.stderr)
    files = len({d.file for d in diagnostics})
    print(f"{len(diagnostics)} problem(s) in {files} file(s); nothing was written.", file=sys.stderr)


def _generate(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    args.check = args.check or args.diff
    from generator.load import discover, display_name, inputs_of
    from generator.output import records
    from generator.output.writer import orphan_packages

    # A spec whose record matches generated/ needs no work; one whose record exists is known clean.
    paths = {display_name(path, ROOT): path.resolve() for path in discover(args.specs)}
    keys = {source: records.spec_key(inputs_of(path)) for source, path in paths.items()}
    reused: dict[str, records.Record] = {}
    if not args.no_cache:
        for source, key in keys.items():
            record = records.recorded(args.cache, key)
            wanted = not args.providers or (record is not None and record.provider in args.providers)
            if record is not None and (not wanted or records.on_disk_matches(record, args.out)):
                reused[source] = record
    produced = {record.package for record in reused.values()}
    if len(reused) == len(keys) and not args.providers and not orphan_packages(args.out, produced):
        files = sum(len(record.files) for record in reused.values())
        message = f"generated/ is up to date ({files} files)." if args.check else "nothing changed"
        print(message if args.check else f"generated {len(keys)} SDK(s) into {_shown(args.out)}: {message}")
        return 0
    from generator.output.format import FormatError
    from generator.output.writer import remove_packages, stale_files, write_packages
    from generator.pipeline import build

    imported = time.perf_counter() - started
    if not args.no_cache:
        from generator.render.environment import keep_compiled_templates

        keep_compiled_templates(args.cache / "templates")
    try:
        result = build(
            args.specs,
            ROOT,
            args.providers,
            workers=os.cpu_count() or 1,
            skip=frozenset(paths[source] for source in reused),
            known={record.provider: source for source, record in reused.items()},
        )
    except FormatError as exc:
        print(f"error: {exc}\n  a template or filter emitted invalid code; nothing was written.", file=sys.stderr)
        return 2
    result.timings.add("imports", imported)
    if result.diagnostics:
        _report(result.diagnostics)
        return 1
    produced |= {provider + "_sdk" for provider, _ in result.built}
    orphans = [] if args.providers else orphan_packages(args.out, produced)
    if args.check:
        stale = stale_files(args.out, result.files) + [f"{name}/ (no spec produces it)" for name in orphans]
        if stale:
            print("generated/ is out of date with specs/; these files would change:", file=sys.stderr)
            for path in stale:
                print(f"  {path}", file=sys.stderr)
            if args.diff:
                from generator.output.writer import unified_diff

                sys.stdout.write(unified_diff(args.out, result.files))
            print("run `make generate` (or python -m generator generate) and commit the result.", file=sys.stderr)
            return 1
        print(f"generated/ is up to date ({len(result.files)} files checked).")
    else:
        with result.timings.measure("write"):
            changed = write_packages(args.out, result.files)
            remove_packages(args.out, orphans)
        changed += [f"removed {name}" for name in orphans]
        summary = ", ".join(changed) if changed else "nothing changed"
        print(f"generated {len(result.built)} SDK(s) into {_shown(args.out)}: {summary}")
    if not args.no_cache:
        _remember(args.cache, keys, result)
    if args.timings:
        print(f"timings: {result.timings.report()}; wall {time.perf_counter() - started:.3f} s", file=sys.stderr)
    return 0


def _remember(cache: Path, keys: dict[str, str], result: Build) -> None:
    from generator.output import records

    for provider, source in result.built:
        package = provider + "_sdk"
        files = {f.path: f.text for f in result.files if f.path.split("/", 1)[0] == package}
        records.remember(cache, keys[source], provider, source, files)


def _validate(args: argparse.Namespace) -> int:
    from generator.pipeline import load

    specs, diagnostics = load(args.specs, ROOT, [p.resolve() for p in args.paths] if args.paths else None)
    if diagnostics:
        _report(diagnostics)
        return 1
    for spec in specs:
        print(f"{spec.source}: ok ({len(spec.operations)} operations)")
    return 0


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


def _docs(args: argparse.Namespace) -> int:
    from generator.docs import DocsError, build_docs
    from generator.pipeline import load

    specs, diagnostics = load(args.specs, ROOT)
    if diagnostics:
        _report(diagnostics)
        return 1
    src = args.docs_src or ROOT / "build" / "docs-src"
    site = None if args.no_build else args.site_dir
    try:
        files = build_docs(specs, src, site)
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
