"""Handing over a shift, in the app: seen marks, the changes view, the handover editor, copying, status updates.

The app mixes :class:`Shift` in (its writes go through :class:`~oncall_tui.tui.editing.EditController`).  The work is in core:
the seen marks and the diff in :mod:`oncall_tui.core.changes`, the drafts in
:mod:`oncall_tui.core.handover`; here they are shown and saved.

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

from collections.abc import Iterator
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import SystemCommand

from oncall_tui.tui.literal import literal

if TYPE_CHECKING:  # the case model (pydantic) is not needed before the first frame
    from oncall_tui.core.model import Case
    from oncall_tui.core.changes import Report, SeenMarks, Snapshot

SHIFT_ACTIONS = frozenset({"changes", "mark_seen", "handover", "copy_id", "copy_summary", "status_update", "set_owner"})
"""Not on the wall screen: a team-room display has no one at the keyboard to hand over to."""


class Shift:
    """Shift actions for :class:`~oncall_tui.tui.app.OncallApp` (which provides store, main, now, notify...)."""

    def _init_shift(self, *, audit: bool = True) -> None:
        self._seen: SeenMarks | None = None
        self._baseline: Snapshot | None = None
        self._baseline_read = False
        self.audit_timeline = audit
        self.last_report: Report | None = None

    # -- seen marks -----------------------------------------------------------------------------------

    @property
    def seen(self) -> SeenMarks:
        if self._seen is None:
            from oncall_tui.core.changes import SeenMarks

            self._seen = SeenMarks(self.folder, self.user_name)  # type: ignore[attr-defined]
        return self._seen

    def _read_baseline(self) -> None:
        if not self._baseline_read:
            self._baseline_read = True
            self._baseline = self.seen.latest()

    def changes_report(self) -> Report:
        """What changed since the baseline (the last look, or the last ``m``), from the live cases."""
        from oncall_tui.core.changes import diff

        self._read_baseline()
        report = diff(self._baseline, self.store.cases(), self.now())  # type: ignore[attr-defined]
        self.last_report = report
        return report

    def shift_loaded(self) -> None:
        """The first load is done: work out the changes off the event loop (reading the newest snapshot and the
        diff took 0.2 s and 0.5 s at 10,000 cases on a busy machine: tests/perf/bench_changes.py), then show them."""
        self.run_worker(self._start_report, name="changes since the last look", group="shift",  # type: ignore[attr-defined]
                        thread=True, exit_on_error=False)

    def _start_report(self) -> None:
        report = self.changes_report()
        try:
            self.call_from_thread(self._show_start_report, report)  # type: ignore[attr-defined]
        except RuntimeError:
            pass  # the app has quit meanwhile

    def _show_start_report(self, report: Report) -> None:
        """Mark the changed rows, and show the changes when there are any (not on the wall)."""
        if not self.main.ready:  # type: ignore[attr-defined]
            return
        self.main.table.mark_unseen(report.paths)  # type: ignore[attr-defined]
        if report.groups and not self.wall:  # type: ignore[attr-defined]
            self.action_changes(report)

    def shift_store_changed(self, paths: set[str]) -> None:
        """Cases changed on disk by someone else while the app runs: marked until viewed (not on the wall,
        where nobody opens them: the set would only grow)."""
        if self.wall:  # type: ignore[attr-defined]
            return
        if paths:
            self.main.table.mark_unseen(paths)  # type: ignore[attr-defined]
        from oncall_tui.tui.screens.changes import ChangesScreen

        if isinstance(self.screen, ChangesScreen):  # type: ignore[attr-defined]
            self.screen.show_report(self.changes_report(), self.now())  # type: ignore[attr-defined]

    def case_viewed(self, path: str) -> None:
        self.main.table.mark_seen([path])  # type: ignore[attr-defined]

    def _snapshot(self, reason: str) -> Snapshot:
        from oncall_tui.core.changes import Snapshot

        return Snapshot.of(self.store.cases(), self.now(), reason)  # type: ignore[attr-defined]

    def mark_seen(self) -> bool:
        """Save a ``mark`` snapshot now; the markers go and the changes count from here."""
        if not self.loaded:  # type: ignore[attr-defined]
            self.notify("Still reading the folder: nothing marked yet.", severity="warning")  # type: ignore[attr-defined]
            return False
        snapshot = self._snapshot("mark")
        try:
            self.seen.save(snapshot)
        except OSError as exc:
            self.notify(f"Could not save the seen mark: {exc.strerror or exc}", severity="error")  # type: ignore[attr-defined]
            return False
        self._baseline, self._baseline_read = snapshot, True
        self.main.table.clear_unseen()  # type: ignore[attr-defined]
        self.notify("Marked everything seen: changes count from now.")  # type: ignore[attr-defined]
        from oncall_tui.tui.screens.changes import ChangesScreen

        if isinstance(self.screen, ChangesScreen):  # type: ignore[attr-defined]
            self.screen.show_report(self.changes_report(), self.now())  # type: ignore[attr-defined]
        return True

    def save_seen_on_close(self) -> None:
        """Quitting: the moment the app closed is what the user saw last (never before the folder was read)."""
        if not self.loaded or self._store is None:  # type: ignore[attr-defined]
            return
        try:
            self.seen.save(self._snapshot("close"))
        except OSError:
            pass  # a full or read-only home: the next start just shows more changes

    # -- actions --------------------------------------------------------------------------------------

    def action_changes(self, report: Report | None = None) -> None:
        from oncall_tui.tui.screens.changes import ChangesScreen

        if not self.loaded:  # type: ignore[attr-defined]
            self.notify("Still reading the folder.", severity="warning")  # type: ignore[attr-defined]
            return
        if isinstance(self.screen, ChangesScreen):  # type: ignore[attr-defined]
            return
        report = report or self.changes_report()

        def chosen(target: tuple[str, int | None] | None) -> None:
            if target is not None:
                self.open_change(*target)

        self.push_screen(ChangesScreen(report, self.now()), chosen)  # type: ignore[attr-defined]

    def action_mark_seen(self) -> None:
        self.mark_seen()

    def open_path(self, path: str) -> None:
        """Select *path* on the dashboard and open its case view."""
        case = self.store.get(path)  # type: ignore[attr-defined]
        if case is None:
            self.notify("That case is no longer in the folder.", severity="warning")  # type: ignore[attr-defined]
            return
        self.go_to_case(path)  # type: ignore[attr-defined]
        self.open_case(case)  # type: ignore[attr-defined]

    def open_change(self, path: str, line: int | None) -> None:
        """A line of the changes view: a case's own line opens its case view; an event or an item goes to the
        dashboard with that case selected and the event or item highlighted in its pane."""
        case = self.store.get(path)  # type: ignore[attr-defined]
        if line is None or case is None:
            self.open_path(path)
            return
        self.case_viewed(path)
        self.go_to_case(path)  # type: ignore[attr-defined]
        self._point_at(path, line, 40)

    def _point_at(self, path: str, line: int, tries: int) -> None:
        """Highlight the row of *line* once the side panes show *path* (they redraw after the selection)."""
        main = self.main  # type: ignore[attr-defined]
        case = self.store.get(path)  # type: ignore[attr-defined]
        if case is None or not main.ready:
            return
        is_item = any(item.line == line for item in case.action_items)
        pane = main.items if is_item else main.timeline
        if is_item:
            pane.all_open = False
        else:
            pane.merged = False
        rows = getattr(pane, "_rows", [])
        if is_item:
            index = next((i for i, row in enumerate(rows) if row.path == path
                          and getattr(row.target, "line", None) == line), None)
        else:
            lines = [event.line for event in case.timeline]
            events = [i for i, row in enumerate(rows) if row.path == path and not row.header]
            index = events[lines.index(line)] if line in lines and len(events) == len(lines) else None
        if index is None:
            if tries > 0:
                self.set_timer(0.05, lambda: self._point_at(path, line, tries - 1))  # type: ignore[attr-defined]
            return
        pane.focus()
        pane.highlighted = index

    def _user(self) -> str | None:
        return self.user_name  # type: ignore[attr-defined]

    def action_handover(self) -> None:
        """The handover draft in the editor; saved as a new file of the folder (not in read-only mode)."""
        from oncall_tui.core.handover import handover_markdown, previous_handover
        from oncall_tui.tui.screens.draft import DraftScreen

        if not self.loaded:  # type: ignore[attr-defined]
            self.notify("Still reading the folder.", severity="warning")  # type: ignore[attr-defined]
            return
        now = self.now()  # type: ignore[attr-defined]
        cases = self.store.cases()  # type: ignore[attr-defined]
        text = handover_markdown(cases, self.changes_report(), now, sla=self.sla, user=self._user())  # type: ignore[attr-defined]
        previous = previous_handover(cases)
        note = "Read-only: this draft can be copied (Ctrl+T) but not saved." if self.read_only else ""  # type: ignore[attr-defined]

        def done(edited: str | None) -> None:
            if edited is not None:
                self._save_handover(edited, now)

        title = Text("Shift handover")
        self.push_screen(DraftScreen(title, text, note=note, previous=previous.path if previous else None), done)  # type: ignore[attr-defined]

    def _save_handover(self, text: str, now) -> None:  # noqa: ANN001 (datetime)
        from oncall_tui.core.handover import save_handover

        self.edits.create("handover", lambda: save_handover(self.edits.storage, text, now, self._user()))  # type: ignore[attr-defined]

    def action_status_update(self) -> None:
        """A customer update drafted from the selected case; saving appends it as one timeline entry."""
        from oncall_tui.core.edits import AddTimelineEntry
        from oncall_tui.core.handover import status_update_entry, status_update_text
        from oncall_tui.tui.screens.draft import DraftScreen

        selected = self.main.selected_case()  # type: ignore[attr-defined]
        found = self.edits.target(selected.path if selected else None, "Customer update for ")  # type: ignore[attr-defined]
        if found is None:
            return
        case, title = found
        text = status_update_text(case, self.now())  # type: ignore[attr-defined]

        def done(edited: str | None) -> None:
            if edited is not None and edited.strip():
                self.edits.run(case.path, AddTimelineEntry(self.now(), status_update_entry(edited)))  # type: ignore[attr-defined]

        note = "Saving appends this text to the case's timeline as one entry: \"Customer update sent: …\"."
        self.push_screen(DraftScreen(title, text, note=note), done)  # type: ignore[attr-defined]

    def action_set_owner(self) -> None:
        """Set the selected case's owner (with its timeline entry, as the other field edits)."""
        from oncall_tui.tui.messages import EditRequested

        selected = self.main.selected_case()  # type: ignore[attr-defined]
        self.post_message(EditRequested("owner", selected.path if selected else None))  # type: ignore[attr-defined]

    # -- copying --------------------------------------------------------------------------------------

    def copy_text(self, text: str, what: str) -> None:
        """Copy through the terminal (OSC 52): nothing else on the system is touched."""
        self.copy_to_clipboard(text)  # type: ignore[attr-defined]
        self.notify(f"Copied {what} to the terminal clipboard (OSC 52; the terminal must allow it).")  # type: ignore[attr-defined]

    def _copy_target(self) -> Case | None:
        case = self.main.selected_case()  # type: ignore[attr-defined]
        if case is None:
            self.notify("No case selected.", severity="warning")  # type: ignore[attr-defined]
        return case

    def action_copy_id(self) -> None:
        case = self._copy_target()
        if case is not None:
            self.copy_text(literal(case.id).plain, f"the id {literal(case.id).plain}")

    def action_copy_summary(self) -> None:
        from oncall_tui.core.handover import summary_paragraph

        case = self._copy_target()
        if case is not None:
            self.copy_text(summary_paragraph(case, self.now(), self.sla), f"a summary of {literal(case.id).plain}")  # type: ignore[attr-defined]


def shift_commands(app) -> Iterator[SystemCommand]:  # noqa: ANN001 (an OncallApp)
    """The palette's entries for the shift actions."""
    if app.wall:
        return
    yield SystemCommand("Changes since I last looked", "New cases, status, events, items, overdue, sentiment",
                        app.action_changes)
    yield SystemCommand("Mark everything seen", "The next changes count from now", app.action_mark_seen)
    yield SystemCommand("Shift handover draft", "Open cases, overdue items, changes, asks; saved as a file",
                        app.action_handover)
    yield SystemCommand("Copy the case id", "To the terminal clipboard (OSC 52)", app.action_copy_id)
    yield SystemCommand("Copy a case summary", "One paragraph, to the terminal clipboard", app.action_copy_summary)
    if not app.read_only:
        yield SystemCommand("Edit: set owner", "The selected case's owner (noted in its timeline)", app.action_set_owner)
        yield SystemCommand("Edit: customer status update", "Drafted from the case; saved as one timeline entry",
                            app.action_status_update)
