"""The Textual app: wires the store, the folder sync and the screens together.

Data flows one way: the watcher (or a rescan) names paths, a thread worker
re-reads them through the store (:mod:`oncall_tui.tui.sync`), and the
resulting change arrives here as a message, where the screens patch
themselves.  Nothing here reads or parses files itself.
"""

from __future__ import annotations

import asyncio
import gc
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from textual import on
from textual.app import App, SystemCommand
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.timer import Timer

from oncall_tui.core.dates import from_mtime_ns
from oncall_tui.core.folder import DEFAULT_MAX_BYTES
from oncall_tui.core.storage import Storage
from oncall_tui.tui import literal, palette, view
from oncall_tui.tui.daemon import DaemonExecutor
from oncall_tui.tui.commands import CaseCommands, toggle_commands
from oncall_tui.tui.context import ViewContext, local_now
from oncall_tui.core.config import (DEFAULT_THEME, AlertSettings, ConfigError, GitSettings, SlaSettings, Source,
                                   save_theme)
from oncall_tui.tui.alerts import TerminalAlerts
from oncall_tui.tui.editing import Editing
from oncall_tui.tui.gitlink import GitLink
from oncall_tui.tui.shift import SHIFT_ACTIONS, Shift, shift_commands
from oncall_tui.tui.themes import apply_theme, problems_message, register_themes
from oncall_tui.tui.keys import EDIT_ACTIONS, bind, keymap_problems
from oncall_tui.tui.messages import (EditRequested, FolderPresence, Loaded, LoadFound, LoadProgress, OpenCase,
                                     OpenConflict, StatusStale, StoreChanged)
from oncall_tui.tui.screens.help import HelpScreen
from oncall_tui.tui.screens.cases_screen import CasesScreen
from oncall_tui.tui.screens.main import TOAST_LIMIT, MainScreen
from oncall_tui.tui.screens.problems import ProblemsScreen
from oncall_tui.tui.screens.wall import WallScreen
from oncall_tui.tui.widgets.status import StatusBar, StatusInfo

if TYPE_CHECKING:
    from oncall_tui.core.model import Case
    from oncall_tui.core.store import CaseStore
    from oncall_tui.tui.sync import FolderSync

CLOCK_SECONDS = 1.0
"""Everything that depends on the clock ticks together: the status bar, the wall's figures and the table's
age, SLA and last-change cells (only rows whose text changes by now are redrawn)."""
GC_THRESHOLDS = (5000, 20, 1_000_000)
"""The cyclic collector's thresholds while the app runs (Python's default is 700, 10, 10): young objects in
bigger, rarer batches, and full passes only from the timer below.  A full pass over what was made since
``gc.freeze()`` cost 50-76 ms in the storm test, and Python's own rule could start one mid-storm."""
GC_EVERY_SECONDS = 10.0
"""A full collection this often, so garbage never waits for long (skipped while changes pour in)."""
GC_LONGEST_WAIT = 60.0
"""A folder that never stops changing still gets a full collection this often."""
BURST_SECONDS = 2.0
"""Changes arriving in bursts are summed up in one toast at most this often."""


def checked_keymap(keymap: Mapping[str, str], sources: Mapping[str, Source]) -> tuple[dict[str, str], list[str]]:
    """The remaps that may be used, and a line for each one refused (see :func:`keymap_problems`).

    The command line refuses to start with a refused remap at all (exit 2); an app made any other way
    drops it and says so, so a team file can never make navigation write.
    """
    problems = keymap_problems(keymap, {k: str(s) for k, s in sources.items()},
                               team={k for k, s in sources.items() if s.kind == "folder"})
    usable = {k: v for k, v in keymap.items() if k not in problems}
    return usable, [line for lines in problems.values() for line in lines]


class OncallApp(Shift, Editing, App):
    """``OncallApp(folder).run()``.

    *now* is the clock for ages, "changed" and overdue (tests freeze it);
    *watch* False loads once and follows nothing; *store* replaces the
    folder's own :class:`CaseStore` (tests slow it down).
    """

    CSS_PATH = "oncall.tcss"
    TITLE = "oncall-tui"
    COMMANDS = App.COMMANDS | {CaseCommands}
    BINDINGS = [bind("app.quit"), bind("app.help"), bind("app.problems"), bind("app.rescan"), bind("edit.undo"),
                bind("git.sync")]

    def __init__(
        self,
        folder: Path,
        *,
        read_only: bool = False,
        now: Callable[[], datetime] | None = None,
        watch: bool = True,
        store: CaseStore | None = None,
        theme: str | None = None,
        themes_dir: Path | None = None,
        keymap: dict[str, str] | None = None,
        keymap_sources: Mapping[str, Source] | None = None,
        config_file: Path | None = None,
        sla: SlaSettings | None = None,
        user_name: str | None = None,
        user_aliases: tuple[str, ...] = (),
        wall: bool = False,
        cycle_seconds: float = 20.0,
        max_bytes: int | None = None,
        day_first: bool | str = "auto",
        alerts: AlertSettings | None = None,
        audit_timeline: bool = True,
        git: GitSettings | None = None,
    ) -> None:
        super().__init__()
        self._theme_problems = register_themes(self, themes_dir)
        self._wanted_theme = theme or DEFAULT_THEME
        self._config_file = config_file
        self._keymap_wanted, self._keymap_refused = checked_keymap(keymap or {}, keymap_sources or {})
        self.folder = Path(folder)
        self.wall = wall
        self.read_only = read_only or wall
        self.sla = sla or SlaSettings()
        self.user_name = user_name
        self.user_aliases = tuple(user_aliases)
        self.now = now or local_now
        self._store = store
        self._watch = watch
        self._sync: FolderSync | None = None
        self.max_bytes = max_bytes or (store.max_bytes if store is not None else DEFAULT_MAX_BYTES)
        self.day_first = day_first  # the [parse] day_first setting the store reads with
        self.storage = Storage(self.folder, read_only=self.read_only, max_bytes=self.max_bytes)
        self._init_editing()
        self._init_shift(audit=audit_timeline)
        self.loaded = False
        self._burst: list | None = None
        self._gc_thresholds = gc.get_threshold()
        self._gc_timer: Timer | None = None
        self._last_full_gc = time.monotonic()
        self._last_change = 0.0  # monotonic time of the last store update applied
        self.info = StatusInfo(folder=str(self.folder), read_only=self.read_only)
        self._counts_stale = True  # the status bar's counts are recounted only after the store changed
        self.alerts = TerminalAlerts(self, alerts, wall=wall, targets=self.sla)
        # Git only when asked for (the command passes the settings; an app made without them runs no git).
        self.gitlink = GitLink(self, self.folder, git or GitSettings(enabled=False), pull_only=self.read_only)
        self.view_context = ViewContext(now=self.now, sla=self.sla, user_name=self.user_name,
                                        user_aliases=self.user_aliases, read_only=self.read_only, wall=wall,
                                        keymap=MappingProxyType(dict(self._keymap_wanted)))
        if wall:
            self._main: CasesScreen = WallScreen(self.now, self._all_cases, cycle_seconds=cycle_seconds)
        else:
            self._main = MainScreen(self.now, self._all_cases)

    # -- set-up ------------------------------------------------------------------------

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
        return self._main

    async def run_async(self, *args, **kwargs):  # noqa: ANN201 (as App's)
        """Run (``run()`` comes here) with thread workers in daemon threads: whatever one is doing, none can
        keep the process alive after ``q`` (see :mod:`oncall_tui.tui.daemon`)."""
        asyncio.get_running_loop().set_default_executor(DaemonExecutor())
        return await super().run_async(*args, **kwargs)

    def on_mount(self) -> None:
        if not apply_theme(self, self._wanted_theme):
            self.notify(f"Unknown theme {self._wanted_theme!r}; using {self.theme}.", severity="warning", markup=False)
        message = problems_message(self._theme_problems)
        if message:
            self.notify(message, severity="warning", markup=False, timeout=10)
        if self._keymap_wanted:
            self.set_keymap(self._keymap_wanted)
        if self._keymap_refused:
            self.notify("Key remaps not used:\n" + "\n".join(self._keymap_refused), severity="warning", timeout=15)
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.update_status()
        self.set_interval(CLOCK_SECONDS, self._tick, name="clock")
        self.call_after_refresh(self._start_sync)

    def _start_sync(self) -> None:
        """After the first frame: make the store (importing the parser), start the watcher and the first load."""
        self.sync.start()
        self.gitlink.start()

    def _collect_garbage(self) -> None:
        """A full pass of the cyclic collector on a timer (the thresholds leave full passes to it).  After
        ``gc.freeze()`` it only walks what was made since the load: a few ms when quiet, but 50-76 ms in a
        storm, so it waits while changes pour in (at most :data:`GC_LONGEST_WAIT`)."""
        now = time.monotonic()
        if now - self._last_change < BURST_SECONDS and now - self._last_full_gc < GC_LONGEST_WAIT:
            return
        self._last_full_gc = now
        gc.collect()

    def _theme_changed(self, theme: object) -> None:
        self._save_theme(getattr(theme, "name", str(theme)))
        self._redraw_for_theme()

    def _save_theme(self, name: str) -> None:
        """Remember a theme picked in the palette in the user's settings file (never in read-only mode)."""
        if self._config_file is None or self.read_only or name == self._wanted_theme:
            return
        self._wanted_theme = name
        try:
            save_theme(self._config_file, name)
        except (ConfigError, OSError) as exc:
            self.notify(f"Could not save the theme: {exc}", severity="error", markup=False)

    def _redraw_for_theme(self) -> None:
        if self.main.ready:
            self.main.table.refresh_colors()
            self.main.refresh_side()

    def exit(self, *args, **kwargs) -> None:
        """Quit; a first load still reading stops now, not when the screens have been taken apart."""
        if self._sync is not None:
            self._sync.close()
        super().exit(*args, **kwargs)

    async def on_unmount(self) -> None:
        if self._sync is not None:
            self._sync.close()
        self.save_seen_on_close()
        gc.unfreeze()
        gc.set_threshold(*self._gc_thresholds)

    def notify(self, message: str, *, title: str = "", severity: str = "information",  # type: ignore[override]
               timeout: float | None = None, markup: bool = False) -> None:
        """Every toast of the app, Textual's own included, as literal text: control characters in a case id,
        a file name or an error message are shown as visible escapes, never sent to the terminal, and
        brackets are never markup (*markup* is accepted and ignored)."""
        super().notify(literal.message(message), title=literal.message(title), severity=severity,  # type: ignore[arg-type]
                       timeout=timeout, markup=False)

    @property
    def main(self) -> CasesScreen:
        return self._main

    # -- news from the folder ------------------------------------------------------------------

    @on(LoadProgress)
    def _progress(self, message: LoadProgress) -> None:
        if not self.loaded:
            self.info.loading = (message.done, message.total)
            self.update_status()

    @on(LoadFound)
    def _found(self, message: LoadFound) -> None:
        if not self.loaded:
            self.main.show_found(message.cases)

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        self.loaded = True
        self._counts_stale = True
        self.info.loading = None
        cases = self.store.snapshot()
        stamps = [stamp for c in cases if (stamp := from_mtime_ns(c.source.mtime_ns, self.now().tzinfo))]
        if stamps:
            self.info.last_change = max(stamps)
        self.main.set_cases(cases)
        self.alerts.start(cases, self.now())  # no alert for what is there at start
        self.update_status()
        self.sync.load_finished()
        # Everything alive now (modules, the index, the widgets) lives as long as the app: keep it out of
        # the cyclic collector's full passes, which otherwise stall the loop 80-100 ms each in a storm.
        # Young objects are collected in bigger, rarer batches too (a few ms each, not a full pass per 70k
        # allocations).  No full collection first: it cost 0.25 s at 10,000 cases, just as the table fills,
        # to find ~1,500-2,400 start-up objects (measured), which now stay frozen.
        gc.freeze()
        gc.set_threshold(*GC_THRESHOLDS)
        if self._gc_timer is None:
            self._gc_timer = self.set_interval(GC_EVERY_SECONDS, self._collect_garbage, name="gc")
        if message.error:
            self.notify(f"Could not read the folder: {message.error}", severity="error", markup=False)
        self.shift_loaded()

    @on(StoreChanged)
    def _store_changed(self, message: StoreChanged) -> None:
        if not self.loaded:
            return  # the first load's result supersedes it
        if self._exit or not self.main.is_attached:
            return  # quitting: a change that arrives while the screens are taken apart has nowhere to go
        change = message.change
        self._last_change = time.monotonic()
        self._counts_stale = True
        got = {p: self.store.get(p) for p in (*change.added, *change.updated)}  # each changed case read once
        quiet = {p for p, case in got.items() if self.is_own_write(case)}
        toasts = self.main.apply(got.get, change, quiet=quiet, cases=self.store.snapshot())
        self.alerts.changed([*change.added, *change.updated, *change.removed], got.get, self.now(), quiet)
        self.shift_store_changed({*change.added, *change.updated} - quiet)
        self.select_new_case(change.added)
        self._toast(toasts)
        self.info.last_change = self.now()
        case_module = sys.modules.get("oncall_tui.tui.screens.case")  # no case view was ever opened without it
        for screen in self.screen_stack if case_module is not None else ():
            if isinstance(screen, case_module.CaseScreen):  # an open case view follows its file
                path = screen.case.path
                if path in change.updated or path in change.added or path in change.removed:
                    screen.update_case(got.get(path))
        self.update_status()

    def _toast(self, lines: list[str]) -> None:
        """A toast line per change; a burst (a git checkout, a storm) gets one summary line every few seconds.

        The lines go to the dashboard's own news widget, not Textual's
        ``notify`` (see :mod:`oncall_tui.tui.widgets.news`).  Showing,
        hiding or growing the box is a layout pass of the whole screen, so a
        storm keeps one running count, rewritten in place.
        """
        if not lines or self.wall:
            # The wall screen shows changes by its freshness line and row flashes: a team-room display
            # changing all day gets no toasts.
            return
        if self._burst is None and len(lines) <= TOAST_LIMIT:
            for line in lines:
                self._say(line)
            return
        if self._burst is None:
            self._burst = [0, lines[0]]
            self.set_timer(BURST_SECONDS, self._end_burst)
        self._burst[0] += len(lines)

    def _end_burst(self) -> None:
        count, first = self._burst or (0, "")
        self._burst = None
        if count:
            more = f" and {count - 1} more" if count > 1 else ""
            self._say(f"{count} changes: {first}{more}", key="burst")

    def _say(self, line: str, *, key: str | None = None) -> None:
        if isinstance(self.main, MainScreen) and self.main.ready:
            try:
                news = self.main.news
            except NoMatches:  # a burst's summary timer firing while the app quits: the screen is going
                return
            news.say(line, key=key)

    @on(FolderPresence)
    def _folder_presence(self, message: FolderPresence) -> None:
        self.info.folder_missing = not message.present
        self.update_status()

    # -- requests from the screens (thin: the lead merges them with wt-shift's / wt-edits') -------------

    @on(OpenCase)
    def _open_case_asked(self, message: OpenCase) -> None:
        case = self.store.get(message.path) or self.main.table.case(message.path)  # (a cold load's row: not yet in the store)
        if case is not None:
            self.open_case(case)

    @on(OpenConflict)
    def _open_conflict_asked(self, message: OpenConflict) -> None:
        case = self.store.get(message.path)
        if case is not None:
            self.open_conflict(case)

    @on(EditRequested)
    def _edit_asked(self, message: EditRequested) -> None:
        if message.kind == "new_case":
            self.ask_new_case()

    @on(StatusStale)
    def _status_stale(self, message: StatusStale) -> None:
        self.update_status()

    # -- status --------------------------------------------------------------------------------

    def flash_status(self, word: str, seconds: float = 2.0) -> None:
        """Show *word* in the status bar for a moment (an edit key pressed in read-only mode)."""
        self.info.flash, self.info.flash_until = word, time.monotonic() + seconds
        self.update_status()

    def _tick(self) -> None:
        self.update_status()
        self.main.tick()
        self.alerts.tick(self.now())

    def update_status(self) -> None:
        """Redraw the status bar (the main screen calls it when it is ready)."""
        main = self.main
        if not main.ready:
            return
        if self.loaded and self._counts_stale:  # not on every tick: 27 ms a second at 10,000 cases
            self._counts_stale = False
            cases = self.store.snapshot()
            self.info.counts = view.open_counts(cases)
            self.info.problems = sum(1 for c in cases if c.problems) + len(self.store.skipped)
        try:
            status = main.status
        except NoMatches:  # the app is shutting down and the screen is being taken apart
            return
        status.show(self.info, self.now())
        for screen in self.screen_stack:
            if screen is not main and screen.is_attached:
                for bar in screen.query(StatusBar):  # the case view has one too
                    bar.show(self.info, self.now())

    # -- actions -----------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in EDIT_ACTIONS and self.read_only:
            return False
        if action in SHIFT_ACTIONS and self.wall:
            return False
        return True

    def palette_cases(self) -> list[Case]:
        return self.store.cases()

    def go_to_case(self, path: str) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.main.go_to_case(path)

    def open_case(self, case: Case) -> None:
        from oncall_tui.tui.screens.case import CaseScreen  # brings Textual's Markdown widget: not before it is needed

        self.case_viewed(case.path)
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

    def action_git_sync(self) -> None:
        """Fetch, integrate and push now (pull only on the wall and read-only), in a worker."""
        self.gitlink.sync_now()

    def open_conflict(self, case: Case) -> None:
        from oncall_tui.tui.screens.conflict import ConflictScreen

        if case.path not in self.gitlink.conflicts:
            who = self.gitlink.team_conflicts.get(case.path)
            if who is not None:
                self.notify(f"{case.id} is in conflict in the clone of {who}: both versions are kept there, "
                            "and the choice is made there.", severity="warning")
            else:
                self.notify(f"{case.id} has no git conflict.", severity="warning")
            return
        self.push_screen(ConflictScreen(self.gitlink, case))

    def action_rescan(self) -> None:
        """Compare the folder with the index now (it also happens every 5 min, and within 30 s of a folder's
        modification time moving: see :mod:`oncall_tui.tui.sync`)."""
        self.sync.rescan_now()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        for command in super().get_system_commands(screen):
            if command.title == "Screenshot":  # Textual's saves into a Downloads folder that may not exist
                yield SystemCommand("Screenshot", "Save an SVG picture of the screen (Pictures, Downloads or "
                                    "the current folder) and say where", self.action_screenshot)
            else:
                yield command
        yield from toggle_commands(self)
        yield from shift_commands(self)

    def search_themes(self) -> None:
        """The palette's theme picker lists the app's themes only, the current one marked."""
        from textual.command import CommandPalette

        from oncall_tui.tui.commands import AppThemes

        self.push_screen(CommandPalette(providers=[AppThemes], placeholder="Search for themes… (Enter: use it · Esc: cancel)"))

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Save an SVG of the screen into *path*, else ~/Pictures or ~/Downloads when they exist, else the
        current folder; the toast names the file (or why it could not be written)."""
        if path is None:
            home = Path.home()
            path = str(next((d for d in (home / "Pictures", home / "Downloads") if d.is_dir()), Path.cwd()))
        try:
            saved = self.save_screenshot(filename, path)
        except OSError as exc:
            self.notify(f"Screenshot not saved in {path}: {exc.strerror or exc}", title="Screenshot",
                        severity="error", markup=False)
            return
        self.notify(f"Screenshot saved: {Path(saved).resolve()}", title="Screenshot", markup=False)
