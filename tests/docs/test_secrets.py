"""No credential value appears anywhere in the site: in code, credentials are the spec's made-up examples
(values the SDK accepts, so examples run as printed) or ``"<...>"`` placeholders."""

from __future__ import annotations

import json
import re

from tests.docs.conftest import Site
from tests.docs.pages import parsed_pages


def test_credentials_in_code_are_made_up_examples_or_placeholders(site: Site) -> None:
    seen = 0
    for spec in site.specs:
        names = [c.python_name for c in spec.provider.credentials]
        shown = {c.python_name: repr(c.example or f"<{c.python_name}>") for c in spec.provider.credentials}
        assignment = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\s*=\s*([^,)\n]*)")
        for path, page in parsed_pages(site.site).items():
            if site.site / spec.provider.name not in path.parents:
                continue  # another carrier's pages: its parameters may share a credential's name
            for code in page.code:
                for name, value in assignment.findall(code):
                    seen += 1
                    assert value.strip().replace('"', "'") == shown[name], f"{path}: {name}={value}"
    assert seen > 10


def test_no_credential_shaped_value_anywhere(site: Site) -> None:
    for spec in site.specs:
        examples = {c.example for c in spec.provider.credentials if c.example}
        patterns = [re.compile(c.pattern.strip("^$")) for c in spec.provider.credentials if c.secret and c.pattern]
        index = json.loads((site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
        texts = [doc["text"] for doc in index["docs"]]
        texts += [" ".join(page.text) for page in parsed_pages(site.site).values()]
        texts += [path.read_text(encoding="utf-8") for path in sorted(site.src.rglob("*.md"))]
        for text in texts:
            for pattern in patterns:
                # Only the spec's declared made-up values may have a credential's shape.
                found = [m.group(0) for m in pattern.finditer(text) if m.group(0) not in examples]
                assert not found, found
