"""The carrier as a whole: credentials and auth rules, base URLs, client options, rate limits, wire formats."""

from __future__ import annotations

from collections.abc import Iterator

from generator.diff.model import Finding
from generator.diff.rules import RuleScope, compare_rules
from generator.diff.side import Pair
from generator.diff.wording import code, python_type
from generator.ir import ClientOption, Credential, Provider, RateLimit
from generator.load import IrPath

_UPGRADE = "upgrade: older SDK versions use the old one"
_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


def compare_provider(pair: Pair) -> Iterator[Finding]:
    """Every change to how the SDK reaches and authenticates with the carrier."""
    old, new = pair.base.spec.provider, pair.revision.spec.provider
    yield from _credentials(pair, old.credentials, new.credentials)
    if old.auth_location != new.auth_location:
        message = f"credentials now travel in the {new.auth_location} (were in the {old.auth_location})"
        yield pair.finding("auth-location-changed", ("provider", "auth", "location"), message, action=_UPGRADE)
    rules = ("provider", "auth", "rules")
    scope = RuleScope(pair, rules, rules, "`Client(...)`", (), "auth-rule-added", "auth-rule-removed")
    yield from compare_rules(scope, old.auth_rules, new.auth_rules)
    yield from _base_urls(pair, dict(old.base_urls), dict(new.base_urls))
    yield from _options(pair, old, new)
    yield from _rate_limits(pair, old.rate_limits, new.rate_limits)
    yield from _formats(pair, old, new)
    for key in ("title", "description"):
        if getattr(old, key) != getattr(new, key):
            yield pair.finding("description-changed", ("provider", key), f"the carrier's {key} changed")


def _credentials(pair: Pair, base: tuple[Credential, ...], revision: tuple[Credential, ...]) -> Iterator[Finding]:
    old_left = {c.name: c for c in base}
    new_left = {c.name: c for c in revision}
    pairs = [(old_left.pop(n), new_left.pop(n)) for n in list(old_left) if n in new_left]
    by_wire = {c.wire_name: c for c in new_left.values()}
    for name, old in list(old_left.items()):
        new = by_wire.pop(old.wire_name, None)
        if new is not None:
            pairs.append((old_left.pop(name), new_left.pop(new.name)))
    for old in old_left.values():
        message = f"credential `{old.python_name}` was removed"
        yield _credential(pair, "credential-removed", old, None, (), message, f"stop passing `{old.python_name}=`")
    for new in new_left.values():
        if new.optional:
            yield _credential(
                pair, "credential-added-optional", None, new, (), f"new optional credential `{new.python_name}`"
            )
        else:
            message = f"new required credential `{new.python_name}`"
            yield _credential(
                pair, "credential-added", None, new, (), message, f"pass `{new.python_name}=` to Client(...)"
            )
    for old, new in pairs:
        yield from _credential_changed(pair, old, new)


def _credential(
    pair: Pair,
    check_id: str,
    old: Credential | None,
    new: Credential | None,
    attribute: tuple[str, ...],
    message: str,
    action: str = "",
) -> Finding:
    shown = new or old
    assert shown is not None
    path = ("provider", "auth", "credentials")
    return pair.finding(
        check_id,
        (*path, shown.name, *attribute),
        message,
        action=action,
        python=f"Client({shown.python_name}=)",
        base_at=(*path, (old or shown).name, *attribute),
    )


def _credential_changed(pair: Pair, old: Credential, new: Credential) -> Iterator[Finding]:
    name = f"credential `{new.python_name}`"
    if old.python_name != new.python_name:
        message = f"credential `{old.python_name}` is now `{new.python_name}`"
        action = f"rename `{old.python_name}=` to `{new.python_name}=`"
        yield _credential(pair, "credential-renamed", old, new, ("name",), message, action)
    if old.wire_name != new.wire_name:
        message = f"{name} travels as {code(new.wire_name)} (was {code(old.wire_name)})"
        yield _credential(pair, "credential-wire-name-changed", old, new, ("wire",), message, _UPGRADE)
    if old.optional and not new.optional:
        message = f"{name} is now required"
        yield _credential(pair, "credential-became-required", old, new, (), message, f"pass `{new.python_name}=`")
    elif new.optional and not old.optional:
        yield _credential(pair, "credential-became-optional", old, new, (), f"{name} is now optional")
    if old.secret and not new.secret:
        message = f"{name} is no longer secret: logs, repr() and errors show it"
        yield _credential(
            pair, "credential-no-longer-secret", old, new, ("secret",), message, "keep it out of your logs"
        )
    elif new.secret and not old.secret:
        yield _credential(pair, "credential-now-secret", old, new, ("secret",), f"{name} is now redacted everywhere")
    if old.pattern != new.pattern:
        message = f"{name} must now match {code(new.pattern)} (was {code(old.pattern)})"
        action = "check the value you pass"
        yield _credential(pair, "credential-pattern-changed", old, new, ("pattern",), message, action)
    if old.description != new.description:
        yield _credential(pair, "description-changed", old, new, ("description",), f"{name}: description changed")


def _base_urls(pair: Pair, base: dict[str, str], revision: dict[str, str]) -> Iterator[Finding]:
    for name in sorted(base.keys() | revision.keys()):
        path = ("provider", "base_urls", name)
        python = f'Client(base_url="{name}")'
        if name not in revision:
            message = f"base URL {name!r} was removed"
            yield pair.finding("base-url-removed", path, message, action="pass another base URL", python=python)
        elif name not in base:
            yield pair.finding("base-url-added", path, f"new base URL {name!r}: {revision[name]}", python=python)
        elif base[name] != revision[name]:
            message = f"base URL {name!r} is now {revision[name]} (was {base[name]})"
            yield pair.finding("base-url-changed", path, message, action=_UPGRADE, python=python)


def _options(pair: Pair, old: Provider, new: Provider) -> Iterator[Finding]:
    base = {o.wire_name: o for o in old.client_options}
    revision = {o.wire_name: o for o in new.client_options}
    for name in sorted(base.keys() | revision.keys()):
        before, after = base.get(name), revision.get(name)
        path = ("provider", "client_options", name)
        if after is None:
            assert before is not None
            message = f"option `{before.python_name}` was removed"
            yield pair.finding("client-option-removed", path, message, action="stop passing it", python=_option(before))
        elif before is None:
            yield pair.finding("client-option-added", path, f"new option `{after.python_name}`", python=_option(after))
        else:
            yield from _option_changed(pair, path, before, after)


def _option(option: ClientOption) -> str:
    return f"Client({option.python_name}=)"


def _option_changed(pair: Pair, path: IrPath, before: ClientOption, after: ClientOption) -> Iterator[Finding]:
    name, python = f"option `{after.python_name}`", _option(after)
    if python_type(before.type) != python_type(after.type):
        message = f"{name} takes {code(python_type(after.type))}"
        yield pair.finding(
            "client-option-type-changed", (*path, "type"), message, action="pass the new type", python=python
        )
    for key, attribute in (("location", "in"), ("segment", "segment"), ("role", "role")):
        was, now = getattr(before, key), getattr(after, key)
        if was != now:
            message = f"{name}: {key} {code(was)} -> {code(now)}"
            yield pair.finding(
                "client-option-wire-changed", (*path, attribute), message, action=_UPGRADE, python=python
            )
    if before.default != after.default:
        message = f"{name} defaults to {after.default!r} (was {before.default!r})"
        action = f"pass {before.default!r} to keep it"
        yield pair.finding("client-option-default-changed", (*path, "default"), message, action=action, python=python)
    if before.description != after.description:
        message = f"{name}: description changed"
        yield pair.finding("description-changed", (*path, "description"), message, python=python)


def _rate_limits(pair: Pair, base: tuple[RateLimit, ...], revision: tuple[RateLimit, ...]) -> Iterator[Finding]:
    """Limits paired by the operations they cover (and their period, when several cover the same)."""
    old_left = dict(enumerate(base))
    new_left = dict(enumerate(revision))
    pairs = []
    for same_period in (True, False):
        for i, old in list(old_left.items()):
            j = next((j for j, new in new_left.items() if _covers(old, new, same_period)), None)
            if j is not None:
                pairs.append((i, old_left.pop(i), j, new_left.pop(j)))
    path = ("provider", "rate_limits")
    python = "Client(rate_budget=True)"
    # Limits are named by index, and an index of one version may hold another limit in the other:
    # a limit on one side only is located at the list on the other.
    for i, old in old_left.items():
        message = f"rate limit removed: {_limit(old)}"
        yield pair.finding("rate-limit-removed", (*path, str(i)), message, python=python, revision_at=path)
    for j, new in new_left.items():
        message = f"new rate limit: {_limit(new)}"
        added: IrPath = (*path, str(j))
        yield pair.finding("rate-limit-added", added, message, operations=new.operations, python=python, base_at=path)
    for i, old, j, new in pairs:
        at: IrPath = (*path, str(j))
        before, after = old.limit / _SECONDS[old.per], new.limit / _SECONDS[new.per]
        message = f"rate limit {_limit(old)} is now {_limit(new)}"
        if after < before:
            yield pair.finding(
                "rate-limit-tightened", at, message, operations=new.operations, python=python, base_at=(*path, str(i))
            )
        elif after > before:
            yield pair.finding(
                "rate-limit-loosened", at, message, operations=new.operations, python=python, base_at=(*path, str(i))
            )


def _covers(old: RateLimit, new: RateLimit, same_period: bool) -> bool:
    return sorted(old.operations) == sorted(new.operations) and (old.per == new.per or not same_period)


def _limit(limit: RateLimit) -> str:
    scope = ", ".join(limit.operations) if limit.operations else "the shared pool"
    return f"{limit.limit} per {limit.per} ({scope})"


def _formats(pair: Pair, old: Provider, new: Provider) -> Iterator[Finding]:
    """How every request and answer is written."""
    if (old.envelope is None) != (new.envelope is None):
        message = (
            "answers now come in an envelope: methods return a Reply" if new.envelope else "answers lost their envelope"
        )
        action = "read results through Reply.payload" if new.envelope else "read results directly instead of a Reply"
        yield pair.finding("envelope-changed", ("provider", "envelope"), message, action=action)
    facts: list[tuple[str, object, object]] = [
        ("response_format", old.response_format, new.response_format),
        ("error_format", old.error_format, new.error_format),
        ("booleans", old.booleans, new.booleans),
        ("date_format", old.date_format, new.date_format),
        ("datetime_format", old.datetime_format, new.datetime_format),
        ("empty_body", old.empty_body, new.empty_body),
    ]
    if old.envelope is not None and new.envelope is not None:
        facts.append(("envelope", old.envelope, new.envelope))
    for key, before, after in facts:
        if before != after:
            message = f"{key.replace('_', ' ')}: {code(before)} -> {code(after)}"
            yield pair.finding("wire-format-changed", ("provider", key), message, action=_UPGRADE)
    if old.xml_namespace != new.xml_namespace:
        message = f"SOAP namespace {code(old.xml_namespace)} -> {code(new.xml_namespace)}"
        yield pair.finding("soap-namespace-changed", ("provider", "xml_namespace"), message, action=_UPGRADE)
