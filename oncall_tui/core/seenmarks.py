"""Seen marks: snapshots of a case folder's parsed cases, kept per user outside the folder.

A *snapshot* is a compact record of the parsed cases at one moment (fields,
and short digests of every timeline event, action item and problem), taken
from the store's cases (which the parse cache already holds), so the
changes work on any folder, git or not, without keeping file copies.

Snapshots are the user's *seen marks*.  They live in the user's state
folder, ``$XDG_STATE_HOME/oncall-tui/seen/<folder hash>/<user>/`` (else
the platform's state folder; ``ONCALL_TUI_STATE_DIR`` names another base), keyed by a hash of the case folder's real path and by the user, and
never inside the case folder: a read-only session or the wall screen may
write them.  The app saves one when it closes (``close``) and when the user
marks everything seen (``mark``); a few are kept so that ``--since 8h`` can
find the newest one taken before that moment.  Nothing here imports Textual.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO

from oncall_tui.core.cache import paused_gc
from oncall_tui.core.model import Case
from oncall_tui.core.seenrecords import (SeenCase, _keyed, compact, event_keys, item_keys, lines,  # noqa: F401
                                         loads, read_lines)
from oncall_tui.paths import STATE_DIR_ENV, user_dir  # noqa: F401 (STATE_DIR_ENV named for importers)

FORMAT = "oncall-tui-seen"
VERSION = 2
"""2: digests are integers (1 had hex strings)."""
KEEP = 8
"""Snapshots kept per folder and user (the newest mark is always kept too)."""
MAX_SNAPSHOT_BYTES = 256 << 20
READ_BLOCK = 1 << 20
"""A snapshot file is read this much at a time (docs/performance.md, wt-rss)."""


# -- where the marks live --------------------------------------------------------------------------


def default_state_dir() -> Path:
    """``$ONCALL_TUI_STATE_DIR``, else ``$XDG_STATE_HOME/oncall-tui``, else the platform's (:func:`~oncall_tui.paths.user_dir`)."""
    return user_dir("state")


def folder_key(root: Path) -> str:
    """A hash of the case folder's real path (the same folder through a link is the same key)."""
    real = os.path.realpath(Path(root).expanduser())
    return hashlib.sha256(os.fsencode(real)).hexdigest()[:32]


def current_user(name: str | None = None) -> str:
    """The settings' ``[user] name``, else the login name, else ``user``."""
    if name and name.strip():
        return name.strip()
    try:
        return getpass.getuser() or "user"
    except (OSError, KeyError, ImportError):
        return "user"


def user_key(user: str) -> str:
    """A file-name-safe, unique folder name for *user* (``dana-3f2a9c1b``)."""
    slug = re.sub(r"[^a-z0-9]+", "-", user.casefold()).strip("-")[:32] or "user"
    return f"{slug}-{hashlib.sha256(user.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def marks_dir(root: Path, user: str, state_dir: Path | None = None) -> Path:
    return (state_dir or default_state_dir()) / "seen" / folder_key(root) / user_key(user)


# -- snapshots -------------------------------------------------------------------------------------


def case_record(case: Case) -> dict:
    """What a snapshot keeps of one case (as a dict; a snapshot holds it as a :class:`SeenCase`)."""
    return dict(SeenCase.of(case))


@dataclass
class Snapshot:
    """The parsed cases of a folder at one moment, by path."""

    taken_at: datetime
    reason: str  # "close", "mark" or "now"
    cases: dict[str, Mapping]
    """Per path, the case's record: a :class:`SeenCase` (a hand-edited record that is not its shape: a dict)."""
    path: Path | None = None

    @classmethod
    def of(cls, cases: Iterable[Case], taken_at: datetime, reason: str = "now") -> Snapshot:
        with paused_gc():  # many small objects, all kept: no collector passes over them
            return cls(taken_at, reason, {case.path: SeenCase.of(case) for case in cases})

    def blocks(self, root: Path, user: str) -> Iterator[bytes]:
        """The file, in blocks of lines (one case a line: :func:`~oncall_tui.core.seenrecords.lines`)."""
        head = {"format": FORMAT, "version": VERSION, "root": os.path.realpath(root), "user": user,
                "taken_at": self.taken_at.isoformat(), "reason": self.reason}
        return lines(head, self.cases)

    def to_json(self, root: Path, user: str) -> bytes:
        return b"".join(self.blocks(root, user))

    @classmethod
    def from_json(cls, data: bytes, path: Path | None = None) -> Snapshot | None:
        """None for anything that is not one of our snapshots (a stray, torn or hand-edited file)."""
        return cls._checked(read_lines((data,)), lambda: data, path)

    @classmethod
    def read(cls, handle: BinaryIO, path: Path | None = None) -> Snapshot | None:
        """:meth:`from_json` of an open file: one laid out a case a line is read a block at a time, never held
        whole; any other (older ones, written on one line) is read whole, up to :data:`MAX_SNAPSHOT_BYTES`."""

        def blocks() -> Iterator[bytes]:
            size = 0
            while block := handle.read(READ_BLOCK):
                size += len(block)
                if size > MAX_SNAPSHOT_BYTES:
                    raise _TooBig
                yield block

        def whole() -> bytes:
            handle.seek(0)
            data = handle.read(MAX_SNAPSHOT_BYTES + 1)
            if len(data) > MAX_SNAPSHOT_BYTES:
                raise _TooBig
            return data

        try:
            return cls._checked(read_lines(blocks()), whole, path)
        except _TooBig:
            return None

    @classmethod
    def _checked(cls, laid_out: tuple[dict, dict] | None, data: Callable[[], bytes], path: Path | None) -> Snapshot | None:
        try:
            if laid_out is not None:
                value, cases = laid_out
            else:
                value = loads(data())
                cases = value.get("cases") if isinstance(value, dict) else None
            if not isinstance(value, dict) or value.get("format") != FORMAT or value.get("version") != VERSION:
                return None
            taken = datetime.fromisoformat(value["taken_at"])
            if taken.tzinfo is None:
                return None
            if not isinstance(cases, dict) or not all(isinstance(v, Mapping) for v in cases.values()):
                return None
            return cls(taken, str(value.get("reason", "close")), cases if laid_out else compact(cases), path)
        except (ValueError, KeyError, TypeError, RecursionError):
            return None


class _TooBig(Exception):
    """A snapshot file over :data:`MAX_SNAPSHOT_BYTES`: not read."""


def _file_name(snapshot: Snapshot, seq: int) -> str:
    """``<seq>-<UTC time>-<reason>.json``: the sequence number orders them even when two share a clock reading."""
    stamp = snapshot.taken_at.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{seq:08d}-{stamp}-{snapshot.reason}.json"


_NAME = re.compile(r"(\d{8})-\d{8}T\d{12}Z-(close|mark)\.json")


class SeenMarks:
    """One user's snapshots of one case folder, in the state folder."""

    def __init__(self, root: Path, user: str | None = None, state_dir: Path | None = None) -> None:
        self.root = Path(root)
        self.user = current_user(user)
        self.dir = marks_dir(self.root, self.user, state_dir)

    def save(self, snapshot: Snapshot) -> Path:
        """Write *snapshot* atomically (raises OSError) and prune old ones."""
        from oncall_tui.core.atomic import write_atomic

        self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        names = self._names()
        seq = int(names[0][:8]) + 1 if names else 1
        target = self.dir / _file_name(snapshot, seq)
        write_atomic(target, snapshot.blocks(self.root, self.user), mode=0o600)
        snapshot.path = target
        self._prune()
        return target

    def _names(self) -> list[str]:
        try:
            names = [n for n in os.listdir(self.dir) if _NAME.fullmatch(n)]
        except OSError:
            return []
        return sorted(names, reverse=True)

    def _prune(self) -> None:
        names = self._names()
        newest_mark = next((n for n in names if n.endswith("-mark.json")), None)
        for name in names[KEEP:]:
            if name != newest_mark:
                try:
                    os.unlink(self.dir / name)
                except OSError:
                    pass

    def _load(self, name: str) -> Snapshot | None:
        path = self.dir / name
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            return None
        try:
            with os.fdopen(fd, "rb") as handle, paused_gc():  # many small objects, all kept (as in Snapshot.of)
                return Snapshot.read(handle, path)
        except OSError:
            return None

    def latest(self, *, reason: str | None = None, before: datetime | None = None) -> Snapshot | None:
        """The newest readable snapshot (only marks with *reason* ``"mark"``; only those taken at or before
        *before*)."""
        for name in self._names():
            if reason is not None and not name.endswith(f"-{reason}.json"):
                continue
            snapshot = self._load(name)
            if snapshot is None:
                continue
            if before is not None and snapshot.taken_at > before:
                continue
            return snapshot
        return None
