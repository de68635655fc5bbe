"""Every operation of every SDK, once, through its own client against its own ``testing.FakeCarrier``.

The table is each row of ``SDKS`` (VoIP.ms twice: REST and SOAP) times its SDK's ``OPERATIONS`` (a
new operation is covered the day it is added), the arguments the spec's samples give. Each call must
return a typed result through the SDK's strict readers, or raise an ``ApiError`` with a code of the
carrier's error tables; the fake must have recorded it under the right operation. Over SOAP, a
REST-only operation is refused by the client before anything reaches the fake. Voxbone's answers
also validate against its XSD.
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
from .conftest import SDKS, SdkCase


def operations(package: str) -> list[str]:
    module = importlib.import_module(f"{package}._operations")
    return sorted(info.python_name for info in module.OPERATIONS.values())


CASES = [(case, name) for case in SDKS for name in operations(case.name)]


@cache
def fake_and_client(case_id: str) -> tuple[Any, Any]:
    case = next(c for c in SDKS if c.id == case_id)
    testing = importlib.import_module(f"{case.name}.testing")
    fake = testing.FakeCarrier(seed=3)
    return fake, fake.client(max_retries=0, **case.transport_options)


def documented_codes(package: str) -> set[str]:
    rows = importlib.import_module(f"{package}._operations").ERROR_ROWS
    return {row[0] for table in rows.values() for row in table}


@pytest.mark.parametrize(
    ("case", "method"), CASES, ids=[f"{c.id.replace('_sdk', '').split('_')[0]}-{m}" for c, m in CASES]
)
def test_every_operation_answers_a_typed_result_or_a_documented_error(case: SdkCase, method: str) -> None:
    package = case.name
    sdk: ModuleType = importlib.import_module(package)
    fake, client = fake_and_client(case.id)
    # A SOAP row's calls: the bound operations, without the optional arguments only REST can carry.
    arguments = (case.calls if case.rpc else cases.example_calls(package)).get(method)
    before = len(fake.calls(method))
    if arguments is None:
        with pytest.raises(sdk.ValidationError, match="REST-only"):
            getattr(client, method)(**cases.example_calls(package)[method])
        assert len(fake.calls(method)) == before
        return
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
