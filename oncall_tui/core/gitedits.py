"""The app's edits as git commits: a message that says what was done, and a replay for rebases.

Each edit the app writes is committed alone (:meth:`Repo.commit_file`) with a
first line a person reads in ``git log`` (``CE2044: action item "Add
failover" done``, ``INC-2026-0102: status Open → Resolved``) and a trailer
``Oncall-Edit: {json}`` that describes the edit by what it targets (the item's
text, the field's old value), not by line numbers.

When a sync rebases local commits onto the remote and git cannot merge one of
them line by line (both sides appended a timeline entry at the same place),
:func:`~oncall_tui.core.gitreplay.replay` re-applies the app's edit onto the remote's version with the
edit engine, as an edit re-applies itself onto a file changed on disk.  It
does so only when the other side did not change what the edit changes: an
item's status, the case's status, priority or sentiment changed on both sides
stays a conflict for a person to decide.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from oncall_tui.core.edits import (
    AddActionItem,
    AddTimelineEntry,
    Edit,
    EditResult,
    SetItemStatus,
    SetPriority,
    SetSentiment,
    SetStatus,
    ToggleItem,
)
from oncall_tui.core.vocabulary import ITEM_WORDS, STATUS_LABELS
from oncall_tui.core.gitreplay import TRAILER
from oncall_tui.core.model import Case
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.relpath import rel_under
from oncall_tui.core.text import escape_controls

if TYPE_CHECKING:
    from oncall_tui.core.gitsync import Repo

_SHORT = 60


def _short(text: str) -> str:
    one = " ".join(escape_controls(text).split())
    return one if len(one) <= _SHORT else one[: _SHORT - 1] + "…"


def _item_target(edit: SetItemStatus | ToggleItem) -> str:
    if isinstance(edit, SetItemStatus):
        return edit.status
    return "open" if edit.item.status == "done" else "done"


def describe(edit: Edit, before: Case | None, result: EditResult) -> str:
    """The commit's first line: the case id and what the edit did, in words."""
    case_id = _short(result.case.id if result.case is not None else (before.id if before else result.rel))
    if isinstance(edit, (SetItemStatus, ToggleItem)):
        return f'{case_id}: action item "{_short(edit.item.text)}" {ITEM_WORDS[_item_target(edit)]}'
    if isinstance(edit, SetStatus):
        old = STATUS_LABELS.get(before.status or "", "none") if before else "none"
        return f"{case_id}: status {old} → {STATUS_LABELS.get(edit.status, edit.status)}"
    if isinstance(edit, SetPriority):
        old = (before.priority if before else None) or "none"
        return f"{case_id}: priority {old} → {edit.priority}"
    if isinstance(edit, AddTimelineEntry):
        return f'{case_id}: timeline entry "{_short(edit.text)}" added'
    if isinstance(edit, AddActionItem):
        return f'{case_id}: action item "{_short(edit.text)}" added'
    if isinstance(edit, SetSentiment):
        return f'{case_id}: sentiment set to "{_short(edit.label)}"'
    return escape_controls(result.message).replace("\n", " ")


def encode(edit: Edit) -> dict[str, object] | None:
    """The edit as JSON-ready data, by what it targets (no line numbers)."""
    if isinstance(edit, (SetItemStatus, ToggleItem)):
        return {"edit": "item_status", "item": edit.item.text, "from": edit.item.status, "to": _item_target(edit)}
    if isinstance(edit, AddTimelineEntry):
        return {"edit": "timeline_entry", "at": edit.at.isoformat(), "text": edit.text}
    if isinstance(edit, AddActionItem):
        due = edit.due.isoformat() if hasattr(edit.due, "isoformat") else edit.due
        return {"edit": "action_item", "text": edit.text, "owner": edit.owner, "due": due}
    if isinstance(edit, SetStatus):
        return {"edit": "status", "to": edit.status, "at": edit.at.isoformat() if edit.at else None}
    if isinstance(edit, SetPriority):
        return {"edit": "priority", "to": edit.priority}
    if isinstance(edit, SetSentiment):
        return {"edit": "sentiment", "to": edit.label}
    return None


def commit_message(edit: Edit | None, before: Case | None, result: EditResult) -> str:
    if edit is None:  # an undo or a new case file: the edit engine's own words
        return " ".join(escape_controls(result.message).split())
    message = describe(edit, before, result)
    data = encode(edit)
    if data is not None:
        message += "\n\n" + TRAILER + json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    return message


def commit_edit(repo: Repo, folder: Path, edit: Edit | None, result: EditResult) -> str | None:
    """Commit the file *result* wrote (relative to the case *folder*) alone; the new commit or None.

    When the file already held changes of the user's that were not committed (it differed from HEAD
    before the edit), nothing is committed: the commit would take their work along with the edit.
    GitError (kind ``blocked``) says so; the edit itself stays written.
    """
    from oncall_tui.core.gitrun import GitError

    path = Path(folder) / result.rel
    if result.previous is not None:
        committed = repo.show("HEAD", repo.repo_path(path))
        if committed is not None and committed != result.previous:
            raise GitError(f"{result.rel} had changes of yours that are not committed: the edit was written "
                           "but not committed (commit the file yourself)", kind="blocked")
    before = parse_bytes(result.previous, result.rel) if result.previous is not None else None
    return repo.commit_file(path, commit_message(edit, before, result))


def commit_external(repo: Repo, folder: Path | str) -> list[str]:
    """Commit each case file under *folder* that another program changed (``[git] commit_external``).

    One commit per file, that file alone, with a generic message; other files of the repository (and
    anything outside the case folder) are left as they are.  Returns the repository paths committed.
    """
    from oncall_tui.core.folder import is_case_name

    base = Path(os.path.abspath(os.fspath(folder)))
    done = []
    with repo.lock:
        if repo.in_progress() is not None:
            return []
        out = repo.git("status", "--porcelain=v1", "-z", "--untracked-files=all", "--", str(base)).out
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
            rel = rel_under(repo.top / path, base)
            if rel is None or not is_case_name(rel):
                continue
            absolute = str(repo.top / path)
            if code == "??":
                repo.git("add", "--", absolute)
            repo.git("commit", "--quiet", "--only", "--no-edit", "-m",
                     f"{rel}: changed outside oncall-tui", "--", absolute)
            done.append(path)
    return done
