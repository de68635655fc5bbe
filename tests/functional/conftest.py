"""Fixtures driving the generated SDKs over httpx.MockTransport, the same scenario through Client and AsyncClient.

Every test is an ``async def`` marked ``anyio``; the ``api`` facade awaits the async client's coroutines and
returns the sync client's results directly, so one test body covers both clients (``mode`` is parametrized).

Clients built here never really wait between retries: their ``_sleep`` records the delay instead, and their
jitter comes from ``random.Random(0)``. The runtime suites (retries, live server, secrets, XML safety, fuzzing)
run over every SDK in ``SDKS`` through the ``sdk`` fixture; add a ``SdkCase`` there when a new SDK is generated.
"""

from __future__ import annotations

import importlib
import random
import socket
import struct
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import ModuleType, SimpleNamespace
from typing import Any

import httpx
import iovox_sdk
import pytest

from . import cases, soap_rpc
from .samples import (
    EMPTY_PAGE,
    REGION_PAGE,
    SEED_CALLBACK_FULFILLED,
    SEED_CALLBACK_PENDING,
    SEED_FULFILLED_RESPONSE,
    SEED_PENDING_RESPONSE,
    SIMPLE_ITEM,
    VOXNUMBER_PAGE,
    errors_body,
)

USERNAME = "acme-user"
SECURE_KEY = "0123456789abcdef0123456789ABCDEF"

Responder = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return request.param


def xml(body: bytes | str, status: int = 200, content_type: str = "application/xml", **headers: str) -> Responder:
    """A responder answering every request with ``body`` (extra headers by keyword: ``retry_after="3"``)."""
    content = body.encode("utf-8") if isinstance(body, str) else body
    extra = {name.replace("_", "-").title(): value for name, value in headers.items()}

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"Content-Type": content_type, **extra})

    return respond


def raising(exc_type: type[httpx.TransportError], message: str = "boom") -> Responder:
    """A responder that fails the way a broken network does."""

    def respond(request: httpx.Request) -> httpx.Response:
        raise exc_type(message, request=request)

    return respond


def sequence(*responders: Responder) -> Responder:
    """Answer the n-th request with the n-th responder; the last one answers every request after it."""
    calls = iter(range(1 << 30))

    def respond(request: httpx.Request) -> httpx.Response:
        return responders[min(next(calls), len(responders) - 1)](request)

    return respond


class Recorder:
    """The MockTransport handler: records every request that reaches the transport."""

    def __init__(self, responder: Responder) -> None:
        self.responder = responder
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.responder(request)

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "no request reached the transport"
        return self.requests[-1]


class Sleeps:
    """Stands in for ``Client._sleep``: records each wait instead of waiting (and moves ``clock``, if any)."""

    def __init__(self, clock: FakeClock | None = None) -> None:
        self.delays: list[float] = []
        self.clock = clock

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        if self.clock is not None:
            self.clock.now += seconds


class AsyncSleeps(Sleeps):
    """Stands in for ``AsyncClient._sleep``."""

    async def __call__(self, seconds: float) -> None:
        super().__call__(seconds)


@dataclass
class FakeClock:
    """A monotonic clock that only moves when the client sleeps, for deterministic deadline tests."""

    now: float = 1000.0

    def monotonic(self) -> float:
        return self.now


def quiet(client: Any, mode: str, clock: FakeClock | None = None) -> Sleeps:
    """Make ``client`` record its retry waits instead of sleeping, with seeded jitter; return the recorder."""
    sleeps = Sleeps(clock) if mode == "sync" else AsyncSleeps(clock)
    client._sleep = sleeps
    client._rng = random.Random(0)
    return sleeps


class Api:
    """One SDK client behind an awaitable facade: ``await api.get_voxnumbers(...)`` in either mode."""

    def __init__(self, mode: str, client: Any, recorder: Recorder, sleeps: Sleeps | None = None) -> None:
        self.mode = mode
        self.client = client
        self.recorder = recorder
        self.sleeps = sleeps if sleeps is not None else quiet(client, mode)

    @property
    def requests(self) -> list[httpx.Request]:
        return self.recorder.requests

    @property
    def last(self) -> httpx.Request:
        return self.recorder.last

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self.client, name)

        async def call(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)
            if self.mode == "async":
                result = await result
            return result

        return call


# The SDKs under test -------------------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class SdkCase:
    """What the runtime suites need to drive one generated SDK without knowing its operations."""

    name: str  # the import name
    credentials: Mapping[str, str]  # constructor keywords
    secrets: tuple[str, ...]  # values that must never be shown
    calls: Mapping[str, Mapping[str, Any]]  # method -> valid keyword arguments
    successes: Mapping[str, tuple[int, bytes]]  # method -> a documented success (status, body)
    mutating: frozenset[str]  # the methods that change state on the carrier
    read: str  # a read-only method the scenarios use
    mutate: str  # a mutating method the scenarios use
    error_body: Callable[[int, str], bytes]  # the carrier's error document for (status, message)
    marked_credentials: Mapping[str, str]  # valid credentials whose secret is easy to spot in any text
    marked_secret: str  # the secret among them
    invalid_call: tuple[str, Mapping[str, Any]]  # a method and arguments that fail validation
    samples: Mapping[str, tuple[bytes, ...]] = field(default_factory=dict)  # parser -> documented bodies
    final_status: int | None = None  # the HTTP status at which its error documents are final (a SOAP fault: 500)
    response_format: str = "xml"  # what its answers are written in
    sends_secret: bool = True  # False where only a hash of the secret travels (a SOAP UserToken)
    label: str = ""  # the row's test id when one SDK has two rows (its two transports)
    rpc: bool = False  # the row drives the SOAP transport of a REST carrier: parse_soap_<op> parsers

    def __repr__(self) -> str:
        return f"SdkCase({self.id})"

    @property
    def id(self) -> str:
        return self.label or self.name

    @property
    def package(self) -> ModuleType:
        return importlib.import_module(self.name)

    @property
    def transport_options(self) -> dict[str, Any]:
        """The client keywords, credentials apart, that pick this row's transport (``protocol="soap"``)."""
        return {"protocol": "soap"} if self.rpc else {}

    def module(self, name: str) -> ModuleType:
        return importlib.import_module(f"{self.name}.{name}")

    @property
    def parse_xml(self) -> Callable[..., Any]:
        """The SDK's hardened XML parser (every SDK has one: JSON carriers read XML error pages too)."""
        return self.module("_xmlio").parse_xml

    @property
    def callback_parsers(self) -> dict[str, Callable[[bytes | str], Any]]:
        """Every ``parse_<name>_callback(body)`` the SDK exports, by name."""
        package = self.package
        return {name: getattr(package, name) for name in sorted(package.__all__) if name.endswith("_callback")}

    @property
    def response_parsers(self) -> dict[str, Callable[[httpx.Response, bytes], Any]]:
        """Every ``parse_<operation>(response, body)`` of the SDK, by name (a SOAP row's parse the SOAP answer)."""
        operations = self.module("_operations")
        found = {
            name: value
            for name, value in sorted(vars(operations).items())
            if name.startswith("parse_") and getattr(value, "__module__", None) == operations.__name__
        }
        rest = {name: parse for name, parse in found.items() if not name.startswith("parse_soap_")}
        if not self.rpc:
            return rest
        soap = {name: found.get(name.replace("parse_", "parse_soap_", 1)) for name in rest}
        return {name: parse for name, parse in soap.items() if parse is not None}

    def ok(self, method: str) -> Responder:
        status, body = self.successes[method]
        return xml(body, status=status)


IOVOX = SdkCase(
    name="iovox_sdk",
    credentials={"username": USERNAME, "secure_key": SECURE_KEY},
    secrets=(SECURE_KEY,),
    calls={
        "purchase_vox_numbers": {"items": [SIMPLE_ITEM]},
        "get_voxnumber_regions": {},
        "get_voxnumbers": {},
        "delete_voxnumbers_from_account": {"full_voxnumbers": ["441512100200"]},
    },
    successes={
        "purchase_vox_numbers": (201, SEED_FULFILLED_RESPONSE),
        "get_voxnumber_regions": (200, REGION_PAGE),
        "get_voxnumbers": (200, VOXNUMBER_PAGE),
        "delete_voxnumbers_from_account": (204, b""),
    },
    mutating=frozenset({"purchase_vox_numbers", "delete_voxnumbers_from_account"}),
    read="get_voxnumbers",
    mutate="purchase_vox_numbers",
    error_body=lambda status, message: errors_body((status, message)),
    marked_credentials={"username": "user-4f1c-distinct", "secure_key": "5ec7e7c0ffee5ec7e7c0ffee5ec7e7c0"},
    marked_secret="5ec7e7c0ffee5ec7e7c0ffee5ec7e7c0",
    invalid_call=("get_voxnumbers", {"page": 0, "limit": 0, "order": "sideways"}),
    samples={
        "parse_purchase_vox_numbers": (SEED_PENDING_RESPONSE, SEED_FULFILLED_RESPONSE),
        "parse_get_voxnumber_regions": (REGION_PAGE, EMPTY_PAGE),
        "parse_get_voxnumbers": (VOXNUMBER_PAGE, EMPTY_PAGE),
        "parse_callback": (SEED_CALLBACK_FULFILLED, SEED_CALLBACK_PENDING),
    },
)

# The others' rows: what the spec cannot say; every operation's arguments and success come from it.
VOIPMS = SdkCase(
    name="voipms_sdk",
    credentials={"api_username": "acme@example.com", "api_password": "Zx9!p@ss w&rd+1"},
    secrets=("Zx9!p@ss w&rd+1",),
    **cases.derived("voipms_sdk"),
    read="get_dids_info",
    mutate="send_sms",
    error_body=cases.status_field_error,
    marked_credentials={"api_username": "acme@example.com", "api_password": "S3cr3t-9f2c-distinct"},
    marked_secret="S3cr3t-9f2c-distinct",
    invalid_call=("send_sms", {"did": "5551234567", "dst": "5557654321", "message": "x" * 161}),
    response_format="json",
)
# The same SDK over its second transport: the SOAP endpoint of the same spec (Client(protocol="soap")).
VOIPMS_SOAP = SdkCase(
    name="voipms_sdk",
    label="voipms_sdk-soap",
    credentials={"api_username": "acme@example.com", "api_password": "Zx9!p@ss w&rd+1", "protocol": "soap"},
    secrets=("Zx9!p@ss w&rd+1",),
    **cases.soap_rpc_derived("voipms_sdk"),
    read="get_dids_info",
    mutate="send_sms",
    error_body=soap_rpc.fault,
    marked_credentials={"api_username": "acme@example.com", "api_password": "S3cr3t-9f2c-distinct", "protocol": "soap"},
    marked_secret="S3cr3t-9f2c-distinct",
    invalid_call=("send_sms", {"did": "5551234567", "dst": "5557654321", "message": "x" * 161}),
    final_status=500,
    response_format="soap_rpc",
    rpc=True,
)
VOICEMEUP = SdkCase(
    name="voicemeup_sdk",
    credentials={"username": "acme-voice", "auth_token": "5ec7e7c0ffee5ec7e7c0ffee5ec7e7c0"},
    secrets=("5ec7e7c0ffee5ec7e7c0ffee5ec7e7c0",),
    **cases.derived("voicemeup_sdk"),
    read="get_calls",
    mutate="queue_sms",
    error_body=cases.envelope_error,
    marked_credentials={"username": "acme-voice", "auth_token": "0badf00d0badf00d0badf00d0badf00d"},
    marked_secret="0badf00d0badf00d0badf00d0badf00d",
    invalid_call=("get_calls", {"latest_hours": 0, "date_from": "yesterday"}),
    response_format="json",
)
VOXBONE = SdkCase(
    name="voxbone_sdk",
    credentials={"username": "acme", "password": "pa55-w0rd"},
    secrets=("pa55-w0rd",),
    **cases.derived("voxbone_sdk"),
    read="get_dids_info",
    mutate="place_dids_order",
    error_body=cases.soap_fault,
    marked_credentials={"username": "acme", "password": "Pw-7d3a-distinct"},
    marked_secret="Pw-7d3a-distinct",
    invalid_call=("place_dids_order", {"did_group_id": "one", "quantity": 0, "allow_asynchronous": True}),
    final_status=500,
    sends_secret=False,
)

SDKS = (IOVOX, VOIPMS, VOIPMS_SOAP, VOICEMEUP, VOXBONE)


@pytest.fixture(params=SDKS, ids=[case.id for case in SDKS])
def sdk(request: pytest.FixtureRequest) -> SdkCase:
    return request.param


def build_api(package: ModuleType, mode: str, responder: Responder, opened: list[Any], **client_kwargs: Any) -> Api:
    """An Api over a MockTransport answering with ``responder``; ``http`` keywords go to the httpx client."""
    recorder = Recorder(responder)
    transport = httpx.MockTransport(recorder)
    http_options = client_kwargs.pop("http_options", {})
    if mode == "sync":
        http: httpx.Client | httpx.AsyncClient = httpx.Client(transport=transport, **http_options)
        client: Any = package.Client(http_client=http, **client_kwargs)
    else:
        http = httpx.AsyncClient(transport=transport, **http_options)
        client = package.AsyncClient(http_client=http, **client_kwargs)
    opened.append(http)
    return Api(mode, client, recorder)


def _close(opened: list[Any]) -> None:
    for http in opened:
        if isinstance(http, httpx.Client):
            http.close()
        # httpx.AsyncClient over a MockTransport holds no sockets: nothing to release.


@pytest.fixture
def make_api(mode: str):
    """Build an iovox Api whose transport answers with ``responder``; injected httpx clients are closed afterwards."""
    opened: list[Any] = []

    def make(responder: Responder | None = None, **client_kwargs: Any) -> Api:
        client_kwargs.setdefault("username", USERNAME)
        client_kwargs.setdefault("secure_key", SECURE_KEY)
        return build_api(iovox_sdk, mode, responder or xml(b""), opened, **client_kwargs)

    yield make
    _close(opened)


@pytest.fixture
def make_sdk_api(sdk: SdkCase, mode: str):
    """Like ``make_api``, for the parametrized ``sdk``."""
    opened: list[Any] = []

    def make(responder: Responder, **client_kwargs: Any) -> Api:
        return build_api(sdk.package, mode, responder, opened, **{**sdk.credentials, **client_kwargs})

    yield make
    _close(opened)


@pytest.fixture
def fake_clock(sdk: SdkCase, monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """Freeze the client module's clock; ``quiet(client, mode, clock)`` makes its sleeps move it."""
    clock = FakeClock()
    # Every runtime module that reads the clock sees the same frozen one.
    for name in ("_core", "_base_client", "_body", "_deadline", "_transport"):
        module = importlib.import_module(f"{sdk.name}.{name}")
        monkeypatch.setattr(module, "time", SimpleNamespace(monotonic=clock.monotonic, sleep=time.sleep))
    return clock


# A real HTTP server --------------------------------------------------------------------------------


class Exchange:
    """One accepted connection and the request read from it, handed to a server script."""

    def __init__(self, conn: socket.socket, request: bytes, stop: threading.Event) -> None:
        self.conn = conn
        self.request = request
        self.stop = stop

    def send(self, data: bytes) -> bool:
        try:
            self.conn.sendall(data)
        except OSError:
            return False
        return True


Script = Callable[[Exchange], None]


def head(status: int, length: int | None, headers: Mapping[str, str] | None = None) -> bytes:
    """A status line and headers, with ``Connection: close`` so every request opens a new connection."""
    lines = [f"HTTP/1.1 {status} {httpx.codes.get_reason_phrase(status) or 'Status'}", "Connection: close"]
    lines += [f"Content-Length: {length}"] if length is not None else []
    lines += [f"{name}: {value}" for name, value in {"Content-Type": "application/xml", **(headers or {})}.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def reply(status: int, body: bytes = b"", headers: Mapping[str, str] | None = None) -> Script:
    """Answer with a complete response."""
    return lambda exchange: exchange.send(head(status, len(body), headers) + body)


def reset_mid_body(status: int, body: bytes, sent: int) -> Script:
    """Promise ``len(body)`` bytes, send ``sent`` of them, then reset the connection (RST)."""

    def script(exchange: Exchange) -> None:
        exchange.send(head(status, len(body)) + body[:sent])
        exchange.conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    return script


def drip(data: bytes, interval: float, limit: float, prefix: bytes = b"") -> Script:
    """Send ``prefix`` at once, then ``data`` one byte every ``interval`` seconds for at most ``limit`` seconds."""

    def script(exchange: Exchange) -> None:
        ends = time.monotonic() + limit
        if not exchange.send(prefix):
            return
        for byte in data:
            if exchange.stop.wait(interval) or time.monotonic() > ends or not exchange.send(bytes([byte])):
                return

    return script


def hang(limit: float) -> Script:
    """Read the request, then never answer (until the server stops or ``limit`` seconds pass)."""
    return lambda exchange: exchange.stop.wait(limit)


class LiveServer:
    """A scripted HTTP/1.1 server on 127.0.0.1 (ephemeral port) in a thread, stopping itself after ``lifetime``.

    The n-th request gets the n-th script (the last one repeats); ``requests`` holds each request read in
    full and ``arrivals`` its ``time.monotonic()``; ``connections`` counts every accepted connection.
    """

    def __init__(self, scripts: Sequence[Script], lifetime: float = 10.0) -> None:
        self.scripts = list(scripts) or [reply(500)]
        self.requests: list[bytes] = []
        self.arrivals: list[float] = []
        self.connections = 0
        self._stop = threading.Event()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.05)
        self.port: int = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._lifetime = lifetime
        self._thread = threading.Thread(target=self._serve, name=f"live-server-{self.port}", daemon=True)

    def __enter__(self) -> LiveServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5.0)
        self._sock.close()

    def _serve(self) -> None:
        ends = time.monotonic() + self._lifetime
        while not self._stop.is_set() and time.monotonic() < ends:
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            with conn:
                conn.settimeout(2.0)
                request = _read_request(conn)
                if request is None:
                    continue
                self.requests.append(request)
                self.arrivals.append(time.monotonic())
                script = self.scripts[min(len(self.requests), len(self.scripts)) - 1]
                script(Exchange(conn, request, self._stop))


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    try:
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        header, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in header.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            body += chunk
    except OSError:
        return None
    return header + b"\r\n\r\n" + body
