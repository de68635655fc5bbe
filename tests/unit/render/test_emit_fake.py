"""Unit tests of ``generator.render.emit.fake``: the fake carrier's tables as code."""

from __future__ import annotations

from dataclasses import replace

from generator.ir import ClientOption, Credential, EnumType, Envelope, Field, Model, TypeRef
from generator.render.emit.fake import FakeEmitter
from tests.factories import field, operation, spec


def test_a_shape_names_its_kind_container_and_wire_details() -> None:
    enums = (EnumType("Kind", "A kind.", ("a", "b"), "open_enum_class"),)
    models = (Model("Item", "An item.", (field("code", "integer", required=True),)),)
    emitter = FakeEmitter(spec(models=models, enums=enums))
    kinds = replace(field("kinds", "csv", item="Kind"), location="query")
    items = replace(field("items", "list", item="Item", required=True), xml_item="item", encoding="json")
    assert (
        emitter.shape(kinds)
        == 'Shape("kinds", "kinds", "enum", values=("a", "b"), open=True, container="csv", location="query")'
    )
    assert emitter.shape(items) == (
        'Shape("items", "items", "record", record="Item", container="list", required=True, xml_item="item", '
        'encoding="json")'
    )
    flag = replace(field("flag", "boolean"), booleans=("yes", "no"))
    assert emitter.shape(flag) == 'Shape("flag", "flag", "boolean", booleans=("yes", "no"))'


def test_a_patterned_string_carries_a_sample_the_pattern_accepts() -> None:
    emitter = FakeEmitter(spec())
    assert emitter.shape(field("code", pattern="^[A-Z]{2}$")) == 'Shape("code", "code", "string", sample="ZZ")'


def test_a_record_names_the_sdks_model_class() -> None:
    model = Model("Item", "An item.", (field("code", "integer"),))
    assert (
        FakeEmitter(spec(models=(model,))).record(model)
        == 'Record("Item", (Shape("code", "code", "integer"),), _models.Item)'
    )


def test_an_operation_names_the_sdks_builder_and_what_differs_from_the_defaults() -> None:
    op = operation(
        "buyThing",
        field("n", "integer", required=True),
        python_name="buy_thing",
        http_method="POST",
        fixed_query=(("method", "buyThing"),),
        body_format="xml",
        xml_root="request",
        response=TypeRef("Result"),
        response_xml_root="response",
        success_status=(201,),
        mutates=True,
    )
    code = FakeEmitter(spec(op, models=(Model("Result", "A result.", ()),))).operation(op)
    assert code.startswith(
        'Op("buyThing", "buy_thing", "POST", "/things", _ops.build_buy_thing, fixed_query=(("method", "buyThing"),)'
    )
    for part in (
        'body="xml"',
        'xml_root="request"',
        'record="Result"',
        'response_root="response"',
        "success_status=201",
        "mutates=True",
    ):
        assert part in code


def test_provider_tables_spelling_auth_path_options_and_the_answer_format() -> None:
    credentials = (
        Credential("user", "user", "user", "The user."),
        Credential("key", "secureKey", "secure_key", "The key.", secret=True),
    )
    option = ClientOption("fmt", "fmt", TypeRef("string"), "Format.", "path", segment="json", role="response_format")
    envelope = Envelope("details.status", ("ok",), "details.messages.message")
    emitter = FakeEmitter(
        spec(
            credentials=credentials,
            client_options=(option,),
            envelope=envelope,
            error_format="envelope",
            booleans=("1", "0"),
        )
    )
    assert emitter.spelling() == 'Spelling(("1", "0"), "%Y-%m-%d", "%Y-%m-%d %H:%M:%S")'
    assert emitter.auth() == 'Auth("query", (("user", "user"),), (("secureKey", "secure_key"),))'
    assert emitter.path_options() == '(("json", "fmt"),)'
    assert emitter.answer_format() == (
        'EnvelopeFormat(WRITER, status=("details", "status"), success="ok", '
        'messages=("details", "messages", "message"), message_code="code", message_text="_content", '
        'format_option="fmt")'
    )
    assert FakeEmitter(spec(error_format="status_field")).answer_format() == "StatusFieldFormat(TEXT_WRITER)"
    soap = FakeEmitter(spec(error_format="soap_fault", xml_namespace="urn:x"))
    assert soap.answer_format() == 'SoapFormat(WRITER, namespace="urn:x", fault_element=fault_detail)'
    assert soap.answer_format_class() == "SoapFormat"


def test_fields_without_a_location_stay_without_one() -> None:
    assert "location" not in FakeEmitter(spec()).shape(Field("a", "a", TypeRef("string"), "A."))
