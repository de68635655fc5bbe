"""VoIP.ms answers for the functional tests, in the provider's own spelling (numbers arrive as strings).

The success bodies follow the documented samples of getBalance, getDIDsInfo, getSMS, sendSMS and sendMMS;
the descriptions are the provider's, from its status table.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

USERNAME = "acme@example.com"
#: A password with characters that need URL-encoding, so a leak shows in its raw and encoded forms.
PASSWORD = "Zx9!p@ss w&rd+1"

BALANCE: dict[str, Any] = {
    "status": "success",
    "balance": {
        "current_balance": "112.192790",
        "spent_total": "21.05321",
        "calls_total": "2788",
        "time_total": "10:17:48",
        "spent_today": "0.1205",
        "calls_today": "5",
        "time_today": "10:50",
    },
}

DID_INFO: dict[str, Any] = {
    "did": "5551234567",
    "description": "MIAMI, FL",
    "routing": "account:100001_VoIP",
    "failover_busy": "none:",
    "failover_unreachable": "fwd:1521",
    "failover_noanswer": "none:",
    "voicemail": "1001",
    "pop": "16",
    "dialtime": "60",
    "cnam": "1",
    "e911": "0",
    "callerid_prefix": "MIA [555]",
    "note": "MIA [555]",
    "port_out_pin": "1234",
    "billing_type": "2",
    "next_billing": "2014-08-30",
    "order_date": "2014-07-30 15:09:04",
    "reseller_account": "100001_VoIPReseller",
    "reseller_next_billing": "2014-08-30",
    "reseller_monthly": "0.00000000",
    "reseller_minute": "0.01000000",
    "reseller_setup": "0.00000000",
    "sms_available": "1",
    "sms_enabled": "1",
    "sms_email": "sms@example.com",
    "sms_email_enabled": "1",
    "sms_forward": "2264836086",
    "sms_forward_enabled": "1",
    "sms_url_callback": "http://myurl.com",
    "sms_url_callback_enabled": "1",
    "sms_url_callback_retry": "1",
    "smpp_enabled": "1",
    "smpp_url": "http://myurl.com",
    "smpp_user": "",
    "smpp_pass": "",
    "transcribe": "1",
    "transcription_locale": "en-US",
    "transcription_redaction": "no",
    "transcription_summary": "no",
    "transcription_sentiment": "no",
    "transcription_email": "vm@example.com",
}

DIDS_INFO: dict[str, Any] = {"status": "success", "dids": [DID_INFO]}

#: What the provider really sends at times: "" for an unset number, bare numbers for text and amounts.
DIDS_INFO_LOOSE: dict[str, Any] = {
    "status": "success",
    "dids": [{**DID_INFO, "did": 5551234567, "pop": "", "dialtime": 60, "voicemail": 1001, "reseller_monthly": 3.5}],
}

SMS_LIST: dict[str, Any] = {
    "status": "success",
    "sms": [
        {
            "id": "111120",
            "date": "2014-03-30 10:24:16",
            "type": "0",
            "did": "8574884828",
            "contact": "8577884821",
            "message": "hello+john",
            "carrier_status": "Information not available",
        }
    ],
}

SEND_SMS: dict[str, Any] = {"status": "success", "sms": "23434"}
SEND_MMS: dict[str, Any] = {"status": "success", "mms": "23434"}
SUCCESS: dict[str, Any] = {"status": "success"}

#: The provider's description of each status code used here.
DESCRIPTIONS: dict[str, str] = {
    "invalid_credentials": "Username or Password is incorrect",
    "missing_credentials": "Username or Password was not provided",
    "api_not_enabled": "API has not been enabled or has been disabled",
    "ip_not_enabled": "This IP is not enabled for API use",
    "api_limit_exceeded": "API requests limit per minute has been reached",
    "missing_did": "DID was not provided",
    "invalid_did": "This is not a valid DID",
    "invalid_dst": "This is not a valid Destination Number",
    "Invalid_threshold": "This is not a valid Threshold Amount. The Threshold Amount should be between 1 and 250",
    "limit_reached": (
        "You have reached the maximum number of messages allowed per day. - SMS limit using the API. "
        "- Fax limit applies using any method."
    ),
    "sms_failed": "The SMS message was not sent",
    # Literal braces: the SDK carries them as the provider writes them (they are no placeholders).
    "invalid_password": (
        "This is not a valid passwordVoicemail: Must be 4 Digits SubAccounts: More than 6 chars, "
        "Must Contain Alphanumeric and !#$%&/()=?*[]_:.,{}+-"
    ),
    "invalid_password_ilegal_characters": (
        "This is not a valid password (Allowed characters: Alphanumeric and ! # $ % & / ( ) = ? * [ ] _ : . , { } + -)"
    ),
    "no_forwarding": "There was no Forwarding",
    "no_callstatus": (
        'No Call Status was provided. One of the following parameters needs to be set to "1": '
        "answered, noanswer, busy, failed"
    ),
}


def status(code: str) -> dict[str, str]:
    """The provider's error (or empty-result) answer: ``{"status": "<code>"}``."""
    return {"status": code}


def answer(
    body: dict[str, Any] | list[Any] | bytes | str, http_status: int = 200, content_type: str = "application/json"
):
    """A responder answering every request with ``body`` (JSON-encoded unless bytes or text)."""
    if isinstance(body, bytes):
        content = body
    elif isinstance(body, str):
        content = body.encode("utf-8")
    else:
        content = json.dumps(body).encode("utf-8")

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(http_status, content=content, headers={"Content-Type": content_type})

    return respond
