"""The command line: exit codes, messages without tracebacks, and nothing written on error."""

from __future__ import annotations

import json
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
    # The repository's own .cache stays out of it (and tests running side by side out of each other's way).
    assert run("--specs", str(specs), "--out", str(out), "--cache", str(tmp_path / "cache"), "generate").returncode == 0
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


def test_validate_takes_providers_as_generate_does() -> None:
    result = run("validate", "iovox", "voxbone")
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "specs/iovox.yaml: ok (4 operations)",
        "specs/voxbone/voxbone.yaml: ok (18 operations)",
    ]
    folder = run("validate", "specs/voxbone", "voxbone", "specs/iovox.yaml", "iovox")  # a folder, and each once
    assert folder.returncode == 0, folder.stderr
    assert folder.stdout.splitlines() == [
        "specs/voxbone/voxbone.yaml: ok (18 operations)",
        "specs/iovox.yaml: ok (4 operations)",
    ]
    unknown = run("validate", "iovx")
    assert unknown.returncode == 1 and "Traceback" not in unknown.stderr
    assert "iovx:1:1: <document>: no such spec file or provider\n    fix: did you mean 'iovox'?" in unknown.stderr


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


def test_every_file_a_soap_spec_reads_is_in_its_record(tmp_path: Path) -> None:
    # The XSD lives in a subfolder the WSDL points to: its edits must still be seen.
    specs, out, cache = tmp_path / "specs", tmp_path / "generated", tmp_path / "cache"
    shutil.copytree(ROOT / "specs" / "voxbone", specs / "voxbone")
    (specs / "voxbone" / "xsd").mkdir()
    (specs / "voxbone" / "voxapi.xsd").rename(specs / "voxbone" / "xsd" / "voxapi.xsd")
    wsdl = specs / "voxbone" / "voxapi.wsdl"
    wsdl.write_text(wsdl.read_text().replace('schemaLocation="voxapi.xsd"', 'schemaLocation="xsd/voxapi.xsd"'))
    command = ("--specs", str(specs), "--out", str(out), "--cache", str(cache), "generate")
    assert run(*command).returncode == 0
    assert "nothing changed" in run(*command).stdout
    xsd = specs / "voxbone" / "xsd" / "voxapi.xsd"
    xsd.write_text(xsd.read_text().replace("The kind of DID (number).", "The kind of DID."))
    edited = run(*command)
    assert edited.returncode == 0 and "voxbone_sdk" in edited.stdout, edited.stdout + edited.stderr
    assert "The kind of DID." in (out / "voxbone_sdk" / "voxbone_sdk" / "models.py").read_text()


def test_check_never_trusts_a_record(two_specs) -> None:
    specs, out, cache = two_specs
    (out / "iovox_sdk" / "README.md").write_text("edited by hand\n")
    record_dir = cache / "builds"
    assert any(record_dir.iterdir())
    result = run("--specs", str(specs), "--out", str(out), "--cache", str(cache), "generate", "--check")
    assert result.returncode == 1 and "iovox_sdk/README.md" in result.stderr


def git(repo: Path, *args: str) -> None:
    command = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", *args]
    subprocess.run(command, cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository holding the golden specs, committed."""
    folder = tmp_path / "repo"
    shutil.copytree(GOLDEN_SPECS, folder / "specs")
    git(folder, "init", "-q")
    git(folder, "add", "-A")
    git(folder, "commit", "-qm", "specs")
    return folder


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert text.count(old) == 1
    path.write_text(text.replace(old, new))


REMOVE_FINE = ("      - {name: fine, in: body, type: boolean, description: Fine resolution.}\n", "")


def test_diff_compares_the_working_specs_with_head(repo: Path) -> None:
    specs = str(repo / "specs")
    clean = run("--specs", specs, "diff")
    assert clean.returncode == 0 and clean.stdout.startswith("0 change(s) in 0 spec(s) from HEAD to working tree")
    edit(repo / "specs" / "acme.yaml", *REMOVE_FINE)
    result = run("--specs", specs, "diff")
    assert result.returncode == 0, result.stderr
    assert "request-param-removed" in result.stdout and "HEAD:specs/acme.yaml:" in result.stdout
    assert run("--specs", specs, "diff", "--fail-on", "breaking").returncode == 1
    body = json.loads(run("--specs", specs, "diff", "--format", "json").stdout)
    assert body["base"] == "HEAD" and body["summary"]["breaking"] == 2


def test_diff_fails_on_the_level_asked_for(repo: Path) -> None:
    specs = str(repo / "specs")
    edit(repo / "specs" / "acme.yaml", "description: List numbers.", "description: List every number.")
    assert run("--specs", specs, "diff", "--fail-on", "warning").returncode == 0
    assert run("--specs", specs, "diff", "--fail-on", "info").returncode == 1


def test_diff_of_a_broken_spec_or_an_unknown_ref_exits_2(repo: Path) -> None:
    specs = str(repo / "specs")
    unknown = run("--specs", specs, "diff", "--against", "v9.9.9")
    assert unknown.returncode == 2 and "unknown git ref 'v9.9.9'" in unknown.stderr
    edit(repo / "specs" / "acme.yaml", "http_method: DELETE", "http_method: REMOVE")
    broken = run("--specs", specs, "diff")
    assert broken.returncode == 2 and "Traceback" not in broken.stderr
    assert "acme.yaml:" in broken.stderr and "nothing was compared" in broken.stderr
    assert run("diff", specs).returncode == 2  # one path is not enough


def test_diff_of_two_folders(tmp_path: Path) -> None:
    base, revision = tmp_path / "base", tmp_path / "revision"
    shutil.copytree(GOLDEN_SPECS, base)
    shutil.copytree(GOLDEN_SPECS, revision)
    edit(revision / "acme.yaml", *REMOVE_FINE)
    result = run("diff", str(base), str(revision), "--format", "github")
    assert result.returncode == 0
    assert any(line.startswith("::error ") and "request-param-removed" in line for line in result.stdout.splitlines())


def test_generate_check_holds_the_version_to_the_changes_since_head(repo: Path, tmp_path: Path) -> None:
    specs, out = str(repo / "specs"), str(tmp_path / "generated")
    assert run("--specs", specs, "--out", out, "generate").returncode == 0
    edit(repo / "specs" / "acme.yaml", *REMOVE_FINE)
    gated = run("--specs", specs, "--out", out, "generate", "--check")
    assert gated.returncode == 1
    assert "acme.yaml:3:1: sdk_version: sdk_version 0.1.0 does not cover major changes" in gated.stderr
    assert "fix: set sdk_version: 0.2.0" in gated.stderr
    assert run("--specs", specs, "--out", out, "generate").returncode == 1  # nothing written either
    edit(repo / "specs" / "acme.yaml", "sdk_version: 0.1.0", "sdk_version: 0.2.0")
    stale = run("--specs", specs, "--out", out, "generate", "--check")
    assert stale.returncode == 1 and "acme_sdk/CHANGELOG.md" in stale.stderr and "releases/acme.yaml" in stale.stderr
    assert run("--specs", specs, "--out", out, "generate").returncode == 0
    assert run("--specs", specs, "--out", out, "generate", "--check").returncode == 0
    assert '__version__ = "0.2.0"' in (tmp_path / "generated" / "acme_sdk" / "acme_sdk" / "__init__.py").read_text()
    assert "## [0.2.0]" in (tmp_path / "generated" / "acme_sdk" / "CHANGELOG.md").read_text()


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
