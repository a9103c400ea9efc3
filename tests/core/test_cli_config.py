"""The command line with settings: `config init|show|path`, --config, --theme, --read-only, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from oncall_tui.cli import main
from oncall_tui.paths import bundled_data_dir


@pytest.fixture
def no_user_config(tmp_path: Path, monkeypatch) -> Path:
    """A home with no settings file, and no ONCALL_TUI_* variables from the machine."""
    import os

    for name in list(os.environ):
        if name.startswith("ONCALL_TUI_"):
            monkeypatch.delenv(name)
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home / "oncall-tui" / "config.toml"


@pytest.fixture
def started(monkeypatch) -> list:
    """The apps the CLI would start: built for real, their run() recorded instead of taking the terminal."""
    from oncall_tui.tui.app import OncallApp

    apps: list = []
    monkeypatch.setattr(OncallApp, "run", lambda self, *a, **k: apps.append(self))
    return apps


def test_config_path_follows_flag_then_environment_then_platform(no_user_config: Path, tmp_path: Path,
                                                                 monkeypatch, capsys) -> None:
    assert main(["config", "path"]) == 0
    assert capsys.readouterr().out.strip() == str(no_user_config)
    monkeypatch.setenv("ONCALL_TUI_CONFIG", str(tmp_path / "env.toml"))
    assert main(["config", "path"]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "env.toml")
    assert main(["config", "path", "--config", str(tmp_path / "flag.toml")]) == 0
    assert capsys.readouterr().out.strip() == str(tmp_path / "flag.toml")


def test_config_init_writes_a_commented_file_once_and_show_names_sources(no_user_config: Path, capsys) -> None:
    assert main(["config", "init"]) == 0
    text = no_user_config.read_text(encoding="utf-8")
    assert text.lstrip().startswith("#") and "theme" in text
    assert main(["config", "init"]) == 2  # never overwritten without --force
    assert "exists" in capsys.readouterr().err
    assert main(["config", "init", "--force"]) == 0
    capsys.readouterr()
    assert main(["config", "show"]) == 0
    shown = capsys.readouterr().out
    assert 'theme = "oncall-dark"' in shown and f"# from: {no_user_config}" in shown


def test_a_bad_settings_file_stops_the_start_with_file_key_and_expectation(no_user_config: Path, tmp_path: Path,
                                                                          started: list, capsys) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('theme = "oncall-light"\nread_only = "sometimes"\n', encoding="utf-8")
    assert main([str(bundled_data_dir()), "--config", str(bad)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "read_only" in err
    unknown = tmp_path / "unknown.toml"
    unknown.write_text("colour = 'red'\n", encoding="utf-8")
    assert main(["--config", str(unknown)]) == 2
    assert "colour" in capsys.readouterr().err
    assert started == []  # the app was never started


def test_folder_theme_and_read_only_reach_the_app(no_user_config: Path, tmp_path: Path, started: list) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    other = tmp_path / "other"
    other.mkdir()
    settings = tmp_path / "settings.toml"
    settings.write_text(f'folder = "{cases}"\ntheme = "oncall-light"\n', encoding="utf-8")

    assert main(["--config", str(settings)]) == 0
    app = started[-1]
    assert app.folder == cases and app.themes.wanted == "oncall-light" and not app.read_only
    assert app.themes.config_file == settings

    assert main([str(other), "--config", str(settings), "--theme", "oncall-high-contrast", "--read-only"]) == 0
    app = started[-1]
    assert app.folder == other and app.themes.wanted == "oncall-high-contrast" and app.read_only
    assert app.storage.read_only


def test_no_folder_anywhere_opens_the_bundled_samples(no_user_config: Path, started: list) -> None:
    assert main([]) == 0
    assert started[-1].folder == bundled_data_dir()


def test_wall_mode_takes_its_cycle_from_settings_or_the_flag(no_user_config: Path, tmp_path: Path,
                                                            started: list) -> None:
    from oncall_tui.tui.screens.wall import WallScreen

    settings = tmp_path / "settings.toml"
    settings.write_text('[wall]\ncycle_seconds = 45\n[user]\nname = "Dana"\n[sla.P1]\nfirst_response = "5m"\nresolution = "2h"\n',
                        encoding="utf-8")
    assert main([str(tmp_path), "--wall", "--config", str(settings)]) == 0
    app = started[-1]
    assert app.wall and app.read_only and app.storage.read_only
    assert isinstance(app.main, WallScreen) and app.main.cycle_seconds == 45
    assert app.user_name == "Dana" and app.sla.P1.resolution.total_seconds() == 7200
    assert main([str(tmp_path), "--wall", "--cycle", "90", "--config", str(settings)]) == 0
    assert started[-1].main.cycle_seconds == 90
    assert main([str(tmp_path), "--config", str(settings)]) == 0
    assert not started[-1].wall and not started[-1].read_only
