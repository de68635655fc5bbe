"""Fuzz the spec loader: whatever a spec file holds, ``validate`` ends in located diagnostics, never a traceback.

Every committed spec (the SOAP one is its sidecar, beside its WSDL and XSD) is mutated the ways
hand edits and hostile files go wrong: random deletions of bytes or lines, values flipped to another
type, duplicated keys, references to types, fields and operations that do not exist, aliases that
contain themselves and records that contain themselves, and bytes that are not UTF-8. Each mutant
goes through what ``validate`` runs (load, then the passes, in-process for speed): a mutant either
loads, or gives diagnostics that each name the file, a line of it and a column; the mutations that
must break the spec are held to that, and to the diagnostic they should give. A few mutants go
through the command line too, which must exit 1 and leave ``generated/`` exactly as it was.

Hypothesis runs derandomized without a database (every run draws the same examples), with a
number of examples per spec sized so that the whole module takes a few seconds, and no example
may take 5 s. What turned up while writing it is pinned below and in ``test_loader.py``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.ir import Diagnostic
from generator.load.yaml_source import read_yaml
from generator.pipeline import load

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[3]
SPECS = {
    "iovox": ROOT / "specs" / "iovox.yaml",
    "voxbone": ROOT / "specs" / "voxbone" / "voxbone.yaml",
    "voicemeup": ROOT / "specs" / "voicemeup.yaml",
    "voipms": ROOT / "specs" / "voipms.yaml",
}
# Examples of each kind of mutation per spec: a mutant of the larger specs costs up to half a second
# (jsonschema explains a refused document).
EXAMPLES = {"iovox": 5, "voxbone": 5, "voicemeup": 2, "voipms": 1}
FLIPS = ["42", "true", "[1, 2]", "{x: 1}", "~", '"text"', "-1.5"]
BAD_BYTES = [0x80, 0xBF, 0xC0, 0xE9, 0xF5, 0xFF]  # none can follow an ASCII byte or start a character here


@dataclass(frozen=True)
class Mutant:
    """A mutated spec: what changed, its bytes, and what must come of it (None: loading or failing are fine)."""

    change: str
    raw: bytes
    must_fail: Callable[[list[Diagnostic]], bool] | None = None

    def __repr__(self) -> str:  # what a failing example prints: the change, not the whole spec
        return f"Mutant({self.change!r})"


@dataclass(frozen=True)
class Original:
    """A committed spec, read once: its bytes, text and positions."""

    raw: bytes
    text: str
    positions: dict[tuple[str | int, ...], tuple[int, int]]
    data: dict[str, object]


def original(name: str) -> Original:
    raw = SPECS[name].read_bytes()
    doc, problems = read_yaml(SPECS[name], name)
    assert doc is not None and not problems
    return Original(raw, raw.decode(), doc.positions, doc.data)


ORIGINALS = {name: original(name) for name in SPECS}


def line_col(raw: bytes, offset: int) -> tuple[int, int]:
    start = raw.rfind(b"\n", 0, offset) + 1
    return raw.count(b"\n", 0, offset) + 1, len(raw[start:offset].decode()) + 1


def mentions(fragment: str) -> Callable[[list[Diagnostic]], bool]:
    return lambda problems: any(fragment in p.message for p in problems)


# the mutations ------------------------------------------------------------------------------------


def pick(draw: st.DrawFn, places: Sequence[T]) -> T:
    """One of ``places`` (in document order), the simplest example being the middle one, not the first:
    with one or two examples per spec, the top of every spec would be all the fuzz ever saw."""
    index = draw(st.integers(0, len(places) - 1))
    return places[(index + len(places) // 2) % len(places)]


def content_start(spec: Original) -> int:
    """The offset of the first line that is not a comment (mutating a comment changes nothing)."""
    return spec.raw.index(b"\nspec_version:") + 1


def delete_bytes(draw: st.DrawFn, spec: Original) -> Mutant:
    start, length = pick(draw, range(content_start(spec), len(spec.raw))), draw(st.integers(1, 40))
    change = f"delete {spec.raw[start : start + length]!r} at line {line_col(spec.raw, start)[0]}"
    return Mutant(change, spec.raw[:start] + spec.raw[start + length :])


def delete_line(draw: st.DrawFn, spec: Original) -> Mutant:
    lines = spec.raw.split(b"\n")
    index = pick(draw, [i for i, line in enumerate(lines) if line.strip()[:1] not in (b"", b"#")])
    change = f"delete line {index + 1}: {lines.pop(index)!r}"
    return Mutant(change, b"\n".join(lines))


_KEY = re.compile(r"(?:^|(?<=[{,\s]))([A-Za-z_]\w*): ", re.MULTILINE)
_VALUE = re.compile(r'"[^"\n]*"|\'[^\'\n]*\'|\[[^\[\]\n]*\]|\{[^{}\n]*\}|[^,{}\[\]\n]*')


def flip_type(draw: st.DrawFn, spec: Original) -> Mutant:
    keys = [key for key in _KEY.finditer(spec.text) if key.start() >= content_start(spec)]
    key = pick(draw, [key for key in keys if "#" not in spec.text[: key.start()].rsplit("\n", 1)[-1]])
    value = _VALUE.match(spec.text, key.end())
    assert value is not None
    try:
        before = yaml.safe_load(value.group())
    except yaml.YAMLError:
        before = object()
    flip = draw(st.sampled_from([f for f in FLIPS if type(yaml.safe_load(f)) is not type(before)]))
    text = spec.text[: value.start()] + flip + spec.text[value.end() :]
    change = f"line {spec.text.count(chr(10), 0, key.start()) + 1}: {key.group(1)}: {value.group()} -> {flip}"
    return Mutant(change, text.encode())


def block_keys(spec: Original) -> list[tuple[int, int]]:
    """(line, column) of every key that starts its line in a block mapping."""
    lines = spec.text.split("\n")
    found = []
    for path, (line, column) in spec.positions.items():
        if path and isinstance(path[-1], str):
            text = lines[line - 1]
            if not text[: column - 1].strip() and text[column - 1 :].startswith(path[-1] + ":"):
                found.append((line, column))
    return sorted(set(found))


BLOCK_KEYS = {name: block_keys(spec) for name, spec in ORIGINALS.items()}


def duplicate_key(draw: st.DrawFn, spec: Original, name: str) -> Mutant:
    line, _ = pick(draw, BLOCK_KEYS[name])
    lines = spec.text.split("\n")
    lines.insert(line, lines[line - 1])
    return Mutant(f"repeat line {line}: {lines[line]!r}", "\n".join(lines).encode(), mentions("duplicate key"))


def unknown_reference(draw: st.DrawFn, spec: Original) -> Mutant:
    if "wsdl" in spec.data:  # a sidecar names WSDL operations
        names = list(spec.data["operations"])  # type: ignore[call-overload]
        pattern = r"^  ({})(?=:)"
    else:
        names = list(spec.data.get("types") or {})  # type: ignore[attr-defined]
        pattern = r"(?<=type: )\"?(?:list\[|csv\[)?({})\b"
    found = list(re.finditer(pattern.format("|".join(map(re.escape, names))), spec.text, re.MULTILINE))
    where = pick(draw, found)
    text = spec.text[: where.end(1)] + "Gone" + spec.text[where.end(1) :]
    change = f"line {spec.text.count(chr(10), 0, where.start()) + 1}: {where.group(1)} -> {where.group(1)}Gone"
    return Mutant(change, text.encode(), mentions(where.group(1) + "Gone"))


def cyclic_alias(draw: st.DrawFn, spec: Original) -> Mutant:
    starts = [
        m.start()
        for m in re.finditer(r"(?<=: |- )\{(?!\})", spec.text)
        # a flow mapping, not braces inside a quoted message such as "Invalid parameter: {name}"
        if not re.search(r"[\"']", spec.text[spec.text.rfind("\n", 0, m.start()) + 1 : m.start()])
    ]
    start = pick(draw, starts)
    text = spec.text[:start] + "&loop {back: *loop, " + spec.text[start + 1 :]
    line, column = line_col(text.encode(), text.index("*loop"))

    def at_the_alias(problems: list[Diagnostic]) -> bool:
        return [(p.line, p.column) for p in problems] == [(line, column)] and "cycle" in problems[0].message

    return Mutant(f"line {line}: &loop {{back: *loop, ...}}", text.encode(), at_the_alias)


def recursive_record(draw: st.DrawFn, spec: Original) -> Mutant:
    records = [name for name, t in (spec.data.get("types") or {}).items() if "fields" in t]  # type: ignore[attr-defined]
    record = pick(draw, records)
    fields = spec.data["types"][record]["fields"]  # type: ignore[index]
    line, column = spec.positions[("types", record, "fields", pick(draw, range(len(fields))), "type")]
    lines = spec.text.split("\n")
    value = _VALUE.match(lines[line - 1], column - 1 + len("type: "))
    assert value is not None
    lines[line - 1] = lines[line - 1][: value.start()] + f'"list[{record}]"' + lines[line - 1][value.end() :]
    return Mutant(f"line {line}: a field of {record} is a list[{record}]", "\n".join(lines).encode())


def not_utf8(draw: st.DrawFn, spec: Original) -> Mutant:
    boundaries = [i for i, byte in enumerate(spec.raw) if byte < 0x80]
    offset = pick(draw, boundaries)
    byte = draw(st.sampled_from(BAD_BYTES))
    raw = spec.raw[:offset] + bytes([byte]) + spec.raw[offset:]
    where = line_col(spec.raw, offset)

    def at_the_byte(problems: list[Diagnostic]) -> bool:
        return [(p.line, p.column) for p in problems] == [where] and "not UTF-8" in problems[0].message

    return Mutant(f"byte 0x{byte:02x} at line {where[0]}, column {where[1]}", raw, at_the_byte)


KINDS: dict[str, Callable[[st.DrawFn, Original, str], Mutant]] = {
    "delete bytes": lambda draw, spec, name: delete_bytes(draw, spec),
    "delete a line": lambda draw, spec, name: delete_line(draw, spec),
    "flip a type": lambda draw, spec, name: flip_type(draw, spec),
    "duplicate a key": duplicate_key,
    "an unknown reference": lambda draw, spec, name: unknown_reference(draw, spec),
    "an alias inside itself": lambda draw, spec, name: cyclic_alias(draw, spec),
    "a record inside itself": lambda draw, spec, name: recursive_record(draw, spec),
    "a byte that is not UTF-8": lambda draw, spec, name: not_utf8(draw, spec),
}
CASES = [(name, kind) for name in SPECS for kind in KINDS if (name, kind) != ("voxbone", "a record inside itself")]


@st.composite
def mutants(draw: st.DrawFn, name: str, kind: str) -> Mutant:
    return KINDS[kind](draw, ORIGINALS[name], name)


# the checks ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of specs/, so that a mutated sidecar still sits beside its WSDL and XSD."""
    specs = tmp_path_factory.mktemp("fuzz") / "specs"
    shutil.copytree(ROOT / "specs", specs)
    return specs


def spec_file(specs: Path, name: str) -> Path:
    return specs / SPECS[name].relative_to(ROOT / "specs")


def assert_located(problems: tuple[Diagnostic, ...] | list[Diagnostic], display: str, raw: bytes) -> None:
    lines = raw.count(b"\n") + 1
    for problem in problems:
        assert problem.file == display, problem
        assert 1 <= problem.line <= lines + 1 and problem.column >= 1, problem
        assert problem.message.strip(), problem


@pytest.mark.parametrize(("name", "kind"), CASES, ids=[f"{name}: {kind}" for name, kind in CASES])
def test_mutated_specs_give_located_diagnostics_or_load(name: str, kind: str, workspace: Path) -> None:
    path = spec_file(workspace, name)
    display = path.relative_to(workspace.parent).as_posix()

    @settings(
        max_examples=EXAMPLES[name],
        deadline=timedelta(seconds=5),  # an alias bomb took 20 s; a refused voipms mutant takes ~0.5 s
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(mutants(name, kind))
    def check(mutant: Mutant) -> None:
        path.write_bytes(mutant.raw)
        specs, problems = load(workspace, workspace.parent, [path])  # what `validate` runs
        assert_located(problems, display, mutant.raw)
        assert bool(specs) != bool(problems), problems
        if mutant.must_fail is not None:
            assert problems, "the spec still loads"
            assert mutant.must_fail(list(problems)), problems

    try:
        check()
    finally:
        path.write_bytes(SPECS[name].read_bytes())


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and modification time."""
    found = {}
    for dirpath, _, filenames in os.walk(folder):
        for filename in filenames:
            file = Path(dirpath, filename)
            found[file.relative_to(folder).as_posix()] = (file.read_bytes(), file.stat().st_mtime_ns)
    return found


CLI_MUTANTS = {
    "voipms, a byte that is not UTF-8": ("voipms", lambda raw: raw.replace(b"provider:", b"provider:\xff", 1)),
    "voicemeup, an alias inside itself": (
        "voicemeup",
        lambda raw: raw.replace(b"&e911_errors", b"&e911_errors [*e911_errors]\n    x:", 1),
    ),
    "iovox, a duplicate key": ("iovox", lambda raw: raw.replace(b"provider:\n", b"provider:\nprovider:\n", 1)),
    "voxbone, an unknown operation": ("voxbone", lambda raw: raw.replace(b"CancelDID:", b"CancelDIDGone:", 1)),
}


@pytest.mark.parametrize("case", sorted(CLI_MUTANTS))
def test_the_command_line_reports_mutants_and_writes_nothing(case: str, tmp_path: Path) -> None:
    name, mutate = CLI_MUTANTS[case]
    specs, out = tmp_path / "specs", tmp_path / "generated"
    path = spec_file(specs, name)
    if path.parent == specs:  # only the mutant: the others would be rendered for nothing
        specs.mkdir()
        path.write_bytes(mutate(SPECS[name].read_bytes()))
    else:
        shutil.copytree(SPECS[name].parent, path.parent)
        path.write_bytes(mutate(path.read_bytes()))
    shutil.copytree(ROOT / "generated", out, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    before, committed = snapshot(out), snapshot(ROOT / "generated")
    common = [sys.executable, "-m", "generator", "--specs", str(specs), "--cache", str(tmp_path / "cache")]
    for command in ([*common, "--out", str(out), "generate"], [*common, "validate", str(path)]):
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr
        located = [line for line in result.stderr.splitlines() if line.startswith(f"{path}:")]
        assert located and all(re.match(rf"{re.escape(str(path))}:\d+:\d+: ", line) for line in located)
        assert result.stderr.rstrip().endswith("nothing was written.")
    assert snapshot(out) == before
    assert snapshot(ROOT / "generated") == committed  # validate's default --out is generated/


def test_a_sidecar_operation_named_with_a_quote_is_a_diagnostic(workspace: Path) -> None:
    # The name went into an XPath expression as text: XPathEvalError, a traceback.
    path = spec_file(workspace, "voxbone")
    path.write_bytes(SPECS["voxbone"].read_bytes() + b'  "It\'s": {mutates: true}\n')
    try:
        specs, problems = load(workspace, workspace.parent, [path])
    finally:
        path.write_bytes(SPECS["voxbone"].read_bytes())
    assert not specs
    assert [(p.path, p.message) for p in problems] == [("operations.It's", "'It's' is not an operation of the WSDL")]
