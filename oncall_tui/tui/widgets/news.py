"""Folder news: the toast that names a changed case, as one widget that lives as long as its screen.

Textual's ``notify`` mounts a ``Toast`` widget per message and removes it
when it times out.  In a real terminal, closed toasts stayed alive
(referenced from cached arrangements): a wall screen changing twice a second
grew from 63 to 179 MB in 14.5 minutes.  The news of a busy folder arrive all
day, so they get this widget instead: mounted once, hidden when it has
nothing to say, and showing the last few lines for a few seconds each.
Textual's toasts stay for the rare messages people cause themselves (an
edit refused, a theme saved).
"""

from __future__ import annotations

import time
from collections import deque

from rich.text import Text
from textual.containers import Container
from textual.widgets import Static

from oncall_tui.tui.literal import literal

SHOW_SECONDS = 4.0
"""How long a line stays, as long as a Textual toast of ours did."""
MOST_LINES = 3
"""Lines shown at once; older ones make room (a burst is summed up by the app anyway)."""


class NewsLines(Static):
    """The lines themselves (literal text: a case file's ``[b]`` stays ``[b]``)."""

    DEFAULT_CSS = """
    NewsLines {
        width: auto;
        max-width: 80;
        height: auto;
        padding: 0 1;
        background: $panel;
        color: $foreground;
        border-left: outer $success;
        visibility: visible;
    }
    """


class ChangeNews(Container):
    """Bottom-right corner, over the panes, above the status and key bars."""

    DEFAULT_CSS = """
    ChangeNews {
        layer: _toastrack;
        dock: bottom;
        width: 1fr;
        height: auto;
        align: right bottom;
        margin: 0 1 2 0;
        visibility: hidden;
        display: none;
    }
    """

    def __init__(self, *, now=time.monotonic) -> None:
        super().__init__()
        self._now = now
        self._lines: deque[tuple[str, float]] = deque(maxlen=MOST_LINES)  # text, shown until
        self._timer = None

    def compose(self):
        yield NewsLines()

    @property
    def lines(self) -> list[str]:
        """What is shown now."""
        return [text for text, _ in self._lines]

    def say(self, line: str) -> None:
        self._lines.append((line, self._now() + SHOW_SECONDS))
        self._draw()

    def clear(self) -> None:
        self._lines.clear()
        self._draw()

    def _expire(self) -> None:
        self._timer = None
        now = self._now()
        while self._lines and self._lines[0][1] <= now:
            self._lines.popleft()
        self._draw()

    def _draw(self) -> None:
        if not self.is_attached:
            return
        shown = bool(self._lines)
        if shown:
            self.query_one(NewsLines).update(Text("\n").join(literal(text) for text, _ in self._lines))
            if self._timer is None:
                self._timer = self.set_timer(max(0.05, self._lines[0][1] - self._now()), self._expire)
        self.display = shown
