"""Plain XML answers read without building a tree: the fast path of the generated readers (``_scan``).

Carriers write their answers in one plain form: an optional XML declaration, elements without
attributes in the documented order, text without entities, perhaps indentation. In that form one
regular expression per record reads every value in C, and a 1000-record answer reads in ~1.3x the
time lxml takes only to build its tree (the tree's readers take ~4x: every element visited is a
Python object).

The scan reads only that form, strictly: an attribute, a comment, an entity, CDATA, a character XML
forbids or a CR, an element out of its place or unknown, a required value empty, anything a reader
would refuse: the generated reader raises ``Declined``, and the answer goes to the hardened parser
and the tree's readers, which decide (and word any error). So the scan never accepts what the parser
would refuse, nor reads a value otherwise; a differential test holds it to that.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Final, NoReturn, TypeVar

from ._deadline import check_deadline
from ._exceptions import MalformedResponseError

_R = TypeVar("_R")

#: Answers up to this size are scanned; larger ones go to the parser, which reads them in pieces.
#: A regular expression holds the GIL for its whole run and checks no deadline: the lists of records,
#: the bulk of a large answer, are read ``_PIECE`` at a time, the deadline checked between pieces, and
#: no other run of a pattern can take more than this size (~80 ms at the ~100 MB/s patterns read).
SCAN_LIMIT: Final = 8 * 1024 * 1024
#: How much of a list of records one run of its pattern reads (a few ms).
_PIECE: Final = 256 * 1024

# The patterns' repeats are possessive (``*+``, ``?+``): what one takes, no later part of the form could
# (blanks end before "<", text before "<", an element's tag is its own), so giving back never helps, and
# not keeping the places to give back at makes the patterns ~1.5x faster.
# XML's whitespace but CR (which a parser would normalise: CR goes to the parser).
_WS: Final = "[ \t\n]*+"
# An element's text: no markup, no entity, none of the characters XML forbids, no CR.
_PLAIN: Final = "[^<&\x00-\x08\x0b\x0c\x0e-\x1f\r\ufffe\uffff]*+"
_TEXT: Final = f"({_PLAIN})"
# What may stand before the document element: an XML declaration as carriers write it, blanks.
_HEAD: Final = re.compile(
    "(?:<\\?xml version=([\"'])1\\.0\\1(?: encoding=([\"'])[Uu][Tt][Ff]-8\\2)?"
    "(?: standalone=([\"'])(?:yes|no)\\3)? ?\\?>)?" + _WS
)
_BLANK: Final = re.compile(_WS)
# What is left of a list's content from a character no item starts with.
_STRAY: Final = "[^ \t\n][\\s\\S]*+"
# Element names in ASCII and of a sane length (XML allows more, which the parser reads, and refuses
# names past 50,000 characters).
_NAME_CHARS: Final = "[A-Za-z_][A-Za-z0-9_.-]{0,999}+"
_NAME: Final = re.compile(_NAME_CHARS)


class Declined(Exception):
    """The answer is not in the plain form: the parser reads it instead."""


def declined() -> NoReturn:
    """Raise ``Declined`` (from inside an expression)."""
    raise Declined


def element(tag: str) -> str:
    """The pattern of a required element holding text: one group, its text (None or "" for ``<tag/>``)."""
    tag = re.escape(tag)
    return f"{_WS}<{tag}(?:>{_TEXT}</{tag}>|/>)"


def optional(tag: str) -> str:
    """The pattern of an optional element holding text: two groups, "<" when it is there, and its text.

    (An absent group is None to ``match``, "" to ``findall``: either is false.)
    """
    tag = re.escape(tag)
    return f"(?:{_WS}(<){tag}(?:>{_TEXT}</{tag}>|/>))?+"


def others(known: tuple[str, ...], index: int) -> str:
    """The pattern of any elements not named in ``known``, each holding text (the tree's readers ignore
    them): one group. ``index`` names the group, unique within a pattern (its end tag refers to it)."""
    name = f"o{index}"
    refused = "|".join(map(re.escape, known))
    return f"(?:{_WS}<(?!(?:{refused})[>/])(?P<{name}>{_NAME_CHARS})(?:>{_PLAIN}</(?P={name})>|/>))*+"


def opening(tag: str) -> str:
    """The pattern of an element's start tag (of a record or list: its end is found, then its content read)."""
    return f"{_WS}<{re.escape(tag)}>"


def blank() -> str:
    """The pattern of what may close a record's content: blanks."""
    return _WS


def items(tag: str, content: str) -> str:
    """The pattern of one item of a list (``<tag>content</tag>``) or, as a last group, what is left.

    ``findall`` over a list's content gives each item's groups; anything else but blanks between items
    (taken to the end at once, as one last match) makes the content something else: the reader declines.
    """
    tag = re.escape(tag)
    return f"{_WS}(?:<{tag}>{content}{_WS}</{tag}>|({_STRAY}))"


def text_items(tag: str) -> str:
    """``items`` for a list of values: each item's text, and the group of what is left."""
    tag = re.escape(tag)
    return f"{_WS}(?:<{tag}(?:>{_TEXT}</{tag}>|/>)|({_STRAY}))"


#: A flat record's text fields in their documented order: (tag, required) each.
Layout = tuple[tuple[str, bool], ...]

# A start tag (or an empty element's): the names of a record's elements, in the order it writes them.
_START_TAG: Final = re.compile(f"<({_NAME_CHARS})[>/]")


def flat_items(
    documented: re.Pattern[str], tag: str, layout: Layout, text: str, start: int, end: int
) -> Iterator[tuple[str, ...]]:
    """Each ``<tag>`` item's groups, as ``documented`` (``items`` over the layout's ``others``/``optional``
    runs) gives them, from the list's content ``text[start:end]``.

    Carriers write every item of a list in one order, not always the documented one, and other elements
    amid. So the order the first item writes is learned: one pattern of exactly those elements, each
    optional, reads every item, and its groups are put in the documented pattern's places (each
    ``others`` group, and every field the first item left out, read as ""). From an item it does not
    read on, ``documented`` reads the list, and declines what it cannot read either.
    A long list is read a piece at a time, the call's deadline checked between pieces.
    """
    # Items pass from the patterns' lists to the reader in C: this module's code runs once a piece.
    return itertools.chain.from_iterable(_pieces(documented, tag, layout, text, start, end))


def _pieces(
    documented: re.Pattern[str], tag: str, layout: Layout, text: str, start: int, end: int
) -> Iterator[Iterable[tuple[str, ...]]]:
    """``flat_items``' items, a piece of the list at a time."""
    learned = _learned(tag, layout, _first_order(text, tag, start, end))
    pattern, reorder = learned if learned is not None else (documented, None)
    closing = f"</{tag}>"
    while start < end:
        # A piece ends after an item's end tag: in the plain form, where no item holds an element of
        # its own name, pieces of whole items read as the whole list does (else a piece declines).
        cut = text.find(closing, start + _PIECE, end) if end - start > 2 * _PIECE else -1
        cut = end if cut < 0 else cut + len(closing)
        found = pattern.findall(text, start, cut)
        if pattern is not documented and found and found[-1][-1]:
            # An item the learned order does not read (a field the first item left out, say): the
            # documented pattern reads on from it, and declines it if it cannot either.
            yield found[:-1] if reorder is None else map(reorder, found[:-1])
            pattern, reorder = documented, None
            start = cut - len(found[-1][-1])
            continue
        yield found if reorder is None else map(reorder, found)
        check_deadline()
        start = cut


def _first_order(text: str, tag: str, start: int, end: int) -> tuple[str, ...]:
    """The element names of the list's first item, in its order (none when there is no item)."""
    opening = text.find(f"<{tag}>", start, end)
    closing = text.find(f"</{tag}>", opening, end) if opening >= 0 else -1
    return tuple(_START_TAG.findall(text, opening + len(tag) + 2, closing)) if closing >= 0 else ()


#: What puts a learned pattern's groups in the documented places (None: they are in them).
_Reorder = Callable[[tuple[str, ...]], tuple[str, ...]] | None


@functools.lru_cache(maxsize=64)  # a carrier writes a list's items in the same order every time
def _learned(tag: str, layout: Layout, order: tuple[str, ...]) -> tuple[re.Pattern[str], _Reorder] | None:
    """The pattern of an item in ``order`` and what puts its groups in the documented places; None when
    the order cannot be learned (no item, a name twice, the item's own tag inside, a required field left
    out): the documented pattern reads the list (and declines what it must)."""
    required = dict(layout)
    if not order or len(set(order)) != len(order) or tag in order:
        return None
    if any(needed and name not in order for name, needed in layout):
        return None
    known = [name for name in order if name in required]
    if known == [name for name, _ in layout if name in order]:
        return re.compile(items(tag, _in_place(layout, order))), None
    parts: list[str] = []
    places: dict[str, tuple[int, ...]] = {}  # each field's groups in the learned pattern
    group = 0
    for name in order:
        if name not in required:
            parts.append(_other(name))
        elif required[name]:
            parts.append(element(name))
            places[name] = (group,)
            group += 1
        else:
            parts.append(optional(name))
            places[name] = (group, group + 1)
            group += 2
    empty, stray = group, group + 1  # an empty group (always ""), then items' group of what is left
    indices: list[int] = []
    for name, needed in layout:
        indices += [empty, *places.get(name, (empty,) if needed else (empty, empty))]
    indices += [empty, stray]
    return re.compile(items(tag, "".join(parts) + "()")), operator.itemgetter(*indices)


def _in_place(layout: Layout, order: tuple[str, ...]) -> str:
    """An item's content in ``order``, its known fields in the documented order: a pattern whose groups
    are the documented pattern's, in its places (empty groups for ``others`` and the fields left out),
    so no tuple is rebuilt per item."""
    required = dict(layout)
    parts: list[str] = []
    pending = iter(layout)  # the documented fields not yet placed

    def place_up_to(name: str | None) -> None:
        for documented, needed in pending:
            parts.append("()")  # the documented pattern's others group before the field
            if documented == name:
                parts.append(element(name) if needed else optional(name))
                return
            parts.append("()" if needed else "()()")  # a field the item leaves out (never a required one)

    for name in order:
        if name in required:
            place_up_to(name)
        else:
            parts.append(_other(name))
    place_up_to(None)
    return "".join(parts) + "()"  # the last others group


def _other(tag: str) -> str:
    """The pattern of an element holding text, there or not, that no field reads (no group)."""
    tag = re.escape(tag)
    return f"(?:{_WS}<{tag}(?:>{_PLAIN}</{tag}>|/>))?+"


def close(text: str, tag: str, start: int, end: int) -> int:
    """Where ``</tag>`` starts, the end of the content that began at ``start`` (the first one found: a
    nested element of the same name makes the content read short, and its reader declines)."""
    found = text.find(f"</{tag}>", start, end)
    if found < 0:
        raise Declined
    return found


def after(found: int, tag: str) -> int:
    """Where the content after ``</tag>`` starts, ``found`` being where the end tag starts."""
    return found + len(tag) + 3


def record_spans(text: str, tag: str, start: int, end: int) -> list[tuple[int, int]]:
    """The content spans of each ``<tag>`` item of a list whose content is ``text[start:end]``."""
    spans = []
    opening, closing = f"<{tag}>", f"</{tag}>"
    at = _BLANK.match(text, start, end).end()  # type: ignore[union-attr]  # (blanks match, if empty)
    while at < end:
        if not text.startswith(opening, at, end):
            raise Declined
        content = at + len(opening)
        found = text.find(closing, content, end)
        if found < 0:
            raise Declined
        spans.append((content, found))
        at = _BLANK.match(text, found + len(closing), end).end()  # type: ignore[union-attr]
    return spans


def rest_is_blank(text: str, start: int, end: int) -> None:
    """Decline unless ``text[start:end]`` is blanks."""
    if _BLANK.fullmatch(text, start, end) is None:
        raise Declined


def scan_document(body: bytes, root: str | None, read: Callable[[str, int, int], _R]) -> _R | None:
    """``read`` over the content of the document element ``<root>`` (None: whatever its name); None when
    the parser must read it.

    ``read`` raises ``Declined`` for any content outside the plain form; the readers of values it calls
    may raise ``MalformedResponseError``, which declines too (the parser's readers word the error).
    """
    text = _text_of(body)
    if text is None:
        return None
    head = _HEAD.match(text)
    if head is not None and root is None:
        named = _NAME.match(text, head.end() + 1)
        root = named[0] if named is not None else ""
    opening = f"<{root}>"
    if head is None or not root or not text.startswith(opening, head.end()) or _has_cdata_end(text):
        return None
    end = text.rfind(f"</{root}>")
    if end < 0 or _BLANK.fullmatch(text, end + len(root) + 3) is None:
        return None
    return _read_between(read, text, head.end() + len(opening), end)


def _has_cdata_end(text: str) -> bool:
    """True when "]]>" is in ``text`` (text may not hold it: the parser refuses it)."""
    # Looking for "]" alone is a memchr, ~50x faster than for "]]>" in text full of ">".
    return "]" in text and "]]>" in text


def _text_of(body: bytes) -> str | None:
    """The answer as text, or None when it is too large to scan or not UTF-8 (the parser decides)."""
    if len(body) > SCAN_LIMIT:
        return None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _read_between(read: Callable[[str, int, int], _R], text: str, start: int, end: int) -> _R | None:
    """``read`` over ``text[start:end]``; None when it declines or a value's reader refuses."""
    check_deadline()
    try:
        return read(text, start, end)
    except (Declined, MalformedResponseError):
        return None


# Not _soap.SOAP_ENV: this module ships with XML carriers too, and _soap imports lxml.
_SOAP_ENV: Final = "http://schemas.xmlsoap.org/soap/envelope/"
# A SOAP 1.1 Envelope's start tag as services write it: a prefix, then namespace declarations only.
_ENVELOPE: Final = re.compile(f'<({_NAME_CHARS}):Envelope((?: xmlns:{_NAME_CHARS}="[!#-%\'-;=?-~]+")+)>')
_DECLARATION: Final = re.compile(f' xmlns:({_NAME_CHARS})="([^"]*)"')


def scan_soap(body: bytes, response: str, namespace: str, read: Callable[[str, int, int], _R]) -> _R | None:
    """``read`` over the content of a SOAP 1.1 answer's one Body element ``<response xmlns="namespace">``;
    None when the parser must read it.

    Only that form: the Envelope declaring its prefix (and other prefixes, each once), a Body and nothing
    else in it, the response element declaring its namespace as the default one, and no namespace
    declared below it (so every unprefixed element the scanners name is in it).
    """
    text = _text_of(body)
    if text is None:
        return None
    head = _HEAD.match(text)
    envelope = _ENVELOPE.match(text, head.end()) if head is not None else None
    if envelope is None or _has_cdata_end(text) or not _declared_once(envelope[2], envelope[1]):
        return None
    opening, closing = _body_forms(envelope[1], response, namespace)
    start = opening.match(text, envelope.end())
    end = text.rfind(f"</{response}>")
    if start is None or end < start.end():
        return None
    if closing.fullmatch(text, end) is None or text.find("xmlns", start.end(), end) >= 0:
        return None
    return _read_between(read, text, start.end(), end)


@functools.lru_cache(maxsize=64)
def _body_forms(prefix: str, response: str, namespace: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What must come before the response element's content (the Body and its start tag), and after it."""
    response = re.escape(response)
    opening = re.compile(f'{_WS}<{prefix}:Body>{_WS}<{response} xmlns="{re.escape(namespace)}">')
    return opening, re.compile(f"</{response}>{_WS}</{prefix}:Body>{_WS}</{prefix}:Envelope>{_WS}")


@functools.lru_cache(maxsize=64)  # a service writes the same Envelope start tag every time
def _declared_once(attributes: str, prefix: str) -> bool:
    """The Envelope's declarations: each prefix once, none reserved or empty, its own bound to SOAP 1.1's."""
    declared: list[tuple[str, str]] = _DECLARATION.findall(attributes)
    names = [name for name, _ in declared]
    if len(set(names)) != len(names) or any(name.lower().startswith("xml") for name in names):
        return False
    return dict(declared).get(prefix) == _SOAP_ENV
