"""Code-emitting filters, rendered as the templates use them: the code is black's own layout."""

from __future__ import annotations

from dataclasses import replace

import black
from black.mode import TargetVersion

from generator.ir import ApiSpec, Credential, EnumType, Model
from generator.render import environment
from tests import factories as f

MODE = black.Mode(line_length=120, target_versions={TargetVersion.PY311})

NAME = "voicemail_transcription_messages_of_the_account"
RECORDS = f.field(NAME, "list", item="VoicemailTranscriptionMessage")
ENUM_NAME = "AnnouncePositionEnabledReportEstimatedHoldTime"
ENUM = f.field(NAME + "_status", ENUM_NAME, required=True)
SPEC = f.spec(
    f.operation("getThings", RECORDS),
    models=(Model("VoicemailTranscriptionMessage", "A message.", (f.field("id", "integer"),)), Model("Box", "", ())),
    enums=(EnumType(ENUM_NAME, "Yes or no.", ("yes", "no")),),
)


def render(lines: list[str], spec: ApiSpec, optional: frozenset[str] = frozenset(), **values: object) -> str:
    """A template of ``lines`` rendered like the package templates (same filters and context)."""
    context = {"spec": spec, "emitters": {}, "optional_credentials": optional, **values}
    return environment().from_string("\n".join(lines) + "\n").render(context)


def black_keeps(source: str) -> bool:
    return black.format_str(source, mode=MODE) == source


def test_json_arguments_are_laid_out_as_black_would() -> None:
    template = [
        "def read_box(data, path):",
        "    get = data.get",
        "    return Box(",
        "{%- for x in fields %}",
        "        {{ x | json_argument }}",
        "{%- endfor %}",
        "    )",
    ]
    source = render(template, SPEC, fields=[RECORDS, ENUM, f.field("id", "integer", required=True)])
    assert black_keeps(source), source
    assert f"        {NAME}=tuple(\n" in source
    assert f"        {NAME}_status=required(\n" in source
    assert '        id=required(json_int(get("id"), path, "id"), join_path(path, "id")),\n' in source


def test_xml_code_uses_double_quotes_and_black_layout() -> None:
    spec = replace(SPEC, provider=replace(SPEC.provider, xml_namespace="http://example.com/api"))
    field = replace(RECORDS, xml_item="Message")
    reader = [
        "def read_box(element, path):",
        "    for child in element:",
        '        if child.tag == "x":',
        '{{ field | xml_read("child", "path") | indent(12, first=True) }}',
        "    return Box(",
        "        {{ field | xml_constructor_arg }}",
        "    )",
    ]
    writer = [
        "def write_box(value, out):",
        '{{ field | xml_write("value." ~ field.python_name) | indent(4, first=True) }}',
    ]
    for template in (reader, writer):
        source = render(template, spec, field=field)
        assert black_keeps(source), source
        assert "'" not in source
    assert f'    out.append("<tns:{NAME}>")\n' in render(writer, spec, field=field)


def test_credential_pairs_are_a_tuple_black_keeps() -> None:
    template = [
        "class C:",
        "    def pairs(self):",
        '        {{ spec.provider | credential_pairs(12) | layout_collection(8, "pairs = (", ")", "", True, True) }}',
    ]
    user = Credential("api_username", "api_username", "The user.")
    password = Credential("api_password", "api_password", "The password.", secret=True)
    key = Credential("api_key_used_when_no_password_is_given", "api_key", "The key.", secret=True)
    for credentials, location in (((user,), "body"), ((user,), "query"), ((user, password, key), "header")):
        source = render(template, f.spec(credentials=credentials, auth_location=location), frozenset({"api_key"}))
        assert black_keeps(source), source
    assert "self._api_key.reveal() if self._api_key is not None else None" in source
    assert render(template, f.spec(credentials=(user,), auth_location="body")).endswith("pairs = ()\n")


def test_long_check_messages_are_exploded_as_black_would() -> None:
    wrong = "The requested status is not valid. The valid values are yes and no, in lower case"
    field = replace(ENUM, messages=(("enum", wrong), ("required", "Status Empty")))
    template = [
        "def build():",
        "    problems = []",
        "{{ field | check_field(field.python_name, field.python_name | py) | indent(4, first=True) }}",
    ]
    source = render(template, f.spec(f.operation("op", field), enums=SPEC.enums), field=field)
    assert black_keeps(source), source
    assert "        messages={\n" in source
