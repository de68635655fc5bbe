"""The loader's side table: where each item of a spec is written, by IR path (YAML, WSDL and XSD)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.load import load_located, load_one
from generator.load.locations import SourceMap, SourcePosition, item_key

ROOT = Path(__file__).resolve().parents[3]
VOXBONE = ROOT / "specs" / "voxbone"


def line_of(path: Path, text: str) -> int:
    """The 1-based number of the first line of ``path`` holding ``text``."""
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)


@pytest.fixture(scope="module")
def iovox() -> SourceMap:
    located = load_located(ROOT / "specs" / "iovox.yaml", "specs/iovox.yaml")
    assert located.spec is not None and located.sources is not None
    return located.sources


@pytest.fixture(scope="module")
def voxbone() -> SourceMap:
    located = load_located(VOXBONE / "voxbone.yaml", "specs/voxbone/voxbone.yaml")
    assert located.spec is not None and located.sources is not None
    return located.sources


def test_yaml_items_are_keyed_by_name_not_index(iovox: SourceMap) -> None:
    spec = ROOT / "specs" / "iovox.yaml"
    param = iovox.locate(("operations", "getVoxnumbers", "params", "page"))
    assert param.file == "specs/iovox.yaml" and param.line > line_of(spec, "  getVoxnumbers:")
    assert iovox.has(("types", "NumberType", "enum", "GEOGRAPHIC"))
    assert iovox.locate(("provider", "errors", "api_version_empty")).line == line_of(spec, "code: api_version_empty")
    assert iovox.locate(("sdk_version",)) == SourcePosition("specs/iovox.yaml", line_of(spec, "sdk_version:"), 1)


def test_an_unlocated_path_falls_back_to_its_nearest_ancestor(iovox: SourceMap) -> None:
    op = iovox.locate(("operations", "getVoxnumbers"))
    assert iovox.locate(("operations", "getVoxnumbers", "params", "nope", "required")) == iovox.locate(
        ("operations", "getVoxnumbers", "params")
    )
    assert iovox.locate(("operations", "nope")) == iovox.locate(("operations",)) != op
    assert SourceMap("x.yaml", {}).locate(("a", "b")) == SourcePosition("x.yaml", 1, 1)


def test_list_items_are_named_by_name_code_value_or_index() -> None:
    assert item_key({"name": "page", "type": "integer"}, 3) == "page"
    assert item_key({"code": "sold_out"}, 0) == "sold_out"
    assert item_key("GEOGRAPHIC", 1) == "GEOGRAPHIC" and item_key(201, 0) == "201"
    assert item_key({"require": "a", "when": "b"}, 2) == "2"


def test_soap_operations_and_actions_are_located_in_the_wsdl(voxbone: SourceMap) -> None:
    wsdl = VOXBONE / "voxapi.wsdl"
    op = voxbone.locate(("operations", "GetDIDGroupList"))
    assert (op.file, op.line) == ("specs/voxbone/voxapi.wsdl", line_of(wsdl, '<wsdl:operation name="GetDIDGroupList">'))
    assert op.column == 5
    action = voxbone.locate(("operations", "GetDIDGroupList", "soap_action"))
    assert action.line == line_of(wsdl, "VoxAPI/GetDIDGroupList") and action.column == 23
    assert voxbone.has(("operations", "GetDIDGroupList", "faults", "VoxAPIFault"))
    assert voxbone.locate(("provider", "xml_namespace")).file == "specs/voxbone/voxapi.wsdl"


def test_soap_parameters_and_facets_are_located_in_the_xsd(voxbone: SourceMap) -> None:
    xsd = VOXBONE / "voxapi.xsd"
    required = voxbone.locate(("operations", "GetDIDGroupList", "params", "Filter", "required"))
    assert required.file == "specs/voxbone/voxapi.xsd"
    assert required.line == line_of(xsd, '<xsd:element name="Filter" type="vox:DIDGroupFilter" minOccurs="0">')
    assert xsd.read_text().splitlines()[required.line - 1][required.column - 1 :].startswith("minOccurs=")
    # CodeA2's pattern is written in the named simple type CountryCodeA2.
    assert voxbone.locate(("types", "Country", "fields", "CodeA2", "pattern")).line == line_of(xsd, "[A-Z]{2}")
    assert voxbone.locate(("types", "DidType", "enum", "TOLLFREE")).line == line_of(xsd, 'value="TOLLFREE"')


def test_sidecar_keys_stay_located_in_the_sidecar(voxbone: SourceMap) -> None:
    mutates = voxbone.locate(("operations", "PlaceDIDsOrder", "mutates"))
    assert mutates.file == "specs/voxbone/voxbone.yaml"
    assert voxbone.locate(("provider", "auth", "credentials", "password")).file == "specs/voxbone/voxbone.yaml"


def test_soap_faults_and_version_reach_the_ir() -> None:
    spec, problems = load_one(VOXBONE / "voxbone.yaml", "voxbone.yaml")
    assert problems == [] and spec is not None
    assert spec.sdk_version == "0.1.0"
    assert all(op.faults == ("VoxAPIFault",) for op in spec.operations)


def test_an_rpc_binding_is_refused_at_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "voxbone"
    shutil.copytree(VOXBONE, folder)
    wsdl = folder / "voxapi.wsdl"
    wsdl.write_text(wsdl.read_text().replace('<soap:binding style="document"', '<soap:binding style="rpc"'))
    spec, (problem,) = load_one(folder / "voxbone.yaml", "voxbone/voxbone.yaml")
    assert spec is None
    assert (problem.file, problem.line) == ("voxbone/voxapi.wsdl", line_of(wsdl, 'style="rpc"'))
    assert 'style="rpc" is not supported' in problem.message and "document" in problem.hint
