"""The app reads numeric dates with the ``[parse] day_first`` setting, from the command line to the screen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from oncall_tui.cli import main
from oncall_tui.tui.app import OncallApp
from tests.helpers.tui import frozen_now, screen_text, wait_for, wait_loaded
from tests.helpers.config_settings import app_settings

CASE = """# CE7300 Label printer offline at Ash Co

Customer: Ash Co
Priority: P2
Status: Open
Created: 02/11/2026

## Timeline

- 02/11/2026 08:05 Printers stopped answering
- 03/11/2026 16:30 Firmware rolled back

## Action items

- [ ] Pin the firmware version (owner: Jo)
"""


@pytest.mark.parametrize(("setting", "shown", "not_shown"), [
    (True, ("2026-11-02 08:05", "2026-11-03 16:30"), "2026-02-11"),
    (False, ("2026-02-11 08:05", "2026-03-11 16:30"), "2026-11-02"),
])
async def test_the_timeline_shows_the_settings_reading(tmp_path: Path, setting, shown, not_shown) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "CE7300.md").write_text(CASE, encoding="utf-8")
    app = OncallApp(folder, app_settings(parse__day_first=setting), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: all(t in screen_text(app) for t in shown))
        text = screen_text(app)
        assert all(t in text for t in shown) and not_shown not in text
        assert app.store.get("CE7300.md").opened_at == shown[0][:10]


def test_the_settings_file_gives_the_app_its_setting(tmp_path: Path, monkeypatch) -> None:
    for name in [n for n in os.environ if n.startswith("ONCALL_TUI_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    apps: list = []
    monkeypatch.setattr(OncallApp, "run", lambda self, *a, **k: apps.append(self))
    folder = tmp_path / "cases"
    folder.mkdir()
    settings = tmp_path / "settings.toml"
    settings.write_text("[parse]\nday_first = true\n", encoding="utf-8")
    assert main([str(folder), "--config", str(settings)]) == 0
    assert apps[-1].day_first is True and apps[-1].store.day_first is True
    assert apps[-1].store.cache.day_first is True
    assert main([str(folder)]) == 0
    assert apps[-1].day_first == "auto"
