"""A pane's border title and subtitle, set only when they read differently.

Textual redraws the whole widget each time a border title is set, even to
the same text, and the panes set theirs on every redraw (the cases pane after
every patch of its table).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from rich.text import Text
from textual.widget import Widget

Title = Text | str | None

_shown: WeakKeyDictionary[Widget, tuple[Title, Title]] = WeakKeyDictionary()


def set_titles(widget: Widget, title: Title, subtitle: Title) -> None:
    """Show *title* and *subtitle* on *widget*'s border (None: none), unless it shows them already."""
    wanted = (title, subtitle)
    if _shown.get(widget) == wanted:  # Text compares its characters and their styles
        return
    _shown[widget] = wanted
    widget.border_title = title
    widget.border_subtitle = subtitle
