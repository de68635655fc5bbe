"""The report formats: text grouped by level, JSON against its schema, Markdown sections, GitHub annotations."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from generator.diff.report import SCHEMA_FILE, as_json, github, markdown, text
from generator.diff.run import Report, diff_sets
from generator.diff.sources import folder_set

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def report(tmp_path: Path, edit) -> Report:
    """acme with a removed argument (breaking), a new optional one (info) and a mutating call made retryable."""
    base, revision = tmp_path / "base", tmp_path / "revision"
    for folder in (base, revision):
        shutil.copytree(ROOT / "tests" / "golden" / "specs", folder)
    spec = revision / "acme.yaml"
    edit(spec, "      - {name: fine, in: body, type: boolean, description: Fine resolution.}\n", "")
    edit(
        spec,
        "      - {name: force,",
        "      - {name: note, in: query, type: string, description: Why.}\n      - {name: force,",
    )
    edit(spec, "    path: /notes\n    mutates: true\n", "    path: /notes\n")
    return diff_sets(folder_set(base, tmp_path), folder_set(revision, tmp_path))


def test_text_groups_findings_by_level_most_severe_first(report: Report) -> None:
    shown = text(report)
    assert shown.index("breaking (2)") < shown.index("warning (1)") < shown.index("info (1)")
    assert "  revision/acme.yaml:" in shown and "was base/acme.yaml:" in shown
    assert "what to do: stop passing `fine=`" in shown
    assert "acme_sdk 0.1.0 -> 0.1.0: major changes, needs at least 0.2.0" in shown
    assert shown.endswith("(0 spec(s) unchanged)\n")


def test_json_follows_its_schema(report: Report) -> None:
    body = json.loads(as_json(report))
    jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text())).validate(body)
    assert body["summary"] == {"breaking": 2, "warning": 1, "info": 1, "specs_changed": 1, "specs_unchanged": 0}
    first = body["findings"][0]
    assert first["level"] == "breaking" and first["revision"]["file"] == "revision/acme.yaml"
    assert body["specs"][0]["version"] == {
        "base": "0.1.0",
        "revision": "0.1.0",
        "impact": "major",
        "required": "0.2.0",
        "ok": False,
    }
    removed = next(f for f in body["findings"] if f["id"] == "request-param-removed")
    assert removed["subject"] == ["operations", "sendFax", "params", "fine"] and removed["python"] == "send_fax(fine=)"
    assert removed["categories"] == ["sdk"] and removed["section"] == "removed" and removed["impact"] == "major"


def test_the_schema_is_itself_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(json.loads(SCHEMA_FILE.read_text()))


def test_markdown_is_a_changelog_section_per_spec(report: Report) -> None:
    shown = markdown(report)
    assert shown.startswith("## acme_sdk 0.1.0\n")
    assert "### Added" in shown and "### Changed" in shown and "### Removed" in shown
    assert "sdk-version-not-bumped" not in shown


def test_github_annotations_escape_their_data(report: Report) -> None:
    lines = github(report).splitlines()
    assert lines[0].startswith("::error file=revision/acme.yaml,line=3,col=1,title=sdk-version-not-bumped::")
    assert any(line.startswith("::warning ") and "operation-no-longer-mutating" in line for line in lines)
    assert any(line.startswith("::notice ") for line in lines)
    assert all("\n" not in line for line in lines)


def test_every_format_is_byte_identical_from_run_to_run(report: Report, tmp_path: Path) -> None:
    again = diff_sets(folder_set(tmp_path / "base", tmp_path), folder_set(tmp_path / "revision", tmp_path))
    for render in (text, as_json, markdown, github):
        assert render(again) == render(report)


def test_a_change_only_the_base_has_is_annotated_at_its_repository_path(tmp_path: Path) -> None:
    from generator.diff.sources import git_set
    from tests.unit.diff.conftest import git

    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "tests" / "golden" / "specs", repo / "specs")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "specs")
    (repo / "specs" / "acme.yaml").unlink()
    base = git_set(repo / "specs", "HEAD", tmp_path / "scratch")
    report = diff_sets(base, folder_set(repo / "specs", repo))
    (line, _) = github(report).splitlines()
    assert line.startswith("::error file=specs/acme.yaml,line=1,col=1,title=sdk-removed::")
