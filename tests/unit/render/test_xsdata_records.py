"""Unit tests of ``generator.render.xsdata_records``: xsdata's dataclasses rewritten as ``Record`` classes.

xsdata's own module for a small schema (defaults, an enum default, lists, an unwrapped ``ArrayOf``,
attributes, an element of no content, an extension, a fixed attribute, an inner class) is rewritten,
and both modules are imported side by side: each record must be the dataclass it replaces for
``dataclasses.fields`` (metadata, defaults, factories), for xsdata's parser and serializer, and for
equality, hashing and ``repr``; the classes it cannot rewrite stay as xsdata wrote them.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import pickle
import shutil
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from xsdata.formats.dataclass.parsers import XmlParser
from xsdata.formats.dataclass.serializers import XmlSerializer

from generator.load.xsdata_bridge import run_xsdata
from generator.render import RUNTIME_DIR
from generator.render.xsdata_records import records_from_xsdata

SCHEMA = """\
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tns="urn:t" targetNamespace="urn:t"
           elementFormDefault="qualified">
  <xs:simpleType name="Kind">
    <xs:restriction base="xs:string"><xs:enumeration value="GEO"/><xs:enumeration value="FREE"/></xs:restriction>
  </xs:simpleType>
  <xs:complexType name="Base"><xs:sequence><xs:element name="Id" type="xs:int"/></xs:sequence></xs:complexType>
  <xs:complexType name="Derived">
    <xs:complexContent>
      <xs:extension base="tns:Base">
        <xs:sequence><xs:element name="Extra" type="xs:string"/></xs:sequence>
      </xs:extension>
    </xs:complexContent>
  </xs:complexType>
  <xs:complexType name="Versioned">
    <xs:sequence><xs:element name="Note" type="xs:string"/></xs:sequence>
    <xs:attribute name="version" type="xs:string" fixed="1"/>
  </xs:complexType>
  <xs:complexType name="Holder">
    <xs:sequence>
      <xs:element name="Inside">
        <xs:complexType><xs:sequence><xs:element name="Deep" type="xs:string"/></xs:sequence></xs:complexType>
      </xs:element>
    </xs:sequence>
  </xs:complexType>
  <xs:complexType name="ArrayOfCodes">
    <xs:sequence><xs:element name="Code" type="xs:string" maxOccurs="unbounded"/></xs:sequence>
  </xs:complexType>
  <xs:complexType name="Item">
    <xs:annotation><xs:documentation>One item, with "quotes" and a pattern.</xs:documentation></xs:annotation>
    <xs:sequence>
      <xs:element name="Name">
        <xs:simpleType><xs:restriction base="xs:string"><xs:pattern value="\\d+[A-Z]"/></xs:restriction></xs:simpleType>
      </xs:element>
      <xs:element name="Count" type="xs:int" minOccurs="0"/>
      <xs:element name="Price" type="xs:decimal" minOccurs="0"/>
      <xs:element name="Tag" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="Codes" type="tns:ArrayOfCodes" minOccurs="0"/>
      <xs:element name="Thing" type="tns:Derived" minOccurs="0"/>
      <xs:element name="Stamp" type="tns:Versioned" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="code" type="xs:string" use="required"/>
    <xs:attribute name="lang" type="xs:string" default="en"/>
    <xs:attribute name="sort" type="tns:Kind" default="FREE"/>
  </xs:complexType>
  <xs:element name="Catalogue">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="Item" type="tns:Item" maxOccurs="unbounded"/>
        <xs:element name="Empty" minOccurs="0"><xs:complexType/></xs:element>
        <xs:element name="Holder" type="tns:Holder" minOccurs="0"/>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
  <xs:element name="Ping"><xs:complexType/></xs:element>
</xs:schema>
"""

DOCUMENT = b"""<Catalogue xmlns="urn:t">
  <Item code="A1" lang="fr" sort="GEO">
    <Name>12B</Name><Count>4</Count><Price>1.50</Price><Tag>x</Tag><Tag>y</Tag>
    <Codes><Code>c1</Code><Code>c2</Code></Codes>
    <Thing><Id>7</Id><Extra>e</Extra></Thing><Stamp version="1"><Note>n</Note></Stamp>
  </Item>
  <Item code="B2"><Name>3C</Name></Item>
  <Empty/>
  <Holder><Inside><Deep>d</Deep></Inside></Holder>
</Catalogue>"""

REWRITTEN = {"Catalogue", "Item", "Ping"}
KEPT = {"Base", "Derived", "Versioned", "Holder"}  # an extension, a fixed attribute, an inner class


@pytest.fixture(scope="module")
def modules(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ModuleType, ModuleType]]:
    """xsdata's module and the rewritten one, imported from one package (beside the runtime's ``_record``)."""
    root = tmp_path_factory.mktemp("xsdata_records")
    schema = root / "small.xsd"
    schema.write_text(SCHEMA, encoding="utf-8")
    source = run_xsdata(((schema, schema.read_bytes()),), "small").source
    package = root / "small_models"
    package.mkdir()
    (package / "__init__.py").write_text("")
    shutil.copy(RUNTIME_DIR / "_record.py", package / "_record.py")
    (package / "dataclasses_.py").write_text(source, encoding="utf-8")
    (package / "records.py").write_text(records_from_xsdata(source), encoding="utf-8")
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("small_models.dataclasses_"), importlib.import_module("small_models.records")
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if n.split(".")[0] == "small_models"]:
            del sys.modules[name]


def classes(module: ModuleType) -> dict[str, type]:
    return {name: value for name, value in vars(module).items() if dataclasses.is_dataclass(value)}


def described(cls: type) -> list[tuple[object, ...]]:
    return [
        # Each module has its own Kind: an enum default is compared by its repr.
        (f.name, f.type, repr(f.default), f.default_factory, dict(f.metadata), f.init, f.kw_only)
        for f in dataclasses.fields(cls)
    ]


def meta(cls: type) -> dict[str, object]:
    return {k: v for k, v in vars(getattr(cls, "Meta", object)).items() if not k.startswith("__")}


def test_the_records_are_the_classes_it_understands(modules: tuple[ModuleType, ModuleType]) -> None:
    old, new = modules
    assert set(classes(old)) == set(classes(new)) == REWRITTEN | KEPT
    records = {name for name, cls in classes(new).items() if "__dataclass_params__" not in vars(cls)}
    assert records == REWRITTEN


def test_a_record_s_fields_meta_and_docstring_are_the_dataclass_s(modules: tuple[ModuleType, ModuleType]) -> None:
    old, new = modules
    for name, cls in classes(old).items():
        record = getattr(new, name)
        assert described(record) == described(cls), name
        assert (meta(record), record.__annotations__) == (meta(cls), cls.__annotations__), name
        # Where xsdata wrote no docstring, @dataclass makes one of the signature ("Ping()"); a record has none.
        made = name in REWRITTEN and cls.__doc__.startswith(f"{name}(")
        assert record.__doc__ == (None if made else cls.__doc__), name


def test_xsdata_reads_and_writes_records_as_it_did_the_dataclasses(modules: tuple[ModuleType, ModuleType]) -> None:
    old, new = modules
    was, read = XmlParser().from_bytes(DOCUMENT, old.Catalogue), XmlParser().from_bytes(DOCUMENT, new.Catalogue)
    assert type(read) is new.Catalogue and type(read.item[0]) is new.Item
    assert repr(read) == repr(was)  # every value, in order, shown as a dataclass shows it
    assert XmlSerializer().render(read) == XmlSerializer().render(was)


def test_records_compare_hash_pickle_and_stay_frozen(modules: tuple[ModuleType, ModuleType]) -> None:
    _, new = modules
    item = new.Item(name="1A", code="c", tag=("x",))
    assert item == new.Item(name="1A", code="c", tag=("x",)) != new.Item(name="1A", code="d")
    assert hash(item) == hash(new.Item(name="1A", code="c", tag=("x",)))
    assert (item.count, item.codes, item.lang, item.sort) == (None, (), "en", new.Kind.FREE)
    assert pickle.loads(pickle.dumps(item)) == item and dataclasses.replace(item, count=2).count == 2
    assert new.Ping() == new.Ping() and repr(new.Ping()) == "Ping()"
    with pytest.raises(AttributeError):  # msgspec's "immutable type"
        item.count = 3
    with pytest.raises(TypeError):
        new.Item("1A", "c")  # keyword-only, as kw_only=True
    with pytest.raises(TypeError):
        new.Item(name="1A")  # code is required


RECORD = '''\
from __future__ import annotations
from dataclasses import dataclass, field

@dataclass(frozen=True, slots=True, kw_only=True)
class Pop:
    """
    A point of presence.
    """
    class Meta:
        name = "POP"

    name: str = field(metadata={"name": "Name", "pattern": r"[A-Z]\\d"})
    ips: tuple[str, ...] = field(default_factory=tuple, metadata={"wrapper": "ArrayOfIPs"})
'''

RECORD_REWRITTEN = '''\
from __future__ import annotations
from dataclasses import dataclass, field
from ._record import Record

class Pop(Record, kw_only=True):
    """
    A point of presence.
    """
    class Meta:
        name = "POP"

    __field_specs__ = {
        "name": field(metadata={"name": "Name", "pattern": r"[A-Z]\\d"}),
        "ips": field(default_factory=tuple, metadata={"wrapper": "ArrayOfIPs"}),
    }

    name: str
    ips: tuple[str, ...] = ()
'''


def test_a_record_keeps_xsdata_s_text_for_what_it_keeps() -> None:
    """Docstring, ``Meta``, annotations and each ``field(...)`` as written (a raw string stays raw)."""
    assert records_from_xsdata(RECORD) == RECORD_REWRITTEN


def test_an_expression_spanning_lines_is_put_in_parentheses() -> None:
    source = RECORD.replace(
        "    ips: tuple[str, ...] =", "    ips: (\n        tuple[str, ...]\n        | None\n    ) ="
    )
    rewritten = records_from_xsdata(source)
    (pop,) = (node for node in ast.parse(rewritten).body if isinstance(node, ast.ClassDef))
    fields = [node for node in pop.body if isinstance(node, ast.AnnAssign)]
    assert [ast.unparse(field.annotation) for field in fields] == ["str", "tuple[str, ...] | None"]


def dataclass_source(decorator: str = "@dataclass(frozen=True, slots=True, kw_only=True)", body: str = "") -> str:
    body = body or 'did: str = field(metadata={"name": "DID"})'
    return f"from dataclasses import dataclass, field\n\n{decorator}\nclass Did:\n{textwrap.indent(body, '    ')}\n"


@pytest.mark.parametrize(
    "source",
    [
        dataclass_source("@dataclass(frozen=True, slots=True)"),
        dataclass_source("@dataclass"),
        dataclass_source("@dataclass(frozen=True, slots=True, kw_only=True)\n@total_ordering"),
        dataclass_source(body='fixed: str = field(init=False, default="1", metadata={"type": "Attribute"})'),
        dataclass_source(body='extra: dict[str, str] = field(default_factory=dict, metadata={"type": "Attributes"})'),
        dataclass_source(body="tokens: tuple[int, ...] = field(default_factory=lambda: (1, 2))"),
        dataclass_source(body="did: str = 'x'"),
        dataclass_source(body="did: str = field()\n\ndef label(self) -> str:\n    return self.did"),
        dataclass_source().replace("class Did:", "class Did(Base):"),
        dataclass_source() + "\n@dataclass(frozen=True, slots=True, kw_only=True)\nclass Sub(Did):\n    pass\n",
    ],
    ids=[
        "other-settings",
        "bare-decorator",
        "two-decorators",
        "init-false",
        "dict-factory",
        "lambda-factory",
        "plain-default",
        "method",
        "base-class",
        "subclassed",
    ],
)
def test_a_class_it_does_not_know_stays_as_xsdata_wrote_it(source: str) -> None:
    # Each case differs from this one, which is rewritten.
    assert "class Did(Record, kw_only=True):" in records_from_xsdata(dataclass_source())
    assert records_from_xsdata(source) == source


def test_every_statement_is_kept_in_its_place(modules: tuple[ModuleType, ModuleType]) -> None:
    """The module's other statements (enums, constants, kept classes) in order, around the rewritten classes."""
    old, new = modules
    before, after = (ast.parse(Path(m.__file__).read_text(encoding="utf-8")) for m in (old, new))
    names = [getattr(node, "name", type(node).__name__) for node in before.body]
    assert [getattr(node, "name", type(node).__name__) for node in after.body if not _record_import(node)] == names


def _record_import(node: ast.stmt) -> bool:
    return isinstance(node, ast.ImportFrom) and node.module == "_record"
