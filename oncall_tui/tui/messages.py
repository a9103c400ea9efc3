"""Typed messages: store news from worker threads to the app, and requests from screens and panes up to it.

A widget or screen never calls a method on the app to ask for something (``self.app.open_case(...)``):
it posts one of the requests below carrying its own selection, and the app handles it with ``@on``.
Every message here is a dataclass (fields are the contract); requests bubble from the widget to its screen to the app.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.message import Message

from oncall_tui.core.change import Change

if TYPE_CHECKING:
    from oncall_tui.core.model import Case


@dataclass
class LoadProgress(Message):
    """The first load read *done* of *total* files."""

    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, LoadProgress)


@dataclass
class LoadFound(Message):
    """Cases the first load has read so far (provisional: not yet in the store)."""

    cases: list[Case]


@dataclass
class Loaded(Message):
    """The first load finished (or failed, with *error*)."""

    change: Change
    error: str | None = None


@dataclass
class StoreChanged(Message):
    """The store applied a batch of file changes (from the watcher or a rescan)."""

    change: Change
    rescan: bool = field(kw_only=True)


@dataclass
class FolderPresence(Message):
    """The case folder vanished (False) or is back (True)."""

    present: bool


# -- requests from screens and panes up to the app ---------------------------------------------


@dataclass
class OpenCase(Message):
    """Show the case at *path* (folder-relative) in the case view, at *line* when given."""

    path: str
    line: int | None = None


@dataclass
class OpenConflict(Message):
    """Show the conflict view (ours / theirs / base) for the case at *path*."""

    path: str


@dataclass
class EditRequested(Message):
    """Change the case at *path*.

    *kind* names the edit: ``toggle`` / ``in_progress`` (the action item at *item_line*), ``status``,
    ``priority``, ``timeline``, ``item``, ``sentiment``, ``owner``, ``editor``, ``new_case``.
    *path* is None only for ``new_case``.  The app asks for whatever else the edit needs (a picker, a form).
    """

    kind: str
    path: str | None
    item_line: int | None = None


@dataclass
class StatusStale(Message):
    """What the status bar shows may have changed (a selection moved, a screen opened); redraw it."""


@dataclass
class MarkSeen(Message):
    """The person has looked at every change: move the seen marks to now."""


@dataclass
class CopyText(Message):
    """Put *text* on the terminal's clipboard (OSC 52); *what* names it in the confirmation."""

    text: str
    what: str
