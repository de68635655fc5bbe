"""Python names from wire names: the only place that decides how a name is spelled."""

from __future__ import annotations

import hashlib
import re

# Order matters: a plural acronym ("DIDs") before an acronym followed by a one-letter prefix of
# another ("DID" in "DIDvPRI"), before a run of capitals that ends a word ("DID" in "DIDGroup"),
# before a one-letter prefix and its acronym ("vPRI"), ordinary words, bare capitals and digits.
_TOKEN = re.compile(
    r"[A-Z]{2,}s(?=[A-Z0-9]|$)|[A-Z]{2,}(?=[a-rt-z][A-Z]{2})|[A-Z]+(?=[A-Z][a-z])|(?<=[A-Z])[a-z][A-Z]{2,}(?![a-z])"
    r"|[A-Z]?[a-z]+|[A-Z]+|[0-9]+"
)

# Names a parameter must not take: keywords every method takes, the locals of generated request
# builders, and the builtins, modules and runtime helpers their bodies call (a parameter named
# `str` or `json` would shadow what the builder needs).
# Record fields keep the first two rows only: they are attributes, never locals of a builder, so
# `list` stays `list` (a field `self` would still break the dataclass's __init__).
RESERVED_FIELDS = frozenset(
    {"self", "timeout", "max_retries", "deadline", "start_page"}
    | {"problems", "query", "content", "content_type", "files", "out", "credentials"}
)
RESERVED_ARGUMENTS = RESERVED_FIELDS | frozenset(
    {"str", "bytes", "tuple", "list", "len", "enumerate", "isinstance", "sum", "json", "quote", "_ops", "_xml"}
    | {"query_pairs", "check_scalar", "check_list", "check_encodable", "raise_problems", "PreparedRequest"}
    | {"encode_form", "encode_multipart", "indexed_pairs", "php_serialize", "xml_escape", "enum_text"}
)

# Names generated modules define or import next to the spec's type names.
RESERVED_TYPE_NAMES = frozenset(
    {
        "Client",
        "AsyncClient",
        "Decimal",
        "Final",
        "Literal",
        "Sequence",
        "Mapping",
        "Any",
        "Callable",
        "Iterator",
        "AsyncIterator",
        "Awaitable",
        "TypeVar",
        "Secret",
        "PreparedRequest",
        "OperationInfo",
        "ParamInfo",
        "RetryPolicy",
        "Problems",
    }
)


def words(wire_name: str) -> list[str]:
    """Split a wire name into lowercase words; digits stick to the word before them."""
    out: list[str] = []
    for chunk in re.split(r"[^A-Za-z0-9]+", wire_name):
        for token in _TOKEN.findall(chunk):
            if token.isdigit() and out and chunk.find(token) > 0:
                out[-1] += token
            else:
                out.append(token.lower())
    return out


def snake_case(wire_name: str) -> str:
    """``PlaceDIDsOrder`` -> ``place_dids_order``; ``CountryID`` -> ``country_id``."""
    name = "_".join(words(wire_name)) or "_"
    if name[0].isdigit():
        name = "_" + name
    return name


def pascal_case(wire_name: str) -> str:
    """``quantity_out_of_range`` -> ``QuantityOutOfRange``."""
    name = "".join(word[:1].upper() + word[1:] for word in words(wire_name)) or "_"
    return "_" + name if name[0].isdigit() else name


# Python's hard keywords, the same on every supported version (3.11+). Not the running interpreter's
# `keyword` module: soft keywords (`match`, `case`, `type` since 3.12, `_`) are valid identifiers,
# and the output must not depend on which Python runs the generator.
KEYWORDS = frozenset(
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    }
)  # fmt: skip


def safe_identifier(name: str, reserved: frozenset[str] = frozenset()) -> str:
    """Append ``_`` to Python keywords and to names in ``reserved``."""
    if name in KEYWORDS or name in reserved:
        return name + "_"
    return name


def argument_name(wire_name: str) -> str:
    """The keyword-argument name of a parameter, credential or client option."""
    return safe_identifier(snake_case(wire_name), RESERVED_ARGUMENTS)


def field_name(wire_name: str) -> str:
    """The attribute name of a record field."""
    return safe_identifier(snake_case(wire_name), RESERVED_FIELDS)


def error_class_name(code: str) -> str:
    """``quantity_out_of_range`` -> ``QuantityOutOfRangeError``; ``xml_parse_error`` -> ``XmlParseError``."""
    name = pascal_case(code)
    return name if name.endswith("Error") else name + "Error"


def constant_name(name: str) -> str:
    """``NumberType`` -> ``NUMBER_TYPE``."""
    return snake_case(name).upper()


# Names of the functions and constants generated code defines for records, operations and values.


def checker_name(model_name: str) -> str:
    """``PurchaseItem`` -> ``check_purchase_item``, the record's argument check."""
    return "check_" + snake_case(model_name)


def reader_name(model_name: str) -> str:
    """``PurchaseItem`` -> ``read_purchase_item``, the record's XML or JSON reader."""
    return "read_" + snake_case(model_name)


def scanner_name(model_name: str) -> str:
    """``Region`` -> ``scan_region``, the record's reader of plain XML without a tree."""
    return "scan_" + snake_case(model_name)


def tag_reader_name(model_name: str) -> str:
    """``PurchaseItem`` -> ``_read_purchase_item_by_tag``, the XML reader of children in any order."""
    return "_" + reader_name(model_name) + "_by_tag"


def payload_name(model_name: str) -> str:
    """``GetCallsReply`` -> ``get_calls_reply_payload``: the function that says how an enveloped payload
    reads (its ``Typed``, made on first use)."""
    return constant_name(model_name).lower() + "_payload"


def wire_name(model_name: str) -> str:
    """``GetCallsReply`` -> ``GetCallsReplyWire``, the Struct msgspec decodes an enveloped payload into."""
    return model_name + "Wire"


def writer_name(model_name: str) -> str:
    """``PurchaseItem`` -> ``write_purchase_item``, the record's XML writer."""
    return "write_" + snake_case(model_name)


def pairs_name(model_name: str) -> str:
    """The function giving a record's ``[field]`` suffixes and values (PHP-style arrays)."""
    return "pairs_" + snake_case(model_name)


def wire_dict_name(model_name: str) -> str:
    """The function giving a record as a dict keyed by wire names (for JSON)."""
    return "wire_" + snake_case(model_name)


def builder_name(method: str) -> str:
    """``get_dids_info`` -> ``build_get_dids_info``, the operation's request builder."""
    return "build_" + method


def parser_name(method: str) -> str:
    """``get_dids_info`` -> ``parse_get_dids_info``, the operation's response parser."""
    return "parse_" + method


def rpc_parser_name(method: str) -> str:
    """The module-level function that parses a method's SOAP answer."""
    return f"parse_soap_{method}"


def finisher_name(method: str) -> str:
    """The module-level function both of a method's parsers end in (status check, then the record)."""
    return f"finish_{method}"


def enum_values_name(enum_name: str) -> str:
    """``NumberType`` -> ``NUMBER_TYPE_VALUES``, the set of an enum's values."""
    return constant_name(enum_name) + "_VALUES"


def pattern_name(pattern: str) -> str:
    """The module-level name of a compiled pattern; stable across runs."""
    return "_RE_" + hashlib.sha1(pattern.encode()).hexdigest()[:10].upper()
