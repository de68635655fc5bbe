"""A real browser opens an operation page of the built site: title, parameter table, screenshot."""

from __future__ import annotations

import subprocess
from pathlib import Path

import lxml.etree
import pytest

from tests.docs.conftest import Site
from tests.docs.pages import page_of

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"
)


def chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Headless Chromium, isolated in its own profile, with no network chatter of its own."""
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--allow-file-access-from-files",  # lets the page's scripts load the search index from disk
        "--virtual-time-budget=5000",  # run the page's scripts before dumping or painting
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def parameter_table(dom: str) -> list[list[str]]:
    """The rows (cell texts) of the table whose header starts with "Python name"."""
    root = lxml.etree.fromstring(dom.encode("utf-8"), lxml.etree.HTMLParser(encoding="utf-8"))
    for table in root.iter("table"):
        rows = [
            [" ".join(cell.xpath("string()").split()) for cell in row if cell.tag in ("td", "th")]
            for row in table.iter("tr")
        ]
        if rows and rows[0][:1] == ["Python name"]:
            return rows
    return []


def test_an_operation_page_in_a_real_browser(iovox_site: Site, tmp_path: Path) -> None:
    spec = iovox_site.specs[0]
    op = next(op for op in spec.operations if op.python_name == "purchase_vox_numbers")
    url = (iovox_site.site / spec.provider.name / "operations" / f"{op.python_name}.html").as_uri()

    dumped = chromium(tmp_path / "profile", "--dump-dom", url)
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    dom = dumped.stdout
    page = page_of(dom.encode("utf-8"))
    assert page.title.strip() == f"{op.python_name} - DID carrier SDKs"
    assert 'class="md-search' in dom and "md-nav" in dom  # the theme ran: search box and navigation

    rows = parameter_table(dom)
    assert rows[0] == ["Python name", "Wire name", "Type", "Constraints", "Required"]
    by_name = {row[0]: row for row in rows[1:]}
    assert list(by_name) == [p.python_name for p in op.params]
    assert by_name["items"][2:] == ["list of PurchaseItem", "at least 1 item", "required"]
    assert by_name["callback_url"][3] == "at most 120 characters; matches ^https?://"

    screenshot = tmp_path / "purchase_vox_numbers.png"
    shot = chromium(tmp_path / "profile", f"--screenshot={screenshot}", "--window-size=1280,1600", url)
    assert shot.returncode == 0, shot.stderr[-2000:]
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert screenshot.stat().st_size > 50_000  # a rendered page, not a blank one


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("purchase_vox_numbers", "iovox/operations/purchase_vox_numbers.html"),
        ("get_voxnumber_regions", "iovox/operations/get_voxnumber_regions.html"),
        ("OrderCallback", "iovox/types.html"),
    ],
)
def test_search_answers_a_typed_query_with_the_site_opened_as_files(
    iovox_site: Site, tmp_path: Path, query: str, first: str
) -> None:
    """As the README says to open it (file://), typing in the search box lists the right page first."""
    from tests.docs.cdp import Browser

    with Browser(CHROMIUM, tmp_path / "profile") as browser:
        browser.open((iovox_site.site / "index.html").as_uri())
        browser.evaluate("document.querySelector('.md-search__input').focus()")
        browser.type(query)
        links = browser.wait_for(
            "Array.from(document.querySelectorAll('.md-search-result__item > a')).map(a => a.href)"
        )
        count = browser.evaluate("document.querySelector('.md-search-result__meta').textContent")
    site = iovox_site.site.as_uri() + "/"
    assert links[0].split("?")[0].removeprefix(site) == first, links
    assert "matching document" in count, count
