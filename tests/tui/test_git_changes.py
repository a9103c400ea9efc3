"""The changes view in a git work tree (who changed a case, from the commits), and git stopped at quit.

Real git from :mod:`tests.gitrepos`; a fake ``git`` on PATH that sleeps stands for a git that hangs.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from oncall_tui.core.changes import SeenMarks, Snapshot
from oncall_tui.core.config import GitSettings
from oncall_tui.core.edits import SetPriority, apply_edit
from oncall_tui.core.gitedits import commit_edit
from oncall_tui.core.gitsync import Repo
from oncall_tui.core.storage import Storage
from oncall_tui.core.store import CaseStore
from oncall_tui.tui.app import OncallApp
from tests.helpers.config_settings import app_settings
from oncall_tui.tui.screens.changes import ChangeList, ChangesScreen
from tests.gitrepos import CASE, case_text, fake_git, git_isolated, make_team  # noqa: F401
from tests.helpers.tui import frozen_now, wait_for, wait_loaded

pytestmark = pytest.mark.usefixtures("git_isolated")
TIMEOUT = 30.0  # only catches a hang
MANUAL = GitSettings(sync_seconds=0, timeout_seconds=20)


def lines(screen: ChangesScreen) -> list[str]:
    return [str(option.prompt) for option in screen.query_one(ChangeList).options]


async def test_the_changes_view_names_the_engineer_whose_pulled_commit_changed_a_case(tmp_path: Path) -> None:
    team = make_team(tmp_path)
    store = CaseStore(team.a)
    store.load_all()
    # Marked a minute back, before A's clone: the clone's first commit is what A had seen.
    SeenMarks(team.a, "Ola").save(Snapshot.of(store.cases(), datetime.now().astimezone() - timedelta(minutes=1),
                                              "mark"))
    edit = SetPriority("P1")
    commit_edit(Repo.open(team.b), team.b, edit, apply_edit(Storage(team.b), CASE, edit))
    assert Repo.open(team.b).sync().outcome == "synced"
    assert Repo.open(team.a).sync().outcome == "synced"
    app = OncallApp(team.a, app_settings(user__name="Ola", git=MANUAL), watch=False)  # the real clock: the mark is read in git
    async with app.run_test(size=(180, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: isinstance(app.screen, ChangesScreen), TIMEOUT)
        shown = lines(app.screen)
        assert shown[0].startswith("CE7001  ") and shown[0].endswith("changed by Engineer b")
        assert any("commit" in line and "CE7001: priority P2 → P1 — Engineer b" in line for line in shown)
        assert any("in commit" in line and "priority P2 → P1" in line for line in shown)
        assert app.screen.report.commits == 1
        await pilot.press("m")  # marked seen: nothing since, from git either
        await wait_for(pilot, lambda: app.screen.report.groups == [] and app.screen.report.commits == 0, TIMEOUT)


async def test_a_git_still_running_when_the_app_quits_is_stopped_and_reaped(tmp_path: Path, monkeypatch) -> None:
    bin_dir, log, pids = tmp_path / "bin", tmp_path / "calls.log", tmp_path / "pids"
    fake_git(bin_dir, log, body=f'echo $$ >> "{pids}"\nexec sleep 60')
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    folder = tmp_path / "repo"
    (folder / ".git").mkdir(parents=True)
    (folder / CASE).write_text(case_text(), encoding="utf-8")
    app = OncallApp(folder, app_settings(git=GitSettings(sync_seconds=0, timeout_seconds=600)), now=frozen_now, watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: pids.exists() and pids.read_text().strip(), TIMEOUT)  # git hangs now
    started = [int(pid) for pid in pids.read_text().split()]
    assert started
    for pid in started:
        with pytest.raises(ProcessLookupError):  # neither running nor a zombie waiting to be reaped
            os.kill(pid, 0)


async def test_a_hung_git_does_not_hold_the_changes_view_back(tmp_path: Path, monkeypatch) -> None:
    from oncall_tui.tui import gitlink

    monkeypatch.setattr(gitlink, "WAIT_SECONDS", 0.2)
    bin_dir, log = tmp_path / "bin", tmp_path / "calls.log"
    fake_git(bin_dir, log, body="exec sleep 60")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    folder = tmp_path / "repo"
    (folder / ".git").mkdir(parents=True)
    path = folder / CASE
    path.write_text(case_text(), encoding="utf-8")
    store = CaseStore(folder)
    store.load_all()
    SeenMarks(folder, "Ola").save(Snapshot.of(store.cases(), datetime.now().astimezone(), "mark"))
    path.write_text(case_text().replace("Priority: P2", "Priority: P1"), encoding="utf-8")
    app = OncallApp(folder, app_settings(user__name="Ola", git=GitSettings(sync_seconds=0, timeout_seconds=600)), watch=False)
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_loaded(pilot)
        await wait_for(pilot, lambda: isinstance(app.screen, ChangesScreen), TIMEOUT)  # while git hangs
        assert log.exists() and app.screen.report.commits == 0
        assert [c.kind for g in app.screen.report.groups for c in g.changes] == ["priority"]
