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


def check(root: Path, *, stats: bool = False) -> tuple[list[str], int]:
    """One ``path: problem`` line per problem and per skipped file, then a summary.

    The exit code is 1 when any case file has a problem.  Skipped files (a
    symlink out of the folder, a FIFO) are listed but do not fail the check:
    they are usually there on purpose and are not case files.  A status the
    parser inferred (no ``Status:`` line) is listed too, so a team can write
    one where it disagrees; it is not a problem.  With *stats*, a table per
    kind of what was read follows (:func:`corpus_stats`).
    """
    store = load_store(root)
    lines: list[str] = []
    with_problems = 0
    inferred = 0
    cases = store.cases()
    for case in sorted(cases, key=lambda c: c.path):
        if case.problems:
            with_problems += 1
        lines.extend(f"{_one_line(case.path)}: {_one_line(problem)}" for problem in case.problems)
        if case.status_basis == "inferred":
            inferred += 1
            lines.append(f"{_one_line(case.path)}: status inferred: {case.status} (no Status: line; add one if this is wrong)")
    skipped = store.skipped
    lines.extend(f"{_one_line(rel)}: skipped: {_one_line(reason)}" for rel, reason in sorted(skipped.items()))
    summary = f"{len(store)} files, {with_problems} with problems"
    if skipped:
        summary += f", {len(skipped)} skipped"
    if inferred:
        summary += f", {inferred} with an inferred status"
    lines.append(summary)
    if stats:
        lines.append("")
        lines.extend(corpus_stats(cases))
    return lines, 1 if with_problems else 0


_NO_TIME = ("timeline entry has no time", "timeline row has no time", "has a time but no date")
STATS_COLUMNS = ("files", "with timeline", "events", "events without a time", "items", "inferred statuses")


def stats_by_kind(cases: Iterable[Case]) -> dict[str, dict[str, int]]:
    """Per kind (and ``total``): files, files with a timeline, events found, timeline entries whose time
    or date could not be read, action items found, statuses inferred."""
    table: dict[str, dict[str, int]] = {}
    for case in cases:
        for key in (case.kind, "total"):
            row = table.setdefault(key, dict.fromkeys(STATS_COLUMNS, 0))
            row["files"] += 1
            row["with timeline"] += bool(case.timeline)
            row["events"] += len(case.timeline)
            row["events without a time"] += sum(1 for p in case.problems if any(m in p for m in _NO_TIME))
            row["items"] += len(case.action_items)
            row["inferred statuses"] += case.status_basis == "inferred"
    order = ["escalation", "meeting", "incident", "note", "total"]
    return {kind: table[kind] for kind in order if kind in table}


def corpus_stats(cases: Iterable[Case]) -> list[str]:
    """:func:`stats_by_kind` as an aligned text table."""
    table = stats_by_kind(cases)
    widths = [max(len("kind"), *(len(k) for k in table))] + [len(c) for c in STATS_COLUMNS]
    out = ["  ".join([f"{'kind':<{widths[0]}}"] + [f"{c:>{w}}" for c, w in zip(STATS_COLUMNS, widths[1:])])]
    for kind, row in table.items():
        out.append("  ".join([f"{kind:<{widths[0]}}"] + [f"{row[c]:>{w}}" for c, w in zip(STATS_COLUMNS, widths[1:])]))
    return out
