"""The Textual app: wires the store, the watcher and the screens together.

Data flows one way: the watcher (or a rescan) names paths, one thread
worker re-reads them through the store, and the resulting :class:`Change`
is posted back to the event loop, where the screens patch themselves.
Nothing here reads or parses files itself.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from textual import on, work
from textual.app import App, SystemCommand
from textual.css.query import NoMatches
from textual.screen import Screen

from oncall_tui.core.model import Case
from oncall_tui.core.store import CaseStore, Change
from oncall_tui.tui import palette, view
from oncall_tui.tui.commands import CaseCommands, toggle_commands
from oncall_tui.tui.keys import bind
from oncall_tui.tui.messages import FolderPresence, Loaded, LoadProgress, StoreChanged
from oncall_tui.tui.screens.case import CaseScreen
from oncall_tui.tui.screens.help import HelpScreen
from oncall_tui.tui.screens.main import TOAST_LIMIT, MainScreen
from oncall_tui.tui.screens.problems import ProblemsScreen
from oncall_tui.tui.watch import ChangeQueue, watch_folder
from oncall_tui.tui.widgets.status import StatusInfo

RESCAN_SECONDS = 30.0
TABLE_TICK_SECONDS = 30.0
PROGRESS_EVERY = 0.05


def merge_changes(changes: Iterable[Change]) -> Change:
    """One Change for several store updates, each path once per kind."""
    added: dict[str, None] = {}
    updated: dict[str, None] = {}
    removed: dict[str, None] = {}
    for change in changes:
        added.update(dict.fromkeys(change.added))
        updated.update(dict.fromkeys(change.updated))
        removed.update(dict.fromkeys(change.removed))
    return Change(tuple(added), tuple(updated), tuple(removed))


def local_now() -> datetime:
    return datetime.now().astimezone()


class OncallApp(App):
    """``OncallApp(folder).run()``; *now* is the clock for ages and overdue (tests freeze it)."""

    CSS_PATH = "oncall.tcss"
    TITLE = "oncall-tui"
    COMMANDS = App.COMMANDS | {CaseCommands}
    BINDINGS = [bind("app.quit"), bind("app.help"), bind("app.problems"), bind("app.rescan")]

    def __init__(
        self,
        folder: Path,
        *,
        read_only: bool = False,
        now: Callable[[], datetime] | None = None,
        watch: bool = True,
    ) -> None:
        super().__init__()
        self.folder = Path(folder)
        self.read_only = read_only
        self.now = now or local_now
        self.watching = watch
        self.store = CaseStore(self.folder)
        self.queue = ChangeQueue()
        self.loaded = False
        self.info = StatusInfo(folder=str(self.folder), read_only=read_only)
        self._stop_watch: asyncio.Event | None = None
        self._rescan_after_load = False
        self._main = MainScreen(self.now, self.store.cases)

    # -- set-up ------------------------------------------------------------------------

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return {**super().get_theme_variable_defaults(), **palette.THEME_DEFAULTS}

    def get_default_screen(self) -> Screen:
        return self._main

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.update_status()
        if self.watching:
            self.start_watcher()
            self.set_interval(RESCAN_SECONDS, self.action_rescan, name="rescan")
        self.set_interval(1.0, self.update_status, name="status-clock")
        self.set_interval(TABLE_TICK_SECONDS, lambda: self.main.tick(), name="table-clock")
        self._load()

    def _theme_changed(self, _theme: object) -> None:
        if self.main.ready:
            self.main.table.refresh_colors()
            self.main.refresh_side()

    async def on_unmount(self) -> None:
        if self._stop_watch is not None:
            self._stop_watch.set()

    @property
    def main(self) -> MainScreen:
        return self._main

    # -- loading ---------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load(self) -> None:
        last = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal last
            now = time.monotonic()
            if done == total or now - last >= PROGRESS_EVERY:
                last = now
                self.post_message(LoadProgress(done, total))

        try:
            change = self.store.load_all(progress)
        except Exception as exc:  # a folder that cannot be listed must not kill the app
            self.post_message(Loaded(Change(), error=f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(Loaded(change))

    @on(LoadProgress)
    def _progress(self, message: LoadProgress) -> None:
        if not self.loaded:
            self.info.loading = (message.done, message.total)
            self.update_status()

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.loaded = True
        self.info.loading = None
        cases = self.store.cases()
        stamps = [c.source.mtime_ns for c in cases if c.source.mtime_ns]
        if stamps:
            self.info.last_change = datetime.fromtimestamp(max(stamps) / 1e9, tz=self.now().tzinfo)
        self.main.set_cases(cases)
        self.update_status()
        if self._rescan_after_load:
            self.request_paths((), rescan=True)
        if message.error:
            self.notify(f"Could not read the folder: {message.error}", severity="error", markup=False)

    # -- live updates ----------------------------------------------------------------------------

    def start_watcher(self) -> None:
        """(Re)start the folder watcher; a previous one is told to stop."""
        if self._stop_watch is not None:
            self._stop_watch.set()
        self._stop_watch = stop = asyncio.Event()
        self.run_worker(
            watch_folder(self.store.root, self.request_paths, self._presence, stop, on_ready=self._watcher_ready),
            name="watch",
            group="watch",
            exit_on_error=False,
        )

    def request_paths(self, paths: Iterable[str], *, rescan: bool = False, suspicious: bool = False) -> None:
        """Queue paths (and/or a rescan) for the store; start the worker if it is idle."""
        if self.queue.put(paths, rescan=rescan, suspicious=suspicious):
            self._drain()

    def _watcher_ready(self) -> None:
        """A watcher is in place: catch up with whatever changed before it was (after the first load)."""
        if self.loaded:
            self.request_paths((), rescan=True)
        else:
            self._rescan_after_load = True

    def _presence(self, present: bool) -> None:
        self.post_message(FolderPresence(present))

    @work(thread=True, group="refresh", exit_on_error=False)
    def _drain(self) -> None:
        """Apply queued paths and rescans to the store, one batch at a time, until the queue is empty."""
        while (batch := self.queue.take()) is not None:
            paths, rescan, suspicious = batch
            changes = []
            if paths:
                changes.append(self._safely(lambda: self.store.refresh(paths)))
            if rescan:
                found = self._safely(self._rescan_now)
                changes.append(found)
                if suspicious and found and self.watching:
                    # The periodic rescan found what the watcher should have reported: it may be deaf.
                    self.call_from_thread(self.start_watcher)
            change = merge_changes(c for c in changes if c is not None)
            if change:
                self.post_message(StoreChanged(change, rescan=rescan))

    def _rescan_now(self) -> Change:
        if not self.store.root.is_dir():  # the folder is gone, and with it every case
            return self.store.refresh([case.path for case in self.store.cases()])
        return self.store.rescan()

    def _safely(self, update: Callable[[], Change]) -> Change | None:
        try:
            return update()
        except Exception as exc:  # one bad update must not stop the worker
            self.call_from_thread(self.notify, f"Could not update: {exc}", severity="error", markup=False)
            return None

    @on(StoreChanged)
    def _store_changed(self, message: StoreChanged) -> None:
        if not self.loaded:
            return  # the first load's result supersedes it
        change = message.change
        toasts = self.main.apply(self.store.get, change)
        for line in toasts[:TOAST_LIMIT]:
            self.notify(line, markup=False, timeout=4)
        if len(toasts) > TOAST_LIMIT:
            self.notify(f"…and {len(toasts) - TOAST_LIMIT} more changes", markup=False, timeout=4)
        self.info.last_change = self.now()
        for screen in self.screen_stack:
            if isinstance(screen, CaseScreen):
                path = screen.case.path
                if path in change.updated or path in change.added or path in change.removed:
                    screen.update_case(self.store.get(path))
        self.update_status()

    @on(FolderPresence)
    def _folder_presence(self, message: FolderPresence) -> None:
        self.info.folder_missing = not message.present
        self.update_status()
        if not message.present:
            self.request_paths((), rescan=True)  # every case went with the folder

    # -- status --------------------------------------------------------------------------------

    def update_status(self) -> None:
        """Redraw the status bar (the main screen calls it when it is ready)."""
        main = self.main
        if not main.ready:
            return
        if self.loaded:
            cases = self.store.cases()
            self.info.counts = view.open_counts(cases)
            self.info.problems = sum(1 for c in cases if c.problems) + len(self.store.skipped)
        try:
            status = main.status
        except NoMatches:  # the app is shutting down and the screen is being taken apart
            return
        status.show(self.info, self.now())

    # -- actions -----------------------------------------------------------------------------------

    def palette_cases(self) -> list[Case]:
        return self.store.cases()

    def go_to_case(self, path: str) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.main.go_to_case(path)

    def open_case(self, case: Case) -> None:
        self.push_screen(CaseScreen(self.store.root, case))

    def main_action(self, name: str) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()
        getattr(self.main, f"action_{name}")()

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_problems(self) -> None:
        if isinstance(self.screen, ProblemsScreen):
            return

        def opened(path: str | None) -> None:
            case = self.store.get(path) if path else None
            if case is not None:
                self.open_case(case)

        self.push_screen(ProblemsScreen(self.store.cases(), self.store.skipped), opened)

    def action_rescan(self) -> None:
        """Compare the folder with the index now (also every 30 s); restart the watcher if it missed anything."""
        self.request_paths((), suspicious=self.watching)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield from toggle_commands(self)
