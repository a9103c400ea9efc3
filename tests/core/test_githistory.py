"""A case file's git history (the ``h`` view's core): renames are followed, with real git in a tmp folder."""

from __future__ import annotations

import pytest

from oncall_tui.core.githistory import history, raw_diff
from oncall_tui.core.gitsync import Repo
from tests.gitrepos import CASE, case_text, git, git_isolated, make_team  # noqa: F401

pytestmark = pytest.mark.usefixtures("git_isolated")
NEW_NAME = "CE7001-renamed.md"


def test_the_history_follows_a_case_file_across_a_rename(tmp_path):
    team = make_team(tmp_path)
    case = team.a / CASE
    case.write_text(case_text().replace("Priority: P2", "Priority: P1"), encoding="utf-8")
    git(team.a, "commit", "--quiet", "-am", "CE7001: priority P2 → P1")
    git(team.a, "mv", CASE, NEW_NAME)
    git(team.a, "commit", "--quiet", "-m", "CE7001: file renamed")
    moved = team.a / NEW_NAME
    moved.write_text(moved.read_text(encoding="utf-8").replace("Status: Open", "Status: Resolved"),
                     encoding="utf-8")
    git(team.a, "commit", "--quiet", "-am", "CE7001: status Open → Resolved")
    repo = Repo.open(team.a)
    entries = history(repo, NEW_NAME)
    assert [e.subject for e in entries] == ["CE7001: status Open → Resolved", "CE7001: file renamed",
                                            "CE7001: priority P2 → P1", "The case folder"]
    assert [e.changes for e in entries] == [["status Open → Resolved"], [f"renamed from {CASE}"],
                                            ["priority P2 → P1"], ["file created"]]
    assert [e.path for e in entries] == [NEW_NAME, NEW_NAME, CASE, CASE]
    before = raw_diff(repo, entries[2].path, entries[2].commit, old=entries[2].old_path)
    assert "-Priority: P2" in before and "+Priority: P1" in before
    renamed = raw_diff(repo, entries[1].path, entries[1].commit, old=entries[1].old_path)
    assert f"rename from {CASE}" in renamed and f"rename to {NEW_NAME}" in renamed
    unfollowed = history(repo, NEW_NAME, follow=False)
    assert [e.subject for e in unfollowed] == ["CE7001: status Open → Resolved", "CE7001: file renamed"]
