"""Emit straight-line JSON readers: one function per record, tolerant of carriers' loose typing.

Carriers send numbers as strings and "" for "not set"; the readers accept those and reject
everything else with a MalformedResponseError naming the JSON path. Records whose whole tree
keeps wire names as Python names can also be decoded by msgspec first (see ``fast_decodable``).
"""

from __future__ import annotations

from generator.emit_checks import enum_constant
from generator.ir import ApiSpec, Field, Model, TypeRef
from generator.naming import snake_case
from generator.pyliteral import literal
from generator.pytypes import enum_values, model_names


def json_reader_name(model_name: str) -> str:
    """The name of a record's JSON reader."""
    return "read_" + snake_case(model_name)


class JsonEmitter:
    """Writes the JSON reading code of one spec."""

    def __init__(self, spec: ApiSpec) -> None:
        self._enums = enum_values(spec)
        self._models = model_names(spec)
        self._booleans = spec.provider.booleans
        self._date = spec.provider.date_format
        self._datetime = spec.provider.datetime_format
        self._by_name = {m.name: m for m in spec.models}

    def read(self, field: Field, source: str) -> str:
        """An expression reading ``field`` from the JSON value ``source`` of the object at ``path``.

        Paths are built only when something is wrong, so the happy path does no string work.
        """
        type_ref = field.type
        key = literal(field.wire_name)
        if type_ref.name == "list":
            item_key = f'f"{field.wire_name}[{{index}}]"'
            item = self._value(type_ref.args[0], "item", "path", item_key)
            if type_ref.args[0].name not in self._models:
                item = f"required({item}, join_path(path, {item_key}))"
            return f"tuple({item} for index, item in enumerate(json_list({source}, path, {key})))"
        if type_ref.name == "csv":
            item = self._value(type_ref.args[0], "part", "path", key)
            return f"json_csv({source}, path, {key}, lambda part: {item})"
        if type_ref.name in self._models:
            # An absent (or "") record is None; required() in the caller turns that into an error.
            return f"json_record({source}, path, {key}, {json_reader_name(type_ref.name)})"
        return self._value(type_ref, source, "path", key)

    def _value(self, type_ref: TypeRef, source: str, path: str, key: str) -> str:
        name = type_ref.name
        if name in self._models:
            return f"{json_reader_name(name)}({source}, join_path({path}, {key}))"
        if name in self._enums:
            return f"cast({literal(name)}, json_enum({source}, {enum_constant(name)}, {path}, {key}))"
        return {
            "string": f"json_str({source}, {path}, {key})",
            "integer": f"json_int({source}, {path}, {key})",
            "decimal": f"json_decimal({source}, {path}, {key})",
            "boolean": f"json_bool({source}, {path}, {key})",
            "date": f"json_date({source}, {literal(self._date)}, {path}, {key})",
            "datetime": f"json_datetime({source}, {literal(self._datetime)}, {path}, {key})",
        }.get(name, source)

    def fast_decodable(self, model: Model, spec: ApiSpec) -> bool:
        """True when msgspec can decode the record's whole tree straight into the dataclasses.

        That needs Python names equal to wire names (msgspec cannot rename dataclass fields) and
        no ``json`` or ``csv`` values, which need the generated reader's conversions.
        """
        by_name = self._by_name
        seen: set[str] = set()
        stack = [model]
        while stack:
            current = stack.pop()
            if current.name in seen:
                continue
            seen.add(current.name)
            for f in current.fields:
                if f.python_name != f.wire_name or f.type.name in ("csv", "json", "file"):
                    return False
                if f.type.item.name in ("json", "file"):
                    return False
                nested = by_name.get(f.type.item.name)
                if nested is not None:
                    stack.append(nested)
        return True
