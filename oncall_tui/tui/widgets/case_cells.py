"""The cells of one row of the cases table: columns, widths, and what each cell reads for a case.

Textual-free apart from the colours: a :class:`Painter` turns the theme's
colour names into Rich styles (the table's paints with the app's theme; the
default paints with none, for tests and anything outside an app).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from rich.style import Style
from rich.text import Text

from oncall_tui.core.conflictmarks import CONFLICT_PROBLEM
from oncall_tui.core.config import SlaSettings
from oncall_tui.core.sla import DEFAULT_TARGETS, SlaClock, sla_clock
from oncall_tui.tui import view
from oncall_tui.tui.literal import literal

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from oncall_tui.core.model import Case

COLUMNS = (
    ("id", "id", 13),
    ("customer", "customer", 13),
    ("owner", "owner", 9),
    ("priority", "pri", 3),
    ("status", "status", 11),
    ("age", "age", 4),
    ("sla", "sla", 8),
    ("items", "items", 5),
    ("sentiment", "mood", 4),
    ("changed", "changed", 7),
)
"""Key, header and fixed width of each column: fixed, so one odd value cannot push the others off screen."""
ID_WIDTH = 13
CUSTOMER_WIDTH = 13
OWNER_WIDTH = 9
DROP_ORDER = ("changed", "sentiment", "age", "items")
"""Columns left out, in this order, while the table is wider than its pane (the rest scrolls sideways)."""
COLUMN_INDEX = {column: index for index, (column, _, _) in enumerate(COLUMNS)}
CELL_PADDING = 1
TABLE_WIDTH = sum(width + 2 * CELL_PADDING for _, _, width in COLUMNS)
JUSTIFY: dict[str, Literal["left", "right"]] = {
    column: "right" if column in ("age", "sla", "items", "changed") else "left" for column, _, _ in COLUMNS}
SECONDS_WINDOW = 120
"""Within this many seconds either side of its due time an SLA cell counts seconds (``1m05s``), ticking every
second; further away it changes once a minute (measurements: docs/performance.md, idle CPU)."""


def fit_columns(room: int) -> tuple[int, ...]:
    """The indexes of the columns shown in *room* cells: all of them, or fewer by :data:`DROP_ORDER`."""
    shown = list(range(len(COLUMNS)))
    total = TABLE_WIDTH
    for name in DROP_ORDER:
        if total <= room:
            break
        shown.remove(COLUMN_INDEX[name])
        total -= COLUMNS[COLUMN_INDEX[name]][2] + 2 * CELL_PADDING
    return tuple(shown)


def columns_width(columns: tuple[int, ...]) -> int:
    return sum(COLUMNS[i][2] + 2 * CELL_PADDING for i in columns)


def _cell(text: str, style: Style | str = "", justify: Literal["left", "right"] = "left") -> Text:
    return Text(text, style=style, justify=justify, no_wrap=True, overflow="ellipsis")


def same_look(a: Text, b: Text) -> bool:
    """The cell would look the same (text, spans and base style): no need to touch it."""
    return a.plain == b.plain and a.spans == b.spans and a.style == b.style and a.justify == b.justify


def about_to_breach(clock: SlaClock, case: Case, targets: SlaSettings) -> bool:
    """Running, with at most ``[sla] about_to_breach`` percent of its target left."""
    target = targets.target(case.priority)
    if target is None or clock.breached:
        return False
    span = target.first_response if clock.target == "response" else target.resolution
    return clock.remaining <= span * (targets.about_to_breach / 100)


def sla_text(clock: SlaClock) -> str:
    """The SLA cell: within :data:`SECONDS_WINDOW` of the due time, either side, in minutes and seconds
    (``4m05s``, ``r-3m09s``), ticking every second; longer spans as the clock's own short form."""
    seconds = int(abs(clock.remaining).total_seconds())
    if seconds >= SECONDS_WINDOW or clock.paused:  # a paused clock (the case is waiting) stands still: ⏸ and its short form
        return clock.short
    sign = "-" if clock.breached else ""
    return f"{'r' if clock.target == 'response' else ''}{sign}{seconds // 60}m{seconds % 60:02d}s"


def _age_change(start: float, now: float) -> float:
    """When ``human_age(now - start)`` next reads differently (a wall-clock timestamp)."""
    seconds = now - start
    if seconds < 0:
        return start - 60 if seconds < -60 else start
    step = 1
    for size, unit in ((365 * 86400, "y"), (7 * 86400, "w"), (86400, "d"), (3600, "h"), (60, "m")):
        if seconds >= size * (2 if unit in "yw" else 1):
            step = size
            break
    return start + (int(seconds // step) + 1) * step


def next_change(case: Case, now: datetime, clock: SlaClock | None, changed: datetime | None) -> float:
    """The earliest moment any time-dependent cell of *case*'s row changes: its age (open cases), its SLA
    (every second within :data:`SECONDS_WINDOW` of the due time, else at each minute of it), its last change."""
    at = now.timestamp()
    times = [math.inf]
    if case.is_open and (start := view.opened(case, now.tzinfo)) is not None:
        times.append(_age_change(start.timestamp(), at))
    if changed is not None:
        times.append(_age_change(changed.timestamp(), at))
    if clock is not None and not clock.paused:
        due = clock.due.timestamp()
        left = due - at
        step = 1 if abs(left) < SECONDS_WINDOW else 60
        if left > 0:
            times.append(due - (math.ceil(left / step) - 1) * step)
        else:
            times.append(due + (int(-left // step) + 1) * step)
    return min(times)


@dataclass
class Painter:
    """What a row's look depends on besides its case: colours, targets, marks and who is looking."""

    style: Callable[..., Style] = lambda name, bold=False, background=False: Style(bold=bold or None)
    """A Rich style for a theme colour name: ``style(name, bold=..., background=...)``."""
    priority_style: Callable[[str | None], Style] = lambda priority: Style(dim=not priority)
    mood_style: Callable[[str], Style] = lambda mood: Style(dim=mood == "none")
    theme: str = ""
    targets: SlaSettings = DEFAULT_TARGETS
    conflicted: Collection[str] = ()
    """Paths with a git conflict left for a person (the ✖ mark)."""
    is_mine: Callable[[str], bool] = field(default=lambda owner: False)


@dataclass(frozen=True)
class RowLook:
    """One row's cells, what they show (its signature) and when its time-dependent cells next change."""

    cells: list[Text]
    sig: tuple
    due: float


def row_look(case: Case, now: datetime, *, flashing: bool, unseen: bool, paint: Painter) -> RowLook:
    """The cells of *case*'s row at *now*."""
    age = view.age(case, now)
    changed = view.changed_at(case, now.tzinfo)
    mood = view.mood_word(case.sentiment.score if case.sentiment else None)
    id_cell = literal(case.id)
    conflicted = case.path in paint.conflicted or any(p.startswith(CONFLICT_PROBLEM) for p in case.problems)
    if conflicted:  # a git conflict left for a person: both versions kept, C shows them
        id_cell = Text("✖", style=paint.style("error", bold=True)) + id_cell
    if unseen:
        id_cell = Text("•", style="bold") + id_cell
        id_cell.stylize("bold")
    id_cell.no_wrap = True
    id_cell.truncate(ID_WIDTH, overflow="ellipsis")
    customer = literal(case.customer or "—", style="" if case.customer else "dim")
    customer.no_wrap = True
    customer.truncate(CUSTOMER_WIDTH, overflow="ellipsis")
    status = view.STATUS_LABELS.get(case.status or "", "—")
    if case.owner and case.owner.strip():
        owner = literal(view.short_name(case.owner, OWNER_WIDTH), style="bold" if paint.is_mine(case.owner) else "")
    else:
        owner = literal("—", style="dim")
    owner.no_wrap = True
    owner.truncate(OWNER_WIDTH, overflow="ellipsis")
    clock = sla_clock(case, paint.targets, now)
    if clock is None:
        sla = _cell("—", "dim", "right")
    else:
        sla_style: Style | str = ""
        if clock.breached:
            sla_style = paint.style("sla-breached", bold=True)
        elif clock.paused:
            sla_style = Style(dim=True)  # waiting: not running, so neither warned nor counting
        elif about_to_breach(clock, case, paint.targets):
            sla_style = paint.style("sla-warning", bold=True)
        sla = _cell(sla_text(clock), sla_style, "right")
    cells = [
        id_cell,
        customer,
        owner,
        _cell(case.priority or "—", paint.priority_style(case.priority)),
        _cell(status, "dim" if not case.is_open or not case.status else ""),
        _cell(view.human_age(age) if age is not None else "—", "" if age is not None else "dim", "right"),
        sla,
        _cell(f"{case.open_items}/{len(case.action_items)}", "" if case.action_items else "dim", "right"),
        _cell(view.MOOD_GLYPHS[mood], paint.mood_style(mood)),
        _cell(view.human_age(now - changed) if changed else "—", "dim", "right"),
    ]
    if flashing:
        flash = paint.style("row-flash", background=True)
        for cell in cells:
            cell.stylize(flash)
    sig = (id(case), cells[COLUMN_INDEX["age"]].plain, cells[COLUMN_INDEX["sla"]].plain,
           cells[COLUMN_INDEX["changed"]].plain, flashing, unseen, paint.theme, conflicted)
    return RowLook(cells, sig, next_change(case, now, clock, changed))
