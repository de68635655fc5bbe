"""Run the README's Python examples as printed, against fake carriers (``python tests/readme_examples.py``).

Every request the SDKs send is answered in process (httpx's transports are replaced, nothing goes
on the network) with the documentation's sample success answer of the operation it calls. Run
by ``tests/functional/test_readme.py`` under each supported Python; prints one line per example and
exits non-zero, with the traceback, on the first one that fails.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
import traceback
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: the tests package holds the SOAP answer encoder
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def examples(readme: Path) -> list[str]:
    """The ``python`` code blocks of the README, in order."""
    return [match.group(1) for match in _BLOCK.finditer(readme.read_text(encoding="utf-8"))]


class FakeCarriers:
    """Answers each request with the sample success body of the operation it is for."""

    def __init__(self) -> None:
        from generator.pipeline import load

        specs, diagnostics = load(ROOT / "specs", ROOT)
        assert not diagnostics, diagnostics
        self.specs = specs

    def __call__(self, request: httpx.Request) -> httpx.Response:
        from generator.docs.samples import sample_body

        for spec in self.specs:
            hosts = {httpx.URL(url).host for _, url in spec.provider.base_urls}
            if request.url.host not in hosts:
                continue
            rpc = spec.provider.rpc
            if rpc is not None and request.url.path.endswith(rpc.path):
                return self._rpc_answer(spec, request)
            for op in spec.operations:
                if self._is_for(spec, op, request):
                    content_type, text = sample_body(spec, op)
                    status = op.success_status[0]
                    return httpx.Response(status, content=text.encode(), headers={"Content-Type": content_type})
        return httpx.Response(404, content=b"no fake carrier answers this request")

    @staticmethod
    def _rpc_answer(spec: Any, request: httpx.Request) -> httpx.Response:
        """A SOAP rpc call: the REST sample's data in the SOAP answer's Map encoding."""
        import json

        from lxml import etree

        from generator.docs.samples import sample_body
        from tests.functional.soap_rpc import map_envelope

        body = etree.fromstring(request.content).find("{http://schemas.xmlsoap.org/soap/envelope/}Body")
        wire = etree.QName(body[0]).localname
        op = next(op for op in spec.operations if op.wire_name == wire)
        data = json.loads(sample_body(spec, op)[1])
        return httpx.Response(200, content=map_envelope(wire, data), headers={"Content-Type": "text/xml"})

    @staticmethod
    def _is_for(spec: Any, op: Any, request: httpx.Request) -> bool:
        if spec.provider.protocol == "soap":
            return request.headers.get("SOAPAction", "").strip('"') == op.soap_action
        if request.method != op.http_method:
            return False
        wanted = re.sub(r"\{[^{}]+\}", "[^/]+", op.path.rsplit("/", 1)[-1])
        if not re.fullmatch(wanted, request.url.path.rsplit("/", 1)[-1]):
            return False
        return all(request.url.params.get(key) == value for key, value in op.fixed_query)


def main() -> int:
    carriers = FakeCarriers()

    def handle(self: Any, request: httpx.Request) -> httpx.Response:
        request.read()
        return carriers(request)

    async def handle_async(self: Any, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return carriers(request)

    httpx.HTTPTransport.handle_request = handle  # type: ignore[method-assign]
    httpx.AsyncHTTPTransport.handle_async_request = handle_async  # type: ignore[method-assign]
    for number, source in enumerate(examples(ROOT / "README.md"), start=1):
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                exec(compile(source, f"README.md example {number}", "exec"), {"__name__": "__readme__"})
        except BaseException:
            print(f"example {number} failed:\n{source}\n{traceback.format_exc()}", file=sys.stderr)
            return 1
        printed = out.getvalue().strip().splitlines()
        print(f"example {number}: ok ({len(printed)} line(s) printed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
