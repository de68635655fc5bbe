"""The jinja2 environment of one spec: strict templates, and that spec's filters registered on it."""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator.ir import ApiSpec
from generator.render.filters import SpecFilters

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "templates"

#: The version stamped on every generated package; bump it when generated code changes shape.
SDK_VERSION = "0.1.0"


class _MemoryBytecode(jinja2.BytecodeCache):
    """Compiled templates shared by every spec's environment in this process.

    Each spec gets its own environment (its filters differ), and compiling the package templates
    costs ~90 ms; with this cache only the first environment pays it.
    """

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


_BYTECODE = _MemoryBytecode()


def environment_for(spec: ApiSpec, template_dir: Path = TEMPLATE_DIR) -> jinja2.Environment:
    """A strict environment (undefined names fail, no autoescape: this is code) with ``spec``'s filters."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        bytecode_cache=_BYTECODE,
    )
    SpecFilters(spec).register(env)
    return env
