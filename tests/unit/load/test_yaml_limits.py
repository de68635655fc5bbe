"""Hostile YAML: each file past a limit of ``yaml_limits`` is one located diagnostic with a fix, never a traceback.

Issue 20's reproducers: a 5000-digit integer, a self-referencing alias and a NUL byte gave tracebacks; a
few hundred bytes of nested aliases made ``validate`` use 2.6 GB and die of MemoryError. Both readers
are held to it: the C parser (libyaml) and PyYAML's pure-Python one, which report positions differently.
"""

from __future__ import annotations

import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
import yaml

from generator.ir import Diagnostic
from generator.load import load_one, yaml_limits, yaml_source
from generator.load.yaml_source import read_yaml

ROOT = Path(__file__).resolve().parents[3]
IOVOX = (ROOT / "specs" / "iovox.yaml").read_text(encoding="utf-8")
LOADERS = [pytest.param(yaml.SafeLoader, id="python")]
if hasattr(yaml, "CSafeLoader"):
    LOADERS.append(pytest.param(yaml.CSafeLoader, id="libyaml"))


@pytest.fixture(params=LOADERS, autouse=True)
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yaml_source, "_Loader", request.param)


def alias_bomb(levels: int = 9) -> str:
    """A billion laughs: each level is nine aliases of the one before (9**9 values from ~350 bytes)."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for before, name in zip("abcdefghijklmnop", "bcdefghijklmnopq", strict=False):
        if len(lines) == levels:
            break
        lines.append(f"{name}: &{name} [{','.join(['*' + before] * 9)}]")
    return "\n".join(lines) + "\n"


def position(text: str, needle: str) -> tuple[int, int]:
    """The 1-based line and column of the first ``needle`` in ``text``."""
    offset = text.index(needle)
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def refused(path: Path) -> Diagnostic:
    doc, problems = read_yaml(path, "spec.yaml")
    assert doc is None, "the document was read"
    (problem,) = problems
    assert problem.file == "spec.yaml" and problem.line >= 1 and problem.column >= 1
    assert problem.message and problem.hint
    return problem


def test_a_5000_digit_integer(write_spec) -> None:
    text = IOVOX.replace("spec_version: 1", "spec_version: " + "9" * 5000, 1)
    problem = refused(write_spec(text))
    assert (problem.line, problem.column) == position(text, "9999")
    assert problem.path == "spec_version" and "5,000 digits" in problem.message and "quote it" in problem.hint


@pytest.mark.parametrize("value", ["!!int '" + "9" * 5000 + "'", "0b" + "1" * 20_000, "-" + "1_000" * 10])
def test_long_integers_in_every_spelling(write_spec, value: str) -> None:
    text = f"a: 1\nb: {value}\n"
    problem = refused(write_spec(text))
    assert (problem.line, problem.column) == (2, 4) and "digits" in problem.message


def test_twenty_digits_are_still_an_integer(write_spec) -> None:
    doc, problems = read_yaml(write_spec("a: 18446744073709551615\nb: '" + "9" * 50 + "'\n"), "spec.yaml")
    assert doc is not None and not problems
    assert doc.data == {"a": 2**64 - 1, "b": "9" * 50}


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        ("a: &x [1, *x]\n", "*x"),
        ("a: &x {b: {c: *x}}\n", "*x"),
        ("a: &x\n  <<: *x\n", "*x"),  # a merge key leaves the fast reader; PyYAML's composer would loop
        ("t: !!str x\na: &x [*x]\n", "*x"),
    ],
)
def test_a_self_referencing_alias(write_spec, text: str, alias: str) -> None:
    problem = refused(write_spec(text))
    assert (problem.line, problem.column) == position(text, alias)
    assert "cycle" in problem.message


def test_a_nul_byte(write_spec) -> None:
    text = IOVOX[:300] + "\0" + IOVOX[300:]
    problem = refused(write_spec(text))
    assert (problem.line, problem.column) == position(text, "\0")
    assert "U+0000" in problem.message and "delete it" in problem.hint


def test_a_control_character_after_non_ascii_text(write_spec) -> None:
    text = "a: café → ok\nb: x\x07y\n"
    problem = refused(write_spec(text))
    assert (problem.line, problem.column) == (2, 5) and "U+0007" in problem.message


def test_an_alias_bomb_is_refused_in_little_memory(write_spec) -> None:
    text = alias_bomb()
    assert len(text.encode()) < 400
    path = write_spec(text)
    tracemalloc.start()
    try:
        problem = refused(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 10 * 1024 * 1024, f"{peak / 1e6:.0f} MB"  # it took 2.6 GB and a MemoryError
    assert "alias bomb" in problem.message
    line, column = problem.line, problem.column
    assert text.splitlines()[line - 1][column - 1] == "*"


def test_the_aliases_of_the_committed_specs_are_read(write_spec) -> None:
    doc, problems = read_yaml(ROOT / "specs" / "voicemeup.yaml", "voicemeup.yaml")
    assert doc is not None and not problems
    shared = doc.data["operations"]["check_e911"]["errors"]
    assert len(shared) == 16 and doc.locate(("operations", "check_e911", "errors", 15)) > (1, 1)


def test_aliases_up_to_the_bound_are_read(write_spec) -> None:
    rows = ", ".join(str(n) for n in range(99))  # a list of 100 values, repeated 99 times
    text = f"a: &a [{rows}]\nb: [{', '.join(['*a'] * 99)}]\n"
    doc, problems = read_yaml(write_spec(text), "spec.yaml")
    assert doc is not None and not problems and len(doc.data["b"]) == 99
    problem = refused(write_spec(text.replace("]\n", ", *a]\n", 2)))
    assert "alias" in problem.message


def test_non_utf8_bytes_are_located(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    lines = IOVOX.encode().split(b"\n")
    lines[4] = lines[4][:6] + "é".encode("latin-1") + lines[4][6:]
    path.write_bytes(b"\n".join(lines))
    problem = refused(path)
    assert (problem.line, problem.column) == (5, 7)
    assert "not UTF-8" in problem.message and "0xe9" in problem.message and problem.hint == "save the file as UTF-8"


def test_a_50_mb_spec_is_refused_where_it_passes_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    line = b"# " + b"x" * 97 + b"\n"  # 100 bytes
    path.write_bytes(IOVOX.encode() + line * 500_000)
    assert path.stat().st_size > 50_000_000
    tracemalloc.start()
    try:
        problem = refused(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 3 * yaml_limits.MAX_BYTES  # only the first 2 MiB are ever read
    expected_line = IOVOX.count("\n") + (yaml_limits.MAX_BYTES - len(IOVOX.encode())) // 100 + 1
    assert problem.line == expected_line and problem.column == (yaml_limits.MAX_BYTES - len(IOVOX.encode())) % 100 + 1
    assert "larger than 2 MiB" in problem.message


def test_deep_nesting_is_refused(write_spec) -> None:
    text = "a:\n" + "".join("  " * depth + "- \n" for depth in range(1, 40))
    problem = refused(write_spec(text))
    assert problem.line == yaml_limits.MAX_DEPTH + 1 and "levels deep" in problem.message


@pytest.mark.parametrize("loader", LOADERS[-1:], indirect=True)  # the pure-Python reader takes seconds
def test_too_many_values_are_refused(write_spec) -> None:
    text = "a: [" + "1," * yaml_limits.MAX_NODES + "1]\n"
    assert len(text) < yaml_limits.MAX_BYTES
    problem = refused(write_spec(text))
    index = yaml_limits.MAX_NODES - 3  # the document, the key and the list come first
    assert (problem.line, problem.column, problem.path) == (1, len("a: [") + 2 * index + 1, f"a[{index}]")
    assert "100,000 values" in problem.message


@pytest.mark.parametrize(
    ("value", "kind"),
    [("2024-13-45", "timestamp"), ("2024-01-15 10:00:00 +25:00", "timestamp"), ("!!float x", "float")],
)
def test_scalars_that_cannot_be_what_they_look_like(write_spec, value: str, kind: str) -> None:
    text = f"a: 1\nb: {value}\n"
    problem = refused(write_spec(text))
    assert (problem.line, problem.column) == (2, 4) and kind in problem.message


def test_non_json_values_get_one_located_diagnostic_each(write_spec) -> None:
    text = IOVOX.replace("spec_version: 1", "spec_version: 1\n7: x\non: y\nwhen: 2024-01-15", 1)
    spec, problems = load_one(write_spec(text), "spec.yaml")
    assert spec is None
    assert [(p.line, p.path, p.message) for p in problems] == [
        (3, "7", "the key 7 reads as an integer, not as text"),
        (4, "True", "the key True reads as a boolean, not as text"),
        (5, "when", "2024-01-15 reads as a date, which a spec cannot hold"),
    ]


CLI_CASES = {
    "bomb": alias_bomb().encode(),
    "nul": IOVOX.replace("provider:", "provider:\0", 1).encode(),
    "integer": IOVOX.replace("spec_version: 1", "spec_version: " + "9" * 5000, 1).encode(),
    "latin1": IOVOX.replace("iovox", "iovòx", 1).encode("latin-1"),
    "cycle": b"spec_version: 1\nprovider: &p {name: x, self: *p}\n",
}


@pytest.mark.parametrize("loader", LOADERS[-1:], indirect=True)  # one reader: the CLI uses the default
@pytest.mark.parametrize("name", sorted(CLI_CASES))
def test_validate_reports_each_case_without_a_traceback(tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(CLI_CASES[name])
    command = [sys.executable, "-m", "generator", "validate", str(path)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    first, fix, summary = result.stderr.splitlines()
    assert first.startswith(f"{path}:") and first.split(":")[1].isdigit() and first.split(":")[2].isdigit()
    assert fix.startswith("    fix: ") and summary == "1 problem(s) in 1 file(s); nothing was written."
