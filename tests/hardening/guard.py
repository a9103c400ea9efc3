"""A hang guard for parser tests: a quadratic regex on a 1 MB line runs for hours, a linear one for a blink.

This is not a timing target (those live in ``bench_hostile.py``): the limit
is generous enough for a loaded 2-core machine, and only an input that
makes the parser super-linear can reach it.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from typing import TypeVar

HANG_SECONDS = 15
"""Ten times the ~2 s target, a thousand times less than a quadratic pass over 1 MB."""

T = TypeVar("T")


class Hung(BaseException):
    """Raised by the alarm; a BaseException so that ``except Exception`` in the parser cannot swallow it."""


@contextmanager
def no_hang(what: str, seconds: int = HANG_SECONDS):
    """Fail (instead of hanging the suite) when the block runs longer than *seconds*.

    Uses SIGALRM, which the regex engine and Python code both notice, so a
    runaway match is interrupted rather than waited for.  Main thread only.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def fire(_signum, _frame):
        raise Hung(f"{what}: still running after {seconds} s (a super-linear pass?)")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.alarm(seconds)
    try:
        yield
    except Hung as exc:
        raise AssertionError(str(exc)) from None
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def timed(what: str, func: Callable[[], T], seconds: int = HANG_SECONDS) -> tuple[T, float]:
    """(result, seconds taken) of *func*, under :func:`no_hang`."""
    with no_hang(what, seconds):
        start = time.perf_counter()
        result = func()
        return result, time.perf_counter() - start
