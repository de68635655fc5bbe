"""PHP SoapServer's answers read without building an XML tree: the fast path of ``rpc_data``.

PHP writes every answer the same way: one Envelope declaring every namespace, no whitespace, each
associative array an Apache ``Map`` of ``<item><key/><value/></item>``, lists SOAP-ENC Arrays. In
that exact form the answer is rewritten into JSON text and msgspec decodes it in C. Three
replacements, each one C pass over the text, turn the markup between two plain items (a string key
and a string value) into JSON's ``":"``, ``","`` and, between two records of a list, ``"},{"``; what
markup is left (a few tags per list or nested Map, not per item) goes through a small state machine
that writes its JSON. A tree costs 5-10x more to build and walk, a tokenising pattern 3x more.

The scan reads only that form, strictly: any other spelling, prefix, namespace URI, entity,
character, nesting or size past libxml2's limits returns None and the answer goes to the hardened
parser, which decides (and words any error). The markers the replacements write are ``\\x01``,
which XML forbids in text and the scan declines anywhere, so they cannot be forged (what follows
the last marker of a run is known by it alone); a run of them is copied as it is, and msgspec's
JSON grammar checks what the state machine does not see (a run is valid JSON only where PHP's items
would be). So the scan never accepts what the parser would refuse, nor reads an answer otherwise;
differential tests hold it to that. It raises nothing but the call's deadline (``httpx.ReadTimeout``,
checked between pieces).
"""

from __future__ import annotations

import re
from typing import Any, Final

import msgspec

from ._deadline import check_deadline
from ._request import MAX_RESPONSE_BYTES
from ._rpc import APACHE_SOAP, BOOLEANS, INTEGER_TYPES, MAX_DEPTH, SOAP_ENC, SOAP_ENV, TEXT_TYPES, XSD, XSI
from ._xmlio import PARSE_PIECE

# The Envelope as PHP writes it, and nothing looser: namespace declarations whose prefixes are plain
# ASCII names and whose URIs are plain ASCII "scheme:rest" (libxml2 judges anything else, and its
# rules change between versions), then the encoding style. Long enough for any real URI, no longer.
_PREFIX: Final = r"[A-Za-z_][A-Za-z0-9_.-]{0,63}"
_URI: Final = r"[a-z][a-z0-9+.-]{0,31}:[A-Za-z0-9._~/-]{0,2000}"
_HEAD: Final = re.compile(
    rf'<\?xml version="1\.0" encoding="UTF-8"\?>\n?<SOAP-ENV:Envelope((?: xmlns:{_PREFIX}="{_URI}")+)'
    rf'(?: SOAP-ENV:encodingStyle="{re.escape(SOAP_ENC)}")?>'
    rf'<SOAP-ENV:Body><({_PREFIX}):([A-Za-z0-9_.-]+)Response><return xsi:type="ns2:Map">'
)
_DECLARATION: Final = re.compile(r' xmlns:([^=]+)="([^"]*)"')
_NEEDED: Final = {"SOAP-ENV": SOAP_ENV, "xsi": XSI, "xsd": XSD, "ns2": APACHE_SOAP}
# Prefixes and URIs XML reserves: binding them is an error, or at best not PHP.
_RESERVED_PREFIXES: Final = frozenset({"xml", "xmlns"})
_RESERVED_URIS: Final = frozenset({"http://www.w3.org/XML/1998/namespace", "http://www.w3.org/2000/xmlns"})
# libxml2 refuses a text node over 10,000,000 bytes (lxml without huge_tree); a stretch of text under
# a quarter of that in characters holds less, whatever its characters and escapes.
_LONG_TEXT: Final = 2_500_000
# Characters the scan leaves to the parser: CR (which a parser would normalise), the markers, the
# noncharacters XML forbids and msgspec would take. Other control characters msgspec refuses itself.
_DECLINED: Final = ("\r", "\x01", "\ufffe", "\uffff")

_MARK: Final = "\x01"  # JSON's quote, until the end: a quote in text is escaped on the way
_COLON: Final = '</key><value xsi:type="xsd:string">'
_COMMA: Final = '</value></item><item><key xsi:type="xsd:string">'
_RECORD: Final = '</value></item></item><item xsi:type="ns2:Map"><item><key xsi:type="xsd:string">'
_STRING_KEY: Final = 'key xsi:type="xsd:string"'
# What each marker stands for, tag by tag (the state machine walks a run's first marker).
_MARKED: Final = {
    ":": ("/key", 'value xsi:type="xsd:string"'),
    ",": ("/value", "/item", "item", _STRING_KEY),
    "}": ("/value", "/item", "/item", 'item xsi:type="ns2:Map"', "item", _STRING_KEY),
}
_MARKERS: Final = ((_COLON, "\x01:\x01"), (_COMMA, "\x01,\x01"), (_RECORD, "\x01},{\x01"))
# Text to JSON: backslashes first (the entities' escapes add some); the entities as escapes, so
# that an "&" left after them is one the parser must judge (a character reference, a stray "&").
_ESCAPES: Final = (("\\", "\\\\"), ("\n", "\\n"), ("\t", "\\t"))
_ENTITIES: Final = (
    ("&lt;", "\\u003c"),
    ("&gt;", "\\u003e"),  # not ">": a "]]>" left in text is one XML refuses
    ("&quot;", "\\u0022"),
    ("&apos;", "'"),
    ("&amp;", "\\u0026"),
)
_TO_QUOTE: Final = bytes.maketrans(_MARK.encode(), b'"')

_VALUE_TAG: Final = re.compile(r'(value|item)( SOAP-ENC:arrayType="[\w:-]+\[[0-9]*\]")? xsi:(type|nil)="([\w:-]+)"(/?)')
_KEY_TAG: Final = re.compile(r'key xsi:type="xsd:(\w+)"')

# Where the scan is, between tags.
_ITEM_OR_CLOSE, _KEY, _KEY_END, _VALUE, _SCALAR_END, _ITEM_END, _ARRAY_NEXT = range(7)


class _NotPhpForm(Exception):
    """The answer is not in PHP's exact form: the parser reads it instead."""


def map_data(json: bytes | None) -> dict[str, Any] | None:
    """What ``map_answer_json`` wrote, decoded; None when it declined or wrote what JSON refuses."""
    if json is None:
        return None
    try:
        found = msgspec.json.decode(json)
    except msgspec.DecodeError:
        return None
    return found if type(found) is dict else None


def map_answer_json(body: bytes, operation: str) -> bytes | None:
    """The answer's return Map as JSON text, or None when only the parser may read it.

    The text is valid JSON only if the answer is in PHP's form: whoever decodes it treats a decode
    error as a decline.
    """
    if len(body) > MAX_RESPONSE_BYTES:
        return None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    head = _HEAD.match(text)
    if head is None or head[3] != operation or any(found in text for found in _DECLINED):
        return None
    prefix = head[2]
    tail = f"</return></{prefix}:{operation}Response></SOAP-ENV:Body></SOAP-ENV:Envelope>"
    end = len(text) - 1 if text.endswith("\n") else len(text)
    if not text.endswith(tail, 0, end) or not _declarations_fit(head[1], prefix):
        return None
    try:
        return _Scan(arrays=" xmlns:SOAP-ENC=" in head[1]).run(text, head.end(), end - len(tail))
    except _NotPhpForm:
        return None


def _declarations_fit(declarations: str, prefix: str) -> bool:
    """The Envelope binds the prefixes the scan spells out, once each, to their URIs (and no element below
    declares any: the scan matches every tag it keeps whole, and marks only PHP's)."""
    found: list[tuple[str, str]] = _DECLARATION.findall(declarations)
    declared = dict(found)
    if len(declared) != len(found) or any(declared.get(name) != uri for name, uri in _NEEDED.items()):
        return False
    if declared.get("SOAP-ENC", SOAP_ENC) != SOAP_ENC or prefix not in declared:
        return False
    # (Either spelling of a reserved URI, with a trailing slash or without: declining one more costs nothing.)
    return not (_RESERVED_PREFIXES & declared.keys() or _RESERVED_URIS & {uri.rstrip("/") for uri in declared.values()})


def _as_json(piece: str) -> str:
    """A stretch of the answer with its text escaped for JSON and its plain items marked."""
    for old, new in _ESCAPES:
        if old in piece:
            piece = piece.replace(old, new)
    if "&" in piece:
        for old, new in _ENTITIES:
            piece = piece.replace(old, new)
        if "&" in piece:
            raise _NotPhpForm
    for old, new in _MARKERS:
        piece = piece.replace(old, new)
    return piece


def _scalar(kind: str, text: str) -> str:
    """A typed value's JSON, as ``rpc.Decoder`` reads it (text stays text; integers and booleans convert)."""
    if kind in TEXT_TYPES:
        return f"{_MARK}{text}{_MARK}"  # msgspec refuses a control character XML refuses
    if not text.isprintable():
        raise _NotPhpForm  # "\x0b5" strips to "5", and nothing would be left for msgspec to refuse
    if kind in INTEGER_TYPES:
        try:
            return str(int(text.strip()))
        except ValueError:
            raise _NotPhpForm from None
    if kind == "boolean" and text.strip() in BOOLEANS:
        return "true" if BOOLEANS[text.strip()] else "false"
    raise _NotPhpForm


class _Scan:
    """One pass over the tags an answer keeps once marked, writing its JSON; a stack of open containers."""

    __slots__ = ("arrays", "closing", "open_string", "out", "stack", "state")

    def __init__(self, arrays: bool) -> None:
        self.arrays = arrays  # SOAP-ENC is declared, so Array tags mean what they say
        # Per open container: [the tag that closes it, whether it is a Map, whether it holds a member yet].
        self.stack: list[list[Any]] = []
        self.state = _ITEM_OR_CLOSE
        self.closing = ""  # the tag that ends the scalar being read
        self.open_string = False  # that scalar is text, its JSON string still open
        self.out: list[str] = []

    def run(self, text: str, start: int, end: int) -> bytes:
        """The JSON text of the return Map held in ``text[start:end]``."""
        self.stack.append([None, True, False])  # the return Map, closed by the Envelope's tail
        self.out.append("{")
        position = start
        while position < end:
            # Pieces end after an </item>, so before a tag; the deadline is checked between them.
            cut = text.find("</item>", position + PARSE_PIECE, end)
            stop = end if cut < 0 else cut + len("</item>")
            pieces = _as_json(text[position:stop]).split("<")
            if pieces[0]:
                raise _NotPhpForm  # text where a tag must be
            for piece in pieces[1:]:
                tag, closed, rest = piece.partition(">")
                if not closed:
                    raise _NotPhpForm
                if '"' in rest:
                    rest = rest.replace('"', '\\"')
                if "]]>" in rest or len(rest) > _LONG_TEXT:
                    raise _NotPhpForm  # XML refuses the one in text, libxml2 the other
                if _MARK in rest:
                    self._run(tag, rest)
                else:
                    self._tag(tag, rest)
            position = stop
            check_deadline()
        if self.state != _ITEM_OR_CLOSE or len(self.stack) != 1:
            raise _NotPhpForm
        self.out.append("}")
        return "".join(self.out).encode().translate(_TO_QUOTE)  # (bytes translate: a table in C)

    def _run(self, tag: str, rest: str) -> None:
        """A tag whose text runs into marked items: its own text, the first marker's tags, then the run as it is."""
        first = rest.index(_MARK)
        self._tag(tag, rest[:first])
        marker = rest[first + 1]
        for implied in _MARKED[marker]:
            self._tag(implied, "")
        # Inside the run, JSON's grammar holds the items to their order; it ends in a key's or a value's text.
        after = first + (3 if marker != "}" else 5)
        self.out.append(rest[after:])
        last = rest.rfind(_MARK, after)
        if last >= 0:
            if rest[last - 1] == ":":
                self.state, self.closing, self.open_string = _SCALAR_END, "/value", True
            else:
                self.state = _KEY_END

    def _member(self) -> None:
        """A comma before the open container's member, unless it is the first."""
        top = self.stack[-1]
        if top[2]:
            self.out.append(",")
        top[2] = True

    def _tag(self, tag: str, text: str) -> None:
        state = self.state
        if state == _ARRAY_NEXT and tag == 'item xsi:type="ns2:Map"' and not text and len(self.stack) < MAX_DEPTH:
            self._member()  # a list of records: the common case first
            self.out.append("{")
            self.stack.append(["/item", True, False])
            self.state = _ITEM_OR_CLOSE
        elif state == _ITEM_OR_CLOSE and tag == "item" and not text:
            self._member()
            self.state = _KEY
        elif state == _KEY:
            kind = _KEY_TAG.fullmatch(tag)
            if kind is None or kind[1] == "boolean":
                raise _NotPhpForm
            key = _scalar(kind[1], text)
            self.out.append(key[:-1] if key[0] == _MARK else f"{_MARK}{key}")  # left open: "</key>" closes it
            self.state = _KEY_END
        elif state == _KEY_END and tag == "/key" and not text:
            self.out.append(f"{_MARK}:")
            self.state = _VALUE
        elif state in (_VALUE, _ARRAY_NEXT) and tag.startswith("value" if state == _VALUE else "item"):
            self._open(tag, text)
        elif state == _SCALAR_END and tag == self.closing and not text:
            if self.open_string:
                self.out.append(_MARK)
            self._after_value()
        elif state == _ITEM_END and tag == "/item" and not text:
            self.state = _ITEM_OR_CLOSE
        elif state in (_ITEM_OR_CLOSE, _ARRAY_NEXT) and tag == self.stack[-1][0] and not text:
            self.out.append("}" if self.stack.pop()[1] else "]")
            self._after_value()
        else:
            raise _NotPhpForm

    def _open(self, tag: str, text: str) -> None:
        """A value's start tag: a scalar (its text follows), nil, or a Map or Array opening."""
        found = _VALUE_TAG.fullmatch(tag)
        if found is None:
            raise _NotPhpForm
        name, array_type, attribute, kind, empty = found.groups()
        array = kind == "SOAP-ENC:Array"
        if (array_type is not None) != array:  # PHP gives every Array its arrayType, nothing else
            raise _NotPhpForm
        if self.state == _ARRAY_NEXT:
            self._member()
        if attribute == "nil":
            if kind != "true" or not empty or text:
                raise _NotPhpForm
            self.out.append("null")
            self._after_value()
        elif kind in ("ns2:Map", "SOAP-ENC:Array"):
            if text or (array and not self.arrays) or len(self.stack) >= MAX_DEPTH:
                raise _NotPhpForm  # (an empty container counts as deep as a full one: the parser counts it)
            if empty:
                self.out.append("[]" if array else "{}")
                self._after_value()
            else:
                self.out.append("[" if array else "{")
                self.stack.append([f"/{name}", not array, False])
                self.state = _ARRAY_NEXT if array else _ITEM_OR_CLOSE
        elif kind.startswith("xsd:"):
            scalar = _scalar(kind[4:], text)
            if empty:
                if text:
                    raise _NotPhpForm
                self.out.append(scalar)
                self._after_value()
            else:
                self.open_string = scalar[0] == _MARK  # left open: a run of marked items may follow the text
                self.out.append(scalar[:-1] if self.open_string else scalar)
                self.closing, self.state = f"/{name}", _SCALAR_END
        else:
            raise _NotPhpForm

    def _after_value(self) -> None:
        self.state = _ITEM_END if self.stack[-1][1] else _ARRAY_NEXT
