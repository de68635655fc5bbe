"""The OPERATIONS table: one entry per wire operation, consistent with the clients' methods."""

from __future__ import annotations

import inspect

import iovox_sdk
import pytest
from iovox_sdk import OperationInfo, ParamInfo

EXPECTED = {
    "purchaseVoxNumbers": (
        "purchase_vox_numbers",
        "POST",
        "/Purchase",
        True,
        (201,),
        [
            ("callback_url", False, "body"),
            ("cc_list", False, "body"),
            ("dynamic_quantity", False, "body"),
            ("items", True, "body"),
        ],
    ),
    "getVoxnumberRegions": (
        "get_voxnumber_regions",
        "GET",
        "/Purchase",
        False,
        (200,),
        [
            ("page", False, "query"),
            ("limit", False, "query"),
            ("number_type", False, "query"),
            ("country_code", False, "query"),
            ("area_code", False, "query"),
            ("req_fields", False, "query"),
        ],
    ),
    "getVoxnumbers": (
        "get_voxnumbers",
        "GET",
        "/Voxnumbers",
        False,
        (200,),
        [
            ("page", False, "query"),
            ("limit", False, "query"),
            ("voxnumber", False, "query"),
            ("voxnumber_type", False, "query"),
            ("voxnumber_country", False, "query"),
            ("voxnumber_city", False, "query"),
            ("assigned_status", False, "query"),
            ("order", False, "query"),
        ],
    ),
    "deleteVoxnumbersFromAccount": (
        "delete_voxnumbers_from_account",
        "DELETE",
        "/Voxnumbers",
        True,
        (204,),
        [("full_voxnumbers", True, "query"), ("rm_if_in_use", False, "query")],
    ),
}


def test_operations_lists_exactly_the_four_wire_operations():
    assert set(iovox_sdk.OPERATIONS) == set(EXPECTED)


@pytest.mark.parametrize("wire_name", list(EXPECTED))
def test_operation_metadata(wire_name):
    python_name, verb, path, mutates, success, params = EXPECTED[wire_name]
    info = iovox_sdk.OPERATIONS[wire_name]
    assert isinstance(info, OperationInfo)
    assert info.wire_name == wire_name
    assert info.python_name == python_name
    assert info.http_method == verb
    assert info.path == path
    assert info.mutates is mutates
    assert info.success_status == success
    assert info.description
    assert all(isinstance(p, ParamInfo) for p in info.params)
    assert [(p.wire_name, p.required, p.location) for p in info.params] == params
    assert [p.python_name for p in info.params] == [name for name, _, _ in params]


@pytest.mark.parametrize("wire_name", list(EXPECTED))
@pytest.mark.parametrize("client_class", [iovox_sdk.Client, iovox_sdk.AsyncClient])
def test_operation_metadata_matches_the_client_method_signature(wire_name, client_class):
    info = iovox_sdk.OPERATIONS[wire_name]
    method = getattr(client_class, info.python_name)
    assert inspect.iscoroutinefunction(method) is (client_class is iovox_sdk.AsyncClient)
    signature = inspect.signature(method).parameters
    for param in info.params:
        assert param.python_name in signature
        has_default = signature[param.python_name].default is not inspect.Parameter.empty
        assert has_default is (not param.required), param.python_name
    assert "timeout" in signature


def test_operations_table_is_read_only():
    with pytest.raises(TypeError):
        iovox_sdk.OPERATIONS["extra"] = iovox_sdk.OPERATIONS["getVoxnumbers"]  # type: ignore[index]
