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
        b"<response>" + b" " * (1024 * 1024) + b"</response>",  # past the scan's limit: read in pieces
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
