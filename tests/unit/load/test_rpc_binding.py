"""provider.soap and the soap keys: loaded into the IR, and every misuse a located diagnostic."""

from __future__ import annotations

from pathlib import Path

from generator.ir import RpcBinding, RpcElement
from generator.load import load_specs
from generator.passes import run_passes

from .test_loader import MINIMAL

BINDING = """\
  soap:
    style: rpc_encoded
    path: /soap
    namespace: urn:acme
    soap_action: urn:acme
    types_namespace: https://api.acme.test/schema
  error_format: status_field
"""

OPERATIONS = """\
  setThing:
    description: Set a thing.
    http_method: GET
    path: /things
    params:
      - {name: zip_code, in: query, type: string, description: The zip., soap: {name: zip}}
      - {name: flag, in: query, type: boolean, description: A flag., soap: {type: integer}}
      - {name: webhook, in: query, type: string, description: REST only., soap: false}
      - {name: kind, in: query, type: Kind, description: A kind.}
  getOther:
    description: REST only.
    http_method: GET
    path: /other
    soap: false
"""


def _spec(binding: str = BINDING, operations: str = OPERATIONS) -> str:
    text = MINIMAL.replace("  response_format: xml\n", "  response_format: json\n" + binding)
    return text.replace("    response: {type: Thing, xml_root: thing}\n", "    response: {type: Thing}\n") + operations


def test_the_binding_and_each_element_reach_the_ir(write_spec) -> None:
    result = load_specs([write_spec(_spec())], Path("."))
    assert result.diagnostics == ()
    (spec,) = result.specs
    spec = run_passes(spec)
    assert spec.provider.rpc == RpcBinding("/soap", "urn:acme", "urn:acme", "https://api.acme.test/schema")
    ops = {op.wire_name: op for op in spec.operations}
    assert (ops["getThing"].rpc, ops["setThing"].rpc, ops["getOther"].rpc) == (True, True, False)
    assert [p.rpc for p in ops["setThing"].params] == [
        RpcElement("zip", "string"),
        RpcElement("flag", "integer"),
        None,
        RpcElement("kind", "string"),
    ]


def test_soap_keys_without_a_binding_are_located(write_spec) -> None:
    result = load_specs([write_spec(_spec(binding="  error_format: status_field\n"))], Path("."))
    paths = sorted(d.path for d in result.diagnostics)
    assert paths == [
        "operations.getOther.soap",
        "operations.setThing.params[0].soap",
        "operations.setThing.params[1].soap",
        "operations.setThing.params[2].soap",
    ]
    assert all("provider.soap" in d.hint for d in result.diagnostics)


def test_a_parameter_one_element_cannot_hold_and_a_clash_are_reported(write_spec) -> None:
    operations = """\
  putThings:
    description: Put things.
    http_method: GET
    path: /things
    params:
      - {name: ids, in: query, type: "list[integer]", encoding: json, description: Ids.}
      - {name: zip, in: query, type: string, description: A zip.}
      - {name: zip_code, in: query, type: string, description: The zip., soap: {name: zip}}
"""
    result = load_specs([write_spec(_spec(operations=operations))], Path("."))
    messages = {d.path: d.message for d in result.diagnostics}
    assert "cannot travel as one SOAP element" in messages["operations.putThings.params[0].type"]
    assert "also sent for 'zip'" in messages["operations.putThings.params[2].soap"]


def test_a_binding_needs_the_status_field_error_format(write_spec) -> None:
    text = _spec().replace(
        "  error_format: status_field\n", "  error_format: envelope\n  envelope: {status: s, success_values: [ok]}\n"
    )
    result = load_specs([write_spec(text)], Path("."))
    assert any(d.path == "provider.soap" for d in result.diagnostics)
