"""The one read-only rule for key bindings, used by the app, the screens and the panes alike."""

from __future__ import annotations

from textual.dom import DOMNode

from oncall_tui.tui.context import context_of
from oncall_tui.tui.keys import EDIT_ACTIONS


def edit_allowed(node: DOMNode, action: str) -> bool:
    """False for an edit action in a read-only app (its key is then off and left out of the key bar)."""
    return action not in EDIT_ACTIONS or not context_of(node).read_only
