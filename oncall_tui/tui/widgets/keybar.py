"""The bottom line of keys: what works here, drawn as one line of text.

Textual's ``Footer`` makes a widget per key and recomposes them all whenever
the bindings change (every focus move; what that cost is in docs/performance.md).
This bar keeps one widget, redraws one ``Text``, and still runs a key when it is clicked.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget

from oncall_tui.tui.literal import literal

PINNED_IDS = ("app.help",)
"""Bindings kept in view at any width: drawn at the right beside the palette key, never cut off."""


class KeyBar(Widget):
    """The shown bindings of the focused chain (``Binding.show``), one per action, and the help and palette keys
    at the right (they stay in view at any width; the others are cut where they do not fit)."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        width: 1fr;
        background: $footer-background;
        color: $footer-foreground;
        .key-bar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .key-bar--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._keys: list[tuple[str, str, str, bool]] = []  # key, shown as, description, enabled
        self._palette: tuple[str, str, str, bool] | None = None
        self._pinned: list[tuple[str, str, str, bool]] = []  # help: drawn at the right, never cut
        self._spans: list[tuple[int, int, str]] = []  # cells from, to, key

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._collect()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if screen is self.screen and self.is_attached:
            self._collect()

    def _collect(self) -> None:
        app = self.app
        palette_key = app.COMMAND_PALETTE_BINDING if app.ENABLE_COMMAND_PALETTE else None
        keys, seen, palette, pinned = [], set(), None, []
        for key, (_node, binding, enabled, _tooltip) in self.screen.active_bindings.items():
            if key == palette_key:
                palette = (binding.key, app.get_key_display(binding), binding.description, enabled)
            elif binding.show and binding.action not in seen:
                seen.add(binding.action)
                shown = (binding.key, app.get_key_display(binding), binding.description, enabled)
                (pinned if binding.id in PINNED_IDS else keys).append(shown)
        if (keys, palette, pinned) != (self._keys, self._palette, self._pinned):
            self._keys, self._palette, self._pinned = keys, palette, pinned
            self.refresh()

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        text_style = self.get_component_rich_style("key-bar--description", partial=True)
        line = Text(no_wrap=True, overflow="crop", end="")
        spans: list[tuple[int, int, str]] = []
        for key, shown, description, enabled in self._keys:
            start, cells = len(line), line.cell_len
            line.append_text(literal(f" {shown} ", style=key_style))
            line.append_text(literal(f"{description} ", style=text_style))
            if not enabled:
                line.stylize("dim", start)
            spans.append((cells, line.cell_len, key))
        tail = Text(end="")
        tail_spans: list[tuple[int, int, str]] = []  # cells from the start of the tail
        for key, shown, description, enabled in [*self._pinned, *([self._palette] if self._palette else [])]:
            start = tail.cell_len
            tail.append_text(literal(f"▏{shown} ", style=key_style))
            tail.append_text(literal(f"{description} ", style=text_style))
            if not enabled:
                tail.stylize("dim", start)
            tail_spans.append((start + 1, tail.cell_len, key))
        if tail_spans:
            room = self.size.width - tail.cell_len
            if room >= 1:  # the help and palette keys stay in view; keys that do not fit before them are cut
                if line.cell_len > room:
                    line.truncate(room)
                    spans = [(start, min(end, room), k) for start, end, k in spans if start < room]
                line.append(" " * (room - line.cell_len))
                line.append_text(tail)
                spans += [(room + start, room + end, k) for start, end, k in tail_spans]
        self._spans = spans
        return line

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spans:
            if start <= event.x < end:
                event.stop()
                self.app.simulate_key(key)
                return
