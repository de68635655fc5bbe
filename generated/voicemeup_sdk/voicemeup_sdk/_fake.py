"""A stateful fake of a carrier, driven by the tables each SDK renders from its spec.

``FakeCarrier`` answers httpx requests as the carrier would: it routes them by the spec's paths
and fixed query (or the SOAP body's element), checks the credentials, reads the arguments back off
the wire, checks them with the SDK's own validators and answers a bad one with the carrier's
documented code. A small hand-written state model (``testing/_state.py`` of each SDK) says how
state moves (orders, listings, cancels); every other answer is sampled from the response's
record, deterministically per seed. Faults can be queued per operation (``fail_next``) and every
call is kept, its arguments parsed back (``calls``).

Use it in-process (``http_client()``, ``async_http_client()``, or ``client()`` for an SDK client
wired to it) or over HTTP (``serve()``; see ``_fake_server``).
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
from dataclasses import dataclass, field
from typing import Any, ClassVar, Final

import anyio
import httpx

from ._answers import Row
from ._exceptions import SdkError, ValidationError
from ._fake_shapes import SOAP_ENV, Op, Record, Sampler, Spelling
from ._fake_wire import Format, Incoming, Reader, SoapFormat, local, read_incoming

_INDEX: Final = re.compile(r"\[(\d+)\]")
_PLACEHOLDER: Final = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_TOKEN_KEY: Final = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d:\d{12}$")


class CarrierError(Exception):
    """Raised by a state model to answer with one of the carrier's documented codes.

    ``placeholders`` fill the documented message (``{item}``, ``{total}``...).
    """

    def __init__(self, code: str, *, status: int | None = None, **placeholders: object) -> None:
        super().__init__(code)
        self.code = code
        self.status = status
        self.placeholders = {k: str(v) for k, v in placeholders.items()}


@dataclass(frozen=True, slots=True)
class Fault:
    """What the next call of an operation gets instead of (or before) its answer."""

    code: str | None = None
    status: int | None = None
    message: str | None = None
    delay: float = 0.0
    drop: bool = False
    timeout: bool = False
    retry_after: float | None = None


@dataclass(frozen=True, slots=True)
class Call:
    """One request the fake received: its operation, its arguments by Python name, and how it was answered.

    ``params`` holds the values read back off the wire as the SDK types them (records as the
    SDK's models); ``error`` is the code answered, if any.
    """

    operation: str
    method: str
    params: Mapping[str, Any]
    # Not in repr: its URL or headers carry the credentials of carriers that send them there.
    request: httpx.Request = field(repr=False)
    status: int = 200
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Delivery:
    """A callback the fake would post to the user's server: the URL and the body, kept for the test."""

    url: str
    body: bytes
    content_type: str


@dataclass(frozen=True, slots=True)
class Auth:
    """Where credentials ride (``header``, ``query`` or ``soap_token``) and their wire and Python names.

    ``identities`` are the non-secret credentials (a request must carry at least one, each
    matching); ``secrets`` must all be given and match.
    """

    location: str
    identities: tuple[tuple[str, str], ...]
    secrets: tuple[tuple[str, str], ...]


class State:
    """The base of each carrier's hand-written state model: where the spec cannot say how state moves.

    A subclass handles an operation with a method ``on_<python name>(params)`` returning the
    answer's tree (wire names; missing required fields are sampled) or raising ``CarrierError``.
    Operations it does not handle get a sampled answer. The class attributes say how the carrier
    names its codes for a missing or bad argument (``{name}`` is the wire name), for refused
    credentials and for an unknown operation, and which test values are magic.
    """

    MISSING_CODES: ClassVar[tuple[str, ...]] = ()
    INVALID_CODES: ClassVar[tuple[str, ...]] = ()
    MALFORMED_CODES: ClassVar[tuple[str, ...]] = ()
    PARAM_CODES: ClassVar[Mapping[str, str]] = {}
    AUTH_INVALID: ClassVar[str | None] = None
    AUTH_STATUS: ClassVar[int | None] = None
    UNKNOWN_OPERATION: ClassVar[str | None] = None
    FAULT_DETAIL: ClassVar[str | None] = None
    CREDENTIALS: ClassVar[Mapping[str, str]] = {}
    MAGIC: ClassVar[Mapping[str, object]] = {}

    def __init__(self, fake: FakeCarrier, rng: random.Random) -> None:
        self.fake = fake
        self.rng = rng
        self._serial = 0

    def next_id(self, start: int = 1000) -> int:
        """The next of a sequence of IDs (the same sequence for the same seed)."""
        self._serial += 1
        return start + self._serial

    def digits(self, count: int) -> str:
        """``count`` random digits from the seeded generator."""
        return "".join(str(self.rng.randrange(10)) for _ in range(count))

    def advance(self) -> None:
        """Let time pass: pending orders complete (a model overrides this where orders wait)."""

    def xml_document(self, record: str, root: str, tree: Mapping[str, Any]) -> bytes:
        """A tree as an XML document of the carrier's records (a callback body, say)."""
        out = ['<?xml version="1.0" encoding="utf-8"?>', f"<{root}>"]
        self.fake.format.writer.xml(self.fake.RECORDS[record], tree, out)
        return "".join([*out, f"</{root}>"]).encode("utf-8")

    @staticmethod
    def page(
        items: list[Any], page: int | None, limit: int | None, default_limit: int = 50
    ) -> tuple[list[Any], int, int]:
        """One page of ``items`` (1-based ``page``): the items on it, the page number and the page count."""
        size = max(1, limit or default_limit)
        number = max(1, page or 1)
        pages = max(1, -(-len(items) // size))
        return items[(number - 1) * size : number * size], number, pages

    def handler(self, op: Op) -> Callable[[dict[str, Any]], Any] | None:
        """The method handling ``op``, if the model has one."""
        found = getattr(self, "on_" + op.python, None)
        return found if callable(found) else None


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
                a SOAP carrier answers it as a Fault.
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
            except (ValueError, SdkError, UnicodeDecodeError):
                return None, httpx.Response(400, text="the fake could not read the request body")
            routed = self._route(request, incoming)
            if routed is None:
                return None, self._unknown(request)
            op, options, element = routed
            kwargs, unreadable = self._reader.arguments(op, incoming, element)
            params = {k: v for k, v in kwargs.items() if v is not None}
            fault = self._faults[op.wire].popleft() if self._faults.get(op.wire) else None
            code, response = self._answer(op, options, request, incoming, element, kwargs, unreadable, fault)
            self._calls.append(Call(op.wire, op.python, params, request, response.status_code, code))
            return fault, response

    def _answer(
        self,
        op: Op,
        options: Mapping[str, str],
        request: httpx.Request,
        incoming: Incoming,
        element: Any,
        kwargs: dict[str, Any],
        unreadable: list[str],
        fault: Fault | None,
    ) -> tuple[str | None, httpx.Response]:
        if fault is not None and (fault.code or fault.status or fault.message):
            response = self._error(op, options, fault.code, {}, status=fault.status, message=fault.message)
            if fault.retry_after is not None:
                response.headers["Retry-After"] = f"{fault.retry_after:g}"
            return fault.code, response
        if not self._authenticated(request, incoming, element):
            code = self.STATE.AUTH_INVALID
            message = None if code is not None else "Authentication failed"
            status = self.STATE.AUTH_STATUS or (None if code is not None else 401)
            return code, self._error(op, options, code, {}, status=status, message=message)
        problem = self._problem(op, kwargs, unreadable)
        if problem is not None:
            code, placeholders, text = problem
            documented = code is not None and self._row(op.wire, code) is not None
            status = None if code is not None else self.format.default_error_status
            message = None if documented else text
            return code, self._error(op, options, code, placeholders, status=status, message=message)
        handler = self.state.handler(op)
        try:
            tree = handler({k: v for k, v in kwargs.items() if v is not None}) if handler is not None else None
        except CarrierError as exc:
            return exc.code, self._error(op, options, exc.code, exc.placeholders, status=exc.status)
        record = self.format.record(op)
        if record is not None:
            tree = self.sampler.complete(record, tree) if tree is not None else self.sampler.tree(record)
        elif op.response is not None and tree is None:
            tree = {}
        return None, self.format.success(op, tree, options)

    def _route(self, request: httpx.Request, incoming: Incoming) -> tuple[Op, dict[str, str], Any] | None:
        element = incoming.element
        if element is not None and element.tag == f"{{{SOAP_ENV}}}Envelope":
            body = element.find(f"{{{SOAP_ENV}}}Body")
            inner = body[0] if body is not None and len(body) else None
            for op in self.OPERATIONS:
                # An operation without an element of its own is named by its wire name (rpc style).
                if inner is not None and (op.xml_root or op.wire) == local(inner.tag):
                    return op, {}, inner
            return None
        path = request.url.path
        for keys, table in self._routes.items():
            for op in table.get((request.method, *(incoming.first(k) for k in keys)), ()):
                options = self._match_path(op.path, path)
                if options is not None:
                    return op, options, element
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

    def _unknown(self, request: httpx.Request) -> httpx.Response:
        code = self.STATE.UNKNOWN_OPERATION
        if code is not None and self.OPERATIONS:
            return self._error(self.OPERATIONS[0], {}, code, {})
        return httpx.Response(404, text="no operation of the spec answers here")

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

    def _problem(
        self, op: Op, kwargs: dict[str, Any], unreadable: list[str]
    ) -> tuple[str | None, dict[str, str], str] | None:
        """The first bad argument as (documented code or None, placeholders, the SDK's message)."""
        if unreadable:
            return self._code_for(op, unreadable[0], kwargs, "malformed", "cannot be read")
        try:
            op.build(**kwargs)
        except ValidationError as exc:
            first = exc.errors[0]
            return self._code_for(op, first.path, kwargs, None, first.message)
        return None

    def _code_for(
        self, op: Op, path: str, kwargs: dict[str, Any], kind: str | None, message: str
    ) -> tuple[str | None, dict[str, str], str]:
        wire, index, value = self._locate(op, path, kwargs)
        placeholders = {"item": str(index + 1), "total": str(_total(kwargs, path)), "name": wire}
        if kind is None:
            kind = "missing" if value is None else "invalid"
        templates = {
            "missing": self.STATE.MISSING_CODES,
            "invalid": self.STATE.INVALID_CODES,
            "malformed": self.STATE.MALFORMED_CODES or self.STATE.INVALID_CODES,
        }[kind]
        candidates = [self.STATE.PARAM_CODES[wire]] if kind == "missing" and wire in self.STATE.PARAM_CODES else []
        for template in (*candidates, *templates):
            code = template.format(name=wire, lower=wire.lower())
            if self._row(op.wire, code) is not None:
                return code, placeholders, message
        if self.format.codes_on_wire and templates:
            # Not in the spec's tables, but named as the carrier names its codes.
            return templates[0].format(name=wire, lower=wire.lower()), placeholders, message
        return None, placeholders, f"{wire} {message}"

    def _locate(self, op: Op, path: str, kwargs: dict[str, Any]) -> tuple[str, int, Any]:
        """The wire name of the field a problem path ends at, its item index, and the value there."""
        parts = path.split(".")
        head = _INDEX.sub("", parts[0])
        shapes = {s.python: s for s in op.params}
        shape = shapes.get(head)
        value: Any = kwargs.get(head)
        index = 0
        wire = shape.wire if shape is not None else head
        for depth, part in enumerate(parts):
            name = _INDEX.sub("", part)
            if depth:
                record = self.RECORDS.get(shape.record or "") if shape is not None else None
                shape = next((f for f in record.fields if f.python == name), None) if record else None
                wire = shape.wire if shape is not None else name
                value = value.get(name) if isinstance(value, Mapping) else getattr(value, name, None)
            for found in _INDEX.findall(part):
                index = int(found)
                value = value[index] if isinstance(value, (list, tuple)) and index < len(value) else None
        return wire, index, value

    def _row(self, scope: str, code: str) -> Row | None:
        for name in (scope, "", *sorted(self.ERROR_ROWS)):
            for row in self.ERROR_ROWS.get(name, ()):
                if row[0] == code:
                    return row
        return None

    def _error(
        self,
        op: Op,
        options: Mapping[str, str],
        code: str | None,
        placeholders: Mapping[str, str],
        *,
        status: int | None = None,
        message: str | None = None,
    ) -> httpx.Response:
        row = self._row(op.wire, code) if code is not None else None
        if message is None:
            message = _fill(row[1], placeholders) if row is not None else (code or _reason(status))
        return self.format.error(op, code, message, status or (row[2] if row else None), options)

    # --- over HTTP ----------------------------------------------------------------------------------

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Any:
        """Serve this fake over HTTP on a background thread; returns the running ``FakeServer``."""
        from ._fake_server import FakeServer

        return FakeServer(self, host, port).start()


def _fill(message: str, placeholders: Mapping[str, str]) -> str:
    return _PLACEHOLDER.sub(
        lambda m: placeholders.get(m.group(1), "1" if m.group(1) in ("item", "total") else "x"), message
    )


def _total(kwargs: Mapping[str, Any], path: str) -> int:
    value = kwargs.get(_INDEX.sub("", path.split(".")[0]))
    return len(value) if isinstance(value, (list, tuple)) and value else 1


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
