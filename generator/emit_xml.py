"""Emit straight-line XML writers (string building) and readers (one pass over child elements)."""

from __future__ import annotations

from generator.emit_checks import enum_constant
from generator.ir import ApiSpec, Field, Model, TypeRef
from generator.naming import snake_case
from generator.pytypes import annotation, enum_values, model_names


def writer_name(model_name: str) -> str:
    """The name of a record's XML writer."""
    return "write_" + snake_case(model_name)


def reader_name(model_name: str) -> str:
    """The name of a record's XML reader."""
    return "read_" + snake_case(model_name)


class XmlEmitter:
    """Writes the XML code of one spec."""

    def __init__(self, spec: ApiSpec) -> None:
        self._enums = enum_values(spec)
        self._models = model_names(spec)
        true, false = spec.provider.booleans
        self._bool = f"({true!r} if {{v}} else {false!r})"
        self._date = spec.provider.date_format
        self._datetime = spec.provider.datetime_format

    def text(self, type_ref: TypeRef, value: str, escape: bool = True, booleans: tuple[str, str] | None = None) -> str:
        """An expression turning a scalar, enum or csv ``value`` into wire text (XML-escaped if asked)."""
        name = type_ref.name
        if name == "csv":
            item = self.text(type_ref.args[0], "x", escape=False)
            joined = f'",".join({item} for x in {value})'
            return f"xml_escape({joined})" if escape else joined
        if name == "string":
            return f"xml_escape({value})" if escape else value
        if name == "boolean":
            if booleans is not None:
                return f"({booleans[0]!r} if {value} else {booleans[1]!r})"
            return self._bool.format(v=value)
        if name == "date":
            return f"{value}.strftime({self._date!r})"
        if name == "datetime":
            return f"{value}.strftime({self._datetime!r})"
        if name in self._enums:
            return f"xml_escape(str({value}))" if escape else f"str({value})"
        return f"str({value})"

    def write(self, field: Field, value: str) -> list[str]:
        """Append the element(s) of ``field`` held in ``value`` to the list ``out``."""
        tag = field.wire_name
        type_ref = field.type
        if type_ref.name == "list":
            item_tag = field.xml_item or "item"
            item = type_ref.args[0]
            if item.name in self._models:
                inner = [
                    f"out.append('<{item_tag}>')",
                    f"{writer_name(item.name)}(x, out)",
                    f"out.append('</{item_tag}>')",
                ]
            else:
                inner = [f"out.append('<{item_tag}>' + {self.text(item, 'x')} + '</{item_tag}>')"]
            body = [f"out.append('<{tag}>')", f"for x in {value}:"] + ["    " + line for line in inner]
            body.append(f"out.append('</{tag}>')")
        elif type_ref.name in self._models:
            body = [f"out.append('<{tag}>')", f"{writer_name(type_ref.name)}({value}, out)", f"out.append('</{tag}>')"]
        else:
            text = self.text(type_ref, value, booleans=field.booleans)
            body = [f"out.append('<{tag}>' + {text} + '</{tag}>')"]
        if field.required:
            return body
        return [f"if {value} is not None:"] + ["    " + line for line in body]

    def read(self, field: Field, child: str, path: str) -> list[str]:
        """Assign ``field``'s local variable from the element ``child``."""
        target = field.python_name
        child_path = f"{path} + '/{field.wire_name}'"
        type_ref = field.type
        if type_ref.name == "list":
            item_tag = field.xml_item or "item"
            item_path = f"{child_path} + '/{item_tag}'"
            value = self._scalar(type_ref.args[0], "item", item_path, item=True)
            return [f"{target} = tuple({value} for item in {child} if item.tag == '{item_tag}')"]
        if type_ref.name in self._models:
            return [f"{target} = {reader_name(type_ref.name)}({child}, {child_path})"]
        return [f"{target} = {self._scalar(type_ref, child, child_path, item=False)}"]

    def _scalar(self, type_ref: TypeRef, element: str, path: str, item: bool) -> str:
        name = type_ref.name
        if name in self._models:
            return f"{reader_name(name)}({element}, {path})"
        text = f"{element}.text"
        if name == "csv":
            inner = self._from_text(type_ref.args[0], "part", path)
            return f"tuple({inner} for part in split_csv({text}))"
        converted = self._from_text(type_ref, text, path)
        return converted

    def _from_text(self, type_ref: TypeRef, text: str, path: str) -> str:
        name = type_ref.name
        if name in self._enums:
            annotation = type_ref.name
            return f"cast({annotation!r}, read_enum({text}, {enum_constant(name)}, {path}))"
        reader = {
            "string": f"read_str({text})",
            "integer": f"read_int({text}, {path})",
            "decimal": f"read_decimal({text}, {path})",
            "boolean": f"read_bool({text}, {path})",
            "date": f"read_date({text}, {self._date!r}, {path})",
            "datetime": f"read_datetime({text}, {self._datetime!r}, {path})",
        }
        return reader.get(name, f"read_str({text})")

    def reader_prelude(self, model: Model) -> list[str]:
        """Initial values of a reader's locals: lists start empty, the rest None."""
        lines = []
        for f in model.fields:
            if f.type.name == "list":
                lines.append(f"{f.python_name}: {_local_annotation(f)} = ()")
            else:
                lines.append(f"{f.python_name}: {_local_annotation(f)} = None")
        return lines


def _local_annotation(field: Field) -> str:
    if field.type.name == "list":
        return annotation(TypeRef("list", field.type.args))
    return annotation(TypeRef(field.type.name, field.type.args, nullable=True))
