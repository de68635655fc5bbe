"""Unit tests of ``generator.runtime._lazy``, and of what the SDKs leave for first use.

An SDK's import is held to what every program needs (msgspec comes with it: the records are its
Structs): lxml, the JSON wire types and the SOAP scanner load with the first answer that needs them,
the builders and parsers with the first call, and the operation tables on first read.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from types import MappingProxyType
from typing import Any

import pytest

from generator.runtime._lazy import LazyModule, LazyTable


def test_a_lazy_module_imports_on_first_read_and_steps_aside() -> None:
    namespace: dict[str, Any] = {}
    namespace["codec"] = LazyModule(namespace, "codec", "json")
    assert "imported on first use" in repr(namespace["codec"])
    assert namespace["codec"].dumps([1]) == "[1]"
    import json

    assert namespace["codec"] is json  # later reads are plain global lookups


def test_a_lazy_module_that_does_not_exist_fails_on_first_read() -> None:
    namespace: dict[str, Any] = {}
    namespace["gone"] = LazyModule(namespace, "gone", "._nowhere", "generator.runtime")
    with pytest.raises(ModuleNotFoundError):
        namespace["gone"].anything  # noqa: B018


def test_a_lazy_table_is_built_once_and_reads_as_a_read_only_mapping() -> None:
    built: list[int] = []

    def build() -> dict[str, int]:
        built.append(1)
        return {"a": 1, "b": 2}

    table = LazyTable(build)
    assert built == []
    assert table["a"] == 1 and "b" in table and "c" not in table
    assert list(table) == ["a", "b"] and len(table) == 2 and dict(table) == {"a": 1, "b": 2}
    assert table.get("c") is None and repr(table) == repr(MappingProxyType({"a": 1, "b": 2}))
    with pytest.raises(TypeError):
        table._data()["a"] = 3  # type: ignore[index]
    assert built == [1]


def test_threads_reading_a_lazy_table_at_once_all_see_it_whole() -> None:
    table = LazyTable(lambda: {str(n): n for n in range(10_000)})
    seen: list[int] = []
    threads = [threading.Thread(target=lambda: seen.append(len(table))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [10_000] * 8


@pytest.mark.parametrize(
    ("sdk", "deferred"),
    [
        # The SOAP envelopes come with the first call (the parsers need them); the scanner with the first SOAP answer.
        (
            "voipms_sdk",
            (
                "lxml",
                "voipms_sdk._json",
                "voipms_sdk._operations",
                "voipms_sdk._rpc",
                "voipms_sdk._rpc_scan",
            ),
        ),
        ("iovox_sdk", ("lxml", "dataclasses", "iovox_sdk._operations", "iovox_sdk._xmlio")),
        ("voxbone_sdk", ("lxml", "voxbone_sdk._operations")),
        # The records name Reply and Message; the envelope's readers come with the first answer.
        ("voicemeup_sdk", ("lxml", "voicemeup_sdk._operations", "voicemeup_sdk._envelope")),
    ],
)
def test_importing_an_sdk_leaves_its_answer_machinery_for_first_use(sdk: str, deferred: tuple[str, ...]) -> None:
    pytest.importorskip(sdk)
    code = (
        f"import sys, {sdk}\n"
        f"print(sorted(m for m in {deferred!r} if m in sys.modules))\n"
        # dir() (help, completion) lists the table before it is read; the first read keeps it as a plain global.
        f"assert 'OPERATIONS' in dir({sdk}) and 'OPERATIONS' not in vars({sdk})\n"
        # The builders and parsers come with the table of operations, or with the first call.
        f"assert len({sdk}.OPERATIONS) > 0 and '{sdk}._operations' in sys.modules\n"
        f"assert vars({sdk})['OPERATIONS'] is {sdk}._operations.OPERATIONS\n"
        # ... and reading the table still loads no answer reader.
        f"print(sorted(m for m in ('{sdk}._json', '{sdk}._rpc_scan') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["[]", "[]"]


# A first call in a fresh interpreter, from eight threads at once: each call's builder and parser are
# imported by the call itself (elsewhere in the suite something has always imported them already).
_FIRST_CALLS = """
import sys, threading
import httpx
import {sdk}

sent = []

def answer(request):
    sent.append(request)  # list.append is atomic: the count is exact across threads
    return httpx.Response(503, content=b"")

assert "{sdk}._operations" not in sys.modules
errors = []

def call():
    http = httpx.Client(transport=httpx.MockTransport(answer))
    with {sdk}.Client({credentials}, max_retries=0, http_client=http) as client:
        try:
            client.{method}()
        except {sdk}.SdkError as exc:
            errors.append(exc)

threads = [threading.Thread(target=call) for _ in range(8)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(len(sent), len(errors), "|".join(sorted({{type(exc).__name__ for exc in errors}})))
print(all(isinstance(exc, {sdk}.ApiError) and exc.http_status == 503 for exc in errors))
print("{sdk}._operations" in sys.modules)
"""


@pytest.mark.parametrize(
    ("sdk", "method", "credentials"),
    [
        ("voipms_sdk", "get_balance", "api_username='u@example.com', api_password='p'"),
        ("iovox_sdk", "get_voxnumbers", "username='u', secure_key='0' * 32"),
        ("voxbone_sdk", "get_account_balance", "username='u', password='p'"),
        ("voicemeup_sdk", "get_account_details", "username='u', auth_token='0' * 32"),
    ],
)
def test_a_first_call_imports_its_builder_and_parser(sdk: str, method: str, credentials: str) -> None:
    pytest.importorskip(sdk)
    code = _FIRST_CALLS.format(sdk=sdk, method=method, credentials=credentials)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    counts, all_typed, imported = run.stdout.splitlines()
    sent, raised, names = counts.split(maxsplit=2)
    # Every thread built its request, sent it, and parsed the 503 into the one typed error: nothing was
    # half imported under it.
    assert (sent, raised, all_typed, imported) == ("8", "8", "True", "True"), run.stdout
    assert "|" not in names, f"one error class expected, got {names}"
