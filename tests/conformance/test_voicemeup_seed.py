"""Conformance of the VoiceMeUp draft spec (``specs/voicemeup.yaml``) with its seed, the developer guide.

The seed (``../shared/seeds/002_bd61aecb1a6d8130.txt`` relative to the repository root) documents
97 request types, each with a parameter table::

    Parameter Type [?] Requirement Description
    date_from date Optionally Required If set, date_to must also be set.
    Value must be a valid date formatted as "YYYY-MM-DD".

Rows also come split over two lines (``name`` / ``type requirement description`` or
``name type`` / ``requirement description``); descriptions continue on the following lines. A
second header inside a table opens a sub-table describing the fields of the row just above it (a
record); it ends at the ``example`` lines. ``[raw_metadata] see doc see doc`` points at the
"Api Metadata" table (``serialized_metadata`` and ``raw_metadata``).

For every request type, each seed row must be an operation parameter of the same wire name, or,
where the draft models a group of rows as a record (``RECORD_PARAMS``), a field of that record,
with an agreeing requirement:

* ``Required`` (and ``At least 1 required``)  ⇔  ``required: true``;
* ``Optional``  ⇔  not required and not the required side of a rule (``require``, ``one_of``);
* ``Optionally Required`` (and ``See description``: every such row says "Required if ...")
  ⇔  not required, but named by at least one rule (``require``, ``unless``, ``when``, ``one_of``,
  ``exclusive``);
* ``Deprecated``  ⇔  not required and the description starts with ``Deprecated:``.

Exceptions, each with its reason: ``CONDITION_UNSTATED`` (optionally required rows whose condition
the seed states nowhere, so no rule can name them), ``RULE_FROM_PROSE`` ("Optional" rows the
seed's own prose makes conditionally required). An entry that no longer applies fails the test.
The spec now agrees with every row: a disagreement found later is fixed in the spec, not listed.

The spec uses the format extensions described in ``specs/notes/voicemeup.md``; it is read with
``yaml.safe_load``, never through the generator's loader.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seeds" / "002_bd61aecb1a6d8130.txt"
SPEC = ROOT / "specs" / "voicemeup.yaml"

EXPECTED_REQUEST_TYPES = 97
EXPECTED_SEED_ROWS = 781  # in the request types' tables, sub-tables included
# The seed lists is_vlan_enabled twice (the second time with allow/disallow values).
SEED_DUPLICATES = {("update_device_endpoint", "is_vlan_enabled")}

if not SEED.is_file():
    pytest.skip(f"VoiceMeUp seed document not available: {SEED}", allow_module_level=True)

# (operation, parameter) -> the record type whose fields the seed rows of that parameter describe.
# 41 seed rows in all: 11 in the ``action`` sub-table, 16 in the ``conditions_data`` sub-table,
# 2 in the ``shift`` sub-table, and 12 ``sources[n][x] // destinations[n][x]`` rows, each one
# field of both lists.
RECORD_PARAMS: dict[tuple[str, str], str] = {
    ("update_call_director_profile", "action"): "DirectorAction",
    ("update_callerid_profile", "conditions_data"): "CalleridCondition",
    ("update_schedule", "shift"): "Shift",
    ("dispatch_call", "sources"): "CallEndpoint",
    ("dispatch_call", "destinations"): "CallEndpoint",
}
EXPECTED_RECORD_ROWS = 41

_E911_LOOKUP = "no condition; the seed's note says every location is returned when none is given"

# Seed rows marked "Optionally Required" that no rule can name, because the seed states no condition
# a rule could test: (operation, parameter or "param.field") -> why.
CONDITION_UNSTATED: dict[tuple[str, str], str] = {
    ("get_e911", "client_did_id"): _E911_LOOKUP,
    ("get_e911", "phone_number"): _E911_LOOKUP,
    ("get_e911", "client_endpoint_id"): _E911_LOOKUP,
    ("update_device_endpoint", "client_extension_id"): "the description only says it must be a valid id",
    ("update_device_endpoint", "client_mailbox_id"): "the description only says it must be a valid id",
    ("update_subaccount_address", "precision"): "the row has no description at all",
    ("update_mailbox_greeting", "voice_name"): "no condition, and it has a default (fr-CA-Standard-A)",
    ("update_callerid_profile", "conditions_data.client_callerid_profile_data_id"): (
        "needed only to edit an existing condition; leaving it out adds one, and no field says which is meant"
    ),
}

# Seed rows whose requirement column says "Optional" although the seed's own prose makes them
# conditionally required; the draft follows the prose with a rule: (operation, parameter) -> the
# seed's words (checked to be in the seed).
RULE_FROM_PROSE: dict[tuple[str, str], str] = {
    ("get_recordings", "date_from"): "If set, date_from must also be set.",  # date_to's row
    ("delete_voicemails", "voicemail_hash"): (  # one_of with call_voicemail_id and date: the intro
        "either by specifying a valid `call_voicemail_id` or `voicemail_hash` . Optionally you can omit those"
    ),
    ("voicemail_broadcast", "callerid_number"): "Please note that a valid callerid_number is required",  # privacy
    ("update_3cx_server", "auth_type"): "Required for 'dns_cloudns'",
    ("update_3cx_server", "auth_id"): "Required for 'dns_cloudns'",
    ("update_3cx_server", "auth_password"): "Required for 'dns_cloudns'",
    ("update_3cx_server", "certificate_token"): "Required for 'dns_cf'",
}

REQUIRED = "required"
OPTIONAL = "optional"
CONDITIONAL = "conditional"
DEPRECATED = "deprecated"
REQUIREMENTS = {
    "Required": REQUIRED,
    "At least 1 required": REQUIRED,
    "Optional": OPTIONAL,
    "Optionally Required": CONDITIONAL,
    "Optionally required": CONDITIONAL,
    "Optionaly Required": CONDITIONAL,
    "See description": CONDITIONAL,
    "Deprecated": DEPRECATED,
    "see doc": "see doc",  # only on the [raw_metadata] rows, expanded from the Api Metadata table
}

# --------------------------------------------------------------------------------------- seed parsing

_NAME = r"(?P<name>\[raw_metadata\]|[a-z][a-z0-9_]*(?:\[n\]\[[a-z_]+\])?(?: // [a-z][a-z0-9_]*\[n\]\[[a-z_]+\])?)"
_SIZE = r"\s?\[[0-9|-]+\]"
_TYPE = (
    r"(?P<type>string(?:" + _SIZE + r"| \(en\|fr\))?|integer|int|number|datetime|date"
    r"|digits(?:" + _SIZE + r")?(?: alphanum" + _SIZE + r")?|alphanum(?:" + _SIZE + r")?|hex" + _SIZE + r"|enum"
    r"|[Aa]rray|boolean(?:" + _SIZE + r")?|bool|file|JSON|json/array|json|serialized array|see doc)"
)
_REQ = r"(?P<req>" + "|".join(re.escape(r) for r in sorted(REQUIREMENTS, key=len, reverse=True)) + r")"
_DESC = r"(?:\s+(?P<desc>.*?))?\s*$"
ROW = re.compile(rf"^{_NAME} {_TYPE} {_REQ}{_DESC}")
NAME_ONLY = re.compile(rf"^{_NAME}\s*$")
TYPE_REQ = re.compile(rf"^{_TYPE} {_REQ}{_DESC}")
NAME_TYPE = re.compile(rf"^{_NAME} {_TYPE}\s*$")
REQ_ONLY = re.compile(rf"^{_REQ}{_DESC}")

HEADER = "Parameter Type [?] Requirement Description"
REQUEST_TYPE = re.compile(r"^Request Type: (\w+)\s*$")
SHARED_ROW = re.compile(r"^(?P<a>\w+)\[n\]\[(?P<f>\w+)\] // (?P<b>\w+)\[n\]\[(?P=f)\]$")


@dataclass
class SeedRow:
    line: int
    name: str  # as the seed writes it
    type: str
    requirement: str  # as the seed writes it
    parent: str | None  # the row whose sub-table holds this one
    description: str = ""

    @property
    def kind(self) -> str:
        return REQUIREMENTS[self.requirement]

    def targets(self) -> list[tuple[str | None, str]]:
        """(record-holding parameter or None, wire name) of what the row describes in the spec."""
        shared = SHARED_ROW.match(self.name)
        if shared:
            return [(shared["a"], shared["f"]), (shared["b"], shared["f"])]
        return [(self.parent, self.name)]


@dataclass
class Seed:
    order: list[str] = field(default_factory=list)
    rows: dict[str, list[SeedRow]] = field(default_factory=dict)
    metadata_rows: list[SeedRow] = field(default_factory=list)
    metadata_types: list[str] = field(default_factory=list)


def _match_row(lines: list[str], i: int, parent: str | None) -> tuple[SeedRow, int] | None:
    """The row starting at ``lines[i]`` and how many lines its head takes, or None."""
    text = lines[i].strip()
    after = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if m := ROW.match(text):
        return SeedRow(i + 1, m["name"], m["type"], m["req"], parent, m["desc"] or ""), 1
    if (m := NAME_ONLY.match(text)) and (t := TYPE_REQ.match(after)):
        return SeedRow(i + 1, m["name"], t["type"], t["req"], parent, t["desc"] or ""), 2
    if (m := NAME_TYPE.match(text)) and (r := REQ_ONLY.match(after)):
        return SeedRow(i + 1, m["name"], m["type"], r["req"], parent, r["desc"] or ""), 2
    return None


def _table_rows(lines: list[str], start: int, stop: int) -> Iterator[SeedRow]:
    """Rows of the parameter tables in ``lines[start:stop]`` (one request type's section)."""
    in_table = False
    parent: str | None = None  # set while inside a sub-table
    last: SeedRow | None = None  # last row read, for description continuations
    last_top: SeedRow | None = None  # last top-level row, the owner of a sub-table
    i = start
    while i < stop:
        text = lines[i].strip()
        if text == HEADER:
            if in_table and last_top is not None:
                parent = last_top.name
            in_table, last = True, None
            i += 1
            continue
        if not in_table:
            i += 1
            continue
        if text.startswith("Show Sample"):
            in_table, parent, last = False, None, None
            i += 1
            continue
        if text.lower().startswith("example"):
            parent = None
        if found := _match_row(lines, i, parent):
            last, taken = found
            if parent is None:
                last_top = last
            yield last
            i += taken
            continue
        if last is not None and text:
            last.description = f"{last.description}\n{text}".strip()
        i += 1


def parse_seed(text: str) -> Seed:
    lines = text.splitlines()
    seed = Seed()
    end = next((i for i, line in enumerate(lines) if line.strip() == "Error types"), len(lines))
    starts = [(i, m[1]) for i, line in enumerate(lines[:end]) if (m := REQUEST_TYPE.match(line.strip()))]
    for k, (start, name) in enumerate(starts):
        stop = starts[k + 1][0] if k + 1 < len(starts) else end
        seed.order.append(name)
        seed.rows[name] = list(_table_rows(lines, start + 1, stop))
    # "Api Metadata": the serialized_metadata / raw_metadata table and the request types it applies to.
    meta = next((i for i, line in enumerate(lines) if line.strip() == "Api Metadata"), None)
    if meta is not None:
        stop = next((i for i in range(meta + 1, len(lines)) if lines[i].startswith("Applicable request types")), None)
        if stop is not None:
            seed.metadata_rows = list(_table_rows(lines, meta + 1, stop))
            seed.metadata_types = re.findall(r"\w+", lines[stop].split(":", 1)[1])
    return seed


def expanded_rows(seed: Seed, op: str) -> list[SeedRow]:
    """The seed rows of ``op`` with ``[raw_metadata]`` replaced by the Api Metadata rows, which also
    apply to the request types the Api Metadata section lists."""
    rows: list[SeedRow] = []
    for row in seed.rows[op]:
        rows.extend(seed.metadata_rows if row.name == "[raw_metadata]" else [row])
    if op in seed.metadata_types:
        have = {r.name for r in rows}
        rows.extend(r for r in seed.metadata_rows if r.name not in have)
    return rows


# --------------------------------------------------------------------------------------- spec side


def rule_names(rule: dict[str, Any]) -> set[str]:
    names = {rule[k] for k in ("require", "unless") if k in rule}
    when = rule.get("when")
    if isinstance(when, str):
        names.add(when)
    elif isinstance(when, dict):
        names.update(when)
    for k in ("one_of", "exclusive"):
        names.update(rule.get(k, []))
    return names


def required_side(rule: dict[str, Any]) -> set[str]:
    """Names a rule can make required."""
    return ({rule["require"]} if "require" in rule else set()) | set(rule.get("one_of", []))


def item_type(type_expr: str) -> str:
    m = re.fullmatch(r"(?:list|csv)\[(\w+)\]", type_expr)
    return m[1] if m else type_expr


def label(container: str | None, name: str) -> str:
    return name if container is None else f"{container}.{name}"


# --------------------------------------------------------------------------------------- fixtures

SEED_DATA = parse_seed(SEED.read_text(encoding="utf-8"))
SPEC_DATA: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))


def _lookup(op: str, container: str | None, name: str) -> tuple[dict[str, Any] | None, list[dict[str, Any]], str]:
    """The spec param or record field a seed row describes, the rules that apply to it, and a problem."""
    operation = SPEC_DATA["operations"].get(op, {})
    params = {p["name"]: p for p in operation.get("params", [])}
    if container is None:
        found = params.get(name)
        return found, operation.get("rules", []), "" if found else f"{name}: missing"
    record = RECORD_PARAMS.get((op, container))
    if record is None:
        return None, [], f"{container}: seed sub-table not listed in RECORD_PARAMS"
    holder = params.get(container)
    if holder is None:
        return None, [], f"{container}: missing (holds the {record} record)"
    if item_type(holder["type"]) != record:
        return None, [], f"{container}: type {holder['type']!r} is not {record} or list[{record}]"
    type_def = SPEC_DATA["types"].get(record, {})
    found = next((f for f in type_def.get("fields", []) if f["name"] == name), None)
    return found, type_def.get("rules", []), "" if found else f"{container}.{name}: missing from {record}"


def requirement_problem(op: str, container: str | None, name: str, row: SeedRow) -> str:
    """What is wrong with the spec's requirement of what ``row`` describes ("" when nothing is)."""
    where = label(container, name)
    obj, rules, problem = _lookup(op, container, name)
    if obj is None:
        return f"{problem} (seed line {row.line})"
    required = bool(obj.get("required", False))
    named = any(name in rule_names(r) for r in rules)
    required_by_rule = any(name in required_side(r) for r in rules)
    deprecated = obj.get("description", "").startswith("Deprecated:")
    said = f"seed says {row.requirement!r} (line {row.line})"
    if row.kind != DEPRECATED and deprecated:
        return f"{where}: description starts 'Deprecated:' but {said}"
    if row.kind == REQUIRED:
        return "" if required else f"{where}: not required but {said}"
    if required:
        return f"{where}: required: true but {said}"
    if row.kind == DEPRECATED:
        return "" if deprecated else f"{where}: description does not start 'Deprecated:' but {said}"
    if row.kind == OPTIONAL:
        prose = (op, where) in RULE_FROM_PROSE
        if prose and not required_by_rule:
            return f"{where}: in RULE_FROM_PROSE but no rule requires it now; drop the entry"
        if required_by_rule and not prose:
            return f"{where}: the required side of a rule but {said}"
        return ""
    unstated = (op, where) in CONDITION_UNSTATED  # CONDITIONAL
    if unstated and named:
        return f"{where}: in CONDITION_UNSTATED but a rule names it now; drop the entry"
    if not unstated and not named:
        return f"{where}: no rule names it but {said}"
    return ""


def seed_targets(op: str) -> Iterator[tuple[str | None, str, SeedRow]]:
    for row in expanded_rows(SEED_DATA, op):
        for container, name in row.targets():
            yield container, name, row


# --------------------------------------------------------------------------------------- tests


def test_seed_request_types() -> None:
    assert len(SEED_DATA.order) == EXPECTED_REQUEST_TYPES, SEED_DATA.order
    assert len(set(SEED_DATA.order)) == len(SEED_DATA.order), "a request type is documented twice"
    assert set(SPEC_DATA["operations"]) == set(SEED_DATA.order), {
        "missing in spec": sorted(set(SEED_DATA.order) - set(SPEC_DATA["operations"])),
        "extra in spec": sorted(set(SPEC_DATA["operations"]) - set(SEED_DATA.order)),
    }


def test_seed_parse_is_sound() -> None:
    """Guards the parser and the tables above against drifting from the seed."""
    rows = {op: SEED_DATA.rows[op] for op in SEED_DATA.order}
    assert sum(map(len, rows.values())) == EXPECTED_SEED_ROWS
    names = [(op, label(r.parent, r.name)) for op, op_rows in rows.items() for r in op_rows]
    assert {key for key in names if names.count(key) > 1} == SEED_DUPLICATES
    assert {r.requirement for op_rows in rows.values() for r in op_rows} <= set(REQUIREMENTS)
    record_rows = [r for op_rows in rows.values() for r in op_rows if r.parent or SHARED_ROW.match(r.name)]
    assert len(record_rows) == EXPECTED_RECORD_ROWS
    holders = {(op, c) for op, op_rows in rows.items() for r in op_rows for c, _ in r.targets() if c}
    assert holders == set(RECORD_PARAMS)
    assert [r.name for r in SEED_DATA.metadata_rows] == ["serialized_metadata", "raw_metadata"]
    assert SEED_DATA.metadata_types, "Api Metadata lists no request types"
    kinds = {(op, label(c, n)): row.kind for op in SEED_DATA.order for c, n, row in seed_targets(op)}
    for key in CONDITION_UNSTATED:
        assert kinds.get(key) == CONDITIONAL, key
    text = SEED.read_text(encoding="utf-8")
    for key, words in RULE_FROM_PROSE.items():
        assert kinds.get(key) == OPTIONAL, key
        assert words in text, key


@pytest.mark.parametrize("op", SEED_DATA.order)
def test_seed_params_in_spec(op: str) -> None:
    """Every seed row is a parameter, or a field of the record in RECORD_PARAMS, of the operation; and
    every parameter of the operation comes from a seed row."""
    assert op in SPEC_DATA["operations"], f"{op} missing in spec"
    problems = [problem for c, n, row in seed_targets(op) if (problem := _lookup(op, c, n)[2])]
    covered = {c or n for c, n, _ in seed_targets(op)}
    extra = [p["name"] for p in SPEC_DATA["operations"][op].get("params", []) if p["name"] not in covered]
    if extra:
        problems.append(f"spec params without a seed row: {extra}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("op", SEED_DATA.order)
def test_seed_requirements_agree(op: str) -> None:
    problems = [problem for c, n, row in seed_targets(op) if (problem := requirement_problem(op, c, n, row))]
    assert not problems, "\n".join(problems)
