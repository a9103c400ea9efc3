"""A case file's history from git, each commit as a parsed difference (items done, events added, status).

``git log`` names the commits that touched the file; each version is parsed
with the case parser and compared with the one before, so an incident's
history reads as what changed in the case rather than as a raw diff (which
:func:`raw_diff` gives one key away).
"""

from __future__ import annotations

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


def history(repo: Repo, path: str, *, limit: int = MAX_COMMITS) -> list[HistoryEntry]:
    """The commits that changed repository path *path*, newest first, each with its parsed differences."""
    out = repo.git("log", f"--max-count={limit}", "--format=%H%x1f%an%x1f%aI%x1f%s%x1e", "--",
                   str(repo.top / path)).out
    entries = []
    for record in out.split("\x1e"):
        record = record.strip("\n")
        if not record:
            continue
        commit, author, when, subject = (record.split("\x1f") + ["", "", "", ""])[:4]
        new_raw = repo.show(commit, path)
        old_raw = repo.show(f"{commit}^", path)
        new = parse_bytes(new_raw, path) if new_raw is not None else None
        old = parse_bytes(old_raw, path) if old_raw is not None else None
        entries.append(HistoryEntry(commit, author, when, subject, differences(old, new)))
    return entries


def raw_diff(repo: Repo, path: str, commit: str) -> str:
    """The commit's textual diff of *path* (``git show``), for the one-key-away raw view."""
    return repo.git("show", "--format=%H %an %aI%n%s%n", "--no-color", "--no-ext-diff", commit, "--",
                    str(repo.top / path)).out
