"""Secret arguments (a spec's ``secret: true``: passwords, PINs, keys a call sends) are hidden as credentials are:
from httpx's request line and the SDK's logs, from every error (its message, the request and response kept on
it), and a record's secret field from its ``repr``. They are forgotten once the call is over.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import voicemeup_sdk
import voipms_sdk
from voipms_sdk.models import SubAccount

from .conftest import VOICEMEUP, VOIPMS
from .soap_rpc import fault

SECRET = "Smpp-4e1b-distinct"  # no character that query encoding changes, so its one spelling is enough
ENCODED_SECRET = "Pa ss&w0rd=+7c"  # and one that it does


@pytest.fixture
def records(caplog: pytest.LogCaptureFixture) -> Iterator[list[str]]:
    """Every log line of httpx and both SDKs at DEBUG, formatted as a handler would."""
    for name in ("httpx", "httpcore", "voipms_sdk", "voicemeup_sdk"):
        caplog.set_level(logging.DEBUG, logger=name)
    yield []


def lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records] + caplog.text.splitlines()


def voipms_client(handler: Callable[[httpx.Request], httpx.Response]) -> voipms_sdk.Client:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return voipms_sdk.Client(**VOIPMS.credentials, http_client=http, max_retries=0)


def texts_of(exc: BaseException) -> list[str]:
    """Everything an error shows: its text, its traceback, and the request and response it keeps."""
    shown = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    response: httpx.Response | None = getattr(exc, "response", None)
    if response is not None:
        shown += [str(response.request.url), str(response.headers), response.content.decode("utf-8", "replace")]
    body = getattr(exc, "body", None)
    if body:
        shown.append(body.decode("utf-8", "replace"))
    return shown


def echo(status: int, content_type: str = "application/json") -> Callable[[httpx.Request], httpx.Response]:
    """A server that echoes the request's URL in its body and in a ``Location`` header."""

    def answer(request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        body = (
            f'{{"status": "invalid_did", "echo": "{url}"}}' if content_type == "application/json" else f"<p>{url}</p>"
        )
        return httpx.Response(status, headers={"Location": url, "Content-Type": content_type}, content=body.encode())

    return answer


def raising(exc: type[httpx.HTTPError]) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        raise exc(f"failed on {request.url}", request=request)

    return answer


def call_set_sms(client: voipms_sdk.Client, secret: str) -> BaseException | None:
    try:
        client.set_sms(did="5551234567", enable=True, smpp_pass=secret)
    except voipms_sdk.SdkError as exc:
        return exc
    return None


@pytest.mark.parametrize("secret", [SECRET, ENCODED_SECRET])
@pytest.mark.parametrize(
    "server",
    [
        pytest.param(lambda r: httpx.Response(200, json={"status": "success"}), id="ok"),
        pytest.param(echo(200), id="error-echoing-the-url"),
        pytest.param(echo(302), id="redirect"),
        pytest.param(echo(502, "text/html"), id="html-page"),
        pytest.param(raising(httpx.ConnectError), id="connect-error"),
        pytest.param(raising(httpx.ReadTimeout), id="timeout-after-sending"),
    ],
)
def test_a_secret_argument_never_shows_in_logs_or_errors(server, secret, caplog, records):
    sent: list[str] = []

    def recording(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        return server(request)

    with voipms_client(recording) as client:
        exc = call_set_sms(client, secret)
    spelled = {secret, httpx.QueryParams({"x": secret}).get("x") or secret, str(httpx.QueryParams({"x": secret}))[2:]}
    assert any(form in url for url in sent for form in spelled), "the secret was not sent at all"
    assert any("HTTP Request:" in line for line in lines(caplog)) or exc is not None
    shown = lines(caplog) + (texts_of(exc) if exc is not None else [])
    assert not [text for text in shown for form in spelled if form in text]


SUB_ACCOUNT: dict[str, Any] = {
    "username": "u1",
    "protocol": 1,
    "description": "d",
    "auth_type": 1,
    "device_type": 1,
    "lock_international": 1,
    "international_route": 1,
    "music_on_hold": "default",
    "allowed_codecs": "ulaw",
    "dtmf_mode": "AUTO",
    "nat": "yes",
}


@pytest.mark.parametrize("secret", [SECRET, ENCODED_SECRET, "Tr0ub4dor&3<x>"])
@pytest.mark.parametrize("status", [500, 200])
def test_a_secret_argument_sent_over_soap_never_shows_in_errors_or_logs(secret, status, caplog, records):
    # The envelope carries the password XML-escaped, and the fault quotes it back so.
    def quoting(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=fault(status, f"password {secret} is too weak"))

    http = httpx.Client(transport=httpx.MockTransport(quoting))
    client = voipms_sdk.Client(**VOIPMS.credentials, protocol="soap", http_client=http, max_retries=0)
    with client, pytest.raises(voipms_sdk.ApiError) as caught:
        client.create_sub_account(password=secret, **SUB_ACCOUNT)
    assert "is too weak" in str(caught.value)
    escaped = secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert not [text for text in lines(caplog) + texts_of(caught.value) if secret in text or escaped in text]


def test_the_error_keeps_the_request_with_the_secret_masked():
    with voipms_client(echo(200)) as client:
        exc = call_set_sms(client, SECRET)
    assert isinstance(exc, voipms_sdk.ApiError) and exc.response is not None
    query = dict(exc.response.request.url.params)
    assert query["smpp_pass"] == "********" and query["did"] == "5551234567"


def test_a_secret_argument_is_forgotten_after_the_call(caplog, records):
    with voipms_client(lambda r: httpx.Response(200, json={"status": "success"})) as client:
        assert call_set_sms(client, SECRET) is None
    logging.getLogger("voipms_sdk").debug("after the call: %s", SECRET)
    assert f"after the call: {SECRET}" in lines(caplog)  # only what a live call sends is hidden


@pytest.mark.anyio
async def test_a_secret_argument_of_an_async_call_never_shows(caplog, records):
    http = httpx.AsyncClient(transport=httpx.MockTransport(echo(200)))
    async with voicemeup_sdk.AsyncClient(**VOICEMEUP.credentials, http_client=http, max_retries=0) as client:
        with pytest.raises(voicemeup_sdk.SdkError) as caught:
            await client.get_resellers_invoices(web_key=SECRET)
    assert not [text for text in lines(caplog) + texts_of(caught.value) if SECRET in text]


def test_a_records_secret_field_is_masked_in_its_repr_only():
    fields: dict[str, Any] = {"id": 7, "account": "100000_ada", "password": SECRET}
    account = SubAccount(**fields)
    assert SECRET not in repr(account) and "password='********'" in repr(account)
    assert account.password == SECRET and account == SubAccount(**fields)
    assert "password=None" in repr(SubAccount(id=7))
