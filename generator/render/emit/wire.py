"""Spell a Python value as the text the carrier expects (query strings, forms, XML element text)."""

from __future__ import annotations

from generator.ir import ApiSpec, TypeRef
from generator.render.pyliteral import literal


class WireText:
    """Knows one carrier's spellings: booleans, date formats, and which names are Enum classes."""

    def __init__(self, spec: ApiSpec) -> None:
        self._styles = {e.name: e.style for e in spec.enums}
        self._booleans = spec.provider.booleans
        self._date = spec.provider.date_format
        self._datetime = spec.provider.datetime_format

    def text(self, type_ref: TypeRef, value: str, booleans: tuple[str, str] | None = None) -> str:
        """An expression turning a scalar, enum or csv ``value`` into its wire text (not escaped)."""
        name = type_ref.name
        if name == "csv":
            return f'",".join({self.text(type_ref.args[0], "x")} for x in {value})'
        if name == "string":
            return value
        if name == "boolean":
            true, false = booleans or self._booleans
            return f"({literal(true)} if {value} else {literal(false)})"
        if name == "date":
            return f"{value}.strftime({literal(self._date)})"
        if name == "datetime":
            return f"{value}.strftime({literal(self._datetime)})"
        if name == "json":
            return f"json.dumps({value})"
        if self._styles.get(name, "literal") != "literal":
            return f"enum_text({value})"
        return f"str({value})"

    def needs_escape(self, type_ref: TypeRef) -> bool:
        """True when the text can hold ``<`` or ``&`` (strings, enum values, csv of either)."""
        name = type_ref.item.name
        return name == "string" or name in self._styles
