"""zeep, loading VoIP.ms's own WSDL (``../shared/refs/voipms/server.wsdl``), drives ``voipms_sdk.testing.FakeCarrier``.

Users may point other SOAP clients at the fake. For every operation the SDK sends over SOAP, zeep
sends the same values (its untyped envelope, over real HTTP to ``fake.serve()``) to a second fake
with the same seed: the fake must read the same typed arguments and answer the same bytes as it
answers the SDK. Skips without ``../shared``.
"""

from __future__ import annotations

import contextlib
from decimal import Decimal
from typing import Any

import httpx
import pytest

from tests.conformance.test_voipms_soap import XSI_TYPE, zeep_client  # noqa: F401 (zeep_client: a fixture)
from tests.functional.conftest import VOIPMS_SOAP

etree = pytest.importorskip("lxml.etree")

#: The WSDL's binding, for a zeep service at the fake's address.
BINDING = "{https://voip.ms/api/wsdl}VoIPms_Binding"


def _values(zeep: Any, wsdl: Any, wire: str, request: httpx.Request) -> dict[str, Any]:
    """The arguments of an SDK request as zeep takes them (typed by their ``xsi:type``; the rest skipped)."""
    input_type = wsdl.get_type(f"{{https://voip.ms/api/schema}}{wire}Input")
    values: dict[str, Any] = {name: zeep.xsd.SkipValue for name, _ in input_type.elements}
    (params,) = etree.fromstring(request.content).find("{http://schemas.xmlsoap.org/soap/envelope/}Body")[0]
    for child in params:
        convert = {"xsd:integer": int, "xsd:decimal": Decimal, "xsd:boolean": lambda t: t == "true"}
        values[child.tag] = convert.get(child.get(XSI_TYPE), str)(child.text or "")
    return values


def test_zeep_and_the_sdk_get_the_same_answers_from_the_fake(zeep_client: Any) -> None:  # noqa: F811
    zeep = pytest.importorskip("zeep")
    from voipms_sdk import ApiError, Client, _operations
    from voipms_sdk.testing import FakeCarrier

    ours = FakeCarrier(seed=3)
    answers: list[bytes] = []

    def keep(request: httpx.Request) -> httpx.Response:
        answers.append(ours.handle(request).content)
        return httpx.Response(200, content=answers[-1], headers={"Content-Type": "text/xml"})

    http = httpx.Client(transport=httpx.MockTransport(keep))
    with Client(**ours.client_arguments(), protocol="soap", http_client=http, max_retries=0) as client:
        for method, arguments in sorted(VOIPMS_SOAP.calls.items()):
            with contextlib.suppress(ApiError):  # an error answer is compared like any other
                getattr(client, method)(**arguments)
    theirs = FakeCarrier(seed=3)
    problems = []
    with theirs.serve() as server:
        service = zeep_client.create_service(BINDING, server.url + _operations.RPC_BINDING.path)
        with zeep_client.settings(raw_response=True):
            for call, answer in zip(ours.calls(), answers, strict=True):
                values = _values(zeep, zeep_client, call.operation, call.request)
                got = getattr(service, call.operation)(params=values).content
                if got != answer:
                    problems.append(f"{call.operation}: {got[:160]!r} != {answer[:160]!r}")
    assert not problems, "\n".join(problems[:5])
    assert [(c.operation, dict(c.params)) for c in theirs.calls()] == [
        (c.operation, dict(c.params)) for c in ours.calls()
    ]
    assert len(theirs.calls()) > 200 and b"<zip>" in theirs.calls("e911_validate")[0].request.content
