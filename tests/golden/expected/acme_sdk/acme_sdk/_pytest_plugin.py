"""The pytest plugin of acme_sdk (registered by the package's ``pytest11`` entry point).

It lives outside ``acme_sdk.testing`` so that pytest's start, which loads every installed
plugin, does not import the fake.

``fake_acme`` gives each test a fresh ``FakeCarrier`` and a ``Client`` wired to it::

    def test_my_provisioning(fake_acme):
        fake, client = fake_acme
        ...
        assert fake.calls()
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

import pytest

if TYPE_CHECKING:
    from .client import Client
    from .testing import FakeCarrier


class WiredFake(NamedTuple):
    """A fresh fake and a client wired to it."""

    fake: FakeCarrier
    client: Client


@pytest.fixture
def fake_acme() -> Iterator[WiredFake]:
    """A fresh fake Acme Numbers (seed 0) and a ``Client`` on it, closed after the test."""
    from .testing import FakeCarrier  # imported here, when a test asks for the fixture

    fake = FakeCarrier()
    with fake.client(max_retries=0) as client:
        yield WiredFake(fake, client)
