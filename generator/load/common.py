"""Builders of IR pieces that HTTP specs and SOAP sidecars share, and the check both run."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generator.ir import Credential, Diagnostic, ErrorCode, ErrorFamily
from generator.load.yaml_source import YamlDocument

#: The version of a spec that names none (``sdk_version``), as of a new package.
DEFAULT_SDK_VERSION = "0.1.0"


def credential(raw: dict[str, Any]) -> Credential:
    """A credential from its raw mapping (``wire`` defaults to ``name``); its Python name comes from a pass."""
    return Credential(
        raw["name"],
        raw.get("wire", raw["name"]),
        "",
        raw["description"],
        raw.get("secret", False),
        raw.get("pattern"),
        example=raw.get("example"),
    )


def family(raw: dict[str, Any]) -> ErrorFamily:
    """An error family from its raw mapping."""
    match = raw["match"]
    statuses = match.get("http_status", [])
    return ErrorFamily(
        raw["name"],
        raw["description"],
        raw.get("base", "ApiError"),
        tuple(statuses) if isinstance(statuses, list) else (statuses,),
        tuple(match.get("codes", [])),
        tuple(match.get("code_prefixes", [])),
    )


def error_row(raw: dict[str, Any]) -> ErrorCode:
    """An error-table row from its raw mapping."""
    return ErrorCode(
        raw["code"],
        raw["message"],
        raw.get("http_status"),
        raw.get("description", ""),
        raw.get("resolution", ""),
        severity=raw.get("severity", "error"),
    )


def duplicate_provider(doc: YamlDocument, taken: Mapping[str, str]) -> list[Diagnostic]:
    """A diagnostic when another spec already defines this document's provider name."""
    name = doc.data["provider"]["name"]
    if name not in taken:
        return []
    return [
        doc.diagnostic(
            ("provider", "name"),
            f"provider '{name}' is also defined in {taken[name]}",
            "give each spec its own provider name",
        )
    ]


def digests(paths: list[Path]) -> tuple[tuple[str, str], ...]:
    """Each file as (its resolved path, the SHA-256 of its bytes): what a build record compares."""
    return tuple((str(p.resolve()), hashlib.sha256(p.read_bytes()).hexdigest()) for p in paths)


def fake_state_path(path: Path) -> Path:
    """Where a spec's fake state model lives: ``specs/fakes/<stem>.py`` (a SOAP sidecar's folder is skipped)."""
    spec_dir = path.parent.parent if any(path.parent.glob("*.wsdl")) else path.parent
    return spec_dir / "fakes" / f"{path.stem}.py"


def read_fake_state(path: Path) -> tuple[str, list[Path]]:
    """The source of a spec's fake state model and the files read for it (none when it has none)."""
    found = fake_state_path(path)
    if not found.is_file():
        return "", []
    return found.read_text(encoding="utf-8"), [found]
