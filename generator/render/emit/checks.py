"""Emit straight-line validation code for fields, parameters and rules.

Each function returns source lines (4-space indents, relative) that append ``(path, message)``
pairs to a list named ``problems``. Paths are Python expressions evaluated only on failure.
Values of strings are never echoed in messages: a string may be a password.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.ir import WIRE_INTEGER_RANGE, ApiSpec, Field, Rule, TypeRef
from generator.naming import checker_name, enum_values_name, pattern_name
from generator.render.pyliteral import literal


def anchored(pattern: str) -> str:
    """The spec's pattern with a final ``$`` made strict: Python's ``$`` also matches before a final newline."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        return pattern[:-1] + "\\Z"
    return pattern


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
        self._enums = {e.name for e in spec.enums}
        self._models = {m.name for m in spec.models}

    def field(self, field: Field, value: str, path: str) -> list[str]:
        """Check a field or parameter held in the expression ``value``."""
        type_ref = field.type
        if type_ref.name == "json":
            encoder = "php_serialize" if field.encoding == "php_serialize" else "json.dumps"
            return [f"check_encodable(problems, {value}, {path}, {encoder})"]
        if not type_ref.args and type_ref.name not in self._models:
            return [self._runtime_call("check_scalar", field, type_ref, value, path)]
        if type_ref.args and self._is_scalar(type_ref.args[0]):
            return [self._runtime_call("check_list", field, type_ref.args[0], value, path)]
        checks = (
            self._sequence(type_ref, field, value, path)
            if type_ref.args
            else self._record(type_ref, field, value, path)
        )
        if field.required:
            lines = [f"if {value} is None:", "    " + _fail(field, "required", path, "is required")]
            return lines + (["else:"] + _indent(checks) if checks else [])
        return [f"if {value} is not None:"] + _indent(checks) if checks else []

    def _is_scalar(self, type_ref: TypeRef) -> bool:
        """True for what the runtime's ``check_scalar`` checks: anything but records and free-form JSON."""
        return type_ref.name not in self._models and type_ref.name != "json"

    def _runtime_call(self, function: str, field: Field, kind: TypeRef, value: str, path: str) -> str:
        """One call to the runtime's ``check_scalar`` or ``check_list`` (whose items are of ``kind``).

        Most parameters are plain scalars or lists of them: one line each instead of a block of ifs.
        """
        limits = field.constraints
        args = [f"problems, {value}, {path}"]
        if kind.name in self._enums:
            args.append(f'"enum", allowed={enum_values_name(kind.name)}')
        else:
            args.append(literal(kind.name))
        if field.required:
            args.append("required=True")
        bounds: dict[str, float | None]
        if function == "check_list":
            bounds = {"min_items": limits.min_items, "max_items": limits.max_items}
            pattern = limits.item_pattern
        else:
            bounds = {"min_length": limits.min_length, "max_length": limits.max_length}
            # The wire integer's own range is the runtime's default: written out it would only be noise.
            low, high = WIRE_INTEGER_RANGE if kind.name == "integer" else (None, None)
            bounds |= {
                "minimum": None if limits.minimum == low else limits.minimum,
                "maximum": None if limits.maximum == high else limits.maximum,
            }
            pattern = limits.pattern
        args += [f"{key}={_number(bound)}" for key, bound in bounds.items() if bound is not None]
        if pattern is not None:
            args.append(f"pattern={pattern_name(pattern)}")
        if field.messages:
            args.append(f"messages={literal(dict(field.messages))}")
        return f"{function}({', '.join(args)})"

    @staticmethod
    def _record(type_ref: TypeRef, field: Field, value: str, path: str) -> list[str]:
        """Check a record with its own generated function (free-form JSON items need no check)."""
        name = type_ref.name
        if name == "json":
            return []
        return [
            f"if not isinstance({value}, {name}):",
            "    " + _fail(field, "type", path, f"must be a {name}"),
            "else:",
            f"    {checker_name(name)}({value}, {path}, problems)",
        ]

    def _sequence(self, type_ref: TypeRef, field: Field, value: str, path: str) -> list[str]:
        """A list of records (lists of scalars go to the runtime's ``check_list``)."""
        limits = field.constraints
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
        item_path = _item_path(path, "i1")
        item_lines = self._record(type_ref.args[0], field, "x1", item_path)
        body += [f"for i1, x1 in enumerate({value}):"]
        body += _indent(["if x1 is None:", "    " + _add(item_path, "must not be None"), "else:"])
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
        default = condition.default if condition is not None else None
        if condition is not None and condition.type.args:
            if default is not None:
                given = f"({given} if {given} is not None else {literal(default)})"
            return f"{literal(value)} in ({given} or ())", f"{python_name(name)} includes {value!r}"
        boolean = condition is not None and condition.type.name == "boolean" and isinstance(value, bool)
        # True and False are singletons: `is` says what is meant (and is what linters ask for).
        compare = f"{given} is {value}" if boolean else f"{given} == {literal(value)}"
        # An omitted argument takes its default, so the test holds for None exactly when the default does.
        if default is not None and default == value:
            compare = f"({given} is None or {compare})"
        return compare, f"{python_name(name)} is {value!r}"


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
    return sorted((pattern_name(p), anchored(p)) for p in found)
