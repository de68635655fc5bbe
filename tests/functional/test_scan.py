"""The tree-less readers (``_scan``, ``_scanio``) read a plain answer, and nothing else, as the tree's readers do.

(iovox and VoiceMeUp answers, and Voxbone's SOAP answers.)

Each documented answer is scanned (the fast path is taken) to the value the tree's readers give. Then
each is corrupted thousands of ways, deterministically: markup the scan must decline (comments, entities,
CDATA, attributes, CR, a DOCTYPE, a mismatched or non-ASCII tag, ...) and changes it may take (blanks,
empty and unknown elements, elements dropped, doubled or swapped). Whatever the scan makes of each, the
answer's parser gives what it gives with the scan switched off: the same value, or the same error.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import httpx
import iovox_sdk
import pytest
import voicemeup_sdk
import voxbone_sdk
from iovox_sdk import _operations as iovox
from voicemeup_sdk import _operations as voicemeup
from voxbone_sdk import _operations as voxbone

from . import samples
from .test_reader_order import CALLS, GET_DIDS_INFO
from .test_voxbone import GET_ACCOUNT_BALANCE_RESPONSE, GET_DID_GROUP_LIST_RESPONSE, PLACE_DIDS_ORDER_RESPONSE, envelope

Parse = Callable[[httpx.Response, bytes], Any]

FUNDING = (
    b"<response>\n  <response_details><response_status>success</response_status></response_details>\n"
    b"  <account_balance>12.50</account_balance><funds_left>3.20</funds_left>\n</response>\n"
)

#: (the SDK, its parser, the answer's HTTP status, a plain answer)
CASES: dict[str, tuple[ModuleType, Parse, int, bytes]] = {
    "iovox regions": (iovox_sdk, iovox.parse_get_voxnumber_regions, 200, samples.REGION_PAGE),
    "iovox voxnumbers": (iovox_sdk, iovox.parse_get_voxnumbers, 200, samples.VOXNUMBER_PAGE),
    "iovox purchase": (iovox_sdk, iovox.parse_purchase_vox_numbers, 201, samples.SEED_FULFILLED_RESPONSE),
    "voicemeup get_calls": (voicemeup_sdk, voicemeup.parse_get_calls, 200, CALLS),
    "voicemeup funding": (voicemeup_sdk, voicemeup.parse_get_funding_details, 200, FUNDING),
    "voxbone GetDIDsInfo": (voxbone_sdk, voxbone.parse_get_dids_info, 200, GET_DIDS_INFO),
    "voxbone PlaceDIDsOrder": (voxbone_sdk, voxbone.parse_place_dids_order, 200, envelope(PLACE_DIDS_ORDER_RESPONSE)),
    "voxbone GetDIDGroupList": (
        voxbone_sdk,
        voxbone.parse_get_did_group_list,
        200,
        envelope(GET_DID_GROUP_LIST_RESPONSE),
    ),
    "voxbone GetAccountBalance": (
        voxbone_sdk,
        voxbone.parse_get_account_balance,
        200,
        envelope(GET_ACCOUNT_BALANCE_RESPONSE),
    ),
}

# What is put at a tag boundary: markup the scan declines, and changes it may read.
DECLINED = [
    "<!-- a comment -->",
    "<!DOCTYPE response>",
    "<?pi data?>",
    "&amp;",
    "&#65;",
    "<![CDATA[x]]>",
    "\r\n",
    "]]>",
    "<x>t</y>",
    "<a\u00b2>t</a\u00b2>",
    "<x a='1'>t</x>",
    "<x:y>t</x:y>",
    '<x xmlns="urn:other">t</x>',
    "<soapenv:Header/>",
    "\x01",
    "<",
    "&",
]
TAKEN = [" ", "\n  ", "\t", "<other>text</other>", "<other/>", "<other></other>", "é"]


#: The entry points of the scan: a plain document, a SOAP answer.
SCANS = ("scan_document", "scan_soap")


@dataclass(frozen=True)
class Failure:
    """An error a parser raised: its class and message."""

    kind: type[BaseException]
    message: str


def outcome(parse: Parse, status: int, body: bytes) -> Any:
    """What a parser makes of ``body``: its value, or its ``Failure``."""
    try:
        return parse(httpx.Response(status), body)
    except Exception as exc:
        return Failure(type(exc), str(exc))


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[ModuleType], list[bool]]]:
    """For each SDK, a log of whether each answer parsed was scanned (True) or declined to the tree."""
    logs: dict[str, list[bool]] = {}

    def watch(sdk: ModuleType) -> list[bool]:
        if sdk.__name__ not in logs:
            log = logs[sdk.__name__] = []
            for module, name in [(m, n) for m in (sdk._operations, getattr(sdk, "_envelope", None)) for n in SCANS]:
                original = getattr(module, name, None)
                if original is None:
                    continue

                def spied(*args: Any, original: Any = original, log: list[bool] = log) -> Any:
                    found = original(*args)
                    log.append(found is not None)
                    return found

                monkeypatch.setattr(module, name, spied)
        return logs[sdk.__name__]

    yield watch


def tree_outcome(monkeypatch: pytest.MonkeyPatch, sdk: ModuleType, parse: Parse, status: int, body: bytes) -> Any:
    """``outcome`` with the scan switched off: every answer goes to the tree's readers."""
    with monkeypatch.context() as patched:
        patched.setattr(sdk._scanio, "SCAN_LIMIT", -1)
        return outcome(parse, status, body)


@pytest.mark.parametrize("case", CASES)
def test_a_plain_answer_is_scanned_to_what_the_tree_reads(
    case: str, scans: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    sdk, parse, status, body = CASES[case]
    log = scans(sdk)
    scanned = outcome(parse, status, body)
    assert log == [True], "the documented answer is read without a tree"
    assert not isinstance(scanned, Failure), scanned
    assert scanned == tree_outcome(monkeypatch, sdk, parse, status, body)


def corrupted(body: bytes, rng: random.Random) -> tuple[bytes, bool]:
    """``body`` changed at a random tag boundary; True when the change is one the scan must decline."""
    text = body.decode("utf-8")
    cuts = [i for i, c in enumerate(text) if c in "<>"]
    at = rng.choice(cuts)
    at += text[at] == ">"
    kind = rng.random()
    if kind < 0.35:
        # The envelope's elements are cut out and parsed on their own: markup in them is the parser's to read.
        envelope = text.find("<response_details>"), text.find("</response_details>")
        return (text[:at] + rng.choice(DECLINED) + text[at:]).encode("utf-8"), not envelope[0] < at <= envelope[1]
    if kind < 0.6:
        return (text[:at] + rng.choice(TAKEN) + text[at:]).encode("utf-8"), False
    # An element dropped, doubled, emptied or moved next to its neighbour (some the scan reads, some not).
    starts = [i for i in range(len(text)) if text.startswith("<", i) and text[i + 1 : i + 2] not in "/?!"]
    start = rng.choice(starts)
    name = text[start + 1 : text.index(">", start)].rstrip("/")
    end = text.find(f"</{name}>", start)
    if end < 0:
        return body, False
    end += len(name) + 3
    element = text[start:end]
    how = rng.choice(["drop", "double", "empty", "move"])
    if how == "drop":
        changed = text[:start] + text[end:]
    elif how == "double":
        changed = text[:end] + element + text[end:]
    elif how == "empty":
        changed = text[:start] + f"<{name}/>" + text[end:]
    else:
        changed = text[:start] + text[end:]
        changed = changed[: max(0, start - 40)] + element + changed[max(0, start - 40) :]
    return changed.encode("utf-8"), False


@pytest.mark.parametrize("case", CASES)
def test_a_corrupted_answer_is_declined_or_scanned_to_what_the_tree_reads(
    case: str, scans: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    sdk, parse, status, body = CASES[case]
    log = scans(sdk)
    rng = random.Random(f"scan {case}")
    differ, wrongly_taken, scanned = [], [], 0
    for _ in range(400):
        changed, must_decline = corrupted(body, rng)
        del log[:]
        got = outcome(parse, status, changed)
        taken = log == [True]
        if got != tree_outcome(monkeypatch, sdk, parse, status, changed):
            differ.append(changed)
        if must_decline and taken:
            wrongly_taken.append(changed)
        scanned += taken
    assert differ == [], f"{len(differ)} answers read otherwise than the tree's readers read them"
    assert wrongly_taken == [], "the scan read markup it must leave to the parser"
    assert scanned >= 40, "most corrupted answers were declined: the comparison tested little"


@pytest.mark.parametrize(
    "document",
    [
        b"<?xml version='1.0' encoding='UTF-8'?>\n<response></response>",
        b'<?xml version="1.0"?><response>\n</response>\n',
        b'<?xml version="1.0" encoding="utf-8" standalone="yes"?><response></response>',
    ],
)
def test_a_plain_head_is_scanned(document: bytes) -> None:
    assert iovox_sdk._scanio.scan_document(document, "response", lambda text, start, end: (start, end)) is not None


@pytest.mark.parametrize(
    "document",
    [
        b"\xef\xbb\xbf<response></response>",  # a BOM
        b" <?xml version='1.0'?><response></response>",  # a declaration not first: the parser refuses it
        b'<?xml version="1.1"?><response></response>',
        b'<?xml version="1.0" encoding="ISO-8859-1"?><response></response>',
        b"<!DOCTYPE response><response></response>",
        b"<response ></response>",
        b"<response></response>junk",
        b"<response>\xff</response>",
        b"<response/>",
        b"<other></other>",
        # past the scan's limit: the parser reads it in pieces
        b"<response>" + b" " * iovox_sdk._scanio.SCAN_LIMIT + b"</response>",
    ],
)
def test_anything_else_goes_to_the_parser(document: bytes) -> None:
    assert iovox_sdk._scanio.scan_document(document, "response", lambda text, start, end: (start, end)) is None


def test_a_second_document_element_is_left_to_the_parser(scans: Any) -> None:
    log = scans(iovox_sdk)
    body = samples.REGION_PAGE.rstrip() + b"<response></response>"
    with pytest.raises(iovox_sdk.MalformedResponseError, match="not well-formed"):
        iovox.parse_get_voxnumber_regions(httpx.Response(200), body)
    assert log == [False]


LONG_NAME = "A" * 50_001
SECOND_ENVELOPE = (
    b"<response><response_details><response_status>success</response_status></response_details>"
    b"<account_balance>1</account_balance><response_details/></response>"
)


@pytest.mark.parametrize(
    ("sdk", "parse", "body"),
    [
        # lxml refuses a name past 50,000 characters; the scan's unknown elements stop at 1,000.
        (
            iovox_sdk,
            iovox.parse_get_voxnumber_regions,
            samples.REGION_PAGE.replace(b"</response>", f"<{LONG_NAME}>x</{LONG_NAME}></response>".encode()),
        ),
        # A later envelope element: the tree's head reads both (and finds no status).
        (voicemeup_sdk, voicemeup.parse_get_funding_details, SECOND_ENVELOPE),
    ],
)
def test_what_only_the_tree_reads_right_is_left_to_it(
    sdk: ModuleType, parse: Parse, body: bytes, scans: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = scans(sdk)
    got = outcome(parse, 200, body)
    assert log == [False]
    assert isinstance(got, Failure) and got == tree_outcome(monkeypatch, sdk, parse, 200, body)


SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
VOX = "http://www.voxbone.com/VoxAPI"


def soap_answer(envelope_attributes: str, body: str) -> bytes:
    return f'<?xml version="1.0" encoding="utf-8"?><s:Envelope{envelope_attributes}>{body}</s:Envelope>'.encode()


@pytest.mark.parametrize(
    "document",
    [
        soap_answer(f' xmlns:s="{SOAP}"', f'<s:Body><R xmlns="{VOX}"></R></s:Body>'),
        soap_answer(f' xmlns:s="{SOAP}" xmlns:xsi="urn:x"', f'\n<s:Body>\n <R xmlns="{VOX}"></R>\n</s:Body>\n'),
    ],
)
def test_a_plain_soap_answer_is_scanned(document: bytes) -> None:
    assert voxbone_sdk._scanio.scan_soap(document, "R", VOX, lambda text, start, end: (start, end)) is not None


@pytest.mark.parametrize(
    "document",
    [
        soap_answer(f' xmlns:s="{SOAP}" xmlns:s="{SOAP}"', f'<s:Body><R xmlns="{VOX}"></R></s:Body>'),  # twice
        soap_answer(f' xmlns:s="{SOAP}" xmlns:xmlfoo="urn:x"', f'<s:Body><R xmlns="{VOX}"></R></s:Body>'),
        soap_answer(' xmlns:s="urn:not-soap"', f'<s:Body><R xmlns="{VOX}"></R></s:Body>'),
        soap_answer(f' xmlns:s="{SOAP}" a="1"', f'<s:Body><R xmlns="{VOX}"></R></s:Body>'),
        soap_answer(f' xmlns:s="{SOAP}"', f'<s:Header/><s:Body><R xmlns="{VOX}"></R></s:Body>'),
        soap_answer(f' xmlns:s="{SOAP}"', '<s:Body><R xmlns="urn:other"></R></s:Body>'),
        soap_answer(f' xmlns:s="{SOAP}"', f'<s:Body><v:R xmlns:v="{VOX}"></v:R></s:Body>'),
        soap_answer(f' xmlns:s="{SOAP}"', f'<s:Body><R xmlns="{VOX}"><A xmlns="urn:o">1</A></R></s:Body>'),
        soap_answer(f' xmlns:s="{SOAP}"', f'<s:Body><R xmlns="{VOX}"></R><R xmlns="{VOX}"></R></s:Body>'),
        soap_answer(f' xmlns:s="{SOAP}"', f'<s:Body><R xmlns="{VOX}"></R></s:Body>junk'),
    ],
)
def test_any_other_soap_answer_goes_to_the_parser(document: bytes) -> None:
    assert voxbone_sdk._scanio.scan_soap(document, "R", VOX, lambda text, start, end: (start, end)) is None


def calls_answer(items: list[str]) -> bytes:
    """A get_calls answer of ``items``, each a call's content."""
    calls = "".join(f"<call>{item}</call>" for item in items)
    return (
        "<response><response_details><response_status>success</response_status></response_details>"
        f"<calls>{calls}</calls></response>"
    ).encode()


def call_in_order(index: int, names: list[str]) -> str:
    """A call of extras=yes with its elements in the order of ``names`` (a field's value: its index)."""
    values = {"call_hash": f"{index:032x}", "failure_code": "", "date": "2024-01-01 00:00:00"}
    return "".join(f"<{name}>{values.get(name, index % 7)}</{name}>" for name in names)


#: The fields of a call with extras=yes, in another order than documented, an unknown element amid.
SCRAMBLED = [
    "date", "channel_usage_excess", "call_hash", "failure_code", "sip_response_code", "account_call_limit",
    "account_usage_inbound", "account_usage_outbound", "subaccount_usage_inbound", "subaccount_usage_outbound",
    "channel_usage_outbound", "channel_usage_inbound", "subaccount_call_limit", "subaccount_channel_inbound",
    "subaccount_channel_outbound",
]  # fmt: skip


DOCUMENTED = [name for name, _ in voicemeup_sdk._scan._GET_CALLS_REPLY_CALLS_LAYOUT]


@pytest.mark.parametrize(
    ("answer", "taken"),
    [
        pytest.param(calls_answer([call_in_order(i, SCRAMBLED) for i in range(3)]), True, id="every item alike"),
        # The first item leaves fields out: the documented order reads on from the item it does not read.
        pytest.param(
            calls_answer([call_in_order(0, SCRAMBLED[5:]), call_in_order(1, DOCUMENTED), call_in_order(2, DOCUMENTED)]),
            True,
            id="later items with fields the first left out",
        ),
        pytest.param(
            calls_answer([call_in_order(0, SCRAMBLED), call_in_order(1, SCRAMBLED[::-1])]),
            False,
            id="a later item in yet another order",
        ),
    ],
)
def test_a_list_in_another_order_is_scanned_to_what_the_tree_reads(
    answer: bytes, taken: bool, scans: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = scans(voicemeup_sdk)
    scanned = outcome(voicemeup.parse_get_calls, 200, answer)
    assert log == [taken]
    assert not isinstance(scanned, Failure), scanned
    assert scanned == tree_outcome(monkeypatch, voicemeup_sdk, voicemeup.parse_get_calls, 200, answer)
    calls = scanned.payload.calls
    assert [call.subaccount_channel_outbound for call in calls] == list(range(len(calls)))


LONG_LIST = calls_answer([call_in_order(i, SCRAMBLED) for i in range(3000)])  # ~1 MiB: pieces of 256 KiB


def test_a_long_list_is_scanned_in_pieces_the_deadline_checked_between(
    scans: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = scans(voicemeup_sdk)
    looks: list[int] = []
    check = voicemeup_sdk._scanio.check_deadline
    monkeypatch.setattr(voicemeup_sdk._scanio, "check_deadline", lambda: looks.append(1) or check())
    scanned = voicemeup.parse_get_calls(httpx.Response(200), LONG_LIST)
    assert log == [True] and len(scanned.payload.calls) == 3000
    assert len(looks) >= len(LONG_LIST) // voicemeup_sdk._scanio._PIECE
    assert scanned == tree_outcome(monkeypatch, voicemeup_sdk, voicemeup.parse_get_calls, 200, LONG_LIST)


@pytest.mark.parametrize("where", [0.1, 0.5, 0.9])
def test_markup_in_any_piece_of_a_long_list_declines(where: float, scans: Any) -> None:
    log = scans(voicemeup_sdk)
    at = LONG_LIST.index(b"<call>", int(len(LONG_LIST) * where))
    changed = LONG_LIST[:at] + b"<!-- a comment -->" + LONG_LIST[at:]
    assert len(voicemeup.parse_get_calls(httpx.Response(200), changed).payload.calls) == 3000
    assert log == [False]


LAYOUT = (("a", True), ("b", False))


@pytest.mark.parametrize(
    "order",
    [
        pytest.param((), id="no item"),
        pytest.param(("a", "b", "a"), id="a name twice"),
        pytest.param(("b",), id="a required field left out"),
        pytest.param(("a", "item"), id="the item's own tag inside"),
    ],
)
def test_an_order_that_cannot_be_learned_leaves_the_documented_pattern(order: tuple[str, ...]) -> None:
    assert voicemeup_sdk._scanio._learned("item", LAYOUT, order) is None


def test_a_learned_order_puts_the_groups_in_the_documented_places() -> None:
    scanio = voicemeup_sdk._scanio
    known = ("a", "b")
    runs = [scanio.others(known, 0), scanio.element("a"), scanio.others(known, 1), scanio.optional("b")]
    documented = re.compile(scanio.items("item", "".join([*runs, scanio.others(known, 2)])))
    content = "<item><b>2</b><x>?</x><a>1</a></item> <item><a/></item>"
    read = list(scanio.flat_items(documented, "item", LAYOUT, content, 0, len(content)))
    assert [(a, seen_b, b, stray) for _, a, _, seen_b, b, _, stray in read] == [("1", "<", "2", ""), ("", "", "", "")]


def test_an_order_with_the_known_fields_as_documented_reads_in_place() -> None:
    scanio = voicemeup_sdk._scanio
    known = ("a", "b")
    runs = [scanio.others(known, 0), scanio.element("a"), scanio.others(known, 1), scanio.optional("b")]
    documented = re.compile(scanio.items("item", "".join([*runs, scanio.others(known, 2)])))
    content = "<item><a>1</a><x>?</x></item> <item><a/><b>2</b></item>"
    pattern, reorder = scanio._learned("item", LAYOUT, ("a", "x"))
    assert reorder is None and pattern.groups == documented.groups  # no tuple rebuilt per item
    read = list(scanio.flat_items(documented, "item", LAYOUT, content, 0, len(content)))
    assert [(a, seen_b, b, stray) for _, a, _, seen_b, b, _, stray in read] == [("1", "", "", ""), ("", "<", "2", "")]
    assert [(a, seen_b, b, stray) for _, a, _, seen_b, b, _, stray in documented.findall(content)] == [
        ("1", "", "", ""),
        ("", "<", "2", ""),
    ]
