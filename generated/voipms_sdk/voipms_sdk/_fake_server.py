"""A fake carrier over real HTTP, for code in other processes or languages.

Requests are answered by the same ``FakeCarrier`` (same state, same faults); a dropped connection
is closed without a byte, a timeout holds the connection until the client gives up. The controls
a test uses in-process are JSON endpoints under ``/_fake/``::

    GET  /_fake/calls                 the calls received (operation, method, status, error, params)
    GET  /_fake/callbacks             the callbacks the carrier would have posted
    POST /_fake/fail_next             {"operation": "...", "times": 1, "code": "...", "status": 503, ...}
    POST /_fake/advance               let pending orders complete
    POST /_fake/reset                 forget everything (same seed)
"""

from __future__ import annotations

import base64
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Final

import httpx

from ._fake_shapes import Shape, Spelling, text_of

if TYPE_CHECKING:
    from ._fake import FakeCarrier

#: How long a ``timeout`` fault holds a connection over HTTP (seconds) before closing it.
HOLD_SECONDS: Final = 10.0
_MAX_BODY: Final = 16 * 1024 * 1024
_FAIL_KEYS: Final = frozenset({"times", "code", "status", "message", "delay", "drop", "timeout", "retry_after"})


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "__dataclass_fields__"):
        return {k: _plain(getattr(value, k)) for k in value.__dataclass_fields__}
    return text_of(Shape("", "", "string"), value, Spelling())


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        # Quiet: request lines carry credentials in the query string for some carriers.
        return

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        if length > _MAX_BODY:
            raise ValueError("request body too large")
        return self.rfile.read(length) if length else b""

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, data: Any) -> None:
        self._send(status, json.dumps(data).encode(), {"Content-Type": "application/json"})

    def _dispatch(self) -> None:
        try:
            body = self._body()
        except ValueError:
            self._send(413, b"too large", {})
            return
        if self.path.startswith("/_fake/"):
            self._control(body)
            return
        fake = self.server.fake
        host, port = self.server.server_address[:2]
        url = f"http://{host!s}:{port}{self.path}"
        headers = [(k, v) for k, v in self.headers.items() if k.lower() != "host"]
        request = httpx.Request(self.command, url, headers=headers, content=body)
        fault, response = fake._exchange(request)
        if fault is not None and fault.delay:
            time.sleep(fault.delay)
        if fault is not None and fault.timeout:
            time.sleep(HOLD_SECONDS)
        if fault is not None and (fault.drop or fault.timeout):
            self.close_connection = True
            return
        self._send(response.status_code, response.content, dict(response.headers))

    def _control(self, body: bytes) -> None:
        fake = self.server.fake
        action = self.path.split("?")[0][len("/_fake/") :]
        try:
            if action == "calls" and self.command == "GET":
                calls = fake.calls()
                self._json(
                    200,
                    [
                        {
                            "operation": c.operation,
                            "method": c.method,
                            "status": c.status,
                            "error": c.error,
                            "params": _plain(dict(c.params)),
                        }
                        for c in calls
                    ],
                )
            elif action == "callbacks" and self.command == "GET":
                self._json(
                    200,
                    [
                        {"url": d.url, "content_type": d.content_type, "body": base64.b64encode(d.body).decode()}
                        for d in fake.callbacks
                    ],
                )
            elif action == "fail_next" and self.command == "POST":
                data = json.loads(body or b"{}")
                fake.fail_next(str(data["operation"]), **{k: v for k, v in data.items() if k in _FAIL_KEYS})
                self._json(200, {"ok": True})
            elif action in ("advance", "reset") and self.command == "POST":
                getattr(fake, action)()
                self._json(200, {"ok": True})
            else:
                self._json(404, {"error": f"no control {action!r}"})
        except (KeyError, ValueError, TypeError) as exc:
            self._json(400, {"error": str(exc)})

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _dispatch


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeCarrier


class FakeServer:
    """A ``FakeCarrier`` listening on ``host:port`` (port 0 picks a free one); a context manager."""

    def __init__(self, fake: FakeCarrier, host: str = "127.0.0.1", port: int = 0) -> None:
        self.fake = fake
        self._server = _Server((host, port), _Handler)
        self._server.fake = fake
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The base URL to point a client at."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> FakeServer:
        """Serve on a background thread."""
        # A short poll interval: close() waits for the loop to notice, and tests close often.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-carrier", daemon=True
        )
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve on this thread until interrupted."""
        self._server.serve_forever()

    def close(self) -> None:
        """Stop serving and release the port."""
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
