from __future__ import annotations

from dataclasses import field
from decimal import Decimal
from enum import Enum
from typing import Final

from ._record import Record
from ._record import init_field as _set

__NAMESPACE__ = "http://www.voxbone.com/VoxAPI"


class CancelDidResponse(Record):
    """
    Attributes:
        canceled: Whether the DID was cancelled.
    """

    class Meta:
        name = "CancelDIDResponse"
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("canceled",)
    __field_specs__ = {
        "canceled": field(
            metadata={
                "name": "Canceled",
                "type": "Element",
            }
        ),
    }

    canceled: bool

    def __init__(
        self,
        *,
        canceled: bool,
    ) -> None:
        _set(self, "canceled", canceled)


class Country(Record):
    """
    A country covered by Voxbone.

    Attributes:
        country_id: Voxbone country identifier.
        country_name: Country name.
        code_a2: ISO alpha-2 code.
        country_code: International dialling code.
        has_states: Whether GetStatesList applies to this country.
    """

    __slots__ = ("country_id", "country_name", "code_a2", "country_code", "has_states")
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

    def __init__(
        self,
        *,
        country_id: int,
        country_name: str,
        code_a2: str,
        country_code: int,
        has_states: bool,
    ) -> None:
        _set(self, "country_id", country_id)
        _set(self, "country_name", country_name)
        _set(self, "code_a2", code_a2)
        _set(self, "country_code", country_code)
        _set(self, "has_states", has_states)


class CreditPackage(Record):
    """
    A tollfree credit package for sale.

    Attributes:
        tollfree_credit_package_id: Package identifier.
        name: Package name.
        price100: Price in hundredths of the account currency.
    """

    __slots__ = ("tollfree_credit_package_id", "name", "price100")
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

    def __init__(
        self,
        *,
        tollfree_credit_package_id: int,
        name: str,
        price100: int,
    ) -> None:
        _set(self, "tollfree_credit_package_id", tollfree_credit_package_id)
        _set(self, "name", name)
        _set(self, "price100", price100)


class DidGroup(Record):
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

    __slots__ = (
        "did_group_id",
        "country_name",
        "city_name",
        "stock",
        "country_code",
        "area_code",
        "setup100",
        "monthly100",
        "require_purchase_info",
    )
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

    def __init__(
        self,
        *,
        did_group_id: int,
        country_name: str,
        city_name: str,
        stock: int,
        country_code: int,
        area_code: str,
        setup100: int,
        monthly100: int,
        require_purchase_info: bool,
    ) -> None:
        _set(self, "did_group_id", did_group_id)
        _set(self, "country_name", country_name)
        _set(self, "city_name", city_name)
        _set(self, "stock", stock)
        _set(self, "country_code", country_code)
        _set(self, "area_code", area_code)
        _set(self, "setup100", setup100)
        _set(self, "monthly100", monthly100)
        _set(self, "require_purchase_info", require_purchase_info)


class DidGroupFilter(Record):
    """
    Optional filter for GetDIDGroupList.

    Attributes:
        hide_empty: Leave out DIDGroups whose stock is 0.
        state_id: Only DIDGroups in this state.
    """

    class Meta:
        name = "DIDGroupFilter"

    __slots__ = ("hide_empty", "state_id")
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

    hide_empty: None | bool
    state_id: None | int

    def __init__(
        self,
        *,
        hide_empty: None | bool = None,
        state_id: None | int = None,
    ) -> None:
        _set(self, "hide_empty", hide_empty)
        _set(self, "state_id", state_id)


class DidType(Enum):
    """
    The kind of DID (number).
    """

    GEOGRAPHIC = "GEOGRAPHIC"
    TOLLFREE = "TOLLFREE"
    NATIONAL = "NATIONAL"


class DidsFilter(Record):
    """
    Optional filter for GetDIDsInfo; none returns all DIDs.

    Attributes:
        e164: Only the DID with this E.164 number.
        order_reference: Only DIDs bought by this order.
    """

    class Meta:
        name = "DIDsFilter"

    __slots__ = ("e164", "order_reference")
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

    e164: None | str
    order_reference: None | str

    def __init__(
        self,
        *,
        e164: None | str = None,
        order_reference: None | str = None,
    ) -> None:
        _set(self, "e164", e164)
        _set(self, "order_reference", order_reference)


class GetAccountBalanceResponse(Record):
    """
    Attributes:
        balance: Current balance, in Currency units.
        threshold: Balance threshold, in Currency units.
        currency: Account currency code (e.g. EUR).
        is_active: Whether the account is active.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("balance", "threshold", "currency", "is_active")
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

    def __init__(
        self,
        *,
        balance: Decimal,
        threshold: Decimal,
        currency: str,
        is_active: bool,
    ) -> None:
        _set(self, "balance", balance)
        _set(self, "threshold", threshold)
        _set(self, "currency", currency)
        _set(self, "is_active", is_active)


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


class MapDidResponse(Record):
    """
    Empty: the method returns nothing.
    """

    class Meta:
        name = "MapDIDResponse"
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ()


class Pop(Record):
    """
    A point of presence calls are delivered from.

    Attributes:
        delivery_id: Identifier to pass to UpdateDelivery.
        name: POP name (e.g. BE, US).
        ips: IP addresses of the POP.
    """

    class Meta:
        name = "POP"

    __slots__ = ("delivery_id", "name", "ips")
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
    ips: tuple[str, ...]

    def __init__(
        self,
        *,
        delivery_id: int,
        name: str,
        ips: tuple[str, ...] = (),
    ) -> None:
        _set(self, "delivery_id", delivery_id)
        _set(self, "name", name)
        _set(self, "ips", ips)


class PlaceDidsOnTrunkResponse(Record):
    """
    Empty: the method returns nothing.
    """

    class Meta:
        name = "PlaceDIDsOnTrunkResponse"
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ()


class Protocol(Enum):
    """
    The protocol used to reach a mapped URI.
    """

    SIP = "SIP"
    IAX = "IAX"


class PurchaseInfo(Record):
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

    __slots__ = (
        "firstname",
        "lastname",
        "company",
        "salutation",
        "street",
        "building_number",
        "city",
        "zip_code",
        "country_code_a2",
    )
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

    def __init__(
        self,
        *,
        firstname: str,
        lastname: str,
        company: str,
        salutation: str,
        street: str,
        building_number: str,
        city: str,
        zip_code: str,
        country_code_a2: str,
    ) -> None:
        _set(self, "firstname", firstname)
        _set(self, "lastname", lastname)
        _set(self, "company", company)
        _set(self, "salutation", salutation)
        _set(self, "street", street)
        _set(self, "building_number", building_number)
        _set(self, "city", city)
        _set(self, "zip_code", zip_code)
        _set(self, "country_code_a2", country_code_a2)


class PurchaseInfoData(Record):
    """
    A city and its zip codes, to build a PurchaseInfo.

    Attributes:
        city_name: City name.
        zip: A zip code of the city (repeated).
    """

    __slots__ = ("city_name", "zip")
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
    zip: tuple[str, ...]

    def __init__(
        self,
        *,
        city_name: str,
        zip: tuple[str, ...] = (),
    ) -> None:
        _set(self, "city_name", city_name)
        _set(self, "zip", zip)


class RemoveDidsFromTrunkResponse(Record):
    """
    Empty: the method returns nothing.
    """

    class Meta:
        name = "RemoveDIDsFromTrunkResponse"
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ()


class State(Record):
    """
    A state of a country.

    Attributes:
        state_id: Voxbone state identifier.
        state_name: State name.
        code_a2: Short state code (e.g. AZ).
    """

    __slots__ = ("state_id", "state_name", "code_a2")
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

    def __init__(
        self,
        *,
        state_id: int,
        state_name: str,
        code_a2: str,
    ) -> None:
        _set(self, "state_id", state_id)
        _set(self, "state_name", state_name)
        _set(self, "code_a2", code_a2)


class Trunk(Record):
    """
    A trunk owned by the account.

    Attributes:
        trunk_id: Trunk identifier.
        zone: Trunk zone (e.g. A).
        dids_on_trunk: Number of DIDs on the trunk.
        maximum_capacity: Maximum capacity (channels).
    """

    __slots__ = ("trunk_id", "zone", "dids_on_trunk", "maximum_capacity")
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

    def __init__(
        self,
        *,
        trunk_id: int,
        zone: str,
        dids_on_trunk: int,
        maximum_capacity: int,
    ) -> None:
        _set(self, "trunk_id", trunk_id)
        _set(self, "zone", zone)
        _set(self, "dids_on_trunk", dids_on_trunk)
        _set(self, "maximum_capacity", maximum_capacity)


class UpdateDeliveryResponse(Record):
    """
    Empty: the method returns nothing.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ()


class UserToken(Record):
    """
    Basic UserToken used for authentication; referenced by every request.

    Attributes:
        username: Account login.
        key: A fresh nonce for this request.
        hash: Digest of the password and the Key.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("username", "key", "hash")
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

    def __init__(
        self,
        *,
        username: str,
        key: str,
        hash: str,
    ) -> None:
        _set(self, "username", username)
        _set(self, "key", key)
        _set(self, "hash", hash)


class VoxApiFault(Record):
    """
    Detail of the SOAP fault raised by any method (e.g. invalid credentials).

    Attributes:
        message: Human-readable error message.
    """

    class Meta:
        name = "VoxAPIFault"
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("message",)
    __field_specs__ = {
        "message": field(
            default=None,
            metadata={
                "type": "Element",
            },
        ),
    }

    message: None | str

    def __init__(
        self,
        *,
        message: None | str = None,
    ) -> None:
        _set(self, "message", message)


class CancelDid(Record):
    """
    Cancel the subscription of a DID.

    Attributes:
        user_token:
        dids_id: DID to cancel, from GetDIDsInfo.
    """

    class Meta:
        name = "CancelDID"
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("user_token", "dids_id")
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

    def __init__(
        self,
        *,
        user_token: UserToken,
        dids_id: int,
    ) -> None:
        _set(self, "user_token", user_token)
        _set(self, "dids_id", dids_id)


class Did(Record):
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

    __slots__ = (
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
    )
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

    def __init__(
        self,
        *,
        dids_id: int,
        did: str,
        e164: str,
        type: DidType,
        country_name: str,
        country_code: int,
        city_name: str,
        area_code: str,
        mapping: str,
        order_reference: str,
        channels: int,
        delivery: str,
        trunk_id: int,
    ) -> None:
        _set(self, "dids_id", dids_id)
        _set(self, "did", did)
        _set(self, "e164", e164)
        _set(self, "type", type)
        _set(self, "country_name", country_name)
        _set(self, "country_code", country_code)
        _set(self, "city_name", city_name)
        _set(self, "area_code", area_code)
        _set(self, "mapping", mapping)
        _set(self, "order_reference", order_reference)
        _set(self, "channels", channels)
        _set(self, "delivery", delivery)
        _set(self, "trunk_id", trunk_id)


class GetAccountBalance(Record):
    """
    Read the prepaid account balance.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("user_token",)
    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
    }

    user_token: UserToken

    def __init__(
        self,
        *,
        user_token: UserToken,
    ) -> None:
        _set(self, "user_token", user_token)


class GetCountriesList(Record):
    """
    List the countries covered for a type of DID.

    Attributes:
        user_token:
        type: Kind of DID whose coverage to list.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("user_token", "type")
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

    def __init__(
        self,
        *,
        user_token: UserToken,
        type: DidType,
    ) -> None:
        _set(self, "user_token", user_token)
        _set(self, "type", type)


class GetCountriesListResponse(Record):
    """
    Attributes:
        countries: The covered countries.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("countries",)
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

    countries: tuple[Country, ...]

    def __init__(
        self,
        *,
        countries: tuple[Country, ...] = (),
    ) -> None:
        _set(self, "countries", countries)


class GetDidGroupList(Record):
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

    __slots__ = ("user_token", "country_id", "type", "filter")
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
    filter: None | DidGroupFilter

    def __init__(
        self,
        *,
        user_token: UserToken,
        country_id: int,
        type: DidType,
        filter: None | DidGroupFilter = None,
    ) -> None:
        _set(self, "user_token", user_token)
        _set(self, "country_id", country_id)
        _set(self, "type", type)
        _set(self, "filter", filter)


class GetDidGroupListResponse(Record):
    """
    Attributes:
        did_groups: The matching DIDGroups.
    """

    class Meta:
        name = "GetDIDGroupListResponse"
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("did_groups",)
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

    did_groups: tuple[DidGroup, ...]

    def __init__(
        self,
        *,
        did_groups: tuple[DidGroup, ...] = (),
    ) -> None:
        _set(self, "did_groups", did_groups)


class GetDidsInfo(Record):
    """
    Describe the account's DIDs.

    Attributes:
        user_token:
        filter: Optional filter; without it all DIDs are returned.
    """

    class Meta:
        name = "GetDIDsInfo"
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("user_token", "filter")
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
    filter: None | DidsFilter

    def __init__(
        self,
        *,
        user_token: UserToken,
        filter: None | DidsFilter = None,
    ) -> None:
        _set(self, "user_token", user_token)
        _set(self, "filter", filter)


class GetOrderStatus(Record):
    """
    Check the status of an order.

    Attributes:
        user_token:
        order_reference: Reference of the order.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("user_token", "order_reference")
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

    def __init__(
        self,
        *,
        user_token: UserToken,
        order_reference: str,
    ) -> None:
        _set(self, "user_token", user_token)
        _set(self, "order_reference", order_reference)


class GetOrderStatusResponse(Record):
    """
    Attributes:
        order_reference: Reference of the order.
        status: Order status.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("order_reference", "status")
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

    def __init__(
        self,
        *,
        order_reference: str,
        status: KnownOrderStatus | str,
    ) -> None:
        _set(self, "order_reference", order_reference)
        _set(self, "status", status)


class GetPopList(Record):
    """
    List the POPs and their IP addresses.
    """

    class Meta:
        name = "GetPOPList"
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("user_token",)
    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
    }

    user_token: UserToken

    def __init__(
        self,
        *,
        user_token: UserToken,
    ) -> None:
        _set(self, "user_token", user_token)


class GetPopListResponse(Record):
    """
    Attributes:
        pops: The available POPs.
    """

    class Meta:
        name = "GetPOPListResponse"
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("pops",)
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

    pops: tuple[Pop, ...]

    def __init__(
        self,
        *,
        pops: tuple[Pop, ...] = (),
    ) -> None:
        _set(self, "pops", pops)


class GetPurchaseInfoData(Record):
    """
    List cities and their zip codes for an area code, to build a PurchaseInfo.

    Attributes:
        user_token:
        country_code_a2: Country, from GetCountriesList.
        area_code: Area code, from GetDIDGroupList.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("user_token", "country_code_a2", "area_code")
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

    def __init__(
        self,
        *,
        user_token: UserToken,
        country_code_a2: str,
        area_code: str,
    ) -> None:
        _set(self, "user_token", user_token)
        _set(self, "country_code_a2", country_code_a2)
        _set(self, "area_code", area_code)


class GetPurchaseInfoDataResponse(Record):
    """
    Attributes:
        purchase_info_data: Cities with their zip codes.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("purchase_info_data",)
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

    purchase_info_data: tuple[PurchaseInfoData, ...]

    def __init__(
        self,
        *,
        purchase_info_data: tuple[PurchaseInfoData, ...] = (),
    ) -> None:
        _set(self, "purchase_info_data", purchase_info_data)


class GetStatesList(Record):
    """
    List the states of a country.

    Attributes:
        user_token:
        country_id: Country, from GetCountriesList.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("user_token", "country_id")
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

    def __init__(
        self,
        *,
        user_token: UserToken,
        country_id: int,
    ) -> None:
        _set(self, "user_token", user_token)
        _set(self, "country_id", country_id)


class GetStatesListResponse(Record):
    """
    Attributes:
        states: The states of the country.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("states",)
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

    states: tuple[State, ...]

    def __init__(
        self,
        *,
        states: tuple[State, ...] = (),
    ) -> None:
        _set(self, "states", states)


class GetTollfreeCreditPackageList(Record):
    """
    List the tollfree credit packages for sale.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("user_token",)
    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
    }

    user_token: UserToken

    def __init__(
        self,
        *,
        user_token: UserToken,
    ) -> None:
        _set(self, "user_token", user_token)


class GetTollfreeCreditPackageListResponse(Record):
    """
    Attributes:
        tollfree_credit_packages: The packages for sale.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("tollfree_credit_packages",)
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

    tollfree_credit_packages: tuple[CreditPackage, ...]

    def __init__(
        self,
        *,
        tollfree_credit_packages: tuple[CreditPackage, ...] = (),
    ) -> None:
        _set(self, "tollfree_credit_packages", tollfree_credit_packages)


class GetTrunkList(Record):
    """
    List the account's trunks.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("user_token",)
    __field_specs__ = {
        "user_token": field(
            metadata={
                "name": "UserToken",
                "type": "Element",
            }
        ),
    }

    user_token: UserToken

    def __init__(
        self,
        *,
        user_token: UserToken,
    ) -> None:
        _set(self, "user_token", user_token)


class GetTrunkListResponse(Record):
    """
    Attributes:
        trunks: The account's trunks.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("trunks",)
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

    trunks: tuple[Trunk, ...]

    def __init__(
        self,
        *,
        trunks: tuple[Trunk, ...] = (),
    ) -> None:
        _set(self, "trunks", trunks)


class IsPurchaseInfoValid(Record):
    """
    Check a PurchaseInfo for a DIDGroup.

    Attributes:
        user_token:
        did_group_id: DIDGroup the PurchaseInfo is meant for.
        purchase_info: Customer details to check.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("user_token", "did_group_id", "purchase_info")
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

    def __init__(
        self,
        *,
        user_token: UserToken,
        did_group_id: int,
        purchase_info: PurchaseInfo,
    ) -> None:
        _set(self, "user_token", user_token)
        _set(self, "did_group_id", did_group_id)
        _set(self, "purchase_info", purchase_info)


class IsPurchaseInfoValidResponse(Record):
    """
    Attributes:
        status: VALID when the PurchaseInfo is accepted.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("status",)
    __field_specs__ = {
        "status": field(
            metadata={
                "name": "Status",
                "type": "Element",
            }
        ),
    }

    status: KnownPurchaseInfoStatus | str

    def __init__(
        self,
        *,
        status: KnownPurchaseInfoStatus | str,
    ) -> None:
        _set(self, "status", status)


class MapDid(Record):
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

    __slots__ = ("user_token", "dids_ids", "protocol", "uri")
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
    dids_ids: tuple[int, ...]
    protocol: Protocol
    uri: str

    def __init__(
        self,
        *,
        user_token: UserToken,
        dids_ids: tuple[int, ...] = (),
        protocol: Protocol,
        uri: str,
    ) -> None:
        _set(self, "user_token", user_token)
        _set(self, "dids_ids", dids_ids)
        _set(self, "protocol", protocol)
        _set(self, "uri", uri)


class PlaceDidsOnTrunk(Record):
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

    __slots__ = ("user_token", "dids_ids", "trunk_id")
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
    dids_ids: tuple[int, ...]
    trunk_id: int

    def __init__(
        self,
        *,
        user_token: UserToken,
        dids_ids: tuple[int, ...] = (),
        trunk_id: int,
    ) -> None:
        _set(self, "user_token", user_token)
        _set(self, "dids_ids", dids_ids)
        _set(self, "trunk_id", trunk_id)


class PlaceDidsOrder(Record):
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

    __slots__ = ("user_token", "did_group_id", "quantity", "allow_asynchronous", "purchase_info")
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
    purchase_info: None | PurchaseInfo

    def __init__(
        self,
        *,
        user_token: UserToken,
        did_group_id: int,
        quantity: int,
        allow_asynchronous: bool,
        purchase_info: None | PurchaseInfo = None,
    ) -> None:
        _set(self, "user_token", user_token)
        _set(self, "did_group_id", did_group_id)
        _set(self, "quantity", quantity)
        _set(self, "allow_asynchronous", allow_asynchronous)
        _set(self, "purchase_info", purchase_info)


class PurchaseTollfreeCredit(Record):
    """
    Order tollfree credit packages.

    Attributes:
        user_token:
        tollfree_credit_package_id: Package, from GetTollfreeCreditPackageList.
        quantity: How many packages to buy.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("user_token", "tollfree_credit_package_id", "quantity")
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

    def __init__(
        self,
        *,
        user_token: UserToken,
        tollfree_credit_package_id: int,
        quantity: int,
    ) -> None:
        _set(self, "user_token", user_token)
        _set(self, "tollfree_credit_package_id", tollfree_credit_package_id)
        _set(self, "quantity", quantity)


class PurchaseTollfreeCreditResponse(Record):
    """
    Attributes:
        order_reference: Reference of the new order.
        order_status: Order status.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("order_reference", "order_status")
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

    def __init__(
        self,
        *,
        order_reference: str,
        order_status: KnownOrderStatus | str,
    ) -> None:
        _set(self, "order_reference", order_reference)
        _set(self, "order_status", order_status)


class RemoveDidsFromTrunk(Record):
    """
    Take DIDs off their trunk.

    Attributes:
        user_token:
        dids_ids: DIDs to remove.
    """

    class Meta:
        name = "RemoveDIDsFromTrunk"
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("user_token", "dids_ids")
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
    dids_ids: tuple[int, ...]

    def __init__(
        self,
        *,
        user_token: UserToken,
        dids_ids: tuple[int, ...] = (),
    ) -> None:
        _set(self, "user_token", user_token)
        _set(self, "dids_ids", dids_ids)


class UpdateDelivery(Record):
    """
    Move DIDs to another POP.

    Attributes:
        user_token:
        delivery_id: Target POP, from GetPOPList.
        dids_ids: DIDs to move.
    """

    class Meta:
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("user_token", "delivery_id", "dids_ids")
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
    dids_ids: tuple[int, ...]

    def __init__(
        self,
        *,
        user_token: UserToken,
        delivery_id: int,
        dids_ids: tuple[int, ...] = (),
    ) -> None:
        _set(self, "user_token", user_token)
        _set(self, "delivery_id", delivery_id)
        _set(self, "dids_ids", dids_ids)


class GetDidsInfoResponse(Record):
    """
    Attributes:
        dids: The matching DIDs.
    """

    class Meta:
        name = "GetDIDsInfoResponse"
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("dids",)
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

    dids: tuple[Did, ...]

    def __init__(
        self,
        *,
        dids: tuple[Did, ...] = (),
    ) -> None:
        _set(self, "dids", dids)


class PlaceDidsOrderResponse(Record):
    """
    Attributes:
        order_reference: Reference of the new order.
        status: Order status.
        dids: The DIDs bought so far.
    """

    class Meta:
        name = "PlaceDIDsOrderResponse"
        namespace = "http://www.voxbone.com/VoxAPI"

    __slots__ = ("order_reference", "status", "dids")
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
    dids: tuple[Did, ...]

    def __init__(
        self,
        *,
        order_reference: str,
        status: KnownOrderStatus | str,
        dids: tuple[Did, ...] = (),
    ) -> None:
        _set(self, "order_reference", order_reference)
        _set(self, "status", status)
        _set(self, "dids", dids)


# Value sets for argument checks: each enum's members and their wire values.
DID_TYPE_VALUES: Final[frozenset[object]] = frozenset([*DidType, *(member.value for member in DidType)])
PROTOCOL_VALUES: Final[frozenset[object]] = frozenset([*Protocol, *(member.value for member in Protocol)])
KNOWN_ORDER_STATUS_VALUES: Final[frozenset[object]] = frozenset(
    [*KnownOrderStatus, *(member.value for member in KnownOrderStatus)]
)
KNOWN_PURCHASE_INFO_STATUS_VALUES: Final[frozenset[object]] = frozenset(
    [*KnownPurchaseInfoStatus, *(member.value for member in KnownPurchaseInfoStatus)]
)
