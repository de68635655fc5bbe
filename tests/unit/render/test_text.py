"""Docstring text: escaped for triple quotes and wrapped within the line length."""

from __future__ import annotations

from generator.render.text import LINE_LENGTH, doc, doc_arg, docstring_text

WORDS = " ".join(f"word{i}" for i in range(60))


def test_docstring_text_escapes_and_joins_lines() -> None:
    assert docstring_text('Say """hi"""\n  and \\ go') == 'Say \\"\\"\\"hi\\"\\"\\" and \\\\ go'


def test_paragraphs_wrap_at_their_indent_and_leave_room_for_the_closing_quotes() -> None:
    text = doc(WORDS, 4)
    lines = ('    """' + text + '"""').splitlines()
    assert len(lines) > 1 and all(len(line) <= LINE_LENGTH for line in lines)
    assert all(line.startswith("    word") for line in lines[1:])
    assert doc("short", 8) == "short" and doc("", 4) == ""


def test_args_continue_four_columns_deeper() -> None:
    text = doc_arg(WORDS, "country_code", 8)
    lines = ("        " + text).splitlines()
    assert lines[0].startswith("        country_code: word0")
    assert all(line.startswith("            word") for line in lines[1:])
    assert all(len(line) <= LINE_LENGTH - 3 for line in lines)


def test_long_words_and_urls_are_not_broken() -> None:
    url = "https://example.com/" + "x" * 150
    assert url in doc(f"See {url} for more.", 4)


def test_field_docs_count_in_the_singular_and_plural() -> None:
    from generator.render.text import field_doc
    from tests import factories as f

    assert field_doc(f.field("name", min_length=1)) == "The name. (at least 1 character)"
    assert field_doc(f.field("ids", "list", item="string", min_items=1, max_items=5)) == (
        "The ids. (at least 1 item; at most 5 items)"
    )


def test_field_docs_leave_out_the_wire_types_own_range() -> None:
    from generator.render.text import field_doc
    from tests import factories as f

    assert field_doc(f.field("id", "integer", minimum=-2147483648, maximum=2147483647)) == "The id."
    assert field_doc(f.field("n", "integer", minimum=0, maximum=4294967295)) == "The n. (at least 0)"
    assert field_doc(f.field("q", "integer", minimum=1, maximum=250)) == "The q. (at least 1; at most 250)"


def test_field_docs_do_not_repeat_what_the_description_says() -> None:
    import dataclasses

    from generator.render.text import field_doc
    from tests import factories as f

    said = dataclasses.replace(f.field("message", max_length=160), description="The text, at most 160 characters.")
    assert field_doc(said) == "The text, at most 160 characters."
    partly = dataclasses.replace(said, constraints=dataclasses.replace(said.constraints, min_length=1))
    assert field_doc(partly) == "The text, at most 160 characters. (at least 1 character)"
