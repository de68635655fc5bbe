"""The generated surface cross-check: each check's claim about old code, confirmed on real generated SDKs.

For every check, a case puts its change into a shared spec; the base SDK and each variant's
revised SDK are generated (passes, templates, ruff), and a caller written against the old SDK
is type-checked against both with ``mypy --strict`` in one run. A ``type`` claim must show as
that caller's error on the new SDK only; ``none`` and ``runtime`` claims must leave it clean; a
``runtime`` claim must also make the caller raise on the new SDK (and not on the old) against
``httpx.MockTransport``. Additions come with new code that only the new SDK accepts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.diff import CHECKS
from generator.ir import ApiSpec
from generator.output.format import format_files
from generator.output.writer import write_packages
from generator.passes import run_passes
from generator.render import render_spec
from tests.unit.diff.support import findings
from tests.unit.diff.surface import Part, Surface, assemble, caller_module, required_arguments
from tests.unit.diff.surface_cases import CASES, RESULTS

# Checks with nothing to show on an old SDK's surface.
EXEMPT = {
    "sdk-added": "there is no old SDK to write old code against",
    "sdk-version-not-bumped": "about the version line, not the surface",
}
GONE_PACKAGE = "sgone_sdk"  # the revision of sdk-removed: a package no spec produces any more
VARIANTS = sorted({case.variant for case in CASES})


@dataclass(frozen=True)
class Observed:
    """What mypy said about each caller module, and what each runtime caller raised."""

    errors: dict[str, list[str]]
    outcomes: dict[str, list[str]]


def spec_of(variant: str, side: str) -> ApiSpec:
    """The ``base`` or ``revision`` spec of one variant: every case of the variant, on that side."""
    parts: list[Part] = [RESULTS, *(getattr(c, side) for c in CASES if c.variant == variant)]
    return assemble(f"s{side[:3]}{variant}", parts)


def generate(specs: list[ApiSpec], out: Path) -> None:
    files = tuple(f for spec in specs for f in render_spec(spec))
    write_packages(out, format_files(files))


@pytest.fixture(scope="module")
def observed(tmp_path_factory: pytest.TempPathFactory) -> Observed:
    out = tmp_path_factory.mktemp("surface")
    bases = {v: run_passes(spec_of(v, "base")) for v in VARIANTS}
    revisions = {v: run_passes(spec_of(v, "revision")) for v in VARIANTS}
    generate([*bases.values(), *revisions.values()], out)
    modules: dict[str, str] = {}
    for case in CASES:
        base, revision = bases[case.variant], revisions[case.variant]
        old_required = required_arguments(base)
        modules[f"base__{case.slug}"] = caller_module(base.provider.package, case.caller, old_required)
        modules[f"rev__{case.slug}"] = caller_module(revision.provider.package, case.caller, old_required)
        if case.fresh:
            new_required = required_arguments(revision)
            modules[f"fresh__{case.slug}"] = caller_module(revision.provider.package, case.fresh, new_required)
            modules[f"stale__{case.slug}"] = caller_module(base.provider.package, case.fresh, old_required)
    first = bases[VARIANTS[0]]
    modules["base__sdk_removed"] = caller_module(first.provider.package, "client.ping()", required_arguments(first))
    modules["rev__sdk_removed"] = caller_module(GONE_PACKAGE, "client.ping()", required_arguments(first))
    callers = out / "callers"
    callers.mkdir()
    for name, text in modules.items():
        (callers / f"{name}.py").write_text(text, encoding="utf-8")
    # Each generated package folder holds its pyproject.toml and the import package itself.
    path = os.pathsep.join(str(out / spec.provider.package) for spec in (*bases.values(), *revisions.values()))
    environment = {**os.environ, "MYPYPATH": path, "PYTHONPATH": path}
    return Observed(_mypy(callers, sorted(modules), environment), _run(callers, environment))


def _mypy(folder: Path, modules: list[str], environment: dict[str, str]) -> dict[str, list[str]]:
    """mypy --strict over every caller module (and the SDKs they import), errors by module."""
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(folder / ".mypy_cache")]
    command += [f"{name}.py" for name in modules]
    done = subprocess.run(command, cwd=folder, env=environment, capture_output=True, text=True, check=False)
    errors: dict[str, list[str]] = {name: [] for name in modules}
    for line in done.stdout.splitlines():
        module, _, rest = line.partition(".py:")
        if module in errors and ": error:" in rest:
            errors[module].append(rest)
        elif ": error:" in line:
            raise AssertionError(f"a generated SDK does not type-check: {line}")
    return errors


_RUNNER = """
import contextlib, importlib, io, json, sys, warnings
import httpx

warnings.simplefilter("ignore")
outcomes = {}
for name, answer in json.loads(sys.argv[1]).items():
    module = importlib.import_module(name)
    transport = httpx.MockTransport(lambda request, answer=answer: httpx.Response(200, text=answer))
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # callers print what they get
            module.run(transport)
        outcomes[name] = []
    except Exception as exc:  # the claim names the class; record the whole tree
        outcomes[name] = [cls.__name__ for cls in type(exc).__mro__]
print(json.dumps(outcomes))
"""


def _run(folder: Path, environment: dict[str, str]) -> dict[str, list[str]]:
    """Run each runtime case's caller on the old and the new SDK; the exception classes each raised."""
    answers = {}
    for case in CASES:
        if case.raises:
            answers[f"base__{case.slug}"] = answers[f"rev__{case.slug}"] = case.answer
    command = [sys.executable, "-c", textwrap.dedent(_RUNNER), json.dumps(answers)]
    done = subprocess.run(command, cwd=folder, env=environment, capture_output=True, text=True, check=True)
    result: dict[str, list[str]] = json.loads(done.stdout)
    return result


def test_every_check_has_a_surface_case() -> None:
    covered = {case.check for case in CASES} | {"sdk-removed"}
    assert set(CHECKS) - covered - set(EXEMPT) == set()
    assert len({case.check for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.check for case in CASES])
def test_each_claim_holds_on_the_generated_sdks(case: Surface, observed: Observed) -> None:
    check = CHECKS[case.check]
    assert observed.errors[f"base__{case.slug}"] == [], "the caller does not even type-check on the old SDK"
    errors = observed.errors[f"rev__{case.slug}"]
    if check.surface == "type":
        assert any(case.error in e for e in errors), f"expected {case.error!r} on the new SDK, got {errors}"
    else:
        assert errors == [], f"{case.check} claims old code still type-checks: {errors}"
    if check.surface == "runtime":
        assert case.raises, "a runtime claim needs a runtime case"
        assert observed.outcomes[f"base__{case.slug}"] == [], "the old SDK already refuses the call"
        assert case.raises in observed.outcomes[f"rev__{case.slug}"], observed.outcomes[f"rev__{case.slug}"]
    else:
        assert not case.raises
    if case.fresh:
        assert observed.errors[f"fresh__{case.slug}"] == [], "new code does not type-check on the new SDK"
        assert observed.errors[f"stale__{case.slug}"], "the addition was already there in the old SDK"


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_diff_reports_every_change_of_the_variant(variant: str) -> None:
    reported = {f.check.id for f in findings(spec_of(variant, "base"), spec_of(variant, "revision"))}
    assert {case.check for case in CASES if case.variant == variant} - reported == set()


def test_a_removed_sdk_cannot_be_imported(observed: Observed) -> None:
    assert observed.errors["base__sdk_removed"] == []
    assert any("Cannot find implementation or library stub" in e for e in observed.errors["rev__sdk_removed"])
