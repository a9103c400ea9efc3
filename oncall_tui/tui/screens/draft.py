"""The draft editor: a markdown TextArea pre-filled with a handover or a customer status update.

Ctrl+S saves (the app decides what saving means: a new handover file, or one timeline entry), Ctrl+T
copies the whole text to the terminal clipboard (OSC 52), Ctrl+O opens the previous handover, Esc closes
without saving.  The draft's text comes from :mod:`oncall_tui.core.handover`, with every file-derived
string's control characters already made visible; the TextArea shows text, never markup.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static, TextArea

from oncall_tui.tui.keys import bind
from oncall_tui.tui.messages import CopyText, OpenCase
from oncall_tui.tui.widgets.keybar import KeyBar


def markdown_area(text: str) -> TextArea:
    """A soft-wrapping TextArea with markdown highlighting (plain text when tree-sitter is missing)."""
    area = TextArea(text, soft_wrap=True, show_line_numbers=False, tab_behavior="indent", id="draft-text")
    try:
        area.language = "markdown"
    except Exception:  # noqa: BLE001 (textual raises its own LanguageDoesNotExist without the syntax extra)
        pass
    return area


class DraftScreen(Screen[str | None]):
    """Dismissed with the edited text on save, None on Esc."""

    BINDINGS = [bind("draft.save"), bind("draft.copy"), bind("draft.previous"), bind("draft.cancel")]

    def __init__(self, title: Text, text: str, *, note: str = "", previous: str | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.initial = text
        self.note = note
        self.previous_path = previous

    def compose(self) -> ComposeResult:
        with Vertical(id="draft-body"):
            if self.note:
                yield Static(Text(self.note, style="dim"), id="draft-note", markup=False)
            yield markdown_area(self.initial)
        yield KeyBar()

    def on_mount(self) -> None:
        body = self.query_one("#draft-body")
        body.border_title = self.title_text
        body.border_subtitle = "Ctrl+S saves · Ctrl+T copies · Esc closes"
        self.area.focus()

    @property
    def area(self) -> TextArea:
        return self.query_one("#draft-text", TextArea)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "previous":
            return self.previous_path is not None
        return True

    def action_save(self) -> None:
        self.dismiss(self.area.text)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_copy_text(self) -> None:
        self.post_message(CopyText(self.area.text, "the draft"))

    def action_previous(self) -> None:
        if self.previous_path is not None:
            self.post_message(OpenCase(self.previous_path))
