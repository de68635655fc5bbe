"""One surface case per check: the spec part before and after, old code using it, and what that code meets.

Every name is unique to its case (``opRemoved``, ``SItemAdded``, ``SFamGone``...), so all the
cases of a variant fit in one spec.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from generator.ir import Callback, ClientOption, Envelope, ErrorFamily, Field, Paging, RateLimit, TypeRef
from tests import factories as f
from tests.unit.diff.surface import Part, Surface

A, B = f.field("a"), f.field("b", "integer")
REQUIRED_B = replace(B, required=True)
THING, OTHER = f.model("SThing", f.field("a")), f.model("SOther", f.field("a"))
GONE = "has no attribute"
MISSING, UNEXPECTED, ARGUMENT = 'Missing named argument "b"', 'Unexpected keyword argument "b"', 'Argument "b"'
VALIDATION = "ValidationError"


def camel(text: str) -> str:
    return "".join(word.title() for word in text.split("-"))


def op(name: str, *params: Field, **changes: Any) -> f.Operation:
    return f.operation(name, *params, **{"path": f"/{name}", **changes})


def one(name: str, *params: Field, **changes: Any) -> Part:
    return Part(operations=(op(name, *params, **changes),))


def argument(
    suffix: str, before: list[Field], after: list[Field], arguments: str, new: str = "", **case: Any
) -> Surface:
    """A change to an argument of ``opArg<Suffix>``, called as ``op_arg_<suffix>(<arguments>)``."""
    name, method = "opArg" + camel(suffix), "op_arg_" + suffix.replace("-", "_")
    fresh = f"client.{method}({new})" if new else ""
    caller = f"client.{method}({arguments})"
    return Surface(f"request-param-{suffix}", one(name, *before), one(name, *after), caller, fresh=fresh, **case)


def record_sent(
    suffix: str, before: list[Field], after: list[Field], arguments: str, new: str = "", **case: Any
) -> Surface:
    """A change to a field of ``SItem<Suffix>``, sent as ``op_item_<suffix>(item=SItem<Suffix>(<arguments>))``."""
    record, name, method = "SItem" + camel(suffix), "opItem" + camel(suffix), "op_item_" + suffix.replace("-", "_")

    def part(fields: list[Field]) -> Part:
        item = f.field("item", record, required=True)
        return Part(operations=(op(name, item),), models=(f.model(record, *fields),))

    def call(arguments: str) -> str:
        return f"client.{method}(item=sdk.models.{record}({arguments}))"

    return Surface(
        f"request-field-{suffix}", part(before), part(after), call(arguments), fresh=call(new) if new else "", **case
    )


def record_read(suffix: str, before: list[Field], after: list[Field], code: str, new: str = "", **case: Any) -> Surface:
    """A change to a field of ``SRead<Suffix>``, returned by ``op_read_<suffix>()`` (``{got}`` in ``code``)."""
    record, name = "SRead" + camel(suffix), "opRead" + camel(suffix)

    def part(fields: list[Field]) -> Part:
        return Part(operations=(op(name, response=TypeRef(record)),), models=(f.model(record, *fields),))

    got = f"client.op_read_{suffix.replace('-', '_')}()"
    caller, fresh = code.replace("{got}", got), new.replace("{got}", got)
    return Surface(f"response-field-{suffix}", part(before), part(after), caller, fresh=fresh, **case)


def values_sent(make: Callable[..., Surface]) -> list[Surface]:
    """The fourteen checks of values the SDK sends, for arguments or for fields of records sent."""
    tight, digits = [f.field("b", "integer", maximum=250)], [f.field("a", pattern="^[0-9]+$")]
    return [
        make("added", [A], [A, B], 'a="x"', new='a="x", b=1'),
        make("added-required", [A], [A, REQUIRED_B], 'a="x"', error=MISSING),
        make("removed", [A, B], [A], 'a="x", b=1', error=UNEXPECTED),
        make("became-required", [A, B], [A, REQUIRED_B], 'a="x"', error=MISSING),
        make("became-optional", [A, REQUIRED_B], [A, B], 'a="x", b=1'),
        make("type-changed", [A, B], [A, f.field("b")], 'a="x", b=1', error=ARGUMENT),
        make("python-name-changed", [A, B], [A, replace(B, python_name="bee")], 'a="x", b=1', error=UNEXPECTED),
        make("wire-changed", [A, B], [A, replace(B, wire_name="B")], 'a="x", b=1'),
        make("default-changed", [A, replace(B, default=10)], [A, replace(B, default=50)], 'a="x"'),
        make("constraint-tightened", tight, [f.field("b", "integer", maximum=100)], "b=250", raises=VALIDATION),
        make("constraint-loosened", [f.field("b", "integer", maximum=100)], tight, "b=100"),
        make("pattern-changed", digits, [f.field("a", pattern="^[0-9]{4}$")], 'a="12"', raises=VALIDATION),
        make("no-longer-secret", [A, replace(B, secret=True)], [A, B], 'a="x", b=1'),
        make("now-secret", [A, B], [A, replace(B, secret=True)], 'a="x", b=1'),
    ]


PAGE = f.model(
    "SPage",
    f.field("page", "integer", required=True),
    f.field("pages", "integer", required=True),
    f.field("items", "list", item="string"),
    paging=Paging("page", "pages", "items"),
)


def paged(name: str, page_param: str | None) -> Part:
    return Part(operations=(op(name, f.field("page", "integer"), response=TypeRef("SPage"), page_param=page_param),))


RESULTS = Part(models=(THING, OTHER, PAGE))  # records several cases return

OPERATIONS = [
    Surface("operation-added", Part(), one("opAdded"), "client.ping()", fresh="client.op_added()"),
    Surface("operation-removed", one("opRemoved", A), Part(), 'client.op_removed(a="x")', error=GONE),
    Surface("operation-renamed", one("opOld", f.field("rid", "integer", required=True)), one("opNew", f.field("rid", "integer", required=True)),
            "client.op_old(rid=1)", error=GONE, fresh="client.op_new(rid=1)"),
    Surface("operation-python-name-changed", one("opPy", python_name="op_py"), one("opPy", python_name="op_py_renamed"), "client.op_py()", error=GONE),
    Surface("operation-endpoint-changed", one("opEndpoint"), one("opEndpoint", path="/v2/opEndpoint"), "client.op_endpoint()"),
    Surface("operation-encoding-changed", one("opEncoding", replace(A, location="body"), http_method="POST", body_format="form"),
            one("opEncoding", replace(A, location="body"), http_method="POST", body_format="multipart"), 'client.op_encoding(a="x")'),
    Surface("operation-soap-action-changed", one("opAction", soap_action="urn:a"), one("opAction", soap_action="urn:b"), "client.op_action()"),
    Surface("operation-success-status-added", one("opStatusAdded"), one("opStatusAdded", success_status=(200, 202)), "client.op_status_added()"),
    Surface("operation-success-status-removed", one("opStatusRemoved", success_status=(200, 202)), one("opStatusRemoved"), "client.op_status_removed()"),
    Surface("operation-no-longer-mutating", one("opSafe", mutates=True), one("opSafe"), "client.op_safe()"),
    Surface("operation-now-mutating", one("opMutating"), one("opMutating", mutates=True), "client.op_mutating()"),
    Surface("operation-result-changed", one("opResultChanged", response=TypeRef("SThing")), one("opResultChanged", response=TypeRef("SOther")),
            "thing: sdk.models.SThing = client.op_result_changed()\nprint(thing)", error="Incompatible types in assignment"),
    Surface("operation-result-removed", one("opResultRemoved", response=TypeRef("SThing")), one("opResultRemoved"),
            "thing: sdk.models.SThing = client.op_result_removed()\nprint(thing)", error="does not return a value"),
    Surface("operation-result-added", one("opResultAdded"), one("opResultAdded", response=TypeRef("SThing")), "client.op_result_added()",
            fresh="print(client.op_result_added().a)"),
    Surface("operation-paging-added", paged("opPagingAdded", None), paged("opPagingAdded", "page"), "client.op_paging_added(page=1)",
            fresh="for item in client.iter_op_paging_added():\n    print(item)"),
    Surface("operation-paging-removed", paged("opPagingRemoved", "page"), paged("opPagingRemoved", None),
            "for item in client.iter_op_paging_removed():\n    print(item)", error=GONE),
    Surface("operation-fault-added", one("opFault"), one("opFault", faults=("OrderFault",)), "client.op_fault()"),
    Surface("operation-fault-removed", one("opFaultGone", faults=("OrderFault",)), one("opFaultGone"), "client.op_fault_gone()"),
    Surface("description-changed", one("opDocs"), one("opDocs", description="Reworded."), "client.op_docs()"),
]  # fmt: skip

RESPONSES = [
    record_read("added", [A], [A, B], "print({got}.a)", new="print({got}.b)"),
    record_read("removed", [A, B], [A], "print({got}.b)", error=GONE),
    record_read("became-optional", [A, REQUIRED_B], [A, B], "b: int = {got}.b\nprint(b)", error="Incompatible types in assignment"),
    record_read("became-required", [A, B], [A, REQUIRED_B], "b: int | None = {got}.b\nprint(b)"),
    record_read("type-changed", [A, REQUIRED_B], [A, f.field("b", "decimal", required=True)], "b: int = {got}.b\nprint(b)",
                error="Incompatible types in assignment"),
    record_read("python-name-changed", [A, B], [A, replace(B, python_name="bee")], "print({got}.b)", error=GONE),
    record_read("wire-changed", [A, B], [A, replace(B, wire_name="B")], "print({got}.b)"),
]  # fmt: skip

RULES = [
    Surface("request-rule-added", one("opRuleAdded", A, B), one("opRuleAdded", A, B, rules=(f.rule("one_of", "a", "b"),)),
            "client.op_rule_added()", raises=VALIDATION),
    Surface("request-rule-removed", one("opRuleRemoved", A, B, rules=(f.rule("exclusive", "a", "b"),)), one("opRuleRemoved", A, B),
            'client.op_rule_removed(a="x")'),
    Surface("request-rule-message-changed", one("opRuleWords", A, B, rules=(f.rule("one_of", "a", "b"),)),
            one("opRuleWords", A, B, rules=(replace(f.rule("one_of", "a", "b"), message="give a or b"),)), 'client.op_rule_words(a="x")'),
]  # fmt: skip


def enum_sent(name: str, values: tuple[str, ...]) -> Part:
    return Part(operations=(op("op" + name, f.field("kind", name)),), enums=(f.enum(name, *values),))


def enum_read(name: str, values: tuple[str, ...]) -> Part:
    record = f.model(f"{name}Holder", f.field("kind", name, required=True))
    return Part(
        operations=(op("op" + name, response=TypeRef(record.name)),), models=(record,), enums=(f.enum(name, *values),)
    )


TYPES = [
    Surface("type-added", Part(), Part(enums=(f.enum("SNew", "A"),)), "client.ping()", fresh='new: sdk.models.SNew = "A"\nprint(new)'),
    Surface("type-removed", Part(enums=(f.enum("SGone", "A"),)), Part(), 'gone: sdk.models.SGone = "A"\nprint(gone)', error="SGone"),
    Surface("type-kind-changed", Part(models=(f.model("SKind", f.field("name")),)), Part(enums=(f.enum("SKind", "A"),)),
            'print(sdk.models.SKind(name="x"))', error="not callable"),
    Surface("request-enum-value-added", enum_sent("SSentMore", ("A", "B")), enum_sent("SSentMore", ("A", "B", "C")), 'client.op_s_sent_more(kind="A")',
            fresh='client.op_s_sent_more(kind="C")'),
    Surface("request-enum-value-removed", enum_sent("SSentLess", ("A", "B")), enum_sent("SSentLess", ("A",)), 'client.op_s_sent_less(kind="B")',
            error='Argument "kind"'),
    Surface("response-enum-value-added", enum_read("SReadMore", ("A", "B")), enum_read("SReadMore", ("A", "B", "C")),
            'if client.op_s_read_more().kind == "A":\n    print("A")'),
    Surface("response-enum-value-removed", enum_read("SReadLess", ("A", "B")), enum_read("SReadLess", ("A",)),
            'if client.op_s_read_less().kind == "B":\n    print("B")', error="Non-overlapping equality check"),
]  # fmt: skip

SOLD_OUT = f.error("sold_out", http_status=409)
FAMILY_A = ErrorFamily("SFamA", "Refused.", codes=("moved",))
FAMILY_B = ErrorFamily("SFamB", "Refused otherwise.", codes=())
CATCH_PING = "try:\n    client.ping()\nexcept sdk.errors.{name}:\n    pass"


def errors(*rows: f.ErrorCode, families: tuple[ErrorFamily, ...] = (), empty: tuple[str, ...] = ()) -> Part:
    return Part(errors=rows, families=families, empty_result_codes=empty)


ERRORS = [
    Surface("error-code-added", Part(), errors(f.error("new_code")), "client.ping()"),
    Surface("error-code-removed", errors(f.error("old_code")), Part(), "client.ping()"),
    Surface("error-code-reclassified", errors(f.error("moved"), families=(FAMILY_A, FAMILY_B)),
            errors(f.error("moved"), families=(replace(FAMILY_A, codes=()), replace(FAMILY_B, codes=("moved",)))), CATCH_PING.replace("{name}", "SFamA")),
    Surface("error-code-class-narrowed", errors(f.error("narrowed")), errors(f.error("narrowed"), families=(ErrorFamily("SFamNarrow", "N.", codes=("narrowed",)),)),
            "try:\n    client.ping()\nexcept sdk.ApiError:\n    pass"),
    Surface("error-class-added", Part(), errors(families=(ErrorFamily("SFamNew", "New.", http_statuses=(418,)),)), "client.ping()",
            fresh=CATCH_PING.replace("{name}", "SFamNew")),
    Surface("error-class-removed", errors(families=(ErrorFamily("SFamGone", "Gone.", http_statuses=(419,)),)), Part(),
            CATCH_PING.replace("{name}", "SFamGone"), error=GONE),
    Surface("error-class-base-changed", errors(families=(ErrorFamily("SFamBase", "Base.", http_statuses=(420,)),)),
            errors(families=(ErrorFamily("SFamBase", "Base.", base="RateLimitError", http_statuses=(420,)),)), CATCH_PING.replace("{name}", "SFamBase")),
    Surface("error-became-warning", errors(f.error("notice_soon")), errors(f.error("notice_soon", severity="warning")), "client.ping()"),
    Surface("warning-became-error", errors(f.error("notice_now", severity="warning")), errors(f.error("notice_now")), "client.ping()"),
    Surface("error-message-changed", errors(f.error("worded")), errors(f.error("worded", "worded otherwise")), "client.ping()"),
    Surface("error-http-status-changed", errors(f.error("statused", http_status=400)), errors(f.error("statused", http_status=404)), "client.ping()"),
    Surface("empty-result-code-added", errors(f.error("no_more")), errors(f.error("no_more"), empty=("no_more",)), "client.ping()"),
    Surface("empty-result-code-removed", Part(errors=(f.error("no_thing"),), empty_result_codes=("no_thing",), operations=(op("opEmpty", response=TypeRef("SThing")),)),
            Part(errors=(f.error("no_thing"),), operations=(op("opEmpty", response=TypeRef("SThing")),)), "print(client.op_empty())",
            raises="ApiError", answer='{"status": "no_thing"}'),
]  # fmt: skip


def cred(name: str, **changes: Any) -> f.Credential:
    return f.credential(name, **changes)


CLIENT = "print(sdk.Client({required}))"

AUTH = [
    Surface("credential-added-optional", Part(credentials=(cred("ya"),)), Part(credentials=(cred("ya"), cred("yb")), auth_rules=(f.rule("one_of", "ya", "yb"),)), CLIENT),
    Surface("credential-became-optional", Part(credentials=(cred("ua"), cred("ub"))),
            Part(credentials=(cred("ua"), cred("ub")), auth_rules=(f.rule("one_of", "ua", "ub"),)), CLIENT),
    Surface("credential-wire-name-changed", Part(credentials=(cred("wa"),)), Part(credentials=(cred("wa", wire_name="w_a"),)), CLIENT),
    Surface("credential-no-longer-secret", Part(credentials=(cred("sa", secret=True),)), Part(credentials=(cred("sa"),)), CLIENT),
    Surface("credential-now-secret", Part(credentials=(cred("na"),)), Part(credentials=(cred("na", secret=True),)), CLIENT),
    Surface("credential-pattern-changed", Part(credentials=(cred("pa"), cred("pb", pattern="^[a-z0-9]+$")), auth_rules=(f.rule("one_of", "pa", "pb"),)),
            Part(credentials=(cred("pa"), cred("pb", pattern="^[a-z]+$")), auth_rules=(f.rule("one_of", "pa", "pb"),)),
            'print(sdk.Client({required}, pb="abc1"))', raises=VALIDATION),
    Surface("auth-location-changed", Part(provider={"auth_location": "query"}), Part(provider={"auth_location": "header"}), CLIENT),
    Surface("auth-rule-added", Part(credentials=(cred("xa"), cred("xb")), auth_rules=(f.rule("one_of", "xa", "xb"),)),
            Part(credentials=(cred("xa"), cred("xb")), auth_rules=(f.rule("one_of", "xa", "xb"), f.rule("exclusive", "xa", "xb"))),
            'print(sdk.Client({required}, xb="secret"))', raises=VALIDATION),
    Surface("auth-rule-removed", Part(credentials=(cred("za"), cred("zb")), auth_rules=(f.rule("one_of", "za", "zb"), f.rule("exclusive", "za", "zb"))),
            Part(credentials=(cred("za"), cred("zb")), auth_rules=(f.rule("one_of", "za", "zb"),)), CLIENT),
]  # fmt: skip

OPTION = ClientOption("sopt", "sopt", TypeRef("string"), "An option.", "query", "en")

PROVIDER = [
    Surface("base-url-added", Part(), Part(base_urls=(("eu", "https://eu.surface.test"),)), CLIENT),
    Surface("base-url-removed", Part(base_urls=(("sandbox", "https://sandbox.surface.test"),)), Part(),
            'print(sdk.Client({required}, base_url="sandbox"))', raises=VALIDATION),
    Surface("base-url-changed", Part(base_urls=(("staging", "https://staging.surface.test"),)), Part(base_urls=(("staging", "https://v2.surface.test"),)), CLIENT),
    Surface("client-option-added", Part(), Part(options=(replace(OPTION, wire_name="snew", python_name="snew"),)), CLIENT,
            fresh='print(sdk.Client({required}, snew="x"))'),
    Surface("client-option-removed", Part(options=(replace(OPTION, wire_name="sgone", python_name="sgone"),)), Part(),
            'print(sdk.Client({required}, sgone="x"))', error='Unexpected keyword argument "sgone"'),
    Surface("client-option-type-changed", Part(options=(replace(OPTION, wire_name="stype", python_name="stype"),)),
            Part(options=(replace(OPTION, wire_name="stype", python_name="stype", type=TypeRef("integer"), default=1),)),
            'print(sdk.Client({required}, stype="x"))', error='Argument "stype"'),
    Surface("client-option-wire-changed", Part(options=(replace(OPTION, wire_name="swire", python_name="swire"),)),
            Part(options=(replace(OPTION, wire_name="swire", python_name="swire", location="path", segment="v1"),)), 'print(sdk.Client({required}, swire="x"))'),
    Surface("client-option-default-changed", Part(options=(replace(OPTION, wire_name="sdef", python_name="sdef"),)),
            Part(options=(replace(OPTION, wire_name="sdef", python_name="sdef", default="fr"),)), CLIENT),
    Surface("rate-limit-added", Part(), Part(rate_limits=(RateLimit(10, "minute", ("opEndpoint",)),)), "client.ping()"),
    Surface("rate-limit-removed", Part(rate_limits=(RateLimit(10, "second", ("ping",)),)), Part(), "client.ping()"),
    Surface("rate-limit-tightened", Part(rate_limits=(RateLimit(100, "hour"),)), Part(rate_limits=(RateLimit(50, "hour"),)), "client.ping()"),
    Surface("rate-limit-loosened", Part(rate_limits=(RateLimit(5, "day", ("opDocs",)),)), Part(rate_limits=(RateLimit(50, "day", ("opDocs",)),)), "client.ping()"),
    Surface("wire-format-changed", Part(provider={"booleans": ("1", "0")}), Part(provider={"booleans": ("true", "false")}), "client.ping()"),
    Surface("soap-namespace-changed", Part(provider={"xml_namespace": "urn:a"}), Part(provider={"xml_namespace": "urn:b"}), "client.ping()"),
]  # fmt: skip


XML = {"response_format": "xml", "error_format": "iovox_xml"}  # webhooks parsed into records are XML ones


def callbacks(*items: Callback) -> Part:
    return Part(callbacks=items, provider=XML)


def callback(name: str, type_name: str = "SThing", **changes: Any) -> Callback:
    return replace(Callback(name, f"The {name} payload.", TypeRef(type_name), name), **changes)


CALLBACKS = [
    Surface("callback-added", callbacks(callback("sone")), callbacks(callback("sone"), callback("snew")), 'print(sdk.parse_sone_callback(b"<sone/>"))',
            fresh='print(sdk.parse_snew_callback(b"<snew/>"))', variant="x"),
    Surface("callback-removed", callbacks(callback("stwo"), callback("sgone")), callbacks(callback("stwo")), 'print(sdk.parse_sgone_callback(b"<sgone/>"))',
            error=GONE, variant="x"),
    Surface("callback-type-changed", callbacks(callback("sthree"), callback("stype")), callbacks(callback("sthree"), callback("stype", "SOther")),
            'thing: sdk.models.SThing = sdk.parse_stype_callback(b"<stype/>")\nprint(thing)', error="Incompatible types in assignment", variant="x"),
    Surface("callback-wire-changed", callbacks(callback("sfour"), callback("swire")), callbacks(callback("sfour"), callback("swire", xml_root="payload")),
            'print(sdk.parse_swire_callback(b"<swire/>"))', variant="x"),
]  # fmt: skip

# Changes that reach every Client(...) call or every result get variants of their own: b for keywords
# old calls pass that are gone, c for keywords they lack (mypy reports the first kind alone).
EVERYWHERE = [
    Surface("credential-removed", Part(credentials=(cred("gonecred"),)), Part(), CLIENT, error='Unexpected keyword argument "gonecred"', variant="b"),
    Surface("credential-renamed", Part(credentials=(cred("oldname", wire_name="w_name"),)), Part(credentials=(cred("newname", wire_name="w_name"),)),
            CLIENT, error='Unexpected keyword argument "oldname"', variant="b"),
    Surface("credential-added", Part(), Part(credentials=(cred("newcred"),)), CLIENT, error='Missing named argument "newcred"', variant="c"),
    Surface("credential-became-required", Part(credentials=(cred("ra"), cred("rb")), auth_rules=(f.rule("one_of", "ra", "rb"),)),
            Part(credentials=(cred("ra"), cred("rb"))), CLIENT, error='Missing named argument "rb"', variant="c"),
    Surface("envelope-changed", one("opEnveloped", response=TypeRef("SThing")),
            Part(operations=(op("opEnveloped", response=TypeRef("SThing")),), provider={"envelope": Envelope("status", ("success",)), "error_format": "envelope"}),
            "thing: sdk.models.SThing = client.op_enveloped()\nprint(thing)", error="Incompatible types in assignment", variant="c"),
]  # fmt: skip

CASES = [
    *OPERATIONS,
    *values_sent(argument),
    *values_sent(record_sent),
    *RESPONSES,
    *RULES,
    *TYPES,
    *ERRORS,
    *AUTH,
    *PROVIDER,
    *CALLBACKS,
    *EVERYWHERE,
]
