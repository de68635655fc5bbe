"""Reading a response body: decoded as it arrives, capped while it inflates, by the call's deadline.

httpx decodes each chunk of a compressed body whole, so a 2 KB gzip bomb becomes a gigabyte in
one call before any size check runs. The SDK reads the raw bytes and decodes them here instead,
never letting any decoder (stacked encodings too: ``gzip, gzip``) produce more than the cap.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterator
from typing import Any, Final

import httpx

from ._exceptions import MalformedResponseError
from ._request import MAX_RESPONSE_BYTES

#: The content encodings the SDK asks for, and can decode within its cap.
ACCEPT_ENCODING: Final = "gzip, deflate"


#: The most a decoder produces in one step: inflating 1 MiB takes a few milliseconds, so the async
#: reader can let other tasks run between steps while a bomb inflates towards the cap.
STEP: Final = 1024 * 1024


class _Inflate:
    """One compressed stream (gzip, or deflate with or without its zlib header), never past the cap in all.

    It checks the stream is whole (a body cut short is corrupt, not a shorter body) and reads every
    member of a gzip body that has several; its output comes in pieces of at most ``STEP`` bytes.
    """

    def __init__(self, kind: str) -> None:
        self._kind = kind
        self._fed = False
        self._total = 0
        self._head = b""  # deflate: the first bytes, until they tell a zlib header from a raw stream
        self._stream: Any = None if kind == "deflate" else zlib.decompressobj(zlib.MAX_WBITS | 16)

    def decode(self, data: bytes) -> Iterator[bytes]:
        self._fed = self._fed or bool(data)
        if self._stream is None:
            self._head += data
            if len(self._head) < 2:
                return
            data, self._head = self._head, b""
            # Servers send "deflate" as a raw stream as often as with its zlib header (RFC 1950).
            zlib_header = data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self._stream = zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)
        more = bool(data)
        while more:
            budget = min(STEP, MAX_RESPONSE_BYTES + 1 - self._total)
            out = self._stream.decompress(data, budget)
            self._total += len(out)
            if self._total > MAX_RESPONSE_BYTES:
                raise _TooLarge
            data = self._stream.unconsumed_tail
            more = bool(data) or len(out) == budget  # zlib may still hold output for what it has taken
            if self._stream.eof:
                more = bool(self._stream.unused_data) and self._kind == "gzip"
                if more:
                    data = self._stream.unused_data  # the next member of a multi-member gzip body
                    self._stream = zlib.decompressobj(zlib.MAX_WBITS | 16)
            if out:
                yield out

    def finish(self) -> bytes:
        if not self._fed:
            return b""  # no body at all (a 204, a HEAD) is not a corrupt one
        if self._stream is None:
            raise zlib.error("the compressed body ends before it starts")
        out: bytes = self._stream.flush()
        if not self._stream.eof:
            raise zlib.error("the compressed body ends early")
        self._total += len(out)
        if self._total > MAX_RESPONSE_BYTES:
            raise _TooLarge
        return out


class _TooLarge(Exception):
    """A decoder would pass the cap."""


class BodyReader:
    """Turns the raw chunks of one response into its decoded body, within the cap and the deadline."""

    def __init__(self, response: httpx.Response, deadline_at: float) -> None:
        self._status = response.status_code
        self._deadline_at = deadline_at
        self._chunks: list[bytes] = []
        self._size = 0
        encodings = [e.strip().lower() for e in response.headers.get("content-encoding", "").split(",")]
        encodings = [e for e in encodings if e and e != "identity"]
        unknown = [e for e in encodings if e not in ("gzip", "deflate")]
        if unknown:
            raise MalformedResponseError(
                f"the response uses a content encoding the SDK does not read: {unknown[0]}", http_status=self._status
            )
        # Encodings are listed in the order they were applied: undo them last one first.
        self._decoders = [_Inflate(e) for e in reversed(encodings)]

    def feed(self, raw: bytes) -> None:
        """Take one raw chunk."""
        for _ in self.steps(raw):
            pass

    def steps(self, raw: bytes) -> Iterator[None]:
        """Take one raw chunk, a step at a time: each yield follows ``STEP`` bytes of inflated output."""
        if time.monotonic() > self._deadline_at:
            raise httpx.ReadTimeout("the body was still arriving at the call's deadline")
        for piece in self._through(raw, final=False):
            self._keep(piece)
            if len(piece) == STEP:
                yield
                if time.monotonic() > self._deadline_at:
                    raise httpx.ReadTimeout("the body was still being decoded at the call's deadline")

    def body(self) -> bytes:
        """The whole decoded body, once every raw chunk has been fed."""
        for piece in self._through(b"", final=True):
            self._keep(piece)
        return b"".join(self._chunks)

    def _through(self, data: bytes, final: bool) -> Iterator[bytes]:
        pieces: Iterator[bytes] = iter((data,))
        for decoder in self._decoders:
            pieces = _decoded(decoder, pieces, final)
        try:
            yield from pieces
        except _TooLarge:
            raise self._too_large() from None
        except zlib.error:
            raise MalformedResponseError(
                "the response's compressed body is corrupt", http_status=self._status
            ) from None

    def _keep(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > MAX_RESPONSE_BYTES:
            raise self._too_large()
        if data:
            self._chunks.append(data)

    def _too_large(self) -> MalformedResponseError:
        return MalformedResponseError("the response is larger than the SDK accepts", http_status=self._status)


def _decoded(decoder: _Inflate, pieces: Iterator[bytes], final: bool) -> Iterator[bytes]:
    for piece in pieces:
        yield from decoder.decode(piece)
    if final:
        yield decoder.finish()


def read_body(response: httpx.Response, deadline_at: float) -> bytes:
    """The decoded body of a streamed response, read by the deadline and within the cap."""
    if response.is_stream_consumed:
        return _already_read(response)
    reader = BodyReader(response, deadline_at)
    for raw in response.iter_raw():
        reader.feed(raw)
    return reader.body()


async def aread_body(response: httpx.Response, deadline_at: float) -> bytes:
    """``read_body`` for an asynchronous response."""
    import anyio  # the async path only: a sync client never needs it

    if response.is_stream_consumed:
        return _already_read(response)
    reader = BodyReader(response, deadline_at)
    async for raw in response.aiter_raw():
        for _ in reader.steps(raw):
            await anyio.sleep(0)  # a body inflating fast: let other tasks run
    return reader.body()


def _already_read(response: httpx.Response) -> bytes:
    # A response a transport built in memory (httpx.MockTransport, a test double) was read whole.
    if len(response.content) > MAX_RESPONSE_BYTES:
        raise MalformedResponseError("the response is larger than the SDK accepts", http_status=response.status_code)
    return response.content
