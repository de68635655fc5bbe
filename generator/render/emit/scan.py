"""Emit the tree-less readers of plain XML answers (``_scan.py``; their runtime is ``runtime/_scanio.py``).

A record's scanner reads its element's content, ``text[start:end]``, in the documented order: its
values by one compiled pattern per run of text elements (``element``/``optional``: a group per text),
each record or list element by finding its end tag and reading what lies between. A list of records
of text elements is one ``findall`` (a tuple per item) of the order its first item writes
(``flat_items``); any other list is read item by item. Values
convert as the tree's readers convert them (``XmlEmitter``'s expressions, on the text); anything they
would read otherwise (an empty required value, a missing record) declines the answer to them.

Only carriers without a namespace have scanners, and only records whose every field is text, a
record, or a wrapped list (``xml_item``) of either.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.ir import ApiSpec, Field, Model, TypeRef, reachable
from generator.naming import scanner_name, snake_case
from generator.render.emit.xml import XmlEmitter, building, repeated, unpacking
from generator.render.pyliteral import literal

# The scalar types a scanner reads from an element's text (enums too); files and JSON are not in answers.
_TEXT_TYPES = frozenset({"string", "integer", "decimal", "boolean", "date", "datetime"})


# The scanners' own locals: a field of the same name has its local spelled with a trailing "_".
_RESERVED = frozenset(
    {"text", "start", "end", "found", "inside", "ended", "records", "append", "stray", "record", "values", "s", "e"}
    | {"after", "close", "declined", "cast", "re", "split_csv", "part", "flat_items"}
)


def _local(field: Field) -> str:
    """The local holding a field's value in its scanner."""
    return field.python_name + "_" if field.python_name in _RESERVED else field.python_name


def answered(spec: ApiSpec) -> list[str]:
    """The records the operations answer with."""
    return [op.response.name for op in spec.operations if op.response is not None]


def has_scanners(spec: ApiSpec) -> bool:
    """True when some answer of the spec is read by a scanner (its SDK has ``_scan`` and ``_scanio``)."""
    return bool(ScanEmitter(spec).models(answered(spec)))


class ScanEmitter:
    """Writes the scanners of one spec."""

    def __init__(self, spec: ApiSpec) -> None:
        self._xml = XmlEmitter(spec)
        self._enums = {e.name for e in spec.enums}
        self._by_name: Mapping[str, Model] = {m.name: m for m in spec.models}
        # Plain XML carriers, and SOAP ones whose answers' elements are in the carrier's namespace.
        soap = spec.provider.protocol == "soap"
        self._enabled = spec.provider.response_format == "xml" or spec.provider.json_mirrors_xml or soap
        self._enabled = self._enabled and (soap or not spec.provider.xml_namespace)
        # An XSD's required string may be empty (minOccurs says present, not filled); a YAML spec's may not.
        self._empty_strings = soap

    def scanned(self, model_name: str) -> bool:
        """True when the record and every record it holds can be scanned."""
        if not self._enabled or model_name not in self._by_name:
            return False
        names = reachable(self._by_name, [TypeRef(model_name)])
        return all(self._by_name[n].fields and all(self._field_ok(f) for f in self._by_name[n].fields) for n in names)

    def _field_ok(self, field: Field) -> bool:
        if repeated(field):
            return False
        type_ref = field.type.item if field.type.name == "list" else field.type
        if type_ref.name == "csv":
            type_ref = type_ref.item
        return type_ref.name in _TEXT_TYPES or type_ref.name in self._enums or type_ref.name in self._by_name

    def models(self, roots: list[str]) -> list[Model]:
        """The records to scan: those of ``roots`` that can be, and every record they hold, in spec order."""
        names = reachable(self._by_name, [TypeRef(r) for r in roots if self.scanned(r)])
        return [m for m in self._by_name.values() if m.name in names]

    # --- what a field is, to its scanner -------------------------------------------------------

    def _record(self, type_ref: TypeRef) -> bool:
        return type_ref.name in self._by_name

    def _flat(self, model: Model) -> bool:
        """True for a record of text elements only: a list of them is one ``findall``."""
        return not any(self._complex(f) for f in model.fields)

    def _complex(self, field: Field) -> bool:
        """True for a field read from its element's content (a record or a list), not from a pattern's group."""
        return field.type.name == "list" or self._record(field.type)

    # --- patterns ------------------------------------------------------------------------------

    def _text_pattern(self, field: Field) -> str:
        """The pattern of a text element: ``element`` (required) or ``optional``."""
        call = "element" if field.required else "optional"
        return f"{call}({literal(field.wire_name)})"

    def segments(self, model: Model) -> list[tuple[list[Field], Field | None]]:
        """The record's fields as runs of text elements, each ended by a record or list element (or not, last)."""
        runs: list[tuple[list[Field], Field | None]] = []
        texts: list[Field] = []
        for field in model.fields:
            if self._complex(field):
                runs.append((texts, field))
                texts = []
            else:
                texts.append(field)
        runs.append((texts, None))  # the last run ends the content: blanks, if nothing else
        return runs

    def _run(self, model: Model, texts: list[Field], ends: Field | None) -> tuple[str, list[str]]:
        """A run's pattern (its text elements, other elements anywhere between, then the start tag of the
        field that ends it, or blanks) and the names of its groups (``_`` for the other elements')."""
        known = f"{_constant(model.name)}_TAGS"
        parts, groups = [], []
        for index, field in enumerate(texts):
            parts += [f"others({known}, {index})", self._text_pattern(field)]
            groups += ["_", *self._groups(model, field)]
        parts.append(f"others({known}, {len(texts)})")
        groups.append("_")
        parts.append(f"opening({literal(ends.wire_name)})" if ends is not None else "blank()")
        return " + ".join(parts), groups

    def patterns(self, model: Model) -> list[str]:
        """The module-level patterns of a record's scanner: its tags, one per run of text elements, one per
        list of flat records or of values."""
        base = _constant(model.name)
        lines = [f"{base}_TAGS: Final = {literal(tuple(f.wire_name for f in model.fields))}"]
        for index, (texts, ends) in enumerate(self.segments(model)):
            lines.append(f"{base}_{index}: Final = re.compile({self._run(model, texts, ends)[0]})")
        for field in model.fields:
            if field.type.name != "list":
                continue
            item_type, item = field.type.args[0], literal(field.xml_item or "item")
            if not self._record(item_type):
                lines.append(f"{_list_constant(model, field)}: Final = re.compile(text_items({item}))")
            elif self._flat(self._by_name[item_type.name]):
                item_model = self._by_name[item_type.name]
                content = self._run(item_model, list(item_model.fields), None)[0].removesuffix(" + blank()")
                layout = tuple((f.wire_name, f.required) for f in item_model.fields)
                lines.append(f"{_list_constant(model, field)}: Final = re.compile(items({item}, {content}))")
                lines.append(f"{_list_constant(model, field)}_LAYOUT: Final = {literal(layout)}")
        return lines

    # --- the scanner ---------------------------------------------------------------------------

    def body(self, model: Model) -> list[str]:
        """The body of ``scan_<record>(text, start, end)``: read each run, convert, check, build."""
        lines: list[str] = []
        base = _constant(model.name)
        at = "start"
        for index, (texts, ends) in enumerate(self.segments(model)):
            how = "match" if ends is not None else "fullmatch"
            lines += [f"found = {base}_{index}.{how}(text, {at}, end)", "if found is None:", "    raise Declined"]
            groups = self._run(model, texts, ends)[1]
            if texts:
                lines.append(f"{unpacking(groups)} = found.groups()")
            if ends is not None:
                tag = literal(ends.wire_name)
                lines.append("inside = found.end()")
                lines.append(f"ended = close(text, {tag}, inside, end)")
                lines.append(f"{_local(ends)} = {self._content(model, ends, 'inside', 'ended')}")
                at = f"after(ended, {tag})"
        values = {_local(f): self._value(model, f) for f in model.fields if not self._complex(f)}
        return [*lines, *self._build(model, values)]

    def _groups(self, model: Model, field: Field) -> list[str]:
        """The locals of a text element's groups: its text (``_t<n>``), and whether it is there (``_s<n>``)."""
        text, seen = _group_names(model, field)
        return [text] if field.required else [seen, text]

    def _content(self, model: Model, field: Field, start: str, end: str) -> str:
        """An expression reading a record or list field from ``text[start:end]``."""
        if self._record(field.type):
            return f"{scanner_name(field.type.name)}(text, {start}, {end})"
        return f"{_list_reader(model, field)}(text, {start}, {end})"

    def _value(self, model: Model, field: Field) -> str:
        """An expression converting a text element's text as the tree's reader by tag would."""
        text, seen = _group_names(model, field)
        if self._xml.checked_text(field):
            if self._empty_strings and not field.constraints.min_length:
                value = f'{text} or ""'
            else:
                value = f"{text} if {text} and not {text}.isspace() else declined()"
        else:
            value = self._xml.text_value(field.type, text, field.wire_name, path='""')
        return value if field.required else f"{_parenthesised(value)} if {seen} else None"

    def _build(self, model: Model, values: dict[str, str], record: str = "_record") -> list[str]:
        """Convert the values, decline when a required one reads as None, then build the record."""
        lines = [f"{name} = {value}" for name, value in values.items()]
        checked = [_local(f) for f in model.fields if f.required and self._xml.nullable(f)]
        if checked:
            lines += [f"if {' or '.join(f'{name} is None' for name in checked)}:", "    raise Declined"]
        return lines + building(model, {f.python_name: _local(f) for f in model.fields}, record)

    def lists(self, model: Model) -> list[tuple[str, str, list[str]]]:
        """The readers of a record's list fields: (name, item annotation, body) each."""
        found = []
        for field in model.fields:
            if field.type.name != "list":
                continue
            item_type = field.type.args[0]
            found.append((_list_reader(model, field), self._xml.annotation(item_type), self._list_body(model, field)))
        return found

    def _list_body(self, model: Model, field: Field) -> list[str]:
        item_type, item = field.type.args[0], field.xml_item or "item"
        if not self._record(item_type):
            value = self._xml.text_value(item_type, "item_text", f"{field.wire_name}/{item}", path='""')
            return [
                f"values: list[{self._xml.annotation(item_type)}] = []",
                f"for item_text, stray in {_list_constant(model, field)}.findall(text, start, end):",
                "    if stray:",
                "        raise Declined",
                f"    values.append({value})",
                "return tuple(values)",
            ]
        item_model = self._by_name[item_type.name]
        if not self._flat(item_model):
            spans = f"record_spans(text, {literal(item)}, start, end)"
            return [f"return tuple([{scanner_name(item_model.name)}(text, s, e) for s, e in {spans}])"]
        groups = self._run(item_model, list(item_model.fields), None)[1]
        constant = _list_constant(model, field)
        read = f"flat_items({constant}, {literal(item)}, {constant}_LAYOUT, text, start, end)"
        values = {_local(f): self._value(item_model, f) for f in item_model.fields}
        build = self._build(item_model, values, record="record")
        return [
            f"records: list[{item_model.name}] = []",
            "append = records.append",
            f"for {', '.join(groups)}, stray in {read}:",
            "    if stray:",
            "        raise Declined",
            *("    " + line for line in build),
            "    append(record)",
            "return tuple(records)",
        ]


def _group_names(model: Model, field: Field) -> tuple[str, str]:
    """The locals of a text element's text and presence: named by the field's place in its record, so no
    field's own local (its Python name) is one of them."""
    number = model.fields.index(field)
    return f"_t{number}", f"_s{number}"


def _constant(model_name: str) -> str:
    return "_" + snake_case(model_name).upper()


def _list_constant(model: Model, field: Field) -> str:
    return f"{_constant(model.name)}_{field.python_name.upper()}"


def _list_reader(model: Model, field: Field) -> str:
    return f"_{scanner_name(model.name)}_{field.python_name}"


def _parenthesised(expression: str) -> str:
    return f"({expression})" if " if " in expression or " or " in expression else expression
