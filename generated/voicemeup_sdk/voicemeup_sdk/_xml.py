"""XML writers and readers, one straight-line function per record."""

from __future__ import annotations

from typing import Any

from ._deadline import check_deadline
from ._request import xml_escape
from ._xmlio import (
    read_int,
    read_items,
)
from .models import (
    Call,
    CallEndpoint,
    CalleridCondition,
    DirectorAction,
    GetCallsReply,
    GetFundingDetailsReply,
    Shift,
)


def write_director_action(value: DirectorAction, out: list[str]) -> None:
    """Append the child elements of a DirectorAction to ``out``."""
    out.append("<usage_type>" + xml_escape(str(value.usage_type)) + "</usage_type>")
    out.append("<offset>" + str(value.offset) + "</offset>")
    out.append("<duration>" + str(value.duration) + "</duration>")
    if value.client_peer_id is not None:
        out.append("<client_peer_id>" + str(value.client_peer_id) + "</client_peer_id>")
    if value.forward_number is not None:
        out.append("<forward_number>" + xml_escape(value.forward_number) + "</forward_number>")
    if value.sip_uri is not None:
        out.append("<sip_uri>" + xml_escape(value.sip_uri) + "</sip_uri>")
    if value.announce_media_file_id is not None:
        out.append("<announce_media_file_id>" + str(value.announce_media_file_id) + "</announce_media_file_id>")
    if value.send_dtmf is not None:
        out.append("<send_dtmf>" + xml_escape(value.send_dtmf) + "</send_dtmf>")
    if value.confirm_media_file_id is not None:
        out.append("<confirm_media_file_id>" + str(value.confirm_media_file_id) + "</confirm_media_file_id>")
    if value.options is not None:
        for x in value.options:
            out.append("<options>" + xml_escape(str(x)) + "</options>")
    if value.comments is not None:
        out.append("<comments>" + xml_escape(value.comments) + "</comments>")


def write_callerid_condition(value: CalleridCondition, out: list[str]) -> None:
    """Append the child elements of a CalleridCondition to ``out``."""
    if value.client_callerid_profile_data_id is not None:
        out.append(
            "<client_callerid_profile_data_id>"
            + str(value.client_callerid_profile_data_id)
            + "</client_callerid_profile_data_id>"
        )
    if value.callerid_name is not None:
        out.append("<callerid_name>" + xml_escape(value.callerid_name) + "</callerid_name>")
    if value.client_did_id is not None:
        out.append("<client_did_id>" + str(value.client_did_id) + "</client_did_id>")
    if value.callerid_number is not None:
        out.append("<callerid_number>" + xml_escape(value.callerid_number) + "</callerid_number>")
    if value.privacy is not None:
        out.append("<privacy>" + xml_escape(str(value.privacy)) + "</privacy>")
    if value.country_id is not None:
        out.append("<country_id>" + str(value.country_id) + "</country_id>")
    if value.state_id is not None:
        out.append("<state_id>" + str(value.state_id) + "</state_id>")
    if value.ratecenter_id is not None:
        out.append("<ratecenter_id>" + str(value.ratecenter_id) + "</ratecenter_id>")
    if value.radius_distance is not None:
        out.append("<radius_distance>" + str(value.radius_distance) + "</radius_distance>")
    if value.source_number is not None:
        out.append("<source_number>" + xml_escape(value.source_number) + "</source_number>")
    if value.source_regexp is not None:
        out.append("<source_regexp>" + xml_escape(value.source_regexp) + "</source_regexp>")
    if value.destination_number is not None:
        out.append("<destination_number>" + xml_escape(value.destination_number) + "</destination_number>")
    if value.destination_regexp is not None:
        out.append("<destination_regexp>" + xml_escape(value.destination_regexp) + "</destination_regexp>")
    if value.match_methods is not None:
        out.append("<match_methods>" + xml_escape(",".join(str(x) for x in value.match_methods)) + "</match_methods>")
    if value.order_index is not None:
        out.append("<order_index>" + str(value.order_index) + "</order_index>")
    if value.comments is not None:
        out.append("<comments>" + xml_escape(value.comments) + "</comments>")


def write_shift(value: Shift, out: list[str]) -> None:
    """Append the child elements of a Shift to ``out``."""
    out.append("<status>" + xml_escape(str(value.status)) + "</status>")
    out.append("<days>" + str(value.days) + "</days>")


def write_call_endpoint(value: CallEndpoint, out: list[str]) -> None:
    """Append the child elements of a CallEndpoint to ``out``."""
    if value.type is not None:
        out.append("<type>" + xml_escape(str(value.type)) + "</type>")
    if value.value is not None:
        out.append("<value>" + xml_escape(value.value) + "</value>")
    if value.callerid_name is not None:
        out.append("<callerid_name>" + xml_escape(value.callerid_name) + "</callerid_name>")
    if value.callerid_number is not None:
        out.append("<callerid_number>" + xml_escape(value.callerid_number) + "</callerid_number>")
    if value.language is not None:
        out.append("<language>" + xml_escape(str(value.language)) + "</language>")
    if value.send_dtmf is not None:
        out.append("<send_dtmf>" + xml_escape(value.send_dtmf) + "</send_dtmf>")
    if value.announce_media_id is not None:
        out.append("<announce_media_id>" + str(value.announce_media_id) + "</announce_media_id>")
    if value.announce_media_path is not None:
        out.append("<announce_media_path>" + xml_escape(value.announce_media_path) + "</announce_media_path>")
    if value.confirm_required is not None:
        out.append("<confirm_required>" + ("1" if value.confirm_required else "0") + "</confirm_required>")
    if value.confirm_media_id is not None:
        out.append("<confirm_media_id>" + str(value.confirm_media_id) + "</confirm_media_id>")
    if value.confirm_media_path is not None:
        out.append("<confirm_media_path>" + xml_escape(value.confirm_media_path) + "</confirm_media_path>")
    if value.retries is not None:
        out.append("<retries>" + str(value.retries) + "</retries>")
    if value.accept_key is not None:
        out.append("<accept_key>" + str(value.accept_key) + "</accept_key>")
    if value.reject_key is not None:
        out.append("<reject_key>" + str(value.reject_key) + "</reject_key>")


def read_call(element: Any, path: str) -> Call:
    """Read a Call from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 14:
        c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13 = element
        if (
            c0.tag == "call_hash"
            and c1.tag == "failure_code"
            and c2.tag == "sip_response_code"
            and c3.tag == "account_usage_inbound"
            and c4.tag == "account_usage_outbound"
            and c5.tag == "account_call_limit"
            and c6.tag == "subaccount_usage_inbound"
            and c7.tag == "subaccount_usage_outbound"
            and c8.tag == "subaccount_call_limit"
            and c9.tag == "subaccount_channel_inbound"
            and c10.tag == "subaccount_channel_outbound"
            and c11.tag == "channel_usage_inbound"
            and c12.tag == "channel_usage_outbound"
            and c13.tag == "channel_usage_excess"
        ):
            sip_response_code = (
                int(_t)
                if (_t := c2.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "sip_response_code")
            )
            account_usage_inbound = (
                int(_t)
                if (_t := c3.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "account_usage_inbound")
            )
            account_usage_outbound = (
                int(_t)
                if (_t := c4.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "account_usage_outbound")
            )
            account_call_limit = (
                int(_t)
                if (_t := c5.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "account_call_limit")
            )
            subaccount_usage_inbound = (
                int(_t)
                if (_t := c6.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "subaccount_usage_inbound")
            )
            subaccount_usage_outbound = (
                int(_t)
                if (_t := c7.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "subaccount_usage_outbound")
            )
            subaccount_call_limit = (
                int(_t)
                if (_t := c8.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "subaccount_call_limit")
            )
            subaccount_channel_inbound = (
                int(_t)
                if (_t := c9.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "subaccount_channel_inbound")
            )
            subaccount_channel_outbound = (
                int(_t)
                if (_t := c10.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "subaccount_channel_outbound")
            )
            channel_usage_inbound = (
                int(_t)
                if (_t := c11.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "channel_usage_inbound")
            )
            channel_usage_outbound = (
                int(_t)
                if (_t := c12.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "channel_usage_outbound")
            )
            channel_usage_excess = (
                int(_t)
                if (_t := c13.text) and len(_t) <= 40 and _t.isascii() and _t.isdigit()
                else read_int(_t, path, "channel_usage_excess")
            )
            _record = Call(
                call_hash=c0.text or "",
                failure_code=c1.text or "",
                sip_response_code=sip_response_code,
                account_usage_inbound=account_usage_inbound,
                account_usage_outbound=account_usage_outbound,
                account_call_limit=account_call_limit,
                subaccount_usage_inbound=subaccount_usage_inbound,
                subaccount_usage_outbound=subaccount_usage_outbound,
                subaccount_call_limit=subaccount_call_limit,
                subaccount_channel_inbound=subaccount_channel_inbound,
                subaccount_channel_outbound=subaccount_channel_outbound,
                channel_usage_inbound=channel_usage_inbound,
                channel_usage_outbound=channel_usage_outbound,
                channel_usage_excess=channel_usage_excess,
            )
            return _record
    return _read_call_by_tag(element, path)


def _read_call_by_tag(element: Any, path: str) -> Call:
    """Read a Call from its children in any order; unknown ones are ignored."""
    call_hash: str | None = None
    failure_code: str | None = None
    sip_response_code: int | None = None
    account_usage_inbound: int | None = None
    account_usage_outbound: int | None = None
    account_call_limit: int | None = None
    subaccount_usage_inbound: int | None = None
    subaccount_usage_outbound: int | None = None
    subaccount_call_limit: int | None = None
    subaccount_channel_inbound: int | None = None
    subaccount_channel_outbound: int | None = None
    channel_usage_inbound: int | None = None
    channel_usage_outbound: int | None = None
    channel_usage_excess: int | None = None
    for child in element:
        tag = child.tag
        if tag == "call_hash":
            call_hash = child.text or ""
        elif tag == "failure_code":
            failure_code = child.text or ""
        elif tag == "sip_response_code":
            sip_response_code = read_int(child.text, path, "sip_response_code")
        elif tag == "account_usage_inbound":
            account_usage_inbound = read_int(child.text, path, "account_usage_inbound")
        elif tag == "account_usage_outbound":
            account_usage_outbound = read_int(child.text, path, "account_usage_outbound")
        elif tag == "account_call_limit":
            account_call_limit = read_int(child.text, path, "account_call_limit")
        elif tag == "subaccount_usage_inbound":
            subaccount_usage_inbound = read_int(child.text, path, "subaccount_usage_inbound")
        elif tag == "subaccount_usage_outbound":
            subaccount_usage_outbound = read_int(child.text, path, "subaccount_usage_outbound")
        elif tag == "subaccount_call_limit":
            subaccount_call_limit = read_int(child.text, path, "subaccount_call_limit")
        elif tag == "subaccount_channel_inbound":
            subaccount_channel_inbound = read_int(child.text, path, "subaccount_channel_inbound")
        elif tag == "subaccount_channel_outbound":
            subaccount_channel_outbound = read_int(child.text, path, "subaccount_channel_outbound")
        elif tag == "channel_usage_inbound":
            channel_usage_inbound = read_int(child.text, path, "channel_usage_inbound")
        elif tag == "channel_usage_outbound":
            channel_usage_outbound = read_int(child.text, path, "channel_usage_outbound")
        elif tag == "channel_usage_excess":
            channel_usage_excess = read_int(child.text, path, "channel_usage_excess")
    return Call(
        call_hash=call_hash,
        failure_code=failure_code,
        sip_response_code=sip_response_code,
        account_usage_inbound=account_usage_inbound,
        account_usage_outbound=account_usage_outbound,
        account_call_limit=account_call_limit,
        subaccount_usage_inbound=subaccount_usage_inbound,
        subaccount_usage_outbound=subaccount_usage_outbound,
        subaccount_call_limit=subaccount_call_limit,
        subaccount_channel_inbound=subaccount_channel_inbound,
        subaccount_channel_outbound=subaccount_channel_outbound,
        channel_usage_inbound=channel_usage_inbound,
        channel_usage_outbound=channel_usage_outbound,
        channel_usage_excess=channel_usage_excess,
    )


def read_get_calls_reply(element: Any, path: str) -> GetCallsReply:
    """Read a GetCallsReply from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 1:
        (c0,) = element
        if c0.tag == "calls":
            calls = read_items(c0, "call", read_call, path + "/calls/call")
            _record = GetCallsReply(calls=calls)
            return _record
    return _read_get_calls_reply_by_tag(element, path)


def _read_get_calls_reply_by_tag(element: Any, path: str) -> GetCallsReply:
    """Read a GetCallsReply from its children in any order; unknown ones are ignored."""
    calls: tuple[Call, ...] = ()
    for child in element:
        tag = child.tag
        if tag == "calls":
            calls = read_items(child, "call", read_call, path + "/calls/call")
    return GetCallsReply(
        calls=calls,
    )


def read_get_funding_details_reply(element: Any, path: str) -> GetFundingDetailsReply:
    """Read a GetFundingDetailsReply from its element; unknown child elements are ignored.

    Children in the documented order are read by position; any other arrangement by tag.
    """
    check_deadline()  # once per record: a large answer is many records
    if len(element) == 2:
        c0, c1 = element
        if c0.tag == "account_balance" and c1.tag == "funds_left":
            _record = GetFundingDetailsReply(account_balance=c0.text or "", funds_left=c1.text or "")
            return _record
    return _read_get_funding_details_reply_by_tag(element, path)


def _read_get_funding_details_reply_by_tag(element: Any, path: str) -> GetFundingDetailsReply:
    """Read a GetFundingDetailsReply from its children in any order; unknown ones are ignored."""
    account_balance: str | None = None
    funds_left: str | None = None
    for child in element:
        tag = child.tag
        if tag == "account_balance":
            account_balance = child.text or ""
        elif tag == "funds_left":
            funds_left = child.text or ""
    return GetFundingDetailsReply(
        account_balance=account_balance,
        funds_left=funds_left,
    )
