"""Client and AsyncClient construction, secrets, base URLs, lifecycle, timeouts and transport failures."""

from __future__ import annotations

import httpx
import iovox_sdk
import pytest

from .conftest import SECURE_KEY, USERNAME, Recorder, raising, xml
from .samples import REGION_PAGE, SIMPLE_ITEM, VOXNUMBER_PAGE

pytestmark = pytest.mark.anyio

CLIENT_CLASSES = {"sync": iovox_sdk.Client, "async": iovox_sdk.AsyncClient}


@pytest.fixture
def client_class(mode):
    return CLIENT_CLASSES[mode]


def http_for(mode: str, recorder: Recorder) -> httpx.Client | httpx.AsyncClient:
    transport = httpx.MockTransport(recorder)
    return httpx.Client(transport=transport) if mode == "sync" else httpx.AsyncClient(transport=transport)


# secrets ----------------------------------------------------------------------------------------


async def test_repr_shows_no_secure_key(make_api):
    api = make_api()
    text = repr(api.client) + str(api.client)
    assert SECURE_KEY not in text
    assert SECURE_KEY.lower() not in text.lower()
    assert USERNAME in repr(api.client)


async def test_client_attributes_do_not_expose_the_key_in_repr(make_api):
    api = make_api()
    for value in vars(api.client).values():
        assert SECURE_KEY not in repr(value)


@pytest.mark.parametrize(
    "responder",
    [
        xml(b'<errors><error status="400">API Version Invalid</error></errors>', status=400),
        xml(b"<errors><error>Internal Server Error</error></errors>", status=500),
        xml(b"<html>bad gateway</html>", status=502),
        xml(b"<response>", status=201),
        raising(httpx.ConnectError),
        raising(httpx.ReadTimeout),
    ],
    ids=["api-400", "api-500", "http-502", "malformed", "connect", "timeout"],
)
async def test_raised_errors_never_contain_the_secure_key(make_api, responder):
    api = make_api(responder)
    with pytest.raises(iovox_sdk.SdkError) as caught:
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    for text in (str(caught.value), repr(caught.value)):
        assert SECURE_KEY not in text


async def test_validation_error_never_contains_the_secure_key(make_api):
    api = make_api()
    with pytest.raises(iovox_sdk.ValidationError) as caught:
        await api.purchase_vox_numbers(items=[])
    assert SECURE_KEY not in str(caught.value) + repr(caught.value)


@pytest.mark.parametrize(
    "bad_key",
    [
        "0123456789abcdef0123456789abcde",  # 31 hex digits
        "0123456789abcdef0123456789abcdef0",  # 33
        "g123456789abcdef0123456789abcdef",  # not hex
        "s3cr3t-p4ssw0rd-NOT-A-KEY-000000",
        "",
    ],
)
async def test_invalid_secure_key_is_refused_at_construction_without_echo(mode, client_class, bad_key):
    recorder = Recorder(xml(REGION_PAGE))
    with pytest.raises(iovox_sdk.ValidationError) as caught:
        client_class(username=USERNAME, secure_key=bad_key, http_client=http_for(mode, recorder))
    assert [e.path for e in caught.value.errors] == ["secure_key"]
    if bad_key:
        assert bad_key not in str(caught.value)
        assert bad_key not in repr(caught.value)
    assert recorder.requests == []


async def test_secure_key_with_trailing_newline_is_refused(client_class):
    with pytest.raises(iovox_sdk.ValidationError):
        client_class(username=USERNAME, secure_key=SECURE_KEY + "\n")


@pytest.mark.parametrize("username", ["", None, 42])
async def test_invalid_username_is_refused_at_construction(client_class, username):
    with pytest.raises(iovox_sdk.ValidationError) as caught:
        client_class(username=username, secure_key=SECURE_KEY)
    assert [e.path for e in caught.value.errors] == ["username"]


async def test_upper_and_lower_case_hex_keys_are_accepted(make_api):
    api = make_api(xml(REGION_PAGE), secure_key="ABCDEF0123456789abcdef0123456789")
    await api.get_voxnumber_regions()
    assert api.last.headers["secureKey"] == "ABCDEF0123456789abcdef0123456789"


# base URLs --------------------------------------------------------------------------------------


async def test_production_is_the_default_base_url(make_api):
    api = make_api(xml(REGION_PAGE))
    await api.get_voxnumber_regions()
    assert str(api.last.url).startswith("https://api.iovox.com:444/Purchase?")
    assert api.client.base_url == "https://api.iovox.com:444"


async def test_sandbox_selects_the_sandbox_host(make_api):
    api = make_api(xml(REGION_PAGE), base_url="sandbox")
    await api.get_voxnumber_regions()
    assert api.client.base_url == "https://sandboxapi.iovox.com:444"
    assert (api.last.url.scheme, api.last.url.host, api.last.url.port) == ("https", "sandboxapi.iovox.com", 444)
    assert api.last.url.path == "/Purchase"


async def test_base_urls_table_lists_both_hosts():
    assert iovox_sdk.BASE_URLS == {
        "production": "https://api.iovox.com:444",
        "sandbox": "https://sandboxapi.iovox.com:444",
    }


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("http://localhost:8080", "http://localhost:8080/Voxnumbers"),
        ("https://proxy.example.com/iovox/", "https://proxy.example.com/iovox/Voxnumbers"),
    ],
)
async def test_custom_base_url_is_used(make_api, base_url, expected):
    api = make_api(xml(VOXNUMBER_PAGE), base_url=base_url)
    await api.get_voxnumbers()
    assert str(api.last.url).split("?")[0] == expected
    assert api.last.url.params["method"] == "getVoxnumbers"


@pytest.mark.parametrize("base_url", ["staging", "ftp://api.iovox.com", "api.iovox.com:444"])
async def test_unknown_base_url_is_refused(client_class, base_url):
    with pytest.raises(iovox_sdk.ValidationError) as caught:
        client_class(username=USERNAME, secure_key=SECURE_KEY, base_url=base_url)
    assert [e.path for e in caught.value.errors] == ["base_url"]


# lifecycle --------------------------------------------------------------------------------------


async def test_context_manager_closes_an_owned_client(mode, client_class):
    if mode == "sync":
        with client_class(username=USERNAME, secure_key=SECURE_KEY) as client:
            http = client._http
            assert not http.is_closed
    else:
        async with client_class(username=USERNAME, secure_key=SECURE_KEY) as client:
            http = client._http
            assert not http.is_closed
    assert http.is_closed


async def test_context_manager_leaves_an_injected_client_open(mode, client_class):
    recorder = Recorder(xml(REGION_PAGE))
    http = http_for(mode, recorder)
    if mode == "sync":
        with client_class(username=USERNAME, secure_key=SECURE_KEY, http_client=http) as client:
            client.get_voxnumber_regions()
        assert not http.is_closed
        assert http.get("https://example.test/").status_code == 200
        http.close()
    else:
        async with client_class(username=USERNAME, secure_key=SECURE_KEY, http_client=http) as client:
            await client.get_voxnumber_regions()
        assert not http.is_closed
        assert (await http.get("https://example.test/")).status_code == 200
        await http.aclose()
    assert len(recorder.requests) == 2


async def test_explicit_close_closes_only_an_owned_client(mode, client_class):
    owned = client_class(username=USERNAME, secure_key=SECURE_KEY)
    injected_http = http_for(mode, Recorder(xml(REGION_PAGE)))
    injected = client_class(username=USERNAME, secure_key=SECURE_KEY, http_client=injected_http)
    if mode == "sync":
        owned.close()
        injected.close()
    else:
        await owned.aclose()
        await injected.aclose()
    assert owned._http.is_closed
    assert not injected_http.is_closed


# timeouts ---------------------------------------------------------------------------------------


async def test_per_call_timeout_reaches_the_request(make_api):
    api = make_api(xml(REGION_PAGE))
    await api.get_voxnumber_regions(timeout=3.5)
    assert api.last.extensions["timeout"] == {"connect": 3.5, "read": 3.5, "write": 3.5, "pool": 3.5}


async def test_per_call_httpx_timeout_reaches_the_request(make_api):
    api = make_api(xml(b"", status=204))
    await api.delete_voxnumbers_from_account(full_voxnumbers=["441512100200"], timeout=httpx.Timeout(9.0, connect=1.0))
    assert api.last.extensions["timeout"] == {"connect": 1.0, "read": 9.0, "write": 9.0, "pool": 9.0}


async def test_client_timeout_applies_when_no_per_call_timeout(make_api):
    api = make_api(xml(VOXNUMBER_PAGE), timeout=7.0)
    await api.get_voxnumbers()
    assert api.last.extensions["timeout"] == {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}


async def test_default_timeout_is_5s_connect_30s_otherwise(make_api):
    api = make_api(xml(VOXNUMBER_PAGE))
    await api.get_voxnumbers()
    assert api.last.extensions["timeout"] == {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}


async def test_per_call_timeout_overrides_client_timeout_for_that_call_only(make_api):
    api = make_api(xml(VOXNUMBER_PAGE), timeout=7.0)
    await api.get_voxnumbers(timeout=2.0)
    await api.get_voxnumbers()
    assert [r.extensions["timeout"]["read"] for r in api.requests] == [2.0, 7.0]


# transport failures -----------------------------------------------------------------------------


@pytest.mark.parametrize("exc_type", [httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError])
async def test_network_failure_becomes_transport_error(make_api, exc_type):
    api = make_api(raising(exc_type, "connection refused"))
    with pytest.raises(iovox_sdk.TransportError) as caught:
        await api.get_voxnumber_regions()
    assert not isinstance(caught.value, iovox_sdk.TransportTimeoutError)
    assert isinstance(caught.value, iovox_sdk.SdkError)
    assert not isinstance(caught.value, httpx.HTTPError)
    assert "getVoxnumberRegions" in str(caught.value)


@pytest.mark.parametrize("exc_type", [httpx.ReadTimeout, httpx.ConnectTimeout, httpx.WriteTimeout, httpx.PoolTimeout])
async def test_timeout_becomes_transport_timeout_error(make_api, exc_type):
    api = make_api(raising(exc_type, "timed out"))
    with pytest.raises(iovox_sdk.errors.TransportTimeoutError) as caught:
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    assert isinstance(caught.value, iovox_sdk.TransportError)
    assert iovox_sdk.TransportTimeoutError is iovox_sdk.errors.TransportTimeoutError


async def test_transport_error_message_has_no_query_string(make_api):
    api = make_api(raising(httpx.ConnectError, "connection refused"))
    with pytest.raises(iovox_sdk.TransportError) as caught:
        await api.delete_voxnumbers_from_account(full_voxnumbers=["441512100200"])
    assert "DELETE /Voxnumbers" in str(caught.value)
    assert "441512100200" not in str(caught.value)
