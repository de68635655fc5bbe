"""Hostile XML: external entities, external DTDs and entity expansion are refused fast, read no file and open no
connection; oversized and decompression-bomb bodies are refused at the size cap.

Every payload comes in UTF-8 and in UTF-16: a byte scan for ``<!DOCTYPE`` sees only the first, so the UTF-16
copies prove the parser itself is locked down. A ``LiveServer`` stands ready at the URLs the payloads name and
counts every connection it gets: none is allowed.
"""

from __future__ import annotations

import gzip
import itertools
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from .conftest import SDKS, LiveServer, SdkCase, reply, xml

pytestmark = pytest.mark.anyio

MARKER = "MARKER-7d1f0c-not-for-your-eyes"
ENCODINGS = ["utf-8", "utf-16"]

LAUGHS = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
BILLION_LAUGHS = f'<!DOCTYPE lolz [<!ENTITY lol0 "lol">{LAUGHS}]><lolz>&lol9;</lolz>'
QUADRATIC = '<!DOCTYPE r [<!ENTITY a "' + "x" * 50_000 + '">]><r>' + "&a;" * 50_000 + "</r>"


def payloads(port: int, secret_file: Path) -> dict[str, str]:
    """The hostile documents, by name, aimed at ``port`` on 127.0.0.1 and at ``secret_file``."""
    url = f"http://127.0.0.1:{port}"
    return {
        "xxe-passwd": '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>',
        "xxe-local-file": f'<!DOCTYPE r [<!ENTITY x SYSTEM "{secret_file.as_uri()}">]><r>&x;</r>',
        "external-dtd": f'<!DOCTYPE r SYSTEM "{url}/evil.dtd"><r>&x;</r>',
        "external-entity": f'<!DOCTYPE r [<!ENTITY x SYSTEM "{url}/entity">]><r>&x;</r>',
        "parameter-entity": f'<!DOCTYPE r [<!ENTITY % p SYSTEM "{url}/p.dtd"> %p;]><r>&x;</r>',
        "billion-laughs": BILLION_LAUGHS,
        "quadratic-blowup": QUADRATIC,
    }


def encode(document: str, encoding: str) -> bytes:
    return f'<?xml version="1.0" encoding="{encoding.upper()}"?>{document}'.encode(encoding)


@pytest.fixture(scope="module")
def dtd_server() -> Iterator[LiveServer]:
    """Serves a DTD and an entity at any path, for anyone who asks (no one may)."""
    dtd = reply(200, b'<!ENTITY x "pwned">', {"Content-Type": "application/xml-dtd"})
    with LiveServer([dtd], lifetime=120.0) as server:
        yield server


@pytest.fixture(scope="module")
def hostile(dtd_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    secret_file = tmp_path_factory.mktemp("xxe") / "secret.txt"
    secret_file.write_text(MARKER, encoding="utf-8")
    return payloads(dtd_server.port, secret_file)


NAMES = list(payloads(0, Path("/x")))
READ_PARSERS = [
    pytest.param(case, f"parse_{method}", status, id=f"{case.name}-{method}")
    for case in SDKS
    for method, (status, body) in sorted(case.successes.items())
    if body  # operations whose success has no body never parse one
]


def assert_refused(exc: Exception, sdk: SdkCase, dtd_server: LiveServer) -> None:
    assert isinstance(exc, sdk.package.MalformedResponseError), repr(exc)
    for text in (str(exc), repr(exc), bytes(getattr(exc, "body", b"")).decode("latin-1")):
        assert MARKER not in text and "root:" not in text and "pwned" not in text
    assert dtd_server.connections == 0, "the parser fetched something from the network"


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("name", NAMES)
def test_parse_xml_refuses_hostile_documents(sdk, hostile, dtd_server, name, encoding):
    started = time.perf_counter()
    with pytest.raises(sdk.package.MalformedResponseError) as caught:
        sdk.parse_xml(encode(hostile[name], encoding), 200)
    elapsed = time.perf_counter() - started
    assert_refused(caught.value, sdk, dtd_server)
    assert elapsed < 0.5, f"refusing {name} ({encoding}) took {elapsed:.4f} s"


def refusals(sdk: SdkCase, dtd_server: LiveServer, hostile: dict[str, str], parse) -> list[str]:
    """Every hostile document in both encodings through ``parse(body)``: what was not refused as it must be."""
    wrong: list[str] = []
    for name, encoding in itertools.product(NAMES, ENCODINGS):
        try:
            parse(encode(hostile[name], encoding))
        except Exception as exc:  # judged by assert_refused
            try:
                assert_refused(exc, sdk, dtd_server)
            except AssertionError as failure:
                wrong.append(f"{name} ({encoding}): {failure}")
        else:
            wrong.append(f"{name} ({encoding}): accepted")
    return wrong


@pytest.mark.parametrize(("sdk", "parser", "status"), READ_PARSERS)
def test_every_response_parser_refuses_hostile_documents(sdk, hostile, dtd_server, parser, status):
    # The documents and encodings run in one test per parser: 14 tests each would cost more than they parse.
    parse = sdk.response_parsers[parser]
    assert refusals(sdk, dtd_server, hostile, lambda body: parse(httpx.Response(status, content=body), body)) == []


CALLBACKS = [(case, name) for case in SDKS for name in case.callback_parsers]


@pytest.mark.parametrize(("sdk", "parser"), CALLBACKS, ids=[f"{case.name}-{name}" for case, name in CALLBACKS])
def test_callback_parsers_refuse_hostile_documents(sdk, parser, hostile, dtd_server):
    assert refusals(sdk, dtd_server, hostile, sdk.callback_parsers[parser]) == []


@pytest.mark.parametrize("name", ["xxe-local-file", "external-dtd", "billion-laughs"])
async def test_client_refuses_hostile_responses(sdk, make_sdk_api, hostile, dtd_server, name):
    status, _ = sdk.successes[sdk.read]
    api = make_sdk_api(xml(encode(hostile[name], "utf-16"), status=status))
    with pytest.raises(sdk.package.MalformedResponseError) as caught:
        await getattr(api, sdk.read)(**sdk.calls[sdk.read])
    assert_refused(caught.value, sdk, dtd_server)
    assert len(api.requests) == 1  # a malformed answer is not retried


@pytest.mark.parametrize("name", ["xxe-local-file", "external-entity"])
async def test_hostile_error_documents_leak_nothing(sdk, make_sdk_api, hostile, dtd_server, name):
    api = make_sdk_api(xml(encode(hostile[name], "utf-16"), status=400))
    with pytest.raises(sdk.package.ApiError) as caught:
        await getattr(api, sdk.read)(**sdk.calls[sdk.read])
    assert caught.value.http_status == 400
    assert MARKER not in str(caught.value) and "pwned" not in str(caught.value)
    assert all(MARKER not in detail.message for detail in caught.value.errors)
    assert dtd_server.connections == 0


def test_billion_laughs_is_rejected_in_under_half_a_second(sdk):
    for encoding in ENCODINGS:
        body = encode(BILLION_LAUGHS, encoding)
        started = time.perf_counter()
        with pytest.raises(sdk.package.MalformedResponseError):
            sdk.parse_xml(body, 200)
        elapsed = time.perf_counter() - started
        assert elapsed < 0.5, f"rejecting billion laughs ({encoding}) took {elapsed:.6f} s"


# size cap -------------------------------------------------------------------------------------------

MIB = 1024 * 1024


def limit_of(sdk: SdkCase) -> int:
    return sdk.module("_request").MAX_RESPONSE_BYTES


def test_parse_xml_refuses_a_body_over_the_cap(sdk):
    limit = limit_of(sdk)
    body = b"<r>" + b" " * (limit - 3)  # one byte over, and not even well-formed: the size is checked first
    body += b"<"
    with pytest.raises(sdk.package.MalformedResponseError) as caught:
        sdk.parse_xml(body, 200)
    assert "larger" in str(caught.value)
    assert len(caught.value.body) < 64 * 1024  # the exception keeps an excerpt, not the whole body


async def test_client_stops_reading_an_endless_body_at_the_cap(sdk, make_sdk_api, mode):
    limit = limit_of(sdk)
    sent: list[int] = []
    chunk = b" " * MIB
    most = limit // MIB + 16

    def endless() -> Iterator[bytes]:
        for _ in range(most):
            sent.append(len(chunk))
            yield chunk

    async def aendless():
        for piece in endless():
            yield piece

    status, _ = sdk.successes[sdk.read]
    api = make_sdk_api(lambda request: httpx.Response(status, content=endless() if mode == "sync" else aendless()))
    with pytest.raises(sdk.package.MalformedResponseError) as caught:
        await getattr(api, sdk.read)(**sdk.calls[sdk.read])
    assert "larger" in str(caught.value)
    assert sum(sent) <= limit + 2 * MIB, f"read {sum(sent)} bytes with a cap of {limit}"
    assert len(api.requests) == 1


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """A small gzip body that inflates past any SDK's cap (64 MiB of zeros, about 64 KiB on the wire)."""
    return gzip.compress(b"\0" * 64 * MIB, compresslevel=9)


async def test_client_refuses_a_decompression_bomb(sdk, make_sdk_api, gzip_bomb):
    assert limit_of(sdk) < 64 * MIB
    status, _ = sdk.successes[sdk.read]
    headers = {"Content-Type": "application/xml", "Content-Encoding": "gzip"}
    api = make_sdk_api(lambda request: httpx.Response(status, content=gzip_bomb, headers=headers))
    with pytest.raises(sdk.package.MalformedResponseError):
        await getattr(api, sdk.read)(**sdk.calls[sdk.read])
