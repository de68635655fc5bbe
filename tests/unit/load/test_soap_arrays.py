"""The SOAP loader unwraps ArrayOf wrappers everywhere and names fields as parameters are named."""

from __future__ import annotations

from pathlib import Path

from generator.ir import TypeRef
from generator.pipeline import load

ROOT = Path(__file__).resolve().parents[3]


def voxbone():
    specs, diagnostics = load(ROOT / "specs", ROOT, [ROOT / "specs" / "voxbone" / "voxbone.yaml"])
    assert diagnostics == ()
    (spec,) = specs
    return spec


def test_array_wrappers_become_lists_in_records_parameters_and_results() -> None:
    spec = voxbone()
    models = {m.name: m for m in spec.models}
    assert not [name for name in models if name.startswith("ArrayOf")]
    order = {f.python_name: f for f in models["PlaceDidsOrderResponse"].fields}["dids"]
    assert (order.wire_name, order.xml_item, order.type) == ("ArrayOfDIDs", "DID", TypeRef("list", (TypeRef("Did"),)))
    ips = {f.python_name: f for f in models["Pop"].fields}["ips"]
    assert (ips.wire_name, ips.xml_item) == ("ArrayOfIPs", "IP")
    ops = {op.wire_name: op for op in spec.operations}
    assert ops["GetDIDsInfo"].result_path == ("dids",)
    (dids_ids,) = [p for p in ops["MapDID"].params if p.wire_name == "ArrayOfDIDsIDs"]
    assert (dids_ids.python_name, dids_ids.xml_item, dids_ids.required) == ("dids_ids", "DIDsID", True)
    assert dids_ids.constraints.min_items == 1
    assert "class ArrayOf" not in spec.models_source and '"wrapper": "ArrayOfDIDs"' in spec.models_source


def test_a_field_that_shadows_a_builtin_keeps_its_name_as_the_parameter_does() -> None:
    spec = voxbone()
    did = next(m for m in spec.models if m.name == "Did")
    assert "type" in [f.python_name for f in did.fields] and "type_value" not in spec.models_source
    group_list = next(op for op in spec.operations if op.wire_name == "GetDIDGroupList")
    assert "type" in [p.python_name for p in group_list.params]
