"""The documentation site: checked specs -> Markdown pages (in memory) -> ``docs-src/`` -> MkDocs -> ``site/``.

Pages come from ``templates/docs/`` through their own jinja2 environment; the computing is done by
the filters of ``generator.docs.filters`` and by ``generator.docs.samples`` (examples, sample bodies).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path

import jinja2

from generator.diff import CHECKS, History, Release, changelog_text
from generator.docs.filters import DOC_FILTERS, GLOBAL_ROWS_SHOWN, CodeBlocks, DocsError
from generator.ir import ApiSpec, RenderedFile
from generator.render import CALL_OPTIONS, TEMPLATE_DIR
from generator.render.patterns import SampleError

__all__ = ["RUNNABLE", "DocsError", "build_docs", "build_site", "environment", "render_docs", "write_sources"]

#: Marks the next fenced Python block of a page as runnable (the docs tests execute them).
RUNNABLE = "<!-- runnable -->"

# Fixed build time for MkDocs (sitemap dates), so the site is byte-identical from run to run.
_SOURCE_DATE_EPOCH = "1704067200"


def environment(blocks: CodeBlocks, template_dir: Path = TEMPLATE_DIR) -> jinja2.Environment:
    """The docs' own jinja2 environment: strict, no autoescape (this is Markdown), the docs filters.

    ``blocks`` collects the Python examples of the pages (the ``python_block`` filter).
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir / "docs")),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(DOC_FILTERS)
    env.filters["python_block"] = blocks.add
    return env


def render_docs(specs: tuple[ApiSpec, ...], changelogs: Mapping[str, str] | None = None) -> tuple[RenderedFile, ...]:
    """Every file of the MkDocs project (``mkdocs.yml`` and ``docs/**.md``), in memory.

    ``changelogs`` are the SDKs' ``CHANGELOG.md`` texts by provider name (a provider without one
    gets the changelog of its version alone).
    """
    blocks = CodeBlocks()
    env = environment(blocks)
    ordered = tuple(sorted(specs, key=lambda s: s.provider.name))
    files = [
        RenderedFile("mkdocs.yml", env.get_template("mkdocs.yml.jinja").render(specs=ordered)),
        RenderedFile("docs/index.md", env.get_template("index.md.jinja").render(specs=ordered)),
        RenderedFile("docs/checks.md", env.get_template("checks.md.jinja").render(checks=CHECKS.values())),
        RenderedFile("docs/assets/docs.css", env.get_template("assets/docs.css.jinja").render()),
    ]
    for spec in ordered:
        name = spec.provider.name
        context = {
            "spec": spec,
            "package": spec.provider.package,
            "runnable": RUNNABLE,
            "retry_options": [name for name, _, _ in CALL_OPTIONS if name != "timeout"],
            "global_rows_shown": GLOBAL_ROWS_SHOWN,
            "changelog": (changelogs or {}).get(name) or _first_changelog(spec),
        }
        for target, template in (
            ("index.md", "provider/index.md.jinja"),
            ("types.md", "provider/types.md.jinja"),
            ("errors.md", "provider/errors.md.jinja"),
            ("readme.md", "provider/readme.md.jinja"),
            ("changelog.md", "provider/changelog.md.jinja"),
            ("testing.md", "provider/testing.md.jinja"),
        ):
            files.append(RenderedFile(f"docs/{name}/{target}", env.get_template(template).render(context)))
        for op in spec.operations:
            text = env.get_template("provider/operations/operation.md.jinja").render(context, op=op)
            files.append(RenderedFile(f"docs/{name}/operations/{op.python_name}.md", text))
    pages = blocks.resolve({f.path: f.text for f in files})
    return tuple(RenderedFile(f.path, pages[f.path]) for f in files)


def _first_changelog(spec: ApiSpec) -> str:
    return changelog_text(History(spec.provider.package, (Release(spec.sdk_version),)))


def write_sources(files: tuple[RenderedFile, ...], src_dir: Path) -> None:
    """Replace ``src_dir`` with the rendered files; refuses a folder that is not a docs source."""
    if src_dir.exists() and any(src_dir.iterdir()) and not (src_dir / "mkdocs.yml").exists():
        raise DocsError(f"{src_dir} is not empty and holds no mkdocs.yml; refusing to replace it")
    shutil.rmtree(src_dir, ignore_errors=True)
    for file in files:
        path = src_dir / file.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(file.text, encoding="utf-8")


@contextlib.contextmanager
def _fixed_build_date() -> Iterator[None]:
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = _SOURCE_DATE_EPOCH
    try:
        yield
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def build_site(src_dir: Path, site_dir: Path) -> None:
    """Run MkDocs (strict: a broken link or anchor fails the build) from ``src_dir`` into ``site_dir``.

    MkDocs empties ``site_dir`` first, so only an empty folder or an earlier site is accepted.
    """
    # MkDocs is slow to import and only this stage needs it.
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    if site_dir.exists() and any(site_dir.iterdir()) and not (site_dir / "sitemap.xml").exists():
        raise DocsError(f"{site_dir} is not empty and holds no built site; refusing to replace it")
    try:
        with _fixed_build_date():
            config = load_config(str(src_dir / "mkdocs.yml"), strict=True, site_dir=str(site_dir.resolve()))
            build(config)
    except MkDocsException as exc:
        raise DocsError(f"MkDocs failed: {exc}") from None


def build_docs(
    specs: tuple[ApiSpec, ...], src_dir: Path, site_dir: Path | None, changelogs: Mapping[str, str] | None = None
) -> tuple[RenderedFile, ...]:
    """Render the sources, write them to ``src_dir`` and, unless ``site_dir`` is None, build the site."""
    try:
        files = render_docs(specs, changelogs)
    except SampleError as exc:
        raise DocsError(f"cannot write an example: {exc}") from None
    write_sources(files, src_dir)
    if site_dir is not None:
        build_site(src_dir, site_dir)
    return files
