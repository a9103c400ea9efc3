"""Thread workers that can never keep the process alive after the app has quit.

Textual runs a thread worker through the event loop's default executor (``run_in_executor(None, ...)``).
Python's own executor makes non-daemon threads, and both ``asyncio.run`` (``shutdown_default_executor``,
without a time limit before Python 3.12) and the interpreter's exit wait for every one of them: a worker
stuck in a read that never returns (a FIFO, a dead network mount) or busy in a long parse kept the
process alive after ``q``, for good.  :class:`DaemonExecutor` starts each call in a daemon thread and
does not wait for them on shutdown.  The command (:func:`oncall_tui.cli.run_app`) still waits a few
seconds for the edits asked for before ``q`` (``EditController.wait_for_edits``), so quitting right after an edit keeps it;
what is left running after that is reading, which may be dropped.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import ParamSpec, TypeVar

_count = itertools.count(1)
P = ParamSpec("P")
T = TypeVar("T")


class DaemonExecutor(ThreadPoolExecutor):
    """One daemon thread per call; ``shutdown`` never waits (asyncio insists on a ThreadPoolExecutor)."""

    def __init__(self) -> None:
        super().__init__(max_workers=1, thread_name_prefix="oncall-daemon")
        self._closed = False

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        if self._closed:
            raise RuntimeError("cannot schedule new futures after shutdown")
        future: Future[T] = Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 (handed to the caller, as an executor does)
                future.set_exception(exc)
            else:
                future.set_result(result)

        threading.Thread(target=run, name=f"oncall-worker-{next(_count)}", daemon=True).start()
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._closed = True  # threads still running are daemons: the process does not wait for them
