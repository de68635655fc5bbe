"""The loader reports every problem with file, line and a hint, and builds the IR from clean specs."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ir import TypeRef
from generator.load import load_specs

ROOT = Path(__file__).resolve().parents[3]

MINIMAL = """\
spec_version: 1
provider:
  name: acme
  title: Acme
  description: A test carrier.
  base_urls: {production: "https://api.acme.test"}
  auth:
    location: query
    credentials:
      - {name: token, wire: token, secret: true, description: The API token.}
  response_format: xml
types:
  Kind:
    description: A kind.
    enum: [A, B]
  Thing:
    description: A thing.
    fields:
      - {name: id, type: integer, required: true, description: Its id.}
      - {name: kinds, type: "csv[Kind]", description: Its kinds.}
operations:
  getThing:
    description: Get a thing.
    http_method: GET
    path: /things
    params:
      - {name: id, in: query, type: integer, required: true, minimum: 1, description: The id.}
    response: {type: Thing, xml_root: thing}
"""


def load(path: Path):
    return load_specs([path], path.parent)


def test_a_clean_spec_loads_into_the_ir(write_spec) -> None:
    result = load(write_spec(MINIMAL))
    assert result.diagnostics == ()
    (spec,) = result.specs
    assert spec.provider.package == "acme_sdk"
    assert [e.name for e in spec.enums] == ["Kind"]
    assert spec.models[0].fields[1].type == TypeRef("csv", (TypeRef("Kind"),))
    operation = spec.operations[0]
    assert (operation.wire_name, operation.http_method, operation.response) == ("getThing", "GET", TypeRef("Thing"))
    assert operation.params[0].constraints.minimum == 1


def test_three_separate_mistakes_give_three_located_diagnostics(write_spec) -> None:
    broken = (
        MINIMAL.replace("http_method: GET", "http_method: FETCH")
        .replace("type: integer, required: true, minimum: 1", "type: integr, required: true, minimum: 1")
        .replace("  response_format: xml", "  response_format: xml\n  colour: blue")
    )
    result = load(write_spec(broken))
    assert result.specs == ()
    assert len(result.diagnostics) == 3
    by_path = {d.path: d for d in result.diagnostics}
    lines = broken.splitlines()
    assert by_path["provider.colour"].line == lines.index("  colour: blue") + 1
    assert "unknown key" in by_path["provider.colour"].message
    method = by_path["operations.getThing.http_method"]
    assert method.line == lines.index("    http_method: FETCH") + 1
    assert "FETCH" in method.message and "GET" in method.hint
    assert "operations.getThing.params[0].type" in by_path
    assert all(d.file.endswith("spec.yaml") and d.column >= 1 for d in result.diagnostics)


def test_semantic_mistakes_are_all_reported(write_spec) -> None:
    broken = (
        MINIMAL.replace("type: Thing, xml_root", "type: Thingy, xml_root").replace(
            "minimum: 1, description: The id.", "minimum: 9, maximum: 2, description: The id."
        )
        + "    rules:\n      - {require: id, when: colour}\n"
    )
    messages = sorted(d.message for d in load(write_spec(broken)).diagnostics)
    assert messages == [
        "minimum 9 is above maximum 2",
        "rule names unknown field 'colour'",
        "unknown type 'Thingy'",
    ]


def test_a_client_option_of_an_unknown_type_is_reported(write_spec) -> None:
    # Found by the loader fuzz: the option's type went unchecked, into code naming a type nobody defines.
    option = "  client_options:\n    - {name: lang, in: query, type: Language, description: The language.}\n"
    (diagnostic,) = load(
        write_spec(MINIMAL.replace("  response_format: xml\n", "  response_format: xml\n" + option))
    ).diagnostics
    assert (diagnostic.line, diagnostic.column, diagnostic.path) == (13, 31, "provider.client_options[0].type")
    assert diagnostic.message == "unknown type 'Language'"


def test_yaml_syntax_errors_are_located(write_spec) -> None:
    (diagnostic,) = load(write_spec(MINIMAL.replace("title: Acme", "title: [Acme"))).diagnostics
    assert diagnostic.message.startswith("YAML syntax error")
    assert diagnostic.line >= 4
    # Where the parser gave up is past the mistake: the diagnostic also says where the bracket opened.
    assert diagnostic.line > 4 and "(the construct began at line 4, column 10)" in diagnostic.message
    assert diagnostic.hint.startswith("correct the YAML syntax between line 4 and here")


def test_duplicate_keys_are_reported(write_spec) -> None:
    (diagnostic,) = load(write_spec(MINIMAL.replace("  title: Acme\n", "  title: Acme\n  title: Other\n"))).diagnostics
    assert diagnostic.message == "duplicate key 'title'" and diagnostic.line == 5


def test_a_duplicate_key_hides_no_other_problem(write_spec) -> None:
    text = MINIMAL.replace("  title: Acme\n", "  title: Acme\n  title: Other\n").replace(
        "response: {type: Thing,", "response: {type: Thng,"
    )
    found = sorted((d.line, d.message) for d in load(write_spec(text)).diagnostics)
    assert found == [(5, "duplicate key 'title'"), (29, "unknown type 'Thng'")]


def test_a_required_key_spelt_wrong_is_one_problem(write_spec) -> None:
    # Not "'description' is missing" as well: the did-you-mean says what to do.
    text = MINIMAL.replace("minimum: 1, description: The id.}", "minimum: 1, descripton: The id.}")
    (problem,) = load(write_spec(text)).diagnostics
    assert (problem.path, problem.message) == ("operations.getThing.params[0].descripton", "unknown key 'descripton'")
    assert problem.hint == "did you mean 'description'?"
    # A key that is missing and nowhere near a stray one is still reported missing.
    text = MINIMAL.replace("minimum: 1, description: The id.}", "minimum: 1, colour: The id.}")
    assert sorted(d.message for d in load(write_spec(text)).diagnostics) == [
        "'description' is missing",
        "unknown key 'colour'",
    ]


def test_a_paged_answer_of_an_unknown_type_is_reported_once(write_spec) -> None:
    text = MINIMAL.replace("    response: {type: Thing,", "    page_param: id\n    response: {type: Thng,")
    (problem,) = load(write_spec(text)).diagnostics  # not also "the response type has no 'paging'"
    assert problem.message == "unknown type 'Thng'"


@pytest.mark.parametrize(
    "response", ["{type: string}", "{type: integer}", '{type: "list[Thing]"}', "{type: Thing, xml_root: thing}", None]
)
def test_a_paged_answer_without_paging_is_reported(write_spec, response: str | None) -> None:
    line = "    response: {type: Thing, xml_root: thing}\n"
    text = MINIMAL.replace(line, "    page_param: id\n" + (f"    response: {response}\n" if response else ""))
    messages = [d.message for d in load(write_spec(text)).diagnostics]
    assert "the response type has no 'paging'" in messages


def test_clashing_python_names_are_reported(write_spec) -> None:
    text = MINIMAL.replace(
        "      - {name: id, in: query, type: integer, required: true, minimum: 1, description: The id.}",
        "      - {name: areaCode, in: query, type: string, description: A.}\n"
        "      - {name: area_code, in: query, type: string, description: B.}",
    )
    (diagnostic,) = load(write_spec(text)).diagnostics
    assert "both become the Python name 'area_code'" in diagnostic.message
    assert diagnostic.path == "operations.getThing.params[1].name"


def test_every_committed_spec_is_clean() -> None:
    paths = sorted((ROOT / "specs").glob("*.yaml"))
    assert paths, "no specs found"
    result = load_specs(paths, ROOT)
    assert result.diagnostics == ()
    assert len(result.specs) == len(paths)


def _with_error(message: str) -> str:
    return MINIMAL.replace(
        "  response_format: xml\n",
        f'  response_format: xml\n  errors:\n    - {{code: bad_password, message: "{message}"}}\n',
    )


def test_empty_braces_in_an_error_message_are_literal_text(write_spec) -> None:
    text = _with_error("Allowed characters: Alphanumeric and . , {} + - or { }")
    result = load(write_spec(text))
    assert result.diagnostics == ()
    (row,) = result.specs[0].provider.errors
    assert row.message == "Allowed characters: Alphanumeric and . , {} + - or { }"


def test_a_placeholder_that_is_not_a_name_is_reported(write_spec) -> None:
    (diagnostic,) = load(write_spec(_with_error("Item {item no} failed"))).diagnostics
    assert diagnostic.message == "placeholder '{item no}' is not a name"
    assert diagnostic.path == "provider.errors[0].message"


def test_a_credential_pattern_needs_a_matching_example(write_spec) -> None:
    # The documentation's examples pass the example as printed: it must be a value the SDK accepts.
    token = "{name: token, wire: token, secret: true, description: The API token.}"
    missing = load(write_spec(MINIMAL.replace(token, token[:-1] + ', pattern: "^[0-9a-f]{8}$"}')))
    assert [d.message for d in missing.diagnostics] == ["credential 'token' has a pattern but no example"]
    assert missing.diagnostics[0].path == "provider.auth.credentials[0]"
    wrong = load(write_spec(MINIMAL.replace(token, token[:-1] + ', pattern: "^[0-9a-f]{8}$", example: "<token>"}')))
    assert [d.message for d in wrong.diagnostics] == [
        "example '<token>' does not match the credential's pattern ^[0-9a-f]{8}$"
    ]
    good = load(write_spec(MINIMAL.replace(token, token[:-1] + ', pattern: "^[0-9a-f]{8}$", example: "0123abcd"}')))
    assert good.diagnostics == ()
    assert good.specs[0].provider.credentials[0].example == "0123abcd"


def test_misspelt_names_get_a_did_you_mean(write_spec) -> None:
    text = MINIMAL.replace(
        "{name: id, type: integer, required: true, description: Its id.}",
        "{name: id, type: integr, requird: true, description: Its id.}",
    )
    text = text.replace("http_method: GET", "http_method: GTE")
    text = text.replace("{name: id, in: query, type: integer", "{name: id, in: query, type: strng")
    found = {(d.path, d.message, d.hint) for d in load(write_spec(text)).diagnostics}
    assert found == {
        ("types.Thing.fields[0].type", "'integr' is not a type", "did you mean 'integer'?"),
        ("types.Thing.fields[0].requird", "unknown key 'requird'", "did you mean 'required'?"),
        (
            "operations.getThing.http_method",
            "'GTE' is not an allowed value",
            "did you mean 'GET'? (one of: GET, POST, PUT, PATCH, DELETE)",
        ),
        ("operations.getThing.params[0].type", "'strng' is not a type", "did you mean 'string'?"),
    }


def test_an_unknown_type_suggests_a_defined_one_and_nonsense_gets_the_usage(write_spec) -> None:
    text = MINIMAL.replace('type: "csv[Kind]"', 'type: "csv[Knd]"')
    (problem,) = load(write_spec(text)).diagnostics
    assert (problem.message, problem.hint) == ("unknown type 'Knd'", "did you mean 'Kind'?")
    text = MINIMAL.replace('type: "csv[Kind]"', 'type: "dict[zzz]"')
    (problem,) = load(write_spec(text)).diagnostics
    assert problem.message == "'dict[zzz]' is not a type"
    assert problem.hint.startswith("use a scalar (boolean, date,") and "list[T] or csv[T]" in problem.hint


def test_an_integer_is_a_64_bit_integer_unless_the_spec_narrows_it(write_spec) -> None:
    (spec,) = load(write_spec(MINIMAL)).specs
    (field,) = [f for f in spec.models[0].fields if f.wire_name == "id"]
    assert (field.constraints.minimum, field.constraints.maximum) == (-(2**63), 2**63 - 1)
    (param,) = spec.operations[0].params
    assert (param.constraints.minimum, param.constraints.maximum) == (1, 2**63 - 1)


def test_text_yaml_reads_as_a_number_is_told_to_be_quoted(write_spec) -> None:
    (problem,) = load(write_spec(MINIMAL.replace("  title: Acme\n", "  title: 0.1\n"))).diagnostics
    assert problem.message == "expected string, got float 0.1"
    assert problem.hint == "quote it as written: YAML reads it unquoted as a number, not text"
    (problem,) = load(write_spec(MINIMAL.replace("  title: Acme\n", "  title: 01234\n"))).diagnostics
    assert problem.hint == "quote it as written: YAML reads it unquoted as an integer, not text"
