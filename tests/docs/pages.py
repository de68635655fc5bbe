"""Reading the built site: links and ids of HTML pages, text of code, runnable blocks of Markdown."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from generator.docs import RUNNABLE

# A runnable block: the marker line, then a fenced Python block at the same indentation (tabs indent).
_RUNNABLE_BLOCK = re.compile(
    r"^(?P<indent>[ ]*)" + re.escape(RUNNABLE) + r"\n(?P=indent)```python[^\n]*\n(?P<body>.*?)\n(?P=indent)```$",
    re.MULTILINE | re.DOTALL,
)


@dataclass
class Page(HTMLParser):
    """What the link, secret and browser tests need from one HTML page."""

    links: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    code: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    title: str = ""
    _in_code: int = 0
    _skip: int = 0
    _in_title: bool = False

    def __post_init__(self) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for key in ("id", "name") if tag == "a" else ("id",):
            if values.get(key):
                self.ids.add(str(values[key]))
        for key in ("href", "src"):
            if values.get(key) and tag in ("a", "link", "script", "img", "iframe", "source"):
                self.links.append(str(values[key]))
        if tag == "code":
            self._in_code += 1
            self.code.append("")
        elif tag in ("script", "style"):
            self._skip += 1
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "code":
            self._in_code -= 1
        elif tag in ("script", "style"):
            self._skip -= 1
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._skip:
            return
        self.text.append(data)
        if self._in_code:
            self.code[-1] += data


def read_page(path: Path) -> Page:
    """Parse one HTML file."""
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


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
