"""Messages that carry store news from worker threads to the app."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

from oncall_tui.core.change import Change

if TYPE_CHECKING:
    from oncall_tui.core.model import Case


class LoadProgress(Message):
    """The first load read *done* of *total* files."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, LoadProgress)


class LoadFound(Message):
    """Cases the first load has read so far (provisional: not yet in the store)."""

    def __init__(self, cases: list[Case]) -> None:
        super().__init__()
        self.cases = cases


class Loaded(Message):
    """The first load finished (or failed, with *error*)."""

    def __init__(self, change: Change, error: str | None = None) -> None:
        super().__init__()
        self.change = change
        self.error = error


class StoreChanged(Message):
    """The store applied a batch of file changes (from the watcher or a rescan)."""

    def __init__(self, change: Change, *, rescan: bool) -> None:
        super().__init__()
        self.change = change
        self.rescan = rescan


class FolderPresence(Message):
    """The case folder vanished (False) or is back (True)."""

    def __init__(self, present: bool) -> None:
        super().__init__()
        self.present = present
