"""Every setting reaches the app in one object, and ``max_file_bytes`` is applied in the app, export and check."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from oncall_tui.cli import main
from oncall_tui.core.config import load_settings
from oncall_tui.tui.app import OncallApp
from tests.helpers.tui import wait_loaded

SMALL = """# CE7400 Badge reader at Oak Ltd

Customer: Oak Ltd
Priority: P3
Status: Open

## Timeline

- 2026-11-02 08:05 Reader stopped answering
"""
BIG = SMALL.replace("CE7400", "CE7401") + "".join(f"- 2026-11-02 09:{n % 60:02d} Retried reader {n}\n" for n in range(120))
SETTINGS = """theme = "oncall-light"
max_file_bytes = 2048

[user]
name = "Robin"
aliases = ["RB"]

[wall]
cycle_seconds = 45

[sla.P3]
first_response = "2h"
resolution = "2d"

[audit]
timeline = false

[git]
enabled = false
"""
REFUSED = "not read: 4.5 KiB is over the 2 KiB limit"


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, list[OncallApp]]:
    for name in [n for n in os.environ if n.startswith("ONCALL_TUI_") and n != "ONCALL_TUI_CACHE_DIR"]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    apps: list[OncallApp] = []
    monkeypatch.setattr(OncallApp, "run", lambda self, *a, **k: apps.append(self))
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "CE7400.md").write_text(SMALL, encoding="utf-8")
    (folder / "CE7401.md").write_text(BIG, encoding="utf-8")
    assert (folder / "CE7401.md").stat().st_size > 4096
    settings = tmp_path / "settings.toml"
    settings.write_text(SETTINGS, encoding="utf-8")
    return folder, settings, apps


def test_the_command_line_hands_the_app_every_setting(setup) -> None:
    folder, settings, apps = setup
    assert main([str(folder), "--config", str(settings)]) == 0
    app = apps[-1]
    assert app.settings == load_settings(config_path=settings, folder=folder).settings  # one object, nothing dropped
    assert (app.user_name, app.user_aliases, app.edits.audit_timeline) == ("Robin", ("RB",), False)
    assert app.sla.P3.resolution.days == 2 and app.settings.theme == "oncall-light"
    assert app.max_bytes == 2048 and app.store.max_bytes == 2048 and app.storage.max_bytes == 2048
    assert main([str(folder), "--config", str(settings), "--wall", "--cycle", "30"]) == 0
    assert apps[-1].settings.wall.cycle_seconds == 30 and apps[-1].read_only


async def test_max_file_bytes_from_the_settings_file_in_the_app(setup) -> None:
    folder, settings, apps = setup
    assert main([str(folder), "--config", str(settings)]) == 0
    app = apps[-1]
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        assert app.store.get("CE7401.md").problems == [REFUSED]
        assert app.store.get("CE7400.md").problems == []


def test_max_file_bytes_from_the_settings_file_in_export_and_check(setup, capsys: pytest.CaptureFixture[str]) -> None:
    folder, settings, _ = setup
    assert main(["export", str(folder), "--config", str(settings), "--no-cache"]) == 0
    cases = {case["id"]: case for case in json.loads(capsys.readouterr().out)}
    assert cases["CE7401"]["problems"] == [REFUSED] and cases["CE7400"]["problems"] == []
    assert main(["check", str(folder), "--config", str(settings), "--no-cache"]) == 1
    assert f"CE7401.md: {REFUSED}" in capsys.readouterr().out.splitlines()


FIRST_FRAME = """
import asyncio, inspect, sys
from pathlib import Path
from oncall_tui.core.config import load_settings
from oncall_tui.tui.app import OncallApp
at_first_frame = []

class App(OncallApp):
    CSS_PATH = str(Path(inspect.getfile(OncallApp)).parent / OncallApp.CSS_PATH)

    def _start_sync(self):
        at_first_frame.append(sorted(m for m in ("pydantic", "oncall_tui.core.config.model",
                                                 "oncall_tui.core.theme_model") if m in sys.modules))
        super()._start_sync()

async def main():
    loaded = load_settings(config_path=Path(sys.argv[2]), folder=Path(sys.argv[1]), cache=True)
    app = App(Path(sys.argv[1]), loaded, watch=False)
    async with app.run_test() as pilot:
        while not app.loaded:
            await asyncio.sleep(0.01)
        print(at_first_frame, app.settings.user.name, app.theme)

asyncio.run(main())
"""


def test_no_pydantic_before_the_first_frame_when_settings_and_themes_are_unchanged(setup, tmp_path: Path) -> None:
    """The validated settings and theme files are cached: the second start paints its first frame without pydantic."""
    import subprocess
    import sys

    folder, settings, _ = setup
    themes = settings.parent / "themes"
    themes.mkdir()
    (themes / "mine.toml").write_text('name = "mine"\nprimary = "#112233"\n', encoding="utf-8")
    settings.write_text(SETTINGS.replace('theme = "oncall-light"', 'theme = "mine"'), encoding="utf-8")
    env = {**os.environ, "ONCALL_TUI_CACHE_DIR": str(tmp_path / "cache")}

    def start() -> str:
        return subprocess.run([sys.executable, "-c", FIRST_FRAME, str(folder), str(settings)], env=env,
                              capture_output=True, text=True, check=True, timeout=60).stdout.strip()

    cold = start()
    assert "pydantic" in cold and cold.endswith("Robin mine")  # validated once
    assert start() == "[[]] Robin mine"
    settings.write_text(SETTINGS.replace('name = "Robin"', 'name = "Sam"'), encoding="utf-8")
    assert "pydantic" in start()  # a changed file is validated again
    assert start() == "[[]] Sam oncall-light"
