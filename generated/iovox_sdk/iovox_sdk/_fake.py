"""A stateful fake of a carrier, driven by the tables each SDK renders from its spec.

``FakeCarrier`` answers httpx requests as the carrier would: it routes them by the spec's paths
and fixed query (or the SOAP body's element), checks the credentials, reads the arguments back off
the wire, checks them with the SDK's own validators and answers a bad one with the carrier's
documented code. A small hand-written state model (``testing/_state.py`` of each SDK) says how
state moves (orders, listings, cancels); every other answer is sampled from the response's
record, deterministically per seed. Faults can be queued per operation (``fail_next``) and every
call is kept, its arguments parsed back (``calls``).

Use it in-process (``http_client()``, ``async_http_client()``, or ``client()`` for an SDK client
wired to it) or over HTTP (``serve()``; see ``_fake_server``). A carrier with a SOAP rpc endpoint
beside REST gets ``_fake_rpc.RpcFakeCarrier``, which routes each request to its transport's answers.
"""

from __future__ import annotations

import hashlib
import hmac
import random
import re
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Final

import anyio
import httpx

from ._answers import Row
from ._exceptions import SdkError
from ._fake_codes import documented_row, fill, first_problem
from ._fake_read import Incoming, Reader, local, read_incoming
from ._fake_shapes import SOAP_ENV, Op, Record, Sampler, Spelling
from ._fake_state import Auth, Call, CarrierError, Delivery, Fault, State
from ._fake_wire import Format, SoapFormat

if TYPE_CHECKING:
    from ._fake_server import FakeServer

_TOKEN_KEY: Final = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d:\d{12}$")


@dataclass(frozen=True, slots=True)
class Route:
    """Where a request goes: its operation, the client options its path carried, what its arguments are
    read from (the query and form in ``incoming``, or an XML ``element``), and the format answering it.

    ``unsent`` names the parameters the request's transport has no place for (none but over a second
    transport: REST-only ones over SOAP); the fake does not hold their absence against the caller.
    """

    op: Op
    options: Mapping[str, str]
    element: Any
    incoming: Incoming
    format: Format
    unsent: frozenset[str] = frozenset()


class FakeCarrier:
    """A fake of one carrier; each SDK's ``testing.FakeCarrier`` fills in the class attributes from its spec.

    Args:
        seed: Seeds every number, ID and reference the fake invents.
        credentials: The accepted credentials by wire name (the state model's test values by default).
        token_hash: For SOAP carriers, how the UserToken hash is checked (SHA-1 of password + key by default).
    """

    OPERATIONS: ClassVar[tuple[Op, ...]] = ()
    RECORDS: ClassVar[Mapping[str, Record]] = {}
    ERROR_ROWS: ClassVar[Mapping[str, tuple[Row, ...]]] = {}
    SPELLING: ClassVar[Spelling] = Spelling()
    AUTH: ClassVar[Auth] = Auth("query", (), ())
    PATH_OPTIONS: ClassVar[tuple[tuple[str, str], ...]] = ()
    #: The codes the carrier sends as notices beside a success (the SDK warns of them, CarrierWarning).
    NOTICE_CODES: ClassVar[frozenset[str]] = frozenset()
    STATE: ClassVar[type[State]] = State

    def __init__(
        self,
        *,
        seed: int = 0,
        credentials: Mapping[str, str] | None = None,
        token_hash: Callable[[str, str], str] | None = None,
    ) -> None:
        self.seed = seed
        self.credentials = dict(self.STATE.CREDENTIALS if credentials is None else credentials)
        self.token_hash = token_hash or _sha1_token_hash
        self.format = self.make_format()
        self._reader = Reader(self.RECORDS, self.SPELLING)
        self._routes = self._index_routes()
        self._lock = threading.RLock()
        self.reset()

    def __repr__(self) -> str:
        # The credentials stay out: a test's failure output shows reprs.
        return f"{type(self).__name__}(seed={self.seed}, calls={len(self._calls)})"

    def make_format(self) -> Format:
        """How this carrier answers (rendered per SDK)."""
        raise NotImplementedError

    def reset(self) -> None:
        """Forget every call, fault, callback and change of state: as new, with the same seed."""
        with self._lock:
            self.rng = random.Random(self.seed)
            self.sampler = Sampler(self.RECORDS, self.rng)
            self._calls: list[Call] = []
            self._faults: defaultdict[str, deque[Fault]] = defaultdict(deque)
            self.callbacks: list[Delivery] = []
            self.state = self.STATE(self, self.rng)

    # --- what a test asks ---------------------------------------------------------------------------

    def operation(self, name: str) -> Op:
        """An operation by wire or Python name."""
        for op in self.OPERATIONS:
            if name in (op.wire, op.python):
                return op
        raise KeyError(f"no operation {name!r}")

    def calls(self, operation: str | None = None) -> list[Call]:
        """The calls received (of one operation, by wire or Python name), oldest first."""
        with self._lock:
            if operation is None:
                return list(self._calls)
            op = self.operation(operation)
            return [c for c in self._calls if c.operation == op.wire]

    def fail_next(
        self,
        operation: str,
        *,
        times: int = 1,
        code: str | None = None,
        status: int | None = None,
        message: str | None = None,
        delay: float = 0.0,
        drop: bool = False,
        timeout: bool = False,
        retry_after: float | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``operation`` fail.

        Args:
            operation: Wire or Python name of the operation.
            times: How many calls fail; the ones after answer normally.
            code: Answer with this documented error code (its message and HTTP status from the spec);
                a SOAP carrier answers it as a Fault. A notice (a code the spec marks ``severity:
                warning``) is a success that carries it instead: the client warns (``CarrierWarning``).
            status: Answer with this HTTP status (with ``code``: instead of the documented one).
            message: The error text (a fault string for SOAP) when no documented code is given.
            delay: Seconds to wait before answering (alone: a slow but normal answer).
            drop: Close the connection without answering.
            timeout: Never answer: the client times out (in-process: ``httpx.ReadTimeout`` at once).
            retry_after: Seconds sent as ``Retry-After`` (with ``status``, 429 by default).
        """
        op = self.operation(operation)
        if code is not None and self._row(op.wire, code) is None:
            raise ValueError(f"{code!r} is not a documented error code of {op.wire}")
        if retry_after is not None and status is None:
            status = 429
        fault = Fault(code, status, message, delay, drop, timeout, retry_after)
        with self._lock:
            self._faults[op.wire].extend([fault] * times)

    def documented(self, operation: str, code: str) -> bool:
        """Whether ``code`` is in the error tables an operation (wire or Python name) answers from."""
        return self._row(self.operation(operation).wire, code) is not None

    def advance(self) -> None:
        """Let time pass for the state model: pending orders complete, callbacks are delivered."""
        with self._lock:
            self.state.advance()

    def deliver(self, url: str, body: bytes, content_type: str = "application/xml") -> None:
        """Keep a callback the carrier would post (state models call this)."""
        self.callbacks.append(Delivery(url, body, content_type))

    # --- in-process ---------------------------------------------------------------------------------

    def transport(self) -> httpx.MockTransport:
        """An httpx transport answering every request from this fake."""
        return httpx.MockTransport(self.handle)

    def async_transport(self) -> httpx.MockTransport:
        """The same, for an ``httpx.AsyncClient``."""
        return httpx.MockTransport(self.ahandle)

    def http_client(self, **kwargs: Any) -> httpx.Client:
        """An ``httpx.Client`` on this fake, to pass as ``Client(http_client=...)``."""
        return httpx.Client(transport=self.transport(), **kwargs)

    def async_http_client(self, **kwargs: Any) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` on this fake, to pass as ``AsyncClient(http_client=...)``."""
        return httpx.AsyncClient(transport=self.async_transport(), **kwargs)

    def client_arguments(self) -> dict[str, Any]:
        """The SDK client's credential keywords for this fake's credentials."""
        names = (*self.AUTH.identities, *self.AUTH.secrets)
        return {python: self.credentials[wire] for wire, python in names if wire in self.credentials}

    def refuse_other_token_hash(self, kwargs: Mapping[str, Any]) -> None:
        """Refuse a client hashing its UserToken otherwise than this fake checks it: every call would fail."""
        if kwargs.get("token_hash", self.token_hash) is not self.token_hash:
            raise ValueError(
                "this fake checks each UserToken with its own scheme: give it the client's, as"
                " FakeCarrier(token_hash=...), and its clients hash the same way"
            )

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (what the transport calls); a delay sleeps, a drop or timeout raises."""
        fault, response = self._exchange(request)
        if fault is not None and fault.delay:
            time.sleep(fault.delay)
        return _deliver(fault, response, request)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        """``handle`` for async clients (a delay does not block the event loop)."""
        fault, response = self._exchange(request)
        if fault is not None and fault.delay:
            await anyio.sleep(fault.delay)
        return _deliver(fault, response, request)

    # --- answering ----------------------------------------------------------------------------------

    def _exchange(self, request: httpx.Request) -> tuple[Fault | None, httpx.Response]:
        body = request.read()
        with self._lock:
            try:
                incoming = read_incoming(request, body)
                route = self._route(request, incoming)
            except (ValueError, SdkError, UnicodeDecodeError):
                return None, self._unreadable(request)
            if route is None:
                return None, self._unknown(request, incoming)
            op = route.op
            kwargs, unreadable = self._reader.arguments(op, route.incoming, route.element)
            params = {k: v for k, v in kwargs.items() if v is not None}
            fault = self._faults[op.wire].popleft() if self._faults.get(op.wire) else None
            code, response = self._answer(route, request, kwargs, unreadable, fault)
            self._calls.append(Call(op.wire, op.python, params, request, response.status_code, code))
            return fault, response

    def _answer(
        self, route: Route, request: httpx.Request, kwargs: dict[str, Any], unreadable: list[str], fault: Fault | None
    ) -> tuple[str | None, httpx.Response]:
        op = route.op
        notice = fault.code if fault is not None and fault.code in self.NOTICE_CODES else None
        if fault is not None and notice is None and (fault.code or fault.status or fault.message):
            response = self._error(route, fault.code, {}, status=fault.status, message=fault.message)
            if fault.retry_after is not None:
                response.headers["Retry-After"] = f"{fault.retry_after:g}"
            return fault.code, response
        if not self._authenticated(request, route.incoming, route.element):
            code = self.STATE.AUTH_INVALID
            message = None if code is not None else "Authentication failed"
            status = self.STATE.AUTH_STATUS or (None if code is not None else 401)
            return code, self._error(route, code, {}, status=status, message=message)
        problem = first_problem(self, op, kwargs, unreadable, route.unsent)
        if problem is not None:
            code, placeholders, text = problem
            documented = code is not None and self._row(op.wire, code) is not None
            status = None if code is not None else route.format.default_error_status
            message = None if documented else text
            return code, self._error(route, code, placeholders, status=status, message=message)
        handler = self.state.handler(op)
        try:
            tree = handler({k: v for k, v in kwargs.items() if v is not None}) if handler is not None else None
        except CarrierError as exc:
            return exc.code, self._error(route, exc.code, exc.placeholders, status=exc.status)
        record = route.format.record(op)
        if record is not None:
            tree = self.sampler.complete(record, tree) if tree is not None else self.sampler.tree(record)
        elif op.response is not None and tree is None:
            tree = {}
        if notice is not None:
            row = self._row(op.wire, notice)
            text = fill(row[1], {}) if row is not None else notice
            return None, route.format.noticed(op, tree, route.options, ((notice, text),))
        return None, route.format.success(op, tree, route.options)

    def _route(self, request: httpx.Request, incoming: Incoming) -> Route | None:
        """The operation a request calls and how it is answered; None for no operation of the spec."""
        element = incoming.element
        if element is not None and element.tag == f"{{{SOAP_ENV}}}Envelope":
            body = element.find(f"{{{SOAP_ENV}}}Body")
            inner = body[0] if body is not None and len(body) else None
            for op in self.OPERATIONS:
                if inner is not None and op.xml_root == local(inner.tag):
                    return Route(op, {}, inner, incoming, self.format)
            return None
        path = request.url.path
        for keys, table in self._routes.items():
            for op in table.get((request.method, *(incoming.first(k) for k in keys)), ()):
                options = self._match_path(op.path, path)
                if options is not None:
                    return Route(op, options, element, incoming, self.format)
        return None

    def _index_routes(self) -> dict[tuple[str, ...], dict[tuple[str | None, ...], list[Op]]]:
        """Operations by the names of their fixed query, then by (HTTP method, those values): a few lookups a call."""
        routes: dict[tuple[str, ...], dict[tuple[str | None, ...], list[Op]]] = {}
        for op in self.OPERATIONS:
            keys = tuple(k for k, _ in op.fixed_query)
            table = routes.setdefault(keys, {})
            table.setdefault((op.method, *(v for _, v in op.fixed_query)), []).append(op)
        # Operations that fix more of the query are tried first: they are the more specific routes.
        return dict(sorted(routes.items(), key=lambda item: -len(item[0])))

    def _match_path(self, pattern: str, path: str) -> dict[str, str] | None:
        want = [p for p in pattern.strip("/").split("/") if p]
        got = [p for p in path.strip("/").split("/") if p]
        # A base URL may carry a prefix of its own: match the operation's path at the end.
        if len(got) < len(want):
            return None
        got = got[len(got) - len(want) :] if want else []
        options: dict[str, str] = {}
        segments = dict(self.PATH_OPTIONS)
        for expected, actual in zip(want, got, strict=True):
            if expected in segments and actual:
                options[segments[expected]] = actual
            elif expected != actual:
                return None
        return options

    def _unknown(self, request: httpx.Request, incoming: Incoming) -> httpx.Response:
        """The answer to a request no operation of the spec takes."""
        code = self.STATE.UNKNOWN_OPERATION
        if code is not None and self.OPERATIONS:
            return self._error(Route(self.OPERATIONS[0], {}, None, incoming, self.format), code, {})
        return httpx.Response(404, text="no operation of the spec answers here")

    def _unreadable(self, request: httpx.Request) -> httpx.Response:
        """The answer to a body that does not parse."""
        return httpx.Response(400, text="the fake could not read the request body")

    def _authenticated(self, request: httpx.Request, incoming: Incoming, element: Any) -> bool:
        auth = self.AUTH
        if auth.location == "soap_token":
            if not isinstance(self.format, SoapFormat) or element is None:
                return False
            token = self.format.token(element)
            (user_wire, _), (secret_wire, _) = auth.identities[0], auth.secrets[0]
            key = token.get("Key", "")
            if not token or token.get("Username") != self.credentials.get(user_wire) or not _TOKEN_KEY.match(key):
                return False
            expected = self.token_hash(self.credentials.get(secret_wire, ""), key)
            return hmac.compare_digest(token.get("Hash", ""), expected)
        given: Callable[[str], str | None] = request.headers.get if auth.location == "header" else incoming.first
        identities = [(wire, given(wire)) for wire, _ in auth.identities]
        if (auth.identities and not any(v for _, v in identities)) or any(not given(w) for w, _ in auth.secrets):
            return False
        for wire, value in [*identities, *((w, given(w)) for w, _ in auth.secrets)]:
            if value and not hmac.compare_digest(value.encode(), self.credentials.get(wire, "").encode()):
                return False
        return True

    def _row(self, scope: str, code: str) -> Row | None:
        return documented_row(self.ERROR_ROWS, scope, code)

    def _error(
        self,
        route: Route,
        code: str | None,
        placeholders: Mapping[str, str],
        *,
        status: int | None = None,
        message: str | None = None,
    ) -> httpx.Response:
        row = self._row(route.op.wire, code) if code is not None else None
        if message is None:
            message = fill(row[1], placeholders) if row is not None else (code or _reason(status))
        return route.format.error(route.op, code, message, status or (row[2] if row else None), route.options)

    # --- over HTTP ----------------------------------------------------------------------------------

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> FakeServer:
        """Serve this fake over HTTP on a background thread; returns the running ``FakeServer``."""
        from ._fake_server import FakeServer

        return FakeServer(self, host, port).start()


def _reason(status: int | None) -> str:
    try:
        return httpx.codes.get_reason_phrase(status or 500) or "Error"
    except ValueError:
        return "Error"


def _deliver(fault: Fault | None, response: httpx.Response, request: httpx.Request) -> httpx.Response:
    if fault is not None and fault.drop:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    if fault is not None and fault.timeout:
        raise httpx.ReadTimeout("The fake carrier never answered (fail_next(timeout=True)).", request=request)
    return response


def _sha1_token_hash(password: str, key: str) -> str:
    return hashlib.sha1((password + key).encode("utf-8")).hexdigest()
