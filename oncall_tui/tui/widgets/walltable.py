"""The wall's cases table: when the rows do not all fit, the P1s lead and stay pinned at the top.

The wall's cursor cycles through every open case.  On the dashboard's table a
cursor past the last visible row scrolls the whole table, so at 100x30 the
cycle scrolled the P1s out of the room's sight.  Here, while every row fits,
the order is the table's own (time to breach on the wall); once they do not,
the P1 rows come first (in that order among themselves) and stay on screen
while the rows below them scroll to follow the cursor, like a spreadsheet's
frozen rows.  At most all but one visible row is pinned, so the cursor always
has a line to be seen on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from datetime import datetime

from textual.strip import Strip

from oncall_tui.tui.widgets.cases import CasesTable

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from oncall_tui.core.model import Case

PINNED_PRIORITY = "P1"


class WallCasesTable(CasesTable):
    """A :class:`CasesTable` whose P1 rows lead and never scroll away."""

    _pin = False
    """The rows do not all fit: the P1s lead the order and are pinned."""

    def _sort_key(self, case: Case, now: datetime) -> tuple:
        return (self._pin and case.priority != PINNED_PRIORITY, *super()._sort_key(case, now))

    def _pin_changed(self) -> bool:
        """Pin (or stop pinning) when the rows stop (or start) fitting; True when that changed.  Not before
        the table has a size (while the screen is laid out every row would seem not to fit)."""
        pin = self.scrollable_content_region.height > 1 and self.row_count > self._lines
        if pin == self._pin:
            return False
        self._pin = pin
        return True

    def _update_size(self) -> None:
        """Rows came or went (inside a patch): new keys at once, so the patch's own sort puts them in order."""
        super()._update_size()
        if self._pin_changed():
            now = self._now()
            for path in list(self._order):  # as watch_sort_mode does
                if path in self._visible:
                    self._order[path] = self._sort_key(self._all[path], now)
                    self._keyed[path] = self._all[path]
                else:
                    del self._order[path]
                    self._keyed.pop(path, None)
            self._resort_needed = True

    def on_resize(self, event) -> None:  # noqa: ANN001 (a Resize)
        if self._pin_changed():
            self.watch_sort_mode()  # every key again, one sort, the cursor kept
        super().on_resize(event)

    @property
    def _lines(self) -> int:
        """Row lines on screen (the header takes one)."""
        return max(1, self.scrollable_content_region.height - 1)

    @property
    def pinned(self) -> int:
        """How many leading rows are pinned: the P1s, at most all lines but one, none when all rows fit."""
        if not self._pin or self.row_count <= self._lines:
            return 0
        count = 0
        for path in self._rows:
            case = self._all.get(path)
            if case is None or case.priority != PINNED_PRIORITY:
                break
            count += 1
        return min(count, self._lines - 1)

    def row_at(self, y: int) -> int | None:
        """The row drawn on line *y* of the table (0 is the header)."""
        if y < 1:
            return None
        pinned = self.pinned
        row = y - 1 if y - 1 < pinned else int(self.scroll_y) + y - 1
        return row if 0 <= row < self.row_count else None

    def render_line(self, y: int) -> Strip:
        pinned = self.pinned
        if not 1 <= y <= pinned:
            return super().render_line(y)
        scroll_x = self.scroll_offset.x
        width = self.scrollable_content_region.width
        strip = self._row_strip(self._rows[y - 1], y - 1 == self.cursor_row)
        return strip.crop_extend(scroll_x, scroll_x + width, self.rich_style)

    def _scroll_to_cursor(self) -> None:
        pinned = self.pinned
        if not pinned:
            super()._scroll_to_cursor()
            return
        self.refresh()  # the pinned lines do not move with the scroll: draw them again for the cursor
        if self.cursor_row < pinned:  # the cycle came round to the P1s: the rest from its top again
            self.scroll_to(y=0, animate=False, immediate=True)
            return
        top = int(self.scroll_y)
        lines = self._lines
        if self.cursor_row < top + pinned:
            self.scroll_to(y=self.cursor_row - pinned, animate=False, immediate=True)
        elif self.cursor_row >= top + lines:
            self.scroll_to(y=self.cursor_row - lines + 1, animate=False, immediate=True)

    def on_click(self, event) -> None:  # noqa: ANN001 (a Click)
        """As the dashboard's, with the pinned lines mapped to their rows."""
        row = self.row_at(event.y)
        if row is None:
            return
        event.stop()
        self.click_row(row, event.chain)
