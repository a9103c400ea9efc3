"""``oncall-tui sync FOLDER`` as a real process: exit 0 synced or nothing to do, 1 conflict, 2 error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from oncall_tui.core.edits import SetPriority, apply_edit
from oncall_tui.core.gitedits import commit_edit
from oncall_tui.core.gitsync import Repo
from oncall_tui.core.storage import Storage
from tests.gitrepos import CASE, case_text, fake_git, git, git_isolated, head, make_team  # noqa: F401

pytestmark = pytest.mark.usefixtures("git_isolated")
ROOT = Path(__file__).resolve().parents[2]


def run_sync(folder: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "oncall_tui", "sync", str(folder)], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env=env, stdin=subprocess.DEVNULL)


def set_priority(clone: Path, priority: str) -> None:
    edit = SetPriority(priority)
    result = apply_edit(Storage(clone), CASE, edit)
    commit_edit(Repo.open(clone), clone, edit, result)


def test_sync_exits_0_when_synced_and_when_nothing_to_do(tmp_path):
    team = make_team(tmp_path)
    set_priority(team.a, "P1")
    done = run_sync(team.a)
    assert done.returncode == 0, done.stderr
    assert "1 pushed" in done.stdout
    assert head(team.a) == head(team.remote, "main")
    again = run_sync(team.a)
    assert (again.returncode, again.stdout) == (0, "up to date\n")


def test_sync_exits_1_on_a_conflict_and_names_the_file(tmp_path):
    team = make_team(tmp_path)
    set_priority(team.a, "P1")
    set_priority(team.b, "P4")
    assert run_sync(team.a).returncode == 0
    before = head(team.b)
    done = run_sync(team.b)
    assert done.returncode == 1
    assert f"conflict: {CASE}" in done.stderr.splitlines()
    assert head(team.b) == before
    other = run_sync(team.a)  # A is up to date; B's conflict is named there too
    assert other.returncode == 0
    assert f"oncall-tui: {CASE} is in conflict in the clone of Engineer b (the choice is made there)" in other.stderr


def test_sync_exits_2_on_a_folder_outside_any_repository_without_running_git(tmp_path):
    bin_dir, log = tmp_path / "bin", tmp_path / "git-calls.log"
    fake_git(bin_dir, log)
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / CASE).write_text(case_text(), encoding="utf-8")
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    done = run_sync(folder, env)
    assert done.returncode == 2 and "not a git repository" in done.stderr
    assert not log.exists()


def test_sync_exits_2_without_a_remote_or_git(tmp_path):
    lone = tmp_path / "lone"
    git(tmp_path, "init", "--quiet", "-b", "main", str(lone))
    done = run_sync(lone)
    assert done.returncode == 2 and "no remote" in done.stderr
    no_git = {**os.environ, "PATH": str(tmp_path / "no-bin")}
    done = subprocess.run([sys.executable, "-m", "oncall_tui", "sync", str(lone)], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env=no_git, stdin=subprocess.DEVNULL)
    assert done.returncode == 2 and "git is not installed" in done.stderr


def test_sync_exits_2_when_the_remote_is_unreachable(tmp_path):
    team = make_team(tmp_path)
    team.remote.rename(tmp_path / "moved.git")
    set_priority(team.a, "P1")
    done = run_sync(team.a)
    assert done.returncode == 2 and "remote unreachable" in done.stderr and "1 local commit(s) queued" in done.stderr
