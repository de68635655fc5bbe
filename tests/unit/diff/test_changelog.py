"""CHANGELOG.md: Keep a Changelog sections per version, breaking changes flagged with what to do."""

from __future__ import annotations

from generator.diff.changelog import changelog_text, release_text
from generator.diff.history import Change, History, Release

REMOVED = Change(
    "request-param-removed", "get_thing(b=)", "argument `b` of `get_thing()` was removed", "stop passing `b=`"
)
ADDED = Change("operation-added", "Client.c()", "new method `c()` (c)")
TIGHTER = Change("request-param-constraint-tightened", "get_thing(n=)", "argument `n` must now be at most 5", "check n")
DOCS = [Change("description-changed", f"Client.op{i}()", "description changed") for i in range(8)]


def test_a_version_lists_added_changed_and_removed_with_breaking_changes_first() -> None:
    text = release_text(Release("2.0.0", (ADDED, REMOVED, Change("operation-now-mutating", "x", "y"), TIGHTER)))
    assert text.splitlines()[0] == "## [2.0.0]"
    added, changed, removed = (text.index(f"### {s}") for s in ("Added", "Changed", "Removed"))
    assert added < changed < removed
    assert "- New method `c()` (c). (`operation-added`)" in text
    assert (
        "- **Breaking:** Argument `b` of `get_thing()` was removed. What to do: stop passing `b=`."
        " (`request-param-removed`)" in text
    )
    changed_part = text[changed:removed]
    assert changed_part.index("**Breaking:**") < changed_part.index("- Y.")


def test_reworded_descriptions_are_summed_up_in_one_line() -> None:
    text = release_text(Release("1.0.1", tuple(DOCS)))
    (line,) = [line for line in text.splitlines() if line.startswith("- ")]
    assert line.startswith("- Reworded 8 descriptions (docstrings and documentation): `Client.op0()`")
    assert "and 2 more" in line


def test_the_oldest_version_is_the_first_release_and_notes_come_first() -> None:
    history = History("acme_sdk", (Release("0.2.0", (ADDED,), "Adds c."), Release("0.1.0")))
    text = changelog_text(history)
    assert text.startswith("# Changelog\n\nEvery version of `acme_sdk`, newest first.")
    assert text.index("## [0.2.0]") < text.index("Adds c.") < text.index("### Added") < text.index("## [0.1.0]")
    assert text.endswith("## [0.1.0]\n\nFirst release.\n")
    assert "No changes to the API." in release_text(Release("0.3.0"))
