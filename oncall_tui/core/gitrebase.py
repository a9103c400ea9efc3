"""Rebasing the local commits onto the remote's in a temporary linked work tree.

The user's own work tree is never used for the rebase: it runs in a
``git worktree`` of its own, where conflicts the app's edit replay
(:mod:`oncall_tui.core.gitreplay`) cannot settle, and that no person has
picked a side for, abort it (the branch is left as it was).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from oncall_tui.core.gitrun import GitError, Runner, _first_line

if TYPE_CHECKING:
    from oncall_tui.core.gitsync import Repo

MAX_ROUNDS = 1000


def rebase_in_temp(repo: Repo, head: str, upstream: str, choices: Mapping[str, str]) -> tuple[str | None, list[str]]:
    """(the rebased commit, []) or (None, the files that conflict and have no side picked)."""
    holder = Path(tempfile.mkdtemp(prefix="oncall-tui-rebase-"))
    tree = holder / "tree"
    try:
        repo.git("worktree", "add", "--detach", "--quiet", "--", str(tree), head)
        inner = repo.git.inner(tree)
        # The user's rebase settings must not reach this: update-refs would move their other branches.
        run = inner("rebase", "--quiet", "--no-autosquash", "--no-autostash", "--no-update-refs", upstream, ok=None)
        rounds = 0
        while run.code != 0:
            rounds += 1
            files = [f for f in inner("diff", "--name-only", "--diff-filter=U", "-z").out.split("\0") if f]
            if not files or rounds > MAX_ROUNDS:
                inner("rebase", "--abort", ok=None)
                raise GitError(f"rebase onto the remote failed: {_first_line(run.err) or _first_line(run.out)}")
            open_files = [f for f in files if f not in choices]
            if open_files:
                open_files = _replay_edits(repo, inner, tree, open_files)
            if open_files:
                inner("rebase", "--abort")
                return None, open_files
            for name in (f for f in files if f in choices):
                _take(inner, tree, name, choices[name])
            staged = inner("diff", "--cached", "--quiet", ok=(0, 1)).code
            run = inner("rebase", "--skip" if staged == 0 else "--continue", ok=None)
        return inner("rev-parse", "HEAD").out.strip(), []
    finally:
        gone = repo.git("worktree", "remove", "--", str(tree), ok=None)
        if gone.code != 0:
            shutil.rmtree(holder, ignore_errors=True)
            repo.git("worktree", "prune", ok=None)
        shutil.rmtree(holder, ignore_errors=True)


def _take(inner: Runner, tree: Path, name: str, choice: str) -> None:
    """Settle conflicted *name* in the rebase by the person's *choice*: a side, or a text they wrote."""
    if choice.startswith("blob:"):  # a text the person wrote (resolve_with)
        code, data, _err = inner.raw("cat-file", "blob", choice[5:])
        if code != 0:
            inner("rebase", "--abort", ok=None)
            raise GitError(f"the resolved text of {name} is missing from the repository")
        (tree / name).write_bytes(data)
        inner("add", "--", str(tree / name))
        return
    # During a rebase "ours" is the remote side being built on, "theirs" the local commit.
    side = "--theirs" if choice == "mine" else "--ours"
    taken = inner("checkout", side, "--", str(tree / name), ok=None)
    if taken.code == 0:
        inner("add", "--", str(tree / name))
    else:  # that side deleted the file
        inner("rm", "--quiet", "--cached", "--ignore-unmatch", "--", str(tree / name))


def _replay_edits(repo: Repo, inner: Runner, tree: Path, files: list[str]) -> list[str]:
    """Re-apply the app's own edit of the commit being rebased onto the remote's version of each file.

    Returns the files it could not do so for (a person decides those).
    """
    from oncall_tui.core.gitreplay import replay

    message = inner("log", "-1", "--format=%B", "REBASE_HEAD", ok=None).out
    left = []
    for name in files:
        ours = repo.blob(f":2:{name}", cwd=tree)
        parent = repo.blob(f"REBASE_HEAD^:{name}", cwd=tree)
        merged = replay(message, parent, ours, name)
        if merged is None:
            left.append(name)
            continue
        (tree / name).write_bytes(merged)
        inner("add", "--", str(tree / name))
    return left
