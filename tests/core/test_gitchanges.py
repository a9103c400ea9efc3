"""'What changed since I last looked' in a git work tree: who changed a case and when, from the commits.

Real git (a bare remote and two clones from :mod:`tests.gitrepos`); a fake ``git`` on PATH shows whether git
ran at all for a folder outside any repository.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from oncall_tui.core.changes import SeenMarks, Snapshot, diff, render, report_for
from oncall_tui.core.edits import SetPriority, apply_edit
from oncall_tui.core.gitchanges import commits_since, git_since, since_reader
from oncall_tui.core.gitedits import commit_edit
from oncall_tui.core.gitsync import Repo
from oncall_tui.core.storage import Storage
from oncall_tui.core.store import CaseStore
from tests.gitrepos import CASE, case_text, fake_git, git, git_isolated, make_team  # noqa: F401

pytestmark = pytest.mark.usefixtures("git_isolated")


def cases(folder):
    store = CaseStore(folder)
    store.load_all()
    return store.cases()


def mark_then_pull_a_change_of_b(team) -> datetime:
    """A marks everything seen; B raises the priority, commits and pushes; A pulls.  The mark's moment.

    The mark is dated a minute back, before A's clone was made: HEAD's reflog then starts after it, and the
    commit A had on cloning is the one it had seen (no second-long waits for the reflog's clock)."""
    marked = datetime.now().astimezone() - timedelta(minutes=1)
    SeenMarks(team.a, "Ola").save(Snapshot.of(cases(team.a), marked, "mark"))
    edit = SetPriority("P1")
    assert commit_edit(Repo.open(team.b), team.b, edit, apply_edit(Storage(team.b), CASE, edit)) is not None
    assert Repo.open(team.b).sync().outcome == "synced"
    assert Repo.open(team.a).sync().outcome == "synced"
    return marked


def test_a_change_pulled_from_another_engineer_shows_who_made_it_and_when(tmp_path):
    team = make_team(tmp_path)
    marked = mark_then_pull_a_change_of_b(team)
    case = team.a / CASE  # and a change of A's own, not committed: from the snapshot, as outside git
    case.write_text(case.read_text(encoding="utf-8").replace("Status: Open", "Status: Monitoring"), encoding="utf-8")
    now = datetime.now().astimezone()
    report = report_for(cases(team.a), SeenMarks(team.a, "Ola"), now, git=since_reader(team.a))
    assert report.commits == 1
    [group] = report.groups
    assert group.authors == ["Engineer b"]
    by_kind = {c.kind: c for c in group.changes}
    assert set(by_kind) == {"commit", "in commit", "status"}  # the priority once: from the commit
    commit = by_kind["commit"]
    assert commit.author == "Engineer b" and commit.text.startswith("CE7001: priority P2 → P1 — Engineer b (")
    assert marked < commit.at <= now
    assert by_kind["in commit"].text == "priority P2 → P1"
    assert by_kind["status"].text == "Status: Open → Monitoring" and by_kind["status"].author is None
    text = render(report, now)
    assert "changed by Engineer b" in text and "1 commit since then by Engineer b (from git)" in text
    plain = report_for(cases(team.a), SeenMarks(team.a, "Ola"), now)  # without git: the same cases, no author
    assert plain.paths == report.paths and {c.kind for g in plain.groups for c in g.changes} == {"priority", "status"}


def test_the_headless_changes_command_names_the_author(tmp_path, repo_root):
    team = make_team(tmp_path)
    mark_then_pull_a_change_of_b(team)
    done = subprocess.run([sys.executable, "-m", "oncall_tui", "changes", str(team.a), "--no-cache"],
                          capture_output=True, text=True, cwd=repo_root, timeout=60,
                          env={**os.environ, "ONCALL_TUI_USER_NAME": "Ola"})
    assert done.returncode == 0, done.stderr
    assert "changed by Engineer b" in done.stdout
    assert "commit        CE7001: priority P2 → P1 — Engineer b" in done.stdout


def test_a_folder_outside_git_or_a_failing_git_gives_the_snapshot_report(tmp_path, monkeypatch):
    bin_dir, log = tmp_path / "bin", tmp_path / "git-calls.log"
    fake_git(bin_dir, log)  # a git that fails every call
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / CASE).write_text(case_text(), encoding="utf-8")
    marked = datetime.now().astimezone() - timedelta(hours=1)
    SeenMarks(folder, "Ola").save(Snapshot.of(cases(folder), marked, "mark"))
    (folder / CASE).write_text(case_text().replace("Priority: P2", "Priority: P1"), encoding="utf-8")
    now = datetime.now().astimezone()
    expected = render(diff(SeenMarks(folder, "Ola").latest(), cases(folder), now), now)
    assert render(report_for(cases(folder), SeenMarks(folder, "Ola"), now, git=since_reader(folder)), now) == expected
    assert "priority" in expected and "from git" not in expected
    assert not log.exists(), "a git process was started for a folder outside any repository"
    (folder / ".git").mkdir()  # now git is asked, and fails: the same report
    assert git_since(folder, marked) is None and log.exists()
    assert render(report_for(cases(folder), SeenMarks(folder, "Ola"), now, git=since_reader(folder)), now) == expected


def test_a_second_read_for_the_same_mark_reads_only_what_the_new_commits_changed(tmp_path):
    team = make_team(tmp_path, {CASE: case_text(), "CE7002-other.md": case_text().replace("CE7001", "CE7002")})
    marked = mark_then_pull_a_change_of_b(team)
    repo = Repo.open(team.a)
    first = commits_since(repo, team.a, marked)
    assert commits_since(repo, team.a, marked, first) is first  # HEAD has not moved
    edit = SetPriority("P3")
    commit_edit(repo, team.a, edit, apply_edit(Storage(team.a), "CE7002-other.md", edit))
    again = commits_since(repo, team.a, marked, first)
    assert again == commits_since(repo, team.a, marked)  # the same as reading everything anew
    assert sorted(again.files) == [CASE, "CE7002-other.md"] and again.commits == 2
    assert again.files[CASE] is first.files[CASE]  # kept, not read again


def test_a_case_deleted_in_a_pulled_commit_names_who_deleted_it(tmp_path):
    other = "CE7002-other.md"
    team = make_team(tmp_path, {CASE: case_text(), other: case_text().replace("CE7001", "CE7002")})
    marked = datetime.now().astimezone() - timedelta(minutes=1)
    SeenMarks(team.a, "Ola").save(Snapshot.of(cases(team.a), marked, "mark"))
    git(team.b, "rm", "--quiet", "--", other)
    git(team.b, "commit", "--quiet", "-m", "CE7002 closed and filed away")
    assert Repo.open(team.b).sync().outcome == "synced"
    assert Repo.open(team.a).sync().outcome == "synced"
    now = datetime.now().astimezone()
    report = report_for(cases(team.a), SeenMarks(team.a, "Ola"), now, git=since_reader(team.a))
    [group] = report.groups
    assert group.path == other and group.authors == ["Engineer b"]
    assert [(c.kind, c.text) for c in group.changes][1:] == [("in commit", "file deleted")]
    (team.a / CASE).unlink()  # deleted here, not committed: from the snapshot, as outside git
    report = report_for(cases(team.a), SeenMarks(team.a, "Ola"), now, git=since_reader(team.a))
    assert {g.path: [c.kind for c in g.changes] for g in report.groups}[CASE] == ["removed"]
