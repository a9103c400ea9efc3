"""Key remaps from the settings: a team file cannot make looking write, and no remap takes Quit's key
(issue 20 item 11, issue 16 item 6).

A case folder's ``.oncall-tui.toml`` is written by anyone who can write to the folder.  It may not put an
edit on a navigation key nor move Quit, Help or Escape; a remap from any file that takes a key another
binding holds (``"items.all" = "q"`` takes q from Quit) is a clash named with both bindings; an unknown
binding id stops the start with the list of valid ids.  The command refuses to start (exit 2, one
``file: [keys] ...`` line per problem); an app made another way drops the remap and says so.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from oncall_tui.core.config import FOLDER_FILE_NAME, load_settings
from oncall_tui.tui.app import OncallApp
from oncall_tui.tui.keys import KEYS, keymap_problems
from tests.tui.casefiles import escalation, write
from tests.helpers.tui import frozen_now, wait_for, wait_loaded
from tests.tui.terminal import REPO
from tests.helpers.config_settings import app_settings

HOSTILE_TEAM_KEYS = '[keys]\n"edit.toggle_item" = "j,down"\n'


def case_folder(tmp_path: Path, team: str | None = None) -> Path:
    folder = tmp_path / "cases"
    write(folder, "CE1001.md", escalation("CE1001", "Acme Rockets", item="Call the customer"))
    write(folder, "CE1002.md", escalation("CE1002", "Zephyr Air", item="Send the report"))
    if team is not None:
        write(folder, FOLDER_FILE_NAME, team)
    return folder


def run_cli(tmp_path: Path, *args: str, user: str | None = None) -> subprocess.CompletedProcess:
    """The real command, with a user settings file of its own (so the machine's does not count)."""
    user_file = tmp_path / "user.toml"
    user_file.write_text(user or "")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"), "PYTHONPATH": str(REPO), "TERM": "dumb",
           "ONCALL_TUI_CONFIG": str(user_file)}
    return subprocess.run([sys.executable, "-m", "oncall_tui", *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)


def test_a_team_file_putting_an_edit_on_j_and_down_stops_the_start(tmp_path: Path) -> None:
    folder = case_folder(tmp_path, HOSTILE_TEAM_KEYS)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    done = run_cli(tmp_path, str(folder))
    assert done.returncode == 2, done
    team_file = str(folder / FOLDER_FILE_NAME)
    lines = done.stderr.strip().splitlines()
    assert lines and all(line.startswith(f'oncall-tui: {team_file}: [keys] "edit.toggle_item" = "j,down": ')
                         for line in lines), done.stderr
    assert "may not put the edit edit.toggle_item (Done/open" in done.stderr
    assert "navigation keys j, down" in done.stderr
    assert "clashes with nav.down (Down" in done.stderr  # both bindings named
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


@pytest.mark.parametrize(("team", "named"), [
    ('[keys]\n"app.quit" = "x"\n', "may not move app.quit (Quit"),
    ('[keys]\n"case.back" = "b"\n', "may not move case.back (Back"),
    ('[keys]\n"edit.status" = "enter"\n', "navigation key enter"),
    ('[keys]\n"edit.add_event" = "l"\n', "navigation key l"),
    ('[keys]\n"items.all" = "escape"\n', "may not bind escape (the keys of Quit, Help and Escape)"),
])
def test_a_team_file_may_not_move_quit_help_escape_nor_put_edits_on_navigation(tmp_path: Path, team: str,
                                                                               named: str) -> None:
    done = run_cli(tmp_path, str(case_folder(tmp_path, team)))
    assert done.returncode == 2 and named in done.stderr, done


def test_a_remap_taking_q_from_quit_is_a_clash_in_any_file(tmp_path: Path) -> None:
    folder = case_folder(tmp_path)
    done = run_cli(tmp_path, str(folder), user='[keys]\n"items.all" = "q"\n')
    assert done.returncode == 2, done
    assert f'{tmp_path / "user.toml"}: [keys] "items.all" = "q": q clashes with app.quit (Quit' in done.stderr
    done = run_cli(tmp_path, str(case_folder(tmp_path / "t", '[keys]\n"timeline.merge" = "q"\n')))
    assert done.returncode == 2 and '"timeline.merge" = "q": q clashes with app.quit (Quit' in done.stderr, done


def test_an_unknown_binding_id_stops_the_start_with_the_valid_ids(tmp_path: Path) -> None:
    done = run_cli(tmp_path, str(case_folder(tmp_path)), user='[keys]\n"items.al" = "x"\n')
    assert done.returncode == 2, done
    assert '"items.al" = "x": unknown binding id (valid ids: app.quit, app.help,' in done.stderr
    assert all(spec.id in done.stderr for spec in KEYS if not spec.builtin)


def test_the_users_own_remaps_still_work_and_moving_quit_itself_is_allowed() -> None:
    assert keymap_problems({"cases.toggle_open": "O", "app.quit": "ctrl+q", "items.all": "q"}) == {}
    assert keymap_problems({"edit.toggle_item": "x"}, team={"edit.toggle_item"}) == {}
    assert keymap_problems({"app.quit": "q", "filter.done": "enter"}) == {}  # a key kept where it was
    # The user's own file may not put an edit on j either: it would take j from nav.down.
    assert "edit.toggle_item" in keymap_problems({"edit.toggle_item": "j"})


async def test_an_app_given_the_team_remap_drops_it_and_j_down_write_nothing(tmp_path: Path) -> None:
    folder = case_folder(tmp_path, HOSTILE_TEAM_KEYS)
    user_file = tmp_path / "user.toml"
    user_file.write_text("")
    loaded = load_settings(config_path=user_file, folder=folder, environ={})
    assert loaded.settings.keys == {"edit.toggle_item": "j,down"}  # the file is read as it is...
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    app = OncallApp(folder, app_settings(keys=dict(loaded.settings.keys), sources=loaded.sources), now=frozen_now,
                    watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: any("Key remaps not used" in n.message for n in app.toasts))
        note = next(n.message for n in app.toasts if "Key remaps not used" in n.message)
        assert str(folder / FOLDER_FILE_NAME) in note and "nav.down" in note
        await pilot.press("3", "a")  # the items pane, all open items of open cases: one in each file
        items = app.main.items
        await wait_for(pilot, lambda: items.selected_item() is not None)
        for key in ("j", "down", "j", "down", "k", "up"):
            before_key = items.selected_item()
            await pilot.press(key)
            await pilot.pause(0.1)
            assert items.selected_item() != before_key, key  # it moves (two items: to the other one)
        await pilot.pause(0.5)
        assert not any(w.name.startswith("edit") for w in app.workers)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_a_key_name_with_control_characters_is_refused_and_messages_are_escaped(tmp_path: Path) -> None:
    problems = keymap_problems({"items.all": "\x1b]0;X\x07"}, {"items.all": "f\x1b.toml"})
    (line,) = problems["items.all"]
    assert "not a key name" in line and "\x1b" not in line and "\x07" not in line and "f\\x1b.toml" in line
    done = run_cli(tmp_path, str(case_folder(tmp_path)), user='[keys]\n"items.all" = "\\u001b]0;X\\u0007"\n')
    assert done.returncode == 2 and "not a key name" in done.stderr and "\x1b" not in done.stderr, done
