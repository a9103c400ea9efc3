"""What changed in a case folder since a person last looked: the diff of a seen mark and the live cases.

:func:`diff` compares a snapshot (:mod:`oncall_tui.core.seenmarks`) with the
live cases and gives a :class:`Report` grouped by case, newest first;
:func:`render` prints it.  The headless ``oncall-tui changes`` and the TUI's
changes view both use it.  In a git work tree the changes made in commits
since the mark come from git instead, with who made them and when
(:mod:`oncall_tui.core.gitchanges`); what is not committed yet still comes
from the snapshot.  Nothing here imports Textual.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING

from oncall_tui.core.cache import paused_gc
from oncall_tui.core.dates import as_datetime, from_mtime_ns, reachable_iso
from oncall_tui.core.model import ActionItem, Case
from oncall_tui.core.seenmarks import (KEEP, SeenMarks, Snapshot, _keyed, case_record, default_state_dir,  # noqa: F401
                                       event_keys, item_keys)
from oncall_tui.core.text import escape_controls

if TYPE_CHECKING:
    from oncall_tui.core.githistory import HistoryEntry
    from oncall_tui.core.gitchanges import GitSince

__all__ = ["KEEP", "CaseChanges", "Changed", "Report", "SeenMarks", "Snapshot", "diff", "parse_since", "render",
           "report_for"]

SENTIMENT_STEP = 0.2
"""A sentiment score has "moved" when it changed by at least this much (or its label changed)."""


# -- the diff --------------------------------------------------------------------------------------

KINDS = ("new case", "removed", "closed", "reopened", "status", "priority", "owner", "event",
         "item added", "item done", "item reopened", "overdue", "sentiment", "problem", "commit", "in commit")


@dataclass(frozen=True)
class Changed:
    """One change of one case."""

    kind: str
    text: str
    at: datetime | None
    line: int | None = None
    """The file line it is about (a timeline event, an item), for opening the case at that place."""
    author: str | None = None
    """Who made it, for a change read from a git commit."""


@dataclass
class CaseChanges:
    path: str
    case_id: str
    title: str
    changes: list[Changed] = field(default_factory=list)

    @property
    def newest(self) -> datetime | None:
        times = [c.at for c in self.changes if c.at is not None]
        return max(times) if times else None

    @property
    def authors(self) -> list[str]:
        """Who made its changes that came from git commits, in order of appearance."""
        return list(dict.fromkeys(c.author for c in self.changes if c.author))


@dataclass
class Report:
    since: datetime | None
    basis: str
    """``mark`` (the last explicit mark), ``close`` (when the app last closed), ``time`` (no snapshot that old:
    only what the files' own times show) or ``none`` (no snapshot yet)."""
    groups: list[CaseChanges]
    commits: int = 0
    """Commits since the mark read from git (0 outside git: everything came from the snapshot)."""

    @property
    def paths(self) -> set[str]:
        return {group.path for group in self.groups}

    def __len__(self) -> int:
        return sum(len(group.changes) for group in self.groups)


def _label(value: object) -> str:
    if value is None:
        return "none"
    text = str(value)
    return {"in_progress": "In progress"}.get(text, text[:1].upper() + text[1:])


def due_day(item: ActionItem) -> date | None:
    value = reachable_iso(item.due)
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value


def is_overdue(item: ActionItem, today: date) -> bool:
    """Not done and due before *today* (the tables' rule)."""
    due = due_day(item)
    return item.status != "done" and due is not None and due < today


def _overdue_since(item: ActionItem, since: datetime, now: datetime) -> bool:
    """The item went overdue between *since* and *now*: its due day ended in that span."""
    due = due_day(item)
    if due is None or item.status == "done":
        return False
    return since.astimezone(now.tzinfo).date() <= due < now.date()


def _when(case: Case, now: datetime) -> datetime:
    """When a change of *case* reached its file: its modification time (now when unknown)."""
    return from_mtime_ns(case.source.mtime_ns, now.tzinfo) or now


def _went_overdue(item: ActionItem, now: datetime) -> datetime | None:
    """The moment the item went overdue: the start of the day after its due day."""
    due = due_day(item)
    if due is None:
        return None
    return datetime.combine(due + timedelta(days=1), time(), now.tzinfo)


def _item_words(item: ActionItem) -> str:
    due = f"due {item.due}" if item.due and item.due not in item.text else None
    extra = ", ".join(x for x in (item.owner, due) if x)
    return f"{item.text}" + (f" ({extra})" if extra else "")


def _ints(value: object) -> set[int]:
    """The digests of a snapshot's list (anything else in it, from a hand-edited file, is dropped)."""
    return {v for v in value if type(v) is int} if isinstance(value, list) else set()


def _case_changes(old: dict | None, case: Case, since: datetime, now: datetime) -> list[Changed]:
    when = _when(case, now)
    zone = now.tzinfo
    out: list[Changed] = []
    items = list(zip(item_keys(case), case.action_items))
    if old is None:
        out.append(Changed("new case", f"{_label(case.kind)}: {case.title}"
                           + (f" ({case.priority}, {_label(case.status)})" if case.priority or case.status else ""),
                           as_datetime(case.opened_at, zone) or when, 1))
        for key, item in items:
            if _overdue_since(item, since, now):
                out.append(Changed("overdue", _item_words(item), _went_overdue(item, now), item.line))
        return out
    if old.get("open") and not case.is_open:
        out.append(Changed("closed", f"closed ({_label(case.status)})", when))
    elif not old.get("open") and case.is_open:
        out.append(Changed("reopened", f"reopened ({_label(case.status)})", when))
    for name in ("status", "priority", "owner"):
        before, after = old.get(name), getattr(case, name)
        if before != after:
            out.append(Changed(name, f"{_label(name)}: {_label(before)} → {_label(after)}", when))
    old_events = _ints(old.get("events"))
    for key, event in zip(event_keys(case), case.timeline):
        if key not in old_events:
            out.append(Changed("event", event.text, as_datetime(event.at, zone) or when, event.line))
    try:
        old_items = {key: status for key, status in old.get("items") or () if type(key) is int}
    except (TypeError, ValueError):  # a hand-edited snapshot: every item then reads as added
        old_items = {}
    for key, item in items:
        was = old_items.get(key)
        if was is None:
            out.append(Changed("item added", _item_words(item), when, item.line))
        elif was != "done" and item.status == "done":
            out.append(Changed("item done", item.text, when, item.line))
        elif was == "done" and item.status != "done":
            out.append(Changed("item reopened", item.text, when, item.line))
        if _overdue_since(item, since, now):
            out.append(Changed("overdue", _item_words(item), _went_overdue(item, now), item.line))
    done = [c for c in out if c.kind == "item done"]
    if len(done) > 2 and out and out[0].kind == "closed":
        # Closing an escalation makes its unmarked action plan read as done: one line, not one per item.
        first = done[0]
        out = [c for c in out if c.kind != "item done"]
        out.append(Changed("item done", f"{len(done)} items done with the case: {first.text}, …", first.at, first.line))
    out.extend(_sentiment_change(old.get("sentiment"), case, when))
    old_problems = _ints(old.get("problems"))
    for key, problem in zip(_keyed(list(case.problems)), case.problems):
        if key not in old_problems:
            out.append(Changed("problem", problem, when))
    return out


def _sentiment_change(old: object, case: Case, when: datetime) -> list[Changed]:
    new = case.sentiment
    old_label, old_score = (old[0], old[1]) if isinstance(old, list) and len(old) == 2 else (None, None)
    if new is None and old_score is None:
        return []
    if new is None:
        return [Changed("sentiment", "sentiment: no longer read", when)]
    if not isinstance(old_score, (int, float)):
        return [Changed("sentiment", f"sentiment: now {_sentiment_words(new.label, new.score)}", when)]
    if new.label != old_label or abs(new.score - old_score) >= SENTIMENT_STEP:
        return [Changed("sentiment", f"sentiment: {_sentiment_words(old_label, old_score)} → "
                                     f"{_sentiment_words(new.label, new.score)}", when)]
    return []


def _sentiment_words(label: str | None, score: float) -> str:
    return f"{score:+.2f}" + (f" ({label})" if label else "")


def _time_only(case: Case, since: datetime, now: datetime) -> list[Changed]:
    """Without a snapshot that old: what the file's own times say happened after *since*."""
    zone = now.tzinfo
    out: list[Changed] = []
    opened = as_datetime(case.opened_at, zone)
    if opened is not None and since <= opened <= now:
        out.append(Changed("new case", f"{_label(case.kind)}: {case.title}", opened, 1))
    resolved = as_datetime(case.resolved_at, zone)
    if resolved is not None and since <= resolved <= now and not case.is_open:
        out.append(Changed("closed", f"closed ({_label(case.status)})", resolved))
    for event in case.timeline:
        at = as_datetime(event.at, zone)
        if at is not None and since <= at <= now and event.text not in ("Created", "Resolved", "End Time", "Start Time"):
            out.append(Changed("event", event.text, at, event.line))
    for item in case.action_items:
        if _overdue_since(item, since, now):
            out.append(Changed("overdue", _item_words(item), _went_overdue(item, now), item.line))
    return out


def _newest_first(changes: list[Changed]) -> list[Changed]:
    far = datetime.min.replace(tzinfo=timezone.utc)
    return sorted(changes, key=lambda c: c.at or far, reverse=True)


def _group(case_id: str, path: str, title: str, changes: list[Changed]) -> CaseChanges:
    return CaseChanges(path, case_id, title, _newest_first(changes))


def _sorted(groups: list[CaseChanges]) -> list[CaseChanges]:
    far = datetime.min.replace(tzinfo=timezone.utc)
    return sorted(groups, key=lambda g: (g.newest or far, g.path), reverse=True)


def diff(old: Snapshot | None, cases: Iterable[Case], now: datetime, *, since: datetime | None = None,
         git: GitSince | None = None) -> Report:
    """What changed in *cases* since the snapshot *old* (or, with no snapshot, since *since* by the files'
    own times; with neither, nothing).  With *git* (the commits since the snapshot was taken), the cases
    they changed show those commits, and only the changes since HEAD come from the snapshot."""
    with paused_gc():
        if git is not None and (old is None or git.since != old.taken_at):
            git = None  # read for another mark
        return _diff(old, list(cases), now, since, git)


def _diff(old: Snapshot | None, cases: list[Case], now: datetime, since: datetime | None,
          git: GitSince | None) -> Report:
    if old is None:
        if since is None:
            return Report(None, "none", [])
        groups = [_group(c.id, c.path, c.title, ch) for c in cases if (ch := _time_only(c, since, now))]
        return Report(since, "time", _sorted(groups))
    start = old.taken_at
    committed = git.files if git is not None else {}
    groups = []
    live = set()
    for case in cases:
        live.add(case.path)
        entries = committed.get(case.path)
        if entries:  # the commits since the mark, then what is not committed (HEAD → the working tree)
            at_head = git.at_head.get(case.path) if git is not None else None
            record = case_record(at_head) if at_head is not None else None
            changes = _commit_changes(entries, now) + _case_changes(record, case, start, now)
        else:
            changes = _case_changes(old.cases.get(case.path), case, start, now)
        if changes:
            groups.append(_group(case.id, case.path, case.title, changes))
    for path, record in old.cases.items():
        if path not in live:
            gone = _commit_changes(committed[path], now) if path in committed else []
            if git is None or git.at_head.get(path) is not None or path not in committed:  # not by a commit
                gone.append(Changed("removed", f"file removed ({path})", None))
            groups.append(CaseChanges(path, str(record.get("id", path)), str(record.get("title", "")), gone))
    return Report(start, old.reason, _sorted(groups), git.commits if git is not None else 0)


def _commit_changes(entries: Iterable[HistoryEntry], now: datetime) -> list[Changed]:
    """Each commit as one line (subject, author, short id), then its parsed differences, at its author time."""
    out: list[Changed] = []
    for entry in entries:
        try:
            at: datetime | None = datetime.fromisoformat(entry.when).astimezone(now.tzinfo)
        except ValueError:
            at = None
        out.append(Changed("commit", f"{entry.subject} — {entry.author} ({entry.commit[:8]})", at,
                           author=entry.author))
        out.extend(Changed("in commit", change, at, author=entry.author) for change in entry.changes)
    return out


_DURATION = re.compile(r"(\d+)\s*([wdhm])", re.IGNORECASE)


def parse_since(text: str) -> timedelta:
    """``8h``, ``30m``, ``1d12h``, ``2w``: ValueError for anything else."""
    value = text.strip().replace(" ", "")
    if not value or _DURATION.sub("", value):
        raise ValueError(f"not a duration: {text!r} (write 8h, 30m, 1d12h or 2w)")
    units = {"w": 604800, "d": 86400, "h": 3600, "m": 60}
    seconds = sum(int(n) * units[u.lower()] for n, u in _DURATION.findall(value))
    if seconds <= 0:
        raise ValueError(f"not a duration: {text!r} (it must be more than zero)")
    return timedelta(seconds=seconds)


def report_for(cases: Iterable[Case], marks: SeenMarks, now: datetime, *, since: timedelta | None = None,
               mark_only: bool = False, git: Callable[[datetime], GitSince | None] | None = None) -> Report:
    """The changes the headless command and the changes view show: since the last look (the newest
    snapshot), the last explicit mark (*mark_only*), or the newest snapshot at least *since* old (the files'
    own times when there is none).  *git* reads the commits since the snapshot's moment
    (:func:`oncall_tui.core.gitchanges.git_since`), when the folder is in a git work tree."""
    if since is not None:
        start = now - since
        snapshot = marks.latest(before=start)
    else:
        start = None
        snapshot = marks.latest(reason="mark" if mark_only else None)
    commits = git(snapshot.taken_at) if git is not None and snapshot is not None else None
    return diff(snapshot, cases, now, since=start, git=commits)


# -- text ------------------------------------------------------------------------------------------

_BASIS = {"mark": "your last mark", "close": "the app last closed", "time": "the files' own times",
          "now": "the snapshot"}


def clock(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "—"
    local = moment.astimezone(now.tzinfo)
    return local.strftime("%H:%M") if local.date() == now.date() else local.strftime("%Y-%m-%d %H:%M")


def heading(report: Report, now: datetime) -> str:
    if report.basis == "none":
        return "No seen mark yet for this folder: changes are counted from the next one (m in the app)."
    since = clock(report.since, now)
    cases = len(report.groups)
    head = (f"Changes since {since} ({_BASIS.get(report.basis, report.basis)}): "
            f"{len(report)} in {cases} case{'s' if cases != 1 else ''}")
    if report.basis == "time":
        head += " (no snapshot that old: status, priority and owner changes are not known)"
    if report.commits:
        authors = list(dict.fromkeys(a for group in report.groups for a in group.authors))
        head += (f"; {report.commits} commit{'s' if report.commits != 1 else ''} since then"
                 + (f" by {', '.join(authors)}" if authors else "") + " (from git)")
    return head


def by_line(group: CaseChanges) -> str:
    """``  changed by A, B`` for a case with changes from git commits, else nothing."""
    return f"  changed by {', '.join(group.authors)}" if group.authors else ""


def change_line(change: Changed, now: datetime) -> str:
    return f"{clock(change.at, now):>16}  {change.kind:<13} {change.text}"


def render(report: Report, now: datetime) -> str:
    """The report as plain text (every file-derived string with its control characters made visible)."""
    lines = [escape_controls(heading(report, now))]
    if report.basis != "none" and not report.groups:
        lines.append("Nothing changed.")
    for group in report.groups:
        lines.append("")
        lines.append(escape_controls(f"{group.case_id}  {group.title}  [{group.path}]" + by_line(group)))
        lines.extend(escape_controls(change_line(change, now)) for change in group.changes)
    return "\n".join(lines) + "\n"
