"""``voxbone_sdk.models`` holds xsdata's models for Voxbone's XSD as records (issue 18's import target).

Each class is held to the dataclass xsdata writes for it (``ApiSpec.models_source``, imported beside the
package): the same fields with their metadata, defaults and factories, the same ``Meta``, docstring and
annotations, the same ``repr`` and XML through xsdata's serializer; and none is a ``@dataclass``, whose
methods would be written and compiled at import.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from voxbone_sdk import models
from xsdata.formats.dataclass.parsers import XmlParser
from xsdata.formats.dataclass.serializers import XmlSerializer

from generator.pipeline import load

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def xsdata_models() -> Iterator[ModuleType]:
    """xsdata's own module for Voxbone's XSD (its dataclasses), importable by name as xsdata needs."""
    specs, diagnostics = load(ROOT / "specs", ROOT, [ROOT / "specs" / "voxbone" / "voxbone.yaml"])
    assert diagnostics == ()
    (spec,) = specs
    module = ModuleType("voxbone_xsdata_models")
    sys.modules[module.__name__] = module
    try:
        exec(compile(spec.models_source, "<xsdata models>", "exec"), module.__dict__)
        yield module
    finally:
        del sys.modules[module.__name__]


def dataclasses_of(module: ModuleType) -> dict[str, type]:
    return {name: value for name, value in vars(module).items() if dataclasses.is_dataclass(value)}


def described(cls: type) -> list[tuple[object, ...]]:
    # Each module has its own enums: a default is compared by its repr.
    fields = dataclasses.fields(cls)
    return [(f.name, f.type, repr(f.default), f.default_factory, dict(f.metadata), f.init, f.kw_only) for f in fields]


def meta(cls: type) -> dict[str, object]:
    return {k: v for k, v in vars(getattr(cls, "Meta", object)).items() if not k.startswith("__")}


def test_every_model_is_a_record_and_none_a_dataclass_built_at_import(xsdata_models: ModuleType) -> None:
    records = dataclasses_of(models)
    assert set(records) == set(dataclasses_of(xsdata_models)) and len(records) > 40
    assert [name for name, cls in records.items() if "__dataclass_params__" in vars(cls)] == []
    assert all(issubclass(cls, models.Record) for cls in records.values())


def test_each_record_is_the_dataclass_xsdata_wrote(xsdata_models: ModuleType) -> None:
    for name, cls in dataclasses_of(xsdata_models).items():
        record = getattr(models, name)
        assert described(record) == described(cls), name
        assert (meta(record), record.__doc__, record.__annotations__) == (meta(cls), cls.__doc__, cls.__annotations__)


def test_xsdata_writes_and_reads_a_record_as_it_did_the_dataclass(xsdata_models: ModuleType) -> None:
    def order(module: ModuleType) -> object:
        token = module.UserToken(username="login", key="2011-01-01 00:00:00:000000000000", hash="ab" * 20)
        info = module.PurchaseInfo(
            firstname="Ada",
            lastname="Lovelace",
            company="Engines",
            salutation="MS",
            street="Main",
            building_number="1b",
            city="London",
            zip_code="N1",
            country_code_a2="GB",
        )
        return module.PlaceDidsOrder(
            user_token=token, did_group_id=7, quantity=2, allow_asynchronous=False, purchase_info=info
        )

    record, dataclass = order(models), order(xsdata_models)
    assert repr(record) == repr(dataclass)
    xml = XmlSerializer().render(record)
    assert xml == XmlSerializer().render(dataclass)
    assert XmlParser().from_string(xml, models.PlaceDidsOrder) == record


def test_records_keep_the_dataclass_behaviour_users_rely_on() -> None:
    balance = models.GetAccountBalanceResponse(
        balance=Decimal("1.5"), threshold=Decimal(0), currency="EUR", is_active=True
    )
    assert balance == dataclasses.replace(balance) and hash(balance) == hash(dataclasses.replace(balance))
    assert dataclasses.asdict(models.Pop(delivery_id=1, name="BE")) == {"delivery_id": 1, "name": "BE", "ips": ()}
    with pytest.raises(AttributeError):  # msgspec's "immutable type"
        balance.currency = "USD"  # type: ignore[misc]
    with pytest.raises(TypeError):
        models.Pop(1, "BE")  # type: ignore[misc]  # keyword-only
