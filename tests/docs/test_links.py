"""Every relative link and asset of the built site resolves, anchors included."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from tests.docs.conftest import Site
from tests.docs.pages import parsed_pages, read_page


def test_every_internal_link_resolves(site: Site) -> None:
    pages = parsed_pages(site.site)
    broken: list[str] = []
    checked = 0
    for path, page in pages.items():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("//"):
                continue  # external: not ours to check
            if not parts.path:
                target = path
            elif parts.path.startswith("/"):  # site-absolute (the 404 page's assets): from the site's root
                target = site.site / unquote(parts.path).lstrip("/")
            else:
                target = (path.parent / unquote(parts.path)).resolve()
            if parts.path.endswith("/"):
                target = target / "index.html"
            checked += 1
            where = f"{path.relative_to(site.site)} -> {link}"
            if not target.is_file():
                broken.append(f"{where}: no such file")
            elif parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else read_page(target).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{where}: no such anchor")
    assert checked > 100
    assert broken == []


def test_operation_pages_link_to_types_and_error_codes(site: Site) -> None:
    for spec in site.specs:
        for op in spec.operations:
            page = parsed_pages(site.site)[site.site / spec.provider.name / "operations" / f"{op.python_name}.html"]
            targets = {link.split("#")[0] for link in page.links}
            assert "../errors.html" in targets
            assert "../index.html" in targets
            if op.response is not None:
                assert "../types.html" in targets
