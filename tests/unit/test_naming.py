import pytest

from generator import naming


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("PlaceDIDsOrder", "place_dids_order"),
        ("getDIDsInfo", "get_dids_info"),
        ("DIDsID", "dids_id"),
        ("CountryID", "country_id"),
        ("purchaseVoxNumbers", "purchase_vox_numbers"),
        ("GetDIDGroupList", "get_did_group_list"),
        ("DIDGroupID", "did_group_id"),
        ("GetPOPList", "get_pop_list"),
        ("Setup100", "setup100"),
        ("CodeA2", "code_a2"),
        ("api_username", "api_username"),
        ("sendMMS", "send_mms"),
        ("getURLs", "get_urls"),
        ("e911", "e911"),
        ("shift[0][status]", "shift_0_status"),
        ("getDIDvPRI", "get_did_vpri"),
    ],
)
def test_snake_case_keeps_acronyms_whole(wire: str, python: str) -> None:
    assert naming.snake_case(wire) == python


def test_argument_names_avoid_keywords_and_reserved_arguments() -> None:
    assert naming.argument_name("from") == "from_"
    assert naming.argument_name("class") == "class_"
    assert naming.argument_name("timeout") == "timeout_"
    assert naming.argument_name("type") == "type"  # shadowing a builtin is harmless in a signature
    assert naming.argument_name("area_code") == "area_code"


@pytest.mark.parametrize("soft", ["type", "match", "case", "_"])
def test_soft_keywords_stay_names(soft: str) -> None:
    # Valid identifiers on every supported Python; escaping them made the output depend on the
    # interpreter (`type` became a soft keyword in 3.12, so `type=` turned into `type_=` there).
    assert naming.argument_name(soft) == soft
    assert naming.safe_identifier(soft) == soft


def test_the_keyword_list_is_fixed_and_is_pythons_hard_keywords() -> None:
    import keyword

    assert frozenset(keyword.kwlist) == naming.KEYWORDS  # the hard keywords are the same on 3.11-3.13
    assert not {"type", "match", "case", "_"} & naming.KEYWORDS
    assert "keyword" not in naming.__dict__  # the running interpreter's list is never consulted
    assert all(naming.safe_identifier(word) == word + "_" for word in naming.KEYWORDS)


def test_error_class_names_do_not_double_the_suffix() -> None:
    assert naming.error_class_name("quantity_out_of_range") == "QuantityOutOfRangeError"
    assert naming.error_class_name("xml_parse_error") == "XmlParseError"
    assert naming.error_class_name("Unable_to_purchase") == "UnableToPurchaseError"


def test_leading_digits_get_an_underscore() -> None:
    assert naming.snake_case("3cx") == "_3_cx"
    assert naming.pascal_case("3cx_backup") == "_3CxBackup"


def test_constant_name() -> None:
    assert naming.constant_name("NumberType") == "NUMBER_TYPE"


def test_names_of_a_records_xml_reader_and_its_helpers() -> None:
    assert naming.reader_name("GetDIDsInfoResponse") == "read_get_dids_info_response"
    assert naming.tag_reader_name("GetDIDsInfoResponse") == "_read_get_dids_info_response_by_tag"


def test_an_enveloped_payloads_names() -> None:
    assert naming.payload_name("GetCallsReply") == "get_calls_reply_payload"
    assert naming.wire_name("GetCallsReply") == "GetCallsReplyWire"
