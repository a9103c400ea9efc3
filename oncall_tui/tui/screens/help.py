"""The help screen: every key, generated from the one list of bindings."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from oncall_tui.tui.keys import KEYS, Key, bind


def keys_table(keymap: dict[str, str] | None = None) -> Table:
    """All declared keys grouped by where they work; *keymap* overrides keys by binding id."""
    keymap = keymap or {}
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style="bold")
    table.add_column()
    scope = None
    for spec in KEYS:
        if spec.scope != scope:
            scope = spec.scope
            if table.row_count:
                table.add_row("", "")
            table.add_row(Text(scope, style="bold underline"), "")
        table.add_row(Text(shown(spec, keymap)), Text(spec.long))
    return table


def shown(spec: Key, keymap: dict[str, str]) -> str:
    if spec.id in keymap:
        return Key(spec.id, keymap[spec.id], spec.action, spec.description, spec.scope).shown_keys
    return spec.shown_keys


class HelpScreen(ModalScreen[None]):
    """Esc, q or ? closes it."""

    BINDINGS = [bind("dialog.close"), bind("app.help", "close")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(keys_table(dict(getattr(self.app, "_keymap", {}) or {})), id="help-keys")
        yield Footer()

    def on_mount(self) -> None:
        body = self.query_one("#help-body")
        body.border_title = "Keys"
        body.border_subtitle = "Esc closes"
        body.focus()

    def action_close(self) -> None:
        self.dismiss(None)
