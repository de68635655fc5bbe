"""Suggestions for misspelt names in specs ("did you mean 'string'?")."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice ``word`` is most likely a misspelling of, if any is close enough."""
    options = sorted(set(choices))
    found = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not found:
        # Case slips ("Get" for "GET") are typos too.
        by_case = {option.lower(): option for option in options}
        found = difflib.get_close_matches(word.lower(), sorted(by_case), n=1, cutoff=0.6)
        found = [by_case[found[0]]] if found else []
    return found[0] if found else None


def did_you_mean(word: str, choices: Iterable[str], otherwise: str) -> str:
    """A fix hint: "did you mean 'x'?" when a choice is close to ``word``, else ``otherwise``."""
    match = closest(word, choices)
    return f"did you mean '{match}'?" if match is not None else otherwise
