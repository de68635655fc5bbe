"""Stage 1, load: spec files (YAML, or a SOAP sidecar with its WSDL and XSD) -> checked IR.

Every problem is collected as a Diagnostic with file, line and column; a spec with any problem
gives no IR. Past this stage no code touches raw YAML.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import NamedTuple

from generator.ir import ApiSpec, Diagnostic
from generator.load.locations import IrPath, Located, SourceMap, SourcePosition
from generator.timing import Timings

__all__ = [
    "IrPath",
    "Loaded",
    "Located",
    "SourceMap",
    "SourcePosition",
    "discover",
    "display_name",
    "inputs_of",
    "is_sidecar",
    "load_each",
    "load_located",
    "load_one",
    "load_specs",
]


class Loaded(NamedTuple):
    """The specs that loaded cleanly and every diagnostic found."""

    specs: tuple[ApiSpec, ...]
    diagnostics: tuple[Diagnostic, ...]


def discover(spec_dir: Path) -> list[Path]:
    """The spec files the generator builds: ``specs/*.yaml`` and SOAP sidecars ``specs/*/*.yaml``."""
    sidecars = [p for p in spec_dir.glob("*/*.yaml") if is_sidecar(p)]
    return sorted(spec_dir.glob("*.yaml")) + sorted(sidecars)


def is_sidecar(path: Path) -> bool:
    """A YAML file beside a WSDL describes a SOAP carrier."""
    return any(path.parent.glob("*.wsdl"))


def inputs_of(path: Path) -> list[Path]:
    """Every file a spec is read from: the YAML, or a sidecar with its folder's WSDL and XSD files.

    Subfolders count: a schema may include ``types/common.xsd`` (never a file outside the folder).
    """
    from generator.load.common import fake_state_path

    fake = [fake_state_path(path)] if fake_state_path(path).is_file() else []
    if not is_sidecar(path):
        return [path, *fake]
    files = sorted(p for p in path.parent.rglob("*") if p.is_file() and p.suffix in (".yaml", ".wsdl", ".xsd"))
    return files + fake


def load_specs(paths: list[Path], root: Path) -> Loaded:
    """Load every spec in ``paths``: the specs that loaded cleanly, and every diagnostic found."""
    specs: list[ApiSpec] = []
    diagnostics: list[Diagnostic] = []
    for spec, problems in load_each(paths, root):
        if spec is not None:
            specs.append(spec)
        diagnostics += problems
    return Loaded(tuple(specs), tuple(diagnostics))


def load_each(paths: list[Path], root: Path) -> Iterator[tuple[ApiSpec | None, list[Diagnostic]]]:
    """Load the specs one at a time: each spec (``None`` when it has a problem) with its diagnostics."""
    names: dict[str, str] = {}
    for path in paths:
        display = display_name(path, root)
        spec, problems = load_one(path, display, names)
        if spec is not None:
            names[spec.provider.name] = display
        yield spec, problems


def load_one(
    path: Path, display: str, taken: Mapping[str, str] | None = None, timings: Timings | None = None
) -> tuple[ApiSpec | None, list[Diagnostic]]:
    """Load one spec file, shown in diagnostics as ``display``.

    ``taken`` maps provider names other specs use to their files; ``timings`` gets the time of each step.
    """
    spec, problems, _ = _load(path, display, taken or {}, timings or Timings(), locate=False)
    return spec, problems


def load_located(path: Path, display: str) -> Located:
    """Load one spec file, shown as ``display``, with where each of its items is written."""
    return _load(path, display, {}, Timings(), locate=True)


def _load(path: Path, display: str, taken: Mapping[str, str], timings: Timings, locate: bool) -> Located:
    if is_sidecar(path):
        with timings.measure("imports"):
            from generator.load.soap import load_soap_spec  # xsdata is slow to import; only SOAP needs it
        return load_soap_spec(path, display, taken, timings, locate)
    from generator.load.http import load_http_spec

    return load_http_spec(path, display, taken, timings, locate)


def display_name(path: Path, root: Path) -> str:
    """How diagnostics name a spec file: relative to ``root`` when it is inside it."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
