"""Handing over a shift, in the app: seen marks, the changes view, the handover editor, copying, status updates.

The app holds one :class:`Shift` (composed, beside the :class:`~oncall_tui.tui.editing.EditController` its writes go through); the work is in core: the seen marks and the
diff in :mod:`oncall_tui.core.changes`, the drafts in :mod:`oncall_tui.core.handover`; here they are shown
and saved.

- On start, once the folder is read, the newest snapshot of the user's seen marks is the baseline; if
  anything changed since, the changes view opens (not on the wall screen) and the changed rows carry a
  marker until their case is opened.  Cases changed on disk by someone else while the app runs get the
  marker too.
- ``m`` saves a snapshot (``mark``) and clears the markers; quitting saves one (``close``).  Snapshots go
  to the user's state folder, never into the case folder, so a read-only session and the wall may save them.
- ``H`` opens the handover draft in an editor; saving writes ``handovers/YYYY-MM-DD-HHMM-<user>.md``
  through the storage (refused in read-only mode).  ``U`` drafts a customer update; saving appends it as one
  timeline entry through the normal verified patch.
- ``y``/``Y`` copy the id or a summary with Textual's ``copy_to_clipboard`` (OSC 52 to the terminal).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import KW_ONLY, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from rich.text import Text
from textual.app import App, SystemCommand

from oncall_tui.tui.context import ViewContext
from oncall_tui.tui.literal import literal

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from oncall_tui.core.changes import Report, SeenMarks, Snapshot
    from oncall_tui.core.edits import EditResult
    from oncall_tui.core.model import Case
    from oncall_tui.core.storage import Storage
    from oncall_tui.core.store import CaseStore
    from oncall_tui.tui.gitlink import GitLink
    from oncall_tui.tui.screens.cases_screen import CasesScreen

SHIFT_ACTIONS = frozenset({"changes", "mark_seen", "handover", "copy_id", "copy_summary", "status_update", "set_owner"})
"""Not on the wall screen: a team-room display has no one at the keyboard to hand over to."""

POINT_TRIES = 40
"""Times the changes view's target line is looked for in the side panes (they redraw after the selection)."""
POINT_EVERY = 0.05


class ShiftEdits(Protocol):
    """What the shift's three writes (handover file, customer update, owner) need from the edit side (the
    names are the edit controller's; *edit* values are its edit type)."""

    @property
    def storage(self) -> Storage: ...

    def target(self, path: str | None, heading: str) -> tuple[Case, Text] | None:
        """The case at *path* and a dialog title naming it; None (and said why) when nothing may be edited."""

    def run(self, rel: str, edit: Any) -> None:
        """Write *edit* into the case file *rel* (off the event loop; the result is a toast)."""

    def audited(self, edit: Any, field: str) -> Any:
        """*edit* with its timeline entry, unless the audit entries are off."""

    def create(self, name: str, write: Callable[[], EditResult]) -> None:
        """Write a new file (a handover) like an edit, unless nothing may be written now."""


@dataclass(eq=False)
class Shift:
    """The shift's work for the app: seen marks, the changes view, handover and update drafts, copying.

    *app* is the running Textual app (screens, toasts, workers, clipboard); *store* hands out the folder's
    cases once they are read; *main* is the dashboard; *gitlink* reads the commits since the last look.
    """

    app: App
    _: KW_ONLY
    folder: Path
    context: ViewContext
    store: Callable[[], CaseStore]
    main: CasesScreen
    edits: ShiftEdits
    gitlink: GitLink
    loaded: bool = False
    last_report: Report | None = None
    _seen: SeenMarks | None = field(default=None, init=False)
    _baseline: Snapshot | None = field(default=None, init=False)
    _baseline_read: bool = field(default=False, init=False)

    # -- seen marks -----------------------------------------------------------------------------------

    @property
    def seen(self) -> SeenMarks:
        if self._seen is None:
            from oncall_tui.core.changes import SeenMarks

            self._seen = SeenMarks(self.folder, self.context.user_name)
        return self._seen

    def _read_baseline(self) -> None:
        if not self._baseline_read:
            self._baseline_read = True
            self._baseline = self.seen.latest()

    def changes_report(self, *, wait_for_git: bool = False) -> Report:
        """What changed since the baseline (the last look, or the last ``m``), from the live cases; in a git
        work tree with the commits since then (read now only with *wait_for_git*, from a worker)."""
        from oncall_tui.core.changes import diff

        self._read_baseline()
        moment = self._baseline.taken_at if self._baseline is not None else None
        commits = self.gitlink.history_since(moment, wait=wait_for_git)
        report = diff(self._baseline, self.store().cases(), self.context.now(), git=commits)
        self.last_report = report
        return report

    def folder_loaded(self) -> None:
        """The first load is done: work out the changes off the event loop (see tests/perf/bench_changes.py),
        then show them."""
        self.loaded = True
        self.app.run_worker(self._start_report, name="changes since the last look", group="shift",
                            thread=True, exit_on_error=False)

    def _start_report(self) -> None:
        report = self.changes_report(wait_for_git=True)
        try:
            self.app.call_from_thread(self._show_start_report, report)
        except RuntimeError:
            pass  # the app has quit meanwhile

    def _show_start_report(self, report: Report) -> None:
        """Mark the changed rows, and show the changes when there are any (not on the wall)."""
        if not self.main.ready:
            return
        self.main.table.mark_unseen(report.paths)
        if report.groups and not self.context.wall:
            self.show_changes(report)

    def store_changed(self, paths: set[str]) -> None:
        """Cases changed on disk by someone else while the app runs: marked until viewed (not on the wall,
        where nobody opens them: the set would only grow)."""
        if self.context.wall:
            return
        if paths:
            self.main.table.mark_unseen(paths)
        self._refresh_changes_view()

    def _refresh_changes_view(self) -> None:
        from oncall_tui.tui.screens.changes import ChangesScreen

        screen = self.app.screen
        if isinstance(screen, ChangesScreen):
            screen.show_report(self.changes_report(), self.context.now())

    def case_viewed(self, path: str) -> None:
        self.main.table.mark_seen([path])

    def _snapshot(self, reason: str) -> Snapshot:
        from oncall_tui.core.changes import Snapshot

        return Snapshot.of(self.store().cases(), self.context.now(), reason)

    def mark_seen(self) -> bool:
        """Save a ``mark`` snapshot now; the markers go and the changes count from here."""
        if not self.loaded:
            self.app.notify("Still reading the folder: nothing marked yet.", severity="warning")
            return False
        snapshot = self._snapshot("mark")
        try:
            self.seen.save(snapshot)
        except OSError as exc:
            self.app.notify(f"Could not save the seen mark: {exc.strerror or exc}", severity="error")
            return False
        self._baseline, self._baseline_read = snapshot, True
        self.main.table.clear_unseen()
        self.app.notify("Marked everything seen: changes count from now.")
        self._refresh_changes_view()
        return True

    def save_seen_on_close(self) -> None:
        """Quitting: the moment the app closed is what the user saw last (never before the folder was read)."""
        if not self.loaded:
            return
        try:
            self.seen.save(self._snapshot("close"))
        except OSError:
            pass  # a full or read-only home: the next start just shows more changes

    # -- the changes view -------------------------------------------------------------------------------

    def _still_reading(self) -> bool:
        if not self.loaded:
            self.app.notify("Still reading the folder.", severity="warning")
        return not self.loaded

    def show_changes(self, report: Report | None = None) -> None:
        from oncall_tui.tui.screens.changes import ChangesScreen

        if self._still_reading() or isinstance(self.app.screen, ChangesScreen):
            return
        report = report or self.changes_report()

        def chosen(target: tuple[str, int | None] | None) -> None:
            if target is not None:
                self.open_change(*target)

        self.app.push_screen(ChangesScreen(report, self.context.now()), chosen)

    def open_change(self, path: str, line: int | None) -> None:
        """A line of the changes view: a case's own line opens its case view; an event or an item goes to the
        dashboard with that case selected and the event or item highlighted in its pane."""
        if line is None or self.store().get(path) is None:
            self.open_path(path)
            return
        self.case_viewed(path)
        self._go_to(path)
        self._point_at(path, line, POINT_TRIES)

    def open_path(self, path: str) -> None:
        """Select *path* on the dashboard and open its case view."""
        from oncall_tui.tui.messages import OpenCase

        if self.store().get(path) is None:
            self.app.notify("That case is no longer in the folder.", severity="warning")
            return
        self._go_to(path)
        self.app.post_message(OpenCase(path))

    def _go_to(self, path: str) -> None:
        while len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        self.main.go_to_case(path)

    def _point_at(self, path: str, line: int, tries: int) -> None:
        """Highlight the row of *line* once the side panes show *path* (they redraw after the selection)."""
        if not self.main.ready or self.store().get(path) is None:
            return
        if not self.main.point_at(path, line) and tries > 0:
            self.app.set_timer(POINT_EVERY, lambda: self._point_at(path, line, tries - 1))

    # -- drafts -----------------------------------------------------------------------------------------

    def handover(self) -> None:
        """The handover draft in the editor; saved as a new file of the folder (not in read-only mode)."""
        from oncall_tui.core.handover import handover_markdown, previous_handover
        from oncall_tui.tui.screens.draft import DraftScreen

        if self._still_reading():
            return
        now = self.context.now()
        cases = self.store().cases()
        text = handover_markdown(cases, self.changes_report(), now, sla=self.context.sla, user=self.context.user_name)
        previous = previous_handover(cases)
        note = "Read-only: this draft can be copied (Ctrl+T) but not saved." if self.context.read_only else ""

        def done(edited: str | None) -> None:
            if edited is not None:
                self._save_handover(edited, now)

        title = Text("Shift handover")
        self.app.push_screen(DraftScreen(title, text, note=note, previous=previous.path if previous else None), done)

    def _save_handover(self, text: str, now: datetime) -> None:
        from oncall_tui.core.handover import save_handover

        edits, user = self.edits, self.context.user_name
        edits.create("handover", lambda: save_handover(edits.storage, text, now, user))

    def _target(self, heading: str) -> tuple[Case, Text] | None:
        selected = self.main.selected_case()
        return self.edits.target(selected.path if selected else None, heading)

    def status_update(self) -> None:
        """A customer update drafted from the selected case; saving appends it as one timeline entry."""
        from oncall_tui.core.edits import AddTimelineEntry
        from oncall_tui.core.handover import status_update_entry, status_update_text
        from oncall_tui.tui.screens.draft import DraftScreen

        found = self._target("Customer update for ")
        if found is None:
            return
        case, title = found
        text = status_update_text(case, self.context.now())

        def done(edited: str | None) -> None:
            if edited is not None and edited.strip():
                self.edits.run(case.path, AddTimelineEntry(self.context.now(), status_update_entry(edited)))

        note = "Saving appends this text to the case's timeline as one entry: \"Customer update sent: …\"."
        self.app.push_screen(DraftScreen(title, text, note=note), done)

    def set_owner(self) -> None:
        """Set the selected case's owner (with its timeline entry, as the other field edits)."""
        from oncall_tui.tui.messages import EditRequested

        selected = self.main.selected_case()
        self.app.post_message(EditRequested("owner", selected.path if selected else None))

    # -- copying --------------------------------------------------------------------------------------

    def copy_text(self, text: str, what: str) -> None:
        """Copy through the terminal (OSC 52): nothing else on the system is touched."""
        self.app.copy_to_clipboard(text)
        self.app.notify(f"Copied {what} to the terminal clipboard (OSC 52; the terminal must allow it).")

    def _copy_target(self) -> Case | None:
        case = self.main.selected_case()
        if case is None:
            self.app.notify("No case selected.", severity="warning")
        return case

    def copy_id(self) -> None:
        case = self._copy_target()
        if case is not None:
            self.copy_text(literal(case.id).plain, f"the id {literal(case.id).plain}")

    def copy_summary(self) -> None:
        from oncall_tui.core.handover import summary_paragraph

        case = self._copy_target()
        if case is not None:
            self.copy_text(summary_paragraph(case, self.context.now(), self.context.sla),
                           f"a summary of {literal(case.id).plain}")


def shift_commands(shift: Shift) -> Iterator[SystemCommand]:
    """The palette's entries for the shift actions."""
    if shift.context.wall:
        return
    yield SystemCommand("Changes since I last looked", "New cases, status, events, items, overdue, sentiment",
                        shift.show_changes)
    yield SystemCommand("Mark everything seen", "The next changes count from now", shift.mark_seen)
    yield SystemCommand("Shift handover draft", "Open cases, overdue items, changes, asks; saved as a file",
                        shift.handover)
    yield SystemCommand("Copy the case id", "To the terminal clipboard (OSC 52)", shift.copy_id)
    yield SystemCommand("Copy a case summary", "One paragraph, to the terminal clipboard", shift.copy_summary)
    if not shift.context.read_only:
        yield SystemCommand("Edit: set owner", "The selected case's owner (noted in its timeline)", shift.set_owner)
        yield SystemCommand("Edit: customer status update", "Drafted from the case; saved as one timeline entry",
                            shift.status_update)
