"""Every check the diff runs, by stable ID: its level, semver impact, categories and an example.

An ID keeps its meaning forever (tools filter on it); a check that changes meaning gets a new ID.
Each row: ID, level, impact, categories, changelog section, what code written against the old SDK
meets in the new one, summary, example.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.diff.catalogue import provider, requests, responses
from generator.diff.model import Check

__all__ = ["CHECKS"]

#: Every check, by ID, in a stable order (the order of the documentation).
CHECKS: Mapping[str, Check] = {
    check.id: check
    for check in (
        *requests.SPEC,
        *requests.OPERATIONS,
        *requests.input_checks("param", "method argument"),
        *requests.input_checks("field", "field of a record the SDK sends"),
        *requests.RULES,
        *responses.RESPONSES,
        *responses.TYPES,
        *responses.ERRORS,
        *responses.CALLBACKS,
        *provider.AUTH,
        *provider.PROVIDER,
    )
}
