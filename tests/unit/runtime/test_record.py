"""Unit tests of ``generator.runtime._record``: records that behave as frozen, slotted, keyword-only dataclasses.

A record written as the generator writes one (its ``__slots__``, annotations and ``__init__``) is held to a
``@dataclass(frozen=True, slots=True, kw_only=True)`` twin: repr, equality, hashing, immutability, pickling and
copying, pattern matching, ``dataclasses.fields`` / ``replace`` / ``asdict`` / ``is_dataclass``, and msgspec
decoding straight into it.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import pickle
from typing import Any

import msgspec
import pytest

from generator.runtime._record import Record, builder, slot_setters
from generator.runtime._record import init_field as _set


class Did(Record):
    """A DID, as the models template writes a record."""

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


class Page(Record):
    """Records inside a record."""

    __slots__ = ("dids",)

    dids: tuple[Did, ...]

    def __init__(self, *, dids: tuple[Did, ...] = ()) -> None:
        _set(self, "dids", dids)


class Empty(Record):
    """A record without fields."""

    __slots__ = ()


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Twin:
    did: str
    pop: int | None = None
    when: dt.date | None = None
    tags: tuple[str, ...] = ()


def test_repr_equality_and_hash_are_a_dataclass_s() -> None:
    record, twin = Did(did="1", pop=3), Twin(did="1", pop=3)
    assert repr(record) == repr(twin).replace("Twin", "Did")
    assert record == Did(did="1", pop=3) and record != Did(did="1")
    assert hash(record) == hash(Did(did="1", pop=3)) == hash(twin)
    assert record != twin and (record == 1) is False
    assert repr(Empty()) == "Empty()" and Empty() == Empty()


def test_a_record_is_frozen_and_has_no_dict() -> None:
    record = Did(did="1")
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.did = "2"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del record.pop  # type: ignore[misc]
    assert not hasattr(record, "__dict__")
    with pytest.raises(TypeError):
        Did("1")  # type: ignore[misc]  # keyword-only, as kw_only=True


def test_the_dataclasses_functions_see_a_dataclass() -> None:
    record = Did(did="1", pop=3, tags=("a",))
    assert dataclasses.is_dataclass(Did) and dataclasses.is_dataclass(record)
    assert [(f.name, f.default) for f in dataclasses.fields(record)] == [
        (f.name, f.default) for f in dataclasses.fields(Twin)
    ]
    assert dataclasses.fields(Did)[0].default is dataclasses.MISSING
    assert dataclasses.replace(record, pop=4) == Did(did="1", pop=4, tags=("a",))
    assert dataclasses.asdict(Page(dids=(record,))) == {"dids": ({"did": "1", "pop": 3, "when": None, "tags": ("a",)},)}
    assert dataclasses.fields(Empty) == ()


def test_pickling_copying_and_matching() -> None:
    record = Page(dids=(Did(did="1", when=dt.date(2024, 1, 2)),))
    assert pickle.loads(pickle.dumps(record)) == record
    assert copy.deepcopy(record) == record and copy.copy(record) == record
    match record.dids[0]:
        case Did(did="1", pop=None):
            pass
        case _:
            pytest.fail("a keyword pattern did not match")


def test_msgspec_decodes_straight_into_records() -> None:
    body = b'{"dids": [{"did": "5", "pop": "7", "when": "2024-01-02", "extra": 1}, {"did": "6"}]}'
    page = msgspec.json.decode(body, type=Page, strict=False)
    assert page == Page(dids=(Did(did="5", pop=7, when=dt.date(2024, 1, 2)), Did(did="6")))
    with pytest.raises(msgspec.ValidationError, match="did"):
        msgspec.json.decode(b'{"dids": [{"pop": 1}]}', type=Page)


class Login(Record):
    """A record with a field the spec marks secret."""

    __slots__ = ("user", "password")  # noqa: RUF023 (the fields' order, as in __init__)
    __secret_fields__ = frozenset({"password"})

    user: str
    password: str | None

    def __init__(self, *, user: str, password: str | None = None) -> None:
        _set(self, "user", user)
        _set(self, "password", password)


def test_a_secret_field_is_masked_in_repr_and_nowhere_else() -> None:
    login = Login(user="ada", password="hunter2")
    assert repr(login) == "Login(user='ada', password='********')"
    assert repr(Login(user="ada")) == "Login(user='ada', password=None)"  # nothing to hide: None says so
    assert login.password == "hunter2" and login == Login(user="ada", password="hunter2")
    assert dataclasses.asdict(login) == {"user": "ada", "password": "hunter2"}


# --- slot_setters: building records without __init__, as the XML readers do ----------------------


def built(cls: type, names: tuple[str, ...], *values: object) -> object:
    """A record of ``cls`` made as a generated reader makes one."""
    record = object.__new__(cls)
    for setter, value in zip(slot_setters(cls, names), values, strict=True):
        setter(record, value)
    return record


@pytest.mark.parametrize("cls", [Did, Twin], ids=["Record", "dataclass"])
def test_a_record_built_from_its_slots_is_the_record_its_constructor_makes(cls: type) -> None:
    record = built(cls, ("did", "pop", "when", "tags"), "5551234", 3, None, ("a",))
    made = cls(did="5551234", pop=3, tags=("a",))
    assert type(record) is cls and record == made and hash(record) == hash(made) and repr(record) == repr(made)
    assert pickle.loads(pickle.dumps(record)) == made and dataclasses.replace(record, pop=4).pop == 4
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.pop = 4  # type: ignore[attr-defined]


def test_slot_setters_follow_the_names_order() -> None:
    record = built(Did, ("tags", "when", "pop", "did"), (), None, 1, "x")
    assert record == Did(did="x", pop=1)


@pytest.mark.parametrize(
    "names", [("did", "pop", "when"), ("did", "pop", "when", "tags", "extra"), ("did", "did", "pop", "when")]
)
def test_slot_setters_refuse_anything_but_every_slot_once(names: tuple[str, ...]) -> None:
    with pytest.raises(TypeError, match="cannot be built from the slots"):
        slot_setters(Did, names)


def test_slot_setters_refuse_a_class_whose_init_does_more() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        did: str

        def __post_init__(self) -> None:
            raise ValueError(self.did)

    with pytest.raises(TypeError, match="cannot be built from the slots"):
        slot_setters(Checked, ("did",))


# --- builder: building records with plain stores, as the generated readers do ------------------------


def made_in_builder(cls: type, names: tuple[str, ...], *values: object) -> object:
    """A record of ``cls`` made as a generated reader makes one: stores on its builder, then its class."""
    record: Any = object.__new__(builder(cls, names))
    for name, value in zip(names, values, strict=True):
        setattr(record, name, value)
    record.__class__ = cls
    return record


@pytest.mark.parametrize("cls", [Did, Twin], ids=["Record", "dataclass"])
def test_a_record_made_in_its_builder_is_the_record_its_constructor_makes(cls: type) -> None:
    record = made_in_builder(cls, ("tags", "when", "pop", "did"), ("a",), None, 3, "5551234")
    made = cls(did="5551234", pop=3, tags=("a",))
    assert type(record) is cls and record == made and hash(record) == hash(made) and repr(record) == repr(made)
    assert pickle.loads(pickle.dumps(record)) == made and dataclasses.replace(record, pop=4).pop == 4
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.pop = 4  # type: ignore[attr-defined]


def test_a_builder_stores_as_a_plain_class_does_and_adds_no_slot() -> None:
    made = builder(Did, ("did", "pop", "when", "tags"))
    # Both dunders, or CPython keeps a Python-level setattr and the readers' stores are not specialised.
    assert made.__setattr__ is object.__setattr__ and made.__delattr__ is object.__delattr__
    assert made.__slots__ == () and made.__mro__[1] is Did and made.__qualname__ == Did.__qualname__


@pytest.mark.parametrize(
    "names", [("did", "pop", "when"), ("did", "pop", "when", "tags", "extra"), ("did", "did", "pop", "when")]
)
def test_a_builder_is_refused_as_slot_setters_are(names: tuple[str, ...]) -> None:
    with pytest.raises(TypeError, match="cannot be built from the slots"):
        builder(Did, names)


# --- __field_specs__: fields spelled out as dataclasses.field(...), as the SOAP models keep xsdata's ------------


class Pop(Record):
    """A record as the SOAP models write one: each field's ``field(...)`` beside ``__init__``'s default."""

    __slots__ = ("name", "ips", "zone")  # noqa: RUF023 (the fields' order, as in __init__)
    __field_specs__ = {  # noqa: RUF012 (read-only, as a dataclass's own field table)
        "name": dataclasses.field(metadata={"name": "Name", "type": "Element"}),
        "ips": dataclasses.field(default_factory=tuple, metadata={"wrapper": "ArrayOfIPs", "name": "IP"}),
        "zone": dataclasses.field(default=None, metadata={"type": "Attribute"}),
    }

    name: str
    ips: tuple[str, ...]
    zone: str | None

    def __init__(self, *, name: str, ips: tuple[str, ...] = (), zone: str | None = None) -> None:
        _set(self, "name", name)
        _set(self, "ips", ips)
        _set(self, "zone", zone)


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


def test_the_base_is_no_dataclass_and_asking_it_hides_no_record_s_fields() -> None:
    class Late(Record):
        __slots__ = ("did",)

        did: str

        def __init__(self, *, did: str) -> None:
            _set(self, "did", did)

    assert not dataclasses.is_dataclass(Record)  # asked before any Late record's fields were built
    assert [f.name for f in dataclasses.fields(Late)] == ["did"]


def test_copy_replace_makes_a_changed_copy() -> None:
    record = Did(did="1", pop=3)
    changed = record.__replace__(pop=4)  # copy.replace(record, pop=4) on Python 3.13
    assert changed == Did(did="1", pop=4) and record.pop == 3
    with pytest.raises(TypeError):
        record.__replace__(nope=1)
