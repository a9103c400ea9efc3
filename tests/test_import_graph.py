"""The package's import graph: no cycles, and the layers point one way.

Read statically (an ``ast`` walk of every module, imports inside functions
included; those under ``if TYPE_CHECKING:`` are for annotations only and run
never), so a cycle hidden in a late import is caught too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import oncall_tui

PACKAGE = Path(oncall_tui.__file__).parent


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = ("oncall_tui", *path.relative_to(PACKAGE).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(inner) for stmt in node.body for inner in ast.walk(stmt))
    return skip


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _type_checking_nodes(tree)
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                    base = f"{anchor}.{base}" if base else anchor
                targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
            else:
                continue
            graph[name].update(t for t in targets if t in modules and t != name)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def test_the_walk_sees_real_imports() -> None:
    graph = _graph()
    assert "oncall_tui.core.reader" in graph["oncall_tui.core.casefile"]
    assert "oncall_tui.core.casefile" in graph["oncall_tui.core.pool"]


def test_no_import_cycle_in_the_package() -> None:
    assert _cycles(_graph()) == []


def test_the_cycle_finder_finds_one() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def _widget_offenders(graph: dict[str, set[str]]) -> dict[str, list[str]]:
    """Widget modules that import a screen or the app (at run time), with what they import."""
    offenders = {
        name: sorted(t for t in targets if t.startswith(("oncall_tui.tui.screens", "oncall_tui.tui.app")))
        for name, targets in graph.items() if name.startswith("oncall_tui.tui.widgets")
    }
    return {name: bad for name, bad in offenders.items() if bad}


def test_widgets_import_no_screen_and_no_app() -> None:
    assert _widget_offenders(_graph()) == {}


def test_the_widget_rule_catches_a_widget_that_imports_a_screen() -> None:
    graph = {
        "oncall_tui.tui.widgets.cases": {"oncall_tui.tui.screens.main", "oncall_tui.core.model"},
        "oncall_tui.tui.widgets.news": {"oncall_tui.tui.app"},
        "oncall_tui.tui.screens.main": {"oncall_tui.tui.widgets.cases"},
    }
    assert _widget_offenders(graph) == {"oncall_tui.tui.widgets.cases": ["oncall_tui.tui.screens.main"],
                                        "oncall_tui.tui.widgets.news": ["oncall_tui.tui.app"]}


def test_an_import_under_type_checking_is_not_an_edge() -> None:
    """Annotations only: ``if TYPE_CHECKING: from oncall_tui.tui.app import OncallApp`` is no import."""
    tree = ast.parse("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from oncall_tui.tui.app import X\n"
                     "from oncall_tui.tui.screens import main\n")
    skip = _type_checking_nodes(tree)
    kept = [ast.unparse(n) for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and id(n) not in skip]
    assert kept == ["from typing import TYPE_CHECKING", "from oncall_tui.tui.screens import main"]


def test_core_imports_nothing_from_the_tui() -> None:
    graph = _graph()
    assert {name: sorted(t for t in targets if t.startswith("oncall_tui.tui"))
            for name, targets in graph.items()
            if name.startswith("oncall_tui.core") and any(t.startswith("oncall_tui.tui") for t in targets)} == {}
