"""Import time of each SDK beyond ``import httpx``, in fresh interpreters (byte-compiled, as installed).

Two figures per SDK, each the median of ``RUNS`` processes, the SDK and httpx alternating so that
both see the same machine:

- wall: ``import <sdk>`` minus ``import httpx`` (whole processes' import, timed inside them);
- own: the self time (``-X importtime``) of every module ``import <sdk>`` loads that ``import httpx``
  does not: the SDK's modules and what only they need (msgspec, anyio, dataclasses...), with the
  largest ones named;
- first call: the wall figure once the builders and parsers are loaded too (``<sdk>.OPERATIONS``
  imports them, as the first call does): what a program that calls the carrier pays before its
  first request goes out.

Target: own share <= 30 ms.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 15
SDKS = ("iovox_sdk", "voipms_sdk", "voxbone_sdk", "voicemeup_sdk")
TARGET = 0.030


def _env() -> dict[str, str]:
    # Users import byte-compiled packages: let Python use .pyc files even where this environment says not to.
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _wall(module: str, then: str = "") -> float:
    code = f"import time; t = time.perf_counter(); import {module}; {then or 'pass'}; print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=_env())
    return float(out.stdout)


def _self_times(module: str) -> dict[str, float]:
    err = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        check=True,
        capture_output=True,
        text=True,
        env=_env(),
    ).stderr
    times = {}
    for line in err.splitlines():
        if line.startswith("import time:") and "self [us]" not in line:
            own, _, name = line[len("import time:") :].split("|")
            times[name.strip()] = int(own) / 1e6
    return times


def bench_imports() -> None:
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "generated")], check=True, env=_env())
    for module in ("httpx", *SDKS):  # warm the file cache
        _wall(module)
    walls: dict[str, list[float]] = {name: [] for name in ("httpx", *SDKS)}
    owns: dict[str, list[float]] = {name: [] for name in SDKS}
    firsts: dict[str, list[float]] = {name: [] for name in SDKS}
    parts: dict[str, dict[str, list[float]]] = {name: {} for name in SDKS}
    httpx_modules = set(_self_times("httpx"))
    for _ in range(RUNS):
        for module in SDKS:
            walls["httpx"].append(_wall("httpx"))
            walls[module].append(_wall(module))
            firsts[module].append(_wall(module, f"{module}.OPERATIONS"))
            times = _self_times(module)
            own = {name: seconds for name, seconds in times.items() if name not in httpx_modules}
            owns[module].append(sum(own.values()))
            for name, seconds in own.items():
                parts[module].setdefault(name, []).append(seconds)
    baseline = statistics.median(walls["httpx"])
    print(f"== imports beyond httpx (fresh interpreters, byte-compiled, median of {RUNS}) ==")
    print(f"  import httpx                   {baseline * 1000:6.1f} ms  (baseline)")
    for module in SDKS:
        wall = statistics.median(walls[module]) - baseline
        first = statistics.median(firsts[module]) - baseline
        own = statistics.median(owns[module])
        verdict = "ok" if own <= TARGET else "MISSED"
        top = sorted(((statistics.median(v), k) for k, v in parts[module].items()), reverse=True)[:4]
        named = ", ".join(f"{name} {seconds * 1000:.1f}" for seconds, name in top)
        print(
            f"  {module:<16} wall +{wall * 1000:5.1f} ms  own {own * 1000:5.1f} ms  "
            f"target <= {TARGET * 1000:.0f} ms  {verdict}   first call +{first * 1000:5.1f} ms   ({named})"
        )


if __name__ == "__main__":
    bench_imports()
