"""j/k/g/G (the ``nav.*`` bindings) for the scrolling views and pickers that are not our list panes.

The list panes and the cases table bind them to their own cursor actions;
these two bind them for a document or a help text (scroll a line, to the
top, to the end) and for a picker's options (move the highlight).
"""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import OptionList

from oncall_tui.tui.keys import nav_bindings


class VimScroll(VerticalScroll):
    """A scrolling text (the case view's document and facts, the help): j/k a line, g/G top and end."""

    BINDINGS = nav_bindings(down="scroll_down", up="scroll_up", first="scroll_home", last="scroll_end")


class VimOptionList(OptionList):
    """A picker's options: j/k move the highlight, g/G to the first and last."""

    BINDINGS = nav_bindings(first="first", last="last")
