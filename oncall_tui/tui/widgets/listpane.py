"""Shared base for the list panes: rows laid out as text, replaced in place.

Timeline, action items and the customer list redraw from a fresh list of
rows when their input changes.  Rows are plain :class:`~rich.text.Text`
laid out here for the pane's width (fixed columns, and a body that wraps
with a hanging indent), because an option list measures every row and a
Rich table per row is ten times slower to measure.  A redraw is skipped
when the input's signature and the width are unchanged, and the
highlighted row and scroll position survive a redraw.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from rich.console import Console
from rich.text import Text
from textual import events
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from oncall_tui.tui.keys import nav_bindings

Cell = tuple[Text, int]
FALLBACK_WIDTH = 60
MIN_BODY = 8


READING = "Reading the folder…"


def loaded(app: object) -> bool:
    """The app's first load is done (True for an app without one, as in a bare widget test)."""
    return bool(getattr(app, "loaded", True))


class Row:
    """One option: what it shows and which case it belongs to (None for headers)."""

    __slots__ = ("prompt", "path", "header", "target")

    def __init__(self, prompt: Text, path: str | None = None, *, header: bool = False, target: object = None) -> None:
        self.prompt = prompt
        self.path = path
        self.header = header
        self.target = target
        """What the row shows (an action item, an event), for the edit keys."""


def fit(text: Text, width: int) -> Text:
    """*text* on one line, cut with an ellipsis or padded to exactly *width* cells."""
    out = text.copy()
    out.no_wrap = True
    out.truncate(width, overflow="ellipsis", pad=True)
    return out


def layout(
    console: Console,
    width: int,
    body: Text,
    before: Sequence[Cell] = (),
    after: Sequence[Cell] = (),
    *,
    wrap: bool = True,
) -> Text:
    """Fixed-width cells, then *body*, then more fixed cells, in *width* cells.

    The body wraps under itself (a hanging indent) when *wrap*, else it is
    cut with an ellipsis; the *after* cells appear on the first line only.
    """
    lead = sum(w + 1 for _, w in before)
    tail = sum(w + 1 for _, w in after)
    body_width = max(MIN_BODY, width - lead - tail)
    if wrap:
        lines = list(body.wrap(console, body_width, overflow="fold")) or [Text()]
    else:
        lines = [body]
    out = Text(no_wrap=True, end="")
    for index, line in enumerate(lines):
        if index:
            out.append("\n" + " " * lead)
        else:
            for cell, cell_width in before:
                out.append_text(fit(cell, cell_width))
                out.append(" ")
        line = line.copy()
        line.rstrip()
        if index == 0 and after:
            out.append_text(fit(line, body_width))
            for cell, cell_width in after:
                out.append(" ")
                out.append_text(fit(cell, cell_width))
        else:
            line.truncate(body_width, overflow="ellipsis")
            out.append_text(line)
    return out


class ListPane(OptionList):
    """An option list fed by :meth:`build_rows`; Enter opens the highlighted row's case."""

    BINDINGS = nav_bindings(first="first", last="last")

    class OpenCase(Message):
        """Enter (or a click) on a row that belongs to a case."""

        def __init__(self, path: str) -> None:
            super().__init__()
            self.path = path

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)
        self._rows: list[Row] = []
        self._signature: Hashable = None
        self._drawn_width = -1
        self._at_end = False

    # -- for subclasses -------------------------------------------------------------------

    @property
    def rows(self) -> Sequence[Row]:
        """The rows shown now, in order (one option each)."""
        return self._rows

    def build_rows(self, width: int) -> list[Row]:
        """The rows for a content *width*; subclasses draw their current state."""
        return []

    def redraw(self, *, keep_place: bool, at_end: bool = False, signature: Hashable = None) -> None:
        """Rebuild the rows unless *signature* (not None) and the width are what was drawn last."""
        width = self.row_width()
        if signature is not None and signature == self._signature and width == self._drawn_width:
            return
        self._signature = signature
        self._drawn_width = width
        self._at_end = at_end
        self.show_rows(self.build_rows(width), keep_place=keep_place, at_end=at_end)

    @property
    def console(self) -> Console:
        return self.app.console

    def row_width(self) -> int:
        """Cells available to a row: the content width less gutter and option padding."""
        region = self.scrollable_content_region.width
        if region <= 0:
            return FALLBACK_WIDTH
        padding = self.get_component_styles("option-list--option").padding
        return max(MIN_BODY, region - self._get_left_gutter_width() - padding.width)

    def on_resize(self, event: events.Resize) -> None:
        if self.row_width() != self._drawn_width and self._drawn_width != -1:
            self.redraw(keep_place=True, signature=None)

    # -- drawing ---------------------------------------------------------------------------

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

    def message_row(self, text: str) -> list[Row]:
        """A single dim, unselectable line (empty states)."""
        return [Row(Text(text, style="dim"), header=True)]

    def empty_row(self, text: str) -> list[Row]:
        """An empty state, or "Reading the folder…" while the first load runs (nothing is missing yet)."""
        return self.message_row(text if loaded(self.app) else READING)

    def path_at(self, index: int | None) -> str | None:
        if index is None or not 0 <= index < len(self._rows):
            return None
        return self._rows[index].path

    def highlighted_row(self) -> Row | None:
        index = self.highlighted
        if index is None or not 0 <= index < len(self._rows) or self._rows[index].header:
            return None
        return self._rows[index]

    async def _on_click(self, event: events.Click) -> None:
        """Like the cases table: a click highlights a row, a click on the highlighted row opens it."""
        event.prevent_default()  # not OptionList's click-selects-at-once
        clicked = event.style.meta.get("option")
        if clicked is None or self.get_option_at_index(clicked).disabled:
            return
        if self.highlighted == clicked:
            self.action_select()
        else:
            self.highlighted = clicked

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        path = self.path_at(event.option_index)
        if path is not None:
            self.post_message(self.OpenCase(path))

    @property
    def row_texts(self) -> list[str]:
        """The plain text of each row, lines joined (tests read panes through this)."""
        return [" ".join(part.strip() for part in row.prompt.plain.split("\n")) for row in self._rows]
