"""The examples on the pages run, and the signatures they document are the SDK's own."""

from __future__ import annotations

import ast
import contextlib
import importlib
import inspect
import io
import traceback

import pytest

from generator.docs.filters import signature
from generator.docs.samples import can_mock
from tests.docs.conftest import Site
from tests.docs.pages import runnable_blocks


def test_every_runnable_example_runs(site: Site) -> None:
    failures: list[str] = []
    ran = 0
    for spec in site.specs:
        for page in sorted((site.src / "docs" / spec.provider.name).rglob("*.md")):
            for number, source in enumerate(runnable_blocks(page.read_text(encoding="utf-8")), start=1):
                name = f"{page.relative_to(site.src)}#{number}"
                out = io.StringIO()
                try:
                    with contextlib.redirect_stdout(out):
                        exec(compile(source, name, "exec"), {"__name__": "__docs__"})  # as printed
                except BaseException:
                    failures.append(f"{name}:\n{traceback.format_exc()}\n{source}")
                    continue
                ran += 1
                if not out.getvalue().strip():
                    failures.append(f"{name}: printed nothing")
    operations = sum(len(spec.operations) for spec in site.specs if can_mock(spec))
    assert failures == []
    assert ran >= 2 * operations  # a sync and an async example per operation, plus error examples


def test_every_operation_page_has_runnable_examples(site: Site) -> None:
    for spec in site.specs:
        if not can_mock(spec):
            continue  # no sample answers for this protocol yet: the page shows a plain example
        for op in spec.operations:
            page = site.src / "docs" / spec.provider.name / "operations" / f"{op.python_name}.md"
            assert len(runnable_blocks(page.read_text(encoding="utf-8"))) >= 2, op.python_name


def test_documented_signatures_match_the_generated_clients(site: Site) -> None:
    for spec in site.specs:
        try:
            package = importlib.import_module(spec.provider.package)
        except ImportError:
            pytest.fail(f"{spec.provider.package} is not installed: run `make install-sdks` (or `make test`)")
        for client, is_async in ((package.Client, False), (package.AsyncClient, True)):
            for op in spec.operations:
                methods = [(op.python_name, False)] + ([(f"iter_{op.python_name}", True)] if op.page_param else [])
                for method, iterate in methods:
                    tree = ast.parse(signature(op, spec, is_async, iterate) + ": ...")
                    function = tree.body[0]
                    assert isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
                    documented = [arg.arg for arg in function.args.kwonlyargs]
                    actual = getattr(client, method)
                    names = [name for name in inspect.signature(actual).parameters if name != "self"]
                    assert documented == names, f"{client.__name__}.{method}"
                    assert inspect.iscoroutinefunction(actual) or inspect.isasyncgenfunction(actual) == is_async
