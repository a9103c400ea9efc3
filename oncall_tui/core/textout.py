"""Text out: the folder as a markdown digest of open cases, or as CSV (one row per case or per action item).

Both read the folder like the JSON export (:func:`~oncall_tui.core.export.load_store`).  Every string from
a file is untrusted: in both formats its control characters are spelled visibly (a title cannot move the
cursor of the terminal that prints the export, nor break a CSV row), and in CSV a cell that a spreadsheet
would run as a formula (it begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a
leading ``'``, so it opens as text (OWASP's advice for CSV injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import datetime

from oncall_tui.core.config import SlaSettings
from oncall_tui.core.handover import case_line, open_cases
from oncall_tui.core.model import Case
from oncall_tui.core.text import escape_controls

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")

CASE_COLUMNS = ("id", "kind", "priority", "status", "is_open", "customer", "owner", "title", "opened_at",
                "resolved_at", "open_items", "items", "events", "last_event_at", "last_event",
                "sentiment_label", "sentiment_score", "problems", "path")
ITEM_COLUMNS = ("case_id", "case_priority", "case_status", "customer", "text", "owner", "due", "status", "group",
                "ref", "line", "path")


def safe_cell(value: object) -> str:
    """One CSV cell: text with visible control characters, a formula-looking start defused with ``'``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)  # our own numbers: a negative score stays a number
    text = str(value)
    if text.startswith(FORMULA_LEADS):
        text = "'" + text
    return escape_controls(text)


def _rows_csv(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return out.getvalue()


def _last_event(case: Case):
    from oncall_tui.core.handover import last_event

    return last_event(case)


def cases_csv(cases: Iterable[Case]) -> str:
    """One row per case, sorted by path."""
    rows = []
    for case in sorted(cases, key=lambda c: c.path):
        event = _last_event(case)
        sentiment = case.sentiment
        rows.append((
            case.id, case.kind, case.priority, case.status, case.is_open, case.customer, case.owner, case.title,
            case.opened_at, case.resolved_at, case.open_items, len(case.action_items), len(case.timeline),
            event.at if event else None, event.text if event else None,
            sentiment.label if sentiment else None, sentiment.score if sentiment else None,
            "; ".join(case.problems) or None, case.path,
        ))
    return _rows_csv(CASE_COLUMNS, rows)


def items_csv(cases: Iterable[Case]) -> str:
    """One row per action item of every case, cases by path, items in document order."""
    rows = [
        (case.id, case.priority, case.status, case.customer, item.text, item.owner, item.due, item.status,
         item.group, item.ref, item.line, case.path)
        for case in sorted(cases, key=lambda c: c.path) for item in case.action_items
    ]
    return _rows_csv(ITEM_COLUMNS, rows)


def digest_markdown(cases: Iterable[Case], now: datetime, *, sla: SlaSettings | None = None,
                    folder: str = "") -> str:
    """One markdown digest of the open cases, by priority: status, owner, SLA, last event, next item."""
    sla = sla or SlaSettings()
    rows = open_cases(cases)
    out = [f"# Open cases{' — ' + escape_controls(folder) if folder else ''}", "",
           f"{len(rows)} open case{'s' if len(rows) != 1 else ''} at {now.isoformat(timespec='minutes')}.", ""]
    current = object()
    for case in rows:
        if case.priority != current:
            current = case.priority
            out += [f"## {case.priority or 'No priority'}", ""]
        out.extend(case_line(case, sla, now))
    return "\n".join(out).rstrip("\n") + "\n"
