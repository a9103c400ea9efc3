"""Running the ``git`` program: one bounded, non-interactive call at a time, and stopping them all.

Every call is an argv list (never a shell), file arguments are absolute paths
after ``--`` (and pathspecs are literal: ``GIT_LITERAL_PATHSPECS``), every call
has a timeout after which git and its children (ssh, hooks) are stopped as a
process group, and git never prompts (``GIT_TERMINAL_PROMPT=0``, no terminal,
no pager, no editor).  :meth:`Runner.close` stops the calls still running (the
app quitting) and refuses new ones.

A folder that is not inside a git work tree is found out by looking for a
``.git`` entry on the way up (:func:`find_work_tree`): no git process is
started for it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

DEFAULT_TIMEOUT = 30.0
"""Seconds any one git call may take before it (and everything it started) is stopped."""
GLOBAL_OPTIONS = ("-c", "core.fsmonitor=false", "-c", "color.ui=false", "-c", "log.showSignature=false")
"""Before every command: a repository's own config may not run a file-system monitor program on a mere
``git status`` (the user's hooks do run, on commit and rebase, as the user's git would run them), nor
colour or sign-check the output this module reads."""
TERM_GRACE = 1.0
"""Seconds git gets after SIGTERM to remove its lock files (index.lock) before it is killed outright."""


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
    """Runs ``git ARGS`` in one folder with a timeout; the only place a git process is started.

    Runners made with :meth:`inner` share this one's set of running processes, so :meth:`close` on any of
    them stops every call of the family.
    """

    def __init__(self, cwd: Path, *, timeout: float = DEFAULT_TIMEOUT, git: str | None = None,
                 family: GitProcesses | None = None) -> None:
        self.cwd = cwd
        self.timeout = timeout
        found = git or shutil.which("git")
        if found is None:
            raise GitError("git is not installed (no 'git' program on PATH)", kind="missing")
        self.git = os.path.abspath(found)
        self.env = git_env()
        self.family = family or GitProcesses()

    def inner(self, cwd: Path) -> Runner:
        """A runner for another folder (a temporary work tree) in the same family."""
        return Runner(cwd, timeout=self.timeout, git=self.git, family=self.family)

    def __call__(self, *args: str, ok: Sequence[int] | None = (0,), timeout: float | None = None) -> Run:
        """Run git; GitError when it exits with a code not in *ok* (None: any code), times out or cannot start."""
        code, out, err = self.raw(*args, timeout=timeout)
        result = Run(code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"))
        if ok is not None and result.code not in ok:
            why = _first_line(result.err) or _first_line(result.out) or f"exit status {result.code}"
            raise GitError(f"git {args[0]}: {why}")
        return result

    def raw(self, *args: str, timeout: float | None = None, cwd: Path | None = None) -> tuple[int, bytes, bytes]:
        """Run git; its exit code, output and error output as bytes (GitError only on a timeout, no git, or
        a closed runner)."""
        limit = self.timeout if timeout is None else timeout
        proc = self.family.start([self.git, *GLOBAL_OPTIONS, *args], cwd=cwd or self.cwd, env=self.env)
        try:
            out, err = proc.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            raise GitError(f"git {args[0]} did not answer within {limit:g} s and was stopped",
                           kind="timeout") from None
        except BaseException:
            _kill_group(proc)
            raise
        finally:
            self.family.done(proc)
        if self.family.closed:
            raise GitError(f"git {args[0]} was stopped (the app is quitting)", kind="stopped")
        return proc.returncode, out, err

    def close(self, grace: float = TERM_GRACE) -> None:
        """Stop the family's running git calls (SIGTERM, SIGKILL after *grace*), reap them, refuse new ones."""
        self.family.close(grace)


class GitProcesses:
    """The git processes of a family of runners that are running now; :meth:`close` stops them for good."""

    def __init__(self) -> None:
        self.closed = False
        self._running: set[subprocess.Popen] = set()
        self._lock = threading.Lock()

    def start(self, argv: list[str], *, cwd: Path, env: dict[str, str]) -> subprocess.Popen:
        with self._lock:  # close() either sees this process or refuses it: none slips past a quit
            if self.closed:
                raise GitError(f"git {argv[len(GLOBAL_OPTIONS) + 1]} not started (the app is quitting)",
                               kind="stopped")
            try:
                proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, start_new_session=True)
            except FileNotFoundError:
                raise GitError("git is not installed (no 'git' program on PATH)", kind="missing") from None
            except OSError as exc:
                raise GitError(f"cannot run git: {exc.strerror or exc}", kind="missing") from None
            self._running.add(proc)
            return proc

    def done(self, proc: subprocess.Popen) -> None:
        with self._lock:
            self._running.discard(proc)

    def close(self, grace: float = TERM_GRACE) -> None:
        with self._lock:
            self.closed = True
            running = list(self._running)
        for proc in running:
            _signal_group(proc, signal.SIGTERM)
        for proc in running:
            try:
                proc.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                _signal_group(proc, signal.SIGKILL)
                try:
                    proc.wait(timeout=2.0)
                except subprocess.TimeoutExpired:
                    pass  # unkillable (stuck in the kernel): the thread that started it reaps it later


def _signal_group(proc: subprocess.Popen, sig: int) -> None:
    try:
        if hasattr(os, "killpg"):
            os.killpg(proc.pid, sig)
        else:  # no process groups (Windows): git itself at least
            proc.kill()
    except (ProcessLookupError, PermissionError):
        pass


def _kill_group(proc: subprocess.Popen) -> None:
    """Stop git and whatever it started (ssh, hooks): SIGTERM first, so git removes its lock files, then
    SIGKILL; then reap it without waiting on pipes forever."""
    for sig, wait in ((signal.SIGTERM, TERM_GRACE), (signal.SIGKILL, 2.0)):
        _signal_group(proc, sig)
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
