"""The format stage: ruff lays rendered files out as black would, sorts imports and drops unused ones."""

from __future__ import annotations

import black
import pytest
from black.mode import TargetVersion

from generator.ir import RenderedFile
from generator.output.format import LINE_LENGTH, FormatError, format_files, format_sources

MESSY = """from .models import Zebra, Apple
import re
import os
def f(a,b):
    return os.path.join( a,b )
"""


def test_python_files_are_formatted_and_their_imports_cleaned() -> None:
    files = (RenderedFile("pkg/pkg/mod.py", MESSY), RenderedFile("pkg/README.md", "# Title\n"))
    formatted, readme = format_files(files)
    assert readme == files[1]
    assert formatted.text == "import os\n\n\ndef f(a, b):\n    return os.path.join(a, b)\n"
    mode = black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY311})
    assert black.format_str(formatted.text, mode=mode) == formatted.text


def test_imports_are_kept_when_asked() -> None:
    (text,) = format_sources({"m.py": "import os\nx=1\n"}, 80).values()
    assert text == "import os\n\nx = 1\n"


def test_invalid_code_names_the_file() -> None:
    with pytest.raises(FormatError) as caught:
        format_files((RenderedFile("pkg/pkg/ok.py", "x = 1\n"), RenderedFile("pkg/pkg/bad.py", "def f(:\n")))
    assert caught.value.path == "pkg/pkg/bad.py"
    assert caught.value.detail.startswith("line 1, column 7: ")
    assert "not valid Python" in str(caught.value)


def test_docstring_examples_are_laid_out_too() -> None:
    example = '        with sdk.Client(user="<user>", key="<key>", token="<token>") as client:\n            ...\n'
    source = 'def f():\n    """Summary.\n\n    Use it::\n\n' + example + '\n    Done.\n    """\n'
    (text,) = format_sources({"m.py": source}, 60).values()
    assert 'with sdk.Client(\n            user="<user>", key="<key>", token="<token>"\n        ) as client:' in text


def test_files_a_folder_walk_would_skip_are_formatted_too() -> None:
    # ruff's own excludes (dist/, build/, .venv...) apply to folders it walks, never to files it is given.
    sources = {"dist/pkg/m.py": "x=1\n", "build/m.py": "y=2\n", ".venv/m.py": "z=3\n"}
    assert format_sources(sources, 80) == {"dist/pkg/m.py": "x = 1\n", "build/m.py": "y = 2\n", ".venv/m.py": "z = 3\n"}
