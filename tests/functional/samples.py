"""Sample bodies from the iovox purchaseVoxNumbers documentation (seed 001), embedded verbatim or corrected.

Corrections are marked: the documentation's ``<item>.....</item>`` / ``<voxnumber>...</voxnumber>`` placeholders
mean "more of the same" and are dropped, and the callback's closing ``<voxnumbers>`` typo is fixed.
"""

from __future__ import annotations

from typing import Any

from iovox_sdk.models import AdditionalInformation, PurchaseItem
from lxml import etree

# The request payload of the documentation, without the trailing ``<item>.....</item>`` placeholder.
SEED_PURCHASE_REQUEST = b"""<?xml version="1.0" encoding="utf-8"?>
<request>
    <callback_url>http://my.company.com/orderCallback.php</callback_url>
    <cc_list>mail@mail.com</cc_list>
    <dynamic_quantity>TRUE</dynamic_quantity>
    <items>
        <item>
           <country_code>44</country_code>
           <area_code>151</area_code>
           <number_type>GEOGRAPHIC</number_type>
           <quantity>2</quantity>
           <additional_information>
                <firstname>Bastien</firstname>
                <lastname>Kerigan</lastname>
                <company>Iovox</company>
                <street>a street</street>
                <building_number>21</building_number>
                <city>Saint Nazaire</city>
                <zipcode>44600</zipcode>
           </additional_information>
        </item>
    </items>
 </request>
"""

# "If the order is pending" (HTTP 201), verbatim.
SEED_PENDING_RESPONSE = b"""<?xml version="1.0" encoding="utf-8"?>
<response>
    <order_reference>a0d7c5264b34fd6ea36e75a4363adss9</order_reference>
     <order_status>PENDING</order_status>
     <voxnumbers></voxnumbers>
 </response>
"""

# "If order has been completed", without the ``<voxnumber>...</voxnumber>`` placeholder.
SEED_FULFILLED_RESPONSE = b"""<?xml version="1.0" encoding="utf-8"?>
<response>
    <order_reference>a0d7c5264b34fd6ea36e75a4363adss9</order_reference>
     <order_status>FULFILLED</order_status>
     <voxnumbers>
        <voxnumber>
            <country_code>44</country_code>
            <area_code>151</area_code>
            <full_voxnumber>441512100200</full_voxnumber>
        </voxnumber>
        <voxnumber>
            <country_code>44</country_code>
            <area_code>151</area_code>
            <full_voxnumber>441513100200</full_voxnumber>
        </voxnumber>
     </voxnumbers>
 </response>
"""

# The callback exactly as documented: ``<voxnumbers>`` is "closed" by a second opening tag (not well-formed).
SEED_CALLBACK_LITERAL = b"""<?xml version="1.0" encoding="utf-8"?>
<order>
     <order_reference>a0d7c5264b34fd6ea36e75a4363adss9</order_reference>
     <order_status>FULFILLED</order_status>
     <voxnumbers>
        <voxnumber>
             <country_code>44</country_code>
             <area_code>151</area_code>
             <full_voxnumber>441512100200</full_voxnumber>
        </voxnumber>
        <voxnumber>
            ...
        </voxnumber>
     <voxnumbers>
 </order>
"""

# The callback corrected: closing tag fixed, placeholder dropped.
SEED_CALLBACK_FULFILLED = b"""<?xml version="1.0" encoding="utf-8"?>
<order>
     <order_reference>a0d7c5264b34fd6ea36e75a4363adss9</order_reference>
     <order_status>FULFILLED</order_status>
     <voxnumbers>
        <voxnumber>
             <country_code>44</country_code>
             <area_code>151</area_code>
             <full_voxnumber>441512100200</full_voxnumber>
        </voxnumber>
     </voxnumbers>
 </order>
"""

# "a callback could contain PENDING VoxNumbers": same shape, PENDING, some numbers included.
SEED_CALLBACK_PENDING = SEED_CALLBACK_FULFILLED.replace(b"FULFILLED", b"PENDING")

SEED_ADDITIONAL_INFORMATION = AdditionalInformation(
    firstname="Bastien",
    lastname="Kerigan",
    company="Iovox",
    street="a street",
    building_number=21,
    city="Saint Nazaire",
    zipcode="44600",
)

SEED_ITEM = PurchaseItem(
    country_code=44,
    area_code=151,
    number_type="GEOGRAPHIC",
    quantity=2,
    additional_information=SEED_ADDITIONAL_INFORMATION,
)

SEED_PURCHASE_KWARGS: dict[str, Any] = {
    "callback_url": "http://my.company.com/orderCallback.php",
    "cc_list": ["mail@mail.com"],
    "dynamic_quantity": True,
    "items": [SEED_ITEM],
}

# A minimal valid item, for tests about something else.
SIMPLE_ITEM = PurchaseItem(country_code=44, area_code=151, number_type="GEOGRAPHIC", quantity=1)

REGION_PAGE = b"""<?xml version="1.0" encoding="utf-8"?>
<response>
    <current_page>2</current_page>
    <total_pages>7</total_pages>
    <total_results>13</total_results>
    <results>
        <result>
            <area_code>151</area_code>
            <country_code>44</country_code>
            <country_name>United Kingdom</country_name>
            <state_name></state_name>
            <city_name>Liverpool</city_name>
            <cost>1.50</cost>
            <require_purchase_info>FALSE</require_purchase_info>
        </result>
        <result>
            <area_code>0201</area_code>
            <country_code>33</country_code>
            <country_name>France</country_name>
            <city_name>Paris</city_name>
            <require_purchase_info>TRUE</require_purchase_info>
        </result>
    </results>
</response>
"""

VOXNUMBER_PAGE = b"""<?xml version="1.0" encoding="utf-8"?>
<response>
    <current_page>1</current_page>
    <total_pages>1</total_pages>
    <total_results>1</total_results>
    <results>
        <result>
            <voxnumber>441512100200</voxnumber>
            <voxnumber_type>LOCAL</voxnumber_type>
            <country_code>44</country_code>
            <area_code>151</area_code>
            <voxnumber_country>United Kingdom</voxnumber_country>
            <voxnumber_city>Liverpool</voxnumber_city>
            <assigned_status>UNASSIGNED</assigned_status>
            <purchase_date>2011-07-16 10:00:00</purchase_date>
        </result>
    </results>
</response>
"""

EMPTY_PAGE = b"""<?xml version="1.0" encoding="utf-8"?>
<response><current_page>1</current_page><total_pages>0</total_pages><total_results>0</total_results><results/></response>
"""


def errors_body(*errors: tuple[int, str]) -> bytes:
    """An iovox error document: ``<errors><error status="400">message</error>...</errors>``."""
    inner = "".join(f'<error status="{status}">{message}</error>' for status, message in errors)
    return f'<?xml version="1.0" encoding="utf-8"?><errors>{inner}</errors>'.encode()


def canonical_tree(document: bytes) -> Any:
    """A comparable form of an XML document: (tag, stripped text, attributes, children) recursively, in order."""
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True)
    root = etree.fromstring(document, parser)

    def walk(element: Any) -> Any:
        return (element.tag, (element.text or "").strip(), dict(element.attrib), [walk(child) for child in element])

    return walk(root)
