"""The SOAP loader: each mistake in a broken copy of specs/voxbone/ is one diagnostic at file:line:column.

Every test edits a copy of the Voxbone spec in ``tmp_path`` and compares the diagnostics with
positions found by searching the edited text, so the tests do not depend on where in the real
spec the edited lines happen to be.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.ir import Diagnostic
from generator.load import inputs_of, load_specs

ROOT = Path(__file__).resolve().parents[3]
VOXBONE = ROOT / "specs" / "voxbone"


@dataclass
class SpecCopy:
    """A copy of specs/voxbone/ at ``tmp_path/voxbone``, loaded with ``tmp_path`` as the repo root."""

    root: Path

    @property
    def folder(self) -> Path:
        return self.root / "voxbone"

    def edit(self, name: str, old: str, new: str, after: str = "") -> None:
        """Replace the first ``old`` in ``name`` after the first ``after`` (the only ``old`` if not given)."""
        path = self.folder / name
        text = path.read_text(encoding="utf-8")
        offset = _find(text, old, after)
        path.write_text(text[:offset] + new + text[offset + len(old) :], encoding="utf-8")

    def at(self, name: str, needle: str, attribute: str = "", after: str = "") -> tuple[str, int, int]:
        """(file, line, column) of ``needle`` in ``name`` (found as ``edit`` finds it), or of ``attribute=`` in it."""
        text = (self.folder / name).read_text(encoding="utf-8")
        offset = _find(text, needle, after) + (needle.index(f"{attribute}=") if attribute else 0)
        line = text.count("\n", 0, offset) + 1
        return f"voxbone/{name}", line, offset - (text.rfind("\n", 0, offset) + 1) + 1

    def load(self) -> tuple[Diagnostic, ...]:
        return load_specs([self.folder / "voxbone.yaml"], self.root).diagnostics


def _find(text: str, needle: str, after: str) -> int:
    if not after:
        assert text.count(needle) == 1, f"{needle!r} occurs {text.count(needle)} times"
        return text.index(needle)
    return text.index(needle, text.index(after))


@pytest.fixture
def spec(tmp_path: Path) -> SpecCopy:
    shutil.copytree(VOXBONE, tmp_path / "voxbone")
    return SpecCopy(tmp_path)


def located(diagnostic: Diagnostic) -> tuple[str, int, int, str]:
    return diagnostic.file, diagnostic.line, diagnostic.column, diagnostic.message


# ---------------------------------------------------------------------------- clean specs


def test_the_copy_loads_as_the_spec_itself_does(spec: SpecCopy) -> None:
    loaded = load_specs([spec.folder / "voxbone.yaml"], spec.root)
    original = load_specs([VOXBONE / "voxbone.yaml"], ROOT)
    assert loaded.diagnostics == ()
    assert loaded.specs[0].models_source == original.specs[0].models_source
    assert loaded.specs[0].operations == original.specs[0].operations


def split_simple_types(spec: SpecCopy) -> None:
    """Move the XSD's simple types to ``types/simple.xsd``, a "chameleon" include (no targetNamespace)."""
    xsd = spec.folder / "voxapi.xsd"
    text = xsd.read_text(encoding="utf-8")
    start = text.index('  <xsd:simpleType name="DIDType">')
    end = text.index('  <xsd:complexType name="UserToken">')
    header = text[: text.index(">", text.index("<xsd:schema")) + 1]
    (spec.folder / "types").mkdir()
    chameleon = header.replace('targetNamespace="http://www.voxbone.com/VoxAPI"', "")
    (spec.folder / "types" / "simple.xsd").write_text(chameleon + text[start:end] + "</xsd:schema>\n")
    include = '  <xsd:include schemaLocation="types/simple.xsd"/>\n'
    annotation = text.index("  <xsd:annotation>")
    xsd.write_text(text[:annotation] + include + text[annotation:start] + text[end:], encoding="utf-8")


def test_types_may_live_in_an_included_schema_of_a_subfolder(spec: SpecCopy) -> None:
    split_simple_types(spec)
    loaded = load_specs([spec.folder / "voxbone.yaml"], spec.root)
    original = load_specs([VOXBONE / "voxbone.yaml"], ROOT).specs[0]
    assert loaded.diagnostics == ()
    assert set(loaded.specs[0].models) == set(original.models)
    assert set(loaded.specs[0].enums) == set(original.enums)
    assert spec.folder / "types" / "simple.xsd" in inputs_of(spec.folder / "voxbone.yaml")  # in the build record


def test_a_mistake_in_an_included_schema_is_reported_in_that_file(spec: SpecCopy) -> None:
    split_simple_types(spec)
    restriction = '<xsd:restriction base="xsd:string">'
    spec.edit("types/simple.xsd", restriction, '<xsd:element name="Stray"/>' + restriction, after='name="Protocol"')
    spec.edit("types/simple.xsd", 'base="xsd:string"', 'base="xsd:strng"', after='name="Digits"')
    (problem,) = spec.load()  # the structure is checked once the names are right
    assert located(problem) == (
        *spec.at("types/simple.xsd", 'base="xsd:strng"', "base"),
        "'xsd:strng' is not a built-in XML Schema type",
    )
    spec.edit("types/simple.xsd", 'base="xsd:strng"', 'base="xsd:string"', after='name="Digits"')
    (problem,) = spec.load()
    assert located(problem) == (
        *spec.at("types/simple.xsd", '<xsd:element name="Stray"/>'),
        "not valid XML Schema: Element 'xsd:simpleType': The content is not valid. Expected is"
        " (annotation?, (restriction | list | union)).",
    )


# ---------------------------------------------------------------------------- undefined names

COUNTRY = '<xsd:complexType name="Country">'
TOP = "  <xsd:annotation>"  # the schema's own annotation: the first child of xsd:schema


def test_an_undefined_type_is_a_diagnostic_not_a_str(spec: SpecCopy) -> None:
    spec.edit("voxapi.xsd", 'type="xsd:int"', 'type="vox:Identifier"', after=COUNTRY)
    (problem,) = spec.load()
    where = spec.at("voxapi.xsd", 'type="vox:Identifier"', "type")
    assert located(problem) == (*where, "type 'vox:Identifier' is not defined")
    assert problem.path == (
        "/xsd:schema/xsd:complexType[@name='Country']/xsd:sequence/xsd:element[@name='CountryID']/@type"
    )
    assert problem.hint == "define the type in the XSD or a schema it includes, or fix the name"


def test_a_misspelt_name_gets_the_nearest_defined_one_as_its_hint(spec: SpecCopy) -> None:
    spec.edit("voxapi.xsd", 'base="xsd:int"', 'base="xsd:itn"', after='name="Quantity"')
    spec.edit("voxapi.xsd", 'type="vox:Protocol"', 'type="vox:Protocl"')
    first, second = spec.load()
    assert located(first) == (
        *spec.at("voxapi.xsd", 'base="xsd:itn"', "base"),
        "'xsd:itn' is not a built-in XML Schema type",
    )
    assert first.hint == "did you mean 'xsd:int'?"
    assert located(second) == (
        *spec.at("voxapi.xsd", 'type="vox:Protocl"', "type"),
        "type 'vox:Protocl' is not defined",
    )
    assert second.hint == "did you mean 'vox:Protocol'?"


def test_an_undefined_ref_and_an_undeclared_prefix(spec: SpecCopy) -> None:
    spec.edit("voxapi.xsd", 'ref="vox:UserToken"', 'ref="vox:UserTokn"', after='<xsd:element name="PlaceDIDsOrder">')
    spec.edit("voxapi.xsd", "vox:KnownOrderStatus xsd:string", "vox:KnownOrderStatus xs:string")
    union, ref = spec.load()
    assert located(union) == (
        *spec.at("voxapi.xsd", 'memberTypes="vox:KnownOrderStatus xs:string"', "memberTypes"),
        "'xs:string': the prefix 'xs' is not declared",
    )
    assert located(ref) == (
        *spec.at("voxapi.xsd", 'ref="vox:UserTokn"', "ref"),
        "element 'vox:UserTokn' is not defined",
    )
    assert ref.hint == "did you mean 'vox:UserToken'?"


def test_a_name_of_a_namespace_no_schema_was_read_for(spec: SpecCopy) -> None:
    spec.edit("voxapi.xsd", 'xmlns:vox="', 'xmlns:ext="urn:ext"\n            xmlns:vox="')
    spec.edit("voxapi.xsd", TOP, '  <xsd:import namespace="urn:ext"/>\n' + TOP, after="<xsd:schema")
    spec.edit("voxapi.xsd", 'type="xsd:int"', 'type="ext:Thing"', after=COUNTRY)
    (problem,) = spec.load()
    assert located(problem) == (
        *spec.at("voxapi.xsd", 'type="ext:Thing"', "type"),
        "type 'ext:Thing' is not defined: no schema read defines anything in namespace 'urn:ext'",
    )
    assert problem.hint == "xsd:import that namespace's schema with a local schemaLocation, or fix the prefix"


def test_a_name_defined_twice_points_at_both(spec: SpecCopy) -> None:
    spec.edit("voxapi.xsd", '<xsd:simpleType name="Digits">', '<xsd:simpleType name="Protocol">')
    duplicate, *uses = spec.load()
    first_line = spec.at("voxapi.xsd", '<xsd:simpleType name="Protocol">', after="<xsd:schema")[1]
    assert located(duplicate) == (
        *spec.at("voxapi.xsd", 'name="Protocol"', "name", after='<xsd:simpleType name="CountryCodeA2">'),
        f"type 'Protocol' is defined twice (first at voxbone/voxapi.xsd:{first_line})",
    )
    assert [u.message for u in uses] == ["type 'vox:Digits' is not defined"] * 3


# ---------------------------------------------------------------------------- includes and imports


def test_a_missing_include_is_a_diagnostic_and_hides_no_other_namespace(spec: SpecCopy) -> None:
    spec.edit("voxapi.xsd", TOP, '  <xsd:include schemaLocation="common.xsd"/>\n' + TOP, after="<xsd:schema")
    spec.edit("voxapi.wsdl", 'element="vox:GetCountriesList"', 'element="vox:GetCountriesLst"')
    spec.edit("voxapi.wsdl", 'message="vox:CancelDIDRequest"', 'message="vox:CancelDIDRequst"')
    include, message = spec.load()
    assert located(include) == (
        *spec.at("voxapi.xsd", 'schemaLocation="common.xsd"', "schemaLocation"),
        "'common.xsd' does not exist (looked for voxbone/common.xsd)",
    )
    # What common.xsd would define is unknown, so GetCountriesLst is not reported; the WSDL's own names are.
    assert located(message) == (
        *spec.at("voxapi.wsdl", 'message="vox:CancelDIDRequst"', "message"),
        "message 'vox:CancelDIDRequst' is not defined",
    )


REMOTE = "is not a local file: the generator never fetches anything over the network"


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("http://127.0.0.1:9/x.xsd", f"'http://127.0.0.1:9/x.xsd' {REMOTE}"),
        ("https://example.com/x.xsd", f"'https://example.com/x.xsd' {REMOTE}"),
        ("file:///etc/x.xsd", f"'file:///etc/x.xsd' {REMOTE}"),
        ("/etc/x.xsd", "'/etc/x.xsd' is an absolute path; a spec names its files by paths relative to itself"),
        ("../x.xsd", "'../x.xsd' is outside the spec folder voxbone"),
        ("x.xsd#types", "'x.xsd#types' has a query or fragment; a spec names its files by plain relative paths"),
        ("missing.xsd", "'missing.xsd' does not exist (looked for voxbone/missing.xsd)"),
    ],
)
def test_a_location_that_is_not_a_relative_file_of_the_folder_is_refused(
    spec: SpecCopy, location: str, message: str
) -> None:
    (spec.root / "x.xsd").write_text("<xsd:schema xmlns:xsd='http://www.w3.org/2001/XMLSchema'/>")
    schema_import = f'  <xsd:import namespace="urn:x" schemaLocation="{location}"/>\n'
    spec.edit("voxapi.xsd", TOP, schema_import + TOP, after="<xsd:schema")
    (problem,) = spec.load()
    assert located(problem) == (*spec.at("voxapi.xsd", f'schemaLocation="{location}"', "schemaLocation"), message)


def test_an_import_must_name_the_namespace_of_the_schema_it_reads(spec: SpecCopy) -> None:
    spec.edit(
        "voxapi.wsdl", 'namespace="http://www.voxbone.com/VoxAPI" schemaLocation', 'namespace="urn:vox" schemaLocation'
    )
    (problem,) = spec.load()  # the schema is still read, so its names are not reported one by one
    assert located(problem) == (
        *spec.at("voxapi.wsdl", 'namespace="urn:vox"', "namespace"),
        "'voxapi.xsd' has targetNamespace 'http://www.voxbone.com/VoxAPI', but the import names namespace 'urn:vox'",
    )


def test_a_schema_that_is_not_well_formed(spec: SpecCopy) -> None:
    spec.edit("voxapi.xsd", 'name="CountryName" type="xsd:string">', 'name="CountryName"', after=COUNTRY)
    (problem,) = spec.load()
    line = spec.at("voxapi.xsd", 'name="CountryName"\n')[1] + 1  # where the parser notices it
    assert (problem.file, problem.line) == ("voxbone/voxapi.xsd", line)
    assert problem.message.startswith("XML syntax error: ") and "line" not in problem.message


def test_a_schema_location_must_name_a_schema(spec: SpecCopy) -> None:
    spec.edit("voxapi.wsdl", 'schemaLocation="voxapi.xsd"', 'schemaLocation="other.xml"')
    (spec.folder / "other.xml").write_text("<root/>\n")
    (problem,) = spec.load()
    assert located(problem) == (
        *spec.at("voxapi.wsdl", 'schemaLocation="other.xml"', "schemaLocation"),
        "'other.xml' is not an XML Schema: its root element is root",
    )


def test_a_schema_xsdata_would_choke_on_is_reported_at_its_line(spec: SpecCopy) -> None:
    nameless = '<xsd:element type="xsd:int"/>'
    spec.edit("voxapi.xsd", '<xsd:simpleType name="Digits">', nameless + '\n  <xsd:simpleType name="Digits">')
    (problem,) = spec.load()
    assert located(problem) == (
        *spec.at("voxapi.xsd", nameless),
        "not valid XML Schema: Element 'xsd:element': The attribute 'name' is required but missing.",
    )


# ---------------------------------------------------------------------------- the WSDL


def test_wsdl_parts_and_messages_must_name_defined_things(spec: SpecCopy) -> None:
    spec.edit("voxapi.wsdl", 'element="vox:GetCountriesList"', 'element="vox:GetCountriesLst"')
    spec.edit("voxapi.wsdl", '<wsdl:output message="vox:GetCountriesListResponse"/>', "")
    part, output = spec.load()
    assert located(part) == (
        *spec.at("voxapi.wsdl", 'element="vox:GetCountriesLst"', "element"),
        "element 'vox:GetCountriesLst' is not defined",
    )
    assert part.hint == "did you mean 'vox:GetCountriesList'?"
    assert located(output) == (
        *spec.at("voxapi.wsdl", '<wsdl:operation name="GetCountriesList">', after="<wsdl:portType"),
        "operation GetCountriesList has no output message",
    )


def test_wsdl_constructs_the_loader_would_skip_are_diagnostics(spec: SpecCopy) -> None:
    schema = 'schemaLocation="voxapi.xsd"/>'
    more = (
        '\n      <xsd:import namespace="urn:more" schemaLocation="more.xsd"/>\n      <xsd:complexType name="Inline"/>'
    )
    spec.edit("voxapi.wsdl", schema, schema + more)
    wsdl_import = '<wsdl:import namespace="urn:x" location="http://127.0.0.1:9/x.wsdl"/>'
    spec.edit("voxapi.wsdl", "  <wsdl:types>", f"  {wsdl_import}\n  <wsdl:types>")
    second, imported, inline = spec.load()
    assert located(second) == (
        *spec.at("voxapi.wsdl", '<xsd:import namespace="urn:more"'),
        "the WSDL must import exactly one XSD (schemaLocation)",
    )
    assert located(imported) == (*spec.at("voxapi.wsdl", wsdl_import), "wsdl:import is not supported")
    assert located(inline) == (
        *spec.at("voxapi.wsdl", '<xsd:complexType name="Inline"/>'),
        "xsd:complexType inside wsdl:types is not read: types come from the XSD",
    )


def test_the_sidecar_names_a_local_wsdl(spec: SpecCopy) -> None:
    spec.edit("voxbone.yaml", "wsdl: voxapi.wsdl", "wsdl: http://127.0.0.1:9/voxapi.wsdl")
    (problem,) = spec.load()
    assert located(problem) == (
        *spec.at("voxbone.yaml", "wsdl: http"),
        f"the WSDL 'http://127.0.0.1:9/voxapi.wsdl' {REMOTE}",
    )


def test_every_mistake_of_every_file_is_reported_at_once(spec: SpecCopy) -> None:
    spec.edit("voxapi.xsd", 'type="vox:Protocol"', 'type="vox:Protocl"')
    spec.edit("voxapi.xsd", 'base="xsd:int"', 'base="xsd:positiveInt"', after='name="Quantity"')
    spec.edit("voxapi.wsdl", 'element="vox:CancelDID"', 'element="vox:CancelDIDs"')
    problems = spec.load()
    assert [(p.file, p.message) for p in problems] == [
        ("voxbone/voxapi.xsd", "'xsd:positiveInt' is not a built-in XML Schema type"),
        ("voxbone/voxapi.xsd", "type 'vox:Protocl' is not defined"),
        ("voxbone/voxapi.wsdl", "element 'vox:CancelDIDs' is not defined"),
    ]
