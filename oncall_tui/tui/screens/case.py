"""The case view: the document rendered beside its parsed facts and problems.

The file is read in a thread worker after the screen is shown, so opening
a big case never stalls the dashboard.  The text is decoded by the core
decoder and its control characters made visible before the Markdown widget
sees it; links are shown, not followed.

The edit keys of the dashboard (``S``, ``P``, ``M``, ``n``, ``A``, ``E``) work
here on the case shown; ``E`` opens the editor at the line of the problem
highlighted in the problem list.  In read-only mode they flash "read-only"
in the status bar, as on the dashboard.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Markdown, OptionList, Static
from textual.widgets.option_list import Option

from oncall_tui.core.folder import DEFAULT_MAX_BYTES
from oncall_tui.core.model import Case
from oncall_tui.core.reader import TooBig, format_size, open_beneath, read_head
from oncall_tui.core.text import decode
from oncall_tui.tui import view
from oncall_tui.tui.follow import follow_case
from oncall_tui.tui.keys import bind
from oncall_tui.tui.literal import literal
from oncall_tui.tui.messages import StatusStale
from oncall_tui.tui.screens.edit_keys import CaseEditKeys, case_edit_bindings
from oncall_tui.tui.widgets.keybar import KeyBar
from oncall_tui.tui.widgets.status import StatusBar
from oncall_tui.tui.widgets.vim import VimOptionList, VimScroll

if TYPE_CHECKING:
    from oncall_tui.tui.gitlink import GitLink

MAX_RENDER_BYTES = 256 * 1024


_PROBLEM_LINE = re.compile(r"lines? (\d+)")


def problem_line(problem: str) -> int | None:
    """The line a problem names (``line 12: …``, ``lines 4-9: …``), or None."""
    found = _PROBLEM_LINE.match(problem)
    return int(found.group(1)) if found else None


def facts(case: Case, *, note: str | None = None, problems_listed: bool = True) -> Group:
    """The parsed fields, counts, sentiment and problems of *case*, as literal text.

    *problems_listed* False: only the problems' heading (the case view lists them in a picker below)."""
    table = Table.grid(padding=(0, 1))
    table.add_column(style="bold", no_wrap=True)
    table.add_column(ratio=1, overflow="fold")

    def row(name: str, value: str | None) -> None:
        table.add_row(name, literal(value) if value else Text("—", style="dim"))

    row("id", case.id)
    row("kind", case.kind)
    row("title", case.title)
    row("file", case.path)
    row("customer", case.customer)
    row("priority", case.priority)
    row("status", view.STATUS_LABELS.get(case.status or "", None))
    row("opened", case.opened_at)
    row("resolved", case.resolved_at)
    row("owner", case.owner)
    row("timeline", view.plural(len(case.timeline), "event"))
    done = len(case.action_items) - case.open_items
    row("items", f"{case.open_items} open, {done} done, {len(case.action_items)} in all")
    if case.sentiment is None:
        row("sentiment", None)
    else:
        s = case.sentiment
        label = f"“{s.label}” " if s.label else ""
        row("sentiment", f"{label}{s.score:+.2f} (from {'the label' if s.basis == 'label' else 'the text'})")
    problems = Text()
    if case.problems:
        problems.append(f"Problems ({len(case.problems)})" + ("\n" if problems_listed else ""), style="bold")
        if not problems_listed:
            problems.append("  E: edit at the highlighted one", style="dim")
        for problem in case.problems if problems_listed else ():
            problems.append("• ")
            problems.append_text(literal(problem))
            problems.append("\n")
    else:
        problems.append("No problems: everything in the file was understood.", style="dim")
    parts: list[RenderableType] = []
    if note:
        parts.append(Text(note + "\n", style="bold"))
    parts += [table, Text(""), problems]
    return Group(*parts)


_HEADER_LINE = re.compile(r"^[A-Z][\w /()&.-]{0,40}:[ \t]+\S.*$")


def keep_header_lines(text: str) -> str:
    """End ``Key: value`` lines with a hard break, so a header block does not run together as one paragraph."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        if _HEADER_LINE.match(line) and lines[i + 1].strip() and not line.endswith("  "):
            lines[i] = line + "  "
    return "\n".join(lines)


def safe_markdown(raw: bytes) -> str:
    """Decoded text with control characters made visible, cut to a size the widget renders quickly."""
    note = ""
    if len(raw) > MAX_RENDER_BYTES:
        raw = raw[:MAX_RENDER_BYTES]
        note = f"\n\n---\n\n*Only the first {MAX_RENDER_BYTES // 1024} KiB are shown here.*\n"
    text = decode(raw).text
    return keep_header_lines(literal(text, newlines=True).plain) + note


def problem_options(case: Case) -> list[Option]:
    return [Option(Text("• ").append_text(literal(problem))) for problem in case.problems]


def read_document(root: Path, rel: str, max_bytes: int) -> str:
    """The markdown the case view shows for *rel*: its first bytes, or a line saying why there are none.

    The file is opened through the folder's safe open (no link out of the folder, no FIFO to block on) and
    read only when it is within *max_bytes*, the store's limit: never a byte past it.
    """
    try:
        fd = open_beneath(os.path.realpath(root), rel)
        try:
            size = os.fstat(fd).st_size
            if size > max_bytes:
                raise TooBig(size, max_bytes)
            raw = read_head(fd, min(MAX_RENDER_BYTES, max_bytes) + 1)
            if len(raw) > max_bytes:  # it grew while being read
                raise TooBig(len(raw), max_bytes)
        finally:
            os.close(fd)
    except TooBig as exc:
        return (f"*Not shown: the file is {format_size(exc.size)}, over the {format_size(exc.limit)} limit "
                "(max_file_bytes); oncall-tui neither reads nor edits it.*")
    except OSError as exc:
        return f"*The file could not be read: {literal(exc.strerror or type(exc).__name__).plain}*"
    return safe_markdown(raw)


class CaseScreen(CaseEditKeys):
    """Esc goes back to the dashboard; the edit keys act on the case shown."""

    DEFAULT_CSS = """
    #case-problems { height: auto; border: none; padding: 0; background: transparent; }
    #case-problems:focus { background: $boost; }
    """
    BINDINGS = [
        bind("case.back"),
        bind("case.history"),
        *case_edit_bindings(),
        bind("edit.editor", show=False),
    ]

    def __init__(self, root: Path, case: Case, *, gitlink: GitLink | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        """*gitlink*: the folder's git link (``h`` shows the file's history when it is active); *max_bytes*:
        the store's size limit, past which the file is not read."""
        super().__init__()
        self.root = root
        self.case = case
        self.gitlink = gitlink
        self.max_bytes = max_bytes
        self.loaded = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="case-columns"):
            with VimScroll(id="case-doc"):
                yield Markdown("*Loading the file…*", id="case-markdown", open_links=False)
            with VimScroll(id="case-facts"):
                yield Static(facts(self.case, problems_listed=False), id="case-facts-text", markup=False)
                problems = VimOptionList(*problem_options(self.case), id="case-problems")
                problems.display = bool(self.case.problems)
                yield problems
        yield StatusBar(id="case-status")
        yield KeyBar()

    def on_mount(self) -> None:
        follow_case(self, lambda: self.case.path, self.update_case)
        self._set_titles()
        self.query_one("#case-doc").focus()
        self.load_document()
        self.post_message(StatusStale())

    # -- the edit keys, on the case shown ------------------------------------------------------

    def selected_case(self) -> Case:
        """The case the edit keys act on here."""
        return self.case

    def editor_target(self) -> tuple[str, int]:
        return self.case.path, self.editor_line() or 1

    def editor_line(self) -> int | None:
        """The line of the problem highlighted in the problem list, when the list has the focus."""
        problems = self.query_one("#case-problems", OptionList)
        if self.focused is not problems or problems.highlighted is None:
            return None
        index = problems.highlighted
        return problem_line(self.case.problems[index]) if index < len(self.case.problems) else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "history":  # only where there is a history: a folder in a git work tree
            return self.gitlink is not None and self.gitlink.active
        return super().check_action(action, parameters)

    def _set_titles(self) -> None:
        title = Text()
        title.append_text(literal(self.case.id, style="bold"))
        title.append(" · ")
        title.append_text(literal(self.case.title))
        self.query_one("#case-doc").border_title = title
        self.query_one("#case-doc").border_subtitle = literal(self.case.path)
        self.query_one("#case-facts").border_title = "Parsed facts"

    @work(thread=True, exclusive=True, group="case-doc", exit_on_error=False)
    def load_document(self) -> None:
        self.app.call_from_thread(self._show_document, read_document(self.root, self.case.path, self.max_bytes))

    async def _show_document(self, text: str) -> None:
        doc = self.query_one("#case-doc", VerticalScroll)
        scroll = doc.scroll_y
        await self.query_one(Markdown).update(text)
        self.loaded = True
        doc.scroll_to(y=scroll, animate=False)

    def update_case(self, case: Case | None) -> None:
        """The file changed (or went away) while it is shown."""
        if case is None:
            self.query_one("#case-facts-text", Static).update(
                facts(self.case, note="This file was removed from the folder.", problems_listed=False))
            return
        self.case = case
        self._set_titles()
        self.query_one("#case-facts-text", Static).update(facts(case, problems_listed=False))
        problems = self.query_one("#case-problems", OptionList)
        highlighted = problems.highlighted
        problems.clear_options()
        problems.add_options(problem_options(case))
        problems.display = bool(case.problems)
        if highlighted is not None and case.problems:
            problems.highlighted = min(highlighted, len(case.problems) - 1)
        self.load_document()

    def action_back(self) -> None:
        self.dismiss()

    def action_history(self) -> None:
        """The file's git history (only when the folder is in a git work tree)."""
        if self.gitlink is None or not self.gitlink.active:
            self.notify("The folder is not in a git repository: no history.", severity="warning", markup=False)
            return
        from oncall_tui.tui.screens.history import HistoryScreen

        self.app.push_screen(HistoryScreen(self.gitlink, self.case))

    @on(Markdown.LinkClicked)
    def _link(self, event: Markdown.LinkClicked) -> None:
        event.stop()
        self.notify(f"Link (not opened): {literal(event.href).plain}", markup=False)
