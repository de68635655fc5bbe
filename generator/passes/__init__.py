"""Stage 2, passes: small pure functions ``ApiSpec -> ApiSpec`` that compute every derived fact once.

After ``run_passes`` the IR carries each Python name, which parameters are nullable, the class of
every error code, what each method returns and how it pages, and what each record is used for;
the renderers only read these.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.ir import ApiSpec
from generator.passes.errors import assign_error_classes, assign_error_families
from generator.passes.models import assign_model_roles, order_models
from generator.passes.names import assign_python_names
from generator.passes.optional import mark_optional_fields
from generator.passes.results import assign_results
from generator.passes.rpc import assign_rpc_types

__all__ = ["PASSES", "run_passes"]

#: Every pass, in the order they run (later passes read what earlier ones set).
PASSES: tuple[Callable[[ApiSpec], ApiSpec], ...] = (
    assign_python_names,
    mark_optional_fields,
    assign_rpc_types,
    assign_error_classes,
    assign_error_families,
    assign_results,
    assign_model_roles,
    order_models,
)


def run_passes(spec: ApiSpec) -> ApiSpec:
    """Apply every pass in order."""
    for apply in PASSES:
        spec = apply(spec)
    return spec
