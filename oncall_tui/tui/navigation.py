"""Where the app goes when asked: the dashboard with a case selected, the case view, the problem list, the
conflict view.  Screens and panes ask with the requests of :mod:`oncall_tui.tui.messages`; the app hands
them here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import KW_ONLY, dataclass
from typing import TYPE_CHECKING

from textual.app import App


if TYPE_CHECKING:
    from oncall_tui.core.model import Case
    from oncall_tui.core.store import CaseStore
    from oncall_tui.tui.gitlink import GitLink
    from oncall_tui.tui.screens.cases_screen import CasesScreen
    from oncall_tui.tui.shift import Shift


@dataclass(eq=False)
class Navigation:
    """Moves between the app's screens for *app* (the dashboard is *main*; *store* hands out the folder's
    cases once they are read)."""

    app: App
    _: KW_ONLY
    main: CasesScreen
    store: Callable[[], CaseStore]
    shift: Shift
    gitlink: GitLink

    def to_dashboard(self) -> None:
        while len(self.app.screen_stack) > 1:
            self.app.pop_screen()

    def go_to_case(self, path: str) -> None:
        """The dashboard, *path* selected (the view widened if it hid it)."""
        self.to_dashboard()
        self.main.go_to_case(path)

    def open_case(self, case: Case) -> None:
        """The case view over the screen shown (its changed marker goes)."""
        from oncall_tui.tui.screens.case import CaseScreen  # brings Textual's Markdown widget: not before it is needed

        self.shift.case_viewed(case.path)
        store = self.store()
        self.app.push_screen(CaseScreen(store.root, case, gitlink=self.gitlink, max_bytes=store.max_bytes))

    def open(self, path: str, line: int | None) -> None:
        """No line: the case view, over the screen shown.  A line: the dashboard, the case selected and that
        event or action item highlighted in its pane."""
        case = self.store().get(path) or self.main.table.case(path)  # (a cold load's row: not yet in the store)
        if case is None:
            self.app.notify("That case is no longer in the folder.", severity="warning")
        elif line is None:
            self.open_case(case)
        else:
            self.shift.open_change(path, line)

    def help(self) -> None:
        from oncall_tui.tui.screens.help import HelpScreen  # screens are imported on first use

        if not isinstance(self.app.screen, HelpScreen):
            self.app.push_screen(HelpScreen())

    def problems(self) -> None:
        from oncall_tui.tui.screens.problems import ProblemsScreen

        if isinstance(self.app.screen, ProblemsScreen):
            return

        def opened(path: str | None) -> None:
            case = self.store().get(path) if path else None
            if case is not None:
                self.open_case(case)

        store = self.store()
        self.app.push_screen(ProblemsScreen(store.cases(), store.skipped), opened)

    def open_conflict(self, path: str) -> None:
        """The conflict view of *path*, or why there is none here."""
        from oncall_tui.tui.screens.conflict import ConflictScreen

        case = self.store().get(path)
        if case is None:
            return
        if case.path not in self.gitlink.conflicts:
            who = self.gitlink.team_conflicts.get(case.path)
            if who is not None:
                self.app.notify(f"{case.id} is in conflict in the clone of {who}: both versions are kept there, "
                                "and the choice is made there.", severity="warning")
            else:
                self.app.notify(f"{case.id} has no git conflict.", severity="warning")
            return
        self.app.push_screen(ConflictScreen(self.gitlink, case))
