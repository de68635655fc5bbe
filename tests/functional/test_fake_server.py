"""The fakes over real HTTP on 127.0.0.1: each row's client (VoIP.ms over REST and SOAP) against
``fake.serve()``, the JSON controls under ``/_fake/``, a dropped connection, and
``python -m <sdk>.testing serve``."""

from __future__ import annotations

import base64
import importlib
import subprocess
import sys

import httpx
import iovox_sdk
import pytest
import voipms_sdk
from iovox_sdk.models import PurchaseItem

from .conftest import SDKS, SdkCase

CALLS = {
    "iovox_sdk": ("get_voxnumber_regions", {"country_code": 44}),
    "voicemeup_sdk": ("get_new_dids", {"npa": "514"}),
    "voipms_sdk": ("search_dids_usa", {"type": "starts", "query_": "212"}),
    "voxbone_sdk": ("get_did_group_list", {"country_id": 21, "type": "GEOGRAPHIC"}),
}


@pytest.mark.parametrize("case", SDKS, ids=[case.id for case in SDKS])
def test_each_sdks_client_works_against_its_fake_over_http(case: SdkCase) -> None:
    fake = importlib.import_module(f"{case.name}.testing").FakeCarrier()
    method, arguments = CALLS[case.name]
    options = {**fake.client_arguments(), **case.transport_options}
    with fake.serve() as server, case.package.Client(**options, base_url=server.url, max_retries=0) as client:
        assert server.url.startswith("http://127.0.0.1:")
        assert getattr(client, method)(**arguments) is not None
    assert [c.method for c in fake.calls()] == [method]


def test_the_controls_fail_advance_reset_and_show_calls_and_callbacks() -> None:
    from iovox_sdk.testing import FakeCarrier

    fake = FakeCarrier()
    with (
        fake.serve() as server,
        httpx.Client(base_url=server.url) as http,
        iovox_sdk.Client(**fake.client_arguments(), base_url=server.url, max_retries=0) as client,
    ):
        order = client.purchase_vox_numbers(
            items=[PurchaseItem(country_code=44, area_code=151, number_type="GEOGRAPHIC", quantity=1)],
            callback_url="https://example.com/orders",
        )
        assert http.post("/_fake/advance").json() == {"ok": True}
        (callback,) = http.get("/_fake/callbacks").json()
        assert iovox_sdk.parse_callback(base64.b64decode(callback["body"])).order_reference == order.order_reference
        answer = http.post(
            "/_fake/fail_next", json={"operation": "getVoxnumbers", "code": "page_number_not_an_integer"}
        )
        assert answer.json() == {"ok": True}
        with pytest.raises(iovox_sdk.errors.PageNumberNotAnIntegerError):
            client.get_voxnumbers()
        calls = http.get("/_fake/calls").json()
        assert [c["operation"] for c in calls] == ["purchaseVoxNumbers", "getVoxnumbers"]
        assert calls[0]["params"]["items"][0]["quantity"] == 1 and calls[1]["error"] == "page_number_not_an_integer"
        assert http.post("/_fake/fail_next", json={"operation": "nope"}).status_code == 400
        assert http.post("/_fake/reset").json() == {"ok": True}
        assert http.get("/_fake/calls").json() == [] and http.get("/_fake/nothing").status_code == 404


@pytest.mark.parametrize("protocol", ["rest", "soap"])
def test_a_dropped_connection_over_http_is_a_transport_error(protocol: str) -> None:
    from voipms_sdk.testing import FakeCarrier

    fake = FakeCarrier()
    fake.fail_next("getBalance", drop=True)
    with (
        fake.serve() as server,
        voipms_sdk.Client(**fake.client_arguments(), base_url=server.url, max_retries=0, protocol=protocol) as client,
    ):
        with pytest.raises(voipms_sdk.TransportError):
            client.get_balance()
        assert client.get_balance().balance is not None


def test_the_serve_command_serves_until_stopped() -> None:
    command = [sys.executable, "-m", "voipms_sdk.testing", "serve", "--port", "0", "--seed", "2"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        url = line.split(" on ")[1].split(" ")[0]
        from voipms_sdk.testing import FakeCarrier

        arguments = FakeCarrier().client_arguments()
        with voipms_sdk.Client(**arguments, base_url=url, max_retries=0) as client:
            assert client.get_balance().balance is not None
        with voipms_sdk.Client(**arguments, base_url=url, max_retries=0, protocol="soap") as client:
            assert client.get_balance().balance is not None
        assert [c["operation"] for c in httpx.get(url + "/_fake/calls").json()] == ["getBalance", "getBalance"]
    finally:
        process.terminate()
        process.wait(timeout=10)
