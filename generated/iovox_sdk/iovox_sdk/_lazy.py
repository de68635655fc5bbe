"""What an SDK makes on first use rather than at ``import``: a program pays for msgspec, the JSON wire
types or the SOAP scanner only once it reads an answer that needs them.

``importlib.util.LazyLoader`` would defer a module too, but it puts a half-made module in ``sys.modules``
and, before Python 3.12, two threads reading it at once could see it unfinished. ``LazyModule`` imports
through the ordinary, locked import instead, and then steps aside.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, TypeVar

_K = TypeVar("_K")
_V = TypeVar("_V")


class LazyModule:
    """A module's stand-in in another module's globals: the first attribute read imports it and puts the
    module itself in the stand-in's place, so every later read is an ordinary global lookup."""

    __slots__ = ("_alias", "_name", "_namespace", "_package")

    def __init__(self, namespace: dict[str, Any], alias: str, name: str, package: str | None = None) -> None:
        self._namespace = namespace
        self._alias = alias
        self._name = name
        self._package = package

    def __getattr__(self, attribute: str) -> Any:
        module = importlib.import_module(self._name, self._package)
        self._namespace[self._alias] = module
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<module {self._name!r}, imported on first use>"


class LazyTable(Mapping[_K, _V]):
    """A read-only table built by ``build`` the first time it is read (two threads may both build it: the
    tables are pure data, and either copy is the same)."""

    __slots__ = ("_build", "_table")

    def __init__(self, build: Callable[[], dict[_K, _V]]) -> None:
        self._build = build
        self._table: Mapping[_K, _V] | None = None

    def _data(self) -> Mapping[_K, _V]:
        table = self._table
        if table is None:
            table = self._table = MappingProxyType(self._build())
        return table

    def __getitem__(self, key: _K) -> _V:
        return self._data()[key]

    def __iter__(self) -> Iterator[_K]:
        return iter(self._data())

    def __len__(self) -> int:
        return len(self._data())

    def __contains__(self, key: object) -> bool:
        return key in self._data()

    def __repr__(self) -> str:
        return repr(self._data())
