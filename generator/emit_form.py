"""Emit the wire pairs of structured parameters in a query or form: PHP-style arrays, JSON, PHP
serialisation (the spec's ``encoding``)."""

from __future__ import annotations

from generator.emit_xml import XmlEmitter
from generator.ir import ApiSpec, Field, Model, TypeRef
from generator.naming import snake_case
from generator.pyliteral import literal
from generator.pytypes import model_names


def pairs_name(model_name: str) -> str:
    """The function giving a record's ``[field]`` suffixes and values."""
    return "pairs_" + snake_case(model_name)


def wire_dict_name(model_name: str) -> str:
    """The function giving a record as a dict keyed by wire names (for JSON)."""
    return "wire_" + snake_case(model_name)


class FormEmitter:
    """Writes the encoded pairs of one spec's structured parameters."""

    def __init__(self, spec: ApiSpec) -> None:
        self._models = model_names(spec)
        self._text = XmlEmitter(spec)

    def encoded_pairs(self, field: Field) -> str:
        """An expression giving the (name, text) pairs of an encoded parameter (none when absent)."""
        value, wire = field.python_name, field.wire_name
        item = field.type.item
        if field.encoding == "brackets":
            text = self._text.text(item, "x", escape=False)
            return f"(({literal(wire + '[]')}, {text}) for x in ({value} or ()))"
        if field.encoding == "indexed":
            if item.name in self._models:
                return f"indexed_pairs({literal(wire)}, {value}, {pairs_name(item.name)})"
            text = self._text.text(item, "x", escape=False)
            return f"((f{literal(wire + '[{i}]')}, {text}) for i, x in enumerate({value} or ()))"
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
        return self._text.text(type_ref, value, escape=False)

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
                        f"    out.extend((f{literal(key + '[{j}]')} + k, v) for k, v in {pairs_name(item.name)}(x))",
                    ]
                else:
                    inner = [
                        f"for j, x in enumerate({attribute}):",
                        f"    out.append((f{literal(key + '[{j}]')}, {self._text.text(item, 'x', escape=False)}))",
                    ]
            elif item.name in self._models:
                inner = [f"out.extend(({literal(key)} + k, v) for k, v in {pairs_name(item.name)}({attribute}))"]
            else:
                inner = [f"out.append(({literal(key)}, {self._text.text(f.type, attribute, escape=False)}))"]
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


def encoded_models(spec: ApiSpec) -> list[Model]:
    """Records that travel inside encoded parameters (and so need pairs/wire-dict functions)."""
    by_name = {m.name: m for m in spec.models}
    wanted: list[str] = [p.type.item.name for op in spec.operations for p in op.params if p.encoding]
    seen: list[str] = []
    while wanted:
        name = wanted.pop()
        if name in by_name and name not in seen:
            seen.append(name)
            wanted.extend(f.type.item.name for f in by_name[name].fields)
    return [m for m in spec.models if m.name in seen]
