"""The site builds from nothing with one command, covers every SDK and operation, and is reproducible."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.docs import DocsError, build_site, render_docs, write_sources
from tests.docs.conftest import SPEC_DIRS, Site, run_docs


def test_the_command_builds_a_page_for_everything(site: Site) -> None:
    assert (site.src / "mkdocs.yml").is_file()
    assert (site.site / "index.html").is_file()
    assert (site.site / "search" / "search_index.json").is_file()
    for spec in site.specs:
        folder = site.site / spec.provider.name
        for page in ("index.html", "types.html", "errors.html", "readme.html", "changelog.html"):
            assert (folder / page).is_file(), page
        expected = {f"{op.python_name}.html" for op in spec.operations}
        assert {p.name for p in (folder / "operations").iterdir()} == expected
    assert (site.site / "checks.html").is_file()


def test_the_build_stays_quick(site: Site) -> None:
    assert site.seconds < 45, f"the docs took {site.seconds:.1f} s to build"


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_sources_are_byte_identical_across_runs(iovox_site: Site, tmp_path: Path) -> None:
    again = run_docs(SPEC_DIRS["specs"], tmp_path / "site", tmp_path / "docs-src", seed="12345", build=False)
    assert again.returncode == 0, again.stderr
    assert _tree(iovox_site.src) == _tree(tmp_path / "docs-src")


def test_the_site_is_byte_identical_across_runs(golden_site: Site, tmp_path: Path) -> None:
    again = run_docs(SPEC_DIRS["golden"], tmp_path / "site", tmp_path / "docs-src", seed="12345")
    assert again.returncode == 0, again.stderr
    first, second = _tree(golden_site.site), _tree(tmp_path / "site")
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_a_broken_link_fails_the_build(golden_site: Site, tmp_path: Path) -> None:
    files = render_docs(golden_site.specs)
    write_sources(files, tmp_path / "src")
    page = tmp_path / "src" / "docs" / "index.md"
    page.write_text(page.read_text() + "\nSee [nowhere](acme/missing.md) and [no anchor](acme/index.md#nope).\n")
    with pytest.raises(DocsError, match="MkDocs failed"):
        build_site(tmp_path / "src", tmp_path / "site")


def test_docs_never_replace_a_folder_that_is_not_theirs(golden_site: Site, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("keep me")
    with pytest.raises(DocsError, match="refusing"):
        write_sources(render_docs(golden_site.specs), tmp_path)
    with pytest.raises(DocsError, match="refusing"):
        build_site(golden_site.src, tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "keep me"


def test_package_readme_is_the_generated_one(iovox_site: Site) -> None:
    for spec in iovox_site.specs:
        committed = Path(__file__).resolve().parents[2] / "generated" / spec.provider.package / "README.md"
        page = (iovox_site.src / "docs" / spec.provider.name / "readme.md").read_text()
        assert committed.read_text() in page


def test_a_reply_page_says_whether_the_carrier_documents_its_fields(iovox_site: Site) -> None:
    # VoiceMeUp's pages said "Returns JSON value." over an empty table where the seed names no field.
    pages = iovox_site.src / "docs" / "voicemeup" / "operations"
    if not pages.is_dir():
        pytest.skip("the site documents no VoiceMeUp")
    texts = {page.stem: page.read_text(encoding="utf-8") for page in pages.glob("*.md")}
    assert not [name for name, text in texts.items() if "Returns JSON value" in text]
    assert "documentation names no fields for this answer" in texts["get_request_types"]
    assert "| Field |" not in texts["get_request_types"].split("## Response")[1].split("## Errors")[0]
    typed = texts["get_calls"].split("## Response")[1].split("## Errors")[0]
    assert "Returns a `Reply` whose `payload` is [GetCallsReply]" in typed and "`calls[].call_hash`" in typed
