"""Spec authoring: ``draft-types`` turns a documented sample payload into spec types (datamodel-code-generator)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from generator.drafting import DraftField, DraftType, as_yaml, draft_types, sample_tree

ROOT = Path(__file__).resolve().parents[2]

SAMPLE_XML = b"""<?xml version="1.0" encoding="utf-8"?>
<response>
  <calls>
    <call><call_hash>0123456789abcdef0123456789abcdef</call_hash><duration>12</duration></call>
    <call><call_hash>fedcba9876543210fedcba9876543210</call_hash><duration>3</duration></call>
  </calls>
  <result_count>2</result_count>
</response>
"""


def test_an_xml_sample_drafts_records_with_the_wrapper_unwrapped(tmp_path: Path) -> None:
    sample = tmp_path / "get_calls.xml"
    sample.write_bytes(SAMPLE_XML)
    types = {t.name: t for t in draft_types(sample_tree(sample), "GetCallsReply")}
    assert types["GetCallsReply"] == DraftType(
        "GetCallsReply",
        (DraftField("calls", "list[Call]", xml_item="call"), DraftField("result_count", "string")),
    )
    # An XML sample's values are text: the author decides which are numbers.
    assert types["Call"].fields == (DraftField("call_hash", "string"), DraftField("duration", "string"))


def test_a_json_sample_keeps_its_scalar_types_and_the_yaml_is_a_spec_types_section(tmp_path: Path) -> None:
    sample = tmp_path / "funding.json"
    sample.write_text('{"account_balance": "12.50 CR", "limit": 100, "rate": 0.5, "active": true}')
    types = draft_types(sample_tree(sample), "GetFundingDetailsReply")
    assert [(f.name, f.type) for f in types[-1].fields] == [
        ("account_balance", "string"),
        ("limit", "integer"),
        ("rate", "decimal"),
        ("active", "boolean"),
    ]
    parsed = yaml.safe_load(as_yaml(types))
    assert parsed["GetFundingDetailsReply"]["fields"][1] == {"name": "limit", "type": "integer", "description": "TODO"}


def test_the_command_prints_the_draft_and_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    sample = tmp_path / "get_calls.xml"
    sample.write_bytes(SAMPLE_XML)
    command = [sys.executable, "-m", "generator", "draft-types", str(sample), "--name", "GetCallsReply"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    drafted = yaml.safe_load(done.stdout)
    assert drafted["GetCallsReply"]["fields"][0] == {
        "name": "calls",
        "type": "list[Call]",
        "xml_item": "call",
        "description": "TODO",
    }
    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"<response><oops></response>")
    refused = subprocess.run([*command[:4], str(bad), "--name", "X"], cwd=ROOT, capture_output=True, text=True)
    assert refused.returncode == 1 and "not well-formed" in refused.stderr and "Traceback" not in refused.stderr
