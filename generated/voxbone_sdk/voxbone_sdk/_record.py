"""Records: the frozen, keyword-only, value-compared classes every SDK's answers are made of.

A generated record is a ``Record``: a ``msgspec.Struct`` (frozen, keyword-only), written as its fields'
annotations and defaults. msgspec builds the class in C (about 25 us a class, where ``@dataclass``
compiles half a dozen methods: 0.5 ms), builds instances in C, and leaves an instance the collector
never tracks while it holds only scalars. That last matters: a large answer holds tens of thousands
of records, and tracked ones make the collector run full passes over the whole heap as they pile up
(as long as the parse itself, measured on a 6 MiB VoiceMeUp answer). Equality, hashing, ``repr``,
pickling and ``copy.replace`` are a dataclass's; assigning a field raises ``AttributeError``.
``dataclasses.fields``, ``replace``, ``asdict`` and xsdata read ``__dataclass_fields__``, which the
base builds on first use; a record whose fields carry more than a default (the SOAP models: xsdata's
``metadata``, which its ``XmlParser`` and ``XmlSerializer`` read) keeps each field's
``dataclasses.field(...)`` in ``__field_specs__``, and its ``__dataclass_fields__`` hold those.

The runtime's own small values (a prepared request, a retry policy, an error's details) are ``Value``
classes: slotted, their ``__init__`` spelled out (some take their fields by position, as the
dataclasses they replaced did), with the same behaviour otherwise and ``FrozenInstanceError`` on
assignment.
"""

from __future__ import annotations

import reprlib
from collections.abc import Callable, Mapping
from operator import attrgetter
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Final, NoReturn, Self, dataclass_transform

import msgspec

if TYPE_CHECKING:
    import dataclasses

# ``dataclasses`` (1-2 ms) is imported where it is first needed, not with every SDK: a record only needs
# it for ``dataclasses.fields`` and friends, and for the error a frozen record raises.

#: How a value's ``__init__`` sets its fields (``Value.__setattr__`` refuses: values are frozen).
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
            for name, value in _defaults(owner).items()
        }
        annotations = {name: owner.__annotations__[name] for name in _field_names(owner)}
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


def _field_names(cls: type[Any]) -> tuple[str, ...]:
    """A record's or a value's fields, in their order."""
    names: tuple[str, ...] = cls.__struct_fields__ if issubclass(cls, msgspec.Struct) else cls.__slots__
    return names


def _defaults(cls: type[Any]) -> dict[str, Any]:
    """The defaults of a record's or a value's fields, by name (a field without one is left out)."""
    if not issubclass(cls, msgspec.Struct):
        return _init_defaults(cls.__init__)
    fields, defaults = cls.__struct_fields__, cls.__struct_defaults__
    # msgspec keeps the defaults of the last fields, NODEFAULT where a keyword-only field has none.
    tail = fields[len(fields) - len(defaults) :]
    return {name: value for name, value in zip(tail, defaults, strict=True) if value is not msgspec.NODEFAULT}


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


@reprlib.recursive_repr()
def masked_repr(record: Any) -> str:
    """``repr`` as a dataclass writes it, with the fields the spec marks secret masked."""
    hidden = record.__secret_fields__
    values = ((name, getattr(record, name)) for name in _field_names(type(record)))
    shown = ", ".join(
        f"{name}='********'" if value is not None and name in hidden else f"{name}={value!r}" for name, value in values
    )
    return f"{type(record).__qualname__}({shown})"


#: The largest exponent, either way, a decimal of an answer may have (10**100 is no sum of money).
DECIMAL_LIMIT: Final = 100


def sensible_decimal(number: Any) -> bool:
    """Whether a decimal is one an answer may hold: finite, its exponent within the limit either way."""
    return bool(number.is_finite()) and abs(number.adjusted()) <= DECIMAL_LIMIT


def refuse_decimal(field: str, number: Any) -> NoReturn:
    """Refuse a record holding "NaN", "Infinity" or "1E+999999" as a decimal (msgspec reads them so).

    A record msgspec decodes checks its decimals in ``__post_init__`` (straight-line code, as
    ``sensible_decimal`` spells it) and calls this: the decode fails, and the tolerant reader,
    which refuses them too, words the error.
    """
    raise ValueError(f"{field}: {number} is not a finite decimal number of sensible size")


@dataclass_transform(frozen_default=True, kw_only_default=True)
class Record(msgspec.Struct, frozen=True, kw_only=True):
    """The base of every generated record (``class Did(Record, kw_only=True)``: msgspec takes
    ``kw_only`` per class): frozen, compared and hashed by value, built in C."""

    #: Fields the spec marks secret (a password a listing returns): ``repr`` shows them masked.
    __secret_fields__: ClassVar[frozenset[str]] = frozenset()
    #: Fields defined by a ``dataclasses.field(...)`` (typeshed types one as the value it stands for: Any).
    __field_specs__: ClassVar[Mapping[str, Any]] = MappingProxyType({})
    # (Field[Any] spelled Any: msgspec evaluates these hints, and dataclasses is not imported here.)
    __dataclass_fields__: ClassVar[dict[str, Any]] = _Fields()  # type: ignore[assignment]

    def __repr__(self) -> str:
        if not self.__secret_fields__:
            return super().__repr__()  # msgspec's, in C: the dataclass's form
        return masked_repr(self)

    def __replace__(self, /, **changes: Any) -> Self:
        """``copy.replace(record, ...)`` (Python 3.13), as a dataclass has it."""
        return msgspec.structs.replace(self, **changes)


@dataclass_transform(frozen_default=True, kw_only_default=True)
class Value:
    """The base of the runtime's own values: frozen, slotted, compared and hashed by value."""

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

    def __repr__(self) -> str:
        return masked_repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Value) or other.__class__ is not self.__class__:
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


#: Each value class's field values as one tuple, read in C (equality and hashing compare these).
_READERS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


def _reader(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    if len(names) > 1:
        return attrgetter(*names)
    if names:
        single = attrgetter(names[0])
        return lambda record: (single(record),)
    return lambda record: ()
