"""Build a YAML document and the position of every value straight from the parser's events.

One pass over the events is about 1.5x faster than composing PyYAML's node graph, constructing
it and walking it again for positions. Plain scalars are resolved by PyYAML's own rules and
constructors, so the data is what ``yaml.safe_load`` gives. The rare documents this does not
handle (explicit tags, merge keys, non-scalar keys, several documents) return None, and the
caller reads them the slow way. Either way the events pass ``yaml_limits.guarded_events`` first.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

from generator.ir import Diagnostic
from generator.load.yaml_limits import Refused, guarded_events

DocPath = tuple[str | int, ...]
Positions = dict[DocPath, tuple[int, int]]

_STR = "tag:yaml.org,2002:str"
_RESOLVERS = yaml.resolver.Resolver.yaml_implicit_resolvers
_CONSTRUCTOR = yaml.SafeLoader("")
_UNHANDLED = frozenset({"tag:yaml.org,2002:merge", "tag:yaml.org,2002:value", "tag:yaml.org,2002:yaml"})
_SKIPPED = (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)
_NO_KEY = object()


class _Unhandled(Exception):
    """The document needs PyYAML's full composer."""


def _scalar(event: Any) -> Any:
    if event.tag is not None:
        raise _Unhandled  # an explicit tag, even "!": PyYAML's own rules decide what it means
    value: str = event.value
    if event.style or not event.implicit[0]:  # quoted, literal or folded (a plain scalar's style is "" or None)
        return value
    for tag, regexp in _RESOLVERS.get(value[:1], ()):
        if regexp.match(value):
            if tag == _STR:
                return value
            if tag in _UNHANDLED:
                raise _Unhandled
            node = yaml.ScalarNode(tag, value, event.start_mark, event.end_mark)
            try:
                return _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, node)
            except (ValueError, OverflowError) as exc:  # 2024-13-45 looks like a date but is none
                kind = tag.rsplit(":", 1)[-1]
                raise Refused.at(
                    event.start_mark, f"{value!r} reads as a {kind} but is not one: {exc}", "correct it, or quote it"
                ) from None
    return value


def from_events(loader: Any, file: str) -> tuple[Any, Positions, list[Diagnostic]] | None:
    """The document, its positions and duplicate-key problems; None when it needs PyYAML's composer.

    Positions follow PyYAML's node walk: a mapping entry is located at its key, a sequence item
    at the item, and an alias repeats its anchor's positions under its own path. A document past
    a limit of ``yaml_limits`` raises Refused, with the path to where it was refused.
    """
    events = guarded_events(loader)
    try:
        return _build(events, file)
    except _Unhandled:
        for _ in events:  # the composer will read the rest: it has to keep within the limits too
            pass
        return None
    finally:
        loader.dispose()


class _Frame:
    """A mapping or sequence being built: where it is, and (a mapping) the key waiting for its value."""

    __slots__ = ("anchor", "container", "key", "key_at", "key_text", "log_start", "path", "seen")

    def __init__(self, container: dict[Any, Any] | list[Any], path: DocPath, anchor: str | None, log_start: int):
        self.container = container
        self.path = path
        self.anchor = anchor
        self.log_start = log_start
        self.key: Any = _NO_KEY
        self.key_text = ""  # the key as written: paths and duplicates go by it, as PyYAML's node walk does
        self.key_at = (1, 1)
        self.seen: set[str] = set()

    def child_path(self) -> DocPath:
        if isinstance(self.container, list):
            return (*self.path, len(self.container))
        return (*self.path, self.key_text)


def _build(events: Iterator[Any], file: str) -> tuple[Any, Positions, list[Diagnostic]]:
    stack: list[_Frame] = []
    try:
        return _build_on(events, file, stack)
    except Refused as refused:
        refused.path = _path_at(stack)
        raise


def _path_at(stack: list[_Frame]) -> DocPath:
    """Where the next value goes: the open container's path, and its pending key or next index."""
    if not stack:
        return ()
    frame = stack[-1]
    if isinstance(frame.container, dict) and frame.key is _NO_KEY:
        return frame.path
    return frame.child_path()


def _build_on(events: Iterator[Any], file: str, stack: list[_Frame]) -> tuple[Any, Positions, list[Diagnostic]]:
    positions: Positions = {}
    log: list[tuple[DocPath, tuple[int, int]]] = []  # every position in order, for anchors to replay
    anchors: dict[str, tuple[Any, DocPath, list[tuple[DocPath, tuple[int, int]]]]] = {}
    problems: list[Diagnostic] = []
    documents = 0
    root: Any = None

    def record(path: DocPath, where: tuple[int, int]) -> None:
        positions[path] = where
        log.append((path, where))

    for event in events:
        kind = type(event)
        if kind in _SKIPPED:
            continue
        if kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _Unhandled  # PyYAML says "expected a single document"
            continue
        frame = stack[-1] if stack else None
        if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            done = stack.pop()
            if done.anchor is not None:
                anchors[done.anchor] = (done.container, done.path, log[done.log_start :])
            value: Any = done.container
        else:
            mark = event.start_mark
            where = (mark.line + 1, mark.column + 1)
            if frame is not None and frame.key is _NO_KEY and isinstance(frame.container, dict):
                _take_key(frame, event, where, file, problems)
                continue
            path = frame.child_path() if frame is not None else ()
            if kind is yaml.AliasEvent:
                if event.anchor not in anchors:
                    raise _Unhandled  # PyYAML reports the unknown anchor
                value, anchored_at, entries = anchors[event.anchor]
                for inner, at in entries:
                    record(path + inner[len(anchored_at) :], at)
            elif kind is yaml.ScalarEvent:
                record(path, where)
                value = _scalar(event)
                if event.anchor is not None:
                    anchors[event.anchor] = (value, path, log[-1:])
            else:
                if event.tag is not None and not event.implicit:
                    raise _Unhandled  # an explicit tag on a collection
                record(path, where)
                container: dict[Any, Any] | list[Any] = {} if kind is yaml.MappingStartEvent else []
                stack.append(_Frame(container, path, event.anchor, len(log) - 1))
                continue
        if not stack:
            root = value
            continue
        parent = stack[-1]
        if isinstance(parent.container, list):
            parent.container.append(value)
        else:
            parent.container[parent.key] = value
            record((*parent.path, parent.key_text), parent.key_at)
            parent.key = _NO_KEY
    return root, positions, problems


def _take_key(frame: _Frame, event: Any, where: tuple[int, int], file: str, problems: list[Diagnostic]) -> None:
    """A mapping's next key: a plain scalar, or the document is left to PyYAML."""
    if type(event) is not yaml.ScalarEvent or event.anchor is not None:
        raise _Unhandled  # a key that is a collection, an alias or anchored
    key = _scalar(event)
    text = event.value
    if text in frame.seen:
        message, hint = f"duplicate key '{text}'", "keep one entry per key; YAML keeps only the last one"
        problems.append(Diagnostic(file, *where, format_path((*frame.path, text)), message, hint))
    frame.seen.add(text)
    # A key YAML reads as something other than text (7, on) is located where the data has it: the
    # schema check's diagnostic for it names str(key).
    frame.key, frame.key_text, frame.key_at = key, text if isinstance(key, str) else str(key), where


def format_path(path: DocPath) -> str:
    """``("operations", "x", "params", 2)`` -> ``operations.x.params[2]``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
