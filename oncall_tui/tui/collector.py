"""The cyclic garbage collector while the app runs: frozen after the first load, full passes on a timer.

Everything alive once the folder is read (modules, the index, the widgets) lives as long as the app, so it
is frozen out of the collector's full passes; young objects are collected in bigger, rarer batches, and
full passes come only from a timer that waits while changes pour in.  The figures behind these choices:
docs/performance.md ("The garbage collector").
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

GC_THRESHOLDS = (5000, 20, 1_000_000)
"""The collector's thresholds while the app runs (Python's default is 700, 10, 10)."""
GC_EVERY_SECONDS = 10.0
"""A full collection this often, so garbage never waits for long (skipped while changes pour in)."""
GC_LONGEST_WAIT = 60.0
"""A folder that never stops changing still gets a full collection this often."""
QUIET_SECONDS = 2.0
"""No full pass within this long of a store update."""
IDLE_FACTOR = 6
"""With fewer than :data:`IDLE_YOUNG` young collections since the last full pass, the next full pass waits this
many times :data:`GC_EVERY_SECONDS`: an idle app's pass walks everything made since the load and finds next to
nothing."""
IDLE_YOUNG = 10
"""Young collections (each after :data:`GC_THRESHOLDS`' first figure of new objects) that make an app busy: a
wall's step to the next case makes a few."""

_paused = False


def pause_until_first_frame() -> None:
    """No collection from here to the app's first frame (:meth:`Collector.first_frame`): a start makes
    objects that nearly all live on, and Python's passes over them cost ~10 % of the first frame
    (docs/performance.md, first frame).  The command calls it before it loads the settings and Textual."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """The collector on again, if :func:`pause_until_first_frame` stopped it (a start that went no further)."""
    global _paused
    if _paused:
        _paused = False
        gc.enable()


class Collector:
    """Owns the collector's settings for the app's lifetime; :meth:`restore` puts Python's back."""

    def __init__(self) -> None:
        self._thresholds = gc.get_threshold()
        self._timer: object | None = None
        self.last_change = 0.0
        """Monotonic time of the last store update applied."""
        self.last_full = time.monotonic()
        self._young = _young_collections()

    def first_frame(self) -> None:
        """The first frame is drawn: the collector runs again (if :func:`pause_until_first_frame` stopped it)."""
        resume()

    def loaded(self, set_interval: Callable[..., object]) -> None:
        """The first load is in: freeze what is alive (no full collection first) and start the timer."""
        gc.freeze()
        gc.set_threshold(*GC_THRESHOLDS)
        if self._timer is None:
            self._timer = set_interval(GC_EVERY_SECONDS, self.collect, name="gc")

    def changed(self) -> None:
        self.last_change = time.monotonic()

    def collect(self) -> None:
        """A full pass, unless changes are pouring in (then at most every :data:`GC_LONGEST_WAIT`)."""
        now = time.monotonic()
        if now - self.last_change < QUIET_SECONDS and now - self.last_full < GC_LONGEST_WAIT:
            return
        if _young_collections() - self._young < IDLE_YOUNG and now - self.last_full < GC_EVERY_SECONDS * IDLE_FACTOR:
            return  # idle: little was made since the last pass
        self.last_full = now
        gc.collect()
        self._young = _young_collections()

    def restore(self) -> None:
        resume()
        gc.unfreeze()
        gc.set_threshold(*self._thresholds)


def _young_collections() -> int:
    """How many times the youngest generation was collected so far."""
    return gc.get_stats()[0]["collections"]
