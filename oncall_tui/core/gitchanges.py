"""The changes since a seen mark as git tells them: which commits came in, who made them, and when.

For a case folder inside a git work tree, :func:`commits_since` finds the
commit HEAD was at when the mark was taken (from HEAD's reflog, so a commit
pulled in after the mark counts even when it was made before it; without a
reflog, the commits dated after the mark), lists the case files the commits
since then changed, and reads each one's commits as parsed differences
(:func:`oncall_tui.core.githistory.history`), with its version at HEAD.
:func:`oncall_tui.core.changes.diff` shows those commits with author, time
and subject, and takes only what is not committed yet (HEAD → the working
tree) from the snapshot.

:func:`git_since` is the safe door: None, without starting any git process,
for a folder outside a git work tree; None when git fails or times out.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from oncall_tui.core.folder import is_case_name
from oncall_tui.core.githistory import HistoryEntry, history
from oncall_tui.core.gitrun import DEFAULT_TIMEOUT, GitError, find_work_tree
from oncall_tui.core.gitsync import Repo
from oncall_tui.core.model import Case
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.relpath import rel_under

MAX_COMMITS = 500
"""Commits since the mark read at most (the newest); older ones count as not committed."""
MAX_FILES = 100
"""Case files read from git at most; the others' changes come from the snapshot, as outside git."""


@dataclass(frozen=True)
class GitSince:
    """The commits since a moment that changed case files of one folder."""

    since: datetime
    base: str | None
    """The commit HEAD was at *since* (None: the commits were found by their dates)."""
    head: str
    commits: int
    files: Mapping[str, tuple[HistoryEntry, ...]]
    """Case path (relative to the folder) → the commits since *since* that changed it, newest first."""
    at_head: Mapping[str, Case | None]
    """Case path → the case as HEAD has it (None: not in HEAD)."""

    @property
    def authors(self) -> list[str]:
        names = (entry.author for entries in self.files.values() for entry in entries)
        return sorted(set(names))


def git_since(folder: Path, since: datetime, *, timeout: float = DEFAULT_TIMEOUT) -> GitSince | None:
    """:func:`commits_since` for *folder*, or None: outside a git work tree (no git process started), or
    when git fails or does not answer within *timeout*."""
    if find_work_tree(folder) is None:
        return None
    try:
        repo = Repo.open(folder, timeout=timeout)
        return commits_since(repo, folder, since) if repo is not None else None
    except GitError:
        return None


def since_reader(folder: Path, *, enabled: bool = True,
                 timeout: float = DEFAULT_TIMEOUT) -> Callable[[datetime], GitSince | None] | None:
    """:func:`git_since` for *folder* as a function of the moment (``report_for``'s *git*); None when git is
    turned off."""
    return (lambda moment: git_since(folder, moment, timeout=timeout)) if enabled else None


def commits_since(repo: Repo, folder: Path, since: datetime, previous: GitSince | None = None) -> GitSince | None:
    """The commits HEAD gained since *since* that changed case files under *folder* (GitError on failure).

    *previous* (an earlier read for the same moment) is brought up to date: only the files the commits
    since its HEAD changed are read again, when its HEAD is still in HEAD's history.
    """
    head = repo.head()
    if head is None:
        return None
    stamp = int(since.timestamp())
    found = repo.git("rev-parse", "--verify", "-q", f"HEAD@{{@{stamp}}}", ok=None)
    base = found.out.strip() if found.code == 0 and found.out.strip() else None
    revs = (f"{base}..{head}",) if base else (f"--since=@{stamp}", head)
    top = Path(os.path.abspath(folder))
    files: dict[str, tuple[HistoryEntry, ...]] = {}
    at_head: dict[str, Case | None] = {}
    counted = 0
    new_revs = revs
    if previous is not None and previous.since == since and previous.base == base and base is not None:
        if previous.head == head:
            return previous
        if repo.git("merge-base", "--is-ancestor", previous.head, head, ok=(0, 1)).code == 0:
            files, at_head, counted = dict(previous.files), dict(previous.at_head), previous.commits
            new_revs = (f"{previous.head}..{head}",)
    names, records = _changed(repo, top, new_revs)
    for repo_path in names:
        case_path = _case_path(repo, top, repo_path)
        if case_path is None or not is_case_name(case_path):
            continue
        if len(files) >= MAX_FILES and case_path not in files:
            continue
        entries = history(repo, repo_path, revs=revs, follow=False)
        if entries:
            files[case_path] = tuple(entries)
            raw = repo.show(head, repo_path)
            at_head[case_path] = parse_bytes(raw, case_path) if raw is not None else None
    return GitSince(since, base, head, counted + records, files, at_head)


def _changed(repo: Repo, top: Path, revs: tuple[str, ...]) -> tuple[list[str], int]:
    """The repository paths under *top* that the commits *revs* changed, and how many commits there are."""
    out = repo.git("log", f"--max-count={MAX_COMMITS}", "--no-renames", "--name-only", "-z", "--format=%x1e",
                   *revs, "--", str(top)).out
    records = [r for r in out.split("\x1e") if r.strip("\n\0")]
    names = dict.fromkeys(n.strip("\n") for r in records for n in r.split("\0") if n.strip("\n"))
    return list(names), len(records)


def _case_path(repo: Repo, folder: Path, repo_path: str) -> str | None:
    """A repository path as a path relative to the case folder, or None when it is outside it."""
    return rel_under(repo.top / repo_path, folder, folder.resolve())
