"""The command line: exit codes, messages without tracebacks, and nothing written on error."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.output.writer import on_disk

ROOT = Path(__file__).resolve().parents[2]
GOLDEN_SPECS = ROOT / "tests" / "golden" / "specs"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True, text=True)


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, Path]:
    specs = tmp_path / "specs"
    shutil.copytree(GOLDEN_SPECS, specs)
    out = tmp_path / "generated"
    assert run("--specs", str(specs), "--out", str(out), "generate").returncode == 0
    return specs, out


def test_check_passes_on_a_fresh_tree_and_fails_after_a_spec_edit(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    assert run("--specs", str(specs), "--out", str(out), "generate", "--check").returncode == 0
    spec = specs / "acme.yaml"
    spec.write_text(spec.read_text().replace("description: List numbers.", "description: List all numbers."))
    before = on_disk(out / "acme_sdk")
    result = run("--specs", str(specs), "--out", str(out), "generate", "--check")
    assert result.returncode == 1
    assert "acme_sdk/acme_sdk/_operations.py" in result.stderr and "acme_sdk/acme_sdk/client.py" in result.stderr
    assert on_disk(out / "acme_sdk") == before


def test_a_broken_spec_lists_every_problem_and_writes_nothing(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    spec = specs / "acme.yaml"
    text = spec.read_text()
    text = text.replace("http_method: DELETE", "http_method: REMOVE")
    text = text.replace("type: Kind, description: Only this kind.", "type: Knd, description: Only this kind.")
    text = text.replace("  response_format: xml", "  response_format: xml\n  colour: blue")
    spec.write_text(text)
    before = on_disk(out / "acme_sdk")
    result = run("--specs", str(specs), "--out", str(out), "generate")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    problem_lines = [line for line in result.stderr.splitlines() if line.startswith(str(spec)) or "acme.yaml:" in line]
    assert len(problem_lines) == 3, result.stderr
    assert all(":" in line.split("acme.yaml:")[1] for line in problem_lines)
    assert "3 problem(s) in 1 file(s); nothing was written." in result.stderr
    assert on_disk(out / "acme_sdk") == before


def test_validate_accepts_explicit_paths_and_reports_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("spec_version: 2\nprovider: {}\n")
    result = run("validate", str(bad))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "bad.yaml:1:" in result.stderr and "operations" in result.stderr
    assert run("validate").returncode == 0


def test_list_shows_providers_and_operation_counts() -> None:
    result = run("--specs", str(GOLDEN_SPECS), "list")
    assert result.returncode == 0
    assert "acme" in result.stdout and "5 operations (4 mutating)" in result.stdout


def test_unknown_provider_is_a_diagnostic(tmp_path: Path) -> None:
    result = run("--specs", str(GOLDEN_SPECS), "--out", str(tmp_path), "generate", "nope")
    assert result.returncode == 1 and "unknown provider(s): nope" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_packages_no_spec_produces_are_stale_and_then_removed(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    (out / "old_sdk").mkdir()
    (out / "old_sdk" / "pyproject.toml").write_text("[project]\n")
    check = run("--specs", str(specs), "--out", str(out), "generate", "--check")
    assert check.returncode == 1 and "old_sdk/ (no spec produces it)" in check.stderr
    assert (out / "old_sdk").is_dir()
    assert run("--specs", str(specs), "--out", str(out), "generate").returncode == 0
    assert not (out / "old_sdk").exists() and (out / "acme_sdk").is_dir()


@pytest.fixture
def two_specs(tmp_path: Path) -> tuple[Path, Path, Path]:
    specs = tmp_path / "specs"
    shutil.copytree(GOLDEN_SPECS, specs)
    shutil.copy(ROOT / "specs" / "iovox.yaml", specs / "iovox.yaml")
    out, cache = tmp_path / "generated", tmp_path / "cache"
    first = run("--specs", str(specs), "--out", str(out), "--cache", str(cache), "generate")
    assert first.returncode == 0 and "acme_sdk, iovox_sdk" in first.stdout, first.stderr
    return specs, out, cache


def test_an_edit_regenerates_only_its_spec_and_nothing_changed_does_nothing(two_specs) -> None:
    specs, out, cache = two_specs
    command = ("--specs", str(specs), "--out", str(out), "--cache", str(cache), "generate")
    assert "nothing changed" in run(*command).stdout
    spec = specs / "acme.yaml"
    spec.write_text(spec.read_text().replace("description: List numbers.", "description: List all numbers."))
    before = on_disk(out / "iovox_sdk")
    edited = run(*command, "--timings")
    assert edited.returncode == 0, edited.stderr
    assert "generated 1 SDK(s)" in edited.stdout and "acme_sdk" in edited.stdout
    assert "timings: " in edited.stderr and "render" in edited.stderr and "iovox" not in edited.stdout
    assert on_disk(out / "iovox_sdk") == before
    assert run(*command[:-1], "generate", "--check").returncode == 0


def test_a_reused_spec_still_owns_its_provider_name(two_specs) -> None:
    specs, out, cache = two_specs
    spec = specs / "acme.yaml"
    spec.write_text(spec.read_text().replace("  name: acme\n", "  name: iovox\n", 1))
    result = run("--specs", str(specs), "--out", str(out), "--cache", str(cache), "generate")
    assert result.returncode == 1, result.stdout
    assert "provider 'iovox' is also defined in" in result.stderr and "acme.yaml:" in result.stderr


def test_a_changed_generated_file_is_regenerated(two_specs) -> None:
    specs, out, cache = two_specs
    target = out / "iovox_sdk" / "iovox_sdk" / "client.py"
    target.write_text("# edited by hand\n")
    command = ("--specs", str(specs), "--out", str(out), "--cache", str(cache), "generate")
    assert run(*command[:-1], "generate", "--check").returncode == 1
    assert "iovox_sdk" in run(*command).stdout
    assert target.read_text().startswith('"""``Client`` and ``AsyncClient``')


def test_global_options_work_after_the_subcommand_too(workspace: tuple[Path, Path], tmp_path: Path) -> None:
    specs, out = workspace
    after = run("generate", "--check", "--no-cache", "--specs", str(specs), "--out", str(out))
    assert after.returncode == 0, after.stderr
    assert "up to date" in after.stdout
    # Before the subcommand still works, and the subparser does not reset it.
    before = run("--specs", str(specs), "--out", str(out), "--no-cache", "generate", "--check")
    assert before.returncode == 0, before.stderr
    listing = run("list", "--specs", str(GOLDEN_SPECS))
    assert listing.returncode == 0 and "acme" in listing.stdout
    # `docs --out` keeps meaning the site folder.
    docs = run("docs", "--specs", str(GOLDEN_SPECS), "--no-build", "--src", str(tmp_path / "src"))
    assert docs.returncode == 0, docs.stderr


def test_check_diff_prints_the_unified_diff_of_what_would_change(workspace: tuple[Path, Path]) -> None:
    specs, out = workspace
    spec = specs / "acme.yaml"
    spec.write_text(spec.read_text().replace("description: List numbers.", "description: List all numbers."))
    before = on_disk(out / "acme_sdk")
    result = run("generate", "--check", "--diff", "--specs", str(specs), "--out", str(out))
    assert result.returncode == 1
    assert "--- a/acme_sdk/acme_sdk/client.py\n+++ b/acme_sdk/acme_sdk/client.py\n" in result.stdout
    assert any(line.startswith("+") and "List all numbers." in line for line in result.stdout.splitlines())
    assert any(line.startswith("-") and "List numbers." in line for line in result.stdout.splitlines())
    assert on_disk(out / "acme_sdk") == before
