"""Edits from the keyboard: ask, write off the event loop, confirm, undo.

The app mixes :class:`Editing` in.  Every edit is one
:func:`~oncall_tui.core.edits.apply_edit` call in a thread worker (one at a
time: a lock serialises them), through the app's :class:`~oncall_tui.core.storage.Storage`,
which refuses every write in read-only mode.  After a write the file is
re-read through the folder sync at once, so the panes update without
waiting for the watcher; the watcher's own event for the same bytes then
finds nothing new.  The storage remembers the path and hash of each write, so
the store update it causes is not announced a second time as a change on
disk (no toast, no row flash).
"""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import SuspendNotSupported
from textual.worker import Worker

from oncall_tui.core.quickdates import describe_day, resolve_day
from oncall_tui.core.storage import Storage, StorageError
from oncall_tui.tui.literal import literal
from oncall_tui.tui.screens.pickers import ChoiceScreen, FormScreen, TimelineEntryScreen

if TYPE_CHECKING:
    from oncall_tui.core.model import Case
    from oncall_tui.core.edits import EditResult


def _edits():  # noqa: ANN202 (a module)
    """The edit engine, imported on first use: it brings the parser, which the first frame does not need."""
    from oncall_tui.core import edits

    return edits

UNDO_DEPTH = 20
DAY_HELP = "today, tomorrow, mon, eod, +3d or YYYY-MM-DD"


# Editors that take ``+LINE`` before the file and honour ``--`` as the end of their options (by the
# basename of the program, before any dot: ``vim.tiny`` is vim).  Any other editor gets the file alone.
LINE_AND_DASHDASH = frozenset({
    "vi", "vim", "nvim", "gvim", "mvim", "view", "rvim", "nano", "rnano", "emacs", "emacsclient",
})
DEFAULT_EDITOR = "vi"


class EditorError(Exception):
    """$VISUAL/$EDITOR cannot be used (unbalanced quotes, empty); the message says why."""


def editor_command(environ: Mapping[str, str], path: Path, line: int) -> list[str]:
    """``$VISUAL`` or ``$EDITOR`` (split like a shell would, but never run by one; default ``vi``) and the
    file as an ABSOLUTE path, so no file name can read as an option or an editor command
    (``+!touch x;.md`` is an Ex command to vim when passed as it is).  Editors known to take ``+LINE``
    and to honour ``--`` get ``+LINE -- /abs/path``; any other editor gets only the path.
    """
    editor = environ.get("VISUAL") or environ.get("EDITOR") or DEFAULT_EDITOR
    try:
        words = shlex.split(editor)
    except ValueError as exc:
        raise EditorError(f"cannot split the editor command {editor!r}: {exc}") from None
    if not words:
        words = [DEFAULT_EDITOR]
    absolute = os.path.abspath(os.fspath(path))
    name = os.path.basename(words[0]).split(".", 1)[0].lower()
    if name in LINE_AND_DASHDASH:
        return [*words, f"+{max(1, line)}", "--", absolute]
    return [*words, absolute]


def run_editor(argv: list[str]) -> str | None:
    """Run the editor and wait; None when it exited 0, else one sentence saying what went wrong.

    Never raises (it runs while the app has handed the terminal over: an exception there would leave
    the app suspended for good).
    """
    try:
        code = subprocess.call(argv)
    except FileNotFoundError:
        return f"The editor {argv[0]!r} was not found; set $VISUAL or $EDITOR to an installed editor."
    except PermissionError:
        return f"The editor {argv[0]!r} cannot be run (not executable)."
    except OSError as exc:
        return f"Could not start the editor {argv[0]!r}: {exc.strerror or exc}."
    except Exception as exc:  # noqa: BLE001 (anything at all: the screen must come back)
        return f"Could not run the editor {argv[0]!r}: {type(exc).__name__}: {exc}."
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"The editor {argv[0]!r} was killed by {name}; the file is re-read as it is now."
    if code:
        return f"The editor {argv[0]!r} exited with status {code}; the file is re-read as it is now."
    return None


class Editing:
    """Edit actions for :class:`~oncall_tui.tui.app.OncallApp` (which provides store, sync, now, notify...)."""

    storage: Storage
    read_only: bool

    def _init_editing(self) -> None:
        self._undo: list[EditResult] = []
        self._select_when_added: str | None = None
        self._writing = threading.Lock()  # edits are written one at a time, never interleaved
        self._edits_changed = threading.Condition()
        self._edits_running = 0  # edits asked for and not yet finished (written, refused or failed)
        self._edit_jobs: dict[object, Callable[[], None]] = {}  # edits asked for whose job has not started

    # -- what the keys ask for ------------------------------------------------------------

    def edit_item(self, kind: str) -> None:
        """Toggle (done/open) or mark in progress the action item under the highlight in the items pane."""
        if self._refuse_edit():
            return
        chosen = self.main.items.selected_item()  # type: ignore[attr-defined]
        if chosen is None:
            self.notify("No action item selected.", severity="warning", markup=False)  # type: ignore[attr-defined]
            return
        path, item = chosen
        edits = _edits()
        edit = edits.ToggleItem(item) if kind == "toggle" else edits.SetItemStatus(item, "in_progress")
        self.run_edit(path, edit)

    def ask_case_field(self, field: str) -> None:
        """Pick a new status or priority for the selected case."""
        found = self._target_case(f"Set {field} of ")
        if found is None:
            return
        case, title = found
        edits = _edits()
        if field == "status":
            choices = [(value, edits.STATUS_LABELS[value]) for value in edits.CASE_STATUSES]
            current = case.status
        else:
            choices = [(value, value) for value in edits.PRIORITIES]
            current = case.priority

        def chosen(value: str | None) -> None:
            if value is not None:
                now = self.now()  # type: ignore[attr-defined]
                edit = edits.SetStatus(value, now) if field == "status" else edits.SetPriority(value)
                self.run_edit(case.path, self.audited(edit, field))

        self.push_screen(ChoiceScreen(title, choices, current), chosen)  # type: ignore[attr-defined]

    def ask_timeline_entry(self) -> None:
        """Add a timeline entry to the selected case."""
        found = self._target_case("New timeline entry in ")
        if found is None:
            return
        case, title = found

        def written(entry: tuple | None) -> None:
            if entry is not None:
                self.run_edit(case.path, _edits().AddTimelineEntry(entry[0], entry[1]))

        self.push_screen(TimelineEntryScreen(title, self.now(), self.now), written)  # type: ignore[attr-defined]

    def ask_sentiment(self) -> None:
        """Set the selected case's sentiment label (the human verdict that wins over scoring)."""
        found = self._target_case("Customer sentiment of ")
        if found is None:
            return
        case, title = found
        current = case.sentiment.label if case.sentiment and case.sentiment.label else ""

        def check(values: dict[str, str]) -> str | None:
            return None if values["label"] else "Write the sentiment first (e.g. Frustrated but cooperative)."

        def done(values: dict[str, str] | None) -> None:
            if values is not None:
                self.run_edit(case.path, self.audited(_edits().SetSentiment(values["label"]), "sentiment"))

        fields = [("label", "Overall sentiment:", current)]
        self.push_screen(FormScreen(title, fields, check), done)  # type: ignore[attr-defined]

    def ask_action_item(self) -> None:
        """Add an action item (text, owner, due) to the selected case."""
        found = self._target_case("New action item in ")
        if found is None:
            return
        case, title = found

        def check(values: dict[str, str]) -> str | None:
            if not values["text"]:
                return "Write what needs doing first."
            if values["due"] and resolve_day(values["due"], self.now()) is None:  # type: ignore[attr-defined]
                return f"Not a date: {values['due']!r} ({DAY_HELP}, or leave it empty)."
            return None

        def done(values: dict[str, str] | None) -> None:
            if values is not None:
                due = resolve_day(values["due"], self.now()) if values["due"] else None  # type: ignore[attr-defined]
                self.run_edit(case.path, _edits().AddActionItem(values["text"], values["owner"] or None, due))

        def shows(text: str) -> str:
            if not text.strip():
                return "= no due date"
            day = resolve_day(text, self.now())  # type: ignore[attr-defined]
            return f"= {describe_day(day, self.now().date())}" if day else f"= not a date yet: {DAY_HELP}"  # type: ignore[attr-defined]

        fields = [("text", "What needs doing:", ""), ("owner", "Owner (optional):", ""),
                  ("due", f"Due (optional: {DAY_HELP}):", "")]
        self.push_screen(FormScreen(title, fields, check, {"due": shows}), done)  # type: ignore[attr-defined]

    def ask_new_case(self) -> None:
        """A new case file from a template: pick the kind, then customer, title and priority."""
        if self._refuse_edit():
            return
        kinds = [("escalation", "Customer escalation summary"), ("meeting", "Escalation meeting notes"),
                 ("incident", "Incident report")]

        def kind_chosen(kind: str | None) -> None:
            if kind is None:
                return

            def check(values: dict[str, str]) -> str | None:
                if not values["title"]:
                    return "Give the case a title."
                priorities = _edits().PRIORITIES
                if values["priority"].upper() not in priorities:
                    return f"Priority is one of {', '.join(priorities)}."
                return None

            def done(values: dict[str, str] | None) -> None:
                if values is None:
                    return
                from oncall_tui.core.templates import new_case

                self._select_when_added = None
                self._start(kind, lambda: new_case(
                    self.storage, kind, title=values["title"], customer=values["customer"] or None,
                    priority=values["priority"].upper(), now=self.now(),  # type: ignore[attr-defined]
                ))

            fields = [("customer", "Customer:", ""), ("title", "Title:", ""), ("priority", "Priority (P1-P4):", "P3")]
            self.push_screen(FormScreen(Text(f"New {kind}"), fields, check), done)  # type: ignore[attr-defined]

        self.push_screen(ChoiceScreen(Text("New case from a template"), kinds, None), kind_chosen)  # type: ignore[attr-defined]

    def open_in_editor(self) -> None:
        """Open the selected case's file in $VISUAL/$EDITOR at the highlighted item's line, then re-read it."""
        if self._refuse_edit():
            return
        chosen = self.main.items.selected_item() if self.focused is self.main.items else None  # type: ignore[attr-defined]
        viewed = getattr(self.screen, "viewed_case", None)  # type: ignore[attr-defined]
        if callable(viewed):  # the case view: its case, at the highlighted problem's line
            rel, line = viewed().path, self.screen.editor_line() or 1  # type: ignore[attr-defined]
        elif chosen is not None:
            rel, line = chosen[0], chosen[1].line
        else:
            case = self._selected_case()
            if case is None:
                return
            rel, line = case.path, 1
        try:
            argv = editor_command(os.environ, self.storage.root / rel, line)
        except EditorError as exc:
            self.notify(str(exc), severity="error", markup=False, timeout=8)  # type: ignore[attr-defined]
            return
        problem: str | None = None
        try:
            with self.suspend():  # type: ignore[attr-defined]
                problem = run_editor(argv)  # never raises: the screen always comes back
        except SuspendNotSupported:
            self.notify(f"This terminal cannot hand the screen to an editor; open {rel} yourself: "  # type: ignore[attr-defined]
                        "changes show up here as soon as they are saved.", severity="warning", markup=False, timeout=8)
            return
        if problem:
            self.notify(problem, severity="warning", markup=False, timeout=8)  # type: ignore[attr-defined]
        self.sync.request([rel])  # type: ignore[attr-defined]

    def action_undo(self) -> None:
        """Put back the bytes from before the last edit (refused if the file changed since)."""
        if self._refuse_edit():
            return
        if not self._undo:
            self.notify("Nothing to undo.", severity="warning", markup=False)  # type: ignore[attr-defined]
            return
        last = self._undo.pop()
        self._start(last.rel, lambda: _edits().undo(self.storage, last), undoing=last)

    # -- doing it -------------------------------------------------------------------------

    def audited(self, edit: object, field: str) -> object:
        """*edit* with its timeline entry ("Status: Open → Resolved (by Dana)"), unless ``[audit] timeline`` is off."""
        if not getattr(self, "audit_timeline", True):
            return edit
        from oncall_tui.core.edits.audit import Audited

        return Audited(edit, field, self.now(), getattr(self, "user_name", None))  # type: ignore[attr-defined]

    def run_edit(self, rel: str, edit: object) -> Worker:
        """Write *edit* into *rel* in a thread worker; the result is reported as a toast."""
        return self._start(rel, lambda: self._apply(rel, edit), edit=edit)

    def _apply(self, rel: str, edit: object) -> EditResult:
        return _edits().apply_edit(self.storage, rel, edit)  # type: ignore[arg-type]

    def wait_for_edits(self, timeout: float) -> bool:
        """Write the edits asked for and not finished, waiting at most *timeout* seconds; True if all are done.

        The command calls it after the app has quit, so an edit asked for just before ``q`` is still
        written: one whose worker never started (Textual cancels workers on the way out) runs now, in a
        daemon thread of its own.
        """
        with self._edits_changed:
            waiting = list(self._edit_jobs.values())
        for job in waiting:
            threading.Thread(target=job, name="edit at quit", daemon=True).start()
        with self._edits_changed:
            return self._edits_changed.wait_for(lambda: self._edits_running == 0, timeout)

    def _start(self, rel: str, write: Callable[[], EditResult], undoing: EditResult | None = None, *,
               edit: object | None = None) -> Worker:
        token = object()

        def finished() -> None:
            with self._edits_changed:
                self._edits_running -= 1
                self._edits_changed.notify_all()

        def report(*args: object) -> None:
            try:
                self.call_from_thread(self._report, *args)  # type: ignore[attr-defined]
            except RuntimeError:
                pass  # the app has quit (the edit was written all the same)

        def job() -> None:
            with self._edits_changed:
                if self._edit_jobs.pop(token, None) is None:
                    return  # already run (by wait_for_edits, as the app quit)
            try:
                try:
                    with self._writing:
                        result = write()
                        gitlink = getattr(self, "gitlink", None)
                        if gitlink is not None:  # in a git work tree: commit that file alone (never on the wall)
                            gitlink.after_write(edit, result)
                finally:
                    finished()  # written (or not): the report below may never run if the app is quitting
            except _edits().NothingToChange as exc:
                report(rel, None, str(exc), "warning", undoing)
            except (_edits().EditRefused, StorageError, OSError) as exc:
                report(rel, None, str(exc), "error", undoing)
            else:
                report(rel, result, "", "information", None)

        with self._edits_changed:
            self._edit_jobs[token] = job
            self._edits_running += 1
        return self.run_worker(job, name=f"edit {rel}", group="edits", thread=True,  # type: ignore[attr-defined]
                               exclusive=False, exit_on_error=False)

    def _report(self, rel: str, result: EditResult | None, message: str, severity: str,
                undoing: EditResult | None) -> None:
        if result is None:
            if undoing is not None and severity == "error":
                message = f"Undo refused: {message}"
            self.notify(message, severity=severity, markup=False, timeout=8)  # type: ignore[attr-defined]
            return
        if not result.message.startswith("undone: "):
            self._undo.append(result)
            del self._undo[:-UNDO_DEPTH]
        self.notify(result.toast, markup=False, timeout=5)  # type: ignore[attr-defined]
        if result.previous is None and result.data is not None:  # a new file: show it once it is read
            self._select_when_added = result.rel
        self.sync.request([result.rel])  # type: ignore[attr-defined]

    def select_new_case(self, added: tuple[str, ...]) -> None:
        """Called with each store update: put the cursor on the case this app just created."""
        if self._select_when_added in added:
            self.main.go_to_case(self._select_when_added)  # type: ignore[attr-defined]
            self._select_when_added = None

    def is_own_write(self, case: Case | None) -> bool:
        """The store's new version of a case is exactly what this app wrote (no 'changed on disk' news)."""
        return case is not None and bool(case.source.sha256) and self.storage.is_own_write(case.path, case.source.sha256)

    # -- helpers ------------------------------------------------------------------------------

    def _target_case(self, heading: str) -> tuple[Case, Text] | None:
        """The selected case and a dialog title naming it, unless read-only or nothing is selected."""
        if self._refuse_edit():
            return None
        case = self._selected_case()
        if case is None:
            return None
        title = Text(heading)
        title.append_text(literal(case.id, style="bold"))
        return case, title

    def _selected_case(self) -> Case | None:
        viewed = getattr(self.screen, "viewed_case", None)  # type: ignore[attr-defined]
        case = viewed() if callable(viewed) else self.main.selected_case()  # type: ignore[attr-defined]
        if case is None:
            self.notify("No case selected.", severity="warning", markup=False)  # type: ignore[attr-defined]
        return case

    def _refuse_edit(self) -> bool:
        """True (and say why) when nothing may be written now: a read-only app, or a first load still reading
        (the rows shown meanwhile are provisional: the store, which every edit checks against, has none yet)."""
        if self.read_only:
            self.notify("Read-only: nothing is written.", severity="warning", markup=False)  # type: ignore[attr-defined]
            return True
        if not self.loaded:  # type: ignore[attr-defined]
            self.notify("Still reading the folder: edits wait until every case is read.",  # type: ignore[attr-defined]
                        severity="warning", markup=False)
            return True
        return False
