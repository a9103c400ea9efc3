"""Static audits of the package's source: which calls do what, outside an allow-list."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import oncall_tui

PACKAGE = Path(oncall_tui.__file__).parent

Finder = Callable[[ast.AST], Iterator[tuple[int, str]]]


def calls(tree: ast.AST) -> Iterator[tuple[ast.Call, str, str]]:
    """Every call in *tree*: the node, the called name (``open`` for ``os.open``) and the call's source."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            yield node, name, ast.unparse(node)


def string_args(node: ast.Call) -> list[str]:
    """The call's string-literal arguments (positional and keyword)."""
    return [arg.value for arg in [*node.args, *(kw.value for kw in node.keywords)]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]


def offenders(find: Finder, allowed: Mapping[str, tuple[str, ...] | None], skip: set[str] = frozenset()) -> list[str]:
    """``file:line call`` for each call *find* reports in the package that the allow-list does not cover.

    *allowed* maps a package-relative file to the call prefixes it may have (None: the whole file).
    """
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        allow = allowed.get(rel, ())
        if rel in skip or allow is None:
            continue
        for lineno, text in find(ast.parse(path.read_text(encoding="utf-8"))):
            if not text.startswith(allow):
                found.append(f"{rel}:{lineno} {text[:70]}")
    return found
