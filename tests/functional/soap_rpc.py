"""VoIP.ms's SOAP answers as PHP's SoapServer writes them, built from the JSON form of the same answer.

An associative array is an Apache ``Map`` (``<item><key/><value/></item>``), a list a SOAP-ENC
``Array`` of items, scalars carry their ``xsi:type``; the return value sits in
``<ns1:<operation>Response><return>``. A refusal PHP raises itself is a SOAP Fault at HTTP 500.
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

NAMESPACES = (
    'xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns1="urn:VoIPmsService" '
    'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xmlns:ns2="http://xml.apache.org/xml-soap" xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" '
    'SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"'
)


def encoded(value: Any, tag: str = "value") -> str:
    """One value as PHP encodes it under an element named ``tag``."""
    if isinstance(value, dict):
        items = "".join(f"<item>{encoded(key, 'key')}{encoded(item)}</item>" for key, item in value.items())
        return f'<{tag} xsi:type="ns2:Map">{items}</{tag}>'
    if isinstance(value, list):
        kinds = {_kind(item) for item in value}
        kind = kinds.pop() if len(kinds) == 1 else "xsd:anyType"
        items = "".join(encoded(item, "item") for item in value)
        return f'<{tag} SOAP-ENC:arrayType="{kind}[{len(value)}]" xsi:type="SOAP-ENC:Array">{items}</{tag}>'
    if value is None:
        return f'<{tag} xsi:nil="true"/>'
    text = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return f'<{tag} xsi:type="{_kind(value)}">{escape(text)}</{tag}>'


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "ns2:Map"
    if isinstance(value, list):
        return "SOAP-ENC:Array"
    if isinstance(value, bool):
        return "xsd:boolean"
    if isinstance(value, int):
        return "xsd:int"
    if isinstance(value, float):
        return "xsd:float"
    return "xsd:string"


def map_envelope(operation: str, data: dict[str, Any]) -> bytes:
    """The SOAP answer to ``operation`` carrying ``data`` (the JSON answer's object)."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<SOAP-ENV:Envelope {NAMESPACES}><SOAP-ENV:Body>'
        f"<ns1:{operation}Response>{encoded(data, 'return')}</ns1:{operation}Response>"
        "</SOAP-ENV:Body></SOAP-ENV:Envelope>"
    ).encode()


def fault(status: int, message: str, code: str = "SOAP-ENV:Server") -> bytes:
    """A SOAP 1.1 Fault carrying ``message`` (the status travels on the HTTP answer)."""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<SOAP-ENV:Envelope {NAMESPACES}><SOAP-ENV:Body><SOAP-ENV:Fault>'
        f"<faultcode>{escape(code)}</faultcode><faultstring>{escape(message)}</faultstring>"
        "</SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>"
    ).encode()
