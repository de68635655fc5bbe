from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Final

__NAMESPACE__ = "http://www.voxbone.com/VoxAPI"


@dataclass(frozen=True, slots=True, kw_only=True)
class CancelDidResponse:
    """
    Attributes:
        canceled: Whether the DID was cancelled.
    """

    class Meta:
        name = "CancelDIDResponse"
        namespace = "http://www.voxbone.com/VoxAPI"

    canceled: bool = field(
        metadata={
            "name": "Canceled",
            "type": "Element",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    """
    A country covered by Voxbone.

    Attributes:
        country_id: Voxbone country identifier.
        country_name: Country name.
        code_a2: ISO alpha-2 code.
        country_code: International dialling code.
        has_states: Whether GetStatesList applies to this country.
    """

    country_id: int = field(
        metadata={
            "name": "CountryID",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    country_name: str = field(
        metadata={
            "name": "CountryName",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    code_a2: str = field(
        metadata={
            "name": "CodeA2",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
            "pattern": r"[A-Z]{2}",
        }
    )
    country_code: int = field(
        metadata={
            "name": "CountryCode",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    has_states: bool = field(
        metadata={
            "name": "HasStates",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class CreditPackage:
    """
    A tollfree credit package for sale.

    Attributes:
        tollfree_credit_package_id: Package identifier.
        name: Package name.
        price100: Price in hundredths of the account currency.
    """

    tollfree_credit_package_id: int = field(
        metadata={
            "name": "TollfreeCreditPackageID",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    price100: int = field(
        metadata={
            "name": "Price100",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class DidGroup:
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

    did_group_id: int = field(
        metadata={
            "name": "DIDGroupID",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    country_name: str = field(
        metadata={
            "name": "CountryName",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    city_name: str = field(
        metadata={
            "name": "CityName",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    stock: int = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    country_code: int = field(
        metadata={
            "name": "CountryCode",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    area_code: str = field(
        metadata={
            "name": "AreaCode",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    setup100: int = field(
        metadata={
            "name": "Setup100",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    monthly100: int = field(
        metadata={
            "name": "Monthly100",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    require_purchase_info: bool = field(
        metadata={
            "name": "RequirePurchaseInfo",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class DidGroupFilter:
    """
    Optional filter for GetDIDGroupList.

    Attributes:
        hide_empty: Leave out DIDGroups whose stock is 0.
        state_id: Only DIDGroups in this state.
    """

    class Meta:
        name = "DIDGroupFilter"

    hide_empty: None | bool = field(
        default=None,
        metadata={
            "name": "HideEmpty",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        },
    )
    state_id: None | int = field(
        default=None,
        metadata={
            "name": "StateID",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        },
    )


class DidType(Enum):
    """
    The kind of DID (number).
    """

    GEOGRAPHIC = "GEOGRAPHIC"
    TOLLFREE = "TOLLFREE"
    NATIONAL = "NATIONAL"


@dataclass(frozen=True, slots=True, kw_only=True)
class DidsFilter:
    """
    Optional filter for GetDIDsInfo; none returns all DIDs.

    Attributes:
        e164: Only the DID with this E.164 number.
        order_reference: Only DIDs bought by this order.
    """

    class Meta:
        name = "DIDsFilter"

    e164: None | str = field(
        default=None,
        metadata={
            "name": "E164",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
            "pattern": r"[0-9]+",
        },
    )
    order_reference: None | str = field(
        default=None,
        metadata={
            "name": "OrderReference",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetAccountBalanceResponse:
    """
    Attributes:
        balance: Current balance, in Currency units.
        threshold: Balance threshold, in Currency units.
        currency: Account currency code (e.g. EUR).
        is_active: Whether the account is active.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    balance: Decimal = field(
        metadata={
            "name": "Balance",
            "type": "Element",
        }
    )
    threshold: Decimal = field(
        metadata={
            "name": "Threshold",
            "type": "Element",
        }
    )
    currency: str = field(
        metadata={
            "name": "Currency",
            "type": "Element",
        }
    )
    is_active: bool = field(
        metadata={
            "name": "IsActive",
            "type": "Element",
        }
    )


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


@dataclass(frozen=True, slots=True, kw_only=True)
class MapDidResponse:
    """
    Empty: the method returns nothing.
    """

    class Meta:
        name = "MapDIDResponse"
        namespace = "http://www.voxbone.com/VoxAPI"


@dataclass(frozen=True, slots=True, kw_only=True)
class Pop:
    """
    A point of presence calls are delivered from.

    Attributes:
        delivery_id: Identifier to pass to UpdateDelivery.
        name: POP name (e.g. BE, US).
        ips: IP addresses of the POP.
    """

    class Meta:
        name = "POP"

    delivery_id: int = field(
        metadata={
            "name": "DeliveryID",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    name: str = field(
        metadata={
            "name": "Name",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    ips: tuple[str, ...] = field(
        default_factory=tuple,
        metadata={
            "wrapper": "ArrayOfIPs",
            "name": "IP",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
            "min_occurs": 1,
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceDidsOnTrunkResponse:
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


@dataclass(frozen=True, slots=True, kw_only=True)
class PurchaseInfo:
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

    firstname: str = field(
        metadata={
            "name": "Firstname",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    lastname: str = field(
        metadata={
            "name": "Lastname",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    company: str = field(
        metadata={
            "name": "Company",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    salutation: str = field(
        metadata={
            "name": "Salutation",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    street: str = field(
        metadata={
            "name": "Street",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    building_number: str = field(
        metadata={
            "name": "BuildingNumber",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    city: str = field(
        metadata={
            "name": "City",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    zip_code: str = field(
        metadata={
            "name": "ZipCode",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    country_code_a2: str = field(
        metadata={
            "name": "CountryCodeA2",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
            "pattern": r"[A-Z]{2}",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class PurchaseInfoData:
    """
    A city and its zip codes, to build a PurchaseInfo.

    Attributes:
        city_name: City name.
        zip: A zip code of the city (repeated).
    """

    city_name: str = field(
        metadata={
            "name": "CityName",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    zip: tuple[str, ...] = field(
        default_factory=tuple,
        metadata={
            "name": "Zip",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class RemoveDidsFromTrunkResponse:
    """
    Empty: the method returns nothing.
    """

    class Meta:
        name = "RemoveDIDsFromTrunkResponse"
        namespace = "http://www.voxbone.com/VoxAPI"


@dataclass(frozen=True, slots=True, kw_only=True)
class State:
    """
    A state of a country.

    Attributes:
        state_id: Voxbone state identifier.
        state_name: State name.
        code_a2: Short state code (e.g. AZ).
    """

    state_id: int = field(
        metadata={
            "name": "StateID",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    state_name: str = field(
        metadata={
            "name": "StateName",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    code_a2: str = field(
        metadata={
            "name": "CodeA2",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Trunk:
    """
    A trunk owned by the account.

    Attributes:
        trunk_id: Trunk identifier.
        zone: Trunk zone (e.g. A).
        dids_on_trunk: Number of DIDs on the trunk.
        maximum_capacity: Maximum capacity (channels).
    """

    trunk_id: int = field(
        metadata={
            "name": "TrunkID",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    zone: str = field(
        metadata={
            "name": "Zone",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    dids_on_trunk: int = field(
        metadata={
            "name": "DIDsOnTrunk",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    maximum_capacity: int = field(
        metadata={
            "name": "MaximumCapacity",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class UpdateDeliveryResponse:
    """
    Empty: the method returns nothing.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"


@dataclass(frozen=True, slots=True, kw_only=True)
class UserToken:
    """
    Basic UserToken used for authentication; referenced by every request.

    Attributes:
        username: Account login.
        key: A fresh nonce for this request.
        hash: Digest of the password and the Key.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    username: str = field(
        metadata={
            "name": "Username",
            "type": "Element",
        }
    )
    key: str = field(
        metadata={
            "name": "Key",
            "type": "Element",
        }
    )
    hash: str = field(
        metadata={
            "name": "Hash",
            "type": "Element",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class VoxApiFault:
    """
    Detail of the SOAP fault raised by any method (e.g. invalid credentials).

    Attributes:
        message: Human-readable error message.
    """

    class Meta:
        name = "VoxAPIFault"
        namespace = "http://www.voxbone.com/VoxAPI"

    message: None | str = field(
        default=None,
        metadata={
            "type": "Element",
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class CancelDid:
    """
    Cancel the subscription of a DID.

    Attributes:
        user_token:
        dids_id: DID to cancel, from GetDIDsInfo.
    """

    class Meta:
        name = "CancelDID"
        namespace = "http://www.voxbone.com/VoxAPI"

    user_token: UserToken = field(
        metadata={
            "name": "UserToken",
            "type": "Element",
        }
    )
    dids_id: int = field(
        metadata={
            "name": "DIDsID",
            "type": "Element",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Did:
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

    dids_id: int = field(
        metadata={
            "name": "DIDsID",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    did: str = field(
        metadata={
            "name": "DID",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
            "pattern": r"[0-9]+",
        }
    )
    e164: str = field(
        metadata={
            "name": "E164",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
            "pattern": r"[0-9]+",
        }
    )
    type: DidType = field(
        metadata={
            "name": "Type",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    country_name: str = field(
        metadata={
            "name": "CountryName",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    country_code: int = field(
        metadata={
            "name": "CountryCode",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    city_name: str = field(
        metadata={
            "name": "CityName",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    area_code: str = field(
        metadata={
            "name": "AreaCode",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    mapping: str = field(
        metadata={
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    order_reference: str = field(
        metadata={
            "name": "OrderReference",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    channels: int = field(
        metadata={
            "name": "Channels",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    delivery: str = field(
        metadata={
            "name": "Delivery",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )
    trunk_id: int = field(
        metadata={
            "name": "TrunkID",
            "type": "Element",
            "namespace": "http://www.voxbone.com/VoxAPI",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetAccountBalance:
    """
    Read the prepaid account balance.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    user_token: UserToken = field(
        metadata={
            "name": "UserToken",
            "type": "Element",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetCountriesList:
    """
    List the countries covered for a type of DID.

    Attributes:
        user_token:
        type: Kind of DID whose coverage to list.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    user_token: UserToken = field(
        metadata={
            "name": "UserToken",
            "type": "Element",
        }
    )
    type: DidType = field(
        metadata={
            "name": "Type",
            "type": "Element",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetCountriesListResponse:
    """
    Attributes:
        countries: The covered countries.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    countries: tuple[Country, ...] = field(
        default_factory=tuple,
        metadata={
            "wrapper": "ArrayOfCountries",
            "name": "Country",
            "type": "Element",
            "min_occurs": 1,
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetDidGroupList:
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

    user_token: UserToken = field(
        metadata={
            "name": "UserToken",
            "type": "Element",
        }
    )
    country_id: int = field(
        metadata={
            "name": "CountryID",
            "type": "Element",
        }
    )
    type: DidType = field(
        metadata={
            "name": "Type",
            "type": "Element",
        }
    )
    filter: None | DidGroupFilter = field(
        default=None,
        metadata={
            "name": "Filter",
            "type": "Element",
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetDidGroupListResponse:
    """
    Attributes:
        did_groups: The matching DIDGroups.
    """

    class Meta:
        name = "GetDIDGroupListResponse"
        namespace = "http://www.voxbone.com/VoxAPI"

    did_groups: tuple[DidGroup, ...] = field(
        default_factory=tuple,
        metadata={
            "wrapper": "ArrayOfDIDGroups",
            "name": "DIDGroup",
            "type": "Element",
            "min_occurs": 1,
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetDidsInfo:
    """
    Describe the account's DIDs.

    Attributes:
        user_token:
        filter: Optional filter; without it all DIDs are returned.
    """

    class Meta:
        name = "GetDIDsInfo"
        namespace = "http://www.voxbone.com/VoxAPI"

    user_token: UserToken = field(
        metadata={
            "name": "UserToken",
            "type": "Element",
        }
    )
    filter: None | DidsFilter = field(
        default=None,
        metadata={
            "name": "Filter",
            "type": "Element",
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetOrderStatus:
    """
    Check the status of an order.

    Attributes:
        user_token:
        order_reference: Reference of the order.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    user_token: UserToken = field(
        metadata={
            "name": "UserToken",
            "type": "Element",
        }
    )
    order_reference: str = field(
        metadata={
            "name": "OrderReference",
            "type": "Element",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetOrderStatusResponse:
    """
    Attributes:
        order_reference: Reference of the order.
        status: Order status.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    order_reference: str = field(
        metadata={
            "name": "OrderReference",
            "type": "Element",
        }
    )
    status: KnownOrderStatus | str = field(
        metadata={
            "name": "Status",
            "type": "Element",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetPopList:
    """
    List the POPs and their IP addresses.
    """

    class Meta:
        name = "GetPOPList"
        namespace = "http://www.voxbone.com/VoxAPI"

    user_token: UserToken = field(
        metadata={
            "name": "UserToken",
            "type": "Element",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetPopListResponse:
    """
    Attributes:
        pops: The available POPs.
    """

    class Meta:
        name = "GetPOPListResponse"
        namespace = "http://www.voxbone.com/VoxAPI"

    pops: tuple[Pop, ...] = field(
        default_factory=tuple,
        metadata={
            "wrapper": "ArrayOfPOPs",
            "name": "POP",
            "type": "Element",
            "min_occurs": 1,
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetPurchaseInfoData:
    """
    List cities and their zip codes for an area code, to build a PurchaseInfo.

    Attributes:
        user_token:
        country_code_a2: Country, from GetCountriesList.
        area_code: Area code, from GetDIDGroupList.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    user_token: UserToken = field(
        metadata={
            "name": "UserToken",
            "type": "Element",
        }
    )
    country_code_a2: str = field(
        metadata={
            "name": "CountryCodeA2",
            "type": "Element",
            "pattern": r"[A-Z]{2}",
        }
    )
    area_code: str = field(
        metadata={
            "name": "AreaCode",
            "type": "Element",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetPurchaseInfoDataResponse:
    """
    Attributes:
        purchase_info_data: Cities with their zip codes.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    purchase_info_data: tuple[PurchaseInfoData, ...] = field(
        default_factory=tuple,
        metadata={
            "wrapper": "ArrayOfPurchaseInfoData",
            "name": "PurchaseInfoData",
            "type": "Element",
            "min_occurs": 1,
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetStatesList:
    """
    List the states of a country.

    Attributes:
        user_token:
        country_id: Country, from GetCountriesList.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    user_token: UserToken = field(
        metadata={
            "name": "UserToken",
            "type": "Element",
        }
    )
    country_id: int = field(
        metadata={
            "name": "CountryID",
            "type": "Element",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetStatesListResponse:
    """
    Attributes:
        states: The states of the country.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    states: tuple[State, ...] = field(
        default_factory=tuple,
        metadata={
            "wrapper": "ArrayOfStates",
            "name": "State",
            "type": "Element",
            "min_occurs": 1,
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetTollfreeCreditPackageList:
    """
    List the tollfree credit packages for sale.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    user_token: UserToken = field(
        metadata={
            "name": "UserToken",
            "type": "Element",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetTollfreeCreditPackageListResponse:
    """
    Attributes:
        tollfree_credit_packages: The packages for sale.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    tollfree_credit_packages: tuple[CreditPackage, ...] = field(
        default_factory=tuple,
        metadata={
            "wrapper": "ArrayOfTollfreeCreditPackages",
            "name": "CreditPackage",
            "type": "Element",
            "min_occurs": 1,
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetTrunkList:
    """
    List the account's trunks.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    user_token: UserToken = field(
        metadata={
            "name": "UserToken",
            "type": "Element",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetTrunkListResponse:
    """
    Attributes:
        trunks: The account's trunks.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    trunks: tuple[Trunk, ...] = field(
        default_factory=tuple,
        metadata={
            "wrapper": "ArrayOfTrunks",
            "name": "Trunk",
            "type": "Element",
            "min_occurs": 1,
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class IsPurchaseInfoValid:
    """
    Check a PurchaseInfo for a DIDGroup.

    Attributes:
        user_token:
        did_group_id: DIDGroup the PurchaseInfo is meant for.
        purchase_info: Customer details to check.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    user_token: UserToken = field(
        metadata={
            "name": "UserToken",
            "type": "Element",
        }
    )
    did_group_id: int = field(
        metadata={
            "name": "DIDGroupID",
            "type": "Element",
        }
    )
    purchase_info: PurchaseInfo = field(
        metadata={
            "name": "PurchaseInfo",
            "type": "Element",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class IsPurchaseInfoValidResponse:
    """
    Attributes:
        status: VALID when the PurchaseInfo is accepted.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    status: KnownPurchaseInfoStatus | str = field(
        metadata={
            "name": "Status",
            "type": "Element",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class MapDid:
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

    user_token: UserToken = field(
        metadata={
            "name": "UserToken",
            "type": "Element",
        }
    )
    dids_ids: tuple[int, ...] = field(
        default_factory=tuple,
        metadata={
            "wrapper": "ArrayOfDIDsIDs",
            "name": "DIDsID",
            "type": "Element",
            "min_occurs": 1,
        },
    )
    protocol: Protocol = field(
        metadata={
            "name": "Protocol",
            "type": "Element",
        }
    )
    uri: str = field(
        metadata={
            "name": "URI",
            "type": "Element",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceDidsOnTrunk:
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

    user_token: UserToken = field(
        metadata={
            "name": "UserToken",
            "type": "Element",
        }
    )
    dids_ids: tuple[int, ...] = field(
        default_factory=tuple,
        metadata={
            "wrapper": "ArrayOfDIDsIDs",
            "name": "DIDsID",
            "type": "Element",
            "min_occurs": 1,
        },
    )
    trunk_id: int = field(
        metadata={
            "name": "TrunkID",
            "type": "Element",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceDidsOrder:
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

    user_token: UserToken = field(
        metadata={
            "name": "UserToken",
            "type": "Element",
        }
    )
    did_group_id: int = field(
        metadata={
            "name": "DIDGroupID",
            "type": "Element",
        }
    )
    quantity: int = field(
        metadata={
            "name": "Quantity",
            "type": "Element",
            "min_inclusive": 1,
        }
    )
    allow_asynchronous: bool = field(
        metadata={
            "name": "AllowAsynchronous",
            "type": "Element",
        }
    )
    purchase_info: None | PurchaseInfo = field(
        default=None,
        metadata={
            "name": "PurchaseInfo",
            "type": "Element",
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class PurchaseTollfreeCredit:
    """
    Order tollfree credit packages.

    Attributes:
        user_token:
        tollfree_credit_package_id: Package, from GetTollfreeCreditPackageList.
        quantity: How many packages to buy.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    user_token: UserToken = field(
        metadata={
            "name": "UserToken",
            "type": "Element",
        }
    )
    tollfree_credit_package_id: int = field(
        metadata={
            "name": "TollfreeCreditPackageID",
            "type": "Element",
        }
    )
    quantity: int = field(
        metadata={
            "name": "Quantity",
            "type": "Element",
            "min_inclusive": 1,
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class PurchaseTollfreeCreditResponse:
    """
    Attributes:
        order_reference: Reference of the new order.
        order_status: Order status.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    order_reference: str = field(
        metadata={
            "name": "OrderReference",
            "type": "Element",
        }
    )
    order_status: KnownOrderStatus | str = field(
        metadata={
            "name": "OrderStatus",
            "type": "Element",
        }
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class RemoveDidsFromTrunk:
    """
    Take DIDs off their trunk.

    Attributes:
        user_token:
        dids_ids: DIDs to remove.
    """

    class Meta:
        name = "RemoveDIDsFromTrunk"
        namespace = "http://www.voxbone.com/VoxAPI"

    user_token: UserToken = field(
        metadata={
            "name": "UserToken",
            "type": "Element",
        }
    )
    dids_ids: tuple[int, ...] = field(
        default_factory=tuple,
        metadata={
            "wrapper": "ArrayOfDIDsIDs",
            "name": "DIDsID",
            "type": "Element",
            "min_occurs": 1,
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class UpdateDelivery:
    """
    Move DIDs to another POP.

    Attributes:
        user_token:
        delivery_id: Target POP, from GetPOPList.
        dids_ids: DIDs to move.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    user_token: UserToken = field(
        metadata={
            "name": "UserToken",
            "type": "Element",
        }
    )
    delivery_id: int = field(
        metadata={
            "name": "DeliveryID",
            "type": "Element",
        }
    )
    dids_ids: tuple[int, ...] = field(
        default_factory=tuple,
        metadata={
            "wrapper": "ArrayOfDIDsIDs",
            "name": "DIDsID",
            "type": "Element",
            "min_occurs": 1,
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class GetDidsInfoResponse:
    """
    Attributes:
        dids: The matching DIDs.
    """

    class Meta:
        name = "GetDIDsInfoResponse"
        namespace = "http://www.voxbone.com/VoxAPI"

    dids: tuple[Did, ...] = field(
        default_factory=tuple,
        metadata={
            "wrapper": "ArrayOfDIDs",
            "name": "DID",
            "type": "Element",
            "min_occurs": 1,
        },
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceDidsOrderResponse:
    """
    Attributes:
        order_reference: Reference of the new order.
        status: Order status.
        dids: The DIDs bought so far.
    """

    class Meta:
        name = "PlaceDIDsOrderResponse"
        namespace = "http://www.voxbone.com/VoxAPI"

    order_reference: str = field(
        metadata={
            "name": "OrderReference",
            "type": "Element",
        }
    )
    status: KnownOrderStatus | str = field(
        metadata={
            "name": "Status",
            "type": "Element",
        }
    )
    dids: tuple[Did, ...] = field(
        default_factory=tuple,
        metadata={
            "wrapper": "ArrayOfDIDs",
            "name": "DID",
            "type": "Element",
            "min_occurs": 1,
        },
    )


# Value sets for argument checks: each enum's members and their wire values.
DID_TYPE_VALUES: Final[frozenset[object]] = frozenset([*DidType, *(member.value for member in DidType)])
PROTOCOL_VALUES: Final[frozenset[object]] = frozenset([*Protocol, *(member.value for member in Protocol)])
KNOWN_ORDER_STATUS_VALUES: Final[frozenset[object]] = frozenset(
    [*KnownOrderStatus, *(member.value for member in KnownOrderStatus)]
)
KNOWN_PURCHASE_INFO_STATUS_VALUES: Final[frozenset[object]] = frozenset(
    [*KnownPurchaseInfoStatus, *(member.value for member in KnownPurchaseInfoStatus)]
)
