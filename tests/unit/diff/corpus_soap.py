"""Corpus cases on Voxbone (WSDL, XSD and sidecar): operations removed or renamed, soapAction and namespace,
minOccurs, elements removed or retyped, facets tightened, enumeration values, faults."""

from __future__ import annotations

from tests.unit.diff.corpus import Edit, case

S = "voxbone/voxbone.yaml"
W, X = "voxapi.wsdl", "voxapi.xsd"
STATES_PORT = """\
    <wsdl:operation name="GetStatesList">
      <wsdl:documentation>List the states of a country.</wsdl:documentation>
      <wsdl:input message="vox:GetStatesListRequest"/>
      <wsdl:output message="vox:GetStatesListResponse"/>
      <wsdl:fault name="VoxAPIFault" message="vox:VoxAPIFault"/>
    </wsdl:operation>
"""
COUNTRIES_FAULT = """\
      <wsdl:output message="vox:GetCountriesListResponse"/>
      <wsdl:fault name="VoxAPIFault" message="vox:VoxAPIFault"/>
"""
ORDER_PORT = """\
      <wsdl:output message="vox:PlaceDIDsOrderResponse"/>
      <wsdl:fault name="VoxAPIFault" message="vox:VoxAPIFault"/>
"""
QUANTITY = """\
        <xsd:element name="Quantity" type="vox:Quantity">
          <xsd:annotation><xsd:documentation>How many numbers to order.</xsd:documentation></xsd:annotation>
"""
QUANTITY_AT_MOST_100 = """\
        <xsd:element name="Quantity">
          <xsd:annotation><xsd:documentation>How many numbers to order.</xsd:documentation></xsd:annotation>
          <xsd:simpleType><xsd:restriction base="xsd:int"><xsd:minInclusive value="1"/><xsd:maxInclusive value="100"/></xsd:restriction></xsd:simpleType>
"""
PURCHASE_INFO = """\
        <xsd:element name="PurchaseInfo" type="vox:PurchaseInfo" minOccurs="0">
          <xsd:annotation><xsd:documentation>Customer details, required by regulation in some countries.</xsd:documentation></xsd:annotation>
        </xsd:element>
"""
THRESHOLD = """\
        <xsd:element name="Threshold" type="xsd:decimal">
          <xsd:annotation><xsd:documentation>Balance threshold, in Currency units.</xsd:documentation></xsd:annotation>
        </xsd:element>
"""


def wsdl(old: str, new: str, count: int = 1) -> Edit:
    return Edit(old, new, W, count)


def xsd(old: str, new: str, count: int = 1) -> Edit:
    return Edit(old, new, X, count)


CASES = [
    case("operation-removed", S, [wsdl(STATES_PORT, "")], '<wsdl:operation name="GetStatesList">', "<wsdl:portType"),
    case(
        "operation-renamed",
        S,
        [
            wsdl('<wsdl:operation name="GetStatesList">', '<wsdl:operation name="ListStates">', count=2),
            wsdl("VoxAPI/GetStatesList", "VoxAPI/ListStates"),
        ],
        '<wsdl:operation name="GetStatesList">',
        '<wsdl:operation name="ListStates">',
    ),
    case("operation-soap-action-changed", S, [wsdl("VoxAPI/GetCountriesList", "VoxAPI/v2/GetCountriesList")], "soapAction=", "soapAction="),
    case("operation-fault-added", S, [wsdl(ORDER_PORT, ORDER_PORT + '      <wsdl:fault name="OrderFault" message="vox:VoxAPIFault"/>\n')], '<wsdl:operation name="PlaceDIDsOrder">', 'name="OrderFault"'),
    case("operation-fault-removed", S, [wsdl(COUNTRIES_FAULT, '      <wsdl:output message="vox:GetCountriesListResponse"/>\n')], '<wsdl:fault name="VoxAPIFault"', '<wsdl:operation name="GetCountriesList">'),
    # The whole namespace moves: the WSDL's own and its prefix, and the schema's (the loader checks they agree).
    case("soap-namespace-changed", S, [Edit('"http://www.voxbone.com/VoxAPI"', '"http://www.voxbone.com/VoxAPI/v2"', W, 3), Edit('"http://www.voxbone.com/VoxAPI"', '"http://www.voxbone.com/VoxAPI/v2"', X, 2)], "targetNamespace=", "targetNamespace="),
    case("description-changed", S, [wsdl("List the states of a country.", "List every state of a country.")], "List the states", "List every state"),
    case("request-param-became-required", S, [xsd('type="vox:DIDGroupFilter" minOccurs="0"', 'type="vox:DIDGroupFilter"')], 'name="Filter"', 'name="Filter"'),
    case("request-param-removed", S, [xsd(PURCHASE_INFO, "")], 'name="PurchaseInfo"', "<xsd:sequence>"),
    case("request-param-type-changed", S, [xsd(QUANTITY, QUANTITY.replace("vox:Quantity", "xsd:string"))], 'type="vox:Quantity"', 'type="xsd:string"'),
    case("request-param-constraint-tightened", S, [xsd(QUANTITY, QUANTITY_AT_MOST_100)], 'name="Quantity"', '<xsd:maxInclusive value="100"/>'),
    case("request-param-pattern-changed", S, [xsd('<xsd:pattern value="[A-Z]{2}"/>', '<xsd:pattern value="[A-Z]{2,3}"/>')], '<xsd:pattern value="[A-Z]{2}"/>', "[A-Z]{2,3}"),
    case("request-enum-value-removed", S, [xsd('      <xsd:enumeration value="NATIONAL"/>\n', "")], 'value="NATIONAL"', 'name="DIDType"'),
    case("response-enum-value-added", S, [xsd('      <xsd:enumeration value="FULFILLED"/>\n', '      <xsd:enumeration value="FULFILLED"/>\n      <xsd:enumeration value="PENDING"/>\n')], 'name="KnownOrderStatus"', 'value="PENDING"'),
    case("response-field-removed", S, [xsd(THRESHOLD, "")], 'name="Threshold"', "<xsd:sequence>"),
    case("response-field-became-optional", S, [xsd('<xsd:element name="Balance" type="xsd:decimal">', '<xsd:element name="Balance" type="xsd:decimal" minOccurs="0">')], 'name="Balance"', 'minOccurs="0"'),
    case("operation-no-longer-mutating", S, [("  CancelDID: {mutates: true}\n", "")], "CancelDID: {mutates: true}", '<wsdl:operation name="CancelDID">'),
    case("error-code-added", S, [("operations:\n", "    - {code: out_of_stock, message: Not enough stock}\noperations:\n")], "errors:", "code: out_of_stock"),
]  # fmt: skip
