"""Argument checks, one straight-line function per record a caller passes in."""

from __future__ import annotations

import re
from typing import Final

from ._validation import Problems, check_list, check_scalar
from .models import (
    CALLERID_PRIVACY_VALUES,
    CONFIRM_OPTION_VALUES,
    DIRECTOR_USAGE_TYPE_VALUES,
    ENDPOINT_TYPE_VALUES,
    LANGUAGE_VALUES,
    MATCH_METHOD_VALUES,
    SHIFT_STATUS_VALUES,
    CallEndpoint,
    CalleridCondition,
    DirectorAction,
    Shift,
)

_RE_08AE973C9A: Final = re.compile("^[0-9]+\\Z")
_RE_0ADF62BB5C: Final = re.compile("^[0-9abcdwW]+\\Z")
_RE_163E6F7A24: Final = re.compile("^[0-9]{10,}\\Z")
_RE_17DDC92317: Final = re.compile("^[0-9]{6}\\Z")
_RE_1A059BD149: Final = re.compile("^[A-Za-z0-9]{32}\\Z")
_RE_1AE097C139: Final = re.compile("^[0-9]{6,8}\\Z")
_RE_1CAD14710D: Final = re.compile("^[0-9A-D#*wW]+\\Z")
_RE_1CE42F2674: Final = re.compile("^[0-9+]{1,20}\\Z")
_RE_1EBEE98E33: Final = re.compile("^[A-Za-z]{2}\\Z")
_RE_24E1DA2435: Final = re.compile("^[0-9]{10,15}\\Z")
_RE_25D2B07EE4: Final = re.compile("^https?://")
_RE_31F75A318C: Final = re.compile("^[^@\\s]+@[^@\\s]+\\Z")
_RE_3F50B249C8: Final = re.compile("^[0-9]{4,8}\\Z")
_RE_649704AFA2: Final = re.compile("^([0-9]+|PON[0-9]{8})\\Z")
_RE_6B57E2DAB0: Final = re.compile("^[0-9]+(\\|.+)?\\Z")
_RE_7096AB08A3: Final = re.compile("^[A-Za-z0-9-]{32}\\Z")
_RE_7AA97A4F42: Final = re.compile("^[A-Z]{3}-[0-9]{3}-[0-9]{5}\\Z")
_RE_81BDE802C7: Final = re.compile("^[\\w '-]+\\Z")
_RE_830D595766: Final = re.compile("^[0-9]{3}\\Z")
_RE_84407BE604: Final = re.compile("^[0-9]{10}\\Z")
_RE_8520AF1EFB: Final = re.compile("^[A-Za-z0-9-]{36}\\Z")
_RE_8C3D2D6CE5: Final = re.compile("^(?!1|800|888|877|866|855)[0-9]{10}\\Z")
_RE_A4F86D523B: Final = re.compile("^[A-Za-z0-9]+\\Z")
_RE_AEF5155F1D: Final = re.compile("^[0-9a-f]{32}\\Z")
_RE_B90660B820: Final = re.compile("^[0-9]{4,12}\\Z")
_RE_FBBB81AA72: Final = re.compile("^[0-9]{1,10}\\Z")


def check_director_action(value: DirectorAction, path: str, problems: Problems) -> None:
    """Append every problem of a DirectorAction to ``problems``."""
    check_scalar(
        problems, value.usage_type, path + ".usage_type", "enum", allowed=DIRECTOR_USAGE_TYPE_VALUES, required=True
    )
    check_scalar(problems, value.offset, path + ".offset", "integer", required=True, minimum=0, maximum=115)
    check_scalar(problems, value.duration, path + ".duration", "integer", required=True, minimum=5, maximum=120)
    check_scalar(problems, value.client_peer_id, path + ".client_peer_id", "integer")
    check_scalar(problems, value.forward_number, path + ".forward_number", "string", pattern=_RE_08AE973C9A)
    check_scalar(problems, value.sip_uri, path + ".sip_uri", "string")
    check_scalar(problems, value.announce_media_file_id, path + ".announce_media_file_id", "integer")
    check_scalar(problems, value.send_dtmf, path + ".send_dtmf", "string", pattern=_RE_0ADF62BB5C)
    check_scalar(problems, value.confirm_media_file_id, path + ".confirm_media_file_id", "integer")
    check_list(problems, value.options, path + ".options", "enum", allowed=CONFIRM_OPTION_VALUES)
    check_scalar(problems, value.comments, path + ".comments", "string")
    if value.usage_type == "peer" and value.client_peer_id is None:
        problems.append((path + ".client_peer_id", "is required when usage_type is 'peer'"))
    if value.usage_type == "forward" and value.forward_number is None:
        problems.append((path + ".forward_number", "is required when usage_type is 'forward'"))
    if value.usage_type == "sip_uri" and value.sip_uri is None:
        problems.append((path + ".sip_uri", "is required when usage_type is 'sip_uri'"))
    if "announce_caller" in (value.options or ()) and value.announce_media_file_id is None:
        problems.append((path + ".announce_media_file_id", "is required when options includes 'announce_caller'"))


def check_callerid_condition(value: CalleridCondition, path: str, problems: Problems) -> None:
    """Append every problem of a CalleridCondition to ``problems``."""
    check_scalar(problems, value.client_callerid_profile_data_id, path + ".client_callerid_profile_data_id", "integer")
    check_scalar(problems, value.callerid_name, path + ".callerid_name", "string")
    check_scalar(problems, value.client_did_id, path + ".client_did_id", "integer")
    check_scalar(problems, value.callerid_number, path + ".callerid_number", "string", pattern=_RE_08AE973C9A)
    check_scalar(problems, value.privacy, path + ".privacy", "enum", allowed=CALLERID_PRIVACY_VALUES)
    check_scalar(problems, value.country_id, path + ".country_id", "integer")
    check_scalar(problems, value.state_id, path + ".state_id", "integer")
    check_scalar(problems, value.ratecenter_id, path + ".ratecenter_id", "integer")
    check_scalar(problems, value.radius_distance, path + ".radius_distance", "integer", minimum=10, maximum=1000)
    check_scalar(problems, value.source_number, path + ".source_number", "string", pattern=_RE_FBBB81AA72)
    check_scalar(problems, value.source_regexp, path + ".source_regexp", "string")
    check_scalar(problems, value.destination_number, path + ".destination_number", "string", pattern=_RE_FBBB81AA72)
    check_scalar(problems, value.destination_regexp, path + ".destination_regexp", "string")
    check_list(problems, value.match_methods, path + ".match_methods", "enum", allowed=MATCH_METHOD_VALUES)
    check_scalar(problems, value.order_index, path + ".order_index", "integer")
    check_scalar(problems, value.comments, path + ".comments", "string")


def check_shift(value: Shift, path: str, problems: Problems) -> None:
    """Append every problem of a Shift to ``problems``."""
    check_scalar(problems, value.status, path + ".status", "enum", allowed=SHIFT_STATUS_VALUES, required=True)
    check_scalar(problems, value.days, path + ".days", "integer", required=True, minimum=1)


def check_call_endpoint(value: CallEndpoint, path: str, problems: Problems) -> None:
    """Append every problem of a CallEndpoint to ``problems``."""
    check_scalar(problems, value.type, path + ".type", "enum", allowed=ENDPOINT_TYPE_VALUES)
    check_scalar(problems, value.value, path + ".value", "string")
    check_scalar(problems, value.callerid_name, path + ".callerid_name", "string", min_length=3, max_length=15)
    check_scalar(problems, value.callerid_number, path + ".callerid_number", "string", pattern=_RE_24E1DA2435)
    check_scalar(problems, value.language, path + ".language", "enum", allowed=LANGUAGE_VALUES)
    check_scalar(problems, value.send_dtmf, path + ".send_dtmf", "string")
    check_scalar(problems, value.announce_media_id, path + ".announce_media_id", "integer")
    check_scalar(problems, value.announce_media_path, path + ".announce_media_path", "string")
    check_scalar(problems, value.confirm_required, path + ".confirm_required", "boolean")
    check_scalar(problems, value.confirm_media_id, path + ".confirm_media_id", "integer")
    check_scalar(problems, value.confirm_media_path, path + ".confirm_media_path", "string")
    check_scalar(problems, value.retries, path + ".retries", "integer")
    check_scalar(problems, value.accept_key, path + ".accept_key", "integer")
    check_scalar(problems, value.reject_key, path + ".reject_key", "integer")
