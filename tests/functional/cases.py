"""The runtime suites' case table: one row per generated SDK, most of it derived from the SDK's spec.

A row says only what the spec cannot: credentials (plain and easy-to-spot ones), the carrier's
error document, which read and which mutating call the scenarios use, and a call that fails
validation. Every operation's valid arguments and documented success come from the spec (the same
samples the documentation's runnable examples use), and the mutating operations from ``OPERATIONS``.
A fifth carrier joins the suites by adding a row to ``SDKS``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from generator.docs.samples import example_arguments, sample_body
from generator.ir import ApiSpec
from generator.pipeline import load

ROOT = Path(__file__).resolve().parents[2]


@cache
def specs() -> dict[str, ApiSpec]:
    """Every committed spec, loaded and passed, by package name."""
    loaded, problems = load(ROOT / "specs", ROOT)
    assert not problems, problems
    return {spec.provider.package: spec for spec in loaded}


def example_calls(package: str) -> dict[str, dict[str, Any]]:
    """Valid keyword arguments for every operation of ``package``, from its spec's samples (a fresh copy of the
    table: callers may change what they are given)."""
    return {method: dict(arguments) for method, arguments in _example_calls(package).items()}


@cache
def _example_calls(package: str) -> dict[str, dict[str, Any]]:
    spec = specs()[package]
    calls = {}
    for op in spec.operations:
        arguments = example_arguments(spec, op)
        namespace: dict[str, Any] = {}
        exec("\n".join(arguments.stdlib_imports + arguments.package_imports), namespace)
        calls[op.python_name] = {name: eval(expression, namespace) for name, expression in arguments.pairs}
    return calls


def documented_successes(package: str) -> dict[str, tuple[int, bytes]]:
    """A documented success (status, body) for every operation of ``package``, from its spec's samples."""
    spec = specs()[package]
    return {op.python_name: (op.success_status[0], sample_body(spec, op)[1].encode()) for op in spec.operations}


def mutating(package: str) -> frozenset[str]:
    """The operations of ``package`` that change state on the carrier, as its spec marks them."""
    return frozenset(op.python_name for op in specs()[package].operations if op.mutates)


def status_field_error(status: int, message: str) -> bytes:
    """VoIP.ms's error answer: only a status code (the message becomes an undocumented one)."""
    return json.dumps({"status": message}).encode()


def envelope_error(status: int, message: str) -> bytes:
    """VoiceMeUp's JSON envelope with an error status and one message."""
    details = {"response_status": "error", "response_messages": {"message": {"code": "error", "_content": message}}}
    return json.dumps({"response_details": details}).encode()


def soap_fault(status: int, message: str) -> bytes:
    """A SOAP 1.1 fault, as Voxbone answers any refusal."""
    return (
        '<?xml version="1.0" encoding="utf-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/'
        'envelope/"><soapenv:Body><soapenv:Fault><faultcode>soapenv:Server</faultcode>'
        f"<faultstring>{escape(message)}</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>"
    ).encode()


ErrorBody = Callable[[int, str], bytes]


def soap_rpc_derived(package: str) -> Mapping[str, Any]:
    """A row's spec-derived parts for the SOAP transport of a dual-transport carrier (VoIP.ms).

    Only operations the SOAP endpoint binds, without the optional REST-only arguments (a SOAP client
    refuses them); the documented successes as PHP's SoapServer encodes them.
    """
    spec = specs()[package]
    ops = [op for op in spec.operations if op.rpc]
    rest_only = {op.python_name: {p.python_name for p in op.params if p.rpc is None and not p.required} for op in ops}
    calls = example_calls(package)
    successes = documented_successes(package)
    return {
        "calls": {
            op.python_name: {k: v for k, v in calls[op.python_name].items() if k not in rest_only[op.python_name]}
            for op in ops
        },
        "successes": {
            op.python_name: (successes[op.python_name][0], _as_map(op.wire_name, successes[op.python_name][1]))
            for op in ops
        },
        "mutating": frozenset(op.python_name for op in ops if op.mutates),
    }


def _as_map(operation: str, body: bytes) -> bytes:
    from .soap_rpc import map_envelope

    return map_envelope(operation, json.loads(body) if body.strip() else {"status": "success"})


def derived(package: str) -> Mapping[str, Any]:
    """The parts of a row that come from the spec."""
    return {
        "calls": example_calls(package),
        "successes": documented_successes(package),
        "mutating": mutating(package),
    }
