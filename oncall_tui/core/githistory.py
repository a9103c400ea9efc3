"""A case file's history from git, each commit as a parsed difference (items done, events added, status).

``git log`` names the commits that touched the file; each version is parsed
with the case parser and compared with the one before, so an incident's
history reads as what changed in the case rather than as a raw diff (which
:func:`raw_diff` gives one key away).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from oncall_tui.core.gitsync import Repo
from oncall_tui.core.model import Case
from oncall_tui.core.parse import parse_bytes

MAX_COMMITS = 200
_STATUS = {"open": "Open", "in_progress": "In Progress", "monitoring": "Monitoring", "resolved": "Resolved",
           "closed": "Closed"}
_ITEM = {"open": "open", "in_progress": "in progress", "done": "done"}


@dataclass(frozen=True)
class HistoryEntry:
    commit: str
    author: str
    when: str
    """ISO 8601, the author date."""
    subject: str
    changes: list[str] = field(default_factory=list)
    """What changed in the parsed case, in words; empty when only text the parser does not model changed."""
    path: str = ""
    """The file's repository path in this commit."""
    old_path: str = ""
    """Its path before this commit (another name when the commit renamed it)."""


def differences(old: Case | None, new: Case | None) -> list[str]:
    """What changed from *old* to *new*, one phrase each (``item "Call back" done``, ``status Open → Resolved``)."""
    if old is None and new is None:
        return []
    if old is None:
        return ["file created"]
    if new is None:
        return ["file deleted"]
    out: list[str] = []
    if old.status != new.status:
        out.append(f"status {_STATUS.get(old.status or '', 'none')} → {_STATUS.get(new.status or '', 'none')}")
    if old.priority != new.priority:
        out.append(f"priority {old.priority or 'none'} → {new.priority or 'none'}")
    if old.owner != new.owner:
        out.append(f"owner {old.owner or 'none'} → {new.owner or 'none'}")
    old_label = old.sentiment.label if old.sentiment else None
    new_label = new.sentiment.label if new.sentiment else None
    if old_label != new_label:
        out.append(f"sentiment {old_label or 'none'} → {new_label or 'none'}")
    before = {item.text: item for item in old.action_items}
    after = {item.text: item for item in new.action_items}
    for text, item in after.items():
        was = before.get(text)
        if was is None:
            out.append(f'item added: "{text}"')
        elif was.status != item.status:
            out.append(f'item "{text}" {_ITEM[item.status]}')
    out.extend(f'item removed: "{text}"' for text in before if text not in after)
    old_events = {(e.at, e.text) for e in old.timeline}
    new_events = {(e.at, e.text) for e in new.timeline}
    out.extend(f"event added: {at} {text}" for at, text in sorted(new_events - old_events))
    out.extend(f"event removed: {at} {text}" for at, text in sorted(old_events - new_events))
    if old.resolved_at != new.resolved_at and new.resolved_at:
        out.append(f"resolved at {new.resolved_at}")
    return out


def history(repo: Repo, path: str, *, limit: int = MAX_COMMITS, revs: Sequence[str] = (),
            follow: bool = True) -> list[HistoryEntry]:
    """The commits that changed repository path *path*, newest first, each with its parsed differences.

    With *follow* the history goes on past renames (``git log --follow``): each commit's versions are read
    under the names the file had in it.  *revs* limits the commits (``BASE..HEAD``; default: all of HEAD's).
    """
    out = repo.git("log", f"--max-count={limit}", *(("--follow",) if follow else ()), "--name-status", "-z",
                   "--format=%x1e%H%x1f%an%x1f%aI%x1f%s", *revs, "--", str(repo.top / path)).out
    entries = []
    current = path
    for commit, author, when, subject, old_path, new_path in _records(out, path):
        new_path = new_path or current
        old_path = old_path or new_path
        current = old_path
        new_raw = repo.show(commit, new_path)
        old_raw = repo.show(f"{commit}^", old_path)
        new = parse_bytes(new_raw, new_path) if new_raw is not None else None
        old = parse_bytes(old_raw, old_path) if old_raw is not None else None
        changes = differences(old, new)
        if old is not None and old_path != new_path:
            changes.insert(0, f"renamed from {old_path}")
        entries.append(HistoryEntry(commit, author, when, subject, changes, new_path, old_path))
    return entries


def _records(out: str, path: str) -> Iterator[tuple[str, str, str, str, str | None, str | None]]:
    """(commit, author, date, subject, the file's name before, its name after) per record of ``git log
    --name-status -z``; the names are None where the commit lists no file (a merge)."""
    for record in out.split("\x1e"):
        if not record.strip("\n\0"):
            continue
        header, _, rest = record.partition("\0")
        commit, author, when, subject = (header.split("\x1f") + ["", "", "", ""])[:4]
        tokens = [t for t in rest.lstrip("\n").split("\0") if t]
        old = new = None
        if len(tokens) >= 3 and tokens[0][:1] in "RC":
            old, new = tokens[1], tokens[2]
        elif len(tokens) >= 2:
            old = new = tokens[1]
        yield commit, author, when, subject, old, new


def raw_diff(repo: Repo, path: str, commit: str, *, old: str | None = None) -> str:
    """The commit's textual diff of *path* (``git show``), for the one-key-away raw view; *old* is the
    file's name before the commit when it renamed it."""
    paths = [str(repo.top / path)] + ([str(repo.top / old)] if old and old != path else [])
    return repo.git("show", "-M", "--format=%H %an %aI%n%s%n", "--no-color", "--no-ext-diff", commit, "--",
                    *paths).out
