"""What a spec may be, so that no file can make the loader slow, huge or crash.

A spec is hand-written text: the largest (voipms.yaml) is 0.3 MB and about 23,000 values, none
nests more than seven levels, and the only aliases in any spec repeat one error table five times. The limits leave room
for specs several times that size while keeping the worst file the loader accepts to about a
second and 100 MB through libyaml (two seconds when tags or merge keys send it to PyYAML's slower
composer), and any file it refuses to a fraction of that. Each refusal names the place in the file
and what to change.

``guarded_events`` checks the parser's events as they come, before anything is built from them,
so both readers (``yaml_events`` and PyYAML's composer) only ever see documents within bounds.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

import yaml

#: The largest spec file read, in bytes.
MAX_BYTES: Final = 2 * 1024 * 1024
#: The most values (scalars, keys, lists and mappings, aliases counted as what they repeat).
MAX_NODES: Final = 100_000
#: The deepest nesting of lists and mappings.
MAX_DEPTH: Final = 32
#: The most values all aliases together may repeat.
MAX_ALIASED: Final = 10_000
#: The most digits an integer may have.
MAX_INT_DIGITS: Final = 20

_INT = "tag:yaml.org,2002:int"
_RESOLVERS = yaml.resolver.Resolver.yaml_implicit_resolvers
_STARTS = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_ENDS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
_SCALAR_ALIAS = (yaml.ScalarEvent, yaml.AliasEvent)


class Refused(Exception):
    """A document the loader will not read: where (1-based line and column), why, and the fix."""

    def __init__(self, line: int, column: int, message: str, hint: str) -> None:
        super().__init__(message)
        self.line, self.column, self.message, self.hint = line, column, message, hint
        self.path: tuple[str | int, ...] = ()  # filled in by a reader that knows where it was

    @classmethod
    def at(cls, mark: Any, message: str, hint: str) -> Refused:
        """A refusal at a parser mark."""
        return cls(mark.line + 1, mark.column + 1, message, hint)


def guarded_events(loader: Any) -> Iterator[Any]:
    """The loader's events, raising Refused at the first one past a limit."""
    count = aliased = 0
    open_anchors: list[tuple[str | None, int]] = []  # each open collection's anchor and count at its start
    sizes: dict[str, int] = {}  # values under each complete anchor
    check_event, get_event, scalar_event, alias_event = loader.check_event, loader.get_event, *_SCALAR_ALIAS
    while check_event():
        event = get_event()
        kind = type(event)
        if kind is scalar_event:
            count += 1
            if len(event.value) > MAX_INT_DIGITS:
                check_integer(event)
            if event.anchor is not None:
                sizes[event.anchor] = 1
            if count <= MAX_NODES:
                yield event
                continue
        if kind in _STARTS:
            count += 1
            if len(open_anchors) >= MAX_DEPTH:
                raise Refused.at(
                    event.start_mark,
                    f"lists and mappings nest more than {MAX_DEPTH} levels deep here",
                    "flatten the structure; a spec needs a handful of levels",
                )
            open_anchors.append((event.anchor, count))
        elif kind in _ENDS:
            anchor, start = open_anchors.pop()
            if anchor is not None:
                sizes[anchor] = count - start + 1
        elif kind is alias_event:
            size = _alias_size(event, sizes, open_anchors)
            count += size
            aliased += size
            if aliased > MAX_ALIASED:
                raise Refused.at(
                    event.start_mark,
                    f"aliases repeat more than {MAX_ALIASED:,} values in all (an alias bomb?)",
                    "repeat fewer or smaller nodes with aliases; write the values out instead",
                )
        elif kind is yaml.DocumentStartEvent:
            sizes.clear()  # anchors belong to one document
        if count > MAX_NODES:
            raise Refused.at(
                event.start_mark,
                f"the document holds more than {MAX_NODES:,} values by this point",
                "split the spec or trim it; the largest carrier spec has about 23,000",
            )
        yield event


def _alias_size(event: Any, sizes: dict[str, int], open_anchors: list[tuple[str | None, int]]) -> int:
    """How many values an alias repeats (0 for an unknown anchor, which the reader reports)."""
    size = sizes.get(event.anchor)
    if size is not None:
        return size
    if any(anchor == event.anchor for anchor, _ in open_anchors):
        raise Refused.at(
            event.start_mark,
            f"the alias *{event.anchor} is inside the node &{event.anchor} it repeats (a cycle)",
            "an alias may only repeat a node that ends before it; write the value out instead",
        )
    return 0


def check_integer(event: Any) -> None:
    """Refuse an integer scalar of more than MAX_INT_DIGITS digits, before anything converts it."""
    value: str = event.value
    if event.tag == _INT and not event.implicit[0]:
        pass  # an explicit !!int
    elif event.style or not event.implicit[0] or not _resolves_to_int(value):
        return
    digits = value.lstrip("+-").replace("_", "").replace(":", "")
    if digits[:2].lower() in ("0x", "0o", "0b"):
        digits = digits[2:]
    if len(digits) > MAX_INT_DIGITS:
        raise Refused.at(
            event.start_mark,
            f"an integer of {len(digits):,} digits (at most {MAX_INT_DIGITS} are read)",
            "quote it to keep it as text, or write a smaller number",
        )


def _resolves_to_int(value: str) -> bool:
    for tag, regexp in _RESOLVERS.get(value[:1], ()):
        if regexp.match(value):
            return bool(tag == _INT)
    return False


def oversize(raw: bytes) -> Refused | None:
    """A refusal located where ``raw`` (the file's first MAX_BYTES + 1 bytes) passes MAX_BYTES."""
    if len(raw) <= MAX_BYTES:
        return None
    line_start = raw.rfind(b"\n", 0, MAX_BYTES) + 1
    column = len(raw[line_start:MAX_BYTES].decode("utf-8", "replace")) + 1
    return Refused(
        raw.count(b"\n", 0, MAX_BYTES) + 1,
        column,
        f"the file is larger than {MAX_BYTES // (1024 * 1024)} MiB; it is read no further than here",
        "split the spec or trim it; the largest carrier spec is 0.3 MB",
    )


def not_utf8(raw: bytes, error: UnicodeDecodeError) -> Refused:
    """A refusal located at the first byte that is not UTF-8."""
    line_start = raw.rfind(b"\n", 0, error.start) + 1
    column = len(raw[line_start : error.start].decode("utf-8", "replace")) + 1
    return Refused(
        raw.count(b"\n", 0, error.start) + 1,
        column,
        f"the file is not UTF-8: byte 0x{raw[error.start]:02x} here cannot be read ({error.reason})",
        "save the file as UTF-8",
    )


def bad_character(text: str, error: yaml.reader.ReaderError) -> Refused:
    """A refusal located at the character PyYAML's reader refused (a NUL, another control character)."""
    character = error.character if isinstance(error.character, int) else ord(str(error.character)[:1] or "\0")
    offset = max(text.find(chr(character)), 0)
    line_start = text.rfind("\n", 0, offset) + 1
    return Refused(
        text.count("\n", 0, offset) + 1,
        offset - line_start + 1,
        f"the character U+{character:04X} is not allowed in YAML ({error.reason})",
        'delete it; write a control character as an escape such as "\\x07" inside double quotes',
    )
