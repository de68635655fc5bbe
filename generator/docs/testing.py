"""What the "Testing your integration" page of each SDK shows: the fake's credentials and a call to make."""

from __future__ import annotations

from generator.ir import ApiSpec, Operation
from generator.render.pyliteral import literal


def fake_credentials(spec: ApiSpec) -> str:
    """The ``credentials=`` dict of a ``FakeCarrier``: wire names to the examples' made-up values.

    A credential without an example shows a ``"<python_name>"`` placeholder; one with a pattern has
    an example that matches it, so the client the page builds passes its own validation.
    """
    pairs = ", ".join(
        f"{literal(c.wire_name)}: {literal(c.example or f'<{c.python_name}>')}" for c in spec.provider.credentials
    )
    return "{" + pairs + "}"


def testing_operation(spec: ApiSpec) -> Operation:
    """The call the page makes: the first read-only operation with a result, fewest arguments first."""
    reads = [op for op in spec.operations if not op.mutates and op.result is not None]
    candidates = reads or list(spec.operations)
    return min(candidates, key=lambda op: (sum(p.required for p in op.params), spec.operations.index(op)))
