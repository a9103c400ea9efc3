"""One browser tab's session of ``oncall-tui serve``: its own read-only app process, stopped for sure.

The app starts from an argv list (no shell, ``exec``) in its own process
group, dies with the server even when the server is killed outright, and is
asked to quit when its tab goes, then killed after :data:`STOP_SECONDS`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import shlex
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from aiohttp import web
from textual_serve.app_service import AppService

log = logging.getLogger("oncall-tui.serve")

STOP_SECONDS = 3.0
"""How long a session's app gets to quit after its tab closed before its process group is killed."""
STDERR_KEPT = 16 * 1024
"""How much of the app's error output a session keeps (the end of it: a wall runs for days)."""


def _die_with_parent():
    """A ``preexec_fn`` for the app process: SIGTERM when the server dies, even by SIGKILL (Linux only).

    Without it a server killed outright would leave every session's app running with nobody to
    show it to (the web driver does not quit when its input ends).  Everything is looked up here,
    before any fork; the function the child runs only calls prctl and getppid.
    """
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    parent = os.getpid()
    pr_set_pdeathsig = 1

    def die_with_parent() -> None:
        prctl(pr_set_pdeathsig, signal.SIGTERM, 0, 0, 0)
        if os.getppid() != parent:  # the server died before prctl: go now
            os._exit(1)

    return die_with_parent


class ReadOnlySession(AppService):
    """One browser tab's app process: started from an argv list, stopped for sure when the tab goes."""

    def __init__(self, argv: Sequence[str], cwd: Path, **kwargs) -> None:
        super().__init__(shlex.join(argv), **kwargs)
        self.argv = list(argv)
        self.cwd = cwd
        self.stderr_tail = bytearray()
        self.websocket: web.WebSocketResponse | None = None
        self._remote_gone = False

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    async def _open_app_process(self, width: int = 80, height: int = 24):
        environment = self._build_environment(width=width, height=height)
        self._process = process = await asyncio.create_subprocess_exec(
            *self.argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=environment,
            cwd=self.cwd,
            start_new_session=True,  # its own process group: a parse pool's helpers go with it
            preexec_fn=_die_with_parent(),
        )
        self._stdin = process.stdin
        return process

    async def run(self) -> None:
        """Forward the app's screen to the browser until the app's output ends."""
        process = self._process
        assert process is not None and process.stdout is not None and process.stderr is not None
        stdout, stderr = process.stdout, process.stderr

        async def keep_stderr() -> None:
            while data := await stderr.read(4096):
                self.stderr_tail += data
                del self.stderr_tail[:-STDERR_KEPT]  # a wall runs for days: keep only the end

        stderr_task = asyncio.create_task(keep_stderr())
        try:
            for _ in range(50):  # the web driver announces itself before its first packet
                line = await stdout.readline()
                if not line or line == b"__GANGLION__\n":
                    break
            while True:
                kind = await stdout.readexactly(1)
                size = int.from_bytes(await stdout.readexactly(4), "big")
                payload = await stdout.readexactly(size)
                if kind == b"D":
                    await self.on_data(payload)
                elif kind == b"M":
                    await self.on_meta(payload)
                # b"P" (file deliveries) is not used by a read-only view: dropped
        except (asyncio.IncompleteReadError, ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            try:  # the app's last words (why it stopped) are often still in the pipe
                await asyncio.wait_for(asyncio.shield(stderr_task), 1.0)
            except (asyncio.TimeoutError, asyncio.CancelledError, Exception):
                pass
            stderr_task.cancel()
            try:
                await stderr_task
            except (asyncio.CancelledError, Exception):
                pass
        if not self._remote_gone:  # the app ended by itself (q, or it could not start): the page says so
            try:
                await self.remote_close()
            except (ConnectionResetError, RuntimeError):
                pass

    async def on_data(self, payload: bytes) -> None:
        """To the browser; once the tab is gone the output is still read (and dropped) so the app can quit."""
        if self._remote_gone:
            return
        try:
            await self.remote_write_bytes(payload)
        except (ConnectionResetError, RuntimeError):
            self._remote_gone = True

    async def on_meta(self, data: bytes) -> None:
        """Only the app's exit matters here; it asks for nothing else (no URLs opened, no downloads)."""
        try:
            meta = json.loads(data)
        except ValueError:
            return
        if isinstance(meta, dict) and meta.get("type") == "exit" and not self._remote_gone:
            try:
                await self.remote_close()
            except (ConnectionResetError, RuntimeError):
                pass

    async def stop(self, timeout: float = STOP_SECONDS) -> None:
        """Ask the app to quit; kill its process group if it has not ended within *timeout* seconds."""
        process = self._process
        if process is None:
            return
        self._remote_gone = True
        if process.returncode is None:
            await self.send_meta({"type": "quit"})
            try:
                await asyncio.wait_for(process.wait(), timeout)
            except asyncio.TimeoutError:
                log.warning("session pid %s did not quit within %.0f s: killed", process.pid, timeout)
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
                await process.wait()
        task, self._task = self._task, None
        if task is not None:
            try:
                await asyncio.wait_for(task, timeout)
            except (asyncio.TimeoutError, asyncio.CancelledError):
                pass
