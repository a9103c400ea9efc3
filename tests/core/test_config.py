"""Settings: layers, precedence, paths, every kind of bad input, init, show and save_theme."""

from __future__ import annotations

import os
import tomllib
from datetime import timedelta
import sys
from pathlib import Path

import pytest

from oncall_tui.core import config
from oncall_tui.core.config import (
    ENV_NAMES,
    INIT_MARKER,
    ConfigError,
    Settings,
    Source,
    config_init,
    config_path,
    config_show,
    default_config_dir,
    format_duration,
    load_settings,
    parse_duration,
    save_theme,
)


@pytest.fixture(autouse=True)
def clean_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No ONCALL_TUI_* from the developer's shell; HOME and XDG point into tmp_path."""
    for name in list(os.environ):
        if name.startswith("ONCALL_TUI_"):
            monkeypatch.delenv(name)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return home


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    """The default user file location under the test's XDG_CONFIG_HOME."""
    path = tmp_path / "xdg" / "oncall-tui" / "config.toml"
    path.parent.mkdir(parents=True)
    return path


@pytest.fixture
def cases(tmp_path: Path) -> Path:
    folder = tmp_path / "cases"
    folder.mkdir()
    return folder


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def error_of(**kwargs) -> str:
    with pytest.raises(ConfigError) as info:
        load_settings(**{"config_path": None, "folder": None, "overrides": {}, **kwargs})
    return str(info.value)


# -- defaults and single layers -------------------------------------------------------------


def test_defaults_when_no_file_exists(user_file: Path) -> None:
    loaded = load_settings(config_path=None, folder=None, overrides={})
    s = loaded.settings
    assert s == Settings()
    assert (s.folder, s.theme, s.read_only, s.wall.cycle_seconds, s.user.name, s.keys) == (
        None, "oncall-dark", False, 20, None, {})
    assert s.max_file_bytes == 2 * 1024 * 1024
    assert (s.sla.P1.first_response, s.sla.P1.resolution) == (timedelta(minutes=15), timedelta(hours=4))
    assert (s.sla.P2.first_response, s.sla.P2.resolution) == (timedelta(hours=1), timedelta(days=1))
    assert (s.sla.P3.first_response, s.sla.P3.resolution) == (timedelta(hours=4), timedelta(days=3))
    assert (s.sla.P4.first_response, s.sla.P4.resolution) == (timedelta(days=1), timedelta(days=7))
    assert loaded.user_file == user_file
    assert loaded.folder_file is None
    assert loaded.themes_dir == user_file.parent / "themes"
    assert set(loaded.sources.values()) == {Source("default")}
    assert "sla.P3.resolution" in loaded.sources and "user.name" in loaded.sources


def test_user_file_values_and_sources(user_file: Path, tmp_path: Path) -> None:
    write(user_file, 'theme = "oncall-light"\nread_only = true\nfolder = "../../cases"\n'
                     '[wall]\ncycle_seconds = 45\n[sla.P1]\nresolution = "2h"\n'
                     '[user]\nname = "Maria"\n[keys]\nitems.all = "A"\n"cases.sort" = "S,ctrl+s"\n')
    loaded = load_settings(config_path=None, folder=None, overrides={})
    s = loaded.settings
    assert s.theme == "oncall-light" and s.read_only is True and s.wall.cycle_seconds == 45
    assert s.sla.P1 == config.SlaTarget(first_response=timedelta(minutes=15), resolution=timedelta(hours=2))
    assert s.user.name == "Maria"
    assert s.keys == {"items.all": "A", "cases.sort": "S,ctrl+s"}
    # a relative folder is relative to the file that names it
    assert s.folder == tmp_path / "cases"
    where = Source("user", str(user_file))
    assert loaded.source("theme") == where and loaded.source("keys.items.all") == where
    assert loaded.source("sla.P1.resolution") == where
    assert loaded.source("sla.P1.first_response") == Source("default")


def test_folder_file_gives_team_defaults(user_file: Path, cases: Path) -> None:
    team = write(cases / ".oncall-tui.toml", '[sla.P1]\nfirst_response = "10m"\n[sla.P2]\nresolution = "12h"\n')
    loaded = load_settings(config_path=None, folder=cases, overrides={})
    assert loaded.folder_file == team
    assert loaded.settings.sla.P1.first_response == timedelta(minutes=10)
    assert loaded.settings.sla.P2.resolution == timedelta(hours=12)
    assert loaded.source("sla.P2.resolution") == Source("folder", str(team))
    assert loaded.source("folder") == Source("flag", "FOLDER")


def test_folder_named_in_the_user_file_brings_its_team_file(user_file: Path, cases: Path) -> None:
    write(cases / ".oncall-tui.toml", 'theme = "team-theme"\n[wall]\ncycle_seconds = 60\n')
    write(user_file, f'folder = "{cases.as_posix()}"\n')
    loaded = load_settings(config_path=None, folder=None, overrides={})
    assert loaded.settings.folder == cases
    assert loaded.settings.theme == "team-theme" and loaded.settings.wall.cycle_seconds == 60


def test_layers_merge_key_by_key(user_file: Path, cases: Path) -> None:
    write(cases / ".oncall-tui.toml", '[sla.P1]\nfirst_response = "5m"\n[keys]\n"items.all" = "x"\n')
    write(user_file, '[sla.P1]\nresolution = "1h"\n[wall]\n[keys]\n"cases.sort" = "y"\n')
    s = load_settings(config_path=None, folder=cases, overrides={}).settings
    assert (s.sla.P1.first_response, s.sla.P1.resolution) == (timedelta(minutes=5), timedelta(hours=1))
    assert s.keys == {"items.all": "x", "cases.sort": "y"}


# -- precedence -------------------------------------------------------------------------------

LAYERS = ["folder", "user", "env", "flag"]


@pytest.mark.parametrize("present", [LAYERS[:n] for n in range(1, 5)] + [["folder", "env"], ["user", "flag"], ["folder", "flag"]])
def test_each_layer_beats_the_ones_below(present: list[str], user_file: Path, cases: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    if "folder" in present:
        write(cases / ".oncall-tui.toml", 'theme = "from-folder"\n[wall]\ncycle_seconds = 11\n')
    if "user" in present:
        write(user_file, 'theme = "from-user"\n[wall]\ncycle_seconds = 12\n')
    if "env" in present:
        monkeypatch.setenv("ONCALL_TUI_THEME", "from-env")
        monkeypatch.setenv("ONCALL_TUI_WALL_CYCLE_SECONDS", "13")
    overrides = {"theme": "from-flag", "wall.cycle_seconds": 14} if "flag" in present else {"theme": None}
    loaded = load_settings(config_path=None, folder=cases, overrides=overrides)
    top = present[-1]
    assert loaded.settings.theme == f"from-{top}"
    assert loaded.settings.wall.cycle_seconds == 11 + LAYERS.index(top)
    assert loaded.source("theme").kind == top
    assert loaded.source("wall.cycle_seconds").kind == top


def test_env_values_are_typed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ONCALL_TUI_READ_ONLY", "yes")
    monkeypatch.setenv("ONCALL_TUI_SLA_P4_RESOLUTION", "2w")
    monkeypatch.setenv("ONCALL_TUI_MAX_FILE_BYTES", "4096")
    monkeypatch.setenv("ONCALL_TUI_FOLDER", str(tmp_path))
    monkeypatch.setenv("ONCALL_TUI_USER_NAME", "")  # empty means unset
    loaded = load_settings(config_path=None, folder=None, overrides={})
    s = loaded.settings
    assert s.read_only is True and s.max_file_bytes == 4096 and s.folder == tmp_path
    assert s.sla.P4.resolution == timedelta(days=14)
    assert s.user.name is None
    assert loaded.source("read_only") == Source("env", "ONCALL_TUI_READ_ONLY")


def test_every_scalar_setting_has_an_environment_variable() -> None:
    leaves = set(config._leaves(Settings().model_dump(mode="json")))
    assert {".".join(p) for p in leaves} == set(ENV_NAMES.values())
    assert ENV_NAMES["ONCALL_TUI_SLA_P1_FIRST_RESPONSE"] == "sla.P1.first_response"
    assert config.CONFIG_ENV not in ENV_NAMES


# -- where the user file is ------------------------------------------------------------------


def test_config_flag_beats_env_beats_platform_default(tmp_path: Path, user_file: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    write(user_file, 'theme = "xdg"\n')
    env_file = write(tmp_path / "env.toml", 'theme = "env"\n')
    flag_file = write(tmp_path / "flag.toml", 'theme = "flag"\n')
    assert config_path() == user_file
    assert load_settings(config_path=None, folder=None, overrides={}).settings.theme == "xdg"
    monkeypatch.setenv("ONCALL_TUI_CONFIG", str(env_file))
    assert config_path() == env_file
    assert load_settings(config_path=None, folder=None, overrides={}).settings.theme == "env"
    assert config_path(flag_file) == flag_file
    loaded = load_settings(config_path=flag_file, folder=None, overrides={})
    assert loaded.settings.theme == "flag" and loaded.user_file == flag_file
    assert loaded.themes_dir == tmp_path / "themes"


@pytest.mark.parametrize("kind, xdg, own", [("config", "XDG_CONFIG_HOME", None),
                                             ("cache", "XDG_CACHE_HOME", "ONCALL_TUI_CACHE_DIR"),
                                             ("state", "XDG_STATE_HOME", "ONCALL_TUI_STATE_DIR")])
def test_platform_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, xdg: str, own: str | None) -> None:
    """Config, cache and state folders: ONCALL_TUI_*_DIR, else an absolute XDG_*_HOME, else platformdirs' answer."""
    import platformdirs
    from oncall_tui.core.cache import default_cache_dir
    from oncall_tui.core.changes import default_state_dir
    from oncall_tui.paths import user_dir

    home = tmp_path / "h"
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "ONCALL_TUI_CACHE_DIR", "ONCALL_TUI_STATE_DIR"):
        monkeypatch.delenv(name, raising=False)
    public = {"config": default_config_dir, "cache": default_cache_dir, "state": default_state_dir}[kind]
    dirs = platformdirs.PlatformDirs("oncall-tui", appauthor=False, roaming=True)
    answer = Path(getattr(dirs, f"user_{kind}_dir"))
    assert user_dir(kind) == public() == answer  # nothing set: the platform's convention
    assert answer.is_relative_to(home)
    if sys.platform.startswith("linux"):
        assert answer == home / {"config": ".config", "cache": ".cache", "state": ".local/state"}[kind] / "oncall-tui"
    monkeypatch.setenv(xdg, "rel")  # a relative XDG_*_HOME is invalid by the spec and ignored
    assert user_dir(kind) == public() == answer
    monkeypatch.setenv(xdg, str(tmp_path / "x"))
    assert user_dir(kind) == public() == tmp_path / "x" / "oncall-tui"
    assert user_dir(kind, environ={xdg: str(tmp_path / "y")}) == tmp_path / "y" / "oncall-tui"  # an explicit one
    if own is not None:
        monkeypatch.setenv(own, str(tmp_path / "own"))
        assert user_dir(kind) == public() == tmp_path / "own"


def test_platform_conventions_through_platformdirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a macOS laptop gets when nothing is set (platformdirs' own class, checked here on any platform)."""
    from platformdirs.macos import MacOS

    monkeypatch.setenv("HOME", str(tmp_path / "h"))
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    mac = MacOS("oncall-tui", appauthor=False, roaming=True)
    assert Path(mac.user_config_dir) == tmp_path / "h" / "Library" / "Application Support" / "oncall-tui"
    assert Path(mac.user_cache_dir) == tmp_path / "h" / "Library" / "Caches" / "oncall-tui"


def test_named_config_file_must_exist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "nope.toml"
    assert error_of(config_path=missing) == f"{missing}: no such file (given by --config)"
    monkeypatch.setenv("ONCALL_TUI_CONFIG", str(missing))
    assert error_of() == f"{missing}: no such file (given by ONCALL_TUI_CONFIG)"


def test_files_under_home_are_shown_with_a_tilde(clean_env: Path) -> None:
    bad = write(clean_env / ".config" / "oncall-tui" / "config.toml", '[sla.P1]\nresolution = "soon"\n')
    assert error_of(config_path=bad) == (
        '~/.config/oncall-tui/config.toml: sla.P1.resolution: expected a duration like "4h" or "30m", got "soon"')


# -- bad input, one message each ----------------------------------------------------------------

BAD = [
    ('bogus = 1', "bogus: unknown key (expected one of: folder, theme, read_only, wall, git, sla, user, parse, "
                  "alerts, audit, keys, max_file_bytes)"),
    ('[sla.P5]\nresolution = "1h"', "sla.P5: unknown key (expected one of: P1, P2, P3, P4, about_to_breach)"),
    ('[wall]\ncycle = 5', "wall.cycle: unknown key (expected one of: cycle_seconds)"),
    ('theme = 5', "theme: expected a string, got 5"),
    ('theme = ""', 'theme: expected a non-empty string, got ""'),
    ('read_only = "yes"', 'read_only: expected true or false, got "yes"'),
    ('[wall]\ncycle_seconds = 2', "wall.cycle_seconds: expected a whole number from 5 to 3600, got 2"),
    ('[wall]\ncycle_seconds = 20.5', "wall.cycle_seconds: expected a whole number, got 20.5"),
    ('[wall]\ncycle_seconds = true', "wall.cycle_seconds: expected a whole number, got true"),
    ('wall = 5', "wall: expected a table, got 5"),
    ('folder = 5', "folder: expected a folder path as a string, got 5"),
    ('[sla.P1]\nresolution = "soon"', 'sla.P1.resolution: expected a duration like "4h" or "30m", got "soon"'),
    ('[sla.P2]\nfirst_response = 30', 'sla.P2.first_response: expected a duration like "4h" or "30m", got 30'),
    ('[sla.P3]\nresolution = "0h"', 'sla.P3.resolution: expected a duration like "4h" or "30m" longer than zero, got "0h"'),
    ('[sla.P1]\nfirst_response = "5h"', "sla.P1: expected first_response (5h) to be no longer than resolution (4h)"),
    ('[keys]\n"items all" = "a"', 'keys."items all": expected a binding id like "items.all", got "items all"'),
    ('[keys]\n"items.all" = "a b"',
     'keys."items.all": expected keys like "a" or "ctrl+x,f2" (comma-separated, no spaces), got "a b"'),
    ('[keys]\n"items.all" = 1', 'keys."items.all": expected a string, got 1'),
    ('max_file_bytes = 10', "max_file_bytes: expected a whole number from 1024 to 1073741824, got 10"),
    ('[user]\nname = ["a"]', "user.name: expected a string, got an array"),
    ('[parse]\nday_first = "yes"', 'parse.day_first: expected "auto", true or false, got "yes"'),
    ('[parse]\nday_first = 0', 'parse.day_first: expected "auto", true or false, got 0'),
    ('[parse]\ndayfirst = true', "parse.dayfirst: unknown key (expected one of: day_first)"),
]


@pytest.mark.parametrize("text,message", BAD, ids=[b[0] for b in BAD])
def test_bad_user_file_is_refused_with_file_key_and_expectation(text: str, message: str, user_file: Path) -> None:
    write(user_file, text + "\n")
    assert error_of() == f"{user_file}: {message}"


def test_every_problem_is_listed(user_file: Path) -> None:
    write(user_file, 'theme = 1\nread_only = "no"\n')
    with pytest.raises(ConfigError) as info:
        load_settings(config_path=None, folder=None, overrides={})
    assert info.value.problems == [f"{user_file}: theme: expected a string, got 1",
                                   f'{user_file}: read_only: expected true or false, got "no"']


@pytest.mark.parametrize("text,where", [
    ('theme = "a"\nread_only = tru\n', "line 2, column 13: invalid TOML: invalid value"),
    ('theme = "a" b\n', "line 1, column 13: invalid TOML: expected newline or end of document after a statement"),
    ('[wall]\ncycle_seconds = 20\n[wall]\n', "line 3, column 6: invalid TOML: cannot declare [wall] twice"),
    ('[sla.P1]\n[sla.P1]\n', "line 2, column 8: invalid TOML: cannot declare [sla.P1] twice"),
    ('theme = "abc', "line 1, column 13: invalid TOML: unterminated string"),
])
def test_toml_syntax_error_names_file_line_and_column(text: str, where: str, user_file: Path) -> None:
    write(user_file, text)
    assert error_of() == f"{user_file}: {where}"


def test_undecodable_and_unreadable_files(user_file: Path) -> None:
    user_file.write_bytes(b'theme = "\xff"\n')
    assert error_of() == f"{user_file}: not UTF-8 text (byte 9)"
    user_file.unlink()
    user_file.mkdir()
    assert error_of(config_path=user_file).startswith(f"{user_file}: cannot read: ")


def test_folder_file_may_not_set_folder(cases: Path, user_file: Path) -> None:
    team = write(cases / ".oncall-tui.toml", 'folder = "/elsewhere"\n')
    assert error_of(folder=cases) == (f"{team}: folder: not allowed in a case folder's team file "
                                      "(set it in your own file or on the command line)")


def test_error_in_folder_file_names_the_folder_file(cases: Path, user_file: Path) -> None:
    write(user_file, 'theme = "fine"\n')
    team = write(cases / ".oncall-tui.toml", '[sla.P1]\nresolution = "later"\n')
    assert error_of(folder=cases) == f'{team}: sla.P1.resolution: expected a duration like "4h" or "30m", got "later"'


def test_sla_order_error_blames_the_layer_that_broke_it(cases: Path, user_file: Path) -> None:
    write(cases / ".oncall-tui.toml", '[sla.P1]\nfirst_response = "1h"\n')
    write(user_file, '[sla.P1]\nresolution = "30m"\n')
    assert error_of(folder=cases) == f"{user_file}: sla.P1: expected first_response (1h) to be no longer than resolution (30m)"


def test_bad_env_and_flag_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONCALL_TUI_READ_ONLY", "maybe")
    assert error_of() == 'environment ONCALL_TUI_READ_ONLY: expected true or false, got "maybe"'
    monkeypatch.delenv("ONCALL_TUI_READ_ONLY")
    monkeypatch.setenv("ONCALL_TUI_WALL_CYCLE_SECONDS", "ten")
    assert error_of() == 'environment ONCALL_TUI_WALL_CYCLE_SECONDS: expected a whole number, got "ten"'
    monkeypatch.setenv("ONCALL_TUI_WALL_CYCLE_SECONDS", "9999")
    assert error_of() == "environment ONCALL_TUI_WALL_CYCLE_SECONDS: wall.cycle_seconds: expected a whole number from 5 to 3600, got 9999"
    monkeypatch.delenv("ONCALL_TUI_WALL_CYCLE_SECONDS")
    monkeypatch.setenv("ONCALL_TUI_THEM", "x")
    assert error_of().startswith("environment ONCALL_TUI_THEM: unknown setting (known: ONCALL_TUI_CONFIG, ONCALL_TUI_CACHE_DIR, ONCALL_TUI_FOLDER,")
    monkeypatch.delenv("ONCALL_TUI_THEM")
    monkeypatch.setenv("ONCALL_TUI_CACHE_DIR", "/tmp/elsewhere")  # the parse cache's folder, not a setting
    monkeypatch.setenv("ONCALL_TUI_STATE_DIR", "/tmp/marks")  # the seen marks' folder, not a setting either
    monkeypatch.setenv("ONCALL_TUI_PURE", "1")  # a build's switch (setup.py), left set in a shell
    load_settings(config_path=None, folder=None, overrides={})
    assert error_of(overrides={"wall.cycle_seconds": 1}) == (
        "command line --cycle: wall.cycle_seconds: expected a whole number from 5 to 3600, got 1")


# -- durations ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("15m", timedelta(minutes=15)), ("4h", timedelta(hours=4)), ("3d", timedelta(days=3)),
    ("1h30m", timedelta(minutes=90)), ("2w", timedelta(days=14)), (" 45S ", timedelta(seconds=45)),
    ("1d12h", timedelta(hours=36)),
])
def test_durations(text: str, expected: timedelta) -> None:
    assert parse_duration(text) == expected
    assert parse_duration(format_duration(expected)) == expected


@pytest.mark.parametrize("text", ["", "soon", "4", "h", "30m1h", "1.5h", "-1h", "0m", "1h 30m", "4hours"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)


def test_duration_spelling() -> None:
    assert [format_duration(timedelta(seconds=s)) for s in (900, 5400, 86400 * 7, 93784)] == ["15m", "1h30m", "7d", "1d2h3m4s"]


# -- config init, show, save_theme -------------------------------------------------------------


def test_config_init_round_trip(user_file: Path) -> None:
    assert config_init(user_file) == user_file
    text = user_file.read_text(encoding="utf-8")
    assert text.startswith(INIT_MARKER)
    assert '# folder = "~/cases"' in text and "[sla.P4]" in text and 'resolution = "7d"' in text
    loaded = load_settings(config_path=None, folder=None, overrides={})
    assert loaded.settings == Settings()
    assert loaded.source("sla.P2.first_response") == Source("user", str(user_file))
    assert loaded.source("folder") == Source("default")


def test_config_init_refuses_to_overwrite_unless_forced(tmp_path: Path) -> None:
    path = write(tmp_path / "deep" / "er" / "c.toml", 'theme = "mine"\n')
    with pytest.raises(ConfigError, match="already exists"):
        config_init(path)
    assert path.read_text() == 'theme = "mine"\n'
    config_init(path, force=True)
    assert path.read_text().startswith(INIT_MARKER)
    fresh = config_init(tmp_path / "new" / "dir" / "config.toml")
    assert fresh.is_file() and not list(fresh.parent.glob("*.tmp"))


def test_config_show_says_where_each_value_came_from(user_file: Path, cases: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    team = write(cases / ".oncall-tui.toml", '[sla.P2]\nresolution = "12h"\n')
    write(user_file, 'theme = "oncall-light"\n[keys]\n"items.all" = "A"\n')
    monkeypatch.setenv("ONCALL_TUI_USER_NAME", 'Ann "Q" O\'Neil')
    loaded = load_settings(config_path=None, folder=cases, overrides={"wall.cycle_seconds": 30, "read_only": True})
    shown = config_show(loaded)
    lines = shown.splitlines()
    assert f'theme = "oncall-light"  # from: {user_file}' in lines
    assert f'resolution = "12h"  # from: {team}' in lines
    assert 'first_response = "15m"  # from: default' in lines
    assert "cycle_seconds = 30  # from: command line --cycle" in lines
    assert "read_only = true  # from: command line --read-only" in lines
    assert f'folder = "{cases.as_posix()}"  # from: command line FOLDER' in lines
    assert 'name = "Ann \\"Q\\" O\'Neil"  # from: environment ONCALL_TUI_USER_NAME' in lines
    assert f'"items.all" = "A"  # from: {user_file}' in lines
    # every value line names its source, and the whole output is a valid settings file
    assert all("# from: " in line for line in lines if " = " in line and not line.startswith("#"))
    assert Settings.model_validate(tomllib.loads(shown)) == loaded.settings


def test_config_show_with_nothing_set(user_file: Path) -> None:
    shown = config_show(load_settings(config_path=None, folder=None, overrides={}))
    assert "# folder is not set  # from: default" in shown
    assert f"# user file: {user_file} (not found)" in shown
    assert Settings.model_validate(tomllib.loads(shown)) == Settings()


def test_save_theme_patches_the_line_and_keeps_everything_else(user_file: Path) -> None:
    original = ('# my settings\ntheme = "oncall-dark"   # picked by hand\nread_only = true\n\n'
                '[sla.P1]\n# team agreed\nresolution = "2h"\n[keys]\n"items.all" = "A"\n')
    write(user_file, original)
    save_theme(user_file, "oncall-light")
    assert user_file.read_text() == original.replace('"oncall-dark"', '"oncall-light"')
    assert load_settings(config_path=None, folder=None, overrides={}).settings.theme == "oncall-light"


def test_save_theme_adds_a_top_level_line_when_there_is_none(user_file: Path) -> None:
    write(user_file, '# header\n[wall]\ncycle_seconds = 30\n')
    save_theme(user_file, "oncall-colorblind")
    data = tomllib.loads(user_file.read_text())
    assert data == {"theme": "oncall-colorblind", "wall": {"cycle_seconds": 30}}
    assert user_file.read_text().startswith("# header\n")
    write(user_file, "read_only = true\n")
    save_theme(user_file, "x")
    assert tomllib.loads(user_file.read_text()) == {"read_only": True, "theme": "x"}


def test_save_theme_on_a_config_init_file_keeps_its_comments(user_file: Path) -> None:
    config_init(user_file)
    before = user_file.read_text()
    save_theme(user_file, 'quote"d')
    after = user_file.read_text()
    assert after == before.replace('theme = "oncall-dark"', 'theme = "quote\\"d"')
    assert tomllib.loads(after)["theme"] == 'quote"d'


def test_save_theme_falls_back_to_a_rewrite_and_restores_the_init_header(user_file: Path) -> None:
    write(user_file, INIT_MARKER + '\ntheme = """multi\nline"""\nread_only = true\n[wall]\ncycle_seconds = 9\n')
    save_theme(user_file, "oncall-light")
    text = user_file.read_text()
    assert text.startswith(INIT_MARKER)
    assert tomllib.loads(text) == {"theme": "oncall-light", "read_only": True, "wall": {"cycle_seconds": 9}}


def test_save_theme_creates_a_missing_file_and_keeps_symlinks(tmp_path: Path) -> None:
    path = tmp_path / "new" / "config.toml"
    save_theme(path, "oncall-light")
    assert tomllib.loads(path.read_text()) == {"theme": "oncall-light"}
    real = write(tmp_path / "dotfiles" / "config.toml", 'theme = "a"\nread_only = true\n')
    link = tmp_path / "link.toml"
    link.symlink_to(real)
    save_theme(link, "b")
    assert link.is_symlink()
    assert tomllib.loads(real.read_text()) == {"theme": "b", "read_only": True}


def test_save_theme_refuses_a_broken_file_and_leaves_it_alone(user_file: Path) -> None:
    write(user_file, "theme = \n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        save_theme(user_file, "x")
    assert user_file.read_text() == "theme = \n"
    assert not list(user_file.parent.glob("*.tmp"))


def test_the_validated_settings_cache_never_hides_a_wrong_value(user_file: Path, cases: Path) -> None:
    """A start with the same layers reuses the validated settings; any change is validated (and refused) again."""
    from oncall_tui.core.config import validated

    write(user_file, 'theme = "oncall-light"\n[sla.P2]\nfirst_response = "2h"\nresolution = "2d"\n')
    assert load_settings(config_path=None, folder=cases, overrides={}) and validated.entries() == {}  # not asked to
    first = load_settings(config_path=None, folder=cases, overrides={}, cache=True)
    assert len(validated.entries()) == 1
    again = load_settings(config_path=None, folder=cases, overrides={}, cache=True)
    assert again == first and again.settings.sla.P2.resolution == timedelta(days=2)
    assert len(validated.entries()) == 1  # the same entry served it
    write(user_file, 'theme = "oncall-light"\n[sla.P2]\nfirst_response = "3d"\nresolution = "2d"\n')
    assert error_of(folder=cases, cache=True) == (f"{user_file}: sla.P2: expected first_response (3d) to be no "
                                                  "longer than resolution (2d)")
    assert error_of(folder=cases, overrides={"wall.cycle_seconds": 1}, cache=True).startswith("command line --cycle: ")


def test_the_values_mirror_the_model_field_for_field() -> None:
    """A setting added to the pydantic model (config/model.py) but not to the values (config/values.py) would be
    dropped between validation and the app: both have the same sections, keys and defaults."""
    import dataclasses

    from oncall_tui.core.config import model, values

    for name, cls in values._CLASSES.items():
        pydantic_model = getattr(model, name)
        assert list(pydantic_model.model_fields) == [f.name for f in dataclasses.fields(cls)], name
    assert values.Settings().model_dump(mode="json") == model.Settings().model_dump(mode="json")
    assert values.Settings.model_validate({}) == values.Settings()
