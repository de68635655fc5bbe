"""Release histories: how a version's entry moves forward, and the file's round trip."""

from __future__ import annotations

from pathlib import Path

from generator.diff.history import Change, History, Release, advance, history_text, read_history
from tests import factories as f
from tests.unit.diff.support import findings

REMOVED = findings(f.spec(f.operation("a"), f.operation("b")), f.spec(f.operation("a")))
ADDED = findings(f.spec(f.operation("a")), f.spec(f.operation("a"), f.operation("c")))
FIRST = History("acme_sdk", (Release("0.1.0"),))


def test_a_new_version_records_exactly_the_changes_since_head() -> None:
    moved = advance(FIRST, FIRST, "0.2.0", "0.1.0", REMOVED)
    assert [r.version for r in moved.releases] == ["0.2.0", "0.1.0"]
    (change,) = moved.releases[0].changes
    assert change == Change(
        "operation-removed", "Client.b()", "`b()` was removed (wire operation b)", "stop calling `b()`"
    )


def test_the_version_head_has_gains_the_new_changes_and_an_undone_edit_leaves_no_trace() -> None:
    at_head = advance(FIRST, FIRST, "0.2.0", "0.1.0", REMOVED)
    both = advance(at_head, at_head, "0.2.0", "0.2.0", ADDED)
    assert [c.check for c in both.releases[0].changes] == ["operation-removed", "operation-added"]
    # The working file already holds the added operation; the edit is undone before committing.
    undone = advance(both, at_head, "0.2.0", "0.2.0", ())
    assert [c.check for c in undone.releases[0].changes] == ["operation-removed"]


def test_a_bump_beyond_head_starts_its_entry_afresh_but_keeps_the_notes() -> None:
    noted = History("acme_sdk", (Release("0.2.0", (), "Numbers are now paged."), Release("0.1.0")))
    moved = advance(noted, FIRST, "0.2.0", "0.1.0", ADDED)
    assert moved.releases[0].notes == "Numbers are now paged." and len(moved.releases[0].changes) == 1


def test_without_a_head_version_the_version_is_only_recorded() -> None:
    assert advance(History("acme_sdk"), History("acme_sdk"), "0.1.0", None, ()) == FIRST
    assert advance(FIRST, History("acme_sdk"), "0.1.0", None, ()) == FIRST


def test_versions_are_kept_newest_first_by_number() -> None:
    nine = History("acme_sdk", (Release("0.9.0"), Release("0.1.0")))
    assert [r.version for r in advance(nine, nine, "0.10.0", "0.9.0", ()).releases] == ["0.10.0", "0.9.0", "0.1.0"]


def test_the_file_round_trips_and_is_byte_stable(tmp_path: Path) -> None:
    history = advance(FIRST, FIRST, "0.2.0", "0.1.0", REMOVED + ADDED)
    history = History(
        history.package, (Release("0.2.0", history.releases[0].changes, "Why: b was unused."), FIRST.releases[0])
    )
    path = tmp_path / "acme.yaml"
    path.write_text(history_text(history))
    again, problems = read_history(path, "releases/acme.yaml", "acme_sdk")
    assert problems == [] and again == history
    assert history_text(again) == path.read_text()
    assert path.read_text().startswith("# Release history of acme_sdk")


def test_a_missing_file_is_an_empty_history_and_a_broken_one_a_diagnostic(tmp_path: Path) -> None:
    assert read_history(tmp_path / "none.yaml", "none.yaml", "acme_sdk") == (History("acme_sdk"), [])
    broken = tmp_path / "broken.yaml"
    broken.write_text("releases:\n  - {notes: no version}\n")
    history, (problem,) = read_history(broken, "specs/releases/broken.yaml", "acme_sdk")
    assert history == History("acme_sdk") and problem.file == "specs/releases/broken.yaml"
    assert "unreadable release history" in problem.message and "delete it" in problem.hint
    broken.write_text("releases:\n  - {version: one}\n")
    assert read_history(broken, "b.yaml", "acme_sdk")[1]
