"""The real ``oncall-tui`` command on a real pseudo-terminal: keys in, every byte it writes recorded.

Used by the tests that must see what reaches a terminal (escape sequences from file names), what
happens when the app hands the terminal to an editor, and whether ``q`` ends the process.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Mapping
from pathlib import Path

from tests.helpers.ptys import take_the_terminal

REPO = Path(__file__).resolve().parents[2]

_ESCAPES = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()=>][0-9A-Za-z]?")
"""CSI (cursor moves, colours, modes), OSC (titles, clipboard) and the short character-set sequences."""
_GAP = r"[\s\u2500-\u259f]+"
"""Between two words of a wrapped line: spaces, the line break, and box or block characters (borders)."""

# Textual's own sequences that end in BEL (the mouse pointer shape, OSC 22): not from any file.
TEXTUAL_OSC = re.compile(rb"\x1b\]22;[A-Za-z-]*\x07")


class Terminal:
    """``Terminal(argv, cwd=..., env=...)`` runs *argv* on a pty of *size* (columns, rows)."""

    def __init__(self, argv: list[str], *, cwd: Path, env: Mapping[str, str] | None = None,
                 size: tuple[int, int] = (160, 45)) -> None:
        master, slave = pty.openpty()
        columns, rows = size
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("ONCALL_TUI_")}
        full_env.update(TERM="xterm-256color", COLORTERM="truecolor", PYTHONPATH=str(REPO), LANG="C.UTF-8")
        full_env.update(env or {})
        self.proc = subprocess.Popen(argv, cwd=cwd, stdin=slave, stdout=slave, stderr=slave, env=full_env,
                                     start_new_session=True, preexec_fn=take_the_terminal)
        os.close(slave)
        self.master = master
        self.output = bytearray()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    @classmethod
    def oncall(cls, *args: str, cwd: Path, env: Mapping[str, str] | None = None,
               size: tuple[int, int] = (160, 45)) -> Terminal:
        """The app as a user starts it (``python -m oncall_tui ARGS``)."""
        return cls([sys.executable, "-m", "oncall_tui", *args], cwd=cwd, env=env, size=size)

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self.master, 1 << 16)
            except OSError:
                return
            if not data:
                return
            with self._lock:
                self.output += data
                tail = bytes(self.output[-len(data) - 16:])
            if b"\x1b[?2026$p" in tail:
                self.send(b"\x1b[?2026;2$y")  # "synchronized output supported", as a modern terminal says

    def send(self, data: str | bytes) -> None:
        try:
            os.write(self.master, data.encode() if isinstance(data, str) else data)
        except OSError:
            pass

    def text(self) -> bytes:
        with self._lock:
            return bytes(self.output)

    def mark(self) -> int:
        with self._lock:
            return len(self.output)

    def wait_for(self, needle: bytes | str, timeout: float = 20.0, *, since: int = 0) -> bool:
        """True once *needle* appears in the output (after *since*); False after *timeout* or on exit."""
        wanted = needle.encode() if isinstance(needle, str) else needle
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if wanted in self.text()[since:]:
                return True
            if self.proc.poll() is not None:
                time.sleep(0.2)  # the last bytes
                return wanted in self.text()[since:]
            time.sleep(0.05)
        return False

    def screen_text(self, since: int = 0) -> str:
        """What was written after *since* with the escape sequences taken out (positions and colours)."""
        return _ESCAPES.sub(b"", self.text()[since:]).decode("utf-8", "replace")

    def wait_for_words(self, phrase: str, timeout: float = 20.0, *, since: int = 0) -> bool:
        """True once the words of *phrase* appear in order, across a line a toast or a pane wrapped them onto
        (spaces, line breaks and frame characters between them)."""
        wanted = re.compile(_GAP.join(re.escape(word) for word in phrase.split()))
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if wanted.search(self.screen_text(since)):
                return True
            if self.proc.poll() is not None:
                time.sleep(0.2)  # the last bytes
                return wanted.search(self.screen_text(since)) is not None
            time.sleep(0.05)
        return False

    def settle(self, quiet: float = 0.6, timeout: float = 10.0) -> None:
        """Wait until nothing has been written for *quiet* seconds (the screen has caught up)."""
        end = time.monotonic() + timeout
        last, since = self.mark(), time.monotonic()
        while time.monotonic() < end:
            time.sleep(0.05)
            now = self.mark()
            if now != last:
                last, since = now, time.monotonic()
            elif time.monotonic() - since >= quiet:
                return

    def exited_within(self, timeout: float) -> bool:
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return False
        return True

    def close(self) -> None:
        """End the process (its own session, by its id) if it still runs, and the pty."""
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(10)
        try:
            os.close(self.master)
        except OSError:
            pass
        self._reader.join(5)

    def __enter__(self) -> Terminal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
