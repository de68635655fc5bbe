from __future__ import annotations

from dataclasses import field
from decimal import Decimal
from enum import Enum
from typing import Final

from ._record import Record

__NAMESPACE__ = "http://www.voxbone.com/VoxAPI"


class CancelDidResponse(Record, kw_only=True):
    """
    Attributes:
        canceled: Whether the DID was cancelled.
    """

    class Meta:
        name = "CancelDIDResponse"
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "canceled": field(
            metadata={
                "name": "Canceled",
                "type": "Element",
            }
        ),
    }

    canceled: bool


class Country(Record, kw_only=True):
    """
    A country covered by Voxbone.

    Attributes:
        country_id: Voxbone country identifier.
        country_name: Country name.
        code_a2: ISO alpha-2 code.
        country_code: International dialling code.
        has_states: Whether GetStatesList applies to this country.
    """

    __field_specs__ = {
        "country_id": field(
            metadata={
                "name": "CountryID",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "country_name": field(
            metadata={
                "name": "CountryName",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "code_a2": field(
            metadata={
                "name": "CodeA2",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
                "pattern": r"[A-Z]{2}",
            }
        ),
        "country_code": field(
            metadata={
                "name": "CountryCode",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "has_states": field(
            metadata={
                "name": "HasStates",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
    }

    country_id: int
    country_name: str
    code_a2: str
    country_code: int
    has_states: bool


class CreditPackage(Record, kw_only=True):
    """
    A tollfree credit package for sale.

    Attributes:
        tollfree_credit_package_id: Package identifier.
        name: Package name.
        price100: Price in hundredths of the account currency.
    """

    __field_specs__ = {
        "tollfree_credit_package_id": field(
            metadata={
                "name": "TollfreeCreditPackageID",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "name": field(
            metadata={
                "name": "Name",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "price100": field(
            metadata={
                "name": "Price100",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
    }

    tollfree_credit_package_id: int
    name: str
    price100: int


class DidGroup(Record, kw_only=True):
    """
    A DIDGroup (area code) with its stock and prices.

    Attributes:
        did_group_id: DIDGroup identifier.
        country_name: Country name.
        city_name: City name.
        stock: Numbers available in the group.
        country_code: International dialling code.
        area_code: Area code (kept as text: codes, not quantities).
        setup100: Setup fee in hundredths of the account currency.
        monthly100: Monthly fee in hundredths of the account currency.
        require_purchase_info: Whether ordering needs a PurchaseInfo.
    """

    class Meta:
        name = "DIDGroup"

    __field_specs__ = {
        "did_group_id": field(
            metadata={
                "name": "DIDGroupID",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "country_name": field(
            metadata={
                "name": "CountryName",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "city_name": field(
            metadata={
                "name": "CityName",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "stock": field(
            metadata={
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "country_code": field(
            metadata={
                "name": "CountryCode",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "area_code": field(
            metadata={
                "name": "AreaCode",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "setup100": field(
            metadata={
                "name": "Setup100",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "monthly100": field(
            metadata={
                "name": "Monthly100",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "require_purchase_info": field(
            metadata={
                "name": "RequirePurchaseInfo",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
    }

    did_group_id: int
    country_name: str
    city_name: str
    stock: int
    country_code: int
    area_code: str
    setup100: int
    monthly100: int
    require_purchase_info: bool


class DidGroupFilter(Record, kw_only=True):
    """
    Optional filter for GetDIDGroupList.

    Attributes:
        hide_empty: Leave out DIDGroups whose stock is 0.
        state_id: Only DIDGroups in this state.
    """

    class Meta:
        name = "DIDGroupFilter"

    __field_specs__ = {
        "hide_empty": field(
            default=None,
            metadata={
                "name": "HideEmpty",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            },
        ),
        "state_id": field(
            default=None,
            metadata={
                "name": "StateID",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            },
        ),
    }

    hide_empty: None | bool = None
    state_id: None | int = None


class DidType(Enum):
    """
    The kind of DID (number).
    """

    GEOGRAPHIC = "GEOGRAPHIC"
    TOLLFREE = "TOLLFREE"
    NATIONAL = "NATIONAL"


class DidsFilter(Record, kw_only=True):
    """
    Optional filter for GetDIDsInfo; none returns all DIDs.

    Attributes:
        e164: Only the DID with this E.164 number.
        order_reference: Only DIDs bought by this order.
    """

    class Meta:
        name = "DIDsFilter"

    __field_specs__ = {
        "e164": field(
            default=None,
            metadata={
                "name": "E164",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
                "pattern": r"[0-9]+",
            },
        ),
        "order_reference": field(
            default=None,
            metadata={
                "name": "OrderReference",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            },
        ),
    }

    e164: None | str = None
    order_reference: None | str = None


class GetAccountBalanceResponse(Record, kw_only=True):
    """
    Attributes:
        balance: Current balance, in Currency units.
        threshold: Balance threshold, in Currency units.
        currency: Account currency code (e.g. EUR).
        is_active: Whether the account is active.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "balance": field(
            metadata={
                "name": "Balance",
                "type": "Element",
            }
        ),
        "threshold": field(
            metadata={
                "name": "Threshold",
                "type": "Element",
            }
        ),
        "currency": field(
            metadata={
                "name": "Currency",
                "type": "Element",
            }
        ),
        "is_active": field(
            metadata={
                "name": "IsActive",
                "type": "Element",
            }
        ),
    }

    balance: Decimal
    threshold: Decimal
    currency: str
    is_active: bool


class KnownOrderStatus(Enum):
    """
    Order status values the documentation shows.
    """

    FULFILLED = "FULFILLED"


class KnownPurchaseInfoStatus(Enum):
    """
    PurchaseInfo validity values the documentation shows.
    """

    VALID = "VALID"


class MapDidResponse(Record, kw_only=True):
    """
    Empty: the method returns nothing.
    """

    class Meta:
        name = "MapDIDResponse"
        namespace = "http://www.voxbone.com/VoxAPI"


class Pop(Record, kw_only=True):
    """
    A point of presence calls are delivered from.

    Attributes:
        delivery_id: Identifier to pass to UpdateDelivery.
        name: POP name (e.g. BE, US).
        ips: IP addresses of the POP.
    """

    class Meta:
        name = "POP"

    __field_specs__ = {
        "delivery_id": field(
            metadata={
                "name": "DeliveryID",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "name": field(
            metadata={
                "name": "Name",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "ips": field(
            default_factory=tuple,
            metadata={
                "wrapper": "ArrayOfIPs",
                "name": "IP",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
                "min_occurs": 1,
            },
        ),
    }

    delivery_id: int
    name: str
    ips: tuple[str, ...] = ()


class PlaceDidsOnTrunkResponse(Record, kw_only=True):
    """
    Empty: the method returns nothing.
    """

    class Meta:
        name = "PlaceDIDsOnTrunkResponse"
        namespace = "http://www.voxbone.com/VoxAPI"


class Protocol(Enum):
    """
    The protocol used to reach a mapped URI.
    """

    SIP = "SIP"
    IAX = "IAX"


class PurchaseInfo(Record, kw_only=True):
    """
    Customer details some regulators require to buy a DID.

    Attributes:
        firstname: First name.
        lastname: Last name.
        company: Company name.
        salutation: Salutation (e.g. MR).
        street: Street name.
        building_number: Building number (text: may carry letters).
        city: City, as GetPurchaseInfoData spells it.
        zip_code: Zip code, as GetPurchaseInfoData gives it.
        country_code_a2: ISO alpha-2 country code.
    """

    __field_specs__ = {
        "firstname": field(
            metadata={
                "name": "Firstname",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "lastname": field(
            metadata={
                "name": "Lastname",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "company": field(
            metadata={
                "name": "Company",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "salutation": field(
            metadata={
                "name": "Salutation",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "street": field(
            metadata={
                "name": "Street",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "building_number": field(
            metadata={
                "name": "BuildingNumber",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "city": field(
            metadata={
                "name": "City",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "zip_code": field(
            metadata={
                "name": "ZipCode",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "country_code_a2": field(
            metadata={
                "name": "CountryCodeA2",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
                "pattern": r"[A-Z]{2}",
            }
        ),
    }

    firstname: str
    lastname: str
    company: str
    salutation: str
    street: str
    building_number: str
    city: str
    zip_code: str
    country_code_a2: str


class PurchaseInfoData(Record, kw_only=True):
    """
    A city and its zip codes, to build a PurchaseInfo.

    Attributes:
        city_name: City name.
        zip: A zip code of the city (repeated).
    """

    __field_specs__ = {
        "city_name": field(
            metadata={
                "name": "CityName",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "zip": field(
            default_factory=tuple,
            metadata={
                "name": "Zip",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            },
        ),
    }

    city_name: str
    zip: tuple[str, ...] = ()


class RemoveDidsFromTrunkResponse(Record, kw_only=True):
    """
    Empty: the method returns nothing.
    """

    class Meta:
        name = "RemoveDIDsFromTrunkResponse"
        namespace = "http://www.voxbone.com/VoxAPI"


class State(Record, kw_only=True):
    """
    A state of a country.

    Attributes:
        state_id: Voxbone state identifier.
        state_name: State name.
        code_a2: Short state code (e.g. AZ).
    """

    __field_specs__ = {
        "state_id": field(
            metadata={
                "name": "StateID",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "state_name": field(
            metadata={
                "name": "StateName",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "code_a2": field(
            metadata={
                "name": "CodeA2",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
    }

    state_id: int
    state_name: str
    code_a2: str


class Trunk(Record, kw_only=True):
    """
    A trunk owned by the account.

    Attributes:
        trunk_id: Trunk identifier.
        zone: Trunk zone (e.g. A).
        dids_on_trunk: Number of DIDs on the trunk.
        maximum_capacity: Maximum capacity (channels).
    """

    __field_specs__ = {
        "trunk_id": field(
            metadata={
                "name": "TrunkID",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "zone": field(
            metadata={
                "name": "Zone",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "dids_on_trunk": field(
            metadata={
                "name": "DIDsOnTrunk",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "maximum_capacity": field(
            metadata={
                "name": "MaximumCapacity",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
    }

    trunk_id: int
    zone: str
    dids_on_trunk: int
    maximum_capacity: int


class UpdateDeliveryResponse(Record, kw_only=True):
    """
    Empty: the method returns nothing.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"


class UserToken(Record, kw_only=True):
    """
    Basic UserToken used for authentication; referenced by every request.

    Attributes:
        username: Account login.
        key: A fresh nonce for this request.
        hash: Digest of the password and the Key.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "username": field(
            metadata={
                "name": "Username",
                "type": "Element",
            }
        ),
        "key": field(
            metadata={
                "name": "Key",
                "type": "Element",
            }
        ),
        "hash": field(
            metadata={
                "name": "Hash",
                "type": "Element",
            }
        ),
    }

    username: str
    key: str
    hash: str


class VoxApiFault(Record, kw_only=True):
    """
    Detail of the SOAP fault raised by any method (e.g. invalid credentials).

    Attributes:
        message: Human-readable error message.
    """

    class Meta:
        name = "VoxAPIFault"
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "message": field(
            default=None,
            metadata={
                "type": "Element",
            },
        ),
    }

    message: None | str = None


class CancelDid(Record, kw_only=True):
    """
    Cancel the subscription of a DID.

    Attributes:
        user_token:
        dids_id: DID to cancel, from GetDIDsInfo.
    """

    class Meta:
        name = "CancelDID"
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
        "dids_id": field(
            metadata={
                "name": "DIDsID",
                "type": "Element",
            }
        ),
    }

    user_token: UserToken
    dids_id: int


class Did(Record, kw_only=True):
    """
    A DID owned by the account, with its configuration.

    Attributes:
        dids_id: DID identifier.
        did: The national number without country and area code.
        e164: Full number in E.164, without the plus sign.
        type: Kind of DID.
        country_name: Country name.
        country_code: International dialling code.
        city_name: City name.
        area_code: Area code.
        mapping: Where calls go (e.g. sip:user@host, or "no forwarding").
        order_reference: Reference of the order that bought the DID.
        channels: Number of simultaneous channels.
        delivery: Name of the POP the DID is delivered through (see GetPOPList).
        trunk_id: Trunk the DID is on; -1 when on none.
    """

    class Meta:
        name = "DID"

    __field_specs__ = {
        "dids_id": field(
            metadata={
                "name": "DIDsID",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "did": field(
            metadata={
                "name": "DID",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
                "pattern": r"[0-9]+",
            }
        ),
        "e164": field(
            metadata={
                "name": "E164",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
                "pattern": r"[0-9]+",
            }
        ),
        "type": field(
            metadata={
                "name": "Type",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "country_name": field(
            metadata={
                "name": "CountryName",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "country_code": field(
            metadata={
                "name": "CountryCode",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "city_name": field(
            metadata={
                "name": "CityName",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "area_code": field(
            metadata={
                "name": "AreaCode",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "mapping": field(
            metadata={
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "order_reference": field(
            metadata={
                "name": "OrderReference",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "channels": field(
            metadata={
                "name": "Channels",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "delivery": field(
            metadata={
                "name": "Delivery",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
        "trunk_id": field(
            metadata={
                "name": "TrunkID",
                "type": "Element",
                "namespace": "http://www.voxbone.com/VoxAPI",
            }
        ),
    }

    dids_id: int
    did: str
    e164: str
    type: DidType
    country_name: str
    country_code: int
    city_name: str
    area_code: str
    mapping: str
    order_reference: str
    channels: int
    delivery: str
    trunk_id: int


class GetAccountBalance(Record, kw_only=True):
    """
    Read the prepaid account balance.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
    }

    user_token: UserToken


class GetCountriesList(Record, kw_only=True):
    """
    List the countries covered for a type of DID.

    Attributes:
        user_token:
        type: Kind of DID whose coverage to list.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
        "type": field(
            metadata={
                "name": "Type",
                "type": "Element",
            }
        ),
    }

    user_token: UserToken
    type: DidType


class GetCountriesListResponse(Record, kw_only=True):
    """
    Attributes:
        countries: The covered countries.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "countries": field(
            default_factory=tuple,
            metadata={
                "wrapper": "ArrayOfCountries",
                "name": "Country",
                "type": "Element",
                "min_occurs": 1,
            },
        ),
    }

    countries: tuple[Country, ...] = ()


class GetDidGroupList(Record, kw_only=True):
    """
    List the DIDGroups (area codes) of a country.

    Attributes:
        user_token:
        country_id: Country, from GetCountriesList.
        type: Kind of DID.
        filter: Optional filter.
    """

    class Meta:
        name = "GetDIDGroupList"
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
        "country_id": field(
            metadata={
                "name": "CountryID",
                "type": "Element",
            }
        ),
        "type": field(
            metadata={
                "name": "Type",
                "type": "Element",
            }
        ),
        "filter": field(
            default=None,
            metadata={
                "name": "Filter",
                "type": "Element",
            },
        ),
    }

    user_token: UserToken
    country_id: int
    type: DidType
    filter: None | DidGroupFilter = None


class GetDidGroupListResponse(Record, kw_only=True):
    """
    Attributes:
        did_groups: The matching DIDGroups.
    """

    class Meta:
        name = "GetDIDGroupListResponse"
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "did_groups": field(
            default_factory=tuple,
            metadata={
                "wrapper": "ArrayOfDIDGroups",
                "name": "DIDGroup",
                "type": "Element",
                "min_occurs": 1,
            },
        ),
    }

    did_groups: tuple[DidGroup, ...] = ()


class GetDidsInfo(Record, kw_only=True):
    """
    Describe the account's DIDs.

    Attributes:
        user_token:
        filter: Optional filter; without it all DIDs are returned.
    """

    class Meta:
        name = "GetDIDsInfo"
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
        "filter": field(
            default=None,
            metadata={
                "name": "Filter",
                "type": "Element",
            },
        ),
    }

    user_token: UserToken
    filter: None | DidsFilter = None


class GetOrderStatus(Record, kw_only=True):
    """
    Check the status of an order.

    Attributes:
        user_token:
        order_reference: Reference of the order.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
        "order_reference": field(
            metadata={
                "name": "OrderReference",
                "type": "Element",
            }
        ),
    }

    user_token: UserToken
    order_reference: str


class GetOrderStatusResponse(Record, kw_only=True):
    """
    Attributes:
        order_reference: Reference of the order.
        status: Order status.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "order_reference": field(
            metadata={
                "name": "OrderReference",
                "type": "Element",
            }
        ),
        "status": field(
            metadata={
                "name": "Status",
                "type": "Element",
            }
        ),
    }

    order_reference: str
    status: KnownOrderStatus | str


class GetPopList(Record, kw_only=True):
    """
    List the POPs and their IP addresses.
    """

    class Meta:
        name = "GetPOPList"
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
    }

    user_token: UserToken


class GetPopListResponse(Record, kw_only=True):
    """
    Attributes:
        pops: The available POPs.
    """

    class Meta:
        name = "GetPOPListResponse"
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "pops": field(
            default_factory=tuple,
            metadata={
                "wrapper": "ArrayOfPOPs",
                "name": "POP",
                "type": "Element",
                "min_occurs": 1,
            },
        ),
    }

    pops: tuple[Pop, ...] = ()


class GetPurchaseInfoData(Record, kw_only=True):
    """
    List cities and their zip codes for an area code, to build a PurchaseInfo.

    Attributes:
        user_token:
        country_code_a2: Country, from GetCountriesList.
        area_code: Area code, from GetDIDGroupList.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
        "country_code_a2": field(
            metadata={
                "name": "CountryCodeA2",
                "type": "Element",
                "pattern": r"[A-Z]{2}",
            }
        ),
        "area_code": field(
            metadata={
                "name": "AreaCode",
                "type": "Element",
            }
        ),
    }

    user_token: UserToken
    country_code_a2: str
    area_code: str


class GetPurchaseInfoDataResponse(Record, kw_only=True):
    """
    Attributes:
        purchase_info_data: Cities with their zip codes.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "purchase_info_data": field(
            default_factory=tuple,
            metadata={
                "wrapper": "ArrayOfPurchaseInfoData",
                "name": "PurchaseInfoData",
                "type": "Element",
                "min_occurs": 1,
            },
        ),
    }

    purchase_info_data: tuple[PurchaseInfoData, ...] = ()


class GetStatesList(Record, kw_only=True):
    """
    List the states of a country.

    Attributes:
        user_token:
        country_id: Country, from GetCountriesList.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
        "country_id": field(
            metadata={
                "name": "CountryID",
                "type": "Element",
            }
        ),
    }

    user_token: UserToken
    country_id: int


class GetStatesListResponse(Record, kw_only=True):
    """
    Attributes:
        states: The states of the country.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "states": field(
            default_factory=tuple,
            metadata={
                "wrapper": "ArrayOfStates",
                "name": "State",
                "type": "Element",
                "min_occurs": 1,
            },
        ),
    }

    states: tuple[State, ...] = ()


class GetTollfreeCreditPackageList(Record, kw_only=True):
    """
    List the tollfree credit packages for sale.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
    }

    user_token: UserToken


class GetTollfreeCreditPackageListResponse(Record, kw_only=True):
    """
    Attributes:
        tollfree_credit_packages: The packages for sale.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "tollfree_credit_packages": field(
            default_factory=tuple,
            metadata={
                "wrapper": "ArrayOfTollfreeCreditPackages",
                "name": "CreditPackage",
                "type": "Element",
                "min_occurs": 1,
            },
        ),
    }

    tollfree_credit_packages: tuple[CreditPackage, ...] = ()


class GetTrunkList(Record, kw_only=True):
    """
    List the account's trunks.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
    }

    user_token: UserToken


class GetTrunkListResponse(Record, kw_only=True):
    """
    Attributes:
        trunks: The account's trunks.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "trunks": field(
            default_factory=tuple,
            metadata={
                "wrapper": "ArrayOfTrunks",
                "name": "Trunk",
                "type": "Element",
                "min_occurs": 1,
            },
        ),
    }

    trunks: tuple[Trunk, ...] = ()


class IsPurchaseInfoValid(Record, kw_only=True):
    """
    Check a PurchaseInfo for a DIDGroup.

    Attributes:
        user_token:
        did_group_id: DIDGroup the PurchaseInfo is meant for.
        purchase_info: Customer details to check.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
        "did_group_id": field(
            metadata={
                "name": "DIDGroupID",
                "type": "Element",
            }
        ),
        "purchase_info": field(
            metadata={
                "name": "PurchaseInfo",
                "type": "Element",
            }
        ),
    }

    user_token: UserToken
    did_group_id: int
    purchase_info: PurchaseInfo


class IsPurchaseInfoValidResponse(Record, kw_only=True):
    """
    Attributes:
        status: VALID when the PurchaseInfo is accepted.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "status": field(
            metadata={
                "name": "Status",
                "type": "Element",
            }
        ),
    }

    status: KnownPurchaseInfoStatus | str


class MapDid(Record, kw_only=True):
    """
    Map DIDs to a URI (created when it does not exist).

    Attributes:
        user_token:
        dids_ids: DIDs to map.
        protocol: Protocol of the URI.
        uri: The URI itself (e.g. user@host).
    """

    class Meta:
        name = "MapDID"
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
        "dids_ids": field(
            default_factory=tuple,
            metadata={
                "wrapper": "ArrayOfDIDsIDs",
                "name": "DIDsID",
                "type": "Element",
                "min_occurs": 1,
            },
        ),
        "protocol": field(
            metadata={
                "name": "Protocol",
                "type": "Element",
            }
        ),
        "uri": field(
            metadata={
                "name": "URI",
                "type": "Element",
            }
        ),
    }

    user_token: UserToken
    dids_ids: tuple[int, ...] = ()
    protocol: Protocol
    uri: str


class PlaceDidsOnTrunk(Record, kw_only=True):
    """
    Place DIDs on a trunk.

    Attributes:
        user_token:
        dids_ids: DIDs to place.
        trunk_id: Trunk, from GetTrunkList.
    """

    class Meta:
        name = "PlaceDIDsOnTrunk"
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
        "dids_ids": field(
            default_factory=tuple,
            metadata={
                "wrapper": "ArrayOfDIDsIDs",
                "name": "DIDsID",
                "type": "Element",
                "min_occurs": 1,
            },
        ),
        "trunk_id": field(
            metadata={
                "name": "TrunkID",
                "type": "Element",
            }
        ),
    }

    user_token: UserToken
    dids_ids: tuple[int, ...] = ()
    trunk_id: int


class PlaceDidsOrder(Record, kw_only=True):
    """
    Order DIDs from a DIDGroup; they get the account's default config.

    Attributes:
        user_token:
        did_group_id: DIDGroup to order from, from GetDIDGroupList.
        quantity: How many numbers to order.
        allow_asynchronous: true: place the order even without enough stock; false: reject it then.
        purchase_info: Customer details, required by regulation in some countries.
    """

    class Meta:
        name = "PlaceDIDsOrder"
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
        "did_group_id": field(
            metadata={
                "name": "DIDGroupID",
                "type": "Element",
            }
        ),
        "quantity": field(
            metadata={
                "name": "Quantity",
                "type": "Element",
                "min_inclusive": 1,
            }
        ),
        "allow_asynchronous": field(
            metadata={
                "name": "AllowAsynchronous",
                "type": "Element",
            }
        ),
        "purchase_info": field(
            default=None,
            metadata={
                "name": "PurchaseInfo",
                "type": "Element",
            },
        ),
    }

    user_token: UserToken
    did_group_id: int
    quantity: int
    allow_asynchronous: bool
    purchase_info: None | PurchaseInfo = None


class PurchaseTollfreeCredit(Record, kw_only=True):
    """
    Order tollfree credit packages.

    Attributes:
        user_token:
        tollfree_credit_package_id: Package, from GetTollfreeCreditPackageList.
        quantity: How many packages to buy.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
        "tollfree_credit_package_id": field(
            metadata={
                "name": "TollfreeCreditPackageID",
                "type": "Element",
            }
        ),
        "quantity": field(
            metadata={
                "name": "Quantity",
                "type": "Element",
                "min_inclusive": 1,
            }
        ),
    }

    user_token: UserToken
    tollfree_credit_package_id: int
    quantity: int


class PurchaseTollfreeCreditResponse(Record, kw_only=True):
    """
    Attributes:
        order_reference: Reference of the new order.
        order_status: Order status.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "order_reference": field(
            metadata={
                "name": "OrderReference",
                "type": "Element",
            }
        ),
        "order_status": field(
            metadata={
                "name": "OrderStatus",
                "type": "Element",
            }
        ),
    }

    order_reference: str
    order_status: KnownOrderStatus | str


class RemoveDidsFromTrunk(Record, kw_only=True):
    """
    Take DIDs off their trunk.

    Attributes:
        user_token:
        dids_ids: DIDs to remove.
    """

    class Meta:
        name = "RemoveDIDsFromTrunk"
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
        "dids_ids": field(
            default_factory=tuple,
            metadata={
                "wrapper": "ArrayOfDIDsIDs",
                "name": "DIDsID",
                "type": "Element",
                "min_occurs": 1,
            },
        ),
    }

    user_token: UserToken
    dids_ids: tuple[int, ...] = ()


class UpdateDelivery(Record, kw_only=True):
    """
    Move DIDs to another POP.

    Attributes:
        user_token:
        delivery_id: Target POP, from GetPOPList.
        dids_ids: DIDs to move.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
        "delivery_id": field(
            metadata={
                "name": "DeliveryID",
                "type": "Element",
            }
        ),
        "dids_ids": field(
            default_factory=tuple,
            metadata={
                "wrapper": "ArrayOfDIDsIDs",
                "name": "DIDsID",
                "type": "Element",
                "min_occurs": 1,
            },
        ),
    }

    user_token: UserToken
    delivery_id: int
    dids_ids: tuple[int, ...] = ()


class GetDidsInfoResponse(Record, kw_only=True):
    """
    Attributes:
        dids: The matching DIDs.
    """

    class Meta:
        name = "GetDIDsInfoResponse"
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "dids": field(
            default_factory=tuple,
            metadata={
                "wrapper": "ArrayOfDIDs",
                "name": "DID",
                "type": "Element",
                "min_occurs": 1,
            },
        ),
    }

    dids: tuple[Did, ...] = ()


class PlaceDidsOrderResponse(Record, kw_only=True):
    """
    Attributes:
        order_reference: Reference of the new order.
        status: Order status.
        dids: The DIDs bought so far.
    """

    class Meta:
        name = "PlaceDIDsOrderResponse"
        namespace = "http://www.voxbone.com/VoxAPI"

    __field_specs__ = {
        "order_reference": field(
            metadata={
                "name": "OrderReference",
                "type": "Element",
            }
        ),
        "status": field(
            metadata={
                "name": "Status",
                "type": "Element",
            }
        ),
        "dids": field(
            default_factory=tuple,
            metadata={
                "wrapper": "ArrayOfDIDs",
                "name": "DID",
                "type": "Element",
                "min_occurs": 1,
            },
        ),
    }

    order_reference: str
    status: KnownOrderStatus | str
    dids: tuple[Did, ...] = ()


# Value sets for argument checks: each enum's members and their wire values.
DID_TYPE_VALUES: Final[frozenset[object]] = frozenset([*DidType, *(member.value for member in DidType)])
PROTOCOL_VALUES: Final[frozenset[object]] = frozenset([*Protocol, *(member.value for member in Protocol)])
KNOWN_ORDER_STATUS_VALUES: Final[frozenset[object]] = frozenset(
    [*KnownOrderStatus, *(member.value for member in KnownOrderStatus)]
)
KNOWN_PURCHASE_INFO_STATUS_VALUES: Final[frozenset[object]] = frozenset(
    [*KnownPurchaseInfoStatus, *(member.value for member in KnownPurchaseInfoStatus)]
)
