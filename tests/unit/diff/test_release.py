"""What generate asks of the diff: the version gate against HEAD (both ways) and the history it records."""

from __future__ import annotations

from pathlib import Path

from generator.diff.release import ReleasePlan, head_specs, plan_release
from generator.load import load_one
from generator.passes import run_passes

REMOVE_FINE = ("      - {name: fine, in: body, type: boolean, description: Fine resolution.}\n", "")
ADD_NOTE = (
    "      - {name: force,",
    "      - {name: note, in: query, type: string, description: Why.}\n      - {name: force,",
)


def plan(repo: Path, tmp_path: Path, *, in_git: bool = True) -> ReleasePlan:
    path = repo / "specs" / "acme.yaml"
    spec, problems = load_one(path, "specs/acme.yaml")
    assert spec is not None, problems
    head = head_specs(repo / "specs", tmp_path / "scratch") if in_git else None
    return plan_release(run_passes(spec), path, repo / "specs", head)


def test_an_unchanged_spec_keeps_its_history(repo: Path, tmp_path: Path) -> None:
    done = plan(repo, tmp_path)
    assert done.diagnostics == ()
    assert done.history.path == "releases/acme.yaml"
    assert done.history.text == (repo / "specs" / "releases" / "acme.yaml").read_text()
    assert done.changelog.path == "acme_sdk/CHANGELOG.md" and done.changelog.text.endswith("First release.\n")


def test_a_breaking_change_without_a_major_bump_stops_at_the_version_line(repo: Path, tmp_path: Path, edit) -> None:
    edit(repo / "specs" / "acme.yaml", *REMOVE_FINE)
    (problem,) = plan(repo, tmp_path).diagnostics
    assert (problem.file, problem.line, problem.column, problem.path) == ("specs/acme.yaml", 3, 1, "sdk_version")
    assert problem.message.startswith("sdk_version 0.1.0 does not cover major changes since 0.1.0")
    assert "request-param-removed: send_fax(fine=)" in problem.message
    assert problem.hint.startswith("set sdk_version: 0.2.0")


def test_the_bumped_version_records_the_change_and_its_changelog(repo: Path, tmp_path: Path, edit) -> None:
    edit(repo / "specs" / "acme.yaml", *REMOVE_FINE)
    edit(repo / "specs" / "acme.yaml", "sdk_version: 0.1.0", "sdk_version: 0.2.0")
    done = plan(repo, tmp_path)
    assert done.diagnostics == ()
    assert "- version: 0.2.0\n  changes:\n  - check: request-param-removed\n" in done.history.text
    assert (
        "## [0.2.0]\n\n### Removed\n\n- **Breaking:** Argument `fine` of `send_fax()` was removed."
        in done.changelog.text
    )
    assert done.changelog.text.index("## [0.2.0]") < done.changelog.text.index("## [0.1.0]")


def test_an_addition_needs_the_minor_part_to_move(repo: Path, tmp_path: Path, edit) -> None:
    edit(repo / "specs" / "acme.yaml", *ADD_NOTE)
    (problem,) = plan(repo, tmp_path).diagnostics  # 0.x: the patch part plays the minor's role
    assert "minor changes" in problem.message and problem.hint.startswith("set sdk_version: 0.1.1")
    edit(repo / "specs" / "acme.yaml", "sdk_version: 0.1.0", "sdk_version: 0.1.1")
    assert plan(repo, tmp_path).diagnostics == ()


def test_a_reworded_description_needs_no_bump_and_joins_the_current_version(repo: Path, tmp_path: Path, edit) -> None:
    edit(repo / "specs" / "acme.yaml", "description: List numbers.", "description: List every number.")
    done = plan(repo, tmp_path)
    assert done.diagnostics == ()
    assert "- version: 0.1.0\n  changes:\n  - check: description-changed\n" in done.history.text


def test_outside_git_the_version_is_only_recorded(repo: Path, tmp_path: Path, edit) -> None:
    edit(repo / "specs" / "acme.yaml", *REMOVE_FINE)
    done = plan(repo, tmp_path, in_git=False)
    assert done.diagnostics == ()
    assert done.history.text == (repo / "specs" / "releases" / "acme.yaml").read_text()


def test_a_version_may_not_go_back(repo: Path, tmp_path: Path, edit) -> None:
    edit(repo / "specs" / "acme.yaml", "sdk_version: 0.1.0", "sdk_version: 0.0.9")
    (problem,) = plan(repo, tmp_path).diagnostics
    assert problem.message == "sdk_version went back from 0.1.0 to 0.0.9"
