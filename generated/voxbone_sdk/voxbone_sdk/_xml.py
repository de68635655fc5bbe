"""XML writers and readers, one straight-line function per record."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ._deadline import check_deadline
from ._request import xml_escape
from ._xmlio import (
    missing_field,
    read_bool,
    read_decimal,
    read_enum_class,
    read_int,
    read_items,
    read_open_enum,
    read_text,
)
from .models import (
    CancelDidResponse,
    Country,
    CreditPackage,
    Did,
    DidGroup,
    DidGroupFilter,
    DidsFilter,
    DidType,
    GetAccountBalanceResponse,
    GetCountriesListResponse,
    GetDidGroupListResponse,
    GetDidsInfoResponse,
    GetOrderStatusResponse,
    GetPopListResponse,
    GetPurchaseInfoDataResponse,
    GetStatesListResponse,
    GetTollfreeCreditPackageListResponse,
    GetTrunkListResponse,
    IsPurchaseInfoValidResponse,
    KnownOrderStatus,
    KnownPurchaseInfoStatus,
    PlaceDidsOrderResponse,
    Pop,
    PurchaseInfo,
    PurchaseInfoData,
    PurchaseTollfreeCreditResponse,
    State,
    Trunk,
)


def write_did_group_filter(value: DidGroupFilter, out: list[str]) -> None:
    """Append the child elements of a DidGroupFilter to ``out``."""
    if value.hide_empty is not None:
        out.append("<tns:HideEmpty>" + ("true" if value.hide_empty else "false") + "</tns:HideEmpty>")
    if value.state_id is not None:
        out.append("<tns:StateID>" + str(value.state_id) + "</tns:StateID>")


def write_purchase_info(value: PurchaseInfo, out: list[str]) -> None:
    """Append the child elements of a PurchaseInfo to ``out``."""
    out.append("<tns:Firstname>" + xml_escape(value.firstname) + "</tns:Firstname>")
    out.append("<tns:Lastname>" + xml_escape(value.lastname) + "</tns:Lastname>")
    out.append("<tns:Company>" + xml_escape(value.company) + "</tns:Company>")
    out.append("<tns:Salutation>" + xml_escape(value.salutation) + "</tns:Salutation>")
    out.append("<tns:Street>" + xml_escape(value.street) + "</tns:Street>")
    out.append("<tns:BuildingNumber>" + xml_escape(value.building_number) + "</tns:BuildingNumber>")
    out.append("<tns:City>" + xml_escape(value.city) + "</tns:City>")
    out.append("<tns:ZipCode>" + xml_escape(value.zip_code) + "</tns:ZipCode>")
    out.append("<tns:CountryCodeA2>" + xml_escape(value.country_code_a2) + "</tns:CountryCodeA2>")


def write_dids_filter(value: DidsFilter, out: list[str]) -> None:
    """Append the child elements of a DidsFilter to ``out``."""
    if value.e164 is not None:
        out.append("<tns:E164>" + xml_escape(value.e164) + "</tns:E164>")
    if value.order_reference is not None:
        out.append("<tns:OrderReference>" + xml_escape(value.order_reference) + "</tns:OrderReference>")


def read_country(element: Any, path: str) -> Country:
    """Read a Country from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 5:
        c0, c1, c2, c3, c4 = element
        if (
            c0.tag == "{http://www.voxbone.com/VoxAPI}CountryID"
            and c1.tag == "{http://www.voxbone.com/VoxAPI}CountryName"
            and c2.tag == "{http://www.voxbone.com/VoxAPI}CodeA2"
            and c3.tag == "{http://www.voxbone.com/VoxAPI}CountryCode"
            and c4.tag == "{http://www.voxbone.com/VoxAPI}HasStates"
        ):
            country_id = (
                int(_t)
                if (_t := c0.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "CountryID")
            )
            country_name = (
                _t
                if (_t := c1.text) is not None and not len(c1)
                else read_text(c1, path, "CountryName", allow_empty=True)
            )
            code_a2 = (
                _t if (_t := c2.text) is not None and not len(c2) else read_text(c2, path, "CodeA2", allow_empty=True)
            )
            country_code = (
                int(_t)
                if (_t := c3.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "CountryCode")
            )
            has_states = read_bool(c4.text, path, "HasStates")
            if country_id is not None and country_code is not None and has_states is not None:
                _record = Country(
                    country_id=country_id,
                    country_name=country_name,
                    code_a2=code_a2,
                    country_code=country_code,
                    has_states=has_states,
                )
                return _record
    return _read_country_by_tag(element, path)


def _read_country_by_tag(element: Any, path: str) -> Country:
    """Read a Country from its children in any order; unknown ones are ignored."""
    country_id: int | None = None
    country_name: str | None = None
    code_a2: str | None = None
    country_code: int | None = None
    has_states: bool | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}CountryID":
            country_id = read_int(child.text, path, "CountryID")
        elif tag == "{http://www.voxbone.com/VoxAPI}CountryName":
            country_name = read_text(child, path, "CountryName", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}CodeA2":
            code_a2 = read_text(child, path, "CodeA2", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}CountryCode":
            country_code = read_int(child.text, path, "CountryCode")
        elif tag == "{http://www.voxbone.com/VoxAPI}HasStates":
            has_states = read_bool(child.text, path, "HasStates")
    if country_id is None or country_name is None or code_a2 is None or country_code is None or has_states is None:
        raise missing_field(
            path,
            ("CountryID", country_id),
            ("CountryName", country_name),
            ("CodeA2", code_a2),
            ("CountryCode", country_code),
            ("HasStates", has_states),
        )
    return Country(
        country_id=country_id,
        country_name=country_name,
        code_a2=code_a2,
        country_code=country_code,
        has_states=has_states,
    )


def read_state(element: Any, path: str) -> State:
    """Read a State from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 3:
        c0, c1, c2 = element
        if (
            c0.tag == "{http://www.voxbone.com/VoxAPI}StateID"
            and c1.tag == "{http://www.voxbone.com/VoxAPI}StateName"
            and c2.tag == "{http://www.voxbone.com/VoxAPI}CodeA2"
        ):
            state_id = (
                int(_t)
                if (_t := c0.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "StateID")
            )
            state_name = (
                _t
                if (_t := c1.text) is not None and not len(c1)
                else read_text(c1, path, "StateName", allow_empty=True)
            )
            code_a2 = (
                _t if (_t := c2.text) is not None and not len(c2) else read_text(c2, path, "CodeA2", allow_empty=True)
            )
            if state_id is not None:
                _record = State(state_id=state_id, state_name=state_name, code_a2=code_a2)
                return _record
    return _read_state_by_tag(element, path)


def _read_state_by_tag(element: Any, path: str) -> State:
    """Read a State from its children in any order; unknown ones are ignored."""
    state_id: int | None = None
    state_name: str | None = None
    code_a2: str | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}StateID":
            state_id = read_int(child.text, path, "StateID")
        elif tag == "{http://www.voxbone.com/VoxAPI}StateName":
            state_name = read_text(child, path, "StateName", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}CodeA2":
            code_a2 = read_text(child, path, "CodeA2", allow_empty=True)
    if state_id is None or state_name is None or code_a2 is None:
        raise missing_field(path, ("StateID", state_id), ("StateName", state_name), ("CodeA2", code_a2))
    return State(
        state_id=state_id,
        state_name=state_name,
        code_a2=code_a2,
    )


def read_did_group(element: Any, path: str) -> DidGroup:
    """Read a DidGroup from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 9:
        c0, c1, c2, c3, c4, c5, c6, c7, c8 = element
        if (
            c0.tag == "{http://www.voxbone.com/VoxAPI}DIDGroupID"
            and c1.tag == "{http://www.voxbone.com/VoxAPI}CountryName"
            and c2.tag == "{http://www.voxbone.com/VoxAPI}CityName"
            and c3.tag == "{http://www.voxbone.com/VoxAPI}stock"
            and c4.tag == "{http://www.voxbone.com/VoxAPI}CountryCode"
            and c5.tag == "{http://www.voxbone.com/VoxAPI}AreaCode"
            and c6.tag == "{http://www.voxbone.com/VoxAPI}Setup100"
            and c7.tag == "{http://www.voxbone.com/VoxAPI}Monthly100"
            and c8.tag == "{http://www.voxbone.com/VoxAPI}RequirePurchaseInfo"
        ):
            did_group_id = (
                int(_t)
                if (_t := c0.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "DIDGroupID")
            )
            country_name = (
                _t
                if (_t := c1.text) is not None and not len(c1)
                else read_text(c1, path, "CountryName", allow_empty=True)
            )
            city_name = (
                _t if (_t := c2.text) is not None and not len(c2) else read_text(c2, path, "CityName", allow_empty=True)
            )
            stock = (
                int(_t)
                if (_t := c3.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "stock")
            )
            country_code = (
                int(_t)
                if (_t := c4.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "CountryCode")
            )
            area_code = (
                _t if (_t := c5.text) is not None and not len(c5) else read_text(c5, path, "AreaCode", allow_empty=True)
            )
            setup100 = (
                int(_t)
                if (_t := c6.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "Setup100")
            )
            monthly100 = (
                int(_t)
                if (_t := c7.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "Monthly100")
            )
            require_purchase_info = read_bool(c8.text, path, "RequirePurchaseInfo")
            if (
                did_group_id is not None
                and stock is not None
                and country_code is not None
                and setup100 is not None
                and monthly100 is not None
                and require_purchase_info is not None
            ):
                _record = DidGroup(
                    did_group_id=did_group_id,
                    country_name=country_name,
                    city_name=city_name,
                    stock=stock,
                    country_code=country_code,
                    area_code=area_code,
                    setup100=setup100,
                    monthly100=monthly100,
                    require_purchase_info=require_purchase_info,
                )
                return _record
    return _read_did_group_by_tag(element, path)


def _read_did_group_by_tag(element: Any, path: str) -> DidGroup:
    """Read a DidGroup from its children in any order; unknown ones are ignored."""
    did_group_id: int | None = None
    country_name: str | None = None
    city_name: str | None = None
    stock: int | None = None
    country_code: int | None = None
    area_code: str | None = None
    setup100: int | None = None
    monthly100: int | None = None
    require_purchase_info: bool | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}DIDGroupID":
            did_group_id = read_int(child.text, path, "DIDGroupID")
        elif tag == "{http://www.voxbone.com/VoxAPI}CountryName":
            country_name = read_text(child, path, "CountryName", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}CityName":
            city_name = read_text(child, path, "CityName", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}stock":
            stock = read_int(child.text, path, "stock")
        elif tag == "{http://www.voxbone.com/VoxAPI}CountryCode":
            country_code = read_int(child.text, path, "CountryCode")
        elif tag == "{http://www.voxbone.com/VoxAPI}AreaCode":
            area_code = read_text(child, path, "AreaCode", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}Setup100":
            setup100 = read_int(child.text, path, "Setup100")
        elif tag == "{http://www.voxbone.com/VoxAPI}Monthly100":
            monthly100 = read_int(child.text, path, "Monthly100")
        elif tag == "{http://www.voxbone.com/VoxAPI}RequirePurchaseInfo":
            require_purchase_info = read_bool(child.text, path, "RequirePurchaseInfo")
    if (
        did_group_id is None
        or country_name is None
        or city_name is None
        or stock is None
        or country_code is None
        or area_code is None
        or setup100 is None
        or monthly100 is None
        or require_purchase_info is None
    ):
        raise missing_field(
            path,
            ("DIDGroupID", did_group_id),
            ("CountryName", country_name),
            ("CityName", city_name),
            ("stock", stock),
            ("CountryCode", country_code),
            ("AreaCode", area_code),
            ("Setup100", setup100),
            ("Monthly100", monthly100),
            ("RequirePurchaseInfo", require_purchase_info),
        )
    return DidGroup(
        did_group_id=did_group_id,
        country_name=country_name,
        city_name=city_name,
        stock=stock,
        country_code=country_code,
        area_code=area_code,
        setup100=setup100,
        monthly100=monthly100,
        require_purchase_info=require_purchase_info,
    )


def read_purchase_info_data(element: Any, path: str) -> PurchaseInfoData:
    """Read a PurchaseInfoData from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    city_name: str | None = None
    zip_items: list[str] = []
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}CityName":
            city_name = read_text(child, path, "CityName", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}Zip":
            zip_items.append(child.text or "")
    if city_name is None:
        raise missing_field(path, ("CityName", city_name))
    return PurchaseInfoData(
        city_name=city_name,
        zip=tuple(zip_items),
    )


def read_did(element: Any, path: str) -> Did:
    """Read a Did from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 13:
        c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12 = element
        if (
            c0.tag == "{http://www.voxbone.com/VoxAPI}DIDsID"
            and c1.tag == "{http://www.voxbone.com/VoxAPI}DID"
            and c2.tag == "{http://www.voxbone.com/VoxAPI}E164"
            and c3.tag == "{http://www.voxbone.com/VoxAPI}Type"
            and c4.tag == "{http://www.voxbone.com/VoxAPI}CountryName"
            and c5.tag == "{http://www.voxbone.com/VoxAPI}CountryCode"
            and c6.tag == "{http://www.voxbone.com/VoxAPI}CityName"
            and c7.tag == "{http://www.voxbone.com/VoxAPI}AreaCode"
            and c8.tag == "{http://www.voxbone.com/VoxAPI}mapping"
            and c9.tag == "{http://www.voxbone.com/VoxAPI}OrderReference"
            and c10.tag == "{http://www.voxbone.com/VoxAPI}Channels"
            and c11.tag == "{http://www.voxbone.com/VoxAPI}Delivery"
            and c12.tag == "{http://www.voxbone.com/VoxAPI}TrunkID"
        ):
            dids_id = (
                int(_t)
                if (_t := c0.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "DIDsID")
            )
            did = _t if (_t := c1.text) is not None and not len(c1) else read_text(c1, path, "DID", allow_empty=True)
            e164 = _t if (_t := c2.text) is not None and not len(c2) else read_text(c2, path, "E164", allow_empty=True)
            type = read_enum_class(c3.text, DidType, path, "Type")
            country_name = (
                _t
                if (_t := c4.text) is not None and not len(c4)
                else read_text(c4, path, "CountryName", allow_empty=True)
            )
            country_code = (
                int(_t)
                if (_t := c5.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "CountryCode")
            )
            city_name = (
                _t if (_t := c6.text) is not None and not len(c6) else read_text(c6, path, "CityName", allow_empty=True)
            )
            area_code = (
                _t if (_t := c7.text) is not None and not len(c7) else read_text(c7, path, "AreaCode", allow_empty=True)
            )
            mapping = (
                _t if (_t := c8.text) is not None and not len(c8) else read_text(c8, path, "mapping", allow_empty=True)
            )
            order_reference = (
                _t
                if (_t := c9.text) is not None and not len(c9)
                else read_text(c9, path, "OrderReference", allow_empty=True)
            )
            channels = (
                int(_t)
                if (_t := c10.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "Channels")
            )
            delivery = (
                _t
                if (_t := c11.text) is not None and not len(c11)
                else read_text(c11, path, "Delivery", allow_empty=True)
            )
            trunk_id = (
                int(_t)
                if (_t := c12.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "TrunkID")
            )
            if dids_id is not None and country_code is not None and channels is not None and trunk_id is not None:
                _record = Did(
                    dids_id=dids_id,
                    did=did,
                    e164=e164,
                    type=type,
                    country_name=country_name,
                    country_code=country_code,
                    city_name=city_name,
                    area_code=area_code,
                    mapping=mapping,
                    order_reference=order_reference,
                    channels=channels,
                    delivery=delivery,
                    trunk_id=trunk_id,
                )
                return _record
    return _read_did_by_tag(element, path)


def _read_did_by_tag(element: Any, path: str) -> Did:
    """Read a Did from its children in any order; unknown ones are ignored."""
    dids_id: int | None = None
    did: str | None = None
    e164: str | None = None
    type: DidType | None = None
    country_name: str | None = None
    country_code: int | None = None
    city_name: str | None = None
    area_code: str | None = None
    mapping: str | None = None
    order_reference: str | None = None
    channels: int | None = None
    delivery: str | None = None
    trunk_id: int | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}DIDsID":
            dids_id = read_int(child.text, path, "DIDsID")
        elif tag == "{http://www.voxbone.com/VoxAPI}DID":
            did = read_text(child, path, "DID", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}E164":
            e164 = read_text(child, path, "E164", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}Type":
            type = read_enum_class(child.text, DidType, path, "Type")
        elif tag == "{http://www.voxbone.com/VoxAPI}CountryName":
            country_name = read_text(child, path, "CountryName", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}CountryCode":
            country_code = read_int(child.text, path, "CountryCode")
        elif tag == "{http://www.voxbone.com/VoxAPI}CityName":
            city_name = read_text(child, path, "CityName", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}AreaCode":
            area_code = read_text(child, path, "AreaCode", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}mapping":
            mapping = read_text(child, path, "mapping", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}OrderReference":
            order_reference = read_text(child, path, "OrderReference", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}Channels":
            channels = read_int(child.text, path, "Channels")
        elif tag == "{http://www.voxbone.com/VoxAPI}Delivery":
            delivery = read_text(child, path, "Delivery", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}TrunkID":
            trunk_id = read_int(child.text, path, "TrunkID")
    if (
        dids_id is None
        or did is None
        or e164 is None
        or type is None
        or country_name is None
        or country_code is None
        or city_name is None
        or area_code is None
        or mapping is None
        or order_reference is None
        or channels is None
        or delivery is None
        or trunk_id is None
    ):
        raise missing_field(
            path,
            ("DIDsID", dids_id),
            ("DID", did),
            ("E164", e164),
            ("Type", type),
            ("CountryName", country_name),
            ("CountryCode", country_code),
            ("CityName", city_name),
            ("AreaCode", area_code),
            ("mapping", mapping),
            ("OrderReference", order_reference),
            ("Channels", channels),
            ("Delivery", delivery),
            ("TrunkID", trunk_id),
        )
    return Did(
        dids_id=dids_id,
        did=did,
        e164=e164,
        type=type,
        country_name=country_name,
        country_code=country_code,
        city_name=city_name,
        area_code=area_code,
        mapping=mapping,
        order_reference=order_reference,
        channels=channels,
        delivery=delivery,
        trunk_id=trunk_id,
    )


def read_trunk(element: Any, path: str) -> Trunk:
    """Read a Trunk from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 4:
        c0, c1, c2, c3 = element
        if (
            c0.tag == "{http://www.voxbone.com/VoxAPI}TrunkID"
            and c1.tag == "{http://www.voxbone.com/VoxAPI}Zone"
            and c2.tag == "{http://www.voxbone.com/VoxAPI}DIDsOnTrunk"
            and c3.tag == "{http://www.voxbone.com/VoxAPI}MaximumCapacity"
        ):
            trunk_id = (
                int(_t)
                if (_t := c0.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "TrunkID")
            )
            zone = _t if (_t := c1.text) is not None and not len(c1) else read_text(c1, path, "Zone", allow_empty=True)
            dids_on_trunk = (
                int(_t)
                if (_t := c2.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "DIDsOnTrunk")
            )
            maximum_capacity = (
                int(_t)
                if (_t := c3.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "MaximumCapacity")
            )
            if trunk_id is not None and dids_on_trunk is not None and maximum_capacity is not None:
                _record = Trunk(
                    trunk_id=trunk_id, zone=zone, dids_on_trunk=dids_on_trunk, maximum_capacity=maximum_capacity
                )
                return _record
    return _read_trunk_by_tag(element, path)


def _read_trunk_by_tag(element: Any, path: str) -> Trunk:
    """Read a Trunk from its children in any order; unknown ones are ignored."""
    trunk_id: int | None = None
    zone: str | None = None
    dids_on_trunk: int | None = None
    maximum_capacity: int | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}TrunkID":
            trunk_id = read_int(child.text, path, "TrunkID")
        elif tag == "{http://www.voxbone.com/VoxAPI}Zone":
            zone = read_text(child, path, "Zone", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}DIDsOnTrunk":
            dids_on_trunk = read_int(child.text, path, "DIDsOnTrunk")
        elif tag == "{http://www.voxbone.com/VoxAPI}MaximumCapacity":
            maximum_capacity = read_int(child.text, path, "MaximumCapacity")
    if trunk_id is None or zone is None or dids_on_trunk is None or maximum_capacity is None:
        raise missing_field(
            path,
            ("TrunkID", trunk_id),
            ("Zone", zone),
            ("DIDsOnTrunk", dids_on_trunk),
            ("MaximumCapacity", maximum_capacity),
        )
    return Trunk(
        trunk_id=trunk_id,
        zone=zone,
        dids_on_trunk=dids_on_trunk,
        maximum_capacity=maximum_capacity,
    )


def read_pop(element: Any, path: str) -> Pop:
    """Read a Pop from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 3:
        c0, c1, c2 = element
        if (
            c0.tag == "{http://www.voxbone.com/VoxAPI}DeliveryID"
            and c1.tag == "{http://www.voxbone.com/VoxAPI}Name"
            and c2.tag == "{http://www.voxbone.com/VoxAPI}ArrayOfIPs"
        ):
            delivery_id = (
                int(_t)
                if (_t := c0.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "DeliveryID")
            )
            name = _t if (_t := c1.text) is not None and not len(c1) else read_text(c1, path, "Name", allow_empty=True)
            ips = tuple([item.text or "" for item in c2 if item.tag == "{http://www.voxbone.com/VoxAPI}IP"])
            if delivery_id is not None:
                _record = Pop(delivery_id=delivery_id, name=name, ips=ips)
                return _record
    return _read_pop_by_tag(element, path)


def _read_pop_by_tag(element: Any, path: str) -> Pop:
    """Read a Pop from its children in any order; unknown ones are ignored."""
    delivery_id: int | None = None
    name: str | None = None
    ips: tuple[str, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}DeliveryID":
            delivery_id = read_int(child.text, path, "DeliveryID")
        elif tag == "{http://www.voxbone.com/VoxAPI}Name":
            name = read_text(child, path, "Name", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}ArrayOfIPs":
            ips = tuple([item.text or "" for item in child if item.tag == "{http://www.voxbone.com/VoxAPI}IP"])
    if delivery_id is None or name is None:
        raise missing_field(path, ("DeliveryID", delivery_id), ("Name", name))
    return Pop(
        delivery_id=delivery_id,
        name=name,
        ips=ips,
    )


def read_credit_package(element: Any, path: str) -> CreditPackage:
    """Read a CreditPackage from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 3:
        c0, c1, c2 = element
        if (
            c0.tag == "{http://www.voxbone.com/VoxAPI}TollfreeCreditPackageID"
            and c1.tag == "{http://www.voxbone.com/VoxAPI}Name"
            and c2.tag == "{http://www.voxbone.com/VoxAPI}Price100"
        ):
            tollfree_credit_package_id = (
                int(_t)
                if (_t := c0.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "TollfreeCreditPackageID")
            )
            name = _t if (_t := c1.text) is not None and not len(c1) else read_text(c1, path, "Name", allow_empty=True)
            price100 = (
                int(_t)
                if (_t := c2.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "Price100")
            )
            if tollfree_credit_package_id is not None and price100 is not None:
                _record = CreditPackage(
                    tollfree_credit_package_id=tollfree_credit_package_id, name=name, price100=price100
                )
                return _record
    return _read_credit_package_by_tag(element, path)


def _read_credit_package_by_tag(element: Any, path: str) -> CreditPackage:
    """Read a CreditPackage from its children in any order; unknown ones are ignored."""
    tollfree_credit_package_id: int | None = None
    name: str | None = None
    price100: int | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}TollfreeCreditPackageID":
            tollfree_credit_package_id = read_int(child.text, path, "TollfreeCreditPackageID")
        elif tag == "{http://www.voxbone.com/VoxAPI}Name":
            name = read_text(child, path, "Name", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}Price100":
            price100 = read_int(child.text, path, "Price100")
    if tollfree_credit_package_id is None or name is None or price100 is None:
        raise missing_field(
            path, ("TollfreeCreditPackageID", tollfree_credit_package_id), ("Name", name), ("Price100", price100)
        )
    return CreditPackage(
        tollfree_credit_package_id=tollfree_credit_package_id,
        name=name,
        price100=price100,
    )


def read_get_countries_list_response(element: Any, path: str) -> GetCountriesListResponse:
    """Read a GetCountriesListResponse from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 1:
        (c0,) = element
        if c0.tag == "{http://www.voxbone.com/VoxAPI}ArrayOfCountries":
            countries = read_items(
                c0, "{http://www.voxbone.com/VoxAPI}Country", read_country, path + "/ArrayOfCountries/Country"
            )
            _record = GetCountriesListResponse(countries=countries)
            return _record
    return _read_get_countries_list_response_by_tag(element, path)


def _read_get_countries_list_response_by_tag(element: Any, path: str) -> GetCountriesListResponse:
    """Read a GetCountriesListResponse from its children in any order; unknown ones are ignored."""
    countries: tuple[Country, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}ArrayOfCountries":
            countries = read_items(
                child, "{http://www.voxbone.com/VoxAPI}Country", read_country, path + "/ArrayOfCountries/Country"
            )
    return GetCountriesListResponse(
        countries=countries,
    )


def read_get_states_list_response(element: Any, path: str) -> GetStatesListResponse:
    """Read a GetStatesListResponse from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 1:
        (c0,) = element
        if c0.tag == "{http://www.voxbone.com/VoxAPI}ArrayOfStates":
            states = read_items(c0, "{http://www.voxbone.com/VoxAPI}State", read_state, path + "/ArrayOfStates/State")
            _record = GetStatesListResponse(states=states)
            return _record
    return _read_get_states_list_response_by_tag(element, path)


def _read_get_states_list_response_by_tag(element: Any, path: str) -> GetStatesListResponse:
    """Read a GetStatesListResponse from its children in any order; unknown ones are ignored."""
    states: tuple[State, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}ArrayOfStates":
            states = read_items(
                child, "{http://www.voxbone.com/VoxAPI}State", read_state, path + "/ArrayOfStates/State"
            )
    return GetStatesListResponse(
        states=states,
    )


def read_get_did_group_list_response(element: Any, path: str) -> GetDidGroupListResponse:
    """Read a GetDidGroupListResponse from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 1:
        (c0,) = element
        if c0.tag == "{http://www.voxbone.com/VoxAPI}ArrayOfDIDGroups":
            did_groups = read_items(
                c0, "{http://www.voxbone.com/VoxAPI}DIDGroup", read_did_group, path + "/ArrayOfDIDGroups/DIDGroup"
            )
            _record = GetDidGroupListResponse(did_groups=did_groups)
            return _record
    return _read_get_did_group_list_response_by_tag(element, path)


def _read_get_did_group_list_response_by_tag(element: Any, path: str) -> GetDidGroupListResponse:
    """Read a GetDidGroupListResponse from its children in any order; unknown ones are ignored."""
    did_groups: tuple[DidGroup, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}ArrayOfDIDGroups":
            did_groups = read_items(
                child, "{http://www.voxbone.com/VoxAPI}DIDGroup", read_did_group, path + "/ArrayOfDIDGroups/DIDGroup"
            )
    return GetDidGroupListResponse(
        did_groups=did_groups,
    )


def read_place_dids_order_response(element: Any, path: str) -> PlaceDidsOrderResponse:
    """Read a PlaceDidsOrderResponse from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 3:
        c0, c1, c2 = element
        if (
            c0.tag == "{http://www.voxbone.com/VoxAPI}OrderReference"
            and c1.tag == "{http://www.voxbone.com/VoxAPI}Status"
            and c2.tag == "{http://www.voxbone.com/VoxAPI}ArrayOfDIDs"
        ):
            order_reference = (
                _t
                if (_t := c0.text) is not None and not len(c0)
                else read_text(c0, path, "OrderReference", allow_empty=True)
            )
            status = read_open_enum(c1.text, KnownOrderStatus)
            dids = read_items(c2, "{http://www.voxbone.com/VoxAPI}DID", read_did, path + "/ArrayOfDIDs/DID")
            _record = PlaceDidsOrderResponse(order_reference=order_reference, status=status, dids=dids)
            return _record
    return _read_place_dids_order_response_by_tag(element, path)


def _read_place_dids_order_response_by_tag(element: Any, path: str) -> PlaceDidsOrderResponse:
    """Read a PlaceDidsOrderResponse from its children in any order; unknown ones are ignored."""
    order_reference: str | None = None
    status: KnownOrderStatus | str | None = None
    dids: tuple[Did, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}OrderReference":
            order_reference = read_text(child, path, "OrderReference", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}Status":
            status = read_open_enum(child.text, KnownOrderStatus)
        elif tag == "{http://www.voxbone.com/VoxAPI}ArrayOfDIDs":
            dids = read_items(child, "{http://www.voxbone.com/VoxAPI}DID", read_did, path + "/ArrayOfDIDs/DID")
    if order_reference is None or status is None:
        raise missing_field(path, ("OrderReference", order_reference), ("Status", status))
    return PlaceDidsOrderResponse(
        order_reference=order_reference,
        status=status,
        dids=dids,
    )


def read_get_purchase_info_data_response(element: Any, path: str) -> GetPurchaseInfoDataResponse:
    """Read a GetPurchaseInfoDataResponse from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 1:
        (c0,) = element
        if c0.tag == "{http://www.voxbone.com/VoxAPI}ArrayOfPurchaseInfoData":
            purchase_info_data = read_items(
                c0,
                "{http://www.voxbone.com/VoxAPI}PurchaseInfoData",
                read_purchase_info_data,
                path + "/ArrayOfPurchaseInfoData/PurchaseInfoData",
            )
            _record = GetPurchaseInfoDataResponse(purchase_info_data=purchase_info_data)
            return _record
    return _read_get_purchase_info_data_response_by_tag(element, path)


def _read_get_purchase_info_data_response_by_tag(element: Any, path: str) -> GetPurchaseInfoDataResponse:
    """Read a GetPurchaseInfoDataResponse from its children in any order; unknown ones are ignored."""
    purchase_info_data: tuple[PurchaseInfoData, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}ArrayOfPurchaseInfoData":
            purchase_info_data = read_items(
                child,
                "{http://www.voxbone.com/VoxAPI}PurchaseInfoData",
                read_purchase_info_data,
                path + "/ArrayOfPurchaseInfoData/PurchaseInfoData",
            )
    return GetPurchaseInfoDataResponse(
        purchase_info_data=purchase_info_data,
    )


def read_is_purchase_info_valid_response(element: Any, path: str) -> IsPurchaseInfoValidResponse:
    """Read a IsPurchaseInfoValidResponse from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 1:
        (c0,) = element
        if c0.tag == "{http://www.voxbone.com/VoxAPI}Status":
            status = read_open_enum(c0.text, KnownPurchaseInfoStatus)
            _record = IsPurchaseInfoValidResponse(status=status)
            return _record
    return _read_is_purchase_info_valid_response_by_tag(element, path)


def _read_is_purchase_info_valid_response_by_tag(element: Any, path: str) -> IsPurchaseInfoValidResponse:
    """Read a IsPurchaseInfoValidResponse from its children in any order; unknown ones are ignored."""
    status: KnownPurchaseInfoStatus | str | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}Status":
            status = read_open_enum(child.text, KnownPurchaseInfoStatus)
    if status is None:
        raise missing_field(path, ("Status", status))
    return IsPurchaseInfoValidResponse(
        status=status,
    )


def read_cancel_did_response(element: Any, path: str) -> CancelDidResponse:
    """Read a CancelDidResponse from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 1:
        (c0,) = element
        if c0.tag == "{http://www.voxbone.com/VoxAPI}Canceled":
            canceled = read_bool(c0.text, path, "Canceled")
            if canceled is not None:
                _record = CancelDidResponse(canceled=canceled)
                return _record
    return _read_cancel_did_response_by_tag(element, path)


def _read_cancel_did_response_by_tag(element: Any, path: str) -> CancelDidResponse:
    """Read a CancelDidResponse from its children in any order; unknown ones are ignored."""
    canceled: bool | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}Canceled":
            canceled = read_bool(child.text, path, "Canceled")
    if canceled is None:
        raise missing_field(path, ("Canceled", canceled))
    return CancelDidResponse(
        canceled=canceled,
    )


def read_get_dids_info_response(element: Any, path: str) -> GetDidsInfoResponse:
    """Read a GetDidsInfoResponse from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 1:
        (c0,) = element
        if c0.tag == "{http://www.voxbone.com/VoxAPI}ArrayOfDIDs":
            dids = read_items(c0, "{http://www.voxbone.com/VoxAPI}DID", read_did, path + "/ArrayOfDIDs/DID")
            _record = GetDidsInfoResponse(dids=dids)
            return _record
    return _read_get_dids_info_response_by_tag(element, path)


def _read_get_dids_info_response_by_tag(element: Any, path: str) -> GetDidsInfoResponse:
    """Read a GetDidsInfoResponse from its children in any order; unknown ones are ignored."""
    dids: tuple[Did, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}ArrayOfDIDs":
            dids = read_items(child, "{http://www.voxbone.com/VoxAPI}DID", read_did, path + "/ArrayOfDIDs/DID")
    return GetDidsInfoResponse(
        dids=dids,
    )


def read_get_trunk_list_response(element: Any, path: str) -> GetTrunkListResponse:
    """Read a GetTrunkListResponse from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 1:
        (c0,) = element
        if c0.tag == "{http://www.voxbone.com/VoxAPI}ArrayOfTrunks":
            trunks = read_items(c0, "{http://www.voxbone.com/VoxAPI}Trunk", read_trunk, path + "/ArrayOfTrunks/Trunk")
            _record = GetTrunkListResponse(trunks=trunks)
            return _record
    return _read_get_trunk_list_response_by_tag(element, path)


def _read_get_trunk_list_response_by_tag(element: Any, path: str) -> GetTrunkListResponse:
    """Read a GetTrunkListResponse from its children in any order; unknown ones are ignored."""
    trunks: tuple[Trunk, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}ArrayOfTrunks":
            trunks = read_items(
                child, "{http://www.voxbone.com/VoxAPI}Trunk", read_trunk, path + "/ArrayOfTrunks/Trunk"
            )
    return GetTrunkListResponse(
        trunks=trunks,
    )


def read_get_pop_list_response(element: Any, path: str) -> GetPopListResponse:
    """Read a GetPopListResponse from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 1:
        (c0,) = element
        if c0.tag == "{http://www.voxbone.com/VoxAPI}ArrayOfPOPs":
            pops = read_items(c0, "{http://www.voxbone.com/VoxAPI}POP", read_pop, path + "/ArrayOfPOPs/POP")
            _record = GetPopListResponse(pops=pops)
            return _record
    return _read_get_pop_list_response_by_tag(element, path)


def _read_get_pop_list_response_by_tag(element: Any, path: str) -> GetPopListResponse:
    """Read a GetPopListResponse from its children in any order; unknown ones are ignored."""
    pops: tuple[Pop, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}ArrayOfPOPs":
            pops = read_items(child, "{http://www.voxbone.com/VoxAPI}POP", read_pop, path + "/ArrayOfPOPs/POP")
    return GetPopListResponse(
        pops=pops,
    )


def read_get_tollfree_credit_package_list_response(element: Any, path: str) -> GetTollfreeCreditPackageListResponse:
    """Read a GetTollfreeCreditPackageListResponse from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 1:
        (c0,) = element
        if c0.tag == "{http://www.voxbone.com/VoxAPI}ArrayOfTollfreeCreditPackages":
            tollfree_credit_packages = read_items(
                c0,
                "{http://www.voxbone.com/VoxAPI}CreditPackage",
                read_credit_package,
                path + "/ArrayOfTollfreeCreditPackages/CreditPackage",
            )
            _record = GetTollfreeCreditPackageListResponse(tollfree_credit_packages=tollfree_credit_packages)
            return _record
    return _read_get_tollfree_credit_package_list_response_by_tag(element, path)


def _read_get_tollfree_credit_package_list_response_by_tag(
    element: Any, path: str
) -> GetTollfreeCreditPackageListResponse:
    """Read a GetTollfreeCreditPackageListResponse from its children in any order; unknown ones are ignored."""
    tollfree_credit_packages: tuple[CreditPackage, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}ArrayOfTollfreeCreditPackages":
            tollfree_credit_packages = read_items(
                child,
                "{http://www.voxbone.com/VoxAPI}CreditPackage",
                read_credit_package,
                path + "/ArrayOfTollfreeCreditPackages/CreditPackage",
            )
    return GetTollfreeCreditPackageListResponse(
        tollfree_credit_packages=tollfree_credit_packages,
    )


def read_purchase_tollfree_credit_response(element: Any, path: str) -> PurchaseTollfreeCreditResponse:
    """Read a PurchaseTollfreeCreditResponse from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 2:
        c0, c1 = element
        if (
            c0.tag == "{http://www.voxbone.com/VoxAPI}OrderReference"
            and c1.tag == "{http://www.voxbone.com/VoxAPI}OrderStatus"
        ):
            order_reference = (
                _t
                if (_t := c0.text) is not None and not len(c0)
                else read_text(c0, path, "OrderReference", allow_empty=True)
            )
            order_status = read_open_enum(c1.text, KnownOrderStatus)
            _record = PurchaseTollfreeCreditResponse(order_reference=order_reference, order_status=order_status)
            return _record
    return _read_purchase_tollfree_credit_response_by_tag(element, path)


def _read_purchase_tollfree_credit_response_by_tag(element: Any, path: str) -> PurchaseTollfreeCreditResponse:
    """Read a PurchaseTollfreeCreditResponse from its children in any order; unknown ones are ignored."""
    order_reference: str | None = None
    order_status: KnownOrderStatus | str | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}OrderReference":
            order_reference = read_text(child, path, "OrderReference", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}OrderStatus":
            order_status = read_open_enum(child.text, KnownOrderStatus)
    if order_reference is None or order_status is None:
        raise missing_field(path, ("OrderReference", order_reference), ("OrderStatus", order_status))
    return PurchaseTollfreeCreditResponse(
        order_reference=order_reference,
        order_status=order_status,
    )


def read_get_order_status_response(element: Any, path: str) -> GetOrderStatusResponse:
    """Read a GetOrderStatusResponse from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 2:
        c0, c1 = element
        if (
            c0.tag == "{http://www.voxbone.com/VoxAPI}OrderReference"
            and c1.tag == "{http://www.voxbone.com/VoxAPI}Status"
        ):
            order_reference = (
                _t
                if (_t := c0.text) is not None and not len(c0)
                else read_text(c0, path, "OrderReference", allow_empty=True)
            )
            status = read_open_enum(c1.text, KnownOrderStatus)
            _record = GetOrderStatusResponse(order_reference=order_reference, status=status)
            return _record
    return _read_get_order_status_response_by_tag(element, path)


def _read_get_order_status_response_by_tag(element: Any, path: str) -> GetOrderStatusResponse:
    """Read a GetOrderStatusResponse from its children in any order; unknown ones are ignored."""
    order_reference: str | None = None
    status: KnownOrderStatus | str | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}OrderReference":
            order_reference = read_text(child, path, "OrderReference", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}Status":
            status = read_open_enum(child.text, KnownOrderStatus)
    if order_reference is None or status is None:
        raise missing_field(path, ("OrderReference", order_reference), ("Status", status))
    return GetOrderStatusResponse(
        order_reference=order_reference,
        status=status,
    )


def read_get_account_balance_response(element: Any, path: str) -> GetAccountBalanceResponse:
    """Read a GetAccountBalanceResponse from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 4:
        c0, c1, c2, c3 = element
        if (
            c0.tag == "{http://www.voxbone.com/VoxAPI}Balance"
            and c1.tag == "{http://www.voxbone.com/VoxAPI}Threshold"
            and c2.tag == "{http://www.voxbone.com/VoxAPI}Currency"
            and c3.tag == "{http://www.voxbone.com/VoxAPI}IsActive"
        ):
            balance = (
                Decimal(_t)
                if (_t := c0.text) and len(_t) <= 60 and _t.isascii() and _t.replace(".", "", 1).isdigit()
                else read_decimal(_t, path, "Balance")
            )
            threshold = (
                Decimal(_t)
                if (_t := c1.text) and len(_t) <= 60 and _t.isascii() and _t.replace(".", "", 1).isdigit()
                else read_decimal(_t, path, "Threshold")
            )
            currency = (
                _t if (_t := c2.text) is not None and not len(c2) else read_text(c2, path, "Currency", allow_empty=True)
            )
            is_active = read_bool(c3.text, path, "IsActive")
            if balance is not None and threshold is not None and is_active is not None:
                _record = GetAccountBalanceResponse(
                    balance=balance, threshold=threshold, currency=currency, is_active=is_active
                )
                return _record
    return _read_get_account_balance_response_by_tag(element, path)


def _read_get_account_balance_response_by_tag(element: Any, path: str) -> GetAccountBalanceResponse:
    """Read a GetAccountBalanceResponse from its children in any order; unknown ones are ignored."""
    balance: Decimal | None = None
    threshold: Decimal | None = None
    currency: str | None = None
    is_active: bool | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}Balance":
            balance = read_decimal(child.text, path, "Balance")
        elif tag == "{http://www.voxbone.com/VoxAPI}Threshold":
            threshold = read_decimal(child.text, path, "Threshold")
        elif tag == "{http://www.voxbone.com/VoxAPI}Currency":
            currency = read_text(child, path, "Currency", allow_empty=True)
        elif tag == "{http://www.voxbone.com/VoxAPI}IsActive":
            is_active = read_bool(child.text, path, "IsActive")
    if balance is None or threshold is None or currency is None or is_active is None:
        raise missing_field(
            path, ("Balance", balance), ("Threshold", threshold), ("Currency", currency), ("IsActive", is_active)
        )
    return GetAccountBalanceResponse(
        balance=balance,
        threshold=threshold,
        currency=currency,
        is_active=is_active,
    )
