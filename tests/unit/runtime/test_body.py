"""Unit tests of ``generator.runtime._body``: reading a body within the size cap and the deadline.

Covers ``read_body`` and ``aread_body`` on responses already read in memory and on streamed ones
(chunked, identity, gzip, deflate with and without its zlib header, stacked encodings, any case
and spacing), the cap on raw and decoded bytes (gzip bombs, stacked bombs, the exact boundary),
unknown and corrupt encodings, and the deadline checked as chunks arrive.
"""

from __future__ import annotations

import gzip
import time
import zlib
from collections.abc import AsyncIterator, Callable, Iterable

import httpx
import pytest

from generator.runtime import _body
from generator.runtime._body import ACCEPT_ENCODING, BodyReader, aread_body, read_body
from generator.runtime._exceptions import MalformedResponseError

TEXT = b"<reply>" + b"hello world " * 200 + b"</reply>"
FAR = time.monotonic() + 3600
TOO_LARGE = "^the response is larger than the SDK accepts$"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def small_cap(monkeypatch: pytest.MonkeyPatch) -> int:
    """Lower the cap to 1000 bytes for this test."""
    monkeypatch.setattr(_body, "MAX_RESPONSE_BYTES", 1000)
    return 1000


def chunked(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def streamed(chunks: Iterable[bytes], encoding: str | None = None, status: int = 200) -> httpx.Response:
    headers = {"Content-Encoding": encoding} if encoding is not None else {}
    return httpx.Response(status, headers=headers, content=iter(list(chunks)))


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def test_the_sdk_asks_only_for_what_it_can_decode() -> None:
    assert ACCEPT_ENCODING == "gzip, deflate"


# --- plain bodies ------------------------------------------------------------------------------


def test_a_response_read_in_memory_is_returned_as_read() -> None:
    response = httpx.Response(200, content=b"abc")
    assert response.is_stream_consumed
    assert read_body(response, FAR) == b"abc"


def test_a_response_read_in_memory_over_the_cap_is_refused(small_cap: int) -> None:
    assert read_body(httpx.Response(200, content=b"x" * small_cap), FAR) == b"x" * small_cap
    with pytest.raises(MalformedResponseError, match=TOO_LARGE) as caught:
        read_body(httpx.Response(502, content=b"x" * (small_cap + 1)), FAR)
    assert caught.value.http_status == 502


@pytest.mark.parametrize("encoding", [None, "identity", "", " IDENTITY "])
def test_streamed_chunks_are_joined(encoding: str | None) -> None:
    assert read_body(streamed([b"ab", b"", b"cd"], encoding), FAR) == b"abcd"
    assert read_body(streamed([], encoding), FAR) == b""


def test_streamed_plain_bodies_are_capped(small_cap: int) -> None:
    assert read_body(streamed(chunked(b"y" * small_cap, 300)), FAR) == b"y" * small_cap
    with pytest.raises(MalformedResponseError, match=TOO_LARGE) as caught:
        read_body(streamed(chunked(b"y" * (small_cap + 1), 300), status=201), FAR)
    assert caught.value.http_status == 201


# --- compressed bodies -------------------------------------------------------------------------


@pytest.mark.parametrize("size", [1, 7, 10_000])
@pytest.mark.parametrize(
    ("encoding", "encode"),
    [("gzip", gzip.compress), ("GZip", gzip.compress), ("deflate", zlib.compress)],
    ids=["gzip", "gzip-case", "deflate-zlib"],
)
def test_compressed_bodies_are_decoded_whatever_the_chunking(
    encoding: str, encode: Callable[[bytes], bytes], size: int
) -> None:
    assert read_body(streamed(chunked(encode(TEXT), size), encoding), FAR) == TEXT


@pytest.mark.parametrize("size", [7, 10_000])
def test_raw_deflate_without_its_zlib_header_is_decoded_too(size: int) -> None:
    assert read_body(streamed(chunked(raw_deflate(TEXT), size), "deflate"), FAR) == TEXT


def test_stacked_encodings_are_undone_last_first() -> None:
    body = zlib.compress(gzip.compress(TEXT))
    assert read_body(streamed(chunked(body, 50), "gzip, deflate"), FAR) == TEXT
    twice = gzip.compress(gzip.compress(TEXT))
    assert read_body(streamed([twice], " gzip ,gzip,identity"), FAR) == TEXT


def test_a_gzip_bomb_is_refused_before_it_inflates(small_cap: int) -> None:
    bomb = gzip.compress(b"\0" * 500_000)
    assert len(bomb) < small_cap
    with pytest.raises(MalformedResponseError, match=TOO_LARGE) as caught:
        read_body(streamed([bomb], "gzip", status=200), FAR)
    assert caught.value.http_status == 200
    assert caught.value.__suppress_context__ is True


def test_a_stacked_bomb_is_refused(small_cap: int) -> None:
    bomb = gzip.compress(gzip.compress(b"\0" * 1_000_000))
    with pytest.raises(MalformedResponseError, match=TOO_LARGE):
        read_body(streamed([bomb], "gzip, gzip"), FAR)


def test_the_cap_counts_decoded_bytes_exactly(small_cap: int) -> None:
    assert read_body(streamed(chunked(gzip.compress(b"z" * small_cap), 5), "gzip"), FAR) == b"z" * small_cap
    with pytest.raises(MalformedResponseError, match=TOO_LARGE):
        read_body(streamed(chunked(gzip.compress(b"z" * (small_cap + 1)), 5), "gzip"), FAR)


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("gzip", b"not gzip at all"),
        ("deflate", b"\xff\xfe not deflate"),
        ("gzip", gzip.compress(TEXT)[:10] + b"\xff" * 20),  # a gzip header, then no deflate stream
        ("gzip", gzip.compress(TEXT)[:-8] + b"\0" * 8),  # a wrong CRC
    ],
    ids=["not-gzip", "not-deflate", "bad-stream", "bad-crc"],
)
def test_a_corrupt_body_is_malformed(encoding: str, body: bytes) -> None:
    with pytest.raises(MalformedResponseError, match=r"^the response's compressed body is corrupt$") as caught:
        read_body(streamed([body], encoding, status=503), FAR)
    assert caught.value.http_status == 503


@pytest.mark.parametrize(("encoding", "named"), [("br", "br"), ("gzip, zstd", "zstd"), ("x-gzip", "x-gzip")])
def test_an_unknown_encoding_is_refused(encoding: str, named: str) -> None:
    with pytest.raises(MalformedResponseError) as caught:
        read_body(streamed([b"x"], encoding), FAR)
    assert str(caught.value) == f"the response uses a content encoding the SDK does not read: {named}"


# --- the deadline ------------------------------------------------------------------------------


def test_a_body_still_arriving_at_the_deadline_times_out() -> None:
    with pytest.raises(httpx.ReadTimeout, match=r"^the body was still arriving at the call's deadline$"):
        read_body(streamed([b"ab"]), time.monotonic() - 1)


def test_body_reader_checks_the_deadline_on_every_chunk() -> None:
    reader = BodyReader(streamed([]), time.monotonic() + 0.1)
    reader.feed(b"ab")
    time.sleep(0.11)
    with pytest.raises(httpx.ReadTimeout):
        reader.feed(b"cd")
    assert reader.body() == b"ab"


# --- aread_body --------------------------------------------------------------------------------


async def _async_chunks(chunks: list[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


def async_streamed(chunks: list[bytes], encoding: str | None = None) -> httpx.Response:
    headers = {"Content-Encoding": encoding} if encoding is not None else {}
    return httpx.Response(200, headers=headers, content=_async_chunks(chunks))


@pytest.mark.anyio
async def test_aread_body_decodes_and_joins() -> None:
    assert await aread_body(async_streamed([b"ab", b"cd"]), FAR) == b"abcd"
    assert await aread_body(async_streamed(chunked(gzip.compress(TEXT), 11), "gzip"), FAR) == TEXT
    assert await aread_body(httpx.Response(200, content=b"read"), FAR) == b"read"


@pytest.mark.anyio
async def test_aread_body_refuses_bombs_and_late_bodies(small_cap: int) -> None:
    with pytest.raises(MalformedResponseError, match=TOO_LARGE):
        await aread_body(async_streamed([gzip.compress(b"\0" * 100_000)], "gzip"), FAR)
    with pytest.raises(httpx.ReadTimeout):
        await aread_body(async_streamed([b"x"]), time.monotonic() - 1)


# regressions ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("cut", [20, 10], ids=["cut-short", "cut-in-the-header"])
def test_a_compressed_body_cut_short_is_malformed_not_shorter(cut: int) -> None:
    whole = gzip.compress(b"abc" * 100)
    with pytest.raises(MalformedResponseError, match="corrupt"):
        read_body(streamed([whole[:cut]], "gzip"), time.monotonic() + 5)
    with pytest.raises(MalformedResponseError, match="corrupt"):
        read_body(streamed([whole[:10] + b"junk"], "gzip"), time.monotonic() + 5)


def test_every_member_of_a_multi_member_gzip_body_is_read() -> None:
    body = gzip.compress(b"first ") + gzip.compress(b"second")
    assert read_body(streamed(chunked(body, 7), "gzip"), time.monotonic() + 5) == b"first second"


def test_raw_deflate_is_recognised_even_when_it_arrives_a_byte_at_a_time() -> None:
    data = b"one two three " * 50
    assert read_body(streamed(chunked(raw_deflate(data), 1), "deflate"), time.monotonic() + 5) == data
    assert read_body(streamed(chunked(zlib.compress(data), 1), "deflate"), time.monotonic() + 5) == data


def test_an_empty_body_with_an_encoding_is_empty() -> None:
    assert read_body(streamed([], "gzip"), time.monotonic() + 5) == b""


def test_a_body_inflates_in_steps_of_at_most_step_bytes() -> None:
    data = b"\0" * (5 * _body.STEP + 7)
    reader = BodyReader(streamed([], "gzip"), FAR)
    assert sum(1 for _ in reader.steps(gzip.compress(data))) == 5
    assert reader.body() == data
    layered = gzip.compress(gzip.compress(data))
    assert read_body(streamed(chunked(layered, 100), "gzip, gzip"), FAR) == data


def test_a_bomb_past_the_deadline_stops_between_steps() -> None:
    bomb = gzip.compress(b"\0" * (20 * _body.STEP))
    reader = BodyReader(streamed([], "gzip"), time.monotonic() + 0.05)
    steps = reader.steps(bomb)
    next(steps)
    time.sleep(0.06)
    with pytest.raises(httpx.ReadTimeout, match="decoded"):
        next(steps)


@pytest.mark.anyio
async def test_aread_body_lets_other_tasks_run_while_a_body_inflates() -> None:
    import anyio

    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await anyio.sleep(0)

    data = b"\0" * (16 * _body.STEP)
    async with anyio.create_task_group() as tasks:
        tasks.start_soon(tick)
        await anyio.sleep(0)
        before = ticks
        assert await aread_body(async_streamed([gzip.compress(data)], "gzip"), FAR) == data
        assert ticks - before >= 15  # a turn for the others after every STEP
        tasks.cancel_scope.cancel()
