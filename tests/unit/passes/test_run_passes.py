"""run_passes: every pass, in order, idempotent."""

from __future__ import annotations

from dataclasses import replace

from generator.ir import TypeRef
from generator.passes import run_passes
from tests import factories as f


def test_run_passes_applies_every_pass() -> None:
    spec = f.spec(f.operation("getThing", replace(f.field("CountryID", "integer"), python_name="")))
    done = run_passes(spec)
    param = done.operations[0].params[0]
    assert (param.python_name, param.type) == ("country_id", TypeRef("integer", nullable=True))
    assert run_passes(replace(done)) == done  # idempotent
