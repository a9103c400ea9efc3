"""The app's edits as git commits: a message that says what was done, and a replay for rebases.

Each edit the app writes is committed alone (:meth:`Repo.commit_file`) with a
first line a person reads in ``git log`` (``CE2044: action item "Add
failover" done``, ``INC-2026-0102: status Open → Resolved``) and a trailer
``Oncall-Edit: {json}`` that describes the edit by what it targets (the item's
text, the field's old value), not by line numbers.

When a sync rebases local commits onto the remote and git cannot merge one of
them line by line (both sides appended a timeline entry at the same place),
:func:`replay` re-applies the app's edit onto the remote's version with the
edit engine, as an edit re-applies itself onto a file changed on disk.  It
does so only when the other side did not change what the edit changes: an
item's status, the case's status, priority or sentiment changed on both sides
stays a conflict for a person to decide.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from oncall_tui.core.edits import (
    AddActionItem,
    AddTimelineEntry,
    Edit,
    EditRefused,
    EditResult,
    NothingToChange,
    SetItemStatus,
    SetPriority,
    SetSentiment,
    SetStatus,
    ToggleItem,
)
from oncall_tui.core.edits.lines import ITEM_WORDS, STATUS_LABELS
from oncall_tui.core.model import Case
from oncall_tui.core.parse import parse_bytes
from oncall_tui.core.text import escape_controls

if TYPE_CHECKING:
    from oncall_tui.core.gitsync import Repo

TRAILER = "Oncall-Edit: "
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
    from oncall_tui.core.gitsync import GitError

    path = Path(folder) / result.rel
    if result.previous is not None:
        committed = repo.show("HEAD", repo.repo_path(path))
        if committed is not None and committed != result.previous:
            raise GitError(f"{result.rel} had changes of yours that are not committed: the edit was written "
                           "but not committed (commit the file yourself)", kind="blocked")
    before = parse_bytes(result.previous, result.rel) if result.previous is not None else None
    return repo.commit_file(path, commit_message(edit, before, result))


def decode(message: str) -> dict[str, object] | None:
    """The ``Oncall-Edit`` trailer of a commit message, or None."""
    for line in reversed(message.splitlines()):
        if line.startswith(TRAILER):
            try:
                data = json.loads(line[len(TRAILER):])
            except ValueError:
                return None
            return data if isinstance(data, dict) else None
    return None


def _same_item(case: Case, text: str):  # noqa: ANN202
    matches = [item for item in case.action_items if item.text == text]
    return matches[0] if len(matches) == 1 else None


def replay(message: str, parent: bytes | None, ours: bytes | None, path: str) -> bytes | None:
    """The remote's version *ours* with the commit's edit applied again, or None when a person must decide.

    *parent* is the file as the local commit found it (its parent), *ours* as it is on the remote side.
    When the edit is already there (both sides did the same), *ours* itself is returned.
    """
    data = decode(message)
    if data is None or parent is None or ours is None:
        return None
    before = parse_bytes(parent, path)
    theirs_now = parse_bytes(ours, path)
    if theirs_now.problems != before.problems and any("conflict" in p for p in theirs_now.problems):
        return None
    kind = data.get("edit")
    try:
        edit: Edit
        if kind == "timeline_entry":
            edit = AddTimelineEntry(datetime.fromisoformat(str(data["at"])), str(data["text"]))
        elif kind == "action_item":
            edit = AddActionItem(str(data["text"]), data.get("owner"), data.get("due"))  # type: ignore[arg-type]
        elif kind == "item_status":
            was, now = _same_item(before, str(data["item"])), _same_item(theirs_now, str(data["item"]))
            if now is not None and now.status == data["to"]:
                return ours  # the other side did the same
            if was is None or now is None or was.status != now.status:
                return None  # the other side changed (or moved away) the same item
            edit = SetItemStatus(now, str(data["to"]))
        elif kind in ("status", "priority", "sentiment"):
            field = {"status": lambda c: c.status, "priority": lambda c: c.priority,
                     "sentiment": lambda c: c.sentiment.label if c.sentiment else None}[kind]
            if kind != "sentiment" and field(theirs_now) == data["to"]:
                return ours  # the other side did the same
            if field(before) != field(theirs_now):
                return None  # the other side changed the same field
            to = str(data["to"])
            if kind == "status":
                at = data.get("at")
                edit = SetStatus(to, datetime.fromisoformat(str(at)) if at else None)
            else:
                edit = SetPriority(to) if kind == "priority" else SetSentiment(to)
        else:
            return None
    except (KeyError, ValueError, TypeError):
        return None
    try:
        return edit.patch(ours, theirs_now).data
    except NothingToChange:
        return ours
    except EditRefused:
        return None
