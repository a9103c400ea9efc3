"""The status bar: folder, open counts by priority, last change, problem files, loading progress."""

from __future__ import annotations

import time

from dataclasses import dataclass, field
from datetime import datetime
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Static

from oncall_tui.tui import palette, view
from oncall_tui.tui.literal import literal

if TYPE_CHECKING:
    from textual.widgets import ProgressBar


@dataclass
class StatusInfo:
    """Everything the bar shows; the app fills it and calls :meth:`StatusBar.show`."""

    folder: str
    counts: dict[str, int] = field(default_factory=dict)
    last_change: datetime | None = None
    problems: int = 0
    read_only: bool = False
    loading: tuple[int, int] | None = (0, 0)
    folder_missing: bool = False
    flash: str | None = None
    """A word shown beside the read-only badge until *flash_until* (monotonic seconds)."""
    flash_until: float = 0.0
    git: str | None = None
    """Branch and ahead/behind counts (``main ↑1 ↓0``) when the folder is in a git work tree."""
    git_error: str | None = None
    git_local: str | None = None
    """Why this repository does not sync (no remote, no upstream): a note, not an error."""
    git_busy: str | None = None
    git_synced: float | None = None
    """Monotonic time of the last sync cycle that reached the remote."""
    git_conflicts: int = 0


class StatusBar(Horizontal):
    """One line above the footer."""

    @dataclass
    class Shown(Message):
        """The bar was shown (every second, and after each change): what goes with it can follow (the wall's
        clock and freshness line)."""

        now: datetime
        last_change: datetime | None

    def compose(self) -> ComposeResult:
        yield Static("", id="status-text", markup=False)

    _pending: tuple[StatusInfo, datetime] | None = None
    _last: tuple[StatusInfo, datetime] | None = None
    _shown: Text | None = None
    """The line on screen: the clock's tick redraws it only when it reads differently."""

    def on_mount(self) -> None:
        if self._pending is not None:
            self.show(*self._pending)

    def show(self, info: StatusInfo, now: datetime) -> None:
        texts = self.query("#status-text")
        if not texts:  # children not mounted yet: on_mount shows it
            self._pending = (info, now)
            return
        self._pending = None
        self._last = (info, now)
        # One fixed-size line: no relayout of the screen for it, and no repaint when it reads the same.
        line = self._render_info(info, now)
        if line != self._shown:
            self._shown = line
            texts.first(Static).update(line, layout=False)
        self._loading = info.loading
        self._show_progress()
        self.post_message(self.Shown(now, info.last_change))

    _loading: tuple[int, int] | None = None
    _bar_asked = False

    def _show_progress(self) -> None:
        """The loading bar, beside the line while the first load runs.  It is mounted after the first frame
        (which composes only what it needs: docs/performance.md, first frame), and only if still loading."""
        bars = self.query("#load-progress")  # (by id: Textual's progress bar module loads with the bar)
        if not bars:
            if self._loading is not None and not self._bar_asked:
                self._bar_asked = True
                self.call_after_refresh(self._add_bar)
            return
        bar = cast("ProgressBar", bars.first())
        bar.display = self._loading is not None
        if self._loading is not None:
            done, total = self._loading
            bar.update(total=max(total, 1) if total else None, progress=done)

    async def _add_bar(self) -> None:
        from textual.widgets import ProgressBar

        if self._loading is not None and self.is_attached:
            await self.mount(ProgressBar(id="load-progress", show_eta=False, show_percentage=True))
            self._show_progress()

    def _render_info(self, info: StatusInfo, now: datetime) -> Text:
        """The line, shortened to the bar's width: details go first (the time since the last change, the sync
        age, the folder's length), never a count, a badge (read-only, conflict, git error) or a problem."""
        pieces = self._pieces(info, now)
        width = self._width()
        for level in range(TERSEST + 1):
            line = Text()
            for since, until, piece in pieces:
                if since <= level and (until is None or level < until):
                    line.append_text(piece)
            if line.cell_len <= width:
                break
        return line

    def _width(self) -> int:
        """Cells the line may use: the bar's width (the loading bar beside it goes when the counts come),
        else the screen's before the first layout."""
        return self.size.width or self.app.size.width or 10**6

    def on_resize(self) -> None:
        if self._last is not None:
            self.show(*self._last)

    def _pieces(self, info: StatusInfo, now: datetime) -> list[tuple[int, int | None, Text]]:
        """The line's pieces, each with the shortening levels it shows at: from *since* to before *until*
        (None: at every level from *since*)."""
        sep = Text(" │ ", style="dim")
        pieces: list[tuple[int, int | None, Text]] = []

        def add(until: int | None, *parts: Text | str, style: str | Style = "", since: int = 0) -> None:
            piece = Text(style=style)
            for part in parts:
                if isinstance(part, Text):
                    piece.append_text(part)
                else:
                    piece.append(part)
            pieces.append((since, until, piece))

        folder = literal(info.folder, style="bold")
        if len(folder) <= 16:
            add(FOLDER_GONE, " ", folder)
        else:
            add(FOLDER_SHORT, " ", _tail(folder, 32))
            add(FOLDER_GONE, " ", _tail(folder, 16), since=FOLDER_SHORT)
        if info.read_only:
            add(None, " ", Text(" READ-ONLY ", style=palette.style(self.app, "warning", bold=True) + Style(reverse=True)))
        if info.flash and time.monotonic() < info.flash_until:
            add(BRANCH, f" {info.flash}", style=palette.style(self.app, "warning", bold=True))
        if info.folder_missing:
            add(None, " — folder is gone; waiting for it", style=palette.style(self.app, "error", bold=True))
        add(None, sep)
        if info.loading is not None:
            done, total = info.loading
            add(None, f"loading {done}/{total} files…" if total else "scanning folder…", style="italic")
            return pieces
        counts = Text(f"{sum(info.counts.values())} open: ")
        for i, (priority, count) in enumerate((p, n) for p, n in info.counts.items() if p != "-"):
            if i:
                counts.append(" ")
            counts.append(f"{priority} {count}", style=palette.priority_style(self.app, priority) if count else "dim")
        add(None, counts)
        if info.counts.get("-"):
            add(DETAIL, f" –{info.counts['-']}", style="dim")
        if info.last_change is None:
            add(DETAIL, sep, Text("no changes yet", style="dim"))
        else:
            local = info.last_change.astimezone(now.tzinfo)
            add(BRANCH, sep, f"changed {local:%H:%M:%S}")
            add(AGE, f" ({view.human_age(now - info.last_change)} ago)")
        if info.problems:
            noun = "file has" if info.problems == 1 else "files have"
            add(None, sep, Text(f"{info.problems} {noun} problems", style=palette.style(self.app, "warning", bold=True)))
            add(AGE, " (p lists)", style="dim")
        else:
            add(DETAIL, sep, Text("no problems", style="dim"))
        if info.git is not None or info.git_error:
            self._git_pieces(add, sep, info)
        return pieces

    def _git_pieces(self, add: Callable[..., None], sep: Text, info: StatusInfo) -> None:
        """Branch, ahead/behind, "synced Ns ago", and a badge for a conflict or an error (git's words, literal)."""
        from datetime import timedelta

        add(None, sep)
        if info.git is not None:
            add(BRANCH, literal(f"git {info.git}"))
        if info.git_busy:
            add(DETAIL, f" {info.git_busy}", style="italic")
        elif info.git_local:
            add(AGE, " local only", style="dim")
        elif info.git_synced is not None:
            ago = view.human_age(timedelta(seconds=max(0.0, time.monotonic() - info.git_synced)))
            add(AGE, f" synced {ago} ago", style="dim")
        else:
            add(AGE, " not synced yet", style="dim")
        alarm = palette.style(self.app, "error", bold=True) + Style(reverse=True)
        if info.git_conflicts:
            add(None, " ", Text(" CONFLICT " if info.git_conflicts == 1 else f" {info.git_conflicts} CONFLICTS ",
                                style=alarm))
        if info.git_error:
            add(None, " ", Text(" GIT ERROR ", style=alarm), " ",
                literal(info.git_error, style=palette.style(self.app, "error")))


AGE, DETAIL, FOLDER_SHORT, BRANCH, FOLDER_GONE = 1, 2, 3, 4, 5
"""Shortening levels, in the order details are left out when the line is wider than the bar: the ages,
then the dim details, then the folder's 32-character tail for a 16-character one, then the branch and the
time of the last change, then the folder.  Counts, problems and every badge stay."""
TERSEST = FOLDER_GONE


def _tail(text: Text, width: int) -> Text:
    return Text("…") + text[-(width - 1):] if len(text) > width else text
