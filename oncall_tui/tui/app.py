"""The Textual app: wires the store, the folder sync and the screens together.

Data flows one way: the watcher (or a rescan) names paths, a thread worker
re-reads them through the store (:mod:`oncall_tui.tui.sync`), and the
resulting change arrives here as a message, where the screens patch
themselves.  Nothing here reads or parses files itself.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from textual import on
from textual.app import App, SystemCommand
from textual.notifications import Notification, SeverityLevel
from textual.screen import Screen
from textual.signal import Signal

from oncall_tui.core.later import later
from oncall_tui.core.storage import Storage
from oncall_tui.tui import literal, palette
from oncall_tui.tui.daemon import DaemonExecutor
from oncall_tui.tui.collector import Collector
from oncall_tui.tui.context import ViewContext, local_now
from oncall_tui.core.config import GitSettings, LoadedSettings, Settings
from oncall_tui.tui.alerts import TerminalAlerts
from oncall_tui.tui.editing import EditController
from oncall_tui import __version__
from oncall_tui.tui.first_rows import FirstRows
from oncall_tui.tui.follow import CasesUpdated
from oncall_tui.tui.gitlink import GitHooks, GitLink
from oncall_tui.tui.shift import SHIFT_ACTIONS, Shift
from oncall_tui.tui.navigation import Navigation
from oncall_tui.tui.statusline import StatusLine
from oncall_tui.tui.themechoice import ThemeChoice, ThemedApp
from oncall_tui.tui.keys import bind, checked_keymap
from oncall_tui.tui.messages import (CopyText, EditRequested, FolderPresence, Loaded, LoadFound, LoadProgress, MarkSeen, OpenCase,
                                     OpenConflict, StatusStale, StoreChanged)
from oncall_tui.tui.readonly import edit_allowed
from oncall_tui.tui.screens.cases_screen import CasesScreen
from oncall_tui.tui.screens.main import TOAST_LIMIT, MainScreen
from oncall_tui.tui.widgets.news import Bursts
from oncall_tui.tui.widgets.status import StatusInfo

if TYPE_CHECKING:
    from textual.command import Provider

    from oncall_tui.core.dates import from_mtime_ns
    from oncall_tui.core.model import Case
    from oncall_tui.core.store import CaseStore
    from oncall_tui.tui.commands import system_commands, take_screenshot
    from oncall_tui.tui.sync import FolderSync
else:  # the dates module and the palette's commands are imported on first use (not before the first frame)
    from_mtime_ns = later(globals(), "from_mtime_ns", "oncall_tui.core.dates")
    system_commands = later(globals(), "system_commands", "oncall_tui.tui.commands")
    take_screenshot = later(globals(), "take_screenshot", "oncall_tui.tui.commands")

CLOCK_SECONDS = 1.0
"""Everything that depends on the clock ticks together: the status bar, the wall's figures and the table's
age, SLA and last-change cells (only rows whose text changes by now are redrawn)."""

P = ParamSpec("P")
R = TypeVar("R")


def _on_shift(method: Callable[Concatenate[Shift, P], R]) -> Callable[Concatenate[OncallApp, P], R]:
    """An app method that runs *method* on the app's :class:`Shift` (the dashboard binds its keys as ``app.*``)."""
    def forward(app: OncallApp, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return method(app.shift, *args, **kwargs)
    return forward


def _on_nav(method: Callable[Concatenate[Navigation, P], R]) -> Callable[Concatenate[OncallApp, P], R]:
    """An app method that runs *method* on the app's :class:`Navigation`."""
    def forward(app: OncallApp, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return method(app.nav, *args, **kwargs)
    return forward


def _main_screen(now: Callable[[], datetime], cases: Callable[[], Sequence[Case]], wall: bool,
                 cycle_seconds: float) -> CasesScreen:
    """The dashboard, or the wall screen (its module imported only then: the dashboard's first frame does not
    need it)."""
    if not wall:
        return MainScreen(now, cases)
    from oncall_tui.tui.screens.wall import WallScreen

    return WallScreen(now, cases, cycle_seconds=cycle_seconds)


def _case_commands() -> type[Provider]:
    """The palette's case commands (:mod:`oncall_tui.tui.commands`), imported when the palette first opens."""
    from oncall_tui.tui.commands import CaseCommands

    return CaseCommands


def _first_rows(app: OncallApp) -> FirstRows:
    """The last run's rows for the first frame, keyed on what decides them (tui/first_rows.py)."""
    return FirstRows(app.folder, app.info, __version__, "wall" if app.wall else "dashboard", app.sla, app.user_name,
                     app.user_aliases, app.day_first, app.max_bytes)


class OncallApp(ThemedApp):
    """``OncallApp(folder, settings).run()``: *settings* as :func:`~oncall_tui.core.config.load_settings` gives
    them (None: the defaults, no user file, no git); *read_only*/*wall* how this run shows (the wall is read-only);
    *now* the clock (tests freeze it); *watch* False loads once; *store* replaces the folder's own (tests)."""

    CSS_PATH = "oncall.tcss"
    TITLE = "oncall-tui"
    COMMANDS = App.COMMANDS | {_case_commands}
    BINDINGS = [bind("app.quit"), bind("app.help"), bind("app.problems"), bind("app.rescan"), bind("edit.undo"),
                bind("git.sync")]

    def __init__(
        self,
        folder: Path,
        settings: LoadedSettings | None = None,
        *,
        read_only: bool = False,
        wall: bool = False,
        now: Callable[[], datetime] | None = None,
        watch: bool = True,
        store: CaseStore | None = None,
    ) -> None:
        super().__init__()
        loaded = settings if settings is not None else LoadedSettings(Settings())
        self.settings = given = loaded.settings
        keymap_sources = {binding_id: loaded.source(f"keys.{binding_id}") for binding_id in given.keys}
        self._keymap_wanted, self._keymap_refused = checked_keymap(dict(given.keys), keymap_sources)
        self.folder = Path(folder)
        self.wall = wall
        self.read_only = read_only or given.read_only or wall
        self.sla = given.sla
        self.user_name = given.user.name
        self.user_aliases = tuple(given.user.aliases)
        self.now = now or local_now
        self._store = store
        self._watch = watch
        self._sync: FolderSync | None = None
        self.max_bytes = store.max_bytes if store is not None and settings is None else given.max_file_bytes
        self.day_first = given.parse.day_first  # the [parse] day_first setting the store reads with
        self.edits = EditController(self, Storage(self.folder, read_only=self.read_only, max_bytes=self.max_bytes),
                                    audit_timeline=given.audit.timeline)
        self.loaded = False
        self.collector = Collector()
        self.info = StatusInfo(folder=str(self.folder), read_only=self.read_only)
        self.alerts = TerminalAlerts(self, given.alerts, wall=wall, targets=self.sla)
        # Git only when asked for (the command passes the settings; an app made without them runs no git).
        git = given.git if settings is not None else GitSettings(enabled=False)
        self.gitlink = GitLink(self, self.folder, git, pull_only=self.read_only,
                               hooks=GitHooks(self.info, self.update_status, self.action_rescan,
                                              lambda: self.main.table.refresh_colors() if self.main.ready else None,
                                              lambda: self.shift.store_changed(set()), wall=wall))
        self.view_context = ViewContext(now=self.now, sla=self.sla, user_name=self.user_name,
                                        user_aliases=self.user_aliases, read_only=self.read_only, wall=wall,
                                        keymap=MappingProxyType(dict(self._keymap_wanted)))
        self.main: CasesScreen = _main_screen(self.now, self._all_cases, wall, given.wall.cycle_seconds)
        self.first_rows = self.main.first_rows = _first_rows(self)
        self.themes = ThemeChoice(self, given.theme, themes_dir=loaded.themes_dir, config_file=loaded.user_file,
                                  read_only=self.read_only, main=self.main)
        self.shift = Shift(self, folder=self.folder, context=self.view_context, store=lambda: self.store,
                           main=self.main, edits=self.edits, gitlink=self.gitlink)
        self.nav = Navigation(self, main=self.main, store=lambda: self.store, shift=self.shift, gitlink=self.gitlink)
        self.status = StatusLine(self, self.main, self.info, self.now)
        self.news = Bursts(self.main.say, self.set_timer, limit=TOAST_LIMIT)
        self.cases_updated: Signal[CasesUpdated] = Signal(self, "cases-updated")
        """Each store change, for the open case views (:mod:`oncall_tui.tui.follow`)."""

    @property
    def store(self) -> CaseStore:
        """The folder's cases.  Made (and the parser imported) on first use, after the first frame."""
        if self._store is None:
            from oncall_tui.core.cache import ParseCache
            from oncall_tui.core.store import CaseStore

            self._store = CaseStore(self.folder, cache=ParseCache(self.folder, day_first=self.day_first),
                                    max_bytes=self.max_bytes, day_first=self.day_first)
        return self._store

    @property
    def storage(self) -> Storage:
        """The one door for writes (the edits own it)."""
        return self.edits.storage

    @property
    def sync(self) -> FolderSync:
        """The link to the disk: watcher, first load, rescans."""
        if self._sync is None:
            from oncall_tui.tui.sync import FolderSync

            self._sync = FolderSync(self, self.store, watch=self._watch)
        return self._sync

    def _all_cases(self) -> Sequence[Case]:
        return self.store.snapshot() if self._store is not None else ()

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return {**super().get_theme_variable_defaults(), **palette.THEME_DEFAULTS}

    def get_default_screen(self) -> Screen:
        return self.main

    async def run_async(self, *args, **kwargs):  # noqa: ANN201 (as App's)
        """Run (``run()`` comes here) with thread workers in daemon threads: whatever one is doing, none can
        keep the process alive after ``q`` (see :mod:`oncall_tui.tui.daemon`)."""
        asyncio.get_running_loop().set_default_executor(DaemonExecutor())
        return await super().run_async(*args, **kwargs)

    def on_mount(self) -> None:
        self.themes.start()
        if self._keymap_wanted:
            self.set_keymap(self._keymap_wanted)
        if self._keymap_refused:
            self.notify("Key remaps not used:\n" + "\n".join(self._keymap_refused), severity="warning", timeout=15)
        self.update_status()
        self.set_interval(CLOCK_SECONDS, self._tick, name="clock")
        self.call_after_refresh(self._start_sync)

    def _start_sync(self) -> None:
        """After the first frame: the store, the watcher, the first load, git; a crashed write's temp files go."""
        self.collector.first_frame()
        self.sync.start()
        self.gitlink.start()
        if not self.read_only:
            self.run_worker(self.storage.cleanup_temp_files, name="temp files", thread=True, exit_on_error=False)

    def exit(self, *args, **kwargs) -> None:
        """Quit; a first load still reading stops now, not when the screens have been taken apart."""
        if self._sync is not None:
            self._sync.close()
        self.first_rows.save_now(self.main)
        super().exit(*args, **kwargs)

    async def on_unmount(self) -> None:
        if self._sync is not None:
            self._sync.close()
        self.gitlink.stop()
        self.shift.save_seen_on_close()
        self.collector.restore()

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = False) -> None:
        """Every toast as literal text, Textual's own included: control characters in an id, a file name or an
        error are shown as visible escapes, brackets are never markup (*markup* is accepted and ignored)."""
        super().notify(literal.message(message), title=literal.message(title), severity=severity,
                       timeout=timeout, markup=False)

    @property
    def toasts(self) -> list[Notification]:
        """Textual's toasts alive now (the folder's news go to the dashboard's news corner instead)."""
        return list(self._notifications)

    # -- news from the folder ------------------------------------------------------------------

    @on(LoadProgress)
    def _progress(self, message: LoadProgress) -> None:
        if not self.loaded and self.first_rows.showing is None:  # else the last run's counts show
            self.info.loading = (message.done, message.total)
            self.update_status()

    @on(LoadFound)
    def _found(self, message: LoadFound) -> None:
        if not self.loaded:
            self.main.show_found(message.cases)

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.loaded = True
        self.status.stale = True
        self.info.loading = None
        cases = self.store.snapshot()
        stamps = [stamp for c in cases if (stamp := from_mtime_ns(c.source.mtime_ns, self.now().tzinfo))]
        if stamps:
            self.info.last_change = max(stamps)
        self.main.set_cases(cases)
        self.alerts.start(cases, self.now())  # no alert for what is there at start
        self.update_status()
        self.sync.load_finished()
        self.collector.loaded(self.set_interval)
        if message.error:
            self.notify(f"Could not read the folder: {message.error}", severity="error", markup=False)
        self.shift.folder_loaded()

    @on(StoreChanged)
    def _store_changed(self, message: StoreChanged) -> None:
        if not self.loaded:
            return  # the first load's result supersedes it
        if self._exit or not self.main.is_attached:
            return  # quitting: a change that arrives while the screens are taken apart has nowhere to go
        change = message.change
        self.collector.changed()
        self.status.stale = True
        got = {p: self.store.get(p) for p in (*change.added, *change.updated)}  # each changed case read once
        quiet = {p for p, case in got.items() if self.edits.is_own_write(case)}
        toasts = self.main.apply(got.get, change, quiet=quiet, cases=self.store.snapshot())
        self.alerts.changed([*change.added, *change.updated, *change.removed], got.get, self.now(), quiet)
        self.shift.store_changed({*change.added, *change.updated} - quiet)
        self.edits.select_new_case(change.added)
        if not self.wall:  # a team-room display changing all day shows changes by row flashes, not news lines
            self.news.show(toasts)
        self.info.last_change = self.now()
        self.cases_updated.publish(CasesUpdated(frozenset((*change.added, *change.updated, *change.removed)),
                                                lambda path: got.get(path) if path in got else self.store.get(path)))
        self.update_status()

    @on(FolderPresence)
    def _folder_presence(self, message: FolderPresence) -> None:
        self.info.folder_missing = not message.present
        self.update_status()

    # -- status --------------------------------------------------------------------------------

    def flash_status(self, word: str, seconds: float = 2.0) -> None:
        """Show *word* in the status bar for a moment (an edit key pressed in read-only mode)."""
        self.status.flash(word, seconds)
        self.update_status()

    def _tick(self) -> None:
        self.update_status()
        self.main.tick()
        self.alerts.tick(self.now())

    def update_status(self) -> None:
        """Redraw the status bars (the main screen calls it when it is ready)."""
        self.status.show(self.store if self.loaded else None)

    # -- actions -----------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not edit_allowed(self, action):
            return False
        if action in SHIFT_ACTIONS and self.wall:
            return False
        return True

    go_to_case = _on_nav(Navigation.go_to_case)
    open_case = _on_nav(Navigation.open_case)
    action_help = _on_nav(Navigation.help)
    action_problems = _on_nav(Navigation.problems)

    # -- requests from screens and panes (tui/messages.py) ----------------------------------------

    @on(OpenCase)
    def _open_case_request(self, request: OpenCase) -> None:
        self.nav.open(request.path, request.line)

    @on(OpenConflict)
    def _open_conflict_request(self, request: OpenConflict) -> None:
        self.nav.open_conflict(request.path)

    @on(StatusStale)
    def _status_stale(self) -> None:
        self.update_status()

    @on(MarkSeen)
    def _mark_seen_request(self) -> None:
        self.shift.mark_seen()

    @on(CopyText)
    def _copy_request(self, request: CopyText) -> None:
        self.shift.copy_text(request.text, request.what)

    @on(EditRequested)
    def _edit_requested(self, message: EditRequested) -> None:
        self.edits.request(message.kind, message.path, message.item_line)

    def action_undo(self) -> None:
        """Put back the bytes from before the last edit (refused if the file changed since)."""
        self.edits.undo()

    # -- the shift's keys (bound as app.* on the dashboard) ------------------------------------------

    action_changes = _on_shift(Shift.show_changes)
    action_mark_seen = _on_shift(Shift.mark_seen)
    action_handover = _on_shift(Shift.handover)
    action_status_update = _on_shift(Shift.status_update)
    action_set_owner = _on_shift(Shift.set_owner)
    action_copy_id = _on_shift(Shift.copy_id)
    action_copy_summary = _on_shift(Shift.copy_summary)

    def main_action(self, name: str) -> None:
        """A dashboard action from the palette (on the dashboard: the screens above it close)."""
        self.nav.to_dashboard()
        getattr(self.main, f"action_{name}")()

    def action_git_sync(self) -> None:
        """Fetch, integrate and push now (pull only on the wall and read-only), in a worker."""
        self.gitlink.sync_now(asked=True)

    def action_rescan(self) -> None:
        """Compare the folder with the index now (it also happens on its own: see :mod:`oncall_tui.tui.sync`)."""
        self.sync.rescan_now()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        return system_commands(self, super().get_system_commands(screen))

    def search_themes(self) -> None:
        self.themes.search()

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Save an SVG of the screen (see :func:`~oncall_tui.tui.commands.take_screenshot`)."""
        take_screenshot(self, filename, path)
