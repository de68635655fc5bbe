"""Answers as the carrier writes them (``_fake_read`` reads the requests).

The four error formats the runtime reads: iovox-style XML with ``<errors>``, a JSON ``status``
field, a status-and-messages envelope (JSON or XML, the same tree), and SOAP 1.1 with faults at
HTTP 500.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final

import httpx

from ._fake_read import local
from ._fake_shapes import SOAP_ENV, Op, Record, Shape, Spelling, text_of
from ._request import xml_escape

_XML_DECLARATION: Final = '<?xml version="1.0" encoding="utf-8"?>'


# --- writing answers --------------------------------------------------------------------------------


class Writer:
    """Writes trees as XML elements or JSON data, by the shapes of records."""

    def __init__(self, records: Mapping[str, Record], spelling: Spelling, *, json_text: bool = False) -> None:
        self.records = records
        self.spelling = spelling
        self.json_text = json_text  # spell every JSON scalar as text, as PHP carriers do

    def xml(self, record: Record, tree: Mapping[str, Any], out: list[str]) -> None:
        """Append the child elements of ``tree`` (fields in the record's order) to ``out``."""
        for f in record.fields:
            value = tree.get(f.wire)
            if value is None:
                continue
            if f.container == "list":
                items = value if isinstance(value, list) else [value]
                if f.xml_item is not None:
                    out.append(f"<{f.wire}>")
                    for item in items:
                        self._xml_element(f, f.xml_item, item, out)
                    out.append(f"</{f.wire}>")
                else:
                    for item in items:
                        self._xml_element(f, f.wire, item, out)
            elif f.container == "csv" and isinstance(value, list):
                out.append(f"<{f.wire}>{xml_escape(','.join(text_of(f, x, self.spelling) for x in value))}</{f.wire}>")
            else:
                self._xml_element(f, f.wire, value, out)

    def _xml_element(self, shape: Shape, name: str, value: Any, out: list[str]) -> None:
        if shape.kind == "record" and isinstance(value, Mapping):
            out.append(f"<{name}>")
            self.xml(self.records[shape.record or ""], value, out)
            out.append(f"</{name}>")
        elif isinstance(value, Mapping):
            out.append(f"<{name}>")
            self.free_xml(value, out)
            out.append(f"</{name}>")
        else:
            out.append(f"<{name}>{xml_escape(text_of(shape, value, self.spelling))}</{name}>")

    def free_xml(self, tree: Mapping[str, Any], out: list[str]) -> None:
        """Untyped data as elements: a list repeats its key's element."""
        for key, value in tree.items():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, Mapping):
                    out.append(f"<{key}>")
                    self.free_xml(item, out)
                    out.append(f"</{key}>")
                else:
                    text = "" if item is None else text_of(Shape(key, key, "string"), item, self.spelling)
                    out.append(f"<{key}>{xml_escape(text)}</{key}>")

    def data(self, record: Record, tree: Mapping[str, Any]) -> dict[str, Any]:
        """``tree`` as JSON data."""
        out: dict[str, Any] = {}
        for f in record.fields:
            value = tree.get(f.wire)
            if value is None:
                continue
            if type(value) is str:
                out[f.wire] = value  # the common case, already what any JSON spelling gives
            else:
                out[f.wire] = self._data_value(f, value)
        return out

    def _data_value(self, shape: Shape, value: Any) -> Any:
        if shape.container is None and shape.kind != "record":
            return self.plain(shape, value)
        if shape.container and isinstance(value, list):
            if shape.container == "csv":
                return ",".join(text_of(shape, x, self.spelling) for x in value)
            item = Shape(shape.wire, shape.python, shape.kind, None, shape.record)
            items = [self._data_value(item, x) for x in value]
            # A list with an item element is held as the XML form holds it: {"call": [...]}.
            return items if shape.xml_item is None else {shape.xml_item: items}
        if shape.kind == "record" and isinstance(value, Mapping):
            return self.data(self.records[shape.record or ""], value)
        return self.plain(shape, value)

    def plain(self, shape: Shape, value: Any) -> Any:
        """A scalar as JSON: text, or (unless ``json_text``) a JSON number or boolean where it is one."""
        if isinstance(value, (Mapping, list)):
            return json.loads(json.dumps(value, default=str))
        if not self.json_text and isinstance(value, bool):
            return value
        if not self.json_text and isinstance(value, int):
            return value
        return text_of(shape, value, self.spelling)


def http_answer(status: int, body: bytes, content_type: str) -> httpx.Response:
    """An answer with a body and its ``Content-Type``."""
    return httpx.Response(status, content=body, headers=[(b"Content-Type", content_type.encode("ascii"))])


class Format:
    """How one carrier answers: ``success`` for a result tree, ``error`` for a documented code."""

    default_error_status = 400
    #: Whether errors travel as codes (a code the spec does not list can still be sent) or as text only.
    codes_on_wire = False

    def __init__(self, writer: Writer) -> None:
        self.writer = writer

    def success(self, op: Op, tree: Any, options: Mapping[str, str]) -> httpx.Response:
        """The answer to a call that worked (``tree`` is None for an operation without a result)."""
        raise NotImplementedError

    def noticed(
        self, op: Op, tree: Any, options: Mapping[str, str], notices: tuple[tuple[str, str], ...]
    ) -> httpx.Response:
        """A success carrying notices, as (code, text), where the carrier's answers can carry any."""
        return self.success(op, tree, options)

    def error(
        self, op: Op, code: str | None, message: str, status: int | None, options: Mapping[str, str]
    ) -> httpx.Response:
        """The answer carrying one error."""
        raise NotImplementedError

    def record(self, op: Op) -> Record | None:
        """The record an operation answers, if it has a typed one."""
        if op.response is None or op.response.kind != "record":
            return None
        return self.writer.records.get(op.response.record or "")


class XmlErrors(Format):
    """XML answers under the operation's root; errors as ``<errors><error status="400">…</error></errors>``."""

    def success(self, op: Op, tree: Any, options: Mapping[str, str]) -> httpx.Response:
        record = self.record(op)
        if record is None or tree is None:
            return httpx.Response(op.success_status)
        out = [_XML_DECLARATION, f"<{op.response_root or 'response'}>"]
        self.writer.xml(record, tree, out)
        out.append(f"</{op.response_root or 'response'}>")
        return http_answer(op.success_status, "".join(out).encode(), "application/xml; charset=utf-8")

    def error(
        self, op: Op, code: str | None, message: str, status: int | None, options: Mapping[str, str]
    ) -> httpx.Response:
        status = status or self.default_error_status
        body = f'{_XML_DECLARATION}<errors><error status="{status}">{xml_escape(message)}</error></errors>'
        return http_answer(status, body.encode(), "application/xml; charset=utf-8")


class StatusFieldFormat(Format):
    """JSON answers with ``"status": "success"`` beside the result; errors as ``{"status": "<code>"}`` at 200."""

    default_error_status = 200
    codes_on_wire = True

    def success(self, op: Op, tree: Any, options: Mapping[str, str]) -> httpx.Response:
        return http_answer(op.success_status, json.dumps(self.data(op, tree)).encode(), "application/json")

    def data(self, op: Op, tree: Any) -> dict[str, Any]:
        """The answer's object: ``"status": "success"`` and the result's fields."""
        record = self.record(op)
        data: dict[str, Any] = {"status": "success"}
        if record is not None and isinstance(tree, Mapping):
            data.update(self.writer.data(record, tree))
        elif isinstance(tree, Mapping):
            data.update(self.writer.plain(Shape("", "", "json"), tree))
        return data

    def error(
        self, op: Op, code: str | None, message: str, status: int | None, options: Mapping[str, str]
    ) -> httpx.Response:
        if code is None:
            return http_answer(status or 500, message.encode(), "text/plain; charset=utf-8")
        return http_answer(
            status or self.default_error_status, json.dumps({"status": code}).encode(), "application/json"
        )


class EnvelopeFormat(Format):
    """A status-and-messages envelope beside the payload, as JSON or as the same tree in XML.

    ``format_option`` names the client option whose value (``json``/``xml``) picks the format.
    """

    default_error_status = 200
    codes_on_wire = True

    def __init__(
        self,
        writer: Writer,
        *,
        status: tuple[str, ...],
        success: str,
        messages: tuple[str, ...],
        message_code: str,
        message_text: str,
        format_option: str | None = None,
        root: str = "response",
    ) -> None:
        super().__init__(writer)
        self.status, self.success_value, self.messages = status, success, messages
        self.message_code, self.message_text = message_code, message_text
        self.format_option, self.root = format_option, root

    def _envelope(self, status: str, messages: list[dict[str, str]]) -> dict[str, Any]:
        data: dict[str, Any] = {}
        node = data
        for key in self.status[:-1]:
            node = node.setdefault(key, {})
        node[self.status[-1]] = status
        if self.messages and messages:
            node = data
            for key in self.messages[:-1]:
                node = node.setdefault(key, {})
            node[self.messages[-1]] = messages
        return data

    def _send(self, op: Op, status: int, data: dict[str, Any], options: Mapping[str, str]) -> httpx.Response:
        if self.format_option is not None and options.get(self.format_option) == "xml":
            out = [_XML_DECLARATION, f"<{self.root}>"]
            self.writer.free_xml(data, out)
            out.append(f"</{self.root}>")
            return http_answer(status, "".join(out).encode(), "application/xml; charset=utf-8")
        return http_answer(status, json.dumps(data, default=str).encode(), "application/json")

    def success(self, op: Op, tree: Any, options: Mapping[str, str]) -> httpx.Response:
        return self.noticed(op, tree, options, ())

    def noticed(
        self, op: Op, tree: Any, options: Mapping[str, str], notices: tuple[tuple[str, str], ...]
    ) -> httpx.Response:
        messages = [{self.message_code: code, self.message_text: text} for code, text in notices]
        data = self._envelope(self.success_value, messages)
        payload = tree if isinstance(tree, Mapping) else {}
        record = self.record(op)
        payload = (
            self.writer.data(record, payload)
            if record is not None
            else self.writer.plain(Shape("", "", "json"), payload)
        )
        for key, value in payload.items():
            data.setdefault(key, value)
        return self._send(op, op.success_status, data, options)

    def error(
        self, op: Op, code: str | None, message: str, status: int | None, options: Mapping[str, str]
    ) -> httpx.Response:
        if code is None and status is not None and status >= 400:
            return http_answer(status, message.encode(), "text/plain; charset=utf-8")
        entry = {self.message_code: code or "error", self.message_text: message}
        return self._send(op, status or self.default_error_status, self._envelope("error", [entry]), options)


class SoapFormat(Format):
    """SOAP 1.1: ``<{Op}Response>`` in the carrier's namespace, or a Fault at HTTP 500 with the carrier's detail."""

    default_error_status = 500

    def __init__(self, writer: Writer, *, namespace: str, fault_element: str | None = None) -> None:
        super().__init__(writer)
        self.namespace = namespace
        self.fault_element = fault_element

    def _envelope(self, inner: str) -> bytes:
        return (
            f'{_XML_DECLARATION}<soapenv:Envelope xmlns:soapenv="{SOAP_ENV}"><soapenv:Body>{inner}'
            "</soapenv:Body></soapenv:Envelope>"
        ).encode()

    def success(self, op: Op, tree: Any, options: Mapping[str, str]) -> httpx.Response:
        root = op.response_root or f"{op.wire}Response"
        out = [f'<{root} xmlns="{self.namespace}">']
        record = self.record(op)
        if record is not None and isinstance(tree, Mapping):
            self.writer.xml(record, tree, out)
        out.append(f"</{root}>")
        return http_answer(op.success_status, self._envelope("".join(out)), "text/xml; charset=utf-8")

    def error(
        self, op: Op, code: str | None, message: str, status: int | None, options: Mapping[str, str]
    ) -> httpx.Response:
        status = status or self.default_error_status
        fault_code = "soapenv:Client" if code is not None and code.startswith("invalid_param") else "soapenv:Server"
        detail = ""
        if self.fault_element is not None:
            detail = (
                f'<detail><{self.fault_element} xmlns="{self.namespace}"><message>{xml_escape(message)}</message>'
                f"</{self.fault_element}></detail>"
            )
        inner = (
            f"<soapenv:Fault><faultcode>{fault_code}</faultcode><faultstring>{xml_escape(message)}</faultstring>"
            f"{detail}</soapenv:Fault>"
        )
        return http_answer(status, self._envelope(inner), "text/xml; charset=utf-8")

    def token(self, element: Any) -> dict[str, str]:
        """The UserToken of an operation element: Username, Key and Hash (empty when absent)."""
        for child in element:
            if local(child.tag) == "UserToken":
                return {local(c.tag): (c.text or "") for c in child}
        return {}
