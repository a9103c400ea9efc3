"""A case file's history from git (``h`` in the case view): who changed what and when, as parsed differences.

Read in a thread worker (git and the parser run there); every subject, name
and line reaches the screen as literal text.  ``r`` switches to the raw diffs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.widgets import Static

from oncall_tui.core.model import Case
from oncall_tui.tui.keys import bind
from oncall_tui.tui.literal import literal
from oncall_tui.tui.screens.gitcase import GitCaseScreen
from oncall_tui.tui.widgets.keybar import KeyBar
from oncall_tui.tui.widgets.vim import VimScroll

if TYPE_CHECKING:
    from oncall_tui.core.githistory import HistoryEntry
    from oncall_tui.tui.gitlink import GitLink

RAW_COMMITS = 20
"""The raw view shows the diffs of this many newest commits."""


class HistoryScreen(GitCaseScreen):
    BINDINGS = [bind("history.raw"), bind("history.back")]
    FIRST = "#history"
    HEADING = "History"

    def __init__(self, gitlink: GitLink, case: Case) -> None:
        super().__init__(gitlink, case)
        self.raw = False
        self._parsed: Text | None = None
        self._raw: Text | None = None

    def compose(self) -> ComposeResult:
        with VimScroll(id="history"):
            yield Static("Reading the history from git…", id="history-text", markup=False)
        yield KeyBar()

    @work(thread=True, exclusive=True, group="history", exit_on_error=False)
    def load(self) -> None:
        read = self.from_git(self._read, "read the history", lambda problem: self._show(problem, problem))
        if read is None:
            return
        entries, raw = read
        parsed = Text()
        if not entries:
            parsed.append("No commit has changed this file yet.", style="dim")
        for entry in entries:
            parsed.append(entry.when[:16].replace("T", " "), style="bold")
            parsed.append("  ")
            parsed.append_text(literal(entry.author, style="bold"))
            parsed.append("  ")
            parsed.append_text(literal(entry.subject))
            parsed.append(f"  {entry.commit[:8]}\n", style="dim")
            for change in entry.changes or ["(text only: nothing the case model reads)"]:
                parsed.append("  • ")
                parsed.append_text(literal(change))
                parsed.append("\n")
        self.app.call_from_thread(self._show, parsed, literal(raw, newlines=True))

    def _read(self) -> tuple[list[HistoryEntry], str]:
        """The file's commits, newest first, and the raw diffs of the newest :data:`RAW_COMMITS`."""
        from oncall_tui.core.githistory import history, raw_diff

        repo = self.gitlink.repo()
        path = repo.repo_path(self.gitlink.folder / self.case.path)
        entries = history(repo, path)
        return entries, "\n".join(raw_diff(repo, e.path or path, e.commit, old=e.old_path) for e in entries[:RAW_COMMITS])

    def _show(self, parsed: Text, raw: Text) -> None:
        self._parsed, self._raw = parsed, raw
        self.loaded = True
        self._draw()

    def _draw(self) -> None:
        shown = self._raw if self.raw else self._parsed
        if shown is not None:
            self.query_one("#history-text", Static).update(shown)

    def action_toggle_raw(self) -> None:
        self.raw = not self.raw
        self._draw()

    def action_back(self) -> None:
        self.dismiss()
