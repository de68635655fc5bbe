"""Readers of plain XML answers without a tree: one pattern per run of elements, in the documented order.

Each ``scan_<record>(text, start, end)`` reads a record from its element's content, ``text[start:end]``,
or raises ``Declined`` for anything outside the plain form (see ``_scanio``); the readers of ``_xml``
then read the answer from its tree.
"""

from __future__ import annotations

import re
from typing import Final

from ._scanio import (
    Declined,
    after,
    blank,
    close,
    flat_items,
    items,
    opening,
    optional,
    others,
)
from ._xmlio import (
    read_int,
)
from .models import (
    Call,
    GetCallsReply,
    GetFundingDetailsReply,
)

_CALL_TAGS: Final = (
    "call_hash",
    "failure_code",
    "sip_response_code",
    "account_usage_inbound",
    "account_usage_outbound",
    "account_call_limit",
    "subaccount_usage_inbound",
    "subaccount_usage_outbound",
    "subaccount_call_limit",
    "subaccount_channel_inbound",
    "subaccount_channel_outbound",
    "channel_usage_inbound",
    "channel_usage_outbound",
    "channel_usage_excess",
)
_CALL_0: Final = re.compile(
    others(_CALL_TAGS, 0)
    + optional("call_hash")
    + others(_CALL_TAGS, 1)
    + optional("failure_code")
    + others(_CALL_TAGS, 2)
    + optional("sip_response_code")
    + others(_CALL_TAGS, 3)
    + optional("account_usage_inbound")
    + others(_CALL_TAGS, 4)
    + optional("account_usage_outbound")
    + others(_CALL_TAGS, 5)
    + optional("account_call_limit")
    + others(_CALL_TAGS, 6)
    + optional("subaccount_usage_inbound")
    + others(_CALL_TAGS, 7)
    + optional("subaccount_usage_outbound")
    + others(_CALL_TAGS, 8)
    + optional("subaccount_call_limit")
    + others(_CALL_TAGS, 9)
    + optional("subaccount_channel_inbound")
    + others(_CALL_TAGS, 10)
    + optional("subaccount_channel_outbound")
    + others(_CALL_TAGS, 11)
    + optional("channel_usage_inbound")
    + others(_CALL_TAGS, 12)
    + optional("channel_usage_outbound")
    + others(_CALL_TAGS, 13)
    + optional("channel_usage_excess")
    + others(_CALL_TAGS, 14)
    + blank()
)


def scan_call(text: str, start: int, end: int) -> Call:
    """A Call from its element's content, in the plain form (else ``Declined``)."""
    found = _CALL_0.fullmatch(text, start, end)
    if found is None:
        raise Declined
    (
        _,
        _s0,
        _t0,
        _,
        _s1,
        _t1,
        _,
        _s2,
        _t2,
        _,
        _s3,
        _t3,
        _,
        _s4,
        _t4,
        _,
        _s5,
        _t5,
        _,
        _s6,
        _t6,
        _,
        _s7,
        _t7,
        _,
        _s8,
        _t8,
        _,
        _s9,
        _t9,
        _,
        _s10,
        _t10,
        _,
        _s11,
        _t11,
        _,
        _s12,
        _t12,
        _,
        _s13,
        _t13,
        _,
    ) = found.groups()
    call_hash = (_t0 or "") if _s0 else None
    failure_code = (_t1 or "") if _s1 else None
    sip_response_code = (
        (
            int(_t2)
            if _t2 and len(_t2) <= 40 and _t2.isascii() and _t2.isdigit()
            else read_int(_t2, "", "sip_response_code")
        )
        if _s2
        else None
    )
    account_usage_inbound = (
        (
            int(_t3)
            if _t3 and len(_t3) <= 40 and _t3.isascii() and _t3.isdigit()
            else read_int(_t3, "", "account_usage_inbound")
        )
        if _s3
        else None
    )
    account_usage_outbound = (
        (
            int(_t4)
            if _t4 and len(_t4) <= 40 and _t4.isascii() and _t4.isdigit()
            else read_int(_t4, "", "account_usage_outbound")
        )
        if _s4
        else None
    )
    account_call_limit = (
        (
            int(_t5)
            if _t5 and len(_t5) <= 40 and _t5.isascii() and _t5.isdigit()
            else read_int(_t5, "", "account_call_limit")
        )
        if _s5
        else None
    )
    subaccount_usage_inbound = (
        (
            int(_t6)
            if _t6 and len(_t6) <= 40 and _t6.isascii() and _t6.isdigit()
            else read_int(_t6, "", "subaccount_usage_inbound")
        )
        if _s6
        else None
    )
    subaccount_usage_outbound = (
        (
            int(_t7)
            if _t7 and len(_t7) <= 40 and _t7.isascii() and _t7.isdigit()
            else read_int(_t7, "", "subaccount_usage_outbound")
        )
        if _s7
        else None
    )
    subaccount_call_limit = (
        (
            int(_t8)
            if _t8 and len(_t8) <= 40 and _t8.isascii() and _t8.isdigit()
            else read_int(_t8, "", "subaccount_call_limit")
        )
        if _s8
        else None
    )
    subaccount_channel_inbound = (
        (
            int(_t9)
            if _t9 and len(_t9) <= 40 and _t9.isascii() and _t9.isdigit()
            else read_int(_t9, "", "subaccount_channel_inbound")
        )
        if _s9
        else None
    )
    subaccount_channel_outbound = (
        (
            int(_t10)
            if _t10 and len(_t10) <= 40 and _t10.isascii() and _t10.isdigit()
            else read_int(_t10, "", "subaccount_channel_outbound")
        )
        if _s10
        else None
    )
    channel_usage_inbound = (
        (
            int(_t11)
            if _t11 and len(_t11) <= 40 and _t11.isascii() and _t11.isdigit()
            else read_int(_t11, "", "channel_usage_inbound")
        )
        if _s11
        else None
    )
    channel_usage_outbound = (
        (
            int(_t12)
            if _t12 and len(_t12) <= 40 and _t12.isascii() and _t12.isdigit()
            else read_int(_t12, "", "channel_usage_outbound")
        )
        if _s12
        else None
    )
    channel_usage_excess = (
        (
            int(_t13)
            if _t13 and len(_t13) <= 40 and _t13.isascii() and _t13.isdigit()
            else read_int(_t13, "", "channel_usage_excess")
        )
        if _s13
        else None
    )
    _record = Call(
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
    return _record


_GET_CALLS_REPLY_TAGS: Final = ("calls",)
_GET_CALLS_REPLY_0: Final = re.compile(others(_GET_CALLS_REPLY_TAGS, 0) + opening("calls"))
_GET_CALLS_REPLY_1: Final = re.compile(others(_GET_CALLS_REPLY_TAGS, 0) + blank())
_GET_CALLS_REPLY_CALLS: Final = re.compile(
    items(
        "call",
        others(_CALL_TAGS, 0)
        + optional("call_hash")
        + others(_CALL_TAGS, 1)
        + optional("failure_code")
        + others(_CALL_TAGS, 2)
        + optional("sip_response_code")
        + others(_CALL_TAGS, 3)
        + optional("account_usage_inbound")
        + others(_CALL_TAGS, 4)
        + optional("account_usage_outbound")
        + others(_CALL_TAGS, 5)
        + optional("account_call_limit")
        + others(_CALL_TAGS, 6)
        + optional("subaccount_usage_inbound")
        + others(_CALL_TAGS, 7)
        + optional("subaccount_usage_outbound")
        + others(_CALL_TAGS, 8)
        + optional("subaccount_call_limit")
        + others(_CALL_TAGS, 9)
        + optional("subaccount_channel_inbound")
        + others(_CALL_TAGS, 10)
        + optional("subaccount_channel_outbound")
        + others(_CALL_TAGS, 11)
        + optional("channel_usage_inbound")
        + others(_CALL_TAGS, 12)
        + optional("channel_usage_outbound")
        + others(_CALL_TAGS, 13)
        + optional("channel_usage_excess")
        + others(_CALL_TAGS, 14),
    )
)
_GET_CALLS_REPLY_CALLS_LAYOUT: Final = (
    ("call_hash", False),
    ("failure_code", False),
    ("sip_response_code", False),
    ("account_usage_inbound", False),
    ("account_usage_outbound", False),
    ("account_call_limit", False),
    ("subaccount_usage_inbound", False),
    ("subaccount_usage_outbound", False),
    ("subaccount_call_limit", False),
    ("subaccount_channel_inbound", False),
    ("subaccount_channel_outbound", False),
    ("channel_usage_inbound", False),
    ("channel_usage_outbound", False),
    ("channel_usage_excess", False),
)


def _scan_get_calls_reply_calls(text: str, start: int, end: int) -> tuple[Call, ...]:
    """The items of GetCallsReply's list element, from its content."""
    records: list[Call] = []
    append = records.append
    for (
        _,
        _s0,
        _t0,
        _,
        _s1,
        _t1,
        _,
        _s2,
        _t2,
        _,
        _s3,
        _t3,
        _,
        _s4,
        _t4,
        _,
        _s5,
        _t5,
        _,
        _s6,
        _t6,
        _,
        _s7,
        _t7,
        _,
        _s8,
        _t8,
        _,
        _s9,
        _t9,
        _,
        _s10,
        _t10,
        _,
        _s11,
        _t11,
        _,
        _s12,
        _t12,
        _,
        _s13,
        _t13,
        _,
        stray,
    ) in flat_items(_GET_CALLS_REPLY_CALLS, "call", _GET_CALLS_REPLY_CALLS_LAYOUT, text, start, end):
        if stray:
            raise Declined
        call_hash = (_t0 or "") if _s0 else None
        failure_code = (_t1 or "") if _s1 else None
        sip_response_code = (
            (
                int(_t2)
                if _t2 and len(_t2) <= 40 and _t2.isascii() and _t2.isdigit()
                else read_int(_t2, "", "sip_response_code")
            )
            if _s2
            else None
        )
        account_usage_inbound = (
            (
                int(_t3)
                if _t3 and len(_t3) <= 40 and _t3.isascii() and _t3.isdigit()
                else read_int(_t3, "", "account_usage_inbound")
            )
            if _s3
            else None
        )
        account_usage_outbound = (
            (
                int(_t4)
                if _t4 and len(_t4) <= 40 and _t4.isascii() and _t4.isdigit()
                else read_int(_t4, "", "account_usage_outbound")
            )
            if _s4
            else None
        )
        account_call_limit = (
            (
                int(_t5)
                if _t5 and len(_t5) <= 40 and _t5.isascii() and _t5.isdigit()
                else read_int(_t5, "", "account_call_limit")
            )
            if _s5
            else None
        )
        subaccount_usage_inbound = (
            (
                int(_t6)
                if _t6 and len(_t6) <= 40 and _t6.isascii() and _t6.isdigit()
                else read_int(_t6, "", "subaccount_usage_inbound")
            )
            if _s6
            else None
        )
        subaccount_usage_outbound = (
            (
                int(_t7)
                if _t7 and len(_t7) <= 40 and _t7.isascii() and _t7.isdigit()
                else read_int(_t7, "", "subaccount_usage_outbound")
            )
            if _s7
            else None
        )
        subaccount_call_limit = (
            (
                int(_t8)
                if _t8 and len(_t8) <= 40 and _t8.isascii() and _t8.isdigit()
                else read_int(_t8, "", "subaccount_call_limit")
            )
            if _s8
            else None
        )
        subaccount_channel_inbound = (
            (
                int(_t9)
                if _t9 and len(_t9) <= 40 and _t9.isascii() and _t9.isdigit()
                else read_int(_t9, "", "subaccount_channel_inbound")
            )
            if _s9
            else None
        )
        subaccount_channel_outbound = (
            (
                int(_t10)
                if _t10 and len(_t10) <= 40 and _t10.isascii() and _t10.isdigit()
                else read_int(_t10, "", "subaccount_channel_outbound")
            )
            if _s10
            else None
        )
        channel_usage_inbound = (
            (
                int(_t11)
                if _t11 and len(_t11) <= 40 and _t11.isascii() and _t11.isdigit()
                else read_int(_t11, "", "channel_usage_inbound")
            )
            if _s11
            else None
        )
        channel_usage_outbound = (
            (
                int(_t12)
                if _t12 and len(_t12) <= 40 and _t12.isascii() and _t12.isdigit()
                else read_int(_t12, "", "channel_usage_outbound")
            )
            if _s12
            else None
        )
        channel_usage_excess = (
            (
                int(_t13)
                if _t13 and len(_t13) <= 40 and _t13.isascii() and _t13.isdigit()
                else read_int(_t13, "", "channel_usage_excess")
            )
            if _s13
            else None
        )
        record = Call(
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
        append(record)
    return tuple(records)


def scan_get_calls_reply(text: str, start: int, end: int) -> GetCallsReply:
    """A GetCallsReply from its element's content, in the plain form (else ``Declined``)."""
    found = _GET_CALLS_REPLY_0.match(text, start, end)
    if found is None:
        raise Declined
    inside = found.end()
    ended = close(text, "calls", inside, end)
    calls = _scan_get_calls_reply_calls(text, inside, ended)
    found = _GET_CALLS_REPLY_1.fullmatch(text, after(ended, "calls"), end)
    if found is None:
        raise Declined
    _record = GetCallsReply(calls=calls)
    return _record


_GET_FUNDING_DETAILS_REPLY_TAGS: Final = ("account_balance", "funds_left")
_GET_FUNDING_DETAILS_REPLY_0: Final = re.compile(
    others(_GET_FUNDING_DETAILS_REPLY_TAGS, 0)
    + optional("account_balance")
    + others(_GET_FUNDING_DETAILS_REPLY_TAGS, 1)
    + optional("funds_left")
    + others(_GET_FUNDING_DETAILS_REPLY_TAGS, 2)
    + blank()
)


def scan_get_funding_details_reply(text: str, start: int, end: int) -> GetFundingDetailsReply:
    """A GetFundingDetailsReply from its element's content, in the plain form (else ``Declined``)."""
    found = _GET_FUNDING_DETAILS_REPLY_0.fullmatch(text, start, end)
    if found is None:
        raise Declined
    _, _s0, _t0, _, _s1, _t1, _ = found.groups()
    account_balance = (_t0 or "") if _s0 else None
    funds_left = (_t1 or "") if _s1 else None
    _record = GetFundingDetailsReply(account_balance=account_balance, funds_left=funds_left)
    return _record
