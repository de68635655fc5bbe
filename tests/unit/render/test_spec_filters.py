"""Filters that emit code, rendered as the package templates use them, then formatted as the pipeline does.

The formatted code must be valid Python that black leaves as it is (the style contract).
"""

from __future__ import annotations

import ast
from dataclasses import replace

import black
from black.mode import TargetVersion

from generator.ir import ApiSpec, Credential, EnumType, Model
from generator.output.format import LINE_LENGTH, format_sources
from generator.passes import run_passes
from generator.render.environment import environment_for
from tests import factories as f

MODE = black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY311})

NAME = "voicemail_transcription_messages_of_the_account"
RECORDS = f.field(NAME, "list", item="VoicemailTranscriptionMessage")
ENUM_NAME = "AnnouncePositionEnabledReportEstimatedHoldTime"
ENUM = f.field(NAME + "_status", ENUM_NAME, required=True)
SPEC = f.spec(
    f.operation("getThings", RECORDS),
    models=(Model("VoicemailTranscriptionMessage", "A message.", (f.field("id", "integer"),)), Model("Box", "", ())),
    enums=(EnumType(ENUM_NAME, "Yes or no.", ("yes", "no")),),
)


def render(lines: list[str], spec: ApiSpec, **values: object) -> str:
    """A template of ``lines`` rendered with ``spec``'s filters, then formatted like generated code."""
    source = environment_for(spec).from_string("\n".join(lines) + "\n").render({"spec": spec, **values})
    formatted = format_sources({"snippet.py": source}, LINE_LENGTH, fix_imports=False)["snippet.py"]
    ast.parse(formatted)
    assert black.format_str(formatted, mode=MODE) == formatted, formatted
    return formatted


def test_json_arguments_read_each_field() -> None:
    template = [
        "def read_box(data, path):",
        "    get = data.get",
        "    return Box(",
        "{%- for x in fields %}",
        "        {{ x | json_argument }},",
        "{%- endfor %}",
        "    )",
    ]
    source = render(template, SPEC, fields=[RECORDS, ENUM, f.field("id", "integer", required=True)])
    assert f"        {NAME}=tuple(\n" in source
    assert '        id=required(json_int(get("id"), path, "id"), join_path(path, "id")),\n' in source


def test_xml_code_writes_prefixed_elements_and_reads_namespaced_tags() -> None:
    spec = replace(SPEC, provider=replace(SPEC.provider, xml_namespace="http://example.com/api"))
    field = replace(RECORDS, xml_item="Message")
    reader = [
        "def read_box(element, path):",
        "    for child in element:",
        "        if child.tag == {{ field | xml_tag | py }}:",
        '{{ field | xml_read("child") | indent(12, first=True) }}',
        "    return Box(",
        "        {{ field | xml_constructor_arg }},",
        "    )",
    ]
    writer = [
        "def write_box(value, out):",
        '{{ field | xml_write("value." ~ field.python_name) | indent(4, first=True) }}',
    ]
    assert '"{http://example.com/api}' + NAME + '"' in render(reader, spec, field=field)
    assert f'    out.append("<tns:{NAME}>")\n' in render(writer, spec, field=field)


def test_credential_pairs_reveal_secrets_only_where_sent() -> None:
    template = [
        "class C:",
        "    def pairs(self):",
        "        return query_pairs({{ spec.provider | credential_pairs | exploded_tuple }})",
    ]
    user = Credential("api_username", "api_username", "", "The user.")
    password = Credential("api_password", "api_password", "", "The password.", secret=True)
    key = Credential("apiKey", "api_key_used_when_no_password_is_given", "", "The key.", secret=True)
    rule = f.rule("one_of", "api_password", "apiKey")
    spec = run_passes(f.spec(credentials=(user, password, key), auth_location="header", auth_rules=(rule,)))
    source = render(template, spec)
    assert "self._api_key.reveal() if self._api_key is not None else None" in source
    assert '("api_username", self._api_username),' in source
    soap = run_passes(f.spec(credentials=(user,), auth_location="soap_token"))
    assert render(template, soap).endswith("return query_pairs(())\n")


def test_long_check_messages_stay_within_the_line() -> None:
    wrong = "The requested status is not valid. The valid values are yes and no, in lower case, and nothing else"
    field = replace(ENUM, messages=(("enum", wrong), ("required", "Status Empty")))
    template = [
        "def build():",
        "    problems = []",
        "{{ field | check_field(field.python_name, field.python_name | py) | indent(4, first=True) }}",
    ]
    source = render(template, f.spec(f.operation("op", field), enums=SPEC.enums), field=field)
    assert all(len(line) <= LINE_LENGTH for line in source.splitlines())
    assert "messages={" in source


def test_operation_docstrings_wrap_long_descriptions() -> None:
    long = "A parameter described at length, " * 8
    op = run_passes(
        f.spec(f.operation("getThing", replace(f.field("thing_id", "integer"), description=long)))
    ).operations[0]
    template = [
        "class Client:",
        "    def get_thing(self):",
        '        """{{ op | operation_docstring | indent(8) }}',
        '        """',
    ]
    source = render(template, SPEC, op=op)
    assert "        Args:\n            thing_id: A parameter" in source
    continued = [line for line in source.splitlines() if "length," in line and "thing_id" not in line]
    assert continued and all(line.startswith(" " * 16 + "length") for line in continued)
    assert all(len(line) <= LINE_LENGTH for line in source.splitlines())


def test_record_writers_are_qualified_and_nothing_else_is() -> None:
    # A name containing "write_" (rewrite_url) must stay as it is.
    item = Model("Item", "An item.", (f.field("rewrite_url"),))
    spec = run_passes(f.spec(f.operation("putThing", f.field("rewrite_url"), f.field("item", "Item")), models=(item,)))
    template = [
        "def build(rewrite_url, item):",
        "    out = []",
        "{%- for p in params %}",
        '{{ p | xml_write(p.python_name, "_xml.") | indent(4, first=True) }}',
        "{%- endfor %}",
    ]
    source = render(template, spec, params=spec.operations[0].params)
    assert "rewrite_url is not None" in source and "<rewrite_url>" in source and "re_xml" not in source
    assert "_xml.write_item(item, out)" in source
