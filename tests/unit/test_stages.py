"""The stages import one way: each reads the IR and the naming rules, never a later stage."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

GENERATOR = Path(__file__).resolve().parents[2] / "generator"

# What each stage may import from the generator (besides itself). The runtime imports nothing of it:
# its modules are copied into packages that stand alone.
ALLOWED = {
    "load": {"ir", "naming", "timing"},
    "passes": {"ir", "naming"},
    "diff": {"ir", "naming", "load", "passes"},
    "render": {"ir", "naming"},
    "output": {"ir"},
    "runtime": set(),
    "docs": {"ir", "naming", "diff", "render", "output", "runtime"},
}


def generator_imports(path: Path) -> set[str]:
    """The ``generator.<first part>`` of every absolute import in a module; ``.`` for relative imports."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            found.add(".")
        names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
        names += [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
        found |= {name.split(".")[1] for name in names if name.startswith("generator.")}
    return found


@pytest.mark.parametrize("stage", sorted(ALLOWED))
def test_a_stage_imports_only_earlier_pieces(stage: str) -> None:
    for module in sorted((GENERATOR / stage).rglob("*.py")):
        imported = generator_imports(module) - {stage}
        if stage == "runtime":
            assert imported <= {"."}, f"{module.name} imports {imported}"
        else:
            assert "." not in imported, f"{module} uses a relative import"
            assert imported <= ALLOWED[stage], f"{module.relative_to(GENERATOR)} imports {imported - ALLOWED[stage]}"


def test_ls_generator_reads_like_the_pipeline() -> None:
    folders = {p.name for p in GENERATOR.iterdir() if p.is_dir() and not p.name.startswith("_")}
    assert folders == {"load", "passes", "diff", "render", "output", "runtime", "docs"}
