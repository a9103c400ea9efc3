"""No product file over 500 lines and no class over 300 (issue 15's acceptance), data tables excepted."""

from __future__ import annotations

import ast
from pathlib import Path

import oncall_tui

PACKAGE = Path(oncall_tui.__file__).parent
MAX_FILE_LINES = 500
MAX_CLASS_LINES = 300
DATA_TABLES = {"core/sentiment_weights.py"}
"""Generated data, not code: excepted for good."""


def _oversized() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        text = path.read_text(encoding="utf-8")
        why = []
        lines = text.count("\n")
        if lines > MAX_FILE_LINES:
            why.append(f"{lines} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef) and node.end_lineno - node.lineno + 1 > MAX_CLASS_LINES:
                why.append(f"class {node.name}: {node.end_lineno - node.lineno + 1} lines")
        if why:
            found[rel] = why
    return found


def test_no_file_or_class_is_over_the_limit() -> None:
    over = _oversized()
    assert {rel: why for rel, why in over.items() if rel not in DATA_TABLES} == {}



def test_the_data_tables_are_the_only_files_excepted_and_still_need_it() -> None:
    assert set(_oversized()) == DATA_TABLES  # a data table that shrank leaves the list
