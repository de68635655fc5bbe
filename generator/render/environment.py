"""The jinja2 environment of one spec: strict templates, and that spec's filters registered on it."""

from __future__ import annotations

import os
from pathlib import Path

import jinja2

from generator.ir import ApiSpec
from generator.render.filters import SpecFilters, filter_names

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "templates"


class _CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates shared by every spec's environment in this process, and kept on disk if asked.

    Each spec gets its own environment (its filters differ), and compiling the package templates
    costs ~90 ms; with this cache only the first environment pays it, and with a folder
    (``keep_in``) no later run does. Jinja names each entry by template and checks its source.
    """

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}
        self._folder: Path | None = None

    def keep_in(self, folder: Path) -> None:
        """Also read and write compiled templates in ``folder``."""
        self._folder = folder

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is None and self._folder is not None:
            try:
                code = (self._folder / bucket.key).read_bytes()
            except OSError:
                return
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code[bucket.key] = bucket.bytecode_to_string()
        if self._folder is not None:
            self._folder.mkdir(parents=True, exist_ok=True)
            temporary = self._folder / f"{bucket.key}.{os.getpid()}.tmp"
            temporary.write_bytes(code)
            os.replace(temporary, self._folder / bucket.key)


_BYTECODE = _CompiledTemplates()


def keep_compiled_templates(folder: Path) -> None:
    """Keep compiled templates in ``folder`` from now on (a cache: deleting it only costs time)."""
    _BYTECODE.keep_in(folder)


def environment_for(spec: ApiSpec, template_dir: Path = TEMPLATE_DIR) -> jinja2.Environment:
    """A strict environment (undefined names fail, no autoescape: this is code) with ``spec``'s filters."""
    if template_dir not in _COMPILED:
        # Compiled without any spec's filters first: jinja folds a filter of a constant ("'x' | f") into
        # the code it compiles, and every spec's environment shares that code.
        compile_templates(template_dir)
    env = _environment(template_dir)
    SpecFilters(spec).register(env)
    return env


def _environment(template_dir: Path) -> jinja2.Environment:
    # One set of options for every environment: the shared cache holds code compiled with them.
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        bytecode_cache=_BYTECODE,
    )


def compile_templates(template_dir: Path = TEMPLATE_DIR) -> None:
    """Compile every package template into the shared cache (before worker processes fork off)."""
    env = _environment(template_dir)
    # Compiling only checks that each filter exists (and, as each raises, folds none of them into the
    # code); rendering looks them up on the spec's environment.
    env.filters.update(dict.fromkeys(filter_names(), _unused))
    for name in env.list_templates(filter_func=lambda name: name.startswith("package/")):
        env.get_template(name)
    _COMPILED.add(template_dir)


#: The template folders whose package templates this process has compiled into the shared cache.
_COMPILED: set[Path] = set()


def _unused(*args: object) -> str:
    raise AssertionError("a template compiled for the cache rendered without its spec's filters")
