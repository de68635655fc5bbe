"""Secrets never show: not in any log line (the SDK's, httpx's and httpcore's, at DEBUG), not in ``repr(client)``,
not in exception messages or tracebacks. Credentials that ride in a query string are redacted from httpx's request
line. Redirects are never followed: a followed redirect would carry credential headers to whatever host it names.

Every scenario runs with a distinctive secret (``SdkCase.marked_credentials``) so that any leak is unmistakable.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from .conftest import IOVOX, SDKS, Api, LiveServer, Recorder, SdkCase, raising, reply, sequence, xml

pytestmark = pytest.mark.anyio

ACME = Path(__file__).resolve().parents[1] / "golden" / "expected" / "acme_sdk"
ACME_KEY = "c0ffee15deadbeef"
ACME_PAGE = b"<page><page>1</page><pages>1</pages><numbers/></page>"


class Collect(logging.Handler):
    """Keeps every record as its formatted text (traceback included), beside what ``caplog`` saw."""

    def __init__(self, caplog: pytest.LogCaptureFixture) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
        self.formatted: list[str] = []
        self.caplog = caplog

    def emit(self, record: logging.LogRecord) -> None:
        self.formatted.append(self.format(record))

    @property
    def lines(self) -> list[str]:
        seen = [f"{r.levelname} {r.name} {r.getMessage()}" for r in self.caplog.records]
        return self.formatted + seen + self.caplog.text.splitlines()


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[Collect]:
    """Every log record at DEBUG, from the root down, through a collecting handler and ``caplog``."""
    for name in ("httpx", "httpcore", *(case.name for case in SDKS), "acme_sdk"):
        caplog.set_level(logging.DEBUG, logger=name)
    root = logging.getLogger()
    level = root.level
    handler = Collect(caplog)
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def leaks(secret: str, *texts: str) -> list[str]:
    """The texts that show ``secret`` (in any letter case)."""
    return [text for text in texts if secret.lower() in text.lower()]


def exception_texts(exc: BaseException) -> list[str]:
    texts = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    texts += [repr(detail) for detail in getattr(exc, "errors", ())]
    return texts


async def outcome(api: Api, method: str, **kwargs: Any) -> BaseException | None:
    """Call ``method``; return what it raised, if anything (the tests check that it is an SdkError)."""
    try:
        await getattr(api, method)(**kwargs)
    except Exception as exc:
        return exc
    return None


def scenarios(sdk: SdkCase) -> dict[str, tuple[Any, str, dict[str, Any]]]:
    """name -> (responder, method, keyword arguments)."""
    read, mutate = sdk.read, sdk.mutate
    error = xml(sdk.error_body(400, "Something nobody documented"), status=400)
    busy = xml(sdk.error_body(503, "Service Unavailable"), status=503)
    throttled = xml(sdk.error_body(429, "Too Many Requests"), status=429, retry_after="1")
    method, invalid = sdk.invalid_call
    return {
        "read": (sdk.ok(read), read, dict(sdk.calls[read])),
        "mutate": (sdk.ok(mutate), mutate, dict(sdk.calls[mutate])),
        "api-error": (error, read, dict(sdk.calls[read])),
        "retried-then-ok": (sequence(busy, throttled, sdk.ok(read)), read, dict(sdk.calls[read])),
        "retries-exhausted": (busy, read, dict(sdk.calls[read])),
        "connect-error": (raising(httpx.ConnectError, "connection refused"), read, dict(sdk.calls[read])),
        "timeout-after-sending": (raising(httpx.ReadTimeout, "timed out"), mutate, dict(sdk.calls[mutate])),
        "malformed": (xml(b"<html><body>Gateway</body></html>", content_type="text/html"), read, dict(sdk.calls[read])),
        "validation": (sdk.ok(method), method, dict(invalid)),
    }


SCENARIOS = list(scenarios(IOVOX))


@pytest.mark.parametrize("scenario", SCENARIOS)
async def test_secret_never_shows_in_logs_repr_or_errors(sdk, make_sdk_api, logs, scenario):
    responder, method, kwargs = scenarios(sdk)[scenario]
    api = make_sdk_api(responder, **sdk.marked_credentials)
    exc = await outcome(api, method, **kwargs)
    secret = sdk.marked_secret
    assert not leaks(secret, repr(api.client), str(api.client))
    if exc is not None:
        assert isinstance(exc, sdk.package.SdkError), repr(exc)
        assert not leaks(secret, *exception_texts(exc))
    assert not leaks(secret, *logs.lines)
    if scenario not in ("validation", "connect-error", "timeout-after-sending"):
        assert any("HTTP Request:" in line for line in logs.lines), "httpx's request line was not captured"
    if scenario == "retried-then-ok":
        assert any(sdk.name in line and "retry" in line for line in logs.lines), "the retry lines were not captured"


async def test_invalid_secret_is_not_echoed_by_the_constructor(sdk, mode, logs):
    credentials = dict(sdk.marked_credentials)
    secret_name = next(name for name, value in credentials.items() if value == sdk.marked_secret)
    credentials[secret_name] = sdk.marked_secret + "\x00"  # a control character: refused by every SDK
    client_class = sdk.package.Client if mode == "sync" else sdk.package.AsyncClient
    with pytest.raises(sdk.package.ValidationError) as caught:
        client_class(**credentials)
    assert [error.path for error in caught.value.errors] == [secret_name]
    assert not leaks(sdk.marked_secret, *exception_texts(caught.value), *logs.lines)


async def test_secret_never_shows_in_httpcore_logs_over_a_real_connection(sdk, mode, logs):
    busy = reply(503, sdk.error_body(503, "Service Unavailable"), {"Retry-After": "0"})
    status, body = sdk.successes[sdk.read]
    with LiveServer([busy, reply(status, body)]) as server:
        options = {"base_url": server.url, **sdk.marked_credentials}
        if mode == "sync":
            with sdk.package.Client(**options) as client:
                getattr(client, sdk.read)(**sdk.calls[sdk.read])
        else:
            async with sdk.package.AsyncClient(**options) as client:
                await getattr(client, sdk.read)(**sdk.calls[sdk.read])
    assert len(server.requests) == 2
    sent = any(sdk.marked_secret.encode() in request for request in server.requests)
    assert sent == sdk.sends_secret  # to the carrier only (a SOAP UserToken sends a hash instead)
    assert any(line.startswith("DEBUG httpcore") for line in logs.lines), "httpcore's DEBUG lines were not captured"
    assert not leaks(sdk.marked_secret, *logs.lines)


# a carrier that echoes the secret -------------------------------------------------------------------


def echo(sdk: SdkCase):
    return xml(sdk.error_body(401, f"Invalid credentials {sdk.marked_secret}"), status=401)


async def test_secret_echoed_by_the_carrier_is_redacted_from_logs(sdk, make_sdk_api, logs):
    retried = xml(sdk.error_body(503, f"Busy, try again {sdk.marked_secret}"), status=503)
    api = make_sdk_api(sequence(retried, echo(sdk)), **sdk.marked_credentials)
    await outcome(api, sdk.read, **sdk.calls[sdk.read])
    assert any("retry" in line for line in logs.lines)
    assert not leaks(sdk.marked_secret, *logs.lines)


async def test_secret_echoed_by_the_carrier_is_redacted_from_the_error(sdk, make_sdk_api):
    api = make_sdk_api(echo(sdk), **sdk.marked_credentials)
    exc = await outcome(api, sdk.read, **sdk.calls[sdk.read])
    assert isinstance(exc, sdk.package.ApiError)
    assert not leaks(sdk.marked_secret, *exception_texts(exc))


# credentials in the query string (the golden fixture SDK) ---------------------------------------


@pytest.fixture(scope="module")
def acme() -> Iterator[Any]:
    sys.path.insert(0, str(ACME))
    try:
        import acme_sdk

        yield acme_sdk
    finally:
        sys.path.remove(str(ACME))
        for name in [n for n in sys.modules if n == "acme_sdk" or n.startswith("acme_sdk.")]:
            del sys.modules[name]


def acme_api(acme: Any, mode: str, responder: Any) -> Api:
    recorder = Recorder(responder)
    transport = httpx.MockTransport(recorder)
    options = {"api_user": "me", "api_key": ACME_KEY}
    if mode == "sync":
        client: Any = acme.Client(http_client=httpx.Client(transport=transport), **options)
    else:
        client = acme.AsyncClient(http_client=httpx.AsyncClient(transport=transport), **options)
    return Api(mode, client, recorder)


async def test_query_string_credential_is_redacted_from_the_httpx_request_line(acme, mode, logs):
    api = acme_api(acme, mode, xml(ACME_PAGE))
    await api.list_numbers()
    assert api.last.url.params["api_key"] == ACME_KEY  # it did travel in the query string
    requests = [line for line in logs.lines if line.startswith("INFO httpx HTTP Request: GET https://")]
    assert requests, "httpx's request line was not captured"
    assert all("api_key=********" in line for line in requests), requests
    assert not leaks(ACME_KEY, *logs.lines)


async def test_query_string_credential_never_shows_through_retries_and_failures(acme, mode, logs):
    api = acme_api(acme, mode, sequence(xml(b"", status=503), raising(httpx.ReadTimeout), xml(b"", status=502)))
    exc = await outcome(api, "list_numbers")
    assert isinstance(exc, acme.ApiError) and exc.http_status == 502
    assert len(api.requests) == 3
    assert not leaks(ACME_KEY, repr(api.client), *exception_texts(exc), *logs.lines)


# redirects -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("follow", [False, True], ids=["default-http-client", "http-client-follows-redirects"])
async def test_redirect_is_not_followed(sdk, make_sdk_api, status, follow):
    moved = xml(b"", status=status, location="https://attacker.example/steal")
    api = make_sdk_api(sequence(moved, sdk.ok(sdk.read)), http_options={"follow_redirects": follow})
    exc = await outcome(api, sdk.read, **sdk.calls[sdk.read])
    assert isinstance(exc, sdk.package.ApiError), repr(exc)
    assert exc.http_status == status
    assert len(api.requests) == 1
    assert all(request.url.host != "attacker.example" for request in api.requests)


async def test_redirect_to_another_server_is_not_followed_over_a_real_connection(sdk, mode):
    with LiveServer([reply(200, b"stolen")]) as elsewhere:
        moved = reply(302, b"", {"Location": elsewhere.url + "/steal"})
        with LiveServer([moved]) as server:
            options = {"base_url": server.url, **sdk.marked_credentials, "max_retries": 0}
            with pytest.raises(sdk.package.ApiError) as caught:
                if mode == "sync":
                    with sdk.package.Client(**options) as client:
                        getattr(client, sdk.read)(**sdk.calls[sdk.read])
                else:
                    async with sdk.package.AsyncClient(**options) as client:
                        await getattr(client, sdk.read)(**sdk.calls[sdk.read])
    assert caught.value.http_status == 302
    assert len(server.requests) == 1
    assert elsewhere.connections == 0


# a credential httpx cannot send ---------------------------------------------------------------------


async def test_username_httpx_cannot_send_is_refused_up_front(make_api):
    try:
        api = make_api(xml(b"", status=204), username="jos\u00e9")
    except IOVOX.package.ValidationError:
        return
    with contextlib.suppress(IOVOX.package.SdkError):
        await api.delete_voxnumbers_from_account(**IOVOX.calls["delete_voxnumbers_from_account"])
