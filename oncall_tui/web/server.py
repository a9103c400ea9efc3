"""The web server behind ``oncall-tui serve``, built on textual-serve.

Each browser tab that connects gets its own app process, started from an
argv list (no shell) that always holds ``--read-only``; the page, its script,
its style sheets and its font all come from this server, and a
Content-Security-Policy tells the browser to load nothing from anywhere else.

What is kept from textual-serve: its page script (xterm.js and the protocol
to the app), its style sheet and font files, the :class:`~textual_serve.server.Server`
and :class:`~textual_serve.app_service.AppService` classes.  What is changed:
the page template (no third-party font link, no inline script), the routes
(a fixed list of assets, no directory listing, no file downloads), how the
app process starts (``exec`` of an argv, in its own process group) and
stops (quit, then killed after a few seconds), and a guard in front of every
route: the ``Host`` header on loopback (against DNS rebinding), the ``Origin``
of the WebSocket (another site's page may not open a session), the access
token when there is one, and the session limit.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import secrets
import shlex
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

import aiohttp_jinja2
import jinja2
import textual_serve
from aiohttp import WSCloseCode, WSMsgType, web
from textual_serve.server import Server

from oncall_tui.core.text import escape_controls
from oncall_tui.web.session import ReadOnlySession

log = logging.getLogger("oncall-tui.serve")

HERE = Path(__file__).resolve().parent
_TS_STATIC = Path(textual_serve.__file__).resolve().parent / "static"

ASSETS: dict[str, Path] = {
    "/static/js/textual.js": _TS_STATIC / "js" / "textual.js",
    "/static/css/xterm.css": _TS_STATIC / "css" / "xterm.css",
    "/static/fonts/RobotoMono-VariableFont_wght.ttf": _TS_STATIC / "fonts" / "RobotoMono-VariableFont_wght.ttf",
    "/static/oncall/page.css": HERE / "static" / "page.css",
    "/static/oncall/page.js": HERE / "static" / "page.js",
}
"""Every file the page loads, by URL path: nothing else is served (no directory listing)."""

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",  # xterm.js and the page script's bundler add <style> elements
    "font-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",  # the session's WebSocket, to this host and port only
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
])
"""The browser loads and connects to nothing but this server, whatever a query parameter asks."""

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]", "::1")
MAX_MESSAGE = 64 * 1024


def is_loopback(host: str) -> bool:
    """True for an address or name that only this machine can reach."""
    import ipaddress

    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def new_token() -> str:
    return secrets.token_urlsafe(24)


class OncallServer(Server):
    """textual-serve's server with a page that loads only local assets, a guard, and a session limit."""

    def __init__(
        self,
        argv: Sequence[str],
        *,
        cwd: Path,
        host: str = "127.0.0.1",
        port: int = 8080,
        max_sessions: int = 8,
        token: str | None = None,
        title: str = "oncall-tui",
    ) -> None:
        super().__init__(shlex.join(argv), host=host, port=port, title=title,
                         templates_path=HERE / "templates")
        self.argv = list(argv)
        self.cwd = cwd
        self.max_sessions = max_sessions
        self.token = token
        self.sessions: set[ReadOnlySession] = set()
        self._ending: set[asyncio.Future] = set()
        self._stop: asyncio.Event | None = None

    # -- the guard in front of every route ------------------------------------------------------

    def _cookie_name(self, request: web.Request) -> str:
        port = request.url.port or self.port
        return f"oncall_tui_token_{port}"  # cookies do not keep ports apart: a second server has its own

    def _host_allowed(self, request: web.Request) -> bool:
        if self.token is not None:
            return True  # a page reached under another name still needs the token
        host = (request.host or "").lower()
        name = host.rpartition(":")[0] if host.rpartition(":")[2].isdigit() else host
        return is_loopback(name) or name == self.host.lower()

    def _token_given(self, request: web.Request) -> tuple[bool, bool]:
        """(whether the request carries the token, whether it came in the query string)."""
        assert self.token is not None
        query = request.query.get("token")
        if query is not None and hmac.compare_digest(query.encode(), self.token.encode()):
            return True, True
        cookie = request.cookies.get(self._cookie_name(request))
        return cookie is not None and hmac.compare_digest(cookie.encode(), self.token.encode()), False

    @web.middleware
    async def guard(self, request: web.Request, handler) -> web.StreamResponse:
        if not self._host_allowed(request):
            return self._refuse(403, "This server answers only to its own loopback address.")
        from_query = False
        if self.token is not None:
            allowed, from_query = self._token_given(request)
            if not allowed:
                return self._refuse(403, "This oncall-tui server needs its access token: "
                                         "open the URL it printed (…/?token=…).")
        response = await handler(request)
        if not response.prepared:
            response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
            response.headers["X-Content-Type-Options"] = "nosniff"
            response.headers["Referrer-Policy"] = "no-referrer"
            response.headers["Cache-Control"] = "no-store"
            if from_query:
                response.set_cookie(self._cookie_name(request), self.token, httponly=True,
                                    samesite="Strict", path="/")
        return response

    @staticmethod
    def _refuse(status: int, text: str) -> web.Response:
        response = web.Response(status=status, text=text + "\n")
        response.headers["Content-Security-Policy"] = "default-src 'none'"
        response.headers["Cache-Control"] = "no-store"
        return response

    # -- routes -------------------------------------------------------------------------------

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self.guard])
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path), autoescape=True)
        app.add_routes([web.get("/", self.handle_index), web.get("/ws", self.handle_websocket)])
        for url in ASSETS:
            app.router.add_get(url, self.handle_asset)
        app.on_shutdown.append(self.on_shutdown)
        return app

    async def handle_asset(self, request: web.Request) -> web.StreamResponse:
        return web.FileResponse(ASSETS[request.path])

    async def handle_index(self, request: web.Request) -> web.Response:
        try:
            font_size = max(6, min(96, int(request.query.get("fontsize", "16"))))
        except ValueError:
            font_size = 16
        scheme = "wss" if request.secure else "ws"
        context = {
            "title": self.title,
            "font_size": font_size,
            "websocket_url": f"{scheme}://{request.host}/ws",
        }
        return aiohttp_jinja2.render_template("index.html", request, context)

    def _origin_allowed(self, request: web.Request) -> bool:
        origin = request.headers.get("Origin")
        if origin is None:
            return True  # not a browser page (a browser always sends it on a WebSocket)
        return origin.lower() in (f"http://{request.host}".lower(), f"https://{request.host}".lower())

    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:
        if not self._origin_allowed(request):
            return self._refuse(403, "A page from another site may not open a session here.")
        if len(self.sessions) >= self.max_sessions:
            log.warning("session refused: %d sessions open (--max-sessions)", len(self.sessions))
            return self._refuse(503, f"Too many sessions ({self.max_sessions}); close another tab.")
        try:
            width = max(1, min(1000, int(request.query.get("width", "80"))))
            height = max(1, min(1000, int(request.query.get("height", "24"))))
        except ValueError:
            width, height = 80, 24
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=MAX_MESSAGE)
        session = ReadOnlySession(
            self.argv, self.cwd,
            write_bytes=websocket.send_bytes, write_str=websocket.send_str, close=websocket.close,
            download_manager=self.download_manager,
        )
        session.websocket = websocket
        self.sessions.add(session)
        try:
            await websocket.prepare(request)
            await session.start(width, height)
            log.info("session started: pid %s (%d open)", session.pid, len(self.sessions))
            await self._relay(websocket, session)
        except asyncio.CancelledError:
            pass
        finally:
            # aiohttp cancels this handler (again) when the connection drops: the app is stopped by a
            # task of its own that a second cancellation cannot cut short.
            ending = asyncio.ensure_future(self._end_session(session, websocket))
            self._ending.add(ending)
            ending.add_done_callback(self._ending.discard)
            try:
                await asyncio.shield(ending)
            except asyncio.CancelledError:
                pass
        return websocket

    async def _end_session(self, session: ReadOnlySession, websocket: web.WebSocketResponse) -> None:
        try:
            await session.stop()
        finally:
            self.sessions.discard(session)
        log.info("session ended: pid %s (%d open)", session.pid, len(self.sessions))
        process = session._process
        if session.stderr_tail and process is not None and process.returncode:
            text = bytes(session.stderr_tail).decode("utf-8", "replace")
            log.warning("session pid %s exited %s:\n%s", session.pid, process.returncode,
                        "\n".join(escape_controls(line) for line in text.splitlines()))
        if not websocket.closed:
            try:
                await websocket.close()
            except (ConnectionResetError, RuntimeError):
                pass

        return websocket

    async def _relay(self, websocket: web.WebSocketResponse, session: ReadOnlySession) -> None:
        """The browser's keys, size and focus to the app, until the tab goes."""
        async for message in websocket:
            if message.type != WSMsgType.TEXT:
                continue
            try:
                envelope = json.loads(message.data)
            except ValueError:
                continue
            if not isinstance(envelope, list) or not envelope:
                continue
            kind = envelope[0]
            data = envelope[1] if len(envelope) > 1 else None
            if kind == "stdin" and isinstance(data, str):
                await session.send_bytes(data.encode("utf-8"))
            elif kind == "resize" and isinstance(data, dict):
                width, height = data.get("width"), data.get("height")
                if isinstance(width, int) and isinstance(height, int) and 0 < width <= 1000 and 0 < height <= 1000:
                    await session.set_terminal_size(width, height)
            elif kind == "ping" and isinstance(data, str):
                await websocket.send_json(["pong", data[:64]])
            elif kind == "blur":
                await session.blur()
            elif kind == "focus":
                await session.focus()

    async def on_shutdown(self, app: web.Application) -> None:
        """Stop every app and close every socket: the server exits at once, not when the browsers leave."""

        async def end(session: ReadOnlySession) -> None:
            await session.stop()
            websocket = session.websocket
            if websocket is not None and not websocket.closed:
                await websocket.close(code=WSCloseCode.GOING_AWAY, message=b"server stopped")

        await asyncio.gather(*(end(session) for session in list(self.sessions)), *list(self._ending),
                             return_exceptions=True)

    # -- running ------------------------------------------------------------------------------

    def url(self, host: str, port: int) -> str:
        """The URL to open; for a wildcard address (0.0.0.0, ::) under this machine's name, which a TV can use."""
        if host in ("0.0.0.0", "::", ""):
            import socket

            host = socket.gethostname() or host
        shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
        url = f"http://{shown}:{port}/"
        if self.token is not None:
            url += f"?token={self.token}"
        return url

    async def run(self, announce=print) -> None:
        """Serve until SIGINT or SIGTERM; every session's app is stopped on the way out."""
        self._stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(signum, self._stop.set)
            except (NotImplementedError, RuntimeError):
                pass
        runner = web.AppRunner(await self._make_app(), handle_signals=False, access_log=None)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.host, self.port)
            await site.start()
            port = runner.addresses[0][1] if runner.addresses else self.port
            announce(self.url(self.host, port))
            await self._stop.wait()
        finally:
            await runner.cleanup()

    def serve(self, debug: bool = False) -> None:  # textual-serve's entry point, for completeness
        asyncio.run(self.run())


def app_argv(folder: Path, *, wall: bool, cycle: int | None = None, config: Path | None = None,
             theme: str | None = None) -> list[str]:
    """The command each session runs: absolute paths only, ``--read-only`` always, the folder after ``--``."""
    argv = [sys.executable, "-m", "oncall_tui", "--read-only"]
    if wall:
        argv.append("--wall")
    if cycle is not None:
        argv += ["--cycle", str(int(cycle))]
    if config is not None:
        argv += ["--config", str(Path(config).resolve())]
    if theme is not None:
        argv += ["--theme", theme]
    argv += ["--", str(Path(folder).resolve())]
    return argv


def package_root() -> Path:
    """The folder holding the ``oncall_tui`` package that is running: the sessions' working directory.

    ``python -m oncall_tui`` run there imports this very package (a checkout or an install), and
    nothing from whatever folder the server was started in.
    """
    return HERE.parent.parent
