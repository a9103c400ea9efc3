"""The status bar: folder, open counts by priority, last change, problem files, loading progress."""

from __future__ import annotations

import time

from dataclasses import dataclass, field
from datetime import datetime
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
        sep = Text(" │ ", style="dim")
        text = Text(" ")
        folder = literal(info.folder, style="bold")
        if len(folder) > 32:
            folder = Text("…") + folder[-31:]
        text.append_text(folder)
        if info.read_only:
            text.append(" ")
            text.append(" READ-ONLY ", style=palette.style(self.app, "warning", bold=True) + Style(reverse=True))
        if info.flash and time.monotonic() < info.flash_until:
            text.append(f" {info.flash}", style=palette.style(self.app, "warning", bold=True))
        if info.folder_missing:
            text.append(" — folder is gone; waiting for it", style=palette.style(self.app, "error", bold=True))
        text.append_text(sep)
        if info.loading is not None:
            done, total = info.loading
            text.append(f"loading {done}/{total} files…" if total else "scanning folder…", style="italic")
            return text
        total_open = sum(info.counts.values())
        text.append(f"{total_open} open")
        parts = [(p, n) for p, n in info.counts.items() if p != "-"]
        text.append(": ")
        for i, (priority, count) in enumerate(parts):
            if i:
                text.append(" ")
            style = palette.priority_style(self.app, priority) if count else "dim"
            text.append(f"{priority} {count}", style=style)
        if info.counts.get("-"):
            text.append(f" –{info.counts['-']}", style="dim")
        text.append_text(sep)
        if info.last_change is None:
            text.append("no changes yet", style="dim")
        else:
            local = info.last_change.astimezone(now.tzinfo)
            text.append(f"changed {local:%H:%M:%S} ({view.human_age(now - info.last_change)} ago)")
        text.append_text(sep)
        if info.problems:
            noun = "file has" if info.problems == 1 else "files have"
            text.append(f"{info.problems} {noun} problems", style=palette.style(self.app, "warning", bold=True))
            text.append(" (p lists)", style="dim")
        else:
            text.append("no problems", style="dim")
        if info.git is not None or info.git_error:
            self._render_git(text, sep, info)
        return text

    def _render_git(self, text: Text, sep: Text, info: StatusInfo) -> None:
        """Branch, ahead/behind, "synced Ns ago", and a badge for a conflict or an error (git's words, literal)."""
        from datetime import timedelta

        text.append_text(sep)
        if info.git is not None:
            text.append_text(literal(f"git {info.git}"))
        if info.git_busy:
            text.append(f" {info.git_busy}", style="italic")
        elif info.git_local:
            text.append(" local only", style="dim")
        elif info.git_synced is not None:
            ago = view.human_age(timedelta(seconds=max(0.0, time.monotonic() - info.git_synced)))
            text.append(f" synced {ago} ago", style="dim")
        else:
            text.append(" not synced yet", style="dim")
        if info.git_conflicts:
            badge = " CONFLICT " if info.git_conflicts == 1 else f" {info.git_conflicts} CONFLICTS "
            text.append(" ")
            text.append(badge, style=palette.style(self.app, "error", bold=True) + Style(reverse=True))
        if info.git_error:
            text.append(" ")
            text.append(" GIT ERROR ", style=palette.style(self.app, "error", bold=True) + Style(reverse=True))
            text.append(" ")
            text.append_text(literal(info.git_error, style=palette.style(self.app, "error")))
