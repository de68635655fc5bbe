"""PHP SoapServer's answers read without building an XML tree: the fast path of ``rpc_data``.

PHP writes every answer the same way: one Envelope declaring every namespace, no whitespace, each
associative array an Apache ``Map`` of ``<item><key/><value/></item>``, lists SOAP-ENC Arrays. In
that exact form one regular-expression pass tokenises the answer in C, and most items (a string key
and a string value) arrive whole as a (key, value) pair; a tree costs 5-10x more to build and walk.

The scan reads only that form, strictly: any other spelling, prefix, entity, character or nesting
returns None and the answer goes to the hardened parser, which decides (and words any error). So
the scan never accepts what the parser would refuse; a differential test holds it to that.
"""

from __future__ import annotations

import re
from typing import Any, Final

from ._deadline import check_deadline
from ._request import MAX_RESPONSE_BYTES
from ._rpc import APACHE_SOAP, BOOLEANS, INTEGER_TYPES, MAX_DEPTH, SOAP_ENC, SOAP_ENV, TEXT_TYPES, XSD, XSI
from ._xmlio import PARSE_PIECE

# Characters XML forbids, and CR (which a parser would normalise): their answers go to the parser.
_FORBIDDEN: Final = r"\x00-\x08\x0b\x0c\x0e-\x1f\r\ufffe\uffff"
# Attribute values on the Envelope: printable ASCII but for quotes, "<", ">" and "&" (PHP's namespace URIs).
_HEAD: Final = re.compile(
    r'<\?xml version="1\.0" encoding="UTF-8"\?>\n?<SOAP-ENV:Envelope((?: [\w:.-]+="[!#-%\'-;=?-~]*")+)>'
    r'<SOAP-ENV:Body><([\w.-]+):([\w.-]+)Response><return xsi:type="ns2:Map">'
)
_ATTRIBUTE: Final = re.compile(r' ([\w:.-]+)="([^"]*)"')
_NEEDED: Final = {"xmlns:SOAP-ENV": SOAP_ENV, "xmlns:xsi": XSI, "xmlns:xsd": XSD, "xmlns:ns2": APACHE_SOAP}
# A plain item, whole; else one tag and the text after it; else a character outside PHP's form.
_TOKEN: Final = re.compile(
    rf'<item><key xsi:type="xsd:string">([^<&{_FORBIDDEN}]*)</key>'
    rf'<value xsi:type="xsd:string">([^<&{_FORBIDDEN}]*)</value></item>'
    rf"|(<[^<>&\x00-\x1f]+>)([^<{_FORBIDDEN}]*)"
    r"|([\s\S])"
)
_VALUE_TAG: Final = re.compile(
    r'<(value|item)( SOAP-ENC:arrayType="[\w:]+\[[0-9]*\]")? xsi:(type|nil)="([\w:-]+)"(/?)>'
)
_RECORD: Final = '<item xsi:type="ns2:Map">'  # a Map in an Array
_KEY_TAG: Final = re.compile(r'<key xsi:type="xsd:([\w]+)">')
_ENTITIES: Final = re.compile(r"(?:[^&]|&(?:amp|lt|gt|quot|apos);)*")
_UNESCAPE: Final = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&"))


# Where the scan is, between tags.
_ITEM_OR_CLOSE, _KEY, _KEY_END, _VALUE, _SCALAR_END, _ITEM_END, _ARRAY_NEXT = range(7)


class _NotPhpForm(Exception):
    """The answer is not in PHP's exact form: the parser reads it instead."""


def scan_map_answer(body: bytes, operation: str) -> dict[str, Any] | None:
    """The answer's return Map as the JSON form's dict, or None when only the parser may read it."""
    if len(body) > MAX_RESPONSE_BYTES:
        return None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    head = _HEAD.match(text)
    if head is None or head[3] != operation or "]]>" in text:
        return None
    prefix = head[2]
    tail = f"</return></{prefix}:{operation}Response></SOAP-ENV:Body></SOAP-ENV:Envelope>"
    end = len(text) - 1 if text.endswith("\n") else len(text)
    if not text.endswith(tail, 0, end) or not _declarations_fit(head[1], prefix, text):
        return None
    try:
        return _Scan(arrays="xmlns:SOAP-ENC" in head[1]).run(text, head.end(), end - len(tail))
    except _NotPhpForm:
        return None


def _declarations_fit(attributes: str, prefix: str, text: str) -> bool:
    """The Envelope binds the prefixes the scan spells out, and no element below declares any."""
    found: list[tuple[str, str]] = _ATTRIBUTE.findall(attributes)
    declared = dict(found)
    if len(declared) != len(found) or any(declared.get(name) != uri for name, uri in _NEEDED.items()):
        return False
    if declared.get("xmlns:SOAP-ENC", SOAP_ENC) != SOAP_ENC or f"xmlns:{prefix}" not in declared:
        return False
    prefixes = {name.partition(":")[0] for name in declared if ":" in name} - {"xmlns"}
    if any(f"xmlns:{used}" not in declared for used in prefixes):
        return False
    declarations = sum(name.startswith("xmlns") for name in declared)
    return text.count("xmlns") == declarations


def _unescaped(value: str) -> str:
    if "&" not in value:
        return value
    if _ENTITIES.fullmatch(value) is None:
        raise _NotPhpForm  # a character reference or a stray "&": the parser decides
    for entity, character in _UNESCAPE:
        value = value.replace(entity, character)
    return value


def _scalar(kind: str, text: str) -> Any:
    """A typed value as ``rpc.Decoder`` reads it (text stays text; integers and booleans convert)."""
    if kind in TEXT_TYPES:
        return text
    if kind in INTEGER_TYPES:
        try:
            return int(text.strip())
        except ValueError:
            raise _NotPhpForm from None
    if kind == "boolean" and text.strip() in BOOLEANS:
        return BOOLEANS[text.strip()]
    raise _NotPhpForm


class _Scan:
    """One pass over the tokens of an answer, a stack of the Maps and Arrays still open."""

    __slots__ = ("arrays", "closing", "key", "scalar", "stack", "state")

    def __init__(self, arrays: bool) -> None:
        self.arrays = arrays  # SOAP-ENC is declared, so Array tags mean what they say
        self.stack: list[tuple[Any, str]] = []  # (container, the tag that closes it)
        self.state = _ITEM_OR_CLOSE
        self.key = ""
        self.closing = ""  # the tag that ends the scalar being read
        self.scalar: Any = None

    def run(self, text: str, start: int, end: int) -> dict[str, Any]:
        root: dict[str, Any] = {}
        self.stack.append((root, ""))
        position = start
        while position < end:
            # Pieces end after an </item>, which no token spans; the deadline is checked between them.
            cut = text.find("</item>", position + PARSE_PIECE, end)
            stop = end if cut < 0 else cut + len("</item>")
            self._tokens(_TOKEN.findall(text, position, stop))
            position = stop
            check_deadline()
        if self.state != _ITEM_OR_CLOSE or len(self.stack) != 1:
            raise _NotPhpForm
        return root

    def _tokens(self, tokens: list[tuple[str, str, str, str, str]]) -> None:
        # A plain item may come only where a Map expects its next item; None elsewhere.
        items: dict[str, Any] | None = self._open_map()
        for key, value, tag, after, stray in tokens:
            if tag:
                self._tag(tag, after)
                items = self._open_map()
            elif items is None or stray:
                raise _NotPhpForm
            else:
                items[key] = value  # the hot path: a plain item, no entity in it

    def _open_map(self) -> dict[str, Any] | None:
        container = self.stack[-1][0]
        return container if self.state == _ITEM_OR_CLOSE and type(container) is dict else None

    def _tag(self, tag: str, after: str) -> None:
        state = self.state
        if state == _ARRAY_NEXT and tag == _RECORD and not after and len(self.stack) < MAX_DEPTH:
            record: dict[str, Any] = {}  # a list of records: the common case first
            self.stack[-1][0].append(record)
            self.stack.append((record, "</item>"))
            self.state = _ITEM_OR_CLOSE
        elif state == _ITEM_OR_CLOSE and tag == "<item>" and not after:
            self.state = _KEY
        elif state == _KEY:
            kind = _KEY_TAG.fullmatch(tag)
            if kind is None:
                raise _NotPhpForm
            found = _scalar(kind[1], _unescaped(after))
            if type(found) is bool:
                raise _NotPhpForm
            self.key, self.state = str(found), _KEY_END
        elif state == _KEY_END and tag == "</key>" and not after:
            self.state = _VALUE
        elif state in (_VALUE, _ARRAY_NEXT) and tag.startswith("<value" if state == _VALUE else "<item"):
            self._open(tag, after)
        elif state == _SCALAR_END and tag == self.closing and not after:
            self._put(self.scalar)
        elif state == _ITEM_END and tag == "</item>" and not after:
            self.state = _ITEM_OR_CLOSE
        elif state in (_ITEM_OR_CLOSE, _ARRAY_NEXT) and tag == self.stack[-1][1] and not after:
            self.stack.pop()
            self._after_value()
        else:
            raise _NotPhpForm

    def _open(self, tag: str, after: str) -> None:
        """A value's start tag: a scalar (its text follows), nil, or a Map or Array opening."""
        found = _VALUE_TAG.fullmatch(tag)
        if found is None:
            raise _NotPhpForm
        name, array_type, attribute, kind, empty = found.groups()
        array = kind == "SOAP-ENC:Array"
        if (array_type is not None) != array:  # PHP gives every Array its arrayType, nothing else
            raise _NotPhpForm
        if attribute == "nil":
            if kind != "true" or not empty or after:
                raise _NotPhpForm
            self._put(None)
        elif kind in ("ns2:Map", "SOAP-ENC:Array"):
            if after or (array and not self.arrays):
                raise _NotPhpForm
            container: Any = [] if array else {}
            if empty:
                self._put(container)
            elif len(self.stack) >= MAX_DEPTH:
                raise _NotPhpForm
            else:
                self._place(container)
                self.stack.append((container, f"</{name}>"))
                self.state = _ARRAY_NEXT if array else _ITEM_OR_CLOSE
        elif kind.startswith("xsd:"):
            self.scalar = _scalar(kind[4:], "" if empty else _unescaped(after))
            if empty:
                if after:
                    raise _NotPhpForm
                self._put(self.scalar)
            else:
                self.closing, self.state = f"</{name}>", _SCALAR_END
        else:
            raise _NotPhpForm

    def _place(self, value: Any) -> None:
        container = self.stack[-1][0]
        if type(container) is dict:
            container[self.key] = value
        else:
            container.append(value)

    def _put(self, value: Any) -> None:
        """A whole value read: placed in its container; the scan moves past it."""
        self._place(value)
        self._after_value()

    def _after_value(self) -> None:
        self.state = _ITEM_END if type(self.stack[-1][0]) is dict else _ARRAY_NEXT
