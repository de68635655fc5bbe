"""Conformance of ``specs/voipms.yaml`` and the generated ``voipms_sdk`` with VoIP.ms's own documents.

The references live outside the repository (``tests/conformance/voipms_refs.py`` reads them):

* ``server.wsdl``: the provider's WSDL; its ``portType`` lists the 222 operations;
* ``api-responses.json``: per method the documented response shape (``methods``);
* ``api-statuses.json``: the 480 status codes and their descriptions.

This module checks operations, credentials, errors, mutation, transport and responses; parameters are
``test_voipms_params.py``'s. Every test skips (with the reason) when the references are absent.

Where the spec departs from the references on purpose, the departure is listed below with its reason
(``specs/notes/voipms.md`` explains each one). Every allowlist is checked both ways: an entry that no
longer matches a real departure fails too, so the lists cannot go stale.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx
import pytest

from generator.ir import ApiSpec, Field, Operation, TypeRef
from tests.conformance import voipms_refs as refs
from tests.conformance.voipms_refs import CREDENTIALS, WsdlOperation, fail_with

# --------------------------------------------------------------------------------------------
# Errors, empty results, mutation, transport.
# --------------------------------------------------------------------------------------------

#: ``no_*`` codes that report failures, not empty listings: code -> reason.
NO_CODES_THAT_FAIL: Mapping[str, str] = {
    "no_base64file": "the file is not Base64",
    "no_callstatus": "no call-status filter was given",
    "no_change_billingtype": "the billing plan could not be changed",
    "no_provision": "e911 provisioning failed",
    "no_provision_update": "e911 provisioning update failed",
}

AUTH_CODES = frozenset({"invalid_credentials", "missing_credentials", "api_not_enabled", "ip_not_enabled"})
REQUEST_PREFIXES = ("missing_", "invalid_", "Invalid_")

#: Verb prefix -> whether an operation named so changes state on the carrier.
MUTATING_PREFIXES: Mapping[str, bool] = {
    "add": True,
    "assign": True,
    "backOrder": True,
    "cancel": True,
    "connect": True,
    "create": True,
    "delete": True,
    "del": True,
    "mail": True,  # mailFaxMessagePDF sends an e-mail
    "mark": True,
    "move": True,
    "order": True,
    "remove": True,
    "send": True,
    "set": True,
    "signup": True,
    "unconnect": True,
    "e911Cancel": True,
    "e911Provision": True,  # also e911ProvisionManually
    "e911Update": True,
    "get": False,
    "search": False,
    "e911Info": False,
    "e911AddressTypes": False,
    "e911Validate": False,  # validates an address, changes nothing
}

#: Operations that must be one multipart POST carrying method and credentials in the body.
MULTIPART = frozenset({"sendMMS", "sendFaxMessage", "setRecording", "addLNPFile"})

#: Operations whose documented sample is not JSON the SDK can read as printed: method -> reason.
UNREADABLE_SAMPLES: Mapping[str, str] = {
    "orderFaxNumber": "sample is a PHP dump (dids printed as text); rebuilt by hand in the spec",
    "searchFaxAreaCodeCAN": "sample is a PHP dump (ratecenters printed as text)",
    "searchFaxAreaCodeUSA": "sample is a PHP dump (ratecenters printed as text)",
    "e911Info": "sample is a PHP dump (info printed as text)",
    "getLNPList": "sample is a PHP dump (list printed as text)",
    "getLNPNotes": "sample is a PHP dump (list printed as text)",
    "getLNPAttachList": "sample is a PHP dump (list printed as text)",
    "getLNPAttach": "sample is a PHP dump ('\"151600\",' for size)",
    "getDIDvPRI": "sample is a PHP dump (its status reads 'vpri')",
    "addLNPPort": "sample shows a placeholder ('##### (Number ID ...)') for the integer port ID",
    "addLNPFile": "sample shows a placeholder ('##### (Number ID ...)') for the integer attachment ID",
}
#: Methods whose documented shape does not match the spec's records as printed: method -> reason.
RESHAPED_RESPONSES: Mapping[str, str] = {
    **{
        name: UNREADABLE_SAMPLES[name]
        for name in ("orderFaxNumber", "searchFaxAreaCodeCAN", "searchFaxAreaCodeUSA", "e911Info")
    },
    **{name: UNREADABLE_SAMPLES[name] for name in ("getLNPList", "getLNPNotes", "getLNPAttachList")},
    "getMediaMMS": "media is json (an array or an object by media_as_array); the sample's keys are indexes",
}


# --------------------------------------------------------------------------------------------
# The references and the spec
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wsdl() -> dict[str, WsdlOperation]:
    return refs.wsdl_operations()[0]


@pytest.fixture(scope="module")
def responses() -> dict[str, Any]:
    return refs.responses()


@pytest.fixture(scope="module")
def statuses() -> dict[str, str]:
    return refs.statuses()


@pytest.fixture(scope="module")
def spec() -> ApiSpec:
    return refs.spec()


@pytest.fixture(scope="module")
def operations() -> dict[str, Operation]:
    return refs.operations()


@pytest.fixture(scope="module")
def sdk() -> Any:
    return pytest.importorskip("voipms_sdk")


# --------------------------------------------------------------------------------------------
# The references themselves
# --------------------------------------------------------------------------------------------


def test_the_wsdl_lists_222_operations_each_with_credentials(wsdl):
    assert len(wsdl) == 222
    fail_with([op.name for op in wsdl.values() if op.credentials != CREDENTIALS], "operations without credentials")


def test_the_soap_binding_omits_only_the_location_operations(wsdl):
    _, bound = refs.wsdl_operations()
    assert set(wsdl) - bound == {"setLocation", "getLocations", "delLocation"}
    assert bound <= set(wsdl)


def test_the_status_table_lists_480_codes(statuses):
    assert len(statuses) == 480


# --------------------------------------------------------------------------------------------
# Operations and credentials
# --------------------------------------------------------------------------------------------


#: The seed's functions neither the WSDL nor the REST docs have (REST-only, from other public clients).
SEED_ONLY = frozenset({"getSequences", "setSequences", "delSequences", "getInvoice"})


def test_spec_has_exactly_the_wsdl_operations_and_the_seed_only_four(wsdl, operations):
    assert len(wsdl) == 222 and len(operations) == 226
    assert sorted(set(wsdl) - set(operations)) == [], "WSDL operations missing from the spec"
    assert sorted(set(operations) - set(wsdl)) == sorted(SEED_ONLY), "spec operations the WSDL does not have"


def test_sdk_has_exactly_the_wsdl_operations_and_the_seed_only_four(wsdl, sdk):
    assert sorted(set(wsdl) - set(sdk.OPERATIONS)) == [], "WSDL operations missing from the SDK"
    assert sorted(set(sdk.OPERATIONS) - set(wsdl)) == sorted(SEED_ONLY), "SDK operations the WSDL does not have"
    assert all(info.wire_name == name for name, info in sdk.OPERATIONS.items())


def test_credentials_are_the_wsdl_credentials_and_the_password_is_secret(spec):
    credentials = {c.wire_name: c for c in spec.provider.credentials}
    assert tuple(credentials) == CREDENTIALS
    assert spec.provider.auth_location == "query"
    assert credentials["api_password"].secret
    assert not credentials["api_username"].secret


# --------------------------------------------------------------------------------------------
# Errors and empty results
# --------------------------------------------------------------------------------------------


def test_every_status_code_is_in_the_error_table_with_its_description(spec, statuses):
    rows = {row.code: row for row in spec.provider.errors}
    assert sorted(set(statuses) - set(rows)) == [], "codes missing from the spec's error table"
    assert sorted(set(rows) - set(statuses)) == [], "spec error codes the provider does not list"
    problems = [
        f"{code}: spec {rows[code].message!r} != provider {text!r}"
        for code, text in sorted(statuses.items())
        if rows[code].message != text
    ]
    fail_with(problems, "error rows whose message is not the provider's description, character for character")


def test_descriptions_with_literal_braces_reach_the_sdk_unchanged(statuses, sdk):
    from voipms_sdk import _operations

    braced = sorted(code for code, text in statuses.items() if "{" in text)
    assert braced, "the provider's table has no description with braces any more"
    problems = [
        f"{code}: {_operations.ERRORS.detail(code, 200).message!r}"
        for code in braced
        if _operations.ERRORS.detail(code, 200).message != statuses[code]
    ]
    fail_with(problems, "descriptions with braces that the SDK does not carry as the provider writes them")


def test_sdk_error_table_carries_every_code_and_description(spec, statuses, sdk):
    from voipms_sdk import _operations, errors

    rows = {row.code: row for row in spec.provider.errors}
    assert set(errors.CODE_CLASSES) == set(statuses)
    problems = [
        f"{code}: SDK message {_operations.ERRORS.detail(code, 200).message!r}"
        for code in sorted(statuses)
        if _operations.ERRORS.detail(code, 200).message != rows[code].message
    ]
    fail_with(problems, "codes whose SDK message is not the spec's")


def test_error_families(statuses, sdk):
    from voipms_sdk import errors

    problems = []
    for code in sorted(statuses):
        cls = errors.CODE_CLASSES[code]
        if code in AUTH_CODES:
            expected: type = errors.AuthenticationError
        elif code == "api_limit_exceeded":
            expected = errors.ApiLimitExceededError
        elif code.startswith(REQUEST_PREFIXES):
            expected = errors.RequestError
        else:
            expected = errors.ApiError
        if cls is not expected or errors.class_for(code, 200) is not expected:
            problems.append(f"{code}: {cls.__name__}, expected {expected.__name__}")
    assert issubclass(errors.ApiLimitExceededError, errors.RateLimitError)
    assert issubclass(errors.RateLimitError, errors.ApiError)
    fail_with(problems, "codes in the wrong exception family")


def test_no_codes_are_empty_results_except_documented_failures(spec, statuses, sdk):
    from voipms_sdk import _operations

    no_codes = {code for code in statuses if code.lower().startswith("no_")}
    assert set(NO_CODES_THAT_FAIL) <= no_codes and all(NO_CODES_THAT_FAIL.values())
    expected = no_codes - set(NO_CODES_THAT_FAIL)
    assert set(spec.provider.empty_result_codes) == expected
    assert len(spec.provider.empty_result_codes) == len(expected)
    assert set(_operations.ERRORS.empty_codes) == expected
    assert spec.provider.empty_body == "success"


# --------------------------------------------------------------------------------------------
# Mutation and transport
# --------------------------------------------------------------------------------------------


def _verb(name: str) -> str:
    matches = [prefix for prefix in MUTATING_PREFIXES if name.startswith(prefix)]
    if not matches:
        raise AssertionError(f"{name}: no verb prefix in MUTATING_PREFIXES; classify it")
    return max(matches, key=len)


def test_mutating_flags_follow_the_verb(operations, sdk):
    problems = []
    for name, op in sorted(operations.items()):
        expected = MUTATING_PREFIXES[_verb(name)]
        if op.mutates != expected or sdk.OPERATIONS[name].mutates != expected:
            problems.append(f"{name}: spec {op.mutates}, SDK {sdk.OPERATIONS[name].mutates}, expected {expected}")
    fail_with(problems, "operations with the wrong mutates flag")
    assert all(not op.mutates for name, op in operations.items() if name.startswith("get"))


def test_multipart_post_only_where_the_provider_needs_it(operations, sdk):
    problems = []
    for name, op in sorted(operations.items()):
        info = sdk.OPERATIONS[name]
        locations = {p.location for p in op.params} | {p.location for p in info.params}
        if name in MULTIPART:
            ok = (op.http_method, op.body_format, op.query_in_body, info.http_method) == (
                "POST",
                "multipart",
                True,
                "POST",
            ) and locations <= {"body"}
        else:
            ok = op.http_method == info.http_method == "GET" and op.body_format is None and locations <= {"query"}
        if not ok:
            problems.append(f"{name}: {op.http_method} {op.body_format} query_in_body={op.query_in_body} {locations}")
        if info.path != "/api/v1/rest.php" or dict(op.fixed_query).get("method", name) != name:
            problems.append(f"{name}: path {info.path}, fixed query {op.fixed_query}")
    fail_with(problems, "operations sent the wrong way")


# --------------------------------------------------------------------------------------------
# Responses
# --------------------------------------------------------------------------------------------


def _shape_problems(spec: ApiSpec, shape: dict[str, Any], ref: TypeRef, path: str, top: bool) -> list[str]:
    models = {model.name: model for model in spec.models}
    if ref.name == "json":
        return []
    kind = shape["kind"]
    if kind == "object":
        model = models.get(ref.name)
        if model is None:
            return [f"{path}: documented as an object, spec type {ref.name}"]
        fields = {f.wire_name: f for f in model.fields}
        problems = []
        for item in shape["fields"]:
            if top and item["name"] == "status":
                continue
            if item["name"] not in fields:
                problems.append(f"{path}.{item['name']}: not a field of {model.name}")
            else:
                sub = f"{path}.{item['name']}"
                problems += _shape_problems(spec, item["shape"], fields[item["name"]].type, sub, False)
        return problems
    if kind == "list":
        if ref.name != "list":
            return [f"{path}: documented as a list, spec type {ref.name}"]
        return _shape_problems(spec, shape["element"], ref.item, path + "[]", False)
    if kind == "map":
        return [f"{path}: documented as a map, spec type {ref.name} (expected json)"]
    if ref.name in models or ref.name in ("list", "csv"):
        return [f"{path}: documented as a scalar, spec type {ref.name}"]
    return []


def test_response_shapes_match_the_documented_answers(responses, operations, spec):
    problems = []
    for name, shape in sorted(responses["methods"].items()):
        op = operations[name]
        keys = [item["name"] for item in shape.get("fields", ())]
        if keys == ["status"]:
            if op.response is not None:
                problems.append(f"{name}: documents only a status, spec returns {op.response.name}")
        elif op.response is None:
            problems.append(f"{name}: documents {keys}, spec returns nothing")
        elif name not in RESHAPED_RESPONSES:
            problems += _shape_problems(spec, shape, op.response, name, True)
    fail_with(problems, "response shapes that differ from the documented answers")


def test_every_operation_without_a_documented_answer_is_known(responses, operations):
    undocumented = sorted(set(operations) - set(responses["methods"]) - SEED_ONLY)
    assert undocumented == ["getLNPDetails", "setSIPURI"]
    assert operations["getLNPDetails"].response is not None and operations["getLNPDetails"].response.name == "json"


def _sample(shape: dict[str, Any]) -> Any:
    kind = shape["kind"]
    if kind == "object":
        return {item["name"]: _sample(item["shape"]) for item in shape["fields"]}
    if kind == "list":
        return [_sample(shape["element"])]
    if kind == "map":
        return {"1": _sample(shape["value"])}
    return shape.get("sample")


def test_every_documented_sample_parses_with_the_sdk(responses, sdk):
    from voipms_sdk import _operations

    problems = []
    for name, shape in sorted(responses["methods"].items()):
        body = json.dumps(_sample(shape)).encode()
        parse = getattr(_operations, "parse_" + sdk.OPERATIONS[name].python_name)
        try:
            result = parse(httpx.Response(200, content=body), body)
        except sdk.SdkError as exc:
            if name not in UNREADABLE_SAMPLES:
                problems.append(f"{name}: {type(exc).__name__}: {exc}")
            continue
        if name in UNREADABLE_SAMPLES:
            problems.append(f"{name}: parses now; drop it from UNREADABLE_SAMPLES")
        keys = [item["name"] for item in shape.get("fields", ())]
        if (keys == ["status"]) != (result is None):
            problems.append(f"{name}: returned {type(result).__name__} for a documented answer {keys}")
    fail_with(problems, "documented samples the SDK cannot read")


# --------------------------------------------------------------------------------------------
# Dates: the fields the docs type date/datetime are date/datetime in the spec and the SDK
# --------------------------------------------------------------------------------------------

DATE_TYPES = ("date", "datetime")


def _documented_dates(shape: dict[str, Any], path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], str]]:
    """(key path, documented type) of every date/datetime leaf; a list step adds no key."""
    kind = shape["kind"]
    if kind == "object":
        return [hit for item in shape["fields"] for hit in _documented_dates(item["shape"], (*path, item["name"]))]
    if kind in ("list", "map"):
        return _documented_dates(shape["element" if kind == "list" else "value"], path)
    return [(path, shape["type"])] if shape.get("type") in DATE_TYPES else []


def _spec_field(spec: ApiSpec, ref: TypeRef, path: tuple[str, ...]) -> Field | None:
    models = {model.name: model for model in spec.models}
    field = None
    for key in path:
        model = models.get(ref.item.name)
        field = next((f for f in model.fields if f.wire_name == key), None) if model else None
        if field is None:
            return None
        ref = field.type
    return field


@pytest.fixture(scope="module")
def documented_dates(responses) -> list[tuple[str, tuple[str, ...], str]]:
    methods = responses["methods"]
    return sorted((name, path, kind) for name, shape in methods.items() for path, kind in _documented_dates(shape))


def test_the_docs_type_23_response_fields_as_dates(documented_dates):
    assert len(documented_dates) == 23
    assert {kind for _, _, kind in documented_dates} == set(DATE_TYPES)


def test_documented_date_fields_are_dates_in_the_spec(documented_dates, operations, spec):
    problems = []
    for name, path, kind in documented_dates:
        field = _spec_field(spec, operations[name].response, path)
        if field is None or field.type.name != kind:
            problems.append(f"{name}.{'.'.join(path)}: docs {kind}, spec {field.type.name if field else None}")
        elif "naive" not in field.description and kind == "datetime":
            problems.append(f"{name}.{'.'.join(path)}: the description does not say the value is naive")
    fail_with(problems, "documented dates the spec does not type as such")


def test_no_other_response_field_is_a_date(responses, operations, spec, documented_dates):
    documented = {(name, path) for name, path, _ in documented_dates}
    models = {model.name: model for model in spec.models}
    typed = set()
    for name, op in operations.items():
        stack: list[tuple[TypeRef, tuple[str, ...]]] = [(op.response, ())] if op.response else []
        while stack:
            ref, path = stack.pop()
            for field in models[ref.item.name].fields if ref.item.name in models else ():
                if field.type.item.name in DATE_TYPES:
                    typed.add((name, (*path, field.wire_name)))
                elif field.type.item.name in models and len(path) < 4:
                    stack.append((field.type, (*path, field.wire_name)))
    assert sorted(typed - documented) == [], "spec date fields the docs type otherwise"


def _leaves(value: Any, path: tuple[str, ...]) -> list[Any]:
    """The values at ``path`` in a parsed record, stepping into every item of a tuple."""
    if isinstance(value, tuple):
        return [leaf for item in value for leaf in _leaves(item, path)]
    if not path:
        return [value]
    return _leaves(getattr(value, path[0]), path[1:]) if value is not None else []


def test_documented_date_samples_parse_to_date_objects(documented_dates, responses, sdk):
    import datetime as dt

    from voipms_sdk import _operations

    problems = []
    for name, path, kind in documented_dates:
        body = json.dumps(_sample(responses["methods"][name])).encode()
        parse = getattr(_operations, "parse_" + sdk.OPERATIONS[name].python_name)
        leaves = _leaves(parse(httpx.Response(200, content=body), body), path)
        expected = dt.datetime if kind == "datetime" else dt.date
        if not leaves or not all(type(leaf) is expected for leaf in leaves):
            problems.append(f"{name}.{'.'.join(path)}: {leaves!r}, expected {expected.__name__}")
    fail_with(problems, "documented dates the SDK does not return as date objects")
