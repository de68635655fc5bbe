"""Requests read back into arguments: query strings, urlencoded and multipart forms, XML and SOAP bodies.

Forms carry PHP-style ``name[]`` and ``name[0][field]`` arrays and JSON-encoded values; XML bodies
are a plain ``<request>`` or the operation element inside a SOAP 1.1 envelope. Every value is
read by its parameter's ``Shape`` into what the SDK's builder takes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qsl

import httpx

from ._fake_shapes import BadValue, Op, Record, Shape, Spelling, read_scalar, to_model
from ._xmlio import parse_xml


@dataclass(slots=True)
class Incoming:
    """What a request carried: text pairs (query, then form fields), files, and an XML body's element."""

    query: list[tuple[str, str]]
    pairs: list[tuple[str, str]] = field(default_factory=list)
    files: list[tuple[str, bytes]] = field(default_factory=list)
    element: Any = None
    _by_name: dict[str, list[str]] | None = None

    def values(self, name: str) -> list[str]:
        """Every text given under ``name``, query first."""
        return self.by_name().get(name, [])

    def first(self, name: str) -> str | None:
        """The first text given under ``name``, if any."""
        found = self.by_name().get(name)
        return found[0] if found else None

    def by_name(self) -> dict[str, list[str]]:
        """Every text by name (query first), built once."""
        if self._by_name is None:
            self._by_name = {}
            for key, value in (*self.query, *self.pairs):
                self._by_name.setdefault(key, []).append(value)
        return self._by_name


def read_incoming(request: httpx.Request, body: bytes) -> Incoming:
    """Split a request into its query, form fields, files and XML element (a malformed body raises ValueError)."""
    incoming = Incoming(query=parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True))
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("application/x-www-form-urlencoded"):
        incoming.pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True)
    elif content_type.startswith("multipart/form-data"):
        message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            data = part.get_payload(decode=True)
            if not isinstance(name, str) or not isinstance(data, bytes):
                continue
            if part.get_filename() is not None:
                incoming.files.append((name, data))
            else:
                incoming.pairs.append((name, data.decode("utf-8")))
    elif body.strip():
        incoming.element = parse_xml(body)
    return incoming


def local(tag: Any) -> str:
    """An element's name without its namespace."""
    return str(tag).rpartition("}")[2]


class Reader:
    """Reads an operation's arguments off an ``Incoming``, by the shapes of its parameters."""

    def __init__(self, records: Mapping[str, Record], spelling: Spelling) -> None:
        self.records = records
        self.spelling = spelling

    def arguments(self, op: Op, incoming: Incoming, element: Any) -> tuple[dict[str, Any], list[str]]:
        """The builder's keyword arguments (absent ones None), and the paths (``items[0].quantity``) that did not read.

        A value that does not read is left out (None), so the SDK's checks see it as absent.
        """
        kwargs: dict[str, Any] = {}
        self._bad: list[str] = []
        for shape in op.params:
            try:
                if element is not None and (shape.location == "body" or op.body is None):
                    kwargs[shape.python] = self._from_element(shape, element, shape.python)
                else:
                    kwargs[shape.python] = self._from_pairs(shape, incoming)
            except (BadValue, ValueError, TypeError, KeyError):
                kwargs[shape.python] = None
                self._bad.append(shape.python)
        return kwargs, self._bad

    # --- pairs ------------------------------------------------------------------------------------

    def _from_pairs(self, shape: Shape, incoming: Incoming) -> Any:
        if shape.kind == "file":
            found = [d for n, d in incoming.files if n in (shape.wire, shape.wire + "[]")]
            if not found:
                return None
            return found if shape.container else found[0]
        if shape.encoding == "brackets":
            items = incoming.values(shape.wire + "[]")
            return [self._scalar(shape, x) for x in items] or None
        if shape.encoding == "indexed":
            return self._indexed(shape, incoming)
        texts = incoming.values(shape.wire)
        if not texts:
            return None
        if shape.encoding == "json":
            return self._from_data(shape, json.loads(texts[0]))
        if shape.encoding == "php_serialize":
            return texts[0]  # kept as the wire text: the SDK accepts any plain data here
        if shape.container == "csv":
            return [self._scalar(shape, x) for x in texts[0].split(",")]
        if shape.container == "list":
            return [self._scalar(shape, x) for x in texts]
        return self._scalar(shape, texts[0])

    def _scalar(self, shape: Shape, text: Any) -> Any:
        return read_scalar(shape, text, self.spelling)

    def _indexed(self, shape: Shape, incoming: Incoming) -> Any:
        prefix = shape.wire + "["
        rows: dict[int, Any] = {}
        for name, text in (*incoming.query, *incoming.pairs):
            if not name.startswith(prefix):
                continue
            keys = name[len(shape.wire) :].strip("[]").split("][")
            index = int(keys[0])
            if shape.kind != "record":
                rows[index] = self._scalar(shape, text)
                continue
            node = rows.setdefault(index, {})
            for key in keys[1:-1]:
                node = node.setdefault(key, {})
            node[keys[-1]] = text
        if not rows:
            return None
        items = [rows[i] for i in sorted(rows)]
        return [self._from_data(Shape(shape.wire, shape.python, shape.kind, None, shape.record), x) for x in items]

    def _from_data(self, shape: Shape, data: Any) -> Any:
        """JSON data (or a PHP-style nested dict of texts) keyed by wire names, as typed values."""
        if shape.container and isinstance(data, list):
            single = Shape(shape.wire, shape.python, shape.kind, None, shape.record, shape.values, shape.open)
            return [self._from_data(single, x) for x in data]
        if shape.kind == "record":
            record = self.records[shape.record or ""]
            if not isinstance(data, Mapping):
                raise BadValue(shape.wire)
            values = {f.wire: self._from_data(f, data[f.wire]) for f in record.fields if data.get(f.wire) is not None}
            return to_model(record, values)
        return self._scalar(shape, data)

    # --- XML --------------------------------------------------------------------------------------

    def _from_element(self, shape: Shape, parent: Any, path: str) -> Any:
        children = [c for c in parent if local(c.tag) == shape.wire]
        if not children:
            return None
        if shape.container == "list":
            if shape.xml_item is not None:
                items = [c for c in children[0] if local(c.tag) == shape.xml_item]
            else:
                items = children
            return [self._element_value(shape, c, f"{path}[{i}]") for i, c in enumerate(items)]
        if shape.container == "csv":
            return [self._scalar(shape, x) for x in (children[0].text or "").split(",")]
        return self._element_value(shape, children[0], path)

    def _element_value(self, shape: Shape, element: Any, path: str) -> Any:
        if shape.kind == "record":
            record = self.records[shape.record or ""]
            values = {}
            for f in record.fields:
                try:
                    value = self._from_element(f, element, f"{path}.{f.python}")
                except (BadValue, ValueError):
                    self._bad.append(f"{path}.{f.python}")
                    continue
                if value is not None:
                    values[f.wire] = value
            return to_model(record, values)
        return self._scalar(shape, (element.text or "").strip())
