"""Record classes cheap to define: what ``@dataclass(frozen=True, slots=True, kw_only=True)`` gives, without its
work at import.

``@dataclass`` writes and compiles half a dozen methods per class when the module is imported (about
0.5 ms a class; 200 records cost 100 ms). A generated record instead spells out its ``__slots__`` and
``__init__`` (compiled once, into the package's bytecode) and inherits the rest from ``Record``:
equality, hashing and ``repr`` as a dataclass has them, immutability, pickling, ``copy.replace``.
``dataclasses.fields``, ``replace``, ``asdict`` and msgspec read ``__dataclass_fields__``, which
``Record`` builds on first use. A record whose fields carry more than a default (the SOAP models:
xsdata's ``metadata``, which its ``XmlParser`` and ``XmlSerializer`` read) keeps each field's
``dataclasses.field(...)`` in ``__field_specs__``, and its ``__dataclass_fields__`` hold those.

The readers build records without ``__init__``: a frozen dataclass's ``__init__`` sets each field through
``object.__setattr__`` (a call per field), and a large answer holds tens of thousands of records. A reader
makes an instance of its record's ``builder`` (the record's class with ``object.__setattr__`` back), sets
each field with a plain attribute store (one specialised bytecode, no call) and then sets ``__class__`` to
the record's class: about a third of the time of calling each slot's setter (``slot_setters``).
"""

from __future__ import annotations

import reprlib
from collections.abc import Callable, Mapping
from operator import attrgetter
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Self, dataclass_transform

if TYPE_CHECKING:
    import dataclasses

# ``dataclasses`` (1-2 ms) is imported where it is first needed, not with every SDK: a record only needs
# it for ``dataclasses.fields`` and friends, and for the error a frozen record raises.

#: How a record's ``__init__`` sets its fields (``Record.__setattr__`` refuses: records are frozen).
init_field = object.__setattr__


class _Fields:
    """``__dataclass_fields__``, made by ``dataclasses`` itself the first time anything asks for it."""

    def __get__(self, instance: object, owner: type[Any]) -> dict[str, dataclasses.Field[Any]]:
        import dataclasses

        if owner.__dict__.get("__dataclass_fields__") is self:
            # The base itself is no dataclass; an empty twin kept on it would hide every record's fields.
            raise AttributeError("__dataclass_fields__")
        defaults = {
            # dataclasses refuses an unhashable default (a shared read-only mapping): it is a factory's value.
            name: value if type(value).__hash__ is not None else dataclasses.field(default_factory=_always(value))
            for name, value in _init_defaults(owner.__init__).items()
        }
        annotations = {name: owner.__annotations__[name] for name in owner.__slots__}
        # A field spelled out as ``dataclasses.field(...)`` is that field (its default is also __init__'s).
        namespace = {
            "__annotations__": annotations,
            "__module__": owner.__module__,
            **defaults,
            **owner.__field_specs__,
        }
        twin: Any = dataclasses.dataclass(kw_only=True)(type(owner.__name__, (), namespace))
        fields: dict[str, dataclasses.Field[Any]] = twin.__dataclass_fields__
        type.__setattr__(owner, "__dataclass_fields__", fields)  # later lookups find it on the class itself
        return fields


def _always(value: Any) -> Callable[[], Any]:
    return lambda: value


def _init_defaults(init: Any) -> dict[str, Any]:
    """The defaults of an ``__init__``'s parameters by name, keyword-only or not (a runtime value class takes
    its fields by position too, as the dataclass it replaces did)."""
    code = getattr(init, "__code__", None)
    if code is None:  # object.__init__: a record without fields
        return {}
    positional = code.co_varnames[1 : code.co_argcount]
    values = init.__defaults__ or ()
    defaults = dict(zip(positional[len(positional) - len(values) :], values, strict=True))
    defaults.update(init.__kwdefaults__ or {})
    return defaults


@dataclass_transform(frozen_default=True, kw_only_default=True)
class Record:
    """The base of every generated record: frozen, slotted, compared and hashed by value."""

    __slots__: ClassVar[tuple[str, ...]] = ()
    __match_args__: ClassVar[tuple[str, ...]] = ()  # keyword-only fields, as a kw_only dataclass has none
    #: Fields the spec marks secret (a password a listing returns): ``repr`` shows them masked.
    __secret_fields__: ClassVar[frozenset[str]] = frozenset()
    #: Fields defined by a ``dataclasses.field(...)`` (typeshed types one as the value it stands for: Any).
    __field_specs__: ClassVar[Mapping[str, Any]] = MappingProxyType({})
    # (Field[Any] spelled Any: msgspec evaluates these hints, and dataclasses is not imported here.)
    __dataclass_fields__: ClassVar[dict[str, Any]] = _Fields()  # type: ignore[assignment]

    def _values(self) -> tuple[Any, ...]:
        read = _READERS.get(self.__class__)
        if read is None:
            read = _READERS[self.__class__] = _reader(self.__slots__)
        return read(self)

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        hidden = self.__secret_fields__
        values = ((name, getattr(self, name)) for name in self.__slots__)
        shown = ", ".join(
            f"{name}='********'" if value is not None and name in hidden else f"{name}={value!r}"
            for name, value in values
        )
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __setattr__(self, name: str, value: object) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __replace__(self, /, **changes: Any) -> Self:
        """``copy.replace(record, ...)`` (Python 3.13), as a dataclass has it."""
        from dataclasses import replace

        return replace(self, **changes)

    def __getstate__(self) -> tuple[Any, ...]:
        return self._values()

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(self.__slots__, state, strict=True):
            object.__setattr__(self, name, value)


#: Each record class's field values as one tuple, read in C (equality and hashing compare these).
_READERS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


def _reader(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        single = attrgetter(names[0])
        return lambda record: (single(record),)
    return lambda record: ()


def slot_setters(cls: type[Any], names: tuple[str, ...]) -> tuple[Callable[[Any, Any], None], ...]:
    """The setters of the slots ``names`` of ``cls``, for a reader that builds records without ``__init__``.

    Only for a class whose ``__init__`` just sets its fields (a slotted dataclass without ``__post_init__``,
    a ``Record``), and only with every slot named: a slot left unset would make a broken record.
    """
    _check_buildable(cls, names)
    return tuple(getattr(cls, name).__set__ for name in names)


def _check_buildable(cls: type[Any], names: tuple[str, ...]) -> None:
    slots = {name for klass in cls.__mro__ for name in klass.__dict__.get("__slots__", ())}
    if sorted(names) != sorted(slots) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__qualname__} cannot be built from the slots {names}")


def builder(cls: type[Any], names: tuple[str, ...]) -> type[Any]:
    """The class a reader builds records of ``cls`` in: ``cls`` itself, frozen no more.

    The reader stores every field of ``names`` on an ``object.__new__(builder)`` and then sets its
    ``__class__`` to ``cls``; the builder adds no slot, so the object is then exactly a ``cls``. The same
    conditions as ``slot_setters``: every slot named, no ``__post_init__``.
    """
    _check_buildable(cls, names)
    namespace = {
        "__slots__": (),
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        # Both, or the type keeps a Python-level tp_setattro and the stores are not specialised.
        "__setattr__": object.__setattr__,
        "__delattr__": object.__delattr__,
    }
    return type(cls.__name__, (cls,), namespace)
