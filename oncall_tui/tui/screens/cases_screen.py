"""What the dashboard and the wall share: the cases table and the selected case's panes, fed from the store.

A :class:`CasesPanes` is composed into a screen (it is not a widget): it
patches the screen's cases table from the store's sorted snapshot and each
:class:`Change`, and redraws the timeline and action-item panes when the
selection or the cases change.  What a screen shows beside them (the
dashboard's sentiment pane, the wall's big figures) is a function it passes
in, called with the selected case and every case.

:class:`CasesScreen` is the screen the app talks to (``app.main``): the
panes' keys and actions, and the requests it posts to the app
(:mod:`oncall_tui.tui.messages`).  The dashboard (:mod:`.main`) and the wall
(:mod:`.wall`) each compose their own furniture around it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partialmethod
from typing import TYPE_CHECKING, Generic, TypeVar, overload

from textual import events, on
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widget import Widget

from oncall_tui.core.change import Change
from oncall_tui.tui.literal import plain
from oncall_tui.tui.first_rows import KEYS_NOTE
from oncall_tui.tui.keys import bind
from oncall_tui.tui.messages import EditRequested, OpenCase, OpenConflict, StatusStale
from oncall_tui.tui.readonly import edit_allowed
from oncall_tui.tui.screens.edit_keys import CaseEditKeys
from oncall_tui.tui.widgets.actions import ItemsPane
from oncall_tui.tui.widgets.cases import CasesTable
from oncall_tui.tui.widgets.cases_pane import CasesPane
from oncall_tui.tui.widgets.listpane import ListPane
from oncall_tui.tui.widgets.news import ChangeNews
from oncall_tui.tui.widgets.sentiment import CustomerList
from oncall_tui.tui.widgets.status import StatusBar
from oncall_tui.tui.widgets.timeline import TimelinePane

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from oncall_tui.core.model import Case
    from oncall_tui.tui.first_rows import FirstRows

Beside = Callable[["Case | None", Sequence["Case"], bool, bool], None]
"""``beside(case, cases, data, burst)``: draw what the screen shows beside the timeline and the items
(*data*: the cases themselves changed; *burst*: more changes may follow at once)."""


LATER = "-later"
"""The class of a placeholder for a pane mounted after the first frame (:meth:`CasesScreen.later_panes`)."""
NARROW_WIDTH = 130
"""Under this many columns the panes stack (the ``-narrow`` class, oncall.tcss)."""
W = TypeVar("W", bound=Widget)


class Part(Generic[W]):
    """A screen's one widget of a kind, found when asked for (``table = Part(CasesTable)``)."""

    def __init__(self, kind: type[W]) -> None:
        self.kind = kind

    @overload
    def __get__(self, screen: None, owner: type) -> Part[W]: ...
    @overload
    def __get__(self, screen: Screen, owner: type | None = None) -> W: ...

    def __get__(self, screen: Screen | None, owner: type | None = None) -> W | Part[W]:
        return self if screen is None else screen.query_one(self.kind)


def describe(case: Case) -> str:
    """``CE2006 · Halcyon Bank · title`` as safe plain text for toasts."""
    parts = [plain(case.id)]
    if case.customer:
        parts.append(plain(case.customer))
    title = plain(case.title)
    parts.append(title if len(title) <= 60 else title[:59] + "…")
    return " · ".join(parts)


class CasesPanes:
    """The table and the side panes of *screen*, following the store."""

    side_in = False
    """The side panes are mounted (the dashboard mounts them after its first frame)."""

    def __init__(self, screen: CasesScreen, source: Callable[[], Sequence[Case]] | None, beside: Beside,
                 *, found: Callable[[Sequence[Case]], None] | None = None) -> None:
        """*source*: the store's sorted snapshot; *found*: told when a cold first load shows more rows."""
        self._screen = screen
        self._source = source
        self._beside = beside
        self._found = found
        self._loaded = False
        self.ready = False
        """Composed and mounted: the panes can be drawn."""
        self._shown: tuple[str | None, Case | None] = (None, None)  # the case the side panes show, and its path
        self._cases: Sequence[Case] | None = None
        self._side_pending = False

    @property
    def table(self) -> CasesTable:
        return self._screen.table

    @property
    def loaded(self) -> bool:
        """The whole index has been handed to the table."""
        return self._loaded

    @property
    def shown_path(self) -> str | None:
        """The case the side panes show now."""
        return self._shown[0]

    def all_cases(self) -> Sequence[Case]:
        """Every case, sorted by path: the store's snapshot once loaded, else what the table has so far."""
        if self._cases is None:
            self._cases = self._source() if self._loaded and self._source is not None else self.table.all_cases()
        return self._cases

    def mounted(self) -> None:
        """The screen is mounted: show what the store has, focus the table (the side panes may come later)."""
        self.ready = True
        if self._loaded and self._source is not None:  # the index was ready before the screen
            self.set_cases(self._source())
        self._screen.cases_pane.update_titles()
        self._screen.post_message(StatusStale())
        self.table.focus()

    def side_mounted(self) -> None:
        """The side panes are in place (on the dashboard, after the first frame): draw them."""
        self.side_in = True
        self.draw_side(data=True)

    def set_cases(self, cases: Sequence[Case], *, loading_done: bool = True) -> None:
        """The whole index (first load, rescan): patch everything."""
        self._loaded = self._loaded or loading_done
        if not self.ready:
            return  # mounted() takes the cases from the source
        self._screen.drop_first_rows()
        if loading_done:
            self._screen.cases_pane.loading_note = ""
            self.table.index_coming()
        self._cases = cases if self._loaded else None
        self.table.set_cases(cases)
        self.draw_side(data=True)

    def show_found(self, cases: list[Case]) -> None:
        """Rows for cases a cold first load has read so far (no flash, no toast); the index replaces them."""
        if not self.ready:
            return
        self._cases = None
        self._screen.drop_first_rows()
        found = {case.path: case for case in cases}
        self.table.apply(found.get, list(found), flash=False)
        # No side-pane redraw for the data: the selected case's panes follow the selection as usual, and the
        # views over every case (customer list, merged timeline) wait for the whole index.
        if self._found is not None:
            self._found(self.all_cases())

    def apply(self, get: Callable[[str], Case | None], change: Change, *, flash: bool = True,
              quiet: set[str] = frozenset(), cases: Sequence[Case] | None = None) -> list[str]:
        """Patch the rows *change* names; returns a toast line per change (before the update for removals).

        *get* reads a changed case (once per path); *cases* is the store's sorted snapshot after the change;
        *quiet* paths (the app's own writes, already confirmed) get no toast line and no flash.
        """
        toasts: list[str] = []
        if not self.ready:
            return toasts  # mounted() reads the whole index anyway
        table = self.table
        got: dict[str, Case | None] = {}
        for verb, paths in (("Added", change.added), ("Updated", change.updated), ("Removed", change.removed)):
            for path in paths:
                case = got.setdefault(path, get(path)) if verb != "Removed" else table.case(path)
                if verb == "Removed":
                    got[path] = None
                if case is not None and path not in quiet:
                    toasts.append(f"{verb} {describe(case)}")
        self._cases = cases
        table.apply(got.__getitem__, list(got), flash=flash, quiet=quiet)
        self._side_later()
        return toasts

    def _side_later(self) -> None:
        """Redraw the side panes after the table's patch has been painted: two short loop turns, not one long one."""
        if not self._side_pending:
            self._side_pending = True
            self._screen.call_after_refresh(self._side_now)

    def _side_now(self) -> None:
        if self._side_pending:
            self._side_pending = False
            try:
                self.draw_side(data=True, burst=True)
            except NoMatches:  # the screen is being taken apart (the app is closing)
                pass

    def tick(self) -> None:
        if self.ready:
            try:
                self.table.tick()
            except NoMatches:  # the screen is being taken apart (the app is closing)
                pass

    def draw_side(self, *, data: bool, burst: bool = False) -> None:
        """Redraw the side panes for the selected case; *data*: the cases themselves changed.

        *burst*: the change came from the folder, where more may follow at once (the customer list then
        redraws at most once a second).
        """
        if not self.side_in:
            return  # side_mounted() draws them
        path = self.table.selected_path
        case = self.table.case(path) if path else None
        same = path == self._shown[0]
        if data or not same or case is not self._shown[1]:
            cases = list(self.all_cases())
            self._screen.timeline.show(case, cases, same_case=same, data_changed=data)
            self._screen.items.show(case, cases, same_case=same, data_changed=data)
            self._beside(case, cases, data, burst)
        self._shown = (path, case)

    def selected_case(self) -> Case | None:
        path = self.table.selected_path if self.ready else None
        return self.table.case(path) if path else None

    def show_filter(self, text: str) -> None:
        """Filter the table by *text*, the filter input showing it."""
        self._screen.cases_pane.show_filter(text)
        self.table.filter_text = text

    def go_to_case(self, path: str) -> bool:
        """Select *path* in the table, widening the view (all cases, no filter) if it is hidden."""
        table = self.table
        case = table.case(path)
        if case is None:
            return False
        if not table.select_path(path):
            if table.filter_text:
                self.show_filter("")
            if table.open_only and not case.is_open:
                table.open_only = False
            table.select_path(path)
        table.focus()
        return True



class CasesScreen(CaseEditKeys, Screen):
    """A screen over the cases: the table, the selected case's panes, the status bar and their keys."""

    BINDINGS = [
        bind("main.filter"),
        bind("main.pane1"),
        bind("main.pane2"),
        bind("main.pane3"),
        bind("main.pane4"),
        bind("main.zoom"),
        bind("edit.add_event"),
        bind("edit.status"),
        bind("edit.priority"),
        bind("edit.add_item", show=False),
        bind("edit.sentiment", show=False),
        bind("edit.new_case", show=False),
        bind("edit.editor", show=False),
        bind("shift.changes", "app.changes"),
        bind("shift.mark_seen", "app.mark_seen"),
        bind("shift.handover", "app.handover"),
        bind("shift.copy_id", "app.copy_id"),
        bind("shift.copy_summary", "app.copy_summary"),
        bind("edit.status_update", "app.status_update"),
        bind("edit.owner", "app.set_owner"),
        bind("edit.conflict", show=False),
    ]
    PANES: dict[str, str] = {}
    """Pane name (``cases``, ``timeline`` …) to the selector its key focuses."""

    table = Part(CasesTable)
    cases_pane = Part(CasesPane)
    timeline = Part(TimelinePane)
    items = Part(ItemsPane)
    status = Part(StatusBar)
    first_rows: FirstRows | None = None
    """The last run's rows, painted until the index arrives (the app sets it; tui/first_rows.py)."""

    def __init__(self, panes: Callable[[CasesScreen], CasesPanes]) -> None:
        """*panes* makes this screen's :class:`CasesPanes`."""
        super().__init__()
        self.panes = panes(self)

    def on_mount(self) -> None:
        self.set_class(self.size.width < NARROW_WIDTH, "-narrow")
        if self.first_rows is not None:
            self.first_rows.paint(self.table)
        self.panes.mounted()
        if self.first_rows is not None:
            self.first_rows.dress(self)
        if self.query(f".{LATER}"):
            self.call_after_refresh(self._mount_later)
        else:
            self.panes.side_mounted()

    def later_panes(self) -> list[Widget]:
        """The side panes to mount after the first frame, in place of the placeholders (class :data:`LATER`,
        with the panes' ids) that the screen composed: the first frame composes only what it shows."""
        return []

    async def _mount_later(self) -> None:
        placeholders = list(self.query(f".{LATER}"))
        if not placeholders or not self.is_attached:
            return
        parent = placeholders[0].parent
        for placeholder in placeholders:
            await placeholder.remove()  # first: the panes take their ids
        if self.is_attached and parent is not None and parent.is_attached:
            await parent.mount_all(self.later_panes())
            self.panes.side_mounted()

    def drop_first_rows(self) -> None:
        """The index's rows are coming: the last run's go."""
        if self.first_rows is not None:
            self.first_rows.drop(self)

    @on(CasesTable.ViewChanged)
    def _view_changed(self) -> None:
        """The table's view changed: a snapshot of another view goes; the index in the table is saved."""
        first = self.first_rows
        if first is None:
            return
        if first.showing is not None and first.view_moved(self.table):
            first.drop(self)
        first.dress(self)
        first.save_later(self)

    def _case_or_say(self) -> Case | None:
        if self.first_rows is not None and self.first_rows.showing is not None:
            self.notify(KEYS_NOTE, severity="warning", markup=False)  # a snapshot row is no case to act on
            return None
        return super()._case_or_say()

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width < NARROW_WIDTH, "-narrow")

    # -- what the app asks --------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        """Composed and mounted: the panes can be drawn."""
        return self.panes.ready

    def set_cases(self, cases: Sequence[Case], *, loading_done: bool = True) -> None:
        self.panes.set_cases(cases, loading_done=loading_done)

    def show_found(self, cases: list[Case]) -> None:
        self.panes.show_found(cases)

    def apply(self, get: Callable[[str], Case | None], change: Change, *, flash: bool = True,
              quiet: set[str] = frozenset(), cases: Sequence[Case] | None = None) -> list[str]:
        return self.panes.apply(get, change, flash=flash, quiet=quiet, cases=cases)

    def tick(self) -> None:
        self.panes.tick()

    def refresh_side(self) -> None:
        """Redraw the side panes (the theme changed their colours)."""
        if self.panes.ready:
            self.panes.draw_side(data=True)

    def all_cases(self) -> Sequence[Case]:
        return self.panes.all_cases()

    def selected_case(self) -> Case | None:
        return self.panes.selected_case()

    def go_to_case(self, path: str) -> bool:
        return self.panes.go_to_case(path)

    def say(self, line: str, *, key: str | None = None) -> None:
        """Show *line* in the news corner (dropped when the screen is not up, or is being taken apart; the
        wall has no news corner)."""
        if self.ready:
            for news in self.query(ChangeNews):
                news.say(line, key=key)

    def point_at(self, path: str, line: int) -> bool:
        """Highlight the event or action item of *path* at *line* in its pane; False while the pane does not
        show it yet (the side panes redraw after a selection)."""
        case = self.table.case(path)
        if case is None or not self.panes.side_in:
            return False
        is_item = any(item.line == line for item in case.action_items)
        pane: ItemsPane | TimelinePane = self.items if is_item else self.timeline
        if is_item:
            self.items.all_open = False
        else:
            self.timeline.merged = False
        rows = pane.rows
        if is_item:
            index = next((i for i, row in enumerate(rows) if row.path == path
                          and getattr(row.target, "line", None) == line), None)
        else:
            lines = [event.line for event in case.timeline]
            events = [i for i, row in enumerate(rows) if row.path == path and not row.header]
            index = events[lines.index(line)] if line in lines and len(events) == len(lines) else None
        if index is None:
            return False
        pane.focus()
        pane.highlighted = index
        return True

    # -- actions -------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not edit_allowed(self, action):
            return False
        if action == "focus_pane" and parameters and parameters[0] not in self.PANES:
            return False
        return True

    def action_new_case(self) -> None:
        self.app.post_message(EditRequested("new_case", None))  # straight to the app, ahead of a quit key

    def action_resolve_conflict(self) -> None:
        case = self.selected_case()
        if case is not None:
            self.post_message(OpenConflict(case.path))

    def action_filter(self) -> None:
        self.cases_pane.start_filter()

    def action_zoom(self) -> None:
        """The focused pane (with its title) fills the screen (Textual's maximize); again, it goes back."""
        if self.maximized is not None:
            self.minimize()
        elif self.focused is not None:
            self.maximize(self.focused)

    def action_focus_pane(self, name: str) -> None:
        selector = self.PANES.get(name)
        if selector is not None and self.panes.side_in:
            self.query_one(selector).focus()

    def _pane_action(self, pane: str, action: str) -> None:
        """Run a pane's own action: the palette reaches the panes' toggles through the screen."""
        getattr(getattr(self, pane), f"action_{action}")()

    action_toggle_open = partialmethod(_pane_action, "table", "toggle_open")
    action_cycle_sort = partialmethod(_pane_action, "table", "cycle_sort")
    action_toggle_merged = partialmethod(_pane_action, "timeline", "toggle_merged")
    action_toggle_all_items = partialmethod(_pane_action, "items", "toggle_all")
    action_toggle_overdue_items = partialmethod(_pane_action, "items", "toggle_overdue")
    action_toggle_my_items = partialmethod(_pane_action, "items", "toggle_mine")

    def action_group_by_owner(self) -> None:
        """The table grouped by owner (yours first); again, back to time to breach."""
        table = self.table
        table.sort_mode = "sla" if table.sort_mode == "owner" else "owner"

    def open_case(self, path: str | None) -> None:
        if path is not None and self.table.case(path) is not None:
            self.post_message(OpenCase(path))

    @on(CasesTable.SelectionChanged)
    def _selection_changed(self, event: CasesTable.SelectionChanged) -> None:
        event.stop()
        self.panes.draw_side(data=False)

    @on(CasesTable.RowSelected)
    def _row_selected(self, event: CasesTable.RowSelected) -> None:
        event.stop()
        self.open_case(event.path)

    @on(ListPane.OpenCase)
    def _open_from_list(self, event: ListPane.OpenCase) -> None:
        event.stop()
        self.open_case(event.path)

    @on(CustomerList.FilterCustomer)
    def _filter_customer(self, event: CustomerList.FilterCustomer) -> None:
        event.stop()
        self.panes.show_filter(plain(event.customer))
        self.table.focus()
