"""Where a list of fields lives in both versions, and how the two lists are paired up.

Method arguments, fields of records sent and fields of records read are all compared through a
``FieldScope``: it knows the IR path of the list on each side, how the SDK spells its owner, and
which operations it affects, and it makes every finding about one of the fields.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from generator.diff.model import Finding
from generator.diff.side import Pair
from generator.ir import Field
from generator.load import IrPath

FieldKind = Literal["param", "field"]


@dataclass(frozen=True, slots=True)
class FieldScope:
    """One list of fields in both versions: an operation's parameters or a record's fields.

    ``owner`` is how the SDK spells it: ``get_dids_info()`` (arguments) or ``models.Contact``.
    """

    pair: Pair
    kind: FieldKind
    base_path: IrPath
    revision_path: IrPath
    owner: str
    operations: tuple[str, ...]

    def name(self, field: Field) -> str:
        """``argument `client` of `get_dids_info()``` or ``field `email` of `models.Contact```."""
        what = "argument" if self.kind == "param" else "field"
        return f"{what} `{field.python_name}` of `{self.owner}`"

    def python(self, field: Field) -> str:
        """The SDK name of a field: ``get_dids_info(client=)`` or ``models.Contact.email``."""
        if self.kind == "param":
            return f"{self.owner[:-1]}{field.python_name}=)"
        return f"{self.owner}.{field.python_name}"

    def finding(
        self,
        check_id: str,
        base: Field | None,
        revision: Field | None,
        attribute: tuple[str, ...],
        message: str,
        action: str = "",
    ) -> Finding:
        """A finding about one field (or one of its attributes); a missing side is located at the list."""
        shown = revision or base
        assert shown is not None
        subject = (*self.revision_path, shown.wire_name, *attribute)
        return self.pair.finding(
            check_id,
            subject,
            message,
            action=action,
            operations=self.operations,
            python=self.python(shown),
            base_at=(*self.base_path, (base or shown).wire_name, *attribute),
        )


def pair_fields(
    base: Iterable[Field], revision: Iterable[Field]
) -> tuple[list[tuple[Field, Field]], list[Field], list[Field]]:
    """Fields paired by wire name, then the rest by Python name; and the unpaired of each side."""
    base_left = {f.wire_name: f for f in base}
    revision_left = {f.wire_name: f for f in revision}
    pairs = [(base_left.pop(name), revision_left.pop(name)) for name in list(base_left) if name in revision_left]
    by_python = {f.python_name: f for f in revision_left.values()}
    for name, old in list(base_left.items()):
        new = by_python.get(old.python_name)
        if new is not None and new.wire_name in revision_left:
            pairs.append((base_left.pop(name), revision_left.pop(new.wire_name)))
    return pairs, list(base_left.values()), list(revision_left.values())
