"""The state model of the Acme Numbers fake: none is written for this carrier.

Every operation answers a sampled result; add ``specs/fakes/acme.py`` to say
how state moves.
"""

from __future__ import annotations

from .._fake_state import State


class CarrierState(State):
    """No state: every answer is sampled from the spec."""
