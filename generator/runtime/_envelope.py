"""Answers wrapped in an envelope that carries a status and messages (JSON or XML, same tree).

A successful answer is a ``Reply``; an error status raises the first error message's class with
the rest of the answer kept as ``payload``; notices on a success are ``CarrierWarning`` warnings.

The payload is the same whichever output format the client asked for. Where the spec documents
its fields it is a typed record, read by the generated XML reader from one tree built alike from
either format (so a list of one item is a list of one item in both); otherwise it is the answer's
tree in the XML form's terms (a list of one item is that item, as an XML answer cannot tell).
"""

from __future__ import annotations

import contextlib
import re
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Generic, TypeVar, overload

import httpx

from ._answers import ErrorTable
from ._deadline import check_deadline
from ._exceptions import CarrierWarning, ErrorDetail, MalformedResponseError
from ._jsonio import load_json, stringified, xml_to_data


@dataclass(frozen=True, slots=True)
class Message:
    """A message of the carrier's envelope: an error, or a notice on success."""

    code: str | None
    text: str


_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Reply(Generic[_T]):
    """A successful answer: the envelope's status and messages, and the payload beside them.

    The payload is the same whichever output format (JSON or XML) the client asked for: the typed
    record the spec documents, or (where it documents none) the answer's tree as dicts, lists and
    strings.
    """

    status: str
    messages: tuple[Message, ...]
    payload: _T


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
    def finish(
        self, operation: str, response: httpx.Response, body: bytes, read: Callable[[Any, str], _T]
    ) -> Reply[_T]: ...

    def finish(
        self, operation: str, response: httpx.Response, body: bytes, read: Callable[[Any, str], Any] | None = None
    ) -> Reply[Any]:
        """The reply of a successful answer, its payload read by ``read`` (an XML record reader) if
        given; raises the carrier's error otherwise."""
        data = read_tree(body, response.status_code)
        status = _at(data, self._status)
        messages = self.messages(data)
        if not isinstance(status, str):
            raise MalformedResponseError("the answer has no status", body=body, http_status=response.status_code)
        payload = {key: value for key, value in data.items() if key != self._status[0]}
        if status not in self._success:
            errors = [m for m in messages if m.code not in self.warning_codes] or list(messages)
            details = tuple(self.detail(m, response.status_code, operation) for m in errors)
            unexplained = ErrorDetail(None, f"status {status!r}", response.status_code)
            error = self.table.error(details, response, first=None if details else unexplained)
            error.payload = payload
            raise error
        for message in messages:
            if message.code in self.warning_codes:
                # Level 8 is the caller's own line: finish, parse_*, with_context, _parsed, _parse, _call,
                # the client method, the caller (for Client and AsyncClient alike; an answer AsyncClient
                # parses in a thread, past OFFLOAD_BYTES, has no caller's line on that thread's stack).
                warnings.warn(CarrierWarning(f"{message.code}: {message.text}", message.code), stacklevel=8)
        if read is None:
            return Reply(status=status, messages=messages, payload=_xml_form(payload))
        return Reply(status=status, messages=messages, payload=read(tree_element(payload, "response"), "response"))

    def read_errors(self, response: httpx.Response, body: bytes, operation: str) -> tuple[ErrorDetail, ...]:
        """The error messages of an enveloped answer; () for any other body.

        An enveloped error raises as on HTTP 200 (by code, warnings aside, payload kept).
        """
        try:
            data = read_tree(body, response.status_code)
        except MalformedResponseError:
            return ()
        status = _at(data, self._status)
        if response.is_success and isinstance(status, str) and status in self._success:
            return ()  # a successful answer with a 2xx: its messages are notices, not errors
        with contextlib.suppress(MalformedResponseError):
            self.finish(operation, response, body)
        messages = self.messages(data)
        errors = [m for m in messages if m.code not in self.warning_codes] or list(messages)
        return tuple(self.detail(m, response.status_code, operation) for m in errors)


def read_tree(body: bytes, http_status: int | None) -> dict[str, Any]:
    """The answer as nested dicts, lists and strings, whichever output format it came in."""
    if body.lstrip()[:1] == b"<":
        return xml_to_data(body, http_status)
    data: dict[str, Any] = stringified(load_json(body, http_status))
    return data


# A key that can be an element name; no documented field is named otherwise, so others are left out.
_ELEMENT_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*")


def tree_element(data: Any, tag: str) -> Any:
    """The answer's tree (from either format) as an XML element, for the generated XML readers.

    Keys become child elements (a list: one element per item), ``_content`` the element's text.
    """
    from lxml import etree

    element = etree.Element(tag)
    _fill(element, data)
    return element


def _fill(element: Any, value: Any) -> None:
    from lxml import etree

    if isinstance(value, dict):
        check_deadline()  # once per object, as in ``stringified``: a large answer has many
        for key, item in value.items():
            if key == "_content":
                element.text = str(item)
            elif isinstance(key, str) and _ELEMENT_NAME.fullmatch(key):
                for each in item if isinstance(item, list) else [item]:
                    _fill(etree.SubElement(element, key), each)
    elif value is not None:
        element.text = str(value)


def _xml_form(value: Any) -> Any:
    """A tree in the XML form's terms: a list of one item is that item (one element in XML)."""
    if isinstance(value, dict):
        return {key: _xml_form(item) for key, item in value.items()}
    if isinstance(value, list):
        return _xml_form(value[0]) if len(value) == 1 else [_xml_form(item) for item in value]
    return value
