"""The headless commands' work: the JSON export and the folder ``check``.

Both read the folder through :class:`~oncall_tui.core.store.CaseStore`, so
they see exactly what the TUI sees (same file rules, same unique ids), and
both run without Textual.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from oncall_tui.core.model import Case
from oncall_tui.core.store import CaseStore


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _one_line(text: str) -> str:
    """Control characters escaped, so a file name with a newline stays one report line."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def export_cases(cases: Iterable[Case]) -> list[dict]:
    """The export contract's objects, sorted by path."""
    return [case.export_dict() for case in sorted(cases, key=lambda c: c.path)]


def load_store(root: Path) -> CaseStore:
    """A store with the whole folder read; raises OSError when *root* is not a folder."""
    store = CaseStore(root)
    store.load_all()
    return store


def export_json(root: Path) -> str:
    """The folder as the contract's JSON array, with a trailing newline."""
    return json.dumps(export_cases(load_store(root).cases()), indent=2, ensure_ascii=False) + "\n"


def check(root: Path) -> tuple[list[str], int]:
    """One ``path: problem`` line per problem and per skipped file, then a summary.

    The exit code is 1 when any case file has a problem, or when there is no case file at all
    ("no case files found": usually the wrong folder).  Skipped files (a
    symlink out of the folder, a FIFO) are listed but do not fail the check:
    they are usually there on purpose and are not case files.
    """
    store = load_store(root)
    lines: list[str] = []
    with_problems = 0
    for case in store.cases():
        if case.problems:
            with_problems += 1
        lines.extend(f"{_one_line(case.path)}: {_one_line(problem)}" for problem in case.problems)
    skipped = store.skipped
    lines.extend(f"{_one_line(rel)}: skipped: {_one_line(reason)}" for rel, reason in sorted(skipped.items()))
    if not len(store):  # a wrong folder (or an empty one) must not pass as a clean one
        lines.append("no case files found" + (f" ({len(skipped)} skipped)" if skipped else ""))
        return lines, 1
    summary = f"{len(store)} files, {with_problems} with problems"
    if skipped:
        summary += f", {len(skipped)} skipped"
    lines.append(summary)
    return lines, 1 if with_problems else 0
