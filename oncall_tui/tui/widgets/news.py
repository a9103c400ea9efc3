"""Folder news: the toast that names a changed case, as one widget that lives as long as its screen.

Textual's ``notify`` mounts a ``Toast`` widget per message and removes it
when it times out.  In a real terminal, closed toasts stayed alive
(referenced from cached arrangements): a dashboard on a folder changing
twice a second grew from 62 to 125 MiB in 10 minutes.  The news of a busy
folder arrive all day, so they get this widget instead: mounted once,
hidden when it has nothing to say, and showing the last few lines for a few
seconds each.  Textual's toasts stay for the rare messages people cause
themselves (an edit refused, a theme saved).

The box is placed by hand (absolute position) in the bottom-right corner and
keeps its size while its text changes: every layout pass repaints the whole
screen, the cases table included, and in the 10 s storm test a box resized
for each line took the table from 8 to 10-13 repaints a second.
"""

from __future__ import annotations

import time
from collections import deque

from rich.text import Text
from textual.widgets import Static

from oncall_tui.tui.literal import literal

SHOW_SECONDS = 4.0
"""How long a line stays, as long as a Textual toast of ours did."""
MOST_LINES = 3
"""Lines shown at once; older ones make room (a burst is summed up by the app anyway)."""
MOST_WIDTH = 80
"""Columns at most, border and padding included (and never more than half the screen)."""
BARS_BELOW = 2
"""Lines kept free under the box: the status bar and the key bar."""
FRAME = 3
"""Columns of border (1) and padding (2) around the text."""


class ChangeNews(Static):
    """The last few change lines, bottom right, over the panes (literal text: a file's ``[b]`` stays ``[b]``)."""

    DEFAULT_CSS = """
    ChangeNews {
        layer: _toastrack;
        position: absolute;
        padding: 0 1;
        background: $panel;
        color: $foreground;
        border-left: outer $success;
        display: none;
    }
    """

    def __init__(self, *, now=time.monotonic) -> None:
        super().__init__()
        self._now = now
        self._lines: deque[tuple[str, float, str | None]] = deque(maxlen=MOST_LINES)  # text, shown until, key
        self._timer = None

    @property
    def lines(self) -> list[str]:
        """What is shown now."""
        return [text for text, _, _ in self._lines]

    def say(self, line: str, *, key: str | None = None) -> None:
        """Show *line* for a while; a line with the same *key* (a burst's running count) replaces the one shown,
        so a storm keeps one line, rewritten in place, instead of resizing the box every few seconds."""
        if key is not None:
            for entry in [e for e in self._lines if e[2] == key]:
                self._lines.remove(entry)
        self._lines.append((line, self._now() + SHOW_SECONDS, key))
        self._draw()

    def place(self) -> None:
        """The screen was resized: the corner moved."""
        self._draw()

    def _expire(self) -> None:
        self._timer = None
        now = self._now()
        for entry in [e for e in self._lines if e[1] <= now]:
            self._lines.remove(entry)
        self._draw()

    def _draw(self) -> None:
        """Show the lines; the box's size and place change only when the number of lines or the screen does.

        Each change of size, place or display is a layout pass of the whole
        screen, and so a repaint of the cases table under a storm: the box
        keeps one width (lines are cut with an ellipsis, not wrapped) and
        its text is replaced without a layout pass.
        """
        if not self.is_attached:
            return
        if not self._lines:
            self.display = False
            return
        screen_width, screen_height = self.screen.size
        width = max(FRAME + 10, min(MOST_WIDTH, screen_width // 2))
        text = Text("\n").join(self._fit(line, width - FRAME) for line, _, _ in self._lines)
        text.no_wrap = True
        height = len(self._lines)
        self.styles.width = width  # (Textual refreshes only when a rule's value changes)
        self.styles.height = height
        self.styles.offset = (max(0, screen_width - width - 1), max(0, screen_height - height - BARS_BELOW))
        self.update(text, layout=False)
        self.display = True
        if self._timer is None:
            self._timer = self.set_timer(max(0.05, min(e[1] for e in self._lines) - self._now()), self._expire)

    @staticmethod
    def _fit(line: str, width: int) -> Text:
        text = literal(line)
        text.truncate(width, overflow="ellipsis")
        return text
