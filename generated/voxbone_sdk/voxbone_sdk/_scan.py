"""Readers of plain XML answers without a tree: one pattern per run of elements, in the documented order.

Each ``scan_<record>(text, start, end)`` reads a record from its element's content, ``text[start:end]``,
or raises ``Declined`` for anything outside the plain form (see ``_scanio``); the readers of ``_xml``
then read the answer from its tree.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Final

from ._scanio import (
    Declined,
    after,
    blank,
    close,
    element,
    flat_items,
    items,
    opening,
    others,
    record_spans,
    text_items,
)
from ._xmlio import (
    BOOLEAN_WORDS,
    read_bool,
    read_decimal,
    read_enum_class,
    read_int,
    read_open_enum,
)
from .models import (
    CancelDidResponse,
    Country,
    CreditPackage,
    Did,
    DidGroup,
    DidType,
    GetAccountBalanceResponse,
    GetCountriesListResponse,
    GetDidGroupListResponse,
    GetDidsInfoResponse,
    GetOrderStatusResponse,
    GetPopListResponse,
    GetStatesListResponse,
    GetTollfreeCreditPackageListResponse,
    GetTrunkListResponse,
    IsPurchaseInfoValidResponse,
    KnownOrderStatus,
    KnownPurchaseInfoStatus,
    PlaceDidsOrderResponse,
    Pop,
    PurchaseTollfreeCreditResponse,
    State,
    Trunk,
)

_COUNTRY_TAGS: Final = ("CountryID", "CountryName", "CodeA2", "CountryCode", "HasStates")
_COUNTRY_0: Final = re.compile(
    others(_COUNTRY_TAGS, 0)
    + element("CountryID")
    + others(_COUNTRY_TAGS, 1)
    + element("CountryName")
    + others(_COUNTRY_TAGS, 2)
    + element("CodeA2")
    + others(_COUNTRY_TAGS, 3)
    + element("CountryCode")
    + others(_COUNTRY_TAGS, 4)
    + element("HasStates")
    + others(_COUNTRY_TAGS, 5)
    + blank()
)


def scan_country(text: str, start: int, end: int) -> Country:
    """A Country from its element's content, in the plain form (else ``Declined``)."""
    found = _COUNTRY_0.fullmatch(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _, _t1, _, _t2, _, _t3, _, _t4, _ = found.groups()
    country_id = (
        int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "CountryID")
    )
    country_name = _t1 or ""
    code_a2 = _t2 or ""
    country_code = (
        int(_t3) if _t3 and len(_t3) <= 40 and _t3.isascii() and _t3.isdigit() else read_int(_t3, "", "CountryCode")
    )
    has_states = BOOLEAN_WORDS[_t4] if _t4 in BOOLEAN_WORDS else read_bool(_t4, "", "HasStates")
    if country_id is None or country_code is None or has_states is None:
        raise Declined
    _record = Country(
        country_id=country_id,
        country_name=country_name,
        code_a2=code_a2,
        country_code=country_code,
        has_states=has_states,
    )
    return _record


_STATE_TAGS: Final = ("StateID", "StateName", "CodeA2")
_STATE_0: Final = re.compile(
    others(_STATE_TAGS, 0)
    + element("StateID")
    + others(_STATE_TAGS, 1)
    + element("StateName")
    + others(_STATE_TAGS, 2)
    + element("CodeA2")
    + others(_STATE_TAGS, 3)
    + blank()
)


def scan_state(text: str, start: int, end: int) -> State:
    """A State from its element's content, in the plain form (else ``Declined``)."""
    found = _STATE_0.fullmatch(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _, _t1, _, _t2, _ = found.groups()
    state_id = int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "StateID")
    state_name = _t1 or ""
    code_a2 = _t2 or ""
    if state_id is None:
        raise Declined
    _record = State(state_id=state_id, state_name=state_name, code_a2=code_a2)
    return _record


_DID_GROUP_TAGS: Final = (
    "DIDGroupID",
    "CountryName",
    "CityName",
    "stock",
    "CountryCode",
    "AreaCode",
    "Setup100",
    "Monthly100",
    "RequirePurchaseInfo",
)
_DID_GROUP_0: Final = re.compile(
    others(_DID_GROUP_TAGS, 0)
    + element("DIDGroupID")
    + others(_DID_GROUP_TAGS, 1)
    + element("CountryName")
    + others(_DID_GROUP_TAGS, 2)
    + element("CityName")
    + others(_DID_GROUP_TAGS, 3)
    + element("stock")
    + others(_DID_GROUP_TAGS, 4)
    + element("CountryCode")
    + others(_DID_GROUP_TAGS, 5)
    + element("AreaCode")
    + others(_DID_GROUP_TAGS, 6)
    + element("Setup100")
    + others(_DID_GROUP_TAGS, 7)
    + element("Monthly100")
    + others(_DID_GROUP_TAGS, 8)
    + element("RequirePurchaseInfo")
    + others(_DID_GROUP_TAGS, 9)
    + blank()
)


def scan_did_group(text: str, start: int, end: int) -> DidGroup:
    """A DidGroup from its element's content, in the plain form (else ``Declined``)."""
    found = _DID_GROUP_0.fullmatch(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _, _t1, _, _t2, _, _t3, _, _t4, _, _t5, _, _t6, _, _t7, _, _t8, _ = found.groups()
    did_group_id = (
        int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "DIDGroupID")
    )
    country_name = _t1 or ""
    city_name = _t2 or ""
    stock = int(_t3) if _t3 and len(_t3) <= 40 and _t3.isascii() and _t3.isdigit() else read_int(_t3, "", "stock")
    country_code = (
        int(_t4) if _t4 and len(_t4) <= 40 and _t4.isascii() and _t4.isdigit() else read_int(_t4, "", "CountryCode")
    )
    area_code = _t5 or ""
    setup100 = int(_t6) if _t6 and len(_t6) <= 40 and _t6.isascii() and _t6.isdigit() else read_int(_t6, "", "Setup100")
    monthly100 = (
        int(_t7) if _t7 and len(_t7) <= 40 and _t7.isascii() and _t7.isdigit() else read_int(_t7, "", "Monthly100")
    )
    require_purchase_info = BOOLEAN_WORDS[_t8] if _t8 in BOOLEAN_WORDS else read_bool(_t8, "", "RequirePurchaseInfo")
    if (
        did_group_id is None
        or stock is None
        or country_code is None
        or setup100 is None
        or monthly100 is None
        or require_purchase_info is None
    ):
        raise Declined
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


_DID_TAGS: Final = (
    "DIDsID",
    "DID",
    "E164",
    "Type",
    "CountryName",
    "CountryCode",
    "CityName",
    "AreaCode",
    "mapping",
    "OrderReference",
    "Channels",
    "Delivery",
    "TrunkID",
)
_DID_0: Final = re.compile(
    others(_DID_TAGS, 0)
    + element("DIDsID")
    + others(_DID_TAGS, 1)
    + element("DID")
    + others(_DID_TAGS, 2)
    + element("E164")
    + others(_DID_TAGS, 3)
    + element("Type")
    + others(_DID_TAGS, 4)
    + element("CountryName")
    + others(_DID_TAGS, 5)
    + element("CountryCode")
    + others(_DID_TAGS, 6)
    + element("CityName")
    + others(_DID_TAGS, 7)
    + element("AreaCode")
    + others(_DID_TAGS, 8)
    + element("mapping")
    + others(_DID_TAGS, 9)
    + element("OrderReference")
    + others(_DID_TAGS, 10)
    + element("Channels")
    + others(_DID_TAGS, 11)
    + element("Delivery")
    + others(_DID_TAGS, 12)
    + element("TrunkID")
    + others(_DID_TAGS, 13)
    + blank()
)


def scan_did(text: str, start: int, end: int) -> Did:
    """A Did from its element's content, in the plain form (else ``Declined``)."""
    found = _DID_0.fullmatch(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _, _t1, _, _t2, _, _t3, _, _t4, _, _t5, _, _t6, _, _t7, _, _t8, _, _t9, _, _t10, _, _t11, _, _t12, _ = (
        found.groups()
    )
    dids_id = int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "DIDsID")
    did = _t1 or ""
    e164 = _t2 or ""
    type = read_enum_class(_t3, DidType, "", "Type")
    country_name = _t4 or ""
    country_code = (
        int(_t5) if _t5 and len(_t5) <= 40 and _t5.isascii() and _t5.isdigit() else read_int(_t5, "", "CountryCode")
    )
    city_name = _t6 or ""
    area_code = _t7 or ""
    mapping = _t8 or ""
    order_reference = _t9 or ""
    channels = (
        int(_t10) if _t10 and len(_t10) <= 40 and _t10.isascii() and _t10.isdigit() else read_int(_t10, "", "Channels")
    )
    delivery = _t11 or ""
    trunk_id = (
        int(_t12) if _t12 and len(_t12) <= 40 and _t12.isascii() and _t12.isdigit() else read_int(_t12, "", "TrunkID")
    )
    if dids_id is None or country_code is None or channels is None or trunk_id is None:
        raise Declined
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


_TRUNK_TAGS: Final = ("TrunkID", "Zone", "DIDsOnTrunk", "MaximumCapacity")
_TRUNK_0: Final = re.compile(
    others(_TRUNK_TAGS, 0)
    + element("TrunkID")
    + others(_TRUNK_TAGS, 1)
    + element("Zone")
    + others(_TRUNK_TAGS, 2)
    + element("DIDsOnTrunk")
    + others(_TRUNK_TAGS, 3)
    + element("MaximumCapacity")
    + others(_TRUNK_TAGS, 4)
    + blank()
)


def scan_trunk(text: str, start: int, end: int) -> Trunk:
    """A Trunk from its element's content, in the plain form (else ``Declined``)."""
    found = _TRUNK_0.fullmatch(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _, _t1, _, _t2, _, _t3, _ = found.groups()
    trunk_id = int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "TrunkID")
    zone = _t1 or ""
    dids_on_trunk = (
        int(_t2) if _t2 and len(_t2) <= 40 and _t2.isascii() and _t2.isdigit() else read_int(_t2, "", "DIDsOnTrunk")
    )
    maximum_capacity = (
        int(_t3) if _t3 and len(_t3) <= 40 and _t3.isascii() and _t3.isdigit() else read_int(_t3, "", "MaximumCapacity")
    )
    if trunk_id is None or dids_on_trunk is None or maximum_capacity is None:
        raise Declined
    _record = Trunk(trunk_id=trunk_id, zone=zone, dids_on_trunk=dids_on_trunk, maximum_capacity=maximum_capacity)
    return _record


_POP_TAGS: Final = ("DeliveryID", "Name", "ArrayOfIPs")
_POP_0: Final = re.compile(
    others(_POP_TAGS, 0)
    + element("DeliveryID")
    + others(_POP_TAGS, 1)
    + element("Name")
    + others(_POP_TAGS, 2)
    + opening("ArrayOfIPs")
)
_POP_1: Final = re.compile(others(_POP_TAGS, 0) + blank())
_POP_IPS: Final = re.compile(text_items("IP"))


def _scan_pop_ips(text: str, start: int, end: int) -> tuple[str, ...]:
    """The items of Pop's list element, from its content."""
    values: list[str] = []
    for item_text, stray in _POP_IPS.findall(text, start, end):
        if stray:
            raise Declined
        values.append(item_text or "")
    return tuple(values)


def scan_pop(text: str, start: int, end: int) -> Pop:
    """A Pop from its element's content, in the plain form (else ``Declined``)."""
    found = _POP_0.match(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _, _t1, _ = found.groups()
    inside = found.end()
    ended = close(text, "ArrayOfIPs", inside, end)
    ips = _scan_pop_ips(text, inside, ended)
    found = _POP_1.fullmatch(text, after(ended, "ArrayOfIPs"), end)
    if found is None:
        raise Declined
    delivery_id = (
        int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "DeliveryID")
    )
    name = _t1 or ""
    if delivery_id is None:
        raise Declined
    _record = Pop(delivery_id=delivery_id, name=name, ips=ips)
    return _record


_CREDIT_PACKAGE_TAGS: Final = ("TollfreeCreditPackageID", "Name", "Price100")
_CREDIT_PACKAGE_0: Final = re.compile(
    others(_CREDIT_PACKAGE_TAGS, 0)
    + element("TollfreeCreditPackageID")
    + others(_CREDIT_PACKAGE_TAGS, 1)
    + element("Name")
    + others(_CREDIT_PACKAGE_TAGS, 2)
    + element("Price100")
    + others(_CREDIT_PACKAGE_TAGS, 3)
    + blank()
)


def scan_credit_package(text: str, start: int, end: int) -> CreditPackage:
    """A CreditPackage from its element's content, in the plain form (else ``Declined``)."""
    found = _CREDIT_PACKAGE_0.fullmatch(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _, _t1, _, _t2, _ = found.groups()
    tollfree_credit_package_id = (
        int(_t0)
        if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit()
        else read_int(_t0, "", "TollfreeCreditPackageID")
    )
    name = _t1 or ""
    price100 = int(_t2) if _t2 and len(_t2) <= 40 and _t2.isascii() and _t2.isdigit() else read_int(_t2, "", "Price100")
    if tollfree_credit_package_id is None or price100 is None:
        raise Declined
    _record = CreditPackage(tollfree_credit_package_id=tollfree_credit_package_id, name=name, price100=price100)
    return _record


_GET_COUNTRIES_LIST_RESPONSE_TAGS: Final = ("ArrayOfCountries",)
_GET_COUNTRIES_LIST_RESPONSE_0: Final = re.compile(
    others(_GET_COUNTRIES_LIST_RESPONSE_TAGS, 0) + opening("ArrayOfCountries")
)
_GET_COUNTRIES_LIST_RESPONSE_1: Final = re.compile(others(_GET_COUNTRIES_LIST_RESPONSE_TAGS, 0) + blank())
_GET_COUNTRIES_LIST_RESPONSE_COUNTRIES: Final = re.compile(
    items(
        "Country",
        others(_COUNTRY_TAGS, 0)
        + element("CountryID")
        + others(_COUNTRY_TAGS, 1)
        + element("CountryName")
        + others(_COUNTRY_TAGS, 2)
        + element("CodeA2")
        + others(_COUNTRY_TAGS, 3)
        + element("CountryCode")
        + others(_COUNTRY_TAGS, 4)
        + element("HasStates")
        + others(_COUNTRY_TAGS, 5),
    )
)
_GET_COUNTRIES_LIST_RESPONSE_COUNTRIES_LAYOUT: Final = (
    ("CountryID", True),
    ("CountryName", True),
    ("CodeA2", True),
    ("CountryCode", True),
    ("HasStates", True),
)


def _scan_get_countries_list_response_countries(text: str, start: int, end: int) -> tuple[Country, ...]:
    """The items of GetCountriesListResponse's list element, from its content."""
    records: list[Country] = []
    append = records.append
    for _, _t0, _, _t1, _, _t2, _, _t3, _, _t4, _, stray in flat_items(
        _GET_COUNTRIES_LIST_RESPONSE_COUNTRIES,
        "Country",
        _GET_COUNTRIES_LIST_RESPONSE_COUNTRIES_LAYOUT,
        text,
        start,
        end,
    ):
        if stray:
            raise Declined
        country_id = (
            int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "CountryID")
        )
        country_name = _t1 or ""
        code_a2 = _t2 or ""
        country_code = (
            int(_t3) if _t3 and len(_t3) <= 40 and _t3.isascii() and _t3.isdigit() else read_int(_t3, "", "CountryCode")
        )
        has_states = BOOLEAN_WORDS[_t4] if _t4 in BOOLEAN_WORDS else read_bool(_t4, "", "HasStates")
        if country_id is None or country_code is None or has_states is None:
            raise Declined
        record = Country(
            country_id=country_id,
            country_name=country_name,
            code_a2=code_a2,
            country_code=country_code,
            has_states=has_states,
        )
        append(record)
    return tuple(records)


def scan_get_countries_list_response(text: str, start: int, end: int) -> GetCountriesListResponse:
    """A GetCountriesListResponse from its element's content, in the plain form (else ``Declined``)."""
    found = _GET_COUNTRIES_LIST_RESPONSE_0.match(text, start, end)
    if found is None:
        raise Declined
    inside = found.end()
    ended = close(text, "ArrayOfCountries", inside, end)
    countries = _scan_get_countries_list_response_countries(text, inside, ended)
    found = _GET_COUNTRIES_LIST_RESPONSE_1.fullmatch(text, after(ended, "ArrayOfCountries"), end)
    if found is None:
        raise Declined
    _record = GetCountriesListResponse(countries=countries)
    return _record


_GET_STATES_LIST_RESPONSE_TAGS: Final = ("ArrayOfStates",)
_GET_STATES_LIST_RESPONSE_0: Final = re.compile(others(_GET_STATES_LIST_RESPONSE_TAGS, 0) + opening("ArrayOfStates"))
_GET_STATES_LIST_RESPONSE_1: Final = re.compile(others(_GET_STATES_LIST_RESPONSE_TAGS, 0) + blank())
_GET_STATES_LIST_RESPONSE_STATES: Final = re.compile(
    items(
        "State",
        others(_STATE_TAGS, 0)
        + element("StateID")
        + others(_STATE_TAGS, 1)
        + element("StateName")
        + others(_STATE_TAGS, 2)
        + element("CodeA2")
        + others(_STATE_TAGS, 3),
    )
)
_GET_STATES_LIST_RESPONSE_STATES_LAYOUT: Final = (("StateID", True), ("StateName", True), ("CodeA2", True))


def _scan_get_states_list_response_states(text: str, start: int, end: int) -> tuple[State, ...]:
    """The items of GetStatesListResponse's list element, from its content."""
    records: list[State] = []
    append = records.append
    for _, _t0, _, _t1, _, _t2, _, stray in flat_items(
        _GET_STATES_LIST_RESPONSE_STATES, "State", _GET_STATES_LIST_RESPONSE_STATES_LAYOUT, text, start, end
    ):
        if stray:
            raise Declined
        state_id = (
            int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "StateID")
        )
        state_name = _t1 or ""
        code_a2 = _t2 or ""
        if state_id is None:
            raise Declined
        record = State(state_id=state_id, state_name=state_name, code_a2=code_a2)
        append(record)
    return tuple(records)


def scan_get_states_list_response(text: str, start: int, end: int) -> GetStatesListResponse:
    """A GetStatesListResponse from its element's content, in the plain form (else ``Declined``)."""
    found = _GET_STATES_LIST_RESPONSE_0.match(text, start, end)
    if found is None:
        raise Declined
    inside = found.end()
    ended = close(text, "ArrayOfStates", inside, end)
    states = _scan_get_states_list_response_states(text, inside, ended)
    found = _GET_STATES_LIST_RESPONSE_1.fullmatch(text, after(ended, "ArrayOfStates"), end)
    if found is None:
        raise Declined
    _record = GetStatesListResponse(states=states)
    return _record


_GET_DID_GROUP_LIST_RESPONSE_TAGS: Final = ("ArrayOfDIDGroups",)
_GET_DID_GROUP_LIST_RESPONSE_0: Final = re.compile(
    others(_GET_DID_GROUP_LIST_RESPONSE_TAGS, 0) + opening("ArrayOfDIDGroups")
)
_GET_DID_GROUP_LIST_RESPONSE_1: Final = re.compile(others(_GET_DID_GROUP_LIST_RESPONSE_TAGS, 0) + blank())
_GET_DID_GROUP_LIST_RESPONSE_DID_GROUPS: Final = re.compile(
    items(
        "DIDGroup",
        others(_DID_GROUP_TAGS, 0)
        + element("DIDGroupID")
        + others(_DID_GROUP_TAGS, 1)
        + element("CountryName")
        + others(_DID_GROUP_TAGS, 2)
        + element("CityName")
        + others(_DID_GROUP_TAGS, 3)
        + element("stock")
        + others(_DID_GROUP_TAGS, 4)
        + element("CountryCode")
        + others(_DID_GROUP_TAGS, 5)
        + element("AreaCode")
        + others(_DID_GROUP_TAGS, 6)
        + element("Setup100")
        + others(_DID_GROUP_TAGS, 7)
        + element("Monthly100")
        + others(_DID_GROUP_TAGS, 8)
        + element("RequirePurchaseInfo")
        + others(_DID_GROUP_TAGS, 9),
    )
)
_GET_DID_GROUP_LIST_RESPONSE_DID_GROUPS_LAYOUT: Final = (
    ("DIDGroupID", True),
    ("CountryName", True),
    ("CityName", True),
    ("stock", True),
    ("CountryCode", True),
    ("AreaCode", True),
    ("Setup100", True),
    ("Monthly100", True),
    ("RequirePurchaseInfo", True),
)


def _scan_get_did_group_list_response_did_groups(text: str, start: int, end: int) -> tuple[DidGroup, ...]:
    """The items of GetDidGroupListResponse's list element, from its content."""
    records: list[DidGroup] = []
    append = records.append
    for _, _t0, _, _t1, _, _t2, _, _t3, _, _t4, _, _t5, _, _t6, _, _t7, _, _t8, _, stray in flat_items(
        _GET_DID_GROUP_LIST_RESPONSE_DID_GROUPS,
        "DIDGroup",
        _GET_DID_GROUP_LIST_RESPONSE_DID_GROUPS_LAYOUT,
        text,
        start,
        end,
    ):
        if stray:
            raise Declined
        did_group_id = (
            int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "DIDGroupID")
        )
        country_name = _t1 or ""
        city_name = _t2 or ""
        stock = int(_t3) if _t3 and len(_t3) <= 40 and _t3.isascii() and _t3.isdigit() else read_int(_t3, "", "stock")
        country_code = (
            int(_t4) if _t4 and len(_t4) <= 40 and _t4.isascii() and _t4.isdigit() else read_int(_t4, "", "CountryCode")
        )
        area_code = _t5 or ""
        setup100 = (
            int(_t6) if _t6 and len(_t6) <= 40 and _t6.isascii() and _t6.isdigit() else read_int(_t6, "", "Setup100")
        )
        monthly100 = (
            int(_t7) if _t7 and len(_t7) <= 40 and _t7.isascii() and _t7.isdigit() else read_int(_t7, "", "Monthly100")
        )
        require_purchase_info = (
            BOOLEAN_WORDS[_t8] if _t8 in BOOLEAN_WORDS else read_bool(_t8, "", "RequirePurchaseInfo")
        )
        if (
            did_group_id is None
            or stock is None
            or country_code is None
            or setup100 is None
            or monthly100 is None
            or require_purchase_info is None
        ):
            raise Declined
        record = DidGroup(
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
        append(record)
    return tuple(records)


def scan_get_did_group_list_response(text: str, start: int, end: int) -> GetDidGroupListResponse:
    """A GetDidGroupListResponse from its element's content, in the plain form (else ``Declined``)."""
    found = _GET_DID_GROUP_LIST_RESPONSE_0.match(text, start, end)
    if found is None:
        raise Declined
    inside = found.end()
    ended = close(text, "ArrayOfDIDGroups", inside, end)
    did_groups = _scan_get_did_group_list_response_did_groups(text, inside, ended)
    found = _GET_DID_GROUP_LIST_RESPONSE_1.fullmatch(text, after(ended, "ArrayOfDIDGroups"), end)
    if found is None:
        raise Declined
    _record = GetDidGroupListResponse(did_groups=did_groups)
    return _record


_PLACE_DIDS_ORDER_RESPONSE_TAGS: Final = ("OrderReference", "Status", "ArrayOfDIDs")
_PLACE_DIDS_ORDER_RESPONSE_0: Final = re.compile(
    others(_PLACE_DIDS_ORDER_RESPONSE_TAGS, 0)
    + element("OrderReference")
    + others(_PLACE_DIDS_ORDER_RESPONSE_TAGS, 1)
    + element("Status")
    + others(_PLACE_DIDS_ORDER_RESPONSE_TAGS, 2)
    + opening("ArrayOfDIDs")
)
_PLACE_DIDS_ORDER_RESPONSE_1: Final = re.compile(others(_PLACE_DIDS_ORDER_RESPONSE_TAGS, 0) + blank())
_PLACE_DIDS_ORDER_RESPONSE_DIDS: Final = re.compile(
    items(
        "DID",
        others(_DID_TAGS, 0)
        + element("DIDsID")
        + others(_DID_TAGS, 1)
        + element("DID")
        + others(_DID_TAGS, 2)
        + element("E164")
        + others(_DID_TAGS, 3)
        + element("Type")
        + others(_DID_TAGS, 4)
        + element("CountryName")
        + others(_DID_TAGS, 5)
        + element("CountryCode")
        + others(_DID_TAGS, 6)
        + element("CityName")
        + others(_DID_TAGS, 7)
        + element("AreaCode")
        + others(_DID_TAGS, 8)
        + element("mapping")
        + others(_DID_TAGS, 9)
        + element("OrderReference")
        + others(_DID_TAGS, 10)
        + element("Channels")
        + others(_DID_TAGS, 11)
        + element("Delivery")
        + others(_DID_TAGS, 12)
        + element("TrunkID")
        + others(_DID_TAGS, 13),
    )
)
_PLACE_DIDS_ORDER_RESPONSE_DIDS_LAYOUT: Final = (
    ("DIDsID", True),
    ("DID", True),
    ("E164", True),
    ("Type", True),
    ("CountryName", True),
    ("CountryCode", True),
    ("CityName", True),
    ("AreaCode", True),
    ("mapping", True),
    ("OrderReference", True),
    ("Channels", True),
    ("Delivery", True),
    ("TrunkID", True),
)


def _scan_place_dids_order_response_dids(text: str, start: int, end: int) -> tuple[Did, ...]:
    """The items of PlaceDidsOrderResponse's list element, from its content."""
    records: list[Did] = []
    append = records.append
    for (
        _,
        _t0,
        _,
        _t1,
        _,
        _t2,
        _,
        _t3,
        _,
        _t4,
        _,
        _t5,
        _,
        _t6,
        _,
        _t7,
        _,
        _t8,
        _,
        _t9,
        _,
        _t10,
        _,
        _t11,
        _,
        _t12,
        _,
        stray,
    ) in flat_items(_PLACE_DIDS_ORDER_RESPONSE_DIDS, "DID", _PLACE_DIDS_ORDER_RESPONSE_DIDS_LAYOUT, text, start, end):
        if stray:
            raise Declined
        dids_id = (
            int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "DIDsID")
        )
        did = _t1 or ""
        e164 = _t2 or ""
        type = read_enum_class(_t3, DidType, "", "Type")
        country_name = _t4 or ""
        country_code = (
            int(_t5) if _t5 and len(_t5) <= 40 and _t5.isascii() and _t5.isdigit() else read_int(_t5, "", "CountryCode")
        )
        city_name = _t6 or ""
        area_code = _t7 or ""
        mapping = _t8 or ""
        order_reference = _t9 or ""
        channels = (
            int(_t10)
            if _t10 and len(_t10) <= 40 and _t10.isascii() and _t10.isdigit()
            else read_int(_t10, "", "Channels")
        )
        delivery = _t11 or ""
        trunk_id = (
            int(_t12)
            if _t12 and len(_t12) <= 40 and _t12.isascii() and _t12.isdigit()
            else read_int(_t12, "", "TrunkID")
        )
        if dids_id is None or country_code is None or channels is None or trunk_id is None:
            raise Declined
        record = Did(
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
        append(record)
    return tuple(records)


def scan_place_dids_order_response(text: str, start: int, end: int) -> PlaceDidsOrderResponse:
    """A PlaceDidsOrderResponse from its element's content, in the plain form (else ``Declined``)."""
    found = _PLACE_DIDS_ORDER_RESPONSE_0.match(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _, _t1, _ = found.groups()
    inside = found.end()
    ended = close(text, "ArrayOfDIDs", inside, end)
    dids = _scan_place_dids_order_response_dids(text, inside, ended)
    found = _PLACE_DIDS_ORDER_RESPONSE_1.fullmatch(text, after(ended, "ArrayOfDIDs"), end)
    if found is None:
        raise Declined
    order_reference = _t0 or ""
    status = read_open_enum(_t1, KnownOrderStatus)
    _record = PlaceDidsOrderResponse(order_reference=order_reference, status=status, dids=dids)
    return _record


_IS_PURCHASE_INFO_VALID_RESPONSE_TAGS: Final = ("Status",)
_IS_PURCHASE_INFO_VALID_RESPONSE_0: Final = re.compile(
    others(_IS_PURCHASE_INFO_VALID_RESPONSE_TAGS, 0)
    + element("Status")
    + others(_IS_PURCHASE_INFO_VALID_RESPONSE_TAGS, 1)
    + blank()
)


def scan_is_purchase_info_valid_response(text: str, start: int, end: int) -> IsPurchaseInfoValidResponse:
    """A IsPurchaseInfoValidResponse from its element's content, in the plain form (else ``Declined``)."""
    found = _IS_PURCHASE_INFO_VALID_RESPONSE_0.fullmatch(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _ = found.groups()
    status = read_open_enum(_t0, KnownPurchaseInfoStatus)
    _record = IsPurchaseInfoValidResponse(status=status)
    return _record


_CANCEL_DID_RESPONSE_TAGS: Final = ("Canceled",)
_CANCEL_DID_RESPONSE_0: Final = re.compile(
    others(_CANCEL_DID_RESPONSE_TAGS, 0) + element("Canceled") + others(_CANCEL_DID_RESPONSE_TAGS, 1) + blank()
)


def scan_cancel_did_response(text: str, start: int, end: int) -> CancelDidResponse:
    """A CancelDidResponse from its element's content, in the plain form (else ``Declined``)."""
    found = _CANCEL_DID_RESPONSE_0.fullmatch(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _ = found.groups()
    canceled = BOOLEAN_WORDS[_t0] if _t0 in BOOLEAN_WORDS else read_bool(_t0, "", "Canceled")
    if canceled is None:
        raise Declined
    _record = CancelDidResponse(canceled=canceled)
    return _record


_GET_DIDS_INFO_RESPONSE_TAGS: Final = ("ArrayOfDIDs",)
_GET_DIDS_INFO_RESPONSE_0: Final = re.compile(others(_GET_DIDS_INFO_RESPONSE_TAGS, 0) + opening("ArrayOfDIDs"))
_GET_DIDS_INFO_RESPONSE_1: Final = re.compile(others(_GET_DIDS_INFO_RESPONSE_TAGS, 0) + blank())
_GET_DIDS_INFO_RESPONSE_DIDS: Final = re.compile(
    items(
        "DID",
        others(_DID_TAGS, 0)
        + element("DIDsID")
        + others(_DID_TAGS, 1)
        + element("DID")
        + others(_DID_TAGS, 2)
        + element("E164")
        + others(_DID_TAGS, 3)
        + element("Type")
        + others(_DID_TAGS, 4)
        + element("CountryName")
        + others(_DID_TAGS, 5)
        + element("CountryCode")
        + others(_DID_TAGS, 6)
        + element("CityName")
        + others(_DID_TAGS, 7)
        + element("AreaCode")
        + others(_DID_TAGS, 8)
        + element("mapping")
        + others(_DID_TAGS, 9)
        + element("OrderReference")
        + others(_DID_TAGS, 10)
        + element("Channels")
        + others(_DID_TAGS, 11)
        + element("Delivery")
        + others(_DID_TAGS, 12)
        + element("TrunkID")
        + others(_DID_TAGS, 13),
    )
)
_GET_DIDS_INFO_RESPONSE_DIDS_LAYOUT: Final = (
    ("DIDsID", True),
    ("DID", True),
    ("E164", True),
    ("Type", True),
    ("CountryName", True),
    ("CountryCode", True),
    ("CityName", True),
    ("AreaCode", True),
    ("mapping", True),
    ("OrderReference", True),
    ("Channels", True),
    ("Delivery", True),
    ("TrunkID", True),
)


def _scan_get_dids_info_response_dids(text: str, start: int, end: int) -> tuple[Did, ...]:
    """The items of GetDidsInfoResponse's list element, from its content."""
    records: list[Did] = []
    append = records.append
    for (
        _,
        _t0,
        _,
        _t1,
        _,
        _t2,
        _,
        _t3,
        _,
        _t4,
        _,
        _t5,
        _,
        _t6,
        _,
        _t7,
        _,
        _t8,
        _,
        _t9,
        _,
        _t10,
        _,
        _t11,
        _,
        _t12,
        _,
        stray,
    ) in flat_items(_GET_DIDS_INFO_RESPONSE_DIDS, "DID", _GET_DIDS_INFO_RESPONSE_DIDS_LAYOUT, text, start, end):
        if stray:
            raise Declined
        dids_id = (
            int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "DIDsID")
        )
        did = _t1 or ""
        e164 = _t2 or ""
        type = read_enum_class(_t3, DidType, "", "Type")
        country_name = _t4 or ""
        country_code = (
            int(_t5) if _t5 and len(_t5) <= 40 and _t5.isascii() and _t5.isdigit() else read_int(_t5, "", "CountryCode")
        )
        city_name = _t6 or ""
        area_code = _t7 or ""
        mapping = _t8 or ""
        order_reference = _t9 or ""
        channels = (
            int(_t10)
            if _t10 and len(_t10) <= 40 and _t10.isascii() and _t10.isdigit()
            else read_int(_t10, "", "Channels")
        )
        delivery = _t11 or ""
        trunk_id = (
            int(_t12)
            if _t12 and len(_t12) <= 40 and _t12.isascii() and _t12.isdigit()
            else read_int(_t12, "", "TrunkID")
        )
        if dids_id is None or country_code is None or channels is None or trunk_id is None:
            raise Declined
        record = Did(
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
        append(record)
    return tuple(records)


def scan_get_dids_info_response(text: str, start: int, end: int) -> GetDidsInfoResponse:
    """A GetDidsInfoResponse from its element's content, in the plain form (else ``Declined``)."""
    found = _GET_DIDS_INFO_RESPONSE_0.match(text, start, end)
    if found is None:
        raise Declined
    inside = found.end()
    ended = close(text, "ArrayOfDIDs", inside, end)
    dids = _scan_get_dids_info_response_dids(text, inside, ended)
    found = _GET_DIDS_INFO_RESPONSE_1.fullmatch(text, after(ended, "ArrayOfDIDs"), end)
    if found is None:
        raise Declined
    _record = GetDidsInfoResponse(dids=dids)
    return _record


_GET_TRUNK_LIST_RESPONSE_TAGS: Final = ("ArrayOfTrunks",)
_GET_TRUNK_LIST_RESPONSE_0: Final = re.compile(others(_GET_TRUNK_LIST_RESPONSE_TAGS, 0) + opening("ArrayOfTrunks"))
_GET_TRUNK_LIST_RESPONSE_1: Final = re.compile(others(_GET_TRUNK_LIST_RESPONSE_TAGS, 0) + blank())
_GET_TRUNK_LIST_RESPONSE_TRUNKS: Final = re.compile(
    items(
        "Trunk",
        others(_TRUNK_TAGS, 0)
        + element("TrunkID")
        + others(_TRUNK_TAGS, 1)
        + element("Zone")
        + others(_TRUNK_TAGS, 2)
        + element("DIDsOnTrunk")
        + others(_TRUNK_TAGS, 3)
        + element("MaximumCapacity")
        + others(_TRUNK_TAGS, 4),
    )
)
_GET_TRUNK_LIST_RESPONSE_TRUNKS_LAYOUT: Final = (
    ("TrunkID", True),
    ("Zone", True),
    ("DIDsOnTrunk", True),
    ("MaximumCapacity", True),
)


def _scan_get_trunk_list_response_trunks(text: str, start: int, end: int) -> tuple[Trunk, ...]:
    """The items of GetTrunkListResponse's list element, from its content."""
    records: list[Trunk] = []
    append = records.append
    for _, _t0, _, _t1, _, _t2, _, _t3, _, stray in flat_items(
        _GET_TRUNK_LIST_RESPONSE_TRUNKS, "Trunk", _GET_TRUNK_LIST_RESPONSE_TRUNKS_LAYOUT, text, start, end
    ):
        if stray:
            raise Declined
        trunk_id = (
            int(_t0) if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit() else read_int(_t0, "", "TrunkID")
        )
        zone = _t1 or ""
        dids_on_trunk = (
            int(_t2) if _t2 and len(_t2) <= 40 and _t2.isascii() and _t2.isdigit() else read_int(_t2, "", "DIDsOnTrunk")
        )
        maximum_capacity = (
            int(_t3)
            if _t3 and len(_t3) <= 40 and _t3.isascii() and _t3.isdigit()
            else read_int(_t3, "", "MaximumCapacity")
        )
        if trunk_id is None or dids_on_trunk is None or maximum_capacity is None:
            raise Declined
        record = Trunk(trunk_id=trunk_id, zone=zone, dids_on_trunk=dids_on_trunk, maximum_capacity=maximum_capacity)
        append(record)
    return tuple(records)


def scan_get_trunk_list_response(text: str, start: int, end: int) -> GetTrunkListResponse:
    """A GetTrunkListResponse from its element's content, in the plain form (else ``Declined``)."""
    found = _GET_TRUNK_LIST_RESPONSE_0.match(text, start, end)
    if found is None:
        raise Declined
    inside = found.end()
    ended = close(text, "ArrayOfTrunks", inside, end)
    trunks = _scan_get_trunk_list_response_trunks(text, inside, ended)
    found = _GET_TRUNK_LIST_RESPONSE_1.fullmatch(text, after(ended, "ArrayOfTrunks"), end)
    if found is None:
        raise Declined
    _record = GetTrunkListResponse(trunks=trunks)
    return _record


_GET_POP_LIST_RESPONSE_TAGS: Final = ("ArrayOfPOPs",)
_GET_POP_LIST_RESPONSE_0: Final = re.compile(others(_GET_POP_LIST_RESPONSE_TAGS, 0) + opening("ArrayOfPOPs"))
_GET_POP_LIST_RESPONSE_1: Final = re.compile(others(_GET_POP_LIST_RESPONSE_TAGS, 0) + blank())


def _scan_get_pop_list_response_pops(text: str, start: int, end: int) -> tuple[Pop, ...]:
    """The items of GetPopListResponse's list element, from its content."""
    return tuple([scan_pop(text, s, e) for s, e in record_spans(text, "POP", start, end)])


def scan_get_pop_list_response(text: str, start: int, end: int) -> GetPopListResponse:
    """A GetPopListResponse from its element's content, in the plain form (else ``Declined``)."""
    found = _GET_POP_LIST_RESPONSE_0.match(text, start, end)
    if found is None:
        raise Declined
    inside = found.end()
    ended = close(text, "ArrayOfPOPs", inside, end)
    pops = _scan_get_pop_list_response_pops(text, inside, ended)
    found = _GET_POP_LIST_RESPONSE_1.fullmatch(text, after(ended, "ArrayOfPOPs"), end)
    if found is None:
        raise Declined
    _record = GetPopListResponse(pops=pops)
    return _record


_GET_TOLLFREE_CREDIT_PACKAGE_LIST_RESPONSE_TAGS: Final = ("ArrayOfTollfreeCreditPackages",)
_GET_TOLLFREE_CREDIT_PACKAGE_LIST_RESPONSE_0: Final = re.compile(
    others(_GET_TOLLFREE_CREDIT_PACKAGE_LIST_RESPONSE_TAGS, 0) + opening("ArrayOfTollfreeCreditPackages")
)
_GET_TOLLFREE_CREDIT_PACKAGE_LIST_RESPONSE_1: Final = re.compile(
    others(_GET_TOLLFREE_CREDIT_PACKAGE_LIST_RESPONSE_TAGS, 0) + blank()
)
_GET_TOLLFREE_CREDIT_PACKAGE_LIST_RESPONSE_TOLLFREE_CREDIT_PACKAGES: Final = re.compile(
    items(
        "CreditPackage",
        others(_CREDIT_PACKAGE_TAGS, 0)
        + element("TollfreeCreditPackageID")
        + others(_CREDIT_PACKAGE_TAGS, 1)
        + element("Name")
        + others(_CREDIT_PACKAGE_TAGS, 2)
        + element("Price100")
        + others(_CREDIT_PACKAGE_TAGS, 3),
    )
)
_GET_TOLLFREE_CREDIT_PACKAGE_LIST_RESPONSE_TOLLFREE_CREDIT_PACKAGES_LAYOUT: Final = (
    ("TollfreeCreditPackageID", True),
    ("Name", True),
    ("Price100", True),
)


def _scan_get_tollfree_credit_package_list_response_tollfree_credit_packages(
    text: str, start: int, end: int
) -> tuple[CreditPackage, ...]:
    """The items of GetTollfreeCreditPackageListResponse's list element, from its content."""
    records: list[CreditPackage] = []
    append = records.append
    for _, _t0, _, _t1, _, _t2, _, stray in flat_items(
        _GET_TOLLFREE_CREDIT_PACKAGE_LIST_RESPONSE_TOLLFREE_CREDIT_PACKAGES,
        "CreditPackage",
        _GET_TOLLFREE_CREDIT_PACKAGE_LIST_RESPONSE_TOLLFREE_CREDIT_PACKAGES_LAYOUT,
        text,
        start,
        end,
    ):
        if stray:
            raise Declined
        tollfree_credit_package_id = (
            int(_t0)
            if _t0 and len(_t0) <= 40 and _t0.isascii() and _t0.isdigit()
            else read_int(_t0, "", "TollfreeCreditPackageID")
        )
        name = _t1 or ""
        price100 = (
            int(_t2) if _t2 and len(_t2) <= 40 and _t2.isascii() and _t2.isdigit() else read_int(_t2, "", "Price100")
        )
        if tollfree_credit_package_id is None or price100 is None:
            raise Declined
        record = CreditPackage(tollfree_credit_package_id=tollfree_credit_package_id, name=name, price100=price100)
        append(record)
    return tuple(records)


def scan_get_tollfree_credit_package_list_response(
    text: str, start: int, end: int
) -> GetTollfreeCreditPackageListResponse:
    """A GetTollfreeCreditPackageListResponse from its element's content, in the plain form (else ``Declined``)."""
    found = _GET_TOLLFREE_CREDIT_PACKAGE_LIST_RESPONSE_0.match(text, start, end)
    if found is None:
        raise Declined
    inside = found.end()
    ended = close(text, "ArrayOfTollfreeCreditPackages", inside, end)
    tollfree_credit_packages = _scan_get_tollfree_credit_package_list_response_tollfree_credit_packages(
        text, inside, ended
    )
    found = _GET_TOLLFREE_CREDIT_PACKAGE_LIST_RESPONSE_1.fullmatch(
        text, after(ended, "ArrayOfTollfreeCreditPackages"), end
    )
    if found is None:
        raise Declined
    _record = GetTollfreeCreditPackageListResponse(tollfree_credit_packages=tollfree_credit_packages)
    return _record


_PURCHASE_TOLLFREE_CREDIT_RESPONSE_TAGS: Final = ("OrderReference", "OrderStatus")
_PURCHASE_TOLLFREE_CREDIT_RESPONSE_0: Final = re.compile(
    others(_PURCHASE_TOLLFREE_CREDIT_RESPONSE_TAGS, 0)
    + element("OrderReference")
    + others(_PURCHASE_TOLLFREE_CREDIT_RESPONSE_TAGS, 1)
    + element("OrderStatus")
    + others(_PURCHASE_TOLLFREE_CREDIT_RESPONSE_TAGS, 2)
    + blank()
)


def scan_purchase_tollfree_credit_response(text: str, start: int, end: int) -> PurchaseTollfreeCreditResponse:
    """A PurchaseTollfreeCreditResponse from its element's content, in the plain form (else ``Declined``)."""
    found = _PURCHASE_TOLLFREE_CREDIT_RESPONSE_0.fullmatch(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _, _t1, _ = found.groups()
    order_reference = _t0 or ""
    order_status = read_open_enum(_t1, KnownOrderStatus)
    _record = PurchaseTollfreeCreditResponse(order_reference=order_reference, order_status=order_status)
    return _record


_GET_ORDER_STATUS_RESPONSE_TAGS: Final = ("OrderReference", "Status")
_GET_ORDER_STATUS_RESPONSE_0: Final = re.compile(
    others(_GET_ORDER_STATUS_RESPONSE_TAGS, 0)
    + element("OrderReference")
    + others(_GET_ORDER_STATUS_RESPONSE_TAGS, 1)
    + element("Status")
    + others(_GET_ORDER_STATUS_RESPONSE_TAGS, 2)
    + blank()
)


def scan_get_order_status_response(text: str, start: int, end: int) -> GetOrderStatusResponse:
    """A GetOrderStatusResponse from its element's content, in the plain form (else ``Declined``)."""
    found = _GET_ORDER_STATUS_RESPONSE_0.fullmatch(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _, _t1, _ = found.groups()
    order_reference = _t0 or ""
    status = read_open_enum(_t1, KnownOrderStatus)
    _record = GetOrderStatusResponse(order_reference=order_reference, status=status)
    return _record


_GET_ACCOUNT_BALANCE_RESPONSE_TAGS: Final = ("Balance", "Threshold", "Currency", "IsActive")
_GET_ACCOUNT_BALANCE_RESPONSE_0: Final = re.compile(
    others(_GET_ACCOUNT_BALANCE_RESPONSE_TAGS, 0)
    + element("Balance")
    + others(_GET_ACCOUNT_BALANCE_RESPONSE_TAGS, 1)
    + element("Threshold")
    + others(_GET_ACCOUNT_BALANCE_RESPONSE_TAGS, 2)
    + element("Currency")
    + others(_GET_ACCOUNT_BALANCE_RESPONSE_TAGS, 3)
    + element("IsActive")
    + others(_GET_ACCOUNT_BALANCE_RESPONSE_TAGS, 4)
    + blank()
)


def scan_get_account_balance_response(text: str, start: int, end: int) -> GetAccountBalanceResponse:
    """A GetAccountBalanceResponse from its element's content, in the plain form (else ``Declined``)."""
    found = _GET_ACCOUNT_BALANCE_RESPONSE_0.fullmatch(text, start, end)
    if found is None:
        raise Declined
    _, _t0, _, _t1, _, _t2, _, _t3, _ = found.groups()
    balance = (
        Decimal(_t0)
        if _t0 and len(_t0) <= 60 and _t0.isascii() and _t0.replace(".", "", 1).isdigit()
        else read_decimal(_t0, "", "Balance")
    )
    threshold = (
        Decimal(_t1)
        if _t1 and len(_t1) <= 60 and _t1.isascii() and _t1.replace(".", "", 1).isdigit()
        else read_decimal(_t1, "", "Threshold")
    )
    currency = _t2 or ""
    is_active = BOOLEAN_WORDS[_t3] if _t3 in BOOLEAN_WORDS else read_bool(_t3, "", "IsActive")
    if balance is None or threshold is None or is_active is None:
        raise Declined
    _record = GetAccountBalanceResponse(balance=balance, threshold=threshold, currency=currency, is_active=is_active)
    return _record
