"""``xml_to_data``: an XML answer as the JSON form's tree, in time linear in the body.

The reproducer is issue 20's: a VoiceMeUp answer of repeated empty elements, far below the 32 MiB
cap, used to take seconds (each repeat copied the list so far). The property test holds the
linear reader to the tree the old quadratic one gave, key order included, for random documents.
"""

from __future__ import annotations

import time
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from generator.runtime._mirror import xml_to_data
from generator.runtime._xmlio import parse_xml


def quadratic_element_data(element: Any) -> Any:
    """The reader before issue 20, kept as the reference: ``previous + [value]`` per repeat."""
    children = list(element)
    text = (element.text or "").strip()
    if not children and not element.attrib:
        return text
    data: dict[str, Any] = dict(element.attrib)
    for child in children:
        value = quadratic_element_data(child)
        if child.tag in data:
            previous = data[child.tag]
            data[child.tag] = previous + [value] if isinstance(previous, list) else [previous, value]
        else:
            data[child.tag] = value
    if text:
        data["_content"] = text
    return data


def reference(body: bytes) -> dict[str, Any]:
    data = quadratic_element_data(parse_xml(body, 200))
    return data if isinstance(data, dict) else {}


def test_a_body_of_repeated_elements_is_read_in_linear_time() -> None:
    # 820 KB: the old reader spent ~25 s of CPU on it; the linear one well under 0.2 s.
    count = 140_000
    body = b"<reply><rows>" + b"<row/>" * count + b"</rows></reply>"
    assert 600_000 < len(body) < 880_000
    started = time.process_time()
    data = xml_to_data(body, 200)
    spent = time.process_time() - started
    assert data == {"rows": {"row": [""] * count}}
    assert spent < 2.0, f"{spent:.1f} s of CPU for {len(body) // 1024} KB: quadratic again?"


def test_repeats_beside_attributes_and_text_keep_the_old_shape() -> None:
    body = b'<r> t <e row="a" n="1"> text <row>b</row><row/><n>2</n></e><x/><x k="v"/><_content>c</_content></r>'
    assert xml_to_data(body, 200) == {
        "e": {"row": ["a", "b", ""], "n": ["1", "2"], "_content": "text"},
        "x": ["", {"k": "v"}],
        "_content": "t",
    }
    assert repr(xml_to_data(body, 200)) == repr(reference(body))


# A few names, so that siblings repeat and collide with attribute names and with "_content".
NAMES = st.sampled_from(["a", "b", "row", "_content"])
TEXT = st.sampled_from(["", " ", "x", " y ", "\n  z\n"])


@st.composite
def trees(draw: st.DrawFn, depth: int = 0) -> etree._Element:
    element = etree.Element(draw(NAMES))
    for name in draw(st.lists(NAMES, max_size=3, unique=True)):
        element.set(name, draw(TEXT))
    element.text = draw(TEXT) or None
    if depth < 3:
        for child in draw(st.lists(trees(depth + 1), max_size=4)):
            child.tail = draw(TEXT) or None
            element.append(child)
    return element


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(trees())
def test_the_linear_reader_gives_the_old_tree_for_any_document(root: etree._Element) -> None:
    body = etree.tostring(root)
    new, old = xml_to_data(body, 200), reference(body)
    assert new == old
    assert repr(new) == repr(old)  # the same key order, and lists where the old reader made lists
