"""The action items pane: the selected case's items, or every open item by owner."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from rich.style import Style
from rich.text import Text
from textual.reactive import reactive

from oncall_tui.core.model import ActionItem, Case
from oncall_tui.tui import palette, view
from oncall_tui.tui.keys import bind
from oncall_tui.tui.literal import literal
from oncall_tui.tui.widgets.listpane import ListPane, Row, grid

OWNER_WIDTH = 16
DUE_WIDTH = 11
ALL_LIMIT = 1000
TAG_WIDTH = 16


class ItemsPane(ListPane):
    """Status glyph, text, owner and due per item; groups as headers; overdue in the overdue colour."""

    BINDINGS = [bind("items.all"), bind("items.open_case", "select")]

    all_open: reactive[bool] = reactive(False, init=False)

    def __init__(self, now: Callable[[], datetime], **kwargs) -> None:
        super().__init__(**kwargs)
        self._now = now
        self._case: Case | None = None
        self._cases: Sequence[Case] = ()

    def action_toggle_all(self) -> None:
        self.all_open = not self.all_open

    def watch_all_open(self) -> None:
        self._redraw(keep_place=False)

    def show(self, case: Case | None, cases: Sequence[Case], *, same_case: bool, data_changed: bool = True) -> None:
        self._case = case
        self._cases = cases
        if self.all_open and not data_changed:
            return  # the merged view does not depend on the selection
        self._redraw(keep_place=same_case or self.all_open)

    def _redraw(self, *, keep_place: bool) -> None:
        if self.all_open:
            self._draw_all(keep_place)
        else:
            self._draw_case(keep_place)

    def _item_row(self, item: ActionItem, today: date, path: str, widths: tuple[int, int], tag: str | None = None) -> Row:
        """Glyph, text (wrapping), then owner and due columns when the list has any."""
        late = view.overdue(item, today)
        late_style = palette.style(self.app, "item-overdue", bold=True)
        glyph_style = {"done": "dim", "in_progress": "", "open": ""}[item.status]
        glyph = Text(view.ITEM_GLYPHS[item.status], style=late_style if late else glyph_style)
        body = Text()
        if tag is not None:
            body.append_text(literal(view.short(tag, TAG_WIDTH), style="bold"))
            body.append(" ")
        body.append_text(literal(item.text, style="dim" if item.status == "done" else ""))
        if late:
            body.stylize(late_style)
        columns: list[tuple[Text, int | None]] = [(glyph, 1), (body, None)]
        owner_width, due_width = widths
        if owner_width:
            columns.append((literal(item.owner or "—", style="" if item.owner else "dim"), owner_width))
        if due_width:
            due_text = ("!" if late else "") + (item.due[:10] if item.due else "—")
            columns.append((Text(due_text, style=late_style if late else ("" if item.due else "dim")), due_width))
        return Row(grid(*columns), path)

    @staticmethod
    def _widths(items: Sequence[ActionItem], *, owners: bool = True) -> tuple[int, int]:
        owner = max((len(literal(i.owner).plain) for i in items if i.owner), default=0) if owners else 0
        due = DUE_WIDTH if any(i.due for i in items) else 0
        return min(owner, OWNER_WIDTH), due

    def _draw_case(self, keep_place: bool) -> None:
        case = self._case
        title = Text("Action items")
        if case is None:
            self.border_title = title
            self.border_subtitle = None
            self.show_rows([Row(Text("No case selected.", style="dim"), header=True)], keep_place=False)
            return
        title.append(" · ")
        title.append_text(literal(case.id))
        self.border_title = title
        today = self._now().date()
        late = sum(1 for i in case.action_items if view.overdue(i, today))
        sub = f"{case.open_items} open of {len(case.action_items)}"
        if late:
            sub += f" · {late} overdue"
        self.border_subtitle = Text(sub + " · a: all open items")
        if not case.action_items:
            self.show_rows([Row(Text("No action items in this case.", style="dim"), header=True)], keep_place=False)
            return
        rows: list[Row] = []
        group: str | None = None
        widths = self._widths(case.action_items)
        for item in case.action_items:
            if item.group != group:
                group = item.group
                label = literal(group, style="bold underline") if group else Text("Other items", style="bold underline dim")
                rows.append(Row(label, header=True))
            rows.append(self._item_row(item, today, case.path, widths))
        self.show_rows(rows, keep_place=keep_place)

    def _draw_all(self, keep_place: bool) -> None:
        today = self._now().date()
        groups = view.items_by_owner(self._cases, today)
        total = sum(len(items) for _, items in groups)
        self.border_title = Text(f"Action items · all open ({total})")
        self.border_subtitle = Text("by owner, overdue first · a: this case")
        if not groups:
            self.show_rows([Row(Text("No open action items in open cases.", style="dim"), header=True)], keep_place=False)
            return
        rows: list[Row] = []
        widths = self._widths([o.item for _, items in groups for o in items], owners=False)
        for owner, items in groups:
            header = literal(owner, style="bold") if owner else Text("Unassigned", style="bold italic")
            late = sum(1 for o in items if view.overdue(o.item, today))
            header.append(f"  {len(items)} open" + (f", {late} overdue" if late else ""), style=Style(dim=True, bold=False))
            rows.append(Row(header, header=True))
            for owned in items:
                if len(rows) >= ALL_LIMIT:
                    break
                rows.append(self._item_row(owned.item, today, owned.case.path, widths, tag=owned.case.id))
        self.show_rows(rows, keep_place=keep_place)
