"""The state model of the Voxbone fake (hand-written: the spec cannot say how state moves).

Copied as written into ``voxbone_sdk/testing/_state.py``. The SOAP 1.1 envelopes, the UserToken
check (``Hash`` = SHA-1 of password + ``Key``, or the scheme given as ``token_hash=``), the
``VoxAPIFault`` faults at HTTP 500 and the ``invalid_parameter`` fault of a bad request all come
from ``specs/voxbone/``.

Flows: DID groups have DIDs in stock; ``PlaceDIDsOrder`` takes them from stock into the account
(``GetDIDsInfo`` lists them, ``GetAccountBalance`` drops by the group's ``Setup100`` and
``Monthly100``, hundredths of the currency), ``CancelDID`` removes one, ``MapDID`` and the trunk
calls change them. With ``AllowAsynchronous`` an order is PENDING (``GetOrderStatus``) until
``fake.advance()``; otherwise it is FULFILLED at once.

Magic values (``CarrierState.MAGIC``): DID group 9999 is listed with no stock
(``insufficient_stock``); set ``fake.state.balance`` to 0 for an account with no balance
(``insufficient_balance``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from .._fake_state import CarrierError, State


class CarrierState(State):
    """DID groups with stock, the account's DIDs, its orders and its balance."""

    MISSING_CODES = ("invalid_parameter",)
    INVALID_CODES = ("invalid_parameter",)
    AUTH_INVALID = "invalid_credentials"
    FAULT_DETAIL = "VoxAPIFault"
    CREDENTIALS: ClassVar[dict[str, str]] = {"username": "test-user", "password": "test-password"}
    MAGIC: ClassVar[dict[str, object]] = {"no_stock_did_group_id": 9999}

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.balance = Decimal("100.00")
        self.countries = [
            {"CountryID": 21, "CountryName": "BELGIUM", "CodeA2": "BE", "CountryCode": 32, "HasStates": False},
            {"CountryID": 223, "CountryName": "UNITED STATES", "CodeA2": "US", "CountryCode": 1, "HasStates": True},
        ]
        self.groups = [
            self._group(5167, 21, "BELGIUM", "BRUSSELS", 32, "2", 100, 300, 10),
            self._group(5168, 21, "BELGIUM", "ANTWERP", 32, "3", 100, 300, 5),
            self._group(7001, 223, "UNITED STATES", "NEW YORK", 1, "212", 0, 150, 20),
            self._group(9999, 21, "BELGIUM", "NOWHERE", 32, "9", 100, 300, 0),
        ]
        self.dids: dict[int, dict[str, Any]] = {}
        self.orders: dict[str, dict[str, Any]] = {}
        self.trunks = [{"TrunkID": 1, "Zone": "EU", "DIDsOnTrunk": 0, "MaximumCapacity": 100}]

    @staticmethod
    def _group(gid: int, cid: int, country: str, city: str, cc: int, area: str, setup: int, monthly: int, stock: int) -> dict[str, Any]:
        return {
            "DIDGroupID": gid,
            "CountryID": cid,
            "CountryName": country,
            "CityName": city,
            "stock": stock,
            "CountryCode": cc,
            "AreaCode": area,
            "Setup100": setup,
            "Monthly100": monthly,
            "RequirePurchaseInfo": False,
            "Type": "GEOGRAPHIC",
        }

    def on_get_countries_list(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"ArrayOfCountries": self.countries}

    def on_get_did_group_list(self, params: dict[str, Any]) -> dict[str, Any]:
        hide_empty = bool(getattr(params.get("filter"), "hide_empty", False))
        found = [
            g
            for g in self.groups
            if g["CountryID"] == params["country_id"]
            and g["Type"] == str(getattr(params["type"], "value", params["type"]))
            and not (hide_empty and g["stock"] == 0)
        ]
        return {"ArrayOfDIDGroups": found}

    def on_place_dids_order(self, params: dict[str, Any]) -> dict[str, Any]:
        group = next((g for g in self.groups if g["DIDGroupID"] == params["did_group_id"]), None)
        quantity = params["quantity"]
        if group is None or group["stock"] < quantity:
            raise CarrierError("insufficient_stock", group=params["did_group_id"])
        cost = Decimal(group["Setup100"] + group["Monthly100"]) * quantity / 100
        if self.balance < cost:
            raise CarrierError("insufficient_balance")
        self.balance -= cost
        group["stock"] -= quantity
        reference = f"VOX-{self.next_id(200000)}"
        dids = []
        for _ in range(quantity):
            did_id = self.next_id(800000)
            number = f"{group['CountryCode']}{group['AreaCode']}{self.digits(7)}"
            dids.append(
                {
                    "DIDsID": did_id,
                    "DID": number,
                    "E164": number,
                    "Type": group["Type"],
                    "CountryName": group["CountryName"],
                    "CountryCode": group["CountryCode"],
                    "CityName": group["CityName"],
                    "AreaCode": group["AreaCode"],
                    "mapping": "",
                    "OrderReference": reference,
                    "Channels": 2,
                    "Delivery": "",
                    "TrunkID": 0,
                }
            )
        pending = bool(params.get("allow_asynchronous"))
        self.orders[reference] = {"status": "PENDING" if pending else "FULFILLED", "dids": dids}
        if not pending:
            self.dids.update((d["DIDsID"], d) for d in dids)
        shown = [] if pending else dids
        return {"OrderReference": reference, "Status": self.orders[reference]["status"], "ArrayOfDIDs": shown}

    def advance(self) -> None:
        """Fulfil every pending order: its DIDs join the account."""
        for order in self.orders.values():
            if order["status"] == "PENDING":
                order["status"] = "FULFILLED"
                self.dids.update((d["DIDsID"], d) for d in order["dids"])

    def on_get_order_status(self, params: dict[str, Any]) -> dict[str, Any]:
        order = self.orders.get(params["order_reference"])
        if order is None:
            raise CarrierError("unknown_order", reference=params["order_reference"])
        return {"OrderReference": params["order_reference"], "Status": order["status"]}

    def on_get_dids_info(self, params: dict[str, Any]) -> dict[str, Any]:
        wanted = params.get("filter")
        e164 = getattr(wanted, "e164", None)
        reference = getattr(wanted, "order_reference", None)
        found = [
            d for d in self.dids.values() if e164 in (None, d["E164"]) and reference in (None, d["OrderReference"])
        ]
        return {"ArrayOfDIDs": found}

    def _did(self, did_id: int) -> dict[str, Any]:
        if did_id not in self.dids:
            raise CarrierError("unknown_did", id=did_id)
        return self.dids[did_id]

    def on_cancel_did(self, params: dict[str, Any]) -> dict[str, Any]:
        self._did(params["dids_id"])
        del self.dids[params["dids_id"]]
        return {"Canceled": True}

    def on_map_did(self, params: dict[str, Any]) -> None:
        for did_id in params["dids_ids"]:
            self._did(did_id)["mapping"] = f"{getattr(params['protocol'], 'value', params['protocol'])}:{params['uri']}"

    def on_place_dids_on_trunk(self, params: dict[str, Any]) -> None:
        for did_id in params["dids_ids"]:
            self._did(did_id)["TrunkID"] = params["trunk_id"]

    def on_remove_dids_from_trunk(self, params: dict[str, Any]) -> None:
        for did_id in params["dids_ids"]:
            self._did(did_id)["TrunkID"] = 0

    def on_get_trunk_list(self, params: dict[str, Any]) -> dict[str, Any]:
        for trunk in self.trunks:
            trunk["DIDsOnTrunk"] = sum(1 for d in self.dids.values() if d["TrunkID"] == trunk["TrunkID"])
        return {"ArrayOfTrunks": self.trunks}

    def on_get_account_balance(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"Balance": self.balance, "Threshold": Decimal("10.00"), "Currency": "EUR", "IsActive": True}
