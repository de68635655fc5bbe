"""Small pieces of code the templates print, each written from one IR object."""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.ir import ErrorCode, Operation, Provider, RpcBinding
from generator.render.pyliteral import exploded_tuple, fstring, literal, tuple_display


def dict_literal(pairs: tuple[tuple[str, str], ...]) -> str:
    """A dict literal from ordered pairs."""
    return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in pairs) + "}"


def code_tuple(names: Iterable[str]) -> str:
    """A tuple of expressions (``(a, b)``, ``(a,)``, ``()``)."""
    return tuple_display(list(names))


def example_credentials(provider: Provider) -> str:
    """Keyword arguments with made-up credentials, for examples (never real values).

    A credential with a pattern gets the spec's example value, which the SDK accepts, so the
    example runs as printed; the others get a ``"<name>"`` placeholder.
    """
    return ", ".join(f"{c.python_name}={literal(c.example or f'<{c.python_name}>')}" for c in provider.credentials)


def path_expr(op: Operation) -> str:
    """The request path as a Python expression, quoting path parameters."""
    if "{" not in op.path:
        return literal(op.path)
    names = {p.wire_name: p.python_name for p in op.params if p.location == "path"}
    return fstring(re.sub(r"\{([^{}]+)\}", lambda m: "{quote(str(" + names[m.group(1)] + "), safe='')}", op.path))


def prepared_request_args(op: Operation) -> list[str]:
    """The arguments of an operation's ``PreparedRequest``; fields left at their default are left out."""
    args = [literal(op.wire_name), literal(op.http_method), path_expr(op), "query"]
    if op.body_format is not None or op.soap_action is not None:
        args += ["content=content", "content_type=content_type"]
    if op.mutates:
        args.append("mutates=True")
    if op.query_in_body:
        args.append("credentials_in_body=True")
    if op.soap_action is not None:
        args.append(f"soap_action={literal(op.soap_action)}")
    if op.xml_root is not None:
        args.append(f"xml_root={literal(op.xml_root)}")
    if op.rpc and op.body_format in ("form", "multipart"):
        args.append("fields=fields")
    secrets = [p.python_name for p in op.params if p.secret]
    if secrets:
        args.append(f"secrets=secret_texts({', '.join(secrets)})")
    return args


def rpc_binding(binding: RpcBinding) -> str:
    """The ``RpcBinding(...)`` of a carrier's SOAP endpoint."""
    values = (binding.path, binding.namespace, binding.soap_action, binding.types_namespace, binding.part)
    return "RpcBinding(" + ", ".join(literal(v) for v in values) + ")"


def rpc_call(op: Operation) -> str:
    """The ``RpcCall(...)`` of an operation: its elements in order, and the optional REST-only parameters.

    A required parameter the WSDL lacks is checked as for REST but not sent (the SOAP endpoint has no
    element to read it from); an optional one the caller gives is refused.
    """
    elements = [literal((p.wire_name, p.rpc.name, p.rpc.xsd_type)) for p in op.params if p.rpc is not None]
    rest_only = [literal((p.wire_name, p.python_name)) for p in op.params if p.rpc is None and not p.required]
    args = [exploded_tuple(elements)]
    if rest_only:
        args.append("rest_only=" + exploded_tuple(rest_only))
    return "RpcCall(" + ", ".join(args) + ")"


def file_pairs(op: Operation) -> str:
    """The ``(name, bytes)`` pairs a multipart request uploads; a file that is not given is left out.

    A list of files sends one ``name[]`` pair per file.
    """
    pairs = [
        f"*(({literal(p.wire_name + '[]')}, item) for item in ({p.python_name} or ()))"
        if p.type.name == "list"
        else f"({literal(p.wire_name)}, {p.python_name})"
        for p in op.params
        if p.location == "body" and p.type.item.name == "file"
    ]
    if not pairs:
        return "()"
    return f"tuple((name, data) for name, data in {tuple_display(pairs)} if data is not None)"


def param_infos(op: Operation) -> str:
    """The tuple of ``ParamInfo(...)`` of an operation's metadata."""
    infos = [
        f"ParamInfo({literal(p.wire_name)}, {literal(p.python_name)}, {p.required}, {literal(p.location)})"
        for p in op.params
    ]
    return exploded_tuple(infos)


def error_row(row: ErrorCode) -> str:
    """One documented error as the tables hold it: code, message, HTTP status, description, resolution."""
    return literal((row.code, row.message, row.http_status, row.description, row.resolution))


def soap_result_expr(op: Operation) -> str:
    """What a SOAP method returns from the parsed ``result``."""
    if not op.result_path:
        return "result"
    return "result." + ".".join(op.result_path)
