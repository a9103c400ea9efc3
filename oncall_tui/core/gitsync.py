"""Sharing a case folder over git: status, a commit per edit, and a fetch–integrate–push cycle.

Only the ``git`` command-line program is used, so the user's own credentials,
ssh agent, hooks and config apply and the app stores no credentials.  Every
call is an argv list (never a shell), file arguments are absolute paths after
``--`` (and pathspecs are literal: ``GIT_LITERAL_PATHSPECS``), every call has a
timeout after which git and its children (ssh, hooks) are killed as a process
group, and git never prompts (``GIT_TERMINAL_PROMPT=0``, no terminal, no
pager, no editor).

A folder that is not inside a git work tree is found out by looking for a
``.git`` entry on the way up: no git process is ever started for it.

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

import json
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from oncall_tui.core.relpath import rel_under

DEFAULT_TIMEOUT = 30.0
"""Seconds any one git call may take before it (and everything it started) is killed."""
PUSH_ATTEMPTS = 3
"""Fetch–rebase–push rounds tried when the remote rejects a push because someone pushed meanwhile."""
CONFLICT_REF = "refs/oncall-tui/conflicts"
TEAM_REF = "refs/oncall-tui/team-conflicts"
"""Where the conflicts other clones announced on the remote (under CONFLICT_REF there) are fetched to."""
GLOBAL_OPTIONS = ("-c", "core.fsmonitor=false", "-c", "color.ui=false", "-c", "log.showSignature=false")
"""Before every command: a repository's own config may not run a file-system monitor program on a mere
``git status`` (the user's hooks do run, on commit and rebase, as the user's git would run them), nor
colour or sign-check the output this module reads."""
STATE_FILE = "oncall-tui-conflicts.json"
"""Kept in the work tree's git folder: the files of the last conflict and the sides picked for them."""

Side = Literal["mine", "theirs"]
Outcome = Literal["synced", "nothing", "offline", "conflict"]

class GitError(Exception):
    """A git call failed; the message is one line fit for the status bar.

    ``kind``: ``missing`` (no git program), ``timeout``, ``not_repo``,
    ``no_remote``, ``no_upstream``, ``detached``, ``busy`` (a merge or rebase
    of the user's is in progress), ``blocked`` (the user's uncommitted changes
    are in the way of the remote's), ``failed``.
    """

    def __init__(self, message: str, *, kind: str = "failed") -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind

    def __str__(self) -> str:
        return self.message


def find_work_tree(folder: Path | str) -> Path | None:
    """The nearest folder at or above *folder* with a ``.git`` entry, or None; starts no process."""
    start = Path(os.path.abspath(os.fspath(folder)))
    for candidate in (start, *start.parents):
        try:
            if os.path.lexists(candidate / ".git"):
                return candidate
        except OSError:
            return None
    return None


def git_env(base: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of every git call: the user's, with prompts, pagers and editors off."""
    env = dict(os.environ if base is None else base)
    env.update({
        "GIT_TERMINAL_PROMPT": "0",
        "GIT_PAGER": "cat",
        "PAGER": "cat",
        "GIT_EDITOR": "true",
        "GIT_SEQUENCE_EDITOR": "true",
        "GIT_MERGE_AUTOEDIT": "no",
        "GIT_LITERAL_PATHSPECS": "1",
        "GIT_OPTIONAL_LOCKS": "0",
        "LC_ALL": "C",
        "LANGUAGE": "C",
    })
    return env


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines:
        if line.startswith(("fatal:", "error:")):
            return line
    return lines[0] if lines else ""


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


class Runner:
    """Runs ``git ARGS`` in one folder with a timeout; the only place a git process is started."""

    def __init__(self, cwd: Path, *, timeout: float = DEFAULT_TIMEOUT, git: str | None = None) -> None:
        self.cwd = cwd
        self.timeout = timeout
        found = git or shutil.which("git")
        if found is None:
            raise GitError("git is not installed (no 'git' program on PATH)", kind="missing")
        self.git = os.path.abspath(found)
        self.env = git_env()

    def __call__(self, *args: str, ok: Sequence[int] | None = (0,), timeout: float | None = None) -> Run:
        """Run git; GitError when it exits with a code not in *ok* (None: any code), times out or cannot start."""
        code, out, err = self.raw(*args, timeout=timeout)
        result = Run(code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"))
        if ok is not None and result.code not in ok:
            why = _first_line(result.err) or _first_line(result.out) or f"exit status {result.code}"
            raise GitError(f"git {args[0]}: {why}")
        return result

    def raw(self, *args: str, timeout: float | None = None, cwd: Path | None = None) -> tuple[int, bytes, bytes]:
        """Run git; its exit code, output and error output as bytes (GitError only on a timeout or no git)."""
        limit = self.timeout if timeout is None else timeout
        try:
            proc = subprocess.Popen(
                [self.git, *GLOBAL_OPTIONS, *args], cwd=cwd or self.cwd, env=self.env, stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
            )
        except FileNotFoundError:
            raise GitError("git is not installed (no 'git' program on PATH)", kind="missing") from None
        except OSError as exc:
            raise GitError(f"cannot run git: {exc.strerror or exc}", kind="missing") from None
        try:
            out, err = proc.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            raise GitError(f"git {args[0]} did not answer within {limit:g} s and was stopped",
                           kind="timeout") from None
        except BaseException:
            _kill_group(proc)
            raise
        return proc.returncode, out, err


TERM_GRACE = 1.0
"""Seconds git gets after SIGTERM to remove its lock files (index.lock) before it is killed outright."""


def _kill_group(proc: subprocess.Popen) -> None:
    """Stop git and whatever it started (ssh, hooks): SIGTERM first, so git removes its lock files, then
    SIGKILL; then reap it without waiting on pipes forever."""
    for sig, wait in ((signal.SIGTERM, TERM_GRACE), (signal.SIGKILL, 2.0)):
        try:
            if hasattr(os, "killpg"):
                os.killpg(proc.pid, sig)
            else:  # no process groups (Windows): git itself at least
                proc.kill()
        except (ProcessLookupError, PermissionError):
            pass
        try:
            proc.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue
    try:
        proc.communicate(timeout=2)
    except subprocess.TimeoutExpired:  # a grandchild that left the group still holds the pipes
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
        proc.wait()


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


@dataclass
class Conflict:
    """The last sync's conflict: both sides by commit, the files, and the sides a person picked."""

    branch: str
    ours: str
    theirs: str
    base: str
    files: list[str]
    choices: dict[str, str] = field(default_factory=dict)
    at: float = 0.0
    announced: list[str] = field(default_factory=list)
    """Refs pushed to the remote so the other clones show the conflict too (removed there once resolved)."""


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

    @classmethod
    def open(cls, folder: Path | str, *, timeout: float = DEFAULT_TIMEOUT, git: str | None = None) -> Repo | None:
        """The work tree holding *folder*, or None when there is none (then no git process was started)."""
        near = find_work_tree(folder)
        if near is None:
            return None
        runner = Runner(Path(os.path.abspath(os.fspath(folder))), timeout=timeout, git=git)
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
        conflict = self._load_conflict()
        files = tuple(conflict.files) if conflict is not None and conflict.branch == branch else ()
        own = conflict.ours if conflict is not None else None
        team = self._team_conflicts(branch, own) if branch is not None else ()
        return RepoStatus(branch, upstream, ahead, behind, self._in_progress(), last_fetch, files, team)

    def _team_conflicts(self, branch: str, own: str | None) -> tuple[tuple[str, str], ...]:
        """The conflicts other clones announced (fetched into :data:`TEAM_REF`), as (path, who) pairs.

        Each announcement is the announcing clone's side; the files it cannot merge with this clone's HEAD
        are its conflicted files (``git merge-tree``, nothing written to the work tree).
        """
        listed = self.git("for-each-ref", "--format=%(objectname)", f"{TEAM_REF}/{branch}/", ok=None).out.split()
        head = self.head()
        out: list[tuple[str, str]] = []
        for notice in listed:
            if notice == own or head is None:
                continue
            key = (head, notice)
            if key not in self._merge_cache:
                run = self.git("merge-tree", "--write-tree", "--name-only", "--no-messages", "-z", head, notice,
                               ok=None)
                names = [n for n in run.out.split("\0")[1:] if n] if run.code == 1 else []
                who = self.git("log", "-1", "--format=%an", notice, ok=None).out.strip()
                self._merge_cache[key] = [(name, who) for name in names]
            out.extend(self._merge_cache[key])
        return tuple(dict.fromkeys(out))

    def _in_progress(self) -> str | None:
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
        return self._bytes("cat-file", "blob", f"{rev}:{path}")

    def _bytes(self, *args: str, cwd: Path | None = None) -> bytes | None:
        code, out, _err = self.git.raw(*args, cwd=cwd or self.top)
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
            busy = self._in_progress()
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
        """Commit each case file under *folder* that another program changed (``[git] commit_external``).

        One commit per file, that file alone, with a generic message; other files of the repository (and
        anything outside the case folder) are left as they are.  Returns the repository paths committed.
        """
        from oncall_tui.core.folder import is_case_name

        base = Path(os.path.abspath(os.fspath(folder)))
        done = []
        with self.lock:
            if self._in_progress() is not None:
                return []
            out = self.git("status", "--porcelain=v1", "-z", "--untracked-files=all", "--", str(base)).out
            entries = out.split("\0")
            i = 0
            while i < len(entries):
                entry = entries[i]
                i += 1
                if len(entry) < 4:
                    continue
                code, path = entry[:2], entry[3:]
                if code[0] in "RC":
                    i += 1  # a rename's second name follows
                    continue
                if "U" in code or code == "!!":
                    continue
                rel = rel_under(self.top / path, base)
                if rel is None or not is_case_name(rel):
                    continue
                absolute = str(self.top / path)
                if code == "??":
                    self.git("add", "--", absolute)
                self.git("commit", "--quiet", "--only", "--no-edit", "-m",
                         f"{rel}: changed outside oncall-tui", "--", absolute)
                done.append(path)
        return done

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
                    self._announce(remote, conflict)
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
            self._withdraw(remote)
        self._clear_conflict()
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
        record = self._load_conflict()
        choices = record.choices if record is not None and record.branch == branch else {}
        new, files = self._rebase_in_temp(old, upstream, choices)
        if new is None:
            base = self.git("merge-base", old, upstream, ok=None).out.strip()
            announced = list(record.announced) if record is not None and record.branch == branch else []
            conflict = Conflict(branch, old, upstream, base, sorted(files), dict(choices), time.time(), announced)
            self._save_conflict(conflict)
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

    def _rebase_in_temp(self, head: str, upstream: str, choices: Mapping[str, str]) -> tuple[str | None, list[str]]:
        """(the rebased commit, []) or (None, the files that conflict and have no side picked)."""
        holder = Path(tempfile.mkdtemp(prefix="oncall-tui-rebase-"))
        tree = holder / "tree"
        try:
            self.git("worktree", "add", "--detach", "--quiet", "--", str(tree), head)
            inner = Runner(tree, timeout=self.git.timeout, git=self.git.git)
            # The user's rebase settings must not reach this: update-refs would move their other branches.
            run = inner("rebase", "--quiet", "--no-autosquash", "--no-autostash", "--no-update-refs", upstream,
                        ok=None)
            rounds = 0
            while run.code != 0:
                rounds += 1
                files = [f for f in inner("diff", "--name-only", "--diff-filter=U", "-z").out.split("\0") if f]
                if not files or rounds > 1000:
                    inner("rebase", "--abort", ok=None)
                    raise GitError(f"rebase onto the remote failed: {_first_line(run.err) or _first_line(run.out)}")
                open_files = [f for f in files if f not in choices]
                if open_files:
                    open_files = self._replay_edits(inner, tree, open_files)
                if open_files:
                    inner("rebase", "--abort")
                    return None, open_files
                for name in (f for f in files if f in choices):
                    if choices[name].startswith("blob:"):  # a text the person wrote (resolve_with)
                        code, data, _err = inner.raw("cat-file", "blob", choices[name][5:])
                        if code != 0:
                            inner("rebase", "--abort", ok=None)
                            raise GitError(f"the resolved text of {name} is missing from the repository")
                        (tree / name).write_bytes(data)
                        inner("add", "--", str(tree / name))
                        continue
                    # During a rebase "ours" is the remote side being built on, "theirs" the local commit.
                    side = "--theirs" if choices[name] == "mine" else "--ours"
                    taken = inner("checkout", side, "--", str(tree / name), ok=None)
                    if taken.code == 0:
                        inner("add", "--", str(tree / name))
                    else:  # that side deleted the file
                        inner("rm", "--quiet", "--cached", "--ignore-unmatch", "--", str(tree / name))
                staged = inner("diff", "--cached", "--quiet", ok=(0, 1)).code
                run = inner("rebase", "--skip" if staged == 0 else "--continue", ok=None)
            return inner("rev-parse", "HEAD").out.strip(), []
        finally:
            gone = self.git("worktree", "remove", "--", str(tree), ok=None)
            if gone.code != 0:
                shutil.rmtree(holder, ignore_errors=True)
                self.git("worktree", "prune", ok=None)
            shutil.rmtree(holder, ignore_errors=True)

    def _replay_edits(self, inner: Runner, tree: Path, files: list[str]) -> list[str]:
        """Re-apply the app's own edit of the commit being rebased onto the remote's version of each file.

        Returns the files it could not do so for (a person decides those).
        """
        from oncall_tui.core.gitreplay import replay

        message = inner("log", "-1", "--format=%B", "REBASE_HEAD", ok=None).out
        left = []
        for name in files:
            ours = self._bytes("cat-file", "blob", f":2:{name}", cwd=tree)
            parent = self._bytes("cat-file", "blob", f"REBASE_HEAD^:{name}", cwd=tree)
            merged = replay(message, parent, ours, name)
            if merged is None:
                left.append(name)
                continue
            (tree / name).write_bytes(merged)
            inner("add", "--", str(tree / name))
        return left

    # -- conflicts ---------------------------------------------------------------------------

    def _state_path(self) -> Path:
        return self.git_dir / STATE_FILE

    def _load_conflict(self) -> Conflict | None:
        try:
            data = json.loads(self._state_path().read_text(encoding="utf-8"))
            return Conflict(str(data["branch"]), str(data["ours"]), str(data["theirs"]), str(data["base"]),
                            [str(f) for f in data["files"]], {str(k): str(v) for k, v in data["choices"].items()},
                            float(data.get("at", 0.0)), [str(r) for r in data.get("announced", [])])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def _save_conflict(self, conflict: Conflict) -> None:
        prefix = f"{CONFLICT_REF}/{conflict.branch}"
        # The latest conflict's sides under stable names, and every conflict's under names of their own, so a
        # later conflict never takes the only ref away from an earlier side that was not kept.
        for name, rev in (("mine", conflict.ours), ("theirs", conflict.theirs)):
            for ref in (f"{prefix}/{name}", f"{prefix}/{name}-{rev[:12]}"):
                self.git("update-ref", "-m", f"oncall-tui: {name} side of a conflict", ref, rev)
        path = self._state_path()
        temp = path.with_name(path.name + ".tmp")
        temp.write_text(json.dumps(conflict.__dict__, indent=1), encoding="utf-8")
        os.replace(temp, path)

    def _announce(self, remote: str, conflict: Conflict) -> None:
        """Push this clone's side of the conflict to a ref of its own on the remote, so the others show it.

        A new ref named by the commit (never a force push); a remote that refuses it changes nothing.
        """
        ref = f"{CONFLICT_REF}/{conflict.branch}/{conflict.ours[:12]}"
        if ref in conflict.announced:
            return
        sent = self.git("push", "--quiet", "--", remote, f"{conflict.ours}:{ref}", ok=None)
        if sent.code == 0:
            conflict.announced.append(ref)
            self._save_conflict(conflict)

    def _withdraw(self, remote: str) -> None:
        """The conflict is resolved: delete the refs that announced it on the remote."""
        conflict = self._load_conflict()
        for ref in conflict.announced if conflict is not None else ():
            self.git("push", "--quiet", "--", remote, f":{ref}", ok=None)

    def _clear_conflict(self) -> None:
        """After a clean sync: forget the conflict's files and choices (its refs stay, as a record)."""
        try:
            os.unlink(self._state_path())
        except FileNotFoundError:
            pass

    def conflict(self) -> Conflict | None:
        """The conflict the last sync left, if any."""
        return self._load_conflict()

    def versions(self, path: str) -> dict[str, bytes | None]:
        """A conflicted repository path as it is on each side: ``base``, ``mine`` and ``theirs``."""
        conflict = self._load_conflict()
        if conflict is None:
            return {"base": None, "mine": None, "theirs": None}
        return {"base": self.show(conflict.base, path) if conflict.base else None,
                "mine": self.show(conflict.ours, path), "theirs": self.show(conflict.theirs, path)}

    def merge_text(self, path: str) -> bytes:
        """Both sides of a conflicted path in one text with ``<<<<<<< mine`` / ``||||||| base`` /
        ``=======`` / ``>>>>>>> theirs`` blocks where they differ (``git merge-file --diff3``), to edit by hand."""
        versions = self.versions(path)
        with tempfile.TemporaryDirectory(prefix="oncall-tui-merge-") as folder:
            names = []
            for side in ("mine", "base", "theirs"):
                file = Path(folder) / side
                file.write_bytes(versions[side] or b"")
                names.append(str(file))
            _code, out, _err = self.git.raw("merge-file", "-p", "--diff3", "-L", "mine", "-L", "base",
                                            "-L", "theirs", "--", *names)
        return out

    def resolve_with(self, path: str, content: bytes) -> SyncResult:
        """Resolve conflicted repository path *path* with *content* (written by a person), then sync."""
        with tempfile.TemporaryDirectory(prefix="oncall-tui-resolved-") as folder:
            file = Path(folder) / "resolved"
            file.write_bytes(content)
            blob = self.git("hash-object", "-w", "--no-filters", "--", str(file)).out.strip()
        return self._choose(path, f"blob:{blob}")

    def resolve(self, path: str, side: Side) -> SyncResult:
        """Keep *side* of conflicted repository path *path*, then run a sync cycle that applies it."""
        if side not in ("mine", "theirs"):
            raise ValueError(f"side must be 'mine' or 'theirs', not {side!r}")
        return self._choose(path, side)

    def _choose(self, path: str, side: str) -> SyncResult:
        with self.lock:
            conflict = self._load_conflict()
            if conflict is None:
                raise GitError("there is no conflict to resolve", kind="failed")
            conflict.choices[path] = side
            self._save_conflict(conflict)
            return self._sync(push=True)
