"""The corpus: real edits of the four carriers' specs (YAML, WSDL and XSD) and the golden one, each asserting
its check, its level, and the lines its base and revision positions point at.

Every check ID has a case here, except those no spec edit can produce today (a Python name that
changes while its wire name stays: the loader derives one from the other), which the factory
tests cover.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.diff import CHECKS, Finding
from generator.diff.run import Report, diff_sets
from generator.diff.sources import folder_set
from generator.load import SourcePosition
from tests.unit.diff import corpus_iovox, corpus_json, corpus_soap
from tests.unit.diff.corpus import Edit, SpecCase

ROOT = Path(__file__).resolve().parents[3]
CASES = [*corpus_iovox.CASES, *corpus_json.CASES, *corpus_soap.CASES]
# Python names follow wire names, so no spec edit changes one without the other; the factory tests
# cover these, and sdk-added/-removed are in test_run.
UNREACHABLE = {
    "operation-python-name-changed",
    # Python names follow wire names; a SOAP list argument is named by its wrapper element since
    # ArrayOf wrappers are unwrapped, so renaming the wrapped element changes only the wire.
    "request-param-python-name-changed",
    "request-field-python-name-changed",
    "response-field-python-name-changed",
    "sdk-added",
    "sdk-removed",
}


def folder_of(case: SpecCase) -> Path:
    return ROOT / "tests" / "golden" / "specs" if case.spec.startswith("golden:") else ROOT / "specs"


def spec_file(case: SpecCase) -> str:
    return case.spec.removeprefix("golden:")


def apply(folder: Path, case: SpecCase, edits: tuple[Edit, ...]) -> None:
    spec = folder / spec_file(case)
    for edit in edits:
        path = spec.parent / edit.file if edit.file else spec
        text = path.read_text(encoding="utf-8")
        assert text.count(edit.old) == edit.count, f"{edit.old!r} occurs {text.count(edit.old)} times in {path}"
        path.write_text(text.replace(edit.old, edit.new), encoding="utf-8")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One unedited copy of the spec folders, shared as the base (xsdata's analysis of it is then reused)."""
    root = tmp_path_factory.mktemp("pristine")
    for source, name in ((ROOT / "specs", "specs"), (ROOT / "tests" / "golden" / "specs", "golden")):
        shutil.copytree(source, root / name / "specs", ignore=shutil.ignore_patterns("notes", "schema"))
    return root


def run(case: SpecCase, tmp_path: Path, pristine: Path) -> Report:
    """Diff the (edited) base and revision copies; ``tmp_path/base`` and ``tmp_path/revision`` hold them."""
    sides = []
    for side, edits in (("base", case.before), ("revision", case.after)):
        root = tmp_path / side
        if side == "base" and not edits:
            root.symlink_to(pristine / ("golden" if case.spec.startswith("golden:") else "specs"))
        else:
            shutil.copytree(folder_of(case), root / "specs", ignore=shutil.ignore_patterns("notes", "schema"))
            apply(root / "specs", case, edits)
        sides.append(folder_set(root / "specs", root))
    return diff_sets(sides[0], sides[1])


def line_at(root: Path, position: SourcePosition | None) -> str:
    assert position is not None
    return (root / position.file).read_text(encoding="utf-8").splitlines()[position.line - 1]


def test_the_corpus_covers_every_reachable_check() -> None:
    assert set(CHECKS) - UNREACHABLE - {c.check for c in CASES} == set()
    assert {c.spec.split("/")[-1] for c in CASES} >= {"iovox.yaml", "voipms.yaml", "voicemeup.yaml", "voxbone.yaml"}


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_each_real_edit_is_reported_where_it_was_made(case: SpecCase, tmp_path: Path, pristine: Path) -> None:
    report = run(case, tmp_path, pristine)
    assert report.diagnostics == (), "\n".join(map(str, report.diagnostics))
    found = [f for f in report.findings if f.check.id == case.check]
    assert found, f"no {case.check} in {[f.check.id for f in report.findings]}"
    assert all(f.level == CHECKS[case.check].level for f in found)
    located = [f for f in found if _points_at(f, case, tmp_path)]
    assert located, "\n".join(f"{f.base} {line_at(tmp_path / 'base', f.base)!r} / {f.revision} "
                              f"{line_at(tmp_path / 'revision', f.revision)!r}" for f in found)  # fmt: skip


def _points_at(finding: Finding, case: SpecCase, tmp_path: Path) -> bool:
    base = line_at(tmp_path / "base", finding.base)
    revision = line_at(tmp_path / "revision", finding.revision)
    return case.base in base and case.revision in revision


def test_a_facet_is_located_at_its_own_element_and_column(tmp_path: Path, pristine: Path) -> None:
    (tightened,) = [c for c in corpus_soap.CASES if c.check == "request-param-constraint-tightened"]
    report = run(tightened, tmp_path, pristine)
    finding = next(f for f in report.findings if f.check.id == tightened.check)
    assert finding.revision is not None and finding.revision.file == "specs/voxbone/voxapi.xsd"
    line = line_at(tmp_path / "revision", finding.revision)
    assert line[finding.revision.column - 1 :].startswith('<xsd:maxInclusive value="100"/>')
    assert finding.python == "place_dids_order(quantity=)" and finding.operations == ("PlaceDIDsOrder",)
