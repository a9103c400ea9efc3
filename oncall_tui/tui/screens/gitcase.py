"""What the history and conflict views share: one case, the folder's git link, git read in a thread worker.

A failure of git becomes a line of text for the screen (``Could not …: why``),
never an exception out of the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from rich.text import Text
from textual.screen import Screen

from oncall_tui.core.model import Case
from oncall_tui.tui.literal import literal

if TYPE_CHECKING:
    from oncall_tui.tui.gitlink import GitLink

T = TypeVar("T")


class GitCaseScreen(Screen):
    """A view of *case* read from git through *gitlink*.

    A subclass names the pane that takes the focus and the case's label
    (:attr:`FIRST`, :attr:`HEADING`) and reads git in its ``load`` worker.
    """

    FIRST = ""
    HEADING = ""

    def __init__(self, gitlink: GitLink, case: Case) -> None:
        super().__init__()
        self.gitlink = gitlink
        self.case = case
        self.loaded = False
        """The worker's result is on screen."""

    def on_mount(self) -> None:
        pane = self.query_one(self.FIRST)
        pane.border_title = Text(f"{self.HEADING} · ") + literal(self.case.id, style="bold")
        pane.border_subtitle = literal(self.case.path)
        pane.focus()
        self.load()

    def load(self) -> None:
        raise NotImplementedError

    def from_git(self, read: Callable[[], T], what: str, failed: Callable[[Text], object]) -> T | None:
        """*read*() in the worker's thread; if git fails, *failed* gets ``Could not *what*: why`` on the
        app's thread and the answer is None."""
        from oncall_tui.core.gitsync import GitError

        try:
            return read()
        except GitError as exc:
            self.app.call_from_thread(failed, Text(f"Could not {what}: {exc}"))
            return None
