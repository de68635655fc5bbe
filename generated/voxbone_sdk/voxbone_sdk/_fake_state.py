"""What a fake carrier's state model works with: its base class, its error, and the records of calls.

Each SDK's ``testing/_state.py`` (hand-written per carrier, ``specs/fakes/<name>.py``) subclasses
``State``; ``FakeCarrier`` (``_fake``) keeps the calls, faults and callbacks as these records.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from ._fake_shapes import Op

if TYPE_CHECKING:
    from ._fake import FakeCarrier


class CarrierError(Exception):
    """Raised by a state model to answer with one of the carrier's documented codes.

    ``placeholders`` fill the documented message (``{item}``, ``{total}``...).
    """

    def __init__(self, code: str, *, status: int | None = None, **placeholders: object) -> None:
        super().__init__(code)
        self.code = code
        self.status = status
        self.placeholders = {k: str(v) for k, v in placeholders.items()}


@dataclass(frozen=True, slots=True)
class Fault:
    """What the next call of an operation gets instead of (or before) its answer."""

    code: str | None = None
    status: int | None = None
    message: str | None = None
    delay: float = 0.0
    drop: bool = False
    timeout: bool = False
    retry_after: float | None = None


@dataclass(frozen=True, slots=True)
class Call:
    """One request the fake received: its operation, its arguments by Python name, and how it was answered.

    ``params`` holds the values read back off the wire as the SDK types them (records as the
    SDK's models); ``error`` is the code answered, if any.
    """

    operation: str
    method: str
    params: Mapping[str, Any]
    # Not in repr: its URL or headers carry the credentials of carriers that send them there.
    request: httpx.Request = field(repr=False)
    status: int = 200
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Delivery:
    """A callback the fake would post to the user's server: the URL and the body, kept for the test."""

    url: str
    body: bytes
    content_type: str


@dataclass(frozen=True, slots=True)
class Auth:
    """Where credentials ride (``header``, ``query`` or ``soap_token``) and their wire and Python names.

    ``identities`` are the non-secret credentials (a request must carry at least one, each
    matching); ``secrets`` must all be given and match.
    """

    location: str
    identities: tuple[tuple[str, str], ...]
    secrets: tuple[tuple[str, str], ...]


class State:
    """The base of each carrier's hand-written state model: where the spec cannot say how state moves.

    A subclass handles an operation with a method ``on_<python name>(params)`` returning the
    answer's tree (wire names; missing required fields are sampled) or raising ``CarrierError``.
    Operations it does not handle get a sampled answer. The class attributes say how the carrier
    names its codes for a missing or bad argument (``{name}`` is the wire name), for refused
    credentials and for an unknown operation, and which test values are magic.
    """

    MISSING_CODES: ClassVar[tuple[str, ...]] = ()
    INVALID_CODES: ClassVar[tuple[str, ...]] = ()
    MALFORMED_CODES: ClassVar[tuple[str, ...]] = ()
    PARAM_CODES: ClassVar[Mapping[str, str]] = {}
    AUTH_INVALID: ClassVar[str | None] = None
    AUTH_STATUS: ClassVar[int | None] = None
    UNKNOWN_OPERATION: ClassVar[str | None] = None
    FAULT_DETAIL: ClassVar[str | None] = None
    CREDENTIALS: ClassVar[Mapping[str, str]] = {}
    MAGIC: ClassVar[Mapping[str, object]] = {}

    def __init__(self, fake: FakeCarrier, rng: random.Random) -> None:
        self.fake = fake
        self.rng = rng
        self._serial = 0

    def next_id(self, start: int = 1000) -> int:
        """The next of a sequence of IDs (the same sequence for the same seed)."""
        self._serial += 1
        return start + self._serial

    def digits(self, count: int) -> str:
        """``count`` random digits from the seeded generator."""
        return "".join(str(self.rng.randrange(10)) for _ in range(count))

    def advance(self) -> None:
        """Let time pass: pending orders complete (a model overrides this where orders wait)."""

    def xml_document(self, record: str, root: str, tree: Mapping[str, Any]) -> bytes:
        """A tree as an XML document of the carrier's records (a callback body, say)."""
        out = ['<?xml version="1.0" encoding="utf-8"?>', f"<{root}>"]
        self.fake.format.writer.xml(self.fake.RECORDS[record], tree, out)
        return "".join([*out, f"</{root}>"]).encode("utf-8")

    @staticmethod
    def page(
        items: list[Any], page: int | None, limit: int | None, default_limit: int = 50
    ) -> tuple[list[Any], int, int]:
        """One page of ``items`` (1-based ``page``): the items on it, the page number and the page count."""
        size = max(1, limit or default_limit)
        number = max(1, page or 1)
        pages = max(1, -(-len(items) // size))
        return items[(number - 1) * size : number * size], number, pages

    def handler(self, op: Op) -> Callable[[dict[str, Any]], Any] | None:
        """The method handling ``op``, if the model has one."""
        found = getattr(self, "on_" + op.python, None)
        return found if callable(found) else None
