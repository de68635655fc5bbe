"""Readers of plain XML answers without a tree: one pattern per run of elements, in the documented order.

Each ``scan_<record>(text, start, end)`` reads a record from its element's content, ``text[start:end]``,
or raises ``Declined`` for anything outside the plain form (see ``_scanio``); the readers of ``_xml``
then read the answer from its tree.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Final

from ._record import builder
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

_COUNTRY_BUILDER: Final = builder(Country, ("country_id", "country_name", "code_a2", "country_code", "has_states"))
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
    _built: Any = object.__new__(_COUNTRY_BUILDER)
    _built.country_id = country_id
    _built.country_name = country_name
    _built.code_a2 = code_a2
    _built.country_code = country_code
    _built.has_states = has_states
    _built.__class__ = Country
    _record: Country = _built
    return _record


_STATE_BUILDER: Final = builder(State, ("state_id", "state_name", "code_a2"))
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
    _built: Any = object.__new__(_STATE_BUILDER)
    _built.state_id = state_id
    _built.state_name = state_name
    _built.code_a2 = code_a2
    _built.__class__ = State
    _record: State = _built
    return _record


_DID_GROUP_BUILDER: Final = builder(
    DidGroup,
    (
        "did_group_id",
        "country_name",
        "city_name",
        "stock",
        "country_code",
        "area_code",
        "setup100",
        "monthly100",
        "require_purchase_info",
    ),
)
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
    _built: Any = object.__new__(_DID_GROUP_BUILDER)
    _built.did_group_id = did_group_id
    _built.country_name = country_name
    _built.city_name = city_name
    _built.stock = stock
    _built.country_code = country_code
    _built.area_code = area_code
    _built.setup100 = setup100
    _built.monthly100 = monthly100
    _built.require_purchase_info = require_purchase_info
    _built.__class__ = DidGroup
    _record: DidGroup = _built
    return _record


_DID_BUILDER: Final = builder(
    Did,
    (
        "dids_id",
        "did",
        "e164",
        "type",
        "country_name",
        "country_code",
        "city_name",
        "area_code",
        "mapping",
        "order_reference",
        "channels",
        "delivery",
        "trunk_id",
    ),
)
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
    _built: Any = object.__new__(_DID_BUILDER)
    _built.dids_id = dids_id
    _built.did = did
    _built.e164 = e164
    _built.type = type
    _built.country_name = country_name
    _built.country_code = country_code
    _built.city_name = city_name
    _built.area_code = area_code
    _built.mapping = mapping
    _built.order_reference = order_reference
    _built.channels = channels
    _built.delivery = delivery
    _built.trunk_id = trunk_id
    _built.__class__ = Did
    _record: Did = _built
    return _record


_TRUNK_BUILDER: Final = builder(Trunk, ("trunk_id", "zone", "dids_on_trunk", "maximum_capacity"))
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
    _built: Any = object.__new__(_TRUNK_BUILDER)
    _built.trunk_id = trunk_id
    _built.zone = zone
    _built.dids_on_trunk = dids_on_trunk
    _built.maximum_capacity = maximum_capacity
    _built.__class__ = Trunk
    _record: Trunk = _built
    return _record


_POP_BUILDER: Final = builder(Pop, ("delivery_id", "name", "ips"))
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
    _built: Any = object.__new__(_POP_BUILDER)
    _built.delivery_id = delivery_id
    _built.name = name
    _built.ips = ips
    _built.__class__ = Pop
    _record: Pop = _built
    return _record


_CREDIT_PACKAGE_BUILDER: Final = builder(CreditPackage, ("tollfree_credit_package_id", "name", "price100"))
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
    _built: Any = object.__new__(_CREDIT_PACKAGE_BUILDER)
    _built.tollfree_credit_package_id = tollfree_credit_package_id
    _built.name = name
    _built.price100 = price100
    _built.__class__ = CreditPackage
    _record: CreditPackage = _built
    return _record


_GET_COUNTRIES_LIST_RESPONSE_BUILDER: Final = builder(GetCountriesListResponse, ("countries",))
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
        _built: Any = object.__new__(_COUNTRY_BUILDER)
        _built.country_id = country_id
        _built.country_name = country_name
        _built.code_a2 = code_a2
        _built.country_code = country_code
        _built.has_states = has_states
        _built.__class__ = Country
        record: Country = _built
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
    _built: Any = object.__new__(_GET_COUNTRIES_LIST_RESPONSE_BUILDER)
    _built.countries = countries
    _built.__class__ = GetCountriesListResponse
    _record: GetCountriesListResponse = _built
    return _record


_GET_STATES_LIST_RESPONSE_BUILDER: Final = builder(GetStatesListResponse, ("states",))
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
        _built: Any = object.__new__(_STATE_BUILDER)
        _built.state_id = state_id
        _built.state_name = state_name
        _built.code_a2 = code_a2
        _built.__class__ = State
        record: State = _built
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
    _built: Any = object.__new__(_GET_STATES_LIST_RESPONSE_BUILDER)
    _built.states = states
    _built.__class__ = GetStatesListResponse
    _record: GetStatesListResponse = _built
    return _record


_GET_DID_GROUP_LIST_RESPONSE_BUILDER: Final = builder(GetDidGroupListResponse, ("did_groups",))
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
        _built: Any = object.__new__(_DID_GROUP_BUILDER)
        _built.did_group_id = did_group_id
        _built.country_name = country_name
        _built.city_name = city_name
        _built.stock = stock
        _built.country_code = country_code
        _built.area_code = area_code
        _built.setup100 = setup100
        _built.monthly100 = monthly100
        _built.require_purchase_info = require_purchase_info
        _built.__class__ = DidGroup
        record: DidGroup = _built
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
    _built: Any = object.__new__(_GET_DID_GROUP_LIST_RESPONSE_BUILDER)
    _built.did_groups = did_groups
    _built.__class__ = GetDidGroupListResponse
    _record: GetDidGroupListResponse = _built
    return _record


_PLACE_DIDS_ORDER_RESPONSE_BUILDER: Final = builder(PlaceDidsOrderResponse, ("order_reference", "status", "dids"))
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
        _built: Any = object.__new__(_DID_BUILDER)
        _built.dids_id = dids_id
        _built.did = did
        _built.e164 = e164
        _built.type = type
        _built.country_name = country_name
        _built.country_code = country_code
        _built.city_name = city_name
        _built.area_code = area_code
        _built.mapping = mapping
        _built.order_reference = order_reference
        _built.channels = channels
        _built.delivery = delivery
        _built.trunk_id = trunk_id
        _built.__class__ = Did
        record: Did = _built
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
    _built: Any = object.__new__(_PLACE_DIDS_ORDER_RESPONSE_BUILDER)
    _built.order_reference = order_reference
    _built.status = status
    _built.dids = dids
    _built.__class__ = PlaceDidsOrderResponse
    _record: PlaceDidsOrderResponse = _built
    return _record


_IS_PURCHASE_INFO_VALID_RESPONSE_BUILDER: Final = builder(IsPurchaseInfoValidResponse, ("status",))
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
    _built: Any = object.__new__(_IS_PURCHASE_INFO_VALID_RESPONSE_BUILDER)
    _built.status = status
    _built.__class__ = IsPurchaseInfoValidResponse
    _record: IsPurchaseInfoValidResponse = _built
    return _record


_CANCEL_DID_RESPONSE_BUILDER: Final = builder(CancelDidResponse, ("canceled",))
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
    _built: Any = object.__new__(_CANCEL_DID_RESPONSE_BUILDER)
    _built.canceled = canceled
    _built.__class__ = CancelDidResponse
    _record: CancelDidResponse = _built
    return _record


_GET_DIDS_INFO_RESPONSE_BUILDER: Final = builder(GetDidsInfoResponse, ("dids",))
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
        _built: Any = object.__new__(_DID_BUILDER)
        _built.dids_id = dids_id
        _built.did = did
        _built.e164 = e164
        _built.type = type
        _built.country_name = country_name
        _built.country_code = country_code
        _built.city_name = city_name
        _built.area_code = area_code
        _built.mapping = mapping
        _built.order_reference = order_reference
        _built.channels = channels
        _built.delivery = delivery
        _built.trunk_id = trunk_id
        _built.__class__ = Did
        record: Did = _built
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
    _built: Any = object.__new__(_GET_DIDS_INFO_RESPONSE_BUILDER)
    _built.dids = dids
    _built.__class__ = GetDidsInfoResponse
    _record: GetDidsInfoResponse = _built
    return _record


_GET_TRUNK_LIST_RESPONSE_BUILDER: Final = builder(GetTrunkListResponse, ("trunks",))
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
        _built: Any = object.__new__(_TRUNK_BUILDER)
        _built.trunk_id = trunk_id
        _built.zone = zone
        _built.dids_on_trunk = dids_on_trunk
        _built.maximum_capacity = maximum_capacity
        _built.__class__ = Trunk
        record: Trunk = _built
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
    _built: Any = object.__new__(_GET_TRUNK_LIST_RESPONSE_BUILDER)
    _built.trunks = trunks
    _built.__class__ = GetTrunkListResponse
    _record: GetTrunkListResponse = _built
    return _record


_GET_POP_LIST_RESPONSE_BUILDER: Final = builder(GetPopListResponse, ("pops",))
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
    _built: Any = object.__new__(_GET_POP_LIST_RESPONSE_BUILDER)
    _built.pops = pops
    _built.__class__ = GetPopListResponse
    _record: GetPopListResponse = _built
    return _record


_GET_TOLLFREE_CREDIT_PACKAGE_LIST_RESPONSE_BUILDER: Final = builder(
    GetTollfreeCreditPackageListResponse, ("tollfree_credit_packages",)
)
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
        _built: Any = object.__new__(_CREDIT_PACKAGE_BUILDER)
        _built.tollfree_credit_package_id = tollfree_credit_package_id
        _built.name = name
        _built.price100 = price100
        _built.__class__ = CreditPackage
        record: CreditPackage = _built
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
    _built: Any = object.__new__(_GET_TOLLFREE_CREDIT_PACKAGE_LIST_RESPONSE_BUILDER)
    _built.tollfree_credit_packages = tollfree_credit_packages
    _built.__class__ = GetTollfreeCreditPackageListResponse
    _record: GetTollfreeCreditPackageListResponse = _built
    return _record


_PURCHASE_TOLLFREE_CREDIT_RESPONSE_BUILDER: Final = builder(
    PurchaseTollfreeCreditResponse, ("order_reference", "order_status")
)
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
    _built: Any = object.__new__(_PURCHASE_TOLLFREE_CREDIT_RESPONSE_BUILDER)
    _built.order_reference = order_reference
    _built.order_status = order_status
    _built.__class__ = PurchaseTollfreeCreditResponse
    _record: PurchaseTollfreeCreditResponse = _built
    return _record


_GET_ORDER_STATUS_RESPONSE_BUILDER: Final = builder(GetOrderStatusResponse, ("order_reference", "status"))
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
    _built: Any = object.__new__(_GET_ORDER_STATUS_RESPONSE_BUILDER)
    _built.order_reference = order_reference
    _built.status = status
    _built.__class__ = GetOrderStatusResponse
    _record: GetOrderStatusResponse = _built
    return _record


_GET_ACCOUNT_BALANCE_RESPONSE_BUILDER: Final = builder(
    GetAccountBalanceResponse, ("balance", "threshold", "currency", "is_active")
)
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
    _built: Any = object.__new__(_GET_ACCOUNT_BALANCE_RESPONSE_BUILDER)
    _built.balance = balance
    _built.threshold = threshold
    _built.currency = currency
    _built.is_active = is_active
    _built.__class__ = GetAccountBalanceResponse
    _record: GetAccountBalanceResponse = _built
    return _record
