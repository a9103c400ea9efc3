"""What changed in a case folder since a person last looked: seen marks, snapshots and their diff.

A *snapshot* is a compact record of the parsed cases at one moment (fields,
and short digests of every timeline event, action item and problem), taken
from the store's cases (which the parse cache already holds), so the
changes work on any folder, git or not, without keeping file copies.

Snapshots are the user's *seen marks*.  They live in the user's state
folder, ``$XDG_STATE_HOME/oncall-tui/seen/<folder hash>/<user>/`` (else
``~/.local/state/oncall-tui/...``; ``ONCALL_TUI_STATE_DIR`` names another
base), keyed by a hash of the case folder's real path and by the user, and
never inside the case folder: a read-only session or the wall screen may
write them.  The app saves one when it closes (``close``) and when the user
marks everything seen (``mark``); a few are kept so that ``--since 8h`` can
find the newest one taken before that moment.

:func:`diff` compares a snapshot with the live cases and gives a
:class:`Report` grouped by case, newest first; :func:`render` prints it.
The headless ``oncall-tui changes`` and the TUI's changes view both use it.
Nothing here imports Textual.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from oncall_tui.core.cache import paused_gc
from oncall_tui.core.dates import as_datetime, from_mtime_ns, reachable_iso
from oncall_tui.core.model import ActionItem, Case
from oncall_tui.core.text import escape_controls
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
SENTIMENT_STEP = 0.2
"""A sentiment score has "moved" when it changed by at least this much (or its label changed)."""
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
    """64 bits of two C checksums, as one integer: ~300 ns where a hex blake2b took ~400 (measured with
    timeit).  Nothing here is secret: a crafted collision can only hide one change from the person's own view."""
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
        with paused_gc():  # many small objects, all kept: the collector's passes over them cost 2-3x
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
        with paused_gc():  # 3,000 generated cases: 30-80 ms instead of 250-390 ms with the collector running
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


# -- the diff --------------------------------------------------------------------------------------

KINDS = ("new case", "removed", "closed", "reopened", "status", "priority", "owner", "event",
         "item added", "item done", "item reopened", "overdue", "sentiment", "problem")


@dataclass(frozen=True)
class Changed:
    """One change of one case."""

    kind: str
    text: str
    at: datetime | None
    line: int | None = None
    """The file line it is about (a timeline event, an item), for opening the case at that place."""


@dataclass
class CaseChanges:
    path: str
    case_id: str
    title: str
    changes: list[Changed] = field(default_factory=list)

    @property
    def newest(self) -> datetime | None:
        times = [c.at for c in self.changes if c.at is not None]
        return max(times) if times else None


@dataclass
class Report:
    since: datetime | None
    basis: str
    """``mark`` (the last explicit mark), ``close`` (when the app last closed), ``time`` (no snapshot that old:
    only what the files' own times show) or ``none`` (no snapshot yet)."""
    groups: list[CaseChanges]

    @property
    def paths(self) -> set[str]:
        return {group.path for group in self.groups}

    def __len__(self) -> int:
        return sum(len(group.changes) for group in self.groups)


def _label(value: object) -> str:
    if value is None:
        return "none"
    text = str(value)
    return {"in_progress": "In progress"}.get(text, text[:1].upper() + text[1:])


def due_day(item: ActionItem) -> date | None:
    value = reachable_iso(item.due)
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value


def is_overdue(item: ActionItem, today: date) -> bool:
    """Not done and due before *today* (the tables' rule)."""
    due = due_day(item)
    return item.status != "done" and due is not None and due < today


def _overdue_since(item: ActionItem, since: datetime, now: datetime) -> bool:
    """The item went overdue between *since* and *now*: its due day ended in that span."""
    due = due_day(item)
    if due is None or item.status == "done":
        return False
    return since.astimezone(now.tzinfo).date() <= due < now.date()


def _when(case: Case, now: datetime) -> datetime:
    """When a change of *case* reached its file: its modification time (now when unknown)."""
    return from_mtime_ns(case.source.mtime_ns, now.tzinfo) or now


def _went_overdue(item: ActionItem, now: datetime) -> datetime | None:
    """The moment the item went overdue: the start of the day after its due day."""
    due = due_day(item)
    if due is None:
        return None
    return datetime.combine(due + timedelta(days=1), time(), now.tzinfo)


def _item_words(item: ActionItem) -> str:
    due = f"due {item.due}" if item.due and item.due not in item.text else None
    extra = ", ".join(x for x in (item.owner, due) if x)
    return f"{item.text}" + (f" ({extra})" if extra else "")


def _ints(value: object) -> set[int]:
    """The digests of a snapshot's list (anything else in it, from a hand-edited file, is dropped)."""
    return {v for v in value if type(v) is int} if isinstance(value, list) else set()


def _case_changes(old: dict | None, case: Case, since: datetime, now: datetime) -> list[Changed]:
    when = _when(case, now)
    zone = now.tzinfo
    out: list[Changed] = []
    items = list(zip(item_keys(case), case.action_items))
    if old is None:
        out.append(Changed("new case", f"{_label(case.kind)}: {case.title}"
                           + (f" ({case.priority}, {_label(case.status)})" if case.priority or case.status else ""),
                           as_datetime(case.opened_at, zone) or when, 1))
        for key, item in items:
            if _overdue_since(item, since, now):
                out.append(Changed("overdue", _item_words(item), _went_overdue(item, now), item.line))
        return out
    if old.get("open") and not case.is_open:
        out.append(Changed("closed", f"closed ({_label(case.status)})", when))
    elif not old.get("open") and case.is_open:
        out.append(Changed("reopened", f"reopened ({_label(case.status)})", when))
    for name in ("status", "priority", "owner"):
        before, after = old.get(name), getattr(case, name)
        if before != after:
            out.append(Changed(name, f"{_label(name)}: {_label(before)} → {_label(after)}", when))
    old_events = _ints(old.get("events"))
    for key, event in zip(event_keys(case), case.timeline):
        if key not in old_events:
            out.append(Changed("event", event.text, as_datetime(event.at, zone) or when, event.line))
    try:
        old_items = {key: status for key, status in old.get("items") or () if type(key) is int}
    except (TypeError, ValueError):  # a hand-edited snapshot: every item then reads as added
        old_items = {}
    for key, item in items:
        was = old_items.get(key)
        if was is None:
            out.append(Changed("item added", _item_words(item), when, item.line))
        elif was != "done" and item.status == "done":
            out.append(Changed("item done", item.text, when, item.line))
        elif was == "done" and item.status != "done":
            out.append(Changed("item reopened", item.text, when, item.line))
        if _overdue_since(item, since, now):
            out.append(Changed("overdue", _item_words(item), _went_overdue(item, now), item.line))
    done = [c for c in out if c.kind == "item done"]
    if len(done) > 2 and out and out[0].kind == "closed":
        # Closing an escalation makes its unmarked action plan read as done: one line, not one per item.
        first = done[0]
        out = [c for c in out if c.kind != "item done"]
        out.append(Changed("item done", f"{len(done)} items done with the case: {first.text}, …", first.at, first.line))
    out.extend(_sentiment_change(old.get("sentiment"), case, when))
    old_problems = _ints(old.get("problems"))
    for key, problem in zip(_keyed(list(case.problems)), case.problems):
        if key not in old_problems:
            out.append(Changed("problem", problem, when))
    return out


def _sentiment_change(old: object, case: Case, when: datetime) -> list[Changed]:
    new = case.sentiment
    old_label, old_score = (old[0], old[1]) if isinstance(old, list) and len(old) == 2 else (None, None)
    if new is None and old_score is None:
        return []
    if new is None:
        return [Changed("sentiment", "sentiment: no longer read", when)]
    if not isinstance(old_score, (int, float)):
        return [Changed("sentiment", f"sentiment: now {_sentiment_words(new.label, new.score)}", when)]
    if new.label != old_label or abs(new.score - old_score) >= SENTIMENT_STEP:
        return [Changed("sentiment", f"sentiment: {_sentiment_words(old_label, old_score)} → "
                                     f"{_sentiment_words(new.label, new.score)}", when)]
    return []


def _sentiment_words(label: str | None, score: float) -> str:
    return f"{score:+.2f}" + (f" ({label})" if label else "")


def _time_only(case: Case, since: datetime, now: datetime) -> list[Changed]:
    """Without a snapshot that old: what the file's own times say happened after *since*."""
    zone = now.tzinfo
    out: list[Changed] = []
    opened = as_datetime(case.opened_at, zone)
    if opened is not None and since <= opened <= now:
        out.append(Changed("new case", f"{_label(case.kind)}: {case.title}", opened, 1))
    resolved = as_datetime(case.resolved_at, zone)
    if resolved is not None and since <= resolved <= now and not case.is_open:
        out.append(Changed("closed", f"closed ({_label(case.status)})", resolved))
    for event in case.timeline:
        at = as_datetime(event.at, zone)
        if at is not None and since <= at <= now and event.text not in ("Created", "Resolved", "End Time", "Start Time"):
            out.append(Changed("event", event.text, at, event.line))
    for item in case.action_items:
        if _overdue_since(item, since, now):
            out.append(Changed("overdue", _item_words(item), _went_overdue(item, now), item.line))
    return out


def _newest_first(changes: list[Changed]) -> list[Changed]:
    far = datetime.min.replace(tzinfo=timezone.utc)
    return sorted(changes, key=lambda c: c.at or far, reverse=True)


def _group(case_id: str, path: str, title: str, changes: list[Changed]) -> CaseChanges:
    return CaseChanges(path, case_id, title, _newest_first(changes))


def _sorted(groups: list[CaseChanges]) -> list[CaseChanges]:
    far = datetime.min.replace(tzinfo=timezone.utc)
    return sorted(groups, key=lambda g: (g.newest or far, g.path), reverse=True)


def diff(old: Snapshot | None, cases: Iterable[Case], now: datetime, *, since: datetime | None = None) -> Report:
    """What changed in *cases* since the snapshot *old* (or, with no snapshot, since *since* by the files'
    own times; with neither, nothing)."""
    with paused_gc():
        return _diff(old, list(cases), now, since)


def _diff(old: Snapshot | None, cases: list[Case], now: datetime, since: datetime | None) -> Report:
    if old is None:
        if since is None:
            return Report(None, "none", [])
        groups = [_group(c.id, c.path, c.title, ch) for c in cases if (ch := _time_only(c, since, now))]
        return Report(since, "time", _sorted(groups))
    start = old.taken_at
    groups = []
    live = set()
    for case in cases:
        live.add(case.path)
        record = old.cases.get(case.path)
        changes = _case_changes(record, case, start, now)
        if changes:
            groups.append(_group(case.id, case.path, case.title, changes))
    for path, record in old.cases.items():
        if path not in live:
            groups.append(CaseChanges(path, str(record.get("id", path)), str(record.get("title", "")),
                                      [Changed("removed", f"file removed ({path})", None)]))
    return Report(start, old.reason, _sorted(groups))


_DURATION = re.compile(r"(\d+)\s*([wdhm])", re.IGNORECASE)


def parse_since(text: str) -> timedelta:
    """``8h``, ``30m``, ``1d12h``, ``2w``: ValueError for anything else."""
    value = text.strip().replace(" ", "")
    if not value or _DURATION.sub("", value):
        raise ValueError(f"not a duration: {text!r} (write 8h, 30m, 1d12h or 2w)")
    units = {"w": 604800, "d": 86400, "h": 3600, "m": 60}
    seconds = sum(int(n) * units[u.lower()] for n, u in _DURATION.findall(value))
    if seconds <= 0:
        raise ValueError(f"not a duration: {text!r} (it must be more than zero)")
    return timedelta(seconds=seconds)


def report_for(cases: Iterable[Case], marks: SeenMarks, now: datetime, *, since: timedelta | None = None,
               mark_only: bool = False) -> Report:
    """The changes the headless command and the changes view show: since the last look (the newest
    snapshot), the last explicit mark (*mark_only*), or the newest snapshot at least *since* old (the files'
    own times when there is none)."""
    if since is not None:
        start = now - since
        return diff(marks.latest(before=start), cases, now, since=start)
    return diff(marks.latest(reason="mark" if mark_only else None), cases, now)


# -- text ------------------------------------------------------------------------------------------

_BASIS = {"mark": "your last mark", "close": "the app last closed", "time": "the files' own times",
          "now": "the snapshot"}


def clock(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "—"
    local = moment.astimezone(now.tzinfo)
    return local.strftime("%H:%M") if local.date() == now.date() else local.strftime("%Y-%m-%d %H:%M")


def heading(report: Report, now: datetime) -> str:
    if report.basis == "none":
        return "No seen mark yet for this folder: changes are counted from the next one (m in the app)."
    since = clock(report.since, now)
    cases = len(report.groups)
    head = (f"Changes since {since} ({_BASIS.get(report.basis, report.basis)}): "
            f"{len(report)} in {cases} case{'s' if cases != 1 else ''}")
    if report.basis == "time":
        head += " (no snapshot that old: status, priority and owner changes are not known)"
    return head


def change_line(change: Changed, now: datetime) -> str:
    return f"{clock(change.at, now):>16}  {change.kind:<13} {change.text}"


def render(report: Report, now: datetime) -> str:
    """The report as plain text (every file-derived string with its control characters made visible)."""
    lines = [escape_controls(heading(report, now))]
    if report.basis != "none" and not report.groups:
        lines.append("Nothing changed.")
    for group in report.groups:
        lines.append("")
        lines.append(escape_controls(f"{group.case_id}  {group.title}  [{group.path}]"))
        lines.extend(escape_controls(change_line(change, now)) for change in group.changes)
    return "\n".join(lines) + "\n"
