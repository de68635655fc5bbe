"""Checks on what the SDK sends: specs, operations, method arguments, fields of records sent, rules."""

from __future__ import annotations

from generator.diff.catalogue.row import check
from generator.diff.model import Check

SPEC = (
    check(
        "sdk-added", "info", "minor", "sdk", "added", "none",
        "A new spec: a new SDK package.", "specs/acme.yaml added",
    ),
    check(
        "sdk-removed", "breaking", "major", "sdk", "removed", "type",
        "A spec is gone, and with it its SDK package.", "specs/acme.yaml deleted",
    ),
    check(
        "sdk-version-not-bumped", "breaking", "patch", "sdk", "changed", "none",
        "sdk_version did not move as far as the changes need: the major part for a major change,"
        " the minor part for a minor one (in 0.x versions, the minor and patch parts).",
        "a parameter removed, sdk_version still 1.4.0",
    ),
    check(
        "description-changed", "info", "patch", "sdk", "changed", "none",
        "A description changed: docstrings and documentation only.", "description: reworded",
    ),
)  # fmt: skip


OPERATIONS = (
    check(
        "operation-added", "info", "minor", "sdk", "added", "none",
        "A new operation: a new method.", "operations: +getThing",
    ),
    check(
        "operation-removed", "breaking", "major", "sdk", "removed", "type",
        "An operation is gone: calls to its method fail.", "operations: -getThing",
    ),
    check(
        "operation-renamed", "breaking", "major", "sdk wire", "changed", "type",
        "An operation was replaced by one of another name with the same request and response: its method is renamed.",
        "getThing -> fetchThing",
    ),
    check(
        "operation-python-name-changed", "breaking", "major", "sdk", "changed", "type",
        "The method's Python name changed while the wire operation did not.", "get_thing() -> fetch_thing()",
    ),
    check(
        "operation-endpoint-changed", "breaking", "minor", "wire", "changed", "none",
        "The HTTP method, path or fixed query changed: old SDKs send the request where the carrier no longer takes it.",
        "path: /things -> /v2/things",
    ),
    check(
        "operation-encoding-changed", "breaking", "minor", "wire", "changed", "none",
        "The body format, an XML root element or where fixed values ride changed:"
        " old SDKs write or read another shape.",
        "body.format: form -> xml",
    ),
    check(
        "operation-soap-action-changed", "breaking", "minor", "wire", "changed", "none",
        "The operation's soapAction changed: the carrier routes old SDKs' requests elsewhere or refuses them.",
        'soapAction=".../GetThing" -> ".../v2/GetThing"',
    ),
    check(
        "operation-success-status-added", "breaking", "minor", "wire", "changed", "none",
        "The carrier answers success with a new status: old SDKs take that answer for an error.",
        "success_status: [200] -> [200, 202]",
    ),
    check(
        "operation-success-status-removed", "info", "patch", "wire", "changed", "none",
        "A success status is no longer documented.", "success_status: [200, 202] -> [200]",
    ),
    check(
        "operation-no-longer-mutating", "warning", "minor", "safety", "changed", "none",
        "The operation no longer changes state: the SDK now retries it after timeouts and 5xx answers,"
        " and its empty-result codes give an empty result instead of raising.",
        "mutates: true -> false",
    ),
    check(
        "operation-now-mutating", "info", "patch", "safety", "changed", "none",
        "The operation now changes state: the SDK no longer retries it once the request may have been sent.",
        "mutates: false -> true",
    ),
    check(
        "operation-result-changed", "breaking", "major", "sdk wire", "changed", "type",
        "The method returns another type.", "response.type: Thing -> ThingPage",
    ),
    check(
        "operation-result-removed", "breaking", "major", "sdk", "changed", "type",
        "The method now returns None.", "response: removed",
    ),
    check(
        "operation-result-added", "info", "minor", "sdk", "changed", "none",
        "The method returned None and now returns a record.", "response: {type: Thing}",
    ),
    check(
        "operation-paging-added", "info", "minor", "sdk", "added", "none",
        "The operation became a paged listing: iter_<method>() walks every page.", "page_param: page",
    ),
    check(
        "operation-paging-removed", "breaking", "major", "sdk", "removed", "type",
        "The operation is no longer a paged listing: iter_<method>() is gone.", "page_param removed",
    ),
    check(
        "operation-fault-added", "warning", "minor", "wire", "added", "none",
        "The WSDL declares a new fault for the operation: the carrier may answer with it (raised as an ApiError).",
        '<wsdl:fault name="OrderFault"/> added',
    ),
    check(
        "operation-fault-removed", "info", "patch", "wire", "removed", "none",
        "The WSDL no longer declares a fault for the operation.", '<wsdl:fault name="OrderFault"/> removed',
    ),
)  # fmt: skip


def input_checks(kind: str, where: str) -> tuple[Check, ...]:
    """The checks of values passed in: method arguments (``param``) and fields of records sent (``field``)."""
    p = f"request-{kind}"
    return (
        check(f"{p}-added", "info", "minor", "sdk", "added", "none", f"A new optional {where}.", "+ {name: note}"),
        check(
            f"{p}-added-required", "breaking", "major", "sdk wire", "added", "type",
            f"A new required {where}: old calls lack it.", "+ {name: note, required: true}",
        ),
        check(
            f"{p}-removed", "breaking", "major", "sdk", "removed", "type",
            f"A {where} is gone: old calls that pass it fail.", "- {name: note}",
        ),
        check(
            f"{p}-became-required", "breaking", "major", "sdk wire", "changed", "type",
            f"A {where} became required: old calls that leave it out fail.", "required: false -> true",
        ),
        check(
            f"{p}-became-optional", "info", "minor", "sdk", "changed", "none",
            f"A {where} may now be left out.", "required: true -> false",
        ),
        check(
            f"{p}-type-changed", "breaking", "major", "sdk wire", "changed", "type",
            f"A {where} takes values of another Python type.", "type: integer -> string",
        ),
        check(
            f"{p}-python-name-changed", "breaking", "major", "sdk", "changed", "type",
            f"A {where}'s Python name changed while its wire name did not.", "dids_ids= -> did_ids=",
        ),
        check(
            f"{p}-wire-changed", "breaking", "minor", "wire", "changed", "none",
            f"How a {where} is sent changed (wire name, query/body/path, encoding, boolean spelling, XML item,"
            " list or comma-separated) while its Python side did not.",
            "in: query -> body",
        ),
        check(
            f"{p}-default-changed", "warning", "patch", "wire", "changed", "none",
            f"The carrier's documented default of a {where} changed: calls that leave it out get other behaviour.",
            "default: 10 -> 50",
        ),
        check(
            f"{p}-constraint-tightened", "breaking", "major", "sdk wire", "changed", "runtime",
            f"A limit on a {where} narrowed (pattern added, minimum raised, maximum lowered, length or item count"
            " narrowed): values old code passes may now fail validation before anything is sent.",
            "maximum: 250 -> 100",
        ),
        check(
            f"{p}-constraint-loosened", "info", "patch", "sdk", "changed", "none",
            f"A limit on a {where} widened or went away: values the SDK refused are now sent.", "maximum: 100 -> 250",
        ),
        check(
            f"{p}-pattern-changed", "warning", "minor", "sdk wire", "changed", "runtime",
            f"A {where}'s pattern changed: values old code passes may no longer match.",
            "pattern: ^[0-9]+$ -> ^[0-9]{4}$",
        ),
        check(
            f"{p}-no-longer-secret", "warning", "patch", "safety", "changed", "none",
            f"A {where} is no longer marked secret: its value now shows in httpx's request log line, in"
            " errors and in repr.",
            "secret: true -> false",
        ),
        check(
            f"{p}-now-secret", "info", "patch", "safety", "changed", "none",
            f"A {where} is now marked secret: the SDK hides its value as it hides credentials.",
            "secret: false -> true",
        ),
    )  # fmt: skip


RULES = (
    check(
        "request-rule-added", "breaking", "major", "sdk wire", "added", "runtime",
        "A new rule (required when, one of, exclusive): old calls may now fail validation.",
        "rules: + {require: reference, when: {mode: update}}",
    ),
    check(
        "request-rule-removed", "info", "patch", "sdk", "removed", "none",
        "A rule went away: calls it refused are now sent.", "rules: - {one_of: [a, b]}",
    ),
    check(
        "request-rule-message-changed", "info", "patch", "sdk", "changed", "none",
        "The wording of a rule's validation error changed.", "message: give a or b -> give a or b, not both",
    ),
)  # fmt: skip
