"""Hostile settings files: every bad value is a ``path: key: expected …`` message and exit 2, never a traceback.

A case folder's ``.oncall-tui.toml`` is written by anyone with write access to
the folder, so it is input from other people: deep nesting (tomllib recurses
per level), durations past ``timedelta``'s range, numbers past Python's digit
limit, and a property test feeding random TOML-ish settings to the loader.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oncall_tui.core.config import MAX_DURATION_DAYS, ConfigError, config_show, load_settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A clean environment for a subprocess: no ONCALL_TUI_*, HOME and XDG in tmp_path."""
    out = {k: v for k, v in os.environ.items() if not k.startswith("ONCALL_TUI_")}
    out.update(HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "xdg"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    return out


def run_cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "oncall_tui", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=60, stdin=subprocess.DEVNULL)


DEEP = 5000
HOSTILE_TEAM_FILES = {
    "deep array": ("x = " + "[" * DEEP + "1" + "]" * DEEP + "\n", "invalid TOML: expected at most 16 levels"),
    "deep inline table": ("x = " + "{a = " * DEEP + "1" + "}" * DEEP + "\n", "invalid TOML: expected at most 16 levels"),
    "deep dotted key": ("[keys]\n" + ".".join(["a"] * 400) + ' = "x"\n', "keys.a.a.a"),
    "shallow but too deep": ("x = " + "[" * 40 + "1" + "]" * 40 + "\n", "x.0.0.0"),
    "huge duration": ('[sla.P1]\nresolution = "99999999999w"\n',
                      f'sla.P1.resolution: expected a duration like "4h" or "30m" of at most {MAX_DURATION_DAYS}d, '
                      'got "99999999999w"'),
    "duration past the digit limit": ('[sla.P2]\nresolution = "1' + "0" * 5000 + 's"\n',
                                      'sla.P2.resolution: expected a duration like "4h" or "30m" of at most'),
    "integer past the digit limit": ("max_file_bytes = " + "9" * 5000 + "\n", "invalid TOML: expected numbers"),
    "huge integer": ("max_file_bytes = " + "9" * 30 + "\n",
                     "max_file_bytes: expected a whole number from 1024 to 1073741824"),
    "huge cycle": ("[wall]\ncycle_seconds = 99999999999999999999\n", "wall.cycle_seconds: expected a whole number"),
    "float duration": ("[sla.P1]\nresolution = inf\n", "sla.P1.resolution: expected a duration"),
    "date as theme": ("theme = 1979-05-27T07:32:00Z\n", "theme: expected a string"),
}


@pytest.mark.parametrize("command", [["config", "show"], []], ids=["config show", "tui start"])
@pytest.mark.parametrize("name", list(HOSTILE_TEAM_FILES))
def test_hostile_team_file_is_a_message_and_exit_2(name: str, command: list[str], tmp_path: Path,
                                                   env: dict[str, str]) -> None:
    text, expected = HOSTILE_TEAM_FILES[name]
    folder = tmp_path / "cases"
    folder.mkdir()
    team = folder / ".oncall-tui.toml"
    team.write_text(text, encoding="utf-8")
    result = run_cli([*command, str(folder)], env)
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.startswith(f"oncall-tui: {team}: "), result.stderr[:300]
    assert expected in result.stderr, result.stderr[:300]


@pytest.mark.parametrize("text", [HOSTILE_TEAM_FILES["deep array"][0], HOSTILE_TEAM_FILES["huge duration"][0]])
def test_hostile_user_file_is_a_message_and_exit_2(text: str, tmp_path: Path, env: dict[str, str]) -> None:
    user = tmp_path / "mine.toml"
    user.write_text(text, encoding="utf-8")
    result = run_cli(["config", "show", "--config", str(user)], env)
    assert "Traceback" not in result.stderr and result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.startswith(f"oncall-tui: {user}: ")


def test_a_tilde_user_that_does_not_exist_is_a_path_not_a_crash(tmp_path: Path, env: dict[str, str]) -> None:
    user = tmp_path / "mine.toml"
    user.write_text('folder = "~no-such-user-here/cases"\n', encoding="utf-8")
    result = run_cli(["--config", str(user)], env)
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.returncode == 2 and "no such folder" in result.stderr


# -- property test: random settings files never escape as anything but ConfigError -----------------

_KNOWN = ["theme", "read_only", "folder", "max_file_bytes", "wall", "sla", "user", "keys", "cycle_seconds",
          "P1", "P2", "P3", "P4", "first_response", "resolution", "name", "items.all", "edit.toggle_item"]
_keys = st.one_of(st.sampled_from(_KNOWN), st.text(min_size=1, max_size=8))
_durations = st.builds(lambda n, u: f"{n}{u}", st.one_of(st.integers(-5, 10**6), st.integers(10**6, 10**40)),
                       st.sampled_from(["w", "d", "h", "m", "s", "", "x", "h30m"]))
_scalars = st.one_of(
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    _durations,
    st.sampled_from(["~", "~nobody-here/x", "a\x00b", "/", "..", "\u202e", "\x1b]0;x\x07"]),
    st.datetimes(),
    st.dates(),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_keys, inner, max_size=4)),
    max_leaves=20,
)
_tables = st.dictionaries(_keys, _values, max_size=6)


def _toml(table: dict) -> str | None:
    try:
        return tomli_w.dumps(table)
    except (TypeError, ValueError):  # a shape TOML cannot spell (e.g. mixed nesting tomli-w refuses)
        return None


@st.composite
def settings_text(draw) -> str:
    """A TOML-ish settings file: a random table, sometimes deeply nested, sometimes cut or spliced."""
    text = _toml(draw(_tables)) or ""
    shape = draw(st.sampled_from(["plain", "deep", "cut", "splice", "number"]))
    if shape == "deep":
        depth = draw(st.integers(1, 3000))
        opener, closer = draw(st.sampled_from([("[", "]"), ("{a = ", "}"), ("[{a = ", "}]")]))
        text += f"{draw(_keys.filter(str.isidentifier))} = {opener * depth}1{closer * depth}\n"
    elif shape == "cut" and text:
        text = text[: draw(st.integers(0, len(text)))]
    elif shape == "splice":
        text += draw(st.text(alphabet="[]{}=\"'.,#\n abc01", max_size=60))
    elif shape == "number":
        text += f"max_file_bytes = {'9' * draw(st.integers(1, 6000))}\n"
    return text


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.large_base_example])
@given(team=settings_text(), user=settings_text(),
       environ=st.dictionaries(st.sampled_from(["ONCALL_TUI_THEME", "ONCALL_TUI_WALL_CYCLE_SECONDS",
                                                "ONCALL_TUI_SLA_P1_RESOLUTION", "ONCALL_TUI_FOLDER",
                                                "ONCALL_TUI_MAX_FILE_BYTES", "ONCALL_TUI_READ_ONLY"]),
                               st.one_of(_durations, st.text(max_size=12).filter(lambda t: "\x00" not in t)),
                               max_size=3))
def test_random_settings_either_load_or_raise_config_error(team: str, user: str, environ: dict[str, str],
                                                           tmp_path_factory: pytest.TempPathFactory) -> None:
    base = tmp_path_factory.mktemp("fuzz")
    folder = base / "cases"
    folder.mkdir()
    (folder / ".oncall-tui.toml").write_text(team, encoding="utf-8")
    user_file = base / "user.toml"
    user_file.write_text(user, encoding="utf-8")
    try:
        loaded = load_settings(config_path=user_file, folder=folder, overrides={}, environ=environ)
    except ConfigError as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)
        return
    config_show(loaded)  # what loaded must also show
    for priority in ("P1", "P2", "P3", "P4"):
        target = loaded.settings.sla.target(priority)
        assert target.resolution.days <= MAX_DURATION_DAYS


def test_a_settings_message_quoting_control_characters_reaches_stderr_escaped(tmp_path: Path,
                                                                               env: dict[str, str]) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    team = folder / ".oncall-tui.toml"
    team.write_text('"x\\u001b]0;PWNED\\u0007\\u202e" = 1\nread_only = "\\u009b2J"\n', encoding="utf-8")
    result = run_cli(["config", "show", str(folder)], env)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    for raw in ("\x1b", "\x07", "\u202e", "\x9b"):
        assert raw not in result.stderr, result.stderr
    assert "]0;PWNED\\u0007\\u202e" in result.stderr  # json.dumps spells C0 controls in key names, _say the rest
    assert 'read_only: expected true or false, got "\\x9b2J"' in result.stderr


@pytest.mark.parametrize("kind", ["fifo", "directory"])
def test_a_settings_path_that_is_not_a_regular_file_is_a_message(kind: str, tmp_path: Path) -> None:
    """``--config`` naming a FIFO (or a team file swapped for one after the is_file check) never blocks the start."""
    import threading

    path = tmp_path / "settings.toml"
    os.mkfifo(path) if kind == "fifo" else path.mkdir()
    outcome: list[BaseException | None] = []

    def load() -> None:
        try:
            load_settings(config_path=path, folder=None, overrides={}, environ={})
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 (recorded for the assertion)
            outcome.append(exc)

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(30)  # only catches a hang
    assert not worker.is_alive(), "reading the settings blocked"
    assert isinstance(outcome[0], ConfigError) and str(outcome[0]).startswith(f"{path}: cannot read: ")
