"""A sync's conflict, kept until a person picks a side: its state file, its refs, both sides' texts.

When local and remote commits touch the same lines, nothing is resolved
silently: both sides are named by refs under :data:`CONFLICT_REF`, the files
and the sides picked so far are kept in a small JSON file in the work tree's
git folder (:data:`STATE_FILE`), and this clone's side is announced on the
remote (a ref of its own, never a force push) so the other clones show the
conflict too.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from oncall_tui.core.gitsync import Repo

CONFLICT_REF = "refs/oncall-tui/conflicts"
TEAM_REF = "refs/oncall-tui/team-conflicts"
"""Where the conflicts other clones announced on the remote (under CONFLICT_REF there) are fetched to."""
STATE_FILE = "oncall-tui-conflicts.json"
"""Kept in the work tree's git folder: the files of the last conflict and the sides picked for them."""


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


class ConflictBook:
    """The conflict record of one repository (its state file and refs).  Methods may raise GitError."""

    def __init__(self, repo: Repo) -> None:
        self.repo = repo

    @property
    def path(self) -> Path:
        return self.repo.git_dir / STATE_FILE

    def load(self) -> Conflict | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return Conflict(str(data["branch"]), str(data["ours"]), str(data["theirs"]), str(data["base"]),
                            [str(f) for f in data["files"]], {str(k): str(v) for k, v in data["choices"].items()},
                            float(data.get("at", 0.0)), [str(r) for r in data.get("announced", [])])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def save(self, conflict: Conflict) -> None:
        prefix = f"{CONFLICT_REF}/{conflict.branch}"
        # The latest conflict's sides under stable names, and every conflict's under names of their own, so a
        # later conflict never takes the only ref away from an earlier side that was not kept.
        for name, rev in (("mine", conflict.ours), ("theirs", conflict.theirs)):
            for ref in (f"{prefix}/{name}", f"{prefix}/{name}-{rev[:12]}"):
                self.repo.git("update-ref", "-m", f"oncall-tui: {name} side of a conflict", ref, rev)
        temp = self.path.with_name(self.path.name + ".tmp")
        temp.write_text(json.dumps(conflict.__dict__, indent=1), encoding="utf-8")
        os.replace(temp, self.path)

    def clear(self) -> None:
        """After a clean sync: forget the conflict's files and choices (its refs stay, as a record)."""
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass

    def announce(self, remote: str, conflict: Conflict) -> None:
        """Push this clone's side of the conflict to a ref of its own on the remote, so the others show it.

        A new ref named by the commit (never a force push); a remote that refuses it changes nothing.
        """
        ref = f"{CONFLICT_REF}/{conflict.branch}/{conflict.ours[:12]}"
        if ref in conflict.announced:
            return
        sent = self.repo.git("push", "--quiet", "--", remote, f"{conflict.ours}:{ref}", ok=None)
        if sent.code == 0:
            conflict.announced.append(ref)
            self.save(conflict)

    def withdraw(self, remote: str) -> None:
        """The conflict is resolved: delete the refs that announced it on the remote."""
        conflict = self.load()
        for ref in conflict.announced if conflict is not None else ():
            self.repo.git("push", "--quiet", "--", remote, f":{ref}", ok=None)

    def versions(self, path: str) -> dict[str, bytes | None]:
        """A conflicted repository path as it is on each side: ``base``, ``mine`` and ``theirs``."""
        conflict = self.load()
        if conflict is None:
            return {"base": None, "mine": None, "theirs": None}
        show = self.repo.show
        return {"base": show(conflict.base, path) if conflict.base else None,
                "mine": show(conflict.ours, path), "theirs": show(conflict.theirs, path)}

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
            _code, out, _err = self.repo.git.raw("merge-file", "-p", "--diff3", "-L", "mine", "-L", "base",
                                                 "-L", "theirs", "--", *names)
        return out

    def store_text(self, content: bytes) -> str:
        """*content* (a resolution written by a person) as a blob in the repository; its id."""
        with tempfile.TemporaryDirectory(prefix="oncall-tui-resolved-") as folder:
            file = Path(folder) / "resolved"
            file.write_bytes(content)
            return self.repo.git("hash-object", "-w", "--no-filters", "--", str(file)).out.strip()

    def team_conflicts(self, branch: str, own: str | None, cache: dict) -> tuple[tuple[str, str], ...]:
        """The conflicts other clones announced (fetched into :data:`TEAM_REF`), as (path, who) pairs.

        Each announcement is the announcing clone's side; the files it cannot merge with this clone's HEAD
        are its conflicted files (``git merge-tree``, nothing written to the work tree).
        """
        git = self.repo.git
        listed = git("for-each-ref", "--format=%(objectname)", f"{TEAM_REF}/{branch}/", ok=None).out.split()
        head = self.repo.head()
        out: list[tuple[str, str]] = []
        for notice in listed:
            if notice == own or head is None:
                continue
            key = (head, notice)
            if key not in cache:
                run = git("merge-tree", "--write-tree", "--name-only", "--no-messages", "-z", head, notice, ok=None)
                names = [n for n in run.out.split("\0")[1:] if n] if run.code == 1 else []
                who = git("log", "-1", "--format=%an", notice, ok=None).out.strip()
                cache[key] = [(name, who) for name in names]
            out.extend(cache[key])
        return tuple(dict.fromkeys(out))
