"""Emit straight-line validation code for fields, parameters and rules.

Each function returns source lines (4-space indents, relative) that append ``(path, message)``
pairs to a list named ``problems``. Paths are Python expressions evaluated only on failure.
Values of strings are never echoed in messages: a string may be a password.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from generator.ir import ApiSpec, Field, Rule, TypeRef
from generator.naming import constant_name, snake_case
from generator.pyliteral import literal
from generator.pytypes import enum_values, model_names

_ISINSTANCE = {
    "string": ("isinstance({v}, str)", "a string"),
    "integer": ("isinstance({v}, int) and not isinstance({v}, bool)", "an integer"),
    "decimal": ("isinstance({v}, (Decimal, int)) and not isinstance({v}, bool)", "a Decimal or an integer"),
    "boolean": ("isinstance({v}, bool)", "True or False"),
    "date": ("isinstance({v}, _dt.date) and not isinstance({v}, _dt.datetime)", "a datetime.date"),
    "datetime": ("isinstance({v}, _dt.datetime)", "a datetime.datetime"),
    "file": ("isinstance({v}, (bytes, bytearray))", "bytes"),
}


#: Characters no XML document or sane query string can carry: C0 controls other than tab, LF and
#: CR, unpaired surrogates (they cannot be encoded as UTF-8) and the two XML non-characters.
UNSENDABLE_TEXT = "_RE_UNSENDABLE"
UNSENDABLE_PATTERN = "[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ud800-\\udfff\\ufffe\\uffff]"


def anchored(pattern: str) -> str:
    """The spec's pattern with a final ``$`` made strict: Python's ``$`` also matches before a final newline."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        return pattern[:-1] + "\\Z"
    return pattern


def regex_constant(pattern: str) -> str:
    """The module-level name of a compiled pattern; stable across runs."""
    return "_RE_" + hashlib.sha1(pattern.encode()).hexdigest()[:10].upper()


def enum_constant(enum_name: str) -> str:
    """The module-level name of an enum's value set."""
    return constant_name(enum_name) + "_VALUES"


def checker_name(model_name: str) -> str:
    """The name of a record's check function."""
    return "check_" + snake_case(model_name)


def _fail(field: Field, kind: str, path: str, message: str, is_expr: bool = False) -> str:
    """Append a problem; the spec's own wording for ``kind`` wins over the default message."""
    custom = dict(field.messages).get(kind)
    if custom is not None:
        return _add(path, custom)
    return _add_expr(path, message) if is_expr else _add(path, message)


def _item_path(path: str, index: str) -> str:
    """The path of a list item: one f-string when the list's path is a plain string literal."""
    if path.startswith('"') and path.endswith('"') and not any(c in path[1:-1] for c in '"\\{}'):
        return f'f"{path[1:-1]}[{{{index}}}]"'
    return f'{path} + f"[{{{index}}}]"'


def _add(path: str, message: str) -> str:
    return f"problems.append(({path}, {literal(message)}))"


def _add_expr(path: str, message_expr: str) -> str:
    return f"problems.append(({path}, {message_expr}))"


def _indent(lines: list[str], depth: int = 1) -> list[str]:
    return ["    " * depth + line for line in lines]


class CheckEmitter:
    """Writes the check code of one spec (it knows which names are enums and records)."""

    def __init__(self, spec: ApiSpec) -> None:
        self._enums = enum_values(spec)
        self._models = model_names(spec)

    def field(self, field: Field, value: str, path: str) -> list[str]:
        """Check a field or parameter held in the expression ``value``."""
        if field.type.name == "json":
            encoder = "php_serialize" if field.encoding == "php_serialize" else "json.dumps"
            return [f"check_encodable(problems, {value}, {path}, {encoder})"]
        if not field.type.args and field.type.name not in self._models:
            return [self._scalar_call(field, value, path)]
        checks = self._value(field.type, field, value, path, depth=1)
        if field.required:
            lines = [f"if {value} is None:", "    " + _fail(field, "required", path, "is required")]
            return lines + (["else:"] + _indent(checks) if checks else [])
        return [f"if {value} is not None:"] + _indent(checks) if checks else []

    def _scalar_call(self, field: Field, value: str, path: str) -> str:
        """One call to the runtime's ``check_scalar``: most parameters are plain optional scalars."""
        name = field.type.name
        limits = field.constraints
        args = [f"problems, {value}, {path}"]
        if name in self._enums:
            args.append(f'"enum", allowed={enum_constant(name)}')
        else:
            args.append(literal(name))
        if field.required:
            args.append("required=True")
        for key in ("min_length", "max_length"):
            if getattr(limits, key) is not None:
                args.append(f"{key}={getattr(limits, key)}")
        for key in ("minimum", "maximum"):
            if getattr(limits, key) is not None:
                args.append(f"{key}={_number(getattr(limits, key))}")
        if limits.pattern is not None:
            args.append(f"pattern={regex_constant(limits.pattern)}")
        if field.messages:
            args.append(f"messages={literal(dict(field.messages))}")
        return f"check_scalar({', '.join(args)})"

    def _value(self, type_ref: TypeRef, field: Field, value: str, path: str, depth: int) -> list[str]:
        if type_ref.args:
            return self._sequence(type_ref, field, value, path, depth)
        return self._single(type_ref, field, value, path, item=False)

    def _single(self, type_ref: TypeRef, field: Field, value: str, path: str, item: bool) -> list[str]:
        name = type_ref.name
        limits = field.constraints
        if name in self._models:
            return [
                f"if not isinstance({value}, {name}):",
                "    " + _fail(field, "type", path, f"must be a {name}"),
                "else:",
                f"    {checker_name(name)}({value}, {path}, problems)",
            ]
        if name in self._enums:
            # The runtime's check: the same message as for a single enum argument.
            messages = {k: v for k, v in field.messages if k == "enum"}
            extra = f", messages={literal(messages)}" if messages else ""
            return [f'check_scalar(problems, {value}, {path}, "enum", allowed={enum_constant(name)}{extra})']
        if name == "json":
            return []
        test, noun = _ISINSTANCE[name]
        checks: list[str] = []
        pattern = limits.item_pattern if item else limits.pattern
        if name == "string":
            checks += [
                f"if {UNSENDABLE_TEXT}.search({value}) is not None:",
                "    " + _add(path, "contains control characters or unpaired surrogates, which cannot be sent"),
            ]
            if not item and limits.min_length is not None:
                checks += [
                    f"if len({value}) < {limits.min_length}:",
                    "    " + _fail(field, "length", path, _at_least(limits.min_length, "character")),
                ]
            if not item and limits.max_length is not None:
                checks += [
                    f"if len({value}) > {limits.max_length}:",
                    "    "
                    + _fail(
                        field,
                        "length",
                        path,
                        f'"must be at most {limits.max_length} characters (got " + str(len({value})) + ")"',
                        True,
                    ),
                ]
            if pattern is not None:
                checks += [
                    f"if {regex_constant(pattern)}.search({value}) is None:",
                    "    " + _fail(field, "pattern", path, f"must match {pattern}"),
                ]
            if item:
                checks += [f'if "," in {value}:', "    " + _add(path, "must not contain a comma")]
        if name in ("integer", "decimal") and not item:
            if limits.minimum is not None:
                bound = _number(limits.minimum)
                checks += [
                    f"if {value} < {bound}:",
                    "    "
                    + _fail(field, "range", path, f'"must be at least {bound} (got " + repr({value}) + ")"', True),
                ]
            if limits.maximum is not None:
                bound = _number(limits.maximum)
                checks += [
                    f"if {value} > {bound}:",
                    "    "
                    + _fail(field, "range", path, f'"must be at most {bound} (got " + repr({value}) + ")"', True),
                ]
        lines = [f"if not ({test.format(v=value)}):", "    " + _fail(field, "type", path, f"must be {noun}")]
        return lines + (["else:"] + _indent(checks) if checks else [])

    def _sequence(self, type_ref: TypeRef, field: Field, value: str, path: str, depth: int) -> list[str]:
        limits = field.constraints
        index, item = f"i{depth}", f"x{depth}"
        body: list[str] = []
        if limits.min_items is not None:
            body += [
                f"if len({value}) < {limits.min_items}:",
                "    " + _fail(field, "items", path, _at_least(limits.min_items, "item")),
            ]
        if limits.max_items is not None:
            body += [
                f"if len({value}) > {limits.max_items}:",
                "    "
                + _fail(
                    field,
                    "items",
                    path,
                    f'"must have at most {limits.max_items} items (got " + str(len({value})) + ")"',
                    True,
                ),
            ]
        item_path = _item_path(path, index)
        item_lines = self._single(type_ref.args[0], field, item, item_path, item=True)
        body += [f"for {index}, {item} in enumerate({value}):"]
        body += _indent([f"if {item} is None:", "    " + _add(item_path, "must not be None"), "else:"])
        body += _indent(_indent(item_lines or ["pass"]))
        return [
            f"if isinstance({value}, (str, bytes)) or not isinstance({value}, (list, tuple)):",
            "    " + _fail(field, "type", path, "must be a list or tuple"),
            "else:",
        ] + _indent(body)

    def rule(
        self,
        rule: Rule,
        access: Callable[[str], str],
        path_of: Callable[[str], str],
        python_name: Callable[[str], str],
        fields: dict[str, Field] | None = None,
    ) -> list[str]:
        """Check one rule; ``access`` maps a wire name to the expression holding its value.

        A ``when: {field: value}`` condition sees the field's documented default when it is not
        given (the carrier applies it), and means "contains" for a list or csv field.
        """
        names = [python_name(n) for n in rule.fields]
        if rule.kind == "require_unless":
            assert rule.condition is not None
            default = f"is required unless {python_name(rule.condition)} is given"
            test = f"{access(rule.fields[0])} is None and {access(rule.condition)} is None"
        elif rule.kind == "require_when":
            assert rule.condition is not None
            given = access(rule.condition)
            if rule.equals is None:
                default = f"is required when {python_name(rule.condition)} is given"
                test = f"{given} is not None and {access(rule.fields[0])} is None"
            else:
                tests, words = [], []
                for name, value in ((rule.condition, rule.equals), *rule.also):
                    test_part, word = self._holds(name, value, access, python_name, fields or {})
                    tests.append(test_part)
                    words.append(word)
                default = "is required when " + " and ".join(words)
                test = " and ".join(tests) + f" and {access(rule.fields[0])} is None"
        elif rule.kind == "require_when_not":
            assert rule.condition is not None
            given = access(rule.condition)
            shown = " or ".join(repr(v) for v in rule.excluded)
            default = f"is required when {python_name(rule.condition)} is given and is not {shown}"
            test = (
                f"{given} is not None and {given} not in {literal(rule.excluded)} and {access(rule.fields[0])} is None"
            )
        elif rule.kind == "one_of":
            default = "one of " + ", ".join(names) + " is required"
            test = " and ".join(f"{access(n)} is None" for n in rule.fields)
        else:
            default = "only one of " + ", ".join(names) + " may be given"
            test = "sum(v is not None for v in (" + ", ".join(access(n) for n in rule.fields) + ",)) > 1"
        return [f"if {test}:", "    " + _add(path_of(rule.fields[0]), rule.message or default)]

    @staticmethod
    def _holds(
        name: str,
        value: object,
        access: Callable[[str], str],
        python_name: Callable[[str], str],
        fields: dict[str, Field],
    ) -> tuple[str, str]:
        """The test that ``name`` equals ``value`` (its default counting; "contains" for lists)."""
        given = access(name)
        condition = fields.get(name)
        if condition is not None and condition.default is not None:
            given = f"({given} if {given} is not None else {literal(condition.default)})"
        if condition is not None and condition.type.args:
            return f"{literal(value)} in ({given} or ())", f"{python_name(name)} includes {value!r}"
        return f"{given} == {literal(value)}", f"{python_name(name)} is {value!r}"


def _at_least(count: int, noun: str) -> str:
    if count == 1:
        return "must not be empty"
    return f"must have at least {count} {noun}s"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def collect_patterns(spec: ApiSpec) -> list[tuple[str, str]]:
    """Every pattern the checks use, as sorted ``(constant, pattern)`` pairs."""
    found: set[str] = set()
    for fields in [op.params for op in spec.operations] + [m.fields for m in spec.models]:
        for f in fields:
            found.update(p for p in (f.constraints.pattern, f.constraints.item_pattern) if p)
    found.update(c.pattern for c in spec.provider.credentials if c.pattern)
    return sorted((regex_constant(p), anchored(p)) for p in found) + [(UNSENDABLE_TEXT, UNSENDABLE_PATTERN)]
