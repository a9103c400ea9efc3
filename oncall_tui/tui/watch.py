"""Following the folder: which events matter, and a queue that serialises store updates.

Events are only hints.  The watcher never believes an event type (a vim save
is "deleted" and "added" for the same path in one batch; a rename is a
delete here and an add there); it passes the set of touched paths on, and
the store re-stats and re-reads exactly those from disk.

A watcher on a folder that is deleted and created again hears nothing ever
after, so :func:`watch_folder` notices when the folder's identity changes
or it disappears, tells the app (which rescans) and starts a fresh watcher.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from watchfiles import Change, watch

from oncall_tui.core.folder import is_case_name
from oncall_tui.core.relpath import rel_under

STEP_MS = 25
DEBOUNCE_MS = 150
CHECK_MS = 500


def relevant_paths(root: Path, batch: Iterable[tuple[Change, str]]) -> list[str]:
    """The folder-relative paths of *batch* worth re-reading, each once, in first-seen order.

    Case-named files always count.  Other names count only when they could
    hold cases: a folder that exists now, or something deleted (it may have
    been a folder; the store finds out).  Hidden paths and editor droppings
    never count.
    """
    out: dict[str, None] = {}
    for change, raw in batch:
        text = rel_under(raw, root)
        if not text:
            continue
        rel = PurePosixPath(text)
        if is_case_name(rel):
            out[rel.as_posix()] = None
        elif is_case_name(rel / "x.md"):  # no hidden or dropping part anywhere
            if change == Change.deleted or os.path.isdir(raw):
                out[rel.as_posix()] = None
    return list(out)


def _identity(root: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(root)
    except OSError:
        return None
    if not os.path.isdir(root):
        return None
    return (st.st_dev, st.st_ino)


async def _sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), seconds)
    except asyncio.TimeoutError:
        pass


async def watch_folder(
    root: Path,
    on_paths: Callable[[list[str]], None],
    on_presence: Callable[[bool], None],
    stop: asyncio.Event,
    *,
    on_ready: Callable[[], None] | None = None,
    step_ms: int = STEP_MS,
    debounce_ms: int = DEBOUNCE_MS,
    check_ms: int = CHECK_MS,
) -> None:
    """Report touched case paths until *stop* is set; survive the folder going and coming back.

    ``on_presence(False)`` when the folder vanishes, ``on_presence(True)``
    when it is back (or was replaced by a new folder of the same name).
    ``on_ready()`` each time a watcher is in place: anything that changed
    before that moment was not seen, so the caller rescans then.
    """
    watched = _identity(root)
    while not stop.is_set():
        current = _identity(root)
        if current is None:
            if watched is not None:
                watched = None
                on_presence(False)
            await _sleep_or_stop(stop, check_ms / 1000)
            continue
        if current != watched:
            watched = current
            on_presence(True)
        try:
            await _watch_while(root, watched, on_paths, stop, on_ready, step_ms, debounce_ms, check_ms)
        except (OSError, RuntimeError):
            await _sleep_or_stop(stop, check_ms / 1000)


async def _watch_while(root: Path, watched: tuple[int, int] | None, on_paths: Callable[[list[str]], None],
                       stop: asyncio.Event, on_ready: Callable[[], None] | None, step_ms: int, debounce_ms: int,
                       check_ms: int) -> None:
    """One watcher on *root*, until *stop* is set or the folder is no longer the one *watched*.

    watchfiles' loop runs in a thread of its own for as long as the watcher
    lives.  ``awatch`` sends it to a worker thread again every *check_ms*
    (after each timeout, which tells us to check the folder's identity),
    and that hand-over cost an idle app more than the loop itself: ~0.43 %
    of a core against ~0.28 % (docs/performance.md).  Batches come back
    through a queue; what the loop raises is raised here.
    """
    loop = asyncio.get_running_loop()
    halt = threading.Event()  # *stop*, for the thread
    batches: asyncio.Queue[set[tuple[Change, str]] | Exception | None] = asyncio.Queue()

    def send(item: set[tuple[Change, str]] | Exception | None) -> None:
        try:
            loop.call_soon_threadsafe(batches.put_nowait, item)
        except RuntimeError:  # the loop is closed (the app has quit): nobody is listening
            halt.set()

    def run() -> None:
        try:
            for batch in watch(root, watch_filter=None, step=step_ms, debounce=debounce_ms, rust_timeout=check_ms,
                               yield_on_timeout=True, stop_event=halt, recursive=True,
                               ignore_permission_denied=True, raise_interrupt=False):
                send(batch)
        except Exception as exc:  # to the event loop, which raises it
            send(exc)
        finally:
            send(None)

    threading.Thread(target=run, name="oncall-tui-watch", daemon=True).start()
    stopped = asyncio.ensure_future(stop.wait())
    ready = False
    try:
        while True:
            taken = asyncio.ensure_future(batches.get())
            await asyncio.wait({taken, stopped}, return_when=asyncio.FIRST_COMPLETED)
            if not taken.done():
                taken.cancel()
                return
            item = taken.result()
            if item is None:
                return
            if isinstance(item, Exception):
                raise item
            if not ready:
                ready = True
                if on_ready is not None:
                    on_ready()
            paths = relevant_paths(root, item)
            if paths:
                on_paths(paths)
            if _identity(root) != watched:
                return
    finally:
        halt.set()  # the thread ends within one step
        stopped.cancel()


class ChangeQueue:
    """Paths and rescans waiting for the one worker that applies them to the store.

    Bursts coalesce here: a path touched ten times while the worker is busy
    is re-read once.  :meth:`put` says whether the caller must start a
    worker; :meth:`take` hands out everything pending, or None (and marks
    the queue idle) when nothing is left.  A rescan can ask to be told if it
    found anything (*suspicious*): then the watcher missed it and is
    restarted.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._paths: dict[str, None] = {}
        self._rescan = False
        self._suspicious = False
        self._busy = False

    def put(self, paths: Iterable[str] = (), *, rescan: bool = False, suspicious: bool = False) -> bool:
        with self._lock:
            self._paths.update(dict.fromkeys(paths))
            self._rescan = self._rescan or rescan or suspicious
            self._suspicious = self._suspicious or suspicious
            if self._busy or not (self._paths or self._rescan):
                return False
            self._busy = True
            return True

    def take(self) -> Batch | None:
        with self._lock:
            if not (self._paths or self._rescan):
                self._busy = False
                return None
            batch = Batch(list(self._paths), self._rescan, self._suspicious)
            self._paths.clear()
            self._rescan = self._suspicious = False
            return batch

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._busy


class Batch(NamedTuple):
    """What the store worker does next: re-read *paths*, then rescan if asked."""

    paths: list[str]
    rescan: bool
    suspicious: bool = False
