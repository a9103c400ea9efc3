"""Themes and settings in the running app: the chosen theme, a broken or unknown one, the choice saved."""

from __future__ import annotations

from pathlib import Path

from oncall_tui.core.config import config_init, load_settings
from oncall_tui.tui.app import OncallApp
from tests.helpers.tui import frozen_now, screen_text, wait_loaded
from tests.helpers.config_settings import app_settings


def notes(app: OncallApp) -> list[tuple[str, str]]:
    return [(str(n.message), n.severity) for n in app.toasts]


async def test_the_chosen_theme_is_applied(samples: Path) -> None:
    app = OncallApp(samples, app_settings(theme="oncall-light"), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        assert app.theme == "oncall-light"
        assert {"oncall-dark", "oncall-light", "oncall-high-contrast", "oncall-colorblind"} <= set(app.available_themes)


async def test_an_unknown_theme_warns_once_and_falls_back(samples: Path) -> None:
    app = OncallApp(samples, app_settings(theme="no-such-theme"), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        assert app.theme == "oncall-dark"
        warnings = [m for m, severity in notes(app) if "no-such-theme" in m]
        assert len(warnings) == 1


async def test_a_broken_user_theme_is_one_notification_and_the_app_runs(samples: Path, tmp_path: Path) -> None:
    themes = tmp_path / "themes"
    themes.mkdir()
    (themes / "broken.toml").write_text("name = 'broken'\nprimary = [not toml\n", encoding="utf-8")
    (themes / "wrong.toml").write_text("name = 'wrong'\nprimary = 42\n", encoding="utf-8")
    app = OncallApp(samples, app_settings(theme="broken", user_file=tmp_path / "config.toml"), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        assert app.theme == "oncall-dark"
        theme_notes = [m for m, _ in notes(app) if "broken.toml" in m or "wrong.toml" in m]
        assert len(theme_notes) == 1 and "broken.toml" in theme_notes[0] and "wrong.toml" in theme_notes[0]
        assert "Open escalations" in screen_text(app)


async def test_a_theme_picked_in_the_app_is_saved_but_not_in_read_only_mode(samples: Path, tmp_path: Path) -> None:
    config = config_init(tmp_path / "config.toml")
    app = OncallApp(samples, app_settings(theme="oncall-dark", user_file=config), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        app.theme = "oncall-colorblind"  # what the palette's theme picker does
        await pilot.pause()
    assert load_settings(config_path=config, environ={}).settings.theme == "oncall-colorblind"

    before = config.read_bytes()
    app = OncallApp(samples, app_settings(user_file=config), now=frozen_now, watch=False, read_only=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        assert "READ-ONLY" in screen_text(app)  # the badge
        app.theme = "oncall-light"
        await pilot.pause()
    assert config.read_bytes() == before
