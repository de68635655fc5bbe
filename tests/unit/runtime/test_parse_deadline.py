"""Unit tests of parsing under the call's deadline (``_deadline.check_deadline`` and its callers).

Covers ``check_deadline`` (outside a call, before and after the deadline), the readers that split
large bodies (``parse_xml`` in pieces, ``load_json``'s piecewise decoding and ``decode_typed``'s into
Structs, records and lists: the same values as a single call, the same refusals), the checks inside
``xml_to_data`` and ``stringified``, and the
async client's parse of a large answer in a thread of its own (result, errors, the deadline,
no thread left after ``aclose``).
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from typing import Any

import httpx
import msgspec
import pytest
from lxml import etree

from generator.runtime._base_client import OFFLOAD_BYTES, AsyncAPIClient, SyncAPIClient
from generator.runtime._deadline import check_deadline, deadline
from generator.runtime._exceptions import MalformedResponseError, TransportTimeoutError
from generator.runtime._jsonio import _decode_in_pieces, decode_fast, decode_typed, load_json
from generator.runtime._mirror import stringified, xml_to_data
from generator.runtime._request import PreparedRequest
from generator.runtime._xmlio import PARSE_PIECE, parse_xml

PASSED = "^the answer was still being read at the call's deadline$"
GET = PreparedRequest("get", "GET", "/x", ())


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def expired() -> Any:
    return deadline(time.monotonic() - 1)


def test_check_deadline_outside_a_call_never_raises() -> None:
    check_deadline()


def test_check_deadline_before_the_deadline_passes_and_after_it_raises() -> None:
    with deadline(time.monotonic() + 60):
        check_deadline()
    with expired(), pytest.raises(httpx.ReadTimeout, match=PASSED):
        check_deadline()


def big_xml(count: int = 40_000) -> bytes:
    items = "".join(f'<item n="{i}"><name>n{i}</name><v>{i % 7}</v>tail</item>' for i in range(count))
    return f'<?xml version="1.0" encoding="utf-8"?><root><items>{items}</items><empty/></root>'.encode()


def test_a_large_xml_body_is_parsed_in_pieces_to_the_same_tree() -> None:
    body = big_xml()
    assert len(body) > 3 * PARSE_PIECE
    whole = etree.fromstring(body)
    assert etree.tostring(parse_xml(body)) == etree.tostring(whole)


def test_a_large_malformed_xml_body_is_refused_like_a_small_one() -> None:
    body = big_xml()[:-7]
    with pytest.raises(MalformedResponseError, match="not well-formed XML"):
        parse_xml(body)


def test_a_large_xml_body_past_the_deadline_stops_parsing() -> None:
    with expired(), pytest.raises(httpx.ReadTimeout, match=PASSED):
        parse_xml(big_xml())


def test_xml_to_data_past_the_deadline_stops() -> None:
    body = big_xml(2000)
    assert len(body) < PARSE_PIECE
    with expired(), pytest.raises(httpx.ReadTimeout, match=PASSED):
        xml_to_data(body, 200)


DOCUMENTS = [
    {"calls": {"call": [{"id": i, "name": f"n{i}", "tags": ["a", "b"], "x": None} for i in range(60_000)]}},
    {"big": "x" * (3 * PARSE_PIECE), "n": [1.5, True, False, None], "nested": [[i, [i]] for i in range(80_000)]},
    {"dup": 1, "rows": [{"wide": "y" * (2 * PARSE_PIECE)}, {"k": '\u00e9\\"\n'}] * 3},
]


@pytest.mark.parametrize("document", DOCUMENTS, ids=["records", "scalars-and-nesting", "wide-members"])
def test_a_large_json_body_decodes_in_pieces_to_the_same_value(document: dict[str, Any]) -> None:
    body = json.dumps(document, indent=1).encode()
    assert len(body) > PARSE_PIECE
    assert _decode_in_pieces(body) == msgspec.json.decode(body) == load_json(body, 200)


def test_a_large_top_level_array_decodes_in_pieces() -> None:
    body = json.dumps([{"i": i} for i in range(50_000)]).encode()
    assert _decode_in_pieces(body) == msgspec.json.decode(body)


def test_a_large_malformed_json_body_is_refused_like_a_small_one() -> None:
    body = json.dumps(DOCUMENTS[0]).encode()
    for broken in (body[:-2], body.replace(b'"n1"', b'"n1', 1), body + b"x"):
        with pytest.raises(MalformedResponseError, match="not valid JSON"):
            load_json(broken, 200)


def test_a_large_json_body_past_the_deadline_stops_decoding() -> None:
    with expired(), pytest.raises(httpx.ReadTimeout, match=PASSED):
        load_json(json.dumps(DOCUMENTS[0]).encode(), 200)


def test_stringified_past_the_deadline_stops() -> None:
    with expired(), pytest.raises(httpx.ReadTimeout, match=PASSED):
        stringified({"rows": [{"a": 1}]})
    with expired(), pytest.raises(httpx.ReadTimeout, match=PASSED):
        stringified(list(range(10_000)))
    assert stringified(list(range(10_000))) == [str(i) for i in range(10_000)]


# --- typed decoding in pieces ----------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Row:
    id: int
    name: str | None = None


class Rows(msgspec.Struct, frozen=True):
    row: list[Row] | Row = []


class Answer(msgspec.Struct, kw_only=True, frozen=True):
    status: str | None = None
    rows: tuple[Row, ...] = ()
    grouped: Rows | None = None
    label: str | None = None
    required: int


def rows_answer(count: int, **extra: Any) -> bytes:
    rows = [{"id": str(i), "name": f"n{i}", "skip": [i] * 3} for i in range(count)]
    document = {"status": "success", "rows": rows, "grouped": {"row": rows[: count // 2]}, "required": 1, **extra}
    return json.dumps(document).encode()


def test_a_large_body_decodes_into_its_types_in_pieces_to_the_value_of_one_call() -> None:
    body = rows_answer(60_000, label="x" * (5 * PARSE_PIECE))
    assert len(body) > 10 * PARSE_PIECE
    whole = msgspec.json.Decoder(Answer, strict=False).decode(body)
    assert decode_typed(body, Answer) == whole
    assert whole.rows[7] == Row(id=7, name="n7") and len(whole.grouped.row) == 30_000  # type: ignore[union-attr]


def test_a_large_list_of_one_item_alone_decodes_in_pieces() -> None:
    one = json.dumps({"row": {"id": 1, "name": "y" * (6 * PARSE_PIECE)}}).encode()
    assert decode_typed(one, Rows | None) == Rows(row=Row(id=1, name="y" * (6 * PARSE_PIECE)))
    assert decode_typed(b"null", Rows | None) is None


@pytest.mark.parametrize(
    ("change", "error"),
    [
        (lambda body: body.replace(b'"id": "59999"', b'"id": "many"'), msgspec.ValidationError),
        (lambda body: body.replace(b'"required": 1', b'"other": 1'), msgspec.ValidationError),
        (lambda body: body.replace(b'"id": "100"', b'"id": 1"00"'), msgspec.DecodeError),
        (lambda body: b"[" + body + b"]", msgspec.ValidationError),
    ],
    ids=["a late item of the wrong type", "a required member missing", "malformed", "not an object"],
)
def test_a_large_body_is_refused_in_pieces_as_one_call_refuses_it(change: Any, error: type[Exception]) -> None:
    body = change(rows_answer(60_000))
    with pytest.raises(error):
        msgspec.json.Decoder(Answer, strict=False).decode(body)
    with pytest.raises(error):
        decode_typed(body, Answer)


def test_decode_fast_of_a_large_body_gives_the_record_or_leaves_it_to_the_tolerant_reader() -> None:
    body = rows_answer(60_000)
    assert decode_fast(body, Answer) == msgspec.json.Decoder(Answer, strict=False).decode(body)
    assert decode_fast(body.replace(b'"id": "59999"', b'"id": ""'), Answer) is None


def test_a_large_body_past_the_deadline_stops_decoding_into_its_types() -> None:
    body = rows_answer(60_000)
    with expired(), pytest.raises(httpx.ReadTimeout, match=PASSED):
        decode_typed(body, Answer)
    with expired(), pytest.raises(httpx.ReadTimeout, match=PASSED):
        decode_fast(body, Answer)


def test_a_body_of_a_mebibyte_is_decoded_in_one_call() -> None:
    body = rows_answer(8_000)
    assert PARSE_PIECE < len(body) <= 4 * PARSE_PIECE
    with expired():  # one call looks at no clock
        assert decode_typed(body, Answer) == msgspec.json.Decoder(Answer, strict=False).decode(body)


# --- the clients -----------------------------------------------------------------------------------


class Sync(SyncAPIClient):
    def __init__(self, body: bytes) -> None:
        super().__init__(
            base_url="https://x.test",
            base_urls={},
            timeout=None,
            max_retries=0,
            deadline=10.0,
            problems=[],
            secrets=(),
        )
        self._open(httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, content=body))), None)


class Async(AsyncAPIClient):
    def __init__(self, body: bytes, deadline: float = 10.0) -> None:
        super().__init__(
            base_url="https://x.test",
            base_urls={},
            timeout=None,
            max_retries=0,
            deadline=deadline,
            problems=[],
            secrets=(),
        )
        handler = httpx.MockTransport(lambda r: httpx.Response(200, content=body))
        self._open(httpx.AsyncClient(transport=handler), None)


LARGE = b"x" * (OFFLOAD_BYTES + 1)


def test_the_sync_client_parses_under_the_deadline() -> None:
    seen: list[float | None] = []

    def parse(response: httpx.Response, body: bytes) -> int:
        from generator.runtime import _deadline

        seen.append(_deadline._DEADLINE.get())
        return len(body)

    with Sync(LARGE) as client:
        assert client._call(GET, parse, None, None, None) == len(LARGE)
    assert seen[0] is not None and seen[0] > time.monotonic()


@pytest.mark.anyio
async def test_a_large_answer_is_parsed_in_another_thread_that_ends_with_the_call() -> None:
    threads: list[threading.Thread] = []

    def parse(response: httpx.Response, body: bytes) -> int:
        threads.append(threading.current_thread())
        check_deadline()  # the caller's deadline is seen in the thread
        return len(body)

    async with Async(LARGE) as client:
        assert await client._call(GET, parse, None, None, None) == len(LARGE)
        assert await client._call(GET, parse, None, None, None) == len(LARGE)
    assert threads[0] is not threading.current_thread()
    assert all(not thread.is_alive() for thread in threads)


@pytest.mark.anyio
async def test_a_small_answer_is_parsed_on_the_event_loop() -> None:
    threads: list[threading.Thread] = []

    def parse(response: httpx.Response, body: bytes) -> bytes:
        threads.append(threading.current_thread())
        return body

    async with Async(b"small") as client:
        assert await client._call(GET, parse, None, None, None) == b"small"
    assert threads == [threading.current_thread()]


@pytest.mark.anyio
async def test_a_parse_error_in_the_thread_is_raised_to_the_caller() -> None:
    def parse(response: httpx.Response, body: bytes) -> bytes:
        raise MalformedResponseError("bad answer")

    async with Async(LARGE) as client:
        with pytest.raises(MalformedResponseError, match="bad answer"):
            await client._call(GET, parse, None, None, None)


@pytest.mark.anyio
async def test_a_parse_in_the_thread_past_the_deadline_ends_the_call_at_the_deadline() -> None:
    stopped = threading.Event()

    def parse(response: httpx.Response, body: bytes) -> bytes:
        # A reader that looks at the clock only now and then (a generated record reader, say).
        while True:
            time.sleep(0.05)
            try:
                check_deadline()
            except httpx.ReadTimeout:
                stopped.set()
                raise

    async with Async(LARGE, deadline=0.2) as client:
        started = time.monotonic()
        with pytest.raises(TransportTimeoutError, match="deadline"):
            await client._call(GET, parse, None, None, None)
        assert time.monotonic() - started < 0.2 + 0.04  # the caller does not wait for the reader's next look
    # aclose waited for the thread, which gave up at its next look at the clock.
    assert stopped.is_set()
    assert not [thread for thread in threading.enumerate() if thread.name == "sdk-parse"]


@pytest.mark.anyio
async def test_aclose_waits_for_a_parse_thread_still_running() -> None:
    async with Async(LARGE, deadline=0.1) as client:

        def parse(response: httpx.Response, body: bytes) -> bytes:
            time.sleep(0.3)
            return body

        with pytest.raises(TransportTimeoutError):
            await client._call(GET, parse, None, None, None)
        assert any(thread.is_alive() for thread in client._parsing)
    assert not client._parsing
    assert not [thread for thread in threading.enumerate() if thread.name == "sdk-parse"]
