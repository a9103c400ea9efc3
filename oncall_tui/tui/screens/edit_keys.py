"""The edit keys of the screens that show a case: the dashboard and the case view.

Each action posts an :class:`~oncall_tui.tui.messages.EditRequested` naming the case the screen shows
(:meth:`CaseEditKeys.selected_case`); the app's edit controller asks for the rest.  In read-only mode the
bindings are off and a press of one of their keys says so in the status bar instead of doing nothing.
"""

from __future__ import annotations

from functools import partialmethod
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from textual import events
from textual.binding import BindingType
from textual.screen import Screen

from oncall_tui.tui.context import context_of
from oncall_tui.tui.keys import EDIT_ACTIONS, KEYS, bind
from oncall_tui.tui.messages import EditRequested
from oncall_tui.tui.readonly import edit_allowed
from oncall_tui.tui.widgets.actions import ItemsPane

if TYPE_CHECKING:
    from oncall_tui.core.model import Case


def case_edit_bindings() -> list[BindingType]:
    """The edit keys both screens bind (the dashboard adds ``N``, a new case)."""
    return [
        bind("edit.add_event"),
        bind("edit.status"),
        bind("edit.priority"),
        bind("edit.add_item", show=False),
        bind("edit.sentiment", show=False),
    ]


@runtime_checkable
class _FlashesStatus(Protocol):
    def flash_status(self, word: str, seconds: float = ...) -> None: ...


class CaseEditKeys(Screen[object]):
    """The base of a screen that shows a case and takes the edit keys for it."""

    def selected_case(self) -> Case | None:
        """The case the edit keys act on (None: nothing selected)."""
        raise NotImplementedError

    def editor_target(self) -> tuple[str, int] | None:
        """The file and line ``E`` opens: the highlighted action item's when the items pane has the focus."""
        focused = self.focused
        chosen = focused.selected_item() if isinstance(focused, ItemsPane) else None
        if chosen is not None:
            return chosen[0], chosen[1].line
        case = self._case_or_say()
        return (case.path, 1) if case is not None else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return edit_allowed(self, action)

    def on_key(self, event: events.Key) -> None:
        """An edit key in read-only mode (its binding is switched off) says so in the status bar."""
        context = context_of(self)
        if not context.read_only or context.wall:
            return
        edit_keys = {k.strip() for spec in KEYS if spec.action in EDIT_ACTIONS
                     for k in context.keymap.get(spec.id, spec.keys).split(",")}
        if event.key in edit_keys and isinstance(self.app, _FlashesStatus):
            event.stop()
            self.app.flash_status("read-only: nothing written")

    def _case_or_say(self) -> Case | None:
        case = self.selected_case()
        if case is None:
            self.notify("No case selected.", severity="warning", markup=False)
        return case

    def _request(self, kind: str) -> None:
        case = self._case_or_say()
        if case is not None:
            self.app.post_message(EditRequested(kind, case.path))  # the app's queue: before a next key's quit

    action_add_event = partialmethod(_request, "timeline")
    action_set_status = partialmethod(_request, "status")
    action_set_priority = partialmethod(_request, "priority")
    action_add_item = partialmethod(_request, "item")
    action_set_sentiment = partialmethod(_request, "sentiment")

    def action_open_in_editor(self) -> None:
        target = self.editor_target()
        if target is not None:
            self.app.post_message(EditRequested("editor", *target))
