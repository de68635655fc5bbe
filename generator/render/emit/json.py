"""Emit straight-line JSON readers: one function per record, tolerant of carriers' loose typing.

Carriers send numbers as strings and "" for "not set"; the readers accept those and reject
everything else with a MalformedResponseError naming the JSON path. Records whose whole tree
keeps wire names as Python names are decoded by msgspec first (the ``fast_json`` role).
"""

from __future__ import annotations

from generator.ir import ApiSpec, Field, TypeRef
from generator.naming import enum_values_name, reader_name
from generator.render.emit.xml import FALSE_WORDS, TRUE_WORDS
from generator.render.pyliteral import literal


class JsonEmitter:
    """Writes the JSON reading code of one spec."""

    def __init__(self, spec: ApiSpec) -> None:
        self._enums = {e.name for e in spec.enums}
        self._models = {m.name for m in spec.models}
        true, false = (word.lower() for word in spec.provider.booleans)
        # The carrier's own boolean words, passed when the runtime's usual spellings miss them.
        self._spelled = "" if true in TRUE_WORDS and false in FALSE_WORDS else f", {literal(spec.provider.booleans)}"
        self._date = spec.provider.date_format
        self._datetime = spec.provider.datetime_format

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
            return f"json_record({source}, path, {key}, {reader_name(type_ref.name)})"
        return self._value(type_ref, source, "path", key)

    def _value(self, type_ref: TypeRef, source: str, path: str, key: str) -> str:
        name = type_ref.name
        if name in self._models:
            return f"{reader_name(name)}({source}, join_path({path}, {key}))"
        if name in self._enums:
            return f"cast({literal(name)}, json_enum({source}, {enum_values_name(name)}, {path}, {key}))"
        return {
            "string": f"json_str({source}, {path}, {key})",
            "integer": f"json_int({source}, {path}, {key})",
            "decimal": f"json_decimal({source}, {path}, {key})",
            "boolean": f"json_bool({source}, {path}, {key}{self._spelled})",
            "date": f"json_date({source}, {literal(self._date)}, {path}, {key})",
            "datetime": f"json_datetime({source}, {literal(self._datetime)}, {path}, {key})",
        }.get(name, source)
