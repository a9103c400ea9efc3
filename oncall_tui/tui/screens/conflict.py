"""The conflict view: a case that git could not merge, my version beside the remote's and the common base,
as parsed facts and text.

Nothing is picked for the person: ``m`` keeps mine, ``t`` keeps theirs, and
either way the side not kept stays in git (the remote's history, or the
local commit on ``refs/oncall-tui/conflicts/…``).  The versions are read from
git in a thread worker; every byte of them reaches the screen as literal text.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from rich.console import Group
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from oncall_tui.core.text import decode
from oncall_tui.tui.keys import bind
from oncall_tui.tui.literal import literal
from oncall_tui.tui.screens.gitcase import GitCaseScreen
from oncall_tui.tui.widgets.keybar import KeyBar
from oncall_tui.tui.widgets.vim import VimScroll

MAX_SHOWN_BYTES = 128 * 1024


def side(title: str, raw: bytes | None, path: str) -> Group:
    """One side: its parsed facts, then its text (or a note that this side has no such file)."""
    from oncall_tui.core.parse import parse_bytes
    from oncall_tui.tui.screens.case import facts

    if raw is None:
        return Group(Text(f"{title}: this side has no such file (deleted).", style="bold"))
    case = parse_bytes(raw, path)
    text = decode(raw[:MAX_SHOWN_BYTES]).text
    return Group(Text(title, style="bold"), facts(case), Text(""), literal(text, newlines=True))


class ConflictScreen(GitCaseScreen):
    """Mine on the left, theirs on the right; m / t keep one, Esc goes back with nothing picked."""

    BINDINGS = [bind("conflict.mine"), bind("conflict.theirs"), bind("conflict.edit"), bind("conflict.back")]
    FIRST = "#conflict-mine"
    HEADING = "Mine (this clone)"

    def compose(self) -> ComposeResult:
        with Horizontal(id="conflict-columns"):
            with VimScroll(id="conflict-mine"):
                yield Static("Reading both versions from git…", id="conflict-mine-text", markup=False)
            with VimScroll(id="conflict-theirs"):
                yield Static("", id="conflict-theirs-text", markup=False)
            with VimScroll(id="conflict-base"):
                yield Static("", id="conflict-base-text", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        """The other two panes' titles (the base class labels mine, focuses it and starts the load)."""
        self.query_one("#conflict-theirs").border_title = Text("Theirs (the remote)")
        self.query_one("#conflict-base").border_title = Text("Base (before either)")

    @work(thread=True, exclusive=True, group="conflict", exit_on_error=False)
    def load(self) -> None:
        versions = self.from_git(lambda: self.gitlink.versions(self.case.path), "read the versions",
                                 lambda problem: self._show(problem, Text(""), Text("")))
        if versions is None:
            return
        self.app.call_from_thread(self._show, side("Mine", versions["mine"], self.case.path),
                                  side("Theirs", versions["theirs"], self.case.path),
                                  side("Base", versions["base"], self.case.path))

    def _show(self, mine: Group | Text, theirs: Group | Text, base: Group | Text) -> None:
        self.query_one("#conflict-mine-text", Static).update(mine)
        self.query_one("#conflict-theirs-text", Static).update(theirs)
        self.query_one("#conflict-base-text", Static).update(base)
        self.loaded = True

    def action_keep(self, which: str) -> None:
        if which not in ("mine", "theirs"):
            return
        self._keep(which, lambda: self.gitlink.resolve(self.case.path, which))

    def _keep(self, what: str, resolve: Callable[[], object]) -> None:
        resolve()
        self.app.notify(f"Keeping {what} for {self.case.id}; syncing…")
        self.dismiss()

    def action_edit_by_hand(self) -> None:
        """Both sides with conflict blocks in $VISUAL/$EDITOR (a temporary file); saved without markers, kept."""
        self._write_merge_text()

    @work(thread=True, exclusive=True, group="conflict-edit", exit_on_error=False)
    def _write_merge_text(self) -> None:
        import tempfile

        text = self.from_git(lambda: self.gitlink.merge_text(self.case.path), "merge the versions",
                             lambda problem: self.notify(problem.plain, severity="error"))
        if text is None:
            return
        suffix = Path(self.case.path).suffix if Path(self.case.path).suffix in (".md", ".txt", ".markdown") else ".md"
        handle, name = tempfile.mkstemp(prefix="oncall-tui-conflict-", suffix=suffix)
        with os.fdopen(handle, "wb") as out:
            out.write(text)
        self.app.call_from_thread(self._edit, Path(name))

    def _edit(self, path: Path) -> None:
        from textual.app import SuspendNotSupported

        from oncall_tui.core.conflictmarks import conflict_marker_line
        from oncall_tui.tui.editing import EditorError, editor_command, run_editor

        try:
            try:
                argv = editor_command(os.environ, path, 1)
            except EditorError as exc:
                self.notify(str(exc), severity="error")
                return
            try:
                with self.app.suspend():
                    problem = run_editor(argv)
            except SuspendNotSupported:
                self.notify("This terminal cannot hand the screen to an editor; pick a side with m or t.",
                            severity="warning")
                return
            if problem:
                self.notify(problem + " Nothing was picked.", severity="warning")
                return
            content = path.read_bytes()
        finally:
            try:
                os.unlink(path)
            except OSError:
                pass
        if conflict_marker_line(decode(content).text) is not None:
            self.notify("The text still has <<<<<<< … >>>>>>> blocks: nothing was picked.", severity="warning")
            return
        self._keep("the text you wrote", lambda: self.gitlink.resolve_with(self.case.path, content))

    def action_back(self) -> None:
        self.dismiss()
