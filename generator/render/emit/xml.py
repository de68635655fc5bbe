"""Emit straight-line XML writers (string building) and readers (by position, or by tag over child elements).

Lists come two ways: with ``xml_item`` they are a wrapper element holding items
(``<items><item/>…</items>``); without, the field's own element repeats (XSD ``maxOccurs``).
Namespaced carriers (SOAP) write ``tns:`` prefixed elements and read ``{namespace}`` tags.
"""

from __future__ import annotations

from generator.ir import ApiSpec, Field, Model, TypeRef
from generator.naming import enum_values_name, reader_name, writer_name
from generator.render.emit.wire import WireText
from generator.render.pyliteral import literal
from generator.render.pytypes import annotation

#: The prefix bound to the carrier's namespace in the requests the SDK writes.
PREFIX = "tns"

# The boolean spellings the runtime's readers accept without being told (generator/runtime/_xmlio.py).
TRUE_WORDS = frozenset({"true", "1", "yes"})
FALSE_WORDS = frozenset({"false", "0", "no"})


def repeated(field: Field) -> bool:
    """True for a list whose own element repeats, with no wrapper element."""
    return field.type.name == "list" and field.xml_item is None


class XmlEmitter:
    """Writes the XML code of one spec."""

    def __init__(self, spec: ApiSpec) -> None:
        self._enums = {e.name for e in spec.enums}
        self._styles = {e.name: e.style for e in spec.enums}
        self._models = {m.name for m in spec.models}
        self._wire = WireText(spec)
        self._booleans = spec.provider.booleans
        self._date = spec.provider.date_format
        self._datetime = spec.provider.datetime_format
        self._ns = spec.provider.xml_namespace
        # An XSD's required string may be empty (minOccurs says present, not filled); a YAML spec's may not.
        self._empty_strings = spec.provider.protocol == "soap"

    def tag_out(self, wire_name: str) -> str:
        """The element name as written."""
        return f"{PREFIX}:{wire_name}" if self._ns else wire_name

    def tag_in(self, wire_name: str) -> str:
        """The element tag as lxml reports it."""
        return f"{{{self._ns}}}{wire_name}" if self._ns else wire_name

    def text(self, type_ref: TypeRef, value: str, booleans: tuple[str, str] | None = None) -> str:
        """An expression turning a scalar, enum or csv ``value`` into XML-escaped element text."""
        text = self._wire.text(type_ref, value, booleans)
        return f"xml_escape({text})" if self._wire.needs_escape(type_ref) else text

    def _element(
        self, type_ref: TypeRef, tag: str, value: str, booleans: tuple[str, str] | None, module: str
    ) -> list[str]:
        opening, closing = _tags(tag)
        if type_ref.name in self._models:
            writer = module + writer_name(type_ref.name)
            return [f"out.append({opening})", f"{writer}({value}, out)", f"out.append({closing})"]
        return [f"out.append({opening} + {self.text(type_ref, value, booleans=booleans)} + {closing})"]

    def write(self, field: Field, value: str, module: str = "") -> list[str]:
        """Append the element(s) of ``field`` held in ``value`` to the list ``out``.

        ``module`` (``"_xml."``) qualifies the writers of records, when they live in another module.
        """
        tag = self.tag_out(field.wire_name)
        type_ref = field.type
        if repeated(field):
            element = self._element(type_ref.args[0], tag, "x", None, module)
            body = [f"for x in {value}:"] + ["    " + line for line in element]
        elif type_ref.name == "list":
            item_tag = self.tag_out(field.xml_item or "item")
            inner = self._element(type_ref.args[0], item_tag, "x", None, module)
            opening, closing = _tags(tag)
            body = [f"out.append({opening})", f"for x in {value}:", *("    " + line for line in inner)]
            body.append(f"out.append({closing})")
        else:
            body = self._element(type_ref, tag, value, field.booleans, module)
        if field.required:
            return body
        return [f"if {value} is not None:"] + ["    " + line for line in body]

    # Readers. A record's reader takes its children by position when they come in the documented
    # order (one tag check each) and builds the record without its __init__ (object.__new__, then
    # each slot's setter). Any other arrangement goes to the record's reader by tag: an if/elif over
    # the tags per child, then the record's constructor. A required value read as None (an empty
    # number, say) also sends the positional path to the reader by tag, which names it missing.
    # ``path`` is the record's path in every reader; an element's own path is joined to it only
    # for an error.

    def positional(self, model: Model) -> bool:
        """True when the record's reader has a positional path: it has fields, and none repeats."""
        return bool(model.fields) and not any(repeated(f) for f in model.fields)

    def value(self, field: Field, element: str) -> str:
        """An expression reading ``field`` from its element (for a repeated field, from one of them)."""
        type_ref = field.type.args[0] if repeated(field) else field.type
        if self.checked_text(field):
            empty = self._empty_strings and not field.constraints.min_length
            return f"read_text({element}, path, {literal(field.wire_name)}{', allow_empty=True' if empty else ''})"
        if type_ref.name != "list":
            return self._scalar(type_ref, element, field.wire_name)
        item = field.xml_item or "item"
        item_tag, item_type = literal(self.tag_in(item)), type_ref.args[0]
        if item_type.name in self._models:
            item_path = literal(f"/{field.wire_name}/{item}")
            return f"read_items({element}, {item_tag}, {reader_name(item_type.name)}, path + {item_path})"
        value = self._scalar(item_type, "item", f"{field.wire_name}/{item}")
        return f"tuple([{value} for item in {element} if item.tag == {item_tag}])"

    def positional_value(self, field: Field, element: str) -> str:
        """``value`` with its commonest cases inlined, for the positional path: a required string that is
        plain text, an integer of ASCII digits, a decimal of digits and a point. Anything else goes to the
        reader ``value`` calls, which reads or raises exactly as it would (a call per value was a third of
        a large answer's reading)."""
        slow = self.value(field, element)
        if repeated(field):
            return slow
        text = f"(_t := {element}.text)"
        if self.checked_text(field):
            if self._empty_strings and not field.constraints.min_length:
                return f"_t if {text} is not None and not len({element}) else {slow}"
            return f"_t if {text} and not _t.isspace() and not len({element}) else {slow}"
        read = self._from_text(field.type, "_t", field.wire_name)  # the converter, on the text already read
        if field.type.name == "integer":
            return f"int(_t) if {text} and len(_t) <= 40 and _t.isascii() and _t.isdigit() else {read}"
        if field.type.name == "decimal":
            plain = f'{text} and len(_t) <= 60 and _t.isascii() and _t.replace(".", "", 1).isdigit()'
            return f"Decimal(_t) if {plain} else {read}"
        return slow

    def children(self, model: Model) -> str:
        """The names the positional path unpacks a record's children into (``c0, c1``; ``(c0,)`` for one)."""
        return unpacking([f"c{i}" for i in range(len(model.fields))])

    def in_order(self, model: Model) -> str:
        """The condition that the unpacked children carry the fields' tags, in the fields' order."""
        return " and ".join(f"c{i}.tag == {literal(self.tag_in(f.wire_name))}" for i, f in enumerate(model.fields))

    def positional_body(self, model: Model) -> list[str]:
        """The positional path once the tags matched: read, check the required values, build.

        Values that can fail to read are read first, in the fields' order (the order the reader by
        tag meets them in, so both raise for the same element); plain text goes straight to its slot.
        """
        read = {f.python_name: self.positional_value(f, f"c{i}") for i, f in enumerate(model.fields)}
        kept = [f for f in model.fields if not self._plain_text(f)]
        locals_ = {f.python_name for f in kept}
        lines = [f"{f.python_name} = {read[f.python_name]}" for f in kept]
        values = {name: name if name in locals_ else read[name] for name in read}
        build = [*building(model, values, "_record"), "return _record"]
        checked = [f for f in kept if f.required and self.nullable(f)]
        if not checked:
            return lines + build
        condition = " and ".join(f"{f.python_name} is not None" for f in checked)
        return [*lines, f"if {condition}:", *("    " + line for line in build)]

    def read(self, field: Field, child: str) -> list[str]:
        """Set ``field``'s local from the element ``child`` (append, for a repeated element)."""
        if repeated(field):
            return [f"{field.python_name}_items.append({self.value(field, child)})"]
        return [f"{field.python_name} = {self.value(field, child)}"]

    def tag_check(self, model: Model) -> list[str]:
        """The reader by tag's one check of the required fields, naming the first one missing."""
        checked = [f for f in model.fields if f.required and f.type.name != "list"]
        if not checked:
            return []
        condition = " or ".join(f"{f.python_name} is None" for f in checked)
        pairs = ", ".join(f"({literal(f.wire_name)}, {f.python_name})" for f in checked)
        return [f"if {condition}:", f"    raise missing_field(path, {pairs})"]

    def constructor_arg(self, field: Field) -> str:
        """The keyword argument the reader by tag passes to the record's constructor."""
        if repeated(field):
            return f"{field.python_name}=tuple({field.python_name}_items)"
        return f"{field.python_name}={field.python_name}"

    def _plain_text(self, field: Field) -> bool:
        """True for a field that is its element's text as it stands (an optional string), which cannot fail."""
        name = field.type.name
        plain = name not in self._models and name not in self._enums and name not in _CONVERTED | _SEQUENCES
        return plain and not self.checked_text(field)

    def checked_text(self, field: Field) -> bool:
        """True for a required string, read by ``read_text``: never elements, never empty where it must be filled."""
        return field.required and field.type.name == "string" and not repeated(field)

    def nullable(self, field: Field) -> bool:
        """True for a field read as None from an empty element (the readers of numbers, booleans, dates)."""
        return field.type.name in _CONVERTED

    def reader_prelude(self, model: Model) -> list[str]:
        """Initial values of a reader's locals: lists start empty, the rest None."""
        lines = []
        for f in model.fields:
            if repeated(f):
                lines.append(f"{f.python_name}_items: list[{self.annotation(f.type.args[0])}] = []")
            elif f.type.name == "list":
                lines.append(f"{f.python_name}: {annotation(TypeRef('list', f.type.args))} = ()")
            else:
                lines.append(f"{f.python_name}: {self.annotation(f.type)} | None = None")
        return lines

    def _scalar(self, type_ref: TypeRef, element: str, name: str) -> str:
        """An expression reading ``element`` as ``type_ref``; ``name`` is its path below the record's."""
        if type_ref.name in self._models:
            return f"{reader_name(type_ref.name)}({element}, path + {literal('/' + name)})"
        text = f"{element}.text"
        if type_ref.name == "csv":
            inner = self._from_text(type_ref.args[0], "part", name)
            return f"tuple([{inner} for part in split_csv({text})])"
        return self._from_text(type_ref, text, name)

    def _from_text(self, type_ref: TypeRef, text: str, name: str, path: str = "path") -> str:
        type_name = type_ref.name
        where = f"{path}, {literal(name)}"
        if type_name in self._enums:
            style = self._styles[type_name]
            if style == "enum_class":
                return f"read_enum_class({text}, {type_name}, {where})"
            if style == "open_enum_class":
                return f"read_open_enum({text}, {type_name})"
            return f"cast({literal(type_name)}, read_enum({text}, {enum_values_name(type_name)}, {where}))"
        reader = {
            "integer": f"read_int({text}, {where})",
            "decimal": f"read_decimal({text}, {where})",
            "boolean": f"read_bool({text}, {where}{self._spelled()})",
            "date": f"read_date({text}, {literal(self._date)}, {where})",
            "datetime": f"read_datetime({text}, {literal(self._datetime)}, {where})",
        }
        # Text is the element's text; an empty element is "".
        return reader.get(type_name, f'{text} or ""')

    def text_value(self, type_ref: TypeRef, text: str, name: str, path: str) -> str:
        """An expression reading a scalar, enum or csv value from the text held in the local ``text``, with
        the positional path's inlined commonest cases (for the scanners, which have no element)."""
        if type_ref.name == "csv":
            inner = self._from_text(type_ref.args[0], "part", name, path)
            return f"tuple([{inner} for part in split_csv({text})])"
        read = self._from_text(type_ref, text, name, path)
        if type_ref.name == "integer":
            return f"int({text}) if {text} and len({text}) <= 40 and {text}.isascii() and {text}.isdigit() else {read}"
        if type_ref.name == "decimal":
            plain = f'{text} and len({text}) <= 60 and {text}.isascii() and {text}.replace(".", "", 1).isdigit()'
            return f"Decimal({text}) if {plain} else {read}"
        if type_ref.name == "boolean" and not self._spelled():
            return f"BOOLEAN_WORDS[{text}] if {text} in BOOLEAN_WORDS else {read}"
        return read

    def _spelled(self) -> str:
        """The carrier's own boolean words, passed to readers when the usual spellings miss them."""
        true, false = (word.lower() for word in self._booleans)
        if true in TRUE_WORDS and false in FALSE_WORDS:
            return ""
        return f", spelled={literal(self._booleans)}"

    def annotation(self, type_ref: TypeRef) -> str:
        if self._styles.get(type_ref.name) == "open_enum_class":
            return f"{type_ref.name} | str"
        return annotation(TypeRef(type_ref.name, type_ref.args))


#: The scalar types read through a converter that gives None for an empty element.
_CONVERTED = frozenset({"integer", "decimal", "boolean", "date", "datetime"})
#: The types read as a tuple of items, each converted on its own.
_SEQUENCES = frozenset({"list", "csv"})


def building(model: Model, values: dict[str, str], record: str) -> list[str]:
    """The line that builds ``record``, a ``model`` of ``values`` (expressions by field name): one keyword
    call, which msgspec's ``__init__`` runs in C (``runtime/_record.py``)."""
    arguments = ", ".join(f"{f.python_name}={values[f.python_name]}" for f in model.fields)
    return [f"{record} = {model.name}({arguments})"]


def unpacking(names: list[str]) -> str:
    """The target of unpacking a tuple into ``names`` (``(a,)`` for one)."""
    return f"({names[0]},)" if len(names) == 1 else ", ".join(names)


def _tags(tag: str) -> tuple[str, str]:
    """The opening and closing tags of an element, as Python string literals."""
    return literal(f"<{tag}>"), literal(f"</{tag}>")
