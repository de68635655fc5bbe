"""Users' code type-checks as the SDKs promise (issue 17, item 6), under ``mypy --strict``.

One wire field has one type across an SDK, so a value read from one call can be passed to
another ("list regions, buy in one"); enum arguments are checked by mypy in every SDK alike
(a ``Literal`` of the wire values, beside the Enum members where the SDK has an Enum class).
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

GOOD = """
import dataclasses

import iovox_sdk
import voxbone_sdk
from iovox_sdk.models import PurchaseItem
from voxbone_sdk.models import DidType, PurchaseInfo


def buy_in_the_first_region(client: iovox_sdk.Client) -> None:
    page = client.get_voxnumber_regions(country_code=44, number_type="GEOGRAPHIC")
    region = (page.results or ())[0]
    if region.country_code is None:  # req_fields chooses which fields come back
        return
    item = PurchaseItem(
        country_code=region.country_code, area_code=region.area_code, number_type="GEOGRAPHIC", quantity=1
    )
    client.purchase_vox_numbers(items=[item])
    for number in client.get_voxnumbers().results or ():
        client.get_voxnumbers(voxnumber_type=number.voxnumber_type, assigned_status=number.assigned_status)
        client.get_voxnumber_regions(area_code=number.area_code)


def groups(client: voxbone_sdk.Client) -> None:
    client.get_did_group_list(country_id=21, type="GEOGRAPHIC")
    client.get_did_group_list(country_id=21, type=DidType.TOLLFREE)


def order(client: voxbone_sdk.Client, info: PurchaseInfo) -> None:
    moved = dataclasses.replace(info, city="Paris")
    ordered = client.place_dids_order(did_group_id=1, quantity=1, allow_asynchronous=False, purchase_info=moved)
    reference: str = ordered.order_reference
    ips: tuple[str, ...] = client.get_pop_list()[0].ips
    print(reference, ips, PurchaseInfo(**{**dataclasses.asdict(info), "city": "Lyon"}))
"""

BAD = {
    "iovox_number_type": """
import iovox_sdk


def f(client: iovox_sdk.Client) -> None:
    client.get_voxnumber_regions(number_type="MOBILE")
""",
    "voxbone_type": """
import voxbone_sdk


def f(client: voxbone_sdk.Client) -> None:
    client.get_did_group_list(country_id=21, type="MOBILE")
""",
    # Voxbone's records (xsdata's models) are frozen and keyword-only to type checkers too.
    "voxbone_record": """
from voxbone_sdk.models import Pop


def f(pop: Pop) -> None:
    pop.name = "US"
    Pop(1, "BE")
""",
}
# What mypy says of each bad file (every error line holds one of these).
EXPECTED = {"voxbone_record": ('"name" defined in "Pop" is read-only', 'Too many positional arguments for "Pop"')}


def test_user_code_type_checks_and_wrong_enum_values_do_not(tmp_path: Path) -> None:
    (tmp_path / "good.py").write_text(textwrap.dedent(GOOD))
    for name, source in BAD.items():
        (tmp_path / f"bad_{name}.py").write_text(textwrap.dedent(source))
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", "."]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    errors = [line for line in result.stdout.splitlines() if re.match(r"[\w.]+\.py:\d+: error:", line)]
    by_file = {path.name: [e for e in errors if e.startswith(path.name + ":")] for path in tmp_path.glob("*.py")}
    assert by_file.pop("good.py") == [], result.stdout
    for name, found in sorted(by_file.items()):
        expected = EXPECTED.get(name.removeprefix("bad_").removesuffix(".py"))
        if expected is None:
            assert found and all("MOBILE" in line and "arg-type" in line for line in found), (name, result.stdout)
        else:
            assert [any(e in line for line in found) for e in expected] == [True] * len(expected), result.stdout
            assert all(any(e in line for e in expected) for line in found), result.stdout


def test_one_wire_field_has_one_type_across_iovox() -> None:
    from generator.pipeline import load

    root = Path(__file__).resolve().parents[2]
    specs, diagnostics = load(root / "specs", root, [root / "specs" / "iovox.yaml"])
    assert diagnostics == ()
    (spec,) = specs
    seen: dict[str, set[str]] = {}
    for field in [f for m in spec.models for f in m.fields] + [p for op in spec.operations for p in op.params]:
        if field.type.item.name not in {m.name for m in spec.models}:  # scalars and enums
            seen.setdefault(field.wire_name, set()).add(field.type.item.name)
    assert {name: types for name, types in seen.items() if len(types) > 1} == {}
