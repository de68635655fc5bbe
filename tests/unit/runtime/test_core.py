"""Unit tests of ``generator.runtime._core``: what both clients share, with no I/O.

Covers ``check_credential``; ``ClientCore`` argument checks (base URL names and URLs,
``max_retries``, ``deadline``, every problem in one ``ValidationError``) and defaults; ``_policy``;
``_timeout_within``; ``_request`` (headers, ``Accept-Encoding``, query, timeout, URLs too long to
send); ``_answer`` and ``_full_request``; ``_parsed`` scrubbing secrets from carrier and shape
errors; ``_failure``, ``_retry_delay``, ``_out_of_time`` and ``Attempts``.
"""

from __future__ import annotations

import logging
import random
import re
import time
from typing import Any

import httpx
import pytest

from generator.runtime._body import ACCEPT_ENCODING
from generator.runtime._core import DEFAULT_TIMEOUT, Attempts, ClientCore, check_credential
from generator.runtime._exceptions import (
    ApiError,
    FieldError,
    MalformedResponseError,
    TransportError,
    TransportTimeoutError,
    ValidationError,
)
from generator.runtime._request import PreparedRequest
from generator.runtime._retry import RetryPolicy
from generator.runtime._secrets import secret_filter

BASE_URLS = {"production": "https://api.x.test/v1/", "sandbox": "http://sandbox.x.test"}
SECRET = "s3cr3t-pw"
GET_DIDS = PreparedRequest("get_dids", "GET", "/dids", (("limit", "5"), ("q", "a b")))
BUY_DID = PreparedRequest("buy_did", "POST", "/dids", (), content=b"did=1", mutates=True)
CREDENTIAL = "must be a non-empty string without control characters"
BAD_BASE_URL = "must be one of production, sandbox or an http(s) URL"


def core(**overrides: Any) -> ClientCore:
    options: dict[str, Any] = {
        "base_url": "production",
        "base_urls": BASE_URLS,
        "timeout": None,
        "max_retries": 2,
        "deadline": 60.0,
        "problems": [],
        "secrets": (SECRET,),
    }
    options.update(overrides)
    return ClientCore(**options)


class Carrier(ClientCore):
    """A carrier's core: the password in the query string, the operation in a header."""

    def __init__(self, secrets: tuple[str | None, ...] = (SECRET,)) -> None:
        super().__init__(
            base_url="production",
            base_urls=BASE_URLS,
            timeout=None,
            max_retries=2,
            deadline=60.0,
            problems=[],
            secrets=secrets,
        )

    def _query(self, prepared: PreparedRequest) -> httpx.QueryParams:
        return httpx.QueryParams([("password", SECRET), *prepared.query])

    def _headers(self, prepared: PreparedRequest) -> dict[str, str]:
        return {"X-Operation": prepared.operation, "Accept-Encoding": "br"}


# --- check_credential --------------------------------------------------------------------------


def credential(value: object, **options: Any) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    check_credential(problems, "secure_key", value, **options)
    return problems


def test_check_credential_accepts_a_plain_string() -> None:
    assert credential("abc123") == []
    assert credential("pässwörd") == []


@pytest.mark.parametrize("value", [None, "", 5, b"bytes", "a\nb", "a\rb", "\x00", "tab\t", "del\x7f"])
def test_check_credential_refuses_empty_non_strings_and_control_characters(value: object) -> None:
    assert credential(value) == [("secure_key", CREDENTIAL)]


def test_check_credential_optional_allows_only_none() -> None:
    assert credential(None, optional=True) == []
    assert credential("", optional=True) == [("secure_key", CREDENTIAL)]


def test_check_credential_in_a_header_must_be_ascii() -> None:
    assert credential("pässwörd", in_header=True) == [("secure_key", "must be ASCII: it travels in an HTTP header")]
    assert credential("ascii-only", in_header=True) == []


def test_check_credential_shows_the_pattern_but_never_the_value() -> None:
    pattern = re.compile(r"^[0-9a-f]{32}\Z")
    assert credential("0" * 32, pattern=pattern) == []
    assert credential("not-hex-" + SECRET, pattern=pattern) == [("secure_key", "must match ^[0-9a-f]{32}$")]
    assert credential("x", pattern=re.compile("^[0-9]")) == [("secure_key", "must match ^[0-9]")]


def test_check_credential_reports_one_problem_at_a_time() -> None:
    assert credential("ä\n", in_header=True, pattern=re.compile(r"^x\Z")) == [("secure_key", CREDENTIAL)]


# --- ClientCore arguments ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("production", "https://api.x.test/v1"),
        ("sandbox", "http://sandbox.x.test"),
        ("https://proxy.test/carrier//", "https://proxy.test/carrier"),
        ("http://localhost:8080", "http://localhost:8080"),
    ],
)
def test_base_url_is_a_name_or_a_url(base_url: str, expected: str) -> None:
    assert core(base_url=base_url).base_url == expected


@pytest.mark.parametrize(
    "base_url", ["staging", "ftp://x.test", "api.x.test", "https://", "http://[::1", "http:///path", "", None, 5]
)
def test_base_url_must_be_known_or_an_http_url_with_a_host(base_url: object) -> None:
    with pytest.raises(ValidationError) as caught:
        core(base_url=base_url)
    assert caught.value.errors == (FieldError("base_url", BAD_BASE_URL),)


@pytest.mark.parametrize("max_retries", [0, 10])
def test_max_retries_from_zero_to_ten(max_retries: int) -> None:
    assert core(max_retries=max_retries)._retry.max_retries == max_retries


@pytest.mark.parametrize("max_retries", [-1, 11, True, 2.0, "2", None])
def test_max_retries_outside_zero_to_ten_is_refused(max_retries: object) -> None:
    with pytest.raises(ValidationError) as caught:
        core(max_retries=max_retries)
    assert caught.value.errors == (FieldError("max_retries", "must be an integer from 0 to 10"),)


def test_deadline_is_kept_as_a_float() -> None:
    policy = core(deadline=7, max_retries=3)._retry
    assert policy == RetryPolicy(max_retries=3, deadline=7.0) and isinstance(policy.deadline, float)
    assert core(deadline=0.25)._retry.deadline == 0.25


@pytest.mark.parametrize("deadline", [0, -1.0, float("nan"), "60", True, None])
def test_deadline_must_be_a_positive_number(deadline: object) -> None:
    with pytest.raises(ValidationError) as caught:
        core(deadline=deadline)
    assert caught.value.errors == (FieldError("deadline", "must be a positive number of seconds"),)


def test_every_problem_is_reported_at_once_after_the_carriers_own() -> None:
    with pytest.raises(ValidationError) as caught:
        core(base_url="nowhere", max_retries=-1, deadline=0, problems=[("username", CREDENTIAL)])
    assert caught.value.errors == (
        FieldError("username", CREDENTIAL),
        FieldError("max_retries", "must be an integer from 0 to 10"),
        FieldError("deadline", "must be a positive number of seconds"),
        FieldError("base_url", BAD_BASE_URL),
    )
    assert str(caught.value).startswith("4 invalid arguments: username: ")


def test_timeouts_and_client_options() -> None:
    assert httpx.Timeout(30.0, connect=5.0) == DEFAULT_TIMEOUT
    assert core()._timeout == DEFAULT_TIMEOUT
    assert core(timeout=3.0)._timeout == httpx.Timeout(3.0)
    assert core(timeout=httpx.Timeout(9.0, read=1.0))._timeout == httpx.Timeout(9.0, read=1.0)
    assert core(timeout=2.0)._client_options() == {"timeout": httpx.Timeout(2.0), "follow_redirects": False}


def test_the_clients_secrets_are_registered_with_the_log_filter() -> None:
    forms = secret_filter.forms_of(core(secrets=("p w", None)))
    assert forms[0] == "p%20w" and set(forms) == {"p%20w", "p+w", "p w"} and len(forms) == 3


def test_the_default_addressing() -> None:
    client = core()
    prepared = PreparedRequest("op", "POST", "/x", (("a", "1"), ("a", "2")), content=b"body")
    assert client._url(prepared) == "https://api.x.test/v1/x"
    assert client._query(prepared) == httpx.QueryParams([("a", "1"), ("a", "2")])
    assert client._headers(prepared) == {}
    assert client._content(prepared) == b"body"
    assert client._refuse_clashes(prepared) is None


# --- _policy, _timeout_within ------------------------------------------------------------------


def test_policy_without_overrides_is_the_clients() -> None:
    client = core(max_retries=3, deadline=20.0)
    assert client._policy(None, None) is client._retry
    assert client._policy(0, None) == RetryPolicy(max_retries=0, deadline=20.0)
    assert client._policy(None, 1.5) == RetryPolicy(max_retries=3, deadline=1.5)


def test_policy_overrides_are_checked_like_arguments() -> None:
    with pytest.raises(ValidationError) as caught:
        core()._policy(11, -2.0)
    assert caught.value.errors == (
        FieldError("max_retries", "must be an integer from 0 to 10"),
        FieldError("deadline", "must be a positive number of seconds"),
    )


def test_timeout_within_a_far_deadline_is_the_chosen_timeout() -> None:
    far = time.monotonic() + 1000
    assert core()._timeout_within(None, far) == httpx.Timeout(30.0, connect=5.0)
    assert core()._timeout_within(2.0, far) == httpx.Timeout(2.0)
    assert core(timeout=4.0)._timeout_within(None, far) == httpx.Timeout(4.0)


def test_timeout_within_clamps_every_phase_to_the_time_left() -> None:
    timeout = core()._timeout_within(httpx.Timeout(None, connect=1.0), time.monotonic() + 3.0)
    assert timeout.connect == 1.0
    for phase in (timeout.read, timeout.write, timeout.pool):
        assert phase is not None and 2.5 < phase <= 3.0


def test_timeout_within_a_passed_deadline_is_a_millisecond() -> None:
    assert core()._timeout_within(None, time.monotonic() - 5) == httpx.Timeout(0.001)


# --- _request ----------------------------------------------------------------------------------


def test_request_is_addressed_by_the_carriers_core() -> None:
    timeout = httpx.Timeout(3.0)
    with httpx.Client(headers={"X-Default": "kept"}) as http:
        request = Carrier()._request(http, GET_DIDS, timeout)
    assert request.method == "GET"
    assert str(request.url) == f"https://api.x.test/v1/dids?password={SECRET}&limit=5&q=a+b"
    assert request.headers["X-Operation"] == "get_dids"
    assert request.headers["X-Default"] == "kept"
    # What the SDK can decode within its cap, whatever the carrier's core or the client asked for.
    assert request.headers["Accept-Encoding"] == ACCEPT_ENCODING == "gzip, deflate"
    assert request.extensions["timeout"] == timeout.as_dict()
    assert request.content == b""


def test_request_without_a_query_has_no_question_mark() -> None:
    with httpx.Client() as http:
        request = core()._request(http, BUY_DID, httpx.Timeout(1.0))
    assert str(request.url) == "https://api.x.test/v1/dids"
    assert (request.method, request.content, request.headers["Content-Length"]) == ("POST", b"did=1", "5")


def test_a_url_too_long_to_send_is_a_validation_error() -> None:
    prepared = PreparedRequest("get_cdr", "GET", "/cdr", (("ids", "1," * 40_000),))
    with httpx.Client() as http, pytest.raises(ValidationError) as caught:
        core()._request(http, prepared, httpx.Timeout(1.0))
    assert caught.value.errors == (
        FieldError("get_cdr", "the request's URL is too long to send; pass fewer or shorter values"),
    )
    assert caught.value.__suppress_context__ is True


# --- _answer, _full_request --------------------------------------------------------------------


def test_answer_is_the_read_response_with_a_bare_request() -> None:
    streamed = httpx.Response(201, headers={"X-Reply": "1"}, content=b"ignored", extensions={"http_version": b"HTTP/2"})
    answer = Carrier()._answer(GET_DIDS, streamed, b"<ok/>")
    assert (answer.status_code, answer.content, answer.headers["X-Reply"]) == (201, b"<ok/>", "1")
    assert answer.http_version == "HTTP/2"
    assert str(answer.request.url) == "https://api.x.test/v1/dids"
    assert answer.extensions["sdk_prepared"] is GET_DIDS
    assert Carrier()._answer(GET_DIDS, httpx.Response(200), b"").http_version == "HTTP/1.1"


def test_full_request_has_the_operations_query_but_no_credential() -> None:
    client = Carrier()
    answer = client._answer(GET_DIDS, httpx.Response(200), b"")
    request = client._full_request(answer)
    assert (request.method, str(request.url)) == ("GET", "https://api.x.test/v1/dids?limit=5&q=a+b")
    plain = httpx.Response(200, request=httpx.Request("GET", "https://elsewhere.test/"))
    assert client._full_request(plain) is plain.request


# --- _parsed -----------------------------------------------------------------------------------


def test_parsed_returns_what_the_parser_returns() -> None:
    answer = httpx.Response(200, content=b"ok", request=httpx.Request("GET", "https://x.test/"))
    assert core()._parsed(lambda response, body: body + b"!", answer, b"ok") == b"ok!"


def test_parsed_scrubs_secrets_from_carrier_errors_and_their_response() -> None:
    client = Carrier()
    streamed = httpx.Response(302, headers={"Location": f"https://x.test/?password={SECRET}", "X-Id": "7"})
    body = f"<p>bad password {SECRET}</p>".encode()
    answer = client._answer(GET_DIDS, streamed, body)

    def parse(response: httpx.Response, body: bytes) -> None:
        try:
            raise KeyError("inner")
        except KeyError:
            raise ApiError(f"rejected {SECRET}", code="E", http_status=302, response=response) from None

    with pytest.raises(ApiError) as caught:
        client._parsed(parse, answer, body)
    error = caught.value
    assert str(error) == "rejected ******** [E, HTTP 302]" and error.message == "rejected ********"
    assert error.response is not None and error.response is not answer
    assert error.response.headers["Location"] == "https://x.test/?password=********"
    assert error.response.headers["X-Id"] == "7"
    assert error.response.content == b"<p>bad password ********</p>"
    assert str(error.response.request.url) == "https://api.x.test/v1/dids?limit=5&q=a+b"
    assert error.__context__ is None and error.__suppress_context__ is True


def test_parsed_without_secrets_still_attaches_the_full_request() -> None:
    client = Carrier(secrets=())
    answer = client._answer(GET_DIDS, httpx.Response(400), b"bad")

    def parse(response: httpx.Response, body: bytes) -> None:
        raise ApiError("bad", response=response)

    with pytest.raises(ApiError) as caught:
        client._parsed(parse, answer, b"bad")
    assert caught.value.response is answer
    assert str(answer.request.url) == "https://api.x.test/v1/dids?limit=5&q=a+b"


def test_parsed_leaves_an_error_without_a_response_without_one() -> None:
    def parse(response: httpx.Response, body: bytes) -> None:
        raise ApiError(f"no {SECRET}")

    with pytest.raises(ApiError, match=r"^no \*{8}$") as caught:
        Carrier()._parsed(parse, httpx.Response(200), b"")
    assert caught.value.response is None


def test_parsed_scrubs_secrets_from_shape_errors() -> None:
    def parse(response: httpx.Response, body: bytes) -> None:
        try:
            raise ValueError("inner")
        except ValueError:
            raise MalformedResponseError(f"$.user: {SECRET} is odd", body=body, http_status=200) from None

    with pytest.raises(MalformedResponseError) as caught:
        Carrier()._parsed(parse, httpx.Response(200), f'{{"user": "{SECRET}"}}'.encode())
    assert str(caught.value) == "$.user: ******** is odd"
    assert caught.value.body == b'{"user": "********"}'
    assert caught.value.__context__ is None


def test_parsed_lets_other_errors_through() -> None:
    def parse(response: httpx.Response, body: bytes) -> None:
        raise ValidationError((FieldError("x", "y"),))

    with pytest.raises(ValidationError):
        Carrier()._parsed(parse, httpx.Response(200), b"")


# --- _failure ----------------------------------------------------------------------------------


def carrier_error(status: int, retry_after: str | None = None) -> ApiError:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return ApiError("busy", http_status=status, response=httpx.Response(status, headers=headers))


def test_failure_of_a_carrier_error_says_whether_and_when_to_retry() -> None:
    client = core()
    error = carrier_error(503, "3")
    assert client._failure(error, GET_DIDS) == (error, True, 3.0)
    assert client._failure(error, BUY_DID) == (error, False, 3.0)
    bare = ApiError("x", http_status=400)
    assert client._failure(bare, GET_DIDS) == (bare, False, None)


@pytest.mark.parametrize(
    ("exc", "prepared", "cls", "retryable"),
    [
        (httpx.ReadTimeout("slow"), GET_DIDS, TransportTimeoutError, True),
        (httpx.ReadTimeout("slow"), BUY_DID, TransportTimeoutError, False),
        (httpx.ConnectTimeout("slow"), BUY_DID, TransportTimeoutError, True),
        (httpx.ConnectError("refused"), BUY_DID, TransportError, True),
        (httpx.RemoteProtocolError("closed"), BUY_DID, TransportError, False),
        (httpx.DecodingError("bad gzip"), GET_DIDS, TransportError, False),
    ],
)
def test_failure_of_the_transport_is_mapped(
    exc: httpx.HTTPError, prepared: PreparedRequest, cls: type[TransportError], retryable: bool
) -> None:
    failure, may_retry, asked = core()._failure(exc, prepared)
    assert type(failure) is cls and (may_retry, asked) == (retryable, None)
    assert str(failure) == f"{prepared.method} /dids ({prepared.operation}) failed: {type(exc).__name__}: {exc}"


def test_failure_text_never_shows_a_secret() -> None:
    failure, _, _ = core()._failure(httpx.ConnectError(f"cannot reach https://x.test/?pw={SECRET}"), GET_DIDS)
    assert str(failure) == "GET /dids (get_dids) failed: ConnectError: cannot reach https://x.test/?pw=********"


# --- _retry_delay, _out_of_time, Attempts ------------------------------------------------------


def test_retry_delay_is_none_when_the_failure_may_not_be_retried() -> None:
    attempts = Attempts(RetryPolicy())
    attempts.attempt = 1
    failure = TransportError("gone")
    assert core()._retry_delay(GET_DIDS, failure, False, None, attempts) is None
    attempts.attempt = 3
    assert core()._retry_delay(GET_DIDS, failure, True, 0.0, attempts) is None


def test_retry_delay_logs_and_returns_the_wait(caplog: pytest.LogCaptureFixture) -> None:
    attempts = Attempts(RetryPolicy(max_retries=4))
    attempts.attempt = 2
    client = core()
    client._rng = random.Random(3)
    with caplog.at_level(logging.INFO, logger="generator.runtime"):
        assert client._retry_delay(GET_DIDS, TransportError("gone"), True, 1.5, attempts) == 1.5
        jitter = client._retry_delay(GET_DIDS, TransportError("gone"), True, None, attempts)
    assert jitter == random.Random(3).uniform(0.0, 1.0)
    assert [r.getMessage() for r in caplog.records if r.name == "generator.runtime"] == [
        "GET /dids (get_dids) failed (gone); retry 2 of 4 in 1.50 s",
        f"GET /dids (get_dids) failed (gone); retry 2 of 4 in {jitter:.2f} s",
    ]


def test_out_of_time_message() -> None:
    exc = ClientCore._out_of_time(GET_DIDS, RetryPolicy(deadline=2.5), 3)
    assert isinstance(exc, TransportTimeoutError)
    assert str(exc) == "GET /dids (get_dids) ran out of its 2.5 s deadline after 3 attempt(s)"


def test_attempts_count_up_to_the_deadline() -> None:
    attempts = Attempts(RetryPolicy(deadline=30.0))
    assert attempts.attempt == 0
    assert attempts.next_deadline(GET_DIDS) == attempts.started + 30.0
    assert attempts.next_deadline(GET_DIDS) == attempts.started + 30.0
    assert attempts.attempt == 2
    attempts.started -= 31.0
    with pytest.raises(TransportTimeoutError, match=r"ran out of its 30 s deadline after 2 attempt\(s\)$"):
        attempts.next_deadline(GET_DIDS)


# regressions ---------------------------------------------------------------------------------------


def test_a_compressed_answer_is_decoded_once() -> None:
    import gzip

    import voipms_sdk

    body = gzip.compress(b'{"status": "success", "balance": {"current_balance": "1.50"}}')

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=body)

    client = voipms_sdk.Client(
        api_username="me@x.test", api_password="pw", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    balance = client.get_balance().balance
    assert balance is not None and str(balance.current_balance) == "1.50"


@pytest.mark.parametrize("secret", ["pa\ud800ss", "pa\udfffss"])
def test_a_credential_with_a_lone_surrogate_is_a_validation_error(secret: str) -> None:
    import voipms_sdk

    with pytest.raises(voipms_sdk.ValidationError) as caught:
        voipms_sdk.Client(api_username="me@x.test", api_password=secret)
    assert [error.path for error in caught.value.errors] == ["api_password"]


@pytest.mark.parametrize("timeout", ["abc", -1, 0, float("nan"), True])
def test_a_bad_timeout_is_a_validation_error(timeout: object) -> None:
    import voipms_sdk

    with pytest.raises(voipms_sdk.ValidationError) as caught:
        voipms_sdk.Client(api_username="me@x.test", api_password="pw", timeout=timeout)  # type: ignore[arg-type]
    assert [error.path for error in caught.value.errors] == ["timeout"]
