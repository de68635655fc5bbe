"""Unit tests of ``generator.runtime._xmlio``: the hardened XML parser and the scalar readers.

Covers ``parse_xml`` (well-formed bodies, empty and oversized bodies, DOCTYPE and entity
declarations in UTF-8 and UTF-16, malformed XML, comments and processing instructions), every
``read_*`` reader on good, empty and bad text (underscores, non-ASCII digits, huge numbers,
NaN and infinities), ``read_bool`` with the carrier's own spelling, the enum readers,
``split_csv``, ``required``, ``read_items``, ``expect_root``, ``shape_error``, ``missing`` and
``missing_field``; the readers' errors name the record's path joined to the element's name.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum

import pytest

from generator.runtime._exceptions import BODY_EXCERPT, MalformedResponseError
from generator.runtime._request import MAX_RESPONSE_BYTES
from generator.runtime._xmlio import (
    FALSE_WORDS,
    TRUE_WORDS,
    expect_root,
    missing,
    missing_field,
    parse_xml,
    read_bool,
    read_date,
    read_datetime,
    read_decimal,
    read_enum,
    read_enum_class,
    read_int,
    read_items,
    read_open_enum,
    required,
    shape_error,
    split_csv,
)

DTD = "the response declares a DTD, which the SDK refuses"


class NumberType(Enum):
    GEOGRAPHIC = "GEOGRAPHIC"
    TOLL_FREE = "TOLL_FREE"


# --- parse_xml ---------------------------------------------------------------------------------


def test_parse_xml_returns_the_root_element() -> None:
    root = parse_xml(b'<?xml version="1.0"?><reply status="ok"><a>1</a><a>&amp;&#65;</a></reply>')
    assert root.tag == "reply" and root.get("status") == "ok"
    assert [child.text for child in root] == ["1", "&A"]


def test_parse_xml_reads_utf16_documents() -> None:
    root = parse_xml('<?xml version="1.0" encoding="UTF-16"?><a>héllo</a>'.encode("utf-16"))
    assert root.text == "héllo"


def test_parse_xml_drops_comments_and_processing_instructions() -> None:
    root = parse_xml(b"<a><!-- note --><?php echo 1; ?><b/>tail</a>")
    assert [child.tag for child in root] == ["b"]


@pytest.mark.parametrize("body", [b"", b"   \r\n\t"])
def test_parse_xml_refuses_an_empty_body(body: bytes) -> None:
    with pytest.raises(MalformedResponseError, match=r"^the response body is empty$") as caught:
        parse_xml(body, 502)
    assert caught.value.http_status == 502 and caught.value.body == body


def test_parse_xml_refuses_a_body_over_the_limit_before_parsing() -> None:
    body = b"<a>" + b"x" * (MAX_RESPONSE_BYTES - 6) + b"</a>"
    with pytest.raises(MalformedResponseError, match=r"^the response is larger than the SDK accepts$") as caught:
        parse_xml(body, 200)
    assert caught.value.body == body[:BODY_EXCERPT] and caught.value.http_status == 200


@pytest.mark.parametrize(
    "body",
    [
        b"<!DOCTYPE a><a/>",
        b'<?xml version="1.0"?><!DOCTYPE a SYSTEM "http://evil.test/a.dtd"><a/>',
        b'<!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><a>&lol2;</a>',
        b'<!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><a>&xxe;</a>',
        b'<a><!ENTITY x "y"></a>',
    ],
)
def test_parse_xml_refuses_any_dtd(body: bytes) -> None:
    with pytest.raises(MalformedResponseError, match=f"^{DTD}$") as caught:
        parse_xml(body, 200)
    assert caught.value.body == body


@pytest.mark.parametrize(
    "text",
    [
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a><a/>',
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY x "boom">]><a>&x;</a>',
    ],
)
def test_parse_xml_refuses_a_dtd_the_byte_scan_cannot_see(text: str) -> None:
    body = text.encode("utf-16")
    assert b"<!DOCTYPE" not in body
    with pytest.raises(MalformedResponseError, match=f"^{DTD}$"):
        parse_xml(body)


@pytest.mark.parametrize(
    "body",
    [
        b"<a>",
        b"not xml at all",
        b"<a></b>",
        b"<a>\x00</a>",
        b"<a>&undefined;</a>",
        b'<?xml version="1.0" encoding="bogus"?><a/>',
        b"<a/><b/>",
        b"<!-- only a comment -->",
    ],
)
def test_parse_xml_refuses_malformed_xml(body: bytes) -> None:
    with pytest.raises(MalformedResponseError, match=r"^the response is not well-formed XML: ") as caught:
        parse_xml(body, 500)
    assert caught.value.http_status == 500 and caught.value.body == body
    assert caught.value.__suppress_context__ is True


def test_parse_xml_refuses_absurdly_deep_trees() -> None:
    body = b"<a>" * 300 + b"</a>" * 300
    with pytest.raises(MalformedResponseError, match=r"^the response is not well-formed XML: "):
        parse_xml(body)


# --- errors ------------------------------------------------------------------------------------


def test_shape_error_and_missing_name_the_path() -> None:
    assert str(shape_error("$.dids[0].pop", "is odd")) == "$.dids[0].pop: is odd"
    assert str(missing("reply.order")) == "reply.order: is missing from the response"
    assert missing("x").body == b"" and missing("x").http_status is None


# --- read_int ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [None, "", "  \n "])
def test_empty_values_read_as_none(text: str | None) -> None:
    assert read_int(text, "p") is None
    assert read_decimal(text, "p") is None
    assert read_bool(text, "p") is None
    assert read_date(text, "%Y-%m-%d", "p") is None
    assert read_datetime(text, "%Y-%m-%d %H:%M", "p") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("42", 42), (" 42\n", 42), ("+7", 7), ("-0", 0), ("-15", -15), ("007", 7), ("9" * 40, int("9" * 40))],
)
def test_read_int_reads_ascii_integers(text: str, expected: int) -> None:
    assert read_int(text, "p") == expected


@pytest.mark.parametrize(
    "text",
    ["4_4", "٤٢", "²", "-²", "4.0", "0x1f", "1e3", "--1", "-", "+", "-+1", "4 4", "9" * 41, "-" + "9" * 40, "NaN"],
)
def test_read_int_refuses_anything_else(text: str) -> None:
    with pytest.raises(MalformedResponseError, match=r"^reply\.count: is not an integer$"):
        read_int(text, "reply.count")


def test_read_int_takes_forty_characters_with_or_without_a_sign() -> None:
    assert read_int("-" + "9" * 39, "p") == -int("9" * 39)
    assert read_int(" " + "9" * 40 + " ", "p") == int("9" * 40)


def test_readers_name_the_element_below_the_records_path() -> None:
    """Readers are given the record's path and the element's name, joined only for the error."""
    bad = [
        (lambda: read_int("x", "reply/did", "Channels"), "reply/did/Channels: is not an integer"),
        (lambda: read_decimal("x", "reply/did", "Cost"), "reply/did/Cost: is not a decimal number"),
        (lambda: read_decimal("1e999", "reply/did", "Cost"), "reply/did/Cost: is out of range"),
        (lambda: read_bool("x", "reply/did", "Active"), "reply/did/Active: is not a boolean"),
        (lambda: read_date("x", "%Y-%m-%d", "reply/did", "Since"), "reply/did/Since: is not a date"),
        (lambda: read_datetime("x", "%Y", "reply/did", "At"), "reply/did/At: is not a date and time"),
        (lambda: read_enum("x", frozenset({"A"}), "reply/did", "Kind"), "reply/did/Kind: 'x' is not one of A"),
        (
            lambda: read_enum_class("x", NumberType, "reply/did", "Type"),
            "reply/did/Type: 'x' is not one of GEOGRAPHIC, TOLL_FREE",
        ),
        (lambda: read_int("x", "reply/did", "ArrayOfIPs/IP"), "reply/did/ArrayOfIPs/IP: is not an integer"),
    ]
    for read, message in bad:
        with pytest.raises(MalformedResponseError) as caught:
            read()
        assert str(caught.value) == message


# --- read_decimal ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.50", Decimal("1.50")),
        (" -0.0075 ", Decimal("-0.0075")),
        (".5", Decimal("0.5")),
        ("5.", Decimal("5")),
        ("+3", Decimal("3")),
        ("-1e3", Decimal("-1E+3")),
        ("1E+100", Decimal("1E+100")),
        ("1e-100", Decimal("1E-100")),
        ("1" * 30 + "." + "5" * 29, Decimal("1" * 30 + "." + "5" * 29)),
    ],
)
def test_read_decimal_reads_decimal_numbers(text: str, expected: Decimal) -> None:
    value = read_decimal(text, "p")
    assert value == expected and str(value) == str(expected)


@pytest.mark.parametrize(
    "text",
    [
        "NaN",
        "nan",
        "inf",
        "-Infinity",
        "sNaN",
        "1_0",
        "١",
        "٤.٢",
        "1,5",
        ".",
        "..",
        "1.2.3",
        "e5",
        "1e",
        "0x10",
        "1" * 61,
    ],
)
def test_read_decimal_refuses_what_is_not_a_decimal_number(text: str) -> None:
    with pytest.raises(MalformedResponseError, match=r"^p: is not a decimal number$"):
        read_decimal(text, "p")


@pytest.mark.parametrize("text", ["1e101", "-1e101", "1e-101", "1.5E+200"])
def test_read_decimal_refuses_numbers_out_of_range(text: str) -> None:
    with pytest.raises(MalformedResponseError, match=r"^p: is out of range$"):
        read_decimal(text, "p")


# --- read_bool ---------------------------------------------------------------------------------


def test_true_and_false_words() -> None:
    assert frozenset({"true", "1", "yes"}) == TRUE_WORDS
    assert frozenset({"false", "0", "no"}) == FALSE_WORDS


@pytest.mark.parametrize("text", ["true", "TRUE", " True ", "1", "yes", "YES"])
def test_read_bool_true(text: str) -> None:
    assert read_bool(text, "p") is True


@pytest.mark.parametrize("text", ["false", "False", "0", "no", " No\n"])
def test_read_bool_false(text: str) -> None:
    assert read_bool(text, "p") is False


@pytest.mark.parametrize("text", ["y", "n", "2", "on", "off", "truthy", "١"])
def test_read_bool_refuses_other_words(text: str) -> None:
    with pytest.raises(MalformedResponseError, match=r"^p: is not a boolean$"):
        read_bool(text, "p")


def test_read_bool_takes_the_carriers_own_spelling_beside_the_usual_words() -> None:
    spelled = ("Enabled", "Disabled")
    assert read_bool("enabled", "p", spelled=spelled) is True
    assert read_bool(" DISABLED ", "p", spelled=spelled) is False
    assert read_bool("yes", "p", spelled=spelled) is True
    assert read_bool("0", "p", spelled=spelled) is False
    with pytest.raises(MalformedResponseError, match=r"^p: is not a boolean$"):
        read_bool("enabled", "p")
    with pytest.raises(MalformedResponseError, match=r"^p/Active: is not a boolean$"):
        read_bool("on", "p", "Active", spelled=spelled)


# --- read_date, read_datetime ------------------------------------------------------------------


def test_read_date() -> None:
    assert read_date(" 2024-02-29 ", "%Y-%m-%d", "p") == dt.date(2024, 2, 29)
    assert read_date("29/02/2024", "%d/%m/%Y", "p") == dt.date(2024, 2, 29)


@pytest.mark.parametrize("text", ["2023-02-29", "2024-13-01", "tomorrow", "2024-01-01 10:00"])
def test_read_date_refuses_bad_dates(text: str) -> None:
    with pytest.raises(MalformedResponseError, match=r"^reply\.date: is not a date$") as caught:
        read_date(text, "%Y-%m-%d", "reply.date")
    assert caught.value.__suppress_context__ is True


def test_read_datetime() -> None:
    assert read_datetime("2024-01-31 23:59:58", "%Y-%m-%d %H:%M:%S", "p") == dt.datetime(2024, 1, 31, 23, 59, 58)


@pytest.mark.parametrize("text", ["2024-01-31", "2024-01-31 24:00:00", "now"])
def test_read_datetime_refuses_bad_values(text: str) -> None:
    with pytest.raises(MalformedResponseError, match=r"^p: is not a date and time$"):
        read_datetime(text, "%Y-%m-%d %H:%M:%S", "p")


# --- enums -------------------------------------------------------------------------------------


def test_read_enum_returns_the_stripped_value() -> None:
    assert read_enum(" PENDING\n", frozenset({"PENDING", "FULFILLED"}), "p") == "PENDING"


@pytest.mark.parametrize(("text", "shown"), [("LOST", "'LOST'"), (None, "''"), ("pending", "'pending'")])
def test_read_enum_refuses_unknown_values(text: str | None, shown: str) -> None:
    with pytest.raises(MalformedResponseError) as caught:
        read_enum(text, frozenset({"PENDING", "FULFILLED"}), "order.status")
    assert str(caught.value) == f"order.status: {shown} is not one of FULFILLED, PENDING"


def test_read_enum_class_returns_the_member() -> None:
    assert read_enum_class(" TOLL_FREE ", NumberType, "p") is NumberType.TOLL_FREE


def test_read_enum_class_refuses_unknown_values_listing_members_in_order() -> None:
    with pytest.raises(MalformedResponseError) as caught:
        read_enum_class("MOBILE", NumberType, "n.type")
    assert str(caught.value) == "n.type: 'MOBILE' is not one of GEOGRAPHIC, TOLL_FREE"
    assert caught.value.__suppress_context__ is True


class Loose(Enum):
    """An enum whose ``_missing_`` takes other spellings: the readers' table lookup must not skip it."""

    ON = "on"

    @classmethod
    def _missing_(cls, value: object) -> Loose | None:
        return cls.ON if isinstance(value, str) and value.lower() == "on" else None


def test_enum_readers_still_ask_the_enum_for_values_its_table_lacks() -> None:
    assert read_enum_class("ON", Loose, "p") is Loose.ON
    assert read_open_enum("On", Loose) is Loose.ON
    assert read_open_enum("off", Loose) == "off"


def test_read_open_enum_keeps_unknown_values_as_text() -> None:
    assert read_open_enum("GEOGRAPHIC", NumberType) is NumberType.GEOGRAPHIC
    assert read_open_enum(" MOBILE ", NumberType) == "MOBILE"
    assert read_open_enum(None, NumberType) == ""


# --- split_csv, required, expect_root ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [(None, []), ("", []), (" , ,", []), ("a", ["a"]), ("a, b,,c ,", ["a", "b", "c"]), ("x y,z", ["x y", "z"])],
)
def test_split_csv(text: str | None, expected: list[str]) -> None:
    assert split_csv(text) == expected


@pytest.mark.parametrize("value", [0, "", False, [], "x"])
def test_required_passes_any_value_but_none(value: object) -> None:
    assert required(value, "p") is value


def test_required_none_is_missing() -> None:
    with pytest.raises(MalformedResponseError, match=r"^reply\.order_id: is missing from the response$"):
        required(None, "reply.order_id")


def test_missing_field_names_the_first_required_value_that_is_none() -> None:
    error = missing_field("reply/did", ("DIDsID", 7), ("Channels", None), ("TrunkID", None))
    assert str(error) == "reply/did/Channels: is missing from the response"


def test_read_items_reads_the_children_of_one_tag_at_one_path() -> None:
    wrapper = parse_xml(b"<dids><did>1</did><note>skip</note><did>2</did></dids>")
    seen: list[tuple[str, str]] = []

    def read(element: object, path: str) -> str:
        seen.append((path, element.text))  # type: ignore[attr-defined]
        return path

    assert read_items(wrapper, "did", read, "reply/dids/did") == ("reply/dids/did", "reply/dids/did")
    assert seen == [("reply/dids/did", "1"), ("reply/dids/did", "2")]
    assert read_items(parse_xml(b"<dids/>"), "did", read, "p") == ()


def test_expect_root() -> None:
    body = b"<reply/>"
    root = parse_xml(body)
    assert expect_root(root, "reply", body) is root
    with pytest.raises(MalformedResponseError, match=r"^expected a <response> document, got <reply>$") as caught:
        expect_root(root, "response", body)
    assert caught.value.body == body


def test_expect_root_compares_namespaced_tags_in_full() -> None:
    body = b'<r xmlns="urn:x"/>'
    root = parse_xml(body)
    assert expect_root(root, "{urn:x}r", body) is root
    with pytest.raises(MalformedResponseError, match=r"^expected a <r> document, got <\{urn:x\}r>$"):
        expect_root(root, "r", body)


def test_read_text_refuses_an_empty_or_nested_required_string_unless_empty_is_allowed() -> None:
    from lxml import etree

    from generator.runtime._xmlio import read_text

    assert read_text(etree.fromstring("<a>x</a>"), "r", "a") == "x"
    for xml, problem in (("<a/>", "is empty"), ("<a>  </a>", "is empty"), ("<a><b>x</b></a>", "holds elements")):
        with pytest.raises(MalformedResponseError, match=f"^r/a: {problem}"):
            read_text(etree.fromstring(xml), "r", "a")
    assert read_text(etree.fromstring("<a/>"), "r", "a", allow_empty=True) == ""
    with pytest.raises(MalformedResponseError, match="holds elements"):
        read_text(etree.fromstring("<a><b/></a>"), "r", "a", allow_empty=True)


def test_the_scanners_boolean_words_read_as_read_bool_reads_them() -> None:
    from generator.runtime._xmlio import BOOLEAN_WORDS, read_bool

    assert {"true", "TRUE", "True", "0", "no", "NO"} <= BOOLEAN_WORDS.keys()
    assert all(read_bool(word, "r", "x") is value for word, value in BOOLEAN_WORDS.items())
