"""Unit tests of ``generator.runtime._secrets``: credentials that never show in reprs, errors or logs.

Covers ``Secret`` (repr, str, reveal), ``SecretFilter`` (the raw and both URL-encoded forms,
records without secrets, broken records, owners that die, the filter installed on the HTTP
loggers with a real ``httpx`` request), ``redact``, ``scrub_response`` and ``scrubbed``.
"""

from __future__ import annotations

import gc
import json
import logging
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator.runtime import _secrets
from generator.runtime._exceptions import ApiError, ErrorDetail
from generator.runtime._secrets import (
    HTTP_LOGGERS,
    PACKAGE,
    REDACTED,
    Secret,
    SecretFilter,
    logger,
    redact,
    scrub_response,
    scrubbed,
    secret_filter,
)

PASSWORD = "p@ss w/rd+1"
# Both URL encodings, JSON text as PHP writes it ("/" escaped), and the secret itself.
FORMS = ("p%40ss%20w%2Frd%2B1", "p%40ss+w%2Frd%2B1", "p@ss w\\/rd+1", "p@ss w/rd+1")


class Owner:
    """Stands in for a client: anything that can be weakly referenced."""


class ListHandler(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def filtered() -> Iterator[tuple[logging.Logger, SecretFilter, ListHandler]]:
    """A private logger with a fresh SecretFilter and a handler collecting formatted lines."""
    log = logging.getLogger("tests.unit.runtime.secrets")
    log.propagate = False
    log.setLevel(logging.DEBUG)
    handler = ListHandler()
    log.addHandler(handler)
    secrets_filter = SecretFilter()
    log.addFilter(secrets_filter)
    yield log, secrets_filter, handler
    log.removeFilter(secrets_filter)
    log.removeHandler(handler)


# --- Secret ------------------------------------------------------------------------------------


def test_secret_never_shows_itself() -> None:
    secret = Secret(PASSWORD)
    assert repr(secret) == str(secret) == f"{secret}" == "Secret('********')"
    assert PASSWORD not in repr([secret]) and PASSWORD not in repr({"pw": secret})
    assert secret.reveal() == PASSWORD
    assert not hasattr(secret, "__dict__")


# --- module constants --------------------------------------------------------------------------


def test_the_filter_sits_on_every_http_logger_and_the_sdks_own() -> None:
    assert PACKAGE == "generator.runtime" and logger.name == PACKAGE
    assert REDACTED == "********"
    assert {"httpx", "httpcore", "httpcore.connection", "httpcore.http11", "hpack", PACKAGE} <= set(HTTP_LOGGERS)
    for name in HTTP_LOGGERS:
        assert secret_filter in logging.getLogger(name).filters


def test_every_logger_the_http_stack_logs_on_is_filtered() -> None:
    # A logger's filters see only the records logged on it, never its children's: each by its own name.
    import httpcore

    names: set[str] = set()
    for package in (httpx, httpcore):
        for path in Path(package.__file__).parent.rglob("*.py"):
            names |= set(re.findall(r'getLogger\(\s*"([^"]+)"', path.read_text(encoding="utf-8")))
    assert {"httpx", "httpcore.http11"} <= names <= set(HTTP_LOGGERS)


@pytest.mark.parametrize("name", ["hpack.hpack", "hpack.table"])
def test_hpacks_own_loggers_hide_secrets(name: str) -> None:
    # hpack (HTTP/2's header coder, not installed here) logs each header it encodes on its modules' loggers,
    # which a filter on "hpack" alone would never see.
    owner = Owner()
    secret_filter.register(owner, ("hpack-s3cret",))
    log, handler = logging.getLogger(name), ListHandler()
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)
    try:
        log.debug("Adding %r to the header table", (b":path", b"/rest.php?api_password=hpack-s3cret"))
    finally:
        log.removeHandler(handler)
        log.setLevel(logging.NOTSET)
    assert len(handler.lines) == 1 and "hpack-s3cret" not in handler.lines[0] and REDACTED in handler.lines[0]


# --- SecretFilter ------------------------------------------------------------------------------


def test_register_keeps_the_raw_and_url_encoded_forms_longest_first() -> None:
    secrets_filter = SecretFilter()
    owner = Owner()
    secrets_filter.register(owner, (PASSWORD, None, ""))
    assert secrets_filter.forms_of(owner) == FORMS
    assert secrets_filter.forms_of(Owner()) == ()


def test_register_without_secrets_hides_nothing() -> None:
    secrets_filter = SecretFilter()
    owner = Owner()
    secrets_filter.register(owner, (None,))
    assert secrets_filter.forms_of(owner) == ()


@pytest.mark.parametrize("form", FORMS)
def test_each_form_is_redacted_from_log_records(
    filtered: tuple[logging.Logger, SecretFilter, ListHandler], form: str
) -> None:
    log, secrets_filter, handler = filtered
    owner = Owner()
    secrets_filter.register(owner, (PASSWORD,))
    log.info("GET https://x.test/api?user=%s&pw=%s", "me", form)
    log.warning("pw=" + form + " twice " + form)
    assert handler.lines == ["GET https://x.test/api?user=me&pw=********", "pw=******** twice ********"]


def test_records_without_a_secret_are_left_alone(filtered: tuple[logging.Logger, SecretFilter, ListHandler]) -> None:
    log, secrets_filter, _ = filtered
    owner = Owner()
    secrets_filter.register(owner, (PASSWORD,))
    record = logging.LogRecord(log.name, logging.INFO, __file__, 1, "user=%s", ("me",), None)
    assert secrets_filter.filter(record) is True
    assert (record.msg, record.args) == ("user=%s", ("me",))


def test_redacted_records_lose_their_args() -> None:
    secrets_filter = SecretFilter()
    owner = Owner()
    secrets_filter.register(owner, ("s3cr3t",))
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "pw=%s n=%d", ("s3cr3t", 5), None)
    assert secrets_filter.filter(record) is True
    assert (record.msg, record.args) == ("pw=******** n=5", None)
    assert record.getMessage() == "pw=******** n=5"


def test_without_owners_records_pass_untouched() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "pw=%s", ("s3cr3t",), None)
    assert SecretFilter().filter(record) is True
    assert record.args == ("s3cr3t",)


def test_a_broken_record_never_breaks_logging() -> None:
    secrets_filter = SecretFilter()
    owner = Owner()
    secrets_filter.register(owner, ("s3cr3t",))
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "n=%d", ("not a number",), None)
    assert secrets_filter.filter(record) is True
    assert record.msg == "n=%d"


def test_secrets_of_several_owners_are_all_redacted() -> None:
    secrets_filter = SecretFilter()
    first, second = Owner(), Owner()
    secrets_filter.register(first, ("alpha-secret",))
    secrets_filter.register(second, ("omega-secret",))
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "alpha-secret omega-secret", None, None)
    secrets_filter.filter(record)
    assert record.msg == "******** ********"


def test_a_dead_owners_secrets_are_forgotten() -> None:
    secrets_filter = SecretFilter()
    owner = Owner()
    secrets_filter.register(owner, ("s3cr3t",))
    del owner
    gc.collect()
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "pw=s3cr3t", None, None)
    secrets_filter.filter(record)
    assert record.msg == "pw=s3cr3t"


def test_httpx_request_logs_are_redacted(caplog: pytest.LogCaptureFixture) -> None:
    owner = Owner()
    secret_filter.register(owner, (PASSWORD,))
    transport = httpx.MockTransport(lambda request: httpx.Response(200))
    try:
        with caplog.at_level(logging.INFO, logger="httpx"), httpx.Client(transport=transport) as client:
            client.get("https://x.test/api", params={"api_password": PASSWORD})
        messages = [record.getMessage() for record in caplog.records if record.name == "httpx"]
        assert messages == ['HTTP Request: GET https://x.test/api?api_password=******** "HTTP/1.1 200 OK"']
    finally:
        del owner
        gc.collect()


# --- redact, scrubbed --------------------------------------------------------------------------


def test_redact() -> None:
    assert redact("a=s3cr3t b=s3cr3t", ("s3cr3t",)) == "a=******** b=********"
    assert redact("nothing here", ("s3cr3t",)) == "nothing here"
    assert redact("s3cr3t", ()) == "s3cr3t"


def test_scrub_response_without_forms_only_swaps_the_request() -> None:
    response = httpx.Response(400, content=b"bad s3cr3t", request=httpx.Request("GET", "https://x.test/"))
    request = httpx.Request("GET", "https://x.test/dids?limit=5")
    assert scrub_response(response, (), request) is response
    assert response.request is request and response.content == b"bad s3cr3t"


def test_scrub_response_redacts_every_form_from_headers_and_body() -> None:
    response = httpx.Response(
        302,
        headers={"Location": f"https://x.test/?pw={FORMS[1]}", "X-Echo": PASSWORD, "X-Other": "kept"},
        content=f"<p>{FORMS[0]} and {PASSWORD}</p>".encode(),
        request=httpx.Request("GET", "https://x.test/"),
    )
    request = httpx.Request("GET", "https://x.test/dids")
    scrubbed_response = scrub_response(response, FORMS, request)
    assert scrubbed_response is not response and scrubbed_response.request is request
    assert scrubbed_response.status_code == 302
    assert scrubbed_response.headers["Location"] == "https://x.test/?pw=********"
    assert (scrubbed_response.headers["X-Echo"], scrubbed_response.headers["X-Other"]) == ("********", "kept")
    assert scrubbed_response.content == b"<p>******** and ********</p>"
    assert response.headers["X-Echo"] == PASSWORD


def test_scrub_response_redacts_non_ascii_secrets_in_the_body() -> None:
    forms = ("pässwörd",)
    response = httpx.Response(401, content="echo: pässwörd".encode(), request=httpx.Request("GET", "https://x.test/"))
    assert scrub_response(response, forms, response.request).content == b"echo: ********"


def test_scrubbed_removes_echoed_secrets_from_every_part_of_an_error() -> None:
    detail = ErrorDetail("bad_s3cr3t", "Password s3cr3t is wrong", 401, "desc", "res", {"password": "s3cr3t"})
    exc = ApiError("Password s3cr3t is wrong", code="bad_s3cr3t", http_status=401, errors=(detail, detail))
    exc.args = (*exc.args, 42)
    assert scrubbed(exc, ("s3cr3t",)) is exc
    assert exc.message == "Password ******** is wrong" and exc.code == "bad_********"
    assert exc.args == ("Password ******** is wrong [bad_********, HTTP 401] (+1 more)", 42)
    assert str(exc) == "('Password ******** is wrong [bad_********, HTTP 401] (+1 more)', 42)"
    assert (
        exc.errors
        == (ErrorDetail("bad_********", "Password ******** is wrong", 401, "desc", "res", {"password": "********"}),)
        * 2
    )


def test_scrubbed_keeps_missing_codes_missing() -> None:
    exc = ApiError("s3cr3t", errors=(ErrorDetail(None, "s3cr3t"),))
    scrubbed(exc, ("s3cr3t",))
    assert exc.code is None and exc.errors == (ErrorDetail(None, "********"),)


def test_scrubbed_without_forms_leaves_the_error_alone() -> None:
    exc = ApiError("s3cr3t", code="s3cr3t")
    assert scrubbed(exc, ()) is exc
    assert (exc.message, exc.code, str(exc)) == ("s3cr3t", "s3cr3t", "s3cr3t [s3cr3t]")


# regressions ---------------------------------------------------------------------------------------


def test_scrubbing_keeps_headers_that_are_not_ascii() -> None:
    request = httpx.Request("GET", "https://carrier.test/")
    response = httpx.Response(400, headers=[(b"X-Message", "caf\u00e9 pw".encode())], content=b"pw", request=request)
    scrubbed_copy = scrub_response(response, ("pw",), request)
    assert scrubbed_copy.headers.raw[0] == (b"X-Message", "caf\u00e9 ********".encode())
    assert scrubbed_copy.content == b"********" and scrubbed_copy.headers["content-length"] == "8"


def test_a_secret_inside_another_clients_secret_never_shows_in_part() -> None:
    owner_a, owner_b = Owner(), Owner()
    secrets = _secrets.SecretFilter()
    secrets.register(owner_a, ("abc",))
    secrets.register(owner_b, ("xxabcyy",))
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, "pw=%s", ("xxabcyy",), None)
    secrets.filter(record)
    assert record.getMessage() == "pw=********"


def test_a_logged_traceback_is_scrubbed_too() -> None:
    owner = Owner()
    secrets = _secrets.SecretFilter()
    secrets.register(owner, ("s3cr3t-value",))
    try:
        raise RuntimeError("failed with s3cr3t-value")
    except RuntimeError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "oops", (), sys.exc_info())
    secrets.filter(record)
    assert "s3cr3t-value" not in (record.exc_text or "") and "********" in (record.exc_text or "")


def test_a_secret_that_cannot_be_url_encoded_is_still_registered() -> None:
    owner = Owner()
    secrets = _secrets.SecretFilter()
    secrets.register(owner, ("pa\ud800ss",))
    assert secrets.forms_of(owner) == ("pa\\ud800ss", "pa\ud800ss")  # as JSON escapes it, and itself


def test_hiding_redacts_a_calls_secrets_only_while_it_runs() -> None:
    record = lambda: logging.LogRecord("x", logging.INFO, __file__, 1, "GET /?pin=4321%26x", None, None)  # noqa: E731
    secrets_filter = SecretFilter()
    with secrets_filter.hiding(("4321&x",)):
        inside = record()
        secrets_filter.filter(inside)
    after = record()
    secrets_filter.filter(after)
    assert inside.msg == f"GET /?pin={REDACTED}" and after.msg == "GET /?pin=4321%26x"
    with secrets_filter.hiding(()):
        assert not secrets_filter._owners  # a call without secret arguments registers nothing


def test_a_secret_echoed_in_json_is_found_however_json_escapes_it() -> None:
    # An answer quoting the secret back: PHP's json_encode escapes "/" and anything past ASCII, Python's
    # json.dumps does not escape "/", either may leave non-ASCII as it is; a quote is always escaped.
    secret = 'é"/x\\'
    answers = [json.dumps({"message": secret}, ensure_ascii=ascii) for ascii in (True, False)]
    answers += [answer.replace("/", "\\/") for answer in answers]
    forms = _secrets.spellings_of((secret,))
    for answer in answers:
        assert secret not in json.loads(redact(answer, forms))["message"], answer
        assert json.loads(redact(answer, forms))["message"] == REDACTED


def test_spellings_of_cover_every_form_longest_first() -> None:
    forms = _secrets.spellings_of((PASSWORD, "", "pw"))
    assert set(forms) == {*FORMS, "pw"}  # an empty one is no secret
    assert [len(form) for form in forms] == sorted((len(form) for form in forms), reverse=True)
