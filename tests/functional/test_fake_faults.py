"""Every fault kind ``fail_next`` injects, as each SDK's client sees it (sync and async), per row of ``SDKS``.

A documented code raises its class; an HTTP status is retried by read-only calls and then
recovers; a 429 carries ``Retry-After``; a dropped connection and a timeout are transport errors;
a delay is a slow but normal answer; a SOAP fault's text reaches the error (Voxbone, and VoIP.ms
over SOAP, whose documented codes travel in the answer's Map instead).
"""

from __future__ import annotations

import importlib
import time
from typing import Any

import pytest

from .conftest import SDKS, Api, Recorder, SdkCase, quiet

pytestmark = pytest.mark.anyio

# (package, a read-only call and its arguments, a documented code of it and the class it raises)
READS = {
    "iovox_sdk": ("get_voxnumbers", {}, "page_number_not_an_integer", "PageNumberNotAnIntegerError"),
    "voicemeup_sdk": ("get_account_details", {}, "requests_hard_limit_exceeded", "RequestsLimitError"),
    "voipms_sdk": ("get_balance", {}, "api_limit_exceeded", "ApiLimitExceededError"),
    "voxbone_sdk": ("get_account_balance", {}, "invalid_credentials", "AuthenticationError"),
}


ROWS = {case.id: case for case in SDKS}


@pytest.fixture(params=sorted(ROWS))
def row(request: pytest.FixtureRequest) -> SdkCase:
    return ROWS[request.param]


@pytest.fixture
def package(row: SdkCase) -> str:
    return row.name


def wired(case: SdkCase, mode: str, **options: Any) -> tuple[Any, Api]:
    """A fake and its client in ``mode``, over the row's transport."""
    options = {**case.transport_options, **options}
    fake = importlib.import_module(f"{case.name}.testing").FakeCarrier()
    client = fake.client(**options) if mode == "sync" else fake.async_client(**options)
    api = Api(mode, client, Recorder(lambda request: None))  # type: ignore[arg-type, return-value]
    api.sleeps = quiet(client, mode)
    return fake, api


async def test_a_documented_code_raises_its_class(row: SdkCase, package: str, mode: str) -> None:
    method, arguments, code, class_name = READS[package]
    fake, api = wired(row, mode, max_retries=0)
    fake.fail_next(method, code=code)
    sdk = importlib.import_module(package)
    with pytest.raises(sdk.ApiError) as caught:
        await getattr(api, method)(**arguments)
    assert caught.value.code == code and type(caught.value).__name__ == class_name
    await getattr(api, method)(**arguments)  # the next call answers normally


async def test_a_server_error_is_retried_until_it_clears(row: SdkCase, package: str, mode: str) -> None:
    method, arguments, _, _ = READS[package]
    fake, api = wired(row, mode, max_retries=2)
    fake.fail_next(method, status=503, times=2)
    assert await getattr(api, method)(**arguments) is not None
    assert [c.status for c in fake.calls(method)] == [503, 503, 200]


async def test_a_429_carries_retry_after_which_the_client_waits(row: SdkCase, package: str, mode: str) -> None:
    method, arguments, _, _ = READS[package]
    fake, api = wired(row, mode, max_retries=1)
    fake.fail_next(method, retry_after=7)
    assert await getattr(api, method)(**arguments) is not None
    assert api.sleeps.delays == [7.0] and [c.status for c in fake.calls(method)] == [429, 200]
    fake.fail_next(method, retry_after=7, times=2)
    sdk = importlib.import_module(package)
    with pytest.raises(sdk.RateLimitError) as caught:
        await getattr(api, method)(**arguments)
    assert caught.value.http_status == 429


async def test_a_dropped_connection_and_a_timeout_are_transport_errors(row: SdkCase, package: str, mode: str) -> None:
    method, arguments, _, _ = READS[package]
    fake, api = wired(row, mode, max_retries=0)
    fake.fail_next(method, drop=True)
    fake.fail_next(method, timeout=True)
    sdk = importlib.import_module(package)
    with pytest.raises(sdk.TransportError) as dropped:
        await getattr(api, method)(**arguments)
    assert not isinstance(dropped.value, sdk.errors.TransportTimeoutError)
    with pytest.raises(sdk.errors.TransportTimeoutError):
        await getattr(api, method)(**arguments)


async def test_a_delay_is_a_slow_normal_answer(row: SdkCase, package: str, mode: str) -> None:
    method, arguments, _, _ = READS[package]
    fake, api = wired(row, mode, max_retries=0)
    fake.fail_next(method, delay=0.05)
    started = time.monotonic()
    assert await getattr(api, method)(**arguments) is not None
    assert time.monotonic() - started >= 0.05


@pytest.mark.parametrize(
    ("row_id", "method"), [("voxbone_sdk", "get_account_balance"), ("voipms_sdk-soap", "get_balance")]
)
async def test_a_soap_fault_text_reaches_the_error(row_id: str, method: str, mode: str) -> None:
    case = ROWS[row_id]
    fake, api = wired(case, mode, max_retries=0)
    fake.fail_next(method, message="Service temporarily frozen")
    with pytest.raises(case.package.ApiError) as caught:
        await getattr(api, method)()
    assert caught.value.http_status == 500 and "Service temporarily frozen" in str(caught.value)


@pytest.mark.parametrize("fmt", ["json", "xml"])
async def test_a_notice_code_is_a_success_carrying_it_which_the_client_warns_of(mode: str, fmt: str) -> None:
    import warnings

    from voicemeup_sdk.errors import CarrierWarning

    (case,) = [case for case in SDKS if case.name == "voicemeup_sdk"]
    fake, api = wired(case, mode, max_retries=0, output_format=fmt)
    fake.fail_next("get_account_details", code="requests_soft_limit_reached", times=2)
    for _ in range(2):
        with pytest.warns(CarrierWarning) as warned:
            reply = await api.get_account_details()
        assert reply.status == "success" and [w.message.code for w in warned] == ["requests_soft_limit_reached"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the third call answers as usual, with no notice
        await api.get_account_details()
    assert fake.documented("get_account_details", "requests_soft_limit_reached")
