"""Reading a version of the specs from a git ref (no checkout), a folder or a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diff.sources import SourceError, blob_ids, file_id, file_set, folder_set, git_set, same_inputs
from tests.unit.diff.conftest import git


def test_a_git_ref_is_read_from_the_object_store_not_the_work_tree(repo: Path, tmp_path: Path, edit) -> None:
    spec = repo / "specs" / "acme.yaml"
    edit(spec, "description: List numbers.", "description: List every number.")
    found = git_set(repo / "specs", "HEAD", tmp_path / "scratch")
    assert list(found.specs) == ["acme.yaml"] and found.displays["acme.yaml"] == "HEAD:specs/acme.yaml"
    assert "description: List numbers." in found.specs["acme.yaml"].read_text()
    assert found.folder == tmp_path / "scratch" / "specs" and found.shown_as == "HEAD:specs"
    assert (found.folder / "releases" / "acme.yaml").is_file()
    assert git(repo, "status", "--porcelain").strip() == "M specs/acme.yaml"  # nothing checked out


def test_an_older_commit_can_be_the_base(repo: Path, tmp_path: Path, edit) -> None:
    spec = repo / "specs" / "acme.yaml"
    edit(spec, "description: List numbers.", "description: List every number.")
    git(repo, "commit", "-qam", "reword")
    found = git_set(repo / "specs", "HEAD~1", tmp_path / "scratch")
    assert "description: List numbers." in found.specs["acme.yaml"].read_text()
    assert found.label == "HEAD~1"


def test_an_unknown_ref_or_a_folder_outside_git_is_a_source_error(repo: Path, tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="unknown git ref 'nope'"):
        git_set(repo / "specs", "nope", tmp_path / "scratch")
    outside = tmp_path / "outside"
    outside.mkdir()
    with pytest.raises(SourceError, match="not in a git repository"):
        git_set(outside, "HEAD", tmp_path / "scratch")
    assert blob_ids(outside) is None


def test_blob_ids_match_the_ids_of_unchanged_working_files(repo: Path, edit) -> None:
    ids = blob_ids(repo / "specs")
    assert ids is not None and ids["acme.yaml"] == file_id(repo / "specs" / "acme.yaml")
    edit(repo / "specs" / "acme.yaml", "List numbers.", "List all numbers.")
    assert ids["acme.yaml"] != file_id(repo / "specs" / "acme.yaml")


def test_folders_and_files_on_disk(repo: Path, tmp_path: Path) -> None:
    found = folder_set(repo / "specs", tmp_path)
    assert found.displays == {"acme.yaml": "repo/specs/acme.yaml"} and found.label == "repo/specs/"
    single = file_set(repo / "specs" / "acme.yaml", tmp_path)
    assert single.specs == {"spec": repo / "specs" / "acme.yaml"}
    with pytest.raises(SourceError):
        folder_set(tmp_path / "missing", tmp_path)
    with pytest.raises(SourceError):
        file_set(tmp_path / "missing.yaml", tmp_path)


def test_same_inputs_compares_every_file_a_spec_is_read_from(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[3]
    import shutil

    for side in ("a", "b"):
        shutil.copytree(root / "specs" / "voxbone", tmp_path / side)
    assert same_inputs(tmp_path / "a" / "voxbone.yaml", tmp_path / "b" / "voxbone.yaml")
    xsd = tmp_path / "b" / "voxapi.xsd"
    xsd.write_text(xsd.read_text().replace("Country name.", "Country name!", 1))
    assert not same_inputs(tmp_path / "a" / "voxbone.yaml", tmp_path / "b" / "voxbone.yaml")
