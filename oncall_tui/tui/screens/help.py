"""The help screen: every key, generated from the one list of bindings."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.screen import ModalScreen
from textual.widgets import Static

from oncall_tui.tui.context import context_of
from oncall_tui.tui.keys import KEYS, Key, bind
from oncall_tui.tui.literal import literal
from oncall_tui.tui.widgets.keybar import KeyBar
from oncall_tui.tui.widgets.vim import VimScroll


def keys_table(keymap: dict[str, str] | None = None, *, read_only: bool = False) -> Table:
    """All declared keys grouped by where they work; *keymap* overrides keys by binding id.

    In read-only mode the edit keys (ids ``edit.*``) are left out: they do nothing there.
    """
    keymap = keymap or {}
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style="bold")
    table.add_column()
    table.add_column(no_wrap=True, style="dim")  # the binding id, for [keys] in the settings
    scope = None
    for spec in KEYS:
        if read_only and spec.id.startswith("edit."):
            continue
        if spec.scope != scope:
            scope = spec.scope
            if table.row_count:
                table.add_row("", "", "")
            table.add_row(Text(scope, style="bold underline"), "", Text("id ([keys])") if not table.row_count else "")
        # a remap comes from a settings file: shown as literal text
        table.add_row(literal(shown(spec, keymap)), Text(spec.long), Text(spec.id))
    return table


def shown(spec: Key, keymap: dict[str, str]) -> str:
    if spec.id in keymap:
        return Key(spec.id, keymap[spec.id], spec.action, spec.description, spec.scope).shown_keys
    return spec.shown_keys


class HelpScreen(ModalScreen[None]):
    """Esc, q or ? closes it."""

    BINDINGS = [bind("dialog.close"), bind("app.help", "close")]

    def compose(self) -> ComposeResult:
        context = context_of(self)
        with VimScroll(id="help-body"):
            yield Static(keys_table(dict(context.keymap), read_only=context.read_only), id="help-keys")
        yield KeyBar()

    def on_mount(self) -> None:
        body = self.query_one("#help-body")
        body.border_title = "Keys"
        body.border_subtitle = "Esc closes"
        body.focus()

    def action_close(self) -> None:
        self.dismiss(None)
