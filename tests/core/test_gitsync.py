"""Sharing a case folder over git (issue 18), with real git: a bare remote by its file path and two clones."""

from __future__ import annotations

import difflib
import os
import shutil
import time
from pathlib import Path

import pytest

from oncall_tui.core.edits import AddTimelineEntry, EditRefused, SetPriority, ToggleItem, apply_edit
from oncall_tui.core.gitedits import commit_edit
from oncall_tui.core.gitsync import GitError, Repo, Runner, find_work_tree
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.conflictmarks import CONFLICT_PROBLEM
from oncall_tui.core.storage import Storage
from tests.gitrepos import CASE, case_text, fake_git, git, git_isolated, head, make_team, refs  # noqa: F401

pytestmark = pytest.mark.usefixtures("git_isolated")


def edit(clone: Path, edit_obj, rel: str = CASE) -> str:
    """Write *edit_obj* into the clone's case with the edit engine and commit it; the commit message."""
    result = apply_edit(Storage(clone), rel, edit_obj)
    assert commit_edit(Repo.open(clone), clone, edit_obj, result) is not None
    return git(clone, "log", "-1", "--format=%s").stdout.strip()


def item(clone: Path, number: int):
    return parse_bytes((clone / CASE).read_bytes(), CASE).action_items[number - 1]


# -- a folder that is not a repository --------------------------------------------------------


def test_a_folder_outside_any_repository_starts_no_git_process(tmp_path, monkeypatch):
    bin_dir, log = tmp_path / "bin", tmp_path / "git-calls.log"
    fake_git(bin_dir, log)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / CASE).write_text(case_text(), encoding="utf-8")
    assert find_work_tree(folder) is None
    assert Repo.open(folder) is None
    apply_edit(Storage(folder), CASE, ToggleItem(item(folder, 1)))
    assert not log.exists(), "a git process was started for a folder outside any repository"


# -- status and commits --------------------------------------------------------------------------


def test_status_names_branch_upstream_and_counts(tmp_path):
    team = make_team(tmp_path)
    repo = Repo.open(team.a)
    status = repo.status()
    assert (status.branch, status.upstream, status.ahead, status.behind) == ("main", "origin/main", 0, 0)
    edit(team.a, ToggleItem(item(team.a, 1)))
    assert repo.status().ahead == 1
    (team.a / "sub").mkdir()
    assert Repo.open(team.a / "sub").top == team.a


def test_a_commit_takes_only_the_edited_file_and_leaves_the_users_work_alone(tmp_path):
    team = make_team(tmp_path, {CASE: case_text(), "notes.md": "draft\n", "other.md": "other\n"})
    a = team.a
    (a / "other.md").write_text("staged by the user\n", encoding="utf-8")
    git(a, "add", "other.md")
    (a / "notes.md").write_text("unstaged work in progress\n", encoding="utf-8")
    (a / "scratch.txt").write_text("untracked\n", encoding="utf-8")
    (a / CASE).read_bytes()
    message = edit(a, ToggleItem(item(a, 3)))
    assert message == 'CE7001: action item "Add failover for the sync worker" done'
    changed = git(a, "show", "--name-only", "--format=%s", "HEAD").stdout.split("\n")
    assert changed[0] == message and [f for f in changed[1:] if f] == [CASE]
    assert git(a, "diff", "--cached", "--name-only").stdout.split() == ["other.md"]
    assert git(a, "diff", "--name-only").stdout.split() == ["notes.md"]
    assert (a / "notes.md").read_text(encoding="utf-8") == "unstaged work in progress\n"
    assert (a / "scratch.txt").exists()
    assert git(a, "log", "-1", "--format=%an <%ae>").stdout.strip() == "Engineer a <a@example.invalid>"


def test_a_new_file_is_committed_alone(tmp_path):
    team = make_team(tmp_path)
    (team.a / "scratch.txt").write_text("untracked\n", encoding="utf-8")
    new = team.a / "CE7002-new.md"
    new.write_text(case_text().replace("CE7001", "CE7002"), encoding="utf-8")
    Repo.open(team.a).commit_file(new, "CE7002: new case")
    assert git(team.a, "show", "--name-only", "--format=", "HEAD").stdout.split() == ["CE7002-new.md"]
    assert git(team.a, "status", "--porcelain").stdout.split() == ["??", "scratch.txt"]


def test_nothing_to_commit_is_none(tmp_path):
    team = make_team(tmp_path)
    before = head(team.a)
    assert Repo.open(team.a).commit_file(team.a / CASE, "nothing") is None
    assert head(team.a) == before


# -- the sync cycle --------------------------------------------------------------------------------


def _only_changes(before: str, after: str) -> list[tuple[str, list[str], list[str]]]:
    a, b = before.splitlines(keepends=True), after.splitlines(keepends=True)
    return [(tag, a[i1:i2], b[j1:j2]) for tag, i1, i2, j1, j2 in
            difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if tag != "equal"]


@pytest.mark.parametrize("first", ["a", "b"])
def test_edits_to_different_parts_of_a_case_merge_in_either_order(tmp_path, first):
    team = make_team(tmp_path)
    original = case_text()
    edit(team.a, ToggleItem(item(team.a, 3)))
    from datetime import datetime, timezone
    edit(team.b, AddTimelineEntry(datetime(2026, 11, 3, 9, 15, tzinfo=timezone.utc), "Patch deployed to EU"))
    order = [team.a, team.b] if first == "a" else [team.b, team.a]
    results = [Repo.open(clone).sync() for clone in order]
    assert [r.outcome for r in results] == ["synced", "synced"], [r.message for r in results]
    assert Repo.open(order[0]).sync().outcome == "synced"
    texts = {(clone / CASE).read_text(encoding="utf-8") for clone in (team.a, team.b)}
    assert len(texts) == 1
    final = texts.pop()
    remote_text = git(team.remote, "show", f"main:{CASE}").stdout
    assert remote_text == final
    assert head(team.a) == head(team.b) == head(team.remote, "main")
    case = parse_bytes(final.encode(), CASE)
    assert case.action_items[2].status == "done"
    assert any(e.text == "Patch deployed to EU" for e in case.timeline)
    changes = _only_changes(original, final)
    assert len(changes) == 2
    assert changes[0][0] == "insert" and "Patch deployed to EU" in changes[0][2][0]
    assert changes[1][0] == "replace" and changes[1][1] == ["- [ ] Add failover for the sync worker (owner: Ola, due 2026-11-08)\n"]
    assert changes[1][2] == ["- [x] Add failover for the sync worker (owner: Ola, due 2026-11-08)\n"]


def test_nothing_to_do_is_nothing(tmp_path):
    team = make_team(tmp_path)
    result = Repo.open(team.a).sync()
    assert result.outcome == "nothing"


@pytest.mark.parametrize("pick", ["mine", "theirs"])
def test_the_same_line_edited_on_both_sides_is_a_conflict_and_nothing_is_lost(tmp_path, pick):
    team = make_team(tmp_path)
    edit(team.a, SetPriority("P1"))
    edit(team.b, SetPriority("P3"))
    assert Repo.open(team.a).sync().outcome == "synced"
    b = Repo.open(team.b)
    b_head, b_text = head(team.b), (team.b / CASE).read_text(encoding="utf-8")
    result = b.sync()
    assert result.outcome == "conflict" and result.conflicts == (CASE,)
    assert CASE in result.message
    # Nothing resolved silently: B's branch, commit and file are as they were; both sides are readable.
    assert head(team.b) == b_head and (team.b / CASE).read_text(encoding="utf-8") == b_text
    assert b.status().conflicts == (CASE,)
    versions = b.versions(CASE)
    assert parse_bytes(versions["mine"], CASE).priority == "P3"
    assert parse_bytes(versions["theirs"], CASE).priority == "P1"
    assert parse_bytes(versions["base"], CASE).priority == "P2"
    assert head(team.b, "refs/oncall-tui/conflicts/main/mine") == b_head
    assert head(team.b, "refs/oncall-tui/conflicts/main/theirs") == head(team.remote, "main")
    assert git(team.b, "status", "--porcelain").stdout == ""
    assert b.sync().outcome == "conflict"  # until a person picks, every cycle leaves it alone
    resolved = b.resolve(CASE, pick)
    assert resolved.outcome == "synced", resolved.message
    assert b.status().conflicts == ()
    assert Repo.open(team.a).sync().outcome in ("synced", "nothing")
    want = "P3" if pick == "mine" else "P1"
    for clone in (team.a, team.b):
        assert parse_bytes((clone / CASE).read_bytes(), CASE).priority == want
    assert head(team.a) == head(team.b) == head(team.remote, "main")
    # The side not picked is still in git: B's commit stays reachable from its conflict ref.
    assert parse_bytes(git(team.b, "show", f"refs/oncall-tui/conflicts/main/mine:{CASE}").stdout.encode(),
                       CASE).priority == "P3"


def test_offline_commits_queue_and_one_sync_pushes_them_all(tmp_path):
    team = make_team(tmp_path)
    away = tmp_path / "remote-away.git"
    team.remote.rename(away)
    edit(team.a, ToggleItem(item(team.a, 1)))
    edit(team.a, ToggleItem(item(team.a, 2)))
    repo = Repo.open(team.a)
    result = repo.sync()
    assert result.outcome == "offline" and "2 local commit(s) queued" in result.message
    assert result.status.ahead == 2
    away.rename(team.remote)
    result = repo.sync()
    assert result.outcome == "synced" and result.pushed == 2
    assert head(team.a) == head(team.remote, "main")


def test_a_remote_that_refuses_is_offline_not_a_crash(tmp_path):
    team = make_team(tmp_path)
    git(team.a, "remote", "set-url", "origin", str(tmp_path / "no-such-remote.git"))
    result = Repo.open(team.a).sync()
    assert result.outcome == "offline" and "remote unreachable" in result.message


def test_no_remote_and_no_upstream_are_errors(tmp_path):
    lone = tmp_path / "lone"
    git(tmp_path, "init", "--quiet", "-b", "main", str(lone))
    with pytest.raises(GitError) as caught:
        Repo.open(lone).sync()
    assert caught.value.kind == "no_remote"


def test_the_users_uncommitted_work_is_untouched_by_cycles(tmp_path):
    _cycles_leave_user_work_alone(tmp_path, cycles=6)


@pytest.mark.slow
def test_the_users_uncommitted_work_is_untouched_by_100_cycles(tmp_path):
    _cycles_leave_user_work_alone(tmp_path, cycles=100)


def _cycles_leave_user_work_alone(tmp_path: Path, cycles: int) -> None:
    from datetime import datetime, timedelta, timezone

    team = make_team(tmp_path, {CASE: case_text(), "notes.md": "team notes\n", "other.md": "other\n"})
    a = team.a
    (a / "notes.md").write_bytes(b"my unsaved thoughts\r\nline two\n")
    (a / "other.md").write_text("staged by me\n", encoding="utf-8")
    git(a, "add", "other.md")
    (a / "scratch.txt").write_bytes(b"\x00binary scratch")
    snapshot = {name: (a / name).read_bytes() for name in ("notes.md", "other.md", "scratch.txt")}
    staged = git(a, "diff", "--cached").stdout
    start = datetime(2026, 11, 4, 8, 0, tzinfo=timezone.utc)
    for n in range(cycles):
        when = start + timedelta(minutes=n)
        edit(team.b, AddTimelineEntry(when, f"B event {n}"))
        it = item(a, 1 + n % 5)
        edit(a, ToggleItem(it))
        for clone in ((team.a, team.b) if n % 2 else (team.b, team.a)):
            outcome = Repo.open(clone).sync().outcome
            assert outcome in ("synced", "nothing"), outcome
    assert {name: (a / name).read_bytes() for name in snapshot} == snapshot
    assert git(a, "diff", "--cached").stdout == staged
    assert Repo.open(team.b).sync().outcome in ("synced", "nothing")
    assert Repo.open(team.a).sync().outcome in ("synced", "nothing")
    assert head(team.a) == head(team.b) == head(team.remote, "main")


def test_an_upstream_change_to_a_file_the_user_changed_is_refused_not_overwritten(tmp_path):
    team = make_team(tmp_path, {CASE: case_text(), "notes.md": "team notes\n"})
    (team.b / "notes.md").write_text("team notes, updated\n", encoding="utf-8")
    git(team.b, "commit", "--quiet", "-am", "notes")
    git(team.b, "push", "--quiet")
    (team.a / "notes.md").write_text("my own unsaved notes\n", encoding="utf-8")
    with pytest.raises(GitError) as caught:
        Repo.open(team.a).sync()
    assert caught.value.kind == "blocked"
    assert (team.a / "notes.md").read_text(encoding="utf-8") == "my own unsaved notes\n"


# -- git that hangs or is missing --------------------------------------------------------------


def test_a_hung_git_is_stopped_by_the_timeout(tmp_path, monkeypatch):
    bin_dir, log = tmp_path / "bin", tmp_path / "calls.log"
    fake_git(bin_dir, log, body="sleep 60")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    folder = tmp_path / "repo"
    (folder / ".git").mkdir(parents=True)
    began = time.monotonic()
    with pytest.raises(GitError) as caught:
        Repo.open(folder, timeout=0.5)
    assert time.monotonic() - began < 30  # only catches a hang
    assert caught.value.kind == "timeout" and "did not answer" in str(caught.value)
    assert "rev-parse" in log.read_text()


def test_no_git_program_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    folder = tmp_path / "repo"
    (folder / ".git").mkdir(parents=True)
    with pytest.raises(GitError) as caught:
        Repo.open(folder)
    assert caught.value.kind == "missing"


def test_git_calls_never_prompt_or_page():
    runner_env = Runner(Path("."), git=shutil.which("git")).env
    assert runner_env["GIT_TERMINAL_PROMPT"] == "0" and runner_env["GIT_PAGER"] == "cat"
    assert runner_env["GIT_LITERAL_PATHSPECS"] == "1"


# -- conflict markers in a file ------------------------------------------------------------------


MARKED = case_text().replace(
    "Priority: P2\n", "<<<<<<< HEAD\nPriority: P1\n=======\nPriority: P3\n>>>>>>> theirs\n")


def test_a_file_with_conflict_markers_parses_with_a_problem(tmp_path):
    case = parse_bytes(MARKED.encode(), CASE)
    assert any(p.startswith(CONFLICT_PROBLEM) and "line 4:" in p for p in case.problems)
    # Read as the first side's case (the ======= line would otherwise make a heading of the line above)
    assert (case.kind, case.is_open, case.priority, len(case.action_items)) == ("escalation", True, "P1", 5)
    assert case.action_items[0].line == parse_bytes(case_text().encode(), CASE).action_items[0].line + 4
    assert not any(p.startswith(CONFLICT_PROBLEM) for p in parse_bytes(case_text().encode(), CASE).problems)
    lone = case_text().replace("## Notes", "## Notes\n\n<<<<<<< just a line of arrows")
    assert not any(p.startswith(CONFLICT_PROBLEM) for p in parse_bytes(lone.encode(), CASE).problems)


def test_an_edit_refuses_a_file_with_conflict_markers(tmp_path):
    (tmp_path / CASE).write_text(MARKED, encoding="utf-8")
    before = (tmp_path / CASE).read_bytes()
    with pytest.raises(EditRefused, match="conflict"):
        apply_edit(Storage(tmp_path), CASE, ToggleItem(item(tmp_path, 1)))
    assert (tmp_path / CASE).read_bytes() == before


# -- the app's own edit-rebase when git cannot merge -----------------------------------------------


def test_timeline_entries_added_at_the_same_place_on_both_sides_both_arrive(tmp_path):
    from datetime import datetime, timezone

    team = make_team(tmp_path)
    edit(team.a, AddTimelineEntry(datetime(2026, 11, 3, 10, 0, tzinfo=timezone.utc), "A called the customer"))
    edit(team.b, AddTimelineEntry(datetime(2026, 11, 3, 10, 5, tzinfo=timezone.utc), "B restarted the worker"))
    assert Repo.open(team.a).sync().outcome == "synced"
    result = Repo.open(team.b).sync()
    assert result.outcome == "synced", result.message
    assert Repo.open(team.a).sync().outcome == "synced"
    for clone in (team.a, team.b):
        texts = [e.text for e in parse_bytes((clone / CASE).read_bytes(), CASE).timeline]
        assert texts[-2:] == ["A called the customer", "B restarted the worker"]
    assert head(team.a) == head(team.b) == head(team.remote, "main")


def test_the_same_item_ticked_on_both_sides_is_no_conflict(tmp_path):
    team = make_team(tmp_path)
    edit(team.a, ToggleItem(item(team.a, 3)))
    edit(team.b, ToggleItem(item(team.b, 3)))
    assert Repo.open(team.a).sync().outcome == "synced"
    assert Repo.open(team.b).sync().outcome in ("synced", "nothing")
    assert head(team.b) == head(team.remote, "main")
    assert item(team.b, 3).status == "done"


def test_an_item_changed_differently_on_both_sides_stays_a_conflict(tmp_path):
    from oncall_tui.core.edits import SetItemStatus

    team = make_team(tmp_path)
    edit(team.a, SetItemStatus(item(team.a, 3), "done"))
    edit(team.b, SetItemStatus(item(team.b, 3), "in_progress"))
    assert Repo.open(team.a).sync().outcome == "synced"
    assert Repo.open(team.b).sync().outcome == "conflict"


# -- soak: random edits over two clones, random sync order ------------------------------------------


def test_random_edits_over_two_clones_all_arrive_short(tmp_path):
    _soak(tmp_path, edits=16, seed=7)


@pytest.mark.slow
def test_random_edits_over_two_clones_all_arrive_500(tmp_path):
    _soak(tmp_path, edits=500, seed=2026)


def _soak(tmp_path: Path, *, edits: int, seed: int) -> None:
    import random
    from datetime import datetime, timedelta, timezone

    from oncall_tui.core.edits import AddActionItem

    rng = random.Random(seed)
    team = make_team(tmp_path)
    clones = [team.a, team.b]
    events: list[str] = []
    items: list[str] = []
    start = datetime(2026, 11, 3, 8, 0, tzinfo=timezone.utc)
    for n in range(edits):
        clone = rng.choice(clones)
        name = "A" if clone == team.a else "B"
        if rng.random() < 0.6:
            text = f"{name} soak event {n}"
            edit(clone, AddTimelineEntry(start + timedelta(minutes=rng.randrange(0, 600)), text))
            events.append(text)
        else:
            text = f"{name} soak item {n}"
            edit(clone, AddActionItem(text))
            items.append(text)
        if rng.random() < 0.35:
            result = Repo.open(rng.choice(clones)).sync()
            assert result.outcome in ("synced", "nothing"), result.message
    for clone in (team.a, team.b, team.a):
        assert Repo.open(clone).sync().outcome in ("synced", "nothing")
    assert head(team.a) == head(team.b) == head(team.remote, "main")
    final = parse_bytes((team.a / CASE).read_bytes(), CASE)
    assert (team.b / CASE).read_bytes() == (team.a / CASE).read_bytes()
    assert final.problems == []
    got_events = sorted(e.text for e in final.timeline if " soak event " in e.text)
    got_items = sorted(i.text for i in final.action_items if " soak item " in i.text)
    assert (len(got_events), len(got_items)) == (len(events), len(items))
    assert got_events == sorted(events) and got_items == sorted(items)


# -- history: each commit as a parsed difference ---------------------------------------------------


def test_history_reads_each_commit_as_what_changed_in_the_case(tmp_path):
    from datetime import datetime, timezone

    from oncall_tui.core.githistory import history, raw_diff

    team = make_team(tmp_path)
    edit(team.a, ToggleItem(item(team.a, 3)))
    edit(team.b, AddTimelineEntry(datetime(2026, 11, 3, 9, 15, tzinfo=timezone.utc), "Patch deployed to EU"))
    edit(team.b, SetPriority("P1"))
    for clone in (team.a, team.b, team.a):
        Repo.open(clone).sync()
    repo = Repo.open(team.a)
    entries = history(repo, CASE)
    assert [e.author for e in entries] == ["Engineer b", "Engineer b", "Engineer a", "Engineer Seed"]
    assert [e.changes for e in entries] == [
        ["priority P2 → P1"],
        ["event added: 2026-11-03T09:15:00+00:00 Patch deployed to EU"],
        ['item "Add failover for the sync worker" done'],
        ["file created"],
    ]
    assert entries[0].subject == "CE7001: priority P2 → P1"
    diff = raw_diff(repo, CASE, entries[0].commit)
    assert "-Priority: P2" in diff and "+Priority: P1" in diff


def test_a_repositorys_own_config_cannot_run_a_monitor_program_on_status(tmp_path):
    team = make_team(tmp_path)
    marker = tmp_path / "monitor-ran"
    monitor = tmp_path / "monitor.sh"
    monitor.write_text(f"#!/bin/sh\ntouch '{marker}'\nexit 1\n", encoding="utf-8")
    monitor.chmod(0o755)
    git(team.a, "config", "core.fsmonitor", str(monitor))
    git(team.a, "status")  # git itself runs it: the test's premise
    assert marker.exists()
    marker.unlink()
    repo = Repo.open(team.a)
    repo.status()
    repo.sync()
    assert not marker.exists()


def test_files_changed_outside_the_app_are_committed_only_when_asked(tmp_path):
    team = make_team(tmp_path, {CASE: case_text(), "cases2/CE7003.md": case_text().replace("CE7001", "CE7003"),
                                "notes.txt": "outside the case folder\n"})
    a = team.a
    (a / "cases2" / "CE7003.md").write_text(case_text().replace("CE7001", "CE7003") + "\nMore.\n", encoding="utf-8")
    (a / "cases2" / "CE7004.md").write_text(case_text().replace("CE7001", "CE7004"), encoding="utf-8")
    (a / "cases2" / "scratch.swp").write_text("editor swap\n", encoding="utf-8")
    (a / "notes.txt").write_text("mine, not a case of this folder\n", encoding="utf-8")
    repo = Repo.open(a)
    assert repo.sync().outcome == "nothing"  # by default nothing of theirs is committed
    assert git(a, "status", "--porcelain").stdout.count("\n") == 4
    done = repo.commit_external(a / "cases2")
    assert sorted(done) == ["cases2/CE7003.md", "cases2/CE7004.md"]
    assert git(a, "log", "-2", "--format=%s").stdout.split("\n")[:2] == [
        "CE7004.md: changed outside oncall-tui", "CE7003.md: changed outside oncall-tui"]
    assert sorted(git(a, "status", "--porcelain").stdout.split()) == ["??", "M", "cases2/scratch.swp", "notes.txt"]


def test_an_edit_to_a_file_with_uncommitted_work_of_the_user_is_not_committed(tmp_path):
    team = make_team(tmp_path)
    a = team.a
    mine = case_text().replace("The worker retries a batch three times.", "The worker retries (my note).")
    (a / CASE).write_text(mine, encoding="utf-8")
    before = head(a)
    edit_obj = ToggleItem(item(a, 2))
    result = apply_edit(Storage(a), CASE, edit_obj)
    with pytest.raises(GitError) as caught:
        commit_edit(Repo.open(a), a, edit_obj, result)
    assert caught.value.kind == "blocked" and "not committed" in str(caught.value)
    assert head(a) == before
    text = (a / CASE).read_text(encoding="utf-8")
    assert "(my note)" in text and "- [x] Split the tenant's backlog" in text


def test_every_conflict_keeps_its_own_refs(tmp_path):
    team = make_team(tmp_path)
    edit(team.a, SetPriority("P1"))
    edit(team.b, SetPriority("P3"))
    assert Repo.open(team.a).sync().outcome == "synced"
    b = Repo.open(team.b)
    first = head(team.b)
    assert b.sync().outcome == "conflict"
    assert b.resolve(CASE, "theirs").outcome == "synced"
    edit(team.a, SetPriority("P4"))
    edit(team.b, SetPriority("P2"))
    assert Repo.open(team.a).sync().outcome == "synced"
    second = head(team.b)
    assert b.sync().outcome == "conflict"
    assert head(team.b, f"refs/oncall-tui/conflicts/main/mine-{first[:12]}") == first
    assert head(team.b, f"refs/oncall-tui/conflicts/main/mine-{second[:12]}") == second
    assert head(team.b, "refs/oncall-tui/conflicts/main/mine") == second


def test_a_conflict_shows_in_the_other_clone_until_it_is_resolved(tmp_path):
    team = make_team(tmp_path)
    edit(team.a, SetPriority("P1"))
    edit(team.b, SetPriority("P3"))
    a, b = Repo.open(team.a), Repo.open(team.b)
    assert a.sync().outcome == "synced"
    assert b.sync().outcome == "conflict"
    assert a.sync().outcome == "nothing"
    assert a.status().team_conflicts == ((CASE, "Engineer b"),)
    assert a.status().conflicts == () and b.status().team_conflicts == ()
    assert head(team.a) == head(team.remote, "main")  # only a ref of its own was added on the remote
    assert b.resolve(CASE, "theirs").outcome == "synced"
    assert "refs/oncall-tui/conflicts/" not in refs(team.remote)
    assert a.sync().outcome == "nothing"
    assert a.status().team_conflicts == ()


def test_a_conflict_resolved_with_a_text_written_by_hand(tmp_path):
    team = make_team(tmp_path)
    edit(team.a, SetPriority("P1"))
    edit(team.b, SetPriority("P3"))
    assert Repo.open(team.a).sync().outcome == "synced"
    b = Repo.open(team.b)
    assert b.sync().outcome == "conflict"
    merged = b.merge_text(CASE).decode()
    assert "<<<<<<< mine\nPriority: P3\n||||||| base\nPriority: P2\n=======\nPriority: P1\n>>>>>>> theirs\n" in merged
    assert any(p.startswith(CONFLICT_PROBLEM) for p in parse_bytes(merged.encode(), CASE).problems)
    by_hand = case_text().replace("Priority: P2", "Priority: P2").replace("## Notes", "## Notes\n\nAgreed on P2.")
    assert b.resolve_with(CASE, by_hand.encode()).outcome == "synced"
    assert git(team.remote, "show", f"main:{CASE}").stdout == by_hand
    assert (team.b / CASE).read_text(encoding="utf-8") == by_hand


def test_the_users_rebase_settings_do_not_move_other_branches(tmp_path):
    team = make_team(tmp_path)
    git(team.b, "config", "rebase.updateRefs", "true")
    git(team.b, "config", "rebase.autoSquash", "true")
    edit(team.a, SetPriority("P1"))
    edit(team.b, ToggleItem(item(team.b, 4)))
    git(team.b, "branch", "keep-here")
    kept = head(team.b, "keep-here")
    assert Repo.open(team.a).sync().outcome == "synced"
    assert Repo.open(team.b).sync().outcome == "synced"
    assert head(team.b, "keep-here") == kept
    assert head(team.b) == head(team.remote, "main")


def test_output_settings_of_the_user_do_not_confuse_the_reading(tmp_path):
    from oncall_tui.core.githistory import history

    team = make_team(tmp_path)
    for clone in (team.a, team.b):
        for key, value in (("color.ui", "always"), ("color.diff", "always"), ("log.decorate", "full"),
                           ("format.pretty", "oneline")):
            git(clone, "config", key, value)
    edit(team.a, SetPriority("P1"))
    edit(team.b, SetPriority("P3"))
    assert Repo.open(team.a).sync().outcome == "synced"
    b = Repo.open(team.b)
    result = b.sync()
    assert result.outcome == "conflict" and result.conflicts == (CASE,)
    assert [e.changes for e in history(Repo.open(team.a), CASE)] == [["priority P2 → P1"], ["file created"]]


def test_a_git_stopped_by_the_timeout_leaves_no_lock_behind(tmp_path, monkeypatch):
    team = make_team(tmp_path)
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    hook = hooks / "pre-commit"
    hook.write_text("#!/bin/sh\nsleep 30\n", encoding="utf-8")
    hook.chmod(0o755)
    git(team.a, "config", "core.hooksPath", str(hooks))
    (team.a / CASE).write_text(case_text() + "\nA line.\n", encoding="utf-8")
    repo = Repo.open(team.a, timeout=1.5)
    began = time.monotonic()
    with pytest.raises(GitError) as caught:
        repo.commit_file(team.a / CASE, "held by a slow hook")
    assert caught.value.kind == "timeout" and time.monotonic() - began < 30
    assert not (team.a / ".git" / "index.lock").exists()
    git(team.a, "config", "--unset", "core.hooksPath")
    assert Repo.open(team.a).commit_file(team.a / CASE, "now it goes") is not None
