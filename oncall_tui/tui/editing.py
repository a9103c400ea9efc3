"""Edits from the keyboard: ask, write off the event loop, confirm, undo.

The app holds one :class:`EditController` (``app.edits``) and hands it every
:class:`~oncall_tui.tui.messages.EditRequested` a screen or pane posts.  The
controller asks for what the edit needs (a picker or a form from
:mod:`oncall_tui.tui.screens.pickers`), then writes it with one
:func:`~oncall_tui.core.edits.apply_edit` call in a thread worker of the
``edits`` group, one at a time (:class:`EditQueue`), through its
:class:`~oncall_tui.core.storage.Storage`, which refuses every write in
read-only mode.  The verified case of a write goes into the store at once
(no second read or parse); the store then announces it like any change, and
the storage remembers the path and hash of each write, so the update is not
announced as a change on disk (no toast, no row flash).
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
from collections import deque
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import App, SuspendNotSupported
from textual.worker import Worker

from oncall_tui.core.storage import Storage, StorageError
from oncall_tui.tui.literal import literal
from oncall_tui.tui.messages import StoreChanged

if TYPE_CHECKING:
    from types import ModuleType

    from oncall_tui.core.edits import Edit, EditResult
    from oncall_tui.core.model import Case
    from oncall_tui.tui.app import OncallApp


def _edits() -> ModuleType:
    """The edit engine, imported on first use: it brings the parser, which the first frame does not need."""
    from oncall_tui.core import edits

    return edits


def _pickers() -> ModuleType:
    """The edit forms, imported on first use (not on the first frame's path)."""
    from oncall_tui.tui.screens import pickers

    return pickers


UNDO_DEPTH = 20

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
    import shlex  # (not needed before the first frame)

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


Outcome = tuple["EditResult | None", str, str]
"""What a write came to: (result, message, severity); the result is None when nothing was written."""


class EditQueue:
    """Writes run one at a time in thread workers of the ``edits`` group; quitting may wait for them."""

    def __init__(self) -> None:
        self._writing = threading.Lock()  # edits are written one at a time, never interleaved
        self._changed = threading.Condition()
        self._running = 0  # edits asked for and not yet finished (written, refused or failed)
        self._jobs: dict[object, Callable[[], None]] = {}  # edits asked for whose job has not started

    def submit(self, app: App[object], name: str, write: Callable[[], EditResult],
               report: Callable[[Outcome], None]) -> Worker[None]:
        """Run *write* under the write lock in a thread worker, then *report* its outcome (from that thread)."""
        token = object()

        def job() -> None:
            with self._changed:
                if self._jobs.pop(token, None) is None:
                    return  # already run (by wait, as the app quit)
            try:
                try:
                    with self._writing:
                        outcome: Outcome = (write(), "", "information")
                finally:
                    self._finished()  # written (or not): the report below may never run if the app is quitting
            except _edits().NothingToChange as exc:
                outcome = (None, str(exc), "warning")
            except (_edits().EditRefused, StorageError, OSError) as exc:
                outcome = (None, str(exc), "error")
            report(outcome)

        with self._changed:
            self._jobs[token] = job
            self._running += 1
        return app.run_worker(job, name=name, group="edits", thread=True, exclusive=False, exit_on_error=False)

    def _finished(self) -> None:
        with self._changed:
            self._running -= 1
            self._changed.notify_all()

    def wait(self, timeout: float) -> bool:
        """Write the edits asked for and not finished, waiting at most *timeout* seconds; True if all are done.

        Called after the app has quit, so an edit asked for just before ``q`` is still written: one whose
        worker never started (Textual cancels workers on the way out) runs now, in a daemon thread of its own.
        """
        with self._changed:
            waiting = list(self._jobs.values())
        for job in waiting:
            threading.Thread(target=job, name="edit at quit", daemon=True).start()
        with self._changed:
            return self._changed.wait_for(lambda: self._running == 0, timeout)


class EditController:
    """The app's edits: :meth:`request` (what the keys ask for), :meth:`run`, :meth:`undo`, the undo stack."""

    def __init__(self, app: OncallApp, storage: Storage, *, audit_timeline: bool = True) -> None:
        self.app, self.storage, self.queue = app, storage, EditQueue()
        self.audit_timeline = audit_timeline
        """``[audit] timeline``: a field edit also writes a timeline entry naming the change."""
        self._undo: deque[EditResult] = deque(maxlen=UNDO_DEPTH)
        self._select_when_added: str | None = None

    # -- what the keys ask for ------------------------------------------------------------

    def request(self, kind: str, path: str | None, line: int | None = None) -> None:
        """One :class:`~oncall_tui.tui.messages.EditRequested` (see there for the kinds); for ``editor`` the
        line is where the editor opens the file (the highlighted action item's or problem's)."""
        if kind == "new_case":
            if not self.refuse():
                _pickers().ask_new_case(self.app, _edits().PRIORITIES, self._create_case)
            return
        if kind == "editor":
            if not self.refuse() and path is not None:
                self.open_in_editor(path, line or 1)
            return
        if kind in ("toggle", "in_progress"):
            self.edit_item(kind, path, line)
            return
        asks: dict[str, tuple[str, Callable[[Case, Text], None]]] = {
            "status": ("Set status of ", self._ask_status), "priority": ("Set priority of ", self._ask_priority),
            "timeline": ("New timeline entry in ", self._ask_timeline), "item": ("New action item in ", self._ask_item),
            "sentiment": ("Customer sentiment of ", self._ask_sentiment), "owner": ("Owner of ", self._ask_owner),
        }
        if kind not in asks:
            raise ValueError(f"unknown edit kind {kind!r}")
        heading, ask = asks[kind]
        found = self.target(path, heading)
        if found is not None:
            ask(*found)

    def edit_item(self, kind: str, path: str | None, line: int | None) -> None:
        """Toggle (done/open) or mark in progress the action item of *path* at *line*."""
        if self.refuse():
            return
        case = self.app.store.get(path) if path is not None else None
        item = next((i for i in case.action_items if i.line == line), None) if case is not None else None
        if path is None or item is None:
            self._warn("No action item selected.")
            return
        edits = _edits()
        self.run(path, edits.ToggleItem(item) if kind == "toggle" else edits.SetItemStatus(item, "in_progress"))

    def _ask_status(self, case: Case, title: Text) -> None:
        edits = _edits()
        choices = [(value, edits.STATUS_LABELS[value]) for value in edits.CASE_STATUSES]
        self._ask_field(case, title, "status", choices, case.status, lambda value: edits.SetStatus(value, self.app.now()))

    def _ask_priority(self, case: Case, title: Text) -> None:
        edits = _edits()
        choices = [(value, value) for value in edits.PRIORITIES]
        self._ask_field(case, title, "priority", choices, case.priority, edits.SetPriority)

    def _ask_field(self, case: Case, title: Text, field: str, choices: list[tuple[str, str]], current: str | None,
                   make: Callable[[str], Edit]) -> None:
        def chosen(value: str | None) -> None:
            if value is not None:
                self.run(case.path, self.audited(make(value), field))

        self.app.push_screen(_pickers().ChoiceScreen(title, choices, current), chosen)

    def _ask_timeline(self, case: Case, title: Text) -> None:
        def written(entry: tuple | None) -> None:
            if entry is not None:
                self.run(case.path, _edits().AddTimelineEntry(entry[0], entry[1]))

        self.app.push_screen(_pickers().TimelineEntryScreen(title, self.app.now(), self.app.now), written)

    def _ask_sentiment(self, case: Case, title: Text) -> None:
        current = case.sentiment.label if case.sentiment and case.sentiment.label else ""
        _pickers().ask_text(self.app, title, "label", "Overall sentiment:", current,
                         "Write the sentiment first (e.g. Frustrated but cooperative).",
                         lambda label: self.run(case.path, self.audited(_edits().SetSentiment(label), "sentiment")))

    def _ask_owner(self, case: Case, title: Text) -> None:
        from oncall_tui.core.edits.owner import SetOwner

        _pickers().ask_text(self.app, title, "owner", "Owner:", case.owner or "", "Write the owner's name first.",
                         lambda owner: self.run(case.path, self.audited(SetOwner(owner), "owner")))

    def _ask_item(self, case: Case, title: Text) -> None:
        def done(text: str, owner: str | None, due: date | None) -> None:
            self.run(case.path, _edits().AddActionItem(text, owner, due))

        _pickers().ask_action_item(self.app, title, self.app.now, done)

    def _create_case(self, kind: str, values: dict[str, str]) -> None:
        from oncall_tui.core.templates import new_case

        self.create(kind, lambda: new_case(
            self.storage, kind, title=values["title"], customer=values["customer"] or None,
            priority=values["priority"].upper(), now=self.app.now(),
        ))

    def open_in_editor(self, rel: str, line: int) -> None:
        """Open *rel* in $VISUAL/$EDITOR at *line*, then re-read it."""
        try:
            argv = editor_command(os.environ, self.storage.root / rel, line)
        except EditorError as exc:
            self.app.notify(str(exc), severity="error", markup=False, timeout=8)
            return
        problem: str | None = None
        try:
            with self.app.suspend():
                problem = run_editor(argv)  # never raises: the screen always comes back
        except SuspendNotSupported:
            self._warn(f"This terminal cannot hand the screen to an editor; open {rel} yourself: "
                       "changes show up here as soon as they are saved.", timeout=8)
            return
        if problem:
            self._warn(problem, timeout=8)
        self.app.sync.request([rel])

    def undo(self) -> None:
        """Put back the bytes from before the last edit (refused if the file changed since)."""
        if self.refuse():
            return
        if not self._undo:
            self._warn("Nothing to undo.")
            return
        last = self._undo.pop()
        self._start(last.rel, lambda: _edits().undo(self.storage, last), undoing=last)

    # -- doing it -------------------------------------------------------------------------

    def audited(self, edit: Edit, field: str) -> Edit:
        """*edit* with its timeline entry ("Status: Open → Resolved (by Dana)"), unless ``[audit] timeline`` is off."""
        if not self.audit_timeline:
            return edit
        from oncall_tui.core.edits.audit import Audited

        return Audited(edit, field, self.app.now(), self.app.user_name)

    def run(self, rel: str, edit: Edit) -> None:
        """Write *edit* into *rel* in a thread worker; the result is reported as a toast."""
        parsed = self.app.store.parsed  # the bytes read for the edit are parsed only when the store has not
        self._start(rel, lambda: _edits().apply_edit(self.storage, rel, edit, parsed=parsed), edit=edit)

    def create(self, name: str, write: Callable[[], EditResult]) -> None:
        """Write a new file (a case from a template, a handover); the dashboard selects it once it is read."""
        if self.refuse():
            return
        self._select_when_added = None
        self._start(name, write)

    def wait_for_edits(self, timeout: float) -> bool:
        """See :meth:`EditQueue.wait` (the command calls it after the app has quit)."""
        return self.queue.wait(timeout)

    def _start(self, rel: str, write: Callable[[], EditResult], undoing: EditResult | None = None, *,
               edit: Edit | None = None) -> Worker[None]:
        app = self.app
        stored = False

        def written() -> EditResult:
            nonlocal stored
            result = write()
            app.gitlink.after_write(edit, result)  # in a git work tree: commit that file alone (never on the wall)
            stored = self._to_store(result)
            return result

        def report(outcome: Outcome) -> None:
            try:
                app.call_from_thread(self._report, outcome, undoing, stored)
            except RuntimeError:
                pass  # the app has quit (the edit was written all the same)

        return self.queue.submit(app, f"edit {rel}", written, report)

    def _to_store(self, result: EditResult) -> bool:
        """Put the verified case of a write into the store (in the worker), without reading or parsing the
        file again; False when the store must re-read it (a removal, a first load still running, a race)."""
        if result.case is None or result.data is None or not self.app.loaded:
            return False
        if result.previous is None:  # a new file: the dashboard selects it when the store adds it
            self._select_when_added = result.rel
        change = self.app.store.apply_written(result.rel, result.data, result.case)
        if change is None:
            return False
        if change:
            self.app.post_message(StoreChanged(change, rescan=False))
        return True

    def _report(self, outcome: Outcome, undoing: EditResult | None, stored: bool) -> None:
        result, message, severity = outcome
        if result is None:
            if undoing is not None and severity == "error":
                message = f"Undo refused: {message}"
            self.app.notify(message, severity=severity, markup=False, timeout=8)
            return
        if not result.message.startswith("undone: "):
            self._undo.append(result)
        self.app.notify(result.toast, markup=False, timeout=5)
        if not stored:
            if result.previous is None and result.data is not None:  # a new file: show it once it is read
                self._select_when_added = result.rel
            self.app.sync.request([result.rel])

    def select_new_case(self, added: tuple[str, ...]) -> None:
        """Called with each store update: put the cursor on the case this app just created."""
        if self._select_when_added is not None and self._select_when_added in added:
            self.app.main.go_to_case(self._select_when_added)
            self._select_when_added = None

    def is_own_write(self, case: Case | None) -> bool:
        """The store's new version of a case is exactly what this app wrote (no 'changed on disk' news)."""
        return case is not None and bool(case.source.sha256) and self.storage.is_own_write(case.path, case.source.sha256)

    # -- helpers ------------------------------------------------------------------------------

    def target(self, path: str | None, heading: str) -> tuple[Case, Text] | None:
        """The case at *path* and a dialog title naming it, unless read-only or there is no such case."""
        if self.refuse():
            return None
        case = self.app.store.get(path) if path is not None else None
        if case is None:
            self._warn("No case selected.")
            return None
        title = Text(heading)
        title.append_text(literal(case.id, style="bold"))
        return case, title

    def _warn(self, message: str, *, timeout: float | None = None) -> None:
        self.app.notify(message, severity="warning", markup=False, timeout=timeout)

    def refuse(self) -> bool:
        """True (and say why) when nothing may be written now: a read-only app, or a first load still reading
        (the rows shown meanwhile are provisional: the store, which every edit checks against, has none yet)."""
        if self.app.read_only:
            self._warn("Read-only: nothing is written.")
            return True
        if not self.app.loaded:
            self._warn("Still reading the folder: edits wait until every case is read.")
            return True
        return False
