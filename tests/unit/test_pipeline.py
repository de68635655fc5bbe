"""The pipeline gives the same files whether specs run one after another or in worker processes."""

from __future__ import annotations

from pathlib import Path

from generator.pipeline import build

ROOT = Path(__file__).resolve().parents[2]


def test_workers_and_one_process_give_the_same_files() -> None:
    serial = build(ROOT / "specs", ROOT, [], workers=1)
    parallel = build(ROOT / "specs", ROOT, [], workers=2)
    assert serial.diagnostics == parallel.diagnostics == ()
    assert serial.built == parallel.built
    assert {f.path: f.text for f in serial.files} == {f.path: f.text for f in parallel.files}
    assert {"yaml", "schema", "xsdata", "passes", "render", "format"} <= set(parallel.timings.seconds)


def test_only_the_providers_asked_for_are_rendered_but_every_spec_is_checked() -> None:
    result = build(ROOT / "specs", ROOT, ["iovox"], workers=2)
    assert [provider for provider, _, _ in result.built] == ["iovox"]
    assert {f.path.split("/", 1)[0] for f in result.files} == {"iovox_sdk"}
    assert result.timings.seconds["xsdata"] > 0  # the SOAP spec was loaded too
