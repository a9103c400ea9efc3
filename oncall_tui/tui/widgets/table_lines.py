"""The cases table's lines as drawn: its columns (as many as the pane holds) and a cache of drawn lines.

A line is cached under what it shows (the row, the serial of its look, the
cursor, focus, the columns and the style), so nothing is ever thrown away
by hand: a row that reads differently is drawn under a new key, and the
least recently used lines go when the cache is full.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from oncall_tui.tui.widgets.case_cells import CELL_PADDING, COLUMNS, JUSTIFY, columns_width, fit_columns

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LineCache(Generic[K, V]):
    """Drawn lines keyed on what they show; the least recently used go when it is full.  Nothing is ever
    thrown away by hand: a row that reads differently has another key."""

    def __init__(self, size: int = 128) -> None:
        self.size = size
        """How many lines are kept (the widget makes it a few screens' worth)."""
        self._lines: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K, make: Callable[[], V]) -> V:
        line = self._lines.get(key)
        if line is None:
            line = self._lines[key] = make()
            while len(self._lines) > self.size:
                self._lines.popitem(last=False)
        else:
            self._lines.move_to_end(key)
        return line

    def __len__(self) -> int:
        return len(self._lines)

    def clear(self) -> None:
        self._lines.clear()


class TableLines:
    """The columns shown and the lines drawn with them."""

    def __init__(self) -> None:
        self.cache: LineCache[tuple, Strip] = LineCache()
        self.columns: tuple[int, ...] = tuple(range(len(COLUMNS)))
        """The columns shown (indexes into COLUMNS), as many as the pane's width holds (:func:`fit_columns`)."""
        self.width = columns_width(self.columns)

    def fit(self, room: int) -> bool:
        """Show as many columns as *room* cells hold; True if that changed."""
        columns = fit_columns(room)
        if columns == self.columns:
            return False
        self.columns = columns
        self.width = columns_width(columns)
        return True

    def header(self, style: Style, console: Console) -> Strip:
        return self.cache.get(("header", style, self.columns), lambda: self.draw(
            [Text(label, justify=JUSTIFY[column]) for column, label, _ in COLUMNS], style, console))

    def draw(self, cells: list[Text], style: Style, console: Console, cursor: Style | None = None) -> Strip:
        """One row: every cell padded to its column's width, on *style* (the *cursor*'s colours win)."""
        line = Text(no_wrap=True, end="")
        pad = " " * CELL_PADDING
        for index in self.columns:
            (column, _, width), cell = COLUMNS[index], cells[index]
            text = cell.copy()
            text.truncate(width, overflow="ellipsis")
            room = width - text.cell_len
            line.append(pad)
            if JUSTIFY[column] == "right":
                line.append(" " * room)
                line.append_text(text)
            else:
                line.append_text(text)
                line.append(" " * room)
            line.append(pad)
        segments = list(Segment.apply_style(list(line.render(console)), style))
        if cursor is not None:
            # The cursor's colours win over the cells' own, as a row highlight should.
            segments = list(Segment.apply_style(segments, post_style=cursor + Style(dim=False)))
        return Strip(segments, self.width)
