"""The shift handover draft and the customer status update draft, from the live cases.

:func:`handover_markdown` writes what the outgoing on-call hands over, as a
markdown document that is itself a case file of kind ``handover`` (its
title starts "Shift handover"): a TL;DR line; the open cases by priority
with status, owner, SLA clock, last timeline event and next open action
item; overdue items; what changed this shift (a
:class:`~oncall_tui.core.changes.Report`); sentiment that moved; cases
waiting on the customer; and an "Asks of the incoming on-call" section for
the person to fill.  Every fact comes from the parsed cases; nothing is
invented.  The headless ``oncall-tui handover`` and the app's editor both
start from it.

:func:`status_update_text` drafts a customer-facing update of one case from
its own timeline and items.  Nothing here imports Textual.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from oncall_tui.core.changes import Report, clock, due_day, is_overdue
from oncall_tui.core.config import SlaSettings
from oncall_tui.core.dates import as_datetime, sort_key
from oncall_tui.core.model import ActionItem, Case, TimelineEvent
from oncall_tui.core.sla import sla_clock
from oncall_tui.core.text import escape_controls

HANDOVER_TITLE = "Shift handover"
HANDOVER_DIR = "handovers"
ASKS = "Asks of the incoming on-call"
SECTIONS = ("TL;DR", "Open cases by priority", "Overdue items", "Changes this shift", "Sentiment moved",
            "Waiting on the customer", ASKS)
_PRIORITY_ORDER = {"P1": 0, "P2": 1, "P3": 2, "P4": 3, None: 4}
_WAITING = re.compile(
    r"\b(?:waiting (?:on|for) (?:the )?customer|awaiting (?:the )?customer|pending (?:the )?customer|"
    r"customer to (?:confirm|reply|respond|send|test|verify|provide))\b", re.IGNORECASE)


def t(text: str | None) -> str:
    """A file-derived string as one line with its control characters made visible."""
    return escape_controls(text or "")


def open_cases(cases: Iterable[Case]) -> list[Case]:
    """Open cases (never a handover), by priority, then opening time, then id."""
    rows = [c for c in cases if c.is_open and c.kind != "handover"]
    return sorted(rows, key=lambda c: (_PRIORITY_ORDER.get(c.priority, 4), sort_key(c.opened_at), c.id))


def last_event(case: Case) -> TimelineEvent | None:
    """The latest event in time (the timeline is sorted; one without a readable time is skipped)."""
    dated = [e for e in case.timeline if as_datetime(e.at) is not None]
    return max(dated, key=lambda e: sort_key(e.at)) if dated else (case.timeline[-1] if case.timeline else None)


def next_item(case: Case) -> ActionItem | None:
    """The open item due first (items without a due date after, in document order)."""
    open_items = [i for i in case.action_items if i.status != "done"]
    if not open_items:
        return None
    return sorted(open_items, key=lambda i: (due_day(i) is None, str(due_day(i) or ""), i.line))[0]


def waiting_on_customer(case: Case) -> bool:
    """Status ``waiting``, or the latest event says the case waits for the customer."""
    if case.status == "waiting":
        return True
    event = last_event(case)
    return event is not None and bool(_WAITING.search(event.text))


def _when(at: str | None, now: datetime) -> str:
    if at and "T" not in at:
        return t(at)  # a date alone: no invented midnight
    moment = as_datetime(at, now.tzinfo)
    return clock(moment, now) if moment is not None else t(at) or "—"


def _status(case: Case) -> str:
    return {"in_progress": "in progress"}.get(case.status or "", case.status or "no status")


def _item_line(item: ActionItem) -> str:
    extra = "; ".join(x for x in (f"owner {t(item.owner)}" if item.owner else "unassigned",
                                  (f"due {t(item.due)}" if item.due else "no due date")
                                  if not (item.due and item.due in item.text) else None) if x)
    return f"{t(item.text)} ({extra})"


def case_line(case: Case, sla: SlaSettings, now: datetime) -> list[str]:
    """The open-cases section's entry for one case: a headline and three detail lines."""
    head = f"- **{case.priority or 'P?'} {t(case.id)}**"
    if case.customer:
        head += f" {t(case.customer)} —"
    head += f" {t(case.title)}"
    sla_text = "no clock"
    if (clk := sla_clock(case, sla, now)) is not None:
        sla_text = f"{clk.text}{' (first response)' if clk.target == 'response' else ''}"
    lines = [head, f"  - status: {_status(case)} · owner: {t(case.owner) or 'unassigned'} · SLA: {sla_text}"]
    event = last_event(case)
    lines.append(f"  - last event: {_when(event.at, now)} {t(event.text)}" if event else "  - last event: none")
    item = next_item(case)
    lines.append(f"  - next: {_item_line(item)}" if item else "  - next: no open action item")
    return lines


def _section(title: str, lines: list[str], empty: str) -> list[str]:
    """A ``## title`` section of *lines*, or of the one line *empty* when there are none."""
    return ["", f"## {title}", "", *(lines or [empty])]


def _waiting_line(case: Case, now: datetime) -> str:
    event = last_event(case)
    since = f" (last: {_when(event.at, now)} {t(event.text)})" if event else ""
    return f"- {t(case.id)} {t(case.customer) or ''}{since}".replace("  ", " ")


def handover_markdown(cases: Iterable[Case], report: Report | None, now: datetime, *,
                      sla: SlaSettings | None = None, user: str | None = None) -> str:
    """The handover draft (see the module's doc)."""
    sla = sla or SlaSettings()
    cases = list(cases)
    rows = open_cases(cases)
    today = now.date()
    by_priority: dict[str, int] = {}
    for case in rows:
        by_priority[case.priority or "no priority"] = by_priority.get(case.priority or "no priority", 0) + 1
    breached = [c for c in rows if (clk := sla_clock(c, sla, now)) is not None and clk.breached]
    overdue = [(c, i) for c in rows for i in c.action_items if is_overdue(i, today)]
    waiting = [c for c in rows if waiting_on_customer(c)]
    changes = report.groups if report is not None else []
    moved = [(g, ch) for g in changes for ch in g.changes if ch.kind == "sentiment"]

    stamp = now.strftime("%Y-%m-%d %H:%M")
    out = [f"# {HANDOVER_TITLE} — {stamp}" + (f" ({t(user)})" if user else ""), ""]
    out.append(f"Handed over: {now.isoformat(timespec='minutes')}" + (f" by {t(user)}" if user else ""))
    out += ["", "## TL;DR", ""]
    counts = ", ".join(f"{p} {n}" for p, n in sorted(by_priority.items(), key=lambda p: _PRIORITY_ORDER.get(p[0], 4)))
    tldr = f"{len(rows)} open case{'s' if len(rows) != 1 else ''}" + (f" ({counts})" if counts else "")
    tldr += f"; {len(breached)} past SLA; {len(overdue)} overdue item{'s' if len(overdue) != 1 else ''}"
    tldr += f"; {sum(len(g.changes) for g in changes)} change{'s' if sum(len(g.changes) for g in changes) != 1 else ''} this shift"
    tldr += f"; {len(waiting)} waiting on the customer."
    out.append(tldr)

    out += _section("Open cases by priority", [line for case in rows for line in case_line(case, sla, now)],
                    "No open cases.")
    out += _section("Overdue items", [f"- {t(case.id)}: {_item_line(item)}" for case, item in overdue], "None.")
    out += ["", "## Changes this shift", ""]
    if report is None or report.basis == "none":
        out.append("No seen mark yet: nothing to compare with.")
    else:
        out.append(f"Since {clock(report.since, now)}.")
        out.append("")
        if not changes:
            out.append("Nothing changed.")
        for group in changes:
            out.append(f"- {t(group.case_id)} {t(group.title)}")
            out.extend(f"  - {clock(ch.at, now)} {ch.kind}: {t(ch.text)}" for ch in group.changes)
    out += _section("Sentiment moved", [f"- {t(group.case_id)}: {t(change.text)}" for group, change in moved], "None.")
    out += _section("Waiting on the customer", [_waiting_line(case, now) for case in waiting], "None.")

    out += ["", f"## {ASKS}", "", "- ", ""]
    return "\n".join(out)


def handover_file_name(now: datetime, user: str | None) -> str:
    """``handovers/YYYY-MM-DD-HHMM-<user>.md`` (the user as a file-name-safe slug)."""
    slug = re.sub(r"[^a-z0-9]+", "-", (user or "").casefold()).strip("-")[:40] or "on-call"
    return f"{HANDOVER_DIR}/{now.strftime('%Y-%m-%d-%H%M')}-{slug}.md"


def previous_handover(cases: Iterable[Case]) -> Case | None:
    """The newest handover file of the folder (by path: the names start with the time)."""
    handovers = [c for c in cases if c.kind == "handover"]
    return max(handovers, key=lambda c: c.path) if handovers else None


# -- the customer status update ------------------------------------------------------------------------

UPDATE_MARK = "Customer update sent"


def _last_update(case: Case) -> TimelineEvent | None:
    sent = [e for e in case.timeline if e.text.startswith(UPDATE_MARK)]
    return max(sent, key=lambda e: sort_key(e.at)) if sent else None


def status_update_text(case: Case, now: datetime) -> str:
    """A customer-facing update from the case's own timeline and items: what happened since the last update,
    the current status, next steps with their due dates, and a line for the next update's time (left for the
    person to fill: the file does not say it).  One paragraph per part, plain text."""
    last = _last_update(case)
    since_key = sort_key(last.at) if last else None
    events = [e for e in case.timeline
              if not e.text.startswith(UPDATE_MARK) and (since_key is None or sort_key(e.at) > since_key)]
    parts = []
    who = f" {t(case.customer)}" if case.customer else ""
    parts.append(f"Hello{who} team, an update on {t(case.id)} ({t(case.title)}).")
    if events:
        what = "; ".join(f"{_when(e.at, now)} {t(e.text)}" for e in events[-5:])
        parts.append(("Since our last update: " if last else "What has happened: ") + what + ".")
    else:
        parts.append("Nothing new has happened since our last update.")
    parts.append(f"Current status: {_status(case)}.")
    steps = [i for i in case.action_items if i.status != "done"]
    steps.sort(key=lambda i: (due_day(i) is None, str(due_day(i) or ""), i.line))
    if steps:
        parts.append("Next steps: " + "; ".join(
            t(i.text) + (f" (by {t(i.due)})" if i.due and i.due not in i.text else "") for i in steps[:5]) + ".")
    parts.append("Next update: ")
    return "\n\n".join(parts)


def status_update_entry(text: str) -> str:
    """The timeline entry for a sent update: one line, the text after the mark."""
    body = " ".join(text.split())
    return f"{UPDATE_MARK}: {body}" if body else UPDATE_MARK


def save_handover(storage, text: str, now: datetime, user: str | None):  # noqa: ANN001, ANN201 (Storage, EditResult)
    """Write the handover *text* as a new file ``handovers/YYYY-MM-DD-HHMM-<user>.md`` through *storage*
    (atomic; a read-only storage refuses before anything, the ``handovers`` folder included, is made).

    The text must read back as a handover (its title line is kept as drafted); an existing file is never
    replaced: a second handover in the same minute gets ``-2``.  Returns an EditResult (undo removes it).
    """
    from oncall_tui.core.edits import EditRefused, EditResult
    from oncall_tui.core.parse import parse_bytes
    from oncall_tui.core.storage import ConflictError, ReadOnlyError

    base = handover_file_name(now, user)
    if storage.read_only:
        raise ReadOnlyError(base)
    data = text.encode("utf-8")
    case = parse_bytes(data, base)
    if case.kind != "handover":
        raise EditRefused("the text no longer reads as a handover (keep its first line, "
                          f"'# {HANDOVER_TITLE} — …', and the 'Handed over:' line); nothing was written")
    storage.make_folder(HANDOVER_DIR)  # through the storage: refused outside the folder, never through a link
    for attempt in range(1, 20):
        rel = base if attempt == 1 else base.replace(".md", f"-{attempt}.md")
        try:
            written = storage.write(rel, data, expected_sha256=None)
        except ConflictError:
            continue
        return EditResult(storage.rel(rel), "handover saved", parse_bytes(data, rel), None, data, written.sha256)
    raise EditRefused("could not find a free name for the handover; nothing was written")


def summary_paragraph(case: Case, now: datetime, sla: SlaSettings | None = None) -> str:
    """One paragraph for a chat or a ticket: id, customer, priority, status, SLA, last event, next item."""
    parts = [t(case.id)]
    if case.customer:
        parts.append(t(case.customer))
    parts.append(case.priority or "no priority")
    parts.append(_status(case))
    head = " · ".join(parts) + f": {t(case.title)}."
    clk = sla_clock(case, sla or SlaSettings(), now)
    sentences = [head, f"SLA {clk.text}." if clk is not None else "No SLA clock."]
    event = last_event(case)
    if event is not None:
        sentences.append(f"Last event {_when(event.at, now)}: {t(event.text)}.")
    item = next_item(case)
    if item is not None:
        sentences.append(f"Next: {_item_line(item)}.")
    return " ".join(sentences)
