"""Unit tests of ``generator.runtime._record``: records (msgspec Structs) and the runtime's values (slotted
classes) that behave as frozen, keyword-only dataclasses.

A record written as the generator writes one (its annotations and defaults) is held to a
``@dataclass(frozen=True, slots=True, kw_only=True)`` twin: repr, equality, hashing, immutability, pickling and
copying, pattern matching, ``dataclasses.fields`` / ``replace`` / ``asdict`` / ``is_dataclass``, and msgspec
decoding straight into it. A value (its ``__slots__`` and ``__init__`` spelled out) is held to the same.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import gc
import pickle
from decimal import Decimal

import msgspec
import pytest

from generator.runtime._record import DECIMAL_LIMIT, Record, Value, refuse_decimal, sensible_decimal
from generator.runtime._record import init_field as _set


class Did(Record, kw_only=True):
    """A DID, as the models template writes a record."""

    did: str
    pop: int | None = None
    when: dt.date | None = None
    tags: tuple[str, ...] = ()


class Page(Record, kw_only=True):
    """Records inside a record."""

    dids: tuple[Did, ...] = ()


class Empty(Record, kw_only=True):
    """A record without fields."""


class ValueDid(Value):
    """A DID, as the runtime writes a value."""

    __slots__ = ("did", "pop", "when", "tags")  # noqa: RUF023 (the fields' order, as in __init__)

    did: str
    pop: int | None
    when: dt.date | None
    tags: tuple[str, ...]

    def __init__(
        self, *, did: str, pop: int | None = None, when: dt.date | None = None, tags: tuple[str, ...] = ()
    ) -> None:
        _set(self, "did", did)
        _set(self, "pop", pop)
        _set(self, "when", when)
        _set(self, "tags", tags)


class ValuePage(Value):
    """Values inside a value."""

    __slots__ = ("dids",)

    dids: tuple[ValueDid, ...]

    def __init__(self, *, dids: tuple[ValueDid, ...] = ()) -> None:
        _set(self, "dids", dids)


class ValueEmpty(Value):
    """A value without fields."""

    __slots__ = ()


#: The record classes and the value classes, to run each test of both.
KINDS = {"Record": (Did, Page, Empty), "Value": (ValueDid, ValuePage, ValueEmpty)}
each_kind = pytest.mark.parametrize("kind", list(KINDS.values()), ids=list(KINDS))


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Twin:
    did: str
    pop: int | None = None
    when: dt.date | None = None
    tags: tuple[str, ...] = ()


@each_kind
def test_repr_equality_and_hash_are_a_dataclass_s(kind: tuple[type, type, type]) -> None:
    did, _, empty = kind
    record, twin = did(did="1", pop=3), Twin(did="1", pop=3)
    assert repr(record) == repr(twin).replace("Twin", did.__name__)
    assert record == did(did="1", pop=3) and record != did(did="1")
    assert hash(record) == hash(did(did="1", pop=3)) != hash(did(did="1"))  # msgspec's own hash for a record
    assert did is Did or hash(record) == hash(twin)
    assert record != twin and (record == 1) is False
    assert repr(empty()) == f"{empty.__name__}()" and empty() == empty()


@each_kind
def test_a_record_is_frozen_and_has_no_dict(kind: tuple[type, type, type]) -> None:
    record = kind[0](did="1")
    with pytest.raises(AttributeError):  # a value's is dataclasses.FrozenInstanceError, a subclass
        record.did = "2"
    with pytest.raises(AttributeError):
        del record.pop
    assert not hasattr(record, "__dict__")
    with pytest.raises(TypeError):
        kind[0]("1")  # keyword-only, as kw_only=True


def test_a_value_raises_what_a_frozen_dataclass_raises() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        ValueDid(did="1").did = "2"  # type: ignore[misc]


@each_kind
def test_the_dataclasses_functions_see_a_dataclass(kind: tuple[type, type, type]) -> None:
    did, page, empty = kind
    record = did(did="1", pop=3, tags=("a",))
    assert dataclasses.is_dataclass(did) and dataclasses.is_dataclass(record)
    described = [(f.name, f.type, f.default, f.kw_only) for f in dataclasses.fields(record)]
    assert described == [(f.name, f.type, f.default, f.kw_only) for f in dataclasses.fields(Twin)]
    assert dataclasses.fields(did)[0].default is dataclasses.MISSING
    assert dataclasses.replace(record, pop=4) == did(did="1", pop=4, tags=("a",))
    assert dataclasses.asdict(page(dids=(record,))) == {"dids": ({"did": "1", "pop": 3, "when": None, "tags": ("a",)},)}
    assert dataclasses.fields(empty) == ()


@each_kind
def test_pickling_copying_and_matching(kind: tuple[type, type, type]) -> None:
    did, page, _ = kind
    record = page(dids=(did(did="1", when=dt.date(2024, 1, 2)),))
    assert pickle.loads(pickle.dumps(record)) == record
    assert copy.deepcopy(record) == record and copy.copy(record) == record
    match record.dids[0]:
        case Did(did="1", pop=None) | ValueDid(did="1", pop=None):
            pass
        case _:
            pytest.fail("a keyword pattern did not match")


@each_kind
def test_msgspec_decodes_straight_into_records(kind: tuple[type, type, type]) -> None:
    did, page, _ = kind
    body = b'{"dids": [{"did": "5", "pop": "7", "when": "2024-01-02", "extra": 1}, {"did": "6"}]}'
    decoded = msgspec.json.decode(body, type=page, strict=False)
    assert decoded == page(dids=(did(did="5", pop=7, when=dt.date(2024, 1, 2)), did(did="6")))
    with pytest.raises(msgspec.ValidationError, match="did"):
        msgspec.json.decode(b'{"dids": [{"pop": 1}]}', type=page)


def test_a_record_of_scalars_is_left_to_the_collector_untracked() -> None:
    # A large answer is tens of thousands of records: tracked ones would make the collector sweep the heap.
    assert not gc.is_tracked(Did(did="1", pop=3, tags=("a",)))
    assert gc.is_tracked(Page(dids=(Did(did="1"),)))  # it holds a record: it may be part of a cycle
    assert not gc.is_tracked(msgspec.json.decode(b'{"did": "5", "pop": 7}', type=Did))


class Login(Record, kw_only=True):
    """A record with a field the spec marks secret."""

    __secret_fields__ = frozenset({"password"})

    user: str
    password: str | None = None


class ValueLogin(Value):
    """A value with a secret field."""

    __slots__ = ("user", "password")  # noqa: RUF023 (the fields' order, as in __init__)
    __secret_fields__ = frozenset({"password"})

    user: str
    password: str | None

    def __init__(self, *, user: str, password: str | None = None) -> None:
        _set(self, "user", user)
        _set(self, "password", password)


@pytest.mark.parametrize("login", [Login, ValueLogin], ids=["Record", "Value"])
def test_a_secret_field_is_masked_in_repr_and_nowhere_else(login: type) -> None:
    name = login.__name__
    assert repr(login(user="ada", password="hunter2")) == f"{name}(user='ada', password='********')"
    assert repr(login(user="ada")) == f"{name}(user='ada', password=None)"  # nothing to hide: None says so
    made = login(user="ada", password="hunter2")
    assert made.password == "hunter2" and made == login(user="ada", password="hunter2")
    assert dataclasses.asdict(made) == {"user": "ada", "password": "hunter2"}


# --- __field_specs__: fields spelled out as dataclasses.field(...), as the SOAP models keep xsdata's ------------


class Pop(Record, kw_only=True):
    """A record as the SOAP models write one: each field's ``field(...)`` beside its default."""

    __field_specs__ = {  # noqa: RUF012 (read-only, as a dataclass's own field table)
        "name": dataclasses.field(metadata={"name": "Name", "type": "Element"}),
        "ips": dataclasses.field(default_factory=tuple, metadata={"wrapper": "ArrayOfIPs", "name": "IP"}),
        "zone": dataclasses.field(default=None, metadata={"type": "Attribute"}),
    }

    name: str
    ips: tuple[str, ...] = ()
    zone: str | None = None


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class PopTwin:
    name: str = dataclasses.field(metadata={"name": "Name", "type": "Element"})
    ips: tuple[str, ...] = dataclasses.field(default_factory=tuple, metadata={"wrapper": "ArrayOfIPs", "name": "IP"})
    zone: str | None = dataclasses.field(default=None, metadata={"type": "Attribute"})


def test_fields_spelled_out_are_the_dataclass_fields() -> None:
    def described(cls: type) -> list[tuple[object, ...]]:
        return [
            (f.name, f.type, f.default, f.default_factory, dict(f.metadata), f.kw_only, f.init)
            for f in dataclasses.fields(cls)
        ]

    assert described(Pop) == described(PopTwin)
    assert Pop(name="BE") == Pop(name="BE", ips=(), zone=None)
    assert repr(Pop(name="BE")) == repr(PopTwin(name="BE")).replace("PopTwin", "Pop")
    assert dataclasses.replace(Pop(name="BE"), ips=("10.0.0.1",)).ips == ("10.0.0.1",)


@pytest.mark.parametrize("base", [Record, Value], ids=["Record", "Value"])
def test_the_base_is_no_dataclass_and_asking_it_hides_no_record_s_fields(base: type) -> None:
    if base is Record:

        class Late(Record, kw_only=True):
            did: str

    else:

        class Late(Value):  # type: ignore[no-redef]
            __slots__ = ("did",)

            did: str

            def __init__(self, *, did: str) -> None:
                _set(self, "did", did)

    assert not dataclasses.is_dataclass(base)  # asked before any Late record's fields were built
    assert [f.name for f in dataclasses.fields(Late)] == ["did"]


@each_kind
def test_copy_replace_makes_a_changed_copy(kind: tuple[type, type, type]) -> None:
    record = kind[0](did="1", pop=3)
    changed = record.__replace__(pop=4)  # copy.replace(record, pop=4) on Python 3.13
    assert changed == kind[0](did="1", pop=4) and record.pop == 3
    with pytest.raises(TypeError):
        record.__replace__(nope=1)


# --- decimals ------------------------------------------------------------------------------------


class Rate(Record, kw_only=True):
    """A record with decimals, as the models template writes one msgspec decodes."""

    monthly: Decimal | None = None
    tiers: tuple[Decimal, ...] = ()

    def __post_init__(self) -> None:
        for number in (self.monthly, *self.tiers):
            if type(number) is Decimal and not (number.is_finite() and abs(number.adjusted()) <= DECIMAL_LIMIT):
                refuse_decimal("monthly or tiers", number)


@pytest.mark.parametrize("text", ["0", "-1.50", "1E+100", "1E-100", "123456789.000001"])
def test_a_sensible_decimal_decodes(text: str) -> None:
    assert sensible_decimal(Decimal(text))
    assert msgspec.json.decode(
        f'{{"monthly": "{text}", "tiers": ["{text}"]}}', type=Rate, strict=False
    ).monthly == Decimal(text)


@pytest.mark.parametrize("text", ["NaN", "sNaN", "Infinity", "-inf", "1E+101", "1E-101", "1e999999"])
def test_a_decimal_that_is_no_number_of_money_fails_the_decode(text: str) -> None:
    assert not sensible_decimal(Decimal(text))
    for body in (f'{{"monthly": "{text}"}}', f'{{"tiers": ["1", "{text}"]}}'):
        with pytest.raises(msgspec.ValidationError, match="not a finite decimal"):
            msgspec.json.decode(body, type=Rate, strict=False)
    assert Rate(monthly=None, tiers=()).monthly is None
