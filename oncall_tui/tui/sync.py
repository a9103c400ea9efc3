"""Keeps the store in step with the folder: first load, watcher, change queue, rescans.

Everything that touches the disk runs in thread workers; results travel to
the app as messages (:mod:`oncall_tui.tui.messages`).  One worker at a time
applies queued paths and rescans, so updates reach the store in order and a
burst of events for one file is read once.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable

from textual.app import App

from oncall_tui.core.folder import folder_stamps
from oncall_tui.core.store import CaseStore, Change, LoadCancelled
from oncall_tui.tui.messages import FolderPresence, Loaded, LoadFound, LoadProgress, StoreChanged
from oncall_tui.tui.watch import ChangeQueue, watch_folder

RESCAN_SECONDS = 30.0
"""How often the folders' modification times are compared with the last rescan's: a file added, removed or
renamed behind the watcher's back changes its folder's, and starts a rescan (one stat per folder instead of one
per file: docs/performance.md, idle CPU)."""
FULL_RESCAN_SECONDS = 300.0
"""How often the whole folder is compared file by file anyway (a file rewritten in place changes no folder)."""
PROGRESS_EVERY = 0.05
FOUND_EVERY = 0.5
"""Seconds between two batches of rows shown while a cold first load reads (each batch sorts the table)."""
MIN_UPDATE_GAP = 0.2
"""Seconds between two store updates posted to the app while changes keep coming."""


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


class FolderSync:
    """The app's link to the disk; *watch* False means load once and follow nothing."""

    def __init__(self, app: App, store: CaseStore, *, watch: bool = True) -> None:
        self.app = app
        self.store = store
        self.watching = watch
        self.queue = ChangeQueue()
        self._stop_watch: asyncio.Event | None = None
        self._loaded = False
        self._rescan_after_load = False
        self._last_post = 0.0
        self._folders: dict | None = None  # folder_stamps() taken just before the last full scan
        self._last_full = time.monotonic()

    def start(self) -> None:
        """Start the watcher first (so nothing is missed), then the first load, then the periodic rescan."""
        if self.watching:
            self.start_watcher()
            self.app.set_interval(RESCAN_SECONDS, self._periodic, name="rescan")
        self.app.run_worker(self._load, name="load", group="load", thread=True, exclusive=True, exit_on_error=False)

    def stop(self) -> None:
        """Stop following the folder (the watcher)."""
        if self._stop_watch is not None:
            self._stop_watch.set()

    def close(self) -> None:
        """The app is quitting: stop the watcher and any first load still reading."""
        self.stop()
        self.store.close()

    def load_finished(self) -> None:
        """The app has shown the first load: a watcher that came up meanwhile gets its catch-up rescan now."""
        self._loaded = True
        if self._rescan_after_load:
            self.request((), rescan=True)

    def request(self, paths: Iterable[str], *, rescan: bool = False, suspicious: bool = False) -> None:
        """Queue paths (and/or a rescan) for the store; start the worker if it is idle."""
        if self.queue.put(paths, rescan=rescan, suspicious=suspicious):
            self.app.run_worker(self._drain, name="refresh", group="refresh", thread=True, exit_on_error=False)

    def rescan_now(self) -> None:
        """Compare the folder with the index; if the watcher should have reported what this finds, restart it."""
        self.request((), suspicious=self.watching)

    def _periodic(self) -> None:
        """The timer's safety net for events the watcher lost: a full rescan every few minutes, and between
        them a rescan only when a folder's modification time moved."""
        if time.monotonic() - self._last_full >= FULL_RESCAN_SECONDS:
            self.rescan_now()
        elif self._loaded and not self.queue.busy:
            self.app.run_worker(self._check_folders, name="folder-check", group="folder-check", thread=True,
                                exclusive=True, exit_on_error=False)

    def _check_folders(self) -> None:
        if self._folders is not None and folder_stamps(self.store.root) != self._folders:
            self.app.call_from_thread(self.rescan_now)

    def start_watcher(self) -> None:
        """(Re)start the folder watcher; a previous one is told to stop."""
        self.stop()
        self._stop_watch = stop = asyncio.Event()
        self.app.run_worker(
            watch_folder(self.store.root, self.request, self._presence, stop, on_ready=self._watcher_ready),
            name="watch",
            group="watch",
            exit_on_error=False,
        )

    # -- callbacks and workers ------------------------------------------------------------

    def _watcher_ready(self) -> None:
        """A watcher is in place: catch up with whatever changed before it was (after the first load)."""
        if self._loaded:
            self.request((), rescan=True)
        else:
            self._rescan_after_load = True

    def _presence(self, present: bool) -> None:
        self.app.post_message(FolderPresence(present))
        if not present:
            self.request((), rescan=True)  # every case went with the folder

    def _load(self) -> None:
        last = 0.0
        last_found = 0.0
        fresh: list = []

        def found(cases: list) -> None:
            fresh.extend(cases)

        def progress(done: int, total: int) -> None:
            nonlocal last, last_found
            now = time.monotonic()
            if fresh and done < total and (not last_found or now - last_found >= FOUND_EVERY):
                # The first rows at once, then in batches: a cold start of 10,000 files takes ~18 s.
                last_found = now
                self.app.post_message(LoadFound(fresh[:]))
                fresh.clear()
            if done == total or now - last >= PROGRESS_EVERY:
                last = now
                self.app.post_message(LoadProgress(done, total))

        self._folders = folder_stamps(self.store.root)  # before the scan: a change during it shows later
        try:
            change = self.store.load_all(progress, save_cache=False, freeze_gc=True, found=found)
        except LoadCancelled:
            return  # the app is quitting
        except Exception as exc:  # a folder that cannot be listed must not kill the app
            self.app.post_message(Loaded(Change(), error=f"{type(exc).__name__}: {exc}"))
            return
        self.app.post_message(Loaded(change))
        self.store.save_cache()  # after the cases are on their way to the screen

    def _drain(self) -> None:
        """Apply queued paths and rescans to the store, one batch at a time, until the queue is empty.

        Updates reach the screen at most every :data:`MIN_UPDATE_GAP` seconds: in a burst the next
        batch gathers meanwhile (per file, so nothing is lost) and the loop paints in between.
        """
        while True:
            wait = self._last_post + MIN_UPDATE_GAP - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            batch = self.queue.take()
            if batch is None:
                break
            paths, rescan, suspicious = batch
            changes = []
            if paths:
                changes.append(self._safely(lambda: self.store.refresh(paths)))
            if rescan:
                found = self._safely(self._rescan)
                changes.append(found)
                if suspicious and found and self.watching:
                    self.app.call_from_thread(self.start_watcher)  # it missed something: it may be deaf
            change = merge_changes(c for c in changes if c is not None)
            if change:
                self._last_post = time.monotonic()
                self.app.post_message(StoreChanged(change, rescan=rescan))

    def _rescan(self) -> Change:
        self._folders = folder_stamps(self.store.root)
        self._last_full = time.monotonic()
        if not self.store.root.is_dir():  # the folder is gone, and with it every case
            return self.store.refresh([case.path for case in self.store.cases()])
        return self.store.rescan()

    def _safely(self, update: Callable[[], Change]) -> Change | None:
        try:
            return update()
        except Exception as exc:  # one bad update must not stop the worker
            self.app.call_from_thread(self.app.notify, f"Could not update: {exc}", severity="error", markup=False)
            return None
