"""Checks on the carrier as a whole: credentials, auth, base URLs, options, rate limits and wire formats."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.ir import ClientOption, Envelope, RateLimit, TypeRef
from tests import factories as f
from tests.unit.diff.support import Case, check_ids, findings

KEY = f.credential("apiKey", wire_name="api_key", secret=True)
USER = f.credential("apiUser", wire_name="api_user")
ACCOUNT = f.credential("accountId", wire_name="account_id")
EITHER = f.rule("one_of", "apiUser", "accountId")
LANGUAGE = ClientOption("language", "", TypeRef("string"), "The language.", "query", "en")
POOL = RateLimit(100, "minute")
URLS = (("production", "https://api.acme.test"), ("sandbox", "https://sandbox.acme.test"))


def carrier(**provider: object) -> f.ApiSpec:
    return f.spec(**provider)


CASES = [
    Case("credential-added", carrier(), carrier(credentials=(KEY,))),
    Case(
        "credential-added-optional",
        carrier(credentials=(USER,), auth_rules=()),
        carrier(credentials=(USER, ACCOUNT), auth_rules=(EITHER,)),
        ("auth-rule-added", "credential-became-optional"),
    ),
    Case("credential-removed", carrier(credentials=(KEY,)), carrier()),
    Case("credential-renamed", carrier(credentials=(KEY,)), carrier(credentials=(replace(KEY, name="key"),))),
    Case(
        "credential-became-required",
        carrier(credentials=(USER, ACCOUNT), auth_rules=(EITHER,)),
        carrier(credentials=(USER, ACCOUNT)),
        ("auth-rule-removed", "credential-became-required"),
    ),
    Case(
        "credential-became-optional",
        carrier(credentials=(USER, ACCOUNT)),
        carrier(credentials=(USER, ACCOUNT), auth_rules=(EITHER,)),
        ("auth-rule-added", "credential-became-optional"),
    ),
    Case(
        "credential-wire-name-changed",
        carrier(credentials=(KEY,)),
        carrier(credentials=(replace(KEY, wire_name="apikey"),)),
    ),
    Case(
        "credential-no-longer-secret", carrier(credentials=(KEY,)), carrier(credentials=(replace(KEY, secret=False),))
    ),
    Case("credential-now-secret", carrier(credentials=(USER,)), carrier(credentials=(replace(USER, secret=True),))),
    Case(
        "credential-pattern-changed",
        carrier(credentials=(KEY,)),
        carrier(credentials=(replace(KEY, pattern="^[a-f0-9]{32}$"),)),
    ),
    Case("auth-location-changed", carrier(auth_location="query"), carrier(auth_location="header")),
    Case(
        "auth-rule-added",
        carrier(credentials=(USER, ACCOUNT), auth_rules=(EITHER,)),
        carrier(credentials=(USER, ACCOUNT), auth_rules=(EITHER, f.rule("exclusive", "apiUser", "accountId"))),
    ),
    Case(
        "auth-rule-removed",
        carrier(credentials=(USER, ACCOUNT), auth_rules=(EITHER, f.rule("exclusive", "apiUser", "accountId"))),
        carrier(credentials=(USER, ACCOUNT), auth_rules=(EITHER,)),
    ),
    Case("base-url-added", carrier(base_urls=URLS[:1]), carrier(base_urls=URLS)),
    Case("base-url-removed", carrier(base_urls=URLS), carrier(base_urls=URLS[:1])),
    Case("base-url-changed", carrier(base_urls=URLS[:1]), carrier(base_urls=(("production", "https://v2.acme.test"),))),
    Case("client-option-added", carrier(), carrier(client_options=(LANGUAGE,))),
    Case("client-option-removed", carrier(client_options=(LANGUAGE,)), carrier()),
    Case(
        "client-option-type-changed",
        carrier(client_options=(LANGUAGE,)),
        carrier(client_options=(replace(LANGUAGE, type=TypeRef("integer")),)),
    ),
    Case(
        "client-option-wire-changed",
        carrier(client_options=(LANGUAGE,)),
        carrier(client_options=(replace(LANGUAGE, location="path", segment="en"),)),
        ("client-option-wire-changed",),
    ),
    Case(
        "client-option-default-changed",
        carrier(client_options=(LANGUAGE,)),
        carrier(client_options=(replace(LANGUAGE, default="fr"),)),
    ),
    Case("rate-limit-added", carrier(), carrier(rate_limits=(POOL,))),
    Case("rate-limit-removed", carrier(rate_limits=(POOL,)), carrier()),
    Case("rate-limit-tightened", carrier(rate_limits=(POOL,)), carrier(rate_limits=(replace(POOL, limit=50),))),
    Case("rate-limit-loosened", carrier(rate_limits=(POOL,)), carrier(rate_limits=(replace(POOL, per="second"),))),
    Case("wire-format-changed", carrier(booleans=("1", "0")), carrier(booleans=("true", "false"))),
    Case("soap-namespace-changed", carrier(xml_namespace="urn:a"), carrier(xml_namespace="urn:b")),
    Case("envelope-changed", carrier(), carrier(envelope=Envelope("status", ("ok",)))),
    Case("description-changed", carrier(title="Acme"), carrier(title="Acme Numbers")),
]


@pytest.mark.parametrize("case", CASES, ids=[c.check for c in CASES])
def test_each_carrier_check_reports_its_change(case: Case) -> None:
    found = check_ids(case.base, case.revision)
    assert sorted(set(found)) == sorted(set(case.expected)), found


def test_a_credential_finding_names_the_constructor_keyword() -> None:
    (finding,) = findings(carrier(), carrier(credentials=(KEY,)))
    assert finding.python == "Client(api_key=)" and finding.action == "pass `api_key=` to Client(...)"
    assert finding.subject == ("provider", "auth", "credentials", "apiKey")


def test_rate_limits_are_paired_by_the_operations_they_cover() -> None:
    faxes = RateLimit(2, "minute", ("sendFax",))
    base, revision = carrier(rate_limits=(faxes, POOL)), carrier(rate_limits=(POOL, replace(faxes, per="hour")))
    (finding,) = findings(base, revision)
    assert finding.check.id == "rate-limit-tightened" and finding.operations == ("sendFax",)
    assert finding.message == "rate limit 2 per minute (sendFax) is now 2 per hour (sendFax)"
