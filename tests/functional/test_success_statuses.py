"""Any 2xx whose body reads as the documented success succeeds, in every SDK (issue 17, item 2).

The seed says purchaseVoxNumbers answers 201; a carrier that answers 200 with the same body has
still bought the numbers, and reporting a failure invites buying them again. A 2xx whose body
cannot be read is a MalformedResponseError that says, for a call that changes something, that
the request may have gone through.
"""

from __future__ import annotations

import iovox_sdk
import pytest
import voicemeup_sdk
import voipms_sdk
import voxbone_sdk
from iovox_sdk.models import PurchaseResult

from . import test_voicemeup, test_voipms, test_voxbone
from .conftest import xml
from .samples import SEED_PENDING_RESPONSE, SIMPLE_ITEM
from .test_voxbone import ORDER_CALL, PLACE_DIDS_ORDER_RESPONSE
from .voicemeup_samples import OK_JSON, OK_XML
from .voipms_samples import SEND_SMS, answer

# The other SDKs' client fixtures, from their own test modules.
make_vmu = test_voicemeup.make_vmu
make_voipms = test_voipms.make_voipms
make_voxbone = test_voxbone.make_voxbone

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("status", [200, 201, 202])
async def test_a_purchase_answered_with_any_2xx_and_the_documented_body_succeeds(make_api, status):
    api = make_api(xml(SEED_PENDING_RESPONSE, status=status))
    result = await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    assert isinstance(result, PurchaseResult) and result.order_status == "PENDING"
    assert len(api.requests) == 1


@pytest.mark.parametrize(("status", "body"), [(200, b""), (204, b""), (200, b"<response/>"), (202, b"OK")])
async def test_a_delete_answered_with_any_2xx_succeeds(make_api, status, body):
    api = make_api(xml(body, status=status))
    assert await api.delete_voxnumbers_from_account(full_voxnumbers=["441512100200"]) is None


async def test_a_2xx_carrying_the_documented_errors_still_raises_them(make_api):
    errors = b'<errors><error status="400">Country Code 1 of 1 Empty</error></errors>'
    api = make_api(xml(errors, status=200))
    with pytest.raises(iovox_sdk.ApiError) as caught:
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    assert caught.value.code is not None


@pytest.mark.parametrize("body", [b"", b"<html>Thanks!</html>", b"<response><order_status>PENDING"])
async def test_a_purchase_2xx_that_does_not_read_may_have_gone_through(make_api, body):
    api = make_api(xml(body, status=200))
    with pytest.raises(iovox_sdk.MalformedResponseError) as caught:
        await api.purchase_vox_numbers(items=[SIMPLE_ITEM])
    assert caught.value.may_have_succeeded is True and caught.value.http_status == 200
    assert "may have gone through" in str(caught.value) and "check before sending it again" in str(caught.value)
    assert len(api.requests) == 1  # never retried: a retry could buy the numbers twice


async def test_a_read_only_2xx_that_does_not_read_is_only_malformed(make_api):
    api = make_api(xml(b"<html/>", status=200))
    with pytest.raises(iovox_sdk.MalformedResponseError) as caught:
        await api.get_voxnumbers()
    assert caught.value.may_have_succeeded is False and "may have gone through" not in str(caught.value)


async def test_voxbone_order_answered_202_succeeds(make_voxbone):
    base = test_voxbone.ok(PLACE_DIDS_ORDER_RESPONSE)

    def accepted(request):
        response = base(request)
        response.status_code = 202
        return response

    api = make_voxbone(accepted)
    order = await api.place_dids_order(**ORDER_CALL)
    assert isinstance(order, voxbone_sdk.models.PlaceDidsOrderResponse)


@pytest.mark.parametrize("body", [OK_JSON, OK_XML], ids=["json", "xml"])
async def test_voicemeup_success_envelope_answered_201_succeeds(make_vmu, body):
    output_format = "xml" if body.lstrip().startswith(b"<") else "json"
    api = make_vmu(test_voicemeup.ok(body, status=201), output_format=output_format)
    reply = await api.get_request_types()
    assert reply.status == "success"


async def test_voipms_success_answered_201_succeeds(make_voipms):
    api = make_voipms(answer(SEND_SMS, http_status=201))
    result = await api.send_sms(did="5551234567", dst="5551234568", message="hi")
    assert result == voipms_sdk.models.SendSMSResponse(sms=23434)


def test_every_sdk_has_the_flag() -> None:
    for package in (iovox_sdk, voicemeup_sdk, voipms_sdk, voxbone_sdk):
        assert package.MalformedResponseError("x").may_have_succeeded is False
