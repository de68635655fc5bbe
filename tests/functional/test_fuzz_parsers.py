"""Fuzz every response parser of every SDK: whatever the carrier sends, only the SDK's own SdkErrors escape.

Targets: each ``<sdk>._operations.parse_*(response, body)``, every ``<sdk>.parse_*_callback(body)`` and the
hardened ``parse_xml(body)``. Inputs: raw bytes; random documents in the carrier's format (XML or JSON) built
from the SDK's own element and key names; the documented samples with their values, elements and statuses
scrambled; and the carrier's error documents with messages matching the documented error rows; the
``*_with_tricky_numbers`` runs plant one TRICKY value in an otherwise documented answer. Hypothesis runs
derandomized and without an example database, so every run draws the same examples. Each SDK gets the same
budget of examples per test, spread over its parsers (VoIP.ms has 222), so the suite's time stays bounded. A
deterministic table then checks that each kind of malformed answer becomes a MalformedResponseError carrying the
raw body and the HTTP status; regression tests pin each bug found.
"""

from __future__ import annotations

import importlib.util
import inspect
import json
import re
import time
from collections.abc import Callable
from functools import cache
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from lxml import etree

from generator.runtime._answers import message_pattern

from . import soap_rpc
from .conftest import SDKS, SdkCase

CASES = {case.id: case for case in SDKS}
FUZZ = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

STATUSES = st.one_of(st.sampled_from([200, 201, 204, 400, 401, 403, 404, 429, 500, 502, 503]), st.integers(100, 599))
# Characters XML 1.0 allows (surrogates, controls other than tab/newline/return and U+FFFE/U+FFFF are not).
XML_CHARS = st.one_of(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff"),
    st.sampled_from("\t\n\r"),
)
TEXT = st.text(XML_CHARS, max_size=30)


# what each SDK documents --------------------------------------------------------------------------


def source(sdk: SdkCase, *modules: str) -> str:
    return "".join(inspect.getsource(sdk.module(name)) for name in modules)


def element_names(sdk: SdkCase) -> list[str]:
    """Every element name (XML) or key (JSON) the SDK's readers look for.

    An enveloped carrier reads JSON through its XML readers (one tree from either format): its
    readers' element names are its JSON keys too.
    """
    names: set[str] = set()
    if importlib.util.find_spec(f"{sdk.name}._json") is not None:
        names |= set(re.findall(r'get\("([^"]+)"\)', source(sdk, "_json")))
    if importlib.util.find_spec(f"{sdk.name}._xml") is not None:
        names |= set(re.findall(r'tag\s*[!=]=\s*"([^"]+)"', source(sdk, "_xml", "_operations")))
    return sorted(names)


def root_names(sdk: SdkCase) -> list[str]:
    """Every document element the SDK's parsers expect."""
    modules = ["_operations", *(["callbacks"] if sdk.callback_parsers else [])]
    return sorted(set(re.findall(r'expect_root\([^)]*?"([^"]+)"', source(sdk, *modules))))


def enum_values(sdk: SdkCase) -> list[str]:
    models = sdk.module("models")
    return sorted({str(v) for name, values in vars(models).items() if name.endswith("_VALUES") for v in values})


def error_patterns(sdk: SdkCase) -> list[str]:
    """The documented error messages (the SDK matches answers against them); codes where answers carry codes."""
    rows = getattr(sdk.module("_operations"), "ERROR_ROWS", {})
    column = 0 if sdk.response_format in ("json", "soap_rpc") else 1
    return sorted({row[column] for table in rows.values() for row in table})


# Values that look like numbers to one check and not to the next: beyond int()'s 4300-digit limit, exponents
# beyond Decimal's range, digits that str.isdigit() accepts but int() does not, full-width digits.
TRICKY = ["9" * 4400, "1e999999999999999999999", "-1E-999999999999999999999", "\u00b2", "\u0663", "\uff11\uff12"]


@cache
def values(name: str, tricky: bool = False) -> st.SearchStrategy[str]:
    """Element text: random text, numbers of every shape and the SDK's own enum values (and TRICKY ones)."""
    plain = st.one_of(
        TEXT,
        st.integers().map(str),
        st.builds("{}.{}".format, st.integers(-(10**12), 10**12), st.integers(0, 10**6)),
        st.sampled_from(["", " ", "TRUE", "false", "yes", "0", "-1", "1.5", "NaN", "Infinity", "1_000", "0x1F"]),
        st.sampled_from(enum_values(CASES[name]) or ["x"]),
    )
    return st.one_of(plain, st.sampled_from(TRICKY)) if tricky else plain


def escape(text: str, quote: bool = False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if quote else text


@cache
def envelopes(name: str) -> st.SearchStrategy[bytes]:
    """Well-formed documents: a documented root (or not) with random children drawn from the SDK's names."""
    sdk = CASES[name]
    tags = st.one_of(st.sampled_from(element_names(sdk) or ["item"]), st.text("abcxyz_", min_size=1, max_size=6))
    status = st.one_of(st.none(), values(name))

    def render(tag: str, attribute: str | None, text: str, children: list[str]) -> str:
        attrs = "" if attribute is None else f' status="{escape(attribute, quote=True)}"'
        return f"<{tag}{attrs}>{escape(text)}{''.join(children)}</{tag}>"

    def branch(kids: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.builds(render, tags, status, values(name), st.lists(kids, max_size=4))

    leaf = st.builds(render, tags, status, values(name), st.just([]))
    tree = st.recursive(leaf, branch, max_leaves=12)
    roots = st.one_of(st.sampled_from([*root_names(sdk), "errors"]), tags)
    document = st.builds(render, roots, status, TEXT, st.lists(tree, max_size=5))
    return document.map(lambda text: ('<?xml version="1.0" encoding="utf-8"?>' + text).encode("utf-8"))


@cache
def json_documents(name: str) -> st.SearchStrategy[bytes]:
    """JSON objects keyed by the SDK's own key names (and others), with values of every shape."""
    sdk = CASES[name]
    keys = st.one_of(st.sampled_from(element_names(sdk) or ["status"]), st.text("abcxyz_", min_size=1, max_size=6))
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), values(name))
    tree = st.recursive(
        scalars,
        lambda kids: st.one_of(st.lists(kids, max_size=4), st.dictionaries(keys, kids, max_size=4)),
        max_leaves=12,
    )
    status = st.one_of(st.just("success"), values(name))
    document = st.builds(
        lambda status, rest: {"status": status, **rest}, status, st.dictionaries(keys, tree, max_size=5)
    )
    return document.map(lambda value: json.dumps(value).encode())


def documents(name: str) -> st.SearchStrategy[bytes]:
    """Well-formed documents in the carrier's own format."""
    sdk = CASES[name]
    if sdk.response_format == "soap_rpc":
        # The JSON form's objects, as the SOAP endpoint encodes them, under one of the operations' names.
        operations = st.sampled_from(sorted(sdk.package.OPERATIONS))
        return st.builds(lambda op, body: soap_rpc.map_envelope(op, json.loads(body)), operations, json_documents(name))
    return json_documents(name) if sdk.response_format == "json" else envelopes(name)


@st.composite
def scrambled_json(draw: st.DrawFn, sdk: SdkCase, samples: tuple[bytes, ...], tricky: bool = False) -> bytes:
    """A documented JSON sample with each value kept, emptied, replaced, dropped or duplicated into a list."""
    value = json.loads(draw(st.sampled_from(samples)))

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            out = {}
            for key, item in node.items():
                action = draw(st.sampled_from(["keep", "keep", "value", "empty", "drop", "list"]))
                if action == "drop":
                    continue
                item = walk(item)
                if action == "value":
                    item = draw(st.sampled_from(TRICKY)) if tricky else draw(values(sdk.name))
                elif action == "empty":
                    item = "" if not isinstance(item, (dict, list)) else type(item)()
                elif action == "list":
                    item = [item, item]
                out[key] = item
            return out
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    return json.dumps(walk(value)).encode()


@st.composite
def scrambled(draw: st.DrawFn, sdk: SdkCase, samples: tuple[bytes, ...], tricky: bool = False) -> bytes:
    """A documented sample with each element kept, emptied, given a random value, dropped or duplicated.

    With ``tricky``, the sample is left whole but for one value, which becomes one of TRICKY.
    """
    root = etree.fromstring(draw(st.sampled_from(samples)))
    if tricky:
        leaves = [element for element in root.iter() if len(element) == 0]
        draw(st.sampled_from(leaves)).text = draw(st.sampled_from(TRICKY))
        return etree.tostring(root, xml_declaration=True, encoding="utf-8")
    for element in list(root.iter()):
        action = draw(st.sampled_from(["keep", "keep", "value", "value", "empty", "drop", "duplicate"]))
        parent = element.getparent()
        if action == "value" and len(element) == 0:
            element.text = draw(values(sdk.name))
        elif action == "empty":
            element.text = None
            for child in list(element):
                element.remove(child)
        elif action == "drop" and parent is not None:
            parent.remove(element)
        elif action == "duplicate" and parent is not None:
            parent.append(etree.fromstring(etree.tostring(element)))
    return etree.tostring(root, xml_declaration=True, encoding=draw(st.sampled_from(["utf-8", "utf-16"])))


@cache
def error_documents(name: str, tricky: bool = False) -> st.SearchStrategy[bytes]:
    """The carrier's error documents, with messages matching documented rows (random parameters, statuses)."""
    sdk = CASES[name]
    patterns = [message_pattern(row) for row in error_patterns(sdk)]
    message = st.one_of(TEXT, *(st.from_regex(pattern, fullmatch=True) for pattern in patterns[:200]))
    if sdk.name != "iovox_sdk":
        codes = st.sampled_from(error_patterns(sdk) or ["error"])
        return st.builds(sdk.error_body, st.integers(100, 599), st.one_of(message, codes, values(sdk.name, tricky)))
    one = st.tuples(st.one_of(st.integers(100, 599).map(str), values(sdk.name, tricky)), message.filter(_xml_safe))
    return st.lists(one, min_size=1, max_size=3).map(
        lambda errors: (
            "<errors>"
            + "".join(f'<error status="{escape(s, True)}">{escape(m)}</error>' for s, m in errors)
            + "</errors>"
        ).encode("utf-8")
    )


def _xml_safe(text: str) -> bool:
    return all(
        ch in "\t\n\r" or (ch >= " " and ch not in "\ufffe\uffff" and not 0xD800 <= ord(ch) <= 0xDFFF) for ch in text
    )


# the property --------------------------------------------------------------------------------------


def only_sdk_errors(sdk: SdkCase, run: Callable[[], Any]) -> None:
    """Run a parser; it may return or raise an SdkError, whose every documented attribute must be readable."""
    package = sdk.package
    try:
        result = run()
    except package.ApiError as exc:
        assert readable(exc)
        assert isinstance(exc.http_status, int | None)
        details = [(d.code, d.message, d.item, d.total, d.resolution) for d in exc.errors]
        assert len(details) == len(exc.errors)
    except package.MalformedResponseError as exc:
        assert readable(exc)
        assert isinstance(exc.body, bytes) and len(exc.body) <= package.errors.BODY_EXCERPT
    except package.SdkError as exc:
        assert readable(exc)
    else:
        assert readable(result)


def readable(value: object) -> bool:
    """str() and repr() work (a property or __str__ that raises would surface here)."""
    return isinstance(str(value) + repr(value), str)


NAMES = list(CASES)
#: One row per package: a second transport's row (VoIP.ms over SOAP) has the same XML parser, callbacks
#: and JSON readers as its REST row, so only its own parsers (raw, random and scrambled answers) run.
PACKAGES = [case.id for case in SDKS if not case.rpc]
WITH_CALLBACKS = [case.id for case in SDKS if case.callback_parsers]
#: Examples per SDK and test, spread over its parsers: every SDK is probed as hard, whatever its size.
BUDGET = 300
PER_SDK = settings(FUZZ, max_examples=BUDGET)
# Shrinking 4400-digit strings is slow and teaches nothing more, so the TRICKY runs stop at the first failure.
FIND = settings(PER_SDK, phases=[Phase.explicit, Phase.generate])


def success_status(sdk: SdkCase, parser: str) -> int:
    return sdk.successes[parser.removeprefix("parse_")][0]


def run_parser(sdk: SdkCase, parser: str, status: int, body: bytes) -> None:
    parse = sdk.response_parsers[parser]
    only_sdk_errors(sdk, lambda: parse(httpx.Response(status, content=body), body))


def samples_of(sdk: SdkCase) -> dict[str, tuple[bytes, ...]]:
    """Documented answers per parser: the row's own samples, else the spec's documented successes."""
    found = {f"parse_{method}": (body,) for method, (_, body) in sdk.successes.items() if body.strip()}
    return {**found, **{name: bodies for name, bodies in sdk.samples.items() if name in sdk.response_parsers}}


def scramble(sdk: SdkCase, samples: tuple[bytes, ...], tricky: bool) -> st.SearchStrategy[bytes]:
    if samples[0].lstrip()[:1] in (b"{", b"["):
        return scrambled_json(sdk, samples, tricky)
    return scrambled(sdk, samples, tricky)


def a_parser(sdk: SdkCase) -> st.SearchStrategy[str]:
    return st.sampled_from(sorted(sdk.response_parsers))


def callback_samples(sdk: SdkCase) -> dict[str, tuple[bytes, ...]]:
    return {name: sdk.samples.get(name, sdk.samples.get("parse_callback", ())) for name in sdk.callback_parsers}


def call_callbacks(sdk: SdkCase, body: bytes) -> None:
    for parse in sdk.callback_parsers.values():
        only_sdk_errors(sdk, lambda parse=parse: parse(body))


@pytest.mark.parametrize("name", NAMES)
@PER_SDK
@given(data=st.data(), status=STATUSES, body=st.binary(max_size=512))
def test_response_parsers_on_raw_bytes(name, data, status, body):
    sdk = CASES[name]
    run_parser(sdk, data.draw(a_parser(sdk)), status, body)


@pytest.mark.parametrize("name", PACKAGES)
@FUZZ
@given(body=st.binary(max_size=512))
def test_parse_xml_and_callbacks_on_raw_bytes(name, body):
    sdk = CASES[name]
    only_sdk_errors(sdk, lambda: sdk.parse_xml(body, 200))
    call_callbacks(sdk, body)


@pytest.mark.parametrize("name", NAMES)
@PER_SDK
@given(data=st.data())
def test_response_parsers_on_random_documents(name, data):
    sdk = CASES[name]
    parser = data.draw(a_parser(sdk))
    status = data.draw(st.one_of(st.just(success_status(sdk, parser)), STATUSES))
    run_parser(sdk, parser, status, data.draw(documents(name)))


@pytest.mark.parametrize("name", PACKAGES)
@FUZZ
@given(data=st.data())
def test_parse_xml_and_callbacks_on_random_documents(name, data):
    sdk = CASES[name]
    body = data.draw(st.one_of(envelopes(name), json_documents(name)))
    only_sdk_errors(sdk, lambda: sdk.parse_xml(body, 200))
    call_callbacks(sdk, body)


def scrambled_answers(name: str, data: st.DataObject, tricky: bool) -> None:
    sdk = CASES[name]
    samples = samples_of(sdk)
    parser = data.draw(st.sampled_from(sorted(samples)))
    status = data.draw(st.one_of(st.just(success_status(sdk, parser)), STATUSES))
    run_parser(sdk, parser, status, data.draw(scramble(sdk, samples[parser], tricky)))


def scrambled_callbacks(name: str, data: st.DataObject, tricky: bool) -> None:
    sdk = CASES[name]
    samples = {parser: bodies for parser, bodies in callback_samples(sdk).items() if bodies}
    if not samples:  # no documented payload: random documents stand in
        call_callbacks(sdk, data.draw(documents(name)))
        return
    parser = data.draw(st.sampled_from(sorted(samples)))
    body = data.draw(scramble(sdk, samples[parser], tricky))
    only_sdk_errors(sdk, lambda: sdk.callback_parsers[parser](body))


def error_rows(name: str, status: int, data: st.DataObject, tricky: bool) -> None:
    sdk = CASES[name]
    run_parser(sdk, data.draw(a_parser(sdk)), status, data.draw(error_documents(name, tricky)))


@pytest.mark.parametrize("name", NAMES)
@PER_SDK
@given(data=st.data())
def test_response_parsers_on_scrambled_documented_answers(name, data):
    scrambled_answers(name, data, tricky=False)


@pytest.mark.parametrize("name", WITH_CALLBACKS)
@FUZZ
@given(data=st.data())
def test_callback_parsers_on_scrambled_documented_callbacks(name, data):
    scrambled_callbacks(name, data, tricky=False)


@pytest.mark.parametrize("name", NAMES)
@PER_SDK
@given(status=st.sampled_from([400, 401, 403, 404, 429, 500, 503]), data=st.data())
def test_response_parsers_on_documented_error_rows(name, status, data):
    error_rows(name, status, data, tricky=False)


@pytest.mark.parametrize("name", PACKAGES)
@FIND
@given(data=st.data())
def test_response_parsers_on_scrambled_answers_with_tricky_numbers(name, data):
    scrambled_answers(name, data, tricky=True)


@pytest.mark.parametrize("name", WITH_CALLBACKS)
@FIND
@given(data=st.data())
def test_callback_parsers_on_scrambled_callbacks_with_tricky_numbers(name, data):
    scrambled_callbacks(name, data, tricky=True)


@pytest.mark.parametrize("name", PACKAGES)
@FIND
@given(status=st.sampled_from([400, 429, 500]), data=st.data())
def test_response_parsers_on_error_rows_with_tricky_numbers(name, status, data):
    error_rows(name, status, data, tricky=True)


# malformed answers: typed, with the raw body and the status -------------------------------------------

IOVOX = CASES["iovox_sdk"]
REGIONS = IOVOX.successes["get_voxnumber_regions"][1]
PAGE = IOVOX.successes["get_voxnumbers"][1]
ORDER = IOVOX.successes["purchase_vox_numbers"][1]
XML, HTML = "application/xml", "text/html"
# name -> (parser, status, body, content type)
MALFORMED = {
    "empty": ("parse_get_voxnumbers", 200, b"", XML),
    "whitespace": ("parse_get_voxnumbers", 200, b" \r\n\t", XML),
    "truncated": ("parse_get_voxnumbers", 200, PAGE[: len(PAGE) // 2], XML),
    "json": ("parse_get_voxnumbers", 200, b'{"current_page": 1}', "application/json"),
    "plain-text": ("parse_purchase_vox_numbers", 201, b"Created", "text/plain"),
    "html-doctype": ("parse_get_voxnumber_regions", 200, b"<!DOCTYPE html><html><body>Down</body></html>", HTML),
    "html-page": ("parse_get_voxnumber_regions", 200, b"<html><body><h1>Down</h1></body></html>", HTML),
    "wrong-root": ("parse_get_voxnumbers", 200, b"<result><voxnumber>1</voxnumber></result>", XML),
    "missing-element": ("parse_get_voxnumbers", 200, re.sub(rb"<total_pages>\d+</total_pages>", b"", PAGE), XML),
    "not-an-integer": ("parse_get_voxnumbers", 200, PAGE.replace(b"<current_page>1<", b"<current_page>one<"), XML),
    "unknown-order-status": ("parse_purchase_vox_numbers", 201, ORDER.replace(b"FULFILLED", b"CANCELLED"), XML),
    "unknown-boolean": ("parse_get_voxnumber_regions", 200, REGIONS.replace(b">FALSE<", b">maybe<"), XML),
}
FIELDS = ("parser", "status", "body", "content_type")


def malformed(parser: str, status: int, body: bytes, content_type: str) -> Any:
    response = httpx.Response(status, content=body, headers={"Content-Type": content_type})
    with pytest.raises(IOVOX.package.MalformedResponseError) as caught:
        IOVOX.response_parsers[parser](response, body)
    return caught.value


@pytest.mark.parametrize(FIELDS, list(MALFORMED.values()), ids=list(MALFORMED))
def test_malformed_answer_is_a_malformed_response_error(parser, status, body, content_type):
    assert malformed(parser, status, body, content_type).__cause__ is None


@pytest.mark.parametrize(
    FIELDS,
    [pytest.param(*case, id=name) for name, case in MALFORMED.items()],
)
def test_malformed_answer_error_carries_the_raw_body_and_status(parser, status, body, content_type):
    exc = malformed(parser, status, body, content_type)
    assert exc.body == body[: IOVOX.package.errors.BODY_EXCERPT]
    assert exc.http_status == status


def test_raw_body_is_truncated_to_the_excerpt():
    body = b"<html>" + b"x" * 100_000
    exc = malformed("parse_get_voxnumbers", 200, body, HTML)
    assert exc.body == body[: IOVOX.package.errors.BODY_EXCERPT]


# regressions: the bugs the fuzzing found, one input each (iovox_sdk) --------------------------------


def parse(parser: str, status: int, body: bytes) -> Any:
    return IOVOX.response_parsers[parser](httpx.Response(status, content=body), body)


def test_integer_past_the_int_digit_limit_is_malformed():
    with pytest.raises(IOVOX.package.MalformedResponseError):
        parse("parse_get_voxnumbers", 200, PAGE.replace(b"<current_page>1<", b"<current_page>" + b"9" * 4400 + b"<"))


def test_decimal_exponent_past_decimal_range_is_malformed():
    with pytest.raises(IOVOX.package.MalformedResponseError):
        parse("parse_get_voxnumber_regions", 200, REGIONS.replace(b">1.50<", b">1e999999999999999999999<"))


@pytest.mark.parametrize("status", ["\u00b2", "9" * 4400], ids=["superscript-two", "4400-digits"])
def test_error_status_attribute_of_any_digits_is_read(status):
    body = f'<errors><error status="{status}">Something nobody documented</error></errors>'.encode()
    with pytest.raises(IOVOX.package.ApiError) as caught:
        parse("parse_get_voxnumbers", 400, body)
    assert caught.value.http_status == 400


def test_error_item_of_any_digits_reads_as_none():
    body = IOVOX.error_body(400, "Country Code \u00b2 of 3 Empty")
    with pytest.raises(IOVOX.package.errors.CountryCodeEmptyError) as caught:
        parse("parse_purchase_vox_numbers", 400, body)
    assert caught.value.errors[0].item is None
    assert caught.value.errors[0].total == 3


def test_error_message_matching_is_not_catastrophic():
    message = "XML parse error. " + " at line , column " * 250 + "\n."
    body = IOVOX.error_body(400, message)
    started = time.perf_counter()
    with pytest.raises(IOVOX.package.ApiError):
        parse("parse_get_voxnumbers", 400, body)
    elapsed = time.perf_counter() - started
    assert elapsed < 0.25, f"matching a {len(body)}-byte error document took {elapsed:.2f} s"
