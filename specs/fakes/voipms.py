"""The state model of the VoIP.ms fake (hand-written: the spec cannot say how state moves).

Copied as written into ``voipms_sdk/testing/_state.py``. Routing (``method=``), the query-string
credentials, multipart bodies, the ``{"status": ...}`` answers and the ``missing_<param>`` /
``invalid_<param>`` codes of a bad request all come from ``specs/voipms.yaml``.

Flows: ``searchDIDsUSA`` / ``searchDIDsCAN`` list numbers in stock; ``orderDID`` moves one to
the account (``getDIDsInfo`` lists it, ``getBalance`` drops by its setup and monthly fees,
``setDIDRouting`` changes it, ``cancelDID`` removes it); ``sendSMS`` messages appear in
``getSMS`` (``deleteSMS`` removes them). An empty account answers ``no_did`` / ``no_sms``, which
the SDK turns into empty results.

Magic values (``CarrierState.MAGIC``): the DID 5550000000 is always in use (``did_in_use``);
searching the query 000 finds nothing; an account whose balance cannot pay a DID gets
``non_sufficient_funds`` (set ``fake.state.balance``).

The SOAP endpoint (``Client(protocol="soap")``) is served on this same state: the runtime's
``_fake_rpc`` reads a SOAP call into its REST form, so nothing here knows the transport.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any, ClassVar

from .._fake_state import CarrierError, State

_SETUP: Decimal = Decimal("0.50")
_MONTHLY: Decimal = Decimal("0.85")
_MINUTE: Decimal = Decimal("0.0090")
_IN_USE = "5550000000"


class CarrierState(State):
    """The account's balance, DIDs and SMS messages, and numbers in stock per rate center."""

    MISSING_CODES = ("missing_{name}", "missing_params")
    INVALID_CODES = ("invalid_{name}",)
    AUTH_INVALID = "invalid_credentials"
    UNKNOWN_OPERATION = "invalid_method"
    CREDENTIALS: ClassVar[dict[str, str]] = {"api_username": "test@example.com", "api_password": "test-api-password"}
    MAGIC: ClassVar[dict[str, object]] = {"did_in_use": _IN_USE, "empty_search": "000"}

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.balance = Decimal("25.00")
        self.dids: dict[str, dict[str, Any]] = {}
        self.sms: list[dict[str, Any]] = []
        self.stock: dict[str, dict[str, Any]] = {}
        for state, ratecenter, area in (("NY", "NEW YORK", "212"), ("CA", "LOS ANGELES", "213"), ("QC", "MONTREAL", "514")):
            for _ in range(5):
                did = area + self.digits(7)
                self.stock[did] = {"did": did, "ratecenter": ratecenter, "state": state, "area": area}
        self.stock[_IN_USE] = {"did": _IN_USE, "ratecenter": "NOWHERE", "state": "NY", "area": "555"}

    # --- searching and ordering ---------------------------------------------------------------------

    def _search(self, params: dict[str, Any], country: str) -> dict[str, Any]:
        query, kind = str(params.get("query_", "")), str(params.get("type", "starts"))
        provinces = ("QC", "ON", "BC") if country == "CAN" else None
        found = []
        for number in self.stock.values():
            if provinces is not None and number["state"] not in provinces:
                continue
            if provinces is None and number["state"] in ("QC", "ON", "BC"):
                continue
            if params.get("state") not in (None, number["state"]) and params.get("province") not in (None, number["state"]):
                continue
            did = number["did"]
            matched = {"starts": did.startswith, "ends": did.endswith}.get(kind, did.__contains__)(query)
            if matched and query != "000":
                found.append(self._available(number))
        return {"dids": found}

    def _available(self, number: dict[str, Any]) -> dict[str, Any]:
        return {
            "did": number["did"],
            "ratecenter": number["ratecenter"],
            "state": number["state"],
            "province": number["state"],
            "perminute_monthly": _MONTHLY,
            "perminute_minute": _MINUTE,
            "perminute_setup": _SETUP,
            "flat_monthly": _MONTHLY * 4,
            "flat_minute": Decimal("0"),
            "flat_setup": _SETUP,
            "sms": 1,
        }

    def on_search_dids_usa(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._search(params, "USA")

    def on_search_dids_can(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._search(params, "CAN")

    def on_order_did(self, params: dict[str, Any]) -> None:
        did = params["did"]
        if did == _IN_USE or did in self.dids:
            raise CarrierError("did_in_use")
        number = self.stock.get(did)
        if number is None:
            raise CarrierError("invalid_did")
        monthly = _MONTHLY * 4 if params.get("billing_type") == 2 else _MONTHLY
        if self.balance < _SETUP + monthly:
            raise CarrierError("non_sufficient_funds")
        if params.get("test"):
            return None
        self.balance -= _SETUP + monthly
        del self.stock[did]
        self.dids[did] = {
            "did": did,
            "description": number["ratecenter"].title(),
            "routing": params["routing"],
            "failover_busy": params.get("failover_busy", "none:"),
            "failover_unreachable": params.get("failover_unreachable", "none:"),
            "failover_noanswer": params.get("failover_noanswer", "none:"),
            "voicemail": params.get("voicemail", ""),
            "pop": params["pop"],
            "dialtime": params["dialtime"],
            "cnam": int(params["cnam"]),
            "e911": 0,
            "callerid_prefix": params.get("callerid_prefix", ""),
            "note": params.get("note", ""),
            "billing_type": params["billing_type"],
            "next_billing": _dt.date(2024, 2, 15),
            "order_date": _dt.datetime(2024, 1, 15, 9, 30, 0),
            "sms_available": 1,
            "sms_enabled": 0,
        }
        return None

    def on_get_dids_info(self, params: dict[str, Any]) -> dict[str, Any]:
        found = [d for d in self.dids.values() if params.get("did") in (None, d["did"])]
        if not found:
            raise CarrierError("no_did")
        return {"dids": found}

    def on_set_did_routing(self, params: dict[str, Any]) -> None:
        self._did(params["did"])["routing"] = params["routing"]

    def on_cancel_did(self, params: dict[str, Any]) -> None:
        self._did(params["did"])
        if not params.get("test"):
            number = self.dids.pop(params["did"])
            self.stock[number["did"]] = {"did": number["did"], "ratecenter": number["description"].upper(), "state": "NY"}

    def _did(self, did: str) -> dict[str, Any]:
        if did not in self.dids:
            raise CarrierError("invalid_did")
        return self.dids[did]

    def on_get_balance(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"balance": {"current_balance": self.balance, "spent_total": Decimal("0"), "calls_total": 0}}

    # --- SMS ----------------------------------------------------------------------------------------

    def on_send_sms(self, params: dict[str, Any]) -> dict[str, Any]:
        self._did(params["did"])
        message_id = self.next_id(20000)
        self.sms.append(
            {
                "id": message_id,
                "date": _dt.datetime(2024, 1, 15, 9, 30, 0) + _dt.timedelta(minutes=len(self.sms)),
                "type": 0,
                "did": params["did"],
                "contact": params["dst"],
                "message": params["message"],
            }
        )
        return {"sms": message_id}

    def on_get_sms(self, params: dict[str, Any]) -> dict[str, Any]:
        found = [
            m
            for m in self.sms
            if params.get("sms") in (None, m["id"])
            and params.get("did") in (None, m["did"])
            and params.get("contact") in (None, m["contact"])
            and params.get("type") in (None, m["type"])
        ]
        if not found:
            raise CarrierError("no_sms")
        return {"sms": found[: params.get("limit") or 50]}

    def on_delete_sms(self, params: dict[str, Any]) -> None:
        before = len(self.sms)
        self.sms = [m for m in self.sms if m["id"] != params["id"]]
        if len(self.sms) == before:
            raise CarrierError("invalid_id" if self.fake.documented("deleteSMS", "invalid_id") else "no_sms")
