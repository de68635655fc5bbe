"""What the SDK's call path costs beyond the transport and the parse (issue 18's "full call" figure).

For each SDK's read call (the functional suites' row: its example arguments and documented success
body), over one ``httpx.MockTransport`` answering that body:

- bare: ``httpx.Client.request`` with the operation's method, URL and query, then the generated parser
  on the body (what any client must do at least);
- full: the SDK method itself (validation, building, the deadline, the secret filter, the parse).

Medians of interleaved batches; target: full <= 1.5x bare.
"""

from __future__ import annotations

import statistics
import sys
import time
from importlib import import_module
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
BATCHES = 15
CALLS = 200
TARGET = 1.5


def _per_call(action: Any) -> float:
    started = time.perf_counter()
    for _ in range(CALLS):
        action()
    return (time.perf_counter() - started) / CALLS


def _measure(case: Any) -> tuple[str, float, float]:
    """(method, bare seconds per call, full seconds per call) for one row of the functional suites."""
    package = import_module(case.name)
    operations = import_module(f"{case.name}._operations")
    method, kwargs = case.read, dict(case.calls[case.read])
    status, body = case.successes[method]
    kind = "application/json" if case.response_format == "json" else "text/xml; charset=utf-8"
    http = httpx.Client(
        transport=httpx.MockTransport(lambda _: httpx.Response(status, content=body, headers={"Content-Type": kind}))
    )
    with package.Client(**case.credentials, http_client=http, max_retries=0) as client:
        prepared = getattr(operations, f"build_{method}")(**kwargs)
        if hasattr(client, "_over"):  # VoIP.ms: the request of the client's protocol
            prepared = client._over(prepared, None, None)[0]
        parse = getattr(operations, f"parse_soap_{method}" if case.id.endswith("-soap") else f"parse_{method}")
        url, query, content = client._url(prepared), client._query(prepared), client._content(prepared)
        headers, call = client._headers(prepared), getattr(client, method)

        def bare() -> object:
            response = http.request(prepared.method, url, params=query, content=content, headers=headers)
            return parse(response, response.content)

        def full() -> object:
            return call(**kwargs)

        bare(), full()
        timed: dict[str, list[float]] = {"bare": [], "full": []}
        for _ in range(BATCHES):
            timed["bare"].append(_per_call(bare))
            timed["full"].append(_per_call(full))
    return method, statistics.median(timed["bare"]), statistics.median(timed["full"])


def bench_call_path() -> None:
    sys.path.insert(0, str(ROOT))
    from tests.functional.conftest import SDKS

    print(f"== one read call over MockTransport: SDK method vs bare httpx + parse (median of {BATCHES}x{CALLS}) ==")
    for case in SDKS:
        method, bare, full = _measure(case)
        verdict = "ok" if full / bare <= TARGET else "MISSED"
        print(
            f"  {case.id:<16} {method:<16} bare {bare * 1e6:6.0f} us   full {full * 1e6:6.0f} us   "
            f"({full / bare:.2f}x)  target <= {TARGET}x  {verdict}"
        )


if __name__ == "__main__":
    bench_call_path()
