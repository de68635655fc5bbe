"""Bodies and tables for the VoiceMeUp functional tests, embedded so the tests never read the seed.

The seed (the XML Engine API developer guide) shows no sample response body apart from the metadata
block, so the envelopes below follow PROVIDERS.md: ``{"response_details": {"response_status": ...,
"response_messages": {"message": ...}}, ...payload}`` in JSON, the same tree under ``<response>`` in XML.
"""

from __future__ import annotations

import json
from typing import Any
from xml.sax.saxutils import escape, quoteattr

USERNAME = "acme-voice"
CLIENT_USER_ID = "123456"
# 32 lowercase hex characters, easy to spot in any text.
TOKEN = "5ec7e7c0ffee5ec7e7c0ffee5ec7e7c0"

# The seed's "Global" error table, verbatim (code, description).
SEED_GLOBAL_ERRORS = """\
auth_username_invalid Auth username is invalid.
auth_username_required Auth username is required.
authentication_failed Authentication failed. Please verify 'client_account_id' and 'auth_token'.
authentication_token_required Auth token is required.
requests_soft_limit_reached The limit of requests has been reached. Further requests may be denied
requests_hard_limit_exceeded The limit of requests allowed has been exceeded. Request is denied.
callerid_name_invalid Caller ID name is invalid.
callerid_name_required Caller ID name is required.
callerid_number_invalid Caller ID number is invalid.
callerid_number_required Caller ID number is required.
callerid_rejection_notice Some providers might reject toll free Caller ID.
client_account_id_invalid Client account ID is invalid.
client_account_id_required Client account ID is required.
client_did_id_invalid Client DID ID is invalid.
client_extension_id_invalid Client account ID is invalid.
client_mailbox_id_invalid Client mailbox ID is invalid.
client_peer_id_invalid Client peer ID is invalid.
country_id_invalid Country ID is invalid.
country_id_required Country ID is required.
date_from_invalid Date from is invalid.
date_to_invalid Date to is invalid.
email_invalid Email address is invalid.
email_required Email address is required.
forward_number_invalid Forward number is invalid.
forward_number_required Forward number is required.
forward_timeout_invalid Call forward ring timeout is invalid.
forward_timeout_required Call forward ring timeout is required.
friendly_name_invalid Friendly name is invalid.
friendly_name_required Friendly name is required.
internal_error-database_error There was an internal error with our database.
internal_error-invalid_argument Invalid argument.
language_invalid Language is invalid.
mailbox_invalid Mailbox is invalid.
mode_invalid Mode is invalid.
npa_invalid NPA is invalid.
nxx_invalid NXX is invalid.
npa_required NPA is required.
nxx_required NXX is required.
options_invalid Options are invalid.
password_invalid Password is invalid.
password_mismatch The password verification did not match.
password_required Password is required.
peer_required Peer is required.
peer_timeout_invalid Peer ring timeout is invalid.
peer_timeout_required Peer ring timeout is required.
peers_to_ring_limit_reached Please choose a maximum of 5 peers.
phone_number_invalid Phone number is invalid.
request_type_invalid Request type is invalid.
request_type_not_implemented Request type is not implemented.
request_type_required Request type is required.
required_parameter_not_found Required parameters missing.
result_limit_invalid Result limit is invalid.
result_offset_invalid Result offset is invalid.
state_id_invalid State ID is invalid.
status_invalid Status is invalid.
status_required Status is required.
username_invalid Username is invalid.
username_required Username is required.
"""
SEED_GLOBAL: dict[str, str] = dict(line.split(" ", 1) for line in SEED_GLOBAL_ERRORS.splitlines())

# The credential family of the spec (provider.error_families AuthenticationError).
AUTH_CODES = frozenset(
    {
        "auth_username_invalid",
        "auth_username_required",
        "authentication_failed",
        "authentication_token_required",
        "client_account_id_invalid",
        "client_account_id_required",
        "username_invalid",
        "username_required",
    }
)
WARNING_CODES = frozenset({"requests_soft_limit_reached", "callerid_rejection_notice"})

# The seed's only sample body: the metadata block, with PHP's serialize() of three name-value pairs.
SEED_METADATA = {"tout_le_monde": "en parle", "piment": "fort", "super": "man"}
SEED_SERIALIZED = 'a:3:{s:13:"tout_le_monde";s:8:"en parle";s:6:"piment";s:4:"fort";s:5:"super";s:3:"man";}'


def json_envelope(status: str, messages: Any = None, **payload: Any) -> bytes:
    """A JSON answer: ``messages`` is a (code, text) pair, a list of them, or None for no message."""
    details: dict[str, Any] = {"response_status": status}
    if messages is not None:
        if isinstance(messages, tuple):
            found: Any = _json_message(*messages)
        else:
            found = [_json_message(*message) for message in messages]
        details["response_messages"] = {"message": found}
    return json.dumps({"response_details": details, **payload}).encode()


def _json_message(code: str | None, text: str | None) -> dict[str, str]:
    out = {} if code is None else {"code": code}
    if text is not None:
        out["_content"] = text
    return out


def xml_envelope(status: str, messages: Any = None, payload: str = "") -> bytes:
    """The XML form of ``json_envelope``; ``payload`` is XML text placed after ``response_details``."""
    if messages is None:
        inner = ""
    else:
        items = [messages] if isinstance(messages, tuple) else messages
        inner = "<response_messages>" + "".join(_xml_message(*item) for item in items) + "</response_messages>"
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<response><response_details>'
        f"<response_status>{status}</response_status>{inner}</response_details>{payload}</response>"
    ).encode()


def _xml_message(code: str | None, text: str | None) -> str:
    attribute = "" if code is None else f" code={quoteattr(code)}"
    return f"<message{attribute}>{escape(text or '')}</message>"


def envelope(output_format: str, status: str, messages: Any = None) -> bytes:
    """An answer without payload in either output format."""
    if output_format == "xml":
        return xml_envelope(status, messages)
    return json_envelope(status, messages)


OK_JSON = json_envelope("success")
OK_XML = xml_envelope("success")

# The same answer in both output formats: two DIDs, one message (as a single object), the seed's metadata.
DIDS_JSON = json.dumps(
    {
        "response_details": {
            "response_status": "success",
            "response_messages": {"message": {"code": "request_completed", "_content": "Request completed."}},
        },
        "dids": {
            "did": [
                {
                    "client_did_id": 1201,
                    "phone_number": "5145551234",
                    "friendly_name": "Main line",
                    "ondemand_recording": False,
                    "comments": None,
                    "metadata": {
                        "raw_metadata": SEED_SERIALIZED,
                        "metadata_attributes": {"attribute_count": "3", **SEED_METADATA},
                    },
                },
                {
                    "client_did_id": "1202",
                    "phone_number": "4385550000",
                    "friendly_name": "Fax & SMS",
                    "ondemand_recording": "1",
                    "comments": "",
                    "metadata": "",
                },
            ]
        },
        "result_count": 2,
    }
).encode()

DIDS_XML = f"""<?xml version="1.0" encoding="utf-8"?>
<response>
    <response_details>
        <response_status>success</response_status>
        <response_messages>
            <message code="request_completed">Request completed.</message>
        </response_messages>
    </response_details>
    <dids>
        <did>
            <client_did_id>1201</client_did_id>
            <phone_number>5145551234</phone_number>
            <friendly_name>Main line</friendly_name>
            <ondemand_recording>0</ondemand_recording>
            <comments/>
            <metadata>
                <raw_metadata><![CDATA[{SEED_SERIALIZED}]]></raw_metadata>
                <metadata_attributes attribute_count="3">
                    <tout_le_monde><![CDATA[en parle]]></tout_le_monde>
                    <piment><![CDATA[fort]]></piment>
                    <super><![CDATA[man]]></super>
                </metadata_attributes>
            </metadata>
        </did>
        <did>
            <client_did_id>1202</client_did_id>
            <phone_number>4385550000</phone_number>
            <friendly_name>Fax &amp; SMS</friendly_name>
            <ondemand_recording>1</ondemand_recording>
            <comments></comments>
            <metadata/>
        </did>
    </dids>
    <result_count>2</result_count>
</response>
""".encode()

DIDS_PAYLOAD = {
    "dids": {
        "did": [
            {
                "client_did_id": "1201",
                "phone_number": "5145551234",
                "friendly_name": "Main line",
                "ondemand_recording": "0",
                "comments": "",
                "metadata": {
                    "raw_metadata": SEED_SERIALIZED,
                    "metadata_attributes": {"attribute_count": "3", **SEED_METADATA},
                },
            },
            {
                "client_did_id": "1202",
                "phone_number": "4385550000",
                "friendly_name": "Fax & SMS",
                "ondemand_recording": "1",
                "comments": "",
                "metadata": "",
            },
        ]
    },
    "result_count": "2",
}

# Two messages as a list, and a sent SMS.
SMS_MESSAGES = [("queued", "The message was queued."), ("split_in_parts", "The message was split in 2 parts.")]
SMS_JSON = json_envelope("success", SMS_MESSAGES, sms={"client_sms_id": 9001, "parts": 2})
SMS_XML = xml_envelope("success", SMS_MESSAGES, "<sms><client_sms_id>9001</client_sms_id><parts>2</parts></sms>")
SMS_PAYLOAD = {"sms": {"client_sms_id": "9001", "parts": "2"}}

# check_e911 answers an error status with suggested addresses beside it.
ALTERNATE_JSON = json_envelope(
    "error",
    ("alternate_address_provided", "Alternate Address is Provided."),
    alternate_addresses={"address": [{"street": "Rue Saint-Denis", "city": "Montreal", "postal_code": "H2X 3K8"}]},
)
