"""Readers of plain XML answers without a tree: one pattern per run of elements, in the documented order.

Each ``scan_<record>(text, start, end)`` reads a record from its element's content, ``text[start:end]``,
or raises ``Declined`` for anything outside the plain form (see ``_scanio``); the readers of ``_xml``
then read the answer from its tree.
"""

from __future__ import annotations

import re
from typing import Final

from ._record import slot_setters
from ._scanio import (
    Declined,
    after,
    blank,
    close,
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

_CALL_SLOTS: Final = slot_setters(
    Call,
    (
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
    ),
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
        call_hash_seen,
        call_hash_text,
        _,
        failure_code_seen,
        failure_code_text,
        _,
        sip_response_code_seen,
        sip_response_code_text,
        _,
        account_usage_inbound_seen,
        account_usage_inbound_text,
        _,
        account_usage_outbound_seen,
        account_usage_outbound_text,
        _,
        account_call_limit_seen,
        account_call_limit_text,
        _,
        subaccount_usage_inbound_seen,
        subaccount_usage_inbound_text,
        _,
        subaccount_usage_outbound_seen,
        subaccount_usage_outbound_text,
        _,
        subaccount_call_limit_seen,
        subaccount_call_limit_text,
        _,
        subaccount_channel_inbound_seen,
        subaccount_channel_inbound_text,
        _,
        subaccount_channel_outbound_seen,
        subaccount_channel_outbound_text,
        _,
        channel_usage_inbound_seen,
        channel_usage_inbound_text,
        _,
        channel_usage_outbound_seen,
        channel_usage_outbound_text,
        _,
        channel_usage_excess_seen,
        channel_usage_excess_text,
        _,
    ) = found.groups()
    (
        _set_call_hash,
        _set_failure_code,
        _set_sip_response_code,
        _set_account_usage_inbound,
        _set_account_usage_outbound,
        _set_account_call_limit,
        _set_subaccount_usage_inbound,
        _set_subaccount_usage_outbound,
        _set_subaccount_call_limit,
        _set_subaccount_channel_inbound,
        _set_subaccount_channel_outbound,
        _set_channel_usage_inbound,
        _set_channel_usage_outbound,
        _set_channel_usage_excess,
    ) = _CALL_SLOTS
    call_hash = (call_hash_text or "") if call_hash_seen else None
    failure_code = (failure_code_text or "") if failure_code_seen else None
    sip_response_code = (
        (
            int(sip_response_code_text)
            if sip_response_code_text
            and len(sip_response_code_text) <= 40
            and sip_response_code_text.isascii()
            and sip_response_code_text.isdigit()
            else read_int(sip_response_code_text, "", "sip_response_code")
        )
        if sip_response_code_seen
        else None
    )
    account_usage_inbound = (
        (
            int(account_usage_inbound_text)
            if account_usage_inbound_text
            and len(account_usage_inbound_text) <= 40
            and account_usage_inbound_text.isascii()
            and account_usage_inbound_text.isdigit()
            else read_int(account_usage_inbound_text, "", "account_usage_inbound")
        )
        if account_usage_inbound_seen
        else None
    )
    account_usage_outbound = (
        (
            int(account_usage_outbound_text)
            if account_usage_outbound_text
            and len(account_usage_outbound_text) <= 40
            and account_usage_outbound_text.isascii()
            and account_usage_outbound_text.isdigit()
            else read_int(account_usage_outbound_text, "", "account_usage_outbound")
        )
        if account_usage_outbound_seen
        else None
    )
    account_call_limit = (
        (
            int(account_call_limit_text)
            if account_call_limit_text
            and len(account_call_limit_text) <= 40
            and account_call_limit_text.isascii()
            and account_call_limit_text.isdigit()
            else read_int(account_call_limit_text, "", "account_call_limit")
        )
        if account_call_limit_seen
        else None
    )
    subaccount_usage_inbound = (
        (
            int(subaccount_usage_inbound_text)
            if subaccount_usage_inbound_text
            and len(subaccount_usage_inbound_text) <= 40
            and subaccount_usage_inbound_text.isascii()
            and subaccount_usage_inbound_text.isdigit()
            else read_int(subaccount_usage_inbound_text, "", "subaccount_usage_inbound")
        )
        if subaccount_usage_inbound_seen
        else None
    )
    subaccount_usage_outbound = (
        (
            int(subaccount_usage_outbound_text)
            if subaccount_usage_outbound_text
            and len(subaccount_usage_outbound_text) <= 40
            and subaccount_usage_outbound_text.isascii()
            and subaccount_usage_outbound_text.isdigit()
            else read_int(subaccount_usage_outbound_text, "", "subaccount_usage_outbound")
        )
        if subaccount_usage_outbound_seen
        else None
    )
    subaccount_call_limit = (
        (
            int(subaccount_call_limit_text)
            if subaccount_call_limit_text
            and len(subaccount_call_limit_text) <= 40
            and subaccount_call_limit_text.isascii()
            and subaccount_call_limit_text.isdigit()
            else read_int(subaccount_call_limit_text, "", "subaccount_call_limit")
        )
        if subaccount_call_limit_seen
        else None
    )
    subaccount_channel_inbound = (
        (
            int(subaccount_channel_inbound_text)
            if subaccount_channel_inbound_text
            and len(subaccount_channel_inbound_text) <= 40
            and subaccount_channel_inbound_text.isascii()
            and subaccount_channel_inbound_text.isdigit()
            else read_int(subaccount_channel_inbound_text, "", "subaccount_channel_inbound")
        )
        if subaccount_channel_inbound_seen
        else None
    )
    subaccount_channel_outbound = (
        (
            int(subaccount_channel_outbound_text)
            if subaccount_channel_outbound_text
            and len(subaccount_channel_outbound_text) <= 40
            and subaccount_channel_outbound_text.isascii()
            and subaccount_channel_outbound_text.isdigit()
            else read_int(subaccount_channel_outbound_text, "", "subaccount_channel_outbound")
        )
        if subaccount_channel_outbound_seen
        else None
    )
    channel_usage_inbound = (
        (
            int(channel_usage_inbound_text)
            if channel_usage_inbound_text
            and len(channel_usage_inbound_text) <= 40
            and channel_usage_inbound_text.isascii()
            and channel_usage_inbound_text.isdigit()
            else read_int(channel_usage_inbound_text, "", "channel_usage_inbound")
        )
        if channel_usage_inbound_seen
        else None
    )
    channel_usage_outbound = (
        (
            int(channel_usage_outbound_text)
            if channel_usage_outbound_text
            and len(channel_usage_outbound_text) <= 40
            and channel_usage_outbound_text.isascii()
            and channel_usage_outbound_text.isdigit()
            else read_int(channel_usage_outbound_text, "", "channel_usage_outbound")
        )
        if channel_usage_outbound_seen
        else None
    )
    channel_usage_excess = (
        (
            int(channel_usage_excess_text)
            if channel_usage_excess_text
            and len(channel_usage_excess_text) <= 40
            and channel_usage_excess_text.isascii()
            and channel_usage_excess_text.isdigit()
            else read_int(channel_usage_excess_text, "", "channel_usage_excess")
        )
        if channel_usage_excess_seen
        else None
    )
    _record = object.__new__(Call)
    _set_call_hash(_record, call_hash)
    _set_failure_code(_record, failure_code)
    _set_sip_response_code(_record, sip_response_code)
    _set_account_usage_inbound(_record, account_usage_inbound)
    _set_account_usage_outbound(_record, account_usage_outbound)
    _set_account_call_limit(_record, account_call_limit)
    _set_subaccount_usage_inbound(_record, subaccount_usage_inbound)
    _set_subaccount_usage_outbound(_record, subaccount_usage_outbound)
    _set_subaccount_call_limit(_record, subaccount_call_limit)
    _set_subaccount_channel_inbound(_record, subaccount_channel_inbound)
    _set_subaccount_channel_outbound(_record, subaccount_channel_outbound)
    _set_channel_usage_inbound(_record, channel_usage_inbound)
    _set_channel_usage_outbound(_record, channel_usage_outbound)
    _set_channel_usage_excess(_record, channel_usage_excess)
    return _record


_GET_CALLS_REPLY_SLOTS: Final = slot_setters(GetCallsReply, ("calls",))
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


def _scan_get_calls_reply_calls(text: str, start: int, end: int) -> tuple[Call, ...]:
    """The items of GetCallsReply's list element, from its content."""
    records: list[Call] = []
    append = records.append
    (
        _set_call_hash,
        _set_failure_code,
        _set_sip_response_code,
        _set_account_usage_inbound,
        _set_account_usage_outbound,
        _set_account_call_limit,
        _set_subaccount_usage_inbound,
        _set_subaccount_usage_outbound,
        _set_subaccount_call_limit,
        _set_subaccount_channel_inbound,
        _set_subaccount_channel_outbound,
        _set_channel_usage_inbound,
        _set_channel_usage_outbound,
        _set_channel_usage_excess,
    ) = _CALL_SLOTS
    for (
        _,
        call_hash_seen,
        call_hash_text,
        _,
        failure_code_seen,
        failure_code_text,
        _,
        sip_response_code_seen,
        sip_response_code_text,
        _,
        account_usage_inbound_seen,
        account_usage_inbound_text,
        _,
        account_usage_outbound_seen,
        account_usage_outbound_text,
        _,
        account_call_limit_seen,
        account_call_limit_text,
        _,
        subaccount_usage_inbound_seen,
        subaccount_usage_inbound_text,
        _,
        subaccount_usage_outbound_seen,
        subaccount_usage_outbound_text,
        _,
        subaccount_call_limit_seen,
        subaccount_call_limit_text,
        _,
        subaccount_channel_inbound_seen,
        subaccount_channel_inbound_text,
        _,
        subaccount_channel_outbound_seen,
        subaccount_channel_outbound_text,
        _,
        channel_usage_inbound_seen,
        channel_usage_inbound_text,
        _,
        channel_usage_outbound_seen,
        channel_usage_outbound_text,
        _,
        channel_usage_excess_seen,
        channel_usage_excess_text,
        _,
        stray,
    ) in _GET_CALLS_REPLY_CALLS.findall(text, start, end):
        if stray:
            raise Declined
        call_hash = (call_hash_text or "") if call_hash_seen else None
        failure_code = (failure_code_text or "") if failure_code_seen else None
        sip_response_code = (
            (
                int(sip_response_code_text)
                if sip_response_code_text
                and len(sip_response_code_text) <= 40
                and sip_response_code_text.isascii()
                and sip_response_code_text.isdigit()
                else read_int(sip_response_code_text, "", "sip_response_code")
            )
            if sip_response_code_seen
            else None
        )
        account_usage_inbound = (
            (
                int(account_usage_inbound_text)
                if account_usage_inbound_text
                and len(account_usage_inbound_text) <= 40
                and account_usage_inbound_text.isascii()
                and account_usage_inbound_text.isdigit()
                else read_int(account_usage_inbound_text, "", "account_usage_inbound")
            )
            if account_usage_inbound_seen
            else None
        )
        account_usage_outbound = (
            (
                int(account_usage_outbound_text)
                if account_usage_outbound_text
                and len(account_usage_outbound_text) <= 40
                and account_usage_outbound_text.isascii()
                and account_usage_outbound_text.isdigit()
                else read_int(account_usage_outbound_text, "", "account_usage_outbound")
            )
            if account_usage_outbound_seen
            else None
        )
        account_call_limit = (
            (
                int(account_call_limit_text)
                if account_call_limit_text
                and len(account_call_limit_text) <= 40
                and account_call_limit_text.isascii()
                and account_call_limit_text.isdigit()
                else read_int(account_call_limit_text, "", "account_call_limit")
            )
            if account_call_limit_seen
            else None
        )
        subaccount_usage_inbound = (
            (
                int(subaccount_usage_inbound_text)
                if subaccount_usage_inbound_text
                and len(subaccount_usage_inbound_text) <= 40
                and subaccount_usage_inbound_text.isascii()
                and subaccount_usage_inbound_text.isdigit()
                else read_int(subaccount_usage_inbound_text, "", "subaccount_usage_inbound")
            )
            if subaccount_usage_inbound_seen
            else None
        )
        subaccount_usage_outbound = (
            (
                int(subaccount_usage_outbound_text)
                if subaccount_usage_outbound_text
                and len(subaccount_usage_outbound_text) <= 40
                and subaccount_usage_outbound_text.isascii()
                and subaccount_usage_outbound_text.isdigit()
                else read_int(subaccount_usage_outbound_text, "", "subaccount_usage_outbound")
            )
            if subaccount_usage_outbound_seen
            else None
        )
        subaccount_call_limit = (
            (
                int(subaccount_call_limit_text)
                if subaccount_call_limit_text
                and len(subaccount_call_limit_text) <= 40
                and subaccount_call_limit_text.isascii()
                and subaccount_call_limit_text.isdigit()
                else read_int(subaccount_call_limit_text, "", "subaccount_call_limit")
            )
            if subaccount_call_limit_seen
            else None
        )
        subaccount_channel_inbound = (
            (
                int(subaccount_channel_inbound_text)
                if subaccount_channel_inbound_text
                and len(subaccount_channel_inbound_text) <= 40
                and subaccount_channel_inbound_text.isascii()
                and subaccount_channel_inbound_text.isdigit()
                else read_int(subaccount_channel_inbound_text, "", "subaccount_channel_inbound")
            )
            if subaccount_channel_inbound_seen
            else None
        )
        subaccount_channel_outbound = (
            (
                int(subaccount_channel_outbound_text)
                if subaccount_channel_outbound_text
                and len(subaccount_channel_outbound_text) <= 40
                and subaccount_channel_outbound_text.isascii()
                and subaccount_channel_outbound_text.isdigit()
                else read_int(subaccount_channel_outbound_text, "", "subaccount_channel_outbound")
            )
            if subaccount_channel_outbound_seen
            else None
        )
        channel_usage_inbound = (
            (
                int(channel_usage_inbound_text)
                if channel_usage_inbound_text
                and len(channel_usage_inbound_text) <= 40
                and channel_usage_inbound_text.isascii()
                and channel_usage_inbound_text.isdigit()
                else read_int(channel_usage_inbound_text, "", "channel_usage_inbound")
            )
            if channel_usage_inbound_seen
            else None
        )
        channel_usage_outbound = (
            (
                int(channel_usage_outbound_text)
                if channel_usage_outbound_text
                and len(channel_usage_outbound_text) <= 40
                and channel_usage_outbound_text.isascii()
                and channel_usage_outbound_text.isdigit()
                else read_int(channel_usage_outbound_text, "", "channel_usage_outbound")
            )
            if channel_usage_outbound_seen
            else None
        )
        channel_usage_excess = (
            (
                int(channel_usage_excess_text)
                if channel_usage_excess_text
                and len(channel_usage_excess_text) <= 40
                and channel_usage_excess_text.isascii()
                and channel_usage_excess_text.isdigit()
                else read_int(channel_usage_excess_text, "", "channel_usage_excess")
            )
            if channel_usage_excess_seen
            else None
        )
        record = object.__new__(Call)
        _set_call_hash(record, call_hash)
        _set_failure_code(record, failure_code)
        _set_sip_response_code(record, sip_response_code)
        _set_account_usage_inbound(record, account_usage_inbound)
        _set_account_usage_outbound(record, account_usage_outbound)
        _set_account_call_limit(record, account_call_limit)
        _set_subaccount_usage_inbound(record, subaccount_usage_inbound)
        _set_subaccount_usage_outbound(record, subaccount_usage_outbound)
        _set_subaccount_call_limit(record, subaccount_call_limit)
        _set_subaccount_channel_inbound(record, subaccount_channel_inbound)
        _set_subaccount_channel_outbound(record, subaccount_channel_outbound)
        _set_channel_usage_inbound(record, channel_usage_inbound)
        _set_channel_usage_outbound(record, channel_usage_outbound)
        _set_channel_usage_excess(record, channel_usage_excess)
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
    (_set_calls,) = _GET_CALLS_REPLY_SLOTS
    _record = object.__new__(GetCallsReply)
    _set_calls(_record, calls)
    return _record


_GET_FUNDING_DETAILS_REPLY_SLOTS: Final = slot_setters(GetFundingDetailsReply, ("account_balance", "funds_left"))
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
    _, account_balance_seen, account_balance_text, _, funds_left_seen, funds_left_text, _ = found.groups()
    _set_account_balance, _set_funds_left = _GET_FUNDING_DETAILS_REPLY_SLOTS
    account_balance = (account_balance_text or "") if account_balance_seen else None
    funds_left = (funds_left_text or "") if funds_left_seen else None
    _record = object.__new__(GetFundingDetailsReply)
    _set_account_balance(_record, account_balance)
    _set_funds_left(_record, funds_left)
    return _record
