"""Every relative link and asset of the built site resolves, anchors included."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.docs.conftest import Site
from tests.docs.pages import parsed_pages, read_page


def test_every_internal_link_resolves(site: Site) -> None:
    pages = parsed_pages(site.site)
    # Plain strings and a cache of the files seen: the site has ~70k links, and pathlib's resolve() per link
    # was most of this test's time (the site holds no symlinks, so normpath resolves alike).
    by_name = {str(path): page for path, page in pages.items()}
    files: dict[str, bool] = {}
    broken: list[str] = []
    checked = 0
    for path, page in by_name.items():
        folder = os.path.dirname(path)
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("//"):
                continue  # external: not ours to check
            if not parts.path:
                target = path
            elif parts.path.startswith("/"):  # site-absolute (the 404 page's assets): from the site's root
                target = os.path.join(site.site, unquote(parts.path).lstrip("/"))
            else:
                target = os.path.normpath(os.path.join(folder, unquote(parts.path)))
            if parts.path.endswith("/"):
                target = os.path.join(target, "index.html")
            checked += 1
            if target not in files:
                files[target] = os.path.isfile(target)
            if not files[target]:
                broken.append(f"{os.path.relpath(path, site.site)} -> {link}: no such file")
            elif parts.fragment and target.endswith(".html"):
                ids = by_name[target].ids if target in by_name else read_page(Path(target)).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{os.path.relpath(path, site.site)} -> {link}: no such anchor")
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
