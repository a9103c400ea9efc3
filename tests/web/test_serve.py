"""``oncall-tui serve`` without a browser: the command each session runs, the options, the guard, the sessions.

The HTTP tests run the real server (:class:`OncallServer`) in this process on a
loopback port and talk to it with aiohttp's client; the session tests start
the real app behind it.  The browser tests are in test_browser.py.
"""

from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path

import pytest

from oncall_tui.cli import main
from tests.tui.casefiles import escalation, write
from tests.helpers.web import alive, in_ci

HOSTILE = "team cases; touch pwned $(touch pwned2) `id`"


@pytest.fixture(scope="module")
def web_extra() -> None:
    try:
        import aiohttp  # noqa: F401
        import textual_serve  # noqa: F401
    except ImportError as exc:
        if in_ci():
            pytest.fail(f"the web extra is not installed ({exc}); pip install -e '.[test]' brings it", pytrace=False)
        pytest.skip(f"the web extra is not installed ({exc})")


@pytest.fixture
def cases(tmp_path: Path) -> Path:
    folder = tmp_path / HOSTILE
    write(folder, "CE7001.txt", escalation("CE7001", "Orchard Bay"))
    write(folder, "CE7002.txt", escalation("CE7002", "Lumen Works", status="Resolved"))
    return folder


# -- the command a session runs ------------------------------------------------------------------------


def test_each_session_runs_an_argv_with_read_only_and_the_folder_whole(web_extra, cases: Path) -> None:
    from oncall_tui.web.server import app_argv

    for wall in (True, False):
        argv = app_argv(cases, wall=wall, cycle=30 if wall else None, config=Path("team.toml"))
        assert argv[:4] == [sys.executable, "-m", "oncall_tui", "--read-only"]
        assert ("--wall" in argv) is wall
        assert argv[-2:] == ["--", str(cases.resolve())]  # one element, after "--": never an option, never split
        assert Path(argv[0]).is_absolute() and Path(argv[argv.index("--config") + 1]).is_absolute()
    assert app_argv(Path("-rf"), wall=True)[-1] == str(Path("-rf").resolve())


def test_the_folder_given_by_a_settings_file_cannot_drop_read_only(web_extra, cases: Path, tmp_path: Path) -> None:
    """read_only = false in the folder's team file does not matter: the flag wins over every file."""
    from oncall_tui.core.config import load_settings

    (cases / ".oncall-tui.toml").write_text("read_only = false\n", encoding="utf-8")
    assert load_settings(folder=cases, overrides={"read_only": True}).settings.read_only is True


# -- the options -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("options", "message"), [
    (["--port", "70000"], "--port must be 0-65535"),
    (["--max-sessions", "0"], "--max-sessions must be 1 or more"),
    (["--dashboard", "--cycle", "30"], "--cycle only applies to the wall screen"),
    (["--cycle", "1"], "--cycle"),
])
def test_bad_options_stop_before_serving(web_extra, cases: Path, capsys, options: list[str], message: str) -> None:
    assert main(["serve", str(cases), *options]) == 2
    assert message in capsys.readouterr().err


def test_a_missing_folder_stops_before_serving(web_extra, tmp_path: Path, capsys) -> None:
    assert main(["serve", str(tmp_path / "nowhere")]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_loopback_is_told_apart(web_extra) -> None:
    from oncall_tui.web.server import is_loopback

    assert all(is_loopback(h) for h in ("127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "192.168.1.5", "tv.example", "10.0.0.1"))


def test_listening_beyond_loopback_prints_a_token_and_refuses_requests_without_it(web_extra, cases: Path) -> None:
    """--host 0.0.0.0, for real: the printed URL holds a token; without it 403, with it the page."""
    import http.client
    import subprocess

    from tests.helpers.web import serving

    with serving(cases, "--host", "0.0.0.0") as served:
        match = re.search(r":(\d+)/\?token=([\w-]{20,})$", served.url)
        assert match, served.url
        port, token = int(match.group(1)), match.group(2)
        for path, status in (("/", 403), ("/static/js/textual.js", 403), (f"/?token={token}x", 403),
                             (f"/?token={token}", 200)):
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                body = response.read()
            finally:
                connection.close()
            assert response.status == status, path
            assert token.encode() not in body
        assert served.process.poll() is None
    assert isinstance(served.process, subprocess.Popen) and served.process.returncode is not None


def test_wall_and_dashboard_exclude_each_other(cases: Path, capsys) -> None:
    assert main(["serve", str(cases), "--wall", "--dashboard"]) == 2
    assert "not allowed with" in capsys.readouterr().err


# -- the guard, in front of a real server on loopback -------------------------------------------------


@pytest.fixture
async def client_for(web_extra, cases: Path):
    """Start an OncallServer (real routes and guard) on a loopback port; yields a factory of clients."""
    from aiohttp.test_utils import TestClient, TestServer

    from oncall_tui.web.server import OncallServer, app_argv, package_root

    opened = []

    async def make(**options) -> TestClient:
        server = OncallServer(app_argv(cases, wall=True), cwd=package_root(), port=0, **options)
        client = TestClient(TestServer(await server._make_app(), host="127.0.0.1"))
        await client.start_server()
        client.oncall = server
        opened.append(client)
        return client

    yield make
    for client in opened:
        await client.close()


ASSET = re.compile(r'(?:src|href)="([^"]*)"')


async def test_the_page_loads_only_assets_of_this_server(client_for) -> None:
    client = await client_for()
    page = await client.get("/")
    assert page.status == 200
    html = await page.text()
    assert "fonts.googleapis" not in html and "https://" not in html
    policy = page.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy and "script-src 'self'" in policy
    assets = [url for url in ASSET.findall(html) if not url.startswith("data:")]
    assert assets and all(url.startswith("/static/") for url in assets)
    for url in assets:
        response = await client.get(url)
        assert response.status == 200, url
        await response.read()
    css = await (await client.get("/static/oncall/page.css")).text()
    assert 'url("/static/fonts/RobotoMono-VariableFont_wght.ttf")' in css
    assert (await client.get("/static/")).status == 404  # no directory listing
    assert (await client.get("/static/js/../../server.py")).status in (403, 404)
    assert (await client.get("/download/anything")).status == 404  # no file deliveries


async def test_token_mode_refuses_requests_without_the_token(client_for) -> None:
    client = await client_for(token="s3cret-token")
    refused = await client.get("/")
    assert refused.status == 403 and "s3cret" not in await refused.text()
    assert (await client.get("/?token=wrong")).status == 403
    assert (await client.get("/static/js/textual.js")).status == 403
    assert (await client.get("/ws")).status == 403
    page = await client.get("/?token=s3cret-token")  # the printed URL: the page, and a cookie for the rest
    assert page.status == 200
    cookie = page.cookies[f"oncall_tui_token_{client.port}"]
    assert cookie["httponly"] and cookie["samesite"] == "Strict"
    assert (await client.get("/static/js/textual.js")).status == 200  # the client keeps the cookie


async def test_loopback_without_token_answers_only_to_its_own_names(client_for) -> None:
    """A page elsewhere that renames itself to 127.0.0.1 (DNS rebinding) gets nothing; nor may it open a session."""
    client = await client_for()
    assert (await client.get("/", headers={"Host": "attacker.example:8080"})).status == 403
    assert (await client.get("/", headers={"Host": f"localhost:{client.port}"})).status == 200
    other_site = await client.get("/ws", headers={"Origin": "http://attacker.example"})
    assert other_site.status == 403


async def _session_pid(server, before: set[int]) -> int:
    for _ in range(600):  # only catches a hang
        started = {session.pid for session in server.sessions if session.pid is not None} - before
        if started:
            return started.pop()
        await asyncio.sleep(0.05)
    raise AssertionError("no session started")


async def _first_bytes(ws) -> bytes:
    async for message in ws:
        if isinstance(message.data, bytes) and message.data:
            return message.data
    raise AssertionError("the session closed before drawing anything")


async def test_sessions_are_bounded_and_a_closed_tab_ends_its_app(client_for) -> None:
    client = await client_for(max_sessions=1)
    server = client.oncall
    first = await client.ws_connect("/ws?width=100&height=30")
    pid = await _session_pid(server, set())
    assert alive(pid)
    assert await asyncio.wait_for(_first_bytes(first), 60)  # the real app draws its screen
    second = await client.get("/ws", headers={"Connection": "Upgrade", "Upgrade": "websocket",
                                             "Sec-WebSocket-Version": "13",
                                             "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="})
    assert second.status == 503 and "Too many sessions" in await second.text()
    await first.close()
    for _ in range(300):  # only catches a hang: the app quits or is killed after STOP_SECONDS
        if not alive(pid) and not server.sessions:
            break
        await asyncio.sleep(0.05)
    assert not alive(pid) and not server.sessions
    again = await client.ws_connect("/ws")  # the slot is free again
    await _session_pid(server, {pid})
    await again.close()


async def test_stopping_the_server_ends_its_sessions_while_their_tabs_stay_open(web_extra, cases: Path) -> None:
    """SIGTERM with a browser still connected: every app ends and the server exits, without waiting for the tab."""
    import aiohttp

    from tests.helpers.web import children, serving

    with serving(cases) as served:
        async with aiohttp.ClientSession() as client:
            ws = await client.ws_connect(f"{served.origin}/ws?width=100&height=30")
            assert await asyncio.wait_for(_first_bytes(ws), 60)
            apps = children(served.process.pid)
            assert len(apps) == 1
            served.process.terminate()
            loop = asyncio.get_running_loop()
            # 10 s only catches the hang this guards against (aiohttp waiting for the open socket: 23 s).
            code = await loop.run_in_executor(None, lambda: served.process.wait(timeout=10))
            assert code == 0
            assert not alive(apps[0])
            await ws.close()


def test_a_token_file_keeps_the_token_across_restarts(web_extra, cases: Path, tmp_path: Path) -> None:
    from tests.helpers.web import serving

    token_file = tmp_path / "serve.token"
    urls = []
    for _ in range(2):
        with serving(cases, "--token-file", str(token_file)) as served:
            urls.append(served.url)
    token = token_file.read_text(encoding="ascii").strip()
    assert len(token) >= 16 and all(url.endswith(f"/?token={token}") for url in urls)  # (port 0: ports differ)
    assert token_file.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("content", ["short\n", "a token with spaces in it\n", "é" * 20])
def test_a_bad_token_file_stops_the_start(web_extra, cases: Path, tmp_path: Path, capsys, content: str) -> None:
    token_file = tmp_path / "serve.token"
    token_file.write_text(content, encoding="utf-8")
    assert main(["serve", str(cases), "--token-file", str(token_file)]) == 2
    assert "token file" in capsys.readouterr().err


async def test_a_server_killed_outright_leaves_no_app_behind(web_extra, cases: Path) -> None:
    """SIGKILL gives the server no chance to stop its sessions: each app still goes (PR_SET_PDEATHSIG)."""
    import signal

    import aiohttp

    from tests.helpers.web import children, serving

    if not sys.platform.startswith("linux"):
        pytest.skip("the parent-death signal is Linux's")
    with serving(cases) as served:
        async with aiohttp.ClientSession() as client:
            ws = await client.ws_connect(f"{served.origin}/ws?width=100&height=30")
            assert await asyncio.wait_for(_first_bytes(ws), 60)
            apps = children(served.process.pid)
            assert len(apps) == 1
            served.process.send_signal(signal.SIGKILL)
            served.process.wait(timeout=30)
            for _ in range(200):  # only catches a hang
                if not alive(apps[0]):
                    break
                await asyncio.sleep(0.05)
            assert not alive(apps[0])
            await ws.close()


async def test_an_app_that_cannot_start_ends_the_page_session_and_says_why(client_for, cases: Path, caplog) -> None:
    """A team file that tries to move Quit stops the app at start: the socket closes, the log says why."""
    import logging

    import aiohttp

    (cases / ".oncall-tui.toml").write_text('[keys]\n"app.quit" = "x"\n', encoding="utf-8")
    client = await client_for()
    caplog.set_level(logging.INFO, logger="oncall-tui.serve")
    ws = await client.ws_connect("/ws")
    message = await asyncio.wait_for(ws.receive(), 60)  # only catches a hang: before, nothing ever came
    assert message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.CLOSING)
    for _ in range(200):
        if "app.quit" in caplog.text:
            break
        await asyncio.sleep(0.05)
    assert "exited 2" in caplog.text and "app.quit" in caplog.text
    assert not client.oncall.sessions


def test_a_keymap_the_app_would_refuse_stops_serve_at_start(web_extra, cases: Path, capsys) -> None:
    (cases / ".oncall-tui.toml").write_text('[keys]\n"app.quit" = "x"\n', encoding="utf-8")
    assert main(["serve", str(cases), "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "app.quit" in err and ".oncall-tui.toml" in err
