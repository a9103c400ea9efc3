"""Programs run on a pseudo-terminal by the tests and benchmarks."""

from __future__ import annotations

import fcntl
import termios


def take_the_terminal() -> None:
    """``preexec_fn`` for a child started with ``start_new_session=True`` on a pty's slave as its stdin: the
    pty becomes its controlling terminal, as a terminal window's is, so the child gets SIGHUP when the pty
    goes away.  Without it, a test or benchmark killed mid-way leaves the program running on a dead pty, where
    Textual's input thread spins on the end of its input (seen: 84 % of a core for 27 minutes)."""
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)
