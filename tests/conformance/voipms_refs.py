"""VoIP.ms's own documents, read for the conformance tests, and the spec and SDK they are held against.

Shared by ``test_voipms_spec.py`` (operations, errors, transport, responses) and ``test_voipms_params.py``
(parameter sets, types and required flags). The references live outside the repository, in
``../shared/refs/voipms`` and ``../shared/seeds`` relative to the repo root; every reader skips the
calling test (with the reason) when its file is absent. The WSDL is parsed with lxml, offline.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from generator.ir import ApiSpec, Operation
from generator.pipeline import load

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
REFS = SHARED / "refs" / "voipms"
WSDL = REFS / "server.wsdl"
RESPONSES = REFS / "api-responses.json"
STATUSES = REFS / "api-statuses.json"
SEED = SHARED / "seeds" / "003_7dbd2626456ed0b9.txt"
NOTES = ROOT / "specs" / "notes" / "voipms.md"

WSDL_NS = {"w": "http://schemas.xmlsoap.org/wsdl/", "xsd": "http://www.w3.org/2001/XMLSchema"}
CREDENTIALS = ("api_username", "api_password")
REQUIRED_MARKER = re.compile(r"\(required\)", re.IGNORECASE)


@dataclass(frozen=True)
class WsdlOperation:
    """One portType operation: its name and its parameters (wire name, XSD type), credentials apart."""

    name: str
    params: tuple[tuple[str, str], ...]
    credentials: tuple[str, ...]


def need(path: Path) -> Path:
    """``path``, or a skip of the calling test when the reference is absent."""
    if not path.is_file():
        pytest.skip(f"VoIP.ms reference {path.name} not found in {path.parent} (the ../shared folder is absent)")
    return path


@cache
def wsdl_operations() -> tuple[dict[str, WsdlOperation], frozenset[str]]:
    """The portType operations by name, and the names the SOAP binding binds."""
    etree = pytest.importorskip("lxml.etree")
    tree = etree.parse(str(need(WSDL)))
    types = {
        ct.get("name"): tuple((e.get("name"), e.get("type")) for e in ct.iterfind(".//xsd:element", WSDL_NS))
        for ct in tree.iterfind(".//xsd:complexType", WSDL_NS)
    }
    messages = {m.get("name"): m.find("w:part", WSDL_NS).get("type") for m in tree.iterfind("w:message", WSDL_NS)}
    operations: dict[str, WsdlOperation] = {}
    for node in tree.iterfind("w:portType/w:operation", WSDL_NS):
        message = node.find("w:input", WSDL_NS).get("message").split(":", 1)[1]
        elements = types[messages[message].split(":", 1)[1]]
        operations[node.get("name")] = WsdlOperation(
            node.get("name"),
            tuple((name, xsd) for name, xsd in elements if name not in CREDENTIALS),
            tuple(name for name, _ in elements if name in CREDENTIALS),
        )
    bound = frozenset(node.get("name") for node in tree.iterfind("w:binding/w:operation", WSDL_NS))
    return operations, bound


@cache
def responses() -> dict[str, Any]:
    """``api-responses.json``: ``methods`` (answer shapes), ``param_docs`` and ``method_docs``."""
    data: dict[str, Any] = json.loads(need(RESPONSES).read_text(encoding="utf-8"))
    return data


@cache
def statuses() -> dict[str, str]:
    """The provider's status codes and their descriptions."""
    rows = json.loads(need(STATUSES).read_text(encoding="utf-8"))["statuses"]
    codes = [row["code"] for row in rows]
    assert len(codes) == len(set(codes)), "api-statuses.json repeats a code"
    return {row["code"]: row["description"] for row in rows}


@cache
def seed_functions() -> dict[str, str]:
    """The seed's function list: method name -> its description (the cell after the name)."""
    lines = [line.strip() for line in need(SEED).read_text(encoding="utf-8").splitlines()]
    table = lines[lines.index("FUNCTIONS LIST") : lines.index("FUNCTION STATUS AND ERROR CODE")]
    cells = [line.rstrip("|").strip() for line in table if line not in ("|", "")]
    return {
        name: text
        for name, text in pairwise(cells)
        if re.fullmatch(r"[a-z][A-Za-z0-9]+", name) and text.startswith("- ")
    }


@cache
def spec() -> ApiSpec:
    """``specs/voipms.yaml`` through the generator's loader (no diagnostics allowed)."""
    specs, diagnostics = load(ROOT / "specs", ROOT, [ROOT / "specs" / "voipms.yaml"])
    assert not diagnostics, "\n".join(map(str, diagnostics))
    (loaded,) = specs
    return loaded


def operations() -> dict[str, Operation]:
    """The spec's operations by wire name."""
    return {op.wire_name: op for op in spec().operations}


def doc_of(param_docs: Mapping[str, Mapping[str, str]], operation: str, name: str) -> str:
    """The parameter's docs, or those of the same-named parameter elsewhere (the spec's analogy)."""
    own = param_docs.get(operation, {}).get(name)
    if own is not None:
        return own
    return next((docs[name] for _, docs in sorted(param_docs.items()) if name in docs), "")


def documented_required(param_docs: Mapping[str, Mapping[str, str]], operation: str, name: str) -> bool:
    """True when the operation's own docs of ``name`` carry the "(required)" marker."""
    return REQUIRED_MARKER.search(param_docs.get(operation, {}).get(name, "")) is not None


def fail_with(problems: list[str], what: str) -> None:
    """Fail listing every problem at once."""
    assert not problems, f"{len(problems)} {what}:\n  " + "\n  ".join(problems)
