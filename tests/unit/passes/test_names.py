"""assign_python_names: every Python name of the spec, decided in one pass."""

from __future__ import annotations

from dataclasses import replace

from generator.ir import ClientOption, Credential, Model, Rule, TypeRef
from generator.passes.names import assign_python_names
from tests import factories as f


def unnamed(field):
    """A field as the HTTP loader makes it: no Python name yet."""
    return replace(field, python_name="")


def test_operations_params_and_fields_are_named() -> None:
    model = Model("Item", "An item.", (unnamed(f.field("DIDsID", "integer")),))
    spec = f.spec(
        f.operation("getDIDsInfo", unnamed(f.field("CountryID", "integer")), unnamed(f.field("from"))),
        models=(model,),
    )
    named = assign_python_names(spec)
    assert named.operations[0].python_name == "get_dids_info"
    assert [p.python_name for p in named.operations[0].params] == ["country_id", "from_"]
    assert named.models[0].fields[0].python_name == "dids_id"
    assert [p.wire_name for p in named.operations[0].params] == ["CountryID", "from"]
    assert spec.operations[0].python_name == ""  # the input is untouched


def test_names_the_loader_chose_are_kept() -> None:
    kept = replace(f.field("Type", "string"), python_name="type_value")  # xsdata named it
    named = assign_python_names(f.spec(f.operation("op", kept)))
    assert named.operations[0].params[0].python_name == "type_value"


def test_credentials_are_named_from_the_spec_name_and_rules_make_them_optional() -> None:
    credentials = (
        Credential("apiUser", "api_user", "", "The user."),
        Credential("accountId", "account_id", "", "The account."),
        Credential("apiKey", "api_key", "", "The key.", secret=True),
    )
    spec = f.spec(credentials=credentials, auth_rules=(Rule("one_of", ("apiUser", "accountId")),))
    named = assign_python_names(spec).provider.credentials
    assert [(c.python_name, c.optional) for c in named] == [
        ("api_user", True),
        ("account_id", True),
        ("api_key", False),
    ]


def test_client_options_are_named() -> None:
    option = ClientOption("outputFormat", "", TypeRef("string"), "The format.", "query")
    (named,) = assign_python_names(f.spec(client_options=(option,))).provider.client_options
    assert named.python_name == "output_format" and named.wire_name == "outputFormat"
