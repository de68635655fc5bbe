"""JSON readers, one straight-line function per record, and msgspec fast paths where they fit."""

from __future__ import annotations

from typing import Any, Final

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
    unwrap_all,
)
from ._record import builder
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


_CALL_BUILDER: Final = builder(
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


class CallWire(msgspec.Struct, kw_only=True, frozen=True):
    """The Call record as msgspec decodes it from the JSON form (a Struct: cheap to define)."""

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

    def unwrap(self) -> Call:
        """The record the Struct stands for."""
        _built: Any = object.__new__(_CALL_BUILDER)
        _built.call_hash = self.call_hash
        _built.failure_code = self.failure_code
        _built.sip_response_code = self.sip_response_code
        _built.account_usage_inbound = self.account_usage_inbound
        _built.account_usage_outbound = self.account_usage_outbound
        _built.account_call_limit = self.account_call_limit
        _built.subaccount_usage_inbound = self.subaccount_usage_inbound
        _built.subaccount_usage_outbound = self.subaccount_usage_outbound
        _built.subaccount_call_limit = self.subaccount_call_limit
        _built.subaccount_channel_inbound = self.subaccount_channel_inbound
        _built.subaccount_channel_outbound = self.subaccount_channel_outbound
        _built.channel_usage_inbound = self.channel_usage_inbound
        _built.channel_usage_outbound = self.channel_usage_outbound
        _built.channel_usage_excess = self.channel_usage_excess
        _built.__class__ = Call
        record: Call = _built
        return record


class _GetCallsReplyCalls(msgspec.Struct, frozen=True):
    """A GetCallsReply list as the XML form holds it: its items, or one item alone."""

    call: list[CallWire] | CallWire = []

    def unwrap(self) -> tuple[Call, ...]:
        """The items, as the record holds them."""
        return unwrap_all(self.call)


_GET_CALLS_REPLY_BUILDER: Final = builder(GetCallsReply, ("calls",))


class GetCallsReplyWire(msgspec.Struct, kw_only=True, frozen=True):
    """The GetCallsReply record as msgspec decodes it from the JSON form (a Struct: cheap to define)."""

    calls: _GetCallsReplyCalls | None = None

    def unwrap(self) -> GetCallsReply:
        """The record the Struct stands for."""
        _built: Any = object.__new__(_GET_CALLS_REPLY_BUILDER)
        _built.calls = () if self.calls is None else self.calls.unwrap()
        _built.__class__ = GetCallsReply
        record: GetCallsReply = _built
        return record


_GET_FUNDING_DETAILS_REPLY_BUILDER: Final = builder(GetFundingDetailsReply, ("account_balance", "funds_left"))


class GetFundingDetailsReplyWire(msgspec.Struct, kw_only=True, frozen=True):
    """The GetFundingDetailsReply record as msgspec decodes it from the JSON form (a Struct: cheap to define)."""

    account_balance: str | None = None
    funds_left: str | None = None

    def unwrap(self) -> GetFundingDetailsReply:
        """The record the Struct stands for."""
        _built: Any = object.__new__(_GET_FUNDING_DETAILS_REPLY_BUILDER)
        _built.account_balance = self.account_balance
        _built.funds_left = self.funds_left
        _built.__class__ = GetFundingDetailsReply
        record: GetFundingDetailsReply = _built
        return record
