"""Emit straight-line XML writers (string building) and readers (one pass over child elements).

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

    def read(self, field: Field, child: str, path: str) -> list[str]:
        """Set ``field``'s local from the element ``child`` (append, for a repeated element)."""
        target = field.python_name
        child_path = f"{path} + {literal('/' + field.wire_name)}"
        type_ref = field.type
        if repeated(field):
            return [f"{target}_items.append({self._scalar(type_ref.args[0], child, child_path)})"]
        if type_ref.name == "list":
            item_tag = self.tag_in(field.xml_item or "item")
            item_path = f"{child_path} + {literal('/' + (field.xml_item or 'item'))}"
            value = self._scalar(type_ref.args[0], "item", item_path)
            return [f"{target} = tuple({value} for item in {child} if item.tag == {literal(item_tag)})"]
        return [f"{target} = {self._scalar(type_ref, child, child_path)}"]

    def constructor_arg(self, field: Field, path: str) -> str:
        """The keyword argument a reader passes to the record's constructor."""
        if repeated(field):
            return f"{field.python_name}=tuple({field.python_name}_items)"
        if field.required:
            value = f"required({field.python_name}, {path} + {literal('/' + field.wire_name)})"
            if self._styles.get(field.type.name) == "open_enum_class":
                # mypy cannot solve required()'s type variable against a union with str.
                value = f"cast({literal(self._annotation(field.type))}, {value})"
            return f"{field.python_name}={value}"
        return f"{field.python_name}={field.python_name}"

    def _scalar(self, type_ref: TypeRef, element: str, path: str) -> str:
        name = type_ref.name
        if name in self._models:
            return f"{reader_name(name)}({element}, {path})"
        text = f"{element}.text"
        if name == "csv":
            inner = self._from_text(type_ref.args[0], "part", path)
            return f"tuple({inner} for part in split_csv({text}))"
        return self._from_text(type_ref, text, path)

    def _from_text(self, type_ref: TypeRef, text: str, path: str) -> str:
        name = type_ref.name
        if name in self._enums:
            style = self._styles[name]
            if style == "enum_class":
                return f"read_enum_class({text}, {name}, {path})"
            if style == "open_enum_class":
                return f"read_open_enum({text}, {name})"
            return f"cast({literal(name)}, read_enum({text}, {enum_values_name(name)}, {path}))"
        reader = {
            "string": f"read_str({text})",
            "integer": f"read_int({text}, {path})",
            "decimal": f"read_decimal({text}, {path})",
            "boolean": f"read_bool({text}, {path}{self._spelled()})",
            "date": f"read_date({text}, {literal(self._date)}, {path})",
            "datetime": f"read_datetime({text}, {literal(self._datetime)}, {path})",
        }
        return reader.get(name, f"read_str({text})")

    def _spelled(self) -> str:
        """The carrier's own boolean words, passed to readers when the usual spellings miss them."""
        true, false = (word.lower() for word in self._booleans)
        if true in TRUE_WORDS and false in FALSE_WORDS:
            return ""
        return f", {literal(self._booleans)}"

    def reader_prelude(self, model: Model) -> list[str]:
        """Initial values of a reader's locals: lists start empty, the rest None."""
        lines = []
        for f in model.fields:
            if repeated(f):
                lines.append(f"{f.python_name}_items: list[{self._annotation(f.type.args[0])}] = []")
            elif f.type.name == "list":
                lines.append(f"{f.python_name}: {annotation(TypeRef('list', f.type.args))} = ()")
            else:
                lines.append(f"{f.python_name}: {self._annotation(f.type)} | None = None")
        return lines

    def _annotation(self, type_ref: TypeRef) -> str:
        if self._styles.get(type_ref.name) == "open_enum_class":
            return f"{type_ref.name} | str"
        return annotation(TypeRef(type_ref.name, type_ref.args))


def _tags(tag: str) -> tuple[str, str]:
    """The opening and closing tags of an element, as Python string literals."""
    return literal(f"<{tag}>"), literal(f"</{tag}>")
