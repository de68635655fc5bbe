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
    if event.tag is not None and event.tag != "!" and not event.implicit[0]:
        raise _Unhandled
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


def _build(events: Iterator[Any], file: str) -> tuple[Any, Positions, list[Diagnostic]]:
    stack: list[list[Any]] = []
    try:
        return _build_on(events, file, stack)
    except Refused as refused:
        refused.path = _path_at(stack)
        raise


def _path_at(stack: list[list[Any]]) -> DocPath:
    """Where the next value goes: the open container's path, and its pending key or next index."""
    if not stack:
        return ()
    frame = stack[-1]
    if type(frame[0]) is list:
        return (*frame[1], len(frame[0]))
    return frame[1] if frame[4] is _NO_KEY else (*frame[1], str(frame[4]))


def _build_on(events: Iterator[Any], file: str, stack: list[list[Any]]) -> tuple[Any, Positions, list[Diagnostic]]:
    positions: Positions = {}
    log: list[tuple[DocPath, tuple[int, int]]] = []  # every position in order, for anchors to replay
    anchors: dict[str, tuple[Any, DocPath, list[tuple[DocPath, tuple[int, int]]]]] = {}
    problems: list[Diagnostic] = []
    # A frame of ``stack``: [container, path, anchor, log start, pending key, key position, keys seen].
    documents = 0
    root: Any = None
    scalar_event, alias_event = yaml.ScalarEvent, yaml.AliasEvent
    ends = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    for event in events:
        kind = type(event)
        if kind in _SKIPPED:
            continue
        if kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _Unhandled  # PyYAML says "expected a single document"
            continue
        if kind in ends:
            done = stack.pop()
            if done[2] is not None:
                anchors[done[2]] = (done[0], done[1], log[done[3] :])
            value = done[0]
        else:
            mark = event.start_mark
            where = (mark.line + 1, mark.column + 1)
            frame = stack[-1] if stack else None
            if frame is not None and type(frame[0]) is dict and frame[4] is _NO_KEY:
                if kind is not scalar_event or event.anchor is not None:
                    raise _Unhandled  # a key that is not a plain scalar
                key = _scalar(event)
                if isinstance(key, (list, dict)):
                    raise _Unhandled
                text = str(key)
                if text in frame[6]:
                    hint = "keep one entry per key; YAML keeps only the last one"
                    problems.append(
                        Diagnostic(
                            file, where[0], where[1], format_path((*frame[1], text)), f"duplicate key '{key}'", hint
                        )
                    )
                frame[6].add(text)
                frame[4], frame[5] = key, where
                continue
            if frame is None:
                path: DocPath = ()
            elif type(frame[0]) is list:
                path = (*frame[1], len(frame[0]))
            else:
                path = (*frame[1], str(frame[4]))
            if kind is alias_event:
                if event.anchor not in anchors:
                    raise _Unhandled  # PyYAML reports the unknown anchor
                value, anchored_at, entries = anchors[event.anchor]
                depth = len(anchored_at)
                for inner, at in entries:
                    moved = path + inner[depth:]
                    positions[moved] = at
                    log.append((moved, at))
            else:
                positions[path] = where
                log.append((path, where))
                if kind is scalar_event:
                    value = _scalar(event)
                    if event.anchor is not None:
                        anchors[event.anchor] = (value, path, log[-1:])
                else:
                    if event.tag is not None and not event.implicit:
                        raise _Unhandled  # an explicit tag on a collection
                    container: dict[Any, Any] | list[Any] = {} if kind is yaml.MappingStartEvent else []
                    stack.append([container, path, event.anchor, len(log) - 1, _NO_KEY, where, set()])
                    continue
        if not stack:
            root = value
            continue
        parent = stack[-1]
        if type(parent[0]) is list:
            parent[0].append(value)
        else:
            key = parent[4]
            parent[0][key] = value
            entry = (*parent[1], str(key))
            positions[entry] = parent[5]
            log.append((entry, parent[5]))
            parent[4] = _NO_KEY
    return root, positions, problems


def format_path(path: DocPath) -> str:
    """``("operations", "x", "params", 2)`` -> ``operations.x.params[2]``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
