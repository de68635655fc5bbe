"""Checks on the carrier as a whole: authentication, base URLs, client options, rate limits, wire formats."""

from __future__ import annotations

from generator.diff.catalogue.row import check

AUTH = (
    check(
        "credential-added", "breaking", "major", "sdk wire", "added", "type",
        "A new required credential: old Client(...) calls lack it.", "credentials: +{name: apiKey}",
    ),
    check(
        "credential-added-optional", "info", "minor", "sdk", "added", "none",
        "A new credential a rule makes optional.", "credentials: +{name: accountId}, rules: one_of",
    ),
    check(
        "credential-removed", "breaking", "major", "sdk", "removed", "type",
        "A credential is gone: old Client(...) calls that pass it fail.", "credentials: -{name: apiKey}",
    ),
    check(
        "credential-renamed", "breaking", "major", "sdk", "changed", "type",
        "A credential's keyword changed while its wire name did not.", "name: apiKey -> key (wire: api_key)",
    ),
    check(
        "credential-became-required", "breaking", "major", "sdk", "changed", "type",
        "A credential no rule makes optional any more: old calls that leave it out fail.", "rules: -one_of",
    ),
    check(
        "credential-became-optional", "info", "minor", "sdk", "changed", "none",
        "A rule now makes a credential optional.", "rules: +one_of",
    ),
    check(
        "credential-wire-name-changed", "breaking", "minor", "wire", "changed", "none",
        "The header or query name a credential travels under changed.", "wire: api_key -> apikey",
    ),
    check(
        "credential-no-longer-secret", "warning", "minor", "safety", "changed", "none",
        "A credential is no longer secret: the SDK stops redacting it from logs, repr() and errors.",
        "secret: true -> false",
    ),
    check(
        "credential-now-secret", "info", "patch", "safety", "changed", "none",
        "A credential is now secret: the SDK redacts it.", "secret: false -> true",
    ),
    check(
        "credential-pattern-changed", "warning", "minor", "sdk", "changed", "runtime",
        "A credential's pattern changed: values old code passes may be refused by Client(...).",
        'pattern: "^[a-f0-9]{16}$" -> "^[a-f0-9]{32}$"',
    ),
    check(
        "auth-location-changed", "breaking", "minor", "wire safety", "changed", "none",
        "Credentials moved between headers and the query string.", "auth.location: query -> header",
    ),
    check(
        "auth-rule-added", "breaking", "major", "sdk", "added", "runtime",
        "A new rule over credentials: old Client(...) calls may be refused.", "auth.rules: +{exclusive: [a, b]}",
    ),
    check(
        "auth-rule-removed", "info", "patch", "sdk", "removed", "none",
        "A rule over credentials went away.", "auth.rules: -{exclusive: [a, b]}",
    ),
)  # fmt: skip


PROVIDER = (
    check("base-url-added", "info", "minor", "sdk", "added", "none", "A new named base URL.", "base_urls: +sandbox"),
    check(
        "base-url-removed", "breaking", "major", "sdk", "removed", "runtime",
        "A named base URL is gone: Client(base_url=<name>) is refused.", "base_urls: -sandbox",
    ),
    check(
        "base-url-changed", "breaking", "minor", "wire", "changed", "none",
        "A named base URL points elsewhere: old SDKs call the old host.", "production: https://a -> https://b",
    ),
    check(
        "client-option-added", "info", "minor", "sdk", "added", "none",
        "A new optional Client(...) keyword sent with every request.", "client_options: +language",
    ),
    check(
        "client-option-removed", "breaking", "major", "sdk", "removed", "type",
        "A Client(...) keyword is gone.", "client_options: -language",
    ),
    check(
        "client-option-type-changed", "breaking", "major", "sdk wire", "changed", "type",
        "A Client(...) keyword takes another type.", "type: Language -> string",
    ),
    check(
        "client-option-wire-changed", "breaking", "minor", "wire", "changed", "none",
        "How a client option travels changed (wire name, query or path, path segment, role).", "in: query -> path",
    ),
    check(
        "client-option-default-changed", "warning", "minor", "wire", "changed", "none",
        "A client option's default changed: clients that leave it out send another value.", "default: en -> fr",
    ),
    check(
        "rate-limit-added", "warning", "minor", "safety", "added", "none",
        "A new rate limit: with rate_budget=True, calls beyond it are refused before they are sent.",
        "rate_limits: +{limit: 10, per: minute}",
    ),
    check(
        "rate-limit-removed", "info", "patch", "safety", "removed", "none",
        "A rate limit went away.", "rate_limits: -{limit: 10, per: minute}",
    ),
    check(
        "rate-limit-tightened", "warning", "minor", "safety", "changed", "none",
        "A rate limit allows fewer calls: with rate_budget=True, the budget runs out sooner.", "limit: 100 -> 50",
    ),
    check(
        "rate-limit-loosened", "info", "patch", "safety", "changed", "none",
        "A rate limit allows more calls.", "limit: 50 -> 100",
    ),
    check(
        "wire-format-changed", "breaking", "minor", "wire", "changed", "none",
        "How every request or answer is written changed (response format, error format, boolean spelling,"
        " date formats, envelope paths, empty bodies): old SDKs write or read another format.",
        "booleans: 1/0 -> true/false",
    ),
    check(
        "soap-namespace-changed", "breaking", "minor", "wire", "changed", "none",
        "The WSDL's target namespace changed: old SDKs write requests in the old one.",
        'targetNamespace="http://a" -> "http://b"',
    ),
    check(
        "envelope-changed", "breaking", "major", "sdk wire", "changed", "type",
        "Answers gained or lost their envelope: methods return a Reply instead of the record, or the reverse.",
        "envelope: added",
    ),
)  # fmt: skip
