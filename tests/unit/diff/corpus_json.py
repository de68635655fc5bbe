"""Corpus cases on the JSON carriers (VoIP.ms, VoiceMeUp) and the golden acme spec: empty results, error
families and severities, credential rules, client options, rate limits, envelopes, webhooks, paging."""

from __future__ import annotations

from tests.unit.diff.corpus import case

V = "voipms.yaml"
M = "voicemeup.yaml"
A = "golden:acme.yaml"
CLIENT = "{name: client, in: query, type: string, description: Reseller client ID (e.g. 561115) or sub account"
RULE = '      - {one_of: [username, client_user_id], message: "Give username or client_user_id with auth_token."}\n'
CURRENCY = "    - {name: currency, in: query, type: Currency, default: CAD, description: Currency of the amounts the API answers.}\n"
LANGUAGE = "{name: language, in: query, type: Language, default: en,"
CALL_NOTIFY = """\
  call_notify:
    description: "Parse a call notification (on_create, on_ring, on_answer, on_hangup, on_test, on_record) posted to notify_callback_url."
    type: json
    format: json
    sources:
      - {operation: update_did, param: notify_callback_url}
      - {operation: update_peer, param: notify_callback_url}
      - {operation: voicemail_broadcast, param: notify_callback_url}
"""
EMAIL = '{name: Email, type: string, pattern: "^[^@]+@[^@]+$", description: E-mail address.}'

SMPP = "{name: smpp_pass, in: query, type: string, secret: true,"
PIN = "{name: Pin, type: string, secret: true, max_length: 8,"
CASES = [
    case("request-param-no-longer-secret", V, [(SMPP, SMPP.replace(" secret: true,", ""))], "name: smpp_pass", "name: smpp_pass"),
    case("request-param-now-secret", M, [("{name: auth_id, in: query, type: string,", "{name: auth_id, in: query, type: string, secret: true,")], "name: auth_id", "name: auth_id"),
    case("request-field-no-longer-secret", A, [(PIN, PIN.replace(" secret: true,", ""))], "name: Pin", "name: Pin"),
    case("request-field-now-secret", A, [(EMAIL, EMAIL.replace("type: string,", "type: string, secret: true,"))], "name: Email", "name: Email"),
    case("request-param-became-required", V, [(CLIENT, CLIENT.replace("type: string,", "type: string, required: true,"))], "name: client", "name: client"),
    case("empty-result-code-removed", V, [("    - no_account\n", "")], "- no_account", "empty_result_codes:"),
    case("empty-result-code-added", V, [("    - no_account\n", "    - no_account\n    - did_in_use\n")], "empty_result_codes:", "- did_in_use"),
    case("base-url-added", V, [('base_urls: {production: "https://voip.ms"}', 'base_urls: {production: "https://voip.ms", sandbox: "https://sandbox.voip.ms"}')], "base_urls:", "sandbox:"),
    case("operation-added", V, [("  getDIDsInfo:\n", "  getDIDsCount:\n    description: Count the DIDs.\n    http_method: GET\n    path: /api/v1/rest.php\n    query: {method: getDIDsCount}\n  getDIDsInfo:\n")], "operations:", "getDIDsCount:"),
    case("error-code-class-narrowed", M, [("match: {codes: [auth_username_invalid,", "match: {codes: [callerid_name_invalid, auth_username_invalid,")], "code: callerid_name_invalid", "code: callerid_name_invalid"),
    case("error-class-base-changed", M, [("      base: RateLimitError\n      match: {codes: [requests_hard_limit_exceeded]}\n", "      match: {codes: [requests_hard_limit_exceeded]}\n")], "name: RequestsLimitError", "name: RequestsLimitError"),
    case("error-became-warning", M, [("{code: callerid_name_invalid, message: Caller ID name is invalid.}", "{code: callerid_name_invalid, message: Caller ID name is invalid., severity: warning}")], "callerid_name_invalid", "callerid_name_invalid"),
    case("warning-became-error", M, [("{code: callerid_rejection_notice, message: Some providers might reject toll free Caller ID., severity: warning}", "{code: callerid_rejection_notice, message: Some providers might reject toll free Caller ID.}")], "callerid_rejection_notice", "callerid_rejection_notice"),
    case("credential-became-required", M, [("    rules:\n" + RULE, "")], "name: username", "name: username"),
    case("auth-rule-removed", M, [("    rules:\n" + RULE, "")], "one_of: [username, client_user_id]", "auth:"),
    case("auth-rule-added", M, [(RULE, RULE + "      - {exclusive: [username, client_user_id]}\n")], "rules:", "exclusive:"),
    case(
        "credential-added-optional",
        M,
        [
            ("    rules:\n" + RULE, "      - {name: account_email, wire: account_email, description: The account e-mail.}\n    rules:\n" + RULE),
            ("{one_of: [username, client_user_id],", "{one_of: [username, client_user_id, account_email],"),
        ],
        "credentials:",
        "name: account_email",
    ),
    case("client-option-removed", M, [(CURRENCY, "")], "name: currency", "client_options:"),
    case("client-option-added", M, [(CURRENCY, CURRENCY + "    - {name: timezone, in: query, type: string, description: The time zone of the answers.}\n")], "client_options:", "name: timezone"),
    case("client-option-type-changed", M, [(LANGUAGE, "{name: language, in: query, type: string, default: en,")], "name: language", "type: string"),
    case("client-option-default-changed", M, [(LANGUAGE, "{name: language, in: query, type: Language, default: fr,")], "default: en", "default: fr"),
    case("client-option-wire-changed", M, [(LANGUAGE, "{name: language, in: query, type: Language, role: response_format, default: en,")], "name: language", "role: response_format"),
    case("rate-limit-removed", M, [("    - {operations: [queue_sms], limit: 600, per: hour}\n", "")], "operations: [queue_sms]", "rate_limits:"),
    case("rate-limit-added", M, [("    - {operations: [queue_sms], limit: 600, per: hour}\n", "    - {operations: [queue_sms], limit: 600, per: hour}\n    - {operations: [get_calls], limit: 60, per: minute}\n")], "rate_limits:", "operations: [get_calls]"),
    case("rate-limit-tightened", M, [("{operations: [dispatch_call], limit: 900, per: hour}", "{operations: [dispatch_call], limit: 300, per: hour}")], "dispatch_call", "dispatch_call"),
    case("rate-limit-loosened", M, [("{operations: [delete_faxes], limit: 1500, per: hour}", "{operations: [delete_faxes], limit: 3000, per: hour}")], "delete_faxes", "delete_faxes"),
    case("callback-removed", M, [(CALL_NOTIFY, "")], "call_notify:", "callbacks:"),
    case("envelope-changed", A, [("  error_format: iovox_xml\n", "  error_format: iovox_xml\n  envelope: {status: status, success_values: [ok]}\n")], "provider:", "envelope:"),
    case("request-field-pattern-changed", A, [(EMAIL, EMAIL.replace("^[^@]+@[^@]+$", "^[^@]+@[^@]+[.][a-z]+$"))], "name: Email", "pattern:"),
    case("operation-paging-added", A, [], "listNumbers:", "page_param: page", before=[("    page_param: page\n", "")]),
]  # fmt: skip
