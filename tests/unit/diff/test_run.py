"""Diffing two versions of the spec folder: pairing, skipping unchanged specs, whole specs added or removed,
broken sides, and the version verdict."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.diff.run import diff_sets
from generator.diff.sources import folder_set

ROOT = Path(__file__).resolve().parents[3]


def two_copies(tmp_path: Path) -> tuple[Path, Path]:
    base, revision = tmp_path / "base", tmp_path / "revision"
    for folder in (base, revision):
        shutil.copytree(ROOT / "tests" / "golden" / "specs", folder)
    return base, revision


def test_a_spec_with_the_same_bytes_is_not_even_loaded(tmp_path: Path) -> None:
    base, revision = two_copies(tmp_path)
    for folder in (base, revision):  # broken on both sides, but identical: nothing to compare
        (folder / "broken.yaml").write_text("spec_version: 2\n")
    report = diff_sets(folder_set(base, tmp_path), folder_set(revision, tmp_path))
    assert report.diagnostics == () and report.specs == ()
    assert report.unchanged == ("revision/acme.yaml", "revision/broken.yaml")


def test_a_broken_side_gives_its_diagnostics_instead_of_findings(tmp_path: Path, edit) -> None:
    base, revision = two_copies(tmp_path)
    edit(revision / "acme.yaml", "http_method: DELETE", "http_method: REMOVE")
    report = diff_sets(folder_set(base, tmp_path), folder_set(revision, tmp_path))
    (problem,) = report.diagnostics
    assert problem.file == "revision/acme.yaml" and "REMOVE" in problem.message
    assert report.findings == ()


def test_specs_added_and_removed_are_whole_sdks(tmp_path: Path) -> None:
    base, revision = two_copies(tmp_path)
    (revision / "acme.yaml").rename(revision / "acme2.yaml")
    report = diff_sets(folder_set(base, tmp_path), folder_set(revision, tmp_path))
    removed, added = sorted(report.findings, key=lambda f: f.check.id, reverse=True)
    assert (removed.check.id, removed.base and removed.base.file, removed.revision) == (
        "sdk-removed",
        "base/acme.yaml",
        None,
    )
    assert (added.check.id, added.base, added.revision and str(added.revision)) == (
        "sdk-added",
        None,
        "revision/acme2.yaml:1:1",
    )
    assert added.message == "new SDK `acme_sdk` (5 operations)"


def test_a_version_that_did_not_move_is_itself_a_breaking_finding(tmp_path: Path, edit) -> None:
    base, revision = two_copies(tmp_path)
    edit(revision / "acme.yaml", "      - {name: fine, in: body, type: boolean, description: Fine resolution.}\n", "")
    report = diff_sets(folder_set(base, tmp_path), folder_set(revision, tmp_path))
    (spec,) = report.specs
    assert spec.verdict is not None and not spec.verdict.ok and spec.verdict.required == "0.2.0"
    gate = next(f for f in report.findings if f.check.id == "sdk-version-not-bumped")
    assert gate.level == "breaking" and str(gate.revision) == "revision/acme.yaml:3:1"
    assert gate.action == "set `sdk_version: 0.2.0` in the spec"
    edit(revision / "acme.yaml", "sdk_version: 0.1.0", "sdk_version: 0.2.0")
    report = diff_sets(folder_set(base, tmp_path), folder_set(revision, tmp_path))
    assert [f.check.id for f in report.findings] == ["request-param-removed"]
    assert report.specs[0].verdict is not None and report.specs[0].verdict.ok


def test_findings_are_located_in_both_versions(tmp_path: Path, edit) -> None:
    base, revision = two_copies(tmp_path)
    edit(revision / "acme.yaml", "sdk_version: 0.1.0", "sdk_version: 0.2.0\n# a line that moves everything down")
    edit(revision / "acme.yaml", "max_length: 50,", "max_length: 40,")
    report = diff_sets(folder_set(base, tmp_path), folder_set(revision, tmp_path))
    (finding,) = report.findings
    assert finding.check.id == "request-param-constraint-tightened"
    assert finding.base is not None and finding.revision is not None
    assert finding.revision.line == finding.base.line + 1 and finding.revision.column == finding.base.column
    line = (revision / "acme.yaml").read_text().splitlines()[finding.revision.line - 1]
    assert line[finding.revision.column - 1 :].startswith("max_length: 40")


def test_a_binding_style_the_generator_cannot_speak_is_a_diagnostic_at_its_line(tmp_path: Path, edit) -> None:
    base, revision = tmp_path / "base", tmp_path / "revision"
    for folder in (base, revision):
        shutil.copytree(ROOT / "specs" / "voxbone", folder / "voxbone")
    edit(revision / "voxbone" / "voxapi.wsdl", '<soap:binding style="document"', '<soap:binding style="rpc"')
    report = diff_sets(folder_set(base, tmp_path), folder_set(revision, tmp_path))
    (problem,) = report.diagnostics
    assert problem.file == "revision/voxbone/voxapi.wsdl" and 'style="rpc" is not supported' in problem.message
    assert report.specs == ()
