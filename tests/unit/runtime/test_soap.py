"""Unit tests of ``generator.runtime._soap``: SOAP 1.1 envelopes, UserTokens and faults.

Covers the two token hash schemes against published test vectors, ``new_token_key``,
``envelope`` (exact bytes, escaping, no content), ``soap_body`` (the one payload element, and
every malformed shape) and ``SoapFaults.read_errors`` (documented and undocumented faults, fault
codes with and without a prefix, whitespace, non-fault bodies); faults at HTTP 500 are final.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import time
from types import SimpleNamespace

import httpx
import pytest

from generator.runtime._answers import ErrorTable
from generator.runtime._exceptions import ApiError, ErrorDetail, MalformedResponseError
from generator.runtime._soap import (
    SOAP_ENV,
    SoapFaults,
    envelope,
    hmac_sha1_token_hash,
    new_token_key,
    sha1_token_hash,
    soap_body,
)

ROWS = {
    "": (
        (
            "invalid_credentials",
            "Either your username or password is invalid",
            None,
            "The UserToken did not authenticate.",
            "Check the token.",
        ),
    ),
    "PlaceDidsOrder": (("no_stock", "Not enough DIDs in group {group}", 409, "Out of stock.", "Try {group} later."),),
}
FAULTS = SoapFaults(ErrorTable(ROWS, lambda code, status: ApiError))


def soap(inner: str) -> bytes:
    return f'<s:Envelope xmlns:s="{SOAP_ENV}"><s:Body>{inner}</s:Body></s:Envelope>'.encode()


def fault(code: str, text: str) -> bytes:
    return soap(f"<s:Fault><faultcode>{code}</faultcode><faultstring>{text}</faultstring></s:Fault>")


def read(body: bytes, status: int = 500, operation: str = "GetDidGroupList") -> tuple[ErrorDetail, ...]:
    answer = httpx.Response(status, content=body, request=httpx.Request("POST", "https://x.test/soap"))
    return FAULTS.read_errors(answer, body, operation)


# --- token hashes and keys ---------------------------------------------------------------------


def test_sha1_token_hash_is_sha1_of_password_then_key() -> None:
    assert sha1_token_hash("ab", "c") == "a9993e364706816aba3e25717850c26c9cd0d89d"  # FIPS 180 "abc"
    assert (
        sha1_token_hash("pässword", "2024-01-01 00:00:00:000000000001")
        == hashlib.sha1("pässword2024-01-01 00:00:00:000000000001".encode()).hexdigest()
    )


def test_hmac_sha1_token_hash_keys_the_password_with_the_key() -> None:
    # RFC 2202, test case 2.
    assert hmac_sha1_token_hash("what do ya want for nothing?", "Jefe") == "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
    assert hmac_sha1_token_hash("pw", "k1") != hmac_sha1_token_hash("pw", "k2")


def test_new_token_key_is_the_utc_time_and_twelve_random_digits() -> None:
    before = int(time.time())
    key = new_token_key()
    after = time.time()
    match = re.fullmatch(r"(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}):(\d{12})", key)
    assert match is not None
    stamp = calendar.timegm(time.strptime(match.group(1), "%Y-%m-%d %H:%M:%S"))
    assert before <= stamp <= after
    assert len({new_token_key()[20:] for _ in range(20)}) == 20


def test_new_token_key_keeps_its_stamp_for_a_second_and_moves_on_with_the_clock(monkeypatch) -> None:
    from generator.runtime import _soap

    clock = iter([1000.2, 1000.9, 1001.1, 999.5])  # the last step: a clock set back
    fake_time = SimpleNamespace(time=lambda: next(clock), strftime=time.strftime, gmtime=time.gmtime)
    monkeypatch.setattr(_soap, "time", fake_time)
    monkeypatch.setattr(_soap, "_STAMP", [(-1, "")])
    stamps = [new_token_key()[:20] for _ in range(4)]
    assert stamps == [
        "1970-01-01 00:16:40:",
        "1970-01-01 00:16:40:",
        "1970-01-01 00:16:41:",
        "1970-01-01 00:16:39:",
    ]


# --- envelope ----------------------------------------------------------------------------------


def test_envelope_is_exact() -> None:
    body = envelope("urn:voxapi", "GetCountriesList", "me", "k1", "h1", b"<tns:type>GEOGRAPHIC</tns:type>")
    assert body == (
        b'<?xml version="1.0" encoding="utf-8"?><soapenv:Envelope '
        b'xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:tns="urn:voxapi"><soapenv:Body>'
        b"<tns:GetCountriesList><tns:UserToken><tns:Username>me</tns:Username><tns:Key>k1</tns:Key>"
        b"<tns:Hash>h1</tns:Hash></tns:UserToken><tns:type>GEOGRAPHIC</tns:type></tns:GetCountriesList>"
        b"</soapenv:Body></soapenv:Envelope>"
    )


def test_envelope_escapes_the_token_and_parses_back() -> None:
    body = envelope("urn:voxapi", "GetAccountBalance", "a&b<c>", "k", "h", None)
    payload = soap_body(body, None)
    assert payload.tag == "{urn:voxapi}GetAccountBalance"
    assert payload.findtext("{urn:voxapi}UserToken/{urn:voxapi}Username") == "a&b<c>"
    assert len(payload) == 1


# --- soap_body ---------------------------------------------------------------------------------


def test_soap_body_returns_the_one_payload_element() -> None:
    payload = soap_body(soap('<r:Answer xmlns:r="urn:x"><r:v>1</r:v></r:Answer>'), 200)
    assert payload.tag == "{urn:x}Answer" and payload.findtext("{urn:x}v") == "1"


def test_soap_body_refuses_other_documents() -> None:
    with pytest.raises(MalformedResponseError, match=r"^expected a SOAP 1\.1 Envelope, got <reply>$") as caught:
        soap_body(b"<reply/>", 200)
    assert caught.value.http_status == 200 and caught.value.body == b"<reply/>"
    soap12 = b'<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><a/></s:Body></s:Envelope>'
    with pytest.raises(
        MalformedResponseError,
        match="^"
        + re.escape("expected a SOAP 1.1 Envelope, got <{http://www.w3.org/2003/05/soap-envelope}Envelope>")
        + "$",
    ):
        soap_body(soap12, 200)


@pytest.mark.parametrize(
    "body",
    [
        soap(""),
        soap("<a/><b/>"),
        f'<s:Envelope xmlns:s="{SOAP_ENV}"><s:Header/></s:Envelope>'.encode(),
        f'<s:Envelope xmlns:s="{SOAP_ENV}"><Body><a/></Body></s:Envelope>'.encode(),
    ],
)
def test_soap_body_must_hold_exactly_one_element(body: bytes) -> None:
    with pytest.raises(MalformedResponseError, match=r"^the SOAP Body must hold exactly one element$") as caught:
        soap_body(body, 500)
    assert caught.value.http_status == 500


def test_soap_body_raises_the_parsers_errors() -> None:
    with pytest.raises(MalformedResponseError, match=r"^the response body is empty$"):
        soap_body(b"", 500)


# --- SoapFaults --------------------------------------------------------------------------------


def test_faults_at_http_500_are_final() -> None:
    assert SoapFaults.final_status == 500 and FAULTS.final_status == 500


def test_a_documented_fault() -> None:
    detail = read(fault("soapenv:Client", "  Either your username\n   or password is invalid "))
    assert detail == (
        ErrorDetail(
            "invalid_credentials",
            "Either your username or password is invalid",
            500,
            "The UserToken did not authenticate.",
            "Check the token.",
            {"faultcode": "soapenv:Client", "faultstring": "Either your username or password is invalid"},
        ),
    )


def test_a_documented_fault_of_the_operation_keeps_its_placeholders() -> None:
    (detail,) = read(fault("s:Server", "Not enough DIDs in group 5167"), 500, "PlaceDidsOrder")
    assert (detail.code, detail.resolution) == ("no_stock", "Try 5167 later.")
    assert detail.params == {"group": "5167", "faultcode": "s:Server", "faultstring": "Not enough DIDs in group 5167"}


@pytest.mark.parametrize(
    ("code", "expected"), [("soapenv:Server", "Server"), ("Server", "Server"), ("a:b:Deep", "Deep")]
)
def test_an_undocumented_fault_is_coded_by_its_fault_code(code: str, expected: str) -> None:
    (detail,) = read(fault(code, "Database unavailable"))
    assert detail == ErrorDetail(
        expected, "Database unavailable", 500, params={"faultcode": code, "faultstring": "Database unavailable"}
    )


def test_a_fault_without_code_or_string() -> None:
    assert read(soap("<s:Fault/>")) == (ErrorDetail(None, "", 500, params={"faultcode": "", "faultstring": ""}),)
    (detail,) = read(fault("s:Client", ""))
    assert (detail.code, detail.message) == ("Client", "s:Client")


@pytest.mark.parametrize("body", [soap("<Answer/>"), b"<reply/>", b"", b"<html>", soap("<a/><b/>")])
def test_other_bodies_hold_no_fault(body: bytes) -> None:
    assert read(body) == ()
