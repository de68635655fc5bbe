"""SOAP 1.1: the envelope a request travels in, its UserToken, and faults as documented errors."""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from typing import Any, Final

import httpx

from ._answers import ErrorTable
from ._exceptions import ErrorDetail, MalformedResponseError
from ._request import xml_escape
from ._xmlio import parse_xml

SOAP_ENV: Final = "http://schemas.xmlsoap.org/soap/envelope/"
_ENVELOPE: Final = f"{{{SOAP_ENV}}}Envelope"
_BODY: Final = f"{{{SOAP_ENV}}}Body"
_FAULT: Final = f"{{{SOAP_ENV}}}Fault"


def sha1_token_hash(password: str, key: str) -> str:
    """The UserToken hash: lowercase hex SHA-1 of the password followed by the key."""
    return hashlib.sha1((password + key).encode("utf-8")).hexdigest()


def hmac_sha1_token_hash(password: str, key: str) -> str:
    """The other scheme seen in the wild: lowercase hex HMAC-SHA1 of the password keyed by the key."""
    return hmac.new(key.encode("utf-8"), password.encode("utf-8"), hashlib.sha1).hexdigest()


#: The last second's ``YYYY-MM-DD HH:MM:SS:`` and that second: strftime is half a nonce's cost, and a
#: burst of calls shares its second (a pair replaced whole, so threads never see one half updated).
_STAMP: list[tuple[int, str]] = [(-1, "")]


def new_token_key() -> str:
    """A fresh nonce: the UTC time as ``YYYY-MM-DD HH:MM:SS:`` followed by 12 random digits."""
    # 64 random bits reduced to 12 digits (a bias of 5e-8: nothing to a nonce), ~4x quicker than randbelow.
    digits = int.from_bytes(os.urandom(8), "big") % 10**12
    now = int(time.time())
    second, stamp = _STAMP[0]
    if second != now:
        stamp = time.strftime("%Y-%m-%d %H:%M:%S:", time.gmtime(now))
        _STAMP[0] = (now, stamp)
    return f"{stamp}{digits:012d}"


def envelope(namespace: str, root: str, username: str, key: str, token_hash: str, content: bytes | None) -> bytes:
    """The request document: ``<root>`` in the carrier's namespace, its UserToken first, then ``content``."""
    token = (
        f"<tns:UserToken><tns:Username>{xml_escape(username)}</tns:Username>"
        f"<tns:Key>{xml_escape(key)}</tns:Key>"
        f"<tns:Hash>{xml_escape(token_hash)}</tns:Hash></tns:UserToken>"
    )
    head = (
        f'<?xml version="1.0" encoding="utf-8"?><soapenv:Envelope xmlns:soapenv="{SOAP_ENV}" '
        f'xmlns:tns="{namespace}"><soapenv:Body><tns:{root}>{token}'
    )
    return head.encode() + (content or b"") + f"</tns:{root}></soapenv:Body></soapenv:Envelope>".encode()


def soap_body(body: bytes, http_status: int | None) -> Any:
    """The one element inside ``<soapenv:Body>``; anything else is malformed."""
    root = parse_xml(body, http_status)
    if root.tag != _ENVELOPE:
        raise MalformedResponseError(
            f"expected a SOAP 1.1 Envelope, got <{root.tag}>", body=body, http_status=http_status
        )
    # The first child named Body, as root.find(_BODY) finds it, without its path machinery (a tenth of
    # reading a one-record answer).
    payload = None
    for child in root:
        if child.tag == _BODY:
            payload = child
            break
    if payload is None or len(payload) != 1:
        raise MalformedResponseError("the SOAP Body must hold exactly one element", body=body, http_status=http_status)
    return payload[0]


def response_element(response: httpx.Response, body: bytes, tag: str, faults: SoapFaults, operation: str) -> Any:
    """The Body's one element, which must be ``tag`` (``{namespace}name``: an operation's response).

    A Fault there, at a success status (where SOAP 1.1 says a server should not send one), is still
    the service refusing the call: its ApiError, not an unreadable answer that may have succeeded.
    """
    element = soap_body(body, response.status_code)
    if element.tag == _FAULT:
        raise faults.table.error((faults.fault_detail(element, response, operation),), response, retryable=False)
    if element.tag != tag:
        name = tag.rpartition("}")[2]
        message = f"expected <{name}>, got <{element.tag}>"
        raise MalformedResponseError(message, body=body, http_status=response.status_code)
    return element


class SoapFaults:
    """Reads SOAP Faults, matching the fault string against the documented table.

    A fault at HTTP 500 (SOAP 1.1's status for one) is the service's final answer; at a status that
    says "try later" (503, 429...), the status decides, as for any answer.
    """

    final_status: int | None = 500

    def __init__(self, table: ErrorTable) -> None:
        self.table = table

    def read_errors(self, response: httpx.Response, body: bytes, operation: str) -> tuple[ErrorDetail, ...]:
        """The SOAP Fault of a body; () for any other body."""
        try:
            fault = soap_body(body, response.status_code)
        except MalformedResponseError:
            return ()
        if fault.tag != _FAULT:
            return ()
        return (self.fault_detail(fault, response, operation),)

    def fault_detail(self, fault: Any, response: httpx.Response, operation: str) -> ErrorDetail:
        """The error a Fault element states, matched against the documented table."""
        fault_code = (fault.findtext("faultcode") or "").strip()
        # The fault string, or failing that the message of the fault's detail (Voxbone's VoxAPIFault).
        fault_string = " ".join((fault.findtext("faultstring") or fault.findtext("detail/*/{*}message") or "").split())
        detail = self.table.match(fault_string, response.status_code, operation)
        params = {**detail.params, "faultcode": fault_code, "faultstring": fault_string}
        # An undocumented fault keeps the fault code (without its prefix) as its code.
        code = detail.code or fault_code.rpartition(":")[2] or None
        text = fault_string or fault_code
        return ErrorDetail(code, text, response.status_code, detail.description, detail.resolution, params)
