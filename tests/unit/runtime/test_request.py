"""Unit tests of ``generator.runtime._request``: request bodies and wire spellings.

Covers ``encode_multipart`` (exact bytes, boundaries, quoting of field names, files),
``encode_form``, ``php_serialize`` (every type, UTF-8 byte lengths, nesting, TypeError),
``indexed_pairs``, ``query_pairs``, ``xml_escape``, ``enum_text`` and the request dataclasses.
"""

from __future__ import annotations

import gc
import re
from decimal import Decimal
from enum import Enum
from typing import Any

import pytest

from generator.runtime._request import (
    MAX_RESPONSE_BYTES,
    PreparedRequest,
    encode_form,
    encode_multipart,
    enum_text,
    indexed_pairs,
    php_serialize,
    query_pairs,
    xml_escape,
)


class Kind(Enum):
    GEO = "GEOGRAPHIC"
    COUNT = 3


# --- encode_multipart --------------------------------------------------------------------------


def test_multipart_body_is_exact() -> None:
    body, content_type = encode_multipart((("did", "5551234567"), ("note", "café")), (("fax", b"%PDF\x00\xff"),), "B0")
    assert content_type == "multipart/form-data; boundary=B0"
    assert body == (
        b'--B0\r\nContent-Disposition: form-data; name="did"\r\n\r\n5551234567\r\n'
        b'--B0\r\nContent-Disposition: form-data; name="note"\r\n\r\ncaf\xc3\xa9\r\n'
        b'--B0\r\nContent-Disposition: form-data; name="fax"; filename="fax"\r\n'
        b"Content-Type: application/octet-stream\r\n\r\n%PDF\x00\xff\r\n"
        b"--B0--\r\n"
    )


def test_multipart_without_fields_or_files_is_only_the_closing_boundary() -> None:
    assert encode_multipart((), (), "xyz") == (b"--xyz--\r\n", "multipart/form-data; boundary=xyz")


def test_multipart_accepts_bytearray_files() -> None:
    body, _ = encode_multipart((), (("f", bytearray(b"abc")),), "B")
    assert b"\r\n\r\nabc\r\n--B--\r\n" in body


@pytest.mark.parametrize(
    ("name", "quoted"),
    [
        ('say "hi"', 'say \\"hi\\"'),
        ("back\\slash", "back\\\\slash"),
        ("two\r\nlines", "twolines"),
        ('\\"', '\\\\\\"'),
    ],
)
def test_multipart_field_names_are_quoted_and_cannot_break_the_header(name: str, quoted: str) -> None:
    body, _ = encode_multipart(((name, "v"),), ((name, b"d"),), "B")
    assert body.count(f'; name="{quoted}"'.encode()) == 2
    assert f'; name="{quoted}"; filename="{quoted}"\r\n'.encode() in body
    assert body.count(b"\r\n") == 10


def test_multipart_default_boundary_is_fresh_random_hex() -> None:
    first, first_type = encode_multipart((("a", "1"),), ())
    second, second_type = encode_multipart((("a", "1"),), ())
    boundary = first_type.removeprefix("multipart/form-data; boundary=")
    assert re.fullmatch(r"[0-9a-f]{32}", boundary)
    assert first.startswith(f"--{boundary}\r\n".encode()) and first.endswith(f"--{boundary}--\r\n".encode())
    assert first_type != second_type and first != second


# --- encode_form and query_pairs ---------------------------------------------------------------


def test_form_body_is_url_encoded_ascii() -> None:
    assert encode_form((("a", "1"), ("b", "x y&z=+"), ("c", "é"), ("a", "2"))) == b"a=1&b=x+y%26z%3D%2B&c=%C3%A9&a=2"
    assert encode_form(()) == b""


def test_query_pairs_drops_only_absent_values() -> None:
    assert query_pairs([("a", "1"), ("b", None), ("c", ""), ("a", "2")]) == (("a", "1"), ("c", ""), ("a", "2"))
    assert query_pairs(iter([])) == ()


# --- php_serialize -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, "N;"),
        (True, "b:1;"),
        (False, "b:0;"),
        (0, "i:0;"),
        (-42, "i:-42;"),
        (1.5, "d:1.5;"),
        (0.1, "d:0.1;"),
        (-2.0, "d:-2.0;"),
        ("", 's:0:"";'),
        ("abc", 's:3:"abc";'),
        ('a"b;', 's:4:"a"b;";'),
        ("é", 's:2:"é";'),
        ("漢字", 's:6:"漢字";'),
        ("😀", 's:4:"😀";'),
    ],
)
def test_php_serialize_scalars(value: Any, expected: str) -> None:
    assert php_serialize(value) == expected


def test_php_serialize_lists_and_tuples_are_indexed_arrays() -> None:
    assert php_serialize([]) == "a:0:{}"
    assert php_serialize(["x", 2]) == 'a:2:{i:0;s:1:"x";i:1;i:2;}'
    assert php_serialize(("x", 2)) == php_serialize(["x", 2])


def test_php_serialize_nested_mappings() -> None:
    value = {"name": "Zoë", "tags": [True, None], 7: {"n": 1.25}}
    assert php_serialize(value) == (
        'a:3:{s:4:"name";s:4:"Zoë";s:4:"tags";a:2:{i:0;b:1;i:1;N;}i:7;a:1:{s:1:"n";d:1.25;}}'
    )


@pytest.mark.parametrize(
    ("value", "name"), [({1}, "set"), (b"x", "bytes"), (Decimal("1"), "Decimal"), (object(), "object")]
)
def test_php_serialize_refuses_other_types(value: Any, name: str) -> None:
    with pytest.raises(TypeError, match=f"^cannot PHP-serialise {name}$"):
        php_serialize(value)


def test_php_serialize_refuses_unsupported_types_inside_containers() -> None:
    with pytest.raises(TypeError, match=r"^cannot PHP-serialise frozenset$"):
        php_serialize({"ok": [1, frozenset()]})


# --- indexed_pairs -----------------------------------------------------------------------------


def _endpoint(item: dict[str, str]) -> list[tuple[str, str]]:
    return [(f"[{key}]", value) for key, value in item.items()]


def test_indexed_pairs_numbers_each_record() -> None:
    items = [{"type": "did", "value": "555"}, {"type": "sip"}]
    assert indexed_pairs("sources", items, _endpoint) == [
        ("sources[0][type]", "did"),
        ("sources[0][value]", "555"),
        ("sources[1][type]", "sip"),
    ]


def test_indexed_pairs_of_nothing_is_empty() -> None:
    assert indexed_pairs("sources", None, _endpoint) == []
    assert indexed_pairs("sources", [], _endpoint) == []
    assert indexed_pairs("sources", [{}], _endpoint) == []


# --- xml_escape and enum_text ------------------------------------------------------------------


def test_xml_escape_escapes_markup_characters_once() -> None:
    assert xml_escape("a < b && c > d") == "a &lt; b &amp;&amp; c &gt; d"
    assert xml_escape("&lt;") == "&amp;lt;"
    assert xml_escape("\"quotes\" and 'apostrophes'") == "\"quotes\" and 'apostrophes'"


def test_enum_text_spells_members_by_their_value() -> None:
    assert enum_text(Kind.GEO) == "GEOGRAPHIC"
    assert enum_text(Kind.COUNT) == "3"
    assert enum_text("TOLL_FREE") == "TOLL_FREE"
    assert enum_text(44) == "44"


# --- dataclasses and constants -----------------------------------------------------------------


def test_prepared_request_defaults_and_is_frozen() -> None:
    prepared = PreparedRequest("getDids", "GET", "/dids", (("a", "1"),))
    assert (prepared.content, prepared.content_type, prepared.mutates, prepared.credentials_in_body) == (
        None,
        None,
        False,
        False,
    )
    assert (prepared.soap_action, prepared.xml_root) == (None, None)
    with pytest.raises(AttributeError):
        prepared.method = "POST"  # type: ignore[misc]
    assert prepared == PreparedRequest("getDids", "GET", "/dids", (("a", "1"),)) and not gc.is_tracked(prepared)


def test_a_prepared_requests_repr_masks_its_secrets() -> None:
    prepared = PreparedRequest("setPin", "GET", "/pin", (("pin", "4321"), ("note", "it's")), secrets=("4321", "it's"))
    assert repr(prepared) == (
        "PreparedRequest(operation='setPin', method='GET', path='/pin', query=(('pin', '********'), "
        "('note', '********')), content=None, content_type=None, mutates=False, credentials_in_body=False, "
        "soap_action=None, xml_root=None, fields=(), secrets='********')"
    )
    # A form body spells it URL-encoded, a SOAP body escaped as XML: masked there too.
    encoded = PreparedRequest("setPin", "POST", "/pin", (), content=b"pin=4%2B1&x=a%26b", secrets=("4+1", "a&b"))
    assert (
        "4%2B1" not in repr(encoded)
        and "a%26b" not in repr(encoded)
        and "content=b'pin=********&x=********'" in repr(encoded)
    )


def test_max_response_bytes_is_32_mib() -> None:
    assert MAX_RESPONSE_BYTES == 33_554_432


@pytest.mark.parametrize(
    ("value", "spelled"), [(float("inf"), "d:INF;"), (float("-inf"), "d:-INF;"), (float("nan"), "d:NAN;")]
)
def test_php_serialize_spells_non_finite_floats_as_php_does(value: float, spelled: str) -> None:
    assert php_serialize(value) == spelled
