"""JSON readers, one straight-line function per record, and msgspec fast paths where they fit."""

from __future__ import annotations

from typing import Any

import msgspec

from ._jsonio import (
    join_path,
    json_int,
)
from ._mirror import (
    ABSENT,
    mirror_list,
    mirror_object,
    mirror_str,
    one_or_many,
)
from .models import (
    Call,
    GetCallsReply,
    GetFundingDetailsReply,
)


def read_call(data: Any, path: str) -> Call:
    """Read a Call; unknown keys are ignored."""
    get = mirror_object(data, path).get
    return Call(
        call_hash=mirror_str(get("call_hash", ABSENT), path, "call_hash"),
        failure_code=mirror_str(get("failure_code", ABSENT), path, "failure_code"),
        sip_response_code=json_int(get("sip_response_code"), path, "sip_response_code"),
        account_usage_inbound=json_int(get("account_usage_inbound"), path, "account_usage_inbound"),
        account_usage_outbound=json_int(get("account_usage_outbound"), path, "account_usage_outbound"),
        account_call_limit=json_int(get("account_call_limit"), path, "account_call_limit"),
        subaccount_usage_inbound=json_int(get("subaccount_usage_inbound"), path, "subaccount_usage_inbound"),
        subaccount_usage_outbound=json_int(get("subaccount_usage_outbound"), path, "subaccount_usage_outbound"),
        subaccount_call_limit=json_int(get("subaccount_call_limit"), path, "subaccount_call_limit"),
        subaccount_channel_inbound=json_int(get("subaccount_channel_inbound"), path, "subaccount_channel_inbound"),
        subaccount_channel_outbound=json_int(get("subaccount_channel_outbound"), path, "subaccount_channel_outbound"),
        channel_usage_inbound=json_int(get("channel_usage_inbound"), path, "channel_usage_inbound"),
        channel_usage_outbound=json_int(get("channel_usage_outbound"), path, "channel_usage_outbound"),
        channel_usage_excess=json_int(get("channel_usage_excess"), path, "channel_usage_excess"),
    )


def read_get_calls_reply(data: Any, path: str) -> GetCallsReply:
    """Read a GetCallsReply; unknown keys are ignored."""
    get = mirror_object(data, path).get
    return GetCallsReply(
        calls=tuple(
            read_call(item, join_path(path, f"calls.call[{index}]"))
            for index, item in enumerate(mirror_list(get("calls"), path, "calls", "call"))
        ),
    )


def read_get_funding_details_reply(data: Any, path: str) -> GetFundingDetailsReply:
    """Read a GetFundingDetailsReply; unknown keys are ignored."""
    get = mirror_object(data, path).get
    return GetFundingDetailsReply(
        account_balance=mirror_str(get("account_balance", ABSENT), path, "account_balance"),
        funds_left=mirror_str(get("funds_left", ABSENT), path, "funds_left"),
    )


class _GetCallsReplyCalls(msgspec.Struct, frozen=True):
    """A GetCallsReply list as the XML form holds it: its items, or one item alone."""

    call: list[Call] | Call = []

    def unwrap(self) -> tuple[Call, ...]:
        """The items, as the record holds them."""
        return one_or_many(self.call)


class GetCallsReplyWire(msgspec.Struct, kw_only=True, frozen=True):
    """The GetCallsReply record as msgspec decodes it from the JSON form (a Struct: cheap to define)."""

    calls: _GetCallsReplyCalls | None = None

    def unwrap(self) -> GetCallsReply:
        """The record the Struct stands for."""
        return GetCallsReply(calls=() if self.calls is None else self.calls.unwrap())


class GetFundingDetailsReplyWire(msgspec.Struct, kw_only=True, frozen=True):
    """The GetFundingDetailsReply record as msgspec decodes it from the JSON form (a Struct: cheap to define)."""

    account_balance: str | None = None
    funds_left: str | None = None

    def unwrap(self) -> GetFundingDetailsReply:
        """The record the Struct stands for."""
        return GetFundingDetailsReply(account_balance=self.account_balance, funds_left=self.funds_left)
