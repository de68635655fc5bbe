"""Emit the wire pairs of structured parameters in a query or form: PHP-style arrays, JSON, PHP
serialisation (the spec's ``encoding``)."""

from __future__ import annotations

from generator.ir import ApiSpec, Field, Model, TypeRef
from generator.naming import pairs_name, wire_dict_name
from generator.render.emit.wire import WireText
from generator.render.pyliteral import fstring, literal


class FormEmitter:
    """Writes the encoded pairs of one spec's structured parameters."""

    def __init__(self, spec: ApiSpec) -> None:
        self._models = {m.name for m in spec.models}
        self._wire = WireText(spec)

    def encoded_pairs(self, field: Field) -> str:
        """An expression giving the (name, text) pairs of an encoded parameter (none when absent)."""
        value, wire = field.python_name, field.wire_name
        item = field.type.item
        if field.encoding == "brackets":
            text = self._wire.text(item, "x")
            return f"(({literal(wire + '[]')}, {text}) for x in ({value} or ()))"
        if field.encoding == "indexed":
            if item.name in self._models:
                return f"indexed_pairs({literal(wire)}, {value}, {pairs_name(item.name)})"
            text = self._wire.text(item, "x")
            return f"(({fstring(wire + '[{i}]')}, {text}) for i, x in enumerate({value} or ()))"
        if field.encoding == "json":
            return f"(() if {value} is None else (({literal(wire)}, json.dumps({self.jsonable(field.type, value)})),))"
        return f"(() if {value} is None else (({literal(wire)}, php_serialize({value})),))"

    def jsonable(self, type_ref: TypeRef, value: str) -> str:
        """An expression turning ``value`` into plain JSON data with wire names."""
        if type_ref.name == "list":
            return f"[{self.jsonable(type_ref.args[0], 'x')} for x in {value}]"
        if type_ref.name in self._models:
            return f"{wire_dict_name(type_ref.name)}({value})"
        if type_ref.name in ("json", "string", "integer", "boolean"):
            return value
        return self._wire.text(type_ref, value)

    def pairs_function(self, model: Model) -> list[str]:
        """``pairs_<model>(value)``: each set field as ``([field], text)``, nested records flattened."""
        lines = [
            f"def {pairs_name(model.name)}(value: {model.name}) -> list[tuple[str, str]]:",
            f'    """The ``[field]`` suffixes and wire texts of a {model.name}."""',
            "    out: list[tuple[str, str]] = []",
        ]
        for f in model.fields:
            attribute, key = f"value.{f.python_name}", f"[{f.wire_name}]"
            item = f.type.item
            if f.type.name == "list":
                if item.name in self._models:
                    inner = [
                        f"for j, x in enumerate({attribute}):",
                        f"    out.extend(({fstring(key + '[{j}]')} + k, v) for k, v in {pairs_name(item.name)}(x))",
                    ]
                else:
                    inner = [
                        f"for j, x in enumerate({attribute}):",
                        f"    out.append(({fstring(key + '[{j}]')}, {self._wire.text(item, 'x')}))",
                    ]
            elif item.name in self._models:
                inner = [f"out.extend(({literal(key)} + k, v) for k, v in {pairs_name(item.name)}({attribute}))"]
            else:
                inner = [f"out.append(({literal(key)}, {self._wire.text(f.type, attribute)}))"]
            lines += [f"    if {attribute} is not None:"] + ["        " + line for line in inner]
        return lines + ["    return out"]

    def wire_dict_function(self, model: Model) -> list[str]:
        """``wire_<model>(value)``: the record as JSON data keyed by wire names (unset fields left out)."""
        lines = [
            f"def {wire_dict_name(model.name)}(value: {model.name}) -> dict[str, object]:",
            f'    """A {model.name} as JSON data keyed by wire names."""',
            "    out: dict[str, object] = {}",
        ]
        for f in model.fields:
            attribute = f"value.{f.python_name}"
            lines += [
                f"    if {attribute} is not None:",
                f"        out[{literal(f.wire_name)}] = {self.jsonable(f.type, attribute)}",
            ]
        return lines + ["    return out"]
