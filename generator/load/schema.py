"""Check a raw spec document against the JSON Schema of the format, as diagnostics.

Two validators of the same draft (2020-12) share the work. jsonschema-rs (compiled) answers
"is this document valid?" in a few milliseconds, which is every run on a clean spec; only a
document it refuses goes to jsonschema, whose errors carry what the diagnostics need (the
failing keyword, its sub-errors, the sub-schema) to say where the problem is and how to fix it.
"""

from __future__ import annotations

import re
import reprlib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import jsonschema_rs
import yaml

from generator.ir import SCALAR_TYPES, Diagnostic
from generator.load.suggest import closest, did_you_mean
from generator.load.yaml_events import DocPath
from generator.load.yaml_source import YamlDocument

if TYPE_CHECKING:
    import jsonschema

#: The JSON Schema every HTTP carrier spec must satisfy.
SCHEMA_FILE = Path(__file__).resolve().parents[2] / "specs" / "schema" / "http-spec.schema.yaml"

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Values in messages are shown cut short: a mapping where a string belongs may be a whole section.
_SHORT = reprlib.Repr()
_SHORT.maxlevel, _SHORT.maxdict, _SHORT.maxlist, _SHORT.maxstring, _SHORT.maxother = 2, 3, 3, 60, 60


@cache
def _schema(schema_file: Path) -> Any:
    return yaml.load(schema_file.read_text(encoding="utf-8"), Loader=_Loader)  # CSafeLoader or SafeLoader


@cache
def _fast(schema_file: Path) -> Any:
    return jsonschema_rs.Draft202012Validator(_schema(schema_file))


@cache
def _validator(schema_file: Path) -> jsonschema.Draft202012Validator:
    import jsonschema  # only a refused document needs it (~60 ms to import)

    schema = _schema(schema_file)
    return jsonschema.Draft202012Validator(_inline_refs(schema, schema.get("$defs", {})))


def _inline_refs(node: Any, definitions: dict[str, Any]) -> Any:
    """The schema with each bare ``{"$ref": "#/$defs/x"}`` replaced by the definition itself.

    Following a reference costs jsonschema a registry lookup every time a value is checked;
    inlined, a spec validates about 40% faster. A ``$ref`` with sibling keywords stays a
    reference (inlining would merge two schemas), and so does a recursive one.
    """
    if isinstance(node, list):
        return [_inline_refs(item, definitions) for item in node]
    if not isinstance(node, dict):
        return node
    reference = node.get("$ref")
    if len(node) == 1 and isinstance(reference, str) and reference.startswith("#/$defs/"):
        name = reference.removeprefix("#/$defs/")
        if name in definitions and not _refers_to(definitions[name], reference, definitions, set()):
            return _inline_refs(definitions[name], definitions)
    return {key: _inline_refs(value, definitions) for key, value in node.items()}


def _refers_to(node: Any, reference: str, definitions: dict[str, Any], seen: set[str]) -> bool:
    """Whether ``node`` reaches ``reference`` again (a recursive definition cannot be inlined)."""
    if isinstance(node, list):
        return any(_refers_to(item, reference, definitions, seen) for item in node)
    if not isinstance(node, dict):
        return False
    target = node.get("$ref")
    if isinstance(target, str) and target.startswith("#/$defs/"):
        if target == reference:
            return True
        if target not in seen:
            seen.add(target)
            if _refers_to(definitions.get(target.removeprefix("#/$defs/")), reference, definitions, seen):
                return True
    return any(_refers_to(value, reference, definitions, seen) for value in node.values())


def check_schema(doc: YamlDocument, schema_file: Path = SCHEMA_FILE) -> list[Diagnostic]:
    """Every schema violation in ``doc``, sorted by position; first, any value JSON cannot hold."""
    try:
        if _fast(schema_file).is_valid(doc.data):
            return []
    except (ValueError, TypeError, OverflowError):  # jsonschema-rs takes JSON values only
        not_json = sorted(_not_json(doc), key=lambda d: (d.line, d.column, d.message))
        if not_json:
            return not_json
    out: list[Diagnostic] = []
    for error in _validator(schema_file).iter_errors(doc.data):
        out.extend(_explain(doc, error, schema_file))
    if not out:
        # The two validators disagree; the compiled one's own messages still say what is wrong.
        out = [doc.diagnostic(tuple(e.instance_path), e.message) for e in _fast(schema_file).iter_errors(doc.data)]
    # Sorting by position keeps the report stable and readable top to bottom.
    return sorted(set(_one_per_misspelling(out)), key=lambda d: (d.line, d.column, d.message))


_MISSING: Final = re.compile(r"'(.+)' is missing")


def _one_per_misspelling(found: list[Diagnostic]) -> list[Diagnostic]:
    """A required key spelt wrong is one problem, not two: the unknown key's "did you mean" says it all,
    so the same key reported missing beside it goes."""
    misspelt = {(d.path.rpartition(".")[0], d.hint) for d in found if d.message.startswith("unknown key ")}
    return [
        d
        for d in found
        if not ((missing := _MISSING.fullmatch(d.message)) and (d.path, f"did you mean '{missing[1]}'?") in misspelt)
    ]


_JSON_SCALARS = (str, int, float, bool, type(None))
_KINDS = {"int": "an integer", "float": "a number", "bool": "a boolean", "NoneType": "null", "date": "a date"}
_KINDS |= {"datetime": "a date and time", "bytes": "binary data (!!binary)", "set": "a set (!!set)"}


def _kind(value: object) -> str:
    name = type(value).__name__
    return _KINDS.get(name, f"a {name}")


def _not_json(doc: YamlDocument) -> list[Diagnostic]:
    """Keys that are not strings and values that are not JSON (a date, bytes, a set): YAML makes them
    of unquoted text such as ``2024-01-15``, ``1:`` or ``yes:``, and a JSON Schema cannot check them."""
    found: list[Diagnostic] = []
    pending: list[tuple[DocPath, Any]] = [((), doc.data)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if not isinstance(key, str):
                    found.append(
                        doc.diagnostic(
                            path + (str(key),),
                            f"the key {key} reads as {_kind(key)}, not as text",
                            "quote it (YAML reads unquoted numbers, dates, yes/no, on/off and ~ as values, not text)",
                        )
                    )
                pending.append((path + (str(key),), item))
        elif isinstance(value, list):
            pending.extend((path + (index,), item) for index, item in enumerate(value))
        elif not isinstance(value, _JSON_SCALARS):
            found.append(
                doc.diagnostic(
                    path,
                    f"{_SHORT.repr(value) if isinstance(value, (bytes, set)) else value} reads as {_kind(value)},"
                    " which a spec cannot hold",
                    "quote it to keep it as text",
                )
            )
    return found


def _explain(doc: YamlDocument, error: jsonschema.ValidationError, schema_file: Path) -> list[Diagnostic]:
    path: DocPath = tuple(error.absolute_path)
    if error.validator in ("oneOf", "anyOf") and error.context:
        # Report the alternative that got furthest instead of "is not valid under any".
        deepest = max(error.context, key=lambda e: (len(e.absolute_path), -len(e.message)))
        if len(deepest.absolute_path) > len(path):
            return _explain(doc, deepest, schema_file)
        return [doc.diagnostic(path, _one_of_message(error), _one_of_hint(error))]
    if error.validator in ("additionalProperties", "unevaluatedProperties"):
        allowed = sorted(_allowed_keys(error.schema, _validator(schema_file).schema))
        extra = [key for key in error.instance if key not in allowed] if isinstance(error.instance, dict) else []
        hint = f"remove it or fix its spelling; allowed keys: {', '.join(allowed)}" if allowed else "remove it"
        return [
            doc.diagnostic(path + (key,), f"unknown key '{key}'", did_you_mean(str(key), allowed, hint))
            for key in extra
        ] or [doc.diagnostic(path, error.message, hint)]
    if (
        error.validator == "pattern"
        and error.validator_value == _type_expr(schema_file)
        and isinstance(error.instance, str)
    ):
        return [_type_expr_problem(doc, path, error.instance)]
    return [doc.diagnostic(path, _message(error), _hint(error))]


def _type_expr(schema_file: Path) -> object:
    """The schema's pattern of a type expression ("string", "PurchaseItem", "list[T]", "csv[T]")."""
    schema: Any = _validator(schema_file).schema
    return schema.get("$defs", {}).get("type_expr", {}).get("pattern")


def _type_expr_problem(doc: YamlDocument, path: DocPath, expr: str) -> Diagnostic:
    """A type expression that does not parse: suggest the scalar or defined type it is closest to."""
    inner = expr
    for container in ("list[", "csv["):
        if inner.startswith(container) and inner.endswith("]"):
            inner = inner[len(container) : -1]
    types = doc.data.get("types") if isinstance(doc.data, dict) else None
    known = set(SCALAR_TYPES) | (set(map(str, types)) if isinstance(types, dict) else set())
    usage = "use a scalar (" + ", ".join(sorted(SCALAR_TYPES)) + "), a type defined under 'types', list[T] or csv[T]"
    match = closest(inner, known)
    hint = f"did you mean '{expr.replace(inner, match)}'?" if match is not None else usage
    return doc.diagnostic(path, f"{expr!r} is not a type", hint)


def _allowed_keys(schema: Any, root: Any) -> set[str]:
    """The keys a (sub)schema accepts, following ``$ref`` to the definitions it extends."""
    if not isinstance(schema, dict):
        return set()
    keys = set(schema.get("properties", {}))
    reference = schema.get("$ref")
    if isinstance(reference, str) and reference.startswith("#/$defs/"):
        keys |= _allowed_keys(root.get("$defs", {}).get(reference.rsplit("/", 1)[1]), root)
    return keys


def _message(error: jsonschema.ValidationError) -> str:
    value = error.instance
    if error.validator == "required":
        return error.message.replace("is a required property", "is missing")
    if error.validator == "enum":
        return f"{_SHORT.repr(value)} is not an allowed value"
    if error.validator == "type":
        return f"expected {error.validator_value}, got {type(value).__name__} {_SHORT.repr(value)}"
    if error.validator == "pattern":
        return f"{_SHORT.repr(value)} is not well formed"
    return error.message


def _hint(error: jsonschema.ValidationError) -> str:
    rule: Any = error.validator_value
    if error.validator == "required":
        return "add this key"
    if error.validator == "enum":
        choices = ", ".join(str(v) for v in rule)
        match = closest(str(error.instance), map(str, rule))
        return f"did you mean '{match}'? (one of: {choices})" if match is not None else "use one of: " + choices
    if error.validator == "pattern":
        return _PATTERN_HINTS.get(str(rule), f"it must match the regular expression {rule}")
    if error.validator in ("minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems"):
        return f"{error.validator} is {rule}"
    if error.validator == "const":
        return f"use {rule!r}"
    if error.validator == "type" and rule == "string" and isinstance(error.instance, (int, float, bool)):
        # sdk_version: 0.1, a postal code 01234, a yes/no: YAML reads them as numbers and booleans (and
        # the value it read may not be what was written: 01234 is 668, yes is True), so no value is shown.
        return f"quote it as written: YAML reads it unquoted as {_kind(error.instance)}, not text"
    return ""


def _one_of_message(error: jsonschema.ValidationError) -> str:
    return "does not match any accepted form"


def _one_of_hint(error: jsonschema.ValidationError) -> str:
    forms = []
    options: Any = error.validator_value
    for option in options:
        if isinstance(option, dict) and "required" in option:
            forms.append(" + ".join(option["required"]))
    if forms:
        return "give exactly one of these key sets: " + "; ".join(forms)
    return "see specs/README.md for the accepted forms"


_PATTERN_HINTS: dict[str, str] = {
    "^[a-z][a-z0-9_]*$": "use a lowercase identifier such as 'iovox' or 'no_did'",
    "^[A-Z][A-Za-z0-9]*$": "type names are PascalCase, such as 'PurchaseItem'",
    "^/": "paths start with '/'",
}
