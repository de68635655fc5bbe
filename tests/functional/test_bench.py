"""The SDK benchmarks still run against the SDKs as generated; their figures are not checked here.

``make bench`` reaches into each SDK's internals: its builders and parsers, its readers, its
private client helpers. A change to those internals (a parser moved, a module loaded later) used
to surface only at the next ``make bench``. Here every SDK section runs once, on small answers,
with its timers replaced by a constant, each in a fresh interpreter as ``make bench`` runs it (in
the suite's own process something has always imported what a section forgot to). Timing belongs
to ``make bench``, never to a test.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = [
    ("call_path", "bench_call_path"),
    ("parse_stall", "bench_parse_stall"),
    ("run", "bench_iovox"),
    ("run", "bench_voicemeup"),
    ("run", "bench_voipms"),  # and VoIP.ms over SOAP, against zeep where ../shared has the WSDL
    ("run", "bench_voxbone"),
    ("run", "bench_fakes"),
]

#: The benches' repetition counts and sizes, turned down to one small run, and their timers run once.
_DRIVER = """
import sys
sys.path[:0] = [{bench!r}, {root!r}]
import {module} as bench

SMALL = dict(RUNS=1, BATCHES=1, CALLS=2, CAP=256 * 1024, FAKE_BATCHES=1, FAKE_CALLS=2, BIG_RUNS=1)

def once(action, runs=1, setup=None):
    if setup is not None:
        setup()
    action()
    return 1e-3

for name, value in SMALL.items():
    if hasattr(bench, name):
        setattr(bench, name, value)
if hasattr(bench, "median_seconds"):
    bench.median_seconds = once
    bench.interleaved = lambda actions, runs, number=1: {{name: once(action) for name, action in actions.items()}}
bench.{section}()
"""


@pytest.mark.parametrize(("module", "section"), SECTIONS, ids=[section for _, section in SECTIONS])
def test_each_sdk_benchmark_runs_to_its_figures(module: str, section: str) -> None:
    code = _DRIVER.format(bench=str(ROOT / "bench"), root=str(ROOT), module=module, section=section)
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.startswith("== ") and len(done.stdout.splitlines()) > 2, done.stdout
