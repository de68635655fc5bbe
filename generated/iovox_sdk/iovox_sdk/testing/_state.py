"""The state model of the iovox fake (hand-written: the spec cannot say how state moves).

Copied as written into ``iovox_sdk/testing/_state.py``. Everything else the fake does (routing,
headers, XML, the documented errors of a bad request) comes from ``specs/iovox.yaml``.

Flows: regions have numbers in stock; ``purchaseVoxNumbers`` takes them from stock into the
account (``getVoxnumbers`` lists them, ``deleteVoxnumbersFromAccount`` releases them). An order
with a ``callback_url`` stays PENDING until ``fake.advance()``, which fulfils it and delivers the
FULFILLED ``<order>`` callback to ``fake.callbacks``; without one it is FULFILLED at once.

Magic values (``CarrierState.MAGIC``): area code 999 of country 44 is listed with no stock
(buying there fails with ``basket_item_not_correct``, or buys nothing with ``dynamic_quantity``);
a region that is not listed fails the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, ClassVar

from .._fake_state import CarrierError, State


@dataclass
class _Region:
    country_code: int
    area_code: int
    country_name: str
    city_name: str
    number_type: str
    cost: Decimal
    stock: int
    state_name: str = ""


@dataclass
class _Order:
    reference: str
    callback_url: str | None
    numbers: list[dict[str, Any]] = field(default_factory=list)
    status: str = "PENDING"


class CarrierState(State):
    """Regions with stock, the account's VoxNumbers and orders waiting to be fulfilled."""

    MISSING_CODES = ("{name}_empty",)
    INVALID_CODES = ("{name}_invalid", "{name}_out_of_range", "{name}_not_an_integer")
    MALFORMED_CODES = ("{name}_not_an_integer", "{name}_invalid")
    PARAM_CODES: ClassVar[dict[str, str]] = {"items": "request_empty", "company": "company_name_empty"}
    AUTH_STATUS = 403
    CREDENTIALS: ClassVar[dict[str, str]] = {"username": "test-user", "secureKey": "0123456789abcdef0123456789abcdef"}
    MAGIC: ClassVar[dict[str, object]] = {"no_stock_country_code": 44, "no_stock_area_code": 999}

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.regions = [
            _Region(44, 151, "United Kingdom", "Liverpool", "GEOGRAPHIC", Decimal("1.50"), 20, "Merseyside"),
            _Region(44, 161, "United Kingdom", "Manchester", "GEOGRAPHIC", Decimal("1.50"), 20, "Greater Manchester"),
            _Region(44, 20, "United Kingdom", "London", "GEOGRAPHIC", Decimal("2.00"), 50, "Greater London"),
            _Region(44, 800, "United Kingdom", "", "TOLLFREE", Decimal("5.00"), 10),
            _Region(1, 212, "United States", "New York", "GEOGRAPHIC", Decimal("1.00"), 30, "New York"),
            _Region(33, 1, "France", "Paris", "NATIONAL", Decimal("1.20"), 15, "Ile-de-France"),
            _Region(44, 999, "United Kingdom", "Nowhere", "GEOGRAPHIC", Decimal("1.50"), 0),
        ]
        self.numbers: dict[str, dict[str, Any]] = {}
        self.orders: dict[str, _Order] = {}

    # --- getVoxnumberRegions ------------------------------------------------------------------------

    def on_get_voxnumber_regions(self, params: dict[str, Any]) -> dict[str, Any]:
        found = [
            r
            for r in self.regions
            if params.get("number_type") in (None, r.number_type)
            and params.get("country_code") in (None, r.country_code)
            and params.get("area_code") in (None, str(r.area_code))
        ]
        items, page, pages = self.page(found, params.get("page"), params.get("limit"))
        results = [
            {
                "area_code": str(r.area_code),
                "country_code": r.country_code,
                "country_name": r.country_name,
                "state_name": r.state_name,
                "city_name": r.city_name,
                "cost": r.cost,
                "require_purchase_info": r.country_code == 33,
            }
            for r in items
        ]
        return {"current_page": page, "total_pages": pages, "total_results": len(found), "results": results}

    # --- purchaseVoxNumbers -------------------------------------------------------------------------

    def _region(self, item: Any) -> _Region | None:
        for r in self.regions:
            same_area = item.area_code == r.area_code or (item.area_code is None and item.city_name == r.city_name)
            if r.country_code == item.country_code and r.number_type == str(item.number_type) and same_area:
                return r
        return None

    def on_purchase_vox_numbers(self, params: dict[str, Any]) -> dict[str, Any]:
        items = params["items"]
        dynamic = bool(params.get("dynamic_quantity"))
        picked: list[tuple[_Region, int]] = []
        for index, item in enumerate(items, 1):
            region = self._region(item)
            if region is None or (region.stock < item.quantity and not dynamic):
                raise CarrierError("basket_item_not_correct", item=index, total=len(items))
            picked.append((region, min(item.quantity, region.stock)))
        order = _Order(f"IOV-{self.next_id(100000)}", params.get("callback_url"))
        for region, quantity in picked:
            region.stock -= quantity
            for _ in range(quantity):
                full = f"{region.country_code}{region.area_code}{self.digits(7)}"
                order.numbers.append(
                    {"country_code": region.country_code, "area_code": region.area_code, "full_voxnumber": full}
                )
        self.orders[order.reference] = order
        if order.callback_url is None:
            self._fulfil(order)
        return self._order_tree(order)

    def _order_tree(self, order: _Order) -> dict[str, Any]:
        shown = order.numbers if order.status == "FULFILLED" else []
        return {"order_reference": order.reference, "order_status": order.status, "voxnumbers": shown}

    def _fulfil(self, order: _Order) -> None:
        order.status = "FULFILLED"
        for number in order.numbers:
            region = next(
                r
                for r in self.regions
                if (r.country_code, r.area_code) == (number["country_code"], number["area_code"])
            )
            self.numbers[number["full_voxnumber"]] = {
                "voxnumber": number["full_voxnumber"],
                "voxnumber_type": "NATIONAL" if region.number_type != "GEOGRAPHIC" else "LOCAL",
                "country_code": region.country_code,
                "area_code": str(region.area_code),
                "voxnumber_country": region.country_name,
                "voxnumber_city": region.city_name,
                "assigned_status": "UNASSIGNED",
                "purchase_date": "2024-01-15 09:30:00",
            }

    def advance(self) -> None:
        """Fulfil every pending order and deliver its FULFILLED callback."""
        for order in self.orders.values():
            if order.status == "PENDING":
                self._fulfil(order)
                if order.callback_url is not None:
                    body = self.xml_document("OrderCallback", "order", self._order_tree(order))
                    self.fake.deliver(order.callback_url, body)

    # --- getVoxnumbers / deleteVoxnumbersFromAccount ------------------------------------------------

    def on_get_voxnumbers(self, params: dict[str, Any]) -> dict[str, Any]:
        found = [
            n
            for n in self.numbers.values()
            if params.get("voxnumber") in (None, n["voxnumber"])
            and params.get("voxnumber_type") in (None, n["voxnumber_type"])
            and params.get("assigned_status") in (None, n["assigned_status"])
            and params.get("voxnumber_city") in (None, n["voxnumber_city"])
        ]
        items, page, pages = self.page(found, params.get("page"), params.get("limit"))
        return {"current_page": page, "total_pages": pages, "total_results": len(found), "results": items}

    def on_delete_voxnumbers_from_account(self, params: dict[str, Any]) -> None:
        for number in params["full_voxnumbers"]:
            self.numbers.pop(number, None)
