"""Unit tests of ``generator.runtime._rpc_scan``: PHP's Map answers read without a tree, held to the parser.

Differential: for any JSON-like answer PHP could encode, the scan reads what ``tree_data`` (lxml and the
``Decoder``) reads; for any corruption of such an answer, the scan either declines (None) or reads what
the parser reads: it never accepts a document the parser refuses, nor reads one differently. Then the
spellings the scan leaves to the parser, one by one, and the deadline between pieces.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.runtime import _rpc_scan
from generator.runtime._answers import ErrorTable
from generator.runtime._exceptions import ApiError, MalformedResponseError
from generator.runtime._rpc import RpcFaults, rpc_data, tree_data
from tests.functional.soap_rpc import map_envelope


def scan_map_answer(body: bytes, operation: str) -> dict[str, Any] | None:
    """What the scan makes of an answer, decoded: its return Map as the JSON form's dict, or None when only
    the parser may read it (the two steps ``rpc_data`` takes)."""
    return _rpc_scan.map_data(_rpc_scan.map_answer_json(body, operation))


OPERATION = "getDIDsInfo"
SETTINGS = settings(
    max_examples=300, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow]
)
# Text PHP may send, entities and characters the scan leaves to the parser included.
TEXT = st.text(st.one_of(st.characters(codec="utf-8", exclude_categories=("Cs",)), st.sampled_from("&<>\"'\r]")))
SCALARS = st.one_of(TEXT, st.integers(-(10**20), 10**20), st.booleans(), st.none())
KEYS = st.one_of(TEXT, st.integers(0, 99).map(str))
DATA = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(KEYS, inner, max_size=4)),
    max_leaves=12,
)
# Pieces a corruption splices in: tags, entities, characters and declarations near PHP's own.
SPLICES = st.sampled_from(
    [
        "<",
        ">",
        "&",
        "&amp;",
        "&#65;",
        "]]>",
        "\r",
        "\x01",
        "\x0b",  # control characters int() and strip() would drop
        "\x1f",
        " ",
        "\n",
        '"',
        "<!--x-->",
        "<![CDATA[x]]>",
        "<?pi x?>",
        "<item>",
        "</item>",
        "<key>",
        "</key>",
        "<value>",
        "</value>",
        '<key xsi:type="xsd:string">',
        '<value xsi:type="xsd:string">',
        '<value xsi:type="xsd:int">',
        '<value xsi:type="xsd:boolean">',
        '<value xsi:nil="true"/>',
        '<item xsi:type="ns2:Map">',
        '<value xsi:type="ns2:Map">',
        '<value xsi:type="ns2:Map"/>',
        '<value SOAP-ENC:arrayType="xsd:string[1]" xsi:type="SOAP-ENC:Array">',
        '<item xsi:type="xsd:string">',
        ' xmlns:ns2="urn:other"',
        ' xmlns="urn:default"',
        ' xmlns:xsd="urn:other"',
        "</return>",
        "<return>",
        # The markup the scan rewrites in one pass, and pieces of it, where PHP would not write them.
        '</key><value xsi:type="xsd:string">',
        '</value></item><item><key xsi:type="xsd:string">',
        '</value></item></item><item xsi:type="ns2:Map"><item><key xsi:type="xsd:string">',
        "</value></item></item>",
        '<item xsi:type="ns2:Map"><item>',
        "</item></value>",
        "\\",
        "\t",
    ]
)


class Unknown(ApiError):
    pass


FAULTS = RpcFaults(ErrorTable({"": ()}, lambda code, status: Unknown))


def by_tree(body: bytes) -> Any:
    """What the parser reads, or the MalformedResponseError class when it refuses."""
    try:
        return tree_data(httpx.Response(200, content=body), body, OPERATION, FAULTS)
    except MalformedResponseError:
        return MalformedResponseError


@SETTINGS
@given(st.dictionaries(KEYS, DATA, max_size=6))
def test_any_answer_php_encodes_reads_as_the_parser_reads_it(data: dict[str, Any]) -> None:
    body = map_envelope(OPERATION, data)
    scanned = scan_map_answer(body, OPERATION)
    assert scanned is None or scanned == by_tree(body)


@SETTINGS
@given(st.dictionaries(KEYS, DATA, min_size=1, max_size=4), st.data())
def test_a_corrupted_answer_is_declined_or_read_as_the_parser_reads_it(data: dict[str, Any], draw: Any) -> None:
    text = map_envelope(OPERATION, data).decode()
    for _ in range(draw.draw(st.integers(1, 3))):
        start = draw.draw(st.integers(0, len(text)))
        end = draw.draw(st.integers(start, min(len(text), start + 12)))
        text = text[:start] + draw.draw(st.one_of(SPLICES, st.just(""))) + text[end:]
    body = text.encode()
    scanned = scan_map_answer(body, OPERATION)
    assert scanned is None or scanned == by_tree(body)


@SETTINGS
@given(
    st.from_regex(_rpc_scan._URI, fullmatch=True),
    st.from_regex(_rpc_scan._PREFIX, fullmatch=True).filter(lambda p: p not in ("xsd", "xsi", "ns2")),
)
def test_any_envelope_the_scan_takes_the_parser_takes(uri: str, prefix: str) -> None:
    # The operation's namespace under another prefix and URI: the Envelope's only free text.
    text = map_envelope(OPERATION, {"status": "success"}).decode()
    text = text.replace('xmlns:ns1="urn:VoIPmsService"', f'xmlns:{prefix}="{uri}"', 1)
    text = text.replace("ns1:", f"{prefix}:")
    body = text.encode()
    scanned = scan_map_answer(body, OPERATION)
    assert scanned is None or scanned == by_tree(body)


@pytest.mark.parametrize(
    "declaration",
    [
        'xmlns:ns1=""',  # an empty namespace
        'xmlns:ns1="urn:a%b"',  # a URI libxml2 refuses
        'xmlns:ns1="http://a:b:c/"',
        'xmlns:ns1="urn:VoIPmsService" xmlns:xml="urn:x"',  # a reserved prefix rebound
        'xmlns:ns1="http://www.w3.org/2000/xmlns/"',  # a reserved URI bound
        'xmlns:ns1="urn:VoIPmsService" xmlns:e="http://schemas.xmlsoap.org/soap/envelope/" e:a="1"',
        'xmlns:1n="urn:VoIPmsService"',  # not a name
    ],
)
def test_an_envelope_php_does_not_write_goes_to_the_parser(declaration: str) -> None:
    text = map_envelope(OPERATION, {"status": "success"}).decode()
    body = text.replace('xmlns:ns1="urn:VoIPmsService"', declaration, 1).encode()
    assert scan_map_answer(body, OPERATION) is None


def nested(levels: int) -> dict[str, Any]:
    """An empty Map ``levels`` Maps down."""
    data: dict[str, Any] = {}
    for _ in range(levels):
        data = {"k": data}
    return data


def test_limits_the_parser_keeps_are_kept() -> None:
    # An empty Map at the parser's depth limit counts as deep as a full one.
    shallow, deep = map_envelope(OPERATION, nested(63)), map_envelope(OPERATION, nested(64))
    assert scan_map_answer(shallow, OPERATION) == by_tree(shallow) == nested(63)
    assert by_tree(deep) is MalformedResponseError and scan_map_answer(deep, OPERATION) is None
    long = map_envelope(OPERATION, {"a": "x" * 10_000_001})  # libxml2's longest text node, without huge_tree
    assert by_tree(long) is MalformedResponseError and scan_map_answer(long, OPERATION) is None


def test_phps_plain_answers_are_read_by_the_scan() -> None:
    data = {
        "status": "success",
        "dids": [{"did": "5551234567", "note": "a < b & c", "pop": 3, "sms": True, "left": None}],
        "empty": [],
        "nested": {"inner": {"deep": ["x", 1]}},
    }
    body = map_envelope(OPERATION, data)
    scanned = scan_map_answer(body, OPERATION)
    assert scanned == by_tree(body) == data


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ('encoding="UTF-8"', 'encoding="ISO-8859-1"'),  # another encoding
        ('xmlns:ns2="http://xml.apache.org/xml-soap"', 'xmlns:ns2="urn:other"'),  # a prefix bound elsewhere
        ("<ns1:getDIDsInfoResponse>", '<ns1:getDIDsInfoResponse xmlns:ns2="http://xml.apache.org/xml-soap">'),
        ("success", "a&#65;b"),  # a character reference
        ("success", "a\rb"),  # a carriage return, which a parser would normalise
        ("success", "a]]>b"),
        ("<item>", "<item> "),  # whitespace PHP does not write
        ('="urn:VoIPmsService"', '="urn:VoIPms\nService"'),  # a namespace URI the parser refuses
        ('="urn:VoIPmsService"', '="urn:VoIPms\x01Service"'),
        ("SOAP-ENV:encodingStyle", "SOAPV:encodingStyle"),  # an undeclared prefix
        ('"xsd:int">3<', '"xsd:int">3\x0b<'),  # a character XML refuses, where int() would strip it
        ('"xsd:int">3<', '"xsd:int">\x1f3<'),
        ('"xsd:boolean">true<', '"xsd:boolean">true\x0c<'),
    ],
)
def test_what_php_does_not_write_goes_to_the_parser(old: str, new: str) -> None:
    data = {"status": "success", "dids": [{"did": "1", "pop": 3, "sms": True}]}
    plain = map_envelope(OPERATION, data).decode()
    assert old in plain and scan_map_answer(plain.encode(), OPERATION) == data
    assert scan_map_answer(plain.replace(old, new, 1).encode(), OPERATION) is None


def test_another_operations_answer_is_not_scanned() -> None:
    assert scan_map_answer(map_envelope("getBalance", {"status": "success"}), OPERATION) is None


def test_rpc_data_takes_the_scan_and_falls_back_to_the_parser() -> None:
    plain = map_envelope(OPERATION, {"status": "success"})
    assert rpc_data(httpx.Response(200, content=plain), plain, OPERATION, FAULTS) == {"status": "success"}
    spaced = plain.replace(b"<item>", b"<item>\n")
    assert rpc_data(httpx.Response(200, content=spaced), spaced, OPERATION, FAULTS) == {"status": "success"}


def test_a_large_answer_checks_the_deadline_between_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    checks: list[None] = []
    monkeypatch.setattr(_rpc_scan, "check_deadline", lambda: checks.append(None))
    monkeypatch.setattr(_rpc_scan, "PARSE_PIECE", 4096)
    body = map_envelope(OPERATION, {"status": "success", "dids": [{"did": str(n)} for n in range(2000)]})
    scanned = scan_map_answer(body, OPERATION)
    assert scanned is not None and len(scanned["dids"]) == 2000
    assert len(checks) > len(body) // 4096 // 2
