"""SOAP 1.1 rpc/encoded: the second transport of an HTTP carrier whose operations a WSDL also binds.

A call is ``<ns:operation><params xsi:type="types:<operation>Input">`` holding the credentials, then
each parameter given, as typed elements; the answer (PHP's SoapServer) is the same associative
array the REST/JSON path returns, encoded as an Apache ``Map`` of ``<item><key/><value/></item>``
with nested Maps and SOAP-ENC arrays. ``rpc_data`` decodes it into the JSON form's dicts and
lists, so both transports share the generated status checks and readers, and so their records.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

import httpx

from ._answers import ErrorTable
from ._exceptions import ErrorDetail, FieldError, MalformedResponseError, ValidationError
from ._lazy import LazyModule
from ._record import Value, init_field
from ._request import PreparedRequest, xml_escape
from ._xmlio import parse_xml

if TYPE_CHECKING:
    from . import _rpc_scan
else:  # its patterns are compiled with the first SOAP answer, not with every SDK that could speak SOAP
    _rpc_scan = LazyModule(globals(), "_rpc_scan", "._rpc_scan", __package__)

SOAP_ENV: Final = "http://schemas.xmlsoap.org/soap/envelope/"
SOAP_ENC: Final = "http://schemas.xmlsoap.org/soap/encoding/"
XSD: Final = "http://www.w3.org/2001/XMLSchema"
XSI: Final = "http://www.w3.org/2001/XMLSchema-instance"
APACHE_SOAP: Final = "http://xml.apache.org/xml-soap"

#: Nesting past this is refused rather than walked (answers nest a handful of levels).
MAX_DEPTH: Final = 64

INTEGER_TYPES: Final = frozenset(
    {"int", "integer", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "unsignedInt", "unsignedLong"}
)
# Numbers that are not integers stay text: the readers parse them into Decimal without a float between.
TEXT_TYPES: Final = frozenset(
    {"string", "decimal", "double", "float", "date", "dateTime", "anyURI", "normalizedString"}
)
BOOLEANS: Final = {"true": True, "1": True, "false": False, "0": False}

_BODY: Final = f"{{{SOAP_ENV}}}Body"
_ENVELOPE: Final = f"{{{SOAP_ENV}}}Envelope"
_FAULT: Final = f"{{{SOAP_ENV}}}Fault"
_XSI_TYPE: Final = f"{{{XSI}}}type"
_XSI_NIL: Final = f"{{{XSI}}}nil"
_HREF_ATTRIBUTES: Final = ("href", "id", f"{{{SOAP_ENC}}}ref")

_INTEGER: Final = re.compile(r"[+-]?[0-9]+")
#: REST's 1/0 flags as an ``xsd:boolean`` spells them.
_XSD_BOOLEANS: Final = {"1": "true", "0": "false"}


# Records, not dataclasses: ``@dataclass`` would compile their methods at every import.
class RpcBinding(Value):
    """Where and how the carrier's SOAP endpoint is called (the spec's ``provider.soap``)."""

    __slots__ = ("path", "namespace", "soap_action", "types_namespace", "part")  # noqa: RUF023 (in __init__'s order)
    __match_args__ = ("path", "namespace", "soap_action", "types_namespace", "part")

    path: str
    namespace: str
    soap_action: str
    types_namespace: str
    part: str

    def __init__(self, path: str, namespace: str, soap_action: str, types_namespace: str, part: str = "params") -> None:
        init_field(self, "path", path)
        init_field(self, "namespace", namespace)
        init_field(self, "soap_action", soap_action)
        init_field(self, "types_namespace", types_namespace)
        init_field(self, "part", part)


class RpcCall(Value):
    """One operation's input type: (REST wire name, element, XSD type) in the WSDL's order, and the
    optional parameters the WSDL has no element for (wire name, argument name): those are refused."""

    __slots__ = ("elements", "rest_only")
    __match_args__ = ("elements", "rest_only")

    elements: tuple[tuple[str, str, str], ...]
    rest_only: tuple[tuple[str, str], ...]

    def __init__(self, elements: tuple[tuple[str, str, str], ...], rest_only: tuple[tuple[str, str], ...] = ()) -> None:
        init_field(self, "elements", elements)
        init_field(self, "rest_only", rest_only)


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
            value = _XSD_BOOLEANS.get(value, value)
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
        secrets=prepared.secrets,  # a password argument is as secret in an envelope as in a query
    )


def rpc_envelope(
    binding: RpcBinding, operation: str, credentials: tuple[tuple[str, str], ...], content: bytes
) -> bytes:
    """The request document: the rpc wrapper in the binding's namespace, its input part, credentials first."""
    head, tail = _wrapper(binding.namespace, binding.types_namespace, binding.part, operation)
    fields = "".join([f'<{name} xsi:type="xsd:string">{xml_escape(value)}</{name}>' for name, value in credentials])
    return head + fields.encode("utf-8") + content + tail


@functools.lru_cache(maxsize=512)  # one per operation: the same bytes on every call
def _wrapper(namespace: str, types_namespace: str, part: str, operation: str) -> tuple[bytes, bytes]:
    """What surrounds an operation's parameters in its envelope (keyed by strings: their hashes are
    kept, where a binding's would be computed on every call)."""
    head = (
        f'<?xml version="1.0" encoding="UTF-8"?>'
        f'<SOAP-ENV:Envelope xmlns:SOAP-ENV="{SOAP_ENV}" xmlns:SOAP-ENC="{SOAP_ENC}" '
        f'xmlns:xsd="{XSD}" xmlns:xsi="{XSI}" xmlns:ns1="{xml_escape(namespace)}" '
        f'xmlns:xsd1="{xml_escape(types_namespace)}" SOAP-ENV:encodingStyle="{SOAP_ENC}">'
        f'<SOAP-ENV:Body><ns1:{operation}><{part} xsi:type="xsd1:{operation}Input">'
    )
    tail = f"</{part}></ns1:{operation}></SOAP-ENV:Body></SOAP-ENV:Envelope>"
    return head.encode("utf-8"), tail.encode("utf-8")


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


def rpc_json(body: bytes, operation: str) -> bytes | None:
    """The answer to ``operation`` in PHP's own form, rewritten as the JSON answer's text without a tree.

    None when only the parser may read it; text that JSON refuses means the same (see ``_rpc_scan``).
    The generated readers decode it as they decode a REST answer.
    """
    return _rpc_scan.map_answer_json(body, operation)


def rpc_data(response: httpx.Response, body: bytes, operation: str, faults: RpcFaults) -> dict[str, Any]:
    """The answer to ``operation`` as the JSON form's dict (``{"status": ..., ...}``); faults raise."""
    return rpc_data_from(rpc_json(body, operation), response, body, operation, faults)


def rpc_data_from(
    scanned: bytes | None, response: httpx.Response, body: bytes, operation: str, faults: RpcFaults
) -> dict[str, Any]:
    """``rpc_data`` of an answer ``rpc_json`` has already rewritten (``scanned``) or declined (None)."""
    data = _rpc_scan.map_data(scanned)
    return data if data is not None else tree_data(response, body, operation, faults)


def tree_data(response: httpx.Response, body: bytes, operation: str, faults: RpcFaults) -> dict[str, Any]:
    """``rpc_data`` through the hardened parser: any answer, and the wording of every error."""
    element = soap_payload(body, response.status_code)
    if element.tag == _FAULT:
        details = faults.fault_details(element, response.status_code, operation)
        raise faults.table.error(details, response, retryable=False)
    if _local(element.tag) != f"{operation}Response":
        raise MalformedResponseError(f"expected <{operation}Response>, got <{element.tag}>", body=body)
    parts = [child for child in element if isinstance(child.tag, str)]
    if len(parts) != 1:
        raise MalformedResponseError(f"<{operation}Response> must hold one return value", body=body)
    data = Decoder(element, body).value(parts[0], _local(parts[0].tag), 0)
    if not isinstance(data, dict):
        raise MalformedResponseError("the return value is not a Map", body=body)
    return data


def decode_value(element: Any, path: str, depth: int) -> Any:
    """A SOAP-encoded value as JSON-like data (see ``Decoder``), resolving prefixes element by element."""
    return Decoder(element, None).value(element, path, depth)


class Decoder:
    """Decodes SOAP-encoded values: Map and Struct -> dict, Array -> list, scalars by their xsi:type.

    Resolving an ``xsi:type`` prefix needs the namespaces in scope; when no element below the root
    declares any (PHP declares them all on the Envelope), one lookup per spelling serves the whole
    document, instead of lxml building each element's ``nsmap``.
    """

    __slots__ = ("_scope", "_types")

    def __init__(self, element: Any, body: bytes | None) -> None:
        root = element.getroottree().getroot()
        declared = root.nsmap
        # Every declaration spells "xmlns"; as many in the body as on the root means none below it.
        self._scope: dict[str | None, str] | None = (
            declared if body is not None and body.count(b"xmlns") == len(declared) else None
        )
        self._types: dict[str, str] = {}

    def value(self, element: Any, path: str, depth: int) -> Any:
        """One element's value; ``path`` names it in errors."""
        spelled = element.get(_XSI_TYPE)
        if spelled is None:
            if element.get(_XSI_NIL) in ("true", "1"):
                return None
            if any(element.get(name) is not None for name in _HREF_ATTRIBUTES):
                raise MalformedResponseError(f"{path}: multi-reference values (href/id) are not supported")
            return self._struct(element, path, depth) if len(element) else (element.text or "")
        kind = self._kind(element, spelled, path)
        if kind == _MAP:
            return self._map(element, path, depth)
        if kind == _ARRAY:
            self._deeper(path, depth)
            return [self.value(child, f"{path}[{index}]", depth + 1) for index, child in enumerate(element)]
        if kind == _STRUCT:
            return self._struct(element, path, depth)
        if len(element):
            raise MalformedResponseError(f"{path}: a {spelled} value cannot hold elements")
        text = element.text or ""
        if kind == _TEXT_VALUE:
            return text
        if kind == _INTEGER_VALUE:
            try:
                return int(text.strip())
            except ValueError:
                raise MalformedResponseError(f"{path}: {text[:40]!r} is not an integer") from None
        if kind == _BOOLEAN_VALUE:
            flag = BOOLEANS.get(text.strip())
            if flag is None:
                raise MalformedResponseError(f"{path}: {text[:40]!r} is not a boolean")
            return flag
        raise MalformedResponseError(f"{path}: unsupported xsi:type {spelled[:60]!r}")

    def _map(self, element: Any, path: str, depth: int) -> dict[str, Any]:
        self._deeper(path, depth)
        out: dict[str, Any] = {}
        kinds = self._types if self._scope is not None else None
        for item in element:
            try:
                key_element, value_element = item
            except ValueError:
                raise MalformedResponseError(f"{path}: a Map item must hold one <key> and one <value>") from None
            if (item.tag, key_element.tag, value_element.tag) != ("item", "key", "value") and (
                _local(item.tag),
                _local(key_element.tag),
                _local(value_element.tag),
            ) != ("item", "key", "value"):
                raise MalformedResponseError(f"{path}: a Map item must hold one <key> and one <value>")
            # The hot path, inlined: a text key and a text value (most of every answer).
            if kinds is not None and kinds.get(key_element.get(_XSI_TYPE)) == _TEXT_VALUE and not len(key_element):
                key = key_element.text or ""
            else:
                key = self.value(key_element, f"{path}.<key>", depth + 1)
                if not isinstance(key, (str, int)) or isinstance(key, bool):
                    raise MalformedResponseError(f"{path}: a Map key must be a string or an integer")
                key = str(key)
            if kinds is not None and kinds.get(value_element.get(_XSI_TYPE)) == _TEXT_VALUE and not len(value_element):
                out[key] = value_element.text or ""
            else:
                out[key] = self.value(value_element, f"{path}.{key}", depth + 1)
        return out

    def _struct(self, element: Any, path: str, depth: int) -> dict[str, Any]:
        self._deeper(path, depth)
        return {_local(child.tag): self.value(child, f"{path}.{_local(child.tag)}", depth + 1) for child in element}

    def _kind(self, element: Any, spelled: str, path: str) -> str:
        """What an ``xsi:type`` spelling names (one of the kinds above, or "" for any other type)."""
        if self._scope is None:
            return _kind_of(*_resolve(spelled, element.nsmap, path))
        found = self._types.get(spelled)
        if found is None:
            found = self._types[spelled] = _kind_of(*_resolve(spelled, self._scope, path))
        return found

    @staticmethod
    def _deeper(path: str, depth: int) -> None:
        if depth >= MAX_DEPTH:
            raise MalformedResponseError(f"{path}: nested deeper than {MAX_DEPTH} levels")


_MAP, _ARRAY, _STRUCT, _TEXT_VALUE, _INTEGER_VALUE, _BOOLEAN_VALUE = "map", "array", "struct", "text", "int", "bool"


def _kind_of(namespace: str | None, local: str) -> str:
    if namespace == APACHE_SOAP and local == "Map":
        return _MAP
    if namespace == SOAP_ENC and local in ("Array", "Struct"):
        return _ARRAY if local == "Array" else _STRUCT
    if namespace == XSD:
        if local in TEXT_TYPES:
            return _TEXT_VALUE
        if local in INTEGER_TYPES:
            return _INTEGER_VALUE
        if local == "boolean":
            return _BOOLEAN_VALUE
    return ""


def _resolve(spelled: str, scope: Mapping[str | None, str], path: str) -> tuple[str | None, str]:
    prefix, _, local = spelled.rpartition(":")
    namespace = scope.get(prefix or None)
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
