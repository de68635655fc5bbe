"""Every VoIP.ms method's parameters in the spec and the SDK, against the REST docs, the seed and the WSDL.

The spec sends what the REST docs (``param_docs``) name, keeps what only the WSDL lists, and records every
difference between the two in the table of ``specs/notes/voipms.md`` (*Parameter sets*). The tests here read
that table: a difference without a row fails, a row without a difference fails, and the spec must do what
the row says. The seed's "... if a <filter> is provided" clauses must each name a parameter of the spec.
Types follow the WSDL's XSD types and required flags the docs' "(required)" markers, with the departures
listed below (each checked both ways, so no list can go stale).

Everything skips when ``../shared`` is absent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pytest

from generator.ir import ApiSpec, Field, Operation, TypeRef
from tests.conformance import voipms_refs as refs
from tests.conformance.voipms_refs import WsdlOperation, doc_of, documented_required, fail_with

# --------------------------------------------------------------------------------------------
# Type compatibility: the XSD type of a WSDL parameter -> the spec types it may become.
#
#   xsd:string  -> string, date, datetime (always: the WSDL types every free value as a string);
#                  an enum, when the parameter's docs name at least one of the enum's values;
#                  boolean, when the docs describe a 1/0 flag (see FLAG_EVIDENCE);
#                  integer or decimal, only for the parameters in NUMERIC_STRINGS.
#   xsd:integer -> integer; boolean when the docs describe a 1/0 flag; a string whose pattern
#                  accepts digits only (DIGITS_PATTERN: leading zeros matter); a plain string only
#                  for the parameters in INTEGER_AS_STRING.
#   xsd:decimal -> decimal; boolean when the docs describe a flag ("If set to true").
#   xsd:boolean -> boolean.
#   (none)      -> a parameter only the REST docs list: any scalar; boolean and enums need the
#                  same evidence in its docs as above.
#
# An undocumented parameter borrows the docs of the same-named parameter of another operation
# (the spec describes those "by analogy").
# --------------------------------------------------------------------------------------------

ALWAYS: Mapping[str | None, frozenset[str]] = {
    "xsd:string": frozenset({"string", "date", "datetime"}),
    "xsd:integer": frozenset({"integer"}),
    "xsd:decimal": frozenset({"decimal"}),
    "xsd:boolean": frozenset({"boolean"}),
    None: frozenset({"string", "integer", "decimal", "date", "datetime"}),
}
FLAG_EVIDENCE = re.compile(
    r"boolean|\b1\s*=|=\s*1\b|\b1/0\b|\btrue\b|enabl|choose yes|\b1\b.*\b0\b", re.IGNORECASE | re.DOTALL
)
DIGITS_PATTERN = re.compile(r"\^\[0-9\](\{\d+(,\d+)?\}|\+)\$")

#: xsd:string parameters the spec types as numbers: (operation, parameter) -> reason.
NUMERIC_STRINGS: Mapping[tuple[str, str], str] = {
    **{
        (op, "type"): "docs: 'Boolean: 1 = received / 0 = sent', an integer 0..1 (not a yes/no flag)"
        for op in ("getSMS", "getMMS", "getResellerSMS", "getResellerMMS")
    },
    **{
        (op, "limit"): "docs: 'Number of records (Example: 20) - Default value: 50'"
        for op in ("getSMS", "getMMS", "getResellerSMS", "getResellerMMS")
    },
    **{
        (op, "timezone"): "docs: 'Numeric: -12 to 13' (a decimal hour offset)"
        for op in ("getSMS", "getMMS", "getResellerSMS", "getResellerMMS")
    },
    ("setQueue", "priority_weight"): "docs: 'Values 1 to 60'",
    ("setForwarding", "pause"): "docs: 'Example: 1.5 / Values: 0 to 10' (a decimal)",
}

#: xsd:integer parameters the spec keeps as plain strings: (operation, parameter) -> reason.
INTEGER_AS_STRING: Mapping[tuple[str, str], str] = {
    ("setPhonebook", "number"): "docs allow a SIP URI: 'sip:2563' or '5552223333'",
    ("setQueue", "callerid_prefix"): "a text prefix shown before the caller ID, not a number",
}

# --------------------------------------------------------------------------------------------
# Required flags: the spec follows the "(required)" markers of param_docs except for these.
# (operation, parameter) -> (required in the spec, reason)
# --------------------------------------------------------------------------------------------

REQUIRED_DEPARTURES: Mapping[tuple[str, str], tuple[bool, str]] = {
    ("getResellerSMS", "client"): (True, "only in the WSDL; 'client => [Required]' is inside `to`'s docs"),
    ("getResellerMMS", "client"): (True, "only in the WSDL; 'client => [Required]' is inside `to`'s docs"),
    ("setRecording", "file"): (False, "a rule: required to create (no `recording`), optional on update"),
    ("setRecording", "name"): (False, "a rule: required to create (no `recording`), optional on update"),
}
#: Departures expressed as a rule in the spec (the rule must name the parameter).
RULE_BACKED = frozenset({("setRecording", "file"), ("setRecording", "name")})

# --------------------------------------------------------------------------------------------
# The seed: "- Retrieves a specific Callback if a Callback code is provided."
# --------------------------------------------------------------------------------------------

SEED_CLAUSE = re.compile(r"\bif (?!no\b)(.+?)(?: (?:is|are) (?:provided|true|available)| parameter)", re.IGNORECASE)
#: Words that name no parameter ("a Callback code" -> callback).
SEED_FILLER = frozenset({"a", "an", "the", "specific", "code", "id", "value", "number", "parameter"})
#: Clauses the word match cannot read: (method, clause) -> the parameters they name (() for none), why.
SEED_BY_HAND: Mapping[tuple[str, str], tuple[tuple[str, ...], str]] = {
    ("getBalanceManagement", "a code"): (("balance_management",), "only 'code' is said"),
    ("getDIDsInfo", "a Sub Accunt"): (("client",), "typo of 'Sub Account', which client also takes"),
    ("getDIDsInfo", "the SMS"): ((), "'if the SMS is available' is a condition of the DID"),
    ("getEmailToFax", "a ID"): (("id",), "only 'ID' is said"),
    ("getForwardings", "a fwd code"): (("forwarding",), "fwd abbreviates forwarding"),
    ("setForwarding", "a fwd code"): (("forwarding",), "fwd abbreviates forwarding"),
    ("getLocales", "a language code"): (("locale",), "a locale code is a language code (en-US)"),
    ("getMusicOnHold", "a MOH code"): (("music_on_hold",), "MOH abbreviates music on hold"),
    ("getVoicemailMessages", "a from and to"): (("date_from", "date_to"), "the two ends of a date range"),
    ("getVoicemails", "a voicemail code"): (("mailbox",), "a voicemail box is named by its mailbox"),
    ("setPhonebookGroup", "a member list"): (("members",), "the list of member entries"),
}
#: Functions of the seed that neither the WSDL nor the REST docs have: in the spec from other public
#: clients (specs/notes/voipms.md, *Seed-only functions*), REST-only.
SEED_ONLY_FUNCTIONS = frozenset({"getSequences", "setSequences", "delSequences", "getInvoice"})

# --------------------------------------------------------------------------------------------
# The notes' table of differences
# --------------------------------------------------------------------------------------------

TABLE_HEADING = "## Parameter sets: the REST docs, the seed and the WSDL"
TABLE_HEADER = "| method | parameter | difference | resolution |"
KINDS = re.compile(r"REST docs only|WSDL only|WSDL: `(?P<wsdl>\w+)`")


@dataclass(frozen=True)
class Difference:
    """One row of the notes' table: the method, the spec's parameter, the kind of difference, its resolution."""

    method: str
    parameter: str
    kind: str  # "REST docs only", "WSDL only" or "WSDL name"
    wsdl_name: str | None
    resolution: str


def recorded_differences() -> dict[tuple[str, str], Difference]:
    """The table under TABLE_HEADING in specs/notes/voipms.md, by (method, parameter)."""
    text = refs.NOTES.read_text(encoding="utf-8")
    assert TABLE_HEADING in text, f"{refs.NOTES.name} has no section {TABLE_HEADING!r}"
    lines = text.split(TABLE_HEADING, 1)[1].splitlines()
    start = lines.index(TABLE_HEADER) + 2
    rows: dict[tuple[str, str], Difference] = {}
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        assert len(cells) == 4, f"malformed row: {line}"
        method, parameter, kind, resolution = (cells[0].strip("`"), cells[1].strip("`"), cells[2], cells[3])
        match = KINDS.fullmatch(kind)
        assert match is not None, f"{method}.{parameter}: unknown difference {kind!r}"
        assert (method, parameter) not in rows, f"{method}.{parameter} has two rows"
        wsdl_name = match.group("wsdl")
        rows[(method, parameter)] = Difference(
            method, parameter, "WSDL name" if wsdl_name else kind, wsdl_name, resolution
        )
    return rows


# --------------------------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def wsdl() -> dict[str, WsdlOperation]:
    return refs.wsdl_operations()[0]


@pytest.fixture(scope="module")
def param_docs() -> dict[str, dict[str, str]]:
    docs: dict[str, dict[str, str]] = refs.responses()["param_docs"]
    return docs


@pytest.fixture(scope="module")
def spec() -> ApiSpec:
    return refs.spec()


@pytest.fixture(scope="module")
def operations() -> dict[str, Operation]:
    return refs.operations()


@pytest.fixture(scope="module")
def sdk() -> Any:
    return pytest.importorskip("voipms_sdk")


@pytest.fixture(scope="module")
def differences() -> dict[tuple[str, str], Difference]:
    return recorded_differences()


def _wsdl_name(differences: Mapping[tuple[str, str], Difference], method: str, parameter: str) -> str:
    """The WSDL's name of a spec parameter (its own name unless the notes record another)."""
    row = differences.get((method, parameter))
    return row.wsdl_name if row is not None and row.wsdl_name else parameter


def _rest_name(differences: Mapping[tuple[str, str], Difference], method: str, wsdl_name: str) -> str:
    """The spec's (REST) name of a WSDL parameter."""
    renamed = {row.wsdl_name: row.parameter for row in differences.values() if row.method == method and row.wsdl_name}
    return renamed.get(wsdl_name, wsdl_name)


# --------------------------------------------------------------------------------------------
# Parameter sets
# --------------------------------------------------------------------------------------------


def actual_differences(
    wsdl: Mapping[str, WsdlOperation], param_docs: Mapping[str, Mapping[str, str]], recorded: Mapping[Any, Difference]
) -> set[tuple[str, str, str]]:
    """(method, REST or WSDL name, kind) of every parameter the two references do not both list."""
    found: set[tuple[str, str, str]] = set()
    for method, ref in wsdl.items():
        documented = set(param_docs.get(method, {}))
        listed = {_rest_name(recorded, method, name) for name, _ in ref.params}
        found |= {(method, name, "REST docs only") for name in documented - listed}
        found |= {(method, name, "WSDL only") for name in listed - documented}
        found |= {
            (method, row.parameter, "WSDL name")
            for row in recorded.values()
            if row.method == method and row.wsdl_name in dict(ref.params) and row.parameter in documented
        }
    return found


def test_the_notes_table_is_there_and_well_formed(differences):
    assert differences, "the notes' table of parameter differences is empty"
    assert all(row.resolution for row in differences.values())


def test_every_difference_between_the_references_is_recorded(wsdl, param_docs, differences):
    recorded = {(row.method, row.parameter, row.kind) for row in differences.values()}
    missing = sorted(actual_differences(wsdl, param_docs, differences) - recorded)
    fail_with([f"{m}.{p}: {kind}" for m, p, kind in missing], "differences without a row in specs/notes/voipms.md")


def test_every_recorded_difference_is_real(wsdl, param_docs, differences):
    actual = actual_differences(wsdl, param_docs, differences)
    stale = sorted(
        f"{row.method}.{row.parameter}: {row.kind}"
        for row in differences.values()
        if (row.method, row.parameter, row.kind) not in actual
    )
    fail_with(stale, "rows of the notes' table that match no difference of the references")


def test_the_spec_sends_what_each_resolution_says(wsdl, param_docs, operations, differences):
    problems = []
    for name, ref in sorted(wsdl.items()):
        got = [param.wire_name for param in operations[name].params]
        if len(got) != len(set(got)):
            problems.append(f"{name}: repeated parameters {sorted(p for p in got if got.count(p) > 1)}")
        expected = set(param_docs.get(name, {})) | {_rest_name(differences, name, p) for p, _ in ref.params}
        if set(got) != expected:
            missing, extra = sorted(expected - set(got)), sorted(set(got) - expected)
            problems.append(f"{name}: missing {missing}, in neither reference {extra}")
        for row in differences.values():
            if row.method == name and row.wsdl_name in got:
                problems.append(f"{name}: sends the WSDL's {row.wsdl_name!r} instead of {row.parameter!r}")
    fail_with(problems, "operations whose parameters are not the union of the references (REST names)")


def test_sdk_parameters_are_the_spec_parameters(operations, sdk):
    problems = []
    for name, op in sorted(operations.items()):
        got = [param.wire_name for param in sdk.OPERATIONS[name].params]
        if got != [param.wire_name for param in op.params]:
            problems.append(f"{name}: SDK {got} != spec {[p.wire_name for p in op.params]}")
    fail_with(problems, "SDK operations whose parameters differ from the spec")


# --------------------------------------------------------------------------------------------
# The seed
# --------------------------------------------------------------------------------------------


def _clause_names(clause: str, op: Operation, docs: Mapping[str, str]) -> list[str]:
    """The parameters whose name or docs carry the clause's words ("a Call Parking ID" -> callparking)."""
    words = [word for word in re.findall(r"[a-z0-9]+", clause.lower()) if word not in SEED_FILLER]
    joined = "".join(words)
    found = []
    for param in op.params:
        name = param.wire_name.replace("_", "").lower()
        text = set(re.findall(r"[a-z0-9]+", docs.get(param.wire_name, "").lower()))
        if (joined and (joined in name or name in joined)) or (words and all(word in text for word in words)):
            found.append(param.wire_name)
    return found


def test_every_seed_function_is_a_spec_operation(operations, wsdl):
    functions = refs.seed_functions()
    assert sorted(set(functions) - set(operations)) == []
    assert sorted(set(functions) - set(wsdl)) == sorted(SEED_ONLY_FUNCTIONS)
    assert [name for name in SEED_ONLY_FUNCTIONS if operations[name].rpc] == [], "seed-only functions are REST-only"


def test_seed_only_functions_are_recorded_with_their_sources():
    notes = refs.NOTES.read_text(encoding="utf-8")
    section = notes.split("## Seed-only functions", 1)[1].split("\n## ", 1)[0]
    for name in SEED_ONLY_FUNCTIONS:
        assert f"`{name}`" in section, f"{name} has no entry in the notes' seed-only section"
    assert section.count("https://") >= 2, "the seed-only section names its public sources"


def test_every_filter_the_seed_names_is_a_parameter(operations, param_docs):
    problems = []
    used: set[tuple[str, str]] = set()
    for name, text in sorted(refs.seed_functions().items()):
        if name in SEED_ONLY_FUNCTIONS:
            continue
        op = operations[name]
        for clause in SEED_CLAUSE.findall(text):
            if (name, clause) in SEED_BY_HAND:
                used.add((name, clause))
                wanted, _ = SEED_BY_HAND[(name, clause)]
                absent = [wire for wire in wanted if wire not in {p.wire_name for p in op.params}]
                if absent:
                    problems.append(f"{name}: {clause!r} names {absent}, which the spec lacks")
            elif not _clause_names(clause, op, param_docs.get(name, {})):
                problems.append(f"{name}: the seed says {clause!r}; params {[p.wire_name for p in op.params]}")
    stale = sorted(set(SEED_BY_HAND) - used)
    fail_with(problems + [f"{m}: {c!r} is no clause of the seed" for m, c in stale], "seed filters without a parameter")


def test_seed_clauses_matched_by_hand_need_the_hand(operations, param_docs):
    for (name, clause), (_, reason) in SEED_BY_HAND.items():
        assert reason
        assert not _clause_names(clause, operations[name], param_docs.get(name, {})), f"{name}: {clause!r} matches"


# --------------------------------------------------------------------------------------------
# Types
# --------------------------------------------------------------------------------------------


def _compatible(spec: ApiSpec, op: str, param: Field, xsd: str | None, doc: str) -> str | None:
    """None when ``param``'s spec type may stand for ``xsd`` (None: not in the WSDL); otherwise why not."""
    ref: TypeRef = param.type
    enums = {enum.name: enum for enum in spec.enums}
    if ref.name in ALWAYS.get(xsd, frozenset()):
        return None
    key = (op, param.wire_name)
    if ref.name == "boolean" and xsd in (None, "xsd:string", "xsd:integer", "xsd:decimal"):
        return None if FLAG_EVIDENCE.search(doc) else f"boolean, but the docs describe no flag: {doc!r}"
    if xsd in (None, "xsd:string") and ref.name in enums:
        values = [str(v).lower() for v in enums[ref.name].values]
        if any(re.search(rf"\b{re.escape(v)}\b", doc, re.IGNORECASE) for v in values):
            return None
        return f"enum {ref.name}, but the docs name none of {values}: {doc!r}"
    if xsd == "xsd:string" and ref.name in ("integer", "decimal"):
        return None if key in NUMERIC_STRINGS else f"{ref.name} from xsd:string is not in NUMERIC_STRINGS"
    if xsd == "xsd:integer" and ref.name == "string":
        pattern = param.constraints.pattern
        if pattern is not None and DIGITS_PATTERN.fullmatch(pattern):
            return None
        return None if key in INTEGER_AS_STRING else f"string without a digits-only pattern ({pattern!r})"
    return f"{ref.name} is not compatible with {xsd}"


def test_parameter_types_are_compatible_with_the_references(wsdl, operations, spec, param_docs, differences):
    problems = []
    for name, op in sorted(operations.items()):
        if name in SEED_ONLY_FUNCTIONS:
            continue  # no reference lists their parameters (the notes give the sources)
        xsd_types = dict(wsdl[name].params)
        for param in op.params:
            xsd = xsd_types.get(_wsdl_name(differences, name, param.wire_name))
            why = _compatible(spec, name, param, xsd, doc_of(param_docs, name, param.wire_name))
            if why is not None:
                problems.append(f"{name}.{param.wire_name} ({xsd or 'REST docs only'}): {why}")
    fail_with(problems, "parameters typed incompatibly with the references")


def test_type_allowlists_hold_only_real_departures(wsdl, operations):
    stale = []
    for (name, wire), reason in {**NUMERIC_STRINGS, **INTEGER_AS_STRING}.items():
        xsd = dict(wsdl[name].params).get(wire)
        param = next((p for p in operations[name].params if p.wire_name == wire), None)
        wanted = ("integer", "decimal") if (name, wire) in NUMERIC_STRINGS else ("string",)
        if param is None or xsd is None or param.type.name not in wanted or not reason:
            stale.append(f"{name}.{wire}: {xsd} -> {param.type.name if param else None}")
    fail_with(stale, "stale type allowlist entries")


# --------------------------------------------------------------------------------------------
# Required flags
# --------------------------------------------------------------------------------------------


def test_required_flags_follow_the_documented_markers(operations, param_docs):
    problems = []
    for name, op in sorted(operations.items()):
        if name in SEED_ONLY_FUNCTIONS:
            continue  # required as the public clients mark them (the notes)
        for param in op.params:
            documented = documented_required(param_docs, name, param.wire_name)
            expected = REQUIRED_DEPARTURES.get((name, param.wire_name), (documented, ""))[0]
            if param.required != expected:
                problems.append(
                    f"{name}.{param.wire_name}: spec required={param.required}, docs say {documented}: "
                    f"{param_docs.get(name, {}).get(param.wire_name, '<undocumented>')!r}"
                )
    fail_with(problems, "required flags that disagree with the docs' (required) markers")


def test_required_departures_are_real_and_explained(operations, param_docs):
    stale = []
    for (name, wire), (required, reason) in REQUIRED_DEPARTURES.items():
        param = next((p for p in operations[name].params if p.wire_name == wire), None)
        if param is None or param.required != required or not reason:
            stale.append(f"{name}.{wire}: not a parameter with required={required}")
        elif documented_required(param_docs, name, wire) == required:
            stale.append(f"{name}.{wire}: the docs agree now; drop it from REQUIRED_DEPARTURES")
    fail_with(stale, "stale REQUIRED_DEPARTURES entries")


def test_rule_backed_departures_have_their_rule(operations):
    missing = []
    for name, wire in sorted(RULE_BACKED):
        named = {field for rule in operations[name].rules for field in (*rule.fields, rule.condition) if field}
        if wire not in named:
            missing.append(f"{name}.{wire}")
    fail_with(missing, "optional parameters documented as required without a rule that requires them")


def test_sdk_required_flags_match_the_spec(operations, sdk):
    problems = []
    for name, op in sorted(operations.items()):
        spec_flags = {p.wire_name: p.required for p in op.params}
        sdk_flags = {p.wire_name: p.required for p in sdk.OPERATIONS[name].params}
        if spec_flags != sdk_flags:
            problems.append(f"{name}: spec {spec_flags} != SDK {sdk_flags}")
    fail_with(problems, "operations whose SDK required flags differ from the spec")
