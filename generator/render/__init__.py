"""Stage 4, render: one spec -> the files of its SDK package, in memory.

Templates (``templates/package/``) render what the spec decides, with one ``SpecFilters`` object
per spec computing the code they need; the runtime modules (``generator/runtime/``) are copied
verbatim. Nothing here is formatted (that is the next stage) and nothing touches the disk.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from generator.ir import ApiSpec, RenderedFile
from generator.render.emit.scan import has_scanners
from generator.render.environment import TEMPLATE_DIR, environment_for
from generator.render.xsdata_records import records_from_xsdata

__all__ = ["CALL_OPTIONS", "RUNTIME_DIR", "TEMPLATE_DIR", "render_spec", "runtime_modules"]

#: Keyword options every SDK method takes after its parameters: (name, annotation, default).
CALL_OPTIONS = (
    ("timeout", "float | httpx.Timeout | None", "None"),
    ("max_retries", "int | None", "None"),
    ("deadline", "float | None", "None"),
)

RUNTIME_DIR = Path(__file__).resolve().parent.parent / "runtime"

# (output path inside the package folder, template); {pkg} is the import name.
_PACKAGE_FILES = (
    ("pyproject.toml", "package/pyproject.toml.jinja"),
    ("README.md", "package/README.md.jinja"),
    ("{pkg}/__init__.py", "package/__init__.py.jinja"),
    ("{pkg}/py.typed", "package/py.typed.jinja"),
    ("{pkg}/errors.py", "package/errors.py.jinja"),
    ("{pkg}/models.py", "package/models.py.jinja"),
    ("{pkg}/_checks.py", "package/_checks.py.jinja"),
    ("{pkg}/_xml.py", "package/_xml.py.jinja"),
    ("{pkg}/_scan.py", "package/_scan.py.jinja"),
    ("{pkg}/_json.py", "package/_json.py.jinja"),
    ("{pkg}/_operations.py", "package/_operations.py.jinja"),
    ("{pkg}/client.py", "package/client.py.jinja"),
    ("{pkg}/callbacks.py", "package/callbacks.py.jinja"),
    ("{pkg}/_pytest_plugin.py", "package/_pytest_plugin.py.jinja"),
    ("{pkg}/testing/__init__.py", "package/testing/__init__.py.jinja"),
    ("{pkg}/testing/__main__.py", "package/testing/__main__.py.jinja"),
    ("{pkg}/testing/_tables.py", "package/testing/_tables.py.jinja"),
    ("{pkg}/testing/_state.py", "package/testing/_state.py.jinja"),
)

# Runtime modules every SDK gets, and those only some formats need.
_RUNTIME_ALWAYS = (
    "_answers",
    "_base_client",
    "_body",
    "_budget",
    "_core",
    "_deadline",
    "_exceptions",
    "_fake",
    "_fake_codes",
    "_fake_read",
    "_fake_server",
    "_fake_shapes",
    "_fake_state",
    "_fake_wire",
    "_lazy",
    "_record",
    "_request",
    "_retry",
    "_secrets",
    "_transport",
    "_validation",
    "_xmlio",
)
_RUNTIME_BY_FORMAT = {
    "status_field": ("_jsonio", "_status_field"),
    "envelope": ("_jsonio", "_envelope", "_mirror", "_reply", "_scanio"),
    "iovox_xml": ("_xml_errors",),
    "soap_fault": ("_soap",),
}


def runtime_modules(spec: ApiSpec) -> tuple[str, ...]:
    """The runtime modules the SDK of ``spec`` needs, by name."""
    # A carrier with a SOAP rpc binding beside REST: its codec (which reads Structs through _jsonio), and
    # its fake's SOAP endpoint.
    rpc = ("_fake_rpc", "_jsonio", "_rpc", "_rpc_scan") if spec.provider.rpc is not None else ()
    scan = ("_scanio",) if has_scanners(spec) else ()
    return tuple(sorted({*_RUNTIME_ALWAYS, *_RUNTIME_BY_FORMAT[spec.provider.error_format], *rpc, *scan}))


def render_spec(spec: ApiSpec, only: frozenset[str] | None = None) -> tuple[RenderedFile, ...]:
    """Every file of the SDK package for ``spec``, paths relative to ``generated/``.

    ``only`` limits the result to those paths inside the package (``README.md``, ``{pkg}/client.py``).
    """
    env = environment_for(spec)
    package = spec.provider.package
    context = {"spec": spec, "package": package, "version": spec.sdk_version, "call_options": CALL_OPTIONS}
    # An enveloped carrier answers in either format: its documented payloads have a reader of each
    # (see runtime/_envelope.py).
    if spec.provider.json_mirrors_xml:
        skipped = ""
    else:
        skipped = "{pkg}/_json.py" if spec.provider.response_format == "xml" else "{pkg}/_xml.py"
    files = []
    for target, template in _PACKAGE_FILES:
        if target == skipped or (target.endswith("callbacks.py") and not spec.callbacks):
            continue
        if target == "{pkg}/_scan.py" and not has_scanners(spec):
            continue
        if only is not None and target not in only:
            continue
        if target == "{pkg}/testing/_state.py" and spec.fake_state:
            # The carrier's hand-written state model (specs/fakes/<name>.py), as written.
            text = spec.fake_state
        elif target == "{pkg}/models.py" and spec.provider.protocol == "soap":
            text = _soap_models(spec.models_source) + env.get_template("package/models_soap.py.jinja").render(context)
        else:
            text = env.get_template(template).render(context)
        files.append(RenderedFile(f"{package}/{target.format(pkg=package)}", text))
    if only is None:
        for module in runtime_modules(spec):
            # Copied verbatim: already formatted and linted where it lives.
            files.append(RenderedFile(f"{package}/{package}/{module}.py", _runtime_source(module), final=True))
    return tuple(files)


def _soap_models(source: str) -> str:
    """xsdata's module with its dataclasses as records, importing ``Final`` too for the value sets appended after it."""
    head, future, rest = records_from_xsdata(source).partition("from __future__ import annotations\n")
    return head + future + "from typing import Final\n" + rest


@cache
def _runtime_source(module: str) -> str:
    return (RUNTIME_DIR / f"{module}.py").read_text(encoding="utf-8")
