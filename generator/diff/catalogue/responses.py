"""Checks on what the carrier answers and the SDK exposes: response fields, types, enums, errors, webhooks."""

from __future__ import annotations

from generator.diff.catalogue.row import check

RESPONSES = (
    check(
        "response-field-added", "info", "minor", "sdk", "added", "none",
        "A new field in a record the carrier answers with.", "+ {name: city}",
    ),
    check(
        "response-field-removed", "breaking", "major", "sdk", "removed", "type",
        "A field of a record the carrier answers with is gone: reading it fails.", "- {name: city}",
    ),
    check(
        "response-field-became-optional", "breaking", "major", "sdk wire", "changed", "type",
        "A field the carrier always sent may now be missing: it is None-able (mypy --strict flags old uses),"
        " and old SDKs fail on answers without it.",
        "required: true -> false",
    ),
    check(
        "response-field-became-required", "info", "patch", "sdk", "changed", "none",
        "A field is now always sent (no longer None).", "required: false -> true",
    ),
    check(
        "response-field-type-changed", "breaking", "major", "sdk wire", "changed", "type",
        "A field the carrier answers with holds another type.", "type: integer -> decimal",
    ),
    check(
        "response-field-python-name-changed", "breaking", "major", "sdk", "changed", "type",
        "A response field's Python name changed while its wire name did not.", "did_id -> dids_id",
    ),
    check(
        "response-field-wire-changed", "breaking", "minor", "wire", "changed", "none",
        "How a response field is written changed (wire name, XML item, boolean spelling, list or comma-separated):"
        " old SDKs misread it.",
        "xml_item: number -> did",
    ),
)  # fmt: skip


TYPES = (
    check("type-added", "info", "minor", "sdk", "added", "none", "A new named type in models.", "types: +Region"),
    check(
        "type-removed", "breaking", "major", "sdk", "removed", "type",
        "A named type is gone from models: importing it fails.", "types: -Region",
    ),
    check(
        "type-kind-changed", "breaking", "major", "sdk wire", "changed", "type",
        "A type changed from enum to record or back.", "Region: {enum: [...]} -> {fields: [...]}",
    ),
    check(
        "request-enum-value-added", "info", "minor", "sdk", "added", "none",
        "An enum the SDK sends gained a value.", "enum: [A, B] -> [A, B, C]",
    ),
    check(
        "request-enum-value-removed", "breaking", "major", "sdk wire", "removed", "type",
        "An enum the SDK sends lost a value: old code passing it fails to type-check and the carrier refuses it.",
        "enum: [A, B, C] -> [A, B]",
    ),
    check(
        "response-enum-value-added", "warning", "minor", "sdk wire", "added", "none",
        "An enum the carrier answers with gained a value: old code may not handle it"
        " (and old SDKs refuse it in a closed Enum class).",
        "enum: [A, B] -> [A, B, C]",
    ),
    check(
        "response-enum-value-removed", "breaking", "major", "sdk", "removed", "type",
        "An enum the carrier answers with lost a value: old comparisons with it no longer type-check.",
        "enum: [A, B, C] -> [A, B]",
    ),
)  # fmt: skip


ERRORS = (
    check(
        "error-code-added", "info", "minor", "sdk", "added", "none",
        "A new documented error code.", "errors: +sold_out",
    ),
    check(
        "error-code-removed", "info", "patch", "sdk", "removed", "none",
        "An error code is no longer documented.", "errors: -sold_out",
    ),
    check(
        "error-code-reclassified", "warning", "minor", "sdk", "changed", "none",
        "An error code is raised as a class outside the old one's tree: `except OldClass` no longer catches it.",
        "match: {http_status: 409} moved to another family",
    ),
    check(
        "error-code-class-narrowed", "info", "minor", "sdk", "changed", "none",
        "An error code is raised as a subclass of its old class: old handlers still catch it.",
        "ApiError -> RequestError",
    ),
    check(
        "error-class-added", "info", "minor", "sdk", "added", "none",
        "A new exception class in errors.", "error_families: +BillingError",
    ),
    check(
        "error-class-removed", "breaking", "major", "sdk", "removed", "type",
        "An exception class is gone from errors: `except` clauses naming it fail.", "error_families: -BillingError",
    ),
    check(
        "error-class-base-changed", "warning", "minor", "sdk safety", "changed", "none",
        "An error family moved between ApiError and RateLimitError: other handlers catch it, and retries change.",
        "base: ApiError -> RateLimitError",
    ),
    check(
        "error-became-warning", "warning", "minor", "sdk", "changed", "none",
        "An error code is now a notice: successful answers carrying it issue a CarrierWarning (an error under"
        " -W error), and a failed answer raises another of its codes first.",
        "severity: warning",
    ),
    check(
        "warning-became-error", "warning", "minor", "sdk", "changed", "none",
        "A notice is now an error code: successful answers no longer issue a CarrierWarning for it, and a failed"
        " answer may raise it.",
        "severity: warning removed",
    ),
    check(
        "error-message-changed", "info", "patch", "wire", "changed", "none",
        "The carrier's wording of an error changed: old SDKs no longer recognise its code.",
        'message: "Sold out" -> "Sold out in {region}"',
    ),
    check(
        "error-http-status-changed", "info", "patch", "wire", "changed", "none",
        "The HTTP status documented for an error code changed.", "http_status: 400 -> 409",
    ),
    check(
        "empty-result-code-added", "warning", "minor", "sdk", "changed", "none",
        "A code now means 'nothing found': read-only calls that raised it return an empty result.",
        "empty_result_codes: +no_did",
    ),
    check(
        "empty-result-code-removed", "breaking", "major", "sdk", "changed", "runtime",
        "A code no longer means 'nothing found': calls that returned an empty result now raise.",
        "empty_result_codes: -no_did",
    ),
)  # fmt: skip


CALLBACKS = (
    check(
        "callback-added", "info", "minor", "sdk", "added", "none",
        "A new webhook payload: a new parse_<name>_callback().", "callbacks: +port",
    ),
    check(
        "callback-removed", "breaking", "major", "sdk", "removed", "type",
        "A webhook payload is gone: its parse function is too.", "callbacks: -port",
    ),
    check(
        "callback-type-changed", "breaking", "major", "sdk wire", "changed", "type",
        "A webhook payload holds another record.", "type: Number -> Port",
    ),
    check(
        "callback-wire-changed", "breaking", "minor", "wire", "changed", "none",
        "A webhook payload's format or XML root element changed: old SDKs misread it.", "format: xml -> json",
    ),
)  # fmt: skip
