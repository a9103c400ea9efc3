"""The changes view: what changed since the user last looked, grouped by case, newest first.

Its lines come from :func:`oncall_tui.core.changes.diff` (the same report the headless ``oncall-tui
changes`` prints; in a git work tree with the commits since the mark, who made them and when).  Enter on a line opens its case; ``m`` marks everything seen; Esc goes back.  Every
file-derived string is shown as literal text.
"""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.app import ComposeResult
from textual.css.query import NoMatches
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from oncall_tui.core.changes import Report, by_line, change_line, heading
from oncall_tui.tui.keys import bind, nav_bindings
from oncall_tui.tui.literal import literal
from oncall_tui.tui.messages import MarkSeen
from oncall_tui.tui.widgets.keybar import KeyBar

KIND_STYLES = {"new case": "bold green", "closed": "green", "reopened": "bold yellow", "overdue": "bold red",
               "problem": "red", "removed": "dim", "sentiment": "magenta", "commit": "bold cyan", "in commit": "cyan"}


class ChangeList(OptionList):
    BINDINGS = nav_bindings()


class ChangesScreen(Screen[tuple[str, int | None] | None]):
    """Dismissed with (path, line) of the chosen change, or None."""

    BINDINGS = [bind("changes.open", "open_change"), bind("changes.mark_seen"), bind("changes.back")]

    def __init__(self, report: Report, now: datetime) -> None:
        super().__init__()
        self.report = report
        self.now = now
        self._targets: list[tuple[str, int | None]] = []

    def _options(self) -> list[Option]:
        options: list[Option] = []
        self._targets = []
        for group in self.report.groups:
            head = literal(group.case_id, style="bold")
            head.append("  ")
            head.append_text(literal(group.title))
            head.append(f"  ({len(group.changes)})", style="dim")
            head.append_text(literal(by_line(group), style="cyan"))
            head.no_wrap, head.overflow = True, "ellipsis"
            options.append(Option(head))
            self._targets.append((group.path, None))
            for change in group.changes:
                # The headless command's line (core/changes.change_line), as literal text, with colours.
                line = literal("  " + change_line(change, self.now))
                line.stylize("dim", 0, 20)
                line.stylize(KIND_STYLES.get(change.kind, "bold"), 20, 20 + len(change.kind))
                line.no_wrap, line.overflow = True, "ellipsis"
                options.append(Option(line))
                self._targets.append((group.path, change.line))
        return options

    def compose(self) -> ComposeResult:
        with Vertical(id="changes-body"):
            yield Static(literal(heading(self.report, self.now)), id="changes-heading", markup=False)
            options = self._options()
            if options:
                yield ChangeList(*options, id="changes-list", markup=False)
            else:
                note = "Nothing changed." if self.report.basis != "none" else "Nothing to compare with yet."
                yield ChangeList(Option(Text(note, style="dim"), disabled=True), id="changes-list")
        yield KeyBar()

    def on_mount(self) -> None:
        body = self.query_one("#changes-body")
        body.border_title = "What changed since you last looked"
        body.border_subtitle = "Enter opens · m marks seen · Esc back"
        self.query_one(ChangeList).focus()

    def show_report(self, report: Report, now: datetime) -> None:
        """Redraw for a new report (after a mark, or a change on disk)."""
        self.report, self.now = report, now
        try:
            changes = self.query_one(ChangeList)
        except NoMatches:
            return  # pushed but not composed yet: compose draws this report
        self.query_one("#changes-heading", Static).update(literal(heading(report, now)))
        changes.clear_options()
        options = self._options()
        if options:
            changes.add_options(options)
        else:
            changes.add_option(Option(Text("Nothing changed.", style="dim"), disabled=True))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self._targets):
            self.dismiss(self._targets[event.option_index])

    def action_open_change(self) -> None:
        changes = self.query_one(ChangeList)
        if changes.highlighted is not None and 0 <= changes.highlighted < len(self._targets):
            self.dismiss(self._targets[changes.highlighted])

    def action_mark_seen(self) -> None:
        self.post_message(MarkSeen())

    def action_back(self) -> None:
        self.dismiss(None)
