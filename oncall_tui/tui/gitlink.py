"""The app's link to git (issue 18): status in the bar, a commit per edit, the sync cycle, conflicts.

Nothing here runs on the event loop: every git call is made in a thread
worker (:mod:`oncall_tui.core.gitsync` bounds each one by a timeout), and its
outcome comes back with ``call_from_thread`` as a few fields of the status
bar, so a git that hangs or fails is one line in the bar, never a frozen
screen.  A folder outside any git work tree (or ``[git] enabled = false``)
starts no git process at all.  The wall screen and ``--read-only`` only pull
(fetch and fast-forward): they never commit and never push.

What the link changes in the app goes through :class:`GitHooks`, plain
callables the app hands over once.  The commits since a seen mark (the
changes view's who and when) are read in a worker too and kept until HEAD
moves.  :meth:`GitLink.stop` (the app quitting) stops a git still running.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from oncall_tui.core.config import GitSettings
from oncall_tui.core.gitrun import GitProcesses
from oncall_tui.core.relpath import rel_under

if TYPE_CHECKING:
    from textual.app import App

    from oncall_tui.core.edits import Edit, EditResult
    from oncall_tui.core.gitsync import GitError, Repo, RepoStatus, Side, SyncResult
    from oncall_tui.core.gitchanges import GitSince
    from oncall_tui.tui.widgets.status import StatusInfo


WAIT_SECONDS = 5.0
"""How long the changes view, as the app starts, waits for the commits since the mark before it opens."""


def _load_git() -> None:
    """git's sync modules, imported when git is on (not before the first frame, and never while it is off)."""
    global GitError, Repo, RepoStatus
    from oncall_tui.core.gitsync import GitError, Repo, RepoStatus


def _nothing() -> None:
    pass


@dataclass(frozen=True)
class GitHooks:
    """What the link changes in the app: the status bar's fields and a few redraws."""

    info: StatusInfo
    update_status: Callable[[], None]
    """Redraw the status bar from *info*."""
    rescan: Callable[[], None]
    """Compare the folder with the index now (after a sync brought changes in)."""
    refresh_marks: Callable[[], None]
    """Redraw the conflict marks of the case rows."""
    changes_read: Callable[[], None] = _nothing
    """The commits since the seen mark were read anew (an open changes view redraws)."""
    wall: bool = False
    """A team-room display: news shows in the status bar only, no toasts."""


class GitLink:
    """One per app; :meth:`start` after the first frame, :meth:`stop` when it quits."""

    def __init__(self, app: App, folder: Path, settings: GitSettings | None = None, *, pull_only: bool,
                 hooks: GitHooks) -> None:
        self.app = app
        self.hooks = hooks
        self.folder = Path(folder)
        self.settings = settings or GitSettings()
        self.pull_only = pull_only
        self.active = False
        """True when the folder is inside a git work tree and git is enabled."""
        self.conflicts: frozenset[str] = frozenset()
        """Case paths (relative to the folder) that the last sync left conflicted."""
        self.team_conflicts: dict[str, str] = {}
        """Case paths another clone announced as conflicted (and not yet resolved), with who announced it."""
        self.marked: frozenset[str] = frozenset()
        """Case paths shown as conflicted (each table row asks): this clone's conflicts and the announced ones."""
        self._repo: Repo | None = None
        self._syncing = threading.Lock()
        self._last_message: object = None
        self._open_lock = threading.Lock()
        self._processes = GitProcesses()
        self._since: GitSince | None = None
        self._since_wanted: datetime | None = None

    # -- start and stop ---------------------------------------------------------------------------

    def start(self) -> None:
        if not self.settings.enabled:
            return
        from oncall_tui.core.gitsync import find_work_tree

        if find_work_tree(self.folder) is None:
            return  # not a repository: no git process, ever
        _load_git()
        self.active = True
        self._work(self._first_look, "git status")
        if self.settings.sync_seconds:
            self.app.set_interval(self.settings.sync_seconds, self.sync_now, name="git-sync")

    def stop(self) -> None:
        """The app quits: stop the git calls still running (SIGTERM, SIGKILL after a grace), reap them, and
        start no more."""
        self._processes.close()

    def _work(self, job: Callable[[], None], name: str) -> None:
        self.app.run_worker(job, name=name, group="git", thread=True, exclusive=False, exit_on_error=False)

    def repo(self) -> Repo:
        _load_git()  # (every git call comes through here)
        with self._open_lock:
            if self._repo is None:
                repo = Repo.open(self.folder, timeout=self.settings.timeout_seconds, processes=self._processes)
                if repo is None:
                    raise GitError("the folder is not in a git repository", kind="not_repo")
                self._repo = repo
            return self._repo

    def _first_look(self) -> None:
        try:
            status = self.repo().status()
        except GitError as exc:
            self._post(error=str(exc))
            return
        self._post(status=status)
        if self.settings.sync_seconds:
            self._sync_job()

    # -- the sync cycle ---------------------------------------------------------------------------

    def sync_now(self, *, asked: bool = False) -> None:
        """The timer and (*asked*) the sync key: one cycle in a worker (skipped while one is still running)."""
        if not self.active:
            self.app.notify("The folder is not in a git repository: nothing to sync.", severity="warning")
            return
        self._work(lambda: self._sync_job(asked), "git sync")

    def _sync_job(self, asked: bool = False) -> None:
        if not self._syncing.acquire(blocking=False):
            return
        try:
            self._post(busy="syncing…")
            try:
                if self.settings.commit_external and not self.pull_only:
                    self.repo().commit_external(self.folder)
                result = self.repo().sync(push=not self.pull_only)
            except GitError as exc:
                if exc.kind in LOCAL_ONLY:  # a repository kept on this machine: commits stay here, nothing failed
                    self._post(error=None, busy=None, local=str(exc), message=str(exc) if asked else None)
                else:
                    self._post(error=str(exc), busy=None)
                return
            self._post_result(result)
        finally:
            self._syncing.release()

    def resolve(self, case_path: str, side: Side) -> None:
        """Keep *side* (``mine`` or ``theirs``) of a conflicted case, then sync (in a worker)."""
        self._resolve(case_path, lambda repo, path: repo.resolve(path, side))

    def resolve_with(self, case_path: str, content: bytes) -> None:
        """Resolve a conflicted case with a text a person wrote, then sync (in a worker)."""
        self._resolve(case_path, lambda repo, path: repo.resolve_with(path, content))

    def _resolve(self, case_path: str, how: Callable[[Repo, str], SyncResult]) -> None:
        """Run *how* on the repository and the case's path in it (in a worker), then show its sync result."""
        def job() -> None:
            with self._syncing:
                try:
                    repo = self.repo()
                    result = how(repo, repo.repo_path(self.folder / case_path))
                except GitError as exc:
                    self._post(error=str(exc), busy=None)
                    return
                self._post_result(result, said=True)
        self._work(job, "git resolve")

    def merge_text(self, case_path: str) -> bytes:
        """Both sides in one text with conflict blocks; runs git, so call it from a worker."""
        repo = self.repo()
        return repo.merge_text(repo.repo_path(self.folder / case_path))

    def versions(self, case_path: str) -> dict[str, bytes | None]:
        """Both sides (and the base) of a conflicted case; runs git, so call it from a worker."""
        repo = self.repo()
        return repo.versions(repo.repo_path(self.folder / case_path))

    def _post_result(self, result: SyncResult, *, said: bool = False) -> None:
        good = result.outcome in ("synced", "nothing", "conflict")
        self._post(status=result.status, error=None if good else result.message, busy=None,
                   synced=time.monotonic() if result.outcome in ("synced", "nothing") else None,
                   conflicts=result.conflicts, message=result.message if (said or result.outcome != "nothing") else None)
        if result.outcome == "synced":  # HEAD moved: the commits since the mark too
            self._reread_since()

    # -- commits ----------------------------------------------------------------------------------

    def after_write(self, edit: Edit | None, result: EditResult) -> None:
        """An edit was written (in the edit's worker thread): commit that file alone.  Never on the wall."""
        if not self.active or self.pull_only:
            return
        from oncall_tui.core.gitedits import commit_edit

        try:
            commit_edit(self.repo(), self.folder, edit, result)
            status = self.repo().status()
        except GitError as exc:
            self._post(error=f"commit: {exc}")
            return
        self._post(status=status, error=None)
        self._reread_since()

    # -- the commits since a seen mark ------------------------------------------------------------

    def history_since(self, moment: datetime | None, *, wait: bool = False) -> GitSince | None:
        """The commits since *moment* (a seen mark's) as last read; None outside git, when git failed, or
        while they are being read.  With *wait* (only from a worker thread) they are read now, waiting at
        most :data:`WAIT_SECONDS`; otherwise a worker reads them.  A read that was not waited for says when
        it is done (:attr:`GitHooks.changes_read`)."""
        if not self.active or moment is None or self.hooks.wall:  # the wall shows no changes view
            return None
        known = self._since
        if known is not None and known.since == moment:
            return known
        if moment == self._since_wanted and not wait:
            return None  # being read, or git failed for it: no second try until HEAD moves
        self._since_wanted = moment
        if wait:
            return self._read_waiting(moment)
        self._work(self._reread_since, "git changes since the mark")
        return None

    def _read_waiting(self, moment: datetime) -> GitSince | None:
        """Read in a thread of its own and wait for it a while: a git that hangs does not hold the changes
        view back (it shows what the snapshot says, and the commits when the read is done)."""
        box: list[GitSince | None] = []
        late = threading.Event()

        def job() -> None:
            box.append(self._read_since(moment))
            if late.is_set():
                self._say_read()

        reader = threading.Thread(target=job, name="git changes since the mark", daemon=True)
        reader.start()
        reader.join(WAIT_SECONDS)
        late.set()
        return box[0] if box else None  # a read done after this check says so itself

    def _read_since(self, moment: datetime) -> GitSince | None:
        from oncall_tui.core.gitchanges import commits_since

        try:
            found = commits_since(self.repo(), self.folder, moment, self._since)
        except GitError:
            found = None
        if moment == self._since_wanted:
            self._since = found
        return found

    def _reread_since(self) -> None:
        """HEAD moved (or the mark did): read the commits since the mark again (in a worker), then say so."""
        moment = self._since_wanted
        if moment is None:
            return
        self._read_since(moment)
        self._say_read()

    def _say_read(self) -> None:
        if self._processes.closed:
            return  # the app is quitting: nothing left to redraw
        try:
            self.app.call_from_thread(self.hooks.changes_read)
        except RuntimeError:
            pass  # the app has quit

    # -- back on the event loop -------------------------------------------------------------------

    def _post(self, **fields: object) -> None:
        if self._processes.closed:
            return  # the app is quitting (a git call it stopped reports so)
        try:
            self.app.call_from_thread(self._apply, fields)
        except RuntimeError:
            pass  # the app has quit

    def _apply(self, fields: dict[str, object]) -> None:
        info = self.hooks.info
        status = fields.get("status")
        if isinstance(status, RepoStatus):
            info.git = _status_text(status)
            self._set_team_conflicts(status.team_conflicts)
            if info.git_synced is None and status.last_fetch is not None:  # the last fetch, before this app ran
                info.git_synced = time.monotonic() - max(0.0, time.time() - status.last_fetch)
        if "error" in fields:  # every sync outcome says its error (None when fine): "local only" goes with it
            info.git_error = fields["error"]
            info.git_local = fields.get("local")
        if "busy" in fields:
            info.git_busy = fields["busy"]
        if fields.get("synced") is not None:
            info.git_synced = fields["synced"]
        if "conflicts" in fields:
            conflicts = fields["conflicts"]
            outside = self._set_conflicts(conflicts if isinstance(conflicts, tuple) else ())
            if outside:  # the app cannot show or pick these: say so, and how
                info.git_error = (f"conflict outside the case folder ({', '.join(outside)}): both sides kept; "
                                  "resolve it with git (git pull --rebase)")
        message = fields.get("message")
        # One toast per news: a conflict left as it was is not announced again every cycle, and the wall
        # (a team-room display) shows its state in the status bar only.
        if message and message != self._last_message and not self.hooks.wall:
            self.app.notify(str(message), severity="warning" if self.conflicts else "information")
        if "message" in fields:
            self._last_message = message
        if fields.get("synced") is not None:
            self.hooks.rescan()
        self.hooks.update_status()


    def _case_path(self, repo_path: str) -> str | None:
        repo = self._repo
        if repo is None:
            return None
        return rel_under(repo.top / repo_path, self.folder.resolve(), self.folder.absolute())

    def _set_team_conflicts(self, pairs: Iterable[tuple[str, str]]) -> None:
        team = {path: who for repo_path, who in pairs if (path := self._case_path(repo_path)) is not None}
        if team != self.team_conflicts:
            self.team_conflicts = team
            self._marks_changed()

    def _marks_changed(self) -> None:
        self.marked = self.conflicts | frozenset(self.team_conflicts)
        self.hooks.info.git_conflicts = len(self.marked)
        self.hooks.refresh_marks()

    def _set_conflicts(self, repo_paths: Iterable[str]) -> list[str]:
        """Mark the conflicted cases; returns the conflicted repository paths outside the case folder."""
        repo = self._repo
        paths: set[str] = set()
        outside: list[str] = []
        for path in repo_paths:
            if repo is None:
                continue
            rel = rel_under(repo.top / path, self.folder.resolve(), self.folder.absolute())
            if rel is None:
                outside.append(path)
            else:
                paths.add(rel)
        new = frozenset(paths)
        if new != self.conflicts:
            self.conflicts = new
            self._marks_changed()
        return outside


LOCAL_ONLY = frozenset({"no_remote", "no_upstream"})
"""Sync errors that mean "not shared yet", not "broken": shown as a quiet note, no error badge."""


def _status_text(status: RepoStatus) -> str:
    branch = status.branch or "(detached)"
    if status.upstream is None:
        return f"{branch} (no upstream)"
    return f"{branch} ↑{status.ahead} ↓{status.behind}"
