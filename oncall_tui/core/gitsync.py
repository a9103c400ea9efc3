"""Sharing a case folder over git: status, a commit per edit, and a fetch–integrate–push cycle.

Only the ``git`` command-line program is used, so the user's own credentials,
ssh agent, hooks and config apply and the app stores no credentials.  Every
call goes through :class:`~oncall_tui.core.gitrun.Runner` (argv lists, a
timeout, no prompts); a folder that is not inside a git work tree starts no
git process (:func:`~oncall_tui.core.gitrun.find_work_tree`).

What the cycle promises (issue 18):

* the user's uncommitted work is never committed, stashed or reset: a commit
  takes exactly one path (``git commit --only -- PATH``), and the rebase of
  local commits onto the remote runs in a temporary linked work tree, so the
  user's own tree only ever moves by a fast-forward-like two-tree update
  (``git read-tree -m -u``, which refuses instead of overwriting a changed file);
* nothing is resolved silently: when local and remote commits touch the same
  lines, the rebase is aborted, the branch is left as it was (every local
  commit kept), both sides are named by refs under ``refs/oncall-tui/conflicts/``
  and the conflicted files are reported; a person picks a side per file
  (:meth:`Repo.resolve`), never ``-X theirs``;
* never ``reset --hard``, never a force push: a push the remote rejects (someone
  pushed meanwhile) is retried after another fetch and rebase;
* offline, commits stay queued locally and the next cycle that reaches the
  remote pushes them all.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from oncall_tui.core.gitconflicts import CONFLICT_REF, TEAM_REF, Conflict, ConflictBook
from oncall_tui.core.gitrebase import rebase_in_temp
from oncall_tui.core.gitrun import (
    DEFAULT_TIMEOUT,
    GitError,
    GitProcesses,
    Runner,
    _first_line,
    find_work_tree,
    git_env,
)
from oncall_tui.core.relpath import rel_under

__all__ = ["DEFAULT_TIMEOUT", "Conflict", "GitError", "Repo", "RepoStatus", "Runner", "SyncResult",
           "find_work_tree", "git_env"]

PUSH_ATTEMPTS = 3
"""Fetch–rebase–push rounds tried when the remote rejects a push because someone pushed meanwhile."""

Side = Literal["mine", "theirs"]
Outcome = Literal["synced", "nothing", "offline", "conflict"]


@dataclass(frozen=True)
class RepoStatus:
    """Where the branch stands, as the status bar shows it."""

    branch: str | None
    """None on a detached HEAD."""
    upstream: str | None
    ahead: int = 0
    behind: int = 0
    in_progress: str | None = None
    """``rebase``, ``merge``, ``cherry-pick`` or ``revert`` when the user has one going in the work tree."""
    last_fetch: float | None = None
    """When the remote was last fetched (epoch seconds), from ``FETCH_HEAD``."""
    conflicts: tuple[str, ...] = ()
    """Repository paths of the last sync's conflict, until it is resolved."""
    team_conflicts: tuple[tuple[str, str], ...] = ()
    """(repository path, who) for each conflict another clone announced on the remote and has not resolved."""


@dataclass(frozen=True)
class SyncResult:
    outcome: Outcome
    message: str
    status: RepoStatus
    conflicts: tuple[str, ...] = ()
    pushed: int = 0
    pulled: int = 0


_LOCKS: dict[str, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()


def _repo_lock(top: Path) -> threading.Lock:
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(str(top), threading.Lock())


class Repo:
    """One git work tree holding a case folder.  Every method may raise :class:`GitError`."""

    def __init__(self, top: Path, runner: Runner, git_dir: Path) -> None:
        self.top = top
        self.git = runner
        self.git_dir = git_dir
        self.lock = _repo_lock(top)
        self._merge_cache: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self.conflicts = ConflictBook(self)

    @classmethod
    def open(cls, folder: Path | str, *, timeout: float = DEFAULT_TIMEOUT, git: str | None = None,
             processes: GitProcesses | None = None) -> Repo | None:
        """The work tree holding *folder*, or None when there is none (then no git process was started).
        Its git calls join *processes* (stopped together by its ``close``) when given."""
        near = find_work_tree(folder)
        if near is None:
            return None
        runner = Runner(Path(os.path.abspath(os.fspath(folder))), timeout=timeout, git=git, family=processes)
        probe = runner("rev-parse", "--show-toplevel", "--absolute-git-dir", ok=None)
        if probe.code != 0:
            raise GitError(f"not a git work tree: {_first_line(probe.err) or folder}", kind="not_repo")
        lines = probe.out.splitlines()
        if len(lines) < 2 or not lines[0]:
            raise GitError(f"not a git work tree (inside a git folder?): {folder}", kind="not_repo")
        top = Path(lines[0])
        runner.cwd = top
        return cls(top, runner, Path(lines[1]))

    # -- looking ------------------------------------------------------------------------------

    def status(self) -> RepoStatus:
        out = self.git("status", "--porcelain=v2", "--branch", "--untracked-files=no", "--ignore-submodules",
                       "-z").out
        branch = upstream = None
        ahead = behind = 0
        for entry in out.split("\0"):
            if entry.startswith("# branch.head "):
                head = entry[len("# branch.head "):]
                branch = None if head == "(detached)" else head
            elif entry.startswith("# branch.upstream "):
                upstream = entry[len("# branch.upstream "):]
            elif entry.startswith("# branch.ab "):
                a, b = entry[len("# branch.ab "):].split()
                ahead, behind = int(a), -int(b)
        fetch_head = self.git_dir / "FETCH_HEAD"
        try:
            last_fetch = fetch_head.stat().st_mtime
        except OSError:
            last_fetch = None
        conflict = self.conflicts.load()
        files = tuple(conflict.files) if conflict is not None and conflict.branch == branch else ()
        own = conflict.ours if conflict is not None else None
        team = self.conflicts.team_conflicts(branch, own, self._merge_cache) if branch is not None else ()
        return RepoStatus(branch, upstream, ahead, behind, self.in_progress(), last_fetch, files, team)

    def in_progress(self) -> str | None:
        for name, what in (("rebase-merge", "rebase"), ("rebase-apply", "rebase"), ("MERGE_HEAD", "merge"),
                           ("CHERRY_PICK_HEAD", "cherry-pick"), ("REVERT_HEAD", "revert")):
            if (self.git_dir / name).exists():
                return what
        return None

    def repo_path(self, path: Path | str) -> str:
        """*path* (absolute, or relative to the current folder) as a path relative to the work tree's top."""
        absolute = Path(os.path.abspath(os.fspath(path)))
        rel = rel_under(absolute, self.top)
        if rel is None:
            rel = rel_under(absolute.resolve(), self.top.resolve())
        if rel is None:
            raise GitError(f"{path} is not inside the repository {self.top}", kind="failed")
        return rel or "."

    def show(self, rev: str, path: str) -> bytes | None:
        """The bytes of repository path *path* at *rev*, or None when it has no such file."""
        return self.blob(f"{rev}:{path}")

    def blob(self, spec: str, *, cwd: Path | None = None) -> bytes | None:
        """The bytes of the object *spec* names (``REV:PATH``, ``:2:PATH``), or None when there is none."""
        code, out, _err = self.git.raw("cat-file", "blob", spec, cwd=cwd or self.top)
        return out if code == 0 else None

    def head(self) -> str | None:
        run = self.git("rev-parse", "--verify", "-q", "HEAD", ok=None)
        return run.out.strip() if run.code == 0 else None

    # -- committing ------------------------------------------------------------------------------

    def commit_file(self, path: Path | str, message: str) -> str | None:
        """Commit the file at *path* alone with *message*; the new commit, or None when it has no change.

        Only that path is committed (``--only``): whatever else the user has staged stays staged and
        unstaged work stays unstaged.  A new (untracked) file is added first, that file alone.
        """
        absolute = os.path.abspath(os.fspath(path))
        self.repo_path(absolute)  # inside the work tree, or GitError
        with self.lock:
            busy = self.in_progress()
            if busy is not None:
                raise GitError(f"a {busy} is in progress in the repository; the edit was written but not "
                               "committed", kind="busy")
            changed = self.git("status", "--porcelain=v1", "-z", "--untracked-files=all", "--", absolute).out
            if not changed:
                return None
            if changed.startswith("??"):
                self.git("add", "--", absolute)
            self.git("commit", "--quiet", "--only", "--no-edit", "-m", message, "--", absolute)
            return self.head()

    def commit_external(self, folder: Path | str) -> list[str]:
        """Commit each case file under *folder* that another program changed, alone, with a generic message
        (``[git] commit_external``; :func:`oncall_tui.core.gitedits.commit_external`)."""
        from oncall_tui.core.gitedits import commit_external

        return commit_external(self, folder)

    # -- syncing ------------------------------------------------------------------------------

    def _upstream(self, status: RepoStatus) -> tuple[str, str, str]:
        """(branch, remote, remote branch ref) or GitError saying what is missing."""
        if status.branch is None:
            raise GitError("HEAD is detached (no branch checked out); nothing to sync", kind="detached")
        branch = status.branch
        remote = self.git("config", "--get", f"branch.{branch}.remote", ok=None).out.strip()
        merge = self.git("config", "--get", f"branch.{branch}.merge", ok=None).out.strip()
        if not remote or not merge:
            remotes = self.git("remote").out.split()
            if not remotes:
                raise GitError("the repository has no remote to sync with (git remote add origin URL)",
                               kind="no_remote")
            raise GitError(f"branch {branch} has no upstream (git push -u {remotes[0]} {branch})",
                           kind="no_upstream")
        return branch, remote, merge

    def sync(self, *, push: bool = True) -> SyncResult:
        """One fetch–integrate–push cycle.  With *push* False (the wall screen): fetch and fast-forward only."""
        with self.lock:
            return self._sync(push=push)

    def _sync(self, *, push: bool) -> SyncResult:
        status = self.status()
        if status.in_progress is not None:
            raise GitError(f"a {status.in_progress} is in progress in the repository; finish or abort it first",
                           kind="busy")
        branch, remote, merge = self._upstream(status)
        pulled = pushed = 0
        for _attempt in range(PUSH_ATTEMPTS):
            fetched = self.git("fetch", "--quiet", "--", remote, ok=None)
            if fetched.code == 0:  # the conflicts other clones announced (a failure here changes nothing)
                self.git("fetch", "--quiet", "--prune", "--no-tags", "--", remote,
                         f"{CONFLICT_REF}/{branch}/*:{TEAM_REF}/{branch}/*", ok=None)
            if fetched.code != 0:
                status = self.status()
                queued = f"; {status.ahead} local commit(s) queued" if status.ahead else ""
                return SyncResult("offline", f"remote unreachable: {_first_line(fetched.err)}{queued}", status,
                                  status.conflicts)
            status = self.status()
            if status.behind and not status.ahead:
                self._fast_forward(status)
                pulled += status.behind
            elif status.behind and status.ahead:
                if not push:
                    return SyncResult("nothing", f"{branch} and the remote have both moved on; the wall only "
                                      "pulls, so nothing was changed", status, status.conflicts)
                upstream = self.git("rev-parse", "--verify", "@{upstream}").out.strip()
                conflict = self._rebase_onto(branch, upstream)
                if conflict is not None:
                    self.conflicts.announce(remote, conflict)
                    status = self.status()
                    names = ", ".join(conflict.files)
                    return SyncResult("conflict", f"conflict in {names}: both versions kept; pick a side",
                                      status, tuple(conflict.files), pushed, pulled)
                pulled += status.behind
            status = self.status()
            if not push or not status.ahead:
                break
            sent = self.git("push", "--quiet", "--porcelain", "--", remote, f"HEAD:{merge}", ok=None)
            if sent.code == 0:
                pushed += status.ahead
                break
            if "[rejected]" not in sent.out and "rejected" not in sent.err:
                status = self.status()
                return SyncResult("offline", f"push failed: {_first_line(sent.err) or _first_line(sent.out)}; "
                                  f"{status.ahead} local commit(s) queued", status, status.conflicts)
        if push:
            self.conflicts.withdraw(remote)
        self.conflicts.clear()
        status = self.status()
        if status.ahead and push:
            return SyncResult("offline", f"the remote kept moving; {status.ahead} local commit(s) queued", status)
        if pulled or pushed:
            return SyncResult("synced", f"synced: {pulled} pulled, {pushed} pushed", status, (), pushed, pulled)
        return SyncResult("nothing", "up to date", status)

    def _fast_forward(self, status: RepoStatus) -> None:
        run = self.git("merge", "--ff-only", "--quiet", "@{upstream}", ok=None)
        if run.code != 0:
            raise GitError("cannot bring in the remote's changes: " + (_first_line(run.err) or "merge refused")
                           + " (your uncommitted changes are in the way; nothing was changed)", kind="blocked")

    def _rebase_onto(self, branch: str, upstream: str) -> Conflict | None:
        """Rebase the local commits onto *upstream* in a temporary work tree; move the branch there if it works.

        On a conflict no side is picked silently: the rebase is aborted, the branch stays where it was
        (every local commit on it), both sides get refs, and the Conflict is returned.
        """
        old = self.head()
        assert old is not None
        record = self.conflicts.load()
        choices = record.choices if record is not None and record.branch == branch else {}
        new, files = rebase_in_temp(self, old, upstream, choices)
        if new is None:
            base = self.git("merge-base", old, upstream, ok=None).out.strip()
            announced = list(record.announced) if record is not None and record.branch == branch else []
            conflict = Conflict(branch, old, upstream, base, sorted(files), dict(choices), time.time(), announced)
            self.conflicts.save(conflict)
            return conflict
        # Move the user's work tree from old to new like a checkout: files changed between the two are
        # updated, the user's changes elsewhere are kept, and a change of theirs in the way stops it all.
        self.git("update-index", "-q", "--refresh", ok=None)  # stale stat data must not read as a change
        moved = self.git("read-tree", "-m", "-u", old, new, ok=None)
        if moved.code != 0:
            raise GitError("cannot bring in the remote's changes: " + (_first_line(moved.err) or "refused")
                           + " (your uncommitted changes are in the way; nothing was changed)", kind="blocked")
        self.git("update-ref", "-m", "oncall-tui sync: rebase onto the remote", "HEAD", new, old)
        return None

    def conflict(self) -> Conflict | None:
        """The conflict the last sync left, if any."""
        return self.conflicts.load()

    def versions(self, path: str) -> dict[str, bytes | None]:
        """A conflicted repository path as it is on each side: ``base``, ``mine`` and ``theirs``."""
        return self.conflicts.versions(path)

    def merge_text(self, path: str) -> bytes:
        """Both sides of a conflicted path in one text with conflict blocks, to edit by hand."""
        return self.conflicts.merge_text(path)

    def resolve_with(self, path: str, content: bytes) -> SyncResult:
        """Resolve conflicted repository path *path* with *content* (written by a person), then sync."""
        return self._choose(path, f"blob:{self.conflicts.store_text(content)}")

    def resolve(self, path: str, side: Side) -> SyncResult:
        """Keep *side* of conflicted repository path *path*, then run a sync cycle that applies it."""
        if side not in ("mine", "theirs"):
            raise ValueError(f"side must be 'mine' or 'theirs', not {side!r}")
        return self._choose(path, side)

    def _choose(self, path: str, side: str) -> SyncResult:
        with self.lock:
            conflict = self.conflicts.load()
            if conflict is None:
                raise GitError("there is no conflict to resolve", kind="failed")
            conflict.choices[path] = side
            self.conflicts.save(conflict)
            return self._sync(push=True)
