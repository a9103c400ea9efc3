"""Sharing over git in the running app (issue 18): status bar, a commit per edit, sync key, wall, conflicts.

Real git with a bare remote (a file path) and clones, from :mod:`tests.gitrepos`; a fake ``git`` on PATH
records its calls (or hangs) where a test needs to see whether git ran at all.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from oncall_tui.core.config import GitSettings
from oncall_tui.core.edits import SetPriority, ToggleItem, apply_edit
from oncall_tui.core.gitedits import commit_edit
from oncall_tui.core.gitsync import Repo
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.storage import Storage
from oncall_tui.tui.app import OncallApp
from tests.gitrepos import CASE, case_text, fake_git, git, git_isolated, head, make_team, refs  # noqa: F401
from tests.helpers.tui import frozen_now, screen_text, wait_for, wait_loaded
from tests.helpers.config_settings import app_settings

pytestmark = pytest.mark.usefixtures("git_isolated")
TIMEOUT = 30.0  # only catches a hang
MANUAL = GitSettings(sync_seconds=0, timeout_seconds=20)


def notes(app: OncallApp) -> list[str]:
    return [str(n.message) for n in app.toasts]


def commit_count(repo: Path) -> int:
    return int(git(repo, "rev-list", "--count", "HEAD").stdout)


async def focus_first_open_item(pilot, app: OncallApp) -> None:
    await pilot.press("3")
    items = app.main.items
    await wait_for(pilot, lambda: items.selected_item() is not None, TIMEOUT)
    while items.selected_item()[1].status == "done":
        await pilot.press("j")


async def test_a_folder_outside_any_repository_runs_no_git(tmp_path: Path, monkeypatch) -> None:
    bin_dir, log = tmp_path / "bin", tmp_path / "git-calls.log"
    fake_git(bin_dir, log)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    folder = tmp_path / "cases"
    folder.mkdir()
    path = folder / CASE
    path.write_text(case_text(), encoding="utf-8")
    before = path.read_bytes()
    app = OncallApp(folder, app_settings(git=GitSettings(sync_seconds=1)), now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await focus_first_open_item(pilot, app)
        await pilot.press("space")
        await wait_for(pilot, lambda: path.read_bytes() != before, TIMEOUT)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: any("not in a git repository" in m for m in notes(app)), TIMEOUT)
        await pilot.pause(1.5)  # a sync timer, were there one, would have fired
        assert app.info.git is None and app.info.git_error is None and not app.gitlink.active
    assert not log.exists(), "a git process was started for a folder outside any repository"


async def test_an_edit_is_committed_and_the_sync_key_pushes_it(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    before = commit_count(team.a)
    app = OncallApp(team.a, app_settings(git=MANUAL), now=frozen_now, watch=True)
    async with app.run_test(size=(180, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: app.info.git == "main ↑0 ↓0", TIMEOUT)
        await focus_first_open_item(pilot, app)
        await pilot.press("space")
        await wait_for(pilot, lambda: commit_count(team.a) == before + 1, TIMEOUT)
        subject = git(team.a, "log", "-1", "--format=%s").stdout.strip()
        assert subject == 'CE7001: action item "Add a timeout to the batch lock" done'
        assert git(team.a, "show", "--name-only", "--format=", "HEAD").stdout.split() == [CASE]
        await wait_for(pilot, lambda: app.info.git == "main ↑1 ↓0", TIMEOUT)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: head(team.remote, "main") == head(team.a), TIMEOUT)
        await wait_for(pilot, lambda: app.info.git == "main ↑0 ↓0" and app.info.git_synced is not None, TIMEOUT)
        await pilot.pause(0.1)
        assert "git main ↑0 ↓0 synced 0s ago" in screen_text(app) or "synced 1s ago" in screen_text(app)
        assert app.info.git_error is None


async def test_an_unreachable_remote_is_a_badge_and_edits_queue(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    away = tmp_path / "away.git"
    team.remote.rename(away)
    app = OncallApp(team.a, app_settings(git=MANUAL), now=frozen_now, watch=True)
    async with app.run_test(size=(200, 45)) as pilot:
        await wait_loaded(pilot)
        await focus_first_open_item(pilot, app)
        await pilot.press("space")
        await wait_for(pilot, lambda: app.info.git == "main ↑1 ↓0", TIMEOUT)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.info.git_error is not None, TIMEOUT)
        assert "remote unreachable" in app.info.git_error and "1 local commit(s) queued" in app.info.git_error
        await pilot.pause(0.1)
        assert "GIT ERROR" in screen_text(app)
        away.rename(team.remote)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: head(team.remote, "main") == head(team.a), TIMEOUT)
        await wait_for(pilot, lambda: app.info.git_error is None, TIMEOUT)


async def test_a_hung_git_does_not_freeze_the_screen_and_is_reported(tmp_path: Path, monkeypatch) -> None:
    bin_dir, log = tmp_path / "bin", tmp_path / "calls.log"
    fake_git(bin_dir, log, body="sleep 60")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    folder = tmp_path / "repo"
    (folder / ".git").mkdir(parents=True)
    (folder / CASE).write_text(case_text(), encoding="utf-8")
    (folder / "CE7002-other.md").write_text(case_text().replace("CE7001", "CE7002"), encoding="utf-8")
    app = OncallApp(folder, app_settings(git=GitSettings(sync_seconds=0, timeout_seconds=2)), now=frozen_now, watch=False)
    async with app.run_test(size=(180, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: log.exists(), TIMEOUT)  # git is hanging now
        assert app.info.git_error is None
        table = app.main.table
        first = table.cursor_row
        await pilot.press("j")  # the screen answers while git hangs
        await wait_for(pilot, lambda: table.cursor_row != first, 5)
        await wait_for(pilot, lambda: app.info.git_error is not None, TIMEOUT)
        assert "did not answer within 2 s" in app.info.git_error
        await pilot.pause(0.1)
        assert "GIT ERROR" in screen_text(app)


@pytest.mark.parametrize("mode", ["wall", "read_only"])
async def test_the_wall_and_read_only_never_commit_or_push(tmp_path: Path, mode: str) -> None:
    team = make_team(tmp_path)
    edit = ToggleItem(parse_bytes((team.a / CASE).read_bytes(), CASE).action_items[0])
    commit_edit(Repo.open(team.a), team.a, edit, apply_edit(Storage(team.a), CASE, edit))  # one local commit
    remote_refs, local_refs, local_head = refs(team.remote), refs(team.a), head(team.a)
    app = OncallApp(team.a, app_settings(git=MANUAL), now=frozen_now, watch=True, wall=mode == "wall", read_only=mode == "read_only")
    async with app.run_test(size=(180, 45)) as pilot:
        await wait_loaded(pilot)
        for key in ["ctrl+s", "space", "n", "b", "3", "space", "i", "S", "escape", "P", "escape", "A", "escape",
                    "N", "escape", "u", "C", "M", "escape", "ctrl+s", "j", "k", "ctrl+s"]:
            await pilot.press(key)
        await wait_for(pilot, lambda: app.info.git_synced is not None and app.info.git_busy is None, TIMEOUT)
        await pilot.pause(0.3)
    assert refs(team.remote) == remote_refs
    assert refs(team.a) == local_refs and head(team.a) == local_head


async def test_a_conflict_is_badged_shown_and_resolved_by_a_pick(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    for clone, priority in ((team.a, "P1"), (team.b, "P4")):
        edit = SetPriority(priority)
        commit_edit(Repo.open(clone), clone, edit, apply_edit(Storage(clone), CASE, edit))
    assert Repo.open(team.a).sync().outcome == "synced"
    app = OncallApp(team.b, app_settings(git=MANUAL), now=frozen_now, watch=True)
    async with app.run_test(size=(180, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.gitlink.conflicts == {CASE}, TIMEOUT)
        table = app.main.table
        await wait_for(pilot, lambda: table.get_cell(CASE, "id").plain.startswith("✖"), TIMEOUT)
        assert app.info.git_conflicts == 1
        await pilot.pause(0.1)
        assert " CONFLICT " in screen_text(app)
        await pilot.press("C")
        from oncall_tui.tui.screens.conflict import ConflictScreen

        await wait_for(pilot, lambda: isinstance(app.screen, ConflictScreen) and app.screen.loaded, TIMEOUT)
        shown = screen_text(app)
        assert "Priority: P4" in shown and "Priority: P1" in shown and "Priority: P2" in shown
        assert "Base (before either)" in shown
        await pilot.press("m")
        await wait_for(pilot, lambda: head(team.remote, "main") == head(team.b), TIMEOUT)
        await wait_for(pilot, lambda: not app.gitlink.conflicts, TIMEOUT)
        await wait_for(pilot, lambda: not table.get_cell(CASE, "id").plain.startswith("✖"), TIMEOUT)
    assert parse_bytes(git(team.remote, "show", f"main:{CASE}").stdout.encode(), CASE).priority == "P4"


async def test_h_in_the_case_view_shows_the_history_and_r_the_raw_diff(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    edit = SetPriority("P1")
    commit_edit(Repo.open(team.a), team.a, edit, apply_edit(Storage(team.a), CASE, edit))
    app = OncallApp(team.a, app_settings(git=MANUAL), now=frozen_now, watch=True)
    async with app.run_test(size=(180, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: app.gitlink._repo is not None, TIMEOUT)
        await pilot.press("enter")
        from oncall_tui.tui.screens.case import CaseScreen
        from oncall_tui.tui.screens.history import HistoryScreen

        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen), TIMEOUT)
        await pilot.press("h")
        await wait_for(pilot, lambda: isinstance(app.screen, HistoryScreen) and app.screen.loaded, TIMEOUT)
        shown = screen_text(app)
        assert "Engineer a" in shown and "• priority P2 → P1" in shown and "• file created" in shown
        await pilot.press("r")
        await pilot.pause(0.1)
        assert "+Priority: P1" in screen_text(app)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen), TIMEOUT)


async def test_h_is_off_in_the_case_view_of_a_folder_outside_git(tmp_path: Path) -> None:
    """No history where there is none: h is not in the key bar and does nothing (both check_action rules of the
    case view hold together: history needs git, edits need a writable app)."""
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / CASE).write_text(case_text(), encoding="utf-8")
    app = OncallApp(folder, app_settings(git=MANUAL), now=frozen_now, watch=False, read_only=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("enter")
        from oncall_tui.tui.screens.case import CaseScreen

        await wait_for(pilot, lambda: isinstance(app.screen, CaseScreen), TIMEOUT)
        screen = app.screen
        assert screen.check_action("history", ()) is False
        assert screen.check_action("set_status", ()) is False
        await pilot.press("h")
        await pilot.pause(0.1)
        assert app.screen is screen and "History" not in screen_text(app)


async def test_a_conflict_outside_the_case_folder_is_an_error_line(tmp_path: Path) -> None:
    team = make_team(tmp_path, {f"cases/{CASE}": case_text(), "team-notes.md": "base\n"})
    for clone, text in ((team.a, "from a\n"), (team.b, "from b\n")):
        (clone / "team-notes.md").write_text(text, encoding="utf-8")
        git(clone, "commit", "--quiet", "-am", "notes")
    assert Repo.open(team.a).sync().outcome == "synced"
    app = OncallApp(team.b / "cases", app_settings(git=MANUAL), now=frozen_now, watch=True)
    async with app.run_test(size=(200, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.info.git_error is not None, TIMEOUT)
        assert "team-notes.md" in app.info.git_error and "resolve it with git" in app.info.git_error
        assert app.gitlink.conflicts == frozenset()
    assert (team.b / "team-notes.md").read_text(encoding="utf-8") == "from b\n"


async def test_the_wall_pulls_shows_synced_and_an_error_badge_when_unreachable(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    edit = SetPriority("P1")
    commit_edit(Repo.open(team.b), team.b, edit, apply_edit(Storage(team.b), CASE, edit))
    assert Repo.open(team.b).sync().outcome == "synced"
    app = OncallApp(team.a, app_settings(git=MANUAL), now=frozen_now, watch=True, wall=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: head(team.a) == head(team.remote, "main"), TIMEOUT)  # pulled
        await wait_for(pilot, lambda: app.store.get(CASE) is not None and app.store.get(CASE).priority == "P1",
                       TIMEOUT)
        await wait_for(pilot, lambda: app.info.git_synced is not None and app.info.git_busy is None, TIMEOUT)
        await pilot.pause(0.1)
        assert "synced" in screen_text(app)
        team.remote.rename(tmp_path / "away.git")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.info.git_error is not None, TIMEOUT)
        assert "remote unreachable" in app.info.git_error
        await pilot.pause(0.1)
        assert "GIT ERROR" in screen_text(app)


async def test_a_conflict_in_another_clone_is_marked_here_too(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    for clone, priority in ((team.a, "P1"), (team.b, "P4")):
        edit = SetPriority(priority)
        commit_edit(Repo.open(clone), clone, edit, apply_edit(Storage(clone), CASE, edit))
    assert Repo.open(team.a).sync().outcome == "synced"
    assert Repo.open(team.b).sync().outcome == "conflict"
    app = OncallApp(team.a, app_settings(git=MANUAL), now=frozen_now, watch=True)
    async with app.run_test(size=(180, 45)) as pilot:
        await wait_loaded(pilot)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.gitlink.team_conflicts == {CASE: "Engineer b"}, TIMEOUT)
        table = app.main.table
        await wait_for(pilot, lambda: table.get_cell(CASE, "id").plain.startswith("✖"), TIMEOUT)
        await pilot.press("C")
        await wait_for(pilot, lambda: any("clone of Engineer b" in m for m in notes(app)), TIMEOUT)
        assert Repo.open(team.b).resolve(CASE, "mine").outcome == "synced"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: not app.gitlink.team_conflicts, TIMEOUT)
        await wait_for(pilot, lambda: not table.get_cell(CASE, "id").plain.startswith("✖"), TIMEOUT)
        assert parse_bytes((team.a / CASE).read_bytes(), CASE).priority == "P4"


HAND_EDITOR = """#!{python}
import re, sys
path = sys.argv[-1]
text = open(path, encoding="utf-8").read()
if "<<<<<<< mine" not in text or ">>>>>>> theirs" not in text:
    sys.exit(1)
text = re.sub(r"<<<<<<< mine\\n.*?>>>>>>> theirs\\n", "Priority: P2\\n", text, flags=re.S)
open(path, "w", encoding="utf-8").write(text.replace("## Notes", "## Notes\\n\\nAgreed by hand."))
"""


@pytest.mark.slow  # the real app on a pty: about 12 s here (the text written by hand is tested in core too)
def test_e_in_the_conflict_view_keeps_a_text_written_in_the_editor(tmp_path: Path) -> None:
    import sys

    from tests.tui.terminal import Terminal

    team = make_team(tmp_path)
    for clone, priority in ((team.a, "P1"), (team.b, "P4")):
        edit = SetPriority(priority)
        commit_edit(Repo.open(clone), clone, edit, apply_edit(Storage(clone), CASE, edit))
    assert Repo.open(team.a).sync().outcome == "synced"
    editor = tmp_path / "bin" / "hand-editor"
    editor.parent.mkdir()
    editor.write_text(HAND_EDITOR.format(python=sys.executable), encoding="utf-8")
    editor.chmod(0o755)
    env = {"EDITOR": str(editor), "VISUAL": "", "HOME": str(tmp_path), "ONCALL_TUI_CONFIG": "",
           "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "ONCALL_TUI_GIT_SYNC_SECONDS": "0"}
    with Terminal.oncall(str(team.b), cwd=tmp_path, env=env) as term:
        assert term.wait_for("CE7001", 30), term.text()[-2000:]
        term.settle(quiet=0.5)
        term.send("\x13")  # Ctrl+S
        assert term.wait_for("CONFLICT", 30), term.text()[-2000:]
        term.send("C")
        assert term.wait_for("Base (before either)", 30), term.text()[-2000:]
        term.settle(quiet=0.5)
        term.send("E")
        for _ in range(300):
            if "Agreed by hand." in git(team.remote, "show", f"main:{CASE}").stdout:
                break
            term.settle(quiet=0.1)
        remote_text = git(team.remote, "show", f"main:{CASE}").stdout
        assert "Agreed by hand." in remote_text and "Priority: P2\n" in remote_text and "<<<<<<<" not in remote_text
        term.settle(quiet=0.3)
        term.send("q")
        assert term.exited_within(45)
    assert (team.b / CASE).read_text(encoding="utf-8") == remote_text


async def test_the_sync_cycle_runs_by_itself_every_sync_seconds(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    app = OncallApp(team.a, app_settings(git=GitSettings(sync_seconds=1, timeout_seconds=20)), now=frozen_now, watch=True)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: app.info.git_synced is not None, TIMEOUT)  # the first cycle, at start
        edit = SetPriority("P1")
        commit_edit(Repo.open(team.b), team.b, edit, apply_edit(Storage(team.b), CASE, edit))
        assert Repo.open(team.b).sync().outcome == "synced"
        await wait_for(pilot, lambda: head(team.a) == head(team.remote, "main"), TIMEOUT)  # no key pressed
        await wait_for(pilot, lambda: app.store.get(CASE).priority == "P1", TIMEOUT)


@pytest.mark.slow  # the real app on a pty: about 5 s
def test_q_ends_the_app_while_git_hangs(tmp_path: Path) -> None:
    from tests.tui.terminal import Terminal

    bin_dir, log = tmp_path / "bin", tmp_path / "calls.log"
    fake_git(bin_dir, log, body="sleep 30")
    folder = tmp_path / "repo"
    (folder / ".git").mkdir(parents=True)
    (folder / CASE).write_text(case_text(), encoding="utf-8")
    env = {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "HOME": str(tmp_path), "ONCALL_TUI_CONFIG": "",
           "XDG_CONFIG_HOME": str(tmp_path / "cfg"), "ONCALL_TUI_GIT_TIMEOUT_SECONDS": "600"}
    with Terminal.oncall(str(folder), cwd=tmp_path, env=env) as term:
        assert term.wait_for("CE7001", 30), term.text()[-2000:]
        for _ in range(100):
            if log.exists():
                break
            term.settle(quiet=0.1)
        assert log.exists()  # git is hanging now (and would for ten minutes)
        term.send("q")
        assert term.exited_within(45), "q did not end the app while git hung"


async def test_a_file_with_conflict_markers_is_marked_in_its_row_without_git(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    marked = case_text().replace("Priority: P2\n", "<<<<<<< HEAD\nPriority: P1\n=======\nPriority: P3\n>>>>>>> b\n")
    (folder / CASE).write_text(marked, encoding="utf-8")
    (folder / "CE7002-clean.md").write_text(case_text().replace("CE7001", "CE7002"), encoding="utf-8")
    app = OncallApp(folder, now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        table = app.main.table
        assert table.get_cell(CASE, "id").plain.startswith("✖")
        assert not table.get_cell("CE7002-clean.md", "id").plain.startswith("✖")


async def test_a_repository_without_a_remote_commits_here_and_says_local_only(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    git(team.a, "remote", "remove", "origin")
    before = commit_count(team.a)
    app = OncallApp(team.a, app_settings(git=MANUAL), now=frozen_now, watch=True)
    async with app.run_test(size=(200, 45)) as pilot:
        await wait_loaded(pilot)
        await focus_first_open_item(pilot, app)
        await pilot.press("space")
        await wait_for(pilot, lambda: commit_count(team.a) == before + 1, TIMEOUT)  # the edit is still committed
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.info.git_local is not None, TIMEOUT)
        assert "no remote" in app.info.git_local and app.info.git_error is None
        await wait_for(pilot, lambda: any("no remote" in m for m in notes(app)), TIMEOUT)  # asked: told why
        await pilot.pause(0.1)
        shown = screen_text(app)
        assert "local only" in shown and "GIT ERROR" not in shown
        git(team.a, "remote", "add", "origin", str(tmp_path / "nowhere.git"))  # a remote now, unreachable
        git(team.a, "config", "branch.main.remote", "origin")
        git(team.a, "config", "branch.main.merge", "refs/heads/main")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.info.git_error is not None, TIMEOUT)
        assert app.info.git_local is None  # the note goes with the error that replaces it
