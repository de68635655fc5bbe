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
