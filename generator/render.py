"""Render one spec into the files of its SDK package, in memory."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from generator import naming
from generator.filters import FILTERS, all_errors, fast_envelopes
from generator.ir import ApiSpec, RenderedFile
from generator.xsdata_bridge import run_xsdata

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates"

#: The version stamped on every generated package; bump it when generated code changes shape.
SDK_VERSION = "0.1.0"

# (output path inside the distribution folder, template); {pkg} is the import name.
_PACKAGE_FILES = (
    ("pyproject.toml", "package/pyproject.toml.jinja"),
    ("README.md", "package/README.md.jinja"),
    ("{pkg}/__init__.py", "package/__init__.py.jinja"),
    ("{pkg}/py.typed", "package/py.typed.jinja"),
    ("{pkg}/errors.py", "package/errors.py.jinja"),
    ("{pkg}/models.py", "package/models.py.jinja"),
    ("{pkg}/_runtime.py", "package/_runtime.py.jinja"),
    ("{pkg}/_retry.py", "package/_retry.py.jinja"),
    ("{pkg}/_budget.py", "package/_budget.py.jinja"),
    ("{pkg}/_logging.py", "package/_logging.py.jinja"),
    ("{pkg}/_checks.py", "package/_checks.py.jinja"),
    ("{pkg}/_xml.py", "package/_xml.py.jinja"),
    ("{pkg}/_json.py", "package/_json.py.jinja"),
    ("{pkg}/_operations.py", "package/_operations.py.jinja"),
    ("{pkg}/client.py", "package/client.py.jinja"),
    ("{pkg}/callbacks.py", "package/callbacks.py.jinja"),
)


@cache
def environment(template_dir: Path = TEMPLATE_DIR) -> jinja2.Environment:
    """The one jinja2 environment: strict about undefined names, no autoescape (this is code)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
        lstrip_blocks=False,
        autoescape=False,
    )
    env.filters.update(FILTERS)
    return env


def render_spec(spec: ApiSpec, env: jinja2.Environment | None = None) -> tuple[RenderedFile, ...]:
    """Every file of the SDK package for ``spec``, paths relative to ``generated/``."""
    env = env or environment()
    package = spec.provider.package
    rows = all_errors(spec)
    context = {
        "spec": spec,
        "package": package,
        "version": SDK_VERSION,
        "families": spec.provider.error_families,
        "all_errors": rows,
        "code_classes": [row for row in rows if row.class_name],
        "fast_envelope_names": {m.name for m in fast_envelopes(spec)}
        if spec.provider.response_format == "json"
        else set(),
        "emitters": {},
        "optional_credentials": {
            naming.argument_name(name) for rule in spec.provider.auth_rules for name in rule.fields
        },
    }
    skipped = {"xml": "{pkg}/_json.py", "json": "{pkg}/_xml.py"}[spec.provider.response_format]
    files = []
    for target, template in _PACKAGE_FILES:
        if (target.endswith("callbacks.py") and not spec.callbacks) or target == skipped:
            continue
        if target == "{pkg}/models.py" and spec.provider.protocol == "soap":
            # xsdata writes the models of a SOAP carrier; we only add the value sets checks use.
            assert spec.provider.xsd_path is not None
            models = run_xsdata(Path(spec.provider.xsd_path), f"{package}.models").source
            text = models + env.get_template("package/models_soap.py.jinja").render(context)
            files.append(RenderedFile(f"{package}/{target.format(pkg=package)}", text))
            continue
        text = env.get_template(template).render(context)
        files.append(RenderedFile(f"{package}/{target.format(pkg=package)}", text))
    return tuple(files)
