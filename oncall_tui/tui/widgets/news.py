"""Folder news: the toast that names a changed case, as one widget that lives as long as its screen.

Textual's ``notify`` mounts a ``Toast`` widget per message and removes it when it times out; the news of
a busy folder arrive all day, so they get this widget instead: mounted once, hidden when it has nothing
to say, and showing the last few lines for a few seconds each.  Textual's toasts stay for the rare
messages people cause themselves (an edit refused, a theme saved).

The box is placed by hand (absolute position) in the bottom-right corner and keeps its size while its
text changes: every layout pass repaints the whole screen, the cases table included.  Why, with the
figures: docs/performance.md ("Folder news").  :class:`Bursts` sums up a storm of changes in one line.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from rich.text import Text
from textual.timer import Timer
from textual.widgets import Static

from oncall_tui.tui.literal import literal

SHOW_SECONDS = 4.0
"""How long a line stays, as long as a Textual toast of ours did."""
MOST_LINES = 3
"""Lines shown at once; older ones make room (a burst is summed up by the app anyway)."""
MOST_WIDTH = 80
"""Columns at most, border and padding included (and never more than half the screen)."""
BURST_SECONDS = 2.0
"""Changes arriving in bursts are summed up in one line at most this often."""
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
        self._timer: Timer | None = None

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


class Bursts:
    """A news line per change; a burst (a git checkout, a storm) gets one running count every few seconds.

    *say* shows a line (a line with the same key replaces the one shown); *later* calls back after some
    seconds (the app's ``set_timer``).  More than *limit* lines at once start a burst.
    """

    def __init__(self, say: Callable[..., None], later: Callable[[float, Callable[[], None]], object], *,
                 limit: int) -> None:
        self._say = say
        self._later = later
        self._limit = limit
        self.pending: tuple[int, str] | None = None
        """During a burst: how many changes so far, and the first one's line."""

    def show(self, lines: list[str]) -> None:
        if not lines:
            return
        if self.pending is None and len(lines) <= self._limit:
            for line in lines:
                self._say(line)
            return
        if self.pending is None:
            self.pending = (0, lines[0])
            self._later(BURST_SECONDS, self.end_burst)
        count, first = self.pending
        self.pending = (count + len(lines), first)

    def end_burst(self) -> None:
        """Say the burst's count (its timer ran out)."""
        count, first = self.pending or (0, "")
        self.pending = None
        if count:
            more = f" and {count - 1} more" if count > 1 else ""
            self._say(f"{count} changes: {first}{more}", key="burst")
