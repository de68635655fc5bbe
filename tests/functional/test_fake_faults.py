"""Every fault kind ``fail_next`` injects, as each SDK's client sees it (sync and async).

A documented code raises its class; an HTTP status is retried by read-only calls and then
recovers; a 429 carries ``Retry-After``; a dropped connection and a timeout are transport errors;
a delay is a slow but normal answer; a SOAP carrier's fault text reaches the error.
"""

from __future__ import annotations

import importlib
import time
from typing import Any

import pytest

from .conftest import Api, Recorder, quiet

pytestmark = pytest.mark.anyio

# (package, a read-only call and its arguments, a documented code of it and the class it raises)
READS = {
    "iovox_sdk": ("get_voxnumbers", {}, "page_number_not_an_integer", "PageNumberNotAnIntegerError"),
    "voicemeup_sdk": ("get_account_details", {}, "requests_hard_limit_exceeded", "RequestsLimitError"),
    "voipms_sdk": ("get_balance", {}, "api_limit_exceeded", "ApiLimitExceededError"),
    "voxbone_sdk": ("get_account_balance", {}, "invalid_credentials", "AuthenticationError"),
}


@pytest.fixture(params=sorted(READS))
def package(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def wired(package: str, mode: str, **options: Any) -> tuple[Any, Api]:
    fake = importlib.import_module(f"{package}.testing").FakeCarrier()
    client = fake.client(**options) if mode == "sync" else fake.async_client(**options)
    api = Api(mode, client, Recorder(lambda request: None))  # type: ignore[arg-type, return-value]
    api.sleeps = quiet(client, mode)
    return fake, api


async def test_a_documented_code_raises_its_class(package: str, mode: str) -> None:
    method, arguments, code, class_name = READS[package]
    fake, api = wired(package, mode, max_retries=0)
    fake.fail_next(method, code=code)
    sdk = importlib.import_module(package)
    with pytest.raises(sdk.ApiError) as caught:
        await getattr(api, method)(**arguments)
    assert caught.value.code == code and type(caught.value).__name__ == class_name
    await getattr(api, method)(**arguments)  # the next call answers normally


async def test_a_server_error_is_retried_until_it_clears(package: str, mode: str) -> None:
    method, arguments, _, _ = READS[package]
    fake, api = wired(package, mode, max_retries=2)
    fake.fail_next(method, status=503, times=2)
    assert await getattr(api, method)(**arguments) is not None
    assert [c.status for c in fake.calls(method)] == [503, 503, 200]


async def test_a_429_carries_retry_after_which_the_client_waits(package: str, mode: str) -> None:
    method, arguments, _, _ = READS[package]
    fake, api = wired(package, mode, max_retries=1)
    fake.fail_next(method, retry_after=7)
    assert await getattr(api, method)(**arguments) is not None
    assert api.sleeps.delays == [7.0] and [c.status for c in fake.calls(method)] == [429, 200]
    fake.fail_next(method, retry_after=7, times=2)
    sdk = importlib.import_module(package)
    with pytest.raises(sdk.RateLimitError) as caught:
        await getattr(api, method)(**arguments)
    assert caught.value.http_status == 429


async def test_a_dropped_connection_and_a_timeout_are_transport_errors(package: str, mode: str) -> None:
    method, arguments, _, _ = READS[package]
    fake, api = wired(package, mode, max_retries=0)
    fake.fail_next(method, drop=True)
    fake.fail_next(method, timeout=True)
    sdk = importlib.import_module(package)
    with pytest.raises(sdk.TransportError) as dropped:
        await getattr(api, method)(**arguments)
    assert not isinstance(dropped.value, sdk.errors.TransportTimeoutError)
    with pytest.raises(sdk.errors.TransportTimeoutError):
        await getattr(api, method)(**arguments)


async def test_a_delay_is_a_slow_normal_answer(package: str, mode: str) -> None:
    method, arguments, _, _ = READS[package]
    fake, api = wired(package, mode, max_retries=0)
    fake.fail_next(method, delay=0.05)
    started = time.monotonic()
    assert await getattr(api, method)(**arguments) is not None
    assert time.monotonic() - started >= 0.05


async def test_a_soap_fault_text_reaches_the_error(mode: str) -> None:
    import voxbone_sdk

    fake, api = wired("voxbone_sdk", mode, max_retries=0)
    fake.fail_next("GetAccountBalance", message="Service temporarily frozen")
    with pytest.raises(voxbone_sdk.ApiError) as caught:
        await api.get_account_balance()
    assert caught.value.http_status == 500 and "Service temporarily frozen" in str(caught.value)
