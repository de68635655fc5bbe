"""The loader reads each spec's fake state model (``specs/fakes/<stem>.py``) as one of its inputs."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.load import inputs_of, load_specs
from generator.load.common import fake_state_path
from generator.render import render_spec

ROOT = Path(__file__).resolve().parents[3]


def test_an_http_spec_and_a_sidecar_find_their_state_model_in_specs_fakes() -> None:
    assert fake_state_path(ROOT / "specs" / "voipms.yaml") == ROOT / "specs" / "fakes" / "voipms.py"
    assert fake_state_path(ROOT / "specs" / "voxbone" / "voxbone.yaml") == ROOT / "specs" / "fakes" / "voxbone.py"


def test_the_state_model_is_read_digested_and_rendered_as_written(tmp_path: Path) -> None:
    shutil.copy(ROOT / "specs" / "iovox.yaml", tmp_path / "iovox.yaml")
    (tmp_path / "fakes").mkdir()
    model = '"""A state model."""\n\nfrom .._fake import State\n\n\nclass CarrierState(State):\n    """None."""\n'
    (tmp_path / "fakes" / "iovox.py").write_text(model, encoding="utf-8")
    loaded = load_specs([tmp_path / "iovox.yaml"], tmp_path)
    (spec,) = loaded.specs
    assert spec.fake_state == model
    assert str((tmp_path / "fakes" / "iovox.py").resolve()) in {path for path, _ in spec.inputs}
    assert inputs_of(tmp_path / "iovox.yaml")[-1] == tmp_path / "fakes" / "iovox.py"
    rendered = {f.path: f.text for f in render_spec(spec)}
    assert rendered["iovox_sdk/iovox_sdk/testing/_state.py"] == model


def test_without_a_state_model_the_fake_has_none(tmp_path: Path) -> None:
    shutil.copy(ROOT / "specs" / "iovox.yaml", tmp_path / "iovox.yaml")
    (spec,) = load_specs([tmp_path / "iovox.yaml"], tmp_path).specs
    assert spec.fake_state == "" and len(spec.inputs) == 1
    state = {f.path: f.text for f in render_spec(spec)}["iovox_sdk/iovox_sdk/testing/_state.py"]
    assert "class CarrierState(State):" in state and "No state" in state
