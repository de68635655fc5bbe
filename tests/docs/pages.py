"""Reading the built site: links and ids of HTML pages, text of code, runnable blocks of Markdown."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import lxml.etree

from generator.docs import RUNNABLE

# A runnable block: the marker line, then a fenced Python block at the same indentation (tabs indent).
_RUNNABLE_BLOCK = re.compile(
    r"^(?P<indent>[ ]*)" + re.escape(RUNNABLE) + r"\n(?P=indent)```python[^\n]*\n(?P<body>.*?)\n(?P=indent)```$",
    re.MULTILINE | re.DOTALL,
)


@dataclass
class Page:
    """What the link, secret and browser tests need from one HTML page."""

    links: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    code: list[str] = field(default_factory=list)  # each <code> element's text
    text: list[str] = field(default_factory=list)  # the page's text, but for scripts and styles
    title: str = ""


def read_page(path: Path) -> Page:
    """Parse one HTML file (with lxml: html.parser took 12 s over the site's pages, which hold 600k elements)."""
    return page_of(path.read_bytes())


def page_of(html: bytes) -> Page:
    """Parse one HTML document."""
    root = lxml.etree.fromstring(html, _PARSER)
    page = Page(links=_LINKS(root), ids=set(_IDS(root)), code=[code.xpath("string()") for code in _CODE(root)])
    page.title = root.findtext(".//title") or ""
    lxml.etree.strip_elements(root, "script", "style", with_tail=False)  # (cheaper than an XPath that skips them)
    page.text = _TEXT(root)
    return page


_PARSER = lxml.etree.HTMLParser(encoding="utf-8")
_LINKS = lxml.etree.XPath(
    "//*[self::a or self::link or self::script or self::img or self::iframe or self::source]"
    "/@*[(name() = 'href' or name() = 'src') and . != '']",
    smart_strings=False,
)
_IDS = lxml.etree.XPath("//@id[. != ''] | //a/@name[. != '']", smart_strings=False)
_CODE = lxml.etree.XPath("//code[not(ancestor::code)]")
_TEXT = lxml.etree.XPath("//text()", smart_strings=False)


def runnable_blocks(markdown: str) -> list[str]:
    """The Python source of every block a page marks as runnable, dedented out of its tab."""
    return [textwrap.dedent(m.group("body")) for m in _RUNNABLE_BLOCK.finditer(markdown)]


def html_pages(site: Path) -> list[Path]:
    """Every HTML page of the site, sorted."""
    return sorted(site.rglob("*.html"))


@cache
def parsed_pages(site: Path) -> dict[Path, Page]:
    """Every HTML page of the site, parsed once per session."""
    return {path: read_page(path) for path in html_pages(site)}
