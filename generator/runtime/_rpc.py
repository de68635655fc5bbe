"""SOAP 1.1 rpc/encoded: the second transport of an HTTP carrier whose operations a WSDL also binds.

A call is ``<ns:operation><params xsi:type="types:<operation>Input">`` holding the credentials, then
each parameter given, as typed elements; the answer (PHP's SoapServer) is the same associative
array the REST/JSON path returns, encoded as an Apache ``Map`` of ``<item><key/><value/></item>``
with nested Maps and SOAP-ENC arrays. ``rpc_data`` decodes it into the JSON form's dicts and
lists, so both transports share the generated status checks and readers, and so their records.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

import httpx

from ._answers import ErrorTable
from ._exceptions import ErrorDetail, FieldError, MalformedResponseError, ValidationError
from ._request import PreparedRequest, xml_escape
from ._xmlio import parse_xml

SOAP_ENV: Final = "http://schemas.xmlsoap.org/soap/envelope/"
SOAP_ENC: Final = "http://schemas.xmlsoap.org/soap/encoding/"
XSD: Final = "http://www.w3.org/2001/XMLSchema"
XSI: Final = "http://www.w3.org/2001/XMLSchema-instance"
APACHE_SOAP: Final = "http://xml.apache.org/xml-soap"

_BODY: Final = f"{{{SOAP_ENV}}}Body"
_ENVELOPE: Final = f"{{{SOAP_ENV}}}Envelope"
_FAULT: Final = f"{{{SOAP_ENV}}}Fault"
_XSI_TYPE: Final = f"{{{XSI}}}type"
_XSI_NIL: Final = f"{{{XSI}}}nil"
_HREF_ATTRIBUTES: Final = ("href", "id", f"{{{SOAP_ENC}}}ref")

_INTEGER: Final = re.compile(r"[+-]?[0-9]+")

#: Nesting past this is refused rather than walked (answers nest a handful of levels).
MAX_DEPTH: Final = 64

_INTEGERS: Final = frozenset(
    {"int", "integer", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "unsignedInt", "unsignedLong"}
)
# Numbers that are not integers stay text: the readers parse them into Decimal without a float between.
_TEXT: Final = frozenset({"string", "decimal", "double", "float", "date", "dateTime", "anyURI", "normalizedString"})


@dataclass(frozen=True, slots=True)
class RpcBinding:
    """Where and how the carrier's SOAP endpoint is called (the spec's ``provider.soap``)."""

    path: str
    namespace: str
    soap_action: str
    types_namespace: str
    part: str = "params"


@dataclass(frozen=True, slots=True)
class RpcCall:
    """One operation's input type: (REST wire name, element, XSD type) in the WSDL's order, and the
    optional parameters the WSDL has no element for (wire name, argument name): those are refused."""

    elements: tuple[tuple[str, str, str], ...]
    rest_only: tuple[tuple[str, str], ...] = ()


def rpc_request(prepared: PreparedRequest, binding: RpcBinding, call: RpcCall | None) -> PreparedRequest:
    """The SOAP form of a validated REST request: the parameters as typed elements, POSTed to the endpoint.

    The credentials are not in it: ``rpc_envelope`` puts them in for each attempt, as the REST
    client adds them to each query. Booleans declared ``xsd:boolean`` travel as true/false, every
    other value as the REST request spells it (1/0 flags included).
    """
    if call is None:
        problem = FieldError(
            prepared.operation, "is REST-only: the carrier's WSDL has no such operation; use a REST client"
        )
        raise ValidationError((problem,))
    given = dict(prepared.fields or prepared.query)
    refused = [
        FieldError(python, "has no element in the carrier's WSDL and cannot be sent over SOAP; use a REST client")
        for wire, python in call.rest_only
        if wire in given
    ]
    if refused:
        raise ValidationError(tuple(refused))
    out = []
    for wire, element, xsd_type in call.elements:
        value = given.get(wire)
        if value is None:
            continue  # left out, as the REST request leaves it out
        if xsd_type == "boolean":
            value = {"1": "true", "0": "false"}.get(value, value)
        elif xsd_type == "integer" and _INTEGER.fullmatch(value) is None:
            # Text the spec allows for REST (a "sip:2563" phonebook number) that the WSDL types as an integer.
            refused.append(FieldError(wire, f"must be an integer over SOAP (the WSDL declares {element} xsd:integer)"))
        out.append(f'<{element} xsi:type="xsd:{xsd_type}">{xml_escape(value)}</{element}>')
    if refused:
        raise ValidationError(tuple(refused))
    return PreparedRequest(
        prepared.operation,
        "POST",
        binding.path,
        (),
        content="".join(out).encode("utf-8"),
        content_type="text/xml; charset=utf-8",
        mutates=prepared.mutates,
        credentials_in_body=True,
        soap_action=binding.soap_action,
        xml_root=prepared.operation,
    )


def rpc_envelope(
    binding: RpcBinding, operation: str, credentials: tuple[tuple[str, str], ...], content: bytes
) -> bytes:
    """The request document: the rpc wrapper in the binding's namespace, its input part, credentials first."""
    head = (
        f'<?xml version="1.0" encoding="UTF-8"?>'
        f'<SOAP-ENV:Envelope xmlns:SOAP-ENV="{SOAP_ENV}" xmlns:SOAP-ENC="{SOAP_ENC}" '
        f'xmlns:xsd="{XSD}" xmlns:xsi="{XSI}" xmlns:ns1="{xml_escape(binding.namespace)}" '
        f'xmlns:xsd1="{xml_escape(binding.types_namespace)}" SOAP-ENV:encodingStyle="{SOAP_ENC}">'
        f'<SOAP-ENV:Body><ns1:{operation}><{binding.part} xsi:type="xsd1:{operation}Input">'
    )
    fields = "".join(f'<{name} xsi:type="xsd:string">{xml_escape(value)}</{name}>' for name, value in credentials)
    tail = f"</{binding.part}></ns1:{operation}></SOAP-ENV:Body></SOAP-ENV:Envelope>"
    return head.encode("utf-8") + fields.encode("utf-8") + content + tail.encode("utf-8")


def soap_payload(body: bytes, http_status: int | None) -> Any:
    """The one element inside ``<SOAP-ENV:Body>``; anything else is malformed."""
    root = parse_xml(body, http_status)
    if root.tag != _ENVELOPE:
        raise MalformedResponseError(
            f"expected a SOAP 1.1 Envelope, got <{root.tag}>", body=body, http_status=http_status
        )
    payload = root.find(_BODY)
    children = [] if payload is None else [child for child in payload if isinstance(child.tag, str)]
    if len(children) != 1:
        raise MalformedResponseError("the SOAP Body must hold exactly one element", body=body, http_status=http_status)
    return children[0]


def rpc_data(response: httpx.Response, body: bytes, operation: str, faults: RpcFaults) -> dict[str, Any]:
    """The answer to ``operation`` as the JSON form's dict (``{"status": ..., ...}``); faults raise."""
    element = soap_payload(body, response.status_code)
    if element.tag == _FAULT:
        raise faults.table.error(
            faults.fault_details(element, response.status_code, operation), response, retryable=False
        )
    if _local(element.tag) != f"{operation}Response":
        raise MalformedResponseError(f"expected <{operation}Response>, got <{element.tag}>", body=body)
    parts = [child for child in element if isinstance(child.tag, str)]
    if len(parts) != 1:
        raise MalformedResponseError(f"<{operation}Response> must hold one return value", body=body)
    data = decode_value(parts[0], _local(parts[0].tag), 0)
    if not isinstance(data, dict):
        raise MalformedResponseError("the return value is not a Map", body=body)
    return data


def decode_value(element: Any, path: str, depth: int) -> Any:
    """A SOAP-encoded value as JSON-like data: Map and Struct -> dict, Array -> list, scalars by xsi:type."""
    if depth > MAX_DEPTH:
        raise MalformedResponseError(f"{path}: nested deeper than {MAX_DEPTH} levels")
    if any(name in element.attrib for name in _HREF_ATTRIBUTES):
        raise MalformedResponseError(f"{path}: multi-reference values (href/id) are not supported")
    if element.get(_XSI_NIL) in ("true", "1"):
        return None
    namespace, kind = _xsi_type(element, path)
    children = [child for child in element if isinstance(child.tag, str)]
    if kind == "Map" and namespace == APACHE_SOAP:
        return _map(children, path, depth)
    if kind == "Array" and namespace == SOAP_ENC:
        return [decode_value(child, f"{path}[{index}]", depth + 1) for index, child in enumerate(children)]
    if kind == "Struct" or (kind is None and children):
        return {_local(child.tag): decode_value(child, f"{path}.{_local(child.tag)}", depth + 1) for child in children}
    if children:
        raise MalformedResponseError(f"{path}: a {kind} value cannot hold elements")
    text = element.text or ""
    if kind is None or (namespace == XSD and kind in _TEXT):
        return text
    if namespace == XSD and kind in _INTEGERS:
        try:
            return int(text.strip())
        except ValueError:
            raise MalformedResponseError(f"{path}: {text[:40]!r} is not an integer") from None
    if namespace == XSD and kind == "boolean":
        if text.strip() in ("true", "1"):
            return True
        if text.strip() in ("false", "0"):
            return False
        raise MalformedResponseError(f"{path}: {text[:40]!r} is not a boolean")
    raise MalformedResponseError(f"{path}: unsupported xsi:type {kind!r}")


def _map(items: list[Any], path: str, depth: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        parts = {_local(child.tag): child for child in item if isinstance(child.tag, str)}
        if _local(item.tag) != "item" or set(parts) != {"key", "value"}:
            raise MalformedResponseError(f"{path}: a Map item must hold one <key> and one <value>")
        key = decode_value(parts["key"], f"{path}.<key>", depth + 1)
        if not isinstance(key, (str, int)) or isinstance(key, bool):
            raise MalformedResponseError(f"{path}: a Map key must be a string or an integer")
        out[str(key)] = decode_value(parts["value"], f"{path}.{key}", depth + 1)
    return out


def _xsi_type(element: Any, path: str) -> tuple[str | None, str | None]:
    """The namespace and local name of an element's ``xsi:type`` (None, None without one)."""
    spelled = element.get(_XSI_TYPE)
    if spelled is None:
        return None, None
    prefix, _, local = spelled.rpartition(":")
    namespace = element.nsmap.get(prefix or None)
    if namespace is None:
        raise MalformedResponseError(f"{path}: xsi:type {spelled[:60]!r} names an undeclared prefix")
    return namespace, local


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


class RpcFaults:
    """Reads SOAP Faults of the rpc transport against the same error table as the REST answers.

    A fault string that is a documented status code (``invalid_credentials``) is that code; any
    other is matched against the documented messages, and an undocumented fault keeps its fault
    code. A fault at HTTP 500 is final; at a status that says "try later", the status decides.
    """

    final_status: int | None = 500

    def __init__(self, table: ErrorTable) -> None:
        self.table = table

    def read_errors(self, response: httpx.Response, body: bytes, operation: str) -> tuple[ErrorDetail, ...]:
        """The fault of a body; () for any other body."""
        try:
            element = soap_payload(body, response.status_code)
        except MalformedResponseError:
            return ()
        if element.tag != _FAULT:
            return ()
        return self.fault_details(element, response.status_code, operation)

    def fault_details(self, fault: Any, http_status: int | None, operation: str) -> tuple[ErrorDetail, ...]:
        """The documented detail of one Fault element."""
        fault_code = (fault.findtext("faultcode") or "").strip()
        fault_string = " ".join((fault.findtext("faultstring") or "").split())
        params: Mapping[str, str] = {"faultcode": fault_code, "faultstring": fault_string}
        row = self.table.row(fault_string, operation) if fault_string else None
        if row is not None:
            code, text, status, description, resolution = row
            return (ErrorDetail(code, text, http_status or status, description, resolution, params),)
        detail = self.table.match(fault_string, http_status, operation)
        # An undocumented fault keeps its fault code (without the prefix) as its code.
        found = detail.code or fault_code.rpartition(":")[2] or None
        text = fault_string or fault_code
        return (
            ErrorDetail(found, text, http_status, detail.description, detail.resolution, {**detail.params, **params}),
        )
