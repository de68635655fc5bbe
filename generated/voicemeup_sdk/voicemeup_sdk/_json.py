"""JSON readers, one straight-line function per record, and msgspec fast paths where they fit."""

from __future__ import annotations
