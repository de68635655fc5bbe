"""Argument checks, one straight-line function per record a caller passes in."""

from __future__ import annotations

import re
from typing import Final

from ._validation import Problems, check_scalar
from .models import (
    SequenceStep,
)

_RE_830D595766: Final = re.compile("^[0-9]{3}\\Z")
_RE_A0A1EE83A3: Final = re.compile("^[A-Za-z0-9*]{7}\\Z")
_RE_FBBB81AA72: Final = re.compile("^[0-9]{1,10}\\Z")


def check_sequence_step(value: SequenceStep, path: str, problems: Problems) -> None:
    """Append every problem of a SequenceStep to ``problems``."""
    check_scalar(problems, value.type, path + ".type", "string", required=True)
    check_scalar(problems, value.id, path + ".id", "string")
    check_scalar(problems, value.codes, path + ".codes", "string")
    check_scalar(problems, value.from_, path + ".from_", "string")
    check_scalar(problems, value.to, path + ".to", "string")
    check_scalar(problems, value.msg, path + ".msg", "string")
    if value.type == "rec" and value.id is None:
        problems.append((path + ".id", "is required when type is 'rec'"))
    if value.type == "dtmf" and value.codes is None:
        problems.append((path + ".codes", "is required when type is 'dtmf'"))
    if value.type == "sms" and value.from_ is None:
        problems.append((path + ".from_", "is required when type is 'sms'"))
    if value.type == "sms" and value.to is None:
        problems.append((path + ".to", "is required when type is 'sms'"))
    if value.type == "sms" and value.msg is None:
        problems.append((path + ".msg", "is required when type is 'sms'"))
