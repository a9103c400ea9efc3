"""Tests import their helpers from tests/helpers, never from a conftest.py (pytest loads those; nobody imports them)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers.repo import REPO_ROOT

TESTS = REPO_ROOT / "tests"


def _imports_of(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            names.append("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
    return names


def test_no_test_module_imports_a_conftest() -> None:
    offenders = {str(path.relative_to(TESTS)): name for path in sorted(TESTS.rglob("*.py"))
                 for name in _imports_of(path) if name.rpartition(".")[2] == "conftest"}
    assert offenders == {}


def test_a_conftest_holds_fixtures_and_hooks_only() -> None:
    """Every public function in a conftest.py is a fixture or a ``pytest_`` hook; no public constants or classes."""
    extra = {}
    for path in sorted(TESTS.rglob("conftest.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                fixture = any("fixture" in ast.unparse(d) for d in node.decorator_list)
                if not (fixture or node.name.startswith(("pytest_", "_"))):
                    extra.setdefault(str(path.relative_to(TESTS)), []).append(node.name)
            elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                extra.setdefault(str(path.relative_to(TESTS)), []).append(node.name)
            elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and not t.id.startswith("_")
                                                      for t in node.targets):
                extra.setdefault(str(path.relative_to(TESTS)), []).append(ast.unparse(node.targets[0]))
    assert extra == {}
