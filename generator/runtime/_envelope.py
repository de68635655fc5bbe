"""Answers wrapped in an envelope that carries a status and messages (JSON or XML, one tree).

A successful answer is a ``Reply``; an error status raises the first error message's class with
the rest of the answer kept as ``payload``; notices on a success are ``CarrierWarning`` warnings.

Each answer is parsed once. The envelope's status and messages are read off the parsed form (the
XML root's children, the JSON object's members) in the XML form's terms, so both formats give the
same ones. Where the spec documents the payload's fields (``Typed``) it is a typed record, read
straight from that form by the generated reader of its format: the XML reader from the root
element, msgspec from the JSON members when it can, the tolerant JSON reader otherwise. Where it
documents none, the payload is the answer's tree in the XML form's terms (a list of one item is
that item, as an XML answer cannot tell).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Generic, Protocol, TypeVar, overload

import httpx

from ._answers import ErrorTable
from ._exceptions import CarrierWarning, ErrorDetail, MalformedResponseError
from ._jsonio import decode_members, load_json, raw_members, respelled
from ._lazy import LazyModule
from ._mirror import Wire, add_child, element_data, stringified
from ._record import Value, init_field
from ._reply import Message, Reply
from ._scanio import Declined, after, close, scan_document
from ._xmlio import parse_xml

if TYPE_CHECKING:
    import msgspec
else:  # imported with the first answer read, not with the SDK
    msgspec = LazyModule(globals(), "msgspec", "msgspec")


_T = TypeVar("_T")


class Typed(Value, Generic[_T]):
    """How a documented payload reads from either output format.

    ``xml`` reads the answer's root element, ``json`` the decoded JSON object (tolerant of the
    carrier's loose spellings). ``fast``, where msgspec can decode the payload's members straight
    into the records, is that Struct; ``texts`` are the keys of its strings, whose null is ``""``
    (the XML form's empty element), where msgspec would read None. ``scan``, where the payload's
    records have scanners, reads a plain XML answer's payload without a tree (``_scanio``).
    """

    __slots__ = ("xml", "json", "fast", "texts", "scan")  # noqa: RUF023 (in __init__'s order)
    __match_args__ = ("xml", "json", "fast", "texts", "scan")

    xml: Callable[[Any, str], _T]
    json: Callable[[Any, str], _T]
    fast: type[Wire[_T]] | None
    texts: tuple[str, ...]
    scan: Callable[[str, int, int], _T] | None

    def __init__(
        self,
        xml: Callable[[Any, str], _T],
        json: Callable[[Any, str], _T],
        fast: type[Wire[_T]] | None = None,
        texts: tuple[str, ...] = (),
        scan: Callable[[str, int, int], _T] | None = None,
    ) -> None:
        init_field(self, "xml", xml)
        init_field(self, "json", json)
        init_field(self, "fast", fast)
        init_field(self, "texts", texts)
        init_field(self, "scan", scan)


def _at(data: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


class Envelope:
    """Where the envelope keeps its status and messages (paths of keys), and which codes only warn."""

    final_status: int | None = None

    def __init__(
        self,
        table: ErrorTable,
        *,
        status: tuple[str, ...],
        success: frozenset[str],
        messages: tuple[str, ...],
        message_code: str,
        message_text: str,
        warning_codes: frozenset[str],
    ) -> None:
        self.table = table
        self._status = status
        self._success = success
        self._messages = messages
        self._code = message_code
        self._text = message_text
        self.warning_codes = warning_codes
        # The top-level keys the status and messages live under (the rest is payload).
        self._heads = frozenset(path[0] for path in (status, messages) if path)

    def messages(self, data: dict[str, Any]) -> tuple[Message, ...]:
        """The envelope's messages (the carrier sends one as an object, several as a list)."""
        raw = _at(data, self._messages) if self._messages else None
        items = raw if isinstance(raw, list) else [] if raw is None or raw == "" else [raw]
        found = []
        for item in items:
            if isinstance(item, dict):
                code, text = item.get(self._code), item.get(self._text)
            else:
                code, text = None, item
            found.append(Message(str(code) if code is not None else None, " ".join(str(text or "").split())))
        return tuple(found)

    def detail(self, message: Message, http_status: int | None, operation: str) -> ErrorDetail:
        """A carrier message matched by code against the operation's and the global tables."""
        row = self.table.row(message.code or "", operation)
        if row is None:
            return ErrorDetail(message.code, message.text or (message.code or "error"), http_status)
        return ErrorDetail(message.code, message.text or row[1], http_status, row[3], row[4])

    @overload
    def finish(self, operation: str, response: httpx.Response, body: bytes) -> Reply[Mapping[str, Any]]: ...

    @overload
    def finish(self, operation: str, response: httpx.Response, body: bytes, typed: Typed[_T]) -> Reply[_T]: ...

    def finish(
        self, operation: str, response: httpx.Response, body: bytes, typed: Typed[Any] | None = None
    ) -> Reply[Any]:
        """The reply of a successful answer, its payload read as ``typed`` says if given; raises the
        carrier's error otherwise."""
        answer = open_answer(body, response.status_code, typed, self._heads)
        head = answer.head(self._heads)
        status = _at(head, self._status)
        messages = self.messages(head)
        if not isinstance(status, str):
            raise MalformedResponseError("the answer has no status", body=body, http_status=response.status_code)
        if status not in self._success:
            raise self._error(status, messages, answer, operation, response)
        # Level 9 is the caller's own line: _warn, finish, parse_*, with_context, _parsed, _parse, _call,
        # the client method, the caller (for Client and AsyncClient alike; an answer AsyncClient
        # parses in a thread, past OFFLOAD_BYTES, has no caller's line on that thread's stack).
        self._warn(messages, stacklevel=9)
        if typed is None:
            return Reply(status=status, messages=messages, payload=_xml_form(answer.payload(self._status[0])))
        return Reply(status=status, messages=messages, payload=answer.typed(typed))

    def read_errors(self, response: httpx.Response, body: bytes, operation: str) -> tuple[ErrorDetail, ...]:
        """The error messages of an enveloped answer; () for any other body.

        An enveloped error raises as on HTTP 200 (by code, payload kept); a success status on an
        HTTP error gives its messages as errors (warnings aside, yet still warned of).
        """
        try:
            answer = open_answer(body, response.status_code)
            head = answer.head(self._heads)
        except MalformedResponseError:
            return ()
        status = _at(head, self._status)
        messages = self.messages(head)
        if isinstance(status, str) and status in self._success:
            if response.is_success:
                return ()  # a successful answer with a 2xx: its messages are notices, not errors
            self._warn(messages, stacklevel=10)  # the caller's line, as in finish, two frames deeper
        elif isinstance(status, str):
            raise self._error(status, messages, answer, operation, response)
        errors = [m for m in messages if m.code not in self.warning_codes] or list(messages)
        return tuple(self.detail(m, response.status_code, operation) for m in errors)

    def _warn(self, messages: tuple[Message, ...], stacklevel: int) -> None:
        """A ``CarrierWarning`` for each notice among ``messages``, attributed ``stacklevel`` frames up."""
        for message in messages:
            if message.code in self.warning_codes:
                warnings.warn(CarrierWarning(f"{message.code}: {message.text}", message.code), stacklevel=stacklevel)

    def _error(
        self, status: str, messages: tuple[Message, ...], answer: _Answer, operation: str, response: httpx.Response
    ) -> Exception:
        """The ApiError of an error status: the class of its first error message, the payload kept."""
        errors = [m for m in messages if m.code not in self.warning_codes] or list(messages)
        details = tuple(self.detail(m, response.status_code, operation) for m in errors)
        unexplained = ErrorDetail(None, f"status {status!r}", response.status_code)
        error = self.table.error(details, response, first=None if details else unexplained)
        error.payload = answer.payload(self._status[0])
        return error


class _Answer(Protocol):
    """An answer parsed once: its envelope's keys, its payload as a tree, its payload typed."""

    def head(self, keys: frozenset[str]) -> dict[str, Any]: ...

    def payload(self, status_key: str) -> dict[str, Any]: ...

    def typed(self, typed: Typed[_T]) -> _T: ...


def open_answer(
    body: bytes, http_status: int | None, typed: Typed[Any] | None = None, heads: frozenset[str] = frozenset()
) -> _Answer:
    """``body`` parsed in the format its first character says (``<``: XML, else JSON).

    A typed payload with a scanner is scanned from a plain XML answer whose envelope elements (``heads``)
    come first.
    """
    if body.lstrip()[:1] == b"<":
        scan = typed.scan if typed is not None and heads else None
        scanned = _scanned(body, http_status, scan, heads) if scan is not None else None
        return scanned or _XmlAnswer(parse_xml(body, http_status))
    return _JsonAnswer(body, http_status, typed)


# An element's start tag among the document element's first children (the envelope's come first).
_START_TAG: Final = re.compile(r"[ \t\n]*<([A-Za-z_][A-Za-z0-9_.-]{0,999})>")


def _scanned(
    body: bytes, http_status: int | None, scan: Callable[[str, int, int], Any], heads: frozenset[str]
) -> _ScannedAnswer | None:
    """A plain XML answer whose payload ``scan`` reads; None when the parser must read it.

    The envelope's elements (``heads``) come first in the document element: they are cut out and parsed on
    their own (a few hundred bytes, attributes and all), and the rest is the payload's content.
    """

    def read(text: str, start: int, end: int) -> tuple[list[str], Any]:
        envelope, at = [], start
        while (found := _START_TAG.match(text, at, end)) is not None and found[1] in heads:
            closing = close(text, found[1], found.end(), end)
            envelope.append(text[found.start(1) - 1 : after(closing, found[1])])
            at = after(closing, found[1])
        if any(text.find(f"<{key}", at, end) >= 0 for key in heads):
            raise Declined  # an envelope element later on: the tree's head reads them all
        return envelope, scan(text, at, end)

    done = scan_document(body, None, read)
    if done is None or not done[0]:
        return None
    try:
        head = parse_xml(("<envelope>" + "".join(done[0]) + "</envelope>").encode(), http_status)
    except MalformedResponseError:
        return None  # the whole answer parsed will say what is wrong
    return _ScannedAnswer(body, http_status, head, done[1])


class _XmlAnswer:
    """An XML answer: the root element, the envelope's keys and the payload its children."""

    def __init__(self, root: Any) -> None:
        self.root = root

    def head(self, keys: frozenset[str]) -> dict[str, Any]:
        """The root's children named as the envelope's keys, as the JSON form's tree."""
        head: dict[str, Any] = {}
        for child in self.root:
            if child.tag in keys:
                add_child(head, child.tag, element_data(child))
        return head

    def payload(self, status_key: str) -> dict[str, Any]:
        data = element_data(self.root)
        return {key: value for key, value in data.items() if key != status_key} if isinstance(data, dict) else {}

    def typed(self, typed: Typed[_T]) -> _T:
        return typed.xml(self.root, "response")


class _JsonAnswer:
    """A JSON answer: its members (undecoded, when a typed payload may be decoded from them) or its object."""

    def __init__(self, body: bytes, http_status: int | None, typed: Typed[Any] | None) -> None:
        self._body = body
        self._status = http_status
        self._data: dict[str, Any] | None = None
        self._members: dict[str, msgspec.Raw] | None = None
        if typed is not None and typed.fast is not None:
            nulled = _texts_nulled_out(body, typed.texts)
            self._members = raw_members(nulled) if nulled is not None else None

    def _object(self) -> dict[str, Any]:
        if self._data is None:
            self._data = load_json(self._body, self._status)
        return self._data

    def head(self, keys: frozenset[str]) -> dict[str, Any]:
        if self._members is not None:
            members = self._members
            try:
                head = {key: msgspec.json.decode(members[key]) for key in keys & members.keys()}
            except (msgspec.DecodeError, RecursionError):
                self._members = None  # the whole body decoded will say what is wrong
            else:
                return _stringified(head)
        data = self._object()
        return _stringified({key: data[key] for key in keys if key in data})

    def payload(self, status_key: str) -> dict[str, Any]:
        return _stringified({key: value for key, value in self._object().items() if key != status_key})

    def typed(self, typed: Typed[_T]) -> _T:
        if self._members is not None and typed.fast is not None:
            try:
                return decode_members(self._members, typed.fast).unwrap()
            except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):
                pass  # a value msgspec will not take: the tolerant reader reads it, or says what is wrong
        return typed.json(self._object(), "$")


class _ScannedAnswer:
    """A plain XML answer: the envelope's elements parsed on their own, the payload scanned; the whole
    answer is parsed only for an error's payload."""

    def __init__(self, body: bytes, http_status: int | None, envelope: Any, payload: Any) -> None:
        self._body = body
        self._status = http_status
        self._envelope = _XmlAnswer(envelope)
        self._payload = payload

    def head(self, keys: frozenset[str]) -> dict[str, Any]:
        return self._envelope.head(keys)

    def payload(self, status_key: str) -> dict[str, Any]:
        return _XmlAnswer(parse_xml(self._body, self._status)).payload(status_key)

    def typed(self, typed: Typed[_T]) -> _T:
        payload: _T = self._payload
        return payload


def _stringified(data: dict[str, Any]) -> dict[str, Any]:
    """A JSON object in the XML form's terms (``stringified``, which keeps an object an object)."""
    tree: dict[str, Any] = stringified(data)
    return tree


def _texts_nulled_out(body: bytes, keys: tuple[str, ...]) -> bytes | None:
    """``body`` with each null under ``keys`` (the payload's strings) spelled ``""``; None when one stays
    null (an unusual spacing): the tolerant reader reads those."""
    if not keys or b"null" not in body:
        return body
    body = respelled(body, keys, (b"null",), b'""')
    if b"null" in body and _null_text(keys).search(body):
        return None
    return body


_NULL_TEXTS: Final[dict[tuple[str, ...], re.Pattern[bytes]]] = {}


def _null_text(keys: tuple[str, ...]) -> re.Pattern[bytes]:
    """Matches a null under one of ``keys``, whatever the spacing (never inside a string: its quotes are escaped)."""
    pattern = _NULL_TEXTS.get(keys)
    if pattern is None:
        names = b"|".join(re.escape(key.encode()) for key in keys)
        pattern = _NULL_TEXTS[keys] = re.compile(rb'"(?:' + names + rb')"\s*:\s*null')
    return pattern


def _xml_form(value: Any) -> Any:
    """A tree in the XML form's terms: a list of one item is that item (one element in XML)."""
    if isinstance(value, dict):
        return {key: _xml_form(item) for key, item in value.items()}
    if isinstance(value, list):
        return _xml_form(value[0]) if len(value) == 1 else [_xml_form(item) for item in value]
    return value
