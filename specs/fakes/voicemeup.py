"""The state model of the VoiceMeUp fake (hand-written: the spec cannot say how state moves).

Copied as written into ``voicemeup_sdk/testing/_state.py``. The URL layout (``/api/v1.1/<json|xml>/
<request_type>``), the query credentials (``username`` or ``client_user_id`` with ``auth_token``),
the multipart uploads, the envelope in JSON or XML and the ``<param>_required`` /
``<param>_invalid`` codes of a bad request all come from ``specs/voicemeup.yaml``.

The spec types no payloads (the seed shows none), so the payloads below use the request
parameters' own names. Flows: ``get_new_dids`` lists numbers in stock; ``order_new_dids`` moves
``quantity`` of them (by ``prefix``) to the account, ``get_dids`` lists them, ``delete_did``
removes one; ``queue_sms`` messages appear in ``get_sms`` (``delete_sms`` removes them).

Magic values (``CarrierState.MAGIC``): the prefix 555 has no stock (``prefix_not_found``).
"""

from __future__ import annotations

from typing import Any, ClassVar

from .._fake_state import CarrierError, State


class CarrierState(State):
    """Numbers in stock by prefix, the account's DIDs and its SMS log."""

    MISSING_CODES = ("{name}_required", "required_parameter_not_found")
    INVALID_CODES = ("{name}_invalid",)
    AUTH_INVALID = "authentication_failed"
    CREDENTIALS: ClassVar[dict[str, str]] = {
        "username": "test-user",
        "client_user_id": "123456",
        "auth_token": "0123456789abcdef0123456789abcdef",
    }
    MAGIC: ClassVar[dict[str, object]] = {"no_stock_prefix": "555"}

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.stock = [prefix + self.digits(7) for prefix in ("514", "438", "450", "613") for _ in range(5)]
        self.dids: dict[int, dict[str, Any]] = {}
        self.sms: list[dict[str, Any]] = []

    def on_get_new_dids(self, params: dict[str, Any]) -> dict[str, Any]:
        npa = params.get("npa")
        found = [n for n in self.stock if npa is None or n.startswith(str(npa))]
        return {"new_dids": {"new_did": [{"phone_number": n, "npa": n[:3], "nxx": n[3:6]} for n in found]}}

    def on_order_new_dids(self, params: dict[str, Any]) -> dict[str, Any]:
        prefix = str(params.get("prefix", ""))
        available = [n for n in self.stock if n.startswith(prefix)]
        if prefix == "555" or len(available) < params["quantity"]:
            raise CarrierError("prefix_not_found")
        ordered = []
        for number in available[: params["quantity"]]:
            self.stock.remove(number)
            did_id = self.next_id(5000)
            self.dids[did_id] = {"client_did_id": did_id, "phone_number": number, "status": "active"}
            ordered.append(self.dids[did_id])
        return {"dids": {"did": ordered}}

    def on_get_dids(self, params: dict[str, Any]) -> dict[str, Any]:
        found = [
            d
            for d in self.dids.values()
            if params.get("client_did_id") in (None, d["client_did_id"])
            and params.get("phone_number") in (None, d["phone_number"])
        ]
        return {"dids": {"did": found}}

    def on_delete_did(self, params: dict[str, Any]) -> dict[str, Any]:
        for did_id, did in list(self.dids.items()):
            if did_id == params.get("client_did_id") or did["phone_number"] == params.get("phone_number"):
                del self.dids[did_id]
                return {}
        raise CarrierError("client_did_id_invalid" if self.fake.documented("delete_did", "client_did_id_invalid") else "did_invalid")

    def on_queue_sms(self, params: dict[str, Any]) -> dict[str, Any]:
        sms_id = self.next_id(70000)
        self.sms.append(
            {
                "sms_log_id": sms_id,
                "source_number": params.get("source_number", ""),
                "destination_number": params["destination_number"],
                "message": params.get("message", ""),
                "direction": "outbound",
            }
        )
        return {"sms_log_id": sms_id}

    def on_get_sms(self, params: dict[str, Any]) -> dict[str, Any]:
        found = [
            m
            for m in self.sms
            if params.get("sms_log_id") in (None, m["sms_log_id"])
            and params.get("destination_number") in (None, m["destination_number"])
        ]
        return {"sms_logs": {"sms_log": found[: params.get("result_limit") or 25]}}

    def on_delete_sms(self, params: dict[str, Any]) -> dict[str, Any]:
        before = len(self.sms)
        self.sms = [m for m in self.sms if m["sms_log_id"] != params["sms_log_id"]]
        if len(self.sms) == before:
            raise CarrierError("sms_log_id_invalid" if self.fake.documented("delete_sms", "sms_log_id_invalid") else "required_parameter_not_found")
        return {}
