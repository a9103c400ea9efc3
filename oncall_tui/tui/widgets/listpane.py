"""Shared base for the list panes: options that are replaced in place.

Timeline, action items and the customer list all redraw from a fresh list
of rows when their case changes; this base keeps the highlighted row and
the scroll position across that, and remembers which case each row
belongs to so Enter can open it.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from oncall_tui.tui.keys import nav_bindings


class Row:
    """One option: what it shows and which case it belongs to (None for headers)."""

    __slots__ = ("prompt", "path", "header")

    def __init__(self, prompt: RenderableType, path: str | None = None, *, header: bool = False) -> None:
        self.prompt = prompt
        self.path = path
        self.header = header


def grid(*columns: tuple[Text, int | None], wrap: bool = True) -> Table:
    """A one-row borderless table: fixed-width columns and one (width None) that takes the rest.

    The flexible column wraps with a hanging indent, or is cut with an ellipsis when not *wrap*.
    """
    table = Table.grid(padding=(0, 1), expand=True)
    cells = []
    for cell, width in columns:
        if width is None:
            table.add_column(ratio=1, overflow="fold" if wrap else "ellipsis", no_wrap=not wrap)
        else:
            table.add_column(width=width, no_wrap=True, overflow="ellipsis")
        cells.append(cell)
    table.add_row(*cells)
    return table


class ListPane(OptionList):
    """An option list fed with :class:`Row` lists; Enter opens the row's case."""

    BINDINGS = nav_bindings(first="first", last="last")

    class OpenCase(Message):
        """Enter (or a click) on a row that belongs to a case."""

        def __init__(self, path: str) -> None:
            super().__init__()
            self.path = path

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)
        self._rows: list[Row] = []

    def show_rows(self, rows: Sequence[Row], *, keep_place: bool, at_end: bool = False) -> None:
        """Replace the rows; keep the highlight and scroll if *keep_place*, else go to the top (or end)."""
        old_highlight = self.highlighted
        old_scroll = self.scroll_y
        self._rows = list(rows)
        options = [Option(row.prompt, disabled=row.header) for row in self._rows]
        self.set_options(options)
        if not options:
            return
        selectable = [i for i, row in enumerate(self._rows) if not row.header]
        if not selectable:
            self.highlighted = None
            return
        if keep_place and old_highlight is not None:
            target = min(old_highlight, len(options) - 1)
            if self._rows[target].header:
                target = min((i for i in selectable if i >= target), default=selectable[-1])
            self.highlighted = target
            self.scroll_to(y=old_scroll, animate=False, immediate=True)
        elif at_end:
            self.highlighted = selectable[-1]
            self.call_after_refresh(self.scroll_end, animate=False, immediate=True)
        else:
            self.highlighted = selectable[0]
            self.scroll_to(y=0, animate=False, immediate=True)

    def path_at(self, index: int | None) -> str | None:
        if index is None or not 0 <= index < len(self._rows):
            return None
        return self._rows[index].path

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        path = self.path_at(event.option_index)
        if path is not None:
            self.post_message(self.OpenCase(path))

    @property
    def row_texts(self) -> list[str]:
        """The plain text of each row (tests read panes through this)."""
        out = []
        for row in self._rows:
            prompt = row.prompt
            if isinstance(prompt, Text):
                out.append(prompt.plain)
            elif isinstance(prompt, Table):
                cells = [col._cells[0] for col in prompt.columns if col._cells]
                out.append(" ".join(c.plain if isinstance(c, Text) else str(c) for c in cells))
            else:
                out.append(str(prompt))
        return out
