"""xsdata's dataclasses rewritten as ``Record`` classes: the same models, without ``@dataclass``'s work at import.

xsdata writes each XSD type as ``@dataclass(frozen=True, slots=True, kw_only=True)``, and
``dataclasses`` writes and compiles half a dozen methods per class when the module is imported
(about 0.7 ms a class: Voxbone's 49 cost 35 ms). Each such class becomes what the models template
writes for the other carriers (``runtime/_record.py``): a ``Record`` (a msgspec Struct) with the same
name, docstring, ``Meta``, fields, annotations and defaults, and each field's ``field(...)`` as xsdata
wrote it kept in ``__field_specs__``, from which
``dataclasses.fields()`` (and xsdata's ``XmlParser`` and ``XmlSerializer`` through it) get the
metadata, defaults and factories.

The rewrite works on xsdata's text (``ast`` only says where each piece is), so what it keeps reads as
xsdata wrote it. A class it does not know stays xsdata's dataclass: one with a base class or a
subclass, a decorator of other settings, a body holding more than a docstring, ``Meta`` and fields,
or a field a record could not hold as it is (``init=False``, a factory other than ``tuple``).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

#: The settings of the one decorator a rewritten class had (``Record`` is frozen, slotted, keyword-only).
_SETTINGS = {"frozen": True, "slots": True, "kw_only": True}
_IMPORTS = "from ._record import Record\n"
#: Expressions that close their own brackets, so they may span lines wherever they are put.
_BRACKETED = (ast.Call, ast.Subscript, ast.Dict, ast.List, ast.Set, ast.Tuple)


@dataclass(frozen=True, slots=True)
class _Field:
    """One field of a rewritten class, as source text."""

    name: str
    annotation: str
    #: The record's default (``()`` for ``default_factory=tuple``); None for a required field.
    default: str | None
    #: The ``field(...)`` call xsdata wrote.
    spec: str


def records_from_xsdata(source: str) -> str:
    """xsdata's module ``source`` with every frozen dataclass it can be written as a ``Record``."""
    tree = ast.parse(source)
    text = _Source(source)
    lines = text.lines
    derived = {
        base.id
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        for base in node.bases
        if isinstance(base, ast.Name)
    }
    rewritten: dict[int, tuple[int, str]] = {}  # first line (0-based) -> (line after, new text)
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name not in derived and _is_plain_dataclass(node):
            fields = _fields(node, text)
            if fields is not None:
                rewritten[node.decorator_list[0].lineno - 1] = (
                    node.end_lineno or node.lineno,
                    _record(node, fields, lines),
                )
    if not rewritten:
        return source
    imports_end = _imports_end(tree)
    out: list[str] = []
    index = 0
    while index < len(lines):
        if index == imports_end:
            out.append(_IMPORTS)  # the formatter sorts it among the others
        if index in rewritten:
            index, record = rewritten[index]
            out.append(record)
            continue
        out.append(lines[index])
        index += 1
    return "".join(out)


def _is_plain_dataclass(node: ast.ClassDef) -> bool:
    """Whether ``node`` derives from nothing and has one decorator, ``dataclass`` with just ``_SETTINGS``."""
    if len(node.decorator_list) != 1 or node.bases or node.keywords:
        return False
    decorator = node.decorator_list[0]
    if not (isinstance(decorator, ast.Call) and _is_name(decorator.func, "dataclass") and not decorator.args):
        return False
    settings = {k.arg: k.value.value if isinstance(k.value, ast.Constant) else k.value for k in decorator.keywords}
    return settings == _SETTINGS


def _fields(node: ast.ClassDef, source: _Source) -> tuple[_Field, ...] | None:
    """The fields of the class ``node``; None if its body holds anything but a docstring, ``Meta`` and fields."""
    fields = []
    for statement in node.body:
        if _is_docstring(statement) or isinstance(statement, ast.Pass) or _is_meta(statement):
            continue
        field = _field(statement, source)
        if field is None:
            return None
        fields.append(field)
    return tuple(fields)


def _field(statement: ast.stmt, source: _Source) -> _Field | None:
    """``name: T = field(...)`` as a field a ``Record`` holds as it is; None for any other statement."""
    if not (
        isinstance(statement, ast.AnnAssign)
        and isinstance(statement.target, ast.Name)
        and isinstance(statement.value, ast.Call)
        and _is_name(statement.value.func, "field")
        and not statement.value.args
    ):
        return None
    options = {keyword.arg: keyword.value for keyword in statement.value.keywords}
    if not options.keys() <= {"default", "default_factory", "metadata"}:
        return None  # init=False (a fixed value), or **options
    if "default_factory" in options:
        if not _is_name(options["default_factory"], "tuple") or "default" in options:
            return None  # a mutable or computed default: records could not share one value
        default: str | None = "()"
    else:
        default = _text(options["default"], source) if "default" in options else None
    annotation = _text(statement.annotation, source)
    return _Field(statement.target.id, annotation, default, _text(statement.value, source))


def _record(node: ast.ClassDef, fields: tuple[_Field, ...], lines: list[str]) -> str:
    """The ``Record`` class for the dataclass ``node``: its docstring and ``Meta`` as they are, then the rest."""
    kept = [s for s in node.body if _is_docstring(s) or _is_meta(s)]
    out = [f"class {node.name}(Record, kw_only=True):\n"]
    out.extend(line for s in kept for line in lines[s.lineno - 1 : s.end_lineno])
    if fields:
        out.append("\n    __field_specs__ = {\n")
        out.extend(f'        "{f.name}": {f.spec},\n' for f in fields)
        out.append("    }\n\n")
        out.extend(f"    {f.name}: {f.annotation}{'' if f.default is None else ' = ' + f.default}\n" for f in fields)
    elif not kept:
        out.append("    pass\n")
    return "".join(out)


def _imports_end(tree: ast.Module) -> int:
    """The line (0-based) after the imports that open the module."""
    end = 0
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            end = node.end_lineno or node.lineno
        elif not _is_docstring(node):
            break
    return end


class _Source:
    """A module's lines as the parser counts them, and the text of a node from them.

    ``ast.get_source_segment`` splits the whole source again on every call: quadratic over a
    module of many fields (seconds for Voxbone's).
    """

    def __init__(self, source: str) -> None:
        # Lines end as the tokenizer ends them (\r\n, \n, \r), not at str.splitlines' other breaks.
        self.lines = re.findall(r"[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$", source)
        self._encoded: list[bytes] | None = None

    def segment(self, node: ast.expr) -> str:
        """The text of ``node`` (its offsets count UTF-8 bytes)."""
        if self._encoded is None:
            self._encoded = [line.encode("utf-8") for line in self.lines]
        first, last = node.lineno - 1, (node.end_lineno or node.lineno) - 1
        start, end = node.col_offset, node.end_col_offset
        if first == last:
            return self._encoded[first][start:end].decode("utf-8")
        middle = self._encoded[first + 1 : last]
        return b"".join([self._encoded[first][start:], *middle, self._encoded[last][:end]]).decode("utf-8")


def _text(node: ast.expr, source: _Source) -> str:
    """The source of the expression ``node``, in parentheses if it spans lines without brackets of its own."""
    text = source.segment(node)
    return text if "\n" not in text or isinstance(node, _BRACKETED) else f"({text})"


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


def _is_meta(node: ast.stmt) -> bool:
    """xsdata's ``class Meta``: plain settings (its name, namespace...) that ``Record`` keeps as they are."""
    return (
        isinstance(node, ast.ClassDef)
        and node.name == "Meta"
        and not (node.bases or node.keywords or node.decorator_list)
        and all(isinstance(s, ast.Assign | ast.Pass) or _is_docstring(s) for s in node.body)
    )


def _is_name(node: ast.expr, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name
