"""Fixtures driving iovox_sdk over httpx.MockTransport, the same scenario through Client and AsyncClient.

Every test is an ``async def`` marked ``anyio``; the ``api`` facade awaits the async client's coroutines and
returns the sync client's results directly, so one test body covers both clients (``mode`` is parametrized).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import iovox_sdk
import pytest

USERNAME = "acme-user"
SECURE_KEY = "0123456789abcdef0123456789ABCDEF"

Responder = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return request.param


def xml(body: bytes | str, status: int = 200, content_type: str = "application/xml") -> Responder:
    """A responder answering every request with ``body``."""
    content = body.encode("utf-8") if isinstance(body, str) else body

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"Content-Type": content_type})

    return respond


def raising(exc_type: type[httpx.TransportError], message: str = "boom") -> Responder:
    """A responder that fails the way a broken network does."""

    def respond(request: httpx.Request) -> httpx.Response:
        raise exc_type(message, request=request)

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


class Api:
    """One SDK client behind an awaitable facade: ``await api.get_voxnumbers(...)`` in either mode."""

    def __init__(self, mode: str, client: iovox_sdk.Client | iovox_sdk.AsyncClient, recorder: Recorder) -> None:
        self.mode = mode
        self.client = client
        self.recorder = recorder

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


@pytest.fixture
def make_api(mode: str):
    """Build an Api whose transport answers with ``responder``; injected httpx clients are closed afterwards."""
    opened: list[httpx.Client | httpx.AsyncClient] = []

    def make(responder: Responder | None = None, **client_kwargs: Any) -> Api:
        recorder = Recorder(responder or xml(b""))
        transport = httpx.MockTransport(recorder)
        client_kwargs.setdefault("username", USERNAME)
        client_kwargs.setdefault("secure_key", SECURE_KEY)
        if mode == "sync":
            http: httpx.Client | httpx.AsyncClient = httpx.Client(transport=transport)
            client: Any = iovox_sdk.Client(http_client=http, **client_kwargs)
        else:
            http = httpx.AsyncClient(transport=transport)
            client = iovox_sdk.AsyncClient(http_client=http, **client_kwargs)
        opened.append(http)
        return Api(mode, client, recorder)

    yield make
    for http in opened:
        if isinstance(http, httpx.Client):
            http.close()
        # httpx.AsyncClient over a MockTransport holds no sockets: nothing to release.
