"""Argument checks, one straight-line function per record a caller passes in."""

from __future__ import annotations

import re
from typing import Final

_RE_830D595766: Final = re.compile("^[0-9]{3}\\Z")
_RE_A0A1EE83A3: Final = re.compile("^[A-Za-z0-9*]{7}\\Z")
_RE_FBBB81AA72: Final = re.compile("^[0-9]{1,10}\\Z")
