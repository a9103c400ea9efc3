"""What the panes show, computed from cases and a clock: no widgets here.

Keeping ordering, filtering, ages and grouping as plain functions lets the
tests pin them without a running app, and keeps the widgets to drawing.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, cast

from oncall_tui.core.later import later
from oncall_tui.core.sla import DEFAULT_TARGETS, SlaClock, sla_clock
from oncall_tui.core.views import (  # noqa: F401  (owners and overdue items live in core; re-exported here)
    OwnedItem, Owners, _tokens, day_of, my_items, natural as _natural, overdue, overdue_items, owner_key,
    owner_order, short_name,
)
from oncall_tui.core.vocabulary import MOOD_BAND, PRIORITIES, STATUS_WORDS as STATUS_LABELS
from oncall_tui.tui.literal import has_unsafe, plain

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame; dates on first use
    from oncall_tui.core.dates import as_datetime, from_mtime_ns, sort_key as date_key
    from oncall_tui.core.config import SlaSettings
    from oncall_tui.core.model import Case, TimelineEvent
else:
    as_datetime = later(globals(), "as_datetime", "oncall_tui.core.dates")
    from_mtime_ns = later(globals(), "from_mtime_ns", "oncall_tui.core.dates")
    date_key = later(globals(), "date_key", "oncall_tui.core.dates", "sort_key")

SORTS = ("sla", "priority", "age", "changed", "customer", "id", "owner")
SORT_LABELS = {
    "sla": "time to breach",
    "owner": "by owner (yours first), then time to breach",
    "priority": "priority, then oldest",
    "age": "oldest first",
    "changed": "last changed first",
    "customer": "customer",
    "id": "id",
}
ITEM_GLYPHS = {"done": "✔", "in_progress": "◐", "open": "○"}


def moment(text: str | None, zone: tzinfo | None) -> datetime | None:
    """An aware datetime for an ISO string; naive values are taken in *zone* (the clock's)."""
    # dates.as_datetime only calls ``replace(tzinfo=zone)``, so any tzinfo does; its annotation says ``timezone``.
    return as_datetime(text, cast("timezone | None", zone))


def short(text: str, width: int) -> str:
    """*text* cut to *width* characters with an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "…"


def human_age(delta: timedelta) -> str:
    """``45s``, ``12m``, ``3h``, ``2d``, ``5w``, ``1y``: short and sortable by eye (``soon`` if ahead of the clock)."""
    seconds = int(delta.total_seconds())
    if seconds < 0:
        return "soon" if seconds < -60 else "0s"  # a date ahead of the clock
    for size, unit in ((365 * 86400, "y"), (7 * 86400, "w"), (86400, "d"), (3600, "h"), (60, "m")):
        if seconds >= size * (2 if unit in "yw" else 1):
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def opened(case: Case, zone: tzinfo | None) -> datetime | None:
    return moment(case.opened_at, zone)


def age(case: Case, now: datetime) -> timedelta | None:
    """How long the case has been open (to its resolution when it is closed)."""
    start = opened(case, now.tzinfo)
    if start is None:
        return None
    end = now
    if not case.is_open:
        end = moment(case.resolved_at, now.tzinfo) or now
    return end - start


def changed_at(case: Case, zone: tzinfo | None) -> datetime | None:
    """The file's modification time, if the store recorded one."""
    return from_mtime_ns(case.source.mtime_ns, zone)


def priority_rank(case: Case) -> int:
    return PRIORITIES.index(case.priority) if case.priority in PRIORITIES else len(PRIORITIES)


def sort_key(case: Case, sort: str, now: datetime, targets: SlaSettings | None = None) -> tuple:
    """The order of a case in the table under *sort*; always ends in the path so it is total.

    ``sla``, time to breach: the nearer a case is to its due time, either side, the higher, to the minute
    (a case breached minutes ago, then one with 14 minutes left, then one breached two weeks ago); at the
    same distance the breached one first, then by priority. Paused clocks (waiting cases) come after the running
    ones, cases without an SLA clock last.
    """
    if sort == "sla":
        clock, ties = breach_parts(case, now, targets)
        if clock is None:
            return breach_key(None, 0.0, ties)
        return breach_key(clock.paused, clock.remaining.total_seconds(), ties)
    if sort == "owner":  # the table matches a person's name forms across the folder (core.views.owner_order)
        key = owner_key(case.owner)
        return (key is None, key or "", *sort_key(case, "sla", now, targets))
    start = opened(case, now.tzinfo)
    oldest = start.timestamp() if start else float("inf")
    tail = (_natural(case.id), case.path)
    if sort == "age":
        return (oldest, priority_rank(case), *tail)
    if sort == "changed":
        return (-case.source.mtime_ns, *tail)
    if sort == "customer":
        return ((case.customer or "\uffff").casefold(), priority_rank(case), oldest, *tail)
    if sort == "id":
        return tail
    return (priority_rank(case), oldest, *tail)


def breach_parts(case: Case, now: datetime, targets: SlaSettings | None = None) -> tuple[SlaClock | None, tuple]:
    """The case's SLA clock at *now* (None: it has none), and what orders cases at the same time to breach:
    priority, then the oldest, then the id and path."""
    start = opened(case, now.tzinfo)
    ties = (priority_rank(case), start.timestamp() if start else float("inf"), _natural(case.id), case.path)
    return sla_clock(case, targets or DEFAULT_TARGETS, now), ties


def breach_key(paused: bool | None, left: float, ties: tuple) -> tuple:
    """The time-to-breach key (:func:`sort_key`'s ``sla``) of a clock *left* seconds from its due time, paused
    or not; *paused* None for a case without a clock (after every clock); *ties* from :func:`breach_parts`."""
    if paused is None:
        return (2, 0, 0, *ties)
    return (int(paused), int(abs(left) // 60), 0 if left < 0 else 1, *ties)


_PRIORITY_WORDS = {"p1", "p2", "p3", "p4"}
_STATUS_WORDS = {
    "open": "open", "in_progress": "in_progress", "in-progress": "in_progress", "progress": "in_progress",
    "waiting": "waiting", "monitoring": "monitoring", "resolved": "resolved", "closed": "closed",
}
_FIELDS = ("owner", "kind", "customer", "id", "status", "priority", "title")


def matches(case: Case, query: str) -> bool:
    """Every word of *query* holds for the case (any case):

    ``p1`` … ``p4`` is the priority, a status word (``open``, ``waiting``,
    ``in-progress``, ``monitoring``, ``resolved``, ``closed``) the status,
    ``field:text`` (owner, kind, customer, id, status, priority, title) that
    field containing the text; any other word occurs in the id, customer,
    title or owner.  Fields are compared as they are shown, control
    characters spelled out (``\\x1b``), so what the user sees is what the
    filter finds.
    """
    words = query.casefold().split()
    if not words:
        return True
    hay = " ".join(shown(f) for f in (case.id, case.customer, case.title, case.owner) if f).casefold()
    for word in words:
        field, colon, text = word.partition(":")
        if colon and field in _FIELDS:
            value = getattr(case, field) or ""
            if field == "status":
                text = text.replace("-", "_")
            if not text or text not in shown(value).casefold():
                return False
        elif word in _PRIORITY_WORDS:
            if (case.priority or "").casefold() != word:
                return False
        elif word in _STATUS_WORDS:
            if case.status != _STATUS_WORDS[word]:
                return False
        elif word not in hay:
            return False
    return True


def shown(text: str) -> str:
    """*text* as the panes display it (unchanged unless it holds control characters)."""
    return plain(text) if has_unsafe(text) else text


def visible(cases: Iterable[Case], *, open_only: bool, query: str, sort: str, now: datetime) -> list[Case]:
    """The table's rows, in order."""
    rows = [c for c in cases if (c.is_open or not open_only) and matches(c, query)]
    rows.sort(key=lambda c: sort_key(c, sort, now))
    return rows


def open_counts(cases: Iterable[Case]) -> dict[str, int]:
    """Open cases by priority (``-`` for none), for the status bar."""
    counts = {p: 0 for p in (*PRIORITIES, "-")}
    for case in cases:
        if case.is_open:
            counts[case.priority or "-"] += 1
    return counts


def time_column(at: str) -> str:
    """A timeline stamp with its zone when the file gives one: ``2026-11-19 19:00:42 UTC``,
    ``2026-11-24 18:48 +01:00``, ``2026-11-24 18:48`` (no seconds the file did not have: ``:00`` is dropped)."""
    text = at.replace("T", " ")
    zone = ""
    if found := re.search(r"(Z|[+-]\d{2}:\d{2})$", text):
        text = text[: found.start()]
        zone = " UTC" if found[1] in ("Z", "+00:00", "-00:00") else f" {found[1]}"
    text = text[:19]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:00", text):
        text = text[:16]
    return text + zone


def plural(count: int, noun: str) -> str:
    """``1 event``, ``2 events``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


@dataclass(frozen=True)
class MergedEvent:
    case: Case
    event: TimelineEvent


def merged_timeline(cases: Iterable[Case]) -> list[MergedEvent]:
    """Every event of every open case, most recent first."""
    events = [MergedEvent(c, e) for c in cases if c.is_open for e in c.timeline]
    events.sort(key=lambda m: (date_key(m.event.at), m.case.id), reverse=True)
    # Unknown dates sort first under reverse; put them last instead.
    return [m for m in events if date_key(m.event.at)[0] == 0] + [
        m for m in events if date_key(m.event.at)[0] != 0
    ]


def items_by_owner(
    cases: Iterable[Case], today: date, *, me: str | None = None, aliases: Iterable[str] = ()
) -> list[tuple[str | None, list[OwnedItem]]]:
    """Open items of open cases grouped by owner (any case; unassigned last); overdue, then due date first.

    A person's name forms are one owner (:class:`Owners`), shown by their fullest spelling, capitalised if
    any spelling is, else as used most. The group of *me* (the user's own name from the settings, or one of
    its *aliases*) comes first.
    """
    cases = list(cases)
    owners = Owners.of(cases, me, aliases)
    groups: dict[str | None, list[OwnedItem]] = defaultdict(list)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for case in cases:
        if case.owner and (key := owners.key(case.owner)) is not None:
            spellings[key][case.owner.strip().lstrip("@")] += 0  # a fuller spelling to show, not a use
        if not case.is_open:
            continue
        for item in case.action_items:
            if item.status != "done":
                key = owners.key(item.owner)
                if key is not None:
                    spellings[key][item.owner.strip().lstrip("@")] += 1
                groups[key].append(OwnedItem(case, item))

    def order(owned: OwnedItem) -> tuple:
        due = day_of(owned.item.due)
        return (not overdue(owned.item, today), due or date.max, _natural(owned.case.id), owned.item.line)

    def shown(key: str) -> str:
        ranked = sorted((kv for kv in spellings[key].items() if _tokens(kv[0]) == tuple(key.split()))
                        or spellings[key].items(), key=lambda kv: (kv[0].islower(), -kv[1], kv[0]))
        return ranked[0][0]

    mine = owners.me
    keys = sorted((k for k in groups if k is not None), key=lambda k: (k != mine, k))
    out: list[tuple[str | None, list[OwnedItem]]] = [(shown(k), sorted(groups[k], key=order)) for k in keys]
    if None in groups:
        out.append((None, sorted(groups[None], key=order)))
    return out


@dataclass(frozen=True)
class CustomerMood:
    customer: str
    worst: float | None
    scores: list[float]
    open_cases: int


def customer_moods(cases: Iterable[Case]) -> list[CustomerMood]:
    """Customers with open cases, worst open-case score first, with scores of all their cases in time order."""
    by_customer: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        if case.customer:
            by_customer[case.customer].append(case)
    moods = []
    for customer, theirs in by_customer.items():
        open_ones = [c for c in theirs if c.is_open]
        if not open_ones:
            continue
        ordered = sorted(theirs, key=lambda c: (date_key(c.opened_at), c.path))
        scores = [c.sentiment.score for c in ordered if c.sentiment is not None]
        open_scores = [c.sentiment.score for c in open_ones if c.sentiment is not None]
        moods.append(CustomerMood(customer, min(open_scores) if open_scores else None, scores, len(open_ones)))
    moods.sort(key=lambda m: (m.worst is None, m.worst if m.worst is not None else 0.0, m.customer.casefold()))
    return moods


SPARKS = "▁▂▃▄▅▆▇█"


def sparkline(scores: Iterable[float]) -> str:
    """Scores from −1 to +1 as block characters, one per case."""
    out = []
    for score in scores:
        level = round((max(-1.0, min(1.0, score)) + 1) / 2 * (len(SPARKS) - 1))
        out.append(SPARKS[level])
    return "".join(out)


def mood_word(score: float | None) -> str:
    """``negative``/``neutral``/``positive`` for a score, used for colour and glyph."""
    if score is None:
        return "none"
    if score <= -MOOD_BAND:
        return "negative"
    if score >= MOOD_BAND:
        return "positive"
    return "neutral"


MOOD_GLYPHS = {"negative": "▼", "neutral": "■", "positive": "▲", "none": "·"}
