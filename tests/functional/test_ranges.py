"""Declared ranges are enforced before anything is sent: the spec's own bounds and the wire type's.

Every integer argument of every SDK is tried one past each of its bounds; the call must raise a
ValidationError naming that argument, and the transport must see nothing.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.functional.cases import example_calls, specs
from tests.functional.conftest import SDKS, VOXBONE, SdkCase


def _bounded() -> list[Any]:
    cases = []
    for sdk in SDKS:
        spec = specs()[sdk.name]
        for op in spec.operations:
            for param in op.params:
                if param.type.name != "integer":
                    continue
                bounds = param.constraints.minimum, param.constraints.maximum
                for side, bound, step in (("below", bounds[0], -1), ("above", bounds[1], 1)):
                    if bound is not None:
                        value = int(bound) + step
                        ids = f"{sdk.name}-{op.python_name}-{param.python_name}-{side}"
                        cases.append(pytest.param(sdk, op.python_name, param.python_name, value, id=ids))
    return cases


BOUNDED = _bounded()


@pytest.fixture
def sent() -> list[httpx.Request]:
    return []


@pytest.fixture
def client_of(sent: list[httpx.Request]):
    """A sync client of an SDK whose transport records every request it is handed."""
    opened: list[httpx.Client] = []

    def make(sdk: SdkCase) -> Any:
        opened.append(httpx.Client(transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(500))))
        return sdk.package.Client(http_client=opened[-1], **sdk.credentials)

    yield make
    for http in opened:
        http.close()


@pytest.mark.parametrize(("sdk", "method", "argument", "value"), BOUNDED)
def test_a_value_past_a_declared_bound_is_refused_before_sending(
    client_of: Any, sent: list[httpx.Request], sdk: SdkCase, method: str, argument: str, value: int
) -> None:
    arguments = {**example_calls(sdk.name)[method], argument: value}
    with pytest.raises(sdk.package.ValidationError) as caught:
        getattr(client_of(sdk), method)(**arguments)
    # Giving the argument can bring a rule into play too (``folder`` when ``message_num`` is given).
    assert [error.path for error in caught.value.errors if error.path == argument] == [argument]
    assert sent == []


@pytest.mark.parametrize(
    ("sdk", "method", "argument"),
    [(VOXBONE, "place_dids_order", "quantity"), (VOXBONE, "purchase_tollfree_credit", "quantity")],
    ids=["voxbone-place_dids_order", "voxbone-purchase_tollfree_credit"],
)
def test_an_xsd_int_takes_no_more_than_32_bits(
    client_of: Any, sent: list[httpx.Request], sdk: SdkCase, method: str, argument: str
) -> None:
    with pytest.raises(sdk.package.ValidationError) as caught:
        getattr(client_of(sdk), method)(**{**example_calls(sdk.name)[method], argument: 10**30})
    assert [error.path for error in caught.value.errors] == [argument]
    assert sent == []
