"""Every operation of every SDK, once, through its own client against its own ``testing.FakeCarrier``.

The table is each SDK's ``OPERATIONS`` (a new operation is covered the day it is added), the
arguments the spec's samples give. Each call must return a typed result through the SDK's strict
readers, or raise an ``ApiError`` with a code of the carrier's error tables; the fake must have
recorded it under the right operation. Voxbone's answers also validate against its XSD.
"""

from __future__ import annotations

import contextlib
import importlib
from functools import cache
from types import ModuleType
from typing import Any

import httpx
import pytest
import xmlschema
from lxml import etree

from . import cases

PACKAGES = ("iovox_sdk", "voicemeup_sdk", "voipms_sdk", "voxbone_sdk")


def operations(package: str) -> list[str]:
    module = importlib.import_module(f"{package}._operations")
    return sorted(info.python_name for info in module.OPERATIONS.values())


CASES = [(package, name) for package in PACKAGES for name in operations(package)]


@cache
def fake_and_client(package: str) -> tuple[Any, Any]:
    testing = importlib.import_module(f"{package}.testing")
    fake = testing.FakeCarrier(seed=3)
    return fake, fake.client(max_retries=0)


def documented_codes(package: str) -> set[str]:
    rows = importlib.import_module(f"{package}._operations").ERROR_ROWS
    return {row[0] for table in rows.values() for row in table}


@pytest.mark.parametrize(("package", "method"), CASES, ids=[f"{p.split('_')[0]}-{m}" for p, m in CASES])
def test_every_operation_answers_a_typed_result_or_a_documented_error(package: str, method: str) -> None:
    sdk: ModuleType = importlib.import_module(package)
    fake, client = fake_and_client(package)
    arguments = cases.example_calls(package)[method]
    before = len(fake.calls(method))
    try:
        result = getattr(client, method)(**arguments)
    except sdk.ApiError as exc:
        assert exc.code in documented_codes(package), f"{method}: undocumented {exc.code!r} ({exc})"
    else:
        info = next(
            i for i in importlib.import_module(f"{package}._operations").OPERATIONS.values() if i.python_name == method
        )
        assert result is not None or info.wire_name in _no_result(package)
    assert len(fake.calls(method)) == before + 1


@cache
def _no_result(package: str) -> frozenset[str]:
    return frozenset(op.wire_name for op in cases.specs()[package].operations if op.result is None)


# --- Voxbone: the fake's SOAP answers are what the XSD says ------------------------------------------


@cache
def _voxbone_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(cases.ROOT / "specs" / "voxbone" / "voxapi.xsd"))


def test_the_voxbone_fakes_answers_and_faults_validate_against_the_xsd() -> None:
    from voxbone_sdk.testing import FakeCarrier

    bodies: list[bytes] = []
    fake = FakeCarrier(seed=5)

    def keep(request: httpx.Request) -> httpx.Response:
        response = fake.handle(request)
        bodies.append(response.content)
        return response

    import voxbone_sdk

    calls = cases.example_calls("voxbone_sdk")
    with voxbone_sdk.Client(
        **fake.client_arguments(), http_client=httpx.Client(transport=httpx.MockTransport(keep))
    ) as client:
        client.place_dids_order(did_group_id=5167, quantity=1, allow_asynchronous=False)
        for method, arguments in calls.items():
            with contextlib.suppress(voxbone_sdk.ApiError):
                getattr(client, method)(**arguments)
    schema = _voxbone_schema()
    namespace = "{http://www.voxbone.com/VoxAPI}"
    faults = 0
    for body in bodies:
        payload = etree.fromstring(body)[0][0]
        if payload.tag.endswith("}Fault"):
            faults += 1
            detail = payload.find("detail")[0]
            assert detail.tag == namespace + "VoxAPIFault"
            schema.validate(etree.tostring(detail))
            continue
        schema.validate(etree.tostring(payload))
    assert len(bodies) == len(calls) + 1 and faults < len(bodies)
