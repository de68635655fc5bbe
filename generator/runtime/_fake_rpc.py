"""The fake carrier's SOAP endpoint beside its REST one: rpc/encoded SOAP 1.1 on the same state.

A SOAP call is read into the REST form of the same call (the WSDL's elements back to the REST
wire names, ``xsd:boolean`` back to 1/0, the credentials out of ``params``), so it is routed,
checked and answered from state exactly as over REST; an order placed over SOAP is listed over
REST. Only the answer's encoding differs: the JSON form's object as an Apache Map in ``<return>``,
its ``status`` (``success`` or the error code) inside it at HTTP 200, as PHP's SoapServer answers
for VoIP.ms. Faults are what PHP raises itself: a procedure the WSDL does not bind, a body that
does not parse, and an injected failure that names no documented code.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, ClassVar, Final

import httpx

from ._fake import FakeCarrier, Route
from ._fake_read import Incoming, local
from ._fake_shapes import Op, Shape, Spelling, text_of
from ._fake_wire import StatusFieldFormat, Writer, http_answer
from ._request import xml_escape
from ._rpc import APACHE_SOAP, SOAP_ENC, SOAP_ENV, XSD, XSI, RpcBinding, RpcCall, decode_value

_XML: Final = "text/xml; charset=utf-8"
_ENVELOPE: Final = f"{{{SOAP_ENV}}}Envelope"
_BODY: Final = f"{{{SOAP_ENV}}}Body"
_XSI_TYPE: Final = f"{{{XSI}}}type"
_XSI_NIL: Final = f"{{{XSI}}}nil"
#: The REST spelling of an ``xsd:boolean`` element (the inverse of what ``rpc_request`` sends).
_REST_BOOLEANS: Final = {"true": "1", "false": "0"}
#: How a value decoded out of a Map is spelled in the REST form (booleans 1/0, numbers as text).
_TEXT: Final = Shape("", "", "string")
_REST_SPELLING: Final = Spelling(("1", "0"))


class RpcFakeCarrier(FakeCarrier):
    """A ``FakeCarrier`` that also answers the carrier's SOAP rpc endpoint (the SDK fills in the binding and calls)."""

    RPC_BINDING: ClassVar[RpcBinding]
    RPC_CALLS: ClassVar[Mapping[str, RpcCall]] = {}

    @cached_property
    def rpc_format(self) -> RpcFormat:
        """How the SOAP endpoint answers: the REST answers' writer, PHP's encoding."""
        return RpcFormat(self.format.writer, namespace=self.RPC_BINDING.namespace)

    @cached_property
    def _bound(self) -> dict[str, tuple[Op, RpcCall, frozenset[str]]]:
        """The operations the WSDL binds, by wire name: their input type and the parameters it has no element for."""
        bound = {}
        for op in self.OPERATIONS:
            call = self.RPC_CALLS.get(op.wire)
            if call is not None:
                sent = {wire for wire, _, _ in call.elements}
                bound[op.wire] = (op, call, frozenset(p.python for p in op.params if p.wire not in sent))
        return bound

    def _route(self, request: httpx.Request, incoming: Incoming) -> Route | None:
        if not _is_envelope(incoming.element):
            return super()._route(request, incoming)
        operation = _operation(incoming.element)
        found = self._bound.get(local(operation.tag)) if operation is not None else None
        if found is None:
            return None
        op, call, unsent = found
        names = tuple(wire for wire, _ in (*self.AUTH.identities, *self.AUTH.secrets))
        pairs = rpc_arguments(operation, call, names)
        return Route(op, {}, None, Incoming(query=[], pairs=pairs), self.rpc_format, unsent)

    def _unknown(self, request: httpx.Request, incoming: Incoming) -> httpx.Response:
        if not _is_envelope(incoming.element):
            return super()._unknown(request, incoming)
        # PHP's SoapServer, for an element its WSDL binds no operation to (REST-only methods included).
        operation = _operation(incoming.element)
        if operation is None:
            return self.rpc_format.fault("SOAP-ENV:Client", "Bad Request")
        return self.rpc_format.fault("SOAP-ENV:Server", f"Procedure '{local(operation.tag)}' not present")

    def _unreadable(self, request: httpx.Request) -> httpx.Response:
        if "soapaction" in request.headers or request.url.path.endswith(self.RPC_BINDING.path):
            return self.rpc_format.fault("SOAP-ENV:Client", "Bad Request")
        return super()._unreadable(request)


class RpcFormat(StatusFieldFormat):
    """PHP's SoapServer answers: the JSON form's object as a Map (errors too: ``{"status": code}``), Faults apart."""

    def __init__(self, writer: Writer, *, namespace: str) -> None:
        super().__init__(writer)
        self.namespace = namespace

    def success(self, op: Op, tree: Any, options: Mapping[str, str]) -> httpx.Response:
        return http_answer(op.success_status, rpc_answer(self.namespace, op.wire, self.data(op, tree)), _XML)

    def error(
        self, op: Op, code: str | None, message: str, status: int | None, options: Mapping[str, str]
    ) -> httpx.Response:
        if code is None:
            return self.fault("SOAP-ENV:Server", message, status or 500)
        body = rpc_answer(self.namespace, op.wire, {"status": code})
        return http_answer(status or self.default_error_status, body, _XML)

    def fault(self, fault_code: str, message: str, status: int = 500) -> httpx.Response:
        """A SOAP Fault, at HTTP 500 unless told otherwise."""
        return http_answer(status, rpc_fault(fault_code, message), _XML)


# --- requests: the REST form of an rpc call ----------------------------------------------------------


def rpc_arguments(operation: Any, call: RpcCall, credentials: tuple[str, ...]) -> list[tuple[str, str]]:
    """The (REST wire name, text) pairs of an rpc call: its credentials, then what the WSDL's elements carry.

    ``params`` may hold typed elements (this SDK), untyped ones (zeep) or an Apache Map (PHP's
    SoapClient and SOAP::Lite without the WSDL). Elements the input type does not declare are
    dropped, as the server's decoder drops them; element text is kept as sent (``007`` stays).
    """
    parts = [child for child in operation if isinstance(child.tag, str)]
    given: dict[str, str] = {}
    if parts and _is_map(parts[0]):
        decoded = decode_value(parts[0], local(parts[0].tag), 0)
        given = {str(k): text_of(_TEXT, v, _REST_SPELLING) for k, v in decoded.items() if v is not None}
    elif parts:
        given = {
            local(child.tag): child.text or ""
            for child in parts[0]
            if isinstance(child.tag, str) and child.get(_XSI_NIL) not in ("true", "1")
        }
    pairs = [(name, given[name]) for name in credentials if name in given]
    for wire, element, xsd_type in call.elements:
        text = given.get(element)
        if text is not None:
            pairs.append((wire, _REST_BOOLEANS.get(text, text) if xsd_type == "boolean" else text))
    return pairs


def _is_envelope(element: Any) -> bool:
    return element is not None and element.tag == _ENVELOPE


def _operation(envelope: Any) -> Any | None:
    """The operation element inside the Body (None when there is none)."""
    body = envelope.find(_BODY)
    inner = [child for child in body if isinstance(child.tag, str)] if body is not None else []
    return inner[0] if inner else None


def _is_map(element: Any) -> bool:
    prefix, _, name = (element.get(_XSI_TYPE) or "").rpartition(":")
    return name == "Map" and element.nsmap.get(prefix or None) == APACHE_SOAP


# --- answers, as PHP's SoapServer writes them (``_rpc.rpc_data`` reads them) -------------------------

#: The namespaces PHP declares on an answer's Envelope, in its order (none below it: ``Decoder``'s fast path).
_ANSWER_NAMESPACES: Final = (
    f'xmlns:SOAP-ENV="{SOAP_ENV}" xmlns:ns1="{{namespace}}" xmlns:xsd="{XSD}" xmlns:xsi="{XSI}" '
    f'xmlns:ns2="{APACHE_SOAP}" xmlns:SOAP-ENC="{SOAP_ENC}" SOAP-ENV:encodingStyle="{SOAP_ENC}"'
)
# PHP's types for the scalars of an answer; anything else (Decimal, a date) is text, as PHP's strings are.
_XSI_TYPES: Final = {bool: "xsd:boolean", int: "xsd:int", float: "xsd:float"}


def rpc_answer(namespace: str, operation: str, data: Mapping[str, Any]) -> bytes:
    """The answer to ``operation`` carrying ``data`` (the JSON form's object) as an Apache Map in ``<return>``."""
    head = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<SOAP-ENV:Envelope {_ANSWER_NAMESPACES.format(namespace=namespace)}>'
    )
    out = [f"{head}<SOAP-ENV:Body><ns1:{operation}Response>"]
    encode_value(data, "return", out)
    out.append(f"</ns1:{operation}Response></SOAP-ENV:Body></SOAP-ENV:Envelope>")
    return "".join(out).encode()


def rpc_fault(fault_code: str, message: str) -> bytes:
    """A SOAP 1.1 Fault as PHP's SoapServer writes its own (only the envelope's namespace declared)."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<SOAP-ENV:Envelope xmlns:SOAP-ENV="{SOAP_ENV}"><SOAP-ENV:Body>'
        f"<SOAP-ENV:Fault><faultcode>{xml_escape(fault_code)}</faultcode><faultstring>{xml_escape(message)}"
        "</faultstring></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>"
    ).encode()


def encode_value(value: Any, tag: str, out: list[str]) -> None:
    """Append ``value`` under ``<tag>`` as PHP encodes it (the inverse of ``_rpc.Decoder``).

    A dict is a Map of ``<item><key/><value/></item>``, a list a SOAP-ENC Array of ``<item>``s
    (its ``arrayType`` the items' one type, else ``xsd:anyType``), None ``xsi:nil``.
    """
    if isinstance(value, Mapping):
        out.append(f'<{tag} xsi:type="ns2:Map">')
        for key, item in value.items():
            if type(key) is str and type(item) is str:
                # The hot path, inlined: PHP's answers are mostly text keys holding text.
                out.append(
                    f'<item><key xsi:type="xsd:string">{xml_escape(key)}</key>'
                    f'<value xsi:type="xsd:string">{xml_escape(item)}</value></item>'
                )
                continue
            out.append("<item>")
            encode_value(key, "key", out)
            encode_value(item, "value", out)
            out.append("</item>")
        out.append(f"</{tag}>")
    elif isinstance(value, (list, tuple)):
        types = {_xsi_type(item) for item in value}
        item_type = types.pop() if len(types) == 1 else "xsd:anyType"
        out.append(f'<{tag} SOAP-ENC:arrayType="{item_type}[{len(value)}]" xsi:type="SOAP-ENC:Array">')
        for item in value:
            encode_value(item, "item", out)
        out.append(f"</{tag}>")
    elif value is None:
        out.append(f'<{tag} xsi:nil="true"/>')
    else:
        text = ("true" if value else "false") if isinstance(value, bool) else str(value)
        out.append(f'<{tag} xsi:type="{_xsi_type(value)}">{xml_escape(text)}</{tag}>')


def _xsi_type(value: Any) -> str:
    if isinstance(value, Mapping):
        return "ns2:Map"
    if isinstance(value, (list, tuple)):
        return "SOAP-ENC:Array"
    return _XSI_TYPES.get(type(value), "xsd:string")
