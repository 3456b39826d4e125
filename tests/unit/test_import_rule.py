"""The import rule of docs/architecture.md, checked on the source text of every module.

detector imports nothing of ours; config imports nothing of ours; drafts may import detector;
integrations may import detector; only followup imports everything.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OURS = {"config", "integrations", "detector", "drafts", "followup"}
ALLOWED: dict[str, set[str]] = {
    "detector": {"detector"},
    "config": {"config"},
    "drafts": {"drafts", "detector"},
    "integrations": {"integrations", "detector"},
    "followup": OURS,
}
# Third-party packages that must not leak into the pure layers.
FORBIDDEN_THIRD_PARTY: dict[str, set[str]] = {
    "detector": {"yaml", "click", "googleapiclient", "google", "sqlite3", "pydantic"},
    "drafts": {"yaml", "click", "googleapiclient", "google", "sqlite3", "pydantic"},
}


def _imported_tops(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    tops: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            tops.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            tops.add(node.module.split(".")[0])
    return tops


def _modules() -> list[tuple[str, Path]]:
    return [(pkg, path) for pkg in sorted(ALLOWED) for path in sorted((ROOT / pkg).rglob("*.py"))]


@pytest.mark.parametrize(("package", "path"), _modules(), ids=lambda v: str(v))
def test_module_respects_import_rule(package: str, path: Path) -> None:
    tops = _imported_tops(path)
    wrong = (tops & OURS) - ALLOWED[package]
    assert not wrong, f"{path.relative_to(ROOT)} imports {sorted(wrong)}"
    leaked = tops & FORBIDDEN_THIRD_PARTY.get(package, set())
    assert not leaked, f"{path.relative_to(ROOT)} imports {sorted(leaked)}"


def test_rule_checker_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from followup.sync import run_pass\nimport yaml\n", encoding="utf-8")
    assert _imported_tops(bad) == {"followup", "yaml"}
