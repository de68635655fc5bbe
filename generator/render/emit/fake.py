"""Emit the tables of an SDK's fake carrier (``testing/_tables.py``): shapes of parameters, records and
operations, the carrier's answer format and where its credentials ride."""

from __future__ import annotations

import contextlib

from generator import naming
from generator.ir import ApiSpec, Field, Model, Operation, TypeRef
from generator.render.patterns import SampleError, sample_for_pattern
from generator.render.pyliteral import literal


class FakeEmitter:
    """Writes the ``Shape``, ``Record`` and ``Op`` constructors of one spec (``_fake_shapes``)."""

    def __init__(self, spec: ApiSpec) -> None:
        self.spec = spec
        self._enums = {e.name: e for e in spec.enums}
        self._models = {m.name for m in spec.models}

    def shape(self, field: Field) -> str:
        """``Shape(...)`` for one parameter or record field."""
        return self._shape(field.wire_name, field.python_name, field.type, field)

    def _shape(self, wire: str, python: str, type_ref: TypeRef, field: Field | None) -> str:
        container = type_ref.name if type_ref.name in ("list", "csv") else None
        item = type_ref.item
        args = [literal(wire), literal(python)]
        keywords: list[str] = []
        if item.name in self._enums:
            enum = self._enums[item.name]
            args.append(literal("enum"))
            keywords.append(f"values={literal(tuple(enum.values))}")
            if enum.style == "open_enum_class":
                keywords.append("open=True")
        elif item.name in self._models:
            args.append(literal("record"))
            keywords.append(f"record={literal(item.name)}")
        else:
            args.append(literal(item.name))
        if container is not None:
            keywords.append(f"container={literal(container)}")
        if field is not None:
            if field.required:
                keywords.append("required=True")
            if field.location is not None:
                keywords.append(f"location={literal(field.location)}")
            if field.xml_item is not None:
                keywords.append(f"xml_item={literal(field.xml_item)}")
            if field.booleans is not None:
                keywords.append(f"booleans={literal(field.booleans)}")
            if field.encoding is not None:
                keywords.append(f"encoding={literal(field.encoding)}")
            if field.constraints.pattern and item.name == "string":
                # Without one the fake invents its own text; only answers it makes up use it.
                with contextlib.suppress(SampleError):
                    keywords.append(f"sample={literal(sample_for_pattern(field.constraints.pattern))}")
        return f"Shape({', '.join(args + keywords)})"

    def record(self, model: Model) -> str:
        """``Record(...)`` for one record type, with the SDK's model class."""
        fields = ", ".join(self.shape(f) for f in model.fields)
        comma = "," if len(model.fields) == 1 else ""
        return f"Record({literal(model.name)}, ({fields}{comma}), _models.{model.name})"

    def operation(self, op: Operation) -> str:
        """``Op(...)`` for one operation, its builder the SDK's own."""
        keywords = [
            f"fixed_query={literal(op.fixed_query)}",
            f"params=({''.join(self.shape(p) + ', ' for p in op.params)})",
        ]
        if op.body_format is not None:
            keywords.append(f"body={literal(op.body_format)}")
        if op.xml_root is not None:
            keywords.append(f"xml_root={literal(op.xml_root)}")
        if op.response is not None:
            keywords.append(f"response={self._shape('response', 'response', op.response, None)}")
        if op.response_xml_root is not None:
            keywords.append(f"response_root={literal(op.response_xml_root)}")
        if op.success_status != (200,):
            keywords.append(f"success_status={op.success_status[0]}")
        if op.mutates:
            keywords.append("mutates=True")
        if op.query_in_body:
            keywords.append("query_in_body=True")
        head = [literal(op.wire_name), literal(op.python_name), literal(op.http_method), literal(op.path)]
        build = "_ops." + naming.builder_name(op.python_name)
        return f"Op({', '.join([*head, build, *keywords])})"

    def spelling(self) -> str:
        """``Spelling(...)``: how the carrier writes booleans, dates and datetimes."""
        p = self.spec.provider
        return f"Spelling({literal(p.booleans)}, {literal(p.date_format)}, {literal(p.datetime_format)})"

    def auth(self) -> str:
        """``Auth(...)``: where the credentials ride, identities and secrets as (wire, Python) names."""
        p = self.spec.provider
        identities = tuple((c.wire_name, c.python_name) for c in p.credentials if not c.secret)
        secrets = tuple((c.wire_name, c.python_name) for c in p.credentials if c.secret)
        return f"Auth({literal(p.auth_location)}, {literal(identities)}, {literal(secrets)})"

    def path_options(self) -> str:
        """(path segment, option wire name) of each client option that replaces a path segment."""
        found = tuple((o.segment, o.wire_name) for o in self.spec.provider.client_options if o.segment)
        return literal(found)

    def answer_format(self) -> str:
        """The expression making the carrier's answer format (``_fake_wire``), given ``WRITER``/``TEXT_WRITER``."""
        p = self.spec.provider
        if p.error_format == "iovox_xml":
            return "XmlErrors(WRITER)"
        if p.error_format == "status_field":
            return "StatusFieldFormat(TEXT_WRITER)"
        if p.error_format == "soap_fault":
            return f"SoapFormat(WRITER, namespace={literal(p.xml_namespace or '')}, fault_element=fault_detail)"
        env = p.envelope
        assert env is not None  # the loader requires an envelope for this error format
        option = next((o.wire_name for o in p.client_options if o.role == "response_format"), None)
        return (
            f"EnvelopeFormat(WRITER, status={literal(tuple(env.status.split('.')))}, "
            f"success={literal(env.success_values[0])}, "
            f"messages={literal(tuple(env.messages.split('.')) if env.messages else ())}, "
            f"message_code={literal(env.message_code)}, message_text={literal(env.message_text)}, "
            f"format_option={literal(option)})"
        )

    def answer_format_class(self) -> str:
        """The name of the answer format class the tables import."""
        return {
            "iovox_xml": "XmlErrors",
            "status_field": "StatusFieldFormat",
            "soap_fault": "SoapFormat",
            "envelope": "EnvelopeFormat",
        }[self.spec.provider.error_format]
