"""XML writers and readers, one straight-line function per record."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, cast

from ._deadline import check_deadline
from ._request import xml_escape
from ._xmlio import (
    read_bool,
    read_decimal,
    read_enum_class,
    read_int,
    read_open_enum,
    read_str,
    required,
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
    """Read a Country from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    country_id: int | None = None
    country_name: str | None = None
    code_a2: str | None = None
    country_code: int | None = None
    has_states: bool | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}CountryID":
            country_id = read_int(child.text, path + "/CountryID")
        elif tag == "{http://www.voxbone.com/VoxAPI}CountryName":
            country_name = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}CodeA2":
            code_a2 = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}CountryCode":
            country_code = read_int(child.text, path + "/CountryCode")
        elif tag == "{http://www.voxbone.com/VoxAPI}HasStates":
            has_states = read_bool(child.text, path + "/HasStates")
    return Country(
        country_id=required(country_id, path + "/CountryID"),
        country_name=required(country_name, path + "/CountryName"),
        code_a2=required(code_a2, path + "/CodeA2"),
        country_code=required(country_code, path + "/CountryCode"),
        has_states=required(has_states, path + "/HasStates"),
    )


def read_state(element: Any, path: str) -> State:
    """Read a State from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    state_id: int | None = None
    state_name: str | None = None
    code_a2: str | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}StateID":
            state_id = read_int(child.text, path + "/StateID")
        elif tag == "{http://www.voxbone.com/VoxAPI}StateName":
            state_name = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}CodeA2":
            code_a2 = read_str(child.text)
    return State(
        state_id=required(state_id, path + "/StateID"),
        state_name=required(state_name, path + "/StateName"),
        code_a2=required(code_a2, path + "/CodeA2"),
    )


def read_did_group(element: Any, path: str) -> DidGroup:
    """Read a DidGroup from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
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
            did_group_id = read_int(child.text, path + "/DIDGroupID")
        elif tag == "{http://www.voxbone.com/VoxAPI}CountryName":
            country_name = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}CityName":
            city_name = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}stock":
            stock = read_int(child.text, path + "/stock")
        elif tag == "{http://www.voxbone.com/VoxAPI}CountryCode":
            country_code = read_int(child.text, path + "/CountryCode")
        elif tag == "{http://www.voxbone.com/VoxAPI}AreaCode":
            area_code = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}Setup100":
            setup100 = read_int(child.text, path + "/Setup100")
        elif tag == "{http://www.voxbone.com/VoxAPI}Monthly100":
            monthly100 = read_int(child.text, path + "/Monthly100")
        elif tag == "{http://www.voxbone.com/VoxAPI}RequirePurchaseInfo":
            require_purchase_info = read_bool(child.text, path + "/RequirePurchaseInfo")
    return DidGroup(
        did_group_id=required(did_group_id, path + "/DIDGroupID"),
        country_name=required(country_name, path + "/CountryName"),
        city_name=required(city_name, path + "/CityName"),
        stock=required(stock, path + "/stock"),
        country_code=required(country_code, path + "/CountryCode"),
        area_code=required(area_code, path + "/AreaCode"),
        setup100=required(setup100, path + "/Setup100"),
        monthly100=required(monthly100, path + "/Monthly100"),
        require_purchase_info=required(require_purchase_info, path + "/RequirePurchaseInfo"),
    )


def read_purchase_info_data(element: Any, path: str) -> PurchaseInfoData:
    """Read a PurchaseInfoData from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    city_name: str | None = None
    zip_items: list[str] = []
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}CityName":
            city_name = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}Zip":
            zip_items.append(read_str(child.text))
    return PurchaseInfoData(
        city_name=required(city_name, path + "/CityName"),
        zip=tuple(zip_items),
    )


def read_did(element: Any, path: str) -> Did:
    """Read a Did from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
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
            dids_id = read_int(child.text, path + "/DIDsID")
        elif tag == "{http://www.voxbone.com/VoxAPI}DID":
            did = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}E164":
            e164 = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}Type":
            type = read_enum_class(child.text, DidType, path + "/Type")
        elif tag == "{http://www.voxbone.com/VoxAPI}CountryName":
            country_name = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}CountryCode":
            country_code = read_int(child.text, path + "/CountryCode")
        elif tag == "{http://www.voxbone.com/VoxAPI}CityName":
            city_name = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}AreaCode":
            area_code = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}mapping":
            mapping = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}OrderReference":
            order_reference = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}Channels":
            channels = read_int(child.text, path + "/Channels")
        elif tag == "{http://www.voxbone.com/VoxAPI}Delivery":
            delivery = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}TrunkID":
            trunk_id = read_int(child.text, path + "/TrunkID")
    return Did(
        dids_id=required(dids_id, path + "/DIDsID"),
        did=required(did, path + "/DID"),
        e164=required(e164, path + "/E164"),
        type=required(type, path + "/Type"),
        country_name=required(country_name, path + "/CountryName"),
        country_code=required(country_code, path + "/CountryCode"),
        city_name=required(city_name, path + "/CityName"),
        area_code=required(area_code, path + "/AreaCode"),
        mapping=required(mapping, path + "/mapping"),
        order_reference=required(order_reference, path + "/OrderReference"),
        channels=required(channels, path + "/Channels"),
        delivery=required(delivery, path + "/Delivery"),
        trunk_id=required(trunk_id, path + "/TrunkID"),
    )


def read_trunk(element: Any, path: str) -> Trunk:
    """Read a Trunk from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    trunk_id: int | None = None
    zone: str | None = None
    dids_on_trunk: int | None = None
    maximum_capacity: int | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}TrunkID":
            trunk_id = read_int(child.text, path + "/TrunkID")
        elif tag == "{http://www.voxbone.com/VoxAPI}Zone":
            zone = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}DIDsOnTrunk":
            dids_on_trunk = read_int(child.text, path + "/DIDsOnTrunk")
        elif tag == "{http://www.voxbone.com/VoxAPI}MaximumCapacity":
            maximum_capacity = read_int(child.text, path + "/MaximumCapacity")
    return Trunk(
        trunk_id=required(trunk_id, path + "/TrunkID"),
        zone=required(zone, path + "/Zone"),
        dids_on_trunk=required(dids_on_trunk, path + "/DIDsOnTrunk"),
        maximum_capacity=required(maximum_capacity, path + "/MaximumCapacity"),
    )


def read_pop(element: Any, path: str) -> Pop:
    """Read a Pop from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    delivery_id: int | None = None
    name: str | None = None
    ips: tuple[str, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}DeliveryID":
            delivery_id = read_int(child.text, path + "/DeliveryID")
        elif tag == "{http://www.voxbone.com/VoxAPI}Name":
            name = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}ArrayOfIPs":
            ips = tuple(read_str(item.text) for item in child if item.tag == "{http://www.voxbone.com/VoxAPI}IP")
    return Pop(
        delivery_id=required(delivery_id, path + "/DeliveryID"),
        name=required(name, path + "/Name"),
        ips=required(ips, path + "/ArrayOfIPs"),
    )


def read_credit_package(element: Any, path: str) -> CreditPackage:
    """Read a CreditPackage from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    tollfree_credit_package_id: int | None = None
    name: str | None = None
    price100: int | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}TollfreeCreditPackageID":
            tollfree_credit_package_id = read_int(child.text, path + "/TollfreeCreditPackageID")
        elif tag == "{http://www.voxbone.com/VoxAPI}Name":
            name = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}Price100":
            price100 = read_int(child.text, path + "/Price100")
    return CreditPackage(
        tollfree_credit_package_id=required(tollfree_credit_package_id, path + "/TollfreeCreditPackageID"),
        name=required(name, path + "/Name"),
        price100=required(price100, path + "/Price100"),
    )


def read_get_countries_list_response(element: Any, path: str) -> GetCountriesListResponse:
    """Read a GetCountriesListResponse from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    countries: tuple[Country, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}ArrayOfCountries":
            countries = tuple(
                read_country(item, path + "/ArrayOfCountries" + "/Country")
                for item in child
                if item.tag == "{http://www.voxbone.com/VoxAPI}Country"
            )
    return GetCountriesListResponse(
        countries=required(countries, path + "/ArrayOfCountries"),
    )


def read_get_states_list_response(element: Any, path: str) -> GetStatesListResponse:
    """Read a GetStatesListResponse from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    states: tuple[State, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}ArrayOfStates":
            states = tuple(
                read_state(item, path + "/ArrayOfStates" + "/State")
                for item in child
                if item.tag == "{http://www.voxbone.com/VoxAPI}State"
            )
    return GetStatesListResponse(
        states=required(states, path + "/ArrayOfStates"),
    )


def read_get_did_group_list_response(element: Any, path: str) -> GetDidGroupListResponse:
    """Read a GetDidGroupListResponse from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    did_groups: tuple[DidGroup, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}ArrayOfDIDGroups":
            did_groups = tuple(
                read_did_group(item, path + "/ArrayOfDIDGroups" + "/DIDGroup")
                for item in child
                if item.tag == "{http://www.voxbone.com/VoxAPI}DIDGroup"
            )
    return GetDidGroupListResponse(
        did_groups=required(did_groups, path + "/ArrayOfDIDGroups"),
    )


def read_place_dids_order_response(element: Any, path: str) -> PlaceDidsOrderResponse:
    """Read a PlaceDidsOrderResponse from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    order_reference: str | None = None
    status: KnownOrderStatus | str | None = None
    dids: tuple[Did, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}OrderReference":
            order_reference = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}Status":
            status = read_open_enum(child.text, KnownOrderStatus)
        elif tag == "{http://www.voxbone.com/VoxAPI}ArrayOfDIDs":
            dids = tuple(
                read_did(item, path + "/ArrayOfDIDs" + "/DID")
                for item in child
                if item.tag == "{http://www.voxbone.com/VoxAPI}DID"
            )
    return PlaceDidsOrderResponse(
        order_reference=required(order_reference, path + "/OrderReference"),
        status=cast("KnownOrderStatus | str", required(status, path + "/Status")),
        dids=required(dids, path + "/ArrayOfDIDs"),
    )


def read_get_purchase_info_data_response(element: Any, path: str) -> GetPurchaseInfoDataResponse:
    """Read a GetPurchaseInfoDataResponse from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    purchase_info_data: tuple[PurchaseInfoData, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}ArrayOfPurchaseInfoData":
            purchase_info_data = tuple(
                read_purchase_info_data(item, path + "/ArrayOfPurchaseInfoData" + "/PurchaseInfoData")
                for item in child
                if item.tag == "{http://www.voxbone.com/VoxAPI}PurchaseInfoData"
            )
    return GetPurchaseInfoDataResponse(
        purchase_info_data=required(purchase_info_data, path + "/ArrayOfPurchaseInfoData"),
    )


def read_is_purchase_info_valid_response(element: Any, path: str) -> IsPurchaseInfoValidResponse:
    """Read a IsPurchaseInfoValidResponse from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    status: KnownPurchaseInfoStatus | str | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}Status":
            status = read_open_enum(child.text, KnownPurchaseInfoStatus)
    return IsPurchaseInfoValidResponse(
        status=cast("KnownPurchaseInfoStatus | str", required(status, path + "/Status")),
    )


def read_cancel_did_response(element: Any, path: str) -> CancelDidResponse:
    """Read a CancelDidResponse from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    canceled: bool | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}Canceled":
            canceled = read_bool(child.text, path + "/Canceled")
    return CancelDidResponse(
        canceled=required(canceled, path + "/Canceled"),
    )


def read_get_dids_info_response(element: Any, path: str) -> GetDidsInfoResponse:
    """Read a GetDidsInfoResponse from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    dids: tuple[Did, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}ArrayOfDIDs":
            dids = tuple(
                read_did(item, path + "/ArrayOfDIDs" + "/DID")
                for item in child
                if item.tag == "{http://www.voxbone.com/VoxAPI}DID"
            )
    return GetDidsInfoResponse(
        dids=required(dids, path + "/ArrayOfDIDs"),
    )


def read_get_trunk_list_response(element: Any, path: str) -> GetTrunkListResponse:
    """Read a GetTrunkListResponse from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    trunks: tuple[Trunk, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}ArrayOfTrunks":
            trunks = tuple(
                read_trunk(item, path + "/ArrayOfTrunks" + "/Trunk")
                for item in child
                if item.tag == "{http://www.voxbone.com/VoxAPI}Trunk"
            )
    return GetTrunkListResponse(
        trunks=required(trunks, path + "/ArrayOfTrunks"),
    )


def read_get_pop_list_response(element: Any, path: str) -> GetPopListResponse:
    """Read a GetPopListResponse from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    pops: tuple[Pop, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}ArrayOfPOPs":
            pops = tuple(
                read_pop(item, path + "/ArrayOfPOPs" + "/POP")
                for item in child
                if item.tag == "{http://www.voxbone.com/VoxAPI}POP"
            )
    return GetPopListResponse(
        pops=required(pops, path + "/ArrayOfPOPs"),
    )


def read_get_tollfree_credit_package_list_response(element: Any, path: str) -> GetTollfreeCreditPackageListResponse:
    """Read a GetTollfreeCreditPackageListResponse from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    tollfree_credit_packages: tuple[CreditPackage, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}ArrayOfTollfreeCreditPackages":
            tollfree_credit_packages = tuple(
                read_credit_package(item, path + "/ArrayOfTollfreeCreditPackages" + "/CreditPackage")
                for item in child
                if item.tag == "{http://www.voxbone.com/VoxAPI}CreditPackage"
            )
    return GetTollfreeCreditPackageListResponse(
        tollfree_credit_packages=required(tollfree_credit_packages, path + "/ArrayOfTollfreeCreditPackages"),
    )


def read_purchase_tollfree_credit_response(element: Any, path: str) -> PurchaseTollfreeCreditResponse:
    """Read a PurchaseTollfreeCreditResponse from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    order_reference: str | None = None
    order_status: KnownOrderStatus | str | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}OrderReference":
            order_reference = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}OrderStatus":
            order_status = read_open_enum(child.text, KnownOrderStatus)
    return PurchaseTollfreeCreditResponse(
        order_reference=required(order_reference, path + "/OrderReference"),
        order_status=cast("KnownOrderStatus | str", required(order_status, path + "/OrderStatus")),
    )


def read_get_order_status_response(element: Any, path: str) -> GetOrderStatusResponse:
    """Read a GetOrderStatusResponse from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    order_reference: str | None = None
    status: KnownOrderStatus | str | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}OrderReference":
            order_reference = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}Status":
            status = read_open_enum(child.text, KnownOrderStatus)
    return GetOrderStatusResponse(
        order_reference=required(order_reference, path + "/OrderReference"),
        status=cast("KnownOrderStatus | str", required(status, path + "/Status")),
    )


def read_get_account_balance_response(element: Any, path: str) -> GetAccountBalanceResponse:
    """Read a GetAccountBalanceResponse from its element; unknown child elements are ignored."""
    check_deadline()  # once per record: a large answer is many records
    balance: Decimal | None = None
    threshold: Decimal | None = None
    currency: str | None = None
    is_active: bool | None = None
    for child in element:
        tag = child.tag
        if tag == "{http://www.voxbone.com/VoxAPI}Balance":
            balance = read_decimal(child.text, path + "/Balance")
        elif tag == "{http://www.voxbone.com/VoxAPI}Threshold":
            threshold = read_decimal(child.text, path + "/Threshold")
        elif tag == "{http://www.voxbone.com/VoxAPI}Currency":
            currency = read_str(child.text)
        elif tag == "{http://www.voxbone.com/VoxAPI}IsActive":
            is_active = read_bool(child.text, path + "/IsActive")
    return GetAccountBalanceResponse(
        balance=required(balance, path + "/Balance"),
        threshold=required(threshold, path + "/Threshold"),
        currency=required(currency, path + "/Currency"),
        is_active=required(is_active, path + "/IsActive"),
    )
