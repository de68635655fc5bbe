"""Where the two versions of the specs come from: a git ref (read from git, no checkout), or a folder or file.

A git ref's spec folder is copied out of git's object store (``git ls-tree`` and ``git cat-file``)
into a scratch folder, so both versions go through the same loader from the same kind of files.
"""

from __future__ import annotations

import hashlib
import subprocess
from dataclasses import dataclass
from pathlib import Path

from generator.load import discover, display_name, inputs_of


class SourceError(Exception):
    """A version of the specs cannot be read (unknown git ref, no repository, missing path)."""


@dataclass(frozen=True, slots=True)
class SpecSet:
    """One version of the specs: each spec file by the key that pairs it with the other version.

    ``displays`` name each spec as diagnostics and reports show it (``HEAD:specs/iovox.yaml``);
    ``label`` names the whole version (``HEAD``, ``working tree``, a folder); ``folder`` is the
    spec folder on disk (for a git ref, its copy) and ``shown_as`` how its name is shown.
    """

    label: str
    folder: Path
    shown_as: str
    specs: dict[str, Path]
    displays: dict[str, str]

    def display_of(self, key: str) -> str:
        return self.displays[key]


def folder_set(folder: Path, root: Path, label: str | None = None) -> SpecSet:
    """Every spec of a folder on disk, keyed by its path inside the folder."""
    if not folder.is_dir():
        raise SourceError(f"{folder} is not a folder of specs")
    specs = {path.relative_to(folder).as_posix(): path for path in discover(folder)}
    displays = {key: display_name(path, root) for key, path in specs.items()}
    shown = display_name(folder, root)
    return SpecSet(label or shown + "/", folder, shown, specs, displays)


def file_set(path: Path, root: Path) -> SpecSet:
    """One spec file on disk (paired with the other side's one file whatever their names)."""
    if not path.is_file():
        raise SourceError(f"{path} does not exist")
    shown = display_name(path, root)
    return SpecSet(shown, path.parent, display_name(path.parent, root), {"spec": path}, {"spec": shown})


def git_set(folder: Path, ref: str, scratch: Path) -> SpecSet:
    """The specs of ``folder`` as they are at ``ref``, copied into ``scratch``; shown as ``ref:path``."""
    top, inside = _repository(folder)
    _git(top, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", error=f"unknown git ref {ref!r}")
    copy = scratch / inside
    copy.mkdir(parents=True, exist_ok=True)
    blobs = _tree(top, ref, inside)
    for relative, data in _read_blobs(top, blobs).items():
        target = scratch / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    specs = {path.relative_to(copy).as_posix(): path for path in discover(copy)}
    shown = f"{ref}:{inside}"
    displays = {key: f"{ref}:{(Path(inside) / key).as_posix()}" for key in specs}
    return SpecSet(ref, copy, shown, specs, displays)


def blob_ids(folder: Path, ref: str = "HEAD") -> dict[str, str] | None:
    """Git's id of each file under ``folder`` at ``ref``, by path inside ``folder``; None outside a repository."""
    try:
        top, inside = _repository(folder)
        listed = _tree(top, ref, inside)
    except SourceError:
        return None
    prefix = f"{inside}/" if inside != "." else ""
    return {path[len(prefix) :]: blob for path, blob in listed.items()}


def file_id(path: Path) -> str:
    """The id git gives a file's content (so a working file can be compared with a commit's)."""
    data = path.read_bytes()
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def same_inputs(first: Path, second: Path) -> bool:
    """True when two specs are read from files of the same names and bytes."""
    one, two = inputs_of(first), inputs_of(second)
    return [p.name for p in one] == [p.name for p in two] and all(
        a.read_bytes() == b.read_bytes() for a, b in zip(one, two, strict=True)
    )


def _repository(folder: Path) -> tuple[Path, str]:
    """The work tree holding ``folder``, and ``folder``'s path inside it."""
    if not folder.is_dir():
        raise SourceError(f"{folder} is not a folder")
    top = Path(_git(folder, "rev-parse", "--show-toplevel", error=f"{folder} is not in a git repository").strip())
    return top, folder.resolve().relative_to(top.resolve()).as_posix()


def _tree(top: Path, ref: str, inside: str) -> dict[str, str]:
    """Every blob under ``inside`` at ``ref``: path (from the top) -> blob id."""
    listing = _git(top, "ls-tree", "-r", "-z", "--full-tree", ref, "--", inside, error=f"cannot list {ref}:{inside}")
    blobs = {}
    for entry in filter(None, listing.split("\0")):
        meta, _, path = entry.partition("\t")
        mode, kind, blob = meta.split()
        if kind == "blob" and mode != "120000":  # symbolic links are not spec files
            blobs[path] = blob
    return blobs


def _read_blobs(top: Path, blobs: dict[str, str]) -> dict[str, bytes]:
    """The content of each blob, read in one ``git cat-file --batch``."""
    request = "".join(f"{blob}\n" for blob in blobs.values()).encode()
    answer = subprocess.run(["git", "cat-file", "--batch"], cwd=top, input=request, capture_output=True, check=False)
    if answer.returncode != 0:
        raise SourceError(f"git cat-file failed: {answer.stderr.decode(errors='replace').strip()}")
    out, at = {}, 0
    data = answer.stdout
    for path in blobs:
        header_end = data.index(b"\n", at)
        size = int(data[at:header_end].split()[2])
        out[path] = data[header_end + 1 : header_end + 1 + size]
        at = header_end + 1 + size + 1
    return out


def _git(cwd: Path, *args: str, error: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise SourceError(f"{error}: git cannot run ({exc})") from None
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()
        raise SourceError(f"{error}" + (f": {detail[-1]}" if detail else ""))
    return done.stdout


#: The folder of the specs' release histories, beside the specs.
RELEASES = "releases"


def history_path(spec_dir: Path, path: Path) -> Path:
    """``specs/releases/<spec name>.yaml``: the release history of the spec at ``path``."""
    return spec_dir / RELEASES / f"{path.stem}.yaml"
