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
import json
import os
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from oncall_tui.core.cache import paused_gc
from oncall_tui.core.model import Case
from oncall_tui.paths import STATE_DIR_ENV, user_dir  # noqa: F401 (STATE_DIR_ENV named for importers)

try:
    import orjson
except ImportError:  # a platform without its wheel: the standard module reads and writes the same JSON
    orjson = None  # type: ignore[assignment]

FORMAT = "oncall-tui-seen"
VERSION = 2
"""2: digests are integers (1 had hex strings)."""
KEEP = 8
"""Snapshots kept per folder and user (the newest mark is always kept too)."""
MAX_SNAPSHOT_BYTES = 256 << 20


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


def _digest(value: str) -> int:
    """64 bits of two C checksums, as one integer (cheaper than a hex hash).  Nothing here is secret: a
    crafted collision can only hide one change from the person's own view."""
    data = value.encode("utf-8", "surrogatepass")
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


def _keyed(values: list[str]) -> list[int]:
    """Digests of *values*; a repeated value's second, third… copy gets another (so two identical items stay two)."""
    keys = [_digest(value) for value in values]
    if len(set(values)) == len(values):
        return keys
    seen: dict[str, int] = {}
    for i, value in enumerate(values):
        n = seen[value] = seen.get(value, 0) + 1
        if n > 1:
            keys[i] = _digest(f"{value}\x00#{n}")
    return keys


def event_keys(case: Case) -> list[int]:
    return _keyed([f"{event.at}\x00{event.text}" for event in case.timeline])


def item_keys(case: Case) -> list[int]:
    return _keyed([item.text for item in case.action_items])


def case_record(case: Case) -> dict:
    """What a snapshot keeps of one case."""
    sentiment = case.sentiment
    return {
        "id": case.id, "kind": case.kind, "title": case.title, "open": case.is_open,
        "status": case.status, "priority": case.priority, "owner": case.owner, "customer": case.customer,
        "sentiment": None if sentiment is None else [sentiment.label, round(sentiment.score, 3)],
        "events": event_keys(case),
        "items": [[key, item.status] for key, item in zip(item_keys(case), case.action_items)],
        "problems": _keyed(list(case.problems)),
    }


@dataclass
class Snapshot:
    """The parsed cases of a folder at one moment, by path."""

    taken_at: datetime
    reason: str  # "close", "mark" or "now"
    cases: dict[str, dict]
    path: Path | None = None

    @classmethod
    def of(cls, cases: Iterable[Case], taken_at: datetime, reason: str = "now") -> Snapshot:
        with paused_gc():  # many small objects, all kept: no collector passes over them
            return cls(taken_at, reason, {case.path: case_record(case) for case in cases})

    def to_json(self, root: Path, user: str) -> bytes:
        data = {"format": FORMAT, "version": VERSION, "root": os.path.realpath(root), "user": user,
                "taken_at": self.taken_at.isoformat(), "reason": self.reason, "cases": self.cases}
        if orjson is not None:
            try:
                return orjson.dumps(data)
            except (orjson.JSONEncodeError, TypeError):  # a lone surrogate in a title: the standard way
                pass
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")

    @classmethod
    def from_json(cls, data: bytes, path: Path | None = None) -> Snapshot | None:
        """None for anything that is not one of our snapshots (a stray, torn or hand-edited file)."""
        try:
            value = _loads(data)
            if not isinstance(value, dict) or value.get("format") != FORMAT or value.get("version") != VERSION:
                return None
            taken = datetime.fromisoformat(value["taken_at"])
            if taken.tzinfo is None:
                return None
            cases = value["cases"]
            if not isinstance(cases, dict) or not all(isinstance(v, dict) for v in cases.values()):
                return None
            return cls(taken, str(value.get("reason", "close")), cases, path)
        except (ValueError, KeyError, TypeError, RecursionError):
            return None


def _loads(data: bytes) -> object:
    if orjson is not None:
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass  # what orjson refuses (a lone surrogate escaped by the standard encoder) goes the standard way
    return json.loads(data)


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
        write_atomic(target, snapshot.to_json(self.root, self.user), mode=0o600)
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
            with os.fdopen(fd, "rb") as handle:
                data = handle.read(MAX_SNAPSHOT_BYTES + 1)
        except OSError:
            return None
        if len(data) > MAX_SNAPSHOT_BYTES:
            return None
        with paused_gc():  # many small objects, all kept (as in Snapshot.of)
            return Snapshot.from_json(data, path)

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
