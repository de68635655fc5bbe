"""Read YAML keeping the line and column of every value, so diagnostics can point at them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.ir import Diagnostic
from generator.load.yaml_events import DocPath, format_path, from_events
from generator.load.yaml_limits import MAX_BYTES, Refused, bad_character, not_utf8, oversize

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class YamlDocument:
    """A parsed YAML document and the position of each node in it."""

    file: str
    data: Any
    positions: dict[DocPath, tuple[int, int]]

    def locate(self, path: DocPath) -> tuple[int, int]:
        """The 1-based (line, column) of ``path``, or of its nearest located ancestor."""
        for end in range(len(path), -1, -1):
            found = self.positions.get(tuple(path[:end]))
            if found:
                return found
        return (1, 1)

    def diagnostic(self, path: DocPath, message: str, hint: str = "") -> Diagnostic:
        """A diagnostic pointing at ``path`` in this document."""
        line, column = self.locate(path)
        return Diagnostic(self.file, line, column, format_path(path), message, hint)


def read_yaml(path: Path, display: str) -> tuple[YamlDocument | None, list[Diagnostic]]:
    """Parse ``path``; on a syntax error, or a file past a limit of ``yaml_limits``, no document and one diagnostic."""
    text = ""
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_BYTES + 1)
        refused = oversize(raw)
        if refused is not None:
            raise refused
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise not_utf8(raw, exc) from None
        fast = from_events(_Loader(text), display)
        if fast is not None:
            return YamlDocument(display, fast[0], fast[1]), fast[2]
        return _from_nodes(_Loader(text), display)
    except OSError as exc:
        return None, [Diagnostic(display, 1, 1, "", f"cannot read the file: {exc}", "check the path")]
    except Refused as exc:
        return None, [Diagnostic(display, exc.line, exc.column, format_path(exc.path), exc.message, exc.hint)]
    except yaml.reader.ReaderError as exc:
        refused = bad_character(text, exc)
        return None, [Diagnostic(display, refused.line, refused.column, "", refused.message, refused.hint)]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = " ".join(filter(None, [exc.context, exc.problem]))
        fix = "correct the YAML syntax at this position"
        opened = exc.context_mark
        if exc.context and opened is not None and mark is not None and opened.line != mark.line:
            # The parser notices where it gives up, often the line after the mistake: say where it began.
            problem += f" (the construct began at line {opened.line + 1}, column {opened.column + 1})"
            fix = f"correct the YAML syntax between line {opened.line + 1} and here (an unclosed bracket or quote?)"
        return None, [Diagnostic(display, line, column, "", f"YAML syntax error: {problem}", fix)]
    except (ValueError, OverflowError) as exc:  # a value PyYAML's constructors cannot build
        return None, [Diagnostic(display, 1, 1, "", f"YAML value error: {exc}", "quote the value to make it text")]


def _from_nodes(loader: Any, display: str) -> tuple[YamlDocument, list[Diagnostic]]:
    """PyYAML's own composer and constructor, for the documents ``from_events`` leaves to it.

    ``from_events`` has already seen every event within the limits, so the node graph is small
    and has no cycles.
    """
    try:
        node = loader.get_single_node()
        try:
            data = loader.construct_document(node) if node is not None else None
        except (ValueError, TypeError, KeyError, OverflowError) as exc:  # !!float x, !!bool maybe
            raise _unreadable(loader, node, exc) from None
    finally:
        loader.dispose()
    positions: dict[DocPath, tuple[int, int]] = {}
    problems: list[Diagnostic] = []
    if node is not None:
        _walk(node, (), positions, problems, display)
    return YamlDocument(display, data, positions), problems


def _unreadable(loader: Any, root: yaml.Node, error: Exception) -> Refused:
    """A refusal at the first scalar whose tag's constructor fails, or at the document for ``error``."""
    pending, seen = [root], set()
    while pending:
        node = pending.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            construct = loader.yaml_constructors.get(node.tag)
            try:
                if construct is not None:
                    construct(loader, node)
            except (ValueError, TypeError, KeyError, OverflowError) as exc:
                tag = node.tag.rsplit(":", 1)[-1]
                return Refused.at(node.start_mark, f"{node.value!r} is not a {tag}: {exc}", "correct it, or its tag")
        elif isinstance(node, yaml.SequenceNode):
            pending.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            pending.extend(part for pair in reversed(node.value) for part in pair)
    return Refused.at(root.start_mark, f"a value cannot be read: {error}", "correct the value or its tag")


def _walk(
    node: yaml.Node, path: DocPath, positions: dict[DocPath, tuple[int, int]], problems: list[Diagnostic], file: str
) -> None:
    positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                line, column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                problems.append(
                    Diagnostic(
                        file,
                        line,
                        column,
                        format_path(path + (key,)),
                        f"duplicate key '{key}'",
                        "keep one entry per key; YAML keeps only the last one",
                    )
                )
            seen.add(key)
            _walk(value_node, path + (key,), positions, problems, file)
            positions[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, path + (index,), positions, problems, file)
