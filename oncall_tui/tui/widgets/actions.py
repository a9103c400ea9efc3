"""The action items pane: the selected case's items; or, across the open cases, every open item by owner
(``a``), the overdue ones (``o``) or the user's own (``m``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import re

from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import partialmethod

from rich.style import Style
from rich.text import Text
from textual.reactive import reactive

from oncall_tui.tui import palette, view
from oncall_tui.tui.context import context_of
from oncall_tui.tui.keys import bind
from oncall_tui.tui.literal import literal
from oncall_tui.tui.widgets.titles import set_titles
from oncall_tui.tui.messages import EditRequested
from oncall_tui.tui.readonly import edit_allowed
from oncall_tui.tui.widgets.listpane import Cell, ListPane, Row, layout, loaded
from oncall_tui.tui.widgets.timeline import case_signature

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from oncall_tui.core.model import ActionItem, Case

OWNER_WIDTH = 16
DUE_WIDTH = 11
ALL_LIMIT = 1000
TAG_WIDTH = 16
COMPACT_WIDTH = 60
"""Below this many cells the views across cases put owner and due after the text, not in columns."""
COLUMNS_FROM = 30
"""The owner and due columns are drawn only when the text keeps this many cells beside them; in a narrower
pane (80x24) the text takes the whole width and an item's own owner and due follow it on its line."""

_DUE_IN_TEXT = re.compile(r"\s*\((?:due|deadline|eta)\b[^()]*\)", re.IGNORECASE)


class ItemsPane(ListPane):
    """Status glyph, text, owner and due per item; groups as headers; overdue in the overdue colour."""

    BINDINGS = [
        bind("items.all"),
        bind("items.overdue"),
        bind("items.mine"),
        bind("items.open_case", "select"),
        bind("edit.toggle_item"),
        bind("edit.in_progress"),
    ]

    mode: reactive[str] = reactive("case", init=False)
    """``case`` (the selected case's items), ``all`` (every open item by owner), ``overdue`` or ``mine``."""

    def __init__(self, now: Callable[[], datetime], **kwargs) -> None:
        super().__init__(**kwargs)
        self._now = now
        self._case: Case | None = None
        self._cases: Sequence[Case] = ()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return edit_allowed(self, action)

    def selected_item(self) -> tuple[str, ActionItem] | None:
        """The case path and action item under the highlight, if any."""
        from oncall_tui.core.model import ActionItem  # loaded with the cases by then

        row = self.highlighted_row()
        if row is None or row.path is None or not isinstance(row.target, ActionItem):
            return None
        return row.path, row.target

    def _edit_item(self, kind: str) -> None:
        """Ask for an edit of the highlighted item: its case's path and its line go with the request, straight
        to the app's queue, so it is there before whatever the next key asks for (``q``: quit)."""
        chosen = self.selected_item()
        if chosen is None:
            self.notify("No action item selected.", severity="warning", markup=False)
            return
        path, item = chosen
        self.app.post_message(EditRequested(kind, path, item.line))

    def action_toggle_item(self) -> None:
        self._edit_item("toggle")

    def action_item_in_progress(self) -> None:
        self._edit_item("in_progress")

    @property
    def all_open(self) -> bool:
        """Every open item of the open cases, by owner (``a``)."""
        return self.mode == "all"

    @all_open.setter
    def all_open(self, value: bool) -> None:
        self.mode = "all" if value else "case"

    def _toggle(self, mode: str) -> None:
        """Into *mode*, or back to the selected case's items when it is already shown."""
        self.mode = "case" if self.mode == mode else mode

    action_toggle_all = partialmethod(_toggle, "all")
    action_toggle_overdue = partialmethod(_toggle, "overdue")
    action_toggle_mine = partialmethod(_toggle, "mine")

    def watch_mode(self) -> None:
        self._draw(keep_place=False)

    def show(self, case: Case | None, cases: Sequence[Case], *, same_case: bool, data_changed: bool = True) -> None:
        self._case = case
        self._cases = cases
        if self.mode != "case" and not data_changed:
            return  # the views across cases do not depend on the selection
        self._draw(keep_place=same_case or self.mode != "case")

    def _me(self) -> tuple[str | None, tuple[str, ...]]:
        context = context_of(self)
        return context.user_name, context.user_aliases

    def _draw(self, *, keep_place: bool) -> None:
        today = self._now().date()
        if self.mode in ("overdue", "mine"):
            me, aliases = self._me()
            if self.mode == "overdue":
                found = view.overdue_items(self._cases, today)
                set_titles(self, Text(f"Action items · overdue ({len(found)})"), Text("longest overdue first · o: this case"))
            else:
                found = view.my_items(self._cases, today, me, aliases)
                title = Text(f"Action items · mine ({len(found)})")
                if me:
                    title.append(" · ")
                    title.append_text(literal(view.short(me, 30)))
                set_titles(self, title, Text("overdue first, then by due date · m: this case"))
            signature = (self.mode, case_signature(self._cases), today, me, aliases, self.app.theme)
            self.redraw(keep_place=keep_place, signature=signature)
            return
        if self.all_open:
            groups = view.items_by_owner(self._cases, today)
            total = sum(len(items) for _, items in groups)
            set_titles(self, Text(f"Action items · all open ({total})"), Text("by owner, overdue first · a: this case"))
            self.redraw(keep_place=keep_place, signature=("all", case_signature(self._cases), today, self.app.theme))
            return
        case = self._case
        title = Text("Action items")
        subtitle = None
        if case is not None:
            title.append(" · ")
            title.append_text(literal(view.short(case.id, 40)))
            late = sum(1 for i in case.action_items if view.overdue(i, today))
            sub = f"{case.open_items} open of {len(case.action_items)}"
            if late:
                sub += f" · {late} overdue"
            subtitle = Text(sub + " · a: all · o: overdue · m: mine")
        set_titles(self, title, subtitle)
        signature = ("case", case.path, case.source.sha256, case.id, today, self.app.theme) if case else ("none", loaded(self.app))
        self.redraw(keep_place=keep_place, signature=signature)

    def _item_row(
        self, item: ActionItem, today: date, path: str, width: int, widths: tuple[int, int], tag: str | None = None
    ) -> Row:
        """Glyph, text (wrapping), then owner and due columns when the list has any."""
        late = view.overdue(item, today)
        late_style = palette.style(self.app, "item-overdue", bold=True)
        glyph_style = "dim" if item.status == "done" else ""
        glyph = Text(view.ITEM_GLYPHS[item.status], style=late_style if late else glyph_style)
        body = Text()
        if tag is not None:
            body.append_text(literal(view.short(tag, TAG_WIDTH), style="bold"))
            body.append(" ")
        owner_width, due_width = widths
        narrow = width - 2 - sum(w + 1 for w in widths if w) < COLUMNS_FROM
        if narrow:
            owner_width = due_width = 0
        text = item.text
        if (due_width or narrow) and item.due:  # the due column shows it: "(due 2026-11-26)" is not repeated in the text
            text = _DUE_IN_TEXT.sub("", text).strip() or item.text
        body.append_text(literal(text, style="dim" if item.status == "done" else ""))
        if late:
            body.stylize(late_style)
        if narrow and item.owner and item.owner.casefold() not in text.casefold():  # "@dana" says it already
            body.append(" · ", style="dim")
            body.append_text(literal(item.owner, style="italic"))
        if narrow and item.due:
            body.append(" · due ", style="dim")
            body.append(("!" if late else "") + item.due[:10], style=late_style if late else "")
        after: list[Cell] = []
        if owner_width:
            after.append((literal(item.owner or "—", style="" if item.owner else "dim"), owner_width))
        if due_width:
            due_text = ("!" if late else "") + (item.due[:10] if item.due else "—")
            after.append((Text(due_text, style=late_style if late else ("" if item.due else "dim")), due_width))
        return Row(layout(self.console, width, body, [(glyph, 1)], after), path, target=item)

    @staticmethod
    def _widths(items: Sequence[ActionItem], *, owners: bool = True) -> tuple[int, int]:
        owner = max((len(literal(i.owner).plain) for i in items if i.owner), default=0) if owners else 0
        due = DUE_WIDTH if any(i.due for i in items) else 0
        return min(owner, OWNER_WIDTH), due

    def build_rows(self, width: int) -> list[Row]:
        today = self._now().date()
        if self.all_open:
            return self._all_rows(width, today)
        if self.mode == "overdue":
            found = view.overdue_items(self._cases, today)
            if not found:
                return self.empty_row("Nothing overdue in the open cases.")
            return self._across_rows(found, width, today, owners=True)
        if self.mode == "mine":
            me, aliases = self._me()
            if not me:
                return self.message_row('No name to find your items by: set [user] name = "…" in the settings '
                                        "(oncall-tui config path), and [user] aliases for other spellings.")
            found = view.my_items(self._cases, today, me, aliases)
            if not found:
                return self.empty_row("No open items of yours in the open cases.")
            return self._across_rows(found, width, today, owners=False)
        case = self._case
        if case is None:
            return self.empty_row("No case selected.")
        if not case.action_items:
            return self.message_row("No action items in this case.")
        rows: list[Row] = []
        group: str | None = None
        widths = self._widths(case.action_items)
        for index, item in enumerate(case.action_items):
            if item.group != group or (index == 0 and item.group):
                group = item.group
                label = literal(group, style="bold underline") if group else Text("Other items", style="bold underline dim")
                rows.append(Row(label, header=True))
            rows.append(self._item_row(item, today, case.path, width, widths))
        return rows

    def _across_rows(self, found: Sequence[view.OwnedItem], width: int, today: date, *, owners: bool) -> list[Row]:
        """One row per item, led by its case's id, with the owner (when *owners*) and due columns."""
        found = found[:ALL_LIMIT]
        if width < COMPACT_WIDTH:  # a narrow pane: owner and due follow the text, which gets the whole width
            return [self._compact_row(o, today, width, owners=owners) for o in found]
        widths = self._widths([o.item for o in found], owners=owners)
        return [self._item_row(o.item, today, o.case.path, width, widths, tag=o.case.id) for o in found]

    def _compact_row(self, owned: view.OwnedItem, today: date, width: int, *, owners: bool) -> Row:
        """Glyph, then the case id, the text, the owner and the due date in one wrapping body."""
        item = owned.item
        late = view.overdue(item, today)
        late_style = palette.style(self.app, "item-overdue", bold=True)
        glyph = Text(view.ITEM_GLYPHS[item.status], style=late_style if late else "")
        body = literal(view.short(owned.case.id, TAG_WIDTH), style="bold")
        body.append(" ")
        text = _DUE_IN_TEXT.sub("", item.text).strip() if item.due else item.text
        body.append_text(literal(text or item.text))
        if owners and item.owner:
            body.append(" · ", style="dim")
            body.append_text(literal(item.owner, style="dim"))
        if item.due:
            body.append(" · ", style="dim")
            body.append(("!" if late else "") + item.due[:10], style=late_style if late else "dim")
        return Row(layout(self.console, width, body, [(glyph, 1)]), owned.case.path, target=item)

    def _all_rows(self, width: int, today: date) -> list[Row]:
        me, aliases = self._me()
        owners = view.Owners.of(self._cases, me, aliases)
        mine = owners.me
        groups = view.items_by_owner(self._cases, today, me=me, aliases=aliases)
        if not groups:
            return self.message_row("No open action items in open cases.")
        rows: list[Row] = []
        widths = self._widths([o.item for _, items in groups for o in items], owners=False)
        for owner, items in groups:
            if len(rows) >= ALL_LIMIT:
                break
            header = literal(owner, style="bold") if owner else Text("Unassigned", style="bold italic")
            if mine is not None and owner is not None and owners.key(owner) == mine:
                header.append(" (you)", style="bold")
            late = sum(1 for o in items if view.overdue(o.item, today))
            header.append(f"  {len(items)} open" + (f", {late} overdue" if late else ""), style=Style(dim=True, bold=False))
            rows.append(Row(header, header=True))
            for owned in items:
                rows.append(self._item_row(owned.item, today, owned.case.path, width, widths, tag=owned.case.id))
        return rows
