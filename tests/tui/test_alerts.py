"""Alerts through the terminal: a new P1 and an SLA breach ring the bell and send an OSC 9 notification,
once per case per event, none for the cases there at start, none on the wall unless asked; nothing from a
file reaches the escape sequence but plain text.  The driver's output is captured under Pilot."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from oncall_tui.core.config import AlertSettings
from oncall_tui.tui.app import OncallApp
from tests.tui.casefiles import escalation, write
from tests.helpers.tui import wait_for, wait_loaded
from tests.helpers.config_settings import app_settings

TIMEOUT = 30.0  # only catches a hang
START = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)
OSC = re.compile(r"\x1b\](9|777);(.*?)\x07", re.DOTALL)


def capture(app: OncallApp) -> list[str]:
    """Everything the app writes to its terminal from now on."""
    written: list[str] = []
    driver = app._driver
    real = driver.write
    driver.write = lambda data: (written.append(data), real(data))[1]
    return written


def alert_output(written: list[str]) -> str:
    return "".join(chunk for chunk in written if "\a" in chunk)


def payloads(text: str) -> list[tuple[str, str]]:
    return OSC.findall(text)


def folder(tmp_path: Path) -> Path:
    write(tmp_path, "CE1001.md", escalation("CE1001", "Acme Rockets", priority="Critical"))  # an old P1, breached
    write(tmp_path, "CE1002.md", escalation("CE1002", "Borealis Air", priority="Medium"))
    return tmp_path


async def test_a_new_p1_and_its_breach_each_alert_once_with_plain_text_only(tmp_path: Path) -> None:
    clock = {"now": START}
    app = OncallApp(folder(tmp_path), now=lambda: clock["now"], watch=True)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_loaded(pilot)
        await pilot.pause(0.3)  # the watcher is in place
        written = capture(app)
        app._tick()
        assert alert_output(written) == ""  # the P1 breached before start: no alert
        hostile_title = "CE1003 \x1b]0;pwned\x07\x1b[2J - outage \u202efdp.exe\x9b"
        write(tmp_path, "CE1003.md", escalation("CE1003", "Cobalt\x07 Bank", priority="Critical",
                                                created="2026-11-24 11:50 UTC", title=hostile_title))
        await wait_for(pilot, lambda: app.store.get("CE1003.md") is not None, TIMEOUT)
        await wait_for(pilot, lambda: "\a" in alert_output(written), TIMEOUT)
        out = alert_output(written)
        assert out.count("\a") == 1 + len(payloads(out))  # one bell, each OSC ended by its BEL
        found = payloads(out)
        assert len(found) == 1 and found[0][0] == "9", found  # OSC 9 by default, not 777
        message = found[0][1]
        assert message.startswith("New P1: CE1003: Cobalt Bank · CE1003 ]0;pwned[2J - outage fdp.exe"), message
        assert not re.search(r"[\x00-\x1f\x7f-\x9f\u202e]", message), message
        # Outside the OSC frames, nothing but the bell: no ESC from the file began a sequence of its own.
        assert OSC.sub("", out) == "\a", repr(out)

        # The file changes again: no second "new P1".
        before = len(written)
        path = tmp_path / "CE1003.md"
        path.write_text(path.read_text() + "\nMore notes.\n")
        await wait_for(pilot, lambda: app.store.get("CE1003.md").source.size == path.stat().st_size, TIMEOUT)
        await pilot.pause(0.2)
        assert alert_output(written[before:]) == ""

        # The clock runs out (4 h from 11:50, the case being answered): one breach alert, then no more.
        clock["now"] = START + timedelta(hours=3, minutes=51)
        app._tick()
        out = alert_output(written[before:])
        found = payloads(out)
        assert len(found) == 1 and found[0][1].startswith("SLA breached: CE1003 (P1): "), found
        clock["now"] = START + timedelta(hours=5)
        app._tick()
        app._tick()
        assert payloads(alert_output(written[before:])) == found


async def test_osc_777_when_asked_and_the_wall_is_quiet_by_default(tmp_path: Path) -> None:
    base = folder(tmp_path)
    settings = AlertSettings(via=["osc777"], events=["new_p1"])
    app = OncallApp(base, app_settings(alerts=settings), now=lambda: START, watch=True)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_loaded(pilot)
        await pilot.pause(0.3)  # the watcher is in place
        written = capture(app)
        write(tmp_path, "CE1004.md", escalation("CE1004", "Dune; Corp", priority="Critical", title="A; B"))
        await wait_for(pilot, lambda: app.store.get("CE1004.md") is not None, TIMEOUT)
        await wait_for(pilot, lambda: "\x1b]777" in "".join(written), TIMEOUT)
        found = payloads("".join(written))
        assert found == [("777", "notify;New P1: CE1004;Dune, Corp · A, B")], found  # no bell, ';' kept out

    wall = OncallApp(base, app_settings(wall__cycle_seconds=3600), now=lambda: START, watch=False, wall=True)
    assert not wall.alerts.active
    assert OncallApp(base, app_settings(alerts=AlertSettings(wall=True)), now=lambda: START, watch=False, wall=True).alerts.active
    assert not OncallApp(base, app_settings(alerts=AlertSettings(enabled=False)), now=lambda: START, watch=False).alerts.active


@pytest.mark.slow
def test_on_a_real_terminal_the_bell_and_osc_9_reach_the_pty(tmp_path: Path) -> None:
    """The Pilot tests above capture the driver; this is the bytes the terminal itself gets."""
    from tests.tui.terminal import Terminal

    cases = folder(tmp_path / "cases")
    home = tmp_path / "home"
    with Terminal.oncall(".", cwd=cases, env={"HOME": str(home), "XDG_CONFIG_HOME": str(home / "cfg"),
                                              "ONCALL_TUI_CONFIG": ""}) as term:
        assert term.wait_for("CE1002", 30), term.text()[-2000:]
        term.settle(quiet=1.0)
        mark = term.mark()
        created = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        write(cases, "CE1005.md", escalation("CE1005", "Evil\x1b]0;T\x07 Corp", priority="Critical",
                                             created=created))
        assert term.wait_for(b"\x1b]9;New P1: CE1005: Evil]0;T Corp", 20, since=mark), term.text()[mark:][-3000:]
        assert term.text()[mark:].count(b"\x1b]9;") == 1
        term.send("q")
        assert term.exited_within(15)
