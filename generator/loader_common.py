"""Builders of IR pieces that HTTP specs and SOAP sidecars share."""

from __future__ import annotations

from typing import Any

from generator import naming
from generator.ir import Credential, ErrorCode, ErrorFamily


def credential(raw: dict[str, Any]) -> Credential:
    """A credential from its raw mapping (``wire`` defaults to ``name``)."""
    return Credential(
        raw.get("wire", raw["name"]),
        naming.argument_name(raw["name"]),
        raw["description"],
        raw.get("secret", False),
        raw.get("pattern"),
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
