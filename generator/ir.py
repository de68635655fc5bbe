"""The intermediate representation: small frozen records every later stage reads.

The loaders build these from YAML and WSDL; passes return new copies with every derived fact
filled in (the fields documented "set by a pass"); renderers only read them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

Scalar = str | int | float | bool

SCALAR_TYPES = frozenset({"string", "integer", "decimal", "boolean", "date", "datetime", "file", "json"})

#: The range of a spec's ``integer``: a signed 64-bit integer, the most any carrier's backend keeps
#: (PHP's int, a Java long). A field's own ``minimum``/``maximum`` may narrow it.
WIRE_INTEGER_RANGE = (-(2**63), 2**63 - 1)

Location = Literal["query", "body", "path"]
Encoding = Literal["brackets", "indexed", "json", "php_serialize"]
RuleKind = Literal["require_unless", "require_when", "require_when_not", "one_of", "exclusive"]
EnumStyle = Literal["literal", "enum_class", "open_enum_class"]
HttpMethod = Literal["GET", "POST", "PUT", "PATCH", "DELETE"]
BodyFormat = Literal["xml", "form", "multipart"]
AuthLocation = Literal["query", "header", "soap_token"]
ResponseFormat = Literal["xml", "json"]
ErrorFormat = Literal["status_field", "iovox_xml", "envelope", "soap_fault"]
ErrorClasses = Literal["per_family", "per_code"]
Severity = Literal["error", "warning"]
Period = Literal["second", "minute", "hour", "day"]
Protocol = Literal["http", "soap"]
#: What a record is used for in the SDK (set by a pass): passed in, parsed out, sent inside an
#: encoded parameter, or decoded by msgspec straight from a JSON body (a whole answer, or an
#: enveloped carrier's payload).
ModelRole = Literal["input", "output", "encoded", "fast_json"]


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem in a spec, located by file, line, column and a path into the document."""

    file: str
    line: int
    column: int
    path: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        text = f"{where}: {self.path or '<document>'}: {self.message}"
        return f"{text}\n    fix: {self.hint}" if self.hint else text


@dataclass(frozen=True, slots=True)
class TypeRef:
    """A type: a scalar name, a named enum or record, or ``list``/``csv`` of one argument."""

    name: str
    args: tuple[TypeRef, ...] = ()
    nullable: bool = False

    @property
    def item(self) -> TypeRef:
        """The element type of a ``list`` or ``csv``; the type itself otherwise."""
        return self.args[0] if self.args else self


@dataclass(frozen=True, slots=True)
class Constraints:
    """Limits a value must respect before it is sent."""

    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    item_pattern: str | None = None


@dataclass(frozen=True, slots=True)
class RpcElement:
    """A parameter's element in a SOAP rpc call's input type: its name and XSD built-in type.

    ``xsd_type`` is the spec's, or (left empty by the loader) derived from the parameter's type by a pass.
    """

    name: str
    xsd_type: str = ""


@dataclass(frozen=True, slots=True)
class RpcBinding:
    """Where an HTTP carrier's operations are also reachable as SOAP 1.1 rpc/encoded calls."""

    path: str
    namespace: str
    soap_action: str
    types_namespace: str
    part: str = "params"


@dataclass(frozen=True, slots=True)
class Field:
    """A record field or an operation parameter (``location`` set for parameters)."""

    wire_name: str
    python_name: str
    type: TypeRef
    description: str
    required: bool = False
    default: Scalar | None = None
    constraints: Constraints = Constraints()
    location: Location | None = None
    xml_item: str | None = None
    messages: tuple[tuple[str, str], ...] = ()
    booleans: tuple[str, str] | None = None
    encoding: Encoding | None = None
    #: The parameter's element over the provider's SOAP rpc binding; None when it is not sent there.
    rpc: RpcElement | None = None
    #: A password, PIN or key: redacted from logs, error objects and ``repr`` like a credential.
    secret: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    """A conditional requirement over wire names.

    ``require_when`` with ``also`` holds only when every listed (field, value) holds too;
    ``require_when_not`` holds when ``condition`` is given with a value outside ``excluded``.
    """

    kind: RuleKind
    fields: tuple[str, ...]
    condition: str | None = None
    equals: Scalar | None = None
    message: str | None = None
    also: tuple[tuple[str, Scalar], ...] = ()
    excluded: tuple[Scalar, ...] = ()


@dataclass(frozen=True, slots=True)
class EnumType:
    """A closed set of wire values: a ``Literal`` alias, or (``enum_class``/``open_enum_class``) an Enum.

    ``open_enum_class`` values may also be any other string the carrier sends.
    """

    name: str
    description: str
    values: tuple[str | int, ...]
    style: EnumStyle = "literal"


@dataclass(frozen=True, slots=True)
class Paging:
    """Which fields (wire names) of a response record carry the page, page count, total and items."""

    page: str
    total_pages: str
    items: str
    total_results: str | None = None


@dataclass(frozen=True, slots=True)
class Model:
    """A record type: request items and response shapes; ``roles`` is set by a pass."""

    name: str
    description: str
    fields: tuple[Field, ...]
    rules: tuple[Rule, ...] = ()
    paging: Paging | None = None
    roles: frozenset[ModelRole] = frozenset()


@dataclass(frozen=True, slots=True)
class ErrorCode:
    """One row of an error table; ``message`` may hold ``{placeholders}``.

    ``class_name`` (per-code classes only) and ``family`` (the class the code's own class derives
    from, or that is raised for it) are set by a pass.
    """

    code: str
    message: str
    http_status: int | None = None
    description: str = ""
    resolution: str = ""
    class_name: str = ""
    severity: Severity = "error"
    family: str = "ApiError"

    @property
    def raised_as(self) -> str:
        """The exception class the SDK raises for this code."""
        return self.class_name or self.family


@dataclass(frozen=True, slots=True)
class ErrorFamily:
    """An exception class under ApiError that groups error codes."""

    name: str
    description: str
    base: Literal["ApiError", "RateLimitError"] = "ApiError"
    http_statuses: tuple[int, ...] = ()
    codes: tuple[str, ...] = ()
    code_prefixes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RateLimit:
    """A carrier's request budget over a period, for some operations or the shared pool."""

    limit: int
    per: Period
    operations: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True, slots=True)
class Credential:
    """A constructor argument that authenticates every request.

    ``name`` is the spec's (rules refer to it); ``python_name`` and ``optional`` (a rule such as
    ``one_of`` names it) are set by a pass. ``example`` is the made-up value examples pass (it
    matches ``pattern``; without one they show a ``"<name>"`` placeholder).
    """

    name: str
    wire_name: str
    python_name: str
    description: str
    secret: bool = False
    pattern: str | None = None
    optional: bool = False
    example: str | None = None


@dataclass(frozen=True, slots=True)
class ResultPaging:
    """What ``iter_<method>`` needs, in Python names: the page argument and the page's attributes."""

    param: str
    page: str
    total_pages: str
    items: str
    item: TypeRef


@dataclass(frozen=True, slots=True)
class Operation:
    """One wire operation and the SDK method that calls it.

    ``python_name``, ``result`` (what the method returns: None, the response record, or the list
    a SOAP ``ArrayOf`` response wraps) and ``paging`` are set by passes. ``faults`` are the SOAP
    faults the WSDL declares for it, by name.
    """

    wire_name: str
    python_name: str
    description: str
    http_method: HttpMethod
    path: str
    fixed_query: tuple[tuple[str, str], ...] = ()
    mutates: bool = False
    success_status: tuple[int, ...] = (200,)
    body_format: BodyFormat | None = None
    xml_root: str | None = None
    params: tuple[Field, ...] = ()
    rules: tuple[Rule, ...] = ()
    response: TypeRef | None = None
    response_xml_root: str | None = None
    errors: tuple[ErrorCode, ...] = ()
    page_param: str | None = None
    query_in_body: bool = False
    soap_action: str | None = None
    #: Callable over the provider's SOAP rpc binding too (False: REST only).
    rpc: bool = False
    result_path: tuple[str, ...] = ()
    result: TypeRef | None = None
    paging: ResultPaging | None = None
    faults: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Callback:
    """A payload the carrier posts to the user's server."""

    name: str
    description: str
    type: TypeRef
    xml_root: str | None = None
    format: ResponseFormat = "xml"


@dataclass(frozen=True, slots=True)
class ClientOption:
    """A constructor keyword sent with every request (in the query, or as a path segment)."""

    wire_name: str
    python_name: str
    type: TypeRef
    description: str
    location: Literal["query", "path"]
    default: Scalar | None = None
    segment: str | None = None
    role: Literal["response_format"] | None = None


@dataclass(frozen=True, slots=True)
class Envelope:
    """Where a carrier's wrapper keeps the status and messages (dotted paths into the answer)."""

    status: str
    success_values: tuple[str, ...]
    messages: str | None = None
    message_code: str = "code"
    message_text: str = "_content"


@dataclass(frozen=True, slots=True)
class Provider:
    """Who the carrier is and how to reach it."""

    name: str
    title: str
    description: str
    base_urls: tuple[tuple[str, str], ...]
    auth_location: AuthLocation
    credentials: tuple[Credential, ...]
    response_format: ResponseFormat
    booleans: tuple[str, str] = ("true", "false")
    date_format: str = "%Y-%m-%d"
    datetime_format: str = "%Y-%m-%d %H:%M:%S"
    error_format: ErrorFormat = "status_field"
    error_classes: ErrorClasses = "per_family"
    empty_body: Literal["error", "success"] = "error"
    empty_result_codes: tuple[str, ...] = ()
    auth_rules: tuple[Rule, ...] = ()
    client_options: tuple[ClientOption, ...] = ()
    envelope: Envelope | None = None
    protocol: Protocol = "http"
    xml_namespace: str | None = None
    rpc: RpcBinding | None = None
    error_families: tuple[ErrorFamily, ...] = ()
    errors: tuple[ErrorCode, ...] = ()
    rate_limits: tuple[RateLimit, ...] = ()

    @property
    def package(self) -> str:
        """The import name of the generated SDK."""
        return f"{self.name}_sdk"

    @property
    def json_mirrors_xml(self) -> bool:
        """True when the carrier answers in JSON or XML, one tree: an enveloped carrier's JSON is its XML
        form (a list ``{"item": [...]}`` or one item alone, numbers as text, ``""`` for an empty element)."""
        return self.envelope is not None


@dataclass(frozen=True, slots=True)
class ApiSpec:
    """Everything the renderers need for one carrier.

    ``models_source`` is xsdata's module of dataclasses for a SOAP carrier's XSD (its models.py);
    ``inputs`` names every file the spec was read from, with the SHA-256 of the bytes read (build
    records compare them); ``error_codes`` (every documented code once, the provider's table
    first) is set by a pass; ``sdk_version`` is the generated package's version
    (``MAJOR.MINOR.PATCH``), from the spec; ``fake_state`` is the source of the hand-written state
    model of the carrier's fake (``specs/fakes/<name>.py``), empty when there is none.
    """

    source: str
    provider: Provider
    enums: tuple[EnumType, ...] = ()
    models: tuple[Model, ...] = ()
    callbacks: tuple[Callback, ...] = ()
    operations: tuple[Operation, ...] = ()
    models_source: str = ""
    inputs: tuple[tuple[str, str], ...] = ()
    error_codes: tuple[ErrorCode, ...] = ()
    sdk_version: str = "0.1.0"
    fake_state: str = ""


@dataclass(frozen=True, slots=True)
class RenderedFile:
    """A file produced in memory, its path relative to the output root; ``final`` needs no formatting."""

    path: str
    text: str
    final: bool = False


def reachable(by_name: Mapping[str, Model], roots: list[TypeRef]) -> set[str]:
    """The names of the records ``roots`` hold, directly or through other records."""
    seen: set[str] = set()
    stack = [r.item.name for r in roots]
    while stack:
        name = stack.pop()
        if name in by_name and name not in seen:
            seen.add(name)
            stack.extend(f.type.item.name for f in by_name[name].fields)
    return seen
