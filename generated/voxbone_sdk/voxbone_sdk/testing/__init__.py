"""A stateful fake of Voxbone VoxAPI for your tests: ``FakeCarrier``, generated from the spec.

It answers on the carrier's own wire format, checks requests as the carrier documents (a missing
or bad argument gets the carrier's error code), keeps state for the flows in ``_state`` (the one
hand-written part: where the spec cannot say how state moves), and can be told to fail::

    from voxbone_sdk.testing import FakeCarrier

    fake = FakeCarrier(seed=1)
    with fake.client() as client:  # a voxbone_sdk.Client wired to the fake
        ...
    fake.calls()  # what your code sent, arguments parsed back
    fake.fail_next("get_countries_list", status=503)  # or code=, drop=, timeout=, delay=, retry_after=

``fake.http_client()`` / ``fake.async_http_client()`` give httpx clients on the fake for
``Client(http_client=...)``; ``fake.serve()`` or ``python -m voxbone_sdk.testing serve --port N``
serve it over HTTP.
"""

from __future__ import annotations

from typing import Any, ClassVar

from .. import _operations as _ops
from .._fake import FakeCarrier as _FakeCarrier
from .._fake_state import Call, CarrierError, Delivery, Fault
from .._fake_wire import Format
from ..client import AsyncClient, Client
from . import _tables
from ._state import CarrierState

__all__ = ["Call", "CarrierError", "CarrierState", "Delivery", "FakeCarrier", "Fault"]


class FakeCarrier(_FakeCarrier):
    """A fake Voxbone VoxAPI: every operation of the spec, state for the documented flows.

    Args:
        seed: Seeds every number, ID and reference the fake invents (same seed, same values).
        credentials: The credentials it accepts, by wire name (``CarrierState.CREDENTIALS`` by default).
        token_hash: How the UserToken hash is checked (SHA-1 of password + key by default).
    """

    OPERATIONS = _tables.OPERATIONS
    RECORDS = _tables.RECORDS
    ERROR_ROWS = _ops.ERROR_ROWS
    SPELLING = _tables.SPELLING
    AUTH = _tables.AUTH
    PATH_OPTIONS = _tables.PATH_OPTIONS
    STATE: ClassVar[type[CarrierState]] = CarrierState
    state: CarrierState

    def make_format(self) -> Format:
        """How Voxbone VoxAPI answers."""
        return _tables.answer_format(CarrierState.FAULT_DETAIL)

    def client_arguments(self) -> dict[str, Any]:
        """The client's credential keywords, and the UserToken scheme this fake checks (hashed alike)."""
        return {**super().client_arguments(), "token_hash": self.token_hash}

    def client(self, **kwargs: Any) -> Client:
        """A ``Client`` on this fake with its credentials (``kwargs`` override any constructor argument)."""
        self.refuse_other_token_hash(kwargs)
        arguments: dict[str, Any] = {**self.client_arguments(), "http_client": self.http_client(), **kwargs}
        return Client(**arguments)

    def async_client(self, **kwargs: Any) -> AsyncClient:
        """An ``AsyncClient`` on this fake with its credentials."""
        self.refuse_other_token_hash(kwargs)
        arguments: dict[str, Any] = {**self.client_arguments(), "http_client": self.async_http_client(), **kwargs}
        return AsyncClient(**arguments)
