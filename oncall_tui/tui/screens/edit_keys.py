"""The edit keys of the screens that show a case: the dashboard and the case view.

Each action asks the app, which knows the case the screen shows (its
``viewed_case``); in read-only mode the bindings are off and a press of one
of their keys says so in the status bar instead of doing nothing.
"""

from __future__ import annotations

from textual import events

from oncall_tui.tui.keys import EDIT_ACTIONS, KEYS


class CaseEditKeys:
    """Mixed into a Screen before ``Screen`` itself."""

    def on_key(self, event: events.Key) -> None:
        """An edit key in read-only mode (its binding is switched off) says so in the status bar."""
        app = self.app  # type: ignore[attr-defined]
        if not getattr(app, "read_only", False) or getattr(app, "wall", False):
            return
        keymap = dict(getattr(app, "_keymap", {}) or {})
        edit_keys = {k.strip() for spec in KEYS if spec.action in EDIT_ACTIONS
                     for k in keymap.get(spec.id, spec.keys).split(",")}
        if event.key in edit_keys:
            event.stop()
            app.flash_status("read-only: nothing written")

    def action_add_event(self) -> None:
        self.app.ask_timeline_entry()  # type: ignore[attr-defined]

    def action_set_status(self) -> None:
        self.app.ask_case_field("status")  # type: ignore[attr-defined]

    def action_set_priority(self) -> None:
        self.app.ask_case_field("priority")  # type: ignore[attr-defined]

    def action_add_item(self) -> None:
        self.app.ask_action_item()  # type: ignore[attr-defined]

    def action_set_sentiment(self) -> None:
        self.app.ask_sentiment()  # type: ignore[attr-defined]

    def action_open_in_editor(self) -> None:
        self.app.open_in_editor()  # type: ignore[attr-defined]
