"""Emit straight-line JSON readers: one function per record, tolerant of carriers' loose typing.

Carriers send numbers as strings and "" for "not set"; the readers accept those and reject
everything else with a MalformedResponseError naming the JSON path. Records whose whole tree
keeps wire names as Python names are decoded by msgspec first (the ``fast_json`` role).

A carrier whose JSON mirrors its XML (``Provider.json_mirrors_xml``) is read in the XML form's
terms, so that both formats give one record: a list is the items under its item key (one item
alone is a list of one), a missing key is None but a null or ``""`` string is ``""`` (an empty
element), and a null or ``""`` record an empty one. Its fast path is a Struct per payload
(``wire_*``), its lists in the containers the XML form has. A record of scalars whose fields are
their own wire fields is its own wire form (``direct``): msgspec decodes it straight into records,
with no Struct to convert, unless it is a payload (the envelope unwraps a payload's wire Struct).
"""

from __future__ import annotations

from generator.ir import ApiSpec, Field, Model, TypeRef, reachable
from generator.naming import enum_values_name, field_name, pascal_case, reader_name, wire_name
from generator.render.emit.xml import FALSE_WORDS, TRUE_WORDS
from generator.render.listings import envelope_payloads
from generator.render.pyliteral import literal
from generator.render.pytypes import annotation


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
        self._mirror = spec.provider.json_mirrors_xml
        self._direct: frozenset[str] = frozenset()
        self._wired: tuple[Model, ...] = ()
        fast = [m for m in spec.models if "fast_json" in m.roles]
        self._records = spec.models
        self._fast = tuple(fast)
        if self._mirror:
            self._direct = frozenset(m.name for m in fast if self._is_direct(m))
            payloads = {m.name for m in envelope_payloads(spec)}
            self._wired = tuple(m for m in fast if m.name not in self._direct or m.name in payloads)
            self._decoded = self._direct
        else:
            # A status-field carrier's answer is decoded whole, into its Envelope Struct (which holds the
            # answer record's own fields) and every record below it.
            below = [f.type for m in fast for f in m.fields]
            self._decoded = frozenset(reachable({m.name: m for m in spec.models}, below))

    def argument(self, field: Field) -> str:
        """The keyword argument a record reader passes to the record's constructor (read from ``get``).

        A required field that is absent is an error.
        """
        key = literal(field.wire_name)
        value = self.read(field, f"get({key})", f"get({key}, ABSENT)")
        if field.required:
            value = f"required({value}, join_path(path, {key}))"
        return f"{field.python_name}={value}"

    def read(self, field: Field, source: str, kept: str | None = None) -> str:
        """An expression reading ``field`` from the JSON value ``source`` of the object at ``path``.

        ``kept`` is the value with a missing key told from a null one (``ABSENT``), which the XML
        form's strings, csv values and records need. Paths are built only when something is wrong,
        so the happy path does no string work.
        """
        type_ref = field.type
        key = literal(field.wire_name)
        kept = kept if self._mirror and kept is not None else source
        if type_ref.name == "list":
            return self._list(field, source)
        if type_ref.name == "csv":
            item = self._value(type_ref.args[0], "part", "path", key)
            helper = "mirror_csv" if self._mirror else "json_csv"
            return f"{helper}({kept}, path, {key}, lambda part: {item})"
        if type_ref.name in self._models:
            # An absent (or "") record is None; required() in the caller turns that into an error.
            helper = "mirror_record" if self._mirror else "json_record"
            return f"{helper}({kept}, path, {key}, {reader_name(type_ref.name)})"
        if type_ref.name == "string" and self._mirror:
            return f"mirror_str({kept}, path, {key})"
        return self._value(type_ref, source, "path", key)

    def _list(self, field: Field, source: str) -> str:
        item_type = field.type.args[0]
        key = literal(field.wire_name)
        if self._mirror:
            item_path = f"{field.wire_name}.{field.xml_item}" if field.xml_item else field.wire_name
            items = f"mirror_list({source}, path, {key}{', ' + literal(field.xml_item) if field.xml_item else ''})"
        else:
            item_path, items = field.wire_name, f"json_list({source}, path, {key})"
        item_key = f'f"{item_path}[{{index}}]"'
        item = self._value(item_type, "item", "path", item_key)
        if item_type.name not in self._models:
            item = f"required({item}, join_path(path, {item_key}))"
        return f"tuple({item} for index, item in enumerate({items}))"

    def _value(self, type_ref: TypeRef, source: str, path: str, key: str) -> str:
        name = type_ref.name
        if name in self._models:
            return f"{reader_name(name)}({source}, join_path({path}, {key}))"
        if name in self._enums:
            return f"cast({literal(name)}, json_enum({source}, {enum_values_name(name)}, {path}, {key}))"
        if name == "string" and self._mirror:
            return f"mirror_str({source}, {path}, {key})"
        return {
            "string": f"json_str({source}, {path}, {key})",
            "integer": f"json_int({source}, {path}, {key})",
            "decimal": f"json_decimal({source}, {path}, {key})",
            "boolean": f"json_bool({source}, {path}, {key}{self._spelled})",
            "date": f"json_date({source}, {literal(self._date)}, {path}, {key})",
            "datetime": f"json_datetime({source}, {literal(self._datetime)}, {path}, {key})",
        }.get(name, source)

    # --- the fast path of a payload that mirrors XML -----------------------------------------

    def wire_containers(self, model: Model) -> list[dict[str, str]]:
        """The container Structs of a record's wrapped lists (``{"call": [...]}``): ``name``, ``field``
        (its line), ``unwrap`` (the items as the record holds them) and ``returns`` (their annotation),
        one per list with an item element."""
        found = []
        for f in model.fields:
            if f.type.name == "list" and f.xml_item is not None:
                item, attribute = self._wire_type(f.type.args[0]), field_name(f.xml_item)
                default = f"msgspec.field(default_factory=list, name={literal(f.xml_item)})"
                line = f"{attribute}: list[{item}] | {item} = " + ("[]" if attribute == f.xml_item else default)
                unwrap = self._items(f.type.args[0], f"self.{attribute}")
                container = {"name": self.container_name(model, f), "field": line, "unwrap": unwrap}
                found.append(container | {"returns": annotation(f.type)})
        return found

    def container_name(self, model: Model, field: Field) -> str:
        """``GetCallsReply`` + ``calls`` -> ``_GetCallsReplyCalls``, the Struct of the list's container
        (private: no record's name starts with an underscore)."""
        return "_" + model.name + pascal_case(field.wire_name)

    def decimal_check(self, model: Model, wire: bool = False) -> list[str]:
        """The ``__post_init__`` of a Struct msgspec decodes that holds decimals (none without): msgspec
        reads "NaN" or "1E+999999" into a Decimal, which the tolerant readers refuse.

        ``wire`` is the record's wire Struct or Envelope (their fields keep the record's Python names);
        without it, the record itself, when msgspec decodes it. Only Decimals are checked: a record
        built by hand with an int or a str stays as it was.
        """
        if not wire and model.name not in self._decoded:
            return []
        lines = []
        for f in model.fields:
            if f.type.item.name != "decimal":
                continue
            value = f"self.{f.python_name}"
            if f.type.name == "list":
                # The record's tuple; in a mirrored wire Struct, a list or one alone, or its container.
                if wire and self._mirror:
                    items = f"() if {value} is None else {value}.unwrap()" if f.xml_item else f"one_or_many({value})"
                    value = f"({items})"
                lines += [f"for number in {value}:", *(f"    {line}" for line in _refusal("number", f.python_name))]
            else:
                lines += _refusal(value, f.python_name)
        return lines

    def decimal_checked(self, module: str) -> bool:
        """Whether the module ``models`` (records) or ``_json`` (Envelopes, wire Structs) checks decimals."""
        if module == "models":
            return any(self.decimal_check(m) for m in self._records)
        return any(self.decimal_check(m, wire=True) for m in (self._wired if self._mirror else self._fast))

    def wire_models(self) -> tuple[Model, ...]:
        """The records that need a wire Struct: the msgspec-decoded ones but those decoded directly."""
        return self._wired

    def _is_direct(self, model: Model) -> bool:
        """Whether every field of ``model`` is a scalar whose wire field is the record's own field (its
        name, annotation and default), so that msgspec can decode the record itself."""
        return all(
            f.type.name not in ("list", "csv")
            and f.type.name not in self._models
            and self.wire_field(model, f)
            == f"{f.python_name}: {annotation(f.type)}" + ("" if f.required else " = None")
            for f in model.fields
        )

    def wire_field(self, model: Model, field: Field) -> str:
        """A wire Struct's field: a scalar, a record's wire Struct, a wrapped list's container, or a
        list's items (one item alone).

        A required scalar or record has no default, so that msgspec refuses an answer without it
        (the tolerant reader then names it).
        """
        type_ref = field.type
        if type_ref.name == "list" and field.xml_item is not None:
            kind = f"{self.container_name(model, field)} | None"
        elif type_ref.name == "list":
            item = self._wire_type(type_ref.args[0])
            kind = f"list[{item}] | {item} | None"
        elif field.required:
            kind = self._wire_type(type_ref)
        else:
            kind = f"{self._wire_type(type_ref)} | None"
        renamed = f"name={literal(field.wire_name)}" if field.python_name != field.wire_name else ""
        if field.required and type_ref.name != "list":
            return f"{field.python_name}: {kind}" + (f" = msgspec.field({renamed})" if renamed else "")
        return f"{field.python_name}: {kind} = " + (f"msgspec.field(default=None, {renamed})" if renamed else "None")

    def unwrap_lines(self, model: Model) -> list[str]:
        """A wire Struct's ``unwrap``: the record built from the Struct's values (one keyword call)."""
        arguments = ", ".join(f"{f.python_name}={self._unwrapped(f)}" for f in model.fields)
        return [f"return {model.name}({arguments})"]

    def _unwrapped(self, field: Field) -> str:
        """The value a wire Struct's ``unwrap`` gives its record's field."""
        name, type_ref = field.python_name, field.type
        if type_ref.name == "list" and field.xml_item is not None:
            return f"() if self.{name} is None else self.{name}.unwrap()"
        if type_ref.name == "list":
            return f"() if self.{name} is None else {self._items(type_ref.args[0], f'self.{name}')}"
        if type_ref.name in self._direct:
            return f"self.{name}"  # the record itself
        if type_ref.name in self._models and field.required:
            return f"self.{name}.unwrap()"
        if type_ref.name in self._models:
            return f"None if self.{name} is None else self.{name}.unwrap()"
        return f"self.{name}"

    def _wire_type(self, type_ref: TypeRef) -> str:
        """How msgspec decodes a value of ``type_ref``: a record as its wire Struct (or itself, when it is
        its own), a scalar as itself."""
        if type_ref.name in self._direct:
            return type_ref.name
        if type_ref.name in self._models:
            return wire_name(type_ref.name)
        return annotation(TypeRef(type_ref.name, type_ref.args))

    def _items(self, item: TypeRef, value: str) -> str:
        """The items ``value`` holds (a list, or one alone) as the record's tuple."""
        wired = item.name in self._models and item.name not in self._direct
        return f"{'unwrap_all' if wired else 'one_or_many'}({value})"


def _refusal(value: str, field: str) -> list[str]:
    """Lines refusing ``value`` when it is a Decimal ``sensible_decimal`` would refuse (as it spells it)."""
    return [
        f"if type({value}) is Decimal and not ({value}.is_finite() and abs({value}.adjusted()) <= DECIMAL_LIMIT):",
        f"    refuse_decimal({literal(field)}, {value})",
    ]
