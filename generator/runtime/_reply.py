"""What a successful enveloped answer gives: a ``Reply`` of the envelope's status, its messages and the payload.

Kept apart from ``_envelope`` (which reads answers): the records module names these types, and importing it
should not bring the readers, msgspec's helpers and the XML parser in with it.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from ._record import Value, init_field

_T = TypeVar("_T")


# Records, not dataclasses: ``@dataclass`` would compile their methods at every import.
class Message(Value):
    """A message of the carrier's envelope: an error, or a notice on success."""

    __slots__ = ("code", "text")
    __match_args__ = ("code", "text")

    code: str | None
    text: str

    def __init__(self, code: str | None, text: str) -> None:
        init_field(self, "code", code)
        init_field(self, "text", text)


class Reply(Value, Generic[_T]):
    """A successful answer: the envelope's status and messages, and the payload beside them.

    The payload is the same whichever output format (JSON or XML) the client asked for: the typed
    record the spec documents, or (where it documents none) the answer's tree as dicts, lists and
    strings.
    """

    __slots__ = ("status", "messages", "payload")  # noqa: RUF023 (in __init__'s order)
    __match_args__ = ("status", "messages", "payload")

    status: str
    messages: tuple[Message, ...]
    payload: _T

    def __init__(self, status: str, messages: tuple[Message, ...], payload: _T) -> None:
        init_field(self, "status", status)
        init_field(self, "messages", messages)
        init_field(self, "payload", payload)
