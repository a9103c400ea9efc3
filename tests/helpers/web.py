"""The web tests' helpers: the server as a subprocess, /proc look-ups, the page's text, the browser check.

Chromium is the system package at /usr/bin/chromium.  Without it (or without
Playwright's Python package) the browser tests are skipped on a developer's
machine, but FAIL under CI=true with what to install, so CI never passes by
skipping them.
"""

from __future__ import annotations

import ipaddress
import os
import queue
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.helpers.repo import REPO_ROOT

CHROMIUM = Path(os.environ.get("ONCALL_TUI_TEST_CHROMIUM", "/usr/bin/chromium"))
"""The system package's browser (the variable exists so a test can point it at nothing)."""
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
START_SECONDS = 60.0
"""Only catches a hang: a server that has not printed its URL by then is broken."""


def loopback(address) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return str(host) == "localhost"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


def _missing(what: str) -> None:
    if in_ci():
        pytest.fail(f"{what}: the browser tests cannot run, and CI must not pass without them "
                    "(.ci/run installs Chromium with 'apt-get install -y chromium' when it is missing, "
                    "and Playwright comes with pip install -e '.[test]')", pytrace=False)
    pytest.skip(f"{what} (set CI=true to make this a failure)")


def require_browser(chromium: Path) -> Path:
    """*chromium*, once it, Playwright and textual-serve are there; else a skip, or a failure under CI."""
    if not (chromium.is_file() and os.access(chromium, os.X_OK)):
        _missing(f"no Chromium at {chromium} (Debian: apt-get install -y chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _missing("Playwright's Python package is not installed (pip install playwright)")
    try:
        import textual_serve  # noqa: F401
    except ImportError:
        _missing("textual-serve is not installed (pip install -e '.[web]')")
    return chromium


# -- the server as a subprocess ------------------------------------------------------------------


@dataclass
class Served:
    process: subprocess.Popen
    url: str
    lines: list[str] = field(default_factory=list)

    @property
    def origin(self) -> str:
        match = re.match(r"(https?://[^/]+)/", self.url)
        assert match, self.url
        return match.group(1)

    @property
    def port(self) -> int:
        return int(self.origin.rpartition(":")[2])

    def sessions(self) -> list[int]:
        """The pids of the app processes the server runs now (its children running ``-m oncall_tui``)."""
        return [pid for pid in children(self.process.pid) if "oncall_tui" in cmdline(pid)[1:3]]


def cmdline(pid: int) -> list[str]:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return []
    return [part.decode("utf-8", "surrogateescape") for part in raw.split(b"\0") if part]


def children(pid: int) -> list[int]:
    """Live (not zombie) direct children of *pid*, from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rpartition(")")[2].split()
        if len(fields) > 1 and int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


def wait_for(predicate, seconds: float, what: str, interval: float = 0.1):
    """Poll *predicate* until it returns something truthy; fail with *what* after *seconds*."""
    deadline = time.monotonic() + seconds
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"{what} (waited {seconds:.0f} s)")
        time.sleep(interval)


@contextmanager
def serving(folder: Path, *options: str, stderr_path: Path | None = None) -> Iterator[Served]:
    """``oncall-tui serve FOLDER --port 0 OPTIONS`` from the checkout; stopped (and checked) afterwards."""
    command = [sys.executable, "-m", "oncall_tui", "serve", str(folder), "--port", "0", *options]
    err = open(stderr_path, "wb") if stderr_path is not None else subprocess.DEVNULL
    process = subprocess.Popen(command, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=err,
                               stdin=subprocess.DEVNULL, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    try:
        seen: list[str] = []
        try:
            while not seen or "http://" not in seen[-1]:
                seen.append(lines.get(timeout=START_SECONDS))
        except queue.Empty:
            pytest.fail(f"oncall-tui serve printed no URL within {START_SECONDS:.0f} s: {seen!r}")
        url = seen[-1].split("oncall-tui serve: ", 1)[1].strip()
        yield Served(process, url, seen)
    finally:
        sessions = children(process.pid)
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if err is not subprocess.DEVNULL:
            err.close()
        for pid in sessions:  # the server stops its sessions on the way out: none is left behind
            wait_for(lambda pid=pid: not alive(pid), 10, f"app process {pid} outlived the server")


# -- reading the page ------------------------------------------------------------------------------


def screen_text(page) -> str:
    """The terminal's text, row by row, from xterm.js's accessibility tree (the page turns it on)."""
    tree = page.locator(".xterm-accessibility-tree")
    if not tree.count():
        return ""
    try:
        return tree.inner_text(timeout=2000)
    except Exception:  # noqa: BLE001 (redrawn between count and read)
        return ""


OPEN_COUNT = re.compile(r"(\d+) open: P1")


def open_count(page) -> int | None:
    """The status bar's open-case total as the page shows it (``8 open: P1 3 P2 2 …``)."""
    match = OPEN_COUNT.search(screen_text(page))
    return int(match.group(1)) if match else None
