"""The list of files with problems: parse problems and skipped files, with why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from oncall_tui.tui.keys import bind, nav_bindings
from oncall_tui.tui.literal import literal
from oncall_tui.tui.widgets.keybar import KeyBar

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from oncall_tui.core.model import Case


class ProblemList(OptionList):
    BINDINGS = nav_bindings()


class ProblemsScreen(ModalScreen[str | None]):
    """Enter on a case file opens it (the screen is dismissed with its path); Esc closes."""

    BINDINGS = [bind("dialog.close")]

    def __init__(self, cases: Sequence[Case], skipped: dict[str, str]) -> None:
        super().__init__()
        self._paths: list[str | None] = []
        self._options: list[Option] = []
        for case in sorted((c for c in cases if c.problems), key=lambda c: c.path):
            prompt = literal(case.path, style="bold")
            for problem in case.problems:
                prompt.append("\n  ")
                prompt.append_text(literal(problem))
            self._options.append(Option(prompt))
            self._paths.append(case.path)
        for rel, reason in sorted(skipped.items()):
            prompt = literal(rel, style="bold")
            prompt.append("\n  skipped: ", style="dim")
            prompt.append_text(literal(reason))
            self._options.append(Option(prompt))
            self._paths.append(None)
        self.count = len(self._options)

    def compose(self) -> ComposeResult:
        with Vertical(id="problems-body"):
            if self._options:
                yield ProblemList(*self._options, id="problems-list", markup=False)
            else:
                yield ProblemList(Option(Text("No file has problems.", style="dim"), disabled=True), id="problems-list")
        yield KeyBar()

    def on_mount(self) -> None:
        body = self.query_one("#problems-body")
        body.border_title = f"Files with problems ({self.count})"
        body.border_subtitle = "Enter opens · Esc closes"
        self.query_one(ProblemList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self._paths) and self._paths[event.option_index] is not None:
            self.dismiss(self._paths[event.option_index])

    def action_close(self) -> None:
        self.dismiss(None)
