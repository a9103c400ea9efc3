"""Measuring the event loop while the app runs: how late a 10 ms sleeper wakes, and how often the table redraws."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable

from textual import events


class LoopMonitor:
    """A task that sleeps *interval* in a loop and records how late each wake-up is.

    Lateness is time the loop spent on something else: a stall a key press
    or a repaint would have waited through too.
    """

    def __init__(self, interval: float = 0.01) -> None:
        self.interval = interval
        self.lateness: list[float] = []
        self._task: asyncio.Task | None = None
        self._stop = False

    def start(self) -> LoopMonitor:
        self._task = asyncio.get_running_loop().create_task(self._run())
        return self

    async def _run(self) -> None:
        while not self._stop:
            before = time.perf_counter()
            await asyncio.sleep(self.interval)
            self.lateness.append(time.perf_counter() - before - self.interval)

    async def stop(self) -> None:
        self._stop = True
        if self._task is not None:
            await self._task

    @property
    def max_stall(self) -> float:
        return max(self.lateness, default=0.0)

    def percentile(self, q: float) -> float:
        if not self.lateness:
            return 0.0
        ordered = sorted(self.lateness)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    def summary(self) -> str:
        return (f"{len(self.lateness)} wake-ups, max stall {self.max_stall * 1000:.1f} ms, "
                f"p99 {self.percentile(0.99) * 1000:.1f} ms, p50 {self.percentile(0.5) * 1000:.1f} ms")


class RedrawCounter:
    """Counts repaints of one widget per wall-clock second by wrapping its ``render_lines``.

    ``render_lines`` runs once per compositor update that includes the
    widget, so this counts what reaches the screen, not what was asked for.
    """

    def __init__(self, widget) -> None:
        self.widget = widget
        self.seconds: Counter[int] = Counter()
        self._start = time.monotonic()
        original = widget.render_lines

        def counted(crop):
            self.seconds[int(time.monotonic() - self._start)] += 1
            return original(crop)

        widget.render_lines = counted
        self._original = original

    def reset(self) -> None:
        self.seconds.clear()
        self._start = time.monotonic()

    def close(self) -> None:
        self.widget.render_lines = self._original

    @property
    def max_per_second(self) -> int:
        return max(self.seconds.values(), default=0)

    @property
    def mean_per_second(self) -> float:
        if not self.seconds:
            return 0.0
        span = max(self.seconds) + 1
        return sum(self.seconds.values()) / span


async def key_latency(app, key: str, done: Callable[[], bool], timeout: float = 30.0) -> float:
    """Seconds from a key reaching the app (as the terminal driver delivers it) until *done* holds.

    ``Pilot.press`` also waits for the whole process to go idle, which under
    a storm (a worker parsing all the time) takes up to two seconds and says
    nothing about how fast the key itself was handled.
    """
    event = events.Key(key, key if len(key) == 1 else None)
    event.set_sender(app)
    start = time.perf_counter()
    app._driver.send_message(event)
    while not done():
        if time.perf_counter() - start > timeout:
            raise AssertionError(f"key {key!r} not handled within {timeout}s")
        await asyncio.sleep(0.002)
    return time.perf_counter() - start
